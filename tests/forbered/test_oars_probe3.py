"""Cues and features added after a third probe of trainee lines: confrontation dressed as a yes/no question,
threats and blame that use autonomy words, invitations in imperative or wish form, advice in other words, advice
after the citizen's consent, values and hardship as reflections, and summaries without an announcement."""

from __future__ import annotations

import pytest

from forbered.oars import Coder, rules
from forbered.oars.features import analyse, featurize


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


def form(text: str) -> str:
    return analyse(text).forms[0]


@pytest.mark.parametrize("text", [
    "Tror du virkelig, at din chef venter på dig?",
    "Mener du seriøst, at det er naboens skyld?",
    "Har du overhovedet ringet til dem?",
    "Kan du ikke se, at du skræmmer de andre?",
    "Er det ikke lidt urimeligt over for din søster?",
    "Synes du selv, det er fair at lade ham vente?",
    "Forstår du ikke, at pladsen går til en anden?",
    "Hvordan kan du tro, at det går over af sig selv?",
    "Hvorfor sagde du det så ikke til lægen?",
])
def test_rhetorical_questions_are_confront_cues(text: str) -> None:
    f = fams(text)
    assert f & {"rhetq", "challenge"}


@pytest.mark.parametrize("text", [
    "Tror du, at det kan hjælpe at tage en med?",
    "Synes du, at maden er blevet bedre?",
    "Kan du se dig selv i den lejlighed?",
    "Er det okay, at jeg skriver lidt ned?",
    "Har du fået svar fra lægen?",
])
def test_plain_questions_are_not_rhetorical(text: str) -> None:
    assert not fams(text) & {"rhetq", "challenge"}


def test_quantifier_before_preposition_i_is_not_a_question() -> None:
    assert form("Mange i din klasse har prøvet det samme.") == "statement"
    assert form("Andre i huset kan godt lide musik.") == "statement"
    assert form("Har I det godt sammen?") == "inverted"
    assert form("Kommer I på fredag?") == "inverted"


@pytest.mark.parametrize("text", [
    "Prøv at beskrive en helt almindelig tirsdag.",
    "Prøv at fortælle mig om din gamle arbejdsplads.",
    "Sig lidt mere om det med din bror.",
    "Sig mere om, hvad du mener.",
])
def test_imperative_invitations_are_invite_form_not_advice(text: str) -> None:
    assert form(text) == "invite"
    assert "advice" not in fams(text)


def test_wish_to_hear_is_an_invitation() -> None:
    assert "invite" in fams("Jeg kunne godt tænke mig at høre om din familie.")
    assert "invite" in fams("Jeg vil rigtig gerne høre, hvordan det gik til eksamen.")


@pytest.mark.parametrize("text", [
    "Prøv at skrive en liste, før du handler.",
    "Sig til din chef, at du har brug for pauser.",
    "Hvorfor ikke tage toget i stedet?",
    "Mit forslag er, at du går i seng før midnat.",
    "Du er nødt til at ringe til udlejeren.",
])
def test_advice_in_other_words(text: str) -> None:
    assert fams(text) & {"advice", "softadvice"}


def test_et_forslag_kunne_vaere_is_soft_advice() -> None:
    assert "softadvice" in fams("Et forslag kunne være at spise morgenmad sammen med de andre.")


def test_values_are_reflection_not_advice() -> None:
    f = fams("Det vigtigste for dig er at have din hund hos dig.")
    assert "advice" not in f and "cr" in f
    assert "advice" in fams("Det vigtigste er, at du får sovet.")
    assert "advice" in fams("Det bedste for hende ville være en plads i dagcentret.")


def test_threat_with_if_you_will_not_is_confront_not_autonomy() -> None:
    f = fams("Hvis du ikke vil tage medicinen, så ender du på hospitalet.")
    assert "confront" in f and "autonomy" not in f
    f = fams("Hvis du ikke vil have besøg i dag, så ringer jeg i morgen.")
    assert "autonomy" in f and "confront" not in f


