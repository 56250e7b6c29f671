"""Facts that compete for one value: which fact's cue a figure belongs to, when several reach it, and the figures
another noun, relative clause or age claims before a fact can."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from itertools import combinations

from .. import rx
from ..datelines import dateline_end
from ..lexicon import (
    ARTICLE_NUMBERS,
    CONCEDING,
    CONCEDING_WORDS,
    CONJUNCTIONS,
    COUNT_FILLERS,
    DEMAND_WORDS,
    FORECAST_WORDS,
    IN_ADDITION,
    IN_ADDITION_WORDS,
    INCLUDING,
    OBJECT_OPENERS,
    OF_WORDS,
    OTHERS,
    PARTICIPLE_ENDINGS,
    PASSIVE,
    PERSON_NOUNS,
    PERSON_WORDS,
    PLAN_WORDS,
    POSSESSIVES,
    PREPOSITIONS,
    QUANTIFIERS,
    RELATIVES,
    SAY_VERBS,
    STILL_WORDS,
    VAGUE,
    VICTIM_NOUNS,
    WHILE,
    WITH_WORDS,
)
from ..models import Fact, Finding, Rejection, RuleSet
from ..normalize import Candidate
from ..normalize.duration import measured, spent_where
from ..normalize.numbers import ALL_NUMBER_WORDS
from ..normalize.units import measure_span, measured_thing, unit_after
from ..text import (
    CLAUSE_BREAK,
    SET_OFF_AGE_LEAD,
    SET_OFF_AGE_TAIL,
    UPPER,
    WORD,
    Scan,
    alternation,
    bare_gap,
    fold,
    past_form,
    trie_pattern,
)
from .parts import CAPITAL, NAME, PAST_NOUN, joined_by_and
from .questions import asked_by, asker_of
from .syntax import (
    AND,
    AUX_OR_MODAL,
    AUXILIARIES,
    BEFORE_VERB,
    BREAK_IN_WORDS,
    CONTRAST_WORDS,
    DETERMINERS,
    INCLUDING_AT,
    RELATIVE,
    STRONG_BREAK,
    SUBORDINATORS,
    THE,
    after_preposition,
    has_verb,
    inside_longer,
    occurrences,
    overlaps,
    past_verb,
    subject_of_cue,
    verb_cue,
    verbless,
)
from .timing import ARTICLES, LINKS, day_of_another

# Between a cue's phrase and a figure that opens a conjunct of its own: up to five words with no figure, then 'and', 'y',
# 'e' or a word of 'while', and an article or 'un': 'foreign military bases and 62% rejected', 'tropas extranjeras en
# territorio ecuatoriano y un 62% rechazó', 'bases militares y un 61,65 % en la que'.
_CONJUNCT_OPENS = rx.compile(r"(?P<phrase>(?:\s+[^\W\d_]+){0,5}?)\s*,?\s+(?P<word>and|y|e|" + alternation(WHILE)
                             + r")\s+(?:(?:the|el|la|los|las|un|una|o|a|os|as|um|uma)\s+)?\Z")


def conjunct_of_another(scan: Scan, cue_end: int, c: Candidate, s1: int, fi: int, kin: Sequence[tuple[int, int, int]]
                        ) -> str:
    """Why a figure after the cue's phrase is not the cue's: 'and' right before it opens a conjunct on it, and the first
    cue after it in its clause is another fact's (kin: the cues of the facts of its kind that compete for it, this one's
    among them, in order): in 'about 61% opposed allowing foreign military bases and 62% rejected convening a
    constituent assembly', the 62% is the assembly's; or ''."""
    m = _CONJUNCT_OPENS.fullmatch(scan.folded, cue_end, c.start)
    if m is None or has_verb(words := m.group("phrase").split()) or any(past_form(w) for w in words):
        return ""
    stop = STRONG_BREAK.search(scan.folded, c.end, s1)
    stop = stop.start() if stop else s1
    i = bisect_left(kin, (c.end,))
    if i == len(kin) or kin[i][0] >= stop or kin[i][2] == fi:
        return ""
    return (f"the figure of the conjunct '{m.group('word')}' opens, whose cue is another fact's "
            f"('{' '.join(scan.text[c.start:kin[i][1]].split())}')")


def give_way(fact: Fact, scan: Scan, chosen: dict, refused: dict[tuple[int, int], Rejection],
             parts: dict[tuple[int, int], str]) -> None:
    """The values taken that parts names (key -> why) give way to the others, when some others remain: moved from
    chosen to refused."""
    if parts and len(parts) < len(chosen):
        for key, why in parts.items():
            c = chosen.pop(key)[0]
            refused[key] = Rejection(fact.id, scan.text[c.start:c.end], c.start, why)


def value_words(fact: Fact, folded: str, s0: int, s1: int, found: list[Candidate]) -> list[Candidate]:
    """Candidates for the words of the fact's `values:` in [s0, s1), where no value the kind found and kept overlaps
    them: the rule's own words outdo the kind's reading of a part of them ('three-time' is no count of times)."""
    out: list[Candidate] = []
    for pattern, value, display in fact.values:
        for m in pattern.finditer(folded, s0, s1):
            if not any(c.start < m.end() and m.start() < c.end for c in found + out if not c.reason):
                out.append(Candidate(m.start(), m.end(), value, display))
    return out


def length_of_another(scan: Scan, c: Candidate, fi: int, cues: list[tuple[int, int, int]]) -> str:
    """Why a length is not the fact's: it measures another fact's cue, written right after it or right before it and
    'of' ('a 624-meter deep rescue tunnel', 'un duto de 622 metros de profundidade' for the depth the miners were at,
    when another fact's cue is the tunnel or the duct), and no cue of this fact is there. cues: every cue in the
    article, as (start, end, fact index), in order."""
    key = ("measure", c.start)
    thing = scan.memo.get(key)
    if thing is None:
        thing = scan.memo[key] = measured_thing(scan.folded, *measure_span(scan.folded, c.start, c.end))
    after, before = thing
    lo = bisect_left(cues, (max(0, before - 40) if before >= 0 else c.start,))
    there = {fj for a, b, fj in cues[lo:bisect_left(cues, (max(after, c.start) + 1,), lo)] if a == after or b == before}
    if not there or fi in there:
        return ""
    return f"a length of another fact's cue ('{' '.join(scan.text[c.start:c.end].split())}')"


# A word of a plan before a span: 'com o objetivo de passar uma semana no espaço' is the plan's, wherever it was to be spent.
_PLAN_BEFORE = rx.compile(r"\b(?:" + alternation(PLAN_WORDS) + r")\b")


def _spent_at(scan: Scan, c: Candidate, cues: list[tuple[int, int, int]]) -> tuple[frozenset[int], int] | tuple[()]:
    """The facts whose cue says where a span was spent, written as the phrase right after it ('in space', 'no espaço' in
    '171 days in space before their return journey'; not 'win' in '9.79 seconds in the win'), and where that phrase
    ends; () when none does, or a word of a plan stands before the span ('com o objetivo de passar uma semana no
    espaço' is the plan's, wherever it was to be spent)."""
    where = spent_where(scan.folded, c.end)
    if where is None or _PLAN_BEFORE.search(scan.folded, max(0, c.start - 60), c.start):
        return ()
    lo = bisect_left(cues, (where[0],))
    there = frozenset(fj for _, _, fj in cues[lo:bisect_left(cues, (where[0] + 1,), lo)])
    return (there, where[1]) if there else ()


def measures_other(scan: Scan, c: Candidate, fi: int, cues: list[tuple[int, int, int]], cue_end: int,
                   spans: frozenset[int]) -> str:
    """Why a span is not the cue's: it is written onto another fact's cue ('a nearly six-week strike' for a contract's
    term, 'un paro de 41 días', 'seis semanas de huelga'), or as the adjective of words that are no cue of its fact and
    that its cue does not govern ('a four-year labor pact' for a strike; not 'sentenced to a 25-year prison term'), or
    it is of a cue that says where it was spent (see _spent_at). cues: every cue in the article, as (start, end, fact
    index), in order; spans: the facts that are spans."""
    where = _spent_at(scan, c, cues)
    if where and fi not in where[0]:
        return f"a span of another fact's cue ('{' '.join(scan.text[c.start:where[1]].split())}')"
    key = ("measured", c.start)
    onto = scan.memo.get(key)
    if onto is None:
        onto = scan.memo[key] = measured(scan.folded, c.start, c.end) or ()
    if not onto:
        return ""
    a, b, adjective = onto
    lo = bisect_left(cues, (a - 40,))
    on = [h for h in cues[lo:bisect_left(cues, (b,), lo)] if h[0] < b and a < h[1]]
    # A cue inside another span's longer one gives way to it: 'duelo' in 'un día nacional de duelo'; not to a cue of
    # another kind ('ceremony' in 'a four-hour-long opening ceremony', a day's cue).
    held = [fj for x, y, fj in on if not any(inside_longer(x, y, p, q) and fk in spans for p, q, fk in on)]
    if fi in held or (held or adjective) and cue_end <= min(a, c.start) and \
            _GOVERNS.fullmatch(scan.folded, cue_end, min(a, c.start)):
        return ""  # 'served a reduced sentence of four and a half months', 'sentenced to a 25-year prison term'
    words = " ".join(scan.text[min(a, c.start):max(b, c.end)].split())
    if asker_of(scan, min(a, c.start), max(b, c.end), cue_end):
        return ""  # 'prosecutors recommended a 40- to 50-year term': the term is what the cue asks for
    if held:
        return f"a span of another fact's cue ('{words}')"
    if not _SPAN_NOUNS.isdisjoint(scan.folded[a:b].split()[:1]):
        return ""  # 'over an eight-year period' is eight years, 'sixty days of grace' sixty days
    if adjective and not any(fj == fi and _TO_PLACE.fullmatch(scan.folded, b, x)
                             for x, _, fj in cues[bisect_left(cues, (b,)):bisect_left(cues, (b + 24,))]):
        # 'a three-day visit to Lebanon' is the stay of the cue the words lead to
        return f"a span of the words it is written onto ('{words}'), not of the cue"
    if a >= c.end and not adjective and not (
            cue_end <= c.start and _GOVERNS.fullmatch(scan.folded, cue_end, c.start)) and not any(
            fj == fi and b <= x < b + 40 and not CLAUSE_BREAK.search(scan.folded, b, x)
            for x, _, fj in cues[bisect_left(cues, (b,)):bisect_left(cues, (b + 40,))]):
        # 'bringing an end to more than a year of cross-border skirmishes', 'tras un día de intensos bombardeos': a span
        # of what its 'of' names, which is no cue; not one whose phrase goes on to the fact's cue ('48 hours of days of
        # national mourning')
        return f"a span of the words it is written onto ('{words}'), not of the cue"
    return ""


# Words of a span itself, after its 'of': 'sixty days of grace', 'un plazo de 60 días de duración'.
_SPAN_NOUNS = frozenset("""duration duracion duracao plazo prazo period periodo transition transicion transicao grace gracia
    vigencia vigencia validity""".split())
# Between a cue and the phrase it governs as its object: 'served (only) (most of) a (reduced)', 'sentenced to a',
# 'an agreement on a new'.
_DETERMINER = alternation(OBJECT_OPENERS)
_GOVERNS = rx.compile(rf"\s+(?:(?:to|on|for|of|over|de|del|para|por|sobre)\s+)?(?:(?:only|just|[a-z]+ly)\s+)?"
                      rf"(?:(?:most\s+of\s+|all\s+of\s+)?(?:{_DETERMINER})\s+(?:[a-z]+\s+)?)?")

# What leads from the words a span is written onto to the place they are of: 'a three-day visit to Lebanon', 'a
# four-day stay in Turkey'.
_TO_PLACE = rx.compile(r"\s+(?:to|in|at)\s+(?:the\s+)?")

_COMPETING = ("score", "percentage", "number", "money", "date", "time", "duration")

WITH = frozenset({*WITH_WORDS, *(w for w in INCLUDING if " " not in w)})
Reach = tuple[float, int, str, int, int]  # how far the cue, the fact, the cue's text and where it stands


def competing(rules: RuleSet) -> frozenset[int]:
    """The facts that compete for values: two or more of a kind, and of numbers, of one quantity (or none) and the same
    dimensions named."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(rules.facts):
        if f.kind in _COMPETING:
            unit = f.spec.unit if f.kind == "number" else None
            groups[(f.kind, unit.quantity, f.spec.dimensions) if unit else (f.kind,)].append(i)
    return frozenset(i for ids in groups.values() if len(ids) > 1 for i in ids)


# Two cues that make one phrase: side by side, or joined by 'of' or 'de' ('inflación de diciembre').
_COMPOUND_GAP = rx.compile(r"[\s-]*(?:(?P<of>of|de|del|da|do|in|en|em)\s+(?:(?:the|la|el|o|a)\s+)?)?\Z")
# A possessive cue and up to three words (the figure among them) before the other's: 'the second quarter's 3.8 percent
# growth', 'the quarter's annualized growth'.
_POSSESSOR_GAP = rx.compile(r"['’]s(?:\s+[^\s,;:()]+){0,3}?\s+\Z")


def _modified(folded: str, language: str, a: Reach, b: Reach, bare: bool = False) -> int:
    """The fact whose cue is modified by the other's, when the two cues make one phrase, or -1. In English the
    word before modifies the one after ('annual inflation', 'core inflation'), and so does a possessive, the figure
    between ('the second quarter's 3.8 percent growth'), but not across 'of' ('the rate of inflation'); in Spanish
    and Portuguese the word after ('la inflación interanual', 'IPC Núcleo'). With bare, only two cues of words side
    by side, neither opening on a preposition or an article ('insured deposits'; not 'per share in cash', 'receive a
    total of')."""
    first, second = (a, b) if a[3] < b[3] else (b, a)
    if first[3] < 0 or first[1] == second[1] or first[4] > second[3]:
        return -1
    if any(folded[r[3]:r[4]] in PREPOSITIONS for r in (first, second)):
        return -1  # a preposition alone is no noun to modify or modify with: 'overall by 6:17'
    if bare and (folded[first[4]:second[3]] != " " or any(
            (w := WORD.match(folded, r[3])) is None or w.group() in PREPOSITIONS or w.group() in THE or w.group() in DETERMINERS
            or w.group() in ARTICLE_NUMBERS or w.group() == "per" for r in (first, second))):
        return -1
    gap = _COMPOUND_GAP.fullmatch(folded, first[4], second[3])
    if gap is None:
        return second[1] if language == "en" and _POSSESSOR_GAP.fullmatch(folded, first[4], second[3]) else -1
    return first[1] if language != "en" or gap.group("of") else second[1]


def _pair_losers(by: list[Reach], judge, why) -> dict[int, str]:
    """The facts that give a value up to another fact's cue, pair by pair: judge(a, b) names the one that does (or -1),
    why(the other's reach, its own) says why."""
    out = {}
    for a, b in combinations(by, 2):
        loser = judge(a, b)
        if loser >= 0:
            out[loser] = why(*((a, b) if b[1] == loser else (b, a)))
    return out


def _subject_cue(scan: Scan, a: Reach, b: Reach, start: int) -> int:
    """The fact whose cue is a verb that the other's names the subject of, or -1: in 'Consumer spending rose 3.5%' or
    'O consumo das famílias, principal motor da economia americana, avançou 3,5%', the figure is the spending's, not
    that of a fact whose cue is 'rose' (an aside between, set off by commas or dashes, with no verb of its own, or a
    relative clause), the figure past the verb."""
    first, second = (a, b) if a[3] < b[3] else (b, a)
    if first[3] < 0 or first[1] == second[1] or first[4] > second[3] or second[4] > start or second[3] - first[4] > 160:
        return -1
    gap = bare_gap(scan.folded, first[4], second[3], relatives=True).strip()
    object_noun = False
    if gap and not (_ASIDE_GAP.fullmatch(gap) and verbless(WORD.findall(gap))):
        object_noun = _subject_gap(scan, first[4], second[3], second[4])
        if object_noun is None:
            return -1
    last = WORD.findall(scan.text, first[3], first[4])[-1:]  # a noun's last word, as written: 'spending', 'famílias'
    if not last or past_form(last[0]) or fold(last[0]).endswith(PARTICIPLE_ENDINGS) or not (
            object_noun or verb_cue(scan, second[3], second[4])):
        return -1
    return second[1]


_ASIDE_GAP = rx.compile(r"(?:,|—|–|--)[^,;:()—–]*(?:,|—|–|--)")  # ', principal motor da economia americana,'
_BARE_WORDS = rx.compile(r"[^\W_]+(?:\s+[^\W_]+)*")
# Adverbs that may stand between a subject and its verb ('The euro also fell sharply').
_SUBJECT_ADVERBS = BEFORE_VERB | frozenset("still just only sharply slightly tambien tambem ainda".split())


def _subject_gap(scan: Scan, a_end: int, b_start: int, b_end: int) -> bool | None:
    """What stands between a cue and another's after it, when it is only what may part a subject from its verb: a figure
    that labels the subject ('the broad STOXX 600 fell by 0.3%'), adverbs ('The euro also fell'); False then, the other
    cue having to be the verb. True when a verb of the subject ends it and the other cue is a noun, its object ('O euro
    também registrou queda de 0,7%'); None for any other gap."""
    gap = scan.text[a_end:b_start].strip()
    if not _BARE_WORDS.fullmatch(gap):
        return None
    words = gap.split()
    i = 1 if words[0].isdigit() else 0
    while i < len(words) and fold(words[i]) in _SUBJECT_ADVERBS:
        i += 1
    rest = words[i:]
    if not rest:
        return False
    if (past_form(rest[0]) or has_verb([rest[0].lower()])) and all(fold(w) in ARTICLES for w in rest[1:]) \
            and not verb_cue(scan, b_start, b_end):
        return True
    return None


def drop_lost(findings: list[Finding], rejections: list[Rejection],
              lost: dict[tuple[str, int, int], str]) -> tuple[list[Finding], list[Rejection]]:
    """The findings less those another fact took from their fact (by fact id and span), these refused with why."""
    if not lost:
        return findings, rejections
    kept = []
    for f in findings:
        why = lost.get((f.fact, f.evidence.start, f.evidence.end))
        if why is None:
            kept.append(f)
        else:
            rejections.append(Rejection(f.fact, f.evidence.raw, f.evidence.start, why))
    return kept, rejections


def nearest_fact(rules: RuleSet, findings: list[Finding], rejections: list[Rejection],
                 reached: dict[tuple[int, int], list[Reach]], scan: Scan,
                 language: str = "en") -> tuple[list[Finding], list[Rejection]]:
    """A result, a share, a quantity, a day or a time two facts reached is the one's whose cue is nearer (on a tie, both
    keep it): in 'beat France 4-2 on penalties after a 3-3 draw', the 3-3 is the draw's, not the shoot-out's; and when
    two facts' cues make one phrase, the one's whose cue modifies the other's: in 'la inflación interanual llega al
    84,5%', the 84.5% is the year's, not the month's. Before either: a cue inside another fact's longer one gives way to it
    ('terremoto' in 'segundo terremoto'), and a quantity's measure word ('magnitude 6.4') names what is measured, not
    what has it, so a fact whose cue it is gives way to one whose cue names the thing the measure is of ('a magnitude
    6.4 aftershock', 'an aftershock of magnitude 6.7', 'una réplica de magnitud 6,4')."""
    folded = scan.folded
    lost: dict[tuple[str, int, int], str] = {}
    def part_why(w: Reach, lo: Reach) -> str:
        return f"its cue is part of another fact's ({rules.facts[w[1]].id}: '{folded[min(w[3], lo[3]):max(w[4], lo[4])]}')"

    def verb_why(w: Reach, _: Reach) -> str:
        return f"its cue is the verb of another fact's ({rules.facts[w[1]].id}: '{scan.text[w[3]:w[4]]}')"

    def drop(losers: dict[int, str], by: list[Reach], start: int, end: int) -> list[Reach]:
        """The reaches of the facts that did not give the value at start..end up; those that did are remembered."""
        for fi, why in losers.items():
            lost[(rules.facts[fi].id, start, end)] = why
        return [r for r in by if r[1] not in losers]

    for (start, end), by in reached.items():
        by = drop(_outranked(rules, scan, start, end, by), by, start, end)
        by = drop(_held_by_subject(rules, scan, start, end, by, language), by, start, end)
        # a cue inside another fact's longer one reaches nothing for its fact ('depósitos' in 'protege depósitos')
        by = [r for r in by if r[3] < 0 or not any(o[1] != r[1] and inside_longer(r[3], r[4], o[3], o[4]) for o in by)]
        money = rules.facts[by[0][1]].kind == "money" if by else False
        if by and rules.facts[by[0][1]].kind == "percentage":
            by = drop(_against(folded, end, by), by, start, end)
        by = drop(_restated(rules, scan, end, by), by, start, end)
        if money:  # an amount has several sides, each a fact's ('$23.25 per share in cash' is both facts'), unless one
            # cue is a word that modifies the other's ('depósitos asegurados hasta 250.000 dólares', 'insured deposits')
            by = drop(_pair_losers(by, lambda a, b: _modified(folded, language, a, b, bare=True), part_why), by, start, end)
        else:
            by = drop(_pair_losers(by, lambda a, b: _modified(folded, language, a, b), part_why), by, start, end)
            by = drop(_pair_losers(by, lambda a, b, at=start: _subject_cue(scan, a, b, at), verb_why), by, start, end)
            by = drop(_across(folded, start, end, by), by, start, end)
        if not by:
            continue
        nearest = min(by)
        joined = _coordinated(folded, by, nearest, start, end)
        # each fact's distances, nearest first, one per cue it took the value by: on a tie of the nearest, the next
        # ones decide ('In the overall standings, Vingegaard finished 6:17 behind' is the overall margin's, by
        # 'overall', when both margins' cues hold 'behind')
        far = {fi: sorted({(r[3], r[4]): r[0] for r in by if r[1] == fi}.values()) for _, fi, *_ in by}
        width = max(map(len, far.values()))
        far = {fi: ds + [math.inf] * (width - len(ds)) for fi, ds in far.items()}  # no more cues: none as near
        best = min(far.values())
        for fi, ds in far.items():
            if money and all((r[3] >= end) == (nearest[3] >= end) for r in by if r[1] == fi):
                continue  # ... so of amounts, only the nearer cue on the other side takes it: 'prejuízo de R$ 2,6 bi e
                # valor mínimo em dividendos' is the loss's
            if fi in joined:
                continue  # 'The Constituent Assembly initiative and the plan to allow foreign bases were each rejected
                # by about 61%': both facts' cues, joined, take it
            if ds[0] > nearest[0] and not _governs_nearer(folded, by, fi, nearest):
                lost[(rules.facts[fi].id, start, end)] = \
                    f"nearer the cue of another fact ({rules.facts[nearest[1]].id}: '{nearest[2]}')"
            elif _fewer(ds, best):
                mine = {(r[3], r[4]) for r in by if r[1] == fi}
                lead = next((r for r in by if far[r[1]] == best and (r[3], r[4]) not in mine), nearest)
                lost[(rules.facts[fi].id, start, end)] = \
                    f"another fact's cues reach it as near and more ({rules.facts[lead[1]].id}: '{lead[2]}')"
    return drop_lost(findings, rejections, lost)


def own_cue(rules: RuleSet, findings: list[Finding], rejections: list[Rejection],
            shared: dict[tuple[int, int], list[Reach]], scan: Scan) -> tuple[list[Finding], list[Rejection]]:
    """A head count that two facts sharing a cue both took is not the one's whose every cue that took it the other
    has too, when the other took it by a cue of its own as well: in 'El público presente, unos 70.482 espectadores',
    `espectadores` is a cue of the crowd and of the audience, `público` of the crowd alone. Nor is it the one's whose
    units name less of the noun right after it than the other's: in 'Otros 28 españoles continúan detenidos', the 28
    are the detained Spaniards', not all the detained (`activistas`, `personas`); a fact with no units counts
    whatever its cues govern, and keeps it."""
    lost: dict[tuple[str, int, int], str] = {}
    for (start, end), by in shared.items():
        spans = defaultdict(set)
        for r in by:
            spans[r[1]].add((r[3], r[4]))
        head = scan.folded[end:end + 60]
        after = head.lstrip()
        named = {fi: m.end() if (m := units.match(after)) else 0
                 for fi in spans if (units := rules.facts[fi].spec.units) is not None}
        most = max(named.values(), default=0)
        if most:
            at = end + len(head) - len(after)
            noun = scan.text[at:at + most]
            for fi, n in named.items():
                if n < most:
                    lost[(rules.facts[fi].id, start, end)] = f"another fact's units name what it counts ('{noun}')"
        for fi, mine in spans.items():
            lead = next(((fj, theirs - mine) for fj, theirs in spans.items() if fj != fi and mine < theirs), None)
            if lead:
                a, b = min(lead[1])
                lost[(rules.facts[fi].id, start, end)] = \
                    f"taken by cues another fact has too; it has one of its own ({rules.facts[lead[0]].id}: '{scan.text[a:b]}')"
    return drop_lost(findings, rejections, lost)


# Between two cues joined as one subject or object: 'and' or 'y' and up to six words ('initiative and the plan to
# allow', ' y la ').
_JOINED_CUES = rx.compile(r"(?:\s+[^\W\d_]+){0,2}\s+(?:and|y|e)(?:\s+[^\W\d_]+){0,6}?\s+")
# A figure in a list of figures, right after it or right before: '58% and 53%', 'del 3% y el 5%'.
_FIGURE_LIST_AFTER = rx.compile(r"\s*(?:,\s*|\s+(?:and|y|e)\s+)(?:[^\W\d_]+\s+){0,2}?\d")
_FIGURE_LIST_BEFORE = rx.compile(r"\d\S*\s*(?:,|\s+(?:and|y|e))\s+(?:[^\W\d_]+\s+){0,2}?\Z")


def _coordinated(folded: str, by: list[Reach], nearest: Reach, start: int, end: int) -> frozenset[int]:
    """The facts other than the nearest cue's whose cue, before the value at start..end as the nearest one is, is
    joined to it by 'and' as one subject or object, with no verb in the past between: the value is theirs too ('Las
    propuestas sobre bases militares y la Constituyente fueron las más rechazadas con más del 60 %'); not a value in a
    list of figures, read in turn ('shrinking the legislature and ending party funding lost by 53% and 58%')."""
    if nearest[3] < 0 or nearest[4] > start or len({r[1] for r in by}) < 2 or _FIGURE_LIST_AFTER.match(folded, end) \
            or _FIGURE_LIST_BEFORE.search(folded, max(0, start - 30), start):
        return frozenset()
    out = set()
    for r in by:
        if r[1] == nearest[1] or r[3] < 0 or r[4] > start:
            continue
        first, second = (r, nearest) if r[3] < nearest[3] else (nearest, r)
        if first[4] < second[3] and _JOINED_CUES.fullmatch(folded, first[4], second[3]) and not any(
                past_form(w) or w in AUX_OR_MODAL for w in WORD.findall(folded, first[4], second[3])):
            out.add(r[1])
    return frozenset(out)


_OBJECT_GAP = rx.compile(r"(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]+\Z")  # a verb's object, up to its noun: ' a reduced '


def _governs_nearer(folded: str, by: list[Reach], fi: int, nearest: Reach) -> bool:
    """Whether the fact fi reached the value by a verb whose object the nearer cue (another fact's) heads, a few words
    on: the value is both ('served a reduced sentence of four and a half months' for `served` and `sentence`)."""
    for r in by:
        if r[1] != fi or r[3] < 0 or r[4] > nearest[3]:
            continue
        last = folded[r[3]:r[4]].split()[-1:]
        if last and (past_verb(last[0]) or has_verb(last)) and _OBJECT_GAP.fullmatch(folded, r[4], nearest[3]):
            return True
    return False


def _fewer(ds: list[float], best: list[float]) -> bool:
    """Whether a fact whose cues reach a value at distances ds (nearest first) gives it up to one that reaches it at
    best: as near, and by another cue besides, nearer than any other of its own."""
    return ds != best and ds[0] == best[0] and ds > best


# An appositive right after a value, which says again what it is: ', the max covered by FDIC insurance,'.
_APPOSITIVE = rx.compile(r",[^\S\n]*(?:the|el|la|los|las|o|a|os|as)[^\S\n]+[^,;:.()\d\n]{1,60}?(?=[,;:.)]|\Z)")


def _restated(rules: RuleSet, scan: Scan, end: int, by: list[Reach]) -> dict[int, str]:
    """The facts that reached the value ending at end only by cues before it, when an appositive right after it holds
    another fact's cue and says what the value is: in 'deposits over $250,000, the max covered by FDIC insurance', the
    amount is the insurance's; with why."""
    if not any(r[4] <= end for r in by) or not scan.folded.startswith(",", end):
        return {}
    m = _APPOSITIVE.match(scan.folded, end)
    words = WORD.findall(scan.folded, m.start(), m.end()) if m is not None else []
    if m is None or any(w in AUX_OR_MODAL or w in SAY_VERBS or (has_verb([w]) or past_verb(w)) and words[i + 1:i + 2] not in (
            ["by"], ["por"], ["pelo"], ["pela"]) for i, w in enumerate(words)):
        return {}  # a participle with its agent describes the value ('covered by'); a verb of its own opens a clause
    inside = {r[1] for r in by if end < r[3] and r[4] <= m.end()}
    if not inside:
        return {}
    said = " ".join(scan.text[end:m.end()].split())
    return {r[1]: f"another fact's cue says what it is ('{said}')" for r in by if r[1] not in inside and r[4] <= end
            and all(o[4] <= end for o in by if o[1] == r[1])}


# A clause joined after a value, opening on its subject: 'approved the measure 222-209 and the Senate passed it', or on
# a verb that leads to the cue's: 'se desacopló a las 05:05 GMT y tiene previsto amerizar', 'and is expected to land'.
_CLAUSE_JOIN = r"(?:and|but|y|e|pero|mas|" + alternation(WHILE) + r")"  # what joins a clause on
_LEADS_TO_VERB = (r"(?:(?:is|was|are|were)\s+(?:expected|scheduled|set|due|slated)\s+to|(?:tiene|tienen|tem|tinha|tenia)"
                  r"\s+previsto|esta\s+previst[oa]\s+(?:que\s+)?|will|would|should|could|may|might|must|deve|devem|debe|"
                  r"deben|vai|va\s+a|iba\s+a|ia)\s+")
_NEXT_CLAUSE = rx.compile(r"(?:\s*\([^()]{0,40}\))?\s*,?\s*" + _CLAUSE_JOIN + r"\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?(?:"
                          + _LEADS_TO_VERB + r")?\Z")


def clause_after(folded: str, c: Candidate, cue_start: int, cue_end: int, s0: int, fi: int,
                 claims: list[tuple[int, int, int]]) -> str:
    """Why a time before the cue is not the cue's: the cue opens the clause joined after it, and another fact's cue
    stands before it in its own ('se desacopló a las 05:05 GMT y tiene previsto amerizar ... a las 17:57'); or ''. So a
    value after the cue is the nearest it has, as nearest_fact would leave it."""
    if not _NEXT_CLAUSE.fullmatch(folded, c.end, cue_start) or not any(
            fj != fi and b <= c.start for _, b, fj in claims[bisect_left(claims, (s0,)):bisect_left(claims, (c.start,))]):
        return ""
    return f"its cue opens the clause after it ('{' '.join(folded[c.end:cue_end].split())}')"


def _across(folded: str, start: int, end: int, by: list[Reach]) -> dict[int, str]:
    """The facts that reached the value at start..end only by a cue opening the clause joined after it, when another
    fact's cue stands before it: in 'after the House approved the measure 222-209 and the Senate passed it', the
    result is the House's; with why."""
    if not any(r[4] <= start for r in by):
        return {}
    after = {r[1]: r for r in by if r[3] >= end and _NEXT_CLAUSE.fullmatch(folded, end, r[3])}
    return {fi: f"its cue opens the clause after it ('{' '.join(folded[end:r[4]].split())}')"
            for fi, r in after.items() if all(o[1] != fi or o is r for o in by)}


# What a share guards against, right after it or after its noun: '91.6% efficacy against severe dengue', 'del 91,6 %
# contra dengue grave', '100% de eficácia contra hospitalizações', 'an efficacy of 91.6% against the most severe form',
# 'over 90 percent efficacy in preventing severe cases': up to three words (a noun of the share's; no conjunction) and
# the word of guarding; then up to three words before a cue, with no mark of a clause between.
_AGAINST = rx.compile(r"(?:[^\S\n]*(?:%|percent\b|per\s+cent\b|por\s+ciento\b|por\s+cento\b))?"
                      r"(?:[^\S\n]+(?!(?:and|y|e|or|o|ou|but|pero|mas)\b)[^\W\d_]+){0,3}?"
                      r"[^\S\n]+(?:against|contra|versus|in\s+preventing|at\s+preventing|na\s+prevencao\s+(?:de|da|do|das|dos)"
                      r"|en\s+la\s+prevencion\s+(?:de|del)|para\s+prevenir)[^\S\n]+")
_AGAINST_WORDS = rx.compile(r"(?:[^\W\d_]+[^\S\n]+){0,3}")


def _guarded(folded: str, end: int) -> tuple[int, int] | None:
    """Where a cue naming what the share ending at end guards against may start (see _AGAINST), or None."""
    gap = _AGAINST.match(folded, end)
    return None if gap is None else (gap.end(), _AGAINST_WORDS.match(folded, gap.end()).end())


def guards_against(folded: str, end: int, at: int) -> bool:
    """Whether a cue at `at` names what the share ending at `end` guards against ('91,6 % contra dengue grave')."""
    span = _guarded(folded, end)
    return span is not None and span[0] <= at <= span[1]


def _against(folded: str, end: int, by: list[Reach]) -> dict[int, str]:
    """Of a share, the facts with no cue in what it guards against when another fact has one there: in 'showed 91.6%
    efficacy against severe dengue', the share is the severe disease's, not the overall efficacy's, though `efficacy`
    is nearer; with why."""
    span = _guarded(folded, end)
    there = [r for r in by if span[0] <= r[3] <= span[1]] if span else ()
    if not there:
        return {}
    named = {r[1] for r in there}
    what = " ".join(folded[span[0]:max(r[4] for r in there)].split())
    return {r[1]: f"another fact's cue names what it guards against ('{what}')"
            for r in by if r[1] not in named and not any(o[1] == r[1] and span[0] <= o[3] for o in by)}


def _outranked(rules: RuleSet, scan: Scan, start: int, end: int, by: list[Reach]) -> dict[int, str]:
    """The facts that reached the value at start..end only by a cue inside another fact's longer one, or, for quantities,
    only by its measure word when another fact's cue names what the measure is of; with why."""
    out: dict[int, str] = {}
    facts = {r[1] for r in by}
    if len(facts) < 2:
        return out
    folded = scan.folded
    for fi in facts:
        own = [r for r in by if r[1] == fi and r[3] >= 0]
        others = [r for r in by if r[1] != fi and r[3] >= 0]
        if not own or len(own) < sum(r[1] == fi for r in by):
            continue  # the rule's own expression took it
        inside = [next((o for o in others if inside_longer(r[3], r[4], o[3], o[4])), None) for r in own]
        if all(inside):
            o = inside[0]
            out[fi] = f"its cue is inside another fact's ({rules.facts[o[1]].id}: '{scan.text[o[3]:o[4]]}')"
            continue
        if rules.facts[fi].kind != "number":
            continue
        measures = [r for r in own if (r[4] <= start and _MEASURE_GAP_BEFORE.fullmatch(folded, r[4], start))
                    or (r[3] >= end and _MEASURE_GAP_AFTER.fullmatch(folded, end, r[3]))]
        if len(measures) < len(own):
            continue  # a cue of its own that is no measure word reached it too
        lo, hi = min(start, *(r[3] for r in measures)), max(end, *(r[4] for r in measures))
        before = lo < start  # the measure word is before its figure: 'temperatures up to 2,500', 'temperatura de 29'
        of = next((o for o in others if (o[3] >= hi and (_MEASURE_GAP_AFTER.fullmatch(folded, hi, o[3])
                                                          or before and _taken_in(folded, end, o[3]))) or (
            o[4] <= lo and (_measured_noun_gap(scan, o[4], lo) or before and _object_gap(scan, o[4], lo)))), None)
        if of is not None:
            out[fi] = f"a measure of what another fact's cue names ({rules.facts[of[1]].id}: " \
                      f"'{' '.join(scan.text[min(lo, of[3]):max(hi, of[4])].split())}')"
    return out


_NOTHING = re.compile(r"(?!)")  # an about: list that names nothing
# Kinds whose values one subject holds: two facts of one of these about different subjects are rivals ('Paz's share',
# 'Quiroga's share'), and one about none gives up what a subject holds (_held_by_subject). Head counts have their places
# (placed_elsewhere); names are values themselves.
HELD_KINDS = frozenset({"number", "percentage", "money", "duration", "score", "ordinal"})


def _held_by_subject(rules: RuleSet, scan: Scan, start: int, end: int, by: list[Reach], language: str) -> dict[int, str]:
    """The facts with no about: list that reached the value at start..end when another fact of its kind that reached it
    is about a subject that holds it by its words (see held_by_another): 'la plata fue para Matsushita, quien registró un
    tiempo de 4:08.62' is the time of the fact about Matsushita, not of one about no subject whose cue is 'tiempo'; with
    why."""
    subjects = [fi for fi in {r[1] for r in by} if rules.facts[fi].about is not None
                and rules.facts[fi].kind in HELD_KINDS]
    bare = {r[1] for r in by if rules.facts[r[1]].about is None}
    if not subjects or not bare:
        return {}
    s0, s1 = scan.sentence_at(start)
    value = Candidate(start, end, None, "")
    for fi in subjects:
        fact = rules.facts[fi]
        why = held_by_another(scan, value, s0, s1, replace(fact, about=_NOTHING), [fact.about], language, by_words=True)
        if why:
            return dict.fromkeys(bare, why.replace("another fact", fact.id))
    return {}


# A measure word right at its figure: 'magnitude 6.4', 'a magnitude of 6.4', 'de magnitud 6,4', '6.4 magnitude', '6.4-magnitude'.
_MEASURE_GAP_BEFORE = rx.compile(r"[\s-]*(?:(?:of|de)\s+)?")
_MEASURE_GAP_AFTER = rx.compile(r"[\s-]*")
# What may stand between a noun and the measure of it after it: 'aftershock of magnitude 6.7', 'réplica de magnitud 6,4',
# 'a second earthquake with a magnitude of 6.4', 'un segundo terremoto en Myanmar de magnitud 6,4', 'tremor secundário,
# de magnitude 6,4', 'the strongest aftershock was a 6.7 magnitude'; not a verb of its own ('aftershocks followed the').
_MEASURED_GAP_WORDS = OF_WORDS | THE | WITH | ARTICLE_NUMBERS | frozenset(
    "a an one was is fue foi era measuring midiendo en em in incluida incluido".split())


def _measured_noun_gap(scan: Scan, a: int, b: int) -> bool:
    """Between a noun ending at a and a measure's phrase starting at b stand one to four words, each a word of
    _MEASURED_GAP_WORDS or a name (capitalised), and no mark but a comma."""
    gap = scan.text[a:b]
    if any(ch in gap for ch in ";:.!?()") or any(ch.isdigit() for ch in gap):
        return False
    words = gap.replace(",", " ").split()
    return 0 < len(words) <= 4 and all(fold(w) in _MEASURED_GAP_WORDS or w[:1].isupper() for w in words)


# Where a measure was taken, past its figure and unit: 'uma temperatura de cerca de 29 graus nos instrumentos internos',
# 'a temperature of 29 °C inside the spacecraft'.
_TAKEN_IN = rx.compile(r"[^\S\n]+(?:in|inside|at|within|on|en|em|no|na|nos|nas|dentro\s+d(?:e|el|o|a|os|as))[^\S\n]+"
                        r"(?:(?:the|its|their|el|la|los|las|lo|o|a|os|as|sus|seus|suas)[^\S\n]+)?")


def _taken_in(folded: str, end: int, cue: int) -> bool:
    """Whether the figure ending at end, with its unit, is placed by a preposition in what the cue at cue names."""
    unit = unit_after(folded, end)
    return _TAKEN_IN.fullmatch(folded, unit[1] if unit else end, cue) is not None


def _object_gap(scan: Scan, a: int, b: int) -> bool:
    """Between a cue ending at a and a measure word starting at b stand at most two words in lower case that are no
    verb of the past, no article and no auxiliary, and no mark: the measure is the cue's object ('can withstand
    scorching temperatures up to 2,500 degrees'; not 'aftershocks followed the magnitude 7.7 quake')."""
    gap = scan.text[a:b]
    if not gap[:1].isspace() or not gap[-1:].isspace():
        return False
    words = gap.split()
    return len(words) <= 2 and all(w.isalpha() and w.islower() and not past_form(w) and not w.endswith("ed")
                                   and w not in THE and w not in AUX_OR_MODAL for w in words)


def accepts(fact: Fact, form: str) -> bool:
    """A number fact that takes a form refused by default. An age ('age') is said as of now, whatever time a clause
    around it tells of ('a 28-year-old veteran who had an episode last spring'): only a time that opens the sentence
    moves it. A year ('year') is a time of its own ('built in 1977'), which no other time in the sentence moves."""
    return fact.kind == "number" and form in getattr(fact.spec, "accept", ())


_ATTRIBUTIVE_AGE = rx.compile(r"\s*-\s*years?\s*-\s*old\s+(?=[^\W\d_])")  # '10-year-old Kathina Thomas'

_IN_ADDITION_BEFORE = rx.compile(r"\b(?:" + alternation(IN_ADDITION) + r")\b[^,;:.()—–]*\Z")
_ASIDE_BEFORE = rx.compile(r"\b(?:" + alternation(IN_ADDITION + CONCEDING) + r")\b[^,;:.()—–]*\Z")  # also 'despite'


def about_reach(about: re.Pattern[str], scan: Scan, s0: int, s1: int, ignore: re.Pattern[str] | None = None) -> int:
    """How far into the sentence [s0, s1) what a fact is about is named: s1 when it is named, s0 when it is not, and
    the end of a phrase that heads its clause and names it only as one besides what the clause is about ('Además de
    Bolsonaro, Braga Netto fue condenado a 26 años', 'Besides Bolsonaro, seven allies were convicted'): a value past
    that is not said of it. A dateline that opens the paragraph names where the copy was filed; a phrase the fact
    ignores names nothing ('La Paz' for a fact about Paz)."""
    reach = s0
    for m in _mentions(about, scan, dateline_end(scan.text, s0), s1, ignore):
        opener = _heading_besides(scan, s0, max(s0, m.start() - 40), m.start())
        if opener is None or len(WORD.findall(scan.folded, opener.start(), m.start())) > 5:  # not 'además de sentirse en'
            return s1
        comma = scan.folded.find(",", m.end(), s1)
        if comma < 0:
            return s1
        reach = max(reach, comma)
    return reach


# The name a cue belongs to, written onto it: after it and 'of' or 'de' ('El primer partido de Uruguay', 'the opener of
# Mexico'), or before it as a possessive ("Uruguay's first match").
_OWNER_AFTER = rx.compile(r"[^\S\n]+(?:of|de|del|do|da)[^\S\n]+(?:(?:the|la|el|los|las|o|a|os|as)[^\S\n]+)?"
                          r"(?P<name>[A-Z][\w'’-]+(?:[^\S\n]+[A-Z][\w'’-]+)*)")
_OWNER_BEFORE = rx.compile(r"(?P<name>[A-Z][\w-]+(?:[^\S\n]+[A-Z][\w-]+)*)['’]s?[^\S\n]+(?:[a-z]+[^\S\n]+)?\Z")


def owned_by_other(about: re.Pattern[str], scan: Scan, cue_start: int, cue_end: int) -> str:
    """The name of another than what a fact is about that its cue belongs to ('El primer partido de Uruguay será el
    lunes 15 de junio' for a fact about Spain whose cue is `primer partido`), or ''."""
    lo = max(0, cue_start - 40)
    possessive = "'" in scan.text[lo:cue_start] or "’" in scan.text[lo:cue_start]
    for m in (_OWNER_AFTER.match(scan.text, cue_end), _OWNER_BEFORE.search(scan.text, lo, cue_start) if possessive else None):
        if m is not None and not about.search(scan.folded, m.start("name"), m.end("name")):
            return m.group("name")
    return ""


def _mentions(about: re.Pattern[str], scan: Scan, lo: int, hi: int, ignore: re.Pattern[str] | None) -> list[re.Match[str]]:
    """Where [lo, hi) names what a fact is about, less what lies in a phrase it ignores, and less an end of a stretch
    of places, which names the country between them: 'desde Nueva York hasta Los Ángeles', 'from Maine to Hawaii'."""
    found = list(about.finditer(scan.folded, lo, hi))
    if found and ignore is not None:
        masked = [m.span() for m in ignore.finditer(scan.folded, lo, hi)]
        found = [m for m in found if not overlaps(m.start(), m.end(), masked)]
    return [m for m in found if not _stretch_end(scan.text, m.start(), m.end())
            and not _NICKNAME_BEFORE.search(scan.folded, max(0, m.start() - 50), m.start())
            and not _PART_IN_BEFORE.search(scan.folded, max(0, m.start() - 50), m.start())] if found else found


# The place of a part of a whole named before, no place of the whole: 'nearly 12,000 deaths in 2024, half of them in
# Brazil', 'causing about 12,000 deaths, half of which occurred in Brazil', 'la mitad de ellas en Brasil', 'metade delas
# no Brasil'.
_PART_IN_BEFORE = rx.compile(
    r"\b(?:half|most|many|some|part|a\s+third|a\s+quarter|two[\s-]thirds|mitad|mayoria|parte|metade|maioria)"
    r"[^\S\n]+(?:of[^\S\n]+(?:them|which|those|these|whom)|de[^\S\n]+(?:ellos|ellas|los\s+cuales|las\s+cuales|estos|estas)"
    r"|del[ae]s|dess[ae]s|das[^\S\n]+quais|dos[^\S\n]+quais)(?:[^\S\n]+[a-z]+)?[^\S\n]+(?:in|en|em|no|na)"
    r"(?:[^\S\n]+(?:the|el|o|a))?[^\S\n]+\Z")


# A name in quotation marks after a word of naming is another's nickname, no mention of that one: "Marchand, nicknamed
# the 'French Michael Phelps', carried the expectations", 'el apodado "Tiburón de Baltimore"'.
_NICKNAME_BEFORE = rx.compile(r"\b(?:nicknamed|dubbed|known\s+as|apodad[oa]|conocid[oa]\s+como|apelidad[oa]|conhecid[oa]\s+como|"
                              r"alcunhad[oa])[^\S\n]+(?:(?:the|el|la|o|a)[^\S\n]+)?[\"'“‘«][^\"'”’»\n]{0,30}\Z")


def _stretch_end(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is an end of a stretch of places ('from New York to Los Angeles')."""
    if _STRETCH_FROM.search(text, max(0, start - 8), start):
        return bool(_STRETCH_ON.match(text, end))
    return bool(_STRETCH_TO_END.search(text, max(0, start - 12), start)
                and _STRETCH_TO.search(text, max(0, start - 60), start))


_QUOTED_WORD = r"[\"']?[^\W\d_]+[\"']?[^\S\n]+"
_TURNS = r"(?:a|al|ante|against|contra|versus|vs|frente|over|sobre|than|que|and|y|e|or|o|ou|while|mientras|enquanto|with|con|com)"
# Right after a value, what ties it to the name that follows: a possessor or an agent ('45% de Quiroga', '45,47% del
# derechista Jorge Tuto Quiroga', '45.5% for Quiroga', 'os 45,5% alcançados por Quiroga'), up to four words between,
# none turning to another noun or clause ('54% de los votos frente a Quiroga' is no share of his); an age written
# onto the name, past an adjective of it ('23-year-old Thompson', 'the 23-year-old Jamaican Thompson'); and the name as
# the subject of a relative clause on the value ('a marca de 4m03s84 que Phelps alcançou').
_HELD_AFTER = rx.compile(r"[^\S\n]+(?:(?:[^\W\d_]+[^\S\n]+)?(?:by|por|pelo|pela)|of|de|del|do|da|for|para)[^\S\n]+"
                         r"(?:(?!" + _TURNS + r"[^\S\n])" + _QUOTED_WORD + r"){0,4}\Z"
                         r"|[\s-]+years?[\s-]+old[^\S\n]+(?:[a-z]+[^\S\n]+)?\Z"
                         r"|[^\S\n]+(?:que|that|which)[^\S\n]+\Z")
# Right before it, a possessive ('Quiroga's 45%', 'Quiroga's final 45%') or a bracket it opens ('Matsushita (4:08.62)');
# or a relative clause the name heads, the value in it ('Jorge Quiroga, quien alcanzó el 45,5%', 'Quiroga, who had 45.47%').
_HELD_POSSESSIVE = rx.compile(r"'s[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?\Z|[^\S\n]*\([^\S\n]*\Z")
# ... through a second predicate the clause joins on ('Norris, quien ganó la carrera esprint, pero acabó sexto').
_RELATIVE_TO_VALUE = r"[^\S\n]*,[^\S\n]*(?i:" + alternation(RELATIVES) + \
    r")\b(?:[^,;:.!?()\n]|,[^\S\n]*(?:but|pero|mas|and|y|e|with|con|com)\b)*\Z"  # ', quien alcanzó el ', ', quien ostenta
# el récord ..., con '
_HELD_RELATIVE = rx.compile(r"[\"']?" + _RELATIVE_TO_VALUE)
# A name that is the object of a verb of beating or of a preposition, or that modifies a noun, holds no value after
# it: 'superó a Quiroga con el 54%', 'la victoria de Paz con el 54%', 'former minister under Bolsonaro – 26 years'; nor
# does a possessive of another noun ('Bolsonaro's former defense minister, received 26 years').
_NOT_HOLDER = rx.compile(r"\b(?P<prep>of|de|del|da|do|to|a|al|over|sobre|against|contra|versus|vs|ante|than|under|bajo|sob|with|"
                         r"con|com|for|para|by|por|pelo|pela|from|in|en|em|on|at|above|below|behind|beyond|past|"
                         r"beat|beating|defeated|defeating|topped|topping|edged(?:[^\S\n]+out)?|edging(?:[^\S\n]+out)?|"
                         r"outpac\w*|overt[ao]\w*|surpass\w*|derrot\w*|venc\w*|super\w*|ultrapass\w*)[^\S\n]+"
                         r"(?:(?:the|el|la|los|las|o|os|as|his|her|its|su|seu|sua)[^\S\n]+)?"
                         r"(?:" + _QUOTED_WORD + r"){0,3}(?:(?:and|y|e|&)[^\S\n]+(?:" + _QUOTED_WORD + r"){0,2})?\Z")


_JOINED_NAMES = rx.compile(r"\s+(?:and|y|e|&)\s+")  # between two names said together ('Palisades and Eaton')
# A value that each of the subjects named has: '40 golds each', 'forty apiece', '(40 para cada)', 'each winning 40',
# 'ambos acumularon 40'.
_EACH_AFTER = rx.compile(r"(?:[^\S\n]+[^\W\d_]+){0,3}?[^\S\n]+(?:each|apiece|a[^\S\n]+piece|cada[^\S\n]+(?:uno|una|um|uma)|"
                         r"para[^\S\n]+cada|por[^\S\n]+cabe(?:za|ca))\b")
_EACH_BEFORE = rx.compile(r"\b(?:each|both|ambos|ambas|cada[^\S\n]+(?:uno|una|um|uma))(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]+\Z")
_BY = ("by", "por", "pelo", "pela")  # before an agent
_THE = r"(?:(?:" + alternation(THE) + r")[^\S\n]+)?"
# A place named as where something is, or an agent: 'el fuego en Palisades', 'claimed 30 lives in Haiti', 'por China'.
_WHERE_OR_BY = rx.compile(r"\b(?:" + alternation(("in", "en", "em", "no", "na", "nos", "nas", "at", *_BY)) + r")[^\S\n]+"
                          + _THE + r"(?:" + _QUOTED_WORD + r"){0,3}\Z")


_WITH_BEFORE = rx.compile(r"\b(?:with|con|com)[^\S\n]+(?:[^\W\d_]+[^\S\n]+){0,2}\Z")
_WITH_DOING = rx.compile(r"[^\S\n]+[a-z]+(?:ing|ando|endo|indo)(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]+\Z")


def _object_of(scan: Scan, s0: int, at: int, lang: str) -> bool:
    """Whether the name at `at`, in the sentence from s0, is an object (see _NOT_HOLDER); not after an 'a' that is an
    article: one that opens the sentence, or any but Spanish (the preposition is 'à' in Portuguese): 'A Noruega terminou
    com 37 medalhas', 'enquanto a China obteve 40 ouros'."""
    m = _NOT_HOLDER.search(scan.folded, max(s0, at - 60), at)
    if m is not None and (words := WORD.findall(scan.folded, m.end("prep"), at))[-1:] and len(words) > 1 \
            and words[-1] in _OF_ARTICLES and PREPOSITIONS.isdisjoint(words[:-1]):
        return False  # an article of its own past other words opens a new noun phrase: 'el día de hoy la India superó'
    return m is not None and not (m.group("prep") == "a" and (
        not scan.folded[s0:m.start()].strip(" \"'“‘(—–-") or lang != "es" and scan.text[m.start()] in "aA"))


_JOINED_SUBJECT = rx.compile(r"\b" + _CLAUSE_JOIN + r"[^\S\n]+" + _THE + r"\Z")


def _own_subject(scan: Scan, s0: int, n: tuple[int, int, bool], c: Candidate, held: tuple[int, int, bool] | None,
                 lang: str) -> bool:
    """Whether n, a mention of what a head count is about, makes the count's figure c its own though another's name
    stands nearest before it (held): named after that name, before the figure, as a subject, an agent or where it is
    ('el fuego en Palisades ha cobrado ocho', 'completado por China en el segundo puesto con 91 preseas'), or after the
    figure in its clause ('has also claimed 30 lives in Haiti'); not as the possessive of something else ('captured 44
    silver to China's 27') nor as the object of another preposition ('China, ... apart from the U.S., also won 40 golds
    but managed only 27 silvers')."""
    folded = scan.folded
    if not n[2] or folded.startswith("'s", n[1]):
        return False
    if n[0] >= c.end:  # not the subject of a clause joined after it: 'a Índia possui 1,428 bilhão e a China tem 1,425'
        return not CLAUSE_BREAK.search(folded, c.end, n[0]) and not _JOINED_SUBJECT.search(folded, c.end, n[0])
    if n[1] > c.start or held is not None and n[0] < held[1]:
        return False
    return not _object_of(scan, s0, n[0], lang) or bool(_WHERE_OR_BY.search(folded, max(0, n[0] - 60), n[0]))


# Between a cue whose possessor a name is and a value its predicate leads to: a few words, none turning to another.
_TO_VALUE = rx.compile(r"(?:[^\S\n]+(?!" + _TURNS + r"\b)[^\W\d_]+){0,6}(?:[^\S\n]+(?:a|al|to|para))?[^\S\n]+\Z")
_OF_THE_BEFORE = rx.compile(r"[^\S\n]+(?:of|de|del|da|do)[^\S\n]+(?:(?:the|la|el|a|o)[^\S\n]+)?\Z")


def _cue_possessed(folded: str, n: tuple[int, int, bool], c: Candidate, hits: Sequence[tuple[int, int]]) -> bool:
    """Whether the name at n is the possessor of a cue of the fact whose predicate leads to the value c, a few words
    on: "China's population stands at 1425.7 million", "la población de la India en 1.428,6 millones", "a população da
    Índia deverá chegar a 1,429 bilhão"."""
    if folded.startswith("'s ", n[1]):
        cue_end = next((b for a, b in hits if a == n[1] + 3), -1)
    else:
        of = _OF_THE_BEFORE.search(folded, max(0, n[0] - 12), n[0])
        cue_end = n[1] if of is not None and any(b == of.start() for _, b in hits) else -1
    return 0 <= cue_end <= c.start and _TO_VALUE.match(folded, cue_end, c.start) is not None


_CAPITAL = rx.compile(rf"\b[{UPPER}]")  # a word in capitals: a name, maybe another subject
_APPOSED = rx.compile(r"[^\S\n]*,(?:[^\S\n]+[^\W\d_]+){0,3}[^\S\n]+")  # 'Ballesteros, primer '
_APPOSED_END = rx.compile(r"[^,;:.!?()\n]{0,40},")  # '... campeón del Masters,'


# Attacks by who made them, as an adjective: 'Israeli assaults on Lebanon', 'los ataques israelíes', 'os bombardeios
# israelenses' (who struck, not who or where the figure is of).
_ATTACKS = ("attacks", "strikes", "airstrikes", "air strikes", "assaults", "bombings", "bombardment", "raids", "shelling",
            "offensive", "ataques", "bombardeos", "bombardeios", "bombardeamentos", "ofensiva", "incursiones")
_ATTACK_BEFORE = rx.compile(r"\b(?:" + alternation(_ATTACKS) + r")\s+\Z")
_ATTACK_AFTER = rx.compile(r"\s+(?:" + alternation(_ATTACKS) + r")\b")


def held_by_another(scan: Scan, c: Candidate, s0: int, s1: int, fact: Fact, rivals, lang: str = "en",
                    hits: Sequence[tuple[int, int]] = (), others: Sequence[Candidate] = (), by_words: bool = False) -> str:
    """Why a value of a fact about one subject is held by what another fact of its kind is about, and this one is not: the
    name right after it, as its possessor or agent ('contra el 45,47% del derechista Jorge Tuto Quiroga'), one right
    before it, possessive ('versus Quiroga's 45%'), or the possessor of a cue of the fact whose predicate leads to it
    ("China's population stands at 1425.7 million", 'la población de la India en 1.428,6 millones'), or the name nearest
    before it, that heads a relative clause the value is in or is no object ('Quiroga, quien alcanzó el 45,5%'; 'El
    principal rival de Paz, Jorge Quiroga, obtuvo el 45,5%'); a name said together with another's, both ('The Palisades
    and Eaton fires have burned 27,000 acres', 'Eaton y Palisades están controlados'). A head count is held so only when
    its own subject is named neither before it nor after it in its clause, where a place is named with a preposition
    ('El Senado aprobó ..., luego de que ocho demócratas se unieron ..., que ahora pasará a la Cámara' is the Senate's
    eight; 'el fuego en Palisades ha cobrado ocho' is Palisades', 'which struck Jamaica, has also claimed at least 30
    lives in Haiti' Haiti's). A name that is a subject holds the first span after it (others: the fact's values in the
    sentence), not one past it with no other name between ('beat Vingegaard by 1:03 and Evenepoel by 1:14 to win overall
    by 6:17': the 6:17 is no more Evenepoel's than the 1:03 is). Asked so, only a name that holds it by its words
    (an agent, a possessive, a bracket, a relative clause) does (by_words). '' when it is not."""
    folded = scan.folded
    lo = dateline_end(scan.text, s0)  # a dateline names where the copy was filed
    names = sorted((m.start(), m.end(), own) for own, about in ((True, fact.about), *((False, r) for r in rivals))
                   for m in _mentions(about, scan, lo, s1, fact.ignore))
    # a word in lower case in an aside set off right after another's name describes that one: 'Severiano Ballesteros,
    # primer español campeón del Masters, cumpliría 66 años' names no Spaniard besides him (a name there is another's:
    # 'El principal rival de Mendes, el exministro Luis Carvalho,')
    names = [n for i, n in enumerate(names) if not (scan.text[n[0]].islower() and any(
        m[2] != n[2] and _APPOSED.fullmatch(folded, m[1], n[0]) and _APPOSED_END.match(folded, n[1]) for m in names[:i]))]
    if len(names) > 1 and any(not n[2] for n in names):  # another's name as the adjective of an attack: who struck
        names = [n for n in names if n[2] or not (_ATTACK_BEFORE.search(folded, max(0, n[0] - 24), n[0])
                                                  or _ATTACK_AFTER.match(folded, n[1]))]
    if any(n[2] and n[1] <= c.start for n in names) and (
            _EACH_AFTER.match(folded, c.end) or _EACH_BEFORE.search(folded, max(s0, c.start - 40), c.start)):
        return ""  # 'US, China capture 40 golds each', 'China and the U.S. tied with 40 gold medals a piece': each one's
    after = next((n for n in names if n[0] >= c.end), None)
    direct = True  # whether the name holds the value by its words alone (an agent, a possessive, a relative clause)
    relative = False  # whether by a relative clause it heads, which holds a head count on it alone ('New York and
    # Chicago, which had 250,000 people')
    if after is not None and _HELD_AFTER.match(folded, c.end, after[0]):
        held = after
    else:
        held = None
        for n in reversed([n for n in names if n[1] <= c.start]):
            if _HELD_POSSESSIVE.match(folded, n[1], c.start) or (relative := bool(_HELD_RELATIVE.match(folded, n[1], c.start))) \
                    or _cue_possessed(folded, n, c, hits):
                held = n
                break
            if not folded.startswith("'s", n[1]) and (not _object_of(scan, s0, n[0], lang) or _WITH_DOING.match(
                    folded, n[1], c.start) and _WITH_BEFORE.search(folded, max(s0, n[0] - 30), n[0])):
                if by_words:
                    break
                if fact.kind != "duration" or not any(n[1] <= o.start and o.end <= c.start and not o.reason
                                                      and not _CAPITAL.search(scan.text, o.end, c.start) for o in others):
                    held, direct = n, False  # the subject of a gerund after 'with' too: 'with Thompson clocking 9.789'
                break
    if fact.kind == "count" and not direct and any(_own_subject(scan, s0, n, c, held, lang) for n in names):
        return ""  # its own subject named before it ('el fuego en Palisades ha cobrado ocho') or after it in its clause
    if held is not None and not (relative and fact.kind == "count") and (pair := next((
            n for n in names if n[2] != held[2]
            and _JOINED_NAMES.fullmatch(folded, *((n[1], held[0]) if n[1] <= held[0] else (held[1], n[0])))), None)) is not None:
        lo, hi = min(pair[0], held[0]), max(pair[1], held[1])  # 'The Palisades and Eaton fires have burned 27,000 acres'
        return f"held by what this fact and another are about together ('{' '.join(scan.text[lo:hi].split())}')"
    if held is None or held[2] or any(n[2] and n[0] < held[1] and held[0] < n[1] for n in names):
        return ""  # none, or this fact's own: 'Paz, Rodrigo Paz' for one, 'Paz Zamora' for another
    lo, hi = (c.start, held[1]) if held[0] >= c.end else (held[0], c.end)
    return f"held by what another fact is about ('{' '.join(scan.text[lo:hi].split())}')"


# A relative clause up to a value in it, and the capitalised name it hangs on ('Movimiento al Socialismo (MAS), que
# históricamente ganó con porcentajes por arriba del 50%'), read on the text as written.
_RELATIVE_UP_TO = rx.compile(r"(?P<name>[A-Z][\w'’.-]*)[^\S\n]*(?:\([^()\n]{1,40}\))?" + _RELATIVE_TO_VALUE)
_CLAUSE_END = rx.compile(r"[,;:.!?()\n]")
# A clause after a dash or a semicolon that opens on a capitalised name, its subject: '; NASA astronaut Frank Rubio holds',
# '– o astronauta Frank Rubio detém'.
_STRONG_BREAKS = (";", "—", "–")
_CLAUSE_SUBJECT = rx.compile(r"[^\S\n]*(?:(?:the|o|a|os|as|el|la|los|las)[^\S\n]+)?(?:[a-z][\w'-]*[^\S\n]+){0,3}?"
                             r"[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*)*")
_CLAUSE_BREAK_AFTER = rx.compile(r"[;:.!?—–\n]")


# A capitalised name right before a value, holding it, as the subject of its clause or an agent: 'followed by Australia
# with 18 golds', 'Australia's 53 medals', '; y Japón con 45' (read on the text as written); not the object of a verb
# ('finished the Paris Games with 40 golds', 'defeated Carvalho with 51%') or of another preposition ('in Paris with').
_NAME_WITH = rx.compile(r"(?P<name>" + NAME + r")(?:[^\S\n]+(?:with|con|com)[^\S\n]+(?:(?:its|their|sus|su|seus|suas|seu|sua|"
                        r"os|as|las|los)[^\S\n]+)?|['’]s[^\S\n]+)\Z")
_SUBJECT_BEFORE = rx.compile(r"(?:(?:[,;:(—–]|\b(?:" + alternation((*CONJUNCTIONS, *CONTRAST_WORDS, *_BY)) + r"))[^\S\n]*|\n)"
                             + _THE + r"\Z")


def relative_on_another(scan: Scan, c: Candidate, s0: int, s1: int, fact: Fact) -> str:
    """Why a value of a fact with an about: list is said of another: it is in a relative clause that hangs on a name,
    and neither the name nor the clause names what the fact is about ('pondrá fin a la hegemonía del Movimiento al
    Socialismo (MAS), que históricamente ganó con más del 50%' for a fact about Paz), or another name holds it right
    before it (see _NAME_WITH). '' when it is not."""
    named = _NAME_WITH.search(scan.text, max(s0, c.start - 60), c.start)
    if named is not None and named.start() > s0 and _SUBJECT_BEFORE.search(scan.folded, max(s0, named.start() - 12),
                                                                           named.start()) \
            and not _mentions(fact.about, scan, named.start(), named.end("name"), fact.ignore) \
            and fold(named.group("name")) not in ARTICLES:
        return f"held by another name ('{' '.join(scan.text[named.start():c.end].split())}')"
    brk = max(scan.text.rfind(x, s0, c.start) for x in _STRONG_BREAKS)
    subject = _CLAUSE_SUBJECT.match(scan.text, brk + 1) if brk > s0 else None
    if subject is not None and subject.end() <= c.start:
        end = _CLAUSE_BREAK_AFTER.search(scan.text, c.end, s1)
        verb = WORD.findall(scan.folded, subject.end(), subject.end() + 30)[:1]
        if not _mentions(fact.about, scan, brk, end.start() if end else s1, fact.ignore) \
                and not (verb and verb[0] in SAY_VERBS):  # 'NASA said', the clause's speaker
            # 'não quebraram o recorde – o astronauta Frank Rubio detém esse título com 371 dias': the clause after a
            # dash or a semicolon is another's, its subject
            return f"in a clause about another ('{' '.join(scan.text[brk + 1:c.end].split())}')"
    if scan.text.find(",", s0, c.start) < 0:
        return ""
    m = _RELATIVE_UP_TO.search(scan.text, max(s0, c.start - 160), c.start)
    if m is None:
        return ""
    end = _CLAUSE_END.search(scan.text, c.end, s1)
    if _mentions(fact.about, scan, max(s0, m.start() - 40), end.start() if end else s1, fact.ignore):
        return ""
    return f"in a relative clause on another ('{' '.join(scan.text[m.start():c.end].split())}')"


def _openers(scan: Scan, key: str, words: tuple[str, ...]) -> list[int]:
    """Where any of words stands in the article, found once an article by plain string search: most hold none."""
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = sorted(occurrences(scan.folded, words))
    return found


def _between(at: list[int], lo: int, hi: int) -> bool:
    return bool(at) and bisect_left(at, lo) != bisect_left(at, hi)


def _heading_besides(scan: Scan, s0: int, lo: int, at: int, conceding: bool = False) -> re.Match[str] | None:
    """The words of 'besides' ('además de', 'in addition to'), or with conceding also those of a concession ('despite',
    'apesar do'), that open a phrase running from [lo, at) to at and heading its clause in the sentence from s0; None
    when there are none."""
    if not _between(_openers(scan, "in addition", IN_ADDITION_WORDS), lo, at) and not (
            conceding and _between(_openers(scan, "conceding", CONCEDING_WORDS), lo, at)):
        return None
    opener = (_ASIDE_BEFORE if conceding else _IN_ADDITION_BEFORE).search(scan.folded, lo, at)
    if opener is None or scan.folded[s0:opener.start()].rstrip()[-1:] not in ("", ",", ";", ":", "(", "—", "–"):
        return None
    return opener


def besides_phrase(scan: Scan, s0: int, s1: int, cue_start: int, cue_end: int) -> int:
    """Where the clause goes on past a phrase that heads it, holds the cue and names a group besides the one the
    clause counts ('Além das vítimas fatais, aproximadamente vinte pessoas sofreram lesões', 'In addition to the dead,
    21 people were hurt'), or concedes what the cue names ('Despite the loss, the board approved 13.6 billion reais',
    'Apesar do prejuízo, a Petrobras aprovou R$ 13,57 bilhões'): a figure from there is not the cue's. 0 when the cue
    stands in no such phrase."""
    folded = scan.folded
    if _heading_besides(scan, s0, max(s0, cue_start - 60), cue_start, conceding=True) is None:
        return 0
    comma = folded.find(",", cue_end, min(s1, cue_end + 40))
    glued = _GLUED_ON.match(folded, cue_end)  # 'the jackpot-winning ticket': a word written onto the cue is no verb
    return comma + 1 if comma >= 0 and not has_verb(WORD.findall(folded, glued.end() if glued else cue_end, comma)) else 0


_GLUED_ON = rx.compile(r"-[^\W\d_]+")
_BESIDES_OPENS = rx.compile(r"\W*(?:" + alternation(IN_ADDITION) + r")\s")


def besides_opening(scan: Scan, s0: int, cue_start: int) -> int:
    """Where a phrase that opens the sentence and names something besides what its clause tells ends, the cue past it
    ('In addition to Coningsby's 40.3°C, records have also been verified for Wales, with 37.1°C', 'Além dos 53
    passageiros, havia 12 tripulantes a bordo'): a figure before there is not the cue's. 0 when there is none."""
    end = scan.memo.get(("besides", s0))
    if end is None:
        end = 0
        if _between(_openers(scan, "in addition", IN_ADDITION_WORDS), s0, s0 + 24) and _BESIDES_OPENS.match(scan.folded, s0):
            comma = BREAK_IN_WORDS.search(scan.folded, s0, scan.sentence_at(s0)[1])  # not a comma in a figure ('40,3')
            end = comma.end() if comma else 0
        scan.memo[("besides", s0)] = end
    return end if end <= cue_start else 0


def of_the_owned(folded: str, c: Candidate, cue_start: int, owned: int) -> str:
    """Why a figure after a possessive cue and the noun it owns, with no verb, semicolon or colon between, describes
    that noun and not the cue: 'the officer's partner, Vassilios Saraliotis, 31', 'the victim's family of five' (not
    'the teen's death: 16-year-old shot by police'). '' when it does not."""
    gap = WORD.findall(folded, owned, c.start)
    if not gap or not PASSIVE.isdisjoint(gap) or has_verb(gap) or STRONG_BREAK.search(folded, owned, c.start):
        return ""
    return f"about what the cue owns ('{folded[cue_start:owned]}{gap[0]}'), not the cue"


_OTHER_RELATIVE = rx.compile(rf"[{UPPER}][\w'’.-]*,\s+(?:who|whose|quien|quienes|que|quem|o\s+qual|el\s+cual|la\s+cual|"
                             r"(?:fallecid|falecid|muert|mort|elegid|eleit|nacid|nascid)[oa])\b")  # 'Francisco, fallecido el'
_REL_CLOSE = rx.compile(r"[,;)]")
_LOWER_WORD = rx.compile(r"\b[a-zà-ÿ][\w'’]*")


def other_relative(scan: Scan, cue_end: int, s1: int) -> re.Match[str] | None:
    """A relative clause on a name after the cue, with words of the cue's clause between that do not join the name to
    the cue (not 'Cardinal Robert Prevost, who is 69', 'the fire in Palisades, which'), or None."""
    rel = _OTHER_RELATIVE.search(scan.text, cue_end, s1)
    if rel is None:
        return None
    between = [w.lower() for w in _LOWER_WORD.findall(scan.text, cue_end, rel.start())]
    # not 'O incêndio das Palisades, que começou em 7 de janeiro': a name joined to the cue is of its noun phrase
    return rel if any(w not in LINKS and w not in DETERMINERS and w not in ARTICLES for w in between) else None


def of_another(scan: Scan, base, rel: re.Match[str] | None, cue: tuple[int, int] | None):
    """base (why a value is not the fact's, or None), said first of a value in a relative clause on another name (rel),
    and, with the cue of a date fact, of a day of another event (day_of_another)."""
    def belongs(c: Candidate) -> str:
        return (rel is not None and _in_other_relative(scan, c, rel)) or (
            cue is not None and day_of_another(scan, c, *cue)) or (base(c) if base else "")
    return belongs


def _in_other_relative(scan: Scan, c: Candidate, rel: re.Match[str]) -> str:
    if c.start >= rel.end() and not _REL_CLOSE.search(scan.folded, rel.end(), c.start):
        return f"said in a relative clause on another ('{rel.group().strip()}')"
    return ""


_WHERE = frozenset({"in", "at"})  # right before the cue, where the age's noun is: 'a 46-year-old woman in Alzira'


# An age set off by commas after a noun phrase ('Camilla, de 75 anos,', 'the crown, 360 years old,'), and what opens a
# relative clause on that phrase right after the age ('com quem Charles se casou', 'whom Charles married').
_SET_OFF_LEAD = rx.compile(r",\s*" + SET_OFF_AGE_LEAD + r"\Z")
_SET_OFF_CLOSE = rx.compile(SET_OFF_AGE_TAIL + r"\s*,\s*(?:(?:com|con|with|to|a)\s+(?:quem|quien|quienes|whom)|whom|cuyo|cuya"
                            r"|cujo|cuja|whose)\b")  # not 'who was shot', its subject
_SET_OFF_END = rx.compile(SET_OFF_AGE_TAIL + r"\s*[,.;)]")
_PHRASE_OPENS = DETERMINERS | ARTICLES | POSSESSIVES | frozenset("un una um uma".split())
_PHRASE_STOP = rx.compile(r"[,;:()\[\]—–]")
_INFINITIVE_OBJECT = rx.compile(r"\bto\s+[a-z]+\s+(?:the|a|an|his|her|its|their|this)\s")  # 'to have the', 'to wear his'
# A name that ends right where an age is set off after it: 'Francisco', 'Wesley Rocha', 'Luiz Inácio Lula da Silva'.
_NAME_ENDS = rx.compile(rf"(?:{CAPITAL}[\w'’.-]*[^\S\n]+(?:(?:da|de|do|dos|das|del|la)[^\S\n]+)?){{0,4}}{CAPITAL}[\w'’.-]*\Z")


def set_off_of_another(scan: Scan, c: Candidate, s0: int, cue_start: int, cue_end: int, cue_words, about) -> str:
    """Why an age set off by commas after a noun phrase that names neither a cue nor what the fact is about is that
    phrase's: the object of a verb past the cue ('O novo rei recebeu a coroa de São Eduardo, de 360 anos'), the one
    a relative clause right after the age, with the cue in it, is about ('Camilla, de 75 anos, com quem Charles se
    casou'), or, of a fact about someone, another one's name ('Caminharam ao lado de Lula: Francisco, 10 anos,').
    '' when it is not."""
    folded = scan.folded
    lead = _SET_OFF_LEAD.search(folded, max(s0, c.start - 10), c.start)
    if lead is None or not _SET_OFF_END.match(folded, c.end):
        return ""
    comma = lead.start()
    stop = next((m.end() for m in reversed(list(_PHRASE_STOP.finditer(folded, s0, comma)))), s0)
    words = list(WORD.finditer(folded, stop, comma))[-6:]
    start = words[0].start() if words else comma
    for w in reversed(words):  # back to the word that opens the phrase
        start = w.start()
        if w.group() in _PHRASE_OPENS or has_verb([w.group()]) or past_form(scan.text[w.start():w.end()]):
            if w.group() not in _PHRASE_OPENS:
                start = w.end()
            break
    if start >= comma or start <= cue_start < comma or (cue_words is not None and cue_words.search(folded, start, comma)) \
            or (about is not None and about.search(folded, start, comma)):
        return ""
    phrase = " ".join(scan.text[start:comma].split())
    if cue_end <= start:
        gap = scan.text[cue_end:start]
        if has_verb(WORD.findall(folded, cue_end, start)) or any(past_form(w) or w.endswith(("rá", "rán", "rão"))
                                                                 for w in WORD.findall(gap)):
            return f"the age of what a verb past the cue names ('{phrase}')"
    elif cue_start >= c.end and (close := _SET_OFF_CLOSE.match(folded, c.end)) and cue_start <= close.end() + 60:
        return f"the age of whom the clause after it is about ('{phrase}')"
    if about is not None and (name := _NAME_ENDS.search(scan.text, start, comma)) is not None:
        return f"the age of someone else named ('{' '.join(name.group().split())}')"
    return ""


def age_written_on(folded: str, c: Candidate) -> bool:
    """An age written onto a person's noun ('could enable the 70-year-old former army captain to escape'): what it is,
    whatever a verb of the clause may or may not do."""
    return _ATTRIBUTIVE_AGE.match(folded, c.end) is not None


def age_of_another(folded: str, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why an age written before a noun ('10-year-old Kathina Thomas') is not the age the cue names:
    it describes the noun phrase after it, so a cue past a verb, a clause break or six words ('the
    29-year-old gang member killed the deputy'), or one before it with a verb or a semicolon between ('the
    teen accused of killing 10-year-old Kathina'), names someone else. 'The death of his wife, 23-year-old
    Laci' is hers."""
    m = _ATTRIBUTIVE_AGE.match(folded, c.end)
    if m is None:
        return ""
    if cue_start >= m.end():
        # The word right after the age belongs to its noun phrase ('the 35-year-old newlywed'); a relative
        # clause is about the same person ('a 16-year-old who was shot dead').
        head, stop = [], cue_start
        for w in WORD.finditer(folded, m.end(), cue_start):
            if w.group() in RELATIVE:
                stop = w.start()
                break
            head.append(w.group())
        # ... and the age may stand for its person, the word after it a verb with an object: 'The 18-year-old
        # defeated China's Ding Liren' (not 'the 32-year-old embattled Ding', an adjective)
        far = len(head) > 6 or has_verb(head[1:]) or (
            len(head) > 1 and has_verb(head[:1]) and _OBJECT_OPENS.match(folded, m.end() + len(head[0])) is not None) or (
            len(head) > 2 and CLAUSE_BREAK.search(folded, m.end(), stop) is not None) or (
            stop == cue_start and after_preposition(head) and head[-1] not in _WHERE)
    else:  # a semicolon ends what the cue's clause says (a colon may only open it: 'teen's death: 16-year-old')
        # ... or the age opens the next of two noun phrases joined to the cue's: 'Butch and 59-year-old Sunita'
        far = cue_end <= c.start and (has_verb(WORD.findall(folded, cue_end, c.start))
                                      or _INFINITIVE_OBJECT.search(folded, cue_end, c.start) is not None
                                      or ";" in folded[cue_end:c.start]
                                      or _JOINED.fullmatch(folded, cue_end, c.start) is not None)
    if not far:
        return ""
    who = " ".join(WORD.findall(folded, m.end(), m.end() + 40)[:3])
    return f"the age of someone else ('{folded[c.start:c.end]}-year-old {who}')"


_JOINED = rx.compile(r"\s+(?:and|or|y|e|o)\s+")
_OBJECT_OPENS = rx.compile(r"\s+(?:" + _DETERMINER + r"|[^\W\d_]+['’]s)\s")  # 'defeated the', 'beat China's'
_GAP_BREAK = rx.compile(r"[,;:.!?]")
# A word that opens a clause of its own right after a figure: no cue past it is the figure's predicate.
_OPENS_CLAUSE = frozenset(w for s in SUBORDINATORS for w in s.split()[:1]) | {"because", "porque"}

# Nothing, or an adverb of still being so, between a figure and another fact's cue: 'with hundreds still missing'.
_STILL_GAP = rx.compile(r"(?:\s+(?:" + alternation(STILL_WORDS) + r"))*\s*")

_NARROWING = PREPOSITIONS | frozenset("inside outside within dentro fora fuera afuera".split())  # what opens a phrase
# A phrase of the whole world, which narrows no group: '355 mil funcionários administrativos em todo o mundo'.
_WHOLE_WORLD = rx.compile(r"(?:in|across|around|all\s+over|por|en|em)\s+(?:the\s+|el\s+|o\s+)?(?:whole\s+)?"
                          r"(?:world|globe|todo\s+el\s+mundo|todo\s+o\s+mundo|mundo\s+inteiro|el\s+mundo\s+entero)\b")


# A phrase that 'with' opens right after a cue, up to another cue ('in hospital with life-threatening injuries'), and
# the words of a quantity, which make it a figure's phrase of its own ('died with hundreds still missing').
_WITH_AFTER = rx.compile(r"\s+(?:" + alternation(WITH_WORDS) + r")\s+((?:[^\W\d_]+\s+){0,2})")
_WITH_OPENS = tuple(f" {w} " for w in WITH_WORDS)  # a quick test before the search
_QUANTITY_WORDS = ALL_NUMBER_WORDS | QUANTIFIERS | OTHERS | {w for w in VAGUE if " " not in w}


def with_after(folded: str, end: int, claims: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The cues in a phrase that 'with' opens right after the cue ending at end, with no figure in it: what they name
    the cue's group has, which narrows it to what they count ('Nine people are in hospital with life-threatening
    injuries' are the ones with life-threatening injuries)."""
    if not folded.startswith(_WITH_OPENS, end):
        return []
    return [h for h in claims[bisect_left(claims, (end,)):bisect_left(claims, (end + 40,))]
            if (w := _WITH_AFTER.fullmatch(folded, end, h[0])) and _QUANTITY_WORDS.isdisjoint(w.group(1).split())]


CLAIMED = "what another fact counts"


def claimed(folded: str, c: Candidate, claims: list[tuple[int, int, int]], fi: int,
            units: re.Pattern[str] | None = None) -> str:
    """Why a figure whose own predicate holds another fact's cue and none of this one's, within three words
    after it or two before it, with no break or conjunction between, is that fact's: '15 pessoas morreram e 18
    ficaram feridas' (15 died: not the injured), '21 people were injured' (not the dead), 'killed 16 people
    and left five seriously injured' (16 were killed). A cue inside a longer one ('injured' in 'seriously
    injured') gives way to it. With this fact's cue there too, only another's right after the figure or right after
    that cue counts ('the loss of 33 lives on the ground' is the ground toll, not all the dead). With this fact's cue
    right before the figure, another's after it that is one of this fact's units names what the figure counts ('focused
    on 322 crashes' when `crashes` is a unit of this fact and a cue of another)."""
    if units is not None and folded.startswith("-", c.end) and (w := WORD.match(folded, c.end + 1)) is not None \
            and units.fullmatch(w.group()):
        return ""  # written onto one of this fact's units: 'the 28-point U.S. plan' counts points, whatever cue follows
    near = []
    relative = set()  # the hits after the figure that stand in a relative clause: '38 personas que iban a bordo'
    aside = _included_aside(folded, c.end)
    for start, end, fj in claims[bisect_left(claims, (c.end,)):]:
        if aside and start < aside[1]:
            if start >= aside[0]:
                continue  # a cue in what the group includes is not the group's predicate
        elif aside:  # '15 pessoas, incluindo sete bombeiros, ficaram feridas': the predicate past the aside
            if start - aside[1] > 40 or _GAP_BREAK.search(folded, aside[1], start):
                break
            gap = WORD.findall(folded, c.end, aside[0]) + WORD.findall(folded, aside[1], start)
            if len(gap) > 3 or not CONJUNCTIONS.isdisjoint(gap) or not RELATIVE.isdisjoint(gap):
                break
            near.append((start, end, fj))
            continue
        if start - c.end > 60 or _GAP_BREAK.search(folded, c.end, start) or _MODIFIER_GAP.fullmatch(folded, c.end, start):
            break  # 'eight 32-storey blocks': the other cue is the compound's, and its figure's
        gap = WORD.findall(folded, c.end, start)
        if len(gap) > 3 or not CONJUNCTIONS.isdisjoint(gap):  # 'matando 17 pessoas e ferindo outras 21'
            break
        if gap and gap[0] in _OPENS_CLAUSE:  # 'Death toll at 98 after final victim identified': a clause of its own
            break
        if gap and _noun_of_figure(folded, start, end):  # '6,800 athletes from 205 delegations': the noun of a figure
            break  # of its own
        if gap and gap[0] in OF_WORDS and folded[c.start:c.end] not in VAGUE:  # 'cinco dos feridos estão em estado
            break  # grave': the group it is part of; but 'dozens of residents still missing' counts residents
        if not RELATIVE.isdisjoint(gap):
            if fj != fi and gap[-1] in THE:
                break  # the subject of a relative clause on the figure, a noun: 'los 600.000 que estipula la propuesta'
            relative.add(start)
        near.append((start, end, fj))
    for start, end, fj in reversed(claims[:bisect_left(claims, (c.start,))]):
        if c.start - end > 40 or end > c.start or _GAP_BREAK.search(folded, end, c.start):
            break
        if fj != fi and folded[start:end] in PREPOSITIONS:
            continue  # a cue that is a preposition ('from') is no predicate of the figure: 'from 28 to around 19'
        gap = WORD.findall(folded, end, c.start)
        if len(gap) > 2 or not CONJUNCTIONS.isdisjoint(gap):
            break
        if _noun_of_figure(folded, start, end):
            continue  # 'Cinco fallecidos 156 desaparecidos 130 personas halladas': another figure's noun
        near.append((start, end, fj))
    if units is not None and any(fj == fi and end <= c.start for _, end, fj in near):
        near = [(a, b, fi) if a >= c.end and units.fullmatch(folded, a, b) else (a, b, fj) for a, b, fj in near]
    near = [h for h in near if not any(a <= h[0] and h[1] <= b and b - a > h[1] - h[0] for a, b, _ in near)]
    # Another's cue that this fact's narrows in a phrase that 'with' opens right after it is no rival: 'Nine people are
    # in hospital with life-threatening injuries' are this fact's count when its cue is `life-threatening`.
    near = [h for h in near if h[2] == fi or not any(fj == fi for _, _, fj in with_after(folded, h[1], claims))]
    # The figure's noun joined by 'and' to another's cue names one group of both: '242 passengers and crew on board'.
    near = [h for h in near if folded[c.end:h[0]].strip() or joined_by_and(folded, h[0], h[1], claims) is None]
    own = [h for h in near if h[2] == fi]
    if any(_measures(folded, h[1], c.start) for h in own):  # 'the first group of seven hostages', 'os corpos dos 28
        return ""  # reféns': the figure counts this fact's noun, of which the noun after it says what
    others = [h for h in near if h[2] != fi]
    measured = [h for h in others if _measures(folded, h[1], c.start) and not _OF_WORDS_ONLY.fullmatch(folded, h[1], c.start)]
    if measured and _governed(folded, measured[0][0], claims, fi):
        return ""  # 'expected the creation of 50,000 jobs': this fact's cue governs the other's noun and its figure
    if measured:  # ... and with the article, one of that noun for each ('os corpos dos 28 reféns'), another fact's
        return f"{CLAIMED} ('{folded[measured[0][0]:measured[0][1]]}', '{folded[c.start:c.end]}')"
    if any(h[1] <= c.start for h in others):  # 'la muerte de al menos 38 personas que iban a bordo': 38 died
        own = [h for h in own if h[0] not in relative]
    if own:  # 'followers of the two leaders', '33 lives on the ground'; but 'release 39 Palestinian prisoners': the noun
        last = max(e for _, e, _ in own)  # the figure counts is the other's, and it is nearer than any verb
        right_after = last if last > c.end else c.end
        # Right after this fact's cue, another's narrows it only as a phrase of its own ('33 lives on the ground'), not
        # as the figure's predicate ('pelo menos dois polícias morreram' counts the police), nor as a phrase the groups
        # of a list share ('58 passengers and four crew members on board': the crew on board are the crew).
        others = [h for h in others if (h[0] >= right_after and _STILL_GAP.fullmatch(folded, right_after, h[0])
                  and (right_after == c.end or WORD.match(folded, h[0]).group() in _NARROWING
                       and not _WHOLE_WORLD.match(folded, h[0])
                       and not _shared_by_list(folded, c, claims, fi))
                  or _head_noun(folded, c.end, h, own)) and not _verb_object(folded, c, own[-1], [h])
                  or _verb_object(folded, c, h, own) or _victims_predicate(folded, own, h)]
    elif others and _predicate_after(folded, c, min(others), claims, fi):
        return ""
    if not others:
        return ""
    start, end, _ = min(others, key=lambda h: abs(h[0] - c.start))
    if end <= c.start and _governed(folded, start, claims, fi):  # 'esperaban la creación de 50.000 empleos'
        return ""
    return f"{CLAIMED} ('{folded[c.start:c.end]}', '{folded[start:end]}')"


_MODIFIER_GAP = rx.compile(r"\s+\d{1,3}-")  # a figure, then the hyphen of a compound it makes
# What a group includes, set off by commas after the figure and at most two words of its noun: '15 pessoas, incluindo
# sete bombeiros, ficaram feridas'.
_INCLUDED_ASIDE = rx.compile(r"(?:\s+[^\W\d_]+){0,2}?\s*(" + INCLUDING_AT + r"[^,;:.!?()]{1,50},)")


def _included_aside(folded: str, end: int) -> tuple[int, int] | None:
    """Where the aside of what a group includes stands, right after the figure that ends at end and its noun."""
    m = _INCLUDED_ASIDE.match(folded, end) if folded.find(",", end, end + 40) >= 0 else None
    return m.span(1) if m else None


_OF_WORDS_ONLY = rx.compile(r"\s+(?:of|de)\s+")  # 'un saldo de 38 muertos': what the figure counts, not one for each
_OF_ARTICLES = ARTICLES | {"the"}
_GOVERNED = rx.compile(r"\s+(?:(?:the|a|an|la|el|las|los|o|os|as|un|una|um|uma)\s+)?")  # a cue, then another as its object
_FORESEEING = rx.compile(r"\b(" + trie_pattern(FORECAST_WORDS | DEMAND_WORDS) + r")" + _GOVERNED.pattern + r"\Z")


def _governed(folded: str, start: int, claims: list[tuple[int, int, int]], fi: int) -> bool:
    """Whether a cue of this fact has the other fact's cue at start as its object, the article at most between, or a
    verb of foreseeing or asking that has this fact's cue as its subject does: in 'Los economistas esperaban la creación
    de 50.000 empleos' and 'el consenso, que apuntaba a la creación de 50.000' the figure is what was expected, not what
    was created."""
    before = claims[:bisect_left(claims, (start,))]
    for a, b, fj in reversed(before):  # past a cue of another fact the other's is compounded with: 'payroll gains'
        if fj == fi or b > start or folded[b:start].strip():
            break
        start = a
    own = [(a, b) for a, b, fj in before if fj == fi]
    if any(_GOVERNED.fullmatch(folded, b, start) for _, b in own):
        return True
    verb = _FORESEEING.search(folded, max(0, start - 50), start) if own else None
    return verb is not None and asked_by(verb.start(1), own, folded, 0)


def _measures(folded: str, end: int, start: int) -> bool:
    """Only 'of' stands between a cue ending at end and a figure at start: the figure is how many of the cue's noun
    there are ('a second group of 13'); with an article too, only after a plural, one for each ('los cuerpos de los 28',
    'os corpos dos 28'; not 'a maioria dos 133', a part of them)."""
    if end > start:
        return False
    gap = WORD.findall(folded, end, start)
    if not 1 <= len(gap) <= 2 or gap[0] not in OF_WORDS or not all(w in _OF_ARTICLES for w in gap[1:]):
        return False
    return (len(gap) == 1 and gap[0] in ("of", "de")) or folded[end - 1] == "s"


def _shared_by_list(folded: str, c: Candidate, claims: list[tuple[int, int, int]], fi: int) -> bool:
    """A phrase after the figure's noun is one the groups of a list share: the figure is the last of a list whose
    group before it this fact's cue does not name ('58 passengers and four crew members on board'; not '241 muertos
    y al menos 27 víctimas fatales en tierra', two groups of the dead the phrase tells apart)."""
    if not _last_of_list(folded, c.start):
        return False
    lo = bisect_left(claims, (max(0, c.start - 40),))
    return not any(fj == fi for _, _, fj in claims[lo:bisect_left(claims, (c.start,), lo)])


def _last_of_list(folded: str, start: int) -> bool:
    """The figure at start is the last of a list of groups: 'and' and a figure within three words before it."""
    words = WORD.findall(folded, max(0, start - 40), start)
    return len(words) >= 2 and words[-1] in AND and any(w[0].isdigit() or w in ALL_NUMBER_WORDS for w in words[-5:-1])


def _predicate_after(folded: str, c: Candidate, hit: tuple[int, int, int], claims, fi: int) -> bool:
    """Another fact's cue right after the figure's noun of people is a phrase that describes them, and this fact's cue
    is the predicate after that phrase: 'All 62 people aboard the plane were killed', '62 personas a bordo murieron'
    (not 'two gang members were arrested': the noun is the other's)."""
    noun = WORD.findall(folded, c.end, hit[0])  # the figure's own noun, of people, before the phrase
    if hit[0] < c.end or not noun or len(noun) > 2 or noun[-1] not in PERSON_NOUNS and noun[-1] not in PERSON_WORDS:
        return False
    for start, _, fj in claims[bisect_left(claims, (hit[1],)):]:
        if start - hit[1] > 40:
            return False
        if fj == fi:
            return not folded[hit[1]:start].strip() or subject_of_cue(folded, hit[1], start)
    return False


_VERB_ENDS = PARTICIPLE_ENDINGS + ("ou", "o", "aron", "ieron", "aram", "eram", "iram")


def _verb_object(folded: str, c: Candidate, hit: tuple[int, int, int], nouns) -> bool:
    """The cue hit is the verb right before the figure, whose object the figure is, and the cues nouns are all the
    noun after it, one that names people only as those a harm befell: 'havia identificado 12 vítimas', 'identified 12
    victims' (the identified, not the dead). A noun of its own kind is what it counts: 'free 39 Palestinian prisoners'."""
    if hit[1] > c.start or not folded.endswith(_VERB_ENDS, hit[0], hit[1]) \
            or not all(h[0] >= c.end and folded[h[0]:h[1]] in VICTIM_NOUNS for h in nouns):
        return False
    gap = WORD.findall(folded, hit[1], c.start)
    return len(gap) <= 1 and all(w in COUNT_FILLERS for w in gap)


def _victims_predicate(folded: str, own, hit: tuple[int, int, int]) -> bool:
    """This fact's cues are all a noun of those a harm befell, and the cue hit is the predicate right after it, past
    auxiliaries only: 'Vinte e três vítimas foram identificadas' (the identified). A noun of its own kind is what it
    counts: 'dois polícias morreram'."""
    last = own[-1][1]
    return hit[0] >= last and all(folded[h[0]:h[1]] in VICTIM_NOUNS for h in own) \
        and all(w in AUXILIARIES for w in WORD.findall(folded, last, hit[0]))


def _head_noun(folded: str, end: int, hit: tuple[int, int, int], own) -> bool:
    """The cue hit is the plural noun a figure ending at end counts, past at most two words that describe it and no
    plural ('release 39 Palestinian prisoners'; not 'un saldo de 95 víctimas mortales', where the plural noun comes
    first), the fact's own cues all before the figure: the verb, whose object the figure and its noun are."""
    if hit[0] < end or not folded.endswith("s", hit[0], hit[1]) or any(h[1] > end for h in own):
        return False
    gap = WORD.findall(folded, end, hit[0])
    return len(gap) <= 2 and all(w not in PAST_NOUN
                                 and not w[0].isdigit() and not w.endswith("s") for w in gap)


_NOUN_FORMS = ("s", "ed", "dead", "hurt", "missing")  # what a cue that is a figure's noun ends with: not a verb


def _noun_of_figure(folded: str, start: int, end: int) -> bool:
    """The cue at [start, end) is the noun of a figure right before it ('156 desaparecidos', '5 dead'), not a
    verb after a name's number ('el Embraer 190 transportaba')."""
    ahead = WORD.findall(folded, max(0, start - 16), start)[-1:]
    return bool(ahead) and (ahead[0][0].isdigit() or ahead[0] in ALL_NUMBER_WORDS) and folded[start - 1] == " " \
        and folded.endswith(_NOUN_FORMS, start, end)


# A stretch of places, from one capitalised name to another (see _stretch_end).
_STRETCH_OPENS = r"\b(?i:from|desde|de)[^\S\n]+(?:(?i:the)[^\S\n]+)?"
_STRETCH_FROM = rx.compile(_STRETCH_OPENS + r"\Z")
_STRETCH_WORDS = r"[^\S\n]+(?i:to|hasta|a|at[eé])[^\S\n]+(?:(?i:the)[^\S\n]+)?"
_STRETCH_ON = rx.compile(rf"(?:[^\S\n]+{CAPITAL}[\w'’.-]*)*" + _STRETCH_WORDS + CAPITAL)
_STRETCH_TO_END = rx.compile(_STRETCH_WORDS + r"\Z")
_STRETCH_TO = rx.compile(_STRETCH_OPENS + NAME + _STRETCH_WORDS + r"\Z")


def listed_place(claims: list[tuple[int, int, int]], fi: int, s0: int, run: list[tuple[int, int]]) -> int | None:
    """The place from its end, in a list of figures that 'respectively' gives in turn to the items of a list before
    them, of the one this fact's cue takes, when the cues of the competing facts stand there as many as the figures, in
    order: 'Los asesinos de la luna, de Martin Scorsese (que se va de vacío) y Barbie, de Greta Gerwig, que contaban con
    10 y 8 nominaciones, respectivamente' gives 8 to Barbie, however long its items are; else None."""
    listed: list[int] = []
    for a, b, fj in claims:
        if s0 <= a and b <= run[0][0] and fj not in listed:
            listed.append(fj)
    if len(listed) != len(run) or fi not in listed:
        return None
    return len(run) - 1 - listed.index(fi)
