"""The text kind: a free phrase (the clause around the cue, or what a pattern captures), compared fuzzily."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import rx
from ..models import Article, Relation
from ..text import Scan, fold
from . import Candidate, Kind

_CLAUSE = rx.compile(r"[^,;:()—–\"“”]+")


@dataclass(frozen=True, slots=True)
class TextSpec:
    similarity: float  # rapidfuzz token_set_ratio at or above which two phrases say the same
    max_words: int


def compile_spec(options: dict[str, Any], error) -> TextSpec:
    sim = options.get("similarity", 85)
    if not isinstance(sim, (int, float)) or isinstance(sim, bool) or not 0 < sim <= 100:
        raise error("expected a similarity from 1 to 100 (rapidfuzz token_set_ratio)", key="similarity")
    words = options.get("max_words", 12)
    if not isinstance(words, int) or isinstance(words, bool) or words < 1:
        raise error("expected a whole number of words", key="max_words")
    return TextSpec(float(sim), words)


def normal(text: str) -> str:
    return " ".join(fold(text).split())


def find(scan: Scan, article: Article, lo: int, hi: int, spec: TextSpec) -> list[Candidate]:
    out = []
    for m in _CLAUSE.finditer(scan.text, lo, hi):
        raw = m.group().strip(" .!?")
        if len(raw.split()) < 2:
            continue
        start = m.start() + (len(m.group()) - len(m.group().lstrip()))
        words = raw.split()[: spec.max_words]
        shown = " ".join(words)
        out.append(Candidate(start, start + len(raw), normal(shown), shown))
    return out


def relate(a: str, b: str, spec: TextSpec) -> Relation:
    if a == b:
        return Relation.EQUAL
    from rapidfuzz import fuzz

    return Relation.COMPATIBLE if fuzz.token_set_ratio(a, b) >= (spec.similarity if spec else 85) else Relation.CONFLICT


def parse(value: Any, spec: Any = None) -> str:
    if isinstance(value, str) and value.strip():
        return normal(value)
    raise ValueError(f"expected a phrase, found {value!r}")


KIND = Kind("text", frozenset({"similarity", "max_words"}), compile_spec, find, parse, relate, lambda v: v,
            lambda v, spec=None: v)

