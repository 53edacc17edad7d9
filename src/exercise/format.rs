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
    /// The solution is a folder (a package with modules); this file in it is run or imported.
    pub entry: Option<Spanned<String>>,
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
    pub tmp_mib: Option<i64>,
    pub tmp_files: Option<i64>,
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
    /// An instructor's unittest module; every test in it is reported as a case.
    pub tests: Option<Spanned<String>>,
    /// Only the tests of the module whose id matches this, as `python -m unittest -k`.
    pub select: Option<String>,
    /// Files the program writes under /tmp/out, each compared with an expected file.
    pub files: Option<Spanned<std::collections::BTreeMap<String, String>>>,
    /// A Python program that judges the output.
    pub checker: Option<Spanned<String>>,
    /// Queries run on the program's SQLite database afterwards.
    #[serde(default, rename = "query")]
    pub queries: Vec<Spanned<QueryFile>>,
    /// The learner's tests are graded by the bugs they catch.
    pub mutation: Option<Spanned<MutationFile>>,
    /// The matplotlib figures the program must leave open, described by what they show.
    #[serde(default, rename = "figure")]
    pub figures: Vec<FigureFile>,
}

/// An expected figure. Every key is optional: only what is given is checked.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureFile {
    /// The figure's suptitle.
    pub title: Option<String>,
    #[serde(default)]
    pub axes: Vec<AxesFile>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AxesFile {
    pub title: Option<String>,
    pub xlabel: Option<String>,
    pub ylabel: Option<String>,
    pub xticklabels: Option<Vec<String>>,
    pub yticklabels: Option<Vec<String>>,
    pub legend: Option<Vec<String>>,
    #[serde(default, rename = "artist")]
    pub artists: Vec<ArtistFile>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArtistFile {
    pub kind: ArtistKind,
    pub label: Option<String>,
    pub x: Option<Vec<f64>>,
    pub y: Option<Vec<f64>>,
    /// A color as matplotlib writes it in hex, e.g. "#1f77b4".
    pub color: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArtistKind {
    Line,
    Bar,
    Barh,
    Scatter,
}

impl ArtistKind {
    pub fn name(self) -> &'static str {
        match self {
            ArtistKind::Line => "line",
            ArtistKind::Bar => "bar",
            ArtistKind::Barh => "barh",
            ArtistKind::Scatter => "scatter",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QueryFile {
    /// The database, a file of the exercise's data/ folder copied into /tmp.
    pub database: String,
    pub sql: String,
    /// The rows, as a Python literal: a list of tuples.
    pub expect: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MutationFile {
    /// The module name the learner's tests import.
    pub module: String,
    /// A correct implementation of the module.
    pub reference: String,
    /// A folder of buggy implementations; each starts with a `# description` line.
    pub mutants: String,
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
                "entry",
                "hints",
                "limits",
                "check",
                "case"
            ])
        );
        assert_eq!(
            keys(&schema["properties"]["limits"]),
            sorted(vec![
                "time_ms",
                "memory_mib",
                "output_kib",
                "tmp_mib",
                "tmp_files"
            ])
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
                "check",
                "tests",
                "select",
                "files",
                "checker",
                "query",
                "mutation",
                "figure"
            ])
        );
        // The same names as the serde structs: a key added there fails to parse here.
        let probe = "name = \"a\"\nstdin = \"\"\nstdin_file = \"x\"\nstdout = \"\"\nstdout_file = \"x\"\ncall = \"f()\"\nexpect = \"1\"\nhidden = true\npoints = 1\n[check]\nmode = \"lines\"\nfloat_abs = 0.1\nfloat_rel = 0.1\nignore_case = true\n";
        toml::from_str::<CaseFile>(probe).unwrap();
        assert_eq!(
            keys(&schema["$defs"]["query"]),
            sorted(vec!["database", "sql", "expect"])
        );
        assert_eq!(
            keys(&schema["$defs"]["figure"]),
            sorted(vec!["title", "axes"])
        );
        assert_eq!(
            keys(&schema["$defs"]["axes"]),
            sorted(vec![
                "title",
                "xlabel",
                "ylabel",
                "xticklabels",
                "yticklabels",
                "legend",
                "artist"
            ])
        );
        assert_eq!(
            keys(&schema["$defs"]["artist"]),
            sorted(vec!["kind", "label", "x", "y", "color"])
        );
        assert_eq!(
            keys(&schema["$defs"]["mutation"]),
            sorted(vec!["module", "reference", "mutants"])
        );
        let probe = "tests = \"t.py\"\nchecker = \"c.py\"\nfiles = { \"a.csv\" = \"b.csv\" }\nname = \"a\"\n[[query]]\ndatabase = \"d.db\"\nsql = \"select 1\"\nexpect = \"[(1,)]\"\n[mutation]\nmodule = \"m\"\nreference = \"r.py\"\nmutants = \"mutants\"\n";
        toml::from_str::<CaseFile>(probe).unwrap();
    }
}
