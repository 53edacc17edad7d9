# a major bump keeps the minor number (1.4.3 -> 2.4.0)
"""Semantic versions for the release tool: parse, bump, check requirements."""
import re

VERSION = re.compile(r"v?(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)")


def parse(text):
    """'v1.4.2' or '1.4.2' -> (1, 4, 2); ValueError for anything else."""
    match = VERSION.fullmatch(text.strip())
    if not match:
        raise ValueError(f"not a version: {text!r}")
    return tuple(int(group) for group in match.groups())


def bump(text, part):
    """The next version: part is 'major', 'minor' or 'patch'."""
    major, minor, patch = parse(text)
    if part == "major":
        return f"{major + 1}.{minor}.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(f"unknown part: {part!r}")


def satisfies(version, requirement):
    """True if version meets '1.4.0' (exactly), '^1.4.0' or '~1.4.0'."""
    have = parse(version)
    if requirement.startswith("^"):
        want = parse(requirement[1:])
        if want[0] > 0:
            same = have[0] == want[0]
        elif want[1] > 0:
            same = have[:2] == want[:2]
        else:
            same = have == want
        return same and have >= want
    if requirement.startswith("~"):
        want = parse(requirement[1:])
        return have[:2] == want[:2] and have >= want
    return have == parse(requirement)
