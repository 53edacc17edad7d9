# Mistake: unpacks line.split() into three names. A short line then raises ValueError
# ("not enough values to unpack"), reported as a bad number instead of a missing field,
# and a line with an extra field is rejected too.
# Greenhouse gateway: turn raw sensor lines into calibrated averages.
import sys


def parse_decimal(text):
    """Read "21.5" or, from old gateways, "21,5"; raise ValueError otherwise."""
    try:
        return float(text)
    except ValueError:
        return float(text.replace(",", "."))


offsets = {}
for pair in input().split():
    name, offset = pair.split(":")
    offsets[name] = float(offset)

seen = ok = 0
for number, line in enumerate(sys.stdin, start=1):
    try:
        parts = line.split()
        sensor, total_text, count_text = parts
        offset = offsets[sensor]
        total = parse_decimal(total_text)
        count = int(count_text)
        average = total / count + offset
    except KeyError as e:
        print(f"line {number}: unknown sensor {e.args[0]}")
    except LookupError:
        print(f"line {number}: missing field")
    except ValueError:
        print(f"line {number}: bad number")
    except ArithmeticError:
        print(f"line {number}: no samples")
    else:
        ok += 1
        print(f"line {number}: {sensor} = {average:.2f}")
    finally:
        seen += 1

print(f"summary: {seen} lines, {ok} ok, {seen - ok} failed")
