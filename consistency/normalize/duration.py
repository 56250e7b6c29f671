"""The duration kind: spans of time ('two days', '48 hours', 'dos días'), compared in seconds; hedged and
vague spans ('more than 30 years', 'two or three days', 'nearly a week') as ranges."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from .. import rx
from ..lexicon import (
    CONJUNCTIONS,
    HAVE_YEARS,
    MONTHS,
    OBJECT_OPENERS,
    OF_WORDS,
    PARTICIPLE_ENDINGS,
    POSSESSIVES,
    PREPOSITIONS,
    RELATIVES,
    SUPERLATIVES,
    TIME_UNITS,
    UNIT_ADJECTIVES,
)
from ..models import INF, Article, Duration, Relation
from ..text import Scan, alternation, fold, holds_any
from . import Candidate, Kind
from .clock import zone_after
from .count import PERSON_OF_BEFORE
from .numbers import (
    ABOUT_SPREAD,
    BEFORE_CHANGE,
    CLOCK_BEFORE,
    CLOCK_MINUTES_BEFORE,
    CONTINUOUS_HEDGES,
    HALF_AFTER,
    HEDGE_WORDS,
    NUMBER_LEADS,
    ONLY,
    hedge_before,
    hedge_of,
    hedge_range,
    number_pattern,
    number_starts,
    of_a_thing,
    parse_one,
)

_YEAR = TIME_UNITS["year"]
_MONTH_SECONDS = TIME_UNITS["month"]  # not _MONTH below, the names of months
_OLD_AFTER = rx.compile(r"[\s-]*old\b")  # '60-year-old', '85 years old'
_ALLOTTED_AFTER = rx.compile(r"\s+(?:para|pra|to)\s+[a-z]")  # 'tiene seis meses para cumplir': time to do it in
# 'murió a los 85 años', 'morreu aos 85 anos', 'el futbolista, de 31 años,', 'cuando tenga 33 años', 'quando tiver 33 anos',
# 'A catedral, com 800 anos,'
_AGE_BEFORE = rx.compile(r"(?:\b(?:" + alternation(HAVE_YEARS + ("a los", "aos", "tenga", "tendra", "tendria", "tuviera",
                         "cumplir", "tenha", "tiver", "tera", "teria")) + r")|,\s*(?:de|com|con))\s+(?:" + ONLY + r"\s+)?\Z")
# 'Shorter than the 15-year minimum requested by prosecutors': a span named as a minimum or a maximum is a norm.
_NORM_AFTER = rx.compile(r"\s+(?:minimum|maximum)\b")
_THE_BEFORE = rx.compile(r"\bthe\s+\Z")
# A superlative or a first in the clause, then 'in': 'the deadliest attack in 20 years', 'la primera huelga en 16 años'.
# ... or 'in', 'of', 'de' the last ('the most intense snowstorm in the last 50 years', 'la mayor nevada de los últimos 50
# años', 'o maior nevão dos últimos 50 anos'); and what was not seen for so long ('a level not seen in half a century',
# 'snow in Madrid unheard of for 50 years', 'Spain had not experienced this situation for 50 years', 'a spectacle
# unmatched in Britain in 70 years', 'um evento que não acontecia há 70 anos', 'no ocurría desde hace 70 años').
# A superlative: 'the deadliest', 'the most intense', 'la mayor', 'la más intensa' (not 'más de', 'más que', more than).
MOST = r"(?:mas|mais)\s+(?!(?:de|do|da|que|desde)\b)[a-z]{3,}"  # 'la más intensa', 'o mais letal'
BEST = r"(?:" + alternation(SUPERLATIVES) + r"|[a-z]{3,}iest|" + MOST + ")"
_LAST = r"(?:last|past|ultimos|ultimas)"
_FRAME_BEFORE = rx.compile(r"\b(?:" + BEST + r"\b[^,;:.!?]{0,60}"
                           r"|(?:(?:not|never|no|nunca|jamas|nao|n't)(?:[^\S\n]+[\w']+){0,3}?[^\S\n]+(?:seen|experienced|recorded|"
                           r"witnessed|happened|occurred|visto|vista|vivido|vivida|registrad[oa]|acontec[a-z]*|ocurr[a-z]*|"
                           r"suced[a-z]*)|unheard\s+of|unmatched|unequall?ed|unparall?eled)\b[^,;:.!?\n]{0,40}?)"
                           r"\s(?P<tail>(?:in|en|em|for|durante|ha|hace|desde\s+hace|desde\s+ha)\s+(?:(?:the|los|las|os|as)\s+)?"
                           r"(?:" + _LAST + r"\s+)?"
                           r"|(?:of|de|dos|das|nos|nas)\s+(?:(?:the|los|las)\s+)?" + _LAST + r"\s+)\Z")
FRAME = "a time frame"
# The words that make a span the stretch of time before now something happened in: 'in the past two months', 'within the
# last year', 'en los últimos dos meses', 'nos últimos dois meses' (not 'for the past two months', how long).
_WINDOW_BEFORE = rx.compile(r"\b(?:in|within|en|em|nos|nas)\s+(?:the\s+|los\s+|las\s+)?(?:last|past|ultim[oa]s|pasad[oa]s|"
                            r"passad[oa]s)\s+\Z")
# A span then 'after', 'before', 'later', 'ago' or 'into' a thing is a time offset ('two hours later', 'three months into
# their mission', 'nos três dias úteis anteriores ao fechamento', past a word of which days count); not when compared
# with a plan ('82 minutes later than scheduled', 'una hora después de lo previsto'): that is by how much, a span.
_OFFSET_AFTER = rx.compile(r"(?:\s+(?:business|working|calendar|habiles|laborables|naturales|uteis|corridos))?"
                           r"\s+(after|before|later|earlier|ago|since|from now|despues|antes|mas tarde|depois|apos|tras|atras"
                           r"|following|preceding|prior to|previos|previas|anteriores|anterior|posteriores"
                           r"|into(?=\s+(?:the|their|his|her|its|our|a|an)\b))\b"
                           r"(?!\s+(?:than|que|de\s+lo|do\s+que|del?\s+(?:previsto|programado|horario)|do\s+(?:previsto|"
                           r"programado|horario)))")
OFFSET = "a time offset"
# How often a thing recurs, no span: 'cuts every 10 days', 'cada 15 días', 'a cada 15 dias'; the value only of a fact whose
# cue is that word (the matcher's part).
RECURRENCE = "how often it recurs"
# A term a court hands down, as it does: 'sentenced to 9 1/2 years', 'sentenced him to a 25-year term', 'condenado a cinco
# años de prisión' (not 'served a sentence of four months', which was served).
_SENTENCED_BEFORE = rx.compile(r"\b(?:sentenced|condenad[oa]s?|condeno|condenou|sentenciad[oa]s?)(?:\s+[\w'’]+){0,3}?"
                               r"\s+(?:to|a)\s+(?:(?:a|an|um|uma|un|una)\s+)?\Z")
# A span that was planned or expected, said so by a participle right before it: 'a planned eight-day trip', 'an expected
# one-week stay', 'her intended eight-day mission', 'una estancia prevista de una semana'.
_PLANNED_BEFORE = rx.compile(r"\b(?:(?:originally\s+)?(?:planned|expected|intended|scheduled|anticipated|projected)"
                             r"|(?:previst|planead|planejad|programad)[oa]s?\s+(?:de|para))\s+\Z")
_PLANNED_LAST = frozenset("planned expected intended scheduled anticipated projected de para".split())  # its last words


def planned_before(folded: str, start: int) -> re.Match[str] | None:
    """The participle that makes a span starting at start one planned or expected ('a planned eight-day trip'), or None."""
    last = folded[max(0, start - 16):start].split()[-1:]
    return _PLANNED_BEFORE.search(folded, max(0, start - 32), start) if last and last[0] in _PLANNED_LAST else None


EVERY_WORDS = frozenset({"every", "cada"})
_EVERY_BEFORE = rx.compile(rf"\b(?:{alternation(EVERY_WORDS)})\s+\Z")


def handed_down(folded: str, start: int) -> re.Match[str] | None:
    """The words that make a span starting at start a term a court handed down ('sentenced to'), or None."""
    return _SENTENCED_BEFORE.search(folded, max(0, start - 60), start)


def offset_after(folded: str, end: int) -> int:
    """Where the word that makes a span ending at end a time offset starts ('after' in 'two hours after the blast'), or -1."""
    m = _OFFSET_AFTER.match(folded, end)
    return -1 if m is None else m.start(1)


def frame_before(folded: str, start: int) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The words that make a span starting at start how long since something last happened: where the superlative or
    the first opens the frame ('the first time in 100 years'), where the words that lead to the span start, each as
    (start, end); None when there are none."""
    m = _FRAME_BEFORE.search(folded, max(0, start - 80), start)
    if m is None:
        return None
    first = _FIRST_PLACE.search(folded, max(0, m.start("tail") - 12), m.start("tail"))
    if first is not None and not _ARTICLE_BEFORE.search(folded, max(0, first.start() - 8), first.start()):
        return None
    return (m.start(), folded.find(" ", m.start())), (m.start("tail"), start)  # a space always stands before the tail


# A first with no article nor possessive before it, right before 'in', is a place a race was finished in, no frame:
# 'touch home first in four minutes and 2.95 seconds', 'llegó primero en 4 minutos' (not 'her first in 20 years').
_FIRST_PLACE = rx.compile(r"\b(?:first|primero|primeiro|primera|primeira)\s+\Z")
_ARTICLE_BEFORE = rx.compile(r"\b(?:" + alternation(POSSESSIVES | {"the", "our", "a", "el", "la", "lo", "los", "las", "o", "os",
                                                                    "as"}) + r")\s+\Z")


