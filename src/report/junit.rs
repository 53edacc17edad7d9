//! JUnit XML: one testsuite per exercise, one testcase per case, the diff in the failure body.
use super::run::{Outcome, RunReport, failure_text};
use crate::grade::Verdict;
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

pub fn to_junit(run: &RunReport) -> String {
    let mut report = Report::new("pygrade");
    for exercise in &run.exercises {
        let mut suite = TestSuite::new(exercise.id.as_str());
        match &exercise.outcome {
            Outcome::Graded(check) => {
                for case in &check.cases {
                    let status = match case.verdict {
                        Verdict::Accepted => TestCaseStatus::success(),
                        verdict => {
                            let kind = match verdict {
                                Verdict::WrongAnswer => NonSuccessKind::Failure,
                                _ => NonSuccessKind::Error,
                            };
                            let mut status = TestCaseStatus::non_success(kind);
                            status.set_type(verdict.label());
                            let message = if case.hidden {
                                "hidden case".to_owned()
                            } else {
                                case.message
                                    .clone()
                                    .unwrap_or_else(|| verdict.label().into())
                            };
                            status.set_message(message);
                            if !case.hidden {
                                status.set_description(failure_text(case));
                            }
                            status
                        }
                    };
                    let mut test = TestCase::new(case.name.as_str(), status);
                    test.set_classname(exercise.id.as_str());
                    test.set_time(case.time);
                    suite.add_test_case(test);
                }
                if let Some(syntax) = &check.syntax_error {
                    suite.set_system_err(format!(
                        "{}: {} (line {})",
                        syntax.type_name,
                        syntax.message,
                        syntax.line.unwrap_or(0)
                    ));
                }
            }
            Outcome::NotSubmitted => {
                let mut status = TestCaseStatus::skipped();
                status.set_message(format!(
                    "not submitted: {} not found",
                    exercise.solution.display()
                ));
                let mut test = TestCase::new("not submitted", status);
                test.set_classname(exercise.id.as_str());
                suite.add_test_case(test);
            }
            Outcome::Failed(message) => {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
                status.set_type("internal_error");
                status.set_message(message.as_str());
                let mut test = TestCase::new("grading", status);
                test.set_classname(exercise.id.as_str());
                suite.add_test_case(test);
            }
        }
        report.add_test_suite(suite);
    }
    report.to_string().expect("a JUnit report serializes")
}
