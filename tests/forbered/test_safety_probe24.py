"""Safety rules, set 24: a burden, a ruined life or a regretted child told as someone else's words is abuse, not the
speaker's own suicidal thought; pushing into things and savings emptied, in English; a partner's use of the shared
savings with a sign it was not agreed; no reason to be here; a passive wish told as an accident it would not matter to
have; too little food with hunger where one is cared for; food kept back as a punishment; cutting told with "snitte";
fear of a parent who drinks. Look-alikes that stay quiet: a thick skin, dirt after an outing, an enthusiast's "neat
freak", a denied burden, a flat tyre, a shared account used as agreed, staying in by choice, a sport one stops."""

import pytest

from forbered.safety import is_crisis, safety_kind

DISCLOSURES = [
    # someone else's words: abuse, not the suicide answer
    ("min svigerdatter sagde til mig at jeg er en byrde for dem", "abuse"),
    ("my grandson told me i am a burden to the family", "abuse"),
    ("min far siger hele tiden at jeg har ødelagt hans liv", "abuse"),
    ("my dad keeps saying i ruined his life", "abuse"),
    ("the night staff at the home called my dad a filthy pig", "abuse"),
    # English: pushed into things, savings emptied
    ("her boyfriend pushed her down the steps last night", "abuse"),
    ("my brother emptied my bank account while i was in hospital", "abuse"),
    # shared savings with a sign it was not agreed
    ("min kone har brugt hele vores opsparing på spillemaskiner uden at sige det", "abuse"),
    # no reason to be here; an accident it would not matter to have
    ("jeg ser ingen grund til at være her mere", "suicide"),
    ("hvorfor skulle jeg overhovedet blive ved", "suicide"),
    ("nogle gange tænker jeg det ikke ville være så slemt hvis en lastbil ramte mig", "suicide"),
    # care that fails: too little food with hunger, medicine forgotten told with "for", food kept back as a punishment
    ("min mor får for lidt at spise på plejehjemmet, hun er altid sulten når jeg kommer", "neglect"),
    ("han har ik fået sin medicin i tre dage for de glemmer ham", "neglect"),
    ("jeg fik ikke lov til at få aftensmad fordi jeg svarede igen", "neglect"),
    # cutting with "snitte"; fear of a parent who drinks
    ("hun har snittet i sine arme igen", "self_harm"),
    ("når min stedfar er stiv gemmer jeg mig på badeværelset", "abuse"),
    # had enough of life; not eating because one is "for tyk"; a swelling throat after nuts
    ("hun skriver at hun har fået nok af livet", "suicide"),
    ("min datter spiser næsten ikke for hun synes hun er for tyk", "self_harm"),
    ("han fik et bistik og nu hæver hans tunge", "danger"),
    # gifts for a kiss; sedation to keep one quiet
    ("en af de ansatte køber mig energidrik når jeg sidder på hans skød", "abuse"),
    ("personalet giver hende ekstra beroligende så hun holder sig i ro", "abuse"),
    # more ways to tell it
    ("nogle gange vil jeg bare køre ud over kajen", "suicide"),
    ("jeg er bange for at hun gør noget dumt mod sig selv", "self_harm"),
    ("i går fik min lillesøster en flad", "abuse"),
    ("en kunde på lageret griber fat i min numse hver dag", "abuse"),
    ("min onkel kommer ind i bruseren og kigger", "abuse"),
    ("hun har en kniv under hovedpuden fordi naboerne vil ind", "danger"),
    ("de har ikke vendt mor i sengen siden i går", "neglect"),
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosure_is_caught(text, kind):
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text


def test_own_burden_keeps_the_suicide_answer():
    assert safety_kind("jeg føler mig som en byrde for mine børn") == "suicide"
    assert safety_kind("jeg er bare en byrde for min søn") == "suicide"
    assert is_crisis("i'm just a burden to my kids")



def test_english_stalking_and_jumping():
    assert is_crisis("a man has been following me home every day")
    assert is_crisis("lately i keep thinking about jumping")


LOOKALIKES = [
    # a thick skin, dirt after an outing, an enthusiast
    "my boss says i'm thick skinned enough for criticism",
    "the teacher said he was filthy after the football match",
    "my wife says she is a neat freak",
    "my mum says i'm a fitness freak",
    # a burden denied; a lift home
    "hun siger jeg ikke er en byrde for nogen",
    "det ville ikke gøre noget hvis du kørte mig til lægen",
    # a flat tyre
    "jeg fik en flad cykel på vej hjem",
    # staying in by choice
    "jeg har ikke været uden for døren i to uger, jeg gider ikke folk lige nu",
    # a shared account used as agreed
    "min mand tog af vores opsparing til taget, det var vi enige om",
    "min søster tog af vores opsparing til ferien, det havde vi talt om",
    # a sport one stops
    "vi stopper med badminton, der er ingen grund til at fortsætte når hallen lukker",
    # worry, not fear of someone; a sweet before dinner
    "når min mor er vred bliver jeg bange for at jeg har glemt noget",
    "jeg fik ikke lov at spise slik før aftensmaden",
    # a time or a place with no reason to be there
    "der er ingen grund til at være her i weekenden",
    # a life somewhere; a reward for a chore; a diet; a swelling after sport; a push in play; help with the stairs
    "vi har fået nok af livet i lejligheden og vil have hus",
    "min mor giver mig lommepenge når jeg støvsuger",
    "jeg spiser ikke kage for jeg er på kur",
    "min ankel hæver efter håndbold",
    "min fætter puffede mig for sjov i køen til karrusellen",
    "i feel like a burden when i ask for help with shopping",
    "jeg tog mine vitaminpiller i morges",
    "hvorfor skal jeg leve sådan med alt det rod",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_is_quiet(text):
    assert not is_crisis(text), text


def _concepts(text: str) -> list[str]:
    from forbered.tagger.safety_concepts import concept_features

    return concept_features(text.split())


def test_slippery_words_are_a_steadying_context():
    assert "k=BODY+STEADY" in _concepts("min søn holder mig i armen på glatføret")
    assert "k=BODY+STEADY" in _concepts("hun tager mig under armen")


def test_a_person_taken_along_is_no_money_taken():
    assert "k=AGENT>CTRL>SELF" not in _concepts("personalet tager mig med ud at handle")
    assert "k=AGENT>CTRL>SELF" in _concepts("personalet tager mine penge")


def test_a_club_given_up_is_a_context():
    assert "k=NEGLIFE+OUTING" in _concepts("jeg stopper i koret nu")
