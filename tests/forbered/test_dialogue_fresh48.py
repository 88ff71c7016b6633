"""Fresh round 48, odd answer shapes: a heading before the answer ("Ønske: …", "Bekymring - …"); "det står der jo",
"læs min første besked" and the like are pointers back, never content; "Hvad menes der med …?" is a question about the
question; "Må jeg skrive for min mor?" in a chat begun as the citizen's own turns it into a relative's chat; a long
first answer that also says who comes to the meeting, who the writer is, and a goal worked on; brain-injury telegrams
("balance væk", "god maler før") are said back safely; "skole nej. fleksjob. måske …" under the hopes is the work
answer; gladness in its own clause is said back with the point; "ja, gerne …" after "Arbejde har du allerede fortalt
om" keeps what follows; "det har jeg skrevet" to a choice not yet made asks again."""

from dialogue_helpers import real_tagger, talk

from forbered.dialogue import respond


def _talk(turns, role="citizen"):
    return talk(turns, role)


def _quotes(state, cat):
    return [i["quote"] for i in state["items"] if not i.get("withdrawn") and i.get("category") == cat]


_TO_HOPES = ["Ja jeg skriver selv", "katte", "kaffe"]
_TO_WORK = [*_TO_HOPES, "ved ikke", "videre"]
_TO_PARKING = [*_TO_WORK, "nej", "ved ikke"]


def test_a_heading_before_the_answer_is_not_said_back_or_kept():
    state, bot = _talk([*_TO_HOPES, "Ønske: en cykel med kurv"])
    line = " ".join(bot[-1])
    assert "ønske:" not in line.lower() and "cykel med kurv" in line
    assert any(q.lower().startswith("en cykel") for q in _quotes(state, "hope"))
    state, bot = _talk([*_TO_PARKING, "Bekymring - min tand gør ondt"])
    assert "bekymring" not in " ".join(bot[-1]).lower()
    assert not any("bekymring" in q.lower() for q in _quotes(state, "parking"))


def test_a_heading_before_a_no_to_the_meeting_question_is_a_no():
    state, _ = _talk([*_TO_PARKING, "nej", "Pårørende: nej"])
    assert state["preferences"]["relatives_attend"] is False


def test_pointers_back_are_never_content():
    for said in ("det står der jo", "jeg nævnte det før", "læs min første besked", "står der allerede"):
        state, bot = _talk([*_TO_HOPES, said])
        assert "Ja, det har du fortalt." in " ".join(bot[-1]), said
        assert not any(said.split()[-1] in (i.get("quote") or "") for i in state["items"]), said


def test_question_about_the_word_in_a_listening_turn_is_no_wish():
    state, bot = _talk([*_TO_HOPES, "Jeg drømmer om at rejse til Norge med min bedste ven til sommer",
                        "Hvad menes der med det?"])
    assert not any("menes" in q for q in _quotes(state, "hope"))
    assert "tage med til mødet" not in " ".join(bot[-1])


def test_asking_to_answer_for_a_parent_turns_the_chat_to_her():
    state, bot = _talk(["Ja jeg skriver selv", "Må jeg skrive for min mor?", "hun er god til at bage boller",
                        "hendes have"])
    assert state["written_by"] == "relative"
    assert "dig" not in " ".join(bot[-1]).split("?")[0].split(".")[-1]  # the next question is about her
    assert "hun" in " ".join(bot[-1]).split(".")[-1].lower()


def test_who_comes_said_in_a_long_first_answer_is_kept_and_not_asked():
    state, bot = _talk(["Ja jeg skriver selv",
                        "Jeg hedder Ole og har epilepsi. Jeg er god til at fiske. Min bror kommer med til mødet.",
                        "katte", "ved ikke", "videre", "nej", "ved ikke", "nej"])
    assert state["preferences"]["relatives_attend"] is True
    assert not any("Ole" in q or "bror" in q for q in _quotes(state, "resource"))
    said = " ".join(" ".join(b) for b in bot)
    assert "Vil du have en pårørende med til mødet?" not in said


def test_a_goal_being_practised_in_a_long_answer_is_a_goal():
    state, bot = _talk(["Ja jeg skriver selv", "Jeg maler. For tiden træner jeg at cykle, det går fint.", "musik",
                        "ved ikke", "videre", "nej"])
    assert any("cykle" in q for q in _quotes(state, "goal_progress"))
    assert not any("cykle" in q for q in _quotes(state, "resource"))
    assert "Hvordan går det med de mål, du har nu?" not in " ".join(" ".join(b) for b in bot)


