//! `exercise.toml` as written by instructors. Unknown keys are errors, never ignored.
//! `exercise.schema.json` describes the same format for editors; a test keeps them in step.
use serde::Deserialize;
use toml::Spanned;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseFile {
    pub title: Spanned<String>,
    pub track: Spanned<String>,
    pub objectives: Spanned<Vec<String>>,
    pub difficulty: Spanned<i64>,
    #[serde(default)]
    pub hints: Vec<String>,
    #[serde(default)]
    pub limits: Option<Spanned<LimitsFile>>,
    #[serde(default)]
    pub check: Option<Spanned<CheckFile>>,
    #[serde(default, rename = "case")]
    pub cases: Vec<Spanned<CaseFile>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsFile {
    pub time_ms: Option<i64>,
    pub memory_mib: Option<i64>,
    pub output_kib: Option<i64>,
}

#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckFile {
    pub mode: Option<ModeName>,
    pub float_abs: Option<f64>,
    pub float_rel: Option<f64>,
    pub ignore_case: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ModeName {
    Exact,
    Lines,
    Tokens,
    Regex,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseFile {
    pub name: String,
    pub stdin: Option<String>,
    pub stdin_file: Option<String>,
    pub stdout: Option<String>,
    pub stdout_file: Option<String>,
    pub call: Option<String>,
    pub expect: Option<Spanned<String>>,
    #[serde(default)]
    pub hidden: bool,
    pub points: Option<i64>,
    pub check: Option<CheckFile>,
}

/// The JSON Schema of exercise.toml, printed by `pygrade schema`.
pub const SCHEMA: &str = include_str!("exercise.schema.json");

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key the loader accepts is in the schema, and the schema names no other.
    #[test]
    fn the_schema_describes_exactly_the_accepted_keys() {
        let schema: serde_json::Value = serde_json::from_str(SCHEMA).unwrap();
        let keys = |v: &serde_json::Value| -> Vec<String> {
            let mut k: Vec<String> = v["properties"]
                .as_object()
                .unwrap()
                .keys()
                .cloned()
                .collect();
            k.sort();
            k
        };
        let sorted = |mut v: Vec<&str>| {
            v.sort();
            v.into_iter().map(String::from).collect::<Vec<_>>()
        };
        assert_eq!(
            keys(&schema),
            sorted(vec![
                "title",
                "track",
                "objectives",
                "difficulty",
                "hints",
                "limits",
                "check",
                "case"
            ])
        );
        assert_eq!(
            keys(&schema["properties"]["limits"]),
            sorted(vec!["time_ms", "memory_mib", "output_kib"])
        );
        assert_eq!(
            keys(&schema["$defs"]["check"]),
            sorted(vec!["mode", "float_abs", "float_rel", "ignore_case"])
        );
        assert_eq!(
            keys(&schema["$defs"]["case"]),
            sorted(vec![
                "name",
                "stdin",
                "stdin_file",
                "stdout",
                "stdout_file",
                "call",
                "expect",
                "hidden",
                "points",
                "check"
            ])
        );
        // The same names as the serde structs: a key added there fails to parse here.
        let probe = "name = \"a\"\nstdin = \"\"\nstdin_file = \"x\"\nstdout = \"\"\nstdout_file = \"x\"\ncall = \"f()\"\nexpect = \"1\"\nhidden = true\npoints = 1\n[check]\nmode = \"lines\"\nfloat_abs = 0.1\nfloat_rel = 0.1\nignore_case = true\n";
        toml::from_str::<CaseFile>(probe).unwrap();
    }
}
