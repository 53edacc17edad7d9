//! Stateful data: after a program ran, SQL queries on the databases it may have changed.
//! The queries run in a fresh instance of their own, on copies of what the program left.
use super::grader::{Grading, instructor_dir};
use super::result::{CaseResult, Verdict};
use super::value::{Tolerance, Value};
use crate::exercise::Case;
use crate::sandbox::{CollectedFile, HarnessJob, HarnessMode, RunSpec, SandboxError, Termination};
use crate::sandbox::{HarnessRecord, SUBMISSION_GUEST_DIR};

/// The guest program that runs the queries (sandbox/queries.py).
const QUERIES_SOURCE: &str = include_str!("../../sandbox/queries.py");

/// The databases a case's queries read, each once.
pub fn databases(case: &Case) -> Vec<String> {
    let mut names: Vec<String> = case.queries.iter().map(|q| q.database.clone()).collect();
    names.sort();
    names.dedup();
    names
}

pub async fn check(
    grading: &Grading,
    case: &Case,
    names: &[String],
    after: &[CollectedFile],
    result: &mut CaseResult,
) -> Result<(), SandboxError> {
    let copies = tempfile::tempdir().map_err(SandboxError::TempDir)?;
    let mut tmp_files = Vec::new();
    for (name, file) in names.iter().zip(after) {
        match file {
            CollectedFile::Bytes(bytes) => {
                let path = copies.path().join(name);
                std::fs::write(&path, bytes).map_err(SandboxError::TempDir)?;
                tmp_files.push((name.clone(), path));
            }
            CollectedFile::Missing => {
                result.fail(
                    Verdict::WrongAnswer,
                    format!("the program removed the database /tmp/{name}"),
                );
                return Ok(());
            }
            CollectedFile::TooLarge(size) => {
                result.fail(
                    Verdict::WrongAnswer,
                    format!(
                        "the database /tmp/{name} grew to {size} bytes: far larger than expected"
                    ),
                );
                return Ok(());
            }
        }
    }
    let dir = instructor_dir(&[])?;
    std::fs::write(dir.path().join("queries.py"), QUERIES_SOURCE).map_err(SandboxError::TempDir)?;
    let queries: Vec<_> = case
        .queries
        .iter()
        .map(|q| serde_json::json!({"database": q.database, "sql": q.sql}))
        .collect();
    std::fs::write(
        dir.path().join("queries.json"),
        serde_json::to_string(&queries).expect("queries serialize"),
    )
    .map_err(SandboxError::TempDir)?;
    let spec = RunSpec {
        job: HarnessJob {
            mode: HarnessMode::Call {
                expression: "run()".into(),
            },
            entry: Some(format!("{SUBMISSION_GUEST_DIR}/queries.py")),
            module: "queries".into(),
            path: Vec::new(),
            plots: false,
            artifacts: false,
        },
        stdin: b"",
        submission_dir: dir.path(),
        case_dir: None,
        data_dir: None,
        tmp_files: &tmp_files,
        collect: &[],
        limits: grading.exercise.limits,
        seed: 0,
    };
    let outcome = grading.run(&spec).await?;
    let rows = match (&outcome.termination, &outcome.record) {
        (Termination::Exited(_), Some(HarnessRecord::Returned { value })) => {
            Value::from_tagged_json(value).ok()
        }
        _ => None,
    };
    let Some(Value::List(answers)) = rows else {
        result.fail(
            Verdict::InternalError,
            format!(
                "the case's queries could not be run ({:?}): {}",
                outcome.termination,
                String::from_utf8_lossy(&outcome.stderr).trim()
            ),
        );
        return Ok(());
    };
    let tolerance = Tolerance {
        abs: case.check.float_abs,
        rel: case.check.float_rel,
    };
    for (query, answer) in case.queries.iter().zip(answers) {
        let sql = query.sql.trim();
        match answer {
            Value::List(pair) if pair.len() == 2 => match (&pair[0], &pair[1]) {
                (Value::Str(tag), got)
                    if tag == "ok" && !query.expected.matches(got, tolerance) =>
                {
                    result.fail(
                        Verdict::WrongAnswer,
                        format!(
                            "after the program, `{sql}` on {} gives other rows",
                            query.database
                        ),
                    );
                    result.expected = Some(query.expected.repr());
                    result.got = Some(got.repr());
                    return Ok(());
                }
                (Value::Str(tag), _) if tag == "ok" => {}
                (_, Value::Str(error)) => {
                    result.fail(
                        Verdict::WrongAnswer,
                        format!(
                            "after the program, `{sql}` on {} fails: {error}",
                            query.database
                        ),
                    );
                    return Ok(());
                }
                _ => {}
            },
            other => {
                result.fail(
                    Verdict::InternalError,
                    format!("unexpected query result {}", other.repr()),
                );
                return Ok(());
            }
        }
    }
    Ok(())
}
