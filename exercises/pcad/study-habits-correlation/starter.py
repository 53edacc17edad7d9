# Read the path of the CSV file from standard input, compute Pearson's r of
# every habit with the score, draw one scatter plot per habit and print the
# habits from the strongest correlation to the weakest (see README.md).
import matplotlib.pyplot as plt
import pandas as pd

path = input().strip()
table = pd.read_csv(path, dtype=str)
fig, ax = plt.subplots()  # TODO: one chart per habit
