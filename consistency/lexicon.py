"""Language data for English, Spanish and Portuguese, folded (lower case, no accents).

Everything language-specific the normalizers need lives here as plain data, so adding a
language is adding entries, not code.
"""

from __future__ import annotations

LANGUAGES = ("en", "es", "pt")

MONTH_NAMES = {  # folded, January first
    "en": "january february march april may june july august september october november december",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "pt": "janeiro fevereiro marco abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS: dict[str, int] = {}
for _names in MONTH_NAMES.values():
    for _i, _name in enumerate(_names.split(), 1):
        MONTHS[_name] = _i
MONTHS["setiembre"] = 9
FULL_MONTHS = tuple(MONTHS)  # every month's whole name, before the abbreviations join MONTHS
# Each language's short names of months, as dates are written with them ('Jan. 3', '3 ene', '1º.jan.2023').
MONTH_ABBREVIATIONS = {"en": "jan feb mar apr jun jul aug sep sept oct nov dec",
                       "es": "ene feb mar abr jun jul ago sep sept set oct nov dic",
                       "pt": "jan fev mar abr mai jun jul ago set out nov dez"}
# Abbreviations that are not also ordinary words ("may", "mar" are full names or omitted).
for _abbr, _i in {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12, "fev": 2,
    "mai": 5, "set": 9, "out": 10, "dez": 12,
}.items():
    MONTHS.setdefault(_abbr, _i)

WEEKDAYS: dict[str, int] = {  # Monday = 0
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4, "sabado": 5, "domingo": 6,
    "segunda-feira": 0, "terca-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
}
# A Portuguese weekday without its '-feira' ('na noite de terça'): 'segunda', 'quarta' and 'quinta' are ordinals too,
# so it is read only where a day is expected.
PT_SHORT_WEEKDAYS = {"segunda": 0, "terca": 1, "quarta": 2, "quinta": 3, "sexta": 4}

# Days relative to the publication date.
RELATIVE_DAYS: dict[str, int] = {
    "today": 0, "yesterday": -1, "the day before yesterday": -2, "last night": -1, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "tonight": 0,
    "hoy": 0, "ayer": -1, "anteayer": -2, "anoche": -1, "esta manana": 0, "esta madrugada": 0, "esta tarde": 0,
    "esta noche": 0,
    "hoje": 0, "ontem": -1, "anteontem": -2, "esta manha": 0, "nesta manha": 0, "nesta madrugada": 0,
    "nesta tarde": 0, "esta noite": 0, "nesta noite": 0,  # 'esta madrugada', 'esta tarde' as in Spanish
    "desta manha": 0, "desta madrugada": 0, "desta tarde": 0, "desta noite": 0,  # 'o ataque desta madrugada'
    # and the days to come ('effective at 4 a.m. tomorrow'); not Spanish 'mañana', which is as often 'the morning'
    "tomorrow": 1, "the day after tomorrow": 2, "amanha": 1, "depois de amanha": 2, "pasado manana": 2,
}

# Number words (folded). Values are only used to recognise spans; text2num does the parsing.
NUMBER_WORDS = {
    "en": """zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
        fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty
        ninety hundred thousand million billion""",
    "es": """cero un uno una dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce
        quince dieciseis diecisiete dieciocho diecinueve veinte veintiun veintiuno veintiuna veintidos
        veintitres veinticuatro veinticinco veintiseis veintisiete veintiocho veintinueve treinta
        cuarenta cincuenta sesenta setenta ochenta noventa cien ciento doscientos doscientas trescientos
        trescientas cuatrocientos cuatrocientas quinientos quinientas seiscientos seiscientas
        setecientos setecientas ochocientos ochocientas novecientos novecientas mil millon millones""",
    "pt": """zero um uma dois duas tres quatro cinco seis sete oito nove dez onze doze treze catorze
        quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove dezanove vinte trinta
        quarenta cinquenta sessenta setenta oitenta noventa cem cento duzentos duzentas trezentos
        trezentas quatrocentos quatrocentas quinhentos quinhentas seiscentos seiscentas setecentos
        setecentas oitocentos oitocentas novecentos novecentas mil milhao milhoes bilhao bilhoes""",
}
# Currency codes written before an amount ('USD 40.000 millones', 'EUR 2,95 mil millones'); folded.
CURRENCY_CODES = ("usd", "eur", "gbp", "brl", "jpy", "chf", "cad", "aud", "nzd", "hkd", "mxn", "ars", "clp", "cop", "sek",
                  "nok", "dkk", "cny", "inr", "idr", "pen")
# The letters Australian and New Zealand copy writes after a dollar sign to say whose dollar it is ('$US48.7 billion',
# '$A74.5 billion', '$NZ3 million'); folded.
DOLLAR_LETTERS = {"us": "USD", "a": "AUD", "nz": "NZD"}
MULTIPLIERS = {
    "thousand": 1_000, "mil": 1_000, "million": 1_000_000, "millon": 1_000_000, "millones": 1_000_000,
    "milhao": 1_000_000, "milhoes": 1_000_000, "billion": 1_000_000_000, "m": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "bi": 1_000_000_000,  # '$3.5B', 'US$ 3,5 bi' (Brazilian copy's bilhões)
    "mil millones": 1_000_000_000, "bilhao": 1_000_000_000, "bilhoes": 1_000_000_000, "mil milhoes": 1_000_000_000,
    "k": 1_000, "mln": 1_000_000, "mn": 1_000_000, "bln": 1_000_000_000,  # agencies' '$48.7 bln', the FT's '$300mn'
    "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "billon": 1_000_000_000_000,  # Spanish 'billón' is 10^12
    "billones": 1_000_000_000_000, "trilhao": 1_000_000_000_000, "trilhoes": 1_000_000_000_000,
    "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000, "crores": 10_000_000,  # Indian copy: 'Rs 615 crore'
}

# Words that, right after a number, show it measures time rather than counting things.
TIME_UNITS: dict[str, int] = {}  # folded unit -> seconds
for _words, _secs in (
    ("second seconds segundo segundos", 1),
    ("minute minutes min mins minuto minutos", 60),
    ("hour hours hr hrs hora horas", 3600),
    ("day days dia dias night nights noche noches noite noites jornada jornadas", 86400),
    ("week weeks semana semanas", 7 * 86400),
    ("fortnight fortnights", 14 * 86400),
    ("month months mes meses", 30 * 86400),
    ("year years ano anos año años", 365 * 86400),
    ("decade decades decada decadas", 3650 * 86400),
    ("century centuries siglo siglos seculo seculos", 36500 * 86400),
):
    for _w in _words.split():
        TIME_UNITS[_w] = _secs
TIME_UNITS["mes"] = 30 * 86400
# Words that may stand between a number and its time unit without changing the span: 'a national day of mourning',
# 'three full days', and how the span felt: '17 agonizing days', '69 largos días', '69 longos dias'. Not 'more' or
# 'extra': 'two more days' adds to a span already counted.
UNIT_ADJECTIVES = ("national", "full", "whole", "entire", "official", "consecutive", "straight", "long", "agonizing",
                   "agonising", "anxious", "harrowing", "grueling", "gruelling", "largos", "largas", "angustiosos",
                   "angustiosas", "angustiantes", "interminables", "longos", "longas", "interminaveis")

# Anything else a number can measure that is not a head count.
OTHER_UNITS = frozenset("""
    percent per cent pct por ciento cento % c f degrees degree grados graus km kilometers kilometres kilometer
    kilometre kilometros kilometro quilometros quilometro millas milla milhas milha miles mile metres meters metre
    meter metros metro m mts mtrs cm centimeters centimetres centimetros mm feet foot ft inches inch pulgadas polegadas yards
    hectares hectareas acres mph kph knots nudos liters litres litros gallons galones galoes barrels barriles
    barris kg kilograms kilos kilogramos quilos tons tonnes toneladas pounds lb am pm a.m p.m gmt utc
    dollars dollar dolares dolar usd euros euro eur pesos peso reais reals real pounds libras yuan rublos rubles bolivares
    yen rupees rupias rupiah rupiahs soles francs francos kronor krona kroner krone
    comments comment comentarios shares likes views votes points puntos pontos goals goles gols basis bps bp pb pp percentage
    o'clock h times veces vezes
""".split())

# Words before a number that hedge it: (kind of hedge, words).
HEDGES: dict[str, tuple[str, ...]] = {
    "at_least": ("at least", "no fewer than", "no less than", "a minimum of", "al menos", "por lo menos",
                 "como minimo", "pelo menos", "no minimo", "ao menos",
                 # a bound below denied: 'no menos de 80 heridos', 'not less than 80'
                 "not fewer than", "not less than", "no menos de", "nao menos de"),
    "more_than": ("more than", "over", "above", "beyond", "upwards of", "in excess of", "mas de", "mais de", "acima de",
                  "superior a", "larger than", "bigger than", "greater than", "higher than", "mayor que", "maior que",
                  "exceeding", "surpassing", "topping", "ultrapassando", "superando", "sobrepasando", "excediendo",
                  "superior al", "superiores a", "superiores al", "superior ao", "superiores aos", "exceed", "exceeds",
                  "exceeded", "superior a los", "superiores a los", "superior a las", "superiores a las",
                  "surpass", "surpasses", "surpassed", "tops", "topped",
                  # verbs of passing a figure, bare or with its article: 'los heridos sobrepasan las 400 personas'
                  *(verb + article for verb in """supera superan supero superaron sobrepasa sobrepasan sobrepaso
                    sobrepasaron rebasa rebasan rebaso rebasaron""".split() for article in ("", " los", " las")),
                  *(verb + article for verb in """supera superam superou superaram ultrapassa ultrapassam ultrapassou
                    ultrapassaram""".split() for article in ("", " os", " as"))),
    "up_to": ("up to", "at most", "no more than", "as many as", "hasta", "como maximo", "ate", "no maximo",
              "not more than", "no mas de", "nao mais de"),
    "less_than": ("less than", "fewer than", "under", "below", "menos de", "menos que", "inferior a", "inferiores a",
                  "inferior al", "inferior a los", "inferiores a los", "inferior a las", "inferiores a las", "inferior ao",
                  "inferiores aos"),
    "about": ("about", "around", "approximately", "roughly", "some", "an estimated", "estimated",
              "close to", "nearly", "nearing", "almost", "cerca de", "alrededor de", "unos", "unas", "aproximadamente",
              "casi", "uns", "umas", "quase", "por volta de", "em torno de", "en torno a", "en torno al",
              "aproximadamente a",  # a distance at about so much: 'aproximadamente a 1600 pés', 'aproximadamente a 500 metros'
              # ... with the masculine article the figure takes ('em torno dos 15.000 pés', 'alrededor de los 5.000
              # metros'); the feminine one is that of an hour of the clock ('por volta das 7 horas')
              "em torno dos", "por volta dos", "alrededor de los", "en torno a los",
              # a figure a toll comes close to: 'roza los 2.400 heridos', 'ronda las 300 víctimas', 'beira os 2 mil'
              "roza los", "roza las", "rozan los", "rozan las", "ronda los", "ronda las", "rondan los", "rondan las",
              "beira os", "beira as", "beiram os", "beiram as"),
}
# Vague quantities: word -> (lo, hi).
VAGUE = {
    # 'Thousands' say so of 11,000 as well ('lay off thousands of employees', 13% of 87,000); tens and hundreds of
    # thousands say more.
    "a handful": (3, 9), "dozens": (24, 144), "scores": (40, 200), "hundreds": (200, 999),
    "thousands": (2000, 99_999), "a dozen": (12, 12), "decenas": (20, 99), "docenas": (24, 144),
    "centenares": (200, 999), "cientos": (200, 999), "miles": (2000, 99_999), "dezenas": (20, 99),
    "centenas": (200, 999), "milhares": (2000, 99_999), "several dozen": (36, 144), "varias decenas": (20, 99),
    "varias docenas": (36, 144), "varias dezenas": (20, 99), "several hundred": (200, 999), "a few hundred": (200, 999),
    "several thousand": (2000, 9999), "a few thousand": (2000, 9999),
    "tens of thousands": (20_000, 99_999), "decenas de miles": (20_000, 99_999), "dezenas de milhares": (20_000, 99_999),
    "hundreds of thousands": (200_000, 999_999), "cientos de miles": (200_000, 999_999),
    "centenares de miles": (200_000, 999_999), "centenas de milhares": (200_000, 999_999),
    "millions": (2_000_000, 999_999_999), "millones": (2_000_000, 999_999_999), "milhoes": (2_000_000, 999_999_999),
    "tens of millions": (20_000_000, 99_999_999), "decenas de millones": (20_000_000, 99_999_999),
    "dezenas de milhoes": (20_000_000, 99_999_999), "hundreds of millions": (200_000_000, 999_999_999),
    "cientos de millones": (200_000_000, 999_999_999), "centenas de milhoes": (200_000_000, 999_999_999),
    "billions": (2e9, 999e9), "miles de millones": (2e9, 999e9), "bilhoes": (2e9, 999e9),
    "tens of billions": (20e9, 99e9), "decenas de miles de millones": (20e9, 99e9), "dezenas de bilhoes": (20e9, 99e9),
    "hundreds of billions": (200e9, 999e9), "cientos de miles de millones": (200e9, 999e9),
    "centenas de bilhoes": (200e9, 999e9),
    # Collective numerals: about so many ('una veintena de heridos', 'un centenar de personas', 'uma dezena').
    "una decena": (9, 11), "una docena": (12, 12), "una veintena": (18, 22), "una treintena": (27, 33),
    "una cuarentena": (36, 44), "una cincuentena": (45, 55), "un centenar": (90, 110), "un millar": (900, 1100),
    "uma dezena": (9, 11), "uma duzia": (12, 12), "uma vintena": (18, 22), "uma centena": (90, 110),
    "um milhar": (900, 1100), "half a dozen": (6, 6), "media docena": (6, 6), "meia duzia": (6, 6),
    "medio centenar": (45, 55), "meia centena": (45, 55), "medio millar": (450, 550), "meio milhar": (450, 550),
    "half a thousand": (450, 550),
    # Negations are counts too: 'no one was killed' says the toll is zero.
    "no one": (0, 0), "no-one": (0, 0), "nobody": (0, 0), "none": (0, 0), "no deaths": (0, 0), "no casualties": (0, 0),
    "no fatalities": (0, 0), "no victims": (0, 0), "nadie": (0, 0), "ninguno": (0, 0), "ninguna": (0, 0),
    "ningun": (0, 0), "sin victimas": (0, 0), "ninguem": (0, 0), "nenhum": (0, 0), "nenhuma": (0, 0),
    "sem vitimas": (0, 0),
}
# ... and so many more, after a stand-in: 'otra veintena resultaron heridas', 'outra dezena', 'otro centenar'.
VAGUE.update({f"{other} {key.split(' ', 1)[1]}": span for key, span in list(VAGUE.items())
              for article, other in (("una", "otra"), ("un", "otro"), ("uma", "outra"), ("um", "outro"))
              if key.startswith(article + " ")})
# Vague words that are also ordinary words ('Miles Vinar', 'won by 20 miles', 'the scores'): a quantity
# only before what they count ('miles de personas', 'scores of people'); or, after 'and' or a comma, before a
# casualty's participle ('were killed and scores injured'; not 'their scores injured their pride').
VAGUE_BEFORE_OF = {"miles": "de", "scores": "of"}
VAGUE_BEFORE_HURT = {"scores": ("more", "injured", "wounded", "hurt", "dead", "killed")}

# What opens a part listed between commas: '265 people, including 241 of the 242 on board, were killed'.
INCLUDING = ("including", "among them", "incluidos", "incluidas", "incluido", "incluida", "incluyendo", "incluindo",
             "entre ellos", "entre eles")
# Words that make the number a part of a group named elsewhere ("15 of them").
PARTITIVE_BEFORE = (*INCLUDING, "among whom", "of whom", "entre ellas", "entre elas", "among", "besides",
                    "besides the", "in addition to", "in addition to the", "apart from", "apart from the", "ademas de",
                    "ademas de los", "ademas de las", "alem de", "alem dos", "alem das")
# What opens a phrase, at the head of its clause, naming a group besides the one the clause goes on to count: 'Além
# das vítimas fatais, vinte pessoas sofreram lesões', 'In addition to the dead, 21 people were hurt'.
IN_ADDITION = ("besides", "in addition to", "apart from", "aside from", "ademas de", "ademas del", "aparte de",
               "aparte del", "alem de", "alem do", "alem da", "alem dos", "alem das")
IN_ADDITION_WORDS = tuple(sorted({max(w.split(), key=len) for w in IN_ADDITION}))  # 'addition', 'alem': a quick test
# What sets a figure against another count, which makes it the difference between the two: 'dos más que el PS', 'três
# deputados à frente do PS', 'two seats ahead of the Socialists', 'five more than the Socialists' (folded, as after a
# figure and its noun; 'more than a week' is a hedge of what follows).
COMPARED_TO = ("more than", "fewer than", "less than", "mas que", "menos que", "mais que", "mais do que", "menos do que",
               "ahead of", "a frente de", "a frente do", "a frente da", "a frente dos", "a frente das", "por delante de",
               "por delante del")
# What opens a phrase, at the head of its clause, conceding what it names before the clause goes on to something else:
# 'Despite the loss, the board approved 13.6 billion reais in dividends', 'Apesar do prejuízo, a Petrobras aprovou'.
CONCEDING = ("despite", "in spite of", "regardless of", "notwithstanding", "a pesar de", "a pesar del", "pese a", "pese al",
             "apesar de", "apesar do", "apesar da", "apesar dos", "apesar das")
CONCEDING_WORDS = tuple(sorted({max(w.split(), key=len) for w in CONCEDING}))  # 'despite', 'apesar': a quick test
# Adverbs of still being so, or being so by now ('159 still missing', 'siguen aún desaparecidos'), folded.
STILL_WORDS = frozenset("still now already aun todavia ya ainda ja".split())
# A figure given first and since replaced ('initially reported 76 dead', 'en primera instancia'), folded: these words
# govern their clause, or what follows them after a comma, never a whole sentence ('Si bien en un principio..., ahora
# son 72').
INITIALLY = ("initially", "at first", "inicialmente", "en un principio", "al principio", "en primera instancia",
             "en un primer momento", "num primeiro momento", "em um primeiro momento", "no primeiro momento",
             "primero se", "primeiro se")  # 'Primero se reportó siete muertos'
# Participles of happening, folded: they date the noun phrase they end ('el derrame de petróleo ocurrido el sábado',
# 'o rompimento da barragem, ocorrido no dia 25').
HAPPENED = tuple(stem + ending for stem in ("ocurrid", "ocorrid", "acontecid", "sucedid") for ending in ("o", "a", "os", "as"))
# Participles of an event being held: 'una audiencia de petición realizada este domingo', 'la sesión celebrada el lunes'.
HELD = tuple(stem + ending for stem in ("realizad", "celebrad") for ending in ("o", "a", "os", "as"))
# Adjectives of quantity that stand for a part of a group with no figure ('many', 'some', 'la mayoría'), folded.
QUANTIFIERS = frozenset("""many most some several few muchos muchas algunos algunas varios varias mayoria muitos muitas
    alguns algumas maioria""".split())
OTHERS = frozenset("others otros otras outros outras".split())  # the rest of a group, standing for it: 'y otros 50'
# What adds a group besides the one a clause is about: 'ocho personas, trasladadas a Rusia junto con dos menores'.
BESIDES = ("along with", "together with", "junto con", "junto a", "junto com", "juntamente com")
WITH_WORDS = ("with", "con", "com")  # what opens a phrase of what a group has: 'in hospital with life-threatening injuries'
# What opens the part of a group already counted, between the whole and what the part is: 'about 20 injured, five
# of them seriously', 'cerca de 20 feridos, entre os quais vários em estado grave'.
PART_OPENERS = INCLUDING + ("among whom", "of whom", "of them", "of which", "entre ellas", "de ellos", "de ellas",
                             "de los cuales", "de las cuales", "entre elas", "entre os quais", "entre as quais", "deles",
                             "delas", "dos quais", "das quais", "which include", "which included", "que incluyen",
                             "que incluian", "que incluem", "que incluiam")
# A part of a group already named, after a figure, with a definite article ('fifteen of the dead', 'cinco dos
# mortos'), or out of a whole ('3,000 out of 42,000 spectators'), not a possessive ('32 of its officers were killed'
# counts them all).
DEFINITE_PARTITIVES = ("of the", "of those", "of these", "out of", "out of the", "de los", "de las", "de esos", "de esas",
                       "de estos", "de estas",
                       "dos", "das", "destes", "destas", "desses", "dessas")
PARTITIVE_AFTER = ("of them", "of whom", "of those", "of the", "of its", "of their", "out of", "de ellos", "de ellas",
                   "de los cuales", "de los", "de las", "de sus", "dos quais", "deles", "delas", "dos", "das")

# Verbs of a figure changing: 'the toll rose from 30 to 40', 'subió de 30 a 40', 'passou de 30 para 40'.
RISE_VERBS = tuple("""rose risen rises rising climbed climbs climbing increased increases jumped grew grown mounted mounts
    mounting soared soars soaring surged surges surging subio subido sube suben aumento aumentado ascendio ascendido
    asciende ascienden elevo eleva elevan crecio aumenta aumentan aumentaron subieron ascendieron elevaron
    subiu sobe sobem subiram aumentou cresceu elevou aumenta aumentam aumentaram elevaram rise jump jumps jumping climb grow
    soar surge subir subiria subiera aumentar aumentaria aumentara subira crescer salto saltaron saltou saltaram disparo
    dispararon disparou dispararam salta saltan saltara saltaria""".split())
# What a figure 'has risen to', 'llega a' or 'chegou a'.
REACH_VERBS = RISE_VERBS + tuple("""reached reaches hit hits llega llego alcanza alcanzo chega chegam chegou chegaram atinge
    atingiu totaled totalled totals suma suman sumaban somam soma totaliza totalizan totalizam numbered""".split())
# Verbs that set a count anew, its noun between them and the figure: 'raising the death toll to 17', 'bringing the
# number of injured down to 21', 'elevando el número de muertos a 17', 'reduzindo o de feridos a 21'.
REVISE_VERBS = tuple("""raising raised bringing brought pushing pushed lifting lifted taking took lowering lowered
    reducing reduced cutting revising revised updating updated elevando elevo llevando llevo aumentando aumento subiendo
    reduciendo redujo rebajando rebajo situando situo dejando levando levou elevou aumentou reduzindo reduziu baixando
    baixou diminuindo diminuiu colocando colocou atualizando atualizou""".split())
# What a figure 'went from nine to 12', 'pasó de nueve a 12' or 'passou de nove para 12' with.
PASS_VERBS = tuple("""went goes pasa pasan paso pasaron pasara pasaria pasaran passa passam passou passaram passaria
    passara passe pasando pasar passando passar""".split())
# Spanish and Portuguese falls in the simple past, one and several: verbs of a change too ('bajaron de 20,5 % a 19,8 %').
FELL = tuple("bajo bajaron cayo cayeron descendio descendieron disminuyo disminuyeron caiu cairam diminuiu diminuiram".split())
# What a figure 'has fallen to', 'se ha reducido a' or 'caiu para'.
FALL_VERBS = tuple("""fell fallen falls dropped drops declined declines decreased reduced reducido reducida bajado
    descendido disminuido caido reduziu reduzido diminuido recuou recuaram slowed eased cedio""".split()) + FELL
# Superlatives and firsts ('-iest' forms aside): 'the worst attack in 20 years', 'la primera huelga en 16 años'.
SUPERLATIVES = tuple("""worst biggest largest longest strongest highest lowest greatest hottest coldest fastest most first
    only peor peores mayor mayores primer primera primero pior piores maior maiores primeira primeiro""".split())
# Words that open a relative clause.
RELATIVES = ("which", "who", "whom", "whose", "que", "quien", "quienes", "el cual", "la cual", "los cuales", "las cuales",
             "o qual", "a qual", "os quais", "as quais", "cuyo", "cuya", "cuyos", "cuyas", "cujo", "cuja", "cujos", "cujas")
# Nouns an event named after them ('the night of the crash', 'one of the worst crashes') is no point of reference for.
REFERENCE_NOT = tuple("""day night date time morning evening afternoon hour moment eve dia noche noite fecha data hora
    momento manana tarde madrugada vispera vespera one uno una um uma""".split())
# Nouns for a count that stands at a level: 'bringing the toll up to nine', 'la cifra a 12'.
TOLL_NOUNS = ("toll", "tally", "total", "cifra", "balance", "saldo")
LEVEL_NOUNS = (*TOLL_NOUNS, "number", "numero")  # and 'the number of dead', 'el número de muertos'
# Spans a toll may be counted for: 'this year's toll', 'el balance anual' is a period's, not the whole count's.
PERIOD_NOUNS = tuple("""year years annual ano anos anual month months mes meses week weeks semana semanas decade season
    temporada""".split())
# Verbs of estimate that a figure may follow at once: 'Organisers estimated 1.7 million', 'a polícia estima cerca de 130 mil'.
ESTIMATES = ("estimated", "estimates", "estima", "estiman", "estimam", "estimou", "estimaram", "estimo", "estimaron")
# Verbs that put a figure on a count, with those: 'police put the estimate at 128,000', 'estimated the crowd at', 'la
# policía cifró en 128.000', 'calculou em 128 mil'.
ESTIMATE_VERBS = ESTIMATES + tuple("""put puts putting placed places placing estimating calculated calculates cifro cifra
    cifran cifraron calculo calcula calculan calcularon situo situa situan situaron calculam calcularam
    calculou""".split())
# Nouns of such a figure: 'the turnout at about 128,000', 'la asistencia en', 'a participação foi de'.
ESTIMATE_NOUNS = tuple("""estimate estimates figure count turnout attendance crowd asistencia participacion afluencia
    concurrencia estimacion estimativa participacao adesao publico""".split())
# 'Of' and its Spanish and Portuguese forms, with the article joined on: what opens the group a figure is of.
OF_WORDS = frozenset("of de del do da dos das".split())
CHANGE_VERBS = RISE_VERBS + tuple("""fell fallen falls dropped declined revised raised lowered raise raises raising
    increase increasing reduce reduces reduced reducing lower lowers lowering expand expands expanded expanding
    cut cuts reducen reducira reduciran redujo redujeron reducir reduz reduzem reduzira reduzirao reduziram reduzir
    altera alteram alterou alterar lift lifts lifted lifting cutting narrow narrows narrowed narrowing trim trims trimmed
    trimming shrink shrinks shrank shrunk shrinking halve halves halved halving reducido
    reducida""".split()) + FELL + PASS_VERBS[2:]  # not 'went': 'went by bus'
# Verbs of going past a mark, which a margin follows as a change's size does: 'exceeding the previous record by 1.6C',
# 'superó en 1,6 grados la marca anterior', 'ultrapassou o recorde em 1,6 graus'.
SURPASS_VERBS = tuple("""exceed exceeds exceeded exceeding beat beats beating surpass surpassed surpasses surpassing top
    tops topped topping outstrip outstripped broke breaking smashed smashing supera supero superando superaron
    rebasa rebaso rebasando rompio rompiendo batio batiendo ultrapassa ultrapassou ultrapassando ultrapassaram bateu
    batendo superou quebrou quebrando""".split())
# A cue that names a change ('a pay raise', 'aumentar os salários', 'cut jobs'): its size is what the cue names.
CHANGE_WORDS = frozenset(CHANGE_VERBS) | frozenset("""hike hikes increases aumento aumentos alza subida reajuste
    incremento recorte corte""".split())

# Verbs that report speech: who said it ('Reuters reported'), and when ('dijo el domingo') — the day a
# thing was said, not the day it happened. Folded.
SAY_VERBS = tuple("""said says told reported reports announced announces confirmed confirms claimed claims stated
    declared dijo informo afirmo anuncio confirmo aseguro declaro senalo disse informou afirmou anunciou
    confirmou declarou""".split())
SAID_PLURAL = tuple("""dijeron informaron afirmaron anunciaron confirmaron aseguraron declararon senalaron disseram
    informaram afirmaram anunciaram confirmaram declararam""".split())
SAID_PARTICIPLES = ("dicho", "anunciado", "informado", "confirmado", "declarado", "afirmado", "asegurado", "senalado",
                    "indicado", "explicado", "revelado", "comunicado")  # after 'ha', 'han': 'ha anunciado este miércoles'
# Verbs by which a source gives a figure: 'Police said 128,000', 'la policía indicó que', 'Organisers estimated 1.7m'.
GIVE_VERBS = (*SAY_VERBS, *SAID_PLURAL, "say", "saying", "estimated", "estimate", "estimates", "indico", "indicaron",
              "indicou", "indicaram", "estimo", "estimou", "estimaron", "estimaram", "calculo", "calculou")
# Verbs of telling whose past form is seldom a passive after a figure (not 'confirmed': '40 people confirmed dead').
TELLING = ("said", "say", "says", "told", "tell", "recalled", "recounted", "dijeron", "contaron", "relataron", "narraron",
           "disseram", "contaram", "relataram")
# ... those of speaking, with their other persons and tenses: right after a figure and its noun they say who spoke ('One
# official said there were many dead', 'dos testigos dijeron'; recalling tells of the past).
SPEAKING = frozenset(w for w in TELLING if not w.startswith(("recall", "recount", "relat", "narr"))) | frozenset(
    """tells dijo dice dicen afirmo afirmaron aseguro aseguraron declaro declararon conto disse diz dizem afirmou afirmaram
    declarou declararam contou""".split())
# What credits what comes before it to a source: 'according to police', 'según la policía', 'segundo a polícia'.
ACCORDING = ("according to", "citing", "segun", "de acuerdo con", "segundo", "de acordo com", "conforme")
DISCLOSED = tuple("""released revealed published disclosed publico revelo divulgo publicaron revelaron divulgaron
    divulgou divulgaram revelou revelaram publicou publicaram updated atualizou atualizaram actualizo
    actualizaron""".split())  # 'divulgou hoje os nomes', 'atualizou, neste domingo (3), o número de

# A poll foresees a result, and governs only a figure before it: '45% in the polls', '44,65% das intenções de voto'
# ('leading the polls with more than 59% of the votes' is a count's result).
POLL_WORDS = frozenset({"polls", "poll", "encuestas", "sondeos", "sondagens", "intencion de voto", "intenciones de voto",
                        "intencao de voto", "intencoes de voto", "voting intentions"})

# Words that put what follows in their clause outside what happened: a possibility, a condition, a
# projection, a wish, a demand, an offer, a failure ('the toll could rise to 50', 'if one cable were down',
# 'prosecutors sought the death penalty', 'in exchange for a life sentence', 'podría subir a 50',
# 'pediu prisão perpétua', 'experts were expecting 11 to 14 years'), a fear ('se teme que cientos más están
# desaparecidas'), a plan ('what was supposed to be a week-long mission', 'lo que debía ser una estancia de 10 días',
# 'uma missão que deveria durar oito dias'). Folded; _ is a space.
# Of them, the words of asking or of preferring: a fact whose cue is their subject is what was asked for ('prosecutors
# sought'); what one member wanted is not what was decided ('Miran preferred a cut of 50 basis points').
DEMAND = tuple("""seek seeks sought seeking urge urges urged urging demand demands demanded demanding hope hopes hoped hoping
    asked_for asking_for call_for calls_for called_for calling_for pushed_for pushing_for
    requested requesting recommend recommends recommended recommending argued_for arguing_for argues_for request_for
    requests_for plea_for argued_that arguing_that argues_that
    pidio piden pidieron pide solicito solicitaron exigio exigen exigieron exigir exigia exigian exigiendo busca buscan
    buscaba buscaban solicitando solicitado solicitada solicitados solicitadas argumento_que argumentaron_que
    habia_argumentado habian_argumentado habia_defendido habian_defendido esperaban recomendo recomendaron recomienda
    recomiendan propuso propusieron propone propuesta_de solicitud_de peticion_de habia_pedido habian_pedido
    pediu pedem pediram exigiu exigem exigiam exigindo recomendou recomendaram propos propuseram proposta_de pedido_de
    tinha_pedido tinham_pedido havia_pedido haviam_pedido buscavam buscava buscam solicitou solicitaram
    argumentou_que argumentaram_que defendeu_que esperavam recomendado recomendada recomendados recomendadas
    prefer prefers preferred preferring favored favoured favoring favouring advocated advocating advocates
    preferia preferian prefirio prefirieron queria querian abogo_por abogaron_por abogaba_por pedir
    preferiam preferiu preferiram queriam""".split())
DEMAND_WORDS = frozenset(w.replace("_", " ") for w in DEMAND)
# Of them, the nouns: a proposal or a request named as the subject of a verb of its own, which governs a figure after it,
# is put to a test, not what is asked ('la propuesta de permitir bases militares extranjeras fue rechazada por el 60,50%').
DEMAND_NOUNS = frozenset(w.replace("_", " ") for w in """propuesta_de solicitud_de peticion_de proposta_de pedido_de
    request_for requests_for plea_for""".split())
# Nouns of what is put to a vote, which a clause after them fills with what they are: 'La tercera propuesta, que
# planteaba disminuir el número de asambleístas,'. Folded.
PROPOSAL_NOUNS = frozenset("""proposal proposals question questions measure measures initiative initiatives amendment
    amendments propuesta propuestas pregunta preguntas interrogante iniciativa iniciativas medida medidas enmienda
    enmiendas proposta propostas pergunta perguntas questao questoes emenda emendas""".split())
# Of them, the words of seeking: with a verb after them, or impersonal, an aim ('seeks to cut use by 11%', 'buscan reducir
# el consumo en un 11%', 'se busca un ahorro de un 11%'), which a fact of what is to come reads.
SEEK_WORDS = frozenset("seek seeks sought seeking busca buscan buscaba buscaban buscam buscava buscavam".split())
# Verbs of foreseeing a figure: what they govern has not happened, unless the fact is the forecast ('Los economistas
# pronosticaban', 'el consenso, que apuntaba a'). Folded.
FORECAST = tuple("""predicted predicting expect expects expecting forecast forecasts forecasting pronosticado pronosticaron
    pronostican pronosticaban preveian apuntaba_a apuntaban_a previa_a previam_a previam projetava projetavam""".split())
FORECAST_WORDS = frozenset(w.replace("_", " ") for w in FORECAST)
# Verbs of a reckoning that a clause of what may be follows: 'Red Eléctrica calculaba que la recuperación podría tardar
# entre 6 y 10 horas', 'estimated it could take'; the clause's 'could' is the estimate's own. Folded.
ESTIMATING = frozenset(ESTIMATES) | FORECAST_WORDS | frozenset("""calculated calculates calcula calculan calculaba
    calculaban calculo calcularon calculou calcularam calculava preve preven preveia previo previu estimaba estimaban
    estimava""".split())
# The subjunctives of 'poder', folded: 'estimam que a neve possa chegar aos 50 cm', 'para que puedan seguir'.
SUBJUNCTIVE_MAY = tuple("pueda puedan pudiera pudieran possa possam pudesse pudessem".split())
# Of the words of possibility, those an estimate may hold: 'could take', 'podría tardar', 'pode levar'. Folded.
MAY_WORDS = frozenset("could might may podria podrian puede pueden pode podem poderia poderiam".split()) \
    | frozenset(SUBJUNCTIVE_MAY)
# Nouns of a figure foreseen: a figure that beat one is not it ('surpassing expectations'), and going past one makes
# none anew, so it stays what was foreseen ('superó con creces su estimación de 150 millones'). Folded.
FORECAST_NOUNS = frozenset("""expectations expectation forecast forecasts estimates estimate consensus projections
    predictions expectativas expectativa previsiones prevision estimaciones estimacion proyecciones pronosticos
    estimativas estimativa previsoes previsao projecoes projecao""".split())
UNREAL = DEMAND + tuple("""could might may threaten threatens threatened threatening in_exchange_for if_convicted
    likely_to failed_to fails_to
    if unless whether
    podria podrian si would_have habria_sido habrian_sido teria_sido teriam_sido pode podem puede pueden
    amenazo a_cambio_de no_logro
    projection projections projected_to is_projected was_projected are_projected were_projected the_projected exit_poll
    exit_polls proyeccion proyecciones projecao projecoes boca_de_urna boca_das_urnas
    poderia poderiam ameacou em_troca_de nao_conseguiu
    feared fears fearing se_teme temen tememos temia temian teme-se temem receia-se receiam receamos
    fear_that temer temor_de_que receio_de_que
    may_have might_have could_have may_be puede_haber pueden_haber pudo_haber pudieron_haber pode_ter podem_ter
    possibility possibilities posibilidad posibilidades possibilidade possibilidades possible_that es_posible_que
    e_possivel_que rule_out ruled_out ruling_out rules_out descarta descartan descarto descartaron descartar descartou
    descartaram descartam""".split()
               ) + SUBJUNCTIVE_MAY + FORECAST + tuple(w.replace(" ", "_") for w in sorted(POLL_WORDS)) + tuple("""
    expectations_of expectation_of consensus_of consensus_estimate poll_estimate expectativas_de expectativa_de
    expectativas_del""".split())  # nouns of a forecast: 'missing analysts' expectations of 22.3 billion reais'

# Verbs of asking or hoping that follow what was asked for, in a relative clause or as a participle: 'the 40 to 50
# years prosecutors sought', 'los 50 años que pidió la fiscalía', 'los 105 años recomendados por', 'the 5-1/4 years or
# less that Mukasey had suggested', 'que esperaban Bankman-Fried y sus abogados'. Folded.
ASKED = frozenset("""sought requested recommended asked demanded urged hoped proposed suggested expected
    pidio pidieron pedia pedian solicito solicitaron solicitaba solicitaban solicitado solicitados solicitada solicitadas
    recomendo recomendaron recomendaba recomendaban recomendado recomendados recomendada recomendadas esperaba esperaban
    exigio exigieron exigia exigian propuso propusieron buscaba buscaban sugirio sugirieron pedidos pedidas
    pediu pediram pediam solicitou solicitaram recomendou recomendaram esperava esperavam exigiu exigiram propos
    propuseram buscava buscavam sugeriu sugeriram""".split())
# Verbs that lay an event at someone's door: the day next to one dates the blaming, not the event ('named by the FBI
# on Monday as responsible for the attack', 'The FBI on Monday blamed DarkSide for the attack').
BLAMED = frozenset("""blamed named identified accused attributed culpo culparon culpaba acuso acusaron identifico
    identificaron atribuyo atribuyeron responsabilizo responsabilizaron culpou culparam acusou acusaram identificou
    identificaram atribuiu atribuiram responsabilizou responsabilizaram""".split())
# Of them, the words of a penalty faced: a fact with a cue among them ('maximum', 'up to') is the most that was faced.
FACING = tuple("""faces_up_to faced_up_to facing_up_to face_up_to could_face faces_a_maximum faced_a_maximum
    enfrentaba_un_maximo enfrenta_un_maximo enfrentaba_hasta enfrenta_hasta enfrentan_hasta podria_enfrentar enfrentou_ate
    enfrenta_ate enfrentava_ate pode_pegar poderia_pegar""".split())
FACING_WORDS = frozenset(w.replace("_", " ") for w in FACING)
UNREAL += FACING
# Words of what a thing is made able to do, no deed: 'is designed to descend as deep as 4,000 meters', 'capable of
# carrying 10', 'diseñado para resistir', 'projetado para levar'; part of UNREAL.
CAPACITY = tuple("""designed_to built_to rated_to capable_of disenado_para disenada_para construido_para capaz_de
    capaces_de projetado_para projetada_para concebido_para concebida_para capazes_de""".split())
UNREAL += CAPACITY
# Words of a plan: what was meant to be ('a mission supposed to last eight days'); part of UNREAL.
PLAN = tuple("""expected_to se_espera_que was_going_to were_going_to plans_to planned_to supposed_to meant_to slated_to
    slated_for scheduled_to scheduled_for on_track_to on_pace_to en_vias_de em_vias_de
    intended_to intended_as planned_as planned_for
    debia_durar debia_ser debian_ser deberia_durar deberia_ser se_suponia iba_a_ser iba_a_durar iban_a_ser lo_que_seria
    debia_realizarse debia_celebrarse deberia_realizarse deberia_celebrarse iba_a_realizarse iba_a_celebrarse
    estaba_previsto estaba_prevista programada_para programado_para prevista_para previsto_para previstas_para
    previstos_para planeada_para planeado_para
    deveria_durar deveria_ser deveriam_ser deveria_ter deveriam_ter deveria_ficar deveriam_ficar devia_durar devia_ser
    duraria durariam o_que_seria era_para_ser era_para_durar com_a_promessa_de com_o_objetivo_de estava_previsto
    estava_prevista planejada_para planejado_para deveria_acontecer devia_acontecer deveria_ocorrer marcado_para marcada_para
    wants want_to wanted_to aims_to aim_to aiming_to goal_is goal_of target_of quiere quieren pretende pretenden
    meta_es meta_de objetivo_es objetivo_de meta_e objetivo_e quer querem
    to_extend to_expand to_test ampliar extender estender testar probar planejamento_de planificacion_de
    futuramente""".split())  # what a use is to be widened to, or tested on: 'estuda ampliar ... para pessoas de 60 a 79 anos'
UNREAL += PLAN
PLAN_WORDS = frozenset(w.replace("_", " ") for w in PLAN)
# Words of UNREAL that are one only as written in lower case: 'may fire 800 staff', not the month ('since May').
LOWER_CASE_ONLY = frozenset({"may"})
# Words of a claim the copy says was made first and since replaced: 'Lutnick had earlier said that the fee would be
# charged annually', 'havia indicado que a taxa seria anual', 'declarou inicialmente que'; part of UNREAL.
RETRACTED = tuple("""had_earlier_said had_previously_said had_initially_said had_originally_said had_first_said
    had_earlier_suggested had_initially_suggested had_suggested had_indicated had_earlier_indicated had_earlier_told
    had_earlier_stated initially_said initially_suggested originally_said
    habia_sugerido habia_indicado habia_dicho_inicialmente habia_anunciado_inicialmente dijo_inicialmente
    anuncio_inicialmente inicialmente_dijo inicialmente_anuncio
    havia_sugerido havia_indicado tinha_sugerido tinha_indicado havia_dito_inicialmente declarou_inicialmente
    disse_inicialmente afirmou_inicialmente inicialmente_disse inicialmente_declarou""".split())
UNREAL += RETRACTED
RETRACTED_WORDS = frozenset(w.replace("_", " ") for w in RETRACTED)
# Of those, the words that also govern a figure just before them: 'Hundreds feared dead', '12 are feared drowned',
# '50 people may have died', 'cientos pueden haber muerto'.
UNREAL_AFTER = frozenset({"feared", "may have", "might have", "could have", "puede haber", "pueden haber", "pode ter",
                          "podem ter", "expected to"}) | POLL_WORDS  # 'Waves up to 10 feet are expected to hit Hawaii'

# 'Un', 'una', 'um', 'uma' are more often articles than figures ('un nuevo acto', 'una magnitud de 6,1').
ARTICLE_NUMBERS = frozenset({"un", "una", "uno", "um", "uma"})
# Verbs of having or turning so many years (folded), before an age: 'tiene 69 años', 'o papa tem 69 anos', 'cumplió 40'.
HAVE_YEARS = ("tiene", "tenia", "tem", "tinha", "cumple", "cumplio", "cumplira", "cumpliria")
# Plural nouns of people (folded): a fact whose units name people in general ('people', 'personas') counts them too,
# '12 miners died', 'sobrevivieron 6 de los pasajeros'; its not_units still leave some out. Not 'victims', which in
# Spanish and Portuguese copy often counts the injured with the dead ('20 vítimas, que incluem feridos').
PERSON_NOUNS = frozenset("""soldiers troops passengers children kids students pupils workers miners civilians officers
    policemen migrants refugees pilgrims tourists residents villagers fishermen players fans worshippers journalists
    reporters patients inmates prisoners protesters demonstrators firefighters rescuers hikers climbers militants rebels
    insurgents guards employees adults teenagers teens babies infants girls boys citizens nationals members
    sailors pilots doctors nurses teachers spectators guests customers shoppers drivers motorists pedestrians farmers
    parishioners occupants travelers travellers staff crew detainees mourners attendees
    soldados pasajeros ninos ninas estudiantes alumnos trabajadores mineros civiles policias agentes migrantes pilotos
    refugiados peregrinos turistas vecinos habitantes pescadores tripulantes jugadores aficionados periodistas pacientes
    presos reclusos manifestantes bomberos militares menores mujeres hombres ciudadanos fieles empleados obreros adultos
    jovenes bebes rescatistas socorristas guardias ocupantes viajeros conductores peatones campesinos feligreses huespedes
    reos custodios celadores prisioneros presidiarios internos
    passageiros criancas alunos trabalhadores mineiros civis policiais moradores torcedores jornalistas detentos
    bombeiros mulheres homens cidadaos fieis funcionarios operarios jovens viajantes motoristas pedestres
    agricultores hospedes guardas carcereiros detidos prisioneiros""".split())
# Words for people in general: a count fact whose units include one counts people, so a figure whose noun is left
# out ('17 dead', '18 were injured', 'the toll rose to 17') counts what it needs.
# People a figure counts only as what the verb right after it says they suffered: '90 victims killed' are dead,
# while '104 victims and dozens missing' are not missing.
VICTIM_NOUNS = frozenset({"victims", "victimas", "vitimas"})
# Groups that split people by age or sex (folded): a list of them, each with its figure, is one count of all it names
# ('Eleven adults and one child are in intensive care' is 12; '35 adultos y 4 niños ingresados' is 39).
AGE_SEX_GROUPS = frozenset("""adults adult children child minors minor kids kid boys boy girls girl men man women woman
    adultos adulto ninos nino ninas nina menores menor hombres hombre mujeres mujer criancas crianca meninos menino
    meninas menina homens homem mulheres mulher""".split())
PERSON_WORDS = ("people", "persons", "person", "individuals", "personas", "persona", "pessoas", "pessoa", "gente")
CONJUNCTIONS = frozenset("and or but e y ou o mas pero".split())  # what joins two clauses ('17 mortos e 21 feridos')
# Words standing for a noun already said ('21 others were injured', 'outras 21'): no noun of their own.
STAND_INS = frozenset("others other more otros otras mas outros outras mais".split())
# When or where some of a count happened, right after its verb: the figure is a part of the toll ('15 were killed
# instantly and two died later', '15 pessoas morreram no local'), which gives way to a whole count in the same article.
PART_WHEN = ("instantly", "immediately", "on the spot", "in situ", "at the scene", "on scene", "on site", "at the site",
             "on the site", "on impact", "later", "afterwards", "subsequently", "in hospital", "in the hospital",
             "in a hospital", "at the hospital", "at a hospital", "at hospital", "on the way to hospital",
             "on the way to the hospital",
             "en route to hospital", "en route to the hospital",
             "en el acto", "en el lugar", "en el sitio", "en el momento", "al instante", "de inmediato", "mas tarde",
             "posteriormente", "en el hospital", "en un hospital", "camino del hospital", "camino al hospital",
             "no local", "na hora", "no momento", "no acto", "no ato", "de imediato", "mais tarde", "no hospital",
             "num hospital", "a caminho do hospital", "in hospitals", "at hospitals", "en hospitales", "en los hospitales",
             "en diversos hospitales", "en distintos hospitales", "em hospitais", "nos hospitais")
# ... those of them that say where: a figure right before one, its verb left out, is such a part too ('26 murieron en el
# sitio y 5 en hospitales').
PART_WHERE = tuple(p for p in PART_WHEN if any(w in p for w in ("hospital", "scene", "site", "spot", "situ", "lugar", "sitio",
                                                                 "local")))
# A part named as some of a group given before: 'seis de ellos murieron', 'three of them died', 'dez deles'.
PRONOUN_PARTS = frozenset({"of them", "of whom", "of those", "de ellos", "de ellas", "de los cuales", "de las cuales",
                           "deles", "delas", "dos quais", "das quais"})
# A first part of an amount paid or raised over time ('an immediate 11% wage increase', 'un aumento inicial de 11%',
# '11% de aumento imediato'): it gives way to the whole the article gives.
INSTALMENT = ("immediate", "immediately", "right away", "upfront", "up front", "initial", "first-year", "upon ratification",
              "on ratification", "in the first year", "inmediato", "inmediata", "de inmediato", "inicial", "de entrada",
              "en el primer ano", "durante el primer ano", "imediato", "imediata", "de imediato", "no primeiro ano")
# A figure added to one already given ('another 49 died', 'otras 49 personas murieron', '12 more people died'): a part
# of the toll, which gives way like those above. Before the figure, and after it.
ADDED_BEFORE = ("another", "other", "further", "additional", "otros", "otras", "outros", "outras", "mais",  # 'mais duas'
                "nuevos", "nuevas", "novos", "novas",  # 'hay nuevos 41 casos'
                "gained", "picked up")  # 'Chega gained two seats' when the votes from abroad were counted
# How badly, or how far, some of a count were hurt or dealt with, right before or after its cue: '76 passengers were
# seriously injured', '150 others received minor injuries', '29 heridos graves', '110 bodies identified', 'seis heridos
# hospitalizados'. A part of the count, which gives way to a whole one in the same article.
PART_CUE_BEFORE = ("seriously", "critically", "severely", "gravely", "grievously", "badly", "slightly", "lightly",
                   "minor", "serious", "critical", "severe", "gravemente", "levemente", "seriamente")
IDENTIFIED = ("identified", "identificados", "identificadas")  # of the dead: a part of them, or all ('110 bodies identified')
PART_CUE_AFTER = ("graves", "grave", "leves", "leve", "de gravedad", "en estado grave", "en estado critico",
                  "em estado grave", "em estado critico") + IDENTIFIED
# ... and where some of them are, right after the cue with no verb between ('seis heridos hospitalizados'; not '86
# heridos fueron hospitalizados', which may be all of them).
HOSPITALIZED = ("hospitalized", "hospitalised", "hospitalizados", "hospitalizadas", "internados", "internadas")
ADDED_AFTER = ("more", "mas", "mais", "additional", "extra", "other", "otros", "otras", "outros", "outras")  # 'gained one
# additional seat each', '15 other flood-related fatalities', '10 outras mortes'
# New ones since a figure given before ('11 new cases', 'cinco nuevos casos', 'dois novos casos'): a part of the count,
# even set beside another count ('dos muertes, cinco nuevos casos'), unlike 'otras 42'.
NEW_AFTER = ("new", "fresh", "nuevos", "nuevas", "nuevo", "nueva", "novos", "novas", "novo", "nova")
# Adjectives that date the noun they describe to an earlier time: 'the previous record', 'la cifra anterior'.
EARLIER_ADJECTIVES = frozenset({"previous", "original", "anterior", "anteriores"})
# ... and those that follow the noun in Spanish: 'el rango anterior', 'un reporte previo'.
PREVIO = ("previo", "previa", "previos", "previas")
AFTER_NOUN_EARLIER = ("anterior", "anteriores", *PREVIO)
LATER = ("later", "subsequently", "mas tarde", "mais tarde", "posteriormente")  # before the verb: 'two later died'
# A figure given before the time the article tells of, by a verb in the pluperfect ('emergency services had put the
# toll at 17', 'a Proteção Civil havia divulgado 17 óbitos', 'habían informado de 17 muertos') or after 'chegar a',
# 'llegar a' ('chegaram a divulgar 17 mortes', since corrected): folded.
HAD = ("had", "havia", "haviam", "tinha", "tinham", "habia", "habian")
GIVEN = ("put", "reported", "given", "said", "announced", "released", "confirmed", "counted", "estimated", "anticipated",
         "mentioned", "divulgado", "informado", "anunciado", "reportado", "dado", "confirmado", "contabilizado", "registado",
         "registrado", "indicado", "apontado", "estimado", "cifrado", "calculado", "anticipado", "antecipado", "mencionado",
         "dicho", "dito")
WENT_AS_FAR = ("chegou a", "chegaram a", "llego a", "llegaron a")
GIVE_INFINITIVES = ("divulgar", "anunciar", "informar", "contabilizar", "apontar", "dar", "indicar", "confirmar",
                    "reportar", "cifrar", "registar", "registrar")
# Possessive determiners: 'their soccer coach', 'su esposa', 'seus filhos'.
POSSESSIVES = frozenset("his her their its su sus seu sua seus suas".split())
# Nouns of events that have a day of their own, folded: 'following a fire on March 20', 'tras un incendio el 20 de marzo'.
EVENT_NOUNS = frozenset("""fire blaze explosion blast attack crash accident earthquake quake storm flood outage blackout
    election strike shooting collapse derailment eruption
    incendio ataque atentado accidente choque terremoto sismo tormenta inundacion apagon eleccion huelga
    tiroteo derrumbe descarrilamiento erupcion
    explosao acidente colisao terramoto tempestade inundacao apagao eleicao greve tiroteio desabamento
    descarrilamento erupcao""".split())
# Words that join a clause of its own that is set against the one before: 'while', 'mientras que', 'enquanto'.
WHILE = ("while", "whereas", "mientras que", "mientras", "enquanto", "ao passo que")
# Verbs of killing with the dead as their object ('two gunmen killed a guard'): a figure before one that has an
# object after it counts who killed, not who died. Folded.
KILL_VERBS = frozenset("""kill kills killed killing murder murders murdered murdering slay slays slew slain slaying shot
    shooting stabbed stabbing mato mataron matando matar asesino asesinaron asesinando asesinar matou mataram
    assassinou assassinaram assassinando assassinar""".split())
# What opens the object of such a verb: an article, a possessive or a pronoun ('killing a mother of 12', 'mató a su
# esposa', 'matou o filho').
OBJECT_OPENERS = frozenset("""the a an his her their its this that these those him them me us
    el la los las al su sus o os as um uma un una seu sua seus suas""".split())
# Words that make a verb passive: what stands before it was done to, not did ('two were killed', 'foram mortos').
# How a past participle ends, folded: what a verb did to a noun ("arrested", "recuperados", "detenida").
PARTICIPLE_ENDINGS = ("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
# Nouns that end so, no participles ('por primera vez en décadas', 'el partido', 'la medida', 'na madrugada desta
# sexta-feira'), and the units of time.
NOT_PARTICIPLES = frozenset("""estado estados mercado mercados partido partidos resultado resultados senado lado lados sentido
    sentidos medida medidas llegada llegadas chegada salida saida entrada entradas partida comida vida vidas madrugada
    madrugadas""".split()) \
    | frozenset(TIME_UNITS)
# Words that lead to an age: 'aged 85', 'ages 18 to 48', 'edad de 85', 'idade de 85', '(aged 23 years and 325 days)'.
AGE_WORDS = ("aged", "age", "ages", "edad", "edades", "idade", "idades")
PASSIVE = frozenset("""was were been be being is are get got gets fue fueron sido ser es son foi foram sao""".split())
# Verbs of beating a side, folded, whose object is the side beaten: 'Real Madrid beat Borussia Dortmund', 'venció 2-0 a
# Borussia Dortmund', 'ao vencer o Borussia Dortmund'.
# Only verbs: not 'defeat', 'derrota', nouns too ('la derrota del Dortmund'). A verb of overtaking too: of a race won,
# the one passed is no winner ('ultrapassou Esteban Ocon após um safety car e garantiu a vitória'); and one led, or prevailed
# over ('edged out Kishane Thompson', 'se impuso al jamaicano', 'superando o jamaicano', 'aventajando ... al jamaicano').
DEFEAT_VERBS = frozenset("""beat beats beating defeated defeating overcame edge edges edged edging pip pips pipped pipping
    thrashed routed downed vencio vencieron vence vencer derroto derrotaron derrotar supero superaron superando goleo
    golearon impuso aventaja aventajo aventajando venceu venceram derrotou derrotaram bateu bateram superou goleou
    overtook overtakes overtaking ultrapassou ultrapassa ultrapassar adelanto adelanta rebaso rebasa""".split())
# Words of winning, folded: of a fact of who won, a side its sentence says was beaten is none ('Real Madrid beat
# Borussia Dortmund to win the Champions League', 'venció al Dortmund y es campeón'); and a side named past 'over',
# 'against' or their like after one is the one beaten: 'a 2-0 victory over Borussia Dortmund', 'won against', 'ganó al
# Dortmund', 'vitória sobre o Dortmund'.
WIN_WORDS = frozenset("""win wins won winning winner victory victor triumph triumphed clinched crowned champion champions
    gold gano gana ganaron ganador victoria triunfo conquisto conquistaron campeon campeones oro ganhou ganha vencedor
    vitoria conquistou conquistaram campeao campeoes ouro ganadora vencedora corono coronada coroada consagro consagrada
    campeona campea venceu""".split())
# Verbs of the past that do not end as most do ('-ed', '-ó', '-ou'): the clause they open lies behind. Not forms the
# present shares ('hit', 'set', 'put'), nor verbs of saying, whose clause may tell what is to come.
PAST_FORMS = frozenset("""began became broke brought came caught drew drove fell fled flew fought found gave got grew held
    kept knew led left lost made met paid ran rose sank saw sent shot sold stood stole struck swept took threw won wrote
    went sat hizo tuvo estuvo vino puso fez teve esteve veio houve""".split())
# Prepositions: where a noun phrase ends ('32 [military personnel] in Caracas', 'a 15-year-old boy [by a policeman]').
# Portuguese and Spanish ones joined to an article are prepositions too ('2.700 cidades nos Estados Unidos').
PREPOSITIONS = frozenset("""of in on at for from with by to after before during since de del do da en em no na para por
    con com desde tras apos durante nos nas num numa pelo pela pelos pelas al ao aos""".split())
# Small function words skipped between a number and the noun it counts ("32 of its citizens").
COUNT_FILLERS = frozenset("of its their the his her our de del sus los las seus suas dos das os as its".split())


# Very common words, for telling the three languages apart.
STOPWORDS = {
    "en": frozenset("the and of to in that is was for with on as by were said from his has have".split()),
    "es": frozenset("el la los las de que y en del por con para una se su al lo fue dijo".split()),
    "pt": frozenset("o os de que e em do da dos das na com para um uma foi disse".split()),
}

# Words common in languages the rules are not written in, none of them a common word of the three above: copy in one
# of these is told apart and left 'not covered' rather than read as Spanish or Portuguese.
OTHER_STOPWORDS = {
    "it": frozenset("il di che della delle degli dei gli nel nella sono anche per non dal dalla alla questo questa stato "
                    "essere ha".split()),
    "fr": frozenset("les des et est une du pour qui dans sur pas au aux avec ont cette sont mais plus il".split()),
    "de": frozenset("der und ist nicht mit von den dem ein eine zu auf fur sich im wurde auch".split()),
}

# Sentence-final periods that are not: abbreviations that are followed by more of the sentence.
ABBREVIATIONS = frozenset("""
    mr mrs ms dr st jr sr sra srta gen gov sen rep lt col sgt capt cmdr adm prof vs etc no nos inc ltd co
    corp dept est jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic fev mai set out dez
    a.m p.m u.s u.n u.k e.u eu.uu ee.uu st mt ft approx fig rs rp
""".split())
