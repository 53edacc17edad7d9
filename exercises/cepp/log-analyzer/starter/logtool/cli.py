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
    # TODO: --plugins (comma-separated), --slow-ms (int, 1000), --out (/tmp/out)
    analyze.add_argument("--format", choices=["csv", "json"], default="csv")
    return parser


def main(argv):
    """Run the command; print the summary. Returns the exit status."""
    args = build_parser().parse_known_args(argv)[0]  # TODO: parse_args once all options exist
    names = sorted(plugins.REGISTRY)  # TODO: --plugins, unknown names
    active = [plugins.create(name, args) for name in names]
    records = read_records(args.logs)
    # TODO: feed every record to every plugin, and get (lines, skipped): the
    # value a generator returns travels in StopIteration.value.
    for record in records:
        for plugin in active:
            plugin.feed(record)
    lines = skipped = 0
    print(f"files: {len(args.logs)}")
    print(f"lines: {lines}")
    print(f"skipped: {skipped}")
    for plugin in active:
        print(f"wrote {write_report(plugin, '/tmp/out', args.format)}")
    return 0
