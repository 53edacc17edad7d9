use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Marks the file as pygrade's, so a foreign file of the same name is never overwritten.
pub const FORMAT: &str = "pygrade-progress";
pub const VERSION: u32 = 1;

/// What a learner has done, per exercise id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Progress {
    pub format: String,
    pub version: u32,
    pub exercises: BTreeMap<String, ExerciseProgress>,
}

impl Default for Progress {
    fn default() -> Self {
        Self {
            format: FORMAT.into(),
            version: VERSION,
            exercises: BTreeMap::new(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseProgress {
    pub attempts: u32,
    pub best_score: u32,
    pub max_score: u32,
    pub passed: bool,
    /// How many hints `pygrade hint` has shown.
    pub hints_shown: u32,
    /// Seconds since the Unix epoch of the last check.
    pub last_checked: Option<u64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotStarted,
    Failing,
    Passed,
}

impl Status {
    pub fn label(self) -> &'static str {
        match self {
            Status::NotStarted => "not started",
            Status::Failing => "failing",
            Status::Passed => "passed",
        }
    }
}

impl Progress {
    pub fn status(&self, id: &str) -> Status {
        match self.exercises.get(id) {
            Some(p) if p.passed => Status::Passed,
            Some(p) if p.attempts > 0 => Status::Failing,
            _ => Status::NotStarted,
        }
    }

    /// Records a check: attempts, best score, passed once passed.
    pub fn record_check(&mut self, id: &str, score: u32, max_score: u32, passed: bool, now: u64) {
        let entry = self.exercises.entry(id.to_owned()).or_default();
        entry.attempts += 1;
        if max_score != entry.max_score {
            // The exercise changed: scores out of another total do not compare.
            entry.best_score = 0;
            entry.max_score = max_score;
        }
        entry.best_score = entry.best_score.max(score);
        entry.passed |= passed;
        entry.last_checked = Some(now);
    }

    /// The index of the next hint to show (counting from 0), and remembers it was shown.
    /// Past the last hint, the last one is shown again.
    pub fn next_hint(&mut self, id: &str, hint_count: usize) -> Option<usize> {
        if hint_count == 0 {
            return None;
        }
        let entry = self.exercises.entry(id.to_owned()).or_default();
        let index = (entry.hints_shown as usize).min(hint_count - 1);
        entry.hints_shown = (index + 1) as u32;
        Some(index)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_keep_the_best_score_and_passing_sticks() {
        let mut p = Progress::default();
        assert_eq!(p.status("pcep/a"), Status::NotStarted);
        p.record_check("pcep/a", 3, 8, false, 1);
        assert_eq!(p.status("pcep/a"), Status::Failing);
        p.record_check("pcep/a", 8, 8, true, 2);
        p.record_check("pcep/a", 2, 8, false, 3);
        let e = &p.exercises["pcep/a"];
        assert_eq!(
            (e.attempts, e.best_score, e.passed, e.last_checked),
            (3, 8, true, Some(3))
        );
        assert_eq!(p.status("pcep/a"), Status::Passed);
    }

    #[test]
    fn hints_come_one_at_a_time_and_stop_at_the_last() {
        let mut p = Progress::default();
        let shown: Vec<Option<usize>> = (0..4).map(|_| p.next_hint("pcep/a", 3)).collect();
        assert_eq!(shown, [Some(0), Some(1), Some(2), Some(2)]);
        assert_eq!(p.next_hint("pcep/b", 0), None);
    }
}
