//! Any expected and produced output, in every mode: a comparison result, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use pygrade::exercise::{Check, Mode};
use pygrade::grade::compare_output;

fuzz_target!(|data: (String, String, u8)| {
    let (expected, got, mode) = data;
    let mut check = Check::default();
    check.mode = match mode % 4 {
        0 => Mode::Exact,
        1 => Mode::Lines,
        2 => Mode::Tokens,
        _ => Mode::Regex,
    };
    check.ignore_case = mode & 4 != 0;
    let _ = compare_output(&check, &expected, &got);
});
