//! Embeds the exercise bank in the binary, so `pygrade` works from any folder.
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn walk(dir: &Path, files: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("a readable folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().unwrap_or_default().to_string_lossy();
        if name.starts_with('.') || name == "__pycache__" {
            continue;
        }
        if path.is_dir() {
            walk(&path, files);
        } else {
            files.push(path);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=exercises");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let bank = root.join("exercises");
    let mut files = Vec::new();
    walk(&bank, &mut files);
    let mut out = String::from(
        "/// The bundled exercise bank: (path below exercises/, contents).\npub static BUNDLED: &[(&str, &[u8])] = &[\n",
    );
    for file in files {
        let rel = file
            .strip_prefix(&bank)
            .expect("below the bank")
            .to_string_lossy()
            .replace('\\', "/");
        writeln!(
            out,
            "    ({rel:?}, include_bytes!({:?})),",
            file.display().to_string()
        )
        .expect("writing to a string");
    }
    out.push_str("];\n");
    let dest =
        PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo")).join("bundled_bank.rs");
    std::fs::write(dest, out).expect("OUT_DIR is writable");
}
