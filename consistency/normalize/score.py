"""The score kind: a result such as '20-13' or '3 a 1'; the same two figures reversed are compatible."""

from __future__ import annotations

from typing import Any

from .. import rx
from ..models import Article, Relation
from ..text import Scan, alternation
from . import Candidate, Kind
from .numbers import ALL_NUMBER_WORDS, parse_one

# 'a 2-1 win', '2–1.', 'por 2 a 1', '2 x 1' (Brazilian copy), 'by two goals to one', 'por dos goles a uno'.
_SCORE = rx.compile(r"(?<![\d.:/-])(?P<a>\d{1,3})\s*(?:-|–|—|\bto\b|\ba\b|x)\s*(?P<b>\d{1,3})(?![\d:/-]|[.,]\d|\s*%)")
_WORD_FIGURE = r"(?:\d{1,2}|" + alternation(ALL_NUMBER_WORDS | {"nil"}) + r")"
_GOALS_WORDS = rx.compile(rf"\b(?P<a>{_WORD_FIGURE})\s+(?:goals?|goles?|gols?|points?|puntos?|pontos?|runs?|tantos?)\s+"
                          rf"(?:to|a)\s+(?P<b>{_WORD_FIGURE})\b")


# A team's won-lost record, not a game's result: in brackets after its name ('Evansville (7-2)'), or said to be one
# ('is now 10-0', 'improved to 10-0', 'a 10-0 record', 'récord de 10-0').
_IN_BRACKETS = rx.compile(r"\(\s*\Z")
_BRACKET_CLOSE = rx.compile(r"\s*\)")
_RECORD_BEFORE = rx.compile(r"\b(?:now|(?:improv|mov|fall|fell|dropp|slipp|climb)\w*\s+to|(?:record|marca|recorde|"
                            r"balance)\s+(?:of|de|is|was|at|to|en|em)|(?:record|marca|recorde|balance)|unbeaten\s+at)\s+\Z")
_RECORD_AFTER = rx.compile(r"\s+(?:record|overall|on\s+the\s+season|this\s+season|in\s+(?:conference|league)\s+play)\b")


def _record(folded: str, start: int, end: int) -> str:
    """Why a pair of figures is a won-lost record rather than a result, or ''."""
    before = folded[max(0, start - 30):start]
    if _IN_BRACKETS.search(before) and _BRACKET_CLOSE.match(folded, end):
        return f"a won-lost record in brackets ('{folded[start:end]}'), not a result"
    if _RECORD_BEFORE.search(before) or _RECORD_AFTER.match(folded, end):
        return f"a won-lost record ('{folded[start:end]}'), not a result"
    return ""


def find(scan: Scan, article: Article, lo: int, hi: int, spec: Any) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), (int(m.group("a")), int(m.group("b"))), f"{m.group('a')}-{m.group('b')}",
                       _record(scan.folded, m.start(), m.end()))
             for m in _SCORE.finditer(scan.folded, lo, hi)]
    for m in _GOALS_WORDS.finditer(scan.folded, lo, hi):
        a, b = (_figure(scan.text[m.start(g):m.end(g)], m.group(g), article.language) for g in ("a", "b"))
        if a is not None and b is not None:
            found.append(Candidate(m.start(), m.end(), (a, b), f"{a}-{b}"))
    return found


def _figure(raw: str, folded: str, lang: str) -> int | None:
    """A side of a score in digits or words ('dos', 'nil'), through the project's number reading."""
    if folded == "nil":
        return 0
    read = parse_one(raw, folded, lang)
    return int(read[0]) if read is not None and read[0] == read[1] and read[0] == int(read[0]) else None


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
