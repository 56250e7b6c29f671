"""Load and validate rule files (YAML): every error names file:line, the fact and the key."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from . import rx
from .errors import RuleError
from .lexicon import LANGUAGES
from .models import Example, Fact, RuleSet
from .normalize import KINDS
from .text import phrase_pattern

TOP_KEYS = ("story", "title", "description", "window", "languages", "facts")
FACT_KEYS = ("id", "label", "kind", "cues", "window", "ignore", "about", "updates", "background", "ahead", "patterns",
             "values", "examples", "description")
DEFAULT_WINDOW = 8
_ID = rx.compile(r"[a-z][a-z0-9_]*\Z")
_A_YEAR = rx.compile(r"\b(?:1[89]|20)\d\d\b")  # a year among the words of a fact's own period


class _Located(dict):
    """A YAML mapping that remembers where each key stood."""

    line = 0
    marks: dict[str, tuple[int, int]]


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # libyaml parses several times faster
    """Safe loading only, with line numbers, no duplicate keys and no anchors or aliases."""

    def construct_object(self, node, deep=False):  # type: ignore[override]
        # An alias is the same node met twice: refused before anything is built from it (no bombs).
        if node in self.constructed_objects or node in self.recursive_objects:
            raise yaml.MarkedYAMLError("while reading", None, "anchors and aliases are not allowed in rule files",
                                       node.start_mark)
        return super().construct_object(node, deep=deep)

    def construct_mapping(self, node, deep=False):  # type: ignore[override]
        mapping = _Located()
        mapping.line = node.start_mark.line + 1
        mapping.marks = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise yaml.MarkedYAMLError("while reading", None, "a key must be plain text", key_node.start_mark)
            key = str(key)
            if key in mapping:
                raise yaml.MarkedYAMLError("while reading", None, f"duplicate key '{key}'", key_node.start_mark)
            mapping.marks[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            mapping[key] = self.construct_object(value_node, deep=deep)
        return mapping


_Loader.add_constructor("tag:yaml.org,2002:map", lambda loader, node: loader.construct_mapping(node, deep=True))


def _yaml_12_scalars(loader: type) -> None:
    """Plain words stay words, as in YAML 1.2: only true and false are booleans ('no', 'off', 'on' and
    'yes' are cue words in rule files), and '2:56' is a time as written, not the number 176."""
    plain = ("tag:yaml.org,2002:bool", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
    loader.yaml_implicit_resolvers = {first: [(tag, expr) for tag, expr in found if tag not in plain]
                                      for first, found in loader.yaml_implicit_resolvers.items()}
    loader.add_implicit_resolver(plain[0], rx.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
    loader.add_implicit_resolver(plain[1], rx.compile(r"^[-+]?(?:0|[1-9][0-9_]*)$"), list("-+0123456789"))
    loader.add_implicit_resolver(plain[2], rx.compile(r"^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)(?:[eE][-+]?[0-9]+)?$"
                                                      r"|^[-+]?(?:[0-9][0-9_]*)[eE][-+]?[0-9]+$"
                                                      r"|^[-+]?\.(?:inf|Inf|INF)$|^\.(?:nan|NaN|NAN)$"),
                                 list("-+0123456789."))


_yaml_12_scalars(_Loader)


def _closest(word: str, choices: tuple[str, ...] | list[str]) -> str:
    from rapidfuzz import fuzz, process

    best = process.extractOne(word, list(choices), scorer=fuzz.ratio, score_cutoff=60)
    return f"; did you mean '{best[0]}'?" if best else ""


def read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise RuleError("no such rule file", path=str(path)) from None
    except IsADirectoryError:
        raise RuleError("is a folder; expected a rule file", path=str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot be read ({exc.__class__.__name__}: {exc})", path=str(path)) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise RuleError(f"YAML error: {problem}", path=str(path), line=line, column=col) from None
    except yaml.YAMLError as exc:
        raise RuleError(f"YAML error: {exc}", path=str(path)) from None


def load_rules(path: str | Path) -> RuleSet:
    """One rule file, or every *.yaml / *.yml in a folder, as one rule set."""
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
        if not files:
            raise RuleError("no .yaml rule files in this folder", path=str(path))
        sets = [load_rule_file(p) for p in files]
        facts, seen = [], {}
        for rs in sets:
            for fact in rs.facts:
                if fact.id in seen:
                    raise RuleError(f"fact id also defined in {seen[fact.id]}", path=rs.path, line=fact.line,
                                    fact=fact.id, key="id")
                seen[fact.id] = rs.path
                facts.append(fact)
        languages = tuple(sorted({lang for rs in sets for lang in rs.languages}))
        return RuleSet(str(path), path.name, sets[0].title if len(sets) == 1 else path.name, tuple(facts), languages)
    return load_rule_file(path)


def load_rule_file(path: Path) -> RuleSet:
    data = read_yaml(path)
    where = str(path)
    if data is None:
        raise RuleError("the rule file is empty; expected a mapping with 'facts'", path=where)
    if not isinstance(data, dict):
        raise RuleError(f"expected a mapping with 'facts' at the top, found a {type(data).__name__}", path=where, line=1)
    for key in data:
        if key not in TOP_KEYS:
            line, col = data.marks[key]
            raise RuleError(f"unknown key; expected one of {', '.join(TOP_KEYS)}{_closest(key, TOP_KEYS)}",
                            path=where, line=line, column=col, key=key)
    window = data.get("window", DEFAULT_WINDOW)
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        raise RuleError(f"expected a whole number of words, found {window!r}", path=where,
                        line=data.marks["window"][0], key="window")
    facts_data = data.get("facts")
    if not isinstance(facts_data, list) or not facts_data:
        raise RuleError("expected a non-empty list of facts", path=where,
                        line=data.marks.get("facts", (data.line, 0))[0], key="facts")
    facts: list[Fact] = []
    seen: set[str] = set()
    for item in facts_data:
        fact = _load_fact(item, where, window)
        if fact.id in seen:
            raise RuleError("duplicate fact id", path=where, line=fact.line, fact=fact.id, key="id")
        seen.add(fact.id)
        facts.append(fact)
    languages = data.get("languages", list(LANGUAGES))
    if not isinstance(languages, list) or not languages or any(lang not in LANGUAGES for lang in languages):
        raise RuleError(f"expected a list of languages from {', '.join(LANGUAGES)}, found {languages!r}", path=where,
                        line=data.marks.get("languages", (data.line, 0))[0], key="languages")
    story = str(data.get("story") or path.stem)
    return RuleSet(where, story, str(data.get("title") or story), tuple(facts), tuple(languages))


def _load_fact(item: Any, where: str, default_window: int) -> Fact:
    if not isinstance(item, dict):
        raise RuleError(f"each fact must be a mapping with id, kind and cues, found {item!r}", path=where)
    fid = item.get("id")
    line = item.line

    def error(message: str, key: str = "") -> RuleError:
        at = item.marks.get(key, (line, None)) if key else (line, None)
        return RuleError(message, path=where, line=at[0], column=at[1], fact=str(fid or ""), key=key)

    if not isinstance(fid, str) or not _ID.match(fid):
        raise error(f"expected an id of lower-case letters, digits and _, found {fid!r}", "id")
    kind_name = item.get("kind")
    if kind_name not in KINDS:
        raise error(f"unknown kind {kind_name!r}; expected one of {', '.join(KINDS)}"
                    f"{_closest(str(kind_name), list(KINDS))}", "kind")
    kind = KINDS[kind_name]
    allowed = FACT_KEYS + tuple(sorted(kind.options))
    for key in item:
        if key not in allowed:
            raise error(f"unknown key for a {kind_name} fact; expected one of {', '.join(allowed)}"
                        f"{_closest(key, allowed)}", key)
    cues = _phrases(item, "cues", "expected a list of cue words or phrases", error)
    patterns = _compile_patterns(item.get("patterns") or [], error)
    if not cues and not patterns:
        raise error("a fact needs cues (or patterns) to find its value", "cues")
    ignore = _phrases(item, "ignore", "expected a list of words or phrases that are never values", error)
    about = _phrases(item, "about", "expected a list of names or words, one of which a sentence must hold for its "
                     "values to count", error)
    window = item.get("window", default_window)
    if not isinstance(window, int) or isinstance(window, bool) or window < 0:
        raise error(f"expected a whole number of words, found {window!r}", "window")
    updates, background, ahead = item.get("updates", bool(kind.updates)), item.get("background", True), item.get("ahead", False)
    period = None
    if isinstance(background, list):  # the words of the fact's own period: background, but not a phrase naming it
        period = _phrases(item, "background", "expected true, false or a list of words naming the fact's own period "
                          "('January', 'enero')", error)
        background = True
    for key, flag in (("updates", updates), ("background", background), ("ahead", ahead)):
        if not isinstance(flag, bool):
            raise error(f"expected true{', false or a list of words' if key == 'background' else ' or false'}, found {flag!r}",
                        key)
    label = item.get("label") or fid.replace("_", " ")
    if not isinstance(label, str):
        raise error("expected text", "label")
    spec = kind.compile({"cues": cues, "about": about, "ahead": ahead} | {k: item[k] for k in kind.options if k in item},
                        error)
    examples = _load_examples(item.get("examples"), kind, spec, error)
    values = _compile_value_words(item.get("values"), kind, spec, error)
    return Fact(fid, label, kind_name, tuple(cues), window, spec, patterns, examples, line, phrase_pattern(ignore),
                updates, background, phrase_pattern(about), values, phrase_pattern(period), ahead,
                any(_A_YEAR.search(p) for p in period or ()))


def _compile_value_words(values: Any, kind, spec, error) -> tuple[Any, ...]:
    """Words that stand for a value ('hat-trick: 3', 'tricampe*: 3'), each as (its pattern, value, display), the
    longest first."""
    if values is None:
        return ()
    if not isinstance(values, dict) or not values:
        raise error("expected a mapping of words to the value each stands for, such as {hat-trick: 3}", "values")
    out = []
    for phrase, expect in values.items():
        if not phrase.strip(" *"):
            raise error(f"expected a word or phrase, found {phrase!r}", "values")
        try:
            value = kind.parse(expect, spec)
        except ValueError as exc:
            raise error(f"'{phrase}': {exc}", "values") from None
        out.append((phrase_pattern([phrase]), value, kind.show(value, spec)))
    return tuple(sorted(out, key=lambda t: -len(t[0].pattern)))


def _phrases(item: Any, key: str, message: str, error) -> list[str]:
    """A fact's list of words or phrases under key (none when absent); message when it is not one."""
    found = item.get(key) or []
    if not isinstance(found, list) or not all(isinstance(c, str) and c.strip(" *") for c in found):
        raise error(message, key)
    return found


