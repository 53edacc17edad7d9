//! Output files: what a program left under /tmp/out, compared with the expected files.
//! CSV and JSON are compared by structure, so a message can name the cell or the path.
use super::compare::{Comparison, as_float, compare_output, floats_match};
use super::result::{CaseResult, Verdict};
use crate::exercise::{Case, Check, ExpectedFile, FileFormat, OUTPUT_DIR};
use crate::sandbox::CollectedFile;

/// Marks `result` wrong at the first file that differs.
pub fn check(case: &Case, written: &[CollectedFile], result: &mut CaseResult) {
    for (expected, got) in case.files.iter().zip(written) {
        let place = format!("/tmp/{OUTPUT_DIR}/{}", expected.name);
        let got = match got {
            CollectedFile::Missing => {
                result.fail(
                    Verdict::WrongAnswer,
                    format!("the program did not write {place}"),
                );
                return;
            }
            CollectedFile::TooLarge(size) => {
                result.fail(
                    Verdict::WrongAnswer,
                    format!("{place} is {size} bytes: far larger than expected"),
                );
                return;
            }
            CollectedFile::Bytes(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        };
        if let Some(why) = differs(&case.check, expected, &got) {
            result.fail(Verdict::WrongAnswer, format!("{}: {why}", expected.name));
            result.expected = Some(expected.expected.clone());
            result.got = Some(got);
            return;
        }
    }
}

/// Why `got` is not the expected file, or None when it is.
pub fn differs(check: &Check, expected: &ExpectedFile, got: &str) -> Option<String> {
    match expected.format {
        FileFormat::Csv => csv_differs(check, &expected.expected, got),
        FileFormat::Json => json_differs(check, &expected.expected, got),
        FileFormat::Text => match compare_output(check, &expected.expected, got) {
            Comparison::Match => None,
            Comparison::Mismatch(why) => Some(why),
        },
    }
}

fn read_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.map(|rec| rec.iter().map(str::to_owned).collect())
                .map_err(|e| e.to_string())
        })
        .collect()
}

fn default_tolerance(check: &Check) -> Check {
    let mut check = check.clone();
    if check.float_abs.is_none() && check.float_rel.is_none() {
        check.float_rel = Some(1e-9);
    }
    check
}

fn cells_match(check: &Check, expected: &str, got: &str) -> bool {
    let (e, g) = (expected.trim(), got.trim());
    let number = |s: &str| as_float(s).or_else(|| s.parse::<i64>().ok().map(|i| i as f64));
    match (number(e), number(g)) {
        (Some(x), Some(y)) => floats_match(check, x, y),
        _ if check.ignore_case => e.to_lowercase() == g.to_lowercase(),
        _ => e == g,
    }
}

fn csv_differs(check: &Check, expected: &str, got: &str) -> Option<String> {
    let check = default_tolerance(check);
    let expected = match read_csv(expected) {
        Ok(rows) => rows,
        Err(e) => return Some(format!("the expected file is not valid CSV: {e}")),
    };
    let got = match read_csv(got) {
        Ok(rows) => rows,
        Err(e) => return Some(format!("not valid CSV: {e}")),
    };
    let header = expected.first();
    let column = |i: usize| match header.and_then(|h| h.get(i)) {
        Some(name) if !name.trim().is_empty() => format!("column {} `{}`", i + 1, name.trim()),
        _ => format!("column {}", i + 1),
    };
    for (row, (e, g)) in expected.iter().zip(&got).enumerate() {
        let row = row + 1;
        if e.len() != g.len() {
            return Some(format!(
                "row {row} has {} cells, expected {}",
                g.len(),
                e.len()
            ));
        }
        for (i, (ec, gc)) in e.iter().zip(g).enumerate() {
            if !cells_match(&check, ec, gc) {
                return Some(format!(
                    "row {row}, {}: expected `{ec}`, got `{gc}`",
                    column(i)
                ));
            }
        }
    }
    match got.len().cmp(&expected.len()) {
        std::cmp::Ordering::Less => Some(format!(
            "{} rows missing: expected {} rows, got {}",
            expected.len() - got.len(),
            expected.len(),
            got.len()
        )),
        std::cmp::Ordering::Greater => Some(format!(
            "{} rows too many: expected {} rows, got {}",
            got.len() - expected.len(),
            expected.len(),
            got.len()
        )),
        std::cmp::Ordering::Equal => None,
    }
}

fn json_differs(check: &Check, expected: &str, got: &str) -> Option<String> {
    let check = default_tolerance(check);
    let expected: serde_json::Value = match serde_json::from_str(expected) {
        Ok(v) => v,
        Err(e) => return Some(format!("the expected file is not valid JSON: {e}")),
    };
    let got: serde_json::Value = match serde_json::from_str(got) {
        Ok(v) => v,
        Err(e) => return Some(format!("not valid JSON: {e}")),
    };
    json_path_differs(&check, "$", &expected, &got)
}

