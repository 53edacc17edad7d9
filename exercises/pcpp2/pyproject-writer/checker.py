# Checker of pcpp2/pyproject-writer: a pyproject.toml has many right forms
# (order of keys, inline or normal tables, quoting), so instead of comparing
# text it parses the learner's file with tomllib and checks its VALUES.
#
# stdin:  {"input", "output", "expected", "files": {name: text}, ...} as JSON
# stdout: {"score": 0..1, "feedback": "..."}
#
# Score: the share of checks passed (a file tomllib cannot read scores 0).
import json
import re
import sys
import tomllib

# The metadata of each case's data file, keyed by the path given on stdin.
PROJECTS = json.loads('{"/data/invoice-kit.json": {"name": "Invoice-Kit", "version": "1.4.0", "summary": "Build \\"print-ready\\" PDF invoices from CSV exports", "requires_python": ">=3.10", "license": "MIT", "readme": "README.md", "authors": [{"name": "Mia Novak", "email": "mia@novak-books.example"}, {"name": "Tomás Ruiz", "email": "tomas@novak-books.example"}], "dependencies": ["reportlab>=4.0", "python-dateutil~=2.8"], "optional_dependencies": {"excel": ["openpyxl>=3.1"], "test": ["coverage>=7"]}, "scripts": {"invoice-kit": "invoice_kit.cli:main"}, "urls": {"Homepage": "https://novak-books.example/invoice-kit", "Issues": "https://novak-books.example/invoice-kit/issues"}}, "/data/tiny.json": {"name": "tidy_names", "version": "0.1.0", "summary": "Clean up people\'s names in address books", "requires_python": ">=3.9", "license": "Apache-2.0", "readme": "README.md", "authors": [{"name": "Kofi Mensah", "email": "kofi@example.org"}], "dependencies": [], "optional_dependencies": {}, "scripts": {}, "urls": {}}, "/data/data-tools.json": {"name": "Data.Tools--Pro", "version": "2025.3.1", "summary": "Réconciliation de relevés bancaires \\\\ C:\\\\exports inclus", "requires_python": ">=3.11,<4", "license": "GPL-3.0-or-later OR MIT", "readme": "docs/README.rst", "authors": [{"name": "Zoë \\"Z\\" Łukasiewicz", "email": "zoe@data-tools.example"}], "dependencies": ["pandas>=2.1,<3", "openpyxl"], "optional_dependencies": {"plots": ["matplotlib>=3.8", "seaborn"]}, "scripts": {"reconcile": "data_tools.cli:reconcile", "dt-export": "data_tools.export:main"}, "urls": {"Documentation": "https://data-tools.example/docs"}}, "/data/log-sieve.json": {"name": "Log_Sieve", "version": "3.0.0", "summary": "Filter huge server logs by level, time and pattern", "requires_python": ">=3.8", "license": "GPL-3.0-only", "readme": "README.md", "authors": [{"name": "Priya Raman", "email": "priya@logsieve.example"}], "dependencies": ["rich>=13"], "optional_dependencies": {}, "scripts": {"log-sieve": "log_sieve.__main__:main", "lsv": "log_sieve.__main__:main"}, "urls": {"Source": "https://git.example/priya/log-sieve"}}, "/data/acme-utils.json": {"name": "acme.utils", "version": "0.9", "summary": "Helpers #1 to #12 of the ACME back office", "requires_python": ">=3.12", "license": "MIT-0 AND CC-BY-4.0", "readme": "README.md", "authors": [{"name": "Ines Duarte", "email": "ines@acme.example"}, {"name": "Ravi Patel", "email": "ravi@acme.example"}, {"name": "O\'Brien, Sean", "email": "sean@acme.example"}], "dependencies": ["attrs>=23", "tabulate"], "optional_dependencies": {"yaml": ["PyYAML>=6"], "xlsx": ["openpyxl>=3.1", "xlrd>=2"]}, "scripts": {}, "urls": {}}}')


def archive_names(name, version):
    stem = re.sub(r"[-_.]+", "_", name).lower()
    return f"{stem}-{version}-py3-none-any.whl", f"{stem}-{version}.tar.gz"


def checks(meta, doc, output):
    """Yield (ok, message) for each thing a right answer must have."""
    build = doc.get("build-system", {})
    yield (any(str(r).startswith("setuptools") for r in build.get("requires", [])),
           "[build-system] requires should list setuptools, e.g. [\"setuptools>=68\"]")
    yield (build.get("build-backend") == "setuptools.build_meta",
           "[build-system] build-backend should be \"setuptools.build_meta\"")
    project = doc.get("project")
    if not isinstance(project, dict):
        yield False, "there is no [project] table"
        return
    simple = [("name", "name"), ("version", "version"), ("description", "summary"),
              ("readme", "readme"), ("requires-python", "requires_python")]
    for key, source in simple:
        yield (project.get(key) == meta[source],
               f"[project] {key} is {project.get(key)!r}, expected {meta[source]!r}")
    license_value = project.get("license")
    if isinstance(license_value, dict):
        yield (False, f"[project] license is the old table form {license_value!r}: write the "
                      f"SPDX expression as a plain string, license = {json.dumps(meta['license'])}")
    else:
        yield (license_value == meta["license"],
               f"[project] license is {license_value!r}, expected the SPDX expression "
               f"{meta['license']!r}")
    yield (project.get("authors") == meta["authors"],
           f"[project] authors is {project.get('authors')!r}, expected {meta['authors']!r} "
           f"(an array of tables with name and email)")
    yield (project.get("dependencies", []) == meta["dependencies"],
           f"[project] dependencies is {project.get('dependencies')!r}, expected "
           f"{meta['dependencies']!r} (a list of strings, in the same order)")
    for key, source in [("optional-dependencies", "optional_dependencies"),
                        ("scripts", "scripts"), ("urls", "urls")]:
        got = project.get(key, {})
        yield (got == meta[source],
               f"[project.{key}] is {got!r}, expected {meta[source]!r}")
    where = doc.get("tool", {}).get("setuptools", {}).get("packages", {}).get("find", {})
    yield (where.get("where") == ["src"],
           "[tool.setuptools.packages.find] should say where = [\"src\"] (the src layout)")
    wheel, sdist = archive_names(meta["name"], meta["version"])
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    yield (f"wheel: {wheel}" in lines,
           f"the program should print \"wheel: {wheel}\" (name normalized: lowercase, runs "
           f"of - _ . become one _)")
    yield (f"sdist: {sdist}" in lines, f"the program should print \"sdist: {sdist}\"")


def judge(data):
    meta = PROJECTS.get(data.get("input", "").strip())
    if meta is None:
        return 0, "internal: unknown case input"
    files = data.get("files") or {}
    text = files.get("pyproject.toml")
    if text is None:
        return 0, "no file /tmp/out/pyproject.toml was written"
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return 0, (f"tomllib cannot read your pyproject.toml: {error}. Check the quoting: "
                   f"a \" or \\ inside a string must be escaped (json.dumps does it).")
    results = list(checks(meta, doc, data.get("output", "")))
    failed = [message for ok, message in results if not ok]
    if not failed:
        return 1, "pyproject.toml reads back with every value right"
    score = (len(results) - len(failed)) / len(results)
    shown = "; ".join(failed[:3]) + (f" (and {len(failed) - 3} more)" if len(failed) > 3 else "")
    return score, f"{len(failed)} of {len(results)} checks failed: {shown}"


def main():
    data = json.load(sys.stdin)
    score, feedback = judge(data)
    print(json.dumps({"score": score, "feedback": feedback}))


main()
