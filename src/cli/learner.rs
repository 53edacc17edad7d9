//! The commands a learner lives in: list, show, start, hint, progress.
use super::args::Format;
use crate::error::EXIT_PASS;
use crate::exercise::{self, CaseKind, Exercise, TRACKS};
use crate::syllabus::Catalog;
use crate::workspace::{Progress, Status, Workspace};
use crate::{Error, validate};
use anstyle::Style;
use serde::Serialize;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

fn cwd() -> Result<PathBuf, Error> {
    std::env::current_dir().map_err(|e| Error::Input {
        message: format!("cannot read the current folder: {e}"),
        help: "run pygrade from a folder that exists".into(),
    })
}

/// The learner's progress, if the current folder is in a workspace.
fn progress_here() -> Result<Progress, Error> {
    match Workspace::find(&cwd()?) {
        Some(ws) => Ok(ws.load()?),
        None => Ok(Progress::default()),
    }
}

/// Every exercise of the bank, in track order, then by id.
pub(crate) fn all_exercises(bank: &Path) -> Result<Vec<Exercise>, Error> {
    let mut exercises = Vec::new();
    for dir in validate::find_exercises(&[bank.to_owned()]) {
        exercises.push(exercise::load(&dir)?);
    }
    exercises.sort_by_key(|e| (TRACKS.iter().position(|t| *t == e.track), e.id.clone()));
    Ok(exercises)
}

pub(crate) fn load_exercise(id: &str, bank: Option<&Path>) -> Result<Exercise, Error> {
    let bank = exercise::bank_dir(bank)?;
    Ok(exercise::load(&exercise::resolve(id, &bank)?)?)
}

/// A `--track` value must name a track.
pub(crate) fn check_track(track: Option<&str>) -> Result<(), Error> {
    match track {
        Some(t) if !TRACKS.contains(&t) => Err(Error::Input {
            message: format!("unknown track `{t}`"),
            help: format!("tracks are {}", TRACKS.join(", ")),
        }),
        _ => Ok(()),
    }
}

pub fn list(track: Option<String>, bank: Option<&Path>) -> Result<i32, Error> {
    check_track(track.as_deref())?;
    let bank = exercise::bank_dir(bank)?;
    let progress = progress_here()?;
    let exercises: Vec<Exercise> = all_exercises(&bank)?
        .into_iter()
        .filter(|e| track.as_ref().is_none_or(|t| *t == e.track))
        .collect();
    let id_width = exercises
        .iter()
        .map(|e| e.id.len())
        .max()
        .unwrap_or(2)
        .max(2);
    let title_width = exercises
        .iter()
        .map(|e| e.title.chars().count())
        .max()
        .unwrap_or(5)
        .max(5);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{BOLD}{:<id_width$}  {:<title_width$}  {:<10}  {:<14}  objectives{BOLD:#}",
        "id", "title", "difficulty", "status"
    );
    for e in &exercises {
        let status = match (progress.status(&e.id), progress.exercises.get(&e.id)) {
            (Status::NotStarted, _) | (_, None) => Status::NotStarted.label().to_owned(),
            (s, Some(p)) => format!("{} {}/{}", s.label(), p.best_score, p.max_score),
        };
        let stars = format!(
            "{}{}",
            "★".repeat(e.difficulty as usize),
            "☆".repeat(5 - e.difficulty as usize)
        );
        let objectives: Vec<&str> = e
            .objectives
            .iter()
            .map(|o| o.rsplit(' ').next().unwrap_or(o))
            .collect();
        let _ = writeln!(
            out,
            "{:<id_width$}  {:<title_width$}  {stars:<10}  {status:<14}  {}",
            e.id,
            e.title,
            objectives.join(", ")
        );
    }
    if exercises.is_empty() {
        let _ = writeln!(out, "no exercises");
    }
    super::print_stdout(&out);
    Ok(EXIT_PASS)
}

