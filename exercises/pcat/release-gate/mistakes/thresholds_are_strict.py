# Mistake: the thresholds are compared with > instead of >=. The test plan
# says the pass rate and the coverage must be AT LEAST the minimum, so a
# build with exactly 95.0 % of its tests passing and exactly 80.0 % of its
# lines covered meets them and may be released.
import json

LEVELS = ["unit", "integration", "system", "acceptance"]


def yes_no(ok):
    return "yes" if ok else "no"


def percent(part, whole):
    return part * 100 / whole


def main():
    path = input().strip()
    with open(path, encoding="utf-8") as f:
        report = json.load(f)
    build = report["build"]
    tests = report["tests"]
    criteria = report["criteria"]

    print(f"Release gate: {report['product']} {report['version']}")

    # Entry criteria: is this build worth testing at all?
    smoke = [t for t in tests if t.get("smoke", False)]
    smoke_passed = sum(1 for t in smoke if t["status"] == "pass")
    smoke_ok = len(smoke) > 0 and smoke_passed == len(smoke)
    print(f"ENTRY build compiled: {yes_no(build['compiled'])}")
    print(f"ENTRY deployed to staging: {yes_no(build['deployed_to_staging'])}")
    print(f"ENTRY smoke tests pass: {yes_no(smoke_ok)} ({smoke_passed} of {len(smoke)})")
    if not (build["compiled"] and build["deployed_to_staging"] and smoke_ok):
        print("DECISION: NOT READY FOR TESTING")
        return

    # The shape of the suite: each level at least as big as the one above.
    counts = [sum(1 for t in tests if t["level"] == level) for level in LEVELS]
    shape = "ok"
    for lower, upper in zip(range(3), range(1, 4)):
        if counts[upper] > counts[lower]:
            shape = (f"not a pyramid ({LEVELS[upper]} {counts[upper]} > "
                     f"{LEVELS[lower]} {counts[lower]})")
            break
    listed = ", ".join(f"{level} {n}" for level, n in zip(LEVELS, counts))
    print(f"PYRAMID {listed}: {shape}")

    # Exit criteria: is the build good enough to release?
    executed = [t for t in tests if t["status"] != "skip"]
    passed = sum(1 for t in executed if t["status"] == "pass")
    rate = percent(passed, len(executed))
    rate_ok = rate > criteria["min_pass_rate"]
    print(f"EXIT pass rate {rate:.1f}% (needs {criteria['min_pass_rate']:.1f}%): "
          f"{yes_no(rate_ok)}")

    critical = [t for t in tests if t.get("critical", False)]
    critical_passed = sum(1 for t in critical if t["status"] == "pass")
    critical_ok = critical_passed == len(critical)
    print(f"EXIT critical tests pass: {yes_no(critical_ok)} "
          f"({critical_passed} of {len(critical)})")

    coverage = percent(report["coverage"]["covered"], report["coverage"]["lines"])
    coverage_ok = coverage > criteria["min_line_coverage"]
    print(f"EXIT line coverage {coverage:.1f}% "
          f"(needs {criteria['min_line_coverage']:.1f}%): {yes_no(coverage_ok)}")

    blocking = [d["id"] for d in report["open_defects"]
                if d["severity"] in ("blocker", "critical")]
    if blocking:
        print(f"EXIT no open blocker or critical defects: no ({', '.join(blocking)})")
    else:
        print("EXIT no open blocker or critical defects: yes")

    released = rate_ok and critical_ok and coverage_ok and not blocking
    print(f"DECISION: {'RELEASE' if released else 'NO RELEASE'}")


main()
