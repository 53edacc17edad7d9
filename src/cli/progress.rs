//! Shows runtime setup on stderr: a spinner on a terminal, plain lines otherwise.
use crate::runtime::{SetupObserver, SetupStage};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::sync::Mutex;
use std::time::Duration;

/// A bar counting `len` items on a terminal's stderr; hidden otherwise, where callers print
/// plain lines instead.
pub fn count_bar(len: usize) -> ProgressBar {
    if !std::io::stderr().is_terminal() {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(len as u64);
    bar.set_style(
        ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}").expect("the template is valid"),
    );
    bar
}

pub struct SetupProgress {
    spinner: Mutex<Option<ProgressBar>>,
    terminal: bool,
}

impl SetupProgress {
    pub fn new() -> Self {
        Self {
            spinner: Mutex::new(None),
            terminal: std::io::stderr().is_terminal(),
        }
    }
}

impl SetupObserver for SetupProgress {
    fn stage(&self, stage: SetupStage) {
        if !self.terminal {
            eprintln!("pygrade: {}", stage.describe());
            return;
        }
        let mut spinner = self.spinner.lock().unwrap_or_else(|e| e.into_inner());
        let bar = spinner.get_or_insert_with(|| {
            let bar = ProgressBar::new_spinner();
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg} [{elapsed}]")
                    .expect("the template is valid"),
            );
            bar.enable_steady_tick(Duration::from_millis(100));
            bar
        });
        bar.set_message(stage.describe());
    }

    fn done(&self) {
        self.clear();
        eprintln!("pygrade: the runtime is ready");
    }

    fn warning(&self, message: &str) {
        self.clear();
        eprintln!("pygrade: warning: {message}");
    }
}

impl SetupProgress {
    fn clear(&self) {
        if let Some(bar) = self
            .spinner
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
        {
            bar.finish_and_clear();
        }
    }
}

impl Drop for SetupProgress {
    fn drop(&mut self) {
        self.clear();
    }
}