def every_before(folded: str, start: int) -> tuple[int, int] | None:
    """The word that makes a span starting at start how often a thing recurs ('every' in 'every 10 days'), or None."""
    m = _EVERY_BEFORE.search(folded, max(0, start - 7), start)
    return None if m is None else (m.start(), m.start() + len(m.group().split()[0]))


def ahead_words_before(folded: str, start: int) -> int:
    """Where 'dentro de' or 'daqui a' right before a span starting at start opens, or -1: a fact whose cue they are
    reads the time from now as its value ('eleições dentro de cem dias' for `dentro de`)."""
    m = _AHEAD_BEFORE.search(folded, max(0, start - 12), start)
    return -1 if m is None else m.start()


def ago_word_before(folded: str, start: int) -> int:
    """Where the words before 'hace' or 'há' that make a span starting at start 'ago' end ('atrapados' in 'atrapados
    hace 17 días'), or -1."""
    m = _AGO_AFTER_WORD.search(folded, max(0, start - 12), start)
    return -1 if m is None else m.start()


# A span led by 'for', 'durante' or a verb of lasting is one, whatever follows it ('for two days after the deaths').
_FOR_BEFORE = rx.compile(r"\b(?:for|por|durante|during|lasted|lasting|durou|duro|duraron|duraram)\s+(?:(?:the|a|an|os|as|los|"
                         r"las|just|only|apenas|solo|somente)\s+)?\Z")
_BY_BEFORE = rx.compile(r"\bby\s+\Z")  # 'delayed by 82 minutes after crowd trouble': by how much, then why
# A fine counted in days or months is no span: '124 días multa', '124 dias-multa', 'una multa de 12 meses', '30 day-fines'.
_FINE_AFTER = rx.compile(r"[\s-]+(?:de\s+)?(?:multas?|fines?)\b")
_FINE_BEFORE = rx.compile(r"\b(?:multa|fine)\s+(?:de|of)\s+\Z")
_UNIT_ALT = alternation(TIME_UNITS)
# The words for one of a unit ('a week', 'una semana'); not 'a' in Spanish or Portuguese: 'ontem à noite'.
_ONE = {"en": ("a", "an", "one"), "es": ("un", "una", "uno", "one"), "pt": ("um", "uma", "one")}
# Half of one unit: 'half a minute', 'more than half an hour', 'a half-hour', 'a half hour', 'medio minuto', 'media hora',
# 'meia hora'.
_HALF_ONE = {"en": ("half a", "half an", "a half", "half"), "es": ("medio", "media"), "pt": ("meio", "meia")}
_HALVES = frozenset(w for ws in _HALF_ONE.values() for w in ws)
# Quarters of one unit: 'a quarter of an hour', 'three quarters of an hour', 'un cuarto de hora', 'três quartos de hora'.
_QUARTERS = {"en": {"a quarter of an": 0.25, "a quarter of a": 0.25, "quarter of an": 0.25, "three quarters of an": 0.75,
                    "three-quarters of an": 0.75, "three quarters of a": 0.75, "three-quarters of a": 0.75},
             "es": {"un cuarto de": 0.25, "tres cuartos de": 0.75}, "pt": {"um quarto de": 0.25, "tres quartos de": 0.75}}
# Half a day as noon: 'ao meio-dia de domingo', 'desde o meio dia', 'al medio día' (not 'durou meio dia', 'un paro de
# medio día').
_NOON_BEFORE = rx.compile(r"\b(?:ao|o|do|pelo|ate\s+o|desde\s+o|apos\s+o|antes\s+do|depois\s+do|al|el|del|a|hasta\s+el|"
                          r"desde\s+el)\s+\Z")
# An hour after its article that a time after something follows is a span, no time of day: 'perdió la comunicación a la 1
# hora y 45 minutos después de haber comenzado a descender' (not 'a las 7 horas del viernes').
_SPAN_THEN_OFFSET = rx.compile(r"(?:\s+(?:y|e)\s+[\w]+\s+minutos?)?\s+(?:despues|depois|apos|tras|mas\s+tarde|mais\s+tarde)\b")
# 'hace tres días', 'há três dias': three days ago, no span; but 'desde hace tres días' is one, and so is 'há' or 'hace'
# after a state that goes on, in the present or the imperfect: 'estavam em cativeiro há 738 dias', 'eram mantidos há dois
# anos', 'vive en Madrid hace diez años' (not 'foi libertado há dois dias', an event; nor 'está', folded as the 'esta'
# of 'esta decisión').
_OFFSET_BEFORE = rx.compile(r"(?<!desde )\b(?:hace|ha)\s+\Z")
# ... and from now: 'dentro de cinco años', 'daqui a cinco anos' (in five years' time).
_AHEAD_BEFORE = rx.compile(r"\b(?:dentro\s+de|daqui\s+a)\s+\Z")
_AGO_AFTER_WORD = rx.compile(r"(?<=\w)\s+(?:hace|ha)\s+\Z")
_STATE_BEFORE = rx.compile(r"\b(?:estao|estava|estavam|estamos|estavamos|vive|vivem|vivia|viviam|mora|moram|morava"
                           r"|moravam|permanece|permanecem|permanecia|permaneciam|continua|continuam|continuava|eram\s+mantid[oa]s"
                           r"|sao\s+mantid[oa]s|era\s+mantid[oa]|mantem|mantinha|mantinham|trabalha|trabalhava|espera"
                           r"|esperam|esperava|estan|estaba|estaban|viven|vivian|permanecen|permanecian|sigue|siguen"
                           r"|seguia|seguian|trabaja|trabajaba|esperan|esperaba)\b[^,;:.!?]*\Z")
# How long before an event: 'a cinco meses de las elecciones', 'a poco más de un mes del Mundial', 'a dez dias das
# eleições'; not a term: 'condenado a cinco años de prisión'.
_UNTIL_BEFORE = rx.compile(r"\ba\s+(?:poco\s+|escasos?\s+|apenas\s+|(?:tan\s+)?solo\s+)?\Z")
_UNTIL_AFTER = rx.compile(r"\s+(?:de\s+(?:la|las|los|el|o|a|os|as)|del|da|das|do|dos)\b")
# How long since a thing began, no span of it: 'a tres días de iniciado el racionamiento', 'a un año de ocurrida la
# tragedia', 'a dois meses de iniciada a greve'.
_SINCE_AFTER = rx.compile(r"\s+de\s+(?:haber\s+|ter\s+)?[a-z]+(?:ad|id)[oa]s?\b")
# 'A second' before a noun is an ordinal ('a second rehab center'); not before these words ('a second later').
_NOUN_AFTER = rx.compile(r"[ \t]+([a-z]+)")
# 'One day' as 'someday', opening a clause: 'I knew one day I would', 'sabía que un día lo lograría', 'um dia eu'.
_SOMEDAY_AFTER = rx.compile(r",?\s+(?:i|he|she|we|they|you|yo|el|ella|ellos|lo|la|le|les|me|te|se|nos|eu|ele|ela|eles|lhe)\b"
                            r"(?!\s+(?:de|del|do|da|of)\b)")
_SOMEDAY_BEFORE = rx.compile(r"\b(?:que|that|knew|sabia)\s+\Z")
_OF_NEXT = rx.compile(r"\s+(?:de|del|do|da|of)\b")  # 'dijo que un día de huelga cuesta': a day of a thing, a span
_PART_OF_BEFORE = rx.compile(r"\b(?:fraction|fraccion|fracao)\s+(?:of|de)\s+\Z")  # 'by a fraction of a second'
_NOT_NOUNS = frozenset("later earlier ago after before longer more less too apart late despues antes depois mais".split())
# A span with 'a' or 'per' a unit after it is a rate, no span ('40 hours a week', '40 horas por semana'), and so is 'a'
# a unit right after an amount ('$40 an hour', '12 people a day', 'twice a week').
_RATE_AFTER = rx.compile(rf"\s+(?:an?|per|each|every|por|cada|al|a\s+la|ao|à)\s+(?:{_UNIT_ALT})\b")
# A span each of several has, no span of its own: 'two incubation periods of 21 days each', 'dos turnos de 12 horas
# cada uno', 'dois turnos de 12 horas cada'.
_EACH_AFTER = rx.compile(r"\s+(?:each|apiece|cada\s+un[oa]|cada\s+uma?|cada)\b")  # 'each day' is a rate, read first
_RATE_BEFORE = rx.compile(r"(?:[$€£]\s*[\d.,]+|\d[\d.,]*\s*(?:%|[a-z]+)|\b(?:once|twice|thrice|times))\s+\Z")
_ADJECTIVE = r"\b(?:" + alternation(UNIT_ADJECTIVES) + r")"
_UNITS_ISO = (("Y", 365 * 86400), ("M", 30 * 86400), ("W", 7 * 86400), ("D", 86400))
_UNITS_TIME = (("H", 3600), ("M", 60), ("S", 1))
_NAMES = {365 * 86400: "year", 30 * 86400: "month", 7 * 86400: "week", 86400: "day", 3600: "hour", 60: "minute", 1: "second"}


@cache
def duration_pattern(lang: str) -> re.Pattern[str]:
    num = number_pattern(lang).pattern
    ones = alternation(_ONE.get(lang, _ONE["en"]) + _HALF_ONE.get(lang, _HALF_ONE["en"]) + tuple(_QUARTERS.get(lang, ())))
    one = rf"(?:\b(?P<hedge_one>{HEDGE_WORDS})\s+)?(?P<one>\b(?:{ones}))"  # 'a week', 'more than a week'
    return rx.compile(rf"(?:{one}|(?P<num>{num}))(?P<half>{HALF_AFTER})?\s*-?\s*(?:{_ADJECTIVE}\s+)?"
                      rf"(?P<unit>\b(?:{_UNIT_ALT}))\b(?P<half_after>\s+(?:and\s+a\s+half|y\s+medi[oa]|e\s+mei[oa])\b)?")


