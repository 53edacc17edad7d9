use super::RuntimeError;
use super::pins::pins;
use std::path::{Path, PathBuf};

/// The per-user cache pygrade keeps the interpreter and its compiled module in.
#[derive(Debug, Clone)]
pub struct RuntimeHome {
    root: PathBuf,
}

impl RuntimeHome {
    /// `PYGRADE_HOME`, else `$XDG_CACHE_HOME/pygrade`, else `~/.cache/pygrade`.
    pub fn locate() -> Result<Self, RuntimeError> {
        let non_empty = |k: &str| {
            std::env::var_os(k)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        let root = if let Some(p) = non_empty("PYGRADE_HOME") {
            p
        } else if let Some(p) = non_empty("XDG_CACHE_HOME") {
            p.join("pygrade")
        } else if let Some(p) = non_empty("HOME") {
            p.join(".cache").join("pygrade")
        } else {
            return Err(RuntimeError::NoHome);
        };
        Ok(Self::at(root))
    }

    pub fn at(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the verified interpreter lives; it exists only once complete.
    pub fn runtime_dir(&self) -> PathBuf {
        let p = pins();
        self.root
            .join("runtime")
            .join(format!("{}-{}", p.package, p.version))
    }

    pub fn staging_parent(&self) -> PathBuf {
        self.root.join("runtime")
    }

    pub fn compiled_dir(&self) -> PathBuf {
        self.root.join("compiled")
    }

    pub fn lock_path(&self) -> PathBuf {
        self.root.join("setup.lock")
    }
}
