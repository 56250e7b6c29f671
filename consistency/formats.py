"""Article formats: Markdown front matter, HTML pages and IPTC ninjs JSON, each to a plain Item."""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urlparse

from . import rx
from .errors import InputError


@dataclass
class Item:
    """What a file says about one article before it becomes an Article."""

    text: str
    title: str = ""
    published: date | None = None
    published_from: str = ""  # which metadata field gave it
    outlet: str = ""
    url: str = ""
    language: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    published_at: datetime | None = None  # the time as well, when the metadata gives one


def parse_date(value: Any) -> date | None:
    """ISO dates and datetimes ('2026-01-05', '2026-01-05T10:00:00Z'), as metadata writes them."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


_TIMESTAMP = rx.compile(r"\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


_META = rx.compile(r"<meta\s[^<>]{0,2000}>", re.I)  # bounded: a hostile page cannot make it slow
_STAMP_NAME = rx.compile(r"""(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datepublished|pubdate)["']""",
                         re.I)
_STAMP_VALUE = rx.compile(r"""\scontent\s*=\s*["']([^"']+)["']""", re.I)


def published_time(markup: str) -> datetime | None:
    """The moment in a page's article:published_time (or datePublished) meta tag, if any."""
    for tag in _META.finditer(markup, 0, 200_000):
        if _STAMP_NAME.search(tag.group()):
            value = _STAMP_VALUE.search(tag.group())
            return parse_time(html.unescape(value.group(1))) if value else None
    return None


def parse_time(value: Any) -> datetime | None:
    """The moment of a metadata timestamp ('2026-01-05T14:30:00Z'): in UTC when it names a zone,
    as written when not; None for a bare date. Reports of one day are ordered by it."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and _TIMESTAMP.match(value):
        try:
            moment = datetime.fromisoformat(value.strip().replace("z", "Z"))
        except ValueError:
            return None
    else:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def host_outlet(url: str) -> str:
    host = urlparse(url).hostname or ""
    return host[4:] if host.startswith("www.") else host


_FRONT = rx.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.S)


def from_markdown(text: str, path: str) -> Item:
    """Markdown, with optional YAML front matter (source, published, url, language, title)."""
    import yaml

    m = _FRONT.match(text)
    meta: dict[str, Any] = {}
    if m:
        try:
            meta = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError as exc:
            raise InputError(path, f"front matter is not valid YAML ({str(exc).splitlines()[0]})") from None
        if not isinstance(meta, dict):
            raise InputError(path, "front matter must be a mapping of keys such as source and published")
        text = text[m.end():]
    body = re.sub(r"^#{1,6}\s*", "", text, flags=re.M)  # headings read as lines
    body = re.sub(r"[*_`]{1,3}([^*_`\n]+)[*_`]{1,3}", r"\1", body)
    body = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", body)
    url = str(meta.get("url") or "")
    published = parse_date(meta.get("published"))
    if meta.get("published") and published is None:
        raise InputError(path, f"front matter 'published' is not a date: {meta.get('published')!r}")
    return Item(body, str(meta.get("title") or ""), published, "front matter" if published else "",
                str(meta.get("source") or "") or host_outlet(url), url, str(meta.get("language") or ""),
                published_at=parse_time(meta.get("published")))


_BLOCK = rx.compile(r"<\s*(?:br|/p|/div|/h[1-6]|/li|/tr|/blockquote)\b[^>]*>", re.I)
_TAG = rx.compile(r"<[^>]*>")
_DROP = rx.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)


def html_to_text(markup: str) -> str:
    """Plain text of an HTML fragment (ninjs body_html): blocks become lines, tags go, entities decode."""
    markup = _DROP.sub(" ", markup)
    text = html.unescape(_TAG.sub("", _BLOCK.sub("\n", markup)))
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def from_html(markup: str, path: str) -> Item:
    """A web page: main text without navigation, ads or comments; title, outlet and date from metadata."""
    try:
        import trafilatura  # 240 ms to import: only paid when an HTML file is read
    except ImportError:  # pragma: no cover - trafilatura is a dependency
        return Item(html_to_text(markup))
    doc = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True)
    if doc is None:
        text = html_to_text(markup)
        if not text.strip():
            raise InputError(path, "is an HTML page with no readable text")
        return Item(text)
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = meta.get("text") or ""
    if not text.strip():
        raise InputError(path, "is an HTML page with no readable article text")
    url = meta.get("url") or ""
    published = parse_date(meta.get("date"))
    at = published_time(markup) if published else None
    return Item(text, meta.get("title") or "", published, "page metadata" if published else "",
                meta.get("sitename") or host_outlet(url), url, meta.get("language") or "", published_at=at)


def _first(d: dict[str, Any], *keys: str) -> Any:
    for k in keys:
        if d.get(k):
            return d[k]
    return None


def from_ninjs(obj: Any, where: str) -> Item:
    """One IPTC ninjs item: 1.x (headline, body_text/body_html), 2.x (headlines[], bodies[]), 3.x camelCase."""
    if not isinstance(obj, dict):
        raise InputError(where, f"expected a ninjs object, found {type(obj).__name__}")
    headline = _first(obj, "headline")
    if not headline and isinstance(obj.get("headlines"), list) and obj["headlines"]:
        first = obj["headlines"][0]
        headline = first.get("value") if isinstance(first, dict) else str(first)
    body = _first(obj, "body_text", "bodyText")
    if not body and _first(obj, "body_html", "bodyHtml"):
        body = html_to_text(str(_first(obj, "body_html", "bodyHtml")))
    if not body and isinstance(obj.get("bodies"), list):
        bodies = [b for b in obj["bodies"] if isinstance(b, dict) and b.get("value")]
        plain = [b for b in bodies if "html" not in str(b.get("contenttype") or b.get("contentType") or "")]
        chosen = (plain or bodies)[:1]
        if chosen:
            value = str(chosen[0]["value"])
            body = value if plain else html_to_text(value)
    if not body or not str(body).strip():
        raise InputError(where, "ninjs item has no body (body_text, body_html or bodies)")
    stamp_key = next((k for k in ("versioncreated", "versionCreated", "firstcreated", "firstCreated", "embargoed")
                      if obj.get(k)), "")
    published = parse_date(obj.get(stamp_key)) if stamp_key else None
    url = str(_first(obj, "uri", "url") or "")
    outlet = ""
    for key in ("copyrightholder", "copyrightHolder", "provider", "source"):
        val = obj.get(key)
        if isinstance(val, dict):
            val = val.get("name")
        if isinstance(val, str) and val.strip():
            outlet = val.strip()
            break
    if not outlet and url.startswith("http"):
        outlet = host_outlet(url)
    located = obj.get("located")
    extra = {"located": located} if located else {}
    return Item(str(body), str(headline or ""), published, f"ninjs {stamp_key}" if published else "", outlet,
                url, str(obj.get("language") or ""), extra, parse_time(obj.get(stamp_key)) if stamp_key else None)


def from_json(text: str, path: str) -> list[Item]:
    """A ninjs item, or a JSON list of them."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(path, f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    items = data if isinstance(data, list) else [data]
    if not items:
        raise InputError(path, "holds an empty JSON list")
    return [from_ninjs(obj, f"{path}[{i}]" if len(items) > 1 else path) for i, obj in enumerate(items)]


def from_json_lines(text: str, path: str) -> list[Item]:
    """One ninjs item per line; a bad line is an error naming the line."""
    items = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{n}", f"is not valid JSON ({exc.msg})") from None
        items.append(from_ninjs(obj, f"{path}:{n}"))
    if not items:
        raise InputError(path, "holds no JSON lines")
    return items
