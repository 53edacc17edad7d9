"""A team expense tracker split into Model, View and Controller."""
from decimal import Decimal, InvalidOperation


class ExpenseModel:
    """The data and its rules; knows nothing about screens or commands."""

    def __init__(self):
        self._items = {}

    # TODO: add(description, amount, category) -> id, remove(expense_id),
    # items(), totals() (see the README)


class ConsoleView:
    """A real view for the terminal (the tests use a fake one instead)."""

    def show_list(self, rows):
        for expense_id, description, amount, category in rows:
            print(f"#{expense_id} {description} {amount} ({category})")

    def show_total(self, total, per_category):
        for name in sorted(per_category):
            print(f"{name}: {per_category[name]}")
        print(f"total: {total}")

    def show_error(self, message):
        print(f"error: {message}")


class ExpenseController:
    def __init__(self, model, view):
        self.model = model
        self.view = view

    def handle(self, command):
        # TODO: add / remove / list / total; report errors with view.show_error
        print("not implemented:", command)