def _compile_patterns(patterns: Any, error) -> tuple[Any, ...]:
    if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
        raise error("expected a list of regular expressions", "patterns")
    if not patterns:
        return ()
    import regex  # rule patterns run with a time limit, which the re module cannot do (10 ms to import)

    out = []
    for p in patterns:
        try:
            compiled = regex.compile(p, regex.IGNORECASE | regex.VERSION0)
        except (regex.error, ValueError, OverflowError) as exc:
            raise error(f"bad regular expression {p!r}: {exc}", "patterns") from None
        if "value" not in compiled.groupindex:
            raise error(f"pattern {p!r} needs a named group (?P<value>...) around the value", "patterns")
        out.append(compiled)
    return tuple(out)


def _load_examples(examples: Any, kind, spec, error) -> tuple[Example, ...]:
    if examples is None:
        return ()
    if not isinstance(examples, list):
        raise error("expected a list of examples, each with text and expect", "examples")
    out = []
    for ex in examples:
        if not isinstance(ex, dict) or not isinstance(ex.get("text"), str) or "expect" not in ex:
            raise error("each example needs 'text' and 'expect' (a value, or none)", "examples")
        extra = set(ex) - {"text", "expect", "published", "language"}
        if extra:
            raise error(f"unknown example key '{sorted(extra)[0]}'; expected text, expect, published, language",
                        "examples")
        expect = ex["expect"]
        if expect is None or expect == "none":
            value = None
        else:
            try:
                value = kind.parse(expect, spec)
            except ValueError as exc:
                raise error(f"example at line {ex.line}: {exc}", "examples") from None
        out.append(Example(ex["text"], value, ex.line, str(ex.get("published") or ""), str(ex.get("language") or "")))
    return tuple(out)
