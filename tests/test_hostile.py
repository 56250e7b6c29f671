"""Hostile articles: the HTML report stays inert and intact in a real browser (headless Chromium)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from consistency.pipeline import run_check
from consistency.report import render_html

from .conftest import RULES

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

HOSTILE = [
    "<script>document.title='PWNED';document.body.innerHTML='<p id=pwned>x</p>'</script>"
    " Cuba said 32 Cuban officers were killed.",
    '<img src=x onerror="document.title=\'PWNED\'"> Cuba declared two days of national mourning.',
    '<a href="javascript:alert(1)">click</a> Thirty-two Cuban nationals died <b>in the <i>raid.',
    "\u202eCuba said 30 Cuban officers were killed\u202c and\u200b\u200b zero\u200dwidth " + "x" * 10000,
    "</td></tr></table><h1 id=pwned>broken</h1> Cuba said 32 Cuban officers were killed.",
]


@pytest.fixture
def hostile_report(tmp_path):
    paths = []
    for n, text in enumerate(HOSTILE):
        p = tmp_path / f"h{n}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    md = tmp_path / "m.md"
    md.write_text('---\ntitle: "<script>alert(1)</script>"\nurl: "javascript:alert(1)"\nsource: "<b>x</b>"\n---\n'
                  "Cuba said 32 Cuban officers were killed.", encoding="utf-8")
    paths.append(str(md))
    html = render_html(run_check(paths, str(RULES)))
    out = tmp_path / "hostile.html"
    out.write_text(html, encoding="utf-8")
    return out, html


def test_report_markup_is_escaped(hostile_report):
    _, html = hostile_report
    assert "<script" not in html.lower().replace("&lt;script", "")
    assert "onerror=" not in html.replace("onerror=&#34;", "").replace("onerror=&quot;", "")
    assert 'href="javascript:' not in html
    assert "&lt;script&gt;" in html
    assert len(re.findall(r"<tr class=", html)) == 7  # one row per fact, the table intact


@pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed (.ci/run installs it)")
def test_no_script_runs_in_a_real_browser(hostile_report, tmp_path):
    page, _ = hostile_report
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([CHROMIUM, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True,
                         timeout=120).stdout
    assert "<title>" in dom and "PWNED" not in dom.split("</title>")[0]
    assert 'id="pwned"' not in dom and "id=pwned" not in dom.split("<body")[1].split("&lt;")[0]
    assert len(re.findall(r"<tr class=", dom)) == 7
    shot = Path(__file__).resolve().parent.parent / "reports" / "hostile-screenshot.png"
    subprocess.run([CHROMIUM, *flags, "--window-size=1300,900", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120)
    assert shot.exists() and shot.stat().st_size > 10_000
