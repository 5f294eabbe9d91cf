"""A label for pack content: always plain text, wrapped, never selectable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class PlainLabel(QLabel):
    """Content is shown literally: Qt must never interpret it as rich text or a link."""

    def __init__(
        self, object_name: str = "Body", parent: QWidget | None = None, *, wrap: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.setOpenExternalLinks(False)
        self.setWordWrap(wrap)
        if wrap:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    def set_content(self, text: str) -> None:
        """Set the text and expose it to screen readers."""
        self.setText(text)
        self.setAccessibleName(text)
