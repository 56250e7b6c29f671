"""Who a sentence says the figure comes from: 'according to X', 'X said', 'dijo X', 'segundo X'."""

from __future__ import annotations

from . import rx
from .lexicon import ACCORDING, MONTHS, RELATIVE_DAYS, SAY_VERBS, WEEKDAYS
from .text import UPPER, alternation, fold

_ART = r"(?<![\w'’-])(?i:the|el|la|los|las|o|a|os|as)\s+"  # a word of its own: not the end of 'condado'
_KIND = (r"(?:(?:state\s+)?(?:newspaper|daily|agency|news agency|broadcaster|outlet|television|tv|radio|media)|"
         r"diario|periódico|agencia|agência|jornal|cadena|canal|televisión|televisão|emisora)\s+")
_PROPER = rf"[{UPPER}][\w.'’&-]*(?:\s+(?:of\s+|the\s+|de\s+|del\s+|da\s+|do\s+|dos\s+)?[{UPPER}][\w.'’&-]*){{0,5}}"
_BODY = (r"(?:government|officials?|authorities|ministry|military|police|army|spokesman|spokeswoman|"
         r"gobierno|autoridades|ministerio|portavoz|governo|ministério|porta-voz)")
_WHO = (rf"(?:{_ART})?(?:{_KIND})?{_PROPER}(?:\s+{_BODY})?|{_ART}{_BODY}(?:\s+{_PROPER}|\s+[a-záéíóúñçãõ]+)?"
        rf"|(?<![\w'’-])(?:officials|authorities|police|autoridades|policía|polícia)")  # 'authorities said Thursday'
_ADVERB = r"(?:\s+(?i:later|also|previously|earlier|first|on\s+\w+day|has|have|had|ha|han|tem|têm))*"

_ACCORDING_FOLDED = rx.compile(r"\b(?:" + alternation((*ACCORDING, "as reported by", "citando a")) + r")\s+")
_WHO_AT = rx.compile(rf"(?P<who>{_WHO})")
_VERB_FOLDED = rx.compile(r"\b(?:" + alternation(SAY_VERBS) + r")\b")
_SUBJECT_BEFORE = rx.compile(rf"(?P<who>{_WHO}){_ADVERB}\s+\Z")
_APPOSITIVE_BEFORE = rx.compile(rf",\s*(?P<who>{_WHO}),{_ADVERB}\s+\Z")  # 'Her agent, Mark Roesler, said'
# Inverted: 'said Raul Castro', 'said prison spokesman Al Quintero', 'dijo el ministro'; but in 'said
# Page died' the name begins what was said, so a verb may not follow it.
_VERBISH = (r"(?:was|were|is|are|has|had|have|would|will|could|can|did|does|do|may|might|must|should|"
            r"fled|went|took|made|gave|got|ran|shot|left|met|sent|found|lost|won|fell|became|began|came|saw|"
            r"knew|held|kept|led|paid|put|set|stood|\w+ed|fue|era|fueron|foi|era|foram)\b")
_ROLE = (r"(?:spokesman|spokeswoman|spokesperson|chief|minister|president|official|officer|director|secretary|"
         r"commander|general|governor|mayor|attorney|prosecutor|lawyer|agent|detective|sheriff|captain|colonel|"
         r"sergeant|lieutenant|inspector|superintendent|analyst|manager|executive|editor|correspondent|portavoz|"
         r"ministro|ministra|presidente|presidenta|directora|fiscal|abogado|alcalde|gobernador|porta-voz|"
         r"prefeito|delegado|advogado|diretor|comandante|jefe|chefe)")
_SUBJECT_AFTER = rx.compile(rf"\s+(?P<who>(?>(?:[a-z]+\s+){{0,2}}{_ROLE}\s+{_PROPER}|{_WHO}))(?!\w)(?!\s+{_VERBISH})")
# Matched on folded text, case-sensitively: an inline (?i:) over accented words makes a slow scan.
_TRIGGERS = rx.compile(r"\b(?:accord|citing|reported by|segun|acuerdo|acordo|conforme|said|says|told|report|announc|"
                       r"confirm|claim|stated|declar|dij|inform|afirm|anunci|asegur|senal|disse)")
_PLACE_BEFORE = rx.compile(r"(?<![\w'’-])(?i:in|at|on|near|into|outside|inside|en|em|no|na|nos|nas|hacia)\s+\Z")
_BODY_IN = rx.compile(rf"(?<![\w'’-])(?:{_ART})?(?i:{_BODY})\s+(?i:in|at|en|em|no|na)\s+\Z")
_DETERMINER_BEFORE = rx.compile(r"\b(?:el|un|su|este|ese|del|al|o|um|seu|esse|do|ao|no|the|a|an)\s+\Z")
_PRONOUNS = frozenset("it he she they we i".split())
_NOT_SOURCES = _PRONOUNS | frozenset("this that there which who the a an".split())


def _clean(who: str) -> str:
    who = " ".join(who.split()).strip(" ,.")
    if not who or who.lower() in _NOT_SOURCES or who.lower().startswith(("it ", "this ")):
        return ""
    if fold(who.split()[0]).rstrip(".") in _WHEN:  # 'authorities said Thursday', 'Today Apple said': when, not who
        return _clean(who.split(None, 1)[1]) if " " in who else ""
    return who


_WHEN = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(w for w in RELATIVE_DAYS if " " not in w)


def find_attribution(sentence: str, folded: str | None = None) -> str:
    """The source a sentence credits for what it says, as written; '' if it credits none."""
    folded = fold(sentence) if folded is None else folded  # same length: offsets carry over
    if not _TRIGGERS.search(folded):
        return ""
    for m in _ACCORDING_FOLDED.finditer(folded):
        at = _WHO_AT.match(sentence, m.end())
        who = _clean(at.group("who")) if at else ""
        if who:
            return who
    # Not a noun the verb folds to: 'El anuncio oficial', 'o anúncio' (not 'anunció').
    verbs = [v for v in _VERB_FOLDED.finditer(folded) if not _DETERMINER_BEFORE.search(folded, max(0, v.start() - 6), v.start())]
    spoken = set()  # verbs a pronoun says: 'He said Vladimir Kara-Murza was also released' credits no Kara-Murza
    for verb in verbs:
        before = _SUBJECT_BEFORE.search(sentence, max(0, verb.start() - 80), verb.start())
        if before and before.group("who").lower() in _PRONOUNS:
            spoken.add(verb.start())
        # Not a place a preposition takes: 'The organizers of a rally in Hong Kong's Victoria Park claimed'.
        placed = before is not None and _PLACE_BEFORE.search(sentence, max(0, before.start() - 12), before.start())
        body = placed and _BODY_IN.search(sentence, max(0, before.start() - 40), before.start())  # 'police in Sicily said'
        who = _clean(sentence[body.start():before.end()] if body else "" if placed else before.group("who")) if before else ""
        if who:
            return who
    for verb in verbs:  # inverted: 'said Raul Castro', 'dijo el ministro' (but 'told X': X listened)
        if verb.group() == "told" or verb.start() in spoken:
            continue
        after = _SUBJECT_AFTER.match(sentence, verb.end())
        who = _clean(after.group("who")) if after else ""
        if who:
            return who
    for verb in verbs:  # set off by commas: 'Her agent, Mark Roesler, said'
        before = _APPOSITIVE_BEFORE.search(sentence, max(0, verb.start() - 80), verb.start())
        who = _clean(before.group("who")) if before else ""
        if who:
            return who
    return ""
