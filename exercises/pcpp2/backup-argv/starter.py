# Build rsync argument lists for subprocess.run (no shell), a quoted log line,
# split config lines, and summarise a finished run. See the README.
import shlex


def build_rsync(source, dest, excludes=(), dry_run=False, bwlimit=None):
    # TODO: a list of arguments; flags, excludes, "--", source (ending in "/"), dest
    return f"rsync -a {source} {dest}"


def command_line(argv):
    # TODO: quote each argument for a shell (shlex)
    return " ".join(argv)


def from_config(line):
    # TODO: split like a shell does
    return line.split()


def summarize(result):
    # TODO: read result.returncode, result.stdout, result.stderr
    return {"ok": True, "files": 0, "bytes": 0}
