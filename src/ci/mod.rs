//! Grading a learner's repository: which exercises it solves, where, and how strictly.
//! A `pygrade.toml` at the root says so; without one, the layout `pygrade start` writes
//! (`<track>/<slug>.py`, or a `<track>/<slug>/` folder for a package exercise) is used.
use crate::Error;
use crate::exercise::{self, TRACKS};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

pub const CONFIG_FILE: &str = "pygrade.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    /// The exercise bank, relative to the repository (default: the bundled bank).
    exercises: Option<PathBuf>,
    /// The share of listed exercises that must pass, in percent.
    threshold: Option<f64>,
    /// Exercise id -> solution file or folder, relative to the repository.
    #[serde(default)]
    solutions: BTreeMap<String, PathBuf>,
}

/// One exercise to grade and where its solution is expected.
#[derive(Debug, Clone, PartialEq)]
pub struct Planned {
    pub id: String,
    pub dir: PathBuf,
    pub solution: PathBuf,
}

#[derive(Debug)]
pub struct Plan {
    pub exercises: Vec<Planned>,
    pub threshold: Option<f64>,
}

fn config_error(path: &Path, line: Option<usize>, message: String) -> Error {
    let place = match line {
        Some(line) => format!("{}:{line}", path.display()),
        None => path.display().to_string(),
    };
    Error::Input {
        message: format!("{place}: {message}"),
        help: "see the README, section \"Grading in CI\", for pygrade.toml".into(),
    }
}

/// The exercises of `repo` and their solutions. `bank` (from the command line) wins over
/// the configuration's.
pub fn plan(repo: &Path, bank: Option<&Path>) -> Result<Plan, Error> {
    if !repo.is_dir() {
        return Err(Error::Input {
            message: format!("{} is not a folder", repo.display()),
            help: "give the root of the learner's repository: `pygrade ci DIR`".into(),
        });
    }
    let path = repo.join(CONFIG_FILE);
    let config = if path.is_file() {
        let text = std::fs::read_to_string(&path)
            .map_err(|e| config_error(&path, None, format!("cannot be read: {e}")))?;
        let config: ConfigFile = toml::from_str(&text).map_err(|e| {
            let line = e
                .span()
                .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
            config_error(&path, line, e.message().trim().to_owned())
        })?;
        if let Some(t) = config.threshold
            && !(0.0..=100.0).contains(&t)
        {
            return Err(config_error(
                &path,
                None,
                format!("`threshold` is {t}; it is a percentage, 0 to 100"),
            ));
        }
        Some(config)
    } else {
        None
    };
    let bank = match (bank, config.as_ref().and_then(|c| c.exercises.as_ref())) {
        (Some(b), _) => exercise::bank_dir(Some(b))?,
        (None, Some(b)) => exercise::bank_dir(Some(&repo.join(b)))?,
        (None, None) => exercise::bank_dir(None)?,
    };
    let mut exercises = Vec::new();
    match config {
        Some(config) if !config.solutions.is_empty() => {
            for (id, solution) in &config.solutions {
                let dir = exercise::resolve(id, &bank).map_err(|e| {
                    config_error(&path, None, format!("`solutions` names {id}: {e}"))
                })?;
                exercises.push(Planned {
                    id: id.clone(),
                    dir,
                    solution: repo.join(solution),
                });
            }
            return Ok(Plan {
                exercises,
                threshold: config.threshold,
            });
        }
        Some(config) => {
            exercises = by_convention(repo, &bank);
            return Ok(Plan {
                exercises,
                threshold: config.threshold,
            });
        }
        None => exercises = by_convention(repo, &bank),
    }
    Ok(Plan {
        exercises,
        threshold: None,
    })
}

/// Every exercise of the bank with a solution where `pygrade start` would have put it.
fn by_convention(repo: &Path, bank: &Path) -> Vec<Planned> {
    let mut found = Vec::new();
    for track in TRACKS {
        let Ok(entries) = std::fs::read_dir(bank.join(track)) else {
            continue;
        };
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.join("exercise.toml").is_file())
            .collect();
        dirs.sort();
        for dir in dirs {
            let Some(slug) = dir.file_name().map(|s| s.to_string_lossy().into_owned()) else {
                continue;
            };
            let file = repo.join(track).join(format!("{slug}.py"));
            let folder = repo.join(track).join(&slug);
            let solution = if file.is_file() {
                file
            } else if folder.is_dir() {
                folder
            } else {
                continue;
            };
            found.push(Planned {
                id: format!("{track}/{slug}"),
                dir,
                solution,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bank() -> tempfile::TempDir {
        let bank = tempfile::tempdir().unwrap();
        for id in ["pcep/a", "pcep/b", "pcap/c"] {
            std::fs::create_dir_all(bank.path().join(id)).unwrap();
            std::fs::write(bank.path().join(id).join("exercise.toml"), "").unwrap();
        }
        bank
    }

    #[test]
    fn solutions_are_found_by_convention() {
        let bank = bank();
        let repo = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(repo.path().join("pcep")).unwrap();
        std::fs::create_dir_all(repo.path().join("pcap/c")).unwrap();
        std::fs::write(repo.path().join("pcep/b.py"), "").unwrap();
        let plan = plan(repo.path(), Some(bank.path())).unwrap();
        let ids: Vec<&str> = plan.exercises.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["pcep/b", "pcap/c"]);
        assert_eq!(plan.threshold, None);
    }

    #[test]
    fn the_configuration_lists_solutions_and_bad_ones_name_the_file() {
        let bank = bank();
        let repo = tempfile::tempdir().unwrap();
        std::fs::write(
            repo.path().join(CONFIG_FILE),
            "threshold = 50\n[solutions]\n\"pcep/a\" = \"week1/a.py\"\n",
        )
        .unwrap();
        let plan = plan(repo.path(), Some(bank.path())).unwrap();
        assert_eq!(plan.exercises[0].solution, repo.path().join("week1/a.py"));
        assert_eq!(plan.threshold, Some(50.0));

        std::fs::write(repo.path().join(CONFIG_FILE), "treshold = 50\n").unwrap();
        let err = super::plan(repo.path(), Some(bank.path())).unwrap_err();
        assert_eq!(err.exit_code(), crate::error::EXIT_BAD_INPUT);
        assert!(err.to_string().contains("pygrade.toml:1"), "{err}");
        std::fs::write(
            repo.path().join(CONFIG_FILE),
            "[solutions]\n\"pcep/zz\" = \"z.py\"\n",
        )
        .unwrap();
        let err = super::plan(repo.path(), Some(bank.path())).unwrap_err();
        assert!(err.to_string().contains("pcep/zz"), "{err}");
    }
}
