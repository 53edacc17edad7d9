//! One program run in isolation: a fresh wasmtime instance of the interpreter per run.
mod error;
mod harness;
mod image;
mod limits;
mod output;
mod quota;
mod run;

pub use error::SandboxError;
pub use harness::{
    Artist, Axes, CASE_GUEST_DIR, Figure, Frame, HARNESS_SOURCE, HarnessJob, HarnessMode,
    HarnessRecord, SUBMISSION_GUEST_DIR, TestEvent, TestFailure, TestName, TestStatus,
};
pub use image::{data_image_path, uses_data_modules};
pub use limits::Limits;
pub use run::{CollectedFile, RunOutcome, RunSpec, Sandbox, Termination};
