//! The guest-side harness (`sandbox/harness.py`) and the records it writes.
use serde::{Deserialize, Serialize};

/// The Python source of the harness, embedded in the binary.
pub const HARNESS_SOURCE: &str = include_str!("../../sandbox/harness.py");

/// Where a learner's submission is mounted; tracebacks name files relative to it.
pub const SUBMISSION_GUEST_DIR: &str = "/submission";
/// Where a run's instructor files (a test module, an implementation under test) are mounted.
pub const CASE_GUEST_DIR: &str = "/case";

/// What the harness should do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "mode", rename_all = "snake_case")]
pub enum HarnessMode {
    /// Run the entry file as `__main__`.
    Program,
    /// Import the entry and evaluate a Python expression in its namespace.
    Call { expression: String },
    /// Import the entry (if any), then run the unittest module at this guest path; with
    /// `select`, only the tests whose id matches it, as `python -m unittest -k` does.
    Tests {
        tests: String,
        #[serde(skip_serializing_if = "Option::is_none")]
        select: Option<String>,
    },
}

/// One run of the harness, passed to it as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HarnessJob {
    #[serde(flatten)]
    pub mode: HarnessMode,
    /// Guest path of the learner's file that is run or imported.
    pub entry: Option<String>,
    /// The module name the entry is imported as.
    pub module: String,
    /// Folders put first on `sys.path`.
    pub path: Vec<String>,
    /// Describe the matplotlib figures left open after the run.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub plots: bool,
    /// Also save them as PNG (read back as the run's artifacts).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub artifacts: bool,
}

impl HarnessJob {
    /// A single-file solution, `/submission/solution.py`, run or imported as `solution`.
    pub fn solution(mode: HarnessMode) -> Self {
        Self {
            mode,
            entry: Some(format!("{SUBMISSION_GUEST_DIR}/solution.py")),
            module: "solution".into(),
            path: vec![SUBMISSION_GUEST_DIR.into()],
            plots: false,
            artifacts: false,
        }
    }

    pub(crate) fn args(&self) -> Vec<String> {
        vec![serde_json::to_string(self).expect("a job serializes")]
    }
}

/// A frame of the learner's own file in a traceback.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct Frame {
    /// Relative to the submission (`solution.py`, `pkg/mod.py`), or a test module's name.
    #[serde(default)]
    pub file: String,
    pub line: u32,
    pub function: String,
    pub source: String,
}

/// How the solution ended, as the harness saw it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum HarnessRecord {
    Ok,
    Exit {
        code: i64,
    },
    Exception {
        #[serde(rename = "type")]
        type_name: String,
        message: String,
        frames: Vec<Frame>,
    },
    SyntaxError {
        #[serde(rename = "type")]
        type_name: String,
        message: String,
        #[serde(default)]
        file: Option<String>,
        line: Option<u32>,
        offset: Option<u32>,
        end_offset: Option<u32>,
        source: String,
    },
    Returned {
        value: serde_json::Value,
    },
    /// A test module ran; its tests are in the run's events.
    Tests,
    HarnessError {
        message: String,
    },
}

impl HarnessRecord {
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        serde_json::from_slice(bytes).ok()
    }
}

/// A test as the harness describes it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TestName {
    /// unittest's id: `module.Class.method`.
    pub id: String,
    pub method: String,
    /// The first line of the test's docstring.
    pub doc: Option<String>,
}

/// A failed assertion or an error, in a test or a subtest.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct TestFailure {
    #[serde(rename = "type")]
    pub type_name: String,
    pub message: String,
    pub frames: Vec<Frame>,
    /// For a subtest: its parameters, as unittest prints them.
    #[serde(default)]
    pub params: Option<String>,
    /// For a subtest: an error rather than a failed assertion.
    #[serde(default)]
    pub error: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TestStatus {
    Pass,
    Fail,
    Error,
    Skip,
    ExpectedFailure,
    UnexpectedSuccess,
}

/// A line the harness writes while a test module runs.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TestEvent {
    /// Every test about to run, in order.
    Plan { tests: Vec<TestName> },
    /// One test ended.
    Test {
        test: TestName,
        status: TestStatus,
        failure: Option<TestFailure>,
        subtests: Vec<TestFailure>,
    },
    /// The matplotlib figures a program left open.
    Figures { figures: Vec<Figure> },
}

/// A figure as the harness describes it.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Figure {
    pub title: String,
    pub axes: Vec<Axes>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Axes {
    pub title: String,
    pub xlabel: String,
    pub ylabel: String,
    pub xticklabels: Vec<String>,
    pub yticklabels: Vec<String>,
    pub legend: Vec<String>,
    pub artists: Vec<Artist>,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Artist {
    /// line, bar, barh or scatter.
    pub kind: String,
    pub label: String,
    /// Numbers, or text for categorical data.
    pub x: Vec<serde_json::Value>,
    pub y: Vec<serde_json::Value>,
    pub color: Option<String>,
}

/// The result file: test events (if any), then the record of how the run ended. Lines that
/// are not well-formed are skipped: the guest can write to this file too.
pub fn parse_result_lines(bytes: &[u8]) -> (Vec<TestEvent>, Option<HarnessRecord>) {
    let mut events = Vec::new();
    let mut record = None;
    for line in bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
        if let Ok(event) = serde_json::from_slice::<TestEvent>(line) {
            events.push(event);
            record = None;
        } else {
            record = HarnessRecord::parse(line);
        }
    }
    (events, record)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_parse() {
        let r = HarnessRecord::parse(
            br#"{"kind":"exception","type":"ZeroDivisionError","message":"division by zero","frames":[{"line":3,"function":"<module>","source":"1/0"}]}"#,
        );
        assert!(
            matches!(r, Some(HarnessRecord::Exception { ref type_name, .. }) if type_name == "ZeroDivisionError")
        );
        assert_eq!(
            HarnessRecord::parse(br#"{"kind":"ok"}"#),
            Some(HarnessRecord::Ok)
        );
        assert_eq!(HarnessRecord::parse(b"garbage"), None);
    }
}
