"""Find each fact's values in an article: cues first, in one pass, then values bound to the nearest cue."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from . import rx
from .attribution import find_attribution
from .datelines import dateline_end, dateline_month
from .lexicon import (
    ACCORDING,
    ADDED_AFTER,
    ADDED_BEFORE,
    ARTICLE_NUMBERS,
    ASKED,
    CHANGE_WORDS,
    CONJUNCTIONS,
    COUNT_FILLERS,
    DEFINITE_PARTITIVES,
    DEMAND_WORDS,
    DISCLOSED,
    FACING_WORDS,
    FALL_VERBS,
    FORECAST_NOUNS,
    FORECAST_WORDS,
    GIVE_INFINITIVES,
    GIVE_VERBS,
    GIVEN,
    HAD,
    IDENTIFIED,
    IN_ADDITION,
    INCLUDING,
    INSTALMENT,
    KILL_VERBS,
    LATER,
    LEVEL_NOUNS,
    MONTHS,
    NEW_AFTER,
    OBJECT_OPENERS,
    OF_WORDS,
    PART_CUE_AFTER,
    PART_CUE_BEFORE,
    PART_OPENERS,
    PART_WHEN,
    PARTICIPLE_ENDINGS,
    PASSIVE,
    PAST_FORMS,
    PERSON_NOUNS,
    PERSON_WORDS,
    PLAN_WORDS,
    POLL_WORDS,
    PREPOSITIONS,
    PT_SHORT_WEEKDAYS,
    REACH_VERBS,
    REFERENCE_NOT,
    RELATIVES,
    SAID_PLURAL,
    SAY_VERBS,
    SUPERLATIVES,
    TIME_UNITS,
    TOLL_NOUNS,
    UNREAL,
    UNREAL_AFTER,
    VAGUE,
    VICTIM_NOUNS,
    WEEKDAYS,
    WENT_AS_FAR,
)
from .models import Article, Evidence, Fact, Finding, Rejection, RuleSet
from .normalize import KINDS, Candidate
from .normalize.count import A_FIGURE, AND_NOUN, counted_words, past_form
from .normalize.dates import INITIALLY, STRETCH, other_times
from .normalize.duration import MARGIN, margin, measured
from .normalize.numbers import ALL_NUMBER_WORDS, BEFORE_CHANGE, HEDGE_WORDS, STEP
from .normalize.score import RECORD, record_words
from .text import (
    AGE_APPOSITIVE,
    CLAUSE_BREAK,
    RELATIVE_AFTER_COMMA,
    UPPER,
    WORD,
    Scan,
    alternation,
    asides,
    bare_gap,
    fold,
    spans_after_break,
    stamp_line,
    trie_pattern,
)

LONG_SENTENCE = 2000  # characters; past this, only the stretch around a cue is read
PATTERN_SECONDS = 1.0  # a rule's own regular expression may take this long on one article, no more
BACKGROUND_KINDS = frozenset({"count", "number", "percentage", "money", "duration", "score"})  # figures a story dates
# 'fell to 84.5%', not 'fell 200m'; 'rose to a 3.5% annual pace', 'aumentó un 3,5%'.
_RISEN_TO = rx.compile(r"\b(?:has|have|had)?\s*(?:(?:" + alternation(REACH_VERBS) + r")(?:\s+(?:to|a|al|para))?"
                       r"|(?:" + alternation(FALL_VERBS) + r")\s+(?:to|a|al|para))(?:\s+(?:a|an|un|um))?\s*\Z")
# ... past the size of the change ('rose by 9 cents, or 0.2 percent, to $36.67', its aside left out: see bare_gap), or
# in a clause of its own after a comma ('avançou 0,2%, chegando a US$ 36,67', 'subió un 3%, alcanzando los 40 dólares').
_RISEN_BY_TO = rx.compile(r"\b(?:" + alternation(REACH_VERBS + FALL_VERBS) + r")\s+(?:by|en|em)\s+[^\s,;:]+(?:\s+[^\W\d_]+)?"
                          r"\s+(?:to|a|al|para|hasta|ate)\s*\Z")
_CAUSES = r"due\s+to|because\s+of|owing\s+to|debido\s+al?|a\s+causa\s+del?|por\s+causa\s+d[aeo]s?|devido\s+a[os]?"
_CAUSED_BY = rx.compile(r"\s+(?:caused\s+)?(?:by|" + _CAUSES + r"|causad[oa]s?\s+por|por|pela|pelo)"
                        r"\s+(?:(?:the|a|an|el|la|los|las|o|os|as|un|una|um|uma)\s+)?(?:[\w.'’-]+\s+){0,3}?")
# ... and after the cue: a cause named first ('postponed due to the strike that lasted 43 days'); not 'by' or 'por',
# which name an agent as well ('sentenced by a judge to 25 years').
_CAUSE_THEN = rx.compile(r"\s+(?:" + _CAUSES + r")\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?[^\W\d_]{2,}")
# Words that name what brought something about, before a cue after a figure ('grew 4.3%, thanks to consumer spending');
# of shares and amounts, not of counts, where what a cause brought about may be the fact ('12 died because of the fire').
_CAUSE_OPENS = rx.compile(r"\b(?:thanks\s+to|gracias\s+al?|gracas\s+a[os]?|driven\s+by|fuell?ed\s+by|boosted\s+by|"
                          r"propelled\s+by|impulsad[oa]\s+por|impulsionad[oa]\s+por|" + _CAUSES + r")\b")
_EFFECT_KINDS = frozenset({"percentage", "money"})
_REACH_HINT = rx.compile(r"\s(?:by|en|em)\s|(?:reaching|chegando|llegando|alcanzando|atingindo)\s")
_BREAK_IN_WORDS = rx.compile(r"[;:]|(?<!\d),|,(?!\d)")  # CLAUSE_BREAK, but not a comma in a figure ('0,2%', '2,000')
_REACHING = rx.compile(r",\s*(?:reaching|chegando\s+a|llegando\s+a|alcanzando|atingindo)"
                       r"(?:\s+(?:the|los|las|el|la|os|as|o|a))?\s*\Z")
# A cue that is who gives the figure reaches it past the window, within what it says: 'The organizers of a rally on
# Sunday in Victoria Park claimed that at least 1.7 million', 'the police released a far lower estimate, saying there
# were 128,000', 'la policía indicó que en el parque se habían congregado 128.000'; and a figure before 'according to'
# the cue: 'drew more than 1.7 million people, making it one of the largest rallies, according to organisers'.
_SAYING = alternation(GIVE_VERBS)
_SPEAKS = rx.compile(r"\s+(?:[a-z]+\s+)?(?:was|were|is|are|gave|put|[a-z]{3,}ed|" + alternation(DISCLOSED) + r")\b"
                     r"[^,;:]{0,80},\s*(?:saying|putting|placing|diciendo|cifrando|dizendo|adding|anadiendo|acrescentando)\b"
                     r"|,?(?:\s+(?:also|only|later|earlier|then|on\s+\w+))*\s+(?:" + _SAYING + r")\b"
                     r"|\s+(?:of|de|del|do|da|dos|das|from|in|at)\s[^,;:]{0,80}?\b(?:" + _SAYING + r")\b")
_ACCORDING_TO = rx.compile(r"\b(?:" + alternation(ACCORDING) + r")(?:\s+(?:the|el|la|los|las|o|a|os|as))?\s+\Z")
_STRONG_BREAK = rx.compile(r"[;:]")
_ASIDE_OPENS = rx.compile(r"\s*[—–(]|\s+-\s")  # an aside that opens right after a cue
# What opens a clause of contrast ('Milei se impuso por el 52,74% mientras que Massa...'); a plain search for each
# without its 'que' comes first, as most sentences hold none.
_CONTRASTS = ("while", "whilst", "whereas", "mientras que", "en tanto que", "enquanto", "ao passo que")
_CONTRAST_WORDS = tuple(w.removesuffix(" que") for w in _CONTRASTS)
_CONTRAST_ALT = alternation(_CONTRASTS)
_CONTRAST = rx.compile(r"\b(?P<word>" + _CONTRAST_ALT + r")\s+(?:[\w'’.-]+\s+){0,4}\Z")
# ... and past the cue, one that a subject follows opens the clause after the cue's: 'fue el héroe con su gol decisivo,
# mientras Ángel Di María se despidió' ('mientras' alone after a comma too); not 'killed while carrying out their duties'.
_CONTRAST_OPENS = rx.compile(r",\s*(?P<comma>mientras)\b|\b(?P<word>" + _CONTRAST_ALT + r")\b")
_SUBJECT_WORD = rx.compile(r"\s+(?:the|his|her|their|its|others?|another|some|he|she|they|el|la|los|las|su|sus|otros|otras|"
                           r"o|a|os|as|seu|sua|seus|suas|outros|outras|ele|ela|eles|elas)\b")
_SUBJECT_NAME = rx.compile(rf"\s*[{UPPER}]")  # read on the text as written


def _after_contrast(c: Candidate, ahead: re.Match[str]) -> str:
    return f"in the clause after the cue's ('{ahead.group('word') or ahead.group('comma')}')" if c.start >= ahead.end() else ""


# A phrase past the cue that a preposition opens on a verb of its own: the names in it are that verb's, not the cue's
# ('sent off for pulling Marc Cucurella's hair', 'expulso por puxar o cabelo de Cucurella', 'detenido tras agredir a').
_DOING_AFTER = rx.compile(r"(?=[abfpstw])\b(?:(?:for|after|before|while|without)\s+"
                          r"(?!(?:some|any|no|every)thing\b|morning\b|evening\b|during\b|king\b|spring\b|wedding\b|building\b|ceiling\b)[a-z]{3,}ing"
                          r"|(?:por|tras|sin|apos|sem)\s+(?!(?:mar|lugar|poder|hogar|aire|mayor|menor|primer|par|taller|"
                          r"jugador|ganador|valor|amor|favor|exterior|interior|anterior|posterior|dolar|militar|popular|"
                          r"familiar|particular)\b)[a-z]{2,}(?:ar|er|ir)(?:lo|la|le|los|las|les|se)?)\b")


# A second predicate past the cue's own words: 'scored twice and provided an assist for Joao Pedro' (not 'captured and
# detained Maduro', where the two verbs share what follows).
_AND_VERB = rx.compile(r"(?=[aey])\b(?:and|y|e)\s+([a-z]+)\b")
_AND_VERB_NEXT = rx.compile(r"\s+(?:and|y|e)\s+([a-z]+)\b")
_AND_OPENS = (" and ", " y ", " e ")


def _past_verb(word: str) -> bool:
    """A verb in the past by its form, as count's past_form reads it, and longer than four letters ('provided',
    'followed'; not 'red', 'bed', 'need')."""
    return len(word) > 4 and past_form(word)


def _and_predicate(scan: Scan, cue_start: int, cue_end: int) -> re.Match[str] | bool:
    """'and' and a verb in the past right after a cue that is no verb, the last word of a predicate whose subject the
    second one shares ('exceeded all forecasts and followed'), or False: a cue that is a verb shares what follows ('rose
    and reached 57')."""
    m = _AND_VERB_NEXT.match(scan.folded, cue_end)
    if m is None or not _past_verb(m.group(1)) or _verb_cue(scan, cue_start, cue_end):
        return False
    return m


def _doing_after(scan: Scan, cue_end: int, s1: int) -> re.Match[str] | None:
    """The first phrase past the cue, before s1, that a preposition opens on a verb of its own, or a verb in the past
    joined by 'and' after words of the cue's own opens, or None."""
    doing = _DOING_AFTER.search(scan.folded, cue_end, s1)
    for m in _AND_VERB.finditer(scan.folded, cue_end, doing.start() if doing else s1):
        if scan.folded[cue_end:m.start()].strip() and _past_verb(m.group(1)):
            return m
    return doing


# A word right before a cue that says it did not quite happen.
_NEAR_MISS = ("nearly ", "almost ", "casi ", "quase ", "por poco ", "por pouco ")


def _names_past(scan: Scan, cue_end: int, s1: int, ahead: re.Match[str] | None):
    """The test of a name against what stands past the cue: a contrast that opens a clause of its own, or a phrase of
    another verb (see _doing_after), looked for only once a name past the cue is tested."""
    unsought = object()
    doing = unsought

    def check(c: Candidate) -> str:
        nonlocal doing
        if c.start < cue_end:
            return ""
        if doing is unsought:
            doing = _doing_after(scan, cue_end, ahead.start() if ahead else s1)
        if doing is not None and c.start >= doing.end():
            return f"in a phrase of another verb past the cue ('{' '.join(scan.text[doing.start():doing.end()].split())}')"
        return "" if ahead is None else _after_contrast(c, ahead)

    return check


def _holds_any(scan: Scan, name: str, words: tuple[str, ...] | list[str]) -> bool:
    """Whether the article holds any of words (a set called name) anywhere: most hold none of a rare set, and a plain
    search once an article says so at little cost."""
    key = ("holds any", name)
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = any(w in scan.folded for w in words)
    return found


def _contrast_ahead(scan: Scan, s0: int, cue_end: int, s1: int) -> re.Match[str] | None:
    """The contrast past the cue, in [s0, s1), that opens a clause of its own (see _CONTRAST_OPENS), or None."""
    if not _holds_any(scan, "contrasts", _CONTRAST_WORDS):
        return None
    key = ("contrasts", s0, s1)
    opens = scan.memo.get(key)
    if opens is None:  # once a sentence: those that open a clause with a subject, in order
        opens = scan.memo[key] = [] if not any(scan.folded.find(w, s0, s1) >= 0 for w in _CONTRAST_WORDS) else [
            m for m in _CONTRAST_OPENS.finditer(scan.folded, s0, s1)
            if _SUBJECT_WORD.match(scan.folded, m.end()) or _SUBJECT_NAME.match(scan.text, m.end())]
    for m in opens:
        if m.start() >= cue_end:
            return m
    return None


def _opened_by(words: tuple[str, ...]) -> re.Pattern[str]:
    """What ends inside a clause that one of words opens after a comma, with no comma nor end of sentence since."""
    return rx.compile(r",\s*(?:" + alternation(words) + r")\b(?:[^,;:.!?]|\.(?!\s))*\Z")


# A cue inside a relative clause: 'A polícia, cujos números são mais baixos do que as estimativas dos organizadores';
# and with one that says where: 'A Bolsa de tecnologia Nasdaq, onde as ações da CrowdStrike são negociadas, subia 0,05%'.
_IN_RELATIVE = _opened_by(RELATIVES)
_IN_CLAUSE = _opened_by(RELATIVES + ("where", "onde", "donde", "en donde", "in which", "en el que", "en la que", "em que",
                                     "no qual", "na qual"))
_IN_APPOSITIVE = rx.compile(r",\s*(?:a|an|the|un|una|um|uma)\s+((?:[^\W\d_]+\s+){0,8})")  # ', a key barometer of'
_CLAUSE_CLOSE = rx.compile(r"(?:[^,;:]|,\s*\d{1,3}\s*(?=,))*,")  # past an age set off by commas ('Jerry Ortiz, 35,')


def _in_relative(folded: str, s0: int, at: int) -> bool:
    """What stands at at is inside a relative clause set off by a comma, opened in the 120 characters before it."""
    return _IN_RELATIVE.search(folded, max(s0, at - 120), at) is not None


def _relative_close(folded: str, s0: int, s1: int, cue_start: int, cue_end: int) -> int:
    """Where the relative clause or the appositive set off by commas that holds the cue closes (past its comma), or 0:
    what follows is said of what the clause is about, not of the cue ('the PCE index, a key barometer of inflation and
    consumer spending, rose 2.8%')."""
    if _IN_CLAUSE.search(folded, max(s0, cue_start - 120), cue_start) is None and not (
            (comma := folded.rfind(",", max(s0, cue_start - 80), cue_start)) >= 0
            and (m := _IN_APPOSITIVE.fullmatch(folded, comma, cue_start)) and _verbless(m.group(1).split())):
        return 0
    m = _CLAUSE_CLOSE.match(folded, cue_end, s1)
    return m.end() if m else 0


def _says(folded: str, s0: int, s1: int, cue_start: int, cue_end: int) -> bool:
    """The cue may be who gives a figure later in its sentence: a verb of saying follows it (see _SPEAKS), and it is
    not inside a relative clause ('A polícia, cujos números são mais baixos do que os dos organizadores, disse')."""
    return _SPEAKS.match(bare_gap(folded, cue_end, min(s1, cue_end + 400), relatives=True)) is not None and \
        not _in_relative(folded, s0, cue_start)


def _credited_to(folded: str, s0: int, cue_start: int) -> bool:
    """A figure before the cue is credited to it: 'according to organisers', 'según la policía'."""
    return not _in_relative(folded, s0, cue_start) and \
        _ACCORDING_TO.search(folded, max(s0, cue_start - 30), cue_start) is not None

_UNREAL = rx.compile(r"\W(" + trie_pattern({w.replace("_", " ") for w in UNREAL}) + r")\b")  # see spans_after_break
_DASH_TEXT = r"[—–]|\s-\s"  # a dash that sets words off: an en or em dash, or a hyphen with spaces
_SET_OFF = rx.compile(r"[()\[\]]|" + _DASH_TEXT)  # a dash or a bracket: what stands on one side does not govern the other
_NOT_ABOUT = "in a sentence that names none of what the fact is about (its about: list)"
_ASIDE = "in an aside (between dashes or brackets) that the cue is not in"
_GLOSSED = frozenset({"percentage", "money", "count"})  # kinds whose figure an aside may gloss right after the cue's phrase
_GLOSS_GAP = rx.compile(r"(?:\s+[^\W\d_]+){0,2}\s*")  # between a cue and the aside that glosses its phrase
FIGURE_KINDS = frozenset({"count", "number", "percentage", "money"})
UNREAL_KINDS = frozenset({"count", "number", "percentage", "money", "duration", "entities", "place"})  # not dates: schedules
_WHEN_KINDS = frozenset({"date", "time"})
_ARTICLE_BEFORE = rx.compile(r"\b(?:the|a|an|its)\s+(?:[a-z]+ly\s+)?\Z")  # 'the (partially) collapsed'
_NOUN_NEXT = rx.compile(r"\s+(?!(?:on|in|at|by|and|or|to|from|with|after|before|early|late|last|this|that|the|a|an|his|"
                       r"her|its|their|" + alternation(MONTHS) + "|" + alternation(WEEKDAYS) +
                       r")\b)(?!\d+(?:st|nd|rd|th)?(?![\w-]))(\w[\w-]*)")  # a word after the cue that may be its noun (not a day)
_DENIAL = rx.compile(r"\b(?:den(?:y|ied|ies|ying)|rejected reports|nego|negaron|neg(?:o|ou|aram)|desmint\w*)\b")


@dataclass(frozen=True, slots=True)
class _Cue:
    fact: int  # index into the rule set's facts
    first: str  # the first word, folded
    exact: bool  # the first word must be whole (no trailing * in the rule)
    rest: re.Pattern[str] | None  # the words after the first, for a phrase


def _compile_cue(fact: int, cue: str) -> _Cue | None:
    parts = fold(cue).split()
    words = [(w, part.endswith("*") and j == len(WORD.findall(part)) - 1)
             for part in parts for j, w in enumerate(WORD.findall(part))]
    if not words:
        return None
    rest = None
    if len(words) > 1:
        rest = rx.compile("".join(r"[\s'-]+" + re.escape(w) + (r"\w*" if pre else r"(?!\w)") for w, pre in words[1:]))
    return _Cue(fact, words[0][0], not words[0][1], rest)


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
        self._compete = _competing(rules)
        # A span is of the words it is written onto: another fact's cue there claims it ('six-week strike').
        self._spans = frozenset(i for i, f in enumerate(rules.facts) if f.kind == "duration")
        # Head counts each about a place of their own ('about: [Haiti]', 'about: [Jamaica]'): a figure placed in what
        # another is about is that one's; so it is when the one has no about: list and shares a cue with the other, the
        # whole of what that counts in a part ('turnout' nationwide, 'nyc_turnout' about New York).
        self._abouts = {i: [g.about for g in rules.facts if g.about is not None and g is not f and g.kind == "count"
                            and (f.about is not None or not {fold(c) for c in f.cues}.isdisjoint(fold(c) for c in g.cues))]
                        for i, f in enumerate(rules.facts) if f.kind == "count"}
        # Shares, results, spans and head counts of the same kind about different subjects ('about: [Paz]', 'about:
        # [Quiroga]'; 'about: [House]', 'about: [Senate]'): a value held by what another is about is that one's.
        self._rivals = {i: rivals for i, f in enumerate(rules.facts) if f.about is not None
                        and (f.kind in _HELD_KINDS or f.kind == "count")
                        and (rivals := [g.about for g in rules.facts if g.kind == f.kind and g.about is not None
                                        and g.about.pattern != f.about.pattern])}
        # Facts a cue of which a phrase they ignore may hold ('struck at goal' for the cue 'goal'): only theirs are tested,
        # by the cue's first word in the phrases as written (the expression's source, its escapes taken out: 'u\.s\.').
        self._ignores_cues = frozenset(i for i, f in enumerate(rules.facts) if f.ignore is not None and any(
            fold(c).rstrip("*").split()[0] in f.ignore.pattern.replace("\\", "") for c in f.cues if fold(c).strip("* ")))

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
        standards = sorted(_occurrences(folded, _STANDARD_WORDS))  # most articles compare nothing: a plain search first
        for start, end in spans_after_break(self._pattern, folded):
            word = folded[start:end]
            cues = by_word.get(word)
            if cues is None:
                cues = cues_for(word)
            if not cues:
                continue
            if folded.startswith(".", end) and scan.text[end + 1:end + 2].islower():
                continue  # 'According to Layoffs.fyi', 'Amazon.com': a word of a web name, not the word
            if _compared_with(folded, start) or standards and _of_the_standard(folded, start, standards):
                continue  # 'longer than planned', 'más de lo previsto': what it is compared with, not said here
            if word in FORECAST_NOUNS and _beaten(folded, start, end):
                continue  # 'superó las expectativas, al registrar 119 mil': the forecast beaten is not given here
            for c in cues:
                if c.rest is None:
                    out[c.fact].append((start, end))
                else:
                    more = c.rest.match(folded, end)
                    if more is not None:
                        out[c.fact].append((start, more.end()))
        return out

    def find(self, article: Article, scan: Scan | None = None) -> tuple[list[Finding], list[Rejection]]:
        """All findings for all facts in one article, and the candidates refused on the way."""
        scan = scan or Scan(article.text)
        findings: list[Finding] = []
        rejections: list[Rejection] = []
        cue_hits = self.find_cues(scan)
        claims = sorted((a, b, fj) for fj in self._counts for a, b in cue_hits.get(fj, ()))  # of every head count
        every = sorted((a, b, fj) for fj, spans in cue_hits.items() for a, b in spans) if self._spans else []
        reached: dict[tuple[int, int], list[_Reach]] = defaultdict(list)  # a value -> the cues that took it
        for fi, fact in enumerate(self.rules.facts):
            found, refused = self._find_fact(fact, article, scan, cue_hits.get(fi, ()), fi,
                                            claims if fi in self._counts else every if fi in self._spans else [],
                                            reached if fi in self._compete else None)
            findings += found
            rejections += refused
        if any(len(by) > 1 for by in reached.values()):
            findings, rejections = _nearest_fact(self.rules, findings, rejections, reached, scan, article.language)
        return findings, rejections

    @staticmethod
    def _candidates(fact: Fact, kind, scan: Scan, article: Article, s0: int, s1: int,
                    hits: Sequence[tuple[int, int]] = ()) -> list[Candidate]:
        """The sentence's values of the fact's kind, those it cannot hold refused. A word of another time or of a plan
        that is a cue of the fact ('originally', 'supposed to' for the length a mission was meant to have) is what
        the fact is about: it takes no value from it."""
        cands = kind.find(scan, article, s0, s1, fact.spec)
        if fact.kind == "duration" and hits:  # 'beat the record by 34 seconds': a margin is the fact's whose cue is in it
            cands = [_own_margin(c, scan.folded, s0, hits) if c.reason.startswith(MARGIN) else c for c in cands]
        if fact.kind == "score" and hits:  # 'is 10-5 overall': a won-lost record is the fact's whose cue is in its words
            cands = [replace(c, reason="") if c.reason.startswith(RECORD)
                     and _overlaps(*record_words(scan.folded, c.start, c.end), hits) else c for c in cands]
        about_then = False  # a word of another time that is a cue of the fact ('initially' for what was at first)
        if fact.values:  # the rule's own words for a value: 'hat-trick' is 3
            cands = cands + _value_words(fact, scan.folded, s0, s1, cands)
        cands = sorted(cands, key=lambda c: c.start)
        if fact.about is not None and cands:
            reach = _about_reach(fact.about, scan, s0, s1, fact.ignore)
            if reach < s1:  # 'Allen was suspended'; 'Además de Bolsonaro, Braga Netto fue condenado a 26 años'
                cands = [c if c.reason or c.start < reach else replace(c, reason=_NOT_ABOUT) for c in cands]
        if cands and fact.background and fact.kind in BACKGROUND_KINDS and not _accepts(fact, "year"):
            months = fact.period is not None  # then a month not of the period is another, even with no date to tell
            when = scan.memo.get(("when", s0, s1, months))
            if when is None:
                filed = dateline_month(article.dateline) if article.dateline and not article.published else None
                when = scan.memo[("when", s0, s1, months)] = other_times(scan.folded[s0:s1], article.published, filed,
                                                                         months, scan.text[s0:s1] if months else "")
            if when and hits:
                # 'planned to' on the cue 'planned'; 'the last 12 months' holding the cue '12 months' of a yearly rate
                kept = [w for w in when if not _opens_on(w[0] + s0, w[1] + s0, hits, scan.folded)
                        and not _overlaps(w[0] + s0, w[1] + s0, hits)]
                about_then, when = len(kept) < len(when), kept
            if when and fact.period is not None:  # 'em janeiro' when the fact is January's inflation
                when = [w for w in when if not _names_period(fact.period, scan.folded, w[0] + s0, w[1] + s0)]
            if when:  # 'In 2019, a similar raid killed 12': a figure from another time is background
                clause = not _accepts(fact, "age")
                cands = [c if c.reason else _background(c, when, scan.folded, s0, clause) for c in cands]
        if cands and fact.background and fact.kind == "date":
            sentence = scan.folded[s0:s1]
            if any(w in sentence for w in _EARLIER_ADJECTIVES):
                # 'exceeding the previous record of 23.9C recorded in Brighton on August 3, 1990': that record's day
                earlier = [sp for sp in other_times(sentence, None) if sp[2] in _EARLIER_ADJECTIVES]
                cands = [c if c.reason else _background(c, earlier, scan.folded, s0) for c in cands]
        if cands and fact.background and fact.kind in _EARLIER_KINDS:
            earlier = scan.memo.get(("since", s0, s1))
            if earlier is None:
                earlier = scan.memo[("since", s0, s1)] = _since_the(scan.folded, s0, s1) or ()
            if earlier and not _heads(earlier, hits, scan.folded):
                # 'the biggest rally since the July 1 march, which organisers estimated two million attended'; but the
                # earlier event is the fact when its cue names it ('since the earthquake of Feb. 27, 2010')
                a, b, _, _ = earlier
                why = f"about an earlier event ('{scan.text[a:min(b, a + 40)].strip()}')"
                cands = [replace(c, reason=why) if a <= c.start < b and not c.reason else c for c in cands]
        if cands and fact.background and fact.kind in _EARLIER_KINDS:
            other = _SEPARATE_OPENS.match(scan.folded, s0, s1)
            if other is not None:  # 'In a separate attack in the north, five people were killed': another event's
                why = f"about another event ('{' '.join(scan.text[s0:other.end()].split())}')"
                cands = [replace(c, reason=why) if not c.reason and c.start >= other.end() and not _TOTAL_LEVEL.search(
                    scan.folded, max(s0, c.start - 60), c.start) else c for c in cands]
        if cands and fact.kind in UNREAL_KINDS:
            unreal = _words_of("unreal", _UNREAL, scan, s0, s1)
            if unreal and hits:
                own = [(a, b) for a, b in unreal if _opens_on(a, b, hits, scan.folded) or _owns(a, b, hits, scan.folded, s0)]
                if own or about_then:  # the fact is the plan, or what was at first: no word of a plan refuses its values,
                    plans = [(a, b) for a, b in unreal if (a, b) in own or scan.folded[a:b] in PLAN_WORDS]
                    unreal = [sp for sp in unreal if sp not in plans]  # and what the plan turned into is not the plan
                    cands = [_turned(c, plans, scan.folded) if not c.reason else c for c in cands]
            if unreal and fact.ahead:  # a fact of what is to come: 'shareholders are expected to own 46%', 'plans to cut'
                unreal = [(a, b) for a, b in unreal if scan.folded[a:b] not in PLAN_WORDS]
            if unreal and fact.kind == "money":  # 'a cambio de 29 millones de euros': a price, no offer
                unreal = [(a, b) for a, b in unreal if scan.folded[a:b] not in _EXCHANGE]
            if unreal:  # 'the toll could rise to 50': a figure that may be, not one that is
                after = fact.kind in FIGURE_KINDS
                cands = [c if c.reason else _unreal(c, unreal, scan.folded, after=after, hits=hits) for c in cands]
            asked = _words_of("asked", _ASKED, scan, s0, s1) if any(not c.reason for c in cands) else ()
            if asked:  # 'the 40 to 50 years prosecutors sought': what was asked for, unless the fact is what they asked
                contact = fact.kind in _ENDS_WITH_UNIT
                cands = [c if c.reason else _asked_for(c, asked, scan.folded, hits, contact) for c in cands]
        if cands and fact.kind == "duration":  # '278 days longer than planned': a difference, unless a cue names it
            for i, c in enumerate(cands):
                m = None if c.reason else _LONGER_AFTER.match(scan.folded, c.end)
                if m is not None and not _overlaps(c.end, m.end(), hits):
                    cands[i] = replace(c, reason=f"how much longer than something else ('{scan.folded[c.start:m.end()]}'),"
                                                 " not the span")
                m = None if c.reason or m else _SILENCE_AFTER.match(scan.folded, c.end)
                if m is not None and not _overlaps(c.end, m.end(), hits):  # 'a minute of silence': an act, not its length
                    cands[i] = replace(c, reason=f"a silence kept ('{scan.text[c.start:m.end()]}'), not the span")
        if article.dateline and cands:  # 'CARACAS, 5 de enero (EFE).-' says where and when it was filed
            a, b = _dateline_span(scan, article)
            if a < b:
                cands = [replace(c, reason="in the dateline: where and when the story was filed")
                         if c.start < b and a < c.end and not c.reason else c for c in cands]
        if fact.ignore is not None and cands:
            masked = _ignored_in(scan, fact.ignore, s0, s1)
            if masked:
                cands = [c for c in cands if not _overlaps(c.start, c.end, masked)]
        return cands

    @staticmethod
    def _belongs(fact: Fact, scan: Scan, s0: int, s1: int, cue_start: int, cue_end: int, fi: int = -1,
                 claims: list[tuple[int, int, int]] | None = None):
        """For figures and dates, a test of a candidate against the sentence's shape: why it describes
        something other than what the cue names, or ''; None when nothing in the sentence can tell.
        claims: the cue spans of this fact (index fi) and of the facts competing for its figures, in order."""
        if fact.kind in _WHEN_KINDS:
            described = _describes(scan.folded, cue_start, cue_end)
            if described:  # 'recovered Friday from the collapsed tower': the tower, not when it fell
                return lambda c: described
            toll = _TOLL_OF.search(scan.folded, max(s0, cue_start - 60), cue_start)
            what = "when the toll was given"  # 'On Wednesday, the toll from the collapse rose to 18': when the toll rose
            reach = 1  # 'the toll from the collapse on June 24' dates the collapse, 'the toll from the collapse rose on' not
            if toll is None:  # 'was arrested after the crash, appeared on Thursday': the crash is a point of reference
                toll, what, reach = _reference_to(scan, s0, cue_start), "a day of something else", 6
            if toll is not None:
                head = toll.groupdict().get("head") is not None
                # 'after the white smoke wafted into the late afternoon sky at 6:07 p.m.': the cue heads a clause of its
                # own, which dates it up to the clause's end
                clause = reach > 1 and not head and _OWN_VERB.match(scan.folded, cue_end) is not None
                return lambda c: _when_of_toll(scan.folded, c, toll.start(), cue_start, cue_end, what, reach, head,
                                               clause) or (
                    _said_on(scan.folded, c, cue_start, cue_end) if fact.kind == "date" else "")
            where = _WHERE_BEFORE.search(scan.folded, max(s0, cue_start - 50), cue_start)
            if where is not None:  # 'la ciudad donde se produjo el accidente, fue detenido este miércoles'
                return lambda c: _outside_where(scan.folded, c, where.start(), cue_end) or (
                    _said_on(scan.folded, c, cue_start, cue_end) if fact.kind == "date" else "")
        if fact.kind == "date":
            return lambda c: _said_on(scan.folded, c, cue_start, cue_end)
        if fact.kind == "score":
            return _score_aside(scan, s0, s1, cue_start, cue_end)
        if fact.kind == "duration":
            return lambda c: _measures_other(scan, c, fi, claims or (), cue_end) or _added_span(scan.folded, c, cue_start)
        if fact.kind not in FIGURE_KINDS:
            ahead = _contrast_ahead(scan, s0, cue_end, s1) if fact.kind in ("entities", "place") else None
            if fact.kind == "entities":
                return _names_past(scan, cue_end, s1, ahead)
            return None if ahead is None else lambda c: _after_contrast(c, ahead)
        subset = _SUBSET_AFTER.match(scan.folded, cue_end) if fact.kind == "count" else None
        if subset is not None:  # 'o número de mortos identificados subiu para 224': the identified, a part of the dead
            why = f"counts a part of what the cue names ('{scan.folded[cue_start:subset.end()]}')"
            return lambda c: why
        spans = _asides(scan, s0, s1)
        ages = fact.kind == "number" and scan.folded.find("-old", s0, s1) >= 0  # no copy of the sentence
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
                found = scan.memo[key] = found if len({fj for _, _, fj in found} | {fi}) > 1 else []
            claims = found
        killer = ""  # 'two gunmen killed a guard': the cue's object is who died
        if fact.kind == "count":
            killer = scan.memo.get(("object", cue_start))
            if killer is None:
                killer = scan.memo[("object", cue_start)] = _object_of(scan, cue_start, cue_end)
        # 'Três sobreviventes disseram que', 'two injured passengers told reporters': the figure counts who spoke.
        speakers = _SPEAKERS.match(scan.folded, cue_end) if fact.kind == "count" else None
        owned = _POSSESSIVE.match(scan.folded, cue_end)  # 'the officer's partner, Vassilios Saraliotis, 31'
        # 'Fifteen of the dead were soldiers', '$281 million of the price': a part of what the cue names.
        part_of = _PART_OF.search(scan.folded, max(s0, cue_start - 48), cue_start) if fact.kind in _SHARED else None
        if part_of and part_of.group("noun") and not _part_of_described(part_of, scan.folded, cue_start):
            part_of = None  # 'Three out of ten people died', 'al menos 122 de las víctimas perdieron la vida'
        # 'free 50 of the roughly 240 hostages', 'Fifteen of the 32 dead': a part of a whole, both figures.
        wholes = _wholes(scan, s0, s1) if fact.kind == "count" else ()
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
            if any(w in near for w in _CONTRAST_WORDS) else None
        held = _relative_close(scan.folded, s0, s1, cue_start, cue_end) if scan.folded.find(",", s0, cue_start) >= 0 else 0
        besides = _besides_phrase(scan, s0, s1, cue_start, cue_end) if fact.kind in _SHARED else 0
        ahead = _contrast_ahead(scan, s0, cue_end, s1)
        if not spans and not ages and not parts and not claims and not killer and not owned and not part_of \
                and not other_clause and not speakers and not contrast and not held and not ahead and not wholes \
                and not besides:
            return None
        # A figure inside an aside the cue is not in ('Chohan – who leaves two grandchildren – died'), unless the
        # aside opens right after the cue as its gloss ('followed by core inflation (2.4 percent)').
        # Names listed in an aside ('Maduro — and his wife Cilia Flores —') still count: figures only.
        cue_in = next((sp for sp in spans if sp[0] <= cue_start < sp[1]), None)
        if cue_in and not scan.folded[cue_in[0] + 1:cue_start].strip() and not scan.folded[cue_end:cue_in[1] - 1].strip():
            cue_in = None  # a cue that is all its bracket holds glosses the noun before it: 'the personal consumption
            # expenditures (PCE) price index ... recorded a 2.8% increase'
        gloss = next((sp for sp in spans if sp[0] >= cue_end and _GLOSS_GAP.fullmatch(scan.folded, cue_end, sp[0])), None) \
            if spans and fact.kind in _GLOSSED else None

        def check(c: Candidate) -> str:
            if contrast and c.end <= contrast.start():
                return f"in the clause before the cue's ('{contrast.group('word')}')"
            if ahead:
                why = _after_contrast(c, ahead)
                if why:
                    return why
            if held and c.start >= held:
                return "past the relative clause the cue is in: said of what the clause is about"
            if besides and c.start >= besides:
                return f"a group besides the one the cue is about ('{scan.text[s0:besides].strip()} ...')"
            if spans:
                inside = next((sp for sp in spans if sp[0] <= c.start < sp[1]), None)
                if inside != cue_in and (inside is None or inside != gloss or scan.folded[inside[0] + 1:c.start].strip(" +-")):
                    return _ASIDE  # a gloss is the figure alone: '(2.4 percent)', not '(52-3, 46 KOs)'
            if other_clause and c.start >= other_clause:
                sub = _SUBORDINATE_BEFORE.search(scan.folded, max(cue_end, c.start - 24), c.start)
                if sub and _GOES_ON.match(scan.folded, c.end):  # not the end of a phrase: 'barred until 2060.'
                    return f"the subject of a clause of its own ('{scan.text[sub.start():c.end]}')"
            if part_of and c.end == part_of.start() and not _ALL.search(scan.folded, max(s0, c.start - 12), c.start):
                return f"a part of what the cue names ('{scan.folded[c.start:cue_end]}')"
            if wholes:
                for part, whole in wholes:
                    if c.start == whole and cue_end <= part:  # the cue is before the part: it counts the part
                        return f"the whole a part is taken from ('{scan.text[part:c.end]}')"
            if parts:
                whole = _whole_of_part(scan.folded, c, parts, cue_start)
                if whole:
                    return whole
            if claims:
                other = scan.memo.get(("claimed", c.start, fi))
                if other is None:
                    other = scan.memo[("claimed", c.start, fi)] = _claimed(scan.folded, c, claims, fi)
                if other:
                    return other
            if killer and c.end <= cue_start and PASSIVE.isdisjoint(WORD.findall(scan.folded, c.end, cue_start)):
                return f"not those killed: the verb's object names them ('{scan.folded[cue_start:cue_end]} {killer}')"
            if speakers and c.end <= cue_start and len(WORD.findall(scan.folded, c.end, cue_start)) <= 1 \
                    and not _ALL.search(scan.folded, max(s0, c.start - 12), c.start):
                return f"counts who said it ('{scan.text[c.start:speakers.end()]}')"
            if owned and c.start > owned.end():
                whose = _of_the_owned(scan.folded, c, cue_start, owned.end())
                if whose:
                    return whose
            if ages:
                return _age_of_another(scan.folded, c, cue_start, cue_end)
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
                   reached: dict[tuple[int, int], list[_Reach]] | None = None,
                   ) -> tuple[list[Finding], list[Rejection]]:
        """This fact's values in the article, and what was refused. reached, when given, gathers for each value taken
        how near its cue was: (distance, fi, the cue's text, where the cue stands)."""
        kind = KINDS[fact.kind]
        chosen: dict[tuple[int, int], tuple[Candidate, str, tuple[int, int]]] = {}
        refused: dict[tuple[int, int], Rejection] = {}
        per_sentence: dict[tuple[int, int], tuple[list[Candidate], list[int]]] = {}
        for cue_start, cue_end in hits:
            if fact.background and _named_former(scan.folded, cue_start, cue_end):
                continue  # 'down from its prior range of 3.75% to 4%', 'abaixo da faixa anterior': the cue names the earlier one
            if scan.folded.endswith(_NEAR_MISS, 0, cue_start):
                continue  # 'the Englishman nearly scoring', 'casi marca', 'quase marcou': what did not happen
            s0, s1 = scan.sentence_at(cue_start)
            if fi in self._ignores_cues and _overlaps(cue_start, cue_end, _ignored_in(scan, fact.ignore, s0, s1)):
                continue  # a cue inside a phrase the rule ignores is no cue: 'death certificate', 'struck at goal'
            if fact.kind in _STAMPED and _stamp_of_page(scan.text, s0, s1):
                continue  # 'Published: 2025-11-20', 'Publicado em 20 de novembro de 2025 às 10h33': the page's, no news
            if s1 - s0 > LONG_SENTENCE:  # a run-on 'sentence' (a list, a table, an attack): look near the cue
                s0, s1 = _around(scan.text, s0, s1, cue_start, cue_end)
            found = per_sentence.get((s0, s1))
            if found is None:
                cands = self._candidates(fact, kind, scan, article, s0, s1, hits)
                if self._abouts.get(fi):
                    cands = [c if c.reason or not (why := _placed_elsewhere(scan, c, s0, fact.about, self._abouts[fi]))
                             else replace(c, reason=why) for c in cands]
                if fact.kind == "count" and _says_alone(scan, s0, s1):
                    cands = [c if c.reason or not (why := _part_alone(scan, c, s0, s1, fact.about))
                             else replace(c, reason=why) for c in cands]
                if self._rivals.get(fi):
                    cands = [c if c.reason or not (why := _held_by_another(scan, c, s0, s1, fact, self._rivals[fi]))
                             else replace(c, reason=why) for c in cands]
                if fact.about is not None and fact.kind in _HELD_KINDS:
                    cands = [c if c.reason or not (why := _relative_on_another(scan, c, s0, s1, fact))
                             else replace(c, reason=why) for c in cands]
                found = per_sentence[(s0, s1)] = (cands, [c.start for c in cands])
            cands, starts = found
            if scan.folded[cue_start - 1:cue_start] == "-" and (glued := [c for c in cands if c.end == cue_start - 1]):
                cands, starts = glued, [glued[0].start]  # '$30-per-share, $108.4 billion': written onto its value alone
            near = []
            belongs = None
            if cands:
                joined = _joined_group(scan.folded, cue_start, cue_end, hits, article.language, fi, claims) \
                    if fact.kind == "count" else _paired_means(scan.folded, cue_start, cue_end) if fact.kind == "money" else ""
                belongs = (lambda c, why=joined: why) if joined else \
                    self._belongs(fact, scan, s0, s1, cue_start, cue_end, fi, claims)
                # 'The new pope succeeds Pope Francis, who died on April 21 at age 88', 'born on September 14, 1955'
                rel = _other_relative(scan, cue_end, s1) if fact.kind in _OTHER_RELATIVE_KINDS else None
                if rel is not None or fact.kind == "date":
                    belongs = _of_another(scan, belongs, rel, (cue_start, cue_end) if fact.kind == "date" else None)
            # Walk out from the cue each way; distance only grows, so stop at the first beyond the window.
            first_after = bisect_left(starts, cue_start)
            speaker = fact.kind == "count" and bool(cands)  # the cue may give the figure: worked out once needed
            names = fact.kind == "entities"
            spans = fact.kind == "duration"
            says = according = None
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
                    c = replace(c, reason=_NOT_ABOUT if fact.about is not None and _about_reach(
                        fact.about, scan, s0, s1, fact.ignore) <= c.start else "")
                if names and d > fact.window and (skip := _appositive(scan.folded, c.end, cue_start)):
                    d = scan.distance(skip, cue_start)  # 'Sean Edgett, Twitter's general counsel, was also fired'
                if d > fact.window and speaker and according is None:
                    according = _credited_to(scan.folded, s0, cue_start)
                if d > fact.window and according and c.end <= cue_start and not _STRONG_BREAK.search(
                        scan.folded, c.end, cue_start) and len(WORD.findall(scan.folded, c.end, cue_start)) <= 3 * fact.window:
                    d = float(fact.window)  # what the cue is credited with: a nearer value still wins
                if d > fact.window and fact.kind == "date" and c.end <= cue_start and _fronted_day(scan, s0, c, cue_start,
                                                                                                  cue_end, fact.window):
                    d = float(fact.window)  # 'On 4 September 2025, the Ministry of Health of the DRC declared'
                if d > fact.window:
                    # Distance grows going back, except past an aside it skips ('At least 265 people,
                    # including 241 of the 242 on board, were killed'): go on only if one opens before this value.
                    if c.end <= cue_start and not _ASIDE_MARK.search(scan.folded, max(s0, c.start - 400), c.start):
                        break
                    continue
                if d > 0.5 and fact.kind == "count" and not c.reason and _subject_of_cue(scan.folded, c.end, cue_start):
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
                    join = next((i for i in range(len(gap) - 1, -1, -1) if gap[i] in _AND), None)
                    if join is not None and join <= 3 and (_FUNCTION_WORDS.issuperset(gap[join + 1:])
                                                           or _named_after(gap[join + 1:])):
                        # 'Education (0.5%) and clothing (-0.7%)', 'with 59% of the votes and Gálvez': the figure is
                        # the conjunct's before the cue; not 'aged 24 and from Wellington, was' nor 'parked her car
                        # and was', where 'and' joins what is said of one subject.
                        c = replace(c, reason=f"the figure of what stands before '{gap[join]}', not the cue's")
                    elif not c.reason and _added(gap) and not _has_verb(gap):
                        # '€100m plus add-ons', '103 millones de euros más bonificaciones': what the cue is added to
                        c = replace(c, reason="what the cue's value is added to ('" + " ".join(
                            scan.folded[c.start:cue_end].split()) + "'), not the cue's")
                    elif not c.reason and fact.kind == "money" and gap and gap[-1] in _WITH and len(gap) <= 4:
                        # 'the £115 million mark with add-ons': a total the cue's amount is part of
                        c = replace(c, reason="a total with the cue's amount in it ('" + " ".join(
                            scan.folded[c.start:cue_end].split()) + "')")
                    elif not c.reason and fact.kind == "money" and gap and (part := _paid_part(scan, c, s0, cue_start)):
                        c = replace(c, reason=part)
                    elif not c.reason and fact.kind in _EFFECT_KINDS and (
                            cause := _CAUSE_OPENS.search(scan.folded, c.end, cue_start)) is not None:
                        # 'se expandió un 4.3%, gracias al crecimiento del gasto del consumidor': the figure of what the
                        # cue's thing brought about, not its own
                        c = replace(c, reason=f"what the cue brought about ('{cause.group()}'), not the cue's figure")
                self._consider(fact, scan, c, d, True, near, refused, belongs)
            change = None  # whether the cue names a change: then the size of one it governs is the figure
            aside = -1  # where an appositive right after the cue ends, once needed
            opens = None  # whether an aside opens right after the cue, once needed
            cause = _CAUSE_THEN.match(scan.folded, cue_end) if spans else None  # a cause named right after the cue
            predicate = None  # a predicate of its own that 'and' opens right after the cue, once needed
            relative = None  # a relative clause set off right after the cue, once needed (False: none)
            for i in range(first_after, len(cands)):
                c = cands[i]
                if not names and not c.reason and c.start >= cue_end:
                    if predicate is None:
                        predicate = scan.folded.startswith(_AND_OPENS, cue_end) and _and_predicate(scan, cue_start, cue_end)
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
                    c = replace(c, reason=f"a span of what caused the cue ('{why}')")
                if near and c.start >= cue_end:
                    if opens is None:
                        opens = _ASIDE_OPENS.match(scan.folded, cue_end) is not None
                    if opens:  # 'the four individuals arrested—three men and a woman—': an aside the cue opens breaks
                        d += 1.5  # its whole down, and a figure before the cue that it stands as near to is that whole
                if d > fact.window:
                    if aside < 0:
                        aside = _appositive_after(scan, cue_end, s1)
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
                    if fact.kind == "date" and _verb_reaches(scan, cue_start, cue_end, c.start, fact.window):
                        # 'was officially declared by the Ministry of Health of the Democratic Republic of the Congo on 4
                        # September 2025': the day of the cue's verb, its clause's words between having no verb
                        self._consider(fact, scan, c, float(fact.window), False, near, refused, belongs)
                        continue
                    if speaker and says is None:
                        says = _says(scan.folded, s0, s1, cue_start, cue_end)
                    gap = bare_gap(scan.folded, cue_end, c.start, relatives=True) if says else None
                    said = _SPEAKS.match(gap) if says else None
                    if said and not CLAUSE_BREAK.search(gap, said.end()) and len(WORD.findall(gap)) <= 3 * fact.window:
                        self._consider(fact, scan, c, float(fact.window), False, near, refused, belongs)
                        continue
                    if names and _including_reach(scan, cue_end, c.start, fact.window):
                        self._consider(fact, scan, c, float(fact.window), False, near, refused, belongs)
                        continue
                    risen = _RISEN_TO.search(scan.folded, max(cue_end, c.start - 30), c.start) is not None
                    if not risen and not _REACH_HINT.search(scan.folded, max(cue_end, c.start - 90), c.start):
                        continue  # most far figures are reached by no verb: a plain search first
                    gap = gap if gap is not None else bare_gap(scan.folded, cue_end, c.start, relatives=True)
                    head = gap  # what must hold no clause break: up to where the figure is reached
                    if not risen and not _RISEN_BY_TO.search(gap, max(0, len(gap) - 60)):
                        reaching = _REACHING.search(gap, max(0, len(gap) - 30))
                        if reaching is None:
                            continue
                        head = gap[:reaching.start()]  # 'avançou 0,2%, chegando a US$ 36,67'
                    if _BREAK_IN_WORDS.search(head) or len(WORD.findall(gap)) > 2 * fact.window:
                        continue
                    d = float(fact.window)  # as far as the window allows: a nearer value still wins
                self._consider(fact, scan, c, d, False, near, refused, belongs)
            if not near:
                continue
            if len(near) > 1 and not names:
                if relative is None:
                    relative = _RELATIVE_ASIDE_ON.match(scan.folded, cue_end, s1) or False
                if relative and any(c.start >= relative.end() for _, _, c in near):
                    # 'Consumer spending, which accounts for about 70% of U.S. economic activity, rose to a 3.5% pace':
                    # a relative clause set off right after the cue tells of its thing aside; the value is the main verb's
                    near = [t for t in near if not cue_end <= t[2].start < relative.end()]
            near.sort(key=lambda t: (t[0], t[1]))
            if kind.nearest:
                take = [near[0][2]]
                if fact.kind == "count" and len(near) > 1:  # 'Two people died Monday, bringing the total to 20'
                    total = next((c for _, before, c in near if not before and _TOTAL_LEVEL.search(
                        scan.folded, max(s0, c.start - 60), c.start) and c.start > cue_end), None)
                    take = [total or near[0][2]]
            else:
                take = _chain([c for _, _, c in near], [c for c in cands if not c.reason], scan,
                              names=fact.kind == "entities")
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
                if fact.about is not None and _about_reach(fact.about, scan, s0, s1, fact.ignore) <= m.start("value"):
                    refused.setdefault(m.span("value"), Rejection(fact.id, raw, m.start("value"), _NOT_ABOUT))
                    continue
                c = Candidate(m.start("value"), m.end("value"), value, kind.show(value, fact.spec))
                chosen.setdefault((c.start, c.end), (c, "pattern", (s0, s1)))
                if reached is not None:
                    reached[(c.start, c.end)].append((-1.0, fi, "pattern", -1, -1))  # the rule's own expression: nearest
        if fact.kind == "count" and len(chosen) > 1:
            # '15 were killed instantly and two died later; the toll is 17': the parts give way to the whole.
            others = [(a, b) for a, b, fj in claims or () if fj != fi]  # the cues of the other head counts
            parts = {key: why for key, (c, cue, (s0, s1)) in chosen.items()
                     if cue != "pattern" and (why := _part_when(scan, c, hits, others, s0)
                                              or _among_some(scan, c, hits, s0, s1, others)
                                              or _bracketed_part(scan.folded, c, s0))}
            parts.update(_rest_of_group(scan.folded, {key: c for key, (c, cue, _) in chosen.items()
                                                      if cue != "pattern" and key not in parts}))
            parts.update(_parts_by_place(scan, {key: (c, s0) for key, (c, cue, (s0, _)) in chosen.items()
                                                if cue != "pattern" and key not in parts}))
            parts.update(_parts_by_role(scan, {key: c for key, (c, cue, _) in chosen.items()
                                               if cue != "pattern" and key not in parts}, fact.spec))
            parts.update(_parts_by_group(scan.folded, {key: c for key, (c, cue, _) in chosen.items()
                                                       if cue != "pattern" and key not in parts}, others, hits))
            parts.update({key: why for key, (c, cue, (s0, _)) in chosen.items()
                          if cue != "pattern" and key not in parts and (why := _given_before(scan.folded, c, s0))})
            parts.update(_one_of_them(scan.folded, {key: (c, s0) for key, (c, cue, (s0, _)) in chosen.items()
                                                    if cue != "pattern" and key not in parts}))
            _give_way(fact, scan, chosen, refused, parts)
        if fact.kind in _PAID_KINDS and len(chosen) > 1:
            # 'a 25% general wage increase ... an immediate 11% wage increase': the first part gives way to the whole.
            _give_way(fact, scan, chosen, refused,
                      {key: why for key, (c, cue, (s0, s1)) in chosen.items() if (why := _instalment(scan, c, s0, s1) or (
                          fact.kind == "percentage" and cue != "pattern" and _among_some(scan, c, hits, s0, s1)))})
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


