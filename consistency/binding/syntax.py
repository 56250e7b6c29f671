"""How a sentence reads around a cue: verbs and their forms, noun phrases, appositives, relative clauses and asides,
lists, contrasts, and the stretch of a long sentence worth reading."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import rx
from ..lexicon import (
    ACCORDING,
    ADDED_AFTER,
    AFTER_NOUN_EARLIER,
    CHANGE_VERBS,
    CONJUNCTIONS,
    DEFEAT_VERBS,
    DISCLOSED,
    EARLIER_ADJECTIVES,
    ESTIMATES,
    FALL_VERBS,
    FORECAST_NOUNS,
    GIVE_VERBS,
    HAPPENED,
    INCLUDING,
    KILL_VERBS,
    MONTHS,
    OBJECT_OPENERS,
    OF_WORDS,
    PARTICIPLE_ENDINGS,
    PASS_VERBS,
    PASSIVE,
    PAST_FORMS,
    POSSESSIVES,
    PREPOSITIONS,
    PROPOSAL_NOUNS,
    REACH_VERBS,
    RELATIVES,
    SAY_VERBS,
    SPEAKING,
    STILL_WORDS,
    SURPASS_VERBS,
    TIME_UNITS,
    WEEKDAYS,
    WHILE,
    WIN_WORDS,
)
from ..normalize import Candidate
from ..normalize.numbers import ALL_NUMBER_WORDS
from ..normalize.ordinal import ORDINALS
from ..text import (
    BRACKETED,
    CLAUSE_BREAK,
    RELATIVE_AFTER_COMMA,
    SET_OFF_AGE_LEAD,
    SET_OFF_AGE_TAIL,
    UPPER,
    WORD,
    Scan,
    alternation,
    asides,
    bare_gap,
    fold,
    holds_any,
    past_form,
)

# A mark a verb of going past has as its object, the cue its noun: 'rompiendo el récord establecido una hora antes de
# 39,1 °C', 'smashing the 38.7C record' (see beaten_mark); not an adjective: 'record-breaking wind speeds of 180 km/h'.
_BEATEN = rx.compile(r"(?<!-)\b(?:" + alternation(SURPASS_VERBS) + r")\s+(?:(?:the|its|their|a|el|la|su|sus|o|seu|sua)\s+)?"
                     r"(?:[^\s,;:]+[^\S\n]+){0,3}?\Z")
_EARLIER_WORDS = EARLIER_ADJECTIVES | {"old", "former", "earlier", "prior", "antiguo", "antigo"}  # 'the old record' too
_MARK_OF = rx.compile(r"(?:\s+[^\W\d_]+){0,6}?\s+(?:of|de|do|da|del)\s+\Z")


def beaten_mark(folded: str, s0: int, cue_start: int, cue_end: int) -> tuple[int, bool]:
    """Where the verb of going past that has the cue's noun as its object starts (-1 when there is none), and whether
    the cue says the mark is an earlier one ('previous record'): if not, a figure of that noun is the mark gone past,
    not the new one; if so, a figure before the verb is what went past it, not the mark. A forecast gone past is made
    none anew (FORECAST_NOUNS): its figure stays the forecast ('superó con creces su estimación de 150 millones')."""
    m = _BEATEN.search(folded, max(s0, cue_start - 60), cue_start)
    if m is None:
        return -1, False
    words = WORD.findall(folded, cue_start, cue_end)
    if not _EARLIER_WORDS.isdisjoint(words):
        return m.start(), True
    return (-1 if not FORECAST_NOUNS.isdisjoint(words) else m.start()), False


def in_mark(folded: str, verb: int, earlier: bool, cue_start: int, cue_end: int, c: Candidate) -> bool:
    """The figure c is not the cue's, a mark gone past (see beaten_mark): of an earlier mark, one before the verb
    ('Coningsby hit 40.3C, exceeding the previous record'); of any other, one in the mark's noun phrase, between the
    verb and the cue, or after the cue, its 'of' ('the record set an hour before of 39.1 °C')."""
    if earlier:
        return c.end <= verb
    if verb <= c.start and c.end <= cue_start:
        return True
    return c.start >= cue_end and not CLAUSE_BREAK.search(folded, cue_end, c.start) \
        and _MARK_OF.fullmatch(folded, cue_end, c.start) is not None


LONG_SENTENCE = 2000  # characters; past this, only the stretch around a cue is read
# A verb of change right before the level a figure reached: 'fell to 84.5%', not 'fell 200m'; 'rose to a 3.5% annual
# pace', 'aumentó un 3,5%'.
RISEN_TO = rx.compile(r"\b(?:has|have|had)?\s*(?:(?:" + alternation(REACH_VERBS) + r")(?:\s+(?:to|a|al|para))?"
                      r"|(?:" + alternation(FALL_VERBS) + r")\s+(?:to|a|al|para))(?:\s+(?:a|an|un|um))?\s*\Z")
BREAK_IN_WORDS = rx.compile(r"[;:]|(?<!\d),|,(?!\d)")  # CLAUSE_BREAK, but not a comma in a figure ('0,2%', '2,000')
# A cue that is who gives the figure reaches it past the window, within what it says: 'The organizers of a rally on
# Sunday in Victoria Park claimed that at least 1.7 million', 'the police released a far lower estimate, saying there
# were 128,000', 'la policía indicó que en el parque se habían congregado 128.000'; and a figure before 'according to'
# the cue: 'drew more than 1.7 million people, making it one of the largest rallies, according to organisers'.
_SAYING = alternation(GIVE_VERBS)
SPEAKS = rx.compile(r"\s+(?:[a-z]+\s+)?(?:was|were|is|are|gave|put|[a-z]{3,}ed|" + alternation(DISCLOSED) + r")\b"
                    r"[^,;:]{0,80},\s*(?:saying|putting|placing|diciendo|cifrando|dizendo|adding|anadiendo|acrescentando)\b"
                    r"|,?(?:\s+(?:also|only|later|earlier|then|on\s+\w+))*\s+(?:" + _SAYING + r")\b"
                    r"|\s+(?:of|de|del|do|da|dos|das|from|in|at)\s[^,;:]{0,80}?\b(?:" + _SAYING + r")\b")
_ACCORDING_TO = rx.compile(r"\b(?:" + alternation(ACCORDING) + r")(?:\s+(?:the|el|la|los|las|o|a|os|as))?\s+\Z")
STRONG_BREAK = rx.compile(r"[;]|:(?!\d)")  # not the colon of a clock ("at around 13:00 local time")
# What opens a clause of contrast ('Milei se impuso por el 52,74% mientras que Massa...'); a plain search for each
# without its 'que' comes first, as most sentences hold none.
_CONTRASTS = ("while", "whilst", "whereas", "mientras que", "en tanto que", "enquanto", "ao passo que")
CONTRAST_WORDS = tuple(w.removesuffix(" que") for w in _CONTRASTS)
CONTRAST_ALT = alternation(_CONTRASTS)
# ... and past the cue, one that a subject follows opens the clause after the cue's: 'fue el héroe con su gol decisivo,
# mientras Ángel Di María se despidió' ('mientras' alone after a comma too); not 'killed while carrying out their duties'.
_CONTRAST_OPENS = rx.compile(r",\s*(?P<comma>mientras(?!\s+que\b))\b|\b(?P<word>" + CONTRAST_ALT + r")\b")
_SUBJECT_WORD = rx.compile(r"\s+(?:the|his|her|their|its|others?|another|some|he|she|they|el|la|los|las|su|sus|otros|otras|"
                           r"o|a|os|as|seu|sua|seus|suas|outros|outras|ele|ela|eles|elas)\b")
_SUBJECT_NAME = rx.compile(rf"\s*[{UPPER}]")  # read on the text as written


def opens_subject(scan: Scan, at: int) -> bool:
    """A subject of its own opens at at, past a contrast's word: a determiner, a pronoun or a name ('but the coronation',
    'pero la coronación'; not 'but was arrested', 'while investigating')."""
    return _SUBJECT_WORD.match(scan.folded, at) is not None or _SUBJECT_NAME.match(scan.text, at) is not None


def after_contrast(c: Candidate, ahead: re.Match[str]) -> str:
    return f"in the clause after the cue's ('{ahead.group('word') or ahead.group('comma')}')" if c.start >= ahead.end() else ""


# What opens the next step of a sequence past the cue: the places past it are where that step happened, not the cue's
# ('will meet with President Erdogan and then travel to Istanbul', 'before flying to Beirut', 'y luego viajará a',
# 'antes de seguir para Istambul'; not 'luego de', 'depois de', which tell what came first).
_SEQUEL = rx.compile(r"\b(?P<word>and\s+then|then(?![-\w])|before\s+[a-z]{3,}ing|after\s+which|(?:y|e)\s+(?:luego|despues|depois|"
                     r"em\s+seguida|entao)(?!\s+de\b)|antes\s+de\s+[a-z]{3,}r)\b")


def sequel_ahead(scan: Scan, cue_end: int, s1: int) -> re.Match[str] | None:
    """The next step of a sequence that opens past the cue, before s1 (see _SEQUEL), or None."""
    return _SEQUEL.search(scan.folded, cue_end, s1)


# A place after 'with' that a gerund follows is the subject of a phrase of its own, doing something, not where the cue
# is: 'la COP31, prevista en Antalya, con Australia presidiendo las negociaciones', 'with Australia chairing the talks',
# 'com a Austrália presidindo'.
_WITH_BEFORE = rx.compile(r"\b(?:with|con|com)\s+(?:(?:the|la|el|a|o)\s+)?\Z")
_GERUND_AFTER = rx.compile(r"\s+(?!(?:during|according|including|excluding|regarding|concerning|quando|cuando|segundo|mundo|"
                           r"fundo|comando|mando)\b)[a-z]{2,}(?:ing|ando|endo|indo)\b")  # 'presidiendo' too


def doing_place(scan: Scan, s0: int, s1: int) -> Callable[[Candidate], str] | None:
    """The test of a place, in a sentence [s0, s1) that has a 'with' or a 'con', that a gerund after it makes the
    subject of a phrase of its own ('con Australia presidiendo'); None when the sentence has neither."""
    folded = scan.folded
    if folded.find("with ", s0, s1) < 0 and folded.find("con ", s0, s1) < 0 and folded.find("com ", s0, s1) < 0:
        return None  # a look for each word, not a copy of the sentence

    def check(c: Candidate) -> str:
        doing = _GERUND_AFTER.match(scan.folded, c.end)
        if doing and _WITH_BEFORE.search(scan.folded, max(0, c.start - 12), c.start):
            return f"the subject of a phrase of its own ('{' '.join(scan.text[c.start:doing.end()].split())}')"
        return ""
    return check


# A phrase past the cue that a preposition opens on a verb of its own, or a participle after a comma: the names in it
# are that verb's, not the cue's ('sent off for pulling Marc Cucurella's hair', 'expulso por puxar o cabelo de
# Cucurella', 'detenido tras agredir a', 'the youngest champion, defeating Ding Liren', 'by beating', 'al derrotar al
# chino Ding Liren', 'ao derrotar o atual campeão Ding Liren'; not ', including', which adds to the names, nor a
# participle with no object, whose phrase tells of the cue's own ('tourists, hailing from Denmark');
# and one of whom another replaced ('nombrada a la cabeza de Petrobras en sustitución de Jean Paul Prates', 'assumiu o
# cargo de CEO após a saída de Jean Paul Prates', 'named chief executive, replacing Jean Paul Prates'). One expression,
# one pass over what follows the cue.
_NOT_GERUNDS = (r"(?!(?:some|any|no|every)thing\b|morning\b|evening\b|during\b|king\b|spring\b|wedding\b|building\b"
                r"|ceiling\b|including\b|according\b|excluding\b|regarding\b|concerning\b)")
_DOING_AFTER = rx.compile(r"(?=[abdefinprstw,])(?:,\s*(?:[a-z]{3,}ly\s+)?" + _NOT_GERUNDS + r"[a-z]{3,}ing\s+(?!(?:"
                          + alternation(PREPOSITIONS)
                          + r"|into|near|across|as|around|along)\b)(?=[^\W\d_])"
                          r"|\b(?:(?:for|after|before|while|without|by)\s+" + _NOT_GERUNDS + r"[a-z]{3,}ing"
                          r"|(?:por|tras|sin|apos|sem|al|ao|(?:despues|depois|antes)\s+de)\s+(?!(?:mar|lugar|poder|hogar|aire|mayor|menor|primer|par|taller|"
                          r"jugador|ganador|valor|amor|favor|exterior|interior|anterior|posterior|dolar|militar|popular|"
                          r"familiar|particular)\b)[a-z]{2,}(?:ar|er|ir)(?:lo|la|le|los|las|les|se)?"
                          r"|replacing|succeeding|in\s+place\s+of|in\s+succession\s+to|after\s+the\s+(?:departure|exit|ouster|"
                          r"resignation|dismissal|firing)\s+of|en\s+(?:sustitucion|reemplazo|lugar)\s+de|sustituyendo\s+a|"
                          r"reemplazando\s+a|sucediendo\s+a|tras\s+la\s+(?:salida|renuncia|destitucion)\s+de|(?:no|em)\s+lugar\s+de|"
                          r"em\s+substituicao\s+(?:a|de)|substituindo|sucedendo|apos\s+a\s+(?:saida|demissao|renuncia|queda)\s+de)\b)")

# A second predicate past the cue's own words: 'scored twice and provided an assist for Joao Pedro' (not 'captured and
# detained Maduro', where the two verbs share what follows).
AND_VERB = rx.compile(r"(?=[aey])\b(?:and|y|e)\s+([a-z]+)\b")
_AND_VERB_NEXT = rx.compile(r"\s+(?:and|y|e)\s+([a-z]+)\b")


def past_verb(word: str) -> bool:
    """A verb in the past by its form, as count's past_form reads it, and longer than four letters ('provided',
    'followed'; not 'red', 'bed', 'need')."""
    return len(word) > 4 and past_form(word)


def and_predicate(scan: Scan, cue_start: int, cue_end: int) -> re.Match[str] | bool:
    """'and' and a verb in the past right after a cue that is no verb, the last word of a predicate whose subject the
    second one shares ('exceeded all forecasts and followed'), or False: a cue that is a verb shares what follows ('rose
    and reached 57')."""
    m = _AND_VERB_NEXT.match(scan.folded, cue_end)
    if m is None or not past_verb(m.group(1)) or verb_cue(scan, cue_start, cue_end):
        return False
    return m


def _doing_after(scan: Scan, cue_end: int, s1: int) -> re.Match[str] | None:
    """The first phrase past the cue, before s1, that a preposition opens on a verb of its own, or one of whom another
    replaced, or a verb in the past joined by 'and' after words of the cue's own opens, or None."""
    doing = _DOING_AFTER.search(scan.folded, cue_end, s1)
    for m in AND_VERB.finditer(scan.folded, cue_end, doing.start() if doing else s1):
        if scan.folded[cue_end:m.start()].strip() and past_verb(m.group(1)):
            return m
    return doing


# A phrase that opens the sentence on a preposition of place, time or source, set off by a comma: 'In a letter to
# Brazilian President Luiz Inácio Lula da Silva, posted on social media, Trump condemned Bolsonaro's trial', 'Na carta
# endereçada ao presidente Lula, Trump também cita o ex-presidente Bolsonaro', 'According to his lawyer, Flores was
# also detained'. Not one that adds to the clause's names ('Along with his wife, Maduro was captured', 'Além de Maduro').
_FRONTED = rx.compile(r"[\s\"'“‘(]*(?:in|on|at|after|during|following|under|" + alternation(ACCORDING) + r"|en|tras|durante|"
                      r"na|no|nas|nos|em|apos)\s[^,;:.!?()]{1,150}?,")
# ... past a name set off after its comma, and more of a list of names: 'In a letter to the president, Lula da Silva,'.
_NAME_RUN = rf"[{UPPER}][\w'’.-]*(?:\s+(?:(?:de|da|do|dos|das|del|la)\s+)?[{UPPER}][\w'’.-]*){{0,4}}"  # 'Lula da Silva'
_NAME_SET_OFF = rx.compile(r"\s*(?:(?:and|y|e)\s+)?" + _NAME_RUN + r"\s*,")


def fronted_end(scan: Scan, s0: int, s1: int) -> int:
    """Where a phrase that opens the sentence at s0 (see _FRONTED) ends, at its comma, or 0: the names on its two sides
    are of two clauses."""
    key = ("fronted", s0)
    end = scan.memo.get(key)
    if end is None:
        m = _FRONTED.match(scan.folded, s0, s1)
        end = m.end() if m else 0
        while end and (name := _NAME_SET_OFF.match(scan.text, end, s1)):
            end = name.end()
        scan.memo[key] = end
    return end


def participial_aside(scan: Scan, s0: int, cue_start: int, cue_end: int, s1: int) -> tuple[int, int] | None:
    """The aside set off by commas that a participle opens, when the cue is in it, from its opening comma to past its
    closing one, or None: 'Una carta firmada por Trump, dirigida a Lula da Silva, exige detener el juicio contra
    Bolsonaro', 'The letter, addressed to Lula, attacked Bolsonaro's trial'. The names past it are of the clause it
    breaks into."""
    opens = scan.folded.rfind(",", s0, cue_start)
    closes = scan.folded.find(",", cue_end, s1)
    if opens < 0 or closes < 0:
        return None
    first = WORD.search(scan.folded, opens, cue_end)
    if first is None or not (first.group().endswith(PARTICIPLE_ENDINGS) and len(first.group()) > 4):
        return None
    return (opens, closes + 1) if _noun_phrase(WORD.findall(scan.folded, opens, closes)) else None


# A name set off by a comma right after the cue, past a word or two of it, and ending where its phrase does: who the
# cue is ('attacking Lula over the prosecution of his predecessor, Jair Bolsonaro, the Guardian reports', 'uma carta ao
# presidente brasileiro, Luiz Inácio Lula da Silva, alegando'); not a name that a verb follows ('his arrest, Trump said').
_SET_OFF_NAME = rx.compile(rf"(?:\s+[^\W\d_{UPPER}][\w-]*){{0,2}}?\s*,\s*" + _NAME_RUN + r"\s*(?:[,;.(]|\s[—–]|\Z)")


# A name the copy says it is not, or is in place of: 'Not Trump, but Venezuelan opposition leader wins', 'Machado, not
# Trump, won', 'It wasn't Trump', 'No fue Trump, sino Machado', 'Não foi Trump, mas Machado', 'instead of Trump', 'em
# vez de Trump'. Not 'no' alone, which is 'in the' in Portuguese ('no Brasil'), nor 'not only', which adds.
_NOT = frozenset({"not", "nao"})
_NO = frozenset({"no", "nao"})
_NOT_BE = frozenset("fue es era sera seria foi e".split())  # after those: 'no fue', 'não foi', 'não será'
_A = frozenset("a an un una um uma".split())  # an indefinite article between: 'NOT an annual fee', 'y no una tasa anual'
_IN_PLACE_OF = frozenset({("instead", "of"), ("rather", "than"), ("vez", "de"), ("inves", "de")})  # 'em vez de'
_WORD_RUN = rx.compile(r"[^\s\"“”«»]+")  # a word past the quotes around it: '"no es una tasa anual"'
# How the words before such a name end: most names have none of these before them, and are let go at once.
_NOT_ENDS = ("not", "nao", "n't", "n’t", " of", "than", " de", "fue", " es", "era", "sera", "foi", " e", "the", " el",
             " la", " o", " a", " an", " un", " una", " um", " uma")
_A_ENDS = (" a", " an", " un", " una", " um", " uma")


def _not_name(scan: Scan, s0: int, start: int) -> str:
    """The words before a name at start that say it is not the one (see _NOT), as written, or ''; past an indefinite
    article, the noun the name describes may stand between ('no es una tasa anual')."""
    lo = max(s0, start - 30)
    near = scan.folded[lo:start].rstrip()
    if not near.endswith(_NOT_ENDS) and not near.rpartition(" ")[0].endswith(_A_ENDS):
        return ""
    words = [(m.start(), m.group()) for m in _WORD_RUN.finditer(scan.folded, lo, start)]
    if len(words) > 1 and words[-2][1] in _A and words[-1][1].isalpha():
        words.pop()  # 'y no una tasa anual': the noun 'anual' describes
    indefinite = bool(words) and words[-1][1] in _A
    if words and (words[-1][1] in THE or indefinite):
        words.pop()
    if not words:
        return ""
    last = words[-1][1]
    if last in _NOT or last.endswith(("n't", "n’t")) or indefinite and last == "no":  # 'y no una tasa anual'
        return scan.text[words[-1][0]:start]
    if len(words) > 1 and ((words[-2][1], last) in _IN_PLACE_OF or words[-2][1] in _NO and last in _NOT_BE):
        return scan.text[words[-2][0]:start]
    if len(words) > 3 and last == "de" and words[-2][1] == "trata" and words[-3][1] == "se" and words[-4][1] in _NO:
        return scan.text[words[-4][0]:start]  # 'no se trata de un pago anual'
    return ""


# A relative clause on a thing in lower case past the cue: its names are what the clause tells of that thing ('dentro del
# Grupo H en el Mundial 2026 del próximo verano que organizarán Estados Unidos, Canadá y México', 'no Grupo K do
# Mundial2026 de futebol, que vai decorrer nos Estados Unidos'); not one on a letter or a name ('Group K, which includes').
_RELATIVE_ON_THING = rx.compile(r"\b[a-zà-öø-ÿ]{3,}[^\S\n]*,[^\S\n]*(?:que|which|onde|donde|where|(?:en|em)[^\S\n]+que)"
                                r"[^\S\n]|\b(?:del|do|da|de[^\S\n]+la|of[^\S\n]+the)[^\S\n]+(?:[a-zà-öø-ÿ]+[^\S\n]+){0,3}?"
                                r"[a-zà-öø-ÿ]{3,}[^\S\n]+que[^\S\n]")  # (matched on the text as written: a name is no thing)
_RELATIVE_WORDS = (" que ", " which ", " onde ", " donde ", " where ")  # looked for first, in the folded text
# A name alone in brackets right after another: where or what that one is ('Houston (Estados Unidos)', 'Guadalajara
# (México)').
_GLOSS_OPEN = rx.compile(r"[A-Z][\w'’.-]*[^\S\n]*\([^\S\n]*\Z")
_GLOSS_CLOSE = rx.compile(r"[^\S\n]*\)")
# The names listed after a noun in lower case and 'of' or 'de': the owners of that noun, no names in their own right ('los
# mandatarios de Estados Unidos, México y Canadá', 'the leaders of the United States, Mexico and Canada').
_NAMES_RUN = r"[A-Z][\w'’.-]*(?:[^\S\n]+[A-Z][\w'’.-]*)*"  # capitalised words in a row: one name
_OWNER_LIST = rx.compile(r"\b(?P<noun>[a-z]{3,})[^\S\n]+(?:of|de|do|da|dos|das|del)[^\S\n]+(?:(?:the|los|las|o|a|os|as)[^\S\n]+)?"
                         r"(?:" + _NAMES_RUN + r"[^\S\n]*,[^\S\n]*)*"
                         r"(?:" + _NAMES_RUN + r"[^\S\n]+(?:and|y|e|&)[^\S\n]+)?\Z")


# A list's name and the next one: 'México y Canadá', 'Mexico, Canada'.
_LIST_GOES_ON = rx.compile(_NAMES_RUN + r"(?:[^\S\n]*,[^\S\n]*|[^\S\n]+(?:and|y|e|&)[^\S\n]+)[A-Z]")
# Nouns that make a preposition with 'of' or 'de', or take a part or a sum of what follows: 'ao lado de Marrocos', 'junto
# a', 'en medio de', 'in front of', 'instead of', 'part of', 'one of', 'each of', 'the rest of'.
_NOT_OWNED = frozenset("""lado frente cerca junto traves medio meio parte manos maos dentro fuera fora delante detras encima
    alrededor vez lugar caminho camino companhia compania front instead ahead because out part side behalf one each most many
    some all both any none rest pair trio list total""".split())


# What leads from a name to the role it takes: 'as', 'como' and up to five words, or 'to the', 'a la', 'ao' and up to four
# ('as defence minister', 'como ministro de Estado y de las Armadas', 'to the Defense post'; not 'to pursue pirates'),
# or a comma that sets the role off right after the name ('La renuncia de Richard Hughes, al frente de la Oficina').
_AS_ROLE = rx.compile(r"\s+(?:(?:as|como)\s+(?:[^\W\d_]+\s+){0,5}|(?:to\s+the|a\s+la|ao)\s+(?:[^\W\d_]+\s+){0,4})"
                      r"|\s*,\s*(?:(?:the|el|la|o|a)\s+)?")


def owner_before(scan: Scan, s0: int, start: int) -> re.Match[str] | None:
    """The noun in lower case a name at start is listed as an owner of, after 'of' or 'de' (see _OWNER_LIST), or None."""
    lo = max(s0, start - 120)
    if not scan.text[start:start + 1].isupper() or not any(w in scan.folded[lo:start] for w in (" of ", " de", " do", " da")):
        return None
    m = _OWNER_LIST.search(scan.text, lo, start)
    if m is not None and scan.text[:start].rstrip().endswith(",") and not _LIST_GOES_ON.match(scan.text, start):
        return None  # 'El ministro de Seguridad Nacional, Itamar Ben-Gvir, de extrema derecha': a name set off after a
        # title, no list's middle ('de Estados Unidos, México y Canadá')
    return None if m is None or m.group("noun") in _NOT_OWNED else m


# A clause of 'with' and a subject of its own that a gerund has, after a comma: 'Matsushita took the silver medal, with
# Carson Foster taking the bronze', ', con Foster llevándose el bronce'. A name in it past a cue is its subject, not
# the cue's; a cue in it takes no name before it ('a coronation for Marchand, with Japan's silver medalist Tomoyuki
# Matsushita ... never threatening').
_WITH_ABSOLUTE = rx.compile(r",\s*(?:with|con|com)\s+(?:(?:the|el|la|o|a)\s+)?(?:[^\W\d_][\w'’-]*\s+){0,6}?\Z")
_GERUND = rx.compile(r"\s+(?:never\s+|not\s+|no\s+|nunca\s+|nao\s+)?" + _NOT_GERUNDS
                     + r"(?:[a-z]{3,}ing|[a-z]{3,}(?:ando|endo|indo)(?:lo|la|le|los|las|les|se)?)\b")


# A verb of giving as the cue, then 'to' and a name a few words on: who was given it ('was first presented to Ukrainian
# Defense Minister Rustem Umarov', 'Driscoll presented the plan to Zelensky', 'entregó a Zelenski el plan'); a fact of
# who received it has 'to' in its cue.
_GIVEN_TO = rx.compile(r"(?:presented|presents|present|delivered|delivers|deliver|handed|hands|hand|sent|sends|gave|"
                       r"gives|given|submitted|entrego|entregado|entregada|entregou|entregaram|entregaron|presento|"
                       r"presentado|presentada|apresentou|apresentado|apresentada|envio|enviado|enviou)"
                       r"(?:\s+[^\W\d_]+){0,3}?\s+(?P<to>to|a|al|ao|a\s+los|aos)\s+(?:[^\W\d_]+\s+){0,4}")


def names_around(scan: Scan, s0: int, cue_start: int, cue_end: int, s1: int, ahead: re.Match[str] | None,
                 cands: list[Candidate] = (), places: bool = False):
    """The test of a name against the sentence around the cue: a phrase opening the sentence, set off by a comma,
    between them when the cue's side names one of cands too (see _FRONTED; 'Following his capture, Maduro and his
    wife were flown to New York' has the name it is about past its comma); before the cue, a name set off right after
    it, who the cue is (see _SET_OFF_NAME); past it, a contrast that opens a clause of its own, or a phrase of another
    verb (see _doing_after). Each is looked for only once a name it bears on is tested."""
    unsought = object()
    doing = set_off = beaten = winning = relative = absolute = placing = unsought  # beaten: found with winning
    fronted = fronted_end(scan, s0, s1)
    if fronted and (cue_start < fronted < cue_end or not any(
            not c.reason and (c.end <= fronted if cue_end <= fronted else c.start >= fronted) for c in cands)):
        fronted = 0
    span = None if fronted >= cue_end else participial_aside(scan, s0, cue_start, cue_end, s1)
    # an aside that names no one parts nothing: 'Maduro, captured on Saturday, was flown to New York'
    aside = span[1] if span and any(not c.reason and span[0] < c.end and c.start < span[1] for c in cands) else 0

    def check(c: Candidate) -> str:
        nonlocal doing, set_off, beaten, winning, relative, absolute, placing
        if no := _not_name(scan, s0, c.start):
            return f"a name the copy says it is not ('{' '.join((no + scan.text[c.start:c.end]).split())}')"
        if placing is unsought:  # only for a fact with a cue of a place (see placing_cue)
            placing = placed_for_cue(scan, s0, s1, cue_start, cue_end, cands) if places else None
        if placing is not None and (why := placing(c)) != "":
            return why or ""  # None: the name the cue's place is given to
        if scan.text[max(s0, c.start - 3):c.start].rstrip().endswith("(") and _GLOSS_CLOSE.match(scan.text, c.end) \
                and _GLOSS_OPEN.search(scan.text, max(s0, c.start - 40), c.start):
            return f"a gloss of the name before it ('{' '.join(scan.text[max(s0, c.start - 20):c.end + 1].split())}')"
        if (owner := owner_before(scan, s0, c.start)) is not None and not cue_start <= owner.start() < cue_end \
                and not _AS_ROLE.fullmatch(scan.folded, c.end, cue_start):
            # (not one the cue is said to be of after 'as': 'the appointment of Bruno Le Maire as defence minister',
            # 'el regreso de Bruno Le Maire como ministro de Estado y de las Armadas', 'his return to the Defense post';
            # nor one set off right after the name: 'La renuncia de Richard Hughes, al frente de la Oficina')
            return f"the owner of another thing ('{' '.join(scan.text[owner.start():c.end].split())}')"
        if fronted and (c.start >= fronted >= cue_end or c.end <= fronted <= cue_start):
            return f"across the phrase that opens the sentence ('{' '.join(scan.text[s0:fronted].split())}')"
        if aside and c.start >= aside:
            return f"past the aside the cue is in ('{' '.join(scan.text[cue_start:aside].split())}')"
        if winning is unsought:
            winning = winning_cue(scan, cue_start, cue_end)
            # of any other cue, who one ended ahead of, past the cue: 'took home silver in 4:08.62, just .04 ahead of
            # Carson Foster' (not silver)
            if winning:
                beaten = _beaten(scan, s0, cue_end, s1, winning)
            else:
                beaten = _beaten(scan, cue_end, cue_end, s1, "") if "ahead" in scan.folded[cue_end:s1] else ()
        if any(a <= c.start < b for a, b in beaten):
            return f"the side its sentence says was beaten ('{' '.join(scan.text[c.start:c.end].split())}')"
        if winning and (behind := behind_winner(_placings_of(scan, s0, s1, cands), c.value)) is not None:
            return f"placed behind the winner ('{' '.join(scan.text[behind[0]:behind[1]].split())}')"
        if winning and (placed := placed_after(scan, c.end)) >= 0:
            return f"placed behind the winner ('{' '.join(scan.text[c.start:placed].split())}')"
        if winning and (given := given_lesser(scan, s0, c.start)) >= 0:
            return f"placed behind the winner ('{' '.join(scan.text[given:c.end].split())}')"
        if winning and c.end <= cue_start and (owned := owner_of_other(scan, c.end, cue_start)) >= 0:
            return f"the owner of something else ('{' '.join(scan.text[c.start:owned].split())}')"
        if c.end <= cue_start:
            if absolute is unsought:
                absolute = _WITH_ABSOLUTE.search(scan.folded, max(s0, cue_start - 60), cue_start)
            if absolute is not None and c.end <= absolute.start() \
                    and _GERUND.search(scan.folded, absolute.end(), min(s1, absolute.end() + 160)):
                return f"outside the clause of 'with' the cue is in ('{' '.join(scan.text[c.start:absolute.end()].split())}')"
            if relative is unsought:
                relative = IN_RELATIVE.search(scan.folded, max(s0, cue_start - 120), cue_start)
            if relative is not None and (outside := before_relative(scan, relative, c.end)) >= 0:
                return f"outside the relative clause the cue is in ('{' '.join(scan.text[c.start:outside].split())}')"
        if c.start < cue_end:
            if c.end > cue_start:
                return ""
            if set_off is unsought:
                set_off = _SET_OFF_NAME.match(scan.text, cue_end, s1)
            return "" if set_off is None else \
                f"before the cue, which names the one set off after it ('{' '.join(scan.text[cue_start:set_off.end()].split())}')"
        if (to := _GIVEN_TO.fullmatch(scan.folded, cue_start, c.start)) is not None and to.start("to") >= cue_end:
            return f"who it was given to ('{' '.join(scan.text[to.start('to'):c.end].split())}'), not who gave it"
        if _GERUND.match(scan.folded, c.end) \
                and (with_ := _WITH_ABSOLUTE.search(scan.folded, max(cue_end, c.start - 40), c.start)) is not None:
            return f"the subject of a clause of 'with' past the cue ('{' '.join(scan.text[with_.start():c.end].split())}')"
        if doing is unsought:
            doing = _doing_after(scan, cue_end, ahead.start() if ahead else s1)
        if doing is not None and c.start >= doing.end():
            return f"in a phrase of another verb past the cue ('{' '.join(scan.text[doing.start():doing.end()].split())}')"
        if any(w in scan.folded[cue_end:c.start] for w in _RELATIVE_WORDS) \
                and (rel := _RELATIVE_ON_THING.search(scan.text, cue_end, c.start)) is not None:
            return f"in a relative clause on another thing past the cue ('{' '.join(scan.text[rel.start():rel.end()].split())}')"
        return "" if ahead is None else after_contrast(c, ahead)

    return check


# The side a cue of winning says was beaten: the object of a verb of beating in the active voice ('beat Borussia
# Dortmund', 'venció 2-0 a Borussia Dortmund', 'ao vencer o Borussia Dortmund', 'venceu, este sábado, o Borussia
# Dortmund'; not 'was beaten by', which leads to the winner), or a side after a word of winning and 'over', 'against'
# or their like ('a 2-0 victory over Borussia Dortmund', 'ganó al Dortmund', 'ganhou do Dortmund', 'wins 100m gold in
# photo finish over Jamaica's Thompson'), or one ended ahead of ('just five thousandths of a second ahead of Thompson'); up
# to the end of the clause, a conjunction that opens another, or a preposition that opens a phrase of its own ('Suíça
# vence festival com The Code, de Nemo': what one wins with, and whose); a figure in brackets is the side's ('winning
# over world leader (9.77) Thompson').
# Not 'a', an English article too: 'won a 2-0 victory over'.
_BEATEN_OPENS = rx.compile(r"(?:[\s,]+[\w'’-]+){0,5}?[\s,]+(?:over|against|sobre|ante|contra|al|ao|do|da)\s")
# Who one ended ahead of: 'five thousandths of a second ahead of Thompson', 'por delante del jamaicano', 'à frente de'.
_AHEAD_OF = rx.compile(r"\b(?:ahead\s+of|in\s+front\s+of|por\s+delante\s+del?|a\s+frente\s+d[eoa]s?)\s")
_BEATEN_ENDS = rx.compile(r"[;:.!?()]|\s(?:and|y|e|but|pero|mas|" + alternation(WHILE) + r"|with|for|by|from|of|com|con|de|"
                          r"del|do|da|dos|das|por|para)\s")


def _beaten(scan: Scan, s0: int, cue_end: int, s1: int, last: str) -> list[tuple[int, int]]:
    """Where a side beaten stands in the sentence [s0, s1) of a cue of winning or beating ending at cue_end on the word
    last (see above): past every verb of beating in it, and past the cue's 'over'."""
    folded = scan.folded
    starts = []
    for m in WORD.finditer(folded, s0, s1):
        if m.group() in DEFEAT_VERBS and not PASSIVE.intersection(folded[max(s0, m.start() - 12):m.start()].split()[-1:]):
            starts.append(m.end())  # not 'was beaten by', which leads to the winner
    if last in WIN_WORDS and (m := _BEATEN_OPENS.match(folded, cue_end, s1)) is not None \
            and not _BEATEN_ENDS.search(folded, cue_end, m.end()):
        starts.append(m.end())
    if folded.find("ahead", s0, s1) >= 0 or folded.find("frente", s0, s1) >= 0 or folded.find("delante", s0, s1) >= 0:
        starts.extend(m.end() for m in _AHEAD_OF.finditer(folded, s0 + 1, s1))  # not 'Ahead of the final,', a time
    spans = []
    for start in starts:
        end = _BEATEN_ENDS.search(folded, start, s1)
        while end is not None and end.group() == "(" and 0 <= (close := folded.find(")", end.end(), end.end() + 16)):
            end = _BEATEN_ENDS.search(folded, close + 1, s1)  # of the side: 'world leader (9.77) Thompson'
        end = end.start() if end else s1
        verb = next((m.start() for m in WORD.finditer(folded, start, end) if scan.text[m.start()].islower() and (
            m.group() in PAST_FORMS or m.group() in PASSIVE or len(m.group()) > 4 and m.group().endswith("ed"))), end)
        spans.append((start, verb))  # not the subject of the verb after the side beaten: 'made Real Madrid champions'
    return spans


# A place other than first right after a name: 'Esteban Ocon em segundo', 'Ocon (2.º)', 'Lando Norris Finishes Sixth',
# 'Norris, who started from pole, finished only sixth' is too far; 'Ocon in second place'. So is a medal other than gold
# ('Fred Kerley won bronze', 'Thompson settling for the silver', 'Kishane Thompson é prata'), and a margin behind
# ('Kishane Thompson clocked five-thousandths of a second behind'); past the name's side ('Fred Kerley of the U.S. came
# in third place', 'Fred Kerley (EUA) fez 9,81s e ficou com o bronze' is too far).
_PLACED = rx.compile(r"(?:[^\S\n]*\([^\S\n]*(?P<d>\d{1,2})[^\S\n]?(?:\.?[ºª°o]|st|nd|rd|th)?[^\S\n]*\)|[^\S\n]*,?[^\S\n]+"
                     r"(?:(?:finish(?:ed|es|ing)?|came|ended|was|is|fue|foi|terminou|termino|acabou|acabo|finalizo|quedo|ficou|chegou|"
                     r"chegando)[^\S\n]+(?:(?:only|apenas|solo|just)[^\S\n]+)?)?(?:(?:in|em|en|na|no|de)[^\S\n]+)?"
                     r"(?:(?:the|el|la|o|a)[^\S\n]+)?(?:(?P<n>\d{1,2})(?:st|nd|rd|th|\.?[ºª°])|(?P<w>" + alternation(ORDINALS)
                     + r"))\b)")
_SIDE = rx.compile(r"[^\S\n]+(?:of|from)[^\S\n]+(?:the[^\S\n]+)?[a-z.]+(?=[^\S\n])|[^\S\n]*\([^()\n]{1,20}\)")
_LESSER_MEDAL = rx.compile(r",?[^\S\n]+(?:won|wins|win|took|takes|claimed|claims|grabbed|earned|secured|settled[^\S\n]+for|"
                           r"settling[^\S\n]+for|took[^\S\n]+home|was|is|gano|se[^\S\n]+llevo|se[^\S\n]+quedo[^\S\n]+con|"
                           r"se[^\S\n]+colgo|fue|es|foi|e|ficou[^\S\n]+com|conquistou|levou|ganhou)[^\S\n]+"
                           r"(?:(?:the|la|el|a|o)[^\S\n]+)?(?:medalla[^\S\n]+de[^\S\n]+|medalha[^\S\n]+de[^\S\n]+)?"
                           r"(?:silver|bronze|plata|bronce|prata)\b")
_BEHIND = rx.compile(r"[^,;:.!?()\n]{0,40}?\b(?:seconds?|thousandths?|hundredths?|tenths?|segundos?|milesim[ao]s|centesim[ao]s|"
                     r"decim[ao]s|points?|puntos|pontos|laps?|vueltas|voltas|strokes|golpes|minutes?|minutos|lengths?)"
                     r"[^\S\n]+(?:behind|back|detras|atras|later|despues|depois)\b")


# A name in the possessive before a noun in lower case, with up to two words more: what it owns. (Who a participle after
# the cue's comma acts on is _DOING_AFTER's: 'to claim victory, severely damaging Lando Norris's hopes'.)
_OWNS = rx.compile(r"(?:'s|’s|'|’)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+){0,2}[a-z][\w-]*")


def owner_of_other(scan: Scan, end: int, cue_start: int) -> int:
    """Where the noun phrase that a name ending at end, before a cue of winning at cue_start, owns ends, when the cue is
    no part of that phrase: the name only owns a thing ('dealt a blow to Lando Norris' world championship hopes by
    racing from 17th to win'; not "Verstappen's remarkable win", nor past the cue: 'The victory extends Verstappen's
    lead'); -1 when it is not so."""
    m = _OWNS.match(scan.text, end)
    return -1 if m is None or cue_start < m.end() + 1 else m.end()


# A title held before the event the copy tells of, not won in it: 'Defending champion Lamont Marcell Jacobs', 'the
# defending Olympic gold medalist', 'a previous world champion', 'el ex-campeón', 'Tokyo 2021 Olympic champion' (a year
# before the article's), 'atual campeão olímpico em Tóquio 2020', 'campeón mundial hace dos años', 'champion two years ago'.
_HELD_BEFORE = rx.compile(r"\b(?:(?:defending|reigning|former|previous|vigente|defensor|antiguo|antigo|ex)\s+|ex-)"
                          r"(?:[a-z-]+\s+){0,2}\Z")
_YEAR_BEFORE = rx.compile(r"\b((?:19|20)\d\d)\s+(?:[a-z-]+\s+){0,2}\Z")
_HELD_AFTER = rx.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:hace\s+\S+\s+anos|ha\s+\S+\s+anos|\S+\s+years?\s+ago|"
                         r"(?:in|at|en|em|de)\s+[a-z]+[\s-]?(?P<year>(?:19|20)\d\d))\b")
