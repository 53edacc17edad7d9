"""toolkit: a small stand-in for tkinter, for machines without a display.

It has the same shape as tkinter, so the code you write against it moves to
tkinter almost unchanged (`import tkinter as tk` instead of
`import toolkit as tk`). Nothing is drawn: every widget remembers its options,
its bindings and how it was placed, and tests can play the user by calling
`invoke()`, `type_text()` or `event_generate()`. Do not change this file.

Differences from tkinter, all on purpose:
- `mainloop()` runs the callbacks scheduled with `after()` and returns
  (there is no user to wait for);
- an Entry's `validatecommand` is a plain function that receives the text the
  entry would hold after the change (tkinter's `%P`), instead of a
  `(widget.register(func), "%P")` tuple; both forms are accepted;
- `messagebox` records the dialogs in `messagebox.shown` instead of showing
  them, and `askyesno` answers with the next value of `messagebox.answers`.
"""

END = "end"


class TclError(Exception):
    """What tkinter raises for a bad option, a bad value or a layout clash."""


# ---------------------------------------------------------------- variables

class Variable:
    """An observable value: trace_add("write", callback) is told of changes."""

    _default = ""
    _count = 0

    def __init__(self, master=None, value=None, name=None):
        Variable._count += 1
        self._name = name or f"PY_VAR{Variable._count}"
        self._value = self._default if value is None else value
        self._traces = []  # (mode, callback, cbname)

    def __str__(self):
        return self._name

    def set(self, value):
        """Change the value and call the callbacks traced on 'write'."""
        self._value = value
        for modes, callback, _ in list(self._traces):
            if "write" in modes:
                callback(self._name, "", "write")

    def get(self):
        """The current value."""
        for modes, callback, _ in list(self._traces):
            if "read" in modes:
                callback(self._name, "", "read")
        return self._value

    def trace_add(self, mode, callback):
        """Call callback(name, index, mode) on 'write' (or 'read'); return its id."""
        modes = (mode,) if isinstance(mode, str) else tuple(mode)
        for one in modes:
            if one not in ("read", "write", "unset", "array"):
                raise TclError(f'bad operation "{one}": must be array, read, unset, or write')
        cbname = f"{id(callback)}{callback.__name__ if hasattr(callback, '__name__') else ''}"
        self._traces.append((modes, callback, cbname))
        return cbname

    def trace_remove(self, mode, cbname):
        """Remove the trace of that id."""
        self._traces = [t for t in self._traces if t[2] != cbname]

    def trace_info(self):
        """[(modes, cbname), ...] of the traces."""
        return [(modes, cbname) for modes, _, cbname in self._traces]


class StringVar(Variable):
    _default = ""

    def get(self):
        value = super().get()
        return value if isinstance(value, str) else str(value)


class IntVar(Variable):
    _default = 0

    def get(self):
        value = super().get()
        try:
            return int(value)
        except (TypeError, ValueError):
            try:
                return int(float(value))
            except (TypeError, ValueError):
                raise TclError(f'expected floating-point number but got "{value}"') from None


class DoubleVar(Variable):
    _default = 0.0

    def get(self):
        value = super().get()
        try:
            return float(value)
        except (TypeError, ValueError):
            raise TclError(f'expected floating-point number but got "{value}"') from None


class BooleanVar(Variable):
    _default = False

    def get(self):
        value = super().get()
        if isinstance(value, str):
            if value.lower() in ("1", "true", "yes", "on"):
                return True
            if value.lower() in ("0", "false", "no", "off", ""):
                return False
            raise TclError(f'expected boolean value but got "{value}"')
        return bool(value)


# ------------------------------------------------------------------- events

