//! One program run in isolation: a fresh wasmtime instance of the interpreter per run.
mod error;
mod harness;
mod limits;
mod output;
mod run;

pub use error::SandboxError;
pub use harness::{Frame, HARNESS_SOURCE, HarnessMode, HarnessRecord, SOLUTION_GUEST_PATH};
pub use limits::Limits;
pub use run::{RunOutcome, RunSpec, Sandbox, Termination};
