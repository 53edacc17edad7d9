use super::ExerciseError;
use super::format::{CaseFile, CheckFile, ExerciseFile, LimitsFile, ModeName};
use super::locate::TRACKS;
use super::model::{Case, CaseKind, Check, Exercise, Mode};
use crate::grade::Value;
use crate::sandbox::Limits;
use std::collections::HashSet;
use std::path::{Component, Path};
use std::time::Duration;

const MANIFEST: &str = "exercise.toml";

/// 1-based line and column of a byte offset.
fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Loads and checks the exercise in `dir`.
pub fn load(dir: &Path) -> Result<Exercise, ExerciseError> {
    let path = dir.join(MANIFEST);
    let text = std::fs::read_to_string(&path).map_err(|source| ExerciseError::Io {
        path: path.clone(),
        source,
    })?;
    let file: ExerciseFile = toml::from_str(&text).map_err(|e| {
        let (line, column) = e.span().map(|s| line_col(&text, s.start)).unzip();
        ExerciseError::Invalid {
            path: path.clone(),
            line,
            column,
            message: e.message().trim().to_owned(),
        }
    })?;
    Loader {
        dir,
        path: &path,
        text: &text,
    }
    .build(file)
}

struct Loader<'a> {
    dir: &'a Path,
    path: &'a Path,
    text: &'a str,
}

