# Phone book: run the commands typed at the front desk until "quit".

book = {}
line = input()
# TODO: repeat until the line is "quit":
#   - split the line into words
#   - add NAME NUMBER : store the number, print "Added NAME." or "Updated NAME."
#   - del NAME        : remove the name, print "Deleted NAME." (or "NAME not found.")
#   - find NAME       : print "NAME: NUMBER" (or "NAME not found.")
#   - list            : print every "NAME: NUMBER" sorted by name
#                       (or "The phone book is empty.")
#   - anything else   : print "Invalid command."
#   - then read the next line
print("Phone book not implemented yet")
