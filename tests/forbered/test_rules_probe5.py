"""Lexicon and cue changes after a fifth fresh probe (theme on short and medium messages: occupations, contacting
health care, getting up and bedtime, walks, falls, clothes and food, doing things with someone; and the talk-type
leftovers: quitting a habit, new starts, limitations with "kun", time clauses with "når jeg skal"). The phrasings
here are written for these tests, not taken from the corpus or the probe sets."""

from __future__ import annotations

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse
from forbered.tagger.lexicon import lexicon_hits, token_themes


def fams(text: str) -> set[str]:
    return set(rules.hits(analyse(text).norm))


def lex(text: str) -> dict[str, int]:
    return rules.lexicon_hits(analyse(text).norm)


@pytest.mark.parametrize("word", ["tømrer", "smed", "murer", "gartner", "elektriker", "skraldemand", "ekspedient",
                                  "programmør", "kok"])
def test_trades_are_work(word: str) -> None:
    assert "beskaeftigelse" in token_themes(word)


@pytest.mark.parametrize("word", ["smede", "kokosnød", "murene", "ride", "lederskab"])
def test_no_false_whole_word_hits(word: str) -> None:
    assert "beskaeftigelse" not in token_themes(word)
    assert "sundhed" not in token_themes(word)


def test_looking_for_is_not_a_boss() -> None:
    assert "beskaeftigelse" not in lexicon_hits("jeg leder efter en ny sofa")
    assert "beskaeftigelse" in lexicon_hits("min leder på lageret er flink")


@pytest.mark.parametrize("text", ["min nevø vil gerne være vagtmand", "hun drømmer om at blive dyrlæge",
                                  "jeg vil gerne uddanne mig til maler", "han vil være personlig træner"])
def test_wanting_to_be_a_trade_is_a_work_cue(text: str) -> None:
    assert "theme_beskaeftigelse" in fams(text)


@pytest.mark.parametrize("text", ["jeg vil være alene", "han vil gerne være hjemme", "hun vil gerne blive bedre"])
def test_being_alone_or_better_is_no_work_cue(text: str) -> None:
    assert "theme_beskaeftigelse" not in fams(text)


@pytest.mark.parametrize("text", ["jeg ringede til tandlægen og fik en tid", "hun skriver selv til psykologen",
                                  "han ringer til apoteket"])
def test_contacting_health_care_is_a_communication_cue(text: str) -> None:
    assert "theme_kommunikation" in fams(text)


@pytest.mark.parametrize("text", ["hun står op ved middagstid", "jeg går i seng ved midnat",
                                  "han kom først op kl 11", "vi gik en lang tur i går"])
def test_getting_up_bedtime_and_walks_are_health(text: str) -> None:
    assert "theme_sundhed" in fams(text)
    assert "egenomsorg" not in lex(text)
    assert "mobilitet" not in lex(text)


@pytest.mark.parametrize("text", ["han henter selv op efter posten", "jeg er bange for at falde på badeværelset",
                                  "hun skal have hjælp op af stolen"])
def test_fetching_falls_and_transfers_are_mobility(text: str) -> None:
    assert "theme_mobilitet" in fams(text)
    assert "mobilitet" in lex(text)


@pytest.mark.parametrize("text", ["hun køber sine bukser på nettet", "jeg vaskede alt mit tøj i går",
                                  "han stryger selv sine skjorter"])
def test_buying_and_washing_clothes_are_housework(text: str) -> None:
    assert "theme_praktiske_opgaver" in fams(text)


@pytest.mark.parametrize("text", ["han skærer selv sin mad", "jeg glemte min medicin i weekenden",
                                  "hun husker sine piller nu"])
def test_cutting_ones_food_and_remembering_pills_are_self_care(text: str) -> None:
    assert "theme_egenomsorg" in fams(text)


@pytest.mark.parametrize("text", ["jeg mangler en at gå på loppemarked med", "han vil gerne have nogen at se fodbold med"])
def test_someone_to_do_a_thing_with_is_a_relations_cue(text: str) -> None:
    assert "theme_relationer" in fams(text)


def test_coffee_with_someone_is_company() -> None:
    assert "relationer" in lexicon_hits("jeg får besøg til kaffe om fredagen")


@pytest.mark.parametrize("text", ["vi vil gerne flytte sammen til sommer", "hun bor sammen med sin veninde"])
def test_moving_in_together_is_housing(text: str) -> None:
    assert "theme_samfundsliv" in fams(text)


def test_where_one_lives_is_housing() -> None:
    assert "samfundsliv" in lexicon_hits("jeg er glad for hvor han bor nu")


@pytest.mark.parametrize("text", ["jeg holdt op med at ryge hash i foråret", "han er stoppet med at drikke",
                                  "she quit smoking", "i haven't smoked since may",
                                  "jeg har ikke rørt en smøg siden nytår"])
def test_quitting_or_keeping_off_a_habit_is_a_step_not_sustain(text: str) -> None:
    f = fams(text)
    assert "taking_steps" in f
    assert "sustain" not in f


def test_stopping_an_activity_is_still_sustain() -> None:
    assert "sustain" in fams("jeg stoppede i koret")
    assert "sustain" in fams("he quit his job")


@pytest.mark.parametrize("text", ["han er startet på efterskole", "jeg er begyndt til svømning",
                                  "hun er kommet i gang med at lave mad"])
def test_a_new_start_is_a_step(text: str) -> None:
    assert "taking_steps" in fams(text)


def test_a_new_habit_with_nu_after_the_object_is_a_step() -> None:
    assert "taking_steps" in fams("hun børster selv sine tænder nu")


@pytest.mark.parametrize("text", ["jeg kan kun stå ti minutter", "hun kan højst gå til hjørnet"])
def test_kan_kun_is_a_limitation(text: str) -> None:
    f = fams(text)
    assert "ability" in f
    assert "sustain" in f


def test_naar_jeg_skal_is_a_time_clause_not_need() -> None:
    assert "need" not in fams("det er hårdt når jeg skal op ad bakken")
    assert "need" in fams("jeg skal lære at cykle")


@pytest.mark.parametrize("text", ["hun er så træt om eftermiddagen", "jeg glemmer altid mine nøgler",
                                  "høreapparatet virker ikke", "jeg forstår ik brevet", "han kommer dårligt i gang om morgenen"])
def test_tiredness_forgetting_and_what_does_not_work_are_parking(text: str) -> None:
    assert "parking" in fams(text)


def test_english_help_is_a_resource() -> None:
    assert "resource" in fams("my neighbour helps me with the shopping")
