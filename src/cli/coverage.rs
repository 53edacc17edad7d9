//! `pygrade coverage`: which syllabus objectives the bank's exercises cover.
use super::args::Format;
use super::learner::{all_exercises, check_track};
use crate::Error;
use crate::error::{EXIT_FAIL, EXIT_PASS};
use crate::exercise;
use crate::syllabus::Catalog;
use serde::Serialize;
use std::fmt::Write;
use std::path::Path;

#[derive(Serialize)]
struct ObjectiveCoverage {
    id: String,
    section: String,
    weight: f64,
    description: String,
    exercises: Vec<String>,
}

#[derive(Serialize)]
struct TrackCoverage {
    track: String,
    exam: String,
    covered: usize,
    objectives: usize,
    percent: f64,
    uncovered: Vec<String>,
    detail: Vec<ObjectiveCoverage>,
}

pub fn run(
    track: Option<String>,
    min: Option<u8>,
    format: Format,
    bank: Option<&Path>,
) -> Result<i32, Error> {
    check_track(track.as_deref())?;
    let bank = exercise::bank_dir(bank)?;
    let catalog = Catalog::load(&bank)?;
    let exercises = all_exercises(&bank)?;
    let mut tracks = Vec::new();
    for exam in &catalog.exams {
        if track.as_ref().is_some_and(|t| *t != exam.track) {
            continue;
        }
        let mut detail = Vec::new();
        for section in &exam.sections {
            for objective in &section.objectives {
                let id = format!("{} {}", exam.exam, objective.id);
                let covering: Vec<String> = exercises
                    .iter()
                    .filter(|e| e.objectives.contains(&id))
                    .map(|e| e.id.clone())
                    .collect();
                detail.push(ObjectiveCoverage {
                    id,
                    section: section.title.clone(),
                    weight: section.weight,
                    description: objective.description.clone(),
                    exercises: covering,
                });
            }
        }
        let covered = detail.iter().filter(|o| !o.exercises.is_empty()).count();
        tracks.push(TrackCoverage {
            track: exam.track.clone(),
            exam: exam.exam.clone(),
            covered,
            objectives: detail.len(),
            percent: if detail.is_empty() {
                100.0
            } else {
                100.0 * covered as f64 / detail.len() as f64
            },
            uncovered: detail
                .iter()
                .filter(|o| o.exercises.is_empty())
                .map(|o| o.id.clone())
                .collect(),
            detail,
        });
    }
    let (covered, total): (usize, usize) = tracks
        .iter()
        .fold((0, 0), |(c, t), tr| (c + tr.covered, t + tr.objectives));
    let overall = if total == 0 {
        100.0
    } else {
        100.0 * covered as f64 / total as f64
    };
    let below: Vec<&TrackCoverage> = tracks
        .iter()
        .filter(|t| min.is_some_and(|m| t.percent < f64::from(m)))
        .collect();
    let text = match format {
        Format::Json => {
            let doc = serde_json::json!({ "tracks": tracks, "covered": covered, "objectives": total, "percent": overall });
            serde_json::to_string_pretty(&doc).expect("serializes") + "\n"
        }
        Format::Human => {
            let mut out = String::new();
            for t in &tracks {
                let _ = writeln!(
                    out,
                    "{} ({}): {}/{} objectives covered, {:.0}%",
                    t.track, t.exam, t.covered, t.objectives, t.percent
                );
                for o in &t.detail {
                    let by = if o.exercises.is_empty() {
                        "not covered".to_owned()
                    } else {
                        o.exercises.join(", ")
                    };
                    let _ = writeln!(out, "  {:<18} {by}", o.id);
                }
            }
            let _ = writeln!(
                out,
                "overall: {covered}/{total} objectives covered, {overall:.0}%"
            );
            for t in &below {
                let _ = writeln!(
                    out,
                    "{}: {:.0}% is below --min {}%",
                    t.track,
                    t.percent,
                    min.unwrap_or(0)
                );
            }
            out
        }
    };
    super::print_stdout(&text);
    Ok(if below.is_empty() {
        EXIT_PASS
    } else {
        EXIT_FAIL
    })
}
