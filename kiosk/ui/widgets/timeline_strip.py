"""The interactive timeline: lanes of event markers over a dated axis, driven by touch.

The geometry (where dates fall, where labels go, what a tap hits) is computed without Qt
in :mod:`kiosk.core.timeline_scale` and cached per width; painting only walks the cache,
so a selection change or a full repaint stays well inside one 60 Hz frame.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QVariantAnimation, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFocusEvent,
    QFont,
    QFontInfo,
    QFontMetricsF,
    QHideEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QShowEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.content.model import PartialDate, Timeline
from kiosk.core.languages import FALLBACK, Language
from kiosk.core.swipe import Gesture, Swipe, SwipeTracker
from kiosk.core.timeline_scale import (
    LabelPlacement,
    LabelRequest,
    LabelRules,
    MarkerTarget,
    Row,
    TimeScale,
    hit_test,
    place_labels,
    stack_rows,
)
from kiosk.ui import timeline_paint as paint
from kiosk.ui.date_format import format_partial_date
from kiosk.ui.palette import DEFAULT

# Set to "1" (tests, reduced-motion installations) to switch the highlight transition off.
NO_ANIMATIONS_ENV = "KIOSK_NO_ANIMATIONS"
TRANSITION_MS = 220
_WRAP = Qt.TextFlag.TextWordWrap
_TOUCH_EVENTS = {
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TouchEnd,
    QEvent.Type.TouchCancel,
}


def animations_enabled_by_default() -> bool:
    return os.environ.get(NO_ANIMATIONS_ENV, "") not in {"1", "true", "yes"}
