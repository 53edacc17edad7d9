"""Audit the licenses of a project's dependencies against the legal team's policy."""
import csv
import json
import os
import sys


def load_policy(path="/data/policy.csv"):
    """{canonical id: set of project licenses it may be used in, or {"*"}}."""
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["dependency_license"]: set(row["allowed_in"].split())
                for row in csv.DictReader(handle)}


def main():
    policy = load_policy()
    project = input().strip()
    report = {"project": project, "ok": [], "conflicts": {}, "invalid": {}}
    for line in sys.stdin:
        name, _, expression = line.strip().partition(" ")
        # TODO: parse the SPDX expression (AND, OR, WITH, parentheses) and
        # decide ok / conflict / invalid (see the README). This only
        # handles a single license id, spelled exactly.
        if expression in policy and ("*" in policy[expression] or project in policy[expression]):
            report["ok"].append(name)
    os.makedirs("/tmp/out", exist_ok=True)
    with open("/tmp/out/license-report.json", "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)


if __name__ == "__main__":
    main()
