"""Numbers as written in English, Spanish and Portuguese: digits, words, multipliers, hedges, ranges."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .. import rx
from ..lexicon import (
    CHANGE_VERBS,
    FALL_VERBS,
    HEDGES,
    MONTHS,
    MULTIPLIERS,
    NUMBER_WORDS,
    SURPASS_VERBS,
    TOLL_NOUNS,
    VAGUE,
    VAGUE_BEFORE_HURT,
    VAGUE_BEFORE_OF,
)
from ..models import Range
from ..text import Scan, alternation, fold

NOT_NUMBERS = {"en": {"once", "un", "una", "uno", "um", "uma"}, "pt": {"dos"}, "es": {"um"}}
_SOMEWHERE_NOT = frozenset().union(*NOT_NUMBERS.values())
# Thousands grouped by a comma, a point, or a space as much of the world's copy writes them ('42 000', '3 000 fans';
# a non-breaking or narrow space too): a space only between groups of three, the last before no other figure, and not
# after a month, where the first figure is a day ('on June 3 120 people').
_NOT_A_DAY = "".join(rf"(?<!\b{m}\s)" + (rf"(?<!\b{m}\.\s)" if len(m) <= 4 else "") for m in MONTHS)
_DIGITS = (r"\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d])|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])"
           r"|(?=\d{1,3}[ \u00a0\u202f]\d{3})" + _NOT_A_DAY + r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]|\s\d)"
           r"|\d+(?:[.,]\d+)?")  # the months looked behind for only where a space follows the first figure
_SPACED = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?!\d)")
# '2.5 million', '£74m', '$161-million' (a hyphen before a scale word, not before 'm' or 'k': 'a 5-m wall'); a scale
# letter is written onto its figure or onto its currency ('430 M€'), and after a space is a unit ('a 622 m shaft',
# 'a 700 m de profundidade').
_SCALE_LETTERS = alternation(w for w in MULTIPLIERS if len(w) == 1)
# ... but not before the dimension it measures, where the letter is metres: 'a 400m-long ship', '400m de eslora'.
_DIMENSION_NEXT = (r"(?![^\S\n]*-?[^\S\n]*(?:long|high|deep|wide|tall|de[^\S\n]+(?:largo|alto|altura|ancho|eslora|longitud|"
                   r"profundidad|profundidade|comprimento|largura)))")
_MULT = (r"(?:(?:\s*(?:" + alternation(w for w in MULTIPLIERS if len(w) > 1) + r")|\s?(?:" + _SCALE_LETTERS
         + r")(?=[€$£])|(?:" + _SCALE_LETTERS + r")" + _DIMENSION_NEXT + r")\b|-(?:"
         + alternation(w for w in MULTIPLIERS if len(w) > 2) + r")\b)?")
# Thousands written as 'mil' and the rest in digits, as Mexican and other Spanish copy does: 'mil 670' is 1,670,
# '2 mil 300' and 'dos mil 300' are 2,300, '9 mil 582.47' is 9,582.47 (an amount in pesos and centavos); not a list
# ('mil, 670') nor a figure of its own after it ('mil 2025'); millions before them so too: '47 millones 231 mil 887'.
_THOUSANDS_WORDS = alternation(set(NUMBER_WORDS["es"].split()) - {"cero", "un", "uno", "una", "mil", "millon", "millones"})
_MIL_AND = (rf"(?<![\d.,])(?:\d{{1,3}}\s+mill(?:on|ones)\s+)?"
            rf"(?:(?:\d{{1,3}}|\b(?:{_THOUSANDS_WORDS})(?:\s+(?:y\s+)?(?:{_THOUSANDS_WORDS}))?)\s+)?"
            r"\bmil\s+\d{1,3}(?:[.,]\d{1,2}(?!\d))?(?![\d]|[.,]\d)")
_MIL_AND_PARTS = re.compile(r"(?:(?P<m>\d{1,3})\s+mill(?:on|ones)\s+)?(?:(\d{1,3})\s+|(\D+?)\s+)?mil\s+(\d{1,3}(?:[.,]\d{1,2})?)")
# Collective numerals a number word multiplies: 'two dozen', 'dos docenas', 'dos centenares', 'três dezenas'.
_COLLECTIVES = {"dozen": 12, "docena": 12, "docenas": 12, "duzia": 12, "duzias": 12, "decenas": 10, "dezenas": 10,
                "centenares": 100, "centenas": 100, "millares": 1000, "milhares": 1000}
_COLLECTIVE = alternation(_COLLECTIVES)
# A half after a scale word: 'millón y medio', 'dois milhões e meio', 'a million and a half'.
_SCALES = ("million", "millions", "millon", "millones", "milhao", "milhoes", "billion", "billions", "bilhao", "bilhoes")
_HALF = (r"(?:(?:" + "|".join(f"(?<={w})" for w in _SCALES) + r")\s+(?:y\s+medio|e\s+meio|and\s+a\s+half)\b)?")
# Half of a scale word, or a whole and a half before one: 'half a billion', 'medio millón', 'meio bilhão', 'one and a
# half billion'; the scale word stays part of the number.
_HALF_OF = r"(?:half\s+an?|medio|meio)\s+(?=(?:" + "|".join(_SCALES) + r")\b)"
_AND_A_HALF = r"\s+and\s+a\s+half(?=\s+(?:" + "|".join(_SCALES) + r")\b)"
_HALVES = rx.compile(r"(?:(?P<whole>.+?)\s+and\s+a\s+half|half\s+an?|medio|meio)\s+(?P<scale>\S+)\Z")
# A half written right after a figure, before its unit: 'six and a half years', 'two-and-a-half minutes', '6½ hours',
# '6 1/2 years', '6-1/2'.
HALF_AFTER = r"(?:[\s-]and[\s-]a[\s-]half|\s*½|[\s-]1/2)"
_HALF_END = rx.compile(r"\s+(?:y\s+medio|e\s+meio|and\s+a\s+half)\Z", re.IGNORECASE)
_COLLECTIVE_END = rx.compile(rf"\b(?:{_COLLECTIVE})\Z")
CLOCK_MINUTES_BEFORE = rx.compile(r"\d:\s*\Z")  # a clock's hour and colon before its minutes: 'a las 23:20'
# An hour of the clock after its article ('a las 16 ese mismo día', 'hasta las 7 horas', 'por volta das 16'): a time.
CLOCK_BEFORE = rx.compile(r"\b(?:(?:a|desde|hasta|hacia|sobre|ate|antes\s+de|despues\s+de)\s+(?:las?|as)"
                          r"|(?:depois|por\s+volta)\s+das?|pelas?)\s+\Z")
# 'Only' before a figure in Spanish and Portuguese: 'de tan solo 23 años', 'de apenas 23 anos', 'com só 23 anos'.
ONLY = r"(?:(?:tan\s+)?solo|apenas|so)"
ABOUT_SPREAD = 0.1  # 'about 80' is 80 give or take a tenth (at least 1): counts, amounts and spans of time alike
_HEDGE_WORDS = {w: h for h, ws in HEDGES.items() for w in ws}
_POST_HEDGE = {"or more": "at_least", "or so": "about", "o mas": "at_least", "ou mais": "at_least",
               "plus": "at_least", "or fewer": "up_to", "or less": "up_to", "o menos": "up_to", "ou menos": "up_to",
               "or higher": "at_least", "or above": "at_least", "or greater": "at_least", "o superior": "at_least",
               "ou superior": "at_least", "o mayor": "at_least", "ou maior": "at_least", "or lower": "up_to",
               "or below": "up_to"}


ALL_NUMBER_WORDS = frozenset(w for ws in NUMBER_WORDS.values() for w in ws.split())  # of every language


@cache
def number_starts(lang: str) -> frozenset[str]:
    """Words a number can be: number words and vague quantities ('dozens')."""
    words = ALL_NUMBER_WORDS - NOT_NUMBERS.get(lang, set())
    return frozenset(words | {v.split()[-1] for v in VAGUE})


HEDGE_WORDS = alternation(_HEDGE_WORDS)  # every hedge before a number, as a regular expression
# Spanish and Portuguese put an article between a hedge and a share ('casi el 3%', 'cerca de un 20%'), or join it
# to the hedge's 'de' ('menos del 1%', 'más del 50 por ciento'); only before a share, not before a day ('hasta el 20').
_SHARE_AHEAD = r"(?=(?:[\d.,]+|[a-z]+(?:\s+[ye]\s+[a-z]+)?\s)\s*(?:%|por\s+ciento\b|por\s+cento\b|percent\b|per\s+cent\b))"
# 'nada menos que 6 minutos', 'nada mais nada menos que 40': no hedge, but weight given to the figure, which is exact.
_NOT_EMPHATIC = r"(?<!nada )"
_CONTRACTED = {w[:-3] + " del": h for w, h in _HEDGE_WORDS.items() if w.endswith(" de")}
_HEDGE_OF = _HEDGE_WORDS | _CONTRACTED  # a hedge as number_pattern matches it -> its kind
# Words that may begin a number phrase when a number follows: hedges, 'between', 'a dozen'.
NUMBER_LEADS = frozenset({h.split()[0] for h in _HEDGE_OF} | {v.split()[0] for v in VAGUE} | {"between", "entre"})


# Words of ages between 'between' and a range of them: 'between the ages of 12 and 59', 'entre as idades de 12 e 59'.
_AGES_OF = r"(?:the\s+)?ages\s+of\s+|(?:las\s+)?edades\s+de\s+|(?:as\s+)?idades\s+de\s+"
# A dash between two figures, spaced on both sides or on neither; one spaced on one side opens an aside ('fueron de 17%
# —18,5% en el embalse San Rafael y 16,5% en Chuza—').
_DASH = r"(?:(?<!\s)[–—](?!\s)|(?<=\s)[–—](?=\s))"


@cache
def number_pattern(lang: str) -> re.Pattern[str]:
    """A number, optionally hedged ("at least 40") or a range ("three or four", "30-60")."""
    # Every language's number words, so a short or mixed text still reads, less the ones that are
    # ordinary words in this language ('dos' is 'of the' in Portuguese, 'once' is English).
    # A word that is no number in some language is none before a figure in any: 'os corpos dos 28 reféns', 'un 20 %'.
    plain = ALL_NUMBER_WORDS - NOT_NUMBERS.get(lang, set())
    word = "(?:" + alternation(plain - _SOMEWHERE_NOT) + "|(?:" + alternation(plain & _SOMEWHERE_NOT) + r")(?!\s+\d))"
    # 'one thousand, two hundred': a comma may follow a scale word inside one number.
    scale_comma = r"(?:(?<=thousand)|(?<=million)|(?<=billion)),\s+"
    seq = rf"(?:a\s+(?=(?:hundred|thousand|million|dozen)\b)|{_HALF_OF})?{word}" \
          rf"(?:(?:\s+(?:and|y|e)\s+|\s+|-|{scale_comma}){word}|{_AND_A_HALF})*" \
          rf"(?:\s+(?:{_COLLECTIVE})\b)?"  # 'two dozen', 'dos docenas', 'dos centenares'
    vague = alternation(set(VAGUE) - set(VAGUE_BEFORE_OF)) + "".join(
        rf"|{w}(?=\s+{of}\b)" for w, of in VAGUE_BEFORE_OF.items()) + "".join(
        rf"|(?:(?<=\band\s)|(?<=,\s)){w}(?=\s+(?:{alternation(hurt)})\b)" for w, hurt in VAGUE_BEFORE_HURT.items())
    # Vague words first: 'un centenar' is a hundred or so, not 'un'.
    num = rf"(?:{_MIL_AND}|(?<![\d.,])(?:{_DIGITS}){_MULT}|\b(?:{vague})\b|\b{seq}\b){_HALF}"
    return rx.compile(
        # a hedge of a floor may be set off by commas ('se ha saldado con, al menos, tres víctimas')
        rf"(?:{_NOT_EMPHATIC}\b(?P<hedge>{HEDGE_WORDS}|(?:{alternation(_CONTRACTED)})(?=\s+{_SHARE_AHEAD}))(?:(?<=least|menos),)?\s+"
        # after it, a sign ('almost +52 degrees') or, in Spanish, the 'a' of a person ('mató al menos a 100 reclusos')
        rf"(?:(?P<article>el|un|o|um)\s+{_SHARE_AHEAD}|\+(?=\d)|(?<=menos\s)a\s+)?)?"
        # ... and 'between the ages of 12 and 59', 'entre las edades de', 'entre as idades de'
        rf"(?:\b(?P<between>between|entre)\s+(?:(?:el|un|o|um)\s+|{_AGES_OF})?)?"
        rf"(?P<n1>{num})"
        # 'entre un 58,3% y un 60,7%', 'between 58.3 percent and 60.7 percent': a range's unit may follow each end; and
        # a sign of percent may with no 'between' when the second end has one too ('3.50%–3.75%', '3,50% a 3,75%').
        rf"(?:(?(between)\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b|por\s+cento\b)|"
        rf"(?P<pct>\s*%(?=\s*(?:-|{_DASH}|to\b|a\b|al\b|ao\b)\s*\d[\d.,]*\s*%))))?"
        rf"(?:\s*(?P<sep>-(?:\s*(?:to|a)\b)?|{_DASH}|\bto\b|\bor\b|\bo\b|\bou\b|\ba\b|(?(between)(?:\band\b|\by\b|\be\b)|(?!))"
        rf"|(?(pct)(?:\bal\b|\bao\b)|(?!)))"
        rf"\s*(?:[$€£¥]\s*)?(?:(?(between)(?:el|un|o|um)\s+|(?!)))?(?P<n2>{num}))?"
        # '40 or more', '100-plus'; not 'plus' before a word ('€100m plus add-ons' adds to the figure)
        rf"(?:(?:\s+|-(?=plus))(?P<post>{alternation(_POST_HEDGE)})\b(?!(?<=\splus)\s+[^\W\d_]))?"
    )


@dataclass(frozen=True, slots=True)
class NumberSpan:
    start: int
    end: int
    value: Range
    raw: str
    hedged: bool
    words: bool  # written in words
    integer_digits: bool  # plain digits with no separator, e.g. a year
    earlier: str = ""  # the figure a change started from ('rose from 30 to 40': 30), as written
    step: bool = False  # the size of a change ('rose by 5', 'lowering the toll by one', 'aumentó en 5')


# A change of figure: 'rose from 30 to 40', 'subió de 30 a 40', 'subió del 3% al 5%', 'passou de 30 para 40', 'up from 30';
# not where the verb takes a figure's noun as where it went ('a taxa passa para o intervalo de 3,50% a 3,75%').
_SIGN = r"(?:us\s*|r(?=\$))?[$€£¥]?\s*"  # a currency's sign before a figure: '$', 'US$', 'R$', '€'
# Nouns of a change, whose start a figure after 'from' or 'de' is too: 'o crescimento do Chega de 12 deputados para 48'.
_CHANGE_NOUNS = ("growth", "drop", "reduction", "crescimento", "crecimiento", "queda", "caida", "descida")
# ... past the level it is of: 'compared to the official number of 41 people', 'frente a la cifra oficial de 41'.
_COMPARED_LEVEL = (r"(?:\s+(?:the|an?|la|el|o|a)(?:\s+[a-z]+){0,2}?\s+(?:number|count|tally|toll|figure|total|cifra|numero"
                   r"|balance|balanco)\s+(?:of|de))?")
_FROM_HEDGE = r"(?:about|around|some|nearly|almost|roughly|cerca\s+de|unos|unas|uns|umas|casi|quase)"  # 'from about 391'
_COMPOUND_AFTER = rx.compile(r"-[a-z]+(?:-[a-z]+)*\s+[a-z]")  # '28-point plan', '30-year high'
_FROM_BEFORE = rx.compile(rf"(?:\b(?:{alternation(CHANGE_VERBS + _CHANGE_NOUNS)}|went\s+up)\b"
                          r"(?:\s+(?!(?:to|a|al|ao|para|hasta|ate)\b)[a-z][a-z\d-]*){0,6}?,?\s+(?:from(?:\s+(?:its|their|the|a|an)"
                          r"(?:\s+(?:current|present|previous|existing))?)?|de|desde|del|do|da)"
                          r"|\b(?:up|down|go|goes|going|gone|went)\s+from"
                          # 'to 800 pesos per dollar from', 'para cerca de 800 pesos por dólar, dos cerca de'
                          r"|\b(?:to|para|hasta|ate)\s+(?:[a-z]+\s+){0,2}[$€£¥]?[\d.,]+(?:\s+[a-z]+){0,4},?\s+"
                          r"(?:from|desde|dos|das)(?:\s+" + _FROM_HEDGE + ")?"
                          r"|(?:\bcompared\s+(?:with|to)|\bfrente\s+a(?:\s+los)?|\b(?:em\s+comparacao|comparad[oa]s?)\s+(?:com|a)"
                          r"(?:os|as|o|a)?|\ben\s+comparacion\s+con(?:\s+los)?)" + _COMPARED_LEVEL + r")\s+" + _SIGN + r"\Z")


# 'Frente a' a figure of a crowd is in front of it, no standard of comparison: 'frente a 81.118 espectadores'.
_CROWD_AFTER = rx.compile(r"\s+(?:espectadores|aficionados|hinchas|asistentes|personas|fans|seguidores)\b")


# Spanish and Portuguese 'de' is 'from' only with where the change got to after it ('subió de 30 a 40'); else 'of'
# ('un aumento salarial de 38 %', 'el aumento será del 5%').
_DE_BEFORE = rx.compile(r"\bdel?\s+" + _SIGN + r"\Z")  # and 'del': 'el aumento será del 5%', 'subió del 3% al 5%'
# The figure's noun, and a short bracket ('pasaron de 16,63 % (10 de abril) a 16,32 %'), up to 'a' or 'para'.
_TO_PAST = r"(?:\s*%|\s+[a-z]+){0,4}(?:\s*\([^()]{1,30}\))?\s+"
_TO_ARTICLE = r"(?:(?:un|el|la|o|os|um|unos|unas|uns|umas)\s+)?"
_TO_AFTER = rx.compile(_TO_PAST + r"(?:a|al|ao|para|hasta|ate)\s+" + _TO_ARTICLE + _SIGN + r"\d")
# ... and a figure 'de' opens is where a change started from when where it went follows, a level or a range maybe named
# first, and a verb of change stands some words before: 'reduziu a projeção para o investimento este ano de 16,95 mil
# milhões de euros para um nível entre 12,37 e 13,28', 'elevó la previsión de crecimiento del 2% al 2,5%' (a nearer verb
# is read by _FROM_BEFORE).
_DE_TO = rx.compile(_TO_PAST + r"(?:a|al|para|hasta|ate)\s+" + _TO_ARTICLE
                    + r"(?:(?:nivel|rango|faixa|intervalo|patamar|entre)\s+){0,2}" + _SIGN + r"\d")
_MOVES = alternation(CHANGE_VERBS + FALL_VERBS)  # verbs that move a figure, up or down
_REVISED = tuple("revisou revisaram reviso revisaron rebajo rebajaron cortou cortaram corto recorto recortaron".split())
_CHANGED = rx.compile(rf"\b(?:{_MOVES}|{alternation(_REVISED)})\b")


# The size of a change: 'rose by 5', 'lowering the previous toll by one', 'aumentó en 5', 'caiu em 3'; and a margin
# past a mark: 'exceeding the previous record by 1.6C' (see SURPASS_VERBS).
_CHANGE_VERB = alternation(CHANGE_VERBS)
_BY_BEFORE = rx.compile(rf"\b(?:{_CHANGE_VERB}|{alternation(SURPASS_VERBS)})\b(?:\s+[a-z]+){{0,5}}?\s+(?:by|en|em)\s+\Z")
_UP_BEFORE = rx.compile(r"\b(?:up|down)[^\S\n]+[$€£]?\Z")
_FROM_AFTER = rx.compile(r"[^\S\n]+(?:from|over)[^\S\n]")
_BY_WORDS = ("by", "en", "em")  # the word right before such a figure: tested first, the expression only then
# A verb of change right before two shares that 'to' joins: 'rose 2% to 9%' is a rise to 9%, no range.
_MOVED_BEFORE = rx.compile(rf"\b(?:{_CHANGE_VERB})\s+\Z")
_TO_BETWEEN = rx.compile(r"\s*%?\s+(?:to|a|para|hasta|ate)\s+")  # 'by 5 to 20', 'en 5 a 20'

# 'Up to' after a level or a verb that moves one is where the figure got, not a bound: 'bringing the death toll up
# to nine', 'the toll went up to 12', 'ascendió hasta 80', 'the death toll was now up to 122'; and after 'now'.
_LEVEL_UP_BEFORE = rx.compile(r"\b(?:(?:" + alternation(CHANGE_VERBS + TOLL_NOUNS + (
    "count", "number", "figure", "numero", "bring", "brings", "bringing", "brought", "went", "gone", "go", "goes",
    "going", "push", "pushes", "pushing", "pushed", "edged", "edges", "edging", "ticked", "ticks", "ticking", "crept",
    "creeps", "creeping", "inched", "inching", "moved", "moves", "moving", "shot", "bumped", "revised")) + r")"
    r"(?:\s+(?:is|was|has\s+been|had\s+been|now)){0,2}|now)\s+\Z")  # 'edged up to 4.4 percent': a level, no hedge
# ... and 'hasta' or 'até' after a comma in the clause of a verb of change: 'cayó un 12,3% en el periodo, hasta 49.700'.
_LEVEL_AFTER_COMMA = rx.compile(rf"\b(?:{_MOVES})\b[^.;:()]*,\s*\Z")


CONTINUOUS_HEDGES = {"more_than": "at_least", "less_than": "up_to"}  # no next whole number past a share or a span


def change_reason(n: NumberSpan) -> str:
    """Why a number is refused as the figure a change started from ('rose from 30 to 40') or as the size of a
    change ('lowering the toll by one'), or ''."""
    if n.earlier:
        return f"{BEFORE_CHANGE} ('from {n.earlier}')"
    return f"{STEP} ('by {n.raw}'), not the figure" if n.step else ""


STEP = "the size of a change"  # how change_reason's refusal of a change's size begins
BEFORE_CHANGE = "the figure before a change"  # ... and of the figure a change started from


_GROUPED = re.compile(r"[.,]\d{3}\Z")
# Thousands grouped by one mark and a decimal part after the other: '1,234.56', '1.234,56' (the decimal mark, last).
_BOTH_MARKS = re.compile(r"\d{1,3}(?:(,)\d{3})+\.\d+|\d{1,3}(?:(\.)\d{3})+,\d+")


def parse_digits(raw: str, lang: str) -> float | None:
    """'1,000' / '1.000' / '2.5' / '6,1' / '2.5 million' / '5.4-billion' -> float, by the language's separators."""
    spaced = _SPACED.match(raw)
    if spaced:  # '42 000'
        raw = re.sub(r"\s", "", spaced.group()) + raw[spaced.end():]
    m = re.match(r"([\d.,]+)[\s-]*([a-z ]*)", raw)
    if not m:
        return None
    digits, mult = m.group(1), m.group(2)
    thousands, decimal = (",", ".") if lang == "en" else (".", ",")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits) and (digits[1:].count(thousands) or digits.count(decimal) > 1):
        digits = digits.replace(thousands, "").replace(decimal, "")
    elif re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits) and digits.count(decimal) == 1 and (
            not mult or digits[-1] == "0" and MULTIPLIERS.get(" ".join(mult.split()), 1) < 1e9):
        # '1.000' in English copy, '1,000' in Spanish copy: a three-digit group is thousands; before a scale word only
        # when it ends in 0, which no decimal part is written with ('3,500 millones de dólares' in Mexican copy is
        # 3.5 billion; '1,234 millones' stays 1.234 million, as copy in Spain writes it), and one under a billion:
        # no copy counts thousands of billions ('R$ 49,740 bilhões' is 49.74 billion).
        digits = digits.replace(decimal, "")
    elif both := _BOTH_MARKS.fullmatch(digits):  # in any copy: Mexico's '1,234.56' is Spain's '1.234,56'
        digits = digits.replace(both.group(1) or both.group(2), "").replace(",", ".")
    elif digits.count(thousands) == 1 and not digits.count(decimal) and not _GROUPED.search(digits):
        digits = digits.replace(thousands, ".")  # '6.1 grados', '1.5 millones': a lone mark before no group of three
    else:
        digits = digits.replace(thousands, "").replace(decimal, ".") if digits.count(decimal) <= 1 else digits
    try:
        scale = MULTIPLIERS.get(" ".join(mult.split()), 1)
        value = float(digits) * scale
        if scale > 1:
            value = round(value, 6)  # '2.03 million' is 2,030,000, not 2,029,999.9999999998
    except ValueError:
        return None
    return value if math.isfinite(value) else None  # 400 digits in a row are no figure


