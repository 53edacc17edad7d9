"""Writing a plugin's rows as CSV or JSON."""

import csv
import json
import os


def write_report(plugin, out_dir, fmt):
    """Write /<out_dir>/<plugin name>.<fmt>; return the path written."""
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{plugin.name}.{fmt}")
    rows = plugin.rows()
    with open(path, "w", encoding="utf-8", newline="") as file:
        if fmt == "csv":
            writer = csv.DictWriter(file, fieldnames=plugin.columns)
            writer.writeheader()
            writer.writerows(rows)
        else:
            json.dump(rows, file, indent=2)
            file.write("\n")
    return path
