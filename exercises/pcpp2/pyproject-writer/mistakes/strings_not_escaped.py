# Mistake: values are pasted between double quotes by hand. A description
# with a quote in it (Build "print-ready" ...) or a backslash makes a file
# that no TOML parser (and so no build tool) can read.
"""Write a pyproject.toml from a project's metadata, and name its archives."""
import json
import os
import re


def toml_string(text):
    """A TOML basic string: JSON's string escapes are valid TOML escapes."""
    return f'"{text}"'


def toml_list(items):
    """A TOML array of strings on one line."""
    return "[" + ", ".join(toml_string(item) for item in items) + "]"


def render(meta):
    """The text of pyproject.toml for the metadata dictionary."""
    lines = [
        "[build-system]",
        'requires = ["setuptools>=68"]',
        'build-backend = "setuptools.build_meta"',
        "",
        "[project]",
        f"name = {toml_string(meta['name'])}",
        f"version = {toml_string(meta['version'])}",
        f"description = {toml_string(meta['summary'])}",
        f"readme = {toml_string(meta['readme'])}",
        f"requires-python = {toml_string(meta['requires_python'])}",
        f"license = {toml_string(meta['license'])}",
        "authors = [",
    ]
    for author in meta["authors"]:
        lines.append(f"    {{name = {toml_string(author['name'])}, "
                     f"email = {toml_string(author['email'])}}},")
    lines.append("]")
    lines.append(f"dependencies = {toml_list(meta['dependencies'])}")
    for table, key in [("project.optional-dependencies", "optional_dependencies"),
                       ("project.scripts", "scripts"), ("project.urls", "urls")]:
        if meta[key]:
            lines += ["", f"[{table}]"]
            for name, value in meta[key].items():
                value = toml_list(value) if isinstance(value, list) else toml_string(value)
                lines.append(f"{toml_string(name)} = {value}")
    lines += ["", "[tool.setuptools.packages.find]", 'where = ["src"]']
    return "\n".join(lines) + "\n"


def archive_names(name, version):
    """(wheel, sdist) file names: the name normalized with underscores."""
    stem = re.sub(r"[-_.]+", "_", name).lower()
    return f"{stem}-{version}-py3-none-any.whl", f"{stem}-{version}.tar.gz"


def main():
    """Read the metadata path, write /tmp/out/pyproject.toml, print the archives."""
    with open(input().strip(), encoding="utf-8") as handle:
        meta = json.load(handle)
    os.makedirs("/tmp/out", exist_ok=True)
    with open("/tmp/out/pyproject.toml", "w", encoding="utf-8") as handle:
        handle.write(render(meta))
    wheel, sdist = archive_names(meta["name"], meta["version"])
    print(f"wheel: {wheel}")
    print(f"sdist: {sdist}")


if __name__ == "__main__":
    main()
