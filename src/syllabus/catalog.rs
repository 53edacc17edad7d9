use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exam {
    pub exam: String,
    pub title: String,
    pub track: String,
    pub published: String,
    #[serde(rename = "section")]
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub number: String,
    pub title: String,
    pub weight: f64,
    #[serde(rename = "objective")]
    pub objectives: Vec<Objective>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Objective {
    /// The number after the exam code, e.g. `1.5`.
    pub id: String,
    pub description: String,
}

#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {message}", path.display())]
    Invalid { path: PathBuf, message: String },
}

impl From<CatalogError> for crate::Error {
    fn from(e: CatalogError) -> Self {
        crate::Error::Input {
            message: e.to_string(),
            help: "fix the syllabus file; the format is in exercises/syllabus/README.md".into(),
        }
    }
}

/// Every exam of a bank's `syllabus/` folder.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    pub exams: Vec<Exam>,
}

impl Exam {
    /// Full objective ids, e.g. `PCEP-30-02 1.5`, in syllabus order.
    pub fn objective_ids(&self) -> impl Iterator<Item = String> + '_ {
        self.sections.iter().flat_map(|s| {
            s.objectives
                .iter()
                .map(|o| format!("{} {}", self.exam, o.id))
        })
    }
}

impl Catalog {
    /// Loads `<bank>/syllabus/*.toml`; a bank without that folder has an empty catalog.
    pub fn load(bank: &Path) -> Result<Self, CatalogError> {
        let dir = bank.join("syllabus");
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(Self::default());
        };
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        let mut exams = Vec::new();
        for path in files {
            let text = std::fs::read_to_string(&path).map_err(|source| CatalogError::Io {
                path: path.clone(),
                source,
            })?;
            let exam: Exam = toml::from_str(&text).map_err(|e| {
                let line = e.span().map(|s| text[..s.start].matches('\n').count() + 1);
                CatalogError::Invalid {
                    path: path.clone(),
                    message: format!(
                        "{}{}",
                        line.map(|l| format!("line {l}: ")).unwrap_or_default(),
                        e.message()
                    ),
                }
            })?;
            exams.push(exam);
        }
        Ok(Self { exams })
    }

    pub fn exam(&self, code: &str) -> Option<&Exam> {
        self.exams.iter().find(|e| e.exam == code)
    }

    /// Whether `id` (`EXAM N.N`) is in the catalog; `None` when its exam is not catalogued.
    pub fn contains(&self, id: &str) -> Option<bool> {
        let (code, number) = id.split_once(' ')?;
        let exam = self.exam(code)?;
        Some(
            exam.sections
                .iter()
                .any(|s| s.objectives.iter().any(|o| o.id == number)),
        )
    }

    /// The objectives a track's exercises can cover, when its exam is catalogued.
    pub fn track_objectives(&self, track: &str) -> Option<Vec<String>> {
        let exam = self.exams.iter().find(|e| e.track == track)?;
        Some(exam.objective_ids().collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PCEP: &str = "exam = \"PCEP-30-02\"\ntitle = \"T\"\ntrack = \"pcep\"\npublished = \"2022\"\n\n[[section]]\nnumber = \"1\"\ntitle = \"S\"\nweight = 100.0\n\n[[section.objective]]\nid = \"1.5\"\ndescription = \"console I/O\"\n";

    #[test]
    fn objectives_are_looked_up_by_full_id() {
        let bank = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(bank.path().join("syllabus")).unwrap();
        std::fs::write(bank.path().join("syllabus/pcep-30-02.toml"), PCEP).unwrap();
        let catalog = Catalog::load(bank.path()).unwrap();
        assert_eq!(catalog.contains("PCEP-30-02 1.5"), Some(true));
        assert_eq!(catalog.contains("PCEP-30-02 9.9"), Some(false));
        assert_eq!(catalog.contains("PCAP-31-03 1.1"), None);
        assert_eq!(
            catalog.track_objectives("pcep").unwrap(),
            ["PCEP-30-02 1.5"]
        );
    }

    #[test]
    fn a_bad_file_names_itself_and_the_line() {
        let bank = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(bank.path().join("syllabus")).unwrap();
        std::fs::write(
            bank.path().join("syllabus/x.toml"),
            PCEP.replace("weight", "wieght"),
        )
        .unwrap();
        let err = Catalog::load(bank.path()).unwrap_err().to_string();
        assert!(err.contains("x.toml") && err.contains("line 9"), "{err}");
        assert!(
            Catalog::load(&bank.path().join("none"))
                .unwrap()
                .exams
                .is_empty()
        );
    }
}
