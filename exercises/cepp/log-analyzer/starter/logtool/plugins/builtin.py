"""The three plugins that ship with logtool. TODO: feed() and rows() of each."""

from logtool.plugins import Plugin


class StatusPlugin(Plugin):
    name = "status"
    columns = ("status_class", "count")


class EndpointsPlugin(Plugin):
    name = "endpoints"
    columns = ("method", "path", "hits", "errors", "avg_ms")


class SlowPlugin(Plugin):
    name = "slow"
    columns = ("file", "line", "time", "method", "path", "ms")
