"""Review fixes (set 22 safety rules): ordinary lines that only looked like a disclosure (own keys taken to work, an
arm held to stop a fall, a film named after its scene, lasting speech problems after a stroke, pills packed for a trip,
someone staying in the home, teasing with a laugh, a small sum lent, dying "a little inside") stay quiet; near-variants
the new rules missed ("min ex", "natvagten", "kontakt person", threats "til mig", a single "ven" dealing from the home,
English "it doesn't matter if I don't wake up", "d0" typed for "dø") are caught."""

import pytest

from forbered.tagger.features import analyse
from forbered.tagger.normalize import normalised_words
from forbered.tagger.rules import safety_hit


def _hit(text: str) -> bool:
    return safety_hit(analyse(text).norm) is not None


@pytest.mark.parametrize("text", [
    "kæresten tager telefonen med når han går på job",
    "hjemmehjælperen hiver mig i armen når jeg er ved at falde",
    "hjælperen trak mig i armen da jeg var ved at glide i badet",
    "hun blev slået ihjel i en serie vi så",
    "min far har svært ved at tale efter blodproppen, han kan ikke tale så godt og munden er lidt skæv",
    "jeg har gemt mine piller i tasken i flere uger til ferien",
    "min søster sover i min stue og jeg kan ikke sige nej til min egen familie",
    "hun bor i mit hus lige nu og hjælper mig, ellers ville jeg ikke kunne klare det",
    "min vikar skriver at jeg er en taber fordi jeg tabte i ludo haha",
    "min kammerat lånte 50 kr og har aldrig betalt tilbage, pyt",
    "det gør ikke noget hvis jeg dør lidt af skam når jeg synger",
    "my sister keeps my bank card as we agreed",
    "I burned my arm ironing a shirt",
])
def test_ordinary_lines_are_no_disclosure(text):
    assert not _hit(text), text


def test_a_carer_pulling_hard_or_keys_taken_to_lock_in_still_count():
    assert _hit("pædagogen hiver mig i armen så jeg ikke falder men hun gør det så hårdt at jeg får blå mærker")
    assert _hit("han tager nøglerne når han går på arbejde så jeg ikke kan komme ud")


@pytest.mark.parametrize("text", [
    "min ex sender mig trusler hver dag",
    "min eks skriver trusler til mig",
    "natvagten gav mig alt for mange sovepiller",
    "min kontakt person siger jeg er en klam idiot",
    "min nevø tog min mobil og skrev grimme ting til alle mine venner som om det var mig",
    "min ven bor i min lejlighed og sælger stoffer og jeg kan ikke få ham ud",
    "it doesn't matter if I don't wake up",
    "jeg vil bare d0",
])
def test_near_variants_of_the_new_rules_are_caught(text):
    assert _hit(text), text


def test_a_zero_typed_for_oe_stays_in_its_word():
    assert normalised_words("jeg vil d0 nu") == ["jeg", "vil", "dø", "nu"]
    assert normalised_words("kl10 i år2020") == ["kl", "10", "i", "år", "2020"]


def test_a_bump_said_sorry_for_is_no_blow_unless_it_recurs():
    assert not _hit("i kantinen skubbede en pige mig ved disken, men hun sagde undskyld")
    assert _hit("en dreng i klassen skubber mig hele tiden og siger undskyld bagefter")


def test_seeing_people_again_is_no_sense_got_back():
    from forbered.tagger.rules import sense_back

    assert sense_back("jeg kan se mine børnebørn igen") is None
    assert sense_back("hun kan høre jer igen") is None
    assert sense_back("jeg kan se farverne igen") == "plain"


def test_a_carer_insulting_a_relative_is_told_by_the_relative():
    assert _hit("hjemmehjælperen kaldte min far en dum idiot")
    assert _hit("plejeren sagde til min søster at hun er en klam kælling")
    assert not _hit("hjemmehjælperen kalder min far en gammel charmør")


@pytest.mark.parametrize("text", [
    "min datter logger ind på min netbank sammen med mig og overfører penge til huslejen",
    "min bror tager min mobil og skriver til mor som om det var mig, bare for sjov",
    "min onkel lånte 80000 i banken til et hus og har aldrig betalt noget tilbage",
])
def test_help_together_jokes_and_bank_loans_are_no_money_or_phone_abuse(text):
    assert not _hit(text), text


def test_money_taken_through_the_netbank_alone_still_counts():
    assert _hit("min datter logger ind på min netbank og overfører penge til sig selv")


def test_not_wanting_to_be_at_a_place_or_to_wake_early_is_no_death_wish():
    from forbered.tagger.rules import safety_hit as hit

    for text in ("jeg har ikke lyst til at være her længere, jeg skal flytte til Aarhus",
                 "jeg vil ikke være her mere på bostedet",
                 "i don't care if i wake up early"):
        assert hit(analyse(text).norm) is None, text
    for text in ("jeg vil ikke være her længere i denne verden", "jeg er ligeglad om jeg vågner i morgen",
                 "i don't care if i wake up"):
        assert hit(analyse(text).norm) is not None, text


def test_ears_pulled_without_a_possessive_still_count():
    assert _hit("nattevagten rykker ham i ørerne når han ikke vil sove")