@cache
def duration_starts(lang: str) -> frozenset[str]:
    return number_starts(lang) | frozenset(_ONE.get(lang, _ONE["en"])) \
        | frozenset(w.split()[0] for w in _HALF_ONE.get(lang, _HALF_ONE["en"])) \
        | frozenset(w.split()[0].split("-")[0] for w in _QUARTERS.get(lang, ()))



def compile_spec(options: dict[str, Any], error) -> int | None:
    unit = options.get("unit")
    if unit is None:
        return None
    secs = TIME_UNITS.get(fold(str(unit)).strip())
    if secs is None:
        raise error(f"expected a unit such as day, hour, week, found {unit!r}", key="unit")
    return secs


def _plural(unit: str) -> bool:
    """Whether a unit word is a plural ('minutes', 'horas', 'meses'), by its singular being a unit too."""
    return unit.endswith("s") and (unit[:-1] in TIME_UNITS or unit.endswith("es") and unit[:-2] in TIME_UNITS)


def find(scan: Scan, article: Article, lo: int, hi: int, spec: int | None) -> list[Candidate]:
    out, units = [], []  # units: the unit, in seconds, each candidate is said in
    for m in scan.matches_at_words(duration_pattern(article.language), lo, hi, duration_starts(article.language),
                                    NUMBER_LEADS):
        unit = TIME_UNITS[m.group("unit")]
        start = m.start()  # where the span starts: past where a change started from, when it went down to it
        if m.group("one") and _plural(m.group("unit")) and not m.group("half"):
            continue  # 'a minutes-long strike', 'a years-long war': an article, no figure ('one and a half hours' is one)
        if m.group("one"):
            one = " ".join(m.group("one").split())
            least = most = 0.5 if one in _HALVES else _QUARTERS.get(article.language, {}).get(one, 1.0)
            hedge = hedge_of(m, "hedge_one")
        else:
            n1 = parse_one(scan.text[m.start("n1"):m.end("n1")], m.group("n1"), article.language)
            if n1 is None:
                continue
            least, most = n1
            if m.group("n2"):  # 'two or three days', 'between 10 and 12 hours'
                n2 = parse_one(scan.text[m.start("n2"):m.end("n2")], m.group("n2"), article.language)
                if n2 is not None and n2[1] < least and not m.group("hedge") \
                        and _FROM_BEFORE.search(scan.folded, max(0, m.start("n1") - 8), m.start("n1")):
                    # 'reduce the workweek from 48 to 40 hours', 'de 48 a 40 horas': a change down, no range
                    said, was = scan.text[m.start("n1"):m.end("n1")], _span(least * unit, most * unit)
                    out.append(Candidate(m.start("n1"), m.end("n1"), was, show(was, spec), f"{BEFORE_CHANGE} ('from {said}')"))
                    units.append(unit)
                    (least, most), start = n2, m.start("n2")
                elif n2 is None or n2[1] <= least:
                    continue  # 'three to two days' is no span
                else:
                    most = n2[1]
            hedge = hedge_of(m)
            if hedge and m.group("hedge") == "over" and _PAID_OVER.search(scan.folded, max(0, m.start() - 24), m.start()):
                hedge = ""  # 'paid annually over 29 years', '30 payments over 29 years': the span they are spread over
        if m.group("half") or m.group("half_after"):  # 'six and a half years', '6 1/2 years', 'cinco años y medio'
            least, most = least + 0.5, most + 0.5
        if hedge == "about":
            # Give or take a tenth of the span, or half a unit, as precise as a whole figure is, if that is more ('about
            # two hours' is 1.5 to 2.5 hours, 'about 30 years' 27 to 33); a quarter of it below two units ('about an hour'
            # is 45 to 75 minutes, not 0 to 2 hours; 'about half an hour' 22.5 to 37.5 minutes).
            spread = max(most * ABOUT_SPREAD, min(2.0, least) / 4)
            least, most = max(0.0, least - spread), most + spread
        elif hedge:
            # A span of time is continuous: 'more than 30 years' takes in 30 years and a day: 'at least'.
            span = hedge_range(least, most, CONTINUOUS_HEDGES.get(hedge, hedge), ABOUT_SPREAD)
            least, most = span.lo, span.hi
        value = _span(least * unit, most * unit)
        if unit == 1 and least == most and m.group("num") and (fraction := _fraction(m.group("n1"), article.language)):
            value = fraction  # '19.4 seconds', '19.477 seconds': a race's margin or time
        if unit in _COARSE and (value.most is None or not math.isinf(value.most)):
            value = Duration(value.seconds, value.most, unit)  # 'a seven-week strike' for one of 53 days; '63 to 78 months'
        offset = None if _BY_BEFORE.search(scan.folded, max(0, m.start() - 4), m.start()) else \
            _OFFSET_AFTER.match(scan.folded, m.end())
        if offset and _FOR_BEFORE.search(scan.folded, max(0, m.start() - 30), m.start()):
            offset = None  # 'mourning for two days after the deaths', 'luto por dos días tras la muerte': a span
        reason = f"part of a time of day ('{scan.text[max(0, m.start() - 3):m.end()].strip()}'), not a span" \
            if m.group("num") and CLOCK_MINUTES_BEFORE.search(scan.folded, max(0, m.start() - 3), m.start()) else ""
        if not reason and m.group("one") and not hedge and _RATE_BEFORE.search(scan.folded, max(0, m.start() - 24), m.start()):
            rate = scan.folded.rfind(" ", 0, max(0, scan.folded.rfind(" ", 0, m.start() - 1)))
            reason = f"a rate ('{' '.join(scan.text[rate + 1:m.end()].split())}'), not a span"
        per = None if reason else _RATE_AFTER.match(scan.folded, m.end())
        if per:  # '40 hours a week', '40 horas por semana'
            reason = f"a rate ('{' '.join(scan.text[m.start():per.end()].split())}'), not a span"
        each = None if reason else _EACH_AFTER.match(scan.folded, m.end())
        if each:
            reason = f"the span of each of several ('{' '.join(scan.text[m.start():each.end()].split())}'), not a span of its own"
        if not reason and m.group("one") and out and not scan.folded[out[-1].end:m.start()].strip():
            reason = f"a rate ('{' '.join(scan.text[out[-1].start:m.end()].split())}'), not a span"  # 'eight hours a day'
        if not reason and m.group("one") and (part := _PART_OF_BEFORE.search(scan.folded, max(0, m.start() - 16), m.start())):
            reason = f"a part of it ('{' '.join(scan.text[part.start():m.end()].split())}'), no measure"
        if not reason and m.group("one") and unit == 1:
            noun = _NOUN_AFTER.match(scan.folded, m.end())
            if noun and noun.group(1) not in _ENDS_PHRASE and noun.group(1) not in _NOT_NOUNS:
                reason = f"an ordinal ('{scan.text[m.start():noun.end()]}'), not a span"  # 'a second rehab center'
        if not reason and m.group("one") in ("medio", "meio") and unit == 86400 and (
                "-" in m.group() or _NOON_BEFORE.search(scan.folded, max(0, m.start() - 12), m.start())):
            reason = f"'{scan.text[m.start():m.end()]}' as noon, not a span"  # 'ao meio-dia de domingo'
        if not reason and m.group("one") and unit == 86400 and not hedge and (
                _SOMEDAY_AFTER.match(scan.folded, m.end()) or not _OF_NEXT.match(scan.folded, m.end())
                and _SOMEDAY_BEFORE.search(scan.folded, max(0, m.start() - 8), m.start())):
            reason = f"'{scan.text[m.start():m.end()]}' as 'someday', not a span"  # 'I knew one day I would'
        if not reason and unit == 3600 and not hedge and CLOCK_BEFORE.search(scan.folded, max(0, m.start() - 24), m.start()) \
                and not _SPAN_THEN_OFFSET.match(scan.folded, m.end()):
            # 'a las 7 horas del viernes'; a hedge after the article makes a span, as a time of day's stands before it
            # ('casi a las cuatro'): 'a las casi cuatro horas de ceremonia'
            reason = f"a time of day ('{scan.text[m.start():m.end()]}'), not a span"
        elif not reason and unit == 60 and out and units[-1] == 3600 and out[-1].reason.startswith("a time of day") \
                and scan.folded[out[-1].end:m.start()].strip() in ("y", "e", "and"):
            reason = f"part of a time of day ('{' '.join(scan.text[out[-1].start:m.end()].split())}'), not a span"
        ago = None if reason else _OFFSET_BEFORE.search(scan.folded, max(0, m.start() - 6), m.start())
        if ago and _STATE_BEFORE.search(scan.folded, max(0, m.start() - 80), ago.start()):
            ago = None
        at = ago.start() if ago else -1 if reason else ahead_words_before(scan.folded, m.start())
        if at >= 0:
            reason = f"{OFFSET} ('{scan.text[at:m.end()]}'), not a span"
        until = None if reason else _UNTIL_AFTER.match(scan.folded, m.end())
        if until and _UNTIL_BEFORE.search(scan.folded, max(0, m.start() - 12), m.start()):
            reason = f"a time before an event ('{scan.text[m.start():until.end()]}'), not a span"
        since = None if reason else _SINCE_AFTER.match(scan.folded, m.end())
        if since and _UNTIL_BEFORE.search(scan.folded, max(0, m.start() - 12), m.start()):
            reason = f"{OFFSET} ('{' '.join(scan.text[m.start():since.end()].split())}'), not a span"
        every = None if reason else every_before(scan.folded, m.start())
        if every:
            reason = f"{RECURRENCE} ('{' '.join(scan.text[every[0]:m.end()].split())}'), not a span"
        old = _OLD_AFTER.match(scan.folded, m.end()) if unit == _YEAR else None
        # An age is years, or an infant's months, and never a time one has to do something in: 'tem 60 dias para
        # apresentar um plano', 'tiene seis meses para cumplir'.
        # A person's years after 'de': 'un hombre de 54 años', 'un anciano de 73 años'.
        aged = unit >= _MONTH_SECONDS and (_AGE_BEFORE.search(scan.folded, max(0, m.start() - 14), m.start())
                                           or PERSON_OF_BEFORE.search(scan.folded, max(0, m.start() - 16), m.start()))
        if not reason and (old or aged and not of_a_thing(scan.text, m.end())
                           and not _ALLOTTED_AFTER.match(scan.folded, m.end())):
            said = scan.text[m.start():old.end() if old else m.end()]
            reason = f"an age ('{said}'), not a span"  # '60-year-old Sharron Smith', 'murió a los 85 años'
        norm = None if reason else _NORM_AFTER.match(scan.folded, m.end())
        if norm and _THE_BEFORE.search(scan.folded, max(0, m.start() - 8), m.start()):
            reason = f"a norm ('the {scan.text[m.start():norm.end()]}'), not the span itself"  # 'the 15-year minimum'
        fine = None if reason else _FINE_AFTER.match(scan.folded, m.end()) or \
            _FINE_BEFORE.search(scan.folded, max(0, m.start() - 12), m.start())
        if fine:
            said = " ".join(scan.text[min(fine.start(), m.start()):max(fine.end(), m.end())].split())
            reason = f"a fine counted in {_NAMES.get(unit, 'unit')}s ('{said}'), not a span"
        average = None if reason else _AVERAGE_BEFORE.search(scan.folded, max(0, m.start() - 80), m.start())
        if average and not _AVERAGE_ENDS.search(scan.folded, average.end(), m.start()):
            reason = f"an average ('{' '.join(scan.text[average.start():m.end()].split())}'), not the span"
        frame = None if reason else frame_before(scan.folded, m.start())
        if frame:  # 'the costliest strike in the United States in more than 25 years': how long since, not how long
            reason = f"{FRAME} ('{scan.text[frame[0][0]:m.end()]}'), not a span"
        window = None if reason else _WINDOW_BEFORE.search(scan.folded, max(0, start - 40), start)
        if window:  # 'se intensificó en los últimos dos meses': when something happened, within the span, not how long
            reason = f"a window of time ('{' '.join(scan.text[window.start():m.end()].split())}'), not how long it lasted"
        if offset and not reason:  # last: a fact whose cue opens with the offset's word takes it (the matcher's part)
            reason = f"{OFFSET} ('{m.group().strip()} {offset.group(1)}'), not a span"
        shown = show(value, spec) if value.most is None else " ".join(scan.text[start:m.end()].split())
        out.append(Candidate(start, m.end(), value, shown, reason))
        units.append(unit)
    clock = _clock_spans(scan, lo, hi) + _glued_seconds(scan, lo, hi) + _split_times(scan, lo, hi, spec)
    clock += [c for c in _minute_spans(scan, lo, hi, spec) if not any(k.start <= c.start < k.end for k in clock)]
    parts = _parts_of_second(scan, article.language, lo, hi) \
        if holds_any(scan, "a part of a second", _PART_STEMS + _FIGURE_STEMS) else []
    if spec == 1:
        clock += [c for c in _bare_seconds(scan, article.language, lo, hi) if not any(k.start <= c.start < k.end for k in clock)]
    if clock or parts:  # '1 h 22 min' is one span, not also '22 min'; 'a hundredth of a second' is no second
        keep = [i for i, c in enumerate(out) if not any(k.start <= c.start < k.end for k in (*clock, *parts))]
        out, units = [out[i] for i in keep], [units[i] for i in keep]
    found = _with_parts(scan, _spread_over(scan, *_compounds(scan, out, units)), parts) \
        + _days_run(scan, article, lo, hi, spec) + clock
    if spec:  # first: a margin a fact's cue takes is still out of its scale ('finished 12,500 seconds ahead')
        found = [_out_of_scale(c, spec) for c in found]
    found = [c if c.reason or not (phrase := margin(scan.folded, c.start, c.end, lo)) else
             replace(c, reason=f"{MARGIN} ('{' '.join(scan.text[phrase[0]:phrase[1]].split())}')") for c in found]
    found = [c if c.reason or not (bar := _threshold(scan.folded, c.start, c.end)) else
             replace(c, reason=f"a threshold ('{' '.join(scan.text[bar[0]:bar[1]].split())}'), not a span") for c in found]
    return found


