"""Tests for the heat alerts (heatwatch.py): the network is patched, the notifier is a mock."""
import unittest
from unittest.mock import Mock, call, patch

import heatwatch
from heatwatch import FORECAST_URL, check_cities


def forecast(*days):
    """A weather-service answer with the given (date, max_c) days."""
    return {"days": [{"date": date, "max_c": max_c} for date, max_c in days]}


class TestCheckCities(unittest.TestCase):
    def setUp(self):
        patcher = patch("heatwatch.get_json")
        self.get_json = patcher.start()
        self.addCleanup(patcher.stop)
        self.notifier = Mock()

    def test_hot_city_gets_one_text_naming_the_hottest_day(self):
        self.get_json.return_value = forecast(
            ("2025-07-01", 33.0), ("2025-07-02", 36.5), ("2025-07-03", 35.2))
        report = check_cities(["Seville"], 35.0, self.notifier)
        self.notifier.send.assert_called_once_with(
            "Seville", "Heat alert for Seville: 36.5 °C expected on 2025-07-02")
        self.assertEqual(report, {"alerted": ["Seville"], "failed": []})

    def test_exactly_the_threshold_is_hot(self):
        self.get_json.return_value = forecast(("2025-07-01", 35.0))
        report = check_cities(["Lyon"], 35.0, self.notifier)
        self.notifier.send.assert_called_once_with(
            "Lyon", "Heat alert for Lyon: 35.0 °C expected on 2025-07-01")
        self.assertEqual(report["alerted"], ["Lyon"])

    def test_cool_city_gets_no_text(self):
        self.get_json.return_value = forecast(("2025-07-01", 34.9), ("2025-07-02", -3.0))
        report = check_cities(["Oslo"], 35.0, self.notifier)
        self.notifier.send.assert_not_called()
        self.assertEqual(report, {"alerted": [], "failed": []})

    def test_empty_forecast_is_neither_alerted_nor_failed(self):
        self.get_json.return_value = forecast()
        self.assertEqual(check_cities(["Nuuk"], 35.0, self.notifier),
                         {"alerted": [], "failed": []})
        self.notifier.send.assert_not_called()

    def test_tie_names_the_earliest_hottest_day(self):
        self.get_json.return_value = forecast(
            ("2025-07-01", 38.0), ("2025-07-02", 40.0), ("2025-07-03", 40.0))
        check_cities(["Cairo"], 35.0, self.notifier)
        self.notifier.send.assert_called_once_with(
            "Cairo", "Heat alert for Cairo: 40.0 °C expected on 2025-07-02")

    def test_city_name_is_url_encoded(self):
        self.get_json.return_value = forecast()
        check_cities(["São Paulo"], 35.0, self.notifier)
        self.get_json.assert_called_once_with(FORECAST_URL + "S%C3%A3o%20Paulo")

    def test_unreachable_city_is_reported_and_the_check_goes_on(self):
        answers = {
            FORECAST_URL + "Rome": forecast(("2025-07-01", 37.0)),
            FORECAST_URL + "Oslo": ConnectionError("service down"),
            FORECAST_URL + "Athens": forecast(("2025-07-01", 39.0)),
        }

        def fake_get_json(url):
            answer = answers[url]
            if isinstance(answer, Exception):
                raise answer
            return answer

        self.get_json.side_effect = fake_get_json
        report = check_cities(["Rome", "Oslo", "Athens"], 35.0, self.notifier)
        self.assertEqual(report, {"alerted": ["Rome", "Athens"], "failed": ["Oslo"]})
        self.assertEqual(self.notifier.send.call_args_list, [
            call("Rome", "Heat alert for Rome: 37.0 °C expected on 2025-07-01"),
            call("Athens", "Heat alert for Athens: 39.0 °C expected on 2025-07-01"),
        ])

    def test_every_kind_of_os_error_counts_as_unreachable(self):
        for error in [ConnectionError("refused"), TimeoutError("timed out"), OSError("no route")]:
            with self.subTest(error=error):
                self.get_json.side_effect = error
                self.assertEqual(check_cities(["Oslo"], 35.0, self.notifier),
                                 {"alerted": [], "failed": ["Oslo"]})
        self.notifier.send.assert_not_called()

    def test_no_cities(self):
        self.assertEqual(check_cities([], 35.0, self.notifier), {"alerted": [], "failed": []})
        self.get_json.assert_not_called()


class TestPatchAsDecorator(unittest.TestCase):
    @patch.object(heatwatch, "get_json", return_value=forecast(("2025-08-10", 41.0)))
    def test_message_shows_one_decimal(self, get_json):
        notifier = Mock()
        check_cities(["Phoenix"], 40, notifier)
        notifier.send.assert_called_once_with(
            "Phoenix", "Heat alert for Phoenix: 41.0 °C expected on 2025-08-10")


if __name__ == "__main__":
    unittest.main()
