"""Review fixes: a fronted time or place ("i weekenden ser jeg …") or adverb ("Egentlig drømmer jeg …") is said back with
the subject first, never inside a frame, and the place frame is kept for a bare place phrase; sentence adverbs after a
pronoun object in a main clause and before the verb in an "at" clause; strengths about solving or soothing troubles are no
complaints; a no or words about the question after "ved ikke" are no guess; ASCII repair leaves Danish words as written;
a relative's own reason is the writer's; Danish "her dog" and an English "I" in a Danish chat read as meant."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered import reflect
from forbered.dialogue import moves


def _say(step, text, **kw):
    state = at_step(step)
    state, out = run([(text, tag(text, **kw))], state)
    return state, texts(out[-1])


# --- a fronted adverbial: the subject first, the "i" place frame only for a bare place phrase -------------------------

def test_a_fronted_time_phrase_is_said_back_with_the_subject_first():
    state, said = _say("hopes1", "i fremtiden vil jeg gerne have en kæreste", talk_type="change", subtype="desire", sheet="hope")
    assert said.startswith("Du vil gerne have en kæreste i fremtiden."), said
    assert [i["text"] for i in live(state, "hope")] == ["Jeg vil gerne have en kæreste i fremtiden."], state["items"]
    state, said = _say("resources2", "i weekenden ser jeg min far", sheet="resource")
    assert said.startswith("Du ser din far i weekenden."), said
    state, said = _say("parking", "i går faldt jeg i badet", talk_type="sustain", sheet="parking")
    assert said.startswith("Du faldt i badet i går."), said
    assert "skrev" not in said and [i["text"] for i in live(state, "parking")] == ["Jeg faldt i badet i går."]
    state, said = _say("parking", "Om natten ligger jeg vågen", talk_type="sustain", sheet="parking")
    assert said.startswith("Du ligger vågen om natten."), said


def test_a_bare_place_phrase_keeps_its_frame():
    state, said = _say("hopes1", "i Aarhus tæt på min søster", talk_type="change", subtype="desire", sheet="hope")
    assert said.startswith("Du drømmer om noget i Aarhus tæt på din søster."), said


def test_a_fronted_adverb_is_never_wrapped_in_the_wish_frame():
    for text, echo in (("Egentlig drømmer jeg om en have", "Du drømmer om en have."),
                       ("Lige nu drømmer jeg om en hund", "Du drømmer om en hund lige nu."),
                       ("Mest af alt håber jeg at få et job", "Du håber mest af alt at få et job."),
                       ("Faktisk drømmer jeg om at tage kørekort", "Du drømmer om at tage kørekort.")):
        state, said = _say("hopes1", text, talk_type="change", subtype="desire", sheet="hope")
        assert said.startswith(echo), (text, said)


def test_helst_first_is_a_wish_on_the_sheet():
    state, said = _say("hopes1", "Helst vil jeg bo selv", talk_type="sustain", subtype="desire")
    assert said.startswith("Du vil helst bo selv."), said
    assert [i["text"] for i in live(state, "hope")] == ["Jeg vil helst bo selv."], state["items"]


def test_a_fronted_joy_is_a_joy_said_plainly():
    state, said = _say("resources2", "Om søndagen ser jeg fodbold med min far", sheet="resource")
    assert said.startswith("Du ser fodbold med din far om søndagen."), said


def test_unfront_leaves_objects_clauses_and_reported_speech():
    for text in ("Fodbold kan jeg godt lide", "Det kan jeg ikke", "når jeg hører musik falder jeg ned", "så kan jeg selv",
                 "Min bror siger jeg er god til at lytte", "Hvad skal jeg sige", "nu bor jeg alene", "jeg bor alene"):
        assert reflect.unfront(text) == text, text
    assert reflect.unfront("Ofte føler jeg mig alene") == "Jeg føler mig ofte alene"
    assert reflect.unfront("Hver dag går jeg en tur") == "Jeg går en tur hver dag"


# --- sentence adverbs: after a pronoun object in a main clause, before the verb in an "at" clause ----------------------

def test_main_order_puts_the_adverb_after_a_pronoun_object():
    for text, right in (("jeg ofte føler mig alene", "jeg føler mig ofte alene"),
                        ("jeg ikke har det godt", "jeg har det ikke godt"),
                        ("Kommunen aldrig svarer mig", "Kommunen svarer mig aldrig"),
                        ("min datter tit ringer mig op", "min datter ringer mig tit op"),
                        ("Din bror aldrig ringer.", "Din bror ringer aldrig.")):
        assert reflect.main_order(text) == right, text


def test_main_order_leaves_a_verb_second_sentence():
    assert reflect.main_order("Meget ofte drømmer jeg om at rejse") == "Meget ofte drømmer jeg om at rejse"
    state, said = _say("hopes1", "Meget ofte drømmer jeg om at rejse", talk_type="change", subtype="desire", sheet="hope")
    assert said.startswith("Du drømmer meget ofte om at rejse."), said


def test_echoes_keep_the_pronoun_object_before_the_adverb():
    state, said = _say("parking", "jeg ofte føler mig alene", talk_type="sustain", sheet="parking")
    assert said.startswith("Du føler dig ofte alene."), said
    state, said = _say("parking", "fordi jeg ikke har det godt", talk_type="sustain", sheet="parking")
    assert said.startswith("Du har det ikke godt."), said


def test_an_at_clause_keeps_the_adverb_before_the_verb():
    state, said = _say("resources2", "min søster altid hjælper mig", sheet="resource")
    assert said.startswith("Det giver dig glæde, at din søster altid hjælper dig."), said
    state, said = _say("resources2", "Min nabo hjælper mig altid", sheet="resource")
    assert said.startswith("Det giver dig glæde, at din nabo altid hjælper dig."), said
    assert reflect.subordinate_order("Din mor kan ikke komme") == "Din mor ikke kan komme"


# --- strengths are no complaints ---------------------------------------------------------------------------------

def test_helping_with_troubles_is_a_strength():
    for text in ("at løse problemer", "hjælpe andre med deres problemer", "at trøste folk der er triste",
                 "jeg er pissegod til at tegne", "jeg er supergod til at lytte"):
        state, said = _say("resources1", text, sheet="resource")
        assert live(state, "resource"), (text, state["items"])
    state, said = _say("resources2", "fodbold det er pissefedt", sheet="resource")
    assert live(state, "resource"), state["items"]
    state, said = _say("resources1", "skolen var pisse irriterende", sheet="resource")
    assert not live(state, "resource"), state["items"]


# --- "ved ikke" and what comes after it ---------------------------------------------------------------------------

def test_no_dreams_after_dont_know_is_no_wish():
    state, said = _say("hopes1", "jeg ved ikke. jeg har ikke nogen drømme", talk_type="sustain")
    assert not live(state, "hope"), state["items"]
    assert "betyder meget for dig" not in said, said


def test_hard_to_answer_after_dont_know_is_a_dont_know():
    for text in ("ved ikke, det er svært at svare på", "ved ik, det er et svært spørgsmål"):
        state, said = _say("hopes1", text, talk_type="sustain", sheet="parking")
        assert not state["items"] or not any(i["category"] for i in state["items"]), (text, state["items"])


def test_a_trailing_men_goes_with_the_hedge():
    text = "Min bror siger jeg er god til at lytte men jeg ved ikke"
    state, said = _say("resources1", text, sheet="resource")
    assert [i["text"] for i in live(state, "resource")] == ["Min bror siger jeg er god til at lytte."], state["items"]


# --- ASCII repair only for words that are not Danish as written ------------------------------------------------------

def test_ascii_repair_leaves_danish_words():
    for text in ("koen er syg", "skoene er nye", "kanoen ligger ved søen", "ekstraarbejde om aftenen", "roen i skoven"):
        assert reflect.standard_spelling(text) == text, text
    assert reflect.standard_spelling("jaaa en hund") == "ja en hund"
    assert reflect.standard_spelling("jeg haaber at loese opgaven") == "jeg håber at løse opgaven"
    assert reflect.standard_spelling("min soester er soed") == "min søster er sød"


# --- a relative's own reason ----------------------------------------------------------------------------------

def _relative_at_hopes2():
    state, _ = run(["/start", "ja, jeg er hendes mor"], role="relative")
    state, _ = run(["ved ikke", "ved ikke"], state)
    text = "Hun drømmer om at bo for sig selv"
    state, _ = run([(text, tag(text, talk_type="change", subtype="desire", sheet="hope", speaker="relative"))], state)
    assert state["step"] == "hopes2", state["step"]
    return state


def test_a_relatives_own_reason_is_the_writers_not_a_hope_of_hers():
    for text, who in (("fordi jeg er træt af at køre hende rundt", "dig"), ("fordi vi er bekymrede for hende", "jer"),
                      ("fordi det ville give os mere ro", "jer")):
        state = _relative_at_hopes2()
        before = len(live(state, "hope"))
        state, out = run([(text, tag(text, talk_type="change", subtype="reasons", sheet="hope", speaker="relative"))], state)
        said = texts(out[-1])
        assert f"Det er vigtigt for {who}, fordi" in said, (text, said)
        assert len(live(state, "hope")) == before, (text, state["items"])
    state = _relative_at_hopes2()
    text = "fordi hun savner sin far"
    state, out = run([(text, tag(text, talk_type="change", subtype="reasons", sheet="hope", speaker="relative"))], state)
    assert "Det er vigtigt for hende, fordi hun savner sin far" in texts(out[-1]), texts(out[-1])


# --- Danish "her dog", English "I" ----------------------------------------------------------------------------------

def test_danish_her_dog_is_not_english():
    assert moves.danish_for_english("jeg kan godt lide at være her dog ikke om vinteren") == \
        "jeg kan godt lide at være her dog ikke om vinteren"
    assert moves.danish_for_english("nej, jeg mente her dog") == "nej, jeg mente hendes hund"
    assert moves.danish_for_english("I meant my sister") == "I meant min søster"


def test_an_english_i_is_one_person():
    state, said = _say("hopes1", "I need a break", talk_type="change", subtype="need", sheet="hope")
    assert " jer" not in said and "for dig" in said, said
    state, said = _say("parking", "I er alt for travle", talk_type="sustain", sheet="parking")
    assert "jer" in said or "I " in said, said
