#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("cannot prepare the sandbox: {0}")]
    Setup(String),
    #[error("cannot create the run's temporary folder: {0}")]
    TempDir(std::io::Error),
}
