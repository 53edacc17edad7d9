# Mistake: lists the entries in the order they were added instead of sorting the names.
# Phone book: run the commands typed at the front desk until "quit".

book = {}
while True:
    words = input().split()
    if words == ["quit"]:
        break
    if len(words) == 3 and words[0] == "add":
        name = words[1]
        if name in book:
            print(f"Updated {name}.")
        else:
            print(f"Added {name}.")
        book[name] = words[2]
    elif len(words) == 2 and words[0] == "del":
        name = words[1]
        if name in book:
            del book[name]
            print(f"Deleted {name}.")
        else:
            print(f"{name} not found.")
    elif len(words) == 2 and words[0] == "find":
        name = words[1]
        if name in book:
            print(f"{name}: {book[name]}")
        else:
            print(f"{name} not found.")
    elif words == ["list"]:
        if not book:
            print("The phone book is empty.")
        for name in book.keys():
            print(f"{name}: {book[name]}")
    else:
        print("Invalid command.")
