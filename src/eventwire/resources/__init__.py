"""Data tables the project authors (lexicons, gazetteer additions), versioned with the code."""
