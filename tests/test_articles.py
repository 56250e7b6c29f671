"""Reading articles in every format: fixtures are short texts written here."""

import json
from datetime import date, datetime

import pytest

from consistency.articles import find_published, find_title, load_articles
from consistency.datelines import find_dateline
from consistency.errors import InputError
from consistency.models import Status
from consistency.pipeline import load_sources, run_check

from .conftest import RULES

BODY = "HAVANA (Reuters) - Cuba said on Sunday that 32 Cuban officers were killed in the raid on Saturday."

PAGE = """<!DOCTYPE html><html><head><title>Cuba mourns - Example Wire</title>
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2026-01-05T09:30:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Cuba mourns its officers</h1>
<p>HAVANA, Jan 5 (Example) - Cuba declared two days of national mourning on Monday for the 32 Cuban officers
killed in the U.S. raid in Caracas, the government said in a statement read on state television.</p>
<p>The government said the dead were members of its armed forces and of its intelligence services, and that
they had been guarding the Venezuelan president when the attack began before dawn.</p></article>
<aside class="related"><a href="/x">Related: 99 other stories you may like</a></aside>
<div class="comments">17 comments</div><footer>Copyright 2026 Example Wire</footer></body></html>"""


AT_10, AT_0930 = datetime(2026, 1, 5, 10, 0), datetime(2026, 1, 5, 9, 30)


@pytest.mark.parametrize("name, content, title, published, outlet, at", [
    ("a.txt", BODY, "", None, "", None),
    ("a.md", "---\nsource: Example Wire\npublished: 2026-01-05\ntitle: Cuba mourns\nlanguage: en\n---\n# Cuba\n\n" + BODY,
     "Cuba mourns", date(2026, 1, 5), "Example Wire", None),
    ("b.md", "---\nsource: Example Wire\npublished: 2026-01-05T11:00:00+01:00\n---\n" + BODY,
     "", date(2026, 1, 5), "Example Wire", AT_10),
    ("a.json", json.dumps({"headline": "Cuba mourns", "body_text": BODY, "versioncreated": "2026-01-05T10:00:00Z",
                           "language": "en", "uri": "https://wire.example.com/1"}),
     "Cuba mourns", date(2026, 1, 5), "wire.example.com", AT_10),
    ("b.json", json.dumps({"headlines": [{"value": "Cuba mourns"}], "bodies": [{"value": f"<p>{BODY}</p>",
                                                                                 "contenttype": "text/html"}],
                           "versioncreated": "2026-01-05", "copyrightholder": "Example Wire"}),
     "Cuba mourns", date(2026, 1, 5), "Example Wire", None),
    ("c.json", json.dumps({"headlines": [{"value": "Cuba mourns"}], "bodies": [{"value": BODY}],
                           "versionCreated": "2026-01-05T10:00:00Z"}), "Cuba mourns", date(2026, 1, 5), "", AT_10),
    ("p.html", PAGE, "Cuba mourns its officers", date(2026, 1, 5), "Example Wire", AT_0930),
])
def test_formats(write, name, content, title, published, outlet, at):
    (art,) = load_articles(write(name, content))
    assert "32 Cuban officers" in art.text
    assert art.published == published
    assert art.published_at == at  # the time, in UTC, only where the metadata gives one
    assert art.outlet == outlet
    if title:
        assert art.title == title


@pytest.mark.parametrize("text, title", [
    ("Storm closes ports along the coast\nThe storm closed four ports on Monday.", "Storm closes ports along the coast"),
    ("You are currently viewing Storm closes ports along the coast\nA photo caption.\n\n"
     "Storm closes ports along the coast\n\nThe storm closed four ports.", "Storm closes ports along the coast"),
    ("Home > World > Storm closes ports along the coast\nStorm closes ports along the coast\nBody.",
     "Storm closes ports along the coast"),
    ("The storm closed four ports on Monday. Ships waited offshore.\nMore text.", "The storm closed four ports on Monday."),
    ("Ports reopen after the storm passes\nports\nBody text.", "Ports reopen after the storm passes"),
    ("https://news.example.com/2026/01/05/storm-ports/\n5 January 2026 Last updated at 11:11 GMT\n"
     "Storm closes ports along the coast\nBody.", "Storm closes ports along the coast"),
    ("Thursday, January 8, 2026\nStorm closes ports along the coast\nBody.", "Storm closes ports along the coast"),
    ("10:24 AM, MON 5 JAN 2026\nStorm closes ports along the coast\nBody.", "Storm closes ports along the coast"),
])
def test_title_is_the_headline_without_page_furniture(text, title):
    assert find_title(text) == title


