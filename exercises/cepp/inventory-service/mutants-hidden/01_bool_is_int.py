# True and False pass as quantities
"""Business rules of the inventory service: validation and stock arithmetic.

This module knows nothing about SQLite or HTTP, so it is easy to test on its own.
"""

import re

SKU_PATTERN = re.compile(r"[A-Z]{3}-\d{3}")


class InventoryError(Exception):
    """A request the service refuses; `status` is the HTTP status it maps to."""

    status = 400


class ValidationError(InventoryError):
    """The request body breaks a rule (400)."""

    status = 400


class NotFound(InventoryError):
    """No such product (404)."""

    status = 404


class Conflict(InventoryError):
    """The request clashes with the current stock (409)."""

    status = 409


def _is_int(value):
    """True for a real int; bool is a subclass of int but never a quantity."""
    return isinstance(value, int)


def validate_product(data):
    """Check a new product's fields and return them normalised.

    `data` is the decoded JSON body: a dict with sku, name, price_cents and an
    optional qty (default 0). Raises ValidationError naming the first bad field.
    """
    if not isinstance(data, dict):
        raise ValidationError("body must be a JSON object")
    sku = data.get("sku")
    if not isinstance(sku, str) or not SKU_PATTERN.fullmatch(sku):
        raise ValidationError("sku must look like ABC-123")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValidationError("name must be a non-empty string")
    price = data.get("price_cents")
    if not _is_int(price) or price <= 0:
        raise ValidationError("price_cents must be a positive integer")
    qty = data.get("qty", 0)
    if not _is_int(qty) or qty < 0:
        raise ValidationError("qty must be a non-negative integer")
    return {"sku": sku, "name": name.strip(), "price_cents": price, "qty": qty}


def apply_delta(current, delta):
    """Return the stock after adding `delta` (negative = taken out).

    A delta must be a non-zero int; a result below zero raises Conflict.
    """
    if not _is_int(delta) or delta == 0:
        raise ValidationError("delta must be a non-zero integer")
    new = current + delta
    if new < 0:
        raise Conflict(f"only {current} in stock")
    return new


def is_low(qty, threshold):
    """A product is low on stock when its quantity is at or below the threshold."""
    return qty <= threshold
