# Guard the employee's data with properties (see the README).


class Employee:
    MIN_SALARY = 1500
    EMPLOYER_TAX = 0.12

    def __init__(self, name, email, salary):
        self.name = name
        self.email = email
        self.salary = salary

    # TODO: read-only property name; email with a setter (strip, lower case,
    #       validate) and a deleter; salary with a validating setter;
    #       read-only annual_cost

    def raise_salary(self, percent):
        self.salary = round(self.salary * (1 + percent / 100), 2)
