# Mistake: label-encodes the plan with category codes, which follow the
# alphabet of the values found, not the order starter < standard < premium.
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
    table["plan_code"] = members["plan"].str.strip().str.lower().astype("category").cat.codes
    table["age_band"] = pd.cut(members["age"], bins=AGE_BINS, labels=AGE_BANDS).astype(str)
    cities = pd.get_dummies(members["city"].str.strip().str.title(), prefix="city", dtype=int)
    table = pd.concat([table, cities.sort_index(axis=1)], axis=1)
    table["churned"] = (members["churned"].str.strip().str.lower() == "yes").astype(int)
    return table


def stratified_split(table, seed=7):
    """(train, test): each churn class gives round(25 %) of its rows to the test set."""
    parts = [group.sample(n=round(len(group) * TEST_SHARE), random_state=seed)
             for _, group in table.groupby("churned")]
    test = pd.concat(parts).sort_index()
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
