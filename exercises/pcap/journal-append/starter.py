# A diary kept in a text file: each command opens it in the mode it needs.
import os
import sys

JOURNAL = "/tmp/out/journal.txt"
HEADER = "=== My journal ===\n"

os.makedirs("/tmp/out", exist_ok=True)
for line in sys.stdin:
    command, _, text = line.strip().partition(" ")
    text = text.strip()
    # TODO: add   -> create the journal with "w" + HEADER if it does not exist,
    #                then append "- <text>\n" with mode "a"
    # TODO: count -> print "entries: N" (read with "r"; no file means 0)
    # TODO: show  -> print "1. text", "2. text", ... or "(no entries)"
    # TODO: undo  -> remove the last entry with "r+", seek(0), truncate();
    #                print "removed: <text>" or "nothing to undo"
    # TODO: clear -> rewrite the journal with "w" (header only), print
    #                "journal cleared"; anything else: "unknown command: <command>"
    if command != "":
        print(f"unknown command: {command}")
