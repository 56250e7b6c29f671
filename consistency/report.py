"""Render a Report as JSON (schema consistency/report@1), CSV, Markdown, a terminal table or HTML."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from .models import Relation, Report, Status, Verdict
from .normalize import KINDS

SCHEMA = "consistency/report@1"
_COLORS = {Status.AGREE: "32", Status.PARTIAL: "33", Status.CONFLICT: "31;1", Status.UPDATED: "35",
           Status.SINGLE: "36", Status.MISSING: "2"}


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain data; documented in README.md ('JSON report')."""
    facts = []
    for v in report.verdicts:
        kind = KINDS[v.fact.kind]
        values = []
        for sv in v.values:
            first = sv.findings[0].evidence
            values.append({
                "source": sv.source, "value": kind.to_json(sv.value), "display": sv.display,
                "evidence": first.sentence, "start": first.start, "end": first.end, "raw": first.raw,
                "cue": first.cue, "note": first.note, "attribution": first.attribution,
                "attributions": sorted({f.evidence.attribution for f in sv.findings if f.evidence.attribution}),
                "mentions": len(sv.findings),
            })
        facts.append({
            "id": v.fact.id, "label": v.fact.label, "kind": v.fact.kind, "status": v.status.value,
            "consensus": None if v.consensus is None else kind.to_json(v.consensus),
            "consensus_display": v.consensus_display, "support": v.support,
            "disagreement": v.disagreement, "values": values,
            "timeline": [{"published": d.isoformat(), "source": src, "display": shown} for d, src, shown in v.timeline],
        })
    return {
        "schema": SCHEMA,
        "story": report.rules.story,
        "title": report.rules.title,
        "rules": report.rules.path,
        "generated": report.generated,
        "sources": [{"id": a.id, "path": a.path, "title": a.title,
                     "published": a.published.isoformat() if a.published else None,
                     "published_at": a.published_at.isoformat(timespec="minutes") if a.published_at else None,
                     "published_basis": a.published_basis, "language": a.language, "outlet": a.outlet,
                     "url": a.url, "dateline": a.dateline,
                     "covered": report.rules.covers(a)} for a in report.sources],
        "facts": facts,
        "summary": dict(report.summary),
        "skipped": list(report.skipped),
    }


_encode = json.JSONEncoder(ensure_ascii=False).encode  # one encoder: json.dumps with options builds one per call
_encode_str = json.encoder.encode_basestring  # the C string encoder, for keys and short values


def _nested(data: Any) -> bool:
    """A container holding records: written one item per line; anything else fits on one line."""
    items = data.values() if isinstance(data, dict) else data
    return any(isinstance(v, dict) or (isinstance(v, list) and v and isinstance(v[0], dict)) for v in items)


def dump_json(data: Any, depth: int = 0) -> str:
    """Indented JSON whose records (a source, a value, a timeline entry) sit on one line each:
    as readable as full indentation, and written by the C encoder, several times faster."""
    if isinstance(data, str):
        return _encode_str(data)
    if not isinstance(data, (dict, list)) or not data or not _nested(data):
        return _encode(data)
    pad = "\n" + "  " * (depth + 1)
    if isinstance(data, dict):
        items = [_encode_str(str(k)) + ": " + dump_json(v, depth + 1) for k, v in data.items()]
        return "{" + pad + ("," + pad).join(items) + "\n" + "  " * depth + "}"
    return "[" + pad + ("," + pad).join(dump_json(v, depth + 1) for v in data) + "\n" + "  " * depth + "]"


def render_json(report: Report) -> str:
    return dump_json(to_dict(report)) + "\n"


CSV_COLUMNS = ["story", "fact", "label", "kind", "status", "consensus", "source", "value", "display", "evidence",
               "attribution", "start", "end"]


def rows_from_dict(data: dict[str, Any], story: str) -> list[dict[str, Any]]:
    out = []
    for fact in data.get("facts", []):
        base = {"story": story, "fact": fact["id"], "label": fact["label"], "kind": fact["kind"],
                "status": fact["status"], "consensus": fact["consensus_display"]}
        for val in fact["values"] or [None]:
            row = dict(base, source="", value="", display="", evidence="", attribution="", start=None, end=None)
            if val:
                row.update(source=val["source"], value=json.dumps(val["value"], ensure_ascii=False),
                           display=val["display"], evidence=val["evidence"], attribution="; ".join(val["attributions"]),
                           start=val["start"], end=val["end"])
            out.append(row)
    return out


