import unittest

from solution import points, summarize


def order(total, day="Tue", member=True, coupon=None, **more):
    """An order dict as the till exports it."""
    return {"id": more.get("id", 1), "customer": more.get("customer", "ana"),
            "member": member, "total": total, "day": day, "coupon": coupon}


class TestPoints(unittest.TestCase):
    def test_weekday_and_weekend(self):
        """one point per whole euro, double on Saturday and Sunday"""
        self.assertEqual(points(order(12.80)), 12, msg="12.80 EUR on a Tuesday")
        self.assertEqual(points(order(12.80, day="Sat")), 24, msg="12.80 EUR on a Saturday")

    def test_not_a_member(self):
        """orders of non-members and refunds earn nothing"""
        self.assertEqual(points(order(40.0, member=False)), 0, msg="not a member")
        self.assertEqual(points(order(-5.0)), 0, msg="a refund of 5 EUR")

    def test_bonus_coupon(self):
        """a BONUS+n coupon adds n points after the weekend doubling"""
        self.assertEqual(points(order(7.5, day="Sun", coupon="BONUS+50")), 64,
                         msg="7.50 EUR on a Sunday with BONUS+50")

    def test_unknown_coupon_raises(self):
        """an unknown coupon raises ValueError instead of silently giving 0"""
        with self.assertRaises(ValueError, msg="coupon 'FREECAKE'") as caught:
            points(order(10.0, coupon="FREECAKE"))
        self.assertEqual(str(caught.exception), "unknown coupon: FREECAKE")

    def test_summarize(self):
        """summarize adds up per customer and lists the rejected orders"""
        orders = [order(10.0, id=1, customer="ana"),
                  order(5.0, id=2, customer="ben", coupon="BONUS+x"),
                  order(3.2, id=3, customer="ana", day="Sat"),
                  order(8.0, id=4, customer="caro", member=False)]
        self.assertEqual(summarize(orders),
                         {"points": {"ana": 16, "caro": 0}, "rejected": [2]})


if __name__ == "__main__":
    unittest.main()
