"""The edit path: every change a widget asks for goes through ``session.WorkshopSession``,
which checks the domain's rules and pushes an undo step (``commands``, ``row_undo``) named in
the room's words (``undo_text``)."""
