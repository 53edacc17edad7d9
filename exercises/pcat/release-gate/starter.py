# Release gate (see the README): read the path of a test-run report, then
# print the entry criteria, the pyramid, the exit criteria and the decision.
import json

path = input().strip()
with open(path, encoding="utf-8") as f:
    report = json.load(f)

print(f"Release gate: {report['product']} {report['version']}")
# TODO: the three ENTRY lines; stop with "DECISION: NOT READY FOR TESTING"
#       if one of them is "no"
# TODO: the PYRAMID line
# TODO: the four EXIT lines and "DECISION: RELEASE" or "DECISION: NO RELEASE"
