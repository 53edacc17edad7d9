"""Business rules of the inventory service: validation and stock arithmetic.

TODO: implement the three functions (see README, "model.py"). Keep this module
free of SQLite and HTTP: your test suite (solution.py) tests it on its own.
"""

import re

SKU_PATTERN = re.compile(r"[A-Z]{3}-\d{3}")


class InventoryError(Exception):
    """A request the service refuses; `status` is the HTTP status it maps to."""

    status = 400


class ValidationError(InventoryError):
    status = 400


class NotFound(InventoryError):
    status = 404


class Conflict(InventoryError):
    status = 409


def validate_product(data):
    """Check a new product's fields; return {sku, name, price_cents, qty}."""
    raise ValidationError("TODO: validate_product")


def apply_delta(current, delta):
    """Return current + delta; refuse bad deltas and stock below zero."""
    raise ValidationError("TODO: apply_delta")


def is_low(qty, threshold):
    """TODO: at or below the threshold."""
    return False
