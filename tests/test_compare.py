"""Comparison on hand-built findings: agree, partial, conflict, single, missing, consensus."""

from datetime import date, datetime

import pytest

from consistency.compare import judge
from consistency.models import Evidence, Finding, Range, Status
from consistency.normalize import KINDS
from consistency.normalize.dates import MonthDay
from consistency.rules import load_rules

from .conftest import RULES

FACTS = {f.id: f for f in load_rules(RULES).facts}
EV = Evidence("s", 0, 1, "x")


def run(fact, *pairs):
    findings = [Finding(fact, src, value, KINDS[FACTS[fact].kind].show(value, FACTS[fact].spec), EV)
                for src, value in pairs]
    return judge(FACTS[fact], findings, ["a", "b", "c"])


def r(n, m=None):
    return Range(n, n if m is None else m)


# consensus ... is not checked; None means there must be none (a tie between conflicting values).
@pytest.mark.parametrize("fact, pairs, status, consensus, support", [
    ("cuban_dead", [("a", r(32)), ("b", r(32)), ("c", r(32))], Status.AGREE, r(32), 3),
    ("cuban_dead", [("a", r(32)), ("b", r(30))], Status.CONFLICT, None, 0),
    ("cuban_dead", [("a", r(32)), ("b", r(25, float("inf")))], Status.PARTIAL, ..., 1),
    ("cuban_dead", [("a", r(72, 88)), ("b", r(40))], Status.CONFLICT, None, 0),
    ("cuban_dead", [("a", r(32))], Status.SINGLE, r(32), 1),
    ("cuban_dead", [], Status.MISSING, None, 0),
    ("captured", [("a", frozenset({"maduro"})), ("b", frozenset({"maduro"})), ("b", frozenset({"cilia_flores"}))],
     Status.PARTIAL, frozenset({"maduro", "cilia_flores"}), 1),
    ("captured", [("a", frozenset({"maduro"})), ("b", frozenset({"cilia_flores"}))], Status.CONFLICT, None, 0),
    ("flown_to", [("a", frozenset({"new_york"})), ("b", frozenset({"united_states"}))], Status.PARTIAL,
     frozenset({"new_york"}), 1),
    ("operation_date", [("a", date(2026, 1, 3)), ("b", date(2026, 1, 3))], Status.AGREE, date(2026, 1, 3), 2),
    ("operation_date", [("a", date(2026, 1, 3)), ("b", date(2026, 1, 4))], Status.CONFLICT, None, 0),
    ("operation_date", [("a", date(2026, 1, 3)), ("b", date(2026, 1, 3)), ("c", date(2026, 1, 4))], Status.CONFLICT,
     date(2026, 1, 3), 2),
    # A day with no year ('on 6 December' in an undated article) is compatible with a full date on that day only.
    ("operation_date", [("a", MonthDay(1, 3)), ("b", date(2026, 1, 3))], Status.PARTIAL, date(2026, 1, 3), 1),
    ("operation_date", [("a", MonthDay(1, 3)), ("b", MonthDay(1, 3))], Status.AGREE, MonthDay(1, 3), 2),
    ("operation_date", [("a", MonthDay(1, 4)), ("b", date(2026, 1, 3))], Status.CONFLICT, None, 0),
    ("operation_date", [("a", date(2025, 1, 3)), ("b", date(2026, 1, 3))], Status.CONFLICT, None, 0),
    # A source's hedged figure that holds one of its own exact figures says that figure: 'at least 4', then '4'.
    ("cuban_dead", [("a", r(4, float("inf"))), ("a", r(4)), ("b", r(4))], Status.AGREE, r(4), 2),
    ("cuban_dead", [("a", r(4, float("inf"))), ("a", r(4)), ("a", r(5)), ("b", r(4))], Status.CONFLICT, r(4), 2),
    # A figure written with a scale word says no more than its last place: '2 million' is compatible with 2,031,220
    # ('2.03 million' too), not with 2,600,000; a source's own precise figure refines its rounded one.
    ("cuban_dead", [("a", Range(2e6, 2e6, 1e6)), ("b", r(2_031_220))], Status.PARTIAL, ..., 1),
    ("cuban_dead", [("a", Range(2.03e6, 2.03e6, 1e4)), ("b", r(2_031_220))], Status.PARTIAL, ..., 1),
    ("cuban_dead", [("a", Range(2e6, 2e6, 1e6)), ("b", r(2_600_000))], Status.CONFLICT, None, 0),
    ("cuban_dead", [("a", Range(2.03e6, 2.03e6, 1e4)), ("b", r(2_041_000))], Status.CONFLICT, None, 0),
    # ... and with a range that reaches what it rounds: 'more than 2,031,220', not 'more than 2.6 million'.
    ("cuban_dead", [("a", Range(2e6, 2e6, 1e6)), ("b", r(2_031_221, float("inf")))], Status.PARTIAL, ..., 1),
    ("cuban_dead", [("a", Range(2e6, 2e6, 1e6)), ("b", r(2_600_000, float("inf")))], Status.CONFLICT, None, 0),
    ("cuban_dead", [("a", Range(2e6, 2e6, 1e6)), ("a", r(2_031_220)), ("b", r(2_031_220))], Status.AGREE,
     r(2_031_220), 2),
])
def test_judge(fact, pairs, status, consensus, support):
    v = judge(FACTS[fact], [Finding(fact, s, val, str(val), EV) for s, val in pairs], ["a", "b", "c"])
    assert v.status is status
    if consensus is not ...:
        assert v.consensus == consensus
    assert v.support == support
    if status is Status.CONFLICT and consensus is None:
        assert v.consensus_display == "no majority"


