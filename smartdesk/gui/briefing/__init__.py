"""Widgets of the Briefing pack stage: export worker, export panel, preview, readiness."""
