use std::path::{Path, PathBuf};

/// A problem with an exercise: where it is (file:line when known) and what is wrong.
#[derive(Debug, thiserror::Error)]
pub enum ExerciseError {
    #[error("no exercise `{reference}`: {reason}")]
    NotFound { reference: String, reason: String },
    #[error("{}: cannot read: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}{}: {message}", path.display(), location(*line, *column))]
    Invalid {
        path: PathBuf,
        line: Option<usize>,
        column: Option<usize>,
        message: String,
    },
}

fn location(line: Option<usize>, column: Option<usize>) -> String {
    match (line, column) {
        (Some(l), Some(c)) => format!(":{l}:{c}"),
        (Some(l), None) => format!(":{l}"),
        _ => String::new(),
    }
}

impl ExerciseError {
    pub(crate) fn invalid(path: &Path, line: Option<usize>, message: impl Into<String>) -> Self {
        ExerciseError::Invalid {
            path: path.to_owned(),
            line,
            column: None,
            message: message.into(),
        }
    }

    pub fn help(&self) -> String {
        match self {
            ExerciseError::NotFound { .. } => {
                "give a folder holding exercise.toml, or an id like `pcep/celsius-to-fahrenheit` \
                 (`--exercises DIR` or PYGRADE_EXERCISES chooses the bank)"
                    .into()
            }
            ExerciseError::Io { .. } => "check that the file exists and is readable".into(),
            ExerciseError::Invalid { .. } => {
                "fix the exercise file; the format is described in README.md (Exercise format v1)"
                    .into()
            }
        }
    }
}
