"""The date kind: absolute dates in three languages, and relative ones resolved against publication."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from .. import rx
from ..lexicon import (
    FULL_MONTHS,
    INITIALLY,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    MONTHS,
    NOT_PARTICIPLES,
    PARTICIPLE_ENDINGS,
    PAST_FORMS,
    PREVIO,
    PT_SHORT_WEEKDAYS,
    RELATIVE_DAYS,
    SAID_PLURAL,
    SAY_VERBS,
    WEEKDAYS,
)
from ..models import Article, Relation
from ..text import Scan, alternation, fold, phrase_pattern, trie_pattern
from . import Candidate, Kind

_MONTH_WORDS = alternation(FULL_MONTHS)  # any month's name, as one alternation
_COMING = r"que\s+vem|que\s+viene"  # after a month or a weekday, the coming one: 'abril que vem', 'el jueves que viene'


# Days before publication: 'two days ago', 'hace tres días', 'há dois dias', 'dois dias atrás' (not weeks, which are
# loose: 'two weeks ago' is seldom fourteen days to the day).
_FEW = dict(zip("one two three four five six seven eight nine ten".split(), range(1, 11))) | dict(
    zip("uno dos tres cuatro cinco seis siete ocho nueve diez".split(), range(1, 11))) | dict(
    zip("um dois tres quatro cinco seis sete oito nove dez".split(), range(1, 11))) | {
    "a": 1, "an": 1, "un": 1, "una": 1, "uma": 1, "duas": 2}


# A Portuguese weekday without its '-feira' ('na noite de terça', 'nesta quinta (24)'), read only after a word that
# leads to a day and before a break or a word that goes on with one, or after an article and before its day of the
# month in brackets ('entre a quarta (1°) e a quinta-feira (2)'): 'segunda', 'quarta' and 'quinta' are ordinals too.
_PT_SHORT_WEEKDAY = (r"|(?:" + "|".join(rf"(?<=\b{w} )" for w in ("na", "nesta", "nessa", "desta", "dessa", "de", "ultima",
                                                                      "passada", "proxima"))
                     + rf"|(?<=\ba )(?=(?:{alternation(PT_SHORT_WEEKDAYS)})[^\S\n]*\(\d))"
                     + rf"(?P<wds>{alternation(PT_SHORT_WEEKDAYS)})\b"
                     r"(?=\s*[(,.;:]|\s*\Z|\s+(?:a|as|pela|passada|em|na|no|quando)\b)")


# An hour past midnight right after the night before ('last night around 2 a.m.', 'anoche a las 2 de la madrugada'):
# the night has turned into the day the article tells of.
_NIGHTS = frozenset({"night", "anoche"})
_SMALL_HOURS = rx.compile(r"\s*,?\s*(?:(?:at|around|about|shortly\s+after|a\s+las|sobre\s+las|hacia\s+las)\s+){0,2}"
                          r"0?[0-5](?:[:.][0-5]\d)?\s*(?:a\.?\s?m\b|(?:horas\s+)?de\s+la\s+madrugada)")

# Today as the day a span of years since an event comes round: the event was that many years back, not today ('Asumió
# por primera vez hace hoy exactos 20 años', 'hoje faz 20 anos que', 'took office 20 years ago today').
_ANNIVERSARY = rx.compile(r"\b(?:(?:hace|faz|ha)\s+(?:hoy|hoje)\b[^,.;:\n]{0,20}?\b(?:anos|decadas)\b"
                          r"|(?:hoy|hoje|today)\s+(?:hace|faz|ha|se\s+cumplen|se\s+completam|completa|marks)\b"
                          r"[^,.;:\n]{0,25}?\b(?:anos|years|decadas|decades)\b|years\s+ago\s+today\b"
                          r"|\b(?:hace|faz|ha)\s+(?:\w+\s+){1,2}?(?:anos|decadas)\s+(?:hoy|hoje)\b)")


@cache
def date_pattern(lang: str) -> re.Pattern[str]:
    months = alternation(set(FULL_MONTHS) | set(MONTH_ABBREVIATIONS.get(lang, MONTH_ABBREVIATIONS["en"]).split()))
    wd = alternation(WEEKDAYS)
    rel = alternation(RELATIVE_DAYS)
    few = r"\d{1,2}|" + alternation(_FEW)
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    year = r"(?:19|20)\d\d"
    return rx.compile(
        rf"(?:\b(?P<wd1>{wd}),?\s+)?(?:\b(?:el|o|on|the)\s+)?"
        rf"(?:\b(?P<m1>{months})\.?\s+(?P<d1>{day})(?:st|nd|rd|th)?\b(?:[-–](?P<d1b>{day})\b(?![-–.,]?\d))?"
        rf"(?:,?\s+(?P<y1>{year})\b)?"
        # the first of a month in words too: 'the first of August', 'primeiro de agosto', 'el primero de mayo'
        rf"|\b(?:(?P<d2>{day})(?:st|nd|rd|th|º|o)?|(?P<dw>first|primeiro|primero)(?=\s+(?:de|of)\s))"
        rf"(?:\s*(?:y|e|and|-|al|a|to)\s*(?:el\s+|o\s+)?(?P<d2b>{day}))?(?:\s+(?:de\s+|of\s+)?|-|\.(?=[a-z]))"
        # '18.jun.2025' too, and '27 de febrero del año 2010'
        rf"(?P<m2>{months})\b\.?(?:(?:,?\s+(?:de\s+|del\s+(?:ano\s+)?|do\s+ano\s+)?|-|(?<=\.))(?P<y2>{year})\b)?"
        rf"|\b(?P<iso>{year}-[01]\d-[0-3]\d)\b"
        rf"|\b(?P<m3>{months})\.?,?\s+(?:(?:de|del|of)\s+)?(?P<y3>{year})\b)"  # a month: 'in August 2021', 'em agosto de 2021'
        rf"|\b(?P<mod>last|this|past|next|el\s+pasado|el\s+proximo|pasado|proximo|(?:a|na)\s+proxima|proxima|este|esta|essa|nessa|desta|dessa|no\s+ultimo|neste|nesta|na|no|el|on)?\s*\b(?P<wd>{wd})\b{_NOT_FEAST}"
        rf"|\b(?P<rel>{rel})\b"
        + (_PT_SHORT_WEEKDAY if lang == "pt" else "") +
        rf"|\b(?P<ago>{few})\s+days?\s+ago\b|\b(?:hace|ha)\s+(?P<hace>{few})\s+dias?\b|\b(?P<atras>{few})\s+dias?\s+atras\b"
        # A day of the month alone: 'no último dia 25', 'el día 3', 'no próximo dia 5' (not 'dia 25 de janeiro'), and of
        # the month before: 'no dia 14 do mês passado', 'el día 14 del mes pasado'.
        rf"|\b(?:no|na|el|o)\s+(?P<dmod>(?:ultimo|proximo|pasado)\s+)?dia\s+(?P<dom>{day})\b(?![.,]?\d|\s*(?:de\s+)?(?:{months})\b)"
        rf"(?:\s+(?:do|del)\s+mes\s+(?P<prev>pasado|passado|anterior)|\s+(?:do|del)\s+(?P<same>mesmo|mismo)\s+mes)?"
        rf"|{_COUNTED_DAY}"
        # Days counted from another the text names: 'foram encontrados dez dias depois', 'three days later' (not from an
        # event: 'dez dias depois do ataque')
        rf"|\b(?P<nd>{few})\s+(?:days?|dias?)\s+(?:(?P<ndon>later|depois|despues|mas\s+tarde|mais\s+tarde)|(?P<ndback>"
        r"earlier|antes))\b(?!\s+(?:de|del|da|do|das|dos|que|of|the|than)\b)"
        # A month alone, after a word that leads to a time ('since August', 'desde agosto pasado', 'em agosto'): see
        # _MONTH_LEAD; not one a day or a year follows.
        rf"|\b(?P<m4>{_MONTH_WORDS})\b(?:\s+(?P<m4last>pasado|passado)|\s+(?P<m4next>proximo|{_COMING}))?"
        rf"(?![.,]?\s*(?:de\s+|del\s+)?\d)"
        rf"|{_FEAST}"  # a feast: 'Christmas Eve', 'véspera de Natal', 'Good Friday' (tried last: most starts are none)
    )


# A day counted from another the text names: 'the day before', 'the next day', 'a day earlier', 'el día anterior', 'al
# día siguiente', 'la víspera', 'no dia seguinte', 'um dia depois'. Not from an event ('the day before the vote', 'la
# víspera de la final', 'un día después del ataque', 'a day after unveiling a cabinet', 'the day after he quit'), whose
# day the text may not give.
_EARLIER_DAY = r"day\s+before(?!\s+yesterday)|day\s+earlier|dia\s+anterior|dia\s+antes|vispera|vespera"
_LATER_DAY = r"day\s+after(?!\s+tomorrow)|day\s+later|dia\s+despues|dia\s+depois|dia\s+mas\s+tarde|dia\s+mais\s+tarde"
_COUNTED_DAY = (r"\b(?:(?:the|a|one|el|la|al|un|o|no|na|um)\s+)?(?:(?P<back>" + _EARLIER_DAY + r")|(?P<on>" + _LATER_DAY
                + r"))\b(?!\s+(?:the|a|an|his|her|its|their|that|this|de|del|da|do|das|dos|al|ao|a|o|os|as|la|el|los|las"
                r"|he|she|they|it|we|[a-z]{2,}ing)\b)"
                r"|\b(?:the\s+)?(?:(?P<back2>previous\s+day)|(?P<on2>next\s+day|following\s+day|dia\s+siguiente|dia\s+seguinte))\b"
                r"(?!\s+(?:de|del|da|do|al|ao|a)\b)")


# A day word written as a title's last word after another capitalised word, in running text: 'USA Today', 'Diario Hoy'
# ('citada pelo USA Today'); not a headline in title case, where the word after it is capitalised too.
_NAMED_DAY = rx.compile(r"\b[A-Z][\w'-]*[^\S\n]+[A-Z][a-z]*\Z")
_CAPITAL_NEXT = rx.compile(r"\s+[A-Z]")


# Words that may begin a date phrase when a date word follows: 'last Saturday', 'el pasado 4 de enero'.
DATE_LEADS = frozenset({"last", "this", "past", "next", "el", "pasado", "proximo", "este", "no", "neste", "nesta", "na",
                        "esta", "essa", "nessa", "desta", "dessa", "on", "o", "the", "a", "an", "un", "una", "uma",
                        "en"})  # 'en Navidad'


@cache
def date_starts(lang: str) -> frozenset[str]:
    months = set(FULL_MONTHS) | set(MONTH_ABBREVIATIONS.get(lang, MONTH_ABBREVIATIONS["en"]).split())
    firsts = {w.split("-")[0].split()[0] for w in list(WEEKDAYS) + list(RELATIVE_DAYS)} - DATE_LEADS
    # 'the previous day', 'la víspera' (see _COUNTED_DAY); 'the first of August', 'primeiro de agosto'
    firsts |= {"previous", "following", "vispera", "vespera", "first", "primeiro", "primero"}
    # the first word of a feast's name ('christmas', 'good', 'sexta'), past the lead a bare one opens with ('on')
    firsts |= {name.split()[-1] if name in _BARE_FEASTS else name.split()[0].split("'")[0].split("-")[0]
               for name in [*_FIXED_FEASTS, *_MOVING_FEASTS]} - DATE_LEADS
    # A day that opens with a lead is tried from its next word: 'last night', 'this morning', 'nesta madrugada'.
    seconds = {w.split()[1] for w in RELATIVE_DAYS if " " in w and w.split()[0] in DATE_LEADS}
    ago = (set(_FEW) - DATE_LEADS) | {"hace", "ha", "day", "dia"}  # 'day' after the lead 'a': 'a day ago'
    return frozenset(months | firsts | seconds | ago)


_MONTH_NAMES = "January February March April May June July August September October November December".split()


@dataclass(frozen=True, slots=True)
class MonthDay:
    """A day of a month with no year: the article gives none and has no publication date to take it from ('killed
    on 6 December'). It agrees with another such day, and is compatible with a full date on that day."""

    month: int
    day: int

    def __post_init__(self) -> None:
        date(2000, self.month, self.day)  # a leap year: raises ValueError for a day no year has

    def isoformat(self) -> str:
        return f"--{self.month:02d}-{self.day:02d}"  # ISO 8601's form for a month and day

    def __str__(self) -> str:
        return f"{_MONTH_NAMES[self.month - 1]} {self.day} (no year)"


@dataclass(frozen=True, slots=True)
class Month:
    """A month of a year, the text naming no day ('in August 2021', 'em agosto de 2021'). It is compatible with a day
    in it, which says more."""

    year: int
    month: int

    def __post_init__(self) -> None:
        date(self.year, self.month, 1)  # raises ValueError for no month

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"  # ISO 8601's form for a month

    def __str__(self) -> str:
        return self.isoformat()


Day = date | MonthDay | Month


def relate(a: Day, b: Day, spec: Any = None) -> Relation:
    if a == b:
        return Relation.EQUAL
    if isinstance(a, Month) or isinstance(b, Month):  # a day in the month, with its year if it has one
        same = a.month == b.month and (isinstance(a, MonthDay) or isinstance(b, MonthDay) or a.year == b.year)
        return Relation.COMPATIBLE if same else Relation.CONFLICT
    if (isinstance(a, MonthDay) or isinstance(b, MonthDay)) and (a.month, a.day) == (b.month, b.day):
        return Relation.COMPATIBLE
    return Relation.CONFLICT


def _day(g: dict[str, Any]) -> int:
    """The day of the month a date_pattern match names before or after its month: in figures, or 'first' in words."""
    return int(g["d1"] or g["d2"] or 1)


def absolute_date(m: re.Match[str], iso: bool = True) -> date | None:
    """The full date of a date_pattern match that states its year ('23 de março de 2021', 'June 11, 2026', and with iso
    '2026-06-11'); None otherwise."""
    g = m.groupdict()
    try:
        if g["iso"]:
            return date.fromisoformat(g["iso"]) if iso else None
        if (g["m1"] and g["y1"]) or (g["m2"] and g["y2"]):
            return date(int(g["y1"] or g["y2"]), _month(g), _day(g))
    except ValueError:
        return None
    return None


def _month(g: dict[str, Any]) -> int:
    """The month a date_pattern match names with a day ('June 11', '11 de junio')."""
    return MONTHS[" ".join((g["m1"] or g["m2"]).split())]


# A date in figures with a four-digit year ('19/07/2024', '19.07.2024', '07/19/2024'), as pages stamp them.
_NUMERIC_DATE = rx.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-]|\.\d)")