fn kind(v: &serde_json::Value) -> &'static str {
    use serde_json::Value::*;
    match v {
        Null => "null",
        Bool(_) => "a boolean",
        Number(_) => "a number",
        String(_) => "a string",
        Array(_) => "an array",
        Object(_) => "an object",
    }
}

fn json_path_differs(
    check: &Check,
    path: &str,
    expected: &serde_json::Value,
    got: &serde_json::Value,
) -> Option<String> {
    use serde_json::Value::*;
    match (expected, got) {
        (Number(e), Number(g)) => {
            let (e, g) = (e.as_f64()?, g.as_f64()?);
            (!floats_match(check, e, g)).then(|| format!("{path}: expected {e}, got {g}"))
        }
        (String(e), String(g)) => {
            let same = if check.ignore_case {
                e.to_lowercase() == g.to_lowercase()
            } else {
                e == g
            };
            (!same).then(|| format!("{path}: expected {e:?}, got {g:?}"))
        }
        (Array(e), Array(g)) => {
            for (i, (ev, gv)) in e.iter().zip(g).enumerate() {
                if let Some(why) = json_path_differs(check, &format!("{path}[{i}]"), ev, gv) {
                    return Some(why);
                }
            }
            (e.len() != g.len())
                .then(|| format!("{path}: expected {} items, got {}", e.len(), g.len()))
        }
        (Object(e), Object(g)) => {
            for (key, ev) in e {
                let child = format!("{path}.{key}");
                match g.get(key) {
                    None => return Some(format!("{child} is missing")),
                    Some(gv) => {
                        if let Some(why) = json_path_differs(check, &child, ev, gv) {
                            return Some(why);
                        }
                    }
                }
            }
            g.keys()
                .find(|k| !e.contains_key(*k))
                .map(|k| format!("{path}.{k} is not expected"))
        }
        (e, g) if e == g => None,
        (e, g) => Some(format!("{path}: expected {}, got {}", kind(e), kind(g))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, expected: &str) -> ExpectedFile {
        ExpectedFile {
            name: name.into(),
            expected: expected.into(),
            format: FileFormat::of(name),
        }
    }

    #[test]
    fn csv_names_the_row_and_column() {
        let check = Check::default();
        let expected = file("r.csv", "item,total\nbread,2.20\nmilk,1.49\n");
        assert_eq!(
            differs(
                &check,
                &expected,
                "item,total\r\nbread,2.2\r\nmilk,1.49\r\n"
            ),
            None
        );
        assert_eq!(
            differs(&check, &expected, "item,total\nbread,2.20\nmilk,1.50\n").unwrap(),
            "row 3, column 2 `total`: expected `1.49`, got `1.50`"
        );
        assert!(
            differs(&check, &expected, "item,total\nbread,2.20\n")
                .unwrap()
                .contains("1 rows missing")
        );
        assert!(
            differs(&check, &expected, "item;total\nbread;2.20\nmilk;1.49\n")
                .unwrap()
                .contains("row 1 has 1 cells, expected 2")
        );
        let loose = Check {
            float_abs: Some(0.01),
            ..Check::default()
        };
        assert_eq!(
            differs(&loose, &expected, "item,total\nbread,2.2\nmilk,1.495\n"),
            None
        );
    }

    #[test]
    fn json_names_the_path() {
        let check = Check::default();
        let expected = file(
            "r.json",
            r#"{"items": [{"price": 1.5}, {"price": 2}], "ok": true}"#,
        );
        assert_eq!(
            differs(
                &check,
                &expected,
                r#"{"ok": true, "items": [{"price": 1.5}, {"price": 2.0}]}"#
            ),
            None
        );
        assert_eq!(
            differs(
                &check,
                &expected,
                r#"{"items": [{"price": 1.5}, {"price": 3}], "ok": true}"#
            )
            .unwrap(),
            "$.items[1].price: expected 2, got 3"
        );
        assert_eq!(
            differs(
                &check,
                &expected,
                r#"{"items": [{"price": 1.5}], "ok": true}"#
            )
            .unwrap(),
            "$.items: expected 2 items, got 1"
        );
        assert_eq!(
            differs(&check, &expected, r#"{"items": [], "ok": "yes", "x": 1}"#).unwrap(),
            "$.items: expected 2 items, got 0"
        );
        assert!(
            differs(&check, &expected, "{")
                .unwrap()
                .starts_with("not valid JSON")
        );
    }
}
