# Mistake: builds the whole command as one string and splits it on spaces, the habit of
# shell=True: "/home/ana/My Photos/" becomes two arguments, and config lines are split the
# same way, so quoted paths fall apart.
"""Build rsync command lines safely and read what a finished rsync reported."""
import re
import shlex


def build_rsync(source, dest, excludes=(), dry_run=False, bwlimit=None):
    """The argv list for subprocess.run(): one list item per argument, no shell."""
    argv = ["rsync", "-a", "--delete", "--stats"]
    if dry_run:
        argv.append("--dry-run")
    if bwlimit is not None:
        argv.append(f"--bwlimit={bwlimit}")
    argv.extend(f"--exclude={pattern}" for pattern in excludes)
    if not source.endswith("/"):
        source += "/"  # copy the folder's contents, not the folder itself
    command = " ".join(argv) + f" -- {source} {dest}"
    return command.split()


def command_line(argv):
    """The command as one line a shell would read back the same: for the log."""
    return shlex.join(argv)


def from_config(line):
    """Split a command written in the config file the way a shell would."""
    return line.split()


def _number(text):
    return int(text.replace(",", ""))


def summarize(result):
    """Read a subprocess.CompletedProcess of `rsync --stats` (text mode)."""
    if result.returncode != 0:
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        return {"ok": False, "code": result.returncode, "error": lines[-1] if lines else ""}
    files = re.search(r"^Number of regular files transferred: ([\d,]+)", result.stdout, re.M)
    size = re.search(r"^Total transferred file size: ([\d,]+) bytes", result.stdout, re.M)
    return {"ok": True,
            "files": _number(files.group(1)) if files else 0,
            "bytes": _number(size.group(1)) if size else 0}


if __name__ == "__main__":
    argv = build_rsync("/home/ana/My Photos", "/mnt/backup", excludes=["*.tmp"])
    print(argv)
    print(command_line(argv))
