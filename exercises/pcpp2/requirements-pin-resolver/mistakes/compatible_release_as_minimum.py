# Mistake: ~= is treated like >=. "Django~=4.2.0" means >=4.2.0 AND
# ==4.2.*: it must stay on 4.2, not jump to 5.1.
"""Pick the version pip would install for each line of a requirements file."""
import json
import re
import sys

INDEX = "/data/index.json"
OPERATORS = ("~=", "==", "!=", ">=", "<=", ">", "<")


def normalize(name):
    """PEP 503 name: lowercase, runs of -, _ and . become one -."""
    return re.sub(r"[-_.]+", "-", name).lower()


def version_key(text):
    """'2.10.0' -> (2, 10) : compare numerically; trailing zeros do not count."""
    parts = [int(part) for part in text.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def matches(version, operator, wanted):
    """True if version satisfies one specifier like ('>=', '2.0')."""
    if operator in ("==", "!=") and wanted.endswith(".*"):
        prefix = [int(part) for part in wanted[:-2].split(".")]
        padded = [int(part) for part in version.split(".")]
        padded += [0] * (len(prefix) - len(padded))
        same = padded[:len(prefix)] == prefix
        return same if operator == "==" else not same
    have, want = version_key(version), version_key(wanted)
    if operator == "~=":
        prefix = wanted.rsplit(".", 1)[0] + ".*"
        return have >= want
    return {
        "==": have == want, "!=": have != want, ">=": have >= want,
        "<=": have <= want, ">": have > want, "<": have < want,
    }[operator]


def parse(line):
    """'Django>=4.2,<5 # LTS' -> ('Django', [('>=', '4.2'), ('<', '5')]), or None."""
    line = line.split("#", 1)[0].strip()
    if not line:
        return None
    name = re.match(r"[A-Za-z0-9._-]+", line).group()
    rest = re.sub(r"^\[[^\]]*\]", "", line[len(name):].strip())
    specifiers = []
    for part in rest.split(","):
        part = part.replace(" ", "")
        if part:
            operator = next(op for op in OPERATORS if part.startswith(op))
            specifiers.append((operator, part[len(operator):]))
    return name, specifiers


def main():
    """Read a requirements file on stdin; print one pin per requirement."""
    with open(INDEX, encoding="utf-8") as handle:
        index = {normalize(name): (name, versions) for name, versions in json.load(handle).items()}
    resolved = failed = 0
    for line in sys.stdin:
        requirement = parse(line)
        if requirement is None:
            continue
        name, specifiers = requirement
        if normalize(name) not in index:
            print(f"{name}: not found on the index")
            failed += 1
            continue
        project, versions = index[normalize(name)]
        good = [v for v in versions if all(matches(v, op, want) for op, want in specifiers)]
        if good:
            print(f"{project}=={max(good, key=version_key)}")
            resolved += 1
        else:
            wanted = ",".join(op + want for op, want in specifiers)
            print(f"{project}: no version matches {wanted}")
            failed += 1
    print(f"{resolved} resolved, {failed} failed")


if __name__ == "__main__":
    main()
