//! pygrade grades Python solutions to certification exercises in a sandboxed CPython
//! (WebAssembly under wasmtime) and reports what a learner can act on.
//!
//! The core is split by concept: `runtime` obtains and caches the interpreter, `sandbox`
//! runs one program in isolation, `exercise` loads the exercise format, `grade` turns runs
//! into verdicts, and `report` renders results for people and machines. `cli` is glue.

pub mod bench;
pub mod ci;
pub mod cli;
pub mod error;
pub mod exercise;
pub mod grade;
pub mod report;
pub mod runtime;
pub mod sandbox;
pub mod syllabus;
pub mod validate;
pub mod workspace;

pub use error::Error;
