"""Comma repairs, asides and English words: ordinary answers and reflections that must not be misread or misspelled."""

from forbered.dialogue import intents as it
from forbered.reflect import repair_echo


def test_the_verb_naa_after_its_subject_gets_no_comma():
    # "Du når toget", "Han når det meste": the verb "nå", not a when-clause
    assert repair_echo("Du når toget hver dag.") == "Du når toget hver dag."
    assert repair_echo("Han når det hele inden frokost.") == "Han når det hele inden frokost."
    assert repair_echo("Hun når opgaverne, når hun har ro.") == "Hun når opgaverne, når hun har ro."
    # a when-clause still gets its comma
    assert repair_echo("Du bliver glad når bussen kommer til tiden.") == "Du bliver glad, når bussen kommer til tiden."
    assert repair_echo("Du bliver rolig når du hører musik.") == "Du bliver rolig, når du hører musik."


def test_one_verb_phrase_is_no_list_of_verbs():
    # "gå handle", "holde tale": one thing done, no comma between the verbs
    assert repair_echo("Du kan lide at gå handle og bage kage.") == "Du kan lide at gå handle og bage kage."
    assert repair_echo("Han er god til at holde tale og danse.") == "Han er god til at holde tale og danse."
    # a real list still gets its comma
    assert repair_echo("Du er god til at bage strikke og synge.") == "Du er god til at bage, strikke og synge."


def test_a_strength_between_dashes_is_no_aside():
    # "– ud over syning –" names something; only a hedge between dashes is dropped
    assert not it.is_dont_know("Jeg ved ikke – ud over syning – hvad jeg er god til.")
    assert not it.is_dont_know("Det ved jeg ikke — kun at jeg kan bage — mere end det.")
    assert it.is_dont_know("Jeg ved det – ærligt talt – ikke")


def test_dialect_me_and_be_are_no_english():
    # "me" for "med", "be" for "bede": Danish spoken forms
    assert not it.looks_english("cykler me min søster, be hende om hjælp")
    assert not it.looks_english("me far og be om kage")
    assert it.looks_english("she always makes us laugh")


def test_a_longer_unwelcome_topic_is_not_this_question():
    assert it.not_this("jeg bryder mig ikke om at tale om hvad jeg drømmer om")
    assert it.not_this("jeg kan ikke lide at snakke om hvad jeg er god til")
    assert not it.not_this("jeg kan godt lide at snakke om hvad jeg er god til")


def test_a_word_in_capitals_for_emphasis_is_echoed_in_ordinary_letters():
    from forbered.reflect import tidy

    assert tidy("jeg er VIRKELIG god til at male") == "jeg er virkelig god til at male"
    assert tidy("ALDRIG bange for at spørge") == "Aldrig bange for at spørge"
    # names and short forms stay
    assert tidy("jeg er glad for LEGO og har ADHD") == "jeg er glad for LEGO og har ADHD"
