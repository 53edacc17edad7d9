//! Comparing a program's output with the expected output, by checker mode.
use crate::exercise::{Check, Mode};

#[derive(Debug, Clone, PartialEq)]
pub enum Comparison {
    Match,
    /// With a one-line description of the first difference.
    Mismatch(String),
}

/// Compares `got` with `expected` as `check` says.
pub fn compare_output(check: &Check, expected: &str, got: &str) -> Comparison {
    match check.mode {
        Mode::Exact => exact(check, expected, got),
        Mode::Lines => lines(check, expected, got),
        Mode::Tokens => tokens(check, expected, got),
        Mode::Regex => regex(check, expected, got),
    }
}

fn same_text(check: &Check, a: &str, b: &str) -> bool {
    if check.ignore_case {
        a.to_lowercase() == b.to_lowercase()
    } else {
        a == b
    }
}

fn exact(check: &Check, expected: &str, got: &str) -> Comparison {
    if same_text(check, expected, got) {
        return Comparison::Match;
    }
    if expected.trim_end() == got.trim_end() {
        return Comparison::Mismatch(
            "only whitespace at the end differs (this case compares exactly)".into(),
        );
    }
    match lines(check, expected, got) {
        Comparison::Match => {
            Comparison::Mismatch("only trailing spaces differ (this case compares exactly)".into())
        }
        mismatch => mismatch,
    }
}

/// Lines without trailing whitespace, and without trailing blank lines.
fn significant_lines(text: &str) -> Vec<&str> {
    let mut lines: Vec<&str> = text.lines().map(str::trim_end).collect();
    while lines.last() == Some(&"") {
        lines.pop();
    }
    lines
}

fn lines(check: &Check, expected: &str, got: &str) -> Comparison {
    let e = significant_lines(expected);
    let g = significant_lines(got);
    for (i, (a, b)) in e.iter().zip(&g).enumerate() {
        if !same_text(check, a, b) {
            let spaces = a.split_whitespace().eq(b.split_whitespace());
            return Comparison::Mismatch(if spaces {
                format!("line {} differs only in spaces", i + 1)
            } else {
                format!("line {} differs", i + 1)
            });
        }
    }
    match e.len().cmp(&g.len()) {
        std::cmp::Ordering::Equal => Comparison::Match,
        std::cmp::Ordering::Greater if g.is_empty() => {
            Comparison::Mismatch("the program printed nothing".into())
        }
        std::cmp::Ordering::Greater => Comparison::Mismatch(format!(
            "expected {} lines, got {}: line {} is missing",
            e.len(),
            g.len(),
            g.len() + 1
        )),
        std::cmp::Ordering::Less => Comparison::Mismatch(format!(
            "expected {} lines, got {}: line {} is extra",
            e.len(),
            g.len(),
            e.len() + 1
        )),
    }
}

