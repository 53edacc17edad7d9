import unittest

import toolkit as tk
from main import SignupForm


class FormTest(unittest.TestCase):
    def setUp(self):
        tk.messagebox.shown.clear()
        tk.messagebox.answers.clear()
        self.root = tk.Tk()
        self.form = SignupForm(self.root)

    def fill(self, name, age, email):
        self.form.username.type_text(name)
        self.form.age.type_text(age)
        self.form.email.type_text(email)


class TestSignupForm(FormTest):
    def test_no_dialog_when_opening(self):
        """opening the form shows no dialog and clicking the button submits"""
        self.assertEqual(tk.messagebox.shown, [],
                         msg="a dialog was shown while the form was built: "
                             "command=self.submit() calls submit at once; "
                             "pass the method itself, command=self.submit")
        self.assertEqual(self.form.submit_button.cget("text"), "Sign up")
        self.form.submit_button.invoke()
        self.assertEqual(len(tk.messagebox.shown), 1,
                         msg="clicking 'Sign up' on an empty form should show one error dialog")

    def test_key_validation(self):
        """the entries refuse keys that can never be valid"""
        self.form.username.type_text("ana maría!_99")
        self.assertEqual(self.form.username.get(), "anamaría_99",
                         msg="typing 'ana maría!_99' in the user name (letters, digits and _ only: "
                             "the space and the ! are refused, 'í' is a letter)")
        self.form.age.type_text("4a2x7")
        self.assertEqual(self.form.age.get(), "427", msg="typing '4a2x7' in the age")
        self.form.age.type_text("1")
        self.assertEqual(self.form.age.get(), "427", msg="a fourth digit in the age")

    def test_counter(self):
        """the counter follows the user name as it is typed"""
        self.assertEqual(self.form.counter.cget("text"), "0/16", msg="counter at the start")
        self.form.username.type_text("boulder_bo")
        self.assertEqual(self.form.counter.cget("text"), "10/16", msg="after typing 'boulder_bo'")

    def test_errors(self):
        """a wrong form shows every problem in one error dialog"""
        self.fill("bo", "9", "bo@example")
        result = self.form.submit()
        self.assertIs(result, False, msg="submit() on a wrong form")
        self.assertEqual(tk.messagebox.shown, [(
            "error", "Sign-up",
            "The user name needs at least 3 characters.\n"
            "You must be 13 or older.\n"
            "Enter a valid e-mail address.")])
        self.assertEqual(self.form.status.cget("text"), "Please fix 3 problems.")
        self.assertEqual(self.form.status.cget("fg"), "red")
        self.assertEqual(self.form.username.get(), "bo", msg="a wrong form keeps its fields")

    def test_success_with_return_key(self):
        """Enter in the window signs up, welcomes and clears the form"""
        self.fill("zoe_climbs", "27", "zoe@barn.example")
        self.root.event_generate("<Return>")
        self.assertEqual(tk.messagebox.shown, [("info", "Sign-up", "Welcome, zoe_climbs!")])
        self.assertEqual(self.form.accounts, [("zoe_climbs", 27, "zoe@barn.example")])
        self.assertEqual(self.form.status.cget("text"), "Signed up: zoe_climbs")
        self.assertEqual(self.form.status.cget("fg"), "green")
        self.assertEqual([self.form.username.get(), self.form.age.get(), self.form.email.get()],
                         ["", "", ""], msg="the fields after a sign-up")
        self.assertEqual(self.form.counter.cget("text"), "0/16", msg="the counter after a sign-up")


if __name__ == "__main__":
    unittest.main()
