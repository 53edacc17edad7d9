//! Any bytes as exercise.toml: the loader returns an exercise or an error, never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let dir = tempfile::tempdir().expect("a temp dir");
    std::fs::write(dir.path().join("exercise.toml"), data).expect("written");
    let _ = pygrade::exercise::load(dir.path());
});