def _give_way(fact: Fact, scan: Scan, chosen: dict, refused: dict[tuple[int, int], Rejection],
              parts: dict[tuple[int, int], str]) -> None:
    """The values taken that parts names (key -> why) give way to the others, when some others remain: moved from
    chosen to refused."""
    if parts and len(parts) < len(chosen):
        for key, why in parts.items():
            c = chosen.pop(key)[0]
            refused[key] = Rejection(fact.id, scan.text[c.start:c.end], c.start, why)


def _value_words(fact: Fact, folded: str, s0: int, s1: int, found: list[Candidate]) -> list[Candidate]:
    """Candidates for the words of the fact's `values:` in [s0, s1), where no value the kind found overlaps them."""
    out: list[Candidate] = []
    for pattern, value, display in fact.values:
        for m in pattern.finditer(folded, s0, s1):
            if not any(c.start < m.end() and m.start() < c.end for c in found + out):
                out.append(Candidate(m.start(), m.end(), value, display))
    return out


def _asides(scan: Scan, s0: int, s1: int) -> list[tuple[int, int]]:
    """The sentence's asides (see text.asides), found once for every fact and cue that asks."""
    spans = scan.memo.get(("asides", s0, s1))
    if spans is None:
        spans = scan.memo[("asides", s0, s1)] = asides(scan.folded, s0, s1)
    return spans


