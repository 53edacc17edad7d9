//! A loaded, checked exercise.
use crate::grade::Value;
use crate::sandbox::{HarnessMode, Limits};
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
}

impl Exercise {
    pub fn max_score(&self) -> u32 {
        self.cases.iter().map(|c| c.points).sum()
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
}

impl Case {
    /// What the sandbox runs for this case, and its stdin.
    pub fn harness_input(&self) -> (HarnessMode, &str) {
        match &self.kind {
            CaseKind::Program { stdin, .. } => (HarnessMode::Program, stdin),
            CaseKind::Call { call, stdin, .. } => (
                HarnessMode::Call {
                    expression: call.clone(),
                },
                stdin,
            ),
        }
    }
}

#[derive(Debug, Clone)]
pub enum CaseKind {
    /// The solution runs as `__main__` with this stdin; its stdout is checked.
    Program {
        stdin: String,
        expected_stdout: String,
    },
    /// The solution is imported and `call` evaluated; the value is compared with `expected`.
    Call {
        call: String,
        stdin: String,
        expected: Value,
        expected_source: String,
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
