//! `pygrade validate`: checks that an exercise is sound teaching material before learners
//! meet it. Each problem names the file and the key it is about.
use crate::exercise::{self, Exercise};
use crate::grade::{CheckReport, Submission, Verdict, grade};
use crate::sandbox::Sandbox;
use crate::syllabus::Catalog;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Known certification exams; objective ids are `<EXAM> <section>.<objective>`. Ids of exams
/// in the bank's syllabus catalog must exist there; others are checked for their form.
const EXAMS: [&str; 7] = [
    "PCEP-30-02",
    "PCAP-31-03",
    "PCED-30-02",
    "PCAD-31-02",
    "PCAT-31-01",
    "PCPP-32-101",
    "PCPP-32-201",
];

/// Cases the reference solution must stay within, as a share of each limit.
const HEADROOM: u32 = 4;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub key: String,
    pub message: String,
    /// Worth a look but not a fault: time depends on the machine and its load.
    pub warning: bool,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.warning {
            f.write_str("warning: ")?;
        }
        match self.line {
            Some(line) => write!(
                f,
                "{}:{line}: {}: {}",
                self.file.display(),
                self.key,
                self.message
            ),
            None => write!(f, "{}: {}: {}", self.file.display(), self.key, self.message),
        }
    }
}

/// Every folder holding `exercise.toml` under `roots` (a root may be an exercise itself).
pub fn find_exercises(roots: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        if dir.join("exercise.toml").is_file() {
            found.push(dir.to_owned());
            return;
        }
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        let mut dirs: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for d in dirs {
            walk(&d, found);
        }
    }
    let mut found = Vec::new();
    for root in roots {
        walk(root, &mut found);
    }
    found
}

fn objective_is_well_formed(id: &str) -> bool {
    let Some((exam, number)) = id.split_once(' ') else {
        return false;
    };
    // Syllabi number objectives to different depths: `2`, `1.5`, `1.1.1`.
    let parts: Vec<&str> = number.split('.').collect();
    EXAMS.contains(&exam)
        && (1..=3).contains(&parts.len())
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
}

/// Problems of the exercise in `dir`; an empty list means it is valid.
pub async fn validate_exercise(sandbox: Arc<Sandbox>, dir: &Path, jobs: usize) -> Vec<Problem> {
    let manifest = dir.join("exercise.toml");
    let problem = |file: &Path, key: &str, message: String| Problem {
        line: None,
        file: file.to_owned(),
        key: key.into(),
        message,
        warning: false,
    };
    let exercise = match exercise::load(dir) {
        Ok(e) => Arc::new(e),
        Err(exercise::ExerciseError::Invalid {
            path,
            line,
            message,
            ..
        }) => {
            return vec![Problem {
                file: path,
                line,
                key: "format".into(),
                message,
                warning: false,
            }];
        }
        Err(e) => return vec![problem(&manifest, "format", e.to_string())],
    };
    let mut problems = Vec::new();
    // The bank is two levels up: <bank>/<track>/<slug>.
    let catalog = match dir.parent().and_then(Path::parent).map(Catalog::load) {
        Some(Ok(catalog)) => catalog,
        Some(Err(e)) => {
            problems.push(problem(
                &manifest,
                "objectives",
                format!("the syllabus catalog cannot be read: {e}"),
            ));
            Catalog::default()
        }
        None => Catalog::default(),
    };
    for id in &exercise.objectives {
        if catalog.contains(id) == Some(false) {
            let code = id.split(' ').next().unwrap_or_default();
            problems.push(problem(
                &manifest,
                "objectives",
                format!(
                    "`{id}` is not in the syllabus catalog (syllabus/{}.toml)",
                    code.to_lowercase()
                ),
            ));
        } else if !objective_is_well_formed(id) {
            problems.push(problem(
                &manifest,
                "objectives",
                format!(
                    "`{id}` is not an objective id like `PCEP-30-02 1.5` (exams: {})",
                    EXAMS.join(", ")
                ),
            ));
        }
    }
    if exercise.hints.is_empty() {
        problems.push(problem(&manifest, "hints", "give at least one hint".into()));
    }
    let (solution, starter) = exercise.solution_and_starter();
    for path in [&dir.join("README.md"), &solution, &starter] {
        if !path.exists() {
            problems.push(problem(path, "file", "missing".into()));
        }
    }
    if solution.exists() {
        match run(&sandbox, &exercise, &solution, jobs).await {
            Ok(mut report) => {
                // Wall time depends on the machine's load: a case the reference lost to the
                // time limit gets a second run, one case at a time, before it counts.
                let timed_out = |r: &CheckReport| {
                    r.cases
                        .iter()
                        .filter(|c| c.verdict == Verdict::TimeLimit)
                        .count()
                };
                if timed_out(&report) > 0
                    && let Ok(again) = run(&sandbox, &exercise, &solution, 1).await
                    && timed_out(&again) < timed_out(&report)
                {
                    report = again;
                }
                problems.extend(reference_problems(&exercise, &solution, &report))
            }
            Err(e) => problems.push(problem(&solution, "run", e)),
        }
    }
    let mut wrong = Vec::new();
    if starter.exists() {
        wrong.push((starter, "starter"));
    }
    let mistakes = dir.join("mistakes");
    let mut mistake_files: Vec<PathBuf> = std::fs::read_dir(&mistakes)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "py") || p.is_dir())
                .collect()
        })
        .unwrap_or_default();
    mistake_files.sort();
    if mistake_files.is_empty() {
        problems.push(problem(
            &mistakes,
            "mistakes",
            "add at least one common wrong solution (mistakes/*.py)".into(),
        ));
    }
    wrong.extend(mistake_files.into_iter().map(|f| (f, "mistake")));
    for (file, what) in wrong {
        match run(&sandbox, &exercise, &file, jobs).await {
            Ok(report) if report.passed() => problems.push(problem(
                &file,
                what,
                format!("passes every case; a {what} must fail at least one"),
            )),
            Ok(_) => {}
            Err(e) => problems.push(problem(&file, what, e)),
        }
    }
    problems
}