_TEXT2NUM_LANG = {"en": "en", "es": "es", "pt": "pt"}


def parse_words(raw: str, lang: str) -> float | None:
    """Spelled-out numbers via text2num; vague words ('dozens') are handled by the caller."""
    from text_to_num import text2num  # Rust-backed, imports in about a millisecond

    text = " ".join(raw.lower().replace(",", " ").split())
    text = re.sub(r"^an? (?=hundred|thousand|million|dozen)", "one ", text)
    collective = _COLLECTIVE_END.search(fold(text))
    if collective:  # 'two dozen', 'dos centenares'
        head = text[:collective.start()].strip() or "one"
        base = parse_words(head, lang)
        return None if base is None else base * _COLLECTIVES[collective.group()]
    for code in dict.fromkeys([_TEXT2NUM_LANG.get(lang, "en"), "en", "es", "pt"]):
        try:
            return float(text2num(text, code))
        except ValueError:
            continue
    return None


def parse_one(raw: str, folded: str, lang: str) -> tuple[float, float] | None:
    """One number's [lo, hi]: exact for figures, a span for vague words."""
    key = " ".join((folded.strip()).split())
    half = _HALF_END.search(key)
    if half:  # 'millón y medio': the figure and half its scale word
        whole = parse_one(_HALF_END.sub("", raw.strip()), key[:half.start()], lang)
        scale = MULTIPLIERS.get(key[:half.start()].rsplit(None, 1)[-1], 0)
        return None if whole is None or not scale else (whole[0] + scale / 2, whole[1] + scale / 2)
    if key in VAGUE:
        return VAGUE[key]
    halves = None if key[0].isdigit() else _HALVES.match(key)
    if halves and halves.group("scale") in MULTIPLIERS:  # 'half a billion', 'two and a half million'
        whole = parse_words(halves.group("whole"), lang) if halves.group("whole") else 0.0
        v = None if whole is None else (whole + 0.5) * MULTIPLIERS[halves.group("scale")]
        return None if v is None else (v, v)
    mil = _MIL_AND_PARTS.fullmatch(key)
    if mil:  # 'mil 670', '2 mil 300', 'dos mil 300', '9 mil 582.47'
        thousands = int(mil.group(2)) if mil.group(2) else parse_words(mil.group(3), "es") if mil.group(3) else 1
        if thousands is None:
            return None
        v = round(int(mil.group("m") or 0) * 1e6 + thousands * 1000 + float(mil.group(4).replace(",", ".")), 2)
        return v, v
    if key[0].isdigit():
        v = parse_digits(key, lang)
    else:
        v = parse_words(raw, lang)
    return None if v is None else (v, v)


