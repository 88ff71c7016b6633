"""Safety set 16: veiled farewells and plans in new words (the others rid of the speaker after any time word, no need
to worry about the speaker from a time on, a farewell passed on by a relative, things given away "for I won't need
them", names put on one's things, affairs put in order with a pet given away, a letter to be opened only later, the
point of going on, a blade kept to feel something, the water "best for everyone"), biting oneself in the hand or arm,
money taken with an order to keep quiet, chat spellings the normaliser leaves ("meer", "lenger"), and "kan ikke mere"
alone without a subject (safety_rules: SET16_*).

Guards scoped to their clause: a word of help, agreement or authority ("sygeplejersken", "værge", "aftalt") in one
clause no longer hides a disclosure in another (safety_rules.without_guard_clauses); "nøgen" no longer reads "nogen"
(someone) after folding, neither in the rules' idioms nor in the classifier's concepts.

Look-alikes: a trip or a while away, getting better, outgrown or replaced things, birthday cards, camp labels, the
tongue bitten, fiction told as "en film hvor …", a short "det har vi aftalt" after the clause it speaks of.
Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis
from forbered.tagger.safety_concepts import token_concepts

DISCLOSURES = [
    # the others rid of the speaker, after any time word, and with "vi" as the subject
    "i nat bliver I fri for mig",
    "fra på søndag er familien fri for mig",
    "mormor siger at vi er fri for hende om lidt",
    # no need to worry from a time on
    "snart skal I ikke bekymre jer om mig længere",
    # a farewell passed on
    "hun skrev til mig at det var sidste gang jeg hørte fra hende",
    # "tak for alt" with an end
    "i nat er det forbi. tak for alt",
    # things given away for good
    "jeg har foræret min ipad til min kusine, jeg får ikke brug for den",
    "far har givet sit ur til min søn og siger han ikke får brug for det",
    # names on one's things, who gets what, affairs in order with a pet given away
    "jeg har skrevet navnesedler på mine smykker",
    "nu ved min nabo hvem der skal arve hvad",
    "jeg har ryddet op i alt og givet min kanin til en pige på vejen",
    # a letter to be opened later
    "der ligger en seddel til mor i min skuffe, hun må først læse den efter weekenden",
    "han har lagt et brev i postkassen som vi ikke må åbne før på fredag",
    # the point of going on
    "hvad er formålet med at kæmpe videre",
    # a blade kept to feel something
    "jeg har glasskår i lommen så jeg kan mærke noget",
    # the water best for everyone
    "det nemmeste for alle ville være hvis jeg bare gik ud i havet",
    # biting oneself in the hand or arm
    "hun bider sig i håndleddet når hun bliver sur på sig selv",
    # money taken with an order to keep quiet
    "min svoger hæver af min opsparing og siger jeg skal tie stille",
    "min nabo låner mit busskort og siger jeg ikke må sige det til nogen",
    # chat spellings
    "har ikke lyst til at være her lenger",
    "jeg vil ikke være her længer",
    "gider ikke være her meer",
    # "kan ikke mere" alone
    "ka ik mer",
    # a guard in another clause no longer hides the disclosure
    "Fysioterapeuten kommer om tirsdagen. Min mand vil ikke lade mig ringe til min søster",
    "Min værge er sød. Min bror tager mine penge når han vil",
    # "nogen" is not "nøgen": the partner idiom no longer masks a phone taken to isolate
    "min kæreste tager min mobil så jeg ikke kan skrive til nogen",
]

ORDINARY = [
    "så er I fri for mig hele weekenden, jeg skal på kursus",
    "i morgen er I fri for mig, jeg skal til tandlæge",
    "du behøver ikke bekymre dig om mig mere, det går godt nu",
    "min mor sagde at det var sidste gang vi så hende i år",
    "tak for alt, det er slut med forløbet nu, vi ses",
    "jeg har foræret min gamle ipad til min kusine, jeg får ikke brug for den når jeg får en ny",
    "jeg har skrevet navnesedler på mit tøj fordi vi skal på lejr",
    "vi skal finde ud af hvem der skal arve hvad efter farmor",
    "vi taler om hvem der skal have hvad til jul",
    "der ligger et kort til mor i skuffen, hun må først læse det på sin fødselsdag",
    "hvad er formålet med at kæmpe videre med at lære tysk",
    "jeg har en kniv i skuffen så jeg kan skære brød",
    "jeg bider mig i tungen når jeg spiser for hurtigt",
    "min bror tog den sidste bolle og sagde jeg skulle tie stille",
    "vi så en serie hvor en dreng hoppede ud fra taget",
    "jeg så en god film om en kvinde der tog sit eget liv",
    "min mor tager mine nøgler med, det har vi aftalt",
    "Det har vi aftalt. Min søster tager mine nøgler med",
    "min søster styrer alt omkring min fødselsdag, hun er så god til det",
    "jeg kan ikke mere i dag, jeg har gjort rent",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_set16_disclosures(text: str) -> None:
    assert is_crisis(text), text


@pytest.mark.parametrize("text", ORDINARY)
def test_set16_ordinary(text: str) -> None:
    assert not is_crisis(text), text


def test_folded_collision_keeps_the_typed_word() -> None:
    # "nøgen" folds to "nogen": someone is not naked, the sea is not money drawn
    assert "SEX" not in token_concepts("nogen")
    assert "SEX" in token_concepts("nøgen")
    assert "MONEY" not in token_concepts("havet")


def test_house_damage_is_a_context() -> None:
    assert "HOUSE" in token_concepts("kælderen")
    assert "SHAME" in token_concepts("skam")
