"""What to do when the workshop is open elsewhere: read-only, a copy, or take over."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

from smartdesk.gui.common.translation import tr


class LockChoice(Enum):
    READ_ONLY = "read-only"
    COPY = "copy"
    TAKE_OVER = "take-over"
    CANCEL = "cancel"


def lock_message(name: str, lock: object) -> str:
    """The sentence shown to the user about who holds ``name``."""
    from smartdesk.store.lock import LockInfo

    assert isinstance(lock, LockInfo)
    if lock.stale:
        return tr(
            "{name} was left locked by a SmartDesk on this computer that is no longer "
            "running ({who})."
        ).format(name=name, who=lock.describe())
    if lock.on_this_machine:
        return tr("{name} is already open for editing by {who} on this computer.").format(
            name=name, who=lock.describe()
        )
    return tr(
        "{name} is open for editing by {user} on {machine} - the lock was taken {age} "
        "ago. If that SmartDesk is no longer running (a laptop that was shut or lost its "
        "connection), you can take over; otherwise both of you would be editing the same "
        "file."
    ).format(name=name, user=lock.user, machine=lock.machine, age=lock.age_text())


def ask_lock_choice(parent: QWidget, name: str, lock: object) -> LockChoice:
    """Ask the user; taking over is offered only when the holder may be gone."""
    from smartdesk.store.lock import LockInfo

    assert isinstance(lock, LockInfo)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Workshop in use"))
    box.setText(lock_message(name, lock))
    read_only = box.addButton(tr("Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    copy = box.addButton(tr("Edit a Copy…"), QMessageBox.ButtonRole.ActionRole)
    take = None
    if lock.stale or not lock.on_this_machine:
        take = box.addButton(tr("Take Over"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockChoice.READ_ONLY
    if clicked is copy:
        return LockChoice.COPY
    if take is not None and clicked is take:
        return LockChoice.TAKE_OVER
    return LockChoice.CANCEL
