"""Review fixes (second round): the citizen's own stance after advice passed on, an opinion about the citizen's own
plan is no advice, English "i like nothing" / "i like the idea of", drinking water again is no relapse, "min nye
lejlighed 👍" as a bare answer; in the coder, "det ved jeg godt, at du har det svært" is no confront, "du nok skal
finde en løsning" is reassurance, "så må du finde ud af, hvad der er vigtigst for dig" hands the choice over."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse as coder_analyse
from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def norm(text: str) -> str:
    return analyse(text).norm


# 1. The citizen's own stance after the advice is uptake

UPTAKEN = ["lægen siger jeg skal tabe mig, jeg vil også gerne tabe mig",
           "min sagsbehandler siger jeg skal finde et job, og jeg glæder mig",
           "min kone siger jeg skal drikke mindre. jeg vil gerne stoppe",
           "min mor siger jeg skal flytte, jeg er enig",
           "pædagogen siger jeg skal gå flere ture, jeg gider godt"]
PASSED_ON = ["lægen siger jeg skal tabe mig", "pædagogen siger jeg skal sige til hvis jeg vil have hjælp",
             "min far siger jeg skal gøre som jeg vil", "lægen siger jeg skal spise det jeg vil"]


@pytest.mark.parametrize("text", UPTAKEN)
def test_the_citizens_own_stance_after_advice_is_uptake(text: str) -> None:
    assert not rules.advice_passed_on(norm(text))


@pytest.mark.parametrize("text", PASSED_ON)
def test_jeg_vil_inside_the_advice_is_no_uptake(text: str) -> None:
    assert rules.advice_passed_on(norm(text))


def test_taken_up_advice_is_change_talk(tagger: Tagger) -> None:
    for text in (UPTAKEN[0], UPTAKEN[2]):
        assert tagger.tag(text).talk_type == "change", text


# 2. An opinion about the citizen's own plan is no advice


def test_an_opinion_about_the_citizens_own_plan_is_not_advice() -> None:
    for text in ("min mor synes det er godt at jeg skal flytte", "min far synes det var dumt at jeg skal flytte"):
        assert not rules.advice_passed_on(norm(text)), text
        assert "other_view" not in rules.hits(norm(text)), text
    for text in ("min mor siger jeg skal flytte", "de siger på bostedet at jeg skal spise mere",
                 "lægen sagde i går at jeg skal tabe mig", "lægen siger det er vigtigt at jeg skal bevæge mig mere"):
        assert rules.advice_passed_on(norm(text)), text


# 3. English: "i like nothing …" is no joy, "i like the idea of …" is a hope


def test_english_nothing_and_the_idea_of_are_no_joys(tagger: Tagger) -> None:
    for text in ("i like nothing about my life", "i like the idea of moving out",
                 "i like the idea of having a girlfriend", "she likes something about it"):
        assert not rules.english_joy(norm(text)), text
        assert "resource" not in rules.hits(norm(text)), text
    for text in ("i like cooking", "i love my job", "i like the cafe"):
        assert rules.english_joy(norm(text)), text
    assert "desire" in rules.hits(norm("i like the idea of moving out"))
    assert tagger.tag("i like nothing about my life").sheet != "resource"
    tag = tagger.tag("i like the idea of having a girlfriend")
    assert (tag.talk_type, tag.subtype) == ("change", "desire")


# 4. Drinking water, juice, milk, tea or coffee again is no relapse


@pytest.mark.parametrize("text", ["jeg er begyndt at drikke mere vand igen", "hun er begyndt at drikke te igen",
                                  "i started drinking water again"])
def test_a_soft_drink_taken_up_again_is_no_relapse(text: str) -> None:
    hits = rules.hits(norm(text))
    assert "sustain" not in hits and "restart" in hits


@pytest.mark.parametrize("text", ["jeg er begyndt at drikke igen", "jeg er begyndt at drikke øl igen",
                                  "jeg er begyndt at drikke cola igen", "han er startet med at drikke alkohol igen"])
def test_drinking_alone_or_alcohol_again_is_still_relapse(text: str) -> None:
    hits = rules.hits(norm(text))
    assert "sustain" in hits and "restart" not in hits


def test_water_again_is_tagged_as_a_step(tagger: Tagger) -> None:
    assert tagger.tag("jeg er begyndt at drikke mere vand igen").talk_type == "change"
    assert tagger.tag("jeg er begyndt at drikke øl igen").talk_type == "sustain"


def test_quitting_coffee_is_still_quitting_a_habit() -> None:
    assert "quit_habit" in rules.hits(norm("jeg er stoppet med at drikke kaffe"))


# 5. "min egen/nye …": a wish without an emoji, a bare answer with one


def test_new_or_own_things_are_wishes_without_an_emoji_and_bare_answers_with_one() -> None:
    def bare(text: str):
        a = analyse(text)
        return rules.bare_answer(a.text, a.tokens)

    assert bare("min egen lejlighed") is None
    assert bare("mit nye job") is None
    assert bare("min nye lejlighed 👍") == (True, "resource")
    assert bare("mit nye job 😩") == (True, "parking")
    assert bare("nyt 👍") is None  # one word: not a noun
    assert bare("min husleje") == (True, "parking")


# 6-8. Coder


@pytest.mark.parametrize("text", ["Det ved jeg godt, at du har det svært", "Det ved jeg godt, at du har kæmpet meget"])
def test_i_know_you_have_it_hard_is_no_confront(coder: Coder, text: str) -> None:
    assert "confront" not in coder_analyse(text).hits
    assert coder.code(text).code != "confront"


@pytest.mark.parametrize("text", ["Du ved jo godt, at det ikke går", "Du ved godt, at du skal stoppe",
                                  "det ved jeg godt du kan"])
def test_you_know_well_and_contradicting_stay_confront(coder: Coder, text: str) -> None:
    assert coder.code(text).code == "confront"


def test_you_will_find_a_solution_is_reassurance_not_advice(coder: Coder) -> None:
    for text in ("Jeg tror, at du nok skal finde en løsning", "Du skal nok klare det"):
        assert "advice" not in coder_analyse(text).hits, text
        assert coder.code(text).code != "advice_without_permission", text
    for text in ("Du skal finde en løsning", "Du skal altså ringe til lægen"):
        assert coder.code(text).code == "advice_without_permission", text


def test_finding_out_what_matters_to_you_is_autonomy(coder: Coder) -> None:
    for text in ("Så må du finde ud af, hvad der er vigtigst for dig", "Så må du finde ud af, hvad du vil"):
        assert coder.code(text).code == "emphasize_autonomy", text
    for text in ("Så må du selv finde ud af det", "Så må du klare det selv"):
        assert coder.code(text).code == "confront", text
