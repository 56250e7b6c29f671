"""Entity and place kinds: sets of ids named by aliases; places may lie inside other places."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import rx
from ..models import Article, Relation
from ..text import UPPER, WORD, Scan, alternation, fold
from . import Candidate, Kind

FUZZY_CUTOFF = 90  # rapidfuzz ratio for a misspelt or variant name to count as an alias
_FUNCTION_WORDS = frozenset("the a an his her its their of la el los las su sus sua seu o os as de del da do".split())
# '(?<!\w.)' after the capital is '\b' before it: an expression that opens with a class is faster.
_CAPITALISED = rx.compile(rf"[{UPPER}](?<!\w.)[\w'-]+(?:\s+(?:de\s+|da\s+|del\s+)?[{UPPER}][\w'-]+){{0,2}}")


@dataclass(frozen=True, slots=True)
class EntitySpec:
    pattern: re.Pattern[str]
    by_alias: dict[str, str]
    labels: dict[str, str]
    parents: dict[str, tuple[str, ...]] = field(default_factory=dict)  # place -> the places it lies in
    keywords: frozenset[str] = frozenset()  # the telling words of the aliases: one must be in a sentence
    initials: frozenset[str] = frozenset()  # letters a name can start with to be a variant of an alias
    fuzzy_memo: dict[str, tuple[str, float] | None] = field(default_factory=dict, compare=False)
    acronyms: re.Pattern[str] | None = None  # 'US', 'LA', 'UN': matched as written, or 'us' and 'la' would be


def _key(alias: str) -> str:
    return " ".join(fold(alias).split())


def compile_entities(options: dict[str, Any], error, key: str = "entities") -> EntitySpec:
    table = options.get(key)
    if not isinstance(table, dict) or not table:
        raise error("expected a mapping of ids to aliases, such as {maduro: [Nicolás Maduro, Maduro]}", key=key)
    by_alias: dict[str, str] = {}
    written: dict[str, str] = {}  # aliases as the rule writes them
    labels: dict[str, str] = {}
    parents: dict[str, tuple[str, ...]] = {}
    for ident, entry in table.items():
        if isinstance(entry, list):
            aliases, label, within = entry, None, None
        elif isinstance(entry, dict):
            unknown = set(entry) - {"aliases", "label", "within"}
            if unknown:
                raise error(f"unknown key '{sorted(unknown)[0]}' for '{ident}'; expected aliases, label or within", key=key)
            aliases, label, within = entry.get("aliases") or [], entry.get("label"), entry.get("within")
        else:
            raise error(f"'{ident}' should list its aliases", key=key)
        if not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
            raise error(f"'{ident}' needs at least one alias, each a non-empty string", key=key)
        labels[str(ident)] = str(label or aliases[0])
        for alias in aliases:
            by_alias.setdefault(_key(alias), str(ident))
            written.setdefault(alias.strip(), str(ident))
        if within is not None:
            inside = within if isinstance(within, list) else [within]
            if not inside or not all(isinstance(w, (str, int)) and not isinstance(w, bool) for w in inside):
                raise error(f"'{ident}': within takes a place id or a list of them, such as within: [texas, united_states]",
                            key=key)
            parents[str(ident)] = tuple(str(w) for w in inside)
    for child, inside in parents.items():
        for parent in inside:
            if parent not in labels:
                raise error(f"'{child}' is within '{parent}', which is not defined", key=key)
    short = sorted({a for a in written if _is_acronym(a)}, key=len, reverse=True)
    spelled = {_key(a) for a in written if not _is_acronym(a)}
    for a in short:
        if _key(a) not in spelled:  # 'US' alone stands for the acronym; 'Us' written too keeps the word
            by_alias.pop(_key(a), None)
        by_alias[a] = written[a]
    alts = [a for a in by_alias if a not in short]
    pattern = rx.compile(r"(?<!\w)(?:" + alternation(alts) + r")(?!\w)"
                         if alts else r"(?!)")
    acronyms = rx.compile(r"(?<!\w)(?:" + alternation(short) + r")(?!\w)") if short else None
    keywords = frozenset(w for a in by_alias for w in WORD.findall(fold(a)) if w not in _FUNCTION_WORDS)
    # First letters as a capitalised name may write them ('M', 'Á'), so a name is tested without folding.
    firsts = {fold(a[0]) for a in by_alias if a not in short}
    initials = frozenset(ch for ch in map(chr, range(0x41, 0x250)) if fold(ch) in firsts)
    return EntitySpec(pattern, by_alias, labels, parents, keywords, initials, acronyms=acronyms)


def _is_acronym(alias: str) -> bool:
    """A short all-capitals alias ('US', 'LA', 'UN', 'EU'): folded, it would be a common word."""
    return alias.isalpha() and alias.isupper() and len(alias) <= 5


def find(scan: Scan, article: Article, lo: int, hi: int, spec: EntitySpec) -> list[Candidate]:
    out = []
    taken = []
    named = not spec.keywords.isdisjoint(scan.words_in(lo, hi))  # a cheap test before the alias scans
    exact = spec.pattern.finditer(scan.folded, lo, hi) if named else ()
    for m in exact:
        ident = spec.by_alias[" ".join(m.group().split())]
        out.append(Candidate(m.start(), m.end(), frozenset({ident}), spec.labels[ident]))
        taken.append((m.start(), m.end()))
    if spec.acronyms is not None and named:
        for m in spec.acronyms.finditer(scan.text, lo, hi):
            ident = spec.by_alias[m.group()]
            out.append(Candidate(m.start(), m.end(), frozenset({ident}), spec.labels[ident]))
            taken.append((m.start(), m.end()))
    # Variant spellings of names: capitalised runs the exact aliases missed.
    for start, end, name in _names(scan, lo, hi):
        if name[0] not in spec.initials or any(s < end and start < e for s, e in taken):
            continue
        best = _closest_alias(name, spec)
        if best:
            ident = spec.by_alias[best[0]]
            out.append(Candidate(start, end, frozenset({ident}), spec.labels[ident],
                                 note=f"'{name}' read as '{best[0]}' ({best[1]:.0f}% alike)"))
    return out


# A place named as what another is near is not where it is: 'on the outskirts of New York', 'near Paris', 'cerca de Nueva
# York', 'a las afueras de Nueva York', 'perto de Lisboa', 'nos arredores de São Paulo'.
_NEAR_BEFORE = rx.compile(r"\b(?:near|nearby|outside|outskirts\s+of|close\s+to|miles\s+from|cerca\s+de|afueras\s+de|"
                          r"alrededores\s+de|inmediaciones\s+de|proximidades\s+de|perto\s+de|arredores\s+de|"
                          r"imediacoes\s+de|proximo\s+(?:a|de))\s+(?:(?:the|el|la|o|a)\s+)?"
                          r"(?:(?:city|ciudad|cidade|town)\s+(?:of|de)\s+)?\Z")


# A place in the name of a body is no place where something is: 'the California Lottery said', 'the Florida Lottery draw
# studio', 'a Loteria da Califórnia disse', 'la Universidad de Chile' (read as written: the body's noun is capitalised).
_BODIES = (r"Lottery|Lotteries|University|College|Times|Post|Herald|Tribune|Journal|Police|Department|Bank|Stock\s+Exchange|"
           r"Assembly|Legislature|Senate|Court|Commission|Institute|Foundation|Association|Party")
_BODY_AFTER = rx.compile(r"[^\S\n]+(?:" + _BODIES + r")\b")
_BODY_BEFORE = rx.compile(r"\b(?:Loter[ií]a|Universidad|Universidade|Polic[ií]a|Banco|Tribunal|Corte|Asamblea|Assembleia|"
                          r"Senado|Congreso|Congresso|Ministerio|Minist[ée]rio|Departamento|Secretar[ií]a|Instituto|"
                          r"Fundaci[óo]n|Funda[çc][ãa]o|Asociaci[óo]n|Associa[çc][ãa]o|Comisi[óo]n|Comiss[ãa]o)"
                          r"[^\S\n]+(?:de|da|do|del|dos|das)[^\S\n]+(?:(?:la|el|los|las)[^\S\n]+)?\Z")


def find_places(scan: Scan, article: Article, lo: int, hi: int, spec: EntitySpec) -> list[Candidate]:
    """Places named in [lo, hi), less those named as what something is near ('cerca de Nueva York') and those in the
    name of a body ('the California Lottery')."""
    out = find(scan, article, lo, hi, spec)
    for i, c in enumerate(out):
        near = _NEAR_BEFORE.search(scan.folded, max(0, c.start - 40), c.start)
        if near is not None:
            out[i] = Candidate(c.start, c.end, c.value, c.display, "a place it is near, not where it is ('"
                               + " ".join(scan.text[near.start():c.end].split()) + "')", c.note)
            continue
        body = _BODY_AFTER.match(scan.text, c.end) or _BODY_BEFORE.search(scan.text, max(0, c.start - 30), c.start)
        if body is not None:
            out[i] = Candidate(c.start, c.end, c.value, c.display, "in the name of a body ('" + " ".join(
                scan.text[min(body.start(), c.start):max(body.end(), c.end)].split()) + "'), not where it is", c.note)
    return out


def _names(scan: Scan, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Capitalised runs of six letters or more in [lo, hi): found once, for every entity fact."""
    key = ("names", lo, hi)
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = [(m.start(), m.end(), m.group()) for m in _CAPITALISED.finditer(scan.text, lo, hi)
                                  if len(m.group()) >= 6]
    return found


