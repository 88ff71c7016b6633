"""Cues and features added after a fifth probe, on how trainees type in the practice tool: lower case without "?",
missing æøå, several acts in one turn, very short turns, tags without "?", "hvor" exclamations, praise, "hvorfor"
that defends vs explores, what others find helpful, and English lines (glossed into Danish, see
forbered/oars/english.py). Examples are fresh (not in the corpus or the probes)."""

from __future__ import annotations

import pytest

from forbered.oars import Coder, english
from forbered.oars.features import analyse


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


def form(text: str) -> str:
    return analyse(text).forms[-1]


@pytest.mark.parametrize(("text", "expected"), [
    ("hvordan klarer du dig med pengene", "open_qw"),
    ("spiser du morgenmad", "inverted"),
    ("hvor bor du", "fact_qw"),
    ("din far kører dig derhen?", "rising"),  # a possessive is not a verb: no verb-first question
    ("hej jeg hedder Ida", "statement"),
    ("hvor er det flot", "statement"),  # exclamation
    ("hvor flot", "statement"),
    ("hvor svært er det?", "fact_qw"),  # with "?" it is a question
    ("du kommer på fredag vel", "tag"),
    ("du tager toget eller hvad", "tag"),
    ("du har det ikke", "statement"),
])
def test_question_form_without_punctuation(text: str, expected: str) -> None:
    assert form(text) == expected


def test_missing_ae_oe_aa_is_normalised() -> None:
    assert analyse("hvad taenker du").tokens == ["hvad", "tænker", "du"]
    assert "feel" in fams("du virker traet")


@pytest.mark.parametrize("text", [
    "Why do you want to change that?",
    "what would help you most",
    "Is it okay if I write that down?",
    "you sound worried about your son",
])
def test_english_lines_are_recognised(text: str) -> None:
    words = [w.lower() for w in text.replace("?", "").split()]
    assert english.is_english(words)


@pytest.mark.parametrize("text", ["du er træt af det", "ok", "mm", "hvad tænker du om det", "job"])
def test_danish_and_tiny_lines_are_not_english(text: str) -> None:
    assert not english.is_english(text.split())


def test_english_gloss_gives_danish_form_and_cues() -> None:
    assert analyse("Why do you want to change that?").forms == ["open_qw"]
    assert analyse("did you sleep last night").forms == ["inverted"]
    assert "autonomy" in fams("It's your own choice.")
    assert "affirm" in fams("Great job!")
    assert "advice" in fams("You should ask your sister.")
    # "it" is not the Jutlandic "ikke" of the chat-spelling map in an English line
    assert "ikke" not in analyse("Is it hard for you?").tokens


def test_english_gloss_keeps_spans_for_evidence() -> None:
    a = analyse("It's completely up to you.")
    assert len(a.tokens) == len(a.spans)
    assert a.text[a.spans[-1][0]:a.spans[-1][1]] == "up to you"


def test_what_others_find_helpful_is_soft_advice_normalising_is_information() -> None:
    assert "softadvice" in fams("Mange synes, det hjælper at skrive en huskeliste.")
    assert "softadvice" in fams("det kan hjælpe at sove med vinduet åbent")
    f = fams("De fleste synes, det er hårdt at flytte hjemmefra.")
    assert "info" in f and "softadvice" not in f


def test_praise_and_reactions() -> None:
    assert "affirm" in fams("godt du spurgte")
    assert "affirm" in fams("sej pige!")
    assert "other" not in fams("godt du spurgte")
    assert "affirm" not in fams("Godt at se dig.")
    assert "affirm" not in fams("Du vil gerne være en god søster.")
    assert "other" in fams("interessant")


def test_why_that_defends_is_a_challenge_why_that_explores_is_not() -> None:
    assert "challenge" in fams("hvorfor drak du så")
    assert "challenge" in fams("Hvorfor bruger du dem altid?")
    assert "challenge" not in fams("hvorfor er det vigtigt for dig at blive boende")
    assert "challenge" not in fams("Hvorfor gjorde du det?")


def test_asking_for_self_evaluation_is_not_autonomy() -> None:
    assert "autonomy" not in fams("hvad synes du selv der gik godt i denne uge")
    assert "autonomy" in fams("hvad tænker du selv vi skal starte med")


@pytest.mark.parametrize(("context", "text", "expected"), [
    ("", "hvad ville gøre en forskel for dig", "open_question"),
    ("", "har du snakket med din kontaktlærer", "closed_question"),
    ("", "hvordan gaar det med skolen", "open_question"),
    ("Jeg ved ikke, om jeg skal blive.", "Det er svært at vælge. Hvad taler for at blive?", "open_question"),
    ("Jeg var til fest og drak ikke.", "Flot, at du holdt dig. Hvordan gjorde du?", "open_question"),
    ("Jeg kan ikke finde ud af min e-boks.", "Biblioteket har hjælp til e-boks om mandagen. Vil du høre mere?",
     "closed_question"),
    ("Jeg har købt en hund.", "nå", "other"),
    ("", "hej, jeg hedder Karin og jeg er din bostøtte", "other"),
    ("Jeg har gjort rent i hele lejligheden.", "godt klaret!", "affirmation"),
    ("", "du behøver ikke svare nu", "emphasize_autonomy"),
    ("Jeg røg en pakke i går.", "hvorfor røg du så", "confront"),
    ("Jeg vil gerne stoppe med at ryge.", "hvorfor er det vigtigt for dig nu", "open_question"),
    ("", "What matters most to you?", "open_question"),
    ("", "Do you live alone?", "closed_question"),
    ("", "It's your choice.", "emphasize_autonomy"),
])
def test_coder_on_fresh_probe5_lines(coder: Coder, context: str, text: str, expected: str) -> None:
    assert coder.code(text, context).code == expected


def test_what_others_find_helpful_depends_on_consent(coder: Coder) -> None:
    text = "Mange synes, det hjælper at lægge telefonen i et andet rum om natten."
    assert coder.code(text, "Jeg ligger med telefonen til kl. 2.").code == "advice_without_permission"
    assert coder.code(text, "Ja, sig bare, hvad andre gør.").code == "giving_information"
