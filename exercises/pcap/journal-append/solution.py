# A diary kept in a text file: each command opens it in the mode it needs.
import os
import sys

JOURNAL = "/tmp/out/journal.txt"
HEADER = "=== My journal ===\n"


def read_entries():
    """Return the entries' texts, or [] when there is no journal yet."""
    if not os.path.exists(JOURNAL):
        return []
    with open(JOURNAL, "r", encoding="utf-8") as journal:
        lines = journal.readlines()
    return [line[2:].rstrip("\n") for line in lines[1:]]


def clear():
    with open(JOURNAL, "w", encoding="utf-8") as journal:
        journal.write(HEADER)


def add(text):
    if not os.path.exists(JOURNAL):
        clear()
    with open(JOURNAL, "a", encoding="utf-8") as journal:
        journal.write(f"- {text}\n")


def undo():
    """Remove the last entry; return its text, or None if there is none."""
    if not read_entries():
        return None
    with open(JOURNAL, "r+", encoding="utf-8") as journal:
        lines = journal.readlines()
        journal.seek(0)
        journal.writelines(lines[:-1])
        journal.truncate()
    return lines[-1][2:].rstrip("\n")


os.makedirs("/tmp/out", exist_ok=True)
for line in sys.stdin:
    command, _, text = line.strip().partition(" ")
    text = text.strip()
    if command == "":
        continue
    if command == "add":
        add(text)
    elif command == "count":
        print(f"entries: {len(read_entries())}")
    elif command == "show":
        entries = read_entries()
        if not entries:
            print("(no entries)")
        for number, entry in enumerate(entries, start=1):
            print(f"{number}. {entry}")
    elif command == "undo":
        removed = undo()
        if removed is None:
            print("nothing to undo")
        else:
            print(f"removed: {removed}")
    elif command == "clear":
        clear()
        print("journal cleared")
    else:
        print(f"unknown command: {command}")
