"""Find each fact's values in an article: cues first, in one pass, then values bound to the nearest cue.

Whether a value is the cue's, past distance, is for binding/ to say: the matcher gathers candidates around each cue,
asks, and keeps what is left."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from . import rx
from .attribution import find_attribution
from .binding.parts import (
    OF_THEM_AFTER,
    RISEN_TO,
    TOTAL_LEVEL,
    among_some,
    besides_others,
    bracketed_part,
    clause_unnamed,
    contrast_elsewhere,
    describes,
    further_change,
    given_before,
    increment,
    instalment,
    joined_group,
    one_of_them,
    paid_part,
    paired_means,
    part_alone,
    part_is_subject,
    part_of_described,
    part_when,
    parts_and_wholes,
    parts_by_group,
    parts_by_place,
    parts_by_role,
    placed_elsewhere,
    reference_to,
    rest_of_group,
    revised_later,
    says_alone,
    whole_of_part,
)
from .binding.questions import ASKED_VERB, UNREAL_WORD, asked_for, owns, words_of
from .binding.rivals import (
    CLAIMED,
    HELD_KINDS,
    WITH,
    Reach,
    about_reach,
    accepts,
    age_of_another,
    age_written_on,
    besides_opening,
    besides_phrase,
    claimed,
    clause_after,
    competing,
    conjunct_of_another,
    give_way,
    guards_against,
    held_by_another,
    length_of_another,
    listed_place,
    measures_other,
    nearest_fact,
    of_another,
    of_the_owned,
    other_relative,
    own_cue,
    owned_by_other,
    relative_on_another,
    set_off_of_another,
    value_words,
    with_after,
)
from .binding.syntax import (
    AND,
    AND_ONLY,
    AND_VERB,
    ASIDE,
    AUXILIARIES,
    BREAK_IN_WORDS,
    CONTRAST_ALT,
    CONTRAST_WORDS,
    INCLUDING_AT,
    LONG_SENTENCE,
    RELATIVE,
    SPEAKS,
    STRONG_BREAK,
    SUBORDINATORS,
    THE,
    acted_on,
    acts_after,
    added_span,
    adds_to,
    after_contrast,
    and_predicate,
    appositive,
    appositive_after,
    around,
    asked_before,
    beaten_mark,
    chain,
    contrast_ahead,
    credited_to,
    doing_place,
    gapped_after,
    happened_reaches,
    has_verb,
    held_or_unreal,
    in_mark,
    in_turn,
    including_reach,
    named_former,
    names_around,
    names_cue_after,
    object_of,
    occurrences,
    opens_subject,
    overlaps,
    own_clause_after,
    past_verb,
    pending_cue,
    placing_cue,
    relative_close,
    respective,
    says_later,
    score_aside,
    sentence_asides,
    sequel_ahead,
    subject_of_cue,
    told_by,
    verb_cue,
    verb_reaches,
    verbless,
    winning_cue,
    without_appositives,
)
from .binding.timing import (
    SINCE_WORDS,
    YEAR_TEXT,
    another_event,
    another_of,
    beaten,
    compared_with,
    dateline_span,
    day_onto_cue,
    decided_day,
    fronted_day,
    governs,
    heads_cues,
    if_unreal,
    ignored_in,
    in_background,
    names_period,
    object_day,
    of_the_standard,
    opens_on,
    opens_sentence,
    other_side,
    outside_where,
    own_frame,
    own_margin,
    own_offset,
    own_recurrence,
    put_off,
    put_off_in,
    said_on,
    since_the,
    span_sides,
    stamp_of_page,
    state_goes_on,
    that_clause_day,
    told_before,
    turned,
    turned_before,
    when_of_toll,
)
from .datelines import YEAR, dateline_month
from .lexicon import (
    ACCORDING,
    AGE_WORDS,
    ARTICLE_NUMBERS,
    CHANGE_WORDS,
    DEFEAT_VERBS,
    DEFINITE_PARTITIVES,
    DEMAND_WORDS,
    EARLIER_ADJECTIVES,
    ESTIMATING,
    FALL_VERBS,
    FORECAST_NOUNS,
    FORECAST_WORDS,
    IDENTIFIED,
    LEVEL_NOUNS,
    MAY_WORDS,
    MONTHS,
    OBJECT_OPENERS,
    OF_WORDS,
    OTHERS,
    PART_OPENERS,
    PASSIVE,
    PAST_FORMS,
    PERIOD_NOUNS,
    PERSON_NOUNS,
    PLAN_WORDS,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTIFIERS,
    REACH_VERBS,
    SEEK_WORDS,
    TELLING,
    TIME_UNITS,
    TOLL_NOUNS,
    VAGUE,
    WIN_WORDS,
)
from .models import Article, Evidence, Fact, Finding, Rejection, RuleSet
from .normalize import KINDS, Candidate
from .normalize.clock import BOUND
from .normalize.count import (
    AGE_AT_EVENT,
    EARLIER_EVENT,
    PART_SAID,
    STANDARD,
    counted_thing,
    groups_listed,
    part_named,
    people_word,
)
from .normalize.dates import other_times
from .normalize.duration import EVERY_WORDS, FRAME, MARGIN, OFFSET, RECURRENCE, every_before, handed_down, planned_before
from .normalize.numbers import ALL_NUMBER_WORDS, BEFORE_CHANGE, STEP
from .normalize.ordinal import is_ordinal
from .normalize.quantities import GLOSSES
from .normalize.score import RECORD, record_words
from .normalize.units import measure_span, unit_after
from .text import (
    CLAUSE_BREAK,
    RELATIVE_AFTER_COMMA,
    UPPER,
    WORD,
    Scan,
    alternation,
    bare_gap,
    fold,
    spans_after_break,
    trie_pattern,
)

PATTERN_SECONDS = 1.0  # a rule's own regular expression may take this long on one article, no more
BACKGROUND_KINDS = frozenset({"count", "number", "percentage", "money", "duration", "score", "ordinal"})  # figures a story dates
# A phrase of time that is a year: 'en 1956', 'in 1988', or of the noun it dates: 'la 94.ª cerimônia do Oscar de 2022'.
_YEAR_ALONE = rx.compile(r"(?:(?:in|en|em|no|na)\s+|[a-z]+,?\s+(?:of|de|del|da|do)\s+)?\d{4}")
_AGE_WORDS = frozenset(AGE_WORDS) | {w + " de" for w in AGE_WORDS}  # before the age that glosses a name
_SET_OFF_ENDS = rx.compile(r"\s*(?:[,;:.)]|\Z)")
# Where a figure got to past the size of the change ('rose by 9 cents, or 0.2 percent, to $36.67', its aside left out:
# see bare_gap), or in a clause of its own after a comma ('avançou 0,2%, chegando a US$ 36,67', 'subió un 3%,
# alcanzando los 40 dólares').
_RISEN_BY_TO = rx.compile(r"\b(?:" + alternation(REACH_VERBS + FALL_VERBS) + r")\s+(?:by|en|em)\s+[^\s,;:]+(?:\s+[^\W\d_]+)?"
                          r"\s+(?:to|a|al|para|hasta|ate)\s*\Z")
_CAUSES = r"due\s+to|because\s+of|owing\s+to|debido\s+al?|a\s+causa\s+del?|por\s+causa\s+d[aeo]s?|devido\s+a[os]?"
_CAUSED_BY = rx.compile(r"\s+(?:caused\s+)?(?:by|" + _CAUSES + r"|causad[oa]s?\s+por|por|pela|pelo)"
                        r"\s+(?:(?:the|a|an|el|la|los|las|o|os|as|un|una|um|uma)\s+)?(?:[\w.'’-]+\s+){0,3}?")
_NOT_RECURRING = "no span of how often a thing recurs, which is all a cue 'every' or 'cada' reads"
# A verb of reckoning, or a source's word, in the clause before a word of possibility: the estimate a fact of what is to
# come reads ('calculaba que la recuperación total del sistema podría tardar', 'segundo a empresa, pode levar').
_ESTIMATED = rx.compile(r"\b(?:" + alternation((*ESTIMATING, *ACCORDING)) + r")\b[^.;:!?]*\Z")
# A verb after a word of seeking, or 'se' before it, makes an aim (see SEEK_WORDS).
_AIM_AFTER = rx.compile(r"\s+(?:to\s+[a-z]+|[a-z]+(?:ar|er|ir)\b)")
# A verb of halting right before the cue, its object: a span after the cue is how long it stood still ('after pausing
# the operation for about 10 hours', 'suspendieron la búsqueda durante dos días', 'interromperam as buscas por 12 horas').
_PAUSED_BEFORE = rx.compile(r"\b(?:paus|suspend|halt|interrupt|interromp|interrump|paraliz|paralis)[a-z]*\s+"
                            r"(?:(?:" + alternation(THE | POSSESSIVES) + r")\s+)?\Z")
# ... and after the cue: a cause named first ('postponed due to the strike that lasted 43 days'); not 'by' or 'por',
# which name an agent as well ('sentenced by a judge to 25 years').
_CAUSE_THEN = rx.compile(r"\s+(?:" + _CAUSES + r")\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?[^\W\d_]{2,}")
# Words that name what brought something about, before a cue after a figure ('grew 4.3%, thanks to consumer spending');
# of shares and amounts, not of counts, where what a cause brought about may be the fact ('12 died because of the fire').
# A fear or a hope names a cause too: 'jumped 6% on fears of tariffs', 'amid fears over tariffs', 'subió un 6% por temor a
# los aranceles', 'com receio das tarifas'.
_FEARS = r"fears?|concerns?|worries|jitters|hopes?|optimism"
_CAUSE_OPENS = rx.compile(r"\b(?:thanks\s+to|gracias\s+al?|gracas\s+a[os]?|driven\s+by|fuell?ed\s+by|boosted\s+by|"
                          r"propelled\s+by|impulsad[oa]\s+por|impulsionad[oa]\s+por|" + _CAUSES + r"|"
                          r"(?:on|amid)\s+(?:" + _FEARS + r")\s+(?:of|over|about|that)|"
                          r"(?:por|ante)\s+(?:el\s+|los\s+)?(?:temor(?:es)?|miedo)\s+(?:a|al|de|del|por)|"
                          r"(?:com|por|diante\s+d[oe]s?)\s+(?:o\s+|os\s+)?(?:temor(?:es)?|receios?|medo)\s+d[aeo]s?)\b")
# ... and one named with the cue inside it, after the figure: 'jumped 6% on tariff fears'.
_ON_FEARS = rx.compile(r"\s+(?:on|amid)\s+(?:[\w-]+\s+){1,3}?(?:" + _FEARS + r")\b")
_EFFECT_KINDS = frozenset({"percentage", "money"})
# A cue whose predicate puts it down to a cause: what that cause is worth is not the cue's ('Os prejuízos são atribuídos a
# eventos extraordinários, incluindo o impacto do acordo, no valor de R$ 11,9 bilhões', 'the loss was the result of a one-off
# 11.9 billion reais tax charge', 'la pérdida se debe a un cargo de 11.900 millones'); not a cause that only qualifies the
# cue before its verb ('losses due to the storm reached $2 billion').
_PUT_DOWN_TO = rx.compile(r"\s+(?:(?:is|are|was|were|has\s+been|have\s+been|es|son|fue|fueron|e|sao|foi|foram|seria|seriam)\s+"
                          r"(?:(?:largely|mainly|mostly|partly|principalmente|sobretudo|en\s+parte|em\s+parte)\s+)?"
                          r"(?:" + _CAUSES + r"|attributed\s+to|caused\s+by|driven\s+by|(?:the|a)\s+result\s+of|"
                          r"atribuid[oa]s?\s+a|causad[oa]s?\s+por|debid[oa]s?\s+a|devid[oa]s?\s+a|(?:el|o)\s+resultado\s+de|"
                          r"resultado\s+de|fruto\s+de|reflexo\s+de|consecuencia\s+de|consequencia\s+de)|"
                          r"(?:se\s+deben?|se\s+debio|se\s+debieron|deve-se|devem-se|resulted\s+from|stemmed\s+from|"
                          r"resultou\s+de|resultaram\s+de|decorre\s+de|decorreu\s+de))\b")
# A measure the cue's phrase is the subject of, and a verb 'to be' before the figure: 'o volume de petróleo derramado por
# uma refinaria da Repsol no Oceano Pacífico seria de 11.900 barris', 'the amount of oil spilled ... was 11,900 barrels'.
_MEASURE_OF = rx.compile(r"\b(?:" + alternation((*LEVEL_NOUNS, "volume", "volumen", "amount", "quantity", "cantidad",
                                                  "quantidade", "size")) + r")\s+(?:of|de|do|da|del)\s+(?:[\w.'-]+\s+){0,3}\Z")
_COPULA_OF = rx.compile(r"\b(?:is|was|would\s+be|will\s+be|(?:es|era|fue|seria|sera|e|foi)\s+de)\s+\Z")


def _level_resumes(scan: Scan, fi: int, cue_end: int, c: Candidate, hits, claims) -> bool:
    """A toll, the subject of a later clause of the cue's sentence, is what the cue counts, and the figure it rose to
    is reached ('Luego, los fallecidos sumaban 19 y en un posterior balance oficial, la cifra aumentó a 26'): no other
    head count's cue stands between or right after the figure, and a toll 'of' something names the cue ('la cifra de
    muertos'), not another thing ('la cifra de heridos')."""
    if not scan.folded.endswith(_LEVEL_ENDS, 0, c.start):
        return False
    level = TOTAL_LEVEL.search(scan.folded, max(cue_end, c.start - 60), c.start)
    if level is None or not any(scan.folded.startswith(w, level.start()) for w in TOLL_NOUNS) \
            or not _PERIODS.isdisjoint(WORD.findall(scan.folded, max(cue_end, level.start() - 20), level.end())):
        return False  # not 'bringing this year's toll to 150', 'el balance anual'
    of = _OF_WORD.match(scan.folded, WORD.match(scan.folded, level.start()).end())  # past the toll's noun
    if of and not any(a == of.end() for a, _ in hits):
        return False
    prev = WORD.findall(scan.folded, max(cue_end, level.start() - 16), level.start())[-1:]
    if prev and prev[0] not in _TOLL_LEADS and not any(b == level.start() - 1 for _, b in hits):
        return False  # 'bringing the death toll up to nine' names its own count, unless the cue is 'death toll'
    return not any(cue_end <= a < c.end + 40 for a, _, fj in claims or () if fj != fi)


_LEVEL_ENDS = (" to ", " a ", " para ", " at ", " em ", " en ")  # what TOTAL_LEVEL ends on: a quick test
_PERIODS = frozenset(PERIOD_NOUNS)
_TOLL_LEADS = frozenset("""the a an its their this that new final latest official overall total provisional updated
    confirmed la el o un una um uma este esta novo nova nuevo nueva ultimo ultima""".split())
_OF_WORD = rx.compile(r"\s+(?:" + alternation(OF_WORDS) + r")\s+")
_REACH_HINT = rx.compile(r"\s(?:by|en|em)\s|(?:reaching|chegando|llegando|alcanzando|atingindo)\s")
_REACHING = rx.compile(r",\s*(?:reaching|chegando\s+a|llegando\s+a|alcanzando|atingindo)"
                       r"(?:\s+(?:the|los|las|el|la|os|as|o|a))?\s*\Z")
_YEAR_GLOSS = rx.compile(r"\(\s*(?:1[5-9]|20)\d\d\s*\)")  # a year alone in brackets
_ASIDE_OPENS = rx.compile(r"\s*[—–(]|\s+-\s")  # an aside that opens right after a cue
# A word of contrast a few words before a figure (see CONTRAST_ALT): the figure is in the clause it opens.
_CONTRAST = rx.compile(r"\b(?P<word>" + CONTRAST_ALT + r")\s+(?:[\w'’.-]+\s+){0,4}\Z")
_AND_OPENS = (" and ", " y ", " e ")

# A word right before a cue that says it did not quite happen.
_NEAR_MISS = ("nearly ", "almost ", "casi ", "quase ", "por poco ", "por pouco ")
_NOT_ABOUT = "in a sentence that names none of what the fact is about (its about: list)"
_GLOSSED = frozenset({"percentage", "money", "count"})  # kinds whose figure an aside may gloss right after the cue's phrase
# A comparison of ages that ends on the cue: 'four years younger than Garry Kasparov', 'mais novo que o grande mestre'.
_COMPARED_TO = rx.compile(r"\b(?:younger|older|mais\s+(?:novo|nova|jovem|velho|velha)|mas\s+joven|mayor|menor)\s+"
                          r"(?:than|que|do\s+que|de\s+lo\s+que)\b[^,;:.()]{0,40}\Z")
