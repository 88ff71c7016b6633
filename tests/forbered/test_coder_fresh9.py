"""Behaviours fixed after another review of trainee lines: the citizen's word set against what they do ("du siger, du
vil …, men du … jo stadig"), sarcasm after a fronted word and mock agreement, "du påstår", minimising the citizen's
experience, labels with softeners ("jeg synes, du er lidt …"), contradicting "jeg kan ikke", questions phrased as
statements ("jeg undrer mig over, hvad …", "jeg spekulerer på, om …"), what others benefited from, persuasion with
"med/uden", pride in the citizen, advice after "men", and "…, så hvorfor …" questions. Examples are fresh (not in the
corpus). Only `test_fresh_trainee_lines` needs the retrained model (models/coder)."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse, featurize


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


@pytest.mark.parametrize("text", [
    "Du siger, du vil tabe dig, men du spiser jo stadig kage hver aften.",
    "du sagde du ville møde op men du kom alligevel ikke",
    "Hun lover at rydde op, men hun gør det aldrig.",
    "Du vil gerne have en praktikplads, men du sover jo stadig til middag.",
    "så har du jo godt tid til at game, men ikke til at lave lektier",
    "jaja, og jeg er paven",
    "Du påstår, at du har ryddet op.",
    "du sagde da selv at du ville",
    "Det er vel ikke verdens undergang at miste en bus.",
    "Det lyder nu ikke så slemt.",
    "Det er ikke noget at tude over.",
])
def test_arguing_without_a_classic_cue_is_a_challenge(text: str) -> None:
    assert fams(text) & {"challenge", "confront"}


@pytest.mark.parametrize("text", [
    "Du siger, du vil tabe dig, men du er bange for at gå sulten i seng.",  # a double-sided reflection
    "Du vil gerne flytte, men du kan ikke overskue at pakke.",
    "Du kan godt lide at læse, men ikke at skrive.",
    "Det lyder ikke så slemt, som du troede.",
])
def test_double_sided_reflections_are_not_challenges(text: str) -> None:
    assert "challenge" not in fams(text)


@pytest.mark.parametrize("text", [
    "jeg synes altså du er lidt af en klynker",
    "Jeg synes ærligt talt, du er hysterisk.",
    "Han opfører sig som en møgunge.",
])
def test_a_label_with_softeners_confronts_and_is_not_advice(text: str) -> None:
    f = fams(text)
    assert "confront" in f
    assert "advice" not in f


def test_i_think_you_are_good_at_is_not_advice() -> None:
    f = fams("Jeg synes, du er rigtig god til at lytte.")
    assert "advice" not in f
    assert "affirm" in f


def test_contradicting_i_cannot_is_marked_from_the_context() -> None:
    assert "x=contradict" in featurize(analyse("Du klarer det da fint.", "Jeg klarer ikke at cykle til værkstedet."))
    assert "x=contradict" not in featurize(analyse("Du kan godt få en cykel med motor.", "Jeg kan ikke cykle."))
    assert "x=contradict" not in featurize(analyse("Du klarer det da fint.", "Jeg har cyklet i dag."))
    assert "confront" in fams("Selvfølgelig klarer du det sagtens.")
    assert "confront" not in fams("Selvfølgelig kan du godt få en ledsager.")


@pytest.mark.parametrize(("text", "family"), [
    ("jeg undrer mig over, hvordan du fik det ordnet", "invite"),
    ("Jeg er spændt på, hvad din datter sagde.", "invite"),
    ("Det kunne være spændende at høre om din nye hobby.", "invite"),
    ("I wonder how you did that.", "invite"),
    ("jeg spekulerer på om du har sovet i nat", "indyn"),
    ("Jeg vil gerne vide, om han har fået svar.", "indyn"),
])
def test_a_question_phrased_as_a_statement(text: str, family: str) -> None:
    assert family in fams(text)


def test_what_others_benefited_from_is_soft_advice_and_information_after_a_yes() -> None:
    assert "softadvice" in fams("Mange har haft stor glæde af en vægtdyne.")
    f = featurize(analyse("Mange har haft stor glæde af en vægtdyne.", "Ja, sig frem."))
    assert "cue=softadvice&consent" in f


@pytest.mark.parametrize("text", ["Du ville have det bedre uden alkohol.", "Tænk på din datter."])
def test_persuasion(text: str) -> None:
    assert fams(text) & {"softadvice", "advice"}


@pytest.mark.parametrize("text", ["Jeg er altså stolt af dig!", "Godt valg!", "Det kan du godt være stolt over.",
                                  "du er simpelthen så sej"])
def test_pride_in_the_citizen_is_praise(text: str) -> None:
    assert "affirm" in fams(text)


def test_pride_in_ones_own_work_is_not_praise_of_the_citizen() -> None:
    assert "affirm" not in fams("Jeg er stolt af min opsummering.")


def test_advice_after_men_is_marked() -> None:
    f = featurize(analyse("Det er forståeligt, men du skal altså huske din medicin."))
    assert "cue_after_men=advice" in f


def test_a_question_after_a_comma_and_a_linking_word() -> None:
    a = analyse("du er træt, så hvorfor går du ikke i seng")
    assert a.forms[-1] == "open_qw"
    assert len(a.forms) == 2


# Needs models/coder retrained from the corpus with the lines for these behaviours.
@pytest.mark.parametrize(("context", "text", "code"), [
    ("Jeg vil gerne gå mere.", "Du siger, du vil gå mere, men du tager jo stadig bilen til købmanden.", "confront"),
    ("Jeg orker ikke at gå i bad.", "Jeg synes ærligt talt, du er hysterisk.", "confront"),
    ("", "Jeg undrer mig over, hvad der fik dig til at sige ja.", "open_question"),
    ("", "jeg spekulerer paa om du har faaet ringet til tandlaegen", "closed_question"),
    ("Jeg klarer ikke den eksamen.", "Selvfølgelig klarer du det sagtens.", "confront"),
    ("Jeg har ikke røget i to uger.", "Jeg er virkelig stolt af dig.", "affirmation"),
    ("Jeg dumpede teoriprøven.", "Nå, det er da ikke verdens undergang.", "confront"),
    ("Jeg har svært ved at sove.", "Der er mange, der har haft god gavn af en vægtdyne.", "advice_without_permission"),
    ("Jeg har styr på min økonomi.", "Du påstår, du har styr på den, men du har tre inkassobreve.", "confront"),
])
def test_fresh_trainee_lines(coder: Coder, context: str, text: str, code: str) -> None:
    assert coder.code(text, context).code == code


def test_the_citizens_own_discrepancy_given_back_is_not_set_against_them() -> None:
    said = "Jeg vil gerne cykle mere, men jeg tager stadig bussen hver dag."
    back = "Du siger, du vil cykle mere, men du tager stadig bussen hver dag."
    f = featurize(analyse(back, said))
    assert "cue_echo=challenge" in f
    assert "cue=challenge" not in f
    assert "cue=challenge" in featurize(analyse(back, "Jeg vil gerne cykle mere."))
