"""The sign-up form of the climbing gym: widgets, callbacks and validation."""
import toolkit as tk
from toolkit import messagebox

MAX_NAME = 16
TITLE = "Sign-up"


class SignupForm:
    """The form: three fields, a counter, a button and a status line."""

    def __init__(self, root):
        self.root = root
        self.accounts = []
        # TODO: create the widgets of README.md (username, counter, age, email,
        #       submit_button, status), place them with grid(), give the two
        #       entries their key validation, and bind <KeyRelease>, <Return>
        #       and <Escape>.

    def submit(self):
        """Check the form; sign up or show what is wrong. Return True on success."""
        # TODO: the checks, the dialogs and the status line of README.md
        return False


def main():
    """Open the window and run the event loop."""
    root = tk.Tk()
    root.title("Join the Boulder Barn")
    SignupForm(root)
    root.mainloop()


if __name__ == "__main__":
    main()
