"""Data sources of the analytics team and the catalog that lists them."""


class DataSource:
    """A named data set that one person of the team looks after."""

    def __init__(self, name, owner):
        self.name = name.strip().lower()
        self.owner = owner

    def location(self):
        """Where the data lives; subclasses say more."""
        return "unknown"

    def describe(self):
        """One line for the catalog page."""
        return f"{self.name} ({self.owner}): {self.location()}"

    def __repr__(self):
        return f"DataSource({self.name!r}, owner={self.owner!r})"

    def __eq__(self, other):
        if not isinstance(other, DataSource):
            return NotImplemented
        return (type(self) is type(other)
                and self.name == other.name
                and self.location() == other.location())

    def __hash__(self):
        return hash((type(self).__name__, self.name, self.location()))


class CsvFile(DataSource):
    """A CSV export on the shared drive."""

    def __init__(self, name, owner, path, delimiter=","):
        super().__init__(name, owner)
        self.path = path
        self.delimiter = delimiter

    def location(self):
        return self.path

    def __repr__(self):
        return (f"CsvFile({self.name!r}, owner={self.owner!r}, "
                f"path={self.path!r}, delimiter={self.delimiter!r})")


class SqlTable(DataSource):
    """A table of a database."""

    def __init__(self, name, owner, database, table):
        super().__init__(name, owner)
        self.database = database
        self.table = table

    def location(self):
        return f"{self.database}:{self.table}"

    def __repr__(self):
        return (f"SqlTable({self.name!r}, owner={self.owner!r}, "
                f"database={self.database!r}, table={self.table!r})")


class Catalog:
    """The list of data sources of one team (it has sources, it is not one)."""

    def __init__(self, title):
        self.title = title
        self.sources = []

    def add(self, source):
        """Register a source; False if an equal one is already there."""
        if source in self.sources:
            return False
        self.sources.append(source)
        return True

    def find(self, name):
        """The sources called name (any case, spaces around ignored)."""
        wanted = name.strip().lower()
        return [source for source in self.sources if source.name == wanted]

    def owners(self):
        """The people who look after at least one source, sorted."""
        return sorted({source.owner for source in self.sources})

    def __len__(self):
        return len(self.sources)

    def __contains__(self, source):
        return source in self.sources

    def __repr__(self):
        return f"Catalog({self.title!r}, {len(self.sources)} sources)"
