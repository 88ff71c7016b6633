"""Fresh conversations, round 9: personal data inside an answer, renaming corrections, a word after stop-and-save."""

from dialogue_helpers import run, tag, texts

from forbered.sheet import build_sheet

START = ["/start", "ja"]


def test_number_inside_an_answer_keeps_the_worry_without_the_number():
    turns = [*START, "Jeg er god til at lave mad.", "Min kat.",
             ("Jeg vil gerne have et job, skriv til mig på a@b.dk", tag("Jeg vil gerne have et job, skriv til mig på a@b.dk",
                                                                       "change", "desire", sheet="hope"))]
    state, out = run(turns)
    hopes = [i for i in state["items"] if i["category"] == "hope"]
    assert [i["quote"] for i in hopes] == ["Jeg vil gerne have et job"]
    assert "a@b.dk" not in texts(out[-1]) and "job" in texts(out[-1])
    sheet = build_sheet(state, "x")
    assert "a@b.dk" not in str(sheet) and any("job" in i["text"] for i in sheet["hopes"])


def test_first_strength_is_in_the_summary_when_a_number_follows_it():
    text = "Jeg er god til at lave mad. Ring til mig på 22 33 44 55"
    state, out = run([*START, (text, tag(text, sheet="resource")), "Min kat.", "nej", "nej", "nej", "nej", "nej", "nej",
                      "neutral"])
    assert "Du er god til at lave mad." in texts(out[-1])
    assert "22 33" not in " ".join(texts(r) for r in out)


def test_rename_correction_replaces_the_name_in_the_point():
    turns = [*START, "Jeg er god til at lave mad.", "Min hund Bobby.", "nej", "nej", "nej", "nej", "nej", "nej", "neutral",
             "Min hund hedder Bobbi, ikke Bobby"]
    state, out = run(turns)
    dogs = [i for i in state["items"] if "Bobb" in i.get("text", "") and not i.get("withdrawn")]
    assert len(dogs) == 1 and "Bobbi" in dogs[0]["text"] and "Bobby" not in dogs[0]["text"]
    assert dogs[0]["quote"] == "Min hund hedder Bobbi, ikke Bobby"
    assert "Bobbi" in texts(out[-1]) and "Bobby giver" not in texts(out[-1])


def test_word_after_stop_and_save_is_added_to_the_sheet():
    state, out = run([*START, "Jeg er god til at tegne.", "stop", "ja", "musik"])
    assert "Selv tak" not in texts(out[-1])
    assert any(i["quote"] == "musik" and i["category"] == "resource" for i in state["items"])
    state, out = run(["tak"], state)
    assert "Selv tak" in texts(out[-1])
