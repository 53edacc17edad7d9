# The staff survey chart for the all-hands meeting: this year's averages per
# department stand out in the brand blue, last year's stay in grey for context,
# and no group small enough to identify anyone is shown.
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

MIN_ANSWERS = 5  # fewer answers than this could identify the people behind them
LAST_YEAR_COLOR = "#b0b0b0"
THIS_YEAR_COLOR = "#1f5fa8"


def load_answers(path):
    """The numeric answers: columns year (str), department (clean), score (float)."""
    table = pd.read_csv(path, dtype=str, skip_blank_lines=True)
    table["year"] = table["year"].str.strip()
    table["department"] = table["department"].str.strip().str.title()
    table["score"] = pd.to_numeric(table["score"].str.strip(), errors="coerce")
    return table.dropna(subset=["year", "department", "score"])


def shown_answers(answers):
    """The answers of the (department, year) groups with enough answers to show."""
    sizes = answers.groupby(["department", "year"])["score"].transform("size")
    return answers[sizes >= MIN_ANSWERS]


def department_order(shown, this_year):
    """This year's best department first; those without a bar this year last."""
    means = shown[shown["year"] == this_year].groupby("department")["score"].mean()
    ranked = sorted(means.items(), key=lambda pair: (-pair[1], pair[0]))
    rest = sorted(set(shown["department"]) - set(means.index))
    return [name for name, _ in ranked] + rest


answers = shown_answers(load_answers(input().strip()))
last_year, this_year = sorted(answers["year"].unique())

fig, ax = plt.subplots(figsize=(9, 5))
sns.barplot(data=answers, x="department", y="score", hue="year",
            order=department_order(answers, this_year),
            hue_order=[last_year, this_year],
            palette={last_year: LAST_YEAR_COLOR, this_year: THIS_YEAR_COLOR},
            saturation=1, errorbar=None, ax=ax)
ax.set_title(f"Staff engagement {this_year}, compared with {last_year}")
ax.set_xlabel("Department")
ax.set_ylabel("Average score (1 = low, 5 = high)")
ax.set_ylim(0, 5)
