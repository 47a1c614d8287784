"""Widgets of the Stakeholders stage: the power-interest grid, engagement gaps,
relationship silos, and the spreadsheet import dialog."""
