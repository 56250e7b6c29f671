"""Parts and wholes: a figure of some of a group, of one place or role among several, of an instalment, or
of the whole a part is counted in, against the fact's own total."""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from .. import rx
from ..lexicon import (
    ADDED_AFTER,
    ADDED_BEFORE,
    ARTICLE_NUMBERS,
    CONJUNCTIONS,
    GIVE_INFINITIVES,
    GIVEN,
    HAD,
    HOSPITALIZED,
    INCLUDING,
    INSTALMENT,
    LATER,
    LEVEL_NOUNS,
    MONTHS,
    NEW_AFTER,
    OBJECT_OPENERS,
    OTHERS,
    PART_CUE_AFTER,
    PART_CUE_BEFORE,
    PART_WHEN,
    PART_WHERE,
    PARTICIPLE_ENDINGS,
    PASSIVE,
    PERIOD_NOUNS,
    PERSON_NOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    PRONOUN_PARTS,
    PT_SHORT_WEEKDAYS,
    REFERENCE_NOT,
    REVISE_VERBS,
    SUPERLATIVES,
    TIME_UNITS,
    WEEKDAYS,
    WENT_AS_FAR,
    WHILE,
)
from ..normalize import Candidate
from ..normalize.count import A_FIGURE, AND_NOUN, counted_words, named_and_others
from ..normalize.numbers import ALL_NUMBER_WORDS, HEDGE_WORDS
from ..text import CLAUSE_BREAK, WORD, Scan, alternation, fold, past_form, trie_pattern
from .syntax import AUX_OR_MODAL, CONTRAST_WORDS, RELATIVE, RISEN_TO, STRONG_BREAK, holds_any, occurrences, overlaps

# 'the (partially) collapsed', and with no article past a preposition: 'after newly appointed Prime Minister Lecornu'
_ARTICLE_BEFORE = rx.compile(r"\b(?:(?:the|a|an|its)\s+(?:[a-z]+ly\s+)?"
                             r"|(?:after|before|by|for|with|as)\s+(?:newly|recently)\s+)\Z")
_NOUN_NEXT = rx.compile(r"\s+(?!(?:on|in|at|by|and|or|to|from|with|after|before|early|late|last|this|that|the|a|an|his|"
                       r"her|its|their|" + alternation(MONTHS) + "|" + alternation(WEEKDAYS) +
                       r")\b)(?!\d+(?:st|nd|rd|th)?(?![\w-]))(\w[\w-]*)")  # a word after the cue that may be its noun (not a day)

# A cue joined by 'or' to a word of another group: 'dead or missing', 'muertos o heridos', 'mortas ou desaparecidas',
# 'dead/missing', 'died or gone missing'. A word such as 'were' or 'gone' may stand before the other group's word.
_OR_AFTER = rx.compile(r"(?:[^\S\n]*/[^\S\n]*|[^\S\n]+(?P<or>or|ou|o|y/o|e/ou)[^\S\n]+)(?:(?:were|was|are|is|been|gone|"
                      r"went|have|has|had|fueron|foram|estan|estao|sido|ficaram|quedaron|resultaron)\s+)?([^\W\d_]{3,})")
_OR_ENDS = ("/", " or", " o", " ou", "/o", "/ou")  # how text before a cue that _OR_BEFORE matches ends, for a quick test
_OR_BEFORE = rx.compile(r"([^\W\d_]{3,})(?:[^\S\n]*/[^\S\n]*|[^\S\n]+(?P<or>or|ou|o|y/o|e/ou)[^\S\n]+)\Z")


def joined_group(folded: str, cue_start: int, cue_end: int, hits, language: str, fi: int = -1,
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
        other = joined_by_and(folded, cue_start, cue_end, claims)
        if other is not None and other[2] != fi and not any(a == other[0] for a, _ in hits):
            a, b = min(cue_start, other[0]), max(cue_end, other[1])
            # A figure counts both: not 'shot one dead and injured two', nor a verb with a figure of its own ('claimed
            # nine lives and displaced 13,116 people').
            if _FIGURE_END.search(folded, max(0, a - 24), a) and not _FIGURE_NEXT.match(folded, b):
                return f"counts another group with what the cue names ('{folded[a:b]}')"
    tail = folded[max(0, cue_start - 6):cue_start].rstrip(" \t")
    m = _OR_BEFORE.search(folded, max(0, cue_start - 40), cue_start) if tail.endswith(_OR_ENDS) else None
    if m is not None and m.group(1) not in ALL_NUMBER_WORDS and not (language == "pt" and m.group("or") == "o"):
        if not any(b == m.end(1) for _, b in hits):
            return f"counts another group with what the cue names ('{folded[m.start():cue_end]}')"
    return ""


_FIGURE_END = rx.compile(r"\b" + A_FIGURE + r"\s+\Z")
_FIGURE_NEXT = rx.compile(r"\s+(?:(?:" + HEDGE_WORDS + r")\s+)?" + A_FIGURE + r"\b")
_AND_BEFORE = rx.compile(r"([^\W\d_]{3,})[^\S\n]+(?:and|y|e)[^\S\n]+\Z")


def joined_by_and(folded: str, start: int, end: int, claims: list[tuple[int, int, int]]) -> tuple[int, int, int] | None:
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
# The words of an amount's own 'in' before the cue, which is then the noun it is in: '$175.4 billion in total deposits'.
_OWN_IN = rx.compile(_IN + r"(?:[^\W\d_]+[^\S\n]+){0,2}")


def paid_part(scan: Scan, c: Candidate, s0: int, cue_start: int) -> str:
    """Why an amount before the cue is one of the parts of what is paid, or '': a cue after amounts each paid in a form of
    its own ('$23.25 in cash and $4.50 in Netflix stock per share', '23,25 dólares en efectivo más 4,50 dólares en acciones
    de Netflix por cada título') names their whole, which neither is; the cue of a form names its own part."""
    folded = scan.folded
    form = _IN_FORM_OPENS.match(folded, c.end)
    if form is None or own_in(folded, c.end, cue_start):
        return ""
    joined = _PART_BEFORE.search(folded, max(s0, c.start - 90), c.start)
    if joined is None and not _PARTS_AFTER.fullmatch(folded, c.end, cue_start):
        return ""
    a, b = (joined.start(), form.end()) if joined is not None else (c.start, cue_start)
    return f"one of the parts paid ('{' '.join(scan.text[a:b].split())}'), not the whole the cue names"


def own_in(folded: str, end: int, cue_start: int) -> bool:
    """Whether the cue is the noun an amount ending at end is in ('$209 billion in total assets and $175.4 billion in total
    deposits', 'US$ 175,4 bilhões em depósitos'): the amount is the cue's, no part of a whole it names. Not a cue that a
    preposition opens past that noun ('$4.50 in Netflix stock per share')."""
    m = _OWN_IN.fullmatch(folded, end, cue_start)
    if m is None or not PREPOSITIONS.isdisjoint(folded[m.start():cue_start].split()[1:]):
        return False
    first = WORD.match(folded, cue_start)
    return first is None or first.group() not in PREPOSITIONS and first.group() != "per"


# A noun or two joined to a cue by 'and', then the clause ends or a preposition opens: 'in cash and stock in Netflix'.
_AND_NOUN_THEN = rx.compile(r"[^\S\n]+(?:and|y|e)[^\S\n]+([^\W\d_]+)(?:[^\S\n]+([^\W\d_]+))??"
                            r"(?=[^\S\n]*(?:[,.;:)\u2014\u2013]|\Z)|[^\S\n]+(?:" + alternation(PREPOSITIONS) + r")\b)")


def paired_means(folded: str, cue_start: int, cue_end: int) -> str:
    """Why an amount at this money cue is not the cue's alone, or '': the cue is joined by 'and' to a noun with no amount
    of its own ('$27.75 a share in cash and stock', 'en efectivo y acciones', 'em dinheiro e papéis da Netflix'): the two
    are paid together. Not 'in cash and $4.50 in stock', 'in cash and the rest in stock'."""
    m = _AND_NOUN_THEN.match(folded, cue_end)
    if m is None or any(w in OBJECT_OPENERS or w in PASSIVE or w in ALL_NUMBER_WORDS or w in HEDGE_WORDS
                        for w in m.groups() if w):
        return ""
    return f"paid together with what the cue names ('{' '.join(folded[cue_start:m.end(1)].split())}'), not the cue's alone"


PAST_NOUN = PREPOSITIONS | CONJUNCTIONS | RELATIVE  # words that end the noun phrase a figure opens
# The endings of a participle that narrows what a cue counts, with up to two words of the noun the cue describes
# between, no verb's auxiliary nor relative ('ocho de las víctimas fatales identificadas'; not '32 of the victims have
# been identified'): see part_of_described.
_PARTICIPLE_ENDS = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "to", "ta", "tos", "tas")


