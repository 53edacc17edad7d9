# Checker of pcpp1/invoice-style-cleanup: a small PEP 8 linter built on ast.
#
# Each case calls `open(__file__, encoding="utf-8").read()` in the learner's
# module, so "returned" is the repr of the learner's own source code. The
# case's `expect` names the aspect to check: "naming", "imports", "layout" or
# "recommendations". Score: the share of the aspect's rules that hold; every
# broken rule is reported with its line number.
import ast
import json
import re
import sys

SNAKE = re.compile(r"^_{0,2}[a-z][a-z0-9_]*$")
CAP_WORDS = re.compile(r"^_?[A-Z][a-zA-Z0-9]*$")
UPPER = re.compile(r"^_?[A-Z][A-Z0-9_]*$")
AMBIGUOUS = {"l", "O", "I"}
MAX_LINE = 79


def is_dunder(name):
    return name.startswith("__") and name.endswith("__")


def naming(tree, lines):
    """Rules of PEP 8's 'Naming Conventions', each a list of problems."""
    rules = {"functions and methods": [], "arguments": [], "classes": [],
             "constants": [], "local variables and attributes": [],
             "ambiguous names": []}

    def check_name(name, line, rule, pattern, what):
        if name in AMBIGUOUS:
            rules["ambiguous names"].append(
                f"line {line}: never use '{name}' as a name: it looks like "
                f"1 or 0 in many fonts")
        elif not pattern.match(name) and not is_dunder(name):
            rules[rule].append(f"line {line}: {what} '{name}'")

    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, ast.AnnAssign):
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                if not UPPER.match(target.id) and not is_dunder(target.id):
                    rules["constants"].append(
                        f"line {node.lineno}: module constant '{target.id}' "
                        f"should be UPPER_CASE")
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            if not CAP_WORDS.match(node.name):
                rules["classes"].append(
                    f"line {node.lineno}: class '{node.name}' should be CapWords")
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            check_name(node.name, node.lineno, "functions and methods", SNAKE,
                       "function or method")
            args = node.args
            for arg in args.posonlyargs + args.args + args.kwonlyargs:
                check_name(arg.arg, arg.lineno, "arguments", SNAKE, "argument")
            for inner in ast.walk(node):
                if isinstance(inner, ast.Name) and isinstance(inner.ctx, ast.Store):
                    check_name(inner.id, inner.lineno,
                               "local variables and attributes", SNAKE,
                               "local variable")
                elif (isinstance(inner, ast.Attribute)
                      and isinstance(inner.ctx, ast.Store)
                      and isinstance(inner.value, ast.Name)
                      and inner.value.id == "self"):
                    check_name(inner.attr, inner.lineno,
                               "local variables and attributes", SNAKE,
                               "attribute")
        elif isinstance(node, ast.comprehension):
            for inner in ast.walk(node.target):
                if isinstance(inner, ast.Name):
                    check_name(inner.id, inner.lineno,
                               "local variables and attributes", SNAKE,
                               "loop variable")
    return rules


def imports(tree, lines):
    rules = {"imports at the top": [], "one module per import": [],
             "no wildcard imports": [], "standard library first": [],
             "a blank line between the groups": []}
    body = tree.body
    start = 0
    if body and isinstance(body[0], ast.Expr) and isinstance(
            getattr(body[0], "value", None), ast.Constant):
        start = 1
    seen_code = False
    groups = []  # (group, node) in order
    for node in body[start:]:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            if seen_code:
                rules["imports at the top"].append(
                    f"line {node.lineno}: import after other code: put every "
                    f"import at the top of the module")
        else:
            seen_code = True
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            if len(node.names) > 1:
                names = ", ".join(alias.name for alias in node.names)
                rules["one module per import"].append(
                    f"line {node.lineno}: 'import {names}' imports several "
                    f"modules: one import statement per module")
            module = node.names[0].name
        elif isinstance(node, ast.ImportFrom):
            if any(alias.name == "*" for alias in node.names):
                rules["no wildcard imports"].append(
                    f"line {node.lineno}: 'from {node.module} import *'")
            module = node.module or ""
        else:
            continue
        if node in body:
            top = module.split(".")[0]
            group = 0 if top in sys.stdlib_module_names else 1
            groups.append((group, node))
    for (g1, n1), (g2, n2) in zip(groups, groups[1:]):
        if g1 > g2:
            rules["standard library first"].append(
                f"line {n2.lineno}: a standard-library import after the "
                f"third-party import of line {n1.lineno}")
        if g1 != g2 and n2.lineno - n1.end_lineno < 2:
            rules["a blank line between the groups"].append(
                f"line {n2.lineno}: separate the standard-library group from "
                f"the third-party group with a blank line")
    return rules