def _closest_alias(name: str, spec: EntitySpec) -> tuple[str, float] | None:
    """The alias a capitalised name (as written) is a variant of, if any; names recur, so answers are kept."""
    if name in spec.fuzzy_memo:
        return spec.fuzzy_memo[name]
    from rapidfuzz import fuzz, process  # only reached when a name did not match exactly

    best = process.extractOne(_key(name), list(spec.by_alias), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    found = (best[0], best[1]) if best else None
    if len(spec.fuzzy_memo) < 50_000:
        spec.fuzzy_memo[name] = found
    return found


def parse(value: Any, spec: EntitySpec) -> frozenset[str]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not items:
        raise ValueError(f"expected an id or a list of ids, found {value!r}")
    unknown = [i for i in items if str(i) not in spec.labels]
    if unknown:
        raise ValueError(f"'{unknown[0]}' is not one of {', '.join(sorted(spec.labels))}")
    return reduce_places(frozenset(map(str, items)), spec)


def relate_sets(a: frozenset[str], b: frozenset[str], spec: EntitySpec) -> Relation:
    if a == b:
        return Relation.EQUAL
    return Relation.COMPATIBLE if a <= b or b <= a else Relation.CONFLICT


def ancestors(ident: str, spec: EntitySpec) -> list[str]:
    """Every place ident lies in, nearest first; a loop in the rule file ends the walk."""
    found, seen, todo = [], {ident}, [ident]
    while todo:
        for parent in spec.parents.get(todo.pop(0), ()):
            if parent not in seen:
                seen.add(parent)
                found.append(parent)
                todo.append(parent)
    return found


def reduce_places(value: frozenset[str], spec: EntitySpec) -> frozenset[str]:
    """Keep the most specific places: {new_york, united_states} says no more than {new_york}."""
    if not spec.parents:
        return value
    covered = {a for p in value for a in ancestors(p, spec)}
    return frozenset(value - covered)


def relate_places(a: frozenset[str], b: frozenset[str], spec: EntitySpec) -> Relation:
    if a == b:
        return Relation.EQUAL

    def fits(x: str, ys: frozenset[str]) -> bool:
        return any(x == y or x in ancestors(y, spec) or y in ancestors(x, spec) for y in ys)

    if all(fits(x, b) for x in a) and all(fits(y, a) for y in b):
        return Relation.COMPATIBLE
    return Relation.CONFLICT


def show(value: frozenset[str], spec: EntitySpec) -> str:
    return ", ".join(spec.labels.get(i, i) for i in sorted(value))


ENTITIES = Kind(
    name="entities",
    options=frozenset({"entities"}),
    compile=compile_entities,
    find=find,
    parse=parse,
    relate=relate_sets,
    to_json=sorted,
    show=show,
    specificity=lambda v, spec: len(v),
    merge=lambda values, spec: frozenset().union(*values),
    nearest=False,
)

PLACE = Kind(
    name="place",
    options=frozenset({"places"}),
    compile=lambda options, error: compile_entities(options, error, key="places"),
    find=find_places,
    parse=parse,
    relate=relate_places,
    to_json=sorted,
    show=show,
    specificity=lambda v, spec: sum(1 + len(ancestors(p, spec)) for p in v),
    merge=lambda values, spec: reduce_places(frozenset().union(*values), spec),
    nearest=False,
)
