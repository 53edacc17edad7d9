import unittest

import toolkit as tk
from main import PaletteEditor

COLORS = ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"]


class TestPaletteLayout(unittest.TestCase):
    def setUp(self):
        self.root = tk.Tk()
        self.editor = PaletteEditor(self.root, COLORS, columns=3)

    def test_swatch_grid(self):
        """five swatches in three columns: row 1 holds three, row 2 two"""
        places = [(s.grid_info()["row"], s.grid_info()["column"]) for s in self.editor.swatches]
        self.assertEqual(places, [(1, 0), (1, 1), (1, 2), (2, 0), (2, 1)],
                         msg="(row, column) of each swatch, in order")
        first = self.editor.swatches[0].grid_info()
        self.assertEqual((first["padx"], first["pady"], first["sticky"]), (4, 4, "nsew"),
                         msg="padx, pady and sticky of a swatch")

    def test_swatch_colors(self):
        """each swatch shows its code on its colour, with readable text"""
        swatch = self.editor.swatches[2]
        self.assertEqual((swatch.cget("text"), swatch.cget("bg"), swatch.cget("fg")),
                         ("#e9c46a", "#e9c46a", "black"), msg="the third swatch (#e9c46a)")
        swatch = self.editor.swatches[0]
        self.assertEqual(swatch.cget("fg"), "white", msg="text on the dark #264653")

    def test_title_and_sliders(self):
        """the title spans the columns; the slider frame sits under the swatches"""
        info = self.editor.title.grid_info()
        self.assertEqual((info["row"], info["column"], info["columnspan"]), (0, 0, 3),
                         msg="row, column, columnspan of the title")
        self.assertEqual(self.editor.sliders.grid_info()["row"], 3,
                         msg="the sliders frame row with two rows of swatches")
        for name in ("red", "green", "blue", "preview"):
            self.assertEqual(getattr(self.editor, name).winfo_manager(), "pack",
                             msg=f"{name} is packed inside the sliders frame")
            self.assertIs(getattr(self.editor, name).master, self.editor.sliders,
                          msg=f"the master of {name}")

    def test_sliders_update_preview(self):
        """moving a slider recolours the preview"""
        self.editor.red.set(255)
        self.editor.green.set(136)
        self.assertEqual(self.editor.preview.cget("text"), "#ff8800")
        self.assertEqual(self.editor.preview.cget("bg"), "#ff8800")
        self.assertEqual(self.editor.preview.cget("fg"), "black")


if __name__ == "__main__":
    unittest.main()
