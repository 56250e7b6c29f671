"""The count kind: how many of something, as an exact figure or a hedged range."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from .. import rx
from ..lexicon import (
    ACCORDING,
    AGE_SEX_GROUPS,
    AGE_WORDS,
    ARTICLE_NUMBERS,
    BESIDES,
    COMPARED_TO,
    CONJUNCTIONS,
    COUNT_FILLERS,
    CURRENCY_CODES,
    DEFINITE_PARTITIVES,
    DOLLAR_LETTERS,
    ESTIMATE_NOUNS,
    ESTIMATE_VERBS,
    ESTIMATES,
    FALL_VERBS,
    GIVE_VERBS,
    HAVE_YEARS,
    HEDGES,
    HOSPITALIZED,
    IN_ADDITION,
    IN_ADDITION_WORDS,
    INCLUDING,
    INITIALLY,
    KILL_VERBS,
    LEVEL_NOUNS,
    MONTHS,
    OF_WORDS,
    OTHER_UNITS,
    OTHERS,
    PARTICIPLE_ENDINGS,
    PARTITIVE_AFTER,
    PARTITIVE_BEFORE,
    PASS_VERBS,
    PASSIVE,
    PERSON_NOUNS,
    PERSON_WORDS,
    PREPOSITIONS,
    PRONOUN_PARTS,
    QUANTIFIERS,
    REACH_VERBS,
    REFERENCE_NOT,
    RELATIVE_DAYS,
    RELATIVES,
    SPEAKING,
    STAND_INS,
    STILL_WORDS,
    SUPERLATIVES,
    TIME_UNITS,
    TOLL_NOUNS,
    VICTIM_NOUNS,
    WEEKDAYS,
    WITH_WORDS,
)
from ..models import Article, Range, Relation
from ..text import CLAUSE_BREAK, UPPER, WORD, Scan, alternation, fold, past_form, phrase_pattern, right_after
from . import Candidate, Kind
from .numbers import (
    ABOUT_SPREAD,
    ALL_NUMBER_WORDS,
    CLOCK_BEFORE,
    CLOCK_MINUTES_BEFORE,
    HEDGE_WORDS,
    NUMBER_LEADS,
    ONLY,
    NumberSpan,
    change_reason,
    find_numbers,
    hedge_range,
    of_a_thing,
    read_range,
)
from .ordinal import ORDINALS, run_after, running_totals
from .score import set_runs
from .units import par_before


@dataclass(frozen=True, slots=True)
class CountSpec:
    units: re.Pattern[str] | None  # what the figure must count, if the rule says
    not_units: re.Pattern[str] | None  # what it must not count
    tolerance: float  # share of the figure that 'about' spreads over
    cue_words: re.Pattern[str] | None = None  # a figure right before a cue counts it: '3 dead', '12 injured'
    persons: bool = False  # units name people in general: a figure with its noun left out may count them
    cue_before: re.Pattern[str] | None = None  # a cue right before a figure: 'injured 21', 'ferindo outras 21'
    one: frozenset[str] = frozenset()  # the units in the singular, that one counts: 'one person', 'una persona'
    cue_says: re.Pattern[str] | None = None  # the cue says the figure that follows: 'Police said 128,000 were present'
    ranked: re.Pattern[str] | None = None  # with 'ordinals': the nouns an ordinal ranking one is the count so far
    numbered: re.Pattern[str] | None = None  # ... and one of them numbered before a figure: 'el título número 16'
    whole: bool = False  # neither units nor an about list narrow it: a part of a whole is not its value
    cue_of: re.Pattern[str] | None = None  # a cue whose value a figure tied to it is: 'expectations of 50,000'
    placed: bool = False  # an about list narrows it: a part whose noun is left out may be what it is about's
    across: re.Pattern[str] | None = None  # units with a word inside that ends a counted phrase: 'heads of state'


def compile_spec(options: dict[str, Any], error) -> CountSpec:
    tol = options.get("tolerance", ABOUT_SPREAD)
    if not isinstance(tol, (int, float)) or not 0 <= tol < 1:
        raise error("expected a share between 0 and 1, such as 0.1", key="tolerance")
    units_given = options.get("units") or []
    units = phrase_pattern(units_given)
    cues = phrase_pattern(options.get("cues") or [])
    before = None if cues is None else rx.compile(
        cues.pattern + r"[\s'-]+(?P<a>a\s+)?(?:(?:" + alternation(STAND_INS | {"another"}) + r")\s+)?\Z")
    says = None if cues is None else rx.compile(
        cues.pattern + r"(?:\s*,)?(?:\s+(?:also|only|later|earlier|then))?\s+(?:" + alternation(GIVE_VERBS)
        + r")(?:\s+(?:that|que))?\s+\Z")
    persons = units is not None and any(units.search(w) for w in PERSON_WORDS)
    one = frozenset(_singular(fold(str(u)).strip()) for u in units_given if " " not in str(u).strip())
    ordinals = options.get("ordinals", False)
    if not isinstance(ordinals, bool):
        raise error("expected true or false", key="ordinals")
    # An ordinal ranks one of the units: 'the sixth tourist to die' for `tourists`.
    nouns = [*units_given, *(_singular(str(u)) for u in units_given), *(options.get("cues") or [])]
    ranked = right_after(nouns) if ordinals and nouns else None
    numbered = rx.compile(phrase_pattern(nouns).pattern + r"\s+(?:numero|number|n\.?\s?[ºo°])\s*\Z") if ranked else None
    # Not a cue that is a unit too: 'groups of 20' is how big each group is, not how many groups.
    tied = phrase_pattern([c for c in options.get("cues") or [] if not (units and units.fullmatch(fold(str(c)).rstrip("*")))])
    cue_of = None if tied is None else rx.compile(tied.pattern + _TIED_TO_CUE)
    # A unit the noun phrase a figure counts would end inside ('50 heads of state', '20 membros da tripulação') is
    # matched on the words after the figure, not on that phrase.
    # So is one that a preposition opens, which says how the counted ones came about: '31 por nocaut', '20 by knockout'.
    across = phrase_pattern([u for u in units_given if not _PHRASE_ENDS.isdisjoint(fold(str(u)).split()[:-1])])
    return CountSpec(units, phrase_pattern(options.get("not_units") or []), float(tol),
                     right_after(options.get("cues") or []), persons, before, one | _ONE_OF_PEOPLE if persons else one,
                     says, ranked, numbered, not (units or options.get("about")), cue_of, bool(options.get("about")), across)


# What ties a figure to the cue before it as the cue's value: 'of' ('expectations of 50,000'; also the cue's own: 'a
# sterling round of 69' for `round of`), a bracket ('a mediana projetada (51 mil)'), or a copula ('the consensus
# estimate was 50,000', 'la estimación fue de 50.000'), a hedge after.
_TIED_TO_CUE = (r"(?:\s+(?:of|de|del|da|do)|(?<=\bof)|(?<=\bde)|\s*\(|"
                r"(?:\s+(?!(?:he|she|they|it|we|you|when|while|who|which|that|que|quien|cuando|"
                r"quando|ella|ellos|ellas|ele|ela|eles|elas)\b)[\w']+){0,6}?\s+(?:was|is|were|are|fue|es|era|foi|e\s+de|ficou\s+em|"
                r"to\s+be|(?:to\s+)?(?:stand|stood|stands)\s+at)(?:\s+(?:reported|put|given|estimated|confirmed|set)\s+(?:as|at))?"
                r"(?:\s+(?:of|de))?)(?:\s+(?:" + alternation(HEDGES["about"] + HEDGES["at_least"]) + r"))?\s*\Z")


def _singular(word: str) -> str:
    """A unit as one of it is written: 'people' is 'person', 'personas' 'persona', 'victims' 'victim'."""
    word = word.rstrip("*")
    return {"people": "person", "gente": "persona"}.get(word, word[:-1] if word.endswith("s") else word)


# Month names that are also common words ('three out of ten', 'two may have died', 'a set of'), as months only before a
# year, a day or a stop ('3 out. 2022', '3 May, police said').
_WORD_MONTHS = frozenset({"out", "set", "mar", "may"})
_MONTHS = alternation(set(MONTHS) - _WORD_MONTHS) + r"|(?:" + alternation(_WORD_MONTHS) + r")(?=\.?\s*(?:\d|[.,;:)]|\Z))"
# Days of a month, also listed: 'January 3', '3 de enero', 'el 5 y 6 de enero', 'January 5 and 6'.
_DAY_SEP = r"\s*(?:,|and|y|e|or|o|to|al|a|-|–)\s*"
_DATE_AFTER = rx.compile(rf"(?:{_DAY_SEP}\d{{1,2}}(?![\d.,]\d))*\s*(?:de\s+|of\s+)?(?:{_MONTHS})\b")
_DATE_BEFORE = rx.compile(rf"\b(?:{_MONTHS})\.?\s*(?:\d{{1,2}}{_DAY_SEP})*\Z")
# The day of the month after its weekday, set off ('no domingo, 4,', 'neste domingo (4)'), or as day/month ('(3/1)').
_WEEKDAY_BEFORE = rx.compile(rf"\b(?:{alternation(WEEKDAYS)})(?:-feira)?\s*[,(]\s*\Z")
_SLASH_AFTER = rx.compile(r"/\d")
_SLASH_BEFORE = rx.compile(r"\d/\Z")
# A line ends a sentence too (see sentence_starts); a comma or point between digits is a figure's ('de 11.000 empleados').
_CLAUSE_END = rx.compile(r"[;:!?()\[\]—–\"\n]|(?<!\d)[,.]|[,.](?!\d)")
_AGE_BEFORE = rx.compile(r"[A-Z][\w.'-]*,\s*\Z")
_AGE_IN_BRACKETS = rx.compile(r"[A-Z][\w.'-]*(?:,|\s*\()\s*\Z")  # ... and with years: 'Hedaya, 54 anos,', 'Hedaya (54 años)'


_OPENING_QUOTE = rx.compile(r"""\s*["'](?=\w)""")
_FRACTION = rx.compile(r"\s+\d/\d+")  # '3 1/2-inch', '6 3/4 inches': the figure goes on


def _following_words(folded: str, end: int, n: int) -> list[str]:
    """Up to n words after end, stopping at clause punctuation; a quote opening right after the number
    is read through ('32 "combatientes cubanos"'), and so are a fraction ('3 1/2-inch'), a figure that makes a
    compound modifier ('eight 32-storey blocks') and a code of letters and a figure before the noun ('85,000 H-1B
    visas', '20 F-16 jets')"""
    skip = _OPENING_QUOTE.match(folded, end) or _FRACTION.match(folded, end)
    tail = folded[skip.end() if skip else end:end + 80]
    cut = _CLAUSE_END.search(tail)
    tail = tail[:cut.start()] if cut else tail
    if "-" in tail:
        tail = _MODIFIER_FIGURE.sub(" ", tail)
    return WORD.findall(tail)[:n]


_MODIFIER_FIGURE = rx.compile(r"(?<!\S)(?:\d{1,3}(?:-[^\W\d_]+)+|[^\W\d_]{1,4}-\d[^\W_]*)(?=\s+[^\W\d_])")


def _figure_next(words: list[str], i: int) -> bool:
    return i + 1 < len(words) and (words[i + 1].isdigit() or words[i + 1] in ALL_NUMBER_WORDS)


# Words that open a clause of its own after a noun phrase: a relative pronoun, a clitic before a verb.
_CLAUSE_OPENS = frozenset(w for w in RELATIVES if " " not in w) | {"that", "se"}


_PHRASE_ENDS = PREPOSITIONS | {"as"}  # and 'às' folded ('7 milhões de pessoas compareceram às manifestações')


# Figures in words that are no article nor another word: not 'one' or 'un', nor 'dos', which is also Portuguese 'of the'.
_FIGURE_WORDS = ALL_NUMBER_WORDS - ARTICLE_NUMBERS - {"one", "dos"}
# ... nor English 'once', nor 'mil', a scale too: one after a figure's noun ends its phrase.
_NEXT_FIGURE_WORDS = _FIGURE_WORDS - {"once", "mil"}
_GERUND = rx.compile(r"[a-z]{2,}(?:ando|iendo|endo|indo)")  # Spanish and Portuguese: 'ganando', 'conquistando'


def _counted_phrase(words: list[str]) -> list[str]:
    """The noun phrase a number counts: '32 [of its] military and police personnel', 'two days [of ...]'."""
    i = 0
    while i < len(words) and (words[i] in COUNT_FILLERS or words[i] == "out" and words[i + 1:i + 2] == ["of"]):
        i += 1  # a partitive start: 'of its', 'de sus', 'out of'
    phrase = []
    for j, w in enumerate(words[i:i + 4], i):
        if w in _CLAUSE_OPENS:
            break  # 'dos vitrinas que contenían joyas', 'tres ladrones se llevaron joyas': the noun is before it
        if w[0].isdigit() or (phrase and w in _NEXT_FIGURE_WORDS):  # 'en menos de diez minutos ocho joyas': minutes
            if (j == i and i) or words[j - 1] in CONJUNCTIONS:
                continue  # '28 of 178 punches', '12 Somali and 11 Yemeni pirates': the noun is shared
            break  # '7,8 foi a 23 km': the noun is the other figure's
        if w in _PHRASE_ENDS or (not phrase and w in CONJUNCTIONS and not _figure_next(words, j)):
            break  # 'magnitude-6.6 and subsequent tremors'; not 'four- and six-round contests'
        if phrase and _GERUND.fullmatch(w):
            break  # '84 países ganando medallas' counts countries
        phrase.append(w)
    return phrase


ORDINAL = "an ordinal or a degree"
_APART = "one group of several counted apart ('12 Somali and 11 Yemeni')"
_LABEL = "a label, not a count"
_NOT_COUNTED = "does not count what the rule counts"
# A run in a row, which a total is not: 'una racha de seis victorias', 'sua sequência de seis vitórias', 'a winning streak
# of 12'.
_RUN_WORDS = ("streak", "racha", "sequencia", "seguidilla")
_RUN_BEFORE = rx.compile(r"\b(?:" + "|".join(_RUN_WORDS) + r")\s+(?:of|de)\s+\Z")
_ORDINAL_AFTER = rx.compile(r"(?:st|nd|rd|th|\.?[ºª])\b|\s*[º°ª](?!\s*[cf]\b)")  # '11°', '2.ª', not '39.1 °C', a measure
# The parts a fraction is in: 'two-thirds majority', 'dos tercios', 'dois terços', 'three quarters of', 'tres cuartas
# partes'; not 'dos cuartos' or 'dois quartos' (rooms).
_FRACTION_AFTER = rx.compile(r"[\s-]+(?:thirds?|tercios?|tercos?|fifths|tenths|quarters?\s+of"
                             r"|(?:terceras|cuartas|quintas|tercas|quartas)\s+partes|avos)\b(?!-)")  # '16 avos de final'
_ONE_PART = ("third", "tercio", "terco", "quarter")  # a fraction of one part only after one: 'one third', not 'eight third'
# A knockout stage named by how many it holds: 'the round of 32', 'la ronda de 16'; not a golfer's 'round of 69'.
_STAGE_BEFORE = rx.compile(r"\b(?:the|la|el|a|o)\s+(?:[a-z]+\s+)?(?:round|ronda|rodada)\s+(?:of|de)\s+\Z")
_STAGE_SIZES = frozenset({8, 16, 32, 64, 128})
_DAY_WORD_BEFORE = rx.compile(r"\bdias?\s+\Z")  # a day of the month: 'no dia 24', 'el día 24', 'os dias 13'

_TIME_AFTER = rx.compile(r"\s*(?::\d|h\d|\.\d\d\b|[ap]\.?m\.?(?!\w)|o'clock\b)")
_DECIMAL_TIME = rx.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")  # 'a las 20.30', 'às 16.30': read as a decimal, a time
HOURS_BEFORE = rx.compile(r"\b(?:las|la|as)\s+\Z")  # 'a las 23.20', 'sobre la 1.30', 'às 16.30' (folded)
_PERCENT_AFTER = rx.compile(r"\s*%")
_MONEY_BEFORE = rx.compile(r"(?:[$€£¥]|\$(?:" + "|".join(DOLLAR_LETTERS) + r"))\s*\Z")
_LABEL_BEFORE = rx.compile(r"(?:\bno\.|#|\bnumber|\bnumero|\bn\.o|\b(?:flight|route|highway|interstate|apollo|boeing|airbus|"
                           r"article|chapter|section|room|gate|terminal|platform|channel|phase|stage|game|round|"
                           r"lane|ward|pier|vuelo|ruta|articulo|capitulo|voo|artigo|rota|kilometro|quilometro|kilometre|kilometer|km|milepost|"
                           r"siglo|seculo|playoff|play-off|group|grupo|pot|pote|bombo|jornada|matchday|path))\s*\Z")
# ... 'do século 19', 'el siglo 21': a century; 'FIFA Playoff 2', 'Group 1', 'Pot 4', 'Bombo 1', 'Jornada 1': a label
# A stage of a contest named by its size in figures: 'El Top 5 lo completaron', 'dentro del top 30,' (not 'the top 8
# third-place teams', nor 'the top eight').
_TOP_BEFORE = rx.compile(r"\b(?P<top>[Tt])op[^\S\n]*\Z")
_NOUN_NEXT = rx.compile(r"[^\S\n]+[a-z]")
# A round, a game or a stage named by its rank, so what the figure after it is, not its label: 'a final round 69'.
_RANKED_BEFORE = rx.compile(r"\b(?:final|last|opening|closing|first|second|third|fourth)[\s-]+(?:round|game|stage)\s*\Z")
_CODE_BEFORE = rx.compile(r"[a-z]-?\Z")
_RANK_BEFORE = rx.compile(r"\b(?:No|N\.?º|n\.?º)\s*\Z")  # a rank: 'the world No 1', 'o Nº 1 do mundo' (not 'no 1' in lower case)
# A capital letter joined after a figure makes a code: 'seat 11A', 'the 11A miracle', 'Room 4D'; not a unit's or a scale's
# letter ('40C', '104F', '5K', '$2M', '3B', '10G', '24H', '9W').
_CODE_AFTER = rx.compile(r"[ADEIJNPQRSUXYZ](?![\w'’-])")
# A position: '27.1 degrees north', '103,3 grados latitud este', '27°N'.
_COORDINATE_AFTER = rx.compile(r"\s*(?:°|º|degrees?\b|grados?\b|graus?\b)\s*(?:(?:de\s+)?(?:latitude|longitude|latitud|"
                               r"longitud)\b|(?:north|south|east|west|norte|sur|sul|este|leste|oeste|[nsew])\b)")
# A street address: '24 Independent Street', '1600 Pennsylvania Ave.', 'the 300 block of Main Street'
# (read on the text as written: the street's name is capitalised), and 'calle Mayor 24', 'Rua Augusta, 24'.
_STREET_AFTER = rx.compile(r"\s+(?:(?:[A-Z][\w'.-]*|[0-9]+(?:st|nd|rd|th))\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|"
                           r"Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Terrace|Way|Parkway|Pkwy|Highway|Hwy|"
                           r"Circle|Square)\b|\s+block\s+of\b")
_STREET_BEFORE = rx.compile(r"\b(?:calle|rua|avenida|av\.|travessa|paseo|alameda|carrera)\s+(?:[\w'-]+\s+|[\w'-]{1,3}\.\s+){0,4}?"
                            r"(?:n[o.º°]*\s*)?,?\s*\Z")
# An emergency number: 'called 911', 'the 999 call', 'llamó al 911', 'ligou para o 190'.
_EMERGENCY = frozenset({911, 999, 112, 190, 193})
_CALL_BEFORE = rx.compile(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|phoned|llam\w*|marc\w*|lig\w*)\s+"
                          r"(?:to\s+|al\s+|a\s+|el\s+|para\s+(?:o\s+)?|o\s+)?\Z")
_CALL_AFTER = rx.compile(r"\s*(?:calls?|caller|dispatch\w*|operators?|emergency|llamada|chamada|ligacao)\b")
_DECIMAL = rx.compile(r"\d[.,]\d{1,2}(?!\d)")  # '6.0', '2,5': never how a count of people is written
# A score or a win-loss record: '53-3', '45-7-2', 'a 10-8 round', '3–2'. A range rises ('30-40') and is
# read whole, so a figure touching a hyphen and another figure is one part of a score.
_SETS_AFTER = rx.compile(r"\s+sets?\s+(?:a|to)\s+\w")  # 'por 3 sets a 1', 'won three sets to one'
_SETS_BEFORE = rx.compile(r"\bsets?\s+(?:a|to)\s+\Z")
_PAIR_NEAR = rx.compile(r"\d\s*[-–/]\s*\d")
_SCORE_AFTER = rx.compile(r"[-–]\d")
_SCORE_BEFORE = rx.compile(r"\d[-–]\Z")
# ... and a rising pair of small figures, which reads as a range, after a word of a game's result or before one ('perder
# por 2-3', 'lost 1-2', 'a 2-3 defeat', 'derrota por 2 a 3').
_PAIR_WRITTEN = rx.compile(r"\d{1,2}\s*(?:[-–]|a|x)\s*\d{1,2}")
_RESULTS = r"(?:loss|defeat|win|victory|draw|derrota|victoria|vitoria|triunfo|empate)"
_RESULT_BEFORE = rx.compile(r"\b(?:" + _RESULTS + r"|lost|won|beat|beaten|defeated|drew|perder|perdio|perdieron|perdeu|"
                            r"perderam|ganar|gano|ganaron|ganhou|ganharam|vencer|vencio|venceu|venceram|derrotado|derrotada|"
                            r"derrotou|derroto|empato|empatou)(?:\s+(?:en\s+casa|em\s+casa|at\s+home))?(?:\s+(?:by|por|de))?\s+\Z")
_RESULT_AFTER = rx.compile(r"\s+(?:(?:home|away)\s+)?" + _RESULTS + r"\b")
# A figure after an acronym, in mixed-case copy, is part of a name: 'the SEA-ME-WE 4 cable', 'MH 17'; not after a currency's
# code ('USD 21').
_ACRONYM_BEFORE = rx.compile(r"(?<![\w.-])(?!(?:" + "|".join(CURRENCY_CODES).upper() + r")[^\S\n]\Z)[A-Z]{2,}(?:-[A-Z]+)*"
                             r"[^\S\n]\Z")
