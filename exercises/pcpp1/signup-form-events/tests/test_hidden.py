import unittest

import toolkit as tk
from main import SignupForm


class TestSignupFormHidden(unittest.TestCase):
    def setUp(self):
        tk.messagebox.shown.clear()
        tk.messagebox.answers.clear()
        self.root = tk.Tk()
        self.form = SignupForm(self.root)

    def fill(self, name, age, email):
        self.form.username.type_text(name)
        self.form.age.type_text(age)
        self.form.email.type_text(email)

    def test_empty_form_and_one_problem(self):
        """an empty form, then a single problem (singular)"""
        self.form.submit()
        self.assertEqual(tk.messagebox.shown[-1][2],
                         "Choose a user name.\nEnter your age.\nEnter a valid e-mail address.")
        self.fill("mo_99", "121", "mo@x.org")
        self.form.submit()
        self.assertEqual(tk.messagebox.shown[-1], ("error", "Sign-up", "Enter a real age."))
        self.assertEqual(self.form.status.cget("text"), "Please fix 1 problem.")

    def test_age_limits(self):
        """13 and 120 are accepted"""
        self.fill("teen", "13", "t@a.b")
        self.assertIs(self.form.submit(), True)
        self.fill("elder", "120", "e@a.b")
        self.assertIs(self.form.submit(), True)
        self.assertEqual([a[1] for a in self.form.accounts], [13, 120])

    def test_emails(self):
        """e-mail addresses: one @, text before it, a dot after it"""
        for email in ("@barn.example", "a@@barn.example", "a@barn", "abarn.example", ""):
            with self.subTest(email=email):
                tk.messagebox.shown.clear()
                for entry in (self.form.username, self.form.age, self.form.email):
                    entry.delete(0, tk.END)
                self.fill("valid_name", "30", email)
                self.assertIs(self.form.submit(), False)
                self.assertEqual(tk.messagebox.shown[-1][2], "Enter a valid e-mail address.")

    def test_name_limit(self):
        """the user name stops at 16 characters"""
        self.form.username.type_text("abcdefghijklmnopqrst")
        self.assertEqual(self.form.username.get(), "abcdefghijklmnop")
        self.assertEqual(self.form.counter.cget("text"), "16/16")

    def test_escape_asks_first(self):
        """Escape asks before clearing; No keeps the fields"""
        self.fill("keep_me", "40", "k@m.e")
        tk.messagebox.answers[:] = [False, True]
        self.root.event_generate("<Escape>")
        self.assertEqual(tk.messagebox.shown, [("question", "Sign-up", "Clear the form?")])
        self.assertEqual(self.form.username.get(), "keep_me", msg="after answering No")
        self.root.event_generate("<Escape>")
        self.assertEqual([self.form.username.get(), self.form.age.get(), self.form.email.get()],
                         ["", "", ""], msg="after answering Yes")
        self.assertEqual(self.form.counter.cget("text"), "0/16")
        self.assertEqual(self.form.accounts, [], msg="clearing signs nobody up")

    def test_widgets_placed(self):
        """every widget of the form is placed, so it would be visible"""
        for name in ("username", "age", "email", "counter", "submit_button", "status"):
            with self.subTest(widget=name):
                self.assertNotEqual(getattr(self.form, name).winfo_manager(), "",
                                    msg=f"self.{name} was never placed with grid() or pack()")


if __name__ == "__main__":
    unittest.main()
