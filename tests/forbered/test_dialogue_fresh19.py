"""Fresh conversations, round 19: West Jutland words in echoes ("kunn", "alen", "it" for "ikke", "å fald"), a wish's
condition after "men", two joys in one answer, an English relative's bare answers, a relative's consent said as "on
behalf of", a goal's status said as a deed, losing the thread after an apology, "hvorfor spørger du?" with the answer
after it, a score in words ("midt imellem"), more of the same point ("Især indisk mad"), and a word then its sentence."""

from dialogue_helpers import at_step as _at
from dialogue_helpers import live as _live
from dialogue_helpers import run, tag, texts

from forbered.dialogue import intents as it
from forbered.dialogue.moves import render_item, worries_together
from forbered.reflect import repair_echo, standard_spelling, tidy


def _you(quote, category, step, speaker="citizen", language="da"):
    return render_item(quote, category, step, speaker, "", language)["you"]


# 1. West Jutland words said back in standard Danish


def test_west_jutland_words_are_repaired_in_the_echo():
    assert standard_spelling("æ kunn it gå ud alen") == "æ kunne ikke gå ud alene"
    assert standard_spelling("æ er ræd for å fald") == "æ er ræd for at falde"
    assert standard_spelling("det går it så godt") == "det går ikke så godt"
    assert standard_spelling("a ka ik sov") == "a kan ikke sove"
    assert _you("Det ka æ it", "resource", "resources1") == "Det kan du ikke."
    assert _you("æ kunn it gå ud alen", "parking", "parking") == "Du kunne ikke gå ud alene."


def test_it_stays_it_where_it_is_english_or_the_trade():
    assert standard_spelling("I can do it") == "I can do it"
    assert standard_spelling("jeg vil arbejde med it") == "jeg vil arbejde med it"
    assert standard_spelling("jeg er it-supporter") == "jeg er it-supporter"
    assert standard_spelling("et fald i badet") == "et fald i badet"


def test_a_subject_said_twice_and_a_spoken_jo_are_written_once():
    assert repair_echo("Din nabo han spiller højt musik hele natten.") == "Din nabo spiller højt musik hele natten."
    assert repair_echo("Du var jo sygeplejerske i 40 år.") == "Du var sygeplejerske i 40 år."


def test_a_citizens_own_worry_is_never_in_his_everyday_life():
    state = _at("parking")
    text = "min nabo han spiller hojt musik hele natten og a ka ik sov"
    state, out = run([(text, tag(text, "sustain", sheet="parking"))], state)
    said = texts(out[-1])
    assert "hans hverdag" not in said and "Din nabo spiller højt musik" in said and "sove" in said


# 2. The condition after "men" stays with the wish


def test_a_condition_after_men_stays_with_a_work_wish():
    assert _you("et job i en rammebutik, men kun formiddage", "employment", "work") == \
        "Du ønsker dig et job i en rammebutik, men kun formiddage."
    assert _you("kok, men ikke om aftenen", "employment", "work") == "Du vil gerne være kok, men ikke om aftenen."
    assert _you("en lejlighed men ikke i byen", "hope", "hopes1") == "Du drømmer om en lejlighed, men ikke i byen."


# 3. Two joys in one answer, each in its own frame


def test_a_when_clause_and_a_thing_are_two_joys():
    assert _you("Når min søn ringer om søndagen og radioen om morgenen", "resource", "resources2") == \
        "Det giver dig glæde, når din søn ringer om søndagen. Radioen om morgenen giver dig også glæde."
    assert _you("når det er sommer og solen skinner", "resource", "resources2") == \
        "Det giver dig glæde, når det er sommer og solen skinner."
    assert _you("At gå i fitness og min veninde Sara", "resource", "resources2") == \
        "Det giver dig glæde at gå i fitness. Din veninde Sara giver dig også glæde."


def test_a_joy_with_a_hedge_and_a_joy_led_by_det_er():
    assert _you("måske min guitar", "resource", "resources2") == "Din guitar giver dig måske glæde."
    assert _you("Det er når mine børnebørn kommer på besøg om lørdagen, så bager vi boller", "resource", "resources2") \
        .startswith("Det giver dig glæde, når dine børnebørn kommer på besøg om lørdagen.")
    assert tidy("musik tror jeg") == "musik" and tidy("det tror jeg") == "det tror jeg"


# 4. English: a relative's bare answers get a frame about the person; the joy with its "when"


