//! Test-module cases: every test of an instructor's unittest module becomes a case result.
use super::explain;
use super::judge::judge;
use super::result::{CaseResult, ErrorInfo, SyntaxErrorInfo, Verdict};
use crate::exercise::{Case, Exercise, TEST_MODULE_FILE};
use crate::sandbox::{
    HarnessRecord, RunOutcome, Termination, TestEvent, TestFailure, TestName, TestStatus,
};

/// A learner-facing name: the docstring's first line, else the method name in words.
pub(crate) fn label(test: &TestName) -> String {
    if let Some(doc) = test.doc.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        return doc.to_owned();
    }
    let words = test.method.strip_prefix("test_").unwrap_or(&test.method);
    words.replace('_', " ")
}

fn error_info(failure: &TestFailure) -> ErrorInfo {
    ErrorInfo {
        type_name: failure.type_name.clone(),
        message: failure.message.clone(),
        frames: failure.frames.clone(),
        explanation: if failure.type_name == "AssertionError" {
            None
        } else {
            explain::exception(&failure.type_name, &failure.message)
        },
    }
}

fn failure_line(failure: &TestFailure) -> String {
    if failure.type_name == "AssertionError" {
        failure.message.clone()
    } else {
        format!("{}: {}", failure.type_name, failure.message)
    }
}

/// The result of one finished test.
fn test_result(
    case: &Case,
    test: &TestName,
    status: TestStatus,
    failure: Option<&TestFailure>,
    subtests: &[TestFailure],
) -> CaseResult {
    let mut result = CaseResult::new(label(test), case.points);
    match status {
        TestStatus::Pass | TestStatus::ExpectedFailure | TestStatus::Skip => result.accept(),
        TestStatus::UnexpectedSuccess => result.fail(
            Verdict::WrongAnswer,
            "this test is marked as an expected failure, but it passed",
        ),
        TestStatus::Fail | TestStatus::Error if !subtests.is_empty() => {
            let errors = subtests.iter().any(|s| s.error);
            let mut lines = vec![format!(
                "{} {} failed:",
                subtests.len(),
                if subtests.len() == 1 {
                    "subtest"
                } else {
                    "subtests"
                }
            )];
            for sub in subtests {
                lines.push(format!(
                    "  {}: {}",
                    sub.params.as_deref().unwrap_or("(subtest)"),
                    failure_line(sub)
                ));
            }
            result.fail(
                if errors {
                    Verdict::RuntimeError
                } else {
                    Verdict::WrongAnswer
                },
                lines.join("\n"),
            );
            result.error = Some(error_info(&subtests[0]));
        }
        TestStatus::Fail | TestStatus::Error => {
            let verdict = if status == TestStatus::Fail {
                Verdict::WrongAnswer
            } else {
                Verdict::RuntimeError
            };
            match failure {
                Some(f) => {
                    result.fail(verdict, failure_line(f));
                    result.error = Some(error_info(f));
                }
                None => result.fail(verdict, "the test failed"),
            }
        }
    }
    result
}

