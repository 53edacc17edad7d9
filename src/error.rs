//! The error type every command returns, and how it maps to exit codes.
use crate::exercise::ExerciseError;
use crate::runtime::RuntimeError;
use crate::sandbox::SandboxError;

/// Exit code when every case was accepted.
pub const EXIT_PASS: i32 = 0;
/// Exit code when some case was not accepted.
pub const EXIT_FAIL: i32 = 1;
/// Exit code for bad input: a missing or malformed exercise or solution, bad arguments.
pub const EXIT_BAD_INPUT: i32 = 2;
/// Exit code when the sandbox or the runtime could not be set up.
pub const EXIT_SETUP: i32 = 3;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Exercise(#[from] ExerciseError),
    #[error("{message}")]
    Input { message: String, help: String },
    #[error(transparent)]
    Runtime(#[from] RuntimeError),
    #[error(transparent)]
    Sandbox(#[from] SandboxError),
}

impl Error {
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Exercise(_) | Error::Input { .. } => EXIT_BAD_INPUT,
            Error::Runtime(_) | Error::Sandbox(_) => EXIT_SETUP,
        }
    }

    /// A line telling the user what to do next, when there is something to say.
    pub fn help(&self) -> Option<String> {
        match self {
            Error::Exercise(e) => Some(e.help()),
            Error::Input { help, .. } => Some(help.clone()),
            Error::Runtime(e) => e.help(),
            Error::Sandbox(_) => Some(
                "this is a bug or a broken runtime cache: try `pygrade runtime install --force`"
                    .into(),
            ),
        }
    }
}
