# the message shows the temperature in whole degrees (36.5 becomes 36)
"""Heat alerts of the Riverside County public-health office.

Every morning check_cities() fetches the forecast of each city from the
weather service and texts the duty officer of every city where it will be
hot. get_json() is the only function that touches the network.
"""
import json
import urllib.parse
import urllib.request

FORECAST_URL = "https://api.meteo.example/v1/forecast?city="


def get_json(url):
    """GET `url` and return the decoded JSON body.

    Raises OSError (ConnectionError, TimeoutError, urllib's URLError...) when
    the weather service cannot be reached.
    """
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.load(response)


def check_cities(cities, threshold_c, notifier):
    """Text an alert for every city whose forecast reaches `threshold_c`.

    For each city, in order, the forecast is fetched with
    get_json(FORECAST_URL + the URL-encoded city name); its "days" are a list
    of {"date": "YYYY-MM-DD", "max_c": float}. When at least one day reaches
    the threshold, notifier.send(city, message) is called ONCE, naming the
    hottest day (the earliest of them on a tie). A city whose forecast
    cannot be fetched is listed in "failed" and the check goes on.

    Returns {"alerted": [cities texted], "failed": [cities not reached]}.
    """
    alerted, failed = [], []
    for city in cities:
        try:
            forecast = get_json(FORECAST_URL + urllib.parse.quote(city))
        except OSError:
            failed.append(city)
            continue
        hot_days = [day for day in forecast["days"] if day["max_c"] >= threshold_c]
        if not hot_days:
            continue
        hottest = max(hot_days, key=lambda day: day["max_c"])
        notifier.send(
            city,
            f"Heat alert for {city}: {hottest['max_c']:.0f} °C expected on {hottest['date']}",
        )
        alerted.append(city)
    return {"alerted": alerted, "failed": failed}
