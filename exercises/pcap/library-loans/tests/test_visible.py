import unittest

from solution import Book, Member


class VisibleLibraryTests(unittest.TestCase):
    def test_new_book(self):
        """A new book has every copy on the shelf"""
        book = Book("  Dune ", " Frank Herbert", copies=2)
        self.assertEqual(book.title, "Dune", msg="title should be stripped of spaces")
        self.assertEqual(book.author, "Frank Herbert", msg="author should be stripped of spaces")
        self.assertEqual(book.copies, 2, msg="copies should be the number given")
        self.assertEqual(book.available, 2, msg="available should start equal to copies")
        self.assertIs(book.is_available(), True, msg="is_available() should be True")
        single = Book("Emma", "Jane Austen")
        self.assertEqual(single.copies, 1, msg="copies should default to 1")
        self.assertEqual(single.available, 1, msg="available should default to 1")

    def test_new_member(self):
        """A new member holds no books"""
        ana = Member(" Ana ")
        self.assertEqual(ana.name, "Ana", msg="name should be stripped of spaces")
        self.assertEqual(ana.max_loans, 3, msg="max_loans should default to 3")
        self.assertEqual(ana.loans, [], msg="a new member's loans should be an empty list")
        self.assertEqual(ana.loan_titles(), [], msg="loan_titles() of a new member")

    def test_borrow(self):
        """Borrowing takes a copy off the shelf"""
        dune = Book("Dune", "Frank Herbert", copies=2)
        ana = Member("Ana")
        self.assertIs(ana.borrow(dune), True, msg="borrow() of an available book should return True")
        self.assertEqual(dune.available, 1, msg="available after one copy was lent (2 copies)")
        self.assertEqual(len(ana.loans), 1, msg="the member should now hold one book")
        self.assertIs(ana.loans[0], dune, msg="loans should hold the Book object itself")
        self.assertEqual(ana.loan_titles(), ["Dune"], msg="loan_titles() after borrowing Dune")

    def test_same_book_twice(self):
        """A member cannot borrow the same book twice"""
        dune = Book("Dune", "Frank Herbert", copies=3)
        ana = Member("Ana")
        ana.borrow(dune)
        self.assertIs(ana.borrow(dune), False, msg="borrowing a book she already holds should return False")
        self.assertEqual(dune.available, 2, msg="the refused loan must not take another copy")
        self.assertEqual(ana.loan_titles(), ["Dune"], msg="loan_titles() after the refused loan")

    def test_loan_limit(self):
        """The loan limit is respected"""
        books = [Book(t, "Anon") for t in ("A", "B", "C")]
        bo = Member("Bo", max_loans=2)
        self.assertIs(bo.borrow(books[0]), True, msg="1st of 2 allowed loans")
        self.assertIs(bo.borrow(books[1]), True, msg="2nd of 2 allowed loans")
        self.assertIs(bo.borrow(books[2]), False, msg="a 3rd loan with max_loans=2 should return False")
        self.assertEqual(books[2].available, 1, msg="the refused book must stay on the shelf")
        self.assertEqual(bo.loan_titles(), ["A", "B"], msg="loan_titles() after the refused 3rd loan")

    def test_return(self):
        """Returning a book puts it back on the shelf"""
        dune = Book("Dune", "Frank Herbert", copies=2)
        ana = Member("Ana")
        ana.borrow(dune)
        self.assertIs(ana.return_book(dune), True, msg="returning a held book should return True")
        self.assertEqual(dune.available, 2, msg="available after the return")
        self.assertEqual(ana.loans, [], msg="loans after returning her only book")
        self.assertIs(ana.return_book(dune), False, msg="returning it a second time should return False")
        self.assertEqual(dune.available, 2, msg="a second return must not add a copy")

    def test_separate_loan_lists(self):
        """Each member has their own loan list"""
        ana = Member("Ana")
        bo = Member("Bo")
        ana.borrow(Book("Dune", "Frank Herbert"))
        self.assertEqual(bo.loan_titles(), [], msg="Bo borrowed nothing, but Ana's loan shows up in his list")
        self.assertIsNot(ana.loans, bo.loans, msg="each member needs their own list (create it in __init__)")

    def test_bad_book(self):
        """Bad book arguments raise ValueError"""
        bad = [
            ("", "Jane Austen", 1),
            ("Emma", "   ", 1),
            (None, "Jane Austen", 1),
            ("Emma", "Jane Austen", -1),
            ("Emma", "Jane Austen", "2"),
        ]
        for title, author, copies in bad:
            with self.subTest(title=title, author=author, copies=copies):
                with self.assertRaises(ValueError):
                    Book(title, author, copies)


if __name__ == "__main__":
    unittest.main()
