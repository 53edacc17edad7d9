# Write unittest tests for the heat alerts (see the README).
# Never let the tests reach the network: patch heatwatch.get_json, and pass
# a Mock as the notifier so you can check which texts were sent.
import unittest
from unittest.mock import Mock, patch

from heatwatch import FORECAST_URL, check_cities


def forecast(*days):
    """A weather-service answer with the given (date, max_c) days."""
    return {"days": [{"date": date, "max_c": max_c} for date, max_c in days]}


class TestCheckCities(unittest.TestCase):
    def test_hot_city_gets_a_text(self):
        notifier = Mock()
        with patch("heatwatch.get_json", return_value=forecast(("2025-07-02", 36.5))):
            report = check_cities(["Seville"], 35.0, notifier)
        notifier.send.assert_called_once_with(
            "Seville", "Heat alert for Seville: 36.5 °C expected on 2025-07-02")
        self.assertEqual(report, {"alerted": ["Seville"], "failed": []})

    # TODO: exactly the threshold; a cool city (send.assert_not_called())
    # TODO: several hot days: ONE text naming the hottest day (and on a tie?)
    # TODO: the URL get_json was called with (a city with a space and an accent)
    # TODO: an unreachable city (side_effect=ConnectionError(...)): listed in
    #       "failed", and the cities after it are still checked and texted
    # TODO: an empty forecast, an empty list of cities


if __name__ == "__main__":
    unittest.main()
