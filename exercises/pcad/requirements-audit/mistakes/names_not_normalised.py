# Mistake: only lower-cases the names, so scikit-learn in requirements.txt is
# not found as scikit_learn in the freeze listing (pip treats - _ . alike).
"""Check a laptop's installed packages against the team's requirements.txt."""
import re
from importlib import metadata

OPERATORS = ("==", "!=", ">=", "<=", ">", "<")


def normalise(name):
    """The name pip compares: lower case, runs of - _ . as one dash."""
    return re.sub(r"[-_.]+", "-", name).lower()


def version_parts(text):
    """'1.26.4' -> [1, 26, 4]; '2.9.0.post0' -> [2, 9]: no trailing zeros."""
    parts = []
    for part in text.strip().split("."):
        if not part.isdigit():
            break
        parts.append(int(part))
    while parts and parts[-1] == 0:
        parts.pop()
    return parts


def compare_versions(a, b):
    """-1, 0 or 1 as version a is lower than, equal to or higher than b."""
    left, right = version_parts(a), version_parts(b)
    return (left > right) - (left < right)


def satisfies(version, spec):
    """Whether version meets every clause of spec, e.g. '>=1.3,<1.6'."""
    for clause in spec.split(","):
        clause = clause.strip()
        if not clause:
            continue
        for operator in OPERATORS:
            if clause.startswith(operator):
                order = compare_versions(version, clause[len(operator):])
                break
        else:
            raise ValueError(f"unknown clause {clause!r}")
        if not {
            "==": order == 0, "!=": order != 0,
            ">=": order >= 0, "<=": order <= 0,
            ">": order > 0, "<": order < 0,
        }[operator]:
            return False
    return True


def installed_version(name):
    """The version of a package installed here, or None (like pip show)."""
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def read_requirements(path):
    """(name, spec) pairs of a requirements file, in order."""
    requirements = []
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.split("#", 1)[0].strip()
            if not line or line.startswith("-"):
                continue
            line = "".join(line.split())
            match = re.match(r"[A-Za-z0-9._-]+", line)
            requirements.append((match.group(), line[match.end():]))
    return requirements


def read_freeze(path):
    """{normalised name: version} of a `pip freeze` listing."""
    installed = {}
    with open(path, encoding="utf-8") as file:
        for line in file:
            name, found, version = line.strip().partition("==")
            if found and not name.startswith("-"):
                installed[name.lower()] = version
    return installed


def audit(requirements_path, freeze_path):
    """The report lines."""
    requirements = read_requirements(requirements_path)
    installed = read_freeze(freeze_path)
    lines, fixes = [], []
    for name, spec in requirements:
        version = installed.get(name.lower())
        if version is None:
            lines.append(f"{name} missing")
        elif satisfies(version, spec):
            lines.append(f"{name} {version} ok")
            continue
        else:
            lines.append(f"{name} {version} wrong version: needs {spec}")
        fixes.append(f'"{name}{spec}"')
    if fixes:
        lines.append("fix: pip install " + " ".join(fixes))
    else:
        lines.append(f"all {len(requirements)} requirements met")
    return lines


if __name__ == "__main__":
    requirements_file = input().strip()
    freeze_file = input().strip()
    for report_line in audit(requirements_file, freeze_file):
        print(report_line)
