"""The ordinal kind: 'third', '3rd', 'tercero', '3º' -> 3."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from .. import rx
from ..models import Article
from ..text import Scan, alternation
from . import Candidate, Kind, equal_or_conflict

ORDINALS: dict[str, int] = {}
for _words in (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
    "primero segundo tercero cuarto quinto sexto septimo octavo noveno decimo undecimo duodecimo",
    "primera segunda tercera cuarta quinta sexta septima octava novena decima undecima duodecima",
    "primeiro segundo terceiro quarto quinto sexto setimo oitavo nono decimo decimo-primeiro decimo-segundo",
    "primeira segunda terceira quarta quinta sexta setima oitava nona decima",
):
    for _i, _w in enumerate(_words.split(), 1):
        ORDINALS.setdefault(_w, _i)
ORDINALS.update({"primer": 1, "tercer": 3, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                 "hundredth": 100, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                 "seventeenth": 17, "eighteenth": 18, "nineteenth": 19})


@cache
def _pattern() -> re.Pattern[str]:
    words = alternation(ORDINALS)
    return rx.compile(rf"\b(?P<n>\d{{1,4}})(?:st|nd|rd|th|\.?º|\.?ª|o|a)(?!\w)|\b(?P<w>{words})\b")


def find(scan: Scan, article: Article, lo: int, hi: int, spec: Any) -> list[Candidate]:
    out = []
    for m in _pattern().finditer(scan.folded, lo, hi):
        value = int(m.group("n")) if m.group("n") else ORDINALS[m.group("w")]
        out.append(Candidate(m.start(), m.end(), value, show(value)))
    return out


def show(value: int, spec: Any = None) -> str:
    suffix = "th" if 10 <= value % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def parse(value: Any, spec: Any = None) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        found = find(Scan(value), Article("", "", "", value), 0, len(value), None)
        if len(found) == 1:
            return found[0].value
        if value.strip().isdigit():
            return int(value)
    raise ValueError(f"expected an ordinal such as 3 or 'third', found {value!r}")


KIND = Kind("ordinal", frozenset(), lambda options, error: None, find, parse, equal_or_conflict, lambda v: v, show,
            lambda v, spec: 0.0)

