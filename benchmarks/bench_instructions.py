"""Instructions per article, a count that does not wander with the machine's load.

    python benchmarks/bench_instructions.py [--articles 150]

Runs `check` (read, match, compare, JSON) over seed-corpus articles under valgrind's cachegrind,
once with the articles and once without (imports and set-up only), and prints the difference per
article. The articles are checked once before, outside cachegrind, so that every expression they use
is in the cache of compiled expressions (consistency/rx.py) and the count does not depend on what
ran before; string hashing is fixed (PYTHONHASHSEED=0), since set and dict order moves the count.
Needs valgrind (`apt-get install -y valgrind`); takes about 20 s.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def work(paths: list[str]) -> None:
    from bench_check import check_stories

    from consistency.matcher import Matcher
    from consistency.rules import load_rules

    rules = load_rules(ROOT / "rules" / "venezuela-raid.yaml")
    check_stories(rules, Matcher(rules), paths)


_ENV = os.environ | {"PYTHONHASHSEED": "0"}


def instructions(paths: list[str]) -> int:
    cmd = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
           sys.executable, __file__, "--work", *paths]
    err = subprocess.run(cmd, capture_output=True, text=True, check=True, env=_ENV).stderr
    return int(re.search(r"I\s+refs:\s+([\d,]+)", err).group(1).replace(",", ""))


def main() -> None:
    if sys.argv[1:2] == ["--work"]:  # the measured child: check these articles
        work(sys.argv[2:])
        return
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=150)
    args = ap.parse_args()
    from bench_check import seed_corpus

    with seed_corpus(args.articles) as (_, _, paths):
        subprocess.run([sys.executable, __file__, "--work", *paths], check=True, env=_ENV)  # warm the expression cache
        per = (instructions(paths) - instructions([])) / len(paths)
    print(f"check: {per / 1e6:.2f} M instructions per seed article ({len(paths)} articles, under cachegrind)")


if __name__ == "__main__":
    main()
