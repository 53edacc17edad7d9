//! The run's writable space (/tmp and /pygrade) has a budget of bytes and of entries.
//!
//! A preopened host folder has no quota of its own: a write loop filled 800 MB of the host's
//! disk in 2 s. The WASI calls that write or create are shadowed in the linker: each is
//! admitted against the budget, then handed to wasmtime-wasi's own implementation, or refused
//! with ENOSPC, which the program sees as `OSError: [Errno 51] No space left on device`, as on
//! a full disk.
//!
//! Counting is cheap: the shadows keep a running estimate (every byte written counts, even
//! rewrites) and walk the folders to measure the real use only when the estimate reaches
//! the budget.
use std::path::PathBuf;
use wasmtime::{AsContextMut, Caller, Extern, Linker};
use wasmtime_wasi::p1::WasiP1Ctx;
use wasmtime_wasi::p1::wasi_snapshot_preview1::{self, WasiSnapshotPreview1};
use wiggle::GuestMemory;

/// WASI's errno for "no space left on device".
const ENOSPC: i32 = 51;
/// WASI's errno for "bad address", for a write whose buffers lie outside memory.
const EFAULT: i32 = 21;
/// WASI's errno for "not supported".
const ENOTSUP: i32 = 58;
const STDOUT: i32 = 1;
const STDERR: i32 = 2;
const WASI: &str = "wasi_snapshot_preview1";
/// `oflags` bit of `path_open` asking to create the file.
const OFLAGS_CREATE: i32 = 1;

/// A folder's budget and what it has used.
#[derive(Debug)]
struct Budget {
    dir: PathBuf,
    max_bytes: u64,
    max_entries: u64,
    bytes: u64,
    entries: u64,
}

impl Budget {
    fn new(dir: PathBuf, max_bytes: u64, max_entries: u64) -> Self {
        let mut budget = Self {
            dir,
            max_bytes,
            max_entries,
            bytes: 0,
            entries: 0,
        };
        budget.measure();
        budget
    }

    /// Sets the estimate to what the folder really holds: sizes of files (as their length,
    /// so a sparse file counts whole) and every file, folder and link.
    fn measure(&mut self) {
        let (mut bytes, mut entries) = (0, 0);
        let mut pending = vec![self.dir.clone()];
        while let Some(dir) = pending.pop() {
            let Ok(read) = std::fs::read_dir(&dir) else {
                continue;
            };
            for entry in read.flatten() {
                entries += 1;
                let Ok(meta) = entry.metadata() else { continue };
                if meta.is_dir() {
                    pending.push(entry.path());
                } else if meta.is_file() {
                    bytes += meta.len();
                }
            }
        }
        self.bytes = bytes;
        self.entries = entries;
    }

    fn admit_bytes(&mut self, n: u64) -> bool {
        if self.bytes.saturating_add(n) > self.max_bytes {
            self.measure();
            if self.bytes.saturating_add(n) > self.max_bytes {
                return false;
            }
        }
        self.bytes += n;
        true
    }

    fn admit_entry(&mut self) -> bool {
        if self.entries >= self.max_entries {
            self.measure();
            if self.entries >= self.max_entries {
                return false;
            }
        }
        self.entries += 1;
        true
    }
}

/// The run's writable space: the program's /tmp, and pygrade's own result folder, each
/// with its budget, so a program that fills /tmp does not keep the harness from writing
/// its record. A file belongs to the folder its descriptor was opened under.
#[derive(Debug)]
pub struct DiskQuota {
    tmp: Budget,
    results: Budget,
    /// Descriptors under the result folder: its preopen, and what was opened from those.
    result_fds: std::collections::HashSet<i32>,
    /// A write or create in /tmp was refused.
    pub hit: bool,
}

/// pygrade's result folder: records, figures, matplotlib's cache.
const RESULTS_BYTES: u64 = 16 << 20;
const RESULTS_ENTRIES: u64 = 200;

impl DiskQuota {
    /// Budgets for `tmp` and for the result folder `results`, preopened as `results_fd`.
    pub fn new(
        tmp: PathBuf,
        max_bytes: u64,
        max_entries: u64,
        results: PathBuf,
        results_fd: i32,
    ) -> Self {
        Self {
            tmp: Budget::new(tmp, max_bytes, max_entries),
            results: Budget::new(results, RESULTS_BYTES, RESULTS_ENTRIES),
            result_fds: [results_fd].into(),
            hit: false,
        }
    }

    fn budget(&mut self, fd: i32) -> &mut Budget {
        if self.result_fds.contains(&fd) {
            &mut self.results
        } else {
            &mut self.tmp
        }
    }

    fn refused(&mut self, fd: i32) -> bool {
        if !self.result_fds.contains(&fd) {
            self.hit = true;
        }
        false
    }

