"""Gestures on the power-interest grid turned into moves: stakeholder id -> (power,
interest). The view writes the moves (one undo step) and the domain decides where a
card may go; these only say where the user asked the cards to go.

- a mouse drag is one move, on release, of every selected card that moved with it;
- an arrow key moves the selected cards ``STEP`` (Shift: ``FINE_STEP``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent

from smartdesk.gui.stakeholders.grid_items import StakeholderCard, grid_values

STEP, FINE_STEP = 0.5, 0.1
Moves = dict[str, tuple[float, float]]


class CardDrag:
    """The cards a mouse press picked up and where they started."""

    def __init__(self) -> None:
        self._drag_start: dict[str, QPointF] = {}

    def start(self, cards: Sequence[StakeholderCard]) -> None:
        self._drag_start = {card.id: card.pos() for card in cards}

    def active(self) -> bool:
        return bool(self._drag_start)

    def finish(self, cards: Sequence[StakeholderCard]) -> Moves:
        """Where the selected ``cards`` that moved since the press now stand."""
        moved = {
            card.id: grid_values(card.pos())
            for card in cards
            if card.id in self._drag_start and card.pos() != self._drag_start[card.id]
        }
        self._drag_start = {}
        return moved


def key_moves(event: QKeyEvent, cards: Sequence[StakeholderCard]) -> Moves | None:
    """Where an arrow key moves ``cards`` (None: the key is not a move of cards)."""
    steps = {
        Qt.Key.Key_Left: (0.0, -1.0),
        Qt.Key.Key_Right: (0.0, 1.0),
        Qt.Key.Key_Up: (1.0, 0.0),
        Qt.Key.Key_Down: (-1.0, 0.0),
    }
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if (
        event.key() not in steps
        or not cards
        or modifiers
        not in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
    ):
        return None
    size = FINE_STEP if modifiers == Qt.KeyboardModifier.ShiftModifier else STEP
    d_power, d_interest = steps[Qt.Key(event.key())]
    moves = {}
    for card in cards:
        power = card.stakeholder.power or 0.0
        interest = card.stakeholder.interest or 0.0
        moves[card.id] = (
            round(power + d_power * size, 1),
            round(interest + d_interest * size, 1),
        )
    return moves