def test_conflict_names_who_says_what():
    v = run("cuban_dead", ("a", r(32)), ("b", r(30)), ("c", r(32)))
    assert v.consensus == r(32) and v.support == 2
    assert v.disagreement == "32: a, c; 30: b"


def test_who_says_what_follows_the_columns():
    # Columns zeta, alpha, mid: equal backing goes by the first column; sources within a value too.
    findings = [Finding("cuban_dead", s, r(v), str(v), EV) for s, v in (("alpha", 30), ("zeta", 32), ("mid", 31))]
    v = judge(FACTS["cuban_dead"], findings, ["zeta", "alpha", "mid"])
    assert v.disagreement == "32: zeta; 30: alpha; 31: mid"
    findings.append(Finding("cuban_dead", "omega", r(31), "31", EV))
    v = judge(FACTS["cuban_dead"], findings, ["zeta", "omega", "alpha", "mid"])
    assert v.disagreement == "31: omega, mid; 32: zeta; 30: alpha"


def test_symmetric_in_source_order():
    pairs = [("a", r(32)), ("b", r(30)), ("c", r(31))]
    one = run("cuban_dead", *pairs)
    two = judge(FACTS["cuban_dead"], [Finding("cuban_dead", s, v, str(v), EV) for s, v in reversed(pairs)],
                ["c", "b", "a"])
    assert one.status == two.status


D1, D2, D3 = date(2026, 1, 3), date(2026, 1, 4), date(2026, 1, 5)
MORNING, EVENING = datetime(2026, 1, 3, 9, 0), datetime(2026, 1, 3, 21, 30)


