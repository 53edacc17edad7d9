# How strongly does each study habit go with the exam score? Pearson r and
# one scatter plot per habit.
import matplotlib.pyplot as plt
import pandas as pd


def strength(r):
    """Describe a correlation coefficient in words."""
    size = abs(r)
    if size >= 0.7:
        word = "strong"
    elif size >= 0.3:
        word = "moderate"
    else:
        word = "weak"
    return f"{word} {'positive' if r > 0 else 'negative'}"


def main():
    path = input().strip()
    table = pd.read_csv(path, dtype=str)
    # Every column but the name holds numbers; blanks become NaN.
    numbers = table.drop(columns="student").apply(
        lambda column: pd.to_numeric(column.str.strip(), errors="coerce"))
    factors = [name for name in numbers.columns if name != "score"]

    fig, axes = plt.subplots(1, len(factors), figsize=(4 * len(factors), 4),
                             squeeze=False)
    results = []
    for ax, factor in zip(axes[0], factors):
        pair = numbers[[factor, "score"]].dropna()  # students with both values
        r = pair[factor].corr(pair["score"])         # Pearson by default
        results.append((factor, r))
        ax.scatter(pair[factor], pair["score"])
        ax.set_title(f"{factor}: r = {r:.2f}")
        ax.set_xlabel(factor)
        ax.set_ylabel("score")
    fig.tight_layout()

    for factor, r in sorted(results, key=lambda item: abs(item[1]), reverse=True):
        print(f"{factor}: r = {r:.2f} ({strength(r)})")


if __name__ == "__main__":
    main()
