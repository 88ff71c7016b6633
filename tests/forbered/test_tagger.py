"""The change-talk tagger on utterances written for these tests (not taken from the corpus)."""

from __future__ import annotations

import numpy as np
import pytest

from forbered.tagger import Tagger, tag_record


def _tt(tagger: Tagger, text: str, speaker: str = "citizen") -> tuple[str, str | None]:
    u = tagger.tag(text, speaker)
    return u.talk_type, u.subtype


# -- talk type and subtype ------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "jeg gider ikke blive ved med at sidde derhjemme",
    "jeg gider ikke mere at ligge i sengen hele dagen",
    "jeg har ikke lyst til at blive ved med at være alene hver weekend",
])
def test_negated_status_quo_is_change_talk(tagger: Tagger, text: str) -> None:
    assert _tt(tagger, text)[0] == "change"


@pytest.mark.parametrize("text", [
    "jeg vil ikke på arbejde",
    "jeg vil ikke flytte fra mine forældre",
    "det gider jeg ikke",
    "jeg kan ikke overskue at lave mad selv",
])
def test_negated_change_is_sustain_talk(tagger: Tagger, text: str) -> None:
    assert _tt(tagger, text)[0] == "sustain"


def test_ambivalence_is_labelled_by_the_last_clause(tagger: Tagger) -> None:
    assert _tt(tagger, "jeg vil gerne have et job, men jeg kan ikke overskue det") == ("sustain", "ability")
    assert _tt(tagger, "jeg kan ikke overskue det, men jeg vil gerne prøve")[0] == "change"


def test_ambivalent_message_has_clauses_both_ways(tagger: Tagger) -> None:
    u = tagger.tag("jeg vil gerne bo for mig selv, men jeg tør ikke")
    assert [c.talk_type for c in u.clauses] == ["change", "sustain"]


@pytest.mark.parametrize("text,expected", [
    ("hun vil rigtig gerne have en veninde at gå i byen med", ("change", "desire")),
    ("han har selv ringet til fodboldklubben i denne uge", ("change", "taking_steps")),
    ("han vil ikke have hjælp til at gøre rent", ("sustain", "desire")),
])
def test_relatives_report_the_citizens_talk(tagger: Tagger, text: str, expected: tuple[str, str]) -> None:
    assert _tt(tagger, text, "relative") == expected


@pytest.mark.parametrize("text", [
    "i går tog jeg bussen helt alene til byen",
    "jeg har meldt mig til et madlavningskursus",
    "i sidste uge ringede jeg selv til lægen",
])
def test_past_steps_are_taking_steps(tagger: Tagger, text: str) -> None:
    assert _tt(tagger, text) == ("change", "taking_steps")


@pytest.mark.parametrize("text", ["ja", "nej", "ved ik", "måske", "ok", "Ved det ikke", "jaa", "hmm", "👍", ""])
def test_short_answers_are_neutral(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert (u.talk_type, u.subtype, u.sheet, u.safety) == ("neutral", None, None, False)


@pytest.mark.parametrize("text,expected_type", [
    ("æ vil gern ha et job", "change"),
    ("jeg vil gerne laere at lave mad selv", "change"),
    ("jg ka ik overskue at gaa i bad hver dag", "sustain"),
    ("jeg vil geeerne have en kæreste ❤️❤️", "change"),
    ("jeg gider ik flytte 😤", "sustain"),
])
def test_misspellings_dialect_and_emojis(tagger: Tagger, text: str, expected_type: str) -> None:
    assert tagger.tag(text).talk_type == expected_type


def test_first_dialect_example_is_a_work_wish(tagger: Tagger) -> None:
    u = tagger.tag("æ vil gern ha et job")
    assert (u.subtype, u.theme, u.sheet) == ("desire", "beskaeftigelse", "hope")


# -- theme and sheet ------------------------------------------------------------------------------
@pytest.mark.parametrize("text,theme", [
    ("jeg vil gerne kunne tage toget til min søster selv", "mobilitet"),
    ("jeg vil gerne lære at støvsuge og tørre støv af", "praktiske_opgaver"),
    ("jeg skal have hjælp til at børste tænder om aftenen", "egenomsorg"),
    ("jeg vil gerne kunne læse mine breve i e-boks selv", "kommunikation"),
    ("jeg drømmer om min egen lejlighed", "samfundsliv"),
    ("jeg vil gerne i praktik på et lager", "beskaeftigelse"),
    ("jeg savner at have nogle venner", "relationer"),
    ("jeg vil gerne sove bedre om natten", "sundhed"),
    ("hej", "none"),
    # less obvious theme words (the guide's ambiguity notes)
    ("jeg bruger en doseringsæske til mine piller", "egenomsorg"),
    ("jeg skal have hjælp til at sortere mit vasketøj", "praktiske_opgaver"),
    ("jeg vil gerne kunne tage flextrafik alene", "mobilitet"),
    ("jeg har meldt mig som frivillig på biblioteket", "samfundsliv"),
    ("jeg tør ikke tage telefonen", "kommunikation"),
])
def test_themes(tagger: Tagger, text: str, theme: str) -> None:
    assert tagger.tag(text).theme == theme


@pytest.mark.parametrize("text,sheet", [
    ("jeg er god til at tegne heste", "resource"),
    ("det giver mig glæde at hjælpe i haven", "resource"),
    ("naboens hund gør hele natten og det irriterer mig", "parking"),
    ("jeg er bekymret for min økonomi", "parking"),
    ("det går godt med at tage bussen nu", "goal_progress"),
    ("jeg kunne godt tænke mig at tage kørekort", "hope"),
    ("jeg bor i Randers", None),
])
def test_sheet_categories(tagger: Tagger, text: str, sheet: str | None) -> None:
    assert tagger.tag(text).sheet == sheet


# -- safety ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,speaker", [
    ("jeg har tænkt på at tage mit eget liv", "citizen"),
    ("nogle gange vil jeg bare ikke være her mere", "citizen"),
    ("hun siger hun vil slå sig selv ihjel", "relative"),
    ("min kæreste slog mig i går", "citizen"),
    ("jeg har skåret i mig selv igen", "citizen"),
    ("der er brand i køkkenet", "citizen"),
])
def test_safety_is_flagged_with_its_evidence(tagger: Tagger, text: str, speaker: str) -> None:
    u = tagger.tag(text, speaker)
    assert u.safety
    assert u.evidence and u.evidence in u.text


