"""The command line: exit codes, outputs, one-line errors, documented commands."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.cli import app

from .conftest import ROOT, RULES, SEEDS

runner = CliRunner()


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def test_check_conflict_exits_1_and_writes_html(tmp_path):
    out = tmp_path / "r.html"
    res = run("check", *SEEDS, "--rules", RULES, "--html", out)
    assert res.exit_code == 1
    assert "dead_affiliation" in res.stdout and "conflict" in res.stdout
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert not list(tmp_path.glob(".*.tmp"))


def test_check_no_conflict_exits_0(write):
    a = write("a.txt", "Cuba said 32 Cuban officers were killed. Cuba declared two days of mourning.")
    b = write("b.txt", "Thirty-two Cuban nationals died, Havana said, and declared 48 hours of mourning.")
    res = run("check", a, b, "--rules", RULES, "--no-html", "--format", "json")
    assert res.exit_code == 0, res.output
    facts = {f["id"]: f for f in json.loads(res.stdout)["facts"]}
    assert facts["cuban_dead"]["status"] == "agree" and facts["mourning_period"]["status"] == "agree"


@pytest.mark.parametrize("fmt, marker", [("csv", "story,fact,label"), ("markdown", "| fact | status"),
                                         ("table", "7 facts:")])
def test_formats(fmt, marker, tmp_path):
    res = run("check", *SEEDS, "--rules", RULES, "--format", fmt, "--html", tmp_path / "x.html")
    assert marker in res.stdout


def test_diff_shows_only_differences():
    res = run("diff", SEEDS[0], SEEDS[1], "--rules", RULES)
    assert res.exit_code == 1
    lines = res.stdout.splitlines()
    assert lines[0].startswith("--- ") and lines[1].startswith("+++ ")
    assert any(ln.startswith("! dead_affiliation") for ln in lines)
    assert any(ln.startswith("~ captured") for ln in lines)
    assert "cuban_dead (32)" in lines[-2] or "cuban_dead (32)" in lines[-1]


def test_extract_and_explain():
    res = run("extract", SEEDS[2], "--rules", RULES, "--format", "json", "--explain")
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert data["published"] == "2026-01-05"
    assert {f["fact"] for f in data["findings"]} >= {"cuban_dead", "operation_date", "captured"}
    assert any(r["fact"] == "total_dead" and "counts something else" in r["reason"] for r in data["refused"])
    finding_lines = [ln for ln in res.stdout.splitlines() if ln.lstrip().startswith('{"fact": ')]
    assert len(finding_lines) == len(data["findings"]) + len(data["refused"])  # one line a record
    table = run("extract", SEEDS[2], "--rules", RULES, "--explain").stdout
    assert "refused" in table and "total_dead (count): 0 found" in table


def test_rules_commands():
    assert run("rules", "check", RULES).exit_code == 0
    res = run("rules", "test", ROOT / "rules")
    assert res.exit_code == 0 and " 0 failed" in res.stdout


def test_a_failed_example_shows_why_its_value_was_refused(write):
    rules = write("r.yaml", "facts:\n  - id: ceremony\n    kind: date\n    cues: [presented]\n    examples:\n"
                  "      - text: 'The prize will be presented in Oslo on 10 December.'\n"
                  "        published: 2025-10-10\n        expect: 2025-12-10\n")
    res = run("rules", "test", rules)
    assert res.exit_code == 1
    assert res.stdout.splitlines()[1:3] == [
        "     missed: 2025-12-10",
        "     refused 'on 10 December.': after the publication date (2025-10-10): a day to come, not one that has come "
        "(a fact of a day to come takes 'ahead: true')"]


@pytest.mark.parametrize("args, message", [
    (["check", "missing.txt"], "missing.txt: no such file"),
    (["check", "{seed}", "--published", "yesterday"], "--published"),
    (["check", "{dir}"], "is a folder"),
    (["check", "{empty}"], "is empty"),
    (["check", "{binary}"], "binary"),
])
def test_errors_are_one_line_exit_2(args, message, write, tmp_path):
    subs = {"{seed}": SEEDS[0], "{dir}": str(tmp_path), "{empty}": write("e.txt", "  \n "),
            "{binary}": write("b.bin", b"\x00\x01\x02PNG")}
    res = run(*[subs.get(a, a) for a in args], "--rules", RULES, "--no-html")
    assert res.exit_code == 2
    assert res.stderr.startswith("Error: ") and message in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert "Traceback" not in res.output


def test_bad_rules_exit_2(write):
    bad = write("r.yaml", "facts: []\n")
    res = run("check", SEEDS[0], "--rules", bad, "--no-html")
    assert res.exit_code == 2 and "non-empty list of facts" in res.stderr


def test_usage_error_exits_2():
    assert run("check", SEEDS[0]).exit_code == 2  # --rules is required


@pytest.mark.parametrize("command", [["check"], ["diff"], ["extract"], ["batch"], ["rules", "check"], ["rules", "test"]])
def test_every_command_has_help_with_an_example(command):
    res = run(*command, "--help")
    assert res.exit_code == 0 and "Example: consistency" in res.stdout


def test_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for command in ["consistency check", "consistency diff", "consistency extract", "consistency batch",
                    "consistency rules check", "consistency rules test"]:
        assert command in readme


def test_python_dash_m(tmp_path):
    import subprocess
    import sys

    res = subprocess.run([sys.executable, "-m", "consistency", "--help"], capture_output=True, text=True,
                         cwd=Path(ROOT))
    assert res.returncode == 0 and "check" in res.stdout


def test_article_in_a_language_the_rules_do_not_cover(write):
    rules = write("r.yaml", "languages: [en]\nfacts:\n  - id: dead\n    kind: count\n    cues: [killed, muertos]\n"
                            "    examples:\n      - {text: 'Five people were killed.', expect: 5}\n"
                            "      - {text: 'Nobody came.', expect: none}\n")
    en = write("en.txt", "Five people were killed in the fire, the police said.")
    es = write("es.txt", "El incendio dejó cuatro muertos, según la policía local de la ciudad.")
    res = run("check", en, es, "--rules", rules, "--no-html", "--format", "json")
    data = json.loads(res.stdout)
    assert [s["covered"] for s in data["sources"]] == [True, False]
    assert data["facts"][0]["status"] == "single"  # not a conflict with an article it cannot read
    table = run("check", en, es, "--rules", rules, "--no-html").stdout
    assert "not covered" in table


def test_article_in_a_language_of_no_rule_file_is_not_read_as_another(write):
    rules = write("r.yaml", "facts:\n  - id: years\n    kind: duration\n    unit: year\n    cues: [contrato, contract]\n")
    es = write("es.txt", "El delantero firmó un contrato de dos años con el club, según anunció la entidad el martes.")
    it = write("it.txt", "Il giocatore ha firmato un contratto di tre anni con il club, che non ha reso noti gli altri "
                         "dettagli della trattativa per la stampa.")
    data = json.loads(run("check", es, it, "--rules", rules, "--no-html", "--format", "json").stdout)
    assert [(s["language"], s["covered"]) for s in data["sources"]] == [("es", True), ("it", False)]
    assert data["facts"][0]["status"] == "single" and [v["value"] for v in data["facts"][0]["values"]] == ["P2Y"]


def test_languages_key_is_validated(write):
    rules = write("r.yaml", "languages: [fr]\nfacts:\n  - id: dead\n    kind: count\n    cues: [killed]\n")
    res = run("rules", "check", rules)
    assert res.exit_code == 2 and "key 'languages'" in res.stderr


def test_explain_says_why_a_fact_did_not_fire(write):
    art = write("a.txt", "Cuba declared two days of national mourning and praised the dead as heroes.\n"
                         "The raid drew protests across the region.")
    out = run("extract", art, "--rules", RULES, "--explain").stdout
    assert "refused 'two'" in out and "a duration or an age ('days')" in out
    assert "why: 1 cue(s) found, but no value of kind 'date' within 8 words" in out  # 'raid', no date
    assert "why: no cue of this fact stands in the text" in out  # flown_to


def test_one_bad_article_does_not_stop_the_others(write, tmp_path):
    good = write("a.txt", "Cuba said 32 Cuban officers were killed in the raid.")
    bad = write("b.txt", b"\x00\x01binary")
    out = tmp_path / "r.html"
    res = run("check", good, bad, "--rules", RULES, "--html", out, "--format", "json")
    assert res.exit_code == 0
    assert "b.txt: looks like a binary file" in res.stderr and "skipped" in res.stderr
    data = json.loads(res.stdout)
    assert [s["id"] for s in data["sources"]] == ["a"] and "binary" in data["skipped"][0]
    assert "Not read:" in out.read_text()
