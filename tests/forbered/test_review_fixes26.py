"""Review fixes in the coder: choice questions only with named options, fronted "så vidt …" and prepositional phrases
before the verb, "du har vist det/meget …" as praise, a negated "begge dele er fint", the spatial "på den anden side
af", and the professional's own yes followed by an emoji."""

from forbered.oars import rules
from forbered.oars.features import _is_choice_question, analyse, featurize, yn_answer


def _forms(text, context=""):
    return analyse(text, context).forms


def test_options_after_a_subordinate_clause_are_no_choice_question():
    assert not _is_choice_question(analyse("Hvad siger du til ham, når han lyver eller skælder ud?"))
    assert not _is_choice_question(analyse("Hvordan reagerer du, hvis bussen er forsinket eller fyldt?"))
    assert not _is_choice_question(analyse("Hvad tænker du, at du vil fortsætte eller stoppe?"))
    assert _is_choice_question(analyse("Hvad vil du helst have til aftensmad, fisk eller kylling?"))


def test_an_open_ended_last_option_is_no_choice_question():
    assert not _is_choice_question(analyse("Hvad kunne give dig ro? Musik eller noget helt andet?"))
    assert not _is_choice_question(analyse("Hvad vil du sige til hende? Eller ikke sige?"))
    assert _is_choice_question(analyse("Hvad vil du starte med? Vasketøjet eller opvasken?"))


def test_fronted_phrases_before_the_verb_make_a_statement():
    assert _forms("Så vidt jeg kan se, har du meldt dig til holdet.") == ["statement"]
    assert _forms("På den måde slipper du for køen.") == ["statement"]
    assert _forms("Hos din far har du dit eget værelse.") == ["statement"]
    assert _forms("At the same time, you feel tired all day.") == ["statement"]
    assert _forms("Så vidt jeg forstår, hvornår starter du?") == ["fact_qw"]


def test_du_har_vist_with_an_object_is_praise():
    assert "affirm" in rules.hits("du har vist det mange gange")
    assert "affirm" in rules.hits("du har vist meget styrke i den her tid")
    assert "affirm" in rules.hits("du har vist et stort overskud")
    assert "affirm" not in rules.hits("du har vist glemt nøglen")


def test_negated_both_options_fine_is_no_autonomy():
    assert "autonomy" not in rules.hits("jeg synes ikke begge dele er i orden")
    assert "autonomy" in rules.hits("begge dele er i orden")


def test_the_other_side_of_a_place_is_not_two_sided():
    a = analyse("Din bror bor på den anden side af gaden.", "Jeg vil gerne se min bror, men han bor langt fra mig.")
    assert "x=two_from_last" not in featurize(a)
    a = analyse("På den anden side savner du din bror.", "Jeg vil gerne være i fred, men jeg savner min bror.")
    assert "x=two_from_last" in featurize(a)


def test_own_yes_with_an_emoji_answers_the_request():
    assert yn_answer(analyse("Det gør jeg gerne 🙂", "Vil du gå med mig til tandlægen?"))
    assert not yn_answer(analyse("Det kan jeg godt se 🙂", "Kan du se, hvor træt jeg er?"))


def test_hvor_with_an_adjective_then_verb_and_person_asks_without_a_question_mark():
    assert _forms("hvor travlt synes du der var på arbejdet") == ["fact_qw"]
    assert _forms("hvor dejligt du har fået en have") == ["statement"]
    assert _forms("hvor skønt at hun ringede") == ["statement"]
    assert _forms("hvor dejligt at du kom forbi") == ["statement"]


def test_english_how_good_that_is_praise_not_a_question():
    a = analyse("How great that you asked your neighbour.", "I asked my neighbour for a lift.")
    assert a.forms == ["statement"]
    assert "affirm" in a.hits
