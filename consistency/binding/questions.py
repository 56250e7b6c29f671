"""Figures in a question someone asked, and who asked it: 'asked whether 40 had died' states no toll."""

from __future__ import annotations

import re
from dataclasses import replace

from .. import rx
from ..lexicon import (
    ASKED,
    DEMAND_WORDS,
    FACING_WORDS,
    FORECAST_WORDS,
    LOWER_CASE_ONLY,
    PASSIVE,
    PREPOSITIONS,
    TELLING,
    UNREAL,
)
from ..normalize import Candidate
from ..text import CLAUSE_BREAK, WORD, Scan, alternation, spans_after_break, trie_pattern
from .syntax import has_verb, in_clause, overlaps

UNREAL_WORD = rx.compile(r"\W(" + trie_pattern({w.replace("_", " ") for w in UNREAL}) + r")\b")  # see spans_after_break


def owns(a: int, b: int, hits, folded: str, lo: int) -> bool:
    """The fact whose cues are hits is what the word of UNREAL at [a, b) tells of: what its cue asked for ('prosecutors
    sought'), or the most that was faced, when a cue is in the phrase ('faced a maximum' for the cue 'maximum')."""
    word = folded[a:b]
    if word in DEMAND_WORDS or word in FORECAST_WORDS:
        return asked_by(a, hits, folded, lo)
    return word in FACING_WORDS and overlaps(a, b, hits)


def asked_by(a: int, hits, folded: str, lo: int) -> bool:
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
            if in_clause(folded[y:a], 6) and not has_verb(words) and not _SUBJECT_BREAK.intersection(words):
                return True
    return False


_RELATIVE_ON_CUE = rx.compile(r"(?:\s+[^\W\d_]+){0,4}\s*,\s*(?:que|which|who|quien|quienes|(?:el|la|o|a)\s+(?:cual|qual))\s+")
ASKED_VERB = rx.compile(r"\W(" + trie_pattern(set(ASKED)) + r")\b")  # see spans_after_break
# Between a value and a verb of ASKED after it: a few words (its noun, 'in prison', 'de prisión'), 'that' or 'que', the
# asker, an auxiliary. Not 'as' ('25 years as prosecutors requested' is what was given).
_TO_ASKED = rx.compile(r"(?:\s+(?!(?:as|como|conforme|than|and|y|e|but|pero|if|si|se)\b)[^\W\d_]+){0,5}\s+\Z")


def words_of(name: str, pattern: re.Pattern[str], scan: Scan, s0: int, s1: int) -> list[tuple[int, int]]:
    """The words of a lexicon set (name; its pattern, see spans_after_break) in the sentence [s0, s1), found once for
    every fact and cue that asks. Kept under the name: a compiled pattern hashes its whole program each time."""
    key = (name, s0, s1)
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = [(a, b) for a, b in spans_after_break(pattern, scan.folded, s0, s1)
                                  if scan.folded[a:b] not in LOWER_CASE_ONLY or scan.text[a:b].islower()]
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


def asked_for(c: Candidate, asked: list[tuple[int, int]], folded: str, hits, contact: bool) -> Candidate:
    """The value refused when a verb after it asks for it, unless a cue of the fact (in hits) is who asks."""
    found = _asked_after(c.end, asked, folded, contact)
    if found is None or any(found[0] <= x and y <= found[3] for x, y in hits):
        return c
    return replace(c, reason=f"what was asked for or expected ('{folded[c.start:found[2]]}'), not what happened")


def asker_of(scan: Scan, start: int, end: int, cue_end: int) -> bool:
    """The cue ending at cue_end asks for the phrase ending at end: as the subject of a demand that governs it
    ('Prosecutors recommended a 40- to 50-year term', 'O Ministério Público havia pedido uma pena de prisão de 40 a 50
    anos'), or in a clause after it ('the 40- to 50-year term that prosecutors had recommended')."""
    s0, s1 = scan.sentence_at(end - 1)
    found = _asked_after(end, words_of("asked", ASKED_VERB, scan, s0, s1), scan.folded)
    if found is not None and found[0] < cue_end <= found[3]:
        return True
    return any(cue_end <= a and b <= start and scan.folded[a:b] in DEMAND_WORDS
               and asked_by(a, ((cue_end - 1, cue_end),), scan.folded, s0)
               and _OBJECT_GAP.fullmatch(scan.folded, b, start) for a, b in words_of("unreal", UNREAL_WORD, scan, s0, s1))


_OBJECT_GAP = rx.compile(r"(?:\s+[^\W\d_]+){0,4}\s+")  # 'recommended (a)', 'havia pedido (uma pena de)'

# A preposition right before a cue: it is no subject ('in late February recommended').
_PREPOSITION_BEFORE = rx.compile(r"\b(?:" + alternation(PREPOSITIONS | {"al", "ao", "dos", "das"}) + r")\s+\Z")
# Words between a cue and a demand that leave the cue no subject of it: a new clause or a verb of its own.
_SUBJECT_BREAK = frozenset(("that", "who", "which", "whose", "while", "and", "but", "que", "quien", "quienes", "cual",
                            "cuyo", "cujo", "y", "e", "pero", "mas", "mientras", "enquanto", "is", "was", "are", "were",
                            "es", "son", "era", "fue", "fueron", "foi", "foram", "than") + TELLING)
