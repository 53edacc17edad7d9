//! The guest's stdout and stderr: kept in memory under one shared byte budget.
use bytes::Bytes;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use wasmtime_wasi::cli::{IsTerminal, StdoutStream};
use wasmtime_wasi::p2::{OutputStream, Pollable, StreamError, StreamResult};

#[derive(Default)]
struct Buffers {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    exceeded: bool,
}

/// Collects stdout and stderr of one run. A write past the budget keeps what fits and then
/// traps, which stops the program at once: a print flood costs no more than the budget.
#[derive(Clone)]
pub struct CapturedOutput {
    buffers: Arc<Mutex<Buffers>>,
    budget: usize,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Channel {
    Stdout,
    Stderr,
}

/// One of the two channels of a `CapturedOutput`, as given to WASI.
#[derive(Clone)]
pub struct ChannelWriter {
    output: CapturedOutput,
    channel: Channel,
}

/// What a run printed.
pub struct Captured {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// The program tried to print more than the budget.
    pub exceeded: bool,
}

impl CapturedOutput {
    pub fn new(budget: usize) -> Self {
        Self {
            buffers: Arc::default(),
            budget,
        }
    }

    pub fn stdout(&self) -> ChannelWriter {
        ChannelWriter {
            output: self.clone(),
            channel: Channel::Stdout,
        }
    }

    pub fn stderr(&self) -> ChannelWriter {
        ChannelWriter {
            output: self.clone(),
            channel: Channel::Stderr,
        }
    }

    pub fn take(&self) -> Captured {
        let mut b = self.buffers.lock().unwrap_or_else(|e| e.into_inner());
        Captured {
            stdout: std::mem::take(&mut b.stdout),
            stderr: std::mem::take(&mut b.stderr),
            exceeded: b.exceeded,
        }
    }

    /// Appends what fits; returns false when `bytes` did not fit whole.
    fn append(&self, channel: Channel, bytes: &[u8]) -> bool {
        let mut b = self.buffers.lock().unwrap_or_else(|e| e.into_inner());
        let used = b.stdout.len() + b.stderr.len();
        let room = self.budget.saturating_sub(used);
        let fits = bytes.len().min(room);
        let target = match channel {
            Channel::Stdout => &mut b.stdout,
            Channel::Stderr => &mut b.stderr,
        };
        target.extend_from_slice(&bytes[..fits]);
        if fits < bytes.len() {
            b.exceeded = true;
        }
        fits == bytes.len()
    }
}

/// The trap message when the output budget is exhausted.
pub const OUTPUT_LIMIT_TRAP: &str = "pygrade: output limit exceeded";

impl OutputStream for ChannelWriter {
    fn write(&mut self, bytes: Bytes) -> StreamResult<()> {
        if self.output.append(self.channel, &bytes) {
            Ok(())
        } else {
            Err(StreamError::trap(OUTPUT_LIMIT_TRAP))
        }
    }
    fn flush(&mut self) -> StreamResult<()> {
        Ok(())
    }
    fn check_write(&mut self) -> StreamResult<usize> {
        // Always accept a chunk: the write that crosses the budget is the one that traps.
        Ok(64 * 1024)
    }
}

#[wasmtime_wasi::async_trait]
impl Pollable for ChannelWriter {
    async fn ready(&mut self) {}
}

impl tokio::io::AsyncWrite for ChannelWriter {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<std::io::Result<usize>> {
        if self.output.append(self.channel, buf) {
            Poll::Ready(Ok(buf.len()))
        } else {
            Poll::Ready(Err(std::io::Error::other(OUTPUT_LIMIT_TRAP)))
        }
    }
    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

impl IsTerminal for ChannelWriter {
    fn is_terminal(&self) -> bool {
        false
    }
}

impl StdoutStream for ChannelWriter {
    fn p2_stream(&self) -> Box<dyn OutputStream> {
        Box::new(self.clone())
    }
    fn async_stream(&self) -> Box<dyn tokio::io::AsyncWrite + Send + Sync> {
        Box::new(self.clone())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_budget_is_shared_and_keeps_what_fits() {
        let out = CapturedOutput::new(10);
        assert!(out.append(Channel::Stdout, b"hello"));
        assert!(out.append(Channel::Stderr, b"oops"));
        assert!(!out.append(Channel::Stdout, b"world"));
        let c = out.take();
        assert_eq!(c.stdout, b"hellow");
        assert_eq!(c.stderr, b"oops");
        assert!(c.exceeded);
    }

    #[test]
    fn output_within_budget_is_not_exceeded() {
        let out = CapturedOutput::new(4);
        assert!(out.append(Channel::Stdout, b"abcd"));
        assert!(!out.take().exceeded);
    }
}
