//! Turning runs into verdicts: comparing output and values, explaining failures.
mod compare;
mod explain;
mod grader;
mod judge;
mod result;
mod value;

pub use compare::{Comparison, compare_output};
pub use grader::{Submission, grade};
pub use result::{CaseResult, CheckReport, ErrorInfo, Status, SyntaxErrorInfo, Verdict};
pub use value::{LiteralError, Tolerance, Value};