def hedge_of(m: re.Match[str], group: str = "hedge") -> str:
    """The hedge on a match of number_pattern ('at least 40', '40 or more'), as a key of HEDGES, or ''; group
    names the group that holds a hedge before the number, in a larger pattern that has another."""
    if m.group("post"):
        return _POST_HEDGE[" ".join(m.group("post").split())]
    return _HEDGE_OF.get(" ".join((m.group(group) or "").split()), "")


_HEDGE_BEFORE = rx.compile(rf"{_NOT_EMPHATIC}\b(?:{HEDGE_WORDS})\s*\Z")


# Years of a thing, right after 'años' or 'anos': 'los 20 años de hegemonía', 'aos 30 anos de carreira' are spans, not
# ages; 'a los 85 años de edad', 'murió a los 85 años de un infarto', 'un hombre de 45 años de Madrid' are ages (read
# on the text as written: a name is capitalised).
_OF_A_THING = rx.compile(r"\s+de\s+(?!(?:edad|idade|un|una|um|uma)\b)[a-záéíóúâêôãõçñ]")


def of_a_thing(text: str, at: int) -> bool:
    """Whether the years that end at offset at are years of a thing ('20 años de hegemonía'), not of a life."""
    return _OF_A_THING.match(text, at) is not None


def hedge_before(folded: str, at: int) -> tuple[str, int]:
    """The hedge that ends right before offset at, where a currency sign parts it from the figure ('at least
    $160 million', 'cerca de US$ 300 millones'): a key of HEDGES and where it starts, or ('', at)."""
    m = _HEDGE_BEFORE.search(folded, max(0, at - 30), at)
    if m is None:
        return "", at
    return _HEDGE_WORDS[" ".join(m.group().split())], m.start()


