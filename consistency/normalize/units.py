"""Units of measure: what a unit after a figure measures, and the figure in another unit of the same quantity.

'120 mph', '193 km/h', '120 miles (193 kilometers) per hour' and '104.5F' name their units; a number fact that says
its own (`unit: km/h`) compares every figure in that unit. A figure converted from another unit is only as precise
as it was written: '120 mph' is 119.5 to 120.5 mph, so 192.3 to 193.9 km/h, and '193 km/h' is compatible with it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .. import rx
from ..lexicon import FALL_VERBS, RISE_VERBS
from ..models import Range
from ..text import alternation, fold


@dataclass(frozen=True, slots=True)
class Unit:
    symbol: str  # how it is shown: 'km/h'
    quantity: str  # what it measures: 'speed', 'length', 'temperature'...
    scale: float  # how many of the quantity's base unit one is (m, m/s, °C, kg, m², l, hPa)
    offset: float = 0.0  # added after scaling: °F to °C
    bare: bool = False  # degrees of no scale ('40 grados'): in the fact's own unit of the quantity

    def to_base(self, x: float) -> float:
        return x * self.scale + self.offset

    def from_base(self, x: float) -> float:
        return (x - self.offset) / self.scale


PAR = "score against par"
# Each unit and the phrases, folded and separated by '|', that name it after a figure. A speed may also be a length
# 'per hour' ('120 miles per hour', '120 miles (193 kilometers) per hour'): see _AFTER.
_TABLE: tuple[tuple[Unit, str], ...] = (
    (Unit("km/h", "speed", 1 / 3.6), "km/h|kmh|kph|km/hr|km por hora"),
    (Unit("mph", "speed", 0.44704), "mph"),
    (Unit("knots", "speed", 1852 / 3600), "knots|knot|kt|kts|nudos"),
    (Unit("m/s", "speed", 1.0), "m/s|meters per second|metres per second|metros por segundo"),
    (Unit("km", "length", 1000.0), "km|kilometers|kilometres|kilometer|kilometre|kilometros|kilometro|quilometros|"
                                   "quilometro"),
    (Unit("mi", "length", 1609.344), "miles|mile|millas|milla|milhas|milha"),
    (Unit("nmi", "length", 1852.0), "nautical miles|nautical mile|nmi|millas nauticas|milla nautica|milhas nauticas|"
                                    "milha nautica|millas marinas|milhas maritimas"),
    (Unit("m", "length", 1.0), "m|meters|metres|meter|metre|metros|metro|mts|mtrs"),
    (Unit("cm", "length", 0.01), "cm|centimeters|centimetres|centimetros|centimetro"),
    (Unit("mm", "length", 0.001), "mm|millimeters|millimetres|milimetros|milimetro"),
    (Unit("ft", "length", 0.3048), "ft|feet|foot|pies|pes"),
    (Unit("in", "length", 0.0254), "inches|inch|pulgadas|pulgada|polegadas|polegada"),
    (Unit("°C", "temperature", 1.0), "°c|ºc|c|celsius|degrees celsius|grados celsius|graus celsius|centigrados|"
                                     "grados centigrados|graus centigrados"),
    (Unit("°F", "temperature", 5 / 9, -32 * 5 / 9), "°f|ºf|f|fahrenheit|degrees fahrenheit|grados fahrenheit|"
                                                    "graus fahrenheit"),
    (Unit("°", "temperature", 1.0, bare=True), "degrees|degree|grados|graus|°|º"),
    (Unit("kg", "mass", 1.0), "kg|kilograms|kilogrammes|kilos|kilogramos|quilos|quilogramas"),
    (Unit("t", "mass", 1000.0), "tonnes|tons|tonne|ton|toneladas|tonelada|metric tons|metric tonnes"),
    (Unit("lb", "mass", 0.45359237), "lb|lbs|pounds|libras"),
    (Unit("g", "mass", 0.001), "grams|grammes|gramos|gramas"),
    (Unit("oz", "mass", 0.028349523125), "oz|ounces|onzas|oncas"),
    (Unit("ha", "area", 10000.0), "ha|hectares|hectareas"),
    (Unit("acres", "area", 4046.8564224), "acres|acre"),
    (Unit("m²", "area", 1.0), "m2|m²|square meters|square metres|square meter|square metre|square-meter|square-metre|"
                              "metros cuadrados|metro cuadrado|metros quadrados|metro quadrado"),
    (Unit("km²", "area", 1e6), "km2|km²|square kilometers|square kilometres|kilometros cuadrados|quilometros quadrados"),
    (Unit("l", "volume", 1.0), "l|liters|litres|litros"),
    (Unit("gal", "volume", 3.785411784), "gallons|galones|galoes"),
    (Unit("hPa", "pressure", 1.0), "hpa|mb|mbar|millibars|milibares|hectopascals|hectopascales"),
    # A golfer's score against par: 'three over par' is +3, '12 under par', 'doce bajo par', '12 abaixo do par' are -12.
    (Unit("par", PAR, 1.0), "over par|over-par|strokes over par|shots over par|sobre par|sobre el par|por encima del par|"
                            "golpes sobre par|golpes sobre el par|acima do par|pancadas acima do par|tacadas acima do par"),
    (Unit("under par", PAR, -1.0), "under par|under-par|strokes under par|shots under par|bajo par|bajo el par|"
                                   "por debajo del par|golpes bajo par|golpes bajo el par|golpes por debajo del par|"
                                   "abaixo do par|pancadas abaixo do par|tacadas abaixo do par|golpes abaixo do par"),
)
_NAMES: dict[str, Unit] = {phrase: unit for unit, phrases in _TABLE for phrase in phrases.split("|")}
# A rule file may also name a unit by its symbol ('mi', 'in', 't'), which after a figure would be another word.
_SYMBOLS: dict[str, Unit] = {unit.symbol.lower(): unit for unit, _ in _TABLE if not unit.bare}
# A unit right after a figure, past a space or a hyphen ('120mph', '100-mph winds', '40.3 °C'); a length per hour is
# a speed, also past its conversion in brackets ('120 miles (193 kilometers) per hour').
_AFTER = rx.compile(r"[^\S\n]*-?[^\S\n]*(?P<unit>" + alternation(_NAMES) + r")(?![\w/²])"
                    r"(?P<per>(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+(?:per|an|a|por)[^\S\n]+(?:hour|hora)\b)?")
_PER_HOUR_SYMBOLS = {"mi": "mph", "km": "km/h"}
# A scale word ends the figure, and 'de' stands before its unit: '195 millones de kilómetros'.
_SCALE_BEFORE = rx.compile(r"\b(?:mil|millon|millones|milhao|milhoes|billon|billones|bilhao|bilhoes)\Z")
_DE_AFTER_SCALE = rx.compile(r"[^\S\n]+de(?=[^\S\n])")


def unit_after(folded: str, end: int, language: str = "") -> tuple[Unit, int] | None:
    """The unit a figure ending at `end` is in, and where its name ends; None when no unit follows. 'miles' after a
    figure is thousands in Spanish ('tres miles'), so a length only in English. Past a scale word, 'de' may stand
    between ('195 millones de kilómetros')."""
    m = _AFTER.match(folded, end)
    if m is None and (de := _DE_AFTER_SCALE.match(folded, end)) and _SCALE_BEFORE.search(folded, max(0, end - 12), end):
        m = _AFTER.match(folded, de.end())  # '195 millones de kilómetros', '195 milhões de quilômetros'
    if m is None:
        return None
    name = m.group("unit")
    unit = _NAMES[name]
    if name == "miles" and language == "es":
        return None
    if m.group("per") and unit.quantity == "length":
        return Unit(_PER_HOUR_SYMBOLS.get(unit.symbol, f"{unit.symbol}/h"), "speed", unit.scale / 3600), m.end()
    return unit, m.end("unit")


# Of a score against par, 'under' and 'over' alone ('finished 12-under.', 'eight under for the tournament', 'a 3-under
# 69'), not before a word of their own ('shot 65 under pressure').
_PAR_ALONE = rx.compile(r"[^\S\n]*-?[^\S\n]*(?P<unit>under|over)(?![\w-])(?=[^\S\n]*(?:[^\w\s]|\Z|\n|\d|(?:for|after|in|on|at|"
                        r"through|overall|total|with|and|to|heading|entering|into|going|as|when|while|before|following)\b))")
# A score against par before a figure, which is then the round's strokes: 'a 3-under 69', 'a final-round 3-under-par
# 69', 'a seven-under 65'.
_PAR_BEFORE = rx.compile(r"(?:\d+|[a-z]+)[^\S\n]*-?[^\S\n]*(?:under|over)(?:[^\S\n]*-?[^\S\n]*par)?[^\S\n]+\Z")


def par_after(folded: str, end: int) -> tuple[Unit, int] | None:
    """A score against par said by 'under' or 'over' alone after a figure ending at end, and where the word ends; a
    fact in `par` reads it so ('finished 12-under'), any other fact only with 'par' after it."""
    m = _PAR_ALONE.match(folded, end)
    return None if m is None else (_NAMES["under par" if m.group("unit") == "under" else "over par"], m.end("unit"))


def par_before(folded: str, start: int) -> int:
    """Where a score against par right before a figure at start begins ('a 3-under 69'), or start when none does."""
    m = _PAR_BEFORE.search(folded, max(0, start - 24), start)
    return start if m is None else m.start()


# A smaller part of a measure after its larger one: '2 quilos e 230 gramas', '5 feet 2 inches', '4 lb 12 oz'.
# Not past a comma: '10 km deep, 300 m from the coast' is two measures.
_PART_AFTER = rx.compile(r"[^\S\n]+(?:(?:and|y|e)[^\S\n]+)?(?P<figure>\d+)(?![\d.,]\d)")
_PART_BEFORE = rx.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?[^\S\n]*-?[^\S\n]*(?P<unit>" + alternation(_NAMES) + r")"
                          r"[^\S\n]+(?:(?:and|y|e)[^\S\n]+)?\Z")


def smaller_part(folded: str, end: int, unit: Unit, language: str = "") -> tuple[Range, Unit, int] | None:
    """The smaller part of a measure whose larger part's unit ends at end ('2 quilos e 230 gramas': 230 grams), its
    unit, and where it ends; or None."""
    m = _PART_AFTER.match(folded, end)
    found = m and unit_after(folded, m.end(), language)
    if not found or found[0].quantity != unit.quantity or found[0].scale >= unit.scale or found[0].bare:
        return None
    figure = float(m.group("figure"))
    return Range(figure, figure), found[0], found[1]


def larger_part_before(folded: str, start: int, unit: Unit, language: str = "") -> bool:
    """A figure starting at start in unit is the smaller part of a measure after its larger one ('230' in '2 quilos e
    230 gramas')."""
    m = _PART_BEFORE.search(folded, max(0, start - 40), start)
    larger = _NAMES[m.group("unit")] if m else None
    return larger is not None and larger.quantity == unit.quantity and larger.scale > unit.scale and not larger.bare


# A length's dimension. It is named after the unit, past a conversion in brackets ('948-foot-long', '50 feet deep',
# '300 metros de comprimento', '25 feet (7.6 meters) of water', '250 miles up'), or before the figure ('a depth of 50
# feet', 'a una altura de 30 metros'), and a fall is a height ('plunged 185ft', 'cayó 50 metros'). Spanish 'largo' is
# long, Portuguese 'largo' wide. A bore's width is its diameter ('a hole 12 centimeters in diameter', 'un ducto de
# 66 cm de diámetro').
_DIMENSION_WORDS = {
    "length": "long|length|longitud|comprimento|extension|extensao|largo",
    "depth": "deep|depth|profundidad|profundidade|profundo|profunda",
    "height": "high|tall|height|altura|altitude|altitud|alto",
    "width": "wide|width|broad|ancho|anchura|largura",
    "diameter": "diameter|diametro",
    "distance": "distance|distancia",
}
_DIMENSION: dict[str, str] = {w: d for d, words in _DIMENSION_WORDS.items() for w in words.split("|")}
# A distance is a length in a direction or from a place: '1,000 km south of', '16 km NNW of', 'a 16 km a noroeste de',
# '17,2 km ao norte da', '10 miles from', '40 km away'.
_COMPASS = "(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west" \
           "|nne|ene|ese|sse|ssw|wsw|wnw|nnw|norte|sur|sul|este|leste|oeste|noroeste|nordeste|sureste|suroeste|sudeste" \
           "|sudoeste)"
_DIMENSION_AFTER = rx.compile(r"(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+(?:(?P<direction>(?:to[^\S\n]+the[^\S\n]+|al[^\S\n]+|"
                              r"a[^\S\n]+|ao[^\S\n]+|à[^\S\n]+)?" + _COMPASS + r"[^\S\n]+(?:of|de|del|do|da|dos|das)\b)"
                              r"|(?P<away>from|away)\b)"
                              r"|(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]*-?[^\S\n]*(?:(?:of|in|de|em)[^\S\n]+)?"
                              r"(?P<word>" + alternation(_DIMENSION) + r")\b(?!-)"
                              r"|(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+(?:(?P<up>up(?=[^\S\n]*(?:[.,;:)]|\Z|in\b|into\b))|above\b)"
                              r"|(?:of|de)[^\S\n]+(?P<water>water|agua)\b)")
# Spanish and Portuguese write a distance from a place as 'a' a length 'de' the place: 'a cerca de 600 km da costa', 'a
# 500 metros do Titanic', 'a unos 40 km de Lima' (not 'a 3.800 metros de profundidade', whose dimension is named). The
# figure starts at its hedge, so 'a' is right before it.
_AT_BEFORE = rx.compile(r"\ba\s+\Z")
_OF_PLACE_AFTER = rx.compile(r"[^\S\n]+(?:de|del|da|do|dos|das)(?=[^\S\n]+(?!agua\b|altura\b|largo\b|ancho\b))")
_NOUNS = ("(?:length|longitud|comprimento|extension|extensao|depth|profundidad|profundidade|height|altura|altitude|altitud|"
          "width|anchura|largura|diameter|diametro)")
_DIMENSION_BEFORE = rx.compile(r"\b(?:(?:(?P<noun>" + _NOUNS + r")|fall|drop|caida|queda)"
                               r"[^\S\n]+(?:of|de)|(?:plunged|plummeted|fell|dropped|plunging|falling|cayo|cayeron|cayendo|"
                               r"caiu|cairam|caindo|despencou|despencaram))[^\S\n]+\Z")


def dimension(folded: str, start: int, end: int, language: str = "") -> tuple[str, int, int]:
    """The dimension a length from `start` to the end of its unit at `end` names ('depth', 'height', 'width',
    'length', 'distance'; '' when none), and where the words that name it, with the figure, start and end."""
    m = _DIMENSION_AFTER.match(folded, end)
    if m is not None:
        if m.group("direction") or m.group("away"):
            return "distance", start, m.end()
        word = m.group("word")
        if word:
            return ("width" if word == "largo" and language == "pt" else _DIMENSION[word]), start, m.end()
        return ("height" if m.group("up") else "depth"), start, m.end()
    of = _OF_PLACE_AFTER.match(folded, end)
    if of is not None and _AT_BEFORE.search(folded, max(0, start - 30), start):
        return "distance", start, of.end()
    m = _DIMENSION_BEFORE.search(folded, max(0, start - 40), start)
    if m is None:
        return "", start, end
    return (_DIMENSION[m.group("noun")] if m.group("noun") else "height"), m.start(), end


_SPACE = rx.compile(r"[^\S\n]+")
_OF_BEFORE = rx.compile(r"[^\S\n]+(?:of|de|del|do|da)[^\S\n]+\Z")


def measure_span(folded: str, start: int, end: int, language: str = "") -> tuple[int, int]:
    """Where the words of a figure from `start` to `end`, its unit and the dimension it names start and end."""
    found = unit_after(folded, end, language)
    _, start, stop = dimension(folded, start, found[1] if found else end, language)
    return start, stop


def measured_thing(folded: str, start: int, stop: int) -> tuple[int, int]:
    """Where the thing a measure's words from `start` to `stop` (see measure_span) measure may stand: the word right
    after them starts ('rescue' in 'a 624-meter deep rescue tunnel'), and the words right before them and 'of' end
    ('duto' in 'un duto de 622 metros de profundidade'); -1 for either when nothing is there."""
    gap = _SPACE.match(folded, stop)
    of = _OF_BEFORE.search(folded, max(0, start - 8), start)
    return (gap.end() if gap is not None else -1), (of.start() if of is not None else -1)


def dimensions_named(phrases) -> frozenset[str]:
    """The dimensions a fact's cues name ('length' for `longitud`, 'depth' for `deep`); 'largo' may be long or wide."""
    words = {w for p in phrases for w in fold(str(p)).split()}
    found = {_DIMENSION[w] for w in words if w in _DIMENSION}
    return frozenset(found | {"width"} if "largo" in words else found)


# Verbs of going up or down ('rose', 'swelled', 'subió', 'fell'): a fact they are cues of measures how far, and a distance
# ('85 miles northwest of San Antonio, where the river rose') is where something is, never that.
_UP_OR_DOWN = frozenset(RISE_VERBS + FALL_VERBS + tuple("""swell swells swelled swelling swollen plunge plunged plunges
    plummeted plummets""".split()))


def names_a_move(phrases) -> bool:
    """Whether a fact's cues name a move up or down."""
    return not _UP_OR_DOWN.isdisjoint(w for p in phrases for w in fold(str(p)).split())


_CONVERSION = rx.compile(r"[^\S\n]*\((?:[^\d()\n]{0,12})(?P<figure>\d[\d.,]*)")


def converted_after(folded: str, end: int, language: str = "") -> Unit | None:
    """The unit of a figure's conversion in brackets right after it ('40.2 (104.3F)'), or None."""
    m = _CONVERSION.match(folded, end)
    found = m and unit_after(folded, m.end("figure"), language)
    return found[0] if found else None


def unit_named(name: str) -> Unit | None:
    """The unit a rule file names ('km/h', 'mph', '°C', 'C', 'kilometers'), or None."""
    folded = " ".join(name.strip().lower().replace("º", "°").split())
    unit = _SYMBOLS.get(folded) or _NAMES.get(folded)
    return None if unit is None or unit.bare else unit


def convert(value: Range, source: Unit, target: Unit) -> Range:
    """The figure in the target unit; an exact one widened by half a step of its last digit ('120' is 119.5 to 120.5,
    '40.3' is 40.25 to 40.35), since that is all it says, and a whole one of a thousand or more that ends in zeros by
    half a step of its last digit but them, when that is not its first: a writer who converts gives a round figure's
    exact equivalent ('5,500 miles (8,850 kilometres)', '40,000 miles' and '64,000 km'), but '2,000 feet' stays as it is.
    In the same unit, as it is."""
    if source.bare or (source.scale == target.scale and source.offset == target.offset):
        return value
    if source.scale == -target.scale and not source.offset and not target.offset:
        return Range(-value.hi, -value.lo)  # a score against par: '12 under par' is exactly -12
    shown = f"{value.lo:.6g}"  # a hedged figure ('up to 120 mph') is already a range: its bounds as they are
    half = 0.5 * 10 ** -(len(shown.split(".")[1]) if "." in shown else 0) if value.exact and "e" not in shown else 0.0
    if half == 0.5 and value.lo >= 1000 and len(kept := shown.rstrip("0")) >= 2:
        half = 0.5 * 10 ** (len(shown) - len(kept))

    def to(x: float, step: float) -> float:
        if math.isinf(x):
            return x
        return round(target.from_base(source.to_base(x + step)), 6)
    lo, hi = to(value.lo, -half), to(value.hi, half)
    return Range(min(lo, hi), max(lo, hi))


__all__ = ["PAR", "Unit", "convert", "converted_after", "dimension", "dimensions_named", "names_a_move", "par_after",
           "par_before", "unit_after", "unit_named"]
