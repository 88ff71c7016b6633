"""Context readings of chat spellings that must not change ordinary words, and the identifying-answer rule on a
run of "ja": each case was read wrongly by the readings added for chat forms."""
import pytest

from forbered.tagger import rules
from forbered.tagger.normalize import normalised_words


@pytest.mark.parametrize(("text", "want"), [
    ("min mor og jeg har altid haft det taet", "min mor og jeg har altid haft det tæt"),  # closeness, not "taget"
    ("vi har det taet sammen", "vi har det tæt sammen"),
    ("hun er en sød sjæl", "hun er en sød sjæl"),  # a soul, not the Jutlandic "selv"
    ("han gik med krop og sjæl ind i det", "han gik med krop og sjæl ind i det"),
    ("skal Tor med til mødet", "skal tor med til mødet"),  # the name, not "tør"
    ("kan Tor komme med", "kan tor komme med"),
])
def test_ordinary_words_and_names_stay(text: str, want: str) -> None:
    assert " ".join(normalised_words(text)) == want


@pytest.mark.parametrize(("text", "want"), [
    ("det har jeg taet", "det har jeg taget"),
    ("jeg har taet bussen selv", "jeg har taget bussen selv"),
    ("æ ka it sjæl", "jeg kan ikke selv"),
    ("jeg tor ikke ringe", "jeg tør ikke ringe"),
])
def test_the_chat_forms_are_still_read(text: str, want: str) -> None:
    assert " ".join(normalised_words(text)) == want


def test_identifying_answer_takes_a_few_yeses_and_not_a_run() -> None:
    assert rules.identifying_answer("ja ja det er det med lageret")
    assert rules.identifying_answer("jep ok det er den på vesterbro")
    # a run of yeses is no answer naming a place; the rule looks at most four lead words (it used to try every split)
    assert not rules.identifying_answer("ja " * 12 + "det er det med lageret")
