# Read the name, then print the greeting.
name = input()
# TODO: print "Hello, NAME!" without spaces around the name
print("Hello!")