def test_an_english_relatives_bare_answers_are_framed_about_the_person():
    assert _you("Riding on Saturdays.", "resource", "resources2", "relative", "en") == "Riding on Saturdays gives her or him joy."
    assert _you("To walk to the shop again.", "hope", "hopes1", "relative", "en") == "She or he hopes to walk to the shop again."
    assert _you("Telling stories.", "resource", "resources1", "relative", "en") == "She or he is good at telling stories."
    assert _you("Minecraft and his guinea pigs.", "resource", "resources2", "relative", "en") == \
        "Minecraft and his guinea pigs give her or him joy."
    assert _you("Peter loves horses", "resource", "resources2", "relative", "en") == "Peter loves horses."
    assert _you("The rent went up.", "parking", "parking", "citizen", "en") == "The rent went up. That takes up a lot of your mind."
    assert _you("My daughter when she visits on Sundays.", "resource", "resources2", "citizen", "en") == \
        "Your daughter gives you joy when she visits on Sundays."


def test_an_english_relatives_frame_names_him_once_he_is_known():
    state, _ = run(["/start", "Hi, I'm writing for my father, he's 82.", "I don't know"], role="relative", language="en")
    assert state["step"] == "resources2"
    state, out = run([("Riding on Saturdays.", tag("Riding on Saturdays.", "neutral", sheet="resource", speaker="relative"))],
                     state, role="relative", language="en")
    assert "Riding on Saturdays gives him joy." in texts(out[-1])


def test_two_worries_from_a_relative_are_on_his_mind():
    items = [{"you": "He worries about money.", "category": "parking"}, {"you": "He cannot sleep.", "category": "parking"}]
    line = worries_together(items, "en", "relative", "han")
    assert line is None or "their mind" not in line


# 5. A relative's consent said as "on behalf of"


def test_writing_on_behalf_of_a_son_is_consent_as_a_relative():
    state, out = run(["/start", "Hello, I am writing on behalf of my son Tom, he is 23 and autistic."], language="en")
    assert state["consent"] and state["written_by"] == "relative"
    assert "What is he good at?" in texts(out[-1])


# 6. A goal's status said as a deed joins the goal; the tone is read after the goal


def test_a_deed_after_the_goal_is_its_status_not_a_second_goal():
    state = _at("goal1")
    text = "Mit mål er at tage bussen alene. Hun gør det de fleste dage nu."
    state, _ = run([(text, tag(text, "change", "taking_steps", sheet="goal_progress"))], state)
    assert len(_live(state, "goal_progress")) == 1


def test_how_the_goal_goes_is_read_after_the_goal_itself():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("goal1", state=state)
    text = "My goal is to sleep better. It goes badly."
    state, out = run([(text, tag(text, "neutral", sheet="goal_progress"))], state, language="en")
    assert "Some of it works" not in texts(out[-1])


# 7. Losing the thread after an apology; the question comes back said as what was asked


def test_lost_thread_after_an_apology():
    assert it.lost_thread("undskyld jeg kom til at tænke på noget andet. hvad spurgte du om?")
    assert it.lost_thread("Sorry, I got distracted. What was the question?")
    assert not it.lost_thread("min kat. hvad spurgte du om?")


def test_the_question_asked_again_is_not_the_same_message_twice():
    state = _at("hopes2")
    assert "hopes2" in state["asked"]
    state, out = run(["undskyld jeg kom til at tænke på noget andet. hvad spurgte du om?"], state)
    said = texts(out[-1])
    assert "Jeg spurgte: " in said and not [i for i in state["items"] if "tænke" in i["quote"]]


# 8. "Hvorfor spørger du om det?" with the answer after it: answered, and the answer kept


def test_why_do_you_ask_then_the_answer():
    state = _at("hopes1")
    state, out = run(["hvorfor spørger du om det? jeg ved ikke. måske at flytte til Aarhus"], state)
    assert any("Aarhus" in i["quote"] for i in _live(state, "hope"))
    assert state["step"] != "hopes1"


# 9. Not now, in English and in Danish


def test_not_now_to_the_work_question():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("work", state=state)
    state, out = run(["No, not now. I am on sick leave."], state, language="en")
    assert "That is important to you" not in texts(out[-1]) and state["step"] != "work"
    state = _at("work")
    state, out = run(["nej det kan jeg ikke nu"], state)
    assert "Det kan du ikke nu" not in texts(out[-1]) and state["step"] != "work"


# 10. More of the same point, and a word then the sentence that says it