# A span added to another: what a truce or a term is extended by ('extend the truce by one day', 'se extenderá 2 días
# más', 'extenderse un día por cada 10', 'estender a suspensão por mais dois dias', 'another two days').
_EXTEND = r"(?:extend|extends|extended|extending|extendera|extenderse|extenderla|prolong\w*|prorrog\w*|estend\w*|ampli\w*)"
_SPAN_ADDED_BEFORE = rx.compile(r"(?:\b" + _EXTEND + r"(?:\s+(?!(?:to|a|al|para|hasta|ate)\b)[a-z-]+){0,4}?\s+(?:by|por|en|em)"
                                r"(?:\s+mais)?|\b" + _EXTEND + r"|\b(?:another|an\s+additional|an\s+extra|mais|otros|otras|"
                                r"outros|outras))\s+\Z")
_SPAN_ADDED_AFTER = rx.compile(r"\s+(?:a\s+)?(?:more|mas|mais)\b(?!\s+(?:tarde|than|que|do\s+que|de|del|da|do)\b)")


def _added_span(folded: str, c: Candidate, cue_start: int) -> str:
    """Why a span is what another is extended by, unless the words open on the fact's cue (a fact on the extension,
    whose cue is 'extended'); the thing extended ('extend the truce by one day') is no such cue."""
    added = _SPAN_ADDED_BEFORE.search(folded, max(0, c.start - 60), c.start) or _SPAN_ADDED_AFTER.match(folded, c.end)
    if added is None or cue_start == added.start() + len(added.group()) - len(added.group().lstrip()):
        return ""
    return f"added to another span ('{folded[min(c.start, added.start()):max(c.end, added.end())].strip()}')"


def _measures_other(scan: Scan, c: Candidate, fi: int, cues: list[tuple[int, int, int]], cue_end: int) -> str:
    """Why a span is not the cue's: it is written onto another fact's cue ('a nearly six-week strike' for a contract's
    term, 'un paro de 41 días', 'seis semanas de huelga'), or as the adjective of words that are no cue of its fact and
    that its cue does not govern ('a four-year labor pact' for a strike; not 'sentenced to a 25-year prison term').
    cues: every cue in the article, as (start, end, fact index), in order."""
    key = ("measured", c.start)
    onto = scan.memo.get(key)
    if onto is None:
        onto = scan.memo[key] = measured(scan.folded, c.start, c.end) or ()
    if not onto:
        return ""
    a, b, adjective = onto
    lo = bisect_left(cues, (a - 40,))
    on = [h for h in cues[lo:bisect_left(cues, (b,), lo)] if h[0] < b and a < h[1]]
    # A cue inside another fact's longer one gives way to it: 'duelo' in 'un día nacional de duelo'.
    held = [fj for x, y, fj in on if not any(_inside_longer(x, y, p, q) for p, q, _ in on)]
    if fi in held or (held or adjective) and cue_end <= min(a, c.start) and \
            _GOVERNS.fullmatch(scan.folded, cue_end, min(a, c.start)):
        return ""  # 'served a reduced sentence of four and a half months', 'sentenced to a 25-year prison term'
    words = " ".join(scan.text[min(a, c.start):max(b, c.end)].split())
    if _asker_of(scan, min(a, c.start), max(b, c.end), cue_end):
        return ""  # 'prosecutors recommended a 40- to 50-year term': the term is what the cue asks for
    if held:
        return f"a span of another fact's cue ('{words}')"
    if adjective:
        return f"a span of the words it is written onto ('{words}'), not of the cue"
    return ""


def _inside_longer(x: int, y: int, p: int, q: int) -> bool:
    """The span x..y lies inside p..q, which is longer: a cue inside another's longer one ('duelo' in 'día nacional de
    duelo', 'terremoto' in 'segundo terremoto')."""
    return p <= x and y <= q and q - p > y - x


# Between a cue and the phrase it governs as its object: 'served (only) (most of) a (reduced)', 'sentenced to a',
# 'an agreement on a new'.
_DETERMINER = alternation(OBJECT_OPENERS)
_GOVERNS = rx.compile(rf"\s+(?:(?:to|on|for|of|over|de|del|para|por|sobre)\s+)?(?:(?:only|just|[a-z]+ly)\s+)?"
                      rf"(?:(?:most\s+of\s+|all\s+of\s+)?(?:{_DETERMINER})\s+(?:[a-z]+\s+)?)?")


def _score_aside(scan: Scan, s0: int, s1: int, cue_start: int, cue_end: int):
    """For a score, a test that refuses one in an aside the cue is not in ('in the shoot-out of the final (3-3, 4-2 on
    penalties)': the 3-3 is the match's), unless the aside opens right after the cue as its gloss ('nos penáltis
    (4-2)'); None when the sentence has no aside."""
    spans = _asides(scan, s0, s1)
    if not spans:
        return None
    cue_in = next((sp for sp in spans if sp[0] <= cue_start < sp[1]), None)
    gloss = next((sp for sp in spans if sp[0] >= cue_end and not scan.folded[cue_end:sp[0]].strip(" ,")), None)

    def check(c: Candidate) -> str:
        inside = next((sp for sp in spans if sp[0] <= c.start < sp[1]), None)
        return "" if inside == cue_in or inside == gloss else _ASIDE

    return check


_COMPETING = ("score", "percentage", "number")
_QUANTITIES = frozenset({"percentage", "number", "money"})
_AND = frozenset({"and", "or", "y", "e", "ou"})
_PLUS = frozenset({"plus", "mas", "mais", "ademas", "alem"})  # 'plus', 'más', 'además de': added to the figure before
_BESIDES = frozenset({"ademas", "alem"})  # 'además de', 'além de': in addition to
_THE = frozenset("the el la los las o a os as".split())  # the definite articles
_NOT_PLUS_BEFORE = _THE | {"lo"}  # 'la más baja', 'lo más': a superlative
_NOT_PLUS_AFTER = frozenset("de que than do da del".split())  # 'más de 40', 'mais do que': a comparison


def _named_after(words: list[str]) -> bool:
    """Words after 'and' that open the cue's noun phrase: an article and up to two words that name what the cue is,
    no verb among them ('28,6% y la fuerza Chega', '28.6% and the far-right Chega')."""
    return 1 < len(words) <= 3 and words[0] in _THE and not _has_verb(words[1:])


def _added(gap: list[str]) -> bool:
    """A word of adding among the words between a figure and the cue ('€100m plus add-ons', '103 millones más
    bonificaciones'), not of a superlative or a comparison ('la más baja de la era Milei', 'más de 40')."""
    return any(w in _PLUS and (i == 0 or gap[i - 1] not in _NOT_PLUS_BEFORE)
               and (i + 1 == len(gap) or gap[i + 1] not in _NOT_PLUS_AFTER or w in _BESIDES) for i, w in enumerate(gap))


_WITH = frozenset({"with", "con", "com", "including", "incluyendo", "incluidos", "incluindo", "incluidas"})
# Words that may stand between such a conjunction and the cue it joins: 'y en Prendas de vestir', 'and the clothing',
# 'and current Kenvue shareholders', 'e os atuais acionistas'.
_FUNCTION_WORDS = OF_WORDS | OBJECT_OPENERS | frozenset("""in on for en em no na ao con com with current existing former
    actuales actual atuais atual""".split())
_Reach = tuple[float, int, str, int, int]  # how far the cue, the fact, the cue's text and where it stands


