//! Mutation cases: the learner writes the tests; they must pass on a correct implementation
//! and fail on each buggy one (a mutant). Mutants are named by description, never shown.
use super::grader::{CaseOutcome, Grading, instructor_dir};
use super::result::{CaseResult, Verdict};
use super::unittest::{judge_tests, label};
use crate::exercise::{Case, CaseKind};
use crate::sandbox::{
    CASE_GUEST_DIR, HarnessJob, HarnessMode, RunOutcome, SUBMISSION_GUEST_DIR, SandboxError,
    TestEvent, TestStatus,
};
use std::path::Path;

/// How the learner's suite did against one implementation.
enum Suite {
    Passed,
    /// The first test that failed, and why.
    Failed(String),
    /// Nothing ran: the suite itself is broken (a syntax error, no tests, ...).
    Broken,
}

fn suite(outcome: &RunOutcome) -> Suite {
    let planned = outcome
        .events
        .iter()
        .any(|e| matches!(e, TestEvent::Plan { tests } if !tests.is_empty()));
    if !planned {
        return Suite::Broken;
    }
    for event in &outcome.events {
        if let TestEvent::Test {
            test,
            status,
            failure,
            subtests,
        } = event
            && matches!(
                status,
                TestStatus::Fail | TestStatus::Error | TestStatus::UnexpectedSuccess
            )
        {
            let why = failure
                .as_ref()
                .or(subtests.first())
                .map(|f| format!(": {}", f.message))
                .unwrap_or_default();
            return Suite::Failed(format!("`{}`{why}", label(test)));
        }
    }
    if outcome.record.is_none() {
        // Stopped by a limit: a suite that hangs on a bug has caught it.
        return Suite::Failed("the tests did not finish within the limits".into());
    }
    Suite::Passed
}

pub async fn grade(grading: &Grading, case: &Case) -> Result<CaseOutcome, SandboxError> {
    let CaseKind::Mutation {
        module,
        reference,
        mutants,
    } = &case.kind
    else {
        unreachable!("mutation::grade is called for mutation cases");
    };
    let file = format!("{module}.py");
    let run = |implementation: &Path| {
        let grading = grading.clone();
        let file = file.clone();
        let implementation = implementation.to_owned();
        let case_name = case.name.clone();
        async move {
            let dir = instructor_dir(&[(&file, &implementation)])?;
            let mode = HarnessMode::Tests {
                tests: format!("{SUBMISSION_GUEST_DIR}/solution.py"),
                select: None,
            };
            let spec = crate::sandbox::RunSpec {
                job: HarnessJob {
                    mode,
                    entry: None,
                    module: "solution".into(),
                    path: vec![CASE_GUEST_DIR.into(), SUBMISSION_GUEST_DIR.into()],
                    plots: false,
                    artifacts: false,
                },
                stdin: b"",
                submission_dir: grading.submission.dir(),
                case_dir: Some(dir.path()),
                data_dir: grading.exercise.data_dir.as_deref(),
                tmp_files: &grading.exercise.databases,
                collect: &[],
                limits: grading.exercise.limits,
                seed: super::grader::seed(&grading.exercise.id, &case_name),
            };
            grading.run(&spec).await
        }
    };
    let mut runs = tokio::task::JoinSet::new();
    for (index, path) in std::iter::once(reference)
        .chain(mutants.iter().map(|m| &m.file))
        .enumerate()
    {
        let future = run(path);
        runs.spawn(async move { (index, future.await) });
    }
    let mut outcomes: Vec<Option<RunOutcome>> = vec![None; mutants.len() + 1];
    while let Some(joined) = runs.join_next().await {
        let (index, outcome) =
            joined.map_err(|e| SandboxError::Setup(format!("a mutation run failed: {e}")))?;
        outcomes[index] = Some(outcome?);
    }
    let outcomes: Vec<RunOutcome> = outcomes
        .into_iter()
        .map(|o| o.expect("every run joined"))
        .collect();

    let on_reference = &outcomes[0];
    let mut first = CaseResult::new(
        format!("{}: your tests pass on a correct implementation", case.name),
        0,
    );
    first.time = on_reference.elapsed;
    first.peak_memory = on_reference.peak_memory;
    let reference_ok = match suite(on_reference) {
        Suite::Passed => {
            first.accept();
            true
        }
        Suite::Failed(why) => {
            first.fail(
                Verdict::WrongAnswer,
                format!("your tests fail on a correct implementation: {why}"),
            );
            false
        }
        Suite::Broken => {
            // Syntax errors and import failures read as for any solution.
            let (mut results, syntax) = judge_tests(&grading.exercise, case, on_reference);
            let mut result = results.remove(0);
            if result.accepted() || result.verdict == Verdict::InternalError {
                result.fail(
                    Verdict::WrongAnswer,
                    "your file has no tests: write unittest.TestCase classes with test_ methods",
                );
            }
            result.name = first.name.clone();
            result.max_points = 0;
            result.points = 0;
            let mut results = vec![result];
            results.extend(not_counted(case));
            return Ok((results, syntax));
        }
    };
    let mut results = vec![first];
    for (i, (mutant, outcome)) in mutants.iter().zip(&outcomes[1..]).enumerate() {
        let mut result = CaseResult::new(mutant_name(case, i, &mutant.description), case.points);
        result.time = outcome.elapsed;
        result.peak_memory = outcome.peak_memory;
        if !reference_ok {
            result.fail(
                Verdict::WrongAnswer,
                "not counted: your tests must pass on the correct implementation first",
            );
        } else if matches!(suite(outcome), Suite::Passed) {
            result.fail(
                Verdict::WrongAnswer,
                "survived: every test passed on this bug; add a test that catches it",
            );
        } else {
            result.accept();
        }
        results.push(result);
    }
    Ok((results, None))
}

fn mutant_name(case: &Case, index: usize, description: &str) -> String {
    if case.hidden {
        format!("{}: hidden bug {}", case.name, index + 1)
    } else {
        format!("{}: catches {description}", case.name)
    }
}

fn not_counted(case: &Case) -> Vec<CaseResult> {
    let CaseKind::Mutation { mutants, .. } = &case.kind else {
        return Vec::new();
    };
    mutants
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let mut r = CaseResult::new(mutant_name(case, i, &m.description), case.points);
            r.fail(
                Verdict::WrongAnswer,
                "not counted: your tests must pass on the correct implementation first",
            );
            r
        })
        .collect()
}