def test_more_of_the_same_point_joins_it():
    state = _at("resources1")
    text = "Jeg er god til at lave mad. Især indisk mad."
    state, out = run([(text, tag(text, "change", sheet="resource", clauses=[
        ("Jeg er god til at lave mad.", "change", "resource"), ("Især indisk mad.", "neutral", "resource")]))], state)
    assert "Du er god til at lave mad, især indisk mad." in texts(out[-1])
    assert len(_live(state, "resource")) == 1


def test_a_word_then_its_sentence_is_one_point():
    state = _at("hopes1")
    text = "en hund. jeg vil gerne have en hund"
    state, out = run([(text, tag(text, "change", "desire", sheet="hope", clauses=[
        ("en hund.", "change", "hope"), ("jeg vil gerne have en hund", "change", "hope")]))], state)
    assert len(_live(state, "hope")) == 1
    assert "om en hund, og du vil gerne have en hund" not in texts(out[-1])


def test_a_bare_yes_before_the_answer_is_no_point():
    state = _at("work")
    text = "Ja. Et job med computere, men kun formiddage."
    state, _ = run([(text, tag(text, "change", "desire", sheet="employment"))], state)
    assert not [i for i in _live(state, "employment") if i["quote"].strip(". ").lower() == "ja"]


# 11. What would be different, said as what would be


def test_then_i_was_is_said_as_then_you_would_be():
    assert _you("så var jeg ikke alene", "hope", "hopes2") == "Så ville du ikke være alene."
    assert _you("så var vi sammen hele tiden", "hope", "hopes2") == "Så ville I være sammen hele tiden."
    assert _you("Så havde jeg flere penge", "hope", "hopes2") == "Så ville du have flere penge."


def test_a_job_as_a_consequence_does_not_answer_the_work_question():
    state = _at("hopes1")
    text = "Jeg vil gerne flytte til Aarhus."
    state, _ = run([(text, tag(text, "change", "desire", sheet="hope"))], state)
    state = _at("hopes2", state=state)
    text = "Så kunne jeg få et job og tjene mine egne penge."
    state, out = run([(text, tag(text, "change", "reasons", sheet="hope"))], state)
    assert "Har du ønsker om arbejde" in texts(out[-1])


# 12. A score in words; a goal said as "skal" is the goal in the summary


def test_a_score_in_words_is_the_middle_of_the_scale():
    assert it.parse_score("midt imellem") == 2
    assert it.parse_score("det går sådan midt imellem") == 2
    assert it.parse_score("somewhere in the middle") == 2


def test_the_summary_says_a_skal_goal_as_the_goal():
    state = _at("goal1")
    text = "jeg skal gå tur hver dag. det går ikke så godt"
    state, _ = run([(text, tag(text, "sustain", sheet="goal_progress"))], state)
    state = _at("summary", state=state)
    assert "Dit mål er at gå tur hver dag." in state["summary"] and "Du skal gå tur" not in state["summary"]


# 13. A story sentence with two people as the subject is not a dream


def test_two_people_as_the_subject_make_a_sentence():
    assert _you("Min mand og jeg boede i Juelsminde i mange år", "hope", "hopes1") == \
        "Din mand og du boede i Juelsminde i mange år."


# 14. "Ligemeget" to the summary: no words the coder reads as confronting


def test_whatever_to_the_summary_leaves_it_as_it_is():
    state = _at("summary")
    state, out = run(["ligemeget"], state)
    assert state["confirmed"] and "lader vi det stå" in texts(out[-1])


# 15. English answers in a Danish conversation: English from there on, and the answer read as English


def test_english_answers_after_a_danish_start_switch_the_conversation():
    state, _ = run(["/start", "yes"])
    state, out = run(["what do you mean?"], state)
    assert state["language"] == "en" and "English" in texts(out[-1]) and "What do you think?" in texts(out[-1])
    text = "I am good at drawing and I am a good friend"
    state, out = run([(text, tag(text, "change", sheet="resource"))], state)
    said = texts(out[-1])
    assert "You are good at drawing" in said and "jer" not in said


def test_one_english_word_in_danish_is_no_switch():
    state = _at("resources1")
    state, _ = run(["jeg elsker gaming"], state)
    assert state["language"] == "da"


# 16. The name and age said with the yes are not a point; "too old" to the work question is a no


def test_name_and_age_with_the_yes_are_not_kept_as_a_point():
    state, out = run(["/start", "Yes dear, that is fine. I'm Margaret, I'm 79."], language="en")
    assert state["consent"] and not [i for i in state["items"] if i.get("category")]
    assert "What are you good at?" in texts(out[-1])


