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
        # TODO: the IntVars and entries, the limit, the total label and the
        #       canvas of README.md; trace every variable so that the chart
        #       is redrawn when it changes, then draw it once.

    def redraw(self, *trace_args):
        """Draw the chart again from the current amounts (a trace callback)."""
        # TODO


def main():
    """Open the chart for a household budget."""
    root = tk.Tk()
    root.title("Budget")
    BudgetChart(root, ["rent", "food", "travel", "fun"])
    root.mainloop()


if __name__ == "__main__":
    main()
