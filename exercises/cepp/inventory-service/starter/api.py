"""The JSON REST layer: requests in, (status, payload) out.

TODO: route the five requests of the README, map InventoryError subclasses to
their status, and log every request on the "inventory.api" logger.
"""

import logging

logger = logging.getLogger("inventory.api")


class Api:
    def __init__(self, storage, low_threshold):
        self.storage = storage
        self.low_threshold = low_threshold

    def handle(self, method, path, body=None):
        """Serve one request; return (status, payload)."""
        return 501, {"error": "not implemented"}
