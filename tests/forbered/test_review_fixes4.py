"""Review fixes, round 4: only people advise ("mit hjerte siger jeg skal …" is the citizen's own wish); the citizen's
own step, feeling or stance after advice passed on is their talk; "du skal nok" with a task and a time is advice, not
reassurance; "så må du finde ud af …, når du bliver smidt ud" threatens and is no choice handed over."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def norm(text: str) -> str:
    return analyse(text).norm


# 1. The adviser after "min/mit/mine" is a person, not a body part or an inner voice


@pytest.mark.parametrize("text", ["mit hjerte siger jeg skal flytte hjemmefra", "min krop siger jeg skal hvile mig",
                                  "min mavefornemmelse siger jeg skal sige op", "min fornuft siger jeg skal spare op"])
def test_an_inner_voice_is_no_adviser(text: str) -> None:
    assert not rules.advice_passed_on(norm(text))


def test_the_heart_saying_is_the_citizens_own_hope(tagger: Tagger) -> None:
    assert tagger.tag("mit hjerte siger jeg skal flytte hjemmefra").sheet == "hope"


@pytest.mark.parametrize("text", ["min mor siger jeg skal flytte", "min storesøster siger jeg burde spare op hver måned",
                                  "min kone siger jeg skal drikke mindre", "mine forældre siger jeg skal finde et job",
                                  "min gode ven siger jeg skal melde mig til fodbold", "min læge siger jeg skal gå mere",
                                  "min sagsbehandler sagde at jeg skulle søge en læreplads",
                                  "jeg skal spise mindre sukker, siger min kone"])
def test_people_still_advise(text: str, tagger: Tagger) -> None:
    assert rules.advice_passed_on(norm(text))
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype, u.sheet) == ("neutral", None, None)


# 2. The citizen's own step, feeling or stance after the advice is their talk


@pytest.mark.parametrize("text", ["lægen siger jeg skal tabe mig, det er jeg stolt af at jeg er i gang med",
                                  "lægen siger jeg skal tabe mig. Jeg har allerede tabt 5 kilo",
                                  "pædagogen siger jeg skal gå flere ture, og jeg er faktisk begyndt"])
def test_the_citizens_own_step_after_advice(text: str, tagger: Tagger) -> None:
    assert not rules.advice_passed_on(norm(text))
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype, u.sheet) == ("change", "taking_steps", "goal_progress")


def test_the_citizens_own_feeling_after_advice_is_left_to_the_classifier() -> None:
    for text in ("min kone siger jeg skal stoppe, jeg er træt af ham", "lægen siger jeg skal hvile mig, det er jeg glad for"):
        assert not rules.advice_passed_on(norm(text)), text
        assert not rules.advice_step_taken(norm(text)), text


@pytest.mark.parametrize("text", ["lægen siger jeg skal tabe mig", "lægen siger jeg skal hvile mig fordi jeg er træt",
                                  "pædagogen siger jeg skal spise mere når jeg er ked af det",
                                  "min mor siger jeg skal ringe hvis jeg har tabt nøglen",
                                  "pædagogen siger jeg skal sige til hvis jeg vil have hjælp"])
def test_pure_advice_passed_on_stays_neutral(text: str, tagger: Tagger) -> None:
    assert rules.advice_passed_on(norm(text))
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype, u.sheet) == ("neutral", None, None)


# 3. "du skal nok" with a task, a time or an order is advice; confidence about an outcome is reassurance


@pytest.mark.parametrize("text", ["Du skal nok komme i gang med at ringe til banken i morgen",
                                  "Du skal nok finde ud af at betale regningerne først"])
def test_skal_nok_with_a_task_is_advice(text: str, coder: Coder) -> None:
    assert coder.code(text).code == "advice_without_permission"


@pytest.mark.parametrize("text", ["Du skal nok klare det", "Du skal nok finde en løsning", "Du skal nok få det godt",
                                  "Jeg tror, at du nok skal finde en løsning"])
def test_skal_nok_about_an_outcome_is_reassurance(text: str, coder: Coder) -> None:
    assert coder.code(text).code == "affirmation"


# 4. A choice handed over under a threat is a confront


def test_finding_out_under_a_threat_is_confront(coder: Coder) -> None:
    assert coder.code("Så må du finde ud af hvor du vil bo, når du bliver smidt ud").code == "confront"
    assert coder.code("Så må du finde ud af, hvad du vil, hvis du mister jobbet").code == "confront"


def test_finding_out_what_matters_is_still_autonomy(coder: Coder) -> None:
    for text in ("Det er dig, der skal finde ud af, hvad der er vigtigst for dig",
                 "Så må du finde ud af, hvad der er vigtigst for dig", "Så må du finde ud af hvor du vil bo"):
        assert coder.code(text).code == "emphasize_autonomy", text
