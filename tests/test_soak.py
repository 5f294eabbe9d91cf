"""A short soak in every test run: 2,000 seeded random visitor actions on the real window."""

from __future__ import annotations

import pytest

from benchmarks.soak import run_soak


@pytest.mark.slow
def test_two_thousand_random_actions(qapp) -> None:  # type: ignore[no-untyped-def]
    result = run_soak(actions=2000, seed=20261128, warm_up=500)
    assert not result.exceptions, result.exceptions[0]
    assert not result.qt_warnings, result.qt_warnings[:5]
    assert result.memory_growth <= 0.05, (result.rss_after_warmup_kib, result.rss_after_run_kib)
    assert sum(result.counts.values()) == 2500
    assert {"tap", "swipe", "key", "language", "view"} <= set(result.counts)
