"""Throughput and memory of `consistency batch` on a generated desk.

    python benchmarks/bench_batch.py [--stories 200] [--per-story 5] [--spanish 0.2]

Builds STORIES story folders of PER-STORY articles each, from the seed articles (figures, names and
dates varied), from ../shared/corpus/ecb when present (whole articles, as noise a desk also
carries), and a share of Spanish and Portuguese articles from four templates written here. Then runs the batch in a
fresh process with --jobs 1 and --jobs 2 and prints articles per second and peak memory (RSS of the
largest process, from getrusage).
"""

from __future__ import annotations

import argparse
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "ecb"

SPANISH = [
    "LA HABANA, {d} ene (Agencia) - El gobierno de Cuba informó que {n} cubanos murieron en el ataque de Estados "
    "Unidos en Caracas el pasado {d0} de enero, y decretó {m} días de duelo nacional. Según el comunicado, los "
    "fallecidos eran miembros de las Fuerzas Armadas y del Ministerio del Interior. {name} y su esposa fueron "
    "capturados y trasladados a Nueva York.",
    "CARACAS, {d} de enero (Agencia).- Al menos {t} personas murieron durante la operación militar, entre ellas "
    "{n} cubanos, dijeron las autoridades venezolanas. La Habana declaró {m} días de duelo oficial.",
    "El presidente cubano, Miguel Díaz-Canel, rindió homenaje este {d} de enero a los {n} combatientes muertos en "
    "Venezuela. «Cayeron cumpliendo su deber», dijo ante miles de personas en La Habana. Los fallecidos, según el "
    "Ministerio del Interior, integraban la escolta de {name}, detenido junto a su esposa, Cilia Flores, durante el "
    "asalto del sábado. El duelo oficial se extenderá por {m} días; las banderas ondearán a media asta.",
    "HAVANA, {d} de janeiro (Agência) - O governo de Cuba afirmou que {n} militares cubanos morreram na operação "
    "dos Estados Unidos em Caracas no dia {d0} de janeiro e decretou luto oficial de {m} dias. {name} e sua esposa "
    "foram capturados e levados para Nova York, segundo autoridades americanas. Ao menos {t} pessoas morreram no "
    "total, de acordo com o governo venezuelano.",
]


def vary(text: str, rng: random.Random) -> str:
    n = rng.choice([32, 32, 32, 30, 33])
    text = text.replace("32", str(n)).replace("Maduro", rng.choice(["Maduro", "Morales", "Ortega"]))
    return text.replace("two days", f"{rng.choice(['two', 'three'])} days")


def build(root: Path, stories: int, per_story: int, spanish: float, rng: random.Random) -> int:
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    corpus = sorted(CORPUS.glob("*.txt")) if CORPUS.exists() else []
    rules = ROOT / "rules" / "venezuela-raid.yaml"
    count = 0
    for s in range(stories):
        folder = root / f"story-{s:04d}"
        folder.mkdir(parents=True)
        (folder / "story.yaml").write_text(f"rules: {rules}\n")
        for a in range(per_story):
            if rng.random() < spanish:
                text = rng.choice(SPANISH).format(d=rng.choice([4, 5]), d0=3, n=rng.choice([32, 32, 30]),
                                                  m=rng.choice([2, 2, 3]), t=rng.choice([80, 100]),
                                                  name=rng.choice(["Maduro", "Nicolás Maduro"]))
            elif corpus and rng.random() < 0.2:
                text = rng.choice(corpus).read_text(encoding="utf-8")
            else:
                text = vary(rng.choice(seeds), rng)
            (folder / f"a{a:03d}.txt").write_text(text, encoding="utf-8")
            count += 1
    return count


def run(desk: Path, out: Path, jobs: int) -> tuple[float, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "consistency", "batch", str(desk), "--out", str(out), "--jobs", str(jobs),
                    "--fail-on", "never"], check=True, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - t0
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return wall, max(peak, before) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--stories", type=int, default=200)
    ap.add_argument("--per-story", type=int, default=5)
    ap.add_argument("--spanish", type=float, default=0.2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        desk = Path(tmp) / "desk"
        n = build(desk, args.stories, args.per_story, args.spanish, random.Random(11))
        size = sum(p.stat().st_size for p in desk.rglob("*.txt")) / n / 1024
        results = {}
        for jobs in (1, 2):
            wall, peak = run(desk, Path(tmp) / f"out{jobs}", jobs)
            results[jobs] = wall
            print(f"batch --jobs {jobs}: {n} articles ({size:.1f} KB avg) in {wall:.1f} s = {n / wall:,.0f} "
                  f"articles/s; peak RSS of the largest process {peak:.0f} MB")
        print(f"speed-up --jobs 2 / --jobs 1: {results[1] / results[2]:.2f}x")


if __name__ == "__main__":
    main()
