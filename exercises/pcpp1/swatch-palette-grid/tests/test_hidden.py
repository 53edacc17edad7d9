import unittest

import toolkit as tk
from main import PaletteEditor, hex_to_rgb, rgb_to_hex


class TestPaletteHidden(unittest.TestCase):
    def test_bad_values(self):
        """bad codes and channels raise ValueError"""
        for code in ("f80", "#ff88", "#ggg", "", "#12345g"):
            with self.subTest(code=code):
                with self.assertRaises(ValueError, msg=f"hex_to_rgb({code!r})"):
                    hex_to_rgb(code)
        for channels in ((256, 0, 0), (0, -1, 0), (0, 0, 1.5)):
            with self.subTest(channels=channels):
                with self.assertRaises(ValueError, msg=f"rgb_to_hex{channels}"):
                    rgb_to_hex(*channels)

    def test_click_loads_colour(self):
        """clicking a swatch moves the sliders to its colour"""
        root = tk.Tk()
        editor = PaletteEditor(root, ["#264653", "#F4A261"])
        editor.swatches[1].event_generate("<Button-1>")
        self.assertEqual([editor.red.get(), editor.green.get(), editor.blue.get()], [244, 162, 97])
        self.assertEqual(editor.preview.cget("text"), "#f4a261")
        self.assertEqual(editor.swatches[1].cget("text"), "#f4a261", msg="codes are shown in lower case")

    def test_add_moves_sliders_down(self):
        """Add puts the preview colour at the next place and moves the sliders"""
        root = tk.Tk()
        editor = PaletteEditor(root, ["#000", "#fff", "#f00", "#0f0"], columns=4)
        self.assertEqual(editor.swatches[0].cget("text"), "#000000")
        self.assertEqual(editor.sliders.grid_info()["row"], 2)
        editor.blue.set(300)
        editor.add_button.invoke()
        swatch = editor.swatches[-1]
        self.assertEqual((swatch.grid_info()["row"], swatch.grid_info()["column"]), (2, 0))
        self.assertEqual(swatch.cget("bg"), "#0000ff")
        self.assertEqual(editor.sliders.grid_info()["row"], 3)

    def test_columns_weight_and_empty(self):
        """every column stretches; an empty palette still has its sliders"""
        root = tk.Tk()
        editor = PaletteEditor(root, [], columns=2)
        self.assertEqual(editor.swatches, [])
        self.assertEqual(editor.sliders.grid_info()["row"], 1)
        self.assertEqual([root.columnconfigure(c)["weight"] for c in (0, 1)], [1, 1])


if __name__ == "__main__":
    unittest.main()
