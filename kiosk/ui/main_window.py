"""The kiosk window: navigation bar over a stack of lazily built views."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.model import Text
from kiosk.core.languages import Language
from kiosk.ui.language_controller import LanguageController
from kiosk.ui.widgets.nav_bar import NavBar


class KioskView(Protocol):
    """What the window needs from every view."""

    def set_language(self, language: Language) -> None: ...

    def reset(self) -> None: ...

    def select(self, item_id: str) -> bool: ...


@dataclass(frozen=True)
class ViewSpec:
    """A view's name and how to build it when it is first shown."""

    name: str
    build: Callable[[], QWidget]


class MainWindow(QWidget):
    """Holds the navigation and the views; builds each view on first show."""

    viewChanged = Signal(str)

    def __init__(
        self,
        specs: Sequence[ViewSpec],
        languages: LanguageController,
        brand: Text,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self._specs = {spec.name: spec for spec in specs}
        self._order = [spec.name for spec in specs]
        self._built: dict[str, QWidget] = {}
        self._languages = languages
        self._brand = brand
        self._nav = NavBar(self._order, self)
        self._stack = QStackedWidget(self)
        self._lay_out()
        self._nav.viewRequested.connect(self.show_view)
        self._nav.languageRequested.connect(languages.set_language)
        languages.languageChanged.connect(self._on_language_changed)
        self._on_language_changed(languages.language)
        self.setWindowTitle(self.tr("Sister-City Kiosk"))
        self.show_view(self._order[0])

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._nav)
        layout.addWidget(self._stack, 1)

    @property
    def nav(self) -> NavBar:
        return self._nav

    @property
    def view_names(self) -> list[str]:
        return list(self._order)

    def current_view_name(self) -> str:
        for name, widget in self._built.items():
            if widget is self._stack.currentWidget():
                return name
        return self._order[0]

    def view(self, name: str) -> QWidget:
        """The view called ``name``, built now if it has not been shown yet."""
        if name not in self._built:
            widget = self._specs[name].build()
            widget.setObjectName(f"view-{name}")
            self._built[name] = widget
            self._stack.addWidget(widget)
            _as_view(widget).set_language(self._languages.language)
        return self._built[name]

    def built_views(self) -> dict[str, QWidget]:
        return dict(self._built)

    def show_view(self, name: str) -> None:
        if name not in self._specs:
            raise KeyError(f"unknown view {name!r}; expected one of {', '.join(self._order)}")
        widget = self.view(name)
        self._stack.setCurrentWidget(widget)
        # Focus moves into the view, so arrow keys work there at once and no focus ring
        # lingers on the tab a finger just touched.
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._nav.set_current_view(name)
        self.viewChanged.emit(name)

    def select(self, item_id: str) -> bool:
        """Open ``item_id`` (an industry or event) in the current view."""
        return _as_view(self._stack.currentWidget()).select(item_id)

    def replace_views(self, specs: Sequence[ViewSpec], brand: Text) -> None:
        """Swap in views built from new content (a reloaded pack), showing the first one."""
        for widget in self._built.values():
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._built.clear()
        self._specs = {spec.name: spec for spec in specs}
        self._brand = brand
        self._on_language_changed(self._languages.language)
        self.show_view(self._order[0])

    def reset(self, language: Language) -> None:
        """Back to the first view and the default language, with every view at its start."""
        for widget in self._built.values():
            _as_view(widget).reset()
        self._languages.set_language(language)
        self.show_view(self._order[0])

    def _on_language_changed(self, language: Language) -> None:
        self._nav.set_current_language(language)
        self._nav.set_brand(self._brand.get(language))
        for widget in self._built.values():
            _as_view(widget).set_language(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Sister-City Kiosk"))
        super().changeEvent(event)


def _as_view(widget: QWidget) -> KioskView:
    return widget  # type: ignore[return-value]
