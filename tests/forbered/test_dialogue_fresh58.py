"""The bot's wording: the don't-know and the no-answer in more of their word orders and spellings, a bare English word
said back as written, a fronted time before an inverted clause, slips of the keys in "god til", "mig og min …" as a
subject, a relative's answer with the person left out, a don't-know before the answer, and the commas before a that- or
when-clause and before "og så …" in a long echo."""

from __future__ import annotations

import pytest
from dialogue_helpers import at_step, run, tag, texts

from forbered import reflect
from forbered.dialogue import intents as it
from forbered.dialogue.moves import render_item


def _you(text: str, category: str, step: str, speaker: str = "citizen") -> str:
    return render_item(text, category, step, speaker, "", "da")["you"]


@pytest.mark.parametrize("text", ["Jeg ved det ikke.", "det ved jeg ikke helt", "jeg ved det altså ikke", "maske", "Maaske."])
def test_more_word_orders_of_dont_know(text: str) -> None:
    assert it.is_dont_know(text)


@pytest.mark.parametrize("text", ["jeg ved det ikke, men en hund", "jeg ved godt hvad jeg vil", "måske en hund"])
def test_an_answer_is_no_dont_know(text: str) -> None:
    assert not it.is_dont_know(text)


@pytest.mark.parametrize("text", ["Det gider jeg ikke svare på", "det har jeg ikke lyst til at tale om.", "jeg vil ikke svare", "jeg har ikke lyst til at skrive om det",
                                  "Næste spørgsmål tak", "ingen kommentarer", "det springer jeg over"])
def test_more_ways_of_passing_on_a_question(text: str) -> None:
    assert it.is_skip(text)


@pytest.mark.parametrize("text", ["jeg har ikke lyst til at arbejde", "jeg vil gerne tale om min hund", "næste år"])
def test_a_wish_is_no_pass(text: str) -> None:
    assert not it.is_skip(text)


def test_a_pass_at_the_work_question_is_no_wish_and_no_feeling() -> None:
    state = at_step("work")
    text = "det vil jeg helst ikke tale om"
    _, out = run([(text, tag(text, sheet="employment"))], state)
    said = texts(out[-1])
    assert "for meget" not in said and "Du vil gerne" not in said
    assert not [i for i in out[-1].state["items"] if i.get("category") == "employment"]


@pytest.mark.parametrize("word", ["wish", "peace", "freedom", "dancing"])
def test_a_bare_english_word_is_said_back_as_written(word: str) -> None:
    you = _you(word, "hope", "hopes1")
    assert you == f"Du skrev: »{word}«."


def test_a_danish_bare_wish_keeps_its_frame() -> None:
    assert _you("rejse", "hope", "hopes1") == "Du drømmer om at rejse."


@pytest.mark.parametrize("text, want", [
    ("En dag vil jeg gerne eje en bil", "En dag vil du gerne eje en bil."),
    ("næste år vil jeg gerne bo i egen lejlighed", "Du vil gerne bo i egen lejlighed næste år."),
])
def test_a_fronted_time_before_an_inverted_clause_is_no_dream_object(text: str, want: str) -> None:
    you = _you(text, "hope", "hopes1")
    assert "drømmer om en dag vil" not in you and "drømmer om næste år vil" not in you
    assert you == want


@pytest.mark.parametrize("text, want", [
    ("jeg er gud til at strikke", "du er god til at strikke"),
    ("hun er godt til at lytte", "hun er god til at lytte"),
    ("jeg er rigtig good til at male", "du er rigtig god til at male"),
    ("jeg er god ti at svømme", "du er god til at svømme"),
    ("det er godt til at slappe af", "det er godt til at slappe af"),
    ("hun tror på gud til det sidste", "hun tror på gud til det sidste"),
])
def test_slips_of_the_keys_in_god_til(text: str, want: str) -> None:
    assert reflect.second_person(text) == want


@pytest.mark.parametrize("text, want", [
    ("mig og min søster er gode til at danse", "du og din søster er gode til at danse"),
    ("Mig og Ali spiller skak hver onsdag", "du og Ali spiller skak hver onsdag"),
    ("de ringer til mig og min mor", "de ringer til dig og din mor"),
])
def test_me_and_someone_as_a_subject(text: str, want: str) -> None:
    assert reflect.second_person(text).lower() == want.lower()


@pytest.mark.parametrize("text, want", [
    ("er god til sine kolleger", "Hun eller han er god til sine kolleger."),
    ("elsker sin kat", "Hun eller han elsker sin kat."),
])
def test_a_relatives_answer_with_the_person_left_out(text: str, want: str) -> None:
    step = "resources1" if "god" in text else "resources2"
    assert _you(text, "resource", step, "relative") == want


def test_a_relatives_own_view_with_the_jeg_left_out() -> None:
    assert _you("tror han er god til at bage", "resource", "resources1", "relative") == "Du tror, at han er god til at bage."


