"""Judge each fact across sources: agree, partial, conflict, single or missing, with a consensus."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time
from itertools import combinations
from typing import Any

from .models import Fact, Finding, Range, Relation, SourceValue, Status, Verdict
from .normalize import KINDS


def source_values(fact: Fact, findings: Sequence[Finding], sources: Sequence[str]) -> list[SourceValue]:
    """One entry per source and distinct value; a set kind folds a source's mentions into one value."""
    kind = KINDS[fact.kind]
    by_source: dict[str, list[Finding]] = defaultdict(list)
    for f in findings:
        by_source[f.source].append(f)
    out = []
    for source in sources:
        found = by_source.get(source)
        if not found:
            continue
        if kind.merge is not None:
            value = kind.merge([f.value for f in found], fact.spec)
            out.append(SourceValue(source, value, kind.show(value, fact.spec), tuple(found)))
            continue
        groups: dict[Any, list[Finding]] = {}
        for f in found:
            groups.setdefault(f.value, []).append(f)
        if len(groups) > 1 and fact.kind in _REFINED:
            _refine(groups)
        for value, fs in groups.items():
            out.append(SourceValue(source, value, fs[0].display, tuple(fs)))
    return out


_REFINED = ("count", "number", "percentage")  # kinds whose hedged or rounded figures a source's exact one refines
NO_MAJORITY = "no majority"  # the consensus shown when conflicting values have equal backing


def _refine(groups: dict[Any, list[Finding]]) -> None:
    """One source's hedged figure that holds exactly one of its exact figures is that figure ('al menos cuatro
    muertos' in the lead, 'se elevó a cuatro' below): the source says no more than the exact one. So is a whole
    figure that exactly one of its finer figures rounds to ('40C' in the lead, '40.3C' below; '28.7%', '28.66%')."""
    for value in [v for v in groups if not v.exact]:
        inside = [v for v in groups if v.exact and value.lo <= v.lo <= value.hi]
        if len(inside) == 1:
            groups[inside[0]] += groups.pop(value)
    for value in [v for v in groups if v.exact]:
        finer = [v for v in groups if value.rounds(v)]
        if len(finer) == 1:
            groups[finer[0]] += groups.pop(value)


def as_update(values: Sequence[SourceValue], published: Mapping[str, date | None]
              ) -> tuple[tuple[date, str, str], ...]:
    """The values as a timeline when later reports only raise the figure; () when they contradict:
    a source with two figures, one with no date, two the same day that differ (unless both give the
    time), or a figure that falls."""
    sources = [v.source for v in values]
    if len(set(sources)) != len(sources) or any(published.get(s) is None for s in sources):
        return ()
    ordered = sorted(values, key=lambda v: (_moment(published[v.source]), _low(v.value)))
    rose = False
    for early, late in zip(ordered, ordered[1:]):
        if late.value == early.value:
            continue
        if not _before(published[early.source], published[late.source]) or _low(late.value) < _low(early.value):
            return ()
        rose = True
    return tuple((published[v.source], v.source, v.display) for v in ordered) if rose else ()


def _low(value: Any) -> float:
    """Where a value starts: a figure's low end, a span's shortest length."""
    return value.lo if isinstance(value, Range) else value.seconds


def _moment(when: date) -> datetime:
    return when if isinstance(when, datetime) else datetime.combine(when, time.min)


def _before(a: date, b: date) -> bool:
    """a was surely published before b: an earlier day, or an earlier time when both give one."""
    if isinstance(a, datetime) and isinstance(b, datetime):
        return a < b
    return _moment(a).date() < _moment(b).date()


def _related(relation: Mapping[tuple[Any, Any], Relation], a: Any, b: Any) -> Relation:
    return Relation.EQUAL if a == b else relation.get((a, b)) or relation[(b, a)]


def _fit(value: Any, distinct: Sequence[Any], backers: Mapping[Any, set[str]],
         relation: Mapping[tuple[Any, Any], Relation], specific: Mapping[Any, Any]) -> int:
    """How many sources state value or a vaguer one it fits ('more than $5 billion' for '$5.4 billion'); a vague
    value gets nothing from the precise ones it takes in, or 'at least 150' would fit every toll."""
    return len(set().union(*(backers[d] for d in distinct if specific[d] <= specific[value]
                             and _related(relation, value, d) is not Relation.CONFLICT)))