# An average is no span of its own: 'the average conclave lasts 3.2 days', 'o tempo médio para a escolha de um novo papa
# seja de 3,2 dias', 'la duración media es de 40 días', 'on average, strikes last 40 days'.
_AVERAGE_BEFORE = rx.compile(r"\b(?:averag\w*|promedi\w*|(?:tempo|tiempo|duracion|duracao|estancia|estadia|espera|periodo|"
                             r"prazo|plazo)\s+medi[oa])\b")
# ... up to where the clause that says so ends: a stop, a dash, or a turn ('but this one lasted two days').
_AVERAGE_ENDS = rx.compile(r"[.;:!?—–]|,\s+(?:but|pero|mas|while|mientras|enquanto)\b|\s(?:but|pero|mas)\s")


# A margin between two times, not a time: how much faster, slower, ahead, behind or later, or what separated them ('34
# seconds faster than the old mark', 'took 34 seconds off', 'menos 34 segundos do que', '3min27 à frente', 'três minutos
# e meio de vantagem', 'came in third .02 seconds later', 'five thousandths of a second separated him from', 'chasing the
# record to within less than a half second'; a span of time later is an offset first, and one later than planned a
# span), or 'by' so much after a verb of beating or winning in its clause ('beat the record by 34 seconds', 'superou a
# marca por 34 segundos', 'winning the final by five thousandths of a second', 'superando al jamaicano por apenas cinco
# milésimas', 'took down Phelps' record by nearly a second', 'sin batir el récord por seis centésimas'; not 'delayed by
# 82 minutes'). A fact whose cue is in the margin's words takes it (the matcher's part).
MARGIN = "a margin between two times"
_MARGIN_AFTER = rx.compile(r"\s+(?:faster|slower|quicker|ahead|behind|clear|off|short\s+of|(?:mas|mais)\s+(?:rapid|lent)[oa]s?|"
                           r"(?:later|despues|depois)(?!\s+(?:than|que|de|del|do|da)\b)|separat(?:ed|ing)|"
                           r"separ(?:a|an|am|o|aron|ou|aram)|"
                           r"menos\s+(?:de|del|que|do)|a\s+frente|adiante|de\s+(?:vantagem|ventaja|diferencia|diferenca|margem|"
                           r"margen)|por\s+delante|por\s+detras|detras)\b")
_MARGIN_BEFORE = rx.compile(r"\b(?:(?:off|menos|retirando|quitando|rebajando|baixando|to\s+within)\s+"
                            r"|aventaj\w*\s+(?:(?:en|por)\s+)?(?:(?:solo|apenas|tan\s+solo)\s+)?)\Z")
_BY_BEFORE_MARGIN = rx.compile(r"\b(?:by|por)\s+(?:(?:just|only|a\s+mere|apenas|solo|tan\s+solo|so)\s+)?\Z")
_BEATING = rx.compile(r"\b(?:beat|beats|beating|bettered|better|betters|broke|breaks|smashed|shattered|improved|won|wins|"
                      r"winning|edg(?:e|es|ed|ing)|pip(?:s|ped|ping)?|superando|aventaj\w*|impuso|ganando|ganhando|"
                      r"lowered|surpass\w*|outpaced|supero|supera|superou|ultrapass\w*|bateu|bate|batio|mejoro|gano|gana|"
                      r"venceu|vence|vencio|derrot\w*|(?:took|takes|take|taking)\s+down|eras(?:e|ed|es|ing)|eclips\w*|batir|bater)"
                      r"\b[^.;:!?]*\Z")


def margin(folded: str, start: int, end: int, lo: int) -> tuple[int, int] | None:
    """Where the words that make the span at [start, end) a margin between two times stand, the span with them; None
    when it is no margin (see MARGIN)."""
    after = _MARGIN_AFTER.match(folded, end)
    if after is not None:
        return start, after.end()
    before = _MARGIN_BEFORE.search(folded, max(lo, start - 40), start)
    if before is None:
        by = _BY_BEFORE_MARGIN.search(folded, max(lo, start - 20), start)
        if by is not None and _BEATING.search(folded, max(lo, by.start() - 120), by.start()):
            before = by
    return (before.start(), end) if before else None


# A threshold named by a span: 'the two-hour barrier', 'a marca das duas horas', 'bajar de las dos horas', 'break two
# hours', 'a sub-two-hour marathon'; a span after 'marca' or 'barrera' without an article is a mark set ('la marca de
# 2:01:09').
_THRESHOLD_BEFORE = rx.compile(r"\b(?:(?:barrera|barreira|marca|limite|umbral)\s+(?:de\s+las?|de\s+los|das?|dos|del)"
                               r"|(?:bajar|baixar|romper|quebrar|break|breaking|broke)\s+(?:de\s+las?|das?|dos|the)?|sub-?)\s*\Z")
_THRESHOLD_AFTER = rx.compile(r"[\s-]+(?:barrier|threshold)\b(?![\s-]+(?!(?:of|in|for|at|on|by|with|and|or|but|to|is|was|has"
                              r"|had|were|are|will|would|could|that|which|this|last|since|when|as|after|before|again|"
                              r"the|set|first|once|twice)\b)[a-z]{3,})")
