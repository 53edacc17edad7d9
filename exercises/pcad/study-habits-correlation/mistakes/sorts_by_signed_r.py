# Mistake: sorts the habits by r itself, so a strong negative correlation
# comes last instead of being ranked by its size |r|.
import matplotlib.pyplot as plt
import pandas as pd

table = pd.read_csv(input().strip(), dtype=str)
numbers = table.drop(columns="student").apply(
    lambda column: pd.to_numeric(column.str.strip(), errors="coerce"))
habits = [name for name in numbers.columns if name != "score"]
fig, axes = plt.subplots(1, len(habits), squeeze=False)
results = []
for ax, habit in zip(axes[0], habits):
    pair = numbers[[habit, "score"]].dropna()
    r = pair[habit].corr(pair["score"])
    results.append((habit, r))
    ax.scatter(pair[habit], pair["score"])
    ax.set_title(f"{habit}: r = {r:.2f}")
    ax.set_xlabel(habit)
    ax.set_ylabel("score")
for habit, r in sorted(results, key=lambda item: item[1], reverse=True):
    word = "strong" if abs(r) >= 0.7 else "moderate" if abs(r) >= 0.3 else "weak"
    print(f"{habit}: r = {r:.2f} ({word} {'positive' if r > 0 else 'negative'})")
