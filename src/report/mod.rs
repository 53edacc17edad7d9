//! Rendering results: for people on a terminal, and for machines (pygrade's JSON, JUnit XML,
//! Exercism and Gradescope results, GitHub annotations). Reporters only read results.
mod diff;
mod exercism;
mod github;
mod gradescope;
mod json;
mod junit;
mod run;
mod terminal;

pub use diff::{CharSpan, LineDiff, line_diff, unified_diff};
pub use exercism::to_exercism;
pub use github::{annotations as github_annotations, summary as github_summary};
pub use gradescope::to_gradescope;
pub use json::{JSON_SCHEMA_VERSION, run_to_json, to_json};
pub use junit::to_junit;
pub use run::{ExerciseRun, Outcome, RunReport};
pub use terminal::{Style, render_check};
