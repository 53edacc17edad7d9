"""Tax rules of the store package."""
