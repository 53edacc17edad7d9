use super::SandboxError;
use super::harness::{
    CASE_GUEST_DIR, HARNESS_SOURCE, HarnessJob, HarnessRecord, SUBMISSION_GUEST_DIR, TestEvent,
    parse_result_lines,
};
use super::limits::{Limits, MemoryLimiter};
use super::output::{CapturedOutput, OUTPUT_LIMIT_TRAP};
use super::quota::{DiskQuota, QuotaGuest};
use rand::SeedableRng;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};
use wasmtime::{Engine, InstancePre, Linker, Module, Store, Trap, UpdateDeadline};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p2::pipe::MemoryInputPipe;
use wasmtime_wasi::{FsPerms, I32Exit, WasiCtxBuilder};

/// How often the epoch advances: the granularity of the time limit.
const TICK: Duration = Duration::from_millis(10);
const GUEST_PYTHON: &str = "/usr/local/bin/python.wasm";
/// matplotlib's config and cache folder, beside the harness's results rather than in /tmp,
/// where a learner's program listing its files would meet it.
const MPL_CONFIG_DIR: &str = "matplotlib";
const MPL_CONFIG_GUEST_DIR: &str = "/pygrade/matplotlib";

struct Guest {
    wasi: WasiP1Ctx,
    limiter: MemoryLimiter,
    quota: DiskQuota,
}

impl QuotaGuest for Guest {
    fn quota_and_wasi(&mut self) -> (&mut DiskQuota, &mut WasiP1Ctx) {
        (&mut self.quota, &mut self.wasi)
    }
}

/// Advances the engine's epoch until dropped.
struct EpochTicker {
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl EpochTicker {
    fn start(engine: Engine) -> Self {
        let stop = Arc::new(AtomicBool::new(false));
        let flag = stop.clone();
        let thread = std::thread::Builder::new()
            .name("pygrade-epoch".into())
            .spawn(move || {
                while !flag.load(Ordering::Relaxed) {
                    std::thread::sleep(TICK);
                    engine.increment_epoch();
                }
            })
            .expect("a thread can be started");
        Self {
            stop,
            thread: Some(thread),
        }
    }
}

impl Drop for EpochTicker {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// The interpreter, ready to be instantiated many times. Create one per process.
pub struct Sandbox {
    engine: Engine,
    pre: InstancePre<Guest>,
    stdlib_dir: PathBuf,
    /// matplotlib's data folder, unpacked from the stdlib (see `InstalledRuntime::mpl_data`).
    mpl_data: Option<PathBuf>,
    /// matplotlib's font list, built once: each run gets a copy in its config folder, which
    /// saves every plotting run the second it takes to build.
    mpl_fontlist: Option<(String, PathBuf)>,
    /// The `-c` program that starts the harness: its source, or its precompiled code.
    boot: String,
    /// Where the data image comes from; `None` when the sandbox was made without a home.
    data_source: Option<DataSource>,
    /// The data image (see image.rs), made or loaded on first use; `None` if it failed.
    data: tokio::sync::OnceCell<Option<DataImage>>,
    /// The engine's pool has a fixed number of instance slots: a run waits for one rather
    /// than fail to instantiate.
    slots: tokio::sync::Semaphore,
    _ticker: EpochTicker,
}

struct DataSource {
    home: crate::runtime::RuntimeHome,
    wasm: PathBuf,
    observer: Arc<dyn crate::runtime::SetupObserver + Send>,
}

struct DataImage {
    pre: InstancePre<Guest>,
    /// How much more memory the image starts with than the plain interpreter: what the
    /// preloaded modules hold, not charged to the program.
    preloaded_memory: usize,
}

/// The linker every instance of the interpreter is made with.
fn guest_linker(engine: &Engine) -> wasmtime::Result<Linker<Guest>> {
    let mut linker: Linker<Guest> = Linker::new(engine);
    wasmtime_wasi::p1::add_to_linker_async(&mut linker, |g: &mut Guest| &mut g.wasi)?;
    linker.allow_shadowing(true);
    super::quota::add_shadows(&mut linker)?;
    // The interpreter's tool door; pygrade offers no tools.
    linker.func_wrap("host", "call", |_: i32, _: i32, _: i32, _: i32| -> i32 {
        -1
    })?;
    Ok(linker)
}

/// One run: what to execute and with what.
pub struct RunSpec<'a> {
    pub job: HarnessJob,
    pub stdin: &'a [u8],
    /// The learner's files (`solution.py`, or a package); mounted read-only at /submission.
    pub submission_dir: &'a Path,
    /// Instructor files this run needs (a test module, an implementation under test);
    /// mounted read-only at /case when present.
    pub case_dir: Option<&'a Path>,
    /// Mounted read-only at /data when present.
    pub data_dir: Option<&'a Path>,
    /// Files copied into the run's /tmp before it starts, as (name, host file): data the
    /// program may change, such as a SQLite database.
    pub tmp_files: &'a [(String, PathBuf)],
    /// Files read back from /tmp after the run (paths relative to /tmp).
    pub collect: &'a [String],
    pub limits: Limits,
    /// Seeds the guest's random sources, so a run is reproducible.
    pub seed: u64,
}

/// How a run ended, from the host's point of view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Termination {
    /// The interpreter returned or called exit with this status.
    Exited(i32),
    TimeLimit,
    MemoryLimit,
    OutputLimit,
    /// The guest trapped for another reason (e.g. a stack overflow).
    Crashed(String),
}