@pytest.mark.parametrize("text, published, basis", [
    ("Storm closes ports\nPublished on January 5, 2026\nThe storm closed four ports.", date(2026, 1, 5), "the text"),
    ("Storm closes ports\nDecember 15th, 2008, 7:35 am\n\nThe storm closed four ports on Monday.",
     date(2008, 12, 15), "the time stamp"),
    ("Thursday, December 11, 2008\nStorm closes ports\nBody.", date(2008, 12, 11), "the time stamp"),
    ("https://news.example.com/2013/09/26/storm-closes-ports/\nStorm closes ports\nBody.", date(2013, 9, 26),
     "the address"),
    ("https://news.example.com/story/2194453.html\nStorm closes ports\nBody.", None, ""),
    # A date inside the story is not the day it was published.
    ("Storm closes ports\nThe storm that hit on December 11, 2008 closed four ports.", None, ""),
    # ... nor a date in a paragraph that happens to hold a word of a date line ('data').
    ("Heat record\nOnly two earlier days passed 38C in the agency's data: 10 August 2003 and 25 July 2019, the review of "
     "the summer found when it was put out.", None, ""),
])
def test_publication_date_from_the_top_of_the_text(text, published, basis):
    found, why = find_published(text, "en")
    assert found == published and why.startswith(basis)


@pytest.mark.parametrize("stamp, lang, published", [
    # Dates in figures, as pages stamp them: the day comes first wherever it cannot be the month; when either figure
    # could be the month, day first in Spanish and Portuguese, and nothing in English, where both orders are written.
    ("19/07/2024", "pt", date(2024, 7, 19)),
    ("19.07.2024", "es", date(2024, 7, 19)),
    ("Last updated 13:26 14/09/2013", "en", date(2013, 9, 14)),
    ("updated 12/19/2005 2:48:40 PM ET", "en", date(2005, 12, 19)),
    ("10:10 AM PDT 6/6/2013", "en", date(2013, 6, 6)),
    ("Publicado el 05/07/2024 a las 10:30", "es", date(2024, 7, 5)),
    ("A nota foi publicada em 9 de março de 2023", "pt", date(2023, 3, 9)),  # 'publicada', of a feminine noun
    ("05/07/2024", "en", None),
    ("31/02/2024", "pt", None),
])
def test_publication_date_in_figures(stamp, lang, published):
    assert find_published(f"Storm closes ports\n{stamp}\n\nThe storm closed four ports.", lang)[0] == published


def test_html_page_keeps_the_article_and_drops_the_furniture(write):
    (art,) = load_articles(write("p.html", PAGE))
    assert "armed forces" in art.text
    assert "Related" not in art.text and "comments" not in art.text and "Sport" not in art.text


def test_json_lines_hold_many_sources(write):
    lines = "\n".join(json.dumps({"headline": f"Item {n}", "body_text": BODY.replace("32", str(n)),
                                  "versioncreated": "2026-01-05", "copyrightholder": "Example Wire"})
                      for n in (30, 32))
    arts = load_sources([write("feed.jsonl", lines)])
    assert [a.id for a in arts] == ["example-wire", "example-wire-2"]  # two items of one outlet: two sources


def test_a_toll_rising_through_one_day_is_an_update_when_the_feed_gives_times(write):
    def item(stamp, toll):
        return json.dumps({"headline": "Raid toll", "versioncreated": stamp, "copyrightholder": "Example Wire",
                           "body_text": f"The death toll from the raid rose to {toll}, officials said."})

    timed = write("timed.jsonl", item("2026-01-05T09:00:00Z", 40) + "\n" + item("2026-01-05T18:00:00Z", 80))
    verdict = {v.fact.id: v for v in run_check([timed], str(RULES)).verdicts}["total_dead"]
    assert verdict.status is Status.UPDATED and verdict.consensus_display == "80"
    assert [t[0] for t in verdict.timeline] == [datetime(2026, 1, 5, 9), datetime(2026, 1, 5, 18)]
    undated = write("days.jsonl", item("2026-01-05", 40) + "\n" + item("2026-01-05", 80))
    assert {v.fact.id: v for v in run_check([undated], str(RULES)).verdicts}["total_dead"].status is Status.CONFLICT


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encodings(write, encoding):
    text = "Cuba declaró dos días de duelo por los 32 cubanos muertos en el ataque del sábado."
    (art,) = load_articles(write("e.txt", text.encode(encoding)))
    assert art.text == text


@pytest.mark.parametrize("content, message", [
    (b"\x00\x01\x02binary", "binary"),
    (b"", "is empty"),
    (b"{not json", "not valid JSON"),
    (b'{"headline": "x"}', "no body"),
    (b"---\npublished: [1\n---\nbody", "front matter"),
])
def test_bad_inputs(write, content, message):
    name = "x.json" if content.startswith(b"{") else ("x.md" if content.startswith(b"---") else "x.txt")
    with pytest.raises(InputError, match=message):
        load_articles(write(name, content))


