# Mistake: forgets int(), so "2" + "3" glues the text together into "23".
first = input()
second = input()
print(first + second)
