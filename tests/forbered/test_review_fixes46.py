"""Review of the "someone backs the citizen's plan" reading and the new praise cues: a backing report is only the
citizen's plan backed when the citizen stated a plan of their own (not "om jeg skal …" or someone else's "jeg skal"),
when the approved thing is no new step (one word is enough to be a step: "det er godt at svømme") and when it does not
turn the plan around ("… at du ikke …"); "kommet langt bagud" and "sådan en, der …" are no praise. Fresh examples; the
tests check features, so they need no retrained model."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse, backs_plan


def backs(text: str, context: str) -> bool:
    return backs_plan(analyse(text, context)) is not None


@pytest.mark.parametrize(("text", "context"), [
    # a one-word new step is still a new step
    ("Din fysioterapeut synes, det er godt at svømme.", "Jeg vil gerne få en stærkere ryg."),
    ("Din onkel siger, det er fint at spare.", "Jeg har tænkt mig at købe en knallert."),
    # the citizen is unsure or repeats someone else's demand: no plan of their own
    ("Din veninde synes også, det er en god idé.", "Jeg ved ikke, om jeg skal sige det til chefen."),
    ("Hun er helt med på det.", "Hvis jeg skal ud at rejse, skal det være med min søster."),
    ("Din kone synes også, det er en god plan.", "Min læge siger, jeg skal tabe mig."),
    ("Your aunt also thinks it's a good idea.", "I don't know if I want to go back to work."),
    # the backing turns the plan around
    ("Din bror synes, det er en god idé, at du ikke sælger huset.", "Jeg vil gerne sælge huset."),
])
def test_no_backing_without_the_citizens_own_plan(text: str, context: str) -> None:
    assert not backs(text, context)


@pytest.mark.parametrize(("text", "context"), [
    ("Din kollega synes også, det er en god idé.", "Jeg vil gerne skifte afdeling."),
    ("Din datter synes også, det er en fin plan, siger hun.", "Jeg har besluttet at sælge bilen."),
    ("Din læge synes også, det er godt, at du holder op med at drikke.", "Jeg vil gerne holde op med at drikke."),
])
def test_backing_of_the_citizens_own_plan_still_found(text: str, context: str) -> None:
    assert backs(text, context)


@pytest.mark.parametrize("text", [
    "Du er kommet langt bagud med regningerne.",
    "Du er kommet langt tilbage i køen.",
    "Han er sådan en, der aldrig rydder op.",
    "Hun er sådan en som altid kommer for sent.",
])
def test_distance_and_a_kind_of_person_are_no_praise(text: str) -> None:
    assert "affirm" not in analyse(text).hits


@pytest.mark.parametrize("text", [
    "Du er sådan en modig kvinde.",
    "Du er kommet så langt med din genoptræning.",
])
def test_praise_still_found(text: str) -> None:
    assert "affirm" in analyse(text).hits