class Event:
    """What a bound handler receives: the widget and the details of the event."""

    def __init__(self, widget, sequence, **details):
        self.widget = widget
        self.type = sequence.strip("<>").split("-")[0]
        self.char = details.pop("char", "")
        self.keysym = details.pop("keysym", self.char)
        self.x = details.pop("x", 0)
        self.y = details.pop("y", 0)
        for key, value in details.items():
            setattr(self, key, value)

    def __repr__(self):
        return f"<Event {self.type} on {self.widget!r}>"


# ------------------------------------------------------------------ widgets

class Widget:
    """What every widget has: options, bindings, children, geometry."""

    defaults = {}
    _count = 0

    def __init__(self, master=None, **options):
        Widget._count += 1
        self.master = master
        self.children = []
        self._name = f"!{type(self).__name__.lower()}{Widget._count}"
        self._options = dict(self.defaults)
        self._bindings = {}
        self._manager = ""
        self._geometry = {}
        self._destroyed = False
        if master is not None:
            master.children.append(self)
        self.configure(**options)

    def __repr__(self):
        return f"<{type(self).__name__} {self._name}>"

    # options
    def configure(self, **options):
        """Change options; with no arguments, return a copy of all of them."""
        if not options:
            return dict(self._options)
        for key, value in options.items():
            key = key.rstrip("_")  # from_ -> from
            if key not in self.defaults:
                raise TclError(f'unknown option "-{key}" for {type(self).__name__}')
            self._options[key] = value
        return None

    config = configure

    def cget(self, key):
        """The value of one option."""
        key = key.rstrip("_")
        if key not in self._options:
            raise TclError(f'unknown option "-{key}"')
        return self._options[key]

    def __getitem__(self, key):
        return self.cget(key)

    def __setitem__(self, key, value):
        self.configure(**{key: value})

    # events
    def bind(self, sequence, func, add=None):
        """Call func(event) when sequence happens; add='+' keeps older handlers."""
        if add == "+":
            self._bindings.setdefault(sequence, []).append(func)
        else:
            self._bindings[sequence] = [func]
        return f"{id(func)}{sequence}"

    def unbind(self, sequence, funcid=None):
        self._bindings.pop(sequence, None)

    def bindings(self):
        """{sequence: [handlers]} (not in tkinter: for tests)."""
        return {seq: list(funcs) for seq, funcs in self._bindings.items()}

    def event_generate(self, sequence, **details):
        """Play an event: the handlers bound to it run in order, until one returns 'break'."""
        event = Event(self, sequence, **details)
        for func in list(self._bindings.get(sequence, [])):
            if func(event) == "break":
                return "break"
        return None

    # geometry
    def _place_with(self, manager, options):
        if self.master is None:
            raise TclError("a window cannot be placed in another one")
        for sibling in self.master.children:
            if sibling is not self and sibling._manager and sibling._manager != manager \
                    and "place" not in (manager, sibling._manager):
                raise TclError(
                    f"cannot use geometry manager {manager} inside {self.master._name} "
                    f"which already has slaves managed by {sibling._manager}")
        self._manager = manager
        self._geometry = dict(options)

    def pack(self, **options):
        for key in options:
            if key not in ("side", "fill", "expand", "padx", "pady", "ipadx",
                           "ipady", "anchor", "before", "after"):
                raise TclError(f'bad option "-{key}" for pack')
        self._place_with("pack", options)

    def grid(self, **options):
        for key in options:
            if key not in ("row", "column", "rowspan", "columnspan", "sticky",
                           "padx", "pady", "ipadx", "ipady"):
                raise TclError(f'bad option "-{key}" for grid')
        self._place_with("grid", options)

    def place(self, **options):
        self._place_with("place", options)

    def pack_info(self):
        """The options given to pack(), with tkinter's defaults for the others."""
        if self._manager != "pack":
            raise TclError(f"window {self._name} isn't packed")
        info = {"side": "top", "fill": "none", "expand": 0, "padx": 0, "pady": 0,
                "anchor": "center"}
        info.update(self._geometry)
        return info

    def grid_info(self):
        """The options given to grid(), with tkinter's defaults for the others."""
        if self._manager != "grid":
            return {}
        info = {"row": 0, "column": 0, "rowspan": 1, "columnspan": 1,
                "sticky": "", "padx": 0, "pady": 0}
        info.update(self._geometry)
        return info

    def winfo_manager(self):
        """'pack', 'grid', 'place' or '' if the widget is not placed (so not shown)."""
        return self._manager

    def winfo_children(self):
        return list(self.children)

    def _configure_line(self, kind, index, options):
        lines = self.__dict__.setdefault(kind, {})
        current = lines.setdefault(index, {"minsize": 0, "pad": 0, "uniform": None, "weight": 0})
        if not options:
            return dict(current)
        for key in options:
            if key not in current:
                raise TclError(f'bad option "-{key}"')
        current.update(options)
        return None

    def columnconfigure(self, index, **options):
        """Set weight, minsize... of a grid column; with no options, return them."""
        return self._configure_line("_columns", index, options)

    def rowconfigure(self, index, **options):
        """Set weight, minsize... of a grid row; with no options, return them."""
        return self._configure_line("_rows", index, options)

    grid_columnconfigure = columnconfigure
    grid_rowconfigure = rowconfigure

    def focus_set(self):
        root = self
        while root.master is not None:
            root = root.master
        root._focus = self

    def destroy(self):
        self._destroyed = True
        if self.master is not None and self in self.master.children:
            self.master.children.remove(self)


