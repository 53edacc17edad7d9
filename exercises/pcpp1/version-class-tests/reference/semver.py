"""Semantic versions (MAJOR.MINOR.PATCH) for the plugin manager."""
import re
from functools import total_ordering

_PATTERN = re.compile(r"v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")
PARTS = ("major", "minor", "patch")


@total_ordering
class Version:
    """An immutable version number such as 2.10.3."""

    def __init__(self, major, minor=0, patch=0):
        for part in (major, minor, patch):
            if isinstance(part, bool) or not isinstance(part, int) or part < 0:
                raise ValueError(f"version parts are ints >= 0, not {part!r}")
        self.major, self.minor, self.patch = major, minor, patch

    @classmethod
    def parse(cls, text):
        """Version from 'MAJOR.MINOR.PATCH', an optional 'v' in front and
        spaces around allowed; no leading zeros. ValueError otherwise."""
        match = _PATTERN.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not a version: {text!r}")
        return cls(*(int(group) for group in match.groups()))

    def _key(self):
        return (self.major, self.minor, self.patch)

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __str__(self):
        return f"{self.major}.{self.minor}.{self.patch}"

    def __repr__(self):
        return f"Version('{self}')"

    def bump(self, part):
        """A new Version with `part` ('major', 'minor' or 'patch') raised by
        one and the parts after it reset to 0."""
        if part == "major":
            return Version(self.major + 1, 0, 0)
        if part == "minor":
            return Version(self.major, self.minor + 1, 0)
        if part == "patch":
            return Version(self.major, self.minor, self.patch + 1)
        raise ValueError(f"unknown part {part!r}; use one of {PARTS}")

    def accepts(self, other):
        """True when `other` satisfies the requirement ^self: other >= self
        and the same major version - or, while major is 0, the same minor."""
        if other < self:
            return False
        if self.major == 0:
            return other.major == 0 and other.minor == self.minor
        return other.major == self.major
