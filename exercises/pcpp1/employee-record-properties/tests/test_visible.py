import unittest

from solution import Employee


class TestEmployeeVisible(unittest.TestCase):
    def test_email_normalised(self):
        """the email is stripped and lower-cased, in __init__ too"""
        emp = Employee("Ana Lima", "  Ana.Lima@Example.COM ", 4200)
        self.assertEqual(emp.email, "ana.lima@example.com")
        emp.email = "ANA@shop.example"
        self.assertEqual(emp.email, "ana@shop.example")

    def test_bad_values_refused(self):
        """bad emails and salaries are refused, also when hiring"""
        emp = Employee("Ana Lima", "ana@example.com", 4200)
        with self.assertRaises(ValueError):
            emp.email = "ana.example.com"
        with self.assertRaises(ValueError):
            emp.salary = 1499
        with self.assertRaises(TypeError):
            emp.salary = "5000"
        with self.assertRaises(ValueError, msg="Employee(..., salary=100) must be refused"):
            Employee("Bo", "bo@example.com", 100)

    def test_name_read_only(self):
        """name cannot be assigned"""
        emp = Employee("Ana Lima", "ana@example.com", 4200)
        with self.assertRaises(AttributeError):
            emp.name = "Ana Silva"
        self.assertEqual(emp.name, "Ana Lima")

    def test_annual_cost(self):
        """annual_cost is 12 salaries plus 12 % and follows a raise"""
        emp = Employee("Ana Lima", "ana@example.com", 4200)
        self.assertEqual(emp.annual_cost, 56448.0)
        emp.raise_salary(10)
        self.assertEqual(emp.salary, 4620.0)
        self.assertEqual(emp.annual_cost, 62092.8)

    def test_delete_email(self):
        """del emp.email erases the address"""
        emp = Employee("Ana Lima", "ana@example.com", 4200)
        del emp.email
        self.assertIsNone(emp.email)


if __name__ == "__main__":
    unittest.main()
