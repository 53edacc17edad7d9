# Mistake: deleting 50 characters from a 20-character text removes 20, but
# the command does not remember what it really removed and undo adds back
# the wrong text.
"""A release-notes editor with undo and redo: the Command pattern."""
import sys


class Document:
    """The receiver: the text being edited."""

    def __init__(self):
        self.text = ""


class AppendCommand:
    """Add text at the end."""

    name = "append"

    def __init__(self, document, text):
        self.document = document
        self.text = text

    def execute(self):
        self.document.text += self.text

    def undo(self):
        self.document.text = self.document.text[:len(self.document.text) - len(self.text)]


class DeleteCommand:
    """Delete the last n characters (all of them if there are fewer)."""

    name = "delete"

    def __init__(self, document, count):
        self.document = document
        self.count = count
        self.removed = ""

    def execute(self):
        text = self.document.text
        keep = max(0, len(text) - self.count)
        self.removed = text[keep:]
        self.document.text = text[:keep]

    def undo(self):
        self.document.text += self.removed[:self.count - 1]


class ReplaceCommand:
    """Replace every occurrence of old with new."""

    name = "replace"

    def __init__(self, document, old, new):
        self.document = document
        self.old = old
        self.new = new
        self.before = ""

    def execute(self):
        self.before = self.document.text
        self.document.text = self.before.replace(self.old, self.new)

    def undo(self):
        self.document.text = self.before


class History:
    """The invoker: runs commands and keeps the undo and redo stacks."""

    def __init__(self):
        self.done = []
        self.undone = []

    def run(self, command):
        command.execute()
        self.done.append(command)
        self.undone.clear()

    def undo(self):
        if not self.done:
            return False
        command = self.done.pop()
        command.undo()
        self.undone.append(command)
        return True

    def redo(self):
        if not self.undone:
            return False
        command = self.undone.pop()
        command.execute()
        self.done.append(command)
        return True


def main():
    """Run the editor commands of standard input."""
    document = Document()
    history = History()
    for line in sys.stdin:
        line = line.rstrip("\n")
        action, _, argument = line.partition(" ")
        if action == "append":
            history.run(AppendCommand(document, argument))
        elif action == "delete":
            history.run(DeleteCommand(document, int(argument)))
        elif action == "replace":
            old, new = argument.split("|")
            history.run(ReplaceCommand(document, old, new))
        elif action == "undo":
            if not history.undo():
                print("nothing to undo")
        elif action == "redo":
            if not history.redo():
                print("nothing to redo")
        elif action == "show":
            print(f"[{document.text}]")
        elif action == "history":
            print("history: " + (" ".join(c.name for c in history.done) or "(empty)"))


if __name__ == "__main__":
    main()
