# Mistake: draws 25 % of all members at random instead of 25 % of each churn
# class, so the test set need not have the same share of churners.
"""Turn the gym's member list into model-ready features and a train/test split."""
import os

import pandas as pd

PLAN_CODES = {"starter": 0, "standard": 1, "premium": 2}
AGE_BINS = [0, 29, 44, 64, 200]
AGE_BANDS = ["18-29", "30-44", "45-64", "65+"]
TEST_SHARE = 0.25


def encode(members):
    """The encoded table: member_id, plan_code, age_band, city_* columns, churned."""
    table = pd.DataFrame({"member_id": members["member_id"]})
    table["plan_code"] = members["plan"].str.strip().str.lower().map(PLAN_CODES)
    table["age_band"] = pd.cut(members["age"], bins=AGE_BINS, labels=AGE_BANDS).astype(str)
    cities = pd.get_dummies(members["city"].str.strip().str.title(), prefix="city", dtype=int)
    table = pd.concat([table, cities.sort_index(axis=1)], axis=1)
    table["churned"] = (members["churned"].str.strip().str.lower() == "yes").astype(int)
    return table


def stratified_split(table, seed=7):
    """(train, test): 25 % of the rows, drawn at random, go to the test set."""
    test = table.sample(n=round(len(table) * TEST_SHARE), random_state=seed).sort_index()
    train = table.drop(test.index)
    return train, test


def main():
    members = pd.read_csv(input().strip())
    kept = members.dropna(subset=["age"])
    features = encode(kept)
    os.makedirs("/tmp/out", exist_ok=True)
    features.to_csv("/tmp/out/features.csv", index=False)
    train, test = stratified_split(features)
    print(f"members: {len(members)}")
    print(f"dropped (no age): {len(members) - len(kept)}")
    print(f"train: {len(train)}")
    print(f"test: {len(test)}")
    print(f"test ids: {', '.join(test['member_id'])}")


main()
