# Mistake: annual_cost is computed once in __init__ and stored as a plain
# attribute: it goes stale after a raise and anyone can overwrite it.
"""The HR system's employee record, guarded by properties."""


class Employee:
    """An employee whose data is validated on every assignment."""

    MIN_SALARY = 1500
    EMPLOYER_TAX = 0.12

    def __init__(self, name, email, salary):
        self._name = name
        self.email = email      # goes through the setters
        self.salary = salary
        self.annual_cost = round(salary * 12 * (1 + self.EMPLOYER_TAX), 2)

    @property
    def name(self):
        """The name cannot be changed after hiring."""
        return self._name

    @property
    def email(self):
        return self._email

    @email.setter
    def email(self, value):
        value = value.strip().lower()
        local, at, domain = value.partition("@")
        if not local or not at or not domain or "@" in domain:
            raise ValueError(f"not an email address: {value!r}")
        self._email = value

    @email.deleter
    def email(self):
        """Erase the address (a GDPR request); it reads as None afterwards."""
        self._email = None

    @property
    def salary(self):
        return self._salary

    @salary.setter
    def salary(self, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise TypeError(f"salary must be a number, not {type(value).__name__}")
        if value < self.MIN_SALARY:
            raise ValueError(f"salary below the minimum of {self.MIN_SALARY}")
        self._salary = value

    def raise_salary(self, percent):
        """Raise the salary by `percent` per cent (validated like any change)."""
        self.salary = round(self.salary * (1 + percent / 100), 2)