_WITH_WITHOUT = frozenset("without with sin con sem com".split())


def part_of_described(part_of: re.Match[str], folded: str, cue_start: int) -> bool:
    """Whether the noun between a partitive and the cue is a part's whole that the cue describes, in Spanish or
    Portuguese, whose participles and adjectives tell themselves from verbs: 'ocho de las víctimas fatales
    identificadas' (not 'al menos 122 de las víctimas perdieron la vida', '34 dos falecidos morreram no estádio', nor a
    whole in figures: 'three out of ten people'). In English 'two of the passengers survived' may be either."""
    noun = WORD.findall(part_of.group("noun"))
    cue = WORD.match(folded, cue_start)
    if cue is not None and cue.group() in _WITH_WITHOUT and noun and ALL_NUMBER_WORDS.isdisjoint(noun):
        return True  # a cue that opens on 'without' is no verb, in any language: '780.000 de estos clientes sin luz'
    return part_of.group().split()[0] not in ("of", "out") and ALL_NUMBER_WORDS.isdisjoint(noun) \
        and not any(w.endswith(("ron", "ram")) for w in noun) and cue is not None and cue.group().endswith(_PARTICIPLE_ENDS)


_PART_AFTER = rx.compile(r"""\s+['‘"“]?(?:""" + alternation(PART_WHEN) + r")\b")  # also quoted: '‘in situ’'
_LATER_BEFORE = rx.compile(r"\b(?:" + alternation(LATER) + r")\s+\Z")
# A verb of identifying right before the figure, its object: 'foi possível identificar oito vítimas mortais', 'have
# identified 12 of the victims', 'identificaron a ocho'.
_IDENTIFY_BEFORE = rx.compile(r"\bidentif[a-z]*\s+(?:a\s+)?\Z")
_PART_CUE_BEFORE = rx.compile(r"\b(?:" + alternation(PART_CUE_BEFORE) + r")\s+\Z")
_PART_CUE_AFTER = rx.compile(r"\s+(?:(?:have|has|had|been|were|was|are|is|so far|foram|fueron|sido|ja)\s+){0,2}(?:"
                             + alternation(PART_CUE_AFTER) + r")\b|\s+(?:" + alternation(HOSPITALIZED) + r")\b")
_PART_ANY = rx.compile(r"\b(?:" + trie_pattern({p.split()[-1] for p in (*PART_WHEN, *LATER, *PART_CUE_AFTER, *HOSPITALIZED)}
                                              | set(PART_CUE_BEFORE)) + r")\b")  # their last words

# Not after a definite article: 'she shot the other three' are the rest of a group, maybe all who were shot.
_ADDED_BEFORE = rx.compile(r"\b(?:(?P<the>the|los|las|os|as)\s+)?(?:" + alternation(ADDED_BEFORE) + r")\s+\Z")
_ADDED_AFTER = rx.compile(r"\s+(?:" + alternation(ADDED_AFTER) + r")\b")
_NEW_AFTER = rx.compile(r"\s+(?:" + alternation(NEW_AFTER) + r")\b")
_OTHERS_AFTER = rx.compile(r"\s+(?:" + alternation(OTHERS) + r")\b")
OF_THEM_AFTER = rx.compile(r"\s+(?:" + alternation(PRONOUN_PARTS) + r")\b")
_WHERE_AFTER = rx.compile(r"\s+(?:" + alternation(PART_WHERE) + r")\b")
# ... or after its noun, as Spanish and Portuguese put it: 'tres muertos más', 'duas vítimas mais', 'una víctima
# adicional', 'quatro corpos adicionais'. Read on the text as written, where Spanish 'más' keeps its accent (Portuguese
# 'mas' is 'but'); past the 'de' after a scale word: 'casi 3 millones de personas más'.
_ADDED_AFTER_NOUN = rx.compile(r"\s+(?:de\s+)?[^\W\d_]+\s+(?:más|mais|adicional|adicionales|adicionais)\b", re.IGNORECASE)
# More added after the figure in its clause: '40 personas fallecidas durante los incendios y 6 adicionales en recintos
# hospitalarios', '12 died on Friday and three more on Saturday': the figure is the first of the groups summed, a part.
_MORE_LATER = rx.compile(r"[^.;:!?()]{0,80}?\b(?:and|y|e)\s+" + A_FIGURE
                         + r"\s+(?:more|additional|extra|adicional|adicionales|adicionais)\b")

# Of those, the words that add more of the same, not another group beside one ('another 100 people are still
# missing', 'Outras 226 continuam desaparecidas' beside the dead): 'four more boys', 'a further 169 cases'.
_MORE_BEFORE = rx.compile(r"\b(?:(?P<the>the|los|las|os|as)\s+)?(?:"
                          + alternation(w for w in ADDED_BEFORE if w not in OTHERS and "other" not in w) + r")\s+\Z")
_MORE_AFTER = rx.compile(r"\s+(?:" + alternation(w for w in ADDED_AFTER if w not in OTHERS and w != "other") + r")\b")


def _is_cue(added: re.Match, hits) -> bool:
    """The word of adding is a cue of the fact: 'for every 10 additional hostages' for the cue `additional`."""
    said = added.group().rstrip()
    end = added.start() + len(said)
    start = end - len(said.split()[-1])
    return any(a < end and start < b for a, b in hits)


def _contrasted(folded: str, c: Candidate, others, s0: int, hits=()) -> bool:
    """Whether another head count's cue, and a figure, stand before the figure in its clause: then the figure is set
    beside that count ('catorce fallecieron y otras 42 resultaron heridas'), not added to one of its own. Not a cue
    that a cue of the fact (hits) stands before, which narrows it: 'in addition to the 26 people who perished at the
    market, three more victims died', when the market's dead are another count."""
    s0 = max(s0, folded.rfind(";", s0, c.start) + 1, folded.rfind(":", s0, c.start) + 1)
    return any(s0 <= a and b <= c.start and not any(s0 <= h0 and h1 <= a for h0, h1 in hits) for a, b in others) and any(
        w[0].isdigit() or w in ALL_NUMBER_WORDS for w in WORD.findall(folded, s0, c.start))


