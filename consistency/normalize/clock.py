"""The time kind: a time of day ('4:30 a.m.', '16h30', 'midnight') as minutes after midnight; with the fact's
`zone`, a time said in another zone ('21:57 GMT', '18h57 no horário de Brasília') is read on the fact's clock."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from datetime import time as clock_time
from functools import cache
from typing import Any

from .. import rx
from ..lexicon import WEEKDAYS
from ..models import Article, Relation
from ..text import Scan, alternation, fold
from . import Candidate, Kind
from .count import HOURS_BEFORE
from .dates import day_of_sentence

_NAMED = {"noon": 720, "midday": 720, "midnight": 0, "mediodia": 720, "medianoche": 0, "meio-dia": 720,
          "meia-noite": 0, "meio dia": 720, "meia noite": 0}
# Midday is a part of the day more than a time on the clock: 'struck at midday', 'al mediodía' of a quake at 12:50 takes in
# the hour either side of noon. 'Noon' and 'midnight' are times.
_MIDDAY = frozenset({"midday", "mediodia", "meio-dia", "meio dia"})
_MIDDAY_SPREAD = 60
# The hours in words (folded), as a clock says them.
_HOUR_WORDS = {w: i % 12 + 1 for words in (
    "one two three four five six seven eight nine ten eleven twelve",
    "una dos tres cuatro cinco seis siete ocho nueve diez once doce",
    "uma duas tres quatro cinco seis sete oito nove dez onze doze") for i, w in enumerate(words.split())}
# A time of day: '0300 hrs', '4:30 a.m.', '16h30', '3h47min' (Brazilian copy's minutes), 'midnight'.
_TIME = rx.compile(
    r"\b(?P<mh>2[0-3]|[01]\d)(?P<mm>[0-5]\d)(?P<hrs>\s*(?:hrs|hours|horas)\b)?"  # '0300 hrs', '1339 IST'
    r"|\b(?P<h>2[0-3]|[01]?\d)(?:[:.h](?P<m>[0-5]\d)(?:min\b)?(?::[0-5]\d\b)?)?(?:\s*(?P<ap>a\.?\s?m\b\.?|p\.?\s?m\b\.?|h\b|hrs\b|horas\b))?"
    r"|\b(?P<named>" + alternation(_NAMED) + r")\b"
    # an hour in words, before the part of the day ('a las seis de la mañana', 'às quatro da madrugada', 'at four in
    # the morning') or a.m. and p.m. ('four a.m.')
    r"|\b(?P<hw>" + alternation(_HOUR_WORDS) + r")(?=\s+(?:de\s+la|da|in\s+the|at)\s+(?:manana|madrugada|tarde|noche|"
    r"manha|noite|morning|afternoon|evening|night)\b|\s+[ap]\.?\s?m\b)(?:\s+(?P<ap2>[ap]\.?\s?m\b\.?))?"
)

# The part of the day written after a time, which tells the half of the day it is in: 'a las 8:25 de la mañana', 'às
# 7 da noite', '8 in the evening'; group 'late' for the afternoon, evening and night.
_DAY_PART = rx.compile(r"\s+(?:de\s+la\s+(?:manana|madrugada|(?P<late>tarde|noche))"
                       r"|da\s+(?:manha|madrugada|(?P<late2>tarde|noite))|in\s+the\s+(?:morning|(?P<late3>afternoon|evening))|(?P<late4>at\s+night))\b")

# What a time written as four digits follows ('just after 0300 hrs', 'a las 2200 horas'): not '1500 hours of work'.
# Written with a clock's abbreviation after it instead of 'hrs', it may open a bracket too: 'at 1339 IST (0809 UTC)'.
_CLOCK_BEFORE = rx.compile(r"\b(?:at|after|around|about|by|before|until|till|since|from|to|las|as|desde|hasta|ate)\s+\Z")
_ZONED_BEFORE = rx.compile(r"(?:\b(?:at|after|around|about|by|before|until|till|since|from|to|las|as|desde|hasta|ate)"
                           r"\s+|\(\s*)\Z")
# What a whole hour in words follows when it is a time ('a las 17 horas', 'às 17 horas'), not a span ('viagem de 17 horas').
_HOUR_BEFORE = rx.compile(r"\b(?:at|around|about|by|before|until|till|from|to|las|la|as|a|das|desde|hasta|ate|pelas)\s+\Z")

# A time said roughly ('around 1:30 a.m.', 'alrededor de la 1:30', 'sobre la 1.30', 'cerca da 01:30', 'por volta das 7
# horas'), or just after or before one ('shortly after 4 p.m.', 'poco antes de las 16', 'pouco depois das 16h'): the
# quarter of an hour on that side, or on both ('pasadas las 18:00', 'passava pouco das 18h': just after).
_SPREAD = 15
_FEW_MINUTES = r"(?:poco|(?:unos\s+)?(?:pocos\s+)?(?:minutos|momentos|instantes))"  # 'poco', 'unos minutos', 'minutos'
_FEW_MINUTES_PT = r"(?:pouco|(?:alguns\s+|poucos\s+)?(?:minutos|momentos|instantes))"
_ROUGHLY_BEFORE = rx.compile(
    r"\b(?:(?P<about>around|about|approximately|roughly|circa|alrededor\s+de|sobre|hacia|en\s+torno\s+a|cerca\s+de|"
    r"aproximadamente|por\s+volta\s+de|perto\s+de)\s+(?:(?:the|las?|as?|os?)\s+)?"
    r"|(?P<about2>cerca|por\s+volta|perto)\s+d(?:as?|os?)\s+"
    r"|(?P<after>(?:shortly|just|soon|(?:just\s+)?a\s+little|(?:a\s+few\s+)?(?:minutes|moments))\s+after|" + _FEW_MINUTES +
    r"\s+despues\s+de(?:\s+las?)?|" + _FEW_MINUTES_PT + r"\s+depois\s+d(?:as?|e)|pasadas|"  # 'pasadas las 18:00'
    r"passavam?\s+(?:(?:pouco|poucos\s+minutos)\s+)?d(?:as?|e))\s+"  # 'passava pouco das 18h'
    r"|(?P<before>(?:shortly|just|(?:just\s+)?a\s+little|(?:a\s+few\s+)?(?:minutes|moments))\s+before|" + _FEW_MINUTES +
    r"\s+antes\s+de(?:\s+las?)?|" + _FEW_MINUTES_PT + r"\s+antes\s+d(?:as?|e))\s+"
    r"|(?P<bound>after|before|despues\s+de(?:\s+las?)?|antes\s+de(?:\s+las?)?|(?:depois|antes)\s+d(?:as?|e))\s+)"
    r"(?:(?:at|a|as|las?)\s+)?(?:(?:ultima|pasada)\s+)?\Z")  # 'poco después de la última medianoche'


@dataclass(frozen=True, slots=True)
class Roughly:
    """A time of day said roughly: at, in minutes after midnight, and the side it may lie on ('about', 'after',
    'before'), which gives the quarter of an hour it takes in."""

    at: int
    side: str = "about"
    spread: int = _SPREAD

    @property
    def lo(self) -> int:
        return self.at - (0 if self.side == "after" else self.spread)

    @property
    def hi(self) -> int:
        return self.at + (0 if self.side == "before" else self.spread)


def _roughly(scan: Scan, start: int) -> tuple[str, int]:
    """The side a time is said roughly on ('about', 'after', 'before'; '' when it is not) and where the words that say
    so begin: they are part of the value, as a count's hedge is ('por volta das 9h30'); 'bound' when the time is only
    one side of when it happened ('after midnight', 'antes de las 10'), which says no time."""
    m = _ROUGHLY_BEFORE.search(scan.folded, max(0, start - 32), start)
    if m is None:
        return "", start
    if m.group("bound"):
        return "bound", m.start()
    return "about" if m.group("about") or m.group("about2") else "after" if m.group("after") else "before", m.start()


BOUND = "only a bound of the time"  # how the refusal of a time said as one side of when it happened begins


# Zones a time is said in, by what copy writes after it. EST and EDT are both read as Eastern time on the day (copy uses
# them loosely: '17:57 EST' in March), IST as India's. 'Local time' is the fact's own zone.
LOCAL = "local"
# The words after a time that name the fact's own clock: 'local time', 'hora local', and the plurals Spanish and
# Portuguese copy writes after a time ('a las 08:25 h locales', 'às 19h locais').
LOCAL_TIME = r"(?:local\s+time|(?:hora|horario)\s+local)"
LOCAL_WORDS = ("locales", "locais")
_ABBREVIATIONS = {
    "ET": "America/New_York", "EDT": "America/New_York", "EST": "America/New_York",
    "CT": "America/Chicago", "CDT": "America/Chicago", "CST": "America/Chicago",
    "MT": "America/Denver", "MDT": "America/Denver", "MST": "America/Denver",
    "PT": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PST": "America/Los_Angeles",
    "GMT": "UTC", "UTC": "UTC", "BST": "Europe/London", "CET": "Europe/Paris", "CEST": "Europe/Paris",
    "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon", "IST": "Asia/Kolkata", "JST": "Asia/Tokyo",
    "MSK": "Europe/Moscow", "BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "WIB": "Asia/Jakarta", "WITA": "Asia/Makassar",
    "WIT": "Asia/Jayapura", "PHT": "Asia/Manila", "SGT": "Asia/Singapore", "HKT": "Asia/Hong_Kong", "KST": "Asia/Seoul",
    "PKT": "Asia/Karachi", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland", "HST": "Pacific/Honolulu",
    "AKST": "America/Anchorage", "AKDT": "America/Anchorage",
}
# Clocks read in twelve hours, whose copy writes a.m. or p.m.: a time on them with neither ('5:57 ET') is in either half.
_TWELVE_HOURS = frozenset({"America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
                           "America/Anchorage", "Pacific/Honolulu"})
# Abbreviations that name a clock's summer time, which tells the season: '11h07 PDT' in January copy about an April
# eclipse is 18:07 UTC, as on any day of the Pacific's summer.
_DAYLIGHT = frozenset({"EDT", "CDT", "MDT", "PDT", "BST", "CEST", "WEST", "AEDT", "NZDT", "AKDT"})
_PLACES = {  # folded: a place whose clock a time is said on ('hora de Miami', '16:57 en Perú')
    "miami": "America/New_York", "nueva york": "America/New_York", "nova york": "America/New_York",
    "nova iorque": "America/New_York", "new york": "America/New_York", "washington": "America/New_York",
    "brasilia": "America/Sao_Paulo", "lisboa": "Europe/Lisbon", "portugal": "Europe/Lisbon", "madrid": "Europe/Madrid",
    "espana": "Europe/Madrid", "madri": "Europe/Madrid", "peru": "America/Lima", "lima": "America/Lima",
    "colombia": "America/Bogota", "bogota": "America/Bogota", "mexico": "America/Mexico_City",
    "ciudad de mexico": "America/Mexico_City", "argentina": "America/Argentina/Buenos_Aires",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "venezuela": "America/Caracas", "caracas": "America/Caracas", "chile": "America/Santiago", "cuba": "America/Havana",
    "la habana": "America/Havana", "moscow": "Europe/Moscow", "moscu": "Europe/Moscow", "londres": "Europe/London",
    "london": "Europe/London", "greenwich": "UTC", "uk": "Europe/London", "britain": "Europe/London",
    "british": "Europe/London", "reino unido": "Europe/London",
}
_REGIONS = {  # folded: a clock named after 'hora', 'horário', 'time' ('hora del este', 'horário do leste dos EUA')
    "eastern": "America/New_York", "este": "America/New_York", "leste": "America/New_York",
    "costa leste": "America/New_York", "central": "America/Chicago", "pacific": "America/Los_Angeles",
    "pacifico": "America/Los_Angeles", "mountain": "America/Denver", "peninsular": "Europe/Madrid", "local": LOCAL,
    # a country of one clock by its adjective ('a las seis de la mañana hora española', 'hora italiana')
    "espanola": "Europe/Madrid", "italiana": "Europe/Rome", "francesa": "Europe/Paris", "alemana": "Europe/Berlin",
    "colombiana": "America/Bogota", "peruana": "America/Lima", "argentina": "America/Argentina/Buenos_Aires",
    **dict.fromkeys(LOCAL_WORDS, LOCAL),
}
# Past the day the time is on ('11h de sexta-feira (24) no horário de Brasília', '1 a.m. Saturday local time').
_DAY_BETWEEN = (r"(?:[ \t]*,?[ \t]*(?:(?:on|de|del|do|da|deste|desta|este|esta|neste|nesta)\s+)?(?:" + alternation(WEEKDAYS)
                + r"|hoy|hoje)(?:[ \t]*\(\d{1,2}\))?)?")
# 'a las 13:08 de Argentina', '(8h48 do horário de Brasília)'
_LEAD = _DAY_BETWEEN + r"[ \t]*[(,]?[ \t]*(?:(?:no|pelo|pela|en|em|el|na|segun|in|de|do|da|del)\s+)*"
_CLOCK_WORD = r"(?:horario|hora|tiempo)\s+(?:de\s+verano\s+)?(?:(?:de|do|da|del)\s+)?"
_ZONE_AFTER = rx.compile(
    _LEAD + r"(?P<zone>" + _CLOCK_WORD + r"(?P<region>" + alternation(_REGIONS) + r")(?:\s+(?:de\s+|dos\s+)?"
    r"(?:eua|ee\.?\s?uu\.?|estados unidos))?|(?P<english>eastern|pacific|central|mountain|local|locales|locais)(?:\s+time)?"
    r"|(?:" + _CLOCK_WORD + r")?(?P<place>" + alternation(_PLACES) + r")(?:\s+time)?)\b")
_LOCAL_AFTER = rx.compile(_DAY_BETWEEN + r"[ \t]*,?[ \t]*" + LOCAL_TIME + r"\b")
_ABBREVIATION_AFTER = rx.compile(r"[ \t]*[(,]?[ \t]*(?P<zone>(?i:(?:hor[aá]rio|hora|time)\s+)?(?P<abbr>"
                                 + alternation(_ABBREVIATIONS) + r"))\b")


# A time that opens its line, past a dash or a bullet, with a dash or a bar after it (and maybe its zone): the time of an
# entry in a live report, not of what the entry tells ('– 00:45 — 27 people killed', '10:45 GMT | Rescuers reach').
_ENTRY_AFTER = rx.compile(r"[ \t]*(?:[A-Z]{2,4}[ \t]*)?[—–|-][ \t]")
_ENTRY_LEAD = " \t-–—•*|"


def find(scan: Scan, article: Article, lo: int, hi: int, spec: str | None) -> list[Candidate]:
    out = []
    default = _article_clock(scan) if spec else None  # the one clock the article names its times on, if any
    if default is not None and default[0] == spec:
        default = None
    other_clock = False  # the last time read was said on another clock than the fact's
    zoned = False  # the last time read was said on a clock it names
    last_zone = None  # and the zone it named, when the fact has one
    for m in _TIME.finditer(scan.folded, lo, hi):
        midday, part, halfless = False, None, False
        if m.group("named"):
            named = " ".join(m.group("named").split())
            value, midday = _NAMED[named], named in _MIDDAY
        elif m.group("mh"):
            if m.group("hrs") is None:
                if not (_ZONED_BEFORE.search(scan.folded, max(0, m.start() - 12), m.start())
                        and _ABBREVIATION_AFTER.match(scan.text, m.end(), m.end() + 24)):
                    continue  # '1339 IST' is a time on India's clock; a bare '1339' is no time
            elif not _CLOCK_BEFORE.search(scan.folded, max(0, m.start() - 12), m.start()):
                continue  # 'logged 1500 hours' is a duration
            value = int(m.group("mh")) * 60 + int(m.group("mm"))
        else:
            ap = (m.group("ap") or m.group("ap2") or "").replace(".", "").replace(" ", "")
            given = _HOUR_WORDS[m.group("hw")] if m.group("hw") else int(m.group("h"))
            if m.group("hw") and not _HOUR_BEFORE.search(scan.folded, max(0, m.start() - 16), m.start()):
                continue  # 'at four in the morning', 'a las seis de la mañana'; not 'seis de la mañana' alone
            part = None if ap.startswith(("am", "pm")) else _DAY_PART.match(scan.folded, m.end())
            if part is not None and (given > 12 or not m.group("m") and not ap and not _HOUR_BEFORE.search(
                    scan.folded, max(0, m.start() - 16), m.start())):
                part = None  # '18:00 de la tarde' needs no help; 'los 3 de la tarde' is no time
            if not m.group("m") and not ap and part is None:
                continue  # a bare number is no time
            if m.group("m") and scan.folded[m.start():m.end()].count(".") and not ap \
                    and not HOURS_BEFORE.search(scan.folded, max(0, m.start() - 12), m.start()) \
                    and not _LOCAL_AFTER.match(scan.folded, m.end()) \
                    and not _ABBREVIATION_AFTER.match(scan.text, m.end(), m.end() + 24):
                continue  # '6.1' is a decimal, not a time; 'a las 23.20' and '23.57 local time' are one
            if not m.group("m") and ap in ("hrs", "horas") \
                    and not _HOUR_BEFORE.search(scan.folded, max(0, m.start() - 16), m.start()):
                continue  # 'uma viagem de 17 horas' is a span; 'às 17 horas' a time
            hour, minute = given, int(m.group("m") or 0)
            halfless = not ap and part is None and 1 <= hour <= 12 and m.group("m") is not None \
                and not (m.group("h") or "").startswith("0") and article.language == "en" \
                and "h" not in scan.folded[m.start():m.end()]  # '5:57' in English, which a twelve-hour clock writes with
            # a.m. or p.m.; not '1h05', a twenty-four-hour clock's
            if ap.startswith(("am", "pm")):
                if not (1 <= hour <= 12 or hour == 0 and ap.startswith("am")):
                    continue  # '0:08 am' is eight minutes past midnight
                hour = hour % 12 + (12 if ap.startswith("pm") else 0)
            elif part is not None:  # 'a las 8:25 de la mañana', 'às 7 da noite'
                late = part.group("late") or part.group("late2") or part.group("late3") or part.group("late4")
                night = late in ("noche", "noite") or part.group("late4")
                hour = 0 if night and hour == 12 else hour % 12 + (12 if late else 0)  # 'las 12 de la noche': midnight
            value = hour * 60 + minute
        end = part.end() if part is not None else m.end()
        if _ENTRY_AFTER.match(scan.text, m.end()) and not scan.text[
                scan.text.rfind("\n", 0, m.start()) + 1:m.start()].strip(_ENTRY_LEAD):
            # '– 00:45 — 27 people killed in explosion at fireworks market': a live report's entry, stamped
            out.append(Candidate(m.start(), m.end(), value, show(value),
                                 f"the time of a live report's entry ('{scan.text[m.start():m.end()]}'), not when it happened"))
            last_zone = None
            continue
        side, start = _roughly(scan, m.start())
        if side == "bound":
            out.append(Candidate(start, end, value, show(value),
                                 f"{BOUND} ('{scan.text[start:end]}'), not when it happened"))
            last_zone = None
            continue
        side = side or ("about" if midday else "")
        said = zone_after(scan, end) if spec else None
        if halfless and said is not None and said[0] in _TWELVE_HOURS:
            # 'hit the water at 5:57 ET', 'at 3:57 MDT Tuesday': English copy on a North American clock writes a.m. or p.m.
            out.append(Candidate(start, said[2], value, show(value), f"no a.m. or p.m. on a clock read in twelve hours "
                                 f"('{' '.join(scan.text[start:said[2]].split())}'): either half of the day"))
            other_clock = zoned = False
            last_zone = None
            continue
        assumed = said is None and default is not None and not _GLOSS_BEFORE.search(scan.text, max(0, m.start() - 3),
                                                                                     m.start())
        if assumed:  # 'prevista para às 18h57min de terça' in copy whose times are all 'horário de Brasília'
            said = (default[0], default[1], end, False)
        gloss = _glossed(scan, out[-1], m.start(), said and said[0], last_zone) if out else None
        last_zone = said and said[0]
        own = said is not None and said[0] in (LOCAL, spec)
        if gloss is not None and not gloss.reason:
            # a time on the fact's own clock after one on another; or one on a clock it names after one on none, which
            # may be another's than the fact's: '11h30 (7h30 em Brasília)' in Lisbon's copy
            named = said is not None and not own and not zoned
            here = _on_clock(scan, article, start, end, value, spec, side or _side(gloss.value),
                             _MIDDAY_SPREAD if midday else _SPREAD, said) if own and other_clock or named else None
            if here is not None and here.reason:
                here = None
            if here is not None and relate(here.value, gloss.value) is Relation.CONFLICT:
                # '11h de sexta-feira no horário de Brasília (1h deste sábado, no horário local)': a time on the fact's
                # own clock needs no conversion, which the day, a clock's history or the writer may get wrong
                which = "a clock it names" if named else "the fact's own clock"
                out[-1] = replace(gloss, reason=f"the time after it on {which} ('{scan.text[here.start:here.end]}') "
                                                "says otherwise")
                close = here.end + 1 if scan.text.startswith(")", here.end) else here.end  # '11h30 (7h30 em Brasília)'
                out.append(replace(here, start=gloss.start, end=close))  # read where the first is: the two are one phrase
            else:
                out.append(Candidate(m.start(), end, value, show(value),
                                     f"the time before it on another clock ('{scan.text[gloss.start:gloss.end]}')"))
            other_clock = zoned = False
            continue
        if spec == "UTC" and (said is None or said[0] == LOCAL):
            # UTC is no place's clock: copy names it when it means it, and a time on no clock, or 'local', is some
            # place's ('08:25 h locales' of a quake off Kamchatka told from Mexico)
            out.append(Candidate(start, end if said is None else said[2], value, show(value),
                                 "a time on no clock it names, and the fact's is UTC"
                                 if said is None else f"a local time ('{said[1]}'), and the fact's clock is UTC, no place's"))
            other_clock = zoned = False
            continue
        other_clock = said is not None and not own
        zoned = said is not None
        side = side or (_side(gloss.value) if gloss is not None else "")  # its hedge: 'por volta das 13h07 (...) (18h07
        out.append(_on_clock(scan, article, start, end, value, spec, side,  # em Roma)'
                             _MIDDAY_SPREAD if midday else _SPREAD, said))
        if assumed and not out[-1].reason:
            out[-1] = replace(out[-1], note=f"on the clock the article names for its times ({default[1]})")
    return out


# A time that glosses the one before it on another clock opens a bracket, round or square: '12:08am [03:08 GMT]'.
_GLOSS_OPENS = rx.compile(r"[ \t]*[(\[][ \t]*")
_GLOSS_BEFORE = rx.compile(r"[(\[][ \t]*\Z")
# ... or a comma after another time and maybe its clock: 'às 18h08, 14h08 em Brasília'.
_COMMA_GLOSS_BEFORE = rx.compile(r"\d(?:[:h.][0-5]\d)?(?:min)?(?:[ \t]*[ap]\.?[ \t]?m\b\.?)?[^\d,;()\n]{0,40},[ \t]*\Z")
# A time written as a clock's is: minutes after ':', 'h' or '.', or 'a.m.' and 'p.m.' ('18h57', '5:57 p.m.'), which a clock
# named after it is the clock of; not a figure ('o dia 5 em Brasília').
_CLOCK_TIME = rx.compile(r"\b(?:2[0-3]|[01]?\d)(?:[:h.][0-5]\d(?:min\b)?(?:\s*[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?)")


def _article_clock(scan: Scan) -> tuple[str, str] | None:
    """The one clock an article names the times it gives on, other than UTC and local time, with the words that name it
    ('horário de Brasília' in copy that says so once, after the first of its times); None when it names none or several,
    or one after another time, as its conversion ('17h57 (18h57 em Brasília)', 'às 18h08, 14h08 em Brasília')."""
    found = scan.memo.get("article clock", 0)
    if found != 0:
        return found
    named: dict[str, str] = {}
    for m in _CLOCK_TIME.finditer(scan.folded):
        said = zone_after(scan, m.end())
        if said is None or said[0] == LOCAL:
            continue
        if _GLOSS_BEFORE.search(scan.text, max(0, m.start() - 3), m.start()) \
                or _COMMA_GLOSS_BEFORE.search(scan.folded, max(0, m.start() - 60), m.start()):
            named.clear()  # a conversion: the copy's own clock is another
            break
        named.setdefault(said[0], " ".join(said[1].split()).strip("() "))
    found = next(iter(named.items())) if len(named) == 1 and "UTC" not in named else None
    scan.memo["article clock"] = found
    return found


def _glossed(scan: Scan, last: Candidate, start: int, own: str | None, last_zone: str | None) -> Candidate | None:
    """The time a time in brackets right after it glosses, on another clock ('around 6:10 p.m. CEST (12:10 p.m. EDT)',
    '12:08am [03:08 GMT]', '13h07 no horário de Brasília (18h07 em Roma)', past the clock the first is on: 'around 7
    a.m. local time (1400GMT)'), or one right after it and its clock and a comma, on another clock it names (own: the
    zone written after the time at start; last_zone: the one after the last): '1h05, horário do leste dos EUA, 2h05 no
    horário de Brasília'; or None."""
    if last.end > start:
        return None
    if _GLOSS_OPENS.fullmatch(scan.text, last.end, start):
        return last
    if own is not None and last_zone is not None and own != last_zone and _COMMA_ONLY.fullmatch(scan.text, last.end, start):
        return last
    between = scan.text[last.end:start]
    said = zone_after(scan, last.end) if "(" in between or "[" in between else None
    return last if said is not None and said[2] <= start and _GLOSS_OPENS.fullmatch(scan.text, said[2], start) else None