# ... unless a noun follows that the threshold only describes: 'a three-year threshold freeze' is a freeze's span.


def _threshold(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where a threshold the span at [start, end) names is written, or None."""
    if (after := _THRESHOLD_AFTER.match(folded, end)) is not None:
        return start, after.end()
    before = _THRESHOLD_BEFORE.search(folded, max(0, start - 24), start)
    return (before.start(), end) if before else None


def _out_of_scale(c: Candidate, unit: int) -> Candidate:
    """A span far out of the scale of the fact's unit is not its value: '20 minutos' of a statement for a term in years,
    'twelve years' for a delay in minutes; in seconds, no part of one is too short. Nor is it by a cue the fact takes
    it by otherwise: 'the first rider in 26 years' of a race's time in seconds, though its cue is 'in'."""
    if c.reason and not c.reason.startswith((FRAME, OFFSET, RECURRENCE)):
        return c
    least, most = _bounds(c.value)
    if most < unit / 100 and unit > 1:  # the second is the least unit: 'by five thousandths of a second'
        return replace(c, reason=f"far too short to be counted in {_NAMES.get(unit, 'the fact')}s ('{c.display}')")
    if least > unit * 10_000:
        return replace(c, reason=f"far too long to be counted in {_NAMES.get(unit, 'the fact')}s ('{c.display}')")
    return c


# Spans written as on a clock, mostly in sports and in Portuguese and Spanish copy: hours and minutes ('um atraso de
# 1h22min', 'com 1h20 de atraso', '2 h 30 min'), with seconds ('2h00min35s', '2h01m09s', '2:00:35', '2.00:35', '2:00.35
# horas': the last only with its hours word, as '3:29.63' is minutes, seconds and hundredths), minutes and seconds
# ('3min27'). A time of day is written alike: after 'às', 'a las', 'at' ('às 21h', 'hasta las 22h20'), past noon without
# 'min' ('22h20'), or before a zone or 'a.m.' ('12:50:52 GMT', '10h em Roma'), it is one and no span.
_CLOCK_SPAN = rx.compile(
    r"(?<![\w:.,])(?:(?P<sh>\d{1,2})\s?h\s?(?P<sm>[0-5]\d)\s?(?:min|m)\s?(?P<ss>[0-5]\d)\s?(?:s|sec|seg)?(?![\w:])"
    r"|(?P<ch>\d{1,2})(?::(?P<cm>[0-5]\d):|\.(?P<dm>[0-5]\d):|:(?P<hm>[0-5]\d)\.(?=\d\d\s*(?:horas?|hours?|h)\b))"
    r"(?P<cs>[0-5]\d)(?![\d:]|[.,]\d)"
    r"|(?P<h>\d{1,2})\s?h\s?(?:(?P<m>[0-5]\d)(?![.,]\d)\s?(?P<min>min\b|m\b)?|(?![\w:]))"
    r"|(?P<mn>\d{1,2})(?:\s?min\s?|m)(?P<ms>[0-5]\d)(?:[.,](?P<mf>\d{1,3}))?(?:(?:s|sec|seg)(?P<mg>\d{1,3})?)?(?![\w:]))")
_CLOCK_BEFORE = rx.compile(r"\b(?:as|a\s+las?|at|from|until|till|desde|hasta|ate|das|pelas|entre|e|y|to|and|por\s+volta\s+de)"
                           r"\s+\Z")
_DAYTIME_BEFORE = rx.compile(r"\b(?:at|as|a\s+las?|pelas|por\s+volta\s+das?|hacia\s+las?|sobre\s+las?)\s+\Z")
_DAYTIME_AFTER = rx.compile(r"\s*(?:[ap]\.?m\b|gmt\b|utc\b|local\b|hora\s+local\b|horario\b|hrs\b|[ecmp][sd]t\b|bst\b|cet\b)")


def _clock_spans(scan: Scan, lo: int, hi: int) -> list[Candidate]:
    """The spans written as on a clock in [lo, hi) (see _CLOCK_SPAN)."""
    out = []
    for m in _CLOCK_SPAN.finditer(scan.folded, lo, hi):
        g = m.groupdict()
        if g["h"] is not None:  # hours and minutes: '1h22min', '1h20', '2h'
            hours, minutes, seconds = int(g["h"]), int(g["m"] or 0), 0
            if _CLOCK_BEFORE.search(scan.folded, max(0, m.start() - 20), m.start()) or (hours > 12 and not g["min"]) \
                    or zone_after(scan, m.end()):
                continue  # a time of day: the time kind's ('- 10h em Roma', '15h de Brasília')
        elif g["mn"] is not None:  # '3min27', and with a fraction: '4min02s95', '1min 54.06sec'
            hours, minutes, seconds = 0, int(g["mn"]), int(g["ms"])
            if g["mf"] or g["mg"]:
                out.append(_clock_candidate(scan, m.start(), m.end(), minutes * 60 + seconds, g["mf"] or g["mg"]))
                continue
        else:
            hours = int(g["sh"] if g["sh"] is not None else g["ch"])
            minutes = int(g["sm"] or g["cm"] or g["dm"] or g["hm"])
            seconds = int(g["ss"] if g["ss"] is not None else g["cs"])
            if g["ch"] is not None and (hours > 23 or _DAYTIME_BEFORE.search(scan.folded, max(0, m.start() - 24), m.start())
                                        or _DAYTIME_AFTER.match(scan.folded, m.end())):
                continue  # '12:50:52 GMT', 'at 10:30:15': a time of day
        out.append(_clock_candidate(scan, m.start(), m.end(), hours * 3600 + minutes * 60 + seconds))
    return out


def _clock_candidate(scan: Scan, start: int, end: int, total: int, part: str = "") -> Candidate:
    """The span of total seconds, and the figures of a part of one written after them, written as on a clock at [start,
    end), with the hedge right before it ('nearly 2:01:09'), shown as written."""
    hedge, start = hedge_before(scan.folded, start)
    span = hedge_range(total, total, CONTINUOUS_HEDGES.get(hedge, hedge), ABOUT_SPREAD) if hedge else None
    value = _span(span.lo, span.hi) if span else _seconds(str(total), part) if part else Duration(total)
    return Candidate(start, end, value, " ".join(scan.text[start:end].split()))


# Minutes and seconds as race copy writes a gap or a time ('6:17 behind', '+1:03', '45:24 minutos', and with marks:
# "6'17''", '6’17”', '1′ 03″'). A time of day is written alike ('at 6:17', '6:17 p.m.'), so the colon form is read only
# with a word of minutes after it, a sign before it or a word of a margin after it ('1:14 back', '9:18 behind'), or for a
# fact counted in seconds ('by 6:17', 'en 45:24') when no word of a time of day stands by it; with a word of hours after
# it, it is hours and minutes, no such span.
_MIN_SEC = rx.compile(r"(?<![\w:.,'′+])(?P<sign>\+\s?)?(?P<m>\d{1,2})(?:(?P<colon>:)|\s?['′]\s?)(?P<s>[0-5]\d)"
                      r"(?(colon)(?![\d:]|[.,]\d)|\s?(?:''|\"|″|′′)(?P<f>\d{1,2})?)(?![\w'′\"″])"
                      r"(?P<word>\s?(?:minutes|minute|minutos|minuto|mins|min)\b)?")
_BACK_AFTER = rx.compile(r"\s+(?:back|down|adrift|atras|de\s+(?:desventaja|desvantagem))\b")  # besides a margin's words
_HOURS_AFTER = rx.compile(r"\s?(?:h|hs|hrs|hours?|horas?)\b")
_MARK = rx.compile(r"[:'′]")  # looked for first: an expression that opens on a figure scans a text far slower


def _minute_spans(scan: Scan, lo: int, hi: int, spec: int | None) -> list[Candidate]:
    """The spans in minutes and seconds in [lo, hi) (see _MIN_SEC), read where a mark has a figure before it."""
    out, folded = [], scan.folded
    for mark in _MARK.finditer(folded, lo, hi):
        at = mark.start() - (mark.start() > lo and folded[mark.start() - 1] == " ")  # '6 '17"'
        start = at
        while start > max(lo, at - 2) and folded[start - 1].isdigit():
            start -= 1
        if start == at:
            continue  # no figure of minutes before the mark
        start -= 1 if start > lo and folded[start - 1] == "+" else 2 if folded[max(lo, start - 2):start] == "+ " else 0
        m = _MIN_SEC.match(folded, start, hi)
        if m is None:
            continue
        if m.group("colon") and not (m.group("word") or m.group("sign")):
            if _HOURS_AFTER.match(folded, m.end()) or _DAYTIME_AFTER.match(folded, m.end()) \
                    or _DAYTIME_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
                continue  # '22:30 horas', '6:17 p.m.', 'at 6:17': a time of day
            if spec != 1 and not (_MARGIN_AFTER.match(folded, m.end()) or _BACK_AFTER.match(folded, m.end())):
                continue
        out.append(_clock_candidate(scan, m.start(), m.end(), int(m.group("m")) * 60 + int(m.group("s")), m.group("f") or ""))
    return out


# Minutes, seconds and a part of one, as a swim or a middle-distance race is timed: '4:02.95', '1:54,06', Portuguese
# copy's '4.02,95', and '4:02:95', whose last figure cannot be seconds. Hours, minutes and seconds are written alike
# ('2:07.48 horas' is a marathon's), so one is read only with a word of minutes or seconds after it ('4:02.95 minutos',
# '4:02.50 segundos') or for a fact counted in seconds, and never with a word of hours after it nor as a time of day.
_SPLIT_MARK = rx.compile(r"(?::[0-5]\d(?:[.,]\d{1,3}|:[6-9]\d)|\.[0-5]\d,\d\d)(?![\d:]|[.,]\d)")
_SPLIT = rx.compile(r"(?<![\w:.,])(?P<m>\d{1,2})[:.](?P<s>\d\d)[.,:](?P<f>\d{1,3})")
_MINUTES_OR_SECONDS_AFTER = rx.compile(r"\s?(?:minutes|minute|minutos|minuto|mins|min|seconds|second|segundos|segundo|secs|sec"
                                       r"|seg)\b")


def _split_times(scan: Scan, lo: int, hi: int, spec: int | None) -> list[Candidate]:
    """The times in minutes, seconds and a part of one in [lo, hi) (see _SPLIT_MARK), read where the mark is."""
    out, folded = [], scan.folded
    for mark in _SPLIT_MARK.finditer(folded, lo, hi):
        start = mark.start() - 1
        while start > max(lo, mark.start() - 2) and folded[start - 1].isdigit():
            start -= 1
        m = _SPLIT.match(folded, start, mark.end())
        if m is None or m.end() != mark.end():
            continue
        if not (spec == 1 or _MINUTES_OR_SECONDS_AFTER.match(folded, m.end())) or _HOURS_AFTER.match(folded, m.end()) \
                or _DAYTIME_AFTER.match(folded, m.end()) or _DAYTIME_BEFORE.search(folded, max(0, m.start() - 24), m.start()):
            continue
        out.append(_clock_candidate(scan, m.start(), m.end(), int(m.group("m")) * 60 + int(m.group("s")), m.group("f")))
    return out


# The time a shorter span is spread over: 'nearly 12 hours of deliberation over two days', '9,5 horas durante dos días',
# 'mais de 11 horas, durante dois dias'.
_OVER = rx.compile(r"(?:over|across|durante|ao\s+longo\s+de|a\s+lo\s+largo\s+de)\s+\Z")
_OVER_HEDGE = rx.compile(r"over\s")
_PAID_OVER = rx.compile(r"\b(?:paid|payable|payments|installments|instalments|annually|yearly|spread|staggered)\s+\Z")


def _spread_over(scan: Scan, out: list[Candidate], units: list[int]) -> list[Candidate]:
    """Refuses a span, in a larger unit, that the span right before it in its clause is spread over."""
    for i in range(1, len(out)):
        last, c = out[i - 1], out[i]
        if c.reason or last.reason or units[i] <= units[i - 1] or c.start - last.end > 40 \
                or any(p in scan.text[last.end:c.start] for p in ".;:!?"):
            continue
        if _OVER_HEDGE.match(scan.folded, c.start) or _OVER.search(scan.folded, max(last.end, c.start - 20), c.start):
            out[i] = replace(c, reason=f"the time the span before it is spread over "
                                       f"('{' '.join(scan.text[last.start:c.end].split())}'), not a span of its own")
    return out


# '2 horas, un minuto y 25 segundos'; Mexican copy's 'con': '4 minutos con 20 segundos', 'una hora con 30 minutos'
_PART_JOIN = rx.compile(r"\s*,?\s+(?:and|y|e|con|com)\s+|\s*,\s*|\s+")


def _compounds(scan: Scan, out: list[Candidate], units: list[int]) -> tuple[list[Candidate], list[int]]:
    """A span said in parts, larger unit first, is one span, their sum: 'two years and six months', 'un año y cuatro
    meses', '1 hour 30 minutes'; not a restatement ('two days, 48 hours'). What is said after the last part is said
    of the whole ('an hour and twenty minutes later', a time offset). It is shown as written, one ending in
    months is as rough as a span said in months, and its unit is its first part's. Months after years are twelfths
    of a year ('27 years and three months' is 27.25 years), not the 30 days a month said alone counts as."""
    merged: list[Candidate] = []
    merged_units: list[int] = []
    for i, c in enumerate(out):
        last = merged[-1] if merged else None
        if (last is not None and not last.reason and c.value.most is None
                and c.value.seconds < units[i - 1] and _PART_JOIN.fullmatch(scan.folded, last.end, c.start)):
            part = c.value.seconds
            if units[i] == _MONTH_SECONDS and merged_units[-1] == _YEAR:
                part = part // _MONTH_SECONDS * _TWELFTH
            most = None if last.value.most is None else last.value.most + part
            value = Duration(last.value.seconds + part, most, units[i] if units[i] in _COARSE else 0)
            # what follows the last part is said of the whole: 'an hour and twenty minutes later' is an offset
            merged[-1] = Candidate(last.start, c.end, value, " ".join(scan.text[last.start:c.end].split()), c.reason)
            continue
        same = last is not None and units[i] == merged_units[-1]
        if (last is not None and not last.reason and not c.reason and last.value.most is None and c.value.most is None
                and c.value.seconds > last.value.seconds
                and (_RANGE_JOIN if same else _RANGE_TO).fullmatch(scan.folded, last.end, c.start)
                and not (_FROM_BEFORE.search(scan.folded, max(0, last.start - 8), last.start)
                         and not _LASTS_FROM.search(scan.folded, max(0, last.start - 24), last.start))):
            # 'asked for 63 months to 78 months': one range, with its unit said twice (not 'from 30 days to 60 days', a
            # change, but after a verb of taking or lasting: 'pode levar de 6 horas a 10 horas'); in two units only after
            # 'to' or a dash: 'close in a year to 18 months'
            grain = units[i] if same and units[i] in _COARSE else 0
            merged[-1] = Candidate(last.start, c.end, Duration(last.value.seconds, float(c.value.seconds), grain),
                                   " ".join(scan.text[last.start:c.end].split()))
            continue
        merged.append(c)
        merged_units.append(units[i])
    return merged, merged_units


_RANGE_JOIN = rx.compile(r"\s*(?:-|–|to|a)\s*")
_RANGE_TO = rx.compile(r"\s*(?:-|–|to)\s*")
_FROM_BEFORE = rx.compile(r"\b(?:from|de|desde)\s+\Z")
_LASTS_FROM = rx.compile(r"\b(?:take|takes|took|taking|last|lasts|lasted|lasting|levar|leva|levou|levaria|levara|leve"
                         r"|tardar|tarda|tardo|tardaria|tardara|tarde|durar|dura|duro|durou|duraria|durara|dure|demorar|demora|demorou"
                         r"|demoraria|demorara|demore)\s+(?:from|de|desde)\s+\Z")


# A span given as the days it runs, both counted: 'duelo nacional del 5 al 6 de enero', 'from Jan. 5 to Jan. 7',
# 'entre os dias 5 e 7 de janeiro'.
_MONTH = alternation(MONTHS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|o)?"
_DAYS_RUN = rx.compile(
    rf"\b(?:del|de|desde\s+el|entre\s+el|entre\s+os\s+dias|do\s+dia|dos\s+dias|from|between)\s+(?:(?P<ma>{_MONTH})\.?\s+)?"
    rf"(?P<d1>{_DAY})(?:\s+de\s+(?P<m1>{_MONTH}))?\s+(?:al|a|ao|y|e|hasta\s+el|ate\s+o(?:\s+dia)?|to|through|until|and)\s+"
    rf"(?:(?P<mb>{_MONTH})\.?\s+)?(?P<d2>{_DAY})(?:\s+(?:de|of)\s+(?P<m2>{_MONTH}))?\b")
_MONTH_WORDS = frozenset(MONTHS)


def _days_run(scan: Scan, article: Article, lo: int, hi: int, spec: int | None) -> list[Candidate]:
    """The spans given as a run of days in [lo, hi): the days from the first to the last, both counted."""
    if _MONTH_WORDS.isdisjoint(scan.words_in(lo, hi)):
        return []
    out = []
    for m in _DAYS_RUN.finditer(scan.folded, lo, hi):
        g = m.groupdict()
        first = g["ma"] or g["m1"] or g["mb"] or g["m2"]
        if first is None:
            continue  # 'de 5 a 7': no month, no days
        last = g["mb"] or g["m2"] or first
        year = article.published.year if article.published else 2001
        try:
            start = date(year, MONTHS[first], int(g["d1"].rstrip("stndrho")))
            end = date(year, MONTHS[last], int(g["d2"].rstrip("stndrho")))
        except ValueError:
            continue
        if end < start:  # 'del 30 de diciembre al 2 de enero'
            end = end.replace(year=year + 1)
        days = (end - start).days + 1
        if 1 < days <= 366:
            value = Duration(days * 86400)
            out.append(Candidate(m.start(), m.end(), value, show(value, spec)))
    return out


# What a span is written onto ('a four-year labor pact', 'seis semanas de huelga', 'un paro de 41 días'): the words it
# measures. Those words end at a word that opens another phrase or clause.
_ENDS_PHRASE = PREPOSITIONS | CONJUNCTIONS | OBJECT_OPENERS | frozenset(RELATIVES) | frozenset(
    "that was were is are will would has have had said".split()) | frozenset(  # and what opens a clause of why or when
    "because as while when if until unless although though porque cuando mientras aunque quando enquanto embora pois".split())
_JOINED_UNIT = rx.compile(r"\d-[a-z]+\Z|[a-z]-[a-z]+\Z")  # 'six-week', '48-hour': a span written as an adjective
# ... past initials, as a word: 'the 43-day U.S. government shutdown'
# ... and the adjective's others, after a comma: 'a four-hour-long, rule-breaking opening ceremony'
_AFTER_ADJECTIVE = rx.compile(r"(?:-old|-long)?,?\s+((?:(?:(?:[a-z]\.){2,}|[a-z][\w'-]*)\s+){0,2}[a-z][\w'-]*)")
_OF_AFTER = rx.compile(r"(?:\s+[a-z]+(?:al|ales|ais))?"  # past an adjective: 'un día nacional de duelo', 'três dias oficiais de'
                       r"\s+(?:" + alternation(OF_WORDS) + r")\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?"
                       r"((?:[a-z][\w'-]*\s+){0,2}[a-z][\w'-]*)")
_OF_BEFORE = rx.compile(r"\b([a-z][\w'-]*)\s+(?:of|de|do|da)\s+(?:(?:a|an|un|una|um|uma)\s+)?\Z")
# A state the span is how long of, right after it: 'permanecer três dias fechado', 'estuvo tres días cerrado'.
_STATE_AFTER = rx.compile(r"\s+([a-z]{3,}(?:" + alternation(e for e in PARTICIPLE_ENDINGS if e != "ed") + r"))\b")
# Where the span was spent, right after it: '171 days in space', '322 dias no espaço', 'nueve meses en órbita'.
_WHERE_AFTER = rx.compile(r"\s+((?:in|en|em|no|na|aboard|a\s+bordo(?:\s+d[aeo])?|on\s+board)\s+"
                          r"(?:(?:the|el|la|o|a)\s+)?[a-z][\w'-]*)")


def measured(folded: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The words the span at [start, end) is written onto, and whether it is written as their adjective ('a
    four-year labor pact', 'a nearly 6-week-old strike'): after it ('seis semanas de huelga', '16 weeks of base
    pay') or before it ('un paro de 41 días', 'a strike of 40 days'), or the state it is how long of, right after it
    ('três dias fechado'); None when it stands on its own."""
    adjective = _JOINED_UNIT.search(folded, start, end) is not None
    m = (_AFTER_ADJECTIVE if adjective else _OF_AFTER).match(folded, end)
    if m is not None:
        words = m.group(1).split()
        keep = next((i for i, w in enumerate(words) if w in _ENDS_PHRASE), len(words))
        if keep:
            a = m.start(1)
            return a, a + len(" ".join(words[:keep])), adjective
    if adjective:
        return None
    m = _OF_BEFORE.search(folded, max(0, start - 40), start)
    if m is not None and m.group(1) not in _ENDS_PHRASE:
        return m.start(1), m.end(1), False
    m = _STATE_AFTER.match(folded, end)
    return (m.start(1), m.end(1), False) if m is not None else None


def spent_where(folded: str, end: int) -> tuple[int, int] | None:
    """Where the words that say where a span ending at end was spent start and end ('in space' in '171 days in space'),
    or None."""
    m = _WHERE_AFTER.match(folded, end)
    return m.span(1) if m is not None else None


# A figure of seconds with a fraction: '19.4', '9,58', and with three places after the language's decimal mark
# ('19.477 seconds', '19,477 segundos') or, in Spanish and Portuguese copy, after a point with a whole of two figures
# under a minute ('19.400 segundos': a race's margin to the thousandth, as timing is written, not thousands of seconds;
# '3.600 segundos' is an hour, and '12,500 seconds' in English copy thousands).
_FRACTION = rx.compile(r"(\d{1,2})([.,])(\d{1,3})")


def _fraction(raw: str, lang: str) -> Duration | None:
    """A figure of seconds with a fraction (see _FRACTION) as a span (see _seconds); None when it has none."""
    m = _FRACTION.fullmatch(raw.strip())
    if m is None:
        return None
    whole, mark, part = m.groups()
    if len(part) == 3 and mark != ("." if lang == "en" else ",") and whole != "0" and (
            lang == "en" or int(whole) >= 60 or len(whole) < 2 and part.endswith("00")):
        return None  # '3.600 segundos', '12,500 seconds': thousands; not '0.178 segundos', nor '9.784 segundos'
    return _seconds(whole, part) if part.rstrip("0") else None


def _seconds(whole: str, part: str) -> Duration:
    """Seconds written as whole and part, the figures after the mark, as precise as written: its grain is the place of
    the last figure that is not a trailing zero ('19.400' says no more than '19.4'; '10.00', whole seconds)."""
    places = len(part.rstrip("0"))
    return Duration(round(int(whole) + int(part) / 10 ** len(part), 3), grain=10.0 ** -places if places else 0)


# Parts of a second named in words, as a race's margin is: 'five thousandths of a second', 'two hundredths of a second',
# 'cinco milésimas (de segundo)', '12 centésimos de segundo', 'dos décimas de segundo', '0.005 of a second', and a
# figure with no whole, as English timing writes one ('by .005 seconds', 'a .02-second margin'). In
# English, and for tenths in any language, only with their second: 'nine-tenths of the vote', 'dos décimas' of a rate.
_PART_PLACES = {"tenth": 1, "decim": 1, "hundredth": 2, "centesim": 2, "thousandth": 3, "milesim": 3}
_PART_STEMS = tuple(_PART_PLACES)
_FIGURE_STEMS = (" of a second", " .")
_OF_SECOND = r"(?P<of>\s+of\s+a\s+second|\s+de\s+(?:un\s+|um\s+)?segundo)?\b"
_PART_WORD = rx.compile(r"[\s-](?P<part>tenth|hundredth|thousandth|decim|centesim|milesim)(?:s|[oa]s?)?" + _OF_SECOND)
_PART_FIGURE = rx.compile(rf"(?:(?<![\w.,])(?P<figure>\d?[.,]\d{{1,3}})(?=\s+of\s+a\s+second)"
                          rf"|(?<![\w.,])(?P<figure2>\.\d{{1,3}})[\s-]+seconds?\b){_OF_SECOND}")


def _parts_of_second(scan: Scan, lang: str, lo: int, hi: int) -> list[Candidate]:
    """Parts of a second in [lo, hi) (see _PART_PLACES): a number is looked for only right before a word of them."""
    out, folded = [], scan.folded
    if holds_any(scan, "parts of a second", _PART_STEMS):
        for w in _PART_WORD.finditer(folded, lo, hi):
            part = w.group("part")
            if not w.group("of") and (lang == "en" or part in ("decim", "tenth", "hundredth", "thousandth")):
                continue
            m = next((m for m in number_pattern(lang).finditer(folded, max(lo, w.start() - 40), w.start())
                      if m.end() == w.start()), None)
            n = None if m is None else parse_one(scan.text[m.start("n1"):m.end("n1")], m.group("n1"), lang)
            if n is None or n[0] != n[1] or hedge_of(m) or n[0] <= 0:
                continue
            value = Duration(round(n[0] / 10 ** _PART_PLACES[part], 6), grain=10.0 ** -_PART_PLACES[part])
            out.append(Candidate(m.start(), w.end(), value, show(value)))
    if holds_any(scan, "a second's figure", _FIGURE_STEMS):
        for m in _PART_FIGURE.finditer(folded, lo, hi):
            raw = (m.group("figure") or m.group("figure2")).replace(",", ".")
            if float(raw) > 0:
                value = Duration(float(raw), grain=10.0 ** -len(raw.split(".")[1]))
                out.append(Candidate(m.start(), m.end(), value, show(value)))
    return out


# A time as a race's results give it, with no unit, for a fact counted in seconds: a figure under a minute with two or
# three places ('a winning time of 9.79,', 'se quedó con el bronce (9.81)', 'clocking 9.789.'), or with a mark of seconds
# ("9.81''"), a bracket that gives the thousandths ('9.79 (.784)') or the thousandths after it ("9.79.784''"), ending its
# phrase; not a range or a result ('9.98-10.04'), money, a share, nor a figure a word of its own follows ('9.85 points').
_BARE_SECONDS = rx.compile(r"(?<![\w.,:/$€£-])(?P<w>[1-5]?\d)(?P<mark>[.,])(?P<f>\d{2,3})(?:[.,](?P<t>\d{3}))?"
                           r"(?:\s*\(\s*[.,](?P<b>\d{3})\s*\))?(?P<secs>\s*(?:''|″|’’))?"
                           r"(?=\s*(?:[,;:)\n]|\.(?!\d)|\Z|\(|\s(?:and|y|e|with|con|com|in|en|em|to|contra|against|for|"
                           r"para|mientras|while|enquanto)\b))")

_MONEY_BEFORE = rx.compile(r"[$€£¥]\s*\Z")


# Whole seconds said in words and the part of one said after them are one time: 'nueve segundos y 58 centésimas', '4
# minutos, 2 segundos y 95 centésimas'.
_SECONDS_END = rx.compile(r"\b(?:seconds?|segundos?|secs?|seg)\Z")


def _with_parts(scan: Scan, found: list[Candidate], parts: list[Candidate]) -> list[Candidate]:
    """found with each span that ends on whole seconds joined to the part of a second said right after it; the
    parts of a second not so joined after them."""
    out, rest = list(found), []
    for p in parts:
        i = next((i for i, c in enumerate(out) if not c.reason and c.value.most is None and c.end <= p.start
                  and _PART_JOIN.fullmatch(scan.folded, c.end, p.start) and _SECONDS_END.search(scan.folded, c.start, c.end)
                  and c.value.seconds == int(c.value.seconds)), None)
        if i is None:
            rest.append(p)
            continue
        c = out[i]
        value = Duration(round(c.value.seconds + p.value.seconds, 3), grain=p.value.grain)
        out[i] = Candidate(c.start, p.end, value, " ".join(scan.text[c.start:p.end].split()))
    return out + rest


def _bare_seconds(scan: Scan, lang: str, lo: int, hi: int) -> list[Candidate]:
    out = []
    for m in _BARE_SECONDS.finditer(scan.text, lo, hi):
        if _MONEY_BEFORE.search(scan.text, max(0, m.start() - 5), m.start()):
            continue  # 'R$ 9,79'
        whole, part = m.group("w"), m.group("f")
        if len(part) == 3 and _fraction(f"{whole}{m.group('mark')}{part}", lang) is None:
            continue  # '3.600': thousands
        finer = m.group("t") or m.group("b")
        if finer and not 0 <= int(part) * 10 - int(finer) < 10 or finer and len(part) != 2:
            finer = None  # the thousandths refine the hundredths they round up to: '9.79 (.784)'
        value = _seconds(whole, finer or part)
        out.append(Candidate(m.start(), m.end(), value, show(value)))
    return out


# Seconds with a fraction written onto the figure, as timing is: '19.477s', '9.58s', and Brazilian copy's '19s4'
# (19.4 seconds); not a decade ('the 1990s').
_GLUED_SECONDS = rx.compile(r"(?<![\w.,])(?P<w>\d{1,2})(?:[.,](?P<f>\d{1,3})s|s(?P<g>\d{1,3}))(?![\w.,]\w)")


def _glued_seconds(scan: Scan, lo: int, hi: int) -> list[Candidate]:
    out = []
    for m in _GLUED_SECONDS.finditer(scan.folded, lo, hi):
        value = _seconds(m.group("w"), m.group("f") or m.group("g"))
        out.append(Candidate(m.start(), m.end(), value, scan.text[m.start():m.end()]))
    return out


def _span(least: float, most: float) -> Duration:
    if least == most:
        return Duration(int(round(least)))
    return Duration(int(round(least)), math.inf if math.isinf(most) else float(round(most)))


def _bounds(value: Duration) -> tuple[float, float]:
    return value.seconds, value.seconds if value.most is None else value.most


_TWELFTH = _YEAR // 12  # a month of a year: '27 years and three months'
# Units whose spans are said rounded or cut down: 'seven weeks' for 53 days, '27 years' for 27 years and three months.
_COARSE = (TIME_UNITS["week"], _MONTH_SECONDS, _YEAR)


def _reach(value: Duration) -> tuple[float, float]:
    """What a span takes in: its bounds, and for one said in weeks, months or years (its grain) from half that unit
    below it to a whole unit above, as such spans are said rounded or cut down ('seven weeks' for 53 days)."""
    lo, hi = _bounds(value)
    if value.grain == _MONTH_SECONDS and value.seconds % _MONTH_SECONDS == 0:
        hi = hi * 365 / 360  # months alone count 30 days; a calendar's average is 365/12: '78 months' is 6.5 years
    return (lo - value.grain / 2, hi + value.grain) if value.grain else (lo, hi)


def _in_twelfths(value: Duration) -> int:
    """An exact span said in months alone counted in twelfths of a year, as a calendar has them; any other as it is."""
    if value.grain == _MONTH_SECONDS and value.seconds % _MONTH_SECONDS == 0:
        return value.seconds // _MONTH_SECONDS * _TWELFTH
    return value.seconds


def relate(a: Duration, b: Duration, spec: Any = None) -> Relation:
    """Equal spans agree; a range that takes in the other ('more than 30 years', '34 years') is compatible, and so is
    a span said in weeks, months or years with a finer one it rounds ('seven weeks', '53 days'), and seconds with a
    fraction with one said to fewer places ('19.4 seconds', '19.477 seconds'; whole seconds too: '19 seconds'); two said
    in the same unit differ ('seven weeks', 'eight weeks'; '19.4 seconds', '19.5 seconds')."""
    if a == b or a.most is None and b.most is None and _MONTH_SECONDS in (a.grain, b.grain) \
            and _in_twelfths(a) == _in_twelfths(b):
        return Relation.EQUAL  # '18 months' and '1½ years', '12 months' and 'a year'
    if a.grain and a.grain == b.grain and a.most is None and b.most is None and (
            a.grain < 1 or not (a.seconds % a.grain or b.seconds % b.grain)):
        return Relation.CONFLICT  # not 'six years' and 'six and a half years'
    if any(0 < v.grain < 1 for v in (a, b)):  # '19 seconds' and '19.4 seconds': whole seconds say no more
        a, b = (replace(v, grain=1) if not v.grain and v.most is None and v.seconds < 60 else v for v in (a, b))
    (alo, ahi), (blo, bhi) = _reach(a), _reach(b)
    return Relation.COMPATIBLE if alo <= bhi and blo <= ahi else Relation.CONFLICT


def show(value: Duration, spec: int | None = None) -> str:
    if value.most is None:
        # A span said in months is shown in months though the fact is in days: 'nine months' is no '270 days'.
        return _show_seconds(value.seconds, value.grain if spec and value.grain > spec else spec)
    if math.isinf(value.most):
        return f"at least {_show_seconds(value.seconds, spec)}"
    return f"{_show_seconds(value.seconds, spec)} to {_show_seconds(int(value.most), spec)}"


def _years_months(secs: int) -> tuple[int, int] | None:
    """A span of whole years and months, months as twelfths of a year ('27 years and three months': (27, 3)), or None."""
    years, rest = divmod(secs, _YEAR)
    return (years, rest // _TWELFTH) if years and rest and rest % _TWELFTH == 0 else None


def _show_seconds(secs: int | float, spec: int | None) -> str:
    if secs != int(secs):  # '19.4 seconds', '1 min 39.58 s'
        minutes, rest = divmod(secs, 60)
        return f"{int(minutes)} min {round(rest, 3):g} s" if minutes else f"{secs:g} seconds"
    parts = _years_months(secs)
    if parts and parts[1] != 6 and spec in (None, _YEAR, _MONTH_SECONDS):  # '27 years 3 months'; a half is '6.5 years'
        years, n = parts
        return f"{years} year{'s' if years != 1 else ''} {n} month{'s' if n != 1 else ''}"
    if not (spec and secs % spec == 0) and (secs % 86400 and secs > 86400 or spec):
        # not whole units of the fact, or with none not whole days: a half of a larger unit ('6.5 years', '9.5 hours')
        for size in (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600):
            if (2 * secs) % size == 0 and secs > size and (size > 86400 or secs % size):
                return f"{secs / size:g} {_NAMES[size]}s"
    for size in ([spec] if spec else []) + sorted(_NAMES, reverse=True):
        if secs % size == 0 and (secs >= size or size == 1):
            n = secs // size
            return f"{n} {_NAMES.get(size, 'unit')}{'s' if n != 1 else ''}"
        if size == 60 and secs > 60 and not spec:  # a time in seconds, as a race's is written: '2:00:35', '3 min 27 s'
            hours, rest = divmod(secs, 3600)
            return f"{hours}:{rest // 60:02}:{rest % 60:02}" if hours else f"{rest // 60} min {rest % 60} s"
    return f"{secs} seconds"


def to_json(value: Duration) -> Any:
    """ISO 8601 ('P2D'; 'PT48H' only when the span is not whole days); a range as {"min", "max"}, max null when open.
    An exact span is written in the unit it was said in: '60 days' is P60D, 'two months' P2M, 'seven weeks' P7W."""
    if value.most is None:
        return _iso(value.seconds, value.grain)
    return {"min": _iso(value.seconds), "max": None if math.isinf(value.most) else _iso(int(value.most))}


def _iso(secs: int, grain: int | None = None) -> str:
    """secs in ISO 8601: in its largest whole unit, or, given the grain an exact span was said in (0 for days or
    less), in that unit."""
    if secs == 0:
        return "PT0S"
    if secs != int(secs):  # 'PT19.4S', 'PT1M39.58S'
        minutes, rest = divmod(secs, 60)
        return f"PT{int(minutes)}M{round(rest, 3):g}S" if minutes else f"PT{secs:g}S"
    parts = _years_months(secs)
    if parts:
        return f"P{parts[0]}Y{parts[1]}M"
    for letter, size in _UNITS_ISO:
        if secs % size == 0 and (grain is None or size <= max(grain, 86400)):
            return f"P{secs // size}{letter}"
    parts, rest = [], secs
    days, rest = divmod(rest, 86400)
    for letter, size in _UNITS_TIME:
        n, rest = divmod(rest, size)
        if n:
            parts.append(f"{n}{letter}")
    return ("P" + (f"{days}D" if days else "") + "T" + "".join(parts))


_ISO = rx.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.(\d{1,3}))?S)?)?$")


def parse(value: Any, spec: Any = None) -> Duration:
    """'P2D', '48 hours', 'two days', 'at least 30 years', or a range as the JSON report writes one ({min: P12M,
    max: P18M}; max null when open) -> Duration."""
    if isinstance(value, dict) and set(value) == {"min", "max"} and value["min"] is not None:
        lo = parse(value["min"])
        hi = None if value["max"] is None else parse(value["max"])
        if lo.most is None and (hi is None or hi.most is None):
            most = INF if hi is None else float(hi.seconds)
            if most >= lo.seconds:
                return Duration(lo.seconds, most)
        raise ValueError(f"expected a range of two exact durations, the least first, such as {{min: P12M, max: P18M}}, "
                         f"found {value!r}")
    if isinstance(value, str):
        m = _ISO.match(value.strip())
        if m and any(m.groups()):
            sizes = (365 * 86400, 30 * 86400, 7 * 86400, 86400, 3600, 60, 1)
            if m.group(1) and m.group(2):  # 'P27Y3M': months after years are twelfths of one
                sizes = (365 * 86400, _TWELFTH) + sizes[2:]
            whole = sum(int(g or 0) * s for g, s in zip(m.groups(), sizes))
            return _seconds(str(whole), m.group(8)) if m.group(8) else Duration(whole)  # 'PT4M2.95S'
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
    relate=relate,
    to_json=to_json,
    show=show,
    specificity=lambda v, spec: -(_reach(v)[1] - _reach(v)[0]),
    updates=False,  # a span only when its rule asks: how long a strike has lasted so far
)
