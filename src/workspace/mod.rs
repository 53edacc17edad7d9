//! A learner's workspace: their solution files (`<track>/<slug>.py`, as `pygrade start`
//! writes them) and a progress store in `.pygrade/`.
mod progress;
mod store;

pub use progress::{ExerciseProgress, Progress, Status};
pub use store::{Workspace, WorkspaceError};
