# Mistake: uses `break` instead of `continue` for an invalid line, so the first glitch ends the whole reading.
GOAL = 10000

days = 0
total = 0
best = 0
goal_days = 0
skipped = 0

while True:
    line = input().strip()
    if line == "end":
        break
    if not line.isdigit():
        skipped += 1
        break
    steps = int(line)
    days += 1
    total += steps
    if steps > best:
        best = steps
    if steps >= GOAL:
        goal_days += 1

if days == 0:
    print("No steps recorded.")
else:
    print(f"Days recorded: {days}")
    print(f"Total steps: {total}")
    print(f"Best day: {best}")
    print(f"Days at goal: {goal_days}")
print(f"Skipped lines: {skipped}")
