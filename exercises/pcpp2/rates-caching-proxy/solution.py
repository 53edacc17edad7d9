"""Exchange rates behind a caching Proxy."""
import time
from abc import ABC, abstractmethod


class RatesSource(ABC):
    """Anything that can tell an exchange rate."""

    @abstractmethod
    def rate(self, base, quote):
        """Return how many `quote` units one `base` unit buys."""


class RatesService(RatesSource):
    """The slow, metered remote service (a stand-in: it counts its calls)."""

    RATES = {
        ("EUR", "USD"): 1.0842,
        ("USD", "EUR"): 0.9223,
        ("EUR", "GBP"): 0.8571,
        ("GBP", "EUR"): 1.1667,
        ("USD", "JPY"): 151.37,
    }

    def __init__(self):
        self.calls = 0

    def rate(self, base, quote):
        self.calls += 1
        key = (base.strip().upper(), quote.strip().upper())
        if key not in self.RATES:
            raise KeyError(f"no rate for {key[0]}/{key[1]}")
        return self.RATES[key]


class FakeClock:
    """A clock the tests move by hand: clock() returns clock.now."""

    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


class RatesProxy(RatesSource):
    """Stands in for a RatesSource and remembers its answers for `ttl` seconds.

    Same interface as the real service, so callers cannot tell the
    difference, except that repeated questions are answered from the cache.
    """

    def __init__(self, service, ttl, clock=time.monotonic):
        self._service = service
        self._ttl = ttl
        self._clock = clock
        self._cache = {}
        self.hits = 0

    def rate(self, base, quote):
        key = (base.strip().upper(), quote.strip().upper())
        now = self._clock()
        if key in self._cache:
            value, stored_at = self._cache[key]
            if now - stored_at < self._ttl:
                self.hits += 1
                return value
        value = self._service.rate(*key)
        self._cache[key] = (value, now)
        return value


def replay(requests, ttl):
    """Ask the proxy for each (time, base, quote); return what happened.

    Returns (answers, backend_calls, hits): the answers as 4-decimal
    strings (or "error" for an unknown pair), how many times the real
    service was called, and the proxy's hit count.
    """
    clock = FakeClock()
    service = RatesService()
    proxy = RatesProxy(service, ttl, clock)
    answers = []
    for moment, base, quote in requests:
        clock.now = moment
        try:
            answers.append(f"{proxy.rate(base, quote):.4f}")
        except KeyError:
            answers.append("error")
    return answers, service.calls, proxy.hits
