//! The guest-side harness's own unit tests (sandbox/test_harness.py), run inside the sandbox
//! on the interpreter the harness is written for.
use pygrade::runtime::{RuntimeHome, Silent};
use pygrade::sandbox::{
    HarnessJob, HarnessMode, HarnessRecord, Limits, RunSpec, Sandbox, Termination,
};
use std::path::Path;
use std::time::Duration;

#[test]
fn the_harness_unit_tests_pass_inside_the_sandbox() {
    let home = RuntimeHome::locate().unwrap();
    let sandbox = Sandbox::open(&home, std::sync::Arc::new(Silent)).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("sandbox");
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(root.join("harness.py"), dir.path().join("harness.py")).unwrap();
    std::fs::copy(root.join("test_harness.py"), dir.path().join("solution.py")).unwrap();
    let spec = RunSpec {
        job: HarnessJob::solution(HarnessMode::Program),
        stdin: b"",
        submission_dir: dir.path(),
        case_dir: None,
        data_dir: None,
        tmp_files: &[],
        collect: &[],
        limits: Limits {
            time: Duration::from_secs(30),
            ..Limits::default()
        },
        seed: 1,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let outcome = runtime.block_on(sandbox.run(&spec)).unwrap();
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    assert_eq!(outcome.termination, Termination::Exited(0), "{stderr}");
    // unittest.main ends with SystemExit(0) when every test passed.
    assert_eq!(
        outcome.record,
        Some(HarnessRecord::Exit { code: 0 }),
        "{stderr}"
    );
    assert!(
        stderr.contains("Ran 9 tests") && stderr.trim_end().ends_with("OK"),
        "{stderr}"
    );
}
