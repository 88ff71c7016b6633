"""Safety rules, set 22: insults and rough handling by carers, money "borrowed" and never paid back, MitID, netbank and
phones used by others, too much medicine given by staff, pills put away for weeks, inversion with a noun subject
("da jeg var lille voldtog en nabo mig"), indifference to one's own death, stroke and heart signs paired, English
disclosures, dealers who moved into the citizen's home; and look-alikes that stay quiet (others' stories told in the
passive, help with a phone or money as agreed, a joke)."""

import pytest

from forbered.safety import is_crisis, safety_kind
from forbered.tagger import safety_rules as sr
from forbered.tagger.normalize import clean, normalised_words


def _norm(text: str) -> str:
    return " ".join(normalised_words(clean(text)))


DISCLOSURES = [
    # insults and rough handling by carers, said once
    ("vores nye pædagog sagde til mig at jeg var en åndssvag taber", "abuse"),
    ("hjemmehjaelperen siger jeg er en gammel klam kaelling", "abuse"),
    ("nattevagten river mig i armen når jeg skal på toilettet", "abuse"),
    # money borrowed by someone close and never paid back, with a sign
    ("mit barnebarn har lånt 12000 af mig og har aldrig betalt en krone tilbage", "abuse"),
    ("min svoger låner af min pension hver måned og giver aldrig noget tilbage", "abuse"),
    # codes and accounts used by someone else
    ("min nevø logger ind på min netbank og overfører penge til sig selv", "abuse"),
    ("min samlever har taget min kodebrik og hæver penge når han vil", "abuse"),
    ("han tager min mobil og sender beskeder til mine venner som om det var mig", "abuse"),
    # medicine given to keep someone quiet, or far too much
    ("plejeren giver min far alt for mange sovepiller", "abuse"),
    ("vikaren giver os ekstra beroligende så vi ikke ringer på klokken", "abuse"),
    # pills put away over weeks
    ("jeg har gemt mine nervepiller i flere uger", "self_harm"),
    # a noun subject after a fronted time or place
    ("da jeg var lille voldtog en nabo mig", "abuse"),
    ("i weekenden slog min stedfar mig", "abuse"),
    # indifference to one's own death
    ("det gør ikke noget for mig hvis jeg ikke vågner", "suicide"),
    ("jeg er ligeglad om jeg lever", "suicide"),
    # two stroke or heart signs
    ("mor er helt skæv i ansigtet og kan ikke sige et ord", "danger"),
    ("hjertet hamrer og jeg kan ikke mærke min højre side", "danger"),
    # English
    ("i burned my wrist again last night", "self_harm"),
    ("her boyfriend pressures her into sleeping with his friends", "abuse"),
    ("my brother threatens me every day", "abuse"),
    # threats sent; dealers in the home
    ("min eksmand har sendt mig dødstrusler", "abuse"),
    ("nogle fyre sælger hash fra min lejlighed og jeg tør ikke sige noget", "abuse"),
    # a carer who borrows from the citizen
    ("hjemmehjælperen spørger tit om hun må låne 300 kr af mig", "abuse"),
    ("min kontaktperson beder mig om at købe ham cigaretter for mine penge", "abuse"),
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosure_is_caught(text, kind):
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text


LOOKALIKES = [
    # others' stories told in the passive
    "jeg hørte om en ældre mand der var blevet overfaldet i Vejle",
    "i nyhederne i dag om en pige der var blevet bortført",
    "min mor fortalte at hendes nabo var blevet røvet",
    # praise, a doctor's advice, a joke
    "min kontaktperson siger jeg er dygtig til at lave kaffe",
    "sygeplejersken siger jeg er for tyk og skal spise mindre sukker",
    "min kæreste tog min telefon for sjov og tog et billede",
    "jeg kunne have kvalt hende da hun spiste min pizza haha",
    # money and codes as agreed or paid back
    "min bror lånte 500 kr af mig og gav dem tilbage i går",
    "jeg har lånt penge af min mor og har ikke betalt tilbage endnu",
    "hans ven låner penge og betaler aldrig tilbage",
    "min datter logger ind på min netbank for mig og betaler mine regninger",
    "min søn bruger mit mitid til at hjælpe mig med at søge boligstøtte",
    # medicine and pills in ordinary use
    "sygeplejersken gav mig en ekstra smertepille fordi jeg havde ondt",
    "jeg har gemt mine gamle piller i flere uger, de skal afleveres på apoteket",
    # children and hairdressers; games; going on with a course
    "min lille nevø hiver i mit hår når vi leger",
    "i skak slog min far mig igen",
    "det gør ikke noget hvis jeg dør i spillet",
    "der er ingen grund til at fortsætte på holdet",
    "i cut my finger on a glass while cooking",
    "my mum made me do my homework",
    # a friend on the sofa for a few days
    "min ven sover i min lejlighed et par dage fordi han er flyttet fra sin kæreste",
    # not wanting to stay in a place one will move from; a carer helping with a bank loan
    "jeg gider ikke være her længere, jeg vil skifte til et andet bosted",
    "min kontaktperson hjælper mig med at låne penge i banken til en ny sofa",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_is_quiet(text):
    assert not is_crisis(text), text


def test_noun_subject_inversion_reads_the_subject_first():
    assert sr.verb_second_reading(_norm("da jeg var lille slog en mand mig")) == "da jeg var lille en mand slog mig"
    # a pronoun object after a preposition is not a subject
    assert sr.verb_second_reading(_norm("hun gemmer den til mig")) == "hun gemmer den til mig"
