"""Behaviours fixed after a seventh probe of trainee lines: a greeting before the question, interjections before a
statement, more imperatives (also "sig" after "så"/"og", "kom nu"), "har du prøvet at … før" as a question about the
past, "hvad med en/et …" suggestions, open "hvornår" questions about situations, contradicting the citizen's own
judgement ("det tror jeg godt du kan") and handing blame back as confront, "respekt" as praise, regret and doubt as
added feeling, rights and services as information, and closings. Examples are fresh (not in the corpus or the probes)."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


def form(text: str) -> str:
    return analyse(text).forms[-1]


@pytest.mark.parametrize(("text", "expected"), [
    ("godmorgen, har du fået kaffe", "inverted"),
    ("hej Sofie hvordan gik prøven", "open_qw"),
    ("hejsa og velkommen, hvad skal vi kigge på i dag", "open_qw"),
    ("hej jeg hedder Anders og er din mentor", "statement"),
    ("wow det har taget tid", "statement"),
    ("siden du var lille altså", "statement"),
    ("meld dig på holdet", "statement"),  # "dig" after a first verb is the object of an imperative
    ("skynd dig lidt", "statement"),
])
def test_question_form_after_greetings_and_interjections(text: str, expected: str) -> None:
    assert form(text) == expected


@pytest.mark.parametrize(("text", "family"), [
    ("bestil en tid i dag", "advice"),
    ("tilmeld dig nyhedsbrevet", "advice"),
    ("så sig det til din chef", "advice"),
    ("kom nu, det bliver sjovt", "advice"),
    ("hvad med et løbehold", "advice"),
    ("det er vist på tide at få tjekket det", "softadvice"),
    ("ville det ikke være en idé at spørge hende", "softadvice"),
    ("har du prøvet at bo alene før", "fact"),
    ("har du nogensinde forsøgt at stoppe", "fact"),
    ("hvornår mærker du uroen mest", "openwho"),
    ("hvornår er det værst", "openwho"),
    ("det tror jeg godt du kan", "confront"),
    ("du har også et ansvar her", "confront"),
    ("så må du jo leve med det", "confront"),
    ("er det nu så klogt", "rhetq"),
    ("hvad venter du på", "rhetq"),
    ("stor respekt for det", "affirm"),
    ("du giver bare ikke op", "affirm"),
    ("det afgør du selv", "autonomy"),
    ("du fortryder det", "feel"),
    ("det må være svært at vente", "cr"),
    ("du kan bede om en tolk", "info"),
    ("i lige måde", "other"),
])
def test_new_cues(text: str, family: str) -> None:
    assert family in fams(text)


@pytest.mark.parametrize(("text", "family"), [
    ("har du prøvet at gå en tur om aftenen", "fact"),
    ("hvornår kommer han hjem", "openwho"),
    ("du tager ansvar for din familie", "confront"),
    ("det er for meget lige nu", "confront"),
    ("sig lidt mere om det", "advice"),
    ("du har fået ny medicin", "affirm"),
    ("det hele vokser dig over hovedet", "autonomy"),
])
def test_not_these_cues(text: str, family: str) -> None:
    assert family not in fams(text)


@pytest.mark.parametrize(("context", "text", "code"), [
    # a greeting before the question
    ("", "godaften, har du haft en god dag", "closed_question"),
    ("", "hej Mads, hvad er der sket siden sidst", "open_question"),
    # imperatives and suggestions
    ("Jeg bliver så sur på min søster.", "så sig til hende hvordan du har det", "advice_without_permission"),
    ("Jeg orker ikke at lave mad.", "bestil et måltidsabonnement", "advice_without_permission"),
    ("Jeg er bange for at køre på motorvejen.", "kom nu, du kan sagtens", "advice_without_permission"),
    ("Jeg har tit ondt i nakken.", "hvad med en ny hovedpude", "advice_without_permission"),
    # the citizen's history, not a suggestion
    ("Jeg vil gerne stoppe med snus.", "har du prøvet at stoppe tidligere", "closed_question"),
    # "hvornår"
    ("Jeg bliver nemt irriteret.", "hvornår bliver du mest irriteret", "open_question"),
    ("Jeg skal til samtale på fabrikken.", "hvornår skal du derud", "closed_question"),
    # contradicting and blaming back
    ("Jeg kan ikke lære at køre bil.", "det tror jeg nu godt du kan", "confront"),
    ("Det er lærerens skyld at jeg dumpede.", "du har da også selv et ansvar", "confront"),
    # praise
    ("Jeg har været ærlig over for min læge.", "stor respekt for det", "affirmation"),
    # complex reflections without a hedge
    ("Jeg skreg ad min datter i morges.", "du fortryder det nu", "complex_reflection"),
    ("Min mand er blevet syg.", "det må være en svær tid", "complex_reflection"),
    # rights and services
    ("Hvad gør jeg hvis jeg ikke forstår brevet?", "du kan bede om at få det forklaret på et møde", "giving_information"),
    # closings
    ("Tak for i dag.", "i lige måde, god aften", "other"),
])
def test_fresh_trainee_lines(coder: Coder, context: str, text: str, code: str) -> None:
    assert coder.code(text, context).code == code
