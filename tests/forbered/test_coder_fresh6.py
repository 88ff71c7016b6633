"""Behaviours fixed after an eighth probe of trainee lines: a question spliced on with a comma after a reflection or
praise ("du er nok træt i dag, hvordan har du sovet"), a possessive after a noun or an imperative is not a subject
("tag din søster med"), strong verbs and inflections in the overlap with the citizen's line, an amplified feeling
("lidt nervøs" → "rigtig bange"), a wish given back in other words, and new cues (holding to a decision, "du må
<verb>", "det er vigtigt, at du", "jeg vil foreslå", evidence and "vi andre" as confront). Examples are fresh (not in
the corpus or the probes). Only `test_fresh_trainee_lines` needs the retrained model (models/coder)."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse, context_features, stem


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


@pytest.mark.parametrize(("text", "forms"), [
    # a reflection or praise, then a question after a comma: the question is a sentence of its own
    ("du lyder presset, hvad fylder mest lige nu", ["statement", "open_qw"]),
    ("Det må have været en lang dag, hvordan gik mødet?", ["statement", "open_qw"]),
    ("din søster er flyttet, savner du hende", ["statement", "inverted"]),
    ("flot klaret, fik du også handlet ind", ["statement", "inverted"]),
    ("Den uge har været travl, kan du beskrive en af dagene?", ["statement", "invite"]),
    ("Pengene er et problem, hvor meget mangler du", ["statement", "fact_qw"]),
    ("Du har været alene længe, hvilke tanker gør du dig om det", ["statement", "open_qw"]),
])
def test_comma_spliced_question(text: str, forms: list[str]) -> None:
    assert analyse(text).forms == forms


@pytest.mark.parametrize("text", [
    "Jeg kan godt se, hvad du mener",  # indirect question
    "Du ved ikke helt, hvilken vej du skal gå",  # "hvilken vej du" is indirect
    "Jeg kan se, hvor meget det betyder for dig",
    "Jeg kan se, hvor stolt du er",  # an exclamation, not "hvor" asking
    "Hvis du har lyst, kan du tage din bror med",  # a fronted "hvis" clause, then the main clause
    "Efter alt det, du har været igennem, er du stadig her",  # a fronted phrase before the verb
    "Skolen er for svær, har du fortalt",  # a reporting clause
    "Vi tager det op igen, medmindre du siger stop",  # a subordinator, not a verb
    "Så når du er træt, spiser du mindre",
])
def test_no_comma_question(text: str) -> None:
    assert len(analyse(text).forms) == 1


@pytest.mark.parametrize(("text", "form"), [
    ("Køb din egen kalender", "statement"),  # an imperative before a possessive
    ("Ring din kontaktperson op i morgen", "statement"),
    ("Tre ting: maden, din søvn og dine penge", "statement"),  # a noun before a possessive
    ("Ringer din bror stadig", "inverted"),
    ("Har dine forældre været her?", "inverted"),
])
def test_possessive_after_noun_or_imperative(text: str, form: str) -> None:
    assert analyse(text).forms[-1] == form


@pytest.mark.parametrize(("a", "b"), [("drak", "drikker"), ("røget", "ryger"), ("købte", "køber"), ("gik", "går"),
                                      ("fortalte", "fortæller"), ("spurgte", "spørger")])
def test_stems_join_verb_forms(a: str, b: str) -> None:
    assert stem(a) == stem(b)


def test_overlap_sees_strong_verb_forms() -> None:
    feats = context_features(analyse("Du drak tre øl.", "Jeg drikker tre øl."))
    assert "x=ov3" in feats or "x=ov4" in feats


def test_intensified_feeling_is_marked() -> None:
    assert "x=intensified" in context_features(analyse("Du er virkelig ked af det.", "Jeg er lidt ked af det."))
    assert "x=intensified" not in context_features(analyse("Du er lidt ked af det.", "Jeg er lidt ked af det."))
    assert "x=intensified" not in context_features(analyse("Du er virkelig ked af det.", "Jeg er ked af det."))


def test_a_wish_in_other_words_is_an_echo() -> None:
    feats = context_features(analyse("Du ønsker dig en cykel.", "Jeg vil gerne have en cykel."))
    assert "x=feel_echo" in feats and "x=feel_new" not in feats


@pytest.mark.parametrize(("text", "family"), [
    ("hvornår har du det værre", "openwho"),
    ("du står fast", "affirm"),
    ("han holder fast i aftalen", "affirm"),
    ("det var svært, og du gjorde det alligevel", "affirm"),
    ("godt du nåede bussen", "affirm"),
    ("godt at du kontaktede hende", "affirm"),
    ("du må tale med din læge om det", "advice"),
    ("I må altså sige fra over for ham", "advice"),
    ("det er rigtig vigtigt, at du spiser morgenmad", "advice"),
    ("jeg vil gerne foreslå en anden plan", "advice"),
    ("mit forslag er en kortere dag", "advice"),
    ("regnskabet fortæller en helt anden historie", "confront"),
    ("du skal altså ikke være så sur", "confront"),
    ("vi andre gør det også", "confront"),
    ("sådan er det jo for alle", "confront"),
])
def test_new_cues(text: str, family: str) -> None:
    assert family in fams(text)


@pytest.mark.parametrize(("text", "family"), [
    ("du holder fast i din beslutning", "autonomy"),  # holding to a decision is praise, not a choice handed over
    ("du må gerne tage en ven med", "advice"),
    ("du må have det svært", "advice"),
    ("det er vigtigt for dig at være der", "advice"),
])
def test_not_these_cues(text: str, family: str) -> None:
    assert family not in fams(text)


# Needs models/coder retrained from the round-6 corpus.
@pytest.mark.parametrize(("context", "text", "code"), [
    ("Jeg har ikke været på arbejde i tre dage.", "du har været væk nogle dage, hvad er der sket", "open_question"),
    ("Jeg har fået min første løn!", "tillykke, hvad vil du bruge den til", "open_question"),
    ("Min nabo hjælper mig med haven.", "naboen giver en hånd med haven, kommer han tit", "closed_question"),
    ("Jeg sagde nej til en tår mere til festen.", "Du stod fast, også med de andre omkring dig.", "affirmation"),
    ("Han kommer for sent hver morgen.", "Du må tale med ham om det i aften.", "advice_without_permission"),
    ("Jeg har ikke noget spilleproblem.", "Dine kontoudtog fortæller en helt anden historie.", "confront"),
    ("Jeg er lidt urolig for operationen.", "Du er virkelig bange for operationen.", "complex_reflection"),
])
def test_fresh_trainee_lines(coder: Coder, context: str, text: str, code: str) -> None:
    assert coder.code(text, context).code == code
