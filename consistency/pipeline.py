"""The one place that wires load -> match -> compare into a report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime

from .articles import load_articles
from .compare import judge, summarize
from .errors import ConsistencyError, InputError
from .matcher import Matcher
from .models import Article, Example, Fact, Finding, Rejection, Report, RuleSet
from .rules import load_rules

__all__ = ["check_articles", "extract_article", "load_sources", "run_check", "run_examples"]


def load_sources(paths: Sequence[str], published: dict[str, date] | None = None,
                 default_published: date | None = None, skipped: list[str] | None = None) -> list[Article]:
    """Articles with unique ids, in the order given. With a skipped list, an unreadable file is
    noted there and the others still load; without one, it raises."""
    published = published or {}
    articles, used = [], set()
    for path in paths:
        try:
            loaded = load_articles(path, published.get(path, default_published))
        except InputError as exc:
            if skipped is None:
                raise
            skipped.append(str(exc))
            continue
        for art in loaded:
            ident, n = art.id, 2
            while ident in used:
                ident, n = f"{art.id}-{n}", n + 1
            used.add(ident)
            articles.append(replace(art, id=ident) if ident != art.id else art)
    return articles


def check_articles(rules: RuleSet, articles: Sequence[Article], matcher: Matcher | None = None,
                   generated: str | None = None, skipped: Sequence[str] = ()) -> Report:
    """A pure function of (rules, articles): the report for one story."""
    matcher = matcher or Matcher(rules)
    findings: list[Finding] = []
    for art in articles:
        if rules.covers(art):  # an article in a language the cues are not written for is 'not covered'
            findings += matcher.find(art)[0]
    ids = [a.id for a in articles if rules.covers(a)]
    by_fact: dict[str, list[Finding]] = {f.id: [] for f in rules.facts}
    for f in findings:
        by_fact[f.fact].append(f)
    published = {a.id: a.published_at or a.published for a in articles}  # the moment, where metadata gives it
    languages = {a.id: a.language for a in articles}
    verdicts = tuple(judge(fact, by_fact[fact.id], ids, published, languages) for fact in rules.facts)
    stamp = generated if generated is not None else datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return Report(rules, tuple(articles), verdicts, stamp, summarize(verdicts), tuple(skipped))


def run_check(paths: Sequence[str], rules_path: str, published: dict[str, date] | None = None,
              default_published: date | None = None) -> Report:
    """Load, match and compare; unreadable articles are skipped (and listed) while any article reads."""
    rules = load_rules(rules_path)
    skipped: list[str] = []
    articles = load_sources(paths, published, default_published, skipped)
    if not articles:
        raise ConsistencyError(skipped[0] if len(skipped) == 1 else
                               f"none of the {len(paths)} articles could be read: {'; '.join(skipped)}")
    return check_articles(rules, articles, skipped=skipped)


def extract_article(path: str, rules_path: str, published: date | None = None
                    ) -> tuple[Article, RuleSet, list[Finding], list[Rejection], dict[str, int]]:
    """One article's findings, the candidates refused, and how many cues of each fact it holds."""
    from .text import Scan

    rules = load_rules(rules_path)
    art = load_sources([path], default_published=published)[0]
    matcher = Matcher(rules)
    scan = Scan(art.text)
    findings, rejections = matcher.find(art, scan) if rules.covers(art) else ([], [])
    hits = matcher.find_cues(scan)
    cues = {fact.id: len(hits.get(i, ())) for i, fact in enumerate(rules.facts)}
    return art, rules, findings, rejections, cues


def run_examples(rules: RuleSet) -> list[tuple[Fact, Example, list[str], list[str]]]:
    """Run every example in a rule set: (fact, example, missed values, unexpected values)."""
    from .normalize import KINDS

    matcher = Matcher(rules)
    results = []
    for fact in rules.facts:
        kind = KINDS[fact.kind]
        for ex in fact.examples:
            found = [f for f in matcher.find(_example_article(ex))[0] if f.fact == fact.id]
            values = [kind.merge([f.value for f in found], fact.spec)] if kind.merge and found else \
                list(dict.fromkeys(f.value for f in found))
            shows = {v: kind.show(v, fact.spec) for v in values}
            if ex.expect is None:
                missed, unexpected = [], [shows[v] for v in values]
            else:
                missed = [] if ex.expect in values else [kind.show(ex.expect, fact.spec)]
                unexpected = [shows[v] for v in values if v != ex.expect]
            results.append((fact, ex, missed, unexpected))
    return results


def example_refusals(rules: RuleSet, failed: list[tuple[Fact, Example]]) -> list[list[Rejection]]:
    """Why the values near the cues of each fact in one of its examples were refused, for every (fact, example) pair
    given, with one matcher for them all: what failed examples show."""
    if not failed:
        return []
    matcher = Matcher(rules)
    return [[r for r in matcher.find(_example_article(ex))[1] if r.fact == fact.id] for fact, ex in failed]


def _example_article(ex: Example) -> Article:
    """An example as an article: its language as given or detected, its publication day as given or found in it."""
    from .articles import find_published
    from .text import detect_language

    lang = ex.language or detect_language(ex.text)
    pub = date.fromisoformat(ex.published) if ex.published else find_published(ex.text, lang)[0]
    return Article("example", "example", "", ex.text, lang, pub)
