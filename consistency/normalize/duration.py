"""The duration kind: spans of time ('two days', '48 hours', 'dos días'), compared in seconds."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import rx
from ..lexicon import TIME_UNITS, UNIT_ADJECTIVES
from ..models import Article, Duration
from ..text import Scan, alternation, fold
from . import Candidate, Kind, equal_or_conflict
from .numbers import NUMBER_LEADS, number_pattern, number_starts, parse_one

_OFFSET_AFTER = rx.compile(r"\s+(after|before|later|earlier|ago|since|from now|despues|antes|mas tarde|depois|atras)\b")
_UNIT_ALT = alternation(TIME_UNITS)
_ONE = r"an?|one|un|una|uno|um|uma"
_ADJECTIVE = r"\b(?:" + alternation(UNIT_ADJECTIVES) + r")"
_UNITS_ISO = (("Y", 365 * 86400), ("M", 30 * 86400), ("W", 7 * 86400), ("D", 86400))
_UNITS_TIME = (("H", 3600), ("M", 60), ("S", 1))
_NAMES = {365 * 86400: "year", 30 * 86400: "month", 7 * 86400: "week", 86400: "day", 3600: "hour", 60: "minute", 1: "second"}


@cache
def duration_pattern(lang: str) -> re.Pattern[str]:
    num = number_pattern(lang).pattern
    return rx.compile(rf"(?:(?P<one>\b(?:{_ONE}))|(?P<num>{num}))\s*-?\s*(?:{_ADJECTIVE}\s+)?(?P<unit>\b(?:{_UNIT_ALT}))\b")


@cache
def duration_starts(lang: str) -> frozenset[str]:
    return number_starts(lang) | {"a", "an", "one", "un", "una", "uno", "um", "uma"}



def compile_spec(options: dict[str, Any], error) -> int | None:
    unit = options.get("unit")
    if unit is None:
        return None
    secs = TIME_UNITS.get(fold(str(unit)).strip())
    if secs is None:
        raise error(f"expected a unit such as day, hour, week, found {unit!r}", key="unit")
    return secs


def find(scan: Scan, article: Article, lo: int, hi: int, spec: int | None) -> list[Candidate]:
    out = []
    for m in scan.matches_at_words(duration_pattern(article.language), lo, hi, duration_starts(article.language),
                                    NUMBER_LEADS):
        unit = TIME_UNITS[m.group("unit")]
        if m.group("one"):
            amount = 1.0
        else:
            n1 = parse_one(scan.text[m.start("n1"):m.end("n1")], m.group("n1"), article.language)
            if n1 is None or n1[0] != n1[1] or m.group("hedge") or m.group("n2"):
                continue
            amount = n1[0]
        value = Duration(int(round(amount * unit)))
        offset = _OFFSET_AFTER.match(scan.folded, m.end())
        reason = f"a time offset ('{m.group().strip()} {offset.group(1)}'), not a span" if offset else ""
        out.append(Candidate(m.start(), m.end(), value, show(value, spec), reason))
    return out


def show(value: Duration, spec: int | None = None) -> str:
    secs = value.seconds
    for size in ([spec] if spec else []) + sorted(_NAMES, reverse=True):
        if secs % size == 0 and secs >= size:
            n = secs // size
            return f"{n} {_NAMES.get(size, 'unit')}{'s' if n != 1 else ''}"
    return f"{secs} seconds"


def to_json(value: Duration) -> str:
    """ISO 8601: P2D, PT48H only when the span is not whole days."""
    secs = value.seconds
    if secs == 0:
        return "PT0S"
    for letter, size in _UNITS_ISO:
        if secs % size == 0:
            return f"P{secs // size}{letter}"
    parts, rest = [], secs
    days, rest = divmod(rest, 86400)
    for letter, size in _UNITS_TIME:
        n, rest = divmod(rest, size)
        if n:
            parts.append(f"{n}{letter}")
    return ("P" + (f"{days}D" if days else "") + "T" + "".join(parts))


_ISO = rx.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")


def parse(value: Any, spec: Any = None) -> Duration:
    """'P2D', '48 hours', 'two days' -> Duration."""
    if isinstance(value, str):
        m = _ISO.match(value.strip())
        if m and any(m.groups()):
            sizes = (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1)
            return Duration(sum(int(g or 0) * s for g, s in zip(m.groups(), sizes)))
        for lang in ("en", "es", "pt"):
            cands = [c for c in find(Scan(value), Article("", "", "", value, lang), 0, len(value), None) if not c.reason]
            if cands:
                return cands[0].value
    raise ValueError(f"expected a duration such as P2D or '48 hours', found {value!r}")


KIND = Kind(
    name="duration",
    options=frozenset({"unit"}),
    compile=compile_spec,
    find=find,
    parse=parse,
    relate=equal_or_conflict,
    to_json=to_json,
    show=show,
)
