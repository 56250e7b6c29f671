"""Number, percentage and money kinds: decimal quantities, hedged as ranges like counts."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Any

from .. import rx
from ..lexicon import (
    ARTICLE_NUMBERS,
    CHANGE_WORDS,
    CURRENCY_CODES,
    DEFINITE_PARTITIVES,
    DOLLAR_LETTERS,
    HEDGES,
    KILL_VERBS,
    MONTHS,
    MULTIPLIERS,
    OBJECT_OPENERS,
    OF_WORDS,
    PASSIVE,
    PREPOSITIONS,
    TIME_UNITS,
    VAGUE,
    WEEKDAYS,
)
from ..models import Article, Range, Relation
from ..text import Scan, alternation, fold, joined_before, phrase_pattern, right_after, right_before
from . import Candidate, Kind
from .count import (
    FIRST_YEAR,
    LAST_YEAR,
    ORDINAL,
    RATIO_FIRST,
    RATIO_JOIN,
    age_at_event,
    age_form,
    counted_noun,
    is_age,
    measure_after,
    modifier_after,
    shape_trap,
    show_bounds,
    show_raw,
)
from .count import show as show_range
from .numbers import (
    ABOUT_SPREAD,
    BEFORE_CHANGE,
    CONTINUOUS_HEDGES,
    HALF_AFTER,
    STEP,
    NumberSpan,
    change_reason,
    find_numbers,
    hedge_before,
    hedge_range,
    read_range,
)
from .score import tallies
from .units import (
    PAR,
    Unit,
    convert,
    converted_after,
    dimension,
    dimensions_named,
    larger_part_before,
    measured_thing,
    names_a_move,
    par_after,
    smaller_part,
    unit_after,
    unit_named,
)


@dataclass(frozen=True, slots=True)
class QuantitySpec:
    tolerance: float  # absolute: values this close are compatible (magnitude 6.1 vs 6.0)
    currency: str = ""  # money: the currency to assume when a figure names none
    accept: frozenset[str] = frozenset()  # number: forms wanted that are refused by default ('age')
    cue_words: re.Pattern[str] | None = None  # a cue right after the figure names it ('$25 a share', '6,5 grados')
    cue_joined: re.Pattern[str] | None = None  # number: a cue joined before the figure names it ('magnitude-6.1')
    points: bool = False  # percentage: the fact is a difference in percentage points ('by 0.25 percentage points')
    unit: Unit | None = None  # number: the unit of measure the fact is in ('km/h'); figures in others are converted
    named_before: re.Pattern[str] | None = None  # number: its units, one of which must name the figure ('Category 3')
    named_after: re.Pattern[str] | None = None  # ... or follow it ('6.1 magnitude')
    rates: tuple[tuple[str, float], ...] = ()  # money: what one unit of another currency is worth in `currency`
    dimensions: frozenset[str] = frozenset()  # number in a length: the dimensions its cues name ('depth' for `deep`)
    moves: bool = False  # number in a length: its cues name a move up or down ('rose'), of which a distance is no value
    cue_governs: re.Pattern[str] | None = None  # money: a cue right before the amount, as its verb or noun ('fined €3m')
    per: re.Pattern[str] | None = None  # money: the span of time the fact is an amount per ('$120bn a year', 'anuales')


ACCEPTABLE = ("age", "year", "time", "duration", "measure", "count", "percent", "money")  # what a number fact may accept
_WORD_BEFORE = rx.compile(r"\b([a-z]+)\s+\Z")
_ORDINAL_END = rx.compile(r"(?:st|nd|rd|th|\.?[º°ª])(?!\w)")
# A unit of time right after a figure, or past its half ('six and a half years', '6 1/2 years'; 'cinco años y medio' is
# the unit first), or joined to it as on a clock ('4min12', '2h07', '2:07:48', '2:07.48 horas').
_TIME_UNIT_AFTER = rx.compile(HALF_AFTER + r"?\s*-?\s*(?:" + alternation(TIME_UNITS) + r")\b"
                              r"|\s?(?:h|min)\s?[0-5]\d(?!\d)|m[0-5]\d(?!\d)|[:.][0-5]\d:[0-5]\d(?!\d)"
                              r"|:[0-5]\d\.[0-5]\d(?=\s*(?:horas?|hours?)\b)")


@dataclass(frozen=True, slots=True)
class Money:
    currency: str  # ISO 4217 code
    amount: Range


_PERCENT = rx.compile(r"\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b|por\s+cento\b|pct\b|(?<=\d)pc\b)")
# A difference between two percentages: in points ('0.25 percentage points', '0,25 p.p.', 'by 0.25 of a percentage
# point', '0.25 points') or in hundredths of one ('25 basis points', '25 bps', '25 puntos básicos', '25 pontos-base').
_POINTS = rx.compile(r"\s*(?:of\s+a\s+)?(?:(?:percentage|percent)\s+points?\b|pontos?\s+percentua(?:l|is)\b|"
                     r"puntos?\s+porcentua(?:l|les)\b|puntos?\s+percentua(?:l|les)\b|p\.\s?p\.|pp\b|points?\b|pontos?\b|"
                     r"puntos?\b)(?![\s-]+(?:base|basicos?)\b)")
# A fraction of a point in words: 'a quarter-point cut', 'a quarter of a percentage point', 'half a point', 'three quarters
# of a percentage point', 'un cuarto de punto porcentual', 'medio punto', 'meio ponto percentual', 'três quartos de ponto'.
_FRACTIONS = {"quarter": 0.25, "cuarto": 0.25, "quarto": 0.25, "half": 0.5, "medio": 0.5, "meio": 0.5,
              "three quarters": 0.75, "three-quarters": 0.75, "tres cuartos": 0.75, "tres quartos": 0.75}
_FRACTION_POINTS = rx.compile(r"\b(" + alternation(_FRACTIONS) + r")(?:[\s-]+of)?(?:\s+(?:a|one))?[\s-]+(?:de\s+)?"
                              r"(?:(?:percentage|percent)[\s-]+)?(?:points?|punto|ponto)\b(?:\s+(?:porcentual|percentual))?")
_BASIS_POINTS = rx.compile(r"[\s-]*(?:basis[\s-]+points?\b|bps?\b|pontos?[\s-]+base\b|puntos?\s+basicos?\b|pb\b)")
# A currency's sign or code before the figure: '$', 'US$', a dollar sign with its country's letters written onto it
# ('A$55 million', 'C$10', 'HK$3'; not 'a $5 fine') or after it ('$US48.7 billion'), an ISO code ('USD 40.000
# millones', 'EUR 2,95 mil millones'), the rupiah's 'Rp', the rupee's 'Rs' and the sol's 'S/' ('Rp 50 million', 'Rs. 615
# crore', 'S/ 4,6 millones'), and the 'U$S' of River Plate copy ('U$S 236 millones').
_CURRENCY_BEFORE = rx.compile(r"(?:\b(?:us|u\.s\.)\s*\$|\bu\$[sd]|\b(?:r|a|au|c|ca|hk|nz)\$|\$(?:"
                              + "|".join(DOLLAR_LETTERS) + r")"
                              r"|\b(?:" + "|".join(CURRENCY_CODES) + r")[^\S\n]|\brp\.?|\brs\.?|\bs/\.?|[$€£¥₹])\s*\Z")
_SYMBOLS = {"$": "USD", "us$": "USD", "u.s.$": "USD", "u$s": "USD", "u$d": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
            "r$": "BRL", "a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD", "nz$": "NZD", "rp": "IDR",
            "rp.": "IDR", "s/": "PEN", "s/.": "PEN", "rs": "INR", "rs.": "INR", "₹": "INR"} \
    | {code: code.upper() for code in CURRENCY_CODES} | {"$" + letters: code for letters, code in DOLLAR_LETTERS.items()}
_WORDS = {
    "dollar": "USD", "dollars": "USD", "dolar": "USD", "dolares": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "libra": "GBP", "libras": "GBP", "sterling": "GBP", "real": "BRL",
    "reais": "BRL", "reales": "BRL", "reals": "BRL", "yen": "JPY", "yuan": "CNY", "rupees": "INR", "rubles": "RUB",
    "rublos": "RUB", "bolivares": "VES", "pesos": "peso", "peso": "peso", "kronor": "SEK", "krona": "SEK",
    "rupiah": "IDR", "rupiahs": "IDR", "rupias": "rupia", "rupia": "rupia", "soles": "PEN", "nuevos soles": "PEN",
    # Currencies that share a name, with the country that tells them apart: 'Swedish crowns', 'coronas suecas'.
    "swedish kronor": "SEK", "swedish krona": "SEK", "swedish crowns": "SEK", "coronas suecas": "SEK",
    "coroas suecas": "SEK", "danish kroner": "DKK", "coronas danesas": "DKK", "norwegian kroner": "NOK",
    "coronas noruegas": "NOK", "swiss francs": "CHF", "francos suizos": "CHF", "francos suicos": "CHF",
    "canadian dollars": "CAD", "dolares canadienses": "CAD", "australian dollars": "AUD",
    "dolares australianos": "AUD", "mexican pesos": "MXN", "pesos mexicanos": "MXN", "pesos argentinos": "ARS",
    "pesos chilenos": "CLP", "pesos colombianos": "COP", "rupias indonesias": "IDR", "rupias indias": "INR",
}
# A name several currencies share ('pesos', 'rupias'), said with no country: the fact's own currency when it is one of them.
_SHARED_NAMES = {"peso": frozenset({"MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP", "CUP"}), "rupia": frozenset({"IDR", "INR"})}
_PESOS = _SHARED_NAMES["peso"]
_CODE_AFTER = rx.compile(r"[^\S\n]+(" + alternation(CURRENCY_CODES) + r")\b")  # a code after a bare '$': '$440.87 MXN'
# The word may be written onto the figure as an adjective: 'a 13.57 billion-real payout', 'a 66.47 billion-real consensus'.
_CURRENCY_AFTER = rx.compile(r"(?:\s*|-)(?:de\s+|(?<=s)\s+of\s+)?(?:u\.s\.\s+|us\s+)?(" + alternation(_WORDS) + r")\b"
                             r"|\s*([€£])")
# A hundredth of a currency, after the figure: pence ('3p per mile', '52.95p', '3 pence', '3 peniques') are sterling's;
# cents, centavos and céntimos are the hundredths of the currency named after them ('centavos de dólar'), else of the
# fact's, else of the dollar (the real in Portuguese copy, the euro for céntimos).
_SUBUNIT_AFTER = rx.compile(r"(?:(?<=\d)p\b(?![.'’]?\w)|[^\S\n]*(?:¢|(pence|penny|peniques?|cents?|centavos?|centimos?)\b))"
                            r"(?:[^\S\n]+de[^\S\n]+(dolar|dolares|euro|euros|real|reais|libra|libras|peso|pesos)\b)?")
_DIGIT = rx.compile(r"\d")
_PENCE = frozenset({"pence", "penny", "penique", "peniques"})
# Millions and thousands of millions of dollars or pesos as Mexican copy shortens them after a figure: '5 mdd', '2 mmdp'.
_MILLIONS_SHORT_OF = {"mdd": ("USD", 1e6), "mmdd": ("USD", 1e9), "mdp": ("MXN", 1e6), "mmdp": ("MXN", 1e9)}
_MILLIONS_SHORT = rx.compile(r"[^\S\n]*(mdd|mmdd|mdp|mmdp)\b")
# ... and as Brazilian copy shortens millions after an amount with its sign: 'US$ 236,4 mi' ('200 mi' alone is miles).
_MI_AFTER = rx.compile(r"[^\S\n]*mi\b(?!-)")
# An amount in millions or billions that names no currency ('103 millones más un 30%', '30 milhões em bónus'): the fact's
# own currency, when it has one, unless a noun follows ('8,5 millones de dispositivos', '8.5 million devices').
_SCALES = alternation(w for w, n in MULTIPLIERS.items() if len(w) > 1 and n >= 1e6)  # 'million', 'milhões', 'bn'...
_SCALED = rx.compile(r"(?:" + _SCALES + r"|\d(?:m|bn?))\Z")
_NO_NOUN_AFTER = rx.compile(r"\s*(?:[,.;:)]|\Z|(?:plus|mas|mais|and|y|e|in|en|em|for|por|para|to|a|al|ao|from|with|con|com|"
                            r"fijos|fixos|fixed|up\s+front)\b)")


# 'Per' before any noun is a rate ('$44 million per Fortune 500 company'); the other words only before a unit.
_PER_WORDS = r"a|an|each|por|cada|al|ao"  # what makes a noun after an amount a unit it is per
_PER_UNIT_WHY = "a price per unit"
_PER_UNIT = rx.compile(r"[\s-]*(?:(?:" + _PER_WORDS + r")[\s-]+(?:share|shares|accion|acao|barrel|barril|ton|tonne|"
                       r"ounce|hour|day|week|month|year|season|person|head|unit|ticket|vote|voto|hora|dia|semana|mes|ano|"
                       r"temporada|game|match|win|goal|jogo|partido|vitoria|victoria|gol|post|tweet|publicacao|publicacion)\b"
                       r"|per[\s-]+(?!cent\b)\w+|por\s+cada\s+\w+)"
                       r"|\s*(?:each|cada\s+uno|apiece|annually|yearly|anuais|anuales|mensais|mensuales|diarios|semanais|"
                       r"semanales)\b")

# The spans of time a fact may be an amount per (`per: year`), and the words that name each after 'a', 'per', 'por',
# 'cada' or alone ('annually', 'anuales'), folded.
_PER_SPANS = {"hour": r"hours?|horas?|hourly", "day": r"days?|dias?|diari[oa]s|daily",
              "week": r"weeks?|semanas?|semanais|semanales|weekly",
              "month": r"months?|mes|meses|mensais|mensuales|monthly",
              "year": r"years?|anos?|annually|yearly|anuais|anuales|annum|anual"}

# An amount that names no currency, per one unit of another: a rate of exchange ('366.5 per dollar', '391 to the dollar',
# '400 por dólar').
_PER_CURRENCY = rx.compile(r"\s+(?:per|a|to\s+the|por|al|para\s+o|por\s+cada)\s+(?:(?:one|un|um|uno)\s+)?(?:u\.s\.\s+|us\s+)?("
                           + alternation(_WORDS) + r")\b")
_PER_GAP = rx.compile(r"\s+(?:in|of|en|em|de)\s+[a-z]+(?=[\s-]+(?:per|por)\b)")  # '$44 million in losses per company'
# An average is no total: 'averaged $44 million in losses', 'On average, each company lost $44 million', 'danos médios de
# 148,38 milhões', 'la pérdida promedio fue de 5 millones'; not 'los medios de comunicación'.
_AVERAGE_BEFORE = rx.compile(r"\b(?:averag\w*|promedi\w*|(?:em|en|de)\s+media)\b"
                             r"|\b(?!(?:los|las|el|la|os|as|o|a|sus|seus|suas|dos|das|del|de|en|em|por|nos|nas)\s)[a-z]+\s+"
                             r"medi[oa]s?\s+(?:de|do|da|es|e|era|fue|foi)\b")
# ... nor is a sum of several one's amount: 'all of which sold for a combined $384.7 million', 'un total combinado de'.
_COMBINED_BEFORE = rx.compile(r"\b(?:combined|combinad[oa]s?|conjunt[oa]s?)\s+(?:(?:of|de)\s+)?\Z")

# Where an amount started, not what it came to: 'prizes starting at $4', 'a jackpot starts at $20 million', 'which started
# at a record $1.9 billion', 'el bote comenzó en 20 millones', 'o prêmio começou em US$ 20 milhões'.
_STARTED_AT = rx.compile(r"\b(?:start(?:s|ed|ing)?|begin(?:s|ning)?|began|comienza|comenzo|empieza|empezo|arranca|arranco|"
                         r"comeca|comecou|comecando)\s+(?:at|from|en|desde|em)\s+(?:[a-z]+\s+){0,2}?\Z")


def compile_spec(options: dict[str, Any], error, measure: bool = False) -> QuantitySpec:
    tol = options.get("tolerance", 0)
    if not isinstance(tol, (int, float)) or isinstance(tol, bool) or tol < 0:
        raise error("expected a number of 0 or more: how far apart two values may be and still be compatible",
                    key="tolerance")
    currency = options.get("currency", "")
    if not isinstance(currency, str):
        raise error("expected a currency code such as USD or EUR", key="currency")
    accept = options.get("accept", [])
    accept = [accept] if isinstance(accept, str) else accept
    if not isinstance(accept, list) or any(a not in ACCEPTABLE for a in accept):
        raise error(f"expected a list of: {', '.join(ACCEPTABLE)}", key="accept")
    unit = options.get("unit", "" if measure else "percent")
    measured = unit_named(unit) if measure and isinstance(unit, str) and unit else None
    if measure and unit and measured is None:
        raise error("expected a unit of measure such as km/h, mph, knots, km, mi, m, ft, °C, °F, kg, lb, ha, hPa, par",
                    key="unit")
    if not measure and unit not in ("percent", "points"):
        raise error("expected percent (a share: '15%') or points (a difference: '0.25 percentage points')", key="unit")
    cues = options.get("cues") or []
    units = options.get("units") or []
    if not isinstance(units, list):
        raise error("expected a list of words that name the figure, before it or after it ('Category', 'magnitude')",
                    key="units")
    rates = options.get("rates") or {}
    if not isinstance(rates, dict) or not all(isinstance(k, str) and isinstance(v, (int, float)) and not isinstance(v, bool)
                                              and v > 0 for k, v in rates.items()):
        raise error("expected currency codes with what one of each is worth in the fact's currency ({GBP: 1.16})",
                    key="rates")
    if rates and not currency:
        raise error("rates need the fact's own currency: add currency (EUR, USD...)", key="rates")
    per = options.get("per")
    if per is not None and per not in _PER_SPANS:
        raise error(f"expected the span of time the amount is per: {', '.join(_PER_SPANS)}", key="per")
    return QuantitySpec(float(tol), currency.upper(), frozenset(accept), right_after(cues), joined_before(cues),
                        unit == "points", measured, right_before(units), right_after(units),
                        tuple(sorted((k.upper(), float(v)) for k, v in rates.items())),
                        dimensions_named(cues) if measured and measured.quantity == "length" else frozenset(),
                        bool(measured and measured.quantity == "length" and names_a_move(cues)), _governs(cues),
                        rx.compile(r"\b(?:" + _PER_SPANS[per] + r")\b") if per else None)


# Between a cue and the amount it governs: 'fined Google €2.95 billion', 'a deal worth $48.7 billion', 'valued at about'.
_TO_AMOUNT = r"(?:[^\S\n]+(?:(?!(?:and|or|y|e|o|ou|with|con|com|plus|mas|mais)\b)[a-z][\w'-]*[^\S\n]+)?)??" \
             r"(?:(?:of|de|da|do|worth|at|por|em|en|to|a|an|um|uma|un|una|" \
             r"para|totaling|totalling|valued|valorad[oa]s?|avaliad[oa]s?|no\s+valor\s+de)[^\S\n]+)*" \
             r"(?:(?:about|around|some|nearly|almost|approximately|roughly|over|more\s+than|at\s+least|cerca\s+de|" \
             r"unos|casi|aproximadamente|mas\s+de|quase|mais\s+de)[^\S\n]+)?\Z"


def _governs(cues) -> re.Pattern[str] | None:
    found = phrase_pattern(cues)
    return rx.compile(r"\b(?:" + found.pattern + r")" + _TO_AMOUNT) if found else None


# A toll's level before a figure, in its clause: 'the death toll from Yunnan quake rises to 75', 'the toll stands at 9'.
_TOLL_BEFORE = rx.compile(r"\b(toll|tally|numero de mortos|numero de muertos|cifra de muertos)\b[^,.;:]*?"
                          r"\b(?:to|at|a|para|of|de|em|en)\s+\Z")


_AGE_ONLY = frozenset({"age"})
_YEAR_ONLY = frozenset({"year"})
OLDEST_YEAR = 1000  # the oldest year a fact that is only a year reads, after a word that leads to a year
_OLD_YEAR_BEFORE = rx.compile(r"\b(?:in|en|em|since|desde|year|ano|circa|hacia|por\s+volta\s+de|(?:data|datad[oa]|fechad[oa]"
                              r"|dates|dated)(?:\s+(?:back\s+)?(?:de|do|del|to|from))?)\s+\Z")
_YEAR_WORD_BEFORE = rx.compile(r"\b(?:year|ano)\s+\Z")
# An era written after a year or before it, as the text has it: '325 AD', 'A.D. 325', '325 d.C.', '44 BC', '70 CE'.
_ERA = r"(?:A\.?\s?D\.|AD|B\.?\s?C\.?(?:E\.)?|BCE?|C\.E\.|CE|[da]\.\s?C\.?)"
_ERA_AFTER = rx.compile(r"[^\S\n]*" + _ERA + r"(?!\w)")
_ERA_BEFORE = rx.compile(r"\b(?:A\.?\s?D\.?|AD)[^\S\n]+\Z")
# Of a whole, between a figure and the unit that names it: '63.7 of the bitcoins', '63,7 de los bitcoins', '63,7
# dessas bitcoins', a possessive too ('of its'); and the 'de' after a scale word of a million or more ('2,5 millones de
# barriles').
_PARTITIVE = rx.compile(r"(?:(?<=millones)|(?<=millon)|(?<=milhoes)|(?<=milhao)|(?<=bilhoes)|(?<=bilhao)|(?<=billones)|"
                        r"(?<=billon))[^\S\n]+de(?=[^\S\n])|[^\S\n]+(?:"
                        + alternation({*DEFINITE_PARTITIVES, "of its", "of their", "daqueles", "daquelas"}) + r")(?=[^\S\n])")
_OLDEST = 125


def find_number(scan: Scan, article: Article, lo: int, hi: int, spec: QuantitySpec) -> list[Candidate]:
    out = []
    accept = spec.accept if spec else frozenset()
    folded = scan.folded
    for n in find_numbers(scan, lo, hi, article.language, continuous=True):
        joined = spec and spec.cue_joined and spec.cue_joined.search(folded, max(0, n.start - 40), n.start)
        reason = change_reason(n) or shape_trap(scan, n.start, n.end, n.value, n.integer_digits,
                                                accept | {"code"} if joined else accept)
        named = bool(spec and spec.cue_words and spec.cue_words.match(folded, n.end))  # '6,5 grados' for a magnitude
        if spec and spec.named_before:  # the rule's units name the figure: 'Category 3', '6.1 magnitude'
            rank = _ORDINAL_END.match(folded, n.end)  # 'the 112th minute' names minute 112, as 'minute 112' does
            if rank and reason == ORDINAL and spec.named_after.match(folded, rank.end()):
                reason = ""
            part = None if rank else _PARTITIVE.match(folded, n.end)  # '63,7 de los bitcoins', '63.7 of the bitcoins'
            named = bool(spec.named_before.search(folded, max(0, n.start - 30), n.start)
                         or spec.named_after.match(folded, rank.end() if rank else n.end)
                         or (part and spec.named_after.match(folded, part.end())))
            if not named and not reason:
                reason = "not named by one of the fact's units"
        if reason == ORDINAL and "age" in accept and is_age(scan, n.start, n.end):
            reason = ""  # 'his 66th birthday' is 66 years
        tally = None if reason else next((t for t in tallies(scan, lo, hi) if t[0] <= n.start < t[1]), None)
        if tally:  # 'by a vote of four to one', 'por 4 votos a 1'
            reason = f"a side of a result ('{' '.join(scan.text[tally[0]:tally[1]].split())}')"
        if not reason and folded[n.start:n.end].rsplit(" ", 1)[-1] in ARTICLE_NUMBERS and "count" not in accept \
                and not _one_unit(folded, n.end, spec, article.language):
            reason = f"an article ('{n.raw}'), not a figure"  # 'una magnitud de 6,1'; but 'subió un metro' is one
        killed = None if reason or "count" in accept else _WORD_BEFORE.search(folded, max(0, n.start - 16), n.start)
        if killed and killed.group(1) in KILL_VERBS and not is_age(scan, n.start, n.end):  # not 'killed 10-year-old'
            reason = f"a count of people ('{killed.group(1)} {n.raw}')"  # 'Gunman kills 12' is no age of the gunman
        toll = None if reason or "count" in accept else _TOLL_BEFORE.search(folded, max(0, n.start - 80), n.start)
        if toll:  # 'death toll from the quake rises to 75': a toll's level, no age
            reason = f"a count of people ('{toll.group(1)}')"
        if not reason and "age" in accept and "count" not in accept and _SCALED.search(folded, n.start, n.end):
            reason = f"an amount ('{n.raw}'), not an age"  # 'costará al club blanco 103 millones'
        if not reason and named and accept == _AGE_ONLY and not is_age(scan, n.start, n.end):  # 'only one survivor'
            reason = f"a count of what the cue names ('{scan.text[n.start:spec.cue_words.match(folded, n.end).end()]}')"
        unit = _TIME_UNIT_AFTER.match(folded, n.end)
        if not reason and unit and "duration" not in accept and not ("age" in accept and is_age(scan, n.start, n.end)):
            reason = f"a duration ('{scan.text[n.start:unit.end()]}')"
        value, display, in_unit = n.value, show_raw(n.raw, n.value, n.hedged), False
        a_year = n.integer_digits and FIRST_YEAR <= n.value.lo == n.value.hi <= LAST_YEAR
        if not a_year and accept == _YEAR_ONLY and n.integer_digits and 0 < n.value.lo == n.value.hi < FIRST_YEAR:
            # a fact that is only a year reads an older one led to as a year is, with no noun it counts ('made for
            # Charles II in 1661', 'desde 1066'; not 'with 1500 gems', 'in 1500 cases'); any one its era or the word
            # 'year' marks ('in 325 AD', 'In A.D. 325', 'no ano 325 d.C.', 'en el año 325')
            a_year = _ERA_AFTER.match(scan.text, n.end) is not None \
                or _ERA_BEFORE.search(scan.text, max(0, n.start - 8), n.start) is not None \
                or _YEAR_WORD_BEFORE.search(folded, max(0, n.start - 8), n.start) is not None \
                or (n.value.lo >= OLDEST_YEAR and _OLD_YEAR_BEFORE.search(folded, max(0, n.start - 16), n.start) is not None
                    and _NO_NOUN_AFTER.match(folded, n.end) is not None)
        if "year" in accept and n.integer_digits and n.value.lo == 0 and FIRST_YEAR <= n.value.hi <= LAST_YEAR:
            value = Range(n.value.hi, n.value.hi)  # 'hasta 2060', 'até 2033': until a year, no bound of a quantity
        elif not reason and accept == _YEAR_ONLY and not a_year:
            reason = f"not a year ('{n.raw}')"  # a fact that is a year: 'won the title at 22 in 1985'
        # A fact that is a year reads a year as one, whatever words follow it: 'ganado en 2016 por su papel', 'fue en
        # 2017 cuando lo consiguió gracias a', with no measure ('por') and no noun ('gracias') that it counts.
        year_only = accept == _YEAR_ONLY and a_year
        if spec and spec.unit:  # the fact is in a unit of its own: a figure must name one of its quantity
            measure = ""
            if not reason or (n.step and reason.startswith(STEP)):  # a change's size is in a unit too ('rose by 20
                why, value, display = _in_unit(scan, n, display, spec, article.language)  # feet'): the matcher may take it
                reason, in_unit = why or reason, not why  # then no count of what follows ('105 knot winds')
        else:
            measure = "" if reason or year_only else measure_after(scan, n.end)
        if measure and "measure" not in accept and not named:
            reason = f"a measure ('{measure}')"
        things = "" if reason or in_unit or named or year_only or "count" in accept \
            else counted_noun(scan, n.end, n.value.lo)
        if not things and not reason and "count" not in accept and n.value.hi == 0 and " ".join(fold(n.raw).split()) in VAGUE:
            things = f"people ('{n.raw}')"  # 'no one knew', 'nadie'
        if things:
            reason = f"a count of {things}: a count fact's value, not a number fact's"
        # A figure joined to a noun modifies it ('a three-word motto'), unless the noun is a unit or the cue
        # ('a three-day visit', 'a 10-km run', 'a 6.1-magnitude quake' for a magnitude).
        compound = None if reason or unit or measure or in_unit else modifier_after(folded, n.end)
        if compound and not (named and "age" not in accept):  # an age is no 'five-man police force'
            reason = f"part of a compound ('{scan.text[n.start:compound.end()]}')"
        if not reason and accept == _AGE_ONLY and n.value.hi > _OLDEST and not is_age(scan, n.start, n.end):
            reason = f"too large for an age ('{n.raw}')"  # 'One Survivor, Over 204 Dead'
        if not reason and accept == _AGE_ONLY and not age_form(scan, n.start, n.end):
            reason = f"not written as an age ('{n.raw}')"  # 'entre os dois', 'nine in the first set', 'the world No 1'
        if not reason and accept == _AGE_ONLY:
            reason = age_at_event(scan, n.start, n.end)  # 'ingressou na vida religiosa aos 22 anos'
        out.append(Candidate(n.start, n.end, value, display, reason))
    if spec and spec.unit and article.language == "en" and (folded.find(" a ", lo, hi) >= 0 or folded.find(" an ", lo, hi) >= 0):
        out.extend(_one_of_unit(scan, article, lo, hi, spec))
    if spec and spec.named_before and not spec.unit:
        out.extend(_roman(scan, lo, hi, spec))
    return out


# A figure in Roman numerals, in capitals: 'Level IV', 'nivel IV', 'Phase III'. A lone 'I' before a word in lower case
# is the pronoun ('at that level I think').
_ROMAN = rx.compile(r"\b(?=[IVX])(?P<tens>X{0,3})(?P<units>IX|IV|V?I{0,3})\b(?!-)")
_LOWER_WORD_NEXT = rx.compile(r"[ \t]+[a-z]")
_ROMAN_UNITS = {"": 0, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}


def _roman(scan: Scan, lo: int, hi: int, spec: QuantitySpec) -> list[Candidate]:
    """Figures in Roman numerals right after one of the fact's units, which name them as a rank ('raised to Alert Level
    IV', 'elevó la alerta al nivel IV'); not after any other word ('World War II', 'Pope Leo XIV')."""
    out = []
    for m in _ROMAN.finditer(scan.text, lo, hi):
        if m.end() == m.start() or (m.group() == "I" and _LOWER_WORD_NEXT.match(scan.text, m.end())):
            continue
        if spec.named_before.search(scan.folded, max(0, m.start() - 30), m.start()):
            value = 10 * len(m.group("tens")) + _ROMAN_UNITS[m.group("units")]
            out.append(Candidate(m.start(), m.end(), Range(value, value), m.group()))
    return out


