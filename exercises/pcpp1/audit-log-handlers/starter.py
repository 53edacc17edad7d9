"""Logging for the shop's audit trail: a JSON formatter and a memory handler."""
import collections
import json
import logging
import sys
import time

CONSOLE_FORMAT = "%(levelname)s %(name)s: %(message)s"


class JsonLineFormatter(logging.Formatter):
    """Format a record as one line of JSON, from its LogRecord attributes."""

    # TODO: times in UTC, and format(self, record) (README.md)


class RecentHandler(logging.Handler):
    """Keep the last `capacity` formatted records, and count every level."""

    def __init__(self, capacity=5, level=logging.NOTSET):
        super().__init__(level)
        self.lines = collections.deque(maxlen=capacity)
        self.counts = {}

    def emit(self, record):
        pass  # TODO


def setup_audit_logger(name="shop.audit", stream=None, capacity=5):
    """Configure (or reconfigure) the audit logger; return it."""
    logger = logging.getLogger(name)
    # TODO: level, propagation, the two handlers (README.md)
    return logger


def recent_handler(logger):
    """The RecentHandler of a logger configured by setup_audit_logger."""
    return next(h for h in logger.handlers if isinstance(h, RecentHandler))
