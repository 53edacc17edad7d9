//! The syllabus catalog: every objective of every exam, from `<bank>/syllabus/*.toml`.
mod catalog;

pub use catalog::{Catalog, CatalogError, Exam, Objective, Section};
