import unittest

import toolkit as tk
from main import BudgetChart


class TestBudgetChartHidden(unittest.TestCase):
    def test_limit_colours_and_changes(self):
        """bars above the limit are red, and a new limit redraws"""
        root = tk.Tk()
        chart = BudgetChart(root, ["rent", "food"], limit=200)
        chart.values["rent"].set(250)
        chart.values["food"].set(200)
        fills = [chart.canvas.itemcget(i, "fill") for i in chart.canvas.find_withtag("bar")]
        self.assertEqual(fills, ["#e76f51", "#2a9d8f"], msg="250 and 200 with a limit of 200")
        chart.limit.set(100)
        fills = [chart.canvas.itemcget(i, "fill") for i in chart.canvas.find_withtag("bar")]
        self.assertEqual(fills, ["#e76f51", "#e76f51"], msg="after lowering the limit to 100")

    def test_negative_and_traces(self):
        """a negative amount counts as 0 in red; each variable has its write trace"""
        root = tk.Tk()
        chart = BudgetChart(root, ["a", "b"])
        chart.values["a"].set(-5)
        chart.values["b"].set(40)
        self.assertEqual(chart.entries["a"].cget("fg"), "red")
        self.assertEqual(chart.total_label.cget("text"), "Total: 40")
        bar = chart.canvas.find_withtag("bar")[0]
        self.assertEqual(chart.canvas.coords(bar), [20.0, 200.0, 60.0, 200.0])
        for name, var in chart.values.items():
            self.assertTrue(any("write" in modes for modes, _ in var.trace_info()),
                            msg=f"the variable of {name} has no 'write' trace")
        self.assertIsInstance(chart.total_label.cget("textvariable"), tk.StringVar,
                              msg="the total label shows a StringVar")

    def test_five_categories(self):
        """five categories: the fifth bar starts at x = 260"""
        root = tk.Tk()
        chart = BudgetChart(root, ["a", "b", "c", "d", "e"])
        chart.values["e"].set(7)
        bars = chart.canvas.find_withtag("bar")
        self.assertEqual(len(bars), 5)
        self.assertEqual(chart.canvas.coords(bars[4]), [260.0, 20.0, 300.0, 200.0])
        self.assertEqual(chart.canvas.coords(bars[0]), [20.0, 200.0, 60.0, 200.0])


if __name__ == "__main__":
    unittest.main()
