//! Any text as an `expect` literal, and any JSON as a returned value: parsed or refused,
//! never a panic; a parsed value compares with itself.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pygrade::grade::{Tolerance, Value};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(value) = Value::parse_literal(text) {
        let _ = value.repr();
        let tol = Tolerance { abs: None, rel: Some(1e-9) };
        if !text.contains("nan") {
            assert!(value.matches(&value, tol));
        }
    }
    if let Ok(json) = serde_json::from_str::<serde_json::Value>(text) {
        let _ = Value::from_tagged_json(&json);
    }
});
