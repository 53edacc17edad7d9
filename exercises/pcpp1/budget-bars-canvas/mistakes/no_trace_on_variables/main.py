# Mistake: draws the chart once at the start but never traces the variables,
# so the chart does not follow the entries: nothing calls redraw() again.
"""A live bar chart of a monthly budget, redrawn whenever an amount changes."""
import toolkit as tk

LEFT = 20         # x of the first bar
BAR_WIDTH = 40
STEP = 60         # from one bar's left edge to the next one's
BASELINE = 200    # y of the bottom of the bars
TALLEST = 180     # height of the largest bar, in pixels
OK_COLOR = "#2a9d8f"
OVER_COLOR = "#e76f51"


class BudgetChart:
    """One entry per category, and a canvas that follows the amounts."""

    def __init__(self, root, categories, limit=500):
        self.root = root
        self.categories = list(categories)
        self.values = {}
        self.entries = {}
        for row, name in enumerate(self.categories):
            tk.Label(root, text=name).grid(row=row, column=0, sticky="w")
            var = tk.IntVar(value=0)
            entry = tk.Entry(root, textvariable=var)
            entry.grid(row=row, column=1)
            self.values[name] = var
            self.entries[name] = entry
        self.limit = tk.IntVar(value=limit)
        tk.Label(root, text="Limit").grid(row=len(self.categories), column=0)
        tk.Entry(root, textvariable=self.limit).grid(
            row=len(self.categories), column=1)
        self.total_var = tk.StringVar(value="Total: 0")
        self.total_label = tk.Label(root, textvariable=self.total_var)
        self.total_label.grid(row=len(self.categories) + 1, column=0,
                              columnspan=2)
        self.canvas = tk.Canvas(root, width=400, height=220, bg="white")
        self.canvas.grid(row=0, column=2, rowspan=len(self.categories) + 2)
        self.redraw()

    def amount(self, name):
        """The amount of a category, or None if its entry holds no number >= 0."""
        try:
            value = self.values[name].get()
        except tk.TclError:
            return None
        return value if value >= 0 else None

    def redraw(self, *trace_args):
        """Draw the chart again from the current amounts (a trace callback)."""
        amounts = {}
        for name in self.categories:
            value = self.amount(name)
            self.entries[name].config(fg="black" if value is not None else "red")
            amounts[name] = value or 0
        try:
            limit = self.limit.get()
        except tk.TclError:
            limit = None
        largest = max(amounts.values(), default=0)
        self.canvas.delete("all")
        self.canvas.create_line(10, BASELINE, 390, BASELINE)
        for index, name in enumerate(self.categories):
            value = amounts[name]
            height = value / largest * TALLEST if largest else 0
            left = LEFT + index * STEP
            over = limit is not None and value > limit
            self.canvas.create_rectangle(
                left, BASELINE - height, left + BAR_WIDTH, BASELINE,
                fill=OVER_COLOR if over else OK_COLOR, tags="bar")
            middle = left + BAR_WIDTH / 2
            self.canvas.create_text(middle, BASELINE + 10, text=name,
                                    tags="name")
            self.canvas.create_text(middle, BASELINE - height - 10,
                                    text=str(value), tags="value")
        self.total_var.set(f"Total: {sum(amounts.values())}")


def main():
    """Open the chart for a household budget."""
    root = tk.Tk()
    root.title("Budget")
    BudgetChart(root, ["rent", "food", "travel", "fun"])
    root.mainloop()


if __name__ == "__main__":
    main()
