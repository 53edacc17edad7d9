"""The project's layout, its pyproject.toml, and the installed package."""
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


class TestProject(unittest.TestCase):
    def test_src_layout(self):
        """the package lives in src/shelfmark, with an __init__.py"""
        self.assertTrue(os.path.isfile(os.path.join(ROOT, "src", "shelfmark", "__init__.py")),
                        msg="expected src/shelfmark/__init__.py")
        self.assertFalse(os.path.exists(os.path.join(ROOT, "shelfmark")),
                         msg="a shelfmark folder at the top of the project can be imported "
                             "by accident from the project folder: keep only src/shelfmark")
        self.assertFalse(os.path.exists(os.path.join(ROOT, "shelfmark.py")),
                         msg="shelfmark.py at the top is the old single-file module: its "
                             "code belongs in src/shelfmark/")

    def test_pyproject(self):
        """pyproject.toml has the metadata and finds packages under src"""
        doc = load_pyproject()
        self.assertEqual(doc.get("build-system", {}).get("build-backend"),
                         "setuptools.build_meta",
                         msg="[build-system] build-backend (and requires = [\"setuptools>=68\"])")
        project = doc.get("project", {})
        for key, value in [("name", "shelfmark"), ("requires-python", ">=3.10"),
                           ("license", "MIT"), ("readme", "README.md"), ("dependencies", [])]:
            with self.subTest(key=key):
                self.assertEqual(project.get(key), value, msg=f"[project] {key}")
        self.assertTrue(os.path.isfile(os.path.join(ROOT, "README.md")),
                        msg="readme = \"README.md\" names a file that does not exist")
        where = doc.get("tool", {}).get("setuptools", {}).get("packages", {}).get("find", {})
        self.assertEqual(where.get("where"), ["src"],
                         msg="[tool.setuptools.packages.find] where = [\"src\"]")

    def test_installed_import(self):
        """installed from /tmp, the package exports exactly its public API"""
        shelfmark = install()
        namespace = {}
        exec("from shelfmark import *", namespace)
        names = sorted(n for n in namespace if n != "__builtins__")
        self.assertEqual(names, ["is_valid_isbn13", "isbn10_to_13", "normalize_isbn"],
                         msg="from shelfmark import * should give exactly the three "
                             "functions: list them in __all__")
        self.assertEqual(shelfmark.isbn10_to_13("0-306-40615-2"), "9780306406157")
        self.assertTrue(shelfmark.is_valid_isbn13("978-0-306-40615-7"))

    def test_console_script(self):
        """the [project.scripts] entry point names a real function"""
        install()
        scripts = load_pyproject().get("project", {}).get("scripts", {})
        self.assertEqual(scripts.get("shelfmark"), "shelfmark.cli:main",
                         msg="[project.scripts] shelfmark")
        module_name, _, function = scripts["shelfmark"].partition(":")
        main = getattr(importlib.import_module(module_name), function)
        self.assertEqual(main(["978-0-306-40615-7"]), 0)


if __name__ == "__main__":
    unittest.main()
