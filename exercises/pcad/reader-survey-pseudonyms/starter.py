"""Prepare the library's reader survey for analysis without exposing who answered."""
import hashlib

import pandas as pd


def pseudonym(email, salt):
    """A stable 12-character pseudonym for an e-mail address."""
    # TODO: strip and lower-case the address, put the salt in front, hash the
    #       UTF-8 bytes with hashlib.sha256 and keep the first 12 hex digits.
    return email


def fix_mojibake(text):
    """Repair UTF-8 text that was wrongly decoded as Latin-1 ('MÃ©dia' -> 'Média')."""
    # TODO: encode as Latin-1 and decode as UTF-8; text that is already right
    #       raises a UnicodeError on the way: return it unchanged.
    return text


def prepare(path, salt):
    """The answers that may be analysed: one per reader, their latest, with consent."""
    answers = pd.read_csv(path, dtype=str, keep_default_na=False)
    # TODO: add the pseudonym, keep each reader's latest answer, then keep
    #       only the answers whose consent is "yes", and build the dicts.
    return []