pub fn show(id: &str, bank: Option<&Path>) -> Result<i32, Error> {
    let e = load_exercise(id, bank)?;
    let statement = std::fs::read_to_string(e.dir.join("README.md"))
        .unwrap_or_else(|_| format!("# {}\n", e.title));
    let mut out = String::new();
    for line in statement.lines() {
        if line.starts_with('#') {
            let _ = writeln!(out, "{BOLD}{}{BOLD:#}", line.trim_start_matches('#').trim());
        } else {
            let _ = writeln!(out, "{line}");
        }
    }
    let _ = writeln!(out, "\n{BOLD}Examples{BOLD:#} (the visible cases)");
    for case in e.cases.iter().filter(|c| !c.hidden) {
        let _ = writeln!(out, "\n  {BOLD}{}{BOLD:#}", case.name);
        match &case.kind {
            CaseKind::Program {
                stdin,
                expected_stdout,
            } => {
                let _ = writeln!(out, "  {DIM}input:{DIM:#}");
                for l in stdin.lines() {
                    let _ = writeln!(out, "    {l}");
                }
                if let Some(expected) = expected_stdout {
                    let _ = writeln!(out, "  {DIM}expected output:{DIM:#}");
                    for l in expected.lines() {
                        let _ = writeln!(out, "    {l}");
                    }
                }
            }
            CaseKind::Call { call, expected, .. } => {
                let call = call.replace('\n', "\n    ... ");
                let _ = writeln!(out, "    >>> {call}\n    {}", expected.repr());
            }
            CaseKind::Tests { module, .. } => {
                let shown = module.strip_prefix(&e.dir).unwrap_or(module);
                let _ = writeln!(
                    out,
                    "  {DIM}the tests in{DIM:#} {}",
                    e.dir.join(shown).display()
                );
            }
            CaseKind::Mutation { mutants, .. } => {
                let _ = writeln!(
                    out,
                    "  {DIM}your tests must pass on a correct implementation and catch {} bugs{DIM:#}",
                    mutants.len()
                );
            }
        }
        for file in &case.files {
            let _ = writeln!(out, "  {DIM}expected file /tmp/out/{}:{DIM:#}", file.name);
            for l in file.expected.lines() {
                let _ = writeln!(out, "    {l}");
            }
        }
    }
    let hidden = e.cases.iter().filter(|c| c.hidden).count();
    let _ = writeln!(
        out,
        "\n{DIM}{hidden} more hidden cases · limits: {} ms, {} MiB, {} KiB of output · objectives: {}{DIM:#}",
        e.limits.time.as_millis(),
        e.limits.memory_bytes >> 20,
        e.limits.output_bytes >> 10,
        e.objectives.join(", ")
    );
    let _ = writeln!(out, "start with: pygrade start {}", e.id);
    super::print_stdout(&out);
    Ok(EXIT_PASS)
}

pub fn start(id: &str, dir: Option<PathBuf>, bank: Option<&Path>) -> Result<i32, Error> {
    let e = load_exercise(id, bank)?;
    let root = match dir {
        Some(d) => d,
        None => Workspace::find(&cwd()?).map_or(cwd()?, |ws| ws.root().to_owned()),
    };
    let ws = Workspace::create(&root)?;
    let target = ws.solution_path(&e.id, e.entry.is_some());
    let shown = target
        .strip_prefix(cwd()?)
        .unwrap_or(&target)
        .display()
        .to_string();
    if target.exists() {
        return Err(Error::Input {
            message: format!("{shown} already exists; pygrade never overwrites your work"),
            help: format!("edit it and run `pygrade check {}`", e.id),
        });
    }
    let write_err = |err: std::io::Error| Error::Input {
        message: format!("cannot write {shown}: {err}"),
        help: "check that the folder is writable, or choose another with --dir".into(),
    };
    if e.entry.is_some() {
        // A package: the starter folder, copied file by file, never over an existing one.
        copy_starter(&e.dir.join("starter"), &target).map_err(write_err)?;
        super::print_stdout(&format!(
            "wrote {shown}/, the starter of {title}\n\
             next: read the statement with `pygrade show {id}`, edit the files in {shown}/, then run `pygrade check {id}`\n",
            title = e.title,
            id = e.id
        ));
        return Ok(EXIT_PASS);
    }
    let starter = std::fs::read(e.dir.join("starter.py"))
        .unwrap_or_else(|_| b"# Your solution here\n".to_vec());
    if let Some(parent) = target.parent() {
        std::fs::create_dir_all(parent).map_err(write_err)?;
    }
    // create_new: even a file that appeared since the check above is never overwritten.
    let mut file = std::fs::File::options()
        .write(true)
        .create_new(true)
        .open(&target)
        .map_err(write_err)?;
    std::io::Write::write_all(&mut file, &starter).map_err(write_err)?;
    super::print_stdout(&format!(
        "wrote {shown}, the starter of {title}\n\
         next: read the statement with `pygrade show {id}`, edit {shown}, then run `pygrade check {id}`\n",
        title = e.title,
        id = e.id
    ));
    Ok(EXIT_PASS)
}