class Tk(Widget):
    """The main window. mainloop() runs the after() callbacks, then returns."""

    defaults = {"bg": "#d9d9d9", "background": "#d9d9d9"}

    def __init__(self):
        super().__init__(None)
        self._name = "."
        self._title = "tk"
        self._after = []  # (due, order, func, args)
        self._clock = 0
        self._focus = None

    def title(self, text=None):
        if text is None:
            return self._title
        self._title = text
        return None

    def after(self, ms, func, *args):
        """Run func(*args) ms milliseconds later, when the main loop gets there."""
        self._after.append((self._clock + ms, len(self._after), func, args))
        return f"after#{len(self._after)}"

    def mainloop(self):
        """Dispatch the scheduled callbacks in time order (new ones included)."""
        while self._after and not self._destroyed:
            self._after.sort(key=lambda item: (item[0], item[1]))
            due, _, func, args = self._after.pop(0)
            self._clock = max(self._clock, due)
            func(*args)

    def update(self):
        pass

    def focus_get(self):
        return self._focus


_COMMON = {"bg": "", "background": "", "fg": "black", "foreground": "black",
           "font": "TkDefaultFont", "width": 0, "height": 0, "state": "normal",
           "relief": "flat", "borderwidth": 1, "padx": 0, "pady": 0,
           "cursor": "", "anchor": "center", "justify": "center"}


class Frame(Widget):
    defaults = {"bg": "", "background": "", "width": 0, "height": 0,
                "padx": 0, "pady": 0, "relief": "flat", "borderwidth": 0}


class Label(Widget):
    defaults = dict(_COMMON, text="", textvariable=None, image="")

    def cget(self, key):
        var = self._options.get("textvariable")
        if key == "text" and var is not None:
            return var.get()
        return super().cget(key)


class Button(Widget):
    defaults = dict(_COMMON, text="", command=None, textvariable=None,
                    activebackground="")

    def invoke(self):
        """Click the button: call its command, unless it is disabled."""
        command = self._options["command"]
        if self._options["state"] == "disabled" or not callable(command):
            return None  # tkinter too ignores a command that is not a function
        return command()


class Checkbutton(Widget):
    defaults = dict(_COMMON, text="", variable=None, command=None,
                    onvalue=1, offvalue=0)

    def invoke(self):
        if self._options["state"] == "disabled":
            return None
        var = self._options["variable"]
        if var is not None:
            on = self._options["onvalue"]
            var.set(self._options["offvalue"] if var.get() == on else on)
        if self._options["command"] is not None:
            return self._options["command"]()
        return None


