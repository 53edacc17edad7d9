import unittest

from solution import Employee


class TestEmployeeHidden(unittest.TestCase):
    def test_properties_in_class(self):
        """name, email, salary and annual_cost are properties of the class"""
        for attr in ["name", "email", "salary", "annual_cost"]:
            with self.subTest(attr=attr):
                self.assertIsInstance(Employee.__dict__.get(attr), property)

    def test_annual_cost_read_only(self):
        """annual_cost cannot be assigned"""
        emp = Employee("Kai", "kai@example.com", 1500)
        with self.assertRaises(AttributeError):
            emp.annual_cost = 0
        self.assertEqual(emp.annual_cost, 20160.0)

    def test_failed_change_keeps_old_value(self):
        """a refused value leaves the old one in place"""
        emp = Employee("Kai", "kai@example.com", 3000)
        for bad in [True, None, 1000, -5]:
            with self.subTest(bad=bad):
                with self.assertRaises((TypeError, ValueError)):
                    emp.salary = bad
        self.assertEqual(emp.salary, 3000)
        with self.assertRaises(ValueError):
            emp.email = "kai@@example.com"
        self.assertEqual(emp.email, "kai@example.com")

    def test_bool_and_float(self):
        """True is not a salary; a float at the minimum is"""
        with self.assertRaises(TypeError):
            Employee("Kai", "kai@example.com", True)
        self.assertEqual(Employee("Kai", "kai@example.com", 1500.0).salary, 1500.0)

    def test_email_after_erasure(self):
        """after erasure a new address can be set"""
        emp = Employee("Kai", "kai@example.com", 3000)
        del emp.email
        emp.email = " Kai@New.Example "
        self.assertEqual(emp.email, "kai@new.example")

    def test_raise_below_minimum(self):
        """a pay cut below the minimum is refused"""
        emp = Employee("Kai", "kai@example.com", 1600)
        with self.assertRaises(ValueError):
            emp.raise_salary(-10)
        self.assertEqual(emp.salary, 1600)


if __name__ == "__main__":
    unittest.main()