# A word of winning that a conditional governs, unreal: 'If the race had been 99 metres, Thompson would have been
# celebrating a fourth Jamaican men's 100m win', 'Thompson would be wearing the gold medal', 'habría ganado', 'teria
# vencido'; not 'would go on to win', 'would later win', a narrative's.
_WOULD_BEFORE = rx.compile(r"\b(?:would|habria|habrian|hubiera|hubieran|teria|teriam)\s+(?!go\s+on\b|later\b|eventually\b)"
                           r"(?:[\w'’-]+\s+){0,8}\Z")


def held_or_unreal(scan: Scan, s0: int, cue_start: int, cue_end: int, year: int | None) -> str:
    """Why a cue of winning tells of no win in the event: a title held before it, or a win a conditional governs (see
    _HELD_BEFORE, _WOULD_BEFORE), as written; or ''."""
    folded = scan.folded
    lo = max(s0, cue_start - 60)
    if (m := _HELD_BEFORE.search(folded, lo, cue_start)) is not None or year and (
            (m := _YEAR_BEFORE.search(folded, lo, cue_start)) is not None and int(m.group(1)) < year):
        return f"a title held before ('{' '.join(scan.text[m.start():cue_end].split())}')"
    if (m := _HELD_AFTER.match(folded, cue_end)) is not None and (not m.group("year") or year and int(m.group("year")) < year):
        return f"a title held before ('{' '.join(scan.text[cue_start:m.end()].split())}')"
    if (m := _WOULD_BEFORE.search(folded, max(s0, cue_start - 90), cue_start)) is not None:
        return f"not said to have happened ('{' '.join(scan.text[m.start():cue_end].split())}')"
    return ""


