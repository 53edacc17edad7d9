//! Runs in the data image (the interpreter snapshotted with numpy, pandas and matplotlib
//! imported) must see what a run of the plain interpreter sees: their own mounts, argv,
//! stdin, a /tmp of their own, random sources seeded per run.
use pygrade::runtime::{RuntimeHome, Silent};
use pygrade::sandbox::{
    HarnessJob, HarnessMode, HarnessRecord, Limits, RunOutcome, RunSpec, Sandbox, Termination,
};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

fn sandbox() -> &'static Sandbox {
    static SANDBOX: OnceLock<Sandbox> = OnceLock::new();
    SANDBOX.get_or_init(|| {
        let home = RuntimeHome::locate().unwrap();
        let sandbox = Sandbox::open(&home, Arc::new(Silent)).unwrap();
        assert!(sandbox.prepare_data_image(), "the data image can be made");
        sandbox
    })
}

struct Run<'a> {
    source: &'a str,
    case_dir: Option<&'a Path>,
    data_dir: Option<&'a Path>,
    seed: u64,
    memory_mib: usize,
}

impl Default for Run<'_> {
    fn default() -> Self {
        Self {
            source: "",
            case_dir: None,
            data_dir: None,
            seed: 1,
            memory_mib: 256,
        }
    }
}

fn run(r: Run<'_>) -> (RunOutcome, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("solution.py"), r.source).unwrap();
    let spec = RunSpec {
        job: HarnessJob::solution(HarnessMode::Program),
        stdin: b"a line of input\n",
        submission_dir: dir.path(),
        case_dir: r.case_dir,
        data_dir: r.data_dir,
        tmp_files: &[],
        collect: &[],
        limits: Limits {
            time: Duration::from_secs(60),
            memory_bytes: r.memory_mib << 20,
            ..Limits::default()
        },
        seed: r.seed,
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .unwrap();
    let outcome = runtime.block_on(sandbox().run(&spec)).unwrap();
    let stdout = String::from_utf8_lossy(&outcome.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    assert_eq!(outcome.termination, Termination::Exited(0), "{stderr}");
    assert_eq!(outcome.record, Some(HarnessRecord::Ok), "{stderr}");
    (outcome, stdout)
}

/// What a program can see of its run, printed; `{import}` is where the data stack may be
/// imported (which makes the run use the data image).
const PROBE: &str = r#"import sys, os
PRELOADED = "pandas" in sys.modules
{import}
print(__name__, sys.argv, sys.flags.isolated, sys.path)
print(os.getcwd(), sorted(os.listdir("/tmp")))
with open("note.txt", "w") as f:
    f.write("written")
print(sorted(os.listdir("/tmp")), open("/tmp/note.txt").read())
print(input())
"#;

#[test]
fn a_run_in_the_data_image_sees_what_a_plain_run_sees() {
    let (_, plain) = run(Run {
        source: &PROBE.replace("{import}", "print('plain')"),
        ..Run::default()
    });
    let (_, data) = run(Run {
        source: &PROBE.replace(
            "{import}",
            "import pandas\nprint('preloaded' if PRELOADED else 'plain')",
        ),
        ..Run::default()
    });
    assert!(
        data.starts_with("preloaded\n"),
        "the data image was not used: {data}"
    );
    assert_eq!(data.replacen("preloaded", "plain", 1), plain);
    assert!(plain.contains("['/submission/solution.py']"), "{plain}");
    assert!(plain.contains("a line of input"), "{plain}");
}

#[test]
fn a_run_in_the_data_image_sees_its_own_mounts() {
    // The image keeps the C library's table of mounts from when it was made: a run with
    // more mounts than that must still find each folder where it is.
    let case = tempfile::tempdir().unwrap();
    std::fs::write(case.path().join("case.txt"), "from the case").unwrap();
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("table.csv"), "shop,sales\na,3\nb,5\n").unwrap();
    let source = r#"import pandas as pd, os
print(pd.read_csv("/data/table.csv")["sales"].sum())
print(open("/case/case.txt").read())
pd.DataFrame({"x": [1]}).to_csv("/tmp/out.csv", index=False)
print(sorted(os.listdir("/tmp")), sorted(os.listdir("/data")))
"#;
    for (case_dir, data_dir) in [
        (Some(case.path()), Some(data.path())),
        (None, Some(data.path())),
    ] {
        let source = if case_dir.is_some() {
            source.to_owned()
        } else {
            source.replace(r#"print(open("/case/case.txt").read())"#, "")
        };
        let (_, out) = run(Run {
            source: &source,
            case_dir,
            data_dir,
            ..Run::default()
        });
        let expected = if case_dir.is_some() {
            "8\nfrom the case\n['out.csv'] ['table.csv']\n"
        } else {
            "8\n['out.csv'] ['table.csv']\n"
        };
        assert_eq!(out, expected);
    }
}

#[test]
fn random_sources_in_the_data_image_follow_the_run_seed() {
    let source = "import random, numpy as np\nprint(random.random(), np.random.rand())\n";
    let with_seed = |seed| {
        run(Run {
            source,
            seed,
            ..Run::default()
        })
        .1
    };
    assert_eq!(with_seed(7), with_seed(7));
    let (a, b) = (with_seed(7), with_seed(8));
    let (a, b): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    assert_ne!(a[0], b[0], "random is seeded per run");
    assert_ne!(a[1], b[1], "numpy.random is seeded per run");
}

#[test]
fn memory_of_the_preloaded_modules_is_not_charged_to_the_program() {
    // pandas and matplotlib hold tens of MiB once imported; a program that imports them
    // under a tight limit is charged for what it allocates itself.
    let (outcome, out) = run(Run {
        source: "import pandas, matplotlib.pyplot\nprint('ok')\n",
        memory_mib: 64,
        ..Run::default()
    });
    assert_eq!(out, "ok\n");
    assert!(outcome.peak_memory <= 64 << 20, "{}", outcome.peak_memory);
}