def test_blame_in_past_tense_is_confront_not_autonomy() -> None:
    f = fams("Det er jo dig, der har ødelagt vaskemaskinen.")
    assert "confront" in f and "autonomy" not in f
    assert "confront" in fams("Det var dig, der glemte at låse.")
    f = fams("Det er dig, der vælger, hvem der skal med.")
    assert "autonomy" in f and "confront" not in f


def test_not_allowed_is_confront_allowed_is_autonomy() -> None:
    f = fams("Du får ikke lov til at låne bilen.")
    assert "confront" in f and "autonomy" not in f
    assert "autonomy" in fams("Du har lov til at sige nej.")


def test_consent_without_a_yes_is_autonomy() -> None:
    assert "autonomy" in fams("Vi flytter ikke noget, uden at du siger ja.")


@pytest.mark.parametrize(("context", "expected"), [
    ("Ja, kom bare med den.", True),
    ("ja fortæl", True),
    ("Okay, sig det bare.", True),
    ("Ja.", False),
    ("Ja, jeg tager bussen hver dag.", False),
    ("Jeg vil ikke have gode råd.", False),
])
def test_consent_context_feature(context: str, expected: bool) -> None:
    feats = featurize(analyse("En idé kunne være at gå en tur efter maden.", context))
    assert ("x=ctx_consent" in feats) is expected
    assert ("cue=softadvice&consent" in feats) is expected


def test_clause_list_and_colon_list_features() -> None:
    feats = featurize(analyse("så du er træt, du har ondt i ryggen og du gider ikke træningen"))
    assert "clauses=2" in feats
    assert not any(f.startswith("clauses") for f in featurize(analyse("Du er træt, og det er forståeligt.")))
    assert "colon_list" in featurize(analyse("Tre ting fylder: søvnen, pengene og din søster."))
    assert "colon_list" not in featurize(analyse("Husk det her: mødet er i morgen."))


def test_cause_explanation_is_information_blame_is_confront() -> None:
    assert "info" in fams("Det skyldes, at medicinen virker langsomt i starten.")
    f = fams("Det er fordi du ikke gider.")
    assert "confront" in f and "info" not in f


def test_part_of_you_is_reflection_not_information() -> None:
    f = fams("Der er en del af dig, der savner byen.")
    assert "cr" in f and "info" not in f


def test_hardship_and_respect_cues() -> None:
    assert "cr" in fams("Du har været igennem så meget det sidste halve år.")
    assert "affirm" in fams("Jeg har stor respekt for, at du sagde det højt.")
    assert "affirm" in fams("Hun passer godt på sig selv.")


def test_rhetorical_family_is_evidence_for_confront() -> None:
    assert "rhetq" in rules.EVIDENCE_FAMILIES["confront"]


PROBE3_STYLE = [
    ("confront", "Tror du virkelig, at din mor synes, det er sjovt?", "Jeg ringer bare til min mor hver nat."),
    ("confront", "Kan du ikke forstå, at de andre også skal have plads?", "Jeg vil have sofaen for mig selv."),
    ("confront", "Det er jo dig, der har sagt nej til alle tilbud.", "Kommunen hjælper mig aldrig."),
    ("closed_question", "Tror du, at din søster vil med til mødet?", "Jeg spørger hende i aften."),
    ("open_question", "Prøv at beskrive, hvad der sker, når du bliver vred.", "Jeg bliver bare sur."),
    ("advice_without_permission", "Hvorfor ikke melde dig til holdet i svømmehallen?", "Jeg keder mig om onsdagen."),
    ("giving_information", "Et forslag kunne være en aftale med en fast frivillig, der kommer en gang om ugen.",
     "Ja, sig det bare."),
    ("emphasize_autonomy", "Vi skriver ikke noget på arket, uden at du har sagt ja til det.", ""),
    ("complex_reflection", "En side af dig vil gerne ud at danse, og en anden side er bange for alle menneskerne.",
     "Jeg ved ikke, om jeg skal med til festen."),
]


@pytest.mark.parametrize(("gold", "text", "context"), PROBE3_STYLE, ids=[f"{c}:{t[:30]}" for c, t, _ in PROBE3_STYLE])
def test_probe3_style_examples(coder: Coder, gold: str, text: str, context: str) -> None:
    assert coder.code(text, context).code == gold