# A place in a results list: an ordinal with a noun of placing ('first runner-up', 'segundo lugar', 'tercera
# posición', '2º lugar'), one standing alone before a stop or a word that gives it a name ('(3º)', 'em terceiro.',
# 'tercero para Venezuela', 'o terceiro, com a Miss Venezuela'), or 'runner-up' alone, which is second. Folded.
_PLACING = rx.compile(r"\b(?:(?P<ord>\d{1,2}(?:st|nd|rd|th|\.?[ºª°])|" + alternation(ORDINALS) + r")(?:\s+(?:runner[- ]?ups?|"
                      r"places?|lugar(?:es)?|puestos?|posicion|posicao|finalista|colocad[oa]|posto)\b|(?=\s*[),.;:]|"
                      r"\s+(?:para|con|com|for)\b))|runner[- ]?up\b)")
# Between a place and the one it is given to, after it: a colon or a dash, then no more than a few words, none a
# conjunction ('first runner-up Miss Thailand', 'El segundo lugar fue para la tailandesa', '2° lugar: Tailandia').
_GIVEN_PLACE = rx.compile(r"\s*(?:[:–—-]\s*)?(?:[^\W\d]+\s+){0,8}")
# Between one and the place given to it after its name: a comma or a bracket, asides of an age or of a few words
# (', 29, da Índia,', ', representante del país anfitrión,'), and no more than a few words ('Praveenar Singh named',
# 'Tailandia, quedó como', 'que ficou em').
_TAKEN_PLACE = rx.compile(r"(?:\s*,\s*(?:\d{1,3}|(?:[^\W\d]+\s+){0,4}[^\W\d]+)(?=\s*,))*\s*[,(]?"
                          r"\s*(?:[^\W\d]+\s+){0,6}")