_COMMA_ONLY = rx.compile(r"[ \t]*,[ \t]*")


def _side(value: Any) -> str:
    return value.side if isinstance(value, Roughly) else ""


def _on_clock(scan: Scan, article: Article, start: int, end: int, value: int, zone: str | None,
              side: str = "", spread: int = _SPREAD, said: tuple[str, str, int, bool] | None = None) -> Candidate:
    """The time on the fact's clock when the fact has a zone and the text names the clock the time is said on (said:
    the zone written after it, as zone_after finds it); said roughly on side ('about', 'after', 'before') when it is,
    by spread minutes."""

    def timed(minutes: int) -> int | Roughly:
        return Roughly(minutes, side, spread) if side else minutes

    if said is None:
        return Candidate(start, end, timed(value), show(timed(value)))
    source, label, stop, daylight = said
    if "(" in scan.text[end:stop] and scan.text.startswith(")", stop):
        stop += 1  # the evidence holds the whole aside: '18h58 (horário de Brasília)'
    source = zone if source == LOCAL else source
    day = article.published or (day_of_sentence(scan, article, start) if source != zone else None)
    moved = _convert(value, source, zone, day, daylight)
    if moved is None:
        return Candidate(start, stop, timed(value), show(timed(value)), f"a time on another clock ({label}), and the "
                                                                         "article gives no day to tell the difference on")
    shown = show(timed(moved))
    return Candidate(start, stop, timed(moved), shown if moved == value else f"{shown} ({show(value)} {label})")


