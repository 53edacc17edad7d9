"""Runs an exercise's SQL queries on the databases a program left in /tmp.

Runs in its own sandbox instance after the learner's program (never beside it), as a call
case: ``run()`` returns, per query, ["ok", rows] or ["error", message]. The queries come from
/submission/queries.json, written by the host.
"""

import json
import sqlite3


def run():
    with open("/submission/queries.json", encoding="utf-8") as f:
        queries = json.load(f)
    results = []
    for query in queries:
        try:
            # mode=ro: a query that writes is the exercise's mistake, not a way to pass.
            con = sqlite3.connect("file:/tmp/%s?mode=ro" % query["database"], uri=True)
            try:
                rows = [tuple(row) for row in con.execute(query["sql"]).fetchall()]
            finally:
                con.close()
            results.append(["ok", rows])
        except sqlite3.Error as exc:
            results.append(["error", "%s: %s" % (type(exc).__name__, exc)])
    return results
