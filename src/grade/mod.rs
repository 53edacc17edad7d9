//! Turning runs into verdicts: comparing output and values, explaining failures.
mod checker;
mod compare;
mod explain;
mod files;
mod grader;
mod judge;
mod mutation;
mod plots;
mod queries;
mod result;
mod submission;
mod unittest;
mod value;

pub use compare::{Comparison, compare_output};
pub use grader::{Submission, grade, grade_with};
pub use result::{CaseResult, CheckReport, ErrorInfo, Status, SyntaxErrorInfo, Verdict};
pub use value::{LiteralError, Tolerance, Value};
