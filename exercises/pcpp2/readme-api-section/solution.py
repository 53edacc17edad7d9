"""Document a module: list missing docstrings and write a README API section.

Both tools read the module's source with the ast module, so the module is
never imported (its code never runs).
"""
import ast

FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def _public(node):
    """True for functions and classes whose name does not start with _."""
    return isinstance(node, (*FUNCTIONS, ast.ClassDef)) and not node.name.startswith("_")


def _documented(tree):
    """(qualified name, node) of the public functions, classes and methods, in source order."""
    for node in tree.body:
        if _public(node):
            yield node.name, node
            if isinstance(node, ast.ClassDef):
                for member in node.body:
                    if isinstance(member, FUNCTIONS) and _public(member):
                        yield f"{node.name}.{member.name}", member


def missing_docstrings(source):
    """Return the names that need a docstring: "<module>" first, then in source order."""
    tree = ast.parse(source)
    missing = [] if ast.get_docstring(tree) else ["<module>"]
    missing += [name for name, node in _documented(tree) if not ast.get_docstring(node)]
    return missing


def _summary(node):
    """The first paragraph of the docstring on one line, or a placeholder."""
    doc = ast.get_docstring(node)
    if not doc:
        return "*No description.*"
    return " ".join(doc.split("\n\n")[0].split())


def _signature(name, node):
    """`name(args)` for a function or method, without self; `class Name(args)` for a class."""
    if isinstance(node, ast.ClassDef):
        init = next((m for m in node.body
                     if isinstance(m, FUNCTIONS) and m.name == "__init__"), None)
        if init is None:
            return f"class {name}"
        return "class " + _signature(name, init)
    args = node.args
    if "." in name or isinstance(node, FUNCTIONS) and node.name == "__init__":
        args = ast.arguments(posonlyargs=args.posonlyargs, args=args.args[1:],
                             vararg=args.vararg, kwonlyargs=args.kwonlyargs,
                             kw_defaults=args.kw_defaults, kwarg=args.kwarg,
                             defaults=args.defaults)
    return f"{name}({ast.unparse(args)})"


def api_section(source):
    """Return the Markdown "## API" section documenting the public names of source."""
    lines = ["## API"]
    for name, node in _documented(ast.parse(source)):
        level = "####" if "." in name else "###"
        lines += ["", f"{level} `{_signature(name, node)}`", "", _summary(node)]
    return "\n".join(lines) + "\n"