fn copy_starter(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_starter(&entry.path(), &target)?;
        } else {
            let bytes = std::fs::read(entry.path())?;
            let mut file = std::fs::File::options()
                .write(true)
                .create_new(true)
                .open(&target)?;
            std::io::Write::write_all(&mut file, &bytes)?;
        }
    }
    Ok(())
}

pub fn hint(id: &str, bank: Option<&Path>) -> Result<i32, Error> {
    let e = load_exercise(id, bank)?;
    if e.hints.is_empty() {
        super::print_stdout("this exercise has no hints\n");
        return Ok(EXIT_PASS);
    }
    let ws = match Workspace::find(&cwd()?) {
        Some(ws) => ws,
        None => Workspace::create(&cwd()?)?,
    };
    let index = ws
        .update(|p| p.next_hint(&e.id, e.hints.len()))?
        .unwrap_or(0);
    let more = if index + 1 < e.hints.len() {
        "run `pygrade hint` again for the next one"
    } else {
        "that was the last hint"
    };
    super::print_stdout(&format!(
        "hint {} of {}: {}\n{DIM}{more}{DIM:#}\n",
        index + 1,
        e.hints.len(),
        e.hints[index]
    ));
    Ok(EXIT_PASS)
}

#[derive(Serialize)]
struct TrackProgress {
    track: String,
    passed: usize,
    exercises: usize,
    objectives_covered: Vec<String>,
    objectives: Vec<String>,
}

fn bar(done: usize, total: usize) -> String {
    const WIDTH: usize = 20;
    let filled = (done * WIDTH).checked_div(total).unwrap_or(0);
    format!("{}{}", "█".repeat(filled), "░".repeat(WIDTH - filled))
}

pub fn progress(format: Format, bank: Option<&Path>) -> Result<i32, Error> {
    let bank = exercise::bank_dir(bank)?;
    let progress = progress_here()?;
    let exercises = all_exercises(&bank)?;
    let catalog = Catalog::load(&bank)?;
    let mut tracks = Vec::new();
    for track in TRACKS {
        let in_track: Vec<&Exercise> = exercises.iter().filter(|e| e.track == track).collect();
        if in_track.is_empty() {
            continue;
        }
        let passed: Vec<&&Exercise> = in_track
            .iter()
            .filter(|e| progress.status(&e.id) == Status::Passed)
            .collect();
        // The syllabus's objectives where the exam is catalogued, else those the bank names.
        let all: BTreeSet<String> = match catalog.track_objectives(track) {
            Some(objectives) => objectives.into_iter().collect(),
            None => in_track
                .iter()
                .flat_map(|e| e.objectives.iter().cloned())
                .collect(),
        };
        let covered: BTreeSet<String> = passed
            .iter()
            .flat_map(|e| e.objectives.iter().cloned())
            .collect();
        tracks.push(TrackProgress {
            track: track.into(),
            passed: passed.len(),
            exercises: in_track.len(),
            objectives_covered: covered.into_iter().collect(),
            objectives: all.into_iter().collect(),
        });
    }
    let text = match format {
        Format::Json => {
            serde_json::to_string_pretty(&serde_json::json!({ "tracks": tracks }))
                .expect("serializes")
                + "\n"
        }
        Format::Human => {
            let mut out = String::new();
            for t in &tracks {
                let _ = writeln!(
                    out,
                    "{BOLD}{:<6}{BOLD:#} exercises  {} {:>3}/{:<3}  objectives  {} {:>3}/{}",
                    t.track,
                    bar(t.passed, t.exercises),
                    t.passed,
                    t.exercises,
                    bar(t.objectives_covered.len(), t.objectives.len()),
                    t.objectives_covered.len(),
                    t.objectives.len()
                );
            }
            if Workspace::find(&cwd()?).is_none() {
                let _ = writeln!(
                    out,
                    "{DIM}no workspace here: `pygrade start ID` makes this folder one{DIM:#}"
                );
            }
            out
        }
    };
    super::print_stdout(&text);
    Ok(EXIT_PASS)
}
