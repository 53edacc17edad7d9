//! The exercise format (v1): loading `exercise.toml` and its files into checked values.
mod error;
mod format;
mod load;
mod locate;
mod model;
mod scaffold;

pub use error::ExerciseError;
pub use load::load;
pub use locate::{TRACKS, bank_dirs, resolve};
pub use model::{Case, CaseKind, Check, Exercise, Mode};
pub use scaffold::scaffold;
