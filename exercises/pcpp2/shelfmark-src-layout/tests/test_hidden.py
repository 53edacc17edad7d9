"""Versions in one place, private helpers, the command's exit status."""
import contextlib
import io
import unittest
import importlib
import os
import shutil
import sys
import tomllib

ROOT = "/submission"   # the learner's project folder, as it would be checked out


def load_pyproject():
    """The learner's pyproject.toml, parsed."""
    with open(os.path.join(ROOT, "pyproject.toml"), "rb") as handle:
        return tomllib.load(handle)


def install():
    """Do what `pip install .` does for a src layout, by hand: copy the
    package folder src/shelfmark into a fresh site-packages under /tmp and
    import it from there (nothing else of the project is on sys.path)."""
    source = os.path.join(ROOT, "src", "shelfmark")
    if not os.path.isdir(source):
        raise AssertionError("there is no src/shelfmark folder: move the package under src/")
    site = "/tmp/site-packages"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(source, os.path.join(site, "shelfmark"),
                    ignore=shutil.ignore_patterns("__pycache__"))
    sys.path[:] = [site] + [p for p in sys.path if p not in (ROOT, "", ".")]
    for name in [n for n in sys.modules if n == "shelfmark" or n.startswith("shelfmark.")]:
        del sys.modules[name]
    importlib.invalidate_caches()
    return importlib.import_module("shelfmark")


class TestProjectMore(unittest.TestCase):
    def test_single_version(self):
        """__version__ and pyproject.toml agree"""
        shelfmark = install()
        version = load_pyproject().get("project", {}).get("version")
        self.assertEqual(version, "1.2.0", msg="[project] version")
        self.assertEqual(getattr(shelfmark, "__version__", None), version,
                         msg="shelfmark.__version__ must be the version of pyproject.toml")

    def test_private_helper(self):
        """the check-digit helper is in the private module _checksum"""
        install()
        checksum = importlib.import_module("shelfmark._checksum")
        self.assertEqual(checksum.isbn13_check_digit("978030640615"), "7")
        shelfmark = sys.modules["shelfmark"]
        self.assertNotIn("isbn13_check_digit", shelfmark.__all__)

    def test_command_output(self):
        """the command prints one line per ISBN and fails on a bad one"""
        install()
        cli = importlib.import_module("shelfmark.cli")
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            status = cli.main(["978 0 306 40615 7", "9780306406158"])
        self.assertEqual(out.getvalue(), "9780306406157 VALID\n9780306406158 INVALID\n")
        self.assertEqual(status, 1)


if __name__ == "__main__":
    unittest.main()