_LOWER = rx.compile(r"[a-z]")
# A figure after an article and a name is a model's or a mission's: 'El Embraer 190 transportaba', 'the Boeing 737'.
# A model or a regnal number after a name: 'the Boeing 737', 'el Airbus 320', 'o nome de Leão 14', 'papa Bento 16'.
_MODEL_BEFORE = rx.compile(r"\b(?:the|The|el|El|la|La|o|O|a|A|un|una|um|uma|an?|de|do|da|del|of|papa|Papa|pope|Pope|rei|Rei"
                           r"|rey|Rey|king|King|rainha|reina|queen|Queen)[^\S\n]+(?P<name>[A-Z][\w-]*)[^\S\n]\Z")
# A figure in digits after a singular noun in lower case and its Spanish or Portuguese article, before 'de' or the
# clause's end, numbers that noun: 'las viviendas del destacamento 45 de la Guardia Nacional', 'o voo 1549'.
_NUMBERED_BEFORE = rx.compile(r"\b(?:el|del|al|la|o|do|no|da|na)\s+(?P<noun>[a-z]{4,})\s+\Z")
_NUMBERED_AFTER = rx.compile(r"\s+(?:de|del|do|da)\s|\s*[,.;:)]|\s*\Z")
# ... not a time, after which a figure is a day or a count ('el sábado 25 de agosto', 'sumaban en la madrugada 45,'),
# nor a level ('la cifra 39').
_NOT_NUMBERED = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(REFERENCE_NOT) | frozenset(LEVEL_NOUNS)
# A model's variant after its number and a name, whatever noun follows: 'Boeing 737 Max 9 jets', 'los 737 MAX 8'.
_VARIANT_BEFORE = rx.compile(r"\b\d{2,}[\w-]*[^\S\n]+(?P<name>[A-Z][A-Za-z-]*)[^\S\n]\Z")
# A number word capitalised inside a name, in copy that is not in title case: 'aboard Air Force One on Sunday'.
_NAME_BEFORE = rx.compile(r"[a-z,;][^\S\n]+(?:[A-Z][\w'’-]*[^\S\n]+)+\Z")
_CAPITAL_AFTER = rx.compile(r"\s+[A-Z]")
# ... or opening a name after a word in lower case, before another capitalised word: 'the Doce River', 'los Tres Reyes'
# (in copy that is not in title case: two words of five letters or more in lower case in its sentence).
_LOWER_WORD_BEFORE = rx.compile(r"\b[a-z][\w'’-]*[^\S\n]+\Z")
_LONG_LOWER = rx.compile(r"\b[a-z]{5,}\b")
# The far end of a range of ages whose near end has its unit: 'ranged from 8 months to 15', 'iban de los 8 meses a los 15'.
_AGES_RANGE = rx.compile(r"\b(?:rang(?:e|es|ed|ing)(?:\s+in\s+age)?\s+from|(?:iban?|van|variaban?|variam|variavam|iam?)\s+"
                         r"(?:de|desde)(?:\s+(?:los|os))?)\s+[\w.,]+\s+(?:months?|years?|weeks?|meses|anos|semanas)"
                         r"(?:\s+old)?\s+(?:to|a|hasta|ate)(?:\s+(?:los|os))?\s+\Z")
# A figure and a capitalised word after it that the article writes together more than once, once at least with no
# plural after them, make a name: 'the 400 Mawozo gang', 'la banda 400 Mawozo.'; not an adjective before what the figure
# counts ('32 Cuban officers', '26 Somali pirates', '171 Boeing 737 Max 9 planes'), a plural ('16 Americans'), a month
# or a weekday ('16 October').
_NAME_AFTER = rx.compile(r"[^\S\n]([A-Z][a-z]{2,})\b(?![-'’])")
_NAME_ENDS = (r"(?=\s*(?:[,.;:)\"'”’]|\Z)|\s+(?!(?:people|children|crew|staff|personnel|police|militia|gente)\b)"
              r"[a-z]+(?<!s)(?<!men)\b)")  # not a plural with no 's': '26 Somali crew', '12 Cuban fishermen'

_SPLIT_THOUSANDS = rx.compile(r",\s0\d\d(?!\d)|,\s\d{3}(?:ft|m|km|feet|metres|meters)\b")  # 'fallen 2, 000ft'
# 'a mother of two', 'Mother of 13 Zurana Horton', 'padre de tres': how many children someone has.
_KIN_BEFORE = rx.compile(r"\b(?:mother|father|parent|mom|mum|dad|grandmother|grandfather|grandparent|madre|padre|"
                         r"abuela|abuelo|mae|pai|avo|avoa)\s+(?:of|de|to)\s*\Z")
_SINCE_BEFORE = rx.compile(r"\bsince\s+\Z")  # 'the deadliest shooting since 17 students were killed in Parkland'
# 'shot dead by two officers', 'abducted by the 400 Mawozo gang': who did it
# ... not who attended or joined, what a count of who was there counts: 'attended by 1,500 invitees', 'acompañado por 200'.
_BY_AGENT = r"\s+(?:by|por|pelos|pelas)(?:\s+(?:the|el|la|los|las|os|as))?\s+\Z"  # after a participle: 'attended by the'
_ATTENDED_BEFORE = rx.compile(r"\b(?:attended|joined|accompanied|visited|asistid[oa]s?|acompanad[oa]s?|acompanhad[oa]s?|"
                              r"visitad[oa]s?|frequentad[oa]s?|concurrid[oa]s?)" + _BY_AGENT)
# ... nor those who guarded it, when the rule's units name them: 'guarded by 8,000 police officers'.
_GUARDED_BEFORE = rx.compile(r"\b(?:guarded|protected|secured|patrolled|policed|escorted|custodiad[oa]s?|vigiad[oa]s?|"
                             r"protegid[oa]s?|escoltad[oa]s?|patrullad[oa]s?|patrulhad[oa]s?)" + _BY_AGENT)
_AGENT_BEFORE = rx.compile(r"\b(?:by|por|pelos|pelas)(?:\s+(?:the|el|la|los|las))?\s+\Z")
# ... but what a whole is made of: 'el jurado compuesto por 12 miembros', 'o júri, composto por 12 pessoas'.
# How many a place or a craft holds, not how many were there: 'con capacidad para 68 pasajeros', 'a stadium with a
# capacity of 40,000', 'com capacidade para até 68 passageiros', 'un aforo de 50.000 personas', and how it is fitted
# out: 'a configuração é de 178 passageiros', 'a configuration of 178 seats'.
_CAPACITY_BEFORE = rx.compile(r"\b(?:capacity|capacidad|capacidade|aforo|lotacao|seating|configuration|configuracion|"
                              r"configuracao)\s+(?:(?:is|es|e)\s+)?(?:for|of|para|de|do)\s+"
                              r"(?:(?:up\s+to|hasta|ate)\s+)?\Z")
# ... or what it can hold: 'which can normally carry a total of 248 passengers', 'designed to seat up to 300', 'puede
# transportar hasta 250 pasajeros', 'pode levar até 250 passageiros'.
_CAN_HOLD_BEFORE = rx.compile(r"\b(?:can|could|able\s+to|capable\s+of|designed\s+to|built\s+to|puede|podia|podria|pode|"
                              r"podem|pueden|capaz\s+de)\s+(?:(?:normally|usually|typically|normalmente|hasta)\s+)?"
                              r"(?:carry|carrying|seat|seating|hold|holding|accommodate|transport|take|transportar|llevar|"
                              r"albergar|acoger|levar|acomodar|receber|recibir)\s+(?:(?:a\s+total\s+of|up\s+to|as\s+many\s+as|"
                              r"un\s+total\s+de|um\s+total\s+de|hasta|ate)\s+)?\Z")
_MADE_OF_BEFORE = rx.compile(r"\b(?:compuest|compost|integrad|formad|conformad|constituid)[oa]s?\s+(?:por|pelos|pelas)\s+\Z")
_PRONOUN_BEFORE = rx.compile(r"\b(?:a|an|the|this|that|another|each|every|any|which|either|neither)\s+(?:[a-z]+\s+)?\Z")
_AND_AGES = r"(?:\s*(?:,|and|or|y|e|o)\s*\d{1,3})*"  # 'who were 61 and 48 years old': both are ages
_AGE_AFTER = rx.compile(_AND_AGES + r"\s*-?\s*years?[\s-]+old")
_BIRTHDAY_AFTER = rx.compile(r"(?:st|nd|rd|th|º|°)?\s+(?:birthday|cumpleanos)\b")  # 'his 66th birthday', 'su 66 cumpleaños'
# A term of years, not an age: 'sentencia de 25 años', '25 años de prisión', 'cinco anos de mandato' (folded).
_TERMS = ("sentencia", "sentenca", "condena", "condenacao", "pena", "prision", "prisao", "carcel", "cadeia", "reclusion",
          "reclusao", "mandato", "periodo", "plazo", "prazo",
          # a stretch of a life or a career: 'encerra um ciclo de dez anos', 'una carrera de 20 años'
          "ciclo", "etapa", "carrera", "carreira", "trayectoria", "trajetoria", "passagem", "estancia", "estadia",
          "ausencia", "espera", "relacion", "relacao", "matrimonio", "casamento", "sequia", "guerra", "conflicto",
          "conflito")
# 'años' and 'anos', folded; not a term or a span.
_YEARS_AFTER = rx.compile(_AND_AGES + r"\s+anos\b(?!\s+(?:de\s+(?:" + alternation(_TERMS) + r"|gobierno|governo|casad[oa]s|"
                          r"historia|servicio|servico)|tras\s+las\s+rejas|atras\s+das\s+grades)\b)")
# 'a los 85 años', 'aos 85 anos', 'de 85 años', 'de tan solo 23 años', 'de apenas 23 anos', 'a sus 28 años'
_AGE_YEARS_BEFORE = rx.compile(r"\b(?:a\s+los|aos|de|con|com|a\s+sus|aos\s+seus)\s+(?:" + ONLY + r"\s+)?\Z")
# Years someone has or turns: 'tiene 69 años', 'o papa tem 69 anos', 'cumple 40 años'; not of something else after
# them ('tiene 20 años de experiencia', 'tem 30 anos de carreira').
_HAS_YEARS_BEFORE = rx.compile(r"\b(?:" + alternation(HAVE_YEARS + ("cumpre", "cumpriu", "completa", "completou",
                                                                   "completara", "completaria")) + r")\s+\Z")
_OF_AFTER_YEARS = rx.compile(r"\s+(?:de|do|da|del)\b")
_AGED_YEARS = rx.compile(r"\s+(?:years?|anos)\b")
_AGED_BEFORE = rx.compile(r"\b(?:" + alternation(AGE_WORDS) + r")(?:\s+(?:of|from|between|de|entre))?\s*\Z")
_COMMA_AFTER = rx.compile(r"\s*[,)]")
_BETWEEN_AGES = rx.compile(r"(?:between\s+the\s+ages|entre\s+(?:las\s+)?edades|entre\s+(?:as\s+)?idades)\s+(?:of|de)\s")
# People of a range of ages, folded: 'pessoas de 60 a 79 anos', 'la población entre 12 y 59 años'.
_PEOPLE = (r"pessoas|personas|criancas|ninos|adolescentes|adultos|populacao|poblacion|publico|individuos|jovens|jovenes"
           r"|idosos|ancianos|pacientes|voluntarios|mulheres|mujeres|homens|hombres")
# ... and 'between' a range of their ages opens: 'pessoas entre 12 e 59 anos'.
_PEOPLE_BETWEEN = rx.compile(r"\b(?:" + _PEOPLE + r")\s+(?:de\s+)?\Z")
_DASH_CLOSES = rx.compile(r"\s+[-–—]\s|\s*[–—]")  # an aside a dash closes: 'two boys - Ahmad, 15, and Farel, 14 - who died'
# The next name and age of a list: 'Andrew Lopez, 20 and Jonathan Carrasquillo, 24'.
_NEXT_NAME_AGE = rx.compile(r"\s+(?:and|y|e)\s+(?:[A-Z][\w.'-]*\s+){0,3}[A-Z][\w.'-]*,\s*\d{1,3}\b")
# A figure in a list, in digits or words ('37 ciudadanos de Azerbaiyán, seis de Kazajistán, tres de Kirguistán y 16 de
# Rusia'), as _FIGURE_WORDS has them.
_FIG = r"(?:\d+(?:[.,]\d{3})*|" + alternation(_FIGURE_WORDS) + r")\b"  # '15.800' whole
# ... or, past a list's second, an article that stands for one: 'two Canadians, two South Koreans, an American'.
_ITEM = rf"(?:{_FIG}|(?:an?|una?|um|uma)\b)"
_GROUPS_BEFORE = rx.compile(rf"\b{_FIG}\s+[a-z]+(?:\s+[a-z]+)?\s+(?:and|y|e)\s*\Z"
                            rf"|\b{_FIG}(?:\s+[a-z]+){{1,3}}(?:,\s*{_FIG}(?:\s+[a-z]+){{1,3}})+,?\s+(?:and|y|e)\s*\Z")

# ... and the first of a list of three or more: '230 passengers, 10 cabin crew members, and 2 pilots'.
_GROUPS_AFTER = rx.compile(rf"\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:and|e)\s+(?:(?:{HEDGE_WORDS})\s+)?{_FIG}|"
                           rf"y\s+(?:(?:{HEDGE_WORDS})\s+)?(?:{_FIG}|dos\b))"  # Spanish 'y dos': two
                           rf"|(?:\s+[a-z]+){{1,3}},\s*{_FIG}(?:\s+[a-z]+){{1,3}}(?:,\s*{_ITEM}(?:\s+[a-z]+){{1,3}})*,?"
                           rf"\s+(?:and|y|e)\s+{_ITEM}")
_AND = frozenset({"and", "y", "e"})
_GROUP_FIGURE = rx.compile(_FIG)
# Nouns of people besides those of the lexicon, which only tell people from things here ('500 activists').
_GROUP_PEOPLE = frozenset("""activists volunteers participants campaigners delegates activistas voluntarios participantes
    integrantes ativistas""".split())

_GROUP_OPENS = ("of the ", "of those ", "of these ", "de los ", "de las ", "de esos ", "de esas ", "dos ", "das ")  # a quick test
_FRACTION_GLYPHS = ("½", "¼", "¾")
_NOT_NOUNS = frozenset("""were was are is be been had have has and or of de que that who fueron foram son sao""".split())
# The first or last few of a group: 'the first six bodies examined', 'los seis primeros cuerpos', 'the last five survivors'.
_FIRST_BEFORE = rx.compile(r"\b(?:first|last|primeros|primeras|primeiros|primeiras|ultimos|ultimas)\s+\Z")
_FIRST_WORDS = frozenset({"primeros", "primeras", "primeiros", "primeiras", "ultimos", "ultimas"})  # quick tests
_FIRST_AFTER = rx.compile(r"\s+(?:" + alternation(_FIRST_WORDS) + r")\b")
_FIRST_ENDS = tuple(f"{w} " for w in (*_FIRST_WORDS, "first", "last"))
# A span of them: 'in the last 40 drawings', 'en los últimos 40 sorteos', 'nos últimos 40 sorteios' count them all.
_FIRST_SPAN = rx.compile(r"\b(?:in|over|during|across|en|durante|em|nos|nas)\s+(?:(?:the|los|las|os|as)\s+)?[a-z]+\s+\Z")
_NO_DETERMINERS = frozenset({"ningun", "ninguna", "nenhum", "nenhuma"})  # 'no' before a noun: 'ninguna información'
_OTHERS = OTHERS | {"other"}  # 'y otros 50': more of a group named before
# ... but not one whose cue an adverb of still being so leads to: 'Four dead and 159 still missing', 'y 159 aún
# desaparecidos' (a state of its own, not a group of a list that one noun counts).
_STILL = STILL_WORDS | {"yet"}
# ... and the second of two groups of people that one verb takes, however long the first: 'ocho ciudadanos rusos
# detenidos en varios países de la OTAN y dos niños menores volvieron a Rusia'.
_SUBJECTS_BEFORE = rx.compile(rf"\b({_FIG})(\s+[a-z]+)(?:\s+[a-z]+){{1,10}}\s+(?:and|y|e)\s*\Z")
_LIST_BEFORE = rx.compile(rf"\b{_FIG}(?:\s+[a-z]+){{1,3}},\s*\Z")  # and a middle one: '230 passengers, 10 crew, and 2'
_LIST_AFTER = rx.compile(rf"(?:\s+[a-z]+){{1,3}}(?:,\s*|,?\s+(?:and|y|e)\s+){_ITEM}")


def groups_listed(folded: str, lo: int, hi: int) -> bool:
    """The text [lo, hi) is all groups of a list, each a figure with its noun, up to the next one's figure at hi: '10
    custodios y ' before '7 reos', '10 guards, ' before '7 inmates and 2 attackers'."""
    return _GROUPS_BEFORE.fullmatch(folded, lo, hi) is not None or _LIST_BEFORE.fullmatch(folded, lo, hi) is not None


# One group of several handed over, sent or set apart in turn: 'a second group of 13 hostages', 'the first lot of seven
# captives', 'el primer grupo de siete rehenes', 'a primeira leva de 20 presos'.
_ALL_BEFORE = rx.compile(r"\b(?:all|todos|todas)(?:\s+(?:os|as|los|las))?\s+\Z")
_BATCH_BEFORE = rx.compile(r"\b(?:first|second|third|fourth|fifth|initial|next|last|final|another|new|primer|primera|"
                           r"primeiro|primeira|segundo|segunda|tercer|tercera|terceiro|terceira|otro|otra|outro|outra|nuevo|"
                           r"nueva|novo|nova|ultimo|ultima)\s+(?:group|batch|lot|wave|contingent|grupo|tanda|lote|"
                           r"contingente|leva|remessa)\s+(?:of|de)\s+(?:(?:about|some|around|unos|unas|uns|umas|cerca\s+de)\s+)?\Z")
_INCLUDING_BEFORE = rx.compile(r"\b(?:" + alternation(INCLUDING) + r")\s*\Z")
_SCALE = r"(?:million|billion|millones|millon|milhoes|milhao|bilhoes|bilhao|mil)"  # after a figure: '1.4 million'
_WHOLE_BEFORE = rx.compile(rf"\b({_FIG}(?:\s+{_SCALE})*)"
                           r"[^.;:!?\d]*\Z")  # the last figure earlier in its sentence
_PARTITIVE_BEFORE = rx.compile(r"\b(?:" + alternation(PARTITIVE_BEFORE) + r")\s*\Z")
# A part named after its noun: 'dos menores entre ellos', 'two children among them'.
_AMONG_THEM_AFTER = rx.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:among them|among whom|entre ellos|entre ellas|entre eles|entre elas"
                               r"|entre los cuales|entre las cuales|entre os quais|entre as quais)\b")
_BESIDES_BEFORE = rx.compile(r"\b(?:" + alternation(BESIDES) + r")\s*\Z")
_BESIDES_LAST = frozenset(b.split()[-1] for b in BESIDES)  # the word each ends with: a quick test before the search
_PARTITIVE_AFTER = rx.compile(r"\s*(?:" + alternation(PARTITIVE_AFTER) + r"|of\s+[^\W\d_]+'s)\b")  # "two of Sicily's"
# A group the figure is taken from, in the clause before it: 'among the dead were', 'entre los heridos hay'.
_AMONG = frozenset({"among", "amongst", "entre"})
# ... or the fact's own group, named after the figure's: 'two Brazilians are among the injured', 'hay dos brasileños
# entre los heridos', 'were among the 21 injured'.
_AMONG_CUE_AFTER = rx.compile(r"(?:\s+[a-z]+){0,3}?\s+(?:" + alternation(_AMONG) + r")\s+(?:the|those|los|las|os|as)\s+"
                              r"(?:\d[\d,.]*\s+)?")
_AMONG_BEFORE = rx.compile(r"\b(?:" + alternation(_AMONG | {"dentre"}) + r")\s+(?:the|those|los|las|os|as)\b"
                           r"(?=[^,.;:\d]*(?:,[^,.;:\d]*)?\Z)")  # 'Among the passengers, only one individual survived'

# Those left out of a whole: 'all but one passenger', 'todos menos uno', 'todos exceto dois', 'except for one who
# sustained fatal injuries', 'con excepción de dos' count who are not in it.
_ALL_BUT_BEFORE = rx.compile(r"(?:\b(?:all|everyone|everybody|todos|todas|tudo)\s+(?:but|except|save|menos|excepto|exceto|"
                             r"salvo)|\b(?:except|excepto|exceto)(?:\s+(?:for|por))?|\bexcep(?:tion|cion|cao)\s+(?:of|de))\s+\Z")
_ONE_OF = rx.compile(r"\s+(?:of|de|dos|das)\s")  # 'one of the bosses', 'uno de los': a member, never a count


