# Mistake: AND and OR are read from left to right with the same precedence.
# In SPDX, AND binds tighter: "A OR B AND C" means "A OR (B AND C)".
"""Audit the licenses of a project's dependencies against the legal team's policy."""
import csv
import json
import os
import re
import sys

TOKEN = re.compile(r"\s*(?:(\()|(\))|([A-Za-z0-9.+-]+))")


def load_policy(path="/data/policy.csv"):
    """{canonical id: set of project licenses it may be used in, or {"*"}}."""
    with open(path, newline="", encoding="utf-8") as handle:
        return {row["dependency_license"]: set(row["allowed_in"].split())
                for row in csv.DictReader(handle)}


def load_exceptions(path="/data/exceptions.txt"):
    """The license exceptions that may follow WITH."""
    with open(path, encoding="utf-8") as handle:
        return [line.strip() for line in handle if line.strip()]


def tokenize(text):
    """Split an expression into '(', ')' and words; ValueError on anything else."""
    tokens, position = [], 0
    text = text.rstrip()
    while position < len(text):
        match = TOKEN.match(text, position)
        if not match:
            raise ValueError("syntax error")
        tokens.append(match.group(match.lastindex))
        position = match.end()
    return tokens


class Parser:
    """SPDX expression parser: OR binds loosest, then AND, then WITH."""

    def __init__(self, text, known_ids, exceptions):
        self.tokens = tokenize(text)
        self.position = 0
        self.ids = {name.lower(): name for name in known_ids}
        self.exceptions = {name.lower(): name for name in exceptions}

    def peek(self):
        return self.tokens[self.position] if self.position < len(self.tokens) else None

    def take(self):
        token = self.peek()
        if token is None:
            raise ValueError("syntax error")
        self.position += 1
        return token

    def parse(self):
        tree = self.parse_or()
        if self.peek() is not None:
            raise ValueError("syntax error")
        return tree

    def parse_or(self):
        tree = self.parse_term()
        while self.peek() in ("OR", "AND"):
            operator = self.take()
            tree = (operator, tree, self.parse_term())
        return tree

    def parse_and(self):
        tree = self.parse_term()
        while self.peek() == "AND":
            self.take()
            tree = ("AND", tree, self.parse_term())
        return tree

    def parse_term(self):
        token = self.take()
        if token == "(":
            tree = self.parse_or()
            if self.take() != ")":
                raise ValueError("syntax error")
            return tree
        if token in (")", "AND", "OR", "WITH"):
            raise ValueError("syntax error")
        if token.lower() not in self.ids:
            raise ValueError(f"unknown license id: {token}")
        license_id = self.ids[token.lower()]
        if self.peek() == "WITH":
            self.take()
            exception = self.take()
            if exception.lower() not in self.exceptions:
                raise ValueError(f"unknown exception: {exception}")
        return license_id


def allowed(tree, project, policy):
    """True if the parsed expression may be used in a project under `project`."""
    if isinstance(tree, str):
        targets = policy[tree]
        return "*" in targets or project in targets
    operator, left, right = tree
    if operator == "OR":
        return allowed(left, project, policy) or allowed(right, project, policy)
    return allowed(left, project, policy) and allowed(right, project, policy)


def main():
    """Read the project license and the dependencies; write the JSON report."""
    policy = load_policy()
    exceptions = load_exceptions()
    project = input().strip()
    report = {"project": project, "ok": [], "conflicts": {}, "invalid": {}}
    for line in sys.stdin:
        if not line.strip():
            continue
        name, _, expression = line.strip().partition(" ")
        expression = expression.strip()
        try:
            tree = Parser(expression, policy, exceptions).parse()
        except ValueError as error:
            report["invalid"][name] = str(error)
            continue
        if allowed(tree, project, policy):
            report["ok"].append(name)
        else:
            report["conflicts"][name] = expression
    os.makedirs("/tmp/out", exist_ok=True)
    with open("/tmp/out/license-report.json", "w", encoding="utf-8") as handle:
        json.dump(report, handle, indent=2)


if __name__ == "__main__":
    main()