def placings(scan: Scan, s0: int, s1: int, cands: list[Candidate]) -> list[tuple[int, int, int, int, object]]:
    """The places of a results list in [s0, s1) (see _PLACING), each with where its ordinal starts (-1 for
    'runner-up'), its rank (a runner-up or a finalist one below the ordinal: 'first runner-up' is second) and the value
    of the name it is given to, or None: the name right after it (see _GIVEN_PLACE), else the one right before it (see
    _TAKEN_PLACE), no other name between; of cands, the names a fact may take."""
    out = []
    names = [c for c in cands if not c.reason]
    for m in _PLACING.finditer(scan.folded, s0, s1):
        given = None
        after = next((c for c in names if c.start >= m.end()), None)
        if after is not None and (glue := _GIVEN_PLACE.fullmatch(scan.folded, m.end(), after.start)) is not None \
                and not CONJUNCTIONS.intersection(glue.group().split()) and not _PLACING.search(glue.group()):
            given = after.value
        before = None if given is not None else next((c for c in reversed(names) if c.end <= m.start()), None)
        if before is not None and (glue := _TAKEN_PLACE.fullmatch(scan.folded, before.end, m.start())) is not None \
                and not CONJUNCTIONS.intersection(glue.group().split()) and not any(w in glue.group() for w in WHILE):
            given = before.value
        ordinal = m.group("ord")
        rank = (ORDINALS[ordinal] if ordinal in ORDINALS else int(_FIGURES.match(ordinal).group())) if ordinal else 1
        rank += _BEHIND_ORDINAL.search(scan.folded, m.start(), m.end()) is not None
        out.append((m.start(), m.end(), m.start("ord") if ordinal else -1, rank, given))
    return out


_BEHIND_ORDINAL = rx.compile(r"runner|finalista")  # nouns of a place one below their ordinal
_FIGURES = rx.compile(r"\d+")


def behind_winner(places: list[tuple[int, int, int, int, object]], value: object) -> tuple[int, int] | None:
    """Where the place other than first that a name of value is given stands (see placings), or None."""
    return next(((start, end) for start, end, _, rank, given in places if given == value and rank > 1), None)


_PLACE_WORDS = frozenset("place places lugar lugares puesto puestos posicion posicao finalista colocado colocada posto".split())


def placing_cue(cue: str) -> bool:
    """Whether a cue as written may be, or end, a place in a results list (see _PLACING): an ordinal, a figure or a
    noun of placing in it ('first runner-up', 'segundo lugar', '2° lugar', 'runner-up')."""
    return any(w in ORDINALS or w[:1].isdigit() or w in _PLACE_WORDS or w.startswith("runner")
               for w in fold(cue).replace("*", " ").split())


def _placings_of(scan: Scan, s0: int, s1: int, cands: list[Candidate]) -> list[tuple[int, int, int, int, object]]:
    """placings, once a sentence."""
    places = scan.memo.get(("placings", s0, id(cands)))  # of a fact's names: another's may be others
    if places is None:
        places = scan.memo["placings", s0, id(cands)] = placings(scan, s0, s1, cands)
    return places


def placed_for_cue(scan: Scan, s0: int, s1: int, cue_start: int, cue_end: int, cands: list[Candidate]) -> Callable[
        [Candidate], str | None] | None:
    """The test of a name for a cue that is a place in a results list (see placings), or None when it is none: a cue
    inside a place whose ordinal it leaves out is of that place ('runner-up' in 'second runner-up'); the place given to
    a name is its only one ('first runner-up Miss Thailand Praveenar Singh, second runner-up Miss Venezuela Stephany
    Abasali'), and that name is the cue's whatever else stands between (the test gives None: 'La representante de
    Tailandia fue anunciada como primera finalista'); a name given another place is not at this one ('Veena Praveenar
    de Tailandia, en segundo lugar, y la venezolana Stephany Abasaly, en la tercera posición')."""
    places = _placings_of(scan, s0, s1, cands)
    own = next((p for p in places if p[0] < cue_end and cue_start < p[1]), None)
    if own is None:
        return None
    said = " ".join(scan.text[own[0]:own[1]].split())
    if own[2] >= 0 and not cue_start <= own[2] < cue_end:
        why = f"a cue inside another place ('{said}')"
        return lambda c: why
    if own[4] is not None:
        return lambda c: None if c.value == own[4] else f"not the one given that place ('{said}')"
    elsewhere = {p[4]: p for p in places if p[4] is not None}

    def check(c: Candidate) -> str:
        p = elsewhere.get(c.value)
        return "" if p is None else f"given another place ('{' '.join(scan.text[p[0]:p[1]].split())}')"
    return check


