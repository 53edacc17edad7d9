"""A team expense tracker split into Model, View and Controller."""
from decimal import Decimal, InvalidOperation


class ExpenseModel:
    """The data and its rules; knows nothing about screens or commands."""

    def __init__(self):
        self._items = {}
        self._next_id = 1

    def add(self, description, amount, category):
        """Store an expense (amount: a Decimal) and return its new id."""
        expense_id = self._next_id
        self._next_id += 1
        self._items[expense_id] = (description, amount, category)
        return expense_id

    def remove(self, expense_id):
        """Delete an expense; KeyError if there is none with that id."""
        del self._items[expense_id]

    def items(self):
        """[(id, description, "12.50", category)] in id order."""
        return [(expense_id, description, f"{amount:.2f}", category)
                for expense_id, (description, amount, category) in sorted(self._items.items())]

    def totals(self):
        """("15.70", {"food": "12.50", ...}): the total and each category's."""
        per_category = {}
        for description, amount, category in self._items.values():
            per_category[category] = per_category.get(category, Decimal("0")) + amount
        total = sum(per_category.values(), Decimal("0"))
        return f"{total:.2f}", {name: f"{value:.2f}" for name, value in per_category.items()}


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
    """Turns the user's commands into model changes and view updates."""

    def __init__(self, model, view):
        self.model = model
        self.view = view

    def handle(self, command):
        """Run one command line: add, remove, list or total."""
        words = command.split()
        if not words:
            return
        action = words[0]
        if action == "add" and len(words) == 4:
            self._add(*words[1:])
        elif action == "remove" and len(words) == 2:
            self._remove(words[1])
        elif action == "list" and len(words) == 1:
            self.view.show_list(self.model.items())
        elif action == "total" and len(words) == 1:
            self.view.show_total(*self.model.totals())
        else:
            self.view.show_error(f"unknown command: {command.strip()}")

    def _add(self, description, amount_text, category):
        try:
            amount = Decimal(amount_text)
        except InvalidOperation:
            amount = None
        if amount is None or not amount.is_finite() or amount <= 0:
            self.view.show_error("amount must be a positive number")
            return
        self.model.add(description, amount, category.lower())
        self.view.show_list(self.model.items())

    def _remove(self, id_text):
        try:
            self.model.remove(int(id_text))
        except (ValueError, KeyError):
            self.view.show_error(f"no expense #{id_text}")
            return
        self.view.show_list(self.model.items())
