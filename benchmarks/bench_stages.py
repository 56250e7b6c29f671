"""Where the time of `check` goes, stage by stage, per article of the seed corpus.

    python benchmarks/bench_stages.py [--articles 300] [--repeat 7]

Builds the corpus as bench_check.py does, then times each stage on its own, in this process, and
prints the best of --repeat runs in microseconds per article: reading (decode, language, title,
publication date), the text scan (folding, sentences), the cue pass, matching (the scan, the cues,
candidate values, binding, evidence), and the whole check of stories of three with the JSON report.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def best(fn, repeat: int, count: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times) / count * 1e6


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()

    from bench_check import seed_corpus

    from consistency.pipeline import check_articles, load_sources
    from consistency.report import render_json
    from consistency.text import Scan

    with seed_corpus(args.articles) as (rules, matcher, paths):
        n, r = len(paths), args.repeat
        articles = load_sources(paths)
        stages = {
            "read (decode, language, title, date)": best(lambda: load_sources(paths), r, n),
            "scan (fold, sentences)": best(lambda: [Scan(a.text) for a in articles], r, n),
            "cues (one pass)": best(lambda: [matcher.find_cues(Scan(a.text)) for a in articles], r, n),
            "match (scan + cues + values + binding)": best(lambda: [matcher.find(a) for a in articles], r, n),
        }
        stages["cues (one pass)"] -= stages["scan (fold, sentences)"]  # a scan keeps its cues: time it fresh
        stories = [articles[i:i + 3] for i in range(0, n, 3)]
        stages["check (match + compare + JSON)"] = best(
            lambda: [render_json(check_articles(rules, s, matcher, generated="")) for s in stories], r, n)
        stages["  of which compare + JSON"] = (stages["check (match + compare + JSON)"]
                                            - stages["match (scan + cues + values + binding)"])
    width = max(map(len, stages))
    for name, us in stages.items():
        print(f"{name:{width}}  {us:8.0f} µs/article")
    total = stages["read (decode, language, title, date)"] + stages["check (match + compare + JSON)"]
    print(f"{'read + check':{width}}  {total:8.0f} µs/article = {1e6 / total:,.0f} articles/s")


if __name__ == "__main__":
    main()
