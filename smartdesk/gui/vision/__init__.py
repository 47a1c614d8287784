"""Widgets of the Vision stage: committed text boxes, principles, maturity, alignment."""
