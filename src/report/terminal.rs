//! The human report: one line per case, diffs for wrong answers, a summary.
//! Styles are always emitted; the CLI writes through `anstream`, which drops them when
//! the output is not a terminal or NO_COLOR is set.
use super::diff::line_diff;
use crate::grade::{CaseResult, CheckReport, Status, SyntaxErrorInfo, Verdict};
use anstyle::{AnsiColor, Effects, Style as S};
use similar::ChangeTag;
use std::fmt::Write;

/// The palette of the human report.
pub struct Style;

impl Style {
    const PASS: S = S::new()
        .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)))
        .effects(Effects::BOLD);
    const FAIL: S = S::new()
        .fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)))
        .effects(Effects::BOLD);
    const DIM: S = S::new().effects(Effects::DIMMED);
    const BOLD: S = S::new().effects(Effects::BOLD);
    const EXPECTED: S = S::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
    const GOT: S = S::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
    const HINT: S = S::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));
}

fn paint(style: S, text: &str) -> String {
    format!("{style}{text}{style:#}")
}

const INDENT: &str = "        ";

/// Renders a whole check for a terminal.
pub fn render_check(report: &CheckReport) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} {}",
        paint(Style::BOLD, &report.title),
        paint(Style::DIM, &format!("({})", report.exercise))
    );
    let _ = writeln!(
        out,
        "{}",
        paint(
            Style::DIM,
            &format!("solution: {}", report.solution.display())
        )
    );
    let _ = writeln!(out);
    if let Some(syntax) = &report.syntax_error {
        render_syntax_error(&mut out, report, syntax);
    } else {
        let width = report
            .cases
            .iter()
            .map(|c| display_name(c).chars().count())
            .max()
            .unwrap_or(0)
            .min(48);
        // A one-file solution is `solution.py` in the sandbox: show the learner's own name.
        let learner_file = report
            .solution
            .file_name()
            .filter(|_| !report.solution.is_dir())
            .map(|n| n.to_string_lossy().into_owned());
        for case in &report.cases {
            render_case(&mut out, case, width, learner_file.as_deref());
        }
    }
    let _ = writeln!(out);
    let accepted = report.cases.iter().filter(|c| c.accepted()).count();
    let verdict = match report.status {
        Status::Pass => paint(Style::PASS, "PASSED"),
        Status::Fail => paint(Style::FAIL, "FAILED"),
        Status::Error => paint(Style::FAIL, "ERROR"),
    };
    let _ = writeln!(
        out,
        "{verdict}  score {}/{} · {} of {} cases accepted",
        report.score,
        report.max_score,
        accepted,
        report.cases.len()
    );
    out
}

fn display_name(case: &CaseResult) -> String {
    if case.hidden {
        format!("{} (hidden)", case.name)
    } else {
        case.name.clone()
    }
}

fn indented(out: &mut String, text: &str) {
    for line in text.lines() {
        let _ = writeln!(out, "{INDENT}{line}");
    }
}

fn render_case(out: &mut String, case: &CaseResult, width: usize, learner_file: Option<&str>) {
    let mark = if case.accepted() {
        paint(Style::PASS, "  ok  ")
    } else {
        paint(Style::FAIL, " FAIL ")
    };
    let name = display_name(case);
    let pad = width.saturating_sub(name.chars().count());
    // Padded before painting: escape codes would count as width.
    let label = format!("{:<14}", case.verdict.label());
    let verdict = if case.accepted() {
        paint(Style::DIM, &label)
    } else {
        paint(Style::FAIL, &label)
    };
    let _ = writeln!(
        out,
        "{mark} {name}{:pad$}  {verdict} {}",
        "",
        paint(Style::DIM, &format!("{:>5} ms", case.time.as_millis())),
    );
    if case.accepted() || case.hidden {
        return;
    }
    if let Some(call) = &case.call {
        let _ = writeln!(out, "{INDENT}call      {call}");
    }
    if let Some(message) = &case.message
        && case.verdict != Verdict::RuntimeError
    {
        indented(out, message);
    }
    if let Some(error) = &case.error {
        // A failed assertion's message is already the case's message.
        if error.type_name != "AssertionError" {
            // Line by line, each indented: a message with newlines must not print lines
            // that look like the report's own.
            let text = format!("{}: {}", error.type_name, error.message);
            for line in text.lines() {
                let _ = writeln!(out, "{INDENT}{}", paint(Style::FAIL, line));
            }
        }
        for frame in &error.frames {
            let file = match (frame.file.as_str(), learner_file) {
                ("solution.py" | "", Some(own)) => own,
                ("", None) => "solution.py",
                (file, _) => file,
            };
            let _ = writeln!(
                out,
                "{INDENT}  {file}, line {}, in {}",
                frame.line, frame.function
            );
            if !frame.source.is_empty() {
                let _ = writeln!(out, "{INDENT}    {}", frame.source);
            }
        }
        if let Some(explanation) = &error.explanation {
            let _ = writeln!(out, "{INDENT}{}", paint(Style::HINT, explanation));
        }
    }
    if case.verdict == Verdict::RuntimeError
        && let Some(message) = &case.message
        // A list (failed subtests) says more than the first error shown above; the error
        // itself (whose message may hold newlines) is not repeated.
        && (case.error.is_none()
            || (message.contains('\n')
                && case.error.as_ref().is_some_and(|e| {
                    !message.starts_with(&format!("{}: {}", e.type_name, e.message))
                })))
    {
        indented(out, message);
    }
    if let (Some(expected), Some(got)) = (&case.expected, &case.got) {
        if case.call.is_some() {
            let _ = writeln!(
                out,
                "{INDENT}expected  {}",
                paint(Style::EXPECTED, expected)
            );
            let _ = writeln!(out, "{INDENT}got       {}", paint(Style::GOT, got));
        } else {
            render_diff(out, expected, got);
        }
    }
    if let Some(hint) = &case.hint {
        let _ = writeln!(
            out,
            "{INDENT}{}",
            paint(Style::HINT, &format!("hint: {hint}"))
        );
    }
}

