use super::ExerciseError;
use std::path::{Path, PathBuf};

/// The certification tracks, in the order of the ladder.
pub const TRACKS: [&str; 8] = [
    "pcep", "pced", "pcap", "pcad", "pcat", "pcpp1", "pcpp2", "cepp",
];

/// Where exercise ids are looked up, in order: the given bank (from `--exercises` or
/// PYGRADE_EXERCISES), else `./exercises`, else the bank this binary was built from.
pub fn bank_dirs(explicit: Option<&Path>) -> Vec<PathBuf> {
    if let Some(dir) = explicit {
        return vec![dir.to_owned()];
    }
    let mut dirs = vec![PathBuf::from("exercises")];
    let built_from = Path::new(env!("CARGO_MANIFEST_DIR")).join("exercises");
    if built_from.is_dir() {
        dirs.push(built_from);
    }
    dirs
}

/// Turns a folder path or an id (`pcep/celsius-to-fahrenheit`) into an exercise folder.
pub fn resolve(reference: &str, banks: &[PathBuf]) -> Result<PathBuf, ExerciseError> {
    let as_path = Path::new(reference);
    if as_path.is_dir() {
        if as_path.join("exercise.toml").is_file() {
            return Ok(as_path.to_owned());
        }
        return Err(ExerciseError::NotFound {
            reference: reference.into(),
            reason: format!("the folder {} has no exercise.toml", as_path.display()),
        });
    }
    let is_id = reference.split('/').count() == 2
        && reference
            .split('/')
            .all(|p| !p.is_empty() && p != "." && p != "..");
    if is_id {
        for bank in banks {
            let dir = bank.join(reference);
            if dir.join("exercise.toml").is_file() {
                return Ok(dir);
            }
        }
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
        let banks = vec![bank.path().to_owned()];
        assert_eq!(resolve("pcep/hello", &banks).unwrap(), dir);
        assert_eq!(resolve(dir.to_str().unwrap(), &banks).unwrap(), dir);
        let err = resolve("pcep/nope", &banks).unwrap_err().to_string();
        assert!(err.contains("pcep/nope") && err.contains("not in"), "{err}");
        let err = resolve(bank.path().to_str().unwrap(), &banks)
            .unwrap_err()
            .to_string();
        assert!(err.contains("no exercise.toml"), "{err}");
    }
}