def _one_unit(folded: str, end: int, spec: QuantitySpec | None, language: str) -> bool:
    """A unit of the fact's quantity follows: an article before it is one of it ('subió un metro', 'a foot of rain')."""
    found = unit_after(folded, end, language) if spec and spec.unit else None
    return found is not None and found[0].quantity == spec.unit.quantity


_A_BEFORE = rx.compile(r"\ban?(?=\s)")
_HALF_BEFORE = rx.compile(r"\bhalf\s+\Z")


def _one_of_unit(scan: Scan, article: Article, lo: int, hi: int, spec: QuantitySpec) -> list[Candidate]:
    """'A' or 'an' before a unit of the fact's quantity, as a measure of one ('more than a foot of rain', 'an inch';
    not 'half a mile', a half)."""
    out = []
    folded = scan.folded
    for m in _A_BEFORE.finditer(folded, lo, hi):
        if not _one_unit(folded, m.end(), spec, article.language) \
                or _HALF_BEFORE.search(folded, max(0, m.start() - 8), m.start()):
            continue
        hedge, start = hedge_before(folded, m.start())
        value = hedge_range(1.0, 1.0, CONTINUOUS_HEDGES.get(hedge, hedge), ABOUT_SPREAD) if hedge else Range(1.0, 1.0)
        raw = " ".join(scan.text[start:m.end()].split())
        n = NumberSpan(start, m.end(), value, raw, bool(hedge), True, False)
        reason, value, display = _in_unit(scan, n, raw, spec, article.language)
        out.append(Candidate(start, m.end(), value, display, reason))
    return out


