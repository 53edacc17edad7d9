"""Check a laptop's installed packages against the team's requirements.txt."""
from importlib import metadata

# TODO: write the four functions below as README.md describes, then the
#       report in audit(). Compare versions as numbers, never as text.


def compare_versions(a, b):
    """-1, 0 or 1 as version a is lower than, equal to or higher than b."""
    return 0


def satisfies(version, spec):
    """Whether version meets every clause of spec, e.g. '>=1.3,<1.6'."""
    return True


def installed_version(name):
    """The version of a package installed here, or None."""
    return metadata.version(name)


def audit(requirements_path, freeze_path):
    """The report lines."""
    return ["all 0 requirements met"]


if __name__ == "__main__":
    requirements_file = input().strip()
    freeze_file = input().strip()
    for report_line in audit(requirements_file, freeze_file):
        print(report_line)
