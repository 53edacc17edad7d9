"""Search the physiotherapy clinics' patient database safely."""
import sqlite3

# TODO: write the four searches with ? placeholders: never put what the
#       receptionist typed into the SQL text itself (see README.md).


def find_patients(db_path, surname):
    """Patients with exactly this surname (any case): (id, first, surname, clinic)."""
    return []


def search_patients(db_path, text):
    """Patients whose surname starts with text: (first name, surname)."""
    return []


def appointments_between(db_path, first_day, last_day):
    """Appointments from first_day to last_day: (day, time, first, surname)."""
    return []


def patients_per_clinic(db_path, clinics):
    """(clinic, number of patients) for each of the clinics named."""
    con = sqlite3.connect(db_path)
    con.close()
    return []