def shape_trap(scan: Scan, start: int, end: int, value: Range, integer_digits: bool,
               allow: frozenset[str] = frozenset()) -> str:
    """Why a number is, by its form, not a quantity of the fact: an ordinal, a time, a percentage
    or money, a label, part of a name, an age, part of a date, a year; allow names the forms wanted
    ('code': a letter joined before the figure does not make it a code, as in 'magnitude-6.1')."""
    text, folded = scan.text, scan.folded
    after, before = folded[end:end + 16], folded[max(0, start - 40):start]
    ratio = _RATIO_BEFORE.search(before) if before.endswith((" in ", " cada ")) or (
        before.endswith((" en ", " em ")) and text[start].isdigit()) else None  # 'uma em 292,2 milhões', not 'dos en un'
    if ratio:  # 'one in eight', 'the odds are 1 in 292.2 million'
        return f"one side of a ratio ('{before[ratio.start():].strip()} {text[start:end]}'), not how many"
    if folded[start:end] == "one" and _PRONOUN_BEFORE.search(before):
        return "a pronoun ('a smaller one'), not a figure"
    if folded[start:end] == "one" and text.startswith(("'s", "’s"), end):
        return "a pronoun ('one's'), not a figure"
    left_out = _ALL_BUT_BEFORE.search(before) if "all " in before or "tod" in before or "tudo" in before \
        or "every" in before or "excep" in before else None
    if left_out:
        return f"left out of a whole ('{before[left_out.start():]}{text[start:end]}')"
    if value.lo == value.hi == 1 and _ONE_OF.match(folded, end):
        return "one member of a group ('one of the bosses')"  # for an age too: 'Lo Presti, one of 99 suspects,'
    if _COORDINATE_AFTER.match(folded, end):
        return "a coordinate ('27.1 degrees north')"
    if _ORDINAL_AFTER.match(after):
        return ORDINAL
    if (fraction := _FRACTION_AFTER.match(folded, end)) and not (
            value.lo > 1 and fraction.group().strip(" -").split()[0] in _ONE_PART):
        return f"a fraction ('{text[start:fraction.end()]}')"
    if integer_digits and value.lo in _STAGE_SIZES and before.endswith((" of ", " de ")) \
            and (stage := _STAGE_BEFORE.search(before)):
        return f"a stage's name ('{' '.join(before[stage.start():].split())} {text[start:end]}')"
    if integer_digits and _SPLIT_THOUSANDS.match(text, end):
        return f"part of a figure split by a space ('{text[start:end + 5].strip()}')"
    if integer_digits and end - start > 1 and text[start] == "0":
        return f"written with a leading zero ('{text[start:end]}'): a code or a part of a figure"
    if _KIN_BEFORE.search(before):
        return f"someone's children ('{' '.join(before.split()[-2:])} {text[start:end]}')"
    if "time" not in allow and (_TIME_AFTER.match(after) or (  # '10:30'; not '222 a 209: seis demócratas'
            CLOCK_MINUTES_BEFORE.search(before) and (before.endswith(":") or integer_digits and value.hi < 60)) or (
            _DECIMAL_TIME.fullmatch(folded, start, end) and HOURS_BEFORE.search(before)) or (
            integer_digits and value.hi <= 24 and CLOCK_BEFORE.search(before))):
        return "a time of day"
    if "percent" not in allow and _PERCENT_AFTER.match(after):
        return "a percentage"
    if "money" not in allow and _MONEY_BEFORE.search(before):
        return "an amount of money"
    if _LABEL_BEFORE.search(before) and not _RANKED_BEFORE.search(before) \
            or _RANK_BEFORE.search(text, max(0, start - 6), start):
        return _LABEL
    if text[start:start + 1].isdigit() and before.endswith(("top", "top ")) \
            and (top := _TOP_BEFORE.search(text, max(0, start - 5), start)) is not None \
            and (top.group("top") == "T" or not _NOUN_NEXT.match(text, end)):
        return _LABEL
    if "code" not in allow and _CODE_BEFORE.search(before) and not _MONEY_BEFORE.search(before):  # not '$US48.7'
        return "part of a name or code"
    if integer_digits and _CODE_AFTER.match(text, end):
        return f"part of a code ('{text[start:end + 1]}')"
    if _SCORE_AFTER.match(folded, end) or _SCORE_BEFORE.search(before):  # the score kind reads these
        return "part of a score or a record ('53-3')"
    if _SETS_AFTER.match(folded, end) or _SETS_BEFORE.search(before):
        return "a side of a result in sets ('3 sets a 1')"
    if value.lo < value.hi <= 20 and _PAIR_WRITTEN.fullmatch(folded, start, end) and (
            _RESULT_BEFORE.search(before) or _RESULT_AFTER.match(folded, end)):
        return f"a result ('{text[start:end]}'), not a range"  # 'tras perder por 2-3', 'a 2-3 home defeat'
    if _PAIR_NEAR.search(folded, max(0, start - 4), end + 4):  # '3-6' in '6-2, 3-6, 6-1, 6-4': a set of a result
        run = next((r for r in set_runs(scan, max(0, start - 60), end + 60) if r[0] <= start < r[1]), None)
        if run:
            return f"a set of a result ('{' '.join(text[run[0]:run[1]].split())}')"
    if integer_digits and _ACRONYM_BEFORE.search(text, max(0, start - 40), start) \
            and _LOWER.search(text, max(0, start - 40), start):
        return "part of a name ('SEA-ME-WE 4')"
    if text[start].isupper() and not text[start:end].isupper():
        if not _CAPITAL_AFTER.match(text, end) and _NAME_BEFORE.search(text, max(0, start - 40), start):
            return "part of a name ('Air Force One')"
        if _CAPITAL_AFTER.match(text, end) and _LOWER_WORD_BEFORE.search(text, max(0, start - 30), start) \
                and len(_LONG_LOWER.findall(text, *scan.sentence_at(start))) >= 2:
            return "part of a name ('the Doce River')"
    if integer_digits and (name := _NAME_AFTER.match(text, end)) and not name.group(1).endswith("s") \
            and fold(name.group(1)) not in MONTHS and fold(name.group(1)) not in WEEKDAYS \
            and (pair := text[start:name.end()]) and text.count(pair) > 1 and re.search(re.escape(pair) + _NAME_ENDS, text):
        return f"part of a name ('{pair}')"
    if integer_digits and (_STREET_AFTER.match(text, end) or _STREET_BEFORE.search(before)):
        return "a street number"
    if integer_digits and value.lo in _EMERGENCY and (_CALL_BEFORE.search(before) or _CALL_AFTER.match(folded, end)):
        return "a telephone number"
    if "age" not in allow:
        if is_age(scan, start, end) or _AGED_BEFORE.search(before):
            return "an age"
        if value.hi < 125 and (_COMMA_AFTER.match(after) or _DASH_CLOSES.match(after) or _NEXT_NAME_AGE.match(text, end)) \
                and _AGE_BEFORE.search(text[max(0, start - 40):start]):
            return "an age ('Name, 63,')"
    if value.hi <= 31 and (_DATE_AFTER.match(folded, end) or _DATE_BEFORE.search(before) or (
            integer_digits and _WEEKDAY_BEFORE.search(before) and _COMMA_AFTER.match(folded, end))) \
            or value.lo <= 32 and _DATE_AFTER.match(folded, end) \
            or value.hi <= 31 and integer_digits and "dia" in before[-6:] and _DAY_WORD_BEFORE.search(before):
        # (hedged too: 'supera 7 de Setembro'; after 'dia': 'no dia 24')
        return "part of a date"
    if integer_digits and (_SLASH_AFTER.match(folded, end) or _SLASH_BEFORE.search(before)):
        return "part of a date or a fraction ('3/1')"
    if integer_digits and "year" not in allow and _year_like(text, start, end, value):
        return "a year"  # also hedged: 'began about 1970'
    if (standard := _STANDARD_FIGURE_BEFORE.search(before)) is not None:
        return f"{STANDARD} ('{' '.join(before[standard.start():].split())} {text[start:end]}')"
    if _SINCE_BEFORE.search(before) and not ("year" in allow and integer_digits and _year_like(text, start, end, value)):
        return f"{EARLIER_EVENT} ('since {text[start:end]}')"  # a year accepted is one: 'the most since 1971'
    return ""


# What a figure is compared with, named with its article after a comparative: 'smaller than the 30,000 cuts insiders had
# whispered about', 'menor do que os 30 mil' (not a bound: 'more than 30,000'; not Portuguese 'mas', but).
_STANDARD_FIGURE_BEFORE = rx.compile(r"\b(?:than|(?:menos|mayor|mayores|menor|menores|mais|maior|maiores)[^\S\n]+"
                              r"(?:[a-z]+[^\S\n]+)?(?:que|do[^\S\n]+que|da[^\S\n]+que))[^\S\n]+"
                              r"(?:the|los|las|el|la|os|as|o|a)[^\S\n]+(?:[a-z]+[^\S\n]+)?\Z")
STANDARD = "the standard of a comparison"
EARLIER_EVENT = "an earlier event's figure"  # 'the largest cut since 27,000 roles were eliminated in 2022'
_FIGURE = rx.compile(r"\d+")


FIRST_YEAR, LAST_YEAR = 1800, 2100  # the years a figure of four digits may be
YEAR_FIGURE = r"(?:1[89]|20)\d\d"  # ... as an expression's text: a figure of four digits that may be a year


def _year_like(text: str, start: int, end: int, value: Range) -> bool:
    """The number's first figure as written, hedge left out ('about 1970'), is in the range of years."""
    if not value.exact:
        m = _FIGURE.search(text, start, end)
        return m is not None and FIRST_YEAR <= int(m.group()) <= LAST_YEAR
    return FIRST_YEAR <= value.lo <= LAST_YEAR


_STAGES = frozenset("""batches phases stages waves rounds tranches groups installments instalments tandas fases etapas
    oleadas rondas tramos grupos levas rodadas parcelas""".split())  # 'released in two batches', 'en dos tandas'
_TIMES = frozenset({"time", "times", "vez", "veces", "vezes"})  # 'a two-time champion', 'stabbed three times'
_COMPOUND_AFTER = rx.compile(r"-[^\W\d_]+")  # 'a two-time champion', 'a three-word motto': a modifier
# After a hyphen, a word that joins or relates is no compound: a dash in copy that lost it ('girls age 6 and 8-and
# several friends'), a hyphen held for the next figure ('four-and six-round contests'), a tally ('1-of-16').
_JOINERS = frozenset("and or to of y e o a de in on for nor than".split())


def modifier_after(folded: str, end: int) -> re.Match[str] | None:
    """The '-word' that makes a figure part of a compound modifier ('a three-word motto'), or None."""
    m = _COMPOUND_AFTER.match(folded, end)
    return m if m is not None and m.group()[1:] not in _JOINERS else None


# The two words after a figure: 'flight cancellations' in '1,500 flight cancellations', 'flights delayed'.
_TWO_WORDS = rx.compile(r"\s+([a-z]+)\s+([a-z]+)\b")
# A ratio: its first side, a small figure, and the words that join it to its second ('one in eight participants',
# 'uno de cada cinco', 'um em cada dez'). Neither side is a head count; the quantities kind reads the two as a share.
RATIO_FIRST = {"one": 1, "two": 2, "three": 3, "four": 4, "uno": 1, "una": 1, "um": 1, "uma": 1, "dos": 2, "dois": 2,
               "duas": 2, "tres": 3, "cuatro": 4, "quatro": 4}
RATIO_JOIN = r"(?:in|en|em|(?:de|em|por)\s+cada)"
_RATIO_BEFORE = rx.compile(r"\b(?:[1-9]|" + alternation(RATIO_FIRST) + r")\s+" + RATIO_JOIN + r"\s+\Z")
_SINGULAR_AFTER = rx.compile(r"\s+(?:man|woman|member|person|child)\b")
# One of people in general: 'one person died', 'murió una mujer', 'um homem morreu'.
_ONE_OF_PEOPLE_ES_PT = frozenset("persona hombre mujer nino nina joven menor pessoa homem mulher crianca jovem".split())
_ONE_OF_PEOPLE = _ONE_OF_PEOPLE_ES_PT | frozenset("person man woman child boy girl".split())
# What 'un', 'una', 'um' or 'uma' counts as one, not as an article: a person ('murió un soldado', 'un muerto').
_ONE_PERSON = _ONE_OF_PEOPLE_ES_PT | frozenset("""soldado militar policia agente civil bebe adolescente policial muerto
    herido fallecido morto ferido vitima victima ciudadano cidadao lesionado detenido detido desaparecido rehen refem
    secuestrado sequestrado preso prisionero prisioneiro arrestado manager owner gerente dueno propietario proprietario
    dono""".split())
_PLURAL_NOUNS = frozenset("people men women children persons personas pessoas gente".split())


def counted_noun(scan: Scan, end: int, value: float = 0) -> str:
    """The plural noun a number counts ('300 houses', '12 people'), or, given its value, a person it counts ('one man',
    'the 7 woman, 5 man jury'), or '' when none follows."""
    if value >= 1 and (single := _SINGULAR_AFTER.match(scan.folded, end)):
        return single.group().strip()
    compound = _HYPHENATED_PLURAL.match(scan.folded, end)  # 'nine illegal break-ins', 'three sit-ins'
    if compound:
        return compound.group(1)
    unit = ""
    words = _counted_phrase(_following_words(scan.folded, end, 6))
    for i, w in enumerate(words):  # '99 alleged Sicilian Mafia members'
        if w in TIME_UNITS and any(v.endswith("est") or v in ("worst", "best") for v in words[:i]):
            return w  # 'the five hottest UK days on record': a count of days, no span
        if w in TIME_UNITS or (w in OTHER_UNITS and not i):  # '2 years', '30 points': durations and measures, judged apart
            return ""
        if w in KILL_VERBS and (w.endswith(_PAST_ENDINGS) or w in ("shot", "slew")):
            break  # 'de magnitude 7,8 matou mais de 1.500': a verb ends the noun phrase ('murder charges' does not)
        if _plural(w):
            return w
        unit = unit or (w if w in OTHER_UNITS else "")  # '300 passing yard', not 'two first-degree murder charges'
    return unit


_PAST_ENDINGS = ("ed", "ou", "aram", "eram", "aron", "ieron", "io", "o")
_HYPHENATED_PLURAL = rx.compile(r"\s+(?:[a-z]+\s+)?([a-z]+-[a-z]+s)\b")


def counted_thing(scan: Scan, end: int, spec: CountSpec) -> str:
    """The plural noun of things a figure ending at end counts ('nine pieces', 'dos vitrinas'): not people, not a
    cue of the fact, not a people named with a capital ('32 Cubans'); or ''."""
    noun = counted_noun(scan, end)
    if not noun or noun in _PLURAL_NOUNS or noun in VICTIM_NOUNS or noun in STAND_INS or _counts_people(noun, spec):
        return ""
    at = scan.folded.find(noun, end)
    if at < 0 or scan.text[at].isupper() or (spec.cue_words is not None and spec.cue_words.match(scan.folded, at)):
        return ""
    return noun


def _unit_of(words: list[str]) -> str:
    """The unit of measure the words after a number open with ('km', 'per cent', 'millones de euros'), or ''."""
    if words[:1] == ["de"] or words[:1] == ["of"]:
        words = words[1:]
    if words and words[0] in _PER:  # 'per cent', 'por ciento'; not '2016 por su papel', a year's preposition
        return " ".join(words[:2]) if words[1:2] and words[1] in _HUNDRED else ""
    if words and words[0] in OTHER_UNITS:
        return words[0]
    return " ".join(words[:2]) if " ".join(words[:2]) in OTHER_UNITS else ""


_PER = frozenset({"per", "por"})
_HUNDRED = frozenset({"cent", "ciento", "cento"})


def _foreign_measure(words: list[str], spec: CountSpec) -> str:
    """The unit of measure the words after a figure open with ('25 basis points', 'a 25-basis-point cut'), unless the
    rule's units name it ('89 votes' when votes are what it counts); '' when there is none."""
    measure = _unit_of(words)
    return "" if spec.units and spec.units.search(measure) else measure


def measure_after(scan: Scan, end: int) -> str:
    """The unit of measure right after a number ('km', 'per cent', 'points'), or ''."""
    return _unit_of(_following_words(scan.folded, end, 2))


def is_age(scan: Scan, start: int, end: int) -> bool:
    """The number in [start, end) is an age given in years: '85 years old', 'a los 85 años'."""
    folded = scan.folded
    if _AGE_AFTER.match(folded, end) is not None or elided_age(scan, start, end) or _BIRTHDAY_AFTER.match(folded, end):
        return True
    if _AGED_YEARS.match(folded, end) and _AGED_BEFORE.search(folded, max(0, start - 16), start):
        return True  # 'aged 23 years and 325 days'
    years = _YEARS_AFTER.match(folded, end)
    if years is None or of_a_thing(scan.text, years.end()):
        return False
    if _COMMA_AFTER.match(folded, years.end()) and _AGE_IN_BRACKETS.search(scan.text, max(0, start - 40), start):
        return True  # set off after a name: 'Butch Wilmore, 61 anos, e Sunita'
    if _HAS_YEARS_BEFORE.search(folded, max(0, start - 12), start):
        return not _OF_AFTER_YEARS.match(folded, years.end())
    if folded.startswith("entre ", start) and _PEOPLE_BETWEEN.search(folded, max(0, start - 24), start):
        return True  # 'destinada à população entre 12 e 59 anos
    return _AGE_YEARS_BEFORE.search(folded, max(0, start - 12), start) is not None \
        and _TERM_BEFORE.search(folded, max(0, start - 50), start) is None


# A kinsman or a person with his age after 'de', its years left out when an age before it in the list carries them: 'un
# matrimonio de 81 y 77 años y su hijo de 56', 'uma mulher de 40 anos e o filho de 12'.
PERSON_OF_BEFORE = rx.compile(r"\b(?:(?:hij|niet|herman|filh|net|espos|sobrin|ancian|nin|menin|chic)[oa]s?|irmaos?|irmas?"
                              r"|mujer|hombre|marido|mulher|homem|madre|padre|mae|pai|idos[oa]s?|joven|jovem"
                              # ... and people of a range of ages, or its band: 'crianças de 2 a 11 anos', 'a faixa de'
                              r"|" + _PEOPLE + r"|faixa(?:\s+etaria)?|franja(?:\s+etaria)?)\s+de\s+(?:entre\s+)?\Z")
_YEARS_EARLIER = rx.compile(r"\b\d{1,3}\s+anos\b")
_WORD_AFTER = rx.compile(r"[^\S\n]*(?P<word>[^\W\d_]+)?")
_NO_NOUN = frozenset("y e o el la los las a os as que quien han ha habian fue fueron foi foram estaban estavam".split())


def elided_age(scan: Scan, start: int, end: int) -> bool:
    """The number in [start, end) is an age whose years an earlier age in its sentence carries ('y su hijo de 56')."""
    folded = scan.folded
    if "de" not in folded[max(0, start - 5):start] or PERSON_OF_BEFORE.search(folded, max(0, start - 16), start) is None:
        return False
    word = _WORD_AFTER.match(folded, end).group("word")  # none after, a verb or a clause's next word: no noun it counts
    if word is not None and word not in _NO_NOUN and not past_form(word):
        return False
    lo = max(scan.sentence_at(start)[0], start - 100)
    return _YEARS_EARLIER.search(folded, lo, start) is not None


# Not a figure joined to another that a noun other than years follows: 'aos 22 e 30 minutos' are minutes of a match.
_JOINED_NOUN = r"(?!\s+\d[\d.,]*\s+(?!(?:years?|anos)\b)[a-z])"


# An age with no word of years, set off after a name or led to ('Kiptum, 23, won', 'Smith (45)', 'Sinner, de 24,',
# 'died at 85', 'aged 85'): what a number fact of an age reads besides is_age's.
_BARE_AGE_BEFORE = rx.compile(r"(?:[\w.'’)-],|\()\s*(?:(?:de|now|ahora|agora)\s+)?\Z")
_BARE_AGE_AFTER = rx.compile(r"[^\S\n]*(?:[,);\n]|\.(?!\d)|\Z|\s+(?:and|or|y|e|o)\b" + _JOINED_NOUN + ")")
# ('lap 43 of 69': not after a figure, whose whole it is)
_AT_AGE_BEFORE = rx.compile(r"\b(?:at|(?<!\d\s)(?<![^s]s\s)of|a\s+los|aos|turned|turning|cumplio|cumplir|completou|completar|"
                            r"(?:he|she)\s+(?:was|is)"
                            r"|(?:el|ella|ele|ela)\s+(?:tenia|tiene|tinha|tem))\s+\Z")
_AT_AGE_AFTER = rx.compile(r"[^\S\n]*(?:[,.;)\n]|\Z|\s+(?:on|in|en|em|el|after|tras|apos|of|de|del|do|da|when|cuando|quando)\b"
                           r"|\s+(?:and|y|e)\b" + _JOINED_NOUN + ")")


# An age led to by 'at' (a narrower list than _AT_AGE_BEFORE's, which also reads 'of 58' and 'turned 70') is the age
# when something happened ('ingressou na vida religiosa aos 22 anos', 'At 27, he was sent to Rome'): someone's age now
# only when that was their death ('died at 85', 'murió a los 85 años', 'morreu aos 85 anos'), a person's last age, or
# when nothing in its sentence is in the past ('Aos 22 anos, Alcaraz levanta seu segundo troféu').
_EVENT_AGE_BEFORE = rx.compile(r"\b(?:at|a\s+los|aos|at\s+(?:the\s+)?age\s+(?:of\s+)?|a\s+la\s+edad\s+de|com\s+a\s+idade\s+de)"
                               r"\s+\Z")
_DEATH = rx.compile(r"\b(?:died|dies|dying|death|dead|passed\s+away|murio|muere|morir|fallecio|fallece|fallecido|fallecida|"
                    r"muerte|morreu|morre|morrer|faleceu|falece|falecido|falecida|morte|obito)\b")
_CLAUSE_STOP = rx.compile(r"[;:]")
_NEWS_DAY = rx.compile(r"\b(?:" + alternation(set(WEEKDAYS) | set(RELATIVE_DAYS)) + r")\b")  # a day of the news
AGE_AT_EVENT = "the age when something happened"


def age_at_event(scan: Scan, start: int, end: int) -> str:
    """Why an age led to by 'at' ('aos 22 anos', 'At 27,') is the age at some event and not someone's age now, or ''."""
    folded = scan.folded
    led = _EVENT_AGE_BEFORE.search(folded, max(0, start - 24), start)
    if led is None:
        return ""
    lo, hi = scan.sentence_at(start)  # its clause within the sentence, near it
    lo = max([lo, start - 120] + [m.end() for m in _CLAUSE_STOP.finditer(folded, lo, start)])
    hi = min(hi, end + 80)
    hi = stop.start() if (stop := _CLAUSE_STOP.search(folded, end, hi)) else hi
    if _DEATH.search(folded, lo, hi) or not any(past_form(w) for w in _WORDS.findall(scan.text, lo, hi)):
        return ""
    if _NEWS_DAY.search(folded, lo, hi):  # 'has become the youngest-ever undisputed champion at 18, ... on Thursday': the
        return ""  # day of the news, whose age is the age now
    return f"{AGE_AT_EVENT} ('{scan.text[led.start():end]}'), not someone's age now"


_WORDS = rx.compile(r"[^\W\d_]+")
_ENGLISH_DAYS = tuple("monday tuesday wednesday thursday friday saturday sunday".split())
_MARKED_FIGURE = rx.compile(r"\d[.,]\d")


def age_form(scan: Scan, start: int, end: int) -> bool:
    """The number in [start, end) is written as an age: with its years (is_age), or bare, set off after a name or led
    to by a word of age ('Kiptum, 23, won', 'Smith (45)', 'died at 85 on Sunday', 'aged 85'); never with a mark between
    figures, nor after one ('to Louie Hinchliffe, 9.98-10.04.', 'by a sliver, 0.005.' are times)."""
    text, folded = scan.text, scan.folded
    if _MARKED_FIGURE.search(text, max(0, start - 2), end):
        return False
    if is_age(scan, start, end) or _AGED_BEFORE.search(folded, max(0, start - 16), start) \
            or _BETWEEN_AGES.match(folded, start):
        return True
    if _BARE_AGE_BEFORE.search(text, max(0, start - 8), start) and _BARE_AGE_AFTER.match(text, end):
        # a day of the month after a weekday and a comma is no age ('nesta segunda-feira, 6', 'Monday, 6'), a weekday
        # in lower case or an English one: 'Plácido Domingo, 84,' is a name
        day = _WEEKDAY_BEFORE.search(folded, max(0, start - 20), start)
        return day is None or not (text[day.start()].islower() or folded.startswith(_ENGLISH_DAYS, day.start()))
    return bool(_AT_AGE_BEFORE.search(folded, max(0, start - 12), start) and _AT_AGE_AFTER.match(folded, end))


