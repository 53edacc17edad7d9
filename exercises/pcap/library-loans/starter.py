# Complete both classes. Read README.md for the exact rules.


class Book:
    def __init__(self, title, author, copies=1):
        # TODO: validate the arguments (raise ValueError), strip the texts
        #       and store title, author, copies and available.
        pass

    def is_available(self):
        # TODO: True while at least one copy is on the shelf.
        return False


class Member:
    def __init__(self, name, max_loans=3):
        # TODO: validate, then store name, max_loans and a new empty list
        #       of loans for this member.
        pass

    def borrow(self, book):
        # TODO: refuse (return False) when no copy is available, when the
        #       member holds max_loans books, or already holds this book.
        return False

    def return_book(self, book):
        # TODO: only a book this member holds can be returned.
        return False

    def loan_titles(self):
        return []