def numeric_date(text: str, language: str) -> date | None:
    """The first date in figures in text: day first when the first figure is above 12, month first when the second
    is; when either could be the month, day first in Spanish and Portuguese, and none in English, written both ways
    (unless both figures are the same)."""
    for m in _NUMERIC_DATE.finditer(text):
        a, b, year = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if a > 12 or a == b or (b <= 12 and language in ("es", "pt")):
            day, month = a, b
        elif b > 12:
            day, month = b, a
        else:
            continue
        try:
            return date(year, month, day)
        except ValueError:
            continue
    return None


def _year_for(month: int, day: int, published: date | None, tense: int = 0, ahead: bool = False) -> int | None:
    """The year of a day named without one. Writers leave out the year of a day in the year they write in, and of
    one just before it: the publication's year, unless the day lies more than a week ahead and the same day a year
    earlier is nearer ('Dec. 28' in January). A day something will happen on (tense 1) is the first such day from
    publication on; one something happened on (tense -1) the latest up to a week after publication. For a fact of a
    day to come (ahead), a day more than a week behind publication is the next year's when that one is nearer: 'funds
    the government through Jan. 30' in November is the coming January."""
    if published is None:
        return None
    year = published.year
    try:
        here, before = date(year, month, day), date(year - 1, month, day)
    except ValueError:
        return None
    if tense > 0:
        return year if here >= published else year + 1
    if here > published + timedelta(days=7) and (tense < 0 or published - before < here - published):
        return year - 1
    if ahead and tense == 0 and here < published - timedelta(days=7):
        after = date(year + 1, month, day) if (month, day) != (2, 29) else None
        if after is not None and after - published < published - here:
            return year + 1
    return year


_RANGE_WORDS = r"(?:-|–|—|to|through|until|till|and|a|al|e|y|ate|hasta)"  # what joins the two days of a run
_RANGE_TO = rx.compile(r"[^\S\n]*" + _RANGE_WORDS + r"[^\S\n]+(?:(?:el|o|the)[^\S\n]+)?(?:dia[^\S\n]+)?")
# A year that names what a sentence is about ('the 2026 World Cup', 'Mundial 2026', 'Copa do Mundo de 2026'), not one
# of a month ('junho de 2026'), nor the bound of a span ('since 2019', 'hasta 2030'): see _NOT_LENDING.
_SENTENCE_YEAR = rx.compile(r"(?<![\d/.,:-])(?<!\d[.,])((?:19|20)\d\d)(?![\d/]|[.,]\d|-\d)")
_NOT_LENDING = rx.compile(r"\b(?:since|until|till|through|from|by|desde|hasta|ate|antes\s+de|before|after|after\s+the|"
                          r"por\s+volta\s+de|" + _MONTH_WORDS + r")\W*(?:(?:de|del|of)\s+)?\Z")


# A day said to be this year's ('este 22 de noviembre', 'neste dia 22 de novembro', 'this November 22'), whatever other year
# its sentence names.
_THIS_BEFORE = rx.compile(r"\b(?:this|este|esta|neste|nesta|deste|desta)\s+(?:(?:el|o|the|dia)\s+)?\Z")


def _unsure(year: int | None, month: int, day: int, pub: date | None) -> bool:
    """Whether the year taken for a day written without one may be another: none was found, or the day then lies more
    than a month from publication (a day near it is the publication's year's: 'on Friday, July 21')."""
    try:
        return year is None or pub is None or abs((date(year, month, day) - pub).days) > 31
    except ValueError:
        return True


def _lent_year(scan: Scan, language: str, first: int, end: int, month: int, day: int, pub: date | None,
               tense: int) -> tuple[int, str] | None:
    """The year of a day written without one, when the copy gives it: the same day written before with its year, within
    a year of publication ('The final is on 19 July 2026. ... the 19 July final'; not an anniversary's), else the end of
    a range the day opens that has its year ('entre os dias 11 de junho e 19 de julho de 2026', 'from June 11 to July
    19, 2026'; the year before when its month comes later), else the one year near publication its sentence names
    ('the 2026 World Cup kicks off on June 11', 'vai enfrentar, na Copa do Mundo de 2026, ... em 11 de junho') in
    agreement with tense, that of its clause (see _tense)."""
    folded = scan.folded
    if (pub is not None and (same := _dated_days(scan, language).get((month, day))) is not None and same[0] < first
            and abs((same[1] - pub).days) <= 366):  # not an anniversary's: 'the October 7, 2023 attack'...'on October 7'
        return same[1].year, f"year taken from the same day written before with its year ('{same[2]}')"
    if (to := _RANGE_TO.match(folded, end)) is not None:
        other = date_pattern(language).match(folded, to.end())
        if other is not None and (y := other.group("y1") or other.group("y2")) and (other.group("m1") or other.group("m2")):
            later = _month(other.groupdict())
            return int(y) - (month > later), f"year taken from the end of its range ('{scan.text[to.end():other.end()]}')"
    s0, s1 = scan.sentence_at(first)
    if _THIS_BEFORE.search(folded, max(s0, first - 16), first):
        return None  # 'condenado por un intento de golpe en 2022, fue detenido este 22 de noviembre': this year's day
    years = {int(m.group(1)) for m in _SENTENCE_YEAR.finditer(folded, s0, s1)
             if not _NOT_LENDING.search(folded, max(s0, m.start() - 24), m.start())}
    if len(years) != 1:
        return None
    year = years.pop()
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if pub is not None:
        if abs(year - pub.year) > 1:
            return None
        if (tense > 0 and value < pub) or (tense < 0 and value > pub + timedelta(days=7)):
            return None
    return year, f"year taken from '{year}' in its sentence"


def _dated_days(scan: Scan, language: str) -> dict[tuple[int, int], tuple[int, date, str]]:
    """The days an article writes with their year, in words, by month and day: where the first is, the date, and how it
    reads."""
    key = ("dated days", language)
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = {}
        for m in scan.matches_at_words(date_pattern(language), 0, len(scan.text), date_starts(language), DATE_LEADS):
            if (day := absolute_date(m, iso=False)) is not None:
                found.setdefault((day.month, day.day), (m.start(), day, scan.text[m.start():m.end()].strip()))
    return found


_DATED_REACH = 400  # how far back, in its paragraph, a date with its year lends it to a day with none
_DATED_SPAN = timedelta(days=60)  # ... that lies this near it


def _dated_before(scan: Scan, language: str, start: int, month: int, day: int) -> tuple[date, str] | None:
    """With no publication date, the last date written with its year before start, in its paragraph and near, when the
    day and month at start fall within two months of it in its year: a writer leaves out the year of days around one
    just given ('encalhou em 23 de março de 2021 ... voltou a flutuar no dia 29 de março'; a caption's '26 March 2021',
    then 'ran aground on 23 March'). The date and how it was written, or None."""
    lo = max(0, start - _DATED_REACH, scan.text.rfind("\n\n", 0, start) + 1)
    found = None
    for m in scan.matches_at_words(date_pattern(language), lo, start, date_starts(language), DATE_LEADS):
        if (written := absolute_date(m)) is not None:
            found = (written, m)
    if found is None:
        return None
    try:
        here = date(found[0].year, month, day)
    except ValueError:
        return None
    return (found[0], scan.text[found[1].start():found[1].end()].strip()) if abs(here - found[0]) <= _DATED_SPAN else None


# A verb of the future in the clause before a day: 'his term will begin October 1', 'comenzarán el 5 de junio',
# 'o julgamento está marcado para 3 de março', 'terá início às 04:00 na quarta-feira' (a short verb's future).
_WILL = r"(?<!the\s)(?<!his\s)(?<!her\s)(?<!their\s)(?<!free\s)(?<!good\s)will"  # 'the will of the people' is a noun
_FUTURE_WORDS = (r"(?:\b(?:" + _WILL + r"|shall|due|scheduled|set\s+to|expected\s+to|going\s+to|va\s+a|van\s+a|vai|vão|"
                 r"marcad[oa]s?\s+para|previst[oa]s?\s+para)\b|\w{3,}(?:rán?|rão)\b|\b(?:te|ha|fa|da|i)(?:rán?|rão)\b|"
                 r"\b(?:será|serán|serão)(?:\s+\w+mente)?(?:\s+[\w-]+d[oa]s?\b)?)")