@pytest.mark.parametrize("text", [
    "jeg keder mig ihjel på værkstedet", "jeg døde af grin", "det slår mig at jeg er blevet bedre",
    "jeg er dødtræt i dag", "jeg er træt af det hele med bussen",
])
def test_idioms_are_not_safety(tagger: Tagger, text: str) -> None:
    assert not tagger.tag(text).safety


# -- output contract ------------------------------------------------------------------------------
VARIED = [
    "jeg vil gerne have et job", "ja", "", "   ", "🙂🙂", "jeg kan ikke overskue det, men jeg vil gerne prøve. Det bliver svært!",
    "JEG GIDER IKKE", "æ ka ett", "hun vil gerne have en hund", "jeg har det fint som det er 😊",
    "Før min ulykke cyklede jeg hver dag. Nu går jeg med rollator, men jeg vil gerne ud i skoven igen, "
    "og min datter har sagt at hun vil hjælpe, så det tror jeg godt vi kan finde ud af.",
    "jeg\u200b vil\u00a0gerne", "123", "?!", "www.borger.dk",
]


@pytest.mark.parametrize("text", VARIED)
def test_evidence_is_a_substring_and_confidence_a_probability(tagger: Tagger, text: str) -> None:
    u = tagger.tag(text)
    assert 0.0 <= u.confidence <= 1.0
    assert u.evidence in u.text
    assert u.talk_type in ("change", "sustain", "neutral")
    assert (u.subtype is None) == (u.talk_type == "neutral")
    for c in u.clauses:
        assert u.text[c.start:c.end] == c.text
        assert 0.0 <= c.confidence <= 1.0


def test_long_message_gets_clauses(tagger: Tagger) -> None:
    u = tagger.tag(VARIED[10])
    assert len(u.clauses) >= 3
    assert u.to_dict()["clauses"] and "clauses" not in u.to_dict(with_clauses=False)


def test_tag_many_equals_tag(tagger: Tagger) -> None:
    items = [(t, "citizen") for t in VARIED] + [("hun vil gerne flytte", "relative")]
    assert [u.to_dict() for u in tagger.tag_many(items)] == [tagger.tag(t, s).to_dict() for t, s in items]


def test_tag_record_keeps_the_id(tagger: Tagger) -> None:
    out = tag_record(tagger, {"id": "u-7", "text": "jeg vil gerne svømme", "speaker": "citizen"})
    assert out["id"] == "u-7" and out["talk_type"] == "change" and out["theme"] == "sundhed"


def test_the_safety_threshold_travels_with_the_model(tmp_path) -> None:
    """The threshold chosen by CV at training time is saved in safety.npz and used by the tagger."""
    from forbered.tagger.model import LinearModel

    m = LinearModel({"w=a": 0}, np.array([[0.0, 1.0]]), np.zeros(2), ["false", "true"], threshold=0.37)
    m.save(tmp_path / "s.npz")
    assert LinearModel.load(tmp_path / "s.npz").threshold == pytest.approx(0.37)
    m.threshold = None
    m.save(tmp_path / "s.npz")
    assert LinearModel.load(tmp_path / "s.npz").threshold is None


def test_the_shipped_safety_model_has_a_cv_threshold(tagger: Tagger) -> None:
    assert tagger.models["safety"].threshold is not None
    assert 0.05 <= tagger.safety_threshold <= 0.95
