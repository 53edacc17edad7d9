use super::install::{InstalledRuntime, SetupLock, remove_leftovers};
use super::pins::{SNAPSHOT_WASM, pins};
use super::{RuntimeError, RuntimeHome, SetupObserver, SetupStage};
use sha2::{Digest, Sha256};
use std::fs;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use wasmtime::{Config, Engine, Module};

/// The engine configuration every sandbox uses. A compiled module is only valid for the
/// configuration it was compiled with, so there is exactly one.
pub fn engine_config() -> Config {
    let mut config = Config::new();
    // The interpreter uses the exception-handling proposal.
    config.wasm_exceptions(true);
    // The CPU limit: a ticker thread advances the epoch; see sandbox::engine.
    config.epoch_interruption(true);
    // Native CPython has the C stack's 8 MiB: freeing a 10,000-node linked list or a list
    // nested 3,000 deep overflowed wasmtime's default 512 KiB. Deep recursion still ends
    // in a stack overflow, reported as such.
    config.max_wasm_stack(8 << 20);
    config.async_stack_size(9 << 20);
    config
}

/// The engine runs use: instances come from a pool of slots set up once, measured 5-10%
/// faster per run than mapping each instance's memory anew. A slot is only address space
/// until used (memory images are mapped copy-on-write), so there are many more slots than
/// runs at a time. Where that much address space cannot be reserved (a `ulimit -v`), the
/// engine maps each instance on demand instead; compiled modules suit both.
/// `PYGRADE_POOLING=off` asks for on-demand instances, to compare the two with `bench`.
pub fn new_engine() -> wasmtime::Result<Engine> {
    if std::env::var_os("PYGRADE_POOLING").is_some_and(|v| v == "off") {
        return Engine::new(&engine_config());
    }
    let mut pool = wasmtime::PoolingAllocationConfig::new();
    pool.total_memories(POOL_SLOTS)
        .total_tables(POOL_SLOTS)
        .total_core_instances(POOL_SLOTS)
        .total_stacks(POOL_SLOTS)
        .max_memory_size(4 << 30)
        .table_elements(1 << 20)
        .max_core_instance_size(16 << 20);
    let mut pooled = engine_config();
    pooled.allocation_strategy(wasmtime::InstanceAllocationStrategy::Pooling(pool));
    Engine::new(&pooled).or_else(|_| Engine::new(&engine_config()))
}

/// Instances alive at once in one process: runs at a time are bounded by the cores.
pub const POOL_SLOTS: u32 = 256;

/// The interpreter compiled for this engine.
pub struct CompiledModule {
    pub module: Module,
    pub path: PathBuf,
}

/// Feeds `Hash` output into SHA-256, so the cache key is stable across pygrade builds
/// (std's `DefaultHasher` makes no such promise).
struct Sha256Hasher(Sha256);

impl Hasher for Sha256Hasher {
    fn finish(&self) -> u64 {
        unreachable!("only the full digest is used")
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }
}

/// A short, stable cache key: the first 12 bytes of a SHA-256 over the engine's
/// compatibility hash (wasmtime version, configuration, host CPU features) and `parts`.
fn cache_key(engine: &Engine, parts: &[&str]) -> String {
    let mut hasher = Sha256Hasher(Sha256::new());
    for part in parts {
        part.hash(&mut hasher);
    }
    engine.precompile_compatibility_hash().hash(&mut hasher);
    let digest = hasher.0.finalize();
    digest.iter().take(12).map(|b| format!("{b:02x}")).collect()
}

/// The cache file of the compiled module: keyed by the wasm's pinned hash and the engine.
pub fn compiled_path(home: &RuntimeHome, engine: &Engine) -> PathBuf {
    let key = cache_key(engine, &[pins().artifact(SNAPSHOT_WASM)]);
    home.compiled_dir()
        .join(format!("python-snapshot-{key}.cwasm"))
}

/// The cache file of an image made from the interpreter by running `recipe` in it.
pub fn image_path(home: &RuntimeHome, engine: &Engine, name: &str, recipe: &str) -> PathBuf {
    let key = cache_key(engine, &[pins().artifact(SNAPSHOT_WASM), recipe]);
    home.compiled_dir().join(format!("{name}-{key}.cwasm"))
}

/// Loads the compiled interpreter from the cache, compiling it once if it is not there.
pub fn load_or_compile(
    home: &RuntimeHome,
    engine: &Engine,
    runtime: &InstalledRuntime,
    observer: &dyn SetupObserver,
) -> Result<CompiledModule, RuntimeError> {
    let path = compiled_path(home, engine);
    if let Some(module) = try_load(engine, &path) {
        return Ok(CompiledModule { module, path });
    }
    let _lock = SetupLock::acquire(home, observer)?;
    // Another process may have compiled it while this one waited for the lock.
    if let Some(module) = try_load(engine, &path) {
        return Ok(CompiledModule { module, path });
    }
    // Half-written modules of a killed compile (temporary files, never renamed into place).
    remove_leftovers(&home.compiled_dir(), ".tmp");
    observer.stage(SetupStage::Compiling);
    let wasm = fs::read(&runtime.wasm).map_err(RuntimeError::io("cannot read", &runtime.wasm))?;
    let module = compile_and_store(engine, &wasm, &path)?;
    observer.done();
    Ok(CompiledModule { module, path })
}

