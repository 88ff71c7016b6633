"""Fresh writers 33 (December 2026): things one cannot get from others, sensitivities, refusals of something new with
"skal ikke", appointments called off and wish frames that a long message's last clause used to lose (guide, "Fresh 33
conventions")."""
from __future__ import annotations

import pytest

from forbered.tagger import Tagger, rules
from forbered.tagger.features import analyse


def _norm(text: str) -> str:
    return analyse(text).norm


def _labels(u) -> tuple:
    return u.talk_type, u.subtype, u.sheet


def _speaker(text: str) -> str:
    return "relative" if text.lower().startswith(("hun ", "han ", "vi ", "min ")) else "citizen"


# -- a thing one cannot get ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg kan ikke få mit astmaspray før på torsdag, lægen har ikke sendt recepten",
    "jeg kan ikke få mine piller fra apoteket i denne uge",
    "han kan ikke få en samtale med psykiateren før efter jul",
    "vi kan ikke få en aflastningsplads til hende",
    "kan ik få fat i min bostøtte",
    "jeg kan ikke få en lejlighed med elevator",
    "jeg kan ikke få bevilget en ny kørestol",
    "hun kan ikke få sin kontanthjælp til at slå til",
    "i cant get an appointment with the dentist",
])
def test_cannot_get_is_neutral_parking(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, _speaker(text))
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))


@pytest.mark.parametrize("text", ["jeg kan ikke få min insulin før i overmorgen", "kan ikke få medicin på apoteket"])
def test_medicine_not_got_is_health_not_intolerance(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))
    assert u.theme == "sundhed", (text, u.theme)


@pytest.mark.parametrize("text", [
    "jeg kan ikke få trøjen over hovedet",
    "jeg kan ikke få mig selv til at støvsuge",
    "jeg kan ikke få døren op med min dårlige hånd",
    "jeg kan ikke få luft",
    "jeg vil gerne have et job, men jeg kan ikke få et",
])
def test_doing_it_oneself_is_no_thing_not_got(text: str) -> None:
    assert not rules.cannot_get(_norm(text)), text


def test_penicillin_one_cannot_tolerate_stays_an_intolerance(tagger: Tagger) -> None:
    u = tagger.tag("jeg kan ikke tåle penicillin")
    assert _labels(u) == ("neutral", None, None), _labels(u)


# -- a sensitivity ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, theme", [
    ("jeg kan ikke tåle larmen fra boremaskinen", "sundhed"),
    ("hun tåler ikke lysstofrør", "sundhed"),
    ("kan ik tåle høje lyde i bussen", "sundhed"),
    ("jeg kan ikke holde ud at være i travlhed", "sundhed"),
    ("jeg kan ikke tåle når pædagogerne snakker højt", "kommunikation"),
    ("jeg kan ikke tåle larmen fra naboens vaskemaskine om natten", "samfundsliv"),
    ("i cant stand the noise in the canteen", "sundhed"),
])
def test_sensitivity_is_neutral_parking(tagger: Tagger, text: str, theme: str) -> None:
    u = tagger.tag(text, _speaker(text))
    assert _labels(u) == ("neutral", None, "parking"), (text, _labels(u))
    assert u.theme == theme, (text, u.theme)


@pytest.mark.parametrize("text", ["jeg kan ikke tåle æg", "jeg tåler ikke at gå ret langt",
                                  "jeg kan ikke tåle larm, men jeg vil gerne prøve at arbejde i en butik"])
def test_food_walking_and_wishes_are_no_sensitivity(text: str) -> None:
    assert not rules.sensitivity(_norm(text)), text


# -- a refusal of something new with "skal ikke" ---------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg er 84, jeg skal ikke lære at bruge en smartphone",
    "nu er jeg 90 år, jeg skal ikke til at starte på noget",
    "jeg skal ikke på plejehjem",
    "han siger han ikke skal på dagcenter",
])
def test_refusal_of_something_new_is_sustain(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text, _speaker(text))
    assert _labels(u) == ("sustain", "commitment", None), (text, _labels(u))


def test_help_one_will_not_have_is_sustain_need(tagger: Tagger) -> None:
    u = tagger.tag("jeg skal ikke have nogen hjemmepleje")
    assert _labels(u) == ("sustain", "need", None), _labels(u)


@pytest.mark.parametrize("text", [
    "jeg skal ikke have mere cola",
    "jeg skal ikke sidde alene derhjemme mere",
    "jeg skal ikke på arbejde i morgen",
    "du skal ikke lære det",
    "hvorfor skal jeg ikke flytte",
])
def test_habits_flips_times_and_questions_are_no_refusal(text: str) -> None:
    assert rules.wont_new(_norm(text)) is None, text


def test_appointment_called_off_is_a_fact(tagger: Tagger) -> None:
    u = tagger.tag("jeg skal ikke til tandlægen alligevel")
    assert _labels(u) == ("neutral", None, None), _labels(u)


# -- wish frames, also as the last clause of a long message ----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg savner at spille badminton",
    "det ville være dejligt med en at gå ture med",
    "jeg gad godt have en knallert",
    "måske skulle jeg melde mig til et madhold",
])
def test_wish_frames_are_change_desire(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "desire", "hope"), (text, _labels(u))


@pytest.mark.parametrize("text", [
    "Jeg har en lille lejlighed. Der er ikke så meget plads. Jeg har ingen altan. Det ville være dejligt med en have",
    "min ryg gør ondt, jeg har ikke arbejdet i to år, jeg går mest derhjemme, og så tænker jeg på om jeg kunne komme i flexjob",
    "Jeg har ikke så mange venner. Jeg sidder mest på mit værelse. Jeg spiller computer. Måske skulle jeg melde mig til en klub",
    "jeg er lidt ked af det for tiden, jeg sover dårligt, min kat er død, det kunne være rart at få en ny kat",
    "Jeg har boet her i tyve år. Jeg kender ikke mine naboer. Det er stille. Jeg gad godt lære nogen af dem at kende",
])
def test_wish_as_the_last_clause_of_a_long_message(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert _labels(u) == ("change", "desire", "hope"), (text, _labels(u), [(c.text, c.talk_type, c.confidence)
                                                                          for c in u.clauses])


@pytest.mark.parametrize("text", ["jeg savner min morfar", "jeg ville ønske han ville rydde op",
                                  "i aften har jeg lyst til noget andet", "det ville være dejligt hvis hun flyttede"])
def test_missing_a_person_and_others_wishes_are_no_wish_frame(text: str) -> None:
    assert not rules.wish_frame(_norm(text)), text
