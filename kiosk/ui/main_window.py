"""The kiosk window: navigation bar over (or under) a stack of lazily built views."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from kiosk.content.model import Text
from kiosk.core.languages import Language
from kiosk.ui.accessibility import AccessOptions, applied_options, apply_options
from kiosk.ui.language_controller import LanguageController
from kiosk.ui.widgets.nav_bar import NavBar

if TYPE_CHECKING:  # loaded when a visitor first opens it, not at start
    from kiosk.ui.widgets.access_panel import AccessPanel

NavigationEdge = Literal["top", "bottom"]
NAVIGATION_EDGES: tuple[NavigationEdge, ...] = ("top", "bottom")


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
    """Holds the navigation and the views; builds each view on first show.

    ``navigation_edge="bottom"`` puts the navigation under the views, within reach of a
    seated visitor at a tall portrait kiosk. The accessibility button in the navigation
    opens large text and high contrast; :meth:`reset` (the idle reset) turns both off.
    """

    viewChanged = Signal(str)
    accessOptionsChanged = Signal(object)  # AccessOptions

    def __init__(
        self,
        specs: Sequence[ViewSpec],
        languages: LanguageController,
        brand: Text,
        parent: QWidget | None = None,
        *,
        navigation_edge: NavigationEdge = "top",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("KioskWindow")
        self._specs = {spec.name: spec for spec in specs}
        self._order = [spec.name for spec in specs]
        self._built: dict[str, QWidget] = {}
        self._languages = languages
        self._brand = brand
        self._edge: NavigationEdge = "top"
        self._nav = NavBar(self._order, self)
        self._stack = QStackedWidget(self)
        self._panel: AccessPanel | None = None  # built when first opened
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self.set_navigation_edge(navigation_edge)
        # A window starts as a new visitor finds the kiosk, whatever an earlier one left.
        apply_options(AccessOptions(), languages)
        self._nav.viewRequested.connect(self.show_view)
        self._nav.languageRequested.connect(languages.set_language)
        self._nav.accessRequested.connect(self._toggle_access_panel)
        languages.languageChanged.connect(self._on_language_changed)
        self._on_language_changed(languages.language)
        self.setWindowTitle(self.tr("Sister-City Kiosk"))
        self.show_view(self._order[0])

    @property
    def nav(self) -> NavBar:
        return self._nav

    @property
    def view_names(self) -> list[str]:
        return list(self._order)

    # -- views -------------------------------------------------------------------------------

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
            widget.setAccessibleName(self._nav.view_button(name).text())
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
        """Back to the first view and the default language, with every view at its start,
        the accessibility panel closed and large text and high contrast off."""
        self.close_access_panel()
        self.set_access_options(AccessOptions())
        for widget in self._built.values():
            _as_view(widget).reset()
        self._languages.set_language(language)
        self.show_view(self._order[0])

    # -- navigation edge ---------------------------------------------------------------------

    def navigation_edge(self) -> NavigationEdge:
        return self._edge

    def set_navigation_edge(self, edge: NavigationEdge) -> None:
        """Put the navigation at the ``"top"`` or the ``"bottom"`` of the window.

        The Tab order needs nothing: it runs round the window, views and navigation, as a
        ring, so it follows the reading order from wherever a visitor starts.
        """
        if edge not in NAVIGATION_EDGES:
            raise ValueError(f"navigation edge {edge!r}; expected one of top, bottom")
        self._edge = edge
        self._column.removeWidget(self._nav)
        self._column.removeWidget(self._stack)
        widgets = [self._nav, self._stack] if edge == "top" else [self._stack, self._nav]
        for widget in widgets:
            self._column.addWidget(widget, 1 if widget is self._stack else 0)
        self._place_access_panel()

    # -- accessibility options ---------------------------------------------------------------

    def access_options(self) -> AccessOptions:
        return applied_options(self._languages)

    def set_access_options(self, options: AccessOptions) -> None:
        """Large text and high contrast, for the whole kiosk (and the panel's switches)."""
        changed = options != self.access_options()
        apply_options(options, self._languages)
        if self._panel is not None:
            self._panel.set_options(options.large_text, options.high_contrast)
        if changed:
            self.accessOptionsChanged.emit(options)

    def set_large_text(self, on: bool) -> None:
        self.set_access_options(AccessOptions(on, self.access_options().high_contrast))

    def set_high_contrast(self, on: bool) -> None:
        self.set_access_options(AccessOptions(self.access_options().large_text, on))

    def access_panel(self) -> AccessPanel:
        """The panel of options, built on first use."""
        if self._panel is None:
            from kiosk.ui.widgets.access_panel import AccessPanel

            panel = AccessPanel(self)
            options = self.access_options()
            panel.set_options(options.large_text, options.high_contrast)
            panel.largeTextToggled.connect(self.set_large_text)
            panel.highContrastToggled.connect(self.set_high_contrast)
            panel.closeRequested.connect(self.close_access_panel)
            self._panel = panel
        return self._panel

    def is_access_panel_open(self) -> bool:
        return self._panel is not None and self._panel.isVisible()

    def open_access_panel(self, from_keyboard: bool = False) -> None:
        panel = self.access_panel()
        self._column.activate()  # the button where it is now (the edge may just have moved)
        panel.open_by(self._access_anchor(), self._edge == "top", from_keyboard)
        self._nav.set_access_open(True)

    def close_access_panel(self, from_keyboard: bool = False) -> None:
        if not self.is_access_panel_open():
            self._nav.set_access_open(False)
            return
        self.access_panel().hide()
        self._nav.set_access_open(False)
        view = self._stack.currentWidget()
        if from_keyboard:  # back where the keyboard came from, with its ring
            self._nav.access_button().setFocus(Qt.FocusReason.TabFocusReason)
        elif view is not None:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _toggle_access_panel(self) -> None:
        from_keyboard = self._nav.access_button().hasFocus()  # taps do not focus it
        if self.is_access_panel_open():
            self.close_access_panel(from_keyboard)
        else:
            self.open_access_panel(from_keyboard)

    def _access_anchor(self) -> QRect:
        button = self._nav.access_button()
        return QRect(button.mapTo(self, button.rect().topLeft()), button.size())

    def _place_access_panel(self) -> None:
        if self.is_access_panel_open():
            self._column.activate()  # the button's place after this change, not before
            self.access_panel().follow(self._access_anchor(), self._edge == "top")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_access_panel()

    # -- language ----------------------------------------------------------------------------

    def _on_language_changed(self, language: Language) -> None:
        self._nav.set_current_language(language)
        self._nav.set_brand(self._brand.get(language))
        for name, widget in self._built.items():
            widget.setAccessibleName(self._nav.view_button(name).text())  # as its tab says
            _as_view(widget).set_language(language)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab into a view from the navigation: scroll to where the focus lands.

        Inside a page the scroll area does this itself; coming from outside it, nothing
        would, and a keyboard user could land on a tile scrolled out of sight.
        """
        moved = super().focusNextPrevChild(next)
        focused, page = QApplication.focusWidget(), self._stack.currentWidget()
        if moved and isinstance(page, QScrollArea) and focused and page.isAncestorOf(focused):
            page.ensureWidgetVisible(focused)
        return moved

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setWindowTitle(self.tr("Sister-City Kiosk"))
        super().changeEvent(event)


def _as_view(widget: QWidget) -> KioskView:
    return widget  # type: ignore[return-value]
