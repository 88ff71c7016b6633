"""The crisis answer names the help that fits what was disclosed: Livslinien for thoughts of suicide or
self-harm (and whenever the kind is unclear), Lev Uden Vold for violence, 112 first for acute danger."""

import pytest
from dialogue_helpers import run, tag, texts

from forbered.safety import safety_kind
from forbered.texts import DA, EN


@pytest.mark.parametrize(("text", "kind"), [
    ("jeg vil tage mit eget liv", "suicide"),
    ("jeg har ikke lyst til at vågne mere", "suicide"),
    ("jeg skærer i mig selv", "self_harm"),
    ("min kæreste slår mig", "abuse"),
    ("min bror slog mig, og nu vil jeg ikke leve mere", "suicide"),  # suicide wins: the answer names Livslinien
    ("Nogen på bostedet råber af mig", "abuse"),  # no rule group: someone harming the speaker
    ("pædagogen tager mine penge", "abuse"),
    ("jeg er faldet og kan ikke rejse mig", "danger"),
    ("ingen har givet mig mad i to dage", "neglect"),
    ("jeg er så træt af det hele", None),
    ("jeg vil gerne have et job", None),
])
def test_kind_of_disclosure(text, kind):
    assert safety_kind(text) == kind


def test_every_kind_has_both_languages_and_a_relative_text():
    for kind in ("abuse", "danger", "neglect"):
        for rel in ("", "_rel"):
            key = f"safety_{kind}{rel}"
            assert key in DA and key in EN
            assert "112" in DA[key] and "112" in EN[key]


def _answer(text, relative=False):
    state, _ = run(["/start", "Ja, jeg er pårørende" if relative else "ja"])
    _, out = run([(text, tag(text, sheet="parking", safety=True, speaker="relative" if relative else "citizen"))], state)
    return out[-1]


def test_violence_gets_the_violence_line_not_livslinien():
    r = _answer("min kæreste slår mig")
    assert "1888" in r.messages[0].text and "Livslinien" not in r.messages[0].text
    assert r.messages[0].custom["safety"] is True


def test_suicide_and_unclear_disclosures_keep_livslinien():
    assert "70 201 201" in _answer("jeg vil ikke leve mere").messages[0].text
    assert "70 201 201" in _answer("jeg er så træt af det hele").messages[0].text


def test_danger_puts_112_first_and_relatives_get_their_wording():
    r = _answer("jeg er faldet og kan ikke rejse mig")
    assert r.messages[0].text.startswith("Hvis du er i fare lige nu, så ring 112")
    rel = _answer("hun bliver slået af sin kæreste", relative=True)
    assert "1888" in rel.messages[0].text and "også for dig" in rel.messages[0].text
    assert "kontaktperson" in texts(rel)


@pytest.mark.parametrize(("text", "crisis"), [
    ("jeg slår mine kolleger i dart", False),
    ("min bror slog mig i skak igen", False),
    ("jeg skar mig på et stykke papir i dag haha", False),
    ("så skar jeg i armen bagefter", True),  # the verb before its subject after a fronted word
    ("i går har jeg skåret mig i låret", True),
    ("han slår mig i dart og så slår han mig bagefter", True),  # a game does not hide the rest of the message
    ("så skar jeg i kyllingen", False),
])
def test_games_and_paper_cuts_are_not_disclosures_and_inverted_cutting_is(text, crisis):
    from forbered.safety import is_crisis

    assert is_crisis(text) is crisis