def test_too_old_for_work_is_a_no():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("work", state=state)
    state, out = run(["No, I am far too old for that, dear."], state, language="en")
    assert "too much" not in texts(out[-1]) and "dear" not in texts(out[-1]) and state["step"] != "work"


# 17. A work wish with how much and a place said with "noget"


def test_how_many_hours_join_the_work_wish():
    assert _you("måske noget på et værksted", "employment", "work") == "Du vil måske gerne arbejde på et værksted."
    state = _at("work")
    text = "måske noget på et værksted. 10 timer om ugen"
    state, out = run([(text, tag(text, "change", "desire", sheet="employment", clauses=[
        ("måske noget på et værksted.", "change", "employment"), ("10 timer om ugen", "neutral", "employment")]))], state)
    assert "Du vil måske gerne arbejde på et værksted, 10 timer om ugen." in texts(out[-1])
    assert len(_live(state, "employment")) == 1


# 18. How the goal goes, said after a number ("before 9. it goes badly"): a sentence of its own, with a capital


def test_status_after_a_number_is_its_own_sentence():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("goal1", state=state)
    text = "My goal is to get up before 9. it goes badly."
    state, out = run([(text, tag(text, "neutral", sheet="goal_progress"))], state, language="en")
    said = texts(out[-1])
    assert ". it goes" not in said and "Your goal is to get up before 9." in said
    assert len(_live(state, "goal_progress")) == 1


# 19. "Ellers ikke noget", "ja hvorfor ikke": the end or the yes of an answer is no point of its own


def test_the_end_of_an_answer_is_no_point():
    state = _at("hopes1")
    text = "Jeg vil gerne have min egen lejlighed. Ellers ikke noget."
    state, out = run([(text, tag(text, "change", "desire", sheet="hope", clauses=[
        ("Jeg vil gerne have min egen lejlighed.", "change", "hope"), ("Ellers ikke noget.", "neutral", "hope")]))], state)
    assert [i["quote"] for i in _live(state, "hope")] == ["Jeg vil gerne have min egen lejlighed."]
    assert "ellers ikke noget" not in texts(out[-1]).lower()


# 20. A relative: who is written about ("Min mor er 84"), the joy framed about the person, a hedged score in words,
# and the relative's own "det er nok ikke realistisk" kept out of the bot's mouth


def test_my_mother_in_the_first_message_is_her():
    state, out = run(["/start", "Ja, jeg er hans søn. Min mor er 84 og bor på plejehjem, og jeg skriver for hende."],
                     role="relative")
    assert state["third"] == "hun" and "Hvad er hun god til?" in texts(out[-1])


def test_a_relatives_bare_joy_is_framed_about_the_person():
    assert _you("Vores hund Bella og at gå ture ved stranden.", "resource", "resources2", "relative") == \
        "Jeres hund Bella og at gå ture ved stranden giver hende eller ham glæde."
    assert _you("Når vi kommer med børnebørnene om søndagen", "resource", "resources2", "relative") == \
        "Det giver hende eller ham glæde, når I kommer med børnebørnene om søndagen."


def test_a_hedged_score_in_words_is_the_score():
    state = _at("goal1")
    goal = "Jeg skal gå med rollator hver dag."
    state, _ = run([(goal, tag(goal, "neutral", sheet="goal_progress"))], state)
    assert state["step"] == "goal2"
    state, out = run(["Midt imellem, tror jeg"], state)
    assert "2 ud af 4" in texts(out[-1])


def test_a_relatives_not_realistic_is_not_said_back():
    state, _ = run(["/start", "Ja, jeg skriver for min mor."], role="relative")
    state = _at("hopes1", state=state)
    text = "Hun vil gerne hjem til sit hus igen. Men det er nok ikke realistisk."
    state, out = run([(text, tag(text, "change", "desire", sheet="hope", speaker="relative", clauses=[
        ("Hun vil gerne hjem til sit hus igen.", "change", "hope"), ("Men det er nok ikke realistisk.", "sustain", None)]))],
        state, role="relative")
    assert "realistisk" not in texts(out[-1])


# 21. English: a score said as "I would say 3", a smaller wish after "or at least", what would be different said
# with "would not", and a wish said with "-ing"


def test_i_would_say_a_number_with_the_goal_is_the_score():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("goal1", state=state)
    text = "My goal is to use the calendar on my phone. It is going better, I would say 3."
    state, out = run([(text, tag(text, "change", sheet="goal_progress"))], state, language="en")
    assert "3 out of 4" in texts(out[-1]) and state["step"] != "goal2"