def render_csv(report: Report) -> str:
    return csv_text(to_dict(report), report.rules.story)


def csv_text(data: dict[str, Any], story: str, header: bool = True) -> str:
    """One story's rows, one per (fact, source, value), written by pandas."""
    import pandas as pd  # only the CSV output pays for pandas

    return pd.DataFrame(rows_from_dict(data, story), columns=CSV_COLUMNS).to_csv(index=False, header=header)


def _cell(v: Verdict, source: str, covered: bool = True) -> str:
    if not covered:
        return "not covered"
    shown = [sv.display for sv in v.values if sv.source == source]
    return " / ".join(shown) if shown else "—"


def render_markdown(report: Report) -> str:
    ids = [a.id for a in report.sources]
    esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    lines = [f"# {esc(report.rules.title)}", "", _summary_line(report), "",
             "| fact | status | consensus | " + " | ".join(esc(i) for i in ids) + " |",
             "|---|---|---|" + "---|" * len(ids)]
    for v in report.verdicts:
        lines.append(f"| {esc(v.fact.label)} (`{v.fact.id}`) | {v.status.value} | {esc(v.consensus_display or '—')} | "
                     + " | ".join(esc(_cell(v, a.id, report.rules.covers(a))) for a in report.sources) + " |")
    return "\n".join(lines) + "\n"


def _summary_line(report: Report) -> str:
    s = report.summary
    return (f"{s['facts']} facts: {s['agree']} agree, {s['partial']} partial, {s['conflict']} conflict, "
            + (f"{s['updated']} updated, " if s.get("updated") else "")
            + f"{s['single']} single, {s['missing']} missing")


def render_table(report: Report, color: bool | None = None) -> str:
    """A compact table for the terminal; colored only when writing to one."""
    if color is None:
        color = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    ids = [a.id for a in report.sources]
    header = ["fact", "status", "consensus"] + [f"[{n}]" for n in range(1, len(ids) + 1)]
    body = [[v.fact.id, v.status.value, v.consensus_display or "—"]
            + [_cell(v, a.id, report.rules.covers(a)) for a in report.sources] for v in report.verdicts]
    widths = [min(32, max(len(r[c]) for r in [header] + body)) for c in range(len(header))]
    clip = lambda s, w: s if len(s) <= w else s[: w - 1] + "…"  # noqa: E731

    def line(cells: list[str], status: Status | None = None) -> str:
        parts = [clip(c, w).ljust(w) for c, w in zip(cells, widths)]
        if color and status is not None:
            parts[1] = f"\033[{_COLORS[status]}m{parts[1]}\033[0m"
        return "  ".join(parts).rstrip()

    out = [report.rules.title, ""]
    out += [f"[{n}] {a.id}  {a.title[:70]}" + ("" if report.rules.covers(a) else
                                                 f"  (not covered: the rules have no cues in '{a.language}')")
            for n, a in enumerate(report.sources, 1)]
    out += ["", line(header)]
    out += [line(r, v.status) for r, v in zip(body, report.verdicts)]
    conflicts = [v for v in report.verdicts if v.disagreement]
    if conflicts:
        out.append("")
        for v in conflicts:
            out.append(f"{v.fact.id}: {v.disagreement}")
            for sv in v.values:
                said = sorted({f.evidence.attribution for f in sv.findings if f.evidence.attribution})
                if said:
                    out.append(f"  {sv.source}: {sv.display} — according to {', '.join(said)}")
    for v in report.verdicts:
        if v.timeline:
            out.append(f"{v.fact.id} updated: " + " → ".join(f"{shown} ({d}, {src})" for d, src, shown in v.timeline))
    out += ["", _summary_line(report)]
    out += [f"skipped: {problem}" for problem in report.skipped]
    return "\n".join(out) + "\n"


@cache
def _templates():
    import jinja2  # only the HTML output pays for jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("consistency", "templates"), autoescape=True,
                              trim_blocks=True, lstrip_blocks=True)


