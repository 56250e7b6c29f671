"""Every bad input gets exit code 2 and one line naming the file and the problem; no partial output."""

import os

import pytest
from typer.testing import CliRunner

from consistency.cli import app

from .conftest import RULES, SEEDS

GOOD_RULE = "facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n"

ARTICLES = [  # (file name, content or None for a folder / missing file, what the line says)
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\t \n", "is empty"),
    ("binary.bin", bytes(range(256)) * 4, "binary"),
    ("nul.txt", b"Cuba said\x00 32 were killed", "binary"),
    ("bad.txt", bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 40, "neither UTF-8"),
    ("folder", None, "is a folder"),
    ("missing.txt", "missing", "no such file"),
    ("bad.json", b'{"headline": ', "not valid JSON"),
    ("bad.jsonl", b'{"headline": "a", "body_text": "x"}\n{oops\n', "not valid JSON"),
    ("huge.txt", b"Cuba said 32 Cuban officers were killed. " * 60_000, "an article is read up to"),
]

RULES_BAD = [
    ("r.yaml", "facts: [\n", "YAML error"),
    ("r.yaml", "a: &a [1, 2]\nb: &b [*a, *a, *a, *a]\nfacts: [*b, *b]\n", "anchors and aliases are not allowed"),
    ("r.yaml", "facts: !!python/name:os.system\n", "YAML error"),
    ("r.yaml", "facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    window: wide\n", "key 'window'"),
    ("r.yaml", "facts:\n" + GOOD_RULE.split("\n", 1)[1] + GOOD_RULE.split("\n", 1)[1], "duplicate fact id"),
    ("r.yaml", "", "empty"),
    ("r.yaml", "facts:\n  - id: dead\n    kind: count\n", "needs cues"),
    ("r.yaml", "- id: dead\n  kind: count\n", "found a list"),
]


def _one_line(res, name):
    assert res.exit_code == 2, res.output
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and name in lines[0]
    assert "Traceback" not in res.output


@pytest.mark.parametrize("name, content, message", ARTICLES, ids=[a[0] for a in ARTICLES])
def test_bad_article(tmp_path, name, content, message):
    path = tmp_path / name
    if content is None:
        path.mkdir()
    elif isinstance(content, bytes):
        path.write_bytes(content)
    out = tmp_path / "report.html"
    res = CliRunner().invoke(app, ["check", str(path), "--rules", str(RULES), "--html", str(out)])
    _one_line(res, name)
    assert message in res.stderr
    assert not out.exists() and not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize("name, content, message", RULES_BAD, ids=[m for _, _, m in RULES_BAD])
def test_bad_rule_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content)
    out = tmp_path / "report.html"
    res = CliRunner().invoke(app, ["check", SEEDS[0], "--rules", str(path), "--html", str(out)])
    _one_line(res, name)
    assert message in res.stderr
    assert not out.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text("Cuba said 32 Cuban officers were killed.")
    path.chmod(0)
    res = CliRunner().invoke(app, ["check", str(path), "--rules", str(RULES), "--no-html"])
    _one_line(res, "secret.txt")
    assert "permission denied" in res.stderr


def test_a_good_report_is_not_replaced_by_a_failed_run(tmp_path):
    out = tmp_path / "report.html"
    CliRunner().invoke(app, ["check", *SEEDS, "--rules", str(RULES), "--html", str(out)])
    before = out.read_text()
    res = CliRunner().invoke(app, ["check", str(tmp_path / "nope.txt"), "--rules", str(RULES), "--html", str(out)])
    assert res.exit_code == 2 and out.read_text() == before
