"""Writing a plugin's rows as CSV or JSON."""

import os


def write_report(plugin, out_dir, fmt):
    """Write <out_dir>/<plugin name>.<fmt>; return the path written.

    TODO: csv.DictWriter with plugin.columns, or json.dump(rows, file, indent=2).
    """
    return os.path.join(out_dir, f"{plugin.name}.{fmt}")
