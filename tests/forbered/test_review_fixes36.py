"""Habit-and-benefit double-sided reflections, a wish said back beside a retirement at the work question, and "min
søster skriver, …" kept as what the sister does, not as who types."""

from dialogue_helpers import at_step, run, tag, texts

from forbered.dialogue import engine


def test_habit_too_much_but_it_helps_is_double_sided():
    state = at_step("hopes1")
    said = "jeg spiser alt for meget slik, men det beroliger mig"
    t = tag(said, clauses=[("jeg spiser alt for meget slik,", "sustain", None), ("men det beroliger mig", "neutral", "hope")])
    state, out = run([(said, t)], state)
    line = texts(out[-1])
    assert "På den ene side beroliger det dig" in line and "spiser du alt for meget slik" in line
    assert "betyder meget for dig" not in line
    assert not [i for i in state["items"] if i.get("category") == "hope" and "beroliger" in i["quote"]]


def test_habit_benefit_patterns():
    assert engine._TOO_MUCH_HABIT.search("jeg gamer for tit")
    assert engine._HABIT_BENEFIT.match("men det giver mig ro")
    assert not engine._TOO_MUCH_HABIT.search("jeg vil gerne have for meget")  # "vil gerne" is no habit told
    assert not engine._HABIT_BENEFIT.match("men det er svært")


def test_retired_with_wish_at_work_question_says_the_wish_back():
    state = at_step("work")
    said = "Jeg har været pensioneret i to år. Jeg vil gerne lære at spille skak i klubben"
    state, out = run([(said, tag(said))], state)
    line = texts(out[-1])
    assert "Du vil gerne lære at spille skak i klubben" in line
    wish = [i for i in state["items"] if "skak" in i["quote"]]
    assert wish and wish[0]["talk_type"] == "change"


def test_my_sister_writes_comma_is_no_typist():
    state = at_step("resources1")
    said = "min bror skriver, han er god til det"
    _, out = run([(said, tag(said))], state)
    assert "Tak, fordi du siger det" not in texts(out[-1]) or "bror" in texts(out[-1])
    assert engine._TYPIST_LEAD.match(said)  # the lead alone matches; the comma and the "min" make it no typist
    assert not engine._WRITER_INTRO.match("min bror skriver")
    assert engine._WRITER_INTRO.match("min bror der skriver for mig")
    assert engine._WRITER_INTRO.match("hans bror skriver")


def test_bare_conjunction_clause_is_no_point():
    state = at_step("hopes1")
    said = "jeg vil gerne passe heste, men. min hofte er ikke god"
    t = tag(said, clauses=[("jeg vil gerne passe heste,", "change", "hope"), ("men.", "neutral", "hope"),
                           ("min hofte er ikke god", "sustain", None)])
    state, _ = run([(said, t)], state)
    assert not [i for i in state["items"] if i["quote"].strip(" .,").lower() in ("men", "")]
    assert [i for i in state["items"] if "heste" in i["quote"] and i.get("category") == "hope"]


def test_dash_aside_stays_in_its_own_sentence():
    assert engine._dash_aside("Jeg går til dans — når jeg har fri — med min kusine. Og jeg ser film") == (
        "Jeg går til dans med min kusine, når jeg har fri. Og jeg ser film")
    assert engine._dash_aside("Jeg går til dans — når jeg har fri — med min kusine") == (
        "Jeg går til dans med min kusine, når jeg har fri")


def test_told_elsewhere_is_a_person_not_an_earlier_question_or_a_time():
    told = engine._TOLD_SOMEONE_ELSE
    assert told.search("det har jeg sagt til min bror")
    assert told.search("det har jeg fortalt til pædagogen")
    assert not told.search("det har jeg skrevet til et andet spørgsmål")
    assert not told.search("det har jeg nævnt for lidt siden")
    assert not told.search("det har jeg sagt til spørgsmålet før")


def test_wish_and_doubt_split_by_the_tagger_are_both_said_back():
    state = at_step("hopes1")
    said = "jeg vil gerne gå til håndbold igen, men min hofte er dårlig"
    t = tag(said, talk_type="sustain", clauses=[("jeg vil gerne gå til håndbold igen,", "sustain", None),
                                                ("men min hofte er dårlig", "sustain", None)])
    state, out = run([(said, t)], state)
    line = texts(out[-1])
    assert "hofte" in line and "håndbold" in line
    assert "betyder meget for dig" not in line
    assert [i for i in state["items"] if "håndbold" in i["quote"] and i.get("category") == "hope"]


def test_wish_and_doubt_with_a_pause_after_men_is_no_listening_turn():
    state = at_step("hopes1")
    said = "jeg vil gerne danse igen men... mit knæ er dårligt"
    state, out = run([(said, tag(said, talk_type="change", sheet="hope"))], state)
    line = texts(out[-1])
    assert "knæ" in line and "danse" in line


def test_typist_named_with_apostrophe_or_a_name_ending_in_s():
    for said, pron in (("Det er Klaus' søster der skriver", "han"), ("Det er Jens søn der skriver", "han")):
        state = at_step("resources1")
        state, out = run([(said, tag(said))], state)
        assert state["written_by"] == "relative" and state["third"] == pron, said
        assert f"Hvad er {pron} god til?" in texts(out[-1])
