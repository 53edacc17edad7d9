"""The controller drives a fake view; the model keeps the data."""
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


class TestExpenseMvc(unittest.TestCase):
    def test_add_shows_the_list(self):
        """adding an expense updates the model and shows the new list"""
        model, view, printed = run(["add Coffee 3.2 Food"])
        self.assertEqual(model.items(), [(1, "Coffee", "3.20", "food")])
        self.assertEqual(view.calls, [("list", [(1, "Coffee", "3.20", "food")])],
                         msg="what the controller asked the view to show")

    def test_bad_amount(self):
        """a bad amount is an error on the view and changes nothing"""
        model, view, printed = run(["add Taxi -9.90 travel", "add Taxi abc travel"])
        self.assertEqual(model.items(), [], msg="the model after two refused adds")
        self.assertEqual(view.calls, [("error", "amount must be a positive number")] * 2)

    def test_totals(self):
        """total shows the sum and each category's sum"""
        model, view, printed = run(["add Lunch 12.50 food", "add Bus 3.20 travel",
                                    "add Snack 1.05 food", "total"])
        self.assertEqual(view.calls[-1], ("total", "16.75", {"food": "13.55",
                                                             "travel": "3.20"}))

    def test_model_stays_silent(self):
        """nothing is printed: only the view may show things"""
        model, view, printed = run(["add Lunch 12.50 food", "remove 1", "remove 1", "list",
                                    "total"])
        self.assertEqual(printed, "",
                         msg="the model and the controller printed this; let the view do "
                             "all the showing")

    def test_model_alone(self):
        """the model works without any view or controller"""
        model = ExpenseModel()
        self.assertEqual(model.add("Hotel", Decimal("89.00"), "lodging"), 1)
        self.assertEqual(model.add("Dinner", Decimal("23.40"), "food"), 2)
        self.assertEqual(model.totals(), ("112.40", {"lodging": "89.00", "food": "23.40"}))


if __name__ == "__main__":
    unittest.main()
