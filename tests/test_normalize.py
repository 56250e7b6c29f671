"""Table-driven tests of the normalizers: numbers, counts and their traps, dates, durations."""

import math
from datetime import date

import pytest

from consistency.models import Article, Duration, Range, Relation
from consistency.normalize import KINDS
from consistency.normalize.count import CountSpec, is_age
from consistency.normalize.dates import Month, MonthDay
from consistency.normalize.numbers import find_numbers
from consistency.text import Scan, phrase_pattern, right_after

INF = math.inf


def _candidates(kind: str, text: str, lang: str = "en", spec=None):
    """Every candidate a kind finds in text, refused or not."""
    return KINDS[kind].find(Scan(text), Article("a", "a", "", text, lang), 0, len(text), spec)


@pytest.mark.parametrize("text, lang, expected", [
    ("32", "en", (32, 32)),
    ("thirty-two", "en", (32, 32)),
    ("Thirty two", "en", (32, 32)),
    ("treinta y dos", "es", (32, 32)),
    ("trinta e dois", "pt", (32, 32)),
    ("one hundred and five", "en", (105, 105)),
    ("1,000", "en", (1000, 1000)),
    ("1.000", "es", (1000, 1000)),
    ("42 000 people", "en", (42_000, 42_000)),  # thousands grouped by a space
    ("cerca de 3\u00a0000 adeptos", "pt", (2700, 3300)),  # by a non-breaking one
    ("1 234 567 votes", "en", (1_234_567, 1_234_567)),
    ("between 3 000 and 5 000 fans", "en", (3000, 5000)),
    ("2.5 million", "en", (2_500_000, 2_500_000)),
    ("6,1", "es", (6.1, 6.1)),
    ("6.1", "es", (6.1, 6.1)),  # a lone mark before no group of three is a decimal point in any language
    ("1.5 millones", "es", (1_500_000, 1_500_000)),
    ("7.0 or higher", "en", (7, INF)),
    ("7,0 ou superior", "pt", (7, INF)),
    ("a dozen", "en", (12, 12)),
    ("at least 40", "en", (40, INF)),
    ("more than 100", "en", (101, INF)),
    ("up to 30", "en", (0, 30)),
    ("about 80", "en", (72, 88)),
    ("three or four", "en", (3, 4)),
    ("between 30 and 40", "en", (30, 40)),
    ("between 2 and 3 million", "en", (2_000_000, 3_000_000)),  # the scale word after the second scales both
    ("two to three million", "en", (2_000_000, 3_000_000)),
    ("entre 2 y 3 millones", "es", (2_000_000, 3_000_000)),
    ("500 to 1 million", "en", (500, 1_000_000)),
    ("5.4-billion", "en", (5.4e9, 5.4e9)),  # a hyphen before a scale word: one figure, not 5.4 to a billion
    ("30-40 million", "en", (30e6, 40e6)),  # scaled, the first would pass the second: left as written
    ("al menos 40", "es", (40, INF)),
    ("más de 100", "es", (101, INF)),
    ("pelo menos dois", "pt", (2, INF)),
    ("con, al menos, tres víctimas", "es", (3, INF)),  # a floor's hedge set off by commas
    ("causando, pelo menos, sete mortos", "pt", (7, INF)),
    ("aumentos superiores al 40", "es", (41, INF)),  # a verb or an adjective of exceeding is a hedge
    ("el recuento supera los 900 edificios", "es", (901, INF)),
    ("a figure that exceeds 70", "en", (71, INF)),
    ("32 or more", "en", (32, INF)),
    ("dozens", "en", (24, 144)),
    ("miles de personas", "es", (2000, 99_999)),
    ("tens of thousands of people", "en", (20_000, 99_999)),  # not 'thousands'
    ("decenas de miles de personas", "es", (20_000, 99_999)),
    ("centenas de milhares de pessoas", "pt", (200_000, 999_999)),
    ("hundreds of millions of people", "en", (200_000_000, 999_999_999)),
    ("scores of people", "en", (40, 200)),
    ("two dozen", "en", (24, 24)),
    ("dos docenas de heridos", "es", (24, 24)),
    ("una veintena de heridos", "es", (18, 22)),  # collective numerals are about so many
    ("un centenar de personas", "es", (90, 110)),
    ("uma dezena de feridos", "pt", (9, 11)),
    ("más de millón y medio de manifestantes", "es", (1_500_000, INF)),  # a half of a scale word; a round bound
    ("um milhão e meio de pessoas", "pt", (1_500_000, 1_500_000)),
    ("a million and a half people", "en", (1_500_000, 1_500_000)),
    # Half of a scale word, and a whole and a half before one; half a dozen, half a hundred.
    ("half a billion dollars", "en", (5e8, 5e8)),
    ("a half a million dollars", "en", (5e5, 5e5)),
    ("one and a half billion", "en", (1.5e9, 1.5e9)),
    ("two and a half million people", "en", (2.5e6, 2.5e6)),
    ("medio millón de personas", "es", (5e5, 5e5)),
    ("meio bilhão de reais", "pt", (5e8, 5e8)),
    ("um bilhão e meio de reais", "pt", (1.5e9, 1.5e9)),
    ("dois bilhões de reais", "pt", (2e9, 2e9)),
    ("half a dozen people", "en", (6, 6)),
    ("media docena de heridos", "es", (6, 6)),
    ("meia dúzia de feridos", "pt", (6, 6)),
    ("medio centenar de muertos", "es", (45, 55)),
    ("meia centena de mortos", "pt", (45, 55)),
    ("half a thousand pilgrims", "en", (450, 550)),
    ("2.5 lakh people", "en", (250_000, 250_000)),  # Indian copy's scale words
    ("some 40 crore voters", "en", (360_000_000, 440_000_000)),
    ("much larger than 1.7 million", "en", (1_700_000, INF)),
    ("Several hundred protesters", "en", (200, 999)),  # vague, not a hundred
    ("a few thousand fans", "en", (2000, 9999)),
    ("a million cars", "en", (1_000_000, 1_000_000)),
    # Thousands as 'mil' and the rest in digits: one figure; a hedge that comes close to a figure.
    ("suman más de mil 670 heridos", "es", (1671, INF)),
    ("hay 2 mil 300 damnificados", "es", (2300, 2300)),
    ("en más de dos mil 700 ciudades", "es", (2701, INF)),
    ("veinticinco mil 300 votos", "es", (25300, 25300)),
    ("ganarán 9 mil 582.47 pesos", "es", (9582.47, 9582.47)),  # pesos and centavos
    ("ingresos por 47 millones 231 mil 887 dólares", "es", (47231887, 47231887)),  # millions before them too
    ("serán 13 mil 409,80 pesos al mes", "es", (13409.8, 13409.8)),
    ("roza los 2.400 heridos", "es", (2160, 2640)),
    ("rondan las 300 víctimas", "es", (270, 330)),
])
def test_numbers(text, lang, expected):
    found = find_numbers(text, lang=lang)
    assert len(found) == 1, found
    assert (found[0].value.lo, found[0].value.hi) == pytest.approx(expected)


@pytest.mark.parametrize("text, expected", [
    # A space groups thousands only between groups of three, not after a day of a month, nor in a longer run.
    ("On June 3 120 people were evacuated", ["3", "120"]),
    ("el 3 de junio 120 personas", ["3", "120"]),
    ("call 555 123 4567", ["555", "123", "4567"]),
    ("in 2019 100 people died", ["2019", "100"]),
])
def test_a_space_groups_thousands_only_where_it_can(text, expected):
    assert [n.raw for n in find_numbers(text)] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("Tesla will recall about twp million cars", "en", []),  # a typing slip leaves a scale word with no figure
    ("Gunman kills 12 at Thousand Oaks bar", "en", ["12"]),
    ("Más de millón y medio de manifestantes", "es", ["Más de millón y medio"]),
    ("en mil, 670 personas más", "es", ["mil", "670"]),  # a list, not one figure
    ("desde el año mil 2025 fue", "es", ["mil", "2025"]),  # four figures after 'mil' are a figure of their own
])
def test_a_scale_word_alone_is_no_number(text, lang, expected):
    assert [n.raw for n in find_numbers(text, lang=lang)] == expected


@pytest.mark.parametrize("text, lang, value, grain", [
    ("2 million vehicles", "en", 2_000_000, 1_000_000),
    ("2.03 million vehicles", "en", 2_030_000, 10_000),  # not 2,029,999.9999999998
    ("2,03 milhões de veículos", "pt", 2_030_000, 10_000),
    ("dos millones de autos", "es", 2_000_000, 1_000_000),
    ("£74m", "en", 74_000_000, 1_000_000),
    ("2,031,220 vehicles", "en", 2_031_220, 0),
    ("20 mil pessoas", "pt", 20_000, 0),  # thousands are as exact as they read
    # So does a figure with a decimal part, to the last decimal written ('29,50' a hundredth, not a tenth).
    ("28.7%", "en", 28.7, 0.1),
    ("28,66 %", "pt", 28.66, 0.01),
    ("29,50%", "pt", 29.5, 0.01),
    ("1.500 personas", "es", 1_500, 0),  # marks that group thousands give no place
    ("1,234.56 votes", "en", 1_234.56, 0.01),  # thousands and a decimal part, read as one figure
    ("1.234,5 votos", "es", 1_234.5, 0.1),
    ("1,234.5 votos", "es", 1_234.5, 0.1),  # as Mexico's copy writes it
    ("twenty-nine", "en", 29, 0),
])
def test_a_figure_with_a_scale_word_or_decimals_says_its_last_place(text, lang, value, grain):
    (n,) = find_numbers(text, lang=lang)
    assert (n.value.lo, n.value.grain) == (value, grain)


def test_de_is_from_only_before_where_a_change_got_to():
    assert find_numbers("un aumento salarial de 38 %", lang="es")[-1].earlier == ""
    assert [bool(n.earlier) for n in find_numbers("la cifra subió de 30 a 40", lang="es")] == [True, False]
    assert [bool(n.earlier) for n in find_numbers("el salario pasara de 30 dólares la hora a unos 38", lang="es")] == [
        True, False]


def test_a_change_by_a_size_to_a_level_is_no_range():
    assert [(n.raw, n.step) for n in find_numbers("the toll rose by 5 to 20", lang="en")] == [("5", True), ("20", False)]
    assert [(n.raw, n.step) for n in find_numbers("la cifra aumentó en 3 a 15", lang="es")] == [("3", True), ("15", False)]
    assert [(n.raw, n.step) for n in find_numbers("between 5 to 20 people", lang="en")] == [("between 5 to 20", False)]


def test_between_without_a_second_figure_opens_no_range():
    assert [(n.raw, n.value.lo, n.value.hi) for n in find_numbers("el choque entre dos trenes", lang="es")] == [
        ("dos", 2, 2)]


def _counts(text, units=None, not_units=None, lang="en"):
    spec = CountSpec(phrase_pattern(units), phrase_pattern(not_units), 0.1)
    art = Article("a", "a", "", text, lang)
    return [(c.value, c.reason) for c in KINDS["count"].find(Scan(text), art, 0, len(text), spec)]


@pytest.mark.parametrize("text, reason_part", [
    ("Maduro, 63, was captured.", "age"),
    ("He was 37 years old.", "age"),
    ("the women, who were 61 and 48 years old", "age"),
    ("las víctimas, de 61 y 48 años", "age"),
    ("una sentencia de 25 años de prisión", "duration"),  # a term, not an age
    ("una condena más larga de 40 a 50 años", "duration"),
    ("the attack lasted 48 hours", "duration"),
    ("the embargo since 1962 ", "year"),
    ("at 4:30 a.m. on Saturday", "time"),
    ("at approximately 7 p.m., the woman was walking", "time"),
    ("shortly after 9pm", "time"),
    ("temperatures of 27 C", "measure"),
    ("un fraude de 1.500 millones de euros", "measure"),
    ("a grant of $US300 million", "money"),  # the letters after a dollar sign make no code
    ("the climbers fell about 200 feet", "measure"),
    ("el epicentro a 27,1 grados latitud norte", "coordinate"),
    ("0 comments", "measure"),
    ("around 30% of its fuel", "percentage"),
    ("on January 3 in Caracas", "date"),
    ("the 32nd victim", "ordinal"),
    ("two days of national mourning", "duration"),
    ("the bodies were found at 24 Independent Street", "street number"),
    ("police were called to the 300 block of Main Street", "street number"),
    ("en un piso de la calle Mayor 24", "street number"),
    ("a neighbour called 911", "telephone number"),
    ("the 999 call came at dawn", "telephone number"),
    ("the jury deadlocked at 9-3", "score or a record"),  # both figures
    ("Bush was hurt in a 27–24 loss", "score or a record"),
    ("the former two-time champion", "times"),
    ("he was arrested seven times", "times"),
    ("now on a 10-fight winning streak", "compound"),
    ("the 7 woman, 5 man jury", "compound"),
    ("fans filled two-thirds of the seats", "fraction"),
    ("the SEA-ME-WE 4 cable was cut", "part of a name"),
    ("they seized AK 47 rifles", "part of a name"),
    ("speaking aboard Air Force One on Sunday", "part of a name"),
    ("luto nacional el 5 y 6 de enero", "date"),  # both days
    ("mourning on January 5 and 6", "date"),
    ("informou na noite do domingo, 4, que", "date"),
    ("neste domingo (4) o governo", "date"),
    ("em Caracas, no sábado (3/1)", "date"),
])
def test_count_traps(text, reason_part):
    found = _counts(text)
    assert found and all(reason_part in reason for _, reason in found), found


