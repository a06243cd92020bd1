"""Scorers for gold data and the quality gate."""
