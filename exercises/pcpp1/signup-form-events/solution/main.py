"""The sign-up form of the climbing gym: widgets, callbacks and validation."""
import toolkit as tk
from toolkit import messagebox

MAX_NAME = 16
TITLE = "Sign-up"


def name_allowed(proposed):
    """Key validation of the user name: letters, digits, _ and 16 at most."""
    return len(proposed) <= MAX_NAME and all(
        char.isalnum() or char == "_" for char in proposed)


def age_allowed(proposed):
    """Key validation of the age: empty, or up to 3 digits."""
    return proposed == "" or (proposed.isdigit() and len(proposed) <= 3)


def email_ok(text):
    """True for an address with one @, something before it and a dot after it."""
    local, at, domain = text.partition("@")
    return bool(at) and local != "" and "@" not in domain and "." in domain


class SignupForm:
    """The form: three fields, a counter, a button and a status line."""

    def __init__(self, root):
        self.root = root
        self.accounts = []
        tk.Label(root, text="User name").grid(row=0, column=0, sticky="w")
        self.username = tk.Entry(root, validate="key",
                                 validatecommand=name_allowed)
        self.username.grid(row=0, column=1)
        self.counter = tk.Label(root, text=f"0/{MAX_NAME}")
        self.counter.grid(row=0, column=2)
        tk.Label(root, text="Age").grid(row=1, column=0, sticky="w")
        self.age = tk.Entry(root, validate="key", validatecommand=age_allowed)
        self.age.grid(row=1, column=1)
        tk.Label(root, text="E-mail").grid(row=2, column=0, sticky="w")
        self.email = tk.Entry(root)
        self.email.grid(row=2, column=1)
        self.status = tk.Label(root, text="")
        self.status.grid(row=4, column=0, columnspan=3)
        self.submit_button = tk.Button(root, text="Sign up",
                                       command=self.submit)
        self.submit_button.grid(row=3, column=1)
        self.username.bind("<KeyRelease>", self.update_counter)
        root.bind("<Return>", self.on_return)
        root.bind("<Escape>", self.on_escape)

    def update_counter(self, event=None):
        """Show how many characters the user name has."""
        self.counter.config(text=f"{len(self.username.get())}/{MAX_NAME}")

    def errors(self):
        """The problems of the form, in the order of the fields."""
        problems = []
        name = self.username.get()
        if name == "":
            problems.append("Choose a user name.")
        elif len(name) < 3:
            problems.append("The user name needs at least 3 characters.")
        age = self.age.get()
        if age == "":
            problems.append("Enter your age.")
        elif int(age) < 13:
            problems.append("You must be 13 or older.")
        elif int(age) > 120:
            problems.append("Enter a real age.")
        if not email_ok(self.email.get()):
            problems.append("Enter a valid e-mail address.")
        return problems

    def submit(self):
        """Check the form; sign up or show what is wrong. Return True on success."""
        problems = self.errors()
        if problems:
            messagebox.showerror(TITLE, "\n".join(problems))
            word = "problem" if len(problems) == 1 else "problems"
            self.status.config(text=f"Please fix {len(problems)} {word}.",
                               fg="red")
            return False
        name = self.username.get()
        self.accounts.append((name, int(self.age.get()), self.email.get()))
        messagebox.showinfo(TITLE, f"Welcome, {name}!")
        self.status.config(text=f"Signed up: {name}", fg="green")
        self.clear()
        return True

    def clear(self):
        """Empty the three fields and reset the counter."""
        for entry in (self.username, self.age, self.email):
            entry.delete(0, tk.END)
        self.update_counter()

    def on_return(self, event):
        """Enter anywhere in the window submits the form."""
        self.submit()

    def on_escape(self, event):
        """Escape clears the form, after asking."""
        if messagebox.askyesno(TITLE, "Clear the form?"):
            self.clear()
            self.status.config(text="", fg="black")


def main():
    """Open the window and run the event loop."""
    root = tk.Tk()
    root.title("Join the Boulder Barn")
    SignupForm(root)
    root.mainloop()


if __name__ == "__main__":
    main()
