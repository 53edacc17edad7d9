//! The data image: the interpreter snapshotted (with `wasmtime-wizer`) after importing the
//! data-science stack, so a run that uses pandas or matplotlib starts with them imported
//! instead of spending most of a second, or several with seaborn, importing them again.
//!
//! The image's interpreter has been entered through the reactor's `turn` export (its `run`
//! may not follow a turn), so runs in it are turns too: the job's argv is set by the turn's
//! code before the harness starts. Every run is still a fresh instance of the image.
use regex::Regex;
use std::path::Path;
use std::sync::LazyLock;
use wasmtime::{AsContextMut, Instance, Module, Store, Val};
use wasmtime_wizer::{InstanceState, SnapshotVal, ValType};

/// What the image has imported. The names are deleted again so the namespace of later turns
/// starts as clean as a fresh interpreter's. The comment names the mounts' order (see
/// `Layout` in run.rs): the cached image is keyed by this text, so changing it makes a new one.
pub(super) const PRELOAD: &str = "# mounts: lib, mpl-data, submission, case, data, tmp, pygrade\n\
import numpy, pandas, matplotlib, matplotlib.pyplot, seaborn\n\
del numpy, pandas, matplotlib, seaborn\n";

/// Where the data image of this engine is cached.
pub fn data_image_path(
    home: &crate::runtime::RuntimeHome,
    engine: &wasmtime::Engine,
) -> std::path::PathBuf {
    crate::runtime::image_path(home, engine, "python-data", PRELOAD)
}

/// Modules whose import the image saves: a run whose files import one of them uses it.
static DATA_IMPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?m)^[ \t]*(?:import|from)[ \t][^\n#]*\b(?:numpy|pandas|matplotlib|seaborn|scipy|sklearn|statsmodels)\b",
    )
    .expect("the pattern is valid")
});

/// Whether the Python files below `dir` import a module of the data stack. Reads at most a
/// few hundred files of at most 1 MiB: a guess that is wrong only costs speed.
pub fn uses_data_modules(dir: &Path) -> bool {
    const MAX_FILES: usize = 300;
    const MAX_BYTES: u64 = 1 << 20;
    let mut pending = vec![dir.to_path_buf()];
    let mut seen = 0;
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = entry.path();
            if kind.is_dir() {
                pending.push(path);
            } else if kind.is_file() && path.extension().is_some_and(|e| e == "py") {
                seen += 1;
                if seen > MAX_FILES {
                    return false;
                }
                let small = entry.metadata().is_ok_and(|m| m.len() <= MAX_BYTES);
                if small
                    && std::fs::read_to_string(&path).is_ok_and(|text| DATA_IMPORT.is_match(&text))
                {
                    return true;
                }
            }
        }
    }
    false
}

/// The code of a turn that runs `code` as `python -c code args...` would: argv set, and the
/// random generators the image imported re-seeded from the run's own entropy (the image
/// froze the state they had when it was made).
pub(super) fn turn_program(code: &str, args: &[&str]) -> String {
    let argv: Vec<String> = args
        .iter()
        .map(|a| format!("bytes.fromhex('{}').decode()", hex(a.as_bytes())))
        .collect();
    format!(
        "import sys as _pygrade_sys\n\
         _pygrade_sys.argv = ['-c', {}]\n\
         for _pygrade_name in ('random', 'numpy.random'):\n    \
             if _pygrade_name in _pygrade_sys.modules:\n        \
                 _pygrade_sys.modules[_pygrade_name].seed()\n\
         del _pygrade_sys, _pygrade_name\n\
         {code}",
        argv.join(", ")
    )
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Runs `code` in the instance through the reactor's `turn` export; returns its status.
pub(super) async fn call_turn<T: Send>(
    mut store: impl AsContextMut<Data = T>,
    instance: &Instance,
    code: &str,
) -> wasmtime::Result<i32> {
    let alloc = instance.get_typed_func::<i32, i32>(&mut store, "host_alloc")?;
    let turn = instance.get_typed_func::<(i32, i32), i32>(&mut store, "turn")?;
    let memory = instance
        .get_memory(&mut store, "memory")
        .ok_or_else(|| wasmtime::format_err!("the interpreter exports no memory"))?;
    let len = i32::try_from(code.len())?;
    let ptr = alloc.call_async(&mut store, len).await?;
    if ptr == 0 {
        wasmtime::bail!("the interpreter could not allocate {len} bytes for the program");
    }
    memory.write(&mut store, ptr as u32 as usize, code.as_bytes())?;
    turn.call_async(&mut store, (ptr, len)).await
}

/// The size of the linear memory an instance of `module` starts with.
pub(super) fn initial_memory(module: &Module) -> usize {
    module
        .exports()
        .find_map(|e| e.ty().memory().map(|m| m.minimum()))
        .map_or(0, |pages| (pages as usize).saturating_mul(1 << 16))
}

/// What `wasmtime-wizer` reads from the initialized instance to write the image.
pub(super) struct Initialized<'a, T: 'static> {
    pub store: &'a mut Store<T>,
    pub instance: Instance,
}

impl<T: Send> InstanceState for Initialized<'_, T> {
    async fn global_get(&mut self, name: &str, _: ValType) -> SnapshotVal {
        let global = self
            .instance
            .get_global(&mut *self.store, name)
            .expect("wizer asks only for the globals its instrumentation exported");
        match global.get(&mut *self.store) {
            Val::I32(x) => SnapshotVal::I32(x),
            Val::I64(x) => SnapshotVal::I64(x),
            Val::F32(x) => SnapshotVal::F32(x),
            Val::F64(x) => SnapshotVal::F64(x),
            Val::V128(x) => SnapshotVal::V128(x.as_u128()),
            other => unreachable!("wizer refuses modules with reference globals: {other:?}"),
        }
    }

    async fn memory_contents(&mut self, name: &str, contents: impl FnOnce(&[u8]) + Send) {
        let memory = self
            .instance
            .get_memory(&mut *self.store, name)
            .expect("wizer asks only for the memories its instrumentation exported");
        contents(memory.data(&self.store))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_imports_are_recognized() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("solution.py");
        for (source, expected) in [
            ("import pandas as pd\n", true),
            ("from matplotlib import pyplot as plt\n", true),
            ("import os, numpy\n", true),
            ("    import seaborn\n", true),
            ("import json\n# import pandas\n", false),
            ("print('import pandas')\n", false),
            ("import pandasx\n", false),
        ] {
            std::fs::write(&file, source).unwrap();
            assert_eq!(uses_data_modules(dir.path()), expected, "{source:?}");
        }
    }

    #[test]
    fn data_imports_are_found_in_packages() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("pkg")).unwrap();
        std::fs::write(dir.path().join("main.py"), "import pkg\n").unwrap();
        assert!(!uses_data_modules(dir.path()));
        std::fs::write(dir.path().join("pkg/load.py"), "from scipy import stats\n").unwrap();
        assert!(uses_data_modules(dir.path()));
    }

    #[test]
    fn a_turn_sets_argv_from_hex() {
        let program = turn_program("print(1)", &["{\"a\": 'b'}"]);
        assert!(program.contains("bytes.fromhex('7b2261223a202762277d').decode()"));
        assert!(program.ends_with("\nprint(1)"));
    }
}