@pytest.mark.parametrize("text, place, agency, day", [
    ("CARACAS, Jan 3 (Reuters) - U.S. forces", "Caracas", "Reuters", date(2026, 1, 3)),
    ("LA HABANA, 4 ene (Reuters) - Cuba", "La Habana", "Reuters", date(2026, 1, 4)),
    ("HAVANA (AP) — Cuba said", "Havana", "AP", None),
    ("CARACAS, 3 de enero (EFE).- Las fuerzas", "Caracas", "EFE", date(2026, 1, 3)),
    ("BRASÍLIA, 5 de janeiro (Reuters) - O governo", "Brasília", "Reuters", date(2026, 1, 5)),
    ("Lisbon, Sept 4 (AFP/APP):Portugal held", "Lisbon", "AFP/APP", date(2025, 9, 4)),  # a late dateline: last year
    ("Buenos Aires, 5 ene (EFE).- El gobierno", "Buenos Aires", "EFE", date(2026, 1, 5)),
    # A country in square brackets after the place, the date after it with or without a comma.
    ("Lisbon, Portugal [PT] Jan 5 (ANI): The minister", "Lisbon, Portugal", "ANI", date(2026, 1, 5)),
    ("Lisbon [Portugal], Jan 5 (ANI): The minister", "Lisbon", "ANI", date(2026, 1, 5)),
    # With no agency, a date after the place and a dash make a dateline.
    ("Cape Canaveral, Jan. 5 — NASA astronauts", "Cape Canaveral", "", date(2026, 1, 5)),
    ("WASHINGTON, Jan. 3, 2026 — The raid", "Washington", "", date(2026, 1, 3)),
    ("Caracas, 5 de enero de 2026 - El gobierno", "Caracas", "", date(2026, 1, 5)),
    # After the headline and a line that dates the page, blank lines between them.
    ("Spill spreads\n\nPublished: 2026-01-05\n\nLIMA, Jan 5 (Reuters) – An oil spill", "Lima", "Reuters", date(2026, 1, 5)),
])
def test_datelines(text, place, agency, day):
    dl = find_dateline(text, date(2026, 1, 6))
    assert (dl.place, dl.agency, dl.day) == (place, agency, day)


@pytest.mark.parametrize("text", ["Paris, March 19 was a day to remember.", "Wilmore, Williams — both Navy captains",
                                  "Maduro, 63, was flown out — to New York"])
def test_no_dateline(text):
    assert find_dateline(text, date(2026, 1, 6)) is None


def test_dateline_year_comes_from_metadata_and_beats_wrong_metadata(write):
    (art,) = load_articles(write("a.md", "---\npublished: 2019-03-02\n---\nLA HABANA, 4 ene 2026 (Reuters) - Cuba "
                                          "decretó dos días de duelo."))
    assert art.published == date(2026, 1, 4)
    assert "dateline" in art.published_basis and "2019-03-02" in art.published_basis


@pytest.mark.parametrize("name, text", [
    # A time stamp a day on (another time zone): the dateline's day, its year from the stamp.
    ("a.txt", "Argentina gana la final\n2022-12-19\n\nDOHA, 18 dic (Xinhua) -- Argentina ganó hoy la final."),
    # Page metadata a day on: the dateline was written with the story.
    ("a.md", "---\npublished: 2022-12-19\n---\nDOHA, 18 dic (Xinhua) -- Argentina ganó hoy la final."),
])
def test_relative_days_count_from_the_datelines_day(write, name, text):
    (art,) = load_articles(write(name, text))
    assert art.published == date(2022, 12, 18)
    assert "dateline" in art.published_basis and "2022-12-19" in art.published_basis


def test_relative_dates_resolve_against_the_dateline(write):
    path = write("a.txt", "CARACAS, Jan 5 (Reuters) - U.S. forces raided Caracas on Saturday and seized Maduro.")
    report = run_check([path], str(RULES))
    (v,) = [v for v in report.verdicts if v.fact.id == "operation_date"]
    assert v.consensus == date(2026, 1, 3) or v.consensus is None  # no year in the dateline, no metadata
    report = run_check([path], str(RULES), default_published=date(2026, 1, 5))
    (v,) = [v for v in report.verdicts if v.fact.id == "operation_date"]
    assert v.consensus == date(2026, 1, 3)


def test_stdin(monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(BODY.encode())))
    (art,) = load_articles("-")
    assert art.id == "stdin" and "32 Cuban officers" in art.text


def test_the_dateline_date_and_place_are_not_facts(write):
    path = write("d.txt", "CARACAS, Jan 5 (Reuters) - The military operation left the city in shock. "
                          "Maduro was flown to New York.")
    report = run_check([path], str(RULES), default_published=date(2026, 1, 5))
    verdicts = {v.fact.id: v for v in report.verdicts}
    assert verdicts["operation_date"].status is Status.MISSING  # Jan 5 is when the story was filed
    assert verdicts["flown_to"].consensus == frozenset({"new_york"})
