"""Document a module: list missing docstrings and write a README API section."""
import ast


def missing_docstrings(source):
    # TODO: "<module>" if the module has no docstring, then every public
    # function, class and method without one (see the README)
    return []


def api_section(source):
    # TODO: the Markdown "## API" section (see the README)
    return "## API\n"
