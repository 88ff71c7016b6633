"""Review of today's engine changes: intros, the wish split, other people's views and work, weak Danish, abbreviations."""

from dialogue_helpers import talk


def _live(state, cat):
    return [i["quote"] for i in state["items"] if i.get("category") == cat and not i.get("withdrawn")]


def _said(bot):
    return " ".join(bot)


def test_a_greeting_then_the_citizens_own_name_is_no_strength():
    state, bot = talk(["ja", "Hej. Det er Bente. Jeg er god til at plante blomster"])
    assert not any("Bente" in q for q in _live(state, "resource"))
    assert "det er Bente" not in _said(bot[-1])
    assert state["written_by"] == "citizen"


def test_hello_its_me_writing_is_no_strength():
    state, _ = talk(["ja", "Hej det er mig der skriver. Jeg er god til at spille skak"])
    assert _live(state, "resource") == ["Jeg er god til at spille skak"]


def test_a_named_persons_parent_saying_hello_is_a_relative_writing():
    state, bot = talk(["ja", "Hej, jeg er Oskars far. Han er god til at bygge med lego"])
    assert state["written_by"] == "relative" and state["third"] == "han"
    assert any("lego" in q for q in _live(state, "resource"))


def test_a_mother_whose_daughter_is_her_joy_stays_the_citizen():
    state, _ = talk(["ja", "Hej. Jeg er mor til Laura. Hun er min store glæde"])
    assert state["written_by"] == "citizen" and not state.get("third")


def test_the_citizens_own_job_beside_a_partners_retirement_is_kept():
    turns = ["ja", "ved ikke", "ved ikke", "ved ikke", "ved ikke", "Min mand er gået på pension, jeg arbejder stadig i Netto"]
    state, _ = talk(turns)
    assert any("Netto" in q for q in _live(state, "employment"))


def test_an_example_after_fx_stays_with_its_sentence():
    state, bot = talk(["ja", "Jeg laver gerne mad, fx. suppe og boller"])
    assert _live(state, "resource") == ["Jeg laver gerne mad, fx. suppe og boller"]
    assert "god til suppe" not in _said(bot[-1])


def test_an_example_after_f_eks_stays_with_its_sentence():
    state, _ = talk(["ja", "Jeg er god til dyr, f.eks. heste og hunde"])
    assert len(_live(state, "resource")) == 1


def test_a_journey_and_what_it_is_for_is_one_wish():
    state, _ = talk(["ja", "ved ikke", "ved ikke", "jeg vil gerne flyve til Tyrkiet og besøge min farmor"])
    assert len(_live(state, "hope")) == 1


def test_two_different_wishes_are_still_split():
    state, _ = talk(["ja", "ved ikke", "ved ikke", "jeg vil gerne have en have og få nogle høns"])
    assert len(_live(state, "hope")) == 2


def test_a_strength_told_through_a_parent_stays_on_the_sheet():
    state, bot = talk(["ja", "Jeg er god til at løbe. Min mor siger, jeg er god til at hjælpe andre"])
    assert any("hjælpe andre" in q for q in _live(state, "resource"))
    assert "anderledes" not in _said(bot[-1])


def test_a_parent_agreeing_is_no_other_view():
    state, bot = talk(["ja", "ved ikke", "ved ikke", "Jeg vil gerne have en kanin. Min far synes også det er en god idé"])
    assert "anderledes" not in _said(bot[-1])


def test_a_parents_doubt_is_heard_under_the_listening_reflection():
    state, bot = talk(["ja", "ved ikke", "ved ikke", "Jeg vil gerne flytte hjemmefra. Min mor tror ikke på det"])
    assert "Din mor ser det lidt anderledes" in _said(bot[-1])
    assert not any("tror ikke" in q for q in _live(state, "hope"))


def test_a_relatives_strain_is_heard_under_the_listening_reflection():
    state, bot = talk(["ja", "Han er god til at spille guitar. Jeg er selv helt udmattet"], role="relative")
    assert "hårdt for dig" in _said(bot[-1])
    assert not any("udmattet" in q for q in _live(state, "resource"))


def test_danish_as_a_school_subject_is_no_weak_danish_remark():
    state, bot = talk(["ja", "Jeg er god til engelsk, men dårlig til dansk"])
    assert "tolk" not in _said(bot[-1])
    assert _live(state, "resource")


def test_the_answer_after_a_weak_danish_remark_is_kept():
    state, bot = talk(["ja", "Jeg taler ikke godt dansk, men jeg syr"])
    assert "tolk" in _said(bot[-1])
    assert any("syr" in q for q in _live(state, "resource"))
    assert state["step"] == "resources2"


def test_a_weak_danish_remark_alone_still_asks_again():
    state, bot = talk(["ja", "undskyld jeg skriver ikke så godt dansk"])
    assert "tolk" in _said(bot[-1]) and state["step"] == "resources1"


_SCORE_TURNS = ["ja", "ved ikke", "ved ikke", "ved ikke", "ved ikke", "ved ikke", "Mit mål er at rydde op selv. Det går lidt"]


def test_a_parents_count_is_no_score_beside_the_own():
    state, bot = talk(_SCORE_TURNS + ["Jeg siger 3, men far siger 1 ting: at jeg glemmer opvasken"])
    assert state["scores"][-1]["score"] == 3 and "relative_score" not in state["scores"][-1]


def test_a_parents_words_with_en_are_no_score():
    state, bot = talk(_SCORE_TURNS + ["jeg siger 2, min søster siger det er en fin begyndelse"])
    assert state["scores"][-1]["score"] == 2 and "relative_score" not in state["scores"][-1]


def test_a_parents_number_beside_the_own_is_still_heard():
    state, bot = talk(_SCORE_TURNS + ["min mor siger 3 ud af 4, jeg siger 1"])
    assert state["scores"][-1] == {"score": 1, "turn": state["scores"][-1]["turn"], "relative_score": 3}


def test_a_relatives_answer_naming_a_relation_stays_on_the_sheet():
    state, bot = talk(["ja", "ved ikke", "Hendes storebror"], role="relative")
    assert _live(state, "resource") == ["Hendes storebror"]
    assert "Tak, fordi hun siger det" not in _said(bot[-1])


def test_a_wish_after_the_night_dream_question_is_kept():
    state, bot = talk(["ja", "ved ikke", "ved ikke", "Hvad mener du med drømme? Om natten? Jeg vil gerne have en cykel"])
    assert any("cykel" in q for q in _live(state, "hope"))


def test_night_dreams_said_under_the_strength_question_are_no_question_about_dreams():
    state, bot = talk(["ja", "jeg er god til at sove længe om natten og drømme?"])
    assert "drømme om natten" not in _said(bot[-1])


def test_hello_its_hard_is_no_writer_intro():
    from forbered.dialogue import engine

    assert not engine._writer_intro("hej det er hårdt")
    assert engine._writer_intro("hej det er lone")


def test_parents_see_it_differently_in_english():
    state, bot = talk(["yes", "don't know", "don't know", "I want to live on my own. My parents think I am not ready"],
                      language="en")
    said = _said(bot[-1])
    assert "Your parents see it" in said and "parents sees" not in said
