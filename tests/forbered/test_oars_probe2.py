"""Context features and cues added after a probe of reflections and affirmations: a feeling the citizen did not
name (complex) versus one the citizen named, also in other words (simple); amplification by absolute words the
citizen did not use; praise of good judgement and persistence ("klogt", "vedholdende", "et vigtigt skridt")."""

from __future__ import annotations

import pytest

from forbered.oars import rules
from forbered.oars.features import analyse, featurize


def xfeats(text: str, context: str) -> set[str]:
    return {f for f in featurize(analyse(text, context)) if f.startswith("x=")}


@pytest.mark.parametrize(("text", "context"), [
    ("Du er skuffet over dig selv.", "Jeg lovede at lade være, og så gjorde jeg det alligevel."),
    ("Det tærer på dig.", "Jeg har ventet på et svar i et halvt år."),
    ("Du frygter endnu et afslag.", "Jeg har søgt ti steder uden held."),
])
def test_feeling_not_named_by_citizen_is_new(text: str, context: str) -> None:
    feats = xfeats(text, context)
    assert "x=feel_new" in feats
    assert "x=feel_echo" not in feats


@pytest.mark.parametrize(("text", "context"), [
    ("Du savner dine venner.", "Jeg savner mine venner."),
    ("Du er bange for, at det sker igen.", "Jeg frygter, at det sker igen."),  # same feeling, other word
    ("Du er ked af det.", "Jeg er så trist."),
])
def test_feeling_named_by_citizen_is_echo(text: str, context: str) -> None:
    feats = xfeats(text, context)
    assert "x=feel_echo" in feats
    assert "x=feel_new" not in feats


def test_svaert_rewording_counts_as_no_feeling() -> None:
    feats = xfeats("Det er svært for dig at koncentrere dig.", "Jeg kan ikke koncentrere mig.")
    assert not feats & {"x=feel_new", "x=feel_echo"}


def test_amplified_only_when_citizen_did_not_say_it() -> None:
    assert "x=amplified" in xfeats("Så der er slet ingen problemer.", "Jeg har styr på det.")
    assert "x=amplified" not in xfeats("Du kommer aldrig ud.", "Jeg kommer aldrig ud.")
    assert "x=amplified" not in xfeats("Du har styr på det.", "Jeg har styr på det.")


def test_no_added_features_without_context() -> None:
    feats = xfeats("Du er skuffet over dig selv.", "")
    assert not feats & {"x=feel_new", "x=feel_echo", "x=amplified"}


@pytest.mark.parametrize("text", [
    "Det var klogt at tage din søster med.",
    "At du ringede selv, er et vigtigt skridt.",
    "Du går virkelig op i at gøre det ordentligt.",
    "Du har været vedholdende.",
    "Du er en omsorgsfuld bror.",
    "Du har været tålmodig med dig selv.",
    "Du har formået at sige fra.",
])
def test_affirmation_cues(text: str) -> None:
    assert "affirm" in analyse(text).hits


def test_klogt_i_is_advice_not_praise() -> None:
    assert "affirm" not in analyse("Du gør klogt i at ringe i morgen.").hits


def test_feeling_regex_finds_every_feeling() -> None:
    found = [m.group() for m in rules.feeling_regex().finditer("du er glad men også bange")]
    assert found == ["glad", "bange"]


def test_a_feeling_that_is_too_much_or_going_slowly_is_no_confront_cue():
    from forbered.oars import rules as oars_rules
    from forbered.oars.features import analyse as oars_analyse

    assert "confront" not in oars_rules.hits(oars_analyse("Lige nu føles det for meget.").norm)
    assert "confront" not in oars_rules.hits(oars_analyse("Det går ikke så let med det endnu.").norm)
    assert "confront" in oars_rules.hits(oars_analyse("Du drikker for meget.").norm)
    assert "confront" in oars_rules.hits(oars_analyse("Det går ikke, at du bliver hjemme.").norm)
