"""Cues and features added after a fourth probe of trainee lines, centred on reflections: hedges that mark a
reflection without making it complex, metaphors and images, amplifications, new feelings, a reflected wish for
control; open "hvem"/"hvor" questions; comparison-shaming; reassurance as information; a short thanks before the
real message. Examples are fresh (not in the corpus or the probes)."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse, featurize


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


def form(text: str) -> str:
    return analyse(text).forms[0]


@pytest.mark.parametrize("text", [
    "Hvem er vigtige for dig her i livet?",
    "Hvem kan du ringe til, når natten er lang?",
    "Hvem i din omgangskreds forstår dig bedst?",
    "Hvem betyder noget for dig på bostedet?",
    "Hvor ser du dig selv, når genoptræningen er slut?",
    "Hvor henter du ro i en travl uge?",
])
def test_open_who_and_where_questions(text: str) -> None:
    f = fams(text)
    assert "openwho" in f and "fact" not in f


@pytest.mark.parametrize("text", [
    "Hvem er din tandlæge?",
    "Hvem hjælper dig med indkøb om fredagen?",
    "Hvor bor din bror?",
    "Hvem kommer i morgen?",
])
def test_fact_who_and_where_questions_are_not_open(text: str) -> None:
    assert "openwho" not in fams(text)


@pytest.mark.parametrize("text", [
    "Jeg hører, at weekenderne er lange.",
    "Jeg fornemmer en vis træthed.",
    "Jeg får det indtryk, at du har opgivet lidt.",
    "Det virker som om, du er kommet et godt stykke.",
])
def test_hedges_mark_a_reflection(text: str) -> None:
    assert "hedge" in fams(text)


def test_hedge_is_weighed_with_overlap() -> None:
    same = featurize(analyse("Jeg hører, at du har ondt i ryggen.", "Jeg har ondt i ryggen."))
    new = featurize(analyse("Jeg hører, at du er ved at miste modet.", "Jeg har ondt i ryggen."))
    assert any(f.startswith("cue=hedge&ov") for f in same)
    assert {f for f in same if f.startswith("cue=hedge&ov")} != {f for f in new if f.startswith("cue=hedge&ov")}


@pytest.mark.parametrize("text", [
    "Du er ved at drukne i regninger.",
    "Det er som en lang tunnel for dig.",
    "Kalenderen er blevet et fængsel.",
    "Du tripper på stedet med ansøgningerne.",
    "Og jo mere du venter, jo tungere bliver det.",
    "Det har hobet sig op over vinteren.",
])
def test_metaphors_and_images(text: str) -> None:
    assert "metaphor" in fams(text)


def test_in_place_of_is_not_a_metaphor() -> None:
    assert "metaphor" not in fams("Du kunne tage cyklen i stedet for bussen.")


def test_new_feeling_words_count_as_added_feeling() -> None:
    feats = featurize(analyse("Du havde håbet på mere hjælp.", "Hjemmeplejen kommer kun en gang om ugen."))
    assert "x=feel_new" in feats
    feats = featurize(analyse("Du er skuffet over hjælpen.", "Jeg er skuffet over hjælpen."))
    assert "x=feel_echo" in feats


def test_amplified_words_new_to_the_citizen() -> None:
    feats = featurize(analyse("Ingen på holdet kan lide dig.", "Et par stykker på holdet er lidt kolde."))
    assert "x=amplified" in feats


def test_reflected_wish_for_control_is_a_reflection_cue() -> None:
    assert "cr" in fams("Du vil gerne selv bestemme over dine penge.")
    assert "cr" not in fams("Du bestemmer selv over dine penge.")


@pytest.mark.parametrize("text", [
    "Mange på din alder tager stadig toget alene.",
    "Da jeg var på din alder, havde jeg to job.",
    "Din søster klarer jo sagtens både job og børn.",
    "De fleste ville være glade for sådan en lejlighed.",
    "Alle de andre på værkstedet kommer til tiden.",
    "Det er noget vrøvl, at du ikke kan lave mad.",
    "Du har selv valgt at droppe holdet.",
])
def test_comparison_and_dismissal_are_confront_cues(text: str) -> None:
    assert "confront" in fams(text)


def test_normalising_is_not_comparison_shaming() -> None:
    assert "confront" not in fams("Mange på din alder har det svært med det.")


@pytest.mark.parametrize("text", [
    "Det er ikke noget, du gør forkert. Svimmelheden kommer af blodtrykket.",
    "Du gør ikke noget forkert. Kroppen skal vænne sig til pillerne.",
    "Nej, det er ikke din skyld. Brevet kom for sent.",
])
def test_reassurance_is_information_not_blame(text: str) -> None:
    f = fams(text)
    assert "info" in f and "confront" not in f


def test_if_you_cannot_is_a_condition_not_a_threat() -> None:
    assert "confront" not in fams("Du kan få kørsel, hvis du ikke kan gå derhen.")
    assert "confront" in fams("Hvis du ikke bliver ved med at træne, ender du i kørestol.")


def test_noun_before_preposition_i_is_not_a_question() -> None:
    assert form("Haven i baggården betød meget for dig.") == "statement"
    assert form("Kunne I tænke jer at komme?") == "inverted"
    assert form("Spiser I sammen om aftenen?") == "inverted"


def test_lead_filler_hides_the_other_cue() -> None:
    feats = featurize(analyse("Tak. Et forslag kunne være at gå en tur efter aftensmaden.", "Ja, sig det."))
    assert "lead_filler" in feats and "cue=other" not in feats
    feats = featurize(analyse("Tak.", "Ja, sig det."))
    assert "lead_filler" not in feats and "cue=other" in feats


# The trained coder on fresh lines of each kind (loose enough not to hang on one weight, tight enough to fail
# if a cue family or the corpus lines for it are lost).
@pytest.mark.parametrize(("context", "text", "expected"), [
    ("Jeg har ikke set mine venner i et halvt år.", "Du er ved at miste forbindelsen til dem.", "complex_reflection"),
    ("Jeg tør ikke sige til min chef, at jeg er syg.", "Du er bange for at blive set som doven?", "complex_reflection"),
    ("Min mand bestemmer, hvad vi spiser.", "Du vil gerne selv have noget at skulle have sagt.", "complex_reflection"),
    ("Jeg har ondt i hoften om natten.", "Jeg hører, at hoften gør ondt om natten.", "simple_reflection"),
    ("Jeg har købt et nyt cykellås.", "Du har købt en ny lås.", "simple_reflection"),
    ("", "Hvem er vigtige for dig her i livet?", "open_question"),
    ("", "Hvem er din tandlæge?", "closed_question"),
    ("", "Mange på din alder tager stadig toget alene.", "confront"),
    ("Hvorfor er jeg så svimmel?", "Det er ikke noget, du gør forkert. Svimmelheden kommer af blodtrykket.",
     "giving_information"),
    ("Ja, fortæl bare.", "Fint. En mulighed er at få maden bragt ud to gange om ugen.", "giving_information"),
])
def test_coder_on_fresh_probe4_lines(coder: Coder, context: str, text: str, expected: str) -> None:
    assert coder.code(text, context).code == expected


def test_metaphor_reflections_lean_complex(coder: Coder) -> None:
    lines = [
        ("Jeg kan ikke finde ud af alle de breve fra kommunen.", "Brevene er blevet et bjerg, du ikke kan komme over."),
        ("Jeg arbejder, sover og arbejder igen.", "Ugerne kører i ring for dig."),
        ("Min hund er det eneste, der får mig ud.", "Hunden er din livline."),
    ]
    complex_ = sum(coder.code(t, c).code == "complex_reflection" for c, t in lines)
    assert complex_ >= 2