    /// May `n` more bytes be written through `fd`?
    pub fn admit_bytes(&mut self, fd: i32, n: u64) -> bool {
        self.budget(fd).admit_bytes(n) || self.refused(fd)
    }

    /// May one more file, folder or link be created under folder descriptor `dirfd`?
    pub fn admit_entry(&mut self, dirfd: i32) -> bool {
        self.budget(dirfd).admit_entry() || self.refused(dirfd)
    }

    /// `opened` was opened under `dirfd` (or took over the number of an old descriptor).
    fn opened(&mut self, dirfd: i32, opened: i32) {
        if self.result_fds.contains(&dirfd) {
            self.result_fds.insert(opened);
        } else {
            self.result_fds.remove(&opened);
        }
    }
}

/// What the shadows need from the store's data.
pub trait QuotaGuest {
    fn quota_and_wasi(&mut self) -> (&mut DiskQuota, &mut WasiP1Ctx);
}

/// Bytes an `iovec` array asks to write, or None if it lies outside memory.
fn iovec_total(memory: &[u8], iovs: i32, count: i32) -> Option<u64> {
    let start = usize::try_from(iovs as u32).ok()?;
    let len = usize::try_from(count as u32).ok()?.checked_mul(8)?;
    let array = memory.get(start..start.checked_add(len)?)?;
    Some(
        array
            .chunks_exact(8)
            .map(|iov| u64::from(u32::from_le_bytes([iov[4], iov[5], iov[6], iov[7]])))
            .sum(),
    )
}

/// Defines a shadow of WASI function `$name`: `$admit` (given the quota and the guest's
/// memory) decides, then wasmtime-wasi's implementation runs as its own linker entry would.
macro_rules! shadow {
    ($linker:expr, $name:ident, ($($arg:ident: $ty:ty),*), |$quota:ident, $memory:ident| $admit:expr) => {
        shadow!($linker, $name, ($($arg: $ty),*), |$quota, $memory| $admit, |_q, _m, _errno| ())
    };
    ($linker:expr, $name:ident, ($($arg:ident: $ty:ty),*), |$quota:ident, $memory:ident| $admit:expr, |$quota_after:ident, $memory_after:ident, $errno:ident| $after:expr) => {
        $linker.func_wrap_async(
            WASI,
            stringify!($name),
            |mut caller: Caller<'_, T>, ($($arg,)*): ($($ty,)*)| {
                Box::new(async move {
                    let Some(Extern::Memory(memory)) = caller.get_export("memory") else {
                        wasmtime::bail!("the guest exports no memory");
                    };
                    let fuel = caller.as_context_mut().hostcall_fuel();
                    let ($memory, data) = memory.data_and_store_mut(&mut caller);
                    let ($quota, wasi) = data.quota_and_wasi();
                    let admitted: Result<bool, i32> = $admit;
                    match admitted {
                        Ok(true) => {}
                        Ok(false) => return Ok(ENOSPC),
                        Err(errno) => return Ok(errno),
                    }
                    wasi.set_hostcall_fuel(fuel);
                    let mut guest_memory = GuestMemory::Unshared($memory);
                    let $errno = wasi_snapshot_preview1::$name(wasi, &mut guest_memory, $($arg),*).await?;
                    let ($memory_after, data) = memory.data_and_store_mut(&mut caller);
                    let ($quota_after, _) = data.quota_and_wasi();
                    $after;
                    Ok($errno)
                })
            },
        )?
    };
}

