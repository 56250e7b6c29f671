"""Speed of `check` on a generated corpus, and cold-process wall time of `consistency diff`.

    python benchmarks/bench_check.py [--articles 10000] [--per-story 3]

Builds the corpus from the seed articles with figures, names and dates varied, in a temporary
folder, then checks it story by story in this one process (read + match + compare + JSON), and
times `consistency diff` on two seeds in fresh processes (median of 7), with the cache of compiled regular
expressions (consistency/rx.py) and the bytecode that the first run fills, and without the first.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ["Maduro", "Morales", "Ortega", "Castillo", "Delgado", "Herrera"]
DAYS = ["two", "three", "four", "seven", "48 hours of"]


def vary(text: str, rng: random.Random) -> str:
    n = rng.choice([32, 32, 32, 30, 33, 40])
    text = re.sub(r"\b32\b", str(n), text)
    text = text.replace("Maduro", rng.choice(NAMES)).replace("two days", f"{rng.choice(DAYS)} days")
    return text.replace("January 3", f"January {rng.choice([2, 3, 3, 4])}")


def build(folder: Path, count: int, rng: random.Random) -> list[Path]:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    paths = []
    for i in range(count):
        p = folder / f"a{i:06d}.txt"
        p.write_text(vary(seeds[i % len(seeds)], rng), encoding="utf-8")
        paths.append(p)
    return paths


@contextmanager
def seed_corpus(count: int) -> Iterator[tuple[Any, Any, list[str]]]:
    """The seed story's rules, their matcher, and count generated articles (in a temporary folder)."""
    from consistency.matcher import Matcher
    from consistency.rules import load_rules

    rules = load_rules(ROOT / "rules" / "venezuela-raid.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        yield rules, Matcher(rules), [str(p) for p in build(Path(tmp), count, random.Random(7))]


def check_stories(rules: Any, matcher: Any, paths: list[str], per_story: int = 3) -> int:
    """`check` as the CLI runs it, story by story: read, match, compare, JSON. The conflicting facts found."""
    from consistency.pipeline import check_articles, load_sources
    from consistency.report import render_json

    conflicts = 0
    for i in range(0, len(paths), per_story):
        report = check_articles(rules, load_sources(paths[i:i + per_story]), matcher, generated="")
        render_json(report)
        conflicts += report.summary["conflict"]
    return conflicts


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--per-story", type=int, default=3)
    args = ap.parse_args()

    from consistency.matcher import Matcher
    from consistency.pipeline import check_articles, load_sources
    from consistency.rules import load_rules

    with seed_corpus(args.articles) as (rules, matcher, paths):
        size = sum(Path(p).stat().st_size for p in paths) / len(paths)
        t0 = time.perf_counter()
        conflicts = check_stories(rules, matcher, paths, args.per_story)
        elapsed = time.perf_counter() - t0
    print(f"check: {len(paths)} articles ({size / 1024:.1f} KB each) in {elapsed:.2f} s = "
          f"{len(paths) / elapsed:,.0f} articles/s (one process; {conflicts} conflicting facts)")

    corpus = ROOT.parent / "shared" / "corpus" / "ecb"
    if corpus.exists():  # real wire copy, each story with its own rules (the texts stay outside the project)
        stories = [(load_rules(ROOT / "rules" / f"{name}.yaml"), sorted(str(p) for p in corpus.glob(f"{t}_*.txt")))
                   for name, t in (("pirates-gulf-of-aden", 12), ("office-party-shooting", 18),
                                   ("hp-eds-acquisition", 44))]
        matchers = [Matcher(r) for r, _ in stories]
        done, t0 = 0, time.perf_counter()
        while done < 3000:
            for (r, arts), m in zip(stories, matchers):
                check_articles(r, load_sources(arts), m, generated="")
                done += len(arts)
        elapsed = time.perf_counter() - t0
        size = sum(Path(p).stat().st_size for _, arts in stories for p in arts) / sum(len(a) for _, a in stories)
        print(f"check on ECB+ wire copy (topics 12, 18, 44 with their rules, {size / 1024:.1f} KB each): "
              f"{done / elapsed:,.0f} articles/s")

    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    cmd = [sys.executable, "-m", "consistency", "diff", seeds[0], seeds[1], "--rules",
           str(ROOT / "rules" / "venezuela-raid.yaml")]
    # An installed package runs from compiled bytecode: a shell that sets PYTHONDONTWRITEBYTECODE would have every
    # cold process compile the package's source again (about 0.2 s here), which no user's command pays.
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    if len(base) < len(os.environ):
        print("diff: PYTHONDONTWRITEBYTECODE is set in this shell; the timed processes run without it")
    subprocess.run(cmd, capture_output=True, check=False, cwd=ROOT, env=base)  # fills the caches, as any first run does
    for label, env in (("", {}), (" without the regex cache", {"CONSISTENCY_NO_CACHE": "1"})):
        walls = []
        for _ in range(7):
            t0 = time.perf_counter()
            subprocess.run(cmd, capture_output=True, check=False, cwd=ROOT, env={**base, **env})
            walls.append(time.perf_counter() - t0)
        print(f"diff{label}: median {statistics.median(walls):.3f} s wall from a cold process "
              f"(min {min(walls):.3f}, max {max(walls):.3f}, 7 runs)")


if __name__ == "__main__":
    main()
