//! Per-run resource limits enforced by the store.
use std::time::Duration;

/// The limits of one run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Wall time of the run, blocking calls included.
    pub time: Duration,
    /// Guest linear memory.
    pub memory_bytes: usize,
    /// stdout and stderr together.
    pub output_bytes: usize,
    /// Bytes in the run's writable folders (/tmp, and pygrade's own result folder).
    pub disk_bytes: u64,
    /// Files, folders and links in the run's writable folders.
    pub disk_entries: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            time: Duration::from_millis(2000),
            memory_bytes: 256 << 20,
            output_bytes: 64 << 10,
            disk_bytes: 64 << 20,
            disk_entries: 1000,
        }
    }
}

/// Refuses memory growth past the limit by trapping, so the program cannot catch it and
/// the verdict can say "memory limit" rather than a confusing MemoryError traceback.
pub struct MemoryLimiter {
    limit: usize,
    pub peak: usize,
    pub hit: bool,
}

impl MemoryLimiter {
    pub fn new(limit: usize) -> Self {
        Self {
            limit,
            peak: 0,
            hit: false,
        }
    }
}

impl wasmtime::ResourceLimiter for MemoryLimiter {
    fn memory_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        if desired > self.limit {
            self.hit = true;
            return Err(wasmtime::format_err!("pygrade: memory limit exceeded"));
        }
        self.peak = self.peak.max(desired);
        Ok(true)
    }

    fn table_growing(
        &mut self,
        _current: usize,
        desired: usize,
        _maximum: Option<usize>,
    ) -> wasmtime::Result<bool> {
        Ok(desired <= 1 << 20)
    }
}