def winning_cue(scan: Scan, cue_start: int, cue_end: int) -> str:
    """The last word of the cue at [cue_start, cue_end) when it is a word of winning or beating, or ''."""
    words = scan.folded[cue_start:cue_end].split()
    return words[-1] if words and (words[-1] in WIN_WORDS or words[-1] in DEFEAT_VERBS) else ""


# A medal other than gold given to a name after it: 'o bronze ficou para Fred Kerley', 'the bronze went to Fred Kerley',
# 'El bronce quedó en manos de Fred Kerley'.
_LESSER_BEFORE = rx.compile(r"\b(?:silver|bronze|plata|bronce|prata)(?:\s+medal)?\s+(?:went\s+to|ficou\s+(?:para|com)|fue\s+para|"
                            r"quedo\s+(?:para|en\s+manos\s+de)|para)\s+(?:(?:the|el|la|o|a)\s+)?(?:[a-z-]+\s+){0,2}\Z")


def given_lesser(scan: Scan, s0: int, start: int) -> int:
    """Where the words that give a name at start a medal other than gold open (see _LESSER_BEFORE), or -1."""
    m = _LESSER_BEFORE.search(scan.folded, max(s0, start - 60), start)
    return -1 if m is None else m.start()


def placed_after(scan: Scan, end: int) -> int:
    """Where the place other than first right after a name ending at end stands: of a cue of winning, the name did not
    win ('Alpine duo Esteban Ocon em segundo e Pierre Gasly em terceiro'); -1 when it is not so."""
    side = _SIDE.match(scan.folded, end)
    for at in (end, side.end()) if side else (end,):
        if (m := _LESSER_MEDAL.match(scan.folded, at) or _BEHIND.match(scan.folded, at)) is not None:
            return m.end()
        m = _PLACED.match(scan.folded, at)
        if m is not None and (int(m.group("d") or m.group("n") or 0) or ORDINALS.get(m.group("w") or "", 0)) > 1:
            return m.end()
    return -1


# Between a name and the relative clause a cue is in: no more than other names joined to the one the clause hangs on
# ('Maduro and his wife, who were captured'), or that one's bracket or side ('Lando Norris (McLaren), quien', 'Lando
# Norris de McLaren, quien').
_JOINED_ONLY = frozenset(CONJUNCTIONS | OBJECT_OPENERS | POSSESSIVES | OF_WORDS)


def before_relative(scan: Scan, opened: re.Match[str], end: int) -> int:
    """Where the relative clause a cue is in opens (opened: IN_RELATIVE's match up to the cue), when a name ending at
    end stands before it and is not what it hangs on: the clause tells of that other ('aventaja por 62 puntos a Norris,
    quien ganó la carrera esprint' is no win of the one who leads); -1 when it is not so."""
    if opened.start() < end:
        return -1
    gap = BRACKETED.sub(" ", scan.text[end:opened.start()])
    if all(w[0].isupper() or fold(w) in _JOINED_ONLY for w in WORD.findall(gap)):
        return -1
    return opened.start()


def contrast_ahead(scan: Scan, s0: int, cue_end: int, s1: int) -> re.Match[str] | None:
    """The contrast past the cue, in [s0, s1), that opens a clause of its own (see _CONTRAST_OPENS), or None."""
    if not holds_any(scan, "contrasts", CONTRAST_WORDS):
        return None
    key = ("contrasts", s0, s1)
    opens = scan.memo.get(key)
    if opens is None:  # once a sentence: those that open a clause with a subject, in order
        opens = scan.memo[key] = [] if not any(scan.folded.find(w, s0, s1) >= 0 for w in CONTRAST_WORDS) else [
            m for m in _CONTRAST_OPENS.finditer(scan.folded, s0, s1)
            if _SUBJECT_WORD.match(scan.folded, m.end()) or _SUBJECT_NAME.match(scan.text, m.end())]
    for m in opens:
        if m.start() >= cue_end:
            return m
    return None


def _opened_by(words: tuple[str, ...]) -> re.Pattern[str]:
    """What ends inside a clause that one of words opens after a comma, with no comma nor end of sentence since, but
    those of an aside right after the word ('Steve Witkoff, quien, según medios estadounidenses, habría elaborado')."""
    return rx.compile(r",\s*(?:" + alternation(words) + r")\b(?:\s*,[^,;:.!?]{1,60},)?(?:[^,;:.!?]|\.(?!\s))*\Z")


# A cue inside a relative clause: 'A polícia, cujos números são mais baixos do que as estimativas dos organizadores';
# and with one that says where: 'A Bolsa de tecnologia Nasdaq, onde as ações da CrowdStrike são negociadas, subia 0,05%'.
IN_RELATIVE = _opened_by(RELATIVES)
_IN_CLAUSE = _opened_by(RELATIVES + ("where", "onde", "donde", "en donde", "in which", "en el que", "en la que", "em que",
                                     "no qual", "na qual"))
_IN_APPOSITIVE = rx.compile(r",\s*(?:a|an|the|un|una|um|uma)\s+((?:[^\W\d_]+\s+){0,8})")  # ', a key barometer of'
# Past an age set off by commas ('Jerry Ortiz, 35,', 'el soberano, de 74 años,', 'the king, aged 74,').
CLAUSE_CLOSE = rx.compile(r"(?:[^,;:]|,\s*" + SET_OFF_AGE_LEAD + r"\d{1,3}" + SET_OFF_AGE_TAIL + r"\s*(?=,))*,")


def in_relative(folded: str, s0: int, at: int) -> bool:
    """What stands at at is inside a relative clause set off by a comma, opened in the 120 characters before it."""
    return IN_RELATIVE.search(folded, max(s0, at - 120), at) is not None


def _of_proposal(words: list[str]) -> bool:
    """Whether the words before a relative clause end on a noun phrase headed by a proposal, a question or a measure
    put to a vote, which the clause fills with what it is (no verb after the noun): 'La única interrogante
    correspondiente a la consulta popular'."""
    for i in range(len(words) - 1, -1, -1):
        if words[i] in PROPOSAL_NOUNS:
            return verbless(words[i + 1:])
    return False


def relative_close(folded: str, s0: int, s1: int, cue_start: int, cue_end: int) -> int:
    """Where the relative clause or the appositive set off by commas that holds the cue closes (past its comma), or 0:
    what follows is said of what the clause is about, not of the cue ('the PCE index, a key barometer of inflation and
    consumer spending, rose 2.8%')."""
    opened = _IN_CLAUSE.search(folded, max(s0, cue_start - 120), cue_start)
    if opened is None and not (
            (comma := folded.rfind(",", max(s0, cue_start - 80), cue_start)) >= 0
            and (m := _IN_APPOSITIVE.fullmatch(folded, comma, cue_start)) and verbless(m.group(1).split())):
        return 0
    if opened is not None and _of_proposal(WORD.findall(folded, max(s0, opened.start() - 60, folded.rfind(
            ",", s0, opened.start()) + 1), opened.start())):
        # 'La tercera propuesta, que planteaba disminuir el número de asambleístas, fue rechazada por un 53.48 %': a
        # clause on a proposal or a question says what it is, so what is said of it is said of the cue
        return 0
    m = CLAUSE_CLOSE.match(folded, cue_end, s1)
    if m and _FROM_TO_AFTER.match(folded, m.end()):
        return 0  # 'que reviu as previsões este ano, dos 1% estimados em março para 1,5%': the change is the clause's
    return m.end() if m else 0


# A change from one figure to another that a comma sets after a clause, still the clause's.
_FROM_TO_AFTER = rx.compile(r"\s*(?:from|de|dos|das|del|desde)\s+[-+−]?\d[^,;.]{0,40}?\s(?:to|para|a|al|hasta|ate)\s+[-+−]?\d")


def says_later(folded: str, s0: int, s1: int, cue_start: int, cue_end: int) -> bool:
    """The cue may be who gives a figure later in its sentence: a verb of saying follows it (see SPEAKS), and it is
    not inside a relative clause ('A polícia, cujos números são mais baixos do que os dos organizadores, disse')."""
    return SPEAKS.match(bare_gap(folded, cue_end, min(s1, cue_end + 400), relatives=True)) is not None and \
        not in_relative(folded, s0, cue_start)


# A cue that is who tells: the subject of a verb of telling or estimating ('Os sobreviventes estimam que', 'survivors
# said there were'), one whose testimonies or accounts tell ('Survivors' testimonies relayed by Greek media suggested
# that'), or one in a phrase of source that opens the sentence or a clause ('Según los testimonios de los rescatados,',
# 'Baseadas nos relatos dos sobreviventes,', 'Citing testimonies from survivors,').
_TELLS = alternation(SPEAKING | frozenset(ESTIMATES) | {"suggested", "suggests", "indicated", "indicate", "indicates"})
_TOLD_AFTER = rx.compile(r"(?:'s?)?(?:\s+(?!(?:were|was|are|is|have|has|had)\b)[^\W\d_]+)?\s+(?:(?:have|had|has|also)\s+)?"
                         r"(?:" + _TELLS + r")\b(?!\s+to\b)"
                         r"|'s?\s+(?:testimon[a-z]*|accounts?)\b[^,;:]{0,60}?\b(?:" + _TELLS + r")\b")
_SOURCE_OPENS = rx.compile(r"\b(?:" + alternation(ACCORDING) + r"|based\s+on|base?ad[oa]s?\s+(?:en|em|n[oa]s?)"
                           r"|co[nm]\s+base\s+(?:en|em|n[oa]s?))\s+(?:[^\W\d_]+\s+){0,5}\Z")
_SOURCE_STEMS = ("accord", "citing", "segun", "conforme", "base", "basad", "acuerdo", "acordo")  # a quick test first
_SOURCE_CLOSES = rx.compile(r"(?:\s+[^\W\d_]+){0,6}?\s*,")


def told_by(folded: str, s0: int, s1: int, cue_start: int, cue_end: int) -> int:
    """Where what the cue tells begins, when the cue is who tells it (see _TOLD_AFTER, _SOURCE_OPENS): a figure past
    there counts something the cue speaks of, not what the cue names. 0 when the cue tells nothing."""
    said = _TOLD_AFTER.match(folded, cue_end, s1)
    if said is not None:
        return said.end()
    lead = folded[max(s0, cue_start - 60):cue_start]
    source = _SOURCE_OPENS.search(folded, max(s0, cue_start - 60), cue_start) if any(w in lead for w in _SOURCE_STEMS) else None
    if source is None:
        return 0
    before = folded[s0:source.start()]
    if (not before.strip(" \"'“‘(") or before.rstrip().endswith(",")) and (shut := _SOURCE_CLOSES.match(folded, cue_end, s1)):
        return shut.end()
    return 0


# A question the cue is in: a figure before it does not count what the cue names ('no one knows how many people were on
# board', 'no está claro cuántas personas viajaban a bordo', 'não se sabe quantas pessoas estavam a bordo').
_ASKS = rx.compile(r"\b(?:how\s+many|how\s+much|cuantos|cuantas|quantos|quantas)\b")


def asked_before(folded: str, s0: int, cue_start: int, reach: int = 120) -> int:
    """Where the last question word before the cue in its sentence, at most reach characters back, opens, or -1."""
    found = -1
    for m in _ASKS.finditer(folded, max(s0, cue_start - reach), cue_start):
        found = m.start()
    return found


# What a subject does, right after it: a verb in the past or the imperfect, or one of being ('no one aboard was
# wearing', 'nenhuma pessoa a bordo usava', 'ninguno a bordo llevaba').
_IMPERFECT_ENDS = ("ava", "avam", "aba", "aban")


def acts_after(scan: Scan, cue_start: int, cue_end: int) -> bool:
    """A verb right after the cue, itself no verb: the cue is a word of the subject's, and the verb says what it did."""
    m = WORD.match(scan.folded, cue_end + 1) if scan.folded[cue_end:cue_end + 1] == " " else None
    if m is None or verb_cue(scan, cue_start, cue_end):
        return False
    word = m.group()
    return word in PASSIVE or past_form(word) or has_verb([word]) or len(word) > 4 and word.endswith(_IMPERFECT_ENDS)


# Lists read in turn: 'The numbers of survivors and dead remain unchanged: 104 and 78 respectively', 'murieron y
# resultaron heridas 12 y 40 personas, respectivamente'.
_RESPECTIVELY = rx.compile(r"\b(?:respectively|respectivamente)\b")
_JOINER = r"(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"  # what joins two items of a list
_LIST_JOIN = rx.compile(r"\s*" + _JOINER)
_LIST_END = rx.compile(r"\s*(?:%|[^\W\d_]+)?\s*,?\s*")  # '12 y 40 personas, respectivamente'
_LIST_ITEM = rx.compile(_JOINER + r"(?:[^\W\d_]+\s+)?[^\W\d_]+")  # one or two words


