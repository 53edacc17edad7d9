# every zone pays the domestic price per extra kilo
"""Postage for parcels sent from the Harbour Street post office.

Every price is in euro cents (an int): 450 means 4.50 EUR.
"""
import math

BASE_CENTS = {"domestic": 450, "europe": 990, "world": 1500}  # up to 2 kg
PER_EXTRA_KG_CENTS = {"domestic": 60, "europe": 150, "world": 300}
EXPRESS_CENTS = {"domestic": 500, "europe": 800}  # no express to "world"
MAX_WEIGHT_KG = 30
OVERSIZE_FEE_CENTS = 2500
MAX_INSURED_EUR = 5000
MIN_INSURANCE_CENTS = 200


def postage_cents(weight_kg, zone, express=False, insured_eur=0):
    """Return the postage of one parcel in cents."""
    if weight_kg <= 0:
        raise ValueError("weight must be positive")
    if weight_kg > MAX_WEIGHT_KG:
        raise ValueError("parcels over 30 kg go by freight")
    if zone not in BASE_CENTS:
        raise ValueError(f"unknown zone: {zone!r}")
    cents = BASE_CENTS[zone]
    if weight_kg > 2:
        cents += math.ceil(weight_kg - 2) * PER_EXTRA_KG_CENTS["domestic"]
    if weight_kg > 40:
        cents += OVERSIZE_FEE_CENTS
    if express:
        if zone not in EXPRESS_CENTS:
            raise ValueError(f"no express service to zone {zone!r}")
        cents += EXPRESS_CENTS[zone]
    if insured_eur > 0:
        if insured_eur > MAX_INSURED_EUR:
            raise ValueError("parcels can be insured for at most 5000 EUR")
        cents += max(MIN_INSURANCE_CENTS, math.ceil(insured_eur))
    return cents