#[derive(Debug, Clone)]
pub struct RunOutcome {
    pub termination: Termination,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The harness's record, when the run got far enough to write it.
    pub record: Option<HarnessRecord>,
    pub elapsed: Duration,
    /// Largest guest linear memory seen, in bytes.
    pub peak_memory: usize,
    /// What a test module reported, test by test.
    pub events: Vec<TestEvent>,
    /// The files asked for in `collect`, in the same order.
    pub files: Vec<CollectedFile>,
    /// PNG images of the figures, when the job asked for artifacts.
    pub artifacts: Vec<Vec<u8>>,
    /// A write or a new file was refused: the run's writable space was full.
    pub disk_full: bool,
}

/// A file the program was to leave in /tmp.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CollectedFile {
    Missing,
    /// Larger than pygrade reads back (bytes).
    TooLarge(u64),
    Bytes(Vec<u8>),
}

/// Largest output file read back from a run.
const MAX_COLLECTED: u64 = 16 << 20;

fn collect(tmp: &Path, name: &str) -> CollectedFile {
    match read_guest_file(tmp, name, MAX_COLLECTED) {
        GuestFile::Missing => CollectedFile::Missing,
        GuestFile::TooLarge(len) => CollectedFile::TooLarge(len),
        GuestFile::Bytes(bytes) => CollectedFile::Bytes(bytes),
    }
}

enum GuestFile {
    Missing,
    TooLarge(u64),
    Bytes(Vec<u8>),
}

/// Reads `name` below `root`, a folder the guest could write: it may have left symlinks
/// (relative ones can point out of the sandbox), so every component is checked not to be a
/// link, and only a regular file is read - never a device or pipe of the host.
fn read_guest_file(root: &Path, name: &str, cap: u64) -> GuestFile {
    let relative = Path::new(name);
    if relative.is_absolute()
        || relative
            .components()
            .any(|c| !matches!(c, std::path::Component::Normal(_)))
    {
        return GuestFile::Missing;
    }
    let mut path = root.to_path_buf();
    for component in relative.components() {
        path.push(component);
        match std::fs::symlink_metadata(&path) {
            Ok(meta) if !meta.file_type().is_symlink() => {}
            _ => return GuestFile::Missing,
        }
    }
    let Ok(meta) = std::fs::symlink_metadata(&path) else {
        return GuestFile::Missing;
    };
    if !meta.is_file() {
        return GuestFile::Missing;
    }
    if meta.len() > cap {
        return GuestFile::TooLarge(meta.len());
    }
    match std::fs::read(&path) {
        Ok(bytes) => GuestFile::Bytes(bytes),
        Err(_) => GuestFile::Missing,
    }
}