# An age with its years in brackets: '(54 años)', '(aged 23 years and 325 days)'.
_AGE_GLOSS = rx.compile(r"\(\s*(?:(?:" + alternation(AGE_WORDS) + r")\s+(?:de\s+)?)?\d{1,3}\s+(?:years?|anos)\b")
_BARE_AGE_GLOSS = rx.compile(r"\(\s*[1-9]\d\s*\)")  # for a fact that is only an age: 'Carlos III (74)'; not 'Palmer (2)'
_GLOSS_GAP = rx.compile(r"(?:\s+[^\W\d_]+){0,2}\s*")  # between a cue and the aside that glosses its phrase
# ... or, of a share, an amount or a head count, past a phrase a preposition opens, with no number in it: 'the presence
# of foreign bases in the national territory (about 60.6 percent)', 'la financiación pública a partidos políticos (57,59 %)'.
_GLOSS_PHRASE = rx.compile(r"(?:\s+[^\W\d_]+){0,2}\s+(?:of|in|for|on|at|to|from|en|de|del|a|al|para|por|sobre|em|do|da|"
                           r"dos|das|no|na|nos|nas|ao|aos)(?:\s+[^\W\d_]+){1,4}\s*")
# ... and of a measure, the cue's figure in another unit: 'un acumulado de 276 golpes (12 bajo par)'
_MEASURE_GLOSS_GAP = rx.compile(r"(?:\s+[^\W\d_]+){0,2}\s+\d[\d.,]*(?P<end>)(?:\s+[^\W\d_]+){0,2}\s*")


# A figure right before a bracket, which the bracket breaks down: '42 victorias (31 por nocaut)', '42-0 (31 KO)'.
_FIGURE_BEFORE = rx.compile(r"\d(?:[\d.,-]*\d)?(?:\s+[^\W\d_]+)?\s*\Z")


def _noun_after(folded: str, end: int) -> str:
    """The words right after a figure ending at end, where its noun would be ('31 KOs', '31KOs')."""
    return folded[end:end + 60].lstrip()


def _unit_named(folded: str, end: int, fact: Fact) -> str:
    """Which of a count's units the figure ending at `end` names right after it ('31 KOs', '31KOs'), or ''."""
    units = fact.spec.units if fact.kind == "count" else None
    m = units.match(_noun_after(folded, end)) if units is not None else None
    return m.group() if m else ""


def _glossed_measure(folded: str, cue_end: int, bracket: int, fact: Fact) -> bool:
    """Whether a bracket at `bracket` glosses the cue's figure right before it in the fact's unit, that figure being
    in none of its quantity: 'un acumulado de 276 golpes (12 bajo par)'; not '25 feet (7.6 meters)', a conversion."""
    m = _MEASURE_GLOSS_GAP.fullmatch(folded, cue_end, bracket)
    found = m and unit_after(folded, m.end("end"))
    return m is not None and (not found or found[0].quantity != fact.spec.unit.quantity)
# ... and for an amount, the figure the cue governs, which the aside gives in money: 'paid 75 BTC (around $5 million)'.
_AMOUNT_GLOSS_GAP = rx.compile(r"(?:\s+[^\W\d_]+)?\s+\d[\d.,]*(?:\s*[^\W\d_]+)?\s*")
FIGURE_KINDS = frozenset({"count", "number", "percentage", "money"})
UNREAL_KINDS = frozenset({"count", "number", "percentage", "money", "duration", "entities", "place"})  # not dates: schedules
_WHEN_KINDS = frozenset({"date", "time"})
_PLACED_KINDS = frozenset({"count", "number", "percentage", "money"})  # whose figures a place may hold (see placed_elsewhere)
_CLAUSED_KINDS = frozenset({"percentage", "money"})  # ... and whose clause a place named before them in it holds too
_MARK_KINDS = frozenset({"number", "duration", "money", "percentage"})  # kinds of a mark that may be gone past
_DENIAL = rx.compile(r"\b(?:den(?:y|ied|ies|ying)|rejected reports|nego|negaron|neg(?:o|ou|aram)|desmint\w*)\b")


# Refusals a cue may lift, for which what a value is about and where it is placed are still weighed: the size of a
# change, which a cue naming one lifts ('raise the minimum wage by 13%'), and where a change started, which a cue 'from'
# lifts ('pasará de 419.88 a 440.87').
_LIFTED = (STEP, BEFORE_CHANGE)


def _kept(c: Candidate) -> bool:
    """Whether a candidate is refused for good: not by a refusal a cue may lift (_LIFTED)."""
    return bool(c.reason) and not c.reason.startswith(_LIFTED)


_FROM_OPENS = rx.compile(r"\bfrom\s+(?:(?:the|its|their|a|an)\s+)?\Z")


def _names_start(folded: str, cue_start: int, cue_end: int) -> bool:
    """Whether a cue names where a change started: 'from', 'desde', a cue of several words that ends in 'de' ('pasará
    de'), or one in the phrase 'from' opens ('the sharp jump from the current 10% rate to 50%' for `current`)."""
    return folded.endswith(("from", "desde", " de", " del"), cue_start, cue_end) or \
        _FROM_OPENS.search(folded, max(0, cue_start - 16), cue_start) is not None


@dataclass(frozen=True, slots=True)
class _Cue:
    fact: int  # index into the rule set's facts
    first: str  # the first word, folded
    exact: bool  # the first word must be whole (no trailing * in the rule)
    rest: re.Pattern[str] | None  # the words after the first, for a phrase


_SIGNS = frozenset("$€£¥%")


def _compile_cue(fact: int, cue: str) -> _Cue | None:
    folded = fold(cue).strip()
    words = list(WORD.finditer(folded))
    if not words:
        return None
    pre = [folded.startswith("*", w.end()) for w in words]  # 'bomb*': any word that starts so
    rest = None
    sign = folded[words[-1].end():].strip(" *")  # a currency's or a share's sign after the last word: 'to $', 'US$'
    sign = sign if sign and set(sign) <= _SIGNS else ""
    if len(words) > 1 or sign:
        # between words, spaces, an apostrophe or a hyphen, and the stops the cue writes ('U.S. bank')
        rest = rx.compile("".join(_cue_gap(folded[a.end():w.start()]) + re.escape(w.group()) + (r"\w*" if p else r"(?!\w)")
                                  for a, w, p in zip(words, words[1:], pre[1:]))
                          + (r"\s*" + re.escape(sign) if sign else ""))
    return _Cue(fact, words[0].group(), not pre[0], rest)


_FIGURE_GOES_ON = rx.compile(r"[/–-]\d")
_FIGURE_GOES_ON_BEFORE = rx.compile(r"\d[/–-]\Z")


def _cue_gap(between: str) -> str:
    """The expression for what stands between two words of a cue as written: spaces, an apostrophe, a quote mark ('luto
    "nacional"') or a hyphen, then a stop or a sign it writes ('u.s.', the degree sign of '2° lugar') as itself."""
    stops = [ch for ch in between if ch in ".&/°"]
    return "".join(re.escape(ch) for ch in stops) + (r"[\s'\"-]*" if stops else r"[\s'\"-]+")


def _cue_time(a: int, b: int, hits, folded: str) -> bool:
    """A phrase of another time at [a, b) that holds a cue is the cue's own words, the time the fact is of ('the last 12
    months' for the cue '12 months'), unless a year stands in it past the cue: 'os primeiros seis meses de 2023' dates
    the cue 'primeiros seis meses' to another year."""
    return any(x < b and a < y and not YEAR.search(folded, y, b) for x, y in hits)


def _set_off(folded: str, s0: int, w: tuple[int, int, str]) -> tuple[int, int, str]:
    """A year set off by commas right after what it dates reaches back to its comma, so that the noun phrase before
    it is in its clause ('ganó la primera edición de Eurovisión, en 1956, con'; 'da 94.ª cerimônia, em 2022,')."""
    a, b, phrase = w
    if folded.endswith(", ", 0, s0 + a) and _SET_OFF_ENDS.match(folded, s0 + b):
        return a - 2, b, phrase
    return w


def _level_of_subject(scan: Scan, fact: Fact, cue_start: int, cue_end: int, near: list, refused: dict) -> list:
    """near less the figures in the phrase that the cue, no verb, opens as the subject of a verb that 'rose to' a
    level after it, when that level is among them: 'O número de mortos no desabamento do prédio de dez andares subiu
    para 14', 'the death toll of 40 has risen to 45'. The phrase holds no verb and no 'and'."""
    if verb_cue(scan, cue_start, cue_end):
        return near
    for _, before, c in near:
        if before or c.start <= cue_end:
            continue
        verb = RISEN_TO.search(scan.folded, max(cue_end, c.start - 30), c.start)
        words = WORD.findall(scan.folded, cue_end, verb.start()) if verb is not None else ()
        if verb is None or not verbless(words) or not AND.isdisjoint(words) \
                or STRONG_BREAK.search(scan.folded, cue_end, verb.start()):
            continue
        inside = [t for t in near if cue_end <= t[2].start and t[2].end <= verb.start()]
        for _, _, x in inside:
            refused.setdefault((x.start, x.end), Rejection(
                fact.id, scan.text[x.start:x.end], x.start,
                f"in the phrase that rises to the level after it ('{' '.join(scan.text[x.start:c.end].split())}'), "
                "not its level"))
        return [t for t in near if t not in inside]
    return near


# A place that opens a paragraph, with the country or the state after a comma, then a dash or a colon: where the copy
# was filed ('New Delhi: The draw', 'WASHINGTON — Friday's draw', 'Bangkok, Thailand - Miss Mexico was crowned').
_PLACE_FILED = rx.compile(rf"(?:[{UPPER}][\w.'’-]*[^\S\n]+){{0,2}}[{UPPER}][\w.'’-]*(?:,[^\S\n]+(?:[{UPPER}][\w.'’-]*"
                          rf"[^\S\n]+){{0,2}}[{UPPER}][\w.'’-]*)?[^\S\n]*(?:[-—–]+|:)[^\S\n]+")


def _owned(belongs, scan: Scan, about: re.Pattern[str], owner: str, cue_start: int, cue_end: int):
    """belongs, and a value is not the fact's when its cue belongs to another name (see owned_by_other), unless what the
    fact is about is named between the two: 'El primer partido de Uruguay será ... el lunes 15 de junio' is Uruguay's,
    'the toll of Hurricane Melissa in Jamaica rose to 19' is Jamaica's."""
    def check(c: Candidate) -> str:
        lo, hi = (cue_end, c.start) if c.start >= cue_end else (c.end, cue_start)
        if lo < hi and about.search(scan.folded, lo, hi):
            return belongs(c) if belongs else ""
        return f"of another than what the fact is about ('{owner}')"
    return check


def _not_yet(belongs, pending: str, cue: str):
    """belongs, refusing any figure but none near a cue that has not happened yet to what it counts: '10 victims have
    yet to be identified', '83 ainda estão por identificar' (see pending_cue)."""
    why = f"a count of those it has not happened to yet ('{pending} {cue}')"
    return lambda c: why if c.value.hi else belongs(c)


def _other_time(belongs, scan: Scan, sides: dict, turn: int | None, cue_start: int, cue_end: int):
    """belongs, refusing first a time of the clause before a turn to the cue's, or one that ends a span when the cue is
    not of an end, or begins one when it is (see other_side)."""
    return lambda c: other_side(scan.text, scan.folded, c, sides, turn, cue_start, cue_end) or (
        belongs(c) if belongs else "")


def _own_noun_joined(scan: Scan, c: Candidate, hits, language: str, fi: int, claims: list[tuple[int, int, int]]) -> str:
    """Why a figure whose own noun is a cue of the fact counts another group with it ('177 pasajeros y tripulantes',
    '177 passengers and crew'), whichever cue reaches it, or ''."""
    i = bisect_right(hits, (c.end, len(scan.folded)))  # hits are in order: the first that starts past the figure
    if i == len(hits) or hits[i][0] > c.end + 3 or scan.folded[c.end:hits[i][0]].strip():
        return ""
    return joined_group(scan.folded, hits[i][0], hits[i][1], hits, language, fi, claims)