# 'condena más larga de', 'un contrato de dos años', 'no contrato de dois anos'
_TERM_BEFORE = rx.compile(r"\b(?:" + alternation(_TERMS) + r")(?:\s+[a-z]+){0,3}\s+de\s*\Z"
                          r"|\b(?:contrato|acuerdo|acordo|convenio|vinculo)\s+(?:de|por)\s*\Z")


def counted_words(scan: Scan, end: int) -> tuple[list[str], str]:
    """The words after a number that ends at end, and the noun phrase among them that it counts ('los dos conductores
    murieron': 'conductores murieron'), kept: what a number counts is the same for every count fact."""
    words = scan.memo.get(("counted", end))
    if words is None:
        nxt = _following_words(scan.folded, end, 8)
        words = scan.memo[("counted", end)] = (nxt, " ".join(_counted_phrase(nxt)))
    return words


def _named_across(nxt: list[str], head: list[str], across: re.Pattern[str]) -> bool:
    """Whether a unit that holds a word ending a noun phrase starts within the one a figure counts: '50 heads of state'
    counts 'heads', and the unit 'heads of state' names it."""
    return across.match(" ".join(nxt[nxt.index(head[0]):])) is not None


def _joined_to(nxt: list[str], head: list[str], units: re.Pattern[str]) -> str:
    """The group of people a figure counts and the one the units name joined to it by 'and', when the units name only
    the second ('tens of thousands of mourners and world leaders', '3,700 passengers and crew'), or ''; not a group
    with a figure of its own ('171 passengers and six crew members'), nor words the noun is shared by ('12 Somali and
    11 Yemeni pirates')."""
    i = next(i for i, w in enumerate(head) if w in CONJUNCTIONS)
    if not i or not (head[i - 1] in PERSON_NOUNS or head[i - 1] in PERSON_WORDS) or units.search(" ".join(head[:i])):
        return ""
    j = nxt.index(head[i])
    if j + 1 < len(nxt) and (nxt[j + 1][0].isdigit() or nxt[j + 1] in ALL_NUMBER_WORDS):
        return ""
    unit = units.match(" ".join(nxt[j + 1:]))
    return "" if unit is None else " ".join(nxt[nxt.index(head[0]):j + 1] + unit.group().split())


_SIGNS = ("-", "−", "+")
_SIGN_BEFORE = rx.compile(r"(?:^|(?<=[\s(]))[-−+]\Z")


def trap(scan: Scan, start: int, end: int, spec: CountSpec, integer_digits: bool, value: Range,
         later: Sequence[NumberSpan] = ()) -> str:
    """Why a number near a cue is not a head count, or '' if it may be one."""
    folded = scan.folded
    before = folded[max(0, start - 40):start]
    if scan.text[start - 1:start] in _SIGNS and scan.text[start:start + 1].isdigit() \
            and _SIGN_BEFORE.search(scan.text, max(0, start - 2), start):
        return f"a figure with a sign ('{scan.text[start - 1:end]}'): a difference, not a count"  # 'shot -7', '+150 odds'
    nxt, counted = counted_words(scan, end)
    head = counted.split()
    noun = None if "out" not in folded[end:end + 40] and "total" not in folded[end:end + 40] \
        else _WHOLE_FIGURE.match(folded, start)
    if noun is not None and (taken := _OUT_OF_FIGURE.match(folded, noun.end())) is not None \
            and not _part_is_object(folded, start, spec):
        # 'a secret vote was held to pre-select 30 contestants out of the 136': a part, unless the fact's cue is
        # what it had done to it ('rescued 30 miners out of 33')
        return f"a part of the whole after it ('{' '.join(scan.text[start:taken.end()].split())}')"
    cue_at = spec.cue_words.match(folded, end) if spec.cue_words else None  # '3 dead', '12 injured'
    cue_next = cue_at is not None
    if not cue_next and spec.cue_words and folded[end - 1:end].isalpha() and (of := _OF_AFTER.match(folded, end)):
        cue_next = bool(spec.cue_words.match(folded, of.end()))  # 'más de un centenar de desaparecidos', 'scores of dead'
    if cue_next and cue_at is not None and cue_at.group().strip() in VICTIM_NOUNS and (
            alive := _IN_HOSPITAL_AFTER.match(folded, cue_at.end())) and not spec.cue_words.search(folded, *alive.span()):
        # 'a total of 46 victims still remain in both nearby Mexican and U.S. hospitals': the living among them
        return f"victims still in hospital ('{' '.join(scan.text[start:alive.end()].split())}'), not those the cue counts"
    if cue_next and not CONJUNCTIONS.isdisjoint(head):  # '16 mortos e 21 feridos', '19 muertos y 25 reos en fuga': the
        counted = " ".join(head[:next(i for i, w in enumerate(head) if w in CONJUNCTIONS)])  # figure names its own, the
        # noun is not shared
    named = bool(spec.units and spec.units.search(counted))  # what the rule's units name, not people in general
    across = not named and spec.across is not None and (
        _named_across(nxt, head, spec.across) if head else spec.across.match(" ".join(nxt[:4])) is not None)
    named = named or across
    besides = _joined_to(nxt, head, spec.units) if named and not CONJUNCTIONS.isdisjoint(head) else ""
    named = named and not besides
    part_said = _PART_SAID_AFTER.match(folded, end) if (spec.units and not named or spec.not_units) and nxt \
        and nxt[0] in OF_WORDS else None  # 'At least 323 of those who died were Egyptians': what the part is
    if part_said and spec.units and not named:
        named = part_named(part_said.group("what"), spec.units)
    if part_said and spec.not_units and (other := spec.not_units.search(part_said.group("what"))):
        return f"counts something else ('{other.group()}')"
    owner = _ACCOUNTED_BEFORE.search(before) if "account" in before else None  # 'Egyptians accounted for 658 deaths':
    if owner and spec.units and not named:  # the subject says whose the figure is
        named = bool(spec.units.fullmatch(owner.group("owner")))
    if owner and spec.not_units and spec.not_units.fullmatch(owner.group("owner")):
        return f"counts something else ('{owner.group('owner')}')"
    one = value.lo == 1 and bool(head) and head[0] in spec.one  # 'at least one person died', 'murió una mujer'
    # a noun of people after a unit of time is not what the figure counts: 'ficaram nove meses presos' is nine months
    unit_ok = named or one or (spec.persons and bool(head) and head[0] not in TIME_UNITS and (
        not PERSON_NOUNS.isdisjoint(head) or head[0] in VICTIM_NOUNS and _cue_within(folded, end, spec, 3)))
    if not unit_ok and spec.one and folded.startswith("-", end) and (unit := _COMPOUND_AFTER.match(folded, end)) \
            and folded[unit.start() + 1:unit.end()] in spec.one and _cue_within(folded, unit.end(), spec, 2):
        unit_ok = True  # a unit written onto the figure, then the cue: 'a 1,800-patient study', '2,000-volunteer clinical trial'
    if not unit_ok and head and head[0] in spec.one and spec.cue_words is not None:  # 'over 1,500 flight cancellations'
        two = _TWO_WORDS.match(folded, end)  # a unit that modifies the cue: the figure counts the cue's
        unit_ok = bool(two and two.group(1) == head[0] and spec.cue_words.match(folded, two.start(2)))
    # The form of a number is the same for every count fact; only a year needs to know the unit or the predicate.
    year = integer_digits and _year_like(scan.text, start, end, value)
    key = ("shape", start, end, year and (unit_ok and not _year_named(before, scan.text[max(0, start - 40):start])
                                         or _counted_as_year(folded, end, before, nxt, spec, cue_next)))
    ratio = _RATIO_AFTER.match(folded, end) if value.hi < 5 and nxt and nxt[0] in ("in", "de", "em", "por") else None
    if ratio:
        return f"one side of a ratio ('{scan.text[start:ratio.end()]}'), not how many"
    shape = scan.memo.get(key)
    if shape is None:
        shape = scan.memo[key] = shape_trap(scan, start, end, value, integer_digits,
                                            frozenset({"year"}) if key[3] else frozenset())
    deferred = ""  # said last, once nothing else refuses the figure: a fact of that event or standard may take it
    if shape.startswith((EARLIER_EVENT, STANDARD)):
        deferred, shape = shape, ""
    if shape and not (shape.startswith("someone's children") and spec.cue_words and spec.cue_words.search(
            _KIN_BEFORE.search(before).group())):  # 'a grandfather of 10' for a fact whose cue is 'grandfather of'
        return shape
    partial = _PARTIAL_BEFORE.search(before) if "parcial" in before or "partial" in before else None
    if partial:  # 'a partial toll of 577 deaths for the two busiest days', 'un balance parcial de 577 muertos'
        return f"a partial count ('{before[partial.start():].strip()} {scan.text[start:end]}'), not the whole"
    near = folded[end:end + 90]
    added = _added_part(folded, end, spec) if "plus " in near or "mas " in near else None
    if added:  # '65,000 visas annually, plus 20,000 for advanced degrees': the whole is their sum
        return f"one part of a sum ('{' '.join(scan.text[start:added].split())}'), not the whole"
    if "rang" in before or " va" in before or " ia" in before or " iba" in before:
        ages = _AGES_RANGE.search(folded, max(0, start - 60), start)
        if ages:  # 'The children ranged from 8 months to 15': the oldest one's age
            return f"the end of a range of ages ('{' '.join(scan.text[ages.start():end].split())}'), not how many"
    measure = "" if cue_next else _foreign_measure(nxt, spec)  # a cue's own: '89 votes' when 'votes' is a cue
    if measure:  # a figure of a measure counts no noun after it: 'a 25-basis-point cut'
        return f"a measure ('{measure}')"
    fronted = _fronted_whole(folded, start, end, before)
    if fronted and not (spec.cue_words and spec.cue_words.search(folded, end, fronted)):  # the cue is the part's
        return f"the whole a part after it is taken from ('{' '.join(scan.text[start:fronted].split())} ...')"
    model = None if unit_ok or not integer_digits else _MODEL_BEFORE.search(scan.text, max(0, start - 30), start)
    if model and counted and folded[model.start():model.start("name")].strip() in OF_WORDS:
        model = None  # a place, and a count of its own: 'en la provincia de Lima 40 personas'
    if model and folded[model.start("name"):model.end("name")] not in MONTHS \
            and not (spec.cue_words and spec.cue_words.search(folded, model.start("name"), start)):
        return f"part of a name ('{scan.text[model.start():end]}')"
    label = _NUMBERED_BEFORE.search(before) if integer_digits and not unit_ok and not cue_next \
        and _NUMBERED_AFTER.match(folded, end) else None
    if label and label.group("noun") not in _NOT_NUMBERED \
            and not (spec.cue_words and spec.cue_words.search(label.group())):
        return f"the number of a {label.group('noun')} ('{' '.join(scan.text[start - len(before) + label.start():end].split())}')"
    prev = scan.text[max(0, start - 16):start].split()[-1:] if integer_digits else ()  # the word before, a name's?
    variant = _VARIANT_BEFORE.search(scan.text, max(0, start - 30), start) if prev and prev[0][:1].isupper() else None
    if variant and variant.group("name").lower() not in MONTHS:
        return f"part of a name ('{scan.text[variant.start():end]}')"
    origin = _ORIGIN_OF_ANOTHER.search(folded, max(0, start - 60), start) \
        if not unit_ok and not cue_next and before.endswith((" from ", " de ")) and folded[start:end] not in ARTICLE_NUMBERS \
        else None
    if origin:  # '1,081 pilgrims from around ten countries', '1.081 peregrinos de al menos 10 países': a phrase of another
        return f"where another figure's noun comes from ('{' '.join(scan.text[origin.start():end].split())}')"
    if head and not unit_ok and (head[0] in TIME_UNITS or len(head) > 1 and head[1] in TIME_UNITS and (
            head[0] in SUPERLATIVES or head[0].endswith("iest"))):  # 'the two busiest days of hajj'
        return f"a duration or an age ('{' '.join(head[:2]) if head[0] not in TIME_UNITS else head[0]}')"
    rate = _rate(scan, start, end, nxt, before, spec)
    if rate:
        return rate
    run = _RUN_BEFORE.search(before) if any(w in before for w in _RUN_WORDS) else None
    if run and not (spec.cue_words and spec.cue_words.search(run.group())):
        return f"a run in a row ('{' '.join(scan.text[start - len(run.group()):end].split())}'), not a total"
    if head and head[0] in _TIMES and not unit_ok:
        return f"how many times ('{scan.text[start:end]} {head[0]}'), not how many"
    if head and head[0] in _STAGES and not unit_ok and not cue_next:
        return f"in how many stages ('{scan.text[start:end]} {head[0]}'), not how many"  # 'released in two batches'
    # 'a 10-fight streak', 'the 7 woman, 5 man jury' count something else; 'a 200 person crowd' and
    # 'a 12-story tower' (when 'story' is a cue) count the cue.
    compound = _COMPOUND_AFTER.match(folded, end) or (value.lo > 1 and _SINGULAR_AFTER.match(folded, end))
    if compound and not unit_ok and not cue_next and not (spec.cue_words and spec.cue_words.match(folded, compound.end())):
        return f"part of a compound ('{scan.text[start:compound.end()]}')"
    if value.lo != int(value.lo) and math.isfinite(value.lo) or scan.text.startswith(_FRACTION_GLYPHS, end):
        return "not a whole number"  # '16½ feet of snow'
    said = next((i for i, w in enumerate(nxt[:3]) if w in SPEAKING), 0) if head and not named and not cue_next else 0
    if said and any(w in _NOT_NOUNS for w in nxt[:said]):
        said = 0  # 'five were killed, officials said': the noun's place holds a verb or a word of its own
    if not said and head and not named and not cue_next and (rel := next((i for i, w in enumerate(nxt[1:3], 1)
                                                                          if w in WHO), 0)):
        # past a relative clause on the noun: 'two Arab diplomats who coordinated their countries' response told AFP'
        said = next((i for i in range(rel + 2, len(nxt)) if nxt[i] in SPEAKING), 0)
        if said and any(w in _NOT_NOUNS for w in nxt[:rel]):
            said = 0
    if said:  # 'One official said there were many dead in the hotel', 'two witnesses told'
        return f"who said it ('{scan.text[start:end]} {' '.join(nxt[:said + 1])}'), not how many"
    first = _FIRST_BEFORE.search(before) if before.endswith(_FIRST_ENDS) else None
    if first and _FIRST_SPAN.search(before, max(0, first.start() - 20)):
        first = None  # 'in the last 40 drawings': a span, all of them
    first = first or (_FIRST_AFTER.match(folded, end) if nxt and nxt[0] in _FIRST_WORDS else None)
    if first and not (spec.cue_words and spec.cue_words.search(first.group())):
        return f"the first or last few of a group ('{first.group().strip()}'), not all of it"  # 'the first six bodies examined'
    if value.hi < 1000 and _DECIMAL.search(folded, start, end):
        return f"written as a decimal ('{scan.text[start:end]}'), not a head count"
    other = spec.not_units.search(counted) if spec.not_units else None
    if other is None and spec.not_units and len(nxt) > len(head) + 1 and nxt[len(head)] in OF_WORDS:
        other = spec.not_units.fullmatch(nxt[len(head) + 1])  # 'tres medallas de oro' for a fact not of gold medals
    if other is None and spec.not_units and not head and (level := _level_before(folded, start)):
        level = _LEVEL_OF.search(folded, max(0, level - 120), level)  # 'o total de corpos resgatados chegou a 34'
        other = spec.not_units.fullmatch(level.group(1)) if level else None
    if other:
        return f"counts something else ('{other.group()}')"
    capacity = _CAPACITY_BEFORE.search(before) \
        if any(w in before for w in ("capac", "lotac", "aforo", "seating", "configura")) else None
    if capacity is None and ("can " in before or "able " in before or "designed " in before or "built " in before
                             or "pued" in before or "pod" in before or "capaz" in before):
        capacity = _CAN_HOLD_BEFORE.search(before)
    if capacity and not (spec.cue_words and spec.cue_words.search(capacity.group())):
        return f"how many it holds ('{capacity.group().strip()} {scan.text[start:end]}'), not how many were there"
    margin = (_MARGIN_AFTER.match(folded, end) if not _MARGIN_WORDS.isdisjoint(nxt[:4]) else None) or (
        _MARGIN_BEFORE.search(before) if before.endswith((" of ", " de ")) else None)
    if margin and not (spec.cue_words and spec.cue_words.search(margin.group())):
        return f"a margin between two counts ('{margin.group().strip()}'), not a count"  # '3 milhões de votos de vantagem'
    lead = _MARGIN_BY.search(folded, max(0, start - 60), start) if " by " in before or " por " in before else None
    if lead and not _TALLY_AFTER.match(folded, end):
        if not (spec.cue_words and spec.cue_words.match(folded, lead.start())):
            return f"a margin between two counts ('{' '.join(scan.text[lead.start():end].split())}'), not a count"
    else:
        lead = None
    compared = _COMPARED_AFTER.match(folded, end) if not _COMPARED_WORDS.isdisjoint(nxt[:4]) else None
    if compared and not (spec.cue_words and any(m.end() > compared.start("than") for m in spec.cue_words.finditer(
            folded, compared.start(), compared.end()))):  # a cue in the comparing words ('personas más'), not only its noun
        return f"a margin between two counts ('{scan.text[start:compared.end()].strip()}'), not a count"  # 'dos más que el PS'
    by = _AGENT_BEFORE.search(before) if not _MADE_OF_BEFORE.search(before) else None
    if by and (cue_next or lead or _ATTENDED_BEFORE.search(before)  # or the margin the cue leads by ('aventaja por 62')
               or named and (_GUARDED_BEFORE.search(before) or head and not any(map(people_word, head)))):
        by = None  # or the rule's units guarded: 'guarded by 8,000 police officers' for `police officers`; the cue's
        # noun did it: 'told by some 2,000 musicians' for `musicians` (not 'shot dead by two officers'); or things the
        # rule counts, named, which do nothing to anyone: 'sufrió su tercera derrota, por 63 victorias'
    if by and spec.cue_words is not None and spec.cue_words.search(folded, max(0, start - 60), start - len(by.group())):
        return f"who did it, not to whom ('{before[by.start():].strip()} {scan.text[start:end]}')"
    if spec.units and not unit_ok and not (spec.persons and _noun_left_out(folded, start, end, nxt, spec, cue_next)) \
            and not ((not nxt or nxt[0] in CONJUNCTIONS or nxt[0] in PREPOSITIONS and nxt[0] not in OF_WORDS)
                     and _tied_to_cue(folded, start, spec)) \
            and not _named_before(scan, start, end, spec) and not _end_of_change(scan.folded, start, spec) \
            and not _level_named(folded, start, spec) \
            and not (cue_next and _part_listed_after(folded, start, spec)) and not _part_of_fronted(folded, start, end, spec) \
            and not _part_with(folded, start, end, nxt, spec) \
            and not _shared_noun(folded, start, nxt, spec) and not _paired_noun(folded, start, nxt, spec) \
            and not _unit_of_people(folded, start, head, spec) and not _bare_after_cue(scan, start, nxt, spec) \
            and not _body_sized(folded, start, nxt, spec) and not _limit_set(nxt, spec):
        return f"counts another group with what the rule counts ('{besides}')" if besides else _NOT_COUNTED
    # An article counts one only before what the fact counts: a cue that names a person ('un muerto', 'un rehén'; with
    # units, not even that: 'un jurado' is a jury, though 'jurado' is a juror too), its units, or a person ('murió un
    # soldado'); before any other cue it is the cue's article: 'un saldo de 95 víctimas', 'um recall massivo'.
    if folded[start:end] in ARTICLE_NUMBERS and not (head and head[0] in _ONE_PERSON) \
            and (cue_next and (spec.units or not _names_a_person(folded, end, spec)) or not (unit_ok or cue_next)) \
            and not _stands_alone(scan, end):
        return f"an article ('{scan.text[start:end]}'), not a figure"  # 'un nuevo acto criminal'
    if (named or one) and not spec.persons and folded[start:end] in ARTICLE_NUMBERS and head and (
            not (one or spec.units.fullmatch(head[0])) or not _one_of_things(folded, start, nxt)):
        # 'logró un dramático oro': of things, a word before the unit makes the one an article (of people it may count
        # one: 'murió un joven soldado'); and so does the unit alone, not set against another figure nor said to be
        # the only one: 'logró una victoria histórica' (not 'una victoria y dos derrotas', 'solo una medalla')
        return f"an article ('{scan.text[start:end]}'), not a figure"
    if folded[start:end] in _NO_DETERMINERS and head and not unit_ok and nxt and nxt[0] not in OF_WORDS \
            and not _cue_within(folded, end, spec, 1):  # 'nenhuma informação sobre a quantidade de feridos'
        return f"none of something else ('{scan.text[start:end]} {nxt[0]}'), not how many"
    event = None if unit_ok else cue_at
    if event and not _counts_people(event.group().strip(), spec) and _holds_counted(folded, event.end(), spec):
        return f"counts the event itself ('{scan.text[start:event.end()]}'), not who is in it"
    batch = _BATCH_BEFORE.search(before) if " of " in before or " de " in before else None
    if batch and not (spec.cue_words and spec.cue_words.search(before, batch.start(), batch.end())):
        return f"the size of one group among several ('{before[batch.start():].strip()} {scan.text[start:end]}')"
    including = _INCLUDING_BEFORE.search(before) if (named or cue_next) and (
        "inclu" in before or "among" in before or "entre" in before) else None
    whole = _WHOLE_BEFORE.search(folded, max(0, start - 200), start - len(before) + including.start()) \
        if including and spec.whole else None
    if whole and spec.cue_words and spec.cue_words.match(folded, whole.end(1)):  # the whole is named as the part is
        # 'over 1.3 billion Catholics, including nearly 11 million Catholics in Canada': a part of a whole named as it
        # is, before it; not for a fact that units or an about list narrow to a part ('At least 80 people were killed,
        # including 32 Cuban officers' for Cubans, '25 deaths ..., including 16 lives lost in the Eaton Fire')
        return f"part of a larger group ('{before[including.start():].strip()} {scan.text[start:end]}')"
    if cue_next:  # the figure names what the fact counts: '3 dead and 12 injured' are two facts, not groups
        whole = _OF_A_FIGURE.match(folded, cue_at.end()) if cue_at is not None else None
        if whole and _cue_within(folded, whole.end(), spec, 2):  # the whole is named as the part is: 'cuatro cuerpos
            return f"part of a larger group ('{scan.text[start:whole.end()].strip()}')"  # de los 28 rehenes muertos'
        return deferred
    if not named and head and head[0] not in PERSON_WORDS \
            and any(folded.find(w, max(0, start - 120), start) >= 0 for w in IN_ADDITION_WORDS):
        fronted = _BESIDES_GROUP_BEFORE.search(folded, max(0, start - 120), start)
        if fronted:  # 'Além de 53 passageiros, havia 12 tripulantes a bordo': the crew, besides the passengers
            return f"one group besides another counted apart ('{' '.join(scan.text[fronted.start('group'):end].split())}')"
    last = before.rsplit(None, 1)[-1] if before.strip() else ""  # a list's 'and' stands right before its last group
    if last in _AND and named and not _cue_within(folded, end, spec, 3):
        # 'more than 2,000 flights were canceled and over 5,300 flights delayed': a participle of its own
        verb = _TWO_WORDS.match(folded, end)
        if verb and spec.units.fullmatch(verb.group(1)) and verb.group(2).endswith(PARTICIPLE_ENDINGS):
            return f"counts what another verb says ('{scan.text[start:verb.end()]}')"
    listed = last in _AND and _GROUPS_BEFORE.search(folded, max(0, start - 80), start)
    ahead = None if listed else _GROUPS_AFTER.match(folded, end)
    if ahead and (verb := _NEXT_WORD.match(folded, ahead.end())) and _plural_verb(verb.group().strip()):
        ahead = None  # 'Morreram 16 pessoas e 21 ficaram feridas': the next figure opens a clause of its own
    if listed and (first := _GROUP_FIGURE.match(folded, listed.start())) and _unlike(scan, end, first.end(), spec):
        listed = None  # '500 activists and 40 boats': people, then the things the rule counts, no groups of one count
    if ahead and _unlike(scan, end, ahead.end(), spec):
        ahead = None  # 'comprising nearly 50 civilian boats and over 500 participants'
    grouped = listed or ahead or (_LIST_BEFORE.search(before) and _LIST_AFTER.match(folded, end))
    # Not a figure whose people the cue follows as its own: 'y cerca de dos centenares de personas desaparecidas'.
    if (listed and not (_clauses(listed.group()) or _own_clause(folded, listed, end, nxt, spec)
                        or (nxt and nxt[0] in _STILL and _cue_within(folded, end, spec, 2))
                        or (head and (head[0] in PERSON_WORDS or head[0] in VICTIM_NOUNS
                                      or (spec.units and spec.units.fullmatch(head[0])))
                            and _cue_within(folded, end, spec, 3)))) or \
            (grouped and not _cue_within(folded, end, spec, 2)):
        # the group the units name ('prison guards', '1.045 membros da tripulação'):
        if not (named and not spec.persons and (across or spec.units.match(counted))):
            return _APART  # '325 egipcios, 144 indonesios'
    joined = _SUBJECTS_BEFORE.search(folded, max(0, start - 100), start) \
        if last in _AND and head and _counts_people(head[0], spec) else None
    if joined and len(nxt) > len(head) and nxt[len(head)] in _CLAUSE_OPENS and nxt[len(head)] != "se" \
            and _cue_within(folded, end, spec, len(head) + 2):
        joined = None  # '13 personas lesionadas y 30 reos que escaparon': the cue in a relative clause of its own
    earlier = counted_noun(scan, joined.end(1)) if joined and not _clauses(joined.group()) else ""
    if earlier and _counts_people(earlier, spec) and not (spec.units and spec.units.fullmatch(head[0])
                                                          and not spec.units.fullmatch(earlier)):
        # not the rule's own group beside another: 'Ten guards and four inmates were killed' for a fact of inmates
        conjunction = folded[joined.start():start].split()[-1]
        return f"one of two groups that share a verb ('{scan.text[joined.start():joined.end(2)]} ... {conjunction} " \
               f"{scan.text[start:end]}')"
    parallel = _shared_out(scan, end, spec, later) if later else ""
    if parallel:
        return f"one of several groups, each in its own place ('{parallel}')"
    means = _MEANS_AFTER.match(folded, end) if last in _AND else None  # 'twenty by fingerprints and four by dental records'
    if means and _MEANS_AFTER.search(before) and any(
            w[0].isdigit() or w in ALL_NUMBER_WORDS for w in WORD.findall(folded, max(0, start - 80), start)):
        return f"one of several groups, each in its own place ('{last} {scan.text[start:means.end()].strip()} ...')"
    opener = None if named else _PARTITIVE_BEFORE.search(before)
    if opener and not _part_described(scan, start, end, spec, max(0, start - 40) + opener.start()) \
            and not _shared_noun(folded, start, nxt, spec):
        return "part of a larger group ('of them', 'including')"  # 'killed 80 people, including 32 officers'
    besides = None if named or last not in _BESIDES_LAST else _BESIDES_BEFORE.search(before)
    if besides and not _cue_within(folded, end, spec, 3):  # not 'along with two injured civilians': those are the count
        return f"a group besides the one the cue is about ('{before[besides.start():].strip()} {scan.text[start:end]}')"
    among = None if named or spec.cue_words is None else _AMONG_BEFORE.search(before)
    if among and spec.cue_words.search(before, among.end()):  # 'dentre as vítimas já identificadas havia uma criança'
        return f"part of a larger group ('{before[among.start():].strip()}')"
    group = None if named or spec.cue_words is None or not any(w in before for w in _GROUP_OPENS) \
        and last not in _OTHERS else _GROUP_FRONTED.search(folded, max(0, start - 130), start)
    if group and spec.cue_words.search(folded, *group.span("whole" if group.group("whole") else "whole2")):
        return f"part of a larger group ('{' '.join(scan.text[group.start():end].split())}')"  # 'Of the injured, four'
    them = None if named else _AMONG_THEM_AFTER.match(folded, end)
    if them and not _cue_within(folded, end, spec, 3):  # 'elevando el total a 26, con dos menores entre ellos'
        return f"part of a larger group ('{scan.text[start:them.end()]}')"
    among = None if named or spec.cue_words is None else _AMONG_CUE_AFTER.match(folded, end)
    if among and (cue := spec.cue_words.match(folded, among.end())):
        return f"part of a larger group ('{' '.join(scan.text[start:cue.end()].split())}')"
    # 'all 20 of the living captives' is the whole, not a part
    part = None if named or _ALL_BEFORE.search(before) else _PARTITIVE_AFTER.match(folded, end)
    if part and not _WHOLE_FIRST_GIVEN.match(folded, part.end()) and not _part_counted(folded, part, spec) \
            and not _part_is_subject(folded, part.end(), spec) \
            and not _part_is_object(folded, start, spec):
        return "part of a larger group ('of them', 'including')"
    whole = _PART_OF_FIGURE.search(before) if before.rstrip().endswith(_DEFINITE_ENDS) else None
    if whole and _part_is_subject(folded, start, spec):  # 'seis dos oito homens ... tenham morrido': the eight
        return f"the whole a part is taken from ('{before[whole.start():].strip()} {scan.text[start:end]}')"
    vague = None if _SOME_WORDS.isdisjoint(before.split()[-5:]) else _SOME_OF_BEFORE.search(before)
    if vague and not _cue_within(folded, end, spec, 0) and (noun := _WHOLE_FIGURE.match(folded, start)) \
            and not _RELATIVE_SOON.match(folded, noun.end()) and _cue_within(folded, noun.end(), spec, 6) \
            and _LINKING_VERBS.isdisjoint(WORD.findall(_CLAUSE_END.split(folded[noun.end():noun.end() + 80], 1)[0])):
        # 'some of Arema's 42,000 supporters ran onto the pitch': the cue's subject is 'some', not the whole it names;
        # not 'many of the 350 people aboard the train were students', where the cue describes the whole
        return f"the whole a part is taken from ('{' '.join(scan.text[start - len(before) + vague.start():end].split())}')"
    return deferred