async fn run(
    sandbox: &Arc<Sandbox>,
    exercise: &Arc<Exercise>,
    file: &Path,
    jobs: usize,
) -> Result<CheckReport, String> {
    let submission = Arc::new(Submission::for_exercise(file, exercise).map_err(|e| e.to_string())?);
    grade(sandbox.clone(), exercise.clone(), submission, jobs)
        .await
        .map_err(|e| e.to_string())
}

fn reference_problems(exercise: &Exercise, solution: &Path, report: &CheckReport) -> Vec<Problem> {
    let limits = &exercise.limits;
    let mut problems = Vec::new();
    // Counted in the report: every test of a test module is a case a learner sees.
    let visible = report.cases.iter().filter(|c| !c.hidden).count();
    let hidden = report.cases.len() - visible;
    for (count, least, what) in [(visible, 3, "visible"), (hidden, 2, "hidden")] {
        if count < least {
            problems.push(Problem {
                line: None,
                file: exercise.dir.join("exercise.toml"),
                key: "case".into(),
                message: format!("{count} {what} cases; give at least {least}"),
                warning: false,
            });
        }
    }
    for case in &report.cases {
        let key = format!("case `{}`", case.name);
        let mut found = |message: String, warning: bool| {
            problems.push(Problem {
                line: None,
                file: solution.to_owned(),
                key: key.clone(),
                message,
                warning,
            })
        };
        if case.verdict != Verdict::Accepted {
            let detail = case.message.clone().unwrap_or_default();
            found(
                format!(
                    "the reference solution gets {}: {detail}",
                    case.verdict.label()
                ),
                false,
            );
            continue;
        }
        // Wall time varies with the machine and its load, so it only warns.
        if case.time > limits.time / HEADROOM {
            found(
                format!(
                    "took {} ms, more than a quarter of the {} ms time limit",
                    case.time.as_millis(),
                    limits.time.as_millis()
                ),
                true,
            );
        }
        if case.peak_memory > limits.memory_bytes / HEADROOM as usize {
            found(
                format!(
                    "used {} MiB, more than a quarter of the {} MiB memory limit",
                    case.peak_memory >> 20,
                    limits.memory_bytes >> 20
                ),
                false,
            );
        }
        if case.output_bytes > limits.output_bytes / HEADROOM as usize {
            found(
                format!(
                    "printed {} bytes, more than a quarter of the {} KiB output limit",
                    case.output_bytes,
                    limits.output_bytes >> 10
                ),
                false,
            );
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objective_ids_have_an_exam_and_a_number() {
        assert!(objective_is_well_formed("PCEP-30-02 1.5"));
        assert!(objective_is_well_formed("PCPP-32-101 3.12"));
        assert!(objective_is_well_formed("PCAD-31-02 1.1.1"));
        assert!(objective_is_well_formed("PCPP-32-201 2"));
        for bad in [
            "PCEP-30-02",
            "PCEP 1.5",
            "PCEP-30-02 1.5.2.1",
            "XYZ-1 1.1",
            "PCEP-30-02 a.b",
        ] {
            assert!(!objective_is_well_formed(bad), "{bad}");
        }
    }

    #[test]
    fn exercises_are_found_below_roots() {
        let bank = tempfile::tempdir().unwrap();
        for d in ["pcep/a", "pcep/b", "pcap/c/data"] {
            std::fs::create_dir_all(bank.path().join(d)).unwrap();
        }
        for d in ["pcep/a", "pcep/b", "pcap/c"] {
            std::fs::write(bank.path().join(d).join("exercise.toml"), "").unwrap();
        }
        let found = find_exercises(&[bank.path().to_owned()]);
        let names: Vec<String> = found
            .iter()
            .map(|p| p.strip_prefix(bank.path()).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["pcap/c", "pcep/a", "pcep/b"]);
    }
}
