"""Problems found in bank files, each naming the file, the line and what is wrong."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import CoachError


@dataclass(frozen=True)
class Problem:
    file: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else f"{self.file}"
        return f"{where}: {self.message}"


class BankError(CoachError):
    """Raised when a bank or pack is invalid; ``problems`` lists every problem found."""

    status = 500
    family = "bank"

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("invalid", "\n".join(str(p) for p in problems))

    def __str__(self) -> str:
        return self.detail