pub(crate) fn is_integer(token: &str) -> bool {
    let digits = token.strip_prefix(['+', '-']).unwrap_or(token);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A token that reads as a float and is not an integer: `3.14`, `1e-3`, `.5`, `inf`, `nan`.
pub(crate) fn as_float(token: &str) -> Option<f64> {
    if is_integer(token) {
        return None;
    }
    let body = token.strip_prefix(['+', '-']).unwrap_or(token);
    let numeric = body
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        && body.bytes().any(|b| b.is_ascii_digit());
    let special = matches!(
        body.to_ascii_lowercase().as_str(),
        "inf" | "infinity" | "nan"
    );
    if numeric || special {
        token.parse().ok()
    } else {
        None
    }
}

pub(crate) fn floats_match(check: &Check, e: f64, g: f64) -> bool {
    if e.is_nan() || g.is_nan() {
        return false;
    }
    if e.is_infinite() || g.is_infinite() {
        return e == g;
    }
    let diff = (e - g).abs();
    e == g
        || check.float_abs.is_some_and(|a| diff <= a)
        || check.float_rel.is_some_and(|r| diff <= r * e.abs())
}

fn tokens(check: &Check, expected: &str, got: &str) -> Comparison {
    let e: Vec<&str> = expected.split_whitespace().collect();
    let g: Vec<&str> = got.split_whitespace().collect();
    let tolerant = check.float_abs.is_some() || check.float_rel.is_some();
    for (i, (a, b)) in e.iter().zip(&g).enumerate() {
        let ok = match (tolerant, as_float(a), as_float(b)) {
            (true, Some(x), Some(y)) => floats_match(check, x, y) || a == b,
            _ => same_text(check, a, b),
        };
        if !ok {
            return Comparison::Mismatch(format!(
                "token {} differs: expected `{a}`, got `{b}`",
                i + 1
            ));
        }
    }
    if e.len() == g.len() {
        Comparison::Match
    } else if g.is_empty() {
        Comparison::Mismatch("the program printed nothing".into())
    } else {
        Comparison::Mismatch(format!("expected {} tokens, got {}", e.len(), g.len()))
    }
}

fn regex(check: &Check, pattern: &str, got: &str) -> Comparison {
    let flags = if check.ignore_case { "(?i)" } else { "" };
    match regex::Regex::new(&format!("{flags}^(?:{pattern})$")) {
        Ok(re) if re.is_match(got.trim_end()) => Comparison::Match,
        Ok(_) => Comparison::Mismatch("the output does not have the expected form".into()),
        // Patterns are checked when the exercise loads; this is only reachable for a
        // pattern that compiles alone but not wrapped, which is a fault of the exercise.
        Err(e) => Comparison::Mismatch(format!("the case's pattern is invalid: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whatever the two outputs and the mode, a comparison ends in a result, never a panic;
    /// an output always matches itself. (fuzz/ has the same as a cargo-fuzz target.)
    #[test]
    fn any_outputs_compare_without_panic() {
        use proptest::prelude::*;
        // A fixed seed: the same inputs every run, so a failure reproduces.
        let mut runner = proptest::test_runner::TestRunner::new_with_rng(
            proptest::test_runner::Config {
                cases: 500,
                ..Default::default()
            },
            proptest::test_runner::TestRng::deterministic_rng(
                proptest::test_runner::RngAlgorithm::ChaCha,
            ),
        );
        let text = "[ \\t\\n0-9a-zA-Z.eE+\\-éß€\\r\\x00]{0,40}";
        runner
            .run(&(text, text, 0..8u8), |(expected, got, mode)| {
                let mut c = check(match mode % 4 {
                    0 => Mode::Exact,
                    1 => Mode::Lines,
                    2 => Mode::Tokens,
                    _ => Mode::Regex,
                });
                c.ignore_case = mode >= 4;
                let _ = compare_output(&c, &expected, &got);
                if c.mode != Mode::Regex {
                    prop_assert!(matches!(
                        compare_output(&c, &expected, &expected),
                        Comparison::Match
                    ));
                }
                Ok(())
            })
            .unwrap();
    }

    fn check(mode: Mode) -> Check {
        Check {
            mode,
            ..Check::default()
        }
    }

    #[test]
    fn lines_ignore_trailing_whitespace_and_blank_lines() {
        let c = check(Mode::Lines);
        assert_eq!(compare_output(&c, "a\nb\n", "a  \nb"), Comparison::Match);
        assert_eq!(
            compare_output(&c, "a\nb\n", "a\nb\n\n\n"),
            Comparison::Match
        );
        assert_eq!(
            compare_output(&c, "a\r\nb\r\n", "a\nb\n"),
            Comparison::Match
        );
        assert!(
            matches!(compare_output(&c, "a\nb\n", "a\n c\n"), Comparison::Mismatch(m) if m.contains("line 2"))
        );
        assert!(
            matches!(compare_output(&c, "a b\n", "a  b\n"), Comparison::Mismatch(m) if m.contains("only in spaces"))
        );
        assert!(
            matches!(compare_output(&c, "a\nb\n", "a\n"), Comparison::Mismatch(m) if m.contains("line 2 is missing"))
        );
        assert!(
            matches!(compare_output(&c, "a\n", ""), Comparison::Mismatch(m) if m.contains("printed nothing"))
        );
        assert!(
            matches!(compare_output(&c, " a\n", "a\n"), Comparison::Mismatch(_)),
            "leading spaces count"
        );
    }

    #[test]
    fn exact_is_exact() {
        let c = check(Mode::Exact);
        assert_eq!(compare_output(&c, "a\n", "a\n"), Comparison::Match);
        assert!(
            matches!(compare_output(&c, "a\n", "a"), Comparison::Mismatch(m) if m.contains("whitespace"))
        );
    }

    #[test]
    fn tokens_apply_tolerance_only_to_floats_on_both_sides() {
        let mut c = check(Mode::Tokens);
        c.float_abs = Some(1e-3);
        assert_eq!(
            compare_output(&c, "x = 3.1416\n", "x  =\n3.1415"),
            Comparison::Match
        );
        assert_eq!(compare_output(&c, "0.0314", "3.14e-2"), Comparison::Match);
        assert!(
            matches!(compare_output(&c, "32.0", "32"), Comparison::Mismatch(_)),
            "an int is not a float"
        );
        assert!(matches!(
            compare_output(&c, "10", "10.0001"),
            Comparison::Mismatch(_)
        ));
        assert!(matches!(
            compare_output(&c, "1.0", "nan"),
            Comparison::Mismatch(_)
        ));
        assert!(matches!(
            compare_output(&c, "1.0", "inf"),
            Comparison::Mismatch(_)
        ));
        assert!(matches!(
            compare_output(&c, "inf", "inf"),
            Comparison::Match
        ));
        assert!(
            matches!(compare_output(&c, "1.0 2.0", "1.0"), Comparison::Mismatch(m) if m.contains("2 tokens"))
        );
        c.float_abs = None;
        assert!(
            matches!(compare_output(&c, "3.14", "3.140"), Comparison::Mismatch(_)),
            "no tolerance: exact text"
        );
        c.float_rel = Some(0.01);
        assert_eq!(compare_output(&c, "100.0", "100.9"), Comparison::Match);
        assert!(matches!(
            compare_output(&c, "100.0", "101.1"),
            Comparison::Mismatch(_)
        ));
    }

    #[test]
    fn ignore_case_applies_to_words() {
        let mut c = check(Mode::Tokens);
        c.ignore_case = true;
        assert_eq!(
            compare_output(&c, "Hello World", "hello WORLD"),
            Comparison::Match
        );
        let mut c = check(Mode::Lines);
        c.ignore_case = true;
        assert_eq!(compare_output(&c, "YES\n", "yes\n"), Comparison::Match);
    }

    #[test]
    fn regex_matches_the_whole_output() {
        let c = check(Mode::Regex);
        assert_eq!(
            compare_output(&c, r"Total: \d+", "Total: 42\n"),
            Comparison::Match
        );
        assert!(matches!(
            compare_output(&c, r"Total: \d+", "Total: 42 EUR\n"),
            Comparison::Mismatch(_)
        ));
    }
}
