use super::ExerciseError;
use super::format::{CaseFile, CheckFile, ExerciseFile, LimitsFile, ModeName, MutationFile};
use super::locate::TRACKS;
use super::model::{
    Case, CaseKind, Check, Exercise, ExpectedFile, FileFormat, Mode, Mutant, Query,
};
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
/// Largest text file of an exercise pygrade reads (the statement, case files, mutants).
const MAX_TEXT_FILE: u64 = 16 << 20;

/// A text file of the exercise, refusing what is not one: too large, or not UTF-8.
fn read_text(path: &Path) -> std::io::Result<String> {
    let len = std::fs::metadata(path)?.len();
    if len > MAX_TEXT_FILE {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "it is {} MiB; exercise files are at most {} MiB",
                len >> 20,
                MAX_TEXT_FILE >> 20
            ),
        ));
    }
    let bytes = std::fs::read(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let text = String::from_utf8_lossy(&e.as_bytes()[..at]);
        std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!(
                "it is not UTF-8 text (line {}): save it as UTF-8",
                text.lines().count().max(1)
            ),
        )
    })
}

pub fn load(dir: &Path) -> Result<Exercise, ExerciseError> {
    let path = dir.join(MANIFEST);
    let text = read_text(&path).map_err(|source| ExerciseError::Io {
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
        let entry = match &file.entry {
            None => None,
            Some(entry) => {
                let value = entry.get_ref().trim();
                if !value.ends_with(".py")
                    || Path::new(value)
                        .components()
                        .any(|c| !matches!(c, Component::Normal(_)))
                {
                    return Err(self.err(
                        entry.span(),
                        format!("`entry` must be a .py file inside the solution folder, e.g. \"main.py\", not `{value}`"),
                    ));
                }
                Some(value.to_owned())
            }
        };
        let mut databases: Vec<(String, std::path::PathBuf)> = data_dir
            .as_ref()
            .and_then(|d| std::fs::read_dir(d).ok())
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.path())
            .filter(|p| {
                p.is_file()
                    && p.extension().is_some_and(|x| {
                        ["db", "sqlite", "sqlite3"].contains(&&*x.to_string_lossy())
                    })
            })
            .filter_map(|p| Some((p.file_name()?.to_str()?.to_owned(), p)))
            .collect();
        databases.sort();
        for case in &cases {
            for query in &case.queries {
                let known = databases.iter().any(|(name, _)| *name == query.database);
                if !known {
                    return Err(ExerciseError::invalid(
                        self.path,
                        Some(case.line),
                        format!(
                            "case `{}`: `query.database` names `{}`, which is not a SQLite database (.db, .sqlite, .sqlite3) in data/",
                            case.name, query.database
                        ),
                    ));
                }
            }
        }
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
            entry,
            databases,
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
        if let Some(mib) = ranged(l.tmp_mib, "tmp_mib", 1, 1024)? {
            limits.disk_bytes = mib << 20;
        }
        if let Some(files) = ranged(l.tmp_files, "tmp_files", 10, 100_000)? {
            limits.disk_entries = files;
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

    /// A file or folder named relative to the exercise folder; it may not leave the folder.
    fn case_path(
        &self,
        rel: &str,
        key: &str,
        span: std::ops::Range<usize>,
        folder: bool,
    ) -> Result<std::path::PathBuf, ExerciseError> {
        let relative = Path::new(rel);
        if rel.is_empty()
            || relative
                .components()
                .any(|c| !matches!(c, Component::Normal(_)))
        {
            return Err(self.err(
                span,
                format!("`{key}` must be a path inside the exercise folder, not `{rel}`"),
            ));
        }
        let path = self.dir.join(relative);
        let found = if folder {
            path.is_dir()
        } else {
            path.is_file()
        };
        if !found {
            let what = if folder { "folder" } else { "file" };
            return Err(self.err(
                span,
                format!("`{key}` names {}, which is not a {what}", path.display()),
            ));
        }
        Ok(path)
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
        read_text(&path).map_err(|e| {
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
        let checker = match &c.checker {
            Some(f) => Some(self.case_path(f.get_ref(), "checker", f.span(), false)?),
            None => None,
        };
        let files = match &c.files {
            None => Vec::new(),
            Some(files) => {
                let mut list = Vec::new();
                for (name, expected) in files.get_ref() {
                    let relative = Path::new(name);
                    if name.is_empty()
                        || relative
                            .components()
                            .any(|c| !matches!(c, Component::Normal(_)))
                    {
                        return Err(self.err(
                            files.span(),
                            format!("case `{name}`: `files` keys are paths under /tmp/out, like \"report.csv\", not `{name}`"),
                        ));
                    }
                    list.push(ExpectedFile {
                        name: name.clone(),
                        expected: self.case_file(expected, "files", files.span())?,
                        format: FileFormat::of(name),
                    });
                }
                if list.is_empty() {
                    return Err(self.err(files.span(), "`files` lists no file"));
                }
                list
            }
        };
        let mut queries = Vec::new();
        for q in &c.queries {
            let query = q.get_ref();
            let expected = Value::parse_literal(&query.expect).map_err(|e| {
                self.err(
                    q.span(),
                    format!(
                        "case `{name}`: `query.expect` is not a Python literal: {e} in `{}`",
                        query.expect
                    ),
                )
            })?;
            if query.sql.trim().is_empty() {
                return Err(self.err(q.span(), format!("case `{name}`: `query.sql` is empty")));
            }
            queries.push(Query {
                database: query.database.clone(),
                sql: query.sql.clone(),
                expected,
            });
        }
        let has_stdout = c.stdout.is_some() || c.stdout_file.is_some();
        let judged_otherwise =
            checker.is_some() || !files.is_empty() || !queries.is_empty() || !c.figures.is_empty();
        if c.select.is_some() && c.tests.is_none() {
            return Err(named(
                "`select` picks tests of a `tests` module; this case has none",
            ));
        }
        let kind = if let Some(tests) = &c.tests {
            if c.call.is_some() || has_stdout || c.mutation.is_some() || judged_otherwise {
                return Err(named(
                    "a `tests` case runs a test module; it takes no `call`, `stdout`, `files`, `checker`, `query`, `figure` or `mutation`",
                ));
            }
            if c.select.as_deref().is_some_and(|s| s.trim().is_empty()) {
                return Err(named(
                    "`select` must name tests, e.g. \"deposit\" or \"*Account*\"",
                ));
            }
            CaseKind::Tests {
                module: self.case_path(tests.get_ref(), "tests", tests.span(), false)?,
                select: c.select.clone(),
            }
        } else if let Some(mutation) = &c.mutation {
            if c.call.is_some() || has_stdout || judged_otherwise {
                return Err(named(
                    "a `mutation` case grades the learner's tests; it takes no `call`, `stdout`, `files`, `checker`, `query` or `figure`",
                ));
            }
            self.mutation(mutation.get_ref(), mutation.span(), &name)?
        } else {
            match (&c.call, &c.expect) {
                (Some(call), Some(expect)) => {
                    if has_stdout {
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
                (Some(_), None) => {
                    return Err(named("a call case needs `expect` (a Python literal)"));
                }
                (None, Some(_)) => return Err(named("`expect` needs a `call` to compare with")),
                (None, None) => {
                    let expected_stdout = match (&c.stdout, &c.stdout_file) {
                        (Some(_), Some(_)) => {
                            return Err(named("give `stdout` or `stdout_file`, not both"));
                        }
                        (Some(s), None) => Some(s.clone()),
                        (None, Some(f)) => Some(self.case_file(f, "stdout_file", span.clone())?),
                        (None, None) if judged_otherwise => None,
                        (None, None) => {
                            return Err(named(
                                "a case needs `stdout` (a program case), `call` and `expect` (a call case), `tests` (a test module) or `mutation`",
                            ));
                        }
                    };
                    if let Some(expected) = &expected_stdout
                        && check.mode == Mode::Regex
                        && checker.is_none()
                        && let Err(e) = regex::Regex::new(expected)
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
            }
        };
        Ok(Case {
            name,
            kind,
            hidden: c.hidden,
            points,
            check,
            line: self.line(span).unwrap_or(0),
            files,
            checker,
            queries,
            figures: c.figures.clone(),
        })
    }

    fn mutation(
        &self,
        m: &MutationFile,
        span: std::ops::Range<usize>,
        name: &str,
    ) -> Result<CaseKind, ExerciseError> {
        let module = m.module.trim();
        if module.is_empty()
            || !module
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            return Err(self.err(
                span,
                format!("case `{name}`: `mutation.module` must be a module name like `cart`, not `{module}`"),
            ));
        }
        let reference = self.case_path(&m.reference, "mutation.reference", span.clone(), false)?;
        let folder = self.case_path(&m.mutants, "mutation.mutants", span.clone(), true)?;
        let mut files: Vec<_> = std::fs::read_dir(&folder)
            .map_err(|e| self.err(span.clone(), format!("`mutation.mutants`: {e}")))?
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "py"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(self.err(
                span,
                format!("case `{name}`: `mutation.mutants` holds no .py file"),
            ));
        }
        let mut mutants = Vec::new();
        for file in files {
            let text = read_text(&file).map_err(|e| {
                self.err(
                    span.clone(),
                    format!("{} cannot be read: {e}", file.display()),
                )
            })?;
            let description = text
                .lines()
                .next()
                .and_then(|l| l.strip_prefix('#'))
                .map(|d| d.trim().to_owned())
                .filter(|d| !d.is_empty())
                .ok_or_else(|| {
                    self.err(
                        span.clone(),
                        format!(
                            "{} must start with a `# description` line saying what the bug is",
                            file.display()
                        ),
                    )
                })?;
            mutants.push(Mutant { file, description });
        }
        Ok(CaseKind::Mutation {
            module: module.to_owned(),
            reference,
            mutants,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::{CaseKind, FileFormat};

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
    fn non_utf8_and_enormous_files_are_refused_by_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join(MANIFEST), b"title = \"T\"\n# caf\xe9\n").unwrap();
        let msg = load(dir.path()).unwrap_err().to_string();
        assert!(
            msg.contains("exercise.toml") && msg.contains("not UTF-8 text (line 2)"),
            "{msg}"
        );

        let file = std::fs::File::create(dir.path().join(MANIFEST)).unwrap();
        file.set_len(MAX_TEXT_FILE + 1).unwrap();
        let msg = load(dir.path()).unwrap_err().to_string();
        assert!(
            msg.contains("exercise.toml") && msg.contains("at most 16 MiB"),
            "{msg}"
        );

        std::fs::write(
            dir.path().join(MANIFEST),
            format!("{HEAD}[[case]]\nname = \"a\"\nstdin_file = \"in.txt\"\nstdout = \"\"\n"),
        )
        .unwrap();
        std::fs::write(dir.path().join("in.txt"), b"\xff\xfe").unwrap();
        let msg = load(dir.path()).unwrap_err().to_string();
        assert!(
            msg.contains("stdin_file") && msg.contains("in.txt") && msg.contains("UTF-8"),
            "{msg}"
        );
    }

    /// Whatever the bytes, loading ends in an exercise or an error, never a panic.
    #[test]
    fn mangled_exercise_files_never_panic() {
        use proptest::prelude::*;
        let valid = format!(
            "{HEAD}hints = [\"h\"]\n[limits]\ntime_ms = 500\ntmp_mib = 8\n[check]\nmode = \"tokens\"\n[[case]]\nname = \"a\"\nstdin = \"1\"\nstdout = \"2\"\n[[case]]\nname = \"b\"\ncall = \"f(1, 'x')\"\nexpect = \"{{'k': [1.5, None, (2,)]}}\"\nhidden = true\n"
        );
        assert!(load_str(&valid).is_ok(), "the seed is valid");
        // A fixed seed: the same inputs every run, so a failure reproduces.
        let mut runner = proptest::test_runner::TestRunner::new_with_rng(
            proptest::test_runner::Config {
                cases: 300,
                ..Default::default()
            },
            proptest::test_runner::TestRng::deterministic_rng(
                proptest::test_runner::RngAlgorithm::ChaCha,
            ),
        );
        let edits = proptest::collection::vec((0..valid.len(), any::<u8>(), 0..3u8), 1..6);
        runner
            .run(&edits, |edits| {
                let mut bytes = valid.clone().into_bytes();
                for (at, byte, op) in edits {
                    let at = at.min(bytes.len().saturating_sub(1));
                    match op {
                        0 if !bytes.is_empty() => bytes[at] = byte,
                        0 | 1 => bytes.insert(at, byte),
                        _ => bytes.truncate(at),
                    }
                }
                let dir = tempfile::tempdir().unwrap();
                std::fs::write(dir.path().join(MANIFEST), &bytes).unwrap();
                let _ = load(dir.path());
                Ok(())
            })
            .unwrap();
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
    fn the_richer_case_kinds_load_and_their_mistakes_are_named() {
        let dir = tempfile::tempdir().unwrap();
        let write = |path: &str, text: &str| {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write("tests/test_a.py", "import unittest\n");
        write("reference/cart.py", "def total(x): return x\n");
        write(
            "mutants/off.py",
            "# the total is off by one\ndef total(x): return x + 1\n",
        );
        write("expected/r.csv", "a,b\n1,2\n");
        write("data/shop.db", "");
        write("checker.py", "print('{}')\n");
        let manifest = |cases: &str| {
            std::fs::write(
                dir.path().join(MANIFEST),
                format!("{HEAD}entry = \"main.py\"\n{cases}"),
            )
            .unwrap();
            load(dir.path())
        };
        let ex = manifest(concat!(
            "[[case]]\nname = \"t\"\ntests = \"tests/test_a.py\"\n",
            "[[case]]\nname = \"m\"\n[case.mutation]\nmodule = \"cart\"\nreference = \"reference/cart.py\"\nmutants = \"mutants\"\n",
            "[[case]]\nname = \"f\"\nfiles = { \"r.csv\" = \"expected/r.csv\" }\nchecker = \"checker.py\"\n",
            "[[case.query]]\ndatabase = \"shop.db\"\nsql = \"select 1\"\nexpect = \"[(1,)]\"\n",
            "[[case]]\nname = \"p\"\n[[case.figure]]\n[[case.figure.axes]]\ntitle = \"T\"\n",
        ))
        .unwrap();
        assert_eq!(ex.entry.as_deref(), Some("main.py"));
        assert!(matches!(ex.cases[0].kind, CaseKind::Tests { .. }));
        match &ex.cases[1].kind {
            CaseKind::Mutation { mutants, .. } => {
                assert_eq!(mutants[0].description, "the total is off by one")
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(ex.cases[2].files[0].format, FileFormat::Csv);
        assert_eq!(ex.cases[2].queries.len(), 1);
        assert_eq!(ex.databases.len(), 1);
        assert_eq!(ex.cases[3].figures.len(), 1);

        for (case, needle) in [
            (
                "[[case]]\nname = \"t\"\ntests = \"tests/nope.py\"\n",
                "`tests` names",
            ),
            (
                "[[case]]\nname = \"t\"\ntests = \"tests/test_a.py\"\ncall = \"f()\"\n",
                "takes no `call`",
            ),
            (
                "[[case]]\nname = \"q\"\n[[case.query]]\ndatabase = \"other.db\"\nsql = \"s\"\nexpect = \"[]\"\n",
                "not a SQLite database",
            ),
            (
                "[[case]]\nname = \"f\"\nfiles = { \"../x\" = \"expected/r.csv\" }\n",
                "paths under /tmp/out",
            ),
            (
                "[[case]]\nname = \"p\"\n[[case.figure]]\n[[case.figure.axes]]\n[[case.figure.axes.artist]]\nkind = \"pie\"\n",
                "unknown variant `pie`",
            ),
        ] {
            let err = manifest(case).unwrap_err().to_string();
            assert!(err.contains(needle), "{needle}: {err}");
            assert!(err.contains("exercise.toml:"), "{err}");
        }
        write("mutants/bare.py", "def total(x): return 0\n");
        let err = manifest("[[case]]\nname = \"m\"\n[case.mutation]\nmodule = \"cart\"\nreference = \"reference/cart.py\"\nmutants = \"mutants\"\n")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("must start with a `# description` line"),
            "{err}"
        );
    }

    #[test]
    fn a_missing_file_is_an_io_error() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(load(dir.path()), Err(ExerciseError::Io { .. })));
    }
}
