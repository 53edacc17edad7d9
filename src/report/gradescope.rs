//! Gradescope's autograder results.json. Hidden cases are shown after grades are published.
use super::run::{Outcome, RunReport, failure_text};
use serde_json::json;

pub fn to_gradescope(run: &RunReport) -> String {
    let mut tests = Vec::new();
    let mut time = 0.0;
    for exercise in &run.exercises {
        let name = |case: &str| run.test_name(exercise, case);
        match &exercise.outcome {
            Outcome::Graded(check) => {
                for case in &check.cases {
                    time += case.time.as_secs_f64();
                    let output = if case.accepted() {
                        String::new()
                    } else if case.hidden {
                        case.verdict.label().to_owned()
                    } else {
                        failure_text(case)
                    };
                    tests.push(json!({
                        "name": name(&case.name),
                        "score": case.points,
                        "max_score": case.max_points,
                        "status": if case.accepted() { "passed" } else { "failed" },
                        "output": output,
                        "visibility": if case.hidden { "after_published" } else { "visible" },
                    }));
                }
            }
            Outcome::NotSubmitted => tests.push(json!({
                "name": name("not submitted"),
                "score": 0,
                "max_score": 0,
                "status": "failed",
                "output": format!("{} was not found", exercise.solution.display()),
                "visibility": "visible",
            })),
            Outcome::Failed(message) => tests.push(json!({
                "name": name("grading"),
                "score": 0,
                "max_score": 0,
                "status": "failed",
                "output": format!("pygrade could not grade this exercise: {message}"),
                "visibility": "visible",
            })),
        }
    }
    let score: u64 = tests.iter().filter_map(|t| t["score"].as_u64()).sum();
    let max: u64 = tests.iter().filter_map(|t| t["max_score"].as_u64()).sum();
    let doc = json!({
        "score": score,
        "execution_time": time.round() as u64,
        "output": format!(
            "{} of {} exercises passed, {score}/{max} points",
            run.passed_count(),
            run.exercises.len()
        ),
        "visibility": "visible",
        "stdout_visibility": "hidden",
        "tests": tests,
    });
    serde_json::to_string_pretty(&doc).expect("JSON serializes") + "\n"
}