_BRACKETED = rx.compile(r"\s*\([^()]*\)")


def _of_cue(folded: str, start: int, stop: int, spec: QuantitySpec) -> bool:
    """Whether the thing a measure's words from start to stop measure is the fact's cue, written right after them or
    right before them and 'of': 'a 624-meter deep rescue tunnel', 'un duto de 622 metros de profundidade'. A fact whose
    cues name no dimension measures its cue's thing in whichever the copy names."""
    if spec.cue_words is None:
        return False
    after, before = measured_thing(folded, start, stop)
    return after >= 0 and spec.cue_words.match(folded, after) is not None or before >= 0 and any(
        m.end() == before for m in spec.cue_words.finditer(folded, max(0, before - 40), before))


def _in_unit(scan: Scan, n, raw: str, spec: QuantitySpec, language: str) -> tuple[str, Range, str]:
    """Why a figure is not a measure in the fact's unit's quantity ('' when it is), the figure in the fact's unit, and
    how to show it: as written, and converted when it was in another unit ('120 mph (192.3–193.9 km/h)'). A figure
    with no unit whose conversion follows in brackets ('40.2 (104.3F)') is in the fact's unit. raw: the figure shown
    as written. A length that names a dimension counts only for a fact whose cues name it ('50 feet deep' for a depth:
    `deep`, `depth` or `profundidad`; '1,000 km south of' is a distance), and length, the unmarked one, and a
    distance also for a fact that names none."""
    unit = spec.unit
    found = unit_after(scan.folded, n.end, language)
    if found is None and unit.quantity == PAR:
        found = par_after(scan.folded, n.end)  # 'finished 12-under'
        digit = next((i for i in range(n.start, n.end) if scan.text[i].isdigit()), n.start)
        sign = scan.text[digit - 1:digit] if found is None and digit > 0 else ""
        if sign in ("-", "−", "–") and _MINUS_BEFORE.search(scan.folded, max(0, digit - 2), digit):
            return "", Range(-n.value.hi, -n.value.lo), f"-{raw}"  # 'a -12 finish'
        if sign == "+":
            return "", n.value, f"+{raw}"  # 'shot +3 on the day'
    if found is None:
        other = converted_after(scan.folded, n.end, language)
        if other is not None and other.quantity == unit.quantity:
            return "", n.value, raw
        return f"no unit of measure (the fact is in {unit.symbol})", n.value, raw
    source, end = found
    # As written, without a conversion in brackets: '120 miles (205 kilometers) per hour' is shown as 120 miles per hour.
    written = " ".join(_BRACKETED.sub("", scan.text[n.end:end]).split()).lstrip("-")
    if source.quantity != unit.quantity:
        return f"a measure of {source.quantity} ('{written}'), the fact is of {unit.quantity}", n.value, raw
    if larger_part_before(scan.folded, n.start, source, language):  # '230' in '2 quilos e 230 gramas'
        return f"the smaller part of a measure ('{raw} {written}')", n.value, raw
    if unit.quantity == "length":
        named, start, stop = dimension(scan.folded, n.start, end, language)
        if named and named not in (spec.dimensions or ("length", "distance")) \
                and not (spec.cue_words and spec.cue_words.search(scan.folded, end, stop)) \
                and not (not spec.dimensions and _of_cue(scan.folded, start, stop, spec)):
            # a dimension named by words that hold a cue is the fact's ('30 cm de agua'), and so is any dimension of
            # the cue's thing for a fact whose cues name none
            fact = " or ".join(sorted(spec.dimensions)) or "length"
            return f"a measure of {named} ('{scan.text[start:stop]}'), the fact is of {fact}", n.value, raw
        if named == "distance" and spec.moves:  # '85 miles northwest of San Antonio, where the river rose'
            return f"a distance ('{scan.text[start:stop]}'), not how far something went up or down", n.value, raw
    shown, figure = f"{raw} {written}", n.value
    below = _below_zero(scan, n.start, n.end, end, shown) if unit.quantity == "temperature" else ""
    if below:  # '-35.6 degrees Celsius', '10 grados bajo cero', 'minus 10C'
        figure, shown = Range(-n.value.hi, -n.value.lo), below
    elif unit.quantity == "temperature":
        figure = _no_floor(figure)
    value = convert(figure, source, unit)
    part = None if below else smaller_part(scan.folded, end, source, language)
    if part:  # '2 quilos e 230 gramas' is 2.23 kg, '4 lb 12 oz': the larger part exact, as precise as the smaller one
        extra = convert(part[0], part[1], unit)
        whole = [unit.from_base(source.to_base(x)) for x in (figure.lo, figure.hi)]
        value = Range(whole[0] + extra.lo, whole[1] + extra.hi)
        shown = f"{raw} {' '.join(scan.text[n.end:part[2]].split())}"
    return "", value, shown if value is figure else f"{shown} ({_show_in(value, unit)})"


