//! A learner's solution, copied to a private folder that is mounted read-only: the learner's
//! own files are never opened for writing.
use crate::error::Error;
use crate::exercise::Exercise;
use crate::sandbox::{HarnessJob, HarnessMode, SUBMISSION_GUEST_DIR, SandboxError};
use std::path::{Path, PathBuf};

/// A folder solution may not be larger than this, in files and bytes: a learner pointing at
/// their home folder by mistake gets an error, not a long copy.
const MAX_FILES: usize = 500;
const MAX_BYTES: u64 = 20 << 20;

pub struct Submission {
    dir: tempfile::TempDir,
    /// The file `dir` holds that is run or imported, relative to it.
    entry: String,
    /// The path the learner gave, for messages.
    pub original: PathBuf,
}

fn bad(message: String, help: &str) -> Error {
    Error::Input {
        message,
        help: help.into(),
    }
}

fn temp_error(e: std::io::Error) -> Error {
    Error::Sandbox(SandboxError::TempDir(e))
}

impl Submission {
    /// A single-file solution, graded as `solution.py`.
    pub fn from_file(path: &Path) -> Result<Self, Error> {
        Self::new(path, None)
    }

    /// The solution at `path` for `exercise`: a Python file, or a folder when the exercise
    /// names an `entry` (a file may still stand alone as that entry).
    pub fn for_exercise(path: &Path, exercise: &Exercise) -> Result<Self, Error> {
        Self::new(path, exercise.entry.as_deref())
    }

    fn new(path: &Path, entry: Option<&str>) -> Result<Self, Error> {
        let dir = tempfile::Builder::new()
            .prefix("pygrade-submission-")
            .tempdir()
            .map_err(temp_error)?;
        let entry_name = entry.unwrap_or("solution.py").to_owned();
        if path.is_dir() {
            let Some(entry) = entry else {
                return Err(bad(
                    format!("{} is a folder, not a Python file", path.display()),
                    "this exercise takes one file: give its path, e.g. `pygrade check pcep/celsius-to-fahrenheit celsius.py`",
                ));
            };
            let mut budget = (MAX_FILES, MAX_BYTES);
            copy_tree(path, dir.path(), &mut budget).map_err(|message| {
                bad(
                    format!("{}: {message}", path.display()),
                    "give the folder that holds only your solution's files",
                )
            })?;
            if !dir.path().join(entry).is_file() {
                return Err(bad(
                    format!("{} has no {entry}", path.display()),
                    &format!("this exercise runs {entry} of your solution folder: create it there"),
                ));
            }
        } else {
            let source = std::fs::read(path).map_err(|e| {
                bad(
                    format!("{}: cannot read the solution: {e}", path.display()),
                    "give the path of your Python file, e.g. `pygrade check pcep/celsius-to-fahrenheit celsius.py`",
                )
            })?;
            let target = dir.path().join(&entry_name);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(temp_error)?;
            }
            std::fs::write(target, source).map_err(temp_error)?;
        }
        Ok(Self {
            dir,
            entry: entry_name,
            original: path.to_owned(),
        })
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }

    /// A harness job that runs or imports this submission's entry.
    pub fn job(&self, mode: HarnessMode) -> HarnessJob {
        let module = self
            .entry
            .trim_end_matches(".py")
            .replace('/', ".")
            .trim_end_matches(".__init__")
            .to_owned();
        HarnessJob {
            mode,
            entry: Some(format!("{SUBMISSION_GUEST_DIR}/{}", self.entry)),
            module,
            path: vec![SUBMISSION_GUEST_DIR.into()],
            plots: false,
            artifacts: false,
        }
    }
}

/// Copies the Python project in `from`: regular files only (a symlink could point anywhere),
/// without hidden entries (.git, .venv) and bytecode caches.
fn copy_tree(from: &Path, to: &Path, budget: &mut (usize, u64)) -> Result<(), String> {
    let entries = std::fs::read_dir(from).map_err(|e| format!("cannot be read: {e}"))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("cannot be read: {e}"))?;
        let name = entry.file_name();
        let name_text = name.to_string_lossy();
        if name_text.starts_with('.') || name_text == "__pycache__" {
            continue;
        }
        let kind = entry.file_type().map_err(|e| e.to_string())?;
        let target = to.join(&name);
        if kind.is_dir() {
            std::fs::create_dir(&target).map_err(|e| e.to_string())?;
            copy_tree(&entry.path(), &target, budget)?;
        } else if kind.is_file() {
            let size = entry.metadata().map_err(|e| e.to_string())?.len();
            if budget.0 == 0 || size > budget.1 {
                return Err(format!(
                    "more than {MAX_FILES} files or {} MiB: too large for a solution",
                    MAX_BYTES >> 20
                ));
            }
            budget.0 -= 1;
            budget.1 -= size;
            std::fs::copy(entry.path(), &target)
                .map_err(|e| format!("{}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_solution_is_bad_input() {
        let err = Submission::from_file(Path::new("/nonexistent/solution.py"))
            .err()
            .unwrap();
        assert_eq!(err.exit_code(), crate::error::EXIT_BAD_INPUT);
        assert!(
            err.to_string().contains("/nonexistent/solution.py"),
            "{err}"
        );
    }

    #[test]
    fn a_folder_is_copied_without_hidden_files_and_needs_its_entry() {
        let src = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(src.path().join("shop/.git")).unwrap();
        std::fs::create_dir_all(src.path().join("__pycache__")).unwrap();
        std::fs::write(src.path().join("main.py"), "import shop\n").unwrap();
        std::fs::write(src.path().join("shop/__init__.py"), "").unwrap();
        std::fs::write(src.path().join("shop/.git/config"), "x").unwrap();
        let s = Submission::new(src.path(), Some("main.py")).unwrap();
        assert!(s.dir().join("shop/__init__.py").is_file());
        assert!(!s.dir().join("shop/.git").exists());
        assert!(!s.dir().join("__pycache__").exists());
        let job = s.job(HarnessMode::Program);
        assert_eq!(job.entry.as_deref(), Some("/submission/main.py"));
        assert_eq!(job.module, "main");

        let err = Submission::new(src.path(), Some("app.py")).err().unwrap();
        assert!(err.to_string().contains("has no app.py"), "{err}");
        let err = Submission::new(src.path(), None).err().unwrap();
        assert!(err.to_string().contains("is a folder"), "{err}");
    }

    #[test]
    fn a_file_stands_in_for_the_entry() {
        let src = tempfile::tempdir().unwrap();
        let file = src.path().join("mine.py");
        std::fs::write(&file, "print(1)\n").unwrap();
        let s = Submission::new(&file, Some("main.py")).unwrap();
        assert!(s.dir().join("main.py").is_file());
    }
}