# A clause that opens on the day since which its figures are counted: 'Desde el viernes se han registrado dos muertes',
# 'Since Monday, 12 more cases', 'since the last update': what was added since, not the whole (unless the figure is a
# level it rose to: 'Since Friday, the toll has risen to 28').
_SINCE_DAYS = (*WEEKDAYS, *PT_SHORT_WEEKDAYS, "yesterday", "ayer", "ontem", "anteayer", "anteontem", "last update",
               "previous update", "ultima actualizacion", "ultima atualizacao", "ultimo balance", "ultimo balanco",
               "ultimo boletin", "ultimo boletim")
_SINCE_DAY_OPENS = rx.compile(r"\W*(?:(?:and|but|y|e|pero|mas)\s+)?(?:since|desde)\s+(?:(?:the|el|la|o|a|last|el\s+pasado|"
                              r"o\s+ultimo|a\s+ultima)\s+)?(?:" + alternation(_SINCE_DAYS) + r")\b")


_NAME_NEXT = rx.compile(r"[A-Z][a-z]+\s+[A-Z]")  # 'New Yorkers', 'Nuevos Leones': a word of a name, the next one too


def _counted_before(folded: str, s0: int, start: int) -> bool:
    """Whether a figure other than a day's, a year's or a span's stands in [s0, start): more of another group may be
    added to it ('29 people have been killed and 70 more injured', 'a further 580 injured'), whatever the rule names;
    not to '285 días'."""
    return bool(_figures_before(folded, s0, start))


_NAME_INSIDE = rx.compile(r"\b[A-Z][a-z]")  # a capitalised word past a sentence's first: a name


def _figures_before(folded: str, s0: int, start: int) -> list[str]:
    """The figures in [s0, start) other than a day's, a year's or a span's (see _counted_before)."""
    words = WORD.findall(folded, s0, start)
    return [w for i, w in enumerate(words) if (w[0].isdigit() or w in ALL_NUMBER_WORDS) and not (w.isdigit() and len(w) == 4)
            and not (i + 1 < len(words) and words[i + 1] in TIME_UNITS)
            and not (i and words[i - 1] in MONTHS) and not (i + 1 < len(words) and words[i + 1] in MONTHS)
            and not (i + 2 < len(words) and words[i + 1] == "de" and words[i + 2] in MONTHS)]


def increment(scan: Scan, c: Candidate, hits, others=(), s0: int = 0) -> str:
    """Why a figure is only what was added to a count, whether the article gives the whole or not: 'four more boys
    were rescued', 'a further 169 cases', 'tres muertos más', 'cinco nuevos casos'. Not when the word of adding is a
    cue of the fact, nor after an article ('the additional four'), nor when another figure stands before it in its
    sentence. '' when it is not."""
    folded = scan.folded
    added = _MORE_BEFORE.search(folded, max(0, c.start - 16), c.start) or _MORE_AFTER.match(folded, c.end) \
        or _ADDED_AFTER_NOUN.match(scan.text, c.end)
    new = None if added else _NEW_AFTER.match(folded, c.end)
    if new and _NAME_NEXT.match(scan.text, new.end() - len(new.group().lstrip())):
        new = None  # 'a jury of 12 New Yorkers': a name's first word, as in a headline, kept as before
    if not (added or new) or (added or new).groupdict().get("the") or _counted_before(folded, s0, c.start) \
            or _contrasted(folded, c, others, s0, hits) or _is_cue(added or new, hits):
        return ""
    if new:
        return f"new ones, added to a figure given before ('{folded[c.start:new.end()]}')"
    return f"added to a figure given before ('{folded[min(c.start, added.start()):max(c.end, added.end())]}')"


# A figure of others joined to a group named before it: 'carrying Wilmore, Williams, and two others', 'junto a otros dos
# tripulantes', 'along with two additional Crew-9 members', 'junto com outros dois astronautas'.
_JOINED_BEFORE = rx.compile(r"\b(?:and|with|plus|y|e|con|com|junto\s+(?:a|con|com)|along\s+with|together\s+with|"
                            r"accompanied\s+by|acompanhad[oa]s?\s+(?:de|por)|acompanad[oa]s?\s+(?:de|por))\s+"
                            r"(?P<other>(?:other|otros|otras|outros|outras)\s+)?\Z")
_OTHER_AFTER = rx.compile(r"\s+(?:others|other|additional|adicionales|adicionais)\b")


def besides_others(scan: Scan, c: Candidate, hits, s0: int) -> str:
    """Why a figure counts only those besides people named before it in its sentence ('carrying Wilmore, Williams, and
    two others', 'los astronautas Butch Wilmore y Suni Williams regresan junto a otros dos tripulantes'), not the whole;
    '' when it does not. Not when the word of others is a cue, nor after another figure, an article's aside ('Three
    people were killed and two others injured')."""
    folded = scan.folded
    joined = _JOINED_BEFORE.search(folded, max(0, c.start - 32), c.start)
    if joined is None or not _NAME_INSIDE.search(scan.text, s0 + 1, joined.start()) or any(
            w not in ARTICLE_NUMBERS for w in _figures_before(folded, s0, c.start)) \
            or named_and_others(scan.text, s0, c.start, c.end):  # 'Agrawal and two other executives' counts him too
        return ""
    other = _OTHER_AFTER.match(folded, c.end) if joined.group("other") is None else None
    if joined.group("other") is None and other is None:
        return ""
    a, b = (joined.start("other"), joined.end("other")) if other is None else other.span()
    if any(x < b and a < y for x, y in hits):
        return ""
    return f"those besides people named before it ('{' '.join(folded[joined.start():max(c.end, b)].split())}'), not the whole"


def part_when(scan: Scan, c: Candidate, hits, others=(), s0: int = 0) -> str:
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
    if added and not added.groupdict().get("the") and not _contrasted(folded, c, others, s0, hits) \
            and not _is_cue(added, hits):
        return f"added to a figure given before ('{folded[min(c.start, added.start()):max(c.end, added.end())]}')"
    rest = _OTHERS_AFTER.match(folded, c.end)
    if rest and any(s0 <= a and b <= c.start for a, b in hits) and not _contrasted(folded, c, others, s0, hits):
        # 'Twenty-six people died at the scene and three others died in hospital': added to a group the cue counted
        return f"added to a figure given before ('{folded[c.start:rest.end()]}')"
    them = OF_THEM_AFTER.match(folded, c.end)
    if them and any(c.end < a and scan.distance(them.end(), a) <= 1 for a, _ in hits):
        return f"a part of a group named before ('{folded[c.start:them.end()]}'), and the article gives a whole one"
    where = _WHERE_AFTER.match(folded, c.end)
    if where and not any(a < where.end() and where.start() < b for a, b in hits):
        # '26 personas fallecidas en el lugar, 5 en hospitales': where some died, the verb left out
        return f"a part of the count ('{' '.join(folded[c.start:where.end()].split())}'), and the article gives a whole one"
    more = _MORE_LATER.match(folded, c.end) if folded.find("ad", c.end, c.end + 130) >= 0 \
        or folded.find("more", c.end, c.end + 130) >= 0 or folded.find("extra", c.end, c.end + 130) >= 0 else None
    if more and not _is_cue(more, hits) and not any(more.end() <= a and len(WORD.findall(folded, more.end(), a)) <= 3
                                                    for a, _ in others):
        return f"a part that more are added to ('{' '.join(scan.text[c.start:more.end()].split())}')"
    new = _NEW_AFTER.match(folded, c.end)
    if new and not _is_cue(new, hits):
        return f"new ones, added to a figure given before ('{folded[c.start:new.end()]}')"
    since = _SINCE_DAY_OPENS.match(folded, s0, c.start)
    if since and not STRONG_BREAK.search(folded, since.end(), c.start) and not RISEN_TO.search(
            folded, max(s0, c.start - 30), c.start) and not TOTAL_LEVEL.search(folded, max(s0, c.start - 60), c.start):
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
                                   for w in words) and not overlaps(m.start("what"), m.end("what"), hits)


