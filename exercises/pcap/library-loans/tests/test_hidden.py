import unittest

from solution import Book, Member


class HiddenLibraryTests(unittest.TestCase):
    def test_return_never_borrowed(self):
        """Returning a book you do not hold changes nothing"""
        dune = Book("Dune", "Frank Herbert", copies=1)
        ana = Member("Ana")
        bo = Member("Bo")
        ana.borrow(dune)
        self.assertIs(bo.return_book(dune), False, msg="Bo does not hold Dune, so return_book should be False")
        self.assertEqual(dune.available, 0, msg="Ana still has the only copy")
        self.assertEqual(ana.loan_titles(), ["Dune"], msg="Ana's loan must stay")
        emma = Book("Emma", "Jane Austen", copies=1)
        self.assertIs(ana.return_book(emma), False, msg="returning a book nobody borrowed")
        self.assertEqual(emma.available, 1, msg="available must never exceed copies")

    def test_last_copy(self):
        """The last copy goes to one member at a time"""
        dune = Book("Dune", "Frank Herbert")
        ana = Member("Ana")
        bo = Member("Bo")
        self.assertIs(ana.borrow(dune), True, msg="Ana borrows the only copy")
        self.assertIs(dune.is_available(), False, msg="is_available() with no copy on the shelf")
        self.assertIs(bo.borrow(dune), False, msg="Bo cannot borrow: no copy left")
        self.assertEqual(bo.loans, [], msg="the refused loan must not be recorded")
        ana.return_book(dune)
        self.assertIs(bo.borrow(dune), True, msg="after Ana returns it, Bo can borrow it")

    def test_zero_copies(self):
        """A book with zero copies cannot be borrowed"""
        lost = Book("Lost Book", "Nobody", copies=0)
        self.assertEqual(lost.available, 0, msg="available of a book with 0 copies")
        self.assertIs(lost.is_available(), False, msg="is_available() with 0 copies")
        ana = Member("Ana")
        self.assertIs(ana.borrow(lost), False, msg="borrow() of a book with 0 copies")
        self.assertEqual(lost.available, 0, msg="available must never go below 0")

    def test_default_limit(self):
        """The default limit is three books"""
        ana = Member("Ana")
        books = [Book(t, "Anon") for t in ("A", "B", "C", "D")]
        results = [ana.borrow(b) for b in books]
        self.assertEqual(results, [True, True, True, False], msg="results of four borrow() calls with the default max_loans")

    def test_limit_one(self):
        """A member with max_loans=1 must return before borrowing again"""
        kid = Member("Kid", max_loans=1)
        a, b = Book("A", "Anon"), Book("B", "Anon")
        self.assertIs(kid.borrow(a), True, msg="first loan")
        self.assertIs(kid.borrow(b), False, msg="second loan with max_loans=1")
        kid.return_book(a)
        self.assertIs(kid.borrow(b), True, msg="after returning A, B can be borrowed")
        self.assertEqual(kid.loan_titles(), ["B"], msg="loan_titles() at the end")

    def test_order_after_return(self):
        """Titles stay in borrowing order after a return"""
        ana = Member("Ana", max_loans=5)
        books = {t: Book(t, "Anon") for t in ("A", "B", "C", "D")}
        for t in ("A", "B", "C"):
            ana.borrow(books[t])
        ana.return_book(books["B"])
        ana.borrow(books["D"])
        self.assertEqual(ana.loan_titles(), ["A", "C", "D"], msg="borrow A, B, C, return B, borrow D")

    def test_bad_member(self):
        """Bad member arguments raise ValueError"""
        bad = [("", 3), ("   ", 3), (42, 3), ("Ana", 0), ("Ana", -2), ("Ana", "3"), ("Ana", 2.5)]
        for name, max_loans in bad:
            with self.subTest(name=name, max_loans=max_loans):
                with self.assertRaises(ValueError):
                    Member(name, max_loans)

    def test_unicode_names(self):
        """Accented titles and names are kept as they are"""
        book = Book(" Les Misérables ", "Victor Hugo")
        zoe = Member("  Zoë Łukasiewicz ")
        zoe.borrow(book)
        self.assertEqual(zoe.name, "Zoë Łukasiewicz", msg="name with accents, stripped")
        self.assertEqual(zoe.loan_titles(), ["Les Misérables"], msg="title with accents, stripped")


if __name__ == "__main__":
    unittest.main()
