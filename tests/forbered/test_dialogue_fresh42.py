"""Round 42: a final "ikke" after a verb and its adverbs is a negation, not a tag ("Min bror kan altså ikke."), and at the
meeting question a relative who cannot come is a no, said back by name; a strength remembered under a later question
("… nu kom jeg i tanke om, at jeg er god til …") is a strength on the sheet; the question said over before the answer
("Hmm, hvad er jeg god til.") is no point."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue.engine import _chat_slang
from forbered.sheet import build_sheet


def test_a_final_ikke_after_a_verb_and_an_adverb_is_a_negation():
    assert _chat_slang("Min bror kan altså ikke.", "da") == "Min bror kan altså ikke."
    assert _chat_slang("min far vil nok ik", "da") == "min far vil nok ik"
    assert _chat_slang("mine forældre har desværre ikke", "da") == "mine forældre har desværre ikke"
    assert _chat_slang("så ka jeg være mig selv ik", "da") == "så ka jeg være mig selv"  # still a tag
    assert _chat_slang("det er fint, ik?", "da") == "det er fint"


def test_a_relative_who_cannot_come_is_a_no_said_back_by_name():
    for answer, who in (("Min far kan altså ikke.", "Din far"), ("Min moster kommer ikke, hun er på ferie", "Din moster"),
                        ("mine forældre har desværre ikke tid", "Dine forældre")):
        state = at_step("meeting1")
        state, out = run([(answer, tag(answer))], state)
        said = texts(out[-1])
        assert f"{who} kommer ikke med til mødet." in said, said
        assert build_sheet(state, "x")["preferences"]["relatives_attend"] is False, answer
        assert "gerne have" not in said, said


def test_someone_comes_while_another_cannot():
    state = at_step("meeting1")
    a = "Min kusine kommer, men min onkel kan ikke"
    state, out = run([(a, tag(a))], state)
    assert build_sheet(state, "x")["preferences"]["relatives_attend"] is True, texts(out[-1])


def test_a_strength_remembered_under_the_parking_question_is_a_strength():
    state = at_step("parking")
    a = "Larmen fra vejen om natten. Og nu kom jeg lige i tanke om at jeg er god til at reparere cykler"
    t = tag(a, sheet="parking", clauses=[("Larmen fra vejen om natten.", "neutral", "parking"),
                                         ("Og nu kom jeg lige i tanke om at jeg er god til at reparere cykler", "neutral",
                                          "parking")])
    state, out = run([(a, t)], state)
    res = [i["text"] for i in live(state, "resource")]
    park = [i["text"] for i in live(state, "parking")]
    assert any("reparere cykler" in r for r in res), (res, park)
    assert not any("cykler" in p for p in park), park
    assert "kom du" not in texts(out[-1]).lower(), texts(out[-1])


def test_the_question_said_over_before_the_answer_is_no_point():
    state = at_step("resources1")
    a = "Hmm, hvad er jeg god til. Jeg er god til at passe planter, og jeg kan reparere ting"
    t = tag(a, sheet="resource", clauses=[("Hmm, hvad er jeg god til.", "neutral", "resource"),
                                          ("Jeg er god til at passe planter, og jeg kan reparere ting", "neutral", "resource")])
    state, out = run([(a, t)], state)
    res = " ".join(i["text"] for i in live(state, "resource"))
    assert "hvad er" not in res.lower() and "planter" in res, res
    assert "Hvad er du god til." not in texts(out[-1]), texts(out[-1])


def test_months_and_years_typed_without_aa_are_said_back_with_aa():
    from forbered.dialogue import moves
    you = moves.render_item("huslejen stiger hver maned", "parking", "parking", "citizen", "", "da")["you"]
    assert "hver måned" in you, you
    you = moves.render_item("jeg vil gerne ud at rejse hvert ar", "hope", "hopes1", "citizen", "", "da")["you"]
    assert "hvert år" in you, you
