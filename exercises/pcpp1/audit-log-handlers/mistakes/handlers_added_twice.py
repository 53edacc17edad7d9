# Mistake: adds new handlers on every call of setup_audit_logger(); the
# logger keeps the old ones too, so after two calls every line is printed
# twice.
"""Logging for the shop's audit trail: a JSON formatter and a memory handler."""
import collections
import json
import logging
import sys
import time

CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"


class JsonLineFormatter(logging.Formatter):
    """Format a record as one line of JSON, from its LogRecord attributes."""

    converter = time.gmtime  # times in UTC

    def format(self, record):
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S")
                    + f".{int(record.msecs):03d}Z",
            "level": record.levelname,
            "logger": record.name,
            "function": record.funcName,
            "message": record.getMessage(),
        }
        if hasattr(record, "user"):
            entry["user"] = record.user
        if record.exc_info:
            error_type, error, _ = record.exc_info
            entry["error"] = f"{error_type.__name__}: {error}"
        return json.dumps(entry, ensure_ascii=False)


class RecentHandler(logging.Handler):
    """Keep the last `capacity` formatted records, and count every level."""

    def __init__(self, capacity=5, level=logging.NOTSET):
        super().__init__(level)
        self.lines = collections.deque(maxlen=capacity)
        self.counts = {}

    def emit(self, record):
        try:
            self.lines.append(self.format(record))
        except Exception:
            self.handleError(record)
            return
        self.counts[record.levelname] = self.counts.get(record.levelname, 0) + 1


def setup_audit_logger(name="shop.audit", stream=None, capacity=5):
    """Configure (or reconfigure) the audit logger; return it.

    WARNING and above go to the stream as text; INFO and above are kept as
    JSON lines in a RecentHandler. The records do not propagate to the root
    logger, and calling this twice does not add handlers twice.
    """
    logger = logging.getLogger(name)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    console = logging.StreamHandler(stream if stream is not None else sys.stderr)
    console.setLevel(logging.WARNING)
    console.setFormatter(logging.Formatter(CONSOLE_FORMAT))
    recent = RecentHandler(capacity, level=logging.INFO)
    recent.setFormatter(JsonLineFormatter())
    logger.addHandler(console)
    logger.addHandler(recent)
    return logger


def recent_handler(logger):
    """The RecentHandler of a logger configured by setup_audit_logger."""
    return next(h for h in logger.handlers if isinstance(h, RecentHandler))
