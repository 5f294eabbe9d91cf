"""A short soak in every test run: 2,000 seeded random visitor actions on the real window,
and proof that the soak fails when the kiosk leaks, raises or makes Qt warn."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import qWarning

from benchmarks import soak
from benchmarks.soak import run_soak


@pytest.mark.slow
def test_two_thousand_random_actions(qapp) -> None:  # type: ignore[no-untyped-def]
    result = run_soak(actions=2000, seed=20261128, warm_up=1000)
    assert not result.exceptions, result.exceptions[0]
    assert not result.qt_warnings, result.qt_warnings[:5]
    assert result.memory_growth <= 0.05, (result.rss_after_warmup_kib, result.rss_after_run_kib)
    assert sum(result.counts.values()) == 3000
    assert {"tap", "swipe", "key", "language", "view"} <= set(result.counts)


class _Broken:
    """One fault the soak must catch, added to every visitor action."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, fault: str) -> None:
        self.kept: list[bytes] = []
        self._fault = fault
        self._act = soak.Visitor.act
        broken = self

        def act(visitor: soak.Visitor) -> None:
            broken._act(visitor)
            broken.fault()

        monkeypatch.setattr(soak.Visitor, "act", act)

    def fault(self) -> None:
        if self._fault == "leak":
            self.kept.append(bytes(range(256)) * 2048)  # written, so resident: 0.5 MiB a tap
        elif self._fault == "warning":
            qWarning("QWidget::repaint: Recursive repaint detected")
        elif self._fault == "exception":
            # As a slot's exception reaches Python's hook when Qt called the slot.
            try:
                raise RuntimeError("a slot failed")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())


@pytest.mark.slow
@pytest.mark.parametrize("fault", ["leak", "warning", "exception"])
def test_a_broken_kiosk_fails_the_soak(
    qapp,
    monkeypatch: pytest.MonkeyPatch,
    fault: str,  # type: ignore[no-untyped-def]
) -> None:
    broken = _Broken(monkeypatch, fault)
    result = run_soak(actions=200, seed=3, warm_up=100)
    assert not result.passed
    if fault == "leak":
        assert result.memory_growth > soak.MEMORY_TOLERANCE, len(broken.kept)
    elif fault == "warning":
        assert "Recursive repaint" in result.qt_warnings[0]
    else:
        assert "a slot failed" in result.exceptions[0]
