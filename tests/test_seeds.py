"""End to end on the three seed articles: the real values of the seed story."""

import json
from datetime import date

import pytest

from consistency.models import Range, Status
from consistency.pipeline import run_check
from consistency.report import render_csv, render_html, render_json, to_dict

from .conftest import RULES, SEEDS


def report():
    return run_check(SEEDS, str(RULES))


def test_seed_verdicts():
    r = report()
    v = {x.fact.id: x for x in r.verdicts}
    assert v["cuban_dead"].status is Status.AGREE
    assert v["cuban_dead"].consensus == Range(32, 32) and v["cuban_dead"].support == 3
    assert v["mourning_period"].status is Status.AGREE and v["mourning_period"].support == 3
    assert v["mourning_period"].consensus_display == "2 days"
    assert v["captured"].status is Status.PARTIAL
    assert v["captured"].consensus == frozenset({"maduro", "cilia_flores"})
    assert {sv.source: sv.value for sv in v["captured"].values}["nuj-fct-cuba-condemns"] == frozenset({"maduro"})
    assert v["operation_date"].status is Status.SINGLE
    assert v["operation_date"].consensus == date(2026, 1, 3)
    assert [sv.source for sv in v["operation_date"].values] == ["usnewssphere-cuba-says-32"]
    assert v["total_dead"].status is Status.MISSING
    assert v["flown_to"].status is Status.PARTIAL and v["flown_to"].consensus == frozenset({"new_york"})
    aff = v["dead_affiliation"]
    assert aff.status is Status.CONFLICT
    assert aff.consensus is None and aff.consensus_display == "no majority"  # one source for each reading
    assert {sv.source: sv.value for sv in aff.values} == {
        "explainer-cuban-nationals": frozenset({"armed_forces", "intelligence"}),
        "nuj-fct-cuba-condemns": frozenset({"armed_forces", "security"}),
        "usnewssphere-cuba-says-32": frozenset({"armed_forces", "police"}),
    }


def test_publication_date_read_from_the_text():
    r = report()
    pub = {a.id: a.published for a in r.sources}
    assert pub["usnewssphere-cuba-says-32"] == date(2026, 1, 5)
    assert pub["nuj-fct-cuba-condemns"] is None


def test_json_schema():
    data = json.loads(render_json(report()))
    assert data["schema"] == "consistency/report@1"
    assert [set(s) >= {"id", "path", "title", "published", "language"} for s in data["sources"]] == [True] * 3
    facts = {f["id"]: f for f in data["facts"]}
    assert facts["cuban_dead"]["consensus"] == 32
    assert facts["mourning_period"]["consensus"] == "P2D"
    assert facts["operation_date"]["consensus"] == "2026-01-03"
    assert facts["captured"]["consensus"] == ["cilia_flores", "maduro"]
    assert facts["flown_to"]["consensus"] == ["new_york"]
    for f in data["facts"]:
        for val in f["values"]:
            assert set(val) >= {"source", "value", "display", "evidence", "start", "end"}
            src = next(s for s in data["sources"] if s["id"] == val["source"])
            text = open(src["path"], encoding="utf-8").read()
            assert text[val["start"]:val["end"]] == val["raw"]
            assert val["raw"] in val["evidence"]
    assert data["summary"] == {"agree": 2, "partial": 2, "conflict": 1, "updated": 0, "single": 1, "missing": 1,
                               "facts": 7}


def test_csv_one_row_per_fact_source_value():
    lines = render_csv(report()).splitlines()
    assert lines[0].startswith("story,fact,label,kind,status,consensus,source,value")
    assert sum(1 for ln in lines if ln.startswith("venezuela-raid,cuban_dead,")) == 3


def test_html_is_self_contained_and_escaped():
    r = report()
    html = render_html(r)
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert "Content-Security-Policy" in html
    assert "7 facts:" in html and "<mark>32</mark>" in html
    assert to_dict(r)["facts"][0]["status"] in html


def test_html_table_keeps_a_readable_width_per_source():
    # The style sheet widens the table by 10rem a source and lets it scroll sideways: it needs the count of sources.
    html = render_html(report())
    assert '<div class="wide"><table style="--sources: 3">' in html
    assert "min-width: calc(28rem + var(--sources) * 10rem)" in html


def test_a_conflicting_row_marks_the_values_that_differ():
    from consistency.compare import judge
    from consistency.models import Evidence, Finding, Range
    from consistency.report import _against, _named
    from consistency.rules import load_rules

    facts = {f.id: f for f in load_rules(RULES).facts}
    ev = Evidence("s", 0, 1, "x")
    dead = [("a", Range(32, 32)), ("b", Range(32, 32)), ("c", Range(30, 30)), ("d", Range(25, float("inf")))]
    v = judge(facts["cuban_dead"], [Finding("cuban_dead", s, x, str(x), ev) for s, x in dead], ["a", "b", "c", "d"])
    assert [_against(v, x) for _, x in dead] == ["same", "same", "differs", "near"]
    tie = judge(facts["cuban_dead"], [Finding("cuban_dead", s, x, str(x), ev) for s, x in dead[1:3]], ["b", "c"])
    assert [_against(tie, x) for _, x in dead[1:3]] == ["differs", "differs"]  # no consensus: every value differs
    # Four or more sources naming different sets: who names each member.
    sets = [("a", {"maduro"}), ("b", {"maduro", "cilia_flores"}), ("c", {"maduro"}), ("d", {"cilia_flores"})]
    v = judge(facts["captured"], [Finding("captured", s, frozenset(x), "", ev) for s, x in sets], ["a", "b", "c", "d"])
    assert _named(v) == [("Nicolás Maduro", 3, ""), ("Cilia Flores", 2, "")]
    assert _named(judge(facts["captured"], [Finding("captured", s, frozenset(x), "", ev) for s, x in sets[:3]],
                        ["a", "b", "c"])) == []  # three sources: the row reads across


@pytest.mark.parametrize("sources, groups, folded", [
    (3, 3, False),  # the seeds' affiliations: three sources, three sets, read at a glance
    (6, 2, False),
    (7, 2, True),  # too many sources to list open in the status column
    (4, 4, True),  # too many values
])
def test_who_says_what_folds_when_too_long_to_read_at_a_glance(sources, groups, folded):
    from dataclasses import replace

    from consistency.models import SourceValue
    from consistency.report import folds

    v = next(x for x in report().verdicts if x.fact.id == "dead_affiliation")
    values = tuple(SourceValue(f"s{i}", frozenset({f"g{i % groups}"}), f"g{i % groups}", ()) for i in range(sources))
    disagreement = "; ".join(f"g{g}: " + ", ".join(f"s{i}" for i in range(sources) if i % groups == g) for g in range(groups))
    assert folds(replace(v, values=values, disagreement=disagreement)) is folded