def _no_floor(figure: Range) -> Range:
    """A temperature read as a bound above ('up to 1,700°F', 'menos de 35 grados') has no floor at zero on any scale."""
    return Range(-math.inf, figure.hi) if figure.lo == 0 < figure.hi else figure


# A temperature below zero: a minus sign or 'minus', 'menos' right before its figure ('-35.6', 'minus 10', 'menos 10';
# not a range's dash: '10-15 degrees', nor 'menos de 10 grados', fewer than), or words after its unit ('10 grados bajo
# cero', '10 degrees below zero', '5 graus negativos', 'abaixo de zero').
_MINUS_BEFORE = rx.compile(r"(?:(?<![\w.,])[-−–]|\b(?:minus|menos)[^\S\n]+)\Z")
_BELOW_ZERO_AFTER = rx.compile(r"[^\S\n]+(?:below[^\S\n]+zero|bajo[^\S\n]+cero|abaixo[^\S\n]+de[^\S\n]+zero|negativos)\b")


def _below_zero(scan: Scan, start: int, end: int, unit_end: int, shown: str) -> str:
    """A temperature from start to end, its unit ending at unit_end, shown as said below zero ('-35.6 degrees', 'minus 10
    C', '10 grados bajo cero'), or '' when it is not."""
    digit = next((i for i in range(start, end) if scan.text[i].isdigit()), start)
    sign = _MINUS_BEFORE.search(scan.folded, max(0, digit - 7), digit)
    if sign is not None:
        return f"-{shown}" if not sign.group()[0].isalpha() else f"{scan.text[sign.start():digit]}{shown}"
    words = _BELOW_ZERO_AFTER.match(scan.folded, unit_end)
    return f"{shown} {scan.text[words.start():words.end()].strip()}" if words else ""


# A share of a count that is in: 'el 95,31% de mesas escrutadas', 'more than 94% of votes counted', 'el 99.3% escrutado',
# 'com 96,7% de apuração', '95% dos votos apurados'.
_COUNTED = r"(?:counted|tallied|escrutad[oa]s?|computad[oa]s?|contad[oa]s?|apurad[oa]s?|contabilizad[oa]s?|procesad[oa]s?|" \
           r"processad[oa]s?)\b"
_COUNTED_SHARE = rx.compile(r"\s*(?:(?:of|de|del|das|dos|da|do)\s+(?:(?:the|las|los|la|el|as|os)\s+)?"
                            r"(?:(?P<votes>votes?|ballots|votos|sufragios|cedulas|papeletas|boletas)|precincts|"
                            r"polling\s+stations|tally\s+sheets|mesas|actas|atas|urnas|secciones)"
                            r"(?:(?:\s+(?:validos|emitidos|cast))?\s+(?:(?:were|was|had\s+been|have\s+been|foram|fueron|"
                            r"han\s+sido|ja|ya|already)\s+)?(?:" + _COUNTED + r"|accounted\s+for\b|reporting\b|processed\b|"
                            r"in\b)|(?P<bare_votes>(?=[\s,.;:)]|\Z)))"
                            r"|(?P<bare>" + _COUNTED + r")|(?:de|da|del|do|of\s+the)\s+(?:apuracao|apuracion|escrutinio|contagem|"
                            r"conteo|recuento|count)\b)")
# What opens a share of the count that is in: 'with 94% of votes counted', 'con el 89,98 % de los votos escrutados',
# 'com perto de 87% dos votos contados'; 'obtuvo el 55% de los votos escrutados' is a share of the votes.
_WITH_BEFORE = rx.compile(r"\b(?:with|con|com|al|as|after|apos|tras|depois\s+que|despues\s+de\s+que|escrutado|escrutados)"
                          r"\s+(?:(?:el|the|o|os|los)\s+)?(?:(?:perto|cerca)\s+de\s+|casi\s+|quase\s+)?\Z")
