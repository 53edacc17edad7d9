# Mistake: treats every station with a status as reporting, so the bikes of a
# station whose status says online: false are counted.
"""Collect every station of the bike-share API, page by page, and sum bikes per district."""
import json
import os

import pandas as pd


def read_pages(first_page):
    """All records of the API, following links.next from first_page; and the page count."""
    records = []
    pages = 0
    path = first_page
    while path is not None:
        with open(path, encoding="utf-8") as page_file:
            page = json.load(page_file)
        pages += 1
        records.extend(page["data"])
        following = page.get("links", {}).get("next")
        path = os.path.join(os.path.dirname(path), following) if following else None
    return records, pages


def main():
    records, pages = read_pages(input().strip())
    stations = pd.json_normalize(records)
    repeated = int(stations.duplicated(subset="id").sum())
    stations = stations.drop_duplicates(subset="id", keep="first")
    stations["district"] = stations["district"].str.strip().str.title()

    reporting = stations["status.bikes"].notna()
    stations["bikes"] = stations["status.bikes"].where(reporting, 0).astype(int)
    stations["free_docks"] = stations["status.docks_free"].where(reporting, 0).astype(int)

    print(f"pages read: {pages}")
    print(f"stations: {len(stations)}")
    print(f"repeated records dropped: {repeated}")
    summary = stations.groupby("district").agg(
        stations=("id", "size"), bikes=("bikes", "sum"), free_docks=("free_docks", "sum"))
    for district, row in summary.iterrows():
        print(f"{district}: stations={row['stations']} bikes={row['bikes']} "
              f"free_docks={row['free_docks']}")
    silent = stations.loc[~reporting, "id"].tolist()
    print(f"not reporting: {', '.join(silent) if silent else 'none'}")


main()
