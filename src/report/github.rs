//! GitHub Actions: `::error` annotations on the learner's lines, and a Markdown summary.
use super::run::{Outcome, RunReport};
use crate::grade::Verdict;
use std::fmt::Write as _;

fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// One `::error` line per syntax error and per runtime error of a visible case, at the
/// learner's line (the innermost frame in their own files).
pub fn annotations(run: &RunReport) -> String {
    let mut out = String::new();
    for exercise in &run.exercises {
        let Outcome::Graded(check) = &exercise.outcome else {
            continue;
        };
        let package = exercise.solution.is_dir();
        let file_of = |inner: &str| {
            if package {
                exercise.solution.join(inner)
            } else {
                exercise.solution.clone()
            }
        };
        if let Some(syntax) = &check.syntax_error {
            let file = file_of(syntax.file.as_deref().unwrap_or("solution.py"));
            let _ = writeln!(
                out,
                "::error file={},line={},title={}::{}",
                escape_property(&file.display().to_string()),
                syntax.line.unwrap_or(1),
                escape_property(&format!("{}: {}", exercise.id, syntax.type_name)),
                escape_data(&syntax.message)
            );
            continue;
        }
        for case in check.cases.iter().filter(|c| !c.hidden) {
            let (Verdict::RuntimeError, Some(error)) = (case.verdict, &case.error) else {
                continue;
            };
            let own = error.frames.iter().rev().find(|f| {
                if package {
                    exercise.solution.join(&f.file).is_file()
                } else {
                    f.file == "solution.py"
                }
            });
            let Some(frame) = own else { continue };
            let _ = writeln!(
                out,
                "::error file={},line={},title={}::{}",
                escape_property(&file_of(&frame.file).display().to_string()),
                frame.line,
                escape_property(&format!("{}: {}", exercise.id, case.name)),
                escape_data(&format!("{}: {}", error.type_name, error.message))
            );
        }
    }
    out
}

/// A Markdown table for `$GITHUB_STEP_SUMMARY`.
pub fn summary(run: &RunReport) -> String {
    let mut out =
        String::from("## pygrade\n\n| Exercise | Status | Score | Cases |\n|---|---|---|---|\n");
    for exercise in &run.exercises {
        let status = match exercise.status_word() {
            "pass" => "✅ pass",
            "fail" => "❌ fail",
            "not_submitted" => "⬜ not submitted",
            _ => "⚠️ error",
        };
        let (score, max) = exercise.score();
        let cases = exercise.cases();
        let accepted = cases.iter().filter(|c| c.accepted()).count();
        let _ = writeln!(
            out,
            "| `{}` {} | {status} | {score}/{max} | {accepted}/{} |",
            exercise.id,
            exercise.title.replace('|', "\\|"),
            cases.len()
        );
    }
    let _ = writeln!(
        out,
        "\n{} of {} exercises passed.",
        run.passed_count(),
        run.exercises.len()
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annotation_text_is_escaped() {
        assert_eq!(escape_data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