def zone_after(scan: Scan, end: int) -> tuple[str, str, int, bool] | None:
    """The zone written right after a time ('17:57 EDT', '18h57 no horário de Brasília', '(hora de Miami)', '13h21 em
    Bangkok', 'Tokyo time'), its words as written, where they end, and whether they name its summer time ('PDT')."""
    m = _ABBREVIATION_AFTER.match(scan.text, end, end + 24)
    if m:
        return _ABBREVIATIONS[m.group("abbr")], m.group("zone"), m.end(), m.group("abbr") in _DAYLIGHT
    m = _ZONE_AFTER.match(scan.folded, end, end + 60)
    if not m:
        m = _city_after().match(scan.folded, end, end + 60)
        if not m:
            return None
        return _cities()[m.group("city") or m.group("city2")], scan.text[m.start("zone"):m.end()], m.end(), False
    name = m.group("region") or m.group("english") or m.group("place")
    found = _REGIONS.get(name) or _PLACES[name]
    return found, scan.text[m.start("zone"):m.end()], m.end(), False


_AREAS = ("Africa", "America", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific")
# Folded: places that keep one clock, named as cities are, after 'in', 'hora de', 'horário do' or before 'time' ('8:25
# a.m. Japan time', 'hora de Japón', '7:17 p.m. Hawaii time'); not one with several (the United States, Brazil, Russia).
# Unlike _PLACES, which Spanish and Portuguese copy names right after a time ('a las 13:08 de Argentina'), not alone: 'at
# 8 a.m. Japan's prime minister said'.
_ONE_CLOCK = {
    "japan": "Asia/Tokyo", "japon": "Asia/Tokyo", "japao": "Asia/Tokyo", "hawaii": "Pacific/Honolulu",
    "hawai": "Pacific/Honolulu", "havai": "Pacific/Honolulu", "china": "Asia/Shanghai", "india": "Asia/Kolkata",
    "south korea": "Asia/Seoul", "corea del sur": "Asia/Seoul", "coreia do sul": "Asia/Seoul", "israel": "Asia/Jerusalem",
    "turkey": "Europe/Istanbul", "turquia": "Europe/Istanbul", "ukraine": "Europe/Kyiv", "ucrania": "Europe/Kyiv",
    "france": "Europe/Paris", "francia": "Europe/Paris", "franca": "Europe/Paris", "germany": "Europe/Berlin",
    "alemania": "Europe/Berlin", "alemanha": "Europe/Berlin", "italy": "Europe/Rome", "italia": "Europe/Rome",
    "egypt": "Africa/Cairo", "egipto": "Africa/Cairo", "egito": "Africa/Cairo", "philippines": "Asia/Manila",
    "filipinas": "Asia/Manila", "thailand": "Asia/Bangkok", "tailandia": "Asia/Bangkok", "taiwan": "Asia/Taipei",
    "new zealand": "Pacific/Auckland", "nueva zelanda": "Pacific/Auckland", "nova zelandia": "Pacific/Auckland",
    "ecuador": "America/Guayaquil", "equador": "America/Guayaquil", "bolivia": "America/La_Paz",
    "paraguay": "America/Asuncion", "paraguai": "America/Asuncion", "uruguay": "America/Montevideo",
    "uruguai": "America/Montevideo",
    # cities the time zone database names in English only
    "roma": "Europe/Rome", "vaticano": "Europe/Rome", "tokio": "Asia/Tokyo", "toquio": "Asia/Tokyo",
    "pekin": "Asia/Shanghai", "pequim": "Asia/Shanghai", "berlim": "Europe/Berlin", "atenas": "Europe/Athens",
    "varsovia": "Europe/Warsaw", "estocolmo": "Europe/Stockholm", "seul": "Asia/Seoul", "viena": "Europe/Vienna",
    "praga": "Europe/Prague", "bruselas": "Europe/Brussels", "bruxelas": "Europe/Brussels", "ginebra": "Europe/Zurich",
    "genebra": "Europe/Zurich", "copenhague": "Europe/Copenhagen", "nueva delhi": "Asia/Kolkata",
    "nova deli": "Asia/Kolkata", "nova delhi": "Asia/Kolkata", "moscou": "Europe/Moscow", "moscovo": "Europe/Moscow",
    "estambul": "Europe/Istanbul", "istambul": "Europe/Istanbul", "kiev": "Europe/Kyiv", "kiiv": "Europe/Kyiv",
    "cidade do mexico": "America/Mexico_City", "rio de janeiro": "America/Sao_Paulo", "san francisco": "America/Los_Angeles",
    "lisboa": "Europe/Lisbon", "londres": "Europe/London", "madri": "Europe/Madrid", "nueva york": "America/New_York",
    "nova york": "America/New_York", "nova iorque": "America/New_York", "cabo verde": "Atlantic/Cape_Verde",
}


@cache
def _cities() -> dict[str, str]:
    """Folded city -> zone, for every city the time zone database names a zone after ('Asia/Bangkok', 'America/Sao_Paulo'),
    and every place of one clock (see _ONE_CLOCK), read once, the first time a zoned fact meets a time said on no clock
    the tables above know."""
    from zoneinfo import available_timezones

    found: dict[str, str] = dict(_ONE_CLOCK)
    for name in sorted(available_timezones()):
        area, _, city = name.partition("/")
        if area in _AREAS and city:
            found.setdefault(fold(city.rsplit("/", 1)[-1].replace("_", " ")), name)
    return found


@cache
def _city_after():
    """A city of the time zone database after a time, as the clock it is said on: after 'in', 'en', 'em', 'no', 'na'
    or a word of clock ('13h21 em Bangkok', 'hora de Bangkok'), or before 'time' ('Tokyo time'); not a name alone
    ('10 a.m. Easter Sunday')."""
    cities = alternation(_cities())
    return rx.compile(r"[ \t]*[(,]?[ \t]*(?P<zone>(?:(?:in|en|em|no|na)\s+(?:(?:horario|hora)\s+(?:de|do|da)\s+)?|"
                      r"(?:horario|hora|tiempo)\s+(?:de|do|da|del)\s+)(?P<city>" + cities + r")\b(?:\s+time\b)?"
                      r"|(?P<city2>" + cities + r")\s+time\b)")


def _convert(minutes: int, source: str, zone: str, published: date | None, daylight: bool = False) -> int | None:
    """Minutes after midnight on `source`'s clock read on `zone`'s, on the day of publication; with no day, only when
    the two clocks differ by the same in January and July. daylight: said on `source`'s summer time, which tells the
    season: read on the day of publication when that clock is on summer time then, else on a day of its summer."""
    if source == zone:
        return minutes
    from zoneinfo import ZoneInfo

    days = [published.date() if isinstance(published, datetime) else published] if published else [
        date(2025, 1, 15), date(2025, 7, 15)]
    if daylight:
        year = days[0].year
        days = [next((d for d in days[:1] + [date(year, 7, 15), date(year, 1, 15)]
                      if datetime.combine(d, clock_time(12), tzinfo=ZoneInfo(source)).dst()), days[0])]
    moved = set()
    for day in days:
        at = datetime.combine(day, clock_time(minutes // 60, minutes % 60), tzinfo=ZoneInfo(source))
        local = at.astimezone(ZoneInfo(zone))
        moved.add(local.hour * 60 + local.minute)
    return moved.pop() if len(moved) == 1 else None


def compile_spec(options: dict[str, Any], error) -> str | None:
    zone = options.get("zone")
    if zone is None:
        return None
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(str(zone))
    except (ZoneInfoNotFoundError, ValueError):
        raise error(f"expected a time zone such as America/New_York or UTC, found {zone!r}", key="zone") from None
    return str(zone)


def show(value: int | Roughly, spec: Any = None) -> str:
    if isinstance(value, Roughly):  # '~01:30', '16:00–16:15': no word of one language
        return f"~{show(value.at)}" if value.side == "about" and value.spread == _SPREAD else \
            f"{show(value.lo)}–{show(value.hi)}"
    value %= 24 * 60
    return f"{value // 60:02d}:{value % 60:02d}"


def to_json(value: int | Roughly) -> Any:
    return {"min": show(value.lo), "max": show(value.hi)} if isinstance(value, Roughly) else show(value)


def _span(value: int | Roughly) -> tuple[int, int]:
    return (value.lo, value.hi) if isinstance(value, Roughly) else (value, value)


def relate(a: int | Roughly, b: int | Roughly, spec: Any = None) -> Relation:
    """Equal times agree; a time said roughly is compatible with any in its quarter of an hour, on either side of
    midnight ('about midnight' and '23:55')."""
    if a == b:
        return Relation.EQUAL
    (a0, a1), (b0, b1) = _span(a), _span(b)
    if any(a0 <= b1 + shift and b0 + shift <= a1 for shift in (-24 * 60, 0, 24 * 60)):
        return Relation.COMPATIBLE if isinstance(a, Roughly) or isinstance(b, Roughly) else Relation.CONFLICT
    return Relation.CONFLICT


def parse(value: Any, spec: Any = None) -> int | Roughly:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 24 * 60:
        return value  # YAML reads 16:30 as a sexagesimal integer: 990 minutes
    if isinstance(value, str):
        found = find(Scan(value), Article("", "", "", value), 0, len(value), None)
        if len(found) == 1:
            return found[0].value
    raise ValueError(f"expected a time of day such as '16:30' or '4:30 p.m.', found {value!r}")


KIND = Kind("time", frozenset({"zone"}), compile_spec, find, parse, relate, to_json, show,
            specificity=lambda v, spec: -(v.hi - v.lo) if isinstance(v, Roughly) else 0.0)