@pytest.mark.parametrize("text, value", [
    ("24 people died in the fire on Main Street", 24),  # the street comes later: not an address
    ("the 911 victims were remembered", 911),  # no call: a figure like any other
    ("police called 12 witnesses", 12),  # only emergency numbers are dialled
    ("POLICE SAID 12 MEN WERE ARRESTED", 12),  # in capitals throughout, a word before a figure is no acronym
    ("killed 30-40 people", (30, 40)),  # a range rises: no score
    ("On Wednesday, 12 people were arrested", 12),  # a weekday, then a figure that is not set off
    ("Cuba Declares Mourning After Thirty-Two Die", 32),  # a headline in title case: no name
    ("Arrests made in Canada\nTwo leaders were held", 2),  # a new line starts a sentence
])
def test_count_not_traps(text, value):
    lo, hi = value if isinstance(value, tuple) else (value, value)
    assert _counts(text)[0] == (Range(lo, hi), "")


@pytest.mark.parametrize("text", ["Miles Vinar spoke to reporters", "the scores were level", "a 26-mile race"])
def test_vague_words_that_are_ordinary_words_are_no_numbers_alone(text):
    assert [n.raw for n in find_numbers(text)] == (["26"] if "26" in text else [])


def test_a_compound_counts_the_cue_that_follows_it():
    spec = CountSpec(None, None, 0.1, right_after(["crowd"]))
    text = "a 200 person crowd gathered as a 10-fight streak ended"
    found = [(c.value, c.reason) for c in KINDS["count"].find(Scan(text), Article("a", "a", "", text), 0, len(text), spec)]
    assert found[0] == (Range(200, 200), "")
    assert "compound" in found[1][1]


def test_a_hedge_in_capitals_is_shown_in_lower_case():
    from consistency.normalize.count import show_raw

    assert show_raw("AT LEAST  TWO", Range(2, math.inf), True) == "at least two"
    assert show_raw("at least 40", Range(40, math.inf), True) == "at least 40"


def test_spanish_articles_are_one_only_before_what_is_counted():
    assert "article" in _counts("calificó la operación como un ataque criminal", lang="es")[0][1]
    assert _counts("murió un soldado en el ataque", lang="es") == [(Range(1, 1), "")]
    assert _counts("un muerto y dos heridos", lang="es", units=["muerto*"])[0] == (Range(1, 1), "")


def test_a_quote_opening_after_a_figure_is_read_through():
    refused = _counts("rindió homenaje a 32 “combatientes cubanos” muertos", not_units=["cubano*"], lang="es")
    assert "counts something else" in refused[0][1]


def test_count_units_and_partitives():
    assert _counts("32 of its citizens were killed", units=["citizen*"]) == [(Range(32, 32), "")]
    refused = _counts("15 of them from the presidential guard")
    assert refused[0][1].startswith("part of a larger group")
    assert "counts something else" in _counts("32 Cuban nationals", not_units=["cuban*"])[0][1]
    assert _counts("32 muertos", lang="es") == [(Range(32, 32), "")]


@pytest.mark.parametrize("text, published, expected", [
    ("on January 3, 2026", None, date(2026, 1, 3)),
    ("Jan. 3, 2026", None, date(2026, 1, 3)),
    ("3 January 2026", None, date(2026, 1, 3)),
    ("el 3 de enero de 2026", None, date(2026, 1, 3)),
    ("no dia 3 de janeiro de 2026", None, date(2026, 1, 3)),
    ("el pasado 4 de enero", date(2026, 1, 6), date(2026, 1, 4)),
    ("4 ene", date(2026, 1, 6), date(2026, 1, 4)),
    ("January 3", date(2026, 1, 5), date(2026, 1, 3)),
    ("December 30", date(2026, 1, 5), date(2025, 12, 30)),
    ("on Saturday", date(2026, 1, 5), date(2026, 1, 3)),
    ("el sábado", date(2026, 1, 5), date(2026, 1, 3)),
    ("no sábado", date(2026, 1, 5), date(2026, 1, 3)),
    ("yesterday", date(2026, 1, 5), date(2026, 1, 4)),
    ("2026-01-03", None, date(2026, 1, 3)),
    # Days before publication; 'last night' needs no word after it.
    ("killed eight days ago", date(2008, 12, 14), date(2008, 12, 6)),
    ("died a day ago", date(2008, 12, 14), date(2008, 12, 13)),
    ("murió hace tres días", date(2008, 12, 14), date(2008, 12, 11)),
    ("morreu há dois dias", date(2008, 12, 14), date(2008, 12, 12)),
    ("morreu dois dias atrás", date(2008, 12, 14), date(2008, 12, 12)),
    ("a woman opened fire last night", date(2010, 9, 10), date(2010, 9, 9)),
    ("died esta madrugada", date(2014, 11, 9), date(2014, 11, 9)),  # this morning, tonight: the day of publication
    ("broke out this morning (July 21)", date(2013, 7, 22), date(2013, 7, 21)),  # a date after a relative day names it
    ("touched down today—Tuesday, March 18, 2025—in the Gulf", date(2025, 3, 19), date(2025, 3, 18)),  # set off by dashes
    ("the fire broke out this morning", date(2013, 7, 21), date(2013, 7, 21)),  # a relative day that opens with a lead
    ("the announcement late this afternoon", date(2009, 7, 13), date(2009, 7, 13)),
    ("o ataque desta madrugada deixou mortos", date(2024, 8, 2), date(2024, 8, 2)),
    ("derailed early on 20-Nov-2016", None, date(2016, 11, 20)),  # a dateline's day, month and year joined by hyphens
    ("raised the rate on 18.jun.2025", None, date(2025, 6, 18)),  # or by points
    # A day named without its year: of the publication's year, or of the one before where that is nearer to a day
    # ahead; after a verb of the past the latest up to a week after publication; after one of the future, or for a
    # day something is set for, the next one.
    ("the raid began on October 1", date(2024, 6, 3), date(2023, 10, 1)),
    ("held since his arrest on June 21", date(2013, 1, 3), date(2012, 6, 21)),
    ("Lopez's sentence date is May 7", date(2013, 4, 24), date(2013, 5, 7)),
    ("He is to be sentenced Nov. 8", date(2013, 9, 28), date(2013, 11, 8)),  # a passive, not a past
    ("the presidential election on November 5", date(2024, 5, 30), date(2024, 11, 5)),
    ("Judge Merchan set the sentencing hearing for July 11", date(2024, 5, 30), date(2024, 7, 11)),
    ("sentencing is set for 11 a.m. on Nov. 8", date(2013, 9, 27), date(2013, 11, 8)),
    ("el juez fijó la sentencia para el próximo 11 de julio", date(2024, 5, 30), date(2024, 7, 11)),
    ("o juiz marcou a audiência para o dia 11 de julho", date(2024, 5, 30), date(2024, 7, 11)),
    ("a felon for the June 24 murder of Ortiz", date(2005, 7, 26), date(2005, 6, 24)),  # 'for the' is no day set
    ("her term will begin October 1", date(2024, 6, 3), date(2024, 10, 1)),
    ("the will of the people who marched on June 16", date(2019, 8, 18), date(2019, 6, 16)),  # 'will' is a noun here
    ("los cómputos comenzarán el 5 de julio", date(2024, 6, 3), date(2024, 7, 5)),
    ("elections scheduled for December 15 of this year", date(2013, 9, 27), date(2013, 12, 15)),
    ("it is expected to send back detailed telemetry data on its status on January 1", date(2024, 12, 27),
     date(2025, 1, 1)),  # 'detailed' is no verb of the past
    # A Portuguese weekday without its '-feira', after a word that leads to a day.
    ("o barco afundou na noite de terça.", date(2017, 8, 24), date(2017, 8, 22)),
    ("afundou nesta terça (22) no rio", date(2017, 8, 23), date(2017, 8, 22)),
    ("as chuvas começaram nessa terça (29) na região", date(2024, 10, 30), date(2024, 10, 29)),
    ("as chuvas começaram na terça na região", date(2024, 10, 30), date(2024, 10, 29)),
    # A day of the month in brackets after a weekday says which day: also when the publication date is late, or when
    # the two disagree (the article then says the 25th); one too far from the weekday's to be its day is left alone.
    ("a ponte desabou na madrugada desta terça-feira (25)", date(2024, 3, 26), date(2024, 3, 25)),
    ("a ponte desabou na terça-feira (26) em Baltimore", date(2024, 4, 5), date(2024, 3, 26)),
    ("a ponte desabou na terça-feira (dia 26)", date(2024, 3, 28), date(2024, 3, 26)),
    ("a ponte desabou nesta terça (2) de manhã", date(2024, 4, 2), date(2024, 4, 2)),
    ("a ponte desabou na sexta-feira (29)", date(2024, 3, 2), date(2024, 2, 29)),  # the month before
    ("a ponte desabou na terça-feira (12)", date(2024, 3, 28), date(2024, 3, 12)),  # a Tuesday two weeks before
    ("a ponte desabou na terça-feira (14)", date(2024, 3, 28), date(2024, 3, 26)),  # a Thursday, and too far
    # ... on either side of publication when no verb tells which; a verb of the past keeps the weekday's side.
    ("a entrega acontece na quarta-feira, dia 10, em Oslo", date(2025, 12, 9), date(2025, 12, 10)),
    ("a ponte desabou na terça-feira, dia 2", date(2024, 3, 27), date(2024, 3, 26)),
    # 'esta', 'essa', 'desta' before a weekday are 'nesta': the weekday of the publication's week.
    ("o julgamento começa essa sexta-feira", date(2025, 12, 9), date(2025, 12, 12)),
    ("a entrega acontece esta quarta-feira em Oslo", date(2025, 12, 9), date(2025, 12, 10)),
    # A day of the month alone: the last such day up to publication, or the next one after 'próximo'.
    ("a barragem rompeu no último dia 25", date(2019, 2, 3), date(2019, 1, 25)),
    ("o julgamento começa no próximo dia 5", date(2019, 2, 3), date(2019, 2, 5)),
    ("a barragem rompeu no dia 31", date(2019, 3, 3), date(2019, 1, 31)),  # no 31 February
    ("a sonda foi lançada no dia 14 do mês passado", date(2023, 8, 27), date(2023, 7, 14)),  # of the month before
    ("la sonda fue lanzada el día 20 del mes pasado", date(2023, 3, 25), date(2023, 2, 20)),
    # A future verb reaches a weekday past a time's stops ('a.m.', '04:00'), and a short verb's future does too.
    ("the truce will take effect at 4 a.m. on Wednesday", date(2031, 5, 6), date(2031, 5, 7)),
    ("the truce took effect at 4 a.m. on Wednesday", date(2031, 5, 9), date(2031, 5, 7)),
    ("a trégua terá início às 04:00 na quarta-feira", date(2031, 5, 6), date(2031, 5, 7)),
    # The days to come.
    ("effective at 4 a.m. tomorrow", date(2031, 5, 6), date(2031, 5, 7)),
    ("a trégua começa amanhã", date(2031, 5, 6), date(2031, 5, 7)),
])
def test_dates(text, published, expected):
    lang = "es" if "enero" in text or "ene" in text or "julio" in text or "sábado" in text and "el" in text else "en"
    lang = "pt" if "janeiro" in text or "julho" in text or "no sábado" in text or "terça" in text or "desta" in text else lang
    art = Article("a", "a", "", text, lang, published)
    found = [c for c in KINDS["date"].find(Scan(text), art, 0, len(text), None) if not c.reason]
    assert [c.value for c in found] == [expected]