@pytest.mark.parametrize("pairs, published, status, consensus", [
    ([("a", r(5)), ("b", r(22))], {"a": D1, "b": D2}, Status.UPDATED, r(22)),  # a toll rising
    ([("a", r(5)), ("b", r(22)), ("c", r(22))], {"a": D1, "b": D2, "c": D3}, Status.UPDATED, r(22)),
    ([("a", r(22)), ("b", r(5))], {"a": D1, "b": D2}, Status.CONFLICT, None),  # falling
    ([("a", r(5)), ("b", r(22))], {"a": D1, "b": D1}, Status.CONFLICT, None),  # same day
    ([("a", r(5)), ("b", r(22))], {"a": D1, "b": None}, Status.CONFLICT, None),  # undated
    ([("a", r(5)), ("b", r(22))], {"a": MORNING, "b": EVENING}, Status.UPDATED, r(22)),  # same day, times given
    ([("a", r(22)), ("b", r(5))], {"a": MORNING, "b": EVENING}, Status.CONFLICT, None),  # same day, falling
    ([("a", r(5)), ("b", r(22))], {"a": MORNING, "b": D1}, Status.CONFLICT, None),  # same day, one time unknown
    ([("a", r(5)), ("b", r(22))], {"a": EVENING, "b": D2}, Status.UPDATED, r(22)),  # a later day, no time needed
])
def test_updates_versus_contradictions(pairs, published, status, consensus):
    fact = FACTS["total_dead"]
    findings = [Finding(fact.id, s, v, KINDS[fact.kind].show(v, fact.spec), EV) for s, v in pairs]
    v = judge(fact, findings, ["a", "b", "c"], published)
    assert v.status is status
    if consensus is not None:
        assert v.consensus == consensus and [t[1] for t in v.timeline][-1] == pairs[-1][0]


def test_a_rule_can_turn_updates_off():
    from dataclasses import replace

    fact = replace(FACTS["total_dead"], updates=False)
    findings = [Finding(fact.id, s, v, str(v), EV) for s, v in [("a", r(5)), ("b", r(22))]]
    assert judge(fact, findings, ["a", "b"], {"a": D1, "b": D2}).status is Status.CONFLICT


def test_a_running_span_updates_when_its_rule_asks():
    from dataclasses import replace

    fact = FACTS["mourning_period"]
    kind = KINDS[fact.kind]
    findings = [Finding(fact.id, s, kind.parse(v, fact.spec), v, EV) for s, v in [("a", "P40D"), ("b", "P43D")]]
    assert not fact.updates  # a span is fixed unless the rule says it runs
    assert judge(fact, findings, ["a", "b"], {"a": D1, "b": D2}).status is Status.CONFLICT
    running = replace(fact, updates=True)
    verdict = judge(running, findings, ["a", "b"], {"a": D1, "b": D2})
    assert verdict.status is Status.UPDATED and kind.to_json(verdict.consensus) == "P43D"
    assert judge(running, findings, ["a", "b"], {"a": D2, "b": D1}).status is Status.CONFLICT  # a span that shrank


def test_consensus_is_shown_as_the_sources_wrote_it():
    fact = FACTS["total_dead"]
    hedged = Range(51, float("inf"))
    pairs = [("a", "More than 50"), ("b", "more than 50")]
    for order in (pairs, pairs[::-1]):
        v = judge(fact, [Finding(fact.id, s, hedged, shown, EV) for s, shown in order], ["a", "b"])
        assert v.status is Status.AGREE and v.consensus_display == "More than 50"  # not 'at least 51'
    # As most of its backers wrote it, whatever the order of the sources.
    pairs = [("a", "mais de 50"), ("b", "more than 50"), ("c", "more than 50")]
    for order in (pairs, pairs[::-1]):
        v = judge(fact, [Finding(fact.id, s, hedged, shown, EV) for s, shown in order], ["a", "b", "c"])
        assert v.consensus_display == "more than 50"


MEASURES = """facts:
  - id: record
    kind: number
    accept: [measure]
    cues: [record]
  - id: share
    kind: percentage
    cues: [Milei]
"""


