use super::ExerciseError;
use std::path::{Path, PathBuf};

/// The certification tracks, in the order of the ladder.
pub const TRACKS: [&str; 8] = [
    "pcep", "pced", "pcap", "pcad", "pcat", "pcpp1", "pcpp2", "cepp",
];

/// The bank exercise ids are looked up in: the given one (from `--exercises` or
/// PYGRADE_EXERCISES), else the bank built into the binary.
pub fn bank_dir(explicit: Option<&Path>) -> Result<PathBuf, crate::Error> {
    match explicit {
        Some(dir) if dir.is_dir() => Ok(dir.to_owned()),
        Some(dir) => Err(crate::Error::Input {
            message: format!("the exercise bank {} is not a folder", dir.display()),
            help: "check --exercises or PYGRADE_EXERCISES".into(),
        }),
        None => Ok(super::bundled_bank(&crate::runtime::RuntimeHome::locate()?)?),
    }
}

/// Turns a folder path or an id (`pcep/celsius-to-fahrenheit`) into an exercise folder.
pub fn resolve(reference: &str, bank: &Path) -> Result<PathBuf, ExerciseError> {
    let banks = [bank.to_owned()];
    let as_path = Path::new(reference);
    if as_path.join("exercise.toml").is_file() {
        return Ok(as_path.to_owned());
    }
    let is_id = reference.split('/').count() == 2
        && reference
            .split('/')
            .all(|p| !p.is_empty() && p != "." && p != "..");
    // An id wins over a folder of the same name without exercise.toml: in a workspace,
    // `pcap/store-package` is also the learner's solution folder.
    if is_id {
        for bank in &banks {
            let dir = bank.join(reference);
            if dir.join("exercise.toml").is_file() {
                return Ok(dir);
            }
        }
    }
    if as_path.is_dir() {
        return Err(ExerciseError::NotFound {
            reference: reference.into(),
            reason: format!("the folder {} has no exercise.toml", as_path.display()),
        });
    }
    let searched: Vec<String> = banks.iter().map(|b| b.display().to_string()).collect();
    Err(ExerciseError::NotFound {
        reference: reference.into(),
        reason: if is_id {
            format!("not in {}", searched.join(", "))
        } else {
            "it is neither a folder nor an id of the form <track>/<slug>".into()
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_and_folders_resolve() {
        let bank = tempfile::tempdir().unwrap();
        let dir = bank.path().join("pcep/hello");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("exercise.toml"), "").unwrap();
        assert_eq!(resolve("pcep/hello", bank.path()).unwrap(), dir);
        assert_eq!(resolve(dir.to_str().unwrap(), bank.path()).unwrap(), dir);
        let err = resolve("pcep/nope", bank.path()).unwrap_err().to_string();
        assert!(err.contains("pcep/nope") && err.contains("not in"), "{err}");
        let err = resolve(bank.path().to_str().unwrap(), bank.path())
            .unwrap_err()
            .to_string();
        assert!(err.contains("no exercise.toml"), "{err}");
    }
}