def in_turn(folded: str, cue_end: int, s1: int, figures: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """When the sentence reads two lists in turn ('respectively'): the figures of the list before that word, in order;
    None when there is no such list past the cue."""
    r = _RESPECTIVELY.search(folded, cue_end, s1)
    if r is None:
        return None
    run: list[tuple[int, int]] = []
    for a, b in reversed([f for f in figures if cue_end <= f[0] and f[1] <= r.start()]):
        gap = folded[b:run[0][0] if run else r.start()]
        if run and not _LIST_JOIN.fullmatch(gap) or not run and not _LIST_END.fullmatch(gap):
            break
        run.insert(0, (a, b))
    return run if len(run) >= 2 else None


def respective(folded: str, cue_end: int, run: list[tuple[int, int]]) -> int | None:
    """The place from its end, in a list of figures read in turn (see in_turn), of the item the cue ends, counted in
    the list of names it ends (one or two words an item, joined by commas or 'and'); None when it is past the list."""
    after, at = 0, cue_end
    while (m := _LIST_ITEM.match(folded, at)) is not None and m.end() <= run[0][0]:
        after, at = after + 1, m.end()
    return after if after < len(run) else None


def credited_to(folded: str, s0: int, cue_start: int) -> bool:
    """A figure before the cue is credited to it: 'according to organisers', 'según la policía'."""
    return not in_relative(folded, s0, cue_start) and \
        _ACCORDING_TO.search(folded, max(s0, cue_start - 30), cue_start) is not None


_DASH_TEXT = r"[—–]|\s-\s"  # a dash that sets words off: an en or em dash, or a hyphen with spaces
SET_OFF = rx.compile(r"[()\[\]]|" + _DASH_TEXT)  # a dash or a bracket: what stands on one side does not govern the other
ASIDE = "in an aside (between dashes or brackets) that the cue is not in"


def sentence_asides(scan: Scan, s0: int, s1: int) -> list[tuple[int, int]]:
    """The sentence's asides (see text.asides), found once for every fact and cue that asks."""
    spans = scan.memo.get(("asides", s0, s1))
    if spans is None:
        spans = scan.memo[("asides", s0, s1)] = asides(scan.folded, s0, s1)
    return spans


# A span added to another: what a truce or a term is extended by ('extend the truce by one day', 'se extenderá 2 días
# más', 'extenderse un día por cada 10', 'estender a suspensão por mais dois dias', 'another two days').
_EXTEND = r"(?:extend|extends|extended|extending|extendera|extenderse|extenderla|prolong\w*|prorrog\w*|estend\w*|ampli\w*)"
_SPAN_ADDED_BEFORE = rx.compile(r"(?:\b" + _EXTEND + r"(?:\s+(?!(?:to|a|al|para|hasta|ate)\b)[a-z-]+){0,4}?\s+(?:by|por|en|em)"
                                r"(?:\s+mais)?|\b" + _EXTEND + r"|\b(?:another|an\s+additional|an\s+extra|mais|otros|otras|"
                                r"outros|outras))\s+\Z")
_SPAN_ADDED_AFTER = rx.compile(r"\s+(?:a\s+)?(?:more|mas|mais)\b(?!\s+(?:tarde|than|que|do\s+que|de|del|da|do)\b)")
# How far a time was moved, no span: 'moved the return flight up a day', 'brought forward by two days', 'adelantó un día el
# regreso', 'antecipou o retorno em um dia'.
_SHIFTED_BEFORE = rx.compile(r"\b(?:(?:moved?|moves|moving|brought|bring|brings|bringing|pushed|push|pushes|pushing)"
                             r"(?:\s+[a-z-]+){0,4}?\s+(?:up|forward|back|ahead)(?:\s+by)?"
                             r"|(?:adelant|antecip|adiant)[a-z]*(?:\s+(?!dentro\b)[a-z-]+){0,3}?(?:\s+(?:en|em|por))?)"
                             r"\s+\Z")
_BOUND = ("ate ", "hasta ", "up to ")  # 'eleições antecipadas em até 100 dias': a bound, no shift


def added_span(folded: str, c: Candidate, cue_start: int) -> str:
    """Why a span is what another is extended by, or how far a time was moved ('moved the return flight up a day'),
    unless the words open on the fact's cue (a fact on the extension, whose cue is 'extended'); the thing extended
    ('extend the truce by one day') is no such cue."""
    added = _SPAN_ADDED_BEFORE.search(folded, max(0, c.start - 60), c.start) or _SPAN_ADDED_AFTER.match(folded, c.end)
    shifted = None if added is not None or folded.startswith(_BOUND, c.start) else \
        _SHIFTED_BEFORE.search(folded, max(0, c.start - 60), c.start)
    found = added or shifted
    if found is None or cue_start == found.start() + len(found.group()) - len(found.group().lstrip()):
        return ""
    words = folded[min(c.start, found.start()):max(c.end, found.end())].strip()
    return f"added to another span ('{words}')" if added is not None else f"how far a time was moved ('{words}'), no span"


def inside_longer(x: int, y: int, p: int, q: int) -> bool:
    """The span x..y lies inside p..q, which is longer: a cue inside another's longer one ('duelo' in 'día nacional de
    duelo', 'terremoto' in 'segundo terremoto')."""
    return p <= x and y <= q and q - p > y - x


def score_aside(scan: Scan, s0: int, s1: int, cue_start: int, cue_end: int):
    """For a score, a test that refuses one in an aside the cue is not in ('in the shoot-out of the final (3-3, 4-2 on
    penalties)': the 3-3 is the match's), unless the aside opens right after the cue as its gloss ('nos penáltis
    (4-2)'); None when the sentence has no aside."""
    spans = sentence_asides(scan, s0, s1)
    if not spans:
        return None
    cue_in = next((sp for sp in spans if sp[0] <= cue_start < sp[1]), None)
    gloss = next((sp for sp in spans if sp[0] >= cue_end and not scan.folded[cue_end:sp[0]].strip(" ,")), None)

    def check(c: Candidate) -> str:
        inside = next((sp for sp in spans if sp[0] <= c.start < sp[1]), None)
        return "" if inside == cue_in or inside == gloss else ASIDE

    return check


AND = frozenset({"and", "or", "y", "e", "ou"})
_PLUS = frozenset({"plus", "mas", "mais", "ademas", "alem"})  # 'plus', 'más', 'además de': added to the figure before
_BESIDES = frozenset({"ademas", "alem"})  # 'además de', 'além de': in addition to
THE = frozenset("the el la los las o a os as".split())  # the definite articles
_NOT_PLUS_BEFORE = THE | {"lo"}  # 'la más baja', 'lo más': a superlative
_NOT_PLUS_AFTER = frozenset("de que than do da del".split())  # 'más de 40', 'mais do que': a comparison


def names_cue_after(words: list[str]) -> bool:
    """Words after 'and' that open the cue's noun phrase: an article or a possessive and up to two words that name
    what the cue is, no verb among them ('28,6% y la fuerza Chega', '28.6% and the far-right Chega', 'twelve boys
    aged 11 to 16 and their soccer coach')."""
    return 1 < len(words) <= 3 and (words[0] in THE or words[0] in POSSESSIVES) and not has_verb(words[1:])


def adds_to(gap: list[str]) -> bool:
    """A word of adding among the words between a figure and the cue ('€100m plus add-ons', '103 millones más
    bonificaciones'), not of a superlative or a comparison ('la más baja de la era Milei', 'más de 40')."""
    return any(w in _PLUS and (i == 0 or gap[i - 1] not in _NOT_PLUS_BEFORE)
               and (i + 1 == len(gap) or gap[i + 1] not in _NOT_PLUS_AFTER or w in _BESIDES) for i, w in enumerate(gap))


def in_clause(gap: str, reach: int) -> bool:
    """The text between a phrase and a value keeps them in one clause: no comma (but one inside a figure: '2,000'),
    semicolon, colon or dash set off by spaces ('running mate on the 2022 ticket – 26 years'), and at most reach
    words."""
    return not BREAK_IN_WORDS.search(gap) and not DASH.search(gap) and len(WORD.findall(gap)) <= reach


DASH = rx.compile(_DASH_TEXT)


def in_appositive(folded: str, s0: int, a: int) -> bool:
    """A phrase of time at a that stands in an appositive, a noun phrase set off by commas after the subject's ('Gen.
    Braga Netto, his running mate in 2022, received 26 years'): it dates the noun, not what the clause says."""
    comma = folded.rfind(",", s0, a)
    if comma < 0 or _BREAKS_PHRASE.search(folded, comma, a):  # 'QUETTA, May 17 (Wire) - In January,': a dateline
        return False
    head, inner = WORD.findall(folded, s0, comma), WORD.findall(folded, comma, a)
    # no verb, though a word in -ing may describe a noun there ('running mate', 'acting president')
    return 0 < len(head) <= 6 and head[0] not in PREPOSITIONS and not has_verb(head) \
        and not has_verb([w for w in inner if not w.endswith("ing")])


_BREAKS_PHRASE = rx.compile(r"[:;]|" + SET_OFF.pattern)
# A cue named as the one before: 'its prior range', 'the previous record', 'an earlier cut', 'el rango anterior', 'la faixa
# anterior', 'o limite prévio', and a role someone held before: 'ex-ministro da Defesa', 'who previously served as
# Defence Minister', 'formerly'.
_FORMER_BEFORE = rx.compile(r"\b(?:prior|previous|former|preceding|anterior|(?:an|the|its|their|his|her)\s+earlier"
                            r"|previously\s+(?:served\s+as|was)|formerly)\s+\Z|\bex(?:-|\s+)\Z")
_FORMER_AFTER = rx.compile(r"\s+(?:" + alternation(AFTER_NOUN_EARLIER) + r")\b")
_FORMER_AFTER_OPENS = (" anterior", " previ")
_FORMER_ENDS = ("formerly ", "ex-", "ex ")


def named_former(folded: str, cue_start: int, cue_end: int) -> bool:
    """The cue in [cue_start, cue_end) is named as the one before (see _FORMER_BEFORE, _FORMER_AFTER). Every word of
    _FORMER_BEFORE ends in 'r', 's', 'g', or is 'formerly', 'ex-' or 'ex ': a quick test first."""
    last = folded[cue_start - 2:cue_start - 1]
    if (last in ("r", "s", "g") or last in ("y", "x") and folded.endswith(_FORMER_ENDS, 0, cue_start)) and \
            _FORMER_BEFORE.search(folded, max(0, cue_start - 24), cue_start):
        return True
    return folded.startswith(_FORMER_AFTER_OPENS, cue_end) and _FORMER_AFTER.match(folded, cue_end) is not None


_IRREGULAR_VERBS = frozenset("""told shot hit saw met left struck found beat took gave fought stole held led ran sent
    kept lost won said says tells hits kills shoots burst broke""".split())
DETERMINERS = frozenset("a an the his her their its my our your this that".split())
RELATIVE = frozenset(r.split()[-1] for r in RELATIVES) | {"that"}  # as single words


def has_verb(words: list[str]) -> bool:
    """A verb among words, by its ending or as a common irregular past ('killed', 'shooting', 'told'); not
    after a determiner, where such a word describes a noun ('an armed 16-year-old')."""
    return any((w in _IRREGULAR_VERBS or (len(w) > 4 and w.endswith(("ed", "ing"))))
               and not (i and words[i - 1] in DETERMINERS) for i, w in enumerate(words))


# The words that end a verb phrase before a participle or adjective cue, when its subject is the figure before:
# '32 bodies have been identified', '370 people have been reported missing', '300 remain missing', '33 han sido
# identificadas', 'cem pessoas continuam desaparecidas'.
AUXILIARIES = PASSIVE | STILL_WORDS | frozenset("""have has had remain remains remained reported confirmed officially
    han ha habian siguen permanecen permanece permanecian estan estaban estao estavam continuam seguem permanecem
    permaneciam""".split())


def subject_of_cue(folded: str, end: int, cue_start: int) -> bool:
    """The figure ending at end is the subject of the cue: a noun phrase of a few words (no verb, figure, comma or
    conjunction in it) and a verb's auxiliaries run from it to the cue."""
    last = folded[max(end, cue_start - 14):cue_start].split()  # most gaps end on no auxiliary: tell that first
    if not last or last[-1] not in AUXILIARIES or CLAUSE_BREAK.search(folded, end, cue_start):
        return False
    words = WORD.findall(folded, end, cue_start)
    if len(words) > 6:
        return False
    i = len(words)
    while i and words[i - 1] in AUXILIARIES:
        i -= 1
    noun = words[:i]
    return len(noun) <= 3 and not has_verb(noun) and AND.isdisjoint(noun) and RELATIVE.isdisjoint(noun) \
        and not any(w[0].isdigit() or w in ALL_NUMBER_WORDS for w in noun)


# A conjunction that opens a clause of its own: a figure right after it is that clause's subject ('injured when two
# trains collided', 'heridos tras dos explosiones'), not what the cue before it names.
SUBORDINATORS = ("when", "while", "after", "before", "until", "cuando", "mientras", "tras", "quando", "enquanto", "apos",
                 "depois que", "antes que", "despues de que")


def occurrences(text: str, words) -> list[int]:
    """Where each of words stands in text."""
    found = []
    for w in words:
        at = text.find(w)
        while at >= 0:
            found.append(at)
            at = text.find(w, at + 1)
    return found


def after_preposition(head: list[str]) -> bool:
    """Words between an age's noun and a cue noun put the cue in a phrase of its own, one a preposition opens after the
    age's noun, the cue right after it or after a determiner: 'a 15-year-old boy by a policeman', 'the 10-year-old
    daughter of the victim' (not 'a 59-year-old mother of two died')."""
    at = next((i for i, w in enumerate(head) if i and w in PREPOSITIONS), None)
    return at is not None and (at == len(head) - 1 or head[-1] in DETERMINERS) and not has_verb(head[at + 1:])


INCLUDING_AT = r",\s*(?:" + alternation(INCLUDING) + r")\b"  # ', including', ', entre ellos'


def object_of(scan: Scan, cue_start: int, cue_end: int) -> str:
    """The opening of the object of a verb of killing that is the cue, when one follows it at once: an article, a
    possessive or a pronoun ('killing a mother'), a figure or a name ('killed 12', 'shot Horton'), not a time ('killed
    the day after', 'killed Saturday'). '' when there is none."""
    if scan.folded[cue_start:cue_end] not in KILL_VERBS:
        return ""
    words = [(m.group(), m.start()) for _, m in zip(range(2), WORD.finditer(scan.text, cue_end, cue_end + 60))]
    if not words or scan.text[cue_end:words[0][1]].strip():
        return ""
    first = fold(words[0][0])
    after = fold(words[1][0]) if len(words) > 1 else ""
    if first == "and" and after in KILL_VERBS:  # 'officers shot and killed a 16-year-old'
        return object_of(scan, words[1][1], words[1][1] + len(words[1][0]))
    if first in OBJECT_OPENERS:
        timely = after in TIME_UNITS or after in WEEKDAYS or after in MONTHS or after in _TIMES_OF_DAY
        return "" if timely else f"{first} {after}".strip()
    if first[0].isdigit():  # 'killed 12', 'shot 16-year-old Kimani Gray' (not 'killed 2 years ago')
        return first if after not in TIME_UNITS or _AGED_OBJECT.match(scan.folded, words[0][1] + len(first)) else ""
    if words[0][0][0].isupper() and first not in WEEKDAYS and first not in MONTHS:
        return words[0][0]
    return ""


_AGED_OBJECT = rx.compile(r"-years?-old\s+[a-z]")
_TIMES_OF_DAY = frozenset("morning afternoon evening weekend manana tarde noche madrugada manha".split())

# Words that open a clause of their own, where a day after them is no longer the cue's verb's.
_CLAUSE_OPENERS = RELATIVE | frozenset("where when while whereas after before since donde cuando mientras tras desde onde "
                                       "quando enquanto apos antes".split())
# Verbs by no ending: auxiliaries and modals ('it will carry the BlackBerry Q10, and registration will begin on April 29';
# not 'do' nor 'esta', the Portuguese 'of the' and the Spanish 'this').
AUX_OR_MODAL = PASSIVE | frozenset("""has have had will would can could may might shall should must does did era eran ha han
    sera seran va van estao serao vai vao tem""".split())

# What leads to a day: the words a gap ends on before it ('on', 'na', 'el', 'this').
_TO_A_DAY = frozenset("on in at this last past el la en este esta pasado no na em neste nesta nesse nessa desta deste "
                      "dia day".split())


def verb_cue(scan: Scan, cue_start: int, cue_end: int) -> bool:
    """The cue is a verb by its form, read as count's past_form reads it ('declared', 'died', 'anunciaram', 'declaró'),
    or a participle ('declarado'); kept: a cue reaches several days."""
    key = ("verb cue", cue_start, cue_end)
    found = scan.memo.get(key)
    if found is None:
        words = WORD.findall(scan.text, cue_start, cue_end)  # as written: 'declaró'
        found = scan.memo[key] = bool(words) and (
            has_verb([w.lower() for w in words]) or past_form(words[-1]) or fold(words[-1]).endswith(PARTICIPLE_ENDINGS))
    return found


# Verbs after a subject that say what it is, how many, or what it told, not what it did to a thing: 'deaths included 32
# Cubans', 'the toll rose to 30 people', 'the blast killed 12 people' (their object is the toll).
_NOT_DOING = PASSIVE | AUX_OR_MODAL | KILL_VERBS | frozenset(REACH_VERBS + PASS_VERBS + FALL_VERBS + CHANGE_VERBS + GIVE_VERBS) \
    | frozenset("included includes numbered totaled totalled comprised incluyo incluyeron incluiu incluiram".split())
# What may stand between a subject and its verb: an adverb, a clitic ('los ladrones se llevaron').
BEFORE_VERB = frozenset("then also later allegedly reportedly apparently quickly se".split())


def acted_on(scan: Scan, cue_start: int, cue_end: int) -> int:
    """Where the verb ends that the cue, a noun, is the subject of, when it is a verb of doing in the past: a figure
    after it in its clause counts what was done to ('the robbers allegedly stole nine pieces', 'Os ladrões roubaram
    nove joias'), not those the cue names. 0 when there is none."""
    if verb_cue(scan, cue_start, cue_end):
        return 0
    at = cue_end
    for _, m in zip(range(3), WORD.finditer(scan.text, cue_end, cue_end + 40)):
        if scan.text[at:m.start()].strip():
            return 0  # 'the thieves, believed to be': an aside, no verb of theirs
        word, at = fold(m.group()), m.end()
        if word in _NOT_DOING:
            return 0
        if past_form(m.group()):
            return at
        if word not in BEFORE_VERB and not word.endswith(("ly", "mente")):
            return 0
    return 0


# Words right before a cue that say it has not happened, or is still to happen, to what the figure counts: '10 victims
# have yet to be identified', 'have not been identified', 'quedan 20 por rescatar', '83 cuerpos sin identificar',
# '83 ainda estão por identificar', 'aún no han sido identificadas', 'ainda não foram identificados', '18 permanecen sin
# ser identificados', 'without being identified'. Before a verb's participle or infinitive only; 'no murió nadie' is a
# count of none, read as such elsewhere.
_PENDING = rx.compile(r"(?:\b(?:yet|still|remain|remains|remained)\s+to\s+be|\bnot\s+yet(?:\s+been)?"
                      r"|\b(?:have|has|had|were|was|are|is|be|been|being|could|can|will|would)\s+not(?:\s+yet)?"
                      r"(?:\s+(?:been|be))?|\bnever\s+been|\bcannot\s+be"
                      r"|\b(?:haven|hasn|hadn|weren|wasn|aren|isn|couldn|can)'?t(?:\s+yet)?(?:\s+(?:been|be))?"
                      r"|\b(?:sin|sem|por)\s+(?:ser|estar|haber\s+sido|ter\s+sido)|\bwithout\s+(?:being|having\s+been)"
                      r"|\b(?:por|sin|sem)|\b(?:no|nao)(?:\s+(?:han|ha|habian|habia|fueron|fue|estan|estaban|foram|foi|"
                      r"tinham|tinha|estao|estavam|sao|son|seran|serao))?(?:\s+(?:sido|estado))?)\s+\Z")
_PENDING_LAST = frozenset("""be been being ser estar yet not por sin sem no nao sido estado han ha habian habia fueron fue
    estan estaban foram foi tinham tinha estao estavam sao son seran serao""".split())
_INFINITIVE_ENDS = ("ar", "er", "ir")


def pending_cue(scan: Scan, cue_start: int, cue_end: int) -> str:
    """The words right before a cue, a participle or an infinitive, that say it has not happened yet to what a
    figure near it counts, or "" (see _PENDING): 'por', 'sin', 'sem' only before an infinitive ('muertos por el
    derrumbe' is no such cue), 'no', 'nao' alone only before a participle."""
    before = scan.folded[max(0, cue_start - 40):cue_start]
    last = before.rsplit(None, 1)[-1] if before.strip() else ""
    if last not in _PENDING_LAST and not last.endswith(("n't", "n\u2019t")) and last != "cannot":
        return ""
    m = _PENDING.search(before)
    if m is None:
        return ""
    words = WORD.findall(scan.folded, cue_start, cue_end)
    cue = words[-1] if words else ""
    if last in ("por", "sin", "sem"):
        return m.group().strip() if cue.endswith(_INFINITIVE_ENDS) and len(cue) > 4 else ""
    if last in ("no", "nao") and not cue.endswith(PARTICIPLE_ENDINGS):
        return ""
    return m.group().strip() if verb_cue(scan, cue_start, cue_end) or cue.endswith(_INFINITIVE_ENDS) else ""


# 'and' alone between a cue and a figure after it; and verbs of still being so that no ending shows (besides 'is',
# 'are' and the like, which AUX_OR_MODAL holds).
AND_ONLY = rx.compile(r",?\s+(and|y|e)\s+")
_CLAUSE_AND = rx.compile(r",?\s+(?:and|y|e|" + alternation(WHILE) + r")\s+")
_CLAUSE_COMMA = rx.compile(r",\s+")
_WORD_NEXT = rx.compile(r"\s+[^\W\d_]")
_STILL_VERBS = frozenset("""remain remains siguen seguem continuan continuam permanecen permanecem quedan ficam estan
    estao""".split())


# A figure set after the cue by a comma or 'and', and then a place or a time of its own with the verb left out, opens a
# clause of its own that repeats the cue's: '26 murieron en el sitio y 10 más en hospitales', '26 personas fallecidas
# en el lugar, 5 en hospitales', 'two died at the scene and three more on the way to hospital'. Not 'en total'.
_GAPPED_GAP = rx.compile(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|(?:and|y|e)\s+)")
_GAPPED_AFTER = rx.compile(r"\s+(?:(?:" + alternation(ADDED_AFTER) + r")\s+)?(?:in|at|on|en|em|no|na|nos|nas|al|ao)\s+"
                           r"(?!(?:total|todo|all)\b)[a-z]+")


def gapped_after(folded: str, cue_end: int, start: int, end: int) -> str:
    """The words of a clause that repeats the cue's with its verb left out, whose figure is the one in [start, end)
    (see _GAPPED_AFTER), or "". Only for a cue that has a figure of its own before it."""
    if not _GAPPED_GAP.fullmatch(folded, cue_end, start):
        return ""
    after = _GAPPED_AFTER.match(folded, end)
    return " ".join(folded[cue_end:after.end()].split()) if after else ""


def own_clause_after(scan: Scan, cue_end: int, start: int, end: int) -> str:
    """The words of a clause of its own that 'and' or 'while' opens right after the cue, whose subject is the figure in
    [start, end) and whose verb follows it within three words, or "": 'Ao menos dez tiveram ferimentos e duas tiveram
    que ser hospitalizadas', 'ten were injured and two were taken to hospital', 'fueron identificados, mientras que 10
    restos ya han sido entregados'. Read on the text as written."""
    if not _CLAUSE_AND.fullmatch(scan.folded, cue_end, start) and not (
            _CLAUSE_COMMA.fullmatch(scan.folded, cue_end, start) and _WORD_NEXT.match(scan.folded, end)
            and has_verb(WORD.findall(scan.folded, scan.sentence_at(cue_end)[0], cue_end))):
        return ""  # ... or a comma alone after a clause with a verb, the figure not set off by one in turn ('had left
        # herself £9.9 billion of fiscal headroom, £6 billion was enough'; not 'Back in March, 50 inmates died')
    words = WORD.findall(scan.text, end, min(len(scan.text), end + 40))[:3]
    for i, w in enumerate(words):
        low = fold(w.lower())
        if low in AND or low in RELATIVE:
            return ""
        if past_form(w) or low in AUX_OR_MODAL or low in _STILL_VERBS:
            return " ".join(WORD.findall(scan.folded, cue_end, start) + [scan.text[start:end]] + words[:i + 1])
    return ""


# An appositive set off by commas that an article opens: ', a beachside town in Florida,', ', una ciudad del norte,'.
_ARTICLE_APPOSITIVE = rx.compile(r",\s+(?:a|an|the|un|una|um|uma)\s+[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,7},")


def without_appositives(gap: str) -> str:
    """gap less its appositives that an article opens and that hold no verb (see _ARTICLE_APPOSITIVE): 'The death toll
    from the collapse of a building in Surfside, a beachside town in Florida, has increased to 98'."""
    if ", " not in gap:
        return gap
    return _ARTICLE_APPOSITIVE.sub(lambda m: " " if verbless(WORD.findall(m.group())) else m.group(), gap)


def verbless(words: list[str]) -> bool:
    """No verb and no word that opens a clause among words (a verb in the past as count's past_form reads it, not a
    noun that ends as one does: 'museu')."""
    return not has_verb(words) and _CLAUSE_OPENERS.isdisjoint(words) and AUX_OR_MODAL.isdisjoint(words) and not any(
        past_verb(w) for w in words)


def verb_reaches(scan: Scan, cue_start: int, cue_end: int, at: int, window: int) -> bool:
    """A day after the cue's verb, in its clause, is its day when the words between have no verb and open no clause:
    'was officially declared by the Ministry of Health of the Democratic Republic of the Congo on 4 September 2025',
    'anunciaram um surto de Ébola na província de Kasai, no sul do país, em 4 de Setembro'."""
    if not verb_cue(scan, cue_start, cue_end) or scan.folded.startswith("the ", at):
        return False
    gap = bare_gap(scan.folded, cue_end, at)
    words = WORD.findall(gap)
    i = len(words)
    while i and words[i - 1] in _TO_A_DAY:
        i -= 1
    # Not a day that opens a clause joined after ('derrotou o italiano ... e na segunda-feira interrompe'), nor one
    # that describes a noun ('for the March 11, 2005, incident').
    if i and (words[i - 1] in AND or words[i - 1] == "the"):
        return False
    return len(words) <= 3 * window and not STRONG_BREAK.search(gap) and verbless(words)


# A participle of happening set off after the cue's noun phrase, then the day: 'o rompimento da barragem 1 da Mina Córrego
# do Feijão, ocorrido no dia 25 de janeiro', 'la rotura de la presa, ocurrida el 25 de enero', 'the collapse of the
# dam, which occurred on Jan. 25'.
HAPPENED_RELATIVE = r"(?:which|that)\s+(?:occurred|happened|took\s+place)"  # ... and as English says it
_HAPPENED_ON = rx.compile(r",\s*(?:" + alternation(HAPPENED) + r"|registrad[oa]s?|occurred|" + HAPPENED_RELATIVE
                          + r"|que\s+(?:ocorreu|aconteceu|ocurrio|sucedio|tuvo\s+lugar))"
                          r"\s+(?:(?:on|em|en|no|na|el|la|the|dia|day)\s+)*\Z")


def happened_reaches(scan: Scan, cue_end: int, at: int, window: int) -> bool:
    """A day after a participle of happening set off after the cue's noun phrase is the cue's (_HAPPENED_ON), when the
    noun phrase between has no verb."""
    if scan.folded.find(",", cue_end, at) < 0:  # most far days have no participle set off before them
        return False
    gap = bare_gap(scan.folded, cue_end, at)
    happened = _HAPPENED_ON.search(gap)
    if happened is None or CLAUSE_BREAK.search(gap, 0, happened.start()):
        return False
    words = WORD.findall(gap, 0, happened.start())
    return len(words) <= 2 * window and verbless(words)


def overlaps(a: int, b: int, spans) -> bool:
    return any(x < b and a < y for x, y in spans)


def chain(bound: list[Candidate], all_cands: list[Candidate], scan: Scan, reach: float = 4,
          names: bool = False) -> list[Candidate]:
    """Values listed with a bound one are bound too: 'Maduro and his wife', 'Maduro y su esposa, Cilia Flores';
    with names, so are names a list of names holds, however many others stand between ('soltaram Vladimir Kara-Murza,
    Ilya Yashin, Andrei Pivovarov, ... e Herman Moyzhes; a jornalista Alsu Kurmasheva').

    Candidates are in text order, so a value's closest link is its neighbour: one sweep each way
    spreads the binding along every run of values no more than `reach` apart."""
    keys = {(c.start, c.end) for c in bound}
    taken = [(c.start, c.end) in keys for c in all_cands]

    def linked(a: Candidate, b: Candidate) -> bool:
        if a.end > b.start:
            return False
        if not names:
            return scan.distance(a.end, b.start) <= reach
        # Names: not across a verb of saying, a relative or a subordinate ('Agrawal said Segal was fired'), nor a
        # phrase of another verb ('Joao Neves for pulling Marc Cucurella's hair').
        return (scan.distance(a.end, b.start) <= reach and _NOT_IN_LIST.isdisjoint(WORD.findall(scan.folded, a.end, b.start))
                and _DOING_AFTER.search(scan.folded, a.end, b.start) is None) or _listed(scan.text, a.end, b.start)

    for i in range(1, len(all_cands)):
        if not taken[i] and taken[i - 1] and linked(all_cands[i - 1], all_cands[i]):
            taken[i] = True
    for i in range(len(all_cands) - 2, -1, -1):
        if not taken[i] and taken[i + 1] and linked(all_cands[i], all_cands[i + 1]):
            taken[i] = True
    chained = {(c.start, c.end): c for c, t in zip(all_cands, taken) if t}
    chained.update({(c.start, c.end): c for c in bound})
    return sorted(chained.values(), key=lambda c: c.start)


_INCLUDING = rx.compile(INCLUDING_AT)


def including_reach(scan: Scan, cue_end: int, start: int, window: int) -> bool:
    """A name past the window is one of those the cue's object holds when 'including' opens it within twice the
    window and the name is in reach of that: 'despidió a cuatro de los máximos responsables de la compañía, entre
    ellos el CEO, Parag Agrawal'."""
    m = _INCLUDING.search(scan.folded, cue_end, start)
    return m is not None and not STRONG_BREAK.search(scan.folded, cue_end, m.start()) and \
        scan.distance(cue_end, m.start()) <= 2 * window and scan.distance(m.end(), start) <= window


# What a name is, set off by commas right after it: ', Twitter's general counsel,', ', el abogado principal de la firma,';
# or a relative clause on it.
_RELATIVE_ON_NAME = rx.compile(RELATIVE_AFTER_COMMA + r"\s[^,;:.!?()\[\]\"“”]{1,200}?,")
_APPOSITIVE = rx.compile(r",\s*(?:the|an?|its|his|her|their|[a-z]+['’]s|el|la|los|las|una?|sus?|os?|as?|uma?|seus?|suas?)\s"
                         r"[^,;:.!?()\[\]\"“”]{1,60}?,")


def appositive(folded: str, end: int, cue_start: int) -> int:
    """Where an appositive that opens right after a name ends (see _APPOSITIVE), when one does before the cue: a noun
    phrase of a few words, no relative, subordinate or verb of saying in it; or a relative clause on the name ('Stephen
    Miran, who served as chairman of the council before his appointment, was one of the three dissenters'). 0 when
    neither does."""
    m = _APPOSITIVE.match(folded, end, cue_start)
    if m and _noun_phrase(WORD.findall(m.group())):
        return m.end()
    m = _RELATIVE_ON_NAME.match(folded, end, cue_start)
    return m.end() if m else 0


def _noun_phrase(words: list[str], finite: bool = False) -> bool:
    """Words between commas are an appositive: a few, no relative, subordinate or verb of saying, and with finite no
    verb that makes them a clause ('varios están hospitalizados')."""
    return len(words) <= 7 and _NOT_IN_LIST.isdisjoint(words) and (not finite or _FINITE.isdisjoint(words))


# What the cue's noun is, set off by commas right after it (past a bracket: 'ações da CrowdStrike (CRWD), empresa
# global de segurança cibernética,'; and past the rest of the cue's noun, two words with no verb: 'the personal
# consumption expenditures (PCE) price index, the Fed's preferred gauge,'); not a list's next item nor a clause of its
# own ('and', 'y', 'e', 'but').
_APPOSITIVE_AFTER = rx.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,(?!\s*(?:and|y|e|but|pero|mas|or|o|ou)\b)\s*"
                               r"(?P<app>[^,;:.!?()\[\]\"“”]{1,80}?),")
