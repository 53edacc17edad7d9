//! A run over several exercises (a learner's repository in CI), as the reporters see it.
use crate::grade::{CaseResult, CheckReport, Status};
use std::path::PathBuf;

/// What became of one exercise of the run.
pub enum Outcome {
    Graded(Box<CheckReport>),
    /// Listed (or expected) but no file or folder was found at `solution`.
    NotSubmitted,
    /// pygrade could not grade it (a broken exercise, say); the message says why.
    Failed(String),
}

pub struct ExerciseRun {
    pub id: String,
    pub title: String,
    /// Where the solution is (or was expected), as given or found.
    pub solution: PathBuf,
    pub outcome: Outcome,
}

impl ExerciseRun {
    pub fn passed(&self) -> bool {
        matches!(&self.outcome, Outcome::Graded(r) if r.status == Status::Pass)
    }

    pub fn status_word(&self) -> &'static str {
        match &self.outcome {
            Outcome::Graded(r) => match r.status {
                Status::Pass => "pass",
                Status::Fail => "fail",
                Status::Error => "error",
            },
            Outcome::NotSubmitted => "not_submitted",
            Outcome::Failed(_) => "error",
        }
    }

    pub fn cases(&self) -> &[CaseResult] {
        match &self.outcome {
            Outcome::Graded(r) => &r.cases,
            _ => &[],
        }
    }

    pub fn score(&self) -> (u32, u32) {
        match &self.outcome {
            Outcome::Graded(r) => (r.score, r.max_score),
            _ => (0, 0),
        }
    }
}

pub struct RunReport {
    pub exercises: Vec<ExerciseRun>,
    /// The share of exercises that must pass, in percent; None: every submitted one.
    pub threshold: Option<f64>,
}

impl RunReport {
    /// One checked exercise, so every run format also serves `pygrade check`.
    pub fn single(report: CheckReport) -> Self {
        Self {
            exercises: vec![ExerciseRun {
                id: report.exercise.clone(),
                title: report.title.clone(),
                solution: report.solution.clone(),
                outcome: Outcome::Graded(Box::new(report)),
            }],
            threshold: None,
        }
    }

    /// A case's name in a flat list of tests: prefixed with its exercise when the run has
    /// several.
    pub fn test_name(&self, exercise: &ExerciseRun, case: &str) -> String {
        if self.exercises.len() > 1 {
            format!("{}: {case}", exercise.id)
        } else {
            case.to_owned()
        }
    }

    pub fn passed_count(&self) -> usize {
        self.exercises.iter().filter(|e| e.passed()).count()
    }

    /// Whether the run meets its threshold.
    pub fn meets_threshold(&self) -> bool {
        match self.threshold {
            None => self
                .exercises
                .iter()
                .filter(|e| !matches!(e.outcome, Outcome::NotSubmitted))
                .all(ExerciseRun::passed),
            Some(percent) if self.exercises.is_empty() => percent <= 0.0,
            Some(percent) => {
                let share = 100.0 * self.passed_count() as f64 / self.exercises.len() as f64;
                share + 1e-9 >= percent
            }
        }
    }
}

/// The text a failed case shows: its message and, for output, the diff.
pub(crate) fn failure_text(case: &CaseResult) -> String {
    let mut text = case.message.clone().unwrap_or_default();
    if let Some(error) = &case.error {
        for frame in &error.frames {
            text.push_str(&format!(
                "\n  {}, line {}, in {}\n    {}",
                frame.file, frame.line, frame.function, frame.source
            ));
        }
    }
    match (&case.expected, &case.got, &case.call) {
        (Some(e), Some(g), None) => {
            text.push('\n');
            text.push_str(&super::unified_diff(e, g));
        }
        (Some(e), Some(g), Some(call)) => {
            text.push_str(&format!("\ncall      {call}\nexpected  {e}\ngot       {g}"));
        }
        _ => {}
    }
    if let Some(hint) = &case.hint {
        text.push_str(&format!("\nhint: {hint}"));
    }
    text
}
