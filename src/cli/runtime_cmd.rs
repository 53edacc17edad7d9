use super::args::RuntimeCommand;
use super::progress::SetupProgress;
use crate::Error;
use crate::error::EXIT_PASS;
use crate::runtime::{self, InstalledRuntime, RuntimeHome, Source};
use crate::sandbox::SandboxError;
use std::path::Path;

pub fn run(cmd: RuntimeCommand) -> Result<i32, Error> {
    let home = RuntimeHome::locate()?;
    match cmd {
        RuntimeCommand::Install { from, force } => {
            let source = from.map_or(Source::Pip, Source::Path);
            let progress = SetupProgress::new();
            let installed = runtime::install(&home, &source, force, &progress)?;
            let engine = runtime::new_engine().map_err(|e| SandboxError::Setup(e.to_string()))?;
            if force {
                let _ = std::fs::remove_file(runtime::compiled_path(&home, &engine));
            }
            let compiled = runtime::load_or_compile(&home, &engine, &installed, &progress)?;
            drop(progress);
            let data_image = crate::sandbox::data_image_path(&home, &engine);
            if force {
                let _ = std::fs::remove_file(&data_image);
            }
            drop(engine);
            // Made now rather than at the first run that imports pandas.
            let sandbox =
                crate::sandbox::Sandbox::open(&home, std::sync::Arc::new(SetupProgress::new()))?;
            let data_ready = sandbox.prepare_data_image();
            println!(
                "installed {} {} in {}",
                runtime::pins().package,
                runtime::pins().version,
                installed.dir.display()
            );
            println!("compiled module: {}", compiled.path.display());
            if data_ready {
                println!("data image:      {}", data_image.display());
            }
            Ok(EXIT_PASS)
        }
        RuntimeCommand::Status => {
            let p = runtime::pins();
            println!(
                "runtime     {} {} (CPython 3.15, wasm32-wasip1)",
                p.package, p.version
            );
            println!("cache       {}", home.root().display());
            match InstalledRuntime::find(&home) {
                Some(rt) => println!("installed   yes, {} in {}", size(&rt.dir), rt.dir.display()),
                None => println!("installed   no (run `pygrade runtime install`)"),
            }
            let engine = runtime::new_engine().map_err(|e| SandboxError::Setup(e.to_string()))?;
            let compiled = runtime::compiled_path(&home, &engine);
            if compiled.is_file() {
                println!(
                    "compiled    yes, {} in {}",
                    size(&compiled),
                    compiled.display()
                );
            } else {
                println!("compiled    no (compiled on first use, about 35 s)");
            }
            let image = crate::sandbox::data_image_path(&home, &engine);
            if image.is_file() {
                println!("data image  yes, {} in {}", size(&image), image.display());
            } else {
                println!(
                    "data image  no (made on the first run that imports numpy, pandas or matplotlib, about 2 min)"
                );
            }
            Ok(EXIT_PASS)
        }
    }
}

fn bytes_in(path: &Path) -> u64 {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.is_dir() => std::fs::read_dir(path)
            .map(|entries| entries.flatten().map(|e| bytes_in(&e.path())).sum())
            .unwrap_or(0),
        Ok(m) => m.len(),
        Err(_) => 0,
    }
}

fn size(path: &Path) -> String {
    format!("{:.1} MB", bytes_in(path) as f64 / 1e6)
}
