"""The user-facing error family: everything a user can get wrong raises one of these.

    ConsistencyError          any user error; the CLI prints it as one line and exits 2
    ├── RuleError             a rule file is unreadable or invalid (names file:line, fact id, key)
    └── InputError            an article cannot be read or decoded (names the file)
"""

from __future__ import annotations


class ConsistencyError(Exception):
    """A problem the user can fix; its message is one complete line."""


class RuleError(ConsistencyError):
    """A rule file that cannot be used, located as precisely as we can."""

    def __init__(self, message: str, *, path: str = "", line: int | None = None,
                 column: int | None = None, fact: str = "", key: str = "") -> None:
        where = path
        if path and line is not None:
            where += f":{line}" + (f":{column}" if column is not None else "")
        parts = [p for p in (where, f"fact '{fact}'" if fact else "", f"key '{key}'" if key else "") if p]
        super().__init__(": ".join(parts + [message]) if parts else message)
        self.path, self.line, self.column, self.fact, self.key = path, line, column, fact, key


class InputError(ConsistencyError):
    """An article that cannot be read."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
