# Mistake: DELETE removes a product even while it still has stock.
"""The JSON REST layer: requests in, (status, payload) out. No sockets involved."""

import json
import logging

from model import (Conflict, InventoryError, NotFound, ValidationError,
                   apply_delta, is_low, validate_product)

logger = logging.getLogger("inventory.api")


class Api:
    """Routes requests to the storage; the storage and threshold are injected."""

    def __init__(self, storage, low_threshold):
        self.storage = storage
        self.low_threshold = low_threshold

    def handle(self, method, path, body=None):
        """Serve one request; return (status, payload) where payload is JSON-ready."""
        try:
            status, payload = self._route(method, path, body)
        except InventoryError as error:
            status, payload = error.status, {"error": str(error)}
            logger.warning("%s %s -> %d: %s", method, path, status, error)
        else:
            logger.info("%s %s -> %d", method, path, status)
        return status, payload

    def _route(self, method, path, body):
        parts = path.strip("/").split("/")
        if parts == ["products"] and method == "GET":
            return 200, [self._view(p) for p in self.storage.all()]
        if parts == ["products"] and method == "POST":
            return self._create(self._decode(body))
        if len(parts) == 2 and parts[0] == "products" and method == "GET":
            return 200, self._view(self._existing(parts[1]))
        if len(parts) == 2 and parts[0] == "products" and method == "DELETE":
            return self._delete(parts[1])
        if parts == ["stock"] and method == "POST":
            return self._move(self._decode(body))
        raise NotFound(f"no route {method} {path}")

    @staticmethod
    def _decode(body):
        try:
            return json.loads(body or "")
        except json.JSONDecodeError as error:
            raise ValidationError("body is not valid JSON") from error

    def _view(self, product):
        return dict(product, low=is_low(product["qty"], self.low_threshold))

    def _existing(self, sku):
        product = self.storage.get(sku)
        if product is None:
            raise NotFound(f"no product {sku}")
        return product

    def _create(self, data):
        product = validate_product(data)
        if self.storage.get(product["sku"]) is not None:
            raise Conflict(f"{product['sku']} already exists")
        with self.storage.con:
            self.storage.insert(product)
        return 201, self._view(product)

    def _delete(self, sku):
        product = self._existing(sku)
        with self.storage.con:
            self.storage.delete(sku)
        return 204, None

    def _move(self, data):
        if not isinstance(data, dict) or not isinstance(data.get("changes"), list):
            raise ValidationError("body must have a list of changes")
        reason = data.get("reason", "manual")
        updated = {}
        # One transaction: the first refused change rolls back every earlier one.
        with self.storage.con:
            for change in data["changes"]:
                if not isinstance(change, dict):
                    raise ValidationError("each change must be an object")
                product = self._existing(change.get("sku"))
                qty = apply_delta(product["qty"], change.get("delta"))
                self.storage.set_qty(product["sku"], qty, change["delta"], reason)
                updated[product["sku"]] = dict(product, qty=qty)
        return 200, {"updated": [self._view(updated[s]) for s in sorted(updated)]}
