"""SmartDesk's gettext catalogues, without Qt: shared by the command line and the window.

The layers below the front ends (domain, store) speak English sentences with names in
them. Both front ends translate such a sentence on its way out with the same entries of
``resources/locale/<lang>/LC_MESSAGES/smartdesk.po`` (see ``sentences``), so a refusal
is translated once, for the command line and the window alike.
"""
