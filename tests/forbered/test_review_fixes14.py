"""Review fixes: tea stays tea outside dialect; "gider ikke arbejde mere" with a rest is no no to work; names in Polish or
Turkish letters and a relative's "taler kun somali" are answers, not another language; Danish with English loanwords stays
Danish; the writer named with a relative comes too; a comma before "og du" after an infinitive; learner-English repairs
leave correct English alone; a fact "Hun taler kun engelsk" is kept; "Sine …" repaired; a language as an answer keeps the
chat Danish; "nej, det er det ikke" at the summary is a no; a thing never replaces a doing; "ikke mig, hans far kommer"
names who comes; names keep their letters."""

from dialogue_helpers import at_step, live, run, tag, texts

from forbered.dialogue import engine, moves
from forbered.dialogue import intents as it
from forbered.sheet import build_sheet


def _echo(quote, cat="resource", step="resources2", speaker="citizen"):
    return moves.render_item(quote, cat, step, speaker, "", "da")["you"]


def test_tea_stays_tea_outside_dialect():
    for quote in ("te ude i solen", "at koge te til min farmor", "en kande te hos naboen"):
        you = _echo(quote)
        assert "te" in you.lower().split() and "til" not in you.lower().split()[:3], (quote, you)
    assert "Te ude i solen" in _echo("te ude i solen")


def test_dialect_te_is_still_til():
    assert "penge til en knallert" in _echo("æ har ingen penge te en knallert", "parking", "parking")
    assert "penge til" in _echo("a har ingen penge te biografen", "parking", "parking")


def test_no_more_work_with_a_rest_is_not_retired():
    for w in ("Jeg orker ikke at arbejde mere på lageret, jeg vil gerne være frisør",
              "Jeg vil ikke arbejde mere end tre dage om ugen"):
        state = at_step("work")
        state, out = run([(w, tag(w, "change", "desire", sheet="employment"))], state)
        assert "Så er arbejde ikke det, der fylder nu." not in texts(out[-1]), (w, texts(out[-1]))
    state = at_step("work")
    w = "Jeg gider ikke arbejde længere."
    state, out = run([(w, tag(w, "sustain", sheet="employment"))], state)
    assert "Så er arbejde ikke det, der fylder nu." in texts(out[-1]), texts(out[-1])


def test_names_in_polish_or_turkish_letters_are_no_other_language():
    for line in ("Michał Wałęsa", "Gökçe Ağaoğlu kommer", "Łucja Wójcik"):
        assert not it.other_language(line), line
    state = at_step("meeting1")
    state, out = run(["Gülşen Kaya kommer"], state)
    assert "tolk" not in texts(out[-1]), texts(out[-1])
    assert it.other_language("Nie mówię po duńsku")  # still Polish


def test_a_relatives_somali_fact_is_no_other_language():
    for line in ("Hun taler kun soomaali", "Hans mor snakker kun soomaali med ham"):
        assert not it.other_language(line), line
    assert it.other_language("soomaali")


def test_danish_with_english_loanwords_stays_danish():
    for line in ("Tegne, writing, alone", "Se The Simpsons og Home Alone", "Is med girlfriend"):
        assert not it.looks_english(line), line
    for line in ("She is alone", "my danish is not so good", "The weather is nice"):
        assert it.looks_english(line), line


def _relative_meeting():
    state, _ = run(["/start", "Ja, jeg er pårørende. Jeg er hendes far."])
    return at_step("meeting1", state=state)


def test_the_writer_named_with_a_relative_comes_too():
    for said, want in (("Både mig og hendes søster", "Du og hendes søster kommer med til mødet."),
                       ("Jeg og hendes bror", "Du og hendes bror kommer med til mødet."),
                       ("Hun vil have mig med", "Du kommer med til mødet.")):
        state, out = run([said], _relative_meeting())
        assert want in texts(out[-1]), (said, texts(out[-1]))
        assert build_sheet(state, "x")["preferences"]["relatives_attend"] is True


def test_not_me_but_a_relative_names_who_comes():
    for said, want in (("Nej, ikke mig. Hendes mor kommer.", "Hendes mor kommer med"),
                       ("Ikke mig, men hendes bror", "Hendes bror kommer med")):
        state, out = run([said], _relative_meeting())
        assert want in texts(out[-1]) and "ikke pårørende" not in texts(out[-1]), (said, texts(out[-1]))
    state, out = run(["Nej, hendes mor kommer ikke"], _relative_meeting())
    assert build_sheet(state, "x")["preferences"]["relatives_attend"] is False, texts(out[-1])


