//! The exercise format (v1): loading `exercise.toml` and its files into checked values.
mod bundled;
mod error;
mod format;
pub use format::{ArtistFile, ArtistKind, AxesFile, FigureFile, SCHEMA};
mod load;
mod locate;
mod model;
mod scaffold;

pub use bundled::bundled_bank;
pub use error::ExerciseError;
pub use load::load;
pub use locate::{TRACKS, bank_dir, resolve};
pub use model::{
    Case, CaseKind, Check, Exercise, ExpectedFile, FileFormat, Mode, Mutant, OUTPUT_DIR, Query,
    TEST_MODULE_FILE,
};
pub use scaffold::scaffold;
