"""Behaviours fixed after an eighteenth review of trainee lines: someone else backing the citizen's own plan ("Din
søster synes også, det er en god plan.") reads as information, not as a reflection hedge or borrowed authority;
"alt" opens no yes/no question; "du er virkelig en …" and "du er kommet langt" are praise. Examples are fresh (not
in the corpus); the tests check the features, so they do not need a retrained model."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse, featurize
from forbered.oars.rules import sentence_form


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


@pytest.mark.parametrize(("text", "context"), [
    ("Din moster synes også, det lyder som en rigtig fin plan.", "Jeg vil gerne begynde at gå til svømning."),
    ("Din vejleder er også med på, at du tager et fag mere.", "Jeg vil gerne tage dansk på et højere niveau."),
    ("Din nabo bakker dig op.", "Jeg har besluttet at klage over støjen."),
    ("Din kusine er også glad for idéen.", "Jeg vil holde min fødselsdag i haven."),
    ("Din far mener, at det er en klog plan.", "Jeg har tænkt mig at spare op til en bil."),
    ("Både din farmor og pædagogen synes, det er en god idé.", "Jeg vil gerne på lejr i sommerferien."),
    ("din mormor synes ogsaa det er en fin ide", "jeg vil gerne laere at strikke"),
    ("Your teacher also thinks it's a good plan.", "I want to take the driving test."),
    ("Your uncle is on board.", "I want to start fishing again."),
])
def test_someone_backing_the_citizens_plan_reads_as_agreement(text: str, context: str) -> None:
    f = feats(text, context)
    assert "x=backs_plan" in f
    assert "x=agree_you" in f
    # the report's own words are no reflection hedge or feeling cue
    assert "cue=hedge" not in f
    assert "cue=feel" not in f


@pytest.mark.parametrize(("text", "context"), [
    # against the plan, or a demand: borrowed authority, not backing
    ("Din moster synes ikke, det er en god plan.", "Jeg vil gerne flytte til København."),
    ("Din vejleder synes, du skal vente et år.", "Jeg vil gerne starte på uddannelsen nu."),
    # the citizen told it: a reflection
    ("Så din moster synes også, det er en god plan.", "Min moster synes også, det er en god plan."),
    ("Din nabo bakker dig op.", "Min nabo bakker mig op."),
    # the professional's own view
    ("Jeg synes også, det lyder som en god plan.", "Jeg vil gerne begynde at gå til svømning."),
    # no "også" and no plan of the citizen's before it
    ("Din læge synes, det er en god idé.", "Jeg har ondt i ryggen."),
    # a group's view, or a new step the citizen did not name: advice through others
    ("Mange synes også, det er en god idé.", "Jeg vil gerne begynde at gå til svømning."),
    ("Din læge synes også, det er en god idé, at du stopper med at ryge.", "Jeg vil gerne tabe mig."),
    # "også" with no plan of the citizen's, or against a plan the citizen refuses
    ("Din søster synes også, det er en god idé.", ""),
    ("Din søster synes også, det er en god idé.", "Jeg vil ikke på plejehjem."),
    # a question after it decides
    ("Din far synes også, det er en god idé. Hvornår vil du begynde?", "Jeg vil spare op."),
])
def test_no_backing_without_support_of_the_citizens_plan(text: str, context: str) -> None:
    assert "x=backs_plan" not in feats(text, context)


@pytest.mark.parametrize("text", [
    "Alt det med flytningen fylder meget.",
    "alt det her med din søn er hårdt",
    "Intet af det er let.",
])
def test_alt_opens_no_yes_no_question(text: str) -> None:
    assert analyse(text).forms[-1] == "statement"
    assert sentence_form(["alt", "det", "er", "svært"], True) == "rising"


@pytest.mark.parametrize("text", [
    "Du er virkelig en betænksom datter.",
    "Du er simpelthen en god ven for hende.",
    "Du er kommet langt siden sidste år.",
    "Hun er nået rigtig langt med genoptræningen.",
    "You have come so far.",
])
def test_praise_with_an_adverb_or_how_far_the_citizen_has_come(text: str) -> None:
    assert "affirm" in fams(text)


@pytest.mark.parametrize("text", [
    "Du er jo en løgner.",
    "Du er da en voksen mand.",
    "Du er ikke kommet ret langt.",
    "Du er kommet langt væk fra dine venner.",
])
def test_labels_and_distance_are_no_praise(text: str) -> None:
    assert "affirm" not in fams(text)
