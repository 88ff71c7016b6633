"""Behaviours fixed after a seventeenth review of trainee lines: "Hvad synes du selv?" alone asks for the citizen's view
unless the citizen has just asked for the professional's view or advice; "på den ene side …, på den anden side …" is one
double-sided reflection (not a summary), also with little overlap with the citizen's words; "siden sidst" inside a
question is no summary cue; a long run-on reflection that ends in a real question is marked; others agreeing with the
citizen read as information, others agreeing among themselves about the citizen as borrowed authority; "Dygtigt!" is
praise. Examples are fresh (not in the corpus); the tests check the features, so they do not need a retrained model."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse, featurize


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


@pytest.mark.parametrize(("text", "context"), [
    ("Hvad synes du selv?", "Jeg er i tvivl om dagcentret."),
    ("hvad tænker du selv", "Min søn vil have at jeg får en nødkald-knap."),
    ("Nå, hvad synes du selv?", "Jeg har ikke fået svar fra boligselskabet."),
    ("Hvad synes du selv?", ""),
])
def test_a_bare_view_question_is_no_autonomy_cue(text: str, context: str) -> None:
    f = feats(text, context)
    assert "cue=autonomy" not in f
    assert "x=view_back" not in f


@pytest.mark.parametrize(("text", "context"), [
    ("Hvad synes du selv?", "Hvad synes du, jeg skal vælge?"),
    ("hvad tænker du selv", "skal jeg tage imod tilbuddet om et nyt værelse"),
    ("Og hvad synes du selv?", "Hvad ville du gøre i mit sted?"),
])
def test_the_view_question_after_a_request_for_advice_hands_the_choice_back(text: str, context: str) -> None:
    f = feats(text, context)
    assert "x=view_back" in f and "cue=autonomy" in f


@pytest.mark.parametrize("text", [
    "Hvad tænker du selv, vi skal skrive på arket?",
    "Hvad vil du selv?",
])
def test_the_view_question_with_a_choice_after_it_keeps_the_autonomy_cue(text: str) -> None:
    assert "autonomy" in fams(text)


@pytest.mark.parametrize(("text", "context"), [
    ("Så på den ene side er det rart med hjemmeplejen, og på den anden side vil du gerne klare badet alene.",
     "Det er fint de kommer, men jeg vil selv."),
    ("På den ene side glæder du dig til festen, på den anden side er du bange for at blive træt.", ""),
    ("En del af dig vil gerne ringe til ham, og en anden del vil helst glemme det hele.", "Jeg ved ikke, om jeg skal ringe."),
])
def test_two_sided_reflections_are_marked_as_one_line(text: str, context: str) -> None:
    assert "x=two_from_last" in feats(text, context)


def test_a_two_sided_line_that_collects_from_the_talk_stays_a_summary() -> None:
    text = "Lad mig samle op: på den ene side vil du gerne have job, på den anden side er du træt, og i dag nævnte du din hund."
    assert "x=two_from_last" not in feats(text)


@pytest.mark.parametrize("text", [
    "har du fået svar fra lægen siden sidst",
    "Hvordan er det gået med søvnen siden sidst?",
])
def test_siden_sidst_in_a_question_is_no_summary_cue(text: str) -> None:
    assert "summary" not in fams(text)


def test_siden_sidst_opening_a_summary_is_still_a_cue() -> None:
    assert "summary" in fams("Så siden sidst har du fået en ny læge, du er begyndt at gå ture og du sover bedre.")


@pytest.mark.parametrize("text", [
    "jeg kan høre at det har været en tung uge med tandlægen og med din søster og med alt det praktiske og du er helt flad, "
    "hvad kunne gøre weekenden lidt lettere",
    "Du har det svært med ventetiden og med usikkerheden og det går ud over søvnen og humøret, har du talt med nogen om det?",
])
def test_a_long_reflection_ending_in_a_question_is_marked(text: str) -> None:
    assert "x=long_then_question" in feats(text)


def test_a_summary_with_a_check_is_not_marked_as_a_question() -> None:
    text = "Du har fortalt om din søvn, om din økonomi, om din bror og om at du gerne vil flytte. Har jeg fået det hele med?"
    assert "x=long_then_question" not in feats(text)


@pytest.mark.parametrize(("text", "context"), [
    ("Din kontaktperson er enig med dig i, at du skal have flere ture ud af huset.", "Jeg vil gerne mere ud."),
    ("Lægen giver dig ret i, at du bør prøve uden stokken.", "Jeg vil gerne gå uden stok."),
])
def test_agreeing_with_the_citizen_reads_like_information(text: str, context: str) -> None:
    f = feats(text, context)
    assert "cue=advice" not in f
    assert any(x.endswith("&consent") for x in f)


@pytest.mark.parametrize(("text", "context"), [
    ("Personalet og din søster er enige om, at du skal blive boende her.", "Jeg vil flytte hjem til mig selv."),
    ("Din læge og jeg er enige om, at du ryger for meget.", "Jeg ryger ikke særlig meget."),
    ("Vi var enige om, at du ikke kan klare turen alene.", "Jeg kan sagtens tage turen selv."),
])
def test_others_agreeing_about_the_citizen_is_borrowed_authority(text: str, context: str) -> None:
    f = feats(text, context)
    assert "cue=challenge" in f and "cue=challenge&ctx_claim" in f


@pytest.mark.parametrize("text", ["Dygtigt!", "dygtigt klaret", "Det var dygtigt gjort."])
def test_dygtigt_is_praise(text: str) -> None:
    assert "affirm" in fams(text)


@pytest.mark.parametrize("text", [
    "det har været en travl uge med flytning og med din søn og med alle papirerne, er der noget der har hjulpet dig",
    "Du har haft rigtig ondt i ryggen hele ugen og været ked af det, var der nogen der kom forbi?",
])
def test_er_der_noget_after_a_comma_is_a_question(text: str) -> None:
    a = analyse(text)
    assert a.forms[-1] == "inverted"
    assert "x=long_then_question" in featurize(a)


def test_er_der_inside_a_statement_is_not_split() -> None:
    assert analyse("Du siger, der er for mange mennesker i kantinen.").forms == ["statement"]


@pytest.mark.parametrize(("text", "context"), [
    ("Your nurse agrees with you that you can try the stairs.", "I want to try the stairs."),
    ("Din fysioterapeut er helt enig med dig.", "Jeg vil gerne træne i vandet."),
])
def test_agreeing_with_the_citizen_is_marked_also_in_english(text: str, context: str) -> None:
    assert "x=agree_you" in feats(text, context)


def test_others_agreeing_that_the_citizen_did_well_is_no_borrowed_authority() -> None:
    f = feats("Vi er alle sammen enige om, at du har gjort det rigtig godt.")
    assert "cue=challenge" not in f
    assert "cue=autonomy" not in f  # "alle sammen" counts people; it is not "sammen" as seeking collaboration


def test_borrowed_authority_with_begge_between() -> None:
    assert "challenge" in fams("Lægen og din søster siger begge, at du ikke skal bo alene.", "Jeg klarer mig fint.")


def test_helt_first_is_no_verb() -> None:
    assert analyse("Helt i orden.").forms == ["statement"]


def test_a_number_in_the_citizens_content_does_not_block_the_two_sided_mark() -> None:
    context = "Jeg går på et værksted fire dage om ugen, og det er fint. Men jeg vil gerne prøve noget med dyr."
    text = "På den ene side går du på et værksted fire dage om ugen, og på den anden side vil du gerne prøve noget med dyr."
    assert "x=two_from_last" in feats(text, context)
