"""The three plugins that ship with logtool."""

from collections import Counter

from logtool.plugins import Plugin


class StatusPlugin(Plugin):
    """How many responses of each status class (2xx, 3xx, 4xx, 5xx)."""

    name = "status"
    columns = ("status_class", "count")

    def __init__(self, options):
        super().__init__(options)
        self.counts = Counter()

    def feed(self, record):
        self.counts[f"{record.status // 100}xx"] += 1

    def rows(self):
        return [{"status_class": c, "count": n} for c, n in sorted(self.counts.items())]


class EndpointsPlugin(Plugin):
    """Hits, server errors and mean duration per method and path."""

    name = "endpoints"
    columns = ("method", "path", "hits", "errors", "avg_ms")

    def __init__(self, options):
        super().__init__(options)
        self.stats = {}

    def feed(self, record):
        hits, errors, total = self.stats.get((record.method, record.path), (0, 0, 0))
        self.stats[(record.method, record.path)] = (
            hits + 1, errors + (record.status >= 500), total + record.ms)

    def rows(self):
        rows = [
            {"method": m, "path": p, "hits": h, "errors": e, "avg_ms": round(t / h, 1)}
            for (m, p), (h, e, t) in self.stats.items()
        ]
        rows.sort(key=lambda r: (-r["hits"], r["path"], r["method"]))
        return rows


class SlowPlugin(Plugin):
    """Every request strictly slower than --slow-ms, slowest first."""

    name = "slow"
    columns = ("file", "line", "time", "method", "path", "ms")

    def __init__(self, options):
        super().__init__(options)
        self.found = []

    def feed(self, record):
        if record.ms > self.options.slow_ms:
            self.found.append({c: getattr(record, c) for c in self.columns})

    def rows(self):
        return sorted(self.found, key=lambda r: (-r["ms"], r["file"], r["line"]))
