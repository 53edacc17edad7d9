# Mistake: compares the number of loans with `>` instead of `>=`, so a member
# can hold one book more than max_loans allows.
class Book:
    def __init__(self, title, author, copies=1):
        if not isinstance(title, str) or not title.strip():
            raise ValueError("bad title")
        if not isinstance(author, str) or not author.strip():
            raise ValueError("bad author")
        if not isinstance(copies, int) or copies < 0:
            raise ValueError("bad copies")
        self.title = title.strip()
        self.author = author.strip()
        self.copies = copies
        self.available = copies

    def is_available(self):
        return self.available > 0


class Member:
    def __init__(self, name, max_loans=3):
        if not isinstance(name, str) or not name.strip():
            raise ValueError("bad name")
        if not isinstance(max_loans, int) or max_loans < 1:
            raise ValueError("bad max_loans")
        self.name = name.strip()
        self.max_loans = max_loans
        self.loans = []

    def borrow(self, book):
        if not book.is_available():
            return False
        if len(self.loans) > self.max_loans:
            return False
        if book in self.loans:
            return False
        self.loans.append(book)
        book.available -= 1
        return True

    def return_book(self, book):
        if book not in self.loans:
            return False
        self.loans.remove(book)
        book.available += 1
        return True

    def loan_titles(self):
        return [book.title for book in self.loans]