_FUTURE = r"(?i)" + _FUTURE_WORDS
# on the text as written: 'rán'; 'será presentado', 'será apresentado' whole, its participle with it
# The rest of a clause: no stop but those of a time ('will take effect at 4 a.m. on Wednesday', 'às 04:00 na quarta').
_TIME_STOPS = r"|\b[ap]\.\s?m\.|(?<=\d)[:.](?=\d)"
_GAP = r"(?:[^.;:!?]" + _TIME_STOPS + r")*"
_FUTURE_BEFORE = rx.compile(_FUTURE + _GAP + r"\Z")
_FUTURE_AFTER = rx.compile(r"(?i)[^.;:!?]{0,60}?" + _FUTURE_WORDS)  # ... or after a word, in its clause
# ... and before a weekday, in its clause with no comma, which then comes after publication: 'shares will be halted
# from trading on Friday'. Not past a participle of another verb: 'police will name the man killed on Friday'.
_FUTURE_WEEKDAY = rx.compile(_FUTURE + r"(?:\s+(?:be|have\s+been|ser)(?:\s+\w+ly)?\s+[\w-]+)?"
                             r"(?P<gap>(?:[^.;:!?,]" + _TIME_STOPS + r")*)\Z")
# ... or after a weekday that opens its sentence, past a subject of a few words: 'On Sunday, Leo is expected to fly'.
_FUTURE_FRONTED = rx.compile(r"(?i),?[^\S\n]+(?:[\w'’-]+[^\S\n]+){0,4}?(?P<will>" + _FUTURE_WORDS + ")")
# 'would' and a verb, in the clause before a weekday: a future of what was said ('said a truce would take effect early
# Wednesday'; not 'would have').
_WOULD_WEEKDAY = rx.compile(r"(?i)\bwould\s+(?!have\b)[a-z]+(?:[^.;:!?,]" + _TIME_STOPS + r")*\Z")
# A day something is set for, or the next one: 'set the hearing for July 11', 'for 10 a.m. on July 11', 'programó para
# el 11 de julio', 'para o dia 11 de julho', 'el próximo 11 de julio'; not 'for the June 24 murder'.
_SET_FOR = rx.compile(r"(?i)(?:\b(?:for|para(?:\s+(?:el|o))?(?:\s+d[ií]a)?)\s+(?:[^\W\d_][\w-]*,\s+)?"
                      r"(?:\d[\d:.]*\s*(?:[ap]\.?\s?m\.?|h)?\s+(?:on\s+)?)?|\b(?:pr[oó]xim[oa]|next)\s+)\Z")
# A verb of the past in the clause before a day: 'held since his arrest on June 21', 'Comenzó el 4 de abril', 'o
# navio afundou em 3 de maio'. Not words in -ed that are no verbs ('the United States'), nor a passive of the present
# or the future ('he is to be sentenced May 3', 'when he's sentenced May 7', 'is formally charged').
_ED_VERB = (r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!'s\s)(?<!’s\s)(?<!ly\s)"
            r"\b(?!(?:unit|hundr|inde|spe|bre|cre|gre|ste|sacr|wick|kindr|detail)ed\b)[a-z]{3,}ed\b")
_ROMANCE_PAST = r"\b\w{2,}(?:ó|aron|ieron|ou|aram|eram|iram|[cdrt]eu)\b"  # 'desapareció', 'afundou', 'morreu'
_PAST_ALTERNATION = alternation(PAST_FORMS)  # built once: the list is long
_PAST_VERB_WORDS = r"was|were|had|did|fue|fueron|hab[ií]an?|foi|foram|havia|tinha|" + _PAST_ALTERNATION
_PAST_BEFORE = rx.compile(r"(?i)(?:\b(?:since|desde|" + _PAST_VERB_WORDS + r")\b|" + _ED_VERB + "|" + _ROMANCE_PAST
                          + r")" + _GAP + r"\Z")
_PAST_VERB = rx.compile(r"(?i)\b(?:" + _PAST_VERB_WORDS + r")\b|" + _ED_VERB + "|" + _ROMANCE_PAST)  # anywhere in a sentence
# The same verbs right before a weekday of this week: 'desapareció este domingo' on a Thursday is the Sunday gone, not
# the one to come ('que desapareció este domingo', 'sumiu neste domingo', 'disappeared this Sunday').
_PAST_RIGHT_BEFORE = rx.compile(r"(?i)(?:\b(?:" + _PAST_ALTERNATION + r")\b|" + _ED_VERB + "|" + _ROMANCE_PAST
                                + r")\s+\Z")
# Words that open the day something starts on, which the tense of the clause they are in does not set: 'imposed a
# tariff starting August 1', 'effective August 1', 'a partir del 1 de agosto', 'com início em 1º de agosto'.
_START_WORDS = r"starting|beginning|effective|as\s+of|as\s+from"  # ... in English, which nothing else needs before a day
_STARTING = rx.compile(r"(?i)\b(?:" + _START_WORDS + r"|a\s+partir\s+d(?:e|el|o)(?:\s+d[ií]a)?|"
                       r"con\s+inicio\s+el|com\s+in[ií]cio\s+(?:em|n[oa])|a\s+contar\s+d[eo])\s+(?:(?:the|el|o)\s+)?\Z")
_PARTICIPLE = rx.compile(r"(?i)\b[^\W\d_]{2,}(?:" + alternation(PARTICIPLE_ENDINGS) + r")\b")


@dataclass(frozen=True, slots=True)
class DateSpec:
    """What a date fact reads beyond days that have come. Its defaults are for a search no rule asks for; a rule's
    fact is compiled with ahead false unless it says otherwise."""

    ahead: bool = True  # days after publication are read: the fact is of a day to come (`ahead`)
    months: bool = False  # a month with no day is read ('in August 2021'): the fact may be known only to the month
    cues: re.Pattern[str] | None = None  # the fact's cues: a day first planned is the fact's when they name the plan
    range: str = ""  # of a run of days ('from 27 November to 2 December'), the fact's end: 'start' or 'end' (`range`)


_ANY_DAY = DateSpec()  # when no rule asks: days to come are read, months are not


_MONTH_LEAD = rx.compile(r"\b(in|since|during|until|last|next|desde|en|durante|hasta|em|ate|no\s+mes\s+de|en\s+el\s+mes\s+de"
                         r"|(?:el|o)\s+proximo(?:\s+mes\s+de)?|no\s+proximo\s+mes\s+de)\s+\Z")
# ... and a part of the month: 'in early August', 'a inicios de agosto', 'desde o início de agosto', 'no final de agosto'.
_PART_OF_MONTH_LEAD = rx.compile(r"\b((?:in|since|until|by)\s+(?:early|mid|late)"
                                 r"|(?:a|desde|hasta|para)\s+(?:principios|inicios|comienzos|mediados|finales|fines)\s+de"
                                 r"|(?:no|na|nos|em|desde\s+o|ate\s+o)\s+(?:inicio|comeco|meados|fim|final|fins)\s+de)[\s-]+\Z")
_PART_OF_MONTH_WORDS = ("early", "mid", "late", "inicio", "princip", "comienzo", "mediado", "fin", "comeco", "meados", "fim")


def _month_lead(folded: str, start: int) -> re.Match[str] | None:
    """The words that lead to a month named alone at start and make it one ('in August', 'desde agosto', 'in early
    August'), or None."""
    lead = _MONTH_LEAD.search(folded, max(0, start - 24), start)
    if lead is None and any(w in folded[max(0, start - 24):start] for w in _PART_OF_MONTH_WORDS):
        lead = _PART_OF_MONTH_LEAD.search(folded, max(0, start - 24), start)
    return lead


def _month_alone(month: int, published: date, ahead: bool, last: bool, coming: bool = False) -> Month:
    """The month a name alone stands for: the latest one up to publication (before its month when said to be the last
    one: 'last December' in December is a year back), or for a fact of a day to come the first from publication on;
    said to be the next one ('next April', 'el próximo abril', 'abril que vem'), the first after publication's."""
    year = published.year
    if coming:
        return Month(year if month > published.month else year + 1, month)
    if ahead and not last:
        return Month(year if month >= published.month else year + 1, month)
    this_year = month < published.month or (month == published.month and not last)
    return Month(year if this_year else year - 1, month)


