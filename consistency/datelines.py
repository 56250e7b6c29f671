"""Datelines in English, Spanish and Portuguese: 'CARACAS, Jan 3 (Reuters) -' -> place, date, agency; the place
may be in title case ('Lisbon, Sept 4 (AFP):'): the agency in brackets and the dash or colon after it tell."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from . import rx
from .lexicon import MONTHS
from .text import UPPER, fold

_DATELINE = rx.compile(
    rf"\A\s*(?P<place>[{UPPER}](?:[{UPPER} .'’-]{{1,40}}?|[^\W\d_]{{1,30}}?(?:[ '’-][{UPPER}][^\W\d_]+){{0,3}})"
    rf"(?:,\s*[{UPPER}][^\W\d_][^\W\d]*(?:[ .'’-]+[^\W\d_]+)*)?)"
    rf"(?:(?:\s*\[[^\[\]\n\d]{{2,30}}\],?|,)\s*(?P<when>[\w .º]{{3,30}}?))?"  # '[US] September 20': a country first
    rf"\s*\((?P<agency>[\w .&/-]{{2,30}})\)\s*(?:[-—–]+|\.-|:)\s*"
)
# With no agency, a date after the place and a dash make it a dateline: 'Cape Canaveral, March 19 — NASA astronauts'.
_DATED = rx.compile(
    rf"\A\s*(?P<place>[{UPPER}][^\W\d_]+\.?(?:[ '’-][{UPPER}][^\W\d_]+\.?){{0,3}}"
    rf"(?:,\s*[{UPPER}][^\W\d_]+\.?(?:[ '’-][{UPPER}][^\W\d_]+\.?){{0,2}})?)"
    rf",\s*(?P<when>[^\W\d_]{{3,10}}\.?\s+\d{{1,2}}(?:,\s*(?:19|20)\d\d)?|\d{{1,2}}\s+(?:de\s+)?[^\W\d_]{{3,10}}"
    rf"(?:\s+(?:de\s+)?(?:19|20)\d\d)?)\s*(?:[—–]+|\s-+\s|\.-|:)\s*"
)
# A dateline that opens a paragraph anywhere in the text, as pages that run several wire stories carry them: 'NAY PYI TAW -',
# 'KATHMANDU:', 'BANGKOK, Thailand -', 'Bangkok (Agencies):', 'Naypyidaw [Myanmar]:', and the agency style 'Bangkok/La
# junta'. The place is where the copy was filed, not what its sentence tells of. The brackets name an agency or a country,
# no figure: 'Butch Wilmore (62 años):' opens an entry on a person.
_BRACKETED = r"(?:\([^()\n\d]{2,30}\)|\[[^\[\]\n\d]{2,30}\])"
_OPENS = rx.compile(
    rf"[^\S\n]*(?:[{UPPER}][{UPPER} .'’-]{{2,40}}(?:,[^\S\n]*[{UPPER}][^\W\d_]+(?:[ .'’-][{UPPER}][^\W\d_]+){{0,2}})?"
    rf"[^\S\n]*{_BRACKETED}?|[{UPPER}][^\W\d_]+(?:[ '’-][{UPPER}][^\W\d_]+){{0,2}}[^\S\n]*{_BRACKETED})"
    rf"[^\S\n]*(?:[-—–]+|:)[^\S\n]+"
    rf"|[^\S\n]*[{UPPER}][^\W\d_]+(?:[ '’-][{UPPER}][^\W\d_]+){{0,2}}/(?=[{UPPER}])"
)
_MONTH_DAY = rx.compile(r"(?P<m>[a-z]+)\.?\s+(?P<d>\d{1,2})\b|(?P<d2>\d{1,2})\s+(?:de\s+)?(?P<m2>[a-z]+)\.?")
YEAR = rx.compile(r"\b(19|20)\d\d\b")  # a year written out


@dataclass(frozen=True, slots=True)
class Dateline:
    raw: str
    place: str
    agency: str
    day: date | None  # None when the dateline gives no date, or no year can be put to it


def find_dateline(text: str, year_hint: date | None) -> Dateline | None:
    """The dateline opening the body, if any; its date takes its year from year_hint (metadata)."""
    head = text.lstrip()[:200]
    # The dateline may open the first paragraph after a headline line, or after a line that dates the page; blank
    # lines between them do not count.
    for chunk in [head] + [ln for ln in text.split("\n")[1:9] if ln.strip()][:3]:
        m = _DATELINE.match(chunk)
        if m:
            return Dateline(m.group().strip(), m.group("place").strip().title(), m.group("agency").strip(),
                            _dateline_day(m.group("when") or "", year_hint))
        m = _DATED.match(chunk)
        if m and _month_day(fold(m.group("when"))):
            return Dateline(m.group().strip(), m.group("place").strip().title(), "", _dateline_day(m.group("when"), year_hint))
    return None


def _month_day(folded: str) -> tuple[int, int] | None:
    m = _MONTH_DAY.search(folded)
    month = MONTHS.get(m.group("m") or m.group("m2") or "") if m else None
    return (month, int(m.group("d") or m.group("d2"))) if m and month else None


def dateline_end(text: str, at: int) -> int:
    """Where a dateline that opens the paragraph at `at` ends ('Bangkok (Agencies): The toll...'), or at."""
    if at and text[at - 1] != "\n":
        return at
    m = _OPENS.match(text, at)
    return m.end() if m else at


def dateline_month(raw: str) -> int | None:
    """The month a dateline names ('QUETTA, May 17 (Wire) -' -> 5), year or no year."""
    found = _month_day(fold(raw))
    return found[0] if found else None


def _dateline_day(when: str, year_hint: date | None) -> date | None:
    folded = fold(when)
    found = _month_day(folded)
    if not found:
        return None
    month, day = found
    y = YEAR.search(folded)
    if y:
        year = int(y.group())
    elif year_hint:
        year = year_hint.year
    else:
        return None
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not y and year_hint and found > year_hint + timedelta(days=180):
        found = found.replace(year=year - 1)  # a late-December dateline in early-January metadata
    return found
