"""Behaviours fixed after a thirtieth review of the trainee-line coder: a repeat held against the citizen needs a verb of
saying ("det har i sidste uge været hårdt", "du har det hver gang …" are no repeat), "det har jeg da …" and "jeg fortalte
det så …" are no "I told you so", "det handler kun om, hvad du selv vil" and "et spørgsmål om tid" make nothing small,
"var det ikke rart at …?" asks about an experience (no suggestion), English "that" after "is"/"was" is "det", and an
untranslated English "dog"/"excuses" no longer reads as Danish. The tests check the features, so they need no model."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg er så træt.", "Det har i sidste uge været rigtig travlt for dig."),
    ("Min mor har været syg.", "Det har i årevis fyldt meget for dig."),
    ("Jeg tør ikke tale i telefon.", "Det har du mange gange klaret fint."),
    ("Jeg får ondt i maven.", "Du har det hver gang, du skal til lægen?"),
    ("Jeg har fysioterapi.", "Du har det samme program hver uge, ikke?"),
])
def test_a_time_phrase_without_a_verb_of_saying_is_no_repeat(context: str, text: str) -> None:
    assert "confront" not in fams(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg begynder at gå til fodbold igen.", "Det lovede du også i forrige uge."),
    ("Jeg rydder op i weekenden.", "Det har I jo sagt mange gange."),
    ("Jeg ringer til min bror.", "Du har også lovet mig det hver gang."),
])
def test_a_repeat_with_a_verb_of_saying_stays_a_confront_cue(context: str, text: str) -> None:
    assert "confront" in fams(text, context)


@pytest.mark.parametrize("text", [
    "Det har jeg da også selv prøvet.",
    "Det har jeg jo også selv oplevet.",
    "Jeg fortalte det så til din kontaktperson, og hun var glad.",
    "Hvad sagde jeg til dig om pillerne i går?",
    "Hvad sagde jeg sidste gang om din søvn?",
])
def test_talk_about_what_the_professional_did_is_no_i_told_you_so(text: str) -> None:
    assert "confront" not in fams(text)


@pytest.mark.parametrize("text", ["Hvad sagde jeg!", "Se, hvad sagde jeg, det holdt ikke.", "Det sagde jeg jo.",
                                  "Jeg sagde det jo nok."])
def test_i_told_you_so_stays_a_confront_cue(text: str) -> None:
    assert "confront" in fams(text)


@pytest.mark.parametrize("text", [
    "Det handler kun om, hvad du selv har lyst til.",
    "Det handler bare om dig i dag.",
    "Det er bare et spørgsmål om tid, så går hævelsen ned.",
])
def test_only_about_you_or_a_matter_of_time_makes_nothing_small(text: str) -> None:
    assert "confront" not in fams(text)


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg besøgte min datter i søndags.", "Var det ikke rart at se hende igen?"),
    ("Jeg kom endelig ud at gå.", "Var det ikke godt at komme lidt ud?"),
    ("Jeg er kommet hjem fra hospitalet.", "Er det ikke rart at sove i sin egen seng igen?"),
])
def test_asking_about_a_good_experience_is_no_suggestion(context: str, text: str) -> None:
    assert "softadvice" not in fams(text, context)


@pytest.mark.parametrize("text", [
    "Var det ikke bedre at vente til i morgen?",
    "Var det ikke godt, hvis du skrev det ned?",
    "Er det ikke godt at have en fast rytme?",
    "Ville det ikke være rart at få lidt hjælp til rengøringen?",
])
def test_a_negated_should_question_stays_a_suggestion(text: str) -> None:
    assert "softadvice" in fams(text)


def test_that_after_is_or_was_is_the_pronoun_in_english() -> None:
    assert "er det din" in analyse("Is that your biggest fear?", "").norm
    assert "var det din" in analyse("Was that your plan?", "").norm
    assert "at din" in analyse("You said that your mother helps.", "").norm


def test_an_english_dog_is_no_danish_however() -> None:
    assert "confront" not in fams("You told me about your dogs before.")
    assert "confront" not in fams("Your dog sounds lovely.")


def test_excuses_held_against_the_citizen_is_a_confront_cue() -> None:
    assert "confront" in fams("Isn't it about time you stopped making excuses?", "I'll start next week.")
    assert "confront" in fams("Det er bare undskyldninger.")
