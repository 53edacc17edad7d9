"""A release-notes editor with undo and redo: the Command pattern."""
import sys


class Document:
    """The receiver: the text being edited."""

    def __init__(self):
        self.text = ""


class AppendCommand:
    name = "append"

    def __init__(self, document, text):
        self.document = document
        self.text = text

    def execute(self):
        self.document.text += self.text

    def undo(self):
        # TODO: take the appended text off again
        pass


# TODO: DeleteCommand, ReplaceCommand and the History invoker (see the README)


def main():
    document = Document()
    for line in sys.stdin:
        action, _, argument = line.rstrip("\n").partition(" ")
        if action == "append":
            AppendCommand(document, argument).execute()
        elif action == "show":
            print(f"[{document.text}]")
        # TODO: delete, replace, undo, redo, history


if __name__ == "__main__":
    main()
