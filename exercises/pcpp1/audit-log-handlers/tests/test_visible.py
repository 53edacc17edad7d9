import io
import json
import logging
import unittest

from solution import JsonLineFormatter, RecentHandler, recent_handler, setup_audit_logger


def record(**attributes):
    """A LogRecord with fixed attributes, as the logging module makes them."""
    base = {"name": "shop.audit", "levelno": logging.WARNING, "levelname": "WARNING",
            "msg": "refund of %s EUR for order %d", "args": ("12.50", 1042),
            "created": 1772366400.25, "msecs": 250.0, "funcName": "refund"}
    base.update(attributes)
    return logging.makeLogRecord(base)


class TestAuditLogging(unittest.TestCase):
    def test_json_line(self):
        """the formatter writes one JSON object from the record's attributes"""
        line = JsonLineFormatter().format(record(user="ana"))
        self.assertNotIn("\n", line, msg="one line per record")
        self.assertEqual(json.loads(line), {
            "time": "2026-03-01T12:00:00.250Z", "level": "WARNING", "logger": "shop.audit",
            "function": "refund", "message": "refund of 12.50 EUR for order 1042",
            "user": "ana"})
        self.assertEqual(list(json.loads(line)), ["time", "level", "logger", "function",
                                                  "message", "user"], msg="the order of the keys")

    def test_no_user(self):
        """a record without a user has no "user" key"""
        entry = json.loads(JsonLineFormatter().format(record(msg="sync done", args=())))
        self.assertNotIn("user", entry)
        self.assertEqual(entry["message"], "sync done")

    def test_recent_handler(self):
        """RecentHandler keeps the last lines and counts every level"""
        handler = RecentHandler(capacity=2)
        handler.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
        for level, text in [(logging.INFO, "a"), (logging.WARNING, "b"), (logging.INFO, "c")]:
            handler.handle(record(levelno=level, levelname=logging.getLevelName(level),
                                  msg=text, args=()))
        self.assertEqual(list(handler.lines), ["WARNING:b", "INFO:c"])
        self.assertEqual(handler.counts, {"INFO": 2, "WARNING": 1})
        self.assertIsInstance(handler, logging.Handler)

    def test_setup_levels(self):
        """the console gets WARNING and above as text; the memory INFO and above"""
        stream = io.StringIO()
        logger = setup_audit_logger("shop.audit.visible", stream)

        def checkout():
            logger.debug("cart opened")
            logger.info("order %d paid", 7, extra={"user": "bo"})
            logger.warning("stock low: %s", "SKU-104")

        checkout()
        self.assertEqual(stream.getvalue(), "WARNING shop.audit.visible: stock low: SKU-104\n")
        entries = [json.loads(line) for line in recent_handler(logger).lines]
        self.assertEqual([(e["level"], e["message"], e["function"]) for e in entries],
                         [("INFO", "order 7 paid", "checkout"),
                          ("WARNING", "stock low: SKU-104", "checkout")])
        self.assertEqual(entries[0]["user"], "bo")

    def test_setup_twice(self):
        """calling setup twice does not print every line twice"""
        stream = io.StringIO()
        setup_audit_logger("shop.audit.twice", stream)
        logger = setup_audit_logger("shop.audit.twice", stream)
        logger.error("payment gateway down")
        self.assertEqual(stream.getvalue(), "ERROR shop.audit.twice: payment gateway down\n")
        self.assertEqual(len(logger.handlers), 2, msg="one console handler and one RecentHandler")


if __name__ == "__main__":
    unittest.main()
