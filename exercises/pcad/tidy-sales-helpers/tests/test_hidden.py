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


class TestTidyHidden(StyleTestCase):
    def test_behaviour_edges(self):
        """unreadable amounts, empty lists and the busy threshold"""
        parse_amount = self.need("parse_amount")
        self.assertIsNone(parse_amount("n/a"), msg="parse_amount('n/a')")
        self.assertIsNone(parse_amount(""), msg="parse_amount('')")
        self.assertEqual(parse_amount("0.1"), 10, msg="parse_amount('0.1')")
        self.assertIsNone(self.need("average_basket")([]), msg="average_basket([])")
        day = self.need("SalesDay")("2026-03-08", [])
        self.assertEqual(day.total(), 0, msg="total() of a day without tickets")
        self.assertIs(day.is_busy(0), True, msg="is_busy(0) of a day without tickets")
        self.assertIs(self.need("SalesDay")("x", [99999]).is_busy(), False,
                      msg="is_busy() with 99999 cents")

    def test_docstring_style(self):
        """docstrings use triple double quotes; the summary line ends with a period"""
        nodes = [(TREE, "the module")] + [(n, f"{k} {name}") for n, k, name in definitions()]
        for node, what in nodes:
            doc = ast.get_docstring(node, clean=False)
            if doc is None:
                continue
            expr = node.body[0]
            raw = ast.get_source_segment(SOURCE, expr.value) or ""
            with self.subTest(docstring=what):
                self.assertTrue(raw.startswith('"""'),
                                msg=f"the docstring of {what} (line {expr.lineno}) should use "
                                    f"\"\"\"triple double quotes\"\"\"")
                lines = ast.get_docstring(node).splitlines()
                self.assertTrue(lines and lines[0].strip().endswith("."),
                                msg=f"the summary line of {what}'s docstring should be one "
                                    f"sentence ending with a period")
                if len(lines) > 1:
                    self.assertEqual(lines[1].strip(), "",
                                     msg=f"in {what}'s docstring, leave a blank line after "
                                         f"the summary line")

    def test_blank_lines(self):
        """two blank lines around top-level functions and classes"""
        for index, node in enumerate(TREE.body):
            if index == 0 or not isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                continue
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            above = first - 2  # index in LINES of the line just above
            while above >= 0 and LINES[above].lstrip().startswith("#"):
                above -= 1
            blank = 0
            while above >= 0 and not LINES[above].strip():
                blank += 1
                above -= 1
            self.assertEqual(blank, 2, msg=f"line {node.lineno}: put exactly two blank lines "
                                           f"before a top-level def or class (found {blank})")

    def test_one_statement_per_line(self):
        """one statement per line: no `;` and no `if x: return y`"""
        for node in ast.walk(TREE):
            for field in ("body", "orelse", "finalbody", "handlers"):
                block = getattr(node, field, None)
                if not isinstance(block, list):
                    continue
                lines = [s.lineno for s in block if isinstance(s, ast.stmt)]
                self.assertEqual(len(lines), len(set(lines)),
                                 msg=f"line {lines[0] if lines else '?'}: two statements on "
                                     f"one line: put each on its own line, without ;")
                if (isinstance(node, (ast.stmt, ast.ExceptHandler)) and field == "body"
                        and block and block[0].lineno == node.lineno
                        and not isinstance(node, (ast.Expr, ast.Assign))):
                    self.fail(f"line {node.lineno}: the body of a block goes on the "
                              f"next line, indented")

    def test_ambiguous_names(self):
        """no variable called l, O or I (they look like 1 and 0)"""
        for node in ast.walk(TREE):
            if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
                self.assertNotIn(node.id, {"l", "O", "I"},
                                 msg=f"line {node.lineno}: {node.id!r} is easily mistaken "
                                     f"for 1 or 0: give it a name that says what it holds")

    def test_spaces(self):
        """a space after each comma, none just inside brackets, spaces around ="""
        tokens = list(tokenize.generate_tokens(io.StringIO(SOURCE).readline))
        for before, token, after in zip(tokens, tokens[1:], tokens[2:]):
            if token.type != tokenize.OP:
                continue
            row, col = token.start
            if token.string == "," and after.start[0] == row and after.string not in ")]}":
                self.assertEqual(after.start[1], token.end[1] + 1,
                                 msg=f"line {row}: put one space after a comma")
            if token.string in "([{" and after.start[0] == row and after.type != tokenize.COMMENT:
                self.assertEqual(after.start[1], token.end[1],
                                 msg=f"line {row}: no space just after {token.string!r}")
            if token.string in ")]}" and before.end[0] == row and before.type != tokenize.NL:
                self.assertEqual(before.end[1], col,
                                 msg=f"line {row}: no space just before {token.string!r}")
        for node in ast.walk(TREE):
            if isinstance(node, (ast.Assign, ast.AugAssign)):
                segment = LINES[node.lineno - 1]
                self.assertRegex(segment, r"\S (?:[-+*/%@&|^]|//|\*\*|>>|<<)?= \S",
                                 msg=f"line {node.lineno}: put one space on each side of "
                                     f"the = of an assignment")


if __name__ == "__main__":
    unittest.main()
