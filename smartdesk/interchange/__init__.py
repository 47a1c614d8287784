"""Moving workshops in and out of SmartDesk: the JSON interchange format, spreadsheet
import, breakout merges and the built-in demo. Imports ``store`` and ``domain``; never Qt.

Nothing is imported here: the window imports ``interchange.demo`` before its first
paint, and loading the JSON reader with it cost about 14 ms of start-up. Import the
module you need (``smartdesk.interchange.json_format``, ...).
"""
