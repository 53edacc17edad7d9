# Mistake: find_patients() pastes the surname into the SQL text with an
# f-string. O'Neill ends the SQL string early (a syntax error), and
# x' OR '1'='1 turns the condition into one that every patient meets.
"""Search the physiotherapy clinics' patient database safely."""
import sqlite3


def run(db_path, sql, params=()):
    """All rows of one parameterized query."""
    con = sqlite3.connect(db_path)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def find_patients(db_path, surname):
    """Patients with exactly this surname (any case): (id, first, surname, clinic)."""
    return run(db_path,
               "SELECT id, first_name, surname, clinic FROM patients "
               f"WHERE surname = '{surname.strip()}' COLLATE NOCASE "
               "ORDER BY id")


def search_patients(db_path, text):
    """Patients whose surname starts with text: (first name, surname)."""
    escaped = (text.replace("\\", "\\\\")
               .replace("%", "\\%").replace("_", "\\_"))
    return run(db_path,
               "SELECT first_name, surname FROM patients "
               "WHERE surname LIKE ? ESCAPE '\\' "
               "ORDER BY surname, first_name",
               (escaped + "%",))


def appointments_between(db_path, first_day, last_day):
    """Appointments from first_day to last_day: (day, time, first, surname)."""
    return run(db_path,
               "SELECT a.day, a.time, p.first_name, p.surname "
               "FROM appointments AS a JOIN patients AS p "
               "ON p.id = a.patient_id "
               "WHERE a.day BETWEEN ? AND ? ORDER BY a.day, a.time, p.surname",
               (first_day, last_day))


def patients_per_clinic(db_path, clinics):
    """(clinic, number of patients) for each of the clinics named."""
    if not clinics:
        return []
    marks = ", ".join("?" for _ in clinics)
    return run(db_path,
               "SELECT clinic, COUNT(*) FROM patients "
               f"WHERE clinic IN ({marks}) GROUP BY clinic ORDER BY clinic",
               tuple(clinics))
