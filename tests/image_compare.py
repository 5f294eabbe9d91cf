"""Image tests with a tolerance: compare a rendered QImage to a recorded baseline PNG.

Set ``KIOSK_RECORD_IMAGES=1`` to (re-)record baselines. On a mismatch the actual image, the
baseline and a diff (differing pixels in magenta) are saved under ``tests/image_failures/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6.QtGui import QImage

BASELINES = Path(__file__).parent / "baselines"
FAILURES = Path(__file__).parent / "image_failures"
# Anti-aliasing and font hinting move edges by a shade; a real change moves many pixels.
CHANNEL_TOLERANCE = 40
PIXEL_FRACTION_TOLERANCE = 0.004


def _array(image: QImage) -> np.ndarray:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    width, height = rgba.width(), rgba.height()
    # Copy out of the QImage: a view into its buffer dangles once ``rgba`` is freed.
    data = np.frombuffer(bytes(rgba.constBits()), dtype=np.uint8, count=rgba.sizeInBytes())
    return data.reshape(height, rgba.bytesPerLine())[:, : width * 4].reshape(height, width, 4)


def _save_failure(
    name: str, actual: QImage, baseline: QImage | None, mask: np.ndarray | None
) -> Path:
    FAILURES.mkdir(exist_ok=True)
    actual.save(str(FAILURES / f"{name}-actual.png"))
    if baseline is not None:
        baseline.save(str(FAILURES / f"{name}-baseline.png"))
    if mask is not None:
        diff = _array(actual).copy()
        diff[mask] = (255, 0, 255, 255)
        height, width = mask.shape
        QImage(diff.tobytes(), width, height, width * 4, QImage.Format.Format_RGBA8888).save(
            str(FAILURES / f"{name}-diff.png")
        )
    return FAILURES


def differing_fraction(one: QImage, other: QImage) -> float:
    """The share of pixels that differ visibly between two images of the same size."""
    delta = np.abs(_array(one).astype(np.int16) - _array(other).astype(np.int16))
    return float((delta.max(axis=2) > CHANNEL_TOLERANCE).mean())


def assert_image_matches(actual: QImage, name: str) -> None:
    """Fail when more than a sliver of pixels differ visibly from ``baselines/NAME.png``."""
    path = BASELINES / f"{name}.png"
    if os.environ.get("KIOSK_RECORD_IMAGES") == "1":
        BASELINES.mkdir(exist_ok=True)
        assert actual.save(str(path)), f"could not write {path}"
        return
    assert path.exists(), f"no baseline {path}; record it with KIOSK_RECORD_IMAGES=1"
    baseline = QImage(str(path))
    if baseline.size() != actual.size():
        where = _save_failure(name, actual, baseline, None)
        raise AssertionError(
            f"{name}: size {actual.size()} != baseline {baseline.size()} ({where})"
        )
    delta = np.abs(_array(actual).astype(np.int16) - _array(baseline).astype(np.int16))
    mask = delta.max(axis=2) > CHANNEL_TOLERANCE
    fraction = float(mask.mean())
    if fraction > PIXEL_FRACTION_TOLERANCE:
        where = _save_failure(name, actual, baseline, mask)
        raise AssertionError(f"{name}: {fraction:.2%} of pixels differ (see {where})")