@pytest.mark.parametrize("text, published, expected", [
    # Of a fact of a day to come, a day written without a year takes it from the end of the range it opens (the year
    # before when its month comes later)...
    ("The cup runs from June 14 to July 20, 2031, organisers said.", date(2030, 11, 30), [date(2031, 6, 14), date(2031, 7, 20)]),
    ("A copa decorre de 14 de dezembro a 20 de janeiro de 2031, informou a entidade.", date(2030, 11, 30),
     [date(2030, 12, 14), date(2031, 1, 20)]),
    # ... from the one year near publication its sentence names, as its clause's tense allows...
    ("The 2031 Cup opener, June 14 in Lima, sold out.", date(2030, 11, 30), [date(2031, 6, 14)]),
    ("Peru won the 2030 Cup on June 14 in Lima.", date(2030, 11, 30), [date(2030, 6, 14)]),
    ("The 2031 Cup opener, June 14 in Lima, and the 2018 one sold out.", date(2030, 11, 30), [date(2030, 6, 14)]),
    # ... from the same day written before with its year, within a year of publication (not an anniversary's)...
    ("The final is on 20 July 2031. The 20 July final sold out.", date(2030, 11, 30), [date(2031, 7, 20), date(2031, 7, 20)]),
    ("The attack of 7 October 2028 was recalled. On 7 October crowds gathered.", date(2030, 11, 30),
     [date(2028, 10, 7), date(2030, 10, 7)]),
    # ... and a day that nothing in its sentence places behind is the coming one.
    ("The tournament kicks off on June 14 in Lima.", date(2030, 11, 30), [date(2031, 6, 14)]),
    ("The tournament kicked off on June 14 in Lima.", date(2030, 11, 30), [date(2030, 6, 14)]),
])
def test_days_lent_a_year(text, published, expected):
    from consistency.normalize.dates import DateSpec

    lang = "pt" if "copa" in text else "en"
    art = Article("a", "a", "", text, lang, published)
    found = [c for c in KINDS["date"].find(Scan(text), art, 0, len(text), DateSpec()) if not c.reason]
    assert [c.value for c in found] == expected


@pytest.mark.parametrize("text", ["it took two days to find him", "killed two weeks ago", "a year ago", "ha dicho dos veces"])
def test_spans_and_loose_offsets_are_not_days(text):
    art = Article("a", "a", "", text, "en", date(2008, 12, 14))
    assert KINDS["date"].find(Scan(text), art, 0, len(text), None) == []


@pytest.mark.parametrize("text", ["na segunda etapa da prova", "a quinta vítima", "um carro de segunda mão",
                                  "pela terça parte dos votos", "ficou nessa segunda colocação"])
def test_portuguese_ordinals_are_not_weekdays(text):
    art = Article("a", "a", "", text, "pt", date(2017, 8, 25))
    assert KINDS["date"].find(Scan(text), art, 0, len(text), None) == []


@pytest.mark.parametrize("text, lang, published, expected", [
    # A feast that falls on one day of the year is that day, in the year a day of the month would take...
    ("The probe flew past the Sun on Christmas Eve.", "en", date(2024, 12, 27), [date(2024, 12, 24)]),
    ("La sonda llevó a cabo la proeza en Nochebuena.", "es", date(2024, 12, 27), [date(2024, 12, 24)]),
    ("A manobra começou às 8h53 desta véspera de Natal.", "pt", date(2024, 12, 24), [date(2024, 12, 24)]),
    ("Data is expected to arrive on New Year's Day.", "en", date(2024, 12, 27), [date(2025, 1, 1)]),
    ("The shops reopened on Boxing Day.", "en", date(2024, 12, 28), [date(2024, 12, 26)]),
    ("El sobrevuelo será en Navidad.", "es", date(2024, 12, 20), [date(2024, 12, 25)]),
    ("It was launched on Christmas Day 2021.", "en", date(2024, 12, 27), [date(2021, 12, 25)]),  # its own year
    ("The flyby came on Christmas Eve.", "en", None, [MonthDay(12, 24)]),  # with no year to take
    # ... and one that moves with Easter is its day in that year.
    ("The pope died on Easter Monday.", "en", date(2025, 5, 10), [date(2025, 4, 21)]),
    ("The flyby happened on Good Friday.", "en", date(2025, 4, 25), [date(2025, 4, 18)]),
    ("A procissão saiu na Sexta-feira Santa.", "pt", date(2024, 4, 20), [date(2024, 3, 29)]),
    # Not Christmas as a season, nor Natal, a city, nor Christmas alone before another noun.
    ("Christmas shopping began in November.", "en", date(2024, 12, 1), []),
    ("O voo pousou em Natal, no Rio Grande do Norte.", "pt", date(2024, 12, 1), []),
    ("The flyby on Christmas morning was a success.", "en", date(2024, 12, 27), [date(2024, 12, 25)]),
])
def test_feasts_are_days(text, lang, published, expected):
    art = Article("a", "a", "", text, lang, published)
    found = [c for c in KINDS["date"].find(Scan(text), art, 0, len(text), None) if not c.reason]
    assert [c.value for c in found] == expected


@pytest.mark.parametrize("year, day", [(2024, date(2024, 3, 31)), (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)),
                                       (2019, date(2019, 4, 21)), (2000, date(2000, 4, 23)), (2038, date(2038, 4, 25))])
def test_easter_sunday(year, day):
    from consistency.normalize.dates import easter

    assert easter(year) == day


@pytest.mark.parametrize("text, lang, expected", [
    # A day counted from one with no year has none either; a day of 'the same month' is of the month of the day before.
    ("During its approach on December 24th, it lost contact, but re-established it four days later.", "en",
     [MonthDay(12, 24), MonthDay(12, 28)]),
    ("Chegou a 6,1 milhões de km em 24 de dezembro de 2024. O feito foi confirmado no dia 26 do mesmo mês.", "pt",
     [date(2024, 12, 24), date(2024, 12, 26)]),
    ("Se acercó al Sol el 24 de diciembre y la señal llegó el día 26 del mismo mes.", "es",
     [MonthDay(12, 24), MonthDay(12, 26)]),
])
def test_days_counted_from_a_day_with_no_year(text, lang, expected):
    art = Article("a", "a", "", text, lang, None)
    found = [c for c in KINDS["date"].find(Scan(text), art, 0, len(text), None) if not c.reason]
    assert [c.value for c in found] == expected


@pytest.mark.parametrize("text, lang", [
    # With no publication date, a day an expectation told in the present sets to come has not come.
    ("Scientists eagerly anticipate receiving a status signal on December 27.", "en"),
    ("A Parker Solar Probe deverá dar 'sinal de vida' no dia 27 de dezembro.", "pt"),
    ("Agora, os cientistas esperam um sinal da sonda até o dia 27 de dezembro.", "pt"),
    ("La señal está prevista para el 27 de diciembre.", "es"),
])
def test_an_expected_day_is_no_day_that_came(text, lang):
    from consistency.normalize.dates import DateSpec

    art = Article("a", "a", "", text, lang, None)
    found = KINDS["date"].find(Scan(text), art, 0, len(text), DateSpec(ahead=False))
    assert [c.value for c in found if not c.reason] == [] and "a day to come" in found[0].reason


@pytest.mark.parametrize("gap, words", [
    (" will happen on tuesday, december 24, at ", 7),  # a weekday and the day set off by commas: one phrase
    (" el martes, 24 de diciembre, a las ", 7),
    (" on december 24, 2024, the ", 5),  # the year set off by commas
    (" on december 24, nasa ", 6),  # a comma closing no date set off: a break
    (" in tuesday, the ", 5),
])
def test_the_commas_of_a_date_part_no_clauses(gap, words):
    from consistency.text import clause_distance

    assert clause_distance(gap, 0, len(gap)) == words


def test_a_temperature_up_to_a_figure_has_no_floor():
    from consistency.normalize.quantities import range_json

    assert range_json(Range(-INF, 926.7)) == {"min": None, "max": 926.7}


def test_relative_date_without_publication_is_refused():
    text = "on Saturday"
    found = _candidates("date", text)
    assert found[0].value is None and "publication date" in found[0].reason


def test_a_day_with_no_year_and_no_publication_date_is_kept_without_a_year():
    text = "The boy was killed on 6 December, and the officer was charged on December 10."
    found = _candidates("date", text)
    assert [(c.value, c.reason) for c in found] == [(MonthDay(12, 6), ""), (MonthDay(12, 10), "")]
    assert found[0].display == "December 6 (no year)" and KINDS["date"].to_json(found[0].value) == "--12-06"
    assert KINDS["date"].parse("--12-06") == MonthDay(12, 6)
    with pytest.raises(ValueError, match="--MM-DD"):
        KINDS["date"].parse("--02-30")
    text = "killed on 30 February"  # no year has that day
    found = _candidates("date", text)
    assert [c.value for c in found] == [None] and found[0].reason == "not a real calendar date"


def test_a_month_is_compatible_with_a_day_in_it():
    relate, parse = KINDS["date"].relate, KINDS["date"].parse
    august = parse("2021-08")
    assert august == Month(2021, 8) and KINDS["date"].to_json(august) == "2021-08"
    assert relate(august, Month(2021, 8)) is Relation.EQUAL
    assert relate(august, date(2021, 8, 13)) is Relation.COMPATIBLE
    assert relate(date(2021, 8, 13), august) is Relation.COMPATIBLE
    assert relate(august, MonthDay(8, 13)) is Relation.COMPATIBLE
    assert relate(august, date(2022, 8, 13)) is Relation.CONFLICT
    assert relate(august, Month(2021, 9)) is Relation.CONFLICT
    assert relate(august, MonthDay(9, 1)) is Relation.CONFLICT
    with pytest.raises(ValueError, match="YYYY-MM"):
        parse("2021-13")


def test_two_days_in_one_phrase():
    text = "5 e 6 de janeiro de 2026"
    found = _candidates("date", text, "pt")
    assert [c.value for c in found] == [date(2026, 1, 5), date(2026, 1, 6)]


YEAR, DAY, WEEK = 365 * 86400, 86400, 7 * 86400


