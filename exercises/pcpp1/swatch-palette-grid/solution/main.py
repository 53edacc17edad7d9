"""A palette editor: colour swatches in a grid, RGB sliders and a preview."""
import toolkit as tk

HEX_DIGITS = "0123456789abcdef"


def rgb_to_hex(red, green, blue):
    """Return the '#rrggbb' code of three channels from 0 to 255."""
    for value in (red, green, blue):
        if not isinstance(value, int) or isinstance(value, bool) \
                or not 0 <= value <= 255:
            raise ValueError(f"a channel must be an int from 0 to 255, not {value!r}")
    return f"#{red:02x}{green:02x}{blue:02x}"


def hex_to_rgb(code):
    """Return the (red, green, blue) of '#rgb' or '#rrggbb', any case."""
    digits = code[1:].lower() if code.startswith("#") else ""
    if len(digits) not in (3, 6) or any(d not in HEX_DIGITS for d in digits):
        raise ValueError(f"not a colour code: {code!r}")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    return tuple(int(digits[i:i + 2], 16) for i in (0, 2, 4))


def text_color(code):
    """Return 'black' or 'white', whichever reads better on this background."""
    red, green, blue = hex_to_rgb(code)
    # The YIQ brightness, in whole numbers: 299 + 587 + 114 = 1000.
    brightness = (299 * red + 587 * green + 114 * blue) / 1000
    return "black" if brightness >= 128 else "white"


class PaletteEditor:
    """Swatches in a grid, and sliders to mix a new colour."""

    def __init__(self, root, colors, columns=4):
        self.root = root
        self.columns = columns
        self.swatches = []
        self.title = tk.Label(root, text="Palette")
        self.title.grid(row=0, column=0, columnspan=columns, sticky="ew")
        for column in range(columns):
            root.columnconfigure(column, weight=1)
        # The sliders live in a frame of their own: inside it they are
        # packed, and the frame itself takes part in the root's grid.
        self.sliders = tk.Frame(root)
        self.red = self._slider("red")
        self.green = self._slider("green")
        self.blue = self._slider("blue")
        self.preview = tk.Label(self.sliders, text="#000000", bg="#000000",
                                fg="white")
        self.preview.pack(side="top", fill="x", pady=4)
        self.add_button = tk.Button(self.sliders, text="Add",
                                    command=self.add_preview)
        self.add_button.pack(side="right")
        for code in colors:
            self.add_color(code)
        self._place_sliders()

    def _slider(self, name):
        scale = tk.Scale(self.sliders, from_=0, to=255, orient="horizontal",
                         label=name, command=self.on_slide)
        scale.pack(side="top", fill="x")
        return scale

    def _place_sliders(self):
        rows = (len(self.swatches) + self.columns - 1) // self.columns
        self.sliders.grid(row=1 + rows, column=0, columnspan=self.columns,
                          sticky="ew")

    def add_color(self, code):
        """Add a swatch for a colour code at the next place of the grid."""
        code = rgb_to_hex(*hex_to_rgb(code))
        index = len(self.swatches)
        swatch = tk.Label(self.root, text=code, bg=code, fg=text_color(code),
                          width=8)
        swatch.grid(row=1 + index // self.columns, column=index % self.columns,
                    padx=4, pady=4, sticky="nsew")
        swatch.bind("<Button-1>", lambda event: self.load(code))
        self.swatches.append(swatch)
        self._place_sliders()
        return swatch

    def load(self, code):
        """Move the sliders to a colour (the preview follows)."""
        for scale, value in zip((self.red, self.green, self.blue),
                                hex_to_rgb(code)):
            scale.set(value)

    def on_slide(self, value=None):
        """Show the colour of the three sliders in the preview."""
        code = rgb_to_hex(int(self.red.get()), int(self.green.get()),
                          int(self.blue.get()))
        self.preview.config(text=code, bg=code, fg=text_color(code))

    def add_preview(self):
        """Add the colour of the preview as a swatch."""
        return self.add_color(self.preview.cget("text"))


def main():
    """Open the editor with a few colours."""
    root = tk.Tk()
    root.title("Palette")
    PaletteEditor(root, ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"])
    root.mainloop()


if __name__ == "__main__":
    main()
