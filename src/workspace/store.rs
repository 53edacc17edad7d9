use super::progress::{FORMAT, Progress, VERSION};
use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const WORKSPACE_DIR: &str = ".pygrade";
const PROGRESS_FILE: &str = "progress.json";

#[derive(Debug, thiserror::Error)]
pub enum WorkspaceError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}:{line}: the progress store is corrupt: {message}", path.display())]
    Corrupt {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{}: not a pygrade progress store ({found})", path.display())]
    Foreign { path: PathBuf, found: String },
}

impl WorkspaceError {
    pub fn help(&self) -> String {
        match self {
            WorkspaceError::Io { .. } => "check that the workspace folder is writable".into(),
            WorkspaceError::Corrupt { path, .. } | WorkspaceError::Foreign { path, .. } => format!(
                "pygrade will not overwrite it: move {} aside (your solutions are untouched), and the next check starts a new store",
                path.display()
            ),
        }
    }
}

impl From<WorkspaceError> for crate::Error {
    fn from(e: WorkspaceError) -> Self {
        crate::Error::Input {
            help: e.help(),
            message: e.to_string(),
        }
    }
}

/// A folder holding `.pygrade/`.
#[derive(Debug, Clone)]
pub struct Workspace {
    root: PathBuf,
}

impl Workspace {
    /// The workspace `dir` is in: the nearest folder upwards holding `.pygrade/`.
    pub fn find(dir: &Path) -> Option<Self> {
        let dir = dir.canonicalize().ok()?;
        dir.ancestors()
            .find(|d| d.join(WORKSPACE_DIR).is_dir())
            .map(|d| Self { root: d.to_owned() })
    }

    /// Makes `root` a workspace (keeping one that is already there).
    pub fn create(root: &Path) -> Result<Self, WorkspaceError> {
        let dir = root.join(WORKSPACE_DIR);
        std::fs::create_dir_all(&dir).map_err(|source| WorkspaceError::Io { path: dir, source })?;
        Ok(Self {
            root: root.to_owned(),
        })
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where `pygrade start` puts the solution of `id` (`track/slug`): a file, or a folder
    /// for an exercise whose solution is a package.
    pub fn solution_path(&self, id: &str, folder: bool) -> PathBuf {
        let (track, slug) = id.split_once('/').unwrap_or(("", id));
        if folder {
            self.root.join(track).join(slug)
        } else {
            self.root.join(track).join(format!("{slug}.py"))
        }
    }

    fn progress_path(&self) -> PathBuf {
        self.root.join(WORKSPACE_DIR).join(PROGRESS_FILE)
    }

    /// The progress so far; none yet is an empty store. A file pygrade cannot read is an
    /// error, never silently replaced.
    pub fn load(&self) -> Result<Progress, WorkspaceError> {
        let path = self.progress_path();
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Progress::default()),
            Err(source) => return Err(WorkspaceError::Io { path, source }),
        };
        let value: serde_json::Value =
            serde_json::from_str(&text).map_err(|e| WorkspaceError::Corrupt {
                path: path.clone(),
                line: e.line(),
                message: e.to_string(),
            })?;
        if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(WorkspaceError::Foreign {
                path,
                found: "no `format` of pygrade-progress".into(),
            });
        }
        match value.get("version").and_then(|v| v.as_u64()) {
            Some(v) if v == u64::from(VERSION) => {}
            other => {
                return Err(WorkspaceError::Foreign {
                    path,
                    found: format!("version {other:?}; this pygrade reads version {VERSION}"),
                });
            }
        }
        serde_json::from_value(value).map_err(|e| WorkspaceError::Corrupt {
            path,
            line: 1,
            message: e.to_string(),
        })
    }

    /// Reads, changes and writes the store under a lock, so concurrent checks lose nothing;
    /// the file is replaced atomically, so a crash leaves the old or the new store whole.
    pub fn update<T>(&self, change: impl FnOnce(&mut Progress) -> T) -> Result<T, WorkspaceError> {
        let dir = self.root.join(WORKSPACE_DIR);
        let io = |path: &Path| {
            let path = path.to_owned();
            move |source| WorkspaceError::Io { path, source }
        };
        std::fs::create_dir_all(&dir).map_err(io(&dir))?;
        let lock_path = dir.join("lock");
        let lock = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&lock_path)
            .map_err(io(&lock_path))?;
        lock.lock().map_err(io(&lock_path))?;
        let mut progress = self.load()?;
        let result = change(&mut progress);
        let path = self.progress_path();
        let mut tmp = tempfile::NamedTempFile::new_in(&dir).map_err(io(&dir))?;
        let text = serde_json::to_string_pretty(&progress).expect("progress serializes") + "\n";
        tmp.write_all(text.as_bytes()).map_err(io(tmp.path()))?;
        tmp.as_file().sync_all().map_err(io(&path))?;
        tmp.persist(&path).map_err(|e| WorkspaceError::Io {
            path: path.clone(),
            source: e.error,
        })?;
        Ok(result)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_survives_a_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::create(dir.path()).unwrap();
        ws.update(|p| p.record_check("pcep/a", 2, 4, false, 10))
            .unwrap();
        let again = Workspace::find(&dir.path().join(".")).unwrap();
        assert_eq!(again.load().unwrap().exercises["pcep/a"].best_score, 2);
        assert_eq!(
            ws.solution_path("pcep/a", false),
            dir.path().join("pcep/a.py")
        );
        assert_eq!(ws.solution_path("pcap/b", true), dir.path().join("pcap/b"));
    }

    #[test]
    fn a_workspace_is_found_from_a_subfolder() {
        let dir = tempfile::tempdir().unwrap();
        Workspace::create(dir.path()).unwrap();
        std::fs::create_dir_all(dir.path().join("pcep")).unwrap();
        let found = Workspace::find(&dir.path().join("pcep")).unwrap();
        assert_eq!(found.root(), dir.path().canonicalize().unwrap());
    }

    #[test]
    fn corrupt_and_foreign_stores_are_reported_and_kept() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::create(dir.path()).unwrap();
        let path = dir.path().join(".pygrade/progress.json");
        for (text, corrupt) in [
            ("{\"format\": \"pygrade-progress\",\n oops", true),
            ("{\"tasks\": []}", false),
        ] {
            std::fs::write(&path, text).unwrap();
            let err = ws
                .update(|p| p.record_check("pcep/a", 1, 1, true, 1))
                .unwrap_err();
            assert_eq!(
                matches!(err, WorkspaceError::Corrupt { .. }),
                corrupt,
                "{err}"
            );
            assert!(err.to_string().contains("progress.json"), "{err}");
            assert!(err.help().contains("move"), "{}", err.help());
            assert_eq!(
                std::fs::read_to_string(&path).unwrap(),
                text,
                "never overwritten"
            );
        }
    }
}
