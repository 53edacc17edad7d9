//! One case: from a run's outcome to a verdict and feedback.
use super::compare::{Comparison, compare_output};
use super::explain;
use super::result::{CaseResult, ErrorInfo, SyntaxErrorInfo, Verdict};
use super::value::{Tolerance, Value};
use crate::exercise::{Case, CaseKind, Exercise};
use crate::sandbox::{HarnessRecord, RunOutcome, Termination};

/// Longest value or output shown in a report.
const SHOWN_CHARS: usize = 4000;

fn shorten(text: &str) -> String {
    match text.char_indices().nth(SHOWN_CHARS) {
        Some((cut, _)) => format!(
            "{}… ({} more characters)",
            &text[..cut],
            text[cut..].chars().count()
        ),
        None => text.to_owned(),
    }
}

/// Output bytes as text a report can hold: invalid UTF-8 is replaced, never a crash.
pub(crate) fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.trim_end().lines().collect();
    let lines: Vec<String> = lines[lines.len().saturating_sub(n)..]
        .iter()
        .map(|line| shorten_to(line, 300))
        .collect();
    lines.join("\n")
}

fn shorten_to(text: &str, chars: usize) -> String {
    match text.char_indices().nth(chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}

/// The result of a case, and a syntax error if the run hit one.
pub fn judge(
    exercise: &Exercise,
    case: &Case,
    outcome: &RunOutcome,
) -> (CaseResult, Option<SyntaxErrorInfo>) {
    let mut result = CaseResult {
        name: case.name.clone(),
        verdict: Verdict::InternalError,
        points: 0,
        max_points: case.points,
        time: outcome.elapsed,
        peak_memory: outcome.peak_memory,
        output_bytes: outcome.stdout.len() + outcome.stderr.len(),
        hidden: case.hidden,
        message: None,
        expected: None,
        got: None,
        call: match &case.kind {
            CaseKind::Call { call, .. } => Some(call.clone()),
            _ => None,
        },
        error: None,
        hint: None,
        figures_png: outcome.artifacts.clone(),
    };
    let limits = &exercise.limits;
    let stdout = text(&outcome.stdout);
    let mut syntax = None;
    match &outcome.termination {
        Termination::TimeLimit => {
            result.verdict = Verdict::TimeLimit;
            result.message = Some(format!(
                "stopped after {} ms, the time limit: look for a loop that never ends, or input() waiting for more input than the case gives",
                limits.time.as_millis()
            ));
        }
        Termination::MemoryLimit => memory_limit(&mut result, limits.memory_bytes),
        Termination::OutputLimit => {
            result.verdict = Verdict::OutputLimit;
            result.message = Some(format!(
                "printed more than {} KiB, the output limit: look for a print inside a loop that never ends",
                limits.output_bytes >> 10
            ));
        }
        Termination::Crashed(reason) => {
            result.verdict = Verdict::RuntimeError;
            result.message = Some(reason.clone());
        }
        Termination::Exited(status) => match (&outcome.record, &case.kind) {
            (
                Some(HarnessRecord::SyntaxError {
                    type_name,
                    message,
                    line,
                    offset,
                    end_offset,
                    source,
                    file,
                }),
                _,
            ) => {
                result.verdict = Verdict::SyntaxError;
                result.message = Some(format!("{type_name}: {message}"));
                syntax = Some(SyntaxErrorInfo {
                    file: file.clone(),
                    type_name: type_name.clone(),
                    message: message.clone(),
                    line: *line,
                    column: *offset,
                    // Python reports 0 or the start again when it has no end.
                    end_column: end_offset.filter(|e| offset.is_some_and(|o| *e > o)),
                    source: source.clone(),
                });
            }
            (
                Some(HarnessRecord::Exception {
                    type_name,
                    message,
                    frames,
                }),
                _,
            ) => {
                // A MemoryError near the limit is the limit; one far below it was raised by
                // the program, or asked for more than any limit allows at once.
                if type_name == "MemoryError" && outcome.peak_memory >= limits.memory_bytes / 2 {
                    memory_limit(&mut result, limits.memory_bytes);
                } else {
                    result.verdict = Verdict::RuntimeError;
                    let place = frames
                        .last()
                        .map(|f| format!(" ({}, line {})", f.file, f.line))
                        .unwrap_or_default();
                    result.message = Some(format!("{type_name}: {message}{place}"));
                    result.error = Some(ErrorInfo {
                        type_name: type_name.clone(),
                        message: message.clone(),
                        frames: frames.clone(),
                        explanation: explain::exception(type_name, message),
                    });
                    if let CaseKind::Call { call, .. } = &case.kind
                        && type_name == "NameError"
                        && frames.is_empty()
                    {
                        // "name 'ShopCheckout' is not defined": the call may use a class or
                        // a constant as well as the function.
                        let missing = message.split('\'').nth(1).unwrap_or("it");
                        result.hint = Some(format!(
                            "the grader calls `{call}`, which uses `{missing}`: define `{missing}` with exactly that name, at the top level of your file"
                        ));
                    }
                }
            }
            (
                Some(HarnessRecord::Exit { code }),
                CaseKind::Program {
                    expected_stdout, ..
                },
            ) if *code == 0 => {
                program_output(&mut result, case, expected_stdout, &stdout);
            }
            (Some(HarnessRecord::Exit { code }), _) => {
                result.verdict = Verdict::RuntimeError;
                result.message = Some(match case.kind {
                    CaseKind::Call { .. } => {
                        format!("the solution called exit({code}) instead of returning a value")
                    }
                    _ => {
                        format!("the program called exit({code}): a non-zero status means failure")
                    }
                });
            }
            (
                Some(HarnessRecord::Ok),
                CaseKind::Program {
                    expected_stdout, ..
                },
            ) => {
                program_output(&mut result, case, expected_stdout, &stdout);
            }
            // os._exit(0) skips the harness: the output still speaks for itself.
            (
                None,
                CaseKind::Program {
                    expected_stdout, ..
                },
            ) if *status == 0 => {
                program_output(&mut result, case, expected_stdout, &stdout);
            }
            (Some(HarnessRecord::Returned { value }), CaseKind::Call { expected, .. }) => {
                match Value::from_tagged_json(value) {
                    // A checker judges the value instead.
                    Ok(_) if case.checker.is_some() => result.verdict = Verdict::Accepted,
                    Ok(got) => call_value(&mut result, case, expected, &got, &stdout),
                    Err(e) => {
                        result.verdict = Verdict::InternalError;
                        result.message =
                            Some(format!("the harness sent a value pygrade cannot read: {e}"));
                    }
                }
            }
            (Some(HarnessRecord::HarnessError { message }), _) => {
                result.verdict = Verdict::InternalError;
                result.message = Some(format!(
                    "exercise {} line {}: {message}",
                    exercise.id, case.line
                ));
            }
            (None, _) => {
                result.verdict = Verdict::RuntimeError;
                let stderr = last_lines(&text(&outcome.stderr), 5);
                result.message = Some(if stderr.is_empty() {
                    format!("the program ended abruptly with status {status}")
                } else {
                    format!("the program ended abruptly with status {status}: {stderr}")
                });
            }
            (Some(record), _) => {
                result.verdict = Verdict::InternalError;
                result.message = Some(format!("unexpected harness record {record:?}"));
            }
        },
    }
    if result.verdict == Verdict::Accepted {
        result.points = case.points;
    }
    note_disk_full(exercise, outcome, std::slice::from_mut(&mut result));
    (result, syntax)
}

/// Tells the failed cases of a run that filled its writable space: the error the program
/// met (an OSError, or nothing written) says little about why.
pub(crate) fn note_disk_full(
    exercise: &Exercise,
    outcome: &RunOutcome,
    results: &mut [CaseResult],
) {
    if !outcome.disk_full {
        return;
    }
    for result in results.iter_mut().filter(|r| !r.accepted()) {
        result.hint = Some(format!(
            "the program hit the limit of its writable space: /tmp holds at most {} MiB in {} files and folders, and writing more fails with OSError (No space left on device); write less, or delete files you no longer need",
            exercise.limits.disk_bytes >> 20,
            exercise.limits.disk_entries
        ));
    }
}

fn memory_limit(result: &mut CaseResult, limit: usize) {
    result.verdict = Verdict::MemoryLimit;
    result.message = Some(format!(
        "used more than {} MiB of memory, the limit: look for a list or string that keeps growing",
        limit >> 20
    ));
}

fn program_output(result: &mut CaseResult, case: &Case, expected: &Option<String>, got: &str) {
    // Without expected output, or with a checker, files, queries or the checker judge.
    let Some(expected) = expected.as_deref().filter(|_| case.checker.is_none()) else {
        result.verdict = Verdict::Accepted;
        return;
    };
    match compare_output(&case.check, expected, got) {
        Comparison::Match => result.verdict = Verdict::Accepted,
        Comparison::Mismatch(why) => {
            result.verdict = Verdict::WrongAnswer;
            result.message = Some(why);
            result.expected = Some(shorten(expected));
            result.got = Some(shorten(got));
            result.hint =
                explain::spacing(expected, got).or_else(|| explain::off_by_one(expected, got));
        }
    }
}

fn call_value(result: &mut CaseResult, case: &Case, expected: &Value, got: &Value, printed: &str) {
    let tolerance = Tolerance {
        abs: case.check.float_abs,
        rel: case.check.float_rel,
    };
    if expected.matches(got, tolerance) {
        result.verdict = Verdict::Accepted;
        return;
    }
    result.verdict = Verdict::WrongAnswer;
    result.expected = Some(shorten(&expected.repr()));
    result.got = Some(shorten(&got.repr()));
    result.message = Some(if *got == Value::None {
        "the function returned None instead of a value: check that it ends with `return`".into()
    } else if expected.type_name() != got.type_name() {
        format!(
            "expected a value of type {}, got one of type {}",
            expected.type_name(),
            got.type_name()
        )
    } else {
        "the returned value differs".into()
    });
    result.hint = explain::print_instead_of_return(expected, got, printed);
}
