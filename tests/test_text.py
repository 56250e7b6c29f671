"""Text primitives: sentences, folding, language."""

import re

import pytest

from consistency.text import detect_language, fold, sentence_starts, spans_after_break


def sentences(text):
    bounds = sentence_starts(text) + [len(text)]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]


@pytest.mark.parametrize("text, expected", [
    ("Cuba mourns. The raid killed 32.", ["Cuba mourns.", "The raid killed 32."]),
    ("U.S. forces landed. Mr. Smith said so.", ["U.S. forces landed.", "Mr. Smith said so."]),
    ("J. Smith spoke on Jan. 3 in Caracas.", ["J. Smith spoke on Jan. 3 in Caracas."]),
    ("Was it 32? Yes! \"It was.\" He left.", ["Was it 32?", "Yes!", "\"It was.\"", "He left."]),
    ("Wait... What?! Then silence.", ["Wait...", "What?!", "Then silence."]),
    ("A headline without a stop\nThe body starts here.", ["A headline without a stop", "The body starts here."]),
    ("¿Cuántos murieron? Treinta y dos.", ["¿Cuántos murieron?", "Treinta y dos."]),
    ("He said 3.5 percent. it was low.", ["He said 3.5 percent. it was low."]),  # no capital: one sentence
    ("Dots" + "." * 1000 + " Next one.", ["Dots" + "." * 1000, "Next one."]),
    # A figure opens a sentence after a word, not after a figure (a decimal that lost its digits' company).
    ("The crash left 200 injured. 76 passengers were hurt.", ["The crash left 200 injured.", "76 passengers were hurt."]),
    ("It cost $1. 2 million, a level of. 09 percent.", ["It cost $1. 2 million, a level of. 09 percent."]),
    ("Route No. 5 was shut.", ["Route No. 5 was shut."]),
    # A bullet after a stop opens an item of a list: 'lost 4,000 jobs. • Health care added 43,000'.
    ("August lost 4,000 jobs. • Health care added 43,000. ▪ Retail lost 6,000.",
     ["August lost 4,000 jobs.", "• Health care added 43,000.", "▪ Retail lost 6,000."]),
    # A sentence run on with no space after its stop, past a word, a year or a share; not a web name or a version.
    ("Hubo tres votos en contra.Votaron a favor.", ["Hubo tres votos en contra.", "Votaron a favor."]),
    ("Fue campeón hasta 2013.Atendiendo a su edad, supera a todos.",
     ["Fue campeón hasta 2013.", "Atendiendo a su edad, supera a todos."]),
    ("Los precios subieron un 3%.Los salarios no.", ["Los precios subieron un 3%.", "Los salarios no."]),
    ("Book on Booking.Com with release v2.Release today.", ["Book on Booking.Com with release v2.Release today."]),
    ("", [""]),
])
def test_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text, folded", [
    ("Nicolás MADURO", "nicolas maduro"),
    ("Ação “já” — São Paulo", "acao \"ja\" — sao paulo"),
    ("İstanbul", "istanbul"),  # a letter that grows when lower-cased keeps the length
    ("plain ascii", "plain ascii"),
])
def test_fold_keeps_length(text, folded):
    assert fold(text) == folded and len(fold(text)) == len(text)


@pytest.mark.parametrize("text, lang", [
    ("Cuba decretó dos días de duelo nacional.", "es"),
    ("Cuba decretou dois dias de luto oficial.", "pt"),
    ("O governo anunciou que 32 cubanos morreram.", "pt"),
    ("Nadie murió en el ataque.", "es"),
    ("Doze dos sobreviventes permanecem internados.", "pt"),  # figures in words the two write apart: 'doze', 'doce'
    ("Vinte e sete dos feridos seguem no hospital.", "pt"),
    ("Veinte de los heridos siguen en el hospital.", "es"),
    ("Cuba declared two days of national mourning.", "en"),
    ("http://news.example.com/a.html\nPHILADELPHIA 76ERS Fired Jim O'Brien, coach.", "en"),
    ("Thank you, you know how it is.", "en"),
    # copy in a language the rules are never written in is told apart, not read as Spanish or Portuguese
    ("Il club ha firmato un contratto di due anni con il giocatore, che non sono stati resi noti per la stampa.", "it"),
    ("Le club a annoncé mardi que les négociations avec le joueur sont terminées et qu'il signera pour deux ans.", "fr"),
    ("Der Verein hat am Dienstag mitgeteilt, dass die Verhandlungen mit dem Spieler abgeschlossen sind und er auch "
     "unterschreibt.", "de"),
    ("El club ha firmado un contrato de dos años con el jugador, que no se han hecho públicos para la prensa.", "es"),
])
def test_language(text, lang):
    assert detect_language(text) == lang


_KILL = re.compile(r"\W(kill\w*)")


@pytest.mark.parametrize("text, lo, hi, expected", [
    ("killed two", 0, None, [(0, 6)]),  # the first word has no character before it
    ("skill, killing", 0, None, [(7, 14)]),  # inside a word is no start
    ("a kill; kills", 2, None, [(2, 6), (8, 13)]),  # lo at a word start: the character before is read
    ("a kill; kills", 3, None, [(8, 13)]),  # lo inside a word: not a start
    ("a kill; kills", 0, 9, [(2, 6)]),  # hi cuts the last one
    ("", 0, None, []),
])
def test_spans_after_break(text, lo, hi, expected):
    assert list(spans_after_break(_KILL, text, lo, hi)) == expected


@pytest.mark.parametrize("text, hi, expected", [
    ("se teme que 50 murieron", None, [(0, 11)]),  # a phrase opening the text
    ("se teme que 50 murieron", 7, []),  # hi cuts the phrase
    ("él se teme que", None, [(3, 14)]),
])
def test_spans_after_break_phrase(text, hi, expected):
    assert list(spans_after_break(re.compile(r"\W(se teme que)\b"), text, 0, hi)) == expected
