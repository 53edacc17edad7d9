# Checker of pcpp1/parcel-docs-and-hints: PEP 257 docstrings and PEP 484
# annotations, judged on the learner's source with ast.
#
# Each case calls `open(__file__, encoding="utf-8").read()` in the learner's
# module, so "returned" is the repr of the learner's source; `expect` names the
# aspect: "docstrings" or "annotations". Score: the share of the aspect's rules
# that hold; every broken rule is reported with line numbers.
import ast
import json
import re
import sys

DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def public_defs(tree):
    """(node, qualified name) of every public class, method and function."""
    found = []

    def visit(body, prefix):
        for node in body:
            if isinstance(node, DEFS):
                name = prefix + node.name
                public = not node.name.startswith("_") or node.name == "__init__"
                if public:
                    found.append((node, name))
                if isinstance(node, ast.ClassDef):
                    visit(node.body, name + ".")

    visit(tree.body, "")
    return found


def docstring_node(node):
    body = node.body
    if (body and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
            and isinstance(body[0].value.value, str)):
        return body[0]
    return None


def docstrings(tree, lines):
    rules = {"a module docstring": [],
             "every public class, method and function has a docstring": [],
             'triple double quotes """': [],
             "the summary line ends with a period": [],
             "a one-line docstring stays on one line": [],
             "a blank line after the summary of a longer docstring": []}
    targets = [(tree, "the module")] + public_defs(tree)
    documented = sum(docstring_node(node) is not None for node, _ in targets)
    rules["coverage"] = documented / len(targets)
    for node, name in targets:
        doc = docstring_node(node)
        where = f"line {getattr(node, 'lineno', 1)}: {name}"
        if doc is None:
            if node is tree:
                rules["a module docstring"].append(
                    "line 1: the module has no docstring (a comment is not one)")
            else:
                rules["every public class, method and function has a docstring"].append(
                    f"{where} (a # comment is not a docstring)")
            continue
        raw = "\n".join(lines[doc.lineno - 1:doc.end_lineno])
        raw = raw[doc.col_offset:].lstrip()
        if not raw.startswith('"""'):
            rules['triple double quotes """'].append(
                f"line {doc.lineno}: {name} opens its docstring with "
                f"{raw[:3]!r}")
        text = doc.value.value
        stripped = text.strip()
        summary = stripped.splitlines()[0] if stripped else ""
        if not summary.rstrip().endswith("."):
            rules["the summary line ends with a period"].append(
                f"line {doc.lineno}: {name}: {summary[:50]!r}")
        text_lines = text.strip("\n").splitlines()
        if len(stripped.splitlines()) == 1 and doc.lineno != doc.end_lineno:
            rules["a one-line docstring stays on one line"].append(
                f"line {doc.lineno}: {name}: put the quotes on the same "
                f"line as the text")
        body_lines = stripped.splitlines()
        if len(body_lines) > 1 and body_lines[1].strip():
            rules["a blank line after the summary of a longer docstring"].append(
                f"line {doc.lineno}: {name}")
    return rules


def annotation_text(node):
    return ast.unparse(node) if node is not None else ""


def annotations(tree, lines):
    rules = {"every parameter is annotated": [],
             "every return value is annotated (-> None too)": [],
             "a default of None needs '| None' (or Optional) in the type": [],
             "no '# type:' comments": []}
    slots = annotated = 0
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        args = node.args
        positional = args.posonlyargs + args.args
        defaults = [None] * (len(positional) - len(args.defaults)) + list(args.defaults)
        pairs = list(zip(positional, defaults)) + list(zip(args.kwonlyargs, args.kw_defaults))
        for index, (arg, default) in enumerate(pairs):
            if index == 0 and arg.arg in ("self", "cls"):
                continue
            slots += 1
            annotated += arg.annotation is not None
            if arg.annotation is None:
                rules["every parameter is annotated"].append(
                    f"line {arg.lineno}: '{arg.arg}' of {node.name}()")
            elif (isinstance(default, ast.Constant) and default.value is None):
                text = annotation_text(arg.annotation)
                if "None" not in text and "Optional" not in text:
                    rules["a default of None needs '| None' (or Optional) in the type"].append(
                        f"line {arg.lineno}: '{arg.arg}: {text} = None' of "
                        f"{node.name}(): write '{text} | None'")
        for extra in (args.vararg, args.kwarg):
            if extra is not None and extra.annotation is None:
                rules["every parameter is annotated"].append(
                    f"line {extra.lineno}: '{extra.arg}' of {node.name}()")
        slots += 1
        annotated += node.returns is not None
        if node.returns is None:
            rules["every return value is annotated (-> None too)"].append(
                f"line {node.lineno}: {node.name}()")
    for number, line in enumerate(lines, 1):
        if re.search(r"#\s*type:", line):
            rules["no '# type:' comments"].append(
                f"line {number}: write the annotation in the code instead")
    rules["coverage"] = annotated / slots if slots else 1
    return rules


ASPECTS = {"docstrings": docstrings, "annotations": annotations}
DONE = {"docstrings": "module, classes, methods and functions have a docstring",
        "annotations": "parameters and return values are annotated"}
LABELS = {"docstrings": "PEP 257", "annotations": "PEP 484"}


def line_of(problem):
    match = re.match(r"line (\d+)", problem)
    return int(match.group(1)) if match else 0


def judge(source, aspect):
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        return 0, f"The module does not compile: {error}"
    rules = ASPECTS[aspect](tree, source.splitlines())
    # The format rules of things that are missing hold trivially: the score
    # is the share of rules that hold times the share of things done.
    coverage = rules.pop("coverage")
    broken = {rule: sorted(dict.fromkeys(problems), key=line_of)
              for rule, problems in rules.items() if problems}
    label = LABELS[aspect]
    if not broken:
        return 1, f"{label} {aspect}: all {len(rules)} rules hold."
    parts = []
    for rule, problems in broken.items():
        shown = "; ".join(problems[:4])
        more = f" (and {len(problems) - 4} more)" if len(problems) > 4 else ""
        parts.append(f"[{rule}] {shown}{more}")
    held = len(rules) - len(broken)
    done = ""
    if coverage < 1:
        done = (f"; {coverage:.0%} of the {DONE[aspect]}, and the score is "
                f"scaled by that")
    return held / len(rules) * coverage, (
        f"{label} {aspect}: {held} of {len(rules)} rules hold{done}. "
        + " | ".join(parts))


def main():
    data = json.loads(sys.stdin.read())
    aspect = ast.literal_eval(data["expected"])
    returned = data.get("returned")
    if returned is None:
        print(json.dumps({"score": 0, "feedback": "The module could not be read."}))
        return
    score, feedback = judge(ast.literal_eval(returned), aspect)
    print(json.dumps({"score": score, "feedback": feedback}))


main()