impl Sandbox {
    pub fn new(engine: Engine, module: &Module, stdlib_dir: PathBuf) -> Result<Self, SandboxError> {
        let setup = |e: wasmtime::Error| SandboxError::Setup(e.to_string());
        let pre = guest_linker(&engine)
            .and_then(|linker| linker.instantiate_pre(module))
            .map_err(setup)?;
        let ticker = EpochTicker::start(engine.clone());
        Ok(Self {
            engine,
            pre,
            stdlib_dir,
            mpl_data: None,
            mpl_fontlist: None,
            boot: HARNESS_SOURCE.to_owned(),
            data_source: None,
            data: tokio::sync::OnceCell::new(),
            slots: tokio::sync::Semaphore::new(crate::runtime::POOL_SLOTS as usize),
            _ticker: ticker,
        })
    }

    /// Runs the harness once in a fresh instance. Errors are pygrade's own failures;
    /// anything the guest does is described by the outcome.
    pub async fn run(&self, spec: &RunSpec<'_>) -> Result<RunOutcome, SandboxError> {
        let args = spec.job.args();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        self.execute(&self.boot, &args, spec).await
    }

    async fn execute(
        &self,
        code: &str,
        args: &[&str],
        spec: &RunSpec<'_>,
    ) -> Result<RunOutcome, SandboxError> {
        // Chosen before the clock starts: making the image, once, is not the run's time.
        let wants_data = self.data_source.is_some() && wants_data(spec);
        let image = if wants_data {
            self.data_image().await
        } else {
            None
        };
        let preloaded_memory = image.map_or(0, |i| i.preloaded_memory);
        let _slot = self
            .slots
            .acquire()
            .await
            .map_err(|e| SandboxError::Setup(e.to_string()))?;
        let layout = match image {
            Some(_) => Layout::Fixed,
            None => Layout::AsNeeded,
        };
        // The image has matplotlib's fonts loaded; only a run that imports it without the
        // image needs the font list.
        let fontlist = wants_data && image.is_none();
        let (workdir, tmp, result_dir) = self.workdir(spec, layout, fontlist)?;
        let output = CapturedOutput::new(spec.limits.output_bytes);
        let (wasi, results_fd) =
            self.wasi_context(code, args, spec, &tmp, &result_dir, &output, layout)?;

        let mut store = Store::new(
            &self.engine,
            Guest {
                wasi,
                limiter: MemoryLimiter::new(spec.limits.memory_bytes + preloaded_memory),
                quota: DiskQuota::new(
                    tmp.clone(),
                    spec.limits.disk_bytes,
                    spec.limits.disk_entries,
                    result_dir.clone(),
                    results_fd,
                ),
            },
        );
        store.limiter(|g| &mut g.limiter);
        let started = Instant::now();
        let deadline = started + spec.limits.time;
        store.set_epoch_deadline(1);
        // Yield to the executor at every tick so the wall-clock timeout below can fire even
        // while the guest computes; interrupt once the limit has passed.
        store.epoch_deadline_callback(move |_| {
            if Instant::now() >= deadline {
                Ok(UpdateDeadline::Interrupt)
            } else {
                Ok(UpdateDeadline::Yield(1))
            }
        });

        let execution = async {
            if let Some(image) = image {
                let instance = image.pre.instantiate_async(&mut store).await?;
                let program = super::image::turn_program(code, args);
                return super::image::call_turn(&mut store, &instance, &program).await;
            }
            let instance = self.pre.instantiate_async(&mut store).await?;
            if let Ok(init) = instance.get_typed_func::<(), ()>(&mut store, "_initialize") {
                init.call_async(&mut store, ()).await?;
            }
            let run = instance.get_typed_func::<(), i32>(&mut store, "run")?;
            run.call_async(&mut store, ()).await
        };
        // Blocking host calls (sleep, poll) are not interrupted by epochs; this timeout is.
        let result = tokio::time::timeout(spec.limits.time, execution).await;
        let elapsed = started.elapsed();

        let captured = output.take();
        let limiter = &store.data().limiter;
        let termination = match result {
            Err(_elapsed) => Termination::TimeLimit,
            Ok(Ok(status)) => Termination::Exited(status),
            Ok(Err(error)) => {
                if let Some(exit) = error.downcast_ref::<I32Exit>() {
                    Termination::Exited(exit.0)
                } else if captured.exceeded || format!("{error:?}").contains(OUTPUT_LIMIT_TRAP) {
                    Termination::OutputLimit
                } else if limiter.hit {
                    Termination::MemoryLimit
                } else if matches!(error.downcast_ref::<Trap>(), Some(Trap::Interrupt)) {
                    Termination::TimeLimit
                } else if matches!(error.downcast_ref::<Trap>(), Some(Trap::StackOverflow)) {
                    Termination::Crashed("the program ran out of stack (recursion too deep)".into())
                } else {
                    Termination::Crashed(crash_message(&error))
                }
            }
        };
        let termination = match termination {
            Termination::Exited(_) if captured.exceeded => Termination::OutputLimit,
            other => other,
        };
        let (events, record) = read_results(&result_dir);
        // The harness ends with status 0 after writing its record; another exit status
        // means the program ended the run itself (os._exit), and what it left in the result
        // file is not to be believed.
        let (events, record) = match termination {
            Termination::Exited(status) if status != 0 => (Vec::new(), None),
            _ => (events, record),
        };
        let files = spec
            .collect
            .iter()
            .map(|name| collect(&tmp, name))
            .collect();
        let artifacts = if spec.job.artifacts {
            read_artifacts(&result_dir.join("artifacts"))
        } else {
            Vec::new()
        };
        let peak_memory = limiter.peak.saturating_sub(preloaded_memory);
        let disk_full = store.data().quota.hit;
        drop(store);
        drop(workdir);
        Ok(RunOutcome {
            termination,
            stdout: captured.stdout,
            stderr: captured.stderr,
            record,
            elapsed,
            peak_memory,
            events,
            files,
            artifacts,
            disk_full,
        })
    }

