"""Who a sentence credits for its figure, in three languages."""

import pytest

from consistency.attribution import find_attribution


@pytest.mark.parametrize("sentence, who", [
    ("According to the Cuban government, 32 of its officers were killed.", "the Cuban government"),
    ("Cuba later announced that 32 of its citizens were killed.", "Cuba"),
    ("In a statement on Monday, the Cuban government said the victims were officers.", "the Cuban government"),
    ("The raid killed 80 people, the New York Times reported.", "the New York Times"),
    ("Según el diario Granma, murieron 32 cubanos.", "el diario Granma"),
    ("El gobierno cubano informó que 32 cubanos murieron.", "El gobierno cubano"),
    ("Segundo a agência Reuters, 32 cubanos morreram.", "a agência Reuters"),
    ("O governo cubano informou que 32 morreram.", "O governo cubano"),
    ("Venezuela has not released an official death toll.", ""),
    ("It said 32 were killed.", ""),
    ("The dead were members of its armed forces.", ""),
    ("Her agent, Mark Roesler, said Page died yesterday at a hospital.", "Mark Roesler"),
    ("Police said Smith fled the scene before officers arrived.", "Police"),
    ("The ministry said Ortega was captured, said Raul Castro.", "The ministry"),
    ("The toll rose to 40, said Raul Castro on Monday.", "Raul Castro"),
    ("Officials said Maduro was flown to New York.", "Officials"),
    ("The officer told Mr. Pinder to get everyone in the basement.", ""),
    ("A gunman killed 12 people, authorities said Thursday.", "authorities"),  # a day after the verb is when
    ("The pin-up model died, her agent said Tuesday.", ""),
    ("Today Apple announced a new laptop.", "Apple"),
    ("The toll rose to 40, according to officials.", "officials"),
    # An article is a word of its own, not the end of the word before ('empres-a Meta', 'condad-o Miami Dade').
    ("A empresa Meta anunciou que vai demitir 11 mil funcionários.", "Meta"),
    ("El sindicato de los Estados Unidos informó que 27 personas fueron detenidas.", "los Estados Unidos"),
    # A place a preposition takes is not who speaks; a body placed there is.
    ("The organizers of a rally in Hong Kong's Victoria Park claimed that 1.7 million turned out.", ""),
    ("The boss hanged himself in jail, police in Sicily said Wednesday.", "police in Sicily"),
    ("Officials in Caracas said 32 died.", "Officials in Caracas"),
    ("A statement from Surrey police said the blaze was being treated as suspicious.", "Surrey police"),
    # A pronoun says it: the name after the verb is what was said, not who said it.
    ("He said Vladimir Kara-Murza, a Russian-British activist, was also released.", ""),
    ("She also said FLDS bishop Jim Oler was also arrested.", ""),
    # A noun the verb folds to is no verb: 'el anuncio', 'o anúncio'; 'anunció' is.
    ("El anuncio oficial llegará este martes.", ""),
    ("O anúncio oficial saiu nesta terça.", ""),
    ("Ford anunció el acuerdo.", "Ford"),
])
def test_attribution(sentence, who):
    assert find_attribution(sentence) == who


def test_attribution_reaches_the_report():
    from consistency.pipeline import run_check
    from consistency.report import to_dict

    from .conftest import RULES, SEEDS

    facts = {f["id"]: f for f in to_dict(run_check(SEEDS, str(RULES)))["facts"]}
    said = {v["source"]: v["attributions"] for v in facts["dead_affiliation"]["values"]}
    assert "the Cuban government" in said["nuj-fct-cuba-condemns"]
    assert "the Cuban government" in said["usnewssphere-cuba-says-32"]
