"""The matcher binds values to cues, not just to sentences: the traps real copy holds."""

import math
from datetime import date

import pytest

from consistency.matcher import Matcher
from consistency.models import Article, Duration, Range
from consistency.rules import load_rules

from .conftest import RULES

MATCHER = Matcher(load_rules(RULES))


def values(text, fact, lang="en", published=None):
    art = Article("t", "t", "", text, lang, published)
    return [f.value for f in MATCHER.find(art)[0] if f.fact == fact]


@pytest.mark.parametrize("text, fact, expected", [
    # The value is bound to its cue; other numbers in the sentence are not the fact.
    ("Maduro, 63, was captured as 32 Cuban guards were killed.", "cuban_dead", [Range(32, 32)]),
    ("Cuba declared two days of national mourning and praised the dead as heroes.", "cuban_dead", []),
    ("About 140 Cubans guarded him, and 32 Cuban officers were killed.", "cuban_dead", [Range(32, 32)]),
    ("The U.S. has enforced an embargo against Cuba since 1962, and the raid killed 32 Cubans.",
     "operation_date", []),
    ("32 of its military and police personnel — present at Venezuela's request — were killed.",
     "cuban_dead", [Range(32, 32)]),
    ("At least 80 people died in the raid, including 32 Cuban officers.", "total_dead", [Range(80, float("inf"))]),
    ("At least 80 people died in the raid, including 32 Cuban officers.", "cuban_dead", [Range(32, 32)]),
    ("Cuba decretó dos días de duelo nacional por los 32 cubanos muertos.", "mourning_period",
     [Duration(2 * 86400)]),
    ("Cuba decretó dos días de duelo nacional por los 32 cubanos muertos.", "cuban_dead", [Range(32, 32)]),
    ("Cuba decretou luto oficial de dois dias pelos trinta e dois cubanos mortos.", "cuban_dead",
     [Range(32, 32)]),
    # 'One of the officers killed' names a member of the group, not its size; 'one of 32' gives the size.
    ("One of the Cuban officers killed was a colonel.", "cuban_dead", []),
    ("A colonel, one of 32 Cuban officers killed in the raid, was buried.", "cuban_dead", [Range(32, 32)]),
    ("Two of Caracas's residents were killed in the raid, officials said.", "total_dead", []),
    # 'N of the dead' is a part of a group already named; 'N of its officers' and 'all N of the dead' count it all.
    ("Fifteen of the dead were soldiers, the ministry said.", "cuban_dead", []),
    ("Cuba said 32 of its officers were killed.", "cuban_dead", [Range(32, 32)]),
    ("All 32 of the dead were Cuban officers.", "cuban_dead", [Range(32, 32)]),
    ("No-one was killed in the raid, the Pentagon said.", "total_dead", [Range(0, 0)]),
    ("All 228 people on Flight 447 were killed.", "total_dead", [Range(228, 228)]),  # a flight number is a name
    ("The raid left 80 dead and 120 injured.", "total_dead", [Range(80, 80)]),  # two facts, not two groups
    ("The death toll from the 6.0-magnitude quake rose to 15.", "total_dead", [Range(15, 15)]),  # 6.0: no head count
    # A change of figure: the figure it started from is not the fact; a range is.
    ("The death toll rose from 30 to 40 on Monday.", "total_dead", [Range(40, 40)]),
    ("The toll rose to 40, up from 30 on Sunday.", "total_dead", [Range(40, 40)]),
    ("From 30 to 40 people were killed, officials estimated.", "total_dead", [Range(30, 40)]),
    # 'has risen to' carries a figure to its subject across more than the window, within the clause.
    ("The number of people killed in Friday's bombing of a market in the capital has risen to 26.", "total_dead",
     [Range(26, 26)]),
    ("Killed in the raid were many soldiers, and the number of refugees has risen to 300.", "total_dead", []),
    ("The raid killed 12 Somali and 11 Yemeni fighters.", "total_dead", []),  # two groups of one count
    # A possibility, a wish or an offer is not what happened; the clause it governs ends at a comma.
    ("Officials warned that the death toll could rise to 50.", "total_dead", []),
    ("At least 40 people were killed, and the toll could rise.", "total_dead", [Range(40, float("inf"))]),
    ("El balance de muertos podría subir a 50, según las autoridades.", "total_dead", []),
    ("If 50 people had died, the raid would have failed.", "total_dead", []),  # a condition
    # A fear is not a count, before the figure or right after it.
    ("Hundreds feared dead after the raid on the capital.", "total_dead", []),
    ("Dozens of people are feared killed in the raid.", "total_dead", []),
    ("Se teme que cientos de personas murieron en la incursión.", "total_dead", []),
    ("Fears grew that 50 more people had died in the raid.", "total_dead", []),
    ("As many as 50 people may have died in the raid.", "total_dead", []),
    ("Una incursión en la que pueden haber muerto cientos de personas.", "total_dead", []),
    ("La OIM dijo temer que otros 50 hayan muerto en la incursión.", "total_dead", []),
    ("The Pentagon would not say whether 50 people were killed.", "total_dead", []),
    ("Nobody knows the full toll — if anyone does — but 80 people were killed, officials said.", "total_dead",
     [Range(80, 80)]),  # a dash sets the condition apart
    ("The raid raised the number of people killed from 30 to 40.", "total_dead", [Range(40, 40)]),
    ("Eight years ago, a similar raid killed 12 people.", "total_dead", []),  # another time
    # A stretch of months or years up to now is another time than the story's; days or weeks may be its own.
    ("Such raids have killed 300 people over the past two years.", "total_dead", []),
    ("Las redadas dejaron 300 muertos en los últimos 12 meses.", "total_dead", []),
    ("As operações deixaram 300 mortos nos últimos dois anos.", "total_dead", []),
    ("Raids killed 40 people over the past two days.", "total_dead", [Range(40, 40)]),
    # Ages set off by commas do not part names from their cue ('his wife' and 'Cilia Flores' are one person).
    ("Nicolás Maduro, 63, and his wife Cilia Flores, 69, were captured by U.S. forces.", "captured",
     [frozenset({"maduro"}), frozenset({"cilia_flores"}), frozenset({"cilia_flores"})]),
    # A figure in an aside the cue is not in describes something else; one beside it in the aside counts.
    ("Chohan – who leaves behind a husband and two grandchildren – died on Friday.", "total_dead", []),
    ("The raid killed 32 people (12 of them children), officials said.", "total_dead", [Range(32, 32)]),
    ("The strike — which killed 12 people — drew protests.", "total_dead", [Range(12, 12)]),
    # A web address holds neither values nor cues.
    ("http://example.com/news/188792/raid-killed-40\nThe raid killed 12 people.", "total_dead", [Range(12, 12)]),
])
def test_binding(text, fact, expected):
    assert values(text, fact) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("El Gobierno cubano dijo el domingo que 32 de sus ciudadanos murieron durante la incursión.", "es", []),
    ("The raid came on Saturday and killed 32 Cubans, Havana said on Sunday.", "en", [date(2026, 1, 3)]),
    ("Cuba said on Sunday the raid had killed 32 Cubans.", "en", []),
    ("Cuba divulgou hoje os nomes dos 32 mortos na operação em Caracas.", "pt", []),  # when it was released
    ("Cuba atualizou, neste domingo, o número de mortos na operação.", "pt", []),  # when a figure was updated
    ("Cuba informou na noite de ontem que a operação matou 32 cubanos.", "pt", []),
])
def test_a_date_after_a_verb_of_speech_is_when_it_was_said(text, lang, expected):
    assert values(text, "operation_date", lang, published=date(2026, 1, 5)) == expected


STOREY_RULES = """facts:
  - id: floors
    kind: count
    cues: [story, pisos]
  - id: day
    kind: date
    cues: [collapsed, collapse]
"""


@pytest.mark.parametrize("text, fact, expected", [
    # A compound whose second word is the cue counts the cue: 'the 12-story tower'.
    ("A wing of the 12-story tower came down.", "floors", [12]),
    ("A wing of the 12-year-old tower came down.", "floors", []),
    # A participle between an article and its noun describes a thing: the day is when something else happened.
    ("Another 15 victims were recovered Friday from the collapsed tower.", "day", []),
    ("Teams searched the partially collapsed building on July 7.", "day", []),
    ("The tower collapsed early Thursday.", "day", [date(2021, 6, 24)]),
    ("The tower, which collapsed on Thursday, was 40 years old.", "day", [date(2021, 6, 24)]),
    # A cue named as what a toll is of: a day away from its phrase is when the toll was given.
    ("On Friday, the death toll for the Champlain South Tower condo collapse rose to 18.", "day", []),
    ("Officials updated the death toll from the collapse to 11 on Friday.", "day", []),
    ("The toll from Thursday's collapse rose to 18.", "day", [date(2021, 6, 24)]),
    ("The toll from the collapse on Thursday rose to 18.", "day", [date(2021, 6, 24)]),
    # A cue named as a point of reference for something else: a day away from its phrase is that other thing's.
    ("The engineer was arrested after the collapse and appeared in court on Friday.", "day", []),
    ("Tributes poured in on Friday for the victims of the collapse.", "day", []),
    ("The families of the victims of the collapse on Thursday asked for answers.", "day", [date(2021, 6, 24)]),
    ("Rescuers searched the rubble after the collapse early Thursday near the beach.", "day", [date(2021, 6, 24)]),
    ("Residents recalled the Thursday night fall of a tower that collapsed in seconds.", "day", [date(2021, 6, 24)]),
    ("The night of the collapse, Thursday, was calm.", "day", [date(2021, 6, 24)]),
    ("Crews were sent after the collapse, which happened early Thursday.", "day", [date(2021, 6, 24)]),
    ("Crews were sent after the collapse, and they left on Thursday.", "day", []),
    # A cue in a clause that says where: a day past its comma is the main clause's.
    ("The mayor of Surfside, the town where the tower collapsed, resigned on Friday.", "day", []),
    ("The town where the tower collapsed on Thursday mourned.", "day", [date(2021, 6, 24)]),
])
def test_what_a_cue_word_is_here(tmp_path, text, fact, expected):
    found = Matcher(load_rules(_written(tmp_path, STOREY_RULES))).find(
        Article("t", "t", "", text, "en", date(2021, 6, 25)))[0]
    assert [f.value.lo if isinstance(f.value, Range) else f.value for f in found if f.fact == fact] == expected


def _written(tmp_path, text):
    path = tmp_path / "r.yaml"
    path.write_text(text)
    return path


def test_relative_date_resolves_against_publication():
    text = "U.S. forces raided Caracas on Saturday and seized Maduro."
    assert values(text, "operation_date", published=date(2026, 1, 5)) == [date(2026, 1, 3)]
    assert values(text, "operation_date") == []


def test_several_values_in_one_article_are_all_kept():
    text = "Cuba first said 30 Cuban officers were killed. Later it said 32 Cuban officers were killed."
    assert values(text, "cuban_dead") == [Range(30, 30), Range(32, 32)]


def test_evidence_points_at_the_value():
    text = "Intro line.\nCuba said thirty-two Cuban officers were killed in Caracas."
    art = Article("t", "t", "", text)
    (f,) = [f for f in MATCHER.find(art)[0] if f.fact == "cuban_dead"]
    assert text[f.evidence.start:f.evidence.end] == "thirty-two"
    assert f.evidence.sentence == "Cuba said thirty-two Cuban officers were killed in Caracas."
    assert f.evidence.cue == "killed"


def test_entities_fold_accents_case_and_variants():
    assert values("U.S. forces captured NICOLAS MADURO.", "captured") == [frozenset({"maduro"})]
    assert values("Maduro y su esposa fueron capturados.", "captured", "es") == [
        frozenset({"maduro"}), frozenset({"cilia_flores"})]
    # A misspelt alias is still read, through rapidfuzz.
    assert values("Troops detained Cilia Florez in Caracas.", "captured") == [frozenset({"cilia_flores"})]


LIST_RULES = """facts:
  - id: freed
    kind: entities
    cues: [freed, liberados, soltaram]
    entities:
      perez: [Juan Pérez]
      ruiz: [Ana Ruiz]
      gomez: [Luis Gómez]
      sala: [Pedro Sala]
      melo: [Luísa Melo]
"""


@pytest.mark.parametrize("text, lang, expected", [
    # A list of names goes on past names and words about them that the rule does not know.
    ("Entre los liberados están el periodista Juan Pérez, del diario El Sol; la activista Ana Ruiz, detenida en Minsk; "
     "el militar Luis Gómez, y el opositor Pedro Sala.", "es", ["gomez", "perez", "ruiz", "sala"]),
    ("As autoridades soltaram os dissidentes Ana Ruiz, Carlos Lima, Rita Souza, Tomás Reis e Pedro Sala; a jornalista "
     "Luísa Melo; e o ativista Rui Castro.", "pt", ["melo", "ruiz", "sala"]),
    # A name's own predicate, a relative clause or a subordinate one ends the list.
    ("Juan Pérez was freed on Thursday after two years in a prison near the capital; Pedro Sala stayed.", "en", ["perez"]),
    ("Juan Pérez, who was freed on Thursday in a swap, later met Pedro Sala.", "en", ["perez"]),
    ("Juan Pérez was freed in the swap, while the opposition leader Pedro Sala stayed.", "en", ["perez"]),
])
def test_a_list_of_names_is_read_whole(tmp_path, text, lang, expected):
    found = found_with(tmp_path, LIST_RULES, text, lang)
    assert sorted(i for f in found for i in f.value) == expected


def test_ignore_phrases_are_not_values():
    text = "32 Cuban nationals were killed during a U.S. military operation."
    assert values(text, "dead_affiliation") == []


def test_about_keeps_values_to_sentences_that_name_the_subject(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n  - id: games\n    kind: count\n    cues: [suspended]\n    about: [Jackson, he]\n"
                     "    patterns: ['banned for (?P<value>\\d+) games']\n", encoding="utf-8")
    text = ("Jackson was suspended for two games. Allen was suspended for four games in 2007. "
            "Allen was banned for 6 games. He was suspended for three games.")
    found, refused = Matcher(load_rules(rules)).find(Article("t", "t", "", text))
    assert [f.value for f in found] == [Range(2, 2), Range(3, 3)]  # a pronoun counts when about lists it
    assert sorted(r.raw for r in refused if "about:" in r.reason) == ["6", "four"]


SENTENCE_ABOUT_RULES = """facts:
  - id: term
    kind: duration
    unit: year
    cues: [sentenced, condenado, condenada, condenó]
    about: [Bolsonaro]
"""


@pytest.mark.parametrize("text, lang, expected", [
    # A phrase heading the clause that names what the fact is about only as one besides its subject does not name it.
    ("Además de Bolsonaro, Braga Netto fue condenado a 26 años de prisión.", "es", []),
    ("Besides Bolsonaro, his running mate was sentenced to 26 years.", "en", []),
    ("Além de Bolsonaro, o general foi condenado a 26 anos.", "pt", []),
    # ... a name outside it names it, and so does one in a phrase that says more than who besides.
    ("El tribunal deliberó, además de escuchar a testigos sobre Bolsonaro, y lo condenó a 27 años.", "es", ["27 years"]),
    ("Besides the general, Bolsonaro was sentenced to 27 years.", "en", ["27 years"]),
    ("Bolsonaro fue condenado a 27 años, además de Braga Netto.", "es", ["27 years"]),
])
def test_what_a_fact_is_about_named_only_besides_the_subject(tmp_path, text, lang, expected):
    assert shown(tmp_path, SENTENCE_ABOUT_RULES, text, lang, "term") == expected


def test_refusals_are_explained():
    art = Article("t", "t", "", "Maduro, 63, was among the dead.")
    _, refused = MATCHER.find(art)
    assert any(r.raw == "63" and "age" in r.reason for r in refused)


def test_denials_are_flagged_not_dropped():
    art = Article("t", "t", "", "Cuba denied that 40 Cuban officers were killed in the raid.")
    (f,) = [f for f in MATCHER.find(art)[0] if f.fact == "cuban_dead"]
    assert f.value == Range(40, 40) and "denial" in f.evidence.note


def test_a_time_offset_is_not_the_mourning_period():
    assert values("Cuba declared mourning 48 hours after the attack.", "mourning_period") == []
    assert values("Cuba declaró tres días de duelo después del ataque.", "mourning_period", "es") == [
        Duration(3 * 86400)]
    # A span 'into' something is a point in it, not its length.
    assert values("Cuba declared mourning two days into the operation.", "mourning_period") == []


@pytest.mark.parametrize("text, lang, fact, expected", [
    ("Los 32 cubanos muertos eran miembros de las Fuerzas Armadas Revolucionarias.", "es", "cuban_dead",
     [Range(32, 32)]),
    ("Cinco dos mortos eram militares cubanos.", "pt", "cuban_dead", []),  # a part of the dead, as in English
    ("Cinco de los muertos eran militares cubanos.", "es", "cuban_dead", []),
    ("Cuba decretó duelo oficial por dos días tras la muerte de 32 combatientes cubanos.", "es", "mourning_period",
     [Duration(2 * 86400)]),
    ("Maduro e sua esposa, Cilia Flores, foram capturados e levados para Nova York.", "pt", "flown_to",
     [frozenset({"new_york"})]),
    ("El ataque del pasado 3 de enero dejó al menos 80 muertos.", "es", "total_dead",
     [Range(80, float("inf"))]),
    ("El balance de muertos subió de 30 a 40.", "es", "total_dead", [Range(40, 40)]),
    ("O número de mortos passou de 30 para 40.", "pt", "total_dead", [Range(40, 40)]),
])
def test_spanish_and_portuguese(text, lang, fact, expected):
    assert values(text, lang=lang, fact=fact, published=date(2026, 1, 6)) == expected


OUT_OF_RULES = """facts:
  - id: invaders
    kind: count
    cues: [stormed the pitch]
  - id: crowd
    kind: count
    cues: [spectators]
  - id: dead
    kind: count
    cues: [died, morreram]
"""


@pytest.mark.parametrize("text, expected", [
    # A part taken 'out of' a whole: the verb after the whole's noun is the part's, the noun the whole's.
    ("Some 3,000 out of 42,000 spectators reportedly stormed the pitch.",
     [("crowd", "42,000"), ("invaders", "Some 3,000")]),
    # A month name that is also a word ('out', Portuguese for October) is a month only before a year, a day or a stop.
    ("Three out of ten people died.", [("dead", "3")]),
    ("Two people died on 3 May, police said.", [("dead", "2")]),
    ("Morreram duas pessoas em 3 out. 2022.", [("dead", "2")]),
])
def test_a_part_out_of_a_whole(tmp_path, text, expected):
    assert pairs(tmp_path, OUT_OF_RULES, text) == expected


def found_with(tmp_path, rules_text: str, text: str, lang: str = "en", published: date | None = None):
    """The findings of a rule file, written out in tmp_path, in one article's text."""
    rules = tmp_path / "r.yaml"
    rules.write_text(rules_text)
    return Matcher(load_rules(rules)).find(Article("t", "t", "", text, lang, published))[0]


def pairs(tmp_path, rules_text: str, text: str, lang: str = "en", published: date | None = None) -> list[tuple[str, str]]:
    """(fact, value as shown) of every finding of a rule file in one article's text, sorted."""
    return sorted((f.fact, f.display) for f in found_with(tmp_path, rules_text, text, lang, published))


class _Topics(dict):
    """A table's topic is written once: a second table under a topic already taken would drop the first unseen."""

    def __setitem__(self, topic: str, table: tuple) -> None:
        if topic in self:
            raise KeyError(f"a table for {topic!r} is already written")
        super().__setitem__(topic, table)


# Tables of texts and the (fact, value as shown) pairs each must give, and no other, under one rule file, by topic:
# (rules, the day the copy was published when that matters, rows). Run by test_tables, at the end of this file.
TABLES: dict[str, tuple[str, date | None, list]] = _Topics()


def lows(tmp_path, rules_text: str, text: str, lang: str, fact: str) -> list[float]:
    """The low end of each value one fact finds in one article's text."""
    return [f.value.lo for f in found_with(tmp_path, rules_text, text, lang) if f.fact == fact]


def shown(tmp_path, rules_text: str, text: str, lang: str, fact: str) -> list[str]:
    """How each value one fact finds in one article's text is shown."""
    return [f.display for f in found_with(tmp_path, rules_text, text, lang) if f.fact == fact]


AGE_RULES = """facts:
  - id: age
    kind: number
    accept: [age]
    cues: [died]
  - id: magnitude
    kind: number
    cues: [quake]
  - id: officer_age
    kind: number
    accept: [age]
    cues: [officer, policeman]
"""


@pytest.mark.parametrize("text, fact, expected", [
    ("The actress died on Thursday at age 85.", "age", [85]),
    ("The actress, 85, died on Thursday.", "age", [85]),
    ("She died nine days after a heart attack.", "age", []),  # a duration, not an age
    ("The quake, magnitude 6.1, struck at 4:30.", "magnitude", [6.1]),
    ("The quake struck nine days after a smaller one.", "magnitude", []),
    ("A man aged 40 died in the quake.", "magnitude", []),  # ages are refused unless the rule accepts them
    ("The quake damaged some 300 houses.", "magnitude", []),  # a count of things is a count fact's value
    ("The quake was felt 200 km away.", "magnitude", []),  # a measure
    # An age written before a noun is the age of that noun phrase: of the one who died only when no verb
    # or comma parts them ('a 16-year-old who was shot' is one person, 'the man killed a 10-year-old' two).
    ("The 35-year-old newlywed and father of two boys died at once.", "age", [35]),
    ("Mourners held a vigil for a 16-year-old who died on Saturday.", "age", [16]),
    ("A 27-year-old man was convicted of shooting his girlfriend, who died in 2012.", "age", []),
    ("The girl died after a stray bullet hit her; police accused a 16-year-old neighbour.", "age", []),
    ("The climber died a day after 36-year-old Duncan Rait was killed.", "age", []),  # the subject of 'after' its clause
    ("The boy died after he was shot by a 16-year-old gang member.", "age", []),
    ("She died at home; her 23-year-old son found her.", "age", []),
    ("The man who died, a 23-year-old student, was named on Sunday.", "age", [23]),
    # A preposition after the age's noun opens a phrase of its own ('by a policeman'); 'of two' before a verb does not.
    ("The shooting of a 15-year-old boy by a policeman shocked the city.", "officer_age", []),
    ("A 59-year-old mother of two died when a car struck her.", "age", [59]),
    ("A 37-year-old officer of the riot squad was charged.", "officer_age", [37]),
    # After a possessive cue and its noun, a figure is that noun's: the partner's age, not the officer's.
    ("The officer's partner, Vassilios Saraliotis, 31, was charged as an accomplice.", "officer_age", []),
    ("The policeman, 37, and the officer's partner, 31, were charged.", "officer_age", [37]),
    ("Anger over officer's death: 40-year-old shot on patrol.", "officer_age", [40]),
    # Of two joined noun phrases, an age written before the second is the second's: 'the officer and 29-year-old Ana'.
    ("The 37-year-old officer and 29-year-old Ana Ruiz were charged.", "officer_age", [37]),
    # A figure before a person counts people: 'one man', 'the 7 woman, 5 man jury'.
    ("One man died in the fire.", "age", []),
    ("The 7 woman, 5 man jury heard how the girl died.", "age", []),
    # A figure joined to a noun by a hyphen modifies it; a year stays a year when hedged; 'no one' counts people.
    ("The two-time champion died in Kyiv.", "age", []),
    ("The 10-juror panel heard that she died at 85.", "age", [85]),
    ("The quake reached magnitude 6-and a second one struck.", "magnitude", [6]),  # a dash lost: not '6-and'
    ("A 6.1-magnitude quake struck the coast.", "magnitude", []),  # for a magnitude, the cue must join it
    ("Their friendship began about 1970, long before he died.", "age", []),
    ("No one knew he had died.", "age", []),
    ("He ordered nine illegal break-ins years before he died.", "age", []),
    # A figure after a verb of killing counts the dead; an age written after one is still an age.
    ("The gunman kills 12 and then he died.", "age", []),
    ("A stray bullet killed 10-year-old Kathina, who died at once.", "age", [10]),
    # An age is said as of now: a time in a clause after it does not move it.
    ("A 28-year-old who fell ill last spring died in the bar.", "age", [28]),
    ("Last spring, a 27-year-old man died in the bar.", "age", []),
    ("The officer was indicted for bribing the entire five-man police force.", "officer_age", []),
    # 'one of 99' is a member of a group, and 99 counts members four words on: neither is an age.
    ("Lo Presti died in his cell, one of 99 alleged Sicilian Mafia members seized on Tuesday.", "age", []),
    # For an age, a figure right before the cue counts what it names; one past any age is none; a letter joined after
    # a figure makes a code ('seat 11A').
    ("One officer survived the attack.", "officer_age", []),
    ("Police said over 204 had died, the policeman among them.", "officer_age", []),
    ("The officer in seat 11A survived.", "officer_age", []),
    ("The officer, 40, survived.", "officer_age", [40]),
])
def test_a_number_fact_can_accept_ages(tmp_path, text, fact, expected):
    assert lows(tmp_path, AGE_RULES, text, "en", fact) == expected


@pytest.mark.parametrize("text, expected", [
    ("O policial Pedro Ramos, 37 anos, e a vizinha, de 29, foram presos.", [37]),  # set off after a name: an age
    ("O policial cumpriu 37 anos de serviço.", []),  # a span, not an age
])
def test_years_set_off_after_a_name_are_an_age(tmp_path, text, expected):
    rules = AGE_RULES.replace("cues: [officer, policeman]", "cues: [officer, policeman, policial]")
    assert lows(tmp_path, rules, text, "pt", "officer_age") == expected


QUAKE_RULES = """facts:
  - id: magnitude
    kind: number
    cues: [magnitude, magnitud, grados]
  - id: depth
    kind: number
    accept: [measure]
    cues: [depth, profundidad]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # A cue joined to the figure by a hyphen makes no code of it; a unit that is the cue makes no other measure of it.
    ("The magnitude-6.1 quake struck at dawn.", "en", "magnitude", [6.1]),
    ("The initial quake was magnitude-6.6 and subsequent tremors included a magnitude-5.6.", "en", "magnitude",
     [6.6, 5.6]),
    ("Un terremoto de 6,5 grados sacudió Yunnan.", "es", "magnitude", [6.5]),
    ("El sismo de 6.1 grados se sintió en Kunming.", "es", "magnitude", [6.1]),  # a lone point before no group of three
    # An article is no figure; a position is no magnitude; the noun after another figure is that figure's.
    ("Tuvo una magnitud de 6,1 grados.", "es", "magnitude", [6.1]),
    ("El epicentro se ubicó a 27,1 grados latitud norte.", "es", "magnitude", []),
    ("O epicentro do terremoto de magnitude 7,8 foi a 23 quilômetros de Nurdagi.", "pt", "magnitude", [7.8]),
    ("Ocurrió a una profundidad de 10 kilómetros.", "es", "depth", [10]),
    ("It struck at a depth of 10 km, 6 miles below the town.", "en", "depth", [10]),
    ("Um terremoto de magnitude 7,8 matou mais de 1.500 pessoas.", "pt", "magnitude", [7.8]),  # a verb ends the noun
])
def test_a_number_fact_reads_its_own_unit(tmp_path, text, lang, fact, expected):
    found = found_with(tmp_path, QUAKE_RULES, text, lang)
    assert [f.value.lo for f in found if f.fact == fact] == pytest.approx(expected)


STORM_RULES = """facts:
  - id: wind
    kind: number
    unit: km/h
    window: 20
    cues: [landfall, tocó tierra, tocou o solo]
  - id: category
    kind: number
    units: [Category, Cat, categoría, categoria]
    cues: [landfall, tocó tierra, tocou o solo]
  - id: record
    kind: number
    unit: °C
    cues: [record, récord, recorde]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # A figure in another unit of the fact's quantity is converted, as precise as it was written; one in the fact's
    # unit is as it is; a conversion in brackets is an aside.
    ("It made landfall with sustained winds of 120 mph.", "en", "wind", [(192.317, 193.926)]),
    ("Tocó tierra con vientos de 205 km/h.", "es", "wind", [(205, 205)]),
    ("Tocou o solo com ventos de até 205 quilômetros por hora.", "pt", "wind", [(0, 205)]),
    ("It made landfall with winds of 120 miles (193 kilometers) per hour.", "en", "wind", [(192.317, 193.926)]),
    ("It made landfall with 105-knot winds.", "en", "wind", [(193.534, 195.386)]),
    ("Tocó tierra con vientos de 120 millas por hora.", "es", "wind", [(192.317, 193.926)]),
    # A figure without a unit, or in a unit of another quantity, is no measure of the fact.
    ("It made landfall as a Category 3 storm 70 miles south of Tampa.", "en", "wind", []),
    ("Tocó tierra a unos 112 kilómetros al sur de Tampa.", "es", "wind", []),
    ("A new record of 104.5F was set.", "en", "record", [(40.25, 40.306)]),
    ("El récord de 40,3 °C se batió en Sevilla.", "es", "record", [(40.3, 40.3)]),
    ("O recorde de 38,7 graus foi batido.", "pt", "record", [(38.7, 38.7)]),  # degrees alone: the fact's own
    ("The temperature hit 40.2 (104.3F), a record.", "en", "record", [(40.2, 40.2)]),  # its conversion names its unit
    # Below zero: a minus sign or 'minus', 'menos' before the figure, or words after its unit; not a range's dash, nor
    # 'menos de' (fewer than).
    ("A record temperature of -35.6 degrees Celsius was recorded.", "en", "record", [(-35.6, -35.6)]),
    ("Un récord de 35,6 grados bajo cero.", "es", "record", [(-35.6, -35.6)]),
    ("O recorde foi de menos 35,6 graus.", "pt", "record", [(-35.6, -35.6)]),
    ("The record fell to minus 32F.", "en", "record", [(-35.833, -35.278)]),
    ("Un récord de menos de 35 grados.", "es", "record", [(-math.inf, 35)]),  # below 35, with no floor at zero
    ("The record range was 10-15 degrees.", "en", "record", [(10, 15)]),
    ("The five hottest days on record came in the past 20 years.", "en", "record", []),
    # Units name the figure, before it or after it: what they do not name is not the fact's.
    ("It made landfall as a Category 3 storm as 1.5M homes lost power.", "en", "category", [(3, 3)]),
    ("Milton made landfall as a major Cat 3 storm.", "en", "category", [(3, 3)]),
    ("Milton tocó tierra a las 20.30 como huracán de categoría 3.", "es", "category", [(3, 3)]),  # a time
    ("It made landfall at 8:30 p.m. as 3 million homes lost power.", "en", "category", []),
])
def test_a_number_fact_in_a_unit_of_measure(tmp_path, text, lang, fact, expected):
    found = found_with(tmp_path, STORM_RULES, text, lang)
    assert [(f.value.lo, f.value.hi) for f in found if f.fact == fact] == [pytest.approx(e, abs=1e-3) for e in expected]


BRIDGE_RULES = """facts:
  - id: span
    kind: number
    unit: km
    cues: [bridge, puente, ponte, longitud, extensão]
  - id: depth
    kind: number
    unit: m
    cues: [river depth, profundidad]
  - id: ship
    kind: number
    unit: m
    cues: [ship, buque, navio]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # A length that names its dimension counts only for a fact whose cues name it; length, the unmarked one, also for
    # a fact that names none.
    ("The 1.6-mile bridge fell into the river.", "en", "span", [(2.494, 2.655)]),
    ("El puente, de 2,6 km de longitud, cayó al río.", "es", "span", [(2.6, 2.6)]),
    ("Water was 50-feet deep where the bridge collapsed.", "en", "span", []),
    ("Six workers plunged 185ft from the bridge.", "en", "span", []),
    ("Workers fell 56 metres from the bridge.", "en", "span", []),
    ("A truck was found under the bridge in 25 feet (7.6 meters) of water.", "en", "span", []),
    ("The bridge stood 185 feet high.", "en", "span", []),
    ("A ponte tem 2,6 km de extensão e 30 metros de largura.", "pt", "span", [(2.6, 2.6)]),
    ("The river depth at the bridge is 15 metres.", "en", "depth", [(15, 15)]),
    ("El río tiene una profundidad de 15 metros bajo el puente.", "es", "depth", [(15, 15)]),
    ("The river depth is 15 metres, and the bridge is 2.6 km long.", "en", "depth", [(15, 15)]),
    ("The river depth is 15 metres, and the bridge is 2.6 km long.", "en", "span", [(2.6, 2.6)]),
    ("The 948-foot-long ship lost power.", "en", "ship", [(288.8, 289.1)]),
    ("O navio de 300 metros tinha 48 metros de largura.", "pt", "ship", [(300, 300)]),
    ("The ship was 158 feet wide.", "en", "ship", []),
])
def test_a_length_counts_for_the_dimension_it_names(tmp_path, text, lang, fact, expected):
    found = found_with(tmp_path, BRIDGE_RULES, text, lang)
    assert [(f.value.lo, f.value.hi) for f in found if f.fact == fact] == [pytest.approx(e, abs=0.1) for e in expected]


@pytest.mark.parametrize("text, lang, display", [
    # A measure is shown as written, then in the fact's unit when it was in another; a conversion the writer gave in
    # brackets is left out, since it is not what is compared.
    ("It made landfall with sustained winds of 120 mph.", "en", "120 mph (192.3–193.9 km/h)"),
    ("It made landfall with winds of 120 miles (205 kilometers) per hour.", "en", "120 miles per hour (192.3–193.9 km/h)"),
    ("Tocó tierra con vientos de hasta 205 kilómetros por hora.", "es", "hasta 205 kilómetros por hora"),
])
def test_a_measure_is_shown_as_written_and_in_the_facts_unit(tmp_path, text, lang, display):
    assert shown(tmp_path, STORM_RULES, text, lang, "wind") == [display]


TOTALS_RULES = """facts:
  - id: titles
    kind: count
    ordinals: true
    units: [title*, crown*, championship*, títulos, título, conquista*, campeonato*]
    cues: [title*, crown, título*, campeonato, conquista*, vez]
  - id: plain_titles
    kind: count
    units: [title*, títulos]
    cues: [title*, título*]
  - id: minute
    kind: number
    units: [minute, minuto]
    cues: [strike, goal, scored, gol]
  - id: scorer
    kind: entities
    cues: [scored, goal, gol]
    entities:
      lautaro: [Lautaro Martínez, Lautaro]
      di_maria: [Ángel Di María, Di María]
  - id: arrests
    kind: count
    units: [people, personas]
    cues: [arrested, detuvo]
  - id: ejected
    kind: count
    units: [people, personas]
    cues: [ejected, expulsó]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # With 'ordinals', an ordinal that ranks the fact's noun is the count so far; a name may stand between.
    ("Argentina won a record 16th Copa America title.", "en", "titles", [16]),
    ("A Argentina conquistou a Copa América pela 16ª vez.", "pt", "titles", [16]),
    ("La Albiceleste consiguió su decimosexto campeonato continental.", "es", "titles", [16]),
    ("El gol garantizó a Argentina el título número 16 de la Copa América.", "es", "titles", [16]),
    ("Argentina have now won 16 titles.", "en", "titles", [16]),
    # A run is not the total, in figures or in ranks; an ordinal that ranks nothing is no count.
    ("Argentina won a third straight title.", "en", "titles", []),
    ("Argentina conquistou seu segundo título consecutivo.", "pt", "titles", []),
    ("Se convirtió en el segundo equipo en ganar tres títulos importantes consecutivos.", "es", "titles", []),
    ("Argentina won the title, the 16th in its history.", "en", "titles", []),
    # Without 'ordinals', a rank is never a count.
    ("Argentina won a record 16th Copa America title.", "en", "plain_titles", []),
    # With units, an ordinal before one names the figure as the unit before it does: minute 112.
    ("Martinez blasted home a 112th-minute strike.", "en", "minute", [112]),
    ("Martinez scored in the 112th minute.", "en", "minute", [112]),
    ("Lautaro anotó el gol en el minuto 112.", "es", "minute", [112]),
    ("Lautaro marcou o gol aos 7 minutos do segundo tempo.", "pt", "minute", []),  # a span, counted from the half
    # A clause of contrast after the cue is not the cue's, when a subject opens it.
    ("Lautaro Martínez fue el héroe con su gol decisivo, mientras Ángel Di María se despidió de la Selección.", "es",
     "scorer", [{"lautaro"}]),
    ("Police arrested 27 people, while 55 others were ejected.", "en", "arrests", [(27, 27)]),
    # Spanish marks people with 'a': what follows the figure says where from, not what it counts.
    ("La policía detuvo a 27 personas y expulsó a 55 del estadio.", "es", "ejected", [(55, 55)]),
])
def test_running_totals_numbered_units_and_clauses_of_contrast(tmp_path, text, lang, fact, expected):
    found = [f.value for f in found_with(tmp_path, TOTALS_RULES, text, lang) if f.fact == fact]
    if fact == "scorer":
        assert [set(v) for v in found] == expected
    elif fact in ("arrests", "ejected"):
        assert [(v.lo, v.hi) for v in found] == expected
    else:
        assert [v.lo for v in found] == expected


SENTENCE_RULES = """facts:
  - id: sentence
    kind: duration
    unit: year
    cues: [sentenced, sentence, prison]
"""


@pytest.mark.parametrize("text, expected", [
    ("He was sentenced to six years’ imprisonment for the murder of his girlfriend in 2013.", ["6 years"]),
    ("He was sentenced in 2013 to six years.", []),  # the year is the sentence's: background
    ("His sentence was shorter than the 15-year minimum requested by prosecutors.", []),
    ("He was sentenced to a 15-year minimum term.", ["15 years"]),
    ("Experts were expecting him to be sentenced to between 11 and 14 years.", []),
    ("Lawyers had predicted a prison term of at least 10 years.", []),
    ("His sentence for the original conviction was five years.", []),
    # What someone recommended was not the sentence, even past an age set off by commas.
    ("Prosecutors recommended Smith, 32, receives a prison sentence of 40 to 50 years.", []),
    ("Los fiscales recomendaron una sentencia de 40 años.", []),
    ("The jury that recommended a penalty sentenced him to 12 years.", ["12 years"]),  # its main verb governs it
    ("His lawyers had asked for just 6 1/2 years.", []),
    ("He was sentenced to 6 1/2 years.", ["6.5 years"]),
])
def test_what_a_sentence_was_not(tmp_path, text, expected):
    rules = tmp_path / "r.yaml"
    rules.write_text(SENTENCE_RULES)
    art = Article("t", "t", "", text, "en", date(2016, 7, 6))
    assert [f.display for f in Matcher(load_rules(rules)).find(art)[0]] == expected


ASKED_RULES = """facts:
  - id: term
    kind: duration
    unit: year
    cues: [sentenced, sentence, prison, term, pena, prisión, prisão]
  - id: asked
    kind: duration
    unit: year
    cues: [prosecutors, fiscales, fiscalía, Ministério Público]
  - id: defense
    kind: duration
    unit: year
    cues: [lawyers, abogados]
  - id: day
    kind: date
    cues: [sentenced, sentence]
  - id: loss
    kind: money
    cues: [stole, roubou, pérdidas]
  - id: age
    kind: number
    accept: [age]
    cues: [Smith]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # What a cue asked for is that cue's fact's, and no one else's: before the value or after it.
    ("Prosecutors had sought 40 to 50 years in prison.", "en", "asked", ["40 to 50 years"]),
    ("Prosecutors had sought 40 to 50 years in prison.", "en", "term", []),
    ("Los fiscales habían pedido una pena de prisión de 40 a 50 años.", "es", "asked", ["40 a 50 años"]),
    ("O Ministério Público havia pedido uma pena de prisão de 40 a 50 anos.", "pt", "asked", ["40 a 50 anos"]),
    ("O Ministério Público havia pedido uma pena de prisão de 40 a 50 anos.", "pt", "term", []),
    ("He was sentenced to 25 years, about half the 40 to 50 years prosecutors sought.", "en", "term", ["25 years"]),
    ("He was sentenced to 25 years, about half the 40 to 50 years prosecutors sought.", "en", "asked",
     ["40 to 50 years"]),
    ("His sentence was shorter than the 40- to 50-year term that prosecutors had recommended.", "en", "term", []),
    ("His sentence was shorter than the 40- to 50-year term that prosecutors had recommended.", "en", "asked",
     ["40- to 50-year"]),
    ("La pena fue la mitad de los 50 años de prisión que pidió la fiscalía.", "es", "term", []),
    ("La pena fue la mitad de los 50 años de prisión que pidió la fiscalía.", "es", "asked", ["50 years"]),
    ("Es una cuarta parte de los 105 años de prisión recomendados por el departamento.", "es", "term", []),
    ("He was sentenced to 25 years as prosecutors requested.", "en", "term", ["25 years"]),  # what was given
    ("The sentence is less than half of the recommended term of 15 years.", "en", "term", []),  # not its subject
    ("Prosecutors said the lawyers sought six years.", "en", "asked", []),
    ("His lawyers asked for 63 months to 78 months.", "en", "defense", ["63 months to 78 months"]),
    # A possibility, a counterfactual, a penalty faced.
    ("He would have been sentenced to more than 100 years.", "en", "term", []),
    ("Ele pode cumprir 12,5 anos de prisão com bom comportamento.", "pt", "term", []),
    ("He faces up to 110 years in prison.", "en", "term", []),
    # A span far out of the fact's unit: a statement of 20 minutes is no term in years.
    ("Before he was sentenced he spoke for 20 minutes.", "en", "term", []),
    # The day of asking, or of an appeal, is not the day of the cue's event.
    ("Prosecutors on March 15 recommended he receive a prison sentence of 40 years.", "en", "day", []),
    ("He appealed his 25-year prison sentence on Thursday.", "en", "day", []),
    ("He was sentenced on Thursday.", "en", "day", ["2024-03-28"]),
    # Vague amounts at the scale of billions, in the three languages.
    ("He stole billions of dollars from customers.", "en", "loss", ["billions of dollars"]),
    ("Ele roubou bilhões de dólares de clientes.", "pt", "loss", ["bilhões de dólares"]),
    ("Provocó pérdidas por miles de millones de dólares.", "es", "loss", ["miles de millones de dólares"]),
    # A term with its half, or a fraction, is no age.
    ("Smith's lawyers asked for six and a half years.", "en", "age", []),
    ("Smith, 32, was sentenced.", "en", "age", ["32"]),
    ("Smith recibió menos de una cuarta parte de la pena.", "es", "age", []),
])
def test_what_was_asked_for_faced_or_appealed(tmp_path, text, lang, fact, expected):
    rules = tmp_path / "r.yaml"
    rules.write_text(ASKED_RULES)
    art = Article("t", "t", "", text, lang, date(2024, 3, 29))
    assert [f.display for f in Matcher(load_rules(rules)).find(art)[0] if f.fact == fact] == expected


TRANSFER_RULES = """facts:
  - id: fee
    kind: money
    currency: EUR
    rates: {GBP: 1.16}
    cues: [fee, pay, paid, traspaso, desembolsado, costará, pagam]
  - id: addons
    kind: money
    currency: EUR
    cues: [add-ons, bonuses, bonificaciones, bónus]
  - id: presented
    kind: date
    ahead: true
    cues: [presented, presentado, apresentado]
  - id: age
    kind: number
    accept: [age]
    cues: [inglés]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # An amount with no currency, in millions, is in the fact's own currency; a sign after it names one.
    ("El traspaso será de 103 millones, además de unas bonificaciones.", "es", "fee", ["EUR 103 million"]),
    ("El Real Madrid ha desembolsado 103M€ por una estrella.", "es", "fee", ["EUR 103 million"]),
    ("Os merengues pagam 103 milhões de euros, mais 30 milhões em bónus.", "pt", "addons", ["EUR 30 million"]),
    ("El traspaso afectó a 8,5 millones de aficionados.", "es", "fee", []),  # a count of something
    # What the cue is added to, or a total with it, is not the cue's amount.
    ("Real bought him for €100m plus add-ons.", "en", "addons", []),
    ("El traspaso será de 103 millones, además de unas bonificaciones.", "es", "addons", []),
    ("The amount would breach the £115 million mark with add-ons.", "en", "addons", []),
    # An amount paid in exchange is a price, not an offer; another year's is background.
    ("Llegó procedente del Birmingham a cambio de 29 millones de euros.", "es", "fee", []),  # no cue: 'a cambio' is none
    ("In the summer of 2020, Dortmund had already paid €25 million for him.", "en", "fee", []),
    ("Dortmund paid €25 million for him.", "en", "fee", ["EUR 25 million"]),
    # A future with an adverb, or 'será' and its participle: the next such day.
    ("He will be officially presented in Madrid on Thursday.", "en", "presented", ["2023-06-15"]),
    ("O novo reforço será apresentado na quinta-feira.", "pt", "presented", ["2023-06-15"]),
    ("El nuevo fichaje fue presentado el jueves.", "es", "presented", ["2023-06-08"]),
    # An amount in millions is no age.
    ("El inglés costará al club 103 millones.", "es", "age", []),
    ("El inglés, de 19 años, firma por seis temporadas.", "es", "age", ["19"]),
])
def test_fees_in_currencies_added_amounts_and_days_to_come(tmp_path, text, lang, fact, expected):
    rules = tmp_path / "r.yaml"
    rules.write_text(TRANSFER_RULES)
    art = Article("t", "t", "", text, lang, date(2023, 6, 14))
    assert [f.display for f in Matcher(load_rules(rules)).find(art)[0] if f.fact == fact] == expected


def test_a_paid_price_in_exchange_is_read(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text(TRANSFER_RULES.replace("cues: [fee, pay,", "cues: [Birmingham, fee, pay,"))
    art = Article("t", "t", "", "Llegó procedente del Birmingham a cambio de 29 millones de euros.", "es", date(2023, 6, 14))
    assert [f.display for f in Matcher(load_rules(rules)).find(art)[0] if f.fact == "fee"] == ["EUR 29 million"]


ACRONYM_RULES = """facts:
  - id: where
    kind: place
    cues: [flown to, taken to, llevado a]
    places:
      united_states: [United States, US]
      los_angeles: [Los Angeles, LA]
"""


@pytest.mark.parametrize("text, expected", [
    ("Maduro was flown to the US on Saturday.", [frozenset({"united_states"})]),
    ("He told us he had been taken to a hospital.", []),  # 'us' is a word, 'US' the country
    ("Fue llevado a la cárcel de la capital.", []),  # 'la' is an article, 'LA' the city
    ("He was flown to LA, then taken to the United States court.", [frozenset({"los_angeles"}),
                                                                     frozenset({"united_states"})]),
])
def test_short_capital_aliases_match_as_written(tmp_path, text, expected):
    found = found_with(tmp_path, ACRONYM_RULES, text)
    assert [f.value for f in found] == expected


def test_a_runaway_pattern_ends_that_fact_for_that_article_only(tmp_path):
    from consistency.models import Article
    from consistency.rules import load_rules

    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n"
                     "  - id: slow\n    kind: count\n    patterns: ['(?P<value>(x+x+)+y)']\n"
                     "  - id: dead\n    kind: count\n    cues: [killed]\n")
    m = Matcher(load_rules(rules))
    art = Article("t", "t", "", "Five people were killed. " + "x" * 5000)
    found, refused = m.find(art)  # how long it takes is measured by benchmarks/bench_hostile.py
    assert [f.fact for f in found] == ["dead"]
    assert any(r.fact == "slow" and "gave up" in r.reason for r in refused)


@pytest.mark.parametrize("text, lang, expected", [
    ("In 2019, a similar raid killed 12 Cuban officers.", "en", []),
    ("Last year 12 Cuban officers were killed in a similar raid.", "en", []),
    ("El año pasado murieron 12 cubanos en un ataque similar.", "es", []),
    ("Early November, a navy raid killed 8 Cuban officers.", "en", []),
    ("In 2026, 32 Cuban officers were killed in the raid.", "en", [Range(32, 32)]),
    ("Cuba, under sanctions since 1962, said 32 Cuban officers were killed.", "en", [Range(32, 32)]),
    ("In November, a navy raid killed 8 Cuban officers.", "en", []),
    ("In January, 32 Cuban officers were killed in the raid.", "en", [Range(32, 32)]),  # the story's month
    ("Earlier this year 12 Cuban officers were killed in a similar raid.", "en", []),
    # Earlier this month is still within a month of publication, as a day is ('on January 3'): the story's own.
    ("Earlier this month the raid killed 32 Cuban officers.", "en", [Range(32, 32)]),
    ("Since October, 45 Cuban officers have been killed in such raids.", "en", []),  # a total since then
    ("Entre marzo de 2021 y agosto de 2022 murieron 45 cubanos.", "es", []),
    ("It was the deadliest raid since 1989, when 30 Cuban officers were killed.", "en", []),
    ("The raid came a year after 30 Cuban officers were killed in Bolivia.", "en", []),
    # A figure given first and since replaced: 'initially' governs its clause, or what follows its comma.
    ("Officials initially said 30 Cuban officers were killed.", "en", []),
    ("Inicialmente, el gobierno dijo que murieron 30 cubanos.", "es", []),
    ("Si bien en un principio se habló de 30 cubanos muertos, el gobierno confirmó la muerte de 32 cubanos.", "es",
     [Range(32, 32)]),
    ("En un primer momento se habló de 30 cubanos muertos, pero después se confirmó la muerte de 32 cubanos.", "es",
     [Range(32, 32)]),
    ("Num primeiro momento, o governo disse que 30 cubanos morreram.", "pt", []),
    # A clause that turns to a later time ends the reach of a time that opens the sentence.
    ("Anteriormente se había informado de 30 cubanos muertos, pero luego se corrigió la cifra a 32 cubanos muertos.",
     "es", [Range(32, 32)]),
    ("Previously 30 Cuban officers were reported killed, but officials later said 32 Cuban officers were killed.", "en",
     [Range(32, 32)]),
    ("Last year 12 Cuban officers were killed, but 20 Cuban officers died in hospital.", "en", []),  # no later time
    # Not in a clause with a subject of its own after the figure: what came first there is that clause's verb.
    ("Officials counted 32 Cuban officers killed where the raid was initially planned.", "en", [Range(32, 32)]),
    ("Se contaron 32 cubanos muertos en la zona donde inicialmente se planeó el ataque.", "es", [Range(32, 32)]),
    # A time inside a concession that opens the sentence dates what it concedes, not the clause after its comma.
    ("Despite 12 Cuban officers killed in a raid last year, 32 Cuban officers were killed this time.", "en",
     [Range(32, 32)]),
    ("A pesar de los 12 cubanos muertos el año pasado, en la operación murieron 32 cubanos.", "es", [Range(32, 32)]),
])
def test_figures_from_another_time_are_background(text, lang, expected):
    assert values(text, "cuban_dead", lang=lang, published=date(2026, 1, 5)) == expected


def test_a_time_phrase_governs_its_clause_not_the_whole_sentence(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n  - id: turnout\n    kind: percentage\n    cues: [turnout]\n    window: 12\n")
    m = Matcher(load_rules(rules))
    art = Article("t", "t", "", "Turnout was 64 percent, up from 58 percent in 2019.", "en", date(2025, 11, 17))
    assert [f.value.lo for f in m.find(art)[0]] == [64]
    art = Article("t", "t", "", "In 2019, turnout was 58 percent.", "en", date(2025, 11, 17))
    assert m.find(art)[0] == []


def test_a_dateline_month_places_a_bare_month_when_the_year_is_unknown():
    text = "QUETTA, May 17 (Wire) - In January, twin bombings killed 92 people. On Friday a bomb killed 23."
    art = Article("t", "t", "", text, "en", None, dateline="QUETTA, May 17 (Wire) -")
    assert [f.value for f in MATCHER.find(art)[0] if f.fact == "total_dead"] == [Range(23, 23)]


TERM_RULES = """facts:
  - id: term
    kind: duration
    unit: year
    cues: [received, recebeu, sentenced, gave]
"""


@pytest.mark.parametrize("text, lang, expected", [
    # A time in an appositive set off by commas after the subject dates the noun, not what the clause says.
    ("Gen. Braga Netto, his running mate in 2022, received 26 years.", "en", ["26 years"]),
    ("Gen. Braga Netto, Bolsonaro's former defense minister and running mate in 2022, received 26 years.", "en",
     ["26 years"]),
    ("O general Braga Netto, candidato a vice em 2022, recebeu 26 anos.", "pt", ["26 years"]),
    # A dash set off by spaces ends the reach of a time in the clause before it.
    ("The court gave his running mate on the 2022 ticket – 26 years.", "en", ["26 years"]),
    ("The court gave his running mate on the 2022 ticket 26 years.", "en", []),
    # ... but one that opens the sentence, or follows a place that does, dates all after it.
    ("In 2019 – a year of unrest – the court gave him 26 years.", "en", []),
    ("In 2019, the court sentenced him to 26 years.", "en", []),
    ("In Brasília, in 2019, the court gave him 26 years.", "en", []),
    ("BRASILIA, Sept 12 (Wire) - In 2019, the court gave him 26 years.", "en", []),
])
def test_a_time_in_an_appositive_dates_its_noun(tmp_path, text, lang, expected):
    assert [f.display for f in found_with(tmp_path, TERM_RULES, text, lang, date(2025, 9, 12))] == expected


@pytest.mark.parametrize("text, expected", [
    # A year that names another event places it at another time, with what a relative clause says of it.
    ("It was the deadliest raid since a 1960 attack killed 61 people.", []),
    ("It was the deadliest raid since the 2018 siege in Caracas, which killed at least 85 people.", []),
    ("The raid killed 32 people, the most since the 2018 siege.", [Range(32, 32)]),
    ("The 2026 raid killed 32 people.", [Range(32, 32)]),  # the story's own year
])
def test_a_year_naming_an_event_places_it_at_another_time(text, expected):
    assert values(text, "total_dead", published=date(2026, 1, 5)) == expected


def test_a_follow_up_story_can_count_figures_from_months_before(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n  - id: dead\n    kind: count\n    cues: [killed]\n    background: false\n")
    text = "The woman who shot and killed two co-workers in September went on trial."
    art = Article("t", "t", "", text, "en", date(2010, 12, 7))
    assert [f.value for f in Matcher(load_rules(rules)).find(art)[0]] == [Range(2, 2)]
    assert values(text, "total_dead", published=date(2010, 12, 7)) == []  # by default, background


@pytest.mark.parametrize("ahead, expected", [
    ("", [date(2024, 5, 30)]),  # the day of what happened: a later day is of something else
    ("    ahead: true\n", [date(2024, 5, 30), date(2024, 11, 5)]),  # a day to come: both are read
])
def test_a_day_after_publication_is_read_only_for_a_day_to_come(tmp_path, ahead, expected):
    rules = "facts:\n  - id: day\n    kind: date\n" + ahead + "    cues: [verdict]\n"
    (tmp_path / "r.yaml").write_text(rules)
    text = "The verdict came on Thursday. 'The real verdict is going to be Nov. 5,' Trump said."
    found = Matcher(load_rules(tmp_path / "r.yaml")).find(Article("t", "t", "", text, "en", date(2024, 5, 31)))[0]
    assert [f.value for f in found] == expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # A date that restates a relative day makes one phrase with it: after a verb of saying it is when it was said.
    ("More than 170 people were killed at the match, officials said on Sunday (Oct 2).", "en", date(2022, 10, 2), []),
    ("The match was played on Saturday (Oct 1) in Malang.", "en", date(2022, 10, 3), ["2022-10-01"]),
    # A relative clause does not reach past the end of its sentence.
    ("Fans fled the stadium, which was built for much smaller crowds. On Saturday (Oct 1), the match ended in chaos.", "en",
     date(2022, 10, 3), ["2022-10-01"]),
    # A day of the month in brackets after a weekday, with an ordinal mark.
    ("O match terminou em tragédia na noite do último sábado (1º) em Malang.", "pt", date(2022, 10, 10), ["2022-10-01"]),
])
def test_a_restated_day_is_one_phrase(tmp_path, text, lang, published, expected):
    (tmp_path / "r.yaml").write_text("facts:\n  - id: day\n    kind: date\n    cues: [match]\n")
    found = Matcher(load_rules(tmp_path / "r.yaml")).find(Article("t", "t", "", text, lang, published))[0]
    assert [f.value.isoformat() for f in found] == expected


@pytest.mark.parametrize("months, text, lang, expected", [
    # A month with no day is read only for a fact that says it may be known to the month; it is compatible with a
    # day in it. Background months stay out of a fact of a day.
    (True, "Regulators opened the investigation in August 2021.", "en", ["2021-08"]),
    (True, "A NHTSA abriu a investigação em agosto de 2021.", "pt", ["2021-08"]),
    (True, "La investigación se abrió en agosto del 2021.", "es", ["2021-08"]),
    (True, "Regulators opened the investigation in Aug. 2021.", "en", ["2021-08"]),
    (True, "Regulators opened the investigation on August 13, 2021.", "en", ["2021-08-13"]),  # a day as ever
    (True, "Regulators will open an investigation in March 2024.", "en", []),  # after publication
    (False, "Regulators opened the investigation in August 2021.", "en", []),
    # A month alone after a word that leads to a time is the latest such month up to publication (13 December 2023).
    (True, "Regulators have kept the investigation open since August.", "en", ["2023-08"]),
    (True, "A investigação foi aberta em agosto pela NHTSA.", "pt", ["2023-08"]),
    (True, "La investigación, abierta desde agosto pasado, sigue.", "es", ["2023-08"]),
    (True, "Regulators opened the investigation last December.", "en", ["2022-12"]),  # the last one before this
    (True, "Regulators opened the investigation in December.", "en", ["2023-12"]),
    (True, "Regulators may open an investigation.", "en", []),  # 'may' is no month here
    (False, "Regulators have kept the investigation open since August.", "en", []),
])
def test_a_month_is_read_when_the_fact_takes_months(tmp_path, months, text, lang, expected):
    rules = "facts:\n  - id: day\n    kind: date\n" + ("    months: true\n" if months else "") + \
        "    cues: [opened, open, abriu, se abrió, aberta, abierta]\n"
    (tmp_path / "r.yaml").write_text(rules)
    found = Matcher(load_rules(tmp_path / "r.yaml")).find(Article("t", "t", "", text, lang, date(2023, 12, 13)))[0]
    assert [f.value.isoformat() for f in found] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A day in a relative clause set off by commas before the cue dates the clause's verb, not the cue's.
    ("Os jurados, que iniciaram as deliberações na quarta-feira, chegaram ao veredito nesta quinta-feira.", "pt",
     [date(2024, 5, 30)]),
    ("The jurors, who began deliberating on Wednesday, reached a verdict.", "en", []),
    ("The jurors, who are anonymous, reached a verdict on Wednesday.", "en", [date(2024, 5, 29)]),  # past the clause
    ("The jury reached its verdict on Wednesday.", "en", [date(2024, 5, 29)]),
])
def test_a_day_in_a_relative_clause_before_the_cue_is_the_clauses(tmp_path, text, lang, expected):
    (tmp_path / "r.yaml").write_text("facts:\n  - id: day\n    kind: date\n    cues: [verdict, veredito]\n")
    found = Matcher(load_rules(tmp_path / "r.yaml")).find(Article("t", "t", "", text, lang, date(2024, 5, 30)))[0]
    assert [f.value for f in found] == expected


def test_a_toll_is_no_age(tmp_path):
    rules = "facts:\n  - id: age\n    kind: number\n    accept: [age]\n    cues: [died, death]\n"
    found = found_with(tmp_path, rules, "The death toll from the quake rises to 75. The singer died at 91.")
    assert [f.value.lo for f in found] == [91]


@pytest.mark.parametrize("text, lang, expected", [
    ("Inaugurada em 1977, a ponte atravessa o rio.", "pt", [1977]),
    ("The bridge, built in 1977, carried 30,000 cars a day.", "en", [1977]),
    ("In 1977 the bridge was built.", "en", [1977]),
    ("The bridge was built in 1977 and repaired in 2019.", "en", [1977]),
])
def test_a_year_that_is_the_fact_is_no_other_time(tmp_path, text, lang, expected):
    rules = tmp_path / "r.yaml"
    rules.write_text("facts:\n  - id: opened\n    kind: number\n    accept: [year]\n"
                     "    cues: [built in, was built, inaugurada em]\n")
    art = Article("t", "t", "", text, lang, date(2024, 3, 26))  # a year before the story's is another time, but this one
    assert [f.value.lo for f in Matcher(load_rules(rules)).find(art)[0]] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A figure after 'until', 'after', 'tras' that ends its phrase is the preposition's object, no clause's subject.
    ("The court barred him from running for office until 2060.", "en", [2060]),
    ("He stays barred from office until 2030 at the earliest.", "en", [2030]),
    ("Queda inhabilitado hasta 2060, dijo el tribunal.", "es", [2060]),
    ("He was barred from office after 12 judges ruled against him.", "en", []),  # the subject of the verb after it
])
def test_a_year_after_until_ends_its_phrase(tmp_path, text, lang, expected):
    rules = "facts:\n  - id: barred\n    kind: number\n    accept: [year]\n    cues: [barred, inhabilitado]\n"
    assert [f.value.lo for f in found_with(tmp_path, rules, text, lang, date(2025, 9, 12))] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # The sides of a result or a vote's tally are no numbers of their own.
    ("By a vote of four to one, the justices convicted Bolsonaro.", "en", []),
    ("Por 4 votos a 1, os ministros consideraram Bolsonaro culpado.", "pt", []),
    ("La Sala declaró por 4 a 1 la culpabilidad de Bolsonaro.", "es", []),
    ("Bolsonaro, 70, lost by a vote of four to one.", "en", [70]),
    ("Bolsonaro, de 70 años, vio un marcador de 4 a 1.", "es", [70]),
])
def test_the_sides_of_a_tally_are_no_numbers(tmp_path, text, lang, expected):
    rules = "facts:\n  - id: age\n    kind: number\n    accept: [age]\n    cues: [Bolsonaro]\n"
    assert [f.value.lo for f in found_with(tmp_path, rules, text, lang, date(2025, 9, 12))] == expected


def test_a_figure_too_long_to_be_a_number_is_no_value():
    assert values("Police said " + "9" * 400 + " people were killed.", "total_dead") == []


CASUALTY_RULES = """facts:
  - id: dead
    kind: count
    cues: [killed, dead, died, death toll, mortos, morreram, muertos, murieron, murió, muertes, número de mortos]
    units: [people, pessoas, personas]
  - id: injured
    kind: count
    cues: [injured, hurt, feridos, feridas, heridos, heridas]
    units: [people, pessoas, personas]
  - id: serious
    kind: count
    cues: [seriously, seriously injured, estado grave, graves]
  - id: missing
    kind: count
    cues: [missing, unaccounted for, desaparecidos]
    units: [people, residents, personas]
  - id: found
    kind: count
    cues: [accounted for, halladas]
    units: [people, personas]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # Units that name people take a figure whose noun is left out: the cue names it, or its predicate holds
    # the cue, or it is a level ('rose to 17').
    ("The crash left 17 dead and 21 injured.", "en", "dead", [17]),
    ("The crash left 17 dead and 21 injured.", "en", "injured", [21]),
    ("O acidente deixou 17 mortos e 21 feridos.", "pt", "dead", [17]),
    ("Pelo menos 15 pessoas morreram e 18 ficaram feridas.", "pt", "injured", [18]),
    ("Pelo menos 15 pessoas morreram e 18 ficaram feridas.", "pt", "dead", [15]),
    ("Subiu para 15 o número de mortos no acidente.", "pt", "dead", [15]),
    ("The toll of the dead rose to 17, officials said.", "en", "dead", [17]),
    ("The death toll from the flash floods soared to 158.", "en", "dead", [158]),
    ("The death toll was now up to 122, with 10 new fatalities added.", "en", "dead", [122]),
    # A participle right after the cue that narrows it counts a part: the identified dead.
    ("Sobe para 224 o número de mortos identificados.", "pt", "dead", []),
    ("Police named the 3 dead identified as local men.", "en", "dead", [3]),
    # Victims are people only as what the verb right after them says they suffered.
    ("Officials said 90 victims were killed in the floods.", "en", "dead", [90]),
    ("Hubo 104 víctimas y decenas de desaparecidos.", "es", "missing", [20]),  # not 104; 'decenas de' counts the cue
    ("The missing include 10 victims who have yet to be identified.", "en", "missing", []),
    ("Besides the dead, 21 others were injured in the crash.", "en", "injured", [21]),
    ("The crash killed 16 people and left five seriously injured.", "en", "injured", []),
    ("The crash killed 16 people and left five seriously injured.", "en", "serious", [5]),
    ("The crash killed 16 people and injured 21.", "en", "injured", [21]),
    # A figure with a predicate of its own is that predicate's: 21 were injured, not killed.
    ("In addition to the dead, 21 people were injured.", "en", "dead", []),
    ("Quince personas murieron y otra veintena resultaron heridas.", "es", "injured", [18]),  # 'otra veintena': 18-22
    # ... and a figure with nothing after it is a level only after one: ages end clauses too.
    ("The man who was killed was named as Ben Banks, 40.", "en", "dead", []),
    ("The driver who was killed had turned 77.", "en", "dead", []),
    ("Nine pro-death jurors asked three holdouts to reconsider.", "en", "dead", []),
    # A part of a group that the cue describes is what the fact counts; the whole is not.
    ("Há cerca de 20 feridos, cinco deles em estado grave.", "pt", "serious", [5]),
    ("About 20 were hurt, five of them seriously.", "en", "serious", [5]),
    ("Cinco dos feridos estão em estado grave.", "pt", "serious", [5]),
    ("Cinco dos feridos estão em estado grave.", "pt", "injured", []),
    ("Cerca de 20 feridos, entre os quais vários em estado grave.", "pt", "serious", []),
    # Someone's children, a change's size, an earlier figure, a figure split by a stray space.
    ("A mother of two died when the car hit her.", "en", "dead", []),
    ("Officials lowered the seriously hurt count by one.", "en", "serious", []),
    ("Officials said the number of dead previously stood at 15.", "en", "dead", []),
    ("A climber was killed after falling 2, 000ft.", "en", "dead", []),
    ("The injured range in age from 24 to 65.", "en", "injured", []),
    # Groups listed apart are not the count: '230 passengers, 10 cabin crew members and 2 pilots'.
    ("The crash killed 230 people, 10 soldiers, and 2 pilots.", "en", "dead", []),
    ("The crash killed 230 people, 10 soldiers and 2 pilots.", "en", "dead", []),
    ("The crash killed 30 people, 20 of them soldiers.", "en", "dead", [30]),
    # Those who died at the scene, or later, are a part of the toll: they give way to a whole count, not alone.
    ("Fifteen people were killed instantly and two people died later. The toll is 17 dead.", "en", "dead", [17]),
    ("15 pessoas morreram no local. Mais tarde, o número de mortos subiu para 17.", "pt", "dead", [17]),
    ("Two people later died in hospital. The crash left 17 dead.", "en", "dead", [17]),
    ("Fifteen people were killed instantly.", "en", "dead", [15]),
    ("Seventeen people died in the crash. Fifteen died on the spot.", "en", "dead", [17]),
    ("Catorce personas murieron: 10 personas murieron ‘in situ’ y cuatro en el hospital.", "es", "dead", [14]),
    # ... and so do figures added to one given before, and figures given place by place.
    ("At least 367 people died. Another 49 people died in Qiaojia.", "en", "dead", [367]),
    ("Otras 49 personas murieron en Qiaojia.", "es", "dead", [49]),
    ("Al menos 45 personas murieron; el gobierno había reportado tres muertos más.", "es", "dead", [45]),
    # After another count's cue, 'otras' contrasts two counts: the 42 are all the injured.
    ("Catorce personas murieron y otras 42 resultaron heridas. Hay 10 en estado crítico y otras 18 heridas leves.", "es",
     "injured", [42]),
    ("Pelo menos 4.300 pessoas morreram. Na Turquia, 2.921 pessoas morreram. Na Síria, 1.444 pessoas morreram.", "pt",
     "dead", [4300]),
    ("In Turkey, 2,921 people died. The toll is 4,300 dead.", "en", "dead", [2921, 4300]),  # one place may be the story's
    # Clauses listed one after another each count what their own verb says.
    ("Al menos 367 personas murieron, 2 mil resultaron heridas y 180 están desaparecidas.", "es", "dead", [367]),
    ("Al menos 367 personas murieron, 2 mil resultaron heridas y 180 están desaparecidas.", "es", "injured", [2000]),
    # A figure in the range of years counts people when the cue or a plural verb follows it, not after a preposition.
    ("El sismo dejó 367 muertos y 2000 heridos.", "es", "injured", [2000]),
    ("Al menos 400 personas murieron, 2000 resultaron heridas.", "es", "injured", [2000]),
    ("A quake in 2000 killed 40 people.", "en", "dead", [40]),
    # A level needs no noun of its own, whatever follows it: 'mounted to 142 in', 'chega a 23,'.
    ("The number of dead mounted to 142 in the derailment.", "en", "dead", [142]),
    ("O número de mortos chega a 23, segundo a polícia.", "pt", "dead", [23]),
    # The last of a list of figures that opens a clause with its own verb counts what that verb says.
    ("Há 27 mortos e duas pessoas permanecem feridas.", "pt", "injured", [2]),
    # How badly some were hurt, or that some were identified, makes a part, which gives way to a whole count.
    ("The crash left 200 injured. 76 passengers were badly hurt and 150 others were slightly injured.", "en",
     "injured", [200]),
    ("Three people were slightly hurt in the crash.", "en", "injured", [3]),  # alone, a part is the count
    ("El choque dejó 29 heridos. Once personas están heridas de gravedad.", "es", "injured", [29]),
    ("At least 126 people were killed. So far 50 dead have been identified.", "en", "dead", [126]),
    ("The dead mounted to 142, 110 dead identified so far.", "en", "dead", [142]),
    ("O número de mortos chega a 23. Mais dois mortos foram encontrados nesta sexta.", "pt", "dead", [23]),
    # Units that name people in general take any noun of people; a part named that way is still a part.
    ("Twelve miners died in the blast.", "en", "dead", [12]),
    ("Sobrevivieron 6 de los pasajeros y murieron 71 personas.", "es", "dead", [71]),
    ("The raid killed 80 people, including 32 officers.", "en", "dead", [80]),
    # One of people in general, in the singular; two 'others' after the cue that names them.
    ("At least one person died in the collapse.", "en", "dead", [1]),
    ("Al menos una persona murió en el derrumbe.", "es", "dead", [1]),
    ("A gunman shot one person dead and injured two others Monday.", "en", "injured", [2]),
    ("Dentre os mortos estava uma criança.", "pt", "dead", []),  # a part of the dead, named before it
    # Where a figure got is a level: 'the toll up to nine', a toll that fell or held; 'up to 50' alone is a bound.
    ("More remains were found, bringing the death toll up to nine.", "en", "dead", [9]),
    ("Up to 50 people were killed.", "en", "dead", [0]),
    ("El número de desaparecidos se ha reducido a 156, según la alcaldesa.", "es", "missing", [156]),
    ("The number of people accounted for remains unchanged at 200.", "en", "found", [200]),
    ("The death toll from the floods is now at 89, officials said.", "en", "dead", [89]),
    ("Flood death toll at 18 and 147 missing", "en", "dead", [18]),
    ("The death toll has risen to 55 as of early Friday.", "en", "dead", [55]),
    ("Las muertes son ahora un total de cinco.", "es", "dead", [5]),
    ("El gobierno elevó la cifra de muertos a 12.", "es", "dead", [12]),
    ("El número de muertos ya es de 12.", "es", "dead", [12]),
    ("O total de mortos é agora de 12.", "pt", "dead", [12]),
    ("The death toll is 12.", "en", "dead", [12]),
    ("Flood death toll hits 12", "en", "dead", [12]),
    ("Los muertos ya suman 12.", "es", "dead", [12]),
    ("Aumenta para 12 o número de mortos.", "pt", "dead", [12]),
    ("The death toll rose from nine to 12.", "en", "dead", [12]),
    ("Los muertos pasan de nueve a 12.", "es", "dead", [12]),
    ("O número de mortos passou de nove para 12.", "pt", "dead", [12]),
    ("La cifra de muertos asciende ya a 12.", "es", "dead", [12]),
    # A total the cue's sentence brings the count to is the whole; an increment nearer the cue gives way to it, but
    # not to a total for a period.
    ("Two people died on Monday, bringing the total to 20.", "en", "dead", [20]),
    ("Com mais dois mortos, o total chega a 20.", "pt", "dead", [20]),
    ("Twelve people died in the crash, bringing this year's toll to 150.", "en", "dead", [12]),
    ("The fire brought the number of dead to 26, officials said.", "en", "dead", [26]),
    ("A Defesa Civil elevou o total de mortos para 26, incluindo duas crianças.", "pt", "dead", [26]),
    # A part named after its noun: 'two children among them'.
    ("El incendio elevó el total de muertos a 26, con dos menores entre ellos.", "es", "dead", [26]),
    # A comma and a conjunction part two clauses: each figure is its own clause's.
    ("El número de desaparecidos se ha reducido a 156, y las muertes son ahora un total de cinco.", "es", "dead", [5]),
    # A vague figure's 'of' names what it counts; a cue that is another figure's noun does not claim the next one;
    # a scare-quoted word does not part a figure from its cue.
    ("The toll rose to nine, with another 10 people injured and dozens of residents still missing.", "en", "injured",
     [10]),
    ("Cinco muertos 156 desaparecidos 130 personas halladas.", "es", "missing", [156]),
    ("The toll is 79, with another 61 \"potentially\" unaccounted for.", "en", "missing", [61]),
    # A phrase of time after a participle tells when that was done, not when what follows its comma was.
    ("Con los cuerpos recuperados anteriormente, los muertos son ahora un total de cinco.", "es", "dead", [5]),
    ("Há pouco mais de 3 anos, 19 pessoas morreram em Mariana. Agora há 65 mortos.", "pt", "dead", [65]),
    # A figure set anew; a headline's figure, which the next line does not name.
    ("Os bombeiros atualizaram de 121 para 134 o número de mortos.", "pt", "dead", [134]),
    ("Número de mortos em Brumadinho sobe para 182\n2019-02-28\nA Defesa Civil informou.", "pt", "dead", [182]),
    # A figure right after a conjunction that opens a clause of its own is that clause's subject.
    ("Five people were seriously injured when two buses collided.", "en", "serious", [5]),
    ("Hay cinco heridos graves tras dos explosiones.", "es", "serious", [5]),
    # A level reached past a relative clause set off by commas, with its day after it.
    ("O número de mortos do acidente, que ocorreu pouco antes da meia-noite de terça-feira, subiu para 36 nesta "
     "quarta-feira.", "pt", "dead", [36]),
    ("The death toll rose to 36 Wednesday.", "en", "dead", [36]),
    # Some of a kind of person, beside a figure for all, are a part; alone, they are the count.
    ("Al menos 36 personas murieron. Los dos conductores murieron en el choque.", "es", "dead", [36]),
    ("Los dos conductores murieron en el choque.", "es", "dead", [2]),
    # A cue joined by 'or' to another group counts both groups together; two words for the dead are one group.
    ("So far at least 79 people are dead/missing.", "en", "dead", []),
    ("More than 1,000 people have died or gone missing this year.", "en", "dead", []),
    ("Unos 30 muertos o desaparecidos en la costa.", "es", "dead", []),
    ("Unos 30 muertos o desaparecidos en la costa.", "es", "missing", []),
    ("Twelve people were injured or killed.", "en", "dead", []),
    ("Ten people were killed or died later of their wounds.", "en", "dead", [10]),
    ("A explosão deixou 12 mortos o que chocou o país.", "pt", "dead", [12]),  # in Portuguese 'o' is not 'or'
    # A part out of a whole that is a figure: the part is the count when the cue is its verb, not the whole's
    # description.
    ("Acredita-se que seis dos oito homens da equipe morreram.", "pt", "dead", [6]),
    ("Two of the eight workers were killed.", "en", "dead", [2]),
    ("Dos de los ocho trabajadores murieron en el derrumbe.", "es", "dead", [2]),
    ("Two of the 32 officers killed were colonels.", "en", "dead", [32]),
    ("Três das cinco pessoas que morreram eram jogadores.", "pt", "dead", [5]),
    # A figure right before a cue that a verb of speech follows counts who spoke, unless it is all of them.
    ("Dos heridos dijeron que el autobús iba muy rápido.", "es", "injured", []),
    ("Two injured passengers told reporters the bus was speeding.", "en", "injured", []),
    ("Três feridos disseram que o ônibus corria.", "pt", "injured", []),
    ("All 20 injured said the bus was speeding.", "en", "injured", [20]),
    ("La explosión dejó 12 muertos o heridos.", "es", "dead", []),
    # A figure that others follow, each with a place of its own, is a part shared out, unless the cue is its own.
    ("The floods killed 40 people in May, 3 in June.", "en", "dead", [40]),
    ("At least 40 people died in Valencia, 3 in Cuenca and 1 in Albacete.", "en", "dead", []),
    # The second of two groups that one verb takes is a part; two clauses each count their own.
    ("Ocho soldados de la guarnición del norte y dos niños murieron en el ataque.", "es", "dead", []),
    ("Eight soldiers were killed in the north and two children died in the south.", "en", "dead", [8, 2]),
    # A group besides the one the cue is about is not its count, unless the cue is the group's own.
    ("The blast killed, along with two children, eight soldiers.", "en", "dead", [8]),
    ("Ocho soldados fueron trasladados al hospital, junto con dos niños heridos.", "es", "injured", [2]),

    ("The climbers fell about 200 feet and died.", "en", "dead", []),  # a measure
    # A figure for a part of a state by its kind (a county, a province) gives way to a larger one placed in none.
    ("At least nine people died in the storm. Four people were killed in St. Lucie County.", "en", "dead", [9]),
    ("St. Lucie County reported five dead. The death toll across the state rose to 11.", "en", "dead", [11]),
    ("Al menos nueve personas murieron en Florida. El condado de St. Lucie fue el más afectado, con cuatro muertes.",
     "es", "dead", [9]),
    ("Al menos 16 personas murieron. Lo peor fue el condado de St. Lucie, donde seis personas murieron.", "es", "dead",
     [16]),
    ("At least nine people were killed. At least four people died in St. Lucie County.", "en", "dead", [9]),
    ("Five people died in St. Lucie County.", "en", "dead", [5]),  # alone, it is all the article says
    ("36 killed in Hawaii wildfires. The death toll rose to 53 on Friday.", "en", "dead", [36, 53]),  # a state, no part
])
def test_casualty_counts(tmp_path, text, lang, fact, expected):
    assert lows(tmp_path, CASUALTY_RULES, text, lang, fact) == expected


WILDFIRE_RULES = """facts:
  - id: dead
    kind: count
    cues: [dead, died, death toll, muertos, muertes, murieron, fallecidos, víctimas fatales, mortos]
  - id: identified
    kind: count
    cues: [identified, identificados, identificadas]
  - id: missing
    kind: count
    cues: [missing, desaparecidos, desaparecidas]
  - id: quake_day
    kind: date
    cues: [earthquake, terremoto]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # The figure a participle cue's verb has for its subject, before a nearer one past it in a clause of its own.
    ("Officials said 32 bodies have been identified, 40 autopsies have been performed.", "en", "identified", [32]),
    ("The mayor said 370 people have been reported missing in the city of 300,000 residents.", "en", "missing", [370]),
    ("Solo 33 cuerpos han sido identificados, 79 autopsias se han realizado.", "es", "identified", [33]),
    # 'Up to' after a level that was reached is where it got, not a bound.
    ("The death toll was now up to 122, officials said.", "en", "dead", [122]),
    # A number word times a collective numeral; a figure in words counts the cue after 'de'.
    ("Hay cerca de dos centenares de desaparecidos.", "es", "missing", [180]),
    ("Dejó 112 muertos y más de un centenar de desaparecidos.", "es", "missing", [91]),
    ("Dejó 112 muertos y cerca de dos centenares de personas desaparecidas.", "es", "missing", [180]),
    # A part of those the cue describes, in Spanish or Portuguese, where participles tell themselves from verbs.
    ("Entregaron los cuerpos de ocho de las víctimas fatales identificadas.", "es", "identified", []),
    ("Al menos 122 de las víctimas murieron en sus casas.", "es", "dead", [122]),
    # An earlier event a superlative is measured by, named by a demonstrative or after a quoted superlative.
    ("Es el peor desastre ocurrido desde aquel sismo de 2010, que dejó 525 fallecidos.", "es", "dead", []),
    ("It is the “biggest tragedy” the country has witnessed since the 2010 earthquake, which left 500 dead.", "en", "dead",
     []),
    # ... unless the fact is that event: its cue names it, and not what the superlative ranks.
    ("It is the greatest tragedy since the earthquake of Feb. 27, 2010, Boric said.", "en", "quake_day",
     [date(2010, 2, 27)]),
    ("Es la tragedia más grande desde el terremoto del 27 de febrero del año 2010.", "es", "quake_day",
     [date(2010, 2, 27)]),
    ("It was the deadliest earthquake since the earthquake of Feb. 27, 2010.", "en", "quake_day", []),
])
def test_wildfire_counts_and_the_events_they_are_measured_by(tmp_path, text, lang, fact, expected):
    found = [f.value for f in found_with(tmp_path, WILDFIRE_RULES, text, lang) if f.fact == fact]
    assert [v.lo if hasattr(v, "lo") else v for v in found] == expected


def test_a_year_after_el_pasado_is_another_time(tmp_path):
    rules = tmp_path / "r.yaml"
    rules.write_text(WILDFIRE_RULES)
    text = "El pasado 2023 en Hawái el incendio forestal de Maui dejó 110 muertes. Este año hay 131 muertos."
    found = Matcher(load_rules(rules)).find(Article("t", "t", "", text, "es", date(2024, 2, 7)))[0]
    assert [f.value.lo for f in found if f.fact == "dead"] == [131]


AIR_CRASH_RULES = """facts:
  - id: dead
    kind: count
    cues: [dead, died, killed, muertos, muerte, murieron, mortos, mortes, morreram, vítimas]
  - id: aboard
    kind: count
    cues: [aboard, on board, a bordo]
  - id: passengers
    kind: count
    cues: [passengers, pasajeros, passageiros]
  - id: crew
    kind: count
    cues: [crew, crew members, tripulantes]
  - id: identified
    kind: count
    cues: [identified, identificado, identificadas]
  - id: mourning
    kind: duration
    cues: [mourning, luto, duelo]
"""


TABLES["air_crash_counts"] = (AIR_CRASH_RULES, None, [
    # A phrase that describes the figure's people is one fact's, the predicate after it another's: both count them.
    ("All 62 people aboard the plane were killed.", "en", [("aboard", "62"), ("dead", "62")]),
    ("Las 62 personas a bordo murieron.", "es", [("aboard", "62"), ("dead", "62")]),
    ("Two gang members were arrested.", "en", []),
    # A phrase a list's groups share narrows none of them to another fact.
    ("There were 58 passengers and four crew members on board.", "en", [("crew", "4"), ("passengers", "58")]),
    # The verb right before a figure counts it, over a noun after it of those a harm befell; and so does the
    # predicate right after that noun.
    ("O IML havia identificado 12 vítimas até segunda-feira.", "pt", [("identified", "12")]),
    ("Até o momento, 23 vítimas foram identificadas.", "pt", [("identified", "23")]),
    # Groups each with a means of its own are parts.
    ("Vinte e três vítimas foram identificadas por impressões digitais e quatro por meio da arcada dentária.", "pt", []),
    ("Twenty were identified by fingerprints and four by dental records.", "en", []),
    # How many a craft holds is not how many it carried.
    ("El avión, con capacidad para 68 pasajeros, llevaba 58.", "es", [("passengers", "58")]),
    ("The ATR 72 has a capacity of up to 70 passengers.", "en", []),
    # A silence kept is no mourning's length.
    ("Lula se unió al luto nacional con un minuto de silencio.", "es", []),
    ("Mourners held a two-minute silence after three days of mourning.", "en", [("mourning", "3 days")]),
    # The earlier event a superlative is measured by, named by its day or year and a clause of when.
    ("Es el accidente más grave desde 2007, cuando un vuelo de TAM se estrelló, causando la muerte de 199 personas.",
     "es", []),
    ("Este acidente é o mais fatal no Brasil desde 2007, quando um avião colidiu com um edifício, causando 199 mortes.",
     "pt", []),
    ("This is the crash with the most victims since July 17, 2007, when a tragedy involving a TAM jet left 199 dead.", "en",
     []),
    ("Não é novo, mas desde 2007, quando a lei mudou, 30 pessoas morreram.", "pt", [("dead", "30")]),
])


TRAM_RULES = """facts:
  - id: dead
    kind: count
    cues: [dead, died, killed, toll, mortos, morreram, mortes, vítimas mortais, muertos, murieron, murió]
    units: [people, pessoas, personas, vítimas]
    not_units: [feridos, heridos, injured]
  - id: injured
    kind: count
    cues: [injured, feridos, feridas, heridos, heridas]
    units: [people, pessoas, personas]
  - id: serious
    kind: count
    cues: [seriously injured, estado grave, graves]
    units: [people, pessoas, personas]
  - id: riders
    kind: count
    cues: [a year, por ano, al año]
    units: [passengers, passageiros, pasajeros]
  - id: national_mourning
    kind: duration
    cues: [national mourning, luto nacional, nacional de duelo]
  - id: city_mourning
    kind: duration
    cues: [luto, duelo, mourning]
"""


TABLES["tram_crash_counts"] = (TRAM_RULES, None, [
    # A figure right before its own cue names what it counts: a noun of another fact after 'and' is the next figure's.
    ("O descarrilamento deixou 16 mortos e 21 feridos.", "pt", [("dead", "16"), ("injured", "21")]),
    # A part of a group of people, by a pronoun or a definite noun, that the cue describes: the group's noun is left out.
    ("Morreram 16 pessoas e 21 ficaram feridas, cinco delas em estado grave.", "pt",
     [("dead", "16"), ("injured", "21"), ("serious", "5")]),
    ("Cinco dos feridos estão em estado grave.", "pt", [("serious", "5")]),
    # ... but not when the cue is in a relative clause about the group: two of those who were serious died.
    ("Dois dos feridos que estavam em estado grave não resistiram.", "pt", []),
    # So many more, after a stand-in.
    ("Catorce personas murieron y otra veintena resultaron heridas.", "es", [("dead", "14"), ("injured", "otra veintena")]),
    # A rate is the fact's when its words are the fact's cue.
    ("The line carries about three million passengers a year.", "en", [("riders", "about three million")]),
    ("The line carried 3,000 passengers a day.", "en", []),
    # A phrase heading its clause that names a group besides the one the clause counts.
    ("Além das vítimas mortais, vinte pessoas ficaram feridas.", "pt", [("injured", "20")]),
    ("Besides the dead, about 20 people were taken to hospital.", "en", []),
    ("In addition to the 16 dead, 21 people were injured.", "en", [("dead", "16"), ("injured", "21")]),
    # Those a verb of identifying found are a part, when the article gives a whole.
    ("Foi possível identificar oito vítimas mortais. O acidente causou 16 mortos.", "pt", [("dead", "16")]),
    ("Foi possível identificar oito vítimas mortais.", "pt", [("dead", "8")]),
    # A figure given before, by a verb in the pluperfect or after 'chegar a', gives way to the article's other.
    ("Emergency services had put the toll at 17. The prime minister said 16 people died.", "en", [("dead", "16")]),
    ("Mais cedo, os bombeiros chegaram a divulgar 17 mortes. O governo confirmou 16 mortos.", "pt", [("dead", "16")]),
    ("Emergency services had put the toll at 17.", "en", [("dead", "17")]),
    # A span written onto another fact's longer cue, past an adjective, is that fact's.
    ("La alcaldía declaró luto municipal y el gobierno decretó un día nacional de duelo.", "es",
     [("national_mourning", "1 day")]),
    ("El alcalde ordenó tres días de luto.", "es", [("city_mourning", "3 days")]),
])


CRASH_FLIGHT_RULES = """facts:
  - id: aboard
    kind: count
    cues: [on board, aboard, a bordo]
    units: [people, personas, pessoas, passengers and crew]
  - id: passengers
    kind: count
    cues: [passengers, pasajeros, passageiros]
    units: [passengers, pasajeros, passageiros]
  - id: crew
    kind: count
    cues: [crew, tripulantes]
  - id: dead
    kind: count
    cues: [killed, died, dead, muertos, víctimas fatales]
    units: [people, personas, pessoas]
  - id: ground
    kind: count
    cues: [on the ground, en tierra]
    units: [people, personas]
  - id: british
    kind: count
    cues: [British, británicos]
    units: [nationals, people, británicos]
  - id: indian
    kind: count
    cues: [Indian nationals, indianos]
    units: [nationals, indianos]
"""


TABLES["flight_counts"] = (CRASH_FLIGHT_RULES, None, [
    # A figure whose noun phrase names a group another head count counts is a part: it gives way to a whole.
    ("Air India said 242 people were on board. It said 53 British nationals were on board.", "en",
     [("aboard", "242"), ("british", "53")]),
    ("Over 50 British nationals were aboard. The plane had 242 people on board.", "en",
     [("aboard", "242"), ("british", "Over 50")]),
    ("Viajavam 169 passageiros indianos. No avião seguiam 230 passageiros.", "pt",
     [("indian", "169"), ("passengers", "230")]),
    ("It said 169 passengers are Indian nationals. The plane had 230 passengers.", "en",
     [("indian", "169"), ("passengers", "230")]),
    ("At least 265 people were killed. 241 passengers died.", "en", [("dead", "At least 265"), ("passengers", "241")]),
    ("53 British nationals were on board.", "en", [("aboard", "53"), ("british", "53")]),  # alone: no whole to give way to
    ("The crash killed 241 people. At least five students were killed.", "en", [("dead", "241")]),  # open above: its least
    # A phrase after the last group of a list tells it from the one before when both are this fact's.
    ("El avión dejó 241 muertos y al menos 27 víctimas fatales en tierra.", "es", [("dead", "241"), ("ground", "al menos 27")]),
    # A noun joined by 'and' to another's cue, with no figure of its own, names one group of both.
    ("The flight was carrying 242 passengers and crew.", "en", []),
    ("It was carrying 242 passengers and crew on board.", "en", [("aboard", "242")]),
    ("Iban 242 pasajeros y tripulantes a bordo.", "es", [("aboard", "242")]),
    ("The flight was carrying 230 passengers and 12 crew.", "en", [("crew", "12"), ("passengers", "230")]),
    # ... and after a part of it, the cue right after the joined noun describes the whole.
    ("Murieron 241 de los 242 pasajeros y tripulantes a bordo.", "es", [("aboard", "242")]),
    # Those left out of a whole count none of it.
    ("All but one person on board the plane died.", "en", []),
    ("Murieron todos excepto dos pasajeros.", "es", []),
    # What a craft can hold is not how many were there.
    ("The Boeing 787-8 can normally carry a total of 248 passengers.", "en", []),
    ("El avión puede transportar hasta 250 pasajeros.", "es", []),  # a guard: 'puede' refuses it too
    # A part of a group the cue names, before it, past the comma that closes the phrase.
    ("Among the passengers, only one passenger survived.", "en", []),
])


PLACES_RULES = """facts:
  - id: jamaica_dead
    kind: count
    cues: [deaths, died, muertos, mortes]
    about: [Jamaica]
  - id: haiti_dead
    kind: count
    cues: [deaths, died, muertos, mortes]
    about: [Haiti, Haití]
"""


TABLES["a_figure_placed_in_what_another_fact_is_about"] = (PLACES_RULES, None, [
    # A figure placed, in its clause, in what another fact of the rule file is about is that fact's alone.
    ("In Jamaica, 19 deaths have been confirmed, while at least 30 deaths have been confirmed in Haiti.", "en",
     [("haiti_dead", "at least 30"), ("jamaica_dead", "19")]),
    ("Hubo 8 muertos en Jamaica y 25 muertos en Haití.", "es", [("haiti_dead", "25"), ("jamaica_dead", "8")]),
    # ... but not one placed in neither, nor in a place no fact is about.
    ("The storm killed 12 people in Jamaica and Haiti, with 40 deaths in the Caribbean.", "en",
     [("haiti_dead", "40"), ("jamaica_dead", "40")]),
    # A figure placed in both, joined, is neither's.
    ("Hubo 30 muertos en Haití y Jamaica.", "es", []),
    ("The storm left 24 deaths across Jamaica and Haiti. In Jamaica, 19 deaths were confirmed.", "en",
     [("jamaica_dead", "19")]),
    # A place that reports the figure, as the subject of the verb right before it, places it; and the figure joined to it.
    ("In Jamaica, 19 deaths were confirmed, while Haiti reported 30 deaths and 12 injured.", "en",
     [("haiti_dead", "30"), ("jamaica_dead", "19")]),
    ("Hubo 8 muertos en Jamaica, y Haití confirmó 25 muertos.", "es", [("haiti_dead", "25"), ("jamaica_dead", "8")]),
    # A dateline that opens a paragraph is where the copy was filed, not what its sentence is about.
    ("Storm hits the Caribbean\nHaiti (Agencies): In Jamaica, 19 deaths were confirmed.", "en", [("jamaica_dead", "19")]),
    ("Storm hits the Caribbean\nHaití/En Jamaica hubo 8 muertos.", "es", [("jamaica_dead", "8")]),
    ("Storm hits the Caribbean\nPORT-AU-PRINCE, Haiti - In Jamaica, 19 deaths were confirmed.", "en",
     [("jamaica_dead", "19")]),
])


ARTICLE_RULES = """facts:
  - id: toll
    kind: count
    cues: [saldo, muerto, muertos, rehén, rehenes, mortos]
  - id: recalled
    kind: count
    cues: [recall, llamado, retirada]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # 'un', 'uma' right before a cue count one only when the cue names a person; before another cue they are its article.
    ("El accidente dejó un saldo de 38 muertos.", "es", "toll", ["38"]),
    ("La riada dejó un saldo provisional de 95 víctimas mortales.", "es", "toll", ["95"]),
    ("Hubo un muerto y dos heridos.", "es", "toll", ["1"]),
    ("Hamas liberó a un rehén el lunes.", "es", "toll", ["1"]),
    ("A Tesla anunciou um recall massivo que afetará mais de dois milhões de carros.", "pt", "recalled",
     ["mais de dois milhões"]),
    ("Se hizo un llamado a todos los automóviles Tesla.", "es", "recalled", []),
    ("Tesla decidiu administrar voluntariamente um recall.", "pt", "recalled", []),
])
def test_an_article_before_a_cue_counts_one_only_of_a_person(tmp_path, text, lang, fact, expected):
    assert shown(tmp_path, ARTICLE_RULES, text, lang, fact) == expected


JURY_RULES = """facts:
  - id: jurors
    kind: count
    cues: [jury, júri, jurado]
    units: [jurors, members, New Yorkers, miembros, jurados, membros, pessoas]
  - id: aboard
    kind: count
    cues: [carried, transportaba]
    units: [passengers, people, pasajeros]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # With units, an article before the cue is no figure ('um júri' is a jury, not one juror).
    ("Um júri de Nova York considerou Trump culpado.", "pt", "jurors", []),
    ("Un jurado de Nueva York lo declaró culpable.", "es", "jurors", []),
    ("A jury of 12 New Yorkers found him guilty.", "en", "jurors", [12]),
    # What a whole is made of, not who did something: 'composto por' is no agent's 'por'.
    ("O júri, composto por 12 pessoas, analisou as provas.", "pt", "jurors", [12]),
    ("El jurado compuesto por 12 miembros emitió un veredicto.", "es", "jurors", [12]),
    # Two groups by sex in words: neither alone is the whole, and the two together are.
    ("El jurado estaba compuesto por siete hombres y cinco mujeres.", "es", "jurors", [12]),
    # A figure after an article and a name is the name's: a model, a mission.
    ("El Embraer 190 transportaba 62 pasajeros.", "es", "aboard", [62]),
    ("The Boeing 737 carried 150 passengers.", "en", "aboard", [150]),
])
def test_jury_and_names(tmp_path, text, lang, fact, expected):
    assert lows(tmp_path, JURY_RULES, text, lang, fact) == expected


SWAP_RULES = """facts:
  - id: freed
    kind: count
    cues: [swap, exchange, freed, canje, troca, saldo, liberadas]
    units: [prisoners, people, presos, prisioneiros, muertos, personas]
  - id: to_russia
    kind: count
    cues: [moved to Russia]
    units: [prisoners]
"""


@pytest.mark.parametrize("text, lang, expected", [
    # A figure before a cue that is an event's noun, the people in it after 'of', counts the events, not the people.
    ("Foi uma troca de 26 prisioneiros.", "pt", [26]),
    ("Un canje de presos tuvo lugar el jueves.", "es", []),
    ("One exchange of more than 20 prisoners took place.", "en", [21]),  # more than 20: 21 or more
    ("El accidente dejó un saldo de 38 muertos.", "es", [38]),
    ("The swap freed 26 prisoners.", "en", [26]),
    ("Two freed prisoners spoke to reporters.", "en", [2]),  # the cue is no event's noun here
    # One group of several, each sent to its own place or by its own agent, is a part of what the swap counts; of
    # what a cue that names the place counts, it is the whole.
    ("The swap saw 10 prisoners moved to Russia, 13 to Germany, and three to the US.", "en", [10]),
    ("The swap saw 10 prisoners, including two minors, sent to Russia, 13 to Germany, and three to the US.", "en", []),
    ("El canje incluyó a 16 personas liberadas por Rusia y 8 por Estados Unidos.", "es", []),
])
def test_a_figure_before_an_event_counts_the_events(tmp_path, text, lang, expected):
    found = found_with(tmp_path, SWAP_RULES, text, lang)
    assert [f.value.lo for f in found] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A figure before a verb of killing that has an object counts who killed; before a passive one, who died.
    ("Two accused gunmen went on trial for killing a mother of three.", "en", []),
    ("Two officers shot and killed Ramon Diaz on Friday.", "en", []),
    ("Dos hombres mataron a su vecino.", "es", []),
    ("Two people were killed the day after the storm.", "en", [2]),
    ("Two people killed Saturday in a crash.", "en", [2]),
    ("The gunmen killed 12 people.", "en", [12]),
    ("Two officers killed 16-year-old Kimani Gray.", "en", []),  # an age opens the object
    # Who did it, an earlier event, someone's children, a figure in an aside the cue is not in.
    ("The teenager was killed by two officers.", "en", []),
    ("It was the deadliest shooting since 17 students were killed in Parkland.", "en", []),
    ("The deputy, a father to two boys, died at the scene.", "en", []),
    ("In all, ten people –nine women and a man– died.", "en", [10]),  # dashes held to their words, as in Spanish copy
    # Groups listed in digits or words are counted apart.
    ("The gunmen killed 37 villagers, six soldiers and 16 police officers.", "en", []),
    ("The gunmen killed 37 villagers, six soldiers, three guards and 16 police officers.", "en", []),
    # The next name and age of a list: ages, not counts.
    ("Andrew Lane, 20 and John Carr, 24, were killed.", "en", []),
])
def test_who_killed_is_not_who_died(tmp_path, text, lang, expected):
    # No units: any group may be the dead, so only the verb can tell.
    rules = "facts:\n  - id: dead\n    kind: count\n    cues: [killed, killing, dead, died, mataron]\n"
    found = found_with(tmp_path, rules, text, lang)
    assert [f.value.lo for f in found] == expected


GROUP_RULES = """facts:
  - id: dead
    kind: count
    cues: [killed, lives]
    units: [people, lives]
  - id: ground
    kind: count
    cues: [on the ground]
  - id: firefighters
    kind: count
    cues: [firefighters]
  - id: engines
    kind: count
    cues: [fire engines]
"""


@pytest.mark.parametrize("text, expected", [
    # Another fact's cue right after this fact's narrows what the figure counts: a part of the dead, not all.
    ("The crash caused the loss of 33 lives on the ground.", {"ground": [33]}),
    ("The crash killed 241 people on board and 33 on the ground.", {"dead": [241], "ground": [33]}),
    # ... but not a cue that goes with a figure of its own.
    ("Fifty firefighters with 10 fire engines fought the blaze.", {"firefighters": [50], "engines": [10]}),
])
def test_a_cue_after_a_cue_narrows_the_count(tmp_path, text, expected):
    found = found_with(tmp_path, GROUP_RULES, text)
    got: dict[str, list[float]] = {}
    for f in found:
        got.setdefault(f.fact, []).append(f.value.lo)
    assert got == expected


@pytest.mark.parametrize("text, lang, expected", [
    # A figure that another fact's cue governs ('la muerte de') is that fact's, even when this one's cue follows it in
    # a relative clause: the 38 died, though they were on board.
    ("El choque causó la muerte de al menos 38 personas que iban a bordo.", "es", {"dead": [38]}),
    ("The plane carried 67 people who were on board.", "en", {"aboard": [67]}),
])
def test_a_cue_in_a_relative_clause_does_not_claim_a_figure(tmp_path, text, lang, expected):
    rules = ("facts:\n  - id: dead\n    kind: count\n    cues: [muerte, killed]\n    units: [personas, people]\n"
             "  - id: aboard\n    kind: count\n    cues: [a bordo, on board, carried]\n    units: [personas, people]\n")
    got: dict[str, list[float]] = {}
    for f in found_with(tmp_path, rules, text, lang):
        got.setdefault(f.fact, []).append(f.value.lo)
    assert got == expected


def test_the_object_of_a_second_verb_of_killing_names_who_died(tmp_path):
    rules = "facts:\n  - id: victims\n    kind: count\n    cues: [shot]\n"
    assert found_with(tmp_path, rules, "Two officers shot and killed a 16-year-old.") == []
    assert [f.value.lo for f in found_with(tmp_path, rules, "Two people were shot and killed.")] == [2]


def test_a_part_listed_between_commas_does_not_part_a_figure_from_its_cue(tmp_path):
    text = "At least 265 people, including 241 of the 242 on board a flight bound for London, were killed."
    found = found_with(tmp_path, CASUALTY_RULES, text)
    assert [(f.fact, f.display) for f in found] == [("dead", "At least 265")]


RAISE_RULES = """facts:
  - id: raise
    kind: percentage
    cues: [aumento salarial, aumento]
"""


@pytest.mark.parametrize("text, expected", [
    ("El contrato incluye un aumento salarial de 38 % en cuatro años.", [38]),  # 'de' is 'of' here, not 'from'
    ("El aumento salarial pasó de 30 % a 40 %.", [40]),  # and 'from' here
    ("Los trabajadores estaban en huelga para exigir un aumento salarial de 40 %.", []),  # a demand
])
def test_a_rise_of_and_a_rise_demanded(tmp_path, text, expected):
    found = found_with(tmp_path, RAISE_RULES, text, "es")
    assert [f.value.lo for f in found] == expected


CROWD_RULES = """facts:
  - id: police
    kind: count
    cues: [police, policía, polícia]
    units: [people, protesters, personas, manifestantes, pessoas]
  - id: organisers
    kind: count
    cues: [organisers, organizers, organiser, organizadores, organização, Front]
    units: [people, protesters, personas, manifestantes, pessoas]
"""


@pytest.mark.parametrize("text, lang, expected", [
    # A figure whose noun is left out after a verb of estimate or a level: what the cue puts the count at.
    ("Police said 128,000 were present in the park.", "en", [("police", 128000)]),
    ("Police put the estimate at 128,000 as the rally peaked.", "en", [("police", 128000)]),
    ("Police estimated the crowd at 128,000.", "en", [("police", 128000)]),
    ("The crowd was put at 128,000 by police.", "en", [("police", 128000)]),
    ("Police said the crowd numbered 128,000.", "en", [("police", 128000)]),
    ("La policía cifró en 128.000 los asistentes.", "es", [("police", 128000)]),
    ("A polícia é mais conservadora e estima cerca de 130 mil.", "pt", [("police", 117000)]),
    ("A polícia calculou em 128 mil o número de manifestantes.", "pt", [("police", 128000)]),
    # A cue that gives the figure reaches it past the window, within what it says.
    ("The police released a far lower crowd estimate, saying there were 128,000 protesters in the park at the peak.", "en",
     [("police", 128000)]),
    ("En la otra vereda, la policía indicó que en el Parque Victoria se habían congregado 128.000 manifestantes.", "es",
     [("police", 128000)]),
    ("The organizers of a rally on Sunday afternoon in the city's main park claimed that at least 1.7 million protesters"
     " turned out.", "en", [("organisers", 1700000)]),
    ("The rally drew more than 1.7 million people, making it one of the largest rallies in years, according to organisers.",
     "en", [("organisers", 1700000)]),
    # Not a cue inside a relative clause: the clause's subject says it.
    ("A polícia, cujos números são sempre mais baixos do que as estimativas dos organizadores, disse que a participação no "
     "parque durante a tarde foi de 128 mil pessoas.", "pt", [("police", 128000)]),
    # A figure credited right after it, its noun named before in its sentence.
    ("Unas 800.000 personas según los convocantes (183.000, según la policía) marcharon.", "es", [("police", 183000)]),
    ("Más de un millón de personas, según algunos medios; 1,7 millones según los organizadores.", "es",
     [("organisers", 1700000)]),
    # Half a scale word.
    ("Los organizadores afirmaron que habían convocado a más de millón y medio de manifestantes.", "es",
     [("organisers", 1500000)]),
    # A superlative's mark, and the relative clause that describes it, is an earlier event.
    ("This was the biggest rally since the July 1 march, which organisers estimated almost two million people attended.",
     "en", []),
    ("Police fired 55 canisters of tear gas.", "en", []),
])
def test_a_crowd_counted_by_who_gives_the_figure(tmp_path, text, lang, expected):
    found = found_with(tmp_path, CROWD_RULES, text, lang)
    assert [(f.fact, f.value.lo) for f in found] == expected


@pytest.mark.parametrize("text, expected", [
    # A day more than a month before publication is another time; one of the story's days is not.
    ("Em 9 de junho, a organização contabilizou um milhão de pessoas.", []),
    ("Em 18 de agosto, a organização contabilizou um milhão de pessoas.", [1000000]),
    # Not one that ends a relative clause: it dates what the clause says.
    ("A greve, que durava desde 13 de junho, terminou, e a organização contabilizou um milhão de pessoas.", [1000000]),
])
def test_a_day_long_before_publication_is_another_time(tmp_path, text, expected):
    import datetime

    rules = tmp_path / "r.yaml"
    rules.write_text(CROWD_RULES)
    article = Article("t", "t", "", text, "pt", published=datetime.date(2019, 8, 20))
    found = Matcher(load_rules(rules)).find(article)[0]
    assert [f.value.lo for f in found] == expected


ORDINAL_RULES = """facts:
  - id: weekend
    kind: ordinal
    cues: [weekend, fin de semana, fim de semana, semana de protestos]
"""


@pytest.mark.parametrize("text, lang, expected", [
    ("It was the 11th consecutive weekend of protests.", "en", [11]),
    ("Era la décima primera semana de protestos.", "pt", [11]),
    ("Nesta décima primeira semana de protestos o movimento continua.", "pt", [11]),
    ("É o 11° fim de semana consecutivo de protestos.", "pt", [11]),
    ("It was the twenty-first weekend of protests.", "en", [21]),
    # An ordinal that ranks another noun than the cue's.
    ("The weekend saw no clashes for the first time in weeks.", "en", []),
    ("The weekend rally was the second-largest of the movement.", "en", []),
    ("That weekend, he finished second.", "en", [2]),  # alone, it ranks what the cue names
    ("It was the weekend of protests for the third time.", "en", [3]),  # 'for the third time' ranks its clause's event
    ("O 29º e último fim de semana de protestos.", "pt", [29]),  # another rank joined to it: the noun after both
    ("O 29º e último dia do fim de semana de protestos.", "pt", []),
    # Counted since another time: no rank in a sequence.
    ("It was the first weekend of protests since 2014.", "en", []),
    ("Fue el primer fin de semana sin gases en 20 años.", "es", []),
])
def test_an_ordinal_ranks_the_noun_it_stands_before(tmp_path, text, lang, expected):
    found = found_with(tmp_path, ORDINAL_RULES, text, lang)
    assert [f.value for f in found] == expected


ELECTION_RULES = """facts:
  - id: winner
    kind: percentage
    cues: [Milei]
  - id: loser
    kind: percentage
    cues: [Massa]
  - id: margin
    kind: percentage
    unit: points
    cues: [diferencia, diferença, margin]
  - id: votes
    kind: count
    cues: [Milei]
    units: [votos, votes]
"""


INF = float("inf")


@pytest.mark.parametrize("text, lang, expected", [
    # How much of the count is in is no share of the vote; the share of counted votes a candidate took is.
    ("Milei ganó, con el 95,31% de las mesas escrutadas.", "es", []),
    ("Milei led with more than 94% of votes counted.", "en", []),
    ("Milei venceu, com 99,25% das urnas apuradas.", "pt", []),
    ("Milei obtuvo el 55,69% de los votos escrutados.", "es", [("winner", 55.69, 55.69)]),
    # A poll foresees a result; a count that leads is one.
    ("Las encuestas daban a Milei un 44,65% de intención de voto.", "es", []),
    ("A média deixa Milei com 44,65% das intenções de voto.", "pt", []),
    ("Milei was leading the count with more than 55% of the votes.", "en", [("winner", 55, INF)]),
    # The clause a contrast opens does not reach back past it.
    ("Milei se impuso por el 52,74% mientras que Sergio Massa se quedó con el 47,25%.", "es",
     [("winner", 52.74, 52.74), ("loser", 47.25, 47.25)]),
    # 'More than' a share starts at it; a margin of votes is no count of votes.
    ("El libertario logró una diferencia de más de 11 puntos.", "es", [("margin", 11, INF)]),
    ("A diferença, ultrapassando 10 pontos percentuais, surpreendeu.", "pt", [("margin", 10, INF)]),
    ("Milei teve mais de 3 milhões de votos de vantagem.", "pt", []),
    ("Milei terminou com 14.475.600 votos.", "pt", [("votes", 14475600, 14475600)]),
])
def test_an_election_result_and_its_traps(tmp_path, text, lang, expected):
    found = found_with(tmp_path, ELECTION_RULES, text, lang)
    assert [(f.fact, f.value.lo, f.value.hi) for f in found] == expected


STADIUM_RULES = """facts:
  - id: dead
    kind: count
    cues: [died, morreram, murieron]
  - id: police_dead
    kind: count
    cues: [officers, polícias, policías]
  - id: children_dead
    kind: count
    cues: [children, niños]
  - id: died_inside
    kind: count
    cues: [inside the stadium, dentro do estádio]
"""


@pytest.mark.parametrize("text, lang, expected", [
    # The cue that is the figure's own noun keeps it, though another fact's verb follows as its predicate (who died
    # is counted by that verb's fact too: alone, 'two police officers died' is the toll; listed after another group
    # of the dead, each is a part).
    ("De acordo com os números oficiais, 125 adeptos e pelo menos dois polícias morreram.", "pt",
     [("police_dead", 2)]),
    ("Decenas de hinchas y dos policías murieron por asfixia.", "es", [("dead", 2), ("police_dead", 2)]),
    ("The commission said 17 children died in the incident.", "en", [("children_dead", 17), ("dead", 17)]),
    # Another fact's cue that opens a phrase of its own right after the cue narrows what the figure counts.
    ("The police chief said 34 people died inside the stadium.", "en", [("died_inside", 34)]),
    ("Trinta e quatro pessoas morreram dentro do estádio.", "pt", [("died_inside", 34)]),
])
def test_a_figures_own_noun_keeps_it(tmp_path, text, lang, expected):
    found = found_with(tmp_path, STADIUM_RULES, text, lang)
    assert sorted((f.fact, f.value.lo) for f in found) == expected


PARTY_RULES = """window: 12
facts:
  - id: greens_seats
    kind: count
    cues: [Greens, Verdes]
    units: [seat*, deputies, deputados, diputados]
  - id: liberals_seats
    kind: count
    cues: [Liberals, Liberales, Liberais]
    units: [seat*, deputies, deputados, diputados]
  - id: greens_share
    kind: percentage
    cues: [Greens, Verdes]
  - id: liberals_share
    kind: percentage
    cues: [Liberals, Liberales, Liberais]
  - id: abstention
    kind: percentage
    cues: [abstention, abstenção]
"""


@pytest.mark.parametrize("text, lang, expected", [
    # A figure set against another party's is the margin between them, and that party is what it is compared with.
    ("The Greens won 79 seats, two seats more than the Liberals.", "en", [("greens_seats", 79)]),
    ("Los Verdes lograron el 29,5% y 79 diputados, dos más que los Liberales.", "es",
     [("greens_seats", 79), ("greens_share", 29.5)]),
    ("Os Verdes elegeram 80 deputados, três deputados à frente dos Liberais.", "pt", [("greens_seats", 80)]),
    ("Os Liberais tiveram menos 50.934 votos que os Verdes, registando 28,63%.", "pt", [("liberals_share", 28.63)]),
    # How much of the count is in, said before the share.
    ("With the vote count reaching almost 99%, the Greens led.", "en", []),
    ("Com a contagem em 99% dos votos, os Verdes lideram.", "pt", []),
    ("The Greens led with 99 percent of the votes accounted for.", "en", []),
    # A figure before 'and' and the words that open the cue's noun phrase is the conjunct's before it.
    ("El liberalismo obtiene 28,6% y la fuerza Verdes, con el 18%, queda tercera.", "es", [("greens_share", 18)]),
    # A count in brackets right after the cue glosses it.
    ("Chega came third, behind the Greens (79 deputies).", "en", [("greens_seats", 79)]),
    # Where a change got to counts the noun of the figure it started from.
    ("O crescimento dos Verdes de 12 deputados para 48 surpreendeu.", "pt", [("greens_seats", 48)]),
    # Seats gained are added to a total the article gives.
    ("The Greens gained two seats abroad. The Greens finished with 50 seats.", "en", [("greens_seats", 50)]),
    # A projection is not a result.
    ("As projeções indicavam uma abstenção entre 32% e 46,5%.", "pt", []),
    ("Abstention is projected to reach 36%.", "en", []),
    ("Abstention was 33.8%, below the projected 36%.", "en", [("abstention", 33.8)]),
])
def test_seats_and_shares_of_parties(tmp_path, text, lang, expected):
    found = found_with(tmp_path, PARTY_RULES, text, lang)
    assert sorted((f.fact, f.value.lo) for f in found) == expected


def test_a_figure_added_gives_way_unless_set_beside_another_count(tmp_path):
    # Two parties that gained a seat each: no count of the other party's is given before the figure, so it is added.
    text = "The Liberals and the Greens gained one additional seat each. The Greens finished with 50 seats."
    assert lows(tmp_path, PARTY_RULES, text, "en", "greens_seats") == [50]
    # A word of adding that is the fact's own cue refuses nothing.
    rules = "facts:\n  - id: per_day\n    kind: count\n    cues: [additional, extra]\n"
    text = "Hamas will free 50 additional hostages. The pause grows an extra day for every additional 10 hostages freed."
    assert lows(tmp_path, rules, text, "en", "per_day") == [50, 10]


MATCH_RULES = """facts:
  - id: final_score
    kind: score
    cues: [draw, extra time, empat*, prorrogação]
  - id: shootout
    kind: score
    cues: [penalties, shootout, penales, penaltis, pênaltis, penáltis]
  - id: goals
    kind: count
    cues: [Mbappe]
    units: [goals]
    values: {hat-trick: 3, hat trick: 3, triplete: 3}
  - id: title
    kind: ordinal
    cues: [World Cup, Copa do Mundo]
    values: {tricampe*: 3}
"""


TABLES["results_of_a_match_and_words_for_values"] = (MATCH_RULES, None, [
    # A result two score facts reach is the one's whose cue is nearer.
    ("Argentina beat France 4-2 on penalties after a 3-3 draw.", "en", [("shootout", "4-2"), ("final_score", "3-3")]),
    ("Ganó en una fase de penales que siguió a un empate 3-3.", "es", [("final_score", "3-3")]),
    ("O jogo terminou empatado em 3 a 3 e foi para os pênaltis.", "pt", [("final_score", "3-3")]),
    # A result in an aside the cue is not in is another's; one glossing the cue is the cue's.
    ("Ganó en la tanda de penaltis de la final (3-3, 4-2 en los penaltis).", "es", [("shootout", "4-2")]),
    ("A Argentina venceu nos penáltis (4-2) no Qatar.", "pt", [("shootout", "4-2")]),
    # The rule's own words for a value.
    ("Mbappe scored a hat-trick.", "en", [("goals", "3")]),
    ("Mbappe anotó un triplete.", "es", [("goals", "3")]),
    ("A Argentina é tricampeã da Copa do Mundo.", "pt", [("title", "3rd")]),
])


HEAT_RULES = """facts:
  - id: record_temp
    kind: number
    accept: [measure]
    cues: [record, hottest]
  - id: record_day
    kind: date
    cues: [record, récord]
  - id: stations
    kind: count
    cues: [exceeded, exceeding]
    units: [stations]
"""


@pytest.mark.parametrize("text, lang, published, expected", [
    # 'previous' dates the noun it describes and what follows, not a figure before it ...
    ("At least 34 weather stations exceeded the previous UK record.", "en", None, [("stations", "At least 34")]),
    ("It beat the previous record of 38.7C set at Cambridge.", "en", None, []),
    ("Two previous stations exceeded it.", "en", None, []),  # ... but its own noun's
    ("It broke the previous record of 23.9C recorded in Brighton on August 3, 1990.", "en", date(2022, 7, 19), []),
    # What was foreseen is a comparison's standard, not a figure's condition.
    ("It was more widespread than had been predicted with 46 stations exceeding it.", "en", None, [("stations", "46")]),
    ("A record of 39.1 °C was set in Charlwood.", "es", None, [("record_temp", "39.1")]),  # a measure, no degree
    ("The five hottest UK days on record have all come in the past 20 years.", "en", None, []),
    # A day after 'until' ends a span; it is not when something happened.
    ("Hasta el lunes 18 de julio, el récord era de Cambridge.", "es", date(2022, 7, 19), []),
])
def test_a_temperature_record_and_its_traps(tmp_path, text, lang, published, expected):
    rules = tmp_path / "r.yaml"
    rules.write_text(HEAT_RULES)
    found = Matcher(load_rules(rules)).find(Article("t", "t", "", text, lang, published))[0]
    assert [(f.fact, f.display) for f in found] == expected


DEAL_RULES = """facts:
  - id: fired
    kind: entities
    cues: [fired, demitidos, demitiu, despidió, despedidos]
    entities:
      agrawal: [Parag Agrawal, Agrawal]
      segal: [Ned Segal, Segal]
      gadde: [Vijaya Gadde, Gadde]
      edgett: [Sean Edgett, Edgett]
  - id: fired_count
    kind: count
    cues: [fired, despidió, despedidos, recorte]
    units: [executives, ejecutivos, responsables, personas]
  - id: cause
    kind: entities
    cues: [hospitalized]
    entities:
      pneumonia: [pneumonia]
      heart_attack: [heart attack]
  - id: closed
    kind: date
    ahead: true
    cues: [closed, arrested, halted, cerró]
  - id: severance
    kind: duration
    unit: week
    cues: [base pay, salário]
"""


TABLES["who_and_how_many_were_named"] = (DEAL_RULES, None, [
    # The name nearest the cue, and those listed with it; not one across a verb of saying.
    ("Agrawal said Segal was fired.", "en", [("fired", "Ned Segal")]),
    ("Agrawal confirmed that Segal was fired.", "en", [("fired", "Ned Segal")]),
    # A name's appositive does not part it from its predicate.
    ("According to the Post, which cited a source, Sean Edgett, Twitter's general counsel, was also fired.", "en",
     [("fired", "Sean Edgett")]),
    # A list goes on past the titles of its names, however many articles and prepositions they hold ...
    ("Fontes disseram que o CEO Parag Agrawal, o diretor financeiro Ned Segal e a chefe de política legal, confiança e "
     "segurança, Vijaya Gadde foram demitidos.", "pt", [("fired", "Parag Agrawal"), ("fired", "Ned Segal"),
                                                       ("fired", "Vijaya Gadde")]),
    ("Los otros tres ejecutivos despedidos son el jefe financiero, Ned Segal; la responsable legal y de políticas, Vijaya "
     "Gadde; y el abogado principal de la firma, Sean Edgett.", "es",
     [("fired", "Ned Segal"), ("fired", "Vijaya Gadde"), ("fired", "Sean Edgett"), ("fired_count", "3")]),
    # ... but not to a name the item's own words govern.
    ("She had been hospitalized for four weeks due to pneumonia, only to suffer from a heart attack.", "en",
     [("cause", "pneumonia")]),
    # Who the cue's object includes, past the window.
    ("Musk despidió a cuatro de los máximos responsables de la compañía, entre ellos el CEO, Parag Agrawal.", "es",
     [("fired", "Parag Agrawal"), ("fired_count", "4")]),
    # One named and others: the count is one more; the rest of a group gives way to its whole.
    ("Musk fired Twitter CEO Parag Agrawal and two other executives.", "en", [("fired", "Parag Agrawal"),
                                                                             ("fired_count", "3")]),
    ("Musk despidió a Parag Agrawal y a otros dos ejecutivos.", "es", [("fired", "Parag Agrawal"), ("fired_count", "3")]),
    ("Musk despidió a cuatro responsables. Los otros tres ejecutivos despedidos son Segal, Gadde y Edgett.", "es",
     [("fired_count", "4"), ("fired", "Ned Segal"), ("fired", "Vijaya Gadde"), ("fired", "Sean Edgett")]),
    # An article of the cue is no figure when the cue holds what is counted, a point between digits or not.
    ("Musk ejecutó un recorte de 1.500 ejecutivos.", "es", [("fired_count", "1500")]),
])


@pytest.mark.parametrize("text, lang, published, expected", [
    # A day counted from another the text names, in its sentence or the one before.
    ("A filing on Friday morning showed that the deal had closed the day before, and said trading was suspended.", "en",
     date(2022, 10, 28), ["2022-10-27"]),
    ("Police found the body on Monday. He was arrested the next day.", "en", date(2022, 10, 28), ["2022-10-25"]),
    ("La junta se reunió el viernes. Musk cerró la compra la víspera.", "es", date(2022, 10, 28), ["2022-10-27"]),
    ("Musk cerró la compra al día siguiente.", "es", date(2022, 10, 28), []),  # from no day the text names
    ("He was arrested the day before the vote.", "en", date(2022, 10, 28), []),  # from an event
    ("He was arrested the day before yesterday.", "en", date(2022, 10, 28), ["2022-10-26"]),
    # A weekday a verb of the future governs is to come.
    ("Shares will be halted from trading on the NYSE on Friday.", "en", date(2022, 10, 27), ["2022-10-28"]),
    ("Police will name the man arrested on Friday.", "en", date(2022, 10, 27), ["2022-10-21"]),
    ("He is expected to be arrested on Friday.", "en", date(2022, 10, 27), ["2022-10-28"]),
    ("Trading is going to be halted Friday.", "en", date(2022, 10, 27), ["2022-10-28"]),
    ("He was arrested on Friday.", "en", date(2022, 10, 27), ["2022-10-21"]),
    # A day a span since the cue comes to is that day, not the cue's.
    ("Este viernes se cumplen dos semanas desde que cerró la planta.", "es", date(2022, 10, 27), []),
    ("La planta cerró el viernes y se cumplen dos semanas desde entonces.", "es", date(2022, 10, 27), ["2022-10-21"]),
])
def test_days_counted_from_another_and_days_to_come(tmp_path, text, lang, published, expected):
    rules = tmp_path / "r.yaml"
    rules.write_text(DEAL_RULES)
    found = Matcher(load_rules(rules)).find(Article("t", "t", "", text, lang, published))[0]
    assert [f.display for f in found if f.fact == "closed"] == expected


@pytest.mark.parametrize("text, lang, expected", [
    # The span the cue is 'of' wins a tie with one after the cue.
    ("They will get 16 weeks of base pay and six months of health care.", "en", ["16 weeks"]),
    ("Vai oferecer três meses de salário e seis meses de plano de saúde.", "pt", ["3 months"]),
])
def test_a_span_of_what_the_cue_names(tmp_path, text, lang, expected):
    assert shown(tmp_path, DEAL_RULES, text, lang, "severance") == expected


STRIKE_RULES = """facts:
  - id: strike_length
    kind: duration
    unit: day
    cues: [strike, huelga, paro, greve]
  - id: contract_length
    kind: duration
    unit: month
    cues: [contract, agreement, acuerdo, contrato]
  - id: served
    kind: duration
    unit: month
    cues: [served]
  - id: sentence
    kind: duration
    unit: month
    cues: [sentence]
  - id: start
    kind: date
    cues: [strike started]
"""


TABLES["a_span_is_of_what_it_is_written_onto"] = (STRIKE_RULES, None, [
    # A span is of the words it is written onto: another fact's cue there claims it ...
    ("The union signed an agreement that ends a nearly six-week strike.", "en", [("strike_length", "nearly six-week")]),
    ("Firmaron el acuerdo tras un paro de 38 días.", "es", [("strike_length", "38 days")]),
    ("Hubo acuerdo tras siete semanas de huelga.", "es", [("strike_length", "7 weeks")]),  # shown as said
    # ... and as an adjective, it measures its noun, unless the cue governs that noun as its object.
    ("The plant saw a three-year pay plan and a threat to strike.", "en", []),
    ("The union reached an agreement on a new three-year labor pact.", "en", [("contract_length", "3 years")]),
    ("He served a reduced sentence of four and a half months.", "en", [("sentence", "4.5 months"),
                                                                      ("served", "4.5 months")]),
    ("He had served only a five-year term for fraud.", "en", [("served", "5 years")]),
    # A span with 'a' or 'per' and a unit, or 'a' unit after an amount, is a rate.
    ("Under the contract, top pay rises to $42 an hour.", "en", []),
    ("The contract sets 40 hours a week.", "en", []),
    ("The strike cost the firm $30 million a day.", "en", []),
    # 'A second' before a noun is an ordinal.
    ("The strike spread to a second plant.", "en", []),
])


@pytest.mark.parametrize("text, expected", [
    # A day after a participle that a phrase cue ends in is when, not a noun the participle describes.
    ("Since the strike started Sept. 15, talks have gone on.", ["2023-09-15"]),
    ("Since the strike started Friday, talks have gone on.", ["2023-10-20"]),
    ("Pickets joined the strike started plants last week.", []),
])
def test_a_day_after_a_cue_is_no_noun_it_describes(tmp_path, text, expected):
    found = Matcher(load_rules(_written(tmp_path, STRIKE_RULES))).find(Article("t", "t", "", text, "en", date(2023, 10, 26)))[0]
    assert [f.display for f in found if f.fact == "start"] == expected


CHANGE_RULES = """facts:
  - id: raise
    kind: percentage
    cues: [raise, aumento, aumentar os salários, inflation]
  - id: jobs_cut
    kind: count
    cues: [cut, toll]
    units: [jobs, people]
"""


TABLES["the_size_of_a_change_the_cue_names"] = (CHANGE_RULES, None, [
    # The size of a change is the figure when the cue names the change and governs it ...
    ("The firm agreed to raise wages by 25% over four years.", "en", [("raise", "25%")]),
    ("A Ford decidiu aumentar os salários em 25% nos próximos anos.", "pt", [("raise", "25%")]),
    ("The group cut its payroll by 1,200 jobs.", "en", [("jobs_cut", "1200")]),
    # ... not when the cue names a level, nor across a clause.
    ("Inflation rose by 2% to 9%.", "en", [("raise", "9%")]),
    ("The toll rose by 5 to 20 people.", "en", [("jobs_cut", "20")]),
    ("They will raise the offer, which grew by 25% last year.", "en", []),
])


@pytest.mark.parametrize("text, lang, expected", [
    # A first part of a raise gives way to the whole the article gives ...
    ("The deal brings a 20% raise over its term. Members get an immediate 8% raise.", "en", ["20%"]),
    ("The deal brings a 20% raise over its term, with an 8% raise right away.", "en", ["20%"]),
    ("El pacto prevé un aumento de 20 por ciento, incluido 8 por ciento inicial.", "es", ["20%"]),
    # ... not alone, and not when a figure stands between the word and it.
    ("Members get an immediate 8% raise.", "en", ["8%"]),
    ("An immediate payment and a 20% raise over its term. Also a 7% raise.", "en", ["20%", "7%"]),
])
def test_a_first_part_of_a_raise_gives_way_to_the_whole(tmp_path, text, lang, expected):
    assert shown(tmp_path, CHANGE_RULES, text, lang, "raise") == expected


APPOSITIVE_RULES = """facts:
  - id: shares
    kind: percentage
    cues: [ações da CrowdStrike, shares of CrowdStrike, acciones de la empresa]
  - id: injured
    kind: count
    cues: [wounded, feridos]
  - id: age
    kind: number
    accept: [age]
    cues: [wife]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # What the cue's noun is, set off by commas right after it, does not part the cue from its figure.
    ("As ações da CrowdStrike, a empresa global de segurança cibernética, caíram 12,83% na sexta.", "pt", "shares",
     [12.83]),
    ("As ações da CrowdStrike, empresa global de segurança cibernética, desabaram 11% no pré-market.", "pt", "shares",
     [11]),
    ("Shares of CrowdStrike (CRWD), the Texas-based cybersecurity firm, closed down 11% on Friday.", "en", "shares",
     [11]),
    # Not a clause between commas, a name, nor a list's next item; and past the aside the window still counts.
    ("Las acciones de la empresa, según dijeron analistas consultados por esta agencia, caerán un 20%.", "es", "shares",
     []),
    ("Among the wounded, several are in hospital, some in serious condition, including two children.", "en", "injured",
     []),
    ("Dos 85 indivíduos feridos, 66 estão internados, sendo seis em unidades de terapia intensiva.", "pt", "injured",
     [85]),
    ("Jackman and his wife, Deborra-Lee Furness, have an Oscar at home - their 8-year-old son.", "en", "age", []),
    ("Shares of CrowdStrike, and those of rivals with clients in the airline industry, fell 11%.", "en", "shares", []),
])
def test_an_appositive_after_the_cue(tmp_path, text, lang, fact, expected):
    found = found_with(tmp_path, APPOSITIVE_RULES, text, lang)
    assert [f.value.lo if f.value.exact else f.value for f in found if f.fact == fact] == expected


FLIGHT_RULES = """facts:
  - id: cancelled
    kind: count
    cues: [canceled, cancelled, cancellations, cancelados]
    units: [flights, vuelos]
  - id: tornadoes
    kind: count
    cues: [tornadoes]
    units: [tornadoes]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # A second group with a participle of its own is what that verb says, not the cue's.
    ("More than 2,000 flights in the United States were canceled and over 5,300 flights delayed.", "en", "cancelled",
     [2000]),
    ("Más de 2.000 vuelos fueron cancelados y 5.300 vuelos retrasados.", "es", "cancelled", [2000]),
    ("The outage grounded planes, with 5,300 flights delayed and 2,000 flights cancelled.", "en", "cancelled", [2000]),
    # A unit in the singular before the cue modifies it: the figure counts the cue's ('flight cancellations').
    ("U.S. airlines reported over 1,500 flight cancellations on Friday.", "en", "cancelled", [1501]),
    ("Forecasters issued 130 tornado warnings as 19 tornadoes touched down.", "en", "tornadoes", [19]),
])
def test_what_another_verb_or_noun_counts(tmp_path, text, lang, fact, expected):
    assert lows(tmp_path, FLIGHT_RULES, text, lang, fact) == expected


RELATIVE_RULES = """facts:
  - id: shares
    kind: percentage
    cues: [ações da CrowdStrike, shares of CrowdStrike]
  - id: dead
    kind: count
    cues: [fatalities]
  - id: age
    kind: number
    accept: [age]
    cues: [Deputy]
"""


@pytest.mark.parametrize("text, lang, fact, expected", [
    # What follows a relative clause that holds the cue is said of what the clause is about.
    ("A Bolsa de tecnologia Nasdaq, onde as ações da CrowdStrike são negociadas, subia 0,05% no mesmo horário.", "pt",
     "shares", []),
    ("Helene, which caused fatalities in several states, resulted in at least 243 deaths in the region.", "en", "dead",
     []),
    # Inside the clause the figure is the cue's; an age set off by commas does not close it.
    ("Shares of CrowdStrike, which fell 11% on Friday, rose on Monday.", "en", "shares", [11]),
    ("Deputies searched for the gunman, who surprised Deputy Jerry Ortiz, 35, as he spoke to a woman.", "en", "age", [35]),
])
def test_past_the_relative_clause_the_cue_is_in(tmp_path, text, lang, fact, expected):
    assert lows(tmp_path, RELATIVE_RULES, text, lang, fact) == expected


MISSION_RULES = """facts:
  - id: stay
    kind: duration
    unit: day
    cues: [in space, stay, mission, estancia, misión, missão, no espaço]
  - id: planned
    kind: duration
    unit: day
    cues: [planned, supposed to, originally, initially, intended, test flight, debía, deveria, inicialmente, objetivo de]
  - id: dead
    kind: count
    cues: [kill]
"""


TABLES["a_plan_is_not_what_happened"] = (MISSION_RULES, None, [
    # What was meant to happen is no outcome ...
    ("They returned from what was supposed to be a week-long mission.", "en", [("planned", "1 week")]),
    ("Lo que debía ser una estancia de 10 días terminó en 285 días.", "es", [("stay", "285 days")]),
    ("A missão, que deveria durar apenas oito dias, foi prolongada.", "pt", [("planned", "8 days")]),
    ("Chegaram com o objetivo de passar uma semana no espaço.", "pt", [("planned", "1 week")]),
    ("Gomes intended to kill one other person.", "en", []),
    # ... but the fact about the plan reads it: a word of another time or of a plan that is its cue takes nothing from it.
    ("Their journey, initially intended to last eight days, extended to nine months.", "en", [("planned", "8 days")]),
    ("Originally planned as an eight-day test flight, the journey turned into a long stay.", "en", [("planned", "8 days")]),
    ("Inicialmente programada para ocho días, su estancia se extendió.", "es", [("planned", "8 days")]),
    # How much longer than planned is neither the span nor the plan; what it is compared with is not said.
    ("They had spent 286 days in space, 278 days longer than planned.", "en", [("stay", "286 days")]),
    # A span added to another is neither: what a stay is extended by.
    ("The stay in space was extended by another 278 days.", "en", []),
    ("La misión se prolongó 278 días más.", "es", []),
    ("A missão foi estendida por mais 278 dias.", "pt", []),
    # A stretch up to now that is the value itself is no other time for it.
    ("They have spent the past nine months in space.", "en", [("stay", "9 months")]),
    ("They spent 286 days in space, which was 278 days longer than they had planned.", "en", [("stay", "286 days")]),
    # A phrase of another time in a relative clause dates the clause's noun, not a figure well before it.
    ("They return after 286 days in space, up from the mere eight days that were initially planned.", "en",
     [("planned", "8 days"), ("stay", "286 days")]),
])


def test_a_predicate_of_its_own_after_a_plan_did_happen(tmp_path):
    rules = "facts:\n  - id: delay\n    kind: duration\n    unit: minute\n    cues: [delayed]\n"
    text = "The final was scheduled to start at 8pm and was ultimately delayed by more than an hour."
    assert shown(tmp_path, rules, text, "en", "delay") == ["more than an hour"]


def test_a_time_phrase_holding_a_cue_is_the_facts_own_time(tmp_path):
    rules = """facts:
  - id: february_recall
    kind: count
    cues: [February, febrero]
  - id: recalled
    kind: count
    cues: [recalled, recalling]
"""
    text = "Tesla is recalling 2,031,220 vehicles. It recalled 362,758 vehicles in February."
    (tmp_path / "r.yaml").write_text(rules)
    found = Matcher(load_rules(tmp_path / "r.yaml")).find(Article("t", "t", "", text, "en", date(2023, 12, 13)))[0]
    assert sorted((f.fact, f.display) for f in found) == [("february_recall", "362,758"), ("recalled", "2,031,220")]


INFLATION_RULES = """facts:
  - id: monthly
    kind: percentage
    cues: [inflation, inflación, inflação, IPC, consumer prices]
  - id: annual
    kind: percentage
    cues: [annual, interanual, anual, over the past year, doze meses]
  - id: core
    kind: percentage
    cues: [core, núcleo]
  - id: december
    kind: percentage
    background: false
    cues: [December, diciembre]
  - id: clothing
    kind: percentage
    cues: [clothing, footwear, calzado]
"""


TABLES["shares_of_facts_that_share_words"] = (INFLATION_RULES, None, [
    # Two facts' cues that make one phrase: the share is the one's whose cue modifies the other's, the word before
    # in English, the word after in Spanish and Portuguese; else the nearer cue's.
    ("La inflación interanual llega al 84,5%.", "es", [("annual", "84.5%")]),
    ("Annual inflation was 84.5%.", "en", [("annual", "84.5%")]),
    ("El IPC Núcleo subió 2,4%.", "es", [("core", "2.4%")]),
    ("A inflação acumulada nos últimos doze meses caiu para 84,5%.", "pt", [("annual", "84.5%")]),
    ("La inflación de diciembre fue del 2,7%.", "es", [("december", "2.7%")]),
    ("Inflation was 2.2% in January.", "en", [("monthly", "2.2%")]),
    # An aside right after the cue's phrase glosses it.
    ("Regulated prices (2.6 percent) led, followed by core inflation (2.4 percent) and seasonal prices (0.6 percent).",
     "en", [("core", "2.4%")]),
    # A rise by so much is the figure, unless where it got to follows.
    ("Consumer prices have risen by 84.5 percent over the past year.", "en", [("annual", "84.5%")]),
    # What a month is compared with is no figure of that month's.
    ("La inflación de enero fue del 2,2% respecto de diciembre.", "es", [("monthly", "2.2%")]),
    # A figure before 'and' right before the cue is the conjunct's before it.
    ("The smallest rises were education at 0.5 percent and clothing, which fell 0.7 percent.", "en",
     [("clothing", "0.7%")]),
    ("Educación (0,5%) y calzado (-0,7%) variaron menos.", "es", [("clothing", "0.7%")]),
    # A goal is not what happened; nor is what a year gone by saw.
    ("The government wants inflation to stay below 2%.", "en", []),
    ("Es la cifra más baja desde julio de 2020, cuando la inflación fue del 1,9%.", "es", []),
    ("La inflación anual, que llegó a casi 300% a principios del año pasado, bajó al 84,5%.", "es",
     [("annual", "84.5%")]),
])


PERIOD_RULES = """facts:
  - id: monthly
    kind: percentage
    cues: [inflation, inflação]
    background: [January, janeiro]
"""


@pytest.mark.parametrize("text, lang, expected", [
    # A time phrase naming the fact's own period is no other time; another month, or January of another year, is.
    ("A inflação caiu para 2,2% em janeiro.", "pt", ["2.2%"]),
    ("A inflação caiu para 2,7% em dezembro.", "pt", []),
    ("A inflação ficou em 98,8% em janeiro de 2023.", "pt", []),
    ("Inflation slowed to 2.2% in January.", "en", ["2.2%"]),
])
def test_a_fact_names_its_own_period(tmp_path, text, lang, expected):
    rules = tmp_path / "r.yaml"
    rules.write_text(PERIOD_RULES)
    found = Matcher(load_rules(rules)).find(Article("t", "t", "", text, lang, date(2025, 2, 13)))[0]
    assert [f.display for f in found] == expected


@pytest.mark.parametrize("text, lang", [
    ("Acredita-se que seis dos oito homens da equipe tenham morrido.", "pt"),
    ("Six of the eight men on the crew died.", "en"),
])
def test_a_cue_after_the_wholes_noun_counts_the_whole_and_its_verb_the_part(tmp_path, text, lang):
    rules = """facts:
  - id: dead
    kind: count
    cues: [died, morrido, morreram]
  - id: crew
    kind: count
    cues: [crew, equipe]
"""
    assert pairs(tmp_path, rules, text, lang) == [("crew", "8"), ("dead", "6")]


RELEASE_RULES = """facts:
  - id: freed
    kind: count
    cues: [free, freed, releas*, liber*, libert*]
  - id: held
    kind: count
    cues: [holding, held, retiene, mantém]
  - id: prisoners
    kind: count
    cues: [prisoners, presos]
"""


TABLES["parts_wholes_and_rates"] = (RELEASE_RULES, None, [
    # A part of a whole, both figures: a cue right before the part is the verb whose object it is, and counts the part
    # alone; a cue after the whole counts the whole.
    ("Hamas is to free 50 of the roughly 240 hostages it is holding.", "en", [("freed", "50"), ("held", "roughly 240")]),
    ("Hamas pledged to free at least 50 of 240 hostages.", "en", [("freed", "at least 50")]),
    ("Hamás liberará a 50 de los cerca de 240 rehenes que retiene.", "es", [("freed", "50"), ("held", "cerca de 240")]),
    ("O Hamas vai libertar pelo menos 50 dos cerca de 240 reféns.", "pt", [("freed", "pelo menos 50")]),
    ("Five of the 12 hostages freed were children.", "en", [("freed", "12")]),
    # A rate is not how many in all: the step of a ratio, or a count in each span of time.
    ("The truce grows a day for every 10 additional hostages freed.", "en", []),
    ("Por cada 10 rehenes adicionales liberados, la pausa se prolongaría un día más.", "es", []),
    ("Hamas will release 12-13 hostages per day, 50 in all.", "en", [("freed", "50")]),
    ("Hamás liberará a 50 rehenes, entre 10 y 13 cada día.", "es", [("freed", "50")]),
    ("O acordo prevê a libertação de 50 reféns, sendo ao menos 10 por cada dia.", "pt", [("freed", "50")]),
    ("Hamas freed 13 hostages a day after the deal.", "en", [("freed", "13")]),  # not a rate: a time
    ("Foram libertados 13 reféns até a noite.", "pt", [("freed", "13")]),
    ("Los rehenes serán liberados aproximadamente a las 16 ese mismo día.", "es", []),  # an hour of the clock
    # The plural noun a figure counts is a nearer cue than the verb before it, past words that describe it.
    ("Israel is set to release 39 Palestinian prisoners on Friday.", "en", [("prisoners", "39")]),
    ("Israel will free 39 jailed prisoners and Hamas will free 13 hostages.", "en",
     [("prisoners", "39"), ("freed", "13")]),
])


def test_a_fact_on_the_extension_reads_what_is_added(tmp_path):
    rules = "facts:\n  - id: extension\n    kind: duration\n    unit: day\n    cues: [extended, extendió]\n" \
            "  - id: truce\n    kind: duration\n    unit: day\n    cues: [truce, tregua]\n"
    text = "The four-day truce was extended by two days."
    assert pairs(tmp_path, rules, text, "en") == [("extension", "2 days"), ("truce", "4 days")]


AFTERSHOCK_RULES = """facts:
  - id: magnitude
    kind: number
    cues: [magnitude, magnitud]
  - id: aftershock
    kind: number
    cues: [aftershock, aftershocks, réplica, segundo terremoto]
    units: [magnitude, magnitud]
  - id: depth
    kind: number
    unit: km
    cues: [depth, deep, profundidad]
  - id: from_city
    kind: number
    unit: km
    cues: [Mandalay]
"""


TABLES["numbers_of_a_quake"] = (AFTERSHOCK_RULES, None, [
    # Numbers with no unit compete like shares: a measure word that is one fact's cue ('magnitude 6.4') names what is
    # measured, not what has it, so the figure is the fact's whose cue its phrase is written onto or is of.
    ("A magnitude 7.7 quake was followed minutes later by a magnitude 6.4 aftershock.", "en",
     [("aftershock", "6.4"), ("magnitude", "7.7")]),
    ("A 6.4-magnitude aftershock followed.", "en", [("aftershock", "6.4")]),
    ("The strongest aftershock was a 6.7 magnitude tremor.", "en", [("aftershock", "6.7")]),
    ("A significant aftershock of magnitude 6.7 was recorded after the main quake.", "en", [("aftershock", "6.7")]),
    ("Una fuerte réplica de magnitud 6,4 agravó la situación.", "es", [("aftershock", "6.4")]),
    ("Se registró un segundo terremoto en Myanmar de magnitud 6,4.", "es", [("aftershock", "6.4")]),
    ("It triggered aftershocks, one measuring 6.4 magnitude.", "en", [("aftershock", "6.4")]),
    # ... not one it is only near: the nearer cue wins ('aftershocks followed' is a verb of its own).
    ("The 7.7 magnitude quake was followed by a magnitude 6.4 aftershock.", "en",
     [("aftershock", "6.4"), ("magnitude", "7.7")]),
    ("Aftershocks followed the magnitude 7.7 quake.", "en", [("magnitude", "7.7")]),
    # Measures in a unit do not compete: a distance in a direction or from a place is no depth, and counts for a fact
    # whose cues name no dimension.
    ("The quake struck at a depth of 10 km, 16 km northwest of Mandalay.", "en",
     [("depth", "10 km"), ("from_city", "16 km")]),
    ("Bangkok lies some 1,000 km south of the epicentre, deep in Thailand.", "en", []),
    ("El epicentro se situó a 16 km a noroeste de Mandalay, a 10 km de profundidad.", "es",
     [("depth", "10 km"), ("from_city", "16 km")]),
    ("The epicentre was only 10 miles from Mandalay, not deep underground.", "en", [("from_city", "10 miles (15.29–16.9 km)")]),
])


MAIN_SHOCK_RULES = """facts:
  - id: main
    kind: number
    cues: [earthquake, terremoto]
    units: [magnitude, magnitud]
  - id: aftershock
    kind: number
    cues: [aftershock, segundo terremoto]
    units: [magnitude, magnitud]
"""


TABLES["a_cue_inside_another_facts_longer_one_gives_way"] = (MAIN_SHOCK_RULES, None, [
    # A cue inside another fact's longer one gives way to it.
    ("Poco después, se registró un segundo terremoto de magnitud 6,4.", "es", [("aftershock", "6.4")]),
    ("El terremoto de magnitud 7,7 sacudió Birmania.", "es", [("main", "7.7")]),
    ("An aftershock of magnitude 6.7 was recorded shortly after the principal earthquake.", "en", [("aftershock", "6.7")]),
])


TOLL_LIST_RULES = """facts:
  - id: dead
    kind: count
    cues: [muertos, fallecidos, dead]
  - id: trapped
    kind: count
    cues: [atrapadas, trapped]
    units: [personas, people, trabajadores, workers]
"""


TABLES["tolls_place_by_place_and_left_out_nouns"] = (TOLL_LIST_RULES, None, [
    # Figures given place by place in a list are parts, below a whole the article gives.
    ("Hay al menos 144 fallecidos. El terremoto dejó 96 muertos en Naipyidó, la capital, además de 18 en la región "
     "de Sagaing, y 30 en Kyaukse.", "es", [("dead", "al menos 144")]),
    ("At least 144 dead. The quake left 96 dead in Naypyidaw, 18 in Sagaing and 30 in Kyaukse.", "en",
     [("dead", "At least 144")]),
    ("The quake left 96 dead in Naypyidaw.", "en", [("dead", "96")]),  # one place, no list: may be the whole story
    # A figure whose noun is left out, its predicate a reflexive verb; 'tras' is no plural noun after the cue.
    ("Al menos cuatro personas fallecieron y más de 80 se encuentran atrapadas tras el derrumbe.", "es",
     [("trapped", "más de 80")]),
])


RIVAL_SHARE_RULES = """facts:
  - id: mendes
    kind: percentage
    cues: [won, obtained, had, got, votes, votos, obtuvo, obteve, ganó, alcanzó, alcançados]
    about: [Mendes]
    ignore: [San Mendes]
  - id: carvalho
    kind: percentage
    cues: [won, obtained, had, got, votes, votos, obtuvo, obteve, ganó, alcanzó, alcançados]
    about: [Carvalho]
"""


TABLES["a_share_held_by_a_rivals_name_is_the_rivals"] = (RIVAL_SHARE_RULES, None, [
    # Two facts of one kind about rival subjects: a share held by the other's name is the other's, whether that name
    # follows it as its possessor or agent, precedes it as a possessive, heads a relative clause it is in, or is the
    # name nearest before it that is no object nor modifier.
    ("Mendes won 51% of the votes, versus Carvalho's 48%.", "en", [("carvalho", "48%"), ("mendes", "51%")]),
    ("Mendes ganó con el 51,2% de los votos contra el 48,1% del conservador Luis Carvalho.", "es",
     [("carvalho", "48.1%"), ("mendes", "51.2%")]),
    ("Mendes obtuvo el 51% de los votos, superando a su rival, Luis Carvalho, quien alcanzó el 48%.", "es",
     [("carvalho", "48%"), ("mendes", "51%")]),
    ("Ana Mendes obteve 51% dos votos, superando os 48% alcançados por Carvalho.", "pt",
     [("carvalho", "48%"), ("mendes", "51%")]),
    ("El principal rival de Mendes, el exministro Luis Carvalho, obtuvo el 48%.", "es", [("carvalho", "48%")]),
    ("Mendes alcanzó el 51% de los votos, mientras que Carvalho obtuvo el resto.", "es", [("mendes", "51%")]),
    ("Mendes, from the centrist party, won 51% of the vote, Carvalho, from the right, got 48%.", "en",
     [("carvalho", "48%"), ("mendes", "51%")]),
    # A name that is the object of a verb of beating, or of a preposition, holds no share after it.
    ("Mendes defeated Carvalho with 51% of the votes.", "en", [("mendes", "51%")]),
    # A phrase a fact ignores names nothing it is about: 'San Mendes' is a town, not the candidate.
    ("En la provincia de San Mendes, Carvalho obtuvo más del 60% de los votos.", "es", [("carvalho", "más del 60%")]),
])


def test_a_value_in_a_relative_clause_on_another_name_is_not_said_of_the_subject(tmp_path):
    rules = """facts:
  - id: share
    kind: percentage
    cues: [ganó, won]
    about: [Mendes]
"""
    text = ("Mendes asumirá en noviembre y pondrá fin a la hegemonía del Partido Azul (PA), que históricamente ganó con "
            "más del 50%.")
    assert pairs(tmp_path, rules, text, "es") == []
    # ... but one whose clause names the subject is: 'the Tribunal, which said Mendes won 51%'.
    assert pairs(tmp_path, rules, "The count was given by the Tribunal, which said Mendes won 51%.", "en") == \
        [("share", "51%")]


RUNOFF_RULES = """facts:
  - id: runoff
    kind: date
    cues: [balotaje, runoff]
  - id: turnout
    kind: percentage
    cues: [turnout, participación, votó]
  - id: age
    kind: number
    accept: [age]
    cues: [Mendes]
  - id: rule
    kind: duration
    unit: year
    cues: [hegemonía]
  - id: counted
    kind: percentage
    cues: [ganó, won]
"""


@pytest.mark.parametrize("text, lang, published, expected", [
    # A day joined to the noun of an event the cue's is placed after dates that event.
    ("Ambos pasaron al balotaje tras las elecciones generales del 17 de agosto.", "es", date(2025, 10, 20), []),
    ("El balotaje del 19 de octubre fue tranquilo.", "es", date(2025, 10, 20), [("runoff", "2025-10-19")]),
    # A cue in a clause of place or time on the standard of a comparison is said of the standard.
    ("La participación fue del 87%, un aumento respecto a la primera vuelta, donde votó el 82%.", "es", None,
     [("turnout", "87%")]),
    # Years of a thing are a span, not an age; years of a life are an age.
    ("Mendes pondrá fin a los 20 años de hegemonía del partido.", "es", None, [("rule", "20 years")]),
    ("Mendes murió a los 85 años de un infarto.", "es", None, [("age", "85")]),
    ("Mendes, un economista de 58 años de Tarija, ganó.", "es", None, [("age", "58")]),
    # An ordinal with its indicator after a point is no figure.
    ("Mendes vence a 2.ª volta.", "pt", None, []),
    # A share of the tally sheets processed is how much of the count is in.
    ("Mendes won, with 97.68 percent of tally sheets processed.", "en", None, []),
    ("Mendes ganó, con el 97% de las actas procesadas.", "es", None, []),
])
def test_election_copy(tmp_path, text, lang, published, expected):
    found = found_with(tmp_path, RUNOFF_RULES, text, lang, published)
    assert sorted((f.fact, f.display) for f in found) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    # A range is its own margin: a hedge of estimate does not widen it; a figure alone it does.
    ("Voter turnout was estimated between 85 percent and 89 percent.", Range(85, 89)),
    ("Voter turnout was about 85 to 89 percent.", Range(85, 89)),
    ("Voter turnout was about 85 percent.", Range(77, 93)),
])
def test_a_hedged_range_keeps_its_ends(tmp_path, text, expected):
    assert [f.value for f in found_with(tmp_path, RUNOFF_RULES, text) if f.fact == "turnout"] == [expected]


RACE_RULES = """facts:
  - id: winning_time
    kind: duration
    cues: [won, venceu, ganó, record, recorde, récord]
    about: [Mendes]
  - id: margin
    kind: duration
    cues: [by, off, por, faster, vantagem, ventaja]
  - id: age
    kind: number
    accept: [age]
    cues: [Mendes]
"""


@pytest.mark.parametrize("text, lang, published, expected", [
    # A time with seconds, in any of the ways copy writes it.
    ("Mendes won the marathon in 2:07:48 on Sunday.", "en", None, [("winning_time", "2:07:48")]),
    ("Mendes venceu a maratona em 2h07min48s.", "pt", None, [("winning_time", "2h07min48s")]),
    ("Mendes ganó el maratón en dos horas, siete minutos y 48 segundos.", "es", None,
     [("winning_time", "dos horas, siete minutos y 48 segundos")]),
    # A margin is the margin fact's, whose cue is in its words, and no time of the race.
    ("Mendes won in 2:07:48, beating the course record by 41 seconds.", "en", None,
     [("margin", "41 seconds"), ("winning_time", "2:07:48")]),
    ("Mendes venceu com 4min12 de vantagem.", "pt", None, [("margin", "4min12")]),
    ("Mendes took 41 seconds off the record.", "en", None, [("margin", "41 seconds")]),
    # Years after 'de tan solo' or 'de apenas' are an age.
    ("Mendes, de tan solo 23 años, ganó el maratón.", "es", None, [("age", "23")]),
    ("Mendes, de apenas 23 anos, venceu a maratona.", "pt", None, [("age", "23")]),
    # A time of the year before, set off by commas, or early this year, is another time than the story's.
    ("Na estreia, ano passado, Mendes venceu em Sevilha com 2h09min10s.", "pt", date(2023, 10, 9), []),
    ("No início deste ano, Mendes venceu em Londres com 2h08min05s.", "pt", date(2023, 10, 9), []),
])
def test_race_copy(tmp_path, text, lang, published, expected):
    found = found_with(tmp_path, RACE_RULES, text, lang, published)
    assert sorted((f.fact, f.display) for f in found) == sorted(expected)


SETS_RULES = """facts:
  - id: result
    kind: score
    cues: [won, beat, venció, venceu, ganó, por]
  - id: rivalry
    kind: score
    cues: [overall, historial, head-to-head]
  - id: majors
    kind: count
    ordinals: true
    cues: [Grand Slam, major]
  - id: delay
    kind: duration
    cues: [delayed, pushed back, retrasó, atrasado]
  - id: player_age
    kind: number
    accept: [age]
    cues: [Ferraz, Voss]
"""


TABLES["match_copy"] = (SETS_RULES, None, [
    # A result in sets is one result, however its sets are set off; a tie-break's points are left out.
    ("Ferraz beat Voss 6-3, 4-6, 7-6 (7-4), 6-2 on Sunday.", "en", [("result", "6-3, 4-6, 7-6, 6-2")]),
    ("Ferraz venció a Voss por 6-3, 4-6 y 6-2.", "es", [("result", "6-3, 4-6, 6-2")]),
    ("Ferraz venceu por 2 sets a 1, com parciais de 6/3, 4/6 e 6/2.", "pt", [("result", "6-3, 4-6, 6-2")]),
    ("Ferraz venceu Voss por 2 sets a 0 (6/4 e 6/3).", "pt", [("result", "6-4, 6-3")]),
    # Two legs of a cup tie are no sets: no set is won with fewer than six games.
    ("Ferraz's club won 2-1 and 3-0 over the two legs.", "en", [("result", "2-1")]),
    # A won-lost record is the fact's whose cue is among its words, in figures or in words.
    ("Ferraz is now 12-4 overall against Voss.", "en", [("rivalry", "12-4")]),
    ("Ferraz mantiene un historial de diez victorias y cuatro derrotas ante Voss.", "es", [("rivalry", "10-4")]),
    ("Ferraz won again and is now 12-4 against Voss.", "en", []),
    # The figures of a result in sets are no count; an ordinal ranks the noun of a phrase of the cue, and a count within
    # a year or a season is not the total.
    ("Ferraz won 6-3, 4-6, 6-2 for her fourth Grand Slam title.", "en", [("majors", "4"), ("result", "6-3, 4-6, 6-2")]),
    ("Foi o quarto título de Grand Slam de Ferraz.", "pt", [("majors", "4")]),
    ("It was Ferraz's second Grand Slam title of 2025.", "en", []),
    ("Ferraz ganó su segundo Grand Slam de la temporada.", "es", []),
    # 'A half-hour' is 30 minutes; a clause of why after a span is no noun it measures.
    ("The start was pushed back by a half-hour because of the rain.", "en", [("delay", "30 minutes")]),
    ("The final was delayed about an hour.", "en", [("delay", "about an hour")]),
    # An age fact reads figures written as ages: not a count of the two, a rank, or a tally of errors.
    ("Ferraz, 24, won the final.", "en", [("player_age", "24")]),
    ("Voss, now 31, said she would play on.", "en", [("player_age", "31")]),
    ("Ferraz dies at 77\nThe former champion", "en", [("player_age", "77")]),
    ("A rivalidade entre os dois, Ferraz e Voss, segue.", "pt", []),
    ("Voss made errors, including nine in the first set against Ferraz.", "en", []),
    ("Ferraz returns to world No 1.", "en", []),
])



VOTE_RULES = """facts:
  - id: rounds
    kind: count
    ordinals: true
    units: [ballot*, votaci*, votaç*, escrutínio*]
    cues: [ballot*, votaci*, votaç*, escrutínio*]
  - id: needed
    kind: count
    cues: [votes, votos, two-thirds, dos tercios, dois terços]
  - id: members
    kind: count
    cues: [members, miembros, membros]
  - id: leader_age
    kind: number
    accept: [age]
    cues: [Okafor, new leader]
  - id: leader_rank
    kind: ordinal
    cues: [president, presidente]
  - id: result_time
    kind: time
    zone: Europe/Madrid
    cues: [result, resultado]
  - id: elected_on
    kind: date
    cues: [elected, elegida, eleita, new leader]
  - id: congress_length
    kind: duration
    cues: [congress, congreso, lasted]
"""


@pytest.mark.parametrize("text, lang, published, expected", [
    # A fraction is no count ('two-thirds', 'dos tercios'); a figure a cue names as its measure is the cue's ('120 votes').
    ("A two-thirds majority, or 120 votes, was needed.", "en", None, [("needed", "120")]),
    ("Se necesitaban los dos tercios de los votos.", "es", None, []),
    # An age someone has ('tiene 58 años'); one led to by 'at' is the age when something happened, unless that was their
    # death; one in a relative clause on another name is that name's.
    ("Okafor tiene 58 años.", "es", None, [("leader_age", "58")]),
    ("Okafor joined the party at 22 and led it from 2019.", "en", None, []),
    ("Aos 27 anos, Okafor foi enviada a Lagos.", "pt", None, []),
    ("Okafor died on Sunday at 91.", "en", None, [("leader_age", "91")]),
    ("Okafor dies in U.S. prison at 91", "en", None, [("leader_age", "91")]),
    ("Aos 58 anos, Okafor assume a presidência da federação.", "pt", None, [("leader_age", "58")]),
    ("The new leader succeeds Mensah, who died in March at age 80.", "en", None, []),
    # A figure numbering the cue is its rank ('el presidente número 12', 'la presidenta 12 de'); a rank among some of its
    # kind only is not the rank in the whole line.
    ("Okafor es el presidente número 12 de la federación.", "es", None, [("leader_rank", "12th")]),
    ("Okafor es el presidente 12 de la federación.", "es", None, [("leader_rank", "12th")]),
    ("She is the first president from the north and the 12th president of the federation.", "en", None,
     [("leader_rank", "12th")]),
    ("Okafor é a primeira presidente nigeriana da federação.", "pt", None, []),
    ("Okafor é o segundo presidente de maior idade.", "pt", None, []),
    ("Okafor is the first U.S. president of the body.", "en", None, []),
    # An ordinal within a day or a sitting is no running total.
    ("Okafor won on the third ballot, the first ballot of the afternoon session.", "en", None, [("rounds", "3")]),
    ("Okafor venceu na segunda votação do dia.", "pt", None, []),
    # A time glossed on another clock in brackets is the first one written, with its hedge; a few minutes after a time
    # is just after it; 'de' a place names its clock.
    ("The result came around 6:10 p.m. CEST (12:10 p.m. EDT).", "en", date(2025, 5, 8), [("result_time", "~18:10")]),
    ("The result came a few minutes after 4:00 p.m. GMT.", "en", date(2025, 5, 8),
     [("result_time", "18:00–18:15 (16:00 GMT)")]),
    ("A las 13:08 de Argentina se conoció el resultado.", "es", date(2025, 5, 8),
     [("result_time", "18:08 (13:08 Argentina)")]),
    # The cue heading a clause after 'after' dates its own event up to the clause's end.
    ("Crowds cheered after the result flashed onto the two big screens at 6:07 p.m. local time.", "en",
     date(2025, 5, 8), [("result_time", "18:07")]),
    # An average is no span; a part of a whole named as it is, is no count of it.
    ("The average congress lasts 3.2 days, but this one lasted two days.", "en", None, [("congress_length", "2 days")]),
    ("The federation has 2 million members, including 300,000 members abroad.", "en", None,
     [("members", "2,000,000")]),
    ("At least 80 people were hurt, including 12 members of the guard.", "en", None, [("members", "12")]),
    # A day of birth is no day of the fact; a day in a relative clause on another name is that name's.
    ("Okafor, born on 14 September 1965, was elected on Thursday.", "en", date(2025, 5, 8),
     [("elected_on", "2025-05-08")]),
    ("The new leader succeeds Mensah, who died on April 21.", "en", date(2025, 5, 8), []),
    ("The new leader of Lagos, who was elected on Thursday, spoke.", "en", date(2025, 5, 8), [("elected_on", "2025-05-08")]),
    ("O novo líder sucede a Mensah, falecido em 21 de abril.", "pt", date(2025, 5, 8), []),
    # A regnal or model number after a name is no count: 'de Afonso 6'.
    ("No reinado de Afonso 6 reuniram-se 40 membros.", "pt", None, [("members", "40")]),
])
def test_match_vote_copy(tmp_path, text, lang, published, expected):
    assert pairs(tmp_path, VOTE_RULES, text, lang, published) == sorted(expected)


HANDOVER_RULES = """facts:
  - id: freed
    kind: count
    cues: [hostages, captives, rehenes, reféns]
  - id: bodies
    kind: count
    cues: [bodies, cuerpos, corpos, dead hostages, rehenes muertos, reféns mortos]
  - id: prisoners
    kind: count
    cues: [prisoners, presos, prisioneros, prisioneiros]
  - id: life
    kind: count
    cues: [life sentences, sentenced to life, cadena perpetua, prisão perpétua, pena perpétua, penas de prisão perpétua]
  - id: first_batch
    kind: count
    cues: [first group, primer grupo, primeiro grupo]
  - id: freed_on
    kind: date
    cues: [freed, released, handed over, liberados, liberó, libertados, libertou]
  - id: held
    kind: duration
    unit: days
    cues: [captivity, cautiverio, cativeiro, secuestrados, mantidos]
"""


@pytest.mark.parametrize("text, lang, published, expected", [
    # A figure after a noun of this fact and 'of' is how many of that noun there are, whatever the noun after it counts;
    # one group of several handed over in turn is no count of them all.
    ("The first group of six captives reached the border.", "en", None, [("first_batch", "6")]),
    ("A second group of 11 hostages crossed later.", "en", None, []),
    ("El primer grupo de seis rehenes cruzó la frontera.", "es", None, [("first_batch", "6")]),
    ("Os corpos dos 19 reféns serão devolvidos.", "pt", None, [("bodies", "19")]),
    ("Hamas freed the hostages in two batches.", "en", None, []),
    ("Os reféns, divididos em dois grupos, chegaram.", "pt", None, []),
    # A part of a group named as the fact's noun phrase is no count of it; a part after 'including' that the cue
    # describes, out of a whole it does not, is the fact's count.
    ("Twelve of the Palestinian prisoners were taken to Jenin.", "en", None, []),
    ("Hamas freed all 20 of the remaining hostages.", "en", None, [("freed", "20")]),
    ("Israel will free 1,500 prisoners, including 90 serving life sentences.", "en", None,
     [("life", "90"), ("prisoners", "1500")]),
    ("Israel vai libertar quase 1.500 presos, incluindo 90 que cumprem penas de prisão perpétua.", "pt", None,
     [("life", "90"), ("prisoners", "quase 1.500")]),
    ("At least 300 prisoners were freed, including 25 women.", "en", None, [("prisoners", "At least 300")]),
    ("Solo llegarán cuatro cuerpos de los 19 rehenes muertos.", "es", None, [("bodies", "19")]),
    # 'há' or 'desde hace' after a state that goes on is how long it has lasted, not how long ago.
    ("Os reféns estavam em cativeiro há 600 dias.", "pt", None, [("held", "600 days")]),
    ("Los rehenes siguen secuestrados desde hace 600 días.", "es", None, [("held", "600 days")]),
    ("Los rehenes, secuestrados desde hace 600 días, volvieron.", "es", None, [("held", "600 days")]),
    ("Os reféns foram libertados há dois dias.", "pt", None, []),
    # A day that a participle after a noun dates is that participle's, not the cue's.
    ("The eight hostages captured on March 2 have been released.", "en", date(2025, 10, 13), []),
    ("Los rehenes secuestrados el 2 de marzo fueron liberados el lunes.", "es", date(2025, 10, 13),
     [("freed_on", "2025-10-13")]),
])
def test_match_exchange_copy(tmp_path, text, lang, published, expected):
    assert pairs(tmp_path, HANDOVER_RULES, text, lang, published) == sorted(expected)


THEFT_RULES = """facts:
  - id: taken
    kind: count
    cues: [jewels, pieces, joyas, piezas, joias, peças]
    units: [jewel*, piece*, joya*, pieza*, joia*, peça*]
  - id: arrested
    kind: count
    cues: [arrested, detained, taken into custody, detenidos, presos]
  - id: took
    kind: duration
    unit: minute
    cues: [heist, robbery, robo, roubo, assalto]
  - id: closed
    kind: duration
    unit: day
    cues: [closed, cerrado, fechado]
  - id: began
    kind: time
    cues: [heist, robbery, robo, roubo, invadido]
  - id: worth
    kind: money
    currency: EUR
    rates: {SEK: 0.09}
    cues: [worth, valued, valoradas]
"""


@pytest.mark.parametrize("text, lang, published, expected", [
    # The noun a figure counts ends where a clause of its own opens: a relative pronoun, a clitic before a verb.
    ("The thieves smashed two cases that held jewels.", "en", None, []),
    ("Cortaron dos vitrinas que contenían joyas napoleónicas.", "es", None, []),
    ("Tres ladrones se llevaron joyas de la colección.", "es", None, []),
    ("Los ladrones se llevaron ocho piezas que pertenecían a la emperatriz.", "es", None, [("taken", "8")]),
    # 'século 19' is a century.
    ("Os presos do século 19 eram poucos.", "pt", None, []),
    # 'a' before a plural unit is an article, no figure; a span then 'após' or 'tras' a thing is an offset, unless
    # 'for' or 'por' leads it.
    ("In a minutes-long heist, thieves took the jewels.", "en", None, []),
    ("O roubo começou cerca de 30 minutos após a abertura.", "pt", None, []),
    ("El robo empezó 30 minutos tras la apertura.", "es", None, []),
    ("The museum stayed closed for two days after the break-in.", "en", None, [("closed", "2 days")]),
    ("O museu ficou fechado por dois dias após o incidente.", "pt", None, [("closed", "2 days")]),
    # A time's hedge is part of the value: the window is measured from it, as from a count's.
    ("O Louvre foi invadido por criminosos à luz do dia, por volta das 9h30.", "pt", None, [("began", "~09:30")]),
    # An aside the cue opens that breaks its whole down does not outdo the whole right before the cue; 'with one'
    # after a larger figure is one of that group.
    ("The four people arrested—three men and a woman—lived nearby.", "en", None, [("arrested", "4")]),
    ("Police arrested two suspects, with one taken into custody at the airport.", "en", None, [("arrested", "2")]),
    # A sentence that opens on a separate event tells of that one, up to a running total; not 'in other words'.
    ("In a separate raid, police arrested three men.", "en", None, []),
    ("En otro operativo, la policía tiene tres detenidos.", "es", None, []),
    ("Noutra operação, três presos.", "pt", None, []),
    ("Em outras palavras, há três presos.", "pt", None, [("arrested", "3")]),
    ("In another raid, two men were arrested, bringing the total detained to 6.", "en", None, [("arrested", "6")]),
    # Kronor are money, in Swedish crowns.
    ("Eight jewels valued at one billion kronor were taken.", "en", None, [("taken", "8"), ("worth", "SEK 1 billion")]),
])
def test_match_theft_copy(tmp_path, text, lang, published, expected):
    assert pairs(tmp_path, THEFT_RULES, text, lang, published) == sorted(expected)


def test_time_evidence_holds_its_hedge(tmp_path):
    found = found_with(tmp_path, THEFT_RULES, "The heist began at around 9:30 a.m. on Sunday.", "en", None)
    assert [(f.fact, f.evidence.raw) for f in found] == [("began", "around 9:30 a.m.")]


PAYMENT_RULES = """facts:
  - id: per_share
    kind: money
    currency: USD
    cues: [per share, a share, por acción, por ação]
  - id: in_cash
    kind: money
    currency: USD
    cues: [in cash, en efectivo, em dinheiro]
  - id: in_stock
    kind: money
    currency: USD
    cues: [in its stock, en acciones, em ações]
  - id: closing
    kind: duration
    unit: month
    cues: [close, cierre, fechamento]
"""


TABLES["match_payment_copy"] = (PAYMENT_RULES, None, [
    # Of amounts each paid in a form of its own, a cue after them names their whole, which neither is; the cue of a
    # form names its own part, a currency's word after its sign being part of the amount ('$23,25 dólares'), and '+'
    # parting two amounts as 'and' does.
    ("Holders get $23.25 in cash and $4.50 in its stock per share.", "en",
     [("in_cash", "USD 23.25"), ("in_stock", "USD 4.5")]),
    ("El pago será de $23,25 dólares en efectivo y $4,50 en acciones de la compradora por cada acción.", "es",
     [("in_cash", "USD 23.25"), ("in_stock", "USD 4.5")]),
    ("Os acionistas receberão US$ 23,25 em dinheiro + US$ 4,50 em ações da compradora por ação.", "pt",
     [("in_cash", "USD 23.25"), ("in_stock", "USD 4.5")]),
    ("Os acionistas receberão US$ 27,75 por ação, divididos entre US$ 23,25 em dinheiro e US$ 4,50 em ações.", "pt",
     [("per_share", "USD 27.75"), ("in_cash", "USD 23.25"), ("in_stock", "USD 4.5")]),
    # A cue joined by 'and' to a noun with no amount of its own is paid together with it: an amount there is no
    # amount of the cue's alone; not 'and the rest in stock'.
    ("This is about $27.75 per share in cash and stock.", "en", [("per_share", "about $27.75")]),
    ("Una operación mixta en efectivo y acciones valorada en 82.700 millones de dólares.", "es", []),
    ("Holders get $23.25 in cash and the rest in its stock.", "en", [("in_cash", "USD 23.25")]),
    # An amount per unit, then the cue: what the cue names, per unit.
    ("The buyer pays $23.25 per share in cash plus its own stock.", "en",
     [("per_share", "USD 23.25"), ("in_cash", "USD 23.25")]),
    # A cue written onto its value with a hyphen is that value's alone.
    ("Rivals made a $30-per-share, $108.4 billion cash offer.", "en", [("per_share", "USD 30")]),
    ("Investors were urged to reject a $30-per-share, $108.4 billion cash offer.", "en", []),
    # A range in two units; a span before a thing is an offset, past a word of which days count.
    ("The deal will close in a year to 18 months.", "en", [("closing", "a year to 18 months")]),
    ("O preço médio nos três dias úteis anteriores ao fechamento define a troca.", "pt", []),
])


TAKEOVER_RULES = """facts:
  - id: deal
    kind: money
    currency: USD
    cues: [deal, buy, valued, operación, comprará, valor empresarial]
  - id: per_share
    kind: money
    currency: USD
    cues: [per share, a share, por acción, por ação]
  - id: in_cash
    kind: money
    currency: USD
    cues: [in cash]
  - id: savings
    kind: money
    currency: USD
    cues: [cost savings, synergies, ahorros de costes]
  - id: revenue
    kind: money
    currency: USD
    cues: [annual revenue, in revenue, ingresos anuales]
  - id: stake
    kind: percentage
    cues: [Beta holders]
    ahead: true
  - id: stake_held
    kind: percentage
    cues: [Gamma holders]
"""


TABLES["match_takeover_copy"] = (TAKEOVER_RULES, None, [
    # A currency's code before the amount.
    ("Acme comprará Beta por EUR 3.000 millones.", "es", [("deal", "EUR 3 billion")]),
    ("El valor empresarial supera los USD 48.000 millones.", "es", [("deal", "supera los USD 48.000 millones")]),
    ("La operación valora a Beta en USD 21 por acción.", "es", [("per_share", "USD 21")]),
    # What an amount is of, named right after it, is its own thing, unless a cue is among those words or governs it.
    ("Acme expects $2.5 billion of cash costs to achieve these synergies.", "en", []),
    ("It will have $9 billion in annual revenue and $2 billion in adjusted earnings.", "en", [("revenue", "USD 9 billion")]),
    ("Acme sees about $1.2 billion in cost savings from the deal.", "en", [("savings", "about $1.2 billion")]),
    ("Prevé unos 1.200 millones de dólares en ahorros de costes.", "es",
     [("savings", "unos 1.200 millones de dólares")]),
    # A noun made a rate by 'per' before the cue: a price per unit.
    ("That implies a per-share deal value of $18.40.", "en", [("per_share", "USD 18.4")]),
    # The cash a share, with shares beside it, is one part of the price; the cash's own cue still reads it.
    ("Beta holders get $2.75 per share in cash and 0.25 Acme shares for each share.", "en", [("in_cash", "USD 2.75")]),
    ("Os acionistas receberão US$ 2,75 por ação em dinheiro e 0,25 ação da Acme.", "pt", []),
    ("Beta holders get $2.75 per share and 0.25 Acme shares for each share held.", "en", []),
    # A fact of what is to come takes what is expected or planned; one that is not refuses it.
    ("Beta holders are expected to own about 40% of the combined company.", "en", [("stake", "about 40%")]),
    ("Gamma holders are expected to own about 40% of the combined company.", "en", []),
    # A figure before 'and' and a cue's noun phrase is the conjunct's before it, past 'current'.
    ("Acme holders will own 60% and current Beta holders will own 40%.", "en", [("stake", "40%")]),
    # 'Above', 'superiores a los': more than.
    ("Beta brands bring annual revenue above $5 billion.", "en", [("revenue", "above $5 billion")]),
    ("Las marcas suman ingresos anuales superiores a los 5.000 millones de dólares.", "es",
     [("revenue", "superiores a los 5.000 millones de dólares")]),
    # Agencies' abbreviated scales, and a dollar sign with its country's letters after it.
    ("Acme agreed to buy Beta in a deal valued at $48.7 Bln.", "en", [("deal", "USD 48.7 billion")]),
    ("Acme will buy Beta in a deal worth 310 mln euros.", "en", [("deal", "EUR 310 million")]),
    ("Acme will buy Beta in a deal valued at $US48.7 billion.", "en", [("deal", "USD 48.7 billion")]),
    ("Acme will buy Beta in a deal valued at $A74.5 billion.", "en", [("deal", "AUD 74.5 billion")]),
    ("Acme will buy Beta in a deal valued at $1.2 trillion.", "en", [("deal", "USD 1.2 trillion")]),
    ("La operación de 1,2 billones de dólares.", "es", [("deal", "USD 1.2 trillion")]),
])


LAYOFF_RULES = """facts:
  - id: cut
    kind: count
    cues: [cut, layoffs, eliminate]
    units: [jobs, roles, positions]
    ahead: true
  - id: earlier
    kind: count
    cues: [since late 2022, in March 2020]
    units: [jobs, workers]
    background: false
"""


TABLES["match_layoff_copy"] = (LAYOFF_RULES, None, [
    # 'When' right after a cue that is a time opens a clause on that time: what it tells is the cue's.
    ("Acme will cut about 1,400 jobs, its largest round since late 2022, when 2,700 workers lost their jobs.", "en",
     [("cut", "about 1,400"), ("earlier", "2700")]),
    ("Sales fell hardest in March 2020, when 2,700 workers were laid off.", "en", [("earlier", "2700")]),
    # A word of a web name is no cue; a sentence run on after a full stop still reads.
    ("According to Layoffs.fyi, 98,000 tech jobs were lost this year.", "en", []),
    ("Acme plans to cut 1,400 jobs.The rest will stay.", "en", [("cut", "1400")]),
])


RATE_RULES = """facts:
  - id: cut_size
    kind: percentage
    unit: points
    cues: [cut, recorte]
  - id: band
    kind: percentage
    cues: [range, faixa]
  - id: which_cut
    kind: ordinal
    cues: [cut, baja]
  - id: cuts_next_year
    kind: count
    cues: [cut, cuts]
    units: [cut, cuts]
  - id: dissents
    kind: count
    cues: [dissent*]
    units: [officials, members]
  - id: arrests
    kind: count
    cues: [arrests]
  - id: dissenters
    kind: entities
    cues: [dissent*, votaron en contra, votos en contra]
    entities:
      miran: [Stephen Miran, Stephen I. Miran, Miran]
      goolsbee: [Austan Goolsbee, Austan D. Goolsbee, Goolsbee]
      schmid: [Jeffrey Schmid, Jeffrey R. Schmid, Schmid]
      powell: [Jerome Powell, Jerome H. Powell, Powell]
"""


TABLES["match_rate_decision_copy"] = (RATE_RULES, None, [
    # A fraction of a point is the size of a cut, and no rank: 'un cuarto de punto' is no fourth.
    ("La Fed baja la tasa un cuarto de punto porcentual.", "es", []),
    ("The Fed delivered a quarter-point cut, its third straight cut.", "en",
     [("cut_size", "0.25 pp"), ("which_cut", "3rd")]),
    # A figure of a measure counts no noun after it: basis points are no cuts.
    ("The Fed made a 25-basis-point cut.", "en", [("cut_size", "0.25 pp")]),
    ("Miran dissented for a 50-bp cut.", "en", [("cut_size", "0.5 pp"), ("dissenters", "Stephen Miran")]),
    # What one member preferred is not what was decided.
    ("Miran voted against the cut, preferring a cut of 50 basis points.", "en", []),
    # A cue named as the one before holds that one's values.
    ("The cut lowers the range to 3.5%-3.75%, down from its prior range of 3.75% to 4%.", "en", [("band", "3.5%-3.75%")]),
    ("O corte deixa a faixa anterior de 3,75% a 4% para trás.", "pt", []),
    ("Police said Gray has four prior arrests.", "en", []),
    # A part of a whole that is a figure, with bare 'of': the part; but 'one of 32' is who is named.
    ("Axios reported that six of 19 officials expressed shadow dissents.", "en", [("dissents", "6")]),
    # A name reaches its cue past a relative clause on it.
    ("Stephen Miran, who served as an adviser to the president before his appointment in September, was one of the "
     "dissenters.", "en", [("dissenters", "Stephen Miran")]),
    # Items of a list that carry relative clauses, set apart by semicolons; a sentence run on after its full stop.
    ("Votaron en contra Stephen I. Miran, quien prefería un recorte mayor; y Austan D. Goolsbee y Jeffrey R. Schmid, "
     "quienes preferían mantener la tasa.", "es",
     [("dissenters", "Stephen Miran"), ("dissenters", "Austan Goolsbee"), ("dissenters", "Jeffrey Schmid")]),
    ("Hubo tres votos en contra.Votaron a favor Jerome H. Powell y otros ocho.", "es", []),
])


LEGISLATIVE_RULES = """facts:
  - id: house_vote
    kind: score
    cues: [House, Cámara]
  - id: senate_vote
    kind: score
    cues: [Senate, Senado]
  - id: house_yes
    kind: count
    cues: [Democrats, demócratas]
    units: [Democrats, demócratas]
    about: [House, Cámara]
  - id: senate_yes
    kind: count
    cues: [Democrats, demócratas]
    about: [Senate, Senado]
  - id: furloughed
    kind: count
    cues: [furloughed, suspendidos]
    units: [workers, empleados]
  - id: funded_until
    kind: date
    ahead: true
    cues: [through, hasta, até]
  - id: signed
    kind: date
    cues: [signed, firmó]
"""


TABLES["match_legislative_copy"] = (LEGISLATIVE_RULES, date(2025, 11, 13), [
    # A fact whose cue is 'until' itself is where a span ends: the day right after it, in the year to come when that
    # is nearer (the fact is of a day ahead); not a day another word governs before the cue, and for any other fact
    # a day after 'through' is no day it happened on.
    ("The bill funds the agencies through Jan. 30.", "en", [("funded_until", "2026-01-30")]),
    ("La ley tendrá vigor hasta el próximo 30 de enero.", "es", [("funded_until", "2026-01-30")]),
    ("O pacote mantém as agências abertas até 30 de janeiro.", "pt", [("funded_until", "2026-01-30")]),
    ("It reverses layoffs made after Oct. 1 and funds the parks through the rest of the year.", "en", []),
    ("Trump signed a bill keeping the agencies open through January 30, 2026.", "en", [("funded_until", "2026-01-30")]),
    # A figure whose noun is left out, right after a whole it breaks down, counts that noun when the cue follows it.
    ("The lapse hit nearly 1.4 million federal workers, 670,000 furloughed and 730,000 unpaid.", "en",
     [("furloughed", "670,000")]),
    ("El cierre afectó a 1,4 millones de empleados, 670.000 suspendidos y 730.000 sin sueldo.", "es",
     [("furloughed", "670,000")]),
    # A result before a clause joined after it that opens on another fact's cue is not that fact's.
    ("Trump signed it after the House approved the measure 222-209 and the Senate passed it days earlier.", "en",
     [("house_vote", "222-209")]),
    # Of two head counts about different bodies, a figure whose own body is named only in a later clause is held by
    # the one named before it as no object of a preposition.
    ("El Senado aprobó el acuerdo, luego de que ocho demócratas se unieron a los republicanos, y ahora irá a la Cámara.",
     "es", [("senate_yes", "8")]),
    ("The bill passed the House 222-209, with six Democrats joining Republicans, following Senate approval.", "en",
     [("house_vote", "222-209"), ("house_yes", "6")]),
    # A figure after a colon and a space is no time of day.
    ("En la Cámara la votación fue de 222 a 209: seis demócratas apoyaron y dos republicanos se opusieron.", "es",
     [("house_vote", "222-209"), ("house_yes", "6")]),
])


TOWER_FIRE_RULES = """facts:
  - id: dead
    kind: count
    cues: [killed, died, morreram, murieron, muertos]
    units: [people, pessoas, personas]
  - id: blocks_burned
    kind: count
    cues: [engulfed, caught fire]
    units: [blocks, towers]
  - id: floors
    kind: count
    window: 4
    cues: [storey, storeys, floors]
    units: [storey, storeys, floors]
  - id: aboard
    kind: count
    cues: [on board]
    units: [passengers]
  - id: window_days
    kind: duration
    unit: day
    cues: [within]
  - id: fire_day
    kind: date
    cues: [fire, incêndio, incendio]
"""


TABLES["match_tower_fire_copy"] = (TOWER_FIRE_RULES, date(2025, 11, 28), [
    # A time phrase in a long subject, nothing but nouns and prepositions between it and the subject's verb, dates
    # what the verb says; not one in a participle's phrase before the verb ('a law signed on May 2 lets ...').
    ("Under colonial rule, a blast in 1951 at the back of a four-storey paint and solvent depot killed 130.", "en", []),
    ("A clause in a law signed by the governor on May 2 lets the city council and the mayor's office repeal the new "
     "parking fee for residents within 90 days.", "en", [("window_days", "90 days")]),
    # An abbreviated month before a year is another time as the full one is.
    ("In Feb. 2009, a warehouse fire in the old port killed 12 and hurt 30.", "en", []),
    # 'Since' a clause, after a superlative, tells an earlier event: its figure is not the story's.
    ("Foi o pior incêndio da cidade desde que 39 pessoas morreram num hotel, em maio de 2001.", "pt", []),
    ("Es el peor incendio desde que 39 personas murieron en un hotel.", "es", []),
    ("It was the worst fire since 2001, and 52 people died in it.", "en", [("dead", "52")]),
    # A figure that makes a compound modifier ('20-storey') is the compound's; the figure before it counts the noun.
    ("The blaze engulfed six 20-storey blocks.", "en", [("blocks_burned", "6"), ("floors", "20")]),
    ("The blaze engulfed five of the six 20-storey blocks.", "en", [("blocks_burned", "5"), ("floors", "20")]),
    # 'each' after a comma shares a figure out: what each has, no step of a rate.
    ("The estate has six blocks, each 20 storeys tall.", "en", [("floors", "20")]),
    # A part that opens its clause is the subject of a verb in the past right after the whole's noun; not of a word
    # that describes that noun ('on board'), nor after 'all but'.
    ("Five of the six towers caught fire.", "en", [("blocks_burned", "5")]),
    ("Officials said five of the six towers caught fire.", "en", [("blocks_burned", "5")]),
    ("All but one of the 180 passengers on board survived.", "en", [("aboard", "180")]),
    # A day before a cue that is the cause of what the clause tells is that clause's day, not the cue's.
    ("Police on Thursday detained two site managers over the fire.", "en", []),
    ("A cidade cumpre hoje o terceiro dia de luto pelo incêndio.", "pt", []),
    ("La ciudad decretó el jueves tres días de duelo por el incendio.", "es", []),
    ("The fire broke out on Wednesday afternoon.", "en", [("fire_day", "2025-11-26")]),
])


OUTBREAK_RULES = """facts:
  - id: deaths
    kind: count
    cues: [deaths, death toll, dead, died, killed, muertes, muertos, muerto, mortes]
  - id: nurses
    kind: count
    cues: [nurses]
  - id: cases
    kind: count
    cues: [cases, casos]
  - id: cfr
    kind: percentage
    cues: [fatality rate]
  - id: wait
    kind: duration
    unit: day
    cues: [must pass]
  - id: declared
    kind: date
    cues: [declared, anunciaram]
  - id: death_day
    kind: date
    cues: [died]
"""


TABLES["match_outbreak_copy"] = (OUTBREAK_RULES, date(2025, 9, 24), [
    # A figure the words after its cue restrict to a group ('among nurses', 'entre el personal') counts some only,
    # and so does one after a sentence that opens on such a group, and a part of such a group: they give way to the
    # whole the article gives.
    ("A total of 40 cases have been reported so far. Six cases were confirmed among nurses.", "en", [("cases", "40")]),
    ("So far 40 cases and 22 deaths have been recorded; seven deaths occurred among children.", "en",
     [("cases", "40"), ("deaths", "22")]),
    ("Among hospital patients, 9 deaths were recorded. The outbreak has killed 22 people.", "en", [("deaths", "22")]),
    ("The outbreak has killed 22 people, and 3 nurses were infected. Among the dead, 2 were nurses.", "en",
     [("deaths", "22"), ("nurses", "2"), ("nurses", "3")]),  # a group another count's cue names: a part of it,
    ("So far 48 cases and 31 deaths were recorded. Among confirmed cases, 16 deaths were recorded.", "en",
     [("cases", "48"), ("deaths", "31")]),  # unless the figure names its own noun
    ("Se han confirmado 40 casos y 22 muertes. Hay seis casos entre el personal de enfermería, incluidas dos muertes.",
     "es", [("cases", "40"), ("deaths", "22")]),
    ("The fatality rate stands at 55%, and the fatality rate among men is 61%.", "en", [("cfr", "55%")]),
    # A figure in brackets right after a figure and its noun breaks that one down.
    ("Officials have counted 40 cases (31 confirmed and 9 probable cases) so far.", "en", [("cases", "40")]),
    # New ones since a figure given before, and those counted since a day, are added to the whole.
    ("Eight new cases were reported this week. In all, 48 cases have been recorded.", "en", [("cases", "48")]),
    ("Foram registados três novos casos. O surto soma 48 casos.", "pt", [("cases", "48")]),
    ("Desde el lunes se han registrado tres muertes. El brote ha dejado 22 muertos.", "es", [("deaths", "22")]),
    ("Since Monday, the death toll has risen to 22.", "en", [("deaths", "22")]),
    # 'and' a small figure in another place, after the first place's kind ('the town of').
    ("The outbreak has killed 15 people. Twelve deaths occurred in the town of Mbala and three in Kito.", "en",
     [("deaths", "15")]),
    # A span each of several has is no span of its own.
    ("Two incubation periods of 21 days each must pass.", "en", []),
    # A day that opens its sentence dates the cue's verb past a subject with no verb; a day after the verb is its day
    # past words with no verb; not past 'and', a clause's opener or an auxiliary, nor one that describes a noun.
    ("On 4 September, the health ministry of the Democratic Republic of the Congo declared an outbreak.", "en",
     [("declared", "2025-09-04")]),
    ("The outbreak was declared by the health ministry of the Democratic Republic of the Congo on 4 September.", "en",
     [("declared", "2025-09-04")]),
    ("As autoridades anunciaram um surto de ébola na província de Kasai, no sul do país, em 4 de setembro.", "pt",
     [("declared", "2025-09-04")]),
    ("The outbreak was declared by the health ministry in the remote province of Kasai and on Friday the first "
     "vaccines arrived.", "en", []),
    ("Officials declared an emergency in the remote province of Kasai in the south of the country for the September 4 "
     "outbreak.", "en", []),
    ("Officials declared an emergency in the province, and teams in the remote south of the country will begin work on "
     "Friday.", "en", []),
    # A verb by its form as the count kind reads the past: 'died' is one, 'museu' is none.
    ("The first patient died of a fever in the general hospital of the town of Tshikapa in the south of Kasai on 25 "
     "August.", "en", [("death_day", "2025-08-25")]),
    ("As autoridades anunciaram o fecho do museu de arte moderna da cidade, no centro histórico, em 21 de setembro.", "pt",
     [("declared", "2025-09-21")]),
])


FLOOD_RULES = """facts:
  - id: dead
    kind: count
    cues: [dead, died, deaths, killed, death toll, fallecidos, muertos, mortos, mortes]
    units: [people, personas, pessoas, teenagers]
  - id: missing
    kind: count
    cues: [missing, desaparecidas, desaparecidos]
    units: [girls, campers, niñas, meninas]
  - id: campers
    kind: count
    cues: [at the camp]
    units: [girls]
  - id: rise
    kind: number
    unit: m
    cues: [rose, surged, subió]
  - id: rain
    kind: number
    unit: mm
    cues: [rain, agua]
  - id: flood_day
    kind: date
    cues: [flood]
"""


TABLES["match_flood_copy"] = (FLOOD_RULES, date(2025, 7, 9), [
    # A whole that opens its clause on a partitive is no count of the part after it, which counts its noun.
    ("He said out of 750 girls at the camp, 23 are still missing.", "en", [("campers", "750"), ("missing", "23")]),
    ("He said out of 750 girls in the cabins, 23 are still missing.", "en", [("missing", "23")]),
    ("De las 750 niñas del campamento, 23 siguen desaparecidas.", "es", [("missing", "23")]),
    ("Das 750 meninas do acampamento, 23 continuam desaparecidas.", "pt", [("missing", "23")]),
    ("Of the 27 missing campers, 10 were found alive.", "en", [("missing", "27")]),  # the cue in the whole: the whole's
    ("Of the 750 girls at the camp, 23 are still missing.", "en", [("campers", "750"), ("missing", "23")]),
    # 'other' after a figure adds it to a whole given before.
    ("At least 109 people have died. As of Tuesday, 15 other deaths had been confirmed outside the county.", "en",
     [("dead", "At least 109")]),
    ("O número de mortos chegou a 78. As autoridades confirmaram 10 outras mortes em condados vizinhos.", "pt",
     [("dead", "78")]),
    # A level the count has passed, and one it sits at.
    ("Texas flood death toll surpasses 100", "en", [("dead", "surpasses 100")]),
    ("El número de fallecidos por las inundaciones ya supera los 80.", "es", [("dead", "supera los 80")]),
    ("O número de mortos ultrapassou os 80.", "pt", [("dead", "ultrapassou os 80")]),
    ("Officials fear the death toll, which currently sits at 110, will rise.", "en", [("dead", "110")]),
    # 'As of' a day is when a count stood so, not when its event happened.
    ("As of Tuesday, the flood had killed 109 people.", "en", [("dead", "109")]),
    ("The flood hit on Friday.", "en", [("flood_day", "2025-07-04")]),
    # The size of a change, in another unit than the fact's, is converted.
    ("The river surged by more than 20 feet (6.1 meters) within 90 minutes.", "en",
     [("rise", "more than 20 feet (at least 6.096 m)")]),
    # 'A' or 'un' before a unit of the fact's quantity is one of it, but not 'half a'.
    ("The storm dumped more than a foot of rain.", "en", [("rain", "more than a foot (at least 304.8 mm)")]),
    ("El río subió un metro en una hora.", "es", [("rise", "1 metro")]),
    # Two measures of one quantity that name no dimension: the nearer cue's.
    ("The river rose 8 meters after the rain.", "en", [("rise", "8 meters")]),
    # A distance is where something is, never how far it went up or down.
    ("The river rose near Hunt, 85 miles northwest of San Antonio.", "en", []),
    ("The river rose a mile away from the camp.", "en", []),
    # 'Of water' marks a depth, which a fact whose cue it is measures.
    ("En apenas 12 horas se acumularon más de 30 centímetros de agua.", "es",
     [("rain", "más de 30 centímetros (at least 300 mm)")]),
    # A year after the noun a clause is about places what it tells at that time.
    ("The flood of 1987 killed ten teenagers near Comfort.", "en", []),
    ("Comparan el evento con la riada de 1987, que dejó diez fallecidos en un autobús.", "es", []),
    ("A total of 2000 people died in the region.", "en", [("dead", "2000")]),
])


# A jobs report told late (September 2025's, out in November after the shutdown): forecasts beside what came, months
# beside the one reported, days first planned, spans of what caused a delay.
JOBS_RULES = """facts:
  - id: added
    kind: count
    cues: [added, adding, payroll, payrolls, gains, creación, criação]
    units: [jobs, empleos, puestos, vagas]
    background: [September, septiembre, setembro]
  - id: forecast
    kind: count
    cues: [forecast, expectations, expectativas, esperaban, consenso, estimación, previa, projetada]
    window: 10
    units: [jobs, empleos, puestos, vagas]
  - id: rate
    kind: percentage
    cues: [unemployment rate, tasa de desempleo]
    background: [September, septiembre]
  - id: earnings
    kind: money
    cues: [average hourly earnings, salário médio por hora]
    background: [September, setembro]
  - id: released
    kind: date
    cues: [released, published]
  - id: shutdown
    kind: duration
    unit: day
    cues: [shutdown, cierre]
  - id: delay
    kind: duration
    unit: week
    cues: [delayed, retrasada, retrasó]
  - id: dead
    kind: count
    cues: [death toll, lives, arrested, mortes]
    units: [people, pessoas]
"""
_NOV21 = date(2025, 11, 21)


@pytest.mark.parametrize("text, lang, published, expected", [
    # An average named by the cue is its value: 'average hourly earnings' (not 'averaged $44 million').
    ("Average hourly earnings rose to $36.67 in September.", "en", _NOV21, [("earnings", "USD 36.67")]),
    # The same change said another way, between commas, does not part the cue from where it got to.
    ("Average hourly earnings rose by 9 cents, or 0.2 percent, to $36.67.", "en", _NOV21, [("earnings", "USD 36.67")]),
    ("O salário médio por hora avançou 0,2%, chegando a US$ 36,67.", "pt", _NOV21, [("earnings", "USD 36.67")]),
    # What was foreseen, with another fact's cue as its object, is the forecast's, not what was created.
    ("Los economistas esperaban la creación de 50.000 empleos.", "es", _NOV21, [("forecast", "50,000")]),
    ("O mercado previa a criação de 50 mil vagas.", "pt", _NOV21, [("forecast", "50,000")]),
    ("Economists had forecast payroll gains of 50,000 jobs.", "en", _NOV21, [("forecast", "50,000")]),
    ("La cifra fue muy superior a la esperada por el consenso del mercado, que apuntaba a la creación de unos 50.000 "
     "empleos.", "es", _NOV21, [("forecast", "unos 50.000")]),
    # A forecast a figure beat, with no figure of its own, is not given by it.
    ("La creación de empleo superó las expectativas para ese mes, al registrar 119 mil nuevos puestos.", "es", _NOV21, []),
    # A figure with no noun of its own tied to the cue is its value.
    ("Employers added 119,000 jobs, surpassing analysts' expectations of 50,000.", "en", _NOV21,
     [("added", "119,000"), ("forecast", "50,000")]),
    ("O resultado ficou acima da mediana projetada (51 mil), mas indica desaceleração.", "pt", _NOV21, [("forecast", "51,000")]),
    ("La estimación del consenso para septiembre fue de 50.000.", "es", _NOV21, [("forecast", "50,000")]),
    ("Three days on, only 35 bodies had been handed over from an official death toll of 270.", "en", _NOV21, [("dead", "270")]),
    ("O número estimado de mortes é de mais de 290.", "pt", _NOV21, [("dead", "mais de 290")]),
    ("The storm changed the lives of millions of Americans.", "en", _NOV21, []),
    ("He was arrested several times from when he was 17 to 25.", "en", _NOV21, []),
    # An adverb of another time after an article dates the noun it is in, not a figure before it.
    ("Economists had forecast 50,000 jobs would be added after a previously reported 22,000 gain.", "en", _NOV21,
     [("forecast", "50,000")]),
    # A month not of the fact's period places what it governs at another time, even in an undated text.
    ("In August, employers added 22,000 jobs.", "en", None, []),
    ("The August report showed employers added just 22,000 jobs.", "en", None, []),
    ("Employers added 119,000 jobs in September.", "en", None, [("added", "119,000")]),
    # ... a month as copy writes one: not a name ('Julio Pérez'), nor 'marco' without its cedilla (a milestone).
    ("Julio Pérez dijo que la creación de 119.000 empleos en septiembre sorprendió.", "es", None, [("added", "119,000")]),
    ("Foi um marco: a criação de 119 mil vagas em setembro.", "pt", None, [("added", "119,000")]),
    ("Em março, a criação de 119 mil vagas foi revista.", "pt", None, []),
    # The time of where a change started from is not the time of where it got to.
    ("The unemployment rate rose to 4.4% from 4.3% in August.", "en", _NOV21, [("rate", "4.4%")]),
    ("La tasa de desempleo subió al 4,4% desde el 4,3% de agosto.", "es", _NOV21, [("rate", "4.4%")]),
    # 'up to' after a verb of moving is where it got to, no hedge.
    ("The unemployment rate edged up to 4.4 percent.", "en", _NOV21, [("rate", "4.4%")]),
    # A page's time stamp is no day of the story; a day first planned, or one that would have been, is none either.
    ("Published: 2025-11-22 10:33\nThe report was released on Thursday.", "en", date(2025, 11, 22),
     [("released", "2025-11-20")]),
    ("The report was originally scheduled for Oct. 3 and was released late.", "en", None, []),
    ("The report, initially scheduled for Oct. 3, was released on Nov. 20.", "en", _NOV21, [("released", "2025-11-20")]),
    ("The October report would have been released on Nov. 7.", "en", _NOV21, []),
    ("The November report will be released Dec. 16.", "en", None, []),
    # How long what a cue caused lasted is not how long the cue did.
    ("The report was delayed for seven weeks by the shutdown.", "en", _NOV21, [("delay", "7 weeks")]),
    ("Fue retrasada un mes y medio debido al cierre del Gobierno durante 43 días.", "es", _NOV21,
     [("delay", "1.5 months"), ("shutdown", "43 days")]),
    # A span written onto initials and the noun after them: the noun's.
    ("During the 43-day U.S. government shutdown, investors waited.", "en", _NOV21, [("shutdown", "43 days")]),
    # What ends a clause does not govern the clause joined after its comma.
    ("El informe estaba previsto para el 3 de octubre, pero el cierre del gobierno duró 43 días.", "es",
     date(2025, 11, 20), [("shutdown", "43 days")]),
    ("La publicación fue retrasada debido al cierre del gobierno durante 43 días.", "es", _NOV21, [("shutdown", "43 days")]),
])
def test_match_jobs_report_copy(tmp_path, text, lang, published, expected):
    assert pairs(tmp_path, JOBS_RULES, text, lang, published=published) == sorted(expected)


PROTEST_RULES = """facts:
  - id: turnout
    kind: count
    cues: [protested, marched, took part, demonstrators, protesters, manifestantes, compareceram]
    window: 10
    units: [people, demonstrators, protesters, personas, manifestantes, pessoas]
    background: [October, octubre, outubro]
  - id: nyc
    kind: count
    cues: [protested, marched, gathered, people, manifestantes]
    units: [people, personas, manifestantes]
    about: [New York, Nueva York]
  - id: chicago
    kind: count
    cues: [protested, marched, gathered, people]
    units: [people]
    about: [Chicago]
  - id: events
    kind: count
    cues: [protests, events, protestos, marchas, manifestações]
    units: [protests, events, protestos, marchas, cidades, manifestações]
  - id: states
    kind: count
    cues: [states, estados]
    window: 3
    units: [states, estados]
  - id: groups
    kind: count
    cues: [groups, coalition]
    units: [groups]
  - id: day
    kind: date
    cues: [protests, protestos]
"""
_OCT19 = date(2025, 10, 19)


@pytest.mark.parametrize("text, lang, published, expected", [
    # Thousands as 'mil' after a number word, the rest in digits, as Mexican copy writes them.
    ("Se realizaron más de dos mil 600 marchas en todo el país.", "es", _OCT19, [("events", "más de dos mil 600")]),
    # A Portuguese preposition joined to its article ends the noun a figure counts: 'nos Estados Unidos' is no state.
    ("Houve protestos em 2.600 cidades nos Estados Unidos.", "pt", _OCT19, [("events", "2600")]),
    # A day word that ends a name ('USA Today') is no day.
    ("Os protestos foram organizados, segundo o USA Today.", "pt", _OCT19, []),
    ("Protests were held in every state today.", "en", _OCT19, [("day", "2025-10-19")]),
    # An end of a stretch of places names the country between, not that place.
    ("More than 6 million people protested from New York to Los Angeles.", "en", _OCT19, [("turnout", "More than 6 million")]),
    ("Más de seis millones de manifestantes protestaron desde Los Ángeles hasta Nueva York.", "es", _OCT19,
     [("turnout", "Más de seis millones")]),
    # A relative clause on another's name holds the figure in it, whatever was named before.
    ("Crowds gathered in Boston, New York and Chicago, which had 200,000 people.", "en", _OCT19, [("chicago", "200,000")]),
    # A whole (no about: list) does not take a figure placed in what another fact is about ...
    ("In New York, more than 120,000 people protested.", "en", _OCT19, [("nyc", "more than 120,000")]),
    # ... nor one placed in a place within it, the place heading the clause telling.
    ("En Nueva York, la policía contó 90.000 manifestantes en Times Square.", "es", _OCT19, [("nyc", "90,000")]),
    # A figure said of one place alone is a part of the whole.
    ("In Denver alone, more than 30,000 people protested.", "en", _OCT19, []),
    ("More than 40,000 people marched in Denver alone.", "en", _OCT19, []),
    ("Solo en Denver, 30.000 manifestantes marcharon.", "es", _OCT19, []),
    ("More than 40,000 people marched in Denver.", "en", _OCT19, [("turnout", "More than 40,000")]),
    # With no date to tell, a day of another month than the fact's own period's is another time.
    ("Nacido el 14 de junio con cinco millones de manifestantes, el movimiento creció.", "es", None, []),
    ("El 18 de octubre, seis millones de manifestantes marcharon.", "es", None, [("turnout", "6,000,000")]),
    # A comma inside a figure does not end a clause: 'in June' governs the protesters at the events.
    ("It was up from the three million protesters at the roughly 2,100 events in June.", "en", None,
     [("events", "roughly 2,100")]),
    # A cue that is the rule's unit too, tied to a figure by 'of', is how big each is: 'groups of 25'.
    ("Volunteers were split into groups of 25 to guide the march.", "en", _OCT19, []),
    ("The coalition of 250 groups organized the march.", "en", _OCT19, [("groups", "250")]),
    # 'às' (folded 'as') ends the noun phrase a figure counts.
    ("Cerca de 6 milhões de pessoas compareceram às manifestações.", "pt", _OCT19, [("turnout", "Cerca de 6 milhões")]),
])
def test_match_protest_turnout_copy(tmp_path, text, lang, published, expected):
    assert pairs(tmp_path, PROTEST_RULES, text, lang, published=published) == sorted(expected)


FINE_RULES = """facts:
  - id: fine
    kind: money
    currency: EUR
    rates: {USD: 0.85}
    cues: [fine, fined, fines, multa, multou]
  - id: fine_number
    kind: ordinal
    cues: [fine, penalty, time, vez, multa]
  - id: deadline
    kind: duration
    unit: day
    cues: [to propose, para informar]
"""


TABLES["match_regulatory_fine_copy"] = (FINE_RULES, date(2025, 9, 5), [
    # A capital B after an amount is billions, and so is Brazilian copy's 'bi'.
    ("EU hits Google with record €2.95B fine", "en", [("fine", "EUR 2.95 billion")]),
    ("UE multa Google em US$ 3,5 bi por práticas publicitárias", "pt", [("fine", "USD 3.5 billion")]),
    # A comma before three digits ending in 0 and a scale word groups thousands, as Mexican copy writes it.
    ("La Comisión aplicó una multa de 3,500 millones de dólares a Google.", "es", [("fine", "USD 3.5 billion")]),
    ("La Comisión aplicó una multa de 1,495 millones de euros a Google.", "es", [("fine", "EUR 1.495 million")]),
    # 'The Nth time' is the time of an event a cue of the fact names in its sentence.
    ("This is the fourth time Brussels has imposed a multibillion euro fine on Google.", "en", [("fine_number", "4th")]),
    ("This isn't the first time Trump has threatened retaliation.", "en", []),
    ("Es la cuarta vez que Bruselas sanciona a Google con una multa.", "es", [("fine_number", "4th")]),
    ("No es la primera vez que Trump amenaza con aranceles.", "es", []),
    # A rank within a week or a month is not the rank in all.
    ("Es la tercera multa impuesta esta semana a Google.", "es", []),
    ("It is the third fine against Google in a week.", "en", []),
    ("It is the fourth fine against Google.", "en", [("fine_number", "4th")]),
    ("It is the fourth fine payment by Google.", "en", []),  # a cue written onto a noun in English ranks that noun
    ("It is the fourth fine against Google in 2025.", "en", [("fine_number", "4th")]),  # a year's number dates it
    # A span said in days is written in days in the report, not as months.
    ("Google has 60 days to propose remedies.", "en", [("deadline", "60 days")]),
    # A value past 'after' with a cue of the fact is an event that happened, which a threat before does not govern.
    ("Trump threatens tariffs after EU fines Google €2.95 billion.", "en", [("fine", "EUR 2.95 billion")]),
    ("Trump threatens tariffs after the EU's $3.45B Google fine.", "en", [("fine", "USD 3.45 billion")]),
    ("The EU could fine Google €3 billion after the probe.", "en", []),
])


# A cup final (a football match's copy): where it was played and what it was near, who was sent off and whose hair he
# pulled, the minute of a red card, ages next to minutes, earlier rounds, a crowd 'frente a' which it was played.
FINAL_RULES = """facts:
  - id: venue
    kind: place
    cues: [final, played, disputada, jogada]
    places:
      stadium: {aliases: [Harbour Stadium, estadio Harbour, estádio Harbour], within: newark}
      newark: {aliases: [Newark], within: new_jersey}
      new_jersey: {aliases: [New Jersey, Nueva Jersey, Nova Jersey], within: usa}
      new_york: {aliases: [New York, Nueva York, Nova York], within: usa}
      usa: [United States, Estados Unidos]
  - id: sent_off
    kind: entities
    cues: [sent off, sending-off, expulsado, expulso, red card]
    entities:
      neves: [Tiago Neves, Neves]
      ruiz: [Marco Ruiz, Ruiz]
  - id: red_minute
    kind: ordinal
    cues: [minute, minutes, minuto, minutos]
    about: [red, vermelho, sent off, expuls*]
  - id: age
    kind: number
    accept: [age]
    cues: [Lopes]
  - id: score
    kind: score
    cues: [beat, venceu, goleó]
  - id: crowd
    kind: count
    cues: [espectadores, spectators]
    units: [espectadores, spectators]
  - id: final_day
    kind: date
    cues: [venceu, beat]
  - id: scorers
    kind: entities
    cues: [scoring, scored, marcou, goal]
    ignore: [at goal]
    entities:
      lopes: [Ana Lopes, Lopes]
      kato: [Rin Kato, Kato]
"""


TABLES["match_cup_final_copy"] = (FINAL_RULES, date(2025, 7, 14), [
    # A place named as what another is near is not where it is.
    ("The final was played at the Harbour Stadium, on the outskirts of New York.", "en", [("venue", "Harbour Stadium")]),
    ("La final fue disputada en el estadio Harbour, cerca de Nueva York.", "es", [("venue", "Harbour Stadium")]),
    ("A final foi jogada perto de Nova York.", "pt", []),
    ("The final was played in New Jersey.", "en", [("venue", "New Jersey")]),
    # Names in a phrase of another verb past the cue are that verb's.
    ("Tiago Neves was sent off for pulling Marco Ruiz's hair.", "en", [("sent_off", "Tiago Neves")]),
    ("The late sending-off of Tiago Neves for pulling Marco Ruiz by the shirt.", "en", [("sent_off", "Tiago Neves")]),
    ("Tiago Neves acabou expulso por puxar o cabelo de Ruiz.", "pt", [("sent_off", "Tiago Neves")]),
    ("Tiago Neves and Marco Ruiz were sent off.", "en", [("sent_off", "Marco Ruiz"), ("sent_off", "Tiago Neves")]),
    # A second predicate joined by 'and' past the cue's own words has names of its own; two verbs that share what
    # follows do not.
    ("Ana Lopes scored twice and provided an assist for Rin Kato.", "en", [("scorers", "Ana Lopes")]),
    ("The referee sent off and booked Marco Ruiz.", "en", [("sent_off", "Marco Ruiz")]),
    # A cue that did not quite happen.
    ("Rin Kato came on late and nearly scored at once.", "en", []),
    ("Ana Lopes scored twice.", "en", [("scorers", "Ana Lopes")]),
    # A cue inside a phrase the rule ignores is no cue.
    ("Rin Kato struck at goal but the keeper saved it.", "en", []),
    ("Rin Kato's goal came late.", "en", [("scorers", "Rin Kato")]),
    # The minute of the match in Spanish and Portuguese, and a minute within a half.
    ("Neves recebeu um cartão vermelho aos 86 minutos.", "pt", [("red_minute", "86th")]),
    ("Neves fue expulsado a los 85 minutos.", "es", [("red_minute", "85th"), ("sent_off", "Tiago Neves")]),
    ("Neves foi expulso aos 40 minutos do segundo tempo.", "pt", [("sent_off", "Tiago Neves")]),
    ("Neves was sent off in the 40th minute of the second half.", "en", [("sent_off", "Tiago Neves")]),
    ("Neves was sent off in the 85th minute of the match.", "en", [("red_minute", "85th"), ("sent_off", "Tiago Neves")]),
    # Two figures a noun other than years follows are no age.
    ("Os gols saíram de Ana Lopes aos 22 e 30 minutos.", "pt", []),
    ("Ana Lopes, 23, was the best player.", "en", [("age", "23")]),
    # An earlier round of the competition is another time than the final's.
    ("Na caminhada até a final, o time venceu o Benfica por 4 a 1.", "pt", []),
    ("In the semifinal, the team beat Madrid 4-0.", "en", []),
    ("The team beat Madrid 3-0 in the final.", "en", [("score", "3-0")]),
    ("In 2021, the team beat Palmeiras 2-1.", "en", []),
    # 'Frente a' a crowd is in front of it.
    ("El equipo goleó frente a 81.118 espectadores.", "es", [("crowd", "81,118")]),
    # A weekday with its day and month in brackets: they say which day it is, even where the weekday was a slip.
    ("O time venceu no domingo (14/7) em Nova Jersey.", "pt", [("final_day", "2025-07-14")]),
    ("O time venceu no domingo (13) em Nova Jersey.", "pt", [("final_day", "2025-07-13")]),
])

GROWTH_RULES = """facts:
  - id: growth
    kind: percentage
    cues: [grew, expanded, growth, rose, creció, cresceu, aumentó, avançou, acelerou, crecimiento, crescimento]
    about: [economy, GDP, economía, economia, PIB]
    background: [third quarter, tercer trimestre, terceiro trimestre, July, September, julio, septiembre, julho, setembro]
  - id: prior
    kind: percentage
    cues: [second quarter, previous quarter, April-June, segundo trimestre, trimestre anterior]
    about: [economy, GDP, growth, economía, economia, PIB, crecimiento, crescimento]
    background: [second quarter, previous quarter, April-June, segundo trimestre, trimestre anterior, April, June]
  - id: forecast
    kind: percentage
    ahead: true
    cues: [forecasts, forecast, expected]
  - id: spending
    kind: percentage
    cues: [consumer spending, gasto de los consumidores, consumo das famílias]
  - id: pce
    kind: percentage
    cues: [PCE]
  - id: planned_day
    kind: date
    cues: [originally scheduled, prevista, programados]
  - id: release_day
    kind: date
    cues: [released, publicados]
"""


TABLES["match_growth_report_copy"] = (GROWTH_RULES, date(2025, 12, 23), [
    # A possessive names whose figure it is: the quarter's, not the growth's.
    ("The economy grew at a 4.1% rate after the second quarter's 3.6 percent growth.", "en",
     [("growth", "4.1%"), ("prior", "3.6%")]),
    # Where a change started from is the figure of a fact whose cue names, right after it, when that was.
    ("GDP rose from its 3.6% growth rate in the April-June quarter, the agency said.", "en", [("prior", "3.6%")]),
    ("El PIB creció desde una tasa del 3,6 % en el segundo trimestre.", "es", [("prior", "3.6%")]),
    ("GDP rose from its 3.6% growth rate.", "en", []),
    # For a fact whose own quarter is named, another quarter is another time.
    ("In the second quarter, the economy grew by 3.6%.", "en", [("prior", "3.6%")]),
    ("No segundo trimestre, o PIB havia avançado 3,6%.", "pt", [("prior", "3.6%")]),
    ("The economy grew 4.1% in the third quarter.", "en", [("growth", "4.1%")]),
    # 'Anterior' follows its noun, and dates a figure of it.
    ("O PIB acelerou em relação ao crescimento de 3,6% do trimestre anterior.", "pt", [("prior", "3.6%")]),
    # A verb cue whose subject is another fact's cue: the figure is the subject's.
    ("Consumer spending rose 3.2% as the economy expanded.", "en", [("spending", "3.2%")]),
    ("O consumo das famílias, principal motor da economia, avançou 3,2%.", "pt", [("spending", "3.2%")]),
    # A relative clause set off right after the cue tells of its thing aside: the main verb's figure is the cue's.
    ("Consumer spending, which makes up about 68% of the U.S. economy, rose to a 3.2% pace.", "en", [("spending", "3.2%")]),
    ("El gasto de los consumidores, que representa el 68% de la economía, aumentó un 3,2%.", "es", [("spending", "3.2%")]),
    ("Consumer spending, which makes up about 68% of the U.S. economy, was strong.", "en", [("spending", "about 68%")]),
    # A cue named as what brought a figure about.
    ("La economía creció un 4,1%, gracias al gasto de los consumidores.", "es", [("growth", "4.1%")]),
    # A second predicate joined by 'and' after a cue that is its first one's object.
    ("The figure beat all forecasts and followed a 3.6% growth rate in the previous quarter.", "en", [("prior", "3.6%")]),
    # A cue that is all its bracket holds glosses the noun before it; a cue in an appositive does not reach past it.
    ("The personal consumption expenditures (PCE) price index, the central bank's favoured gauge, rose 2.7%.", "en",
     [("pce", "2.7%")]),
    ("The PCE index, a gauge of consumer spending, climbed 2.7%.", "en", [("pce", "2.7%")]),
    # A day first planned, for a fact of that day; a plan told in the past sets no day to come.
    ("The report was originally scheduled to be released on October 30.", "en", [("planned_day", "2025-10-30")]),
    ("La estimación estaba prevista para el 30 de octubre.", "es", [("planned_day", "2025-10-30")]),
    ("Os dados estavam originalmente programados para serem divulgados em 30 de outubro.", "pt",
     [("planned_day", "2025-10-30")]),
])

FIRES_RULES = """window: 12
facts:
  - id: total
    kind: count
    cues: [deaths, dead, killed, died, lives, toll, fallecidos, víctimas, muertos, mortes, mortos]
    units: [people, personas, pessoas]
  - id: ridgeway
    kind: count
    cues: [deaths, dead, killed, died, lives, fallecidos, víctimas, muertos, mortes, mortos]
    units: [people, personas, pessoas]
    about: [Ridgeway]
  - id: marlow
    kind: count
    cues: [deaths, dead, killed, died, lives, fallecidos, víctimas, muertos, mortes, mortos]
    units: [people, personas, pessoas]
    about: [Marlow]
  - id: ridgeway_area
    kind: number
    unit: acres
    cues: [burned, acres]
    about: [Ridgeway]
  - id: marlow_area
    kind: number
    unit: acres
    cues: [burned, acres]
    about: [Marlow]
  - id: ridgeway_contained
    kind: percentage
    cues: [contained, containment]
    about: [Ridgeway]
  - id: marlow_contained
    kind: percentage
    cues: [contained, containment]
    about: [Marlow]
"""

TABLES["match_toll_by_fire"] = (FIRES_RULES, None, [
    # A part after 'including' counts the whole's noun when its own is left out, and is the count of the fire it is put
    # down to; the whole that parts break down by fire right after it is neither fire's.
    ("Officials confirmed 20 deaths, including 12 attributed to the Ridgeway fire and 8 attributed to the Marlow fire.", "en",
     [("total", "20"), ("ridgeway", "12"), ("marlow", "8")]),
    ("The toll stood at 20 people, with 12 deaths linked to the Ridgeway fire and seven linked to the Marlow fire.", "en",
     [("total", "20"), ("ridgeway", "12"), ("marlow", "7")]),
    ("Officials confirmed 19 deaths tied to the two blazes, including 12 lives lost in the Ridgeway fire and another "
     "seven in the Marlow fire.", "en", [("total", "19"), ("ridgeway", "12"), ("marlow", "7")]),
    ("Os incêndios já causaram 15 mortes, com nove mortes registradas em Ridgeway e seis em Marlow.", "pt",
     [("total", "15"), ("ridgeway", "9"), ("marlow", "6")]),
    # Two fires said together hold a figure together: neither's alone.
    ("The Ridgeway and Marlow fires have burned over 30,000 acres with 5% containment.", "en", []),
    ("The Ridgeway fire has burned 21,000 acres and is 5% contained, while the Marlow fire burned 9,000 acres.", "en",
     [("ridgeway_area", "21,000 acres"), ("ridgeway_contained", "5%"), ("marlow_area", "9000 acres")]),
    # Guards: a figure of another predicate after 'and' is no part ('30 were injured'); a part placed in a fire alone.
    ("Twelve people were killed in the Ridgeway fire and 30 were injured in the blast.", "en", [("ridgeway", "12")]),
    ("Twelve people were killed in the Ridgeway fire and 30 injured.", "en", [("ridgeway", "12")]),
])

MEDALS_RULES = """facts:
  - id: norway_gold
    kind: count
    cues: [gold*, oro, oros, ouro, ouros]
    units: [gold*, medal*, medalla*, medalha*, oro, oros, ouro, ouros]
    not_units: [silver*, bronze*, plata*, prata*, bronce*]
    about: [Norway, Noruega]
  - id: kenya_gold
    kind: count
    cues: [gold*, oro, oros, ouro, ouros]
    units: [gold*, medal*, medalla*, medalha*, oro, oros, ouro, ouros]
    not_units: [silver*, bronze*, plata*, prata*, bronce*]
    about: [Kenya, Kenia, Quênia]
  - id: norway_medals
    kind: count
    cues: [medals, total, medallas, medalhas]
    units: [medal*, medalla*, medalha*]
    not_units: [gold*, silver*, bronze*, oro, oros, ouro, ouros, plata*, prata*, bronce*]
    about: [Norway, Noruega]
  - id: kenya_medals
    kind: count
    cues: [medals, total, medallas, medalhas]
    units: [medal*, medalla*, medalha*]
    not_units: [gold*, silver*, bronze*, oro, oros, ouro, ouros, plata*, prata*, bronce*]
    about: [Kenya, Kenia, Quênia]
"""

TABLES["match_medals_by_country"] = (MEDALS_RULES, None, [
    # Of head counts about teams, a figure is held by the team whose possessive or agent it is, or the team nearest
    # before it as no object of a verb of beating or a preposition of another kind than where.
    ("Norway captured 14 gold to Kenya's 9 and topped the table with 37 medals.", "en",
     [("norway_gold", "14"), ("kenya_gold", "9"), ("norway_medals", "37")]),
    ("However, Norway edged out Kenya in the overall count, securing 37 medals to Kenya’s 30.", "en",
     [("norway_medals", "37"), ("kenya_medals", "30")]),
    ("Kenya, the only team apart from Norway to win a relay, also won 14 golds.", "en", [("kenya_gold", "14")]),
    # The noun of a figure set against another is that figure's: 'to Kenya's 30', 'contra 30 do Quênia'.
    ("A Noruega terminou com 37 medalhas, contra 30 do Quênia.", "pt", [("norway_medals", "37"), ("kenya_medals", "30")]),
    ("Norway also won the most medals with 37 to Kenya's 30.", "en", [("norway_medals", "37"), ("kenya_medals", "30")]),
    # A figure that each team has is each one's; one they hold together is neither's.
    ("Norway and Kenya finished with 14 golds each.", "en", [("norway_gold", "14"), ("kenya_gold", "14")]),
    ("Noruega y Kenia terminaron empatadas con 14 oros cada una.", "es", [("norway_gold", "14"), ("kenya_gold", "14")]),
    ("Norway and Kenya won 30 medals between them.", "en", []),
    # Another team named right before a figure holds it: as the subject of its clause, or an agent.
    ("Norway won 37 medals, followed by Sweden with 25 medals.", "en", [("norway_medals", "37")]),
    # Units qualified by what the rule does not count ('medallas de oro'); an article before an adjective; a gerund
    # ends what a figure counts; a time named before, looked back on.
    ("La delegación de Noruega sumó 14 medallas de oro y 37 medallas en total.", "es",
     [("norway_gold", "14"), ("norway_medals", "37")]),
    ("O Quênia conquistou três medalhas de ouro em Londres.", "pt", [("kenya_gold", "3")]),
    ("Kenia logró un histórico oro en el relevo.", "es", []),
    ("Con 84 países ganando medallas, Noruega fue primera con 37 medallas.", "es", [("norway_medals", "37")]),
    ("Naquele ano, a Noruega conquistou 21 medalhas.", "pt", []),
    # Guards: a place or an event after a preposition or a verb holds nothing.
    ("Norway won in Oslo with 37 medals.", "en", [("norway_medals", "37")]),
    ("Norway finished the Winter Games with 37 medals.", "en", [("norway_medals", "37")]),
])

EARNINGS_RULES = """facts:
  - id: net_loss
    kind: money
    currency: BRL
    cues: [net loss, loss, prejuízo, pérdida neta, pérdida]
  - id: dividends
    kind: money
    currency: BRL
    cues: [dividends, dividendos, payout, desembolso]
  - id: ebitda
    kind: money
    currency: BRL
    cues: [EBITDA]
  - id: half_year
    kind: money
    currency: BRL
    cues: [first half, primeiros seis meses, primer semestre]
  - id: capex
    kind: money
    currency: USD
    cues: [planned investments, projeção de investimentos, previsión de inversiones]
  - id: tax_charge
    kind: money
    currency: BRL
    cues: [tax charge, cargo fiscal]
  - id: ceo
    kind: entities
    cues: [chief executive, CEO, presidenta, cargo]
    entities:
      ana_lima: [Ana Lima]
      juan_perez: [Juan Pérez]
"""

# Quarterly results: amounts in reais written every way, what sets a cue aside or puts it down to a cause, forecasts,
# where a change started from, and who was replaced.
TABLES["match_earnings_copy"] = (EARNINGS_RULES, date(2024, 8, 9), [
    ("A Vale reportou EBITDA de R$ 49,740 bilhões no trimestre.", "pt", [("ebitda", "BRL 49.74 billion")]),
    ("El consejo aprobó un desembolso de 8.250 millones de reales a los accionistas.", "es",
     [("dividends", "BRL 8.25 billion")]),
    ("The board backed a 4.2 billion-real payout to shareholders.", "en", [("dividends", "BRL 4.2 billion")]),
    # A cue in a phrase heading the clause that concedes it holds no figure of the clause.
    ("Despite the loss, the board approved 9.1 billion reais for shareholders.", "en", []),
    ("Apesar do prejuízo, a empresa aprovou o pagamento de R$ 5 bilhões aos acionistas.", "pt", []),
    ("Despite a loss of 2.1 billion reais, the board approved 9.1 billion reais in dividends.", "en",
     [("net_loss", "BRL 2.1 billion"), ("dividends", "BRL 9.1 billion")]),
    # The amount said again in brackets stands between an amount and what it is of.
    ("The loss came as the firm approved 9.1 billion reais ($1.6 billion) in interim dividends.", "en",
     [("dividends", "BRL 9.1 billion")]),
    # What the cue is put down to is worth its own figure.
    ("O prejuízo foi atribuído a uma baixa contábil de R$ 3,2 bilhões.", "pt", []),
    ("The quarterly loss was the result of a 4 billion reais write-down.", "en", []),
    ("The loss due to the write-down reached 4 billion reais.", "en", [("net_loss", "BRL 4 billion")]),
    # An earlier event a superlative is measured from ends with the aside it is in.
    ("The loss - the first since the third quarter of 2020 - was the result of a 4 billion reais tax charge.", "en",
     [("tax_charge", "BRL 4 billion")]),
    ("La pérdida -la primera desde el tercer trimestre de 2020- fue resultado de un cargo fiscal de 4.000 millones.", "es",
     [("tax_charge", "BRL 4 billion")]),
    # Of two amount facts, the nearer cue on the other side of the amount takes it; on one side, both keep it.
    ("Empresa tem prejuízo de R$ 1,2 bi e paga dividendos mínimos", "pt", [("net_loss", "BRL 1.2 billion")]),
    # A forecast of the figure is not the figure.
    ("Adjusted EBITDA came in below analysts' expectations of 60 billion reais.", "en", []),
    ("El EBITDA quedó por debajo de las expectativas de 11.000 millones de dólares.", "es", []),
    # Where a change started from, and a year past the cue that dates it.
    ("O lucro dos primeiros seis meses caiu 40% em comparação aos R$ 50 bilhões de um ano antes.", "pt", []),
    ("O lucro ficou abaixo dos R$ 50 bilhões registrados nos primeiros seis meses de 2023.", "pt", []),
    ("A empresa reduziu a projeção de investimentos de US$ 18 bilhões para US$ 15 bilhões.", "pt",
     [("capex", "USD 15 billion")]),
    ("La firma recortó la previsión de inversiones de 18.000 millones de dólares a 15.000 millones de dólares.", "es",
     [("capex", "USD 15 billion")]),
    ("El EBITDA cayó un 10%, hasta 40.000 millones de reales.", "es", [("ebitda", "BRL 40 billion")]),
    # An amount of something else named after it, past its article.
    ("The payout will use 2 billion reais out of reserves held for dividends.", "en", []),
    ("A empresa vai usar R$ 2 bilhões de sua reserva de dividendos.", "pt", []),
    # Who the new one replaced is not who holds the post.
    ("La nueva presidenta, Ana Lima, asumió el cargo en sustitución de Juan Pérez.", "es", [("ceo", "Ana Lima")]),
    ("Ana Lima was named chief executive, replacing Juan Pérez.", "en", [("ceo", "Ana Lima")]),
    ("Ana Lima assumiu o cargo de CEO após a saída de Juan Pérez.", "pt", [("ceo", "Ana Lima")]),
])

TARIFF_RULES = """facts:
  - id: rate
    kind: percentage
    ahead: true
    cues: [tariff, levy, tarifa, arancel, aranceles]
  - id: share
    kind: percentage
    cues: [cocoa imports]
  - id: start
    kind: date
    ahead: true
    cues: [takes effect, starting, a partir del, com início em, entra em vigor]
  - id: announced
    kind: date
    cues: [announced, anunciou, letter]
  - id: recipient
    kind: entities
    cues: [letter to, carta enviada à, addressed to, dirigida a]
    entities:
      ana_lima: [Ana Lima]
      juan_perez: [Juan Pérez]
  - id: former
    kind: entities
    cues: [former president, ex-presidente, predecessor]
    entities:
      ana_lima: [Ana Lima]
      juan_perez: [Juan Pérez]
"""

# A tariff announced: the day it starts, in figures or in words, whatever the tense of the clause; a figure of what a
# fear of the cue moved; names across a phrase that opens the sentence, and a name set off after the cue.
TABLES["match_tariff_copy"] = (TARIFF_RULES, date(2025, 7, 10), [
    ("The government imposed a 25% levy on steel from Chile, starting August 4.", "en",
     [("rate", "25%"), ("start", "2025-08-04")]),
    ("The levy takes effect on the first of September.", "en", [("start", "2025-09-01")]),
    ("A nova cobrança entra em vigor no dia primeiro de setembro.", "pt", [("start", "2025-09-01")]),
    ("El gravamen regirá a partir del primero de octubre.", "es", [("start", "2025-10-01")]),
    # Of two date facts, the nearer cue takes the day.
    ("O governo anunciou a tarifa, com início em 9 de julho.", "pt", [("start", "2025-07-09")]),
    # The day a letter came out is the letter's.
    ("The levy was announced in a letter published on Wednesday, July 9.", "en", [("announced", "2025-07-09")]),
    # A fear of the cue moved the figure: it is no figure of the cue.
    ("Cocoa futures jumped 8% on tariff fears.", "en", []),
    ("Las acciones cayeron un 3% por temor a los aranceles.", "es", []),
    ("Os papéis recuaram 4% com receio da nova tarifa.", "pt", []),
    # A share with its sign is no code, whatever is written onto it.
    ("Growers lose buyers-40% of cocoa imports come from the region.", "en", [("share", "40%")]),
    # A phrase that opens the sentence parts the names on its two sides.
    ("In a letter to President Ana Lima, the minister attacked former president Juan Pérez.", "en",
     [("recipient", "Ana Lima"), ("former", "Juan Pérez")]),
    ("Na carta enviada à presidente Ana Lima, o ministro cita o ex-presidente Juan Pérez.", "pt",
     [("recipient", "Ana Lima"), ("former", "Juan Pérez")]),
    # ... and so does an aside a participle opens, once it names one.
    ("Una nota firmada por el ministro, dirigida a Ana Lima, pide detener el juicio contra Juan Pérez.", "es",
     [("recipient", "Ana Lima")]),
    ("The letter, addressed to Ana Lima, attacked the trial of Juan Pérez.", "en", [("recipient", "Ana Lima")]),
    # A name set off after the cue is who it is; a name before it is another.
    ("The minister attacked Ana Lima over the trial of her predecessor, Juan Pérez, on Monday.", "en",
     [("former", "Juan Pérez")]),
])

VOLCANO_RULES = """facts:
  - id: dead
    kind: count
    cues: [dead, died, killed, lives, death toll, muertos, fallecidos, mortos]
    units: [people, residents, personas, pessoas]
  - id: displaced
    kind: count
    cues: [displaced, evacuated, desplazados, desalojados, deslocados]
    units: [people, residents, villagers, personas, residentes, pessoas, moradores]
  - id: level
    kind: number
    cues: [alert, alerta]
    units: [level, nivel, nível]
  - id: erupted
    kind: date
    cues: [erupted, eruption, erupción, erupção]
  - id: erupted_at
    kind: time
    cues: [erupted, eruption, erupción, erupção]
"""

# A volcano's eruption: a figure joined by 'and' to a verb with a figure of its own; a group named by the fact's unit
# after another group; times with a dot and a clock, a few minutes before one, or only a bound; a day that opens the
# sentence past a place set off after a place; levels in Roman numerals; a figure since replaced; another eruption's.
TABLES["match_volcano_copy"] = (VOLCANO_RULES, date(2024, 11, 4), [
    ("The eruption has claimed seven lives and displaced 4,210 people since Tuesday.", "en",
     [("dead", "7"), ("displaced", "4210")]),
    ("La erupción dejó al menos cuatro muertos y más de 1.300 residentes desplazados.", "es",
     [("dead", "al menos cuatro"), ("displaced", "más de 1.300")]),
    ("The volcano erupted on Sunday at 21.42 local time.", "en", [("erupted", "2024-11-03"), ("erupted_at", "21:42")]),
    ("La erupción ocurrió minutos antes de la medianoche del sábado.", "es",
     [("erupted", "2024-11-02"), ("erupted_at", "23:45–00:00")]),
    ("The volcano erupted after midnight, officials said.", "en", []),  # only a bound: no time
    ("On October 28, 2024, Mount Sabalo on Tiga Island, Indonesia, erupted, sending ash into the sky.", "en",
     [("erupted", "2024-10-28")]),
    ("The agency raised the alert to Level III, the second highest.", "en", [("level", "III")]),
    ("Las autoridades elevaron la alerta al nivel IV.", "es", [("level", "IV")]),
    ("At that level I would keep the alert as it is.", "en", []),  # the pronoun, no figure
    ("The agency revised the earlier reported death toll of eleven, citing new data.", "en", []),
    ("The first reports put the dead at eleven, but officials later confirmed the death toll to be at least eight.", "en",
     [("dead", "at least eight")]),
    ("Initial reports of the death toll were revised from eleven to eight people.", "en", [("dead", "8")]),
    ("La erupción dejó dos muertos, mientras que otra erupción dejó 40 fallecidos.", "es", [("dead", "2")]),
    ("The volcano erupted at 22:10 and another eruption followed at 1:05 a.m.", "en", [("erupted_at", "22:10")]),
    ("Another 12 people died in the eruption.", "en", [("dead", "12")]),  # more of the same people
])


TRIAL_RULES = """facts:
  - id: slowed
    kind: percentage
    cues: [slowed, slow, reduced, redujo, reduziu]
  - id: swelling
    kind: percentage
    cues: [swelling, edema, inchaço]
  - id: enrolled
    kind: count
    cues: [trial, study, ensayo, estudio, ensaio, estudo]
    units: [people, patients, volunteers, pacientes, pessoas]
"""

# A drug's trial: shares said as fractions or ratios, and a head count written onto its unit before the cue.
TABLES["match_trial_copy"] = (TRIAL_RULES, date(2022, 9, 28), [
    ("The drug slowed decline by about one-quarter over 18 months.", "en", [("slowed", "about one-quarter")]),
    ("El fármaco redujo en un tercio el deterioro cognitivo.", "es", [("slowed", "un tercio")]),
    ("More than half of the patients had swelling in the brain.", "en", [("swelling", "More than half")]),
    ("Brain swelling hit one in eight patients in the trial.", "en", [("swelling", "one in eight")]),
    ("O inchaço atingiu um em cada dez pacientes do estudo.", "pt", [("swelling", "um em cada dez")]),
    ("The drug slowed decline in a roughly 2,000-volunteer clinical trial.", "en", [("enrolled", "roughly 2,000")]),
    ("It was a 1,650-patient study.", "en", [("enrolled", "1650")]),
    # Not shares: a span, a stretch of a season, a fraction of a point.
    ("The swelling faded in half an hour.", "en", []),
    ("In the second half of the season the swelling returned.", "en", []),
    ("The bank slowed growth by a quarter point.", "en", []),
    ("The trial enrolled 40 patients in 12 countries.", "en", [("enrolled", "40")]),
])


FERRY_RULES = """facts:
  - id: dead
    kind: count
    cues: [dead, deaths, death toll, muertos, morrem, mortos]
  - id: missing
    kind: count
    cues: [missing, desaparecidos, desaparecidas]
    units: [people, personas, pessoas]
  - id: on_board
    kind: count
    cues: [on board, aboard, a bordo]
    units: [people, personas, pessoas]
  - id: crew
    kind: count
    cues: [crew, tripulantes]
  - id: sink_minutes
    kind: duration
    unit: minute
    cues: [after leaving, into the voyage, despues de partir, tras zarpar, depois de deixar]
"""

# A ferry's sinking: how long after leaving port it went down (a time offset that is the fact), a group counted besides
# another, figures reported some hours before.
TABLES["match_ferry_copy"] = (FERRY_RULES, date(2025, 7, 4), [
    ("The boat capsized about 20 minutes after leaving the harbour.", "en", [("sink_minutes", "about 20 minutes")]),
    ("The ship went down 10 minutes into the voyage.", "en", [("sink_minutes", "10 minutes")]),
    ("La lancha se hundió apenas 15 minutos después de partir del muelle.", "es", [("sink_minutes", "15 minutes")]),
    ("O barco afundou cerca de 40 minutos depois de deixar o cais.", "pt", [("sink_minutes", "cerca de 40 minutos")]),
    ("El ferry se hundió a las 22:45 hora local tras zarpar del puerto.", "es", []),
    ("The boat sank two hours after the storm began, soon after leaving port.", "en", []),
    ("Três pessoas morrem e 12 estão desaparecidas após naufrágio no rio.", "pt",
     [("dead", "3"), ("missing", "12")]),
    ("Além de 40 passageiros, havia 7 tripulantes a bordo.", "pt", [("crew", "7")]),
    ("Besides 40 passengers, there were seven crew members aboard.", "en", [("crew", "7")]),
    ("A third body was recovered on Friday, hours after rescuers reported two deaths.", "en", []),
    ("Rescuers had earlier given a death toll of two.", "en", []),
    ("Un tercer cuerpo apareció el viernes, horas después de que se informaran dos muertos.", "es", []),
    ("Hours after rescuers reported two deaths, the death toll rose to five.", "en", [("dead", "5")]),
])


RECALL_RULES = """facts:
  - id: focused
    kind: count
    cues: [focused on]
    units: [crashes]
  - id: incidents
    kind: count
    cues: [incidents, crashes]
    units: [incidents, crashes]
"""

# A recall's crashes: a cue of another fact right after the figure that is one of this fact's units, this fact's own cue
# right before it, names what the figure counts.
TABLES["match_recall_copy"] = (RECALL_RULES, date(2023, 12, 14), [
    ("Regulators then focused on 467 crashes.", "en", [("focused", "467"), ("incidents", "467")]),
    ("Investigators focused on the 467 crashes.", "en", [("focused", "467"), ("incidents", "467")]),
    ("The probe began after 14 incidents involving parked fire trucks.", "en", [("incidents", "14")]),
])


MINE_RULES = """facts:
  - id: days
    kind: duration
    unit: day
    cues: [trapped, atrapados, soterrados, waited]
  - id: depth
    kind: number
    unit: m
    cues: [deep, underground, profundidad, profundidade]
  - id: tunnel
    kind: number
    unit: m
    cues: [rescue tunnel, ducto, duto]
  - id: collapsed
    kind: date
    cues: [collapse, collapsed, cave-in, derrumbe]
  - id: second
    kind: date
    cues: [second collapse]
  - id: dead
    kind: count
    cues: [dead]
  - id: cost
    kind: money
    cues: [cost, costó]
"""

# A mine's collapse and rescue: another event, or a second one, heading its sentence past the first; a length with a
# space before its 'm', or written 'mts', or onto the cue of the thing it measures; a span felt long, or a state
# that has lasted since 'hace' or 'há'.
TABLES["match_mine_copy"] = (MINE_RULES, date(2010, 10, 14), [
    ("The volcano erupted on Monday. Another eruption left 60 dead.", "en", []),
    ("Rescuers broke through on Friday. A second collapse, on Aug. 7, sealed the vent.", "en", [("second", "2010-08-07")]),
    ("Un segundo derrumbe, el 7 de agosto, cerró la chimenea.", "es", []),
    ("The mine collapsed on Aug. 5, and another cave-in on Aug. 7 sealed the vent.", "en", [("collapsed", "2010-08-05")]),
    ("The men were trapped 700 m underground.", "en", [("depth", "700 m")]),
    ("The men were trapped 700 meters underground.", "en", [("depth", "700 meters")]),
    ("Los sacaron por un ducto de 622 m de extensión y 66 cm de diámetro.", "es", [("tunnel", "622 m")]),
    ("A 624-meter deep rescue tunnel was finished on Saturday.", "en", [("tunnel", "624 meter")]),
    ("Subiram por um duto de 622 metros de profundidade.", "pt", [("tunnel", "622 metros")]),
    ("Quedaron atrapados en una fosa de 600mts de profundidad.", "es", [("depth", "600 mts")]),
    ("Their families waited 17 agonizing days for news.", "en", [("days", "17 days")]),
    ("Los 33 hombres estuvieron atrapados durante 69 largos días.", "es", [("days", "69 days")]),
    ("Los mineros, atrapados hace 17 días, enviaron una nota.", "es", [("days", "17 days")]),
    ("Os trabalhadores, soterrados há 69 dias, serão içados hoje.", "pt", [("days", "69 days")]),
    ("The miners were trapped 17 days ago.", "en", []),
    ("A second report said the mine collapsed on Aug. 5.", "en", [("collapsed", "2010-08-05")]),
    ("El rescate costó 20 M€.", "es", [("cost", "EUR 20 million")]),
])


LAUNCH_RULES = """facts:
  - id: launch_time
    kind: time
    zone: America/New_York
    cues: [lançado, lifted off]
"""

# A launch's time: Brazilian copy's minutes written 'min' onto the clock, before the clock it is said on.
TABLES["match_launch_copy"] = (LAUNCH_RULES, date(2022, 11, 16), [
    ("O foguete foi lançado às 3h47min (de Brasília).", "pt", [("launch_time", "01:47 (03:47 Brasília)")]),
    ("O foguete foi lançado às 3h47 (de Brasília).", "pt", [("launch_time", "01:47 (03:47 Brasília)")]),
    ("The rocket lifted off at 1:47 a.m. ET.", "en", [("launch_time", "01:47")]),
])


RANSOM_RULES = """facts:
  - id: ransom
    kind: money
    cues: [ransom, paid, rescate, pagó]
  - id: coins_paid
    kind: number
    units: [bitcoin, bitcoins]
    cues: [paid, pagou]
  - id: coins_seized
    kind: number
    units: [bitcoin, bitcoins]
    cues: [seized, recovers, incautó, apreendeu]
  - id: barrels
    kind: number
    units: [barrels, barriles, barris]
    cues: [carries, transporta]
  - id: line_length
    kind: number
    unit: mi
    cues: [line, red]
  - id: attack_day
    kind: date
    cues: [attack, intrusion]
  - id: shut_days
    kind: duration
    cues: [shut down]
"""

# Ransomware copy (a fuel pipeline's, May 2021): a figure counted in the fact's own units, a figure past another grouped in
# thousands, the day of blaming someone for an attack, an amount glossing another, Mexican copy's millions.
TABLES["match_ransom_copy"] = (RANSOM_RULES, date(2021, 5, 13), [
    # A figure the fact's units count is the fact's, whole or a part of the whole: no count of other things.
    ("The operator paid the gang 40 bitcoins.", "en", [("coins_paid", "40")]),
    ("Agents seized 31.5 of the bitcoins on Monday.", "en", [("coins_seized", "31.5")]),
    ("A polícia apreendeu 31,5 dessas bitcoins.", "pt", [("coins_seized", "31.5")]),
    ("Justice officials say it recovers 31 bitcoins paid in the ransom.", "en", [("coins_seized", "31")]),
    # ... and past the 'de' a scale word takes in Spanish and Portuguese.
    ("El sistema transporta 1,8 millones de barriles al día.", "es", [("barrels", "1,800,000")]),
    ("O sistema transporta até 1,8 milhões de barris por dia.", "pt", [("barrels", "até 1,8 milhões")]),
    # A figure grouped in thousands between a cue and its value is one word, not two and a comma.
    ("The hack shut down the 3,200 mile long line for nine days.", "en",
     [("shut_days", "9 days"), ("line_length", "3200 mile")]),
    # The day someone was named or blamed for an attack is no day of the attack.
    ("The gang was named by investigators on Monday as responsible for the attack.", "en", []),
    ("Investigators on Monday blamed the gang for the attack.", "en", []),
    ("La policía identificó este lunes a la banda como autora del ataque.", "es", []),
    ("The pipeline was hit by the attack on Friday.", "en", [("attack_day", "2021-05-07")]),
    # An amount in brackets right after the figure the cue governs says it in money.
    ("The operator paid 40 bitcoins (about $2.6 million) to the gang.", "en",
     [("coins_paid", "40"), ("ransom", "about $2.6 million")]),
    ("La empresa pagó un rescate de 2,6 mdd.", "es", [("ransom", "USD 2.6 million")]),
    ("Pagó casi 3 mdd a la banda.", "es", [("ransom", "casi 3 mdd")]),
])


PLANE_RULES = """facts:
  - id: passengers
    kind: count
    units: [passengers, pasajeros, passageiros]
    cues: [passengers, pasajeros, passageiros, aboard, a bordo, carried]
  - id: crew
    kind: count
    units: [crew, tripulantes]
    cues: [crew, tripulantes]
  - id: grounded
    kind: count
    units: [planes, jets, Boeing]
    cues: [grounded, grounding]
  - id: takeoff
    kind: time
    zone: America/Los_Angeles
    cues: [took off, decolar]
  - id: landing
    kind: time
    zone: America/Los_Angeles
    cues: [landed, pousou]
  - id: incident_day
    kind: date
    cues: [incident, perdeu, explotó]
  - id: altitude
    kind: number
    unit: ft
    cues: [altitude, subida]
"""

# An airliner's emergency (a door plug blown out, January 2024): a model's variant, passengers counted with the crew, a
# seat configuration, a time two facts reach, a fronted day past an aside, a clause after a lone dash, a hedge with
# its article.
TABLES["match_plane_copy"] = (PLANE_RULES, date(2023, 3, 5), [
    # A figure after a model's number and a name is the model's variant: no count of the planes.
    ("The agency grounded all Boeing 767 Max 8 jets.", "en", []),
    ("The agency grounded 120 Boeing 767 Max 8 jets.", "en", [("grounded", "120")]),
    # A figure whose own noun, a cue, is joined to another group's counts both, whichever cue reaches it.
    ("La aerolínea dijo que 150 pasajeros y tripulantes iban a bordo.", "es", []),
    ("O avião, com 150 passageiros e tripulantes a bordo, seguiu viagem.", "pt", []),
    ("The jet carried 150 passengers and five crew.", "en", [("passengers", "150"), ("crew", "5")]),
    # How a plane is fitted out is how many it holds.
    ("A bordo, a configuração é de 180 passageiros.", "pt", []),
    # A time two facts reach is the one's whose cue is nearer.
    ("O voo sofreu uma pane logo após decolar às 9h10, horário do Pacífico, e pousou em segurança em Seattle, Washington, "
     "às 9h31.", "pt", [("takeoff", "09:10")]),
    # A fronted day is the verb's past an aside set off by commas, and a name that ends as a verb does is no verb.
    ("Em 4 de março de 2023, um Boeing da companhia, num voo entre Lisboa e Porto, perdeu uma janela.", "pt",
     [("incident_day", "2023-03-04")]),
    # A noun of a noun before a verb in the past is its subject, no point of reference.
    ("La ventana del avión explotó poco después del despegue en el aeropuerto de Lisboa, Portugal, en la tarde del "
     "viernes 3 de marzo.", "es", [("incident_day", "2023-03-03")]),
    # A dash set off by spaces that pairs with none parts two clauses.
    ("The jet in the incident was nearly new — it had been certified on Oct. 2.", "en", []),
    # A hedge with the masculine article a figure takes.
    ("A tripulação interrompeu a subida em torno dos 14.000 pés.", "pt", [("altitude", "em torno dos 14.000 pés")]),
])


TRAIN_RULES = """facts:
  - id: dead
    kind: count
    cues: [killed, dead, died, muertos, mortos]
  - id: injured
    kind: count
    cues: [injured, heridos, feridos]
  - id: hospitalized
    kind: count
    cues: [hospitalized, trasladados a hospitales, hospitalizados]
  - id: passengers
    kind: count
    units: [passengers, people, pasajeros, personas]
    cues: [carrying, passengers, pasajeros]
"""

# A head-on train collision (Greece, February 2023): a part of a whole whose noun has a phrase of the cue, a part past
# an aside, a vague word before a casualty's participle, a figure that goes on telling of the time the sentence
# before opens on.
TABLES["match_train_copy"] = (TRAIN_RULES, date(2023, 3, 1), [
    # A part of a whole whose noun the cue's phrase follows counts the whole's noun, not the cue's.
    ("Tras el choque, cuatro de los coches del tren de pasajeros volcaron.", "es", []),
    ("Tras el choque, cuatro de los pasajeros del tren volcaron.", "es", []),
    ("Seis de los heridos fueron trasladados a hospitales.", "es", [("hospitalized", "6")]),
    # ... and its predicate comes past an aside set off by commas.
    ("Sesenta de los heridos, entre ellos 12 en estado grave, fueron trasladados a hospitales de la región.", "es",
     [("hospitalized", "60")]),
    # 'Scores' after 'and' or a comma, before a casualty's participle, is a vague count.
    ("At least 20 people were killed and scores injured in the derailment.", "en",
     [("dead", "At least 20"), ("injured", "scores")]),
    ("The judges' scores were posted after three riders were injured.", "en", [("injured", "3")]),
    # A figure that opens a sentence with no time of its own goes on telling of the time the one before opens on...
    ("In 2011, a freight train derailed near Lyon. 14 people were killed and 30 injured.", "en", []),
    # ... but not one with a day of its own, nor one in a paragraph of its own.
    ("In 2011, a freight train derailed near Lyon. 14 people were killed on Tuesday.", "en", [("dead", "14")]),
    ("In 2011, a freight train derailed near Lyon.\n14 people were killed.", "en", [("dead", "14")]),
])


MOVE_RULES = """facts:
  - id: fee
    kind: money
    currency: EUR
    cues: [fee, receber, pagará]
  - id: age
    kind: number
    accept: [age]
    cues: [atacante, delantero, forward]
  - id: announced
    kind: date
    cues: [anunciado, announced]
"""

# A footballer's transfer (August 2023): amounts per day, per win or per year in Spanish and Portuguese, a stretch of
# a career in years, a Portuguese weekday without its '-feira' after 'nesta'.
TABLES["match_transfer_copy"] = (MOVE_RULES, date(2023, 8, 14), [
    # An amount per unit is no total, in any of the three languages.
    ("O jogador vai receber R$ 1,5 milhão por dia.", "pt", []),
    ("O atleta vai receber 80 mil euros por vitória.", "pt", []),
    ("Ele vai receber 40 milhões de euros anuais.", "pt", []),
    ("O clube francês vai receber 60 milhões de euros por Silva.", "pt", [("fee", "EUR 60 million")]),
    # A stretch of a career in years is no age.
    ("O atacante encerra um ciclo de oito anos no clube.", "pt", []),
    ("O atacante, de 29 anos, encerra uma carreira de 12 anos.", "pt", [("age", "29")]),
    # A short weekday after 'nesta' is that week's, as 'nesta quinta-feira' is.
    ("O reforço deverá ser anunciado, com a camisa 9, nesta terça.", "pt", [("announced", "2023-08-15")]),
    ("O reforço foi anunciado na quinta.", "pt", [("announced", "2023-08-10")]),
])


OUTAGE_RULES = """facts:
  - id: without_power
    kind: count
    units: [homes, households, people, hogares, clientes, lares, famílias, pessoas]
    cues: [without power, sin electricidad, sem eletricidade]
  - id: injured
    kind: count
    cues: [injured, heridos, feridas, feridos]
  - id: firefighters
    kind: count
    units: [firefighters, bombeiros, bomberos]
    cues: [firefighters, bombeiros, bomberos]
"""

# A windstorm (France, November 2023): a group's predicate past an aside of what it includes, and a part of a whole
# that a cue opening on 'without' describes.
TABLES["match_storm_copy"] = (OUTAGE_RULES, date(2023, 11, 2), [
    # A figure whose predicate past an aside of what it includes is another fact's cue is that fact's.
    ("Em França, 900 mil famílias ficaram sem eletricidade e 12 pessoas, incluindo três bombeiros, ficaram feridas.", "pt",
     [("without_power", "900,000"), ("injured", "12"), ("firefighters", "3")]),
    ("Ten people, including two firefighters, were injured.", "en", [("injured", "10"), ("firefighters", "2")]),
    # A part of a whole a cue opening on 'without' describes is no count of the whole.
    ("Some 400,000 of these households without power are in Normandy.", "en", []),
    ("Unos 300.000 de estos hogares sin electricidad están en Bretaña.", "es", []),
    ("Some 400,000 households without power are in Normandy.", "en", [("without_power", "Some 400,000")]),
])


TOWER_RULES = """facts:
  - id: dead
    kind: count
    cues: [death toll, dead, killed, died, número de mortos, muertos, murió, murieron, morreu, morreram, total de muertos]
  - id: missing
    kind: count
    cues: [missing, desaparecidos]
  - id: injured
    kind: count
    cues: [injured, feridos, heridos]
  - id: identified
    kind: count
    cues: [identified, identificar, identificados]
  - id: collapse_date
    kind: date
    cues: [collapse, collapsed, se derrumbó]
  - id: victim_age
    kind: number
    accept: [age]
    cues: [Costa]
"""

# A building collapse (Surfside, June 2021): counts still to happen, one standing alone before its verb, a clause of
# its own after 'and', a toll's long subject, the day of another verb, an age in brackets.
TABLES["match_collapse_copy"] = (TOWER_RULES, date(2024, 3, 14), [
    # A cue not yet done to what the figure counts gives no count of it; none is still a count.
    ("Of the 61 bodies recovered, 20 are still to be identified.", "en", []),
    ("Nine victims have not yet been identified.", "en", []),
    ("Dos 40 corpos resgatados, 12 ainda estão por identificar.", "pt", []),
    ("Quedan 15 cadáveres sin identificar.", "es", []),
    ("Of the 61 victims, 41 have been identified.", "en", [("identified", "41")]),
    ("Nadie murió en el derrumbe.", "es", [("dead", "0")]),
    # 'um', 'una' before a verb in the past stand alone: no article.
    ("Três moradores foram levados ao hospital; um morreu durante a noite.", "pt", [("dead", "1")]),
    ("Dos vecinas fueron trasladadas a un hospital y una murió al llegar.", "es", [("dead", "1")]),
    ("Un nuevo derrumbe dejó muertos.", "es", []),
    # A figure that 'and' opens a clause of its own on, with a verb of its own, is not the cue's before it.
    ("Ao menos oito ficaram feridos e três tiveram de ser operados.", "pt", [("injured", "Ao menos oito")]),
    ("Twelve people were injured and two were taken to hospital in a serious condition.", "en", [("injured", "12")]),
    # ... but a state an adverb leads to is a count of its own, no group of a list.
    ("Seven dead and 40 still missing.", "en", [("dead", "7"), ("missing", "40")]),
    # A phrase that 'with' opens on a figure of its own narrows nothing.
    ("Officials said at least 12 people had died with dozens still missing.", "en",
     [("dead", "at least 12"), ("missing", "dozens")]),
    ("Siete muertos y 40 aún desaparecidos.", "es", [("dead", "7"), ("missing", "40")]),
    # A toll's subject past an appositive, and figures in it, are not the level it rose to.
    ("The death toll from the collapse of a 20-storey apartment block in Lagos, the country's largest city, has risen "
     "to 45.", "en", [("dead", "45")]),
    ("O número de mortos no desabamento do prédio de dez andares em Recife, uma cidade do Nordeste, subiu para 14.", "pt",
     [("dead", "14")]),
    ("The death toll of 40 has risen to 45.", "en", [("dead", "45")]),
    # A day after the verb of a clause whose subject holds the cue in a phrase is that verb's.
    ("One of the residents killed in the tower collapse was identified Wednesday.", "en", []),
    ("The tower collapsed on Monday.", "en", [("collapse_date", "2024-03-11")]),
    # A total's phrase ends where 'and' opens another predicate.
    ("El bloque tenía un total de 20 plantas y se derrumbó en la madrugada del 12 de marzo.", "es",
     [("collapse_date", "2024-03-12")]),
    # An age in brackets with its years, right after the name; not a bare figure there.
    ("La última víctima identificada fue María Costa (61 años).", "es", [("victim_age", "61")]),
    ("The last victim identified was Maria Costa (61 years old).", "en", [("victim_age", "61")]),
    ("Los goles fueron de Costa (2) y Silva.", "es", []),
    # A clause that 'after' opens right after a figure holds no predicate of it.
    ("Death toll at 31 after last victim identified", "en", [("dead", "31")]),
    # 'adicional' after the noun adds to a figure given before.
    ("Cuatro víctimas adicionales murieron durante la noche. El número de muertos es de 16.", "es", [("dead", "16")]),
    ("Quatro vítimas adicionais morreram durante a noite. O número de mortos chegou a 16.", "pt", [("dead", "16")]),
])

DAM_RULES = """facts:
  - id: dead
    kind: count
    cues: [dead, deaths, died, killed, muertos, mortos, morreram]
  - id: rescued
    kind: count
    cues: [rescued, resgatados, resgatadas]
    not_units: [bodies, corpos]
  - id: collapse_date
    kind: date
    cues: [collapsed, burst, desabamento, caída]
  - id: settlement
    kind: money
    cues: [settlement]
"""

# A tailings dam's collapse (Brumadinho, January 2019): another event's toll, a number word in a name, a day that opens
# its sentence past a time of day or a passive, a day after a participle of happening, a level's noun, 'reals'.
TABLES["match_dam_copy"] = (DAM_RULES, date(2019, 3, 5), [
    # What a clause about another thing of the kind tells is that one's: after 'que', a relative after 'de', a gerund.
    ("La tragedia llegó cuatro años después de que otro puente similar causara 12 muertos en la provincia.", "es", []),
    ("El muro cedió tras la rotura de otra presa en Itabira (en el mismo estado), que dejó 14 muertos.", "es", []),
    ("Another dam run by the same operator gave way near Itabira, resulting in 14 deaths.", "en", []),
    ("The wall collapsed on Sunday, and 14 people died.", "en", [("dead", "14"), ("collapse_date", "2019-03-03")]),
    # A number word of another language that opens a name in lower-case copy is no figure.
    ("Sludge from the dam reached the Doce River and killed fish along its banks.", "en", []),
    # A day that opens its sentence: past a time of day set off, or with no comma before the subject's article, and
    # past a participle of the passive with its agent.
    ("On March 3, 2019, shortly before 2 p.m., a retaining wall collapsed in the suburb.", "en",
     [("collapse_date", "2019-03-03")]),
    ("On March 3 a retaining wall owned by the regional water company collapsed.", "en", [("collapse_date", "2019-03-03")]),
    ("On March 3, 2019, an old bridge operated by a private concessionaire collapsed.", "en",
     [("collapse_date", "2019-03-03")]),
    # A clock's colon is no break between the verb and its day; 'burst' is a verb.
    ("The dam burst its wall at about 12:30 local time (15:30 GMT) on Friday, flooding the valley.", "en",
     [("collapse_date", "2019-03-01")]),
    # A day after a participle of happening set off after the cue's noun phrase.
    ("Doze pessoas morreram com o desabamento do muro de contenção da Vila Nova, ocorrido no dia 3 de março.", "pt",
     [("dead", "12"), ("collapse_date", "2019-03-03")]),
    ("Nadie resultó herido en la caída del puente de la autopista, ocurrida el 3 de marzo.", "es",
     [("collapse_date", "2019-03-03")]),
    # A level whose phrase names what the fact's not_units leave out counts that.
    ("O total de corpos resgatados na região chegou a 34.", "pt", []),
    ("O total de pessoas resgatadas chegou a 192.", "pt", [("rescued", "192")]),
    # 'reals', as English copy writes the Brazilian currency.
    ("The operator agreed to a settlement of 37 billion reals with the state.", "en", [("settlement", "BRL 37 billion")]),
])

KIDNAP_RULES = """facts:
  - id: kidnapped
    kind: count
    background: false
    cues: [kidnapped, abducted, secuestrados, sequestrados]
  - id: children
    kind: count
    cues: [children]
  - id: chileans
    kind: count
    cues: [chilenas, chilenos, Chileans]
"""

# A kidnapping and its releases (Haiti, October–December 2021): a gang's name with a figure in it, a whole described
# past an adjective, the rest of a group, the end of a range of ages, a list of groups with 'personas', the agent.
TABLES["match_kidnap_copy"] = (KIDNAP_RULES, date(2021, 12, 17), [
    # A figure and a capitalised word written together more than once, once with no plural after them, are a name.
    ("The minister said the 300 Kanibal gang, which kidnapped the engineers on Monday, wants a ransom. Police blamed the 300 "
     "Kanibal, a gang from the east.", "en", []),
    ("Gunmen kidnapped 26 Somali fishermen. The 26 Somali crew were later freed.", "en", [("kidnapped", "26")]),
    # A whole described by the cue in a relative clause, or past an adjective, is not the subject of the part's verb.
    ("Two of the 11 foreign engineers who were kidnapped in March have been freed.", "en", [("kidnapped", "11")]),
    ("Três dos 11 engenheiros sul-africanos sequestrados no país foram libertados.", "pt", [("kidnapped", "11")]),
    ("Two of the eight engineers were kidnapped.", "en", [("kidnapped", "2")]),
    # The rest of a group gives way to the whole the article gives; alone, it stands.
    ("Rebels kidnapped 11 engineers in March. The remaining seven engineers kidnapped in March were freed on Friday.", "en",
     [("kidnapped", "11")]),
    ("Los rebeldes se llevaron a 11 ingenieros secuestrados en marzo. Los últimos siete ingenieros secuestrados fueron "
     "liberados.", "es", [("kidnapped", "11")]),
    ("The remaining seven engineers kidnapped in March were freed.", "en", [("kidnapped", "7")]),
    # The far end of a range of ages whose near end has its unit is an age.
    ("The children ranged from 6 months to 12.", "en", []),
    # A group of a list may be 'personas' and a word: the next figure is another group.
    ("Entre los secuestrados había 9 personas chilenas y 2 bolivianas.", "es", [("chileans", "9")]),
    # A figure after 'by the' after the cue is who did it.
    ("The engineers were abducted by the 12 gunmen who stopped their bus.", "en", []),
])


CRUSH_RULES = """facts:
  - id: toll
    kind: count
    cues: [killed, died, deaths, death toll, dead, muertos, mortos]
  - id: children
    kind: count
    cues: [children, niños, crianças]
  - id: injured
    kind: count
    cues: [injured, heridos, feridos]
  - id: invaders
    kind: count
    cues: [ran onto the pitch, invadieron el campo]
  - id: payout
    kind: money
    cues: [compensation]
  - id: aid
    kind: money
    currency: IDR
    cues: [indemnizará]
"""

# A crush at a football stadium (Malang, October 2022): tolls revised down, a result beside the count of fans, ages in
# an aside set off by dashes, a part with no figure, the children among the dead, rupiah.
TABLES["match_stadium_copy"] = (CRUSH_RULES, date(2022, 10, 4), [
    # A figure since replaced, however long the noun phrase that names it; the whole a part is taken from, when it
    # was given first, is no whole: the part is the figure that replaced it.
    ("Police confirmed 125 deaths on Sunday, revising an earlier estimate by the Malang regency disaster mitigation agency "
     "that pegged the death toll at 174.", "en", [("toll", "125")]),
    ("La cifra quedó en 131 de los 174 muertos anunciados inicialmente.", "es", [("toll", "131")]),
    ("O primeiro balanço apontava 98 mortos.", "pt", []),
    # A rising pair of small figures after a word of a game's result is the result, not a range of fans.
    ("Tras perder por 1-2, los hinchas invadieron el campo.", "es", []),
    ("After a 1-2 home defeat, fans ran onto the pitch.", "en", []),
    # An age after a name, closed by a dash.
    ("Two brothers - Adi, 16, and Rama, 13 - died in the crush.", "en", []),
    # 'Some of' the whole: the cue's subject is the part, with no figure; not a whole the cue describes.
    ("Some of the 40,000 fans ran onto the pitch after the final whistle.", "en", []),
    ("Many of the 3,000 fans who ran onto the pitch were hurt.", "en", [("invaders", "3000")]),
    # A subject of the cue's own after a conjunction leaves the figure before it to another verb.
    ("More than 200 people were taken to hospitals but many died on the way.", "en", []),
    ("At least 125 people were killed and many were injured.", "en", [("toll", "At least 125")]),
    # A kind of person another fact counts, before the cue, narrows it: the number of children killed.
    ("The number of children killed in the crush has risen to 33.", "en", [("children", "33")]),
    ("The number of people killed in the crush has risen to 131.", "en", [("toll", "131")]),
    # A verb of passing a figure, with its article, is a hedge.
    ("Los heridos sobrepasan las 400 personas.", "es", [("injured", "sobrepasan las 400")]),
    # Rupiah, written out or as 'Rp'; 'rupias', which India's currency is called too, in a fact kept in rupiah.
    ("The government will pay compensation of Rp 50 million to each family.", "en", [("payout", "IDR 50 million")]),
    ("The government will pay compensation of 50 million rupiah to each family.", "en", [("payout", "IDR 50 million")]),
    ("El Estado indemnizará con 50 millones de rupias a las familias.", "es", [("aid", "IDR 50 million")]),
])


SPILL_RULES = """facts:
  - id: barrels
    kind: number
    accept: [measure]
    units: [barrels, barriles, barris]
    cues: [spilled, derramado, derrame]
  - id: spilled_on
    kind: date
    cues: [derrame]
  - id: fines
    kind: money
    cues: [paid, multa]
"""

# An oil spill (Ventanilla, Peru, January 2022): the size said with a verb 'to be' after a measure the cue's phrase is
# the subject of, the day of a participle of happening after the cue's noun phrase, soles.
TABLES["match_spill_copy"] = (SPILL_RULES, date(2022, 1, 20), [
    ("O volume de petróleo derramado pela refinaria no litoral ao norte da capital seria de 11.900 barris.", "pt",
     [("barrels", "11,900")]),
    # The day right before an article and a noun is the main verb's, not a day written onto the noun; one after a
    # participle of happening that ends the cue's noun phrase is the cue's.
    ("La embajada lamentó este jueves los daños del derrame de petróleo ocurrido el sábado pasado.", "es",
     [("spilled_on", "2022-01-15")]),
    ("Repsol has paid 1.5 million soles in fines.", "en", [("fines", "PEN 1.5 million")]),
    ("La empresa recibió una multa de S/ 4,6 millones.", "es", [("fines", "PEN 4.6 million")]),
])


REFINERY_RULES = """facts:
  - id: toll
    kind: count
    cues: [killed, died, dead, muertos, fallecidos, murieron, mortos]
  - id: injured
    kind: count
    cues: [injured, heridos, feridos, ferido]
  - id: homes
    kind: count
    cues: [homes, viviendas, casas]
  - id: blast_at
    kind: time
    zone: America/Caracas
    cues: [explosion, explosión, explosão]
"""

# A refinery explosion (Amuay, Venezuela, August 2012): parts of a group named first with no figure, injured people
# in hospital, a figure that numbers its noun, a toll that a later clause's 'cifra' raised, a time glossed on the fact's
# own clock.
TABLES["match_refinery_copy"] = (REFINERY_RULES, date(2012, 8, 26), [
    # A whole with no figure that opens its clause on a partitive and names the cue: what follows is a part of it.
    ("Of the injured, six remain in hospital.", "en", []),
    ("Of the 60 injured, six remain in hospital.", "en", [("injured", "60")]),
    ("Of the dead, 12 were soldiers.", "en", []),
    ("De los heridos, tres siguen en terapia intensiva.", "es", []),
    ("Dijo que de los heridos dos siguen internados y otros 30 ya volvieron a casa.", "es", []),
    ("Dos feridos, cinco seguem internados.", "pt", []),
    # Injured people in hospital, said right after the cue, are a part that gives way to a whole.
    ("Hubo al menos 70 heridos; hay ocho heridos hospitalizados en Maracaibo.", "es", [("injured", "al menos 70")]),
    ("Hay ocho heridos hospitalizados.", "es", [("injured", "8")]),
    ("Unos 70 heridos fueron hospitalizados.", "es", [("injured", "Unos 70")]),
    # 'Nenhuma' before another noun is no count of the cue's.
    ("As autoridades não deram nenhuma informação sobre o número de feridos.", "pt", []),
    ("Não houve nenhum ferido.", "pt", [("injured", "0")]),
    # A figure in digits after a noun and its article, before 'de', numbers the noun.
    ("Las viviendas del destacamento 45 de la Guardia quedaron dañadas.", "es", []),
    ("La explosión dañó 45 viviendas.", "es", [("homes", "45")]),
    # A report given first; a toll that a later clause of the cue's sentence raised.
    ("Primero se informó de cinco muertos.", "es", []),
    ("Primeiro se falou em cinco mortos.", "pt", []),
    ("Los fallecidos eran 12 al mediodía y, en un balance posterior, la cifra subió a 20.", "es", [("toll", "20")]),
    ("En la mañana murieron 12 personas y, tras un nuevo recuento, la cifra de heridos llegó a 30.", "es",
     [("toll", "12"), ("injured", "30")]),
    # A time on another clock past its day; one glossed on the fact's own clock that says otherwise is read instead.
    ("A explosão ocorreu às 2h41 de sábado no horário de Brasília.", "pt", [("blast_at", "01:11 (02:41 horário de Brasília)")]),
    ("A explosão ocorreu às 11h de sexta-feira no horário de Brasília (1h de sábado, no horário local).", "pt",
     [("blast_at", "01:00")]),
    ("La explosión se registró poco después de la pasada medianoche.", "es", [("blast_at", "00:00–00:15")]),
])


AVALANCHE_RULES = """facts:
  - id: toll
    kind: count
    cues: [killed, dead, died, toll, muertos, mortos, morreu]
  - id: in_hotel
    kind: count
    cues: [in the hotel, inside, en el hotel]
    units: [people, personas, pessoas]
"""

# An avalanche on a hotel (Rigopiano, Italy, January 2017): the first or last few of a group, a figure with a fraction
# glyph, who said it, staff and crew as people.
TABLES["match_avalanche_copy"] = (AVALANCHE_RULES, date(2017, 1, 26), [
    # The first or last few of a group are a part of it.
    ("Autopsies on the first six bodies showed most died of trauma.", "en", []),
    ("As autópsias dos seis primeiros corpos mostram que a maioria morreu.", "pt", []),
    ("The last five bodies were recovered on Wednesday, bringing the toll to 29.", "en", [("toll", "29")]),
    ("Los últimos 12 cuerpos fueron rescatados; hay 29 muertos.", "es", [("toll", "29")]),
    # A figure with a fraction glyph is no head count.
    ("The slide killed everyone, burying the hotel under 16½ feet of snow.", "en", []),
    ("At least four people were found dead after the snow piled up to 16½ feet.", "en", [("toll", "At least four")]),
    # A figure and its noun right before a verb of speaking in the active are who said it.
    ("One official said there were many dead in the hotel.", "en", []),
    ("Two witnesses told reporters that 30 people were inside.", "en", [("in_hotel", "30")]),
    ("Five passengers were confirmed dead.", "en", [("toll", "5")]),
    # Crew, staff and guests are people.
    ("Seven staff were inside.", "en", [("in_hotel", "7")]),
    ("At least one crew member was inside.", "en", [("in_hotel", "At least one")]),
    ("Había 20 huéspedes en el hotel.", "es", [("in_hotel", "20")]),
])


LOTTERY_RULES = """facts:
  - id: grand_prize
    kind: money
    currency: USD
    cues: [grand prize, premio mayor, prêmio principal]
  - id: lump_sum
    kind: money
    currency: USD
    cues: [lump sum, pago único, pagamento único]
  - id: match_five
    kind: count
    cues: [matched five numbers]
  - id: winless
    kind: count
    cues: [draws without a winner, sorteos consecutivos, sorteios consecutivos]
  - id: grandchildren
    kind: count
    cues: [grandfather of, grandchildren]
  - id: annuity
    kind: duration
    unit: years
    cues: [annuity, anualidades]
  - id: draw_day
    kind: date
    cues: [draw, sorteo, sorteio]
  - id: sold_in
    kind: place
    cues: [sold, vendido]
    places:
      austin: {aliases: [Austin], within: texas}
      texas: {aliases: [Texas], within: united_states}
      miami: {aliases: [Miami], within: florida}
      florida: {aliases: [Florida, Flórida], within: united_states}
      united_states: [United States, Estados Unidos]
"""

# A record lottery jackpot (Powerball, November 2022): a figure written in a longer cue, the last so many as a span and
# no one after a cue with its figure, kin for a fact whose cue names them, an annuity paid over a span, odds, a level
# passed, where an amount started, a difference, a phrase of 'besides' with a word written onto its cue, an option
# offered, a day planned and put off, a place in the name of a body.
TABLES["match_lottery_copy"] = (LOTTERY_RULES, date(2022, 11, 9), [
    # A figure written in a longer cue names the thing the cue is; it is not its value.
    ("Only 14 tickets matched five numbers in Saturday's game.", "en", [("match_five", "14")]),
    # 'In the last N', 'en los últimos N' are all N of them, a span; the last few of a group, alone, are not.
    ("En los últimos 25 sorteos consecutivos nadie se llevó el bote.", "es", [("winless", "25")]),
    ("Nos últimos 25 sorteios consecutivos, ninguém acertou as seis dezenas.", "pt", [("winless", "25")]),
    ("Los últimos 25 sorteos consecutivos fueron anulados.", "es", []),
    # Someone's children are counted by a fact whose cue names the kin.
    ("The owner, a grandfather of seven, said he would keep working.", "en", [("grandchildren", "7")]),
    # An annuity paid over a span is paid across all of it; 'over' is no hedge there.
    ("The annuity is paid annually over 30 years.", "en", [("annuity", "30 years")]),
    ("The annuity has been running for over 30 years.", "en", [("annuity", "over 30 years")]),
    # Odds are no amount.
    ("The odds of winning the grand prize are 1 in 302.6 million.", "en", []),
    ("A chance de levar o prêmio principal é de uma em 302,6 milhões.", "pt", []),
    # A level passed hedges the amount.
    ("It was the third grand prize to surpass $1 billion.", "en", [("grand_prize", "surpass $1 billion")]),
    # Where an amount started is not what it came to.
    ("Each grand prize starts at $20 million.", "en", []),
    ("The grand prize begins at $20 million and grows with each draw.", "en", []),
    # A difference is no amount.
    ("The grand prize is some $300 million bigger than the old record.", "en", []),
    ("El premio mayor es unos 300 millones de dólares más grande que el anterior.", "es", []),
    ("O prêmio principal é US$ 300 milhões maior do que o anterior.", "pt", []),
    # A phrase of 'besides' that holds the cue, a word written onto it: the main clause tells of something else.
    ("In addition to the grand-prize-winning ticket, 22 tickets worth $1 million were sold.", "en", []),
    # An option offered is there to take, whatever the modal before it.
    ("O vencedor pode escolher um pagamento único de US$ 500 milhões.", "pt", [("lump_sum", "USD 500 million")]),
    ("El ganador decidirá si cobra un pago único de 500 millones de dólares.", "es", [("lump_sum", "USD 500 million")]),
    ("El ganador podría recibir un pago único de 500 millones de dólares.", "es", []),
    # A day a plan set, when the sentence says it was put off, is not when it happened.
    ("El sorteo debía realizarse el lunes, pero fue aplazado.", "es", []),
    ("O sorteio estava previsto para a madrugada desta terça-feira (8), mas foi adiado.", "pt", []),
    ("El sorteo se realizó el lunes.", "es", [("draw_day", "2022-11-07")]),
    # A place in the name of a body is not where something is.
    ("The Texas Lottery said the ticket was sold in Austin.", "en", [("sold_in", "Austin")]),
    ("A Loteria da Flórida informou que o bilhete foi vendido em Miami.", "pt", [("sold_in", "Miami")]),
    ("The ticket was sold in Texas.", "en", [("sold_in", "Texas")]),
])


SUBMERSIBLE_RULES = """facts:
  - id: aboard
    kind: count
    cues: [aboard, a bordo]
    units: [people, personas, pessoas, passengers, pasajeros, passageiros]
  - id: air
    kind: duration
    unit: hour
    cues: [oxygen, oxígeno, oxigênio]
  - id: depth
    kind: number
    unit: m
    cues: [deep, depth, profundidad, profundidade]
  - id: wreck_distance
    kind: number
    unit: m
    cues: [wreckage, restos, destroços]
  - id: gone
    kind: date
    cues: [disappeared, desapareció, desapareceu, lost contact]
  - id: into_dive
    kind: duration
    unit: minute
    cues: [después de comenzar, depois de começar, into the dive]
"""

# A lost submersible (Titan, June 2023): one person and some others joined by 'and', what is left of a span, a distance
# from a place in Spanish and Portuguese, nautical miles, what a thing is made able to do, a wish in a relative clause
# before the main verb, a clause of place the cue is in, a name that looks like a participle before a day, a past verb
# before this week's weekday, an hour after its article that a time after something follows, 'aproximadamente a'.
TABLES["match_submersible_copy"] = (SUBMERSIBLE_RULES, date(2023, 6, 22), [
    # One person and some others joined by 'and' are one more than the figure.
    ("The craft had a pilot and three passengers aboard.", "en", [("aboard", "4")]),
    ("Llevaba a bordo un piloto y tres pasajeros.", "es", [("aboard", "4")]),
    ("Se conocieron los nombres del piloto y de los tres pasajeros a bordo.", "es", [("aboard", "4")]),
    ("O submarino levava a bordo um piloto e três passageiros.", "pt", [("aboard", "4")]),
    ("Fights broke out between the police and 30 passengers aboard.", "en", [("aboard", "30")]),
    # What is left of a span gives way to the whole the article gives.
    ("It set off with 72 hours of oxygen and now has about 30 hours of oxygen left.", "en", [("air", "72 hours")]),
    ("Tenía oxígeno para 72 horas; quedan 20 horas restantes de oxígeno.", "es", [("air", "72 hours")]),
    ("It has 30 hours of oxygen left.", "en", [("air", "30 hours")]),
    # 'a' a length 'de' a place is a distance from it, no depth.
    ("El pecio está a 2.500 metros de profundidad y a unos 300 km de la costa.", "es", [("depth", "2500 metros")]),
    ("Os destroços estão a 2.500 metros de profundidade e a cerca de 300 km da costa.", "pt",
     [("depth", "2500 metros"), ("wreck_distance", "cerca de 300 km (270,000–330,000 m)")]),
    # Nautical miles are a length.
    ("The wreckage lies 200 nautical miles off the coast.", "en",
     [("wreck_distance", "200 nautical miles (369,474–371,326 m)")]),
    # What a thing is made able to do is no deed.
    ("The craft is designed to dive as deep as 5,000 meters; the wreck is 2,500 meters deep.", "en",
     [("depth", "2500 meters")]),
    ("Un vehículo capaz de llegar a 6.000 metros de profundidad se sumó a la búsqueda.", "es", []),
    # A wish in a relative clause does not govern the main verb after it.
    ("Los restos que se querían visitar se encuentran a 2.500 metros de profundidad.", "es", [("depth", "2500 metros")]),
    ("Los turistas querían bajar a 2.500 metros de profundidad.", "es", []),
    # A clause of place the cue is in tells of the place, not of a figure before it.
    ("Fue remolcado unos 600 km hasta la zona donde están los restos del barco.", "es", []),
    ("Foi levado por 600 km até a área onde estão os destroços.", "pt", []),
    ("The wreckage was found 500 meters from the bow.", "en", [("wreck_distance", "500 meters")]),
    # A name ending like a participle is no participle dating a day.
    ("The craft disappeared off the coast of southeastern Canada on Sunday.", "en", [("gone", "2023-06-18")]),
    ("The boat disappeared off central Florida on Sunday.", "en", [("gone", "2023-06-18")]),
    # A verb of the past right before this week's weekday: the one gone.
    ("El sumergible desapareció este domingo.", "es", [("gone", "2023-06-18")]),
    ("O submarino desapareceu neste domingo.", "pt", [("gone", "2023-06-18")]),
    ("El sumergible desapareció este martes.", "es", [("gone", "2023-06-20")]),
    # An hour after its article that a time after something follows is a span; the minutes of a clock are none.
    ("Perdió el contacto a la 1 hora y 45 minutos después de comenzar el descenso.", "es",
     [("into_dive", "1 hora y 45 minutos")]),
    ("Llegó a las 7 horas y 30 minutos, después de comenzar el viaje.", "es", []),
    # 'aproximadamente a' so much hedges the distance.
    ("Os destroços foram achados aproximadamente a 500 metros da proa.", "pt",
     [("wreck_distance", "aproximadamente a 500 metros")]),
])


BANK_RULES = """facts:
  - id: closed_on
    kind: date
    cues: [closed, fechado, cerrado]
  - id: deposits
    kind: money
    currency: USD
    cues: [deposits, depósitos]
  - id: assets
    kind: money
    currency: USD
    cues: [assets, activos, ativos]
  - id: insured_limit
    kind: money
    currency: USD
    cues: [insured, insurance, asegurados, protege depósitos, segurados]
  - id: withdrawn
    kind: money
    currency: USD
    cues: [pulled, withdrew, withdraw, retiraron]
  - id: stock_fall
    kind: percentage
    cues: [shares, stock, acciones]
  - id: rank
    kind: count
    ordinals: true
    cues: [largest U.S. bank, largest bank, banco más grande]
  - id: access_day
    kind: date
    ahead: true
    cues: [acceso, access]
"""

# A bank's failure (Silicon Valley Bank, March 2023): the noun an amount is in that is the cue, 'in total' before a noun,
# a cue that modifies another's, a cue inside another's longer one, an appositive that says what an amount is, a clause
# 'when' opens on an earlier time, 'on track to', a stop written in a cue, a noun an ordinal's cue is written onto, a
# further change on top of one given, a date that names a weekday with no publication date, 'al' or 'ao' and an infinitive.
TABLES["match_bank_failure_copy"] = (BANK_RULES, None, [
    # The cue that is the noun an amount is in makes it the cue's, no part of a whole; 'in total' before a noun names it.
    ("The lender held $90 billion in total assets and $71.2 billion in total deposits.", "en",
     [("assets", "USD 90 billion"), ("deposits", "USD 71.2 billion")]),
    ("Tenía US$ 90.000 millones en activos y US$ 71.200 millones en depósitos.", "es",
     [("assets", "USD 90 billion"), ("deposits", "USD 71.2 billion")]),
    ("Com US$ 90 bilhões em ativos e US$ 71,2 bilhões em depósitos, o banco quebrou.", "pt",
     [("assets", "USD 90 billion"), ("deposits", "USD 71.2 billion")]),
    # A cue that modifies another's in one phrase takes the amount, and so does a longer cue one lies in.
    ("Los clientes con depósitos asegurados hasta 250.000 dólares recuperarán su dinero.", "es",
     [("insured_limit", "hasta 250.000 dólares")]),
    ("Savers with insured deposits up to $250,000 are safe.", "en", [("insured_limit", "up to $250,000")]),
    ("El fondo, que protege depósitos hasta de 250.000 dólares, tomó control de los depósitos del banco.", "es",
     [("insured_limit", "USD 250,000")]),
    # An appositive right after an amount that holds another fact's cue says what it is.
    ("Savers with deposits of $250,000, the most covered by federal insurance, will get certificates.", "en",
     [("insured_limit", "USD 250,000")]),
    ("Savers with deposits of $250,000, the agency said, will get certificates.", "en", [("deposits", "USD 250,000")]),
    # A clause that 'when' opens on an earlier time tells of that time.
    ("It is the largest failure since the crisis of 2008, when Washington Mutual went under with $307 billion in assets.",
     "en", []),
    ("É a maior quebra desde a Grande Recessão de 2008, quando o Washington Mutual se desfez com US$ 307 bilhões em ativos.",
     "pt", []),
    ("The bank, the largest to fail since 2008, had $90 billion in assets.", "en", [("assets", "USD 90 billion")]),
    # 'al' or 'ao' and an infinitive open a clause of the main verb's, past the earlier time.
    ("Foi o maior banco a quebrar desde a crise de 2008 ao ser fechado em 10 de março de 2023.", "pt",
     [("closed_on", "2023-03-10")]),
    # What was on track to happen had not.
    ("Customers pulled $42 billion on Thursday and were on track to withdraw another $100 billion.", "en",
     [("withdrawn", "USD 42 billion")]),
    # A stop written in a cue is read as written; an ordinal's cue written onto a noun in English ranks that noun.
    ("It was the 16th largest U.S. bank.", "en", [("rank", "16")]),
    ("It was the second-largest bank failure in U.S. history.", "en", []),
    ("The 16th largest bank holds $200 billion.", "en", [("rank", "16")]),
    ("Era el decimosexto banco más grande del país.", "es", [("rank", "16")]),
    # A further change on top of one given before gives way to it.
    ("The stock tumbled 60% on Thursday and sank another 30% on Friday before its shares were halted.", "en",
     [("stock_fall", "60%")]),
    ("Las acciones cayeron un 60% el jueves y otro 30% el viernes, cuando se suspendieron las acciones.", "es",
     [("stock_fall", "60%")]),
    ("Its shares lost another 30% on Friday.", "en", [("stock_fall", "30%")]),
    # A date right after a weekday says which day it is, with no publication date to resolve the weekday.
    ("Los clientes tendrán acceso completo a sus depósitos asegurados a más tardar el lunes 13 de marzo de 2023 por la "
     "mañana.", "es", [("access_day", "2023-03-13")]),
])


CANAL_RULES = """facts:
  - id: length
    kind: number
    unit: m
    cues: [long, length, eslora]
  - id: weight
    kind: number
    unit: t
    cues: [ton, tonne, tons, tonnes, toneladas]
  - id: daily_cost
    kind: money
    currency: USD
    cues: [a day, each day, al día]
  - id: refloated_on
    kind: date
    cues: [refloated, freed, desencalhado, voltou a flutuar]
"""

# A ship stuck in a canal (the Ever Given, March 2021): a letter of scale glued to a figure before the dimension it
# measures is metres, a ton and a tonne, an amount that names its thing before the cue of a rate, a day and month with no
# year near a date written with one.
TABLES["match_canal_blockage_copy"] = (CANAL_RULES, None, [
    ("After almost a week, the 300m-long container ship is on the move again.", "en", [("length", "300 m")]),
    ("The 300m long ship is stuck.", "en", [("length", "300 m")]),
    ("El buque, de 300m de eslora, sigue encallado.", "es", [("length", "300 m")]),
    ("The owner lost $300m on the ship, which is 300 metres long.", "en", [("length", "300 metres")]),
    ("The 150,000-tonne ship is stuck.", "en", [("weight", "150,000 tonne")]),
    ("The ship is a 180,000-ton vessel.", "en", [("weight", "180,000 ton")]),
    ("The blockage is holding up $8.2 billion of goods a day.", "en", [("daily_cost", "USD 8.2 billion")]),
    ("The blockage held up $8.2 billion of goods in a week.", "en", []),
    # With no publication date, a day and month with no year take the year of a date written with one just before.
    ("O navio encalhou em 20 de março de 2021 e voltou a flutuar no dia 26 de março.", "pt",
     [("refloated_on", "2021-03-26")]),
    ("Ships waited outside the canal, 24 March 2021. The ship was refloated on 26 March.", "en",
     [("refloated_on", "2021-03-26")]),
    ("A similar ship ran aground on 3 March 2019. This one was refloated on 26 June.", "en",
     [("refloated_on", "June 26 (no year)")]),
])


PILGRIM_RULES = """facts:
  - id: dead
    kind: count
    cues: [died, deaths, dead, fallecidos, muertos, mortes, morreram]
    not_units: [moroccan*, marroqui*, marroquino*, tunisian*]
  - id: moroccans
    kind: count
    cues: [died, deaths, dead, muertos, morreram]
    units: [moroccan*, marroqui*, marroquino*]
  - id: temperature
    kind: number
    unit: °C
    cues: [temperature, temperatures, temperaturas]
"""

# Pilgrims dead in the heat of a pilgrimage (the Hajj, June 2024): the part of the dead a predicate says are of the
# rule's units, a total that units narrow no further, those who account for a figure, a breakdown by nationality, an
# exception, a partial toll, a fraction in parts, a figure of where a noun comes from, a comparison with a level, a
# span of years set off at the end of its sentence, a count of those who told it past a relative clause, and of
# temperatures, a hedge 'beyond', a sign after a hedge and a forecast.
TABLES["match_pilgrimage_heat_copy"] = (PILGRIM_RULES, None, [
    ("At least 40 of the dead were Moroccans, officials said.", "en", [("moroccans", "At least 40")]),
    ("At least 40 of those who died were Moroccans.", "en", [("moroccans", "At least 40")]),
    ("Pelo menos 40 dos que morreram eram marroquinos, segundo o consulado.", "pt", [("moroccans", "Pelo menos 40")]),
    ("Cinco de los muertos eran soldados marroquíes.", "es", []),  # a role: maybe a part of the fact's own count
    ("At least 40 Moroccan pilgrims died. The total number of deaths now stands at 300.", "en",
     [("moroccans", "At least 40"), ("dead", "300")]),
    ("Officials said Moroccans accounted for 90 deaths.", "en", [("moroccans", "90")]),
    ('The number of Moroccan deaths had risen to "at least 90," officials said.', "en", [("moroccans", "at least 90")]),
    ("Entre los muertos se encuentran 90 marroquíes, 40 tunecinos y 12 malienses.", "es", [("moroccans", "90")]),
    ('"All of them died in the heat" except for one who was crushed.', "en", []),
    ("An official gave a partial toll of 200 deaths for the two busiest days.", "en", []),
    ("Más de tres cuartas partes de los fallecidos no tenían permiso.", "es", []),
    ("At least 300 pilgrims from about 12 countries have died.", "en", [("dead", "At least 300")]),
    ("At least 60 Moroccans died, compared to the official number of 41 people given earlier.", "en",
     [("moroccans", "At least 60")]),
    ("Stampedes have caused hundreds of deaths at the pilgrimage, in the last 30 years.", "en", []),
    ("Most of the dead were elderly, two officials who coordinated the response told reporters.", "en", []),
    ("Temperatures soared beyond 49 degrees Celsius.", "en", [("temperature", "beyond 49 degrees Celsius")]),
    ("The temperature reached almost +49 degrees Celsius.", "en", [("temperature", "almost +49 degrees Celsius")]),
    ("Pilgrims can expect temperatures of 44C during the rites.", "en", []),
    ("Las temperaturas, previstas para llegar a 44 grados, alcanzaron los 49 grados.", "es", [("temperature", "49 grados")]),
])


HEIST_RULES = """facts:
  - id: stolen
    kind: count
    cues: [stole, took, se llevaron, roubaram]
    units: [paintings, pieces, cuadros, piezas, quadros, peças]
  - id: gang
    kind: count
    cues: [robbers, gang, ladrones, ladrões]
  - id: robbery_day
    kind: date
    cues: [robbery, robo, roubo]
  - id: robbery_minutes
    kind: duration
    unit: minute
    cues: [robbery, robo, roubo]
  - id: closed_days
    kind: duration
    unit: day
    cues: [closed, cerrado, fechado]
  - id: arrests
    kind: count
    cues: [arrested, arrests, detenidos]
"""

# Paintings stolen from a museum (after the Louvre jewel heist, October 2025): what the people a cue names did something
# to, a figure of minutes before the count of things, the span of a state another fact names, the day of a perfect of
# telling, of the verb of a subject that holds the cue in a phrase or a relative clause of its own, one of a group
# set off by a comma, and a possibility not ruled out.
TABLES["match_museum_heist_copy"] = (HEIST_RULES, date(2024, 3, 13), [
    ("The robbers allegedly carried off five paintings from the east wing.", "en", []),
    ("A gang of four robbers entered through a window.", "en", [("gang", "4")]),
    ("Los ladrones cargaron tres cuadros en una furgoneta.", "es", []),
    ("Os ladrões levaram seis quadros e fugiram.", "pt", []),
    ("Se llevaron en menos de diez minutos ocho cuadros del museo.", "es", [("stolen", "8")]),
    ("El museo reabrió tras permanecer tres días cerrado por el robo.", "es", [("closed_days", "3 days")]),
    ("O museu reabriu depois de ficar três dias fechado em razão do roubo.", "pt", [("closed_days", "3 days")]),
    ("La fiscal ha anunciado este lunes que los dos detenidos por el robo han confesado.", "es", [("arrests", "2")]),
    ("The men who carried out the robbery were questioned on Monday.", "en", []),
    ("Police said suspects thought to have taken part in the robbery had been questioned on Monday.", "en", []),
    ("La policía informó que el robo fue descubierto el lunes.", "es", [("robbery_day", "2024-03-11")]),
    ("Two men were arrested. The arrests were made in the city, with one suspect detained at the airport.", "en",
     [("arrests", "2")]),
    ("The prosecutor did not rule out the possibility of a gang of more than four.", "en", []),
    ("La fiscal no descarta la posibilidad de que se trate de más de cuatro ladrones.", "es", []),
])


LANDER_RULES = """facts:
  - id: cost
    kind: money
    currency: USD
    rates: {INR: 0.012}
    cues: [cost, costs]
  - id: launched
    kind: date
    cues: [launched, lançada, lanzada]
"""

# A lunar lander (after Chandrayaan-3, August 2023): rupees and crores, 'Rs.' within a sentence, and a day of the month
# before publication's.
TABLES["match_lunar_lander_copy"] = (LANDER_RULES, date(2023, 8, 27), [
    ("The lander cost Rs. 250 crore to build, officials said.", "en", [("cost", "INR 2.5 billion")]),
    ("A sonda foi lançada no dia 14 do mês passado.", "pt", [("launched", "2023-07-14")]),
    ("La sonda fue lanzada el día 14 del mes pasado.", "es", [("launched", "2023-07-14")]),
])


FERRY_SINKING_RULES = """facts:
  - id: survivors
    kind: count
    cues: [survivors, rescued, supervivientes, rescatados, sobreviventes, resgatados]
  - id: dead
    kind: count
    cues: [killed, dead, died, muertos, mortos]
  - id: aboard
    kind: count
    cues: [aboard, on board, a bordo]
  - id: hospitalized
    kind: count
    cues: [hospitalized, hospitalizados, internados]
  - id: sank
    kind: date
    cues: [sank, sinking, capsized, wreck, naufragio, naufrágio]
"""

# A ferry that sank (after the migrant boat off Pylos, June 2023): a cue that is who tells a figure, not what it counts;
# a possibility in a relative clause; a part whose state a Portuguese verb of remaining gives; none who did what
# follows the cue; a figure outside the question a cue is in; the day of a verb whose object holds the cue; two lists
# read in turn; and what first reports still say.
TABLES["match_ferry_sinking_copy"] = (FERRY_SINKING_RULES, date(2024, 5, 10), [
    ("Survivors said about 300 people had been on the ferry.", "en", []),
    ("Los supervivientes estiman que 300 personas viajaban en el ferry.", "es", []),
    ("Según los relatos de los supervivientes, unas 300 personas viajaban en el ferry.", "es", []),
    ("Com base nos relatos dos sobreviventes, a polícia estima que 300 pessoas estavam no barco.", "pt", []),
    ("The survivors' accounts suggested that about 300 people had boarded.", "en", []),
    ("Officials said 41 survivors were brought to the port.", "en", [("survivors", "41")]),
    ("The ferry sank in a storm which could have killed dozens.", "en", []),
    ("The storm killed 12 people, a toll which could rise.", "en", [("dead", "12")]),
    ("Doze dos sobreviventes permanecem internados.", "pt", [("hospitalized", "12")]),
    ("No one aboard was wearing a life jacket.", "en", []),
    ("Nenhum passageiro a bordo usava colete salva-vidas.", "pt", []),
    ("No one was aboard the ferry.", "en", [("aboard", "0")]),
    ("Nobody knows how many people were aboard the ferry.", "en", []),
    ("Police questioned four survivors of the wreck near the port on Thursday.", "en", [("survivors", "4")]),
    ("The ferry sank near the port on Thursday.", "en", [("sank", "2024-05-09")]),
    ("The tallies of survivors and dead stand at 41 and 12 respectively.", "en", [("dead", "12"), ("survivors", "41")]),
    ("Initial reports indicate that about 300 people were aboard.", "en", [("aboard", "about 300")]),
    ("Initial reports indicated 300 people aboard, but officials later said 350.", "en", [("aboard", "350")]),
])


CABLE_CAR_RULES = """facts:
  - id: dead
    kind: count
    cues: [killed, dead, died, toll, muertos, murieron, perdieron la vida, mortos, morreram]
  - id: injured
    kind: count
    cues: [injured, hurt, heridos, heridas, feridos, feridas]
  - id: serious
    kind: count
    cues: [serious condition, estado grave, em estado grave]
  - id: foreign_dead
    kind: count
    units: [foreigners, extranjeros, estrangeiros]
    cues: [dead, died, muertos, mortos]
  - id: crash_day
    kind: date
    cues: [derailed, descarriló, descarrilou]
  - id: crash_time
    kind: time
    zone: Europe/Lisbon
    cues: [derailed, descarriló, descarrilou, ocurrió]
  - id: national_mourning
    kind: duration
    unit: day
    cues: [national mourning, luto nacional]
"""

# A cable car that left its rails (after the Glória funicular, Lisbon, September 2025): groups of the dead listed
# before a verb they share, a list whose items open with an article, a part of the toll by where it died, one of a
# group named among the fact's own, a whole that includes what the fact counts, a weekday said to have gone by on that
# same weekday, a time just past an hour, a cue with a quoted word, and a figure the article later sets anew.
TABLES["match_cable_car_copy"] = (CABLE_CAR_RULES, date(2025, 9, 10), [
    ("Nine tourists and four residents were killed when the car left the rails.", "en", []),
    ("En la tarde del miércoles, seis turistas y dos vecinos perdieron la vida.", "es", []),
    ("Among the dead were eight foreigners: two Germans, two Britons, an Italian, a Swiss and a Dane.", "en",
     [("foreign_dead", "8")]),
    ("Twelve died at the site and three more died in hospital, bringing the toll to 15.", "en", [("dead", "15")]),
    ("Two Brazilians are among the injured, the consulate said.", "en", []),
    ("Hay dos brasileños entre los heridos, según el consulado.", "es", []),
    ("Ao todo, a polícia contou 30 vítimas, que incluem feridos em estado grave.", "pt", []),
    ("Hubo 40 heridos, incluyendo seis en estado grave.", "es", [("injured", "40"), ("serious", "6")]),
    ("The car derailed last Wednesday near the square.", "en", [("crash_day", "2025-09-03")]),
    ("El vagón descarriló el miércoles pasado.", "es", [("crash_day", "2025-09-03")]),
    ("O bondinho descarrilou na última quarta-feira.", "pt", [("crash_day", "2025-09-03")]),
    ("El accidente ocurrió pasadas las 18:00, según la policía.", "es", [("crash_time", "18:00–18:15")]),
    ("Passava pouco das 18h quando o bondinho descarrilou.", "pt", [("crash_time", "18:00–18:15")]),
    ('El gobierno decretó un día de luto "nacional" por las víctimas.', "es", [("national_mourning", "1 day")]),
    ("Police said 12 people were hurt. Two of them died overnight, raising the toll to 9 and lowering the number of "
     "injured to 10.", "en", [("dead", "9"), ("injured", "10")]),
])


COUNTRY_HEAT_RULES = """facts:
  - id: uk_record
    kind: number
    unit: °C
    cues: [record, records, highest, récord]
  - id: previous_record
    kind: number
    unit: °C
    background: false
    cues: [previous record, récord anterior]
  - id: scotland_record
    kind: number
    unit: °C
    about: [Scotland, Escocia]
    cues: [record, records, récord]
  - id: wales_record
    kind: number
    unit: °C
    about: [Wales, Gales]
    cues: [record, records, récord]
  - id: stations
    kind: count
    units: [stations]
    cues: [exceeded, met or exceeded]
"""

# A national heat record (after the UK's first 40 °C, July 2022): a margin past a mark, a measure placed in what
# another fact is about (for the place, or the place the sentence's subject), a figure in a phrase heading the
# clause that names one besides, the mark a verb goes past, and what was done to a noun an earlier time describes.
TABLES["match_heat_record_copy"] = (COUNTRY_HEAT_RULES, date(2022, 7, 20), [
    ("Coningsby hit 40.3C, exceeding the previous record by 1.6C.", "en", []),
    ("A new record for Scotland of 34.8C was confirmed.", "en", [("scotland_record", "34.8 C")]),
    ("Scotland also saw a new record, with 34.8C at Charterhall.", "en", [("scotland_record", "34.8 C")]),
    ("In addition to the 40.3C at Coningsby, records were set for Wales, with 37.1C at Hawarden.", "en",
     [("wales_record", "37.1 C")]),
    ("La lectura rompió el récord establecido una hora antes de 39,1 grados.", "es", []),
    ("Coningsby hit 40.3C, smashing the 38.7C record held by Cambridge.", "en", [("uk_record", "40.3 C")]),
    ("The previous record of 38.7C was met or exceeded at 46 stations.", "en",
     [("previous_record", "38.7 C"), ("stations", "46")]),
])


CHILE_FIRE_RULES = """facts:
  - id: dead
    kind: count
    cues: [died, dead, killed, death toll, toll, victims, muertos, fallecidos, murieron, víctimas, mortos, morreram]
  - id: missing
    kind: count
    cues: [missing, desaparecidos, desaparecidas]
"""

# Wildfires (around Viña del Mar, Chile, February 2024): a group said still to be missing beside the dead, an earlier
# disaster named by its full date with what it did told in a relative clause, a figure more are added to, and one a
# verb in the pluperfect gave before.
TABLES["match_wildfire_toll_copy"] = (CHILE_FIRE_RULES, date(2024, 2, 5), [
    ("At least 99 people had died with hundreds still missing, and the death toll could increase.", "en",
     [("dead", "At least 99"), ("missing", "hundreds")]),
    ("Officials said 64 had died with dozens still missing and warned the toll would rise.", "en",
     [("dead", "64"), ("missing", "dozens")]),
    ("It is the worst disaster since the earthquake of February 27, 2010, which killed hundreds of people.", "en", []),
    ("Es la peor tragedia desde el terremoto del 27 de febrero de 2010, que dejó 525 muertos.", "es", []),
    ("Se registran 40 fallecidos en los cerros y 6 adicionales en hospitales. En total murieron 46 personas.", "es",
     [("dead", "46")]),
    ("Twenty people died in the hills and three more in hospital, and the toll now stands at 23.", "en", [("dead", "23")]),
    ("El alcalde había anticipado una cifra de 64 víctimas. Ya son al menos 99 los fallecidos.", "es",
     [("dead", "al menos 99")]),
])


MUDSLIDE_RULES = """facts:
  - id: bodies
    kind: count
    units: [bodies, remains, cuerpos, restos, corpos]
    cues: [recovered, found, recuperados, recuperado, resgatados]
  - id: depth
    kind: number
    unit: m
    accept: [measure]
    cues: [soil, deep, tierra]
"""

# A landslide (Yambali, Papua New Guinea, May 2024): a figure of people that is the complement of the noun the fact
# counts ('the bodies of six people'), and 'under' after a verb of lying beneath something, which says where, no bound.
TABLES["match_landslide_copy"] = (MUDSLIDE_RULES, date(2024, 5, 27), [
    ("Rescuers have recovered the bodies of six people.", "en", [("bodies", "6")]),
    ("Solo se han recuperado los restos de seis personas.", "es", [("bodies", "6")]),
    ("The remains of only five people were found on Monday.", "en", [("bodies", "5")]),
    ("Foram resgatados os corpos de 12 vítimas.", "pt", [("bodies", "12")]),
    ("The homes of six people were found empty.", "en", []),
    ("The village is buried under six to eight metres of soil.", "en", [("depth", "six to eight metres")]),
    ("The hamlet lies under 10 metres of soil.", "en", [("depth", "10 metres")]),
    ("The soil there is under 2 metres deep.", "en", [("depth", "under 2 metres")]),
])


POPULATION_RULES = """facts:
  - id: india
    kind: count
    ahead: true
    about: [India, Índia]
    cues: [population, people, inhabitants, población, habitantes, personas, população, pessoas]
  - id: china
    kind: count
    ahead: true
    about: [China]
    cues: [population, people, inhabitants, población, habitantes, personas, população, pessoas]
"""

# Two countries' populations (India passing China, April 2023): the possessor of a cue whose predicate leads to a
# figure holds it, a subject named after a figure as that of a clause joined by 'and' does not, a name past other words
# and its own article is no preposition's object, the object of 'overtake' holds nothing, and a margin is no population.
TABLES["match_population_copy"] = (POPULATION_RULES, date(2023, 4, 20), [
    ("India now has 1,428.6 million people while China's population stands at 1,425.7 million.", "en",
     [("china", "1,425,700,000"), ("india", "1,428,600,000")]),
    ("La población de la India llegó a 1.428,6 millones, por delante de China.", "es", [("india", "1,428,600,000")]),
    ("A Índia possui 1,428 bilhão de habitantes e a China tem 1,425 bilhão.", "pt",
     [("china", "1,425,000,000"), ("india", "1,428,000,000")]),
    ("India will overtake China this week, hitting almost 1.43 billion people.", "en", [("india", "almost 1.43 billion")]),
    ("Según el centro, el día de hoy la India superó la barrera de 1.426 millones de habitantes, por delante de China.",
     "es", [("india", "1,426,000,000")]),
    ("La India tendrá unos 400.000 habitantes más que China.", "es", []),
    ("La India superará a China con casi 3 millones de personas más y 1.428 millones de habitantes.", "es",
     [("india", "1,428,000,000")]),
])


FIREWORKS_RULES = """facts:
  - id: dead
    kind: count
    cues: [killed, kills, died, dead, toll, victims, perished, muertos, murieron, fallecidos, fallecidas, muerto,
           mortos, morreram]
  - id: injured
    kind: count
    cues: [injured, wounded, heridos, heridas, feridos]
  - id: identified
    kind: count
    cues: [identified, identificados, identificadas]
  - id: at_scene
    kind: count
    cues: [at the scene, en el lugar, en el sitio, no local]
  - id: time
    kind: time
    zone: America/Mexico_City
    cues: [explosion, blast, explosión, estallidos, explosão]
"""

# A fireworks market explosion (Tultepec, December 2016): a figure after the cue with its verb left out is another
# clause's ('y 10 más en hospitales'), those added to a narrower count's group and 'N of them' are parts, victims still
# in hospital are alive, 'sin ser identificados' has not happened, an aside between hyphens is skipped, 'the first of
# the blasts' is no point of reference, a live report's stamp is no time of the event, 'este mismo año' is another time,
# 'había dicho' gave a figure before, and 'mientras que' opens a clause of its own.
TABLES["match_fireworks_copy"] = (FIREWORKS_RULES, date(2016, 12, 21), [
    ("Hasta ahora han muerto 40 personas. 30 murieron en el lugar y 10 más en hospitales.", "es",
     [("at_scene", "30"), ("dead", "40")]),
    ("Son 40 los muertos: hay 30 personas fallecidas en el sitio, 10 en hospitales.", "es",
     [("at_scene", "30"), ("dead", "40")]),
    ("Forty people were killed. Thirty died at the scene and ten others died from their injuries in hospital.", "en",
     [("at_scene", "30"), ("dead", "40")]),
    ("Forty were killed. The 30 who perished at the scene were found by noon, and ten more victims died in hospital.", "en",
     [("at_scene", "30"), ("dead", "40")]),
    ("De los 40 muertos, 30 de ellos murieron el día de la explosión.", "es", [("dead", "40")]),
    ("The blasts killed 40 people. Some 50 victims still remain in hospitals across the region.", "en", [("dead", "40")]),
    ("Ya fueron identificados 12 cuerpos; 20 permanecen sin ser identificados.", "es", [("identified", "12")]),
    ("Only two of the victims - a woman and a 9-year-old boy - have been identified.", "en", [("identified", "2")]),
    ("A las 14.40 se produjo el primero de los cinco estallidos.", "es", [("time", "14:40")]),
    ("Dec. 21\n\n– 01:15 — Explosion at fireworks depot kills 40, officials say", "en", [("dead", "40")]),
    ("Este mismo año, cuatro personas murieron en otra explosión en la zona.", "es", []),
    ("Ahora hay 40 muertos. Antes, la fiscalía había dicho que las explosiones habían dejado 31 muertos.", "es",
     [("dead", "40")]),
    ("Al menos 12 de los 40 cuerpos ya fueron identificados, mientras que 10 restos han sido entregados.", "es",
     [("identified", "Al menos 12")]),
])


CRUISE_RULES = """facts:
  - id: cases
    kind: count
    cues: [cases, infected, casos, contagiados, contagiadas, infectados]
  - id: aboard
    kind: count
    cues: [on board, aboard, a bordo]
  - id: quarantine_end
    kind: date
    ahead: true
    cues: [remain in quarantine until, quarentena até]
  - id: boarded
    kind: date
    cues: [embarcou, boarded]
"""

# A cruise ship quarantined with an outbreak on board (the Diamond Princess, February 2020): a whole after the part's
# noun and 'out of' is the whole the part is taken from, 'became' links and describes nothing, 'nuevos' before a figure
# adds it to one given before, 'saltou de 40 para 65' is a change, 'until' in the cue is its own, and a day after 'e' and
# a verb of its own is that verb's.
TABLES["match_cruise_outbreak_copy"] = (CRUISE_RULES, date(2020, 2, 11), [
    ("More than 600 people out of 3,700 became infected.", "en", [("cases", "More than 600")]),
    ("Over 500 of the 3,700 people on board became infected.", "en", [("aboard", "3700"), ("cases", "Over 500")]),
    ("The ship will remain in quarantine until 19 February.", "en", [("quarantine_end", "2020-02-19")]),
    ("Hay nuevos 30 casos; en total, 90 contagiados.", "es", [("cases", "90")]),
    ("O número de infectados saltou de 40 para 65.", "pt", [("cases", "65")]),
    ("O homem, que voou para Yokohama em 20 de janeiro, embarcou no navio e desembarcou em 25 de janeiro.", "pt", []),
    ("Em 20 de janeiro ele embarcou no navio e desembarcou em 25 de janeiro.", "pt", [("boarded", "2020-01-20")]),
])


CAVE_RULES = """facts:
  - id: boys
    kind: count
    units: [boys, niños, meninos]
    cues: [trapped, atrapados, presos]
  - id: injured
    kind: count
    cues: [injured, heridos, feridos]
  - id: rescuers
    kind: count
    cues: [rescue effort, efectivos]
  - id: coach_age
    kind: number
    accept: [age]
    cues: [coach, entrenador, técnico]
  - id: died
    kind: date
    cues: [died, murió, morreu]
  - id: found
    kind: date
    cues: [found, encontrado, encontrados, localizados]
  - id: operation
    kind: duration
    unit: day
    cues: [operation, operación, operação]
"""
TABLES["match_cave_rescue_copy"] = (CAVE_RULES, date(2018, 7, 11), [
    ("Four more boys trapped in the cave were rescued on Monday.", "en", []),
    ("Este lunes rescataron a 4 niños más atrapados en la cueva.", "es", []),
    ("At least 29 people were killed and 70 more injured in the blast.", "en", [("injured", "70")]),
    ("Twelve boys aged 11 to 16 and their football coach were found.", "en", []),
    ("The boys, aged 11 to 16, and their 25-year-old coach went missing.", "en", [("coach_age", "25")]),
    ('"He died last night at around 1 a.m.," the governor said.', "en", [("died", "2018-07-11")]),
    ("He died last night.", "en", [("died", "2018-07-10")]),
    ("Entraram na caverna no dia 23 de junho e foram encontrados dez dias depois.", "pt", [("found", "2018-07-03")]),
    ("Foram encontrados dez dias depois do temporal.", "pt", []),
    ("Os meninos foram localizados na segunda-feira, dia 2, por mergulhadores.", "pt", [("found", "2018-07-02")]),
    ("O grupo foi encontrado na segunda-feira, 12 pessoas estavam no local.", "pt", [("found", "2018-07-09")]),
    ("After halting the operation for ten hours, divers went back in.", "en", []),
    ("The operation lasted three days.", "en", [("operation", "3 days")]),
    ("Some 2,000 soldiers, engineers and medics are helping with the rescue effort.", "en", [("rescuers", "Some 2,000")]),
])


PESO_RULES = """facts:
  - id: new_rate
    kind: money
    currency: ARS
    cues: [exchange rate, tipo de cambio, dólar oficial]
  - id: old_rate
    kind: money
    currency: ARS
    cues: [from, up from, before the speech]
  - id: ministries
    kind: count
    units: [ministries, ministerios, ministérios]
    cues: [ministries, ministerios, ministérios]
  - id: inflation
    kind: percentage
    cues: [inflación, inflation]
"""
TABLES["match_devaluation_copy"] = (PESO_RULES, date(2023, 12, 13), [
    ("El dólar oficial pasará a $900.", "es", [("new_rate", "ARS 900")]),
    ("The exchange rate is now $1.05.", "en", [("new_rate", "USD 1.05")]),
    ("The exchange rate will go to 900 pesos per dollar.", "en", [("new_rate", "ARS 900")]),
    ("It stood at 350 per dollar before the speech.", "en", [("old_rate", "ARS 350")]),
    ("The exchange rate will rise to 900 pesos to the dollar, from about 420.", "en",
     [("new_rate", "ARS 900"), ("old_rate", "about 420")]),
    ("El tipo de cambio saltará de 400 pesos por dólar estadounidense a 900 pesos por unidad.", "es",
     [("new_rate", "ARS 900")]),
    ("Los ministerios se reducirán de 20 a 10.", "es", [("ministries", "10")]),
    ("The number of ministries will be cut from 20 to 10.", "en", [("ministries", "10")]),
    ("La inflación ronda en torno al 150 %.", "es", [("inflation", "en torno al 150 %")]),
])


WATER_RULES = """facts:
  - id: level
    kind: percentage
    cues: [nivel, niveles, level, embalse]
  - id: cut
    kind: duration
    unit: hour
    cues: [cut, cuts, cortes, turno]
  - id: cycle
    kind: duration
    unit: day
    cues: [every, cada]
  - id: start
    kind: date
    ahead: true
    cues: [take effect, a partir del]
  - id: goal
    kind: percentage
    ahead: true
    cues: [reducir, reduce, ahorro]
"""
TABLES["match_water_rationing_copy"] = (WATER_RULES, date(2025, 3, 10), [
    ("Los niveles del embalse bajaron de 20,5 % (1 de marzo) a 19,8 % este domingo.", "es", [("level", "19.8%")]),
    ("Los niveles del embalse bajaron de 20,5 % a 19,8 % este domingo.", "es", [("level", "19.8%")]),
    ("El nivel del embalse fue de 31% —33,5% en la presa norte— según la empresa.", "es", [("level", "31%")]),
    ("Los técnicos buscan llevar el nivel al 40%.", "es", []),
    ("Cada 12 días habrá cortes de agua de 24 horas en cada barrio.", "es", [("cut", "24 hours"), ("cycle", "12 days")]),
    ("Cada turno durará 24 horas.", "es", [("cut", "24 hours")]),
    ("The city will cut water to each district for 24 hours every nine days.", "en",
     [("cut", "24 hours"), ("cycle", "9 days")]),
    ("A cinco días de iniciado el racionamiento, los cortes siguen.", "es", []),
    ("La ciudad vivirá por primera vez en décadas cortes de agua a partir del miércoles.", "es", [("start", "2025-03-12")]),
    ("The restrictions take effect as from Wednesday.", "en", [("start", "2025-03-12")]),
    ("Las autoridades buscan reducir el consumo en un 8%.", "es", [("goal", "8%")]),
    ("Se busca un ahorro de un 8 % en la demanda.", "es", [("goal", "8%")]),
    ("The city seeks to reduce consumption by 8%.", "en", [("goal", "8%")]),
])


JAIL_RULES = """facts:
  - id: dead
    kind: count
    units: [inmates, prisoners, people, reclusos, presos, muertos, mortos, dead]
    cues: [killed, died, dead, muertos, murieron, mató, mortos, morreram]
  - id: injured
    kind: count
    cues: [injured, heridos, feridos]
  - id: burned
    kind: count
    cues: [burned, quemados, queimados]
  - id: march_dead
    kind: count
    units: [inmates, prisoners, people, reclusos, presos, muertos, mortos, dead]
    cues: [March, marzo, março]
    background: [March, marzo, março]
"""
TABLES["match_prison_riot_copy"] = (JAIL_RULES, date(2024, 6, 20), [
    ("Hubo no menos de 25 heridos en el penal.", "es", [("injured", "no menos de 25")]),
    ("There were not fewer than 25 injured.", "en", [("injured", "not fewer than 25")]),
    ("La explosión mató al menos a 35 reclusos.", "es", [("dead", "al menos a 35")]),
    ("Se contaron 20 muertos, 4 de ellos quemados, pero luego la cifra subió a 35.", "es", [("burned", "4"), ("dead", "20")]),
    ("At least 50 people died in the March violence.", "en", [("march_dead", "At least 50")]),
    ("Back in March, 50 inmates died in two riots.", "en", [("march_dead", "50")]),
    ("Los motines de marzo dejaron 50 muertos.", "es", [("march_dead", "50")]),
    ("The worst riot happened in April, when 60 inmates were killed.", "en", []),
    ("More than 300 inmates were killed in prison riots in 2024 alone.", "en", []),
    ("So far this year, 300 inmates have died.", "en", []),
    # A time that opens the sentence governs no clause past a comma and a conjunction that names a time of its own.
    ("In March, 50 inmates died, and on Monday 35 were killed.", "en", [("dead", "35"), ("march_dead", "50")]),
    ("En marzo murieron 50 reclusos, y esta semana murieron 35.", "es", [("dead", "35"), ("march_dead", "50")]),
    ("In March, 50 inmates died, and 35 more were injured.", "en", [("march_dead", "50")]),
    ("The riot left 35 dead and 20 injured.", "en", [("dead", "35"), ("injured", "20")]),
])
TABLES["match_prison_riot_copy_undated"] = (JAIL_RULES, None, [
    ("En marzo murieron 50 reclusos en dos motines.", "es", [("march_dead", "50")]),
    ("Fifty inmates were killed in riots in March.", "en", [("march_dead", "50")]),
    ("Os motins de março deixaram 50 mortos.", "pt", [("march_dead", "50")]),
    ("The riot left 35 dead.", "en", [("dead", "35")]),
])


BREAKOUT_RULES = """facts:
  - id: dead
    kind: count
    units: [people, dead, muertos, pessoas]
    cues: [killed, dead, died, death toll, muertos, mortos]
    not_units: [guards, custodios, inmates, reos, presos]
  - id: guards
    kind: count
    units: [guards, prison guards, custodios]
    cues: [killed, slain, muertos, murieron]
  - id: inmates
    kind: count
    units: [inmates, reos, presos, internos]
    cues: [killed, slain, dead, muertos, murieron]
    not_units: [guards, custodios]
  - id: injured
    kind: count
    units: [people, personas, heridos, lesionados]
    cues: [injured, heridos, lesionadas]
  - id: escaped
    kind: count
    units: [inmates, reos, presos]
    cues: [escaped, escaparon, fuga]
  - id: arrival
    kind: time
    cues: [arrived, opened fire]
  - id: march_dead
    kind: count
    units: [people, dead, muertos]
    cues: [March, marzo]
    background: [March, marzo]
"""
TABLES["match_prison_break_copy"] = (BREAKOUT_RULES, date(2024, 6, 20), [
    # A cue that names the fact's own period reaches what its phrase dates, past the window.
    ("In March, a riot inside the same old state prison left 12 people dead.", "en", [("march_dead", "12")]),
    ("In March, a riot broke out, and on Monday a riot inside the same old state prison left 12 people dead.", "en",
     [("dead", "12")]),
    # A figure that names its own noun shares no noun after the next figure.
    ("El asalto dejó 19 muertos y 25 reos en fuga.", "es", [("dead", "19"), ("escaped", "25")]),
    ("The assault left 19 dead and 25 inmates escaped.", "en", [("dead", "19"), ("escaped", "25")]),
    # A time in brackets past the clock the first is on glosses it.
    ("Gunmen arrived around 6 a.m. local time (1300GMT) and opened fire.", "en", [("arrival", "~06:00")]),
    ("Gunmen arrived at 6 a.m. local time (1300 GMT) and opened fire.", "en", [("arrival", "06:00")]),
    # A relative clause of the second group's own: the groups share no verb.
    ("El ataque dejó 12 personas lesionadas y 28 reos que escaparon.", "es", [("escaped", "28"), ("injured", "12")]),
    # A figure a later one replaced.
    ("Un reporte previo daba cuenta de 12 muertos.", "es", []),
    ("Tras un reporte preliminar de 12 muertos el domingo, el ministro precisó que hubo 16 muertos.", "es", [("dead", "16")]),
    ("An earlier report put the death toll at 12.", "en", []),
    ("Según un reporte preliminar, hay 12 muertos.", "es", [("dead", "12")]),
    # One person and a group of others.
    ("También resultaron heridos 1 custodio y 11 reclusos.", "es", [("injured", "12")]),
    ("También resultaron heridos un custodio y 11 reclusos.", "es", [("injured", "12")]),
    ("Pelo menos 30 presidiários foram mortos.", "pt", [("dead", "Pelo menos 30")]),
    # A head count's groups in its gloss, each with its noun; the rule's own group beside another.
    ("La fuga dejó 16 muertos (9 custodios y 7 reos).", "es", [("dead", "16"), ("guards", "9"), ("inmates", "7")]),
    ("Nine prison guards and seven inmates were killed.", "en", [("guards", "9"), ("inmates", "7")]),
    ("Murieron nueve custodios y siete reos.", "es", [("guards", "9"), ("inmates", "7")]),
])


TAINTED_RULES = """facts:
  - id: deaths
    kind: count
    ordinals: true
    units: [tourists, people, turistas, pessoas]
    cues: [died, die, murieron, morreram]
  - id: detained
    kind: count
    units: [people, staff, employees, empleados]
    cues: [detained, detenidos]
  - id: night
    kind: date
    cues: [night, noche, chupitos]
"""
TABLES["match_tainted_drinks_copy"] = (TAINTED_RULES, date(2024, 11, 22), [
    # A figure after 'mais de' or 'más de' is a bound, not where a change started from: the time after it dates both.
    ("Pelo menos seis pessoas morreram e mais de 20 foram hospitalizadas em agosto na Tailândia.", "pt", []),
    ("Seis pessoas morreram e 20 foram hospitalizadas em agosto.", "pt", []),
    # One person and a group of others: a manager or an owner.
    ("The manager and seven staff members have been detained.", "en", [("detained", "8")]),
    ("The owner and three employees were detained.", "en", [("detained", "4")]),
    # An ordinal ranks a unit written in the singular.
    ("Holly became the sixth tourist to die.", "en", [("deaths", "6")]),
    ("She became the sixth tourist confirmed to have died.", "en", [("deaths", "6")]),
    # Two days joined before their month: each is a day of it, the nearer the cue's.
    ("La noche del 12 al 13 de noviembre se convirtió en una pesadilla.", "es", [("night", "2024-11-12")]),
    ("Repartió chupitos entre el 12 y el 13 de noviembre.", "es", [("night", "2024-11-12")]),
])


AUCTION_RULES = """facts:
  - id: price
    kind: money
    currency: USD
    rates: {GBP: 1.315, BRL: 0.189}
    about: [Klimt, portrait, painting, cuadro, quadro]
    cues: [sold for, selling for, se vendió por, vendido por, vendida por, arrematado pelo]
  - id: estimate
    kind: money
    currency: USD
    cues: [estimated at, estimación, estimados]
  - id: klimt_record
    kind: money
    currency: USD
    background: false
    window: 12
    cues: [previous Klimt record]
"""
TABLES["match_auction_copy"] = (AUCTION_RULES, date(2025, 11, 19), [
    # Going past an estimate leaves it the estimate; only a record is made anew by it.
    ("La obra superó con creces su estimación de 150 millones de dólares.", "es", [("estimate", "USD 150 million")]),
    # An amount in the fact's currency with its cue right after it.
    ("Las pujas dejaron muy atrás los 150 millones estimados.", "es", [("estimate", "USD 150 million")]),
    # A range whose first amount takes the second's scale, with no word to open it.
    ("The self-portrait is estimated at US$40 to US$60 million.", "en", [("estimate", "US$40 to US$60 million")]),
    ("The self-portrait is estimated at $40 to $60 million.", "en", [("estimate", "$40 to $60 million")]),
    # Millions shortened after an amount with its sign; River Plate copy's dollar sign.
    ("O quadro de Klimt foi vendido por US$ 236,4 mi.", "pt", [("price", "USD 236.4 million")]),
    ("O quadro de Klimt foi arrematado pelo valor de U$S 236 milhões (R$ 1,2 bilhão).", "pt",
     [("price", "USD 236 million")]),
    ("El cuadro de Klimt se vendió por U$D 236 millones.", "es", [("price", "USD 236 million")]),
    # A sum of several is no one's price; nor is one each of several sold for.
    ("The three Klimt paintings sold for a combined $384.7 million.", "en", []),
    ("Two other Klimt landscapes went under the hammer, each selling for between $60 million and $80 million.", "en", []),
    ("Otros dos cuadros de Klimt, cada uno vendido por 70 millones de dólares.", "es", []),
    # A gloss in brackets right after the amount: the time past it still dates it.
    ("Em 2023, outro quadro de Klimt foi vendido por 85,3 milhões de libras (108,8 milhões de dólares, 579 milhões de "
     "reais) em Londres.", "pt", []),
    ("Outro quadro de Klimt foi vendido por 85,3 milhões de libras (108,8 milhões de dólares, 579 milhões de reais) em "
     "Londres em 2023.", "pt", []),
    # A relative clause on what an earlier mark names, past the quotation mark that closes a title.
    ("The sale set a new mark for a Klimt work, with the previous record held by 'Lady with a Fan,' which sold for $108.8 "
     "million.", "en", []),
    ("It broke the previous Klimt record held by 'Lady with a Fan,' which sold for $108.8 million.", "en",
     [("klimt_record", "USD 108.8 million")]),
])


STABBING_RULES = """facts:
  - id: hurt
    kind: count
    units: [people, personas, pessoas]
    cues: [in hospital, taken to hospital, trasladadas a hospitales, levadas ao hospital, heridas, heridos]
  - id: critical
    kind: count
    units: [people, personas, pessoas]
    cues: [life-threatening, heridas potencialmente mortales, estado grave]
  - id: attack_day
    kind: date
    cues: [stabbing, apuñalamiento, ataque]
"""
TABLES["match_stabbing_copy"] = (STABBING_RULES, date(2025, 11, 2), [
    # What another fact's cue says a group has, in a phrase that 'with' opens right after this one's, narrows it.
    ("Eight people are in hospital with life-threatening injuries.", "en", [("critical", "8")]),
    ("Eight people were taken to hospital, seven with life-threatening injuries.", "en", [("critical", "7"), ("hurt", "8")]),
    ("Ocho personas fueron trasladadas a hospitales, siete con heridas potencialmente mortales.", "es",
     [("critical", "7"), ("hurt", "8")]),
    ("Oito pessoas foram levadas ao hospital, sete com ferimentos.", "pt", [("hurt", "8")]),
    # A day between a verb and the clause that 'que' or 'that' opens as its object is that verb's.
    ("La policía descartó el domingo que el apuñalamiento fuera un acto terrorista.", "es", []),
    ("La policía ha descartado este domingo que el ataque sea terrorista.", "es", []),
    ("Police ruled out on Sunday that the stabbing was terror-related.", "en", []),
    ("It was on Saturday that the stabbing happened.", "en", [("attack_day", "2025-11-01")]),
    ("La policía descartó el domingo que el apuñalamiento del sábado fuera terrorista.", "es",
     [("attack_day", "2025-11-01")]),
])


TRAIN_CRASH_RULES = """facts:
  - id: dead
    kind: count
    units: [people, personas, pessoas]
    cues: [killed, died, muertos, mortos]
  - id: children
    kind: count
    cues: [children, niños, crianças]
  - id: injured
    kind: count
    units: [people, personas, pessoas]
    cues: [injured, heridos, feridos]
  - id: hospitalised
    kind: count
    units: [people, personas, pessoas]
    cues: [hospitalised, ingresados, internados]
  - id: icu
    kind: count
    units: [people, personas, pessoas]
    cues: [intensive care, UCI, UTI]
  - id: crash_day
    kind: date
    cues: [crash, accidente, acidente]
"""
TABLES["match_train_crash_copy"] = (TRAIN_CRASH_RULES, date(2026, 1, 21), [
    # Groups that split people by age or sex, listed each with its figure, are one count of all of them ...
    ("Nine adults and two children remain in intensive care.", "en", [("children", "2"), ("icu", "11")]),
    ("Treinta adultos y tres niños seguían ingresados.", "es", [("children", "3"), ("hospitalised", "33")]),
    ("Sete adultos e uma criança estão na UTI.", "pt", [("icu", "8")]),
    ("The fire killed four men, three women and two children.", "en", [("children", "2"), ("dead", "9")]),
    ("Os internados são quatro homens e seis mulheres.", "pt", [("hospitalised", "10")]),
    # ... not when the list goes on past them.
    ("Os internados são quatro homens e seis mulheres, entre 20 e 50 anos, e três menores.", "pt", []),
    # 'remaining' opens the predicate of a figure whose noun is left out.
    ("Doctors treated 90 people, with 30 remaining hospitalised.", "en", [("hospitalised", "30")]),
    # A part after 'incluido' or 'incluida' is no count of the whole.
    ("Doce personas siguen en la UCI, incluida una niña.", "es", [("icu", "12")]),
    # A day written onto the cue is its day; another in the sentence is of something else.
    ("Mais dois corpos foram achados hoje nos escombros de um dos vagões envolvidos no acidente, o que eleva para 45 os "
     "mortos do acidente de domingo.", "pt", [("crash_day", "2026-01-18"), ("dead", "45")]),
    ("Two more bodies were found today in one of the trains involved in the crash, taking the toll of Sunday's crash to "
     "45.", "en", [("crash_day", "2026-01-18")]),
    ("The crash happened on Sunday, and the line reopened on Tuesday.", "en", [("crash_day", "2026-01-18")]),
])


BLACKOUT_RULES = """facts:
  - id: dead
    kind: count
    units: [people, personas, pessoas]
    cues: [died, killed, murieron, morreram]
  - id: outage_day
    kind: date
    cues: [blackout, outage, apagón, apagão]
  - id: outage_time
    kind: time
    zone: Europe/Madrid
    cues: [began, comenzó, começou]
  - id: age
    kind: number
    accept: [age]
    cues: [Alzira]
  - id: estimate
    kind: duration
    unit: hour
    ahead: true
    cues: [recuperación, recovery, recuperação]
"""
TABLES["match_blackout_copy"] = (BLACKOUT_RULES, date(2025, 4, 29), [
    # An age whose years an earlier age in its list carries is no count.
    ("Un matrimonio de 80 y 75 años y su hijo de 50 murieron en el incendio.", "es", []),
    # A day written onto another event, one brought in anew, is that event's.
    ("The blackout came a month after a fire on March 20 at a substation.", "en", []),
    ("The blackout came a month after a March 20 fire at a substation.", "en", []),
    ("Tras otro apagón el 3 de abril, el país volvió a quedarse sin luz.", "es", []),
    # A day right before a verb of telling is when it was told.
    ("No cause for the outage has emerged, with the minister on Tuesday announcing an inquiry.", "en", []),
    ("The outage on Monday, officials said, was the worst.", "en", [("outage_day", "2025-04-28")]),
    # Times said on a clock a place names, the United Kingdom's and Lisbon's among them.
    ("The outage began around 10.33am UK time.", "en", [("outage_time", "~11:33 (10:33 UK time)")]),
    ("O apagão começou às 11h30 em Lisboa.", "pt", [("outage_time", "12:30 (11:30 Lisboa)")]),
    # A time on no clock glossed by one on a clock it names: the named one tells the moment.
    ("O apagão começou às 11h30 (7h30 em Brasília).", "pt", [("outage_time", "12:30 (07:30 Brasília)")]),
    ("El apagón comenzó a las 12:33 (10:33 GMT).", "es", [("outage_time", "12:33")]),
    # An age before a noun placed in the cue's place is the age of someone there.
    ("A 46-year-old woman in Alzira died when her oxygen machine stopped.", "en", [("age", "46")]),
    # A fact of what is to come reads 'could' in an estimate's clause, not in a condition's.
    ("Red Eléctrica calculaba que la recuperación podría tardar entre 6 y 10 horas.", "es",
     [("estimate", "entre 6 y 10 horas")]),
    ("La recuperación podría tardar entre 6 y 10 horas si falla la red.", "es", []),
    # ... and in the clause a source's word opens.
    ("Segundo a empresa, a recuperação pode levar de 6 a 10 horas.", "pt", [("estimate", "6 a 10 horas")]),
    # A range with its unit at both ends after a verb of taking or lasting and 'from' is one range, not a change.
    ("The recovery took from six hours to ten hours in most regions.", "en", [("estimate", "six hours to ten hours")]),
    ("The recovery window was extended from 30 hours to 60 hours.", "en", [("estimate", "30 hours")]),
])


ECLIPSE_RULES = """facts:
  - id: start
    kind: time
    zone: America/Mazatlan
    window: 14
    cues: [totality, totalidad, totalidade, fase total]
  - id: stop
    kind: time
    zone: America/Mazatlan
    cues: [ended, terminó, terminou]
  - id: length
    kind: duration
    about: [Culiacán]
    cues: [lasted, duró, durou]
  - id: day
    kind: date
    cues: [eclipse]
  - id: last
    kind: date
    window: 16
    cues: [last time, última vez]
"""
TABLES["match_eclipse_copy"] = (ECLIPSE_RULES, date(2024, 1, 20), [
    # A span of time is when what it is of began; its end is read by a cue of ending.
    ("De las 10:05 a las 10:09 horas pudo verse la totalidad sobre la ciudad.", "es", [("start", "10:05")]),
    ("La fase total duró de las 10:05 a las 10:09, cuando terminó.", "es", [("start", "10:05"), ("stop", "10:09")]),
    # A time in the clause before a turn to the cue's, which gives its own, is the earlier clause's.
    ("El fenómeno se vio desde las 8:50 hasta las 11:30, pero la fase total llegó poco después, a las 10:05.", "es",
     [("start", "10:05")]),
    # A clock's summer time named in winter copy is summer time still; its standard time is read on the day.
    ("Totality will reach the coast at 10:05 a.m. PDT on April 8.", "en", [("start", "10:05")]),
    ("Totality will reach the coast at 10:05 a.m. PST.", "en", [("start", "11:05 (10:05 PST)")]),
    # Minutes and seconds joined by 'con'.
    ("En Culiacán la totalidad duró 3 minutos con 55 segundos.", "es", [("length", "3 minutos con 55 segundos")]),
    ("In Culiacán totality lasted one and a half minutes.", "en", [("length", "1 min 30 s")]),
    # A clause of contrast placed in another place holds that place's figure.
    ("In Culiacán totality lasted 3 minutes and 55 seconds, while in the village of Nazas it lasted 4 minutes and 28 "
     "seconds.", "en", [("length", "3 minutes and 55 seconds")]),
    ("While in Nazas it lasted longer, in Culiacán totality lasted 3 minutes and 55 seconds.", "en",
     [("length", "3 minutes and 55 seconds")]),
    # A day told in a clause on the last time the same happened is that earlier time's.
    ("The last time a total eclipse crossed the city was on July 11, 1991.", "en", [("last", "1991-07-11")]),
    ("La última vez que un eclipse total cruzó la ciudad fue el 11 de julio de 1991.", "es", [("last", "1991-07-11")]),
    ("It was the last time the city saw one; the eclipse crossed it on July 11, 1991.", "en", [("day", "1991-07-11")]),
])

IT_OUTAGE_RULES = """facts:
  - id: delta
    kind: count
    units: [flights, cancellations]
    about: [Delta]
    cues: [cancellations, cancelled]
  - id: all
    kind: count
    units: [flights, cancellations]
    cues: [cancellations, cancelled]
"""
TABLES["match_outage_copy"] = (IT_OUTAGE_RULES, date(2024, 7, 21), [
    # The name a sentence opens on, past an appositive, places its figure in what another fact is about.
    ("Delta Air Lines, one of the hardest-hit carriers, reported over 600 cancellations on Saturday.", "en",
     [("delta", "over 600")]),
    ("Airlines, one of the hardest-hit industries, reported over 1,400 cancellations on Friday.", "en",
     [("all", "over 1,400")]),
])

NOBEL_RULES = """facts:
  - id: laureate
    kind: entities
    cues: [won, wins, awarded, venceu, ganó, goes to]
    entities:
      machado:
        label: Machado
        aliases: [María Corina Machado, Machado]
      trump:
        label: Trump
        aliases: [Donald Trump, Trump]
  - id: ceremony
    kind: date
    ahead: true
    cues: [ceremony, entrega, cerimônia]
  - id: outage
    kind: date
    cues: [apagão, outage]
"""
# The Nobel Peace Prize (October 2025): a name the copy says it is not; 'esta' before a Portuguese weekday, and the day of
# the month after a weekday when no verb tells which side of publication it is on.
TABLES["match_nobel_copy"] = (NOBEL_RULES, date(2025, 12, 9), [
    ("Not Trump, but Venezuelan opposition leader wins Nobel Peace Prize", "en", []),
    ("Machado, not Trump, won the Nobel Peace Prize.", "en", [("laureate", "Machado")]),
    ("The prize goes to Machado instead of Trump.", "en", [("laureate", "Machado")]),
    ("It wasn't Trump: Machado won the prize.", "en", [("laureate", "Machado")]),
    ("Não foi Trump, mas Machado quem venceu o Nobel da Paz.", "pt", [("laureate", "Machado")]),
    ("Trump and Machado won prizes this year.", "en", [("laureate", "Machado"), ("laureate", "Trump")]),  # guard
    # 'esta quarta-feira' on a Tuesday is the next day, as 'nesta' is; 'na quarta-feira, dia 10' names the 10th though the
    # weekday alone reads as the one gone by, when no verb tells.
    ("A entrega do prémio acontece esta quarta-feira em Oslo.", "pt", [("ceremony", "2025-12-10")]),
    ("A entrega do prémio acontece na quarta-feira, dia 10, em Oslo.", "pt", [("ceremony", "2025-12-10")]),
    # 'madrugada' is no participle that dates another event (a guard: 'desta' now opens the day's span).
    ("Um apagão cibernético na madrugada desta sexta-feira (5) afetou aeroportos.", "pt", [("outage", "2025-12-05")]),
])

TSUNAMI_RULES = """facts:
  - id: depth
    kind: number
    unit: km
    cues: [depth, profundidad]
  - id: distance
    kind: number
    unit: km
    cues: [Petropavlovsk]
  - id: wave
    kind: number
    unit: m
    cues: [olas, ondas, waves]
  - id: quake_time
    kind: time
    cues: [sismo, quake]
"""
# The Kamchatka earthquake and the Pacific tsunami (July 2025): a measure that names its dimension is as near that cue as
# can be; a length measures the thing only another length fact's cue names; a figure said to be expected is none.
TABLES["match_tsunami_copy"] = (TSUNAMI_RULES, date(2025, 7, 30), [
    ("Las olas provocadas por el sismo de 18 km de profundidad alcanzaron los 1,09 metros en California.", "es",
     [("depth", "18 km")]),
    ("El sismo de 18 km de profundidad causó olas.", "es", [("depth", "18 km")]),
    ("Waves up to 10 feet are expected to hit Hawaii around 7:15 PM.", "en", []),
    ("In Hawaii, waves of up to 1.7 meters were measured.", "en", [("wave", "up to 1.7 meters")]),  # guard
])

FUNERAL_RULES = """facts:
  - id: crowd
    kind: count
    units: [people, mourners, fieles, pessoas]
    cues: [funeral, square]
  - id: heads_of_state
    kind: count
    units: [heads of state, jefes de Estado, chefes de Estado, world leaders]
    cues: [heads of state, jefes de Estado, chefes de Estado, leaders]
  - id: delegations
    kind: count
    units: [delegations, delegaciones]
    cues: [delegations, delegaciones]
  - id: crew
    kind: count
    units: [crew members, membros da tripulação, miembros de la tripulación]
    cues: [a bordo, aboard]
  - id: mass_length
    kind: duration
    cues: [cerimônia, mass]
"""
# The funeral of Pope Francis (April 2025): a unit with a word inside that ends a noun phrase names the figure ('50 heads
# of state'); a figure that counts a group of people joined to what the units name counts both, not it; a time before a
# clock is no span.
TABLES["match_funeral_copy"] = (FUNERAL_RULES, date(2025, 4, 26), [
    ("The Vatican said 160 delegations attended, including approximately 50 heads of state.", "en",
     [("heads_of_state", "approximately 50"), ("delegations", "160")]),
    ("Unos 250.000 fieles junto a más de 50 jefes de Estado han asistido.", "es", [("heads_of_state", "más de 50")]),
    ("La ceremonia cuenta con la presencia de 50 jefes de Estado y Gobierno.", "es", [("heads_of_state", "50")]),
    ("Tens of thousands of mourners and world leaders attended the funeral.", "en", [("crowd", "Tens of thousands")]),
    ("El funeral contó con más de 200.000 fieles y delegaciones de 130 países.", "es", [("crowd", "más de 200.000")]),
    ("Over 50 world leaders and their wives came to the funeral.", "en", [("heads_of_state", "Over 50")]),  # guard
    ("transportava 171 passageiros e 6 membros da tripulação a bordo.", "pt", [("crew", "6")]),
    ("A bordo viajaban 171 pasajeros y 6 miembros de la tripulación.", "es", [("crew", "6")]),
    ("Cerimônia será iniciada às 5h no horário de Brasília - 10h em Roma", "pt", []),
    ("A cerimônia durou 2 horas e 10 minutos.", "pt", [("mass_length", "2 horas e 10 minutos")]),  # guard
])

SNOWSTORM_RULES = """facts:
  - id: since_year
    kind: number
    accept: [year]
    cues: [since, desde]
  - id: snow_hours
    kind: duration
    cues: [snowfall, nevada]
  - id: ships
    kind: count
    units: [buques]
    cues: [esperan]
  - id: closed
    kind: date
    cues: [closed, cerrado]
  - id: arrival
    kind: date
    cues: [en cuarentena desde]
  - id: snow_depth
    kind: number
    unit: cm
    cues: [snow, neve]
"""
# Storm Filomena (January 2021): a year accepted is read after 'since'; a superlative's frame dates no figure; a
# subjunctive of 'poder' in a purpose governs no figure; a day after a verb of staying is no day the state came about,
# unless it is the day the state has lasted since.
TABLES["match_snowstorm_copy"] = (SNOWSTORM_RULES, date(2021, 1, 10), [
    ("It was the biggest snowfall in Madrid since 1971.", "en", [("since_year", "1971")]),
    ("Desde 1971 no nevaba tanto en Madrid.", "es", [("since_year", "1971")]),
    ("Spain has seen 30 hours of snowfall and is the most intense snowstorm in the last 50 years.", "en",
     [("snow_hours", "30 hours")]),
    ("para sacarlo del canal y que puedan seguir su marcha los 367 buques que esperan en la cola", "es",
     [("ships", "367")]),
    ("Aena said Madrid's airport would remain closed for a second day yesterday.", "en", []),
    ("Madrid's airport was still closed on Saturday.", "en", []),
    ("Madrid's airport was closed on Friday night.", "en", [("closed", "2021-01-08")]),  # guard
    ("El crucero permanece en cuarentena desde el 3 de enero.", "es", [("arrival", "2021-01-03")]),
    ("As autoridades estimam que a neve acumulada possa chegar aos 50 centímetros.", "pt", []),
    ("An average of 20 centimeters of snow is still expected to fall on Saturday.", "en", []),
    ("More than 50 centimeters of snow fell in the capital.", "en", [("snow_depth", "More than 50 centimeters")]),
])

NOTRE_DAME_RULES = """facts:
  - id: guests
    kind: count
    units: [guests, invitees, people]
    cues: [ceremony, Hajj]
  - id: dead
    kind: count
    units: [officers, people]
    cues: [dead]
  - id: ceremony_length
    kind: duration
    cues: [cerimónia, ceremony]
"""
# The reopening of Notre-Dame (December 2024): who attended is what a count of who was there counts, while who did it is
# not whom it was done to; an age set off after 'com' is no span.
TABLES["match_notre_dame_copy"] = (NOTRE_DAME_RULES, date(2024, 12, 8), [
    ("The ceremony was attended by 1,500 invitees, including heads of state.", "en", [("guests", "1500")]),
    ("The Hajj was attended by 1.8 million people.", "en", [("guests", "1,800,000")]),
    ("Kimani Gray, 16, was shot dead by two plainclothes officers.", "en", []),  # guard: who did it
    ("A catedral de Notre-Dame, com 800 anos, reabriu ao público após uma cerimónia a 7 de dezembro.", "pt", []),
    ("The reopening ceremony lasted around two hours.", "en", [("ceremony_length", "around two hours")]),  # guard
])

CHESS_RULES = """facts:
  - id: champion
    kind: entities
    entities:
      gukesh: {label: Gukesh, aliases: [Gukesh]}
      ding: {label: Ding Liren, aliases: [Ding Liren, Ding]}
    cues: [youngest, más joven, mais jovem]
  - id: final_score
    kind: score
    cues: [won the match, placar, por]
  - id: ding_age
    kind: number
    accept: [age]
    cues: [Ding]
  - id: kasparov_age
    kind: number
    accept: [age]
    background: false
    window: 16
    cues: [Kasparov]
  - id: kasparov_year
    kind: number
    accept: [year]
    window: 16
    cues: [Kasparov]
  - id: blunder_move
    kind: ordinal
    cues: [movimiento, lance, move]
  - id: wins
    kind: count
    units: [games]
    cues: [won]
"""
# The world chess championship match of December 2024: a side of a result may hold a half; a name in a participle's
# object after the cue is that verb's; an age before a comparison the cue ends, or before a verb whose object the cue
# names, is another's; a fact of a past event takes the age then; a fact that is a year refuses other figures; a figure
# numbering the cue may have a verb after it; 'out of' opens a partitive as 'of the' does.
TABLES["match_chess_copy"] = (CHESS_RULES, date(2024, 12, 12), [
    ("Gukesh won the match 7.5-6.5 with the black pieces.", "en", [("final_score", "7.5-6.5")]),
    ("O indiano venceu por 7,5 a 6,5 e levou o título.", "pt", [("final_score", "7.5-6.5")]),
    ("Os rivais terminaram com o placar de 6,0 a 5,0 na partida 11.", "pt", [("final_score", "6-5")]),
    ("The forecast put rain at 2.5-3 inches by the match.", "en", []),  # guard: halves that make no whole
    ("Gukesh became the youngest world champion, beating Ding Liren in the final game.", "en",
     [("champion", "Gukesh")]),
    ("Gukesh se convirtió en el campeón más joven al derrotar al chino Ding Liren.", "es", [("champion", "Gukesh")]),
    ("Gukesh tornou-se o campeão mais jovem ao derrotar o atual campeão Ding Liren.", "pt", [("champion", "Gukesh")]),
    ("The 18-year-old defeated China's Ding Liren in the last game.", "en", []),
    ("The 32-year-old Ding Liren resigned after a blunder.", "en", [("ding_age", "32")]),  # guard
    ("The champion at 18, beating Ding Liren, wept at the board.", "en", []),
    ("He is at 18 four years younger than Garry Kasparov.", "en", []),
    ("Kasparov conquistou seu primeiro título em 1985, aos 22 anos.", "pt",
     [("kasparov_age", "22"), ("kasparov_year", "1985")]),
    ("Garry Kasparov, who won the title at 22 in 1985, was the youngest.", "en",
     [("kasparov_age", "22"), ("kasparov_year", "1985")]),
    ("Un error de Ding en el movimiento 55 decidió la partida.", "es", [("blunder_move", "55th")]),
    ("Ding errou no lance 55 para perder o título.", "pt", [("blunder_move", "55th")]),
    ("En el movimiento 2 días después no pasó nada.", "es", []),  # guard: a noun it counts
    ("Gukesh won three out of 14 games in the match.", "en", [("wins", "3")]),
])

OPENING_RULES = """facts:
  - id: held_on
    kind: date
    cues: [opening ceremony]
  - id: length
    kind: duration
    cues: [ceremony, ceremonia]
  - id: since
    kind: duration
    cues: [first Games, first time in]
  - id: performers
    kind: count
    units: [dancers, bailarines]
    cues: [dancers, artistas, show]
  - id: dead
    kind: count
    units: [officers, soldiers, soldados]
    cues: [dead, killed, murieron]
  - id: sailors
    kind: count
    units: [athletes]
    cues: [sailed]
  - id: delegations
    kind: count
    cues: [delegations]
"""
# The opening ceremony of the Paris Olympics of July 2024: a century is a span; a frame of how long since is the span of
# a fact whose cue opens it or leads to its span; a hedged span after 'a las' is no time of day; an adjective's span
# after a comma is of the noun, which a cue of another kind inside a longer one does not take; a figure after 'by' that
# counts the cue's noun is no agent apart; nouns listed before 'and other' the cue are one group; another fact's cue
# that a figure of its own counts is no predicate of the figure before.
TABLES["match_opening_ceremony_copy"] = (OPENING_RULES, date(2024, 7, 27), [
    ("Paris staged its first Games in a century on Friday.", "en", [("since", "100 years")]),
    ("It was the first time in 100 years that the city hosted the Games.", "en", [("since", "100 years")]),
    ("It was the longest ceremony in 40 years.", "en", []),  # guard: the frame of the noun ranked
    ("Lady Gaga puso fin a las casi tres horas de ceremonia junto al río.", "es", [("length", "casi tres horas")]),
    ("La ceremonia empezó a las 8 horas del sábado.", "es", []),  # guard: a time of day
    ("Paris held its first Games in a century with a three-hour-long, rain-soaked opening ceremony.", "en",
     [("length", "3 hours"), ("since", "100 years")]),
    ("The show was performed by some 1,500 dancers and singers.", "en", [("performers", "some 1,500")]),
    ("A teenager was shot dead by two officers.", "en", []),  # guard: the agent
    ("Unos 1.500 bailarines, cantantes y otros artistas animaron la fiesta.", "es", [("performers", "Unos 1.500")]),
    ("Tres soldados y otros murieron en el ataque.", "es", []),  # guard: others, a group of their own
    ("Some 5,000 athletes from 150 delegations sailed down the river.", "en",
     [("delegations", "150"), ("sailors", "Some 5,000")]),
])

SONG_CONTEST_RULES = """facts:
  - id: wins
    kind: count
    ordinals: true
    units: [win, wins, victory, vez]
    cues: [win, victory, venceu]
  - id: croatia_points
    kind: count
    units: [points]
    cues: [Croatia]
  - id: spain_place
    kind: ordinal
    cues: [España, Nebulossa]
  - id: edition
    kind: ordinal
    cues: [edición, edition]
"""
# The Eurovision final of May 2024: a time after 'since' is the frame of the rank right before it, not of one before
# that; a clause of its own after a time is not dated by it; a rank counted since another time is no running total; a
# figure after 'puesto' numbers the place, and 'posición' is a place ranked; by how much one led, or how far behind or
# short one ended, is a margin; a rank dated by another year is of that year's event.
TABLES["match_song_contest_copy"] = (SONG_CONTEST_RULES, date(2024, 5, 12), [
    ("This marks Switzerland's third win and the country's first since 1988 when Dion won.", "en", [("wins", "3")]),
    ("Celine Dion won in 1988 and it's their third win overall.", "en", [("wins", "3")]),
    ("Switzerland took the victory for the first time since 1988.", "en", []),
    ("A Suíça venceu pela terceira vez desde a estreia do festival.", "pt", []),
    ("España ha quedado en el puesto 22 con 30 puntos.", "es", [("spain_place", "22nd")]),
    ("Nebulossa consiguió una 22ª posición en la final.", "es", [("spain_place", "22nd")]),
    ("After the jury vote they led Croatia by a whopping 155 points.", "en", []),
    ("Switzerland ended the televote 111 points behind Croatia.", "en", []),
    ("Croatia finished the night 44 points short.", "en", []),
    ("Croatia finished second with 547 points.", "en", [("croatia_points", "547")]),  # guard
    ("Suiza ganó la primera edición en 1956.", "es", []),
    ("Suiza ganó la 68ª edición del festival.", "es", [("edition", "68th")]),  # guard
])

AWARDS_NIGHT_RULES = """facts:
  - id: wins
    kind: count
    units: [awards, Oscars]
    cues: [Oppenheimer]
  - id: stone_oscars
    kind: count
    ordinals: true
    units: [Oscar, win, victory]
    cues: [Emma Stone, career]
  - id: edition
    kind: ordinal
    cues: [premiação, cerimônia, edición]
  - id: first_win
    kind: number
    accept: [year]
    cues: [La La Land]
  - id: ceremony_on
    kind: date
    cues: [Oscar]
  - id: barbie_nominations
    kind: count
    units: [nominations]
    cues: [Barbie]
  - id: killers_nominations
    kind: count
    units: [nominations]
    cues: [Killers of the Flower Moon]
  - id: charged
    kind: count
    cues: [cargos]
"""
# The Academy Awards of March 2024: a year in English after a determiner or a possessive is a year, even before a unit;
# an ordinal ranks a noun of the fact after another; Portuguese 'segundo' before a source is 'according to'; a fact that
# is a year reads one whatever words follow it; a rank is dated by a year set off after its noun, or of its noun; a
# relative clause past the year that labels an edition dates it; a figure after 'with' in a list counts the noun of the
# first; figures read in turn go to the competing facts' cues listed before them, however long each item; 'por' after a
# figure is no measure but before 'ciento'.
TABLES["match_awards_night_copy"] = (AWARDS_NIGHT_RULES, date(2024, 3, 11), [
    ("Oppenheimer won the 2024 Academy Awards with seven awards.", "en", [("wins", "7")]),
    ("Emma Stone won again, following her 2017 win for La La Land.", "en", [("first_win", "2017")]),
    ("Emma Stone won her second Oscar win in the category.", "en", [("stone_oscars", "2")]),
    ("Emma Stone has won the best actress Oscar, her second career victory in the category.", "en",
     [("stone_oscars", "2")]),
    ("Os indicados à premiação serão revelados em janeiro, segundo a Academia.", "pt", []),
    ("A 96ª premiação, segundo a Academia, teve 23 categorias.", "pt", [("edition", "96th")]),  # guard
    ("Stone ya había ganado en 2016 por su papel en La La Land.", "es", [("first_win", "2016")]),
    ("La primera vez fue en 2017 cuando lo consiguió gracias a La La Land.", "es", [("first_win", "2017")]),
    ("Kimmel apresentou também a 94ª cerimônia do Oscar, de 2022, a do tapa.", "pt", []),
    ("Suiza ganó la primera edición de Eurovisión, en 1956, con Lys Assia.", "es", []),
    ("Kimmel apresenta a 96ª cerimônia, em 2024, em Los Angeles.", "pt", [("edition", "96th")]),  # guard
    ("Oppenheimer foi o grande vencedor do Oscar 2024, que aconteceu neste domingo (10).", "pt",
     [("ceremony_on", "2024-03-10")]),
    ("Oppenheimer led with 13 nominations, followed by Poor Things with 11 and Barbie with eight.", "en",
     [("barbie_nominations", "8")]),
    ("Killers of the Flower Moon and Barbie, by Greta Gerwig, had 10 and 8 nominations, respectively.", "en",
     [("barbie_nominations", "8"), ("killers_nominations", "10")]),
    ("Presentaron cargos contra seis por la estampida.", "es", [("charged", "6")]),
])

EUROPEAN_FINAL_RULES = """facts:
  - id: winner
    kind: entities
    entities:
      real_madrid: [Real Madrid, Madrid]
      dortmund: [Borussia Dortmund, Dortmund]
    cues: [won, win, beat, victory, venció, venceu, campeón, conquistou]
  - id: goal_minute
    kind: ordinal
    cues: [minute, minuto, minutos]
  - id: scorer_age
    kind: number
    accept: [age]
    cues: [Vinicius]
"""
# The Champions League final of June 2024: of a fact of who won, the side its sentence says was beaten is none, past a
# verb of beating or a word of winning and 'over', up to a preposition of a phrase of its own; a minute of the second
# half, or of the same half as one before, is no minute of the match; an age glossed in brackets after 'aged' is one.
TABLES["match_european_final_copy"] = (EUROPEAN_FINAL_RULES, date(2024, 6, 2), [
    ("Real Madrid beat Borussia Dortmund to win the Champions League.", "en", [("winner", "Real Madrid")]),
    ("El Real Madrid venció 2-0 a Borussia Dortmund en Wembley.", "es", [("winner", "Real Madrid")]),
    ("O Real Madrid venceu, este sábado, o Borussia Dortmund e conquistou a taça.", "pt", [("winner", "Real Madrid")]),
    ("A 2-0 victory over Borussia Dortmund made Real Madrid champions.", "en", [("winner", "Real Madrid")]),
    ("Real Madrid beat Borussia Dortmund, and Dortmund beat Bayern in 2013.", "en",
     [("winner", "Borussia Dortmund"), ("winner", "Real Madrid")]),  # a clause of its own, with a winner of its own
    ("Dani Carvajal, a los 38 minutos del complemento, abrió el marcador.", "es", []),
    ("Vinicius Jr., a los 37 minutos del mismo período, sentenció.", "es", []),
    ("Carvajal marcó al minuto 74 de cabeza.", "es", [("goal_minute", "74th")]),  # guard
    ("The match also saw Vinicius (aged 23 years and 325 days) become the youngest scorer.", "en",
     [("scorer_age", "23")]),
])

GRAND_PRIX_RULES = """facts:
  - id: winner
    kind: entities
    entities:
      verstappen: [Max Verstappen, Verstappen]
      norris: [Lando Norris, Norris]
      ocon: [Esteban Ocon, Ocon]
      gasly: [Pierre Gasly, Gasly]
    cues: [won, wins, win, victory, victoria, vitória, conquistou, ganó, se impuso]
  - id: grid
    kind: ordinal
    cues: [grid, starting, largou]
  - id: finish
    kind: ordinal
    cues: [finished, terminou, acabó, finalizó]
    about: [Norris]
  - id: season_wins
    kind: count
    ordinals: true
    units: [win, wins, victory, victories, vitória, vitórias]
    cues: [season, temporada]
  - id: career_wins
    kind: count
    ordinals: true
    units: [victoria, victorias]
    cues: [carrera]
  - id: lead
    kind: count
    units: [points, puntos, pontos]
    cues: [lead, aventaja, ventaja]
  - id: total
    kind: count
    units: [points, puntos, pontos]
    cues: [acumula]
  - id: titles
    kind: count
    units: [titles]
    cues: [champion]
    values: {three-time: 3}
  - id: margin
    kind: duration
    unit: second
    cues: [ahead, margin, vantagem, le sacó]
  - id: age
    kind: number
    accept: [age]
    cues: [Verstappen]
"""
# The Sao Paulo Grand Prix of November 2024: of a fact of who won, a name placed behind the winner, the owner of another
# thing before the cue, one passed, or one outside the relative clause the cue is in is none; a place in racing copy
# ('P17'), with a space before its sign ('17 º'), or before a preposition, a participle of placing or a verb is read; a
# count within the period a cue of the fact names is the fact's ('his eighth victory of the season'); Spanish tens of
# ordinals ('sexagésima segunda'); a margin the cue leads to by 'por'; a figure whose noun a second predicate a cue opens
# leaves out; seconds with a fraction, as timing writes them; a rule's own words outdo a refused reading of them.
TABLES["match_grand_prix_copy"] = (GRAND_PRIX_RULES, date(2024, 11, 4), [
    ("Max Verstappen Wins Brazilian Grand Prix, Lando Norris Finishes Sixth", "en", [("winner", "Max Verstappen")]),
    ("Em meio ao caos, a Alpine conquistou pontos com Esteban Ocon em segundo e Pierre Gasly em terceiro.", "pt", []),
    ("Los Alpine, de Esteban Ocon (2.º) y Pierre Gasly (3.º), aplaudieron la victoria de Verstappen.", "es",
     [("winner", "Max Verstappen")]),
    ("Ocon was second as Verstappen won.", "en", [("winner", "Max Verstappen")]),
    ("Verstappen ultrapassou Esteban Ocon e garantiu a vitória.", "pt", [("winner", "Max Verstappen")]),
    ("Verstappen dealt a blow to Lando Norris' championship hopes by racing from the back to win in Brazil.", "en", []),
    ("Verstappen aventaja por 62 puntos a Norris, quien ganó la carrera esprint y la pole, pero acabó sexto.", "es",
     [("finish", "6th"), ("lead", "62"), ("winner", "Lando Norris")]),
    ("Norris praised Ocon, who won in Monaco.", "en", [("winner", "Esteban Ocon")]),
    ("Su rival, Lando Norris de McLaren, quien ganó la carrera esprint, se quejó.", "es",
     [("winner", "Lando Norris")]),  # guard: the clause hangs on a name and its side
    ("'Starting at P17 was tough,' Verstappen said of his grid slot.", "en", [("grid", "17th")]),
    ("O holandês largou de 17 º no grid e escalou o pelotão.", "pt", [("grid", "17th")]),
    ("The P5 members met on the grid.", "en", []),
    ("Pior para Norris, que terminou apenas em sexto colocado.", "pt", [("finish", "6th")]),
    ("Norris finalizó sexto después de haber salido desde la pole.", "es", [("finish", "6th")]),
    ("It was his eighth victory of the season.", "en", [("season_wins", "8")]),
    ("He took a sixth engine of the season.", "en", []),
    ("Foi a oitava vitória do piloto na temporada.", "pt", [("season_wins", "8")]),
    ("Significó la sexagésima segunda victoria de su carrera.", "es", [("career_wins", "62")]),
    ("Verstappen fez 26 pontos e agora acumula 393, enquanto Norris somou 8.", "pt", [("total", "393")]),
    ("Verstappen took the lead on lap 43 of 69.", "en", []),  # the lap is no age, nor a count of points
    ("Behind the three-time champion, Ocon and Gasly took the podium.", "en", [("titles", "3")]),
    ("Verstappen finished 19.4 seconds ahead of Esteban Ocon.", "en", [("margin", "19.4 seconds")]),
    ("He took the chequered flag with a margin of 19.477s.", "en", [("margin", "19.477s")]),
    ("He crossed the line with a margin of 19.477 seconds.", "en", [("margin", "19.477 seconds")]),
    ("O holandês venceu com 19s4 de vantagem.", "pt", [("margin", "19s4")]),
    ("He finished 12,500 seconds ahead.", "en", []),  # guard: thousands in English copy, far too long a margin
    ("Verstappen, the second seed on the grid, led.", "en", []),  # guard: 'seed' only ends like a verb
])

SPRINT_RULES = """facts:
  - id: winner
    kind: entities
    entities:
      lyles: [Noah Lyles, Lyles]
      thompson: [Kishane Thompson, Thompson]
      kerley: [Fred Kerley, Kerley]
      jacobs: [Marcell Jacobs, Lamont Marcell Jacobs, Jacobs]
    cues: [won, win, gold, victory, champion, campeón, campeão, oro, ouro, se impuso]
  - id: time
    kind: duration
    unit: second
    cues: [time, clocked, clocking, tiempo, crono, tempo, bronze, bronce]
    about: [Lyles, Kerley]
  - id: thompson_time
    kind: duration
    unit: second
    cues: [best]
    about: [Thompson]
  - id: margin
    kind: duration
    unit: second
    cues: [by, ahead, diferencia, diferença, aventajó]
  - id: age
    kind: number
    accept: [age]
    cues: [Lyles]
    about: [Lyles]
  - id: thompson_age
    kind: number
    accept: [age]
    cues: [Thompson]
    about: [Thompson]
"""
# The Olympic 100 metres final of August 2024, won by five thousandths of a second: of a fact of who won, a name that
# took a medal other than gold, one a margin behind, one ended ahead of, beaten by verbs of edging and prevailing, past
# a gap and a figure in brackets after 'over', a title held before, and a win a conditional governs are none; parts of
# a second in words ('five thousandths of a second', 'cinco milésimas') and with no whole ('.005 seconds'), none too
# short for a fact in seconds; a race's bare times ('a time of 9.79,', '9.79 (.784)', "9.79.784''"); in Spanish a
# point before three figures after a single one is a fraction ('9.784 segundos'; not '3.600 segundos'), and never
# after a zero; 'a fraction of a second' is no second; a decimal is no age; an age written onto a name is its own.
TABLES["match_sprint_copy"] = (SPRINT_RULES, date(2024, 8, 5), [
    ("Fellow countryman Fred Kerley won bronze in 9.81 seconds.", "en", [("time", "9.81 seconds")]),
    ("Fred Kerley of the U.S. came in third place .02 seconds later to win bronze.", "en", []),
    ("Portanto, Noah Lyles é ouro, Kishane Thompson é prata e o bronze ficou para Fred Kerley.", "pt",
     [("winner", "Noah Lyles")]),
    ("Lyles won gold, with Kishane Thompson clocked five-thousandths of a second behind.", "en",
     [("winner", "Noah Lyles")]),
    ("Lyles won his first gold, just five thousandths of a second ahead of Thompson.", "en",
     [("margin", "0.005 seconds"), ("winner", "Noah Lyles")]),
    ("Lyles won the gold in the 100 meters in a photo finish, edging out Jamaican Kishane Thompson for gold.", "en",
     [("winner", "Noah Lyles")]),
    ("Noah Lyles se impuso al jamaicano Kishane Thompson y se colgó el oro.", "es", [("winner", "Noah Lyles")]),
    ("American Lyles wins 100m gold in photo finish over Jamaica's Thompson", "en", [("winner", "Noah Lyles")]),
    ("Lyles won over world leader (9.77) Thompson.", "en", [("winner", "Noah Lyles")]),
    ("Defending champion Lamont Marcell Jacobs of Italy finished fifth.", "en", []),
    ("Tokyo 2021 Olympic champion Marcell Jacobs ran a season's best.", "en", []),
    ("Já o italiano Marcell Jacobs, atual campeão olímpico em Tóquio 2020, terminou em quinto.", "pt", []),
    ("Fred Kerley, campeón mundial hace dos años, se quedó con el bronce.", "es", []),
    ("If the race had been 99m, Kishane Thompson would be wearing the gold medal.", "en", []),
    ("Noah Lyles won the 100 meters by .005 seconds on Sunday.", "en",
     [("margin", "0.005 seconds"), ("winner", "Noah Lyles")]),
    ("Lyles aventajó en solo cinco milésimas al jamaicano.", "es", [("margin", "0.005 seconds")]),
    ("A diferencia fue de 12 centésimos de segundo.", "pt", [("margin", "0.12 seconds")]),
    ("La diferencia fue de dos décimas.", "es", []),  # guard: tenths only with their second
    ("Lyles crossed the line with a winning time of 9.79, ahead of Thompson.", "en", [("time", "9.79 seconds")]),
    ("Lyles, running a 9.79 (.784), posted the best time.", "en", [("time", "9.784 seconds")]),
    ("Lyles marcó un tiempo de 9.79.784'' en la final.", "es", [("time", "9.784 seconds")]),
    ("Noah Lyles estableció un tiempo de 9.784 segundos.", "es", [("time", "9.784 seconds")]),
    ("Lyles: el tiempo total fue de 3.600 segundos.", "es", [("time", "3600 seconds")]),  # guard: thousands
    ("Lyles, con un tiempo de reacción de 0.178 segundos, salió el último.", "es", [("time", "0.178 seconds")]),
    ("He won by a fraction of a second.", "en", []),
    ("Lyles clocked a time of 9.784 seconds, with Thompson clocking 9.789.", "en", [("time", "9.784 seconds")]),
    ("Lyles took 2nd to Louie Hinchliffe, 9.98-10.04.", "en", []),
    ('"I could not see Lyles," 23-year-old Thompson said.', "en", [("thompson_age", "23")]),
    ("Lyles, 27, won gold.", "en", [("age", "27"), ("winner", "Noah Lyles")]),  # guard
    ("Lyles ran an extraordinary race to win gold.", "en", [("winner", "Noah Lyles")]),  # guard: no title held before
    ("Lyles would later win gold.", "en", [("winner", "Noah Lyles")]),  # guard: a narrative's 'would'
    ("El tiempo de Lyles en la tienda: R$ 9,79.", "es", []),  # money, no time
])

CORONATION_RULES = """window: 12
facts:
  - id: day
    kind: date
    cues: [crowned, coronation, coronación, coroação]
  - id: king_age
    kind: number
    accept: [age]
    cues: [Charles, Carlos, King, rei, rey, monarch, monarca, soberano]
    about: [Charles, Carlos, King, rei, rey, monarch, monarca, soberano]
  - id: crown_year
    kind: number
    accept: [year]
    cues: [made, fabricada, criada, crown]
  - id: weight
    kind: number
    unit: kg
    cues: [weighs, pesa]
  - id: flypast
    kind: duration
    unit: second
    cues: [display, lasted]
  - id: since_last
    kind: duration
    unit: year
    cues: [unmatched, não acontecia, no ocurría, first coronation]
"""
# The coronation of Charles III, May 2023: an age set off by commas after a noun phrase that names neither a cue nor
# the fact's subject is that phrase's, the object of a verb past the cue or whom an oblique relative clause after it
# is about, and one a verb with an object in the infinitive ('to have the 360-year-old') takes is its noun's; an age
# set off after the cue, or in brackets right after it, is the cue's, past a complementizer 'que'; a fact that is only
# a year reads older years led to as years are; a measure in two units is their sum ('2 quilos e 230 gramas'); a half
# joined by hyphens ('two-and-a-half minutes'); what was not seen, or did not happen, for so long, and 'unmatched in',
# frame a span since; a day in a clause that a contrast with a subject of its own ends before the cue is that clause's.
TABLES["match_coronation_copy"] = (CORONATION_RULES, date(2023, 5, 6), [
    ("O novo rei recebeu a coroa de São Eduardo, de 360 anos, em um trono que data do século 14.", "pt", []),
    ("Charles trocará a enorme coroa de St. Edward, de 362 anos, pela Coroa do Estado Imperial.", "pt", []),
    ("Camilla, de 75 anos, com quem Charles se casou em 2005, também será coroada.", "pt", []),
    ("At 74, he has become the oldest British monarch to have the 360-year-old St Edward's Crown placed on his head.", "en",
     [("king_age", "74")]),
    ("Se cree, sin embargo, que el soberano, de 74 años, optará por una ceremonia más sencilla.", "es",
     [("king_age", "74")]),
    ("Este sábado, alrededor de las 11.30, Carlos III (74) se convertirá oficialmente en el monarca del Reino Unido.", "es",
     [("king_age", "74")]),
    ("The crown was made for Charles II in 1661.", "en", [("crown_year", "1661")]),
    ("La corona fue fabricada en 1661 para la coronación de Carlos II.", "es", [("crown_year", "1661")]),
    ("A coroa pesa 2 quilos e 230 gramas e é uma réplica.", "pt", [("weight", "2 quilos e 230 gramas (2.229–2.231 kg)")]),
    ("The crown weighs 4 lb 12 oz.", "en", [("weight", "4 lb 12 oz (2.14–2.169 kg)")]),
    ("The display lasted for around two-and-a-half minutes.", "en", [("flypast", "around two-and-a-half minutes")]),
    ("It will include a military spectacle unmatched in Britain in 70 years.", "en", [("since_last", "70 years")]),
    ("Acompanharam um evento que não acontecia há 70 anos no Reino Unido.", "pt", [("since_last", "70 years")]),
    ("Una ceremonia que no ocurría desde hace 70 años.", "es", [("since_last", "70 years")]),
    ("Carlos III se convirtió en rey el 8 de septiembre pasado, pero la coronación se celebra meses después.", "es", []),
    ("Charles, 74, was crowned on Saturday.", "en", [("day", "2023-05-06"), ("king_age", "74")]),  # guard
    ("On Friday, crowds gathered, but the coronation was delayed.", "en", [("day", "2023-05-05")]),  # guard: it opens
    ("He was pulled over on Saturday, but was crowned anyway.", "en", [("day", "2023-05-06")]),  # guard: same subject
    ("The crown has 1500 gems made with care.", "en", []),  # guard: an old year only after a word that leads to one
    ("Kimani Gray, 16, who was shot dead by the King's guards.", "en", []),  # guard: not the King's
])

INAUGURATION_RULES = """window: 12
facts:
  - id: day
    kind: date
    cues: [sworn in, took office, posse, asumió]
  - id: lula_age
    kind: number
    accept: [age]
    cues: [Lula]
    about: [Lula]
  - id: rank
    kind: ordinal
    cues: [president, presidente]
  - id: security
    kind: count
    units: [police officers, agentes]
    cues: [guarded, security]
  - id: crowd
    kind: count
    units: [pessoas, people]
    cues: [público, gathered]
  - id: since_first
    kind: duration
    unit: year
    background: false
    cues: [after his first election, depois de sua primeira eleição, por primera vez]
  - id: jailed
    kind: duration
    unit: day
    background: false
    cues: [jail, prison]
  - id: sentence
    kind: duration
    unit: year
    background: false
    cues: [sentenced]
"""
# Lula da Silva's third inauguration, January 2023: an ordinal day of the month is no rank ('neste domingo (1º)',
# 'January 1st'); 'hace hoy 20 años' is no day of the event; an age set off after another name is that one's, for a
# fact about someone; 'guarded by 8,000 police officers' counts the rule's units; a term handed down is the value only
# of a fact of a sentence; 'for the third time' after a role the cue names ('as president') ranks no holder of it;
# a hedged figure before a month is a day of it ('supera 7 de Setembro').
TABLES["match_inauguration_copy"] = (INAUGURATION_RULES, date(2023, 1, 1), [
    ("A posse ocorreu neste domingo (1º) e o presidente discursou no Congresso.", "pt", [("day", "2023-01-01")]),
    ("O presidente subiu hoje (1º) a rampa do palácio.", "pt", []),
    ("The new president took office on January 1st in the capital.", "en", [("day", "2023-01-01")]),
    ("Asumió por primera vez hace hoy exactos 20 años y gobernó hasta 2010.", "es", [("since_first", "20 years")]),
    ("Caminharam ao lado de Lula: Francisco, 10 anos, e a catadora Aline, 33 anos.", "pt", []),
    ("Hundreds of thousands celebrated, guarded by 8,000 police officers.", "en", [("security", "8000")]),
    ("He was sentenced to 12 years in prison but spent 580 days in jail.", "en",
     [("jailed", "580 days"), ("sentence", "12 years")]),
    ("Lula was sworn in as Brazil's president for the third time.", "en", []),
    ("Lula fue proclamado presidente de Brasil por tercera vez.", "es", []),
    ("Lula was sworn in as the 39th president of Brazil.", "en", [("rank", "39th")]),  # guard: it ranks the cue
    ("Lula, 77 anos, subiu a rampa.", "pt", [("lula_age", "77")]),  # guard: the age of whom the fact is about
    ("Lula took office today, 20 years after his first election.", "en",
     [("day", "2023-01-01"), ("since_first", "20 years")]),  # guard: today, no span since it comes round
    ("The rally was broken up by 300 people near the security fence.", "en", []),  # guard: not a unit of the rule's
    ("O público supera 7 de Setembro de Bolsonaro.", "pt", []),
    ("O público supera 7 mil pessoas.", "pt", [("crowd", "supera 7 mil")]),  # guard: no month after it
])

SPLASHDOWN_RULES = """facts:
  - id: landing
    kind: time
    zone: America/New_York
    window: 16
    cues: [splashed down, hit the water, amerizar, pousou, pouso, amerissagem]
  - id: undocking
    kind: time
    zone: America/New_York
    window: 16
    cues: [undocked, desacopló, deixou a estação]
  - id: stay
    kind: duration
    unit: day
    about: [Ana, Luis]
    cues: [in space, en el espacio, no espaço, stay]
  - id: trip
    kind: duration
    unit: hour
    cues: [trip, journey, viagem, jornada, flight]
  - id: planned
    kind: duration
    unit: day
    ahead: true
    cues: [planned, expected, intended]
  - id: crew
    kind: count
    units: [astronauts, astronautas, tripulantes, people]
    cues: [splashed down, regresaron, regressaram, returned]
  - id: distance
    kind: number
    unit: km
    accept: [measure]
    cues: [traveled, viajaron, viajou]
  - id: luis_age
    kind: number
    accept: [age]
    about: [Luis]
    cues: [Luis]
"""
# Two astronauts back from the space station, March 2025: a time right after another's clock and a comma is the same
# moment on another clock ('1h05, horário do leste dos EUA, 2h05 no horário de Brasília'); a cue that opens the clause
# joined after a time, past a verb that leads to it, leaves the time to the cue before ('se desacopló a las 05:05 GMT y
# tiene previsto amerizar ... a las 17:57'); what came a span later is not at the time before its cue ('cerró la
# escotilla a las 03:05 GMT y se desacopló dos horas después'); a span planned or expected ('a planned eight-day trip')
# is the plan's; a span is of the cue of where it was spent ('171 days in space before the journey home'); one of a
# unit that is the cue is no span of it ('uma jornada prolongada'); how far a time was moved is no span ('moved the
# flight up a day'); a figure of others besides people named is no whole ('Ana, Luis, and two others'); a person's noun
# after a unit of time is not what it counts ('nove meses presos'); a measure's unit past a scale word and 'de' ('195
# millones de kilómetros'); a clause after a dash that opens on another's name is about that one; a time with no clock
# in copy that names one for its times is on it; '5:57 ET' in English copy has no half of the day.
TABLES["match_splashdown_copy"] = (SPLASHDOWN_RULES, date(2025, 3, 18), [
    ("A dupla deixou a estação às 1h05, horário do leste dos EUA, 2h05 no horário de Brasília, e pousou no Golfo do "
     "México, na costa da Flórida, por volta das 17h57 no horário local, 18h57 no horário de Brasília.", "pt",
     [("landing", "~17:57"), ("undocking", "01:05")]),
    ("La cápsula se desacopló a las 05:05 GMT (medianoche en Lima) y tiene previsto amerizar frente a Florida a las "
     "17:57 EST.", "es", [("landing", "17:57"), ("undocking", "01:05 (05:05 GMT)")]),
    ("La tripulación cerró la escotilla a las 03:05 GMT y se desacopló dos horas después.", "es", []),
    ("Ana and Luis saw a planned eight-day trip turn into 280 days in space.", "en",
     [("planned", "8 days"), ("stay", "280 days")]),
    ("Ana and Luis flew up for an expected one-week stay.", "en", [("planned", "1 week")]),
    ("Their colleagues logged 171 days in space before the journey home.", "en", []),
    ("A missão virou uma jornada prolongada no espaço.", "pt", []),
    ("NASA moved the return flight up a day to beat a storm.", "en", []),
    ("A capsule carrying Ana, Luis, and two others splashed down.", "en", []),
    ("Ana y Luis regresaron junto a otros dos tripulantes.", "es", []),
    ("The capsule splashed down carrying Ana and two other astronauts.", "en", [("crew", "3")]),  # guard: one named
    ("Os astronautas ficaram nove meses presos no espaço e regressaram.", "pt", []),
    ("Viajaron 195 millones de kilómetros.", "es", [("distance", "195,000,000 de kilómetros")]),
    ("Ana y Luis no batieron el récord – el astronauta Pedro Ruiz tiene ese título con 371 días en el espacio.", "es", []),
    ("Ana y Luis están listos para la recuperación, al igual que lo hizo Pedro Ruiz, quien ostenta el récord de la "
     "misión más larga, con 371 días en el espacio.", "es", []),
    ("Luis Gómez (62 años): ex piloto de la Marina.", "es", [("luis_age", "62")]),
    ("The capsule hit the water at 5:57 ET.", "en", []),
    ("The capsule hit the water at 5:57 p.m. ET.", "en", [("landing", "17:57")]),  # guard: a half of the day
    ("O pouso ocorre por volta das 18h57 (horário de Brasília). A amerissagem está prevista para as 18h57 de terça.",
     "pt", [("landing", "17:57 (18:57 horário de Brasília)"), ("landing", "~17:57 (18:57 horário de Brasília)")]),
    ("A cápsula pousou às 17h57, 18h57 em Brasília.", "pt", [("landing", "17:57")]),  # guard: a clock's conversion
])

GOLF_RULES = """facts:
  - id: final
    kind: count
    units: [strokes, golpes, pancadas]
    about: [Pires]
    cues: [final round, closing, closed with, round of, carded, shot a]
  - id: total
    kind: count
    units: [strokes, golpes, pancadas]
    about: [Pires]
    cues: [finished, acumulado]
  - id: rival_round
    kind: count
    units: [strokes, golpes]
    about: [Dunn]
    cues: [shot, final round]
  - id: majors
    kind: count
    ordinals: true
    about: [Pires]
    cues: [major, grande, Grand Slam]
  - id: age
    kind: number
    accept: [age]
    about: [Pires, español]
    cues: [Pires, español]
  - id: idol_age
    kind: number
    accept: [age]
    about: [Ortega]
    cues: [birthday, cumpleaños, cumpliría, would have been]
  - id: purse
    kind: money
    currency: USD
    cues: [purse]
  - id: rank
    kind: ordinal
    cues: [Spaniard, español]
"""
# A golf major, April 2023: a figure with no noun right after a cue, past an article, a preposition and a score against
# par, counts what the rule counts ('carded a closing 69 to finish', 'closed with a 3-under 69', 'finished at 12-under
# 276'), and so does one a score against par tied to a cue puts off ('the final round was a three-over 75'), or one
# right after a cue that ends in 'of' ('a round of 69'); a round named by its rank has no label after it ('a final round
# 69'); a figure with a sign is no count ('shot -7'); a cue of a fact about someone the sentence does not name claims
# nothing; a rank that is a count so far is held only by a running total's subject; an aside after one fact's name
# names no other with the same about: list; a quoted noun after an ordinal ("el segundo 'grande'"), and one left out
# before 'de' ('segundo de Grand Slam'); a period past a closing quote; an ordinal birthday or 'cumpliría' and 'a sus'
# years are ages, and a word in lower case in an aside right after another's name is that one's; 'rounds of 65-69' is
# no age; 'up $3 million from' is the size of a rise; a name after 'sobre' and another name is an object.
TABLES["match_golf_copy"] = (GOLF_RULES, date(2023, 4, 10), [
    ("Pires carded a closing 69 to finish the day.", "en", [("final", "69")]),
    ("Pires closed with a 3-under 69 in the rain.", "en", [("final", "69")]),
    ("Pires finished at 12-under 276.", "en", [("total", "276")]),
    ("Dunn's final round was a three-over 75.", "en", [("rival_round", "75")]),
    ("Pires won with a sterling round of 69 that included one bogey.", "en", [("final", "69")]),
    ("Pires took the lead after a final round 69.", "en", [("final", "69")]),
    ("Dunn shot -7 on Sunday.", "en", []),
    ("Dunn shot a 65 on Sunday.", "en", [("rival_round", "65")]),
    ("Pires won his second major tournament on Sunday.", "en", [("majors", "2")]),
    ("Pires held off Dunn and Lopes on Sunday to win his first title and second major (2021).", "en", [("majors", "2")]),
    ("It was the second major championship for Pires, who started with a four-putt on the opening hole.", "en",
     [("majors", "2")]),
    ("Es el segundo 'grande' que gana Pires.", "es", [("majors", "2")]),
    ("Pires, que suma su undécimo título de PGA y segundo de Grand Slam, lloró.", "es", [("majors", "2")]),
    ("Pires ganó el primer «grande» de la temporada.", "es", []),
    ("It would have been Ortega's 66th birthday.", "en", [("idol_age", "66")]),
    ("Ese día Ortega, primer español campeón, cumpliría 66 años.", "es", [("idol_age", "66"), ("rank", "1st")]),
    ("Pires, a sus 28 años, ganó.", "es", [("age", "28")]),
    ("Pires opened with rounds of 65-69.", "en", []),
    ("This year's purse of $18 million up $3 million from 2022's total purse.", "en", [("purse", "USD 18 million")]),
    ("Pires acabó con cuatro golpes de ventaja sobre los estadounidenses Tom Lopes y Luis Dunn, con un acumulado de "
     "276 golpes.", "es", [("total", "276")]),
])

PAR_RULES = """facts:
  - id: to_par
    kind: number
    unit: par
    about: [Pires]
    cues: [finished, finish, acumulado, terminou, score]
"""
# A golfer's score against par (`unit: par`): 'under' is below par, so negative; 'over' above it; a bare signed figure
# is one too ('a -12 finish'); 'under' alone after a figure, as golf copy writes it ('12-under 276', 'eight under for
# the tournament'); a bracket after the cue's figure in another unit glosses it ('276 golpes (12 bajo par)').
TABLES["golf_scores_against_par"] = (PAR_RULES, None, [
    ("Pires finished at 12-under 276.", "en", [("to_par", "12 under (-12 par)")]),
    ("Pires earned the title with a -12 finish.", "en", [("to_par", "-12")]),
    ("Pires terminó con un acumulado de 276 golpes (12 bajo par).", "es", [("to_par", "12 bajo par (-12 par)")]),
    ("Pires terminou com 12 abaixo do par.", "pt", [("to_par", "12 abaixo do par (-12 par)")]),
    ("Pires finished with a score of three over par.", "en", [("to_par", "3 over par")]),
    ("Pires finished eight under for the tournament.", "en", [("to_par", "8 under (-8 par)")]),
])

CYCLE_RULES = """facts:
  - id: gap
    kind: duration
    unit: second
    about: [Ortiz]
    cues: [overall, general, margin, lead, behind, by, sacado]
  - id: stage_gap
    kind: duration
    unit: second
    about: [Ortiz]
    cues: [beat, behind, by, faster, slower, stage]
  - id: rival_gap
    kind: duration
    unit: second
    about: [Lenz]
    cues: [behind, back, overall, third]
  - id: time
    kind: duration
    unit: second
    cues: [clocking, completed, completó, in]
  - id: wins
    kind: count
    ordinals: true
    units: [stage wins, stages, stage]
    about: [Sousa]
    cues: [stage wins, stages, won]
  - id: titles
    kind: count
    ordinals: true
    units: [Tour, Tours, title, titles]
    about: [Sousa]
    cues: [title, Tour, Tours]
"""
# A race's gaps and times in minutes and seconds ('6:17 behind', '+1:03 minutos', "6'17''"), spans that compete as
# other values do (the nearer cue's; on a tie, the one's whose cues reach it more), a subject's gap not past another
# of its own; a year that labels a name; a noun the rule counts right before a figure labels it.
TABLES["match_cycling_copy"] = (CYCLE_RULES, date(2024, 7, 22), [
    ("Sousa beat Ortiz by 1:03 and Lenz by 1:14 to win overall by 6:17.", "en",
     [("gap", "6:17"), ("stage_gap", "1:03")]),
    ("In the overall standings, Ortiz finished 6:17 behind Sousa, and Lenz was 9:18 behind.", "en",
     [("gap", "6:17"), ("rival_gap", "9:18")]),
    ("Sousa ha sacado nada menos que 6 minutos y 17 segundos a Ortiz.", "es", [("gap", "6 minutos y 17 segundos")]),
    ("Sousa acabó con un colchón en la general de 6'17\" frente a Ortiz.", "es", [("gap", "6'17\"")]),
    ("Sousa was the first rider in 26 years to win, clocking 45 minutes 24 seconds.", "en",
     [("time", "45 minutes 24 seconds")]),
    ("Sousa completó la crono en 45:24 minutos.", "es", [("time", "45:24 minutos")]),
    ("The gates opened at 6:17 and Sousa, the overall leader, waved.", "en", []),
    ("Sousa Wins Tour De France 2024 Title", "en", []),
    ("Sousa, ganador de las ediciones 2022 y 2023 del Tour, fue segundo.", "es", []),
    ("Sousa extended his lead after winning stages 14 and 15.", "en", []),
])

WAGE_RULES = """facts:
  - id: general_rise
    kind: percentage
    cues: [minimum wage, increase, rise, raise, aumento, incremento, subirá]
  - id: border_rise
    kind: percentage
    about: [border, frontera, fronteira]
    cues: [minimum wage, increase, rise, raise, aumento, incremento, subirá]
  - id: daily
    kind: money
    currency: MXN
    cues: [daily, per day, por dia, diarios, diário, minimum wage, salario mínimo]
  - id: border_daily
    kind: money
    currency: MXN
    about: [border, frontera, fronteira]
    cues: [daily, per day, diarios, diário, minimum wage, salario mínimo, wage, pay]
  - id: previous
    kind: money
    currency: MXN
    cues: [from]
  - id: border_previous
    kind: money
    currency: MXN
    about: [border, frontera, fronteira]
    cues: [from]
  - id: monthly
    kind: money
    currency: MXN
    cues: [monthly, mensual, mensuales]
  - id: border_monthly
    kind: money
    currency: MXN
    about: [border, frontera, fronteira]
    cues: [monthly, mensual, mensuales]
  - id: workweek
    kind: duration
    unit: hour
    cues: [work week, workweek, jornada]
"""
TABLES["match_minimum_wage_copy"] = (WAGE_RULES, date(2025, 12, 3), [
    # A share or an amount placed in what another fact is about (after it, heading its sentence, or named before it
    # in its clause) is that one's, not the one's with no about: list that shares a cue with it.
    ("Mexico will raise the minimum wage 13% next year and 5% in the border zone.", "en",
     [("border_rise", "5%"), ("general_rise", "13%")]),
    ("En la zona de la frontera, el aumento será del 5%.", "es", [("border_rise", "5%")]),
    ("Wages Rise 13% Nationwide; Border Zone Workers Get a 5% Raise", "en",
     [("border_rise", "5%"), ("general_rise", "13%")]),
    # ... and a clause of contrast, or a naming after a value past another value of its kind, parts them.
    ("El salario mínimo subirá 13%, mientras que en la frontera el incremento será de 5%.", "es",
     [("border_rise", "5%"), ("general_rise", "13%")]),
    ("El salario mínimo en la frontera será de 440.87 pesos diarios, mientras que en el resto del país será de 315.04 "
     "pesos diarios.", "es", [("border_daily", "MXN 440.87"), ("daily", "MXN 315.04")]),
    ("The daily wage climbs to 315.04 pesos after a 13% increase, with the border zone's wage set at 440.87 pesos after "
     "a 5% rise.", "en", [("border_daily", "MXN 440.87"), ("border_rise", "5%"), ("daily", "MXN 315.04"),
                        ("general_rise", "13%")]),
    # Thousands as 'mil' with pesos and centavos after it: one amount.
    ("El salario mensual será de 9 mil 582.47 pesos, y en la frontera el ingreso mensual será de 13 mil 409.80 pesos.",
     "es", [("border_monthly", "MXN 13,409.8"), ("monthly", "MXN 9,582.47")]),
    # Where a change started is no range with where it went; a cue 'from' takes it.
    ("The increase will lift the minimum wage from the current 278.8 pesos to 315.04 pesos.", "en",
     [("daily", "MXN 315.04"), ("previous", "MXN 278.8")]),
    ("The daily wage will rise from 278.80 to 315.04 pesos.", "en", [("daily", "MXN 315.04"), ("previous", "MXN 278.8")]),
    ("In the border zone the daily pay will go from 419 pesos to 440.", "en",
     [("border_daily", "MXN 440"), ("border_previous", "MXN 419")]),
    # The same amount in another currency, in brackets or said to be equivalent, is no value of its own.
    ("The wage will be 315.04 pesos (US$17.26) per day.", "en", [("daily", "MXN 315.04")]),
    ("O piso passará a 315,04 pesos, equivalentes a 17,26 dólares por dia.", "pt", [("daily", "MXN 315.04")]),
    # A bare dollar sign that a currency's code follows is that currency.
    ("Employers in the border zone must pay a daily wage of $440.87 MXN.", "en", [("border_daily", "MXN 440.87")]),
    # When a figure takes effect is no other time it is of.
    ("Starting in January, the minimum wage will rise 13%.", "en", [("general_rise", "13%")]),
    ("El salario mínimo será de 315.04 pesos diarios a partir del 1 de enero.", "es", [("daily", "MXN 315.04")]),
    # A span a change went down to, from another: no range, and the one it started from is not the fact's.
    ("The bill cuts the workweek from 48 to 40 hours.", "en", [("workweek", "40 hours")]),
    ("La reforma reduce la jornada de 48 a 40 horas.", "es", [("workweek", "40 hours")]),
    ("The strike lasted from three to five days.", "en", []),
])

REFERENDUM_RULES = """facts:
  - id: no_bases
    kind: percentage
    window: 12
    cues: [foreign bases, bases extranjeras, bases estrangeiras, tropas estrangeiras]
  - id: no_assembly
    kind: percentage
    window: 12
    cues: [constituent assembly, Constituyente, Constituinte]
  - id: no_funding
    kind: percentage
    window: 12
    cues: [state funding, financiación, financiamento]
  - id: no_legislators
    kind: percentage
    window: 12
    cues: [legislators, asambleístas, deputados]
  - id: questions
    kind: count
    units: [questions, preguntas, perguntas]
    cues: [questions, preguntas, perguntas]
  - id: ban_year
    kind: number
    accept: [year]
    cues: [ban, prohibición]
"""
TABLES["match_referendum_copy"] = (REFERENDUM_RULES, date(2025, 11, 17), [
    # A figure that 'and' opens a conjunct on, right after the cue's phrase, is the conjunct's when the first cue in
    # it is another fact's; the cue's own figure stands before it.
    ("About 61% opposed allowing foreign bases and 62% rejected a constituent assembly.", "en",
     [("no_assembly", "62%"), ("no_bases", "About 61%")]),
    ("El 53,7 % dijo No a reducir el número de asambleístas y el 58,3 % se negó a eliminar la financiación.", "es",
     [("no_funding", "58.3%"), ("no_legislators", "53.7%")]),
    ("61% dos eleitores se opuseram às tropas estrangeiras e 62% rejeitaram a nova Constituinte.", "pt",
     [("no_assembly", "62%"), ("no_bases", "61%")]),
    # A figure in brackets glosses the cue's phrase past a phrase a preposition opens.
    ("Voters opposed foreign bases in the national territory (60.6 percent) and state funding for political parties "
     "(58 percent).", "en", [("no_bases", "60.6%"), ("no_funding", "58%")]),
    ("El No ganó en la pregunta de eliminar la financiación pública a partidos políticos (57,6 %).", "es",
     [("no_funding", "57.6%")]),
    # A proposal named as the subject of a verb of its own is put to the vote, not what was asked.
    ("La propuesta de permitir bases extranjeras fue rechazada por el 60,5% de los electores.", "es",
     [("no_bases", "60.5%")]),
    # A clause on a proposal or a question says what it is: what is said of it is said of the cue.
    ("La tercera propuesta, que planteaba reducir el número de asambleístas, fue rechazada por un 53,5 % de votantes.",
     "es", [("no_legislators", "53.5%")]),
    # Cues joined as one subject both take the figure.
    ("Las propuestas sobre bases extranjeras y la Constituyente fueron rechazadas con más del 60 %.", "es",
     [("no_assembly", "más del 60 %"), ("no_bases", "más del 60 %")]),
    ("The constituent assembly initiative and the plan to allow foreign bases were each rejected by about 61%.", "en",
     [("no_assembly", "about 61%"), ("no_bases", "about 61%")]),
    # How much of the vote was counted is no result.
    ("El No a la Constituyente se impone, con el 20 % del escrutinio.", "es", []),
    ("El No a las bases extranjeras ganó, escrutado más del 93 % de los votos.", "es", []),
    ("O não às bases estrangeiras venceu depois que 89% das cédulas foram apuradas.", "pt", []),
    ("El No a la Constituyente obtuvo el 61,8% de los votos.", "es", [("no_assembly", "61.8%")]),
    # 'Sí' with its accent is the answer, not 'if'.
    ("Tungurahua fue la única provincia que apoyó el 'Sí' en las cuatro preguntas.", "es", [("questions", "4")]),
    # A year written onto the cue names when its thing came about, whatever is sought of it.
    ("Noboa sought to lift the 2008 ban on foreign bases.", "en", [("ban_year", "2008")]),
])

BOUT_RULES = """facts:
  - id: wins
    kind: count
    window: 12
    units: [wins, victories, victorias, vitórias]
    cues: [Mendoza, invicto, unbeaten]
  - id: knockouts
    kind: count
    window: 12
    units: [knockouts, KOs, KO, por nocaut, by knockout]
    cues: [Mendoza, Toro, invicto, record, récord]
  - id: losses
    kind: count
    units: [losses, defeats, derrotas]
    cues: [Mendoza]
  - id: defeat_rank
    kind: ordinal
    cues: [defeat, derrota]
  - id: rounds
    kind: count
    units: [rounds, asaltos]
    cues: [after, tras]
  - id: cards
    kind: score
    cues: [judges, jueces]
  - id: crowd
    kind: count
    units: [espectadores, fans, aficionados, asistentes]
    cues: [público, crowd, espectadores, asistentes]
  - id: viewers
    kind: count
    units: [espectadores, viewers]
    cues: [espectadores, sintonizaron, viewers]
  - id: points
    kind: count
    units: [puntos, points]
    cues: [llegó a]
  - id: lead
    kind: count
    units: [puntos, points]
    cues: [diferencia, lead]
"""

TABLES["match_title_fight_copy"] = (BOUT_RULES, date(2025, 9, 14), [
    # In a bracket that glosses the cue, a figure naming what the rule counts is the cue's, whatever is beside it; so,
    # of things, is one in a bracket that breaks down the figure right before it.
    ("Mendoza (30-0, 22 KOs) took every belt.", "en", [("knockouts", "22")]),
    ("Mendoza amplió su récord invicto a 30 victorias (22 por nocaut).", "es", [("knockouts", "22"), ("wins", "30")]),
    ("'Toro' mejoró su récord a 30-0 (22 KO).", "es", [("knockouts", "22")]),  # a quote's close, no possessive
    # Another fact's cue after a figure whose noun it cannot count claims nothing.
    ("Mendoza improved to 30-0 with 22 knockouts after dominating the late rounds.", "en", [("knockouts", "22")]),
    # What the cue owns, when the figure names what the rule counts, is the cue's.
    ("Mendoza's record stands at 30 wins, 2 losses and 1 draw.", "en", [("losses", "2"), ("wins", "30")]),
    # 'por' before things the rule counts is no agent.
    ("Mendoza sufrió su segunda derrota, por 30 victorias.", "es", [("defeat_rank", "2nd"), ("wins", "30")]),
    # A run in a row is no total.
    ("La derrota interrumpió la racha de seis victorias consecutivas de Mendoza.", "es", []),
    # Of things, an article before the unit is an article, unless the one is set against another figure or alone.
    ("Mendoza logró una victoria histórica el 13 de septiembre.", "es", []),
    ("Mendoza suma solo una victoria este año.", "es", [("wins", "1")]),
    # The first defeat since another time, past what sets the noun's owner off, is no rank.
    ("It was the first defeat for Mendoza (30-1, 22 KOs), the 29-year-old champion from Peru, since losing to Ortiz.",
     "en", [("knockouts", "22")]),
    # Judges' cards are no sets: no set is won by eight games past six.
    ("Los jueces vieron la pelea 99-91, 99-91 y 100-90 para Ruiz.", "es", [("cards", "99-91")]),
    # A cue two head counts share decides nothing when one of them has a cue of its own there too.
    ("El público presente, unos 50.000 espectadores, rugió.", "es", [("crowd", "unos 50.000")]),
    ("Más de 20 millones de espectadores sintonizaron la pelea.", "es", [("viewers", "Más de 20 millones")]),
    # A relative clause on the figure's noun, however long, is dated by the time it ends on.
    ("Quedó cerca del récord de 73.000 asistentes que vio la pelea de Ortiz ante Ruiz en el estadio de Monterrey en "
     "2019.", "es", []),
    ("Era la primera derrota de Mendoza (30-1), el campeón peruano de 29 años, desde que perdió ante Ortiz.", "es", []),
    # A cue after figures does not reach past one that another fact's cue holds (a guard: here no other cue claims
    # the 25, though one of a fact that counts no points might).
    ("Ruiz sumó 25 puntos y llegó a 380, ampliando la diferencia sobre Ortiz.", "es", [("points", "380")]),
])

DRAW_RULES = """facts:
  - id: teams
    kind: count
    cues: [teams, team, equipos, equipes, selecciones]
  - id: groups
    kind: count
    cues: [groups, grupos]
  - id: best_thirds
    kind: count
    cues: [third-placed teams, third-place teams]
  - id: peru_opener
    kind: date
    ahead: true
    cues: [primer partido, first match, debuta]
    about: [Perú, Peru]
  - id: draw_place
    kind: place
    cues: [draw, sorteo]
    places:
      lima: {aliases: [Lima]}
      santiago: {aliases: [Santiago]}
  - id: group_a
    kind: entities
    cues: [Group A, Grupo A]
    window: 14
    entities:
      peru: {aliases: [Peru, Perú]}
      chile: {aliases: [Chile]}
      bolivia: {aliases: [Bolivia]}
      ecuador: {aliases: [Ecuador]}
"""

TABLES["match_cup_draw_copy"] = (DRAW_RULES, date(2030, 11, 30), [
    # How many each of several has is no count of them all: after a plural with its own figure and 'of', or before
    # 'each', 'from each', 'em cada', 'cada'; a knockout stage named by its size is no count, nor is a label's figure.
    ("The 48 teams were split into 12 groups of four.", "en", [("groups", "12"), ("teams", "48")]),
    ("La Copa tendrá 12 grupos de cuatro equipos.", "es", [("groups", "12")]),
    ("Foram definidos os 12 grupos, com quatro equipes em cada.", "pt", [("groups", "12")]),
    ("The top two teams from each group, along with the eight best third-placed teams, advance to the round of 32.",
     "en", [("best_thirds", "8")]),
    ("Chile is the other team in the group alongside the winner from FIFA Playoff 2.", "en", []),
    # A figure after 'dia' is a day of the month.
    ("E encerra a fase de grupos no dia 24, em Miami.", "pt", []),
    # A cue that belongs to another name gives the fact none of its values, unless what the fact is about is named
    # between the two.
    ("El primer partido de Chile será el 15 de junio y el tercero, ante Perú, el 26.", "es", []),
    ("El primer partido de Chile será ante Perú el 15 de junio.", "es", [("peru_opener", "2031-06-15")]),
    # A place that opens its paragraph before a colon or a dash is where the copy was filed.
    ("Lima: The draw was held at the National Theatre in Santiago.", "en", [("draw_place", "Santiago")]),
    # Names that own another thing, that a relative clause on another thing holds, or that gloss the name before them
    # are not what the cue names; a letter that labels a group ends its sentence.
    ("Ante los mandatarios de Chile y Ecuador, Bolivia cayó en el Grupo A.", "es", [("group_a", "Bolivia")]),
    ("Bolivia quedó en el Grupo A de la Copa del próximo año que organizarán Perú y Chile.", "es", [("group_a", "Bolivia")]),
    ("El Grupo A jugará en Cusco (Perú), con Bolivia y Ecuador.", "es", [("group_a", "Bolivia"), ("group_a", "Ecuador")]),
    ("Bolivia cayó en el Grupo A junto a Chile, que recibe a Ecuador.", "es",  # a relative clause on a name
     [("group_a", "Bolivia"), ("group_a", "Chile"), ("group_a", "Ecuador")]),
    ("They will also face Chile in Group B. Bolivia have been drawn in Group A with Ecuador.", "en",
     [("group_a", "Bolivia"), ("group_a", "Ecuador")]),
    ("Bolivia was drawn in Group A, ao lado de Ecuador.", "en", [("group_a", "Bolivia"), ("group_a", "Ecuador")]),
])

SWIM_RULES = """facts:
  - id: winning_time
    kind: duration
    unit: second
    cues: [time, touch home, won in, Olympic record, récord olímpico, recorde olímpico, tiempo, tempo]
  - id: world_record
    kind: duration
    unit: second
    background: false
    cues: [world record, récord mundial, recorde do mundo]
  - id: old_record
    kind: duration
    unit: second
    background: false
    cues: [mark, marca]
    about: [Stone, Mara Stone]
  - id: silver_time
    kind: duration
    unit: second
    window: 14
    cues: [silver, plata, prata, time, tiempo, tempo]
    about: [Tanabe, Keiko Tanabe]
  - id: bronze_time
    kind: duration
    unit: second
    window: 14
    cues: [bronze, bronce, time, tiempo, tempo]
    about: [Ricci, Laura Ricci]
"""

TABLES["match_swim_final_copy"] = (SWIM_RULES, date(2031, 7, 27), [
    # Minutes, seconds and hundredths, for a fact counted in seconds: with a colon and a point, Portuguese copy's point
    # and comma, letters or marks written onto the figures, in words; 'first in' a time is where a race was finished.
    ("Duarte won in 2:03.41, an Olympic record.", "en", [("winning_time", "2:03.41")]),
    ("Duarte fechou a final com 2.03,41, novo recorde olímpico.", "pt", [("winning_time", "2.03,41")]),
    ("Duarte levou o ouro com o tempo de 2min03s41.", "pt", [("winning_time", "2min03s41")]),
    ("Duarte ganó con un tiempo de 2 minutos, 3 segundos y 41 centésimas.", "es",
     [("winning_time", "2 minutos, 3 segundos y 41 centésimas")]),
    ("Duarte shrugged off the pressure to touch home first in two minutes and 3.41 seconds.", "en",
     [("winning_time", "two minutes and 3.41 seconds")]),
    # How near a record came, or by how much one fell, is a margin, no time.
    ("Duarte chased the world record to within less than a half second.", "en", []),
    ("Duarte took down the mark of Stone by nearly a second.", "en", []),
    # A time in brackets right after a name is that one's; so is one a relative clause on it names as its subject.
    ("A prata foi da japonesa Keiko Tanabe (2min05s12) e o bronze ficou com a italiana Laura Ricci (2min05s30).", "pt",
     [("bronze_time", "2min05s30"), ("silver_time", "2min05s12")]),
    ("Tanabe never came close to the mark of 2:04.05 that Stone set in 2016.", "en", [("old_record", "2:04.05")]),
    # A name in quotation marks after a word of naming is a nickname, no mention of that one.
    ("Tanabe, dubbed the 'new Mara Stone', won silver in 2:05.12.", "en", [("silver_time", "2:05.12")]),
    # A fact about no one gives up a value the subject of a fact of its kind holds by its words.
    ("The silver went to Keiko Tanabe, who clocked a time of 2:05.12.", "en", [("silver_time", "2:05.12")]),
])

PODIUM_RULES = """facts:
  - id: silver
    kind: entities
    cues: [silver, plata, prata]
    entities:
      duarte: [Ana Duarte, Duarte]
      tanabe: [Keiko Tanabe, Tanabe]
      ricci: [Laura Ricci, Ricci]
  - id: bronze
    kind: entities
    cues: [bronze, bronce]
    entities:
      duarte: [Ana Duarte, Duarte]
      tanabe: [Keiko Tanabe, Tanabe]
      ricci: [Laura Ricci, Ricci]
"""

TABLES["match_podium_copy"] = (PODIUM_RULES, None, [
    # A clause of 'with' that has a subject and a gerund of its own: a name in it past a cue is its subject, and a cue in
    # it takes no name before it.
    ("Keiko Tanabe took the silver medal, with Laura Ricci taking the bronze.", "en",
     [("bronze", "Laura Ricci"), ("silver", "Keiko Tanabe")]),
    ("It was a coronation for Duarte, with silver medalist Keiko Tanabe never threatening her.", "en",
     [("silver", "Keiko Tanabe")]),
    ("Tanabe ganó la plata, con Ricci llevándose el bronce.", "es", [("bronze", "Laura Ricci"), ("silver", "Keiko Tanabe")]),
])

PROBE_RULES = """facts:
  - id: flyby_day
    kind: date
    ahead: true
    cues: [flyby, closest approach, aproximação, passou]
  - id: flyby_time
    kind: time
    zone: America/New_York
    cues: [flyby, closest approach, passou]
  - id: signal_day
    kind: date
    cues: [signal, sinal, señal]
  - id: shield
    kind: number
    unit: °C
    cues: [temperatures, temperatura, endured]
  - id: shield_limit
    kind: number
    unit: °C
    cues: [withstand, resistir]
  - id: inside
    kind: number
    unit: °C
    cues: [instruments, instrumentos]
  - id: pass_number
    kind: count
    ordinals: true
    cues: [orbit, pass, passes, passagens]
"""

TABLES["match_probe_flyby_copy"] = (PROBE_RULES, date(2031, 12, 27), [
    # A feast that falls on one day is that day; the commas a date is written with part no clauses.
    ("The Helia probe made its closest approach to the Sun on Christmas Eve.", "en", [("flyby_day", "2031-12-24")]),
    ("The flyby came on Wednesday, December 24, at 7:12 a.m. ET.", "en",
     [("flyby_day", "2031-12-24"), ("flyby_time", "07:12")]),
    # The next one of what a cue names is another event.
    ("A próxima aproximação da Helia está prevista para 20 de março de 2032.", "pt", []),
    # A measure word that is one fact's cue gives way to another fact's cue it is the object of, or that says where it
    # was taken; a temperature up to a figure has no floor at zero.
    ("Its heat shield can withstand blistering temperatures up to 2,400 degrees Fahrenheit.", "en",
     [("shield_limit", "up to 2,400 degrees Fahrenheit (up to 1316 °C)")]),
    ("A sonda manteve uma temperatura de cerca de 31 graus nos instrumentos internos.", "pt", [("inside", "cerca de 31 graus")]),
    ("The shield endured temperatures nearing 1,750 degrees Fahrenheit.", "en",
     [("shield", "nearing 1,750 degrees Fahrenheit (857.2–1052 °C)")]),
    # A rank among some is no running total, nor how many more there are.
    ("This flyby is the first of four final close passes, as Helia completes its 23rd orbit around the Sun.", "en",
     [("pass_number", "23")]),
    ("A agência prevê outras duas passagens em 2032.", "pt", []),
    # A day in a clause of what came first that opens the sentence is not the main clause's.
    ("Depois de passar a 5,9 milhões de km da superfície em 24 de dezembro, a sonda enviou o sinal.", "pt", []),
])

TABLES["match_probe_flyby_copy_undated"] = (PROBE_RULES, None, [
    # With no publication date, a time on another clock is read on the day its sentence names.
    ("A Helia passou às 15h12, horário de Moscou, no dia 24 de dezembro.", "pt",
     [("flyby_time", "07:12 (15:12 horário de Moscou)")]),
    ("The probe made its closest approach at 12:12 UTC on the 24th of December.", "en",
     [("flyby_day", "December 24 (no year)"), ("flyby_time", "07:12 (12:12 UTC)")]),
    # A day counted from one with no year; an expected day has not come.
    ("The flyby was on December 24th, and the signal came back three days later.", "en",
     [("flyby_day", "December 24 (no year)"), ("signal_day", "December 27 (no year)")]),
    ("Scientists anticipate receiving the signal on December 27.", "en", []),
])

TRUCE_RULES = """facts:
  - id: truce_day
    kind: date
    ahead: true
    cues: [truce, took effect, take effect, begin, began, tregua, entró en vigor, entre en vigor, trégua, em vigor, terá início]
  - id: truce_time
    kind: time
    zone: Asia/Beirut
    cues: [truce, took effect, began, tregua, entró en vigor, trégua, começou]
  - id: truce_length
    kind: duration
    unit: day
    ahead: true
    cues: [truce, tregua, trégua]
  - id: war_length
    kind: duration
    unit: month
    cues: [war, conflict, conflicto, guerra]
  - id: cabinet_vote
    kind: score
    cues: [vote, voted, majority, votos]
  - id: dissenter
    kind: entities
    cues: [voted against, votó en contra, votou contra]
    entities:
      velt:
        aliases: [Dario Velt, Velt]
  - id: norland_killed
    kind: count
    cues: [killed, dead, muertes, morreram, mataram]
    about: [Norland, Norlandia]
  - id: norland_wounded
    kind: count
    cues: [wounded, heridos, feridas]
    about: [Norland, Norlandia]
  - id: ostrian_displaced
    kind: count
    cues: [displaced, desplazados, deslocados]
    about: [Ostrian, Ostrians, ostrianos]
"""


TABLES["match_truce_copy"] = (TRUCE_RULES, date(2031, 5, 6), [
    # A day in the clause of a verb of deciding on the cue's noun is the day that was done, not when the thing came about;
    # not a day a word of starting opens, nor one a participle of deciding right before it takes.
    ("The cabinet approved on Tuesday night a truce with the rebels.", "en", []),
    ("El gabinete aprobó este martes un acuerdo de tregua con los rebeldes.", "es", []),
    ("O governo saúda a trégua a partir de quarta-feira, anunciada hoje pelo gabinete.", "pt", [("truce_day", "2031-05-07")]),
    # ... nor that of what went on until the cue's event, nor of an event the cue's comes a span after.
    ("Jets pounded the city throughout Tuesday until the truce began at 4 a.m.", "en", [("truce_time", "04:00")]),
    ("The truce is set to begin 12 hours after an expected announcement on Tuesday night.", "en", []),
    # A time's colon is no clause break, nor its clock set off by commas; a weekday of what may come that 'would' of
    # what was said governs is the nearer one.
    ("La tregua entró en vigor a las 04:00 hora local del martes.", "es", [("truce_day", "2031-05-06"), ("truce_time", "04:00")]),
    ("La tregua entró en vigor a las 4 de la mañana, hora local, del martes.", "es",
     [("truce_day", "2031-05-06"), ("truce_time", "04:00")]),
    ("They said the truce would take effect early Wednesday.", "en", [("truce_day", "2031-05-07")]),
    ("Biden said: 'effective at 4 a.m. tomorrow, the truce will hold.'", "en",
     [("truce_day", "2031-05-07"), ("truce_time", "04:00")]),
    # An hour in words on a country's clock.
    ("La tregua entró en vigor a las seis de la mañana hora española.", "es", [("truce_time", "07:00 (06:00 hora española)")]),
    # A span of what its 'of' names, which is no cue, is none of the cue's; nor is a window of time.
    ("The truce ends more than a year of border skirmishes.", "en", []),
    ("La guerra se intensificó en los últimos dos meses.", "es", []),
    # A deal's terms: what it calls for.
    ("The deal calls for a 60-day truce.", "en", [("truce_length", "60 days")]),
    # A vote's tally in words joined by hyphens, after 'majority of', and for and against past who voted.
    ("The cabinet backed the deal in a ten-to-one vote.", "en", [("cabinet_vote", "10-1")]),
    ("The cabinet approved it by a majority of 10 to one.", "en", [("cabinet_vote", "10-1")]),
    ("Ten ministers voted in favour and one against.", "en", [("cabinet_vote", "10-1")]),
    ("A proposta foi aprovada com dez votos favoráveis e um contra.", "pt", [("cabinet_vote", "10-1")]),
    # A name set off after a title is no owner listed after it.
    ("El ministro de Defensa Nacional, Dario Velt, de extrema derecha, votó en contra.", "es", [("dissenter", "Dario Velt")]),
    # A figure written with its grouping mark is one, and opens a clause of its own; an attack named by who made it
    # names no place the figure is of; a place that another fact is about, as an adjective, gives way to the fact's own
    # right after it.
    ("Já morreram quase 4 mil pessoas e mais de 15.800 ficaram feridas na Norlandia.", "pt",
     [("norland_killed", "quase 4 mil"), ("norland_wounded", "mais de 15.800")]),
    ("The Ostrian strikes on Norland killed 3,800 people.", "en", [("norland_killed", "3800")]),
    ("Se reportaron 15.800 heridos en ataques ostrianos en Norlandia.", "es", [("norland_wounded", "15,800")]),
])

VACCINE_RULES = """facts:
  - id: overall
    kind: percentage
    cues: [efficacy, eficácia, eficacia, symptomatic, sintomáticos]
  - id: severe
    kind: percentage
    cues: [severe, grave, graves]
  - id: hospital
    kind: percentage
    cues: [hospitalizations, internações, hospitalizaciones]
  - id: ages
    kind: number
    accept: [age]
    cues: [aged, ages, people, individuals, pessoas, população, personas]
  - id: trial_length
    kind: duration
    unit: year
    cues: [trials, tested, estudos, ensaios]
  - id: cases_2030
    kind: count
    background: ["2030", last year]
    units: [cases, casos]
    about: [Norland, Norlandia]
    cues: [cases, casos, recorded, registrou]
  - id: deaths_2030
    kind: count
    background: ["2030"]
    units: [deaths]
    about: [Norland]
    cues: [deaths]
  - id: director
    kind: entities
    cues: [director]
    entities:
      rios:
        aliases: [Ana Rios, Rios]
"""


TABLES["match_vaccine_copy"] = (VACCINE_RULES, date(2031, 3, 5), [
    # What a share guards against names what it is of, though another fact's cue is nearer: a cue right after the share
    # and its noun, past 'against' or 'contra', and one past the share and 'contra' that another share follows.
    ("It showed 88.2 percent efficacy against severe malaria.", "en", [("severe", "88.2%")]),
    ("The shot had an efficacy of 88.2% against the most severe form of the disease.", "en", [("severe", "88.2%")]),
    ("Os dados indicam 100% de eficácia contra internações.", "pt", [("hospital", "100%")]),
    ("Mostró una eficacia del 70,1 % contra casos sintomáticos, del 88,2 % contra la malaria grave y del 100 % contra "
     "las hospitalizaciones.", "es", [("hospital", "100%"), ("overall", "70.1%"), ("severe", "88.2%")]),
    ("Os estudos apontam proteção de 70,1% contra casos sintomáticos e de 88% contra quadros graves.", "pt",
     [("overall", "70.1%"), ("severe", "88%")]),
    # ... not past a conjunction.
    ("A eficácia foi de 70,1% e a proteção contra internações chegou a 100%.", "pt",
     [("hospital", "100%"), ("overall", "70.1%")]),
    # Another of its kind, before, is another time.
    ("An earlier trial reported 81% protection against severe malaria.", "en", []),
    # For a fact whose own period names a year, any other year is another time, this one too; the place of a part of a
    # whole named before is no place of the whole.
    ("In 2031, Norland has recorded 1.2 million cases so far.", "en", []),
    ("Em 2030, a Norlandia registrou 4,5 milhões de casos.", "pt", [("cases_2030", "4,500,000")]),
    ("Globally, 9 million cases were recorded in 2030, half of them in Norland.", "en", []),
    ("The disease caused about 8,000 deaths in 2030, half of which occurred in Norland.", "en", []),
    # A range of ages after 'between the ages of', and after people and 'entre'; 'initially' with a verb of the future
    # is the first stage of what is to come, no earlier time.
    ("It is given to individuals between the ages of 10 and 49.", "en", [("ages", "between the ages of 10 and 49")]),
    ("Será destinada a pessoas entre 10 e 49 anos.", "pt", [("ages", "entre 10 e 49")]),
    ("Inicialmente, será destinada à população entre 10 e 49 anos.", "pt", [("ages", "entre 10 e 49")]),
    # What a use is to be widened to, or tested on, has not happened.
    ("O instituto recebeu autorização para testar o imunizante em pessoas de 50 a 69 anos.", "pt", []),
    ("O instituto estuda ampliar a indicação para pessoas de 50 a 69 anos.", "pt", []),
    # People's years, and a band of ages, are no span; a span written onto 'period' is one.
    ("Os ensaios com crianças de 2 a 11 anos seguem.", "pt", []),
    ("Além da faixa de 10 a 49 anos, os ensaios seguem.", "pt", []),
    ("The shot was tested on 9,000 volunteers over an eight-year period.", "en", [("trial_length", "8 years")]),
    # A title joined to the cue by a hyphen is a title of its own.
    ("WHO Director-General Ana Rios spoke.", "en", []),
    ("Ana Rios, director of the institute, spoke.", "en", [("director", "Ana Rios")]),
])


SUMMIT_RULES = """facts:
  - id: coast_fund
    kind: money
    per: year
    ahead: true
    cues: [coastal defences, defensas costeras, defesas costeiras]
  - id: fund_total
    kind: money
    cues: [fund]
  - id: plans
    kind: count
    units: [nations, países]
    cues: [had done so, lo habían hecho, submitted, presentaron]
  - id: freed
    kind: count
    cues: [freed]
  - id: host
    kind: place
    ahead: true
    cues: [next summit, próxima cumbre]
    places:
      norway: [Norway, Noruega]
      oslo: {aliases: [Oslo], within: norway}
      chile: [Chile]
  - id: meeting
    kind: date
    ahead: true
    months: true
    cues: [first meeting, primera reunión, primeira reunião]
"""


TABLES["match_summit_copy"] = (SUMMIT_RULES, date(2031, 11, 20), [
    # An amount a span of time, of a fact that is one (`per: year`): read, however the span is written; an amount per
    # another span, or a fact of a total, refuses it.
    ("Nations agreed to raise $40 billion a year for coastal defences.", "en", [("coast_fund", "USD 40 billion")]),
    ("Acordaron 40.000 millones de dólares anuales para defensas costeras.", "es", [("coast_fund", "USD 40 billion")]),
    ("Nations agreed to raise $4 billion a month for coastal defences.", "en", []),
    ("The fund will pay out $40 billion a year.", "en", []),
    # What a deal's text calls for is its terms, of a fact of what is to come.
    ("The text calls for mobilizing at least $40 billion a year for coastal defences.", "en",
     [("coast_fund", "at least $40 billion")]),
    # A part of a whole whose predicate the cue is after the whole's noun: the part did it.
    ("Only 61 of the 150 nations had done so.", "en", [("plans", "61")]),
    ("Solo 61 de los 150 países lo habían hecho.", "es", [("plans", "61")]),
    ("Only 61 of the 150 nations submitted new plans.", "en", [("plans", "61")]),
    ("Five of the 12 captives freed were children.", "en", [("freed", "12")]),  # a participle on the whole's noun
    # A place past a contrast that opens a clause of its own, or doing something after 'with', is not the cue's.
    ("Norway will host the next summit, while Chile will chair the talks.", "en", [("host", "Norway")]),
    ("Noruega acogerá la próxima cumbre, mientras que Chile presidirá las negociaciones.", "es", [("host", "Norway")]),
    ("The next summit is set for Oslo, Norway, with Chile chairing the talks.", "en",
     [("host", "Norway"), ("host", "Oslo")]),
    ("La próxima cumbre será en Oslo, Noruega, con Chile presidiendo las negociaciones.", "es",
     [("host", "Norway"), ("host", "Oslo")]),
    ("The next summit will be held in Oslo with Chile.", "en", [("host", "Chile"), ("host", "Oslo")]),
    # A month alone said to be the next one is the first after publication's.
    ("Chile will host the first meeting next April.", "en", [("meeting", "2032-04")]),
    ("Chile acogerá el próximo abril la primera reunión.", "es", [("meeting", "2032-04")]),
    ("A primeira reunião será no próximo mês de abril.", "pt", [("meeting", "2032-04")]),
])


TRIP_RULES = """facts:
  - id: start
    kind: date
    ahead: true
    range: start
    cues: [trip, viaje, viagem]
  - id: end
    kind: date
    ahead: true
    range: end
    cues: [trip, viaje, viagem, return to Rome]
  - id: arrival
    kind: date
    ahead: true
    cues: [continues to Lebanon, fly to Lebanon, arrived in Lebanon]
  - id: anniversary
    kind: ordinal
    cues: [anniversary, aniversario]
  - id: council_year
    kind: number
    accept: [year]
    cues: [council, concilio, concílio]
  - id: popes
    kind: ordinal
    cues: [pope to visit]
  - id: lebanon_stay
    kind: duration
    unit: day
    cues: [Lebanon, Líbano]
  - id: meeting
    kind: place
    cues: [met the president, se reunió con el presidente]
    places:
      turkey: [Turkey, Turquía]
      ankara: {aliases: [Ankara], within: turkey}
      istanbul: {aliases: [Istanbul, Estambul], within: turkey}
"""


TABLES["match_trip_copy"] = (TRIP_RULES, date(2031, 11, 20), [
    # An ordinal written with its thousands grouped, or a Spanish cardinal before 'aniversario'; an anniversary is of
    # what follows it, no rank within a part.
    ("He marks the 1,700th anniversary of the First Council of Nicaea.", "en", [("anniversary", "1700th")]),
    ("Marca el 1.700 aniversario del Primer Concilio de Nicea.", "es", [("anniversary", "1700th")]),
    # A year before 1000 that its era or the word 'year' marks, of a fact that is a year; a count of things is none.
    ("In 325 AD, that council wrote the creed.", "en", [("council_year", "325")]),
    ("O concílio, realizado no ano 325 d.C., foi o primeiro.", "pt", [("council_year", "325")]),
    ("El concilio se celebró en el año 325.", "es", [("council_year", "325")]),
    ("The council had 325 bishops.", "en", []),
    # An ordinal before a cue that ends in an infinitive ranks the cue: what follows is the verb's object.
    ("He is the fifth pope to visit Turkey after Paul VI and Francis.", "en", [("popes", "5th")]),
    # Of a run of days, the fact's end (`range`); a month's abbreviation after a dash ends no sentence; a verb of the
    # other end governs a day of that end.
    ("The trip runs from Nov. 27 to Dec. 2.", "en", [("start", "2031-11-27"), ("end", "2031-12-02")]),
    ("The trip runs from Nov. 30-Dec. 2. Crowds are expected.", "en", [("start", "2031-11-30"), ("end", "2031-12-02")]),
    ("The trip runs Nov. 27-30.", "en", [("start", "2031-11-27"), ("end", "2031-11-30")]),
    ("Entre el 27 de noviembre y el 2 de diciembre realizará su viaje.", "es",
     [("start", "2031-11-27"), ("end", "2031-12-02")]),
    ("His trip will conclude on Sunday.", "en", [("end", "2031-11-23")]),
    ("The trip began on Thursday in Ankara.", "en", [("start", "2031-11-20")]),
    # A day of what happened during the span is neither of its ends; 'há' and days after a state that goes on is how
    # long it has lasted.
    ("He celebrated Mass on Saturday during his trip to Turkey.", "en", []),
    ("O papa está visitando o Líbano há três dias, na segunda etapa de uma viagem que começou na Turquia.", "pt",
     [("lebanon_stay", "3 days")]),
    # A weekday of a fact of a day to come: after it, a future verb past its subject; or one of the next three days
    # that no verb of the past places behind.
    ("On Sunday, Leo is expected to fly to Lebanon.", "en", [("arrival", "2031-11-23")]),
    ("Leo continues to Lebanon on Sunday.", "en", [("arrival", "2031-11-23")]),
    ("Leo arrived in Lebanon on Sunday.", "en", [("arrival", "2031-11-16")]),
    # A span written onto words that lead to the cue is the cue's; a time on another clock is no span.
    ("He began a three-day visit to Lebanon.", "en", [("lebanon_stay", "3 days")]),
    ("Deixou o Líbano às 13h48 do horário local (8h48 do horário de Brasília).", "pt", []),
    # A place past the next step of a sequence is that step's.
    ("He met the president in Ankara and then flew to Istanbul.", "en", [("meeting", "Ankara")]),
    ("Se reunió con el presidente en Ankara antes de volar a Estambul.", "es", [("meeting", "Ankara")]),
])

FLOTILLA_RULES = """facts:
  - id: first_day
    kind: date
    range: start
    cues: [intercepted, intercepting, interceptados, interceptou]
  - id: done
    kind: date
    range: end
    cues: [intercepted, interceptou]
  - id: last_day
    kind: date
    cues: [last boat, último dos]
  - id: boats
    kind: count
    units: [boats, vessels, embarcaciones, barcos]
    cues: [consists of, comprising, compuesta por]
  - id: people
    kind: count
    units: [activists, volunteers, people, activistas, voluntarios, personas]
    cues: [carrying, transportan]
  - id: held
    kind: count
    units: [activists, people, activistas, personas]
    cues: [detained, detenidos, detidos]
  - id: held_nationals
    kind: count
    units: [Spaniards, españoles, brasileiros]
    cues: [detained, detenidos, detidos]
"""


TABLES["match_flotilla_copy"] = (FLOTILLA_RULES, date(2031, 11, 22), [
    # The last or the first of a series in a day's clause makes it that end's day, for a fact of the other end.
    ("The coast guard intercepted the last boat on Friday.", "en",
     [("done", "2031-11-21"), ("last_day", "2031-11-21")]),
    ("A guarda costeira interceptou nesta sexta-feira (21) o último dos barcos.", "pt", [("done", "2031-11-21")]),
    ("The first boats were intercepted on Wednesday.", "en", [("first_day", "2031-11-19")]),
    # A Portuguese weekday without '-feira' after an article, before its day of the month in brackets.
    ("Os barcos foram interceptados entre a quarta (19°) e a quinta-feira (20).", "pt", [("first_day", "2031-11-19")]),
    # Boats and people side by side, each with its figure, are no two groups of one count.
    ("The mission, comprising nearly 50 civilian boats and over 500 participants, reached the island.", "en",
     [("boats", "nearly 50")]),
    ("La flotilla está compuesta por más de 40 embarcaciones y 500 voluntarios que transportan ayuda.", "es",
     [("boats", "más de 40"), ("people", "500")]),
    # Of two head counts sharing a cue, the one whose units name the noun counted.
    ("Otros 28 españoles continúan detenidos.", "es", [("held_nationals", "28")]),
    ("Ao menos 12 brasileiros foram detidos.", "pt", [("held_nationals", "Ao menos 12")]),
    ("The navy detained 400 activists.", "en", [("held", "400")]),
])

LEVY_RULES = """facts:
  - id: levy
    kind: money
    currency: USD
    cues: [levy, fee, taxa]
  - id: cap
    kind: count
    units: [permits]
    cues: [a year]
  - id: basis
    kind: entities
    cues: [levy, fee, charge, tasa, taxa, pago, charged]
    entities:
      once:
        label: once
        aliases: [one-time, única, único]
      yearly:
        label: every year
        aliases: [annual, annually, anual]
  - id: start_day
    kind: date
    ahead: true
    cues: [kicks in, takes effect]
  - id: start_time
    kind: time
    cues: [filed after]
  - id: announced
    kind: date
    cues: [announced, clarification]
"""


TABLES["match_levy_copy"] = (LEVY_RULES, date(2031, 3, 15), [
    # A code of letters and a figure between a figure and its noun is no unit of measure.
    ("The ministry grants about 40,000 H-2 permits a year.", "en", [("cap", "about 40,000")]),
    # A figure another is added to is one part of the sum ...
    ("The ministry grants 30,000 permits a year, plus 5,000 for graduates.", "en", []),
    # ... not when what is added is a noun of its own (a guard).
    ("The ministry grants 30,000 permits a year, plus 20 inspectors.", "en", [("cap", "30,000")]),
    # 'Over' before an amount that says which fee is a preposition, no hedge.
    ("Exporters sue over $50,000 permit fee", "en", [("levy", "USD 50,000")]),
    # An amount in another currency, then the same in the fact's in brackets: the second is the value.
    ("A taxa de R$ 265 mil (equivalente a US$ 50 mil) será cobrada uma vez.", "pt", [("levy", "USD 50,000")]),
    # A change from one amount to another past a code in the noun phrase.
    ("The minister raised the H-2 permit fee from the current $2,000 to $50,000.", "en", [("levy", "USD 50,000")]),
    # A name the copy says it is not: past an indefinite article, past the noun it describes, past quotes.
    ("The levy is a one-time charge, not an annual fee.", "en", [("basis", "once")]),
    ("La tasa es única y no una tasa anual.", "es", [("basis", "once")]),
    ("Esta não é uma taxa anual.", "pt", []),
    ("Ella aclaró que no se trata de un pago anual.", "es", []),
    ('La portavoz dijo que la medida "no es una tasa anual".', "es", []),
    # A claim the copy says was made first, and since replaced.
    ("The minister had earlier said that the fee would be charged annually.", "en", []),
    ("The minister, who had suggested the fee would be annual, was overruled.", "en", []),
    # A weekday in a relative clause with a present verb of its own is the coming one, for a fact of a day to come.
    ("The minister suggested the levy, which kicks in on Sunday, would be annual.", "en",
     [("basis", "every year"), ("start_day", "2031-03-16")]),
    # A bound of a time that the cue names is the time.
    ("The levy applies to permits filed after 12:01 a.m. on Sunday.", "en", [("start_time", "00:01")]),
    # A day that dates another noun: its possessive, or the date a paper bears.
    ("The clarification came after Friday's announcement by the minister.", "en", []),
    ("A ministry memo, dated March 13, confirms the levy was announced.", "en", []),
])


JOB_CUT_RULES = """facts:
  - id: cuts
    kind: count
    ahead: true
    units: [jobs, roles, cuts, cargos, postos, puestos, cortes]
    cues: [cut, cuts, layoffs, cortar, recorte, corte, demissões]
  - id: staff
    kind: count
    units: [employees, funcionários, empleados]
    not_units: [job*, cargo*, puesto*, posto*]
    cues: [corporate, administrativos, corporativos]
  - id: workforce
    kind: count
    units: [employees, workers, funcionários]
    cues: [total workforce, em todo o mundo, worldwide]
  - id: earlier_cuts
    kind: count
    background: false
    units: [roles, jobs]
    cues: [eliminated]
  - id: forecast
    kind: count
    cues: [expected, previstos]
  - id: announced
    kind: date
    cues: [announced]
"""


TABLES["match_job_cut_copy"] = (JOB_CUT_RULES, date(2031, 3, 15), [
    # Another count's cue that only describes a noun it says it does not count (`not_units`) leaves the figure to the
    # count whose verb governs it.
    ("Nimbus will cut 9,000 corporate jobs.", "en", [("cuts", "9000")]),
    # A phrase of the whole world narrows no group: the figure stays the count's whose cue describes its noun (the
    # phrase's own fact reads it too, its cue as near).
    ("A Nimbus tem 200 mil funcionários administrativos em todo o mundo.", "pt",
     [("staff", "200,000"), ("workforce", "200,000")]),
    # A cue that names a total is tied to its figure by 'of' whatever the units.
    ("Nimbus has a total workforce of 1.2 million.", "en", [("workforce", "1,200,000")]),
    # 'may' in lower case is a word of possibility; 'May' is the month (a guard).
    ("Nimbus may cut 3,000 jobs.", "en", []),
    ("Nimbus announced the cuts on May 5.", "en", [("announced", "2030-05-05")]),
    # A fact of a past event takes the figure a 'since' looks back to.
    ("It is the largest cut since 11,000 roles were eliminated in 2027.", "en", [("earlier_cuts", "11,000")]),
    # What a figure is compared with, named with its article, is no value of the fact compared; a cue past its noun
    # makes it that fact's.
    ("The layoffs are smaller than the 20,000 cuts industry insiders had whispered about.", "en", []),
    ("As demissões são menores do que os 20 mil cortes sugeridos por rumores.", "pt", []),
    ("The layoffs are more than the 20,000 cuts analysts had expected.", "en", [("forecast", "20,000")]),
    ("The layoffs total more than 20,000 cuts.", "en", [("cuts", "more than 20,000")]),  # a bound (a guard)
])


RESIGNATION_RULES = """facts:
  - id: tenure
    kind: duration
    unit: days
    cues: [in office, appointed, após sua nomeação]
  - id: lifespan
    kind: duration
    unit: hours
    cues: [había nombrado]
  - id: resigned
    kind: date
    cues: [resigned, quit, renunció, renúncia]
  - id: cabinet
    kind: date
    cues: [presentar, unveiled]
  - id: appointed_on
    kind: date
    cues: [appointed]
  - id: talks_end
    kind: date
    ahead: true
    cues: [until, hasta, até]
  - id: rank
    kind: ordinal
    cues: [prime minister, premiê, two years, segundo mandato]
  - id: ministers
    kind: count
    units: [ministers]
    cues: [cabinet, ministers]
  - id: returning
    kind: count
    units: [ministers]
    cues: [served under]
  - id: index_fall
    kind: percentage
    cues: [fell, queda]
  - id: currency_fall
    kind: percentage
    cues: [euro, real]
  - id: stoxx_fall
    kind: percentage
    cues: [STOXX]
  - id: bond_yield
    kind: percentage
    cues: [yield]
  - id: rate
    kind: money
    cues: [to $]
  - id: age
    kind: number
    accept: [age]
    cues: [Ferreira]
  - id: defence
    kind: entities
    cues: [defence minister, ministra da Defesa]
    entities:
      ruiz: {label: Marta Ruiz, aliases: [Marta Ruiz, Ruiz]}
      ferreira: {label: Ana Ferreira, aliases: [Ana Ferreira, Ferreira]}
"""


TABLES["match_resignation_copy"] = (RESIGNATION_RULES, date(2026, 3, 2), [
    # A weekday a deadline names, after 'until', 'hasta' or 'até', is the nearest such day, the coming one though a verb
    # of the past sets it (published on a Monday); the Spanish row is a guard, read so before.
    ("The president gave her until late Wednesday to form a government.", "en", [("talks_end", "2026-03-04")]),
    ("Le dio de plazo hasta el miércoles para formar gobierno.", "es", [("talks_end", "2026-03-04")]),
    # A day of the month after a weekday and a comma is no age.
    ("Ferreira renunciou nesta segunda-feira, 2\nAna Ferreira deixa o cargo.", "pt", []),
    # The language's decimal mark before three figures is a decimal in a share.
    ("The yield rose to a 10-day high of 3.599% on Monday.", "en", [("bond_yield", "3.599%")]),
    # A cue that is the subject of another fact's verb, past adverbs or a figure that labels it, holds the figure, and so
    # does one whose verb has the other's noun for object.
    ("The euro also fell 0.7% on the news.", "en", [("currency_fall", "0.7%")]),
    ("The broad STOXX 600 fell by 0.3%, its worst day in a month.", "en", [("stoxx_fall", "0.3%")]),
    ("O real também registrou queda de 0,7% nesta segunda-feira.", "pt", [("currency_fall", "0.7%")]),
    # A name the cue is said to be of after 'as' is the cue's, though 'of' makes it an owner; a role held before is
    # another time's.
    ("Critics attacked the appointment of Marta Ruiz as defence minister.", "en", [("defence", "Marta Ruiz")]),
    ("Ana Ferreira, ex-ministra da Defesa, deixou o cargo.", "pt", []),
    ("Ferreira, who previously served as defence minister, took office.", "en", []),
    # A span right after a participle and before 'ago' is the time since; 'a day after' an event is no day counted from
    # the day before it.
    ("Ferreira, appointed 30 days ago, quit a day after unveiling her cabinet.", "en",
     [("appointed_on", "2026-01-31"), ("tenure", "30 days")]),
    # A day in a clause of what came before or after, past the cue, and one before a contrast that opens the cue's
    # clause, are not the cue's.
    ("Ferreira renunció después de presentar el domingo su gabinete.", "es", []),
    ("Ela deveria discursar nesta terça-feira, porém a renúncia mudou tudo.", "pt", []),
    # A span or a part a cue names is the rank's own; a guard: one no cue names counts since then.
    ("Ferreira was the president's fifth prime minister in two years.", "en", [("rank", "5th")]),
    ("Ferreira foi o quinto premiê do segundo mandato do presidente.", "pt", [("rank", "5th")]),
    ("She is the first prime minister in 50 years to quit.", "en", []),
    # A part whose predicate is another fact's cue is that fact's.
    ("The cabinet drew fire, as 12 of 18 ministers served under her predecessor.", "en",
     [("ministers", "18"), ("returning", "12")]),
    # A rate in parts of a cent is shown so; a cue's sign is part of it ('to $' is no 'to').
    ("The euro fell to $1.1658 on Monday.", "en", [("rate", "USD 1.1658")]),
    ("The plan aimed to cut costs by $44 billion.", "en", []),
    # 'less than a month' is a hedged span, no standard of a comparison.
    ("Ferreira resigned after less than a month in office.", "en", [("tenure", "less than a month")]),
    # 'pediu demissão' is resigning, no request; a guard: asked of another, it is one still.
    ("A premiê pediu demissão do cargo apenas 28 dias após sua nomeação.", "pt", [("tenure", "28 days")]),
    ("A oposição pediu demissão do ministro 28 dias após sua nomeação.", "pt", []),
    # A span 'antes' that ends its clause, right after the event, is the time since.
    ("Ferreira dimitió tras la caída del Gobierno que había nombrado apenas 14 horas antes.", "es",
     [("lifespan", "14 hours")]),
    # 'newly appointed' before a name describes her, no day of an appointment.
    ("Stocks fell on Monday after newly appointed Prime Minister Ana Ferreira quit.", "en",
     [("resigned", "2026-03-02")]),
])



BUDGET_RULES = """facts:
  - id: levy
    kind: money
    currency: GBP
    per: year
    ahead: true
    cues: [to raise]
  - id: mileage
    kind: money
    currency: GBP
    cues: [per mile, por milla, por milha]
  - id: headroom
    kind: money
    currency: GBP
    cues: [headroom]
  - id: worth
    kind: money
    cues: [worth]
  - id: freeze
    kind: duration
    unit: years
    cues: [freeze, longer, congelamiento, congelación]
  - id: growth
    kind: percentage
    cues: [this year, en 2025, este ano]
  - id: duty
    kind: percentage
    cues: [gaming duty]
    window: 20
  - id: early
    kind: duration
    unit: minutes
    cues: [early, antes do discurso, antes de la comparecencia]
  - id: age
    kind: duration
    unit: years
    cues: [history, historia]
  - id: chair
    kind: entities
    cues: [al frente de]
    entities:
      perez: {label: Ana Pérez, aliases: [Ana Pérez]}
"""
TABLES["match_budget_copy"] = (BUDGET_RULES, date(2026, 3, 4), [
    # Pence, cents and centavos after a figure are hundredths: sterling's, or the currency named, or the fact's; an
    # amount listed after a comma in the bracket that glosses one is that amount again; a guard: 'two cents' in words.
    ("Drivers of electric cars will pay 3p per mile from 2028.", "en", [("mileage", "GBP 0.03")]),
    ("Los conductores pagarán 3 peniques por milla (0,03 £, unos 0,03 €, por milla).", "es",
     [("mileage", "GBP 0.03"), ("mileage", "GBP 0.03")]),
    ("Os motoristas pagarão 3 centavos por milha a partir de 2028.", "pt", [("mileage", "GBP 0.03")]),
    ("That is my two cents worth on the plan.", "en", []),
    # A span that a threshold describes in a compound is its head's: 'a three-year threshold freeze'.
    ("The budget brings a three-year threshold freeze on income tax.", "en", [("freeze", "3 years")]),
    # The time of a comparison's standard dates the standard, not the difference.
    ("Thresholds will stay frozen until 2031, three years longer than previously planned.", "en",
     [("freeze", "3 years")]),
    # 'dentro de' a span is a time from now, no span of the fact.
    ("Uno de cada cuatro pagará tasas más altas dentro de cinco años como resultado de la congelación.", "es", []),
    # A cue that ends on a figure is no part of a longer one: 'en 2025' in 'en 2025/26'.
    ("El gasto se desacelera del 4 por ciento en 2025/26 al 0,7 por ciento al final de la década.", "es", []),
    # An amount past a comma that is the subject of a clause of its own, after the cue's clause with a verb, is not
    # the cue's.
    ("She had left herself only £9.9 billion of fiscal headroom, £6 billion was enough to worry.", "en",
     [("headroom", "GBP 9.9 billion")]),
    # A change from one figure to another past a comma and six words; a time of where it started dates it alone, and a
    # comma before the change closes no relative clause.
    ("Gaming duty is to be raised sharply for online and remote gambling, from 21 per cent to 40 per cent.", "en",
     [("duty", "40%")]),
    ("O órgão, que reviu as previsões de crescimento este ano, dos 1% estimados em janeiro para 1,5%, falhou.", "pt",
     [("growth", "1.5%")]),
    # Quarters of an hour.
    ("The outlook went online three quarters of an hour early.", "en", [("early", "45 minutes")]),
    ("La filtración se produjo tres cuartos de hora antes de la comparecencia de la ministra.", "es",
     [("early", "45 minutes")]),
    # What came first is the main clause's, not a relative clause's with a verb of its own.
    ("O dia foi inicialmente ofuscado por um erro do gabinete, que vazou os números 30 minutos antes do discurso.", "pt",
     [("early", "30 minutes")]),
    # A span written onto the cue is its own, though a superlative frames it.
    ("It was the worst failure in the 15-year history of the office.", "en", [("age", "15 years")]),
    ("Fue el peor fallo en los 15 años de historia del organismo.", "es", [("age", "15 years")]),
    # A fact of what is to come reads what a verb of foreseeing governs.
    ("The watchdog expects the levy to raise £400m a year.", "en", [("levy", "GBP 400 million")]),
    # A cue set off right after a name is said of it, though the name owns another noun.
    ("La renuncia de Ana Pérez, al frente de la oficina, sorprendió al Gobierno.", "es", [("chair", "Ana Pérez")]),
])

PEACE_RULES = """facts:
  - id: cap
    kind: count
    ahead: true
    units: [troops, soldiers, personnel, efectivos, soldados, militares, efetivos]
    cues: [cap, limit*, limita*, reduction, reduzido, máximo, U.S., estadounidense]
    window: 12
  - id: strength
    kind: count
    units: [troops, soldiers, personnel, efectivos, soldados, militares, efetivos]
    cues: [currently, atuais, from]
  - id: points
    kind: count
    ahead: true
    units: [point*, punto*, ponto*]
    cues: [plan, propuesta]
  - id: revised
    kind: count
    units: [point*]
    cues: [narrowed]
  - id: assets
    kind: money
    currency: USD
    ahead: true
    cues: [frozen]
  - id: war
    kind: duration
    unit: years
    cues: [war, guerra]
  - id: deadline
    kind: date
    ahead: true
    cues: [deadline, fecha límite, prazo, até, ultimato]
  - id: talks
    kind: date
    cues: [Genebra, Geneva]
  - id: vote
    kind: duration
    unit: days
    ahead: true
    cues: [eleições]
  - id: drafter
    kind: entities
    cues: [elaborado]
    window: 14
    entities:
      ana: [Ana Ruiz]
      luis: [Luis Mora]
  - id: giver
    kind: entities
    cues: [presented]
    entities:
      pedro: [Pedro Gil]
      ana: [Ana Ruiz]
"""
TABLES["match_peace_plan_copy"] = (PEACE_RULES, date(2026, 3, 4), [
    # A figure with no noun of its own gives the size of a body of people its clause names: an army's is soldiers'.
    ("Ukraine's army currently numbers around 850,000.", "en", [("strength", "around 850,000")]),
    ("The plan would cap the army at 600,000 in peacetime.", "en", [("cap", "600,000")]),
    ("O tamanho das Forças Armadas será limitado a 600 mil.", "pt", [("cap", "600,000")]),
    ("It calls for a reduction in the size of the forces from 800,000 to 600,000.", "en",
     [("cap", "600,000"), ("strength", "800,000")]),
    # ... and one right before a noun of a limit that cues the fact, or set against a figure of its noun by 'instead
    # of', 'en contraposición a' (past a relative clause whose subject is another fact's cue).
    ("The counter-offer limits the army to 800,000 troops, against the 600,000 cap in the first draft.", "en",
     [("cap", "600,000"), ("cap", "800,000")]),
    ("O exército seria reduzido para 600.000 efetivos, em vez dos cerca de 880.000 atuais.", "pt",
     [("cap", "600,000"), ("strength", "cerca de 880.000")]),
    ("Europa quiere 800.000 soldados, en contraposición a los 600.000 que estipula la propuesta estadounidense.", "es",
     [("cap", "600,000")]),
    # Narrowing is a change: where it went is the value; a figure written onto a modifier is where no change started,
    # and one written onto this fact's unit is no other's.
    ("The talks narrowed the framework from 28 points to 19.", "en", [("revised", "19")]),
    ("The goal is to reduce the open items from the 28-point plan.", "en", [("points", "28")]),
    ("The 28-point U.S. plan was leaked.", "en", [("points", "28")]),
    # The terms a draft calls for are a fact of what is to come; a span a verb of ending governs has run already.
    ("The draft further calls for $100 billion of frozen assets to be invested.", "en",
     [("assets", "USD 100 billion")]),
    ("The plan aims to end nearly four years of war.", "en", [("war", "nearly four years")]),
    ("El plan propone poner fin a casi cuatro años de guerra.", "es", [("war", "casi cuatro años")]),
    # A weekday 'próximo' follows is the coming one; of a fact of a day to come, one a verb of saying sets apart is
    # too, and so is one 'até' names more than three days on.
    ("Fijó el jueves próximo como fecha límite.", "es", [("deadline", "2026-03-05")]),
    ("Ele acrescentou que o prazo de quinta-feira agora parece mais flexível.", "pt", [("deadline", "2026-03-05")]),
    ("Trump quer uma resposta até terça-feira.", "pt", [("deadline", "2026-03-10")]),
    ("Zelensky tem até a próxima segunda-feira para responder.", "pt", [("deadline", "2026-03-09")]),
    # A day after who said it, past a comma and the verb of saying: when it was said.
    ("O plano foi reduzido no fim de semana em Genebra, informaram veículos de imprensa na segunda-feira (2).", "pt",
     []),
    # 'em até' a span is a bound, no shift; 'dentro de' a span right after the cue's noun is the span it is held
    # within.
    ("O texto exige eleições antecipadas em até 100 dias.", "pt", [("vote", "até 100 dias")]),
    ("O texto prevê a convocação de eleições antecipadas dentro de cem dias.", "pt", [("vote", "100 days")]),
    ("A eleição foi antecipada em dois dias.", "pt", []),  # a guard: how far a time was moved stays no span
    # A relative clause holds its cue past an aside after its pronoun; a name after 'presented to' was given it.
    ("Acudieron Luis Mora, y el enviado, Ana Ruiz, quien, según medios locales, habría elaborado el plan.", "es",
     [("drafter", "Ana Ruiz")]),
    ("The plan was first presented to Defense Minister Pedro Gil in Kyiv.", "en", []),
])


ARREST_RULES = """facts:
  - id: sentence
    kind: duration
    unit: years
    cues: [sentence]
  - id: hearing
    kind: date
    cues: [audiencia]
  - id: cell
    kind: number
    unit: m²
    cues: [cell, celda, sala]
  - id: alert
    kind: time
    cues: [violated, alert]
  - id: arrested_at
    kind: time
    cues: [arrest]
  - id: since
    kind: date
    months: true
    background: false
    cues: [since, desde, house arrest]
  - id: held
    kind: date
    cues: [detenido]
  - id: age
    kind: number
    accept: [age]
    window: 12
    cues: [exalcalde, former mayor]
  - id: voters
    kind: entities
    cues: [votó, votar]
    entities:
      ana: [Ana Ruiz]
      luis: [Luis Mora]
"""
TABLES["match_arrest_copy"] = (ARREST_RULES, date(2026, 3, 4), [
    # A time phrase in a relative clause on the subject does not open the sentence, nor date what its verb says.
    ("Ruiz, who previously served as mayor, is appealing his 12-year prison sentence.", "en", [("sentence", "12 years")]),
    # A participle of the cue's noun being held gives it its day, before a verb of saying.
    ("Una audiencia de control realizada el domingo confirmó la detención.", "es", [("hearing", "2026-03-01")]),
    # Square metres are a unit of area.
    ("He is held in a 9-square-meter cell.", "en", [("cell", "9 square-meter")]),
    ("La celda mide 9 metros cuadrados.", "es", [("cell", "9 metros cuadrados")]),
    ("A sala tem 12 m².", "pt", [("cell", "12 m²")]),
    # '0:08 am' is past midnight; a time in square brackets after another, on a clock it names, glosses it; a time
    # after 'hours after' and a gerund is that event's, not the cue's before it.
    ("The monitor was violated at 0:08 am on Saturday.", "en", [("alert", "00:08")]),
    ("The judge ordered the arrest hours after receiving word at 12:08am [03:08 GMT] that it was violated.", "en",
     [("alert", "00:08")]),
    ("The arrest came at 6:00 am, hours after the alert.", "en", [("arrested_at", "06:00")]),  # a guard
    # A part of a month names the month.
    ("He was placed under house arrest in early August.", "en", [("since", "2025-08")]),
    ("Cumple arresto domiciliario desde principios de agosto.", "es", [("since", "2025-08")]),
    # An age holds through a stretch of time up to now, and written onto its noun through what may or may not be.
    ("Desde el 4 de agosto, el exalcalde de 70 años cumple arresto domiciliario.", "es",
     [("age", "70"), ("since", "2025-08-04")]),
    ("Police fear that a crowd at the home of the former mayor could enable the 70-year-old to flee.", "en",
     [("age", "70")]),
    # A name the cue says has yet to act did not.
    ("Luis Mora ya votó; la jueza que falta por votar, Ana Ruiz, lo hará hoy.", "es", [("voters", "Luis Mora")]),
])
TABLES["match_arrest_copy_undated"] = (ARREST_RULES, None, [
    # A day said to be this year's takes no other year its sentence names.
    ("El exalcalde, condenado por un fraude en 2022, fue detenido este 22 de noviembre.", "es",
     [("held", "November 22 (no year)")]),
])

_CONTESTANTS = """      bosch: [Ana Bosch, Miss Mexico]
      singh: [Vera Singh, Miss Thailand, Tailandia]
      nasser: [Rosa Nasser, Miss Venezuela, Venezuela]"""  # the same names for each fact: rule files take no YAML anchors
PAGEANT_RULES = f"""facts:
  - id: winner
    kind: entities
    cues: [se consagró, crowned]
    entities:
{_CONTESTANTS}
  - id: first_runner_up
    kind: entities
    cues: [first runner-up, runner-up, segundo lugar, 2° lugar]
    entities:
{_CONTESTANTS}
  - id: second_runner_up
    kind: entities
    cues: [second runner-up, tercera posición, 3° lugar]
    entities:
{_CONTESTANTS}
  - id: edition
    kind: ordinal
    cues: [Miss Universe, pageant, edición]
  - id: titles
    kind: count
    ordinals: true
    units: [winner, corona, ocasiones]
    cues: [Mexico, México]
  - id: contestants
    kind: count
    units: [contestants, delegadas]
    cues: [contestants, delegadas]
  - id: venue
    kind: place
    cues: [crowned]
    places:
      thailand: {{label: Thailand, aliases: [Thailand]}}
      bangkok: {{label: Bangkok, aliases: [Bangkok], within: thailand}}
  - id: first_win
    kind: number
    accept: [year]
    cues: [Lupita Jones]
  - id: final
    kind: date
    cues: [gala]
"""
TABLES["match_pageant_copy"] = (PAGEANT_RULES, date(2025, 11, 20), [
    # In a results list, a place goes to the name right after it, else to the one right before it; a name given
    # another place is not at this one, whatever else is near; a cue inside a longer place is of that place.
    ("She beat first runner-up Miss Thailand Vera Singh, second runner-up Miss Venezuela Rosa Nasser.", "en",
     [("first_runner_up", "Vera Singh"), ("first_runner_up", "Vera Singh"), ("second_runner_up", "Rosa Nasser"),
      ("second_runner_up", "Rosa Nasser")]),
    ("El podio se completó con Vera Singh de Tailandia, en segundo lugar, y Rosa Nasser, en la tercera posición.", "es",
     [("first_runner_up", "Vera Singh"), ("first_runner_up", "Vera Singh"), ("second_runner_up", "Rosa Nasser")]),
    ("Vera Singh came runner-up, with Rosa Nasser also making it to the top five.", "en",
     [("first_runner_up", "Vera Singh")]),
    # A cue written with a degree sign for its ordinal.
    ("2° lugar: Tailandia", "es", [("first_runner_up", "Vera Singh")]),
    # A name given a place other than first did not win.
    ("Rosa Nasser se consagró como la segunda finalista.", "es", []),
    # An ordinal ranks a noun of the fact's cue that another cue modifies; a cardinal before 'edición' ranks it.
    ("The 74th Miss Universe pageant came to an end on Friday.", "en", [("edition", "74th")]),
    ("Fue la 74 edición del certamen.", "es", [("edition", "74th")]),
    # A rank among those from where the fact's cue names is the fact's count; a total in the pluperfect is an
    # earlier one, and gives way.
    ("Bosch is now the fourth Miss Universe winner from Mexico.", "en", [("titles", "4")]),
    ("México había ganado el certamen en tres ocasiones. Es la cuarta corona de México.", "es",
     [("titles", "4")]),
    # A part out of a whole with its figure gives way to it; 'Top 5' is a label.
    ("A vote was held to pre-select 30 contestants out of the 136.", "en", [("contestants", "136")]),
    ("El Top 5 lo completaron las delegadas de Venezuela y Filipinas.", "es", []),
    # A dateline of a city and its country opens the paragraph: where the copy was filed.
    ("Bangkok, Thailand - Miss Mexico was crowned Miss Universe on Friday.", "en", [("winner", "Ana Bosch")]),
    # A year alone in brackets right after the cue glosses it.
    ("Mexico won before with Lupita Jones (1991) and Ximena Navarrete (2010).", "en", [("first_win", "1991")]),
    # A weekday glossed by the reader's weekday in brackets is a day from it.
    ("La gala se celebró el viernes en Tailandia (jueves Guatemala).", "es", [("final", "2025-11-21")]),
])

PRIZE_RULES = """facts:
  - id: announced
    kind: date
    cues: [announced, awarded]
"""


@pytest.mark.parametrize("text, expected", [
    # The day after publication is the copy's own across midnight, unless its clause sets it to come.
    ("The winner was announced on October 10.", [("announced", "2025-10-10")]),
    ("The Peace Prize is expected to be announced on October 10.", []),
    ("The Peace Prize will be announced on Friday.", []),
    ("The Peace Prize will be announced on October 10.", []),
    ("The literature prize was awarded on Thursday.", [("announced", "2025-10-09")]),
])
def test_a_day_set_to_come_after_publication_is_no_day_that_came(tmp_path, text, expected):
    assert pairs(tmp_path, PRIZE_RULES, text, "en", published=date(2025, 10, 9)) == sorted(expected)


@pytest.mark.parametrize("rules, published, text, lang, expected", [
    pytest.param(rules, published, *row, id=f"{topic}-{i}")
    for topic, (rules, published, rows) in TABLES.items() for i, row in enumerate(rows)])
def test_tables(tmp_path, rules, published, text, lang, expected):
    assert pairs(tmp_path, rules, text, lang, published=published) == sorted(expected)
