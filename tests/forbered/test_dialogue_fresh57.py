"""Whole conversations: "ved ikke" under the summary, a switch to English with the answer in the same message, "det
passer ikke med …" under the summary, and a relative who takes over once the points are listed."""

from tests.forbered.dialogue_helpers import live, run, talk

BEFORE_SUMMARY = ["ja", "Jeg er god til at sy", "Min kanin Trofast", "Jeg håber at få en hund", "Så fik jeg gået mere",
                  "nej", "ved ikke", "nej", "nej", "neutral"]


def test_dont_know_under_the_summary_is_no_point():
    state, bot = talk(BEFORE_SUMMARY + ["ved ikke"])
    assert state["step"] == "summary"
    assert not state["corrections"]
    assert not [i for i in state["items"] if "ved ikke" in i.get("quote", "").lower()]
    assert "tilføjet" not in " ".join(bot[-1])
    state, out = run(["ved ikke"], state)
    assert state["confirmed"] and not state["corrections"]


def test_dont_know_to_everything_ends_without_corrections():
    state, _ = talk(["ja"] + ["ved ikke"] * 12)
    assert not state["corrections"] and not [i for i in state["items"] if i.get("category")]
    assert state["confirmed"]


def test_english_asked_for_with_the_answer_keeps_the_answer():
    state, bot = talk(["ja", "Jeg er god til at løbe", "Min kat",
                       "Sorry my danish is very bad today, is it ok if I write in English? I hope to find a girlfriend."])
    assert state["language"] == "en"
    assert any("girlfriend" in i.get("quote", "") for i in live(state, "hope"))
    assert "girlfriend" in " ".join(bot[-1])


def test_it_is_wrong_with_the_point_takes_it_off():
    state, bot = talk(BEFORE_SUMMARY + ["nej det passer ikke med hunden, jeg håber at få en kat"])
    hopes = [i["quote"].lower() for i in state["items"] if i.get("category") == "hope" and not i.get("withdrawn")]
    assert not any("hund" in q for q in hopes)
    assert any("kat" in q for q in hopes)
    assert "hunden" not in bot[-1][-2]


def test_relative_taking_over_under_the_summary():
    state, bot = talk(BEFORE_SUMMARY + ["Hej, det er hendes søster der skriver nu. Hun er også god til at bage boller, "
                                        "det glemte hun at sige."])
    listed = bot[-1][-2]
    assert "søster der skriver" not in listed and "glemte" not in listed
    assert any("bage boller" in i["quote"] for i in state["items"] if i.get("category") == "resource")
    assert all("skriver nu" not in c["text"] for c in state["corrections"])


def test_relative_intro_alone_under_the_summary_asks_what_to_add():
    state, bot = talk(BEFORE_SUMMARY + ["Det er hans far her."])
    assert state["awaiting"] == "correction"
    assert not state["corrections"]
    assert bot[-1][-1].endswith("?")


def test_name_fixed_without_a_comma_and_the_wrong_word_is_no_name():
    state, bot = talk(["ja", "Jeg er god til at spille skak", "Min kat Misser", "Jeg håber at få et job", "Så havde jeg penge",
                       "nej", "ved ikke", "nej", "nej", "neutral", "Nej, det er forkert, min kat hedder Mussi ikke Misser"])
    listed = bot[-1][-2]
    assert "Mussi" in listed and "Forkert" not in listed and "Misser giver" not in listed


def test_relative_taking_over_at_the_meeting_question_comes_along():
    state, bot = talk(["ja", "Jeg er god til at danse", "Min veninde", "Jeg håber at få en lejlighed", "Så var jeg fri",
                       "nej", "ved ikke", "nej", "nej", "Hej, det er hans far der skriver nu, jeg vil gerne med til mødet"])
    assert state["preferences"]["relatives_attend"] is True
    assert not any("mødet" in i.get("quote", "") for i in state["items"] if i.get("category"))
    assert state["step"] == "meeting2"
    assert bot[-1][-1].endswith("?") and bot[-1][-1] not in bot[-2]


def test_relatives_own_worry_is_no_doubt_about_the_wish():
    state, bot = talk(["Ja, jeg er hendes mor", "Hun er god til at tegne og hun elsker sin kat. Hun drømmer om at bo for sig "
                       "selv. Vi er bekymrede for at hun sover for lidt."], role="relative")
    assert "ikke helt sikker" not in " ".join(bot[-1])


def test_english_please_before_the_answer_is_no_part_of_the_hope():
    state, bot = talk(["ja", "Jeg er god til at løbe", "Min kat", "english please. I wish I could live by the sea"])
    assert state["language"] == "en"
    hopes = [i["quote"] for i in live(state, "hope")]
    assert hopes and not any("please" in q.lower() for q in hopes)
    assert "please" not in " ".join(bot[-1]).lower()


def test_worry_after_how_the_goal_goes_is_parked():
    state, _ = talk(["ja", "Jeg er god til at strikke", "Min søster", "at få en hund", "så havde jeg selskab", "nej",
                     "Mit mål er at gå en tur hver dag, det går fint, men jeg er bekymret for at min husleje stiger"])
    assert any("husleje" in i["quote"] for i in live(state, "parking"))
    assert not any("husleje" in (i.get("quote", "") + i.get("text", "")) for i in live(state, "goal_progress"))


def test_what_it_should_be_replaces_the_named_point():
    state, bot = talk(["ja", "Jeg er god til at løbe", "Musik", "at få en lejlighed", "så kunne jeg bestemme selv",
                       "måske en uddannelse som maler", "ved ikke", "nej", "nej", "neutral", "nej",
                       "det med maler er forkert, det skal være tømrer"])
    listed = bot[-1][-2]
    assert "tømrer" in listed and "maler" not in listed and "Det skal være" not in listed


def test_meeting_correction_names_who_comes():
    state, bot = talk(BEFORE_SUMMARY + ["nej det er forkert, jeg vil gerne have min datter med til mødet"])
    assert state["preferences"]["relatives_attend"] is True
    assert "din datter" in bot[-1][-2]


def test_pointing_back_at_the_answer_is_no_new_point():
    state, bot = talk(["ja", "Jeg er god til at male", "Min hund", "Jeg håber at få et arbejde i en cykelbutik",
                       "så havde jeg noget at stå op til", "ja det var det jeg skrev"])
    assert not any("skrev" in i.get("quote", "") for i in state["items"] if i.get("category"))
    assert state["step"] == "goal1"