def test_or_at_least_is_the_smaller_wish_of_the_same_point():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("hopes1", state=state)
    text = "To drive again. Or at least take the train on my own."
    state, out = run([(text, tag(text, "change", "desire", sheet="hope", clauses=[
        ("To drive again.", "change", "hope"), ("Or at least take the train on my own.", "change", "hope")]))],
        state, language="en")
    assert "You hope to drive again, or at least take the train on your own." in texts(out[-1])
    assert "this: or" not in texts(out[-1])


def test_would_not_under_what_would_be_different_is_a_reason():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("hopes1", state=state)
    state, _ = run([("I want to drive again.", tag("I want to drive again.", "change", "desire", sheet="hope"))], state,
                   language="en")
    state = _at("hopes2", state=state)
    text = "I would not need to ask my wife for everything."
    state, out = run([(text, tag(text, "sustain", sheet="hope"))], state, language="en")
    assert "too much" not in texts(out[-1])
    assert any("wife" in i["quote"] for i in _live(state, "hope"))


def test_a_wish_said_with_ing_is_a_dream_of():
    assert _you("Living on my own", "hope", "hopes1", "citizen", "en") == "You dream of living on your own."
    assert _you("Living with her friends in a group home one day.", "hope", "hopes1", "relative", "en") == \
        "She or he dreams of living with her friends in a group home one day."


# 22. Danish: another place for the same work wish; a joy with its "når" after the person


def test_or_another_place_joins_the_work_wish():
    state = _at("work")
    text = "dyrepasser. eller i en dyrehandel"
    state, out = run([(text, tag(text, "change", "desire", sheet="employment", clauses=[
        ("dyrepasser.", "change", "employment"), ("eller i en dyrehandel", "change", "employment")]))], state)
    assert "Du kunne tænke dig at arbejde som dyrepasser eller i en dyrehandel." in texts(out[-1])
    assert len(_live(state, "employment")) == 1


def test_a_person_with_a_when_clause_after_a_thing_to_do():
    assert _you("At fiske ved havnen og min nevø når han kommer på besøg.", "resource", "resources2") == \
        "Det giver dig glæde at fiske ved havnen. Din nevø giver dig også glæde, når han kommer på besøg."


# 23. "What goals? I don't know what you mean": the question not understood, explained, not skipped


def test_i_dont_know_what_you_mean_is_a_request_to_explain():
    assert it.wants_clarification("I don't know what you mean")
    assert it.wants_clarification("jeg ved ikke hvad du mener")
    state = _at("goal1")
    state, out = run(["Hvilke mål? Jeg ved ikke, hvad du mener"], state)
    assert state["step"] == "goal1" and "Vi går videre" not in texts(out[-1])


def test_oh_ok_before_the_answer_is_no_point():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("goal1", state=state)
    text = "Oh ok. To get up at 7 every day. It's hard"
    state, out = run([(text, tag(text, "sustain", sheet="goal_progress", clauses=[
        ("Oh ok.", "neutral", None), ("To get up at 7 every day.", "neutral", "goal_progress"), ("It's hard", "sustain", None)]))],
        state, language="en")
    assert "Oh ok" not in texts(out[-1]) and "Your goal is to get up at 7 every day." in texts(out[-1])
    assert [i["quote"] for i in _live(state, "goal_progress")][0].startswith("To get up")


# 24. Meeting, strengths and hopes in few words


def test_a_named_neighbour_who_may_come_is_a_yes():
    state = _at("meeting1")
    state, _ = run(["Min nabo Grethe må gerne komme."], state)
    assert state["preferences"]["relatives_attend"] is True and not _live(state, "parking")


def test_nothing_and_a_reason_is_no_strength():
    state = _at("resources1")
    state, out = run(["Ikke noget. Jeg er gammel."], state)
    assert not _live(state, "resource") and "Det er godt at vide" not in texts(out[-1])


def test_staying_in_ones_house_is_the_wish():
    state = _at("hopes1")
    text = "Ikke noget. Jeg vil bare blive boende i mit hus."
    state, out = run([(text, tag(text, "sustain", sheet="hope", clauses=[
        ("Ikke noget.", "neutral", None), ("Jeg vil bare blive boende i mit hus.", "sustain", "hope")]))], state)
    assert any("hus" in i["quote"] for i in _live(state, "hope")) and "svært" not in texts(out[-1])