# ... and what says it was counted before the share itself: 'Escrutado más del 93 % de los votos'.
_COUNTED_BEFORE = rx.compile(r"\b(?:escrutad[oa]s?|apurad[oa]s?|counted|processed)\s+\Z")

# The count itself before the share: 'with the vote count reaching almost 99%', 'com a contagem em 99% dos votos', 'con el
# escrutinio al 98%'.
_COUNT_BEFORE = rx.compile(r"\b(?:count|tally|counting|contagem|apuracao|escrutinio|recuento|conteo)\s+(?:(?:reaching|reached|at|"
                           r"is\s+at|stood\s+at|em|en|de|del|al|a|ate|chega\s+a|llega\s+al?)\s+)?(?:(?:the|el|o|os|los)\s+)?"
                           r"(?:(?:almost|nearly|about|over|perto\s+de|cerca\s+de|casi|quase)\s+)?\Z")

# Where a change of a share got to, after its size: 'rose by 2% to 9%', 'subió un 2% hasta el 9%'.
_TO_LEVEL = rx.compile(r"\s+(?:to|a|para|hasta|ate)\s+(?:(?:un|el|o|um)\s+)?\d")


_DECIMAL_GROUP = rx.compile(r"(?<![\d.,])\d{1,3}([.,])\d{3}\Z")


def find_percentage(scan: Scan, article: Article, lo: int, hi: int, spec: QuantitySpec) -> list[Candidate]:
    out = []
    points = spec is not None and spec.points
    for n in find_numbers(scan, lo, hi, article.language, continuous=True):
        value = n.value
        if points:  # a difference: its size is the figure ('raised by 25 basis points'), what it started from is not
            m = _POINTS.match(scan.folded, n.end)
            basis = None if m else _BASIS_POINTS.match(scan.folded, n.end)
            if basis:
                m, value = basis, Range(round(value.lo / 100, 6), round(value.hi / 100, 6))
        else:
            m = _PERCENT.match(scan.folded, n.end)
        if not m:
            continue
        if value.lo >= 1000 and (grouped := _DECIMAL_GROUP.search(scan.text, n.start, n.end)) \
                and grouped.group(1) == (".", ",")[article.language != "en"]:
            # the language's decimal mark before three figures is a decimal in a share, not thousands as in a count:
            # 'a 10-day high of 3.599%', 'un rendimiento del 3,599%'
            value = Range(round(value.lo / 1000, 6), round(value.hi / 1000, 6))
        reason = change_reason(n) if n.earlier or not points else ""
        if reason and n.step and not _TO_LEVEL.match(scan.folded, m.end()):
            reason = ""  # 'prices have risen by 84.5 percent' is the rise; 'rose by 2% to 9%' gives the level after
        # a share with its sign is no code, whatever is written onto it: 'halt shipments-33% of U.S. coffee imports'
        reason = reason or shape_trap(scan, n.start, n.end, n.value, False, frozenset({"percent", "code"}))
        counted = None if reason or points else _COUNTED_SHARE.match(scan.folded, m.end())
        if counted and counted.group("bare_votes") is not None:
            # the votes with no word of counting after them: counted only when one stands before the share ('Escrutado
            # más del 93 % de los votos'), not a share of the votes ('obtuvo el 55% de los votos')
            if not counted.group("votes") or not _COUNTED_BEFORE.search(scan.folded, max(0, n.start - 16), n.start):
                counted = None
        elif counted and (counted.group("votes") or counted.group("bare")) and \
                not _WITH_BEFORE.search(scan.folded, max(0, n.start - 30), n.start):
            counted = None
        if counted:  # 'con el 95,31% de mesas escrutadas', 'with 94% of votes counted', 'com 99,25% das urnas apuradas'
            reason = f"how much of a count is in ('{scan.text[n.start:counted.end()]}')"
        elif not (reason or points):
            count = _COUNT_BEFORE.search(scan.folded, max(0, n.start - 40), n.start)
            if count:  # 'with the vote count reaching almost 99%'
                reason = f"how much of a count is in ('{scan.text[count.start():m.end()]}')"
        raw = scan.text[n.start:m.end()]
        out.append(Candidate(n.start, m.end(), value, " ".join(raw.split()) if n.hedged else show_percent(value, spec),
                             reason))
    fractions = [_fraction_of_point(m, spec) for m in _FRACTION_POINTS.finditer(scan.folded, lo, hi)] if points \
        else _fraction_shares(scan, lo, hi)
    return sorted(out + fractions, key=lambda c: c.start) if fractions else out


# A share said as a fraction in words: 'a third of', 'two-thirds of', 'half of', 'la mitad de', 'un tercio de', 'dois
# terços dos', after 'by' or 'en' and 'em' ('slowed by about one-quarter', 'se redujo en un tercio'), or as a ratio ('one
# in eight', 'uno de cada cinco', 'um em cada dez'). A fraction is a rounded figure: it takes in a tenth of itself
# either side ('a quarter' is 22.5% to 27.5%).
_SHARE_FRACTIONS = {
    "half": 50, "a half": 50, "one half": 50, "la mitad": 50, "metade": 50, "a metade": 50,
    "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "un tercio": 100 / 3, "um terco": 100 / 3,
    "two thirds": 200 / 3, "two-thirds": 200 / 3, "dos tercios": 200 / 3, "dois tercos": 200 / 3,
    "a quarter": 25, "one quarter": 25, "one-quarter": 25, "un cuarto": 25, "una cuarta parte": 25, "um quarto": 25,
    "a quarta parte": 25, "three quarters": 75, "three-quarters": 75, "tres cuartos": 75, "tres cuartas partes": 75,
    "tres quartos": 75, "a fifth": 20, "one fifth": 20, "one-fifth": 20, "una quinta parte": 20, "um quinto": 20,
    "a quinta parte": 20, "a tenth": 10, "one tenth": 10, "one-tenth": 10, "una decima parte": 10, "um decimo": 10,
    "a decima parte": 10,
}
_LARGE = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "dos": 2,
          "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "dois": 2,
          "duas": 2, "quatro": 4, "sete": 7, "oito": 8, "nove": 9, "dez": 10}
# Nouns a fraction measures out, not shares of: 'half an hour', 'a quarter of a century', 'half a point'.
_NOT_SHARED = set(TIME_UNITS) | {"century", "centuries", "siglo", "seculo", "season", "temporada", "time", "tiempo", "tempo",
                                 "mile", "milla", "milha", "point", "punto", "ponto", "percentage", "percent", "porcentaje"}
_SHARE_HEDGE = r"(?:(?:about|around|nearly|almost|roughly|some|more\s+than|less\s+than|over|under|cerca\s+de|casi|mas\s+de|" \
               r"menos\s+de|alrededor\s+de|aproximadamente|quase|mais\s+de)\s+)?"
_FRACTION_SHARE = rx.compile(
    r"\b(?:(?P<by>by|en|em)\s+(?P<byf>" + _SHARE_HEDGE + r"(?P<f1>" + alternation(_SHARE_FRACTIONS) + r"))\b"
    r"(?![\s-]+(?:of|de|do|da|dos|das|del|percentage|porcentual|percentual|" + alternation(_NOT_SHARED) + r")\b)"
    r"|(?P<of>" + _SHARE_HEDGE + r"(?P<f2>" + alternation(_SHARE_FRACTIONS) + r"))\s+(?:of|de|do|da|dos|das|del)\s+"
    r"(?!(?:the\s+|an?\s+|la\s+|el\s+|o\s+|um\s+|uma\s+|un\s+|una\s+)?(?:" + alternation(_NOT_SHARED) + r")\b)[^\W\d_]"
    r"|(?P<ratio>" + _SHARE_HEDGE + r"(?P<n>" + alternation(RATIO_FIRST) + r"|[1-4])\s+(?:out\s+of|" + RATIO_JOIN + r")\s+"
    r"(?P<m>" + alternation(_LARGE) + r"|[2-9]|10)\b))")
_ORDINAL_BEFORE_HALF = rx.compile(r"\b(?:first|second|last|other|primera|segunda|ultima|otra|outra)\s+\Z")


def _fraction_shares(scan: Scan, lo: int, hi: int) -> list[Candidate]:
    folded = scan.folded
    if not any(w in folded[lo:hi] for w in ("half", "third", "quarter", "fifth", "tenth", "mitad", "metade", "tercio", "terco",
                                           "cuart", "quart", "quint", "decim", " in ", " cada ", " out of ")):
        return []
    out = []
    for m in _FRACTION_SHARE.finditer(folded, lo, hi):
        if m.group("ratio"):
            n = RATIO_FIRST.get(m.group("n")) or int(m.group("n"))
            d = _LARGE.get(m.group("m")) or int(m.group("m"))
            if n >= d:
                continue
            share, start, end = 100 * n / d, m.start("ratio"), m.end()
        else:
            words = m.group("f1") or m.group("f2")
            share = _SHARE_FRACTIONS[" ".join(words.split())]
            start = m.start("byf") if m.group("by") else m.start("of")
            end = m.end("f1") if m.group("by") else m.end("f2")
            if "half" in words and _ORDINAL_BEFORE_HALF.search(folded, max(0, start - 12), start):
                continue  # 'the second half of the season'
        hedge = folded[start:end]
        value = _hedged_share(share, hedge)
        out.append(Candidate(start, end, value, " ".join(scan.text[start:end].split())))
    return out


_MORE_THAN, _LESS_THAN = tuple(HEDGES["more_than"]), tuple(HEDGES["less_than"])  # the hedges of a bound


def _hedged_share(share: float, said: str) -> Range:
    """A share said as a fraction, a tenth of it either side, or a bound when a hedge says so ('more than half', as
    'more than 50%' is)."""
    lo, hi = round(share * 0.9, 2), round(share * 1.1, 2)
    if said.startswith(_MORE_THAN):
        return Range(round(share, 2), math.inf)
    if said.startswith(_LESS_THAN):
        return Range(0, round(share, 2))
    return Range(lo, hi)