/// Every test of a test-module case, in the module's order. A solution that cannot be
/// imported, or a run that never got to the tests, is one result for the whole case.
pub fn judge_tests(
    exercise: &Exercise,
    case: &Case,
    outcome: &RunOutcome,
) -> (Vec<CaseResult>, Option<SyntaxErrorInfo>) {
    let plan = outcome.events.iter().find_map(|e| match e {
        TestEvent::Plan { tests } => Some(tests),
        _ => None,
    });
    let Some(plan) = plan else {
        return whole_case(exercise, case, outcome);
    };
    let mut results: Vec<CaseResult> = Vec::with_capacity(plan.len());
    let mut finished = std::collections::HashSet::new();
    let mut extra = Vec::new();
    for event in &outcome.events {
        if let TestEvent::Test {
            test,
            status,
            failure,
            subtests,
        } = event
        {
            if *status == TestStatus::Skip {
                finished.insert(test.id.clone());
                continue;
            }
            let result = test_result(case, test, *status, failure.as_ref(), subtests);
            if plan.iter().any(|t| t.id == test.id) {
                finished.insert(test.id.clone());
                results.push(result);
            } else {
                // A class or module fixture that failed.
                extra.push(result);
            }
        }
    }
    results.extend(extra);
    let stopped = match &outcome.termination {
        Termination::Exited(_) if outcome.record.is_some() => None,
        Termination::Exited(status) => Some((
            Verdict::RuntimeError,
            format!("the tests stopped: the program ended abruptly with status {status}"),
        )),
        Termination::TimeLimit => Some((
            Verdict::TimeLimit,
            format!(
                "stopped at the time limit of {} ms: look for a loop that never ends",
                exercise.limits.time.as_millis()
            ),
        )),
        Termination::MemoryLimit => Some((
            Verdict::MemoryLimit,
            format!(
                "used more than {} MiB of memory, the limit",
                exercise.limits.memory_bytes >> 20
            ),
        )),
        Termination::OutputLimit => Some((
            Verdict::OutputLimit,
            format!(
                "printed more than {} KiB, the output limit",
                exercise.limits.output_bytes >> 10
            ),
        )),
        Termination::Crashed(reason) => Some((Verdict::RuntimeError, reason.clone())),
    };
    let mut first = true;
    for test in plan.iter().filter(|t| !finished.contains(&t.id)) {
        let mut result = CaseResult::new(label(test), case.points);
        match &stopped {
            Some((verdict, message)) if first => result.fail(*verdict, message.clone()),
            Some((verdict, _)) => result.fail(*verdict, "not run: an earlier test stopped the run"),
            None => result.fail(
                Verdict::RuntimeError,
                "not run: a class or module fixture (setUpClass, setUpModule) failed",
            ),
        }
        first = false;
        results.push(result);
    }
    if results.is_empty() {
        let mut result = CaseResult::new(case.name.clone(), case.points);
        result.fail(Verdict::InternalError, "the test module has no tests");
        results.push(result);
    }
    for r in &mut results {
        name_test_module(exercise, case, r);
        r.time = outcome.elapsed;
        r.peak_memory = outcome.peak_memory;
        r.output_bytes = outcome.stdout.len() + outcome.stderr.len();
    }
    super::judge::note_disk_full(exercise, outcome, &mut results);
    (results, None)
}

/// Frames of the test module carry the name it was mounted under; show the exercise's own.
fn name_test_module(exercise: &Exercise, case: &Case, result: &mut CaseResult) {
    let crate::exercise::CaseKind::Tests { module, .. } = &case.kind else {
        return;
    };
    let shown = module.strip_prefix(&exercise.dir).unwrap_or(module);
    if let Some(error) = &mut result.error {
        for frame in &mut error.frames {
            if frame.file == TEST_MODULE_FILE {
                frame.file = shown.display().to_string();
            }
        }
    }
}

/// The run ended before any test: the same verdicts as a program case.
fn whole_case(
    exercise: &Exercise,
    case: &Case,
    outcome: &RunOutcome,
) -> (Vec<CaseResult>, Option<SyntaxErrorInfo>) {
    let (mut result, syntax) = judge(exercise, case, outcome);
    if let (Some(HarnessRecord::Exit { code }), Termination::Exited(_)) =
        (&outcome.record, &outcome.termination)
    {
        result.fail(
            Verdict::RuntimeError,
            format!("the solution called exit({code}) while it was imported, so no test could run"),
        );
    } else if result.verdict == Verdict::Accepted {
        result.fail(Verdict::InternalError, "the test module ran no test");
    }
    name_test_module(exercise, case, &mut result);
    (vec![result], syntax)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_prefer_the_docstring() {
        let t = |method: &str, doc: Option<&str>| TestName {
            id: format!("m.C.{method}"),
            method: method.into(),
            doc: doc.map(String::from),
        };
        assert_eq!(label(&t("test_deposit_adds", None)), "deposit adds");
        assert_eq!(
            label(&t("test_x", Some("A deposit adds to the balance"))),
            "A deposit adds to the balance"
        );
    }
}
