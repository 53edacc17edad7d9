"""Data sources of the analytics team and the catalog that lists them."""
# TODO: write DataSource, its subclasses CsvFile and SqlTable, and Catalog,
#       as README.md describes: __init__, location(), describe(), __repr__,
#       __eq__ (with __hash__), and the Catalog's add/find/owners/len/in.


class DataSource:
    """A named data set that one person of the team looks after."""

    def __init__(self, name, owner):
        self.name = name
        self.owner = owner


class CsvFile(DataSource):
    """A CSV export on the shared drive."""


class SqlTable(DataSource):
    """A table of a database."""


class Catalog:
    """The list of data sources of one team."""