def test_brain_injury_telegram_is_said_back_safely():
    state, bot = _talk(["Ja jeg skriver selv", "balance væk. god maler før. rolig"])
    said = " ".join(bot[-1]).lower()
    assert "god til balance" not in said and "god til god" not in said
    assert not any("balance" in q for q in _quotes(state, "resource"))
    state, bot = _talk(["Ja jeg skriver selv", "svimmel. hænder stærke"])
    assert "god til svimmel" not in " ".join(bot[-1]).lower()


def test_work_no_status_and_maybe_under_the_hopes_go_to_work():
    state, bot = _talk([*_TO_HOPES, "skole nej. fleksjob. måske lidt havearbejde"])
    line = " ".join(bot[-1])
    assert "skole nej" not in line.lower() and "Måske lidt havearbejde." in line
    assert not any("skole" in q.lower() for q in _quotes(state, "hope"))
    assert any("havearbejde" in q for q in _quotes(state, "employment"))


def test_gladness_in_its_own_clause_is_said_back_with_the_point():
    _, bot = _talk(["Ja jeg skriver selv", "at lytte", "Jeg synger i et kor, jeg er rigtig glad for det"])
    assert "og det er du rigtig glad for" in " ".join(bot[-1])


def test_yes_gladly_and_more_after_work_already_told_is_kept():
    for said, word in (("ja gerne kurser", "kurser"), ("ja, gerne et kursus", "kursus")):
        state, bot = _talk([*_TO_HOPES, "Jeg drømmer om at arbejde i en dyrehandel", "så ville jeg have det godt", said])
        assert any(word in q for q in _quotes(state, "employment") + _quotes(state, "hope")), said
        assert word in " ".join(bot[-1]) and "gerne et kursus" not in " ".join(bot[-1]), said


def test_already_written_to_the_plan_question_asks_again_when_nothing_was_chosen():
    state, bot = _talk([*_TO_PARKING, "nej", "nej", "det har jeg skrevet"])
    assert state["preferences"]["plan_version"] is None
    assert state["step"] == "meeting2"
    assert "Det kan jeg ikke finde i det, du har skrevet." in bot[-1]


def test_an_answer_in_capitals_is_not_shouted_back():
    state, bot = _talk([*_TO_PARKING, "GÆLD. NABOEN RÅBER OM NATTEN!!!"])
    line = " ".join(bot[-1])
    assert "GÆLD" not in line and "NABOEN" not in line and "!!" not in line
    assert any("gæld" in q.lower() for q in _quotes(state, "parking"))
    assert not any("!!" in q for q in _quotes(state, "parking"))


def test_a_wish_to_keep_living_where_one_lives_is_a_hope():
    # read as sustain talk by the tagger or not, keeping one's home is the wish asked about (never dropped)
    import dataclasses

    state, _ = _talk(_TO_HOPES)
    said = "at vi kan blive boende i vores hus"
    tag = real_tagger().tag(said, "citizen")
    tag = dataclasses.replace(tag, talk_type="sustain",
                              clauses=[dataclasses.replace(cl, talk_type="sustain") for cl in tag.clauses])
    r = respond(state, said, tag, role="citizen")
    assert any("vores hus" in q for q in _quotes(r.state, "hope"))
    assert "Det er der, du er lige nu." not in " ".join(m.text for m in r.messages if m.text)


def test_work_no_to_the_follow_up_question_moves_on_without_asking_about_work():
    state, bot = _talk([*_TO_HOPES, "at få en hund", "uddannelse nej. efterløn. måske lidt frivilligt"])
    said = " ".join(bot[-1])
    assert "Måske lidt frivilligt." in said and "Hvordan går det med de mål, du har nu?" in said
    assert "arbejde, uddannelse eller noget at lave" not in said
    assert not any("uddannelse nej" in q.lower() for q in _quotes(state, "hope"))


def test_gladness_after_a_wish_is_said_once():
    # a guard: the point and its gladness are said once each, never the point twice with two glad lines
    _, bot = _talk([*_TO_HOPES, "at få en hund", "Jeg går til dans hver mandag, jeg er så glad for det"])
    said = " ".join(bot[-1])
    assert said.count("dans hver mandag") == 1 and said.count("glad for") <= 1