class Matcher:
    """A rule set compiled for matching: every cue of every fact, found in one pass over the text."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._by_first: dict[str, list[_Cue]] = defaultdict(list)
        for i, fact in enumerate(rules.facts):
            for cue in fact.cues:
                c = _compile_cue(i, cue)
                if c is not None:
                    self._by_first[c.first].append(c)
        # A cue word after a non-word character: see spans_after_break.
        self._pattern = rx.compile(r"\W(" + trie_pattern(set(self._by_first)) + r"\w*)") if self._by_first else None
        self._by_word: dict[str, list[_Cue]] = {}  # memo: a whole word -> the cues it can start
        # Head counts compete for the same figures when a rule file has several: their cues can claim a figure.
        counts = [i for i, f in enumerate(rules.facts) if f.kind == "count"]
        self._counts = frozenset(counts) if len(counts) > 1 else frozenset()
        # Results, shares and plain numbers are one fact's each: one that two facts of the kind both reach is the one
        # whose cue is nearer, or whose cue modifies the other's ('la inflación interanual', 'core inflation'); and so
        # are measures in units of one quantity whose cues name the same dimensions ('the river rose 8 meters after the
        # rain' for a rise and a rainfall), while the unit or the dimension tells others apart ('the river depth at the
        # bridge is 15 metres').
        self._compete = competing(rules)
        # Head counts that share a cue ('espectadores' for a crowd and for an audience): a figure one reaches only by
        # shared cues, the other by one of its own too, is the other's.
        words = {i: {fold(c) for c in rules.facts[i].cues} for i in counts}
        self._shared_counts = frozenset(i for i in counts if any(words[i] & words[j] for j in counts if j != i))
        # A head count whose cue names its own period ('February' for February's toll, `background: [February]`) holds
        # a figure that period's phrase dates, for every other head count: 'En febrero murieron 79 reclusos'.
        periods = {j: g.period for j, g in enumerate(rules.facts) if j in self._counts and g.period is not None}
        self._period_rivals = {i: rivals for i in self._counts if (rivals := {j: p for j, p in periods.items() if j != i})}
        # A span is of the words it is written onto: another fact's cue there claims it ('six-week strike').
        self._spans = frozenset(i for i, f in enumerate(rules.facts) if f.kind == "duration")
        # So is a length, when another fact is one too: 'a 624-meter deep rescue tunnel' for the tunnel, not the mine.
        lengths = [i for i, f in enumerate(rules.facts) if f.kind == "number" and f.spec.unit is not None
                   and f.spec.unit.quantity == "length"]
        self._lengths = frozenset(lengths) if len(lengths) > 1 else frozenset()
        # Times of day, when a rule file has several: a cue that opens the clause after one leaves it to the cue before.
        times = [i for i, f in enumerate(rules.facts) if f.kind == "time"]
        self._times = frozenset(times) if len(times) > 1 else frozenset()
        # Head counts or measures each about a place of their own ('about: [Haiti]', 'about: [Jamaica]'): a figure
        # placed in what another is about is that one's; so it is when the one has no about: list and shares a cue with
        # the other, the whole of what that counts in a part ('turnout' nationwide, 'nyc_turnout' about New York; a
        # country's record heat, 'scotland_record' about Scotland).
        self._abouts = {i: [g.about for g in rules.facts if g.about is not None and g is not f and g.kind == f.kind
                            and (f.about is None or g.about.pattern != f.about.pattern)  # not one about the same
                            and (f.about is not None or not {fold(c) for c in f.cues}.isdisjoint(fold(c) for c in g.cues))]
                        for i, f in enumerate(rules.facts) if f.kind in _PLACED_KINDS
                        and (f.about is None or f.kind not in _CLAUSED_KINDS)}  # (shares and amounts each about a
        # subject of its own are rivals: see self._rivals)
        # Shares, results, spans and head counts of the same kind about different subjects ('about: [Paz]', 'about:
        # [Quiroga]'; 'about: [House]', 'about: [Senate]'): a value held by what another is about is that one's.
        self._rivals = {i: rivals for i, f in enumerate(rules.facts) if f.about is not None
                        and f.kind in _OWNED_KINDS
                        and (rivals := [g.about for g in rules.facts if g.kind == f.kind and g.about is not None
                                        and g.about.pattern != f.about.pattern])}
        # ... and of a rank that is a count so far ('his second major'), only a running total's ('ordinals: true')
        self._ranked_rivals = {i: [g.about for g in rules.facts if g.kind == "count" and g.spec.ranked is not None
                                   and g.about is not None and g.about.pattern != rules.facts[i].about.pattern]
                               for i in self._rivals if rules.facts[i].kind == "count" and rules.facts[i].spec.ranked is not None}
        # Facts of who took a place in a results list, by a cue that is one ('first runner-up', 'segundo lugar').
        self._placing_facts = frozenset(i for i, f in enumerate(rules.facts) if f.kind == "entities" and any(
            placing_cue(c) for c in f.cues))
        # Facts of who won, with a cue of winning or beating: a title held before, or a conditional, may void one.
        self._winning = frozenset(i for i, f in enumerate(rules.facts) if f.kind == "entities" and any(
            (w := fold(c).split()) and (w[-1] in WIN_WORDS or w[-1] in DEFEAT_VERBS) for c in f.cues))
        # Facts a cue of which a phrase they ignore may hold ('struck at goal' for the cue 'goal'): only theirs are tested,
        # by the cue's first word in the phrases as written (the expression's source, its escapes taken out: 'u\.s\.').
        self._ignores_cues = frozenset(i for i, f in enumerate(rules.facts) if f.ignore is not None and any(
            fold(c).rstrip("*").split()[0] in f.ignore.pattern.replace("\\", "") for c in f.cues if fold(c).strip("* ")))

    def _kin(self, scan: Scan, fi: int) -> list[tuple[int, int, int]]:
        """The cues found in the article of the facts of fi's kind that compete for values, fi's among them, in
        order; found once an article."""
        kind = self.rules.facts[fi].kind
        kin = scan.memo.get(("kin", kind))
        if kin is None:
            kin = scan.memo[("kin", kind)] = sorted(
                (a, b, fj) for fj, spans in self.find_cues(scan).items()
                if fj in self._compete and self.rules.facts[fj].kind == kind for a, b in spans)
        return kin

    def _cues_for(self, word: str) -> list[_Cue]:
        hits = self._by_word.get(word)
        if hits is None:
            hits = [c for n in range(1, len(word) + 1) for c in self._by_first.get(word[:n], ())
                    if not c.exact or n == len(word)]
            if len(self._by_word) < 100_000:
                self._by_word[word] = hits
        return hits

    def find_cues(self, scan: Scan) -> dict[int, list[tuple[int, int]]]:
        """Every cue occurrence, by fact index, as character spans in the article (found once per scan)."""
        key = ("cues", id(self))
        found = scan.memo.get(key)
        if found is not None:
            return found
        out: dict[int, list[tuple[int, int]]] = scan.memo.setdefault(key, defaultdict(list))
        if self._pattern is None:
            return out
        folded = scan.folded
        by_word, cues_for = self._by_word, self._cues_for
        standards = sorted(occurrences(folded, _STANDARD_WORDS))  # most articles compare nothing: a plain search first
        for start, end in spans_after_break(self._pattern, folded):
            word = folded[start:end]
            cues = by_word.get(word)
            if cues is None:
                cues = cues_for(word)
            if not cues:
                continue
            if folded.startswith(".", end) and scan.text[end + 1:end + 2].islower():
                continue  # 'According to Layoffs.fyi', 'Amazon.com': a word of a web name, not the word
            if compared_with(folded, start) or standards and of_the_standard(folded, start, standards):
                continue  # 'longer than planned', 'más de lo previsto': what it is compared with, not said here
            if word in FORECAST_NOUNS and beaten(folded, start, end):
                continue  # 'superó las expectativas, al registrar 119 mil': the forecast beaten is not given here
            for c in cues:
                stop = end if c.rest is None else (more.end() if (more := c.rest.match(folded, end)) else -1)
                if stop < 0:
                    continue
                if folded[stop - 1].isdigit() and _FIGURE_GOES_ON.match(folded, stop) \
                        or folded[start].isdigit() and _FIGURE_GOES_ON_BEFORE.search(folded, max(0, start - 2), start):
                    continue  # 'en 2025' in 'en 2025/26': a cue that ends on a figure is no part of a longer one
                if folded.startswith("-", stop) and _TITLE_AFTER.match(folded, stop) \
                        and self.rules.facts[c.fact].kind == "entities":
                    continue  # a title of its own: 'PAHO Director-General Jarbas Barbosa' is no director of the cue's
                out[c.fact].append((start, stop))
        return out

    def _named(self, scan: Scan, fi: int, s0: int, s1: int) -> bool:
        """Whether the sentence [s0, s1) names what fact fi is about, or the fact has no about: list."""
        fact = self.rules.facts[fi]
        if fact.about is None:
            return True
        named = scan.memo.get(("named", s0, fi))
        if named is None:
            named = scan.memo[("named", s0, fi)] = about_reach(fact.about, scan, s0, s1, fact.ignore) > s0
        return named

    def _rivals_counting(self, folded: str, end: int, fi: int, claims: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
        """The head counts' cues that may claim a figure ending at end: when its noun, right after it, is one this
        fact counts, only the cues of those that may count it too ('with 31 knockouts after dominating' is no count of
        rounds for a fact whose cue is `after`)."""
        fact = self.rules.facts[fi]
        if not _unit_named(folded, end, fact):
            return [h for h in claims if h[2] == fi or not self._describes_uncounted(folded, end, fact, h)]
        after = _noun_after(folded, end)
        return [h for h in claims if h[2] == fi or (units := self.rules.facts[h[2]].spec.units) is None
                or units.match(after) is not None]

    def _describes_uncounted(self, folded: str, end: int, fact: Fact, hit: tuple[int, int, int]) -> bool:
        """Another head count's cue right after a figure ending at end only describes the noun after it, which this
        fact counts and that one says it does not (its `not_units`; units alone do not say so: '169 passageiros
        indianos' are Indian nationals too): 'cut 14,000 corporate jobs' is no corporate workforce when `corporate` cues
        a count of employees not of `jobs`, a unit of the cut."""
        if folded[end:hit[0]].strip() or fact.kind != "count" or fact.spec.units is None:
            return False
        noun, other = _noun_after(folded, hit[1]), self.rules.facts[hit[2]].spec
        return bool(noun) and fact.spec.units.match(noun) is not None \
            and other.not_units is not None and other.not_units.match(noun) is not None

    def find(self, article: Article, scan: Scan | None = None) -> tuple[list[Finding], list[Rejection]]:
        """All findings for all facts in one article, and the candidates refused on the way."""
        scan = scan or Scan(article.text)
        findings: list[Finding] = []
        rejections: list[Rejection] = []
        cue_hits = self.find_cues(scan)
        claims = sorted((a, b, fj) for fj in self._counts for a, b in cue_hits.get(fj, ()))  # of every head count
        every = sorted((a, b, fj) for fj, spans in cue_hits.items() for a, b in spans) \
            if self._spans or self._lengths or self._times else []
        # a length measures the thing only another length fact's cue names ('el sismo de 18 km de profundidad' is the
        # quake's depth, though 'sismo' is a cue of when it struck)
        measured = [hit for hit in every if hit[2] in self._lengths] if self._lengths else []
        reached: dict[tuple[int, int], list[Reach]] = defaultdict(list)  # a value -> the cues that took it
        shared: dict[tuple[int, int], list[Reach]] = defaultdict(list)  # ... of head counts that share a cue
        for fi, fact in enumerate(self.rules.facts):
            found, refused = self._find_fact(fact, article, scan, cue_hits.get(fi, ()), fi,
                                            claims if fi in self._counts else every if fi in self._spans
                                            or fi in self._times else measured if fi in self._lengths else [],
                                            reached if fi in self._compete else shared if fi in self._shared_counts
                                            else None)
            findings += found
            rejections += refused
        if any(len(by) > 1 for by in reached.values()):
            findings, rejections = nearest_fact(self.rules, findings, rejections, reached, scan, article.language)
        if any(len(by) > 1 for by in shared.values()):
            findings, rejections = own_cue(self.rules, findings, rejections, shared, scan)
        return findings, rejections

    @staticmethod
    def _candidates(fact: Fact, kind, scan: Scan, article: Article, s0: int, s1: int,
                    hits: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
        """The sentence's values of the fact's kind, those it cannot hold refused. A word of another time or of a plan
        that is a cue of the fact ('originally', 'supposed to' for the length a mission was meant to have) is what
        the fact is about: it takes no value from it."""
        cands = kind.find(scan, article, s0, s1, fact.spec)
        if fact.kind == "number" and not fact.background:  # a fact of a past event: the age then ('conquistou o título
            # em 1985, aos 22 anos')
            cands = [replace(c, reason="") if c.reason.startswith(AGE_AT_EVENT) else c for c in cands]
        if fact.kind == "count" and (hits or not fact.background):
            # the standard of a comparison is the count's whose cue tells of it past its noun ('smaller than the 30,000
            # cuts insiders had whispered about' for `whispered`, not for `cuts`); a fact of a past event takes the
            # figure a 'since' looks back to ('the largest job cut since 27,000 roles were eliminated in 2022')
            cands = [replace(c, reason="") if c.reason.startswith(STANDARD) and any(
                c.end < a < c.end + 60 and scan.folded[c.end:a].strip() and not CLAUSE_BREAK.search(scan.folded, c.end, a)
                for a, _ in hits) or not fact.background and c.reason.startswith(EARLIER_EVENT) else c for c in cands]
        if fact.kind == "duration" and not _of_sentence(fact.cues):
            # 'sentenced to 9 1/2 years in prison but spent only 580 days': a term handed down is the value only of a
            # fact of a sentence, not of one of a span served
            cands = [replace(c, reason=f"a sentence handed down ('{' '.join(scan.text[term.start():c.end].split())}'), "
                                       "not a span served") if not c.reason and (term := handed_down(scan.folded, c.start))
                     else c for c in cands]
        if fact.kind == "duration" and hits:  # 'beat the record by 34 seconds': a margin is the fact's whose cue is in it
            cands = [own_margin(c, scan.folded, s0, hits) if c.reason.startswith(MARGIN) else
                     own_offset(c, scan.folded, hits) if c.reason.startswith(OFFSET) else
                     own_recurrence(c, scan.folded, hits) if c.reason.startswith(RECURRENCE) else
                     own_frame(c, scan.folded, hits) if c.reason.startswith(FRAME) else c for c in cands]
            here = [scan.folded[a:b] for a, b in hits if s0 <= a < s1]
            if here and all(w in EVERY_WORDS for w in here):  # 'cada turno dura 24 horas'
                cands = [c if c.reason or every_before(scan.folded, c.start) else replace(c, reason=_NOT_RECURRING)
                         for c in cands]
        if fact.kind == "score" and hits:  # 'is 10-5 overall': a won-lost record is the fact's whose cue is in its words
            cands = [replace(c, reason="") if c.reason.startswith(RECORD)
                     and overlaps(*record_words(scan.folded, c.start, c.end), hits) else c for c in cands]
        if fact.kind == "time" and hits:  # 'petitions filed after 12:01 a.m.' for the cue 'filed after': the bound is
            # what the cue names
            cands = [replace(c, reason="") if c.reason.startswith(BOUND) and overlaps(c.start, c.start + 1, hits) else c
                     for c in cands]
        about_then = False  # a word of another time that is a cue of the fact ('initially' for what was at first)
        if fact.values and (words := value_words(fact, scan.folded, s0, s1, cands)):  # the rule's own words for a
            # value: 'hat-trick' is 3; a refused reading of a part of them gives way ('three-time champion')
            cands = [c for c in cands if not any(w.start < c.end and c.start < w.end for w in words)] + words
        cands = sorted(cands, key=lambda c: c.start)
        if fact.about is not None and cands:
            reach = about_reach(fact.about, scan, s0, s1, fact.ignore)
            if reach < s1:  # 'Allen was suspended'; 'Además de Bolsonaro, Braga Netto fue condenado a 26 años'
                cands = [c if _kept(c) or c.start < reach else replace(c, reason=_NOT_ABOUT) for c in cands]
            elif (contrast := contrast_elsewhere(fact.about, scan, s0, s1)) is not None:
                a, b, said = contrast  # 'In Mazatlán, ... 4 minutes and 25 seconds, while in the town of Pitarrilla, ...'
                why = f"placed by a clause of contrast in another place ('{said}')"
                cands = [c if _kept(c) or not a <= c.start < b else replace(c, reason=why) for c in cands]
            elif fact.kind in _CLAUSED_KINDS:  # 'Minimum Wage to Rise 13% in 2026; Border Free Zone Gets 5%'
                cands = [c if _kept(c) or not (why := clause_unnamed(scan, fact.about, s0, s1, c, cands))
                         else replace(c, reason=why) for c in cands]
        if cands and fact.background and fact.kind in BACKGROUND_KINDS and not accepts(fact, "year"):
            months = fact.period is not None  # then a month not of the period is another, even with no date to tell
            years = fact.period_years  # ... and a year not of it ('in 2025' for 2024's cases)
            when = scan.memo.get(("when", s0, s1, months, years))
            if when is None:
                filed = dateline_month(article.dateline) if article.dateline and not article.published else None
                when = scan.memo[("when", s0, s1, months, years)] = other_times(
                    scan.folded[s0:s1], article.published, filed, months, scan.text[s0:s1], years)
            if when and hits:
                # 'planned to' on the cue 'planned'; 'the last 12 months' holding the cue '12 months' of a yearly rate
                kept = [w for w in when if not _cue_time(w[0] + s0, w[1] + s0, hits, scan.folded)]
                about_then, when = len(kept) < len(when), kept
            if when and fact.period is not None:  # 'em janeiro' when the fact is January's inflation
                when = [w for w in when if not names_period(fact.period, scan.folded, w[0] + s0, w[1] + s0)]
            if when and fact.kind == "ordinal":  # a rank is of another year's event ('ganó la primera edición en
                when = [_set_off(scan.folded, s0, w) for w in when  # 1956'), not of a day of the story's weeks
                        if _YEAR_ALONE.fullmatch(w[2])]
            if when and accepts(fact, "age"):  # 'Desde el 4 de agosto, el líder de 70 años se encontraba': a stretch of
                when = [w for w in when if not w[2].startswith(SINCE_WORDS)  # time up to now, the age's own
                        and not scan.folded.endswith(SINCE_WORDS, s0, w[0] + s0)]
            if when:  # 'In 2019, a similar raid killed 12': a figure from another time is background
                clause = not accepts(fact, "age")
                cands = [c if c.reason else in_background(c, when, scan.folded, s0, clause) for c in cands]
            elif not about_then and opens_sentence(scan.folded, s0, cands[0].start) \
                    and (told := told_before(scan, s0, s1, article.published)):
                # 'On July 24, 2013, a train derailed in Angrois. 80 people were killed and 144 injured.': a sentence
                # with no time of its own that opens on a figure goes on telling of the time the one before opens on
                why = f"of the time the sentence before opens on ('{told}')"
                cands = [replace(c, reason=why) if not c.reason else c for c in cands]
        if cands and fact.background and fact.kind == "date":
            sentence = scan.folded[s0:s1]
            if any(w in sentence for w in EARLIER_ADJECTIVES):
                # 'exceeding the previous record of 23.9C recorded in Brighton on August 3, 1990': that record's day
                earlier = [sp for sp in other_times(sentence, None) if sp[2] in EARLIER_ADJECTIVES]
                cands = [c if c.reason else in_background(c, earlier, scan.folded, s0) for c in cands]
        if cands and fact.background and fact.kind in _EARLIER_KINDS:
            earlier = scan.memo.get(("since", s0, s1))
            if earlier is None:
                earlier = scan.memo[("since", s0, s1)] = since_the(scan.folded, s0, s1) or ()
            if earlier and not heads_cues(earlier, hits, scan.folded):
                # 'the biggest rally since the July 1 march, which organisers estimated two million attended'; but the
                # earlier event is the fact when its cue names it ('since the earthquake of Feb. 27, 2010')
                a, b, _, _ = earlier
                why = f"about an earlier event ('{scan.text[a:min(b, a + 40)].strip()}')"
                cands = [replace(c, reason=why) if a <= c.start < b and not c.reason else c for c in cands]
        if cands and fact.background and fact.kind in _OTHER_EVENT_KINDS:
            other = _SEPARATE_OPENS.match(scan.folded, s0, s1)
            if other is not None:  # 'In a separate attack in the north, five people were killed': another event's
                why = f"about another event ('{' '.join(scan.text[s0:other.end()].split())}')"
                cands = [replace(c, reason=why) if not c.reason and c.start >= other.end() and not TOTAL_LEVEL.search(
                    scan.folded, max(s0, c.start - 60), c.start) else c for c in cands]
            elif (another := another_event(scan.folded, s0, s1)) is not None and another_of(another, hits):
                # 'otra erupción dejó 60 fallecidos', 'un segundo derrumbe, el 7 de agosto, bloqueó la salida'
                a, b, phrase = another
                why = f"about another event ('{' '.join(scan.text[a:a + len(phrase)].split())}')"
                cands = [replace(c, reason=why) if not c.reason and a <= c.start < b and not TOTAL_LEVEL.search(
                    scan.folded, max(s0, c.start - 60), c.start) else c for c in cands]
        planning = about_then  # whether the fact is the plan, or what was at first
        if cands and fact.kind in UNREAL_KINDS:
            unreal = words_of("unreal", UNREAL_WORD, scan, s0, s1)
            if unreal and any(scan.folded[a:b] == "si" for a, b in unreal):
                unreal = [(a, b) for a, b in unreal if scan.text[a:b].lower() != "sí"]  # "apoyó el 'Sí'": yes, not 'if'
            if unreal and hits:
                own = [(a, b) for a, b in unreal if opens_on(a, b, hits, scan.folded) or owns(a, b, hits, scan.folded, s0)]
                planning = planning or bool(own)
                if own or about_then:  # the fact is the plan, or what was at first: no word of a plan refuses its values,
                    plans = [(a, b) for a, b in unreal if (a, b) in own or scan.folded[a:b] in PLAN_WORDS]
                    unreal = [sp for sp in unreal if sp not in plans]  # and what the plan turned into is not the plan
                    cands = [turned(c, plans, scan.folded) if not c.reason else c for c in cands]
            if unreal and fact.ahead:  # a fact of what is to come: 'shareholders are expected to own 46%', 'plans to cut'
                unreal = [(a, b) for a, b in unreal if scan.folded[a:b] not in PLAN_WORDS
                          and scan.folded[a:b] not in FORECAST_WORDS and not (
                    scan.folded[a:b] in SEEK_WORDS and (_AIM_AFTER.match(scan.folded, b) or scan.folded.endswith("se ", 0, a)))
                    and not (scan.folded[a:b] in MAY_WORDS and _ESTIMATED.search(scan.folded, max(s0, a - 80), a))
                    and not (scan.folded[a:b] in DEMAND_WORDS and _TERMS_BEFORE.search(scan.folded, max(s0, a - 40), a))]
            if unreal and fact.kind == "money":  # 'a cambio de 29 millones de euros': a price, no offer
                unreal = [(a, b) for a, b in unreal if scan.folded[a:b] not in _EXCHANGE]
            if unreal:  # 'the toll could rise to 50': a figure that may be, not one that is
                after, aged = fact.kind in FIGURE_KINDS, accepts(fact, "age")
                cands = [c if c.reason or aged and age_written_on(scan.folded, c)
                         else if_unreal(c, unreal, scan.folded, after=after, hits=hits) for c in cands]
            asked = words_of("asked", ASKED_VERB, scan, s0, s1) if any(not c.reason for c in cands) else ()
            if asked:  # 'the 40 to 50 years prosecutors sought': what was asked for, unless the fact is what they asked
                contact = fact.kind in _ENDS_WITH_UNIT
                cands = [c if c.reason else asked_for(c, asked, scan.folded, hits, contact) for c in cands]
        if cands and fact.kind == "duration" and not fact.ahead and not planning:
            # 'turned a planned eight-day trip into more than nine months in space': what was meant to be, the value only
            # of a fact of what is to come, of the plan, or whose cue is the participle
            cands = [replace(c, reason=f"a span planned or expected ('{' '.join(scan.text[plan.start():c.end].split())}'),"
                                       " not one that was") if not c.reason and (plan := planned_before(scan.folded, c.start))
                     and not overlaps(plan.start(), plan.end(), hits) else c for c in cands]
        if cands and fact.kind == "date" and put_off_in(scan.folded, s0, s1) and any(not c.reason for c in cands) and (
                plans := [(a, b) for a, b in words_of("unreal", UNREAL_WORD, scan, s0, s1)
                          if scan.folded[a:b] in PLAN_WORDS and not opens_on(a, b, hits, scan.folded)]):
            cands = [c if c.reason else put_off(c, plans, scan.folded, s1) for c in cands]  # 'scheduled for Monday but delayed'
        if cands and fact.kind in _DIFFERENCES:  # '278 days longer than planned', '$400m bigger than the previous record':
            more, what = _DIFFERENCES[fact.kind]  # a difference, unless a cue names it
            for i, c in enumerate(cands):
                m = None if c.reason else _LONGER_AFTER.match(scan.folded, c.end)
                if m is not None and not overlaps(c.end, m.end(), hits):
                    cands[i] = replace(c, reason=f"how much {more} than something else ('{scan.folded[c.start:m.end()]}'),"
                                                 f" not the {what}")
                if fact.kind != "duration":
                    continue
                m = None if c.reason or m else _SILENCE_AFTER.match(scan.folded, c.end)
                if m is not None and not overlaps(c.end, m.end(), hits):  # 'a minute of silence': an act, not its length
                    cands[i] = replace(c, reason=f"a silence kept ('{scan.text[c.start:m.end()]}'), not the span")
        if article.dateline and cands:  # 'CARACAS, 5 de enero (EFE).-' says where and when it was filed
            a, b = dateline_span(scan, article)
            if a < b:
                cands = [replace(c, reason="in the dateline: where and when the story was filed")
                         if c.start < b and a < c.end and not c.reason else c for c in cands]
        if fact.kind == "place" and cands:  # 'New Delhi: The draw concluded...', 'WASHINGTON — Friday's draw': filed there
            cands = [replace(c, reason="a dateline that opens its paragraph: where the copy was filed")
                     if not c.reason and (lead := scan.text.rfind("\n", 0, c.start) + 1) > c.start - 50
                     and (filed := _PLACE_FILED.match(scan.text, lead)) is not None and c.end <= filed.end()
                     else c for c in cands]
        if fact.ignore is not None and cands:
            masked = ignored_in(scan, fact.ignore, s0, s1)
            if masked:
                cands = [c for c in cands if not overlaps(c.start, c.end, masked)]
        return cands

    def _belongs(self, fact: Fact, scan: Scan, s0: int, s1: int, cue_start: int, cue_end: int, fi: int = -1,
                 claims: list[tuple[int, int, int]] | None = None, cands: list[Candidate] = ()):
        """For figures and dates, a test of a candidate against the sentence's shape: why it describes
        something other than what the cue names, or ''; None when nothing in the sentence can tell.
        claims: the cue spans of this fact (index fi) and of the facts competing for its figures, in order (of a span
        or a length, every cue in the article, to tell which one it is written onto); cands: the sentence's candidates
        (read for names)."""
        if fact.kind in _WHEN_KINDS:
            described = describes(scan.folded, cue_start, cue_end)
            if described:  # 'recovered Friday from the collapsed tower': the tower, not when it fell
                return lambda c: described
            toll = _TOLL_OF.search(scan.folded, max(s0, cue_start - 60), cue_start)
            if toll is not None and not AND.isdisjoint(WORD.findall(toll.group())) and verb_cue(scan, cue_start, cue_end):
                toll = None  # 'tenía un total de 12 plantas y se derrumbó': the cue is a predicate of its own, no noun the
                # toll is of
            what = "when the toll was given"  # 'On Wednesday, the toll from the collapse rose to 18': when the toll rose
            reach = 1  # 'the toll from the collapse on June 24' dates the collapse, 'the toll from the collapse rose on' not
            if toll is None:  # 'was arrested after the crash, appeared on Thursday': the crash is a point of reference
                toll, what, reach = reference_to(scan, s0, cue_start, cue_end), "a day of something else", 6
            if toll is not None:
                head = toll.groupdict().get("head") is not None
                # 'after the white smoke wafted into the late afternoon sky at 6:07 p.m.': the cue heads a clause of its
                # own, which dates it up to the clause's end
                clause = reach > 1 and not head and _OWN_VERB.match(scan.folded, cue_end) is not None
                return lambda c: when_of_toll(scan.folded, c, toll.start(), cue_start, cue_end, what, reach, head,
                                              clause) or (
                    _another_day(scan, c, cue_start, cue_end) if fact.kind == "date" else "")
            where = _WHERE_BEFORE.search(scan.folded, max(s0, cue_start - 50), cue_start)
            if where is not None:  # 'la ciudad donde se produjo el accidente, fue detenido este miércoles'
                return lambda c: outside_where(scan.folded, c, where.start(), cue_end) or (
                    _another_day(scan, c, cue_start, cue_end) if fact.kind == "date" else "")
        if fact.kind == "date":
            return lambda c: _another_day(scan, c, cue_start, cue_end)
        if fact.kind == "time":  # 'ordered the arrest hours after receiving information at 12:08am'
            return (lambda c: _day_of_trailing_clause(scan, c, cue_end, "time")) \
                if _TRAILING_STEMS.search(scan.folded, cue_end, min(s1, cue_end + 80)) else None
        if fact.kind == "score":
            return score_aside(scan, s0, s1, cue_start, cue_end)
        if fact.kind == "duration":
            return lambda c: measures_other(scan, c, fi, claims or (), cue_end, self._spans) or \
                added_span(scan.folded, c, cue_start)
        lengths = claims if fact.kind == "number" else None  # every cue, to tell which one a length measures
        if lengths:
            claims = None
        if fact.kind not in FIGURE_KINDS:
            ahead = contrast_ahead(scan, s0, cue_end, s1) if fact.kind in ("entities", "place") else None
            if fact.kind == "entities":
                if pending := pending_cue(scan, cue_start, cue_end):  # 'la magistrada que falta por votar, Cármen Lúcia'
                    why = f"what the cue says has not happened yet ('{pending} {scan.folded[cue_start:cue_end]}')"
                    return lambda c: why
                return names_around(scan, s0, cue_start, cue_end, s1, ahead, cands, fi in self._placing_facts)
            doing = doing_place(scan, s0, s1) if fact.kind == "place" else None
            if ahead is None and fact.kind == "place":
                ahead = sequel_ahead(scan, cue_end, s1)  # 'met Erdogan in Ankara and then flew to Istanbul'
            if ahead is None:
                return doing
            return lambda c: after_contrast(c, ahead) or (doing(c) if doing else "")
        subset = _SUBSET_AFTER.match(scan.folded, cue_end) if fact.kind == "count" else None
        if subset is not None:  # 'o número de mortos identificados subiu para 224': the identified, a part of the dead
            why = f"counts a part of what the cue names ('{scan.folded[cue_start:subset.end()]}')"
            return lambda c: why
        spans = sentence_asides(scan, s0, s1)
        ages = fact.kind == "number" and scan.folded.find("-old", s0, s1) >= 0  # no copy of the sentence
        # 'is at age 18 four years younger than Garry Kasparov': an age before a comparison the cue ends is the other's
        aged = fact.kind == "number" and "age" in fact.spec.accept
        set_off = aged and scan.folded.find(",", s0, s1) >= 0
        compared = _COMPARED_TO.search(scan.folded, max(s0, cue_start - 60), cue_start) if aged else None
        # 'champion at 18, defeating China's Ding Liren': an age before a verb is its subject's, not the object's the cue
        # names (a name; not a cue that is the verb's own predicate: 'a 16-year-old boy who was shot dead')
        acting = aged and scan.text[cue_start:cue_start + 1].isupper() \
            and has_verb(WORD.findall(scan.folded, max(s0, cue_start - 80), cue_start))
        parts = None
        if fact.kind == "count":  # a head count can be the whole of a part; an age or a share cannot
            parts = scan.memo.get(("parts", s0, s1))
            if parts is None:
                parts = scan.memo[("parts", s0, s1)] = [m.span() for m in _PART_OPENER.finditer(scan.folded, s0, s1)]
            if parts:
                parts = [p for p in parts if p[1] <= cue_start]
        if claims:  # only where another fact's cue stands in the sentence
            key = ("claims", s0, fi)
            found = scan.memo.get(key)
            if found is None:
                lo = bisect_left(claims, (s0,))
                found = claims[lo:bisect_left(claims, (s1,), lo)]
                # a cue of a fact about someone its sentence does not name claims nothing: that fact takes no value
                # there ('Mickelson shot a 65' for Mickelson's round, though `shot a` is a cue of Koepka's too)
                found = [h for h in found if h[2] == fi or self._named(scan, h[2], s0, s1)]
                found = scan.memo[key] = found if len({fj for _, _, fj in found} | {fi}) > 1 else []
            claims = found
        if claims and fact.kind == "count":  # 'The number of children killed ... has climbed to 32': a kind of person
            # another fact counts narrows what the cue counts to a part, the number that fact counts (not 'o número de
            # mortos identificados', the identified among the dead)
            tail = scan.folded[max(s0, cue_start - 40):cue_start].split()[-3:]
            if len(tail) == 3 and tail[0] in _NUMBER_OF and tail[1] in ("of", "de") and tail[2] in PERSON_NOUNS:
                noun = scan.folded.rfind(tail[2], s0, cue_start)
                if any(a == noun and fj != fi for a, _, fj in claims):
                    why = f"counts a part of what the cue names ('{' '.join(scan.text[noun:cue_end].split())}')"
                    return lambda c: why
            # 'Nine people are in hospital with life-threatening injuries': what another fact's cue, in a phrase that
            # 'with' opens right after the cue, says they have narrows them to that fact's count
            narrowed = next((b for _, b, fj in with_after(scan.folded, cue_end, claims) if fj != fi), None)
            if narrowed is not None:
                why = f"counts a part of what the cue names ('{' '.join(scan.text[cue_start:narrowed].split())}')"
                return lambda c: why
        killer = ""  # 'two gunmen killed a guard': the cue's object is who died
        if fact.kind == "count":
            killer = scan.memo.get(("object", cue_start))
            if killer is None:
                killer = scan.memo[("object", cue_start)] = object_of(scan, cue_start, cue_end)
        # 'the robbers allegedly stole nine pieces': a figure of things after the verb the cue is the subject of
        acted = acted_on(scan, cue_start, cue_end) if fact.kind == "count" and fact.spec.units is None else 0
        # 'Três sobreviventes disseram que', 'two injured passengers told reporters': the figure counts who spoke.
        speakers = _SPEAKERS.match(scan.folded, cue_end) if fact.kind == "count" else None
        # 'Os sobreviventes estimam que 700 migrantes estavam a bordo': the cue tells, and what it tells counts something
        # else; not for a count whose units name what it counts, whose cue may be who gives it ('Police said 128,000').
        told = told_by(scan.folded, s0, s1, cue_start, cue_end) if fact.kind == "count" and fact.spec.units is None else 0
        asks, acts = -1, False
        if fact.kind == "count":
            questions = scan.memo.get(("questions", s0))
            if questions is None:  # most sentences ask nothing and hold no count of none: tested once
                questions = scan.memo[("questions", s0)] = (asked_before(scan.folded, s0, s1, s1 - s0) >= 0,
                                                            _NONE.search(scan.folded, s0, s1) is not None)
            # 'no one knows how many people were on board': the cue is in a question, and no figure before it counts it
            asks = asked_before(scan.folded, s0, cue_start) if questions[0] else -1
            # 'nenhuma pessoa a bordo usava colete': none of those the cue describes did what the verb after it says
            acts = questions[1] and acts_after(scan, cue_start, cue_end)
        # 'survivors and dead remain unchanged: 104 and 78 respectively': the cue's item takes the figure in its place
        run = in_turn(scan.folded, cue_end, s1, [(x.start, x.end) for x in cands]) \
            if scan.folded.find("respectiv", cue_end, s1) >= 0 else None
        # ... the competing facts' cues listed before it, in order, if they are as many: one item may be long
        place = listed_place(claims, fi, s0, run) if run and claims else None
        if run and place is None:
            place = respective(scan.folded, cue_end, run)
        turn = (run, place) if run and place is not None else None
        # 'More than 300 people were taken to hospitals but many died on the way': the cue's subject is a word of its own
        own = _OWN_SUBJECT.search(scan.folded, max(s0, cue_start - 40), cue_start) if fact.kind == "count" and not \
            _OWN_SUBJECT_WORDS.isdisjoint(scan.folded[max(s0, cue_start - 40):cue_start].split()[-6:]) else None
        owned = _POSSESSIVE.match(scan.folded, cue_end)  # 'the officer's partner, Vassilios Saraliotis, 31'
        if owned and owned.group().startswith("' ") and scan.folded[cue_start - 1:cue_start] == "'":
            owned = None  # a quote's close: "'Bud' mejoró su récord"
        # 'Fifteen of the dead were soldiers', '$281 million of the price': a part of what the cue names.
        part_of = _PART_OF.search(scan.folded, max(s0, cue_start - 48), cue_start) if fact.kind in _SHARED else None
        if part_of and part_of.group("noun") and not part_of_described(part_of, scan.folded, cue_start):
            part_of = None  # 'Three out of ten people died', 'al menos 122 de las víctimas perdieron la vida'
        if part_of and fact.kind == "count" and fact.spec.units is not None:
            said = PART_SAID.match(scan.folded, cue_end)  # 'At least 323 of the dead were Egyptians': the part is
            if said and part_named(said.group("what"), fact.spec.units):  # what the rule counts, and the cue says of it
                part_of = None  # (not a role any of the dead may have: 'Fifteen of the dead were soldiers')
        # 'free 50 of the roughly 240 hostages', 'Fifteen of the 32 dead': a part of a whole, both figures.
        wholes = parts_and_wholes(scan, s0, s1) if fact.kind == "count" else ()
        # A cue that names the fact's own period ('February' for February's toll) holds a figure its phrase dates, though
        # another fact's cue is the figure's predicate: 'At least 79 people died in the February violence'.
        period_cue = bool(claims) and fact.period is not None and names_period(fact.period, scan.folded, cue_start, cue_end)
        # 'Another 85 people were injured when two trains collided': a clause of its own after the cue.
        subs = scan.memo.get(("subordinators", s0))
        if subs is None:
            subs = scan.memo[("subordinators", s0)] = [m.end() for m in _SUBORDINATOR.finditer(scan.folded, s0, s1)]
        other_clause = next((end for end in subs if end > cue_end), 0)
        on_time = _WHEN_AFTER.match(scan.folded, cue_end) if other_clause else None
        if on_time and _A_TIME.search(scan.folded, cue_start, cue_end):
            # 'since late 2022, when about 27,000 jobs were cut': 'when' after a cue that is a time opens a clause on
            # that time, which tells what happened then: the cue's own.
            other_clause = next((end for end in subs if end > on_time.end()), 0)
        # 'Milei se impuso por el 52,74% mientras que Sergio Massa se quedó con el 47,25%': the clause the cue opens
        # with a contrast does not reach back past it.
        near = scan.folded[max(s0, cue_start - 40):cue_start]
        contrast = _CONTRAST.search(scan.folded, max(s0, cue_start - 40), cue_start) \
            if any(w in near for w in CONTRAST_WORDS) else None
        held = relative_close(scan.folded, s0, s1, cue_start, cue_end) if scan.folded.find(",", s0, cue_start) >= 0 else 0
        besides = besides_phrase(scan, s0, s1, cue_start, cue_end)
        besides_before = besides_opening(scan, s0, cue_start)  # 'In addition to Coningsby's 40.3°C, ... Wales'
        # 'rompiendo el récord establecido una hora antes de 39,1 °C': a figure of the mark the verb went past
        beaten, earlier = beaten_mark(scan.folded, s0, cue_start, cue_end) if fact.kind in _MARK_KINDS else (-1, False)
        ahead = contrast_ahead(scan, s0, cue_end, s1)
        # 'levado por quase 650 km até a região onde estão os destroços': a clause of place the cue is in tells of the
        # place, not of a figure before it
        where = _WHERE_BEFORE.search(scan.folded, max(s0, cue_start - 40), cue_start) \
            if "onde" in near or "where" in near or " que " in near or "which" in near else None
        if not (spans or ages or set_off or compared or acting or parts or claims or killer or owned or part_of or other_clause
                or speakers or told or acts or contrast or held or ahead or wholes or besides or besides_before or lengths or own
                or acted or turn or beaten >= 0) and asks < 0:
            if where is None:
                return None
            at, why = where.start(), _before_where(scan, where.start(), cue_end)
            return lambda c: why if c.end <= at else ""  # the one test, without the rest's set-up
        # A figure inside an aside the cue is not in ('Chohan – who leaves two grandchildren – died'), unless the
        # aside opens right after the cue as its gloss ('followed by core inflation (2.4 percent)').
        # Names listed in an aside ('Maduro — and his wife Cilia Flores —') still count: figures only.
        cue_in = next((sp for sp in spans if sp[0] <= cue_start < sp[1]), None)
        if cue_in and not scan.folded[cue_in[0] + 1:cue_start].strip() and not scan.folded[cue_end:cue_in[1] - 1].strip():
            cue_in = None  # a cue that is all its bracket holds glosses the noun before it: 'the personal consumption
            # expenditures (PCE) price index ... recorded a 2.8% increase'
        measured = fact.kind == "number" and fact.spec.unit is not None
        gloss = next((sp for sp in spans if sp[0] >= cue_end and (_GLOSS_GAP.fullmatch(scan.folded, cue_end, sp[0]) or (
            fact.kind in _GLOSSED and _GLOSS_PHRASE.fullmatch(scan.folded, cue_end, sp[0])
            and ALL_NUMBER_WORDS.isdisjoint(WORD.findall(scan.folded, cue_end, sp[0]))) or (
            fact.kind == "money" and _AMOUNT_GLOSS_GAP.fullmatch(scan.folded, cue_end, sp[0])) or (
            measured and _glossed_measure(scan.folded, cue_end, sp[0], fact)))), None) \
            if spans and (fact.kind in _GLOSSED or fact.kind == "number" and (
                not fact.spec.accept.isdisjoint(("age", "year")) or measured)) else None
        if gloss and fact.kind == "number" and not measured and not _AGE_GLOSS.match(scan.folded, gloss[0]) and not (
                fact.spec.accept == {"age"} and _BARE_AGE_GLOSS.match(scan.folded, gloss[0])) and not (
                "year" in fact.spec.accept and _YEAR_GLOSS.match(scan.folded, gloss[0])):
            gloss = None  # an age in brackets right after a name, with its years: 'Estelle Hedaya (54 años)', or a
            # year alone for a fact of a year: 'Andrea Meza (2020)'; not 'Cole Palmer (2)', his goals

        def check(c: Candidate) -> str:
            if turn and (c.start, c.end) in turn[0]:  # its place in the list says whose it is, whatever is near
                mine = turn[0].index((c.start, c.end)) == len(turn[0]) - 1 - turn[1]
                return "" if mine else "another item's figure, the lists read in turn ('respectively')"
            if contrast and c.end <= contrast.start():
                return f"in the clause before the cue's ('{contrast.group('word')}')"
            if ahead:
                why = after_contrast(c, ahead)
                if why:
                    return why
            if held and c.start >= held:
                return "past the relative clause the cue is in: said of what the clause is about"
            if where and c.end <= where.start():
                return _before_where(scan, where.start(), cue_end)
            if besides and c.start >= besides:
                return f"past a phrase heading the clause that sets the cue aside ('{scan.text[s0:besides].strip()} ...')"
            if beaten >= 0 and in_mark(scan.folded, beaten, earlier, cue_start, cue_end, c):
                if earlier:
                    return f"what went past the mark ('{' '.join(scan.text[c.start:cue_end].split())}'), not the mark"
                return f"the mark gone past ('{' '.join(scan.text[beaten:max(c.end, cue_end)].split())}'), not a new one"
            if besides_before and c.end <= besides_before:
                return f"in a phrase heading the clause that names one besides ('{scan.text[s0:besides_before].strip()}')"
            if spans:
                inside = next((sp for sp in spans if sp[0] <= c.start < sp[1]), None)
                lead = scan.folded[inside[0] + 1:c.start].strip(" +-") if inside else ""
                unit = _unit_named(scan.folded, c.end, fact) if inside and inside != cue_in else ""
                if inside != cue_in and not (inside and (
                        inside == gloss and (not lead or unit or lead in _AGE_WORDS and accepts(fact, "age")
                                             or fact.kind == "count" and groups_listed(scan.folded, inside[0] + 1, c.start))
                        or unit and not any(map(people_word, unit.split()))
                        and _FIGURE_BEFORE.search(scan.folded, max(0, inside[0] - 40), inside[0]))
                        or c.note.startswith(GLOSSES)):
                    return ASIDE  # a gloss is the figure alone: '(2.4 percent)', not '(52-3, 46 KOs)' for wins; or a
                    # head count's groups, each with its noun: '17 muertos (10 custodios y 7 reos)'; or an age: '(aged
                    # 23 years)'; or, among what it tells of the cue, a figure naming what the rule counts: 'Crawford
                    # (42-0, 31 KOs)' for knockouts; so too, of things, of the figure right before it: '42 victorias
                    # (31 por nocaut)' (not '16 muertos (9 custodios y 7 reos)' for inmates who escaped)
            if other_clause and c.start >= other_clause:
                sub = _SUBORDINATE_BEFORE.search(scan.folded, max(cue_end, c.start - 24), c.start)
                if sub and _GOES_ON.match(scan.folded, c.end):  # not the end of a phrase: 'barred until 2060.'
                    return f"the subject of a clause of its own ('{scan.text[sub.start():c.end]}')"
            if part_of and c.end == part_of.start() and not _ALL.search(scan.folded, max(s0, c.start - 12), c.start):
                return f"a part of what the cue names ('{scan.folded[c.start:cue_end]}')"
            if wholes:
                for part, whole in wholes:
                    # the cue is before the part, its verb, or after the whole's noun, the part's predicate: it counts
                    # the part ('free 50 of the 240', 'only 122 of the 198 countries had done so')
                    if c.start == whole and (cue_end <= part or cue_start >= c.end
                                             and part_is_subject(scan.folded, c.end, cue_start, cue_end, s1)):
                        return f"the whole a part is taken from ('{scan.text[part:c.end]}')"
                    if c.start == part and claims and (teller := _part_told(scan.folded, whole, cue_start, cue_end,
                                                                             claims, fi, s1)):
                        # 'noting that 12 of 18 ministers served under Bayrou': the part is what another fact's cue,
                        # its predicate, tells of, not this fact's count
                        return f"a part another fact's cue tells of ('{' '.join(scan.text[part:teller].split())}')"
            if parts:
                whole = whole_of_part(scan.folded, c, parts, cue_start)
                if whole:
                    return whole
            if lengths:
                other = length_of_another(scan, c, fi, lengths)
                if other:
                    return other
            if claims:
                other = scan.memo.get(("claimed", c.start, fi))
                if other is None:
                    units = getattr(fact.spec, "units", None)  # a count's: what its figures must count
                    other = scan.memo[("claimed", c.start, fi)] = claimed(
                        scan.folded, c, self._rivals_counting(scan.folded, c.end, fi, claims), fi, units)
                if other and not (period_cue and governs(scan.folded, cue_start, cue_end, c, s0)):
                    return other
            if killer and c.end <= cue_start and PASSIVE.isdisjoint(WORD.findall(scan.folded, c.end, cue_start)):
                return f"not those killed: the verb's object names them ('{scan.folded[cue_start:cue_end]} {killer}')"
            if acted and c.start >= acted and not CLAUSE_BREAK.search(scan.folded, acted, c.start) \
                    and len(WORD.findall(scan.folded, acted, c.start)) <= 5 and (thing := counted_thing(scan, c.end, fact.spec)):
                return f"what the cue's subject did something to ('{scan.text[cue_start:acted]} ... {thing}'), not how many"
            if own and c.end <= own.start() and not (own.group().split()[-1] in OTHERS
                                                      and _NOUN_LIST.fullmatch(scan.folded, c.end, own.start())):
                return f"before the cue's own subject ('{' '.join(scan.text[own.start():cue_end].lstrip(',').split())}')"
            if speakers and c.end <= cue_start and len(WORD.findall(scan.folded, c.end, cue_start)) <= 1 \
                    and not _ALL.search(scan.folded, max(s0, c.start - 12), c.start):
                return f"counts who said it ('{scan.text[c.start:speakers.end()]}')"
            if asks >= 0 and c.end <= asks:
                return f"outside the question the cue is in ('{' '.join(scan.text[asks:cue_end].split())}')"
            if acts and c.end <= cue_start and VAGUE.get(scan.folded[c.start:c.end]) == (0, 0):
                between = WORD.findall(scan.folded, c.end, cue_start)
                if (between or scan.folded[c.start:c.end] in _NONE_OF_THEM) and len(between) <= 2 \
                        and not has_verb(between) and PASSIVE.isdisjoint(between):
                    return f"none of those who did what the verb after the cue says ('{scan.text[c.start:cue_end]} ...')"
            if told and c.start >= told and not STRONG_BREAK.search(scan.folded, told, c.start):
                return f"in what the cue tells ('{' '.join(scan.text[cue_start:told].split())} ...'), not a count of it"
            if owned and c.start > owned.end() and not _unit_named(scan.folded, c.end, fact):  # not of what the rule
                whose = of_the_owned(scan.folded, c, cue_start, owned.end())  # counts: 'Canelo's record: 3 losses'
                if whose:
                    return whose
            if acting and c.end <= cue_start and has_verb(words := WORD.findall(scan.folded, c.end, cue_start)) \
                    and words[1:2] != ["old"]:  # an age before a noun is age_of_another's ('the 35-year-old newlywed')
                return f"the age of who does what the verb before the cue says ('{' '.join(words)}')"
            if compared and c.end <= compared.start():
                return f"the age of what the cue is compared with ('{' '.join(scan.text[compared.start():cue_end].split())}')"
            if set_off and (why := set_off_of_another(scan, c, s0, cue_start, cue_end, fact.spec.cue_words, fact.about)):
                return why
            if ages:
                return age_of_another(scan.folded, c, cue_start, cue_end)
            return ""

        return check

    @staticmethod
    def _consider(fact: Fact, scan: Scan, c: Candidate, d: float, before: bool, near: list, refused: dict,
                  belongs=None) -> None:
        """A value within the window: refused (and remembered why) or kept, with its distance."""
        reason = c.reason or ("" if belongs is None else belongs(c))
        if reason:
            refused.setdefault((c.start, c.end), Rejection(fact.id, scan.text[c.start:c.end], c.start, reason))
        else:
            near.append((d, before, c))  # on equal distance, a value after the cue wins

    def _find_fact(self, fact: Fact, article: Article, scan: Scan, hits, fi: int = -1,
                   claims: list[tuple[int, int, int]] | None = None,
                   reached: dict[tuple[int, int], list[Reach]] | None = None,
                   ) -> tuple[list[Finding], list[Rejection]]:
        """This fact's values in the article, and what was refused. reached, when given, gathers for each value taken
        how near its cue was: (distance, fi, the cue's text, where the cue stands)."""
        kind = KINDS[fact.kind]
        chosen: dict[tuple[int, int], tuple[Candidate, str, tuple[int, int]]] = {}
        refused: dict[tuple[int, int], Rejection] = {}
        per_sentence: dict[tuple[int, int], tuple[list[Candidate], list[int]]] = {}
        for cue_start, cue_end in hits:
            if fact.background and named_former(scan.folded, cue_start, cue_end):
                continue  # 'down from its prior range of 3.75% to 4%', 'abaixo da faixa anterior': the cue names the earlier one
            if scan.folded.endswith(_NEAR_MISS, 0, cue_start):
                continue  # 'the Englishman nearly scoring', 'casi marca', 'quase marcou': what did not happen
            s0, s1 = scan.sentence_at(cue_start)
            if fi in self._winning and winning_cue(scan, cue_start, cue_end) and held_or_unreal(
                    scan, s0, cue_start, cue_end, article.published.year if article.published else None):
                continue  # 'Defending champion Marcell Jacobs', 'Thompson would be wearing the gold medal': no win
            if fi in self._ignores_cues and overlaps(cue_start, cue_end, ignored_in(scan, fact.ignore, s0, s1)):
                continue  # a cue inside a phrase the rule ignores is no cue: 'death certificate', 'struck at goal'
            if fact.kind in _STAMPED and stamp_of_page(scan.text, s0, s1):
                continue  # 'Published: 2025-11-20', 'Publicado em 20 de novembro de 2025 às 10h33': the page's, no news
            if s1 - s0 > LONG_SENTENCE:  # a run-on 'sentence' (a list, a table, an attack): look near the cue
                s0, s1 = around(scan.text, s0, s1, cue_start, cue_end)
            found = per_sentence.get((s0, s1))
            if found is None:
                cands = self._candidates(fact, kind, scan, article, s0, s1, hits)
                if others := self._abouts.get(fi):
                    clause = fact.kind in _CLAUSED_KINDS
                    cands = [c if _kept(c) or not (why := placed_elsewhere(scan, c, s0, fact.about, others, clause))
                             else replace(c, reason=why) for c in cands]
                if fact.kind == "count" and says_alone(scan, s0, s1):
                    cands = [c if c.reason or not (why := part_alone(scan, c, s0, s1, fact.about))
                             else replace(c, reason=why) for c in cands]
                if fact.kind == "count" and claims:  # '177 pasajeros y tripulantes estaban a bordo': at any cue
                    cands = [c if c.reason or not (why := _own_noun_joined(scan, c, hits, article.language, fi, claims))
                             else replace(c, reason=why) for c in cands]
                if claims and fi in self._period_rivals:
                    cands = [c if c.reason or not (why := _dated_to_another(scan, c, s0, s1, fact, claims,
                                                                             self._period_rivals[fi], self.rules))
                             else replace(c, reason=why) for c in cands]
                if self._rivals.get(fi):
                    rivals, ranked = self._rivals[fi], self._ranked_rivals.get(fi)
                    cands = [c if c.reason or not (held := ranked if ranked is not None
                                                   and is_ordinal(scan.folded, c.start, c.end) else rivals)
                             or not (why := held_by_another(scan, c, s0, s1, fact, held, article.language, hits, cands))
                             else replace(c, reason=why) for c in cands]
                if fact.about is not None and fact.kind in _OWNED_KINDS:
                    cands = [c if c.reason or not (why := relative_on_another(scan, c, s0, s1, fact))
                             else replace(c, reason=why) for c in cands]
                if fact.kind == "date" and len(cands) > 1 and (own := day_onto_cue(scan.folded, cands, hits)) is not None:
                    why = f"another day than the one written onto the cue ('{' '.join(scan.text[own.start:own.end].split())}')"
                    cands = [c if c.reason or c is own or day_onto_cue(scan.folded, [c], hits) else replace(c, reason=why)
                             for c in cands]
                found = per_sentence[(s0, s1)] = (cands, [c.start for c in cands])
            cands, starts = found
            if scan.folded[cue_start - 1:cue_start] == "-" and (glued := [c for c in cands if c.end == cue_start - 1]):
                cands, starts = glued, [glued[0].start]  # '$30-per-share, $108.4 billion': written onto its value alone
            near = []
            belongs = sides = None
            if cands:
                joined = joined_group(scan.folded, cue_start, cue_end, hits, article.language, fi, claims) \
                    if fact.kind == "count" else paired_means(scan.folded, cue_start, cue_end) if fact.kind == "money" else ""
                belongs = (lambda c, why=joined: why) if joined else \
                    self._belongs(fact, scan, s0, s1, cue_start, cue_end, fi, claims, cands)
                # 'The new pope succeeds Pope Francis, who died on April 21 at age 88', 'born on September 14, 1955'
                rel = other_relative(scan, cue_end, s1) if fact.kind in _OTHER_RELATIVE_KINDS else None
                if rel is not None or fact.kind == "date":
                    belongs = of_another(scan, belongs, rel, (cue_start, cue_end) if fact.kind == "date" else None)
                if fact.kind == "count" and (pending := pending_cue(scan, cue_start, cue_end)):
                    belongs = _not_yet(belongs, pending, scan.folded[cue_start:cue_end])
                if fact.about is not None and (owner := owned_by_other(fact.about, scan, cue_start, cue_end)):
                    belongs = _owned(belongs, scan, fact.about, owner, cue_start, cue_end)
                if fact.kind == "time" and len(cands) > 1:
                    sides = scan.memo.get(("spans", s0, s1, fi))  # 'de las 11:07 a las 11:11': once a sentence
                    if sides is None:
                        sides = scan.memo[("spans", s0, s1, fi)] = span_sides(scan.folded, cands)
                    turn = turned_before(scan.folded, cands, s0, s1, cue_start, cue_end)  # '..., pero la fase total ...'
                    if sides or turn is not None:
                        belongs = _other_time(belongs, scan, sides, turn, cue_start, cue_end)
            # Walk out from the cue each way; distance only grows, so stop at the first beyond the window.
            first_after = bisect_left(starts, cue_start)
            speaker = fact.kind == "count" and bool(cands)  # the cue may give the figure: worked out once needed
            names = fact.kind == "entities"
            spans = fact.kind == "duration"
            says = according = measured = None
            later = None  # a span of time and 'later' right after the cue, once needed (False: none)
            for i in range(first_after - 1, -1, -1):  # values before the cue (or holding it)
                c = cands[i]
                if names and near:  # 'Agrawal said Segal was fired': the name nearest the cue, and those listed with it
                    break
                d = scan.distance(c.end, cue_start) if c.end <= cue_start else 0.0
                if c.reason and d and cue_start - c.end < 50 and c.reason.startswith(BEFORE_CHANGE) and \
                        _OWN_START.fullmatch(scan.folded, c.end, cue_start):
                    # 'rose from its 3.8% growth rate in the April-June quarter': where a change started from is the
                    # figure of the cue that names, right after it, the time or thing it was (in a sentence that names
                    # what the fact is about)
                    c = replace(c, reason=_NOT_ABOUT if fact.about is not None and about_reach(
                        fact.about, scan, s0, s1, fact.ignore) <= c.start else "")
                if sides and c.start in sides and d and sides[c.start][2] <= cue_start:
                    d = scan.distance(sides[c.start][2], cue_start)  # 'de las 11:07 a las 11:11 horas, pudo observarse
                    # la franja de totalidad': a span is one phrase, as near the cue as its end
                if d and fact.kind == "number" and fact.spec.unit is not None and not c.reason \
                        and cue_start - c.end < 40 and measure_span(scan.folded, c.start, c.end)[1] >= cue_end:
                    d = 0.0  # '18 km de profundidad', '19.3 km deep': the measure names its dimension, the cue
                if names and d > fact.window and (skip := appositive(scan.folded, c.end, cue_start)):
                    d = scan.distance(skip, cue_start)  # 'Sean Edgett, Twitter's general counsel, was also fired'
                if d > fact.window and speaker and according is None:
                    according = credited_to(scan.folded, s0, cue_start)
                if d > fact.window and according and c.end <= cue_start and not STRONG_BREAK.search(
                        scan.folded, c.end, cue_start) and len(WORD.findall(scan.folded, c.end, cue_start)) <= 3 * fact.window:
                    d = float(fact.window)  # what the cue is credited with: a nearer value still wins
                if d > fact.window and fact.kind == "date" and c.end <= cue_start and fronted_day(scan, s0, c, cue_start,
                                                                                                  cue_end, fact.window):
                    d = float(fact.window)  # 'On 4 September 2025, the Ministry of Health of the DRC declared'
                if d > fact.window:
                    # Distance grows going back, except past an aside it skips ('At least 265 people,
                    # including 241 of the 242 on board, were killed'): go on only if one opens before this value.
                    if c.end <= cue_start and not _ASIDE_MARK.search(scan.folded, max(s0, c.start - 400), c.start):
                        break
                    continue
                if d > 0.5 and fact.kind == "count" and not c.reason and subject_of_cue(scan.folded, c.end, cue_start):
                    d = 0.5  # '32 bodies have been identified, 40 autopsies': the cue's subject, before a figure past it
                if spans and d and _SPAN_OF.fullmatch(scan.folded, c.end, cue_start):
                    d -= 0.5  # '16 weeks of base pay and six months of health care': the span the cue is of
                elif spans and d and not c.reason and _CAUSED_BY.fullmatch(scan.folded, c.end, cue_start):
                    # 'delayed for seven weeks by the shutdown', 'retrasada un mes y medio debido al cierre': how long
                    # what the cue caused lasted, not how long the cue did
                    c = replace(c, reason=f"a span the cue caused ('{' '.join(scan.folded[c.start:cue_end].split())}'), "
                                          "not the cue's own")
                if d and fact.kind in _QUANTITIES and not c.reason:
                    gap = WORD.findall(scan.folded, c.end, cue_start)
                    join = next((i for i in range(len(gap) - 1, -1, -1) if gap[i] in AND), None)
                    if join is not None and join <= 3 and (_FUNCTION_WORDS.issuperset(gap[join + 1:])
                                                           or names_cue_after(gap[join + 1:])):
                        # 'Education (0.5%) and clothing (-0.7%)', 'with 59% of the votes and Gálvez': the figure is
                        # the conjunct's before the cue; not 'aged 24 and from Wellington, was' nor 'parked her car
                        # and was', where 'and' joins what is said of one subject.
                        c = replace(c, reason=f"the figure of what stands before '{gap[join]}', not the cue's")
                    elif not c.reason and adds_to(gap) and not has_verb(gap):
                        # '€100m plus add-ons', '103 millones de euros más bonificaciones': what the cue is added to
                        c = replace(c, reason="what the cue's value is added to ('" + " ".join(
                            scan.folded[c.start:cue_end].split()) + "'), not the cue's")
                    elif not c.reason and fact.kind == "money" and gap and gap[-1] in WITH and len(gap) <= 4:
                        # 'the £115 million mark with add-ons': a total the cue's amount is part of
                        c = replace(c, reason="a total with the cue's amount in it ('" + " ".join(
                            scan.folded[c.start:cue_end].split()) + "')")
                    elif not c.reason and fact.kind == "money" and gap and (part := paid_part(scan, c, s0, cue_start)):
                        c = replace(c, reason=part)
                    elif not c.reason and fact.kind in _EFFECT_KINDS and ((
                            cause := _CAUSE_OPENS.search(scan.folded, c.end, cue_start)) is not None or (
                            (cause := _ON_FEARS.match(scan.folded, c.end)) is not None and cause.end() >= cue_end)):
                        # 'se expandió un 4.3%, gracias al crecimiento del gasto del consumidor': the figure of what the
                        # cue's thing brought about, not its own
                        c = replace(c, reason=f"what the cue brought about ('{cause.group().strip()}'), not the cue's figure")
                if d and fact.kind == "date" and not c.reason and (m := AND_ONLY.fullmatch(scan.folded, c.end, cue_start)) \
                        and any(x.start >= cue_end and x.start - cue_end < 40 and not x.reason for x in cands) \
                        and any(past_verb(w) for w in WORD.findall(scan.folded, cue_start, cue_end)) \
                        and any(past_verb(w) for w in WORD.findall(scan.folded, max(s0, c.start - 60), c.start)):
                    # 'encalhou em 23 de março de 2021 e voltou a flutuar no dia 29': the day of the verb before 'e',
                    # when the cue's verb has its own (not 'raided Caracas on Saturday and captured Maduro')
                    c = replace(c, reason=f"the day of the predicate before '{m.group(1)}', whose verb the cue is not")
                if spans and not d and not c.reason and c.end == cue_end and not fact.values and \
                        scan.folded[c.start:cue_start].strip() in _ONE_ARTICLES:
                    # 'uma jornada prolongada' for the cue `jornada`: the word names what a span is of, and one of it is
                    # no span of it
                    c = replace(c, reason=f"the cue itself ('{scan.text[c.start:cue_end]}'), not a span of it")
                if d and fact.kind in _WHEN_KINDS and not c.reason and c.end <= cue_start:
                    if later is None:
                        later = _LATER_AFTER.match(scan.folded, cue_end) or False
                    if later:  # 'a las 03:05 GMT y se desacopló dos horas después': the cue's thing came later
                        c = replace(c, reason="what the cue tells came a span after it ('" + " ".join(
                            scan.folded[cue_start:later.end()].split()) + "')")
                if d and fact.kind == "time" and claims and not c.reason and (
                        why := clause_after(scan.folded, c, cue_start, cue_end, s0, fi, claims)):
                    c = replace(c, reason=why)
                self._consider(fact, scan, c, d, True, near, refused, belongs)
            change = None  # whether the cue names a change: then the size of one it governs is the figure
            aside = -1  # where an appositive right after the cue ends, once needed
            opens = None  # whether an aside opens right after the cue, once needed
            cause = _CAUSE_THEN.match(scan.folded, cue_end) if spans else \
                _PUT_DOWN_TO.match(scan.folded, cue_end) if fact.kind in _EFFECT_KINDS else None  # a cause right after the cue
            predicate = None  # a predicate of its own that 'and' opens right after the cue, once needed
            relative = None  # a relative clause set off right after the cue, once needed (False: none)
            onto = fact.kind == "count" and first_after > 0 and not cands[first_after - 1].reason and \
                not scan.folded[cands[first_after - 1].end:cue_start].strip()  # a figure written onto the cue: '25 sorteos'
            from_cue = None  # whether the cue names where a change started, once needed (see _names_start)
            paused = None  # a verb of halting right before the cue, once needed (False: none)
            own_period = None  # whether the cue names the fact's own period, once needed
            for i in range(first_after, len(cands)):
                c = cands[i]
                if c.reason.startswith(BEFORE_CHANGE) and c.start >= cue_end and \
                        len(WORD.findall(scan.folded, cue_end, c.start)) <= 3:
                    if from_cue is None:
                        from_cue = _names_start(scan.folded, cue_start, cue_end)
                    if from_cue:
                        c = replace(c, reason="")  # 'the rate will go to 800 pesos from 365': the figure of a fact of 'from'
                if onto and c.start >= cue_end and not c.reason and scan.folded[c.start:c.end] in _NO_ONE:
                    # 'en los últimos 25 sorteos consecutivos nadie se llevó el bote': the cue has its figure; no one
                    # of people after it is none of what it names
                    c = replace(c, reason=f"no one ('{scan.text[c.start:c.end]}'), while the figure before the cue counts it")
                if c.end <= cue_end and not c.reason and fact.kind in _FIGURE_IN_CUE_KINDS and (c.start, c.end) != (
                        cue_start, cue_end):
                    # 'matched all five numbers', 'the G20 summit': a figure written in a longer cue names the thing
                    c = replace(c, reason=f"written in the cue ('{scan.folded[cue_start:cue_end]}'), not its value")
                if not names and not c.reason and c.start >= cue_end:
                    if predicate is None:
                        predicate = scan.folded.startswith(_AND_OPENS, cue_end) and and_predicate(scan, cue_start, cue_end)
                    if fact.kind in FIGURE_KINDS and (clause := own_clause_after(scan, cue_end, c.start, c.end)) and \
                            not any(c.end < h[0] < c.end + 60 for h in hits):
                        # 'Ao menos dez tiveram ferimentos e duas tiveram que ser hospitalizadas': the subject of a
                        # clause of its own, with no cue of the fact in it
                        c = replace(c, reason=f"the subject of a clause of its own ('{clause}'), not the cue's")
                    elif fact.kind == "date" and (m := AND_VERB.search(scan.folded, cue_end, c.start)) \
                            and past_verb(m.group(1)) \
                            and any(past_verb(w) for w in WORD.findall(scan.folded, cue_start, cue_end)) \
                            and any(s0 <= x.start and x.end <= cue_start and cue_start - x.end < 80 and not x.reason
                                    for x in cands):
                        # 'em 20 de janeiro, embarcou no cruzeiro e desembarcou em 25 de janeiro': the day of the verb
                        # after 'e', when the cue's verb has its own before it
                        c = replace(c, reason=f"the day of the predicate after '{' '.join(m.group().split())}', whose verb "
                                              "the cue is not")
                    elif fact.kind == "count" and any(t[1] for t in near) and (
                            clause := gapped_after(scan.folded, cue_end, c.start, c.end)):
                        # '26 murieron en el sitio y 10 más en hospitales': the cue's figure stands before it; the one
                        # after is another clause's, whose verb is left out
                        c = replace(c, reason=f"the figure of another clause, its verb left out ('{clause}'), not the cue's")
                    elif fact.kind in _QUANTITIES and fi in self._compete and (why := conjunct_of_another(
                            scan, cue_end, c, s1, fi, self._kin(scan, fi))):
                        c = replace(c, reason=why)  # 'about 61% opposed foreign bases and 62% rejected an assembly'
                    elif spans and (paused if paused is not None else (paused := _PAUSED_BEFORE.search(
                            scan.folded, max(0, cue_start - 30), cue_start) or False)) \
                            and len(WORD.findall(scan.folded, cue_end, c.start)) <= 3 \
                            and not CLAUSE_BREAK.search(scan.folded, cue_end, c.start):
                        # 'after pausing the operation for about 10 hours': how long it stood still, not how long it ran
                        halted = " ".join(scan.folded[paused.start():c.end].split())
                        c = replace(c, reason=f"how long the cue was halted ('{halted}'), not how long it lasted")
                    if predicate and c.start >= predicate.end():
                        # 'exceeded nearly all survey forecasts and followed a 3.8% growth rate': the figure is the
                        # subject's, whose second predicate it is in, not the cue's, the first one's object
                        c = replace(c, reason=f"in a predicate of its own ('{predicate.group().strip()}'), not the cue's")
                if c.reason.startswith(STEP) and c.start >= cue_end:  # 'raise wages by 25%', 'aumentar os salários em 25%'
                    if change is None:
                        change = not CHANGE_WORDS.isdisjoint(WORD.findall(scan.folded, cue_start, cue_end))
                    if change and len(WORD.findall(scan.folded, cue_end, c.start)) <= 6 and \
                            not CLAUSE_BREAK.search(scan.folded, cue_end, c.start):
                        c = replace(c, reason="")
                d = scan.distance(cue_end, c.start) if c.start >= cue_end else 0.0
                if cause and d and not c.reason and cause.end() <= c.start:
                    # 'retrasada debido al cierre del gobierno durante 43 días': a span of the cause's phrase, not the cue's
                    why = " ".join(scan.folded[cause.start():c.end].split())
                    c = replace(c, reason=f"{'a span' if spans else 'a figure'} of what caused the cue ('{why}')")
                if near and c.start >= cue_end:
                    if opens is None:
                        opens = _ASIDE_OPENS.match(scan.folded, cue_end) is not None
                    if opens:  # 'the four individuals arrested—three men and a woman—': an aside the cue opens breaks
                        d += 1.5  # its whole down, and a figure before the cue that it stands as near to is that whole
                if d > fact.window:
                    if aside < 0:
                        aside = appositive_after(scan, cue_end, s1)
                        if not aside:
                            relative = _RELATIVE_ASIDE_ON.match(scan.folded, cue_end, s1) or False
                            aside = relative.end() if relative else 0
                    if aside and c.start >= aside:  # 'As ações da CrowdStrike, a empresa de segurança, caíram 12,83%', 'El
                        # gasto del consumidor, que representa el 70% de la actividad, subió a un ritmo del 3.5%':
                        d = scan.distance(aside, c.start) + 4  # the aside's words aside, its commas as ever
                if d > fact.window:
                    # 'The number of people killed in Friday's bombing of a market has risen to 26', 'O número de mortos
                    # do acidente, que ocorreu na terça-feira, subiu para 36': a figure the cue's subject 'rose to' is
                    # reached across twice the window, and past a relative clause.
                    if d > 4 * fact.window:
                        break
                    if own_period is None:
                        own_period = fact.period is not None and names_period(fact.period, scan.folded, cue_start, cue_end)
                    if own_period and governs(scan.folded, cue_start, cue_end, c, s0):
                        # 'In August, a riot inside the same state prison left 11 people dead': a cue that names the
                        # fact's own period reaches what its phrase dates, as a sentence's time reaches its figures
                        self._consider(fact, scan, c, float(fact.window), False, near, refused, belongs)
                        continue
                    if fact.kind == "date" and (verb_reaches(scan, cue_start, cue_end, c.start, fact.window)
                                                or happened_reaches(scan, cue_end, c.start, fact.window)):
                        # 'was officially declared by the Ministry of Health of the Democratic Republic of the Congo on 4
                        # September 2025': the day of the cue's verb, its clause's words between having no verb
                        self._consider(fact, scan, c, float(fact.window), False, near, refused, belongs)
                        continue
                    if speaker and says is None:
                        says = says_later(scan.folded, s0, s1, cue_start, cue_end)
                    gap = bare_gap(scan.folded, cue_end, c.start, relatives=True) if says else None
                    said = SPEAKS.match(gap) if says else None
                    if said and not CLAUSE_BREAK.search(gap, said.end()) and len(WORD.findall(gap)) <= 3 * fact.window:
                        self._consider(fact, scan, c, float(fact.window), False, near, refused, belongs)
                        continue
                    if names and including_reach(scan, cue_end, c.start, fact.window):
                        self._consider(fact, scan, c, float(fact.window), False, near, refused, belongs)
                        continue
                    if fact.kind == "count" and d <= 3 * fact.window and _level_resumes(scan, fi, cue_end, c, hits, claims):
                        self._consider(fact, scan, c, float(fact.window), False, near, refused, belongs)
                        continue
                    risen = RISEN_TO.search(scan.folded, max(cue_end, c.start - 30), c.start) is not None
                    if not risen and measured is None:
                        measured = _MEASURE_OF.search(scan.folded, max(s0, cue_start - 50), cue_start) is not None
                    if not risen and measured:
                        risen = _COPULA_OF.search(scan.folded, max(cue_end, c.start - 16), c.start) is not None
                    if not risen and not _REACH_HINT.search(scan.folded, max(cue_end, c.start - 90), c.start):
                        continue  # most far figures are reached by no verb: a plain search first
                    gap = without_appositives(gap if gap is not None else bare_gap(scan.folded, cue_end, c.start, relatives=True))
                    head = gap  # what must hold no clause break: up to where the figure is reached
                    if not risen and not _RISEN_BY_TO.search(gap, max(0, len(gap) - 60)):
                        reaching = _REACHING.search(gap, max(0, len(gap) - 30))
                        if reaching is None:
                            continue
                        head = gap[:reaching.start()]  # 'avançou 0,2%, chegando a US$ 36,67'
                    if BREAK_IN_WORDS.search(head) or len(WORD.findall(gap)) > 2 * fact.window:
                        continue
                    d = float(fact.window)  # as far as the window allows: a nearer value still wins
                self._consider(fact, scan, c, d, False, near, refused, belongs)
            if fact.kind == "count" and refused and any(t[2].end <= cue_start for t in near):
                # a cue after figures reaches none past one another fact's cue holds: 'somou 26 pontos e chegou a 393,
                # ampliando a diferença' (the 393 is the total's, and the 26 no lead)
                held = max((a for (a, b), r in refused.items() if b <= cue_start and r.reason.startswith(CLAIMED)),
                           default=-1)
                for _, _, c in near:
                    if c.end <= held:
                        refused.setdefault((c.start, c.end), Rejection(
                            fact.id, scan.text[c.start:c.end], c.start,
                            "past a figure between it and the cue that another fact's cue holds"))
                near = [t for t in near if t[2].end > held]
            if not near:
                continue
            if len(near) > 1 and not names:
                if relative is None:
                    relative = _RELATIVE_ASIDE_ON.match(scan.folded, cue_end, s1) or False
                if relative and any(c.start >= relative.end() for _, _, c in near):
                    # 'Consumer spending, which accounts for about 70% of U.S. economic activity, rose to a 3.5% pace':
                    # a relative clause set off right after the cue tells of its thing aside; the value is the main verb's
                    near = [t for t in near if not cue_end <= t[2].start < relative.end()]
            if fact.kind == "count" and len(near) > 1:
                near = _level_of_subject(scan, fact, cue_start, cue_end, near, refused)
            near.sort(key=lambda t: (t[0], t[1]))
            if fact.kind == "percentage" and len(near) > 1 and not near[0][1] and (guarded := next(
                    (t for t in near if t[1] and guards_against(scan.folded, t[2].end, cue_start)),
                    None)):  # 'de 79,6% contra casos sintomáticos e de 89%': the cue is what the share before guards against
                near.remove(guarded)
                near.insert(0, guarded)
            if kind.nearest:
                take = [near[0][2]]
                if fact.kind == "count" and len(near) > 1:  # 'Two people died Monday, bringing the total to 20'
                    total = next((c for _, before, c in near if not before and TOTAL_LEVEL.search(
                        scan.folded, max(s0, c.start - 60), c.start) and c.start > cue_end), None)
                    if total is not None and OF_THEM_AFTER.match(scan.folded, near[0][2].end):
                        total = None  # 'cinco de ellos decapitados, pero la cifra trepó a 100': the whole's total
                    take = [total or near[0][2]]
            else:
                # a name the sentence's shape refused is no item of a list with one taken (those kept passed already)
                bound = [c for _, _, c in near]
                take = chain(bound, [c for c in cands if not c.reason and (
                    not (names or fact.kind == "place") or belongs is None or c in bound or not belongs(c))],
                    scan, names=names)
            cue_text = scan.text[cue_start:cue_end]
            for c in take:
                chosen.setdefault((c.start, c.end), (c, cue_text, (s0, s1)))
            if reached is not None:
                for d, _, c in near:
                    if c in take:
                        reached[(c.start, c.end)].append((d, fi, cue_text, cue_start, cue_end))
        for pattern in fact.patterns:
            try:
                matches = list(pattern.finditer(scan.text, timeout=PATTERN_SECONDS))
            except TimeoutError:
                refused[(-1, -1)] = Rejection(fact.id, pattern.pattern[:60], 0,
                                              f"pattern gave up after {PATTERN_SECONDS:g} s on this article")
                continue
            for m in matches:
                raw = m.group("value")
                if not raw:
                    continue
                try:
                    value = kind.parse(raw, fact.spec)
                except ValueError as exc:
                    refused.setdefault(m.span("value"), Rejection(fact.id, raw, m.start("value"), str(exc)))
                    continue
                s0, s1 = scan.sentence_at(m.start("value"))
                if fact.about is not None and about_reach(fact.about, scan, s0, s1, fact.ignore) <= m.start("value"):
                    refused.setdefault(m.span("value"), Rejection(fact.id, raw, m.start("value"), _NOT_ABOUT))
                    continue
                c = Candidate(m.start("value"), m.end("value"), value, kind.show(value, fact.spec))
                chosen.setdefault((c.start, c.end), (c, "pattern", (s0, s1)))
                if reached is not None:
                    reached[(c.start, c.end)].append((-1.0, fi, "pattern", -1, -1))  # the rule's own expression: nearest
        if fact.kind == "count" and chosen:
            others = [(a, b) for a, b, fj in claims or () if fj != fi]  # the cues of the other head counts
            for key, (c, cue, (s0, _)) in list(chosen.items()):
                # 'four more boys were rescued': what was added to a count is never the count, whole given or not
                if cue != "pattern" and (why := increment(scan, c, hits, others, s0) or besides_others(scan, c, hits, s0)):
                    del chosen[key]
                    refused[key] = Rejection(fact.id, scan.text[c.start:c.end], c.start, why)
        if fact.kind == "count" and len(chosen) > 1:
            # '15 were killed instantly and two died later; the toll is 17': the parts give way to the whole.
            parts = {key: why for key, (c, cue, (s0, s1)) in chosen.items()
                     if cue != "pattern" and (why := part_when(scan, c, hits, others, s0)
                                              or among_some(scan, c, hits, s0, s1, others)
                                              or bracketed_part(scan.folded, c, s0))}
            parts.update(rest_of_group(scan.folded, {key: c for key, (c, cue, _) in chosen.items()
                                                     if cue != "pattern" and key not in parts}))
            parts.update(parts_by_place(scan, {key: (c, s0) for key, (c, cue, (s0, _)) in chosen.items()
                                               if cue != "pattern" and key not in parts}))
            parts.update(parts_by_role(scan, {key: c for key, (c, cue, _) in chosen.items()
                                              if cue != "pattern" and key not in parts}, fact.spec))
            parts.update(parts_by_group(scan.folded, {key: c for key, (c, cue, _) in chosen.items()
                                                      if cue != "pattern" and key not in parts}, others, hits))
            parts.update({key: why for key, (c, cue, (s0, _)) in chosen.items()
                          if cue != "pattern" and key not in parts
                          and (why := given_before(scan.folded, c, s0, fact.spec.ranked is not None))})
            parts.update(one_of_them(scan.folded, {key: (c, s0) for key, (c, cue, (s0, _)) in chosen.items()
                                                   if cue != "pattern" and key not in parts}))
            parts.update(revised_later(scan, {key: c for key, (c, cue, _) in chosen.items()
                                              if cue != "pattern" and key not in parts}, hits))
            give_way(fact, scan, chosen, refused, parts)
        if fact.kind == "duration" and len(chosen) > 1:  # '40 hours of oxygen left' of the 96 it set off with
            give_way(fact, scan, chosen, refused, rest_of_group(scan.folded, {key: c for key, (c, cue, _) in chosen.items()
                                                                             if cue != "pattern"}, spans=True))
        if fact.kind in _PAID_KINDS and len(chosen) > 1:
            # 'a 25% general wage increase ... an immediate 11% wage increase': the first part gives way to the whole.
            give_way(fact, scan, chosen, refused,
                     {key: why for key, (c, cue, (s0, s1)) in chosen.items() if (why := instalment(scan, c, s0, s1) or (
                         fact.kind == "percentage" and cue != "pattern" and (among_some(scan, c, hits, s0, s1)
                                                                               or further_change(scan.folded, c))))})
        findings = []
        for (start, end), (c, cue, (s0, s1)) in sorted(chosen.items()):
            said = scan.memo.get(("said", s0))
            if said is None:
                said = scan.memo[("said", s0)] = find_attribution(scan.text[s0:s1], scan.folded[s0:s1])
            note = c.note
            denial = scan.memo.get(("denial", s0))
            if denial is None:
                denial = scan.memo[("denial", s0)] = _DENIAL.search(scan.folded, s0, s1) is not None
            if denial:
                note = "; ".join(filter(None, [note, "the sentence reports a denial"]))
            evidence = Evidence(scan.text[s0:s1], start, end, scan.text[start:end], s0, cue, note, said)
            findings.append(Finding(fact.id, article.id, c.value, c.display, evidence))
        return findings, [r for key, r in refused.items() if key not in chosen]


_QUANTITIES = frozenset({"percentage", "number", "money"})
_OWNED_KINDS = HELD_KINDS | {"count"}  # values a subject holds, and head counts, whose facts about others are rivals
# A word joined to a title by a hyphen that makes another title: 'Director-General', 'Secretary-General',
# 'President-elect', 'diretor-geral'.
_TITLE_AFTER = rx.compile(r"-(?:general|geral|elect|electo|eleito|designate|designado)\b")
# Words that may stand between a conjunction (see WITH) and the cue it joins: 'y en Prendas de vestir', 'and the clothing',
# 'and current Kenvue shareholders', 'e os atuais acionistas'.
_FUNCTION_WORDS = OF_WORDS | OBJECT_OPENERS | frozenset("""in on for en em no na ao con com with current existing former
    actuales actual atuais atual""".split())

# Between a figure and a cue that names what it was: 'growth rate in the', 'en el', 'no'.
_OWN_START = rx.compile(r"(?:\s*%)?(?:\s+[a-z]+){0,3}?\s+(?:in|during|of|en|em|no|na|del|de|do|da|durante)"
                        r"(?:\s+(?:the|el|la|o|a|los|las))?\s+")

# A silence kept in mourning: 'a minute of silence', 'un minuto de silencio', 'one minute's silence', 'a two-minute silence'.
_SILENCE_AFTER = rx.compile(r"(?:'s|s')?\s+(?:(?:of|de)\s+)?(?:silence|silencio)\b")

_EARLIER_KINDS = BACKGROUND_KINDS | {"date"}
_OTHER_EVENT_KINDS = _EARLIER_KINDS | {"time"}  # kinds whose values another event than the story's has of its own

# A sentence that opens on another event than the story's: 'In a separate attack', 'In another incident', 'Separately,',
# 'En otro ataque', 'En un incidente distinto', 'Em outro ataque', 'Numa ocorrência separada'. What it tells (up to a
# running total: 'bringing the toll to 15') is background.
_SEPARATE_OPENS = rx.compile(
    r"\W*(?:(?:meanwhile|mientras\s+tanto|enquanto\s+isso),?\s+)?(?:separately,|in\s+(?:a\s+separate|another|an\s+unrelated)"
    r"\s+[a-z]+|en\s+(?:otr[oa]\s+[a-z]+|una?\s+[a-z]+\s+(?:distint[oa]|separad[oa]|aparte))"
    r"|(?:em|n)\s*(?:(?:um|uma)\s+)?outr[oa]\s+[a-z]+|(?:em\s+|n)(?:um|uma)\s+[a-z]+\s+(?:distint[oa]|separad[oa]))\b")
# A conjunction that opens a clause of its own (see SUBORDINATORS).
_SUBORDINATOR = rx.compile(r"\b(?:" + alternation(SUBORDINATORS) + r")\s")
_WHEN_AFTER = rx.compile(r",?\s+(?:when|cuando|quando)\s")
# A span of time and 'later' in the cue's own clause: 'cerró la escotilla a las 03:05 GMT y se desacopló dos horas
# después', 'arrived on Monday and left two days later'. What the cue tells came that long after the time before it.
_LATER_AFTER = rx.compile(r"(?:\s+(?!(?:and|y|e|but|pero|mas|then|luego)\b)[^\s,;:.()]+){0,4}?\s+(?:\d+|[a-z]+)\s+(?:"
                          + alternation(TIME_UNITS) + r")\s+(?:later|afterwards?|despues|mas\s+tarde|depois|mais\s+tarde)\b")
_A_TIME = rx.compile(r"\b(?:" + YEAR_TEXT + "|" + alternation(MONTHS) + r")\b")  # a year or a month in a cue
_SUBORDINATE_BEFORE = rx.compile(r"\b(?:" + alternation(SUBORDINATORS) + r")\s+\Z")
# A clause going on past a figure, which may then be its subject ('after 12 people died'); 'until 2060', 'after 2033
# at the earliest' end a phrase.
_GOES_ON = rx.compile(r"(?:-|\s+(?!(?:" + alternation(PREPOSITIONS) + r")\b))[^\W\d_]")  # 'after 36-year-old Rait was'
_SHARED = frozenset({"count", "money"})  # figures that a part can be taken from (not shares: '30% of the vote')
# A participle right after a cue that narrows what it counts: 'mortos identificados', '110 bodies identified so far'
# (not 'the victims identified as ...', which names them).
_SUBSET_AFTER = rx.compile(r"\s+(?:(?:ja|already|now)\s+)?(?:" + alternation(IDENTIFIED + ("identificado", "identificada"))
                           + r")\b(?!\s+(?:as|como|by|por|pela|pelo)\b)")


_FIGURE_TOKEN = rx.compile(r"[\w.,-]*\w")


def _part_told(folded: str, whole: int, cue_start: int, cue_end: int, claims: list[tuple[int, int, int]], fi: int,
               s1: int) -> int:
    """Where the cue of another fact ends that is the predicate of a part of the whole whose figure starts at whole
    ('12 of 18 ministers served under' for `served under`), this fact's own cue being none; 0 when there is none."""
    end = figure.end() if (figure := _FIGURE_TOKEN.match(folded, whole)) else whole
    if cue_start >= end and part_is_subject(folded, end, cue_start, cue_end, s1):
        return 0
    return next((b for a, b, fj in claims if fj != fi and a >= end and part_is_subject(folded, end, a, b, s1)), 0)


def _another_day(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day is that of another verb than the cue's: of saying (said_on), or of one whose object holds the cue
    (object_day), or of deciding on the cue's noun (decided_day), or whose object is the clause the cue is in
    (that_clause_day), or of the clause a contrast ends before the cue's ('se convirtió en rey el 8 de septiembre pasado,
    pero la coronación se celebra meses después'), or of what went on until the cue's event (_day_before_until); ''
    when it is the cue's."""
    return said_on(scan.folded, c, cue_start, cue_end) or object_day(scan, c, cue_start, cue_end) \
        or decided_day(scan, c, cue_start, cue_end) \
        or that_clause_day(scan, c, cue_start) or state_goes_on(scan, c, cue_start) or _day_before_contrast(scan, c, cue_start) \
        or _day_of_opening_clause(scan, c, cue_start) or _day_of_trailing_clause(scan, c, cue_end) \
        or _day_before_until(scan, c, cue_start) or _day_of_noun(scan, c, cue_start, cue_end)


# A day that dates a noun: its possessive before the noun ('following Friday's announcement'), or after 'dated' past it
# ('A USCIS Memorandum, dated September 20, 2025, confirms').
_POSSESSIVE_NOUN = rx.compile(r"['’]s\s+(?P<noun>[a-z]{3,})")
_NOUN_RUN = rx.compile(r"(?:[a-z][\w-]*\s+){0,3}")
_DATED_BEFORE = rx.compile(r"\b(?:dated|datad[oa]|fechad[oa]|con\s+fecha(?:\s+del?)?|com\s+data\s+de)\s+(?:the\s+|el\s+|o\s+)?\Z")


def _day_of_noun(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day dates a noun that is not the cue (see _POSSESSIVE_NOUN), or a paper that bears it ('dated'), unless
    the cue is that noun; '' when it is not so."""
    folded = scan.folded
    if folded.startswith(("'s", "’s"), c.end) and (m := _POSSESSIVE_NOUN.match(folded, c.end)):
        noun = m.start("noun")
        # the cue heads the noun phrase, past words that describe it: "Friday's World Cup draw" for 'draw'
        heads = noun <= cue_start < noun + 24 and _NOUN_RUN.fullmatch(folded, noun, cue_start)
        if not heads and folded[noun:noun + 5] != folded[cue_start:cue_start + 5]:
            return f"the day of another thing ('{' '.join(scan.text[c.start:m.end()].split())}')"
    near = folded[max(0, c.start - 16):c.start]
    if "dat" in near or "fecha" in near:
        m = _DATED_BEFORE.search(folded, max(0, c.start - 24), c.start)
        if m and not (m.start() - 40 <= cue_start < m.start()):
            return f"the date a paper bears ('{' '.join(scan.text[m.start():c.end].split())}')"
    return ""


# A sentence that opens on what came first, a verb with no subject after 'after' and its clause up to a comma: 'After
# passing just 3.8 million miles from the solar surface on Dec. 24, we have received', 'Depois de passar a apenas 3,8
# milhões de milhas da superfície solar a 24 de dezembro (…), recebemos o sinal', 'Tras pasar ..., recibió'.
_OPENING_WORDS = ("after", "following", "upon", "despues de", "tras", "depois de", "apos", "ao")
_OPENING_STEMS = tuple(f"{w} " for w in _OPENING_WORDS)  # the quick test, at the sentence's start
_OPENING_AFTER = rx.compile(r"[\W_]*(?:" + alternation(_OPENING_WORDS) + r")\s+(?:[a-z]+ing|[a-z]+[aei]r)\b"
                            r"(?:[^,;:]|(?<=\d),(?=\d))*?(?:\s*\([^()]*\))?,(?!\d)")


def _day_of_opening_clause(scan: Scan, c: Candidate, cue_start: int) -> str:
    """Why a day in a clause of what came first that opens the sentence (see _OPENING_AFTER) is not that of the cue,
    past the clause, in the main one; '' when it is not so."""
    s0 = scan.sentence_at(c.start)[0]
    if c.end > cue_start or not scan.folded.startswith(_OPENING_STEMS, s0 + (not scan.folded[s0].isalpha())):
        return ""
    m = _OPENING_AFTER.match(scan.folded, s0, cue_start)
    if m is None or c.end > m.end():
        return ""
    return f"in the clause of what came before, that opens the sentence ('{' '.join(scan.text[s0:m.end() - 1].split()[:4])} ...')"


# A clause of what came before or after the cue's event, a verb with no subject after 'after' or 'before', past the cue
# and up to the day: 'renunció después de revelar el domingo una alineación', 'resigned after unveiling his cabinet on
# Sunday', 'renunciou depois de anunciar no domingo' (not 'after morning talks').
_TRAILING_AFTER = rx.compile(r"\b(?:(?:after|before|following)\s+(?!(?:morning|evening|during|nothing|something|everything)\b)"
                             r"[a-z]+ing|(?:despues\s+de|antes\s+de|tras|depois\s+de|apos)\s+[a-z]+[aei]r)\b[^,;:.!?()]*\Z")
_TRAILING_STEMS = rx.compile(r"after|before|following|despues|antes|tras|depois|apos")  # a quick test first


def _day_of_trailing_clause(scan: Scan, c: Candidate, cue_end: int, what: str = "day") -> str:
    """Why a day (or a time) past the cue, in a clause of what came before or after its event (see _TRAILING_AFTER), is
    that clause's verb's; '' when it is not so."""
    if c.start < cue_end or c.start - cue_end > 80 or not _TRAILING_STEMS.search(scan.folded, cue_end, c.start):
        return ""
    m = _TRAILING_AFTER.search(scan.folded, cue_end, c.start)
    if m is None:
        return ""
    return f"the {what} of what came before or after ('{' '.join(scan.text[m.start():c.end].split())}')"


# The clause a span runs in until the cue's event: 'bombed Beirut throughout Tuesday, killing 42 people, until the truce
# began', 'bombardeou até que a trégua começou'.
_UNTIL_CLAUSE = rx.compile(r"\b(?:until|till|hasta\s+que|ate\s+que)\s+(?:[\w'’-]+\s+){0,3}\Z")


def _day_before_until(scan: Scan, c: Candidate, cue_start: int) -> str:
    """Why a day before 'until' and the clause the cue is in (see _UNTIL_CLAUSE) is of what went on until then, not the
    cue's; '' when it is not so."""
    if c.end > cue_start or not any(w in scan.folded[max(0, cue_start - 40):cue_start] for w in ("until", "till", " que ")):
        return ""
    m = _UNTIL_CLAUSE.search(scan.folded, max(c.end, cue_start - 40), cue_start)
    if m is None:
        return ""
    return f"in the clause that goes on until the cue's ('{' '.join(scan.folded[m.start():cue_start].split())} ...')"


# What a deal or its text sets out, or a proposal taken up: 'The deal calls for a 60-day cessation', 'the text calls for
# mobilizing $1.3 trillion', 'aceitou a proposta de acordo de cessar-fogo de 60 dias': its terms, which a fact of what is
# to come reads.
_TERMS_BEFORE = rx.compile(r"\b(?:deal|agreement|accord|pact|plan|truce|ceasefire|cease-fire|acuerdo|pacto|acordo|"
                           r"plano|tregua|accepted|approved|acepto|aceptaron|aprobo|aprobaron|aceitou|aceitaram|aprovou|"
                           r"aprovaram|text|outcome|package|decision|document|draft|treaty|resolution|texto|documento|"
                           r"decisao|paquete|pacote|resolucion|resolucao|borrador|rascunho|tratado|proposal|propuesta|"
                           r"proposta|counter-proposal|counterproposal|counter-offer|contrapropuesta|contraproposta|"
                           r"framework|blueprint|version|versao|roadmap)"
                           r"(?:\s+(?:also|further|tambien|tambem|ademas|alem|only|solo|so))?\s+(?:(?:the|la|el|a|o)\s+)?\Z")


_CONTRAST_STEMS = CONTRAST_WORDS + ("but ", "pero ", "mas ", "however ", "sin embargo ", "porem ", "contudo ", "no entanto ")
_CONTRAST_CLAUSE = rx.compile(r",\s*(?P<word>" + CONTRAST_ALT + r"|but|pero|however|sin\s+embargo|porem|contudo|no\s+entanto"
                              r"|mas(?!\s+(?:tarde|de|que|alla)\b))\s+(?:[\w'’.-]+\s+){0,4}\Z")


def _day_before_contrast(scan: Scan, c: Candidate, cue_start: int) -> str:
    """Why a day in a clause that a comma and a contrast end before the cue's is that clause's, not the cue's; not one
    that opens the sentence, which dates all of it ('On Saturday, he was crowned, but the coronation ...'), nor one
    the same subject carries past the contrast ('was pulled over on February 1, but was arrested')."""
    if c.end > cue_start or not any(w in scan.folded[max(0, cue_start - 40):cue_start] for w in _CONTRAST_STEMS):
        return ""
    m = _CONTRAST_CLAUSE.search(scan.folded, max(0, cue_start - 40), cue_start)
    s0 = scan.sentence_at(c.start)[0]
    if m is None or c.end > m.start() or not WORD.search(scan.folded, s0, c.start) or not opens_subject(scan, m.end("word")):
        return ""
    return f"in the clause before the cue's ('{m.group('word')}')"


_PART_OF = rx.compile(r"\s+(?:" + alternation(DEFINITE_PARTITIVES) + r")\s+(?P<noun>(?:(?!(?:" + alternation(
    AUXILIARIES | RELATIVE | {"who", "que"}) + r")\b)[^\W\d_]+\s+){0,2})\Z")
_NUMBER_OF = frozenset({"number", "numbers", "total", "count", "numero", "cifra"})  # 'the number of children killed'
_ALL = rx.compile(r"\b(?:all|todos|todas)\s+(?:of\s+)?\Z")  # 'all 32 of the dead': the whole of them
_SPEAKERS = rx.compile(r"(?:\s+(?!(?:were|was|are|is|now|have|has|had)\b)[^\W\d_]+)?\s+(?:(?:have|had|has)\s+)?(?:"
                       + alternation(TELLING) + r")\b(?!\s+to\b)")  # 'two hurt passengers told', not 'said to be'
# A subject with no figure that a conjunction or a comma sets before the cue: 'but many died', 'y muchos murieron'.
_OWN_SUBJECT_WORDS = QUANTIFIERS | OTHERS  # a quick test before _OWN_SUBJECT
_OWN_SUBJECT = rx.compile(r"(?:,|\b(?:but|and|yet|while|pero|y|aunque|mientras|mas|e|porem|enquanto))\s+"
                          r"(?:" + alternation(_OWN_SUBJECT_WORDS - {"mayoria", "maioria"}) + r"|la\s+mayoria|a\s+maioria)"
                          r"(?:\s+(?:of\s+them|de\s+ellos|de\s+ellas|deles|delas))?"
                          r"(?:\s+(?:have|had|were|han|habian|foram|tinham|ha|haviam)(?:\s+been)?)?\s+\Z")
# The nouns a figure counts, listed before 'and other' the cue: 'unos 2.000 bailarines, músicos y otros artistas' (not
# one alone: 'tres soldados y otros murieron').
_NOUN_LIST = rx.compile(r"\s+[a-z]+(?:,\s+[a-z]+){1,4}\s*")
_POSSESSIVE = rx.compile(r"'s?\s+(?=[^\W\d_])")  # right after a cue: it names who owns the next noun

# Words of a cue that make a duration fact one of a sentence handed down.
_SENTENCE_CUE = rx.compile(r"\b(?:sentenc|condena|condeno|jailed|pena\b|prison\s+term|jail\s+term)")


@cache
def _of_sentence(cues: tuple[str, ...]) -> bool:
    """Whether a fact with these cues is of a sentence a court handed down ('sentenced', 'condenado', 'pena')."""
    return _SENTENCE_CUE.search(" ".join(fold(c) for c in cues)) is not None


# A relative clause on a name after the cue: 'succeeds Pope Francis, who died at age 88', 'sucede al Papa Francisco,
# quien falleció a los 88 años', 'sucedendo o papa Francisco, que morreu aos 88 anos'; what it holds is said of that
# name, not of what the cue names: an age, a day or a time.
_OTHER_RELATIVE_KINDS = frozenset({"number", "date", "time"})
_ASIDE_MARK = rx.compile(r"[—–()]|" + INCLUDING_AT)  # see clause_distance
_STAMPED = frozenset({"date", "time"})  # kinds a page's time stamp could give a value to

_PAID_KINDS = frozenset({"percentage", "money"})


def _dated_to_another(scan: Scan, c: Candidate, s0: int, s1: int, fact: Fact, claims, periods, rules: RuleSet) -> str:
    """Why a figure dated by another head count's cue that names that fact's own period (periods: fact index -> its
    period) is not this fact's: 'En febrero murieron 79 reclusos' when another fact is February's toll (unless this
    fact's period is named there too)."""
    for a, b, fj in claims[bisect_left(claims, (s0,)):]:
        if a >= s1:
            break
        period = periods.get(fj)
        if period is not None and names_period(period, scan.folded, a, b) and governs(scan.folded, a, b, c, s0) and not (
                fact.period is not None and names_period(fact.period, scan.folded, a, b)):
            return f"dated to another fact's own period ({rules.facts[fj].id}: '{scan.text[a:b]}')"
    return ""


_PART_OPENER = rx.compile(r"\b(?:" + alternation(PART_OPENERS) + r")\b")

# A cue that names what a toll is of: 'the death toll from the collapse', 'el número de muertos por la riada'.
_TOLL_OF = rx.compile(r"\b(?:" + alternation(TOLL_NOUNS) + r"|number\s+of\s+\w+|numero\s+de\s+\w+)\s+(?:from|for|of|in|"
                      r"de|del|da|do|en|no|na|por|pelo|pela|tras)\s+(?:(?:the|el|la|o|a|los|las|os|as)\s+)?"
                      r"(?:[\w']+\s+){0,4}\Z")

# A cue in a clause that says where something happened: 'la ciudad donde se produjo el accidente', 'in the town where the
# trains collided'.
_WHERE_BEFORE = rx.compile(r"\b(?:where|onde|donde|en\s+(?:el|la)\s+que|em\s+que|in\s+which)\s+(?:[\w'.-]+\s+){0,4}\Z")


def _before_where(scan: Scan, at: int, cue_end: int) -> str:
    """Why a figure before the clause of place the cue is in, which tells of the place, is not the cue's."""
    return f"before the clause of place the cue is in ('{' '.join(scan.text[at:cue_end].split())}')"


# A verb in the past right after a noun, whose subject it is: 'the smoke wafted', 'the smoke rose', 'el humo salió', 'a
# fumaça surgiu'.
_OWN_VERB = rx.compile(r"\s+(?:[a-z]{3,}ed|" + alternation(PAST_FORMS) + r"|[a-z]{3,}(?:io|iu|eu|ou))\b")

_STANDARD_WORDS = ("respecto", "compar", "relacao", "up from", "down from", "than in", "than at", "than on", "than during")

# A span or an amount that is how much longer, shorter or bigger than another: '278 days longer than planned', '278 more
# than planned', 'tres días más de lo previsto', '278 dias a mais do que o previsto', '$400m bigger than the previous
# record', '400 millones de dólares más grande que', 'US$ 400 milhões maior do que'. (A margin between two times, 'by 34
# seconds', is its sibling, found by the duration kind and kept by own_margin on the same terms: a cue in its words.)
_LONGER_AFTER = rx.compile(r"\s*(?:(?:longer|more|shorter|less|fewer|bigger|larger|higher|greater|smaller|lower)\s+than|"
                           r"(?:mas|menos)\s+(?:(?:grande|alt[oa]|elevad[oa])s?\s+)?(?:de\s+lo|que)|(?:mayor|menor|maior)(?:es)?\s+"
                           r"(?:do\s+)?que|(?:a\s+)?(?:mais|menos)\s+(?:(?:grande|alt[oa]|elevad[oa])s?\s+)?do\s+que|a\s+mais|"
                           r"de\s+mas)\b")

_DIFFERENCES = {"duration": ("longer", "span"), "money": ("more", "amount")}  # the kinds with their words
_NO_ONE = frozenset({"no one", "no-one", "nobody", "nadie", "ninguem"})  # none of people, no count of things
_NONE_OF_THEM = _NO_ONE | {"none"}  # a pronoun: a cue right after it describes it ('no one aboard')
_NONE = rx.compile(r"\b(?:" + alternation(word for word, span in VAGUE.items() if span == (0, 0)) + r")\b")  # counts of none
_ONE_ARTICLES = ARTICLE_NUMBERS | {"a", "an"}  # one of a unit that is a cue: no span of it
# Kinds of figures a figure written in a longer cue is none of; not names: the cue 'president Lula' holds its value.
_FIGURE_IN_CUE_KINDS = frozenset({"count", "number", "percentage", "money", "duration", "ordinal"})


_EXCHANGE = frozenset({"in exchange for", "a cambio de", "em troca de"})  # of UNREAL: an offer, but of an amount a price
_ENDS_WITH_UNIT = frozenset({"duration", "money", "percentage"})  # kinds whose value holds its unit: '40 years', '$8 billion'

_SPAN_OF = rx.compile(r"\s+(?:" + alternation(OF_WORDS) + r")\s+")  # between a span and the cue it is a span of

# A relative clause set off by commas right after a cue, points of abbreviations in it ('70% of U.S. economic activity').
_RELATIVE_ASIDE_ON = rx.compile(RELATIVE_AFTER_COMMA + r"\s[^,;:!?()\[\]\"“”]{1,200}?,")
