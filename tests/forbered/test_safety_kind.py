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


@pytest.mark.parametrize(("text", "kind"), [
    ("min mor får ikke mad og er sulten hele tiden", "neglect"),  # care that failed, not violence
    ("hjemmeplejen kommer ikke og min far har ikke spist i tre dage", "neglect"),
    ("ingen hjælper mig og jeg skærer i mig selv", "self_harm"),
    ("når han råber, slår jeg hovedet ind i væggen", "self_harm"),  # the speaker hurts themselves: Livslinien's text
    ("min far råber og så kniber jeg mig selv hårdt i armen", None),
])
def test_kind_when_two_kinds_meet(text, kind):
    assert safety_kind(text) == kind


@pytest.mark.parametrize("text", [
    "min far slår mig hver gang jeg spiller computer",  # a game named only with "vi", never "jeg spiller"
    "hun slår os når vi spiller for højt",
    "han slog mig mod døren",
    "far har slået mig på bordkanten",
    "jeg kan ikke få luft i det hele taget",
    "min mor kan ikke få luft i flere minutter",
    "han trak mig hårdt i armen hen til bilen",
    "min kæreste skubbede mig ind i døren",
    "han klemte min hånd i døren fordi jeg ikke ville",
    "jeg vil bare forsvinde fra det hele",
    "jeg er træt af at leve i den her verden",
    "jeg vil dø i min egen seng i aften",
])
def test_idiom_exceptions_do_not_hide_disclosures(text):
    from forbered.safety import is_crisis

    assert is_crisis(text)


@pytest.mark.parametrize("text", [
    "min søster slår mig hver gang vi spiller uno",
    "jeg slog mig på bordkanten",
    "i går klemte jeg min hånd i bildøren",
    "jeg kan ikke få luft i cyklen",
    "hun trak mig i armen hen til bussen",
    "jeg vil gerne dø i min egen seng, ikke på et plejehjem",
    "jeg er træt af at leve i den her lejlighed",
])
def test_idioms_still_masked(text):
    from forbered.safety import is_crisis

    assert not is_crisis(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("hjemmeplejen kom ikke, så jeg skar i mig selv, og der er ingen mad", "self_harm"),
    ("personalet har ikke givet mig mad i to dage og de slår mig", "abuse"),
    ("hjemmeplejen kommer ikke og min far har ikke spist i tre dage", "neglect"),
])
def test_harm_named_beside_failed_care_keeps_its_own_help_line(text, kind):
    assert safety_kind(text) == kind
