"""A palette editor: colour swatches in a grid, RGB sliders and a preview."""
import toolkit as tk


def rgb_to_hex(red, green, blue):
    """Return the '#rrggbb' code of three channels from 0 to 255."""
    # TODO
    return "#000000"


def hex_to_rgb(code):
    """Return the (red, green, blue) of '#rgb' or '#rrggbb', any case."""
    # TODO
    return (0, 0, 0)


def text_color(code):
    """Return 'black' or 'white', whichever reads better on this background."""
    # TODO
    return "black"


class PaletteEditor:
    """Swatches in a grid, and sliders to mix a new colour."""

    def __init__(self, root, colors, columns=4):
        self.root = root
        self.columns = columns
        self.swatches = []
        # TODO: the title, the swatches, the sliders frame (README.md)


def main():
    """Open the editor with a few colours."""
    root = tk.Tk()
    root.title("Palette")
    PaletteEditor(root, ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"])
    root.mainloop()


if __name__ == "__main__":
    main()
