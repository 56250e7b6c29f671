"""When a figure is of: the background of an earlier time, a day said to be of another event or of a statement,
what was planned or only possible, and what a figure is compared with."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from itertools import chain

from .. import rx
from ..lexicon import (
    ASKED,
    BLAMED,
    CONCEDING,
    CONJUNCTIONS,
    DEMAND_NOUNS,
    DISCLOSED,
    EARLIER_ADJECTIVES,
    EVENT_NOUNS,
    HAPPENED,
    HEDGES,
    HELD,
    INITIALLY,
    MONTH_NAMES,
    NOT_PARTICIPLES,
    OF_WORDS,
    PARTICIPLE_ENDINGS,
    PASSIVE,
    PERSON_NOUNS,
    PERSON_WORDS,
    PLAN_WORDS,
    POLL_WORDS,
    PREPOSITIONS,
    RELATIVE_DAYS,
    RELATIVES,
    RETRACTED_WORDS,
    SAID_PARTICIPLES,
    SAID_PLURAL,
    SAY_VERBS,
    SUBJUNCTIVE_MAY,
    SUPERLATIVES,
    TIME_UNITS,
    UNREAL_AFTER,
    VAGUE,
    VICTIM_NOUNS,
    WEEKDAYS,
    WHILE,
)
from ..models import Article
from ..normalize import Candidate
from ..normalize.clock import LOCAL_TIME, LOCAL_WORDS
from ..normalize.count import A_FIGURE, WHO, YEAR_FIGURE
from ..normalize.dates import REPLACED, STARTS, STRETCH, other_times
from ..normalize.duration import BEST, MOST, ago_word_before, ahead_words_before, every_before, frame_before, margin, offset_after
from ..normalize.numbers import ALL_NUMBER_WORDS
from ..normalize.ordinal import ORDINALS
from ..normalize.quantities import GLOSSES
from ..text import (
    AGE_APPOSITIVE,
    BRACKETED,
    CLAUSE_BREAK,
    RELATIVE_AFTER_COMMA,
    UPPER,
    WORD,
    Scan,
    alternation,
    bare_gap,
    fold,
    past_form,
    stamp_line,
)
from .syntax import (
    AND_VERB,
    AUXILIARIES,
    CLAUSE_CLOSE,
    DASH,
    HAPPENED_RELATIVE,
    IN_RELATIVE,
    RELATIVE,
    SET_OFF,
    STRONG_BREAK,
    has_verb,
    in_appositive,
    in_clause,
    in_relative,
    overlaps,
    past_verb,
    verb_cue,
    verbless,
)

# 'since the July 1 march'; and 'after' a second-largest: 'the second-largest march, after a protest by 2 million June 16'.
_SINCE_MARKS, _AFTER_MARKS = ("since", "desde"), ("after", "tras", "apos", "despues de", "depois de")
# ... or a day or year and the clause that tells what happened then: 'since July 17, 2007, when a TAM jet crashed',
# 'desde 2007, cuando un vuelo de TAM se estrelló'.
_SINCE_THE = rx.compile(r"(?:(?P<since>" + alternation(_SINCE_MARKS) + r")|" + alternation(_AFTER_MARKS) + r")\s+"
                        r"(?:(?:the|an?|that|el|la|los|las|o|os|as|un|una|um|uma|aquel|aquella|aquele|aquela)\s"
                        r"|(?:[\w.]+,?\s+){0,4}?" + YEAR_FIGURE + r",?\s+(?P<when>when|cuando|quando)\s"
                        # ... or the clause that tells what happened then: 'the worst since 41 people died in 1996', 'o
                        # pior desde que 41 pessoas morreram', 'desde que un incendio mató a 41'
                        r"|(?P<clause>que\s|(?=\d{1,3}(?:[,.]\d{3})*\s)))")
# The superlative, then up to six words: 'the worst disaster since', '“biggest tragedy” the country has witnessed since'.
_BEST_BEFORE = rx.compile(r"\b(?P<rank>(?:second|third|segund[ao]|tercer[ao]?|terceir[ao])[\s-]+)?(?:"
                          + alternation(SUPERLATIVES) + r"|[a-z]{3,}est|" + MOST + ")"
                          r"\b(?:[\s-]+[\w'\"’”-]+){0,6}?,?\s+\Z")  # 'el más grave', 'o mais letal'
_SUPERLATIVE_WORDS = frozenset(SUPERLATIVES) | {"mas", "mais"}
# A superlative's frame: 'the most intense snowstorm in the last 50 years', 'la mayor nevada de los últimos 50 años'.
_LAST_WORDS = ("last ", "past ", "ultimos ", "ultimas ")
# (its noun phrase, four words at most; not 'the five hottest UK days on record have all come in the past 20 years').
_FRAME_OF_BEST = rx.compile(r"\b" + BEST + r"(?:\s+[\w'-]+){0,4}?"
                            r"\s+(?:in|en|em|of|de|dos|das|nos|nas)\s+(?:(?:the|los|las|os|as)\s+)?\Z")
_MARKS = _SINCE_MARKS + _AFTER_MARKS
# Where the words naming the earlier event end: a clause break, or the dash or bracket that closes an aside ('The net
# loss - the firm's first since the third quarter of 2020 - was the result of', 'desde el tercer trimestre de 2020- fue'),
# not a comma before a clause that tells of it ('desde a Grande Recessão de 2008, quando o Washington Mutual se desfez');
# or 'al', 'ao' and an infinitive, which open a clause of the main verb's ('desde a crise de 2008 ao ser fechado').
_OWN_END = rx.compile(r"[;:)—–]|-(?=\s)|,(?!\s*(?:" + alternation(RELATIVES) + r"|when|cuando|quando)\b)"
                      r"|\s(?:al|ao)\s+(?=[a-z]+(?:ar|er|ir)\b)")
_GERUND_NEXT = rx.compile(r",\s*\w+(?:ing|ando|endo|indo)\b")  # 'cuando un vuelo se estrelló, causando la muerte de 199'


def since_the(folded: str, s0: int, s1: int) -> tuple[int, int, int, int] | None:
    """The span of an earlier event that a superlative takes as its mark, with the relative clause that describes it:
    'the biggest rally since the July 1 march, which organisers estimated almost two million people attended'; then
    where the words that name the event start, after 'since the', and where the superlative stands."""
    sentence = folded[s0:s1]
    if not any(k in sentence for k in _MARKS):  # cheaper than the expression on most sentences
        return None
    for m in _SINCE_THE.finditer(folded, s0, s1):
        if m.start() and folded[m.start() - 1].isalnum():
            continue
        words = [w.strip("\"'’”“") for w in folded[max(s0, m.start() - 80):m.start()].replace("-", " ").split()[-7:]]
        if not any(w in _SUPERLATIVE_WORDS or (len(w) > 5 and w.endswith("est")) for w in words):
            continue  # most 'after the' and 'since the' follow no superlative
        best = _BEST_BEFORE.search(folded, max(s0, m.start() - 80), m.start())
        if best and (m.group("since") or best.group("rank")):
            end = _OWN_END.search(folded, m.end(), s1)
            while end and m.group("when") and _GERUND_NEXT.match(folded, end.start()):  # the clause's verb goes on
                end = _OWN_END.search(folded, end.end(), s1)
            return m.start(), end.start() if end else s1, -1 if m.group("clause") is not None else m.end(), best.start()
    return None


# Another thing of the story's kind as the subject of a clause: 'another eruption left 60 dead', 'mientras que en mayo,
# otra erupción dejó 60 fallecidos', 'e outro ataque matou cinco', 'another cave-in', 'después de que otro accidente
# similar causara 19 muertos', and a second one: 'a second collapse, on Aug. 7, blocked the shaft', 'un segundo
# derrumbe, el 7 de agosto, bloqueó la salida', or the next: 'A próxima aproximação da sonda está prevista para 22 de
# março', 'the next two flybys'. Not more of the same people or things ('another 60', 'another body was found', 'otra
# vez', 'por otra parte', 'a second time', 'the next day').
_ANOTHER_PHRASE = (r"(?P<phrase>(?:another|otr[oa]|outr[oa]|(?:a|un[ao]?|uma?)\s+(?:second|segund[oa])"
                   r"|(?:(?:the|el|la|los|las|o|a|os|as)\s+)?(?:next|proxim[oa]s?|siguientes?)(?:\s+(?:two|three|dos|tres|"
                   r"dois|duas|[2-9]))?)\s+(?P<noun>[^\W\d_]{3,}(?:-[^\W\d_]+)?))(?:\s+[^\W\d_]|\s*,)")
_ANOTHER = rx.compile(r"(?:[,;:]\s*|\b(?:while|whereas|and|but|mientras(?:\s+que)?|y|pero|enquanto|e|mas|that|que)\s+)"
                      + _ANOTHER_PHRASE)
# ... or the thing a relative clause after it tells of: 'la rotura de otro dique en Mariana, que dejó 19 muertos'.
_ANOTHER_OF = rx.compile(r"\b(?:of|de|del|do|da)\s+" + _ANOTHER_PHRASE)
_RELATIVE_NEXT = rx.compile(RELATIVE_AFTER_COMMA + r"\b")
_ANOTHER_OPENS = rx.compile(r"\W*" + _ANOTHER_PHRASE)  # opening the sentence, matched where it starts
_NEXT_WORD = rx.compile(r"\b(?:next|proxim[oa]s?|siguientes?)\b")  # the quick test for the next one ('approximately' is none)
_NOT_ANOTHER_EVENT = frozenset("""vez veces vezes time times parte partes part side lado forma manera maneira modo way hand
    day dia year ano person persona pessoa body cuerpo corpo victim victima vitima man woman child boy girl hombre mujer
    nino nina homem mulher crianca few lot bit men kid son""".split()) \
    | PERSON_NOUNS | frozenset(PERSON_WORDS) | VICTIM_NOUNS | ALL_NUMBER_WORDS


def another_event(folded: str, s0: int, s1: int) -> tuple[int, int, str] | None:
    """The clause whose subject is another thing of the kind the story tells of, as (where its subject starts, where the
    clause ends, the subject): 'En diciembre de 2023, el volcán Merapi causó 23 muertes, mientras que en mayo, otra
    erupción dejó 60 fallecidos'. What it tells is another event's."""
    if folded.find("otr", s0, s1) < 0 and folded.find("another", s0, s1) < 0 and folded.find("second", s0, s1) < 0 \
            and folded.find("segund", s0, s1) < 0 and not _NEXT_WORD.search(folded, s0, s1):
        return None
    opens = _ANOTHER_OPENS.match(folded, s0, s1)
    for m in sorted(chain((opens,) if opens else (), _ANOTHER.finditer(folded, s0, s1), _ANOTHER_OF.finditer(folded, s0, s1)),
                    key=lambda m: m.start("phrase")):
        noun = m.group("noun")
        if noun in _NOT_ANOTHER_EVENT or noun + "s" in PERSON_NOUNS or noun + "es" in PERSON_NOUNS \
                or " ".join(m.group("phrase").split()) in VAGUE:  # 'otra veintena resultaron heridas'
            continue
        end = CLAUSE_BREAK.search(folded, m.end("phrase"), s1)
        if m.re is _ANOTHER_OF:  # the object of a preposition: only with a relative clause right after its phrase
            if end is None or not _RELATIVE_NEXT.match(folded, end.start()):
                continue
            end = CLAUSE_BREAK.search(folded, end.end(), s1)
        elif end is not None and not folded[m.end("phrase"):end.start()].strip():  # an aside right after the subject,
            close = CLAUSE_BREAK.search(folded, end.end(), s1)  # then its verb: 'un segundo derrumbe, el 7 de agosto, bloqueó'
            end = CLAUSE_BREAK.search(folded, close.end(), s1) if close else None
        while end is not None and _GERUND_NEXT.match(folded, end.start()):  # what it did goes on: ', resulting in 19 deaths'
            end = CLAUSE_BREAK.search(folded, end.end(), s1)
        return m.start("phrase"), end.start() if end else s1, m.group("phrase")
    return None


def another_of(another: tuple[int, int, str], hits: Sequence[tuple[int, int]]) -> bool:
    """Whether the clause another_event found tells of another event than the fact's, given the fact's cues: not when
    the cue's words say which ('a second round will be held on Oct. 30' for the runoff's day); and a second or the next
    one only of what a cue names ('a second collapse, on Aug. 7' for the collapse's day, 'the next flyby is set for
    March 22'; not 'a second estimate showed GDP grew 4.4%', the same figure reported again)."""
    a, _, phrase = another
    head, noun = phrase.rsplit(None, 1)
    if overlaps(a, a + len(head), hits):
        return False
    return head.startswith(("another", "otr", "outr")) or overlaps(a + len(phrase) - len(noun), a + len(phrase), hits)


def heads_cues(earlier: tuple[int, int, int, int], hits: Sequence[tuple[int, int]], folded: str) -> bool:
    """A cue among the first words naming the earlier event ('the greatest tragedy since the earthquake', 'desde el
    gran terremoto') names what the fact is about; not when a cue names what the superlative ranks as well ('the
    biggest rally since the July 1 march': the rally is the fact). An earlier event told by a clause has no such words
    (at is -1): its verb, a cue, tells what happened then."""
    since, _, at, best = earlier
    return at >= 0 and any(at <= h0 and len(WORD.findall(folded, at, h0)) <= 2 for h0, _ in hits) \
        and not any(best <= h0 < since for h0, _ in hits)


def own_margin(c: Candidate, folded: str, s0: int, hits: Sequence[tuple[int, int]]) -> Candidate:
    """A margin between two times kept for a fact whose cue stands in the words that make it one ('by', 'faster',
    'de vantagem')."""
    phrase = margin(folded, c.start, c.end, s0)
    if phrase and overlaps(phrase[0], phrase[1], hits):
        return replace(c, reason="")
    return c


def own_recurrence(c: Candidate, folded: str, hits: Sequence[tuple[int, int]]) -> Candidate:
    """How often a thing recurs kept for a fact whose cue is the word that makes it so: 'every 15 days' for a fact whose
    cue is `every`, 'cada 15 días' for `cada`."""
    word = every_before(folded, c.start)
    return replace(c, reason="") if word and overlaps(*word, hits) else c


def own_frame(c: Candidate, folded: str, hits: Sequence[tuple[int, int]]) -> Candidate:
    """How long since something last happened kept for a fact whose cue is the frame's own first or its words before
    the span: 'the first time in 100 years' for a fact whose cue is `first time in`, 'its first Olympics in a century'
    for `first Olympics`, or a cue the span is written onto; not for the noun the frame ranks ('the costliest strike in
    25 years' for `strike`)."""
    frame = frame_before(folded, c.start)
    if frame and (overlaps(*frame[0], hits) or overlaps(*frame[1], hits)):
        return replace(c, reason="")
    if any(_SPAN_ONTO.fullmatch(folded, c.end, a) for a, _ in hits if 0 < a - c.end < 6):
        return replace(c, reason="")  # 'the worst failure in the 15-year history', 'en los 15 años de historia' for
        # `history`, `historia`: the span written onto the cue is its own
    return c


_SPAN_ONTO = rx.compile(r"[\s-]+(?:de\s+)?")


_FINITE_BEFORE = rx.compile(r"\b(?:was|were|is|are|been|fue|fueron|foi|foram)\s+\Z")
_BACK_THEN = rx.compile(r"(?:earlier|antes)\s*(?:[.,;:!?)]|\Z)")  # 'nombrado apenas 14 horas antes.': before now
_JUST = rx.compile(r"\s*(?:(?:just|only|apenas|solo|so|somente)\s+)?")  # between an event and its span: 'apenas'


def own_offset(c: Candidate, folded: str, hits: Sequence[tuple[int, int]]) -> Candidate:
    """A time offset kept for a fact whose cue opens with the word that makes it one: 'sank 25 minutes after leaving
    port' for a fact whose cue is `after leaving`, 'afundou 30 minutos depois de deixar o porto' for `depois de deixar`;
    and for one whose cue is the state right before 'hace' or 'há', which has lasted since: 'los mineros atrapados hace
    17 días', 'soterrados há 69 dias' for `atrapados`, `soterrados`, or the event right before a span 'ago', or one
    'earlier' or 'antes' that ends its clause, the time since it: 'Lecornu, appointed 27 days ago,' for `appointed`,
    '27 dias atrás', 'el Gobierno que había nombrado apenas 14 horas antes.' for `había nombrado`; and for one whose cue
    is 'dentro de' or 'daqui a' right before it, the time from now ('dentro de cem dias' for `dentro de`), or a noun
    right before them, the span it is held within ('eleições antecipadas dentro de cem dias' for `eleições`; not 'pagará
    más dentro de cinco años', past a verb)."""
    at = offset_after(folded, c.end)
    if at >= 0 and (any(h[0] == at for h in hits) or (
            folded.startswith(("ago", "atras"), at) or _BACK_THEN.match(folded, at)) and any(
            h[1] < c.start and _JUST.fullmatch(folded, h[1], c.start)
            and not _FINITE_BEFORE.search(folded, max(0, h[0] - 12), h[0]) for h in hits)):
        return replace(c, reason="")  # (a participle, not a clause's verb: 'The miners were trapped 17 days ago')
    at = ago_word_before(folded, c.start)
    if at >= 0 and any(h[1] == at for h in hits):
        return replace(c, reason="")
    at = ahead_words_before(folded, c.start)  # 'eleições dentro de cem dias' for `dentro de`, or for `eleições`:
    # right after the cue's noun phrase, with no verb between, the span it is held within
    return replace(c, reason="") if at >= 0 and any(h[0] == at or h[1] <= at and at - h[1] < 40 and not CLAUSE_BREAK.search(
        folded, h[1], at) and not has_verb(WORD.findall(folded, h[1], at)) for h in hits) else c


# A relative clause on a figure's noun, right after it: ' asistentes que', ' people who'.
_RELATIVE_OPENS = rx.compile(r"(?:\s+[^\W\d_]+){1,2}\s+(?:who|which|that|que|quienes|quien)\s")
# A phrase of another time set off by a comma at the end of its sentence governs the clause before it.
_TRAILING_BEFORE = rx.compile(r",\s+(?:[a-z]+\s+){0,2}\Z")
_SENTENCE_END = rx.compile(r"[\s\"'”»)]*(?:[.!?;](?:\s|\Z)|\n|\Z)")


def in_background(c: Candidate, spans: list[tuple[int, int, str]], folded: str, s0: int, clause: bool = True) -> Candidate:
    """The candidate refused as background when a phrase of another time governs it: a phrase that
    opens the sentence ('Last year 12 died') governs all of it, one set off by a comma ('In 2019, a
    raid killed 12') all that follows; elsewhere, only its clause ('64 percent, up from 58 percent
    in 2019': the 58, and what a relative clause says of what it names: 'the 2018 Camp Fire, which killed 85'), and one
    after the value not past a 'for' ('sentenced to six years for the murder in 2013')."""
    for a, b, phrase in spans:
        a, b = a + s0, b + s0
        if phrase.startswith(_LAST_WORDS) and _FRAME_OF_BEST.search(folded, max(s0, a - 80), a):
            continue  # how long since the like was last seen, the time of no figure
        replaced = phrase.startswith(REPLACED[0]) or phrase.endswith(REPLACED[1])
        # not one inside a relative clause on the subject: 'Bolsonaro, who previously served as Brazil's president, was'
        opens = len(WORD.findall(folded, s0, a)) <= 3 and phrase not in INITIALLY and not replaced \
            and not in_relative(folded, s0, a)
        fronted = c.start >= b and folded.startswith(",", b) and not _PARTICIPLE_BEFORE.search(folded, max(s0, a - 24), a) \
            and not _CLAUSE_JOINED.match(folded, b) \
            and not in_relative(folded, s0, a) \
            and not (a > s0 and _CONCESSIVE_OPENS.match(folded, s0)) \
            and not in_appositive(folded, s0, a)
        # not fronted: 'la huelga, que llevaba desde el 13 de mayo,', 'Despite a 118% surge over the past year,', 'Braga
        # Netto, his running mate in 2022,'
        gloss = _GLOSS_AFTER.match(folded, c.end, a) if c.end <= a else None
        past = gloss.end() if gloss else c.end
        if c.end <= a and gloss is None and c.note.startswith(GLOSSES) and (close := folded.find(")", c.end, a)) >= 0:
            past = close + 1  # '85,3 milhões de libras (108,8 milhões de dólares) em 2023': a time past the bracket
            # dates the amount it glosses, and so the gloss
        gap = folded[past:a] if c.end <= a else _OWN_RELATIVE.sub(" ", folded[b:c.start], 1)
        if a <= c.start and c.end <= b and (STRETCH.match(phrase) or frame_before(folded, c.start)):
            continue  # the span is the value itself: 'spent the past nine months in space', 'não acontecia há 70 anos'
        if c.end <= a and _FOR.search(gap):  # 'six years in prison for the murder of Steenkamp in 2013': the murder's
            continue
        if c.end <= a and _AFTER_EVENT.search(gap):  # 'forecast 50,000 jobs after a previously reported 22,000 gain in
            continue  # August': the time of what came before
        if c.end <= a and _FROM_FIGURE.search(gap):  # 'rose to 4.4% from 4.3% in August': the time of where it rose from
            continue
        if c.start >= b and _TO_ONLY.fullmatch(gap) and _FROM_FIGURE_THEN.search(folded, max(s0, a - 40), a):
            continue  # 'dos 1% estimados em março para 1,5%': the time of where the change started, not of where it went
        if c.end <= a and _THAN_GAP.search(gap):  # 'three years longer than previously planned', 'tres años más de lo
            continue  # previsto inicialmente': the time of the standard it is compared with
        if c.end <= a and phrase.startswith(SINCE_WORDS) and _RANK_ENDS.search(gap):
            continue  # "the third win and the country's first since 1988": the rank right before it is how long since
        if c.start >= b and _NEW_CLAUSE.match(gap):
            continue  # 'won in 1988 and it's their third win': a clause of its own, after it
        if c.end <= a and gap.strip() and (phrase in EARLIER_ADJECTIVES and not (
                phrase.startswith("anterior") and _OF_NOUN.fullmatch(gap)) or phrase.endswith(("ly", "mente"))
                                           and " " not in phrase and _ARTICLE_END.search(folded, max(s0, a - 6), a)):
            # '34 stations exceeded the previous record of 38.7C', 'after a previously reported 22,000 gain': the words
            # date the noun they describe and what that holds, not a figure before it; but 'anterior' follows its noun,
            # and a figure of that noun is dated by it ('crecimiento del 3,8% del trimestre anterior')
            continue
        if c.start >= b and phrase in EARLIER_ADJECTIVES and _ARTICLE_END.search(folded, max(s0, a - 6), a) \
                and _PASSIVE_THEN.search(folded, b, c.start):
            continue  # 'The previous record of 38.7C was met or exceeded at 46 stations': the noun is what was done to
        if replaced and _STILL_SAY.match(folded, b):
            continue  # 'Los informes iniciales indican que había hasta 400 personas a bordo': what they say now
        if replaced and c.start >= b and _CHANGED_TO.search(folded, b, c.start):
            continue  # 'Initial death toll reports were revised from nine to six': six is what it became
        if (opens or fronted) and c.start >= b and _LATER_TURN.search(folded, b, c.start):
            continue  # 'Anteriormente se había informado que eran 174, pero luego se corrigió esa cifra a 125'
        if (opens or fronted) and c.start >= b and (turn := _JOINED_OR_SEMICOLON.search(folded, b, c.start)) \
                and _TURN_TIME.search(folded, turn.end(), c.start):
            continue  # 'En febrero murieron 79 reclusos, y esta semana murieron 116': a clause with a time of its own
        # a replaced figure's noun may be described at length: 'an earlier estimate by the Malang Disaster Mitigation
        # Agency that pegged the death toll at 174'
        # ... and so may the figure's noun, by a relative clause that the time ends: 'el récord de 73,126 asistentes
        # que vio el nocaut de Álvarez en el octavo asalto sobre Billy Joe Saunders en 2021'
        reach = 20 if replaced and c.start >= b or c.end <= a and _RELATIVE_OPENS.match(folded, c.end) else 12
        # '... centenas de mortes durante a peregrinação, nos últimos 30 anos.': set off at the end, of all before it
        trailing = c.end <= a and not replaced and _TRAILING_BEFORE.search(folded, max(s0, a - 16), a) is not None \
            and _SENTENCE_END.match(folded, b) is not None
        # 'The first emergency happened in July, when 100 prisoners were killed': what a clause on that time tells
        then = c.start >= b and _WHEN_THEN.fullmatch(folded, b, c.start) is not None
        if opens or fronted or trailing or then or (clause and (in_clause(gap, reach) or c.start >= b
                                                        and _dates_subject(folded, s0, a, gap))):
            words = WORD.findall(gap) if c.end <= a else []
            if max((i for i, w in enumerate(words) if w in RELATIVE), default=-1) > 2:
                continue  # '286 days in space, up from the eight days that were initially planned': the clause's noun's
            if phrase in INITIALLY and _WHERE.search(gap):
                continue  # 'reviewed nearly 1,000 crashes where autopilot was initially alleged to have been used': a
                # clause with a subject of its own, whose verb it was that came first
            if phrase in INITIALLY and c.start >= b and (rel := _OWN_RELATIVE.search(folded, b, c.start)) is not None \
                    and any(past_form(w) for w in WORD.findall(folded, rel.end(), c.start)):
                continue  # 'foi inicialmente prejudicado por um erro ..., que vazou detalhes mais de 30 minutos antes':
                # the figure is a relative clause's, with a verb of its own; what came first is the main clause's
            return replace(c, reason=f"about another time ('{phrase}')")
    return c


def governs(folded: str, a: int, b: int, c: Candidate, s0: int) -> bool:
    """Whether the time phrase [a, b) dates the candidate, as in_background reads a phrase of another time."""
    return in_background(c, [(a - s0, b - s0, folded[a:b])], folded, s0) is not c


def _dates_subject(folded: str, s0: int, a: int, gap: str) -> bool:
    """A phrase of time at a stands in a long subject: no verb before it in its clause, and the text between it and a
    figure after it is the rest of that subject and its verb, no break and no verb but among its last three words
    ('During British rule, an explosion in 1948 on the first floor of a five-story dangerous goods storage warehouse
    killed 176'): the time dates the subject, and so what its verb says. Not a time in a participle's phrase ('a
    bill signed by the president on March 11 allows ... within 60 days')."""
    if CLAUSE_BREAK.search(gap) or DASH.search(gap):
        return False
    words = WORD.findall(gap)
    if len(words) > 24 or has_verb(words[:-3]):
        return False
    opening = max((m.end() for m in CLAUSE_BREAK.finditer(folded, s0, a)), default=s0)
    return not has_verb(WORD.findall(folded, opening, a))


_FOR = rx.compile(r"\b(?:for|por|pela|pelo)\b")
SINCE_WORDS = ("since ", "desde ")  # a phrase of time that reaches up to now
_RANK_ENDS = rx.compile(r"\b(?:" + alternation(ORDINALS) + r")\s+\Z")  # 'first since 1988', 'la primera desde 1988'
# 'and it's', 'y es', 'e é': a clause with a subject and verb of its own.
_NEW_CLAUSE = rx.compile(r"\s*,?\s*(?:and|but|y|pero|e|mas)\s+(?:it's|it\s+is|it\s+was|this\s+is|es|era|e|foi)\s")
# A value's own gloss in brackets right after it, which the clause goes on past: 'vendido por 85,3 milhões de libras
# (108,8 milhões de dólares, 579 milhões de reais) em Londres em 2023'.
_GLOSS_AFTER = rx.compile(r"\s*\([^()]*\)")
_AFTER_EVENT = rx.compile(r"\b(?:" + alternation((*_AFTER_MARKS, "following")) + r")\s")
# Not the 'de' of a hedge: 'mais de 20 foram hospitalizadas em agosto', 'cerca de 20'.
_HEDGED_DE = "".join(rf"(?<!{w}\s)" for w in sorted({h.split()[-2] for hs in HEDGES.values() for h in hs if h.endswith(" de")}))
_TO_ONLY = rx.compile(r"\s*,?\s*(?:to|para|a|al|ao|hasta|ate)\s*")
_FROM_FIGURE_THEN = rx.compile(r"\b(?:from|de|del|dos|das|do|da|desde)\s+(?:the\s+|el\s+|los\s+|o\s+|os\s+)?[-+−]?\d[\d.,]*"
                               r"\s*(?:%|percent\b|per\s+cent\b|por\s+ciento\b|por\s+cento\b)?(?:\s+[a-z]+){0,2}\s+\Z")
_THAN_GAP = rx.compile(r"\b(?:than|de\s+lo|do\s+que|del\s+que|que\s+lo)\b")
_FROM_FIGURE = rx.compile(r"\b(?:from|desde|" + _HEDGED_DE + r"de|ante|frente\s+a)\s+"
                          r"(?:(?:the|el|la|los|las|o|a|os|as|un|um)\s+)?[-+−]?\d")
# A clause that turns to a later time ends the reach of a time that opens the sentence: 'but later', 'but officials
# later', 'pero luego', 'pero después', 'mas depois', 'porém agora'.
# A change to a figure, right before it: 'revised from nine to six', 'lowered to six', 'corrigida para 125'.
_CHANGED_TO = rx.compile(r"\b(?:revised|raised|lowered|updated|corrected|cut|revisad[oa]s?|rebajad[oa]s?|corregid[oa]s?|"
                         r"reducid[oa]s?|revist[oa]s?|corrigid[oa]s?|reduzid[oa]s?)\b[^,;:]{0,40}?\b(?:to|a|al|para)\s+\Z")
_LATER_TURN = rx.compile(r"\b(?:but|pero|mas|porem)\s+(?:[^\W\d_]+\s+){0,3}?(?:later|then|now|since|subsequently|luego|despues|"
                         r"ahora|mas\s+tarde|posteriormente|depois|agora|mais\s+tarde)\b")
_WHERE = rx.compile(r"\b(?:where|in\s+which|donde|en\s+(?:(?:el|la|los|las)\s+)?que|onde|em\s+que|n[oa]s?\s+quais)\b")
# A concession that opens the sentence: a time in it dates what it concedes, not the clause after its comma.
_CONCESSIVE_OPENS = rx.compile(r"[\"“'‘\s]*(?:" + alternation(CONCEDING + ("although", "though", "aunque", "embora")) + r")\b")

# A verb of telling in the present right after first reports: what they still say, no figure since replaced.
_STILL_SAY = rx.compile(r"(?:\s+(?:reports|estimates|figures|accounts|informes|datos|cifras|informacoes|dados|relatos))?"
                        r"\s+(?:indicate|indicates|suggest|suggests|show|shows|say|says|indican|indica|sugieren|muestran|dicen|"
                        r"apuntan|indicam|sugerem|mostram|dizem|apontam)\b")
# A verb in the passive: the noun before it is what was done to, now, and a figure after it is of the doing.
_PASSIVE_THEN = rx.compile(r"\b(?:was|were|has\s+been|have\s+been|fue|fueron|ha\s+sido|foi|foram)\s+(?:[a-z]+\s+){0,3}?"
                           r"[a-z]+(?:ed|ad[oa]s?|id[oa]s?)\b")
_OF_NOUN = rx.compile(r"\s*%?\s+(?:del|de\s+la|de\s+los|de\s+las|do|da|dos|das|de)\s+[a-z]+\s+")  # ' do trimestre '

_WHEN_THEN = rx.compile(r",?\s*(?:when|cuando|quando)\b[^,;:!?]*")  # a clause on the time right before it
# A clause joined after a comma: what ends the clause before it does not govern it ('estaba previsto para el 3 de
# octubre, pero se retrasó por el cierre durante 43 días').
_CLAUSE_JOINED = rx.compile(r",\s*(?:but|pero|mas|porem|and|y|e|" + alternation(WHILE) + r"|although|though|aunque|embora)\b")
_JOINED_OR_SEMICOLON = rx.compile(_CLAUSE_JOINED.pattern + "|;")  # ... or one after a semicolon
# A time of its own in such a clause: 'this week', 'hoy', 'on Tuesday', 'en marzo', 'in 2020', 'now'.
_TURN_TIME = rx.compile(r"\b(?:(?:this|esta|nesta|este|neste)\s+(?:week|semana|month|mes|year|ano)|now|ahora|agora|"
                        + alternation({*WEEKDAYS, *RELATIVE_DAYS}) + r"|(?:in|en|em|no|during|durante)\s+(?:"
                        + alternation(" ".join(MONTH_NAMES.values()).split()) + "|" + YEAR_FIGURE + r"))\b")
_ARTICLE_END = rx.compile(r"\b(?:a|an|the|un|una|el|la|los|las|um|uma|o|os|as)\s+\Z")  # the article of a noun phrase
# A phrase of time right after a participle tells when that was done ('los tres cuerpos recuperados anteriormente,',
# 'the man, arrested in 2019,'), not when what follows its comma was.
_PARTICIPLE_BEFORE = rx.compile(r"[a-z]{3,}(?:" + alternation(PARTICIPLE_ENDINGS) + r")\s+\Z")
YEAR_TEXT = r"(?:19|20)\d\d"
# A day of birth is no day of what the fact is about, unless its cue is the birth: 'O novo papa nasceu em 14 de
# setembro de 1955', 'born on September 14, 1955', 'nació el 14 de septiembre de 1955'.
_BORN_BEFORE = rx.compile(r"\b(?:born|nacid[oa]|naci[oó]|nascid[oa]|nasceu|birth|nacimiento|nascimento)\b[^.;:!?]{0,24}\Z")
ARTICLES = frozenset("el la los las o a os as".split())


# A verb of staying right before the cue: the days the state went on, not the day it came about ('would remain closed for
# a second day yesterday', 'was still closed on Saturday', 'sigue cerrado', 'permaneceu fechado no sábado').
_STAYS_BEFORE = rx.compile(r"\b(?:remain(?:s|ed|ing)?|stay(?:s|ed|ing)?|still|continu(?:e|es|ed|ing)\s+to\s+be|sigue|siguen"
                           r"|seguia|seguian|seguira|seguiran|segue|seguem|seguiu|seguirao|permanec(?:e|en|em|io|ieron|ia|era|eu|eram)"
                           r"|continua|continuan|continuam|continuo|continuou|continuaba|continuava|continuara)"
                           r"(?:\s+(?:being|siendo|sendo|estando))?\s+\Z")
_SINCE_DAY = rx.compile(r"\b(?:since|from|desde|a\s+partir\s+de)\s+\Z")


def state_goes_on(scan: Scan, c: Candidate, cue_start: int) -> str:
    """Why a day near a cue right after a verb of staying is none of the cue's event's, or '': not the day the state has
    lasted since ('el crucero permanece en cuarentena desde el 3 de febrero'). The verb is looked for once a cue."""
    key = ("stays", cue_start)
    if key not in scan.memo:
        m = _STAYS_BEFORE.search(scan.folded, max(0, cue_start - 30), cue_start)
        scan.memo[key] = "" if m is None else m.group().strip()
    verb = scan.memo[key]
    if not verb or _SINCE_DAY.search(scan.folded, max(0, c.start - 14), c.start):
        return ""
    return f"a day the state went on ('{verb}'), not the day it came about"


def day_of_another(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day is that of a birth or of another participle, not of the cue's event, or ''."""
    born = _BORN_BEFORE.search(scan.folded, max(0, c.start - 40), c.start)
    if born is None:
        return _participle_on(scan, c, cue_start, cue_end) or _another_event_on(scan, c, cue_start, cue_end) \
            or _last_time(scan, c, cue_start, cue_end)
    if cue_start <= born.start() < cue_end:
        return ""
    return f"a day of birth ('{' '.join(scan.text[born.start():c.end].split())}')"


# A day that a participle after a noun dates: 'reféns sequestrados em 7 de outubro', 'los presos liberados el lunes',
# and in English, where the participle looks like a verb in the past, only with the clause's verb after the day: 'the
# first seven hostages captured on October 7, 2023, have been handed over'.
_DATING_PARTICIPLE = rx.compile(r"\b([a-z]+)\s+(?!pasad|passad)([a-z]{3,}(?:ad[oa]s?|id[oa]s?|ed))\s+"
                                r"(?:(?:on|el|em|no|na)\s+)?\Z")  # not 'el pasado 17 de agosto': 'last'
_HAPPENED = frozenset(HAPPENED + HELD)  # a participle of the cue's noun phrase happening or being held
_HAPPENED_BEFORE = rx.compile(r"\b(?:" + alternation(HAPPENED + HELD) + r"|" + HAPPENED_RELATIVE + r")"
                              r"\s+(?:(?:on|el|la|em|en|no|na|the|dia)\s+)*\Z")
_PERFECT = AUXILIARIES | frozenset("habia he hemos habra havia haviam tinha tem teria tera sera seran seria ser serem".split())
_WHO = WHO | {"que"}  # a relative clause on people ('the men who carried out the robbery'): see _main_verb_day
_VERB_AFTER_DAY = rx.compile(r",?\s+(?:have|has|had|were|was|are|is|will)\b")


_DAY_PREPOSITIONS = ("on", "el", "em", "no", "na")  # what a day's span may hold before it: 'on Sunday', 'el domingo'


def _past_preposition(folded: str, c: Candidate, prepositions: tuple[str, ...] = _DAY_PREPOSITIONS) -> int:
    """Where the day c starts past a preposition its span holds."""
    lead = folded[c.start:c.end].split(None, 1)[0]
    return c.start + len(lead) + 1 if lead in prepositions else c.start


# An event brought in anew, with an indefinite article or 'another', and a day written onto it: 'following a fire on
# March 20', 'tras otro apagón el 3 de abril', 'depois de um incêndio em 20 de março', 'after a March 20 fire'. With
# 'another', even one the cue names is another.
_A_NEW = r"\b(?:a|an|un|una|um|uma|(?P<other>another|otro|otra|outro|outra))\s+"
_ANOTHER_EVENT = rx.compile(_A_NEW + r"(?:[a-z]+\s+){0,2}?(?P<noun>" + alternation(EVENT_NOUNS) + r")\s+"
                            r"(?:on|el|em|no|na|de|del|do|da)\s+\Z")
_ANOTHER_BEFORE_DAY = rx.compile(_A_NEW + r"\Z")
_EVENT_AFTER_DAY = rx.compile(r"\s+(?:[a-z]+\s+)?(?P<noun>" + alternation(EVENT_NOUNS) + r")\b")


def _another_event_on(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day is that of another event than the cue's, written onto its noun, or ''."""
    folded = scan.folded
    at = _past_preposition(folded, c, _ONTO_PREPOSITIONS)
    event = noun = _ANOTHER_EVENT.search(folded, max(0, at - 50), at)
    if event is None:  # 'after a March 20 fire'
        event = _ANOTHER_BEFORE_DAY.search(folded, max(0, c.start - 10), c.start)
        noun = _EVENT_AFTER_DAY.match(folded, c.end) if event is not None else None
    if noun is None or not event.group("other") and cue_start <= noun.start("noun") < cue_end:
        return ""
    return f"the day of another event ('{' '.join(scan.text[event.start():max(c.end, noun.end())].split())}')"


# The clause of an earlier time the same happened: 'The last time we observed a total solar eclipse in Mexico was on July
# 11, 1991', 'la última vez que se observó un eclipse solar total en el país fue el 11 de julio de 1991'.
_LAST_TIME = rx.compile(r"\b(?:the\s+(?:last|previous)\s+time|(?:la|a)\s+(?:ultima|anterior)\s+vez)\b")


def _last_time(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day is that of an earlier time what the cue names happened, told in a clause on the last time it did, or
    ''; not for a cue of that clause's own words (a fact of when it last happened)."""
    if cue_end > c.start:
        return ""
    m = _LAST_TIME.search(scan.folded, max(scan.sentence_at(cue_start)[0], cue_start - 80), cue_start)
    if m is None or cue_start < m.end() or CLAUSE_BREAK.search(scan.folded, m.end(), cue_start):
        return ""
    return f"the day of an earlier time ('{' '.join(scan.text[m.start():c.end].split())}')"


def _participle_on(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day is that of a participle after a noun, not of the cue's event, or ''."""
    folded = scan.folded
    at = _past_preposition(folded, c)
    p = _DATING_PARTICIPLE.search(folded, max(0, at - 40), at)
    if p is not None and p.group(1) in _PERFECT and cue_end <= p.start(1):
        return _main_verb_day(scan, c, p, cue_start, cue_end)
    if p is None or p.group(1) in _PERFECT or p.group(1) in ARTICLES or p.group(1) in OF_WORDS \
            or p.group(2) in NOT_PARTICIPLES or cue_start <= p.start(2) < cue_end \
            or scan.text[p.start(2)].isupper():  # a name: 'Canada', 'Florida'
        return ""
    if cue_end <= p.start(2) and len(WORD.findall(folded, cue_end, p.start(2))) <= 1:
        return ""  # the cue's own participle: 'the ceasefire agreed on Thursday', 'el balotaje presidencial celebrado'
    if p.group(2) in _HAPPENED and cue_end <= p.start(2) and not CLAUSE_BREAK.search(folded, cue_end, p.start(2)) \
            and len(WORD.findall(folded, cue_end, p.start(2))) <= 8:
        return ""  # 'el derrame de 6.000 barriles de petróleo ocurrido el sábado': the happening of the cue's noun phrase,
        # and its holding: 'una audiencia de petición realizada este domingo'
    if p.group(2).endswith("ed") and not _VERB_AFTER_DAY.match(folded, c.end):
        return ""
    return f"the day of what another participle says ('{' '.join(scan.text[p.start(2):c.end].split())}')"


def _main_verb_day(scan: Scan, c: Candidate, p: re.Match[str], cue_start: int, cue_end: int) -> str:
    """Why a day right after the passive or perfect verb of a clause whose subject holds the cue in a phrase of its
    own, or in a relative clause on it, is that verb's, not the cue's, or '': 'One of the women killed in the building
    collapse was identified Wednesday', 'Una de las víctimas del derrumbe fue identificada el miércoles', 'The men who
    carried out the robbery were arrested on Saturday', 'suspects involved in the robbery had been arrested on
    Saturday'. Not a cue that heads the subject ('The collapse was reported Thursday')."""
    folded = scan.folded
    lead = WORD.findall(folded, max(0, cue_start - 50), cue_start)[-5:]
    at = next((i for i in range(len(lead) - 1, -1, -1) if lead[i] in PREPOSITIONS or lead[i] in _WHO), None)
    # 'in the building collapse', 'del derrumbe'; a relative clause has a verb of its own ('who carried out the'), while
    # 'que' that opens what was said has none before the cue ('informó que el robo fue descubierto el lunes')
    if at is None or verbless(lead[at + 1:]) != (lead[at] not in _WHO):
        return ""
    gap = WORD.findall(folded, cue_end, p.start(1))
    while gap and gap[-1] in _PERFECT:  # 'had been arrested': the verb's own auxiliaries
        gap.pop()
    if len(gap) > 5 or CLAUSE_BREAK.search(folded, cue_end, p.start(1)) or not verbless(gap):
        return ""
    return f"the day of another verb ('{' '.join(scan.text[p.start(1):c.end].split())}')"


# A time a sentence names of its own: a weekday, a month, a year, a day or a moment told from the story's ('today',
# 'ayer', 'ontem', 'now').
_OWN_TIME = rx.compile(r"\b(?:" + alternation({*WEEKDAYS, *" ".join(MONTH_NAMES.values()).split(), *RELATIVE_DAYS,
                                                "now", "ahora", "agora", "currently", "actualmente", "atualmente"})
                       + r")\b|\b" + YEAR_FIGURE + r"\b")
_QUOTES = " \t\"'“”‘’«»"


def told_before(scan: Scan, s0: int, s1: int, published: date | None) -> str:
    """The phrase of another time than the story's that the sentence right before, in its paragraph, opens on, when
    the sentence at s0..s1 names no time of its own: a figure that opens this one goes on telling of that time ('On
    July 24, 2013, a passenger train derailed in Angrois. 80 people were killed and 144 injured.'); '' when there is
    none."""
    key = ("told", s0)
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = _told_before(scan, s0, s1, published)
    return found


def _told_before(scan: Scan, s0: int, s1: int, published: date | None) -> str:
    if published is None or s0 == 0 or _OWN_TIME.search(scan.folded, s0, s1):
        return ""
    p0, p1 = scan.sentence_at(s0 - 1)
    if p1 > s0 or "\n" in scan.text[p1:s0]:
        return ""
    sentence = scan.folded[p0:p1]
    lead = len(sentence) - len(sentence.lstrip(_QUOTES))
    spans = other_times(sentence, published)
    return spans[0][2] if spans and spans[0][0] == lead else ""


def opens_sentence(folded: str, s0: int, start: int) -> bool:
    """Nothing but quotes and space before start in its sentence."""
    return not folded[s0:start].strip(_QUOTES)


def stamp_of_page(text: str, s0: int, s1: int) -> bool:
    """The sentence at s0..s1 is a line of its own that reads as a time stamp (see stamp_line)."""
    rest = text[s1:s1 + 8].lstrip(" \t")
    return (s0 == 0 or text[s0 - 1] == "\n") and (not rest or rest[0] == "\n") and stamp_line(text[s0:s1])


# A place set off by commas after a capitalised word: where the place before it is ('Flores Island, Indonesia,').
_PLACE_ASIDE = rx.compile(rf"(?P<w>\b[{UPPER}][\w'.-]*),[ \t]+(?:[{UPPER}][\w'.-]*[ \t]+){{0,2}}[{UPPER}][\w'.-]*,(?=\s)")
# What may stand before a day that opens its sentence: 'On', 'El', 'Em', 'No dia', 'A'.
_DAY_OPENS = rx.compile(r"\W*(?:(?:on|el|em|no|na|a|in|en)(?:\s+(?:dia|day))?\s+)?\Z")
# With no comma, the subject's article right after the day: 'On January 25 a tailings dam owned by Vale collapsed'.
_ARTICLE_NEXT = rx.compile(r"[^\S\n]+(?:an?|the|un|una|el|la|los|las|um|uma)\s")
# A time of day set off after the day: 'On January 25th, 2019, about 30 minutes after noon, a tailings dam collapsed'.
_CLOCK_IN = rx.compile(r"\b(?:noon|midday|midnight|mediodia|medianoche|meio-dia|meia-noite|\d{1,2}(?::\d\d|h\d{0,2}\b)"
                       r"|\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b)")
_BY_WORDS = frozenset("by por pelo pela pelos pelas".split())


def fronted_day(scan: Scan, s0: int, c: Candidate, cue_start: int, cue_end: int, window: int) -> bool:
    """A day that opens its sentence, set off by a comma, is the day of the cue's verb when the words between (its
    subject) have no verb: 'On 4 September 2025, the Ministry of Health of the Democratic Republic of the Congo (DRC)
    declared an outbreak', 'On November 3, 2024, Mount Lewotobi on Flores Island, Indonesia, erupted' (a place set off
    after a place names where it is), 'A 6 de janeiro de 2024, um Boeing da Alaska Airlines, num voo entre Portland e
    Ontário, perdeu' (an aside set off by commas, with no verb either); a time of day set off after it is part of it
    ('On January 25th, 2019, about 30 minutes after noon, a tailings dam collapsed'), the comma may be left out before
    the subject's article ('On January 25 a tailings dam collapsed'), and a participle of the passive in the subject is
    none of its verbs ('a tailings dam owned by Vale collapsed')."""
    folded = scan.folded
    if not _DAY_OPENS.match(folded, s0, c.start) or not verb_cue(scan, cue_start, cue_end):
        return False
    if folded.startswith(",", c.end):
        at = c.end + 1
        aside = CLAUSE_BREAK.search(folded, at, cue_start)
        if aside and _CLOCK_IN.search(folded, at, aside.start()) and len(WORD.findall(folded, at, aside.start())) <= 8:
            at = aside.end()
    elif _ARTICLE_NEXT.match(folded, c.end):
        at = c.end
    else:
        return False
    gap = ""
    for m in _PLACE_ASIDE.finditer(scan.text, at, cue_start):
        gap, at = gap + folded[at:m.end("w")], m.end()
    gap = bare_gap(gap + folded[at:cue_start], 0, len(gap) + cue_start - at)
    words = WORD.findall(gap)
    if len(words) > 3 * window or STRONG_BREAK.search(gap):
        return False
    passive = next((i for i, w in enumerate(words[:-1]) if words[i + 1] in _BY_WORDS and w.endswith(PARTICIPLE_ENDINGS)), None)
    if passive is not None:  # the agent runs on to the cue: 'owned by Brazilian mining company Vale SA'
        words = words[:passive]
    if verbless(words):
        return True
    names = {fold(w) for w in WORD.findall(scan.text, c.end, cue_start) if w[:1].isupper()}  # 'Boeing' is no verb
    return bool(names) and verbless([w for w in words if w not in names])


# A verb of appeal with the cue in its object: 'appealed his fraud conviction and 25-year prison sentence', 'apeló su
# condena', 'recorreu da sentença'.
_APPEALED = rx.compile(r"\b(?:appealed|appealing|apelo|apelou|apelar|recurrio|recorreu|recorrer|challenged|challenging|"
                       r"contested|contesting|upheld|commuted)\s+(?:(?!(?:during|durante|at|in|on|en|em|"
                       r"after|before|since|tras|apos)\b)[\w'-]+\s+){0,7}?\Z")
_ASKED_ON = rx.compile(r"\s+(?:" + alternation(ASKED) + r")\b")
# A verb of telling right after a day, and its gerund: 'with Pedro Sanchez on Tuesday announcing a commission', 'the
# minister on Tuesday said'.
_SAID_AFTER = rx.compile(r"[^\S\n]+(?:" + alternation(SAY_VERBS + SAID_PLURAL + DISCLOSED) + r"|announcing|saying|confirming"
                         r"|anunciando|afirmando|declarando|informando|diciendo|dizendo|confirmando)\b")
_BLAMED_AFTER = rx.compile(r"\s+(?:" + alternation(BLAMED) + r")\b")  # 'the FBI on Monday named'
_BLAMED_ON = rx.compile(r"\b(?:" + alternation(BLAMED) + r")(?:\s+(?:by|por|pelo|pela|pelos|pelas)(?:\s+(?:the|el|la|los|las))?"
                        r"(?:\s+[\w.]+){1,2})?,?\s+(?:(?:on|last|this|el|este|esta|no|na|neste|nesta|em)\s+){0,2}\Z")
_TO_BE = rx.compile(r"\s+(?:to|para)(?:\s+(?:be|ser))?\s+")  # a verb the cue plans: 'scheduled to be released on Oct. 30'
# A verb of telling, or the Spanish perfect of one ('ha anunciado este miércoles que'), right before a day.
_SAID_PERFECT = r"(?:ha|han|habia|habian)\s+(?:" + alternation(SAID_PARTICIPLES) + r")"
# The words that lead from a verb to the day right after it: 'said on Sunday', 'dijo este domingo', 'disse na noite de'.
_DAY_LEADS = (r"(?:(?:on|late|early|last|this|el|la|este|esta|o|a|no|na|neste|nesta|em|hoy|hoje|today)\s+){0,2}"
              r"(?:(?:noite|noche|manha|manana|tarde|madrugada|morning|evening|night|afternoon)\s+(?:de|del|do|da|of)\s+)?\Z")
_SAID_ON = rx.compile(r"\b(?:" + alternation(SAY_VERBS + SAID_PLURAL + DISCLOSED) + "|" + _SAID_PERFECT + r"),?\s+"
                      + _DAY_LEADS)
# The same after a comma, with who said it between: ', informaram diversos veículos de imprensa na segunda-feira (24)',
# ', said the ministry on Monday', ', dijo el ministro el lunes'.
_SAID_BY_ON = rx.compile(r",\s+(?:" + alternation(SAY_VERBS + SAID_PLURAL) + r")\s+(?P<who>(?:[^\W\d_]+\s+){1,5}?)"
                         + _DAY_LEADS)

LINKS = PREPOSITIONS | OF_WORDS  # words that join a day to a noun after it ('nesta quinta-feira (9) das vítimas')


def when_of_toll(folded: str, c: Candidate, toll: int, cue_start: int, cue_end: int,
                 what: str = "when the toll was given", reach: int = 1, head: bool = False, clause: bool = False) -> str:
    """Why a day or time does not date an event named as what a toll is of, or as a point of reference: away from the
    cue's phrase ('On Wednesday, the death toll from the collapse rose to 18', 'arrested after the crash, he appeared on
    Thursday') it dates the toll, or the other thing. One inside the phrase ('the toll from Thursday's collapse') or at
    most reach words after the cue in its clause ('the toll from the collapse on June 24', 'after being struck by a
    vehicle in Queens Friday'), or set off by a comma right after it ('após a entrada em vigor do cessar-fogo, em 27 de
    novembro,'), or in a relative clause right after it ('the collision, which occurred at 1.30am'), dates the event.
    With head, toll opens a noun the cue's phrase hangs on, and a day right before it dates that noun's event ('the June
    20, 2005 attempted murder of a man shot in the back')."""
    if toll <= c.start and c.end <= cue_start:
        return ""
    if head and c.end <= toll and not CLAUSE_BREAK.search(folded, c.end, toll) and (
            len(words := WORD.findall(folded, c.end, toll)) == 0 or (len(words) == 1 and words[0] not in LINKS
                                                                      and words[0] not in ARTICLES)):
        return ""  # not 'lamentó este jueves los impactos del derrame': an article opens the noun after the day
    if c.start >= cue_end and (len(gap := WORD.findall(folded, cue_end, c.start)) <= reach and not CLAUSE_BREAK.search(
            folded, cue_end, c.start) and CONJUNCTIONS.isdisjoint(gap) or not gap or (
            len(gap) == 1 and gap[0] in (*_DAY_PREPOSITIONS, "en") and folded[cue_end:c.start].lstrip().startswith(","))):
        return ""  # 'após o descarrilamento, na quarta-feira,', 'após a entrada em vigor do cessar-fogo, em 27 de novembro,'
    if clause and c.start >= cue_end and not CLAUSE_BREAK.search(folded, cue_end, c.start) and CONJUNCTIONS.isdisjoint(gap):
        return ""
    if _happened_on(folded, c, cue_end):
        return ""  # 'los impactos del derrame de 6.000 barriles de petróleo ocurrido el sábado': the cue's phrase's happening
    rel = _YEARS_RELATIVE.match(folded, cue_end)  # 'following the collision, which occurred at about 1.30am'
    if rel and c.start >= rel.end() and not CLAUSE_BREAK.search(folded, rel.end(), c.start) and \
            len(WORD.findall(folded, rel.end(), c.start)) <= 8:
        return ""
    return f"{what} ('{folded[toll:cue_end]}'), not when that happened"


# A clause that describes what the cue names, past a quotation mark that closes a title before its comma too: "held by
# 'Lady with a Fan,' which sold for".
_OWN_RELATIVE = rx.compile(r"\s*,['\"’”]?\s*(?:" + alternation(RELATIVES) + r")\b")
# ... past the year that names the cue's edition: 'o grande vencedor do Oscar 2024, que aconteceu neste domingo'.
_YEARS_RELATIVE = rx.compile(r"(?:\s+(?:19|20)\d\d)?" + _OWN_RELATIVE.pattern)


def outside_where(folded: str, c: Candidate, where: int, cue_end: int) -> str:
    """Why a day or time after the clause that says where the cue's event happened, past a comma, dates the main clause
    ('la ciudad donde se produjo el accidente, fue detenido este miércoles'), or ''."""
    if c.start >= cue_end and CLAUSE_BREAK.search(folded, cue_end, c.start):
        return f"outside the clause that names the event ('{folded[where:cue_end]}'), not when that happened"
    return ""


# A phrase that makes the cue, a noun, the complement of another's: 'survivors of the shipwreck', 'supervivientes del
# naufragio'.
_OF_BEFORE_CUE = rx.compile(r"\b(?:" + alternation(OF_WORDS) + r")\s+(?:(?:" + alternation(ARTICLES | {"the"}) + r")\s+)?\Z")


# A day between a verb in the past and the clause that 'that' or 'que' opens as its object ('La policía ha descartado este
# domingo que el apuñalamiento sea un atentado', 'Police ruled out on Sunday that the attack'): the verb's, not the
# day of a cue in that clause; with the perfect too.
_PERFECT_DAY = rx.compile(r"\b(?:ha|han|habia|habian|tem|tinha|has|have|had)\s+[a-z]+(?:" + alternation(PARTICIPLE_ENDINGS)
                          + r")\s+" + _DAY_LEADS)
_PAST_DAY = rx.compile(r"\b([^\W\d_]+)\s+(?:(?:out|up|off|down)\s+)?" + _DAY_LEADS)  # 'ruled out on Sunday that'
_THAT_AFTER = rx.compile(r"[\s,]*(?:that|que)\s")


def that_clause_day(scan: Scan, c: Candidate, cue_start: int) -> str:
    """Why a day right before the clause that 'that' or 'que' opens, holding the cue, is the day of the verb before it,
    or ''."""
    folded = scan.folded
    if c.end > cue_start or not _THAT_AFTER.match(folded, c.end):
        return ""
    lo = max(0, c.start - 40)
    m = _PERFECT_DAY.search(folded, lo, c.start)
    if m is None:
        m = _PAST_DAY.search(folded, lo, c.start)
        if m is None or not past_verb(scan.text[m.start(1):m.end(1)]):
            return ""
    return f"the day of another verb ('{' '.join(scan.text[m.start():c.end].split())}'), whose object the cue's clause is"


def object_day(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day after a cue that is a noun's complement in the object of a verb in the past is that verb's, or '':
    'The Greek authorities arrested nine survivors of the shipwreck off the Greek coast on Thursday', 'la policía arrestó
    a nueve supervivientes del naufragio el jueves'. Not a cue that is a verb, nor a day past a clause's edge or a
    participle, which dates a noun."""
    folded = scan.folded
    if c.start < cue_end or verb_cue(scan, cue_start, cue_end):
        return ""
    of = _OF_BEFORE_CUE.search(folded, max(0, cue_start - 12), cue_start)
    if of is None:
        return ""
    lead = list(WORD.finditer(folded, max(0, of.start() - 50), of.start()))[-5:]
    words = [m.group() for m in lead]
    at = next((i for i in range(len(words) - 1, -1, -1) if past_verb(scan.text[lead[i].start():lead[i].end()])), None)
    if at is None or at == len(words) - 1 or (at and words[at - 1] in PASSIVE) \
            or not verbless(words[at + 1:]) or CLAUSE_BREAK.search(folded, lead[at].end(), c.start):
        return ""
    gap = WORD.findall(folded, cue_end, c.start)
    if len(gap) > 7 or not verbless(gap) or any(len(w) > 4 and w.endswith(PARTICIPLE_ENDINGS) for w in gap):
        return ""  # 'lamentó los impactos del derrame de 6.000 barriles ocurrido el sábado': the participle dates a noun
    verb = scan.text[lead[at].start():lead[at].end()]
    return f"the day of another verb ('{verb} ... {' '.join(scan.text[cue_start:c.end].split())}')"


# A verb of deciding on, agreeing to or greeting what a noun names ('approved on Tuesday night a ceasefire agreement',
# 'aprobó este martes un acuerdo de alto el fuego', 'aprovou, esta terça-feira, a proposta de cessar-fogo', 'voted this
# evening to approve a cease-fire agreement', 'Anunciada na terça-feira, a trégua'), on the text folded.
_DECIDED = rx.compile(
    r"(?<![\w-])(?:approv(?:ed?|es|ing)|voted|ratifi(?:ed|es)|endors(?:ed|es)|signed|accepted|agreed|welcomed|hailed|announced|"
    r"backed|aprob(?:o|aron|ad[oa]s?|ar|ara|aran)|aprov(?:ou|aram|ad[oa]s?|ar|ara|arao)|vot(?:o|aron|ou|aram|ar|ara|arao)|"
    r"ratific(?:o|ou|aron|aram|ar)|firm(?:o|aron)|assin(?:ou|aram)|acept(?:o|aron)|aceit(?:ou|aram)|respald(?:o|aron)|"
    r"acordaron|anunci(?:o|ou|aron|aram|ad[oa]s?)|salud(?:o|aron)|saud(?:ou|aram)|elogi(?:o|ou|aron|aram))\b")

_COMPOUND = rx.compile(r"\w+-\w+")
# ... as a participle right before a day: 'anunciado hoje', 'announced on Tuesday'.
_DECIDED_ON = rx.compile(r"(?<![\w-])(?:approved|ratified|endorsed|signed|agreed|announced|aprobad[oa]s?|aprovad[oa]s?|"
                         r"ratificad[oa]s?|firmad[oa]s?|assinad[oa]s?|acordad[oa]s?|anunciad[oa]s?)\s+(?:[\w-]+\s+)?\Z")
# A word of starting before a day: when what the cue names starts ('a partir de quarta-feira', 'starting Wednesday').
_FROM_DAY = rx.compile(r"\b(?:" + STARTS + r")(?:\s+(?:de|del|do|da|em|n[oa]))?\s+\Z")


def decided_day(scan: Scan, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a day in the clause of a verb of deciding on, agreeing to or greeting the cue's noun (see _DECIDED) is the
    day that was done, not when the thing came about, or '': the cue in the verb's object, at most six words after it,
    and the day before the cue in that clause, or past it by at most seven words that hold no verb ('approved a
    cease-fire deal with Lebanon late Tuesday'); or the verb a participle after the cue, right before the day ('o
    cessar-fogo no Líbano a partir de quarta-feira, anunciado hoje'). Not a cue that is a verb ('approved a deal that
    took effect Wednesday'), nor a day a word of starting opens, when the cue's thing starts ('a partir de quarta-feira')."""
    folded = scan.folded
    if _FROM_DAY.search(folded, max(0, c.start - 24), c.start) or verb_cue(scan, cue_start, cue_end):
        return ""
    if c.start >= cue_end and (after := _DECIDED_ON.search(folded, max(cue_end, c.start - 60), c.start)) is not None \
            and len(WORD.findall(folded, cue_end, after.start())) <= 8:  # a verb and a word at most: 60 characters
        return f"the day of another verb ('{' '.join(scan.text[cue_start:cue_end].split())} ... " \
               f"{scan.text[after.start():after.end()].strip()}'), not when that happened"
    key = ("decided", cue_start)  # the nearest verb of deciding before the cue, once a cue: every day tests it
    if key not in scan.memo:
        s0 = scan.sentence_at(cue_start)[0]
        scan.memo[key] = (s0, max(_DECIDED.finditer(folded, max(s0, cue_start - 70), cue_start),
                                  key=lambda d: d.start(), default=None))
    s0, m = scan.memo[key]
    if m is None:
        return ""
    if m.end() <= c.start and c.end <= cue_start:  # the day and its commas set no clause apart
        between = folded[m.end():c.start].rstrip(" ,") + " " + folded[c.end:cue_start].lstrip(" ,")
    else:
        between = folded[m.end():cue_start]
    words = WORD.findall(_COMPOUND.sub(" ", between))  # 'the US-brokered ceasefire': a compound is no verb
    opens = not folded[s0:m.start()].strip(" \"'“‘-")  # 'Anunciada na terça-feira, a trégua'
    if len(words) > 6 or not verbless([w for w in words if w not in ("to", "a", "de")]) or (
            not opens and CLAUSE_BREAK.search(between)):
        return ""
    if c.end <= m.start():  # 'on Tuesday voted to approve a ceasefire deal'
        if c.start < s0 or len(WORD.findall(folded, c.end, m.start())) > 3 or CLAUSE_BREAK.search(folded, c.end, m.start()):
            return ""
    elif c.start >= cue_end:
        gap = WORD.findall(folded, cue_end, c.start)
        if len(gap) > 7 or not verbless(gap) or CLAUSE_BREAK.search(folded, cue_end, c.start):
            return ""
    verb = scan.text[m.start():m.end()]
    return f"the day of another verb ('{verb} ... {' '.join(scan.text[cue_start:cue_end].split())}'), not when that happened"


def _happened_on(folded: str, c: Candidate, cue_end: int) -> bool:
    """The day is right after a participle of the cue's noun phrase happening or being held, in its clause ('el derrame
    de 6.000 barriles ocurrido el sábado', 'una audiencia de petición realizada este domingo'): the cue's day."""
    return c.start >= cue_end and _HAPPENED_BEFORE.search(folded, max(cue_end, c.start - 30), c.start) is not None \
        and not CLAUSE_BREAK.search(folded, cue_end, c.start) and len(WORD.findall(folded, cue_end, c.start)) <= 10


def _said_by_on(folded: str, start: int) -> re.Match[str] | None:
    """A verb of saying after a comma, then who said it, right before the day at start: the day it was said."""
    if "," not in folded[max(0, start - 90):start]:
        return None
    m = _SAID_BY_ON.search(folded, max(0, start - 90), start)
    return m if m is not None and not any(past_form(w) for w in m.group("who").split()) else None


def said_on(folded: str, c: Candidate, cue_start: int, cue_end: int) -> str:
    """Why a date right after a verb of speech ('Cuba said on Sunday', 'dijo el domingo') is when it was
    said, not when it happened, or one after 'until' ('Hasta el lunes 18 de julio, el último récord era...') is where
    a span ends, or one that a span since the cue comes to ('Friday marks six weeks since the strike began') is that
    day, or one in a relative clause set off by commas that closes before the cue ('Os jurados, que iniciaram as
    deliberações na quarta-feira, chegaram ao veredito') is when the clause's verb happened, and so is one right before a
    verb of asking that the cue follows ('prosecutors on March 15 recommended he receive a prison sentence'), or in the
    clause of an appeal of the cue ('appealed his 25-year prison sentence Thursday'), or one that dates an event the
    cue's is placed after or before, joined to its noun ('pasaron al balotaje tras las elecciones generales del 17 de
    agosto', 'after the vote of August 17'); '' when it is none, or when that verb is the cue ('announced') or a
    participle right after it ('in a letter published on Wednesday'), or the
    cue is what lasts until it ('mourning until Monday'), or the cue is 'until' itself (a fact of where a span ends:
    'funds the government through Jan. 30', 'hasta el 30 de enero'), which takes no other day ('layoffs that
    happened after Oct. 1 and funds key agencies through the rest of the fiscal year')."""
    m = _SAID_ON.search(folded, max(0, c.start - 40), c.start)
    if m is not None and not (cue_start < m.end() and m.start() < cue_end) and not (
            cue_end <= m.start() and (_TO_BE.fullmatch(folded, cue_end, m.start())  # 'scheduled to be released on'
                                      or not folded[cue_end:m.start()].strip())):  # 'a letter published on': the cue's
        return f"when it was said ('{folded[m.start():c.end]}'), not when it happened"
    m = _said_by_on(folded, c.start) if m is None else None
    if m is not None and not (cue_start < m.end() and m.start() < cue_end):
        return f"when it was said ('{' '.join(folded[m.start() + 1:c.end].split())}'), not when it happened"
    before = folded[max(0, c.start - 60):c.start]
    m = _OTHER_EVENT_OF.search(folded, max(0, c.start - 60), c.start) \
        if any(w in before for w in _PLACED_BY_WORDS) else None
    if m is not None and not m.start() <= cue_start < c.end:
        return f"the day of another event the cue's is placed by ('{' '.join(folded[m.start():c.end].split())}')"
    m = _ASKED_ON.match(folded, c.end)
    if m is not None and cue_start >= m.end():
        return f"when something was asked for ('{folded[c.start:m.end()]}'), not when it happened"
    m = _SAID_AFTER.match(folded, c.end)
    if m is not None and not (cue_start < m.end() and m.start() < cue_end) and not _written_onto(folded, c, cue_start, cue_end) \
            and not _happened_on(folded, c, cue_end):  # 'una audiencia realizada este domingo confirmó': the audiencia's
        return f"when it was said ('{' '.join(folded[c.start:m.end()].split())}'), not when it happened"
    m = (_BLAMED_AFTER.match(folded, c.end) or _BLAMED_ON.search(folded, max(0, c.start - 50), c.start)) \
        if cue_start >= c.end else None
    if m is not None and (m.start() < c.start or cue_start >= m.end()):
        return f"when it was blamed on someone ('{' '.join(folded[min(m.start(), c.start):max(m.end(), c.end)].split())}'), " \
               "not when it happened"
    m = _APPEALED.search(folded, max(0, cue_start - 80), cue_start)
    if m is not None and not CLAUSE_BREAK.search(folded, min(m.start(), c.start), max(cue_end, c.end)):
        return f"the day of an appeal of it ('{' '.join(folded[m.start():cue_end].split())}'), not when it happened"
    m = _UNTIL.search(folded, max(0, c.start - 24), c.start)
    own = m is not None and (m.start() <= cue_start < m.end() or cue_start <= m.start() < cue_end)  # or in it: 'remain
    # in quarantine until'
    if m is not None and not (cue_end <= m.start() and len(WORD.findall(folded, cue_end, m.start())) <= 3) and not own:
        return f"where a span ends ('{folded[m.start():c.end]}'), not when it happened"
    m = _COUNT_AS_OF.search(folded, max(0, c.start - 24), c.start) if " of " in before[-24:] else None
    if m is not None and not m.start() <= cue_start < m.end():
        return f"when a figure stood so ('{folded[m.start():c.end]}'), not when it happened"
    if not own and folded[cue_start:cue_end] in _UNTIL_WORDS:
        return f"not the day the cue ('{folded[cue_start:cue_end]}') runs to"
    m = _MARKS_SINCE.search(folded, c.end, cue_start) if c.end <= cue_start else None
    if m is not None and len(WORD.findall(folded, c.end, m.start())) <= 3:
        return f"the day a span since it comes to ('{folded[c.start:m.end()]}'), not when it happened"
    if c.end <= cue_start and folded.find(",", c.end, cue_start) >= 0:
        m = IN_RELATIVE.search(folded, max(0, c.start - 120), c.start)
        close = CLAUSE_CLOSE.match(folded, c.end, cue_start) if m is not None else None
        if close is not None:
            return f"in a relative clause before the cue ('{' '.join(folded[m.start() + 1:close.end() - 1].split())}'): " \
                   "when its verb happened"
    return ""


# A time that one before it opens a span to ('de las 11:07 a las 11:11', 'from 9:51 a.m. local time (16:51 GMT) to 12:32
# p.m.', 'das 11h07 às 11h11'): what the span is of began at the first and ended at the second.
_SPAN_OPENS = rx.compile(r"\b(?:from|de|desde|das|dos)\s+(?:(?:las?|as|os)\s+)?\Z")
_SPAN_CLOSES = rx.compile(r"(?:\s*(?:" + LOCAL_TIME + "|" + alternation(LOCAL_WORDS) + r"))?\s*,?\s*"
                          r"(?:(?:to|until|till|a|hasta|ate|as|aos)\s+(?:(?:las?|as|os)\s+)?|[-–]\s*)")
# A cue of when something ended or closed ('the total phase will end', 'terminará', 'polls close', 'encerrou').
_ENDING = rx.compile(r"\b(?:end|ends|ended|ending|close|closes|closed|closing|conclud\w*|finish\w*|until|till|termin\w*|"
                     r"acab\w*|conclu\w*|finaliz\w*|cierr\w*|cerr\w*|encerr\w*|fecham\w*|fechou|fechar\w*|fim|hasta|ate)\b")


def span_sides(folded: str, cands: Sequence[Candidate]) -> dict[int, tuple[str, int, int]]:
    """The times that open or close a span of time, by where each starts: ('begins' or 'ends', where the span's words
    start and end)."""
    sides: dict[int, tuple[str, int, int]] = {}
    times = [c for c in cands if not c.reason]
    for a, b in zip(times, times[1:]):
        if a.end > b.start or not _SPAN_CLOSES.fullmatch(BRACKETED.sub("", folded[a.end:b.start])):
            continue
        opens = _SPAN_OPENS.search(folded, max(0, a.start - 12), a.start)
        if opens is not None:
            sides[a.start] = ("begins", opens.start(), b.end)
            sides[b.start] = ("ends", opens.start(), b.end)
    return sides


def other_side(text: str, folded: str, c: Candidate, sides: dict[int, tuple[str, int, int]], turn: int | None,
               cue_start: int, cue_end: int) -> str:
    """Why a time is not the cue's: it is in the clause before a turn to the cue's, which has a time of its own (see
    turned_before); or it opens or closes a span, which ends there and the cue is not of an end ('de las 11:07 a las
    11:11' for the total phase), or begins there and the cue is ('the polls close' in 'open from 7 a.m. to 8 p.m.'); ''
    when it is the cue's."""
    if turn is not None and c.end <= turn:
        return f"in the clause before the cue's ('{' '.join(text[turn + 1:cue_end].split())}'), which gives its own"
    side = sides.get(c.start)
    if side is None or (side[0] == "ends") == bool(_ENDING.search(folded, cue_start, cue_end)):
        return ""
    what = "ends" if side[0] == "ends" else "begins"
    return f"where a span of time {what} ('{' '.join(text[side[1]:side[2]].split())}'), not when the cue's " + (
        "began" if what == "ends" else "ended")


# A turn to a clause of contrast: 'el fenómeno se observa desde las 9:51 hasta las 12:32, pero la fase total ... de las
# 11:07 a las 11:11'.
_BUT = rx.compile(r",\s*(?:but|however|pero|sin\s+embargo|mas|porem|no\s+entanto)\s+")


def turned_before(folded: str, cands: Sequence[Candidate], s0: int, s1: int, cue_start: int, cue_end: int) -> int | None:
    """Where a clause of contrast the cue is in, in the sentence [s0, s1), opens, when that clause holds a time of its
    own past the cue: a time before it is the earlier clause's; None when there is none."""
    turn = next(reversed(list(_BUT.finditer(folded, max(s0, cue_start - 80), cue_start))), None)  # the last before it
    if turn is None or CLAUSE_BREAK.search(folded, turn.end(), cue_start):
        return None
    end = folded.find(";", cue_end, s1)
    end = s1 if end < 0 else end
    return turn.start() if any(not c.reason and cue_end <= c.start < end for c in cands) else None


# An event that another is placed after, before or since, with its day joined to its noun ('tras las elecciones
# generales del 17 de agosto', 'after the vote of August 17'); not a day that may date both ('arrested hours after the
# Monday shootings', 'caiu após a decolagem nesta quinta-feira').
_PLACED_BY_WORDS = ("after", "following", "before", "since", "tras", "despues", "antes", "desde", "apos", "depois",
                    "posterior", "anterior")
# A time of day, which places an event on its day rather than naming another: 'antes de la medianoche del sábado'.
_PART_OF_DAY = r"(?:medianoche|mediodia|madrugada|noche|manana|tarde|midnight|noon|dawn|meia-noite|meio-dia|noite|manha)\b"
_OTHER_EVENT_OF = rx.compile(r"\b(?:(?:after|following|before|since|tras|despues\s+de|antes\s+de|desde|apos|depois\s+de)\s+"
                             r"(?:the|an?|el|la|los|las|o|a|os|as)|(?:posterior|anterior)(?:es)?\s+(?:al|a\s+la|ao|a))\s+"
                             r"(?!" + _PART_OF_DAY + r")(?:[^\W\d_]+\s+){1,3}(?:of|del|de|do|da)\s+"
                             r"(?:(?:the|el|la|o|a)\s+)?\Z"
                             # a span after or before it says the day is of the other: '12 hours after an anticipated
                             # announcement on Tuesday night'
                             r"|\b(?:" + alternation(TIME_UNITS) + r")\s+(?:after|before|tras|despues\s+de|antes\s+de|apos|"
                             r"depois\s+de)\s+(?:the|an?|el|la|los|las|o|a|os|as)\s+(?!" + _PART_OF_DAY + r")"
                             r"(?:[^\W\d_]+\s+){1,3}(?:(?:on|el|em|no|na)\s+)?\Z")
# 'Friday marks six weeks since the strike began', 'este viernes se cumplen seis semanas desde que se inició el paro'.
_MARKS_SINCE = rx.compile(r"\b(?:marks?|marked|marking|se\s+cumpl\w+|cumpl\w+|complet\w+)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:" + alternation(TIME_UNITS) + r")\s+(?:since|from|desde|de|que|do|da)\b")

# 'As of Tuesday, 15 other flood-related fatalities had been confirmed': the day a count stood so.
_COUNT_AS_OF = rx.compile(r"\bas\s+of\s+(?:(?:the|this|last|late|early)\s+)?(?:[a-z]+\s+)?\Z")
_UNTIL_WORDS = frozenset({"until", "till", "through", "thru", "hasta", "ate"})
_UNTIL = rx.compile(r"\b(?:" + alternation(_UNTIL_WORDS) + r")\s+(?:(?:the|el|la|o|a|this|last|este|esta|ese|esa|o\s+dia)\s+)?"
                    r"(?:[a-z]+\s+)?\Z")

# A purpose a subjunctive of 'poder' is in: 'para sacarlo del canal y que puedan seguir su marcha los 367 buques'.
_SUBJUNCTIVE_MAY = frozenset(SUBJUNCTIVE_MAY)
_PURPOSE_BEFORE = rx.compile(r"\b(?:para|a\s+fin\s+de|a\s+fim\s+de|de\s+modo|de\s+forma|de\s+maneira|y|e)\s+que\s+\Z")
# A verb of choosing after a word of possibility: 'could opt for', 'puede optar por', 'pode escolher entre'.
_CHOICE_AFTER = rx.compile(r"\s+(?:choose|opt|elect|escoger|elegir|optar|escolher)\b")
_DECIDE_BEFORE = rx.compile(r"\b(?:decid\w*|choos\w*|chose|escog\w*|elig\w*|elegir|escolh\w*)\s+\Z")  # '... whether'
# Between a figure and a word of UNREAL_AFTER: three words at most, then 'are' or 'were' ('500 migrants are feared', '20
# centimeters of snow is still expected to fall').
_TO_UNREAL = rx.compile(r"(?:\s+[^\W\d_]+){0,3}?(?:\s+(?:are|were|is|was|now|still|also))*\s+")


_YEAR_FIGURE = rx.compile(YEAR_FIGURE)  # 'the 2008 ban'


_RESIGNED = rx.compile(r"\s+demissao\b(?!\s+(?:de|d[oa]s?)\s+(?!cargo\b)[a-z])")  # not 'pediu demissão do ministro'


# A verb of ending right before a figure: what it ends is there already ('to end nearly four years of war', 'poner fin a
# casi cuatro años de guerra', 'encerrar quase quatro anos de invasão', 'to end the nearly four-year conflict').
_TO_END = rx.compile(r"\b(?:end|ending|ends|stop|stopping|halt|halting|terminate|conclude|poner\s+fin\s+a|por\s+fim\s+a|"
                     r"acabar\s+con|acabar\s+com|terminar|concluir|encerrar|finalizar)\s+"
                     r"(?:(?:the|el|la|los|las|o|a|os|as)\s+)?\Z")
_SPAN_IN = rx.compile(r"\b(?:" + alternation(TIME_UNITS) + r")\b")


def if_unreal(c: Candidate, spans: list[tuple[int, int]], folded: str, reach: int = 8, after: bool = False,
              hits: Sequence[tuple[int, int]] = ()) -> Candidate:
    """The candidate refused when a word of possibility, condition, wish, offer, failure or fear before it governs
    it: in the same clause, at most reach words on ('prosecutors urged jurors to sentence him to death'), not
    set off from it by a dash or a bracket ('what impact - if any - Hewlett-Packard's decision will have'), nor
    placed past 'after' with a cue of the fact, an event that happened ('Trump threatens tariffs after EU fines
    Google €2.95 billion', 'after EU's $3.45B Google fine');
    or, with after (for figures), when a fear or a 'may have' follows it closely ('Hundreds of migrants feared dead',
    '50 people may have died'), but for who fears ('ten residents feared for their lives'). A year written onto a cue
    names when the cue's thing came about, whatever is sought of it ('who sought to lift the 2008 ban')."""
    if hits and _YEAR_FIGURE.fullmatch(folded, c.start, c.end) and any(
            a > c.end and not folded[c.end:a].strip() for a, _ in hits):
        return c
    for a, b in spans:
        if after and a >= c.end and folded[a:b] in UNREAL_AFTER and _TO_UNREAL.fullmatch(folded, c.end, a) \
                and not folded.startswith(" for ", b):
            return replace(c, reason=f"not said to have happened ('{folded[c.start:b]}')")
        e = min(b, c.start) if a < c.start else b  # 'faces up to 110 years': the phrase ends in the value's hedge
        if e <= c.start and folded[a:b] not in POLL_WORDS and \
                in_clause(AGE_APPOSITIVE.sub(" ", folded[e:c.start]), reach) and not SET_OFF.search(
                folded, e, c.start):
            if compared_with(folded, a):
                continue  # 'more widespread than had been predicted, with 46 stations': what was foreseen is the measure
            if folded.startswith(" demissao", b) and _RESIGNED.match(folded, b):
                continue  # 'pediu demissão do cargo': Portuguese for resigning, no request
            if folded[a:b] in RETRACTED_WORDS:
                return replace(c, reason=f"a claim said to have been made first, and since replaced ('{folded[a:b]}')")
            if _RELATIVE_BEFORE.search(folded, max(0, a - 12), a) and (has_verb(_beyond_own_verb(folded[a:b], folded, e, c.start))
                                                                       or _REFLEXIVE_VERB.search(folded, e, c.start)):
                continue  # 'the jury that recommended his penalty found him guilty': the main verb governs it
            if folded[a:b] in _SUBJUNCTIVE_MAY and _PURPOSE_BEFORE.search(folded, max(0, a - 16), a):
                continue  # what a purpose would let happen, not what may be so of the figure
            if folded[a:b] in DEMAND_NOUNS and any(past_form(w) for w in WORD.findall(folded, b, c.start)):
                continue  # 'la propuesta de permitir bases extranjeras fue rechazada por el 60,50%': the verb of the
                # proposal's own clause governs the figure, not the proposal
            if _CHOICE_AFTER.match(folded, b) or _DECIDE_BEFORE.search(folded, max(0, a - 16), a):
                continue  # 'pode escolher um pagamento único de US$ 997,6 milhões', 'decidirá si cobrar ... $930 millones':
                # an option offered is there to take
            if hits and (since := _AFTER_EVENT.search(folded, e, c.start)) is not None and any(
                    since.end() <= h < since.end() + 60 for h, _ in hits):
                continue
            if _TO_END.search(folded, e, c.start) and _SPAN_IN.search(folded, c.start, c.end + 1):
                continue  # 'aims to end nearly four years of war', 'para poner fin a casi cuatro años de guerra': a span
                # of what is to end has run already
            if _NEW_PREDICATE.search(folded, e, c.start) or (folded[a:b] in PLAN_WORDS and _TURNED_INTO.search(
                    folded, e, c.start)) or any(past_verb(m.group(1)) for m in AND_VERB.finditer(folded, e, c.start)):
                continue  # 'was scheduled to start at 8pm and was ultimately delayed by more than an hour'; 'lo que
                # debía ser una estancia de 10 días terminó convirtiéndose en una espera de 285 días'; 'exceeded all
                # forecasts and followed a 3.8% growth rate'
            return replace(c, reason=f"not said to have happened ('{folded[a:b]}')")
    return c


def put_off(c: Candidate, plans: list[tuple[int, int]], folded: str, s1: int) -> Candidate:
    """A day a plan set, when its sentence goes on to say the plan was put off ('was scheduled for Monday night but was
    delayed', 'debía realizarse la noche del lunes pero un fallo obligó a retrasarlo', 'estava previsto para terça-feira,
    mas foi adiado'), is when it was meant to happen, not when it did."""
    for a, b in plans:
        if b <= c.start and in_clause(folded[b:c.start], 8) and (m := _PUT_OFF.search(folded, c.end, s1)):
            return replace(c, reason=f"the day it was planned for ('{folded[a:c.end]}'), then put off ('{m.group()}')")
    return c


def put_off_in(folded: str, s0: int, s1: int) -> bool:
    """A quick test: a stem of a verb of putting off is in the sentence [s0, s1)."""
    sentence = folded[s0:s1]
    return any(stem in sentence for stem in _PUT_OFF_STEMS)


# Verbs of putting a plan off (folded): postponing, delaying, cancelling; a trailing * takes any ending.
_PUT_OFF_WORDS = ("postpon*", "delayed", "delaying", "put off", "pushed back", "called off", "cancel*", "rescheduled",
                  "aplaz*", "pospus*", "pospon*", "retras*", "demorad*", "suspendid*", "adiad*", "adiou", "adiaram",
                  "remarcad*")
_PUT_OFF_STEMS = tuple(w.rstrip("*") for w in _PUT_OFF_WORDS)  # the quick test
_PUT_OFF = rx.compile(r"\b(?:" + "|".join(w.rstrip("*").replace(" ", r"\s+") + (r"\w*" if w.endswith("*") else "")
                                          for w in _PUT_OFF_WORDS) + r")\b")


def turned(c: Candidate, plans: list[tuple[int, int]], folded: str) -> Candidate:
    """A value past a verb of change after the plan ('what was supposed to be a week-long mission turned into 286
    days') is what the plan became, not the plan."""
    for _a, b in plans:
        if b <= c.start and (m := _TURNED_INTO.search(folded, b, c.start)) and in_clause(folded[m.end():c.start], 8):
            return replace(c, reason=f"what the plan turned into ('{folded[m.start():c.end]}'), not the plan")
    return c


# A predicate of its own, joined to the one a word of UNREAL opens: what it says did happen.
_NEW_PREDICATE = rx.compile(r"\b(?:and|but|y|pero|e|mas)\s+(?:(?:then|later|ultimately|finally|luego|finalmente|depois)\s+)?"
                            r"(?:was|were|has|have|had|fue|fueron|ha|han|foi|foram)\b")
_TURNED_INTO = rx.compile(r"\b(?:turned|became|ended\s+up|grew|stretched|termino|acabo|se\s+convirtio|se\s+transformo|"
                          r"se\s+transformou|virou|tornou-se|acabou|se\s+estendeu|se\s+prolongou|se\s+extendio)\b")
# A modal's own verb, past its auxiliaries: 'which could have killed hundreds' (no main verb after the clause's).
_MODALS = frozenset("could might may can podria podrian pode podem puede pueden podia podiam".split())
_MODAL_AUX = frozenset("have be been haber ser ter sido".split())


def _beyond_own_verb(word: str, folded: str, start: int, end: int) -> list[str]:
    """The words in [start, end) after a word of UNREAL; past a modal's auxiliaries and its own verb."""
    words = WORD.findall(folded, start, end)
    if word.split()[0] in _MODALS:  # 'could', 'could have'
        while words and words[0] in _MODAL_AUX:
            words = words[1:]
        words = words[1:]
    return words


_RELATIVE_BEFORE = rx.compile(r"\b(?:" + alternation(RELATIVE) + r")\s+(?:(?:se|lo|la|le|les|los|las|lhe|lhes)\s+)?\Z")
# A Spanish or Portuguese verb after a relative clause, by its clitic: 'los restos que se querían visitar se encuentran a
# unos 3.800 metros' (the main verb, not the wish, governs the figure).
_REFLEXIVE_VERB = rx.compile(r"\bse\s+[a-z]{3,}")

# A cue that is the standard of a comparison: 'longer than they had planned', 'más de lo previsto', 'bem acima do planejado'
# (not past a hedged span: 'after less than a month in office').
# What sets a thing against its standard: 'respecto a', 'em relação a', 'compared with'.
_COMPARED_TO = r"(?:con\s+)?respecto\s+(?:de|a)|en\s+comparacion\s+con|em\s+comparacao\s+com|em\s+relacao\s+a" \
    r"|comparad[oa]s?\s+co[nm]|compared\s+(?:with|to)"
_STANDARD_BEFORE = rx.compile(r"\b(?:than(?!\s+(?:a|an|one)\s+(?:month|week|year|day|hour|decade)\b)"
                              r"|de\s+lo|do\s+que|que\s+lo|acima\s+do|alem\s+do|encima\s+de\s+lo|alla\s+de\s+lo"
                              r"|" + _COMPARED_TO + r"|versus|vs"
                              # 'más que en diciembre', and what a figure is set against: 'dos más que el PS', 'menos
                              # 50.934 votos que AD', 'três deputados à frente do PS' (not 'à frente do governo', at its head)
                              # (not a hedge: 'pelo menos 323 dos que morreram', 'al menos 12 de los que')
                              r"|(?<!\bpelo\s)(?<!\bal\s)(?<!\bao\s)(?<!\blo\s)(?:mas|menos|mais)\s+(?:\d[\d.,]*\s+[a-z]+\s+)?"
                              r"(?:que|do\s+que)"
                              r"|" + A_FIGURE + r"\s+(?:[a-z]+\s+)?(?:ahead\s+of|a\s+frente\s+d[aeo]s?|por\s+delante\s+del?))"
                              r"(?:\s+(?:they|we|he|she|it|had|has|have|was|were|been|is|are|what|originally|initially|first|"
                              r"o|a|lo|que|se|fue|foi|era|estaba|estava|inicialmente|originalmente|the|el|la|los|las|os|as|al|ao|del|"
                              r"in|en|em|mes|month))*\s+\Z")

# A word of beating or outrunning and up to three words (an adverb, an article, whose forecast) before a forecast
# ('surpassing expectations', 'beating all 67 forecasts', 'superó ampliamente las previsiones', 'acima das expectativas');
# and the forecast's own figure after it ('estimates of 58,000', 'las expectativas de unos 50.000').
_BEATEN_BEFORE = rx.compile(r"\b(?:surpass\w*|beat(?:s|ing|en)?|top(?:s|ped|ping)?|exceed\w*|outpac\w*|doubl\w*|above|"
                            r"super[oa]\w*|excedi\w*|duplic\w*|acima\s+d[aeo]s?|encima\s+de)(?:\s+[\w']+){0,3}?\s+\Z")
_OWN_FIGURE_AFTER = rx.compile(r"\s+(?:of|de|del|da|do|dos|das)\s+(?:[^\W\d_]+\s+){0,2}?[-+]?\d")


def beaten(folded: str, start: int, end: int) -> bool:
    """The forecast at start..end is what a figure beat, with no figure of its own: 'added 119,000 jobs, surpassing
    expectations', 'superó las expectativas para ese mes, al registrar 119 mil' (not 'superando las expectativas de
    unos 50.000 empleos')."""
    return _BEATEN_BEFORE.search(folded, max(0, start - 50), start) is not None \
        and _OWN_FIGURE_AFTER.match(folded, end) is None


def compared_with(folded: str, start: int) -> bool:
    """The word at start is the standard of a comparison ('than they had planned', 'respecto de diciembre')."""
    before = folded[max(0, start - 40):start]
    return ("than" in before or " lo " in before or " do " in before or "respecto" in before or "compar" in before
            or "relacao" in before or " vs" in before or "versus" in before or "s que " in before and (
                "mas " in before or "menos " in before or "mais " in before) or "frente" in before
            or "ahead" in before or "delante" in before) \
        and _STANDARD_BEFORE.search(before) is not None


_WHERE_WHEN = tuple(f" {w} " for w in ("where", "when", "which", "donde", "cuando", "que", "onde", "quando", "qual"))
# A clause of place or time on the standard of a comparison, the word at its end in it: 'un aumento respecto a la
# primera vuelta, donde votó el 82%', 'up from the first round, when 82% voted', 'compared with 2019, when turnout was'.
_STANDARD_CLAUSE = rx.compile(r"\b(?:" + _COMPARED_TO + r"|up\s+from|down\s+from|than\s+(?:in|at|on|during))\s+"
                              r"(?:[\w']+\s+){0,4}?[\w']+\s*,\s*(?:where|when|in\s+which|donde|cuando|en\s+(?:el|la)\s+que|onde|quando|em\s+que|na\s+qual|no\s+qual)\s+"
                              r"(?:[\w']+\s+){0,3}\Z")


def of_the_standard(folded: str, start: int, standards: list[int]) -> bool:
    """The word at start is in a clause of place or time on the standard of a comparison, not said of what is compared;
    standards are where the words that open a standard stand in the text."""
    lo = max(0, start - 90)
    if bisect_left(standards, lo) == bisect_left(standards, start):
        return False
    before = folded[lo:start]
    return any(w in before for w in _WHERE_WHEN) and _STANDARD_CLAUSE.search(before) is not None


def ignored_in(scan: Scan, ignore: re.Pattern[str], s0: int, s1: int) -> list[tuple[int, int]]:
    """The spans of the phrases a rule ignores in the sentence [s0, s1), found once a sentence."""
    key = ("ignored", ignore.pattern, s0)
    found = scan.memo.get(key)
    if found is None:
        found = scan.memo[key] = [m.span() for m in ignore.finditer(scan.folded, s0, s1)]
    return found


_YEAR = rx.compile(r"\b" + YEAR_TEXT + r"\b")


def names_period(period, folded: str, a: int, b: int) -> bool:
    """The time phrase [a, b) names the period a fact is about: one of its words, and no year the word leaves out
    ('em janeiro' for [janeiro]; not 'desde janeiro de 2023')."""
    m = period.search(folded, a, b)
    if m is None:
        return False
    year = _YEAR.search(folded, a, b)
    return year is None or m.start() <= year.start() and year.end() <= m.end()


def opens_on(a: int, b: int, spans, folded: str) -> bool:
    """A phrase [a, b) whose first word (past 'with the') is in one of spans: 'planned to' on the cue 'planned', 'com o
    objetivo de' on 'objetivo'; not 'asking for' on 'for', nor 'if convicted' on 'convicted'."""
    lead = _WITH_THE.match(folded, a, b)
    a = lead.end() if lead else a
    first = folded.find(" ", a, b)
    return overlaps(a, b if first < 0 else first, spans)


_WITH_THE = rx.compile(r"(?:with|com|con)\s+(?:(?:the|o|a|el|la)\s+)?")


def dateline_span(scan: Scan, article: Article) -> tuple[int, int]:
    span = scan.memo.get("dateline")
    if span is None:
        at = scan.text.find(article.dateline, 0, 2000)
        span = scan.memo["dateline"] = (at, at + len(article.dateline)) if at >= 0 else (0, 0)
    return span


# A day written onto a cue as its complement: 'no acidente de domingo', 'el accidente del domingo', 'the crash on Sunday',
# "Sunday's crash"; the day of what the cue names, so that another day in its sentence is of something else: 'Mais dois
# cadáveres foram encontrados hoje ... elevando para 45 o número de mortos no acidente de domingo'.
_DAY_ONTO_CUE = rx.compile(r"\s+(?:of|on|from|de|del|do|da)\s+(?:(?:the|el|la|o|a|este|esta|last|this|past|pasado|passado)\s+)?")
_ONTO_PREPOSITIONS = (*_DAY_PREPOSITIONS, "de", "del", "do", "da")
_CUE_AFTER_DAY = rx.compile(r"(?:'|’)s\s+(?:[a-z]+\s+)?")


def _written_onto(folded: str, c: Candidate, a: int, b: int) -> bool:
    """Whether the day c is written onto the cue at [a, b) (see _DAY_ONTO_CUE)."""
    return b <= c.start and _DAY_ONTO_CUE.fullmatch(folded, b, _past_preposition(folded, c, _ONTO_PREPOSITIONS)) is not None \
        or c.end <= a and _CUE_AFTER_DAY.fullmatch(folded, c.end, a) is not None


def day_onto_cue(folded: str, cands: Sequence[Candidate], hits: Sequence[tuple[int, int]]) -> Candidate | None:
    """The sentence's day written onto one of the cues (hits), if one is."""
    return next((c for c in cands if not c.reason and any(_written_onto(folded, c, a, b) for a, b in hits)), None)
