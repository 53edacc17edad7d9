//! Expected-vs-got diffs with what is invisible made visible.
use similar::{ChangeTag, TextDiff};

/// A line of a diff: which side it belongs to, its text, and the character ranges that
/// differ when a single line changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineDiff {
    pub tag: ChangeTag,
    pub text: String,
    pub highlights: Vec<CharSpan>,
}

/// Byte range of `LineDiff::text` to highlight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

/// Shows trailing spaces and tabs, which a learner cannot see otherwise.
fn visible(line: &str) -> String {
    let body = line.trim_end_matches([' ', '\t']);
    let tail: String = line[body.len()..]
        .chars()
        .map(|c| if c == '\t' { '→' } else { '·' })
        .collect();
    format!("{body}{tail}")
}

/// The lines of expected (`Delete`) and got (`Insert`) output, with common lines as
/// context (`Equal`). When exactly one line differs, the differing characters are marked.
pub fn line_diff(expected: &str, got: &str) -> Vec<LineDiff> {
    let diff = TextDiff::configure()
        .algorithm(similar::Algorithm::Patience)
        .diff_lines(expected, got);
    let mut lines: Vec<LineDiff> = diff
        .iter_all_changes()
        .map(|change| LineDiff {
            tag: change.tag(),
            text: visible(change.value().trim_end_matches(['\n', '\r'])),
            highlights: Vec::new(),
        })
        .collect();
    let deleted: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.tag == ChangeTag::Delete)
        .map(|(i, _)| i)
        .collect();
    let inserted: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.tag == ChangeTag::Insert)
        .map(|(i, _)| i)
        .collect();
    if let ([d], [i]) = (deleted.as_slice(), inserted.as_slice()) {
        // Mark the middle that differs, between the longest common prefix and suffix: one
        // span per line reads better than scattered single letters.
        let (old, new) = (&lines[*d].text, &lines[*i].text);
        let prefix: usize = old
            .chars()
            .zip(new.chars())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        let suffix: usize = old[prefix..]
            .chars()
            .rev()
            .zip(new[prefix..].chars().rev())
            .take_while(|(a, b)| a == b)
            .map(|(a, _)| a.len_utf8())
            .sum();
        let (old_end, new_end) = (old.len() - suffix, new.len() - suffix);
        if old_end > prefix {
            lines[*d].highlights.push(CharSpan {
                start: prefix,
                end: old_end,
            });
        }
        if new_end > prefix {
            lines[*i].highlights.push(CharSpan {
                start: prefix,
                end: new_end,
            });
        }
    }
    lines
}

/// A plain unified diff for machines, with a note when only the final newline differs.
pub fn unified_diff(expected: &str, got: &str) -> String {
    let mut out = TextDiff::from_lines(expected, got)
        .unified_diff()
        .context_radius(3)
        .header("expected", "got")
        .missing_newline_hint(true)
        .to_string();
    if out.is_empty() && expected != got {
        out = "(the outputs differ only in ways this diff cannot show)\n".into();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_changed_line_has_its_characters_marked() {
        let lines = line_diff("total: 12.50\n", "total: 12.5\n");
        let del = lines.iter().find(|l| l.tag == ChangeTag::Delete).unwrap();
        assert_eq!(del.text, "total: 12.50");
        assert_eq!(del.highlights, vec![CharSpan { start: 11, end: 12 }]);
        let ins = lines.iter().find(|l| l.tag == ChangeTag::Insert).unwrap();
        assert!(ins.highlights.is_empty());
        let lines = line_diff("escape: FileNotFoundError\n", "escape: PermissionError\n");
        let del = lines.iter().find(|l| l.tag == ChangeTag::Delete).unwrap();
        assert_eq!(
            &del.text[del.highlights[0].start..del.highlights[0].end],
            "FileNotFound"
        );
    }

    #[test]
    fn trailing_spaces_are_visible() {
        let lines = line_diff("a\n", "a  \n");
        assert!(
            lines
                .iter()
                .any(|l| l.tag == ChangeTag::Insert && l.text == "a··")
        );
    }

    #[test]
    fn unified_diff_marks_a_missing_newline() {
        let d = unified_diff("a\n", "a");
        assert!(
            d.contains("--- expected") && d.contains("No newline"),
            "{d}"
        );
    }
}
