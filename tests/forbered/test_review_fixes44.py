"""Symptom-free stretches, shares of days, prompted steps and coping habits: lines that only look like the good news,
step or habit the word rules read (each was read wrongly before)."""
import pytest

from forbered.dialogue import intents as it
from forbered.tagger import rules


@pytest.mark.parametrize("said", [
    "han er ikke faldet til ro i flere dage",  # restless, not a fall avoided
    "hun er ikke faldet i søvn før midnat de sidste uger",
    "vi har ikke været nede ved stranden siden sommer",  # an outing missed, not low mood gone
    "min plan er ingen anfald i et helt år",  # a goal, not news
    "jeg håber på ingen mareridt i en uge",
])
def test_no_good_news_is_read_where_none_is_told(said: str) -> None:
    assert not rules.symptom_free(it.norm(said)), said


@pytest.mark.parametrize("said", [
    "i have not had a migraine in a month",
    "she hasn't had a meltdown since monday",
    "han har ikke været nede i en uge",  # low mood gone
    "min mor er ikke faldet en eneste gang siden sommer",
])
def test_a_symptom_free_stretch_is_still_read(said: str) -> None:
    assert rules.symptom_free(it.norm(said)), said


@pytest.mark.parametrize("said", [
    "halvdelen af nætterne har jeg mareridt",
    "2 ud af 5 dage kom han for sent på værkstedet",
    "tre ud af syv aftener græder hun",
    "halvdelen af ugen ligger jeg i sengen",
])
def test_a_share_of_a_bad_state_is_no_progress(said: str) -> None:
    assert not rules.share_answer(it.norm(said)), said


def test_a_share_of_a_goal_reached_is_still_read() -> None:
    assert rules.share_answer(it.norm("fire ud af syv morgener spiste jeg morgenmad"))
    assert rules.share_answer(it.norm("halvdelen af gangene tog jeg selv toget"))


@pytest.mark.parametrize("said", [
    "vennerne fik mig til at begynde at ryge igen",
    "min fætter fik mig til at prøve stoffer",
    "de har fået mig til at gå til fest og drikke",
])
def test_a_harmful_habit_started_on_prompting_is_no_step(said: str) -> None:
    assert rules.prompted_thought(it.norm(said)) is None, said


def test_a_prompted_step_is_still_read() -> None:
    assert rules.prompted_thought(it.norm("min sagsbehandler har fået mig til at melde mig til et kursus")) == "taking_steps"


@pytest.mark.parametrize("said", [
    "jeg drikker en kop kamillete for at falde i søvn",
    "han spiser aftensmad tidligt så han kan sove",
    "jeg spiser frugt for at kunne holde eftermiddagen ud",
])
def test_self_care_to_sleep_or_calm_is_no_coping_habit(said: str) -> None:
    assert rules.coping_habit(it.norm(said)) is None, said


def test_a_coping_habit_is_still_read() -> None:
    assert rules.coping_habit(it.norm("jeg drikker et par bajere for at glemme regningerne")) == "parking"
    assert rules.coping_habit(it.norm("han ryger når han er ensom")) == "parking"


def test_a_share_of_pain_stays_off_the_progress_sheet(tagger) -> None:
    assert tagger.tag("halvdelen af ugen har jeg ondt i knæet").sheet != "goal_progress"


@pytest.mark.parametrize("said", [
    "jeg cykler en tur i stedet for at ryge, og det hjælper mig",
    "når han får trang til en øl, ringer han til mig og det hjælper ham",
])
def test_what_helps_against_the_habit_argues_no_habit(said: str) -> None:
    assert rules.coping_habit(it.norm(said)) is None, said
