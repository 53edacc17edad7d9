import unittest

from solution import points, summarize


def order(total, day="Tue", member=True, coupon=None, **more):
    return {"id": more.get("id", 1), "customer": more.get("customer", "ana"),
            "member": member, "total": total, "day": day, "coupon": coupon}


class TestPointsHidden(unittest.TestCase):
    def test_cap(self):
        """an order earns at most 500 points"""
        self.assertEqual(points(order(300.0, day="Sat")), 500)
        self.assertEqual(points(order(450.0, coupon="BONUS+60")), 500)
        self.assertEqual(points(order(450.0, coupon="BONUS+50")), 500)

    def test_coupon_is_not_code(self):
        """BONUS+5*100 is not a number: ValueError, never evaluated"""
        with self.assertRaises(ValueError):
            points(order(10.0, coupon="BONUS+5*100"))
        with self.assertRaises(ValueError):
            points(order(10.0, coupon="BONUS+"))

    def test_empty_coupon_and_missing_keys(self):
        """an empty coupon, or none at all, adds nothing"""
        self.assertEqual(points(order(9.99, coupon="")), 9)
        self.assertEqual(points({"member": True, "total": 4.0}), 4)

    def test_zero_total_and_non_member_coupon(self):
        """a zero total or a non-member earns 0, whatever the coupon"""
        self.assertEqual(points(order(0.0, coupon="BONUS+50")), 0)
        self.assertEqual(points(order(20.0, member=False, coupon="NOPE")), 0)

    def test_summarize_many(self):
        """several rejected orders keep their order; empty input"""
        orders = [order(2.0, id=7, coupon="X"), order(3.0, id=8),
                  order(4.0, id=9, coupon="BONUS+-1"), order(1.0, id=10)]
        self.assertEqual(summarize(orders), {"points": {"ana": 4}, "rejected": [7, 9]})
        self.assertEqual(summarize([]), {"points": {}, "rejected": []})


if __name__ == "__main__":
    unittest.main()
