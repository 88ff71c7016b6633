"""Reflections built from the citizen's words: an aside between commas before an apposition or a new clause keeps
its comma, idioms with "godt til" stay, a word said twice on purpose stays, "først når" keeps no comma inside, a
relative who speaks of themselves is not made the person, and real words with "oe"/"ae" keep their letters."""

import pytest

from forbered import reflect
from forbered.dialogue import moves


def _you(text, category, step, speaker="citizen"):
    return moves.render_item(text, category, step, speaker, "", "da")["you"]


@pytest.mark.parametrize("text, want", [
    ("Jeg vil gerne have en lejlighed, altså, en lille lejlighed", "Jeg vil gerne have en lejlighed, en lille lejlighed"),
    ("Jeg savner min nabo, undskyld, min gamle nabo", "Jeg savner min nabo, min gamle nabo"),
    ("Jeg har det svært, ærligt talt, jeg sover dårligt", "Jeg har det svært, jeg sover dårligt"),
])
def test_an_aside_before_an_apposition_or_a_clause_keeps_its_comma(text, want):
    assert reflect.tidy(text) == want


@pytest.mark.parametrize("text, want", [
    ("Jeg hader, ærligt talt, at vaske op", "Jeg hader at vaske op"),
    ("Jeg er, altså, god til at bage", "Jeg er god til at bage"),
    ("jeg er god til, øh, at strikke", "jeg er god til at strikke"),
])
def test_an_aside_inside_a_clause_is_still_left_out(text, want):
    assert reflect.tidy(text) == want


@pytest.mark.parametrize("text", ["hun er stadig godt til bens", "han er godt til mode i dag", "jeg er godt til pas med det"])
def test_idioms_with_godt_til_stay(text):
    assert "god til" not in reflect.tidy(text)


@pytest.mark.parametrize("text, want", [
    ("det eneste jeg har har jeg fra min mormor", "det eneste jeg har har jeg fra min mormor"),
    ("det jeg kan kan ingen tage fra mig", "det jeg kan kan ingen tage fra mig"),
    ("hun tager mig med med bussen", "hun tager mig med med bussen"),
    ("det jeg vil vil jeg selv bestemme", "det jeg vil vil jeg selv bestemme"),
    ("jeg vil gerne gå til til dans", "jeg vil gerne gå til dans"),
])
def test_a_verb_or_med_said_twice_in_good_danish_stays(text, want):
    assert reflect.tidy(text) == want


def test_no_comma_inside_foerst_naar():
    assert reflect.repair_echo("Du sover godt først når du har gået en tur.") == "Du sover godt først når du har gået en tur."
    assert reflect.repair_echo("Du falder til ro når du har gået en tur.") == "Du falder til ro, når du har gået en tur."


@pytest.mark.parametrize("text, step", [
    ("er bekymret for ham hele tiden", "hopes1"),
    ("har svært ved at se hende være så ked af det", "resources1"),
])
def test_a_relative_speaking_of_themselves_is_not_made_the_person(text, step):
    assert not _you(text, "resource" if step.startswith("res") else "hope", step, "relative").startswith("Hun eller han")


def test_a_relatives_pro_drop_about_the_person_still_gets_the_person():
    assert _you("er god til at passe sine høns", "resource", "resources1", "relative").startswith("Hun eller han er god til")


@pytest.mark.parametrize("word", ["poesi", "poetisk", "koefficienten", "paella"])
def test_real_words_with_oe_and_ae_keep_their_letters(word):
    assert word in reflect.standard_spelling(f"jeg er glad for {word} og det er fint")


def test_stand_ins_are_still_read():
    assert reflect.standard_spelling("jeg vil gerne gaa i svoemmehallen") == "jeg vil gerne gå i svømmehallen"


def test_a_time_first_then_verb_and_subject_is_one_clause():
    you = _you("En dag håber jeg at få en kæreste", "hope", "hopes1")
    assert "drømmer om håber" not in you and you == "En dag håber du at få en kæreste."


def test_a_time_first_then_subject_is_said_with_the_time_last():
    assert _you("en dag jeg vil gerne have en have", "hope", "hopes1") == "Du vil gerne have en have en dag."


def test_me_and_someone_as_subject_of_a_joy():
    you = _you("mig og min nabo drikker kaffe hver morgen", "resource", "resources2")
    assert "giver dig glæde" not in you and you.startswith("Du og din nabo")


def test_stand_ins_read_with_at_and_i_in_the_sentence():
    assert reflect.standard_spelling("at gaa i svoemmehallen") == "at gå i svømmehallen"


def test_comma_before_at_after_a_negated_belief():
    assert reflect.repair_echo("Du tror ikke at du kan klare det.") == "Du tror ikke, at du kan klare det."


def test_an_aside_before_og_keeps_the_og():
    assert reflect.tidy("Jeg kan lide kaffe, altså, og kage") == "Jeg kan lide kaffe og kage"


@pytest.mark.parametrize("text", ["den springer jeg over", "jeg springer den over", "jeg vil ikke svare på det lige nu"])
def test_more_ways_to_pass_on_a_question(text):
    from forbered.dialogue import intents
    assert intents.is_skip(text)


@pytest.mark.parametrize("text", ["min mor vil ikke svare når jeg skriver", "jeg springer over hegnet med min hest"])
def test_an_answer_with_the_words_is_no_pass(text):
    from forbered.dialogue import intents
    assert not intents.is_skip(text)
