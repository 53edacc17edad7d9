# Mistake: turns "n/a" and empty price cells into 0.0, so a product without a
# price looks free and becomes the cheapest of its category.
"""Scrape the weekly price bulletin of the Bolhão market from a saved web page."""
from bs4 import BeautifulSoup


def load(path):
    """The parsed page."""
    with open(path, encoding="utf-8") as page:
        return BeautifulSoup(page.read(), "html.parser")


def parse_price(text):
    """'€ 2,40' -> 2.4; 'n/a' or an empty cell -> None."""
    text = text.replace("€", "").replace("\xa0", " ").strip()
    if text in ("", "n/a"):
        return 0.0
    return float(text.replace(",", "."))


def bulletin_date(path):
    """The publication date of the bulletin, as YYYY-MM-DD."""
    return load(path).find("time")["datetime"]


def scrape_prices(path):
    """One dict per product of the price table, in page order."""
    table = load(path).find("table", id="prices")
    products = []
    category = None
    for row in table.tbody.find_all("tr"):
        if "section" in (row.get("class") or []):
            category = row.get_text(strip=True)
            continue
        cells = [" ".join(cell.get_text(" ").split()) for cell in row.find_all("td")]
        products.append({
            "category": category,
            "product": cells[0],
            "unit": cells[1],
            "price": parse_price(cells[2]),
        })
    return products


def cheapest_by_category(path):
    """{category: product name} of the cheapest priced product of each category.

    Products without a price are left out, so is a category with no price at
    all; on a tie the first product of the page wins.
    """
    cheapest = {}
    for item in scrape_prices(path):
        if item["price"] is None:
            continue
        best = cheapest.get(item["category"])
        if best is None or item["price"] < best["price"]:
            cheapest[item["category"]] = item
    return {category: item["product"] for category, item in cheapest.items()}