    /// A run's host folders: its /tmp (with the files the spec puts there) and the result
    /// folder mounted at /pygrade (with matplotlib's font list when `fontlist`), inside a
    /// temporary folder removed when dropped.
    fn workdir(
        &self,
        spec: &RunSpec<'_>,
        layout: Layout,
        fontlist: bool,
    ) -> Result<(tempfile::TempDir, PathBuf, PathBuf), SandboxError> {
        let workdir = tempfile::Builder::new()
            .prefix("pygrade-run-")
            .tempdir()
            .map_err(SandboxError::TempDir)?;
        let tmp = workdir.path().join("tmp");
        let result_dir = workdir.path().join("pygrade");
        for dir in [&tmp, &result_dir] {
            std::fs::create_dir(dir).map_err(SandboxError::TempDir)?;
        }
        for (name, source) in spec.tmp_files {
            std::fs::copy(source, tmp.join(name)).map_err(SandboxError::TempDir)?;
        }
        let mpl_config = result_dir.join(MPL_CONFIG_DIR);
        std::fs::create_dir(&mpl_config).map_err(SandboxError::TempDir)?;
        if let Layout::Fixed = layout {
            std::fs::create_dir(workdir.path().join(EMPTY_DIR)).map_err(SandboxError::TempDir)?;
        }
        if let (true, Some((name, source))) = (fontlist, &self.mpl_fontlist) {
            std::fs::copy(source, mpl_config.join(name)).map_err(SandboxError::TempDir)?;
        }
        Ok((workdir, tmp, result_dir))
    }

