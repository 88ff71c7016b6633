"""Review of the saying/doing, mock-agreement, minimising and softened-label cues.

An impatient "ja ja, og <question>" asks the citizen to go on; only "ja ja, og <absurd claim>" is mock agreement. "Den
er god" is sincere praise unless it is "den er god med dig". A polite verb-first request after "jamen"/"jo" ("jamen vil
du godt fortælle lidt mere?") is not "jo, du kan da godt". A label inside the citizen's own account given back ("du
synes, hun er doven", "hun er doven, synes du") is a reflection (GUIDE.md: reported frames). A strength word under
negation or doubt ("du er ikke særlig modig, vel?", "du er i tvivl om, du er sej nok") is no praise; the first is a
put-down. Praise of what the citizen has done behind "jeg synes" ("jeg synes, du har knoklet for det") is affirmation,
not advice."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse
from forbered.oars.rules import sentence_form

REFLECTIONS = {"simple_reflection", "complex_reflection"}


@pytest.fixture(scope="module")
def coder() -> Coder:
    return Coder.load(train_if_missing=False)


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


# -- "ja ja, og …?" ---------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("Jeg var til kontrol i går.", "Jaja, og hvad sagde lægen så?"),
    ("Min bror kom forbi i weekenden.", "Ja ja og hvordan havde han det"),
    ("Jeg skændtes med min kæreste.", "Ja ja, og hvorfor blev I uenige?"),
])
def test_an_impatient_yes_before_a_question_is_the_question(coder: Coder, context: str, text: str) -> None:
    assert coder.code(text, context).code == "open_question"
    assert not {"challenge", "confront"} & fams(text, context)


def test_fillers_before_a_question_word_keep_the_question_form() -> None:
    assert sentence_form(["ja", "ja", "og", "hvad", "sagde", "hun"], True) == "open_qw"
    assert sentence_form(["jaja", "og", "hvornår", "kom", "du", "hjem"], True) == "fact_qw"


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg stopper med at spille, når jeg vil.", "Ja ja, og jeg er julemanden."),
    ("Jeg har ikke rørt en øl i en måned.", "Jojo, og grise kan flyve."),
])
def test_mock_agreement_is_still_confront(coder: Coder, context: str, text: str) -> None:
    assert coder.code(text, context).code == "confront"


# -- "den er god" --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("Jeg vil lave en madplan hver søndag.", "Den er god, den idé med madplanen."),
    ("Vi spurgte selv skolen om en samtale.", "Den er fin, at I selv har spurgt."),
    ("Jeg lægger pengene i en kuvert hver fredag.", "Den er rigtig god, den løsning."),
])
def test_sincere_den_er_god_is_praise(coder: Coder, context: str, text: str) -> None:
    assert "challenge" not in fams(text, context)
    assert coder.code(text, context).code == "affirmation"


def test_den_er_god_med_dig_is_still_confront(coder: Coder) -> None:
    assert coder.code("Den er god med jer.", "Vi har slet ikke skændtes hele ugen.").code == "confront"


# -- polite requests after "jamen"/"jo" ------------------------------------------------------------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("Jeg ved ikke, hvad jeg skal sige.", "Jamen kan du godt beskrive, hvordan en almindelig dag ser ud?"),
    ("Arbejdet er noget lort.", "Jo, vil du godt forklare lidt mere om arbejdet?"),
    ("Det hele er bare svært.", "jamen vil du godt uddybe det"),
])
def test_a_polite_request_after_jamen_is_no_contradiction(coder: Coder, context: str, text: str) -> None:
    assert "confront" not in fams(text, context)
    assert coder.code(text, context).code == "open_question"


def test_contradicting_i_cannot_is_still_confront(coder: Coder) -> None:
    assert coder.code("Selvfølgelig klarer du det sagtens.", "Jeg klarer det ikke.").code == "confront"


# -- labels inside the citizen's own account ---------------------------------------------------------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("Min ekskæreste har aldrig haft et job.", "Du tænker, han er en taber."),
    ("Min datter hjælper aldrig til derhjemme.", "Hun er alt for doven, synes du."),
    ("Jeg er en fiasko.", "Du siger, du er en fiasko."),
    ("Min far lyver hele tiden.", "Han er en løgner, siger du."),
])
def test_a_label_in_the_citizens_own_account_is_a_reflection(coder: Coder, context: str, text: str) -> None:
    assert coder.code(text, context).code in REFLECTIONS


@pytest.mark.parametrize("text", ["Du er en taber.", "Så du synes, han er en dagdriver.", "Hun er en byrde, siger du."])
def test_a_person_label_is_no_praise(text: str) -> None:
    assert "affirm" not in fams(text)


@pytest.mark.parametrize(("context", "text"), [
    ("", "Jeg synes, du er doven"),
    ("Jeg sov til middag.", "Du er doven, synes jeg."),
    ("", "Du siger, du vil stoppe, men du drikker jo stadig"),
    ("Jeg har ikke lavet noget.", "Din far siger, du er doven."),
])
def test_the_professionals_own_label_is_still_confront(coder: Coder, context: str, text: str) -> None:
    assert coder.code(text, context).code == "confront"


# -- strength words under negation or doubt -----------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Du er ikke videre modig, vel?", "Du er ikke klog, vel?",
                                  "Du er ikke moden nok til at bo alene."])
def test_a_strength_denied_is_confront(coder: Coder, text: str) -> None:
    assert "affirm" not in fams(text)
    assert coder.code(text).code == "confront"


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg ved ikke, om jeg kan være med på fodboldholdet.", "Du er i tvivl om, du er sej nok til holdet."),
    ("Jeg vil gerne sige op, men jeg tør ikke.", "Du er usikker på, om du er modig nok til at sige op."),
])
def test_a_strength_in_doubt_is_a_reflection(coder: Coder, context: str, text: str) -> None:
    assert "affirm" not in fams(text, context)
    assert coder.code(text, context).code in REFLECTIONS


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg gik til tandlægen helt selv.", "Du er så sej."),
    ("Jeg sagde fra over for min chef.", "Jeg synes, du er modig."),
])
def test_plain_praise_is_still_affirmation(coder: Coder, context: str, text: str) -> None:
    assert coder.code(text, context).code == "affirmation"


# -- praise behind "jeg synes" ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("Jeg har trænet hver dag i tre måneder.", "Jeg synes, at du har knoklet for det."),
    ("Vi fik endelig styr på flytningen.", "Jeg synes, I har klaret det flot."),
])
def test_praise_behind_jeg_synes_is_affirmation(coder: Coder, context: str, text: str) -> None:
    assert "advice" not in fams(text, context)
    assert coder.code(text, context).code == "affirmation"


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg er helt smadret.", "Jeg synes, du har brug for at sove mere."),
    ("Jeg ved ikke, om jeg skal søge.", "Jeg synes, du skal søge jobbet."),
])
def test_advice_behind_jeg_synes_is_still_advice(coder: Coder, context: str, text: str) -> None:
    assert coder.code(text, context).code == "advice_without_permission"