def find(scan: Scan, article: Article, lo: int, hi: int, spec: DateSpec | None) -> list[Candidate]:
    spec = spec or _ANY_DAY
    out, relative = [], set()  # the candidates that are days relative to publication ('this morning', 'Saturday')
    counted = []  # (index, days) of days counted from another ('the day before', 'the next day', 'ten days later')
    same_month = []  # (index, day of the month) of days in the month of another ('no dia 26 do mesmo mês')
    pub = article.published
    for m in scan.matches_at_words(date_pattern(article.language), lo, hi, date_starts(article.language), DATE_LEADS):
        raw = scan.text[m.start():m.end()].strip()
        start, end = m.start() + (len(m.group()) - len(m.group().lstrip())), m.end()
        g = m.groupdict()
        try:
            if g["feast"]:
                out += _feast(scan, article, lo, spec, m)
                continue
            if g["iso"]:
                y, mo, d = map(int, g["iso"].split("-"))
                out.append(Candidate(start, end, date(y, mo, d), f"{date(y, mo, d):%Y-%m-%d}"))
                continue
            if g["m3"]:
                value = Month(int(g["y3"]), MONTHS[" ".join(g["m3"].split())])
                out.append(Candidate(start, end, value, str(value), "" if spec.months else
                                     f"a month ('{raw}'), no day: a fact of a day or a month takes 'months: true'"))
                continue
            if g["m4"]:
                lead = _month_lead(scan.folded, start) if spec.months and pub else None
                if lead:
                    value = _month_alone(MONTHS[g["m4"]], pub, spec.ahead, bool(g["m4last"]) or lead.group(1) == "last",
                                         bool(g["m4next"]) or "next" in lead.group(1) or "proximo" in lead.group(1))
                    out.append(Candidate(start, end, value, str(value),
                                         note=f"'{raw}': the year taken from publication date {pub}"))
                continue
            if g["m1"] or g["m2"]:
                month = _month(g)
                days = [_day(g)] + ([int(g["d2b"])] if g["d2b"] else []) \
                    + ([int(g["d1b"])] if g["d1b"] and int(g["d1b"]) > _day(g) else [])  # 'Nov. 27-30'
                first = min(m.start(k) for k in ("m1", "d2", "dw") if g[k])  # past any 'the' the match takes in
                out += _month_days(scan, article, lo, spec, start, end, first, month, days, g["y1"] or g["y2"])
                continue
            offset = None
            if g["dom"] and g["same"]:  # 'no dia 26 do mesmo mês': the month of the day named before it
                same_month.append((len(out), int(g["dom"])))
                out.append(Candidate(start, end, None, raw))
                continue
            if g["dom"]:
                if pub is None:
                    out.append(Candidate(start, end, None, raw, "a day of the month, and no publication date to resolve it"))
                    continue
                last = date(pub.year, pub.month, 1) - timedelta(days=1)  # the month before: its last day
                value = _month_day_near(last if g["prev"] else pub, int(g["dom"]), ahead=(g["dmod"] or "").strip() == "proximo")
                out.append(Candidate(start, end, value, f"{value:%Y-%m-%d}",
                                     note=f"'{raw}' resolved against publication date {pub}"))
                relative.add(len(out) - 1)
                continue
            if (g["wd"] or g.get("wds")) and (named := _BRACKETED_DAY.match(scan.text, end)) and named.group(2):
                # 'no domingo (14/7)': the day and the month in brackets say which day it is
                month, d = int(named.group(2)), int(named.group(1))
                year = _year_for(month, d, pub, _tense(scan.text, lo, start), spec.ahead)
                value = MonthDay(month, d) if year is None else date(year, month, d)
                raw = scan.text[start:named.end()]
                out.append(Candidate(start, named.end(), value, str(value) if year is None else f"{value:%Y-%m-%d}",
                                     note=f"'{raw}': the day and month in brackets" + (
                                         "" if year is None else f", the year taken from publication date {pub}")))
                continue
            if g["wd"] or g.get("wds"):
                if pub is None:
                    out.append(Candidate(start, end, None, raw, "a weekday, and no publication date to resolve it"))
                    relative.add(len(out) - 1)  # a date after it still says which day it is: 'el lunes 13 de marzo'
                    continue
                target = WEEKDAYS[g["wd"]] if g["wd"] else PT_SHORT_WEEKDAYS[g["wds"]]
                mod = [_SHORT_LEADS.get(w, w) for w in (g["mod"] or "").split()]  # 'esta quarta-feira' is 'nesta'
                if g.get("wds"):  # the word a short weekday is read after: 'nesta terça', 'na próxima quinta'
                    mod = [_SHORT_LEADS.get(w, w) for w in scan.folded[max(0, start - 8):start].split()[-1:]]
                zone = _ZONE_WEEKDAY.match(scan.folded, end) if scan.folded.find("(", end, end + 60) >= 0 else None
                if zone is not None and (delta := (target - WEEKDAYS[zone.group("wd")] + 1) % 7 - 1) <= 1:
                    # 'La gala se celebró el viernes en Tailandia (jueves Guatemala)': the day on the reader's clock, in
                    # brackets, is the one gone by or today, and the day named is a day from it either way
                    offset = -((pub.weekday() - WEEKDAYS[zone.group("wd")]) % 7) + delta
                elif mod and mod[-1] in ("next", "proximo") or _NEXT_AFTER.match(scan.folded, end):
                    offset = (target - pub.weekday()) % 7 or 7  # 'next Thursday', 'el jueves próximo'
                elif (not mod or mod[-1] in _ON_MODS) and _UNTIL_STEMS.search(scan.folded, max(lo, start - 40), start) \
                        and _UNTIL_BEFORE.search(scan.folded, max(lo, start - 40), start) \
                        and not _POSSESSIVE_AFTER.match(scan.text, end):
                    # a weekday a deadline names is the nearest such day either way: the coming one though a verb of
                    # the past sets it ('gave him until late Wednesday', 'hasta el miércoles', 'até quarta-feira' on a
                    # Monday), the one gone once it has passed ('stayed closed until Wednesday' on a Thursday)
                    offset = (target - pub.weekday()) % 7
                    if offset > 3 and not spec.ahead:  # of a fact of a day to come, the coming one
                        offset -= 7
                elif (not mod or mod[-1] in _PLAIN_MODS) and (
                        _ahead(scan.text, lo, start) or _starts_ahead(scan.text, lo, start)  # 'will be halted on Friday'
                        or _fronted_ahead(scan.text, lo, start, end)):  # 'On Sunday, Leo is expected to fly'
                    offset = (target - pub.weekday()) % 7
                elif spec.ahead and (not mod or mod[-1] in _ON_MODS) and 0 < (target - pub.weekday()) % 7 <= 3 and (
                        not _PAST_VERB.search(scan.text, max(_own_clause(scan.folded, lo, start),
                                                             _reported_clause(scan.folded, lo, start)), start)
                        or _WOULD_WEEKDAY.search(scan.text, max(lo, start - 60), start)):
                    # of a fact of a day to come, a weekday of the next three days that no verb of the past before it
                    # in its sentence places behind is the coming one ('Leo continues to Lebanon on Sunday' on a
                    # Thursday; not 'arrived on Sunday', nor 'arrives on Sunday' on a Monday), and a relative clause the
                    # day is in has a verb of its own ('Lutnick suggested the fee, which kicks in on Sunday, would be');
                    # so is one a 'would' of what was said governs ('said a truce would take effect early Wednesday' on a
                    # Tuesday)
                    offset = (target - pub.weekday()) % 7
                elif mod and mod[-1] in _THIS_MODS:  # 'este viernes', 'nesta segunda-feira': the day of that week
                    offset = target - pub.weekday()
                    if abs(offset) >= 5:  # at the week's edge, the nearer one: 'este domingo' on a Monday is the day before
                        offset -= 7 if offset > 0 else -7
                    elif offset > 0 and _PAST_RIGHT_BEFORE.search(scan.text, max(lo, start - 24), start):
                        offset -= 7  # 'desapareció este domingo' on a Thursday: the Sunday gone
                else:
                    offset = -((pub.weekday() - target) % 7)
                    if not offset and _gone_by(scan.folded, start, end, mod):
                        offset = -7  # 'last Wednesday' on a Wednesday: the one a week before
            elif g["back"] or g["on"] or g["back2"] or g["on2"] or g["nd"]:
                n = 1 if not g["nd"] else int(g["nd"]) if g["nd"].isdigit() else _FEW[g["nd"]]
                counted.append((len(out), -n if g["back"] or g["back2"] or g["ndback"] else n))
                out.append(Candidate(start, end, None, raw))
                continue
            elif g["rel"] or g["ago"] or g["hace"] or g["atras"]:
                if g["rel"] and (name := _NAMED_DAY.search(scan.text, max(0, start - 30), end)) and name.end() == end \
                        and not _CAPITAL_NEXT.match(scan.text, end):
                    out.append(Candidate(start, end, None, raw, f"part of a name ('{name.group().strip()}')"))
                    continue
                if pub is None:
                    out.append(Candidate(start, end, None, raw, "a relative day, and no publication date to resolve it"))
                    relative.add(len(out) - 1)
                    continue
                if g["rel"]:
                    offset = RELATIVE_DAYS[" ".join((g["rel"]).split())]
                    if offset == 0 and (years := _ANNIVERSARY.search(scan.folded, max(0, start - 16), end + 40)) \
                            and years.start() <= start < years.end():
                        said = " ".join(scan.text[years.start():years.end()].split())
                        out.append(Candidate(start, end, None, raw, f"a span of years since coming round ('{said}'), "
                                                                    "not the day of the event"))
                        continue
                    if offset == -1 and g["rel"].split()[-1] in _NIGHTS and _SMALL_HOURS.match(scan.folded, end):
                        offset = 0  # 'died last night around 2 a.m.': past midnight, the day it was told
                else:
                    n = g["ago"] or g["hace"] or g["atras"]
                    if g["hace"] and (state := _STILL_BEFORE.search(scan.folded, max(lo, start - 50), start)):
                        said = " ".join(scan.text[state.start():end].split())  # 'está visitando o Líbano há três dias'
                        out.append(Candidate(start, end, None, raw, f"how long a state has lasted ('{said}'), no day"))
                        continue
                    offset = -(int(n) if n.isdigit() else _FEW[n])
            if offset is not None and pub is not None:
                value = pub + timedelta(days=offset)
                note = f"'{raw}' resolved against publication date {pub}"
                named = (g["wd"] or g.get("wds")) and _BRACKETED_DAY.match(scan.text, end)
                stated = named and _day_near(value, int(named.group(1) or named.group(3) or named.group(4)), pub,
                                             either=not _tense(scan.text, lo, start))
                if stated:  # 'nesta quinta-feira (24)', 'na segunda-feira, dia 2': the day of the month says which
                    end, raw = named.end(), scan.text[start:named.end()]
                    note = f"'{raw}': the day of the month " + ("in brackets" if named.group(1) else "after it") + (
                        "" if stated == value else f" (the weekday alone would be {value:%Y-%m-%d})")
                    value = stated
                out.append(Candidate(start, end, value, f"{value:%Y-%m-%d}", note=note))
                relative.add(len(out) - 1)
        except ValueError:
            out.append(Candidate(start, end, None, raw, "not a real calendar date"))
    for i, step in counted:
        out[i] = _count_from(scan, article, lo, out, i, step, spec)
        relative.add(i)
    for i, day in same_month:
        out[i] = _count_from(scan, article, lo, out, i, 0, spec, day=day)
        relative.add(i)
    for i in relative:  # 'this morning 16th August', 'this morning (July 21)': the date after says which day it is
        if i + 1 < len(out) and i + 1 not in relative and out[i + 1].value is not None \
                and _RESTATED.fullmatch(scan.text, out[i].end, out[i + 1].start):
            named = scan.text[out[i + 1].start:out[i + 1].end]
            out[i] = replace(out[i], reason=f"a relative day the date after it names ('{named}')")
            # One phrase: 'said on Sunday (Oct 2)' is when it was said.
            shut = scan.text.startswith(")", out[i + 1].end) and "(" in scan.text[out[i].end:out[i + 1].start]
            out[i + 1] = replace(out[i + 1], start=out[i].start, end=out[i + 1].end + shut)
    if not spec.ahead and pub is not None:  # a fact of a day that has come: a later one is of something else; the
        # day after publication only when its clause sets it to come ('will be announced on Friday' on a Thursday),
        # else it may be the copy's own day across midnight
        out = [replace(c, reason=f"after the publication date ({pub}): a day to come, not one that has come (a fact "
                                 "of a day to come takes 'ahead: true')")
               if not c.reason and (isinstance(c.value, date) and (c.value > pub + timedelta(days=1) or c.value > pub
                                    and _set_to_come(scan.folded, lo, c.start))
                                    or isinstance(c.value, Month) and date(c.value.year, c.value.month, 1) > pub)
               else c for c in out]
    elif not spec.ahead:  # with no date to tell, a day its own clause sets to come: 'will be released Dec. 16'
        out = [replace(c, reason=f"a day to come ('{' '.join(m.group().split())}'), not one that has come (a fact "
                                 "of a day to come takes 'ahead: true')")
               if not c.reason and (m := _set_to_come(scan.folded, lo, c.start)) else c for c in out]
    if spec.range:
        out = _other_end(scan, lo, hi, _ends_of_runs(scan, out, spec.range == "start"), spec)
    return [_not_held(c, scan.folded, lo, spec.cues) if not c.reason else c for c in out]


# Between the first and the last day of a run: 'from Nov. 27 to Dec. 2', 'del 27 de noviembre al 2 de diciembre', 'entre
# 27 de novembro e 2 de dezembro', 'Nov. 30-Dec. 2'.
_RUN_TO = rx.compile(r"[^\S\n]*" + _RANGE_WORDS + r"[^\S\n]*(?:the|el|o|dia)?[^\S\n]*\Z")


def _ends_of_runs(scan: Scan, out: list[Candidate], start: bool) -> list[Candidate]:
    """Of a fact of the start or the end of a run of days, the other end of each run refused (see _RUN_TO); one phrase
    that names both days ('de 27 a 30 de novembro', 'Nov. 27-30') gives both at one span."""
    out = list(out)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.reason or b.reason or not isinstance(a.value, date) or not isinstance(b.value, date) or b.value <= a.value:
            continue
        if (a.start, a.end) != (b.start, b.end) and not _RUN_TO.search(scan.folded, a.end, b.start):
            continue
        said = " ".join(scan.text[a.start:b.end].split())
        if start:
            out[i + 1] = replace(b, reason=f"the last day of a run ('{said}'); the fact is its first (range: start)")
        else:
            out[i] = replace(a, reason=f"the first day of a run ('{said}'); the fact is its last (range: end)")
    return out


def _month_days(scan: Scan, article: Article, lo: int, spec: DateSpec, start: int, end: int, first: int, month: int,
                days: list[int], year_txt: str | None) -> list[Candidate]:
    """The days of a month named at [start, end) (its first word at first), in the year written, else the one its
    tense, the publication date or a date before it gives; with none, days with no year."""
    pub = article.published
    tense = told = 0 if year_txt else _tense(scan.text, lo, first)
    if not year_txt and spec.ahead and spec is not _ANY_DAY and told == 0 \
            and not _PAST_VERB.search(scan.text, *scan.sentence_at(first)):
        tense = 1  # a day of a fact to come, and nothing in its sentence places it behind: the coming one
    year = int(year_txt) if year_txt else _year_for(month, days[0], pub, tense, spec.ahead)
    note = "" if year_txt else f"year taken from publication date {pub}"
    if not year_txt and _unsure(year, month, days[0], pub) \
            and (lent := _lent_year(scan, article.language, first, end, month, days[0], pub, told)):
        year, note = lent
    if year is None and (near := _dated_before(scan, article.language, start, month, days[0])) is not None:
        year, note = near[0].year, f"year taken from the date before it ('{near[1]}')"
    if year is None:
        return [Candidate(start, end, MonthDay(month, d), str(MonthDay(month, d)),
                          note="no year stated, and no publication date to take one from") for d in days]
    return [Candidate(start, end, date(year, month, d), f"{date(year, month, d):%Y-%m-%d}", note=note) for d in days]


