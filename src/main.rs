//! The `pygrade` binary: a thin command line over the library in `lib.rs`.
fn main() {
    std::process::exit(pygrade::cli::main());
}