def judge(fact: Fact, findings: Sequence[Finding], sources: Sequence[str],
          published: Mapping[str, date | None] | None = None, languages: Mapping[str, str] | None = None) -> Verdict:
    kind = KINDS[fact.kind]
    values = source_values(fact, findings, sources)
    if not values:
        return Verdict(fact, Status.MISSING, None, "", 0, ())
    shown_as = _display(values, sources, languages or {})
    distinct: list[Any] = list(dict.fromkeys(v.value for v in values))
    backers = {d: {v.source for v in values if v.value == d} for d in distinct}
    relation = {(a, b): kind.relate(a, b, fact.spec) for a, b in combinations(distinct, 2)}
    relations = list(relation.values())
    # Ties go to the value more sources fit ('$5.4 billion' and 'more than $5 billion' against '$540 million to
    # $1.08 billion'), then to the more specific, then to a fixed order of values: never to the order of sources.
    specific = {d: kind.specificity(d, fact.spec) for d in distinct}
    rank = {d: (len(backers[d]), _fit(d, distinct, backers, relation, specific), specific[d], _order(kind.to_json(d)))
            for d in distinct}
    distinct.sort(key=lambda d: rank[d], reverse=True)
    consensus = distinct[0]
    stating = {v.source for v in values}
    if Relation.CONFLICT in relations:
        status = Status.CONFLICT
    elif len(stating) == 1:
        status = Status.SINGLE
    elif all(r is Relation.EQUAL for r in relations):
        status = Status.AGREE
    else:
        status = Status.PARTIAL
    timeline: tuple[tuple[date, str, str], ...] = ()
    if status is Status.CONFLICT and fact.updates and kind.updates is not None and published:
        timeline = as_update(values, published)
        if timeline:
            status = Status.UPDATED
            consensus = next(v.value for v in values if v.source == timeline[-1][1])
    disagreement = ""
    if status is Status.CONFLICT:
        # Who says what, as the columns read: the most backed value first, then by the first column stating it.
        column = {s: i for i, s in enumerate(sources)}
        shown = {d: shown_as(d) for d in distinct}
        listed = sorted(distinct, key=lambda d: (-len(backers[d]), min(column[s] for s in backers[d])))
        disagreement = "; ".join(f"{shown[d]}: {', '.join(sorted(backers[d], key=column.__getitem__))}"
                                 for d in listed)
    rivals = [d for d in distinct[1:] if _related(relation, consensus, d) is Relation.CONFLICT] \
        if status is Status.CONFLICT else []
    if rivals and rank[rivals[0]][:2] == rank[consensus][:2]:
        # 'A' from one source, 'B' from another: no value has more backing, so none is the consensus. A value
        # compatible with the first ('June 5' with no year beside 2024-06-05) is no rival to it, and sides with it.
        return Verdict(fact, status, None, NO_MAJORITY, 0, tuple(values), disagreement, timeline)
    return Verdict(fact, status, consensus, shown_as(consensus), len(backers[consensus]), tuple(values), disagreement,
                   timeline)


def _display(values: Sequence[SourceValue], sources: Sequence[str], languages: Mapping[str, str]) -> Callable[[Any], str]:
    """How a value is shown: as the sources wrote it ('more than 50', not 'at least 51'), in the language most sources
    are written in when one of those states it ('40 to 50 years' in a report of mostly English copy, though as many
    Spanish sources wrote '40 a 50 años'), as most of them did ('more than an hour' ten times over one 'mais de una
    hora'); any order of sources gives the same."""
    spoken = Counter(languages[s] for s in sources if s in languages)
    main = min(spoken, key=lambda lang: (-spoken[lang], lang)) if spoken else None

    def shown(value: Any) -> str:
        displays = Counter((languages.get(v.source) != main, v.display) for v in values if v.value == value)
        return min(displays, key=lambda d: (d[0], -displays[d], d[1]))[1]
    return shown


def _order(value: Any) -> str:
    import json

    return json.dumps(value, sort_keys=True, default=str)


def summarize(verdicts: Sequence[Verdict]) -> dict[str, int]:
    counts = {s.value: 0 for s in Status}
    for v in verdicts:
        counts[v.status.value] += 1
    counts["facts"] = len(verdicts)
    return counts