# What may follow a figure whose noun is left out, opening its predicate: a verb ('were', 'ficaram', 'resultaron',
# 'died'), an adverb, an article before the cue ('23 los heridos'), a relative ('three who were killed') or a stand-in.
_PREDICATE_OPENERS = frozenset("""was were is are has have had been be will would could may might remain remains
    remained got who that fue fueron es son esta estan estaban estuvieron ha han habian quedaron siguen permanecen
    que quienes foi foram e sao estao estavam ficaram tinham tem seguem permanecem the el la los las o a os as
    se continuan continuam still remaining""".split())  # 'más de 80 se encuentran atrapadas', '30 continúan desaparecidos'

_ARTICLES = frozenset("el la los las o os as".split())  # before what a level counts: 'cifró en 128.000 los asistentes'
_PLURAL_VERB_ENDINGS = ("aram", "eram", "iram", "aron", "ieron")  # 'ficaram', 'murieron'
_VERB_ENDINGS = ("ed", *_PLURAL_VERB_ENDINGS)
_PREDICATE_ENDINGS = (*_VERB_ENDINGS, "ly", "mente")  # 'five seriously injured'
# What a figure standing for a level follows: 'rose to', 'stood at', 'remains unchanged at', 'chegou a', or a
# stand-in ('outras 21').
_HOLD_VERBS = ("stands", "stood", "standing", "sits", "sat", "sitting", "remains", "remained", "remain", "stays", "stayed",
               "se mantiene", "se mantuvo", "permanece", "se mantem", "se manteve")
# A figure set anew: 'updated the toll to 134', 'atualizaram de 121 para 134 o número de mortos'.
_UPDATE_VERBS = ("updated", "revised", "corrected", "raised", "lowered", "atualizou", "atualizaram", "corrigiu",
                 "corrigiram", "revisou", "elevou", "elevaram", "actualizo", "actualizaron", "corrigio", "reviso",
                 "elevaron")
_NOW = r"(?:\s+(?:now|ya|agora|ja|already))?"
_OF_PHRASE = r"\s+(?:" + alternation(OF_WORDS) + r")(?:\s+[a-z]+){1,3}?"  # 'de muertos', 'of people killed'
# The noun of a level's phrase, earlier in its clause: 'o total de corpos resgatados em Brumadinho chegou a'.
_LEVEL_OF = rx.compile(r"\b(?:" + alternation(LEVEL_NOUNS) + r")\s+(?:" + alternation(OF_WORDS) + r")\s+"
                       r"(?:(?:the|los|las|os|as)\s+)?([a-z]+)\b[^.;:,]*\Z")
_LEVEL_BEFORE = rx.compile(r"(?:\b(?:" + alternation(REACH_VERBS + FALL_VERBS + _HOLD_VERBS)
                           + r")(?:\s+unchanged|\s+sin\s+cambios|\s+inalterad[oa])?" + _NOW + r"(?:\s+(?:from|de)\s+[\w.,]+)?"
                           r"\s+(?:to|at|a|para|em|en)?"  # 'rose from nine to', 'subió de nueve a'
                           r"|\b(?:" + alternation(PASS_VERBS) + r")\s+(?:from|de)\s+[\w.,]+\s+(?:to|a|para)"
                           # 'the toll is', 'el número de muertos ya es de', 'o total de mortos é agora de', 'the toll
                           # up to nine', 'la cifra de muertos a 12'
                           r"|\b(?:" + alternation(TOLL_NOUNS) + r")\s+(?:up\s+)?(?:to|a|para|at)"
                           r"|\b(?:" + alternation(ESTIMATE_VERBS) + r")(?:\s+(?:the|its|their|a|an|el|la|los|las|su|sus|o|os|as)"
                           r"(?:\s+[a-z]+){0,2}?\s+(?:" + alternation(ESTIMATE_NOUNS + LEVEL_NOUNS) + r"))?\s+(?:at|en|em)"
                           r"(?:\s+(?:just|only|solo|apenas))?"  # 'put the estimate at just', 'cifró en', 'calculou em'
                           r"|\b(?:" + alternation(ESTIMATES) + r")"
                           r"|\b(?:" + alternation(LEVEL_NOUNS + ESTIMATE_NOUNS) + r")"
                           r"(?:" + _OF_PHRASE + r"\s+(?:to|a|para|at)\b|"
                           r"(?:" + _OF_PHRASE + r")?" + _NOW
                           + r"\s+(?:is|was|es|era|fue|foi|e(?=\s+(?:de|agora|ja)\b))" + _NOW
                           + r"(?:\s+de|\s+much|\s+far|\s+up\s+to)?)"
                           r"|\b(?:" + alternation(STAND_INS | {"another"})
                           + r")|\b(?:a|un|um)\s+total\s+(?:of|de)"  # 'son ahora un total de cinco'
                           r"|\b(?:is|was|now|se\s+situa)\s+(?:now\s+)?(?:at|en)"  # 'the death toll is now at 89'
                           r"|\b(?:" + alternation(_UPDATE_VERBS) + r")(?:\s+(?:from|de)\s+[\d.,]+)?\s+(?:to|a|para))\s*\Z")
# A level a count has passed, its verb the figure's hedge: 'the toll surpasses 100', 'ya supera los 80', 'ultrapassou os 80'.
_PASSED_LEVEL = rx.compile(r"(?:exceed|surpass|top|super|ultrapass|sobrepas)[a-z]*\s")
_NEXT_WORD = rx.compile(r"\s*[^\W\d_]+")
# What victims are still, after their noun: in hospital, and so alive ('46 victims still remain in both nearby Mexican
# and U.S. hospitals', '12 víctimas siguen hospitalizadas', 'vítimas permanecem internadas').
_IN_HOSPITAL_AFTER = rx.compile(
    r"\s+(?:(?:" + alternation(STILL_WORDS | {"are", "were", "remain", "remains", "remained", "siguen", "seguian", "permanecen",
                                              "permanecian", "continuan", "estan", "seguem", "permanecem", "continuam", "estao",
                                              "ficam", "todavia"}) + r")\s+){1,3}"
    r"(?:(?:in|at|en|em|no|nos|na|nas)\s+(?:[a-z.]+\s+){0,5}?(?:hospital|hospitals|hospitales|hospitais)\b"
    r"|(?:" + alternation(HOSPITALIZED) + r")\b|under\s+treatment|being\s+treated)")
_NEXT_COMPOUND = rx.compile(r"\s*[^\W\d_]+(?:-[^\W\d_]+)*")  # 'norte-americanos'
_PARTITIVE_HEADS = frozenset(p.split()[0] for p in PARTITIVE_AFTER)  # a quick test before the match


# A plural verb a figure that looks like a year may be the subject of: '2000 resultaron heridas', '1900 were hurt'.
_PLURAL_VERBS = frozenset("""were are have had remain remained fueron son estan estaban han quedaron quedan permanecen
    siguen continuan foram sao estao estavam ficaram ficam tem permanecem seguem continuam""".split())
_DETERMINERS = frozenset("the a an this that its their his her el la los las lo o os as este esta".split())
_UNTIL = frozenset({"until", "till", "hasta", "ate"})


_SOLE = frozenset("only just solo sola solamente apenas so somente unica unico single sole".split())


def _one_of_things(folded: str, start: int, nxt: list[str]) -> bool:
    """Whether an article before the noun of the things a rule counts counts one of them: said to be the only one
    ('solo una medalla', 'una sola victoria') or set against another figure ('una victoria y dos derrotas')."""
    before = folded[max(0, start - 12):start].split()[-1:]
    then = nxt[2:3] if nxt[1:2] and nxt[1] in CONJUNCTIONS else nxt[1:2]  # 'y dos derrotas', ', tres derrotas'
    return bool(before and before[0] in _SOLE or nxt[1:2] and nxt[1] in _SOLE
                or then and (then[0][0].isdigit() or then[0] in ALL_NUMBER_WORDS))


def _stands_alone(scan: Scan, end: int) -> bool:
    """The one ending at end is followed by a verb in the past, in the singular, so it is no article but one of
    something named before ('Destas, duas foram levadas a um hospital e uma morreu', 'una falleció'): an article opens
    a noun phrase. Read on the text as written, where 'murió' still shows its accent."""
    m = _NEXT_WORD.match(scan.text, end)
    word = m.group().strip() if m else ""
    return past_form(word) and not word.lower().endswith(_VERB_ENDINGS)


def _plural_verb(word: str) -> bool:
    return word in _PLURAL_VERBS or word.endswith(_PLURAL_VERB_ENDINGS)


def _clauses(listed: str) -> bool:
    """The groups listed before a figure are clauses, each with its verb ('367 personas murieron, 2 mil resultaron
    heridas y 180 están desaparecidas'), not groups that the cue after the last one counts ('12 Somali and 11
    Yemeni suspects'): the figures then count apart only when no cue of the fact follows the figure itself."""
    return any(w in _PLURAL_VERBS or w.endswith(_VERB_ENDINGS) for w in WORD.findall(listed))


def _own_clause(folded: str, listed: re.Match, end: int, nxt: list[str], spec: CountSpec) -> bool:
    """The last figure of a list opens a clause of its own, its verb within three words and the fact's cue after it:
    'há 27 sobreviventes e duas pessoas permanecem desaparecidas' (not '12 Somali and 11 Yemeni suspects'); not when
    the list's first figure, of some people (not people in general: 'Quatro pessoas morrem e 30 estão
    desaparecidas'), opens the clause too: the verb is then the whole list's ('once extranjeros y cinco portugueses
    perdieron la vida')."""
    if not (any(_plural_verb(w) for w in nxt[:3]) and _cue_within(folded, end, spec, 4)):
        return False
    words = WORD.findall(listed.group())
    return len(words) < 2 or words[1] in PERSON_WORDS or not _opens_clause(folded, listed.start())


def _opens_clause(folded: str, at: int) -> bool:
    """The words from at open their sentence or clause: nothing but punctuation, a relative or a word of time before
    them ('Ayer seis turistas y dos vecinos murieron')."""
    before = folded[max(0, at - 30):at].rstrip()
    if not before or before[-1] in ".!?,;:(\n—–-":
        return True
    words = before.split()
    return bool(words) and (words[-1] in _CLAUSE_OPENS or words[-1] in _WHEN_OPENERS)


# What only a year stands after in English, where a head count of a thousand or more is written with its comma: 'the
# 2024 Academy Awards', 'her 2019 win', "Stone's 2017 win" (not 'los 2000 heridos', 'sus 2000 empleados', nor after 'that',
# which may open a clause: 'said that 2000 people fled'); and in any language a name, not the first word of its
# sentence, that the year labels: 'Tour De France 2024 Title', 'Paris 2024', 'el Tour de Francia 2024'.
_YEAR_DETERMINERS = frozenset("the her his its their our my your this last next".split())


def _year_named(before: str, written: str = "") -> bool:
    """The word before a figure in the range of years makes it a year, even with a unit of the fact after it (written:
    the text before the figure, as written)."""
    prev = before.rsplit(None, 1)[-1] if before.strip() and not before.endswith(("(", ",")) else ""
    return prev in _YEAR_DETERMINERS or prev.endswith(("'s", "’s")) or _NAME_BEFORE.search(written) is not None \
        or _YEAR_AND_BEFORE.search(before) is not None


# A year and a conjunction before a figure: 'las ediciones 2022 y 2023 del Tour', '2020, 2021 and 2024'.
_YEAR_AND_BEFORE = rx.compile(r"(?<![\d.,])" + YEAR_FIGURE + r"\s*(?:,|\s(?:and|y|e|or|o|ou))\s+\Z")


def _counted_as_year(folded: str, end: int, before: str, nxt: list[str], spec: CountSpec, cue_next: bool) -> bool:
    """A figure in the range of years is a head count when the cue follows it or it is the subject of a plural verb
    whose predicate holds the cue, and no preposition, determiner, month or figure stands before it: '367 muertos y
    2000 heridos', '2000 resultaron heridas' (not 'in 2000 were', 'the 2004 killings')."""
    if not spec.persons or not nxt:
        return False
    prev = before.rsplit(None, 1)[-1].strip(",;:") if before.strip() else ""
    if prev in PREPOSITIONS or prev in MONTHS or prev in _DETERMINERS or prev[-1:].isdigit() or prev in _UNTIL:
        return False
    if cue_next:
        return True
    return _plural_verb(nxt[0]) and _cue_within(folded, end, spec, 3, _own_noun, modifier_ok=False)


def _opens_predicate(word: str) -> bool:
    return word in _PREDICATE_OPENERS or word in STAND_INS or (len(word) > 4 and word.endswith(_PREDICATE_ENDINGS))


# A figure in digits or words, where the words around it say it is one: out of a known whole that is a figure too ('seis
# dos oito homens', 'two of the eight workers'), where a change started ('de 12 deputados para 48'), what a margin is
# ahead of ('três deputados à frente do PS'). Unlike in a list, 'dos' and 'one' are figures here, before a partitive ('dos
# de los ocho'); 'un' and 'um' are not.
A_FIGURE = r"(?:\d[\d.,]*|" + alternation(ALL_NUMBER_WORDS - {"un", "um"}) + r")"
_RATIO_AFTER = rx.compile(r"\s+" + RATIO_JOIN + r"\s+" + A_FIGURE + r"\b")  # 'one in eight', 'uno de cada cinco'
# A phrase heading the clause that names a group of its own with a figure, besides which the clause counts another:
# 'Além de 53 passageiros, havia 12 tripulantes a bordo', 'Besides 53 passengers, the ferry carried 12 crew'.
_BESIDES_GROUP_BEFORE = rx.compile(r"(?m)(?:^|[.;:!?]\s+)[\"'“‘]?(?P<group>(?:" + alternation(IN_ADDITION) + r")\s+"
                                   r"(?:(?:the|os|as|los|las|o|a)\s+)?" + A_FIGURE + r"\s+[^\W\d_][^,;:.!?\n]{0,40},\s+)"
                                   r"[^,;:.!?\n]*\Z")
# A figure in a phrase of where another figure's noun comes from: '1,081 pilgrims from around ten countries'.
_NOT_AND = r"(?!(?:" + alternation(CONJUNCTIONS) + r")\b)"
_ORIGIN_OF_ANOTHER = rx.compile(r"(?<![\w.,])(?!(?:una|uma)\b)" + A_FIGURE + r"(?:\s+" + _SCALE + r")?\s+" + _NOT_AND
                                + r"[^\W\d_]+(?:\s+" + _NOT_AND + r"[^\W\d_]+)?"
                                r"\s+(?:from|de|procedentes\s+de|oriundos\s+de|vindos\s+de)\s+\Z")
