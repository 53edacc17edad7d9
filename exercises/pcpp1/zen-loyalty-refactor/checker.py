# Checker of pcpp1/zen-loyalty-refactor: measurable rules from PEP 20, the Zen
# of Python, judged with ast on the learner's source.
#
# Each case calls `open(__file__, encoding="utf-8").read()` in the learner's
# module, so "returned" is the repr of the source; `expect` names the group:
# "structure" (flat, sparse, simple, readable) or "honesty" (explicit, errors
# never pass silently). Score: the share of the group's rules that hold.
import ast
import json
import re
import sys

MAX_DEPTH = 2
MAX_COMPLEXITY = 6
BLOCKS = (ast.If, ast.For, ast.While, ast.Try, ast.With, ast.Match,
          ast.AsyncFor, ast.AsyncWith)
FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef)


def depth_problems(function):
    """Blocks nested more than MAX_DEPTH levels inside a function."""
    problems = []

    def visit(node, depth):
        for child in ast.iter_child_nodes(node):
            if isinstance(child, FUNCTIONS):
                continue
            if isinstance(child, BLOCKS):
                level = depth + 1
                # An elif is written at the level of its if.
                if isinstance(child, ast.If) and isinstance(node, ast.If) \
                        and node.orelse == [child]:
                    level = depth
                if level > MAX_DEPTH:
                    problems.append(
                        f"line {child.lineno}: in {function.name}(), a block "
                        f"nested {level} levels deep (at most {MAX_DEPTH}): "
                        f"return early or move it into a helper function")
                visit(child, level)
            else:
                visit(child, depth)

    visit(function, 0)
    return problems


def complexity(function):
    """McCabe's cyclomatic complexity: 1 + the number of decisions."""
    score = 1
    for node in ast.walk(function):
        if isinstance(node, (ast.If, ast.For, ast.While, ast.IfExp,
                             ast.ExceptHandler, ast.AsyncFor, ast.match_case)):
            score += 1
        elif isinstance(node, ast.BoolOp):
            score += len(node.values) - 1
        elif isinstance(node, ast.comprehension):
            score += 1 + len(node.ifs)
    return score


def structure(tree, lines):
    rules = {"flat is better than nested": [],
             "sparse is better than dense": [],
             "simple is better than complex": [],
             "readability counts": []}
    for node in ast.walk(tree):
        if isinstance(node, FUNCTIONS):
            rules["flat is better than nested"] += depth_problems(node)
            score = complexity(node)
            if score > MAX_COMPLEXITY:
                rules["simple is better than complex"].append(
                    f"line {node.lineno}: {node.name}() has a cyclomatic "
                    f"complexity of {score} (at most {MAX_COMPLEXITY}): split "
                    f"it into smaller functions")
            args = node.args
            for arg in args.posonlyargs + args.args + args.kwonlyargs:
                if len(arg.arg) == 1:
                    rules["readability counts"].append(
                        f"line {arg.lineno}: parameter '{arg.arg}' of "
                        f"{node.name}(): give it a name that says what it is")
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) \
                and len(node.id) == 1 and node.id != "_":
            rules["readability counts"].append(
                f"line {node.lineno}: variable '{node.id}': give it a name "
                f"that says what it is")
        for field in ("body", "orelse", "finalbody"):
            block = getattr(node, field, None)
            if isinstance(block, list):
                starts = [stmt.lineno for stmt in block if isinstance(stmt, ast.stmt)]
                for first, second in zip(starts, starts[1:]):
                    if first == second:
                        rules["sparse is better than dense"].append(
                            f"line {first}: two statements on one line")
        if isinstance(node, ast.IfExp) and any(
                isinstance(part, ast.IfExp)
                for part in (node.body, node.orelse, node.test)):
            rules["sparse is better than dense"].append(
                f"line {node.lineno}: a conditional expression inside another")
    return rules


def honesty(tree, lines):
    rules = {"errors should never pass silently": [],
             "explicit is better than implicit": [],
             "in the face of ambiguity, refuse the temptation to guess": []}
    for node in ast.walk(tree):
        if isinstance(node, ast.ExceptHandler):
            if node.type is None:
                rules["in the face of ambiguity, refuse the temptation to guess"].append(
                    f"line {node.lineno}: a bare 'except:' catches every "
                    f"error, even your own bugs: name the exception you expect")
            elif isinstance(node.type, ast.Name) and node.type.id in (
                    "Exception", "BaseException"):
                rules["in the face of ambiguity, refuse the temptation to guess"].append(
                    f"line {node.lineno}: 'except {node.type.id}' catches "
                    f"every error: name the exception you expect")
            if all(isinstance(stmt, ast.Pass) or (
                    isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant))
                   for stmt in node.body):
                rules["errors should never pass silently"].append(
                    f"line {node.lineno}: an except block that does nothing "
                    f"hides the error")
        elif isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                and isinstance(node.exc.func, ast.Name) \
                and node.exc.func.id in ("Exception", "BaseException"):
            rules["errors should never pass silently"].append(
                f"line {node.lineno}: raise a specific exception (here "
                f"ValueError) with a message that says what is wrong")
        elif isinstance(node, ast.ImportFrom) and any(
                alias.name == "*" for alias in node.names):
            rules["explicit is better than implicit"].append(
                f"line {node.lineno}: 'from {node.module} import *' hides "
                f"where names come from")
        elif isinstance(node, ast.Global):
            rules["explicit is better than implicit"].append(
                f"line {node.lineno}: 'global {', '.join(node.names)}': pass "
                f"values in and return them instead")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("eval", "exec"):
            rules["explicit is better than implicit"].append(
                f"line {node.lineno}: {node.func.id}() runs any text as code: "
                f"parse the number with int()")
    return rules


ASPECTS = {"structure": structure, "honesty": honesty}


def line_of(problem):
    match = re.match(r"line (\d+)", problem)
    return int(match.group(1)) if match else 0


def judge(source, aspect):
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        return 0, f"The module does not compile: {error}"
    rules = ASPECTS[aspect](tree, source.splitlines())
    broken = {rule: sorted(dict.fromkeys(problems), key=line_of)
              for rule, problems in rules.items() if problems}
    if not broken:
        return 1, f"The Zen of Python, {aspect}: all {len(rules)} rules hold."
    parts = []
    for rule, problems in broken.items():
        shown = "; ".join(problems[:4])
        more = f" (and {len(problems) - 4} more)" if len(problems) > 4 else ""
        parts.append(f"[{rule}] {shown}{more}")
    held = len(rules) - len(broken)
    return held / len(rules), (f"The Zen of Python, {aspect}: {held} of "
                               f"{len(rules)} rules hold. " + " | ".join(parts))


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
