"""Text primitives: offset-preserving folding, words, sentences and clause distance."""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from heapq import merge

from . import rx
from .lexicon import (
    ABBREVIATIONS,
    FULL_MONTHS,
    INCLUDING,
    LANGUAGES,
    MONTHS,
    OTHER_STOPWORDS,
    PAST_FORMS,
    RELATIVES,
    STOPWORDS,
    WEEKDAYS,
)


def _build_fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x00C0, 0x0250):
        ch = chr(code)
        base = unicodedata.normalize("NFD", ch)[0].lower()
        if len(base) == 1 and base != ch:
            table[code] = base
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = chr(code + 32)
    for ch, to in {"’": "'", "‘": "'", "´": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"',
                   "\u00a0": " ", "\u2009": " ", "\u202f": " ", "‐": "-", "‑": "-", "−": "-",
                   "ß": "s", "ø": "o", "ł": "l", "đ": "d", "æ": "a", "œ": "o", "ı": "i"}.items():
        table[ord(ch)] = to
    for code in range(0x0391, 0x03AA):  # Greek capitals, so casing is uniform
        table[code] = chr(code + 32)
    for code in range(0x0410, 0x0430):  # Cyrillic capitals
        table[code] = chr(code + 32)
    return table


_FOLD = _build_fold_table()


_NON_ASCII = rx.compile(r"[^\x00-\x7f]")


def fold(text: str) -> str:
    """Lower-case and strip accents without changing the length, so offsets stay valid."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters grow when lower-cased ('İ'); map char by char
        return text.translate(_FOLD)
    if lowered.isascii():
        return lowered
    for ch in set(_NON_ASCII.findall(lowered)):  # a text has few distinct letters outside ASCII
        to = _FOLD.get(ord(ch))
        if to is not None:
            lowered = lowered.replace(ch, to)
    return lowered


WORD = rx.compile(r"[^\W_]+")
UPPER = "A-ZÁÉÍÓÚÑÇÃÕÂÊÔÜ"  # capital letters of the three languages, for a class: f"[{UPPER}]"


def _sentence_end() -> re.Pattern[str]:
    """Where a sentence ends: a newline, or end punctuation before a capital, a figure or a bullet, unless the punctuation
    closes an abbreviation or an initial ('Dr.', 'U.S.', 'J. Smith'). The word before the period
    is checked by lookbehinds (one per length), so the split needs no Python per match."""
    by_len: dict[int, list[str]] = {}
    for a in ABBREVIATIONS:
        by_len.setdefault(len(a), []).append(re.escape(a))
    edge = r"(?<![^\s(\"“])"  # the word starts the token: after a space, a bracket or a quote
    joined = r"(?<![^\s(\"“/–-])"  # ... or, for an abbreviation, a dash or a slash ('Nov. 30-Dec. 2', 'Aoraki/Mt. Cook')
    abbr = "".join(f"(?<!{joined}(?:{'|'.join(sorted(v))})[.!?])" for _, v in sorted(by_len.items()))
    # ... but a letter that labels a group is no initial: 'They face Panama in Group L. Scotland have...'
    labels = "".join(rf"(?<!{w}\s)" for w in ("group", "grupo", "chave", "pot", "pote", "bombo"))
    initial = rf"(?<!{edge}{labels}[^\W\d_][.!?])"
    closers = "[\"')\\]”’]*+"
    # A run of punctuation is entered only at its first mark and taken whole (possessive): on a page
    # of 100,000 dots, anything else would try every mark against every later one.
    # The expression opens with one character class, so the engine skips straight to the marks and
    # newlines (an alternation of classes would be tried at every character: 2x slower).
    first = r"(?<=[.!?])(?<![.!?][.!?])"  # the mark just read is the first of its run
    # A figure opens a sentence ('injured. 76 passengers'), but not after a figure: '$1. 2 million' is a decimal
    # point that lost its digits' company, as some copy writes them; nor one with a leading zero ('of. 09 percent').
    figure = r"(?<!\d[.!?][^\S\n])(?<!\d[.!?][^\S\n]{2})[1-9]"
    return rx.compile(rf"[.!?\n](?:{first}(?:(?i:{initial}{abbr})[.!?]*+{closers}[^\S\n]++(?=[A-Z\"“¿¡'‘(À-ÖØ-Þ•▪]|{figure})"
                      rf"|[.!?]*+{closers}[^\S\n]*+\n\s*)|(?<=\n)\s*)")


_SENTENCE_END = _sentence_end()
_COMMA_AND = rx.compile(r",\s*(?:and|but|y|pero|e|mas)\s")
CLAUSE_BREAK = rx.compile(r"[,;:]")  # what separates clauses, for distances and for what governs what
# Between dashes set off by spaces (' – who leaves two – '), or held to their words as Spanish copy sets them (' –nueve
# mujeres y un hombre– '), between em dashes, or in brackets; and between hyphens set off by spaces that stand for dashes,
# around words (' - a man and a 10-year-old girl - '; not a score, '2 - 1').
_PARENTHETICAL = rx.compile(r"\s[—–]\s[^—–]*?\s[—–]\s|\s-\s(?=[^\W\d_])[^—–\n]*?[^\W\d_]\s-\s"
                            r"|\s[—–](?=[^\W_])[^—–\n]*?[^\s—–][—–](?=[\s,.;:])|\([^()]*\)|—[^—]*?—")


def asides(folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The parentheticals in [lo, hi), between dashes or brackets, as spans."""
    part = folded[lo:hi]
    if "(" not in part and "—" not in part and "–" not in part and " - " not in part:
        return []
    return [m.span() for m in _PARENTHETICAL.finditer(folded, lo, hi)]


