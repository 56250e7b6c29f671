"""The score kind: a result such as '20-13' or '3 a 1'; the same two figures reversed are compatible."""

from __future__ import annotations

from typing import Any

from .. import rx
from ..models import Article, Relation
from ..text import Scan
from . import Candidate, Kind

_SCORE = rx.compile(r"(?<![\d.:/-])(?P<a>\d{1,3})\s*(?:-|–|—|\bto\b|\ba\b)\s*(?P<b>\d{1,3})(?![\d.:/-]|\s*%)")


def find(scan: Scan, article: Article, lo: int, hi: int, spec: Any) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), (int(m.group("a")), int(m.group("b"))), f"{m.group('a')}-{m.group('b')}")
            for m in _SCORE.finditer(scan.folded, lo, hi)]


def relate(a: tuple[int, int], b: tuple[int, int], spec: Any = None) -> Relation:
    if a == b:
        return Relation.EQUAL
    return Relation.COMPATIBLE if a == b[::-1] else Relation.CONFLICT


def parse(value: Any, spec: Any = None) -> tuple[int, int]:
    if isinstance(value, str):
        m = _SCORE.fullmatch(value.strip())
        if m:
            return int(m.group("a")), int(m.group("b"))
    raise ValueError(f"expected a score such as '20-13', found {value!r}")


KIND = Kind("score", frozenset(), lambda options, error: None, find, parse, relate, lambda v: f"{v[0]}-{v[1]}",
            lambda v, spec=None: f"{v[0]}-{v[1]}")