def test_in_the_middle_with_a_goal_is_mixed_not_the_right_way():
    state = _at("goal1")
    text = "Jeg øver mig i at lave mad selv. Det går sådan midt imellem."
    state, out = run([(text, tag(text, "change", "taking_steps", sheet="goal_progress"))], state)
    assert "den rigtige vej" not in texts(out[-1])


# 25. Parents who write together for their son are relatives; a person with a "når" in a joy


def test_parents_writing_together_for_their_son_are_relatives():
    assert it.detect_written_by("Ja. Vi er Mathias' forældre og skriver sammen for ham.") == "relative"
    assert it.detect_written_by("Vi er Emmas forældre, vi sidder sammen med hende") == "together"


def test_a_person_and_when_in_a_joy():
    assert _you("Mine to drenge når de er hos mig hver anden weekend", "resource", "resources2") == \
        "Dine to drenge giver dig glæde, når de er hos dig hver anden weekend."


def test_a_number_after_how_the_goal_goes_is_the_score():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("goal1", state=state)
    text = "I have a goal about sleeping at night. It goes badly. 1"
    state, out = run([(text, tag(text, "sustain", sheet="goal_progress"))], state, language="en")
    assert "1 out of 4" in texts(out[-1]) and state["step"] != "goal2"


# 26. "god til … english" is a skill, not a request to switch; work wishes with "gerne", a comma and a verb


def test_english_as_a_skill_is_no_request_to_switch():
    assert not it.wants_english("jeg er god til gaming og english")
    assert not it.wants_english("jeg vil lære engelsk")
    assert it.wants_english("Må jeg skrive på engelsk?") and it.wants_english("English please")
    state = _at("resources1")
    state, _ = run(["jeg er god til gaming og english"], state)
    assert state["language"] == "da"


def test_work_wishes_with_gerne_a_comma_or_a_verb():
    assert _you("ja gerne i et køkken på en skole, deltid", "employment", "work") == \
        "Du vil gerne arbejde i et køkken på en skole, deltid."
    assert _you("som sagt tegne, måske på et reklamebureau", "employment", "work") == \
        "Du vil gerne tegne, måske på et reklamebureau."
    assert _you("penge, naboen og min ryg", "parking", "parking") == "Penge, naboen og din ryg fylder meget for dig."


def test_what_would_be_different_for_someone_else_means_something_to_the_citizen():
    state = _at("hopes1")
    text = "at få råd til at tage min søn med i Legoland"
    state, _ = run([(text, tag(text, "change", "desire", sheet="hope"))], state)
    state = _at("hopes2", state=state)
    text = "så ville han blive glad og jeg ville føle mig som en god mor"
    state, out = run([(text, tag(text, "change", "reasons", sheet="hope"))], state)
    assert "for ham" not in texts(out[-1])


def test_school_first_is_a_no_to_the_work_question():
    state, _ = run(["/start", "yes im his mum"], role="relative", language="en")
    state = _at("work", state=state)
    state, out = run(["no hes 15 he goes to school"], state, role="relative", language="en")
    assert "hard right now" not in texts(out[-1]) and state["step"] != "work"


# 27. English long answers: a hedge before the answer, "definitely", "not really …, but maybe …", a hedged number


def test_english_hedges_around_the_answer():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("resources1", state=state)
    text = "Honestly I'm not sure. People say I'm patient."
    state, out = run([(text, tag(text, "neutral", sheet="resource", clauses=[
        ("Honestly I'm not sure.", "neutral", None), ("People say I'm patient.", "neutral", "resource")]))], state, language="en")
    assert "not sure" not in texts(out[-1]).lower()
    assert _you("My wife, definitely.", "resource", "resources2", "citizen", "en") == "Your wife gives you joy."
    assert _you("Not really paid work, but maybe volunteering at the local repair café.", "employment", "work", "citizen", "en") == \
        "Maybe you would like to try volunteering at the local repair café."


def test_a_number_with_a_hedge_is_the_score():
    state, _ = run(["/start", "yes"], language="en")
    state = _at("goal1", state=state)
    goal = "Physio twice a week, the exercises."
    state, _ = run([(goal, tag(goal, "neutral", sheet="goal_progress"))], state, language="en")
    assert state["step"] == "goal2"
    state, out = run(["Two, maybe two and a half"], state, language="en")
    assert "2 out of 4" in texts(out[-1])


def test_whatever_to_the_plan_waits_for_the_meeting():
    state = _at("meeting2")
    state, out = run(["Det er lige meget."], state)
    assert "Så venter vi med det til mødet." in texts(out[-1]) and state["preferences"]["plan_version"] is None