# A sentence run on with no space after its full stop, as pasted copy has it ('tres votos en contra.Votaron a favor'):
# a word in lower case of three letters or more, a year or a share, the stop, a capital and a lower-case letter ('desde
# 2007 hasta 2013.Atendiendo', 'subió un 3%.Los'); not a web name ('Booking.Com', 'www.Example.com').
_RUN_ON = rx.compile(r"\.(?:(?<=[a-zà-öø-ÿ]{3}\.)|(?<=\s\d{4}\.)|(?<=\d%\.))(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])")
_WORD_BEFORE = rx.compile(r"[^\W\d_]*\Z")


def _run_on(text: str, stop: int) -> bool:
    """The full stop at stop ends a sentence run on into the next (see _RUN_ON)."""
    if not text[stop - 1].isalpha():  # a year or a share, set off before
        return True
    word = _WORD_BEFORE.search(text, max(0, stop - 40), stop).start()
    return text[word].islower() and text[word - 1:word] not in ("/", ".", "@") and text[word:stop] != "www"


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences start; a newline always ends one (headlines, captions)."""
    starts = [0]
    starts += [m.end() for m in _SENTENCE_END.finditer(text)]
    if len(starts) > 1 and starts[-1] >= len(text):  # only the last can reach the end
        starts.pop()
    runs = [m.end() for m in _RUN_ON.finditer(text) if _run_on(text, m.start())]
    return sorted(starts + runs) if runs else starts


_URL = rx.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+")
_STAMP_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS) | {w[:3] for w in WEEKDAYS} | frozenset(
    "updated last posted published modified at on by am pm a.m p.m gmt utc bst cet est edt cst cdt pst pdt ist "
    "actualizado actualizacion publicado atualizado atualizacao ultima el de do em en as las".split())
_CLOCK = rx.compile(r"\d{1,2}(?:h\d{2}|:\d{2})")  # '10h33', '11:11'


def stamp_line(line: str) -> bool:
    """A time-stamp line ('21 July 2013 Last updated at 11:11 GMT', 'Publicado em 20 de novembro de 2025 às 10h33'):
    dates, times and little else, in at most 80 characters. Page furniture: no sentence of the story."""
    if len(line) > 80:
        return False
    words = WORD.findall(fold(line))
    return sum(not (w.isdigit() or w in _STAMP_WORDS or _CLOCK.fullmatch(w)) for w in words) <= 1


def _blank_addresses(folded: str) -> str:
    """Web addresses turned to spaces (same length): '/news/188792/woman-killed-in-queens' holds
    neither values nor cues."""
    if "://" not in folded and "www." not in folded:
        return folded
    return _URL.sub(lambda m: " " * len(m.group()), folded)


@dataclass(slots=True)
class Scan:
    """One article's text analysed once: folded copy (web addresses blanked) and sentence bounds;
    words only where asked."""

    text: str
    folded: str = ""
    sentences: list[int] = field(default_factory=list)
    memo: dict = field(default_factory=dict)  # per-article results shared by facts of one kind
    bounds: dict[int, tuple[int, int]] = field(default_factory=dict)  # sentence index -> trimmed span
    gaps: dict[tuple[int, int], float] = field(default_factory=dict)  # (end, start) -> clause distance

    def __post_init__(self) -> None:
        self.folded = _blank_addresses(fold(self.text))
        self.sentences = sentence_starts(self.text)

    def words_in(self, lo: int, hi: int) -> list[str]:
        """The folded words in [lo, hi), computed once per stretch."""
        key = ("words", lo, hi)
        found = self.memo.get(key)
        if found is None:
            found = self.memo[key] = WORD.findall(self.folded, lo, hi)
        return found

    def matches_at_words(self, pattern: re.Pattern[str], lo: int, hi: int, first: frozenset[str],
                         lead: frozenset[str] = frozenset()) -> list[re.Match[str]]:
        """Matches of pattern in [lo, hi) that start at a word in first or at a number, or at a
        word in lead (a hedge, 'between', 'last') when one of those follows within four words.

        Trying a large pattern only where a word could begin it is what keeps matching fast: one
        small expression finds the numbers and first words, and leads are looked for only in the
        few words before each."""
        out: list[re.Match[str]] = []
        folded = self.folded
        last = lo
        starts = spans_after_break(_starter(first), folded, lo, hi)
        if folded.find("$", lo, hi) >= 0:
            starts = merge(starts, (m.span(1) for m in _GLUED_FIGURE.finditer(folded, lo, hi)))
        for at, _ in starts:
            if at < last:
                continue
            tries = [at]
            if lead:
                before = WORD.findall(folded, max(last, at - 60), at)[-4:]
                if not lead.isdisjoint(before):
                    tries = [m.start() for m in WORD.finditer(folded, max(last, at - 60), at)][-len(before):]
                    tries = [t for t, w in zip(tries, before) if w in lead] + [at]
            for start in tries:
                if start >= last:
                    m = pattern.match(folded, start, hi)
                    if m and m.end() > start:
                        out.append(m)
                        last = m.end()
        return out

    def distance(self, a_end: int, b_start: int) -> float:
        """clause_distance between two offsets, kept: facts that share cues measure the same gaps."""
        key = (a_end, b_start)
        found = self.gaps.get(key)
        if found is None:
            found = self.gaps[key] = clause_distance(self.folded, a_end, b_start)
        return found

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """The [start, end) of the sentence holding offset, trimmed of surrounding space."""
        i = bisect_right(self.sentences, offset) - 1
        found = self.bounds.get(i)
        if found is None:
            start = self.sentences[i]
            end = self.sentences[i + 1] if i + 1 < len(self.sentences) else len(self.text)
            while end > start and self.text[end - 1].isspace():
                end -= 1
            found = self.bounds[i] = (start, end)
        return found


def holds_any(scan: Scan, name: str, words: tuple[str, ...] | list[str]) -> bool:
    """Whether the article holds any of words (a set called name) anywhere: most hold none of a rare set, and a plain
    search once an article says so at little cost."""
    key = ("holds any", name)
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = any(w in scan.folded for w in words)
    return found


def trie_pattern(words: set[str]) -> str:
    """A regular expression for a set of words as a trie: far faster than a flat alternation."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


