"""Prepare the library's reader survey for analysis without exposing who answered."""
import hashlib

import pandas as pd


def pseudonym(email, salt):
    """A stable 12-character pseudonym for an e-mail address.

    The address is stripped and lower-cased first, so that the same person
    always gets the same pseudonym; the secret salt stops anyone from
    recomputing it from a list of known addresses.
    """
    text = salt + email.strip().lower()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def fix_mojibake(text):
    """Repair UTF-8 text that was wrongly decoded as Latin-1 ('MÃ©dia' -> 'Média').

    Text that is already right cannot be re-encoded that way and is returned as is.
    """
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def prepare(path, salt):
    """The answers that may be analysed: one per reader, their latest, with consent."""
    answers = pd.read_csv(path, dtype=str, keep_default_na=False)
    answers["respondent"] = answers["email"].map(lambda email: pseudonym(email, salt))
    answers = answers.sort_values("submitted_at", kind="stable")
    answers = answers.drop_duplicates(subset="respondent", keep="last")
    answers = answers[answers["consent"].str.strip().str.lower() == "yes"]

    records = []
    for row in answers.itertuples(index=False):
        rating = row.rating.strip()
        records.append({
            "respondent": row.respondent,
            "channel": row.channel,
            "branch": fix_mojibake(row.branch),
            "rating": int(rating) if rating else None,
        })
    return records
