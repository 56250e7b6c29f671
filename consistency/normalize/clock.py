"""The time kind: a time of day ('4:30 a.m.', '16h30', 'midnight') as minutes after midnight."""

from __future__ import annotations

from typing import Any

from .. import rx
from ..models import Article
from ..text import Scan, alternation
from . import Candidate, Kind, equal_or_conflict
from .count import HOURS_BEFORE

_NAMED = {"noon": 720, "midday": 720, "midnight": 0, "mediodia": 720, "medianoche": 0, "meio-dia": 720,
          "meia-noite": 0, "meio dia": 720, "meia noite": 0}
_TIME = rx.compile(
    r"\b(?P<mh>2[0-3]|[01]\d)(?P<mm>[0-5]\d)\s*(?:hrs|hours|horas)\b"  # '0300 hrs', 'at 2200 hours'
    r"|\b(?P<h>2[0-3]|[01]?\d)(?:[:.h](?P<m>[0-5]\d))?(?:\s*(?P<ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?|h\b|hrs\b|horas\b))?"
    r"|\b(?P<named>" + alternation(_NAMED) + r")\b"
)

# What a time written as four digits follows ('just after 0300 hrs', 'a las 2200 horas'): not '1500 hours of work'.
_CLOCK_BEFORE = rx.compile(r"\b(?:at|after|around|about|by|before|until|till|since|from|to|las|as|desde|hasta|ate)\s+\Z")


def find(scan: Scan, article: Article, lo: int, hi: int, spec: Any) -> list[Candidate]:
    out = []
    for m in _TIME.finditer(scan.folded, lo, hi):
        if m.group("named"):
            value = _NAMED[" ".join(m.group("named").split())]
        elif m.group("mh"):
            if not _CLOCK_BEFORE.search(scan.folded, max(0, m.start() - 12), m.start()):
                continue  # 'logged 1500 hours' is a duration
            value = int(m.group("mh")) * 60 + int(m.group("mm"))
        else:
            ap = (m.group("ap") or "").replace(".", "").replace(" ", "")
            if not m.group("m") and not ap:
                continue  # a bare number is no time
            if m.group("m") and scan.folded[m.start():m.end()].count(".") and not ap \
                    and not HOURS_BEFORE.search(scan.folded, max(0, m.start() - 12), m.start()):
                continue  # '6.1' is a decimal, not a time; 'a las 23.20' is one
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            if ap.startswith(("am", "pm")):
                if not 1 <= hour <= 12:
                    continue
                hour = hour % 12 + (12 if ap.startswith("pm") else 0)
            value = hour * 60 + minute
        out.append(Candidate(m.start(), m.end(), value, show(value)))
    return out


def show(value: int, spec: Any = None) -> str:
    return f"{value // 60:02d}:{value % 60:02d}"


def parse(value: Any, spec: Any = None) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return value  # YAML reads 16:30 as a sexagesimal integer: 990 minutes
    if isinstance(value, str):
        found = find(Scan(value), Article("", "", "", value), 0, len(value), None)
        if len(found) == 1:
            return found[0].value
    raise ValueError(f"expected a time of day such as '16:30' or '4:30 p.m.', found {value!r}")


KIND = Kind("time", frozenset(), lambda options, error: None, find, parse, equal_or_conflict, show, show)
