"""Cues added after a fresh probe of trainee-style Danish: hedged advice, the righting reflex in disguise,
autonomy said with "hvis du ikke vil" / "det er ham, der bestemmer", and neutral information phrasings."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse, featurize


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


@pytest.mark.parametrize("text", [
    "Det kunne måske være en god idé at sætte et budget op.",
    "En idé kunne være at tage cyklen i stedet.",
    "Måske skulle du snakke med din kæreste om det.",
    "Du kan jo bare spørge din nabo.",
    "Det er vigtigt, at du husker at spise.",
    "Jeg ville nok starte med køkkenet.",
    "Det ville nok gøre ham godt at komme lidt ud.",
])
def test_soft_advice_cues(text: str) -> None:
    assert "softadvice" in fams(text)


@pytest.mark.parametrize("text", [
    "Ja, men du har jo lovet det.",
    "Men du sagde selv, at det var for meget.",
    "Er du nu helt sikker?",
    "Hvorfor ringede du ikke, som vi aftalte?",
    "Du lyder som en, der har opgivet.",
    "Det går ud over din familie.",
])
def test_challenge_cues(text: str) -> None:
    assert "challenge" in fams(text)


def test_challenge_cues_leave_plain_questions_alone() -> None:
    assert "challenge" not in fams("Hvordan har du det med det?")
    assert "challenge" not in fams("Er det tirsdag, du skal til lægen?")


def test_claim_feature_needs_a_citizen_statement() -> None:
    text = "Er du sikker?"
    assert "cue=challenge&ctx_claim" in featurize(analyse(text, "Jeg har styr på min økonomi."))
    assert "cue=challenge&ctx_claim" not in featurize(analyse(text, ""))
    assert "cue=challenge&ctx_claim" not in featurize(analyse(text, "Skal jeg have papirerne med?"))


def test_autonomy_not_confront_for_if_you_do_not_want() -> None:
    f = fams("Hvis du ikke vil snakke om det, så venter vi.")
    assert "autonomy" in f and "confront" not in f
    assert "confront" in fams("Hvis du ikke møder op, mister du pladsen.")


def test_right_to_is_not_you_are_right() -> None:
    assert "confront" not in fams("Du har ret til at få aktindsigt.")
    assert "autonomy" in fams("Det er hende, der bestemmer, om hun vil med.")
    assert "autonomy" in fams("Jeg vil ikke presse dig til at gå derhen.")


def test_information_and_affirmation_phrasings() -> None:
    assert "info" in fams("Det er helt normalt at være nervøs før en samtale.")
    assert "info" in fams("Plastrene fås i flere styrker.")
    assert "info" in fams("Du hører fra os inden for tre uger.")
    assert "affirm" in fams("Det var en klog beslutning at tage toget.")
    assert "affirm" not in fams("Du tør ikke sige det til ham.")


PROBE_STYLE = [
    ("advice_without_permission", "Det kunne være en idé at lægge en seddel ved døren.", "Jeg glemmer nøglerne hele tiden."),
    ("advice_without_permission", "Måske skulle du prøve at gå tidligere i seng.", "Jeg er så træt om morgenen."),
    ("confront", "Ja, men du har jo selv valgt at blive i byen.", "Jeg har ingen penge tilbage."),
    ("confront", "Er du helt sikker på det?", "Jeg drikker ikke mere end andre."),
    ("closed_question", "Er du sikker?", ""),
    ("emphasize_autonomy", "Hvis du ikke har lyst til at tale om det i dag, så venter vi.", "Det vil jeg ikke snakke om."),
    ("emphasize_autonomy", "Det er jo ham, der skal vælge, om han vil flytte.", "Han vil ikke flytte."),
    ("giving_information", "Det er helt normalt at sove dårligt i starten af et rygestop.", "Jeg sover dårligt."),
    ("simple_reflection", "Han synes ikke, han har et problem med spillet.", "Han siger, han ikke har noget problem med at spille."),
]


@pytest.mark.parametrize(("gold", "text", "context"), PROBE_STYLE, ids=[f"{c}:{t[:30]}" for c, t, _ in PROBE_STYLE])
def test_probe_style_examples(coder: Coder, gold: str, text: str, context: str) -> None:
    assert coder.code(text, context).code == gold