    #[allow(clippy::too_many_arguments)]
    fn wasi_context(
        &self,
        code: &str,
        args: &[&str],
        spec: &RunSpec<'_>,
        tmp: &Path,
        result_dir: &Path,
        output: &CapturedOutput,
        layout: Layout,
    ) -> Result<(WasiP1Ctx, i32), SandboxError> {
        let setup = |e: wasmtime::Error| SandboxError::Setup(e.to_string());
        let mut b = WasiCtxBuilder::new();
        // File operations on the host are short reads of local files: doing them on this
        // thread is far cheaper than a hop to tokio's blocking pool for every read.
        b.allow_blocking_current_thread(true);
        // -I: isolated mode, so nothing of an environment or the working folder leaks into
        // sys.path.
        let mut argv = vec![GUEST_PYTHON, "-I", "-c", code];
        argv.extend(args);
        b.args(&argv);
        b.envs(&[
            ("HOME", "/tmp"),
            ("TMPDIR", "/tmp"),
            ("MPLCONFIGDIR", MPL_CONFIG_GUEST_DIR),
            // No display: figures are drawn off screen.
            ("MPLBACKEND", "Agg"),
        ]);
        b.stdin(MemoryInputPipe::new(spec.stdin.to_vec()));
        b.stdout(output.stdout());
        b.stderr(output.stderr());
        b.secure_random(rand::rngs::StdRng::seed_from_u64(spec.seed));
        b.insecure_random(rand::rngs::StdRng::seed_from_u64(spec.seed ^ 0x5eed));
        b.insecure_random_seed(u128::from(spec.seed));
        b.allow_tcp(false)
            .allow_udp(false)
            .allow_ip_name_lookup(false);
        // Preopens take descriptors from 3 in order: the result folder's is counted here
        // rather than restated, so adding a mount cannot shift it unnoticed.
        let mut mounts: Vec<(&Path, &str, FsPerms)> =
            vec![(&self.stdlib_dir, "/usr/local/lib", FsPerms::ReadOnly)];
        if let Some(mpl_data) = &self.mpl_data {
            mounts.push((
                mpl_data,
                crate::runtime::MPL_DATA_GUEST_DIR,
                FsPerms::ReadOnly,
            ));
        }
        mounts.push((spec.submission_dir, SUBMISSION_GUEST_DIR, FsPerms::ReadOnly));
        let empty = tmp.with_file_name(EMPTY_DIR);
        for (dir, guest) in [(spec.case_dir, CASE_GUEST_DIR), (spec.data_dir, "/data")] {
            match (dir, layout) {
                (Some(dir), _) => mounts.push((dir, guest, FsPerms::ReadOnly)),
                (None, Layout::Fixed) => mounts.push((&empty, guest, FsPerms::ReadOnly)),
                (None, Layout::AsNeeded) => {}
            }
        }
        mounts.push((tmp, "/tmp", FsPerms::ReadWrite));
        mounts.push((result_dir, "/pygrade", FsPerms::ReadWrite));
        let results_fd = 3 + mounts.len() as i32 - 1;
        for (host, guest, perms) in mounts {
            b.preopened_dir(host, guest, perms).map_err(setup)?;
        }
        Ok((b.build_p1(), results_fd))
    }
}

impl Sandbox {
    /// The sandbox for this user: installs the runtime and compiles it on first use.
    pub fn open(
        home: &crate::runtime::RuntimeHome,
        observer: Arc<dyn crate::runtime::SetupObserver + Send>,
    ) -> Result<Self, crate::Error> {
        use crate::runtime;
        let installed = runtime::ensure_installed(home, observer.as_ref())?;
        let engine = runtime::new_engine().map_err(|e| SandboxError::Setup(e.to_string()))?;
        let compiled = runtime::load_or_compile(home, &engine, &installed, observer.as_ref())?;
        // Without it only matplotlib fails, with its own message; everything else works.
        let mpl_data = installed.mpl_data().ok();
        let mut sandbox = Self::new(engine, &compiled.module, installed.stdlib_dir)?;
        sandbox.mpl_data = mpl_data;
        sandbox.use_cached_fontlist(home);
        sandbox.use_precompiled_harness(home);
        sandbox.data_source = Some(DataSource {
            home: home.clone(),
            wasm: installed.wasm,
            observer,
        });
        Ok(sandbox)
    }

