//! A loaded, checked exercise.
use super::format::FigureFile;
use crate::grade::Value;
use crate::sandbox::{CASE_GUEST_DIR, HarnessMode, Limits, SUBMISSION_GUEST_DIR};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct Exercise {
    /// `<track>/<slug>`.
    pub id: String,
    pub dir: PathBuf,
    pub title: String,
    pub track: String,
    pub objectives: Vec<String>,
    pub difficulty: u8,
    pub hints: Vec<String>,
    pub limits: Limits,
    pub cases: Vec<Case>,
    /// The exercise's `data/` folder, mounted at /data.
    pub data_dir: Option<PathBuf>,
    /// For a solution that is a folder: the file in it that is run or imported.
    pub entry: Option<String>,
    /// SQLite databases of data/, copied into every run's /tmp as (name, host file) so a
    /// program may change them.
    pub databases: Vec<(String, PathBuf)>,
}

impl Exercise {
    pub fn max_score(&self) -> u32 {
        self.cases.iter().map(|c| c.points).sum()
    }

    /// The instructor's reference solution and the learner's starter: `solution/` and
    /// `starter/` folders for a package exercise, one file each otherwise.
    pub fn solution_and_starter(&self) -> (PathBuf, PathBuf) {
        if self.entry.is_some() {
            (self.dir.join("solution"), self.dir.join("starter"))
        } else {
            (self.dir.join("solution.py"), self.dir.join("starter.py"))
        }
    }
}

#[derive(Debug, Clone)]
pub struct Case {
    pub name: String,
    pub kind: CaseKind,
    pub hidden: bool,
    pub points: u32,
    pub check: Check,
    /// Line of the case in exercise.toml, for messages about it.
    pub line: usize,
    /// Files the program must leave under /tmp/out.
    pub files: Vec<ExpectedFile>,
    /// A program of the exercise that judges the output (host path).
    pub checker: Option<PathBuf>,
    /// Queries run on the program's databases afterwards.
    pub queries: Vec<Query>,
    /// The figures the program must leave open.
    pub figures: Vec<FigureFile>,
}

/// Where a program's output files go, relative to its /tmp.
pub const OUTPUT_DIR: &str = "out";

impl Case {
    /// What the sandbox runs for this case, and its stdin. Mutation cases are several runs
    /// and are planned by the grader.
    pub fn harness_input(&self) -> (HarnessMode, &str) {
        match &self.kind {
            CaseKind::Program { stdin, .. } => (HarnessMode::Program, stdin),
            CaseKind::Call { call, stdin, .. } => (
                HarnessMode::Call {
                    expression: call.clone(),
                },
                stdin,
            ),
            CaseKind::Tests { select, .. } => (
                HarnessMode::Tests {
                    tests: format!("{CASE_GUEST_DIR}/{TEST_MODULE_FILE}"),
                    select: select.clone(),
                },
                "",
            ),
            CaseKind::Mutation { .. } => (
                HarnessMode::Tests {
                    tests: format!("{SUBMISSION_GUEST_DIR}/solution.py"),
                    select: None,
                },
                "",
            ),
        }
    }

    /// Files read back from /tmp after the run.
    pub fn collected_files(&self) -> Vec<String> {
        self.files
            .iter()
            .map(|f| format!("{OUTPUT_DIR}/{}", f.name))
            .collect()
    }
}

/// A test module is mounted under this name, whatever the exercise calls it, so its own
/// name (which may say `hidden`) tells the learner's code nothing.
pub const TEST_MODULE_FILE: &str = "test_module.py";

#[derive(Debug, Clone)]
pub struct ExpectedFile {
    /// Relative to /tmp/out.
    pub name: String,
    pub expected: String,
    pub format: FileFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileFormat {
    Csv,
    Json,
    Text,
}

impl FileFormat {
    pub fn of(name: &str) -> Self {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            FileFormat::Csv
        } else if lower.ends_with(".json") {
            FileFormat::Json
        } else {
            FileFormat::Text
        }
    }
}

#[derive(Debug, Clone)]
pub struct Query {
    /// The database's file name in data/ and in the run's /tmp.
    pub database: String,
    pub sql: String,
    pub expected: Value,
}

#[derive(Debug, Clone)]
pub struct Mutant {
    pub file: PathBuf,
    /// The bug it carries, from its first comment line; the learner sees only this.
    pub description: String,
}

#[derive(Debug, Clone)]
pub enum CaseKind {
    /// The solution runs as `__main__` with this stdin; its stdout is checked.
    Program {
        stdin: String,
        /// None when only files, queries or a checker judge the run.
        expected_stdout: Option<String>,
    },
    /// The solution is imported and `call` evaluated; the value is compared with `expected`.
    Call {
        call: String,
        stdin: String,
        expected: Value,
        expected_source: String,
    },
    /// An instructor's unittest module (host path) runs against the solution; every test
    /// is reported as a case.
    Tests {
        module: PathBuf,
        select: Option<String>,
    },
    /// The solution is a unittest module; it must pass on the reference implementation of
    /// `module` and fail on each mutant.
    Mutation {
        module: String,
        reference: PathBuf,
        mutants: Vec<Mutant>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Exact,
    Lines,
    Tokens,
    Regex,
}

impl Mode {
    pub fn name(self) -> &'static str {
        match self {
            Mode::Exact => "exact",
            Mode::Lines => "lines",
            Mode::Tokens => "tokens",
            Mode::Regex => "regex",
        }
    }
}

/// How a case's result is compared with what is expected.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    pub mode: Mode,
    pub float_abs: Option<f64>,
    pub float_rel: Option<f64>,
    pub ignore_case: bool,
}

impl Default for Check {
    fn default() -> Self {
        Self {
            mode: Mode::Lines,
            float_abs: None,
            float_rel: None,
            ignore_case: false,
        }
    }
}
