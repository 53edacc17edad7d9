# Mistake: fills the blank cells with 0 instead of leaving those students out
# of that habit's pair, which adds false points and changes r.
import matplotlib.pyplot as plt
import pandas as pd

table = pd.read_csv(input().strip(), dtype=str)
numbers = table.drop(columns="student").apply(
    lambda column: pd.to_numeric(column.str.strip(), errors="coerce")).fillna(0)
habits = [name for name in numbers.columns if name != "score"]
fig, axes = plt.subplots(1, len(habits), squeeze=False)
results = []
for ax, habit in zip(axes[0], habits):
    r = numbers[habit].corr(numbers["score"])
    results.append((habit, r))
    ax.scatter(numbers[habit], numbers["score"])
    ax.set_title(f"{habit}: r = {r:.2f}")
    ax.set_xlabel(habit)
    ax.set_ylabel("score")
for habit, r in sorted(results, key=lambda item: abs(item[1]), reverse=True):
    word = "strong" if abs(r) >= 0.7 else "moderate" if abs(r) >= 0.3 else "weak"
    print(f"{habit}: r = {r:.2f} ({word} {'positive' if r > 0 else 'negative'})")