@pytest.mark.parametrize("fact, pairs, status, consensus", [
    # A whole figure a source's decimal one rounds to says less: '40C' in a headline, '40.3C' below it.
    ("record", [("a", r(40)), ("b", r(40.3))], Status.PARTIAL, r(40.3)),
    ("record", [("a", r(40)), ("a", r(40.3)), ("b", r(40.3))], Status.AGREE, r(40.3)),
    ("record", [("a", r(40)), ("b", r(40.6))], Status.CONFLICT, None),  # 40.6 rounds to 41
    ("record", [("a", r(40.2)), ("b", r(40.3))], Status.CONFLICT, None),
    ("share", [("a", r(56)), ("b", r(55.69)), ("c", r(55.69))], Status.PARTIAL, r(55.69)),
    # So is one with fewer decimals ('28.7%', '28.66%'): to the last place it was written with ('29,50%' is no '29.49%').
    ("share", [("a", Range(28.7, 28.7, 0.1)), ("b", Range(28.66, 28.66, 0.01))], Status.PARTIAL, r(28.66)),
    ("share", [("a", Range(28.7, 28.7, 0.1)), ("b", Range(28.65, 28.65, 0.01))], Status.PARTIAL, r(28.65)),
    ("share", [("a", Range(28.7, 28.7, 0.1)), ("b", Range(28.64, 28.64, 0.01))], Status.CONFLICT, None),
    ("share", [("a", Range(29.5, 29.5, 0.01)), ("b", Range(29.49, 29.49, 0.01))], Status.CONFLICT, None),
    ("share", [("a", Range(29.5, 29.5, 0.1)), ("a", Range(29.49, 29.49, 0.01)), ("b", Range(29.49, 29.49, 0.01))],
     Status.AGREE, r(29.49)),
])
def test_a_rounded_figure_is_less_specific(tmp_path, fact, pairs, status, consensus):
    path = tmp_path / "r.yaml"
    path.write_text(MEASURES)
    facts = {f.id: f for f in load_rules(path).facts}
    v = judge(facts[fact], [Finding(fact, s, val, str(val), EV) for s, val in pairs], ["a", "b", "c"])
    assert (v.status, v.consensus) == (status, consensus)


def test_a_compatible_value_is_no_rival_for_the_consensus():
    # Three give the day in full, three the same day with no year, one another day: the full day is the consensus;
    # a tie only between values that conflict leaves none.
    pairs = [("a", D1), ("b", D1), ("c", D1), ("d", MonthDay(1, 3)), ("e", MonthDay(1, 3)), ("f", MonthDay(1, 3)),
             ("g", D2)]
    v = judge(FACTS["operation_date"], [Finding("operation_date", s, val, str(val), EV) for s, val in pairs], "abcdefg")
    assert v.status is Status.CONFLICT and v.consensus == D1 and v.support == 3
    pairs = [("a", D1), ("b", D1), ("f", D2), ("g", D2)]
    v = judge(FACTS["operation_date"], [Finding("operation_date", s, val, str(val), EV) for s, val in pairs], "abfg")
    assert v.consensus is None and v.consensus_display == "no majority"
    # A compatible value sides with the one it fits: two and one against two is a majority.
    pairs = [("a", D1), ("b", D1), ("d", MonthDay(1, 3)), ("f", D2), ("g", D2)]
    v = judge(FACTS["operation_date"], [Finding("operation_date", s, val, str(val), EV) for s, val in pairs], "abdfg")
    assert v.consensus == D1 and v.support == 2


def test_consensus_is_shown_in_the_language_most_sources_are_written_in():
    # Two Spanish sources write 'treinta y dos', one English source '32': a report of mostly English copy shows '32'.
    said = [("a", "32"), ("b", "treinta y dos"), ("c", "treinta y dos")]
    findings = [Finding("cuban_dead", s, r(32), shown, EV) for s, shown in said]
    sources = ["a", "b", "c", "d", "e"]
    languages = {"a": "en", "b": "es", "c": "es", "d": "en", "e": "en"}
    assert judge(FACTS["cuban_dead"], findings, sources, None, languages).consensus_display == "32"
    assert judge(FACTS["cuban_dead"], findings, sources[:3], None, languages).consensus_display == "treinta y dos"
    assert judge(FACTS["cuban_dead"], findings, sources).consensus_display == "treinta y dos"  # no languages: most said
    # Who says what shows each value in that language too.
    findings.append(Finding("cuban_dead", "d", r(30), "thirty", EV))
    assert judge(FACTS["cuban_dead"], findings, sources, None, languages).disagreement == "32: a, b, c; thirty: d"
