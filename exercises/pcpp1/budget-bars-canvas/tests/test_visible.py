import unittest

import toolkit as tk
from main import BudgetChart


def items(canvas, tag):
    """(coords, fill or text) of the canvas items with a tag, in drawing order."""
    found = []
    for item in canvas.find_withtag(tag):
        key = "text" if canvas.type(item) == "text" else "fill"
        found.append((canvas.coords(item), canvas.itemcget(item, key)))
    return found


class TestBudgetChart(unittest.TestCase):
    def setUp(self):
        self.root = tk.Tk()
        self.chart = BudgetChart(self.root, ["rent", "food", "fun"])

    def test_starts_flat(self):
        """at the start every bar is flat and the total is 0"""
        self.assertEqual(items(self.chart.canvas, "bar"), [
            ([20.0, 200.0, 60.0, 200.0], "#2a9d8f"),
            ([80.0, 200.0, 120.0, 200.0], "#2a9d8f"),
            ([140.0, 200.0, 180.0, 200.0], "#2a9d8f")])
        self.assertEqual(self.chart.total_label.cget("text"), "Total: 0")

    def test_variables_redraw(self):
        """setting the variables redraws the bars, the values and the total"""
        self.chart.values["rent"].set(300)
        self.chart.values["food"].set(120)
        self.chart.values["fun"].set(60)
        self.assertEqual(items(self.chart.canvas, "bar"), [
            ([20.0, 20.0, 60.0, 200.0], "#2a9d8f"),
            ([80.0, 128.0, 120.0, 200.0], "#2a9d8f"),
            ([140.0, 164.0, 180.0, 200.0], "#2a9d8f")],
            msg="the largest amount (300) is 180 px tall")
        self.assertEqual(items(self.chart.canvas, "value"), [
            ([40.0, 10.0], "300"), ([100.0, 118.0], "120"), ([160.0, 154.0], "60")])
        self.assertEqual(items(self.chart.canvas, "name"), [
            ([40.0, 210.0], "rent"), ([100.0, 210.0], "food"), ([160.0, 210.0], "fun")])
        self.assertEqual(self.chart.total_label.cget("text"), "Total: 480")

    def test_old_drawing_is_gone(self):
        """each redraw replaces the old drawing: 1 line, 3 bars, 6 texts"""
        for value in (10, 20, 30):
            self.chart.values["food"].set(value)
        canvas = self.chart.canvas
        kinds = sorted(canvas.type(item) for item in canvas.find_all())
        self.assertEqual(kinds, ["line"] + ["rectangle"] * 3 + ["text"] * 6,
                         msg="the item types on the canvas after three changes")

    def test_typing_and_bad_text(self):
        """typing in an entry redraws; text that is not a number counts as 0, in red"""
        self.assertEqual(self.chart.entries["fun"].get(), "0", msg="the entry shows its IntVar")
        self.chart.entries["fun"].delete(0, tk.END)
        self.chart.entries["fun"].type_text("80")
        self.assertEqual(self.chart.total_label.cget("text"), "Total: 80",
                         msg="after typing 80 in the 'fun' entry")
        self.chart.entries["fun"].type_text("x")
        self.assertEqual(self.chart.entries["fun"].get(), "80x")
        self.assertEqual(self.chart.entries["fun"].cget("fg"), "red",
                         msg="an entry that holds no number is shown in red")
        self.assertEqual(self.chart.total_label.cget("text"), "Total: 0")
        self.chart.entries["fun"].delete(2)
        self.assertEqual(self.chart.entries["fun"].cget("fg"), "black")


if __name__ == "__main__":
    unittest.main()
