"""Core data types shared by every layer: frozen values, articles, facts, findings, verdicts."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum, StrEnum
from typing import Any


class Status(StrEnum):
    AGREE = "agree"
    PARTIAL = "partial"
    CONFLICT = "conflict"
    UPDATED = "updated"  # later reports raise a figure: a timeline, not a contradiction
    SINGLE = "single"
    MISSING = "missing"

    def __str__(self) -> str:
        return self.value


class Relation(Enum):
    EQUAL = "equal"
    COMPATIBLE = "compatible"  # consistent, but one side is less specific
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class Range:
    """A quantity as a closed interval; an exact figure has lo == hi, 'at least 40' has hi = inf. grain is the last
    place an exact figure written with a scale word or a decimal part gives ('2 million': a million; '2.03 million':
    ten thousand; '28.7': a tenth), which says no more than that place: it takes no part in equality."""

    lo: float
    hi: float
    grain: float = field(default=0.0, compare=False)

    @property
    def exact(self) -> bool:
        return self.lo == self.hi

    @property
    def width(self) -> float:
        return self.hi - self.lo

    def intersects(self, other: Range) -> bool:
        return self.lo <= other.hi and other.lo <= self.hi

    def rounds(self, precise: Range) -> bool:
        """This figure is the other rounded, and says less: a whole one a decimal ('40C' in a headline, '40.3C' below
        it), one with fewer decimals ('28.7%', '28.66%'), or one written with a scale word a finer one ('2 million' and
        '2,031,220', '2.03 million'), or a range that reaches what it rounds ('2 million' and 'more than 2,031,220')."""
        if not self.exact:
            return False
        if self.grain and not precise.exact:  # the range reaches half a grain either way of the rounded figure
            half = self.grain / 2 * (1 + 1e-9)
            return precise.lo <= self.lo + half and self.lo - half <= precise.hi
        if not precise.exact:
            return False
        if self.grain:  # half a grain either way, give or take a float's last bit ('28.65' rounds to '28.7')
            return precise.grain < self.grain and abs(precise.lo - self.lo) <= self.grain / 2 * (1 + 1e-9)
        return float(self.lo).is_integer() and not float(precise.lo).is_integer() and math.floor(precise.lo + 0.5) == self.lo


@dataclass(frozen=True, slots=True)
class Duration:
    """A span of time in seconds. A hedged or vague one ('more than 30 years', 'two or three days') is a range:
    seconds is its least, most its greatest (inf when open); an exact span has most None. grain is the unit, in
    seconds, of an exact span said in weeks or months ('a seven-week strike'), which says no more than that unit: it
    takes no part in equality; a fraction of a second has one too, as precise as it was written ('19.4 seconds': a tenth).
    seconds is whole but for a span with a fraction of a second."""

    seconds: int | float
    most: float | None = None
    grain: float = field(default=0, compare=False)


INF = math.inf


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    path: str
    title: str
    text: str
    language: str = "en"
    published: date | None = None
    published_basis: str = ""  # where the publication date came from, for the report
    outlet: str = ""  # the publisher, from metadata or the URL's host
    url: str = ""
    dateline: str = ""  # as written: 'HAVANA, Jan 4 (Reuters) -'
    published_at: datetime | None = None  # the moment (UTC when the metadata named a zone), when known


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    expect: Any  # None means: the fact must not fire on this text
    line: int = 0
    published: str = ""  # for relative dates in the example
    language: str = ""  # when the text alone is too short to tell


@dataclass(frozen=True, slots=True)
class Fact:
    id: str
    label: str
    kind: str
    cues: tuple[str, ...]
    window: int
    spec: Any  # the kind's compiled options
    patterns: tuple[Any, ...] = ()  # compiled regular expressions with a 'value' group
    examples: tuple[Example, ...] = ()
    line: int = 0
    ignore: Any = None  # a compiled pattern: phrases whose words are never values ('military operation')
    updates: bool = True  # a figure rising in later reports is an update (counts and numbers; spans when asked)
    background: bool = True  # figures placed at another time ('in 2019', 'in February') are background
    about: Any = None  # a compiled pattern: values count only in sentences that name one of these ('Jackson')
    values: tuple[Any, ...] = ()  # words that stand for a value: (compiled pattern, value, display), longest first
    period: Any = None  # a compiled pattern: a time phrase naming one of these is the fact's own ('em janeiro')
    ahead: bool = False  # of what is to come: a day after publication, a plan's or a deal's terms ('expected to own 46%')
    period_years: bool = False  # the period's words name a year ('2024'): then any other year is another time


@dataclass(frozen=True, slots=True)
class RuleSet:
    path: str
    story: str
    title: str
    facts: tuple[Fact, ...]
    languages: tuple[str, ...] = ("en", "es", "pt")  # the languages its cues are written for

    def covers(self, article: Article) -> bool:
        return article.language in self.languages


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    start: int  # offsets of the value in the article text
    end: int
    raw: str  # the value as written
    sentence_start: int = 0
    cue: str = ""
    note: str = ""  # how the value was read, e.g. what a relative date was resolved against
    attribution: str = ""  # who the sentence credits: 'the Cuban government', 'Reuters'


@dataclass(frozen=True, slots=True)
class Finding:
    fact: str
    source: str
    value: Any
    display: str
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Rejection:
    """A candidate value the matcher saw and refused, kept so rule authors can ask why."""

    fact: str
    raw: str
    start: int
    reason: str


@dataclass(frozen=True, slots=True)
class SourceValue:
    source: str
    value: Any
    display: str
    findings: tuple[Finding, ...]


@dataclass(frozen=True, slots=True)
class Verdict:
    fact: Fact
    status: Status
    consensus: Any
    consensus_display: str
    support: int  # sources whose value equals the consensus
    values: tuple[SourceValue, ...]
    disagreement: str = ""  # who says what, when there is a conflict
    timeline: tuple[tuple[date, str, str], ...] = ()  # (published, source, value shown) for an update


@dataclass(frozen=True, slots=True)
class Report:
    rules: RuleSet
    sources: tuple[Article, ...]
    verdicts: tuple[Verdict, ...]
    generated: str = ""
    summary: dict[str, int] = field(default_factory=dict)
    skipped: tuple[str, ...] = ()  # inputs that could not be read, one line each; the rest still ran