@pytest.mark.parametrize("text, lang, seconds, iso", [
    ("two days", "en", 2 * 86400, "P2D"),
    ("48 hours", "en", 2 * 86400, "P2D"),
    ("a three-day mourning", "en", 3 * 86400, "P3D"),
    ("dos días", "es", 2 * 86400, "P2D"),
    ("dois dias", "pt", 2 * 86400, "P2D"),
    ("a week", "en", 7 * 86400, "P1W"),
    ("90 minutes", "en", 5400, "PT1H30M"),
    ("a national day of mourning", "en", 86400, "P1D"),
    ("three full days", "en", 3 * 86400, "P3D"),
    ("una jornada de luto", "es", 86400, "P1D"),
    # A run of days, both counted.
    ("duelo nacional del 5 al 6 de enero", "es", 2 * 86400, "P2D"),
    ("luto oficial entre os dias 5 e 7 de janeiro", "pt", 3 * 86400, "P3D"),
    ("mourning from Jan. 5 to Jan. 7", "en", 3 * 86400, "P3D"),
    ("el duelo irá del 30 de diciembre al 2 de enero", "es", 4 * 86400, "P4D"),
    # A span said in parts is their sum.
    ("1 hour 30 minutes", "en", 5400, "PT1H30M"),
    ("two days and 12 hours", "en", 60 * 3600, "P2DT12H"),
    ("un año y cuatro meses", "es", 16 * YEAR // 12, "P1Y4M"),  # months after years are twelfths of one
    ("27 years and three months in prison", "en", 27 * YEAR + 3 * YEAR // 12, "P27Y3M"),
    ("condenado a 27 anos e 3 meses de prisão", "pt", 27 * YEAR + 3 * YEAR // 12, "P27Y3M"),
    # Hours and minutes as on a clock.
    ("um atraso de 1h22min devido a uma confusão", "pt", 82 * 60, "PT1H22M"),
    ("o jogo começou com 1h20 de atraso", "pt", 80 * 60, "PT1H20M"),
    ("un retraso de 1 h 22 min", "es", 82 * 60, "PT1H22M"),
    # With seconds, as a race's time is written.
    ("she won the relay in 2:07:48 on Sunday", "en", 2 * 3600 + 7 * 60 + 48, "PT2H7M48S"),
    ("a corredora venceu em 2h07min48s", "pt", 2 * 3600 + 7 * 60 + 48, "PT2H7M48S"),
    ("terminou a prova em 2h07m48s", "pt", 2 * 3600 + 7 * 60 + 48, "PT2H7M48S"),
    ("fechou a prova com 2h07min48, novo recorde", "pt", 2 * 3600 + 7 * 60 + 48, "PT2H7M48S"),
    ("ganhou a maratona em 2:07.48 horas", "pt", 2 * 3600 + 7 * 60 + 48, "PT2H7M48S"),
    ("con un registro de 2.07:48 en Sevilla", "es", 2 * 3600 + 7 * 60 + 48, "PT2H7M48S"),
    ("a segunda chegou 4min12 depois", "pt", 4 * 60 + 12, "PT4M12S"),
    ("el tiempo de 2 horas, 7 minutos y 48 segundos", "es", 2 * 3600 + 7 * 60 + 48, "PT2H7M48S"),
    ("um tempo de duas horas, sete minutos e 48 segundos", "pt", 2 * 3600 + 7 * 60 + 48, "PT2H7M48S"),
    ("finishing in two hours and 48 seconds", "en", 2 * 3600 + 48, "PT2H48S"),
    # Minutes and seconds as race copy writes them: with a word of minutes after, a sign before, or marks.
    ("que completou em 45:24 minutos", "pt", 45 * 60 + 24, "PT45M24S"),
    ("Vingegaard (+1:03 minutos)", "pt", 63, "PT1M3S"),
    ("con un colchón final de 6'17''", "es", 6 * 60 + 17, "PT6M17S"),
    ("con un colchón final de 6’17”", "es", 6 * 60 + 17, "PT6M17S"),
    ("ganó con 1′ 03″ de ventaja", "es", 63, "PT1M3S"),
    # Half of one unit.
    ("the vote took half an hour", "en", 1800, "PT30M"),
    ("la votación duró media hora", "es", 1800, "PT30M"),
    ("a reunião durou meia hora", "pt", 1800, "PT30M"),
    # An exact span is written in the unit it was said in: days are not months, nor weeks.
    ("60 days", "en", 60 * 86400, "P60D"),
    ("14 days", "en", 14 * 86400, "P14D"),
    ("two months", "en", 60 * 86400, "P2M"),
    ("a greve durou meio dia", "pt", 12 * 3600, "PT12H"),
    ("un paro de medio día", "es", 12 * 3600, "PT12H"),
    ("condenado a cinco años de prisión", "es", 5 * 365 * 86400, "P5Y"),  # a term, not a time before an event
    ("o drama vivido no Chile por 33 mineiros presos durante 70 dias", "pt", 70 * 86400, "P70D"),  # 'no' is 'in the'
])
def test_durations(text, lang, seconds, iso):
    kind = KINDS["duration"]
    found = _candidates("duration", text, lang)
    assert [c.value for c in found] == [Duration(seconds)]
    assert kind.to_json(found[0].value) == iso
    assert kind.parse(iso) == Duration(seconds)


# Minutes, seconds and a part of one, as swims and middle-distance races are timed: with a word of minutes or seconds
# after, for a fact counted in seconds (spec 1), or with letters or marks written onto the figures; and in words, whole
# seconds and the hundredths said after them. Shown as written.
@pytest.mark.parametrize("text, lang, spec, seconds, iso", [
    ("she won in 4:02.95, an Olympic record", "en", 1, 242.95, "PT4M2.95S"),
    ("fechou a final com 4.02,95, novo recorde", "pt", 1, 242.95, "PT4M2.95S"),
    ("o recorde do mundo (4.02,50 minutos) é dela", "pt", None, 242.5, "PT4M2.5S"),
    ("la marca mundial de 4:02.50 segundos", "es", None, 242.5, "PT4M2.5S"),
    ("en 4:02:95, récord olímpico", "es", 1, 242.95, "PT4M2.95S"),  # the last figure cannot be seconds
    ("levou o ouro com 4min02s95 na prova", "pt", None, 242.95, "PT4M2.95S"),
    ("tocou a parede com o tempo de 1m54s06", "pt", None, 114.06, "PT1M54.06S"),
    ("she won in 1min 54.06sec, the second-fastest time", "en", None, 114.06, "PT1M54.06S"),
    ("un nuevo récord olímpico de 4'02\"95", "es", None, 242.95, "PT4M2.95S"),
    ("con el resultado de 4 minutos, 2 segundos y 95 centésimas", "es", None, 242.95, "PT4M2.95S"),
    ("ganó en nueve segundos y 58 centésimas", "es", None, 9.58, "PT9.58S"),
    ("to touch home first in four minutes and 2.95 seconds", "en", None, 242.95, "PT4M2.95S"),  # a place, no frame
])
def test_race_times_with_a_part_of_a_second(text, lang, spec, seconds, iso):
    found = [c for c in _candidates("duration", text, lang, spec) if not c.reason]
    assert [c.value for c in found] == [Duration(seconds)]
    assert found[0].display == " ".join(text[found[0].start:found[0].end].split())
    assert KINDS["duration"].to_json(found[0].value) == iso
    assert KINDS["duration"].parse(iso) == Duration(seconds)  # as a rule's example or last night's report writes it


@pytest.mark.parametrize("text, lang", [
    ("morreu ontem à noite", "pt"),  # 'à' is no 'a': at night, not one night
    ("murió hace tres días", "es"),  # three days ago
    ("morreu há três dias", "pt"),
    # How long since something last happened: a superlative or a first, then 'in'.
    ("the costliest strike in the United States in more than 25 years", "en"),
    ("la primera huelga de la empresa en 16 años", "es"),
    ("o pior acidente ferroviário do país em 30 anos", "pt"),
    # A span before or after a thing, past a word of which days count.
    ("the average price over the three business days before closing", "en"),
    ("o preço médio nos três dias úteis anteriores ao fechamento", "pt"),
    ("en los cinco días hábiles previos al cierre", "es"),
    ("Two days following the attack, the port reopened.", "en"),
    # How long before an event.
    ("la sentencia llega a poco más de cinco meses de las elecciones", "es"),
    ("o veredicto veio a cinco meses das eleições", "pt"),
    ("the fans arrived an hour and twenty minutes later", "en"),  # an offset, said after the last part of the span
    # A time of day written as minutes and seconds are: no span without a word of minutes, a sign or a margin.
    ("the gates opened at 6:17 on Sunday", "en"),
    ("the train left 9:18 from the main station", "en"),
    # A time of day written as hours and minutes.
    ("o jogo, previsto para as 21h, começou às 22h20", "pt"),
    ("pospuso el inicio del partido hasta las 22h20", "es"),
    ("the gates opened at 6h30", "en"),
    ("la pausa comenzará a las 7 horas del viernes", "es"),  # an hour of the clock after its article
    ("o cessar-fogo começa por volta das 7 horas", "pt"),
    ("the quake struck at 10:42:17 on Tuesday", "en"),  # a time of day with seconds
    ("the quake struck 10:42:17 GMT", "en"),
    # How long since the like was last seen, after a superlative or what was not seen.
    ("the most intense snowstorm in the last 50 years", "en"),
    ("la mayor tormenta de nieve de los últimos 50 años", "es"),
    ("o maior nevão dos últimos 50 anos", "pt"),
    ("Storm Filomena: snow in Madrid unheard of for 50 years", "en"),
    ("No se había visto una nevada así en 50 años.", "es"),
    ("Spain had not experienced this situation for 50 years.", "en"),
    # A person's years after 'de' are an age.
    ("el cadáver de un hombre de 54 años sepultado por la nieve", "es"),
    ("un anciano de 73 años que vivía en la calle", "es"),
    ("A catedral de Notre-Dame, com 800 anos, reabriu ao público após uma cerimónia", "pt"),  # set off after 'com'
    ("El templo, con 800 años, reabrió tras una ceremonia.", "es"),
    ("Cerimônia será iniciada às 5h no horário de Brasília - 10h em Roma", "pt"),  # a clock named after it
    ("a missa, 10h de Brasília, foi longa", "pt"),
    ("she ran the 1500m in 3:59.12", "en"),  # minutes, seconds and hundredths: no hours word, no span read
    ("fechou a prova em 4h02,95", "pt"),  # hours and minutes have no hundredths: no span read
    ("the report of 2.07.48 was filed", "en"),  # dots alone: no time
    # A threshold a span names.
    ("she wants to break the three-hour barrier", "en"),
    ("a primeira atleta a baixar da marca das três horas", "pt"),
    ("quiere bajar de las tres horas", "es"),
    # Half a day as noon.
    ("O protesto começou ao meio-dia de domingo.", "pt"),
    ("A votação vai desde o meio dia até as 18h.", "pt"),
    ("La marcha salió al medio día.", "es"),
    # 'One day' as 'someday'.
    ("I always knew one day I would win here", "en"),
    ("sabía que un día lo lograría", "es"),
    ("A atleta, de apenas 19 anos, venceu.", "pt"),  # an age, past 'apenas'
    ("La atleta, de tan solo 19 años, ganó.", "es"),
])
def test_offsets_and_times_of_day_are_not_spans(text, lang):
    found = _candidates("duration", text, lang)
    assert [c for c in found if not c.reason] == []


@pytest.mark.parametrize("text, lang, shown", [
    # How much later than planned, or by how much, is a span, not an offset; what follows the last part of a span
    # said in parts is said of the whole.
    ("the game started an hour and twenty minutes later than scheduled", "en", ["an hour and twenty minutes"]),
    ("kick-off was delayed by 82 minutes after crowd trouble", "en", ["82 minutes"]),
    ("el partido empezó una hora después de lo previsto", "es", ["1 hour"]),
    ("o jogo começou 20 minutos depois do previsto", "pt", ["20 minutes"]),
])
def test_a_span_compared_with_a_plan_is_no_offset(text, lang, shown):
    assert [c.display for c in _candidates("duration", text, lang) if not c.reason] == shown




@pytest.mark.parametrize("text, lang, margin", [
    # A margin between two times, not a time of its own: how much faster, ahead, behind, or 'by' so much after a verb
    # of beating.
    ("She beat the old course record by 41 seconds", "en", "by 41 seconds"),
    ("she bettered her own best by more than half a minute", "en", "by more than half a minute"),
    ("the winner was two minutes and 12 seconds ahead of the field", "en", "two minutes and 12 seconds ahead"),
    ("she took 41 seconds off the record", "en", "41 seconds off"),
    ("terminou 41 segundos mais rápido que a marca anterior", "pt", "41 segundos mais rápido"),
    ("venceu com 4min12 de vantagem sobre a segunda", "pt", "4min12 de vantagem"),
    ("venceu a prova, menos 41 segundos do que o recorde", "pt", "menos 41 segundos"),
    ("superó la marca anterior por 41 segundos", "es", "por 41 segundos"),
])
def test_a_margin_between_two_times_is_no_span(text, lang, margin):
    found = _candidates("duration", text, lang)
    assert [c.reason for c in found] == [f"a margin between two times ('{margin}')"]


def test_a_day_of_a_thing_after_que_is_a_span():
    found = _candidates("duration", "dijo que un día de huelga cuesta millones", "es")
    assert [(c.display, c.reason) for c in found] == [("1 day", "")]


@pytest.mark.parametrize("text, lang, years, shown", [
    ("the house stood for two centuries", "en", 200, "200 years"),
    ("la catedral esperó un siglo", "es", 100, "100 years"),
    ("a obra durou meio século", "pt", 50, "50 years"),
])
def test_a_century_is_a_span_of_a_hundred_years(text, lang, years, shown):
    found = _candidates("duration", text, lang)
    assert [(c.value, c.display, c.reason) for c in found] == [(Duration(years * 365 * DAY), shown, "")]


def test_by_so_much_without_a_verb_of_beating_is_a_span():
    found = _candidates("duration", "the flight was delayed by 82 minutes", "en")
    assert [(c.display, c.reason) for c in found] == [("82 minutes", "")]


@pytest.mark.parametrize("seconds, shown", [(2 * 3600 + 7 * 60 + 48, "2:07:48"), (4 * 60 + 12, "4 min 12 s"),
                                            (41, "41 seconds"), (82 * 60, "82 minutes")])
def test_a_time_in_seconds_is_shown_as_a_race_time(seconds, shown):
    assert KINDS["duration"].show(Duration(seconds), None) == shown


@pytest.mark.parametrize("text, lang, shown", [
    # The time a shorter span is spread over is no span of its own.
    ("nearly 12 hours of deliberation over two days", "en", ["nearly 12 hours"]),
    ("deliberou por mais de 11 horas, durante dois dias", "pt", ["mais de 11 horas"]),
    ("deliberaron durante 9,5 horas durante dos días", "es", ["570 minutes"]),
    ("the talks lasted over two days", "en", ["over two days"]),  # alone, 'over' is 'more than'
    ("they talked for 2 hours 30 minutes over two days", "en", ["2 hours 30 minutes"]),  # after a span in parts too
])
def test_the_time_a_span_is_spread_over_is_no_span(text, lang, shown):
    assert [c.display for c in _candidates("duration", text, lang) if not c.reason] == shown


@pytest.mark.parametrize("text, lang, value, shown, as_json", [
    ("for more than 30 years", "en", Duration(30 * YEAR, INF), "more than 30 years", {"min": "P30Y", "max": None}),
    ("at least three decades", "en", Duration(30 * YEAR, INF), "at least three decades", {"min": "P30Y", "max": None}),
    ("two or three days", "en", Duration(2 * DAY, 3 * DAY), "two or three days", {"min": "P2D", "max": "P3D"}),
    ("between 10 and 12 hours", "en", Duration(36000, 43200.0), "between 10 and 12 hours", {"min": "PT10H", "max": "PT12H"}),
    ("up to two nights", "en", Duration(0, 2 * DAY), "up to two nights", {"min": "PT0S", "max": "P2D"}),
    ("less than a week", "en", Duration(0, WEEK), "less than a week", {"min": "PT0S", "max": "P1W"}),
    ("more than a year", "en", Duration(YEAR, INF), "more than a year", {"min": "P1Y", "max": None}),
    # 'about' a span: half a unit either side of a whole figure, a tenth of a large one (it was a whole unit: 'about an
    # hour' read as 0 to 2 hours)
    ("nearly two weeks", "en", Duration(WEEK * 3 // 2, WEEK * 5 / 2), "nearly two weeks", {"min": "P10DT12H", "max": "P17DT12H"}),
    ("about an hour", "en", Duration(2700, 4500.0), "about an hour", {"min": "PT45M", "max": "PT1H15M"}),
    ("about 30 years", "en", Duration(27 * YEAR, 33 * YEAR), "about 30 years", {"min": "P27Y", "max": "P33Y"}),
    ("aproximadamente media hora", "es", Duration(1350, 2250.0), "aproximadamente media hora",
     {"min": "PT22M30S", "max": "PT37M30S"}),
    ("más de tres días", "es", Duration(3 * DAY, INF), "más de tres días", {"min": "P3D", "max": None}),
    ("cerca de dois anos", "pt", Duration(YEAR * 3 // 2, YEAR * 5 / 2), "cerca de dois anos", {"min": "P1Y6M", "max": "P2Y6M"}),
    # A range in two units, after 'to' or a dash.
    ("expected to close in a year to 18 months", "en", Duration(YEAR, 18 * 30 * DAY), "a year to 18 months",
     {"min": "P1Y", "max": "P18M"}),
    ("in six months to a year", "en", Duration(6 * 30 * DAY, YEAR), "six months to a year", {"min": "P6M", "max": "P1Y"}),
])
def test_hedged_durations_are_ranges(text, lang, value, shown, as_json):
    kind = KINDS["duration"]
    found = _candidates("duration", text, lang)
    assert [(c.value, c.display) for c in found] == [(value, shown)]
    assert kind.to_json(value) == as_json
    assert kind.parse(as_json) == value  # a rule's example may write a range as the report does


@pytest.mark.parametrize("written", [{"min": "P2D", "max": "P1D"}, {"min": None, "max": "P1D"},
                                     {"min": "more than 2 days", "max": "P3D"}, {"min": "P1D"}])
def test_a_range_of_durations_in_a_rule_is_two_exact_spans_least_first(written):
    with pytest.raises(ValueError):
        KINDS["duration"].parse(written)


@pytest.mark.parametrize("text, lang", [
    ("A 60-year-old woman was charged.", "en"),
    ("Sixty-year-old Sharron Smith was arrested.", "en"),
    ("He was 85 years old.", "en"),
    ("Murió a los 85 años.", "es"),
    ("Morreu aos 85 anos.", "pt"),
    ("El portero, de 29 años, firmó.", "es"),  # an appositive of age
    ("Quiere volver cuando tenga 35 años.", "es"),  # a verb of having years
    ("Ele quer voltar quando tiver 35 anos.", "pt"),
])
def test_an_age_is_not_a_span(text, lang):
    found = _candidates("duration", text, lang)
    assert [c.reason.split(" (")[0] for c in found] == ["an age"]


@pytest.mark.parametrize("text, lang", [
    # An age is years, or an infant's months: days after ', de' or a verb of having are a span.
    ("el cierre más largo de la historia, de más de 40 días, terminó", "es"),
    ("A empresa tem 60 dias para apresentar um plano.", "pt"),
    # Nor is a time one has to do something in an age.
    ("Google tiene seis meses para presentar un plan.", "es"),
])
def test_days_and_time_allotted_are_no_age(text, lang):
    found = _candidates("duration", text, lang)
    assert [c.reason for c in found] == [""]


@pytest.mark.parametrize("text, lang, unit", [
    ("Bolsonaro deberá pagar 124 días multa.", "es", "days"),
    ("Além da reclusão, 124 dias-multa de dois salários mínimos.", "pt", "days"),
    ("condenado a pagar una multa de 12 meses", "es", "months"),
    ("The court imposed 30 day-fines.", "en", "days"),
])
def test_a_fine_counted_in_days_is_not_a_span(text, lang, unit):
    found = _candidates("duration", text, lang)
    assert [c.reason.split(" (")[0] for c in found] == [f"a fine counted in {unit}"]


@pytest.mark.parametrize("text, lang, seconds, shown", [
    # Half a unit, before it or after it.
    ("sentenced to six and a half years", "en", 6.5 * YEAR, "6.5 years"),
    ("asked for just 6 1/2 years", "en", 6.5 * YEAR, "6.5 years"),
    ("una sentencia de cinco años y medio", "es", 5.5 * YEAR, "5.5 years"),
    ("uma pena de oito anos e meia", "pt", 8.5 * YEAR, "8.5 years"),
    ("served four and a half months", "en", 135 * DAY, "135 days"),
    ("served a 4-1/2-month prison term", "en", 135 * DAY, "135 days"),
    # 'one' and a half before a plural unit is a figure, no article ('a minutes-long strike').
    ("the shadow crossed in one and a half hours", "en", 5400, "90 minutes"),
    ("la reunión duró una hora y media", "es", 5400, "90 minutes"),
])
def test_half_units(text, lang, seconds, shown):
    found = _candidates("duration", text, lang)
    assert [(c.value, c.display) for c in found] == [(Duration(int(seconds)), shown)]


@pytest.mark.parametrize("seconds, unit, shown", [
    (34200, 3600, "9.5 hours"),  # half an hour of the fact's unit, not 570 minutes
    (36 * 3600, 3600, "36 hours"),  # whole units of the fact, not 1.5 days
    (3 * YEAR, 30 * DAY, "3 years"),
    (DAY + 3600, None, "25 hours"),
])
def test_a_span_is_shown_in_the_facts_unit_or_half_a_larger_one(seconds, unit, shown):
    assert KINDS["duration"].show(Duration(seconds), unit) == shown


def test_a_span_said_in_weeks_or_months_takes_in_what_it_rounds():
    kind = KINDS["duration"]
    text = "a seven-week strike"
    weeks = _candidates("duration", text)[0].value
    assert weeks == Duration(49 * DAY)
    assert kind.relate(weeks, Duration(53 * DAY), None) is Relation.COMPATIBLE  # 7.6 weeks, said as seven
    assert kind.relate(weeks, Duration(46 * DAY), None) is Relation.COMPATIBLE  # 6.6 weeks, rounded up
    assert kind.relate(weeks, Duration(60 * DAY), None) is Relation.CONFLICT
    assert kind.relate(Duration(49 * DAY), Duration(53 * DAY), None) is Relation.CONFLICT  # days are said as they are
    assert kind.specificity(Duration(53 * DAY), None) > kind.specificity(weeks, None)


@pytest.mark.parametrize("said, other, relation", [
    ("27 years", "27 years and three months", Relation.COMPATIBLE),  # a headline cuts the months
    ("27 años", "27 años y 3 meses", Relation.COMPATIBLE),
    ("26 years", "27 years and three months", Relation.CONFLICT),
    ("six years", "six and a half years", Relation.COMPATIBLE),
    ("24 years", "25 years", Relation.CONFLICT),
    ("seven weeks", "eight weeks", Relation.CONFLICT),  # two said in the same unit differ
    ("nine months", "ten months", Relation.CONFLICT),
    ("two years and six months", "2.5 years", Relation.EQUAL),
])
def test_a_span_said_in_years_takes_in_the_months_it_cuts(said, other, relation):
    kind = KINDS["duration"]
    lang = "es" if "años" in said else "en"
    a, b = (_candidates("duration", text, lang)[0].value for text in (said, other))
    assert kind.relate(a, b, None) is relation
    assert kind.relate(b, a, None) is relation


@pytest.mark.parametrize("seconds, unit, shown", [
    (27 * YEAR + 3 * YEAR // 12, YEAR, "27 years 3 months"),
    (27 * YEAR + 3 * YEAR // 12, None, "27 years 3 months"),
    (YEAR + YEAR // 12, YEAR, "1 year 1 month"),
    (2 * YEAR + 6 * YEAR // 12, YEAR, "2.5 years"),
])
def test_years_and_months_are_shown_as_such(seconds, unit, shown):
    kind = KINDS["duration"]
    assert kind.show(Duration(seconds), unit) == shown
    assert kind.parse(kind.to_json(Duration(seconds))) == Duration(seconds)


def test_a_span_in_months_takes_in_the_same_span_in_years():
    relate = KINDS["duration"].relate
    months = _candidates("duration", "asked for 78 months")[0].value
    # months alone count 30 days, and as twelfths of a year they are the same span
    assert relate(months, Duration(int(6.5 * YEAR)), None) is Relation.EQUAL
    assert relate(months, Duration(int(6.4 * YEAR)), None) is Relation.COMPATIBLE
    eighteen = _candidates("duration", "jailed for 18 months")[0].value
    assert relate(eighteen, _candidates("duration", "jailed for 1½ years")[0].value, None) is Relation.EQUAL
    assert relate(_candidates("duration", "for 12 months")[0].value, Duration(YEAR), None) is Relation.EQUAL
    assert relate(months, Duration(7 * YEAR), None) is Relation.CONFLICT
    between = _candidates("duration", "asked for 63 months to 78 months")[0].value
    assert between == Duration(63 * 30 * DAY, 78 * 30 * DAY)  # one range, its unit said twice
    assert relate(between, Duration(int(6.5 * YEAR)), None) is Relation.COMPATIBLE
    assert relate(between, Duration(5 * YEAR), None) is Relation.CONFLICT
    assert _candidates("duration", "a 40- to 50-year term")[0].value == Duration(40 * YEAR, 50 * YEAR)


def test_hedged_durations_compare_as_ranges():
    relate = KINDS["duration"].relate
    more_than_30 = Duration(30 * YEAR, INF)
    assert relate(more_than_30, Duration(34 * YEAR), None) is Relation.COMPATIBLE
    assert relate(more_than_30, Duration(30 * YEAR), None) is Relation.COMPATIBLE  # a span is continuous
    assert relate(more_than_30, Duration(20 * YEAR), None) is Relation.CONFLICT
    assert relate(Duration(2 * DAY, 3 * DAY), Duration(2 * DAY), None) is Relation.COMPATIBLE
    assert relate(Duration(2 * DAY, 3 * DAY), Duration(4 * DAY), None) is Relation.CONFLICT
    assert relate(Duration(2 * DAY), Duration(2 * DAY), None) is Relation.EQUAL
    assert KINDS["duration"].parse("at least 30 years") == more_than_30
    assert KINDS["duration"].show(more_than_30, None) == "at least 30 years"
    spec_of = KINDS["duration"].specificity
    assert spec_of(Duration(34 * YEAR), None) > spec_of(Duration(30 * YEAR, 40 * YEAR), None) > spec_of(more_than_30, None)


def test_count_json_forms():
    kind = KINDS["count"]
    assert kind.to_json(Range(32, 32)) == 32
    assert kind.to_json(Range(40, INF)) == {"min": 40, "max": None}
    assert kind.parse({"min": 40, "max": None}, None) == Range(40, INF)
    assert kind.parse("at least 40", None) == Range(40, INF)


def _find(kind, text, lang="en", spec=None):
    from consistency.rules import load_rules  # noqa: F401  (KINDS is filled on import)

    if spec is None and kind in ("number", "percentage", "money"):
        from consistency.normalize.quantities import QuantitySpec

        spec = QuantitySpec(0.0)
    if spec is None and kind == "text":
        from consistency.normalize.phrase import TextSpec

        spec = TextSpec(85, 12)
    return [c for c in _candidates(kind, text, lang, spec) if not c.reason]


@pytest.mark.parametrize("kind, text, lang, expected_json", [
    ("number", "a magnitude 6.1 earthquake", "en", 6.1),
    ("number", "un sismo de magnitud 6,1", "es", 6.1),
    ("percentage", "a 32 percent premium", "en", 32),
    ("percentage", "el 45 por ciento de los votos", "es", 45),
    ("percentage", "cerca de 30%", "pt", {"min": 27.0, "max": 33.0}),
    ("percentage", "raised its target rate to 15pc", "en", 15),
    # A range's unit and article may stand at each end.
    ("percentage", "obtuvo entre un 58,3% y un 60,7% de los votos", "es", {"min": 58.3, "max": 60.7}),
    ("percentage", "ha obtenido entre el 26,6 y el 28,6 por ciento", "es", {"min": 26.6, "max": 28.6}),
    ("percentage", "between 58.3 percent and 60.7 percent of the vote", "en", {"min": 58.3, "max": 60.7}),
    # A hedge before a share's article, or joined to it ('del'); 'hasta el' is a level reached, 'hasta un' a bound.
    ("percentage", "menos del 1% de todas las máquinas", "es", {"min": 0, "max": 1}),
    ("percentage", "menos del uno por ciento de las máquinas", "es", {"min": 0, "max": 1}),  # a share in words
    ("percentage", "casi el veinte por ciento", "es", {"min": 18.0, "max": 22.0}),
    ("percentage", "menos de um por cento das máquinas", "pt", {"min": 0, "max": 1}),
    ("percentage", "más del 50 por ciento de los votos", "es", {"min": 50, "max": None}),
    ("percentage", "las acciones cayeron casi un 20%", "es", {"min": 18.0, "max": 22.0}),
    ("percentage", "obtuvo alrededor del 13% de los votos", "es", {"min": 12, "max": 14}),
    ("percentage", "se desplomaron hasta un 13%", "es", {"min": 0, "max": 13}),
    ("percentage", "elevó el tipo hasta el 15%", "es", 15),
    ("money", "a deal worth $2.5 million", "en", {"currency": "USD", "amount": 2_500_000}),
    ("money", "€85 million", "en", {"currency": "EUR", "amount": 85_000_000}),
    ("money", "80 millones de euros", "es", {"currency": "EUR", "amount": 80_000_000}),
    ("money", "£74m", "en", {"currency": "GBP", "amount": 74_000_000}),
    ("money", "R$ 3 bilhões", "pt", {"currency": "BRL", "amount": 3_000_000_000}),
    ("money", "R$ 18,7 bi", "pt", {"currency": "BRL", "amount": 18_700_000_000}),
    # Currencies that share a name, told apart by their country; a dollar sign with its country's letters on it.
    ("money", "a prize worth 11 million Swedish kronor", "en", {"currency": "SEK", "amount": 11_000_000}),
    ("money", "11 millones de coronas suecas", "es", {"currency": "SEK", "amount": 11_000_000}),
    ("money", "11 milhões de coroas suecas", "pt", {"currency": "SEK", "amount": 11_000_000}),
    ("money", "a fine of 20 million Swiss francs", "en", {"currency": "CHF", "amount": 20_000_000}),
    ("money", "agreed to pay a A$55 million penalty", "en", {"currency": "AUD", "amount": 55_000_000}),
    ("money", "the mission cost Rs. 615 crore", "en", {"currency": "INR", "amount": 6_150_000_000}),  # the rupee
    ("money", "a budget of ₹250 crore", "en", {"currency": "INR", "amount": 2_500_000_000}),
    ("money", "paid a $5 fee", "en", {"currency": "USD", "amount": 5}),  # 'a' before the sign is an article
    ("money", "a $3.45B fine", "en", {"currency": "USD", "amount": 3_450_000_000}),
    ("money", "a deal worth $US48.7 billion", "en", {"currency": "USD", "amount": 48_700_000_000}),  # Australian copy
    ("money", "a fine of $NZ3.2 million", "en", {"currency": "NZD", "amount": 3_200_000}),
    ("money", "valued at $48.7 Bln", "en", {"currency": "USD", "amount": 48_700_000_000}),  # agencies' abbreviations
    ("money", "a fee of $300mn", "en", {"currency": "USD", "amount": 300_000_000}),
    ("money", "a debt of $38 trillion", "en", {"currency": "USD", "amount": 38e12}),
    ("money", "una deuda de 1,2 billones de euros", "es", {"currency": "EUR", "amount": 1.2e12}),  # 10^12 in Spanish
    ("money", "uma dívida de R$ 9 trilhões", "pt", {"currency": "BRL", "amount": 9e12}),
    ("money", "3,500 millones de dólares", "es", {"currency": "USD", "amount": 3_500_000_000}),
    # ... but no copy counts thousands of billions: a group of three before 'bilhões' is a decimal part.
    ("money", "um lucro de R$ 49,740 bilhões", "pt", {"currency": "BRL", "amount": 49_740_000_000}),
    ("money", "un pago de 8.250 millones de reales", "es", {"currency": "BRL", "amount": 8_250_000_000}),
    ("money", "a 4.2 billion-real payout", "en", {"currency": "BRL", "amount": 4_200_000_000}),  # the word as an adjective
    ("money", "offered $24 to $26 in cash", "en", {"currency": "USD", "amount": {"min": 24, "max": 26}}),
    ("money", "a $30-$40 million deal", "en", {"currency": "USD", "amount": {"min": 30e6, "max": 40e6}}),
    ("money", "offered at least $160 million", "en", {"currency": "USD", "amount": {"min": 160e6, "max": None}}),
    ("money", "for about $334 million", "en", {"currency": "USD", "amount": {"min": 300.6e6, "max": 367.4e6}}),
    ("money", "más de US$ 2 millones", "es", {"currency": "USD", "amount": {"min": 2_000_000, "max": None}}),  # a round bound
    # A currency's word after its sign is part of the amount; after a bare '$' it names the currency.
    ("money", "un pago de $23,25 dólares en efectivo", "es", {"currency": "USD", "amount": 23.25}),
    ("money", "pagó $500 pesos por la multa", "es", {"currency": "peso", "amount": 500}),
    ("time", "at 4:30 a.m. on Saturday", "en", "04:30"),
    ("time", "a las 16h30", "es", "16:30"),
    ("time", "at 10 p.m.", "en", "22:00"),
    ("time", "the crash at 23:20 on Saturday", "en", "23:20"),  # hours 20 to 23 written as on a clock
    ("time", "a las 23.20 del sábado", "es", "23:20"),  # a point after 'las' parts hours and minutes
    ("time", "às 21.45 de domingo", "pt", "21:45"),
    ("time", "se derrumbó sobre la 1.30 de la madrugada", "es", {"min": "01:15", "max": "01:45"}),  # 'la' before one
    # o'clock; 'sobre' says it roughly: the quarter of an hour either side
    ("time", "sobre las 23.20 del sábado", "es", {"min": "23:05", "max": "23:35"}),
    ("time", "shortly after 4 p.m.", "en", {"min": "16:00", "max": "16:15"}),
    ("time", "pouco antes das 16h", "pt", {"min": "15:45", "max": "16:00"}),
    ("time", "around midnight", "en", {"min": "23:45", "max": "00:15"}),
    # four digits after a word that leads to a time, a little after it
    ("time", "just a little after 0300 hrs on Sunday", "en", {"min": "03:00", "max": "03:15"}),
    ("time", "at 0300 hrs on Sunday", "en", "03:00"),
    ("time", "erupted on Sunday at 23.57 local time", "en", "23:57"),  # a dot between hour and minutes, then a clock
    ("time", "erupted at 10.30 WIB", "en", "10:30"),
    ("time", "ocurrió minutos antes de la medianoche", "es", {"min": "23:45", "max": "00:00"}),
    ("time", "a few moments before 4 p.m.", "en", {"min": "15:45", "max": "16:00"}),
    ("time", "a partida começa às 17 horas de domingo", "pt", "17:00"),  # a whole hour in words after 'às'
    ("ordinal", "in the seventh round", "en", 7),
    ("ordinal", "the 21st victim", "en", 21),
    ("ordinal", "el tercer asalto", "es", 3),
    ("score", "won 20-13 on Sunday", "en", "20-13"),
    ("score", "ganó 3 a 1", "es", "3-1"),
    ("score", "Spain won the final 2–1.", "en", "2-1"),  # at the end of a sentence
    ("score", "a Espanha ganhou por 2 x 1", "pt", "2-1"),  # as Brazilian copy writes it
    ("score", "España ganó por dos goles a uno", "es", "2-1"),
    ("score", "beat England by two goals to nil", "en", "2-0"),
    ("score", "se impuso por cuatro penales a dos", "es", "4-2"),
    ("score", "marcou quatro pênaltis contra dois da França", "pt", "4-2"),
    ("score", "a Argentina fez 4 contra 2 gols", "pt", "4-2"),
    ("score", "Messi ponía el uno a cero", "es", "1-0"),  # words after an article
    ("score", "won on penalties (4-2) in Qatar", "en", "4-2"),  # in brackets after a word in lower case: a result
    # A vote's tally.
    ("score", "By a vote of four to one, the justices convicted him", "en", "4-1"),
    ("score", "A condenação foi decidida por 4 votos a 1.", "pt", "4-1"),
    ("score", "foi aprovado por quatro votos a um", "pt", "4-1"),
    ("score", "the bill passed by 291 votes to 148", "en", "291-148"),
    ("score", "Con cuatro votos a favor y uno en contra, el tribunal", "es", "4-1"),
    ("score", "aprobada con 291 votos a favor y 148 en contra", "es", "291-148"),
    ("score", "four in favour and one against", "en", "4-1"),
])
def test_quantity_kinds(kind, text, lang, expected_json):
    found = _find(kind, text, lang)
    assert [KINDS[kind].to_json(c.value) for c in found][-1:] == [expected_json]


@pytest.mark.parametrize("text, lang, points, percent", [
    # A percentage fact in points is a difference: in percentage points, or in hundredths of one. Read as a share,
    # the same sentence gives only the level.
    ("raised the Selic by 0.25 percentage points to 15%", "en", [0.25], [15]),
    ("raised its rate by 0.25 of a percentage point to 15pc", "en", [0.25], [15]),
    ("raised the rate by 25 basis points to 15%", "en", [0.25], [15]),
    ("elevou a Selic em 0,25 ponto percentual (p.p.), para 15%", "pt", [0.25], [15]),
    ("elevar el tipo de interés en 25 puntos básicos hasta el 15%", "es", [0.25], [15]),
    ("passou de 14,75 pontos para 15 pontos", "pt", [15], []),  # what a change started from is not its size
    # A fraction of a point in words.
    ("cut rates by a quarter point to 3.5%", "en", [0.25], [3.5]),
    ("delivered a quarter-point cut", "en", [0.25], []),
    ("lowered by three quarters of a percentage point", "en", [0.75], []),
    ("preferred a cut of half a percentage point", "en", [0.5], []),
    ("recortó la tasa en un cuarto de punto porcentual", "es", [0.25], []),
    ("pidió un recorte de medio punto", "es", [0.5], []),
    ("cortou os juros em meio ponto percentual", "pt", [0.5], []),
])
def test_percentage_points(text, lang, points, percent):
    from consistency.normalize.quantities import QuantitySpec

    found = _find("percentage", text, lang, QuantitySpec(0.0, points=True))
    assert [(c.value.lo, c.display) for c in found] == [(v, f"{v:g} pp") for v in points]
    assert [c.value.lo for c in _find("percentage", text, lang)] == percent


@pytest.mark.parametrize("text, lang, expected", [
    # Two shares a dash, 'to' or 'a' join, each with its sign, are one range; 'del ... al' too.
    ("lowered rates to a range of 3.5% to 3.75%", "en", [(3.5, 3.75)]),
    ("the target range is now 3.50%–3.75%", "en", [(3.5, 3.75)]),
    ("quedó en el rango de 3,5%-3,75%", "es", [(3.5, 3.75)]),
    ("hasta el rango objetivo del 3,50% al 3,75%", "es", [(3.5, 3.75)]),
    # A verb that takes the range's noun as where it went is no change from its first figure.
    ("a taxa passa para o intervalo de 3,50% a 3,75% ao ano", "pt", [(3.5, 3.75)]),
    # After a verb of change, the size and where it got to; after 'from', where it started and where it got to.
    ("consumer prices rose 2% to 9%", "en", [(9, 9)]),
    ("el índice subió del 3% al 5%", "es", [(5, 5)]),
    ("a taxa passou de 3% para 5%", "pt", [(5, 5)]),
])
def test_percentage_ranges(text, lang, expected):
    assert [(c.value.lo, c.value.hi) for c in _find("percentage", text, lang)] == expected


def test_money_hedged_before_its_sign():
    found = _find("money", "AMD agreed to pay at least $160 million for it.")
    assert [(c.display, c.start) for c in found] == [("at least $160 million", 18)]  # the evidence holds the hedge
    kind = KINDS["money"]
    assert kind.parse("about USD 334 million", None) == kind.parse("about $334 million", None)
    assert kind.to_json(kind.parse("at least EUR 5 billion", None)) == {"currency": "EUR",
                                                                       "amount": {"min": 5e9, "max": None}}
    with pytest.raises(ValueError):
        kind.parse("the USD 5", None)  # only a hedge may stand before the code


@pytest.mark.parametrize("kind, text", [
    ("time", "magnitude 6.1"),
    ("time", "the pilot logged 1500 hours"),
    ("time", "realizaram uma viagem de 17 horas até a Terra"),  # a span, not five in the afternoon
    ("score", "on 2026-01-03"),
    ("score", "rose 30-60% last year"),
    ("score", "a 2-1.5 split"),
    ("score", "condenado por dos a tres años"),  # a span of time
    ("score", "de tres a cinco personas"),  # a range
    ("score", "a range of five to ten people"),
    ("score", "cuatro de los cinco jueces votaron en su contra"),
    ("money", "in 2026, 40 people"),
    ("percentage", "40 people"),
])
def test_quantity_kinds_do_not_fire(kind, text):
    assert _find(kind, text) == []


@pytest.mark.parametrize("text, expected", [
    # A team's won-lost record is not a game's result.
    ("the Tar Heels (10-0) beat visiting Evansville (7-2) 91-73", ["91-73"]),
    ("UNC is now 10-0 after the win", []),
    ("the Tar Heels improved to 10-0 with a 91-73 win", ["91-73"]),
    ("a 10-0 record and a 91-73 win", ["91-73"]),
    ("los Tigres, con marca de 12-3, ganaron 3 a 1", ["3-1"]),
])
def test_a_won_lost_record_is_not_a_score(text, expected):
    lang = "es" if "ganaron" in text else "en"
    found = _candidates("score", text, lang)
    assert [c.display for c in found if not c.reason] == expected


def test_relations_of_new_kinds():
    from consistency.models import Relation
    from consistency.normalize.phrase import TextSpec
    from consistency.normalize.quantities import Money, QuantitySpec

    assert KINDS["number"].relate(Range(6.1, 6.1), Range(6.0, 6.0), QuantitySpec(0.1)) is Relation.COMPATIBLE
    assert KINDS["number"].relate(Range(6.1, 6.1), Range(5.0, 5.0), QuantitySpec(0.1)) is Relation.CONFLICT
    assert KINDS["money"].relate(Money("USD", Range(1, 1)), Money("EUR", Range(1, 1)), QuantitySpec(0)) \
        is Relation.CONFLICT
    assert KINDS["score"].relate((20, 13), (13, 20), None) is Relation.COMPATIBLE
    spec = TextSpec(85, 12)
    assert KINDS["text"].relate("an electrical fault", "a fault in the electrical wiring", spec) is not Relation.EQUAL
    assert KINDS["text"].relate("electrical fault", "an electrical fault", spec) is Relation.COMPATIBLE


@pytest.mark.parametrize("a, b, lang, relation", [
    # An amount written with a scale word is compatible with a finer one it rounds, as a count is.
    ("€3 billion", "€2.95 billion", "en", "compatible"),
    ("3 mil milhões de euros", "2,95 mil milhões de euros", "pt", "compatible"),
    ("$14 billion", "$13.9 billion", "en", "compatible"),
    ("€2 billion", "€2.95 billion", "en", "conflict"),
    ("$25 a share", "$25.25 a share", "en", "conflict"),  # a price in units, not rounded by a scale word
])
def test_an_amount_with_a_scale_word_takes_in_what_it_rounds(a, b, lang, relation):
    (x,), (y,) = _candidates("money", a, lang), _candidates("money", b, lang)
    assert KINDS["money"].relate(x.value, y.value, None).value == relation


def test_amounts_in_two_currencies_compare_through_the_rules_rates():
    from consistency.models import Relation
    from consistency.normalize.quantities import Money, QuantitySpec

    relate = KINDS["money"].relate
    spec = QuantitySpec(0, "EUR", rates=(("GBP", 1.16),))
    eur, gbp = Money("EUR", Range(103e6, 103e6)), Money("GBP", Range(88.5e6, 88.5e6))
    assert relate(eur, gbp, spec) is Relation.COMPATIBLE  # 88.5 × 1.16 = 102.7
    assert relate(gbp, eur, spec) is Relation.COMPATIBLE
    assert relate(eur, Money("GBP", Range(115e6, 115e6)), spec) is Relation.CONFLICT  # 133.4, the total with add-ons
    assert relate(eur, Money("USD", Range(110e6, 110e6)), spec) is Relation.CONFLICT  # no rate for dollars
    assert relate(eur, gbp, QuantitySpec(0, "EUR")) is Relation.CONFLICT  # no rates at all


def test_an_amount_per_unit_is_refused_unless_a_cue_names_the_unit():
    from consistency.normalize.quantities import QuantitySpec
    from consistency.text import right_after

    text = "HP will pay $25 a share, or $13.9 billion, and $2 billion a year in savings."
    total = _find("money", text, spec=QuantitySpec(0.0))
    assert [c.display for c in total] == ["USD 13.9 billion"]
    per_share = _find("money", text, spec=QuantitySpec(0.0, cue_words=right_after(["a share", "per share"])))
    assert [c.display for c in per_share] == ["USD 25", "USD 13.9 billion"]
    # 'Per' makes a rate of any noun after it.
    text = "The loss is $5.4 billion, an average of $44 million per Fortune 500 company."
    assert [c.display for c in _find("money", text, spec=QuantitySpec(0.0))] == ["USD 5.4 billion"]


@pytest.mark.parametrize("text, lang, expected", [
    # A per-unit amount past the noun of what it is ('in losses'); an average is no total.
    ("The Fortune 500 averaged $44 million in losses per company, $5.4 billion in all.", "en", ["USD 5.4 billion"]),
    ("On average, each company lost $44 million.", "en", []),
    ("As companhias aéreas tiveram danos médios de 148,38 milhões de dólares.", "pt", []),
    ("Según los medios de comunicación, la pérdida fue de 5 millones de dólares.", "es", ["USD 5 million"]),
    # Two amounts a range joins are one value; the first takes the second's scale when it has none.
    ("Insured losses are estimated between $540 million and $1.08 billion.", "en",
     ["between $540 million and $1.08 billion"]),
    ("He signed for between $140 and $150 million.", "en", ["between $140 and $150 million"]),
    ("The shares traded between $308.70 and $309.19 on Friday.", "en", ["between $308.70 and $309.19"]),
    ("It cost $5 million and $15 million more was pledged.", "en", ["USD 5 million", "USD 15 million"]),
])
def test_averages_rates_and_ranges_of_money(text, lang, expected):
    assert [c.display for c in _find("money", text, lang)] == expected


def test_a_share_or_measure_hedged_in_a_rule_is_continuous():
    # 'Less than 1' of a share is up to 1, as the matcher reads it; of a head count or of money, at most 0.
    assert KINDS["percentage"].parse("less than 1", None) == Range(0, 1)
    assert KINDS["number"].parse("more than 6", None) == Range(6, INF)
    assert KINDS["count"].parse("less than 1", None) == Range(0, 0)
    assert KINDS["money"].parse("more than USD 5", None).amount == Range(6, INF)


def _places(table):
    def error(msg, key=None):
        return ValueError(msg)
    return KINDS["place"].compile({"places": table}, error)


def test_places_within_several():
    spec = _places({"texas": ["Texas"], "harris_county": ["Harris County"], "united_states": ["United States"],
                    "houston": {"aliases": ["Houston"], "within": ["harris_county", "texas"]},
                    "mexico": ["Mexico"], "harris_county_2": {"aliases": ["HC"], "within": "texas"}})
    relate = KINDS["place"].relate
    assert relate(frozenset({"houston"}), frozenset({"texas"}), spec).name == "COMPATIBLE"
    assert relate(frozenset({"houston"}), frozenset({"harris_county"}), spec).name == "COMPATIBLE"
    assert relate(frozenset({"houston"}), frozenset({"mexico"}), spec).name == "CONFLICT"


@pytest.mark.parametrize("within", [[], [True], [{"a": 1}], "nowhere"])
def test_places_within_refused(within):
    with pytest.raises(ValueError, match="within"):
        _places({"texas": ["Texas"], "houston": {"aliases": ["Houston"], "within": within}})


@pytest.mark.parametrize("text, expected", [
    ("o jogador de 31 anos", True),
    ("el delantero, de 31 años", True),
    ("no contrato de dois anos", False),  # a contract's term
    ("un acuerdo por dos años", False),
    ("una condena más larga de 20 años", False),
])
def test_years_after_de_are_an_age_unless_a_term(text, expected):
    scan = Scan(text)
    n = find_numbers(scan, lang="es")[0]
    assert is_age(scan, n.start, n.end) is expected


@pytest.mark.parametrize("text, lang, published, expected", [
    # 'This' weekday is that day of the publication's week, Monday to Sunday ...
    ("El anuncio se hará este martes.", "es", date(2023, 8, 14), date(2023, 8, 15)),  # a Monday: the next day
    ("La huelga empezó este lunes.", "es", date(2023, 8, 18), date(2023, 8, 14)),  # a Friday: four days before
    ("O acordo foi anunciado nesta segunda-feira.", "pt", date(2023, 8, 16), date(2023, 8, 14)),
    ("The vote is this Friday.", "en", date(2023, 10, 26), date(2023, 10, 27)),
    # ... but at the week's edge, the nearer one.
    ("El partido fue este domingo.", "es", date(2023, 8, 14), date(2023, 8, 13)),
    # A bare weekday is the last one.
    ("El anuncio fue el martes.", "es", date(2023, 8, 14), date(2023, 8, 8)),
])
def test_this_weekday_is_of_the_publications_week(text, lang, published, expected):
    art = Article("a", "a", "", text, lang, published)
    found = [c for c in KINDS["date"].find(Scan(text), art, 0, len(text), None) if not c.reason]
    assert [c.value for c in found] == [expected]


def test_a_measure_converted_from_another_unit_is_as_precise_as_it_was_written():
    kind = KINDS["number"]
    spec = kind.compile({"unit": "km/h"}, ValueError)
    mph = kind.parse("120 mph", spec)
    assert (mph.lo, mph.hi) == pytest.approx((192.317, 193.926), abs=1e-3)
    assert kind.relate(mph, kind.parse(193, spec), spec) is Relation.COMPATIBLE  # the same wind, said in km/h
    assert kind.relate(mph, kind.parse("120 miles per hour", spec), spec) is Relation.EQUAL
    assert kind.relate(mph, kind.parse(205, spec), spec) is Relation.CONFLICT
    assert kind.show(mph, spec) == "192.3–193.9 km/h"
    with pytest.raises(ValueError, match="expected a measure in km/h"):
        kind.parse("120 km", spec)
    celsius = kind.compile({"unit": "C"}, ValueError)
    assert kind.parse("104 F", celsius).lo == pytest.approx(39.72, abs=1e-2)
    assert (kind.parse("-35.6 °C", celsius).lo, kind.parse("-35.6 °C", celsius).hi) == (-35.6, -35.6)  # below zero
    assert kind.parse(-35.6, celsius).lo == -35.6
    assert kind.parse("-32 F", celsius).hi == pytest.approx(-35.28, abs=1e-2)
    # A rule's expected measure may be hedged, as copy is: 'about 9,300 ha', 'at least 120 mph'.
    hectares = kind.compile({"unit": "ha"}, ValueError)
    assert (kind.parse("about 9300 ha", hectares).lo, kind.parse("about 9300 ha", hectares).hi) == (8370, 10230)
    assert kind.parse("at least 120 mph", spec).hi == float("inf")


def test_a_score_against_par_is_signed_and_exact():
    kind = KINDS["number"]
    par = kind.compile({"unit": "par"}, ValueError)
    under = kind.parse("12 under par", par)
    assert (under.lo, under.hi) == (-12, -12)  # exactly: no conversion widens a golfer's score
    assert kind.relate(under, kind.parse(-12, par), par) is Relation.EQUAL
    assert kind.relate(under, kind.parse("12 bajo par", par), par) is Relation.EQUAL
    assert (kind.parse("3 over par", par).lo, kind.parse("3 over par", par).hi) == (3, 3)
    assert kind.relate(under, kind.parse(-13, par), par) is Relation.CONFLICT
    with pytest.raises(ValueError, match="expected a measure in par"):
        kind.parse("12 km", par)


def test_a_round_figure_converted_says_no_more_than_its_last_digit_but_zeros():
    kind = KINDS["number"]
    miles = kind.compile({"unit": "mi"}, ValueError)
    assert kind.parse("4300 mi", miles) == kind.parse("4300 miles", miles)  # the symbol the report shows, too
    # '4,300 miles (6,920 kilometres)': a writer converts the round figure exactly; 6,920 km is 4,299.9 miles.
    km = kind.parse("6920 km", miles)
    assert (km.lo, km.hi) == pytest.approx((4296.8, 4303.0), abs=0.1)
    assert kind.relate(km, kind.parse(4300, miles), miles) is Relation.COMPATIBLE
    assert kind.relate(kind.parse("64000 km", miles), kind.parse(40000, miles), miles) is Relation.COMPATIBLE
    # One significant digit is no round figure of another: '2,000 feet' is 609.3-609.8 m, not 700 m.
    metres = kind.compile({"unit": "m"}, ValueError)
    assert kind.relate(kind.parse("2000 ft", metres), kind.parse(700, metres), metres) is Relation.CONFLICT
    assert kind.relate(kind.parse("2300 ft", metres), kind.parse(700, metres), metres) is Relation.COMPATIBLE
    # A figure under a thousand stays as precise as its last digit: '120 mph' is no 195 km/h.
    speed = kind.compile({"unit": "km/h"}, ValueError)
    assert kind.relate(kind.parse("120 mph", speed), kind.parse(195, speed), speed) is Relation.CONFLICT


@pytest.mark.parametrize("text, lang, published, expected", [
    # With the fact's zone (here New York's), a time said on another clock is read on the fact's: 17:57 EDT is 21:57 GMT.
    ("splashed down at 5:57 P.M. EDT", "en", date(2025, 3, 18), [("17:57", "")]),
    ("amerizó a las 21:57 UTC", "es", date(2025, 3, 18), [("17:57 (21:57 UTC)", "")]),
    ("amerizó a las 21:57 UTC", "es", date(2025, 1, 18), [("16:57 (21:57 UTC)", "")]),  # no daylight saving in January
    ("a las 5:57 p.m. (hora de Miami)", "es", date(2025, 3, 18), [("17:57", "")]),
    ("a las 5:57 pm, hora de verano del este de Estados Unidos", "es", date(2025, 3, 18), [("17:57", "")]),
    ("às 18h57 no horário de Brasília", "pt", date(2025, 3, 18), [("17:57 (18:57 horário de Brasília)", "")]),
    ("às 1h05, horário do leste dos EUA", "pt", date(2025, 3, 18), [("01:05", "")]),
    ("às 18h45 (horário ET)", "pt", date(2025, 3, 18), [("18:45", "")]),
    ("around 3:27 am IST", "en", date(2025, 3, 19), [("~17:57 (03:27 IST)", "")]),
    # A time in brackets right after another is the same moment on another clock: the first one written is read, with
    # its hedge, and one whose first is refused takes that hedge ('por volta das 13h07 ... (18h07 em Roma)').
    ("a las 17:57 EST (16:57 en Perú)", "es", date(2025, 3, 18),
     [("17:57", ""), ("16:57", "the time before it on another clock ('17:57 EST')")]),
    ("announced around 6:10 p.m. CEST (12:10 p.m. EDT) with", "en", date(2025, 5, 8),
     [("~12:10 (18:10 CEST)", ""), ("12:10", "the time before it on another clock ('around 6:10 p.m. CEST')")]),
    ("foi vista por volta das 13h07 em Lima (14h07 em Nova York)", "pt", None,
     [("~13:07", "a time on another clock (Lima), and the article gives no day to tell the difference on"),
      ("~14:07", "")]),
    ("billowed into the sky a few minutes after 4:00 p.m. GMT.", "en", date(2025, 5, 8), [("12:00–12:15 (16:00 GMT)", "")]),
    ("A las 13:08 de Argentina, la fumata blanca", "es", date(2025, 5, 8), [("12:08 (13:08 Argentina)", "")]),
    ("a las 18:00 hora local", "es", None, [("18:00", "")]),  # local time is the fact's own clock
    ("at 5:57pm Eastern", "en", None, [("17:57", "")]),
    # With no day, a clock whose difference from the fact's changes over the year cannot be read; one that does not can.
    ("amerizó a las 21:57 UTC", "es", None, [("21:57", "a time on another clock (UTC), and the article gives no day to "
                                              "tell the difference on")]),
    ("at 11:57 p.m. PDT", "en", None, [("02:57 (23:57 PDT)", "")]),
    # A time with no clock named is on the fact's; 'este martes' names none.
    ("a las 17:57 este martes", "es", date(2025, 3, 18), [("17:57", "")]),
    # Four figures with a clock's abbreviation after them are a time, in a bracket too; bare, they are none.
    ("departed from Ahmedabad at 1339 IST (0809 UTC) from runway 23", "en", date(2025, 6, 12),
     [("04:09 (13:39 IST)", ""), ("08:09", "the time before it on another clock ('1339 IST')")]),
    ("departed from Ahmedabad at 1339 from runway 23", "en", date(2025, 6, 12), []),
    ("the 1990 CT scan", "en", date(2025, 6, 12), []),
    # Seconds are read through to the clock named after them; a city the time zone database names a zone after is a
    # clock after 'in', 'em', 'hora de' or before 'time', not a name alone.
    ("se registró a las 06:20:54 (UTC) y", "es", date(2025, 3, 28), [("02:20 (06:20 UTC)", "")]),
    ("ocorreu por volta das 13h21 em Bangkok, madrugada", "pt", date(2025, 3, 28), [("~02:21 (13:21 em Bangkok)", "")]),
    ("struck at 3 p.m. Tokyo time", "en", date(2025, 3, 28), [("02:00 (15:00 Tokyo time)", "")]),
    ("a las 12:50 hora de Manila", "es", date(2025, 3, 28), [("00:50 (12:50 hora de Manila)", "")]),
    ("the service at 10 a.m. Easter Sunday", "en", date(2025, 3, 28), [("10:00", "")]),
    # Midday is the hour either side of noon; noon is a time.
    ("the quake struck at midday", "en", None, [("11:00–13:00", "")]),
    ("Al temblor del mediodía, le siguió", "es", None, [("11:00–13:00", "")]),
    ("the quake struck at noon", "en", None, [("12:00", "")]),
    # A place of one clock names it as a city does ('Japan time', 'hora de Japón'); HST is Hawaii's clock.
    ("struck at 8:25 a.m. Japan time", "en", date(2025, 7, 30), [("19:25 (08:25 Japan time)", "")]),
    ("a las 8:25, hora de Japón", "es", date(2025, 7, 30), [("19:25 (08:25 hora de Japón)", "")]),
    ("às 8h25 no horário do Japão", "pt", date(2025, 7, 30), [("19:25 (08:25 no horário do Japão)", "")]),
    ("struck at 1:25 p.m. HST", "en", date(2025, 7, 29), [("19:25 (13:25 HST)", "")]),
    # The part of the day after a time tells its half ('de la noche', 'da tarde', 'in the evening'); a bare hour needs a
    # word that leads to a time, as ever.
    ("a las 8:25 de la noche, hora de Miami", "es", date(2025, 7, 30), [("20:25", "")]),
    ("às 7 da noite", "pt", date(2025, 7, 30), [("19:00", "")]),
    ("at 8 in the evening", "en", date(2025, 7, 30), [("20:00", "")]),
    ("a las 6 de la mañana", "es", date(2025, 7, 30), [("06:00", "")]),
    ("a las 12 de la noche", "es", date(2025, 7, 30), [("00:00", "")]),
    ("los 3 de la tarde", "es", date(2025, 7, 30), []),
    # 'locales', 'locais' after a time are 'local time'.
    ("às 19h locais", "pt", date(2025, 7, 30), [("19:00", "")]),
    # Cities the time zone database names in English only, in Spanish and Portuguese.
    ("às 10h em Roma", "pt", date(2025, 4, 26), [("04:00 (10:00 em Roma)", "")]),
    ("a las 3 de la mañana, hora de Tokio", "es", date(2025, 4, 26), [("14:00 (03:00 hora de Tokio)", "")]),
    # An hour in words, before the part of the day, after a word that leads to a time; a country's clock by its
    # adjective; cities as Spanish and Portuguese copy names them.
    ("a las seis de la mañana hora española", "es", date(2025, 4, 26), [("00:00 (06:00 hora española)", "")]),
    ("at four in the morning", "en", date(2025, 4, 26), [("04:00", "")]),
    ("às quatro da madrugada", "pt", date(2025, 4, 26), [("04:00", "")]),
    ("tenía seis de la mañana libres", "es", date(2025, 4, 26), []),
    ("às 02:00 em Lisboa", "pt", date(2025, 4, 26), [("21:00 (02:00 Lisboa)", "")]),
    ("à 1h em Cabo Verde", "pt", date(2025, 4, 26), [("22:00 (01:00 em Cabo Verde)", "")]),
])
def test_times_on_another_clock(text, lang, published, expected):
    found = KINDS["time"].find(Scan(text), Article("a", "a", "", text, lang, published), 0, len(text), "America/New_York")
    assert [(c.display, c.reason) for c in found] == expected


@pytest.mark.parametrize("text, expected", [
    # UTC is no place's clock: a time on no clock, or on the 'local' one, is some place's, and refused for a fact on UTC.
    ("struck at 8:25 a.m. Japan time", [("23:25 (08:25 Japan time)", "")]),
    ("el temblor se produjo a las 08:25 h locales", [("08:25", "a local time ('locales'), and the fact's clock is UTC, no "
                                                               "place's")]),
    ("the quake occurred at 8:25 a.m.", [("08:25", "a time on no clock it names, and the fact's is UTC")]),
    ("at 8:25 a.m. local time (23:25 GMT)", [("08:25", "a local time ('local time'), and the fact's clock is UTC, no "
                                                       "place's"), ("23:25", "")]),
    ("at 23:25 UTC", [("23:25", "")]),
])
def test_a_time_on_utc_is_said_on_a_clock(text, expected):
    found = KINDS["time"].find(Scan(text), Article("a", "a", "", text, "en", date(2025, 7, 29)), 0, len(text), "UTC")
    assert [(c.display, c.reason) for c in found] == expected


@pytest.mark.parametrize("a, b, relation", [
    ("around 1:30 a.m.", "1:28 a.m.", Relation.COMPATIBLE),
    ("around 1:30 a.m.", "around 1:35 a.m.", Relation.COMPATIBLE),
    ("around 1:30 a.m.", "1:50 a.m.", Relation.CONFLICT),
    ("1:30 a.m.", "1:28 a.m.", Relation.CONFLICT),  # two exact times that differ
    ("shortly after 4 p.m.", "3:55 p.m.", Relation.CONFLICT),
    ("about midnight", "23:55", Relation.COMPATIBLE),
    ("around 1:30 a.m.", "cerca da 01:30", Relation.EQUAL),
    ("at midday", "12:50", Relation.COMPATIBLE),
    ("at midday", "13:20", Relation.CONFLICT),
])
def test_a_time_said_roughly_takes_in_its_quarter_hour(a, b, relation):
    kind = KINDS["time"]
    assert kind.relate(kind.parse(a, None), kind.parse(b, None), None) is relation


def test_time_zone_of_a_fact_must_exist(tmp_path):
    from consistency.errors import RuleError
    from consistency.rules import load_rules

    rules = tmp_path / "r.yaml"
    rules.write_text("story: s\nfacts:\n  - {id: t, label: T, kind: time, cues: [x], zone: Mars/Olympus}\n")
    with pytest.raises(RuleError, match="time zone such as America/New_York"):
        load_rules(rules)


def test_a_time_and_its_clock_are_one_piece_of_evidence():
    text = "aterrissou às 18h58 (horário de Brasília) de ontem"
    found = KINDS["time"].find(Scan(text), Article("a", "a", "", text, "pt", date(2025, 3, 18)), 0, len(text),
                               "America/New_York")
    assert [text[c.start:c.end] for c in found] == ["18h58 (horário de Brasília)"]


def test_a_result_in_sets_and_its_tally():
    from consistency.models import Relation

    kind = KINDS["score"]
    sets = kind.parse("6-2, 3-6, 6-1, 6-4", None)
    assert sets == ((6, 2), (3, 6), (6, 1), (6, 4)) and kind.show(sets, None) == "6-2, 3-6, 6-1, 6-4"
    assert kind.relate(sets, (3, 1), None) is Relation.COMPATIBLE  # '3 sets a 1'
    assert kind.relate((1, 3), sets, None) is Relation.COMPATIBLE  # told from the loser's side
    assert kind.relate(sets, (3, 0), None) is Relation.CONFLICT
    assert kind.relate(sets, ((2, 6), (6, 3), (1, 6), (4, 6)), None) is Relation.COMPATIBLE  # reversed, set by set
    assert kind.relate(sets, ((6, 2), (3, 6), (6, 1), (7, 5)), None) is Relation.CONFLICT
    assert kind.specificity(sets, None) > kind.specificity((3, 1), None)
    with pytest.raises(ValueError):
        kind.parse("6-2, 3-3", None)  # a set has a winner


def test_a_result_in_half_points():
    from consistency.models import Relation

    kind = KINDS["score"]
    score = kind.parse("7.5-6.5", None)
    assert score == (7.5, 6.5) and kind.show(score, None) == "7.5-6.5"
    assert kind.relate(score, kind.parse("6,5-7,5", None), None) is Relation.COMPATIBLE  # told from the loser's side
    assert kind.relate(score, kind.parse("7-6", None), None) is Relation.CONFLICT
    assert kind.parse("6.0-5.0", None) == (6, 5)
    with pytest.raises(ValueError):
        kind.parse("2.5-3", None)  # halves that come to no whole point: a range
