"""Fresh conversations, set 51: relatives who say who they are, relatives and the person with two views or two scores,
handing over the keyboard, and an English relative who comes to the meeting."""

from dialogue_helpers import at_score, real_tagger, run, talk

from forbered.sheet import build_sheet


def _sheet(state):
    return build_sheet(state, "c-51")


def _texts(entries):
    return " ".join(f"{e.get('text', '')} {e.get('quote', '')}" for e in entries).lower()


def _tagged(state, turns, role):
    """Turns tagged by the real tagger, replayed from `state`."""
    return run([(t, real_tagger().tag(t, role)) for t in turns], state, role=role)


def test_relative_who_says_who_she_is_is_no_strength():
    state, bot = talk(["ja", "Hallo, det er Birgit, jeg er hendes moster. Hun er god til at danse"], role="relative")
    said = " ".join(bot[-1]).lower()
    assert "god til hallo" not in said and "birgit" not in said
    res = _texts(_sheet(state)["resources"])
    assert "danse" in res
    assert "birgit" not in res and "moster" not in res and "hallo" not in res


def test_staff_who_writes_for_the_person_is_no_strength():
    state, _ = talk(["ja", "Jeg er støtteperson for Kasper og skriver for ham. Kasper er god til at lave kaffe"],
                    role="relative")
    res = _texts(_sheet(state)["resources"])
    assert "kaffe" in res and "støtteperson" not in res


def test_english_relative_introduction_is_no_strength():
    state, _ = talk(["yes", "Hi, I'm Sue, Ben's mum. Ben is good at drawing"], role="relative", language="en")
    res = _texts(_sheet(state)["resources"])
    assert "drawing" in res and "sue" not in res and "mum" not in res


def test_english_relative_who_will_come_is_said_back_as_coming():
    turns = ["yes", "He is good at fishing", "He wants a bike", "no", "nothing", "no job now",
             "His goal is to cook once a week. it goes ok", "2", "nothing", "Yes, I'll join"]
    state, bot = talk(turns, role="relative", language="en")
    assert state["preferences"]["relatives_attend"] is True
    assert "You will come to the meeting." in bot[-1]


def test_relative_who_says_she_comes_in_a_longer_answer_answers_the_meeting_question():
    state, bot = talk(["ja", "Han er god til at fiske", "Han vil gerne have en cykel. Jeg tager også med til mødet"],
                      role="relative")
    assert state["preferences"]["relatives_attend"] is True
    sheet = _sheet(state)
    assert "mødet" not in _texts(sheet["resources"] + sheet["hopes"])


def test_own_score_beside_a_sisters_score():
    state = at_score()
    state, out = run(["Min søster siger 1, men jeg siger 3"], state)
    assert state["scores"][-1]["score"] == 3 and state["scores"][-1]["relative_score"] == 1
    assert "din søster siger 1" in " ".join(m.text for m in out[-1].messages)


def test_own_score_beside_a_dads_score_in_english():
    state = at_score()
    state["language"] = "en"
    state, _ = run(["my dad thinks 1 but I say 3"], state)
    assert state["scores"][-1]["score"] == 3 and state["scores"][-1]["relative_score"] == 1


def test_the_writers_own_retirement_is_not_the_persons_work_answer():
    turns = ["ja", "Hun er god til at bage", "Hun vil gerne have en kat", "nej", "ikke noget",
             "Nej, jeg er gået på pension for nylig"]
    state, _ = talk(turns, role="relative")
    assert not _sheet(state)["employment"]


def test_a_parents_retirement_is_not_the_citizens_work_answer():
    turns = ["ja", "jeg er god til at bage", "jeg vil gerne have en kat", "nej", "ikke noget", "Nej, min far er pensionist"]
    state, _ = talk(turns)
    assert not _sheet(state)["employment"]


def test_a_fathers_other_view_is_heard_and_not_listed():
    state, bot = talk(["ja", "jeg er god til at bage",
                       "Jeg vil gerne tage kørekort. Min far synes at det er for tidligt"], role="together")
    sheet = _sheet(state)
    assert "far synes" not in _texts(sheet["resources"] + sheet["hopes"])
    assert any("Din far ser det lidt anderledes" in m for m in bot[-1])


def test_relative_speaking_in_a_chat_written_together_is_not_the_persons_wish():
    state, bot = talk(["ja", "jeg er god til at bage", "jeg vil gerne bo i egen lejlighed",
                       "Far her: det synes jeg er for tidligt for hende"], role="together")
    sheet = _sheet(state)
    assert "for tidligt" not in _texts(sheet["hopes"] + sheet["resources"])
    assert "hvordan du ser det" in " ".join(bot[-1])


def test_giving_the_phone_with_the_verb_first_hands_over():
    state, bot = talk(["ja", "Hun er god til at tegne", "Så giver jeg telefonen til Maja", "hej det er mig. jeg vil gerne have en hest"],
                      role="relative")
    assert state.get("handed_over")
    hopes = _texts(_sheet(state)["hopes"])
    assert "hest" in hopes and "det er mig" not in hopes


def test_fronted_object_goes_before_a_trailing_adverb():
    from forbered import reflect

    assert reflect.as_inverted("det tror du ikke han klarer endnu") == "tror du ikke han klarer det endnu"
    assert reflect.as_inverted("det tror du ikke på") == "tror du ikke på det"


def test_a_relatives_doubt_is_said_back_once():
    _, bot = talk(["yes", "She is funny", "She says she wants to live alone, but I am not sure"], role="relative",
                  language="en")
    said = " ".join(bot[-1]).lower()
    assert said.count("not") == 1 and "sure" in said
    _, bot = talk(["ja", "Han er sjov", "Han siger selv at han gerne vil have et job, men det tror jeg ikke han kan længere"],
                  role="relative")
    said = " ".join(bot[-1])
    assert "kan det længere" in said and "ikke helt sikker" not in said


def test_a_mother_who_greets_in_a_chat_begun_as_the_citizens_is_a_relative():
    state, bot = talk(["ja", "Hej, det er Hanne, hendes mor. Hun er god til at ride", "Hun vil gerne have en kanin"])
    assert state["written_by"] == "relative"
    assert "hun håber" in " ".join(bot[-1]) and "du håber" not in " ".join(bot[-1])
    res = _texts(_sheet(state)["resources"])
    assert "ride" in res and "hanne" not in res


def test_a_citizen_who_is_a_mother_keeps_it_as_a_joy():
    state, _ = talk(["ja", "Jeg er mor til Jonas. Han giver mig glæde"])
    assert "mor til jonas" in _texts(_sheet(state)["resources"])


def test_weak_danish_is_met_with_the_way_to_english_and_an_interpreter():
    state, bot = talk(["ja", "Jeg forstår ikke så godt dansk"])
    said = " ".join(bot[-1])
    assert "tolk" in said and "English" in said and "Du forstår ikke" not in said
    assert not state["items"] or not _sheet(state)["resources"]
    state, bot = talk(["ja", "Jeg forstår ikke så godt dansk", "english"])
    assert state["language"] == "en"


def test_a_relatives_own_strain_is_met_with_empathy_and_not_listed():
    turns = ["ja", "Hun er god til at male", "Hun vil gerne have en kat", "nej", "nej", "nej", "ved ikke",
             "Hun sover dårligt. Jeg er selv meget slidt"]
    state, bot = talk(turns, role="relative")
    said = " ".join(bot[-1])
    assert "hårdt for dig" in said and "Du er selv meget slidt" not in said
    assert "slidt" not in _texts(_sheet(state)["parking"] + _sheet(state)["resources"])