def render_html(report: Report) -> str:
    env = _templates()
    facts = []
    for v in report.verdicts:
        cells = []
        for a in report.sources:
            if not report.rules.covers(a):
                cells.append(None)
                continue
            vals = []
            for sv in (x for x in v.values if x.source == a.id):
                sentences = _evidence_by_sentence(sv.findings)
                vals.append({"display": sv.display, "evidence": sentences[:4], "more": len(sentences) - 4,
                             "against": _against(v, sv.value)})
            cells.append(vals)
        facts.append({"verdict": v, "cells": cells, "named": _named(v), "fold_who": folds(v)})
    return env.get_template("report.html").render(report=report, facts=facts, summary=report.summary,
                                                  summary_line=_summary_line(report))


WHO_SHOWN = 6  # sources that 'who says what' names open under a status; more, and it folds


def folds(v: Verdict) -> bool:
    """Whether a conflict's 'who says what' folds behind a summary line: four values or more, or more sources than
    can be read at a glance in the status column ('Lautaro Martínez: e-bdnews, e-bizwatch, ...' for 18 sources)."""
    return v.disagreement.count("; ") >= 3 or len({sv.source for sv in v.values}) > WHO_SHOWN


def _against(v: Verdict, value: Any) -> str:
    """How a value in a conflicting row stands to the consensus: 'same', 'near' (compatible) or 'differs'; every value
    differs when there is no consensus, and '' outside a conflict."""
    if v.status is not Status.CONFLICT:
        return ""
    if v.consensus is None:
        return "differs"
    if value == v.consensus:
        return "same"
    relation = KINDS[v.fact.kind].relate(value, v.consensus, v.fact.spec)
    return "differs" if relation is Relation.CONFLICT else "near"


def _named(v: Verdict) -> list[tuple[str, int, str]]:
    """For entities that four or more sources name in different sets (too many to read across the row): each member,
    how many sources name it and, when only one does, which; most named first. [] otherwise."""
    kind = KINDS[v.fact.kind]
    if v.fact.kind != "entities" or len({sv.value for sv in v.values}) < 2 or len({sv.source for sv in v.values}) < 4:
        return []
    by: dict[str, list[str]] = {}
    for sv in v.values:
        for member in sorted(sv.value):
            by.setdefault(member, []).append(sv.source)
    show = {m: kind.show(frozenset({m}), v.fact.spec) for m in by}
    return [(show[m], len(who), who[0] if len(who) == 1 else "") for m, who in
            sorted(by.items(), key=lambda item: (-len(item[1]), show[item[0]]))]


def _evidence_by_sentence(findings) -> list[dict[str, Any]]:
    """Each evidence sentence once, cut into plain and highlighted pieces, with its notes."""
    grouped: dict[int, list] = {}
    for f in findings:
        grouped.setdefault(f.evidence.sentence_start, []).append(f.evidence)
    out = []
    for evs in grouped.values():
        sentence, base = evs[0].sentence, evs[0].sentence_start
        pieces, at = [], 0
        for e in sorted(evs, key=lambda e: e.start):
            lo, hi = max(at, e.start - base), e.end - base
            if lo >= hi:
                continue
            pieces += [(sentence[at:lo], False), (sentence[lo:hi], True)]
            at = hi
        pieces.append((sentence[at:], False))
        notes = sorted({e.note for e in evs if e.note})
        out.append({"pieces": [p for p in pieces if p[0]], "notes": notes, "said": evs[0].attribution})
    return out


RENDERERS = {"table": render_table, "json": render_json, "csv": render_csv, "markdown": render_markdown}