@cache
def _starter(first: frozenset[str]) -> re.Pattern[str]:
    """Where a value may begin: a number, or a whole word of first."""
    words = trie_pattern({w for w in first if WORD.fullmatch(w)})
    return rx.compile(r"[\W_](\d" + (rf"|(?:{words})(?![^\W_])" if words else "") + ")")


# A figure written onto the letters a dollar sign carries in some copy ('$US48.7 billion', '$A74.5 billion'): looked for
# in a pass of its own, only in a stretch with a dollar sign, as trying for it after every space costs a scan 1% more.
_GLUED_FIGURE = rx.compile(r"\$[a-z]{1,2}(\d)")


_LEADING_WORD = rx.compile(r"\w*")
_OPENING = 100  # characters: longer than any phrase an expression read this way holds


def spans_after_break(pattern: re.Pattern[str], folded: str, lo: int = 0, hi: int | None = None
                      ) -> Iterator[tuple[int, int]]:
    """The spans of group 1 of pattern in [lo, hi), for an expression that opens by reading the
    character before a word: a class the engine can skip to, where a lookbehind ('\\b') would have it
    try every character. The text's opening has no character before it and is tried alone: its first word, or
    a phrase of several ('se teme que')."""
    hi = len(folded) if hi is None else hi
    if lo == 0:
        m = pattern.match(" " + folded[:max(_LEADING_WORD.match(folded, 0, hi).end(), min(hi, _OPENING))])
        if m:
            yield m.start(1) - 1, m.end(1) - 1
        lo = 1
    for m in pattern.finditer(folded, lo - 1, hi):
        yield m.span(1)


