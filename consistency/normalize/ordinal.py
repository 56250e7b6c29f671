"""The ordinal kind: 'third', '3rd', 'tercero', '3º' -> 3."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .. import rx
from ..lexicon import (
    CONJUNCTIONS,
    FULL_MONTHS,
    MONTH_ABBREVIATIONS,
    MONTHS,
    PAST_FORMS,
    PREPOSITIONS,
    PT_SHORT_WEEKDAYS,
    RELATIVE_DAYS,
    WEEKDAYS,
)
from ..models import Article
from ..text import CLAUSE_BREAK, UPPER, Scan, alternation, fold, past_form, phrase_pattern, right_after
from . import Candidate, Kind, equal_or_conflict

ORDINALS: dict[str, int] = {}
for _words in (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo undecimo duodecimo",
    "primera segunda tercera cuarta quinta sexta septima octava novena decima undecima duodecima",
    "primeiro segundo terceiro quarto quinto sexto setimo oitavo nono decimo decimo-primeiro decimo-segundo",
    "primeira segunda terceira quarta quinta sexta setima oitava nona decima",
):
    for _i, _w in enumerate(_words.split(), 1):
        ORDINALS.setdefault(_w, _i)
ORDINALS.update({"primer": 1, "tercer": 3, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                 "hundredth": 100, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                 "seventeenth": 17, "eighteenth": 18, "nineteenth": 19})
# Tens that take a unit after them: 'twenty-first', 'décimo primero', 'décima primeira', 'vigésimo segundo'.
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "decimo": 10, "decima": 10, "vigesimo": 20, "vigesima": 20, "trigesimo": 30, "trigesima": 30,
         "quadragesimo": 40, "quadragesima": 40, "cuadragesimo": 40, "cuadragesima": 40}
_TENS.update({stem + end: n for stem, n in (("quincuagesim", 50), ("quinquagesim", 50), ("sexagesim", 60),
                                            ("septuagesim", 70), ("setuagesim", 70), ("octogesim", 80), ("nonagesim", 90))
              for end in "oa"})  # 'la sexagésima segunda victoria'

ORDINALS.update({w: n for w, n in _TENS.items() if w[0] != "d" and not w.endswith("y")})  # 'vigésimo' alone is 20th
_UNITS = {w: n for w, n in ORDINALS.items() if n < 10 and w not in ("primer", "tercer")} | {"primer": 1, "tercer": 3}
# Words between an ordinal and the noun it ranks: 'the 11th consecutive weekend', 'la tercera semana seguida'.
_BETWEEN = frozenset("""consecutive straight successive successful consecutiva consecutivo consecutivas consecutivos
    seguida seguido seguidas seguidos""".split())
# What an ordinal may stand before without ranking a noun of its own: 'finished second in the race', 'third place'.
_NOT_NOUNS = frozenset("""in of on at to for and or but by with from as than after before since this that the a an
    place lugar puesto posicao posto posicion position colocacion colocacao spot en de del do da y e o com con por para que
    was is were are placed colocado colocada colocados colocadas clasificado clasificada classificado classificada only
    apenas solo somente again overall behind ahead despues depois antes""".split())
# A figure after a word of place in a ranking numbers the place: 'en el puesto 22 (de 26)', 'ficou no lugar 19'.
_PLACE_NUMBERED = rx.compile(r"\b(?:puesto|lugar|posicion|posicao|colocacion|colocacao)\s+(?:numero\s+)?(?P<n>\d{1,3})"
                             r"(?![\d\w]|[.,]\d)")

# Spanish and Portuguese rank an anniversary, or an edition, with a cardinal: 'el 1.700 aniversario', 'su 66
# cumpleaños', 'la 74 edición de Miss Universo'.
_ANNIVERSARY = rx.compile(r"\b(?P<n>\d{1,3}[,.]\d{3}(?!\d)|\d{1,4})\s+(?:aniversario|cumpleanos|edicion|edicao)\b")
# A place in a race's order, as racing copy writes it: 'from P17 on the grid', 'holding on to P2 and P3'; before a plural
# noun it is a name ('the P5 members').
_POSITION = rx.compile(r"\bp(?P<n>\d{1,2})\b(?![.,]\d)")
_PLURAL_AFTER = rx.compile(r"\s+(?!(?:was|has|does|this|thus|plus|its|his|hers|yes|less|unless)\b)[a-z]{2,}[^s\W]s\b")


@cache
def _pattern() -> re.Pattern[str]:
    words = alternation(ORDINALS)
    compound = rf"(?P<tens>{alternation(_TENS)})[\s-]*(?P<unit>{alternation(_UNITS)})"
    # thousands grouped as copy writes them: 'the 1,700th anniversary', 'o 1.700º aniversário'
    return rx.compile(rf"\b(?P<n>\d{{1,3}}[,.]\d{{3}}(?!\d)|\d{{1,4}})(?:st|nd|rd|th|\s?\.?º|\s?\.?ª|\.?°|o|a)(?!\w)"
                      rf"|\b{compound}\b|\b(?P<w>{words})\b")


_NEXT = rx.compile(r"[\s\"'-]*([^\W\d_]+)")  # past a quotation mark: "el segundo 'grande' que gana"
# Another rank joined to an ordinal, past which the noun they both rank comes: 'O 29º e último dia', 'the third and
# final day'.
_JOINED = rx.compile(r"\s+(?:and|or|y|e|o|ou)\s+(?:last|final|ultim[oa]|penultim[oa]|[a-z]+(?:th|st|nd|rd)|"
                     r"(?:segund|tercer|quart|cuart|quint|sext)[oa])(?=\s)")
# The first since a time, or in a span of one, is no rank in a sequence: 'their first world title since 1986', 'the
# first World Cup hat-trick since 1966', 'su primer título en 36 años'.
_SINCE = rx.compile(r"(?:[\s-]+[\w'’-]+){0,6}?\s+(?P<tail>since|desde|(?:in|en|em)\s+(?:\w+\s+){0,2}?(?:days|weeks|months|years|"
                    r"decades|dias|semanas|meses|anos|decadas))\b")
# ... and so is one the time follows past what sets the noun's owner off, in brackets or as an appositive: 'the first
# defeat for Alvarez (63-3-2, 39 KOs), the 35-year-old champion from Mexico, since losing to Bivol'.
_SINCE_PAST_ASIDE = rx.compile(r"(?P<lead>(?:[\s-]+[\w'’-]+){0,4}?)(?P<aside>(?:\s*\([^()]{0,60}\))?"
                               r"(?:\s*,\s*(?:the|a|an|el|la|o)\s[^,;.()]{0,160},)?)\s+(?:since|desde)\b")
_OPENS_PHRASE = frozenset("after before despues depois antes tras apos".split())
# 'for the third time', 'por tercera vez', 'pela terceira vez' rank the event of their clause: what the cue names.
_TIMES = frozenset({"time", "vez", "ocasion", "ocasiao"})
_TIME_OF = rx.compile(r"[\s-]+(?:" + "|".join(sorted(_TIMES)) + r")\b")


# What makes the noun after it a role someone takes, up to two words before the noun: 'as (Brazil's) president', 'como
# presidente', 'the position of president', 'o cargo de', 'becomes', 'proclamado', 'elected'.
_ROLE_BEFORE = rx.compile(r"\b(?:as|como|position\s+of|post\s+of|office\s+of|cargo\s+de|puesto\s+de|posto\s+de"
                          r"|becomes?|became|torna-se|tornou-se|se\s+convierte\s+en|proclaimed|proclamad[oa]|elected"
                          r"|elegid[oa]|eleit[oa]|named|nombrad[oa]|nomead[oa])\s+(?:[\w'’]+\s+){0,2}?\Z")


@dataclass(frozen=True)
class OrdinalSpec:
    ranked: re.Pattern[str]  # the cue right after an ordinal is what it ranks
    numbered: re.Pattern[str]  # a figure after the cue, numbering it: 'el papa número 267', 'el Papa 267 de la Iglesia'
    reached: re.Pattern[str]  # a figure of the cue led to by 'at': 'aos 86 minutos', 'a los 85 minutos', 'on 43 minutes'
    events: re.Pattern[str] | None  # the cues that are no word of times: what 'the fourth time' must be the time of


# After a figure that numbers the cue with no word of number: the end of its phrase, not a noun it would count ('el
# Papa 267 de la Iglesia', 'o papa 267.'; not 'el papa 2 días después'); or, after a figure over one, a word that is
# no plural, which a noun it counted would be, nor a scale word or a unit ('en el movimiento 55 permitió', 'no lance 55
# para', 'Game 14 ended'; not 'el papa 2 días', 'round 12 million').
_NUMBER_ENDS = (r"(?=\s*(?:[,.;:)]|\Z|\s(?:de|del|da|do|en|em|na|no|of|in|desde|since)\b)"
                r"|[^\S\n]+(?P<word>(?!(?:mil|million|millones|millon|milhoes|milhao|billion|bilhoes|bilhao|km|kg|mi|m|cm|mm|"
                r"ft|lb|h|min)\b)[a-z]+(?<!s)\b))")


def compile_spec(options: dict[str, Any], error) -> OrdinalSpec | None:
    cues = phrase_pattern(options.get("cues") or [])
    if cues is None:
        return None
    numbered = rx.compile(cues.pattern + r"\s+(?:(?:numero|number|n\.?\s?[ºo°])\s*(?P<n>\d{1,4})(?![\d\w])"
                          r"|(?P<bare>\d{1,4})(?![\d\w]|[.,]\d)" + _NUMBER_ENDS + ")")
    events = phrase_pattern([c for c in options.get("cues") or [] if fold(str(c)).rstrip("*") not in _TIMES])
    reached = rx.compile(r"\b(?:at|on|aos|as|a\s+los|a\s+las)\s+(?P<n>\d{1,3})\s+" + cues.pattern)
    return OrdinalSpec(right_after(options.get("cues") or []), numbered, reached, events)


def find(scan: Scan, article: Article, lo: int, hi: int, spec: OrdinalSpec | None) -> list[Candidate]:
    out = []
    folded = scan.folded
    for m in _pattern().finditer(folded, lo, hi):
        value = _value(m)
        reason = _fraction(scan, m) or _day_of_month(scan, m) or (article.language == "pt" and _according(scan, m)) \
            or _ranks_another(folded, m.end(), spec.ranked if spec else None, article.language == "en",
                              spec.events if spec else None)
        if not reason and spec is not None and (times := _TIME_OF.match(folded, m.end())) is not None:
            events = [] if spec.events is None else list(spec.events.finditer(folded, lo, hi))
            said = " ".join(scan.text[m.start():times.end()].split())
            # 'This isn't the first time Trump has threatened retaliation': the time of an event no cue names; 'sworn
            # in as Brazil's president for the third time': the times one took a role the cues name, no rank among
            # those who held it
            if not events:
                reason = f"the time of another event ('{said}')"
            elif all(_ROLE_BEFORE.search(folded, max(lo, e.start() - 40), e.start()) for e in events):
                reason = f"the times one took the role ('{said}'), no rank among those who held it"
        out.append(Candidate(m.start(), m.end(), value, show(value), reason))
    anniversary = folded.find("aniversario", lo, hi) >= 0 or folded.find("cumpleanos", lo, hi) >= 0 \
        or folded.find(" edic", lo, hi) >= 0  # the quick test
    for m in _ANNIVERSARY.finditer(folded, lo, hi) if anniversary else ():  # 'el 1.700 aniversario': a cardinal ranks it
        value = _grouped(m.group("n"))
        out.append(Candidate(m.start("n"), m.end("n"), value, show(value)))
    for m in _PLACE_NUMBERED.finditer(folded, lo, hi):
        value = int(m.group("n"))
        out.append(Candidate(m.start("n"), m.end("n"), value, show(value), _within_part(folded, m.start(), m.end())))
    for m in _POSITION.finditer(folded, lo, hi):  # 'from P17 on the grid', 'holding on to P2 and P3'
        if scan.text[m.start()] == "P":
            value = int(m.group("n"))
            code = _PLURAL_AFTER.match(scan.text, m.end())  # 'the P5 members': a group's name
            out.append(Candidate(m.start(), m.end(), value, show(value),
                                 f"a name ('{scan.text[m.start():code.end()]}'), no place" if code else ""))
    if spec is not None:
        for m in spec.numbered.finditer(folded, lo, hi):
            group = "n" if m.group("n") else "bare"
            if any(c.start == m.start(group) for c in out):
                continue  # a place's number, read above: 'puesto 22' when `puesto` is a cue
            value = int(m.group(group))
            if m.group("word") and value < 2:  # 'el papa 1 día': a singular counted noun after one
                continue
            year = group == "bare" and 1800 <= value <= 2100  # 'el papa 2013.': a year, not a rank
            out.append(Candidate(m.start(group), m.end(group), value, show(value),
                                 "a year" if year else _within_part(folded, m.start(), m.end())))
        for m in spec.reached.finditer(folded, lo, hi):  # 'aos 86 minutos': the 86th minute
            value = int(m.group("n"))
            out.append(Candidate(m.start("n"), m.end("n"), value, show(value), _within_part(folded, m.start(), m.end())))
    return out


# A day of the month written as an ordinal, by the month after it or the day before it: '1º de janeiro', '1º.jan.2023',
# 'the 1st of January', 'January 1st', 'Jan. 1st', 'no dia 1º', 'neste domingo (1º)', 'domingo, 1.º,', 'Sunday (1st)',
# 'subiu hoje (1º)'. A short month only joined by a point, or an English one before: not '1st out of 20', 'the 2nd set'.
_MONTH_AFTER = rx.compile(rf"(?:\s*\.?\s*(?:(?:de|of)\s+)?(?:{alternation(FULL_MONTHS)})|\.(?:{alternation(MONTHS)}))\b")
_DAY_BEFORE = rx.compile(rf"\b(?:(?:{alternation([*WEEKDAYS, *PT_SHORT_WEEKDAYS, *RELATIVE_DAYS])})[\s,]*\(?\s*(?:dia\s+)?"
                         rf"|(?:{alternation(FULL_MONTHS)}|dia|(?:{alternation(MONTH_ABBREVIATIONS['en'].split())})\.?)\s+)\Z")


def _day_of_month(scan: Scan, m: re.Match[str]) -> str:
    """Why the ordinal m, written in figures, is a day of the month and no rank, or ''."""
    if not m.group("n") or not 1 <= _value(m) <= 31:
        return ""
    month = _MONTH_AFTER.match(scan.folded, m.end())
    if month is None and _DAY_BEFORE.search(scan.folded, max(0, m.start() - 30), m.start()) is None:
        return ""
    return f"a day of the month ('{' '.join(scan.text[m.start():month.end() if month else m.end()].split())}'), no rank"


# In Portuguese 'segundo' is also 'according to': before a source, a name or an article and a word ('segundo a Academia',
# 'segundo Reuters', 'segundo o G1'), or a plural it could not rank ('segundo especialistas'), with no determiner before
# it ('o segundo a chegar', 'em segundo lugar' rank).
_SOURCE_AFTER = rx.compile(rf"[^\S\n]+(?:(?:[oa]s?|[OA]s?)[^\S\n]+[^\W\d_]|[{UPPER}]|(?!(?:mais|menos|apos|depois|antes)\b)"
                           r"[a-z]{2,}[aeiou]s\b)")
_RANK_DETERMINERS = frozenset("""o a os as um uma seu sua seus suas meu minha do da dos das no na nos nas ao aos pelo pela
    pelos pelas num numa este esta esse essa aquele aquela em de cada""".split())


def _according(scan: Scan, m: re.Match[str]) -> str:
    """Why 'segundo' at m is the preposition 'according to' and no rank, or ''."""
    if m.group("w") != "segundo" or (source := _SOURCE_AFTER.match(scan.text, m.end())) is None:
        return ""
    before = scan.folded[max(0, m.start() - 16):m.start()].split()
    if before and before[-1] in _RANK_DETERMINERS:
        return ""
    said = scan.text[m.start():_WORD_END.match(scan.text, source.end()).end()]
    return f"'according to', no rank ('{' '.join(said.split())}')"


_WORD_END = rx.compile(r"[\w'’-]*")


_INFINITIVE_END = rx.compile(r"\bto\s+[a-z]+\Z")  # a cue that ends in an infinitive: what follows is its object
_ANNIVERSARY_END = rx.compile(r"\b(?:anniversary|aniversario|birthday|cumpleanos)\Z")  # the noun an anniversary's rank ranks


# A rank within a part of the whole, the part ranked: 'aos 40 minutos do segundo tempo', 'in the 40th minute of the second
# half', 'al minuto 43 del primer tiempo'.
# ... or the part named as the second half, or as the same one a rank before was within: 'a los 38 minutos del
# complemento', 'a los 37 minutos del mismo período', 'aos 20 minutos do mesmo tempo'.
_PART_AFTER = rx.compile(r"\s+(?:of\s+the|do|da|del|de\s+la)\s+(?:(?:" + alternation(ORDINALS) + r")\s+[a-z]+"
                         r"|complemento\b|(?:mism|mesm)[oa]\s+(?:periodo|tiempo|tempo|parte)\b)")


def _within_part(folded: str, start: int, end: int) -> str:
    """Why the rank written in [start, end), with the noun it ranks, is one within a ranked part of the whole, or ''; an
    anniversary is of what follows it, no part ('the 1,700th anniversary of the First Council of Nicaea')."""
    if _ANNIVERSARY_END.search(folded, start, end):
        return ""
    part = _PART_AFTER.match(folded, end)
    return f"a rank within a part ('{' '.join(folded[start:part.end()].split())}'), not in all" if part else ""


# An ordinal word after an indefinite article and before 'of' is a fraction, or a second of time: 'a third of the votes',
# 'un cuarto de punto porcentual', 'um quinto dos votos', 'un segundo de ventaja'.
_FRACTION_BEFORE = rx.compile(r"\b(?:a|one|un|una|um|uma)\s+\Z")
_FRACTION_AFTER = rx.compile(r"\s+(?:of|de|del|do|da|dos|das)\b")


def _fraction(scan: Scan, m: re.Match[str]) -> str:
    """Why the ordinal word m is a fraction and no rank ('un cuarto de punto'), or ''."""
    after = _FRACTION_AFTER.match(scan.folded, m.end()) if m.group("w") else None
    before = _FRACTION_BEFORE.search(scan.folded, max(0, m.start() - 5), m.start()) if after else None
    return "" if before is None else f"a fraction ('{' '.join(scan.text[before.start():after.end()].split())}'), no rank"


# A run, not a total: 'a third straight title', 'su segundo título consecutivo', 'pela segunda vez seguida', 'the second
# year in a row'.
_STREAK_AFTER = rx.compile(r"(?:[\s-]+[\w'’]+){0,3}?[\s-]+(?:consecutiv[eoa]s?|consecutively|seguid[oa]s?|straight|successive|"
                           r"in\s+a\s+row|running|de\s+forma\s+consecutiva)\b")
# The noun an ordinal ranks, with a phrase of the ranked noun after it: 'o sexto título de Grand Slam', 'the second title
# at the U.S. Open', 'su segundo título en el US Open'.
_OF_NEXT = rx.compile(r"\s+(?:de|do|da|del)(?=\s)")
_HEAD_OF = rx.compile(r"[\s-]+([a-z]+)\s+(?:of|at|in|de|del|do|da|en|em|no|na)\s+(?:(?:the|el|la|o|a)\s+)?")
# A count within a year, a season, a day or a sitting is not the total: 'his second Grand Slam title of 2025', 'su
# segundo Grand Slam del año', 'his second Grand Slam victory over Alcaraz this year', 'o segundo título da temporada',
# 'the first ballot of today's afternoon session', 'na segunda votação do dia'.
_PERIOD = (r"(?:(?:19|20)\d\d|year|season|ano|temporada|day|dia|session|sesion|sessao|morning|afternoon|evening|manana|manha"
           r"|week|semana|month|mes)")
_PERIOD_AFTER = rx.compile(r"(?:\s+[\w'’]+){0,3}?\s+(?:(?:of|in|de|del|en|em|do|da|during|durante)\s+(?:(?:the|el|la|este|"
                           r"esta|o|a|this|today['’]s)\s+)?(?:(?:morning|afternoon|evening)\s+)?"
                           + _PERIOD + r"|(?:this|este|esta|neste|nesta)\s+" + _PERIOD + r")\b")
_PERIOD_WORD = rx.compile(_PERIOD + r"\b")
_NAME_WORD = rx.compile(rf"[\s-]+[{UPPER}][\w'’.]*")  # a name ranking the noun with the ordinal: 'a 16th Copa America title'


def running_totals(scan: Scan, lo: int, hi: int, nouns: re.Pattern[str], english: bool = False,
                   own: re.Pattern[str] | None = None) -> list[Candidate]:
    """The ordinals in [lo, hi) that rank one of nouns, each a count so far: 'a record 16th Copa America title' is the
    16th, so 16 titles; 'pela 16ª vez', 'su quinto gol', 'decimosexto campeonato'. A name may stand between ('16th Copa
    America title'); a rank of a run counts the run, not the total, and is refused ('a third straight title', 'segundo
    título consecutivo', 'por segunda vez consecutiva'), and so is one of a noun the cue is written onto in English ('the
    second-largest bank failure' for 'largest bank'; not another of nouns: 'her second Oscar win', 'her second career
    victory' for `Oscar`, `win`, `career`, `victory`; nor a word of a win: 'his second major tournament'); one that
    ranks no such noun is no count and is left out. One within a period is no total ('his eighth victory of the
    season'), unless own, the fact's cues, names the period: then the fact counts within it; a period is never the
    phrase that a noun of another kind is ranked by ('a sixth engine of the season'). Its noun may be left out before
    'de' and a noun of the fact ('su undécimo título de PGA y segundo de Grand Slam')."""
    out = []
    folded, text = scan.folded, scan.text
    for m in _pattern().finditer(folded, lo, hi):
        at, names = m.end(), 0
        streak = ""
        while True:
            noun = nouns.match(folded, at)
            if noun is not None:
                break
            word = _NEXT.match(folded, at)
            if word is not None and word.group(1) in _BETWEEN:
                streak, at = word.group(1), word.end()
            elif word is not None and word.group(1) in _TIMES:
                noun = word
                break
            elif names < 4 and (name := _NAME_WORD.match(text, at)) is not None:
                names, at = names + 1, name.end()
            elif (head := _HEAD_OF.match(folded, at)) is not None and head.group(1) not in _NOT_NOUNS \
                    and nouns.match(folded, head.end()) and not _PERIOD_WORD.match(folded, head.end()):
                at = head.end()  # 'o sexto título de Grand Slam', 'su segundo título en el US Open'
            elif at == m.end() and (of := _OF_NEXT.match(folded, at)) is not None and nouns.match(folded, of.end()):
                at = of.end()  # its noun left out: 'suma su undécimo título de PGA y segundo de Grand Slam'
            else:
                break
        if noun is None:
            continue
        value = _value(m)
        run = run_after(folded, noun.end())
        reason = ""
        period = None if streak or run else within_period(folded, noun.end())
        if streak or run:
            said = " ".join(text[m.start():run.end() if run else noun.end()].split())
            reason = f"a run, not a total ('{said}')"
        elif since := _since_after(folded, m.end()):  # 'for the first time since 1988', 'a terceira vez desde a vitória'
            reason = since
        elif period and not (own is not None and own.search(folded, period.start(), period.end())):
            reason = f"a count within a period ('{' '.join(text[m.start():period.end()].split())}'), not the total"
        elif (narrower := restriction(folded, noun.end())) and not origin_named(own, folded, narrower):
            # 'o segundo troféu no Grand Slam americano'; not what the fact counts ('the fourth winner from Mexico')
            reason = f"a count of some of them only ('{' '.join(text[m.start():narrower.end()].split())}')"
        elif english and (head := noun_after(folded, noun.end())) is not None and nouns.match(folded, noun.end()) is None \
                and head.group(1) not in _WINS:  # 'his second major tournament' is his second major
            reason = f"ranks something else ('{' '.join(text[m.start():head.end()].split())}')"
        out.append(Candidate(m.start(), m.end(), value, show(value), reason))
    return out


# What a running total of wins ranks after the noun of what was won, which that noun then only describes: 'his second
# major tournament', 'her third Grand Slam trophy'.
_WINS = frozenset("title win victory crown championship tournament trophy triumph".split())


def within_period(folded: str, end: int, years: bool = True) -> re.Match[str] | None:
    """The words in its clause after a ranked noun ending at end that place it within a period ('of the season', 'esta
    semana', and with years 'of 2025'), or None."""
    period = _PERIOD_AFTER.match(folded, end + (folded[end:end + 1] in ("\"", "'")))  # 'el primer «grande» de la temporada'
    if period is None or not years and period.group()[-1].isdigit() or CLAUSE_BREAK.search(folded, end, period.end()):
        return None
    return period


def run_after(folded: str, end: int) -> re.Match[str] | None:
    """The words that make what ends at end a run, in its clause ('titles in a row', 'títulos importantes
    consecutivos'), or None."""
    run = _STREAK_AFTER.match(folded, end)
    return None if run is None or CLAUSE_BREAK.search(folded, end, run.end()) else run


def _grouped(figures: str) -> int:
    """The figures of a rank, their thousands grouped or not ('1,700', '1.700', '17')."""
    return int(figures.replace(",", "").replace(".", ""))


def _value(m: re.Match[str]) -> int:
    if m.group("n"):
        return _grouped(m.group("n"))
    if m.group("tens"):
        return _TENS[m.group("tens")] + _UNITS[m.group("unit")]
    return ORDINALS[m.group("w")]


def _since_after(folded: str, end: int, named: re.Pattern[str] | None = None) -> str:
    """Why an ordinal ending at end is counted since another time, or in a span of one, and no rank (see _SINCE), or
    ''; not past a conjunction or another rank, which the time is of ("the third win and the country's first since
    1988"), nor past a word that opens a phrase of its own ('finalizó sexto después de haber salido desde la pole'),
    nor when a cue of the fact (named) names the span ('Macron's fifth prime minister in two years')."""
    since = first = _SINCE.match(folded, end)
    lead = folded[end:since.end()].split()[:-1] if since else []
    if since is None or CLAUSE_BREAK.search(folded, end, since.end()):
        since = _SINCE_PAST_ASIDE.match(folded, end)
        if since is None or not since.group("aside") or CLAUSE_BREAK.search(folded, end, since.end("lead")):
            return ""
        lead = since.group("lead").split()
    if any(w in ORDINALS or w in CONJUNCTIONS or w in _OPENS_PHRASE for w in lead):
        return ""
    if first is not None and _names(named, folded, first.start("tail"), first.end()):
        return ""
    return f"counted since another time, no rank ('{' '.join(folded[end:since.end()].strip(' -').split())}')"


def _ranks_another(folded: str, end: int, cues: re.Pattern[str] | None, english: bool = False,
                   named: re.Pattern[str] | None = None) -> str:
    """Why an ordinal ranks a noun after it that is not the fact's cue ('for the first time', 'the first weekend
    with no tear gas' when the cue is 'protest'), or the noun the cue is written onto in English ('the second-largest
    bank failure' when the cue is 'largest bank'), or ''; one that stands alone ('finished second') ranks the cue's.
    A span of time, a period or a part that a cue of the fact names (named: the cues) is the fact's own: 'Macron's fifth
    prime minister in two years' for `two years`, 'la tercera multa impuesta esta semana' for `esta semana`, 'o quinto
    premiê do segundo mandato' for `segundo mandato`."""
    since = _since_after(folded, end, named)
    if since:
        return since
    if cues is None:
        return ""
    joined = _JOINED.match(folded, end)
    at = joined.end() if joined else end
    while True:
        word = _NEXT.match(folded, at)
        if word is None:
            return ""
        if (cue := cues.match(folded, at)) is not None:
            if (narrower := restriction(folded, cue.end())) is not None and not origin_named(named, folded, narrower):
                return f"a rank among some of them only ('{folded[end:narrower.end()].strip(' -')}')"
            # 'la tercera multa impuesta esta semana', 'for the first time this year'; a year by its number only dates
            # the thing ranked ('the 112th edition in 2025')
            if (period := within_period(folded, cue.end(), years=False)) is not None \
                    and not _names(named, folded, period.start(), period.end()):
                return f"a rank within a period ('{' '.join(folded[end:period.end()].split())}'), not in all"
            if english and not _INFINITIVE_END.search(folded, cue.start(), cue.end()) \
                    and (head := noun_after(folded, cue.end())) is not None:  # not 'the fifth pope to visit Turkey'
                if cues.match(folded, cue.end()) is not None:  # a cue the head, its noun: 'the 74th Miss Universe
                    at = cue.end()  # pageant' for `Miss Universe` and `pageant`, read from the head on
                    continue
                return f"ranks something else ('{' '.join(folded[end:head.end()].split())}')"
            part = _within_part(folded, end, cue.end())
            return "" if part and _names(named, folded, cue.end(), _PART_AFTER.match(folded, cue.end()).end()) else part
        if word.group(1) not in _BETWEEN:
            break
        at = word.end()
    if (initials := _INITIALS.match(folded, at)) is not None and cues.match(folded, initials.end()):
        return f"a rank among some of them only ('{folded[end:initials.end()].strip()}')"  # 'the first U.S. pope'
    noun = word.group(1)
    if noun in _NOT_NOUNS or noun in _TIMES or noun in PREPOSITIONS or len(noun) < 3 or _verb(noun):
        return ""  # 'acabó sexto tras', 'que largou de 17º escalou o pelotão' (a verb)
    return f"ranks something else ('{folded[end:word.end()].strip(_SPACE_QUOTES)}')"


_SPACE_QUOTES = " -'\""


def _names(named: re.Pattern[str] | None, folded: str, start: int, end: int) -> bool:
    """Whether a cue of the fact (named) stands in [start, end): the span, period or part a rank is counted in."""
    return named is not None and named.search(folded, start, end) is not None


def _verb(word: str) -> bool:
    """A verb in the past by its form, past words that only end like one ('the third seed', 'the first hundred')."""
    return len(word) > 4 and past_form(word) and not word.endswith(("eed", "dred"))


# A noun right after the cue an ordinal ranks, in English, which the cue then only describes: 'the second-largest bank
# failure'; not a verb, an adverb or a word that opens what follows ('the 16th largest bank has', 'the largest bank ever').
_HEAD_NEXT = rx.compile(r"[ -]([a-z]{3,})\b(?![.'’-])")
_NOT_HEADS = frozenset("""has have had will would could can may might should must being been not also ever yet now then
    still too here there who which whose where when while what until against about over under into onto through across
    among between within without during per upon via amid despite like near toward towards beyond behind since nor so
    around along past
    because though although if unless whether""".split())


def noun_after(folded: str, end: int) -> re.Match[str] | None:
    """The English noun right after a ranked noun ending at end, which that one then only describes, or None. What one
    thing is ranked as is singular, so a word in 's' after it is a verb ('the 16th largest bank holds')."""
    head = _HEAD_NEXT.match(folded, end)
    word = head.group(1) if head is not None else ""
    return head if word and word not in _NOT_NOUNS and word not in _NOT_HEADS and word not in PAST_FORMS \
        and not word.endswith(("ed", "ing", "ly")) \
        and not (word.endswith("s") and not word.endswith(("ss", "us", "is"))) else None


# What narrows the noun an ordinal ranks to some of its kind, right after it: where they come from ('the first pope from
# the United States', 'el primer pontífice nacido en Estados Unidos', 'o segundo papa oriundo das Américas'), a
# superlative ('o segundo papa de maior longevidade', 'el segundo papa más longevo'), or an adjective of origin after
# the noun ('o primeiro papa agostiniano', 'el primer papa estadounidense', 'o primeiro pontífice norte-americano');
# not where the whole line is ('the 267th pope of the Catholic Church', 'o 267º papa da Igreja Católica').
_RESTRICTION = rx.compile(r"[\s-]+(?:(?:from|born|nacid[oa]s?|nascid[oa]s?|oriund[oa]s?|natural\s+d[eoa]s?|procedentes?|"
                          r"provenientes?|de\s+origem|de\s+origen|(?:de\s+)?(?:maior|mayor|menor)|mais|mas)\b"
                          r"|(?:norte-)?[a-z]{3,}(?:ano|ana|anos|anas|ense|enses|ino|ina)\b)")
_INITIALS = rx.compile(r"[\s-]+(?:[a-z]\.){2,}")  # 'U.S.', 'EE.UU.' folded


def restriction(folded: str, end: int) -> re.Match[str] | None:
    """The words right after a ranked noun ending at end that narrow it to some of its kind, or None."""
    return _RESTRICTION.match(folded, end)


_ORIGIN_WORDS = rx.compile(r"(?:\s+[\w'’.-]+){1,3}")


def origin_named(named: re.Pattern[str] | None, folded: str, narrower: re.Match[str]) -> bool:
    """Whether a cue of the fact (named) stands in what narrows a ranked noun (narrower, see restriction) or in the
    three words after it, in its clause: the fact then counts those ('the fourth Miss Universe winner from Mexico' for
    `Mexico`), so the rank is its own."""
    if named is None:
        return False
    words = _ORIGIN_WORDS.match(folded, narrower.end())
    end = narrower.end() if words is None else words.end()
    if (stop := CLAUSE_BREAK.search(folded, narrower.end(), end)) is not None:
        end = stop.start()
    return _names(named, folded, narrower.start(), end)


def is_ordinal(folded: str, start: int, end: int) -> bool:
    """Whether [start, end) is an ordinal: 'second', '16th', '16ª'."""
    return _pattern().fullmatch(folded, start, end) is not None


def show(value: int, spec: Any = None) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def parse(value: Any, spec: Any = None) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        found = find(Scan(value), Article("", "", "", value), 0, len(value), None)
        if len(found) == 1:
            return found[0].value
        if value.strip().isdigit():
            return int(value)
    raise ValueError(f"expected an ordinal such as 3 or 'third', found {value!r}")


KIND = Kind("ordinal", frozenset(), compile_spec, find, parse, equal_or_conflict, lambda v: v, show,
            lambda v, spec: 0.0)

