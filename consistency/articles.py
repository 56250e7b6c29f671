"""Read article files into Articles: decoding, formats, title, language, dateline and publication date."""

from __future__ import annotations

import re
import sys
from datetime import date
from pathlib import Path

from . import rx
from .datelines import find_dateline
from .errors import InputError
from .formats import Item, from_html, from_json, from_json_lines, from_markdown
from .lexicon import LANGUAGES, OTHER_STOPWORDS
from .models import Article
from .normalize.dates import absolute_date, date_pattern, numeric_date
from .text import alternation, detect_language, fold, stamp_line

MAX_BYTES = 50 * 1024 * 1024  # a file (an HTML page may be large)
MAX_TEXT = 2_000_000  # characters of article text: far beyond any article, and what bounds the work
_DATE_LINE_WORDS = ("published", "posted", "updated", "modified", "publicado", "publicada", "actualizado", "atualizado",
                    "fecha", "data")
_DATE_LINE = rx.compile(r"\b(?:" + alternation(_DATE_LINE_WORDS) + r")\b")
_DATE_LINE_MAX = 120  # characters: a line that states when a page was published is short


def decode(data: bytes, path: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252; binary is an error."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(path, "starts like UTF-16 but cannot be decoded as UTF-16") from None
    if b"\x00" in data[:65536]:
        raise InputError(path, "looks like a binary file (it contains NUL bytes), not an article")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if text.count("\ufffd") > max(8, len(text) // 200):
        raise InputError(path, "is neither UTF-8, UTF-16 nor Windows-1252 text")
    return text


def read_text(path: str) -> str:
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError(path, "is a folder; expected an article file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(path, f"is {size // (1024 * 1024)} MB; articles are read up to {MAX_BYTES // (1024 * 1024)} MB")
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    text = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(path, "is empty")
    return text


_ADDRESS = rx.compile(r"(?:https?://|www\.)\S+$")


def _stamp(line: str) -> bool:
    """A time-stamp line ('21 July 2013 Last updated at 11:11 GMT'), not a web address."""
    return not _ADDRESS.match(line) and stamp_line(line)


def _furniture(line: str) -> bool:
    """A web address or a time stamp: not a headline."""
    return _ADDRESS.match(line) is not None or _stamp(line)


def find_title(text: str) -> str:
    """The first line that reads like a headline: several words, no closing period."""
    lines = [ln.strip() for ln in text[:6000].split("\n")[:30] if ln.strip()]
    heads = [ln for ln in lines[:12] if not _furniture(ln)][:8]
    for ln in heads:
        words = ln.split()
        if len(words) > 30:  # the body has begun
            break
        if 4 <= len(words) <= 30 and not ln.endswith((".", ":")):
            # Page furniture before a headline ('You are currently viewing X', 'Home > World > X')
            # shows when the headline recurs alone further down: take the bare one.
            bare = [other for other in lines if other != ln and ln.endswith(other) and len(other.split()) >= 4]
            return max(bare, key=len) if bare else ln
    first = heads[0] if heads else ""
    cut = re.search(r"[.!?](?:\s|$)", first)
    first = first[:cut.end()].strip() if cut else first
    return first if len(first) <= 160 else first[:157].rstrip() + "..."


def find_published(text: str, language: str) -> tuple[date | None, str]:
    """A publication date stated near the top, with where it was read: a line that says so
    ('Published on January 5, 2026'), else a time-stamp line of its own ('December 15th, 2008,
    7:35 am'), else a date in a web address on the first line ('/2008/12/16/')."""
    pattern = date_pattern(language)
    lowered = text[:3000].lower()
    if any(w in lowered for w in _DATE_LINE_WORDS):  # a substring test is far cheaper than the scan
        head = fold(text[:3000])  # matched folded: a case-insensitive scan is several times slower
        for hit in _DATE_LINE.finditer(head):
            line = head[head.rfind("\n", 0, hit.start()) + 1:].split("\n", 1)[0]
            if len(line) > _DATE_LINE_MAX:  # a paragraph of the story: 'exceeding this threshold in Met Office data; 10
                continue  # August 2003 and 25 July 2019'
            found = next(filter(None, map(absolute_date, pattern.finditer(line))), None) or numeric_date(line, language)
            if found:
                start = head.find(line)
                return found, f"the text: '{text[start:start + len(line)].strip()[:80]}'"
    lines = [ln.strip() for ln in text[:3000].split("\n")[:12] if ln.strip()]
    for ln in lines:
        if _stamp(ln):
            found = next(filter(None, map(absolute_date, pattern.finditer(fold(ln)))), None) or numeric_date(ln, language)
            if found:
                return found, f"the time stamp '{ln[:80]}'"
    address = _URL_DATE.search(lines[0]) if lines and _ADDRESS.match(lines[0]) else None
    if address:
        try:
            return date(*map(int, address.groups())), f"the address '{lines[0][:80]}'"
        except ValueError:
            pass
    return None, ""


_URL_DATE = rx.compile(r"[/=_-]((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:[/_.-]|$)")


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:60] or "article"


def sniff_format(path: str, text: str) -> str:
    """text, markdown, html, json or jsonl: by the file's ending, else by how it starts."""
    suffix = Path(path).suffix.lower()
    by_suffix = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html",
                 ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".txt": "text"}
    if suffix in by_suffix:
        return by_suffix[suffix]
    head = text.lstrip()[:1000].lower()
    if head.startswith(("{", "[")):
        lines = [ln for ln in text.strip().split("\n") if ln.strip()]
        return "jsonl" if len(lines) > 1 and all(ln.lstrip().startswith("{") for ln in lines) else "json"
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head):
        return "html"
    if text.startswith("---\n"):
        return "markdown"
    return "text"


def read_items(path: str, text: str) -> list[Item]:
    fmt = sniff_format(path, text)
    if fmt == "markdown":
        return [from_markdown(text, path)]
    if fmt == "html":
        return [from_html(text, path)]
    if fmt == "json":
        return from_json(text, path)
    if fmt == "jsonl":
        return from_json_lines(text, path)
    return [Item(text)]


def load_articles(path: str, published: date | None = None) -> list[Article]:
    """Every article in one file ('-' is standard input); published, when given, overrides the rest."""
    if path == "-":
        text = decode(sys.stdin.buffer.read(), "<stdin>").replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise InputError("<stdin>", "is empty")
        name = "stdin"
    else:
        text = read_text(path)
        name = Path(path).stem
    return [to_article(item, path, name, published) for item in read_items(path, text)]


_BIDI_CHARS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_CONTROLS = rx.compile(f"[{_BIDI_CHARS}]")


def _short(title: str, limit: int = 160) -> str:
    title = " ".join(title.split())
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def to_article(item: Item, path: str, name: str, published: date | None) -> Article:
    """Language, title, dateline and publication date, in the order --published, metadata, dateline, text."""
    # Bidirectional overrides can make a report show text other than what it holds: they go.
    text = item.text.replace("\r\n", "\n")
    if any(c in text for c in _BIDI_CHARS):
        text = _BIDI_CONTROLS.sub("", text)
    if not text.strip():
        raise InputError(path, "has no article text")
    if len(text) > MAX_TEXT:
        raise InputError(path, f"holds {len(text):,} characters of text; an article is read up to {MAX_TEXT:,}")
    said = item.language.lower()[:2]  # the metadata's language, when it names one this tool knows
    language = said if said in LANGUAGES or said in OTHER_STOPWORDS else detect_language(text)
    dl = find_dateline(text, item.published or published)
    moment = None
    if published is not None:
        when, basis = published, "--published"
    elif item.published is not None:
        when, basis, moment = item.published, item.published_from, item.published_at
        if dl and dl.day and dl.day != item.published:
            # The dateline was written with the story: its 'today' and 'on Sunday' count from it. Page metadata is
            # sometimes stale or wrong, or a day on in another time zone ('DOHA, 18 dic' published on the 19th).
            basis = (f"dateline '{dl.raw}'; the {item.published_from} said {item.published}, "
                     f"{abs((dl.day - item.published).days)} days apart")
            when, moment = dl.day, None
    else:
        when, basis = find_published(text, language)
        if dl and dl.day is None and when is not None:  # a dateline without its year takes the text's
            dl = find_dateline(text, when)
        if dl and dl.day:
            basis = f"dateline '{dl.raw}'" + (f"; {basis} said {when}" if when and when != dl.day else "")
            when = dl.day
    ident = slug(item.outlet or name)
    title = _short(_BIDI_CONTROLS.sub("", item.title) or find_title(text))
    return Article(ident, path, title, text, language, when, basis, _short(_BIDI_CONTROLS.sub("", item.outlet), 80),
                   item.url, dl.raw if dl else "", moment)