/// Loads the image at `path` from the cache; if it is not there, `build` makes its wasm
/// (under the setup lock, so two processes never build it at once), which is compiled and
/// kept.
pub async fn load_or_build_image<F, Fut>(
    home: &RuntimeHome,
    engine: &Engine,
    path: &Path,
    observer: &dyn SetupObserver,
    stage: SetupStage,
    build: F,
) -> Result<Module, RuntimeError>
where
    F: FnOnce() -> Fut,
    Fut: std::future::Future<Output = Result<Vec<u8>, RuntimeError>>,
{
    if let Some(module) = try_load(engine, path) {
        return Ok(module);
    }
    let _lock = SetupLock::acquire(home, observer)?;
    if let Some(module) = try_load(engine, path) {
        return Ok(module);
    }
    observer.stage(stage);
    let wasm = build().await?;
    let module = compile_and_store(engine, &wasm, path)?;
    observer.done();
    Ok(module)
}

fn compile_and_store(engine: &Engine, wasm: &[u8], path: &Path) -> Result<Module, RuntimeError> {
    let bytes = engine
        .precompile_module(wasm)
        .map_err(|e| RuntimeError::Compile(e.to_string()))?;
    write_atomically(path, &bytes)?;
    drop(bytes);
    remove_stale(path);
    try_load(engine, path)
        .ok_or_else(|| RuntimeError::Compile(format!("{} cannot be loaded back", path.display())))
}

/// Removes the cached modules `path` replaces: same name, another key (an older pin, engine
/// or recipe). They are hundreds of MB each; a process still using one keeps its mapping.
fn remove_stale(path: &Path) {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name().and_then(|n| n.to_str())) else {
        return;
    };
    let Some((stem, _key)) = name.rsplit_once('-') else {
        return;
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let other = entry.file_name();
        let Some(other) = other.to_str() else {
            continue;
        };
        let same_kind = other
            .rsplit_once('-')
            .is_some_and(|(s, key)| s == stem && key.ends_with(".cwasm"));
        if same_kind && other != name {
            let _ = fs::remove_file(entry.path());
        }
    }
}

fn try_load(engine: &Engine, path: &Path) -> Option<Module> {
    if !path.is_file() {
        return None;
    }
    // SAFETY: the file was written by `precompile_module` of an engine with the same
    // compatibility hash (it is in the name), renamed into place only when complete, and
    // lives in the user's own cache.
    match unsafe { Module::deserialize_file(engine, path) } {
        Ok(module) => Some(module),
        Err(_) => {
            // Corrupt or from an incompatible build: compile again.
            let _ = fs::remove_file(path);
            None
        }
    }
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), RuntimeError> {
    let dir = path.parent().expect("cache files live in a folder");
    fs::create_dir_all(dir).map_err(RuntimeError::io("cannot create", dir))?;
    let mut tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(RuntimeError::io("cannot write in", dir))?;
    std::io::Write::write_all(&mut tmp, bytes)
        .map_err(RuntimeError::io("cannot write", tmp.path()))?;
    tmp.as_file()
        .sync_all()
        .map_err(RuntimeError::io("cannot write", path))?;
    tmp.persist(path)
        .map_err(|e| RuntimeError::io("cannot write", path)(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_image_replaces_older_ones_of_its_kind_only() {
        let dir = tempfile::tempdir().unwrap();
        let names = [
            "python-data-aaa.cwasm",
            "python-data-bbb.cwasm",
            "python-snapshot-ccc.cwasm",
            "harness-ddd.hex",
        ];
        for name in names {
            fs::write(dir.path().join(name), b"x").unwrap();
        }
        remove_stale(&dir.path().join("python-data-bbb.cwasm"));
        let mut left: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        assert_eq!(
            left,
            [
                "harness-ddd.hex",
                "python-data-bbb.cwasm",
                "python-snapshot-ccc.cwasm"
            ]
        );
    }

    #[test]
    fn image_keys_follow_the_recipe() {
        let engine = Engine::new(&engine_config()).unwrap();
        let home = RuntimeHome::at("/nonexistent");
        let a = image_path(&home, &engine, "python-data", "import pandas");
        assert_eq!(
            a,
            image_path(&home, &engine, "python-data", "import pandas")
        );
        assert_ne!(a, image_path(&home, &engine, "python-data", "import numpy"));
        assert_ne!(a, compiled_path(&home, &engine));
    }
}