_OF_A_FIGURE = rx.compile(r"\s*(?:" + alternation(DEFINITE_PARTITIVES) + r")\s+" + A_FIGURE + r"\b")  # 'de los 28'
_WHOLE_FIGURE = rx.compile(r"\s*" + A_FIGURE + r"\s+[^\W\d_]+")
# The whole a figure with its noun is taken from, right after that noun: '30 contestants out of the 136', '30
# candidatas de un total de 136'.
_OUT_OF_FIGURE = rx.compile(r"\s+(?:out\s+of|de\s+un\s+total\s+de|de\s+um\s+total\s+de)\s+(?:(?:the|los|las|os|as)\s+)?"
                            + A_FIGURE + r"\b")
# A whole that is a figure given first and since replaced: 'dejándola en 125 de los 174 anunciados inicialmente', '125
# of the 174 reported earlier' (the part is the figure that replaced it).
_WHOLE_FIRST_GIVEN = rx.compile(r"\s*" + A_FIGURE + r"(?:\s+[^\W\d_]+){0,2}?\s+(?:" + alternation(
    (*INITIALLY, "earlier", "previously", "anteriormente", "previamente")) + r")\b")
_FINITE_NEXT = rx.compile(r"\s+(?:died|[^\W\d_]+(?:ron|ram))\b")  # a verb in the past: 'murieron', 'morreram'
# 'tres de las cinco personas que sobrevivieron'
_RELATIVE_NEXT = rx.compile(r"\s+(?:" + alternation((*RELATIVES, "that")) + r")\b")
# ... past the rest of the whole's noun phrase: 'two of the 17 foreign missionaries who were kidnapped'.
_RELATIVE_SOON = rx.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:" + alternation((*RELATIVES, "that")) + r")\b")
# A figure and a partitive before a whole that is a figure: 'seis dos oito', 'two of the eight', past the part's noun
# ('700 people out of 3,711'; not 'tres más de los 17', added to a part given before); bare 'of' and 'de' too,
# after a figure other than one ('six of 19 officials', 'três de 12 membros'; 'a colonel, one of 32 officers killed' is
# one of those killed).
_DEFINITE_ENDS = tuple(sorted({p.split()[-1] for p in DEFINITE_PARTITIVES} | {"of", "de"}))  # a quick test of the text's end
_PART_OF_FIGURE = rx.compile(r"\b(?:" + A_FIGURE + r"(?:\s+(?!(?:" + alternation(STAND_INS) + r")\b)[^\W\d_]+)?\s+(?:"
                             + alternation(DEFINITE_PARTITIVES) + r")"
                             r"|(?!(?:one|uno|una|um|uma)\b)" + A_FIGURE + r"\s+(?:of|de))\s+\Z")


# What a clause's first word follows: 'and', 'that', a verb of saying ('said seven of the eight towers burned').
_CLAUSE_LEAD = r"[.;:!?\"“(—–]|\b(?:and|that|said|says|y|e|que|dijo|disse)"
# A whole that opens its clause on a partitive, with its figure or not, then a part of it past a comma: 'Out of 750 girls
# at the camp, 23 are missing', 'De las 750 niñas del campamento, 23 siguen desaparecidas', 'Das 750 meninas, 23
# continuam'. Portuguese 'dos' and 'das' (Spanish 'two') only before the whole's figure.
_FRONTED_HEAD = r"(?:\A|" + _CLAUSE_LEAD + r"|\n|\b(?:but|pero|mas)\b)\s*"  # and after a line or 'but'
_FRONTED_OF = r"(?:out\s+of|of|de)(?:\s+(?:the|those|these|los|las|esos|esas))?"
_FRONTED_WHOLE = rx.compile(_FRONTED_HEAD + r"(?:" + _FRONTED_OF + r"|das|dos)\s+\Z")  # before the whole's figure
_WHOLE_THEN_PART = rx.compile(r"(?:\s+[^\W\d_][\w'’-]*){1,6}?\s*,\s+(?=" + A_FIGURE + r"\b)")  # its noun, then the part
_PART_AFTER_FRONTED = rx.compile(_FRONTED_HEAD + r"(?:" + _FRONTED_OF + r"|(?:das|dos)(?=\s+\d))(?:\s+" + A_FIGURE
                                 + r")?(?P<whole>(?:\s+[^\W\d_][\w'’-]*){1,6}?)\s*,\s+\Z")
_FRONTED_ENDS = ("of ", "de ", "das ", "dos ", "the ", "los ", "las ", "those ", "these ", "esos ", "esas ")  # a quick test
# ... or a whole with no figure that names what the fact counts, then a part of it: 'Of the injured, four remain in
# hospital', 'que de los heridos cuatro siguen hospitalizados', 'Dos feridos, quatro continuam internados' (Portuguese
# 'dos' only opening its sentence, before a comma, as Spanish 'dos' may be a figure of its own).
_GROUP_FRONTED = rx.compile(r"(?:" + _FRONTED_HEAD + r"(?:out\s+of|of|de)\s+(?:the|those|these|los|las|esos|esas)"
                            r"(?P<whole>(?:\s+[^\W\d_][\w'’-]*){1,4}?)\s*,?"
                            r"|(?:\A|[.;:!?\"“(—–\n])\s*(?:das|dos)(?P<whole2>(?:\s+[^\W\d_][\w'’-]*){1,4}?)\s*,)\s+"
                            r"(?:" + A_FIGURE + r"\b[^.;:!?\d]{0,60}?\s+(?:and|y|e)\s+(?:" + alternation(_OTHERS) + r")\s+)?\Z")


def _fronted_whole(folded: str, start: int, end: int, before: str) -> int:
    """Where the part starts when the figure at [start, end) is the whole of a partitive that opens its clause ('Out of
    750 girls at the camp, 23 are missing'), else 0."""
    if not before.endswith(_FRONTED_ENDS) or _FRONTED_WHOLE.search(folded, max(0, start - 40), start) is None:
        return 0
    part = _WHOLE_THEN_PART.match(folded, end)
    return part.end() if part else 0


def _part_of_fronted(folded: str, start: int, end: int, spec: CountSpec) -> bool:
    """A figure whose noun is left out, after a whole that opens its clause on a partitive and names what the fact
    counts, the fact's cue after the figure in its clause and not in the whole: 'Out of 750 girls at the camp, 23 are
    still missing', 'De las niñas del campamento, 23 siguen desaparecidas' (not 'Of the 27 missing campers, 10 were
    found')."""
    if spec.units is None or not folded.endswith(", ", 0, start):
        return False
    m = _PART_AFTER_FRONTED.search(folded, max(0, start - 100), start)
    return m is not None and spec.units.search(m.group("whole")) is not None \
        and not (spec.cue_words and spec.cue_words.search(m.group("whole"))) and _cue_within(folded, end, spec, 4)


# What joins a figure in words to what it counts: 'un centenar de desaparecidos'.
_OF_AFTER = rx.compile(r"\s+(?:of|de)(?=\s)")
# What joins a noun to the group it is of: 'homens da equipe', 'men on the crew'.
_OF_NEXT = rx.compile(r"\s+(?:" + alternation(OF_WORDS | {"on", "in", "from", "en", "em", "na", "no", "nas", "nos"})
                      + r")(?:\s+(?:the|la|el|los|las|a|o|as|os))?\s+")


def _part_is_subject(folded: str, at: int, spec: CountSpec) -> bool:
    """At at, after a definite partitive ('seis dos'), stands a whole that is a figure and its noun, and the fact's cue
    comes a few words later (or right after the noun, as a verb in the past: 'murieron'), not in a relative clause:
    the cue is the verb whose subject is the part ('seis dos oito homens da equipe tenham morrido', 'two of the eight
    workers were rescued'), not a word describing the whole ('two of the 32 officers killed were colonels', 'três das
    cinco pessoas que sobreviveram')."""
    whole = _WHOLE_FIGURE.match(folded, at)
    if whole is None or _RELATIVE_SOON.match(folded, whole.end()):
        return False
    of = _OF_NEXT.match(folded, whole.end())
    if of and spec.cue_words is not None and spec.cue_words.match(folded, of.end()):
        return False  # 'seis dos oito homens da equipe' for the cue 'equipe': the crew is the eight
    noun_end = whole.end()
    noun = folded[whole.start():noun_end].split()[-1]
    if noun in _LINKING_VERBS or past_form(noun):  # '700 people out of 3,711 became infected': the noun left out
        return _cue_within(folded, noun_end - len(noun), spec, 8)
    if (joined := AND_NOUN.match(folded, noun_end)) and not _cue_within(folded, noun_end, spec, 1):
        noun_end = joined.end()  # '241 de los 242 pasajeros y tripulantes a bordo': one noun phrase
    adjective = _NEXT_COMPOUND.match(folded, noun_end)
    if adjective and adjective.group().strip() not in _LINKING_VERBS and not adjective.group().endswith(("ly", "mente")) \
            and not _cue_within(folded, noun_end, spec, 0) and _cue_within(folded, adjective.end(), spec, 0):
        noun_end = adjective.end()  # 'dois dos 17 reféns norte-americanos sequestrados': the noun's adjective
    if _cue_within(folded, noun_end, spec, 0):  # right after the noun: only a verb that cannot describe it
        if _FINITE_NEXT.match(folded, noun_end) is not None:  # 'dos de los ocho trabajadores murieron'
            return True
        # ... or, the part opening its clause, one no verb follows in its clause, which it would if it described the
        # noun: 'seven of the eight towers caught fire', not 'two of the 32 officers killed were colonels' (nor 'Murieron
        # 241 de los 242 pasajeros a bordo', where the part is no subject before its verb)
        part = _PART_OF_FIGURE.search(folded, max(0, at - 60), at)
        cue = spec.cue_words.match(folded, noun_end + 1) if part and _CLAUSE_HEAD.search(
            folded, max(0, part.start() - 12), part.start()) else None
        verb = WORD.search(folded, cue.start(), cue.end()) if cue is not None else None  # past a quotation mark
        if verb is None or not past_form(verb.group()):  # a verb in the past, not 'on board'
            return False
        return _LINKING_VERBS.isdisjoint(WORD.findall(_CLAUSE_END.split(folded[cue.end():cue.end() + 60], 1)[0]))
    return _cue_within(folded, noun_end, spec, 8)  # past a place: 'seven of the eight towers in Wang Fuk Court caught fire'


# A part with no figure taken from a whole that has one: 'some of Arema's 42,000', 'muchos de los 3.000', 'a maioria dos'.
_SOME_WORDS = QUANTIFIERS | {"half", "part", "mitad", "parte", "metade"}  # a quick test before _SOME_OF_BEFORE
_SOME_OF_BEFORE = rx.compile(r"\b(?:" + alternation(_SOME_WORDS) + r")\s+(?:of\s+(?:the\s+|its\s+|their\s+"
                             r"|[^\W\d_]+'s\s+)?|de\s+(?:los|las|sus)\s+|d[oa]s\s+|de\s+seus\s+|de\s+suas\s+)\Z")
_CLAUSE_HEAD = rx.compile(r"(?:\A|" + _CLAUSE_LEAD + r")\s*\Z")
# The verbs that follow a participle describing a subject ('two of the 32 officers killed were colonels').
_LINKING_VERBS = PASSIVE | frozenset("""had has have will would remain remained era eran estan estaban eram estao
    estavam became become becomes""".split())  # not 'e', the Portuguese 'and' once folded as 'é' is


# A noun joined by 'and' to the one before it, on its line: 'pasajeros y tripulantes', 'passengers and crew'.
AND_NOUN = rx.compile(r"[^\S\n]+(?:and|y|e)[^\S\n]+([^\W\d_]{3,})")


# A figure that is the step of a ratio ('one more day for every 10 hostages freed', 'por cada 10 rehenes adicionales'),
# or a count in each span of time ('12-13 hostages per day', 'entre 10 y 13 cada día', 'ao menos 10 por cada dia'):
# a rate, not how many in all.
_EVERY_BEFORE = rx.compile(r"\b(?:every|each|cada)\s+(?:(?:additional|extra|further|more|new|adicionales|adicionais|"
                           r"mas|mais|otros|outros)\s+)?\Z")
_RATE_WORDS = frozenset({"per", "each", "every", "cada", "por", "al", "ao"})
_A_RATE_UNITS = frozenset({"minute", "hour", "day", "night", "week", "month", "year"})  # 'a day', not 'até a noite'
_TIME_AFTER_RATE = frozenset({"after", "before", "later", "earlier", "ago", "despues", "antes", "depois", "atras"})


# A figure of how many each of several has: after a plural that has its own figure and 'of' or 'de' ('12 groups of four',
# '12 grupos de cuatro equipos'), or before each of them ('two teams from each group', 'four teams each.', 'quatro
# equipes em cada', 'duas primeiras de cada grupo', 'cuatro equipos cada uno'; not 'the 12 groups each have').
_SIZE_OF_EACH = rx.compile(r"\b" + A_FIGURE + r"\s+[a-z]{3,}s\s+(?:of|de)\s+\Z")
_EACH_AFTER = rx.compile(r"(?:\s+[a-z]+){1,2}?\s+(?P<each>(?:(?:from|in|of|per|de|del|em|en|por|para|within)\s+)?"
                         r"(?:each\s*(?=[,.;:)]|\Z)|(?<=from\s)each\b|(?<=in\s)each\b|(?<=of\s)each\b|(?<=per\s)each\b"
                         r"|cada\b(?:\s+[a-z]+)?|apiece\b))")


def _size_of_each(scan: Scan, start: int, end: int, before: str, spec: CountSpec) -> str:
    """Why the figure is how many each of several has ('12 groups of four', 'two teams from each group'), not how many
    in all, unless the fact's cue is in the words that say so."""
    each = _SIZE_OF_EACH.search(before) if before.endswith((" of ", " de ")) else None
    if each is not None and not (spec.cue_words and spec.cue_words.search(before, each.start())):
        return f"how many each has ('{' '.join(scan.text[start - len(before) + each.start():end].split())}'), not how many in all"
    ahead = scan.folded[end:end + 40]  # (not of one it is about: 'Norway and Kenya finished with 14 golds each')
    each = None if spec.placed or not ("each" in ahead or "cada" in ahead or "apiece" in ahead) \
        else _EACH_AFTER.match(scan.folded, end)
    if each is not None and not (spec.cue_words and spec.cue_words.search(scan.folded, each.start("each"), each.end())):
        return f"how many each has ('{' '.join(scan.text[start:each.end()].split())}'), not how many in all"
    return ""


def _rate(scan: Scan, start: int, end: int, nxt: list[str], before: str, spec: CountSpec) -> str:
    """Why the figure is a rate ('every 10', '13 per day'), unless the fact's cue is in the rate's words."""
    if each := _size_of_each(scan, start, end, before, spec):
        return each
    every = _EVERY_BEFORE.search(before) if "every" in before or "each" in before or "cada" in before else None
    if every and before.startswith("each", every.start()) and before[:every.start()].rstrip().endswith(","):
        every = None  # 'eight towers, each 32 storeys high': what each of them has, no step of a rate
    if every and not (spec.cue_words and spec.cue_words.search(before, every.start())):
        return f"the step of a rate ('{before[every.start():].strip()} {scan.text[start:end]}'), not a count"
    for i, w in enumerate(nxt[:4]):
        if i + 1 < len(nxt) and (w in _RATE_WORDS and nxt[i + 1] in TIME_UNITS and nxt[i + 1][-1] != "s"
                                 or w in ("a", "an") and nxt[i + 1] in _A_RATE_UNITS) \
                and not (i + 2 < len(nxt) and nxt[i + 2] in _TIME_AFTER_RATE):
            if spec.cue_words and any(spec.cue_words.fullmatch(x) for x in (*nxt[i:i + 2], " ".join(nxt[i:i + 2]))):
                return ""  # the rate is the fact's: 'three million passengers a year' for the cue 'a year'
            return f"a rate ('{scan.text[start:end]} {' '.join(nxt[:i + 2])}'), not a count"
    return ""


_WORD_BEFORE = rx.compile(r"\b(?P<word>[a-z]+)\s+(?:a\s+)?(?:(?:" + HEDGE_WORDS + r")\s+)?\Z")  # 'mataron a 12'


def _part_is_object(folded: str, start: int, spec: CountSpec) -> bool:
    """The fact's cue is the word right before the part, past a hedge: the verb whose object the part is ('to free at
    least 50 of the 240 hostages', 'rescued 30 of the 33 miners', 'mataron a 12 de los 40')."""
    verb = _WORD_BEFORE.search(folded, max(0, start - 40), start) if spec.cue_words is not None else None
    cue = spec.cue_words.match(folded, verb.start("word")) if verb is not None else None
    return cue is not None and cue.end() <= verb.end("word")


def _part_described(scan: Scan, start: int, end: int, spec: CountSpec, opener: int) -> bool:
    """The fact's cue describes the part after 'including' and not the whole, counted, before it: '1,968 prisoners,
    including 250 serving life sentences' is a count of those serving life; 'killed 80 people, including 32 officers' is
    not one of the killed."""
    if not _cue_within(scan.folded, end, spec, 3):
        return False
    first = scan.sentence_at(start)[0]  # a whole with its figure: not 'intimidate victims, including two nearly killed'
    counted = any(w[0].isdigit() or w in ALL_NUMBER_WORDS for w in WORD.findall(scan.folded, max(first, opener - 60), opener))
    return counted and spec.cue_words.search(scan.folded, first, opener) is None


# An aside set off by commas, dashes or brackets between a part and its predicate.
_PART_ASIDE = rx.compile(r",[^,.;:()\n]{1,60},|\s+[—–-]\s[^.;:()\n—–]{1,60}?\s[—–-](?=\s)|\s*\([^()\n]{1,60}\)")


def _part_counted(folded: str, part: re.Match[str], spec: CountSpec) -> bool:
    """A part of a group ('five of them', 'cinco dos feridos') that the fact's cue describes, within three words
    of the whole: 'cinco deles em estado grave', 'five of the injured are in serious condition'. The whole's own
    noun is skipped: 'cinco dos feridos' is not a count of the injured, and a relative clause after it describes
    the whole."""
    at = part.end()
    if part.group().endswith("'s"):  # 'two of Caracas's residents': a noun phrase of its own
        return False
    if " ".join(part.group().split()) not in PRONOUN_PARTS:
        noun = _NEXT_WORD.match(folded, at)
        if noun is None or _RELATIVE_NEXT.match(folded, noun.end()):  # the cue in a relative clause describes the
            return False  # whole: 'dois dos feridos que ficaram em estado grave morreram' (not the serious count)
        at = noun.end()
        modifier = _NEXT_WORD.match(folded, at)
        if modifier is not None and modifier.group().strip() in OF_WORDS:  # the cue in a phrase of the whole's noun:
            return False  # 'tres de los vagones del tren de pasajeros' counts no passengers
        plural = spec.cue_words.match(folded, at) if spec.cue_words is not None else None
        if plural and plural.group().rstrip().endswith("s"):  # a plural that agrees with the noun: the whole's own
            return False  # noun phrase ('88 of the Palestinian prisoners', 'tres de los rehenes fallecidos')
        aside = _PART_ASIDE.match(folded, at)
        if aside:  # 'Sesenta de los heridos, entre ellos 25 en estado grave, fueron trasladados a hospitales', 'two of
            # the victims - a man and a 10-year-old girl - have been identified'
            at = aside.end()
    return _cue_within(folded, at, spec, 3)


def _own_noun(word: str) -> bool:
    """A word after a figure that gives it something of its own to count: a plural noun ('3 firefighters were
    hurt'), or 'among' ('one Brazilian among the injured' is a part of them)."""
    return word in _AMONG or _noun_like(word)


def _plural(word: str) -> bool:
    return word in _PLURAL_NOUNS or (len(word) > 3 and word.endswith("s") and not word.endswith("ss"))


def _noun_like(word: str) -> bool:
    return _plural(word) and word not in STAND_INS and word not in _ENDS_IN_S


# Words ending in -s that are no plural noun: 'más de 80 se encuentran atrapadas tras el derrumbe', 'trapped afterwards'.
_ENDS_IN_S = PREPOSITIONS | frozenset("antes despues depois apenas always perhaps afterwards pues pois".split())


# Words that open a phrase of time after a figure: 'rose to 36 Wednesday', 'subiu para 36 nesta quarta-feira'.
_WHEN_OPENERS = frozenset(WEEKDAYS) | {w.split()[0] for w in RELATIVE_DAYS} | frozenset(
    "this este esta neste nesta nesse nessa late early overnight as".split())  # 'rose to 55 as of early Friday'


# A figure that parallel figures follow, each with a place of its own, is one part of a whole shared out: '10 were
# moved to Russia, 13 to Germany, and three to the US', '40 died in Valencia, 3 in Cuenca'.
_PLACE_PREPOSITIONS = r"(?:to|into|in|by|a|al|para|en|em|no|na|por|pela|pelo|pelos|pelas)"
_PARALLEL_BEFORE = rx.compile(r"(?:[,;]\s*(?:(?:and|y|e)\s+)?|\s(?:and|y|e)\s+)\Z")
_PARALLEL_AFTER = rx.compile(rf"\s+({_PLACE_PREPOSITIONS})\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?([^\W\d_]+)")
_NOT_PLACES = frozenset(MONTHS) | frozenset(WEEKDAYS)
# ... or with a means or ground of its own, as the figure has: 'identified by fingerprints and four by dental records',
# '23 foram identificadas por impressões digitais e quatro por meio de análise', '10 presos por roubo e 5 por furto'.
_MEANS = r"by|through|via|por|pelo|pela|pelos|pelas|mediante|atraves"
_MEANS_AFTER = rx.compile(rf"\s+(?:{_MEANS})\s")
_NAME_GOES_ON = rx.compile(r"(?:[^\S\n]+[A-Z][\w'-]*)*")


