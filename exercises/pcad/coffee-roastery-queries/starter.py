"""Sales questions about the roastery's orders, answered in SQL."""
import sqlite3

# TODO: answer each question with one SQL query (JOIN, WHERE, GROUP BY,
#       HAVING, ORDER BY, LIMIT) run through sqlite3, and return its rows.


def top_products(db_path, n):
    """The n best-selling products: (name, bags sold), most first."""
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT name, 0 FROM products LIMIT ?", (n,)).fetchall()
    con.close()
    return rows


def loyal_customers(db_path, min_orders):
    """Customers with at least min_orders orders: (name, city, orders)."""
    return []


def revenue_by_city(db_path):
    """(city, revenue in euros) per city, the best city first."""
    return []


def customers_without_orders(db_path):
    """Names of the customers who never placed an order, sorted."""
    return []
