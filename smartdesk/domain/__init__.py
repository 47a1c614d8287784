"""Pure-Python rules of a SmartDesk workshop: records, validation, appraisal, review.

Imports neither Qt nor SQLite.
"""