def _shared_out(scan: Scan, end: int, spec: CountSpec, later: Sequence[NumberSpan]) -> str:
    """The figure among later (those after the one ending at end, in its sentence) that stands parallel to it with a
    place or agent of its own ('13 to Germany', '8 por Estados Unidos'), when the figure's own place is not part of
    the fact's cue (as in 'moved to Russia'), so that the cue counts the whole, not this part; or ''."""
    folded = scan.folded
    for n in later:  # the parallel is the nearest figure's: others between are parts of it ('including two')
        sep = _PARALLEL_BEFORE.search(folded, max(0, n.start - 8), n.start)
        place = _PARALLEL_AFTER.match(folded, n.end) if sep else None
        if place is not None and scan.text[place.start(2)].isupper():
            break
        means = _MEANS_AFTER.match(folded, n.end) if sep else None
        if means and _MEANS_AFTER.search(folded, end, sep.start()):
            return scan.text[n.start:means.end()].strip() + " ..."
        if place is not None:
            break
        if not _PARTITIVE_BEFORE.search(folded, max(0, n.start - 24), n.start):
            return ""
    else:
        return ""
    if not scan.text[place.start(2)].isupper() or place.group(2) in _NOT_PLACES:
        return ""
    own = folded.rfind(f" {place.group(1)} ", end, sep.start())  # '10 ... moved to Russia, 13 to Germany'
    if own >= 0 and spec.cue_words is not None and any(
            c.end() > own for c in spec.cue_words.finditer(folded, end, sep.start())):
        return ""
    name = _NAME_GOES_ON.match(scan.text, place.end())  # '8 por Estados Unidos'
    return scan.text[n.start:name.end()]


def _holds_counted(folded: str, end: int, spec: CountSpec) -> bool:
    """The cue that ends at end is an event's noun whose contents the counted follow: 'uma troca de 26 prisioneiros',
    'un canje de presos', 'one exchange of prisoners'. A figure before it counts the events, not the people."""
    words = _following_words(folded, end, 5)
    if not words or words[0] not in OF_WORDS:
        return False
    for w in words[1:]:
        if w in COUNT_FILLERS or w[0].isdigit() or w in ALL_NUMBER_WORDS or w in NUMBER_LEADS or w == "than":
            continue  # 'de los', 'de 26', 'de mais de 20'
        return _counts_people(w, spec)
    return False


def people_word(word: str) -> bool:
    """Whether a word names people: a noun of people, of people in general or of victims."""
    return word in PERSON_NOUNS or word in PERSON_WORDS or word in VICTIM_NOUNS


def _unlike(scan: Scan, own: int, other: int, spec: CountSpec) -> bool:
    """Whether the figure ending at own counts a noun the rule's units name that is no known noun of people, and the one
    ending at other a known noun of people: 'nearly 50 boats and 500 activists' are no two groups of one count, as
    '12 Somali and 11 Yemeni pirates' or '316 children and 790 women' are; nor, for a fact of the Lebanese dead, are
    'mais de 3.500 libaneses e cerca de 75 civis israelenses' (a people the lexicon does not know, which the units
    name). Only known nouns tell: '125 adeptos e dois polícias' may be two groups of one toll."""
    a, b = counted_noun(scan, own), counted_noun(scan, other)
    return bool(a and b and spec.units and spec.units.search(a)) and not _known_people(a) and _known_people(b)


def _known_people(noun: str) -> bool:
    return people_word(noun) or noun in AGE_SEX_GROUPS or noun in _GROUP_PEOPLE


def _counts_people(word: str, spec: CountSpec) -> bool:
    return word in PERSON_NOUNS or word in PERSON_WORDS or bool(spec.units and spec.units.fullmatch(word))


def _names_a_person(folded: str, end: int, spec: CountSpec) -> bool:
    """The cue right after end names one person: 'un muerto', 'un pasajero', 'un rehén', 'uma vítima'."""
    word = _following_words(folded, end, 1)
    w = word[0] if word else ""
    return _one_person_word(w) or _counts_people(w, spec)


def _one_person_word(word: str) -> bool:
    """A noun of one person: 'muerto', 'soldado', or the singular of a noun of people ('pilot', 'passageiro')."""
    return word in _ONE_PERSON or any(word + suffix in PERSON_NOUNS for suffix in ("s", "es"))


def _noun_left_out(folded: str, start: int, end: int, nxt: list[str], spec: CountSpec, cue_next: bool) -> bool:
    """The figure counts no noun of its own but what the fact's cue names: the cue follows it ('17 mortos'), its
    predicate holds the cue within three words, no noun between ('18 ficaram feridas', '21 others were injured',
    'subiu para 15 o número de mortos'), or its clause ends right after a level, a stand-in or the cue ('the
    toll rose to 17.', 'ferindo outras 21 —', 'and injured 21.'), or a preposition follows a level ('mounted to 142
    in the derailment'); an age also ends a clause ('Banky, 40.', 'died at 77'), so nothing else does.
    '15 pessoas morreram e 18 ficaram feridas': the 18 were injured, not killed."""
    if cue_next:
        return True
    part = _PARTITIVE_AFTER.match(folded, end) if nxt and nxt[0] in _PARTITIVE_HEADS else None
    if part:  # 'cinco delas em estado grave', 'cinco dos feridos estão em estado grave': a part of a group of people
        return _part_counted(folded, part, spec)
    alone = not nxt or nxt[0] in CONJUNCTIONS  # 'the dead rose to 17 and the injured to 21'
    # 'and injured two others Monday'; and Spanish marks people with 'a': 'expulsaron a 55 del estadio' (from it)
    if spec.cue_before is not None and (alone or nxt[0] in STAND_INS or (spec.persons and nxt[0] in PREPOSITIONS)):
        cue = spec.cue_before.search(folded, max(0, start - 60), start)
        if cue is not None and (alone or nxt[0] in STAND_INS or cue.group("a")):
            return True
    closed = alone or nxt[0] in PREPOSITIONS or nxt[0] in _WHEN_OPENERS
    # 'the death toll mounted to 142 in the derailment', 'subiu para 36 nesta quarta-feira', 'cifró en 128.000 los
    # asistentes': a level's figure, its clause ending or what it counts named after it.
    if (closed or nxt[0] in _ARTICLES) and (_LEVEL_BEFORE.search(folded, max(0, start - 40), start) is not None
                                             or _PASSED_LEVEL.match(folded, start) is not None):
        return True
    if closed and not alone:
        return False
    if spec.cue_says is not None and spec.cue_says.search(folded, max(0, start - 80), start):
        return alone or _opens_predicate(nxt[0])  # 'Police said 128,000 were present': what the cue says it counts
    if alone or not _opens_predicate(nxt[0]):  # 'nine in favor', 'three against the death sentence', 'one man has been'
        return False
    return _cue_within(folded, end, spec, min(3, len(nxt)), _own_noun, modifier_ok=False)


# A margin: '3 milhões de votos de vantagem', 'a lead of 3 million votes', 'una ventaja de 3 millones'.
_MARGIN_WORDS = frozenset("vantagem ventaja diferencia diferenca margem margen lead margin advantage".split())
_MARGIN_NOUNS = r"(?:" + alternation(_MARGIN_WORDS) + r")"
_MARGIN_AFTER = rx.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:de|of)\s+" + _MARGIN_NOUNS + r"\b")
_MARGIN_BEFORE = rx.compile(r"\b" + _MARGIN_NOUNS + r"\s+(?:of|de)\s+\Z")  # a hedge ('of more than') is the figure's
# A figure set against another count ('dos más que el PS', 'três deputados à frente do PS'), its noun between, not a hedge
# of what follows ('killed 30 people more than a week ago').
# ... or behind it, or short of it: '111 points behind Croatia', 'leaving them 44 points short', 'a 20 puntos por detrás de'
_BEHIND = ("behind", "short of", "detras de", "detras del", "por detras de", "por detras del", "atras de", "atras do",
           "atras da")
_COMPARED_AFTER = rx.compile(r"(?:\s+[a-z]+){0,2}?\s+(?P<than>" + alternation((*COMPARED_TO, *_BEHIND))
                             + r"|short(?=\s*(?:[,.;:!?]|\Z)))\b"  # 'short' ending its clause, not 'five short weapons'
                             r"(?!\s+(?:a|an|one|\d))")
_COMPARED_WORDS = frozenset("more fewer less mas menos mais ahead frente delante behind short detras atras".split())  # quick test
_TALLY_AFTER = rx.compile(r"(?:\s+[a-z]+)?\s+(?:to|a|contra)\s+\d")
# By how much one led or won: 'led Croatia by a whopping 155 points', 'won by 44 votes' (not a tally: 'by 291 votes to 148').
_MARGIN_BY = rx.compile(r"\b(?:led|leads?|leading|trail(?:s|ed|ing)?|won|wins?|winning|beat(?:s|ing)?|aventaj(?:a|aba|o|an)"
                        r"|lidera(?:ba|n)?|liderou|lideraba)\b[^.;:!?,]{0,40}?\b(?:by|por)\s+(?:(?:a|an|un|una|um|uma)\s+[a-z]+\s+)?\Z")
_CREDITED = rx.compile(r"[\s,]*(?:" + alternation(ACCORDING) + r")\s")  # 'según la policía'


# Where a change got to, after the figure it started from and that figure's noun: 'de 12 deputados para 48'; or with
# the noun of both before them: 'the number of ministries from 18 to nine', 'los ministerios se reducirán de 18 a 9'.
_CHANGE_END = rx.compile(r"\b" + A_FIGURE + r"((?:\s+[a-z]+){1,2})\s+(?:to|para|a|hasta|ate)\s+\Z")
_NOUN_CHANGE_END = rx.compile(r"((?:[a-z]+\s+){1,4})(?:from|de|desde)\s+" + A_FIGURE + r"\s+(?:to|para|a|hasta|ate)\s+\Z")


def _end_of_change(folded: str, start: int, spec: CountSpec) -> bool:
    """A figure a change got to, which counts the noun of the figure it started from: 'o crescimento do Chega de 12
    deputados para 48', 'from 12 seats to 48', or the noun of both, named before them ('the number of ministries from
    18 to nine')."""
    if spec.units is None or not folded.endswith((" to ", " para ", " a ", " hasta ", " ate "), 0, start):
        return False
    m = _CHANGE_END.search(folded, max(0, start - 40), start)
    if m is not None and spec.units.search(m.group(1)) is not None:
        return True
    m = _NOUN_CHANGE_END.search(folded, max(0, start - 80), start)
    return m is not None and spec.units.search(m.group(1)) is not None


def _level_before(folded: str, start: int) -> int:
    """Where the words that make a figure at start a level end ('the toll rose to', 'o total chegou a'), past a quote
    it opens ('had risen to "at least 600,"'); 0 when none do."""
    tail = folded[max(0, start - 8):start]
    at = start - len(tail) + len(tail.rstrip(" \"'“‘«"))
    return at if _LEVEL_BEFORE.search(folded, max(0, at - 40), at) else 0


def _level_named(folded: str, start: int, spec: CountSpec) -> bool:
    """A level a figure is, whose noun phrase names what the rule's units count: 'the number of Egyptian deaths alone
    had risen to "at least 600,"', 'el número de egipcios muertos subió a 600'."""
    at = _level_before(folded, start)
    if not at:
        return False
    level = _LEVEL_OF.search(folded, max(0, at - 120), at)
    return level is not None and spec.units.search(folded, level.start(), start) is not None


# What a part is said to be by 'to be', right after the cue ('of the dead were Egyptians'), and after the whole it is of
# ('of those who died were Egyptians', 'dos que morreram eram egípcios').
_IS_WHAT = r"\s+(?:were|was|are|is|eran|era|fueron|son|eram|foram|sao)\s+(?P<what>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)"
PART_SAID = rx.compile(_IS_WHAT)
_PART_SAID_AFTER = rx.compile(r"\s+(?:of|de|dos|das)(?:\s+[^\W\d_]+){1,5}?" + _IS_WHAT)
# Words for people of a country, which name no role: 'eram cidadãos egípcios' are all Egyptians.
_NATIONALS = frozenset("citizens nationals ciudadanos cidadaos nacionales nacionais compatriots compatriotas".split())


def part_named(what: str, units: re.Pattern[str]) -> bool:
    """Whether the words a part is said to be ('were Egyptians', 'eram cidadãos egípcios') name what the rule's units
    count, by a word that is no role any person may have: one that tells the part from the whole. Not with a role
    among them, which may make the part a part of the fact's own count too ('Cinco dos mortos eram militares cubanos',
    'Fifteen of the dead were soldiers')."""
    if any(w in PERSON_NOUNS and w not in _NATIONALS for w in WORD.findall(what)):
        return False
    return any(m.group() not in PERSON_NOUNS for m in units.finditer(what))


WHO = frozenset({"who", "quienes", "quien"})  # a relative clause on people, whatever they did ('que' is also 'that')
_ACCOUNTED_BEFORE = rx.compile(r"\b(?P<owner>[^\W\d_]+)\s+(?:accounted|accounts|account|accounting)\s+for\s+\Z")
# A count said to be partial: 'a partial toll of 577 deaths', 'un balance parcial cifra en 577' (not 'the partial
# collapse of a 12-storey building').
_PARTIAL_NOUNS = alternation(LEVEL_NOUNS + ("count", "figure", "figures", "recuento", "conteo", "contagem", "balanco",
                                            "cifras", "numeros", "results", "resultados"))
_PARTIAL_BEFORE = rx.compile(r"(?:\bpartial\s+(?:[a-z]+\s+)?(?:" + _PARTIAL_NOUNS + r")|\b(?:" + _PARTIAL_NOUNS
                             + r")\s+(?:[a-z]+\s+)?(?:parcial|parciales|parciais))(?:\s+[a-z]+){0,3}\s+\Z")
_WHOLE_WORD = rx.compile(r"\b(?:total|overall)\b")
# A figure another is added to past its noun, in its clause: '65,000 visas annually, plus 20,000 additional slots',
# 'unas 65.000 visas al año, más 20.000 para graduados'; the figure added has no noun of its own, or one the fact
# counts, or says it adds ('additional', 'more'): not 'killed 30 people, plus 20 wounded'.
_PLUS_AFTER = rx.compile(r"(?:\s+[^\W\d_][\w'’-]*){0,6}?,?\s+(?:plus|mas|mais)\s+" + A_FIGURE + r"(?:\s+" + _SCALE
                         + r")?(?=\s*(?P<after>[^\W\d_]+)?)")
_ADDS = frozenset({"additional", "more", "further", "extra", "adicionales", "adicionais", "mas", "mais", "otros",
                   "otras", "outros", "outras", "for", "para", "with", "con", "com", "in", "en", "em"})


def _added_part(folded: str, end: int, spec: CountSpec) -> int | None:
    """Where the figure added to the one ending at end ends, when it is ('... plus 20,000'), else None."""
    m = _PLUS_AFTER.match(folded, end)
    if m is None:
        return None
    after = m.group("after")
    if after is None or after in _ADDS or (spec.units is not None and spec.units.fullmatch(after)):
        return m.end()
    return None


def _tied_to_cue(folded: str, start: int, spec: CountSpec) -> bool:
    """A figure tied to a cue by 'of', a bracket or 'to be', which counts what the cue names whatever the units ('an
    official death toll of 270'); not a total, when the units narrow the fact to a part the words do not name ('the
    total number of deaths reported by various countries now stands at 577' for Egyptians), unless the cue itself
    names the total ('a total workforce of 1.55 million' for `total workforce`)."""
    tied = spec.cue_of.search(folded, max(0, start - 60), start) if spec.cue_of is not None else None
    if tied is None:
        return False
    lo = max(0, tied.start() - 24)
    whole = _WHOLE_WORD.search(folded, lo, start)
    return whole is None or whole.start() >= tied.start() or spec.units.search(folded, lo, start) is not None


def _bare_after_cue(scan: Scan, start: int, nxt: list[str], spec: CountSpec) -> bool:
    """A figure with no noun of its own, its clause ending or a preposition, a conjunction or a relative pronoun after
    it, right after a cue (past 'at' or 'on', an article and a score against par): it counts what the rule counts
    ('carded a closing 69 to finish', 'shot 65 on Sunday', 'closed with a 3-under 69', 'finished at 12-under 276.',
    'would eventually sign for a 75.'), as does one a score against par tied to a cue puts off ('the final round was a
    three-over 75'). Of people, _noun_left_out says."""
    folded = scan.folded
    if spec.cue_before is None or _of_people(spec) or nxt and not (
            nxt[0] in PREPOSITIONS or nxt[0] in CONJUNCTIONS or nxt[0] in WHO or nxt[0] in _WHEN_OPENERS
            or nxt[0] in ("that", "que", "despite", "as")):
        return False
    at = par_before(folded, start)  # past a score against par: 'closed with a 3-under 69'
    cue = spec.cue_before.search(folded, max(0, at - 60), at)
    if cue is None:
        at = _LEAD_IN.search(folded, max(0, at - 12), at).start()  # 'finished at 12-under 276'
        cue = spec.cue_before.search(folded, max(0, at - 60), at)
    if cue is not None:  # not a verb of having or reaching, nor a name: 'chegou a 62 na carreira', 'Verstappen en 86'
        words = cue.group().split()
        if words and spec.units is not None and spec.units.fullmatch(words[-1]) and not folded[cue.end():start].strip():
            return False  # a noun the rule counts, right before: a label, 'winning stages 14 and 15', 'stage 21'
        return _GENERIC_CUE.isdisjoint(words) and not scan.text[cue.start()].isupper()
    return at < start and _tied_to_cue(folded, at, spec)  # 'the final round was a three-over 75'


@cache
def _of_people(spec: CountSpec) -> bool:
    """Whether the rule's units count people ('guards', 'inmates'): a figure with its noun left out counts them only as
    _noun_left_out says."""
    return spec.persons or spec.units is not None and any(spec.units.fullmatch(w) for w in PERSON_NOUNS | VICTIM_NOUNS)


_LEAD_IN = rx.compile(r"(?:\b(?:at|on|en|em)\s+)?(?:(?:a|an|un|una|um|uma)\s+)?\Z")
# Cues too broad to say what a figure with no noun after them counts: verbs of having, reaching or adding up.
_GENERIC_CUE = frozenset(REACH_VERBS) | frozenset("""has have had having tem tinha tiene tenia tienen reach alcancou alcanca
    somou sumo acumula acumulou acumulo totalizou""".split())


# Bodies of people (folded), each with the members the rule's units must name for a figure of its size to count them:
# 'limit its army to 600,000', 'el ejército ... a 600.000', 'as Forças Armadas ... limitado a 600 mil' count soldiers.
_MEMBERS = {"military": ("soldiers", "troops", "personnel", "servicemen", "soldados", "tropas", "militares", "efectivos",
                         "efetivos"),
            "staff": ("workers", "employees", "staff", "trabajadores", "empleados", "trabalhadores", "funcionarios",
                      "empregados")}
_BODIES = {**dict.fromkeys("""army armies military forces ejercito ejercitos fuerzas exercito exercitos forcas tropa
    efetivo efectivo contingent contingente""".split(), "military"),
           **dict.fromkeys("workforce plantilla payroll".split(), "staff")}
# A body, then words of its clause up to a word that gives its size, right before the figure: 'army currently numbers
# around', 'Armed Forces will be limited to', 'military at'.
_BODY_SIZE_BEFORE = rx.compile(r"\b(?P<body>" + alternation(sorted(_BODIES)) + r")\b(?:\s+[^\W\d_][\w'-]*){0,6}?\s+"
                               r"(?:to|at|of|from|numbers|number|totals|total|a|en|de|em|para|com|con)"
                               r"(?:\s+(?:around|about|some|nearly|almost|roughly|cerca\s+de|unos|unas|alrededor\s+de|"
                               r"quase|casi|apenas|only|just))?\s+\Z")
_BODY_BEFORE = rx.compile(r"\b(?P<body>" + alternation(sorted(_BODIES)) + r")\b(?:\s+[^\W\d_][\w'-]*){0,6}?\s+\Z")
_FROM_FIGURE_TO = rx.compile(r"\b(?:from|de|desde)\s+\d[\d.,]*(?:\s+(?:mil|thousand|million|millones|milhoes))?\s+"
                             r"(?:to|a|para|hasta|ate)\s+\Z")


# Nouns of a limit, which a figure right before them sets: 'the 600,000 cap', 'a 5,000 limit'.
_LIMIT_NOUNS = frozenset("cap caps limit limits ceiling ceilings quota quotas threshold tope limite techo teto cupo".split())


def _limit_set(nxt: list[str], spec: CountSpec) -> bool:
    """A figure with no noun of its own right before a noun of a limit that cues the fact: 'against the 600,000 cap
    included in the plan' counts what the rule counts."""
    return bool(nxt) and nxt[0] in _LIMIT_NOUNS and spec.cue_words is not None and spec.cue_words.fullmatch(nxt[0]) is not None


def _body_sized(folded: str, start: int, nxt: list[str], spec: CountSpec) -> bool:
    """A figure with no noun of its own that gives the size of a body of people its clause names before it, whose
    members the rule's units name: 'Ukraine's army currently numbers around 850,000', 'cap the army at 800,000', 'O
    tamanho das Forças Armadas será limitado a 600 mil.' count soldiers (not a body the figure is part of: 'the army
    said 600 were killed' has no word of size)."""
    if spec.units is None or nxt and not (nxt[0] in PREPOSITIONS or nxt[0] in CONJUNCTIONS or nxt[0] in WHO):
        return False
    frm = _FROM_FIGURE_TO.search(folded, max(0, start - 40), start)  # 'forces from 800,000 to 600,000'
    m = (_BODY_BEFORE if frm else _BODY_SIZE_BEFORE).search(folded, max(0, start - 130), frm.start() if frm else start)
    return m is not None and any(spec.units.fullmatch(w) for w in _MEMBERS[_BODIES[m.group("body")]])


# A noun right before a figure and 'of', whose complement the figure's phrase is: 'the bodies of six people'.
_NOUN_OF_BEFORE = rx.compile(r"\b([^\W\d_]+)\s+(?:of|de|do|da|dos|das)\s+(?:(?:only|just|solo|apenas|somente)\s+)?\Z")


def _unit_of_people(folded: str, start: int, head: list[str], spec: CountSpec) -> bool:
    """A figure of people that is the complement of a noun the fact counts right before it: 'recovered the bodies of six
    people', 'los restos de seis personas', 'os corpos de 12 vítimas' are six and 12 bodies (not 'groups of 25', the
    size of each)."""
    if spec.units is None or not folded.endswith(("of ", "de ", "do ", "da ", "dos ", "das ", "only ", "just ", "solo ",
                                                  "apenas ", "somente "), 0, start):
        return False
    m = _NOUN_OF_BEFORE.search(folded, max(0, start - 40), start)
    return m is not None and spec.units.fullmatch(m.group(1)) is not None and bool(head) and (
        head[0] in PERSON_WORDS or head[0] in PERSON_NOUNS or head[0] in VICTIM_NOUNS)


