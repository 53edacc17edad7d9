//! A whole check: every case of an exercise run in parallel, judged, collected in order.
use super::judge::judge;
use super::result::CheckReport;
use crate::error::Error;
use crate::exercise::Exercise;
use crate::sandbox::{RunSpec, Sandbox, SandboxError};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A learner's solution, copied to a private folder that is mounted read-only: the
/// learner's own file is never opened for writing.
pub struct Submission {
    dir: tempfile::TempDir,
    /// The path the learner gave, for messages.
    pub original: PathBuf,
}

impl Submission {
    pub fn from_file(path: &Path) -> Result<Self, Error> {
        let bad = |message: String| {
            Error::Input {
            message,
            help: "give the path of your Python file, e.g. `pygrade check pcep/celsius-to-fahrenheit celsius.py`".into(),
        }
        };
        if path.is_dir() {
            return Err(bad(format!(
                "{} is a folder, not a Python file",
                path.display()
            )));
        }
        let source = std::fs::read(path)
            .map_err(|e| bad(format!("{}: cannot read the solution: {e}", path.display())))?;
        let dir = tempfile::Builder::new()
            .prefix("pygrade-submission-")
            .tempdir()
            .map_err(|e| Error::Sandbox(SandboxError::TempDir(e)))?;
        std::fs::write(dir.path().join("solution.py"), source)
            .map_err(|e| Error::Sandbox(SandboxError::TempDir(e)))?;
        Ok(Self {
            dir,
            original: path.to_owned(),
        })
    }

    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

/// The same seed for the same exercise and case, every run.
fn seed(exercise: &str, case: &str) -> u64 {
    let digest = Sha256::new()
        .chain_update(exercise)
        .chain_update([0])
        .chain_update(case)
        .finalize();
    u64::from_le_bytes(
        digest[..8]
            .try_into()
            .expect("a SHA-256 digest has 32 bytes"),
    )
}

/// Grades `submission` against every case of `exercise`, at most `jobs` at a time.
pub async fn grade(
    sandbox: Arc<Sandbox>,
    exercise: Arc<Exercise>,
    submission: Arc<Submission>,
    jobs: usize,
) -> Result<CheckReport, Error> {
    let permits = Arc::new(tokio::sync::Semaphore::new(jobs.max(1)));
    let mut tasks = Vec::with_capacity(exercise.cases.len());
    for index in 0..exercise.cases.len() {
        let (sandbox, exercise, submission, permits) = (
            sandbox.clone(),
            exercise.clone(),
            submission.clone(),
            permits.clone(),
        );
        tasks.push(tokio::spawn(async move {
            let _permit = permits
                .acquire_owned()
                .await
                .expect("the semaphore is never closed");
            let case = &exercise.cases[index];
            let (mode, stdin) = case.harness_input();
            let spec = RunSpec {
                mode,
                stdin: stdin.as_bytes(),
                submission_dir: submission.dir(),
                data_dir: exercise.data_dir.as_deref(),
                limits: exercise.limits,
                seed: seed(&exercise.id, &case.name),
            };
            let outcome = sandbox.run(&spec).await?;
            Ok::<_, SandboxError>(judge(&exercise, case, &outcome))
        }));
    }
    let mut cases = Vec::with_capacity(tasks.len());
    let mut syntax_error = None;
    for task in tasks {
        let (result, syntax) = task.await.map_err(|e| {
            Error::Sandbox(SandboxError::Setup(format!("a grading task failed: {e}")))
        })??;
        syntax_error = syntax_error.or(syntax);
        cases.push(result);
    }
    Ok(CheckReport::new(
        exercise.id.clone(),
        exercise.title.clone(),
        submission.original.clone(),
        cases,
        syntax_error,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_stable_and_distinct() {
        assert_eq!(seed("pcep/a", "one"), seed("pcep/a", "one"));
        assert_ne!(seed("pcep/a", "one"), seed("pcep/a", "two"));
        assert_ne!(seed("pcep/ab", "c"), seed("pcep/a", "bc"));
    }

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
}