def hedge_range(lo: float, hi: float, hedge: str, tolerance: float) -> Range:
    """Apply a hedge to a figure: 'at least 40' is [40, inf), 'about 80' is 80 +/- tolerance."""
    if hedge == "at_least":
        return Range(lo, math.inf)
    if hedge == "more_than":  # a figure rounded to thousands or more is a bound as written: 'more than 1.7 million'
        return Range(lo + 1 if lo == int(lo) and (lo < 1000 or lo % 1000) else lo, math.inf)
    if hedge == "up_to":
        return Range(0, hi)
    if hedge == "less_than":
        return Range(0, hi - 1 if hi == int(hi) else hi)
    if hedge == "about":
        spread = max(1.0, round(hi * tolerance))
        return Range(max(0, lo - spread), hi + spread)
    return Range(lo, hi)


_SCALE_END = rx.compile(r"\s*(?:" + alternation(MULTIPLIERS) + r")\Z")


def _scaled(first: float, raw1: str, raw2: str, second: float) -> float:
    """The first figure of a range, scaled by a word that only the second carries ('$30-$40 million', 'two to
    three million'), when it is then no greater than the second ('500 to 1 million' stays 500)."""
    m = _SCALE_END.search(raw2)
    if m is None or _SCALE_END.search(raw1):
        return first
    factor = MULTIPLIERS[" ".join(m.group().split())]
    return first * factor if first * factor <= second else first


