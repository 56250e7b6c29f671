"""Regular expressions compiled once per machine, not once per process.

Python compiles a pattern in Python code (parse, then emit the engine's program), and the
checker's patterns are large: number words in three languages, hedges, cue tries. Compiling
them is about a third of a short command such as `diff`. Like the interpreter's own bytecode
cache, this keeps each pattern's compiled program in a file under the user's cache folder
(`$XDG_CACHE_HOME/consistency`, else `~/.cache/consistency`), one file per interpreter build,
and builds the pattern from it at the engine's C entry point, which checks the program again.

Anything unexpected (no cache folder, a damaged file, another interpreter's engine) falls back
to `re.compile`, so the cache can only cost time, never change a match. Set
CONSISTENCY_NO_CACHE=1 to do without it.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
from array import array
from contextlib import suppress
from pathlib import Path

try:  # the engine's internals, in CPython; a program built from them is checked again by _sre.compile
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

_LIMIT = 1000  # programs kept in the file (about 270 a version); past this, only the ones this process used
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]  # what _sre.compile takes, code packed


def cache_file() -> Path | None:
    """Where this interpreter's compiled programs are kept, or None when the cache is off."""
    if _sre is None or os.environ.get("CONSISTENCY_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "consistency" / f"regex-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.bin"


class ProgramCache:
    """Compiled programs by (pattern, flags), read from path at the first pattern and written back by save()."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.compiled = 0  # patterns this process had to compile: not in the file
        self._programs: dict[tuple[str, int], _Entry] | None = None
        self._used: set[tuple[str, int]] = set()

    def _load(self) -> dict[tuple[str, int], _Entry]:
        if self.path is not None:
            try:
                found = marshal.loads(self.path.read_bytes())
                if isinstance(found, dict):
                    return found
            except (OSError, EOFError, ValueError, TypeError):
                pass  # none yet, or damaged: written afresh by save()
        return {}

    def compile(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """re.compile(pattern, flags), built from the cached program when there is one."""
        if self.path is None or not isinstance(pattern, str):
            return re.compile(pattern, flags)
        if self._programs is None:
            self._programs = self._load()
        key = (pattern, int(flags))
        entry = self._programs.get(key)
        if entry is not None:
            try:
                built = _build(pattern, entry)
            except Exception:  # noqa: BLE001 - a damaged entry: compile afresh
                del self._programs[key]
            else:
                self._used.add(key)
                return built
        parsed = _parser.parse(pattern, key[1])
        groupindex = dict(parsed.state.groupdict)
        indexgroup: list[str | None] = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (int(key[1] | parsed.state.flags), array("I", _compiler._code(parsed, key[1])).tobytes(),
                 parsed.state.groups - 1, groupindex, tuple(indexgroup))
        try:
            built = _build(pattern, entry)
        except Exception:  # noqa: BLE001 - the engine's entry point is not the one this module knows
            return re.compile(pattern, flags)
        self._programs[key] = entry
        self._used.add(key)
        self.compiled += 1
        return built

    def save(self) -> None:
        """Write the programs back when this process compiled new ones (atomically: other processes may read)."""
        if not self.compiled or self.path is None or self._programs is None:
            return
        keep = self._programs if len(self._programs) <= _LIMIT else {k: self._programs[k] for k in self._used}
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(marshal.dumps(keep))
            os.replace(tmp, self.path)
        except OSError:  # a read-only home: the next process compiles again, as Python would
            with suppress(OSError):
                tmp.unlink()


def _build(pattern: str, entry: _Entry) -> re.Pattern[str]:
    return _sre.compile(pattern, entry[0], array("I", entry[1]).tolist(), entry[2], entry[3], entry[4])


_cache: ProgramCache | None = None


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re.compile, cached
    """re.compile(pattern, flags) through this process's cache, saved when the process exits."""
    global _cache
    if _cache is None:
        _cache = ProgramCache(cache_file())
        atexit.register(_cache.save)
    return _cache.compile(pattern, flags)
