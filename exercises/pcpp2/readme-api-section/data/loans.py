async def fetch_loans(member_id, *args, limit=10, **filters):
    """Download the member's loans from the library server.



    The server pages its answers.
    """


class Loan:
    """A book lent to a member."""

    def renew(self, days=14):
        """Extend the loan by `days` days."""

    async def remind(self):
        pass

    @property
    def overdue(self):
        """True after the due date."""


class _Draft:
    def publish(self):
        pass