impl Loader<'_> {
    fn line(&self, span: std::ops::Range<usize>) -> Option<usize> {
        Some(line_col(self.text, span.start).0)
    }

    fn err(&self, span: std::ops::Range<usize>, message: impl Into<String>) -> ExerciseError {
        ExerciseError::invalid(self.path, self.line(span), message)
    }

    fn build(&self, file: ExerciseFile) -> Result<Exercise, ExerciseError> {
        let title = file.title.get_ref().trim().to_owned();
        if title.is_empty() {
            return Err(self.err(file.title.span(), "`title` must not be empty"));
        }
        let track = file.track.get_ref().clone();
        if !TRACKS.contains(&track.as_str()) {
            return Err(self.err(
                file.track.span(),
                format!(
                    "unknown track `{track}`; expected one of {}",
                    TRACKS.join(", ")
                ),
            ));
        }
        let difficulty = *file.difficulty.get_ref();
        if !(1..=5).contains(&difficulty) {
            return Err(self.err(file.difficulty.span(), "`difficulty` must be 1 to 5"));
        }
        if file
            .objectives
            .get_ref()
            .iter()
            .any(|o| o.trim().is_empty())
        {
            return Err(self.err(file.objectives.span(), "objective ids must not be empty"));
        }
        let limits = match &file.limits {
            Some(l) => self.limits(l.get_ref(), l.span())?,
            None => Limits::default(),
        };
        let default_check = match &file.check {
            Some(c) => self.check(&Check::default(), c.get_ref(), c.span())?,
            None => Check::default(),
        };
        if file.cases.is_empty() {
            return Err(ExerciseError::invalid(
                self.path,
                None,
                "no `[[case]]`: an exercise needs at least one case",
            ));
        }
        let mut names = HashSet::new();
        let mut cases = Vec::with_capacity(file.cases.len());
        for case in &file.cases {
            let built = self.case(case.get_ref(), case.span(), &default_check)?;
            if !names.insert(built.name.clone()) {
                return Err(self.err(case.span(), format!("two cases are named `{}`", built.name)));
            }
            cases.push(built);
        }
        let slug = self
            .dir
            .canonicalize()
            .ok()
            .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "exercise".into());
        let data_dir = Some(self.dir.join("data")).filter(|d| d.is_dir());
        Ok(Exercise {
            id: format!("{track}/{slug}"),
            dir: self.dir.to_owned(),
            title,
            track,
            objectives: file.objectives.into_inner(),
            difficulty: difficulty as u8,
            hints: file.hints,
            limits,
            cases,
            data_dir,
        })
    }

    fn limits(
        &self,
        l: &LimitsFile,
        span: std::ops::Range<usize>,
    ) -> Result<Limits, ExerciseError> {
        let mut limits = Limits::default();
        let ranged = |value: Option<i64>,
                      key: &str,
                      min: i64,
                      max: i64|
         -> Result<Option<u64>, ExerciseError> {
            match value {
                None => Ok(None),
                Some(v) if (min..=max).contains(&v) => Ok(Some(v as u64)),
                Some(v) => Err(self.err(
                    span.clone(),
                    format!("`limits.{key}` is {v}; it must be {min} to {max}"),
                )),
            }
        };
        if let Some(ms) = ranged(l.time_ms, "time_ms", 10, 60_000)? {
            limits.time = Duration::from_millis(ms);
        }
        if let Some(mib) = ranged(l.memory_mib, "memory_mib", 64, 4095)? {
            limits.memory_bytes = (mib as usize) << 20;
        }
        if let Some(kib) = ranged(l.output_kib, "output_kib", 1, 64 * 1024)? {
            limits.output_bytes = (kib as usize) << 10;
        }
        Ok(limits)
    }

    fn check(
        &self,
        base: &Check,
        c: &CheckFile,
        span: std::ops::Range<usize>,
    ) -> Result<Check, ExerciseError> {
        let mut check = base.clone();
        if let Some(mode) = c.mode {
            check.mode = match mode {
                ModeName::Exact => Mode::Exact,
                ModeName::Lines => Mode::Lines,
                ModeName::Tokens => Mode::Tokens,
                ModeName::Regex => Mode::Regex,
            };
        }
        for (key, value) in [("float_abs", c.float_abs), ("float_rel", c.float_rel)] {
            if let Some(v) = value
                && !(v.is_finite() && v >= 0.0)
            {
                return Err(self.err(
                    span.clone(),
                    format!("`{key}` must be a finite number >= 0, not {v}"),
                ));
            }
        }
        check.float_abs = c.float_abs.or(check.float_abs);
        check.float_rel = c.float_rel.or(check.float_rel);
        check.ignore_case = c.ignore_case.unwrap_or(check.ignore_case);
        Ok(check)
    }

    /// Reads a case file named relative to the exercise folder; it may not leave the folder.
    fn case_file(
        &self,
        rel: &str,
        key: &str,
        span: std::ops::Range<usize>,
    ) -> Result<String, ExerciseError> {
        let relative = Path::new(rel);
        if relative
            .components()
            .any(|c| !matches!(c, Component::Normal(_)))
        {
            return Err(self.err(
                span,
                format!("`{key}` must be a path inside the exercise folder, not `{rel}`"),
            ));
        }
        let path = self.dir.join(relative);
        std::fs::read_to_string(&path).map_err(|e| {
            self.err(
                span,
                format!(
                    "`{key}` names {}, which cannot be read: {e}",
                    path.display()
                ),
            )
        })
    }

    fn case(
        &self,
        c: &CaseFile,
        span: std::ops::Range<usize>,
        default: &Check,
    ) -> Result<Case, ExerciseError> {
        let name = c.name.trim().to_owned();
        if name.is_empty() {
            return Err(self.err(span, "a case needs a non-empty `name`"));
        }
        let named = |msg: &str| self.err(span.clone(), format!("case `{name}`: {msg}"));
        let check = match &c.check {
            Some(cc) => self.check(default, cc, span.clone())?,
            None => default.clone(),
        };
        let points = match c.points {
            None => 1,
            Some(p) if (0..=1000).contains(&p) => p as u32,
            Some(p) => return Err(named(&format!("`points` is {p}; it must be 0 to 1000"))),
        };
        let stdin = match (&c.stdin, &c.stdin_file) {
            (Some(_), Some(_)) => return Err(named("give `stdin` or `stdin_file`, not both")),
            (Some(s), None) => s.clone(),
            (None, Some(f)) => self.case_file(f, "stdin_file", span.clone())?,
            (None, None) => String::new(),
        };
        let kind = match (&c.call, &c.expect) {
            (Some(call), Some(expect)) => {
                if c.stdout.is_some() || c.stdout_file.is_some() {
                    return Err(named(
                        "a call case compares `expect`; `stdout` belongs to program cases",
                    ));
                }
                if call.trim().is_empty() {
                    return Err(named("`call` must be a Python expression"));
                }
                let expected = Value::parse_literal(expect.get_ref()).map_err(|e| {
                    self.err(
                        expect.span(),
                        format!(
                            "case `{name}`: `expect` is not a Python literal: {e} in `{}`",
                            expect.get_ref()
                        ),
                    )
                })?;
                CaseKind::Call {
                    call: call.trim().to_owned(),
                    stdin,
                    expected,
                    expected_source: expect.get_ref().clone(),
                }
            }
            (Some(_), None) => return Err(named("a call case needs `expect` (a Python literal)")),
            (None, Some(_)) => return Err(named("`expect` needs a `call` to compare with")),
            (None, None) => {
                let expected_stdout = match (&c.stdout, &c.stdout_file) {
                    (Some(_), Some(_)) => {
                        return Err(named("give `stdout` or `stdout_file`, not both"));
                    }
                    (Some(s), None) => s.clone(),
                    (None, Some(f)) => self.case_file(f, "stdout_file", span.clone())?,
                    (None, None) => {
                        return Err(named(
                            "a case needs `stdout` (a program case) or `call` and `expect` (a call case)",
                        ));
                    }
                };
                if check.mode == Mode::Regex
                    && let Err(e) = regex::Regex::new(&expected_stdout)
                {
                    return Err(named(&format!(
                        "`stdout` is not a valid regular expression: {e}"
                    )));
                }
                CaseKind::Program {
                    stdin,
                    expected_stdout,
                }
            }
        };
        Ok(Case {
            name,
            kind,
            hidden: c.hidden,
            points,
            check,
            line: self.line(span).unwrap_or(0),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(toml: &str) -> Result<Exercise, ExerciseError> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(MANIFEST), toml).unwrap();
        load(dir.path())
    }

    const HEAD: &str =
        "title = \"T\"\ntrack = \"pcep\"\nobjectives = [\"PCEP-30-02 1.5\"]\ndifficulty = 1\n";

    #[test]
    fn a_valid_exercise_loads_with_defaults() {
        let ex = load_str(&format!(
            "{HEAD}[check]\nmode = \"tokens\"\nfloat_abs = 0.01\n\n[[case]]\nname = \"a\"\nstdin = \"1\\n\"\nstdout = \"2\\n\"\n\n[[case]]\nname = \"b\"\ncall = \"f(1)\"\nexpect = \"[1, 2.5]\"\nhidden = true\npoints = 2\n[case.check]\nfloat_abs = 0.5\n"
        ))
        .unwrap();
        assert_eq!(ex.cases.len(), 2);
        assert_eq!(ex.max_score(), 3);
        assert_eq!(ex.limits, Limits::default());
        assert_eq!(ex.cases[0].check.mode, Mode::Tokens);
        assert_eq!(ex.cases[1].check.float_abs, Some(0.5));
        assert_eq!(ex.cases[1].check.mode, Mode::Tokens);
        assert!(ex.cases[1].hidden);
        assert_eq!(ex.cases[1].line, 14);
    }

    #[test]
    fn unknown_keys_are_errors_with_a_line() {
        let err = load_str(&format!(
            "{HEAD}[[case]]\nname = \"a\"\nstdout = \"x\"\nexpected = \"y\"\n"
        ))
        .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("exercise.toml:8:"), "{msg}");
        assert!(msg.contains("expected"), "{msg}");
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let err = load_str("title = \"T\"\ntrack = \n").unwrap_err();
        assert!(err.to_string().contains("exercise.toml:2:"), "{err}");
    }

    #[test]
    fn semantic_errors_name_the_case_line() {
        let err =
            load_str(&format!("{HEAD}\n[[case]]\nname = \"a\"\ncall = \"f()\"\n")).unwrap_err();
        let msg = err.to_string();
        assert!(
            msg.contains(":6") && msg.contains("needs `expect`"),
            "{msg}"
        );
        let err = load_str(&format!(
            "{HEAD}[[case]]\nname = \"a\"\ncall = \"f()\"\nexpect = \"[1,\"\n"
        ))
        .unwrap_err();
        assert!(err.to_string().contains("not a Python literal"), "{err}");
    }

    #[test]
    fn bad_values_are_refused() {
        for (extra, needle) in [
            (
                "[limits]\ntime_ms = 0\n[[case]]\nname=\"a\"\nstdout=\"\"\n",
                "time_ms",
            ),
            (
                "[[case]]\nname=\"a\"\nstdout=\"\"\nstdout_file=\"x\"\n",
                "not both",
            ),
            (
                "[[case]]\nname=\"a\"\nstdout_file=\"../../etc/passwd\"\n",
                "inside the exercise folder",
            ),
            (
                "[[case]]\nname=\"a\"\nstdout=\"(\"\n[case.check]\nmode=\"regex\"\n",
                "regular expression",
            ),
            (
                "[[case]]\nname=\"a\"\nstdout=\"\"\n[[case]]\nname=\"a\"\nstdout=\"\"\n",
                "two cases",
            ),
            ("", "at least one case"),
        ] {
            let err = load_str(&format!("{HEAD}{extra}")).unwrap_err();
            assert!(err.to_string().contains(needle), "{needle}: {err}");
        }
        let err = load_str(&HEAD.replace("pcep", "pcxx")).unwrap_err();
        assert!(err.to_string().contains("unknown track"), "{err}");
    }

    #[test]
    fn a_missing_file_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(load(dir.path()), Err(ExerciseError::Io { .. })));
    }
}