# Feasts that fall on one day of the year, folded: 'Christmas Eve', 'Nochebuena', 'véspera de Natal', 'New Year's Day'.
# Christmas alone only where it names the day: 'on Christmas', 'el día de Navidad', 'no Natal' (Natal is a city too:
# 'em Natal').
_FIXED_FEASTS = {
    "christmas eve": (12, 24), "nochebuena": (12, 24), "noche buena": (12, 24), "vispera de navidad": (12, 24),
    "vespera de natal": (12, 24), "vespera do natal": (12, 24),
    "christmas day": (12, 25), "christmas morning": (12, 25), "on christmas": (12, 25), "dia de navidad": (12, 25),
    "en navidad": (12, 25),
    "dia de natal": (12, 25), "no natal": (12, 25),
    "boxing day": (12, 26),
    "new year's eve": (12, 31), "nochevieja": (12, 31), "noche vieja": (12, 31), "vispera de ano nuevo": (12, 31),
    "vespera de ano novo": (12, 31), "reveillon": (12, 31),
    "new year's day": (1, 1), "dia de ano nuevo": (1, 1), "dia de ano novo": (1, 1),
    "dia de reyes": (1, 6), "dia de reis": (1, 6),
    "valentine's day": (2, 14), "dia de san valentin": (2, 14),
    "fourth of july": (7, 4), "halloween": (10, 31),
    "dia de todos los santos": (11, 1), "dia de todos os santos": (11, 1),
    "dia de muertos": (11, 2), "dia de los muertos": (11, 2), "dia de finados": (11, 2),
}
# ... and those that move with Easter: days from Easter Sunday.
_MOVING_FEASTS = {
    "easter sunday": 0, "easter day": 0, "domingo de pascua": 0, "domingo de resurreccion": 0, "domingo de pascoa": 0,
    "easter monday": 1, "lunes de pascua": 1, "segunda-feira de pascoa": 1,
    "holy saturday": -1, "sabado santo": -1, "sabado de aleluia": -1,
    "good friday": -2, "viernes santo": -2, "sexta-feira santa": -2, "sexta-feira da paixao": -2,
    "maundy thursday": -3, "holy thursday": -3, "jueves santo": -3, "quinta-feira santa": -3,
    "palm sunday": -7, "domingo de ramos": -7,
    "ash wednesday": -46, "miercoles de ceniza": -46, "quarta-feira de cinzas": -46,
    "pentecost sunday": 49, "domingo de pentecostes": 49,
}
_BARE_FEASTS = ("on christmas", "en navidad", "no natal")  # not 'on Christmas Eve', 'on Christmas morning'
_FEAST = (r"\b(?P<feast>" + trie_pattern(set(_FIXED_FEASTS) - set(_BARE_FEASTS) | set(_MOVING_FEASTS))
          + r"|(?:" + alternation(_BARE_FEASTS) + r")(?![^\S\n]+(?!(?:and|de|del|do|e|y|when|cuando|quando)\b)[a-z])(?!')"
          r")\b(?![-'])(?:,?\s+(?:(?:de|del|do)\s+)?(?P<fyear>(?:19|20)\d\d)\b)?")
# A weekday that opens a feast's name is no weekday of its own: 'Sexta-feira Santa', 'domingo de Ramos'.
_NOT_FEAST = r"(?!\s+(?:sant[oa]|de\s+(?:ramos|pascua|pascoa|resurreccion|pentecostes|cinzas|ceniza|aleluia)|da\s+paixao)\b)"