/// Replaces WASI's writing and creating functions in `linker` by ones that keep to the
/// store's [`DiskQuota`]. `linker` must allow shadowing.
pub fn add_shadows<T: QuotaGuest + Send + 'static>(linker: &mut Linker<T>) -> wasmtime::Result<()> {
    // stdout and stderr have their own budget (and must work to report a full disk).
    shadow!(linker, fd_write, (fd: i32, iovs: i32, count: i32, written: i32), |quota, memory| {
        if fd == STDOUT || fd == STDERR {
            Ok(true)
        } else {
            iovec_total(memory, iovs, count)
                .map(|n| quota.admit_bytes(fd, n))
                .ok_or(EFAULT)
        }
    });
    // ... so no file may take their numbers.
    shadow!(
        linker,
        fd_renumber,
        (fd: i32, to: i32),
        |_quota, _memory| {
            if (0..=STDERR).contains(&to) {
                Err(ENOTSUP)
            } else {
                Ok(true)
            }
        },
        |quota, _memory, errno| if errno == 0 {
            if quota.result_fds.remove(&fd) {
                quota.result_fds.insert(to);
            } else {
                quota.result_fds.remove(&to);
            }
        }
    );
    shadow!(
        linker,
        fd_pwrite,
        (fd: i32, iovs: i32, count: i32, offset: i64, written: i32),
        |quota, memory| {
            iovec_total(memory, iovs, count)
                .map(|n| quota.admit_bytes(fd, n))
                .ok_or(EFAULT)
        }
    );
    // Growing a file by truncate writes nothing, but its length counts.
    shadow!(linker, fd_filestat_set_size, (fd: i32, size: i64), |quota, _memory| {
        Ok(quota.admit_bytes(fd, size.max(0) as u64))
    });
    // Opening with "create" at the limit is refused even for a file that exists: fine for
    // a budget far above what exercises need.
    shadow!(
        linker,
        path_open,
        (
            fd: i32,
            dirflags: i32,
            path: i32,
            path_len: i32,
            oflags: i32,
            rights_base: i64,
            rights_inheriting: i64,
            fdflags: i32,
            opened: i32
        ),
        |quota, _memory| Ok(oflags & OFLAGS_CREATE == 0 || quota.admit_entry(fd)),
        |quota, memory, errno| if errno == 0 {
            let at = opened as u32 as usize;
            if let Some(bytes) = memory.get(at..at + 4) {
                let new_fd = i32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]);
                quota.opened(fd, new_fd);
            }
        }
    );
    shadow!(linker, path_create_directory, (fd: i32, path: i32, path_len: i32), |quota, _memory| {
        Ok(quota.admit_entry(fd))
    });
    shadow!(
        linker,
        path_symlink,
        (old_path: i32, old_len: i32, fd: i32, new_path: i32, new_len: i32),
        |quota, _memory| Ok(quota.admit_entry(fd))
    );
    shadow!(
        linker,
        path_link,
        (
            old_fd: i32,
            old_flags: i32,
            old_path: i32,
            old_len: i32,
            new_fd: i32,
            new_path: i32,
            new_len: i32
        ),
        |quota, _memory| Ok(quota.admit_entry(new_fd))
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quota(dir: &std::path::Path, bytes: u64, entries: u64) -> DiskQuota {
        let results = dir.join("results");
        std::fs::create_dir_all(&results).unwrap();
        let tmp = dir.join("tmp");
        std::fs::create_dir_all(&tmp).unwrap();
        DiskQuota::new(tmp, bytes, entries, results, 9)
    }

    #[test]
    fn counts_files_folders_and_sizes() {
        let dir = tempfile::tempdir().unwrap();
        let tmp = dir.path().join("tmp");
        std::fs::create_dir(&tmp).unwrap();
        std::fs::write(tmp.join("a"), [0u8; 100]).unwrap();
        std::fs::create_dir(tmp.join("sub")).unwrap();
        std::fs::write(tmp.join("sub/b"), [0u8; 50]).unwrap();
        let quota = quota(dir.path(), u64::MAX, u64::MAX);
        assert_eq!((quota.tmp.bytes, quota.tmp.entries), (150, 3));
    }

    #[test]
    fn refuses_bytes_past_the_budget_once_measured() {
        let dir = tempfile::tempdir().unwrap();
        let mut quota = quota(dir.path(), 1000, 10);
        assert!(quota.admit_bytes(5, 600));
        // The estimate says 1200, but nothing was written: measuring admits it.
        assert!(quota.admit_bytes(5, 600));
        assert!(!quota.hit);
        // Written behind the estimate's back: measuring at the budget finds it.
        std::fs::write(dir.path().join("tmp/a"), [0u8; 900]).unwrap();
        assert!(!quota.admit_bytes(5, 500));
        assert!(quota.hit);
        assert!(quota.admit_bytes(5, 100), "what still fits is admitted");
    }

    #[test]
    fn refuses_entries_past_the_budget_once_measured() {
        let dir = tempfile::tempdir().unwrap();
        let mut quota = quota(dir.path(), 1000, 2);
        assert!(quota.admit_entry(5));
        std::fs::write(dir.path().join("tmp/a"), b"").unwrap();
        assert!(quota.admit_entry(5));
        std::fs::create_dir(dir.path().join("tmp/b")).unwrap();
        assert!(!quota.admit_entry(5));
        assert!(quota.hit);
    }

    #[test]
    fn a_full_tmp_leaves_the_result_folder_its_own_budget() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("tmp")).unwrap();
        std::fs::write(dir.path().join("tmp/a"), [0u8; 1000]).unwrap();
        let mut quota = quota(dir.path(), 1000, 2);
        assert!(!quota.admit_bytes(5, 1));
        quota.opened(9, 12);
        assert!(
            quota.admit_bytes(12, 4096),
            "a file opened under the result folder"
        );
        quota.opened(5, 12);
        assert!(
            !quota.admit_bytes(12, 1),
            "the number now belongs to a file in /tmp"
        );
    }
}