fn render_diff(out: &mut String, expected: &str, got: &str) {
    let _ = writeln!(
        out,
        "{INDENT}{} {}",
        paint(Style::EXPECTED, "- expected,"),
        paint(Style::GOT, "+ your output")
    );
    for line in line_diff(expected, got) {
        let (sign, style) = match line.tag {
            ChangeTag::Delete => ("-", Style::EXPECTED),
            ChangeTag::Insert => ("+", Style::GOT),
            ChangeTag::Equal => (" ", Style::DIM),
        };
        let mut text = String::new();
        let mut pos = 0;
        for span in &line.highlights {
            text.push_str(&paint(style, &line.text[pos..span.start]));
            text.push_str(&paint(
                style.effects(Effects::INVERT),
                &line.text[span.start..span.end],
            ));
            pos = span.end;
        }
        text.push_str(&paint(style, &line.text[pos..]));
        let _ = writeln!(out, "{INDENT}{} {text}", paint(style, sign));
        if !line.highlights.is_empty() {
            // A caret line, so the difference shows without colors too.
            let mut carets = String::new();
            let mut col = 0;
            for span in &line.highlights {
                let start = line.text[..span.start].chars().count();
                let len = line.text[span.start..span.end].chars().count().max(1);
                carets.push_str(&" ".repeat(start - col));
                carets.push_str(&"^".repeat(len));
                col = start + len;
            }
            let _ = writeln!(out, "{INDENT}  {}", paint(Style::FAIL, &carets));
        }
    }
    if expected.ends_with('\n') && !got.ends_with('\n') && !got.is_empty() {
        let note = "(your output has no newline at the end)";
        let _ = writeln!(out, "{INDENT}{}", paint(Style::DIM, note));
    }
}

fn render_syntax_error(out: &mut String, report: &CheckReport, syntax: &SyntaxErrorInfo) {
    // In a package, the file inside it; a one-file solution is the learner's own file.
    let file = match &syntax.file {
        Some(inner) if report.solution.is_dir() => report.solution.join(inner),
        _ => report.solution.clone(),
    };
    let place = match syntax.line {
        Some(line) => format!("{}:{line}", file.display()),
        None => file.display().to_string(),
    };
    let _ = writeln!(out, "{} in {place}", paint(Style::FAIL, "syntax error"));
    if !syntax.source.is_empty() {
        let source = syntax.source.trim_end();
        let indent = source.chars().take_while(|c| c.is_whitespace()).count();
        let _ = writeln!(out, "{INDENT}{}", source.trim_start());
        if let Some(col) = syntax.column.filter(|c| *c >= 1) {
            let start = (col as usize - 1).saturating_sub(indent);
            let width = syntax
                .end_column
                .filter(|e| *e > col && syntax.line.is_some())
                .map_or(1, |e| (e - col) as usize)
                .min(source.chars().count().saturating_sub(start).max(1));
            let _ = writeln!(
                out,
                "{INDENT}{}{}",
                " ".repeat(start),
                paint(Style::FAIL, &"^".repeat(width))
            );
        }
    }
    let _ = writeln!(out, "{INDENT}{}: {}", syntax.type_name, syntax.message);
    let _ = writeln!(
        out,
        "{INDENT}{}",
        paint(
            Style::HINT,
            "no case could run: fix this line and check again"
        )
    );
}