def test_a_comma_before_og_du_after_an_infinitive():
    j = engine._join_main_clauses
    assert j("Det giver dig glæde at bage og du elsker duften.") == "Det giver dig glæde at bage, og du elsker duften."
    assert j("Det giver dig glæde at din bror og du spiller skak.") == "Det giver dig glæde at din bror og du spiller skak."


def test_learner_english_repairs_leave_correct_english():
    r = moves.repair_echo_en
    for text in ("You like to eat good bread", "Your sons and your daughter visit you", "Does she want a job",
                 "Will he come home", "You like to polish shoes", "Turkey with potatoes makes you happy"):
        assert r(text) == text, (text, r(text))
    assert r("You are good at baking and knit") == "You are good at baking and knitting"
    # the repairs still work
    assert r("She cook every day") == "She cooks every day"
    assert r("You sleep good") == "You sleep well"
    assert r("You speak polish") == "You speak Polish"


def test_a_fact_with_kun_about_a_language_is_kept():
    a = "Min svigerdatter er fra Odense. Hun taler kun dansk."
    assert it.without_language_meta(a, short_only=True) == a
    assert it.without_language_meta("dansk igen tak. Jeg elsker min have", short_only=True) == "Jeg elsker min have"


def test_sine_at_the_start_of_a_relatives_joy_is_repaired():
    state, _ = run(["/start", "Ja, jeg er pårørende. Jeg er hans mor."])
    state = at_step("resources2", state=state)
    a = "Sine høns"
    state, out = run([(a, tag(a, sheet="resource", speaker="relative"))], state)
    assert "Sine" not in texts(out[-1]) and "høns giver ham glæde" in texts(out[-1]), texts(out[-1])


def test_a_language_as_an_answer_keeps_the_chat_danish():
    for a in ("Jeg er god til at snakke engelsk med gæster", "Jeg hører podcasts på engelsk"):
        assert not it.wants_english(a), a
    state = at_step("resources1")
    a = "Jeg er god til at skrive engelsk"
    state, out = run([(a, tag(a, sheet="resource"))], state)
    assert state["language"] == "da" and "engelsk" in texts(out[-1]), texts(out[-1])
    assert it.wants_english("Kan vi skrive på engelsk?")


def test_a_no_that_it_is_right_or_a_closing_adds_no_point():
    for said in ("nej, det er ikke rigtigt", "Nej det var alt tak", "nej det er fint nok"):
        state = at_step("summary")
        n = len(state["items"])
        state, out = run([said], state)
        assert "Hvad skal jeg rette" in texts(out[-1]), (said, texts(out[-1]))
        assert len(state["items"]) == n and not state["corrections"], (said, state["items"][n:])


def _summary_with(strength):
    state = at_step("resources1")
    state, _ = run([(strength, tag(strength, sheet="resource"))], state)
    return at_step("summary", state=state)


def test_a_thing_never_replaces_a_doing():
    state, out = run(["Strikke passer ikke. Min symaskine."], _summary_with("Jeg er god til at strikke"))
    res = [r["text"] for r in build_sheet(state, "x")["resources"]]
    assert "Hvad skal jeg rette" in texts(out[-1]) and not any("at min" in r for r in res), (texts(out[-1]), res)
    state, out = run(["Strikke passer ikke. At hækle."], _summary_with("Jeg er god til at strikke"))
    res = [r["text"] for r in build_sheet(state, "x")["resources"]]
    assert any("god til at hækle" in r for r in res) and not any("at at" in r for r in res), res


def test_a_name_keeps_its_letters():
    state = at_step("meeting1")
    state, out = run(["Min kæreste Łukasz"], state)
    assert "din kæreste Łukasz" in texts(out[-1]), texts(out[-1])
    state = at_step("meeting1")
    state, out = run(["min kæreste mette"], state)
    assert "din kæreste Mette" in texts(out[-1]), texts(out[-1])


def test_an_unreached_goal_gets_no_credit():
    state = at_step("goal1")
    g = "Målet er at lave mad selv. Det gør jeg nu ikke."
    state, out = run([(g, tag(g, sheet="goal_progress"))], state)
    assert "flot" not in texts(out[-1]), texts(out[-1])
    assert not any("gør du nu." in (i.get("status_you") or "") for i in live(state, "goal_progress")), state["items"]
