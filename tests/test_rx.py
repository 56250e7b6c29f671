"""The cache of compiled regular expressions: the same patterns as re.compile, read back, never wrong."""

from __future__ import annotations

import marshal
import re

import pytest

from consistency import rx
from consistency.text import alternation, phrase_pattern

PATTERNS = [
    (r"\d+", 0),
    (r"(?P<n>\d{1,3}(?:,\d{3})+)\s+(?P<unit>dead|killed)", 0),
    (r"(?i:at least)\s+\w+", 0),
    (r"(?<!\w)(?:maduro|cilia\s+flores)(?!\w)", re.IGNORECASE),
    (r"[^\W\d_]+", 0),
    (r"(?:\b(?P<hedge>about)\s+)?(?P<n1>\d+)(?:\s*-\s*(?P<n2>\d+))?", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_a_cached_pattern_is_the_compiled_one(tmp_path, pattern, flags):
    first = rx.ProgramCache(tmp_path / "programs.bin")
    made = first.compile(pattern, flags)
    first.save()
    again = rx.ProgramCache(tmp_path / "programs.bin")
    read = again.compile(pattern, flags)
    assert again.compiled == 0  # built from the file, not compiled
    expected = re.compile(pattern, flags)
    assert made == expected and read == expected  # equal patterns have the same program
    assert read.groupindex == expected.groupindex and read.groups == expected.groups
    text = "About 30-32 people, Maduro and CILIA FLORES, 1,200 dead"
    assert [m.span() for m in read.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_a_damaged_file_is_compiled_afresh(tmp_path):
    path = tmp_path / "programs.bin"
    path.write_bytes(b"\x00not a program file")
    cache = rx.ProgramCache(path)
    assert cache.compile(r"\d+").findall("12 and 7") == ["12", "7"]
    assert cache.compiled == 1
    cache.save()
    assert rx.ProgramCache(path).compile(r"\d+") == re.compile(r"\d+")


def test_a_damaged_program_is_compiled_afresh(tmp_path):
    path = tmp_path / "programs.bin"
    cache = rx.ProgramCache(path)
    cache.compile(r"\d+")
    cache._programs[(r"\d+", 0)] = (0, b"\xff\xff\xff\xff", 0, {}, (None,))  # not a program the engine accepts
    assert cache.compile(r"\d+").findall("12 and 7") == ["12", "7"]


def test_nothing_is_written_without_a_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setenv("CONSISTENCY_NO_CACHE", "1")
    assert rx.cache_file() is None
    cache = rx.ProgramCache(rx.cache_file())
    assert cache.compile(r"\w+").match("word")
    cache.save()
    assert not any(tmp_path.iterdir())


def test_the_cache_lives_under_the_users_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("CONSISTENCY_NO_CACHE", raising=False)
    path = rx.cache_file()
    assert path is not None and path.parent == tmp_path / "consistency"


def test_an_unwritable_folder_costs_only_time(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = rx.ProgramCache(blocker / "consistency" / "programs.bin")
    assert cache.compile(r"\d").match("5")
    cache.save()  # cannot create the folder: no error, nothing written
    assert blocker.read_text() == "not a folder"


def test_alternations_are_the_same_whatever_the_order():
    words = ["dos", "two", "uno", "one", "tres", "three", "at least"]
    assert alternation(words) == alternation(reversed(words)) == alternation(set(words))
    assert phrase_pattern(words).pattern == phrase_pattern(list(reversed(words))).pattern


def test_programs_of_earlier_versions_are_dropped_past_the_limit(tmp_path):
    path = tmp_path / "programs.bin"
    old = rx.ProgramCache(path)
    for i in range(rx._LIMIT + 1):  # what earlier versions of the patterns left behind
        old.compile(rf"old{i}\d+")
    old.save()
    cache = rx.ProgramCache(path)
    cache.compile(r"\d+")  # one this version uses, and compiles
    cache.save()
    assert set(marshal.loads(path.read_bytes())) == {(r"\d+", 0)}
