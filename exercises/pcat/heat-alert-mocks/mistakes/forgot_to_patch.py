# Mistake: nothing is patched, so check_cities calls the real get_json. There
# is no network (in the sandbox, and no such server anyway): every city ends
# up in "failed", no text is sent, and the tests fail on the correct module.
# A unit test must not depend on a remote service: patch heatwatch.get_json.
import unittest
from unittest.mock import Mock

from heatwatch import check_cities


class TestCheckCities(unittest.TestCase):
    def test_hot_city_gets_a_text(self):
        notifier = Mock()
        report = check_cities(["Seville"], 35.0, notifier)
        notifier.send.assert_called_once()
        self.assertEqual(report["alerted"], ["Seville"])

    def test_cold_threshold_alerts_everyone(self):
        notifier = Mock()
        report = check_cities(["Oslo", "Lyon"], -50.0, notifier)
        self.assertEqual(report["alerted"], ["Oslo", "Lyon"])


if __name__ == "__main__":
    unittest.main()
