"""The command line: `analyze LOG... [--plugins a,b] [--slow-ms N] [--format csv|json] [--out DIR]`."""

import argparse

from logtool import plugins
from logtool.records import read_records
from logtool.reports import write_report


def build_parser():
    parser = argparse.ArgumentParser(prog="logtool")
    sub = parser.add_subparsers(dest="command", required=True)
    analyze = sub.add_parser("analyze", help="run plugins over log files")
    analyze.add_argument("logs", nargs="+")
    analyze.add_argument("--plugins", default=None,
                         help="comma-separated plugin names (default: all, sorted)")
    analyze.add_argument("--slow-ms", type=int, default=1000)
    analyze.add_argument("--format", choices=["csv", "json"], default="csv")
    analyze.add_argument("--out", default="/tmp/out")
    return parser


def main(argv):
    """Run the command; print the summary. Returns the exit status."""
    args = build_parser().parse_args(argv)
    names = args.plugins.split(",") if args.plugins else sorted(plugins.REGISTRY)
    unknown = [n for n in names if n not in plugins.REGISTRY]
    if unknown:
        print(f"error: unknown plugin {unknown[0]!r} (known: {', '.join(sorted(plugins.REGISTRY))})")
        return 2
    active = [plugins.create(name, args) for name in names]
    records = read_records(args.logs)
    while True:
        try:
            record = next(records)
        except StopIteration as done:
            lines, skipped = done.value
            break
        for plugin in active:
            plugin.feed(record)
    print(f"files: {len(args.logs)}")
    print(f"lines: {lines}")
    print(f"skipped: {skipped}")
    for plugin in active:
        print(f"wrote {write_report(plugin, args.out, args.format)}")
    return 0
