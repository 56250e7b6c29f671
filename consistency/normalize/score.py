"""The score kind: a result such as '20-13' or '3 a 1'; the same two figures reversed are compatible."""

from __future__ import annotations

from typing import Any

from .. import rx
from ..lexicon import TIME_UNITS
from ..models import Article, Relation
from ..text import Scan, alternation
from . import Candidate, Kind
from .numbers import ALL_NUMBER_WORDS, parse_one

# 'a 2-1 win', '2–1.', 'por 2 a 1', '2 x 1' (Brazilian copy), 'by two goals to one', 'por dos goles a uno'; a vote's
# tally: 'by 4 votes to 1', 'por 4 votos a 1', 'by a vote of four to one', 'cuatro votos a favor y uno en contra'.
_SCORE = rx.compile(r"(?<![\d.:/-])(?P<a>\d{1,3})\s*(?:-|–|—|\bto\b|\ba\b|x)\s*(?P<b>\d{1,3})(?![\d:/-]|[.,]\d|\s*%)")
_WORD_FIGURE = r"(?:\d{1,3}|" + alternation(ALL_NUMBER_WORDS | {"nil"}) + r")"
_POINTS = (r"(?:goals?|goles?|gols?|golos?|points?|puntos?|pontos?|runs?|tantos?|penalties|penales|penaltis|penaltys"
           r"|votes?|votos?)")
_FOR = rf"(?:\s+{_POINTS})?\s+(?:a\s+favor|in\s+favou?r|for)"
_AGAINST = rf"(?:\s+{_POINTS})?\s+(?:en\s+contra|contra|against)"
_GOALS_WORDS = rx.compile(rf"\b(?P<a>{_WORD_FIGURE})\s+{_POINTS}\s+(?:to|a)\s+(?P<b>{_WORD_FIGURE})\b"
                          # 'quatro pênaltis contra dois', '4 contra 2 gols', 'marcou quatro, contra duas'
                          rf"|\b(?P<c>{_WORD_FIGURE})(?:\s+{_POINTS})?,?\s+(?:contra|against)\s+(?P<d>{_WORD_FIGURE})\b"
                          # a result in words after an article: 'ponía el uno a cero', 'por dos a cero'; not a span of
                          # time ('por dos a tres años') nor a range after 'de'
                          rf"|\b(?:el|o|por|pelo|al|del|the)\s+(?P<e>{_WORD_FIGURE})\s+a\s+(?P<f>{_WORD_FIGURE})\b"
                          rf"(?!\s+(?:{alternation(TIME_UNITS)})\b)"
                          # a vote in words: 'by a vote of four to one' (and 'by four votes to one' above)
                          rf"|\b(?:vote|votes|margin|tally)\s+of\s+(?P<g>{_WORD_FIGURE})\s+to\s+(?P<h>{_WORD_FIGURE})\b"
                          # for and against: 'cuatro votos a favor y uno en contra', '291 in favour and 148 against'
                          rf"|\b(?P<i>{_WORD_FIGURE}){_FOR}\s*(?:,|and|to|y|e)\s+"
                          rf"(?P<j>{_WORD_FIGURE}){_AGAINST}\b")


# A team's won-lost record, not a game's result: in brackets after its name ('Evansville (7-2)'; after a word in lower
# case, 'won on penalties (4-2)', a result), or said to be one
# ('is now 10-0', 'improved to 10-0', 'a 10-0 record', 'récord de 10-0').
_IN_BRACKETS = rx.compile(r"(\w+)[^\w(]*\(\s*\Z")
_BRACKET_CLOSE = rx.compile(r"\s*\)")
_RECORD_BEFORE = rx.compile(r"\b(?:now|(?:improv|mov|fall|fell|dropp|slipp|climb)\w*\s+to|(?:record|marca|recorde|"
                            r"balance)\s+(?:of|de|is|was|at|to|en|em)|(?:record|marca|recorde|balance)|unbeaten\s+at)\s+\Z")
_RECORD_AFTER = rx.compile(r"\s+(?:record|overall|on\s+the\s+season|this\s+season|in\s+(?:conference|league)\s+play)\b")


def _record(text: str, folded: str, start: int, end: int) -> str:
    """Why a pair of figures is a won-lost record rather than a result, or ''."""
    before = folded[max(0, start - 30):start]
    bracket = _IN_BRACKETS.search(folded, max(0, start - 30), start)
    if bracket and _BRACKET_CLOSE.match(folded, end) and not text[bracket.start(1)].islower():
        return f"a won-lost record in brackets ('{folded[start:end]}'), not a result"
    if _RECORD_BEFORE.search(before) or _RECORD_AFTER.match(folded, end):
        return f"a won-lost record ('{folded[start:end]}'), not a result"
    return ""


def find(scan: Scan, article: Article, lo: int, hi: int, spec: Any) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), (int(m.group("a")), int(m.group("b"))), f"{m.group('a')}-{m.group('b')}",
                       _record(scan.text, scan.folded, m.start(), m.end()))
             for m in _SCORE.finditer(scan.folded, lo, hi)]
    for m in _GOALS_WORDS.finditer(scan.folded, lo, hi):
        pair = next(p for p in (("a", "b"), ("c", "d"), ("e", "f"), ("g", "h"), ("i", "j")) if m.group(p[0]))
        a, b = (_figure(scan.text[m.start(g):m.end(g)], m.group(g), article.language) for g in pair)
        if a is not None and b is not None and not any(c.start <= m.start(pair[0]) < c.end for c in found):
            end = m.end() if pair == ("i", "j") else m.end(pair[1])  # 'y uno en contra': the tally's whole
            found.append(Candidate(m.start(pair[0]), end, (a, b), f"{a}-{b}"))
    return found


# What leads to a result in figures ('por 4 a 1', 'una votación de 4 a 1', 'a vote of 7-2'), which a range is not ('de 4 a
# 5 grados').
_RESULT_BEFORE = rx.compile(r"\b(?:por|pelo|by|(?:vote|votacion|votacao|placar|marcador|score|tally|margin|result|resultado)"
                            r"\s+(?:of|de|was|fue|foi|final\s+(?:de|of)|final\s+foi\s+de|final\s+fue\s+de))\s+\Z")


def tallies(scan: Scan, lo: int, hi: int) -> list[tuple[int, int]]:
    """Where [lo, hi) holds a result or a vote's tally, whose figures are its sides and no number of their own: one
    in words ('by a vote of four to one', 'por 4 votos a 1', 'cuatro votos a favor y uno en contra') or one in
    figures that a word of a result leads to ('por 4 a 1', 'O placar final foi de 4 a 1')."""
    found = scan.memo.get(("tallies", lo, hi))
    if found is None:
        found = [m.span() for m in _GOALS_WORDS.finditer(scan.folded, lo, hi)]
        found += [m.span() for m in _SCORE.finditer(scan.folded, lo, hi)
                  if _RESULT_BEFORE.search(scan.folded, max(lo, m.start() - 30), m.start())]
        scan.memo[("tallies", lo, hi)] = found
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
