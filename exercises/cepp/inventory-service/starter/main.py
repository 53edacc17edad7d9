"""Run the inventory service on the requests read from standard input.

TODO: read /data/inventory.ini with configparser, log to the configured file,
open the configured database and answer each request line.
"""

import json
import sys

from api import Api
from storage import Storage


def main():
    storage = Storage.open("/tmp/inventory.db")  # TODO: from the config
    api = Api(storage, 5)  # TODO: from the config
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        method, path, *rest = line.split(" ", 2)
        status, payload = api.handle(method, path, rest[0] if rest else None)
        print(status, json.dumps(payload, sort_keys=True))


if __name__ == "__main__":
    main()
