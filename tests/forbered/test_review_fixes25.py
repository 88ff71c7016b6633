"""Review fixes: sentence-shaped hopes, coordinated verbs in a that-clause, a fronted "det" with a noun subject,
abbreviations in the first sentence, "ved ikke noget om målene", and English joy with "especially when"."""

from forbered import reflect
from forbered.dialogue import intents as it
from forbered.dialogue.moves import _as_that_clause, render_item


def _hope(text):
    return render_item(text, "hope", "hopes1", "citizen", "", "da")["you"]


def test_noun_with_a_preposition_or_time_word_is_still_a_dream():
    assert _hope("vandreturen hver sommer") == "Du drømmer om vandreturen hver sommer."
    assert _hope("huset eller en lejlighed") == "Du drømmer om huset eller en lejlighed."
    assert _hope("tiden efter behandlingen") == "Du drømmer om tiden efter behandlingen."
    assert _hope("rejsen næste forår") == "Du drømmer om rejsen næste forår."


def test_some_friends_is_no_sentence_of_its_own():
    assert _hope("nogen venner at gå i byen med") == "Du drømmer om nogen venner at gå i byen med."


def test_definite_subject_and_verb_still_said_as_a_sentence():
    assert _hope("hovedpinen forsvinder") == "Hovedpinen forsvinder."


def test_definite_subject_with_a_place_before_its_verb_is_a_sentence_too():
    assert _hope("svimmelheden i hovedet stopper") == "Svimmelheden i hovedet stopper."
    assert _hope("bekymringerne om min søn forsvinder") == "Bekymringerne om din søn forsvinder."
    assert _hope("dagene på værkstedet") == "Du drømmer om dagene på værkstedet."


def test_second_verb_keeps_all_its_adverbs_before_it_in_a_that_clause():
    assert reflect.as_subordinate("jeg har en cykel og vil også gerne have en knallert") == \
        "du har en cykel og også gerne vil have en knallert"


def test_fronted_det_with_a_possessive_subject_goes_after_its_verb():
    assert reflect.as_inverted("det tror jeg ikke min bror kan længere") == "tror du ikke din bror kan det længere"
    assert reflect.as_inverted("det tror jeg ikke Mikkel kan endnu") == "tror du ikke Mikkel kan det endnu"


def test_abbreviation_dots_do_not_end_the_first_sentence():
    assert _as_that_clause("Du kan godt lide musik, f.eks. rock.", "da") == "du godt kan lide musik, f.eks. rock"
    assert _as_that_clause("Du vil gerne lære noget, bl.a. at svømme.", "da") == "du gerne vil lære noget, bl.a. at svømme"
    assert _as_that_clause("Du står op Kl. 6 om morgenen. Det er tidligt.", "da") == "du står op Kl. 6 om morgenen"


def test_knowing_nothing_about_the_goals_is_no_goal():
    assert it.NO_GOALS.search(it.norm("jeg ved ikke noget om målene"))


def test_english_joy_keeps_especially_with_the_when_clause():
    out = render_item("my neighbour especially when he brings cake", "resource", "resources2", "citizen", "", "en")
    assert out["you"] == "Your neighbour gives you joy, especially when he brings cake."


def test_a_relative_saying_she_knows_nothing_of_her_goals_is_no_goal():
    assert it.NO_GOALS.search(it.norm("han ved ikke noget om sine mål"))
    assert it.NO_GOALS.search(it.norm("hun ved ikke nogen af hendes mål")) is None  # no such shape: left alone


def test_handing_over_in_a_story_after_a_when_clause_is_no_switch():
    assert it.SELF_NOW.search("Når hun bliver urolig, så giver jeg mobilen til hende, og så ringer hun til sin far") is None
    assert it.SELF_NOW.search("Godt. Nu giver jeg mobilen til hende")


def test_a_relatives_joy_with_a_when_clause_keeps_it_after_the_joy():
    out = render_item("hans morfar, mest når de fisker sammen", "resource", "resources2", "relative", "", "da")
    assert out["you"] == "Hans morfar giver ham glæde, mest når de fisker sammen."
    out = render_item("hendes kat især når den ligger på skødet", "resource", "resources2", "relative", "", "da")
    assert out["text"] == "Hendes kat giver hende glæde, især når den ligger på skødet."


def test_a_person_and_their_family_with_a_when_clause_keep_it_after_the_joy():
    out = render_item("min søster og hendes kæreste især når de kommer til middag", "resource", "resources2", "citizen", "", "da")
    assert out["you"] == "Din søster og hendes kæreste giver dig glæde, især når de kommer til middag."
