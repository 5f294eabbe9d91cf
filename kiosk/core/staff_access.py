"""The rules of the hidden staff door: the tap gesture that opens the PIN pad, and backoff.

Times are seconds from any monotonic clock the caller chooses, so the rules are tested
without waiting.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

TAPS_NEEDED = 5
TAP_WINDOW_S = 3.0
BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 300.0


@dataclass
class TapSequence:
    """Counts taps in the hot corner; ``taps`` taps within ``window_s`` complete the gesture."""

    taps: int = TAPS_NEEDED
    window_s: float = TAP_WINDOW_S
    _times: deque[float] = field(default_factory=deque)

    def tap(self, now: float) -> bool:
        """Record a tap; True (and start over) when it completes the gesture."""
        self._times.append(now)
        while self._times and now - self._times[0] > self.window_s:
            self._times.popleft()
        if len(self._times) >= self.taps:
            self._times.clear()
            return True
        return False

    def clear(self) -> None:
        self._times.clear()


@dataclass
class Backoff:
    """After each wrong PIN the pad waits twice as long as before, up to ``cap_s``."""

    base_s: float = BACKOFF_BASE_S
    cap_s: float = BACKOFF_CAP_S
    failures: int = 0
    _locked_until: float = 0.0

    def fail(self, now: float) -> float:
        """Record a wrong PIN at ``now``; returns how many seconds the pad now stays locked."""
        self.failures += 1
        delay = min(self.cap_s, self.base_s * 2.0 ** (self.failures - 1))
        self._locked_until = now + delay
        return delay

    def succeed(self) -> None:
        self.failures = 0
        self._locked_until = 0.0

    def remaining(self, now: float) -> float:
        """Seconds until another PIN may be tried (0 when it may be tried now)."""
        return max(0.0, self._locked_until - now)
