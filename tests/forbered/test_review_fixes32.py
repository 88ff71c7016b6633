"""Review fixes: "skal vi … i morgen" in a plan is no pause, adverbs before the verb with "så gerne" in an "at" clause, long
dashes around an aside, where one lives before the point of a sentence, joys with a hedge or "tit" before an "at"/"når"
clause, a relative's "nogle gange"/"Mandag:" joys, "familie" after the hopes question without a second "for dig", "som
barn" fronted without a comma, and a place with an apostrophe as a strength."""

from __future__ import annotations

import pytest

from forbered import reflect
from forbered.dialogue import intents as it
from forbered.dialogue.moves import render_item


def _you(text: str, category: str, step: str, speaker: str = "citizen") -> str:
    return render_item(text, category, step, speaker, "", "da")["you"]


@pytest.mark.parametrize("text", [
    "Min kontaktperson ringer, og så skal vi tale i morgen",
    "Med jobkonsulenten skal vi snakke videre næste gang",
    "Hvad skal vi gøre næste gang",
    "Hvor skal vi tage det i morgen",
    "Hun har bil, så kan vi klare det i morgen",
    "hvad kan vi gøre i morgen",
])
def test_a_plan_or_a_question_about_the_next_step_is_no_pause(text: str) -> None:
    assert not it.is_pause(text)


@pytest.mark.parametrize("text", [
    "skal vi tage resten i morgen",
    "kan vi snakke om det en anden dag",
    "ok kan vi fortsætte senere",
    "jeg skal hente min søn, kan vi tale om det i morgen",
    "can we talk about it tomorrow",
])
def test_the_rest_put_off_as_a_question_stays_a_pause(text: str) -> None:
    assert it.is_pause(text)


def test_a_negation_or_time_adverb_before_sa_gerne_goes_before_the_verb() -> None:
    assert reflect.subordinate_order("jeg vil ikke så gerne ringe til lægen") == "jeg ikke så gerne vil ringe til lægen"
    assert reflect.subordinate_order("hun vil også rigtig gerne med på tur") == "hun også rigtig gerne vil med på tur"
    assert reflect.subordinate_order("jeg vil så gerne kunne cykle igen") == "jeg så gerne vil kunne cykle igen"


def test_an_aside_between_long_dashes_is_left_out_and_a_range_kept() -> None:
    assert reflect.tidy("jeg kan strikke—det lærte jeg af mormor—og lave syltetøj") == "jeg kan strikke og lave syltetøj"
    assert reflect.tidy("jeg kan cykle – især i skoven") == "jeg kan cykle, især i skoven"
    assert "8" in reflect.tidy("jeg træner kl. 8–9 og 16–17") and "16" in reflect.tidy("jeg træner kl. 8–9 og 16–17")
    assert "tirsdag" in reflect.tidy("mandag–tirsdag har jeg praktik")


def test_where_one_lives_is_kept_with_the_point_after_it() -> None:
    assert reflect.first_clause("Jeg bor på Vestergade nr. 14, og der er skimmel på badeværelset") == \
        "Jeg bor på Vestergade nr. 14, og der er skimmel på badeværelset"
    assert "skimmel" in _you("Jeg bor på Vestergade 14, og der er skimmel på badeværelset", "worry", "worries1")
    assert reflect.first_clause("Jeg vil gerne i praktik, og jeg kan godt lide dyr") == "Jeg vil gerne i praktik"


def test_a_hedged_or_frequent_joy_with_an_at_or_nar_clause() -> None:
    assert _you("måske at spille kort", "resource", "resources2") == "Det giver dig måske glæde at spille kort."
    assert _you("tit når min nabo kommer forbi", "resource", "resources2") == \
        "Det giver dig tit glæde, når din nabo kommer forbi."
    assert _you("af og til når jeg er i skoven", "resource", "resources2") == \
        "Det giver dig af og til glæde, når du er i skoven."


def test_a_relatives_joy_with_nogle_gange_or_a_weekday() -> None:
    assert _you("nogle gange sang", "resource", "resources2", "relative") == "Sang giver hende eller ham glæde nogle gange."
    assert _you("Torsdag: bowling", "resource", "resources2", "relative") == "Bowling om torsdagen giver hende eller ham glæde."
    assert _you("tit at bage", "resource", "resources2", "relative") == "Det giver hende eller ham tit glæde at bage."


def test_family_after_the_hopes_question_has_no_for_dig_of_its_own() -> None:
    assert _you("min familie", "hope", "hopes2") == "Så handler det også om din familie."
    assert "for dig" not in _you("familie", "hope", "hopes2")


def test_som_barn_fronted_without_a_comma_is_a_sentence_of_its_own() -> None:
    assert _you("Som ung sejlede jeg meget", "resource", "resources1") == "Som ung sejlede du meget."


def test_a_place_with_an_apostrophe_is_a_place() -> None:
    assert _you("på tv'et", "resource", "resources1") == "Du er god til ting på tv'et."


def test_a_hedge_before_the_subject_goes_after_the_verb() -> None:
    assert _you("måske jeg kan spille guitar", "resource", "resources1") == "Du kan måske spille guitar."
    assert _you("nok jeg har for mange regninger", "worry", "worries1") == "Du har nok for mange regninger."
    assert _you("måske jeg ikke tør", "worry", "worries1") != "Du ikke tør måske."


def test_a_condition_then_sa_keeps_its_main_clause() -> None:
    assert reflect.first_clause("Hvis jeg får en lejlighed, så kan jeg få min hund hjem") == \
        "Hvis jeg får en lejlighed, så kan jeg få min hund hjem"
    assert reflect.first_clause("Jeg vil gerne flytte, så jeg kan være tættere på min datter") == "Jeg vil gerne flytte"
