"""Review fixes in the coder's cues: a third party's report with "har"/"kan"/"vil" counts against the citizen's denial
only with the same word after it, and names the professionals the challenge cues name; "Hvis det var mig, ville jeg
også græde" shares a feeling and gives no advice; a repeat held against the citizen with "for 3 uger siden", or with
"også" before the content; a summary check is the whole last sentence ("Passer det dig?" asks); English "down" is a
mood only after "seem"/"feel"/"a bit"; low-mood words are feelings; information after the citizen's yes keeps its
context in training."""

from __future__ import annotations

import zlib

import pytest

from forbered.oars import rules
from forbered.oars.features import analyse, featurize, summary_check
from forbered.oars.train import DROPOUT_EVERY, with_context_dropout


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


# -- a third party's report against the citizen's denial ---------------------------------------------------------------

@pytest.mark.parametrize(("context", "text"), [
    ("Jeg har ikke tid til at lave mad.", "Din søster siger, at du har det svært for tiden."),
    ("Jeg vil ikke på plejehjem.", "Din søn siger, at du vil have mere hjælp om aftenen."),
    ("Jeg kan ikke sove om natten.", "Sygeplejersken siger, at du kan få en sovepille."),
])
def test_a_light_verb_alone_is_no_contrary_report(context: str, text: str) -> None:
    assert "x=report_contra" not in feats(text, context)


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg har ikke ondt i knæet.", "Din søster siger, at du har ondt i knæet hver morgen."),
    ("Jeg springer aldrig øvelserne over.", "Fysioterapeuten siger, at du springer øvelserne over."),
    ("Jeg kommer aldrig for sent.", "Jobkonsulenten fortæller, at du kommer for sent hver mandag."),
])
def test_the_same_claim_denied_is_a_contrary_report(context: str, text: str) -> None:
    assert "x=report_contra" in feats(text, context)


# -- "hvis det var mig, ville jeg …" ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Hvis det var mig, ville jeg også græde.",
    "I dit sted ville jeg nok også tage det tungt.",
    "Hvis det var mig, ville jeg hade det.",
    "hvis det var mig ville jeg også få det skidt",
])
def test_a_shared_feeling_in_your_place_is_no_advice(text: str) -> None:
    assert "advice" not in fams(text, "Min kæreste har slået op.")


def test_an_action_in_your_place_is_still_advice() -> None:
    assert "advice" in fams("Hvis det var mig, ville jeg ringe til hende i aften.", "Min kæreste har slået op.")


# -- repeats held against the citizen ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Det lovede du også for 3 uger siden.", "Det har du sagt for 2 måneder siden.",
                                  "Det sagde du også sidste år.", "You told me that last year."])
def test_a_repeat_with_a_number_is_held_against_the_citizen(text: str) -> None:
    assert "confront" in fams(text, "Jeg begynder at træne i næste uge.")


def test_a_repeat_with_also_and_content_is_still_held_against() -> None:
    assert "confront" in fams("Det sagde du også sidste gang, at du ville rydde op.", "Jeg rydder op i morgen.")
    assert "confront" not in fams("Det fortalte du mig sidste gang, at du gerne ville have en cykel.", "Jeg vil have en cykel.")


# -- the summary check -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Vi kan tage bussen, toget og cyklen. Passer det dig?",
    "Du sover dårligt, du spiser lidt, og du keder dig. Er der mere kaffe i kanden?",
])
def test_a_check_about_something_else_is_no_summary_check(text: str) -> None:
    assert not summary_check(analyse(text))


@pytest.mark.parametrize("text", [
    "Du savner din søster, du er træt, og du vil gerne ud. Passer det?",
    "Du har nævnt cyklen, hjelmen og værkstedet. Er der mere, du vil tilføje?",
])
def test_a_short_check_after_a_list_is_a_summary_check(text: str) -> None:
    assert summary_check(analyse(text))


# -- English "down" and low mood ---------------------------------------------------------------------------------------

def test_down_is_a_direction_unless_it_follows_a_mood_word() -> None:
    assert "nedtrykt" not in analyse("Maybe you could write it down.").norm.split()
    assert "nedtrykt" in analyse("You seem a little down today.").norm.split()


@pytest.mark.parametrize("text", ["You seem a bit down today.", "Du virker lidt nedtrykt i dag.", "Du er vist lidt trist."])
def test_low_mood_is_a_feeling_the_citizen_did_not_name(text: str) -> None:
    assert "x=feel_new" in feats(text, "Jeg har det fint.")
    assert rules.feeling_regex().search(analyse(text).norm)
    assert "hedge" in fams(text) or "virker" not in analyse(text).norm  # a guess at how the citizen seems


@pytest.mark.parametrize("text", ["Altså, du er nødt til at møde op.", "altså du har jo selv sagt ja til det"])
def test_altså_before_a_push_opens_no_reflection(text: str) -> None:
    assert "reflopen" not in fams(text, "Jeg gider ikke.")


def test_altså_before_the_citizens_account_opens_a_reflection() -> None:
    assert "reflopen" in fams("Altså, du savner din gamle klasse.", "Jeg savner min gamle klasse.")


# -- training: information after the citizen's yes keeps its context --------------------------------------------------

def _dropped(text: str) -> bool:
    return zlib.crc32(text.encode("utf-8")) % DROPOUT_EVERY == 0


def test_information_after_a_yes_gets_no_context_free_copy() -> None:
    texts = [f"Et forslag kunne være at gå en tur {n} gange om ugen." for n in range(2, 30)]
    text = next(t for t in texts if _dropped(t))
    consent = {"text": text, "context": "Ja, kom bare med et forslag.", "code": "giving_information"}
    other = {"text": text, "context": "Jeg kan ikke komme ud.", "code": "advice_without_permission"}
    out = with_context_dropout([consent, other])
    assert not any(r["context"] == "" and r["code"] == "giving_information" for r in out)
    assert any(r["context"] == "" and r["code"] == "advice_without_permission" for r in out)


# -- soft suggestions and English glosses ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["Du kunne måske føle dig svigtet af hende.", "Du kunne måske opleve det som en lettelse."])
def test_a_guessed_feeling_after_du_kunne_måske_is_no_advice(text: str) -> None:
    assert "advice" not in fams(text, "Min veninde kom ikke.")


@pytest.mark.parametrize("text", ["Et lille tip er at lægge telefonen væk om aftenen.", "Et forslag fra mig er at starte i det små."])
def test_a_tip_or_a_suggestion_from_me_is_advice(text: str) -> None:
    assert "advice" in fams(text, "Jeg sover dårligt.")


def test_an_english_yes_with_sure_is_consent() -> None:
    f = feats("Maybe you could keep a diary.", "Sure, tell me.")
    assert "x=ctx_consent" in f
    assert "challenge" in fams("Are you sure?", "I never drink.")


def test_not_doing_well_is_no_praise() -> None:
    assert "affirm" not in fams("You're not doing well with the exercises.", "I skip them sometimes.")
    assert "affirm" in fams("You're doing well with the exercises.", "I do them every day.")


# -- "så vidt jeg forstår" after a lead word ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Okay, så vidt jeg forstår, har du fået en ny hjælper.",
    "Men så vidt jeg kan høre, er du glad for din nye hjælper.",
    "Okay, sådan som jeg forstår det, har du fået en ny hjælper.",
])
def test_a_hedge_after_a_lead_word_is_one_statement(text: str) -> None:
    a = analyse(text, "Jeg har fået en ny hjælper.")
    assert a.forms == ["statement"], a.forms
    assert "hedge" in a.hits
