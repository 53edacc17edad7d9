# Mistake: the failing network is faked with return_value=ConnectionError(...).
# That makes the mock RETURN an exception object instead of raising it, so
# check_cities gets an exception where it expects a forecast and crashes
# with a TypeError. The suite fails on the correct module; side_effect is
# what makes a mock raise.
import unittest
from unittest.mock import Mock, patch

from heatwatch import check_cities


def forecast(*days):
    return {"days": [{"date": date, "max_c": max_c} for date, max_c in days]}


class TestCheckCities(unittest.TestCase):
    def test_hot_city_gets_a_text(self):
        notifier = Mock()
        with patch("heatwatch.get_json", return_value=forecast(("2025-07-02", 36.5))):
            report = check_cities(["Seville"], 35.0, notifier)
        notifier.send.assert_called_once_with(
            "Seville", "Heat alert for Seville: 36.5 °C expected on 2025-07-02")
        self.assertEqual(report, {"alerted": ["Seville"], "failed": []})

    def test_exactly_the_threshold_is_hot(self):
        notifier = Mock()
        with patch("heatwatch.get_json", return_value=forecast(("2025-07-01", 35.0))):
            report = check_cities(["Lyon"], 35.0, notifier)
        self.assertEqual(report["alerted"], ["Lyon"])

    def test_unreachable_city_is_reported(self):
        notifier = Mock()
        with patch("heatwatch.get_json", return_value=ConnectionError("service down")):
            report = check_cities(["Oslo"], 35.0, notifier)
        self.assertEqual(report, {"alerted": [], "failed": ["Oslo"]})
        notifier.send.assert_not_called()


if __name__ == "__main__":
    unittest.main()