    /// Makes (or loads) the data image now rather than at the first run that needs it, so
    /// its one-time setup is not shown in the middle of other progress. Returns whether the
    /// image is usable.
    pub fn prepare_data_image(&self) -> bool {
        if self.data_source.is_none() {
            return false;
        }
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .is_ok_and(|rt| rt.block_on(self.data_image()).is_some())
    }

    async fn data_image(&self) -> Option<&DataImage> {
        self.data
            .get_or_init(|| async {
                let source = self.data_source.as_ref()?;
                match self.load_data_image(source).await {
                    Ok(image) => Some(image),
                    Err(e) => {
                        source.observer.warning(&format!(
                            "the data image could not be made, so runs import numpy and pandas themselves (slower): {e}; run `pygrade runtime install --force` to try again"
                        ));
                        None
                    }
                }
            })
            .await
            .as_ref()
    }

    async fn load_data_image(&self, source: &DataSource) -> Result<DataImage, crate::Error> {
        use crate::runtime::{self, RuntimeError, SetupStage};
        let path = super::image::data_image_path(&source.home, &self.engine);
        let module = runtime::load_or_build_image(
            &source.home,
            &self.engine,
            &path,
            source.observer.as_ref(),
            SetupStage::PreparingDataImage,
            || async {
                self.build_data_wasm(&source.wasm)
                    .await
                    .map_err(|e| RuntimeError::Compile(format!("{e:#}")))
            },
        )
        .await?;
        let pre = guest_linker(&self.engine)
            .and_then(|linker| linker.instantiate_pre(&module))
            .map_err(|e| SandboxError::Setup(e.to_string()))?;
        let preloaded_memory = super::image::initial_memory(&module)
            .saturating_sub(super::image::initial_memory(self.pre.module()));
        Ok(DataImage {
            pre,
            preloaded_memory,
        })
    }

    /// Runs the preload in an instrumented instance of the interpreter and snapshots it.
    /// Mounts and environment are a run's, so what the modules looked up while importing
    /// (matplotlib's config folder, say) is what a run sees.
    async fn build_data_wasm(&self, wasm_path: &Path) -> wasmtime::Result<Vec<u8>> {
        use wasmtime::error::Context;
        let wasm = std::fs::read(wasm_path)
            .with_context(|| format!("cannot read {}", wasm_path.display()))?;
        let wizer = wasmtime_wizer::Wizer::new();
        let (context, instrumented) = wizer.instrument(&wasm)?;
        // The instrumented module runs once: compiling it without optimizations is faster.
        let mut config = crate::runtime::engine_config();
        config.cranelift_opt_level(wasmtime::OptLevel::None);
        let engine = Engine::new(&config)?;
        let module = Module::new(&engine, &instrumented)?;
        drop(instrumented);
        let empty = tempfile::tempdir()?;
        let spec = RunSpec {
            job: HarnessJob::solution(super::HarnessMode::Program),
            stdin: b"",
            submission_dir: empty.path(),
            case_dir: None,
            data_dir: None,
            tmp_files: &[],
            collect: &[],
            limits: Limits {
                memory_bytes: 2 << 30,
                ..Limits::default()
            },
            seed: 0,
        };
        let (_workdir, tmp, result_dir) = self.workdir(&spec, Layout::Fixed, true)?;
        let output = CapturedOutput::new(1 << 20);
        let (wasi, results_fd) = self.wasi_context(
            "pass",
            &[],
            &spec,
            &tmp,
            &result_dir,
            &output,
            Layout::Fixed,
        )?;
        let mut store = Store::new(
            &engine,
            Guest {
                wasi,
                limiter: MemoryLimiter::new(spec.limits.memory_bytes),
                quota: DiskQuota::new(tmp, 1 << 30, 100_000, result_dir, results_fd),
            },
        );
        // This engine's epoch never advances: no deadline is reached.
        store.set_epoch_deadline(1);
        let instance = guest_linker(&engine)?
            .instantiate_async(&mut store, &module)
            .await?;
        let status = super::image::call_turn(&mut store, &instance, super::image::PRELOAD).await?;
        let captured = output.take();
        if status != 0 {
            wasmtime::bail!(
                "importing the modules failed (status {status}): {}",
                String::from_utf8_lossy(&captured.stderr).trim()
            );
        }
        let mut initialized = super::image::Initialized {
            store: &mut store,
            instance,
        };
        wizer.snapshot(&context, &mut initialized).await
    }

