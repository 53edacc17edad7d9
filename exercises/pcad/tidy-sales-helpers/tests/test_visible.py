import ast
import io
import re
import tokenize
import unittest

import solution

SNAKE = re.compile(r"_?[a-z][a-z0-9_]*$")
CAP_WORDS = re.compile(r"[A-Z][A-Za-z0-9]*$")
UPPER = re.compile(r"[A-Z][A-Z0-9_]*$")


def read_source():
    with open(solution.__file__, encoding="utf-8") as file:
        return file.read()


SOURCE = read_source()
TREE = ast.parse(SOURCE)
LINES = SOURCE.splitlines()


def definitions():
    """(node, kind, qualified name) of every function, method and class."""
    found = []
    for node in TREE.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.append((node, "function", node.name))
        elif isinstance(node, ast.ClassDef):
            found.append((node, "class", node.name))
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    found.append((item, "method", f"{node.name}.{item.name}"))
    return found


def public(name):
    last = name.rsplit(".", 1)[-1]
    return not last.startswith("_")


class StyleTestCase(unittest.TestCase):
    def need(self, name):
        if not hasattr(solution, name):
            self.fail(f"the module has no {name}: README.md lists the names "
                      f"the tidy module must keep")
        return getattr(solution, name)


class TestTidyVisible(StyleTestCase):
    def test_behaviour(self):
        """the helpers still compute what they computed before"""
        self.assertEqual(self.need("VAT_RATE"), 0.2, msg="VAT_RATE")
        self.assertEqual(self.need("net_to_gross")(1000), 1200, msg="net_to_gross(1000)")
        self.assertEqual(self.need("net_to_gross")(999), 1199, msg="net_to_gross(999)")
        self.assertEqual(self.need("average_basket")([1000, 2500, 1999]), 1833,
                         msg="average_basket([1000, 2500, 1999])")
        self.assertIsNone(self.need("average_basket")(None), msg="average_basket(None)")
        day = self.need("SalesDay")("2026-03-07", [45000, 38050, 21990])
        self.assertEqual(day.day, "2026-03-07", msg="SalesDay(...).day")
        self.assertEqual(day.total(), 105040, msg="SalesDay(...).total()")
        self.assertIs(day.is_busy(), True, msg="SalesDay(...).is_busy()")
        self.assertEqual(self.need("parse_amount")(" 12,50 "), 1250, msg="parse_amount(' 12,50 ')")

    def test_docstrings_everywhere(self):
        """the module and every public function, class and method have a docstring (PEP 257)"""
        self.assertIsNotNone(ast.get_docstring(TREE),
                             msg="the module has no docstring: start the file with a "
                                 "\"\"\"string\"\"\" that says what the module is for")
        for node, kind, name in definitions():
            if public(name) and not name.endswith("__"):
                with self.subTest(name=name):
                    self.assertIsNotNone(ast.get_docstring(node),
                                         msg=f"the {kind} {name} (line {node.lineno}) has no docstring")

    def test_names(self):
        """names follow PEP 8: snake_case, CapWords classes, UPPER_CASE constants"""
        for node, kind, name in definitions():
            short = name.rsplit(".", 1)[-1]
            if kind == "class":
                self.assertRegex(short, CAP_WORDS,
                                 msg=f"line {node.lineno}: class names use CapWords, like SalesDay")
            elif not (short.startswith("__") and short.endswith("__")):
                self.assertRegex(short, SNAKE,
                                 msg=f"line {node.lineno}: {kind} names are lower_case_with_underscores")
            if kind != "class":
                for arg in node.args.args + node.args.kwonlyargs:
                    self.assertRegex(arg.arg, SNAKE,
                                     msg=f"line {node.lineno}: the parameter {arg.arg} of {name} "
                                         f"should be lower_case_with_underscores")
        for node in TREE.body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for target in targets:
                    if isinstance(target, ast.Name):
                        self.assertRegex(target.id, UPPER,
                                         msg=f"line {node.lineno}: {target.id} is a module-level "
                                             f"constant: write it in UPPER_CASE")
        for node in ast.walk(TREE):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                if not any(node.lineno == n.lineno for n in TREE.body
                           if isinstance(n, (ast.Assign, ast.AnnAssign))):
                    self.assertRegex(node.id, SNAKE,
                                     msg=f"line {node.lineno}: the variable {node.id} should be "
                                         f"lower_case_with_underscores")

    def test_line_length_and_indentation(self):
        """lines are at most 79 characters and indented with 4 spaces"""
        for number, line in enumerate(LINES, start=1):
            self.assertLessEqual(len(line), 79,
                                 msg=f"line {number} is {len(line)} characters long: "
                                     f"PEP 8 allows 79")
            self.assertNotIn("\t", line[:len(line) - len(line.lstrip())],
                             msg=f"line {number} is indented with a tab: use 4 spaces")
            self.assertEqual(line, line.rstrip(), msg=f"line {number} ends with spaces")
        for node in ast.walk(TREE):
            if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.If, ast.For,
                                 ast.While, ast.With, ast.Try)):
                outer = node.col_offset
                inner = node.body[0]
                if inner.lineno != node.lineno:
                    self.assertEqual(inner.col_offset - outer, 4,
                                     msg=f"line {inner.lineno} is indented by "
                                         f"{inner.col_offset - outer} spaces inside the "
                                         f"block of line {node.lineno}: use 4")

    def test_comparisons(self):
        """None is compared with `is`, and nothing with == True or == False"""
        for node in ast.walk(TREE):
            if isinstance(node, ast.Compare):
                for op, right in zip(node.ops, node.comparators):
                    if isinstance(op, (ast.Eq, ast.NotEq)) and isinstance(right, ast.Constant):
                        if right.value is None:
                            self.fail(f"line {node.lineno}: compare with None using "
                                      f"`is None` / `is not None`, not == or !=")
                        if right.value is True or right.value is False:
                            self.fail(f"line {node.lineno}: do not compare with "
                                      f"{right.value}: the comparison already gives a bool")

    def test_imports(self):
        """one import per line, at the top, and only what is used"""
        for node in TREE.body:
            if isinstance(node, ast.Import):
                self.assertEqual(len(node.names), 1,
                                 msg=f"line {node.lineno}: import one module per line")
        seen_code = False
        for node in TREE.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                self.assertFalse(seen_code, msg=f"line {node.lineno}: imports go at the top of the file")
            elif not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)):
                seen_code = True
        used = {n.id for n in ast.walk(TREE) if isinstance(n, ast.Name)}
        for node in TREE.body:
            if isinstance(node, ast.Import):
                for alias in node.names:
                    name = (alias.asname or alias.name).split(".")[0]
                    self.assertIn(name, used, msg=f"line {node.lineno}: {name} is imported but never used")

    def test_no_bare_except(self):
        """no bare `except:`; catch the error you expect"""
        for node in ast.walk(TREE):
            if isinstance(node, ast.ExceptHandler):
                self.assertIsNotNone(node.type,
                                     msg=f"line {node.lineno}: a bare except: also catches "
                                         f"typing mistakes and Ctrl+C; name the exception "
                                         f"float() raises")


if __name__ == "__main__":
    unittest.main()
