"""catalogue: merge supplier feeds and branch spreadsheets into the library catalogue."""
