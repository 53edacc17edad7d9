# backup names use a 12-hour clock (14:05 becomes 0205)
"""Nightly backups of the Oak Street Dental practice database.

Backups are files named DATABASE-YYYYMMDD-HHMM.bak, e.g.
patients-20250307-0230.bak.
"""
import os
import re

UNITS = ["B", "KiB", "MiB", "GiB", "TiB"]
_BACKUP = re.compile(r"(.+)-(\d{8})-(\d{4})\.bak")


def backup_name(database, when):
    """Return the file name of a backup of `database` made at `when` (a datetime)."""
    return f"{database}-{when:%Y%m%d-%I%M}.bak"


def human_size(n_bytes):
    """Return a size for people: "512 B", "1.5 KiB", "20.0 MiB".

    KNOWN BUG #112 (not fixed yet): a size just under a unit, such as
    1048575 bytes, prints as "1024.0 KiB" instead of "1.0 MiB".
    """
    if n_bytes < 0:
        raise ValueError("a size cannot be negative")
    if n_bytes < 1024:
        return f"{n_bytes} B"
    size = float(n_bytes)
    for unit in UNITS[1:]:
        size /= 1024
        if size < 1024 or unit == UNITS[-1]:
            return f"{size:.1f} {unit}"


def make_private(path):
    """Let only the file's owner read and write it (mode 0o600).

    POSIX only: on Windows, and on WebAssembly (sys.platform "wasi"), file
    permissions are not supported and the mode does not change.
    """
    os.chmod(path, 0o600)


def old_backups(names, keep):
    """Return the backups to delete so that only the `keep` newest remain.

    Names that are not backups are ignored. The result is sorted oldest first.
    """
    if keep < 0:
        raise ValueError("keep cannot be negative")
    backups = sorted((n for n in names if _BACKUP.fullmatch(n)),
                     key=lambda n: _BACKUP.fullmatch(n).group(2, 3))
    return backups[:max(len(backups) - keep, 0)]
