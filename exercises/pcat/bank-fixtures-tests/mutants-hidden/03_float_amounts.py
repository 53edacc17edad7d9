# amounts that are not whole cents (10.5) are accepted
"""The accounts of the Riverside Credit Union, kept in SQLite.

Amounts are whole cents (int). Every change is committed at once: a Bank
never leaves a transaction open.
"""

SCHEMA = """
CREATE TABLE account (
    number INTEGER PRIMARY KEY AUTOINCREMENT,
    owner TEXT NOT NULL CHECK (length(trim(owner)) > 0),
    overdraft_limit INTEGER NOT NULL DEFAULT 0 CHECK (overdraft_limit >= 0),
    opened TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE movement (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account INTEGER NOT NULL REFERENCES account(number),
    kind TEXT NOT NULL CHECK (kind IN ('deposit', 'withdrawal', 'transfer in', 'transfer out')),
    cents INTEGER NOT NULL CHECK (cents <> 0)
);
CREATE INDEX movement_by_account ON movement(account, id);
CREATE VIEW balance AS
    SELECT a.number AS account, COALESCE(SUM(m.cents), 0) AS cents
    FROM account a LEFT JOIN movement m ON m.account = a.number
    GROUP BY a.number;
"""


class UnknownAccount(KeyError):
    """No account has this number."""


class InsufficientFunds(ValueError):
    """The movement would take the balance below the overdraft limit."""


def create_schema(conn):
    """Create the tables of an empty database (slow on the real server)."""
    conn.executescript(SCHEMA)


class Bank:
    def __init__(self, conn):
        self.conn = conn

    def open_account(self, owner, overdraft_limit=0):
        """Open an account and return its number."""
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO account (owner, overdraft_limit) VALUES (?, ?)",
                (owner, overdraft_limit))
        return cursor.lastrowid

    def _limit(self, number):
        row = self.conn.execute(
            "SELECT overdraft_limit FROM account WHERE number = ?", (number,)).fetchone()
        if row is None:
            raise UnknownAccount(number)
        return row[0]

    def balance(self, number):
        """Return the balance of an account in cents (negative in overdraft)."""
        self._limit(number)
        return self.conn.execute(
            "SELECT cents FROM balance WHERE account = ?", (number,)).fetchone()[0]

    def _move(self, number, kind, cents):
        limit = self._limit(number)
        if cents < 0 and self.balance(number) + cents < -limit:
            raise InsufficientFunds(f"account {number} cannot pay {-cents} cents")
        self.conn.execute(
            "INSERT INTO movement (account, kind, cents) VALUES (?, ?, ?)",
            (number, kind, cents))

    @staticmethod
    def _check_amount(cents):
        if cents <= 0:
            raise ValueError(f"amount must be a positive number of cents, not {cents!r}")

    def deposit(self, number, cents):
        self._check_amount(cents)
        with self.conn:
            self._move(number, "deposit", cents)

    def withdraw(self, number, cents):
        self._check_amount(cents)
        with self.conn:
            self._move(number, "withdrawal", -cents)

    def transfer(self, source, target, cents):
        """Move money between two accounts: both movements happen, or neither."""
        self._check_amount(cents)
        if source == target:
            raise ValueError("cannot transfer to the same account")
        with self.conn:
            self._move(target, "transfer in", cents)
            self._move(source, "transfer out", -cents)

    def statement(self, number):
        """Return the movements of an account, oldest first, as (kind, cents)."""
        self._limit(number)
        return self.conn.execute(
            "SELECT kind, cents FROM movement WHERE account = ? ORDER BY id",
            (number,)).fetchall()
