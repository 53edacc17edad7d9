# Mistake: groups by the city as stored, so the customers whose city is NULL
# come out as None instead of 'unknown'.
"""Sales questions about the roastery's orders, answered in SQL."""
import sqlite3


def run(db_path, sql, params=()):
    """All rows of one query, as a list of tuples."""
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def top_products(db_path, n):
    """The n best-selling products: (name, bags sold), most first."""
    return run(db_path, """
        SELECT p.name, SUM(i.qty) AS bags
        FROM order_items AS i
        JOIN orders AS o ON o.id = i.order_id
        JOIN products AS p ON p.id = i.product_id
        WHERE o.status != 'cancelled'
        GROUP BY p.id
        ORDER BY bags DESC, p.name
        LIMIT ?
    """, (n,))


def loyal_customers(db_path, min_orders):
    """Customers with at least min_orders orders: (name, city, orders)."""
    return run(db_path, """
        SELECT c.name, c.city, COUNT(*) AS n
        FROM customers AS c
        JOIN orders AS o ON o.customer_id = c.id
        WHERE o.status != 'cancelled'
        GROUP BY c.id
        HAVING COUNT(*) >= ?
        ORDER BY n DESC, c.name
    """, (min_orders,))


def revenue_by_city(db_path):
    """(city, revenue in euros) per city, the best city first."""
    return run(db_path, """
        SELECT c.city AS town,
               ROUND(SUM(i.qty * p.price), 2) AS revenue
        FROM customers AS c
        JOIN orders AS o ON o.customer_id = c.id
        JOIN order_items AS i ON i.order_id = o.id
        JOIN products AS p ON p.id = i.product_id
        WHERE o.status != 'cancelled'
        GROUP BY town
        ORDER BY revenue DESC, town
    """)


def customers_without_orders(db_path):
    """Names of the customers who never placed an order, sorted."""
    rows = run(db_path, """
        SELECT c.name
        FROM customers AS c
        LEFT JOIN orders AS o ON o.customer_id = c.id
        WHERE o.id IS NULL
        ORDER BY c.name
    """)
    return [name for (name,) in rows]
