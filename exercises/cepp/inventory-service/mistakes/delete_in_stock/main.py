"""Run the inventory service on the requests read from standard input.

Each line is `METHOD PATH [JSON BODY]`; each answer is printed as `STATUS [JSON]`.
"""

import configparser
import json
import logging
import os
import sys

from api import Api
from storage import Storage

CONFIG = "/data/inventory.ini"


def load_config(path=CONFIG):
    """Read the service's settings (with %(name)s interpolation)."""
    config = configparser.ConfigParser()
    with open(path, encoding="utf-8") as file:
        config.read_file(file)
    return config


def setup_logging(config):
    """Send the 'inventory' loggers to the configured log file."""
    log_path = config["paths"]["log"]
    os.makedirs(os.path.dirname(log_path), exist_ok=True)
    handler = logging.FileHandler(log_path, mode="w", encoding="utf-8")
    handler.setFormatter(logging.Formatter(config["logging"]["format"]))
    root = logging.getLogger("inventory")
    root.setLevel(config["logging"]["level"])
    root.addHandler(handler)
    return handler


def main():
    config = load_config()
    handler = setup_logging(config)
    storage = Storage.open(config["paths"]["database"])
    api = Api(storage, config.getint("stock", "low_threshold"))
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        method, path, *rest = line.split(" ", 2)
        status, payload = api.handle(method, path, rest[0] if rest else None)
        if payload is None:
            print(status)
        else:
            print(status, json.dumps(payload, sort_keys=True))
    storage.con.close()
    handler.close()


if __name__ == "__main__":
    main()