class Radiobutton(Widget):
    defaults = dict(_COMMON, text="", variable=None, value="", command=None)

    def invoke(self):
        if self._options["state"] == "disabled":
            return None
        if self._options["variable"] is not None:
            self._options["variable"].set(self._options["value"])
        if self._options["command"] is not None:
            return self._options["command"]()
        return None


class Scale(Widget):
    defaults = dict(_COMMON, **{"from": 0, "to": 100, "orient": "vertical",
                                "command": None, "variable": None,
                                "label": "", "resolution": 1, "length": 100})

    def __init__(self, master=None, **options):
        self._value = 0
        super().__init__(master, **options)
        self._value = self._options["from"]

    def get(self):
        var = self._options["variable"]
        return var.get() if var is not None else self._value

    def set(self, value):
        """Move the slider (as the user would): clamps, then calls command(str(value))."""
        low, high = sorted((self._options["from"], self._options["to"]))
        value = min(max(value, low), high)
        self._value = value
        if self._options["variable"] is not None:
            self._options["variable"].set(value)
        if self._options["command"] is not None:
            self._options["command"](str(value))


class Entry(Widget):
    """A one-line text field. type_text() plays the user typing."""

    defaults = dict(_COMMON, textvariable=None, validate="none",
                    validatecommand=None, invalidcommand=None, show="",
                    justify="left")

    def __init__(self, master=None, **options):
        self._text = ""
        super().__init__(master, **options)

    def _current(self):
        # The entry shows the variable's text, as Tcl keeps it (an IntVar
        # holding "80x" shows "80x"; its get() raises TclError).
        var = self._options["textvariable"]
        if var is None:
            return self._text
        value = var._value
        if isinstance(value, bool):
            return str(int(value))
        return value if isinstance(value, str) else str(value)

    def _store(self, text):
        var = self._options["textvariable"]
        if var is not None:
            var.set(text)
        else:
            self._text = text

    def _accepts(self, proposed):
        if self._options["validate"] not in ("key", "all"):
            return True
        command = self._options["validatecommand"]
        if command is None:
            return True
        if isinstance(command, tuple):
            command = command[0]
        ok = command(proposed)
        if not isinstance(ok, bool):
            raise TclError("the validatecommand must return True or False")
        if not ok and self._options["invalidcommand"] is not None:
            self._options["invalidcommand"]()
        return ok

    def get(self):
        """The text in the field."""
        return self._current()

    def _index(self, index, text):
        return len(text) if index == END else int(index)

    def insert(self, index, string):
        """Insert string at index (0 or "end"), if the validation accepts it."""
        text = self._current()
        at = self._index(index, text)
        proposed = text[:at] + string + text[at:]
        if self._accepts(proposed):
            self._store(proposed)

    def delete(self, first, last=None):
        """Delete the character at first, or from first up to (not including) last."""
        text = self._current()
        start = self._index(first, text)
        stop = start + 1 if last is None else self._index(last, text)
        proposed = text[:start] + text[stop:]
        if self._accepts(proposed):
            self._store(proposed)

    def type_text(self, text):
        """Play the user typing text at the end, one key at a time.

        For each character, the <Key> handlers run first (one that returns
        "break" stops the key), then the character is inserted if the
        validation accepts it, then the <KeyRelease> handlers run.
        """
        if self._options["state"] == "disabled":
            return
        for char in text:
            if self.event_generate("<Key>", char=char, keysym=char) == "break":
                continue
            self.insert(END, char)
            self.event_generate("<KeyRelease>", char=char, keysym=char)