def _named_before(scan: Scan, start: int, end: int, spec: CountSpec) -> bool:
    """A figure credited to a source right after it, whose noun its sentence named before: 'Unas 800.000 personas según
    los convocantes (183.000, según la Policía)', 'Más de un millón de personas, según algunos medios; 1,7 millones
    según los organizadores'."""
    if spec.units is None or _CREDITED.match(scan.folded, end) is None:
        return False
    s0 = scan.sentence_at(start)[0]
    return spec.units.search(scan.folded, max(s0, start - 200), start) is not None


# A whole with its figure and noun, then a comma or a colon: '1.4 million federal workers, ', '1,4 millones de empleados: '.
_WHOLE_LISTED = rx.compile(r"\b" + A_FIGURE + r"(?:\s+" + _SCALE + r")?"
                           r"((?:\s+[^\W\d_][\w-]*){1,4}?)\s*[,:]\s+\Z")


def _part_listed_after(folded: str, start: int, spec: CountSpec) -> bool:
    """A figure whose noun is left out, right after a whole counting what the fact counts, which it breaks down: '1.4
    million federal workers, 670,000 furloughed and 730,000 working without pay' (the caller asks that the cue
    follows the figure)."""
    if spec.units is None or not folded.endswith((", ", ": "), 0, start):
        return False
    m = _WHOLE_LISTED.search(folded, max(0, start - 80), start)
    return m is not None and spec.units.search(m.group(1)) is not None


# ... and one with what the fact's cue names, after a whole and its predicate: 'Ten people were taken to hospital, nine
# with life-threatening injuries', 'Diez personas fueron trasladadas a hospitales, nueve con heridas potencialmente
# mortales'.
_WHOLE_TOLD = rx.compile(r"\b" + A_FIGURE + r"((?:\s+[^\W\d_][\w-]*){1,3}?)(?:\s+[^\W\d_][\w-]*){0,6}\s*,\s+\Z")


def _part_with(folded: str, start: int, end: int, nxt: list[str], spec: CountSpec) -> bool:
    """Whether the figure at [start, end), the words nxt after it, is a part with what the cue names of a whole counting
    what the fact counts, right before it (see above)."""
    if spec.units is None or not nxt or nxt[0] not in WITH_WORDS or not _cue_within(folded, end, spec, 4):
        return False
    whole = _WHOLE_TOLD.search(folded, max(0, start - 90), start)
    return whole is not None and spec.units.search(whole.group(1)) is not None


# A figure whose noun is left out because the figure before it in its sentence named it: a part after 'including' ('16
# confirmed deaths from the fires, including 11 attributed to the Eaton fire'), or the next of a pair after 'and' that
# says again what the first said, past the verb left out ('16 deaths attributed to the Eaton fire and eight attributed to
# the Palisades fire', '16 of the 24 deaths are attributed to the Eaton Fire and 8 from the Palisades Fire', 'cinco
# mortes registradas em Pacific Palisades e seis em Eaton'); not a figure of another predicate ('12 were killed in the
# attack and 30 injured', '... and 30 were wounded in it', 'two dead and 30 in hospital').
_SHARED_OPENS = rx.compile(r"(?:,?\s+(?P<and>and|y|e)|,\s*(?:" + alternation((*INCLUDING, "incluyendo")) + r"))\s+\Z")
_PLACING = PREPOSITIONS - OF_WORDS


def _shared_noun(folded: str, start: int, nxt: list[str], spec: CountSpec, depth: int = 0) -> bool:
    """Whether the figure at start, the words nxt after it, counts the noun of the figure before it (see above); only
    for a fact of people that an about list narrows."""
    if not (spec.placed and spec.persons and nxt) or nxt[0] in _PREDICATE_OPENERS \
            or not (nxt[0] in PREPOSITIONS or len(nxt[0]) > 4 and nxt[0].endswith(_VERB_ENDINGS)):
        return False
    opens = _SHARED_OPENS.search(folded, max(0, start - 30), start)
    earlier = _WHOLE_BEFORE.search(folded, max(0, start - 190), opens.start()) if opens else None
    if earlier is None:
        return False
    words = list(WORD.finditer(folded, earlier.end(1), opens.start()))
    gap = {m.group() for m in words}
    if opens.group("and") and nxt[0] not in gap and not (nxt[0] in _PLACING and not _PLACING.isdisjoint(gap)):
        return False  # the second of a pair says again what the first said: its verb, or where
    head = words[:3]  # the earlier figure's noun
    if any(spec.cue_words is not None and spec.cue_words.match(folded, m.start()) for m in head) \
            or head and spec.units.search(folded, earlier.end(1), head[-1].end()):
        return True
    return depth == 0 and _shared_noun(folded, earlier.start(1), [m.group() for m in head[:1]], spec, 1)


# A figure whose noun is left out, tied to one of the units named right before it ('won most total medals with 126', 'el
# mayor número de preseas con 126', 'a quantidade total de medalhas (126 a 91)'), or set against an earlier figure
# that counts one, or joined to it ('44 silver medals compared to China's 27', '126 to China's 91', 'com 44 pratas,
# contra as 27 da China', '(126 a 91)', '14 medals and 3 in the relay').
_UNIT_TIED = rx.compile(r"([^\W\d_]+)(?:\s+(?:with|con|com)\s+|\s*[(:—–]\s*)\Z")
_CLOSED = rx.compile(r"[\w.,]*\w\s*\)")  # a figure its bracket closes on
_SET_AGAINST = rx.compile(r"\b(?:to|versus|vs\.?|against|compared\s+(?:to|with)|contra|frente\s+a|ante|a|and|y|e|out\s+of|"
                          r"de\s+un\s+total\s+de|de\s+um\s+total\s+de|"
                          r"instead\s+of|rather\s+than|as\s+opposed\s+to|in\s+place\s+of|en\s+(?:vez|lugar)\s+del?|"
                          r"en\s+contraposicion\s+a|em\s+contraposicao\s+a|"
                          r"em\s+(?:vez|lugar)\s+d(?:e|o|a|os|as))\s+"
                          r"(?:(?:the|el|la|las|los|o|a|os|as)\s+)?(?:[^\W\d_][\w.'’-]*'s\s+)?\Z")
# ... or the object, ending its clause, of a second predicate that a cue of the fact opens, joined to the one of an
# earlier figure ('Verstappen fez 26 pontos e agora acumula 393,' for `acumula`; not 'killing 40 people and injuring
# dozens' for `killing`).
_AND_THEN = rx.compile(r"\b(?:and|y|e)\s+(?:[^\W\d_]+\s+){1,3}\Z")
_AGAINST_WORDS = frozenset({"a", "to", "versus", "vs", "against", "contra"})  # after the first of such a pair: '126 a 91'
# ... or listed after 'with', as the first of its list was with its noun: 'Oppenheimer led with 13 nominations, followed by
# Poor Things with 11, Killers of the Flower Moon with 10 and Barbie with eight', 'con 13 nominaciones, seguida de
# Pobres criaturas con 11'.
_WITH_ENDS = tuple(f" {w} " for w in WITH_WORDS)
_WITH = alternation(WITH_WORDS)
_WITH_LISTED = rx.compile(rf"\b(?:{_WITH})\s+(?:[a-z]+\s+){{0,4}}?{_FIG}\s+([^\W\d_]+)[^.;:!?]*\b(?:{_WITH})\s+\Z")


def _paired_noun(folded: str, start: int, nxt: list[str], spec: CountSpec, depth: int = 0) -> bool:
    """Whether the figure at start, the words nxt after it, counts one of the units named before it (see above): no
    noun of its own follows it, but a conjunction, a preposition, a word setting it against another or, for a figure
    set against another, the name it is of ('contra as 27 da China')."""
    if spec.units is None or nxt and nxt[0] not in CONJUNCTIONS and nxt[0] not in _AGAINST_WORDS and (
            nxt[0] not in PREPOSITIONS or nxt[0] in OF_WORDS and depth) and not (
            depth == 0 and (spec.cue_words is not None and spec.cue_words.fullmatch(nxt[0])  # '880.000 atuais'
                            or nxt[0] in ("que", "that", "which") or _CLOSED.match(folded, start))):
        return False  # (nor a relative clause or a bracket closing: 'a los 600.000 que estipula', '(em vez de 600.000)')
    if len(nxt) > 1 and nxt[0] in CONJUNCTIONS and (nxt[1][0].isdigit() or nxt[1] in ALL_NUMBER_WORDS):
        return False  # 'dois gols (22 e 30 minutos)': the noun after the next figure is both's
    tied = _UNIT_TIED.search(folded, max(0, start - 40), start)
    if tied is not None and spec.units.fullmatch(tied.group(1)) and not (nxt and nxt[0] in OF_WORDS):
        return True
    if depth == 0 and folded.endswith(_WITH_ENDS, 0, start) and (listed := _WITH_LISTED.search(folded, max(0, start - 200),
                                                                                              start)) is not None:
        return spec.units.fullmatch(listed.group(1)) is not None  # 'with 13 nominations, followed by Poor Things with 11'
    against = _SET_AGAINST.search(folded, max(0, start - 40), start) if depth == 0 else None
    if against is None and depth == 0 and not nxt and spec.cue_words is not None:
        # 'fez 26 pontos e agora acumula 393,': the object of a second predicate, a cue of the fact
        against = _AND_THEN.search(folded, max(0, start - 40), start)
        if against is not None and not spec.cue_words.search(folded, against.start(), start):
            against = None
    earlier = _WHOLE_BEFORE.search(folded, max(0, start - 120), against.start()) if against else None
    if earlier is None:
        return False
    counted = [m.group() for m in WORD.finditer(folded, earlier.end(1), against.start())][:3]
    if spec.not_units and any(spec.not_units.fullmatch(w) for w in counted):
        return False  # '44 silver medals compared to China's 27' counts no medals of every colour
    return any(spec.units.fullmatch(w) for w in counted) or _paired_noun(folded, earlier.start(1), counted, spec, 1)


def _cue_within(folded: str, end: int, spec: CountSpec, reach: int, stop=None, modifier_ok: bool = True) -> bool:
    """The fact's cue starts within reach words after end, in the same clause, no word passing stop between;
    unless modifier_ok, not a cue that modifies a noun after it ('nine pro-death jurors')."""
    if spec.cue_words is None:
        return False
    at = [end] + [w.end() for _, w in zip(range(reach), WORD.finditer(folded, end, end + 80))]
    for i, pos in enumerate(at):
        if i and ((stop is not None and stop(folded[at[i - 1]:pos].strip(" '\"“”-"))) or CLAUSE_BREAK.search(folded, end, pos)):
            return False
        cue = spec.cue_words.match(folded, pos)
        if cue is not None:
            if modifier_ok:
                return True
            after = _NEXT_WORD.match(folded, cue.end())
            return after is None or not _noun_like(after.group().strip())
    return False


# A list of groups that split people by age or sex, each a figure and its noun ('eleven adults and one child', '35 de
# ellos adultos y 4 niños', '11 adultos e uma criança'): one count of them all, unless the fact's units or cues name one
# group.
_SPLIT_GROUP = rx.compile(r"\s+(?:(?:" + alternation(PRONOUN_PARTS) + r")\s+)?([a-z]+)")
_MORE_GROUPS = rx.compile(rf"[^.;:!?]{{0,80}}?\b(?:and|y|e)\s+{_FIG}\s+(?:" + alternation(AGE_SEX_GROUPS) + r")\b")
_SPLIT_JOIN = rx.compile(r"\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+")


def _split_groups(folded: str, numbers: Sequence[NumberSpan], i: int, spec: CountSpec) -> tuple[int, int] | None:
    """(last, end) when numbers[i..last] are such a list (see _SPLIT_GROUP), its last noun ending at end."""
    nouns: list[str] = []
    j, closed = i, False
    while True:
        group = _SPLIT_GROUP.match(folded, numbers[j].end)
        if group is None or group.group(1) not in AGE_SEX_GROUPS or group.group(1) in nouns:
            return None
        nouns.append(group.group(1))
        if closed:
            break
        join = _SPLIT_JOIN.match(folded, group.end())
        if join is None or j + 1 == len(numbers) or numbers[j + 1].start != join.end():
            return None
        closed = bool(join.group().strip(" ,"))  # 'and' comes before the last
        j += 1
    if any(words is not None and any(words.fullmatch(noun) for noun in nouns) for words in (spec.units, spec.cue_words)):
        return None  # a fact of children only counts the children
    if _MORE_GROUPS.match(folded, group.end()):
        return None  # 'cinco homens e sete mulheres, entre 18 e 48 anos, e cinco menores': the list goes on
    return j, group.end()


# A rank among some, before how many they are: 'the first of three final close approaches', 'the first of the probe's
# three final flybys', 'la primera de tres', 'a primeira das três maiores aproximações'.
_RANKED_IN = rx.compile(r"\b(?:" + alternation({*ORDINALS, "last", "final", "ultimo", "ultima"})
                        + r")\s+(?:of|de|das|dos)\s+(?:[^\W\d_][\w'’]*\s+){0,2}\Z")


# ... and how many more there are or will be: 'outras duas passagens', 'otros dos', 'another two', 'two more flybys'.
_MORE_BEFORE = rx.compile(r"\b(?:" + alternation(_OTHERS | {"another", "mais"}) + r")\s+\Z")
_MORE_AFTER = rx.compile(r"\s+more\b")


def find(scan: Scan, article: Article, lo: int, hi: int, spec: CountSpec) -> list[Candidate]:
    out = []
    numbers = find_numbers(scan, lo, hi, article.language, spec.tolerance)
    ranks = [] if spec.ranked is None else running_totals(scan, lo, hi, spec.ranked, article.language == "en",
                                                                 spec.cue_words)
    for c in ranks:  # a running total: 'a record 16th title' counts 16
        out.append(replace(c, value=Range(c.value, c.value), display=show(Range(c.value, c.value))))
    listed_to, listed = 0, ""
    for i, n in enumerate(numbers):
        if ranks and any(c.start == n.start for c in ranks):
            continue
        if i < listed_to:  # a group of a list counted together, below
            out.append(Candidate(n.start, n.end, n.value, show_raw(n.raw, n.value, n.hedged), listed))
            continue
        split = _split_groups(scan.folded, numbers, i, spec)
        if split:
            last, stop = split
            total = Range(sum(m.value.lo for m in numbers[i:last + 1]), sum(m.value.hi for m in numbers[i:last + 1]))
            phrase = " ".join(scan.text[n.start:stop].split())
            reason = trap(scan, n.start, stop, spec, False, total, numbers[last + 1:])
            if reason == _NOT_COUNTED and spec.persons:
                reason = ""  # the groups are people: a fact of people counts them
            out.append(Candidate(n.start, stop, total, show(total), reason, note=f"'{phrase}': {show(total)} in all"))
            listed_to, listed = last + 1, f"one group of a list counted together ('{phrase}')"
            continue
        reason = change_reason(n)
        if not reason:
            reason = trap(scan, n.start, n.end, spec, n.integer_digits, n.value, numbers[i + 1:])
        elif n.earlier and spec.units is not None and (other := _start_not_counted(scan, n, spec, numbers[i + 1:])):
            reason = other
        elif n.step and (measure := _foreign_measure(_following_words(scan.folded, n.end, 2), spec)):
            reason = f"a measure ('{measure}')"  # the size of a change, but of no count: 'cut rates by 25 bps'
        if spec.ranked is not None:  # a running total: 'el título número 16' is the 16th; 'three straight titles' a run
            if reason == _LABEL and spec.numbered.search(scan.folded, max(0, n.start - 40), n.start):
                reason = ""
            run = None if reason else run_after(scan.folded, n.end)
            if run:
                reason = f"a run, not a total ('{' '.join(scan.text[n.start:run.end()].split())}')"
            elif not reason and (within := _RANKED_IN.search(scan.folded, max(0, n.start - 40), n.start)):
                reason = f"how many one is ranked among ('{' '.join(scan.text[within.start():n.end].split())}'), not a total"
            elif not reason and ((more := _MORE_BEFORE.search(scan.folded, max(0, n.start - 12), n.start))
                                 or (more := _MORE_AFTER.match(scan.folded, n.end))):
                words = scan.text[min(more.start(), n.start):max(more.end(), n.end)]
                reason = f"how many more ('{' '.join(words.split())}'), not a total"
        # 'heridos 1 custodio y 14 reclusos': one person and a group, though the two figures look like groups apart
        named = "" if reason and reason != _APART else \
            named_and_others(scan.text, lo, n.start, n.end) or _one_and(scan.folded, lo, n, spec)
        if named:
            value = Range(n.value.lo + 1, n.value.hi + 1)
            out.append(Candidate(n.start, n.end, value, show(value), note=f"'{named}': one named and {show(n.value)} others"))
            continue
        out.append(Candidate(n.start, n.end, n.value, show_raw(n.raw, n.value, n.hedged), reason))
    return sorted(out, key=lambda c: c.start) if ranks else out


def _start_not_counted(scan: Scan, n: NumberSpan, spec: CountSpec, later: Sequence[NumberSpan]) -> str:
    """Why where a change started is none of what the rule counts, whatever cue would take it ('from 28 points to 19',
    'the number of points from 28 to 19' are no count of troops), or '': any refusal of the figure's own when a noun
    of its own follows it, and only that it counts none of the units when its noun is left out."""
    other = trap(scan, n.start, n.end, spec, n.integer_digits, n.value, later)
    if not other or other == _NOT_COUNTED:
        return other
    own = _following_words(scan.folded, n.end, 1)
    return other if own and own[0] not in PREPOSITIONS and not own[0][0].isdigit() else ""


# One named and some others: 'Parag Agrawal and two other executives', 'a Parag Agrawal y a otros dos ejecutivos', 'o
# CEO Agrawal e outros dois'. Read on the text as written: the name is capitalised, not the sentence's first word.
_NAMED_AND = rx.compile(rf"(?<=\w\s)(?P<name>[{UPPER}][\w'’.-]+),?\s+(?:and|y|e)\s+(?:a\s+)?"
                        r"(?P<others>(?:otros|otras|outros|outras)\s+)?\Z")
_OTHERS_AFTER = rx.compile(r"\s+others?\b")


def named_and_others(text: str, lo: int, start: int, end: int) -> str:
    """The phrase when a figure counts others than one named before it (see _NAMED_AND), which the count is one more
    than; '' when it does not."""
    m = _NAMED_AND.search(text, max(lo, start - 60), start)
    if not m or fold(m.group("name")) in MONTHS or fold(m.group("name")) in WEEKDAYS:
        return ""
    after = _OTHERS_AFTER.match(text, end)
    if not m.group("others") and not after:
        return ""
    return " ".join(text[m.start():after.end() if after else end].split())


# One person and some others the count counts, joined by 'and': 'un piloto y cuatro pasajeros', 'do piloto e dos quatro
# passageiros', 'the driver and two passengers' are one more than the figure (not 'entre la policía y 300
# manifestantes', where the police is a force).
_ONE_AND = rx.compile(r"(?<![\w-])(?:a|an|one|1|the|un|una|uno|el|la|o|um|uma|do|da|del|al)\s+(?P<noun>[a-z]+)\s+(?:and|y|e)\s+"
                      r"(?:(?:(?:de\s+)?(?:the|los|las|os|as)|dos|das|a\s+los|aos)\s+)?\Z")
_AND_BEFORE = rx.compile(r"\s(?:and|y|e)\s")  # the quick test
_BETWEEN_END = rx.compile(r"\b(?:between|entre)\s+\Z")


def _one_and(folded: str, lo: int, n: NumberSpan, spec: CountSpec) -> str:
    """The phrase when a figure counts the people joined to one person named by a noun before it (see _ONE_AND), which
    the count is one more than; '' when it does not."""
    if not _AND_BEFORE.search(folded, max(lo, n.start - 14), n.start):
        return ""
    m = _ONE_AND.search(folded, max(lo, n.start - 40), n.start)
    if m is None or m.group("noun") in ("police", "policia", "policial") or _BETWEEN_END.search(folded, max(0, m.start() - 9),
                                                                                               m.start()):
        return ""
    if not _one_person_word(m.group("noun")):
        return ""
    after = _following_words(folded, n.end, 1)
    if not (after and (_counts_people(after[0], spec) or after[0] in PERSON_NOUNS)):
        return ""
    return " ".join(folded[m.start():n.end].split()) + " " + after[0]


def show_raw(raw: str, value: Range, hedged: bool) -> str:
    """A hedged figure as written ('more than 50'; 'AT LEAST TWO' in capitals is shown in lower case)."""
    if not hedged:
        return show(value)
    return " ".join((raw.lower() if raw.isupper() else raw).split())


def show(value: Range, spec: Any = None) -> str:
    if value.exact:
        return f"{value.lo:,.0f}" if value.lo >= 10000 else f"{value.lo:g}"
    return show_bounds(value, lambda x: f"{x:g}")


def show_bounds(value: Range, fmt) -> str:
    """A figure or a range, each bound written by fmt: '40', 'at least 40', '40–50'."""
    if value.exact:
        return fmt(value.lo)
    if math.isinf(value.lo):
        return f"up to {fmt(value.hi)}"  # a temperature's bound above: 'up to 1,700°F' (see quantities)
    return f"at least {fmt(value.lo)}" if math.isinf(value.hi) else f"{fmt(value.lo)}–{fmt(value.hi)}"


def parse(value: Any, spec: CountSpec) -> Range:
    """An expected value: 32, '32', 'at least 40', {'min': 40, 'max': null}."""
    if isinstance(value, bool):
        raise ValueError("expected a whole number, not true/false")
    found = read_range(value, spec.tolerance if spec else ABOUT_SPREAD)
    if found is None:
        raise ValueError(f"expected a count such as 32 or 'at least 40', found {value!r}")
    return found


def relate(a: Range, b: Range, spec: Any = None) -> Relation:
    if a == b:
        return Relation.EQUAL
    return Relation.COMPATIBLE if a.intersects(b) or a.rounds(b) or b.rounds(a) else Relation.CONFLICT


def to_json(value: Range) -> Any:
    if value.exact:
        return int(value.lo) if value.lo == int(value.lo) else value.lo
    return {"min": int(value.lo), "max": None if math.isinf(value.hi) else int(value.hi)}


KIND = Kind(
    name="count",
    options=frozenset({"units", "not_units", "tolerance", "ordinals"}),
    compile=compile_spec,
    find=find,
    parse=parse,
    relate=relate,
    to_json=to_json,
    show=show,
    specificity=lambda v, spec: -v.width - v.grain,
    updates=True,
)

__all__ = ["A_FIGURE", "AND_NOUN", "HOURS_BEFORE", "KIND", "CountSpec", "counted_noun", "hedge_range", "is_age",
           "measure_after", "modifier_after", "past_form", "shape_trap", "show_bounds", "show_raw"]