def _fraction_of_point(m: re.Match[str], spec: QuantitySpec) -> Candidate:
    share = _FRACTIONS[" ".join(m.group(1).split())]
    return Candidate(m.start(), m.end(), Range(share, share), show_percent(Range(share, share), spec))


def _times(value: Range, scale: float) -> Range:
    """A figure written before a word of its scale, in units: '5' of '5 mdd' is 5,000,000, its last place a million."""
    return Range(value.lo * scale, value.hi * scale, (value.grain or 1.0) * scale)


_TO_NEXT = rx.compile(r"\s+(?:to|a|al|ao|para|hasta|ate)\s+\Z")  # between where a change started and where it went


def _went_to(folded: str, numbers: list[NumberSpan], i: int) -> str:
    """The currency that a word after the figure right after numbers[i] names, when 'to' or its like is all that lies
    between them: the amount a change went to names the one it started from. '' when none."""
    if i + 1 == len(numbers):
        return ""
    n = numbers[i + 1]
    if not folded[n.start].isdigit() or not _TO_NEXT.fullmatch(folded, numbers[i].end, n.start):
        return ""
    m = _CURRENCY_AFTER.match(folded, n.end)
    return "" if m is None else _WORDS[" ".join(m.group(1).split())] if m.group(1) else _SYMBOLS[m.group(2)]


def find_money(scan: Scan, article: Article, lo: int, hi: int, spec: QuantitySpec) -> list[Candidate]:
    out = []
    folded = scan.folded
    numbers = find_numbers(scan, lo, hi, article.language)
    for i, n in enumerate(numbers):
        start, end, rate = n.start, n.end, None
        before = _CURRENCY_BEFORE.search(folded, max(0, n.start - 6), n.start)
        after = _CURRENCY_AFTER.match(folded, n.end)
        named = _WORDS[" ".join(after.group(1).split())] if after and after.group(1) else None  # 'Swedish  crowns'
        value, hedged = n.value, n.hedged
        if before:
            currency, start = _SYMBOLS.get("".join(before.group().split()), "USD"), before.start()
            if before.group().strip() == "$" and article.language == "es" and spec and spec.currency in _PESOS:
                currency = spec.currency  # 'el dólar oficial a $800': Spanish copy's bare '$' is the peso the fact is in
            hedge, at = ("", start) if hedged else hedge_before(folded, start)
            if hedge and _OVER.fullmatch(folded, at, start) and _before_cue(folded, n.end, spec):
                hedge = ""  # 'sues over $100,000 H-1B fee': the amount says which fee, and 'over' is a preposition
            if hedge:  # 'at least $160 million': the sign stands between the hedge and the figure
                value, hedged, start = hedge_range(value.lo, value.hi, hedge, ABOUT_SPREAD), True, at
            if named and (named == currency or before.group().strip() == "$"):
                # '$23,25 dólares': the word is part of the amount; after a bare '$' it names the currency ('$500 pesos')
                currency, end = named, after.end()
            elif not named and before.group().strip() == "$" and (code := _CODE_AFTER.match(folded, n.end)):
                currency, end = code.group(1).upper(), code.end()  # '$440.87 MXN': a bare '$' the code after names
            elif not named and (short := _MI_AFTER.match(folded, n.end)) and not _SCALED.search(folded, n.start, n.end):
                value, end = _times(value, 1e6), short.end()
        elif after:
            currency, end = named or _SYMBOLS[after.group(2)], after.end()
        elif (sub := _SUBUNIT_AFTER.match(folded, n.end)) and _DIGIT.search(folded, n.start, n.end):
            # in figures only: not 'my two cents worth'
            currency, end, value = _subunit(sub, spec, article.language), sub.end(), _times(value, 0.01)
        elif article.language == "es" and (short := _MILLIONS_SHORT.match(folded, n.end)):
            (currency, scale), end = _MILLIONS_SHORT_OF[short.group(1)], short.end()  # '5 mdd': Mexican copy's millions
            value = _times(value, scale)
        elif spec and spec.currency and _SCALED.search(folded, n.start, n.end) and (
                _NO_NOUN_AFTER.match(folded, n.end) or spec.cue_words and spec.cue_words.match(folded, n.end)):
            currency = spec.currency  # 'una cantidad de 103 millones'; 'los 150 millones estimados' for `estimados`
        elif spec and spec.currency and (rate := _PER_CURRENCY.match(folded, n.end)) \
                and _WORDS[" ".join(rate.group(1).split())] not in (spec.currency, "peso"):
            currency = spec.currency  # 'It was 366.5 per dollar': a rate of exchange, in the fact's currency
        elif n.earlier and out and 0 <= n.start - out[-1].end <= 40:
            currency = out[-1].value.currency  # 'to 800 pesos to the dollar, from about 391': where it went names it
        elif n.earlier and (went_to := _went_to(folded, numbers, i)):
            currency = went_to  # 'rise from 278.80 to 315.04 pesos', 'pasará de 278.80 a 315.04 pesos'
        elif out and out[-1].reason.startswith(BEFORE_CHANGE) and folded[n.start].isdigit() \
                and _TO_NEXT.fullmatch(folded, out[-1].end, n.start):
            currency = out[-1].value.currency  # 'will rise from 419 pesos to 440': the amount it started from names it
        else:
            continue
        reason = change_reason(n) or shape_trap(scan, n.start, n.end, n.value, n.integer_digits,
                                                 frozenset({"money", "year"}))
        gap = _PER_GAP.match(folded, end)
        per = _PER_UNIT.match(folded, gap.end() if gap else end)
        if rate is None and per and (other := _PER_CURRENCY.match(folded, end)) \
                and _WORDS[" ".join(other.group(1).split())] not in (currency, "peso"):
            rate = other  # '800 pesos per dollar'; not a price per unit of its own currency
        if rate or per and spec and spec.per and spec.per.search(per.group()):
            per = None  # '800 pesos per dollar': a rate of exchange, its unit a currency, no price of one; '$120bn a
            # year' of a fact that is an amount a year
        if not reason and per and not (spec and spec.cue_words and (spec.cue_words.match(folded, end)
                                                                     or spec.cue_words.match(folded, per.end()))):
            # '$25 a share'; '$23.25 per share in cash' when 'in cash' is the cue: what the cue names, per unit
            reason = f"{_PER_UNIT_WHY} ('{scan.text[per.start():per.end()].strip()}')"
        elif not reason and per:
            reason = _one_part(scan, end, gap, per, spec)
        elif not reason:
            reason = _per_unit_before(scan, lo, start, spec) or _named_after(scan, start, end, spec)
        started = None if reason else _STARTED_AT.search(folded, max(lo, start - 40), start)
        if started and not (spec and spec.cue_words and spec.cue_words.search(started.group())):
            reason = f"where it started ('{' '.join(scan.text[started.start():end].split())}'), not what it came to"
        average = None if reason else _AVERAGE_BEFORE.search(folded, max(lo, start - 80), start)
        if average and (_TOTAL_AFTER.match(folded, end) or _TOTAL_BEFORE.search(folded, max(lo, start - 24), start)
                        or spec and spec.cue_words and (spec.cue_words.search(average.group())
                                                        or spec.cue_words.match(folded, average.start()))):
            average = None  # '... averaged $44 million per company, $5.4 billion in all'; 'average hourly earnings' a cue
        if average:
            reason = f"an average ('{scan.text[average.start():end].strip()}'), not a total"
        combined = None if reason else _COMBINED_BEFORE.search(folded, max(lo, start - 24), start)
        if combined and not (spec and spec.cue_words and spec.cue_words.match(folded, combined.start() - 1)):
            reason = f"a sum of several ('{scan.text[combined.start():end].strip()}'), not one's"
        if currency in _SHARED_NAMES and spec and spec.currency in _SHARED_NAMES[currency]:
            currency = spec.currency  # '50 millones de rupias' in a fact kept in IDR
        money = Money(currency, value)
        if not reason and spec and spec.currency and currency != spec.currency and out and (
                out[-1].value.currency == spec.currency and (_GLOSS.fullmatch(folded, out[-1].end, start)
                                                             or _listed_gloss(folded, out[-1].start, out[-1].end, start))
                or out[-1].reason.startswith(_GLOSS_WHY) and out[-1].value.currency == currency
                and _RANGE_JOINS.match(folded, out[-1].end, start)):
            # '315.04 pesos (US$17.27)', '278,8 pesos (15,27 dólares)', 'equivalentes a 17,26 dólares', '9,582 pesos, or
            # about $563', and both ends of '(US$15.27 to US$17.26)': the amount before it, in another currency than
            # the fact's
            reason = f"{_GLOSS_WHY} ('{_both(scan, out[-1].start, end)}')"
        elif not reason and spec and currency == spec.currency and out and not out[-1].reason \
                and out[-1].value.currency != currency and _GLOSS.fullmatch(folded, out[-1].end, start):
            # 'R$ 500 mil (equivalente a US$ 100 mil)' of a fact in dollars: the amount before is this one, in another
            # currency than the fact's
            out[-1] = replace(out[-1], reason=f"{_GLOSSED_WHY} ('{_both(scan, out[-1].start, end)}')")
            note = f"{GLOSSES} ('{_both(scan, out[-1].start, end)}')"
        else:
            note = ""
        out.append(Candidate(start, end, money, " ".join(scan.text[start:end].split()) if hedged else show_money(money),
                             reason, note))
    return _ranges(scan, out)


def _listed_gloss(folded: str, first: int, end: int, start: int) -> bool:
    """The amount at start is listed after a comma in the bracket that opens on the one at first..end ('3 peniques
    por milla (0,03 £, unos 0,03 €, por milla)'): the same amount in a third currency."""
    return _COMMA.fullmatch(folded, end, start) is not None and _OPENS_BRACKET.search(folded, max(0, first - 2), first) \
        is not None and ")" not in folded[first:start]


_COMMA = rx.compile(r"\s*,\s*")
_OPENS_BRACKET = rx.compile(r"\(\s*\Z")


def _subunit(sub: re.Match[str], spec: QuantitySpec | None, language: str) -> str:
    """The currency a hundredth after a figure is of ('3p', '9 cents', '30 centavos de dólar')."""
    word, of = sub.group(1) or "", sub.group(2)
    if of:
        return "peso" if of.startswith("peso") else _WORDS[of]
    if word in _PENCE or not word and "¢" not in sub.group():  # '3 pence', '3p'
        return "GBP"
    if spec and spec.currency:
        return spec.currency
    return "EUR" if word.startswith("centimo") else "BRL" if language == "pt" else "USD"


