"""Rule files: every example in every rule file holds, and bad rule files give one precise error."""

from pathlib import Path

import pytest

from consistency.errors import RuleError
from consistency.pipeline import run_examples
from consistency.rules import load_rules

from .conftest import ROOT

RULE_FILES = sorted((ROOT / "rules").glob("*.yaml"))
CASES = [(path, fact, ex, missed, unexpected)
         for path in RULE_FILES for fact, ex, missed, unexpected in run_examples(load_rules(path))]


def test_every_fact_has_positive_and_negative_examples():
    for path in RULE_FILES:
        for fact in load_rules(path).facts:
            kinds = {ex.expect is None for ex in fact.examples}
            assert kinds == {True, False}, f"{path.name}: {fact.id} needs examples that fire and that must not"


@pytest.mark.parametrize("path, fact, ex, missed, unexpected", CASES,
                         ids=[f"{p.stem}:{f.id}:{e.line}" for p, f, e, _, _ in CASES])
def test_rule_example(path, fact, ex, missed, unexpected):
    assert not missed and not unexpected, f"{ex.text!r}: missed {missed}, unexpected {unexpected}"


GOOD_FACT = "  - id: dead\n    kind: count\n    cues: [killed]\n"


@pytest.mark.parametrize("content, message", [
    ("", "empty"),
    ("- a\n- b\n", "expected a mapping with 'facts'"),
    ("facts: [\n", "YAML error"),
    ("facts:\n" + GOOD_FACT + GOOD_FACT, "duplicate fact id"),
    ("facts:\n  - id: dead\n    kind: cuont\n    cues: [killed]\n", "did you mean 'count'"),
    ("facts:\n  - id: dead\n    kind: count\n    cuse: [killed]\n", "did you mean 'cues'"),
    ("facts:\n  - id: dead\n    kind: count\n", "needs cues"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: killed\n", "expected a list of cue words"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    patterns: ['(?P<value>\\d+']\n",
     "bad regular expression"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    window: many\n", "whole number"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    about: Jackson\n", "one of which a sentence must hold"),
    ("facts:\n  - id: who\n    kind: entities\n    cues: [held]\n", "mapping of ids to aliases"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    values: [hat-trick]\n", "mapping of words to the value"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    values: {hat-trick: lots}\n",
     "'hat-trick': expected a count"),
    ("x: &a [1]\nfacts: *a\n", "anchors and aliases are not allowed"),
    ("facts: !!python/object:os.system {}\n", "YAML error"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    examples:\n      - text: hi\n        expect: lots\n",
     "expected a count"),
    ("facts:\n  - id: wind\n    kind: number\n    unit: furlongs\n    cues: [winds]\n", "expected a unit of measure"),
    ("facts:\n  - id: cat\n    kind: number\n    units: Category\n    cues: [landfall]\n", "name the figure"),
    ("facts:\n  - id: day\n    kind: date\n    ahead: soon\n    cues: [hearing]\n", "expected true or false"),
    ("facts:\n  - id: day\n    kind: date\n    months: 1\n    cues: [hearing]\n", "expected true or false"),
    ("facts:\n  - id: stake\n    kind: percentage\n    ahead: 1\n    cues: [holders]\n", "expected true or false"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    background: maybe\n",
     "expected true, false or a list of words"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    background: [3]\n", "naming the fact's own period"),
    ("facts:\n  - id: wind\n    kind: number\n    unit: km/h\n    cues: [winds]\n    examples:\n      - text: hi\n"
     "        expect: 120 km\n", "expected a measure in km/h"),
    ("facts:\n  - id: fee\n    kind: money\n    cues: [fee]\n    rates: {GBP: 1.16}\n", "rates need the fact's own currency"),
    ("facts:\n  - id: fee\n    kind: money\n    currency: EUR\n    cues: [fee]\n    rates: {GBP: high}\n",
     "expected currency codes with what one of each is worth"),
    ("facts:\n  - id: fee\n    kind: money\n    per: decade\n    cues: [fee]\n",
     "expected the span of time the amount is per: hour, day, week, month, year"),
    ("facts:\n  - id: start\n    kind: date\n    range: middle\n    cues: [trip]\n",
     "expected which day of a run of days is the fact's: start or end"),
    ("facts:\n  - id: stay\n    kind: count\n    range: start\n    cues: [trip]\n", "unknown key"),
    # bounds of an expected range that are no numbers, none at all, or the wrong way round
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    examples:\n      - text: hi\n"
     "        expect: {min: many, max: 3}\n", "expected a count such as 32 or 'at least 40'"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    examples:\n      - text: hi\n"
     "        expect: {min: null, max: null}\n", "expected a count such as 32 or 'at least 40'"),
    ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    examples:\n      - text: hi\n"
     "        expect: {min: 50, max: 10}\n", "expected a count such as 32 or 'at least 40'"),
])
def test_bad_rule_files(tmp_path, content, message):
    path = tmp_path / "r.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(path)
    assert message in str(err.value)
    assert str(err.value).startswith(str(path))
    assert "\n" not in str(err.value)