class Canvas(Widget):
    """A drawing surface that keeps its items: ids, types, coordinates, options."""

    defaults = {"bg": "white", "background": "white", "width": 300,
                "height": 200, "highlightthickness": 1}

    def __init__(self, master=None, **options):
        self._items = {}
        self._next_id = 1
        super().__init__(master, **options)

    def _create(self, kind, coords, options):
        if len(coords) == 1 and isinstance(coords[0], (list, tuple)):
            coords = tuple(coords[0])
        flat = []
        for value in coords:
            if isinstance(value, (list, tuple)):
                flat.extend(value)
            else:
                flat.append(value)
        for value in flat:
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise TclError(f'bad screen distance "{value}"')
        needed = {"line": 4, "rectangle": 4, "oval": 4, "text": 2, "polygon": 6}[kind]
        if len(flat) < needed or (kind in ("rectangle", "oval", "text") and len(flat) != needed):
            raise TclError(f"wrong # coordinates: {kind} needs {needed}, got {len(flat)}")
        item = self._next_id
        self._next_id += 1
        tags = options.pop("tags", ())
        if isinstance(tags, str):
            tags = (tags,)
        self._items[item] = {"type": kind, "coords": [float(v) for v in flat],
                             "options": dict(options), "tags": tuple(tags)}
        return item

    def create_line(self, *coords, **options):
        return self._create("line", coords, options)

    def create_rectangle(self, *coords, **options):
        return self._create("rectangle", coords, options)

    def create_oval(self, *coords, **options):
        return self._create("oval", coords, options)

    def create_polygon(self, *coords, **options):
        return self._create("polygon", coords, options)

    def create_text(self, *coords, **options):
        return self._create("text", coords, options)

    def _ids(self, tag_or_id):
        if tag_or_id == "all":
            return list(self._items)
        if isinstance(tag_or_id, int):
            return [tag_or_id] if tag_or_id in self._items else []
        return [i for i, item in self._items.items() if tag_or_id in item["tags"]]

    def find_all(self):
        """The ids of every item, in drawing order."""
        return tuple(self._items)

    def find_withtag(self, tag):
        return tuple(self._ids(tag))

    def type(self, item):
        ids = self._ids(item)
        return self._items[ids[0]]["type"] if ids else None

    def coords(self, item, *new):
        """The coordinates of an item as floats; with new ones, move its points."""
        ids = self._ids(item)
        if not ids:
            return []
        if new:
            if len(new) == 1 and isinstance(new[0], (list, tuple)):
                new = new[0]
            self._items[ids[0]]["coords"] = [float(v) for v in new]
            return None
        return list(self._items[ids[0]]["coords"])

    def itemcget(self, item, option):
        ids = self._ids(item)
        return self._items[ids[0]]["options"].get(option, "") if ids else ""

    def itemconfigure(self, item, **options):
        for i in self._ids(item):
            self._items[i]["options"].update(options)

    itemconfig = itemconfigure

    def gettags(self, item):
        ids = self._ids(item)
        return self._items[ids[0]]["tags"] if ids else ()

    def move(self, item, dx, dy):
        for i in self._ids(item):
            coords = self._items[i]["coords"]
            self._items[i]["coords"] = [v + (dx if n % 2 == 0 else dy)
                                        for n, v in enumerate(coords)]

    def delete(self, *items):
        """Delete items by id or tag; delete("all") clears the canvas."""
        for item in items:
            for i in self._ids(item):
                del self._items[i]


class _MessageBox:
    """Records the dialogs instead of showing them."""

    def __init__(self):
        self.shown = []   # (kind, title, message)
        self.answers = []  # what askyesno answers next (True when empty)

    def _show(self, kind, title, message):
        self.shown.append((kind, title, message))

    def showinfo(self, title=None, message=None, **options):
        self._show("info", title, message)
        return "ok"

    def showwarning(self, title=None, message=None, **options):
        self._show("warning", title, message)
        return "ok"

    def showerror(self, title=None, message=None, **options):
        self._show("error", title, message)
        return "ok"

    def askyesno(self, title=None, message=None, **options):
        self._show("question", title, message)
        return self.answers.pop(0) if self.answers else True


messagebox = _MessageBox()
