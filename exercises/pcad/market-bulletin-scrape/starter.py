"""Scrape the weekly price bulletin of the Bolhão market from a saved web page."""
from bs4 import BeautifulSoup


def load(path):
    """The parsed page."""
    with open(path, encoding="utf-8") as page:
        return BeautifulSoup(page.read(), "html.parser")


def bulletin_date(path):
    """The publication date of the bulletin, as YYYY-MM-DD."""
    # TODO: the datetime attribute of the page's <time> element.
    return ""


def scrape_prices(path):
    """One dict per product of the price table, in page order."""
    # TODO: find the table whose id is "prices"; a row with class "section"
    #       starts a category; every other row of its <tbody> is a product.
    return []


def cheapest_by_category(path):
    """{category: product name} of the cheapest priced product of each category."""
    # TODO: use scrape_prices and skip the products without a price.
    return {}
