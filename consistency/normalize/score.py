"""The score kind: a result such as '20-13' or '3 a 1', or one in sets ('6-2, 3-6, 6-1, 6-4'); the same figures
reversed are compatible, and so are the sets and the tally of sets they come to ('3 sets a 1')."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .. import rx
from ..lexicon import TIME_UNITS
from ..models import Article, Relation
from ..text import Scan, alternation
from . import Candidate, Kind
from .numbers import ALL_NUMBER_WORDS, parse_one

# 'a 2-1 win', '2–1.', 'por 2 a 1', '2 x 1' (Brazilian copy), 'by two goals to one', 'por dos goles a uno'; a vote's
# tally: 'by 4 votes to 1', 'por 4 votos a 1', 'by a vote of four to one', 'cuatro votos a favor y uno en contra', 'a
# ten-to-one vote', 'by a majority of 10 to one'. A
# colon after it ends a clause ('222 a 209: seis demócratas'), one before a figure is a time's ('2-1:30'). A side may
# hold a half, as a chess match's points do ('7.5-6.5', 'por 7,5 a 6,5', 'por 6,0 a 5,0'), when the two sides come to
# whole points together (so '2.5-3' is a range, no result).
_SIDE = r"\d{1,3}(?:[.,][05])?"
_SCORE = rx.compile(rf"(?<![\d.:/-])(?P<a>{_SIDE})\s*(?:-|–|—|\bto\b|\ba\b|x)\s*(?P<b>{_SIDE})(?![\d/-]|[.,:]\d|\s*%)")
_WORD_FIGURE = r"(?:" + _SIDE + "|" + alternation(ALL_NUMBER_WORDS | {"nil"}) + r")"
_POINTS = (r"(?:goals?|goles?|gols?|golos?|points?|puntos?|pontos?|runs?|tantos?|penalties|penales|penaltis|penaltys"
           r"|votes?|votos?|sets?)")
# ... past who voted: 'ten ministers voted in favour', 'dez votos favoráveis'
_FOR = rf"(?:\s+{_POINTS}|\s+[a-z]+\s+voted)?\s+(?:a\s+favor|in\s+favou?r|for|favoraveis|favorables)"
_AGAINST = rf"(?:\s+{_POINTS})?\s+(?:en\s+contra|contra|against)"
_GOALS_WORDS = rx.compile(rf"\b(?P<a>{_WORD_FIGURE})\s+{_POINTS}\s+(?:to|a)\s+(?P<b>{_WORD_FIGURE})\b"
                          # 'quatro pênaltis contra dois', '4 contra 2 gols', 'marcou quatro, contra duas'
                          rf"|\b(?P<c>{_WORD_FIGURE})(?:\s+{_POINTS})?,?\s+(?:contra|against)\s+(?P<d>{_WORD_FIGURE})\b"
                          # a result in words after an article: 'ponía el uno a cero', 'por dos a cero'; not a span of
                          # time ('por dos a tres años') nor a range after 'de'
                          rf"|\b(?:el|o|por|pelo|al|del|the)\s+(?P<e>{_WORD_FIGURE})\s+a\s+(?P<f>{_WORD_FIGURE})\b"
                          rf"(?!\s+(?:{alternation(TIME_UNITS)})\b)"
                          # a vote in words: 'by a vote of four to one' (and 'by four votes to one' above)
                          rf"|\b(?:vote|votes|margin|tally|majority)\s+of\s+(?P<g>{_WORD_FIGURE})\s+to\s+(?P<h>{_WORD_FIGURE})\b"
                          # for and against: 'cuatro votos a favor y uno en contra', '291 in favour and 148 against'
                          rf"|\b(?P<i>{_WORD_FIGURE}){_FOR}\s*(?:,|and|to|y|e)\s+"
                          rf"(?P<j>{_WORD_FIGURE}){_AGAINST}\b"
                          # in words joined by hyphens: 'in a ten-to-one vote'
                          rf"|\b(?P<k>{alternation(ALL_NUMBER_WORDS)})-to-(?P<l>{alternation(ALL_NUMBER_WORDS)})\b")


# A result in sets, as tennis, volleyball or badminton copy gives it: two or more games' tallies one after another,
# set off by commas, spaces, 'and', 'y' or 'e' ('6-2, 3-6, 6-1 y 6-4', '6-2 3-6 6-1 6-4'), or by slashes as Brazilian
# copy writes them ('6/2, 3/6, 6/1 e 6/4'), a tie-break's points in brackets after a set ('7-6 (7-5)', '7-6(5)'), which
# is left out of the value. Every set has a winner with six games or more, so two legs of a cup tie ('2-1 y 3-0') are
# no sets; a run in slashes only after a word of a result, as a run of days and months is written so too.
_GAMES = r"(?P<{0}>\d{{1,2}})\s*{1}\s*(?P<{2}>\d{{1,2}})(?:\s*\(\s*\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s*\))?"
_SET_JOIN = r"(?:\s*[,;]\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+|\s+)"


def _set_run(dash: str) -> str:
    one = _GAMES.format("a", dash, "b").replace("?P<a>", "").replace("?P<b>", "")
    return rf"(?<![\d.:/-]){one}(?:{_SET_JOIN}{one}){{1,4}}(?![\d/-]|[.,:]\d|\s*%)"


# What a set is won at, by more than two (tennis, table tennis, volleyball's fifth, badminton, volleyball); past it only
# by two or less ('7-5', '7-6', '13-11', '27-25', '30-29').
_SET_TARGETS = frozenset({6, 11, 15, 21, 25})
_SET_RUN = rx.compile(_set_run(r"[-–]") + "|" + _set_run("/"))
_GAMES_IN_SET = rx.compile(_GAMES.format("a", r"[-–/]", "b"))
_SETS_LEAD = rx.compile(r"\b(?:sets?|parciais|parciales|parcial|placar|marcador|por|pelo|score|won|beat)\b[^.]{0,30}\Z")


def set_runs(scan: Scan, lo: int, hi: int) -> list[tuple[int, int, tuple[tuple[int, int], ...]]]:
    """The results in sets in [lo, hi): start, end and the games of each set."""
    found = scan.memo.get(("sets", lo, hi))
    if found is None:
        found = []
        folded = scan.folded
        for m in _SET_RUN.finditer(folded, lo, hi):
            sets = tuple((int(g.group("a")), int(g.group("b"))) for g in _GAMES_IN_SET.finditer(folded, m.start(), m.end()))
            if any(a == b or max(a, b) < 6 or abs(a - b) > 2 and max(a, b) not in _SET_TARGETS for a, b in sets):
                continue  # no set: a judge's card ('99-91, 99-91, 100-90')
            if "/" in folded[m.start():m.end()] and not _SETS_LEAD.search(folded, max(0, m.start() - 40), m.start()):
                continue
            found.append((m.start(), m.end(), sets))
        scan.memo[("sets", lo, hi)] = found
    return found


# A team's won-lost record, not a game's result: in brackets after its name ('Evansville (7-2)'; after a word in lower
# case, 'won on penalties (4-2)', a result), or said to be one
# ('is now 10-0', 'improved to 10-0', 'a 10-0 record', 'récord de 10-0').
_IN_BRACKETS = rx.compile(r"(\w+)[^\w(]*\(\s*\Z")
_BRACKET_CLOSE = rx.compile(r"\s*\)")
_RECORD_BEFORE = rx.compile(r"\b(?:now|(?:improv|mov|fall|fell|dropp|slipp|climb)\w*\s+to|(?:record|marca|recorde|"
                            r"balance)\s+(?:of|de|is|was|at|to|en|em)|(?:record|marca|recorde|balance)|unbeaten\s+at)\s+\Z")
_RECORD_AFTER = rx.compile(r"\s+(?:record|overall|on\s+the\s+season|this\s+season|in\s+(?:conference|league)\s+play)\b")


# Wins and losses in words: 'diez victorias y cinco derrotas', '10 wins and five losses', 'dez vitórias e cinco derrotas'.
_WINS_LOSSES = rx.compile(rf"\b(?P<a>{_WORD_FIGURE})\s+(?:wins|victories|victorias|vitorias|triunfos)\s*,?\s*(?:and|y|e)?\s+"
                          rf"(?P<b>{_WORD_FIGURE})\s+(?:loss(?:es)?|defeats?|derrotas?)\b")
# The noun of a record before its figures, in their clause: 'his head-to-head record against Sinner to 10-5', 'un
# historial positivo de diez victorias y cinco derrotas', 'seu retrospecto para 10-5'.
_RECORD_NOUN = rx.compile(r"\b(?:record|head-to-head|h2h|balance|historial|retrospecto|registro|confronto\s+direto"
                          r"|cara\s+a\s+cara)\b[^.;:()]{0,40}\Z")
RECORD = "a won-lost record"


def record_words(folded: str, start: int, end: int) -> tuple[int, int]:
    """The words that make the figures at [start, end) a won-lost record, with them: a fact whose cue is among them
    ('overall' in 'is 10-5 overall', 'historial') takes the record as its value."""
    noun = _RECORD_NOUN.search(folded, max(0, start - 50), start)
    before = _RECORD_BEFORE.search(folded, max(0, start - 30), start)
    after = _RECORD_AFTER.match(folded, end)
    return min([start] + [m.start() for m in (noun, before) if m]), after.end() if after else end


def _record(text: str, folded: str, start: int, end: int) -> str:
    """Why a pair of figures is a won-lost record rather than a result, or ''."""
    before = folded[max(0, start - 30):start]
    bracket = _IN_BRACKETS.search(folded, max(0, start - 30), start)
    if bracket and _BRACKET_CLOSE.match(folded, end) and not text[bracket.start(1)].islower():
        return f"{RECORD} in brackets ('{folded[start:end]}'), not a result"
    if _RECORD_BEFORE.search(before) or _RECORD_AFTER.match(folded, end):
        return f"{RECORD} ('{folded[start:end]}'), not a result"
    return ""


def find(scan: Scan, article: Article, lo: int, hi: int, spec: Any) -> list[Candidate]:
    runs = set_runs(scan, lo, hi)
    found = [Candidate(start, end, sets, _show(sets)) for start, end, sets in runs]
    for m in _SCORE.finditer(scan.folded, lo, hi):
        pair = _sides(m)
        if pair is not None and not any(r[0] <= m.start() < r[1] for r in runs):
            found.append(Candidate(m.start(), m.end(), pair, _show(pair), _record(scan.text, scan.folded, m.start(), m.end())))
    for m in _GOALS_WORDS.finditer(scan.folded, lo, hi):
        pair = next(p for p in (("a", "b"), ("c", "d"), ("e", "f"), ("g", "h"), ("i", "j"), ("k", "l")) if m.group(p[0]))
        a, b = (_figure(scan.text[m.start(g):m.end(g)], m.group(g), article.language) for g in pair)
        if a is None or b is None or not _whole(a, b) or any(c.start <= m.start(pair[0]) < c.end for c in found):
            continue
        glossed = _glossed(m, (a, b), found[:len(runs)])
        if glossed is not None:  # one result, which the sets say in full, read from the tally on
            found[glossed] = replace(found[glossed], start=min(m.start(), found[glossed].start),
                                     end=max(m.end(), found[glossed].end))
            continue
        end = m.end() if pair == ("i", "j") else m.end(pair[1])  # 'y uno en contra': the tally's whole
        found.append(Candidate(m.start(pair[0]), end, (a, b), _show((a, b))))
    for m in _WINS_LOSSES.finditer(scan.folded, lo, hi):
        a, b = (_figure(scan.text[m.start(g):m.end(g)], m.group(g), article.language) for g in "ab")
        if a is not None and b is not None:
            found.append(Candidate(m.start(), m.end(), (a, b), _show((a, b)), f"{RECORD} ('{m.group()}'), not a result"))
    return found


def _glossed(m: Any, tally: tuple[int, int], runs: list[Candidate]) -> int | None:
    """Which of the results in sets glosses a tally of sets beside it ('por 3 sets a 1, com parciais de 6/2, 3/6, 6/1 e
    6/4', '3 sets a 1 (6/2, 3/6, 6/1 e 6/4)'), or None."""
    if "set" not in m.group():
        return None
    return next((i for i, c in enumerate(runs) if c.start - m.end() <= 40 and m.start() - c.end <= 40
                 and tally in (_tally(c.value), _tally(c.value)[::-1])), None)


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
        found += [run[:2] for run in set_runs(scan, lo, hi)]
        found += [m.span() for m in _SCORE.finditer(scan.folded, lo, hi)
                  if _sides(m) is not None and _RESULT_BEFORE.search(scan.folded, max(lo, m.start() - 30), m.start())]
        scan.memo[("tallies", lo, hi)] = found
    return found


def _half(side: str) -> float:
    """A side in figures: whole, or with a half ('7.5', '7,5')."""
    value = float(side.replace(",", "."))
    return int(value) if value == int(value) else value


def _sides(m: Any) -> tuple[float, float] | None:
    """The two sides of a result in figures, or None when they are no result: halves that do not come to whole
    points together ('2.5-3')."""
    a, b = _half(m.group("a")), _half(m.group("b"))
    return (a, b) if _whole(a, b) else None


def _whole(a: float, b: float) -> bool:
    """Whether two sides come to whole points together, as a result's do ('7.5-6.5'; not '2.5-3', a range)."""
    return a + b == int(a + b)


def _figure(raw: str, folded: str, lang: str) -> float | None:
    """A side of a score in digits or words ('dos', 'nil'), through the project's number reading; a side in figures
    may hold a half ('7,5 pontos a 6,5')."""
    if folded == "nil":
        return 0
    if folded[:1].isdigit() and not folded.isdigit():
        return _half(folded)
    read = parse_one(raw, folded, lang)
    return int(read[0]) if read is not None and read[0] == read[1] and read[0] == int(read[0]) else None


def _in_sets(value: tuple) -> bool:
    return isinstance(value[0], tuple)


def _tally(sets: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """The sets each side won: '6-2, 3-6, 6-1, 6-4' is 3-1."""
    won = sum(a > b for a, b in sets)
    return won, len(sets) - won


def relate(a: tuple, b: tuple, spec: Any = None) -> Relation:
    """Equal, or reversed (told from the other side: compatible); sets and the tally of sets they come to are
    compatible, the sets being more specific."""
    if a == b:
        return Relation.EQUAL
    if _in_sets(a) and _in_sets(b):
        return Relation.COMPATIBLE if a == tuple(s[::-1] for s in b) else Relation.CONFLICT
    if _in_sets(a) or _in_sets(b):
        sets, tally = (a, b) if _in_sets(a) else (b, a)
        return Relation.COMPATIBLE if tally in (_tally(sets), _tally(sets)[::-1]) else Relation.CONFLICT
    return Relation.COMPATIBLE if a == b[::-1] else Relation.CONFLICT


def parse(value: Any, spec: Any = None) -> tuple:
    if isinstance(value, str):
        m = _SCORE.fullmatch(value.strip())
        if m and (pair := _sides(m)) is not None:
            return pair
        m = _SET_RUN.fullmatch(value.strip().casefold())
        if m:
            sets = tuple((int(g.group("a")), int(g.group("b"))) for g in _GAMES_IN_SET.finditer(m.group()))
            if not any(a == b for a, b in sets):
                return sets
    raise ValueError(f"expected a score such as '20-13', or one in sets such as '6-2, 3-6, 6-1', found {value!r}")


def _show(value: tuple) -> str:
    return ", ".join(f"{a}-{b}" for a, b in value) if _in_sets(value) else f"{value[0]:g}-{value[1]:g}"


KIND = Kind("score", frozenset(), lambda options, error: None, find, parse, relate, _show, lambda v, spec=None: _show(v),
            specificity=lambda v, spec=None: float(len(v) if _in_sets(v) else 0))