    /// Compiling the harness's source is half the cost of a short run, so its code object
    /// is compiled once by the guest itself, cached, and passed in as marshal data. Any
    /// failure here only costs speed: the source is used instead.
    fn use_precompiled_harness(&mut self, home: &crate::runtime::RuntimeHome) {
        use sha2::{Digest, Sha256};
        let pin = crate::runtime::pins().artifact("python-snapshot.wasm");
        let digest = Sha256::new()
            .chain_update(HARNESS_SOURCE)
            .chain_update(pin)
            .finalize();
        let key: String = digest.iter().take(12).map(|b| format!("{b:02x}")).collect();
        let path = home.compiled_dir().join(format!("harness-{key}.hex"));
        let cached = std::fs::read_to_string(&path).ok().filter(|h| is_hex(h));
        let hex = match cached {
            Some(hex) => hex,
            None => match self.compile_harness() {
                Some(hex) => {
                    // Written whole then renamed, so a reader never sees half of it.
                    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
                    if std::fs::create_dir_all(home.compiled_dir()).is_ok()
                        && std::fs::write(&tmp, &hex).is_ok()
                    {
                        let _ = std::fs::rename(&tmp, &path);
                    }
                    hex
                }
                None => return,
            },
        };
        // The code on a line of its own: a traceback through the harness quotes the line
        // that runs it, which must not be the whole hex.
        self.boot = format!(
            "import marshal,binascii\nh='{hex}'\nexec(marshal.loads(binascii.unhexlify(h)))"
        );
    }

    /// Builds matplotlib's font list once, in the guest, and keeps it beside the compiled
    /// module. Any failure only costs speed: matplotlib builds it in each run instead.
    fn use_cached_fontlist(&mut self, home: &crate::runtime::RuntimeHome) {
        if self.mpl_data.is_none() {
            return;
        }
        let pin = crate::runtime::pins().artifact("python-stdlib.zip");
        let key: String = pin.chars().take(16).collect();
        let dir = home.compiled_dir().join(format!("mpl-fontlist-{key}"));
        let cached = std::fs::read_dir(&dir).ok().and_then(|entries| {
            entries.flatten().map(|e| e.path()).find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with("fontlist-"))
            })
        });
        let found = match cached {
            Some(path) => Some(path),
            None => self.build_fontlist(&dir),
        };
        self.mpl_fontlist = found.and_then(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            Some((name, path))
        });
    }

    fn build_fontlist(&self, dir: &Path) -> Option<PathBuf> {
        const BUILD: &str = "import glob,os,shutil,matplotlib as m,matplotlib.font_manager;p=glob.glob(os.path.join(m.get_cachedir(),'fontlist-*.json'))[0];shutil.copy(p,'/tmp/fontlist.json');print(os.path.basename(p))";
        let empty = tempfile::tempdir().ok()?;
        let collect = ["fontlist.json".to_owned()];
        let spec = RunSpec {
            job: HarnessJob::solution(super::HarnessMode::Program),
            stdin: b"",
            submission_dir: empty.path(),
            case_dir: None,
            data_dir: None,
            tmp_files: &[],
            collect: &collect,
            limits: Limits {
                time: std::time::Duration::from_secs(60),
                ..Limits::default()
            },
            seed: 0,
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .ok()?;
        let outcome = rt.block_on(self.execute(BUILD, &[], &spec)).ok()?;
        let name = String::from_utf8(outcome.stdout).ok()?.trim().to_owned();
        let (true, Some(CollectedFile::Bytes(bytes))) = (
            name.starts_with("fontlist-") && !name.contains('/'),
            outcome.files.first(),
        ) else {
            return None;
        };
        // Written whole in a folder of its own, then renamed: readers see all or nothing.
        let staging = dir.with_extension(format!("tmp{}", std::process::id()));
        std::fs::create_dir_all(&staging).ok()?;
        std::fs::write(staging.join(&name), bytes).ok()?;
        if std::fs::rename(&staging, dir).is_err() {
            let _ = std::fs::remove_dir_all(&staging);
        }
        Some(dir.join(name)).filter(|p| p.is_file())
    }

    fn compile_harness(&self) -> Option<String> {
        const COMPILE: &str = "import marshal,sys;sys.stdout.write(marshal.dumps(compile(sys.argv[1],'<pygrade-harness>','exec')).hex())";
        let empty = tempfile::tempdir().ok()?;
        let spec = RunSpec {
            job: HarnessJob::solution(super::HarnessMode::Program),
            stdin: b"",
            submission_dir: empty.path(),
            case_dir: None,
            data_dir: None,
            tmp_files: &[],
            collect: &[],
            limits: Limits {
                output_bytes: 4 << 20,
                time: std::time::Duration::from_secs(20),
                ..Limits::default()
            },
            seed: 0,
        };
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .ok()?;
        let outcome = rt
            .block_on(self.execute(COMPILE, &[HARNESS_SOURCE], &spec))
            .ok()?;
        let hex = String::from_utf8(outcome.stdout).ok()?;
        (outcome.termination == Termination::Exited(0) && is_hex(&hex)).then_some(hex)
    }
}