_NOUN_TAIL = rx.compile(r"\)?((?:\s+[a-z]+){1,2})(?=\s*,)")  # ') price index' before the comma
# Verbs that make a stretch between commas a clause ('varios están hospitalizados', '66 estão internados').
_FINITE = frozenset(PASSIVE) | frozenset("has have had esta estan estao estava estavam estaba estaban ha han tem "
                                         "tinha tenia tenian".split())


def appositive_after(scan: Scan, cue_end: int, s1: int) -> int:
    """Where an appositive right after the cue ends, when one does: a noun phrase of a few words in lower case (a
    name set off is who the cue is, and what follows is said of that one), no relative, subordinate, verb of
    saying or finite verb in it ('Shares of CrowdStrike, the Texas-based firm, fell 11%'). 0 when none does."""
    m = _APPOSITIVE_AFTER.match(scan.folded, cue_end, s1)
    if m is None and (tail := _NOUN_TAIL.match(scan.folded, cue_end, min(s1, cue_end + 30))) and verbless(tail.group(1).split()):
        m = _APPOSITIVE_AFTER.match(scan.folded, tail.end(), s1)
    return m.end() if m and scan.text[m.start("app")].islower() and _noun_phrase(WORD.findall(m.group("app")), finite=True) else 0


_LIST_ITEMS = rx.compile(r"\s*(?:[,;]\s*(?:(?:and|y|e)\s+)?|\s(?:and|y|e|as well as|así como|bem como|assim como)\s+)")
_LIST_BREAK = rx.compile(r"[.!?:()\[\]\n\"“”]")
_NOT_IN_LIST = frozenset(RELATIVES) | frozenset(SUBORDINATORS) | frozenset(SAY_VERBS)