def among_some(scan: Scan, c: Candidate, hits, s0: int, s1: int, others=()) -> str:
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
                                    and AUX_OR_MODAL.isdisjoint(WORD.findall(folded, c.end, a)) for a, _ in hits)
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


def bracketed_part(folded: str, c: Candidate, s0: int) -> str:
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


# What is left of a group: 'the remaining 12 missionaries', 'los últimos 12 misioneros', 'os 12 reféns restantes'.
_REST_BEFORE = rx.compile(r"\b(?:the\s+(?:remaining|last|final)|(?:los|las|os|as)\s+(?:ultim[oa]s|restantes))\s+\Z")
_REMAINING = r"remaining|restantes|remanescentes"
_REST_AFTER = rx.compile(r"(?:\s+[^\W\d_]+)?\s+(?:" + _REMAINING + r")\b")
# What is left of a span: '40 hours of oxygen left', 'with 40 hours remaining', '24 horas restantes de oxigênio'.
_LEFT_AFTER = rx.compile(r"(?:\s+of\s+[^\W\d_]+(?:\s+[^\W\d_]+)?|\s+[^\W\d_]+)?\s+(?:left|to\s+spare|" + _REMAINING + r")\b")


def rest_of_group(folded: str, cands: dict[tuple[int, int], Candidate], spans: bool = False) -> dict[tuple[int, int], str]:
    """Figures that count the rest of a group ('the other six deceased', 'los otros tres ejecutivos despedidos', 'the
    remaining 12 missionaries kidnapped in October', 'los últimos 12 misioneros') where the article gives a larger one:
    the whole they are the rest of. Alone, or larger than every other, the rest may be all the cue names ('she shot the
    other three'). With spans, the spans of time left of a larger one ('around 40 hours of oxygen left' where the
    article gives the 96 hours it set off with)."""
    found = {}
    for key, c in cands.items():
        if spans:
            m = _LEFT_AFTER.match(folded, c.end)
        elif not ((m := _ADDED_BEFORE.search(folded, max(0, c.start - 16), c.start)) and m.group("the")):
            m = _REST_BEFORE.search(folded, max(0, c.start - 16), c.start) or _REST_AFTER.match(folded, c.end)
        if m is None:
            continue
        if spans and any(o.value.seconds > (c.value.seconds if c.value.most is None else c.value.most)
                         for k, o in cands.items() if k != key):
            found[key] = f"what is left of a span ('{folded[c.start:m.end()]}'), and the article gives the whole"
        elif not spans and any(o.value.lo > c.value.hi for k, o in cands.items() if k != key):
            found[key] = f"the rest of a group ('{folded[min(m.start(), c.start):max(m.end(), c.end)]}'), and the article " \
                "gives the whole"
    return found


# A sentence that opens with where its figures are: 'In Turkey, at least 2,921 died', 'Na Síria, segundo a Al
# Jazeera, 1.444 morreram'. Read on the text as written: a place is capitalised ('In total,' is not one).
CAPITAL = "[A-ZÀ-ÖØ-Þ]"  # 'Ángeles', 'Óbidos'
NAME = rf"(?:{CAPITAL}[\w'’.-]*[^\S\n]+){{0,3}}{CAPITAL}[\w'’.-]*"  # a capitalised name of up to four words, on one line
# ... or a phrase in lower case of up to five words that no conjunction nor name breaks ('a tie for second with' of 'a
# tie for second with Mickelson'), a place only where a fact's about: list names it ('in the border zone', 'en la zona
# libre de la frontera norte'): see _placed_in.
_PHRASE = r"[a-zà-ÿ][\w'’-]*(?:[^\S\n]+(?!(?:and|or|but|while|y|o|e|ou|pero|mas)\b)[a-zà-ÿ][\w'’-]*){0,4}"
_PLACE = rf"(?:{NAME}|{_PHRASE})"
_FRONTED_FORM = r"\W*(?i:(?:and|but|y|e|pero|mas)\s+)?(?i:in|inside|across|na|no|nas|nos|em|en)\s+@ARTICLE@(@PLACE@),"
# ... for what a fact is about, past an article too: 'In the Northern Border Free Zone, the increase will be 5%'
_ABOUT_FRONTED = rx.compile(_FRONTED_FORM.replace("@ARTICLE@", r"(?:(?i:the|el|la|los|las|o|a|os|as)\s+)?")
                            .replace("@PLACE@", _PLACE))
_PLACE_FRONTED = rx.compile(_FRONTED_FORM.replace("@ARTICLE@", "").replace("@PLACE@", NAME))
# its subject, past an appositive: 'Delta Air Lines, one of the most affected carriers, reported over 600 cancellations'
_PLACE_SUBJECT = rx.compile(r"\W*(?i:(?:and|but|y|e|pero|mas)\s+)?(" + NAME + r")(?:,[^\S\n]+[a-z][^,;:()\n]{0,60},)?"
                            r"[^\S\n]+(?=[a-z])")
# Where a head count is placed, right after it and its noun or verb, in its clause: '30 deaths have been confirmed in
# Haiti', 'tres en Haití', '25 no Haiti' (read on the text as written: a place is capitalised); or what it is put down
# to: '11 attributed to the Eaton fire', 'cinco foram associadas ao incêndio em Palisades' (not 'from', which may open
# a stretch: 'protested from New York to Los Angeles').
_PLACED_FORM = (r"(?:[^\S\n]+[\w'’-]+){0,4}?[^\S\n]+(?i:in|en|em|no|na|across|throughout|"
                r"(?:attributed|linked|connected|tied|related|due)[^\S\n]+to|atribuid[oa]s?[^\S\n]+a[ls]?|"
                r"vinculad[oa]s?[^\S\n]+a[ls]?|associad[oa]s?[^\S\n]+a[os]?@ALONG@)[^\S\n]+"
                r"(?:(?i:the|el|la|o|a)[^\S\n]+)?(?:(?i:village|town|city|district|province|locality|localidad|"
                r"localidade|ciudad|cidade|pueblo|aldea|vila|aldeia)[^\S\n]+(?i:of|de|do|da|del)[^\S\n]+)?"
                r"(?P<place>@PLACE@)")  # and 'in the village of Boulapé'