def easter(year: int) -> date:
    """Easter Sunday of a year of the Gregorian calendar (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    week = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * week) // 451
    month, day = divmod(h + week - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _feast(scan: Scan, article: Article, lo: int, spec: DateSpec, m: re.Match[str]) -> list[Candidate]:
    """A feast matched by date_pattern as its day ('Christmas Eve' is 24 December), in the year written after it, else
    the one a day of the month would take (see _month_days); one that moves with Easter needs a year to tell its day."""
    name = " ".join(m.group("feast").split())
    start = m.end("feast") - len(name.split()[-1]) if name in _BARE_FEASTS else m.start("feast")  # the day's name, not
    # the preposition before it ('on Christmas')
    end, raw = m.end(), " ".join(scan.text[start:m.end()].split())
    if name in _FIXED_FEASTS:
        month, day = _FIXED_FEASTS[name]
        return [replace(c, note=f"'{raw}' is {_MONTH_NAMES[month - 1]} {day}" + (f"; {c.note}" if c.note else ""))
                for c in _month_days(scan, article, lo, spec, start, end, start, month, [day], m.group("fyear"))]
    shift = timedelta(days=_MOVING_FEASTS[name])
    year = int(m.group("fyear")) if m.group("fyear") else None
    if year is None and article.published is not None:
        near = easter(article.published.year) + shift  # the year a day of the month on it would take, near it
        year = _year_for(near.month, near.day, article.published, _tense(scan.text, lo, start), spec.ahead)
    if year is None:
        return [Candidate(start, end, None, raw, "a feast whose day moves with the year, and no year to tell it")]
    value = easter(year) + shift
    return [Candidate(start, end, value, f"{value:%Y-%m-%d}", note=f"'{raw}' of {year}")]


_ANY_YEAR = 2025  # a year like any other, not a leap one: enough to place a day written without its year in its season


def day_of_sentence(scan: Scan, article: Article, at: int) -> date | None:
    """The one day the sentence holding at names by its month ('on December 24', 'no dia 24 de dezembro', 'Christmas
    Eve'), in the year written or, with none, in a year like any other: enough to tell the season a clock is in."""
    s0, s1 = scan.sentence_at(at)
    key = ("day of sentence", s0)
    if key in scan.memo:
        return scan.memo[key]
    days = set()
    for m in date_pattern(article.language).finditer(scan.folded, s0, s1):
        feast = " ".join(m.group("feast").split()) if m.group("feast") else ""
        if feast in _FIXED_FEASTS:
            days.add((int(m.group("fyear") or _ANY_YEAR), *_FIXED_FEASTS[feast]))
        elif m.group("m1") or m.group("m2"):
            year = m.group("y1") or m.group("y2")
            days.add((int(year) if year else _ANY_YEAR, _month(m.groupdict()), _day(m.groupdict())))
    try:
        found = scan.memo[key] = date(*days.pop()) if len(days) == 1 else None
    except ValueError:
        found = scan.memo[key] = None
    return found


def _not_held(c: Candidate, folded: str, lo: int, cues: re.Pattern[str] | None = None) -> Candidate:
    """The day refused when its clause says it did not hold: first planned ('was originally scheduled for release on
    Oct. 3', 'estaba previsto inicialmente para el 3 de octubre'; not for a fact whose cue is among the words that say
    so: the day first planned is then the fact), or one that would have been ('would have normally been released on the
    first Friday of the month')."""
    before = folded[max(lo, c.start - 70):c.start]
    if not any(w in before for w in _NOT_HELD_WORDS):  # most days hold: a plain search first
        return c
    if (m := _FIRST_PLANNED.search(folded, max(lo, c.start - 70), c.start)) is not None:
        if cues is not None and cues.search(folded, m.start(), m.end("plan")):
            return c
        return replace(c, reason=f"a day first planned ('{' '.join(m.group().split())}'), not the one it came to")
    if (m := _WOULD_HAVE.search(folded, max(lo, c.start - 70), c.start)) is not None:
        return replace(c, reason=f"a day that would have been ('{' '.join(m.group().split())}'), not one that was")
    return c


_PLANNED = (r"(?:scheduled|slated|due|set|planned|expected|previst[oa]s?|programad[oa]s?|marcad[oa]s?|agendad[oa]s?|"
            r"planead[oa]s?|planejad[oa]s?)")
_FIRST = r"(?:originally|initially|first|inicialmente|originalmente|en\s+un\s+principio|previamente)"
_FIRST_PLANNED = rx.compile(r"\b(?P<plan>" + _FIRST + r"(?:\s+[a-z]+){0,2}?\s+" + _PLANNED + r"|" + _PLANNED + r"\s+" + _FIRST
                            + r")\b[^.;:!?,]*\Z")
# A plan made in the past, said so ('was originally scheduled', 'had been set to', 'estaba prevista para', 'originalmente
# programados'): the day it set may have come, whatever its future words.
_PAST_PLAN = rx.compile(r"(?i)\b(?:was|were|had(?:\s+been)?|" + _FIRST + r"|estaba|estaban|estava|estavam|fue|fueron|foi|foram|"
                        r"hab[ií]an?|havia)\s+(?:\w+\s+)?" + _PLANNED + r"\b[^.;:!?]*\Z")
_NOT_HELD_WORDS = ("origin", "initial", "first", "previamente", "principio", "would", "habria", "teria")
_WOULD_HAVE = rx.compile(r"\b(?:would\s+have|habria|habrian|teria|teriam)\b[^.;:!?,]*\Z")


def _set_to_come(folded: str, lo: int, start: int) -> re.Match[str] | None:
    """The words of the clause before a day at start that set it to come ('will be released', 'is expected to'), or None."""
    return _TO_COME.search(folded, max(lo, start - 50), start)


_TO_COME = rx.compile(r"\b(?:will|shall|(?:is|are)\s+(?:now\s+)?(?:set|scheduled|slated|due|expected\s+to|going\s+to)|set\s+for|"
                      r"sera|seran|serao|estara|estaran|estarao|"
                      # an expectation told in the present: 'anticipate receiving a signal on December 27', 'deverá dar
                      # sinal de vida no dia 27', 'esperam um sinal até o dia 27', 'prevista para el 27'
                      r"anticipates?\s+\w+ing|expects?\s+(?:to\s+\w+|\w+ing)|await(?:s|ing)?|hop(?:es?|ing)\s+to|"
                      r"esperan?|esperam|aguardan?|aguardam|se\s+espera|espera-se|debera|deberan|devera|deverao|"
                      r"previst[oa]s?\s+para|"
                      r"se\s+publicara|se\s+divulgara)\b[^.;:!?,]*\Z")


# A day of the month in brackets right after a weekday, as Brazilian copy writes it: 'nesta quinta-feira (24)', and
# with its month: 'no domingo (14/7)'; or set off by a comma: 'na segunda-feira, dia 2', 'no domingo, 08,' (groups 3
# and 4).
_BRACKETED_DAY = rx.compile(r"[^\S\n]*\((?:dia[^\S\n]+)?((?:[12]\d|3[01]|0?[1-9]))[º°o]?(?:/(1[0-2]|0?[1-9]))?\)"  # '(1º)' too
                            r"|[^\S\n]*,[^\S\n]*(?:dia[^\S\n]+([12]\d|3[01]|0?[1-9])\b(?![.,:/]?\d)|([12]\d|3[01]|0?[1-9])[º°]?(?=[,.;)]"
                            r"(?!\d)))")


def _day_near(near: date, day: int, pub: date, either: bool = False) -> date | None:
    """The date on that day of the month a weekday resolved to near names: the one on the same weekday within two
    months of it and on the same side of publication ('na terça-feira (26)' in a story filed ten days on), or on
    either side when no verb told which (either: 'A entrega acontece na quarta-feira, dia 10' on Tuesday the 9th),
    else, as a slip of the weekday's, the one within six days of it ('desta terça-feira (25)' on Tuesday the 26th);
    None when there is neither."""
    days = []
    for months in range(-2, 2):
        month = (near.month - 1 + months) % 12 + 1
        try:
            days.append(date(near.year + (near.month - 1 + months) // 12, month, day))
        except ValueError:  # no 31st in this month
            continue
    days.sort(key=lambda d: abs((d - near).days))
    return next((d for d in days if d.weekday() == near.weekday() and abs((d - near).days) <= 62
                 and (either or (d <= pub) == (near <= pub))),
                next((d for d in days if abs((d - near).days) <= 6), None))


_RESTATED = rx.compile(r"[\s,(—–-]{0,3}")  # "this morning (July 21)", "today—Tuesday, March 18"
_PLAIN_MODS = frozenset("on el no na este neste nesta this".split())
_ON_MODS = _PLAIN_MODS - {"este", "neste", "nesta", "this"}
# Words that set a weekday before the day it is said on: 'last Wednesday', 'la última quarta-feira', 'el miércoles
# pasado', 'quarta-feira passada'.
_GONE_BEFORE = frozenset("last past pasado pasada ultimo ultima".split())
_GONE_AFTER = rx.compile(r"\s+(?:pasad[oa]|passad[oa])\b")
# Words that make a weekday after them the end of a span, a deadline: 'until late Wednesday', 'by Wednesday evening',
# 'by the evening of Wednesday', 'hasta el miércoles', 'hasta la noche del miércoles', 'até quarta-feira', 'até a noite
# de quarta-feira' (folded text).
_UNTIL_BEFORE = rx.compile(r"\b(?:until|till|by|hasta|ate)\s+(?:(?:late|early)\s+|(?:the|la|a)\s+(?:noche|noite|tarde"
                           r"|evening|night|end)\s+(?:del?|da|of)\s+)?\Z")
_POSSESSIVE_AFTER = rx.compile(r"['’]s\b")  # 'hit by Wednesday's storm': no deadline
_UNTIL_STEMS = rx.compile(r"until|till|by |hasta|ate ")  # a quick test first, with no copy of the words before


def _gone_by(folded: str, start: int, end: int, mod: list[str]) -> bool:
    """A weekday said to have gone by: on that same weekday, it is the one a week before."""
    before = mod[-1:] or folded[max(0, start - 8):start].split()[-1:]
    return bool(before and before[0] in _GONE_BEFORE) or bool(_GONE_AFTER.match(folded, end))
_THIS_MODS = frozenset("este neste nesta this".split())  # the weekday of the publication's week, Monday to Sunday
# The word a weekday is read after, as the one it stands for: 'esta quarta-feira', 'desta terça' are 'nesta'.
_SHORT_LEADS = {"esta": "nesta", "essa": "nesta", "nessa": "nesta", "desta": "nesta", "dessa": "nesta", "proxima": "proximo"}


def _tense(text: str, lo: int, start: int) -> int:
    """Whether the clause before a day at start places it ahead (1: a future verb, a day set for), behind (-1: a verb of
    the past) or does not tell (0)."""
    if _FUTURE_BEFORE.search(text, max(lo, start - 50), start) or _SET_FOR.search(text, max(lo, start - 40), start):
        # a plan told in the past sets the day to come of when it was made: 'was originally scheduled for October 30'
        return 0 if _PAST_PLAN.search(text, max(lo, start - 70), start) else 1
    if _STARTING.search(text, max(lo, start - 40), start):
        return 0  # 'slapped a tariff on imports from Brazil, starting August 1': a start the clause's verb does not date
    return -1 if _PAST_BEFORE.search(text, max(lo, start - 60), start) else 0


def _starts_ahead(text: str, lo: int, start: int) -> bool:
    """A word of starting opens the weekday at start in a clause with no verb of the past: the one to come ('restrictions
    that go into effect as from Thursday', 'a partir del jueves')."""
    return _STARTING.search(text, max(lo, start - 40), start) is not None and not _PAST_BEFORE.search(
        text, max(lo, start - 60), start)


# A state that goes on, in the clause before 'há' or 'hace' and a count of days: how long it has lasted, no day ago
# ('o pontífice está visitando o Líbano há três dias', 'está en huelga hace tres días'; not 'chegou há três dias').
_STILL_BEFORE = rx.compile(r"\b(?:esta|estao|estamos|estou|estan|estoy|permanece|permanecen|permanecem|sigue|siguen|segue|seguem)"
                           r"\b[^.;:!?,]{0,40}\Z")
# Verbs of a span's beginning and of its end: a day they govern is that end's (see _other_end).
_BEGIN_VERBS = (r"begins?|began|beginning|starts?|started|starting|kicks?\s+off|kicked\s+off|embarks?|embarked|inicia|inicio"
                r"|iniciara|iniciou|comienza|comenzo|comenzara|empieza|empezo|comeca|comecou|comecara|arranca|arranco")
_END_VERBS = (r"ends?|ended|ending|concludes?|concluded|concluding|finish(?:es|ed)?|wraps?\s+up|wrapped\s+up|concluye|concluyo"
              r"|concluira|conclui|concluiu|termina|termino|terminara|terminou|encerra|encerrou|encerrara|culmina"
              r"|culmino|culminara|finaliza|finalizo|finalizou")
_DURING = rx.compile(r"\b(?:during|durante)\s+(?:(?:the|his|her|its|their|el|la|su|o|a|seu|sua)\s+)?")
_ONE_WORD = rx.compile(r"[a-z]+\s+")
_AUX = r"[^\S\n]+(?:(?:was|were|is|are|will|will\s+be|has|had)[^\S\n]+)?"
_IN_CLAUSE_BEFORE = r")\b[^.;:!?,]{0,40}\Z"  # closes '\b(?:' and words: one of them earlier in the clause
_GOVERNED_BY = {start: (rx.compile(r"\b(?:" + verbs + _IN_CLAUSE_BEFORE), rx.compile(_AUX + r"(?:" + verbs + r")\b"))
                for start, verbs in ((True, _END_VERBS), (False, _BEGIN_VERBS))}
# The last or the first of a series, in a day's clause: the day is that of the series' end or start ('intercepted its
# last remaining boat on Friday', 'interceptou nesta sexta-feira (3) o último dos 42 navios'), unless a verb of the
# fact's own end governs it ('his first trip abroad ends on Tuesday'). Not 'last week', 'the last time'.
_LAST_OF = r"last(?!\s+(?:week|month|year|night|time|weekend))|final|ultimo|ultima|ultimos|ultimas|derradeiro|derradeira"
_FIRST_OF = r"first|primer|primero|primera|primeros|primeras|primeiro|primeira|primeiros|primeiras"
_MARKED_BY = {start: (rx.compile(r"\b(?:" + words + _IN_CLAUSE_BEFORE),
                      rx.compile(r"(?:[^\S\n]*\(\d{1,2}\))?[^\S\n]+(?:(?:the|its|el|la|o|a)[^\S\n]+)?(?:" + words + r")\b"))
              for start, words in ((True, _LAST_OF), (False, _FIRST_OF))}
_SERIES_WORD = rx.compile(r"\b(?:" + _LAST_OF + "|" + _FIRST_OF + r")\b")


def _other_end(scan: Scan, lo: int, hi: int, out: list[Candidate], spec: DateSpec) -> list[Candidate]:
    """Of a fact of the start of a span (range: start), a day a verb of ending governs in its clause is the end's ('His
    trip will conclude on Sunday', 'on Tuesday was concluding'), and so is one whose clause names the last of a series
    ('intercepted its last remaining boat on Friday'); of one of the end, one a verb of beginning governs, or the first
    of a series; a day in a sentence that names the span as the time of something is that thing's, during it
    ('celebrated Mass on Saturday during his trip')."""
    start = spec.range == "start"
    other = "end" if start else "start"
    during = None
    for m in _DURING.finditer(scan.folded, lo, hi) if spec.cues else ():  # past an adjective too: 'during his first trip'
        word = _ONE_WORD.match(scan.folded, m.end())
        if (cue := spec.cues.match(scan.folded, m.end()) or word and spec.cues.match(scan.folded, word.end())) is not None:
            during = m.start(), cue.end()
            break
    out = [replace(c, reason=f"a day of the {other} ('{mark}'), the fact is the {spec.range} (range: {spec.range})")
           if not c.reason and c.value is not None and (mark := _other_end_mark(scan, lo, c, start)) else c
           for c in out]
    if during is None:
        return out
    said = " ".join(scan.text[during[0]:during[1]].split())
    return [replace(c, reason=f"a day of something during the span ('{said}'), not its {spec.range}")
            if not c.reason and c.value is not None else c for c in out]


def _other_end_mark(scan: Scan, lo: int, c: Candidate, start: bool) -> str:
    """What makes the day at c the other end's, for a fact of the start (start) or of the end: a verb of that end
    governing it in its clause, or, with no verb of the fact's own end governing it, a word that marks the last or the
    first of a series (see _MARKED_BY); '' if nothing does."""
    folded, lead = scan.folded, max(lo, c.start - 50)
    before, after = _GOVERNED_BY[start]
    if verb := before.search(folded, lead, c.start) or after.match(folded, c.end):
        return " ".join(scan.text[verb.start():verb.end()].split()[:2])
    before, after = _MARKED_BY[start]
    if (word := before.search(folded, lead, c.start) or after.match(folded, c.end)) is None:
        return ""
    own_before, own_after = _GOVERNED_BY[not start]
    if own_before.search(folded, lead, c.start) or own_after.match(folded, c.end):
        return ""
    series = _SERIES_WORD.search(folded, word.start(), word.end())
    return scan.text[series.start():series.end()]


_WHICH_CLAUSE = rx.compile(r",\s+(?:which|que|cuyo|cuya|cujo|cuja)\s+(?!(?:was|were|had|fue|fueron|foi|foram)\b)"
                           r"(?:[^,;:()]|(?<=\d):(?=\d))*\Z")


def _own_clause(folded: str, lo: int, start: int) -> int:
    """Where a relative clause the day at start is in opens, past its comma ('the fee, which kicks in on Sunday'), else
    lo."""
    m = _WHICH_CLAUSE.search(folded, max(lo, start - 80), start)
    return m.start() if m else lo


# A verb of saying and 'that': the clause after it has a time of its own ('He added that the Thursday deadline').
_REPORTED = rx.compile(r"\b(?:" + alternation(SAY_VERBS + SAID_PLURAL) + r"|added|acrescentou|agrego|anadio)\s+(?:that|que)\b")
# The same day on another clock, in brackets after a weekday and where it is: 'el viernes en Tailandia (jueves
# Guatemala)', 'on Friday in Bangkok (Thursday in New York)'.
_ZONE_WEEKDAY = rx.compile(r"(?:[^\S\n]+[^\W\d]+){0,3}?[^\S\n]*\((?:[^()\n]{0,20}?[^\S\n])?(?P<wd>" + alternation(WEEKDAYS)
                           + r")\b[^()\n]{0,40}\)")
# Words after a weekday that make it the coming one: 'el jueves próximo', 'quinta-feira que vem'.
_NEXT_AFTER = rx.compile(r"\s+(?:proxim[oa]|" + _COMING + r")\b")


def _reported_clause(folded: str, lo: int, start: int) -> int:
    """Where the clause a verb of saying opens before start begins, past its 'that' ('Ele acrescentou que o prazo de
    quinta-feira'), else lo: the verb of saying is no time of the day's."""
    said = list(_REPORTED.finditer(folded, max(lo, start - 120), start))
    return said[-1].end() if said else lo


def _fronted_ahead(text: str, lo: int, start: int, end: int) -> bool:
    """The weekday in [start, end) opens its sentence and a future verb governs it, past the subject: 'On Sunday, Leo is
    expected to fly to Lebanon', 'El domingo, el papa viajará'; not past a verb of the past ('On Sunday, police said
    the man will')."""
    if text[lo:start].strip(" \t\"“'‘").lower() not in ("", "on", "el", "no", "na"):
        return False
    m = _FUTURE_FRONTED.match(text, end)
    return m is not None and not _PAST_VERB.search(text, end, m.start("will")) \
        and not any(fold(w) in SAY_VERBS for w in m.group().split()[:-1])


def _ahead(text: str, lo: int, start: int) -> bool:
    """A future verb governs the weekday at start: see _FUTURE_WEEKDAY."""
    m = _FUTURE_WEEKDAY.search(text, max(lo, start - 80), start)
    return m is not None and all(fold(w) in NOT_PARTICIPLES for w in _PARTICIPLE.findall(m.group("gap")))


def _count_from(scan: Scan, article: Article, lo: int, out: list[Candidate], i: int, step: int, spec: Any,
                day: int | None = None) -> Candidate:
    """A day counted from another ('had closed the day before'): from the nearest day before it in its sentence, else
    the last one of the sentence before ('Police found the body on Monday. He was arrested the next day.'); or, given a
    day of the month, that day of the other's month ('no dia 26 do mesmo mês')."""
    c = out[i]
    raw = " ".join(scan.text[c.start:c.end].split())
    base = next((b for b in reversed(out[:i]) if isinstance(b.value, (date, MonthDay)) and not b.reason), None)
    if base is None and lo > 0:
        s0, s1 = scan.sentence_at(lo - 1)
        if s1 <= lo:
            base = next((b for b in reversed(find(scan, article, s0, s1, spec))
                         if isinstance(b.value, (date, MonthDay)) and not b.reason), None)
    if base is None:
        return replace(c, reason=f"a day counted from another ('{raw}'), and no day named before it")
    named = " ".join(scan.text[base.start:base.end].split())
    note = f"'{raw}' counted from '{named}' ({base.display})"
    if day is not None:
        note = f"'{raw}': of the month of '{named}' ({base.display})"
        try:
            value = base.value.replace(day=day) if isinstance(base.value, date) else MonthDay(base.value.month, day)
        except ValueError:
            return replace(c, reason="not a real calendar date")
        return Candidate(c.start, c.end, value, str(value) if isinstance(value, MonthDay) else f"{value:%Y-%m-%d}",
                         note=note)
    if isinstance(base.value, MonthDay):  # 'On December 24th ... four days later', with no year to tell
        moved = date(2000 if (base.value.month, base.value.day) == (2, 29) else 2001, base.value.month,
                     base.value.day) + timedelta(days=step)
        return Candidate(c.start, c.end, MonthDay(moved.month, moved.day), str(MonthDay(moved.month, moved.day)), note=note)
    value = base.value + timedelta(days=step)
    return Candidate(c.start, c.end, value, f"{value:%Y-%m-%d}", note=note)


def _month_day_near(pub: date, day: int, ahead: bool = False) -> date:
    """The latest date on that day of a month up to pub ('no último dia 25'), or with ahead the first from it on."""
    year, month = pub.year, pub.month
    for _ in range(13):
        try:
            found = date(year, month, day)
        except ValueError:  # no 31st in this month
            found = None
        if found is not None and (found >= pub if ahead else found <= pub):
            return found
        month += 1 if ahead else -1
        year, month = (year + 1, 1) if month == 13 else (year - 1, 12) if month == 0 else (year, month)
    raise ValueError(day)


_MONTH_DAY = rx.compile(r"--(\d\d)-(\d\d)")
_MONTH = rx.compile(r"(\d{4})-(\d\d)")


def parse(value: Any, spec: Any = None) -> Day:
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if m := _MONTH_DAY.fullmatch(text):
                return MonthDay(int(m.group(1)), int(m.group(2)))
            if m := _MONTH.fullmatch(text):
                return Month(int(m.group(1)), int(m.group(2)))
            return date.fromisoformat(text)
        except ValueError:
            pass
    raise ValueError(f"expected a date as YYYY-MM-DD (YYYY-MM for a month, --MM-DD for a day with no year), found {value!r}")


def compile_spec(options: dict[str, Any], error) -> DateSpec:
    found = {}
    for key in ("ahead", "months"):
        found[key] = options.get(key, False)
        if not isinstance(found[key], bool):
            raise error(f"expected true or false, found {found[key]!r}", key=key)
    end = options.get("range", "")
    if end not in ("", "start", "end"):
        raise error(f"expected which day of a run of days is the fact's: start or end, found {end!r}", key="range")
    return DateSpec(**found, cues=phrase_pattern(options.get("cues") or []), range=end)


KIND = Kind(
    name="date",
    options=frozenset({"months", "range"}),  # and the fact's own 'ahead', which the rules pass on
    compile=compile_spec,
    find=find,
    parse=parse,
    relate=relate,
    to_json=lambda v: v.isoformat(),
    show=lambda v, spec=None: v.isoformat() if isinstance(v, date) else str(v),
    specificity=lambda v, spec: 1.0 if isinstance(v, date) else 0.0,
)



# How a phrase of another time that names a figure since replaced begins or ends: it dates its own noun's clause, not
# the sentence it opens ('The initial reports indicated nine fatalities, but authorities later confirmed six').
REPLACED = (("earlier", "initial", "first", "primer", "primero", "primera", "primeiro", "primeira", "minutes", "hours", "days",
             "minutos", "horas", "dias", "after", "tras", "apos"),
            ("inicial", "iniciales", "iniciais", *PREVIO))
# Roughly so long ago: 'há pouco mais de 3 anos', 'hace casi dos años'.
_ROUGHLY = r"(?:(?:(?:un\s+)?poco\s+|pouco\s+)?(?:mas|mais|menos)\s+de\s+|cerca\s+de\s+|casi\s+|quase\s+)?"
# An earlier round of a competition, for a story of its end: 'in the semifinal', 'nas oitavas de final', 'en la fase de
# grupos', 'en route to the final', 'na caminhada até a final'.
_ROUND = (r"(?:semi-?finals?|semis|quarter-?finals?|semifinal(?:es|is)?|(?:cuartos|quartas|octavos|oitavas)\s+de\s+final|"
          r"group\s+stage|fase\s+de\s+grupos|round\s+of\s+(?:16|32))")
_EARLIER_ROUND = (r"\b(?:in|during|en|em|durante|nas?|nos?)\s+(?:(?:the|la|las|los|el|a|as|o|os)\s+)?" + _ROUND + r"\b"
                  r"|\b(?:en\s+route|on\s+the\s+(?:way|road)|camino|caminhada|rumo)\s+(?:to|a|hacia|ate)\s+(?:(?:the|la|a)\s+)?final\b")
# A stretch of months or years up to now: 'shares rise nearly 100% over the last 12 months', 'en los últimos dos años',
# 'nos últimos 12 meses'; not days or weeks, which may be the story's own ('the past two days').
_STRETCH = (r"\b(?:last|past|previous)\s+(?:few\s+|several\s+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven"
            r"|twelve)\s*(?:months|years|decades)\b"
            r"|\b(?:ultimos|ultimas)\s+(?:\d+|dos|tres|cuatro|cinco|seis|doce|dois|quatro|doze)\s+(?:meses|anos|decadas)\b")
STRETCH = rx.compile(_STRETCH)
_OTHER_TIME = rx.compile(
    r"\b(?:last|past|previous)\s+(?:month|year|summer|winter|spring|autumn|fall)\b"
    # the year so far, whose total holds the story's and more: 'in 2021 alone', 'so far this year', 'en lo que va del año'
    r"|\b(?:in\s+(?:19|20)\d\d|this\s+year)\s+alone\b|\bso\s+far\s+this\s+year\b|\bthis\s+year\s+so\s+far\b"
    r"|\ben\s+lo\s+que\s+va\s+(?:del\s+ano|de\s+(?:19|20)\d\d)\b|\b(?:neste|este)\s+ano\s+ate\s+agora\b"
    r"|" + _STRETCH +
    r"|" + _EARLIER_ROUND +
    r"|\bearlier\s+this\s+year\b|\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|few|\d+)\s+"
    r"(?:years?|months?|decades?)\s+(?:ago|earlier|before|after)\b"
    r"|\b(?:" + alternation(INITIALLY) + r")\b"
    # a time named before, looked back on: 'Naquele ano, o Brasil conquistou 21 medalhas', 'back then', 'en aquella ocasión'
    r"|\b(?:(?:in|during)\s+)?that\s+year\b|\bback\s+then\b"
    # ... or the same year as one named before, or as this one, earlier: 'Este mismo año, tres personas murieron'
    r"|\b(?:(?:in|during)\s+)?(?:that|the|this)\s+same\s+year\b|\b(?:este|ese|aquel)\s+mismo\s+ano\b"
    r"|\bn?(?:este|esse|aquele)\s+mesmo\s+ano\b|\bnaquel[ae]\s+(?:ano|ocasiao|epoca|vez|edicao)\b"
    r"|\b(?:en\s+)?aquel(?:la)?\s+(?:ano|ocasion|epoca|vez|edicion)\b|\baquela\s+(?:vez|epoca|edicao)\b"
    r"|\bpreviously\b|\bprevious\b|\boriginal(?:ly)?\b|\banterior(?:es|mente)?\b"
    # another of its kind, before: 'An earlier phase 3 trial reported 89% protection' (not a figure since replaced, below)
    r"|\ban\s+earlier\b(?!\s+(?:(?:reported|given|death|official)\s+)?(?:tolls?|figures?|counts?|tally|estimates?|reports?)\b)"
    # a figure since replaced (see REPLACED): 'the earlier reported death toll of nine', 'the initial reports indicated
    # nine', 'la cifra inicial'
    r"|\b(?:earlier|initial|first)(?:\s+(?:reported|given|gave|put|released|issued|announced))?(?=\s+(?:(?:a|an|the)\s+)?"
    r"(?:(?:death|casualty|official|confirmed|provisional)\s+)?(?:tolls?|figures?|counts?|tally|estimates?|reports?)\b)"
    # not 'the first quarter figures'; and what was reported some hours before: 'hours after officials reported five
    # deaths', 'horas depois de terem reportado cinco falecidos', 'horas después de que se reportaran cinco muertos'
    r"|\b(?:minutes|hours|days|minutos|horas|dias)\s+(?:after|despues\s+de(?:\s+que)?|depois\s+de|tras)\s+"
    r"(?:[a-z]+\s+){0,4}?(?:report|inform|announc|anunci|confirm|divulg)[a-z]*\b"
    r"|\b(?:cifras?|balances?|balancos?|informes|relatos|reportes|estimativas?|estimaciones?)\s+(?:iniciales|inicial|iniciais)\b"
    # 'un reporte previo daba cuenta de 24 internos fugados'; 'tras un reporte preliminar de 14 muertos', 'after a
    # preliminary toll of 14': a figure a later one replaced
    r"|\b(?:reportes?|informes?|balances?|balancos?|recuentos?|conteos?|boletin|boletim)\s+(?:" + alternation(PREVIO) + r")\b"
    r"|\b(?:after|tras|apos)\s+(?:(?:a|an|the|un|una|el|um|uma|o)\s+)?(?:preliminary\s+(?:reports?|tolls?|counts?|tally)"
    r"|(?:reporte|informe|balance|balanco|recuento|conteo|boletin|boletim)\s+(?:preliminar|provisional|provisorio))\b"
    # 'O primeiro balanço indicava 129 mortos', 'la primera cifra oficial'
    r"|\b(?:primer|primera|primeiro|primeira)(?=\s+(?:balance|balanco|recuento|conteo|cifra|informe|boletim|boletin|"
    r"estimativa|estimacion|reporte|relato)\b)"
    r"|\b(?:el|la)\s+(?:mes|ano|semana)\s+pasad[oa]\b|\bano\s+passado\b"  # 'Na estreia, ano passado, Kiptum'
    r"|\b(?:(?:no|a)\s+)?(?:inicio|principios|comienzos|comeco)\s+(?:deste|de\s+este)\s+ano\b"  # 'no início deste ano'
    r"|\bhace\s+" + _ROUGHLY + r"(?:un|una|dos|tres|\d+)\s+(?:anos?|mes|meses)\b"
    r"|\b(?:no|do|na|da)\s+(?:mes|ano|semana)\s+passad[oa]\b|\b(?:del|de\s+la)\s+(?:mes|ano|semana)\s+pasad[oa]\b"
    r"|\bha\s+" + _ROUGHLY + r"(?:um|uma|dois|duas|tres|\d+)\s+(?:anos?|mes|meses)\b"
    r"|\b(?:in|during|back\s+in|between|en|em|durante|entre|el\s+pasado|o\s+passado)\s+(?:(?:early|late|mid)[\s-]+)?(?:(?:the\s+|el\s+|o\s+)?"
    r"(?:summer|winter|spring|autumn|fall|verano|invierno|primavera|otono|verao|inverno|outono)\s+(?:of|de|del)\s+"
    r"|[a-z]+\.?\s+(?:de\s+)?)?(?P<year>(?:19|20)\d\d)\b"  # 'in the summer of 2020', 'en el verano de 2020'
    r"|\b(?:a|an|the)\s+(?P<year2>(?:19|20)\d\d)\s+(?=[a-z])"  # a year that names an event: 'a 1960 tsunami killed 61'
    # ... or after it, before its verb or a clause on it: 'the flood of 1987 killed ten', 'la riada de 1987, que dejó'
    # ... with its day: 'the earthquake of February 27, 2010, which caused', 'el terremoto del 27 de febrero de 2010'
    r"|\b(?:of|de|del|da|do)\s+(?:(?:" + _MONTH_WORDS + r")\s+\d{1,2},?\s+|\d{1,2}\s+de\s+(?:" + _MONTH_WORDS
    + r")\s+(?:de|del)\s+)?(?P<year3>(?:19|20)\d\d)"
    r"(?=\s*[,;:)—–]|\.(?!\d)|\s+(?:that|which|when|que|cuando|quando|[a-z]+ed)\b)"  # or the sentence's end
    # 'since 1939, when a quake killed', 'desde julio de 2020, cuando el IPC fue de 1,9%'
    r"|\b(?:since|desde)\s+(?:[a-z]+\s+(?:de\s+)?){0,2}(?P<since>(?:19|20)\d\d),?\s+(?:when|cuando|quando)\b"
    r"|\b(?:early|late|mid)[\s-]+(?P<month>[a-z]+)\b"
    r"|\b(?:in|during|back\s+in|since|en|em|durante|desde)\s+(?P<month2>" + _MONTH_WORDS + r")\b(?!\s*\d)"
    # a month that names an event, as copy writes a month: 'the February violence', 'los motines de febrero'
    r"|\bthe\s+(?P<month3>" + _MONTH_WORDS + r")\s+(?=[a-z]{3,}\b)"
    r"|\b(?:de|da|do)\s+(?P<month4>" + _MONTH_WORDS + r")\b(?!\s+(?:de\s+|del\s+)?\d)"
    # A day more than a month before publication: 'marched on June 16', 'em 09 de junho', 'el 16 de junio'.
    r"|\b(?:on|since|el|del|en|em|no|desde)\s+(?P<day>\d{1,2})\s+de\s+(?P<dmonth>" + _MONTH_WORDS + r")\b"
    r"(?:\s+(?:de|del)\s+(?P<dyear>(?:19|20)\d\d))?"
    r"|\b(?:on|since)\s+(?P<dmonth2>" + _MONTH_WORDS + r")\.?\s+(?P<day2>\d{1,2})\b(?!\s*:)"
    r"(?:,?\s+(?P<dyear2>(?:19|20)\d\d))?"
)
# Words of a start before a month or a day with no year, which say when a figure takes effect ('Starting in January',
# 'a partir del 1 de enero'), no other time it is of.
# The words of a start before what starts, in the three languages, folded (see _STARTING).
STARTS = _START_WORDS + r"|a\s+partir|com\s+inicio|a\s+contar"
_STARTS_BEFORE = rx.compile(r"\b(?:" + STARTS + r")\s+\Z")
_AMOUNT_NOUNS = frozenset("""total number numero cifra saldo balance toll tally sum suma soma figure count group grupo
    crowd estimate maximum minimum maximo minimo average media promedio lot""".split())  # 'a total of 2000' is a figure
_LAST_WORD = rx.compile(r"\b([a-z]+),?\s+\Z")  # the noun a year dates, or glosses: 'la riada de 1987', 'do Oscar, de 2022'
_MONTH_AGO = 31  # days before publication past which a day is another time than the story's


def other_times(folded_sentence: str, published: date | None, month_filed: int | None = None, months: bool = False,
                written: str = "", years: bool = False) -> list[tuple[int, int, str]]:
    """Phrases placing part of a sentence at another time than the story's ('last year', 'in 2019',
    'early November' a month before publication, 'previously', 'una cifra anterior'), as (start, end, phrase) in
    the sentence. Figures they govern are background. Without a publication date, the month of a dateline with
    no year ('May 17') still places a bare month; with neither, every bare month is given when months is asked for
    (for a fact whose own period is named: any other month is another time), if written as one in the sentence as
    written (see _written_as_month), and so is a day of another month ('el 14 de junio' for a fact of October). A month
    that names an event ('the February violence', 'los motines de febrero') is read only as written. With years (for a
    fact whose own period names a year), every year is given, the story's own too ('so far in 2025' for 2024's cases)."""
    now = published.month if published else month_filed if month_filed is not None else 0 if months else None
    found = []
    for m in _OTHER_TIME.finditer(folded_sentence):
        if m.group("year") or m.group("year2") or m.group("year3"):
            if not years and (published is None
                              or int(m.group("year") or m.group("year2") or m.group("year3")) >= published.year):
                continue  # the story's own year, or no way to tell
            if m.group("year3"):
                noun = _LAST_WORD.search(folded_sentence, 0, m.start())
                if noun is None or noun.group(1) in _AMOUNT_NOUNS:
                    continue  # a figure: 'a total of 2000, including'
                found.append((noun.start(1), m.end(), folded_sentence[noun.start(1):m.end()]))
                continue
        elif m.group("since"):
            if published is not None and int(m.group("since")) >= published.year:
                continue  # 'when' opens what happened in that year, which is before the story's unless it says so
        elif m.group("day") or m.group("day2"):
            day, month, year = m.group("day") or m.group("day2"), m.group("dmonth") or m.group("dmonth2"), \
                m.group("dyear") or m.group("dyear2")
            if not year and _STARTS_BEFORE.search(folded_sentence, max(0, m.start() - 24), m.start()):
                continue  # 'a partir del 1 de enero': when the figure takes effect, not another time
            if published is None:  # with no date to tell, a day of another month than the fact's own period's
                if not (months and now is not None and MONTHS.get(month, now) != now):
                    continue
            elif not _long_before(published, day, month, year):
                continue
        elif m.group("month") or m.group("month2"):
            month = MONTHS.get(m.group("month") or m.group("month2"))
            if month is None or now is None or month == now \
                    or _STARTS_BEFORE.search(folded_sentence, max(0, m.start() - 24), m.start()):
                continue  # ... and 'Starting in January, the minimum wage will rise 13%': when it takes effect
        elif m.group("month3") or m.group("month4"):
            g = "month3" if m.group("month3") else "month4"
            if now is None or MONTHS[m.group(g)] == now or not _written_as_month(written[m.start(g):m.end(g)]) \
                    or g == "month4" and _DAY_BEFORE.search(folded_sentence, max(0, m.start() - 8), m.start()):
                continue  # not a day's month: '28 de febrero'
            found.append((m.start(), m.end(g), folded_sentence[m.start():m.end(g)]))
            continue
        if written and m.group().strip() in INITIALLY and (_FUTURE_AFTER.match(written, m.end())
                                                          or _FUTURE_BEFORE.search(written, max(0, m.start() - 30), m.start())):
            continue  # the first stage of what is to come: 'Inicialmente, será destinada à população de 12 a 59 anos'
        found.append((m.start(), m.end(), m.group().strip()))
    if months and now is not None:  # 'August actually lost 4,000 jobs', 'the August report', 'el dato del mes de agosto'
        for m in _BARE_MONTH.finditer(folded_sentence):
            month = MONTHS[m.group()]
            if month != now and not _DAY_BEFORE.search(folded_sentence, max(0, m.start() - 8), m.start()) \
                    and not any(a <= m.start() < b for a, b, _ in found) \
                    and (not written or _written_as_month(written[m.start():m.end()])):
                found.append((m.start(), m.end(), m.group()))
        for m in _QUARTER.finditer(folded_sentence):  # 'in the second quarter', 'no 2º trimestre', 'the April-June quarter'
            if not any(a <= m.start() < b for a, b, _ in found):
                found.append((m.start(), m.end(), m.group()))
        found.sort()
    return found


# A month named on its own (not before a day: 'August 3'; 'May' and 'March' are words too), and a day before one.
_BARE_MONTH = rx.compile(r"\b(?:" + alternation([m for m in FULL_MONTHS if m not in ("may", "march")])
                         + r")\b(?!\.?\s*\d{1,2}\b)")
_DAY_BEFORE = rx.compile(r"\d\s+(?:de\s+)?\Z")
# A quarter of a year: for a fact whose own period is named, any other is another time.
_QUARTER = rx.compile(r"\b(?:(?:first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|q[1-4]"
                      r"|(?:primer|segundo|tercer|cuarto|primeiro|terceiro|quarto|[1-4]\s*[ºo°]?)\s+trimestre"
                      r"|(?:" + _MONTH_WORDS + r")[\s-]+(?:(?:to|through|a)\s+)?(?:" + _MONTH_WORDS
                      + r")\s+(?:quarter|period|trimestre)|(?:trimestre|periodo)\s+(?:de\s+)?(?:" + _MONTH_WORDS
                      + r")[\s-]+(?:a\s+)?(?:" + _MONTH_WORDS + r"))\b")
_ENGLISH_MONTHS = frozenset(MONTH_NAMES["en"].split())


def _written_as_month(word: str) -> bool:
    """A month name as copy writes a month: capitalised in English, in lower case in Spanish and Portuguese, where a
    capital makes it a name ('Julio Pérez', 'Marco Rubio', 'Abril'), and 'março' with its cedilla ('um marco' is a
    milestone)."""
    folded = fold(word)
    if folded in _ENGLISH_MONTHS:
        return word[:1].isupper()
    return word[:1].islower() and (folded != "marco" or "ç" in word)


def _long_before(published: date, day: str, month: str, year: str | None) -> bool:
    """The day (in the year _year_for gives it, if none is written) is more than a month before publication."""
    try:
        when = date(int(year) if year else _year_for(MONTHS[month], int(day), published), MONTHS[month], int(day))
    except (KeyError, ValueError, TypeError):
        return False
    return (published - when).days > _MONTH_AGO
