//! Checker programs: for answers with many right forms, a Python program of the exercise
//! judges the output. It runs in a fresh instance of its own, never beside the learner's code.
use super::grader::{Grading, instructor_dir};
use super::judge::text;
use super::result::{CaseResult, Verdict};
use super::value::Value;
use crate::exercise::{Case, CaseKind};
use crate::sandbox::{
    CollectedFile, HarnessJob, HarnessMode, HarnessRecord, RunOutcome, RunSpec, SandboxError,
    Termination,
};
use serde::Deserialize;
use std::path::Path;

/// What a checker prints.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckerVerdict {
    /// 0 (wrong) to 1 (right); a share in between gives partial credit.
    score: f64,
    #[serde(default)]
    feedback: Option<String>,
}

/// The checker's input: what the case gave and expected, and what the learner's run did.
fn input(case: &Case, outcome: &RunOutcome) -> serde_json::Value {
    let (stdin, expected, call) = match &case.kind {
        CaseKind::Program {
            stdin,
            expected_stdout,
        } => (stdin.as_str(), expected_stdout.clone(), None),
        CaseKind::Call {
            call,
            stdin,
            expected_source,
            ..
        } => (
            stdin.as_str(),
            Some(expected_source.clone()),
            Some(call.clone()),
        ),
        _ => ("", None, None),
    };
    let returned = match &outcome.record {
        Some(HarnessRecord::Returned { value }) => {
            Value::from_tagged_json(value).ok().map(|v| v.repr())
        }
        _ => None,
    };
    let files: serde_json::Map<String, serde_json::Value> = case
        .files
        .iter()
        .zip(&outcome.files)
        .filter_map(|(f, got)| match got {
            CollectedFile::Bytes(b) => Some((f.name.clone(), text(b).into())),
            _ => None,
        })
        .collect();
    serde_json::json!({
        "input": stdin,
        "output": text(&outcome.stdout),
        "expected": expected,
        "call": call,
        "returned": returned,
        "files": files,
    })
}

pub async fn check(
    grading: &Grading,
    case: &Case,
    checker: &Path,
    outcome: &RunOutcome,
    result: &mut CaseResult,
) -> Result<(), SandboxError> {
    let name = checker
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let dir = instructor_dir(&[("checker.py", checker)])?;
    let stdin = serde_json::to_vec(&input(case, outcome)).expect("JSON serializes");
    let spec = RunSpec {
        job: HarnessJob {
            mode: HarnessMode::Program,
            entry: Some(format!(
                "{}/checker.py",
                crate::sandbox::SUBMISSION_GUEST_DIR
            )),
            module: "checker".into(),
            path: vec![crate::sandbox::SUBMISSION_GUEST_DIR.into()],
            plots: false,
            artifacts: false,
        },
        stdin: &stdin,
        submission_dir: dir.path(),
        case_dir: None,
        data_dir: grading.exercise.data_dir.as_deref(),
        tmp_files: &[],
        collect: &[],
        limits: grading.exercise.limits,
        seed: 0,
    };
    let run = grading.run(&spec).await?;
    let broken = |why: String| {
        format!("the checker {name} failed: {why}; this is the exercise's fault, not yours")
    };
    let finished = matches!(run.termination, Termination::Exited(0))
        && matches!(
            run.record,
            Some(HarnessRecord::Ok) | Some(HarnessRecord::Exit { code: 0 })
        );
    if !finished {
        let why = match (&run.termination, &run.record) {
            (
                _,
                Some(HarnessRecord::Exception {
                    type_name,
                    message,
                    frames,
                }),
            ) => format!(
                "{type_name}: {message}{}",
                frames
                    .last()
                    .map(|f| format!(" (line {})", f.line))
                    .unwrap_or_default()
            ),
            (_, Some(HarnessRecord::SyntaxError { message, line, .. })) => {
                format!("syntax error: {message} (line {})", line.unwrap_or(0))
            }
            (Termination::Exited(_), record) => format!("it ended with {record:?}"),
            (termination, _) => format!("{termination:?}"),
        };
        result.fail(Verdict::InternalError, broken(why));
        return Ok(());
    }
    let verdict: CheckerVerdict = match serde_json::from_slice(text(&run.stdout).trim().as_bytes())
    {
        Ok(v) => v,
        Err(e) => {
            result.fail(
                Verdict::InternalError,
                broken(format!(
                    "it printed no JSON verdict like {{\"score\": 1, \"feedback\": \"...\"}} ({e})"
                )),
            );
            return Ok(());
        }
    };
    if !(0.0..=1.0).contains(&verdict.score) {
        result.fail(
            Verdict::InternalError,
            broken(format!(
                "its score {} is not between 0 and 1",
                verdict.score
            )),
        );
        return Ok(());
    }
    if verdict.score >= 1.0 {
        result.accept();
        return Ok(());
    }
    result.fail(
        Verdict::WrongAnswer,
        verdict
            .feedback
            .filter(|f| !f.trim().is_empty())
            .unwrap_or_else(|| "the checker did not accept the output".into()),
    );
    result.points = (verdict.score * f64::from(result.max_points)).floor() as u32;
    if let CaseKind::Program { .. } = case.kind {
        result.got = Some(text(&outcome.stdout));
    }
    Ok(())
}
