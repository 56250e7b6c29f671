"""Nightly runs over many stories: find the stories, check each in its own process, write a dated run.

Each story is checked by check_story, a pure function of (rules, articles) -> report, so a larger
engine can hand stories to other machines without changing it.
"""

from __future__ import annotations

import csv
import glob
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .errors import ConsistencyError, InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson")
RULE_SUFFIXES = (".yaml", ".yml")
STORY_KEYS = ("name", "rules", "articles")


@dataclass(frozen=True, slots=True)
class Story:
    name: str
    rules: str
    articles: tuple[str, ...]
    error: str = ""  # a story that could not even be set up fails alone


@dataclass(slots=True)
class StoryResult:
    """What a worker sends back: already serialized, so the parent process only writes (the story's
    page is written by the worker itself)."""

    name: str
    summary: dict[str, int] | None  # None when the story failed
    facts: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> status, consensus: for changes
    sources: int = 0
    html: str = ""
    report_json: str = "null"
    csv: str = ""  # rows without a header
    error: str = ""


@dataclass(slots=True)
class BatchResult:
    run_dir: Path
    stories: list[dict[str, Any]] = field(default_factory=list)  # the index rows
    conflicts: int = 0
    missing: int = 0
    failed: int = 0


def _expand(base: Path, patterns: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for pattern in patterns:
        full = pattern if os.path.isabs(pattern) else str(base / pattern)
        matches = sorted(glob.glob(full, recursive=True))
        found += matches if matches else [full]  # a missing file is reported by the story, not hidden
    return tuple(dict.fromkeys(found))


def _story_from_folder(folder: Path) -> Story:
    name = folder.name
    meta_path = folder / "story.yaml"
    if meta_path.exists():
        import yaml

        try:
            meta = yaml.safe_load(meta_path.read_text(encoding="utf-8")) or {}
        except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
            return Story(name, "", (), f"{meta_path}: cannot be read ({str(exc).splitlines()[0]})")
        if not isinstance(meta, dict) or set(meta) - set(STORY_KEYS):
            return Story(name, "", (), f"{meta_path}: expected a mapping with {', '.join(STORY_KEYS)}")
        name = str(meta.get("name") or name)
        rules = meta.get("rules")
        if not isinstance(rules, str):
            return Story(name, "", (), f"{meta_path}: 'rules' must name a rule file or folder")
        rules_path = rules if os.path.isabs(rules) else str((folder / rules).resolve())
        globs = meta.get("articles")
        if globs is not None:
            if isinstance(globs, str):
                globs = [globs]
            if not isinstance(globs, list):
                return Story(name, rules_path, (), f"{meta_path}: 'articles' must be a list of paths or globs")
            return Story(name, rules_path, _expand(folder, [str(g) for g in globs]))
    else:
        rule_files = sorted(p for p in folder.iterdir() if p.suffix in RULE_SUFFIXES)
        if len(rule_files) != 1:
            return Story(name, "", (), f"{folder}: expected one rule file (*.yaml) or a story.yaml, "
                                       f"found {len(rule_files)}")
        rules_path = str(rule_files[0])
    articles = tuple(str(p) for p in sorted(folder.iterdir())
                     if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES and p.name != "story.yaml")
    if not articles:
        return Story(name, rules_path, (), f"{folder}: no articles ({', '.join(ARTICLE_SUFFIXES)})")
    return Story(name, rules_path, articles)


def _stories_from_manifest(path: Path) -> list[Story]:
    base = path.parent
    if path.suffix.lower() == ".csv":
        rows: dict[str, tuple[str, list[str]]] = {}
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.DictReader(fh)
            if not reader.fieldnames or not {"story", "rules", "articles"} <= set(reader.fieldnames):
                raise InputError(str(path), "a CSV manifest needs the columns story, rules, articles")
            for row in reader:
                name = (row["story"] or "").strip()
                if name:
                    rows.setdefault(name, ((row["rules"] or "").strip(), []))[1].append((row["articles"] or "").strip())
        items = [{"name": n, "rules": r, "articles": a} for n, (r, a) in rows.items()]
    else:
        import yaml

        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (yaml.YAMLError, UnicodeDecodeError) as exc:
            raise InputError(str(path), f"is not a valid YAML manifest ({str(exc).splitlines()[0]})") from None
        items = data.get("stories") if isinstance(data, dict) else data
        if not isinstance(items, list):
            raise InputError(str(path), "a YAML manifest is a list of stories (name, rules, articles)")
    stories = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not item.get("name") or not isinstance(item.get("rules"), str):
            stories.append(Story(f"story-{i + 1}", "", (), f"{path}: story {i + 1} needs a name and rules"))
            continue
        arts = item.get("articles") or []
        arts = [arts] if isinstance(arts, str) else arts
        rules = item["rules"] if os.path.isabs(item["rules"]) else str(base / item["rules"])
        stories.append(Story(str(item["name"]), rules, _expand(base, [str(a) for a in arts])))
    return stories


def discover(source: str | Path) -> list[Story]:
    """The stories under a folder (one subfolder each) or in a manifest (YAML or CSV), by name."""
    source = Path(source)
    if not source.exists():
        raise InputError(str(source), "no such folder or manifest")
    if source.is_file():
        stories = _stories_from_manifest(source)
    else:
        stories = [_story_from_folder(p) for p in sorted(source.iterdir()) if p.is_dir() and not p.name.startswith(".")]
    if not stories:
        raise InputError(str(source), "holds no stories (one subfolder per story, or a manifest)")
    names = [s.name for s in stories]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise InputError(str(source), f"two stories are named '{dupes[0]}'")
    pages: dict[str, str] = {}
    for n in names:
        other = pages.setdefault(_file_name(n), n)
        if other != n:
            raise InputError(str(source), f"stories '{other}' and '{n}' would share the page {_file_name(n)}; rename one")
    return sorted(stories, key=lambda s: s.name)


def check_story(story: Story, generated: str = "") -> StoryResult:
    """One story, start to end; a pure function of its rules and articles (and the stamp)."""
    if story.error:
        return StoryResult(story.name, None, error=story.error)
    from .pipeline import check_articles, load_sources
    from .report import csv_text, render_html, to_dict

    try:
        rules, matcher = _compiled_rules(story.rules)
        skipped: list[str] = []
        articles = load_sources(story.articles, skipped=skipped)
        if not articles:
            raise ConsistencyError("; ".join(skipped) or "no articles")
        report = check_articles(rules, articles, matcher, generated=generated, skipped=skipped)
        data = to_dict(report)
        facts = {f["id"]: {"status": f["status"], "consensus": f["consensus"]} for f in data["facts"]}
        return StoryResult(story.name, data["summary"], facts, len(data["sources"]), render_html(report),
                           json.dumps(data, ensure_ascii=False), csv_text(data, story.name, header=False))
    except ConsistencyError as exc:
        return StoryResult(story.name, None, error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one story's bug must not lose the others
        return StoryResult(story.name, None, error=f"internal error: {exc.__class__.__name__}: {exc}")


_RULES_CACHE: dict[tuple[str, int, int], Any] = {}


def _compiled_rules(path: str):
    """Rules and their matcher, kept per process while the file is unchanged: stories share rule files."""
    from .matcher import Matcher
    from .rules import load_rules

    try:
        st = os.stat(path)
        key = (os.path.abspath(path), st.st_mtime_ns, st.st_size)
    except OSError:
        key = None
    if key is not None and key in _RULES_CACHE:
        return _RULES_CACHE[key]
    rules = load_rules(path)
    compiled = (rules, Matcher(rules))
    if key is not None and len(_RULES_CACHE) < 256:
        _RULES_CACHE[key] = compiled
    return compiled


def _check_and_write(args: tuple[Story, str, str]) -> StoryResult:
    """check_story, with the story's page written where the run is being built: the page then
    never travels back to the parent process, which would otherwise copy and write every one."""
    story, generated, pages = args
    res = check_story(story, generated)
    if res.summary is not None:
        (Path(pages) / _file_name(res.name)).write_text(res.html, encoding="utf-8")
        res.html = ""
    return res


def _results(stories: list[Story], jobs: int, generated: str, pages: Path) -> Iterator[StoryResult]:
    work = [(s, generated, str(pages)) for s in stories]
    if jobs <= 1 or len(stories) <= 1:
        yield from map(_check_and_write, work)
        return
    # Stories go out in small chunks: one at a time, the hand-offs cost the parent as much as it saves.
    chunk = max(1, min(8, len(stories) // (jobs * 16)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(_check_and_write, work, chunksize=chunk)


def changes(previous: dict[str, Any] | None, story: str, facts: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """New conflicts, resolved conflicts and changed consensus values against the previous run."""
    out: dict[str, list[str]] = {"new_conflicts": [], "resolved_conflicts": [], "changed": []}
    old = (previous or {}).get(story)
    if not old or not facts:
        return out
    for fid, fact in facts.items():
        was = old.get(fid)
        if not isinstance(was, dict):
            continue
        if fact["status"] == "conflict" and was.get("status") != "conflict":
            out["new_conflicts"].append(fid)
        if was.get("status") == "conflict" and fact["status"] != "conflict":
            out["resolved_conflicts"].append(fid)
        if was.get("consensus") != fact.get("consensus") and was.get("consensus") is not None:
            out["changed"].append(fid)
    return out


STATE = "facts.json"  # per run: story -> fact -> status and consensus, small, for the next run's changes


def _previous(out: Path) -> dict[str, Any] | None:
    try:
        data = json.loads((out / "latest" / STATE).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def run_batch(source: str | Path, out: str | Path = "reports", jobs: int | None = None,
              progress: Callable[[int, int, StoryResult], None] | None = None, stamp: datetime | None = None
              ) -> BatchResult:
    """Check every story; write run-YYYYMMDD-HHMMSS/ (index.html, stories/, results.json, results.csv)
    under out, atomically, and point out/latest at it."""
    from .report import CSV_COLUMNS, render_index, write_atomic

    stories = discover(source)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    now = stamp or datetime.now(UTC)
    generated = now.strftime("%Y-%m-%d %H:%M UTC")
    previous = _previous(out)
    tmp = Path(tempfile.mkdtemp(prefix=".run-", dir=out))
    umask = os.umask(0)
    os.umask(umask)
    tmp.chmod(0o777 & ~umask)  # mkdtemp makes it private; a run folder is for the whole desk
    result = BatchResult(out / f"run-{now:%Y%m%d-%H%M%S}")
    try:
        (tmp / "stories").mkdir()
        state: dict[str, Any] = {}
        with (tmp / "results.json").open("w", encoding="utf-8") as fh, \
                (tmp / "results.csv").open("w", encoding="utf-8", newline="") as csv_fh:
            csv_fh.write(",".join(CSV_COLUMNS) + "\n")
            fh.write('{"schema": "consistency/batch@1", "generated": ' + json.dumps(generated) + ', "stories": [\n')
            for n, res in enumerate(_results(stories, jobs or os.cpu_count() or 1, generated, tmp / "stories"), 1):
                row = _index_row(res, changes(previous, res.name, res.facts))
                result.stories.append(row)
                state[res.name] = res.facts
                if res.summary is not None:
                    csv_fh.write(res.csv)
                fh.write(("" if n == 1 else ",\n") + '{"story": ' + json.dumps(res.name, ensure_ascii=False)
                         + ', "error": ' + json.dumps(res.error or None, ensure_ascii=False)
                         + ', "changes": ' + json.dumps(row["changes"]) + ', "report": ' + res.report_json + "}")
                result.conflicts += row["conflict"]
                result.missing += row["missing"]
                result.failed += bool(res.error)
                if progress:
                    progress(n, len(stories), res)
            fh.write("\n]}\n")
        (tmp / STATE).write_text(json.dumps(state, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        write_atomic(tmp / "index.html", render_index(result.stories, generated, str(source)))
        if result.run_dir.exists():
            shutil.rmtree(result.run_dir)
        os.replace(tmp, result.run_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    _point_latest(out, result.run_dir)
    return result


def _point_latest(out: Path, run_dir: Path) -> None:
    """out/latest -> the newest run, swapped in one rename; a copy where links are not allowed."""
    link = out / "latest"
    tmp = out / ".latest.tmp"
    try:
        if tmp.is_symlink() or tmp.exists():
            tmp.unlink()
        tmp.symlink_to(run_dir.name, target_is_directory=True)
        if link.exists() and not link.is_symlink():
            shutil.rmtree(link)
        os.replace(tmp, link)
    except OSError:
        staging = Path(tempfile.mkdtemp(prefix=".latest-", dir=out))
        shutil.rmtree(staging)
        shutil.copytree(run_dir, staging)
        if link.is_symlink():
            link.unlink()
        elif link.exists():
            shutil.rmtree(link)
        os.replace(staging, link)


_STATUSES = ("conflict", "missing", "partial", "updated", "single", "agree")


def _index_row(res: StoryResult, change: dict[str, list[str]]) -> dict[str, Any]:
    summary = res.summary or {}
    row: dict[str, Any] = {"story": res.name, "file": _file_name(res.name), "error": res.error,
                           "changes": change, "facts": summary.get("facts", 0), "sources": res.sources}
    for s in _STATUSES:
        row[s] = summary.get(s, 0)
    return row


def _file_name(name: str) -> str:
    from .articles import slug

    return f"{slug(name)}.html"