def _competing(rules: RuleSet) -> frozenset[int]:
    """The facts that compete for values: two or more of a kind, and of numbers, of one quantity (or none) and the same
    dimensions named."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i, f in enumerate(rules.facts):
        if f.kind in _COMPETING:
            unit = f.spec.unit if f.kind == "number" else None
            groups[(f.kind, unit.quantity, f.spec.dimensions) if unit else (f.kind,)].append(i)
    return frozenset(i for ids in groups.values() if len(ids) > 1 for i in ids)


# Between a figure and a cue that names what it was: 'growth rate in the', 'en el', 'no'.
_OWN_START = rx.compile(r"(?:\s*%)?(?:\s+[a-z]+){0,3}?\s+(?:in|during|of|en|em|no|na|del|de|do|da|durante)"
                        r"(?:\s+(?:the|el|la|o|a|los|las))?\s+")
# Two cues that make one phrase: side by side, or joined by 'of' or 'de' ('inflación de diciembre').
_COMPOUND_GAP = rx.compile(r"[\s-]*(?:(?P<of>of|de|del|da|do|in|en|em)\s+(?:(?:the|la|el|o|a)\s+)?)?\Z")
# A possessive cue and up to three words (the figure among them) before the other's: 'the second quarter's 3.8 percent
# growth', 'the quarter's annualized growth'.
_POSSESSOR_GAP = rx.compile(r"['’]s(?:\s+[^\s,;:()]+){0,3}?\s+\Z")


def _modified(folded: str, language: str, a: _Reach, b: _Reach) -> int:
    """The fact whose cue is modified by the other's, when the two cues make one phrase, or -1. In English the
    word before modifies the one after ('annual inflation', 'core inflation'), and so does a possessive, the figure
    between ('the second quarter's 3.8 percent growth'), but not across 'of' ('the rate of inflation'); in Spanish
    and Portuguese the word after ('la inflación interanual', 'IPC Núcleo')."""
    first, second = (a, b) if a[3] < b[3] else (b, a)
    if first[3] < 0 or first[1] == second[1] or first[4] > second[3]:
        return -1
    gap = _COMPOUND_GAP.fullmatch(folded, first[4], second[3])
    if gap is None:
        return second[1] if language == "en" and _POSSESSOR_GAP.fullmatch(folded, first[4], second[3]) else -1
    return first[1] if language != "en" or gap.group("of") else second[1]


def _pair_losers(by: list[_Reach], judge, why) -> dict[int, str]:
    """The facts that give a value up to another fact's cue, pair by pair: judge(a, b) names the one that does (or -1),
    why(the other's reach, its own) says why."""
    out = {}
    for a, b in combinations(by, 2):
        loser = judge(a, b)
        if loser >= 0:
            out[loser] = why(*((a, b) if b[1] == loser else (b, a)))
    return out


def _subject_cue(scan: Scan, a: _Reach, b: _Reach, start: int) -> int:
    """The fact whose cue is a verb that the other's names the subject of, or -1: in 'Consumer spending rose 3.5%' or
    'O consumo das famílias, principal motor da economia americana, avançou 3,5%', the figure is the spending's, not
    that of a fact whose cue is 'rose' (an aside between, set off by commas or dashes, with no verb of its own, or a
    relative clause), the figure past the verb."""
    first, second = (a, b) if a[3] < b[3] else (b, a)
    if first[3] < 0 or first[1] == second[1] or first[4] > second[3] or second[4] > start or second[3] - first[4] > 160:
        return -1
    gap = bare_gap(scan.folded, first[4], second[3], relatives=True).strip()
    if gap and not (_ASIDE_GAP.fullmatch(gap) and _verbless(WORD.findall(gap))):
        return -1
    last = WORD.findall(scan.text, first[3], first[4])[-1:]  # a noun's last word, as written: 'spending', 'famílias'
    if not last or past_form(last[0]) or fold(last[0]).endswith(PARTICIPLE_ENDINGS) or not _verb_cue(scan, second[3], second[4]):
        return -1
    return second[1]


_ASIDE_GAP = rx.compile(r"(?:,|—|–|--)[^,;:()—–]*(?:,|—|–|--)")  # ', principal motor da economia americana,'


def _nearest_fact(rules: RuleSet, findings: list[Finding], rejections: list[Rejection],
                  reached: dict[tuple[int, int], list[_Reach]], scan: Scan,
                  language: str = "en") -> tuple[list[Finding], list[Rejection]]:
    """A result, a share or a quantity two facts reached is the one's whose cue is nearer (on a tie, both keep it): in
    'beat France 4-2 on penalties after a 3-3 draw', the 3-3 is the draw's, not the shoot-out's; and when two facts'
    cues make one phrase, the one's whose cue modifies the other's: in 'la inflación interanual llega al 84,5%', the
    84.5% is the year's, not the month's. Before either: a cue inside another fact's longer one gives way to it
    ('terremoto' in 'segundo terremoto'), and a quantity's measure word ('magnitude 6.4') names what is measured, not
    what has it, so a fact whose cue it is gives way to one whose cue names the thing the measure is of ('a magnitude
    6.4 aftershock', 'an aftershock of magnitude 6.7', 'una réplica de magnitud 6,4')."""
    folded = scan.folded
    lost: dict[tuple[str, int, int], str] = {}
    def part_why(w: _Reach, lo: _Reach) -> str:
        return f"its cue is part of another fact's ({rules.facts[w[1]].id}: '{folded[min(w[3], lo[3]):max(w[4], lo[4])]}')"

    def verb_why(w: _Reach, _: _Reach) -> str:
        return f"its cue is the verb of another fact's ({rules.facts[w[1]].id}: '{scan.text[w[3]:w[4]]}')"

    def drop(losers: dict[int, str], by: list[_Reach], start: int, end: int) -> list[_Reach]:
        """The reaches of the facts that did not give the value at start..end up; those that did are remembered."""
        for fi, why in losers.items():
            lost[(rules.facts[fi].id, start, end)] = why
        return [r for r in by if r[1] not in losers]

    for (start, end), by in reached.items():
        by = drop(_outranked(rules, scan, start, end, by), by, start, end)
        by = drop(_pair_losers(by, lambda a, b: _modified(folded, language, a, b), part_why), by, start, end)
        by = drop(_pair_losers(by, lambda a, b, at=start: _subject_cue(scan, a, b, at), verb_why), by, start, end)
        by = drop(_across(folded, start, end, by), by, start, end)
        if not by:
            continue
        nearest = min(by)
        for fi, d in {fi: min(r[0] for r in by if r[1] == fi) for _, fi, *_ in by}.items():
            if d > nearest[0]:
                lost[(rules.facts[fi].id, start, end)] = \
                    f"nearer the cue of another fact ({rules.facts[nearest[1]].id}: '{nearest[2]}')"
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


# A clause joined after a value, opening on its subject: 'approved the measure 222-209 and the Senate passed it'.
_NEXT_CLAUSE = rx.compile(r"\s*,?\s*(?:and|but|while|whereas|y|e|pero|mas|mientras(?:\s+que)?|enquanto)\s+"
                          r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)?\Z")


def _across(folded: str, start: int, end: int, by: list[_Reach]) -> dict[int, str]:
    """The facts that reached the value at start..end only by a cue opening the clause joined after it, when another
    fact's cue stands before it: in 'after the House approved the measure 222-209 and the Senate passed it', the
    result is the House's; with why."""
    if not any(r[4] <= start for r in by):
        return {}
    after = {r[1]: r for r in by if r[3] >= end and _NEXT_CLAUSE.fullmatch(folded, end, r[3])}
    return {fi: f"its cue opens the clause after it ('{' '.join(folded[end:r[4]].split())}')"
            for fi, r in after.items() if all(o[1] != fi or o is r for o in by)}


def _outranked(rules: RuleSet, scan: Scan, start: int, end: int, by: list[_Reach]) -> dict[int, str]:
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
        inside = [next((o for o in others if _inside_longer(r[3], r[4], o[3], o[4])), None) for r in own]
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
        of = next((o for o in others if (o[3] >= hi and _MEASURE_GAP_AFTER.fullmatch(folded, hi, o[3])) or (
            o[4] <= lo and _measured_noun_gap(scan, o[4], lo))), None)
        if of is not None:
            out[fi] = f"a measure of what another fact's cue names ({rules.facts[of[1]].id}: " \
                      f"'{' '.join(scan.text[min(lo, of[3]):max(hi, of[4])].split())}')"
    return out


# A measure word right at its figure: 'magnitude 6.4', 'a magnitude of 6.4', 'de magnitud 6,4', '6.4 magnitude', '6.4-magnitude'.
_MEASURE_GAP_BEFORE = rx.compile(r"[\s-]*(?:(?:of|de)\s+)?")
_MEASURE_GAP_AFTER = rx.compile(r"[\s-]*")
# What may stand between a noun and the measure of it after it: 'aftershock of magnitude 6.7', 'réplica de magnitud 6,4',
# 'a second earthquake with a magnitude of 6.4', 'un segundo terremoto en Myanmar de magnitud 6,4', 'tremor secundário,
# de magnitude 6,4', 'the strongest aftershock was a 6.7 magnitude'; not a verb of its own ('aftershocks followed the').
_MEASURED_GAP_WORDS = OF_WORDS | _THE | _WITH | ARTICLE_NUMBERS | frozenset(
    "a an one was is fue foi era measuring midiendo en em in incluida incluido".split())


def _measured_noun_gap(scan: Scan, a: int, b: int) -> bool:
    """Between a noun ending at a and a measure's phrase starting at b stand one to four words, each a word of
    _MEASURED_GAP_WORDS or a name (capitalised), and no mark but a comma."""
    gap = scan.text[a:b]
    if any(ch in gap for ch in ";:.!?()") or any(ch.isdigit() for ch in gap):
        return False
    words = gap.replace(",", " ").split()
    return 0 < len(words) <= 4 and all(fold(w) in _MEASURED_GAP_WORDS or w[:1].isupper() for w in words)


# A cue joined by 'or' to a word of another group: 'dead or missing', 'muertos o heridos', 'mortas ou desaparecidas',
# 'dead/missing', 'died or gone missing'. A word such as 'were' or 'gone' may stand before the other group's word.
_OR_AFTER = rx.compile(r"(?:[^\S\n]*/[^\S\n]*|[^\S\n]+(?P<or>or|ou|o|y/o|e/ou)[^\S\n]+)(?:(?:were|was|are|is|been|gone|"
                      r"went|have|has|had|fueron|foram|estan|estao|sido|ficaram|quedaron|resultaron)\s+)?([^\W\d_]{3,})")
_OR_ENDS = ("/", " or", " o", " ou", "/o", "/ou")  # how text before a cue that _OR_BEFORE matches ends, for a quick test
_OR_BEFORE = rx.compile(r"([^\W\d_]{3,})(?:[^\S\n]*/[^\S\n]*|[^\S\n]+(?P<or>or|ou|o|y/o|e/ou)[^\S\n]+)\Z")


def _joined_group(folded: str, cue_start: int, cue_end: int, hits, language: str, fi: int = -1,
                  claims: list[tuple[int, int, int]] | None = None) -> str:
    """Why a count at this cue counts another group with the one the cue names, or '': the cue is joined by 'or' to
    a word that is none of this fact's cues ('dead or missing'; but 'killed or died' is one group), or by 'and' to
    the cue of another head count, with no figure of its own ('242 passengers and crew', 'pasajeros y tripulantes',
    'dead and injured'). In Portuguese 'o' is an article ('morreram o piloto e'), not 'or'."""
    m = _OR_AFTER.match(folded, cue_end)
    if m is not None and not (language == "pt" and m.group("or") == "o"):
        if not any(a == m.start(1) for a, _ in hits):
            return f"counts another group with what the cue names ('{folded[cue_start:m.end()]}')"
    if claims:
        other = _joined_by_and(folded, cue_start, cue_end, claims)
        if other is not None and other[2] != fi and not any(a == other[0] for a, _ in hits):
            a, b = min(cue_start, other[0]), max(cue_end, other[1])
            if _FIGURE_END.search(folded, max(0, a - 24), a):  # a figure counts both: not 'shot one dead and injured two'
                return f"counts another group with what the cue names ('{folded[a:b]}')"
    tail = folded[max(0, cue_start - 6):cue_start].rstrip(" \t")
    m = _OR_BEFORE.search(folded, max(0, cue_start - 40), cue_start) if tail.endswith(_OR_ENDS) else None
    if m is not None and m.group(1) not in ALL_NUMBER_WORDS and not (language == "pt" and m.group("or") == "o"):
        if not any(b == m.end(1) for _, b in hits):
            return f"counts another group with what the cue names ('{folded[m.start():cue_end]}')"
    return ""


_FIGURE_END = rx.compile(r"\b" + A_FIGURE + r"\s+\Z")
_AND_BEFORE = rx.compile(r"([^\W\d_]{3,})[^\S\n]+(?:and|y|e)[^\S\n]+\Z")


def _joined_by_and(folded: str, start: int, end: int, claims: list[tuple[int, int, int]]) -> tuple[int, int, int] | None:
    """The head count cue joined by 'and' to the cue at start:end, with no figure between ('passengers and crew',
    'pasajeros y tripulantes'): the two name one group together."""
    m = AND_NOUN.match(folded, end) if folded.startswith((" and ", " y ", " e "), end) else None
    if m is not None:
        at = bisect_left(claims, (m.start(1),))
        if at < len(claims) and claims[at][0] == m.start(1):
            return claims[at]
    m = _AND_BEFORE.search(folded, max(0, start - 30), start) if folded.endswith((" and ", " y ", " e "), 0, start) else None
    if m is not None:
        stop = m.end(1)
        return next((h for h in claims[bisect_left(claims, (stop - 40,)):bisect_left(claims, (stop,))] if h[1] == stop), None)
    return None


# An amount paid in one form, joined to another: '$23.25 in cash and', 'US$ 23,25 em dinheiro +', '23,25 dólares en
# efectivo más'.
_AMOUNT = r"\d(?:[\d.,]*\d)?(?:[^\S\n]+[^\W\d_]+)?"
_IN = r"[^\S\n]+(?:in|en|em)[^\S\n]+"
_IN_FORM = _IN + r"[^\d,;:.()]{1,60}?"
_JOIN_PART = r"[^\S\n]*(?:\b(?:and|y|e|plus|mas|mais)\b|\+)[^\S\n]*"
_PART_BEFORE = rx.compile(_AMOUNT + _IN_FORM + _JOIN_PART + r"\Z")
_IN_FORM_OPENS = rx.compile(_IN + r"\w+")
_PARTS_AFTER = rx.compile(_IN_FORM + _JOIN_PART + r"[^\d,;:.]{0,20}" + _AMOUNT + _IN_FORM + r"[^\S\n]*")


def _paid_part(scan: Scan, c: Candidate, s0: int, cue_start: int) -> str:
    """Why an amount before the cue is one of the parts of what is paid, or '': a cue after amounts each paid in a form of
    its own ('$23.25 in cash and $4.50 in Netflix stock per share', '23,25 dólares en efectivo más 4,50 dólares en acciones
    de Netflix por cada título') names their whole, which neither is; the cue of a form names its own part."""
    folded = scan.folded
    form = _IN_FORM_OPENS.match(folded, c.end)
    if form is None:
        return ""
    joined = _PART_BEFORE.search(folded, max(s0, c.start - 90), c.start)
    if joined is None and not _PARTS_AFTER.fullmatch(folded, c.end, cue_start):
        return ""
    a, b = (joined.start(), form.end()) if joined is not None else (c.start, cue_start)
    return f"one of the parts paid ('{' '.join(scan.text[a:b].split())}'), not the whole the cue names"


# A noun or two joined to a cue by 'and', then the clause ends or a preposition opens: 'in cash and stock in Netflix'.
_AND_NOUN_THEN = rx.compile(r"[^\S\n]+(?:and|y|e)[^\S\n]+([^\W\d_]+)(?:[^\S\n]+([^\W\d_]+))??"
                            r"(?=[^\S\n]*(?:[,.;:)\u2014\u2013]|\Z)|[^\S\n]+(?:" + alternation(PREPOSITIONS) + r")\b)")


def _paired_means(folded: str, cue_start: int, cue_end: int) -> str:
    """Why an amount at this money cue is not the cue's alone, or '': the cue is joined by 'and' to a noun with no amount
    of its own ('$27.75 a share in cash and stock', 'en efectivo y acciones', 'em dinheiro e papéis da Netflix'): the two
    are paid together. Not 'in cash and $4.50 in stock', 'in cash and the rest in stock'."""
    m = _AND_NOUN_THEN.match(folded, cue_end)
    if m is None or any(w in OBJECT_OPENERS or w in PASSIVE or w in ALL_NUMBER_WORDS or w in HEDGE_WORDS
                        for w in m.groups() if w):
        return ""
    return f"paid together with what the cue names ('{' '.join(folded[cue_start:m.end(1)].split())}'), not the cue's alone"


# A silence kept in mourning: 'a minute of silence', 'un minuto de silencio', 'one minute's silence', 'a two-minute silence'.
_SILENCE_AFTER = rx.compile(r"(?:'s|s')?\s+(?:(?:of|de)\s+)?(?:silence|silencio)\b")


def _in_clause(gap: str, reach: int) -> bool:
    """The text between a phrase and a value keeps them in one clause: no comma (but one inside a figure: '2,000'),
    semicolon, colon or dash set off by spaces ('running mate on the 2022 ticket – 26 years'), and at most reach
    words."""
    return not _BREAK_IN_WORDS.search(gap) and not _DASH.search(gap) and len(WORD.findall(gap)) <= reach


_DASH = rx.compile(_DASH_TEXT)


def _accepts(fact: Fact, form: str) -> bool:
    """A number fact that takes a form refused by default. An age ('age') is said as of now, whatever time a clause
    around it tells of ('a 28-year-old veteran who had an episode last spring'): only a time that opens the sentence
    moves it. A year ('year') is a time of its own ('built in 1977'), which no other time in the sentence moves."""
    return fact.kind == "number" and form in getattr(fact.spec, "accept", ())


_EARLIER_KINDS = BACKGROUND_KINDS | {"date"}
# 'since the July 1 march'; and 'after' a second-largest: 'the second-largest march, after a protest by 2 million June 16'.
_SINCE_MARKS, _AFTER_MARKS = ("since", "desde"), ("after", "tras", "apos", "despues de", "depois de")
# ... or a day or year and the clause that tells what happened then: 'since July 17, 2007, when a TAM jet crashed',
# 'desde 2007, cuando un vuelo de TAM se estrelló'.
_SINCE_THE = rx.compile(r"(?:(?P<since>" + alternation(_SINCE_MARKS) + r")|" + alternation(_AFTER_MARKS) + r")\s+"
                        r"(?:(?:the|an?|that|el|la|los|las|o|os|as|un|una|um|uma|aquel|aquella|aquele|aquela)\s"
                        r"|(?:[\w.]+,?\s+){0,4}?(?:1[89]|20)\d\d,?\s+(?P<when>when|cuando|quando)\s"
                        # ... or the clause that tells what happened then: 'the worst since 41 people died in 1996', 'o
                        # pior desde que 41 pessoas morreram', 'desde que un incendio mató a 41'
                        r"|(?P<clause>que\s|(?=\d{1,3}(?:[,.]\d{3})*\s)))")
# The superlative, then up to six words: 'the worst disaster since', '“biggest tragedy” the country has witnessed since'.
_BEST_BEFORE = rx.compile(r"\b(?P<rank>(?:second|third|segund[ao]|tercer[ao]?|terceir[ao])[\s-]+)?(?:"
                          + alternation(SUPERLATIVES) + r"|[a-z]{3,}est|(?:mas|mais)\s+(?!(?:de|do|da|que|desde)\b)[a-z]{3,})"
                          r"\b(?:[\s-]+[\w'\"’”-]+){0,6}?,?\s+\Z")  # 'el más grave', 'o mais letal'
_SUPERLATIVE_WORDS = frozenset(SUPERLATIVES) | {"mas", "mais"}
_MARKS = _SINCE_MARKS + _AFTER_MARKS
_OWN_END = rx.compile(r"[;:]|,(?!\s*(?:" + alternation(RELATIVES) + r")\b)")
_GERUND_NEXT = rx.compile(r",\s*\w+(?:ing|ando|endo|indo)\b")  # 'cuando un vuelo se estrelló, causando la muerte de 199'


# A sentence that opens on another event than the story's: 'In a separate attack', 'In another incident', 'Separately,',
# 'En otro ataque', 'En un incidente distinto', 'Em outro ataque', 'Numa ocorrência separada'. What it tells (up to a
# running total: 'bringing the toll to 15') is background.
_SEPARATE_OPENS = rx.compile(
    r"\W*(?:(?:meanwhile|mientras\s+tanto|enquanto\s+isso),?\s+)?(?:separately,|in\s+(?:a\s+separate|another|an\s+unrelated)"
    r"\s+[a-z]+|en\s+(?:otr[oa]\s+[a-z]+|una?\s+[a-z]+\s+(?:distint[oa]|separad[oa]|aparte))"
    r"|(?:em|n)\s*(?:(?:um|uma)\s+)?outr[oa]\s+[a-z]+|(?:em\s+|n)(?:um|uma)\s+[a-z]+\s+(?:distint[oa]|separad[oa]))\b")


def _since_the(folded: str, s0: int, s1: int) -> tuple[int, int, int, int] | None:
    """The span of an earlier event that a superlative takes as its mark, with the relative clause that describes it:
    'the biggest rally since the July 1 march, which organisers estimated almost two million people attended'; then
    where the words that name the event start, after 'since the', and where the superlative stands."""
    sentence = folded[s0:s1]
    if not any(k in sentence for k in _MARKS):  # cheaper than the expression on most sentences
        return None
    for m in _SINCE_THE.finditer(folded, s0, s1):
        if m.start() and folded[m.start() - 1].isalnum():
            continue
        words = [w.strip("\"'’”“") for w in folded[max(s0, m.start() - 80):m.start()].replace("-", " ").split()[-7:]]
        if not any(w in _SUPERLATIVE_WORDS or (len(w) > 5 and w.endswith("est")) for w in words):
            continue  # most 'after the' and 'since the' follow no superlative
        best = _BEST_BEFORE.search(folded, max(s0, m.start() - 80), m.start())
        if best and (m.group("since") or best.group("rank")):
            end = _OWN_END.search(folded, m.end(), s1)
            while end and m.group("when") and _GERUND_NEXT.match(folded, end.start()):  # the clause's verb goes on
                end = _OWN_END.search(folded, end.end(), s1)
            return m.start(), end.start() if end else s1, -1 if m.group("clause") is not None else m.end(), best.start()
    return None


def _heads(earlier: tuple[int, int, int, int], hits: Sequence[tuple[int, int]], folded: str) -> bool:
    """A cue among the first words naming the earlier event ('the greatest tragedy since the earthquake', 'desde el
    gran terremoto') names what the fact is about; not when a cue names what the superlative ranks as well ('the
    biggest rally since the July 1 march': the rally is the fact). An earlier event told by a clause has no such words
    (at is -1): its verb, a cue, tells what happened then."""
    since, _, at, best = earlier
    return at >= 0 and any(at <= h0 and len(WORD.findall(folded, at, h0)) <= 2 for h0, _ in hits) \
        and not any(best <= h0 < since for h0, _ in hits)


def _own_margin(c: Candidate, folded: str, s0: int, hits: Sequence[tuple[int, int]]) -> Candidate:
    """A margin between two times kept for a fact whose cue stands in the words that make it one ('by', 'faster',
    'de vantagem')."""
    phrase = margin(folded, c.start, c.end, s0)
    if phrase and _overlaps(phrase[0], phrase[1], hits):
        return replace(c, reason="")
    return c


def _background(c: Candidate, spans: list[tuple[int, int, str]], folded: str, s0: int, clause: bool = True) -> Candidate:
    """The candidate refused as background when a phrase of another time governs it: a phrase that
    opens the sentence ('Last year 12 died') governs all of it, one set off by a comma ('In 2019, a
    raid killed 12') all that follows; elsewhere, only its clause ('64 percent, up from 58 percent
    in 2019': the 58, and what a relative clause says of what it names: 'the 2018 Camp Fire, which killed 85'), and one
    after the value not past a 'for' ('sentenced to six years for the murder in 2013')."""
    for a, b, phrase in spans:
        a, b = a + s0, b + s0
        opens = len(WORD.findall(folded, s0, a)) <= 3 and phrase not in INITIALLY
        fronted = c.start >= b and folded.startswith(",", b) and not _PARTICIPLE_BEFORE.search(folded, max(s0, a - 24), a) \
            and not _CLAUSE_JOINED.match(folded, b) \
            and not _in_relative(folded, s0, a) \
            and not (a > s0 and _CONCESSIVE_OPENS.match(folded, s0)) \
            and not _in_appositive(folded, s0, a)
        # not fronted: 'la huelga, que llevaba desde el 13 de mayo,', 'Despite a 118% surge over the past year,', 'Braga
        # Netto, his running mate in 2022,'
        gap = folded[c.end:a] if c.end <= a else _OWN_RELATIVE.sub(" ", folded[b:c.start], 1)
        if a <= c.start and c.end <= b and STRETCH.match(phrase):  # 'spent the past nine months in space': the span
            continue  # is the value itself
        if c.end <= a and _FOR.search(gap):  # 'six years in prison for the murder of Steenkamp in 2013': the murder's
            continue
        if c.end <= a and _AFTER_EVENT.search(gap):  # 'forecast 50,000 jobs after a previously reported 22,000 gain in
            continue  # August': the time of what came before
        if c.end <= a and _FROM_FIGURE.search(gap):  # 'rose to 4.4% from 4.3% in August': the time of where it rose from
            continue
        if c.end <= a and gap.strip() and (phrase in _EARLIER_ADJECTIVES and not (
                phrase.startswith("anterior") and _OF_NOUN.fullmatch(gap)) or phrase.endswith(("ly", "mente"))
                                           and " " not in phrase and _ARTICLE_END.search(folded, max(s0, a - 6), a)):
            # '34 stations exceeded the previous record of 38.7C', 'after a previously reported 22,000 gain': the words
            # date the noun they describe and what that holds, not a figure before it; but 'anterior' follows its noun,
            # and a figure of that noun is dated by it ('crecimiento del 3,8% del trimestre anterior')
            continue
        if (opens or fronted) and c.start >= b and _LATER_TURN.search(folded, b, c.start):
            continue  # 'Anteriormente se había informado que eran 174, pero luego se corrigió esa cifra a 125'
        if opens or fronted or (clause and (_in_clause(gap, 12) or c.start >= b and _dates_subject(folded, s0, a, gap))):
            words = WORD.findall(gap) if c.end <= a else []
            if max((i for i, w in enumerate(words) if w in _RELATIVE), default=-1) > 2:
                continue  # '286 days in space, up from the eight days that were initially planned': the clause's noun's
            if phrase in INITIALLY and _WHERE.search(gap):
                continue  # 'reviewed nearly 1,000 crashes where autopilot was initially alleged to have been used': a
                # clause with a subject of its own, whose verb it was that came first
            return replace(c, reason=f"about another time ('{phrase}')")
    return c


def _dates_subject(folded: str, s0: int, a: int, gap: str) -> bool:
    """A phrase of time at a stands in a long subject: no verb before it in its clause, and the text between it and a
    figure after it is the rest of that subject and its verb, no break and no verb but among its last three words
    ('During British rule, an explosion in 1948 on the first floor of a five-story dangerous goods storage warehouse
    killed 176'): the time dates the subject, and so what its verb says. Not a time in a participle's phrase ('a
    bill signed by the president on March 11 allows ... within 60 days')."""
    if CLAUSE_BREAK.search(gap) or _DASH.search(gap):
        return False
    words = WORD.findall(gap)
    if len(words) > 24 or _has_verb(words[:-3]):
        return False
    opening = max((m.end() for m in CLAUSE_BREAK.finditer(folded, s0, a)), default=s0)
    return not _has_verb(WORD.findall(folded, opening, a))


def _in_appositive(folded: str, s0: int, a: int) -> bool:
    """A phrase of time at a that stands in an appositive, a noun phrase set off by commas after the subject's ('Gen.
    Braga Netto, his running mate in 2022, received 26 years'): it dates the noun, not what the clause says."""
    comma = folded.rfind(",", s0, a)
    if comma < 0 or _BREAKS_PHRASE.search(folded, comma, a):  # 'QUETTA, May 17 (Wire) - In January,': a dateline
        return False
    head, inner = WORD.findall(folded, s0, comma), WORD.findall(folded, comma, a)
    # no verb, though a word in -ing may describe a noun there ('running mate', 'acting president')
    return 0 < len(head) <= 6 and head[0] not in PREPOSITIONS and not _has_verb(head) \
        and not _has_verb([w for w in inner if not w.endswith("ing")])


_BREAKS_PHRASE = rx.compile(r"[:;]|" + _SET_OFF.pattern)
_FOR = rx.compile(r"\b(?:for|por|pela|pelo)\b")
_AFTER_EVENT = rx.compile(r"\b(?:" + alternation((*_AFTER_MARKS, "following")) + r")\s")
_FROM_FIGURE = rx.compile(r"\b(?:from|desde|de|ante|frente\s+a)\s+(?:(?:the|el|la|los|las|o|a|os|as|un|um)\s+)?[-+−]?\d")
# A clause that turns to a later time ends the reach of a time that opens the sentence: 'but later', 'but officials
# later', 'pero luego', 'pero después', 'mas depois', 'porém agora'.
_LATER_TURN = rx.compile(r"\b(?:but|pero|mas|porem)\s+(?:[^\W\d_]+\s+)?(?:later|then|now|since|subsequently|luego|despues|"
                         r"ahora|mas\s+tarde|posteriormente|depois|agora|mais\s+tarde)\b")
_WHERE = rx.compile(r"\b(?:where|in\s+which|donde|en\s+(?:(?:el|la|los|las)\s+)?que|onde|em\s+que|n[oa]s?\s+quais)\b")
# A concession that opens the sentence: a time in it dates what it concedes, not the clause after its comma.
_CONCESSIVE_OPENS = rx.compile(r"[\"“'‘\s]*(?:despite|in spite of|although|though|a pesar de|pese a|aunque|apesar de|embora)\b")
# A cue named as the one before: 'its prior range', 'the previous record', 'an earlier cut', 'el rango anterior', 'la faixa
# anterior', 'o limite prévio'.
_FORMER_BEFORE = rx.compile(r"\b(?:prior|previous|former|preceding|anterior|(?:an|the|its|their|his|her)\s+earlier)\s+\Z")
_FORMER_AFTER = rx.compile(r"\s+(?:anterior|anteriores|previo|previa|previos|previas)\b")
_FORMER_AFTER_OPENS = (" anterior", " previ")


def _named_former(folded: str, cue_start: int, cue_end: int) -> bool:
    """The cue in [cue_start, cue_end) is named as the one before (see _FORMER_BEFORE, _FORMER_AFTER). Every word of
    _FORMER_BEFORE ends in 'r', 's' or 'g': a quick test first."""
    if folded[cue_start - 2:cue_start - 1] in ("r", "s", "g") and \
            _FORMER_BEFORE.search(folded, max(0, cue_start - 16), cue_start):
        return True
    return folded.startswith(_FORMER_AFTER_OPENS, cue_end) and _FORMER_AFTER.match(folded, cue_end) is not None


_EARLIER_ADJECTIVES = frozenset({"previous", "original", "anterior", "anteriores"})
_OF_NOUN = rx.compile(r"\s*%?\s+(?:del|de\s+la|de\s+los|de\s+las|do|da|dos|das|de)\s+[a-z]+\s+")  # ' do trimestre '

# A clause joined after a comma: what ends the clause before it does not govern it ('estaba previsto para el 3 de
# octubre, pero se retrasó por el cierre durante 43 días').
_CLAUSE_JOINED = rx.compile(r",\s*(?:but|pero|mas|porem|and|y|e|while|whereas|mientras|enquanto|although|though|aunque|embora)\b")
_ARTICLE_END = rx.compile(r"\b(?:a|an|the|un|una|el|la|los|las|um|uma|o|os|as)\s+\Z")  # the article of a noun phrase
# A phrase of time right after a participle tells when that was done ('los tres cuerpos recuperados anteriormente,',
# 'the man, arrested in 2019,'), not when what follows its comma was.
_PARTICIPLE_BEFORE = rx.compile(r"[a-z]{3,}(?:" + alternation(PARTICIPLE_ENDINGS) + r")\s+\Z")


_ATTRIBUTIVE_AGE = rx.compile(r"\s*-\s*years?\s*-\s*old\s+(?=[^\W\d_])")  # '10-year-old Kathina Thomas'
_IRREGULAR_VERBS = frozenset("""told shot hit saw met left struck found beat took gave fought stole held led ran sent
    kept lost won said says tells hits kills shoots""".split())
_DETERMINERS = frozenset("a an the his her their its my our your this that".split())
_RELATIVE = frozenset(r.split()[-1] for r in RELATIVES) | {"that"}  # as single words
_PAST_NOUN = PREPOSITIONS | CONJUNCTIONS | _RELATIVE  # words that end the noun phrase a figure opens


def _has_verb(words: list[str]) -> bool:
    """A verb among words, by its ending or as a common irregular past ('killed', 'shooting', 'told'); not
    after a determiner, where such a word describes a noun ('an armed 16-year-old')."""
    return any((w in _IRREGULAR_VERBS or (len(w) > 4 and w.endswith(("ed", "ing"))))
               and not (i and words[i - 1] in _DETERMINERS) for i, w in enumerate(words))


# The words that end a verb phrase before a participle or adjective cue, when its subject is the figure before:
# '32 bodies have been identified', '370 people have been reported missing', '300 remain missing', '33 han sido
# identificadas', 'cem pessoas continuam desaparecidas'.
_AUXILIARIES = PASSIVE | frozenset("""have has had remain remains remained still now already reported confirmed officially
    han ha habian siguen permanecen estan estaban aun todavia ya estao estavam continuam seguem ainda ja""".split())


def _subject_of_cue(folded: str, end: int, cue_start: int) -> bool:
    """The figure ending at end is the subject of the cue: a noun phrase of a few words (no verb, figure, comma or
    conjunction in it) and a verb's auxiliaries run from it to the cue."""
    last = folded[max(end, cue_start - 14):cue_start].split()  # most gaps end on no auxiliary: tell that first
    if not last or last[-1] not in _AUXILIARIES or CLAUSE_BREAK.search(folded, end, cue_start):
        return False
    words = WORD.findall(folded, end, cue_start)
    if len(words) > 6:
        return False
    i = len(words)
    while i and words[i - 1] in _AUXILIARIES:
        i -= 1
    noun = words[:i]
    return len(noun) <= 3 and not _has_verb(noun) and _AND.isdisjoint(noun) and _RELATIVE.isdisjoint(noun) \
        and not any(w[0].isdigit() or w in ALL_NUMBER_WORDS for w in noun)


# A conjunction that opens a clause of its own: a figure right after it is that clause's subject ('injured when two
# trains collided', 'heridos tras dos explosiones'), not what the cue before it names.
_SUBORDINATORS = ("when", "while", "after", "before", "until", "cuando", "mientras", "tras", "quando", "enquanto", "apos",
                  "depois que", "antes que", "despues de que")
_SUBORDINATOR = rx.compile(r"\b(?:" + alternation(_SUBORDINATORS) + r")\s")
_YEAR_TEXT = r"(?:19|20)\d\d"
_WHEN_AFTER = rx.compile(r",?\s+(?:when|cuando|quando)\s")
_A_TIME = rx.compile(r"\b(?:" + _YEAR_TEXT + "|" + alternation(MONTHS) + r")\b")  # a year or a month in a cue
_SUBORDINATE_BEFORE = rx.compile(r"\b(?:" + alternation(_SUBORDINATORS) + r")\s+\Z")
# A clause going on past a figure, which may then be its subject ('after 12 people died'); 'until 2060', 'after 2033
# at the earliest' end a phrase.
_GOES_ON = rx.compile(r"(?:-|\s+(?!(?:" + alternation(PREPOSITIONS) + r")\b))[^\W\d_]")  # 'after 36-year-old Rait was'
_SHARED = frozenset({"count", "money"})  # figures that a part can be taken from (not shares: '30% of the vote')
# A participle right after a cue that narrows what it counts: 'mortos identificados', '110 bodies identified so far'
# (not 'the victims identified as ...', which names them).
_SUBSET_AFTER = rx.compile(r"\s+(?:(?:ja|already|now)\s+)?(?:" + alternation(IDENTIFIED + ("identificado", "identificada"))
                           + r")\b(?!\s+(?:as|como|by|por|pela|pelo)\b)")
# ... also with up to two words of the noun the cue describes between, no verb's auxiliary nor relative ('ocho de las
# víctimas fatales identificadas'; not '32 of the victims have been identified'): see _part_of_described.
_PARTICIPLE_ENDS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "tos", "tas")


def _part_of_described(part_of: re.Match[str], folded: str, cue_start: int) -> bool:
    """Whether the noun between a partitive and the cue is a part's whole that the cue describes, in Spanish or
    Portuguese, whose participles and adjectives tell themselves from verbs: 'ocho de las víctimas fatales
    identificadas' (not 'al menos 122 de las víctimas perdieron la vida', '34 dos falecidos morreram no estádio', nor a
    whole in figures: 'three out of ten people'). In English 'two of the passengers survived' may be either."""
    noun = WORD.findall(part_of.group("noun"))
    cue = WORD.match(folded, cue_start)
    return part_of.group().split()[0] not in ("of", "out") and ALL_NUMBER_WORDS.isdisjoint(noun) \
        and not any(w.endswith(("ron", "ram")) for w in noun) and cue is not None and cue.group().endswith(_PARTICIPLE_ENDS)


_PART_OF = rx.compile(r"\s+(?:" + alternation(DEFINITE_PARTITIVES) + r")\s+(?P<noun>(?:(?!(?:" + alternation(
    _AUXILIARIES | _RELATIVE | {"who", "que"}) + r")\b)[^\W\d_]+\s+){0,2})\Z")
_ALL = rx.compile(r"\b(?:all|todos|todas)\s+(?:of\s+)?\Z")  # 'all 32 of the dead': the whole of them
# Verbs of telling whose past form is seldom a passive after a figure (not 'confirmed': '40 people confirmed dead').
_TELLING = ("said", "say", "says", "told", "tell", "recalled", "recounted", "dijeron", "contaron", "relataron", "narraron",
            "disseram", "contaram", "relataram")
_SPEAKERS = rx.compile(r"(?:\s+(?!(?:were|was|are|is|now|have|has|had)\b)[^\W\d_]+)?\s+(?:(?:have|had|has)\s+)?(?:"
                       + alternation(_TELLING) + r")\b(?!\s+to\b)")  # 'two hurt passengers told', not 'said to be'
_POSSESSIVE = rx.compile(r"'s?\s+(?=[^\W\d_])")  # right after a cue: it names who owns the next noun


_IN_ADDITION_WORDS = tuple({max(w.split(), key=len) for w in IN_ADDITION})  # 'addition', not 'in': a quick test
_IN_ADDITION_BEFORE = rx.compile(r"\b(?:" + alternation(IN_ADDITION) + r")\b[^,;:.()—–]*\Z")


def _about_reach(about: re.Pattern[str], scan: Scan, s0: int, s1: int, ignore: re.Pattern[str] | None = None) -> int:
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


def _mentions(about: re.Pattern[str], scan: Scan, lo: int, hi: int, ignore: re.Pattern[str] | None) -> list[re.Match[str]]:
    """Where [lo, hi) names what a fact is about, less what lies in a phrase it ignores, and less an end of a stretch
    of places, which names the country between them: 'desde Nueva York hasta Los Ángeles', 'from Maine to Hawaii'."""
    found = list(about.finditer(scan.folded, lo, hi))
    if found and ignore is not None:
        masked = [m.span() for m in ignore.finditer(scan.folded, lo, hi)]
        found = [m for m in found if not _overlaps(m.start(), m.end(), masked)]
    return [m for m in found if not _stretch_end(scan.text, m.start(), m.end())] if found else found


def _stretch_end(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is an end of a stretch of places ('from New York to Los Angeles')."""
    if _STRETCH_FROM.search(text, max(0, start - 8), start):
        return bool(_STRETCH_ON.match(text, end))
    return bool(_STRETCH_TO_END.search(text, max(0, start - 12), start)
                and _STRETCH_TO.search(text, max(0, start - 60), start))


# Kinds whose values one subject holds: two facts of one of these about different subjects are rivals ('Paz's share',
# 'Quiroga's share'). Head counts have their places (_placed_elsewhere); names are values themselves.
_HELD_KINDS = frozenset({"number", "percentage", "money", "duration", "score", "ordinal"})
_QUOTED_WORD = r"[\"']?[^\W\d_]+[\"']?[^\S\n]+"
_TURNS = r"(?:a|al|ante|against|contra|versus|vs|frente|over|sobre|than|que|and|y|e|or|o|ou|while|mientras|enquanto|with|con|com)"
# Right after a value, what ties it to the name that follows: a possessor or an agent ('45% de Quiroga', '45,47% del
# derechista Jorge Tuto Quiroga', '45.5% for Quiroga', 'os 45,5% alcançados por Quiroga'), up to four words between,
# none turning to another noun or clause ('54% de los votos frente a Quiroga' is no share of his).
_HELD_AFTER = rx.compile(r"[^\S\n]+(?:(?:[^\W\d_]+[^\S\n]+)?(?:by|por|pelo|pela)|of|de|del|do|da|for|para)[^\S\n]+"
                         r"(?:(?!" + _TURNS + r"[^\S\n])" + _QUOTED_WORD + r"){0,4}\Z")
# Right before it, a possessive ('Quiroga's 45%', 'Quiroga's final 45%'); or a relative clause the name heads, the
# value in it ('Jorge Quiroga, quien alcanzó el 45,5%', 'Quiroga, who had 45.47%').
_HELD_POSSESSIVE = rx.compile(r"'s[^\S\n]+(?:[^\W\d_]+[^\S\n]+)?\Z")
_RELATIVE_TO_VALUE = r"[^\S\n]*,[^\S\n]*(?i:" + alternation(RELATIVES) + r")\b[^,;:.!?()\n]*\Z"  # ', quien alcanzó el '
_HELD_RELATIVE = rx.compile(r"[\"']?" + _RELATIVE_TO_VALUE)
# A name that is the object of a verb of beating or of a preposition, or that modifies a noun, holds no value after
# it: 'superó a Quiroga con el 54%', 'la victoria de Paz con el 54%', 'former minister under Bolsonaro – 26 years'; nor
# does a possessive of another noun ('Bolsonaro's former defense minister, received 26 years').
_NOT_HOLDER = rx.compile(r"\b(?:of|de|del|da|do|to|a|al|over|against|contra|versus|vs|ante|than|under|bajo|sob|with|con|com|"
                         r"for|para|by|por|pelo|pela|from|in|en|em|on|at|beat|beating|defeated|defeating|topped|topping|"
                         r"derrot\w*|venc\w*|super\w*)[^\S\n]+(?:(?:the|el|la|o|his|her|its|su|seu|sua)[^\S\n]+)?"
                         r"(?:" + _QUOTED_WORD + r"){0,3}\Z")


def _held_by_another(scan: Scan, c: Candidate, s0: int, s1: int, fact: Fact, rivals) -> str:
    """Why a value of a fact about one subject is held by what another fact of its kind is about, and this one is not:
    the name right after it, as its possessor or agent ('contra el 45,47% del derechista Jorge Tuto Quiroga'), one
    right before it, possessive ('versus Quiroga's 45%'), or the name nearest before it, that heads a relative clause
    the value is in or is no object ('Quiroga, quien alcanzó el 45,5%'; 'El principal rival de Paz, Jorge Quiroga,
    obtuvo el 45,5%'). A head count is held so only when its own subject is named neither before it nor after it in
    its clause, where a place is named with a preposition ('El Senado aprobó ..., luego de que ocho demócratas se
    unieron ..., que ahora pasará a la Cámara' is the Senate's eight; 'el fuego en Palisades ha cobrado ocho' is
    Palisades', 'which struck Jamaica, has also claimed at least 30 lives in Haiti' Haiti's). '' when it is not."""
    folded = scan.folded
    lo = dateline_end(scan.text, s0)  # a dateline names where the copy was filed
    names = sorted((m.start(), m.end(), own) for own, about in ((True, fact.about), *((False, r) for r in rivals))
                   for m in _mentions(about, scan, lo, s1, fact.ignore))
    nearest = next((n for n in reversed(names) if n[1] <= c.start), None)
    # A relative clause on another's name holds it, whatever was named before: 'New York and Chicago, which had 250,000'.
    on_another = nearest is not None and not nearest[2] and _HELD_RELATIVE.match(folded, nearest[1], c.start) is not None
    if fact.kind == "count" and not on_another and any(
            n[2] and (n[1] <= c.start or n[0] >= c.end and not CLAUSE_BREAK.search(folded, c.end, n[0])) for n in names):
        return ""  # its own subject named before it ('el fuego en Palisades ha cobrado ocho') or after it in its clause
    after = next((n for n in names if n[0] >= c.end), None)
    if after is not None and _HELD_AFTER.match(folded, c.end, after[0]):
        held = after
    else:
        held = None
        for n in reversed([n for n in names if n[1] <= c.start]):
            if _HELD_POSSESSIVE.match(folded, n[1], c.start) or _HELD_RELATIVE.match(folded, n[1], c.start):
                held = n
                break
            if not folded.startswith("'s", n[1]) and not _NOT_HOLDER.search(folded, max(s0, n[0] - 60), n[0]):
                held = n
                break
    if held is None or held[2] or any(n[2] and n[0] < held[1] and held[0] < n[1] for n in names):
        return ""  # none, or this fact's own: 'Paz, Rodrigo Paz' for one, 'Paz Zamora' for another
    lo, hi = (c.start, held[1]) if held[0] >= c.end else (held[0], c.end)
    return f"held by what another fact is about ('{' '.join(scan.text[lo:hi].split())}')"


# A relative clause up to a value in it, and the capitalised name it hangs on ('Movimiento al Socialismo (MAS), que
# históricamente ganó con porcentajes por arriba del 50%'), read on the text as written.
_RELATIVE_UP_TO = rx.compile(r"(?P<name>[A-Z][\w'’.-]*)[^\S\n]*(?:\([^()\n]{1,40}\))?" + _RELATIVE_TO_VALUE)
_CLAUSE_END = rx.compile(r"[,;:.!?()\n]")


def _relative_on_another(scan: Scan, c: Candidate, s0: int, s1: int, fact: Fact) -> str:
    """Why a value of a fact with an about: list is said of another: it is in a relative clause that hangs on a name,
    and neither the name nor the clause names what the fact is about ('pondrá fin a la hegemonía del Movimiento al
    Socialismo (MAS), que históricamente ganó con más del 50%' for a fact about Paz). '' when it is not."""
    if scan.text.find(",", s0, c.start) < 0:
        return ""
    m = _RELATIVE_UP_TO.search(scan.text, max(s0, c.start - 160), c.start)
    if m is None:
        return ""
    end = _CLAUSE_END.search(scan.text, c.end, s1)
    if _mentions(fact.about, scan, max(s0, m.start() - 40), end.start() if end else s1, fact.ignore):
        return ""
    return f"in a relative clause on another ('{' '.join(scan.text[m.start():c.end].split())}')"


def _occurrences(text: str, words) -> list[int]:
    """Where each of words stands in text."""
    found = []
    for w in words:
        at = text.find(w)
        while at >= 0:
            found.append(at)
            at = text.find(w, at + 1)
    return found


def _heading_besides(scan: Scan, s0: int, lo: int, at: int) -> re.Match[str] | None:
    """The words of 'besides' ('además de', 'in addition to') that open a phrase running from [lo, at) to at and heading
    its clause in the sentence from s0; None when there are none."""
    openers = scan.memo.get("in addition")
    if openers is None:  # once an article, by plain string search: most hold none
        openers = scan.memo["in addition"] = sorted(_occurrences(scan.folded, _IN_ADDITION_WORDS))
    if not openers or bisect_left(openers, lo) == bisect_left(openers, at):
        return None
    opener = _IN_ADDITION_BEFORE.search(scan.folded, lo, at)
    if opener is None or scan.folded[s0:opener.start()].rstrip()[-1:] not in ("", ",", ";", ":", "(", "—", "–"):
        return None
    return opener


def _besides_phrase(scan: Scan, s0: int, s1: int, cue_start: int, cue_end: int) -> int:
    """Where the clause goes on past a phrase that heads it, holds the cue and names a group besides the one the
    clause counts ('Além das vítimas fatais, aproximadamente vinte pessoas sofreram lesões', 'In addition to the dead,
    21 people were hurt'): a figure from there is not the cue's. 0 when the cue stands in no such phrase."""
    folded = scan.folded
    if _heading_besides(scan, s0, max(s0, cue_start - 60), cue_start) is None:
        return 0
    comma = folded.find(",", cue_end, min(s1, cue_end + 40))
    return comma + 1 if comma >= 0 and not _has_verb(WORD.findall(folded, cue_end, comma)) else 0


def _of_the_owned(folded: str, c: Candidate, cue_start: int, owned: int) -> str:
    """Why a figure after a possessive cue and the noun it owns, with no verb, semicolon or colon between, describes
    that noun and not the cue: 'the officer's partner, Vassilios Saraliotis, 31', 'the victim's family of five' (not
    'the teen's death: 16-year-old shot by police'). '' when it does not."""
    gap = WORD.findall(folded, owned, c.start)
    if not gap or not PASSIVE.isdisjoint(gap) or _has_verb(gap) or _STRONG_BREAK.search(folded, owned, c.start):
        return ""
    return f"about what the cue owns ('{folded[cue_start:owned]}{gap[0]}'), not the cue"


def _after_preposition(head: list[str]) -> bool:
    """Words between an age's noun and a cue noun put the cue in a phrase of its own, one a preposition opens after the
    age's noun, the cue right after it or after a determiner: 'a 15-year-old boy by a policeman', 'the 10-year-old
    daughter of the victim' (not 'a 59-year-old mother of two died')."""
    at = next((i for i, w in enumerate(head) if i and w in PREPOSITIONS), None)
    return at is not None and (at == len(head) - 1 or head[-1] in _DETERMINERS) and not _has_verb(head[at + 1:])


# A relative clause on a name after the cue: 'succeeds Pope Francis, who died at age 88', 'sucede al Papa Francisco,
# quien falleció a los 88 años', 'sucedendo o papa Francisco, que morreu aos 88 anos'; what it holds is said of that
# name, not of what the cue names: an age, a day or a time.
_OTHER_RELATIVE_KINDS = frozenset({"number", "date", "time"})
_OTHER_RELATIVE = rx.compile(rf"[{UPPER}][\w'’.-]*,\s+(?:who|whose|quien|quienes|que|quem|o\s+qual|el\s+cual|la\s+cual|"
                             r"(?:fallecid|falecid|muert|mort|elegid|eleit|nacid|nascid)[oa])\b")  # 'Francisco, fallecido el'
# A day of birth is no day of what the fact is about, unless its cue is the birth: 'O novo papa nasceu em 14 de
# setembro de 1955', 'born on September 14, 1955', 'nació el 14 de septiembre de 1955'.
_BORN_BEFORE = rx.compile(r"\b(?:born|nacid[oa]|naci[oó]|nascid[oa]|nasceu|birth|nacimiento|nascimento)\b[^.;:!?]{0,24}\Z")
_REL_CLOSE = rx.compile(r"[,;)]")
_LOWER_WORD = rx.compile(r"\b[a-zà-ÿ][\w'’]*")
_ARTICLES = frozenset("el la los las o a os as".split())


def _other_relative(scan: Scan, cue_end: int, s1: int) -> re.Match[str] | None:
    """A relative clause on a name after the cue, with words of the cue's clause between that do not join the name to
    the cue (not 'Cardinal Robert Prevost, who is 69', 'the fire in Palisades, which'), or None."""
    rel = _OTHER_RELATIVE.search(scan.text, cue_end, s1)
    if rel is None:
        return None
    between = [w.lower() for w in _LOWER_WORD.findall(scan.text, cue_end, rel.start())]
    # not 'O incêndio das Palisades, que começou em 7 de janeiro': a name joined to the cue is of its noun phrase
    return rel if any(w not in _LINKS and w not in _DETERMINERS and w not in _ARTICLES for w in between) else None


def _of_another(scan: Scan, base, rel: re.Match[str] | None, cue: tuple[int, int] | None):
    """base (why a value is not the fact's, or None), said first of a value in a relative clause on another name (rel),
    and, with the cue of a date fact, of a day of another event (_day_of_another)."""
    def belongs(c: Candidate) -> str:
        return (rel is not None and _in_other_relative(scan, c, rel)) or (
            cue is not None and _day_of_another(scan, c, *cue)) or (base(c) if base else "")
    return belongs


def _day_of_another(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day is that of a birth or of another participle, not of the cue's event, or ''."""
    born = _BORN_BEFORE.search(scan.folded, max(0, c.start - 40), c.start)
    if born is None:
        return _participle_on(scan, c, cue_start, cue_end)
    if cue_start <= born.start() < cue_end:
        return ""
    return f"a day of birth ('{' '.join(scan.text[born.start():c.end].split())}')"


# A day that a participle after a noun dates: 'reféns sequestrados em 7 de outubro', 'los presos liberados el lunes',
# and in English, where the participle looks like a verb in the past, only with the clause's verb after the day: 'the
# first seven hostages captured on October 7, 2023, have been handed over'.
_DATING_PARTICIPLE = rx.compile(r"\b([a-z]+)\s+(?!pasad|passad)([a-z]{3,}(?:ad[oa]s?|id[oa]s?|ed))\s+"
                                r"(?:(?:on|el|em|no|na)\s+)?\Z")  # not 'el pasado 17 de agosto': 'last'
_PERFECT = _AUXILIARIES | frozenset("habia he hemos habra havia haviam tinha tem teria tera sera seran seria ser serem".split())
_VERB_AFTER_DAY = rx.compile(r",?\s+(?:have|has|had|were|was|are|is|will)\b")


def _participle_on(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day is that of a participle after a noun, not of the cue's event, or ''."""
    folded = scan.folded
    lead = folded[c.start:c.end].split(None, 1)[0]
    at = c.start + len(lead) + 1 if lead in ("on", "el", "em", "no", "na") else c.start
    p = _DATING_PARTICIPLE.search(folded, max(0, at - 40), at)
    if p is None or p.group(1) in _PERFECT or p.group(1) in _ARTICLES or p.group(1) in OF_WORDS \
            or cue_start <= p.start(2) < cue_end:
        return ""
    if cue_end <= p.start(2) and len(WORD.findall(folded, cue_end, p.start(2))) <= 1:
        return ""  # the cue's own participle: 'the ceasefire agreed on Thursday', 'el balotaje presidencial celebrado'
    if p.group(2).endswith("ed") and not _VERB_AFTER_DAY.match(folded, c.end):
        return ""
    return f"the day of what another participle says ('{' '.join(scan.text[p.start(2):c.end].split())}')"


def _in_other_relative(scan: Scan, c: Candidate, rel: re.Match[str]) -> str:
    if c.start >= rel.end() and not _REL_CLOSE.search(scan.folded, rel.end(), c.start):
        return f"said in a relative clause on another ('{rel.group().strip()}')"
    return ""


def _age_of_another(folded: str, c: Candidate, cue_start: int, cue_end: int) -> str:
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
            if w.group() in _RELATIVE:
                stop = w.start()
                break
            head.append(w.group())
        far = len(head) > 6 or _has_verb(head[1:]) or (
            len(head) > 2 and CLAUSE_BREAK.search(folded, m.end(), stop) is not None) or (
            stop == cue_start and _after_preposition(head))
    else:  # a semicolon ends what the cue's clause says (a colon may only open it: 'teen's death: 16-year-old')
        # ... or the age opens the next of two noun phrases joined to the cue's: 'Butch and 59-year-old Sunita'
        far = cue_end <= c.start and (_has_verb(WORD.findall(folded, cue_end, c.start))
                                      or ";" in folded[cue_end:c.start]
                                      or _JOINED.fullmatch(folded, cue_end, c.start) is not None)
    if not far:
        return ""
    who = " ".join(WORD.findall(folded, m.end(), m.end() + 40)[:3])
    return f"the age of someone else ('{folded[c.start:c.end]}-year-old {who}')"


_JOINED = rx.compile(r"\s+(?:and|or|y|e|o)\s+")
_GAP_BREAK = rx.compile(r"[,;:.!?]")
_INCLUDING_AT = r",\s*(?:" + alternation(INCLUDING) + r")\b"  # ', including', ', entre ellos'
_ASIDE_MARK = rx.compile(r"[—–()]|" + _INCLUDING_AT)  # see clause_distance


_NARROWING = PREPOSITIONS | frozenset("inside outside within dentro fora fuera afuera".split())  # what opens a phrase


def _claimed(folded: str, c: Candidate, claims: list[tuple[int, int, int]], fi: int) -> str:
    """Why a figure whose own predicate holds another fact's cue and none of this one's, within three words
    after it or two before it, with no break or conjunction between, is that fact's: '15 pessoas morreram e 18
    ficaram feridas' (15 died: not the injured), '21 people were injured' (not the dead), 'killed 16 people
    and left five seriously injured' (16 were killed). A cue inside a longer one ('injured' in 'seriously
    injured') gives way to it. With this fact's cue there too, only another's right after the figure or right after
    that cue counts ('the loss of 33 lives on the ground' is the ground toll, not all the dead)."""
    near = []
    relative = set()  # the hits after the figure that stand in a relative clause: '38 personas que iban a bordo'
    for start, end, fj in claims[bisect_left(claims, (c.end,)):]:
        if start - c.end > 60 or _GAP_BREAK.search(folded, c.end, start) or _MODIFIER_GAP.fullmatch(folded, c.end, start):
            break  # 'eight 32-storey blocks': the other cue is the compound's, and its figure's
        gap = WORD.findall(folded, c.end, start)
        if len(gap) > 3 or not CONJUNCTIONS.isdisjoint(gap):  # 'matando 17 pessoas e ferindo outras 21'
            break
        if gap and gap[0] in OF_WORDS and folded[c.start:c.end] not in VAGUE:  # 'cinco dos feridos estão em estado
            break  # grave': the group it is part of; but 'dozens of residents still missing' counts residents
        if not _RELATIVE.isdisjoint(gap):
            relative.add(start)
        near.append((start, end, fj))
    for start, end, fj in reversed(claims[:bisect_left(claims, (c.start,))]):
        if c.start - end > 40 or end > c.start or _GAP_BREAK.search(folded, end, c.start):
            break
        gap = WORD.findall(folded, end, c.start)
        if len(gap) > 2 or not CONJUNCTIONS.isdisjoint(gap):
            break
        if _noun_of_figure(folded, start, end):
            continue  # 'Cinco fallecidos 156 desaparecidos 130 personas halladas': another figure's noun
        near.append((start, end, fj))
    near = [h for h in near if not any(a <= h[0] and h[1] <= b and b - a > h[1] - h[0] for a, b, _ in near)]
    # The figure's noun joined by 'and' to another's cue names one group of both: '242 passengers and crew on board'.
    near = [h for h in near if folded[c.end:h[0]].strip() or _joined_by_and(folded, h[0], h[1], claims) is None]
    own = [h for h in near if h[2] == fi]
    if any(_measures(folded, h[1], c.start) for h in own):  # 'the first group of seven hostages', 'os corpos dos 28
        return ""  # reféns': the figure counts this fact's noun, of which the noun after it says what
    others = [h for h in near if h[2] != fi]
    measured = [h for h in others if _measures(folded, h[1], c.start) and not _OF_WORDS_ONLY.fullmatch(folded, h[1], c.start)]
    if measured and _governed(folded, measured[0][0], claims, fi):
        return ""  # 'expected the creation of 50,000 jobs': this fact's cue governs the other's noun and its figure
    if measured:  # ... and with the article, one of that noun for each ('os corpos dos 28 reféns'), another fact's
        return f"what another fact counts ('{folded[measured[0][0]:measured[0][1]]}', '{folded[c.start:c.end]}')"
    if any(h[1] <= c.start for h in others):  # 'la muerte de al menos 38 personas que iban a bordo': 38 died
        own = [h for h in own if h[0] not in relative]
    if own:  # 'followers of the two leaders', '33 lives on the ground'; but 'release 39 Palestinian prisoners': the noun
        last = max(e for _, e, _ in own)  # the figure counts is the other's, and it is nearer than any verb
        right_after = last if last > c.end else c.end
        # Right after this fact's cue, another's narrows it only as a phrase of its own ('33 lives on the ground'), not
        # as the figure's predicate ('pelo menos dois polícias morreram' counts the police), nor as a phrase the groups
        # of a list share ('58 passengers and four crew members on board': the crew on board are the crew).
        others = [h for h in others if (h[0] >= right_after and not folded[right_after:h[0]].strip()
                  and (right_after == c.end or WORD.match(folded, h[0]).group() in _NARROWING
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
    return f"what another fact counts ('{folded[c.start:c.end]}', '{folded[start:end]}')"


_MODIFIER_GAP = rx.compile(r"\s+\d{1,3}-")  # a figure, then the hyphen of a compound it makes
_OF_WORDS_ONLY = rx.compile(r"\s+(?:of|de)\s+")  # 'un saldo de 38 muertos': what the figure counts, not one for each
_OF_ARTICLES = _ARTICLES | {"the"}
_GOVERNED = rx.compile(r"\s+(?:(?:the|a|an|la|el|las|los|o|os|as|un|una|um|uma)\s+)?")  # a cue, then another as its object
_FORESEEING = rx.compile(r"\b(" + trie_pattern(FORECAST_WORDS | DEMAND_WORDS) + r")" + _GOVERNED.pattern + r"\Z")
_STAMPED = frozenset({"date", "time"})  # kinds a page's time stamp could give a value to


def _stamp_of_page(text: str, s0: int, s1: int) -> bool:
    """The sentence at s0..s1 is a line of its own that reads as a time stamp (see stamp_line)."""
    rest = text[s1:s1 + 8].lstrip(" \t")
    return (s0 == 0 or text[s0 - 1] == "\n") and (not rest or rest[0] == "\n") and stamp_line(text[s0:s1])


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
    return verb is not None and _asked_by(verb.start(1), own, folded, 0)


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
    return len(words) >= 2 and words[-1] in _AND and any(w[0].isdigit() or w in ALL_NUMBER_WORDS for w in words[-5:-1])


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
            return not folded[hit[1]:start].strip() or _subject_of_cue(folded, hit[1], start)
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
        and all(w in _AUXILIARIES for w in WORD.findall(folded, last, hit[0]))


def _head_noun(folded: str, end: int, hit: tuple[int, int, int], own) -> bool:
    """The cue hit is the plural noun a figure ending at end counts, past at most two words that describe it and no
    plural ('release 39 Palestinian prisoners'; not 'un saldo de 95 víctimas mortales', where the plural noun comes
    first), the fact's own cues all before the figure: the verb, whose object the figure and its noun are."""
    if hit[0] < end or not folded.endswith("s", hit[0], hit[1]) or any(h[1] > end for h in own):
        return False
    gap = WORD.findall(folded, end, hit[0])
    return len(gap) <= 2 and all(w not in _PAST_NOUN
                                 and not w[0].isdigit() and not w.endswith("s") for w in gap)


_NOUN_FORMS = ("s", "ed", "dead", "hurt", "missing")  # what a cue that is a figure's noun ends with: not a verb


def _noun_of_figure(folded: str, start: int, end: int) -> bool:
    """The cue at [start, end) is the noun of a figure right before it ('156 desaparecidos', '5 dead'), not a
    verb after a name's number ('el Embraer 190 transportaba')."""
    ahead = WORD.findall(folded, max(0, start - 16), start)[-1:]
    return bool(ahead) and (ahead[0][0].isdigit() or ahead[0] in ALL_NUMBER_WORDS) and folded[start - 1] == " " \
        and folded.endswith(_NOUN_FORMS, start, end)


def _object_of(scan: Scan, cue_start: int, cue_end: int) -> str:
    """The opening of the object of a verb of killing that is the cue, when one follows it at once: an article, a
    possessive or a pronoun ('killing a mother'), a figure or a name ('killed 12', 'shot Horton'), not a time ('killed
    the day after', 'killed Saturday'). '' when there is none."""
    if scan.folded[cue_start:cue_end] not in KILL_VERBS:
        return ""
    words = [(m.group(), m.start()) for _, m in zip(range(2), WORD.finditer(scan.text, cue_end, cue_end + 60))]
    if not words or scan.text[cue_end:words[0][1]].strip():
        return ""
    first = fold(words[0][0])
    after = fold(words[1][0]) if len(words) > 1 else ""
    if first == "and" and after in KILL_VERBS:  # 'officers shot and killed a 16-year-old'
        return _object_of(scan, words[1][1], words[1][1] + len(words[1][0]))
    if first in OBJECT_OPENERS:
        timely = after in TIME_UNITS or after in WEEKDAYS or after in MONTHS or after in _TIMES_OF_DAY
        return "" if timely else f"{first} {after}".strip()
    if first[0].isdigit():  # 'killed 12', 'shot 16-year-old Kimani Gray' (not 'killed 2 years ago')
        return first if after not in TIME_UNITS or _AGED_OBJECT.match(scan.folded, words[0][1] + len(first)) else ""
    if words[0][0][0].isupper() and first not in WEEKDAYS and first not in MONTHS:
        return words[0][0]
    return ""


_AGED_OBJECT = rx.compile(r"-years?-old\s+[a-z]")
_TIMES_OF_DAY = frozenset("morning afternoon evening weekend manana tarde noche madrugada manha".split())
_PART_AFTER = rx.compile(r"""\s+['‘"“]?(?:""" + alternation(PART_WHEN) + r")\b")  # also quoted: '‘in situ’'
_LATER_BEFORE = rx.compile(r"\b(?:" + alternation(LATER) + r")\s+\Z")
# A verb of identifying right before the figure, its object: 'foi possível identificar oito vítimas mortais', 'have
# identified 12 of the victims', 'identificaron a ocho'.
_IDENTIFY_BEFORE = rx.compile(r"\bidentif[a-z]*\s+(?:a\s+)?\Z")
_PART_CUE_BEFORE = rx.compile(r"\b(?:" + alternation(PART_CUE_BEFORE) + r")\s+\Z")
_PART_CUE_AFTER = rx.compile(r"\s+(?:(?:have|has|had|been|were|was|are|is|so far|foram|fueron|sido|ja)\s+){0,2}(?:"
                             + alternation(PART_CUE_AFTER) + r")\b")  # '50 bodies have been identified so far'
_PART_ANY = rx.compile(r"\b(?:" + trie_pattern({p.split()[-1] for p in PART_WHEN + LATER + PART_CUE_AFTER}
                                              | set(PART_CUE_BEFORE)) + r")\b")  # their last words


# Not after a definite article: 'she shot the other three' are the rest of a group, maybe all who were shot.
_ADDED_BEFORE = rx.compile(r"\b(?:(?P<the>the|los|las|os|as)\s+)?(?:" + alternation(ADDED_BEFORE) + r")\s+\Z")
_ADDED_AFTER = rx.compile(r"\s+(?:" + alternation(ADDED_AFTER) + r")\b")
_NEW_AFTER = rx.compile(r"\s+(?:" + alternation(NEW_AFTER) + r")\b")
# ... or after its noun, as Spanish and Portuguese put it: 'tres muertos más', 'duas vítimas mais'. Read on the text as
# written, where Spanish 'más' keeps its accent (Portuguese 'mas' is 'but').
_ADDED_AFTER_NOUN = rx.compile(r"\s+[^\W\d_]+\s+(?:más|mais)\b", re.IGNORECASE)


def _is_cue(added: re.Match, hits) -> bool:
    """The word of adding is a cue of the fact: 'for every 10 additional hostages' for the cue `additional`."""
    said = added.group().rstrip()
    end = added.start() + len(said)
    start = end - len(said.split()[-1])
    return any(a < end and start < b for a, b in hits)


def _contrasted(folded: str, c: Candidate, others, s0: int) -> bool:
    """Whether another head count's cue, and a figure, stand before the figure in its clause: then the figure is set
    beside that count ('catorce fallecieron y otras 42 resultaron heridas'), not added to one of its own."""
    s0 = max(s0, folded.rfind(";", s0, c.start) + 1, folded.rfind(":", s0, c.start) + 1)
    return any(s0 <= a and b <= c.start for a, b in others) and any(
        w[0].isdigit() or w in ALL_NUMBER_WORDS for w in WORD.findall(folded, s0, c.start))


# A clause that opens on the day since which its figures are counted: 'Desde el viernes se han registrado dos muertes',
# 'Since Monday, 12 more cases', 'since the last update': what was added since, not the whole (unless the figure is a
# level it rose to: 'Since Friday, the toll has risen to 28').
_SINCE_DAYS = (*WEEKDAYS, *PT_SHORT_WEEKDAYS, "yesterday", "ayer", "ontem", "anteayer", "anteontem", "last update",
               "previous update", "ultima actualizacion", "ultima atualizacao", "ultimo balance", "ultimo balanco",
               "ultimo boletin", "ultimo boletim")
_SINCE_DAY_OPENS = rx.compile(r"\W*(?:(?:and|but|y|e|pero|mas)\s+)?(?:since|desde)\s+(?:(?:the|el|la|o|a|last|el\s+pasado|"
                              r"o\s+ultimo|a\s+ultima)\s+)?(?:" + alternation(_SINCE_DAYS) + r")\b")


def _part_when(scan: Scan, c: Candidate, hits, others=(), s0: int = 0) -> str:
    """Why a figure counts only some of those the cue names: it is added to another ('another 49 died', '12 more
    people died'; not after another count's cue in its sentence: 'catorce fallecieron y otras 42 resultaron
    heridas' contrasts two counts), or when or where they died is said right after its verb ('15 pessoas morreram
    no local', 'were killed instantly', 'died in hospital') or 'later' right before it ('two people later died'),
    or how badly they were hurt or that they were identified is said right by the cue ('76 passengers were
    seriously injured', '29 heridos graves', '50 bodies have been identified'), the cue within four words of the
    figure in its clause and no other figure between, or the figure is what a verb of identifying right before it
    found ('identificar oito vítimas mortais'). '' when it is not."""
    folded = scan.folded
    added = _ADDED_BEFORE.search(folded, max(0, c.start - 16), c.start) or _ADDED_AFTER.match(folded, c.end) \
        or _ADDED_AFTER_NOUN.match(scan.text, c.end)
    if added and not added.groupdict().get("the") and not _contrasted(folded, c, others, s0) \
            and not _is_cue(added, hits):
        return f"added to a figure given before ('{folded[min(c.start, added.start()):max(c.end, added.end())]}')"
    new = _NEW_AFTER.match(folded, c.end)
    if new and not _is_cue(new, hits):
        return f"new ones, added to a figure given before ('{folded[c.start:new.end()]}')"
    since = _SINCE_DAY_OPENS.match(folded, s0, c.start)
    if since and not _STRONG_BREAK.search(folded, since.end(), c.start) and not _RISEN_TO.search(
            folded, max(s0, c.start - 30), c.start) and not _TOTAL_LEVEL.search(folded, max(s0, c.start - 60), c.start):
        return f"counted since a day ('{' '.join(folded[since.start():c.end].split())}'), not the whole"
    identify = _IDENTIFY_BEFORE.search(folded, max(0, c.start - 24), c.start) \
        if folded.find("identif", max(0, c.start - 24), c.start) >= 0 else None
    if identify:
        return f"a part of the count ('{folded[identify.start():c.end]}'), and the article gives a whole one"
    if not _PART_ANY.search(folded, c.end, c.end + 120):  # most figures have none near: skip the distances
        return ""
    for a, b in hits[bisect_left(hits, (c.end,)):]:
        if a - c.end > 120 or scan.distance(c.end, a) > 4:
            break
        if any(w[0].isdigit() or w in ALL_NUMBER_WORDS for w in WORD.findall(folded, c.end, a)):
            break  # 'mounts to 142, 110 bodies identified': the cue goes with the next figure
        m = _PART_AFTER.match(folded, b) or _LATER_BEFORE.search(folded, max(c.end, a - 30), a) \
            or _PART_CUE_AFTER.match(folded, b) or _PART_CUE_BEFORE.search(folded, max(c.end, a - 16), a)
        if m:
            said = folded[c.start:max(b, m.end())].strip()
            return f"a part of the count ('{said}'), and the article gives a whole one"
    return ""


# A group a figure is restricted to, right after its cue ('five confirmed cases among health workers', 'four deaths
# occurred among health workers', 'cinco casos confirmados entre el personal sanitario', 'case fatality ratio among
# females is 56%'), or opening its sentence ('Among laboratory confirmed cases, 16 deaths were recorded'); not 'among
# them', 'entre ellos' (which open a part), nor 'entre' a time or a figure ('entre agosto y septiembre', 'entre 20 y 30').
_AMONG_NOT = r"(?!(?:them|whom|which|those|others|ellos|ellas|eles|elas|si|otros|otras|outros|outras)\b)"
_AMONG_SOME = rx.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:among|amongst|entre)\s+" + _AMONG_NOT + r"(?P<what>[a-z][^,;:.()]*)")
_AMONG_OPENS = rx.compile(r"\W*(?:among|amongst|entre|dentre)\s+" + _AMONG_NOT + r"(?P<what>[a-z][^,;:.()]*),")
# ... and a part of such a group, set off by 'including' after it: 'cinco casos confirmados entre el personal sanitario,
# incluidos tres fallecimientos'.
_INCLUDED_IN = rx.compile(r"(?:among|amongst|entre)\s+" + _AMONG_NOT + r"(?P<what>[a-z][^,;:.()]*),\s*(?:"
                          + alternation(INCLUDING) + r")\s+(?:[a-z]+\s+){0,2}\Z")


def _some_group(folded: str, m: re.Match, hits) -> bool:
    """The words after 'among' name a group of no figure, no time and no cue in hits."""
    words = WORD.findall(m.group("what"))[:6]
    return bool(words) and not any(w[0].isdigit() or w in ALL_NUMBER_WORDS or w in MONTHS or w in WEEKDAYS
                                   for w in words) and not _overlaps(m.start("what"), m.end("what"), hits)


def _among_some(scan: Scan, c: Candidate, hits, s0: int, s1: int, others=()) -> str:
    """Why a figure counts only a group the cue's words restrict it to ('among health workers'), or ''. Like the parts
    above, it gives way to a whole the article gives. others: the cue spans of the other head counts."""
    folded = scan.folded
    if folded.find("among", s0, s1) < 0 and folded.find("entre", s0, s1) < 0:  # most sentences: no copy of the sentence
        return ""
    opens = _AMONG_OPENS.match(folded, s0)
    # A figure with its own cue after it counts its cue's noun among the group ('Among confirmed cases, 16 deaths');
    # one with no noun of its own, a part of the group, which may be what the fact counts ('Among the dead, 32 were
    # Cuban' for a fact of the Cubans).
    own = opens is not None and any(c.end <= a < s1 and scan.distance(c.end, a) <= 1
                                    and _AUX_OR_MODAL.isdisjoint(WORD.findall(folded, c.end, a)) for a, _ in hits)
    if opens and opens.end() <= c.start and _some_group(folded, opens, hits if own else list(hits) + list(others)) \
            and ";" not in folded[opens.end():c.start]:
        return f"a count among some only ('{' '.join(folded[opens.start('what') - 6:opens.end()].split())}')"
    part = _INCLUDED_IN.search(folded, max(s0, c.start - 120), c.start)
    if part and _some_group(folded, part, hits) and any(
            w[0].isdigit() or w in ALL_NUMBER_WORDS for w in WORD.findall(folded, max(s0, part.start() - 60), part.start())):
        return f"part of a count among some only ('{' '.join(folded[part.start():c.end].split())}')"
    for a, b in hits:
        if not s0 <= a < s1:
            continue
        if c.end <= a:  # the cue after the figure: 'five confirmed cases among health workers'
            if scan.distance(c.end, a) > 4 or any(w[0].isdigit() or w in ALL_NUMBER_WORDS
                                                   for w in WORD.findall(folded, c.end, a)):
                continue
            m = _AMONG_SOME.match(folded, b, s1)
        elif b <= c.start:  # the cue before it: 'case fatality ratio among females is 56%'
            m = _AMONG_SOME.match(folded, b, c.start)
            if m is not None and (scan.distance(b, c.start) > 12 or CLAUSE_BREAK.search(folded, m.end(), c.start)):
                m = None
        else:
            continue
        if m is not None and _some_group(folded, m, hits):
            return f"a count among some only ('{' '.join(folded[a:m.end()].split()[:10])}')"
    return ""


# A whole and its noun right before a bracket that breaks it down: '57 cases (47 confirmed and 10 probable cases)'.
_WHOLE_BEFORE_BRACKET = rx.compile(r"(?P<whole>[\w.,]+)\s+(?:[a-z-]+\s+){0,2}[a-z-]+\s*\(\Z")


def _bracketed_part(folded: str, c: Candidate, s0: int) -> str:
    """Why a figure in brackets right after a figure and its noun is a part of that one, or ''. Like the parts above,
    it gives way to a whole the article gives."""
    opens = folded.rfind("(", s0, c.start)
    if opens < 0 or ")" in folded[opens:c.start]:
        return ""
    m = _WHOLE_BEFORE_BRACKET.search(folded, max(s0, opens - 60), opens + 1)
    whole = m.group("whole").strip(".,") if m else ""
    if not (whole[:1].isdigit() or whole in ALL_NUMBER_WORDS):
        return ""
    return f"a part of the figure before the bracket ('{' '.join(folded[m.start():c.end].split())}')"


# Words that open a clause of their own, where a day after them is no longer the cue's verb's.
_CLAUSE_OPENERS = _RELATIVE | frozenset("where when while whereas after before since donde cuando mientras tras desde onde "
                                        "quando enquanto apos antes".split())
# Verbs by no ending: auxiliaries and modals ('it will carry the BlackBerry Q10, and registration will begin on April 29';
# not 'do' nor 'esta', the Portuguese 'of the' and the Spanish 'this').
_AUX_OR_MODAL = PASSIVE | frozenset("""has have had will would can could may might shall should must does did era eran ha han
    sera seran va van estao serao vai vao tem""".split())

# What leads to a day: the words a gap ends on before it ('on', 'na', 'el', 'this').
_TO_A_DAY = frozenset("on in at this last past el la en este esta pasado no na em neste nesta nesse nessa desta deste "
                      "dia day".split())


def _verb_cue(scan: Scan, cue_start: int, cue_end: int) -> bool:
    """The cue is a verb by its form, read as count's past_form reads it ('declared', 'died', 'anunciaram', 'declaró'),
    or a participle ('declarado'); kept: a cue reaches several days."""
    key = ("verb cue", cue_start, cue_end)
    found = scan.memo.get(key)
    if found is None:
        words = WORD.findall(scan.text, cue_start, cue_end)  # as written: 'declaró'
        found = scan.memo[key] = bool(words) and (
            _has_verb([w.lower() for w in words]) or past_form(words[-1]) or fold(words[-1]).endswith(PARTICIPLE_ENDINGS))
    return found


def _verbless(words: list[str]) -> bool:
    """No verb and no word that opens a clause among words (a verb in the past as count's past_form reads it, not a
    noun that ends as one does: 'museu')."""
    return not _has_verb(words) and _CLAUSE_OPENERS.isdisjoint(words) and _AUX_OR_MODAL.isdisjoint(words) and not any(
        _past_verb(w) for w in words)


# What may stand before a day that opens its sentence: 'On', 'El', 'Em', 'No dia', 'A'.
_DAY_OPENS = rx.compile(r"\W*(?:(?:on|el|em|no|na|a|in|en)(?:\s+(?:dia|day))?\s+)?\Z")


def _fronted_day(scan: Scan, s0: int, c: Candidate, cue_start: int, cue_end: int, window: int) -> bool:
    """A day that opens its sentence, set off by a comma, is the day of the cue's verb when the words between (its
    subject) have no verb: 'On 4 September 2025, the Ministry of Health of the Democratic Republic of the Congo (DRC)
    declared an outbreak'."""
    folded = scan.folded
    if not _DAY_OPENS.match(folded, s0, c.start) or not folded.startswith(",", c.end) or not _verb_cue(scan, cue_start, cue_end):
        return False
    gap = bare_gap(folded, c.end + 1, cue_start)
    words = WORD.findall(gap)
    return len(words) <= 3 * window and not CLAUSE_BREAK.search(gap) and _verbless(words)


def _verb_reaches(scan: Scan, cue_start: int, cue_end: int, at: int, window: int) -> bool:
    """A day after the cue's verb, in its clause, is its day when the words between have no verb and open no clause:
    'was officially declared by the Ministry of Health of the Democratic Republic of the Congo on 4 September 2025',
    'anunciaram um surto de Ébola na província de Kasai, no sul do país, em 4 de Setembro'."""
    if not _verb_cue(scan, cue_start, cue_end) or scan.folded.startswith("the ", at):
        return False
    gap = bare_gap(scan.folded, cue_end, at)
    words = WORD.findall(gap)
    i = len(words)
    while i and words[i - 1] in _TO_A_DAY:
        i -= 1
    # Not a day that opens a clause joined after ('derrotou o italiano ... e na segunda-feira interrompe'), nor one
    # that describes a noun ('for the March 11, 2005, incident').
    if i and (words[i - 1] in _AND or words[i - 1] == "the"):
        return False
    return len(words) <= 3 * window and not _STRONG_BREAK.search(gap) and _verbless(words)


def _rest_of_group(folded: str, cands: dict[tuple[int, int], Candidate]) -> dict[tuple[int, int], str]:
    """Figures that count the rest of a group ('the other six deceased', 'los otros tres ejecutivos despedidos') where
    the article gives a larger one: the whole they are the rest of. Alone, or larger than every other, the rest may be
    all the cue names ('she shot the other three')."""
    found = {}
    for key, c in cands.items():
        m = _ADDED_BEFORE.search(folded, max(0, c.start - 16), c.start)
        if m and m.group("the") and any(o.value.lo > c.value.hi for k, o in cands.items() if k != key):
            found[key] = f"the rest of a group ('{folded[m.start():c.end]}'), and the article gives the whole"
    return found


# A sentence that opens with where its figures are: 'In Turkey, at least 2,921 died', 'Na Síria, segundo a Al
# Jazeera, 1.444 morreram'. Read on the text as written: a place is capitalised ('In total,' is not one).
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"  # 'Ángeles', 'Óbidos'
_NAME = rf"(?:{_CAPITAL}[\w'’.-]*[^\S\n]+){{0,3}}{_CAPITAL}[\w'’.-]*"  # a capitalised name of up to four words, on one line
# A stretch of places, from one capitalised name to another (see _stretch_end).
_STRETCH_OPENS = r"\b(?i:from|desde|de)[^\S\n]+(?:(?i:the)[^\S\n]+)?"
_STRETCH_FROM = rx.compile(_STRETCH_OPENS + r"\Z")
_STRETCH_WORDS = r"[^\S\n]+(?i:to|hasta|a|at[eé])[^\S\n]+(?:(?i:the)[^\S\n]+)?"
_STRETCH_ON = rx.compile(rf"(?:[^\S\n]+{_CAPITAL}[\w'’.-]*)*" + _STRETCH_WORDS + _CAPITAL)
_STRETCH_TO_END = rx.compile(_STRETCH_WORDS + r"\Z")
_STRETCH_TO = rx.compile(_STRETCH_OPENS + _NAME + _STRETCH_WORDS + r"\Z")
_PLACE_FRONTED = rx.compile(r"\W*(?i:(?:and|but|y|e|pero|mas)\s+)?(?i:in|inside|across|na|no|nas|nos|em|en)\s+"
                            r"(" + _NAME + "),")
# Where a head count is placed, right after it and its noun or verb, in its clause: '30 deaths have been confirmed in
# Haiti', 'tres en Haití', '25 no Haiti' (read on the text as written: a place is capitalised).
_PLACED_IN = rx.compile(r"(?:[^\S\n]+[\w'’-]+){0,4}?[^\S\n]+(?i:in|en|em|no|na|across|throughout)[^\S\n]+"
                        r"(?:(?i:the|el|la|o|a)[^\S\n]+)?(?:(?i:village|town|city|district|province|locality|localidad|"
                        r"localidade|ciudad|cidade|pueblo|aldea|vila|aldeia)[^\S\n]+(?i:of|de|do|da|del)[^\S\n]+)?"
                        r"(?P<place>" + _NAME + ")")  # and 'in the village of Boulapé'
_CLAUSE_TURN = rx.compile(r";|\b(?:while|whereas|mientras|enquanto)\b")  # where a fronted place's clause ends
# Or the place that gives the figure, as the subject of a verb of reporting right before it: 'while Thailand reported 10
# fatalities', 'y Tailandia confirmó 10 muertos', 'enquanto a Tailândia registrou 10 mortes'; and the figure joined to
# the one right after it ('Thailand reported 10 fatalities and 101 missing').
_REPORTED = r"(?:reported|reports|confirmed|confirms|recorded|records|registered|counted|counts|report[oó]|confirm[oó]|" \
            r"registr[oó]|contabiliz[oó]|reportou|confirmou|registrou|contabilizou|relatou)"
_PLACE_REPORTS = rx.compile(r"(?P<place>" + _NAME + r")[^\S\n]+(?:(?i:has|have|had|ha|han)[^\S\n]+)?(?i:"
                            + _REPORTED + r")[^\S\n]+(?:[\d.,]*\d[^\S\n]+(?:[^\W\d_]+[^\S\n]+){1,2}"
                            r"(?i:and|y|e)[^\S\n]+)?\Z")


def _placed_elsewhere(scan: Scan, c: Candidate, s0: int, about, others) -> str:
    """Why a head count of a fact about one place is another's: it is placed, in its clause, in what another fact of
    the rule file is about and this one is not ('at least 30 deaths have been confirmed in Haiti' for a fact about
    Jamaica, when another is about Haiti; 'while Haiti reported 30 deaths'), or in both, joined ('24 people dead in
    Palisades and Eaton fires': the two together, neither's). A place within the one heading the clause ('En Nueva
    York, ... 100.000 manifestantes en Times Square') leaves that one to tell. '' when it is not."""
    m = _PLACED_IN.match(scan.text, c.end)
    if m is not None:
        why = _placed_in(scan, scan.text[c.start:m.end()], m.span("place"), about, others)
        if why or about is not None and about.search(scan.folded, *m.span("place")):
            return why  # another's, or its own
    if (m := _PLACE_REPORTS.search(scan.text, max(s0, c.start - 60), c.start)) is not None:
        return _placed_in(scan, scan.text[m.start("place"):c.end], m.span("place"), about, others)
    # ... or in the place that opens its sentence, in the clause that place heads: 'In Haiti, 25 died'
    m = _PLACE_FRONTED.match(scan.text, s0)
    if m is None or m.end() > c.start or _CLAUSE_TURN.search(scan.folded, m.end(), c.start):
        return ""
    return _placed_in(scan, scan.text[m.start(1):c.end], m.span(1), about, others)


def _placed_in(scan: Scan, said: str, at: tuple[int, int], about, others) -> str:
    """Why a head count placed in the name at [at) is another fact's (see _placed_elsewhere), or ''."""
    joined = _JOINED_NAME.match(scan.text, at[1])
    place = scan.folded[at[0]:joined.end() if joined else at[1]]
    if not any(o.search(place) for o in others):
        return ""
    if about is None:  # a whole: not what one place holds, though what several joined do may be it
        return "" if joined else f"placed in what another fact is about ('{said}')"
    if not about.search(place):
        return f"placed in what another fact is about ('{said}')"
    if joined:
        return f"placed in what this fact and another are about together ('{scan.text[at[0]:joined.end()]}')"
    return ""


# A place a figure is said of as one part of the whole: 'In San Diego alone, more than 50,000', 'San Diego alone
# counted', 'more than 300,000 in New York alone', 'solo en Nueva York', 'só em São Paulo' (read on the text as written).
_ALONE_WORDS = rx.compile(r"\b(?i:alone|s[oó]lo|só|somente|apenas)\b")
_ALONE_PLACE = rf"(?:(?P<name>{_NAME})[^\S\n]+(?i:alone)\b|\b(?i:s[oó]lo|s[oó]|somente|apenas)[^\S\n]+(?i:in|en|em|na|no)" \
               rf"[^\S\n]+(?P<name2>{_NAME}))"
_ALONE_BEFORE = rx.compile(_ALONE_PLACE + r"[^;:.!?()\n]*\Z")
_ALONE_AFTER = rx.compile(r"[^,;:.!?()\n]{0,60}?\b(?:(?i:in|en|em|na|no)[^\S\n]+)?" + _ALONE_PLACE)


def _says_alone(scan: Scan, s0: int, s1: int) -> bool:
    """Whether the sentence [s0, s1) has a word of one place alone, by plain string search once an article."""
    at = scan.memo.get("alone")
    if at is None:
        at = scan.memo["alone"] = sorted(_occurrences(scan.folded, ("alone", "solo", "so ", "somente", "apenas")))
    return bool(at) and bisect_left(at, s0) != bisect_left(at, s1) and _ALONE_WORDS.search(scan.text, s0, s1) is not None


def _part_alone(scan: Scan, c: Candidate, s0: int, s1: int, about) -> str:
    """Why a head count is a part of the whole: its clause says it of one place alone ('In San Diego alone, more than
    50,000 protesters', 'solo en Nueva York'), which is not what the fact is about. '' when it is not."""
    m = _ALONE_AFTER.match(scan.text, c.end, s1)
    if m is None:
        m = _ALONE_BEFORE.search(scan.text, max(s0, c.start - 120), c.start)
        if m is None or _CLAUSE_TURN.search(scan.folded, m.end(), c.start):
            return ""
    name = "name" if m.group("name") else "name2"
    if about is not None and about.search(scan.folded, *m.span(name)):
        return ""
    return f"a part of the whole ('{' '.join(m.group(name).split())} alone')"


# The names joined to a place's: 'Palisades and Eaton', 'Jamaica, Haiti and Cuba', 'Eaton e Palisades'; not a clause
# after a comma: 'en Jamaica, y Haití confirmó'.
_JOINED_NAME = rx.compile(r"(?:[^\S\n]*,[^\S\n]*" + _NAME + r")*[^\S\n]+(?i:and|y|e|&)[^\S\n]+(?:(?i:the|el|la|o|a)[^\S\n]+)?"
                          + _NAME)


# A part of a country or a state by its kind ('St. Lucie County', 'el condado de St. Lucie', 'a província de Huelva'):
# a figure placed there is a part of a larger toll.
_AREA_KINDS = "county condado province provincia municipality municipio district distrito department departamento parish " \
              "prefecture prefectura prefeitura".split()
_AREA_WORDS = r"(?i:" + "|".join(_AREA_KINDS) + ")"
_AREA = rf"(?:(?P<area>{_AREA_WORDS}[^\S\n]+(?i:of|de|do|da|del)[^\S\n]+{_NAME})|(?P<named>{_NAME}[^\S\n]+(?:County|" \
        rf"Province|Parish|District|Prefecture)\b))"
# Where a figure is placed, after it in its clause: 'four deaths have been confirmed in St. Lucie County', 'five people
# who died during two tornadoes that swept St. Lucie County'.
_PLACED_AFTER = rx.compile(r"[^,;:.!?()\[\]\n\d]{0,60}?" + _AREA)
# Or before it: a sentence about a part ('St. Lucie County reported five deaths', 'El condado de St. Lucie fue uno de
# los más afectados, con cuatro muertes'), or a part the figure's clause is about ('el condado de St. Lucie, donde seis
# personas murieron').
_AREA_OPENS = rx.compile(r"\W*(?:(?i:the|el|la|o|a)\s+)?" + _AREA)
_AREA_WHERE = rx.compile(_AREA + r",?\s+(?i:where|donde|onde|en\s+el\s+que|em\s+que)\s+[^,;:.!?]{0,40}\Z")


# Another figure placed somewhere after a placed one, in a list: ', 18 en la región de Sagaing', 'and 30 in Kyaukse'.
_ANOTHER_PLACED = rx.compile(r"[,;][^\S\n]*(?:(?i:and|y|e|plus|adem[aá]s\s+de|al[eé]m\s+de)[^\S\n]+)?(?:[^\W\d_]+[^\S\n]+)?"
                             r"\d[\d.,]*(?:[^\S\n]+[^\W\d_]+)?[^\S\n]+(?i:in|en|em|no|na)[^\S\n]+")
# ... or joined by 'and' right after the first place: '14 deaths occurred in the village of Boulapé and one in Mweka'.
_AND_PLACED = rx.compile(r"[^\S\n]+(?i:and|y|e)[^\S\n]+(?:\d[\d.,]*|(?i:one|two|three|four|five|uno|una|dos|tr[eê]s|cuatro|"
                         r"cinco|um|uma|dois|duas|quatro))[^\S\n]+(?i:in|en|em|no|na)[^\S\n]+[A-Z]")


def _parts_by_place(scan: Scan, cands: dict[tuple[int, int], tuple[Candidate, int]]) -> dict[tuple[int, int], str]:
    """The figures of a count given for a part of where the story is, which give way to a whole one.
    - Place by place: two or more, in sentences that each open with a different place ('In Turkey, at least 2,921
      died... In Syria, 1,444'); one place alone may be where the whole story is ('In Caracas, 80 died'), no part.
      Or in a list, each figure placed after it ('96 muertos en Naipyidó, 18 en Sagaing y 30 en Kyaukse'), below a
      larger figure of the article placed in no such list.
    - One placed in a part of a country or a state by its kind ('five deaths in St. Lucie County', 'El condado de St.
      Lucie fue uno de los más afectados, con cuatro muertes') below a larger figure of the article that is placed in
      no such part ('at least eight deaths across Florida'). A town is no such part: 'killed in Hawaii' or 'en Murcia'
      may be where the whole story is."""
    text = scan.text
    fronted = {}
    for key, (_, s0) in cands.items():
        m = _PLACE_FRONTED.match(text, s0)
        if m and fold(m.group(1)) not in MONTHS and fold(m.group(1)) not in WEEKDAYS:
            fronted[key] = m.group(1)
    if len({fold(p) for p in fronted.values()}) >= 2:
        return {key: f"a part of the count given place by place ('{place}'), and the article gives a whole one"
                for key, place in fronted.items()}
    placed: dict[tuple[int, int], str] = {}
    for key, (c, _) in cands.items():  # a list, place by place: '96 muertos en Naipyidó, 18 en Sagaing y 30 en Kyaukse'
        m = _PLACED_IN.match(scan.text, c.end)
        if m and (_ANOTHER_PLACED.search(scan.text, m.end(), scan.sentence_at(c.start)[1])
                  or _AND_PLACED.match(scan.text, m.end())):
            placed[key] = m.group("place")
    if _holds_any(scan, "areas", _AREA_KINDS):  # most articles name no county or province
        for key, (c, s0) in cands.items():
            m = _PLACED_AFTER.match(text, c.end) or _AREA_WHERE.search(text, max(s0, c.start - 120), c.start) \
                or _AREA_OPENS.match(text, s0)
            if m:
                placed[key] = m.group("area") or m.group("named")
    found = {}
    for key, place in placed.items():
        c = cands[key][0]
        if any(o.value.lo > c.value.lo and other not in placed for other, (o, _) in cands.items()):  # 'at least 4' too
            found[key] = f"a part of the count ('{place}'), and the article gives a whole one"
    return found


_PAID_KINDS = frozenset({"percentage", "money"})
_INSTALMENT = rx.compile(r"\b(?:" + alternation(INSTALMENT) + r")\b")
_FIGURE = rx.compile(r"\d|[,;:]")  # a figure or a clause's end between a word and a value: the word is not the value's


def _instalment(scan: Scan, c: Candidate, s0: int, s1: int) -> str:
    """Why a raise or an amount is a first part of one paid over time: a word says so in its phrase ('an immediate 11%
    wage increase', 'an 11 percent wage hike right away', 'incluido 11 por ciento inicial'), within two words of it and no
    figure or conjunction between; or ''."""
    lo, hi = max(s0, c.start - 40), min(s1, c.end + 40)
    for m in _INSTALMENT.finditer(scan.folded, lo, hi):
        a, b = (m.end(), c.start) if m.end() <= c.start else (c.end, m.start())
        between = WORD.findall(scan.folded, a, b)
        if a <= b and not _FIGURE.search(scan.folded, a, b) and len(between) <= 2 and CONJUNCTIONS.isdisjoint(between):
            return f"a first part of what the cue names ('{scan.folded[min(c.start, m.start()):max(c.end, m.end())]}'), " \
                   "and the article gives the whole"
    return ""


_GIVEN_BEFORE = rx.compile(r"\b(?:(?:" + alternation(HAD) + r")\s+(?:[a-z]+\s+)?(?:" + alternation(GIVEN) + r")|(?:"
                           + alternation(WENT_AS_FAR) + r")\s+(?:" + alternation(GIVE_INFINITIVES) + r"))\b[^;:]*\Z")
_GIVEN_WORDS = tuple({w.split()[0] for w in (*HAD, *WENT_AS_FAR)})  # a quick test before the search


def _given_before(folded: str, c: Candidate, s0: int) -> str:
    """Why a figure was given before the time the article tells of: a verb of giving it in the pluperfect, or after
    'chegar a', before it in its sentence ('emergency services earlier had put the toll at 17', 'a Proteção Civil havia
    divulgado um número maior, contabilizando 17 óbitos', 'chegaram a divulgar 17 mortes'); it gives way to the
    article's others. '' when it was not."""
    lo = max(s0, c.start - 80)
    if not any(folded.find(w, lo, c.start) >= 0 for w in _GIVEN_WORDS):
        return ""
    m = _GIVEN_BEFORE.search(folded, lo, c.start)
    return f"given before, since replaced ('{folded[m.start():c.end]}'), and the article gives another" if m else ""


_WITH_ONE = rx.compile(r"\b(?:with|con|com)\s+(?:one|uno|una|um|uma)\Z")


def _one_of_them(folded: str, cands: dict[tuple[int, int], tuple[Candidate, int]]) -> dict[tuple[int, int], str]:
    """'one' with no noun after 'with' a larger figure in its sentence is one of that group ('two suspects arrested,
    with one taken into custody at the airport', 'dos detenidos, con uno de ellos en el aeropuerto'): a part."""
    found = {}
    for key, (c, s0) in cands.items():
        if c.value.hi == 1 and (one := _WITH_ONE.search(folded, max(s0, c.start - 6), c.end)) is not None and any(
                o.value.lo > 1 and s0 <= o.start < c.start for o, _ in cands.values()):
            found[key] = f"one of a group counted before it ('{folded[one.start():c.end]}'), a part"
    return found


def _parts_by_role(scan: Scan, cands: dict[tuple[int, int], Candidate], spec) -> dict[tuple[int, int], str]:
    """The figures of a count that name a kind of person ('los dos conductores murieron', '19 players died') below one
    that names none ('36 personas murieron', 'the toll rose to 36'): each is a part, which gives way to the whole. Not
    when the rule's units name that kind."""
    roles, whole = {}, 0.0
    for key, c in cands.items():
        noun = next((w for w in counted_words(scan, c.end)[1].split() if w in PERSON_NOUNS), "")
        if noun and not (spec.units and spec.units.search(noun)):
            roles[key] = (c, noun)
        else:
            whole = max(whole, c.value.lo)
    return {key: f"a part of the count ('{scan.text[c.start:c.end]} {noun}'), and the article gives a whole one"
            for key, (c, noun) in roles.items() if _least(c.value) < whole}


def _parts_by_group(folded: str, cands: dict[tuple[int, int], Candidate], others: list[tuple[int, int]],
                    hits) -> dict[tuple[int, int], str]:
    """The figures of a count whose noun phrase names a group another head count of the rule file counts, in its
    first two words ('53 British nationals were on board', 'sete cidadãos portugueses estavam a bordo', '169
    passageiros indianos', '12 tripulantes a bordo', '241 passengers ... confirmed dead' where the passengers are
    counted apart), below one of this fact's that names none: each is a part, which gives way to the whole. Not a
    word that is this fact's cue as well ('15 muertos' for two tolls)."""
    groups, whole = {}, 0.0
    for key, c in cands.items():
        named, copula = "", False
        first = bisect_left(others, (c.end,))
        if first == len(others) or others[first][0] - c.end > 40:  # most figures: no other cue near after them
            whole = max(whole, c.value.lo)
            continue
        for i, w in enumerate(WORD.finditer(folded, c.end, c.end + 40)):
            word = w.group()
            if i > (2 if copula else 1) or word in _PAST_NOUN or word[0].isdigit() or word in ALL_NUMBER_WORDS:
                break
            copula = i == 1 and word in PASSIVE  # '169 passengers are Indian nationals'
            if copula:
                continue
            if i == 0 and CLAUSE_BREAK.search(folded, c.end, w.start()):
                break
            at = bisect_left(others, (w.start(),), first)
            hit = others[at] if at < len(others) and others[at][0] == w.start() else None
            if hit and not any(a < hit[1] and hit[0] < b for a, b in hits):
                named = folded[c.start:hit[1]]
                break
        if named:
            groups[key] = (c, named)
        else:
            whole = max(whole, c.value.lo)
    return {key: f"a part of the count ('{named}'), and the article gives a whole one"
            for key, (c, named) in groups.items() if _least(c.value) < whole}


def _least(value) -> float:
    """What a figure says at most, or, open above ('at least five', 'over 50'), at least: a part's size."""
    return value.lo if value.hi == math.inf else value.hi


_PART_OPENER = rx.compile(r"\b(?:" + alternation(PART_OPENERS) + r")\b")


# A part and the whole it is taken from, both figures: '50 of the roughly 240', 'pelo menos 50 dos cerca de 240', '30
# de sus 240', '150 de entre los alrededor de 240'. The whole opens right after the partitive, with its hedge.
_OF_WHOLE = rx.compile(r"\s(?:of|de|dos|das)\s+(?:(?:the|those|its|their|los|las|sus|entre\s+los|entre\s+las|os|as|seus|"
                       r"suas)\s+)?(?=(?:(?:" + HEDGE_WORDS + r")\s+)?\d)")
_PART_END = rx.compile(r"(?<![\w.,])(?:\d[\d.,]*|[a-z]+)\Z")


def _wholes(scan: Scan, s0: int, s1: int) -> list[tuple[int, int]]:
    """(start of the part, start of the whole) for each part of a whole in the sentence, both figures."""
    found = scan.memo.get(("wholes", s0))
    if found is None:
        found = []
        for m in _OF_WHOLE.finditer(scan.folded, s0, s1):
            part = _PART_END.search(scan.folded, max(s0, m.start() - 24), m.start())
            if part and (part.group()[0].isdigit() or part.group() in ALL_NUMBER_WORDS):
                found.append((part.start(), m.end()))
        scan.memo[("wholes", s0)] = found
    return found


def _whole_of_part(folded: str, c: Candidate, parts: list[tuple[int, int]], cue_start: int) -> str:
    """Why a figure before 'of them', 'including' or 'entre os quais' is not what a cue after it counts: the cue
    counts a part of the figure's group ('about 20 injured, five of them seriously': 20 is not the serious).
    Not when the part is set off before the cue ('32 people, including 20 soldiers, were killed')."""
    for a, b in parts:
        if c.end <= a and folded[c.end:a].strip() and not CLAUSE_BREAK.search(folded, b, cue_start):
            return f"the whole of a part the cue counts ('{folded[a:b]}')"
    return ""


# A verb of appeal with the cue in its object: 'appealed his fraud conviction and 25-year prison sentence', 'apeló su
# condena', 'recorreu da sentença'.
_APPEALED = rx.compile(r"\b(?:appealed|appealing|apelo|apelou|apelar|recurrio|recorreu|recorrer|challenged|challenging|"
                       r"contested|contesting|upheld|commuted)\s+(?:(?!(?:during|durante|at|in|on|en|em|"
                       r"after|before|since|tras|apos)\b)[\w'-]+\s+){0,7}?\Z")
_ASKED_ON = rx.compile(r"\s+(?:" + alternation(ASKED) + r")\b")
_TO_BE = rx.compile(r"\s+(?:to|para)(?:\s+(?:be|ser))?\s+")  # a verb the cue plans: 'scheduled to be released on Oct. 30'
_SAID_ON = rx.compile(r"\b(?:" + alternation(SAY_VERBS + SAID_PLURAL + DISCLOSED) + r"),?\s+(?:(?:on|late|early|last|this|"
                      r"el|la|este|esta|o|a|no|na|neste|nesta|em|hoy|hoje|today)\s+){0,2}"
                      r"(?:(?:noite|noche|manha|manana|tarde|madrugada|morning|evening|night|afternoon)\s+(?:de|del|do|da|of)\s+)?\Z")


def _describes(folded: str, cue_start: int, cue_end: int) -> str:
    """Why a cue names no event here: a participle between an article and its noun ('the collapsed
    building', 'a partially collapsed condominium') describes a thing; '' when it does not."""
    noun = _NOUN_NEXT.match(folded, cue_end) if folded.endswith("ed", cue_start, cue_end) else None
    if noun is None or _ARTICLE_BEFORE.search(folded, max(0, cue_start - 30), cue_start) is None:
        return ""
    return f"the cue describes a thing here ('{folded[cue_start:cue_end]} {noun.group(1)}'), not when something happened"


# A cue that names what a toll is of: 'the death toll from the collapse', 'el número de muertos por la riada'.
_TOLL_OF = rx.compile(r"\b(?:" + alternation(TOLL_NOUNS) + r"|number\s+of\s+\w+|numero\s+de\s+\w+)\s+(?:from|for|of|in|"
                      r"de|del|da|do|en|no|na|por|pelo|pela|tras)\s+(?:(?:the|el|la|o|a|los|las|os|as)\s+)?"
                      r"(?:[\w']+\s+){0,4}\Z")


# A cue that names an event as a point of reference for another: 'arrested after the crash', 'tras el choque', 'following
# his conviction', 'the victims of the collision', 'das vítimas do maior acidente' (not 'the night of the crash', 'one of the
# worst crashes', 'a delegação da Chapecoense caiu': see _reference_to); or as its cause: 'arrested on Thursday over the
# fire', 'in connection with the fire', 'três dias de luto pelo incêndio' (not after a participle, whose agent it is:
# 'consumidas na quarta-feira pelo incêndio').
_REFERENCE_TO = rx.compile(
    r"\b(?:(?:after|following|since|before|over|due\s+to|in\s+connection\s+with|in\s+the\s+wake\s+of|tras|despues\s+de|"
    r"antes\s+de|desde|apos|depois\s+de)\s+(?:the|an?|el|la|los|las|"
    r"o|a|os|as|his|her|their|its|su|sus|seu|sua|seus|suas)|despues\s+del|antes\s+del|depois\s+d[oa]s?|antes\s+d[oa]s?)\s+"
    r"(?:[\w'.-]+\s+){0,2}\Z"
    r"|(?<!ad[oa]\s)(?<!id[oa]\s)(?<!ad[oa]s\s)(?<!id[oa]s\s)\b(?:pel[oa]s?|por\s+(?:el|la|los|las))\s+(?:[\w'.-]+\s+){0,2}\Z"
    r"|\b(?!(?:" + alternation(REFERENCE_NOT) + r")\s)(?P<head>[a-z]{3,})\s+"
    r"(?:of\s+(?:the|an?)|del|de\s+(?:la|los|las)|do|da|dos|das)\s+"
    r"(?P<between>[\w'.-]+\s+)?\Z")


def _reference_to(scan: Scan, s0: int, cue_start: int) -> re.Match[str] | None:
    """The phrase that names the cue's event as a point of reference for another, or None; a name between the noun's
    preposition and the cue is the subject of a clause the cue is the verb of ('a delegação da Chapecoense caiu')."""
    m = _REFERENCE_TO.search(scan.folded, max(s0, cue_start - 40), cue_start)
    if m is None or not m.group("between") or not scan.text[m.start("between")].isupper():
        return m
    return None


# A cue in a clause that says where something happened: 'la ciudad donde se produjo el accidente', 'in the town where the
# trains collided'.
_WHERE_BEFORE = rx.compile(r"\b(?:where|onde|donde|en\s+(?:el|la)\s+que|em\s+que|in\s+which)\s+(?:[\w'.-]+\s+){0,4}\Z")


_LINKS = PREPOSITIONS | OF_WORDS  # words that join a day to a noun after it ('nesta quinta-feira (9) das vítimas')


# A verb in the past right after a noun, whose subject it is: 'the smoke wafted', 'the smoke rose', 'el humo salió', 'a
# fumaça surgiu'.
_OWN_VERB = rx.compile(r"\s+(?:[a-z]{3,}ed|" + alternation(PAST_FORMS) + r"|[a-z]{3,}(?:io|iu|eu|ou))\b")


def _when_of_toll(folded: str, c: Candidate, toll: int, cue_start: int, cue_end: int,
                  what: str = "when the toll was given", reach: int = 1, head: bool = False, clause: bool = False) -> str:
    """Why a day or time does not date an event named as what a toll is of, or as a point of reference: away from the
    cue's phrase ('On Wednesday, the death toll from the collapse rose to 18', 'arrested after the crash, he appeared on
    Thursday') it dates the toll, or the other thing. One inside the phrase ('the toll from Thursday's collapse') or at
    most reach words after the cue in its clause ('the toll from the collapse on June 24', 'after being struck by a
    vehicle in Queens Friday'), or in a relative clause right after it ('the collision, which occurred at 1.30am'),
    dates the event. With head, toll opens a noun the cue's phrase hangs on, and a day right
    before it dates that noun's event ('the June 20, 2005 attempted murder of a man shot in the back')."""
    if toll <= c.start and c.end <= cue_start:
        return ""
    if head and c.end <= toll and not CLAUSE_BREAK.search(folded, c.end, toll) and (
            len(words := WORD.findall(folded, c.end, toll)) == 0 or (len(words) == 1 and words[0] not in _LINKS)):
        return ""
    if c.start >= cue_end and (len(gap := WORD.findall(folded, cue_end, c.start)) <= reach and not CLAUSE_BREAK.search(
            folded, cue_end, c.start) and CONJUNCTIONS.isdisjoint(gap) or not gap):  # 'após o descarrilamento, na quarta-feira,'
        return ""
    if clause and c.start >= cue_end and not CLAUSE_BREAK.search(folded, cue_end, c.start) and CONJUNCTIONS.isdisjoint(gap):
        return ""
    rel = _OWN_RELATIVE.match(folded, cue_end)  # 'following the collision, which occurred at about 1.30am'
    if rel and c.start >= rel.end() and not CLAUSE_BREAK.search(folded, rel.end(), c.start) and \
            len(WORD.findall(folded, rel.end(), c.start)) <= 6:
        return ""
    return f"{what} ('{folded[toll:cue_end]}'), not when that happened"


_OWN_RELATIVE = rx.compile(r"\s*,\s*(?:" + alternation(RELATIVES) + r")\b")  # a clause that describes what the cue names


def _outside_where(folded: str, c: Candidate, where: int, cue_end: int) -> str:
    """Why a day or time after the clause that says where the cue's event happened, past a comma, dates the main clause
    ('la ciudad donde se produjo el accidente, fue detenido este miércoles'), or ''."""
    if c.start >= cue_end and CLAUSE_BREAK.search(folded, cue_end, c.start):
        return f"outside the clause that names the event ('{folded[where:cue_end]}'), not when that happened"
    return ""


def _said_on(folded: str, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a date right after a verb of speech ('Cuba said on Sunday', 'dijo el domingo') is when it was
    said, not when it happened, or one after 'until' ('Hasta el lunes 18 de julio, el último récord era...') is where
    a span ends, or one that a span since the cue comes to ('Friday marks six weeks since the strike began') is that
    day, or one in a relative clause set off by commas that closes before the cue ('Os jurados, que iniciaram as
    deliberações na quarta-feira, chegaram ao veredito') is when the clause's verb happened, and so is one right before a
    verb of asking that the cue follows ('prosecutors on March 15 recommended he receive a prison sentence'), or in the
    clause of an appeal of the cue ('appealed his 25-year prison sentence Thursday'), or one that dates an event the
    cue's is placed after or before, joined to its noun ('pasaron al balotaje tras las elecciones generales del 17 de
    agosto', 'after the vote of August 17'); '' when it is none, or when that verb is the cue ('announced'), or the
    cue is what lasts until it ('mourning until Monday'), or the cue is 'until' itself (a fact of where a span ends:
    'funds the government through Jan. 30', 'hasta el 30 de enero'), which takes no other day ('layoffs that
    happened after Oct. 1 and funds key agencies through the rest of the fiscal year')."""
    m = _SAID_ON.search(folded, max(0, c.start - 40), c.start)
    if m is not None and not (cue_start < m.end() and m.start() < cue_end) and not (
            cue_end <= m.start() and _TO_BE.fullmatch(folded, cue_end, m.start())):  # 'scheduled to be released on'
        return f"when it was said ('{folded[m.start():c.end]}'), not when it happened"
    before = folded[max(0, c.start - 60):c.start]
    m = _OTHER_EVENT_OF.search(folded, max(0, c.start - 60), c.start) \
        if any(w in before for w in _PLACED_BY_WORDS) and (" del " in before or " de " in before or " of " in before
                                                           or " do " in before or " da " in before) else None
    if m is not None and not m.start() <= cue_start < c.end:
        return f"the day of another event the cue's is placed by ('{' '.join(folded[m.start():c.end].split())}')"
    m = _ASKED_ON.match(folded, c.end)
    if m is not None and cue_start >= m.end():
        return f"when something was asked for ('{folded[c.start:m.end()]}'), not when it happened"
    m = _APPEALED.search(folded, max(0, cue_start - 80), cue_start)
    if m is not None and not CLAUSE_BREAK.search(folded, min(m.start(), c.start), max(cue_end, c.end)):
        return f"the day of an appeal of it ('{' '.join(folded[m.start():cue_end].split())}'), not when it happened"
    m = _UNTIL.search(folded, max(0, c.start - 24), c.start)
    own = m is not None and m.start() <= cue_start < m.end()
    if m is not None and not (cue_end <= m.start() and len(WORD.findall(folded, cue_end, m.start())) <= 3) and not own:
        return f"where a span ends ('{folded[m.start():c.end]}'), not when it happened"
    m = _COUNT_AS_OF.search(folded, max(0, c.start - 24), c.start) if " of " in before[-24:] else None
    if m is not None and not m.start() <= cue_start < m.end():
        return f"when a figure stood so ('{folded[m.start():c.end]}'), not when it happened"
    if not own and folded[cue_start:cue_end] in _UNTIL_WORDS:
        return f"not the day the cue ('{folded[cue_start:cue_end]}') runs to"
    m = _MARKS_SINCE.search(folded, c.end, cue_start) if c.end <= cue_start else None
    if m is not None and len(WORD.findall(folded, c.end, m.start())) <= 3:
        return f"the day a span since it comes to ('{folded[c.start:m.end()]}'), not when it happened"
    if c.end <= cue_start and folded.find(",", c.end, cue_start) >= 0:
        m = _IN_RELATIVE.search(folded, max(0, c.start - 120), c.start)
        close = _CLAUSE_CLOSE.match(folded, c.end, cue_start) if m is not None else None
        if close is not None:
            return f"in a relative clause before the cue ('{' '.join(folded[m.start() + 1:close.end() - 1].split())}'): " \
                   "when its verb happened"
    return ""


# An event that another is placed after, before or since, with its day joined to its noun ('tras las elecciones
# generales del 17 de agosto', 'after the vote of August 17'); not a day that may date both ('arrested hours after the
# Monday shootings', 'caiu após a decolagem nesta quinta-feira').
_PLACED_BY_WORDS = ("after", "following", "before", "since", "tras", "despues", "antes", "desde", "apos", "depois")
_OTHER_EVENT_OF = rx.compile(r"\b(?:after|following|before|since|tras|despues\s+de|antes\s+de|desde|apos|depois\s+de)\s+"
                             r"(?:the|el|la|los|las|o|a|os|as)\s+(?:[^\W\d_]+\s+){1,3}(?:of|del|de|do|da)\s+"
                             r"(?:(?:the|el|la|o|a)\s+)?\Z")
# 'Friday marks six weeks since the strike began', 'este viernes se cumplen seis semanas desde que se inició el paro'.
_MARKS_SINCE = rx.compile(r"\b(?:marks?|marked|marking|se\s+cumpl\w+|cumpl\w+|complet\w+)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:" + alternation(TIME_UNITS) + r")\s+(?:since|from|desde|de|que|do|da)\b")


# 'As of Tuesday, 15 other flood-related fatalities had been confirmed': the day a count stood so.
_COUNT_AS_OF = rx.compile(r"\bas\s+of\s+(?:(?:the|this|last|late|early)\s+)?(?:[a-z]+\s+)?\Z")
_UNTIL_WORDS = frozenset({"until", "till", "through", "thru", "hasta", "ate"})
_UNTIL = rx.compile(r"\b(?:" + alternation(_UNTIL_WORDS) + r")\s+(?:(?:the|el|la|o|a|this|last|este|esta|ese|esa|o\s+dia)\s+)?"
                    r"(?:[a-z]+\s+)?\Z")


# Between a figure and a word of UNREAL_AFTER: two words at most, then 'are' or 'were' ('500 migrants are feared').
_TO_UNREAL = rx.compile(r"(?:\s+[^\W\d_]+){0,2}?(?:\s+(?:are|were|is|was|now))*\s+")


def _unreal(c: Candidate, spans: list[tuple[int, int]], folded: str, reach: int = 8, after: bool = False,
            hits: Sequence[tuple[int, int]] = ()) -> Candidate:
    """The candidate refused when a word of possibility, condition, wish, offer, failure or fear before it governs
    it: in the same clause, at most reach words on ('prosecutors urged jurors to sentence him to death'), not
    set off from it by a dash or a bracket ('what impact - if any - Hewlett-Packard's decision will have'), nor
    placed past 'after' with a cue of the fact, an event that happened ('Trump threatens tariffs after EU fines
    Google €2.95 billion', 'after EU's $3.45B Google fine');
    or, with after (for figures), when a fear or a 'may have' follows it closely ('Hundreds of migrants feared dead',
    '50 people may have died'), but for who fears ('ten residents feared for their lives')."""
    for a, b in spans:
        if after and a >= c.end and folded[a:b] in UNREAL_AFTER and _TO_UNREAL.fullmatch(folded, c.end, a) \
                and not folded.startswith(" for ", b):
            return replace(c, reason=f"not said to have happened ('{folded[c.start:b]}')")
        e = min(b, c.start) if a < c.start else b  # 'faces up to 110 years': the phrase ends in the value's hedge
        if e <= c.start and folded[a:b] not in POLL_WORDS and \
                _in_clause(AGE_APPOSITIVE.sub(" ", folded[e:c.start]), reach) and not _SET_OFF.search(
                folded, e, c.start):
            if _compared_with(folded, a):
                continue  # 'more widespread than had been predicted, with 46 stations': what was foreseen is the measure
            if _RELATIVE_BEFORE.search(folded, max(0, a - 12), a) and _has_verb(WORD.findall(folded, e, c.start)):
                continue  # 'the jury that recommended his penalty found him guilty': the main verb governs it
            if hits and (since := _AFTER_EVENT.search(folded, e, c.start)) is not None and any(
                    since.end() <= h < since.end() + 60 for h, _ in hits):
                continue
            if _NEW_PREDICATE.search(folded, e, c.start) or (folded[a:b] in PLAN_WORDS and _TURNED_INTO.search(
                    folded, e, c.start)) or any(_past_verb(m.group(1)) for m in _AND_VERB.finditer(folded, e, c.start)):
                continue  # 'was scheduled to start at 8pm and was ultimately delayed by more than an hour'; 'lo que
                # debía ser una estancia de 10 días terminó convirtiéndose en una espera de 285 días'; 'exceeded all
                # forecasts and followed a 3.8% growth rate'
            return replace(c, reason=f"not said to have happened ('{folded[a:b]}')")
    return c


def _turned(c: Candidate, plans: list[tuple[int, int]], folded: str) -> Candidate:
    """A value past a verb of change after the plan ('what was supposed to be a week-long mission turned into 286
    days') is what the plan became, not the plan."""
    for _a, b in plans:
        if b <= c.start and (m := _TURNED_INTO.search(folded, b, c.start)) and _in_clause(folded[m.end():c.start], 8):
            return replace(c, reason=f"what the plan turned into ('{folded[m.start():c.end]}'), not the plan")
    return c


# A predicate of its own, joined to the one a word of UNREAL opens: what it says did happen.
_NEW_PREDICATE = rx.compile(r"\b(?:and|but|y|pero|e|mas)\s+(?:(?:then|later|ultimately|finally|luego|finalmente|depois)\s+)?"
                            r"(?:was|were|has|have|had|fue|fueron|ha|han|foi|foram)\b")
_TURNED_INTO = rx.compile(r"\b(?:turned|became|ended\s+up|grew|stretched|termino|acabo|se\s+convirtio|se\s+transformo|"
                          r"se\s+transformou|virou|tornou-se|acabou|se\s+estendeu|se\s+prolongou|se\s+extendio)\b")
_RELATIVE_BEFORE = rx.compile(r"\b(?:" + alternation(_RELATIVE) + r")\s+\Z")


# A cue that is the standard of a comparison: 'longer than they had planned', 'más de lo previsto', 'bem acima do planejado'.
# What sets a thing against its standard: 'respecto a', 'em relação a', 'compared with'.
_COMPARED_TO = r"(?:con\s+)?respecto\s+(?:de|a)|en\s+comparacion\s+con|em\s+comparacao\s+com|em\s+relacao\s+a" \
    r"|comparad[oa]s?\s+co[nm]|compared\s+(?:with|to)"
_STANDARD_BEFORE = rx.compile(r"\b(?:than|de\s+lo|do\s+que|que\s+lo|acima\s+do|alem\s+do|encima\s+de\s+lo|alla\s+de\s+lo"
                              r"|" + _COMPARED_TO + r"|versus|vs"
                              # 'más que en diciembre', and what a figure is set against: 'dos más que el PS', 'menos
                              # 50.934 votos que AD', 'três deputados à frente do PS' (not 'à frente do governo', at its head)
                              r"|(?:mas|menos|mais)\s+(?:\d[\d.,]*\s+[a-z]+\s+)?(?:que|do\s+que)"
                              r"|" + A_FIGURE + r"\s+(?:[a-z]+\s+)?(?:ahead\s+of|a\s+frente\s+d[aeo]s?|por\s+delante\s+del?))"
                              r"(?:\s+(?:they|we|he|she|it|had|has|have|was|were|been|is|are|what|originally|initially|first|"
                              r"o|a|lo|que|se|fue|foi|era|estaba|estava|inicialmente|originalmente|the|el|la|los|las|os|as|al|ao|del|"
                              r"in|en|em|mes|month))*\s+\Z")


# A word of beating or outrunning and up to three words (an adverb, an article, whose forecast) before a forecast
# ('surpassing expectations', 'beating all 67 forecasts', 'superó ampliamente las previsiones', 'acima das expectativas');
# and the forecast's own figure after it ('estimates of 58,000', 'las expectativas de unos 50.000').
_BEATEN_BEFORE = rx.compile(r"\b(?:surpass\w*|beat(?:s|ing|en)?|top(?:s|ped|ping)?|exceed\w*|outpac\w*|doubl\w*|above|"
                            r"super[oa]\w*|excedi\w*|duplic\w*|acima\s+d[aeo]s?|encima\s+de)(?:\s+[\w']+){0,3}?\s+\Z")
_OWN_FIGURE_AFTER = rx.compile(r"\s+(?:of|de|del|da|do|dos|das)\s+(?:[^\W\d_]+\s+){0,2}?[-+]?\d")


def _beaten(folded: str, start: int, end: int) -> bool:
    """The forecast at start..end is what a figure beat, with no figure of its own: 'added 119,000 jobs, surpassing
    expectations', 'superó las expectativas para ese mes, al registrar 119 mil' (not 'superando las expectativas de
    unos 50.000 empleos')."""
    return _BEATEN_BEFORE.search(folded, max(0, start - 50), start) is not None \
        and _OWN_FIGURE_AFTER.match(folded, end) is None


def _compared_with(folded: str, start: int) -> bool:
    """The word at start is the standard of a comparison ('than they had planned', 'respecto de diciembre')."""
    before = folded[max(0, start - 40):start]
    return ("than" in before or " lo " in before or " do " in before or "respecto" in before or "compar" in before
            or "relacao" in before or " vs" in before or "versus" in before or "s que " in before and (
                "mas " in before or "menos " in before or "mais " in before) or "frente" in before
            or "ahead" in before or "delante" in before) \
        and _STANDARD_BEFORE.search(before) is not None


_STANDARD_WORDS = ("respecto", "compar", "relacao", "up from", "down from", "than in", "than at", "than on", "than during")
_WHERE_WHEN = tuple(f" {w} " for w in ("where", "when", "which", "donde", "cuando", "que", "onde", "quando", "qual"))
# A clause of place or time on the standard of a comparison, the word at its end in it: 'un aumento respecto a la
# primera vuelta, donde votó el 82%', 'up from the first round, when 82% voted', 'compared with 2019, when turnout was'.
_STANDARD_CLAUSE = rx.compile(r"\b(?:" + _COMPARED_TO + r"|up\s+from|down\s+from|than\s+(?:in|at|on|during))\s+"
                              r"(?:[\w']+\s+){0,4}?[\w']+\s*,\s*(?:where|when|in\s+which|donde|cuando|en\s+(?:el|la)\s+que|onde|quando|em\s+que|na\s+qual|no\s+qual)\s+"
                              r"(?:[\w']+\s+){0,3}\Z")


def _of_the_standard(folded: str, start: int, standards: list[int]) -> bool:
    """The word at start is in a clause of place or time on the standard of a comparison, not said of what is compared;
    standards are where the words that open a standard stand in the text."""
    lo = max(0, start - 90)
    if bisect_left(standards, lo) == bisect_left(standards, start):
        return False
    before = folded[lo:start]
    return any(w in before for w in _WHERE_WHEN) and _STANDARD_CLAUSE.search(before) is not None


# A span that is how much longer or shorter than another: '278 days longer than planned', '278 more than planned',
# 'tres días más de lo previsto', '278 dias a mais do que o previsto'. (A margin between two times, 'by 34 seconds', is
# its sibling, found by the duration kind and kept by _own_margin on the same terms: a cue in its words.)
_LONGER_AFTER = rx.compile(r"\s*(?:(?:longer|more|shorter|less|fewer)\s+than|(?:mas|menos)\s+(?:de\s+lo|que)|"
                           r"(?:a\s+)?(?:mais|menos)\s+do\s+que|a\s+mais|de\s+mas)\b")


def _ignored_in(scan: Scan, ignore: re.Pattern[str], s0: int, s1: int) -> list[tuple[int, int]]:
    """The spans of the phrases a rule ignores in the sentence [s0, s1), found once a sentence."""
    key = ("ignored", ignore.pattern, s0)
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = [m.span() for m in ignore.finditer(scan.folded, s0, s1)]
    return found


def _overlaps(a: int, b: int, spans) -> bool:
    return any(x < b and a < y for x, y in spans)


_YEAR = rx.compile(r"\b" + _YEAR_TEXT + r"\b")


def _names_period(period, folded: str, a: int, b: int) -> bool:
    """The time phrase [a, b) names the period a fact is about: one of its words, and no year the word leaves out
    ('em janeiro' for [janeiro]; not 'desde janeiro de 2023')."""
    m = period.search(folded, a, b)
    if m is None:
        return False
    year = _YEAR.search(folded, a, b)
    return year is None or m.start() <= year.start() and year.end() <= m.end()


def _opens_on(a: int, b: int, spans, folded: str) -> bool:
    """A phrase [a, b) whose first word (past 'with the') is in one of spans: 'planned to' on the cue 'planned', 'com o
    objetivo de' on 'objetivo'; not 'asking for' on 'for', nor 'if convicted' on 'convicted'."""
    lead = _WITH_THE.match(folded, a, b)
    a = lead.end() if lead else a
    first = folded.find(" ", a, b)
    return _overlaps(a, b if first < 0 else first, spans)


def _owns(a: int, b: int, hits, folded: str, lo: int) -> bool:
    """The fact whose cues are hits is what the word of UNREAL at [a, b) tells of: what its cue asked for ('prosecutors
    sought'), or the most that was faced, when a cue is in the phrase ('faced a maximum' for the cue 'maximum')."""
    word = folded[a:b]
    if word in DEMAND_WORDS or word in FORECAST_WORDS:
        return _asked_by(a, hits, folded, lo)
    return word in FACING_WORDS and _overlaps(a, b, hits)


def _asked_by(a: int, hits, folded: str, lo: int) -> bool:
    """The word of UNREAL at a has a cue for its subject ('prosecutors sought', 'Los fiscales federales habían pedido',
    'Federal prosecutors on March 15 recommended', 'the prosecution's request for'): the fact is what they asked for or
    hoped, and the word refuses none of its values. Not across a clause ('prosecutors said the defense sought'), nor
    from before lo, where the sentence starts."""
    for x, y in hits:
        if lo <= x and y <= a < y + 60 and not _PREPOSITION_BEFORE.search(folded, max(lo, x - 8), x):
            # not 'in late February recommended'; a relative clause on the cue is the cue's: 'el consenso del mercado, que
            # apuntaba a', 'prosecutors, who sought'
            if _RELATIVE_ON_CUE.fullmatch(folded, y, a):
                return True
            words = WORD.findall(folded, y, a)
            if _in_clause(folded[y:a], 6) and not _has_verb(words) and not _SUBJECT_BREAK.intersection(words):
                return True
    return False


_RELATIVE_ON_CUE = rx.compile(r"(?:\s+[^\W\d_]+){0,4}\s*,\s*(?:que|which|who|quien|quienes|(?:el|la|o|a)\s+(?:cual|qual))\s+")


_EXCHANGE = frozenset({"in exchange for", "a cambio de", "em troca de"})  # of UNREAL: an offer, but of an amount a price
_ENDS_WITH_UNIT = frozenset({"duration", "money", "percentage"})  # kinds whose value holds its unit: '40 years', '$8 billion'
_ASKED = rx.compile(r"\W(" + trie_pattern(set(ASKED)) + r")\b")  # see spans_after_break
# Between a value and a verb of ASKED after it: a few words (its noun, 'in prison', 'de prisión'), 'that' or 'que', the
# asker, an auxiliary. Not 'as' ('25 years as prosecutors requested' is what was given).
_TO_ASKED = rx.compile(r"(?:\s+(?!(?:as|como|conforme|than|and|y|e|but|pero|if|si|se)\b)[^\W\d_]+){0,5}\s+\Z")


def _words_of(name: str, pattern: re.Pattern[str], scan: Scan, s0: int, s1: int) -> list[tuple[int, int]]:
    """The words of a lexicon set (name; its pattern, see spans_after_break) in the sentence [s0, s1), found once for
    every fact and cue that asks. Kept under the name: a compiled pattern hashes its whole program each time."""
    key = (name, s0, s1)
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = list(spans_after_break(pattern, scan.folded, s0, s1))
    return found


def _asked_after(end: int, asked: list[tuple[int, int]], folded: str, contact: bool = True
                 ) -> tuple[int, int, int, int] | None:
    """The verb of ASKED whose object is what ends at end, in a clause after it: where its asker may start, its span,
    and where the asker may end, a few words past the verb within the clause; or None. The clause is a participle's
    with its agent ('los 105 años recomendados por'), a relative one ('the 40- to 50-year term that prosecutors had
    recommended', 'los 50 años que pidió la fiscalía'; not 'a contract that is expected to', whose subject the value
    is), or with contact, one with no pronoun ('the 40 to 50 years prosecutors sought'): for a value that ends with
    its unit, as a span or an amount does, not a head count ('two wounded men requested')."""
    for a, b in asked:
        if end < a <= end + 60 and _TO_ASKED.match(folded, end, a):
            if _PASSIVE_BEFORE.search(folded, end, a):
                return None
            tail = CLAUSE_BREAK.search(folded, b, b + 50)
            tail_end = tail.start() if tail else b + 50
            if _BY_AFTER.match(folded, b):  # the asker comes after
                return a, a, b, tail_end
            rel = _RELATIVE_IN.search(folded, end, a)
            if rel is not None:
                if rel.group(1) != "que" and rel.end() >= a:
                    return None  # 'that recommended': the value asks
                return rel.end(1), a, b, tail_end
            last = _LAST_WORD.search(folded, end, a) if contact else None
            return (last.end(1), a, b, tail_end) if last else None
    return None


# A passive right before the verb: the value is its subject ('employees have been recommended for').
_PASSIVE_BEFORE = rx.compile(r"\b(?:" + alternation(PASSIVE - {"get", "got", "gets"} | {"era", "eran", "e"}) + r")\s+\Z")
_BY_AFTER = rx.compile(r"\s+(?:by|por|pel[oa]s?)\b")  # a participle's agent follows it
# Where the asker may stand before the verb: past a relative pronoun ('the 40- to 50-year term that prosecutors had
# recommended'), or else the last word before it ('the 40 to 50 years prosecutors sought'), not the value's own noun.
_RELATIVE_IN = rx.compile(r"\b(that|which|whom|que)\s")
_LAST_WORD = rx.compile(r"\s()[^\W\d_]+\s+(?:(?:had|has|have|habian|habia|havia|haviam|tinha|tinham)\s+)?\Z")


def _asked_for(c: Candidate, asked: list[tuple[int, int]], folded: str, hits, contact: bool) -> Candidate:
    """The value refused when a verb after it asks for it, unless a cue of the fact (in hits) is who asks."""
    found = _asked_after(c.end, asked, folded, contact)
    if found is None or any(found[0] <= x and y <= found[3] for x, y in hits):
        return c
    return replace(c, reason=f"what was asked for or expected ('{folded[c.start:found[2]]}'), not what happened")


def _asker_of(scan: Scan, start: int, end: int, cue_end: int) -> bool:
    """The cue ending at cue_end asks for the phrase ending at end: as the subject of a demand that governs it
    ('Prosecutors recommended a 40- to 50-year term', 'O Ministério Público havia pedido uma pena de prisão de 40 a 50
    anos'), or in a clause after it ('the 40- to 50-year term that prosecutors had recommended')."""
    s0, s1 = scan.sentence_at(end - 1)
    found = _asked_after(end, _words_of("asked", _ASKED, scan, s0, s1), scan.folded)
    if found is not None and found[0] < cue_end <= found[3]:
        return True
    return any(cue_end <= a and b <= start and scan.folded[a:b] in DEMAND_WORDS
               and _asked_by(a, ((cue_end - 1, cue_end),), scan.folded, s0)
               and _OBJECT_GAP.fullmatch(scan.folded, b, start) for a, b in _words_of("unreal", _UNREAL, scan, s0, s1))


_OBJECT_GAP = rx.compile(r"(?:\s+[^\W\d_]+){0,4}\s+")  # 'recommended (a)', 'havia pedido (uma pena de)'


# A preposition right before a cue: it is no subject ('in late February recommended').
_PREPOSITION_BEFORE = rx.compile(r"\b(?:" + alternation(PREPOSITIONS | {"al", "ao", "dos", "das"}) + r")\s+\Z")
# Words between a cue and a demand that leave the cue no subject of it: a new clause or a verb of its own.
_SUBJECT_BREAK = frozenset(("that", "who", "which", "whose", "while", "and", "but", "que", "quien", "quienes", "cual",
                            "cuyo", "cujo", "y", "e", "pero", "mas", "mientras", "enquanto", "is", "was", "are", "were",
                            "es", "son", "era", "fue", "fueron", "foi", "foram", "than") + _TELLING)


_WITH_THE = rx.compile(r"(?:with|com|con)\s+(?:(?:the|o|a|el|la)\s+)?")


def _dateline_span(scan: Scan, article: Article) -> tuple[int, int]:
    span = scan.memo.get("dateline")
    if span is None:
        at = scan.text.find(article.dateline, 0, 2000)
        span = scan.memo["dateline"] = (at, at + len(article.dateline)) if at >= 0 else (0, 0)
    return span


def _chain(bound: list[Candidate], all_cands: list[Candidate], scan: Scan, reach: float = 4,
           names: bool = False) -> list[Candidate]:
    """Values listed with a bound one are bound too: 'Maduro and his wife', 'Maduro y su esposa, Cilia Flores';
    with names, so are names a list of names holds, however many others stand between ('soltaram Vladimir Kara-Murza,
    Ilya Yashin, Andrei Pivovarov, ... e Herman Moyzhes; a jornalista Alsu Kurmasheva').

    Candidates are in text order, so a value's closest link is its neighbour: one sweep each way
    spreads the binding along every run of values no more than `reach` apart."""
    keys = {(c.start, c.end) for c in bound}
    taken = [(c.start, c.end) in keys for c in all_cands]

    def linked(a: Candidate, b: Candidate) -> bool:
        if a.end > b.start:
            return False
        if not names:
            return scan.distance(a.end, b.start) <= reach
        # Names: not across a verb of saying, a relative or a subordinate ('Agrawal said Segal was fired'), nor a
        # phrase of another verb ('Joao Neves for pulling Marc Cucurella's hair').
        return (scan.distance(a.end, b.start) <= reach and _NOT_IN_LIST.isdisjoint(WORD.findall(scan.folded, a.end, b.start))
                and _DOING_AFTER.search(scan.folded, a.end, b.start) is None) or _listed(scan.text, a.end, b.start)

    for i in range(1, len(all_cands)):
        if not taken[i] and taken[i - 1] and linked(all_cands[i - 1], all_cands[i]):
            taken[i] = True
    for i in range(len(all_cands) - 2, -1, -1):
        if not taken[i] and taken[i + 1] and linked(all_cands[i], all_cands[i + 1]):
            taken[i] = True
    chained = {(c.start, c.end): c for c, t in zip(all_cands, taken) if t}
    chained.update({(c.start, c.end): c for c in bound})
    return sorted(chained.values(), key=lambda c: c.start)


# A total a figure brings the count to, after the cue in its sentence: the whole, which an increment nearer the cue
# ('Two people died on Monday', 'com mais duas mortes') gives way to. Not a total for a period ('this year's toll').
_PERIODS = "year years ano anos month months mes meses week weeks semana semanas decade season temporada".split()
_TOTAL_LEVEL = rx.compile(r"\b(?:" + alternation(LEVEL_NOUNS) + r")(?:\s+(?!(?:"
                          + alternation(_PERIODS) + r")\b)[a-z]+){0,4}?\s+(?:to|a|para|at|em|en)\s*\Z")


_SPAN_OF = rx.compile(r"\s+(?:" + alternation(OF_WORDS) + r")\s+")  # between a span and the cue it is a span of
_INCLUDING = rx.compile(_INCLUDING_AT)


def _including_reach(scan: Scan, cue_end: int, start: int, window: int) -> bool:
    """A name past the window is one of those the cue's object holds when 'including' opens it within twice the
    window and the name is in reach of that: 'despidió a cuatro de los máximos responsables de la compañía, entre
    ellos el CEO, Parag Agrawal'."""
    m = _INCLUDING.search(scan.folded, cue_end, start)
    return m is not None and not _STRONG_BREAK.search(scan.folded, cue_end, m.start()) and \
        scan.distance(cue_end, m.start()) <= 2 * window and scan.distance(m.end(), start) <= window


# What a name is, set off by commas right after it: ', Twitter's general counsel,', ', el abogado principal de la firma,'.
# A relative clause set off by commas right after a cue, points of abbreviations in it ('70% of U.S. economic activity').
_RELATIVE_ASIDE_ON = rx.compile(RELATIVE_AFTER_COMMA + r"\s[^,;:!?()\[\]\"“”]{1,200}?,")
_RELATIVE_ON_NAME = rx.compile(RELATIVE_AFTER_COMMA + r"\s[^,;:.!?()\[\]\"“”]{1,200}?,")
_APPOSITIVE = rx.compile(r",\s*(?:the|an?|its|his|her|their|[a-z]+['’]s|el|la|los|las|una?|sus?|os?|as?|uma?|seus?|suas?)\s"
                         r"[^,;:.!?()\[\]\"“”]{1,60}?,")


def _appositive(folded: str, end: int, cue_start: int) -> int:
    """Where an appositive that opens right after a name ends (see _APPOSITIVE), when one does before the cue: a noun
    phrase of a few words, no relative, subordinate or verb of saying in it; or a relative clause on the name ('Stephen
    Miran, who served as chairman of the council before his appointment, was one of the three dissenters'). 0 when
    neither does."""
    m = _APPOSITIVE.match(folded, end, cue_start)
    if m and _noun_phrase(WORD.findall(m.group())):
        return m.end()
    m = _RELATIVE_ON_NAME.match(folded, end, cue_start)
    return m.end() if m else 0


def _noun_phrase(words: list[str], finite: bool = False) -> bool:
    """Words between commas are an appositive: a few, no relative, subordinate or verb of saying, and with finite no
    verb that makes them a clause ('varios están hospitalizados')."""
    return len(words) <= 7 and _NOT_IN_LIST.isdisjoint(words) and (not finite or _FINITE.isdisjoint(words))


# What the cue's noun is, set off by commas right after it (past a bracket: 'ações da CrowdStrike (CRWD), empresa
# global de segurança cibernética,'; and past the rest of the cue's noun, two words with no verb: 'the personal
# consumption expenditures (PCE) price index, the Fed's preferred gauge,'); not a list's next item nor a clause of its
# own ('and', 'y', 'e', 'but').
_APPOSITIVE_AFTER = rx.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,(?!\s*(?:and|y|e|but|pero|mas|or|o|ou)\b)\s*"
                               r"(?P<app>[^,;:.!?()\[\]\"“”]{1,80}?),")
_NOUN_TAIL = rx.compile(r"\)?((?:\s+[a-z]+){1,2})(?=\s*,)")  # ') price index' before the comma
# Verbs that make a stretch between commas a clause ('varios están hospitalizados', '66 estão internados').
_FINITE = frozenset(PASSIVE) | frozenset("has have had esta estan estao estava estavam estaba estaban ha han tem "
                                         "tinha tenia tenian".split())


def _appositive_after(scan: Scan, cue_end: int, s1: int) -> int:
    """Where an appositive right after the cue ends, when one does: a noun phrase of a few words in lower case (a
    name set off is who the cue is, and what follows is said of that one), no relative, subordinate, verb of
    saying or finite verb in it ('Shares of CrowdStrike, the Texas-based firm, fell 11%'). 0 when none does."""
    m = _APPOSITIVE_AFTER.match(scan.folded, cue_end, s1)
    if m is None and (tail := _NOUN_TAIL.match(scan.folded, cue_end, min(s1, cue_end + 30))) and _verbless(tail.group(1).split()):
        m = _APPOSITIVE_AFTER.match(scan.folded, tail.end(), s1)
    return m.end() if m and scan.text[m.start("app")].islower() and _noun_phrase(WORD.findall(m.group("app")), finite=True) else 0


_LIST_ITEMS = rx.compile(r"\s*(?:[,;]\s*(?:(?:and|y|e)\s+)?|\s(?:and|y|e|as well as|así como|bem como|assim como)\s+)")
_LIST_BREAK = rx.compile(r"[.!?:()\[\]\n\"“”]")
_NOT_IN_LIST = frozenset(RELATIVES) | frozenset(_SUBORDINATORS) | frozenset(SAY_VERBS)


# A relative clause on a name, then a semicolon, and maybe 'and': a list whose items carry clauses of their own.
_RELATIVE_ITEM = rx.compile(RELATIVE_AFTER_COMMA + r"\s[^;.!?]{1,200};\s*(?:(?:and|y|e)\s+)?")


def _listed(text: str, end: int, start: int) -> bool:
    """What stands between two names is more of one list: items set apart by commas, semicolons or 'and', the first
    right after the first name, each a name with a few words about it ('el militar estadounidense Paul Whelan', 'o
    chefe de assuntos jurídicos': articles and prepositions aside) or a few words about the name before ('del Wall
    Street Journal', 'arrestado en Polonia'), no relative, subordinate or verb of saying, and the last not ending in a
    preposition whose object the second name is."""
    gap = text[end:start]
    if len(gap) > 300:
        return False
    if _RELATIVE_ITEM.fullmatch(gap):  # 'Stephen I. Miran, quien prefería un recorte de 50 puntos; y Austan D. Goolsbee'
        return True
    if _LIST_BREAK.search(gap):
        return False
    items = [i.split() for i in _LIST_ITEMS.split(gap)]
    if items[0]:  # the first name's own words, before any separator: its predicate ('returned home; Krasikov')
        return False
    for words in items:
        plain = [fold(w) for w in words if not w[0].isupper()]
        said = [w for w in plain if w not in OBJECT_OPENERS and w not in PREPOSITIONS]  # 'o chefe de assuntos jurídicos'
        if len(said) > 4 or not _NOT_IN_LIST.isdisjoint(plain):
            return False
    last = [fold(w) for w in items[-1][-2:]]  # right before the second name: 'pneumonia, only to suffer from a heart attack'
    if last and (last[-1] in PREPOSITIONS or (last[-1] in OBJECT_OPENERS and len(last) > 1 and last[0] in PREPOSITIONS)):
        return False  # the second is the object of what the item says, not an item of the list
    return True


def _around(text: str, s0: int, s1: int, cue_start: int, cue_end: int, step: int = LONG_SENTENCE // 2
            ) -> tuple[int, int]:
    """The stretch of a very long sentence around a cue: blocks on a fixed grid, so cues close
    together share one stretch (and its candidates), cut at spaces."""
    block = cue_start // step
    lo, hi = max(s0, (block - 1) * step), min(s1, (block + 2) * step)
    if lo > s0:
        space = text.find(" ", lo, min(hi, lo + 200))
        lo = space + 1 if space != -1 else lo
    if hi < s1:
        space = text.rfind(" ", max(lo, hi - 200), hi)
        hi = space if space != -1 else hi
    return lo, hi
