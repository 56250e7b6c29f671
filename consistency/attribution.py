"""Who a sentence says the figure comes from: 'according to X', 'X said', 'dijo X', 'segundo X'."""

from __future__ import annotations

import re

_UP = "A-ZÁÉÍÓÚÑÇÃÕÂÊÔÜ"
_ART = r"(?i:the|el|la|los|las|o|a|os|as)\s+"
_KIND = (r"(?:(?:state\s+)?(?:newspaper|daily|agency|news agency|broadcaster|outlet|television|tv|radio|media)|"
         r"diario|periódico|agencia|agência|jornal|cadena|canal|televisión|televisão|emisora)\s+")
_PROPER = rf"[{_UP}][\w.'’&-]*(?:\s+(?:of\s+|the\s+|de\s+|del\s+|da\s+|do\s+|dos\s+)?[{_UP}][\w.'’&-]*){{0,5}}"
_BODY = (r"(?:government|officials?|authorities|ministry|military|police|army|spokesman|spokeswoman|"
         r"gobierno|autoridades|ministerio|portavoz|governo|ministério|porta-voz)")
_WHO = rf"(?:{_ART})?(?:{_KIND})?{_PROPER}(?:\s+{_BODY})?|{_ART}{_BODY}(?:\s+{_PROPER}|\s+[a-záéíóúñçãõ]+)?"
_VERBS = (r"(?i:said|says|told|reported|reports|announced|announces|confirmed|confirms|claimed|claims|stated|declared|"
          r"dijo|informó|afirmó|anunció|confirmó|aseguró|declaró|señaló|disse|informou|afirmou|anunciou|confirmou|declarou)")
_ADVERB = r"(?:\s+(?i:later|also|previously|earlier|first|on\s+\w+day|has|have|had|ha|han|tem|têm))*"

_PATTERNS = [
    re.compile(rf"(?i:according to|citing|as reported by|según|segun|de acuerdo con|citando a|segundo|de acordo com|"
               rf"conforme)\s+(?P<who>{_WHO})"),
    re.compile(rf"(?P<who>{_WHO}){_ADVERB}\s+{_VERBS}\b"),
    re.compile(rf"\b{_VERBS}\s+(?P<who>{_WHO})"),
]
_NOT_SOURCES = frozenset("it he she they we this that there which who the a an".split())


def find_attribution(sentence: str) -> str:
    """The source a sentence credits for what it says, as written; '' if it credits none."""
    for pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            who = " ".join(m.group("who").split()).strip(" ,.")
            if who and who.lower() not in _NOT_SOURCES and not who.lower().startswith(("it ", "this ")):
                return who
    return ""