# What joins an amount to itself in another currency: a bracket, 'or about', 'equivalent to', 'equivalentes a', 'cerca
# de'; past a word or two of a rate before a comma ('315,04 pesos diarios, equivalentes a 17,26 dólares').
_ABOUT_WORDS = r"(?:" + alternation(HEDGES["about"]) + r")"
_GLOSS = rx.compile(r"\s*(?:\((?:\s*equivalent(?:e|es)?\s+(?:to|a))?"  # '(equivalente a US$ 100 mil)'
                    r"|(?:\s+[a-z]+){0,2}?,?\s+(?:or|o|ou)\s+(?=" + _ABOUT_WORDS + r")|(?:\s+[a-z]+){0,2}?,?\s+"
                    r"(?:(?:lo\s+)?que\s+equivale\s+a|equivalent(?:e|es)?\s+(?:to|a)|o\s+que\s+equivale\s+a))\s*"
                    r"(?:" + _ABOUT_WORDS + r"\s+)?")
_OVER = rx.compile(r"(?:over|under)\s*")
_WORD_AFTER = rx.compile(r"\s+([^\W_][\w-]*)")


def _before_cue(folded: str, end: int, spec: QuantitySpec | None) -> bool:
    """A cue of the fact stands within three words after the amount ending at end, its noun: '$100,000 H-1B fee'."""
    if spec is None or spec.cue_words is None:
        return False
    at = end
    for _ in range(3):
        word = _WORD_AFTER.match(folded, at)
        if word is None:
            return False
        if spec.cue_words.match(folded, word.start(1)):
            return True
        at = word.end()
    return False


def _both(scan: Scan, start: int, end: int) -> str:
    """An amount and the same in another currency, as written, with the bracket between them closed."""
    said = " ".join(scan.text[start:end].split())
    return said + ")" if said.count("(") > said.count(")") else said


_GLOSS_WHY = "the amount before it in another currency"
_GLOSSED_WHY = "the amount after it in the fact's currency"
GLOSSES = "the amount before it, said in the fact's currency"  # a note: its bracket is no aside


# The rest of a price paid in two forms, after the amount a share in cash: '$3.50 per share in cash and 0.14625 Kimberly-Clark
# shares', 'US$ 3,50 por ação em dinheiro e 0,14625 ação', '3,50 dólares en efectivo por acción y 0,14625 acciones'.
_CASH = r"[^\S\n]+(?:in|en|em)[^\S\n]+(?:cash|efectivo|dinheiro)\b"
_IN_CASH = rx.compile(_CASH)
_OTHER_PART = rx.compile(r"(?:" + _CASH + r")?[^\S\n]*,?[^\S\n]*"
                         r"(?:and|plus|as\s+well\s+as|y|mas|e|mais|\+)[^\S\n]+(?:about[^\S\n]+)?\d[\d.,]*"
                         r"(?:[^\S\n]+[\w'-]+){0,3}?[^\S\n]+(?:shares?|stock|acciones|accion|acoes|acao|papeis|titulos)\b")


def _one_part(scan: Scan, end: int, gap: re.Match[str] | None, per: re.Match[str], spec: QuantitySpec | None) -> str:
    """Why an amount a share is one part of a price paid in cash and shares, or '': the shares follow it ('$3.50 per
    share in cash and 0.14625 Kimberly-Clark shares'), and the cue of the fact is not that of the cash ('in cash')."""
    folded = scan.folded
    part = _OTHER_PART.match(folded, per.end())
    if part is None:
        return ""
    cash = _IN_CASH.match(folded, per.end())
    cues = spec.cue_words if spec else None
    if cues is not None and (gap and cues.match(folded, end) or cash and cues.match(folded, per.end())):
        return ""  # the fact is the cash: 'in cash' is its cue
    return f"one of the parts paid ('{' '.join(scan.text[per.start():part.end()].split())}'), not the whole a share"


# A cue made a rate by 'per' before it: 'a per-share deal value of $21.01', 'the per capita income was $60,000'.
_PER_BEFORE = rx.compile(r"\bper[\s-]+(?:share|capita|head|person|unit|barrel|ton|tonne|household|employee|student|ticket|"
                         r"vote|day|week|month|year|hour)\b(?:\s+[a-z]+){1,3}(?:\s+(?:of|at|was|is|were|de))?\s*:?\s*\Z"
                         # ... and 'each' heading the amount's clause: 'several other works were auctioned, each selling
                         # for amounts between $60 million and $80 million', 'cada uno vendido por'
                         r"|\b(?:each|cada\s+(?:uno|una|um|uma))(?:\s+[^\W\d_]+){1,4}\s+\Z")


def _per_unit_before(scan: Scan, lo: int, start: int, spec: QuantitySpec | None) -> str:
    """Why an amount after a noun made a rate by 'per' is a price per unit, or '': not when that rate is the fact's cue
    ('per share') or its span of time (`per: year`)."""
    m = _PER_BEFORE.search(scan.folded, max(lo, start - 60), start)
    if m is None or spec and (spec.cue_words and spec.cue_words.match(scan.folded, m.start())
                              or spec.per and spec.per.search(m.group())):
        return ""
    return f"{_PER_UNIT_WHY} ('{' '.join(scan.text[m.start():start].split())}')"


# What an amount is of, named right after it: '$2.5 billion of cash costs', '$7 billion in adjusted EBITDA', '1.900 millones
# de dólares en ahorros de costos', '6.4 billion reais out of funds'. Up to four words, to a preposition or a conjunction.
_NAMED_AFTER = rx.compile(r"[^\S\n]+(in|of|out[^\S\n]+of|en|em|de)[^\S\n]+(?:(?:the|its|their|el|la|los|las|su|sus|o|os|as|"
                          r"seu|sua|seus|suas)[^\S\n]+)?([a-z][a-z'-]+)((?:[^\S\n]+(?!(?:"
                          + alternation(PREPOSITIONS | PASSIVE | {"and", "or", "y", "o", "e", "ou", "but", "that", "which",
                                                                  "que", "plus", "mas", "mais", "has", "have", "had"})
                          + r")\b)[a-z][a-z'-]+){0,3})")
# First words that do not name what an amount is: determiners, forms of payment, totals, times, bounds ('in cash', 'in
# all', 'in 2025', 'in late 2021', 'en los primeros tres años', 'em até três anos').
_NOT_NAMING = OBJECT_OPENERS | frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(_WORDS) | frozenset("""
    value valor total all todo toda todos todas sum suma soma
    each every some any no another such both either its our your my
    este esta estos estas esse essa esses essas aquel aquella isso isto cada lo
    just only about around nearly almost less more over under up until before after late early mid recent past next
    last first second third this these those one two three few several many
    ate hasta hace ha apenas casi cerca mas menos unos unas uns umas poco pouco
    year years months month weeks week days day hours quarter quarters
    ano anos anio anios mes meses semanas dias trimestre
    exchange return case caso order addition part fact turn particular
""".split())
_RATE_CUE = rx.compile(r"(?:" + _PER_WORDS + r"|per|every)\s")  # a cue of a rate: 'a day', 'each day', 'por dia'

# Forms of payment: 'in cash', 'in cash and stock', 'em ações ordinárias', 'en capital' (not 'of cash costs').
_FORMS = frozenset("cash stock stocks shares equity capital efectivo acciones dinheiro acoes papeis titulos".split())


def _named_after(scan: Scan, start: int, end: int, spec: QuantitySpec | None) -> str:
    """Why an amount names a thing of its own right after it that is not the fact's ('$2.5 billion of cash costs to
    achieve these synergies', '$7 billion in adjusted EBITDA'), or '': no such words, a cue among them ('$1.9 billion in
    cost savings'), or a cue right before the amount, whose object it is ('fined Google €2.95 billion in penalties'). The
    amount said in another currency in brackets stands between ('13.6 billion reais ($2.45 billion) in dividends')."""
    folded = scan.folded
    aside = _BRACKETED.match(folded, end)
    m = _NAMED_AFTER.match(folded, aside.end() if aside else end)
    if m is None or spec is None:
        return ""
    word = m.group(2)  # the first word after the preposition: a form of payment names something only before a noun of 'of'
    if word == "total" and m.group(3):
        word = m.group(3).split()[0]  # 'in total deposits': the noun after it names, not 'in total' alone
    if word in _NOT_NAMING or word in _FORMS and not (m.group(3) and m.group(1) == "of") or not scan.text[m.start(2)].islower():
        return ""
    cue = spec.cue_words.search(folded, end, m.end() + 40) if spec.cue_words is not None else None
    if cue is not None and cue.start() < m.end() and not OF_WORDS.isdisjoint(folded[m.start(2):cue.start()].split()):
        cue = None  # the cue qualifies another noun, the one the amount is in: 'R$ 6,5 bilhões em sua reserva de dividendos'
    # the thing, then the cue of a rate right after it: '$9.6 billion of goods a day' for the cue 'a day'
    rate = cue is not None and cue.start() >= m.end() and not folded[m.end():cue.start()].strip() and _RATE_CUE.match(
        folded, cue.end() - len(cue.group().lstrip(' "“”-'))) is not None
    if rate or cue is not None and cue.start() < m.end() or \
            spec.cue_governs is not None and spec.cue_governs.search(folded, max(0, start - 60), start):
        return ""
    return f"an amount of something else ('{' '.join(scan.text[start:m.end()].split())}')"


_IN_ALL = r"in\s+all|in\s+total|en\s+total|no\s+total|ao\s+todo|al\s+todo"
_TOTAL_AFTER = rx.compile(r"\s+(?:" + _IN_ALL + r")\b")
_TOTAL_BEFORE = rx.compile(r"\b(?:total\w*|" + _IN_ALL + r")(?:\s+(?:of|de|do))?\s+\Z")
_SCALE_WORD = rx.compile(r"\b(?:" + _SCALES + r")\b|\d(?:m|bn?)\b")
_RANGE_OPENS = rx.compile(r"\b(?:between|from|entre)\s+\Z")
# A word of a change earlier in the clause, which makes 'from' one amount 'to' another a change ('lift the minimum wage
# from 278.8 pesos to 315.04 pesos'; not 'worth from $30 million to $40 million').
_CHANGED_BEFORE = rx.compile(r"\b(?:" + alternation(CHANGE_WORDS) + r")\b[^,;.\n]{0,60}\Z")
_RANGE_JOINS = rx.compile(r"\s*(?:and|to|y|a|e|-|–)\s*\Z")
_TO_JOINS = rx.compile(r"\s*(?:to|a|-|–)\s*\Z")  # with no word that opens a range, only these join one


