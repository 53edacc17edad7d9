//! pygrade's own JSON report. The schema is documented in docs/json-report.md; fields are
//! only ever added, and `schema_version` changes if one must change meaning.
use super::diff::unified_diff;
use super::run::{Outcome, RunReport};
use crate::grade::{CheckReport, ErrorInfo, Status, SyntaxErrorInfo, Verdict};
use serde::Serialize;

pub const JSON_SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct Report<'a> {
    schema_version: u32,
    exercise: &'a str,
    title: &'a str,
    solution: String,
    status: Status,
    score: u32,
    max_score: u32,
    syntax_error: Option<&'a SyntaxErrorInfo>,
    cases: Vec<Case<'a>>,
}

#[derive(Serialize)]
struct Case<'a> {
    name: &'a str,
    verdict: Verdict,
    points: u32,
    max_points: u32,
    time_ms: u64,
    hidden: bool,
    message: Option<&'a str>,
    diff: Option<String>,
    call: Option<&'a str>,
    expected: Option<&'a str>,
    got: Option<&'a str>,
    error: Option<&'a ErrorInfo>,
    hint: Option<&'a str>,
}

/// The report as one pretty-printed JSON document.
pub fn to_json(report: &CheckReport) -> String {
    serde_json::to_string_pretty(&document(report)).expect("the report serializes") + "\n"
}

fn document(report: &CheckReport) -> Report<'_> {
    Report {
        schema_version: JSON_SCHEMA_VERSION,
        exercise: &report.exercise,
        title: &report.title,
        solution: report.solution.display().to_string(),
        status: report.status,
        score: report.score,
        max_score: report.max_score,
        syntax_error: report.syntax_error.as_ref(),
        cases: report
            .cases
            .iter()
            .map(|c| Case {
                name: &c.name,
                verdict: c.verdict,
                points: c.points,
                max_points: c.max_points,
                time_ms: c.time.as_millis() as u64,
                hidden: c.hidden,
                message: c.message.as_deref(),
                diff: match (&c.expected, &c.got, &c.call) {
                    (Some(e), Some(g), None) => Some(unified_diff(e, g)),
                    _ => None,
                },
                call: c.call.as_deref(),
                expected: c.expected.as_deref(),
                got: c.got.as_deref(),
                error: c.error.as_ref(),
                hint: c.hint.as_deref(),
            })
            .collect(),
    }
}

#[derive(Serialize)]
struct RunDocument<'a> {
    schema_version: u32,
    /// `pass` when the run meets its threshold, else `fail`.
    status: &'static str,
    threshold: Option<f64>,
    passed: usize,
    total: usize,
    exercises: Vec<RunExercise<'a>>,
}

#[derive(Serialize)]
struct RunExercise<'a> {
    exercise: &'a str,
    title: &'a str,
    solution: String,
    /// pass, fail, error or not_submitted.
    status: &'static str,
    score: u32,
    max_score: u32,
    message: Option<&'a str>,
    report: Option<Report<'a>>,
}

/// A whole run (`pygrade ci`): every exercise with its check report.
pub fn run_to_json(run: &RunReport) -> String {
    let doc = RunDocument {
        schema_version: JSON_SCHEMA_VERSION,
        status: if run.meets_threshold() {
            "pass"
        } else {
            "fail"
        },
        threshold: run.threshold,
        passed: run.passed_count(),
        total: run.exercises.len(),
        exercises: run
            .exercises
            .iter()
            .map(|e| {
                let (score, max_score) = e.score();
                RunExercise {
                    exercise: &e.id,
                    title: &e.title,
                    solution: e.solution.display().to_string(),
                    status: e.status_word(),
                    score,
                    max_score,
                    message: match &e.outcome {
                        Outcome::Failed(m) => Some(m),
                        _ => None,
                    },
                    report: match &e.outcome {
                        Outcome::Graded(r) => Some(document(r)),
                        _ => None,
                    },
                }
            })
            .collect(),
    };
    serde_json::to_string_pretty(&doc).expect("the report serializes") + "\n"
}
