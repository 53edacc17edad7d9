//! What grading produces: plain values that reporters render.
use crate::sandbox::Frame;
use serde::Serialize;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Accepted,
    WrongAnswer,
    TimeLimit,
    MemoryLimit,
    OutputLimit,
    RuntimeError,
    SyntaxError,
    InternalError,
}

impl Verdict {
    pub fn label(self) -> &'static str {
        match self {
            Verdict::Accepted => "accepted",
            Verdict::WrongAnswer => "wrong answer",
            Verdict::TimeLimit => "time limit",
            Verdict::MemoryLimit => "memory limit",
            Verdict::OutputLimit => "output limit",
            Verdict::RuntimeError => "runtime error",
            Verdict::SyntaxError => "syntax error",
            Verdict::InternalError => "internal error",
        }
    }
}

/// A Python exception the learner's code raised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ErrorInfo {
    #[serde(rename = "type")]
    pub type_name: String,
    pub message: String,
    /// Frames in the learner's file only, outermost first.
    pub frames: Vec<Frame>,
    /// What the exception usually means, in plain words.
    pub explanation: Option<String>,
}

/// A syntax error in the solution, reported once for the whole check.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyntaxErrorInfo {
    /// The file, relative to the submission (`solution.py` for a one-file solution).
    pub file: Option<String>,
    #[serde(rename = "type")]
    pub type_name: String,
    pub message: String,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub end_column: Option<u32>,
    pub source: String,
}

#[derive(Debug, Clone)]
pub struct CaseResult {
    pub name: String,
    pub verdict: Verdict,
    pub points: u32,
    pub max_points: u32,
    pub time: Duration,
    /// Guest memory at its largest during the run, in bytes.
    pub peak_memory: usize,
    /// stdout and stderr together, in bytes.
    pub output_bytes: usize,
    pub hidden: bool,
    /// One line saying what went wrong. Never set for hidden cases.
    pub message: Option<String>,
    /// For a wrong answer: what was expected and what came out (program output, or reprs
    /// of values). Never set for hidden cases.
    pub expected: Option<String>,
    pub got: Option<String>,
    /// The call of a call case, shown with its values.
    pub call: Option<String>,
    pub error: Option<ErrorInfo>,
    /// A suggestion for a common mistake.
    pub hint: Option<String>,
    /// The figures the run drew, as PNG, when asked for (`--artifacts`).
    pub figures_png: Vec<Vec<u8>>,
}

impl CaseResult {
    pub fn accepted(&self) -> bool {
        self.verdict == Verdict::Accepted
    }

    /// A result for `name` with nothing judged yet.
    pub(crate) fn new(name: String, max_points: u32) -> Self {
        Self {
            name,
            verdict: Verdict::InternalError,
            points: 0,
            max_points,
            time: Duration::ZERO,
            peak_memory: 0,
            output_bytes: 0,
            hidden: false,
            message: None,
            expected: None,
            got: None,
            call: None,
            error: None,
            hint: None,
            figures_png: Vec::new(),
        }
    }

    pub(crate) fn accept(&mut self) {
        self.verdict = Verdict::Accepted;
        self.points = self.max_points;
        self.message = None;
    }

    /// Marks the case failed with `verdict`, taking back its points.
    pub(crate) fn fail(&mut self, verdict: Verdict, message: impl Into<String>) {
        self.verdict = verdict;
        self.points = 0;
        self.message = Some(message.into());
    }

    /// What a learner may see of a hidden case: its name and verdict.
    pub(crate) fn redact_if_hidden(mut self) -> Self {
        if self.hidden {
            self.message = None;
            self.expected = None;
            self.got = None;
            self.call = None;
            self.error = None;
            self.hint = None;
            // A hidden case's chart shows its hidden data.
            self.figures_png.clear();
        }
        self
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Every case accepted.
    Pass,
    /// Some case not accepted.
    Fail,
    /// Nothing could be judged: a syntax error, or a fault of the exercise or of pygrade.
    Error,
}

#[derive(Debug, Clone)]
pub struct CheckReport {
    pub exercise: String,
    pub title: String,
    /// The learner's file, as given on the command line.
    pub solution: PathBuf,
    pub status: Status,
    pub score: u32,
    pub max_score: u32,
    pub cases: Vec<CaseResult>,
    pub syntax_error: Option<SyntaxErrorInfo>,
}

impl CheckReport {
    pub(crate) fn new(
        exercise: String,
        title: String,
        solution: PathBuf,
        cases: Vec<CaseResult>,
        syntax_error: Option<SyntaxErrorInfo>,
    ) -> Self {
        // A case's points: all when accepted, a share when a checker gave partial credit.
        let score = cases.iter().map(|c| c.points.min(c.max_points)).sum();
        let max_score = cases.iter().map(|c| c.max_points).sum();
        let status = if syntax_error.is_some()
            || cases.iter().any(|c| c.verdict == Verdict::InternalError)
        {
            Status::Error
        } else if cases.iter().all(CaseResult::accepted) {
            Status::Pass
        } else {
            Status::Fail
        };
        Self {
            exercise,
            title,
            solution,
            status,
            score,
            max_score,
            cases,
            syntax_error,
        }
    }

    pub fn passed(&self) -> bool {
        self.status == Status::Pass
    }
}
