"""Round 19 (December 2026): conventions settled for new writers (annotation guide, "Round 19 conventions").

Cue patterns (rules.py), which hold whatever the model says, and end-to-end tags from the trained tagger.
The sentences are new: not in the corpus and not copied from the probes."""

from __future__ import annotations

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse


def _hits(text: str) -> dict[str, str]:
    return {k: m.group(0) for k, m in rules.hits(analyse(text).norm).items()}


# -- cue patterns --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "jeg skal til tandlæge på fredag",
    "han skal ind til kontrol på sygehuset i næste uge",
    "vi skal til møde på jobcentret i morgen kl 10",
])
def test_an_appointment_with_a_time_is_no_need(text: str) -> None:
    h = _hits(text)
    assert "appointment" in h
    assert "need" not in h


def test_an_appointment_for_a_reason_stays_a_need() -> None:
    h = _hits("jeg skal til tandlæge, min plombe er faldet ud")
    assert "need" in h and "appointment" not in h


@pytest.mark.parametrize("text", ["jeg er begyndt at spille skak igen", "hun er startet på holdet igen",
                                  "i started running again"])
def test_taking_up_a_good_activity_again_is_a_restart(text: str) -> None:
    h = _hits(text)
    assert "restart" in h and "sustain" not in h


@pytest.mark.parametrize("text", ["jeg er begyndt at ryge igen", "han er startet med at drikke cola igen",
                                  "she started vaping again"])
def test_taking_up_a_habit_again_is_relapse(text: str) -> None:
    h = _hits(text)
    assert "sustain" in h and "restart" not in h


@pytest.mark.parametrize("text", ["i stopped eating candy", "he quit soda", "i gave up junk food",
                                  "i havent had a beer since christmas", "jeg har ikke røget siden påske"])
def test_quitting_a_habit_has_its_own_cue(text: str) -> None:
    assert "quit_habit" in _hits(text)


def test_stopping_an_activity_is_no_quit_habit() -> None:
    assert "quit_habit" not in _hits("i stopped going to the chess club")


def test_english_like_my_is_a_joy_would_like_is_a_wish() -> None:
    h = _hits("i like my workshop")
    assert "desire" not in h and "resource" in h
    assert "desire" in _hits("i would like a dog")


def test_a_new_helper_is_no_step_a_new_job_is() -> None:
    assert "taking_steps" not in _hits("jeg har fået en ny bostøtte")
    assert "taking_steps" not in _hits("han har fået en ny rollator")
    assert "taking_steps" in _hits("jeg har fået et job på lageret")


@pytest.mark.parametrize("text", ["jeg skal huske min kalender, siger kontaktpersonen",
                                  "han skal spise mere frugt, siger hans læge",
                                  "sygeplejersken siger jeg skal drikke mere"])
def test_advice_from_any_adviser_is_someone_elses_view(text: str) -> None:
    assert "other_view" in _hits(text)


def test_staying_put_is_a_sustain_cue() -> None:
    assert "sustain" in _hits("men jeg vil blive boende i min lejlighed")


# -- end to end ----------------------------------------------------------------------------------------------

CASES = [
    ("jeg skal til tandlægen på tirsdag", "citizen", "neutral", None, "egenomsorg", None),
    ("hun skal til frisør i morgen", "relative", "neutral", None, "egenomsorg", None),
    ("jeg skal på sygehuset til scanning på onsdag", "citizen", "neutral", None, "sundhed", None),
    ("i have a dentist appointment next week", "citizen", "neutral", None, None, None),
    ("jeg er blevet bedre til at vaske mit tøj", "citizen", "neutral", None, "praktiske_opgaver", "goal_progress"),
    ("han er blevet meget bedre til at tage bussen alene", "relative", "neutral", None, "mobilitet", "goal_progress"),
    ("jeg er blevet bedre til at sove om natten", "citizen", "neutral", None, "sundhed", "goal_progress"),
    ("jeg er blevet dårligere til at se", "citizen", "neutral", None, "sundhed", "parking"),
    ("jeg er begyndt at gå i svømmehallen igen", "citizen", "change", "taking_steps", "sundhed", "goal_progress"),
    ("hun er begyndt at male billeder igen", "relative", "change", "taking_steps", "samfundsliv", "goal_progress"),
    ("jeg er startet på mit arbejde igen efter sygemeldingen", "citizen", "change", "taking_steps", "beskaeftigelse",
     "goal_progress"),
    ("jeg er begyndt at besøge min søster igen", "citizen", "change", "taking_steps", "relationer", "goal_progress"),
    ("jeg er begyndt at drikke energidrik igen", "citizen", "sustain", "taking_steps", "sundhed", None),
    ("han er begyndt at ryge igen", "relative", "sustain", "taking_steps", "sundhed", None),
    ("i stopped eating sweets", "citizen", "change", "taking_steps", "sundhed", "goal_progress"),
    ("i quit energy drinks in january", "citizen", "change", "taking_steps", "sundhed", "goal_progress"),
    ("she stopped drinking alcohol", "relative", "change", "taking_steps", "sundhed", "goal_progress"),
    ("i havent had any candy for a week", "citizen", "change", "taking_steps", "sundhed", "goal_progress"),
    ("i stopped going to the youth club", "citizen", "sustain", "taking_steps", None, None),
    ("i like my new flat", "citizen", "neutral", None, "samfundsliv", "resource"),
    ("i would like a girlfriend", "citizen", "change", "desire", "relationer", "hope"),
    ("jeg skal gå mere i skoven, siger fysioterapeuten", "citizen", "neutral", None, "sundhed", None),
    ("hun skal øve sig i at smøre madpakke, siger pædagogen", "relative", "neutral", None, "praktiske_opgaver", None),
    ("jeg har fået en ny kontaktperson og han er flink", "citizen", "neutral", None, "none", "resource"),
    ("vi har fået en ny bostøtte til ham, hun er rigtig sød", "relative", "neutral", None, "none", "resource"),
    ("jeg har fået en kørestol og den er god", "citizen", "neutral", None, "mobilitet", "resource"),
    ("jeg har fået et fritidsjob i Brugsen", "citizen", "change", "taking_steps", "beskaeftigelse", "goal_progress"),
    ("jeg vil blive boende i mit hus", "citizen", "sustain", "desire", "samfundsliv", None),
    ("min søn synes jeg skal flytte, men jeg vil blive her", "citizen", "sustain", "desire", "samfundsliv", None),
    ("det er svært at vænne sig til at få hjælp", "citizen", "neutral", None, None, "parking"),
    ("et arbejde med dyr", "citizen", "change", "desire", "beskaeftigelse", "hope"),
    ("det går dårligt med at stå op", "citizen", "neutral", None, "sundhed", "goal_progress"),
]


@pytest.mark.parametrize(("text", "speaker", "talk_type", "subtype", "theme", "sheet"), CASES)
def test_fresh19_tags(tagger, text, speaker, talk_type, subtype, theme, sheet) -> None:
    u = tagger.tag(text, speaker)
    assert (u.talk_type, u.subtype) == (talk_type, subtype), (text, u.talk_type, u.subtype)
    if theme is not None:
        assert u.theme == theme, (text, u.theme)
    assert u.sheet == sheet, (text, u.sheet)
    assert not u.safety
