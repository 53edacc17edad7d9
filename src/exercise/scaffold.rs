//! `pygrade new`: a complete exercise folder that validates, for an instructor to rewrite.
use super::locate::TRACKS;
use crate::Error;
use std::path::{Path, PathBuf};

const TEMPLATE: [(&str, &str); 5] = [
    ("exercise.toml", include_str!("template/exercise.toml")),
    ("README.md", include_str!("template/README.md")),
    ("starter.py", include_str!("template/starter.py")),
    ("solution.py", include_str!("template/solution.py")),
    (
        "mistakes/no_strip.py",
        include_str!("template/mistakes/no_strip.py"),
    ),
];

/// The exam a track's objectives belong to.
fn exam(track: &str) -> &'static str {
    match track {
        "pcep" => "PCEP-30-02",
        "pced" => "PCED-30-02",
        "pcap" => "PCAP-31-03",
        "pcad" => "PCAD-31-02",
        "pcat" => "PCAT-31-01",
        "pcpp1" => "PCPP-32-101",
        _ => "PCPP-32-201",
    }
}

fn bad(message: String) -> Error {
    Error::Input {
        message,
        help: "give TRACK/SLUG, e.g. `pygrade new pcep/parking-meter`; the slug is lowercase words joined by dashes".into(),
    }
}

/// Writes a new exercise `id` (`track/slug`) into `bank`; never overwrites anything.
pub fn scaffold(bank: &Path, id: &str) -> Result<PathBuf, Error> {
    let (track, slug) = id
        .split_once('/')
        .ok_or_else(|| bad(format!("`{id}` is not of the form TRACK/SLUG")))?;
    if !TRACKS.contains(&track) {
        return Err(bad(format!(
            "unknown track `{track}`; tracks are {}",
            TRACKS.join(", ")
        )));
    }
    let slug_ok = !slug.is_empty()
        && slug.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        });
    if !slug_ok {
        return Err(bad(format!("`{slug}` is not a slug like `parking-meter`")));
    }
    let dir = bank.join(track).join(slug);
    if dir.exists() {
        return Err(Error::Input {
            message: format!("{} already exists", dir.display()),
            help: "choose another slug, or edit the existing exercise".into(),
        });
    }
    let title: Vec<String> = slug
        .split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect())
                .unwrap_or_default()
        })
        .collect();
    let title = title.join(" ");
    let io = |path: &Path, e: std::io::Error| Error::Input {
        message: format!("cannot write {}: {e}", path.display()),
        help: "check that the bank folder is writable".into(),
    };
    // Built beside the target and renamed, so a failure leaves no half exercise.
    let parent = dir.parent().expect("a track folder");
    std::fs::create_dir_all(parent).map_err(|e| io(parent, e))?;
    let staging = tempfile::Builder::new()
        .prefix(".new-")
        .tempdir_in(parent)
        .map_err(|e| io(parent, e))?;
    for (name, text) in TEMPLATE {
        let path = staging.path().join(name);
        if let Some(p) = path.parent() {
            std::fs::create_dir_all(p).map_err(|e| io(p, e))?;
        }
        let text = text
            .replace("{track}", track)
            .replace("{exam}", exam(track))
            .replace("{title}", &title);
        std::fs::write(&path, text).map_err(|e| io(&path, e))?;
    }
    std::fs::rename(staging.keep(), &dir).map_err(|e| io(&dir, e))?;
    Ok(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_exercise_loads_and_is_never_overwritten() {
        let bank = tempfile::tempdir().unwrap();
        let dir = scaffold(bank.path(), "pcap/word-count").unwrap();
        let exercise = super::super::load(&dir).unwrap();
        assert_eq!(exercise.id, "pcap/word-count");
        assert_eq!(exercise.title, "Word Count");
        assert_eq!(exercise.objectives, ["PCAP-31-03 1.5"]);
        assert!(dir.join("mistakes/no_strip.py").is_file());
        let err = scaffold(bank.path(), "pcap/word-count").unwrap_err();
        assert!(err.to_string().contains("already exists"), "{err}");
    }

    #[test]
    fn bad_ids_are_refused() {
        let bank = tempfile::tempdir().unwrap();
        for id in [
            "pcep",
            "pcxx/a",
            "pcep/Bad_Slug",
            "pcep/",
            "pcep/a--b",
            "pcep/../x",
        ] {
            assert!(scaffold(bank.path(), id).is_err(), "{id}");
        }
        assert_eq!(
            std::fs::read_dir(bank.path()).unwrap().count(),
            0,
            "nothing written"
        );
    }
}