def _span(text: str, start: int, end: int, value: Range, first: str, hedged: bool = False,
          earlier: bool = False, step: bool = False) -> NumberSpan:
    """A number as found; first is its (first) figure as written, which tells words from digits."""
    return NumberSpan(start, end, value, text[start:end], hedged or value.lo != value.hi, not first[0].isdigit(),
                      first.isdigit(), text[start:end] if earlier else "", step)


def _grain(value: float, folded: str) -> float:
    """The last place a figure written with a scale word of a million or more gives: '2 million', 'dos millones' a
    million, '2.03 million' ten thousand; 0 for any other figure, which is as exact as it reads."""
    end = _SCALE_END.search(folded)
    scale = MULTIPLIERS[" ".join(end.group().split())] if end else 0
    if scale < 1_000_000:
        return 0.0
    grain = float(scale)
    while grain > 1 and value % grain:
        grain /= 10
    return grain


def _places(value: float, written: str) -> float:
    """The last place a figure in digits with a decimal part gives: '28.7' a tenth, '29,50' a hundredth; 0 for a
    whole figure, whose marks only group thousands ('1.500'), or one in words."""
    if "." not in written and "," not in written:
        return 0.0
    digits = re.sub(r"\D", "", written)
    if not written[0].isdigit() or not digits or float(digits) == value:
        return 0.0
    return 10.0 ** -len(re.search(r"(\d*)\D*$", written).group(1))


