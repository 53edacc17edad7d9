"""Expense tracker: removing, ids and unknown commands."""
import contextlib
import io
import unittest
from decimal import Decimal

from solution import ExpenseController, ExpenseModel


class FakeView:
    """Records what the controller asked it to show."""

    def __init__(self):
        self.calls = []

    def show_list(self, rows):
        self.calls.append(("list", list(rows)))

    def show_total(self, total, per_category):
        self.calls.append(("total", total, dict(per_category)))

    def show_error(self, message):
        self.calls.append(("error", message))


def run(commands):
    """A model, a fake view and a controller after the commands; also what was printed."""
    model, view = ExpenseModel(), FakeView()
    controller = ExpenseController(model, view)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        for command in commands:
            controller.handle(command)
    return model, view, printed.getvalue()


class TestExpenseMvcMore(unittest.TestCase):
    def test_ids_not_reused(self):
        """ids keep growing after a removal"""
        model, view, printed = run(["add A 1 x", "add B 2 x", "remove 2", "add C 3 y"])
        self.assertEqual(model.items(), [(1, "A", "1.00", "x"), (3, "C", "3.00", "y")])

    def test_remove_unknown(self):
        """removing a missing id is an error on the view"""
        model, view, printed = run(["add A 1 x", "remove 7", "remove one"])
        self.assertEqual(view.calls[1:], [("error", "no expense #7"),
                                          ("error", "no expense #one")])
        self.assertEqual(len(model.items()), 1)

    def test_unknown_command(self):
        """an unknown or malformed command is reported"""
        model, view, printed = run(["export pdf", "add Lunch 12.50"])
        self.assertEqual(view.calls, [("error", "unknown command: export pdf"),
                                      ("error", "unknown command: add Lunch 12.50")])

    def test_empty_totals(self):
        """the totals of no expenses"""
        model, view, printed = run(["total", "list"])
        self.assertEqual(view.calls, [("total", "0.00", {}), ("list", [])])


if __name__ == "__main__":
    unittest.main()
