"""Text -> comparable values, one module per fact kind, and the registry that names them.

A kind is plain data: how to compile its rule options, find candidate values in a stretch
of an article, read an expected value, relate two values, and show one. Adding a kind is one
module and one line in KINDS.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..models import Article, Relation
from ..text import Scan


@dataclass(frozen=True, slots=True)
class Candidate:
    """A value found in the text; a non-empty reason means it was seen and refused."""

    start: int
    end: int
    value: Any
    display: str
    reason: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    options: frozenset[str]  # rule keys this kind accepts besides the common ones
    compile: Callable[[dict[str, Any], Callable[..., Exception]], Any]  # options (and 'cues'), error -> spec
    find: Callable[[Scan, Article, int, int, Any], list[Candidate]]
    parse: Callable[[Any, Any], Any]  # an expected value in a rule file, or a pattern's text -> value
    relate: Callable[[Any, Any, Any], Relation]
    to_json: Callable[[Any], Any]
    show: Callable[[Any, Any], str]
    specificity: Callable[[Any, Any], float] = lambda v, spec: 0.0  # more is more specific
    merge: Callable[[list[Any], Any], Any] | None = None  # a set kind: a source's mentions -> one value
    nearest: bool = True  # a cue takes only its nearest value
    # Whether a value rising in later reports may be an update: by default (True), only when the rule asks (False:
    # how long a strike has lasted so far), or never (None)
    updates: bool | None = None


def equal_or_conflict(a: Any, b: Any, spec: Any = None) -> Relation:
    return Relation.EQUAL if a == b else Relation.CONFLICT


from . import clock, count, dates, duration, entities, ordinal, phrase, quantities, score  # noqa: E402  (they need the types above)

KINDS: dict[str, Kind] = {k.name: k for k in (
    count.KIND,
    quantities.NUMBER,
    quantities.PERCENTAGE,
    quantities.MONEY,
    dates.KIND,
    clock.KIND,
    duration.KIND,
    ordinal.KIND,
    score.KIND,
    entities.ENTITIES,
    entities.PLACE,
    phrase.KIND,
)}

__all__ = ["KINDS", "Candidate", "Kind", "equal_or_conflict"]
