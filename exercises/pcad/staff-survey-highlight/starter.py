# The staff survey chart for the all-hands meeting.
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

path = input().strip()

# TODO: read the answers with pandas, clean the year and the department, keep
#       only numeric scores, and drop the (department, year) groups with fewer
#       than 5 answers.

fig, ax = plt.subplots(figsize=(9, 5))

# TODO: one sns.barplot with a bar per department and year (hue), the
#       departments in the order of this year's averages, last year in grey
#       #b0b0b0 and this year in blue #1f5fa8 (saturation=1), no error bars;
#       then the title and both axis labels from the README.
