"""Safety rules, set 23: insults by staff, carers and family in English, and in Danish by "de voksne" or "de ansatte"; a
chokehold in Danish and English; an account emptied by someone else; money borrowed again and again and never paid
back; no reason to go on with life itself. Look-alikes that stay quiet: hair pulled in sport or play, chest pain after
sport, a numb or crooked face after the dentist's anaesthetic, a hug around the neck, an arm or a hand held so one
does not fall or get lost, quitting a class or a team, a scene from an English film."""

import pytest

from forbered.safety import is_crisis, safety_kind

DISCLOSURES = [
    # English insults by staff, carers and family
    ("the support workers call me a fucking retard", "abuse"),
    ("our night staff keep calling my sister ugly and useless", "abuse"),
    ("my key worker told me i'm a waste of space", "abuse"),
    ("staff said he is a disgusting pig", "abuse"),
    ("my stepmum says i'm a good for nothing brat", "abuse"),
    # Danish insults by the adults or the employees at a home or a workplace
    ("de voksne på opholdsstedet kalder mig en dum spasser", "abuse"),
    ("de ansatte siger til mig at jeg er ulækker", "abuse"),
    # a chokehold
    ("min stedfar tog kvelertag på min lillebror", "abuse"),
    ("hun gav ham kvelertag i går aftes", "abuse"),
    ("he grabbed her by the throat and pushed her against the wall", "abuse"),
    ("my ex had his hands around my throat", "abuse"),
    # an account emptied; money borrowed again and again
    ("min svigersøn har tømt min konto", "abuse"),
    ("min kammerat låner hele tiden penge og betaler aldrig noget tilbage", "abuse"),
    # no reason to go on with life
    ("jeg ser ingen mening i at blive ved med at leve", "suicide"),
    ("der er ingen grund til at fortsætte med mit liv", "suicide"),
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosure_is_caught(text, kind):
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text


LOOKALIKES = [
    # hair pulled in sport or play
    "min holdkammerat hev mig i håret under fodboldkampen",
    "i håndbold trak en pige mig i fletningen",
    "min kusine rykkede mig i håret da vi legede",
    # chest pain after sport, told with no second sign
    "jeg fik ondt i brystet efter styrketræning",
    "min søn har haft smerter i brystet siden håndboldkampen i søndags",
    "efter fodbold fik jeg jag i brystet",
    "efter cykelturen havde hun stik i brystet i ti minutter",
    # a face numb after the dentist
    "min læbe hang helt efter bedøvelsen hos tandlægen",
    "hans mundvig hænger lidt efter bedøvelsen hos tandlægen",
    "skæv i munden efter lokalbedøvelsen hos tandlægen",
    # a hug; an arm or a hand held to keep someone safe
    "han holdt mig om halsen og krammede mig længe",
    "bostøtten holdt mig i armen på isen",
    "min søster holder ham i hånden så han ikke løber væk i lufthavnen",
    "hjemmehjælperen tog hende under armen",
    # quitting a class or a team
    "jeg stopper på madholdet, der er ingen grund til at fortsætte",
    "der er ingen grund til at fortsætte nu hvor jeg har fået job",
    "vi dropper håndboldklubben, der er ingen grund til at fortsætte",
    # a scene from an English film
    "we saw a film about a woman who choked her husband",
    # praise, a nickname, a pillow, a judo lock
    "my teacher says i'm not stupid",
    "she grabbed my neck pillow",
    "jeg tog kvelertag på min makker til brydning",
    # emptying one's own or a shared account for a purchase
    "min mand og jeg har tømt vores opsparing til en ny bil",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_is_quiet(text):
    assert not is_crisis(text), text


def test_hair_pulled_in_play_still_counts_when_it_hurts():
    assert is_crisis("min bror hev mig i håret da vi legede og det gjorde så ondt at jeg græd")
    assert is_crisis("træneren trak mig i håret til håndbold")


def test_chest_pain_after_sport_with_a_second_sign_still_counts():
    assert is_crisis("efter fodbold fik far ondt i brystet og ondt i venstre arm")



def _concepts(text: str) -> list[str]:
    from forbered.tagger.safety_concepts import concept_features

    return concept_features(text.split())


def test_calling_is_no_harm_without_a_name_that_hurts():
    pet = _concepts("min mand kalder mig skatter")
    assert "k=HARM" not in pet and "k=INSULT" not in pet
    slur = _concepts("kontaktpersonen kalder mig en klam spasser")
    assert "k=INSULT" in slur and "k=AGENT+INSULT" in slur


def test_held_to_keep_from_falling_is_a_context():
    assert "k=DANGER+STEADY" in _concepts("hun holdt mig i armen så jeg ikke faldt på det glatte fortov")