def test_an_expected_range_may_give_only_its_upper_bound(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    examples:\n"
                    "      - text: Up to 200 were killed.\n        expect: {min: null, max: 200}\n", encoding="utf-8")
    ex = load_rules(path).facts[0].examples[0]
    assert (ex.expect.lo, ex.expect.hi) == (0, 200)
    assert run_examples(load_rules(path))[0][2:] == ([], [])  # read as "up to 200" is


def test_error_names_line_fact_and_key(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("facts:\n" + GOOD_FACT + "  - id: toll\n    kind: count\n    cues: [dead]\n    unist: [people]\n")
    with pytest.raises(RuleError) as err:
        load_rules(path)
    assert str(err.value).startswith(f"{path}:8:5: fact 'toll': key 'unist': unknown key")
    assert "did you mean 'units'" in str(err.value)


def test_a_folder_of_rule_files_is_one_rule_set(tmp_path):
    (tmp_path / "a.yaml").write_text("facts:\n" + GOOD_FACT)
    (tmp_path / "b.yaml").write_text("facts:\n  - id: when\n    kind: date\n    cues: [raid]\n")
    assert [f.id for f in load_rules(tmp_path).facts] == ["dead", "when"]
    (tmp_path / "c.yaml").write_text("facts:\n" + GOOD_FACT)
    with pytest.raises(RuleError, match="also defined"):
        load_rules(tmp_path)


def test_missing_rule_file():
    with pytest.raises(RuleError, match="no such rule file"):
        load_rules(Path("nope.yaml"))


def test_the_documented_example_is_valid_and_its_examples_hold(tmp_path):
    doc = (ROOT / "rules" / "README.md").read_text(encoding="utf-8")
    path = tmp_path / "example.yaml"
    path.write_text(doc.split("```yaml")[1].split("```")[0], encoding="utf-8")
    results = run_examples(load_rules(path))
    assert len(results) == 11
    assert [(f.id, m, u) for f, _, m, u in results if m or u] == []


@pytest.mark.parametrize("written, read", [
    ("[no, off, on, yes, Yes, n]", ["no", "off", "on", "yes", "Yes", "n"]),  # cue words, not booleans
    ("[true, false, null]", [True, False, None]),
    ("[2:56, 010, 1_000, 0.5, .5, 1e3, 0x1F]", ["2:56", "010", 1000, 0.5, 0.5, 1000.0, "0x1F"]),
])
def test_plain_words_stay_words_as_in_yaml_1_2(written, read):
    from consistency.rules import _Loader, yaml

    assert yaml.load(f"a: {written}", Loader=_Loader)["a"] == read


def test_a_cue_that_yaml_1_1_calls_a_boolean_is_a_word(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text("facts:\n  - id: toll\n    kind: count\n    cues: [killed, off, no]\n", encoding="utf-8")
    assert load_rules(path).facts[0].cues == ("killed", "off", "no")
