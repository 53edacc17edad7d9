//! Rendering results: for people on a terminal, and for machines as JSON.
mod diff;
mod json;
mod terminal;

pub use diff::{CharSpan, LineDiff, line_diff, unified_diff};
pub use json::{JSON_SCHEMA_VERSION, to_json};
pub use terminal::{Style, render_check};
