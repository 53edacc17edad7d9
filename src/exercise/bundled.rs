//! The exercise bank built into the binary. Exercises are folders (data files are mounted
//! into the sandbox), so the bank is unpacked once into the cache, keyed by its contents.
use crate::runtime::{RuntimeError, RuntimeHome};
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

include!(concat!(env!("OUT_DIR"), "/bundled_bank.rs"));

fn content_key() -> String {
    let mut hasher = Sha256::new();
    for (path, bytes) in BUNDLED {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    hasher
        .finalize()
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The bundled bank on disk, unpacked on first use. Written to a staging folder and
/// renamed, so a reader never sees half a bank.
pub fn bundled_bank(home: &RuntimeHome) -> Result<PathBuf, RuntimeError> {
    let parent = home.root().join("exercises");
    let dir = parent.join(content_key());
    if dir.is_dir() {
        return Ok(dir);
    }
    std::fs::create_dir_all(&parent).map_err(RuntimeError::io("cannot create", &parent))?;
    let staging = tempfile::Builder::new()
        .prefix(".unpack-")
        .tempdir_in(&parent)
        .map_err(RuntimeError::io("cannot create a folder in", &parent))?;
    for (rel, bytes) in BUNDLED {
        let path = staging.path().join(Path::new(rel));
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p).map_err(RuntimeError::io("cannot create", p))?;
        }
        std::fs::write(&path, bytes).map_err(RuntimeError::io("cannot write", &path))?;
    }
    match std::fs::rename(staging.path(), &dir) {
        Ok(()) => {
            let _ = staging.keep();
            Ok(dir)
        }
        // Another process unpacked the same bank first.
        Err(_) if dir.is_dir() => Ok(dir),
        Err(e) => Err(RuntimeError::io("cannot move into place", &dir)(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bank_is_bundled_and_unpacks_once() {
        assert!(
            BUNDLED
                .iter()
                .any(|(p, _)| *p == "pcep/celsius-to-fahrenheit/exercise.toml")
        );
        let home = RuntimeHome::at(tempfile::tempdir().unwrap().keep());
        let dir = bundled_bank(&home).unwrap();
        assert!(dir.join("pcep/celsius-to-fahrenheit/solution.py").is_file());
        assert_eq!(bundled_bank(&home).unwrap(), dir);
        let entries = std::fs::read_dir(home.root().join("exercises"))
            .unwrap()
            .count();
        assert_eq!(entries, 1, "no staging folder is left behind");
    }
}
