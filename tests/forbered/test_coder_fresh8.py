"""Behaviours fixed after a tenth probe of trainee lines: a modal before an invitation ("gider du fortælle …") is an
invitation, a filler before a question ("nå, hvor …") does not hide it, more ways of saying yes to advice, blame for
the past with a modal, moralising with "man", judging the citizen's act, labelling, disagreeing with the citizen's
word, "hvor svært kan det være", a warned consequence, stock praise and exclamations about what the citizen did,
and how a service runs. Examples are fresh (not in the corpus or the probes). Only `test_fresh_trainee_lines` needs
the retrained model (models/coder)."""

from __future__ import annotations

import pytest

from forbered.oars import Coder
from forbered.oars.features import analyse, consent, featurize
from forbered.oars.rules import sentence_form


def fams(text: str) -> set[str]:
    return set(analyse(text).hits)


@pytest.mark.parametrize("text", [
    "gider du fortælle hvordan du fik jobbet",
    "Kunne du beskrive, hvad der gør dig glad?",
    "vil du prøve at forklare det for mig",
    "kan du sige lidt mere om din søster",
    "Ville I fortælle lidt om jeres weekend?",
])
def test_a_modal_before_an_invitation_is_an_invitation(text: str) -> None:
    a = analyse(text)
    assert a.forms == ["invite"]
    assert "invite" in a.hits


@pytest.mark.parametrize("text", ["kan du tage toget selv", "Vil du have et glas vand?", "Kunne du tænke dig at flytte?",
                                  "Kan du sige det til din chef?"])
def test_a_modal_before_another_verb_stays_a_yes_no_question(text: str) -> None:
    assert analyse(text).forms[-1] == "inverted"


@pytest.mark.parametrize(("text", "form"), [
    ("fint har du husket pillerne", "inverted"),
    ("nåh hvad skete der så", "open_qw"),
    ("super hvornår starter du", "fact_qw"),
])
def test_a_filler_before_a_question_does_not_hide_it(text: str, form: str) -> None:
    assert sentence_form(text.split(), False) == form


@pytest.mark.parametrize("text", ["Nå, hvem tog med dig?", "okay, hvordan var turen", "Tak, hvad siger lægen?"])
def test_the_fillers_other_cue_is_dropped_before_a_question(text: str) -> None:
    feats = featurize(analyse(text))
    assert "lead_filler" in feats
    assert "cue=other" not in feats


@pytest.mark.parametrize(("context", "yes"), [
    ("Kør bare på.", True), ("Lad mig høre.", True), ("Skyd løs.", True), ("sig frem", True),
    ("Ja, jeg har været ude i dag.", False), ("nej tak", False),
])
def test_more_ways_of_saying_yes_to_advice(context: str, yes: bool) -> None:
    assert consent(analyse("Du kunne tage en lur.", context)) is yes


@pytest.mark.parametrize(("text", "family"), [
    # blame for the past with a modal
    ("Du skulle have spurgt din kontaktperson først.", "confront"),
    ("det burde du have sagt til mig", "confront"),
    ("Du kunne altså godt have ringet.", "confront"),
    ("Han burde vide bedre.", "confront"),
    # moralising with "man" and adulthood
    ("Sådan snakker man ikke til personalet.", "confront"),
    ("Det siger man altså ikke.", "confront"),
    ("man lyver ikke for sin kæreste", "confront"),
    ("Det hører med til at være voksen.", "confront"),
    ("Det er jeres pligt at møde op.", "confront"),
    # judging the act, labelling
    ("Det var da tåbeligt.", "confront"),
    ("Det er ikke særlig fornuftigt.", "confront"),
    ("Du er jo en løgner.", "confront"),
    # a warned consequence
    ("Kommer du for sent igen, mister du jobbet.", "confront"),
    ("du ved godt hvor det ender", "confront"),
    # disagreeing with the citizen's word
    ("Det mener jeg nu ikke.", "challenge"),
    ("Hmm, det er jeg ikke helt overbevist om.", "challenge"),
    ("Det er ikke det, jeg har fået at vide.", "challenge"),
    ("Hvor besværligt kan det være at ringe?", "rhetq"),
    # stock praise and exclamations about what the citizen did
    ("Mega godt!", "affirm"),
    ("sikke en udvikling", "affirm"),
    ("Sikke en have du har fået lavet.", "affirm"),
    ("Hun er ikke til at stoppe.", "affirm"),
    # how a service runs
    ("Træningen foregår i hallen.", "info"),
    ("Klubben holder til på skolen.", "info"),
])
def test_new_cues(text: str, family: str) -> None:
    assert family in fams(text)


@pytest.mark.parametrize(("text", "family"), [
    ("Du skulle have haft hjælp for længe siden.", "confront"),  # sympathy, not blame
    ("Du burde have fået et brev.", "confront"),
    ("Du kunne have lyst til at flytte.", "confront"),
    ("Det tror jeg ikke, du behøver at bekymre dig om.", "challenge"),  # reassurance
    ("Mister du nogle gange modet?", "confront"),  # a question
    ("Det var ikke så klogt.", "affirm"),  # negated praise
    ("Sikke en regn.", "affirm"),
    ("Hvordan ser en god dag ud for dig?", "other"),  # "god dag" inside a question is not a closing
])
def test_not_these_cues(text: str, family: str) -> None:
    assert family not in fams(text)


# Needs models/coder retrained from the round-8 corpus.
@pytest.mark.parametrize(("context", "text", "code"), [
    ("Jeg mistede mit buskort.", "Du skulle have passet bedre på det.", "confront"),
    ("Jeg kørte over for rødt.", "Det var da åndssvagt gjort.", "confront"),
    ("Min far spiser ikke sin aftensmad.", "han er en pylrehoved", "confront"),
    ("Jeg har det fint med at bo alene.", "det er jeg ikke helt sikker på", "confront"),
    ("Kør bare på.", "Du kunne lave en huskeseddel til køleskabet.", "giving_information"),
    ("Lad mig høre.", "Prøv at lægge telefonen i stuen om natten.", "giving_information"),
    ("Jeg har lært at betale regninger på netbank.", "Sikke et spring du har taget.", "affirmation"),
    ("", "Dagcentret holder til i den gamle skole.", "giving_information"),
])
def test_fresh_trainee_lines(coder: Coder, context: str, text: str, code: str) -> None:
    assert coder.code(text, context).code == code