@pytest.mark.parametrize("text", ["jeg ved ikke rigtig, måske en uddannelse", "ved det ikke. Måske en uddannelse"])
def test_a_dont_know_before_the_answer_is_left_out(text: str) -> None:
    you = _you(text, "hope", "hopes1")
    assert "ved" not in you and "uddannelse" in you


@pytest.mark.parametrize("text, want", [
    ("jeg håber at min bror kommer hjem", "Du håber, at din bror kommer hjem."),
    ("jeg bliver glad når min datter ringer", "Du bliver glad, når din datter ringer."),
])
def test_a_comma_before_a_that_or_when_clause(text: str, want: str) -> None:
    step, cat = ("hopes1", "hope") if "håber" in text else ("resources2", "resource")
    assert _you(text, cat, step) == want


@pytest.mark.parametrize("text", ["jeg er glad især når jeg cykler", "jeg håber at kunne cykle"])
def test_no_comma_where_none_belongs(text: str) -> None:
    assert ", når" not in reflect.repair_echo(reflect.second_person(text)) and ", at" not in reflect.repair_echo(
        reflect.second_person(text))


def test_a_long_echo_with_og_saa_is_two_sentences() -> None:
    text = "jeg cykler gerne ud til stranden med min nabo om søndagen og så spiser jeg is på havnen bagefter"
    you = _you(text, "resource", "resources2")
    assert ". Så spiser du is" in you


@pytest.mark.parametrize("text, want", [
    ("Jeg elsker, ærligt talt, at sove til middag", "Du elsker at sove til middag."),
    ("jeg er god til, øh, at sy", "Du er god til at sy."),
])
def test_an_aside_between_commas_is_left_out(text: str, want: str) -> None:
    step = "resources2" if "elsker" in text else "resources1"
    assert _you(text, "resource", step) == want


def test_an_excuse_between_dashes_is_no_part_of_the_echo() -> None:
    state = at_step("resources2")
    text = "Jeg elsker — undskyld — at sidde i haven"
    _, out = run([(text, tag(text, sheet="resources"))], state)
    said = texts(out[-1])
    assert "undskyld" not in said and "Du elsker at sidde i haven." in said


def test_a_word_that_adds_meaning_between_commas_stays() -> None:
    assert "desværre" in _you("jeg kan lide kage, desværre, og slik", "resource", "resources2")


@pytest.mark.parametrize("text, want", [
    ("sine børnebørn og sin hund", "Hun eller han holder meget af sine børnebørn og sin hund."),
    ("hendes søster og hendes kolleger", "Hendes søster og hendes kolleger betyder meget for hende."),
])
def test_a_relatives_list_of_the_persons_own_to_the_strengths_question(text: str, want: str) -> None:
    you = _you(text, "resource", "resources1", "relative")
    assert "god til" not in you and you == want


def test_a_comma_before_a_whether_clause() -> None:
    assert reflect.repair_echo("Du ved ikke om du kan klare det.") == "Du ved ikke, om du kan klare det."


def test_a_comma_stays_before_a_clause_after_an_aside() -> None:
    assert _you("jeg er god til at trøste, altså, når nogen er kede af det", "resource", "resources1") == (
        "Du er god til at trøste, når nogen er kede af det.")


@pytest.mark.parametrize("text, want", [
    ("jeg kan godt hjelpe min nabo", "du kan godt hjælpe din nabo"),
    ("jej savner min famile", "du savner din familie"),
    ("jeg spiller fotbold og vil gerne sykle", "du spiller fodbold og vil gerne cykle"),
    ("jeg vil gerne have ett hus", "du vil gerne have et hus"),
    ("jeg vil gerne gå til til svømning og og løbe", "du vil gerne gå til svømning og løbe"),
    ("det det handler om er min mor", "det det handler om er din mor"),
])
def test_more_typos_said_back_in_standard_spelling(text: str, want: str) -> None:
    assert reflect.second_person(text) == want


@pytest.mark.parametrize("text, want", [
    ("far hjælper gerne i haven", "Han hjælper gerne i haven."),
    ("mormor elsker at løse krydsord", "Hun elsker at løse krydsord."),
])
def test_a_parent_named_in_small_letters_is_said_back_as_hun_or_han(text: str, want: str) -> None:
    assert _you(text, "resource", "resources2", "relative") == want



def test_a_dont_know_and_then_what_others_say() -> None:
    you = _you("jeg ved det ikke, men min søster siger jeg er god til at trøste", "resource", "resources1")
    assert you == "Din søster siger du er god til at trøste."


@pytest.mark.parametrize("text", ["undskyld, jeg er god til at strikke", "Undskyld jeg er god til at strikke"])
def test_an_excuse_first_is_no_part_of_the_echo(text: str) -> None:
    assert _you(text, "resource", "resources1") == "Du er god til at strikke."


def test_a_long_line_is_cut_before_a_because_never_after_its_verb() -> None:
    cut = reflect.first_clause("jeg er nervøs for at jeg ikke kan holde til det fordi jeg får ondt i ryggen og så må jeg ligge ned")
    assert cut == "jeg er nervøs for at jeg ikke kan holde til det"