# A scale word with no figure before it is no number: 'about twp million cars' (a typing slip), not a million.
# A verb of lying under something before 'under' or 'below': 'buried under six metres of soil' is where, not a bound.
_COVERED_BEFORE = rx.compile(r"\b(?:buried|trapped|submerged|sunk|sank|lying|lies|lay|lie|sits|sat|sitting|stuck|covered|"
                             r"hidden|entombed)\s+\Z")
_JOINED_BEFORE = rx.compile(r"\w[^\S\n]*-\Z")
_LONE_SCALES = frozenset("hundred thousand million billion trillion millon milhao billon bilhao".split())


def find_numbers(scan: Scan | str, lo: int = 0, hi: int | None = None, lang: str = "en",
                 tolerance: float = ABOUT_SPREAD, continuous: bool = False) -> list[NumberSpan]:
    """Every number between offsets lo and hi, with hedges and ranges folded into its value; continuous for a
    quantity that is no head count ('more than 11 points' starts at 11, not 12)."""
    if isinstance(scan, str):
        scan = Scan(scan)
    hi = len(scan.text) if hi is None else hi
    key = ("numbers", lo, hi, lang, tolerance, continuous)
    found = scan.memo.get(key)
    if found is not None:
        return found
    text = scan.text
    spans = []
    for m in scan.matches_at_words(number_pattern(lang), lo, hi, number_starts(lang), NUMBER_LEADS):
        n1 = parse_one(text[m.start("n1"):m.end("n1")], m.group("n1"), lang)
        if n1 is None or m.group("n1") in _LONE_SCALES:
            continue
        start, end = m.start(), m.end()
        if m.group("between") and not m.group("n2"):  # 'entre un tren y otro', 'between two trains': no range
            start, end = m.start("n1"), m.end("post") if m.group("post") else m.end("n1")
        a, b = n1
        hedge = hedge_of(m)
        if hedge == "up_to" and m.group("hedge") and (m.group("article") in ("el", "o")
                                                      or _LEVEL_UP_BEFORE.search(scan.folded, max(0, start - 32), start)
                                                      or m.group("hedge") in ("hasta", "ate")
                                                      and _LEVEL_AFTER_COMMA.search(scan.folded, max(0, start - 80), start)):
            hedge, start = "", m.start("n1")  # a level reached: 'hasta el 15%' is to 15%, 'hasta un 13%' up to 13%
        if hedge == "less_than" and m.group("hedge") in ("under", "below") \
                and _COVERED_BEFORE.search(scan.folded, max(0, start - 24), start):
            hedge, start = "", m.start("between") if m.group("between") else m.start("n1")  # where it lies, no bound
        if hedge in ("less_than", "more_than") and m.group("hedge") in ("under", "over") \
                and _JOINED_BEFORE.search(scan.folded, max(0, start - 4), start):
            hedge, start = "", m.start("n1")  # the word of the figure before: '12-under 276', 'a 3-over 75', no bound
        earlier = bool(_FROM_BEFORE.search(scan.folded, max(0, start - 60), start))
        if earlier and not m.group("n2") and _DE_BEFORE.search(scan.folded, max(0, start - 8), start) \
                and not _TO_AFTER.match(scan.folded, end):
            earlier = False  # 'un aumento salarial de 38 %' is an increase of 38%; 'subió de 30 a 40' starts from 30
        elif not earlier and not m.group("n2") and scan.folded.find("de ", max(0, start - 8), start) >= 0 \
                and _DE_BEFORE.search(scan.folded, max(0, start - 8), start) and _DE_TO.match(scan.folded, end) \
                and _CHANGED.search(scan.folded, max(0, start - 100), start):
            earlier = True
        elif earlier and _CROWD_AFTER.match(scan.folded, end) and scan.folded.find("frente", max(0, start - 16), start) >= 0:
            earlier = False
        elif earlier and not m.group("n2") and _COMPOUND_AFTER.match(scan.folded, end):
            earlier = False  # a figure written onto a noun's modifier: 'the open items from the 28-point plan', 'fell
            # from a 30-year high' (the high is where it started)
        n2 = parse_one(text[m.start("n2"):m.end("n2")], m.group("n2"), lang) if m.group("n2") else None
        by = not earlier and scan.folded[max(0, start - 4):start].rstrip()[-2:] in _BY_WORDS \
            and _BY_BEFORE.search(scan.folded, max(0, start - 60), start) is not None
        if not by and not earlier and _UP_BEFORE.search(scan.folded, max(0, start - 8), start) \
                and _FROM_AFTER.match(scan.folded, end):
            by = True  # 'a purse of $18 million, up $3 million from 2022': the size of the rise
        if not by and m.group("n2") and "%" in text[m.end("n1"):m.start("n2")] and not m.group("between") \
                and _MOVED_BEFORE.search(scan.folded, max(0, start - 24), start):
            by = True  # 'rose 2% to 9%': the size of the rise, then where it got to
        if m.group("n2") and (earlier or by and _TO_BETWEEN.fullmatch(scan.folded, m.end("n1"), m.start("n2"))):
            # 'rose from 30 to 40', 'rose by 5 to 20': no range, a change from one figure to another, or by a size
            spans.append(_span(text, start, m.end("n1"), Range(a, a), m.group("n1"), earlier=earlier, step=by))
            if n2 is not None:
                spans.append(_span(text, m.start("n2"), m.end("n2"), Range(*n2), m.group("n2")))
            continue
        if m.group("n2"):
            if n2 is not None and a == b:
                a = b = _scaled(a, m.group("n1"), m.group("n2"), n2[0])
            if n2 is not None and n2[1] > a:
                b = n2[1]
            else:  # "32 to 30" is no range: keep the first figure
                end = m.end("n1")
        if continuous:
            hedge = CONTINUOUS_HEDGES.get(hedge, hedge)
        if hedge == "about" and b > a:  # a range is its own margin: 'estimated between 85% and 89%' is 85 to 89
            hedge = ""
        if hedge:
            value = hedge_range(a, b, hedge, tolerance)
        else:  # the place a scale word leaves ('2 million'); a figure in digits alone ('2,000') is exact
            n1 = m.group("n1")
            value = Range(a, b, 0.0 if a != b else _grain(a, n1) if n1[-1].isalpha() else _places(a, n1))
        span = _span(text, start, end, value, m.group("n1"), bool(hedge), earlier)
        if by:
            span = replace(span, step=True)
        spans.append(span)
    scan.memo[key] = spans
    return spans


