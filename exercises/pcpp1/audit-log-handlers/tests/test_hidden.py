import io
import json
import logging
import unittest

from solution import JsonLineFormatter, recent_handler, setup_audit_logger


class TestAuditLoggingHidden(unittest.TestCase):
    def test_exception_info(self):
        """logger.exception adds "error" to the JSON line, and the traceback to the console"""
        stream = io.StringIO()
        logger = setup_audit_logger("shop.audit.errors", stream)

        def charge():
            try:
                {}["card"]
            except KeyError:
                logger.exception("charge failed for order %s", "A-9")

        charge()
        entry = json.loads(recent_handler(logger).lines[-1])
        self.assertEqual(entry["error"], "KeyError: 'card'")
        self.assertEqual(entry["function"], "charge")
        self.assertIn("Traceback", stream.getvalue())

    def test_no_propagation(self):
        """the audit records do not reach the root logger"""
        seen = []

        class Spy(logging.Handler):
            def emit(self, record):
                seen.append(record)

        spy = Spy()
        logging.getLogger().addHandler(spy)
        try:
            logger = setup_audit_logger("shop.audit.quiet", io.StringIO())
            logger.error("not for the root")
        finally:
            logging.getLogger().removeHandler(spy)
        self.assertEqual(seen, [])

    def test_capacity_and_unicode(self):
        """the memory keeps `capacity` lines; non-ASCII text stays readable"""
        logger = setup_audit_logger("shop.audit.small", io.StringIO(), capacity=3)
        for n in range(1, 6):
            logger.info("Bestellung Nr. %d für Zoë", n)
        handler = recent_handler(logger)
        self.assertEqual([json.loads(line)["message"] for line in handler.lines],
                         [f"Bestellung Nr. {n} für Zoë" for n in (3, 4, 5)])
        self.assertEqual(len(handler.lines), 3)
        self.assertIn("für Zoë", handler.lines[-1], msg="write JSON with ensure_ascii=False")
        self.assertEqual(handler.counts, {"INFO": 5})

    def test_time_is_utc_with_milliseconds(self):
        """the time is UTC with milliseconds"""
        rec = logging.makeLogRecord({"name": "x", "levelname": "INFO", "levelno": 20,
                                     "msg": "m", "created": 0.007, "msecs": 7.0,
                                     "funcName": "f"})
        self.assertEqual(json.loads(JsonLineFormatter().format(rec))["time"],
                         "1970-01-01T00:00:00.007Z")


if __name__ == "__main__":
    unittest.main()