_PLACED_IN = rx.compile(_PLACED_FORM.replace("@ALONG@", "").replace("@PLACE@", NAME))
# ... and for what a fact is about, a phrase in lower case too, or along it: 'and 5% in the border zone', '$470.46 pesos
# along the northern border'
_PLACED_IN_ABOUT = rx.compile(_PLACED_FORM.replace("@ALONG@", "|along").replace("@PLACE@", _PLACE))
# ... or the place a measure is given for, right before it: 'a new record for Scotland of 34.8C', 'el récord para
# Escocia es de 34,8 grados', 'records were verified for Wales, with 37.1C'.
_FOR_PLACE = rx.compile(r"(?i:for|para)[^\S\n]+(?:(?i:the|el|la|o|a)[^\S\n]+)?(?P<place>" + NAME + r")(?:[^\S\n]+"
                        r"(?i:of|de|was|is|were|era|es|fue|foi|at)|,[^\S\n]*(?i:with|con|com))[^\S\n]+(?:(?i:de)[^\S\n]+)?\Z")
_CLAUSE_TURN = rx.compile(r";|\b(?:while|whereas|mientras|enquanto)\b")  # where a fronted place's clause ends
# Or the place that gives the figure, as the subject of a verb of reporting right before it: 'while Thailand reported 10
# fatalities', 'y Tailandia confirmó 10 muertos', 'enquanto a Tailândia registrou 10 mortes'; and the figure joined to
# the one right after it ('Thailand reported 10 fatalities and 101 missing').
_REPORTED = r"(?:reported|reports|confirmed|confirms|recorded|records|registered|counted|counts|report[oó]|confirm[oó]|" \
            r"registr[oó]|contabiliz[oó]|reportou|confirmou|registrou|contabilizou|relatou)"
_PLACE_REPORTS = rx.compile(r"(?P<place>" + NAME + r")[^\S\n]+(?:(?i:has|have|had|ha|han)[^\S\n]+)?(?i:"
                            + _REPORTED + r")[^\S\n]+(?:[\d.,]*\d[^\S\n]+(?:[^\W\d_]+[^\S\n]+){1,2}"
                            r"(?i:and|y|e)[^\S\n]+)?\Z")


# Where a whole is broken down into parts right after it: 'confirmed 25 deaths connected to the two fires, including 16
# lives lost in the Eaton Fire', 'up to 24 people, with 16 deaths attributed to the Eaton fire', 'asciende a 25, siendo
# el incendio Eaton el más letal con 17'.
_BREAKS_DOWN = (*INCLUDING, "incluyendo", "with", "of whom", "of which", "con", "de los cuales", "siendo", "com", "dos quais",
                "sendo")
_BREAKDOWN = rx.compile(r"[^;:.!?()\n\d]{0,80}?(?:,[^\S\n]*|[^\S\n]+)(?i:"
                        + alternation(_BREAKS_DOWN).replace(r"\s+", r"[^\S\n]+") + r")[^\S\n]+[^;:.!?()\n]{0,60}?"
                        r"(?<![\w.,])(?i:" + A_FIGURE + r")\b")


_RIGHT_AFTER = rx.compile(r"\s*(?:(?:the|el|la|o|a)\s+)?")  # past an article only


def placed_elsewhere(scan: Scan, c: Candidate, s0: int, about, others, clause: bool = False) -> str:
    """Why a head count (or a measure) of a fact about one place is another's: it is placed, in its clause, in what
    another fact of the rule file is about and this one is not ('at least 30 deaths have been confirmed in Haiti' for a
    fact about Jamaica, when another is about Haiti; 'while Haiti reported 30 deaths'; 'a new record for Scotland of
    34.8C' for a country's record), or in both, joined ('24 people dead in Palisades and Eaton fires': the two together,
    neither's), or broken down right after it into parts placed in what the facts are about ('25 deaths connected to the
    two fires, including 16 lives lost in the Eaton Fire': the whole of them). A place within the one heading the clause
    ('En Nueva York, ... 100.000 manifestantes en Times Square') leaves that one to tell. With `clause` (shares and
    amounts), a place named before it in its clause places it too (see _named_before). '' when it is not."""
    if about is not None and (down := _BREAKDOWN.match(scan.text, c.end)) is not None:
        rest = scan.folded[down.start():scan.sentence_at(c.start)[1]]
        if about.search(rest) and any(o.search(rest) for o in others):
            return f"a whole broken down by place after it ('{' '.join(scan.text[c.start:down.end()].split())}...')"
    m = _PLACED_IN_ABOUT.match(scan.text, c.end)
    if m is not None:
        why = _placed_in(scan, scan.text[c.start:m.end()], m.span("place"), about, others)
        if why and about is not None and (own := about.search(scan.folded, m.end(), m.end() + 30)) is not None \
                and _RIGHT_AFTER.fullmatch(scan.folded, m.end(), own.start()) and (
                scan.folded[m.start("place"):m.end()].endswith((" en", " in", " em", " no", " na"))):
            return ""  # '15,800 heridos en ataques israelíes en Líbano': what the other names describes a noun, and
            # the place right after is its own
        if why or about is not None and about.search(scan.folded, *m.span("place")):
            return why  # another's, or its own
    if (m := _PLACE_REPORTS.search(scan.text, max(s0, c.start - 60), c.start)) is not None:
        return _placed_in(scan, scan.text[m.start("place"):c.end], m.span("place"), about, others)
    if (m := _FOR_PLACE.search(scan.text, max(s0, c.start - 60), c.start)) is not None:
        return _placed_in(scan, scan.text[m.start("place"):c.end], m.span("place"), about, others)
    # ... or in the place that opens its sentence, in the clause that place heads: 'In Haiti, 25 died'; for a fact about
    # no place, also the place that is the sentence's subject: 'Scotland also saw a new record, with 34.8C' (facts each
    # about a place weigh a subject against the others they name: see held_by_another)
    m = _ABOUT_FRONTED.match(scan.text, s0) or (_PLACE_SUBJECT.match(scan.text, s0) if about is None else None)
    if m is not None and m.end() <= c.start and not _CLAUSE_TURN.search(scan.folded, m.end(), c.start):
        why = _placed_in(scan, scan.text[m.start(1):c.end], m.span(1), about, others)
        if why or not clause:
            return why
    return _named_before(scan, c, s0, about, others) if clause else ""


# What parts a sentence into clauses each of which may be said of a place of its own: a word of contrast ('13% en la
# mayor parte del país, ..., mientras que en la Zona Libre de la Frontera Norte el aumento será del 5%'). A semicolon
# does not: what the clause before it names, the one after it goes on with ('la Zona Libre de la Frontera Norte sólo
# tendrá un incremento de 5%; y se eliminará el MIR, por lo que el salario pasará de 419 pesos a 440.87 pesos').
_CLAUSE_PARTS = rx.compile(r"\b(?:" + alternation(WHILE) + r")\b")


def _clause_start(scan: Scan, s0: int, pos: int) -> int:
    """Where the clause that holds pos, in the sentence that starts at s0, starts (see _CLAUSE_PARTS)."""
    start = s0
    for m in _CLAUSE_PARTS.finditer(scan.folded, s0, pos):
        start = m.end()
    return start


