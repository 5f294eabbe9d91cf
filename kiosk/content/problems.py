"""What is wrong with a content pack, each problem pinned to a file, line and column."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One problem in a pack, printed as ``FILE:LINE:COL: message``.

    ``file`` is relative to the pack with forward slashes; ``line`` and ``column`` count from 1.
    Problems sort by file, then position, so a report reads top to bottom.
    """

    file: str
    line: int
    column: int
    message: str

    def __post_init__(self) -> None:
        # One problem is one output line: a message quoting content must not break it.
        flat = " ".join(self.message.splitlines()).strip()
        object.__setattr__(self, "message", flat or "problem")
        object.__setattr__(self, "line", max(1, self.line))
        object.__setattr__(self, "column", max(1, self.column))

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}: {self.message}"


class PackError(Exception):
    """A content pack that cannot be loaded; ``problems`` holds every problem found."""

    def __init__(self, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self.problems: tuple[Problem, ...] = tuple(sorted(set(problems)))
        count = len(self.problems)
        first = f": {self.problems[0]}" if self.problems else ""
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in content pack{first}")

    def __str__(self) -> str:
        return "\n".join(str(problem) for problem in self.problems) or "invalid content pack"
