"""The room's stage: who took part, the agenda, and voting rounds with live results.
``smartdesk.gui.room.page`` puts the three tabs on one page; ``agenda_strip`` shows the
current agenda step over every stage in presentation mode; ``invite_dialog`` lets
phones join over the local network (the server itself is ``smartdesk.room``)."""
