# Mistake: the tests check THAT the notifier was called, never WITH WHAT nor
# how many times (assert_called() instead of assert_called_once_with(...)),
# and never look at the URL the mock received. A text naming the wrong day,
# one text per hot day, or an unencoded URL all pass.
import unittest
from unittest.mock import Mock, patch

from heatwatch import check_cities


def forecast(*days):
    return {"days": [{"date": date, "max_c": max_c} for date, max_c in days]}


class TestCheckCities(unittest.TestCase):
    def setUp(self):
        patcher = patch("heatwatch.get_json")
        self.get_json = patcher.start()
        self.addCleanup(patcher.stop)
        self.notifier = Mock()

    def test_hot_city_gets_a_text(self):
        self.get_json.return_value = forecast(
            ("2025-07-01", 33.0), ("2025-07-02", 36.5), ("2025-07-03", 35.2))
        report = check_cities(["Seville"], 35.0, self.notifier)
        self.notifier.send.assert_called()
        self.assertEqual(report["alerted"], ["Seville"])

    def test_exactly_the_threshold_is_hot(self):
        self.get_json.return_value = forecast(("2025-07-01", 35.0))
        check_cities(["Lyon"], 35.0, self.notifier)
        self.notifier.send.assert_called()

    def test_cool_city_gets_no_text(self):
        self.get_json.return_value = forecast(("2025-07-01", 34.9))
        check_cities(["Oslo"], 35.0, self.notifier)
        self.notifier.send.assert_not_called()

    def test_unreachable_city_is_reported(self):
        self.get_json.side_effect = [ConnectionError("down"), forecast(("2025-07-01", 39.0))]
        report = check_cities(["Oslo", "Athens"], 35.0, self.notifier)
        self.assertEqual(report, {"alerted": ["Athens"], "failed": ["Oslo"]})


if __name__ == "__main__":
    unittest.main()
