//! Exercism's test-runner results.json, version 3.
use super::run::{Outcome, RunReport, failure_text};
use crate::grade::Verdict;
use serde_json::{Value, json};

/// Exercism shows at most this much of a test's output.
const OUTPUT_LIMIT: usize = 500;
const TRUNCATED: &str = "Output was truncated. Please limit to 500 chars";

fn output(text: &str) -> Value {
    if text.is_empty() {
        return Value::Null;
    }
    match text.char_indices().nth(OUTPUT_LIMIT) {
        Some((cut, _)) => format!("{}\n{TRUNCATED}", &text[..cut]).into(),
        None => text.into(),
    }
}

pub fn to_exercism(run: &RunReport) -> String {
    let mut tests = Vec::new();
    let mut errors = Vec::new();
    for exercise in &run.exercises {
        let name = |case: &str| run.test_name(exercise, case);
        match &exercise.outcome {
            Outcome::Graded(check) => {
                if let Some(syntax) = &check.syntax_error {
                    errors.push(format!(
                        "{}: {}: {} (line {})",
                        exercise.id,
                        syntax.type_name,
                        syntax.message,
                        syntax.line.unwrap_or(0)
                    ));
                }
                for case in &check.cases {
                    let status = match case.verdict {
                        Verdict::Accepted => "pass",
                        Verdict::WrongAnswer => "fail",
                        _ => "error",
                    };
                    let message = match (case.accepted(), case.hidden) {
                        (true, _) => Value::Null,
                        (false, true) => format!("{} (hidden case)", case.verdict.label()).into(),
                        (false, false) => failure_text(case).into(),
                    };
                    let printed = if case.hidden || case.call.is_some() {
                        ""
                    } else {
                        case.got.as_deref().unwrap_or("")
                    };
                    tests.push(json!({
                        "name": name(&case.name),
                        "test_code": case.call.clone().unwrap_or_default(),
                        "status": status,
                        "message": message,
                        "output": output(printed),
                    }));
                }
            }
            Outcome::NotSubmitted => tests.push(json!({
                "name": name("not submitted"),
                "test_code": "",
                "status": "fail",
                "message": format!("{} was not found", exercise.solution.display()),
                "output": Value::Null,
            })),
            Outcome::Failed(message) => errors.push(format!("{}: {message}", exercise.id)),
        }
    }
    let status = if !errors.is_empty() {
        "error"
    } else if tests.iter().all(|t| t["status"] == "pass") {
        "pass"
    } else {
        "fail"
    };
    let mut doc = json!({ "version": 3, "status": status, "tests": tests });
    if !errors.is_empty() {
        doc["message"] = errors.join("\n").into();
    }
    serde_json::to_string_pretty(&doc).expect("JSON serializes") + "\n"
}
