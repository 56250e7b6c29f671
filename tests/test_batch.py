"""consistency batch: many stories, one index, what changed, faults that fail only their story."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from consistency.batch import discover, run_batch
from consistency.cli import app
from consistency.errors import InputError

from .conftest import RULES

RULE = ("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    examples:\n"
        "      - {text: 'Five people were killed.', expect: 5}\n      - {text: 'Nobody came.', expect: none}\n")


def desk(root: Path, second: str = "Seven people were killed in the fire.") -> Path:
    (root / "fire").mkdir(parents=True, exist_ok=True)
    (root / "fire" / "rules.yaml").write_text(RULE)
    (root / "fire" / "a.txt").write_text("Seven people were killed in the fire, police said.")
    (root / "fire" / "b.txt").write_text(second)
    (root / "raid").mkdir(exist_ok=True)
    (root / "raid" / "story.yaml").write_text(f"name: Caracas raid\nrules: {RULES}\narticles: ['*.txt']\n")
    (root / "raid" / "a.txt").write_text("Cuba said 32 Cuban officers were killed. Cuba declared two days of mourning.")
    (root / "raid" / "b.txt").write_text("Thirty-two Cuban officers died, Havana said.")
    (root / "broken").mkdir(exist_ok=True)
    (root / "broken" / "rules.yaml").write_text("facts: [\n")
    (root / "broken" / "a.txt").write_text("Text.")
    return root


def test_discover_folders_and_story_files(tmp_path):
    stories = discover(desk(tmp_path / "desk"))
    assert [s.name for s in stories] == ["Caracas raid", "broken", "fire"]
    assert len(stories[0].articles) == 2 and stories[0].rules == str(RULES)


def test_two_stories_cannot_share_a_page(tmp_path):
    root = desk(tmp_path / "desk")
    (root / "Fire").mkdir()  # 'Fire' and 'fire' would both be fire.html
    (root / "Fire" / "rules.yaml").write_text(RULE)
    (root / "Fire" / "a.txt").write_text("Two people were killed.")
    with pytest.raises(InputError, match="would share the page fire.html"):
        discover(root)


def test_manifest_csv(tmp_path):
    root = desk(tmp_path / "desk")
    manifest = tmp_path / "m.csv"
    manifest.write_text(f"story,rules,articles\nfire,{root}/fire/rules.yaml,{root}/fire/*.txt\n")
    (story,) = discover(manifest)
    assert story.name == "fire" and len(story.articles) == 2


def test_run_writes_index_pages_json_csv_and_latest(tmp_path):
    root = desk(tmp_path / "desk")
    out = tmp_path / "out"
    first = run_batch(root, out, jobs=1, stamp=datetime(2026, 1, 5, 6, 0, tzinfo=UTC))
    assert first.failed == 1 and first.conflicts == 0
    latest = out / "latest"
    assert (latest / "index.html").exists() and (latest / "stories" / "fire.html").exists()
    data = json.loads((latest / "results.json").read_text())
    by = {s["story"]: s for s in data["stories"]}
    assert "broken" in by and "YAML error" in by["broken"]["error"]
    assert by["fire"]["report"]["facts"][0]["status"] == "agree"
    assert (latest / "results.csv").read_text().startswith("story,fact,label")
    index = (latest / "index.html").read_text()
    assert index.index("broken") < index.index("fire")  # failures and conflicts first

    (root / "fire" / "b.txt").write_text("Nine people were killed in the fire.")
    second = run_batch(root, out, jobs=2, stamp=datetime(2026, 1, 6, 6, 0, tzinfo=UTC))
    assert second.conflicts == 1 and second.run_dir != first.run_dir and first.run_dir.exists()
    data = json.loads((out / "latest" / "results.json").read_text())
    fire = next(s for s in data["stories"] if s["story"] == "fire")
    assert fire["changes"]["new_conflicts"] == ["dead"]
    assert "new conflict: dead" in (out / "latest" / "index.html").read_text()


def test_same_input_same_output_but_the_time(tmp_path):
    root = desk(tmp_path / "desk")
    a = run_batch(root, tmp_path / "o1", jobs=1, stamp=datetime(2026, 1, 5, tzinfo=UTC))
    b = run_batch(root, tmp_path / "o2", jobs=2, stamp=datetime(2026, 1, 5, tzinfo=UTC))
    for name in ("results.json", "results.csv", "index.html", "stories/fire.html"):
        left = (a.run_dir / name).read_text().replace(str(tmp_path / "o1"), "")
        right = (b.run_dir / name).read_text().replace(str(tmp_path / "o2"), "")
        assert left == right, name


def test_cli_exit_codes(tmp_path):
    root = desk(tmp_path / "desk")
    runner = CliRunner()
    res = runner.invoke(app, ["batch", str(root), "--out", str(tmp_path / "o"), "--jobs", "1"])
    assert res.exit_code == 2  # a story failed
    assert "[3/3]" in res.stderr and "broken: FAILED" in res.stderr
    import shutil

    shutil.rmtree(root / "broken")
    (root / "fire" / "b.txt").write_text("Nine people were killed in the fire.")
    res = runner.invoke(app, ["batch", str(root), "--out", str(tmp_path / "o"), "--jobs", "1"])
    assert res.exit_code == 1
    res = runner.invoke(app, ["batch", str(root), "--out", str(tmp_path / "o"), "--fail-on", "never"])
    assert res.exit_code == 0
    res = runner.invoke(app, ["batch", str(tmp_path / "nowhere")])
    assert res.exit_code == 2 and "no such folder" in res.stderr


def test_an_interrupted_run_leaves_the_last_good_one(tmp_path, monkeypatch):
    import pytest

    import consistency.batch as batch_module

    root = desk(tmp_path / "desk")
    out = tmp_path / "out"
    good = run_batch(root, out, jobs=1, stamp=datetime(2026, 1, 5, tzinfo=UTC))
    before = (out / "latest" / "results.json").read_text()

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt  # Ctrl-C half-way through the stories

    monkeypatch.setattr(batch_module, "_index_row", interrupted)
    with pytest.raises(KeyboardInterrupt):
        run_batch(root, out, jobs=1, stamp=datetime(2026, 1, 6, tzinfo=UTC))
    assert (out / "latest").resolve() == good.run_dir.resolve()
    assert (out / "latest" / "results.json").read_text() == before
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == []  # no half-written run left


def test_index_sorts_in_a_real_browser(tmp_path):
    import shutil

    import pytest

    sync_api = pytest.importorskip("playwright.sync_api")
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (.ci/run installs it)")
    root = desk(tmp_path / "desk")
    run_batch(root, tmp_path / "out", jobs=1)
    page_url = (tmp_path / "out" / "latest" / "index.html").as_uri()
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu",
                                                                   "--disable-background-networking"])
        page = browser.new_page()
        problems = []
        page.on("console", lambda m: problems.append(m.text))
        page.goto(page_url)
        names = lambda: [t.inner_text() for t in page.query_selector_all("tbody th")]  # noqa: E731
        assert names()[0] == "broken"  # worst first
        page.click("th[data-sort]:nth-child(1)")
        assert names() == sorted(names(), key=str.lower, reverse=True)
        page.focus("th[data-sort]:nth-child(1)")
        page.keyboard.press("Enter")
        assert names() == sorted(names(), key=str.lower)
        browser.close()
    assert problems == []  # the Content-Security-Policy let the one script run, and nothing complained
