# Mistake: return_book never checks that the member holds the book, so a
# book that was never lent goes "back" on the shelf (available > copies).
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
        if not book.is_available() or len(self.loans) >= self.max_loans or book in self.loans:
            return False
        self.loans.append(book)
        book.available -= 1
        return True

    def return_book(self, book):
        if book in self.loans:
            self.loans.remove(book)
        book.available += 1
        return True

    def loan_titles(self):
        return [book.title for book in self.loans]