def _bounds(lo: Any, hi: Any) -> Range | None:
    """{min: 40, max: null} is at least 40; {min: null, max: 200} up to 200, from 0 as 'up to 200' reads (below
    a bound under 0, from minus infinity); None when neither is a number, or the bounds are the wrong way round."""
    if any(isinstance(v, bool) or not (v is None or isinstance(v, (int, float))) for v in (lo, hi)):
        return None
    if lo is None and hi is None:
        return None
    low = float(lo) if lo is not None else 0.0 if hi >= 0 else -math.inf
    high = math.inf if hi is None else float(hi)
    return Range(low, high) if low <= high else None


def read_range(value: Any, tolerance: float = ABOUT_SPREAD, continuous: bool = False) -> Range | None:
    """A range as a rule file writes it: 32, 6.1, 'at least 40', '30%', {min: 40, max: null}, {min: null, max: 200}; None if not;
    continuous as find_numbers reads it ('less than 1' of a share is up to 1, of a head count 0)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return Range(float(value), float(value))
    if isinstance(value, dict) and ("min" in value or "max" in value):
        return _bounds(value.get("min"), value.get("max"))
    if isinstance(value, str):
        text = value.strip().rstrip("%").strip()
        for lang in ("en", "es", "pt"):
            nums = find_numbers(text, lang=lang, tolerance=tolerance, continuous=continuous)
            if len(nums) == 1:
                return nums[0].value
        v = parse_digits(text, "en")
        if v is not None:
            return Range(v, v)
    return None