def layout(tree, lines):
    rules = {"line length": [], "no tabs or trailing spaces": [],
             "two blank lines around top-level definitions": [],
             "one statement per line": [],
             "spaces around = in keyword defaults": []}
    for number, line in enumerate(lines, 1):
        if len(line) > MAX_LINE:
            rules["line length"].append(
                f"line {number} has {len(line)} characters (at most {MAX_LINE})")
        if "\t" in line or line != line.rstrip():
            rules["no tabs or trailing spaces"].append(f"line {number}")
    for node in tree.body[1:]:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef)):
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            above = first - 1  # 1-based number of the line above
            while above >= 1 and lines[above - 1].lstrip().startswith("#"):
                above -= 1
            if not (above >= 2 and not lines[above - 1].strip()
                    and not lines[above - 2].strip()):
                rules["two blank lines around top-level definitions"].append(
                    f"line {node.lineno}: '{node.name}' needs two blank lines "
                    f"above it")
    for node in ast.walk(tree):
        if isinstance(node, (ast.If, ast.For, ast.While, ast.With,
                             ast.FunctionDef, ast.ClassDef)):
            if node.body and node.body[0].lineno == node.lineno:
                rules["one statement per line"].append(
                    f"line {node.lineno}: put the body of the "
                    f"'{type(node).__name__.lower().replace('functiondef', 'def').replace('classdef', 'class')}' on its own line")
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args.args[-len(node.args.defaults):] if node.args.defaults else []
            for arg, default in zip(args, node.args.defaults):
                text = lines[arg.lineno - 1]
                between = text[arg.end_col_offset:default.col_offset] if arg.lineno == default.lineno else "="
                if between != "=":
                    rules["spaces around = in keyword defaults"].append(
                        f"line {arg.lineno}: write '{arg.arg}=...' without "
                        f"spaces around '='")
    return rules


def recommendations(tree, lines):
    rules = {"compare with None using 'is'": [],
             "isinstance() instead of comparing types": [],
             "no bare except": [],
             "def instead of an assigned lambda": []}
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators):
                if (isinstance(op, (ast.Eq, ast.NotEq))
                        and isinstance(right, ast.Constant) and right.value is None):
                    rules["compare with None using 'is'"].append(
                        f"line {node.lineno}: use 'is None' / 'is not None'")
            sides = [node.left] + node.comparators
            if any(isinstance(s, ast.Call) and isinstance(s.func, ast.Name)
                   and s.func.id == "type" for s in sides) and any(
                    isinstance(op, (ast.Eq, ast.NotEq, ast.Is, ast.IsNot))
                    for op in node.ops):
                rules["isinstance() instead of comparing types"].append(
                    f"line {node.lineno}: use isinstance(value, type)")
        elif isinstance(node, ast.ExceptHandler) and node.type is None:
            rules["no bare except"].append(
                f"line {node.lineno}: name the exception you expect "
                f"(a bare 'except:' also catches KeyboardInterrupt)")
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Lambda):
            rules["def instead of an assigned lambda"].append(
                f"line {node.lineno}: a lambda assigned to a name should be "
                f"a def")
    return rules


ASPECTS = {"naming": naming, "imports": imports, "layout": layout,
           "recommendations": recommendations}


def line_of(problem):
    """The line number a problem starts with, to list them in order."""
    match = re.match(r"line (\d+)", problem)
    return int(match.group(1)) if match else 0


def judge(source, aspect):
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        return 0, f"The module does not compile: {error}"
    rules = ASPECTS[aspect](tree, source.splitlines())
    broken = {rule: problems for rule, problems in rules.items() if problems}
    if not broken:
        return 1, f"PEP 8 {aspect}: all {len(rules)} rules hold."
    parts = []
    for rule, problems in broken.items():
        problems = sorted(dict.fromkeys(problems), key=line_of)
        shown = "; ".join(problems[:4])
        more = f" (and {len(problems) - 4} more)" if len(problems) > 4 else ""
        parts.append(f"[{rule}] {shown}{more}")
    score = (len(rules) - len(broken)) / len(rules)
    return score, (f"PEP 8 {aspect}: {len(rules) - len(broken)} of {len(rules)} "
                   f"rules hold. " + " | ".join(parts))


def main():
    data = json.loads(sys.stdin.read())
    aspect = ast.literal_eval(data["expected"])
    returned = data.get("returned")
    if returned is None:
        print(json.dumps({"score": 0, "feedback": "The module could not be read."}))
        return
    source = ast.literal_eval(returned)
    score, feedback = judge(source, aspect)
    print(json.dumps({"score": score, "feedback": feedback}))


main()
