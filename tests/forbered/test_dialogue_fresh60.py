"""Reflections and answer intents: English sentences about someone else, unwelcome questions with an aside,
don't-know in more spellings, and the commas a reader with reading difficulties needs to see a clause start."""

import pytest
from dialogue_helpers import at_step, run, texts

from forbered import reflect
from forbered.dialogue import intents as it
from forbered.dialogue import moves


@pytest.mark.parametrize("clause", ["he is good at fixing cars", "she always knits in the evening", "it makes me calm",
                                    "there are birds in my garden", "she was a nurse for years"])
def test_english_third_person_clause_is_a_sentence(clause):
    assert moves._en_sentence(clause)
    out = moves._render_en(clause, clause, "resource", "resources1", "citizen")
    assert ":" not in out["you"]  # never "You are good at this: he is good at …"


@pytest.mark.parametrize("phrase", ["cooking and baking", "long walks by the lake", "she and her sister"])
def test_english_phrase_is_no_sentence(phrase):
    assert not moves._en_sentence(phrase)


@pytest.mark.parametrize("text", ["he always cooks dinner for me", "she makes me feel safe", "it is good to be busy"])
def test_short_english_sentences_look_english(text):
    assert it.looks_english(text)


@pytest.mark.parametrize("text", ["jeg er god til gaming og streaming", "Min søster ser Friends hver dag", "happy hour med kollegerne"])
def test_danish_with_loanwords_stays_danish(text):
    assert not it.looks_english(text)


@pytest.mark.parametrize("text", ["Jeg gider — helt ærligt — ikke tale om det", "jeg hader at snakke om det",
                                  "Jeg hader – undskyld – at skrive om hvad jeg kan", "jeg bryder mig ikke om at tale om den slags",
                                  "jeg kan ikke lide, altså, at svare på det"])
def test_unwelcome_question_is_not_this(text):
    assert it.not_this(text) or it.is_skip(text)


@pytest.mark.parametrize("text", ["jeg hader at gå til tandlæge", "jeg kan ikke lide at tale i telefon med fremmede"])
def test_dislike_of_something_else_is_an_answer(text):
    assert not it.not_this(text) and not it.is_skip(text)


@pytest.mark.parametrize("text", ["vet ikke", "jeg ved sku ikke", "kan ikke komme i tanke om noget", "jeg kan ikke lige komme på noget"])
def test_more_dont_know_forms(text):
    assert it.is_dont_know(text)


def test_unwelcome_question_with_an_aside_is_never_said_back():
    state = at_step("resources1")
    _, out = run(["Jeg orker — ærligt talt — ikke at snakke om det"], state)
    said = texts(out[-1])
    assert "orker" not in said and "vigtig del af dig" not in said


@pytest.mark.parametrize("echo, want", [
    ("Du bliver glad når bussen kommer til tiden.", "Du bliver glad, når bussen kommer til tiden."),
    ("Din søn kan mærke hvis folk er sure.", "Din søn kan mærke, hvis folk er sure."),
    ("Din nabo synes du er god til at lytte.", "Din nabo synes, at du er god til at lytte."),
    ("Din nabo siger at du er god til at lytte.", "Din nabo siger, at du er god til at lytte."),
    ("Andre mener at du er hjælpsom.", "Andre mener, at du er hjælpsom."),
    ("Du er stolt af at din datter har fået job.", "Du er stolt af, at din datter har fået job."),
])
def test_commas_before_a_clause(echo, want):
    assert reflect.repair_echo(echo) == want


@pytest.mark.parametrize("echo", ["Du spiser kun når maden er varm.", "Det synes du er svært.", "Du er glad for at cykle."])
def test_no_comma_where_none_belongs(echo):
    assert reflect.repair_echo(echo) == echo


@pytest.mark.parametrize("echo, want", [
    ("Du synes selv du er god til at lytte.", "Du synes selv, at du er god til at lytte."),
    ("Du tror godt du kan tage toget alene.", "Du tror godt, at du kan tage toget alene."),
    ("Hun håber ikke hun skal skifte bosted.", "Hun håber ikke, at hun skal skifte bosted."),
    ("Du vil gerne ikke bo alene.", "Du vil helst ikke bo alene."),
])
def test_that_clause_and_wish_not_to(echo, want):
    assert reflect.repair_echo(echo) == want


def test_typed_short_subject_and_good():
    assert reflect.second_person("jg er gd til at sy tøj") == "du er god til at sy tøj"


def test_unwelcome_question_after_the_dash_became_a_comma():
    state = at_step("resources1")
    _, out = run(["Jeg hader — undskyld — at snakke om hvad jeg kan"], state)
    said = texts(out[-1])
    assert "hader" not in said and "vigtig del af dig" not in said


def test_aside_before_a_sentence_adverb_leaves_no_comma():
    assert reflect.tidy("Jeg tør, ærligt talt, ikke tage toget") == "Jeg tør ikke tage toget"


@pytest.mark.parametrize("echo, want", [
    ("Hun er god til at danse synge og bage.", "Hun er god til at danse, synge og bage."),
    ("Han kan lide at tegne male eller lege.", "Han kan lide at tegne, male eller lege."),
])
def test_list_of_verbs_gets_its_comma(echo, want):
    assert reflect.repair_echo(echo) == want


def test_list_of_two_stays():
    assert reflect.repair_echo("Du er god til at gå tur og cykle.") == "Du er god til at gå tur og cykle."


def test_thanks_to_the_relative_stays_with_the_writer():
    assert moves._about("Tak, fordi du siger det.", "Hun er ikke altid god til at sige nej.", "relative", "hun") == (
        "Tak, fordi du siger det.")


@pytest.mark.parametrize("text", ["det ved han ikke", "vi ved det ikke helt", "hun ved det ikke rigtig"])
def test_relative_dont_know(text):
    assert it.is_dont_know(text)


def test_relative_knows_is_an_answer():
    assert not it.is_dont_know("hun ved godt hvad hun vil")


@pytest.mark.parametrize("text", ["maybe something in a kitchen", "my mum says I should try a workshop"])
def test_more_english_answers_look_english(text):
    assert it.looks_english(text)


def test_you_know_aside_is_left_out():
    assert reflect.tidy("jeg er god til at bage, you know, kager og boller") == "jeg er god til at bage, kager og boller"