# A relative clause on a name, then a semicolon, and maybe 'and': a list whose items carry clauses of their own.
_RELATIVE_ITEM = rx.compile(RELATIVE_AFTER_COMMA + r"\s[^;.!?]{1,200};\s*(?:(?:and|y|e)\s+)?")


def _listed(text: str, end: int, start: int) -> bool:
    """What stands between two names is more of one list: items set apart by commas, semicolons or 'and', the first
    right after the first name, each a name with a few words about it ('el militar estadounidense Paul Whelan', 'o
    chefe de assuntos jurídicos': articles and prepositions aside) or a few words about the name before ('del Wall
    Street Journal', 'arrestado en Polonia'), no relative, subordinate or verb of saying, and the last not ending in a
    preposition whose object the second name is."""
    gap = text[end:start]
    if len(gap) > 300:
        return False
    if _RELATIVE_ITEM.fullmatch(gap):  # 'Stephen I. Miran, quien prefería un recorte de 50 puntos; y Austan D. Goolsbee'
        return True
    if _LIST_BREAK.search(gap):
        return False
    items = [i.split() for i in _LIST_ITEMS.split(gap)]
    if items[0]:  # the first name's own words, before any separator: its predicate ('returned home; Krasikov')
        return False
    for words in items:
        plain = [fold(w) for w in words if not w[0].isupper()]
        said = [w for w in plain if w not in OBJECT_OPENERS and w not in PREPOSITIONS]  # 'o chefe de assuntos jurídicos'
        if len(said) > 4 or not _NOT_IN_LIST.isdisjoint(plain):
            return False
    last = [fold(w) for w in items[-1][-2:]]  # right before the second name: 'pneumonia, only to suffer from a heart attack'
    if last and (last[-1] in PREPOSITIONS or (last[-1] in OBJECT_OPENERS and len(last) > 1 and last[0] in PREPOSITIONS)):
        return False  # the second is the object of what the item says, not an item of the list
    return True


def around(text: str, s0: int, s1: int, cue_start: int, cue_end: int, step: int = LONG_SENTENCE // 2
           ) -> tuple[int, int]:
    """The stretch of a very long sentence around a cue: blocks on a fixed grid, so cues close
    together share one stretch (and its candidates), cut at spaces."""
    block = cue_start // step
    lo, hi = max(s0, (block - 1) * step), min(s1, (block + 2) * step)
    if lo > s0:
        space = text.find(" ", lo, min(hi, lo + 200))
        lo = space + 1 if space != -1 else lo
    if hi < s1:
        space = text.rfind(" ", max(lo, hi - 200), hi)
        hi = space if space != -1 else hi
    return lo, hi