def _longest_first(phrase: str) -> tuple[int, str]:
    return -len(phrase), phrase


def alternation(words) -> str:
    """Literal words or phrases as one regular-expression alternation, longest first (then in alphabetical
    order, so the expression is the same in every process: see rx), spaces flexible."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=_longest_first))


BRACKETED = rx.compile(r"\([^()]*\)")  # a bracket and what it holds, none inside: '(McLaren)', '(16:51 GMT)'
AGE_APPOSITIVE = rx.compile(r",\s*\d{1,3}\s*,")  # 'Guillermo Hernandez, 20, and Carlos Velasquez, 24,'
# The words around an age set off by commas: before it ('the king, aged 74,', 'el soberano, de 74 años,', 'Carlos III,
# com 74 anos,') and after it ('the crown, 360 years old,').
SET_OFF_AGE_LEAD = r"(?:(?:aged|de|com|con)\s+)?"
SET_OFF_AGE_TAIL = r"(?:\s+(?:years?\s+old|anos))?"
# A part listed between commas: 'At least 265 people, including 241 of the 242 on board, were killed'.
_INCLUDING_ASIDE = rx.compile(r",\s*(?:" + alternation(INCLUDING) + r")\b[^,;:]*,")
# The same figure said another way, set off by commas: 'rose by 9 cents, or 0.2 percent, to $36.67', 'subió 9 centavos,
# o un 0,2%, hasta', 'avançou 9 centavos, ou 0,2%, para'.
_RESTATED_ASIDE = rx.compile(r",\s*(?:or|o|ou)\s+(?:(?:about|some|un|una|um|uma|el|o)\s+)?\d[^,;:\s]*(?:\s+[^\W\d]+)?\s*,")


# A relative clause set off by commas: 'the toll from the crash, which occurred late Tuesday, rose to 57'.
RELATIVE_AFTER_COMMA = r",\s*(?:" + alternation(RELATIVES) + r")"  # ', which', ', quienes', ', os quais'
_RELATIVE_ASIDE = rx.compile(RELATIVE_AFTER_COMMA + r"\b[^,;:]*,")


# A list of nouns that opens a gap, its commas no break: '2,000 soldiers, engineers and paramedics are helping'.
_NOUN_LIST = rx.compile(r"\s*[^\W\d_]+(?:\s*,\s*[^\W\d_]+)+,?\s+(?:and|or|y|e|o|ou)\s+[^\W\d_]+\b")


# The commas a date is written with, which set off its parts, not clauses: 'on Tuesday, December 24, at 6:53 am',
# 'on December 24, 2024, the probe', 'el martes, 24 de diciembre, a las 8'.
_DATE_MONTH = r"(?:" + alternation({*FULL_MONTHS, "jan", "feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec"}) + r")\.?"
_DATE_COMMAS = rx.compile(
    r"\b(?:" + alternation(WEEKDAYS) + r")(?P<c1>,)(?=\s+(?:" + _DATE_MONTH
    + r"\s+\d{1,2}\b|\d{1,2}(?:\s+de)?\s+" + _DATE_MONTH + r"))"
    r"|\b" + _DATE_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?P<c2>,)(?=\s+(?:19|20)\d\d\b)"
    r"|(?<=\s)(?:(?:19|20)\d\d|(?:" + _DATE_MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:\s+de)?\s+" + _DATE_MONTH
    + r"))(?P<c3>,)")
_DATE_HINT = rx.compile(r"\d,|(?:day|es|go|do|feira),")  # the quick test: a comma after a figure or a weekday's end


# The clock a time is on, set off by commas after it: 'a las 4 de la mañana, hora local, del miércoles'.
_CLOCK_ASIDE = rx.compile(r",\s*(?:local\s+time|(?:hora|horario)\s+local)\s*,")


def _date_commas(gap: str) -> str:
    """The gap with the commas inside a date, and the one that closes a date set off by them, as spaces."""
    marks = [m.start(k) for m in _DATE_COMMAS.finditer(gap) for k in ("c1", "c2", "c3") if m.group(k)]
    if not marks:
        return gap
    opened = {i for i in marks if gap[i - 1].isalpha() or gap[i + 1:i + 7].strip()[:2] in ("19", "20")}  # after a
    # weekday, before a year
    keep = [i for i in marks if i in opened or any(j < i for j in opened)]  # a closing comma only after an opening one
    chars = list(gap)
    for i in keep:
        chars[i] = " "
    return "".join(chars)


def bare_gap(folded: str, a_end: int, b_start: int, relatives: bool = False) -> str:
    """The text between two spans less what does not separate them: a parenthetical (between dashes or brackets), the
    commas a date is written with (see _date_commas), an age set off by commas, a time's clock set off by commas (', hora
    local,'), the commas of a list of nouns that opens it ('soldiers, engineers and paramedics'), a part listed between
    commas (', including 20 soldiers,'), the same figure said another way (', or 0.2 percent,'), and with relatives a
    relative clause between commas (', que ocorreu pouco antes da meia-noite,': only where the figure is known to be its
    subject's, since one after a name's relative clause is often another's: 'the gunman, who surprised Ortiz, 35')."""
    gap = _PARENTHETICAL.sub(" ", folded[a_end:b_start])
    if "," in gap:
        if _DATE_HINT.search(gap):
            gap = _date_commas(gap)
        gap = _INCLUDING_ASIDE.sub(" ", AGE_APPOSITIVE.sub(" ", gap))
        if "local" in gap:
            gap = _CLOCK_ASIDE.sub(" ", gap)
        if listed := _NOUN_LIST.match(gap):
            gap = listed.group().replace(",", " ") + gap[listed.end():]
        if " o" in gap:  # ', or', ', o', ', ou'
            gap = _RESTATED_ASIDE.sub(" ", gap)
        if relatives:
            gap = _RELATIVE_ASIDE.sub(" ", gap)
    return gap


_GROUPED_DIGITS = rx.compile(r"(?<=\d)[.,:](?=\d)")  # '5,500', '4,4', a time's '04:00'
# A dash not paired around an aside that opens a clause on a pronoun parts clauses as a semicolon does ('is nearly new —
# it was declared airworthy on Oct. 25'); one before a verb's object does not ('gave his running mate – 26 years').
_LONE_DASH = rx.compile(r"\s[—–]\s+(?:it|he|she|they|we|this|that|there|ele|ela|eles|elas|isso|isto|esto|eso|ello)\b")
_GAP_WORD = rx.compile(WORD.pattern + r"|[+&]")  # '23,25 em dinheiro + US$ 4,50': '+' and '&' as 'and'


def clause_distance(folded: str, a_end: int, b_start: int) -> float:
    """Words between two spans ('+' and '&' are words, a figure one, its grouping or decimal mark no comma: '5,500',
    '4,4', nor a time's colon: '04:00'), a comma costing two more and a semicolon, a colon or a lone dash that opens a
    clause four, in the gap less what does not separate them (see bare_gap)."""
    if not folded[a_end:b_start].strip():
        return 0.0
    gap = bare_gap(folded, a_end, b_start)
    if "," in gap or "." in gap or ":" in gap:
        gap = _GROUPED_DIGITS.sub("", gap)
    words = len(_GAP_WORD.findall(gap))
    seps = CLAUSE_BREAK.findall(gap)
    if "—" in gap or "–" in gap:
        seps += _LONE_DASH.findall(gap)
    # A comma that a conjunction follows parts two clauses ('se ha reducido a 156, y las muertes son cinco'): as a semicolon.
    return words + sum(2 if s == "," else 4 for s in seps) + 2 * len(_COMMA_AND.findall(gap))


_ASCII_WORD = rx.compile(r"[a-z]+")
_PT_WORDS = frozenset("""dois duas tres nao sao pelos pelas foi disse em com uma foram ao pelo pela quatro sete oito nove dez
    doze treze vinte""".split())  # and the figures in words the two write apart ('sete', 'siete')
_PT_ENDINGS = rx.compile(r"(?:aram|eram|coes|cao|mente)\b")
_OU = rx.compile(r"ou\b")  # decretou, afirmou: Portuguese past tense (but not 'you')
_ES_WORDS = frozenset("""dos dias segun dijo fue el los del y fueron una por ha cuatro siete ocho nueve diez doce trece
    veinte""".split())
_ES_ENDINGS = rx.compile(r"(?:aron|ieron|cion|ciones)\b")


def detect_language(text: str) -> str:
    """The most likely of English, Spanish and Portuguese, from common words, letters and endings:
    decided on the opening when it speaks clearly, else on the first 2,000 characters. Copy that reads more as
    Italian, French or German than as any of the three is given that language's code ('it', 'fr', 'de')."""
    scores, counts = _language_scores(text[:700])
    best, second = sorted(scores.values(), reverse=True)[:2]
    if best - second < 12 and len(text) > 700:
        scores, counts = _language_scores(text[:2000])
    found = max(scores, key=lambda k: scores[k])
    other = {lang: sum(counts[w] for w in words) for lang, words in OTHER_STOPWORDS.items()}
    likelier = max(other, key=lambda k: other[k])
    return likelier if other[likelier] >= 4 and other[likelier] > scores[found] else found


def _language_scores(sample: str) -> tuple[dict[str, int], Counter[str]]:
    sample = _blank_addresses(sample)
    folded = fold(sample)
    counts = Counter(_ASCII_WORD.findall(folded))  # the marker words are ASCII once folded
    scores = {lang: sum(counts[w] for w in STOPWORDS[lang]) for lang in LANGUAGES}
    lowered = sample.lower()
    # Spanish and Portuguese share many words; letters and verb endings tell them apart.
    scores["pt"] += 2 * (sum(counts[w] for w in _PT_WORDS) + sum(lowered.count(c) for c in ("ã", "õ", "ç"))
                         + len(_PT_ENDINGS.findall(folded))
                         + sum(folded[m.start() - 4:m.start()].isalpha() for m in _OU.finditer(folded, 4)))
    scores["es"] += 2 * (sum(counts[w] for w in _ES_WORDS) + sum(lowered.count(c) for c in ("ñ", "¿", "¡"))
                         + len(_ES_ENDINGS.findall(folded)))
    scores["en"] += 1  # English unless the text says otherwise: a lone 'o' or 'a' is no evidence
    return scores, counts


_PAST_WORDS = PAST_FORMS | frozenset("""was were had did joined fue fueron era eran foi foram eram obtuvo obtuvieron obteve
    obtiveram""".split())
_NOT_PAST = frozenset("europeu museu estou sou vou seu meu teu ou eu ceu".split())


def past_form(word: str) -> bool:
    """A verb in the past, by its form: 'joined', 'ingresó', 'ingressou', 'fue', 'foi'."""
    w = word.lower()
    if w in _PAST_WORDS:
        return True
    if w in _NOT_PAST or len(w) < 4:
        return False
    return w.endswith(("ed", "ó", "aron", "ieron", "ou", "eu", "iu", "aram", "eram", "iram"))


def right_after(phrases) -> re.Pattern[str] | None:
    """Matches, at a value's end, when one of phrases follows it at once: '3 dead', '$25-per-share', or past the
    quotation mark that closes a word between ('61 "potentially" unaccounted for'), or one that opens the phrase ("el
    segundo 'grande'")."""
    found = phrase_pattern(phrases)
    return rx.compile(r"[\s\"“”'-]*(?:" + found.pattern.replace(r"\s+", r"[\s'-]+") + ")") if found else None


def joined_before(phrases) -> re.Pattern[str] | None:
    """Matches, searched up to a value's start, when one of phrases is joined to it by a hyphen: 'magnitude-6.1'."""
    found = phrase_pattern(phrases)
    return rx.compile(found.pattern + r"-\Z") if found else None


def right_before(phrases) -> re.Pattern[str] | None:
    """Matches, searched up to a value's start, when one of phrases stands right before it: 'Category 3', 'cat. 3'."""
    found = phrase_pattern(phrases)
    return rx.compile(found.pattern + r"\.?[\s-]*\Z") if found else None


def phrase_pattern(phrases) -> re.Pattern[str] | None:
    """Words or phrases, matched on folded text; a trailing * matches any ending ('officer*'); a word of a phrase may
    be quoted ('un día de luto "nacional"')."""
    if not phrases:
        return None
    alts = []
    for p in sorted(phrases, key=_longest_first):
        p = " ".join(fold(str(p)).split())
        stem = re.escape(p.rstrip("*")).replace(r"\ ", r'"?\s+"?')
        alts.append(stem + (r"\w*" if p.endswith("*") else ""))
    return rx.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)")
