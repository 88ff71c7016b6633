"""Behaviours fixed after a sixth probe of trainee lines: a fronted "hvis/når" clause or scale before the question,
trailing "tror du"/"synes du" and verb + "en/et" yes/no questions, imperatives after "så"/"bare", "hvad hvis du
<past tense>" suggestions, modals with a particle ("du må altså hellere"), "du ved godt, at …" and evidence against
the citizen's word, the effort behind news ("det har du fortjent"), "du ved selv bedst", normalising through a
named group, short-word overlap ("uge"/"ugen"), one-word echoes of a confront cue, and more English glosses.
Examples are fresh (not in the corpus or the probes)."""

from __future__ import annotations

import pytest

from forbered.oars import Coder, english
from forbered.oars.features import _short_match, analyse


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


def form(text: str) -> str:
    return analyse(text).forms[-1]


@pytest.mark.parametrize(("text", "expected"), [
    ("hvis du får lejligheden, hvordan vil du så indrette den", "open_qw"),
    ("når du tænker på din datter hvad kommer du så i tanke om", "open_qw"),
    ("hvis du får praktikpladsen, skal du så flytte", "inverted"),
    ("på en skala fra 1 til 10 hvor sikker er du", "fact_qw"),
    ("når du ikke ved hvad du skal sige", "statement"),  # an indirect question, no main clause
    ("hvis du ikke ved hvad der skal ske", "statement"),
    ("kunne en dagbog hjælpe dig tror du", "inverted"),
    ("ville et hold på biblioteket være noget", "inverted"),
    ("det kunne være godt synes du", "tag"),
])
def test_question_form_after_fronted_clause_and_tags(text: str, expected: str) -> None:
    assert form(text) == expected


@pytest.mark.parametrize(("text", "family"), [
    ("så ring til din læge i morgen", "advice"),
    ("bare skriv en liste", "advice"),
    ("hvad hvis du spiste frokost på arbejdet", "advice"),
    ("hvad med om du tog toget i stedet", "advice"),
    ("du må altså hellere tage en jakke på", "advice"),
    ("du burde virkelig ringe til hende", "advice"),
    ("du ved jo godt at det ikke holder", "confront"),
    ("dine karakterer siger noget andet", "confront"),
    ("det har du virkelig fortjent", "affirm"),
    ("det viser at du tager ansvar", "affirm"),
    ("du ved selv bedst hvad du kan overskue", "autonomy"),
    ("du kender din egen krop bedst", "autonomy"),
    ("mange pårørende oplever skyldfølelse", "info"),
])
def test_new_cues(text: str, family: str) -> None:
    assert family in fams(text)


@pytest.mark.parametrize("text", ["øv", "hvad hvis det ikke lykkes", "du må da gerne blive", "så kom du hjem"])
def test_not_advice(text: str) -> None:
    assert "advice" not in fams(text)


def test_short_words_match_their_inflections() -> None:
    assert _short_match("uge", "ugen") and _short_match("ryg", "ryggen") and _short_match("job", "jobbet")
    assert not _short_match("mor", "morgen") and not _short_match("bus", "business")


def test_english_feelings_and_people_are_glossed() -> None:
    toks = analyse("you really miss your wife").tokens
    assert "savner" in toks and "kone" in toks
    assert english.is_english(["you", "miss", "her"])


@pytest.mark.parametrize(("context", "text", "code"), [
    # question after a fronted clause
    ("Jeg overvejer at søge ind på politiskolen.", "hvis du kommer ind, hvad betyder det så for dig", "open_question"),
    ("Jeg har tænkt på at flytte til Aarhus.", "hvis du flytter til Aarhus, hvordan får du så et netværk", "open_question"),
    ("Jeg ved ikke om jeg tør.", "på en skala fra 1-10 hvor modig føler du dig", "closed_question"),
    # yes/no questions without "?"
    ("Jeg bliver så urolig om aftenen.", "kunne en gåtur efter aftensmaden hjælpe tror du", "closed_question"),
    ("Jeg ved ikke hvem jeg skal spørge.", "hvem har du spurgt indtil nu", "closed_question"),
    # advice in other words
    ("Jeg bruger hele min løn den første uge.", "så lav et budget", "advice_without_permission"),
    ("Min kollega er sur på mig.", "bare gå hen og snak med ham", "advice_without_permission"),
    ("Jeg er altid træt om eftermiddagen.", "hvad hvis du tog en lur efter skole", "advice_without_permission"),
    ("Jeg får ikke læst til eksamen.", "du må altså hellere komme i gang", "advice_without_permission"),
    ("Jeg tør ikke sige det til min mor.", "hvad hvis hun bliver vred, hvad ville der så ske", "open_question"),
    # confrontation
    ("Jeg har styr på min diabetes.", "dit blodsukker siger nu noget andet", "confront"),
    ("Jeg kører kun lidt for stærkt.", "du ved jo godt at det er farligt", "confront"),
    # affirmation of the effort behind news
    ("Jeg har fået min svendeprøve!", "det har du også knoklet for", "affirmation"),
    ("Jeg sagde fra over for min chef.", "det viser at du kan stå op for dig selv", "affirmation"),
    # autonomy
    ("Jeg ved ikke om jeg vil på højskole.", "du ved selv bedst hvad der er rigtigt for dig", "emphasize_autonomy"),
    # information through a named group
    ("Jeg har så ondt efter operationen.", "mange nyopererede oplever smerter de første uger", "giving_information"),
    # reflections
    ("Jeg mener ikke jeg har et problem med spil.", "spillet er ikke et problem for dig", "simple_reflection"),
    ("I miss my old job.", "you miss your work", "simple_reflection"),
    # short reactions
    ("Jeg har tabt mine nøgler.", "av", "other"),
])
def test_fresh_trainee_lines(coder: Coder, context: str, text: str, code: str) -> None:
    assert coder.code(text, context).code == code


@pytest.mark.parametrize(("context", "text"), [
    ("Jeg har haft en elendig uge.", "ugen har været hård"),  # "uge" / "ugen": the same word
    ("Mit job stresser mig.", "jobbet stresser dig"),
    ("Min ryg driller igen.", "ryggen driller"),
])
def test_short_word_rephrase_is_a_reflection(coder: Coder, context: str, text: str) -> None:
    assert coder.code(text, context).code in {"simple_reflection", "complex_reflection"}


def test_evidence_points_at_the_main_clause(coder: Coder) -> None:
    r = coder.code("hvis du får jobbet, hvornår starter du så", "Jeg har været til samtale.")
    assert r.code == "closed_question" and r.evidence.lower().startswith("hvornår")
