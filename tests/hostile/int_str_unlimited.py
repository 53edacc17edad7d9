# exercise: sum-two
# expect: time_limit
# why: lifts the int/str digit limit and converts a 10-million-digit int: quadratic-ish C work, stopped by the deadline
import sys
sys.set_int_max_str_digits(0)
a = int(input())
b = int(input())
s = str(7 ** 12_000_000)
print(a + b)
