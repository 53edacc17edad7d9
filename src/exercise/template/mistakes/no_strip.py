# Mistake: keeps the spaces around the name.
name = input()
print(f"Hello, {name}!")