def _clause(scan: Scan, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    """The clause of the sentence [s0, s1) that holds [start, end) (see _CLAUSE_PARTS)."""
    m = _CLAUSE_PARTS.search(scan.folded, end, s1)
    return _clause_start(scan, s0, start), s1 if m is None else m.start()


def _named_before(scan: Scan, c: Candidate, s0: int, about, others) -> str:
    """Why a share or an amount is placed in what another fact is about named before it in its clause: the subject
    of the clause, or a phrase it opens on ('with the Northern Border Zone set at 440.87 pesos following a 5% rise',
    'Border Free Zone to Get 5% Increase', 'mientras que la zona fronteriza tendrá un aumento del 5 por ciento'). ''
    when it is not."""
    a, last = _clause_start(scan, s0, c.start), None
    for o in others:
        for m in o.finditer(scan.folded, a, c.start):
            if last is None or m.start() > last[0]:
                last = m.span()
    return "" if last is None else _placed_in(scan, scan.text[last[0]:c.end], last, about, others)


# A clause of contrast that opens on a place: 'mientras que en el resto de la República', 'while in the rest of the
# country' (its words up to the place's first).
_ELSEWHERE_OPENS = rx.compile(r"(?:\s+que)?,?\s+(?:in|en|em|na|no|nos|nas)\s+(?:(?:the|el|la|los|las|o|a|os|as)\s+)?\w+")


def clause_unnamed(scan: Scan, about, s0: int, s1: int, c: Candidate, cands: list[Candidate]) -> str:
    """Why a share or an amount is not said of what a fact is about, though its sentence names it after it: in a later
    clause (see _CLAUSE_PARTS: 'El salario mínimo general aumentará 13%, mientras que en la Zona Libre de la Frontera
    Norte el incremento será de 5%' for the border's rise), or in its own past another value of its kind, which the
    naming heads ('315.04 pesos after a 13% increase, with the Northern Border Zone set at 440.87 pesos following a 5%
    rise', 'Minimum Wage to Rise 13% in 2026; Border Free Zone to Get 5% Increase': the 13% is not the border's), unless
    it is placed in it right after ('$312.25 pesos per day in most of the country and $470.46 pesos along the northern
    border'). What a sentence names before a value, the clauses after go on with ('The Eaton fire remained the same
    size, while the containment estimate jumped from 15 to 27%'). '' when it is."""
    a, b = _clause(scan, s0, s1, c.start, c.end)
    if about.search(scan.folded, s0, c.start):
        if a == s0 or about.search(scan.folded, a, c.start) or not (m := _ELSEWHERE_OPENS.match(scan.folded, a)):
            return ""
        # ... but not one whose clause opens on a place of its own ('mientras que en el resto de la República se
        # fijará en 315.04 pesos diarios')
        return f"placed by a clause of contrast elsewhere ('{' '.join(scan.text[a:m.end()].split())}')"
    named = about.search(scan.folded, c.end, s1)
    if named is None:
        return ""
    if named.start() >= b:
        return f"in a clause before the one that names what the fact is about " \
               f"('{' '.join(scan.text[c.start:named.end()].split())}')"
    placed = _PLACED_IN_ABOUT.match(scan.text, c.end)
    if placed is not None and about.search(scan.folded, *placed.span("place")) or \
            not any(o is not c and c.end <= o.start < b for o in cands):
        return ""
    return f"before a value of its kind that what the fact is about, named after them, heads " \
           f"('{' '.join(scan.text[c.start:named.end()].split())}')"


# A clause of contrast that places what it says in a place of its own: 'In Mazatlán, totality will last 4 minutes and 25
# seconds, while in the town of Pitarrilla, ..., it will last 4 minutes and 28 seconds', 'mientras que en Durango',
# 'enquanto em Torreón'. It runs to the end of the sentence, or to a semicolon.
_CONTRAST_PLACE = rx.compile(r"\b(?i:" + alternation(WHILE) + r")[^\S\n]+"
                             r"(?i:in|en|em|at|no|na)[^\S\n]+(?:(?i:the|el|la|o|a)[^\S\n]+(?i:town|city|village|state|"
                             r"port|province|ciudad|localidad|poblado|pueblo|municipio|estado|puerto|provincia|cidade|"
                             r"munic[ií]pio|vila|porto)[^\S\n]+(?i:of|de|do|da)[^\S\n]+)?(?P<place>" + NAME + ")")


def contrast_elsewhere(about, scan: Scan, s0: int, s1: int) -> tuple[int, int, str] | None:
    """A clause of contrast in [s0, s1) placed in a place that what the fact is about is not, with that named before
    it: where it starts and ends, and its words up to the place; None when there is none."""
    m = _CONTRAST_PLACE.search(scan.text, s0, s1) if holds_any(scan, "contrasts", CONTRAST_WORDS) else None
    if m is None or about.search(scan.folded, *m.span("place")) or not about.search(scan.folded, s0, m.start()):
        return None
    end = scan.text.find(";", m.end(), s1)
    return m.start(), s1 if end < 0 else end, " ".join(scan.text[m.start():m.end()].split())


def _placed_in(scan: Scan, said: str, at: tuple[int, int], about, others) -> str:
    """Why a head count placed in the name at [at) is another fact's (see placed_elsewhere), or ''."""
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
_ALONE_PLACE = rf"(?:(?P<name>{NAME})[^\S\n]+(?i:alone)\b|\b(?i:s[oó]lo|s[oó]|somente|apenas)[^\S\n]+(?i:in|en|em|na|no)" \
               rf"[^\S\n]+(?P<name2>{NAME}))"
_ALONE_BEFORE = rx.compile(_ALONE_PLACE + r"[^;:.!?()\n]*\Z")
_ALONE_AFTER = rx.compile(r"[^,;:.!?()\n]{0,60}?\b(?:(?i:in|en|em|na|no)[^\S\n]+)?" + _ALONE_PLACE)


def says_alone(scan: Scan, s0: int, s1: int) -> bool:
    """Whether the sentence [s0, s1) has a word of one place alone, by plain string search once an article."""
    at = scan.memo.get("alone")
    if at is None:
        at = scan.memo["alone"] = sorted(occurrences(scan.folded, ("alone", "solo", "so ", "somente", "apenas")))
    return bool(at) and bisect_left(at, s0) != bisect_left(at, s1) and _ALONE_WORDS.search(scan.text, s0, s1) is not None


def part_alone(scan: Scan, c: Candidate, s0: int, s1: int, about) -> str:
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
_JOINED_NAME = rx.compile(r"(?:[^\S\n]*,[^\S\n]*" + NAME + r")*[^\S\n]+(?i:and|y|e|&)[^\S\n]+(?:(?i:the|el|la|o|a)[^\S\n]+)?"
                          + NAME)

# A part of a country or a state by its kind ('St. Lucie County', 'el condado de St. Lucie', 'a província de Huelva'):
# a figure placed there is a part of a larger toll.
_AREA_KINDS = "county condado province provincia municipality municipio district distrito department departamento parish " \
              "prefecture prefectura prefeitura".split()
_AREA_WORDS = r"(?i:" + "|".join(_AREA_KINDS) + ")"
_AREA = rf"(?:(?P<area>{_AREA_WORDS}[^\S\n]+(?i:of|de|do|da|del)[^\S\n]+{NAME})|(?P<named>{NAME}[^\S\n]+(?:County|" \
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


def parts_by_place(scan: Scan, cands: dict[tuple[int, int], tuple[Candidate, int]]) -> dict[tuple[int, int], str]:
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
    if holds_any(scan, "areas", _AREA_KINDS):  # most articles name no county or province
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


_INSTALMENT = rx.compile(r"\b(?:" + alternation(INSTALMENT) + r")\b")
_FIGURE = rx.compile(r"\d|[,;:]")  # a figure or a clause's end between a word and a value: the word is not the value's


def instalment(scan: Scan, c: Candidate, s0: int, s1: int) -> str:
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


# 'another', 'a further', 'otro', 'outro' right before a share: a change on top of one given before.
_FURTHER_BEFORE = rx.compile(r"\b(?:another|a[^\S\n]+further|(?:un[^\S\n]+)?otro|outros?)[^\S\n]+\Z")


def further_change(folded: str, c: Candidate) -> str:
    """Why a share is a change on top of one the article gives before ('tumbled 60% on Thursday and had plunged another
    70% on Friday', 'cayeron otro 20%'), or '': it is no change of the fact's but a later one; it gives way."""
    m = _FURTHER_BEFORE.search(folded, max(0, c.start - 20), c.start)
    return "" if m is None else f"a further change ('{folded[m.start():c.end]}') on top of one given before"


_GIVEN_BEFORE = rx.compile(r"\b(?:(?:" + alternation(HAD) + r")\s+(?:[a-z]+\s+)?(?:" + alternation(GIVEN) + r")|(?:"
                           + alternation(WENT_AS_FAR) + r")\s+(?:" + alternation(GIVE_INFINITIVES) + r"))\b[^;:]*\Z")
_GIVEN_WORDS = tuple({w.split()[0] for w in (*HAD, *WENT_AS_FAR)})  # a quick test before the search


def given_before(folded: str, c: Candidate, s0: int, running: bool = False) -> str:
    """Why a figure was given before the time the article tells of: a verb of giving it in the pluperfect, or after
    'chegar a', before it in its sentence ('emergency services earlier had put the toll at 17', 'a Proteção Civil havia
    divulgado um número maior, contabilizando 17 óbitos', 'chegaram a divulgar 17 mortes'); of a running total (a count
    with ordinals), any verb of its clause in the pluperfect ('México había ganado el certamen Miss Universo en tres
    ocasiones'). It gives way to the article's others. '' when it was not."""
    lo = max(s0, c.start - 80)
    if not any(folded.find(w, lo, c.start) >= 0 for w in _GIVEN_WORDS):
        return ""
    if m := _GIVEN_BEFORE.search(folded, lo, c.start):
        return f"given before, since replaced ('{folded[m.start():c.end]}'), and the article gives another"
    m = _HAD_DONE.search(folded, lo, c.start) if running else None
    return f"a total before the time told of ('{folded[m.start():c.end]}'), and the article gives another" if m else ""


# A verb in the pluperfect before a figure in its clause: 'Mexico had won the title three times', 'México había ganado
# el certamen en tres ocasiones', 'o México havia vencido três vezes'.
_HAD_DONE = rx.compile(r"\b(?:" + alternation(HAD) + r")\s+(?:[a-z]+\s+)?[a-z]{3,}(?:ed|en|on|ado|ido)\b[^;:,.]*\Z")


# A verb that sets the count anew, the fact's cue among the words between it and the figure (see REVISE_VERBS).
_REVISED_TO = rx.compile(r"\b(?:" + alternation(REVISE_VERBS) + r")\s+(?P<what>(?:[^\W\d_]+\s+){1,6}?)"
                         r"(?:(?:up|down)\s+)?(?:to|a|al|para|en|em)\s+\Z")


def revised_later(scan: Scan, cands: dict[tuple[int, int], Candidate], hits) -> dict[tuple[int, int], str]:
    """The figures of a count that come before the article sets it anew ('15 pessoas morreram e 23 ficaram feridas.
    Duas delas não resistiram, elevando o número de mortos para 17 e reduzindo o de feridos a 21'): each that differs
    from the last one set was given before, and gives way to it (key -> why)."""
    last = None
    for c in cands.values():
        m = _REVISED_TO.search(scan.folded, max(0, c.start - 70), c.start)
        if m and any(m.start("what") <= a < m.end("what") for a, _ in hits) and (last is None or c.start > last[0].start):
            last = (c, m)
    if last is None:
        return {}
    c, m = last
    why = f"given before the article sets it anew ('{' '.join(scan.text[m.start():c.end].split())}')"
    return {key: why for key, o in cands.items() if o.end <= m.start() and o.value != c.value}


_WITH_ONE = rx.compile(r"\b(?:with|con|com)\s+(?:one|uno|una|um|uma)\Z")
# ... or set off by a comma, what was done to that one following ('the arrests took place on Saturday, with one
# suspect detained at the airport'): one of those the clause before tells of.
_WITH_ONE_DONE = rx.compile(r"(?:\s+[a-z]+)?\s+[a-z]{3,}(?:ed|ado|ada|ido|ida)\b")


def one_of_them(folded: str, cands: dict[tuple[int, int], tuple[Candidate, int]]) -> dict[tuple[int, int], str]:
    """'one' with no noun after 'with' a larger figure in its sentence is one of that group ('two suspects arrested,
    with one taken into custody at the airport', 'dos detenidos, con uno de ellos en el aeropuerto'), or one set off
    by a comma, what was done to it following ('the arrests took place on Saturday, with one suspect detained'): a part."""
    found = {}
    for key, (c, s0) in cands.items():
        if c.value.hi == 1 and (one := _WITH_ONE.search(folded, max(s0, c.start - 6), c.end)) is not None and (any(
                o.value.lo > 1 and s0 <= o.start < c.start for o, _ in cands.values())
                or folded[:one.start()].rstrip().endswith(",") and _WITH_ONE_DONE.match(folded, c.end)):
            found[key] = f"one of a group counted before it ('{folded[one.start():c.end]}'), a part"
    return found


def parts_by_role(scan: Scan, cands: dict[tuple[int, int], Candidate], spec) -> dict[tuple[int, int], str]:
    """The figures of a count that name a kind of person ('los dos conductores murieron', '19 players died') below one
    that names none ('36 personas murieron', 'the toll rose to 36'): each is a part, which gives way to the whole. Not
    when the rule's units name that kind, or the phrase of it ('323 Egyptian pilgrims' for Egyptians)."""
    roles, whole = {}, 0.0
    for key, c in cands.items():
        counted = counted_words(scan, c.end)[1]
        noun = next((w for w in counted.split() if w in PERSON_NOUNS), "")
        if noun and not (spec.units and spec.units.search(counted)):
            roles[key] = (c, noun)
        else:
            whole = max(whole, c.value.lo)
    return {key: f"a part of the count ('{scan.text[c.start:c.end]} {noun}'), and the article gives a whole one"
            for key, (c, noun) in roles.items() if _least(c.value) < whole}


def parts_by_group(folded: str, cands: dict[tuple[int, int], Candidate], others: list[tuple[int, int]],
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
            if i > (2 if copula else 1) or word in PAST_NOUN or word[0].isdigit() or word in ALL_NUMBER_WORDS:
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


# A part and the whole it is taken from, both figures: '50 of the roughly 240', 'pelo menos 50 dos cerca de 240', '30
# de sus 240', '150 de entre los alrededor de 240', '85 out of 89'. The whole opens right after the partitive, with its
# hedge.
_OF_WHOLE = rx.compile(r"\s(?:(?:out\s+)?of|de|dos|das)\s+(?:(?:the|those|its|their|los|las|sus|entre\s+los|entre\s+las|os|as|"
                       r"seus|suas)\s+)?(?=(?:(?:" + HEDGE_WORDS + r")\s+)?\d)")
_PART_END = rx.compile(r"(?<![\w.,])(?:\d[\d.,]*|[a-z]+)\Z")


# The predicate of a part as the subject of its clause, right after the whole's noun: 'only 122 of the 198 countries had
# done so', 'solo 122 de los 198 países lo habían hecho', '122 of the 198 countries submitted plans' (not a participle on
# the whole's noun that a verb of the clause follows: 'Five of the 12 hostages freed were children').
_PREDICATE_WORDS = AUX_OR_MODAL | frozenset("habian habia hubo tinham tinha haviam havia lo la los las se le les ja already "
                                            "only solo so apenas".split())
_SUBJECTS = RELATIVE | frozenset("it they he she we you i ellos ellas eles elas nos".split())
_FINITE_PAST = rx.compile(r"[a-z]{3,}(?:aron|ieron|aram|eram|iram)\Z")
_NOUN_WORDS = rx.compile(r"(?:\s+[^\W\d_]+){1,3}?\s+\Z")


def part_is_subject(folded: str, whole_end: int, cue_start: int, cue_end: int, s1: int) -> bool:
    """Whether a cue after a part of a whole and the whole's noun is the part's predicate: the part did it."""
    words = WORD.findall(folded, whole_end, cue_start)
    at = next((i for i, w in enumerate(words) if w in _PREDICATE_WORDS), None)
    if at is None:  # the cue itself opens the predicate: 'had done so', a verb in the past with no verb of its own after
        cue = folded[cue_start:cue_end].split()
        first = cue[0] if cue else ""
        if not words or len(words) > 3 or not _NOUN_WORDS.fullmatch(folded, whole_end, cue_start):
            return False
        if first in _PREDICATE_WORDS or _FINITE_PAST.match(first):
            return True
        after = WORD.findall(folded, cue_end, min(s1, cue_end + 40))[:4]
        return first.endswith("ed") and not any(w in PASSIVE or w in ("had", "have", "has") for w in after)
    return 1 <= at <= 3 and len(words) - at <= 3 and _SUBJECTS.isdisjoint(words[:at]) \
        and not CLAUSE_BREAK.search(folded, whole_end, cue_start)  # not a clause on the whole: 'hostages it is holding'


def parts_and_wholes(scan: Scan, s0: int, s1: int) -> list[tuple[int, int]]:
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


def whole_of_part(folded: str, c: Candidate, parts: list[tuple[int, int]], cue_start: int) -> str:
    """Why a figure before 'of them', 'including' or 'entre os quais' is not what a cue after it counts: the cue
    counts a part of the figure's group ('about 20 injured, five of them seriously': 20 is not the serious).
    Not when the part is set off before the cue ('32 people, including 20 soldiers, were killed')."""
    for a, b in parts:
        if c.end <= a and folded[c.end:a].strip() and not CLAUSE_BREAK.search(folded, b, cue_start):
            return f"the whole of a part the cue counts ('{folded[a:b]}')"
    return ""


def describes(folded: str, cue_start: int, cue_end: int) -> str:
    """Why a cue names no event here: a participle between an article and its noun ('the collapsed
    building', 'a partially collapsed condominium') describes a thing; '' when it does not."""
    noun = _NOUN_NEXT.match(folded, cue_end) if folded.endswith("ed", cue_start, cue_end) else None
    if noun is None or _ARTICLE_BEFORE.search(folded, max(0, cue_start - 30), cue_start) is None:
        return ""
    return f"the cue describes a thing here ('{folded[cue_start:cue_end]} {noun.group(1)}'), not when something happened"


# A cue that names an event as a point of reference for another: 'arrested after the crash', 'tras el choque', 'following
# his conviction', 'the victims of the collision', 'das vítimas do maior acidente' (not 'the night of the crash', 'one of the
# worst crashes', 'a delegação da Chapecoense caiu': see reference_to); or as its cause: 'arrested on Thursday over the
# fire', 'in connection with the fire', 'três dias de luto pelo incêndio' (not after a participle, whose agent it is:
# 'consumidas na quarta-feira pelo incêndio'). Nor one ranked among several: 'el primero de los siete estallidos'.
_RANKED = REFERENCE_NOT + SUPERLATIVES + tuple("""second third last latest segundo segunda tercer tercero tercera terceiro
    terceira ultimo ultima""".split())
_REFERENCE_TO = rx.compile(
    r"\b(?:(?:after|following|since|before|over|due\s+to|in\s+connection\s+with|in\s+the\s+wake\s+of|tras|despues\s+de|"
    r"antes\s+de|desde|apos|depois\s+de)\s+(?:the|an?|el|la|los|las|o|a|os|as|" + alternation(POSSESSIVES) + r")"
    r"|despues\s+del|antes\s+del|depois\s+d[oa]s?|antes\s+d[oa]s?)\s+"
    r"(?:[\w'.-]+\s+){0,2}\Z"
    r"|(?<!ad[oa]\s)(?<!id[oa]\s)(?<!ad[oa]s\s)(?<!id[oa]s\s)\b(?:pel[oa]s?|por\s+(?:el|la|los|las))\s+(?:[\w'.-]+\s+){0,2}\Z"
    r"|\b(?!(?:" + alternation(_RANKED) + r")\s)(?P<head>[a-z]{3,})\s+"
    r"(?:of\s+(?:the|an?)|del|de\s+(?:la|los|las)|do|da|dos|das)\s+"
    r"(?P<between>[\w'.-]+\s+)?\Z")


def reference_to(scan: Scan, s0: int, cue_start: int, cue_end: int) -> re.Match[str] | None:
    """The phrase that names the cue's event as a point of reference for another, or None; a name between the noun's
    preposition and the cue is the subject of a clause the cue is the verb of ('a delegação da Chapecoense caiu'), and
    so is any word before a cue in the past that is no participle ('la ventanilla de emergencia del avión explotó')."""
    m = _REFERENCE_TO.search(scan.folded, max(s0, cue_start - 40), cue_start)
    if m is None or not m.group("between"):
        return m
    last = WORD.findall(scan.text, cue_start, cue_end)[-1:]
    if scan.text[m.start("between")].isupper() or (last and past_form(last[0]) and not fold(last[0]).endswith(
            PARTICIPLE_ENDINGS)):
        return None
    return m


# A total a figure brings the count to, after the cue in its sentence: the whole, which an increment nearer the cue
# ('Two people died on Monday', 'com mais duas mortes') gives way to. Not a total for a period ('this year's toll').
TOTAL_LEVEL = rx.compile(r"\b(?:" + alternation(LEVEL_NOUNS) + r")(?:\s+(?!(?:"
                         + alternation(PERIOD_NOUNS) + r")\b)[a-z]+){0,4}?\s+(?:to|a|para|at|em|en)\s*\Z")
