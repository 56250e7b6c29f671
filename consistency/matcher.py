"""Find each fact's values in an article: cues first, in one pass, then values bound to the nearest cue."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .models import Article, Evidence, Fact, Finding, Rejection, RuleSet
from .normalize import KINDS, Candidate
from .text import WORD, Scan, clause_distance, fold


@dataclass(frozen=True, slots=True)
class _Cue:
    fact: int  # index into the rule set's facts
    words: tuple[str, ...]
    prefix: tuple[bool, ...]  # a word written with a trailing * matches any ending


def _cue_words(cue: str) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    words, prefix = [], []
    for part in fold(cue).split():
        found = WORD.findall(part)
        for i, w in enumerate(found):
            words.append(w)
            prefix.append(part.endswith("*") and i == len(found) - 1)
    return tuple(words), tuple(prefix)


class Matcher:
    """A rule set compiled for matching: a word index of every cue of every fact."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._exact: dict[str, list[_Cue]] = defaultdict(list)
        self._prefixed: list[_Cue] = []
        self._by_word: dict[str, list[_Cue]] = {}  # memo: a word -> cues starting with it
        for i, fact in enumerate(rules.facts):
            for cue in fact.cues:
                words, prefix = _cue_words(cue)
                if not words:
                    continue
                c = _Cue(i, words, prefix)
                (self._prefixed if prefix[0] else self._exact[words[0]]).append(c)

    def _cues_for(self, word: str) -> list[_Cue]:
        hits = self._by_word.get(word)
        if hits is None:
            hits = list(self._exact.get(word, ()))
            hits += [c for c in self._prefixed if word.startswith(c.words[0])]
            if len(self._by_word) < 200_000:
                self._by_word[word] = hits
        return hits

    def find_cues(self, scan: Scan) -> dict[int, list[tuple[int, int]]]:
        """Every cue occurrence, by fact index, as (first word, last word + 1)."""
        out: dict[int, list[tuple[int, int]]] = defaultdict(list)
        words = scan.words
        n = len(words)
        for i, w in enumerate(words):
            hits = self._by_word.get(w)
            if hits is None:
                hits = self._cues_for(w)
            for c in hits:
                k = len(c.words)
                if k > 1:
                    if i + k > n or not all(
                        words[i + j].startswith(c.words[j]) if c.prefix[j] else words[i + j] == c.words[j]
                        for j in range(1, k)
                    ):
                        continue
                out[c.fact].append((i, i + k))
        return out

    def find(self, article: Article, scan: Scan | None = None) -> tuple[list[Finding], list[Rejection]]:
        """All findings for all facts in one article, and the candidates refused on the way."""
        scan = scan or Scan(article.text)
        findings: list[Finding] = []
        rejections: list[Rejection] = []
        cue_hits = self.find_cues(scan)
        for fi, fact in enumerate(self.rules.facts):
            found, refused = self._find_fact(fact, article, scan, cue_hits.get(fi, ()))
            findings += found
            rejections += refused
        return findings, rejections

    @staticmethod
    def _candidates(fact: Fact, kind, scan: Scan, article: Article, s0: int, s1: int) -> list[Candidate]:
        cands = kind.find(scan, article, s0, s1, fact.spec)
        if fact.ignore is not None and cands:
            masked = [m.span() for m in fact.ignore.finditer(scan.folded, s0, s1)]
            if masked:
                cands = [c for c in cands if not any(a < c.end and c.start < b for a, b in masked)]
        return cands

    def _find_fact(self, fact: Fact, article: Article, scan: Scan, hits) -> tuple[list[Finding], list[Rejection]]:
        kind = KINDS[fact.kind]
        chosen: dict[tuple[int, int], tuple[Candidate, str, tuple[int, int]]] = {}
        refused: dict[tuple[int, int], Rejection] = {}
        per_sentence: dict[int, list[Candidate]] = {}
        for wi, wj in hits:
            cue_start, cue_end = scan.starts[wi], scan.ends[wj - 1]
            s0, s1 = scan.sentence_at(cue_start)
            cands = per_sentence.get(s0)
            if cands is None:
                cands = per_sentence[s0] = self._candidates(fact, kind, scan, article, s0, s1)
            near = []
            for c in cands:
                if c.end <= cue_start:
                    d = clause_distance(scan.folded, c.end, cue_start)
                elif c.start >= cue_end:
                    d = clause_distance(scan.folded, cue_end, c.start)
                else:
                    d = 0.0  # the cue is part of the value ("two days of mourning" inside a phrase)
                if d > fact.window:
                    continue
                if c.reason:
                    refused.setdefault((c.start, c.end), Rejection(fact.id, scan.text[c.start:c.end], c.start, c.reason))
                    continue
                near.append((d, c.start < cue_start, c))
            if not near:
                continue
            near.sort(key=lambda t: (t[0], t[1]))
            if kind.nearest:
                take = [near[0][2]]
            else:
                take = _chain([c for _, _, c in near], [c for c in cands if not c.reason], scan.folded)
            cue_text = scan.text[cue_start:cue_end]
            for c in take:
                chosen.setdefault((c.start, c.end), (c, cue_text, (s0, s1)))
        for pattern in fact.patterns:
            for m in pattern.finditer(scan.text):
                raw = m.group("value")
                if not raw:
                    continue
                try:
                    value = kind.parse(raw, fact.spec)
                except ValueError as exc:
                    refused.setdefault(m.span("value"), Rejection(fact.id, raw, m.start("value"), str(exc)))
                    continue
                s0, s1 = scan.sentence_at(m.start("value"))
                c = Candidate(m.start("value"), m.end("value"), value, kind.show(value, fact.spec))
                chosen.setdefault((c.start, c.end), (c, "pattern", (s0, s1)))
        findings = []
        for (start, end), (c, cue, (s0, s1)) in sorted(chosen.items()):
            evidence = Evidence(scan.text[s0:s1], start, end, scan.text[start:end], s0, cue, c.note)
            findings.append(Finding(fact.id, article.id, c.value, c.display, evidence))
        return findings, [r for key, r in refused.items() if key not in chosen]


def _chain(bound: list[Candidate], all_cands: list[Candidate], folded: str, reach: float = 4) -> list[Candidate]:
    """Values listed with a bound one are bound too: 'Maduro and his wife', 'Maduro y su esposa, Cilia Flores'."""
    taken = {(c.start, c.end): c for c in bound}
    grew = True
    while grew:
        grew = False
        for c in all_cands:
            if (c.start, c.end) in taken:
                continue
            for t in list(taken.values()):
                a, b = (t, c) if t.end <= c.start else (c, t)
                if a.end <= b.start and clause_distance(folded, a.end, b.start) <= reach:
                    taken[(c.start, c.end)] = c
                    grew = True
                    break
    return sorted(taken.values(), key=lambda c: c.start)
