"""Simulated citizens (personas) and a trainer-mode practice session with real coder and tagger."""

from __future__ import annotations

import pytest

from forbered.oars.session import TrainingSession
from forbered.oars.simulator import CATEGORIES, SimulatedCitizen, load_personas

GOOD_MI = ["complex_reflection", "affirmation", "open_question", "simple_reflection", "summary",
           "complex_reflection", "emphasize_autonomy", "complex_reflection"]
BAD_MI = ["advice_without_permission", "confront", "closed_question", "advice_without_permission",
          "confront", "closed_question", "confront", "advice_without_permission"]


@pytest.fixture(scope="module")
def personas() -> dict:
    return load_personas()


def _lines_of(persona: dict, category: str) -> set[str]:
    return set(persona["lines"][category])


def test_personas_cover_the_target_groups(personas: dict) -> None:
    assert len(personas) >= 6
    groups = " ".join(p["group"] for p in personas.values())
    for word in ("autisme", "hjerneskade", "udviklingshæmning", "rehabilitering", "pårørende", "angst"):
        assert word in groups
    assert any(p["speaker"] == "relative" for p in personas.values())
    for p in personas.values():
        assert p["background"] and p["hopes"] and p["ambivalence"] and p["opening"]
        for cat in CATEGORIES:
            assert len(p["lines"][cat]) >= 3, (p["id"], cat)


def test_same_seed_same_conversation(personas: dict) -> None:
    p = personas["mads_autisme"]
    runs = []
    for _ in range(2):
        c = SimulatedCitizen(p, seed=3)
        runs.append([c.opening()] + [c.reply("…", code) for code in GOOD_MI])
    assert runs[0] == runs[1]
    other = SimulatedCitizen(p, seed=4)
    assert [other.opening()] + [other.reply("…", code) for code in GOOD_MI] != runs[0]


def test_no_line_repeats_while_lines_remain(personas: dict) -> None:
    p = personas["amira_angst"]
    c = SimulatedCitizen(p, seed=1)
    said = [c.reply("…", code) for code in GOOD_MI + ["open_question"] * 4]
    assert len(said) == len(set(said))


def test_good_mi_draws_change_talk_bad_mi_sustain_and_withdrawal(personas: dict) -> None:
    p = personas["erik_genoptraening"]
    good = SimulatedCitizen(p, seed=0)
    good_lines = [good.reply("…", code) for code in GOOD_MI]
    assert sum(ln in _lines_of(p, "change") for ln in good_lines) >= 5
    bad = SimulatedCitizen(p, seed=0)
    bad_lines = [bad.reply("…", code) for code in BAD_MI]
    resisting = _lines_of(p, "sustain") | _lines_of(p, "withdrawal") | _lines_of(p, "short")
    assert all(ln in resisting for ln in bad_lines)
    assert not any(ln in _lines_of(p, "change") for ln in bad_lines)
    assert any(ln in _lines_of(p, "withdrawal") for ln in bad_lines)


def test_closed_questions_get_short_answers_and_open_ones_elaboration(personas: dict) -> None:
    p = personas["sofie_udviklingshaemning"]
    c = SimulatedCitizen(p, seed=2)
    assert c.reply("Kan du lide dyr?", "closed_question") in _lines_of(p, "short")
    assert c.reply("Hvad laver du om torsdagen?", "open_question") in _lines_of(p, "neutral")


def test_confrontation_is_not_undone_by_one_open_question(personas: dict) -> None:
    p = personas["birgit_hjerneskade"]
    c = SimulatedCitizen(p, seed=0)
    c.reply("…", "confront")
    c.reply("…", "confront")
    assert c.reply("Hvad tænker du om det?", "open_question") not in _lines_of(p, "change")


def test_unknown_code_is_refused(personas: dict) -> None:
    with pytest.raises(ValueError):
        SimulatedCitizen(personas["mads_autisme"]).reply("…", "reflection")


@pytest.fixture(scope="module")
def session_tools():
    from forbered.oars import Coder
    from forbered.tagger import Tagger

    return Coder.load(), Tagger.load()


GOOD_TURNS = [
    "Hvad er vigtigt for dig i dit liv lige nu?",
    "Det lyder som om du savner at kunne klare tingene selv.",
    "Det var flot, at du har lavet øvelserne hver dag.",
    "Hvordan ville det være for dig at komme i haven igen?",
    "Det er helt op til dig, hvad vi skriver på arket.",
]
BAD_TURNS = [
    "Du skal bare tage dig sammen og lave dine øvelser.",
    "Det er jo din egen skyld, hvis du falder igen.",
    "Du burde flytte på plejehjem.",
    "Hvis du ikke træner, ender du i kørestol.",
]


def test_session_codes_turns_gives_feedback_and_reports(personas: dict, session_tools) -> None:
    coder, tagger = session_tools
    s = TrainingSession(personas["erik_genoptraening"], seed=0, coder=coder, tagger=tagger)
    assert s.start()
    turns = [s.turn(t) for t in GOOD_TURNS]
    assert [t.result.code for t in turns] == ["open_question", "complex_reflection", "affirmation",
                                              "open_question", "emphasize_autonomy"]
    assert turns[0].feedback.startswith("Åbent spørgsmål — godt.")
    assert "han" in turns[0].feedback
    assert all(t.citizen_reply for t in turns)
    r = s.report()
    assert r["counts"]["open_question"] == 2 and r["mi_inconsistent"] == 0
    assert len(r["citizen_turns"]) == 1 + len(GOOD_TURNS)
    assert r["change_talk"] > r["sustain_talk"]


def test_bad_mi_session_reports_more_sustain_talk(personas: dict, session_tools) -> None:
    coder, tagger = session_tools
    s = TrainingSession(personas["mads_autisme"], seed=0, coder=coder, tagger=tagger)
    s.start()
    turns = [s.turn(t) for t in BAD_TURNS]
    assert {t.result.code for t in turns} <= {"advice_without_permission", "confront"}
    assert "ikke MI-konsistent" in turns[0].feedback
    r = s.report()
    assert r["mi_inconsistent"] == len(BAD_TURNS)
    assert r["sustain_talk"] > r["change_talk"]


def test_feedback_can_be_switched_off_and_question_runs_are_flagged(personas: dict, session_tools) -> None:
    coder, tagger = session_tools
    quiet = TrainingSession(personas["amira_angst"], seed=0, feedback=False, coder=coder, tagger=tagger)
    assert quiet.turn("Hvad laver du om dagen?").feedback is None
    s = TrainingSession(personas["amira_angst"], seed=0, coder=coder, tagger=tagger)
    s.start()
    fb = [s.turn(q).feedback for q in ("Har du en veninde?", "Bor hun tæt på?", "Ser I hinanden tit?")]
    assert "i træk" not in fb[1] and "3 spørgsmål i træk" in fb[2]
