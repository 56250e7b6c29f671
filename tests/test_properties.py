"""Property tests (hypothesis): no input makes the checker raise; numbers and values round-trip;
the comparison does not depend on the order of sources."""

from datetime import date, timedelta
from itertools import permutations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from num2words import num2words

from consistency.compare import judge
from consistency.matcher import Matcher
from consistency.models import Article, Duration, Evidence, Finding, Range
from consistency.normalize import KINDS
from consistency.normalize.numbers import find_numbers
from consistency.normalize.quantities import Money
from consistency.rules import load_rules

from .conftest import ROOT

RULE_SETS = [load_rules(p) for p in sorted((ROOT / "rules").glob("*.yaml"))]
MATCHERS = [Matcher(r) for r in RULE_SETS]
FACTS = {f.kind: f for r in RULE_SETS for f in r.facts}
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Text that looks like news copy at times: words, figures, hedges, dates and punctuation, any Unicode.
PIECES = st.sampled_from(["32", "thirty-two", "at least", "killed", "dead", "Saturday", "Jan. 3, 2026", "—", ",",
                          "(", ")", "$", "%", "4:30 a.m.", "murieron", "treinta y dos", "dois dias", "mourning",
                          "captured", "Maduro", "his wife", "flown to", "New York", "\n", ". ", "1962", "63,"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40).map(" ".join)


@SETTINGS
@given(text=st.one_of(st.text(max_size=300), TEXT), lang=st.sampled_from(["en", "es", "pt"]),
       published=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
@example(text='TRINTA DOS 0 A""KILL', lang="en", published=None)  # a cue past quotation marks after a partitive
def test_the_matcher_never_raises(text, lang, published):
    art = Article("t", "t", "", text, lang, published)
    for m in MATCHERS:
        findings, _ = m.find(art)
        for f in findings:
            assert 0 <= f.evidence.start <= f.evidence.end <= len(text)


@pytest.mark.parametrize("lang", ["en", "es", "pt"])
@SETTINGS
@given(n=st.integers(0, 1_000_000))
def test_numbers_in_words_read_back(lang, n):
    words = num2words(n, lang=lang)
    found = find_numbers(f"They counted {words} of them.", lang=lang)
    assert [(s.value.lo, s.value.hi) for s in found] == [(n, n)], words


def _values(kind):
    if kind == "count":
        return st.builds(lambda a, b: Range(float(min(a, b)), float(max(a, b))), st.integers(0, 10**6),
                         st.integers(0, 10**6)) | st.integers(0, 10**6).map(lambda a: Range(float(a), float("inf")))
    if kind == "date":
        return st.dates(date(1900, 1, 1), date(2100, 1, 1))
    if kind == "duration":
        return st.integers(0, 10**8).map(Duration)
    if kind in ("entities", "place"):
        spec = FACTS[kind].spec
        return st.frozensets(st.sampled_from(sorted(spec.labels)), min_size=1).map(
            lambda v: KINDS[kind].parse(sorted(v), spec))
    if kind == "money":
        return st.builds(Money, st.sampled_from(["USD", "EUR", "GBP"]),
                         st.integers(0, 10**9).map(lambda a: Range(float(a), float(a))))
    if kind == "percentage":
        return st.integers(0, 100).map(lambda a: Range(float(a), float(a)))
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", sorted(k for k in FACTS if k in ("count", "date", "duration", "entities", "place",
                                                                  "money", "percentage")))
@SETTINGS
@given(data=st.data())
def test_json_form_reads_back(kind, data):
    value = data.draw(_values(kind))
    k, spec = KINDS[kind], FACTS[kind].spec
    assert k.parse(k.to_json(value), spec) == value


def claims(disagreement: str) -> frozenset:
    """'32: a, c; 30: b' as {('32', {'a', 'c'}), ('30', {'b'})}."""
    return frozenset((shown, frozenset(who.split(", "))) for part in disagreement.split("; ") if part
                     for shown, who in [part.split(": ")])


@SETTINGS
@given(values=st.lists(st.integers(0, 60), min_size=2, max_size=4))
def test_comparison_does_not_depend_on_source_order(values):
    fact = FACTS["count"]
    sources = [f"s{i}" for i in range(len(values))]
    findings = [Finding(fact.id, s, Range(v, v), str(v), Evidence("", 0, 0, "")) for s, v in zip(sources, values)]
    published = {s: date(2026, 1, 1) + timedelta(days=i) for i, s in enumerate(sources)}
    # Who says what follows the columns: the same claims in any order.
    verdicts = {(v.status, v.consensus, claims(v.disagreement))
                for order in permutations(sources)
                for v in [judge(fact, findings, list(order), published)]}
    assert len(verdicts) == 1
