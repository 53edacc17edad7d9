//! The guest-side harness (`sandbox/harness.py`) and the records it writes.
use serde::Deserialize;

/// The Python source of the harness, embedded in the binary.
pub const HARNESS_SOURCE: &str = include_str!("../../sandbox/harness.py");

/// Where the solution is mounted, as tracebacks show it.
pub const SOLUTION_GUEST_PATH: &str = "/submission/solution.py";

/// What the harness should do with the solution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HarnessMode {
    /// Run the solution as `__main__`.
    Program,
    /// Import the solution and evaluate a Python expression in its namespace.
    Call { expression: String },
}

impl HarnessMode {
    pub(crate) fn args(&self) -> Vec<&str> {
        match self {
            HarnessMode::Program => vec!["program"],
            HarnessMode::Call { expression } => vec!["call", expression],
        }
    }
}

/// A frame of the learner's own file in a traceback.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, serde::Serialize)]
pub struct Frame {
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
        line: Option<u32>,
        offset: Option<u32>,
        end_offset: Option<u32>,
        source: String,
    },
    Returned {
        value: serde_json::Value,
    },
    HarnessError {
        message: String,
    },
}

impl HarnessRecord {
    pub fn parse(bytes: &[u8]) -> Option<Self> {
        serde_json::from_slice(bytes).ok()
    }
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
