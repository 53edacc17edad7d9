class Book:
    """A title in the library's catalogue, with one or more copies."""

    def __init__(self, title, author, copies=1):
        if not isinstance(title, str) or not title.strip():
            raise ValueError("title must be a non-empty str")
        if not isinstance(author, str) or not author.strip():
            raise ValueError("author must be a non-empty str")
        if not isinstance(copies, int) or copies < 0:
            raise ValueError("copies must be an int >= 0")
        self.title = title.strip()
        self.author = author.strip()
        self.copies = copies
        self.available = copies

    def is_available(self):
        return self.available > 0


class Member:
    """A library member who can hold up to max_loans books at once."""

    def __init__(self, name, max_loans=3):
        if not isinstance(name, str) or not name.strip():
            raise ValueError("name must be a non-empty str")
        if not isinstance(max_loans, int) or max_loans < 1:
            raise ValueError("max_loans must be an int >= 1")
        self.name = name.strip()
        self.max_loans = max_loans
        self.loans = []

    def borrow(self, book):
        if not book.is_available():
            return False
        if len(self.loans) >= self.max_loans:
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


if __name__ == "__main__":
    dune = Book("  Dune ", "Frank Herbert", copies=2)
    ana = Member("Ana", max_loans=2)
    print(ana.borrow(dune), ana.borrow(dune), dune.available)
    print(ana.loan_titles(), ana.return_book(dune), dune.available)
