//! A whole check: every case of an exercise run in parallel, judged, collected in order.
use super::judge::judge;
use super::result::{CaseResult, CheckReport, SyntaxErrorInfo, Verdict};
use super::{checker, files, mutation, plots, queries, unittest};
use crate::error::Error;
use crate::exercise::{Case, CaseKind, Exercise, TEST_MODULE_FILE};
use crate::sandbox::{HarnessMode, RunOutcome, RunSpec, Sandbox, SandboxError, TestEvent};
use sha2::{Digest, Sha256};
use std::sync::Arc;
use tokio::sync::Semaphore;

pub use super::submission::Submission;

/// The same seed for the same exercise and case, every run.
pub(crate) fn seed(exercise: &str, case: &str) -> u64 {
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

/// What every run of one check shares. Runs take a permit, so at most `jobs` instances
/// exist at once however many runs a case needs.
#[derive(Clone)]
pub(crate) struct Grading {
    pub sandbox: Arc<Sandbox>,
    pub exercise: Arc<Exercise>,
    pub submission: Arc<Submission>,
    permits: Arc<Semaphore>,
    /// Save the figures of plot cases as PNG.
    artifacts: bool,
}

pub(crate) type CaseOutcome = (Vec<CaseResult>, Option<SyntaxErrorInfo>);

impl Grading {
    pub async fn run(&self, spec: &RunSpec<'_>) -> Result<RunOutcome, SandboxError> {
        let _permit = self
            .permits
            .acquire()
            .await
            .expect("the semaphore is never closed");
        self.sandbox.run(spec).await
    }

    /// A run of the learner's submission for `case`, with the exercise's data.
    pub fn spec<'a>(
        &'a self,
        case: &Case,
        mode: HarnessMode,
        stdin: &'a [u8],
        collect: &'a [String],
    ) -> RunSpec<'a> {
        let mut job = self.submission.job(mode);
        job.plots = !case.figures.is_empty();
        job.artifacts = job.plots && self.artifacts;
        RunSpec {
            job,
            stdin,
            submission_dir: self.submission.dir(),
            case_dir: None,
            data_dir: self.exercise.data_dir.as_deref(),
            tmp_files: &self.exercise.databases,
            collect,
            limits: self.exercise.limits,
            seed: seed(&self.exercise.id, &case.name),
        }
    }

    async fn grade_case(&self, index: usize) -> Result<CaseOutcome, SandboxError> {
        let case = &self.exercise.cases[index];
        match &case.kind {
            CaseKind::Tests { module, .. } => {
                let dir = instructor_dir(&[(TEST_MODULE_FILE, module)])?;
                let (mode, _) = case.harness_input();
                let mut spec = self.spec(case, mode, b"", &[]);
                spec.case_dir = Some(dir.path());
                let outcome = self.run(&spec).await?;
                Ok(unittest::judge_tests(&self.exercise, case, &outcome))
            }
            CaseKind::Mutation { .. } => mutation::grade(self, case).await,
            CaseKind::Program { .. } | CaseKind::Call { .. } => {
                let (mode, stdin) = case.harness_input();
                let mut collect = case.collected_files();
                let databases = queries::databases(case);
                collect.extend(databases.iter().cloned());
                let spec = self.spec(case, mode, stdin.as_bytes(), &collect);
                let outcome = self.run(&spec).await?;
                let (mut result, syntax) = judge(&self.exercise, case, &outcome);
                let (written, databases_after) = outcome.files.split_at(case.files.len());
                if result.accepted() {
                    files::check(case, written, &mut result);
                }
                if result.accepted() && !case.figures.is_empty() {
                    let drawn = outcome.events.iter().find_map(|e| match e {
                        TestEvent::Figures { figures } => Some(figures.as_slice()),
                        _ => None,
                    });
                    if let Some(why) =
                        plots::differs(&case.check, &case.figures, drawn.unwrap_or_default())
                    {
                        result.fail(Verdict::WrongAnswer, why);
                    }
                }
                if result.accepted() && !case.queries.is_empty() {
                    queries::check(self, case, &databases, databases_after, &mut result).await?;
                }
                if result.accepted()
                    && let Some(checker) = &case.checker
                {
                    checker::check(self, case, checker, &outcome, &mut result).await?;
                }
                Ok((vec![result], syntax))
            }
        }
    }
}

/// A private read-only folder for a run's instructor files, each copied under the name
/// the guest sees, so the run gets those files and no others of the exercise.
pub(crate) fn instructor_dir(
    files: &[(&str, &std::path::Path)],
) -> Result<tempfile::TempDir, SandboxError> {
    let dir = tempfile::Builder::new()
        .prefix("pygrade-case-")
        .tempdir()
        .map_err(SandboxError::TempDir)?;
    for (name, source) in files {
        std::fs::copy(source, dir.path().join(name)).map_err(SandboxError::TempDir)?;
    }
    Ok(dir)
}

/// Grades `submission` against every case of `exercise`, at most `jobs` runs at a time.
pub async fn grade(
    sandbox: Arc<Sandbox>,
    exercise: Arc<Exercise>,
    submission: Arc<Submission>,
    jobs: usize,
) -> Result<CheckReport, Error> {
    grade_with(sandbox, exercise, submission, jobs, false).await
}

/// [`grade`], keeping the figures of plot cases as PNG when `artifacts` is set.
pub async fn grade_with(
    sandbox: Arc<Sandbox>,
    exercise: Arc<Exercise>,
    submission: Arc<Submission>,
    jobs: usize,
    artifacts: bool,
) -> Result<CheckReport, Error> {
    let grading = Grading {
        sandbox,
        exercise: exercise.clone(),
        submission: submission.clone(),
        permits: Arc::new(Semaphore::new(jobs.max(1))),
        artifacts,
    };
    let tasks: Vec<_> = (0..exercise.cases.len())
        .map(|index| {
            let grading = grading.clone();
            tokio::spawn(async move { grading.grade_case(index).await })
        })
        .collect();
    let mut cases = Vec::with_capacity(tasks.len());
    let mut syntax_error = None;
    for (index, task) in tasks.into_iter().enumerate() {
        let (results, syntax) = task.await.map_err(|e| {
            Error::Sandbox(SandboxError::Setup(format!("a grading task failed: {e}")))
        })??;
        syntax_error = syntax_error.or(syntax);
        let hidden = exercise.cases[index].hidden;
        cases.extend(results.into_iter().map(|mut r| {
            r.hidden = hidden;
            r.redact_if_hidden()
        }));
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
}
