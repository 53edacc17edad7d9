"""Turn the gym's member list into model-ready features and a train/test split."""
import os

import pandas as pd

members = pd.read_csv(input().strip())

# TODO: drop the members without an age.
# TODO: build the table member_id, plan_code (starter 0, standard 1, premium 2),
#       age_band (18-29, 30-44, 45-64, 65+), one city_<City> column per city
#       (0 or 1, alphabetical), churned (1 for yes, 0 for no), and write it to
#       /tmp/out/features.csv.
# TODO: put round(25 %) of each churn class into the test set, the rest into
#       the training set, and print the summary and the test ids.

os.makedirs("/tmp/out", exist_ok=True)
print(f"members: {len(members)}")
