"""Round 34: a goal told under an earlier question is said once before the 0-4 question; subordinate order said back as a
main clause ("Din søster svarer aldrig"); a bare "fordi …" answer is a reason, never a sentence starting "Fordi"; complaints
under the strengths question are no strengths; a relative's own good of a wish ("vi ville få mere ro") is no hope; a
relative's two scores ("hun siger 4, men jeg siger 2") keep the person's score and the relative's in the status; the
preposition "i" at the start is never the pronoun "I"; a stray English "my sister" in a Danish chat is said in Danish."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered import reflect
from forbered.dialogue import moves
from forbered.sheet import build_sheet


def test_a_goal_told_early_is_said_once_before_the_scale_question():
    state = at_step("work")
    text = "Mit mål er at tage bussen til svømning alene"
    state, out = run([(text, tag(text, sheet="goal_progress"))], state)
    said = [m.text for m in out[-1].messages]
    assert state["step"] == "goal2", said
    assert sum(m.count("Dit mål er at tage bussen til svømning alene") for m in said) == 1, said


def test_a_goal_after_a_fronted_now_is_a_goal():
    state = at_step("resources1")
    text = "Nu er mit mål at smøre min madpakke selv"
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    assert live(state, "goal_progress") and not live(state, "resource"), state["items"]


def test_subordinate_order_is_said_back_as_a_main_clause():
    assert reflect.main_order("Din søster aldrig svarer.") == "Din søster svarer aldrig."
    assert reflect.main_order("Du ikke kan sove om natten") == "Du kan ikke sove om natten"
    assert reflect.main_order("Din søster svarer aldrig.") == "Din søster svarer aldrig."
    out = moves.render_item("min søster aldrig svarer på mine sms'er", "parking", "parking", "citizen", "", "da")
    assert out["you"].startswith("Din søster svarer aldrig på dine sms'er"), out
    out = moves.render_item("fordi min nabo altid banker på væggen", "parking", "parking", "citizen", "", "da")
    assert out["you"].startswith("Din nabo banker altid på væggen"), out


def test_a_bare_because_to_the_hopes_is_a_reason_not_a_fragment():
    state = at_step("hopes1")
    text = "jeg vil gerne have min egen cykel"
    state, _ = run([(text, tag(text, talk_type="change", subtype="desire", sheet="hope"))], state)
    text = "fordi jeg ikke vil spørge personalet hver gang"
    state, out = run([(text, tag(text, sheet="parking"))], state)
    said = texts(out[-1])
    assert "Fordi" not in said and "drømmer om fordi" not in said, said
    assert "fordi du ikke vil spørge personalet" in said, said
    assert not any(i["text"].startswith("Fordi") or "om fordi" in i["text"] for i in state["items"]), state["items"]
    assert not live(state, "parking"), state["items"]


def test_a_complaint_under_the_strengths_is_no_strength():
    state = at_step("resources1")
    text = "jeg er god til at strikke men pædagogerne lader mig aldrig bruge symaskinen"
    t = tag(text, sheet="resource", clauses=[("jeg er god til at strikke", "neutral", "resource"),
                                             ("men pædagogerne lader mig aldrig bruge symaskinen", "neutral", None)])
    state, _ = run([(text, t)], state)
    kept = [i["text"] for i in live(state, "resource")]
    assert kept == ["Jeg er god til at strikke."], kept
    state = at_step("resources1")
    text = "hun er god til at synge. men hun gider aldrig gå ud, det er et problem"
    state, _ = run([(text, tag(text, sheet="resource", speaker="relative"))], state)
    text = "sin radio"
    state, out = run([(text, tag(text, sheet="resource", speaker="relative"))], state)
    assert "problem" not in texts(out[-1]), texts(out[-1])
    assert not [i for i in live(state, "resource") if "problem" in i["text"] or "gider" in i["text"]], state["items"]


def test_a_complaint_alone_under_the_joys_is_heard_not_listed():
    state = at_step("resources2")
    text = "min knallert men den er gået i stykker"
    state, out = run([(text, tag(text, sheet="resource"))], state)
    assert [i["text"] for i in live(state, "resource")] == ["Min knallert giver mig glæde."], state["items"]
    for step, text in (("resources2", "min telefon er gået i stykker"), ("resources1", "bostøtten er irriterende")):
        state = at_step(step)
        state, out = run([(text, tag(text, sheet="resource"))], state)
        assert not live(state, "resource"), state["items"]
        assert "energi" not in texts(out[-1]) and "godt at vide" not in texts(out[-1]), texts(out[-1])


def test_a_relatives_own_good_of_the_wish_is_no_hope():
    for text, lang in (("Han vil gerne bo på et opgangsfællesskab. Vi ville få mere ro i weekenderne", "da"),
                       ("Hun vil gerne have en hund. Helt ærligt ville jeg sove bedre, hvis hun havde selskab", "da"),
                       ("He wants to live on his own. We would feel a lot calmer to be honest", "en")):
        state = at_step("hopes1", role="relative", language=lang)
        state, out = run([(text, tag(text, talk_type="change", sheet="hope", speaker="relative"))], state)
        hopes = [i["text"] for i in live(state, "hope")]
        assert len(hopes) == 1 and not any(w in hopes[0].lower() for w in ("vi ", "jeg ", "we ", "ro i", "sove")), hopes
        said = texts(out[-1])
        assert "I ville" not in said and "du sove" not in said.lower() and "you would" not in said.lower(), said


def test_a_relatives_two_scores_keep_the_persons_score_and_the_relatives_in_the_status():
    state = at_step("goal1", role="relative")
    text = "Målet er at han selv tager sin medicin"
    state, _ = run([(text, tag(text, sheet="goal_progress", speaker="relative"))], state)
    assert state["step"] == "goal2"
    state, out = run(["han siger 4, men jeg vil sige 2"], state)
    said = texts(out[-1])
    assert "4" in said and "2" in said, said
    goal = build_sheet(state, "t")["goal_progress"][0]
    assert goal["self_score"] == 4 and "2 ud af 4" in goal["text"], goal


def test_the_preposition_i_at_the_start_is_never_the_pronoun():
    out = moves.render_item("i Vejle ved min mormor", "hope", "hopes1", "citizen", "", "da")
    assert not out["you"].startswith("I ") and "i Vejle" in out["you"], out
    assert not out["text"].startswith("I "), out
    out = moves.render_item("i esbjerg hvor min kæreste bor", "hope", "hopes2", "citizen", "", "da")
    assert not out["you"].startswith("I ") and "Esbjerg" in out["you"], out


def test_a_stray_english_phrase_in_a_danish_chat_is_said_in_danish():
    state = at_step("resources2")
    text = "min nabo"
    state, _ = run([(text, tag(text, sheet="resource"))], state)
    state, out = run(["no stop, I meant my brother"], state)
    said = texts(out[-1])
    assert "my brother" not in said and "god til" not in said and "din bror" in said.lower(), said
    assert [i["text"] for i in live(state, "resource")] == ["Min bror giver mig glæde."], state["items"]