def write_atomic(path: str | Path, content: str) -> Path:
    """Write to a temporary file beside the target, then rename: readers never see half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(content)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def render_diff(report: Report) -> str:
    """Only what differs between two sources, like a diff; agreeing facts summed up in one line."""
    a, b = (s.id for s in report.sources[:2])
    out = [f"--- {a}", f"+++ {b}"]
    same = []
    for v in report.verdicts:
        left, right = _cell(v, a), _cell(v, b)
        if v.status is Status.AGREE:
            same.append(f"{v.fact.id} ({v.consensus_display})")
            continue
        if v.status is Status.MISSING:
            continue
        mark = {Status.CONFLICT: "!", Status.PARTIAL: "~", Status.SINGLE: "±", Status.UPDATED: ">"}[v.status]
        out.append(f"{mark} {v.fact.id} [{v.status.value}]")
        out.append(f"-   {left}")
        out.append(f"+   {right}")
    missing = [v.fact.id for v in report.verdicts if v.status is Status.MISSING]
    out.append(f"= {len(same)} agree: {', '.join(same)}" if same else "= none agree")
    if missing:
        out.append(f"  neither states: {', '.join(missing)}")
    return "\n".join(out) + "\n"


def render_extract_json(article, rules, findings, rejections=None, cues: dict[str, int] | None = None) -> str:
    """`extract --format json`: each finding on a line of its own; refusals and cue counts when given."""
    kinds = {f.id: KINDS[f.kind] for f in rules.facts}
    data: dict[str, Any] = {
        "source": article.id, "language": article.language,
        "published": article.published.isoformat() if article.published else None,
        "findings": [{"fact": f.fact, "value": kinds[f.fact].to_json(f.value), "display": f.display,
                      "raw": f.evidence.raw, "start": f.evidence.start, "end": f.evidence.end, "cue": f.evidence.cue,
                      "evidence": f.evidence.sentence, "note": f.evidence.note, "attribution": f.evidence.attribution}
                     for f in findings]}
    if rejections is not None:
        data["refused"] = [{"fact": r.fact, "raw": r.raw, "start": r.start, "reason": r.reason} for r in rejections]
        data["cues"] = cues
    return dump_json(data) + "\n"


def render_extract(article, rules, findings, rejections=None, cues: dict[str, int] | None = None) -> str:
    """What each fact matched in one article, with offsets and the sentence."""
    out = [f"{article.id}  language={article.language}  published={article.published or 'unknown'}"
           + (f" ({article.published_basis})" if article.published_basis else ""), ""]
    for fact in rules.facts:
        mine = [f for f in findings if f.fact == fact.id]
        out.append(f"{fact.id} ({fact.kind}): {len(mine)} found")
        for f in mine:
            e = f.evidence
            out.append(f"  {f.display:<24} [{e.start}:{e.end}] {e.raw!r}  cue={e.cue!r}")
            out.append(f"      {e.sentence[:200]}")
            if e.note:
                out.append(f"      note: {e.note}")
            if e.attribution:
                out.append(f"      according to: {e.attribution}")
        if rejections is not None:
            refused = [r for r in rejections if r.fact == fact.id]
            for r in refused:
                out.append(f"  refused {r.raw!r} at {r.start}: {r.reason}")
            n = (cues or {}).get(fact.id, 0)
            if not mine and not refused:
                out.append("  why: no cue of this fact stands in the text" if not n else
                           f"  why: {n} cue(s) found, but no value of kind '{fact.kind}' within {fact.window} words")
            elif not mine:
                out.append(f"  why: {n} cue(s) found; every value near them was refused, as above")
            if not rules.covers(article):
                out.append(f"  why: the rules have no cues in '{article.language}' (not covered)")
    return "\n".join(out) + "\n"


def render_index(stories: list[dict[str, Any]], generated: str, source: str) -> str:
    """The morning page: every story, worst first, with what changed since the last run."""
    order = sorted(stories, key=lambda r: (not r["error"], -r["conflict"], -len(r["changes"]["new_conflicts"]),
                                           -r["missing"], r["story"]))
    return _templates().get_template("index.html").render(stories=order, generated=generated, source=source,
                                                          script=SORT_SCRIPT, script_hash=_script_hash(SORT_SCRIPT))


# The index's one script: sort the table by a column when its header is clicked or activated with
# Enter. The page's Content-Security-Policy allows this script, by its hash, and nothing else.
SORT_SCRIPT = (
    "document.querySelectorAll('th[data-sort]').forEach(function(th){"
    "function go(){var t=th.closest('table'),b=t.tBodies[0],i=th.cellIndex,"
    "d=th.getAttribute('aria-sort')==='descending'?1:-1;"
    "Array.from(b.rows).sort(function(x,y){var p=x.cells[i].dataset.v||x.cells[i].textContent,"
    "q=y.cells[i].dataset.v||y.cells[i].textContent,m=parseFloat(p),n=parseFloat(q);"
    "return d*(isNaN(m)||isNaN(n)?p.localeCompare(q):m-n);}).forEach(function(r){b.appendChild(r);});"
    "t.querySelectorAll('th[data-sort]').forEach(function(h){h.removeAttribute('aria-sort');});"
    "th.setAttribute('aria-sort',d===1?'ascending':'descending');}"
    "th.addEventListener('click',go);th.addEventListener('keydown',function(e){if(e.key==='Enter')go();});});"
)


def _script_hash(script: str) -> str:
    import base64
    import hashlib

    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
