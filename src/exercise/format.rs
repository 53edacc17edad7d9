//! `exercise.toml` as written by instructors. Unknown keys are errors, never ignored.
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