def _ranges(scan: Scan, found: list[Candidate]) -> list[Candidate]:
    """Two amounts in one currency that a range joins are one value: 'between $540 million and $1.08 billion', 'from
    $350 million to $500 million'; and with no word to open it, a first that takes the second's scale ('Estimated at
    US$40 to US$60 million')."""
    out: list[Candidate] = []
    for c in found:
        a = out[-1] if out else None
        start = -1
        lo = a.value.amount.lo if a is not None else 0.0
        if a is not None and not (a.reason or c.reason) and a.value.currency == c.value.currency \
                and _RANGE_JOINS.match(scan.folded, a.end, c.start):
            scaled = lo > 0 and c.value.amount.lo >= 1000 * a.value.amount.hi \
                and _SCALE_WORD.search(scan.folded, c.start, c.end) is not None \
                and not _SCALE_WORD.search(scan.folded, a.start, a.end)
            if scaled:  # '$140 and $150 million'
                lo *= 10 ** (3 * int(math.log10(c.value.amount.lo / a.value.amount.hi) // 3))
            if lo < c.value.amount.lo:
                opens = _RANGE_OPENS.search(scan.folded, max(0, a.start - 10), a.start)
                start = opens.start() if opens else a.start if scaled and _TO_JOINS.match(scan.folded, a.end, c.start) \
                    else -1
                if opens and opens.group().startswith("from") and \
                        _CHANGED_BEFORE.search(scan.folded, max(0, opens.start() - 70), opens.start()):
                    # 'will increase by 13% in 2026 —from 278.80 pesos to 315.04 pesos': a change, no range
                    out[-1], start = replace(a, reason=f"{BEFORE_CHANGE} ('from {scan.text[a.start:a.end]}')"), -1
        if start < 0:
            if a is not None and a.reason.startswith(_PER_UNIT_WHY) and not c.reason \
                    and _RANGE_JOINS.match(scan.folded, a.end, c.start) and a.value.currency == c.value.currency:
                c = replace(c, reason=a.reason)  # 'each selling for amounts between $60 million and $80 million'
            out.append(c)
            continue
        money = Money(c.value.currency, Range(lo, c.value.amount.hi))
        out[-1] = Candidate(start, c.end, money, " ".join(scan.text[start:c.end].split()), "")
    return out


def relate_numbers(a: Range, b: Range, spec: QuantitySpec) -> Relation:
    if a == b:
        return Relation.EQUAL
    tol = spec.tolerance if spec else 0.0
    return Relation.COMPATIBLE if a.lo - tol <= b.hi and b.lo - tol <= a.hi else Relation.CONFLICT


def relate_measures(a: Range, b: Range, spec: QuantitySpec) -> Relation:
    """As relate_numbers; and a figure is compatible with a finer one it rounds ('40C' and '40.3C', '28.7%' and
    '28.66%')."""
    if a.rounds(b) or b.rounds(a):
        return Relation.COMPATIBLE
    return relate_numbers(a, b, spec)


def _precision(v: Range, spec: Any = None) -> float:
    """More is more specific: an exact decimal figure over one with fewer decimals, over a whole one it may round to,
    over a range."""
    return -v.width - v.grain + (0.5 if v.exact and not float(v.lo).is_integer() else 0.0)


def show_number(value: Range, spec: Any = None) -> str:
    """A figure; in the fact's unit when it has one."""
    unit = getattr(spec, "unit", None)
    return show_range(value) if unit is None else _show_in(value, unit)


def _show_in(value: Range, unit: Unit) -> str:
    """A measure in a unit, to four significant digits ('192.3–193.9 km/h')."""
    return f"{show_bounds(value, lambda x: f'{x:.4g}' if abs(x) < 1e4 else f'{x:,.0f}')} {unit.symbol}"


def parse_number(value: Any, spec: Any = None) -> Range:
    """An expected value: 6.1, 'about 80', {'min': 40}; in a fact with a unit also a measure in any unit of its
    quantity ('120 mph'), named as copy names it or by the symbol a rule file and the report use ('5500 mi')."""
    unit = getattr(spec, "unit", None)
    if unit is not None and isinstance(value, str) and re.search(r"[^\W\d_]|°", fold(value)):
        text = fold(value.strip())
        figure = re.match(r".*\d", text)  # the figure before its unit, with its hedge ('about 9300 ha')
        head = figure.group() if figure else ""
        number, at = read_range(head, continuous=True), unit_after(text, len(head))
        if number is not None and re.match(r"[-−]\s*\d", head):  # a temperature below zero: '-35.6 °C'
            number = Range(-number.hi, -number.lo)
        elif number is not None and unit.quantity == "temperature":
            number = _no_floor(number)  # 'up to 1700 °F', as copy's is read
        if (at is None or at[1] != len(text)) and (named := unit_named(text[len(head):])) is not None:
            at = named, len(text)
        if at is None or number is None or at[1] != len(text) or at[0].quantity != unit.quantity:
            raise ValueError(f"expected a measure in {unit.symbol} or another unit of {unit.quantity}, found {value!r}")
        return convert(number, at[0], unit)
    return parse_range(value, spec)


RATE_SPREAD = 0.05  # amounts converted at a rule's rates may differ by so much: rates move, writers round


def relate_money(a: Money, b: Money, spec: QuantitySpec) -> Relation:
    """Amounts in one currency compare as figures, and one written with a scale word is compatible with a finer one
    it rounds ('€3 billion' in a headline, '€2.95 billion' below it; not '$25' and '$25.25' a share); in two
    currencies, only through the rule's rates, and then at best compatible ('€103m' and '£88.5m' at 1.16 euros a
    pound); with no rate they conflict."""
    if a.currency == b.currency:
        x, y = a.amount, b.amount
        if x.grain and x.rounds(y) or y.grain and y.rounds(x):
            return Relation.COMPATIBLE
        return relate_numbers(x, y, spec)
    rate_a, rate_b = _rate(a.currency, spec), _rate(b.currency, spec)
    if rate_a is None or rate_b is None:
        return Relation.CONFLICT
    x = Range(a.amount.lo * rate_a * (1 - RATE_SPREAD), a.amount.hi * rate_a * (1 + RATE_SPREAD))
    y = Range(b.amount.lo * rate_b, b.amount.hi * rate_b)
    tol = spec.tolerance if spec else 0.0
    return Relation.COMPATIBLE if x.lo - tol <= y.hi and y.lo - tol <= x.hi else Relation.CONFLICT


def _rate(currency: str, spec: QuantitySpec | None) -> float | None:
    if spec is None or not spec.currency:
        return None
    return 1.0 if currency == spec.currency else dict(spec.rates).get(currency)


def show_percent(value: Range, spec: Any = None) -> str:
    return show_range(value) + (" pp" if spec is not None and spec.points else "%")


def show_money(value: Money, spec: Any = None) -> str:
    r = value.amount
    def fmt(x: float) -> str:
        for size, suffix in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
            if x >= size:
                return f"{x / size:g}{suffix}"
        places = 2 if x >= 1000 or abs(x - round(x, 2)) < 1e-9 else 4  # a rate or a price in parts of a cent: '$1.1658'
        return f"{x:,.{places}f}".rstrip("0").rstrip(".")
    return f"{value.currency} {show_bounds(r, fmt)}"


def range_json(value: Range) -> Any:
    if value.exact:
        return value.lo
    return {"min": None if math.isinf(value.lo) else value.lo, "max": None if math.isinf(value.hi) else value.hi}


def parse_range(value: Any, spec: Any = None, continuous: bool = True) -> Range:
    """A measure or a share as a rule file writes it; an amount of money is counted (continuous=False)."""
    found = read_range(value, continuous=continuous)
    if found is None:
        raise ValueError(f"expected a number such as 6.1 or 'about 80', found {value!r}")
    return found


def parse_money(value: Any, spec: QuantitySpec) -> Money:
    """'USD 2500000', 'about USD 334 million', '$2.5 million', '80 millones de euros', {currency: EUR, amount: 85000000}."""
    if isinstance(value, dict) and "currency" in value:
        return Money(str(value["currency"]).upper(), parse_range(value.get("amount"), spec, continuous=False))
    if isinstance(value, str):
        m = re.fullmatch(r"(?:(.+?)\s+)?([A-Za-z]{3})\s+(.+)", value.strip())
        hedge = fold(m.group(1)) + " " if m and m.group(1) else ""
        if m and (not hedge or hedge_before(hedge, len(hedge))[1] == 0):  # 'about USD 334 million'
            return Money(m.group(2).upper(), parse_range(hedge + m.group(3), spec, continuous=False))
        for lang in ("en", "es", "pt"):
            found = find_money(Scan(value), Article("", "", "", value, lang), 0, len(value), spec)
            if len(found) == 1 and found[0].start == 0 and found[0].end == len(value.rstrip()):  # not 'the USD 5'
                return found[0].value
    raise ValueError(f"expected an amount such as 'USD 2.5 million' or '80 millones de euros', found {value!r}")


NUMBER = Kind("number", frozenset({"tolerance", "accept", "unit", "units"}), lambda o, e: compile_spec(o, e, measure=True),
              find_number, parse_number, relate_measures, range_json, show_number, _precision, updates=True)
PERCENTAGE = Kind("percentage", frozenset({"tolerance", "unit"}), compile_spec, find_percentage, parse_range,
                  relate_measures, range_json, show_percent, _precision)
MONEY = Kind("money", frozenset({"tolerance", "currency", "rates", "per"}), compile_spec, find_money, parse_money, relate_money,
             lambda v: {"currency": v.currency, "amount": range_json(v.amount)}, show_money,
             lambda v, spec: -v.amount.width)

__all__ = ["MONEY", "NUMBER", "PERCENTAGE", "Money"]
