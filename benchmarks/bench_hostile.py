"""Time and memory per article on inputs built to hurt: the bounds issue #6 asks for.

    python benchmarks/bench_hostile.py

Each line: the input, its size, the wall time of `consistency extract` on it in a fresh process,
and that process's peak RSS. Every case should end in seconds with a bounded footprint.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULES = ROOT / "rules" / "venezuela-raid.yaml"


def cases() -> list[tuple[str, str, str]]:
    return [
        ("50 MB of prose", "big.txt", ("Cuba said 32 Cuban officers were killed in the raid. " * 960_000)[:50_000_000]),
        ("1.9 MB of prose", "long.txt", ("Cuba said 32 Cuban officers were killed in the raid. " * 40_000)[:1_900_000]),
        ("one sentence of 100,000 words", "words.txt", " ".join(["word"] * 50_000 + ["32 Cubans were killed and"] * 1000
                                                                + ["word"] * 45_000)),
        ("10,000 numbers in one sentence", "numbers.txt", "killed " + " ".join(str(i) for i in range(10_000))),
        ("2,000 cues each with a number", "cues.txt", " ".join(f"killed {i} Cubans" for i in range(2000))),
        ("a 10,000-character word", "word.txt", "x" * 10_000 + " Cuba said 32 Cuban officers were killed."),
        ("a run of 500,000 dots", "dots.txt", "Cuba said 32 Cuban officers were killed" + "." * 500_000 + " Then more."),
        ("HTML nested 5,000 deep", "nested.html", "<html><body>" + "<div>" * 5000 + "<p>Cuba said 32 Cuban officers "
         "were killed in the raid on Caracas on Saturday, the government said.</p>" + "</div>" * 5000 + "</body></html>"),
    ]


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for label, name, text in cases():
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            t0 = time.perf_counter()
            res = subprocess.run([sys.executable, "-m", "consistency", "extract", str(path), "--rules", str(RULES),
                                  "--format", "json"], capture_output=True, text=True, cwd=ROOT)
            wall = time.perf_counter() - t0
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            outcome = "ok" if res.returncode == 0 else res.stderr.strip().splitlines()[-1][:80]
            print(f"{label}: {len(text) / 1e6:.2f} MB, {wall:.2f} s, peak RSS so far {peak:.0f} MB ({outcome})")


if __name__ == "__main__":
    main()