/// Folder of a run's workdir mounted where a fixed layout has nothing to mount.
const EMPTY_DIR: &str = "empty";

/// Which folders a run mounts. An image made after the interpreter started keeps the C
/// library's table of mounts as it was when the image was made, so runs of it must mount
/// the same guest folders in the same order (empty ones where the run has nothing).
#[derive(Debug, Clone, Copy)]
enum Layout {
    AsNeeded,
    Fixed,
}

/// Whether a run's files import the data stack (see image.rs).
fn wants_data(spec: &RunSpec<'_>) -> bool {
    super::image::uses_data_modules(spec.submission_dir)
        || spec.case_dir.is_some_and(super::image::uses_data_modules)
}

/// The harness's events and record. The folder is writable by the guest too, so a file too
/// large to be results is ignored rather than read into memory.
/// What a learner can act on when the interpreter stopped for a reason pygrade does not
/// name otherwise: the cause, not wasm's backtrace.
fn crash_message(error: &wasmtime::Error) -> String {
    if format!("{error:?}").contains("futex_wait") {
        // A blocking wait (a full queue's put, a lock held twice) that only another thread
        // could end: wasi-libc traps rather than wait forever.
        return "the program waited for something only another thread could do (a lock, a full or empty queue, an event); the grader runs no threads: make the call non-blocking or restructure the code".into();
    }
    format!("the interpreter stopped: {}", error.root_cause())
}

fn read_results(dir: &Path) -> (Vec<TestEvent>, Option<HarnessRecord>) {
    // Above the result folder's budget (see quota.rs), so the file is never too large to read.
    const MAX_RESULTS: u64 = 32 << 20;
    match read_guest_file(dir, "result.json", MAX_RESULTS) {
        GuestFile::Bytes(bytes) => parse_result_lines(&bytes),
        _ => Default::default(),
    }
}

/// The figures saved as PNG, in order (`figure-1.png`, ...), each read with the same care as
/// any file the guest could have written.
fn read_artifacts(dir: &Path) -> Vec<Vec<u8>> {
    (1..=MAX_ARTIFACTS)
        .map_while(|n| match collect(dir, &format!("figure-{n}.png")) {
            CollectedFile::Bytes(png) => Some(png),
            _ => None,
        })
        .collect()
}

const MAX_ARTIFACTS: usize = 20;

fn is_hex(text: &str) -> bool {
    !text.is_empty() && text.len().is_multiple_of(2) && text.bytes().all(|b| b.is_ascii_hexdigit())
}
