"""Safety probe 11: chat and spoken verb forms ("tar", "ta'r", "gi'r", "sir", "bli'r"), leave asked of a partner
without a ban, a third person's ban decided by her or his partner, bans named with "uden han ved …", threats with a
condition on telling or leaving, violence against a relative, part of the pay taken, a code demanded and the money
gone, shaking, fear of what a partner will do, cutting told without an object, a whole container with pills named
in the context, all the pills told with the subject after the verb, and sexual abuse told in the passive
(safety_rules: SPOKEN_VERBS, standard_verbs, PROBE11_ABUSE, PROBE11_SELF_HARM, PROBE11_EXCEPTIONS).

Look-alikes: the same verb forms in ordinary talk, accidents told after the hurt, itching skin, hair being brushed,
leave asked of a parent, a boss or a caseworker, drinks and sweets by the glass, games and swings, worry about a
relative's health. Written fresh for these tests (not the probe lines or the staged training lines)."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind
from forbered.tagger.safety_rules import SPOKEN_VERBS, standard_verbs

SPOKEN = [
    "min nevø ta'r altid mine kontanter når han er på besøg",
    "hun tar min løn og siger jeg ikke kan styre penge",
    "min eks ta'r min mobil når jeg skal ringe til min mor",
    "han gi'r mig ik lov at gå ud med mine kolleger",
    "min mand sir han smider mig ud hvis jeg snakker med min søster",
    "hun la ham sidde i en våd ble hele dagen",
    "min bror sku ha hele min løn",
    "han klemte mig om håndleddet så det gjorde ondt",
]

LEAVE = [
    "jeg skal spørge min samlever om lov hvis jeg vil i svømmehallen",
    "hun skal altid spørge sin kæreste om lov før hun tager ud",
    "jeg skal have lov af ham til at købe tøj",
    "min datter må ikke ses med sine veninder uden sin kærestes tilladelse",
    "jeg må ikke tage hjemmefra uden at han har sagt ja",
    "min kusine må ikke have sin egen telefon for hendes mand",
]

THREATS = [
    "han har sagt at han slår mig ihjel hvis jeg fortæller det til nogen",
    "min kæreste truer med at smadre min lejlighed hvis jeg går fra ham",
    "hvis jeg ringer til politiet så vil han gøre mig noget",
]

VIOLENCE = [
    "min onkel banker min fætter når han har drukket",
    "min stedmor sparker til min lillesøster",
    "hun ruskede mig hårdt og skreg",
    "jeg er bange for at min eks gør mig fortræd",
    "skåret igen i nat, undskyld",
    "jeg blev befamlet af en nabo som barn",
]

MONEY = [
    "min kæreste tager det meste af min førtidspension",
    "manden krævede min pinkode og nu er pengene væk",
]

SLANG = [
    # suicidal thoughts in young adults' slang and indirect wording
    "har mest lyst til at slette mig selv",
    "kan ik se nogen anden udvej end det",
    "vil bare langt væk fra det hele for evigt",
    "overvejer at sluge alle mine sovepiller i aften",
    # a death threat without a condition, a grip round the throat
    "min samlever sagde han slår mig ihjel",
    "hun greb fat om halsen på mig i går",
]

INDIRECT = [
    # a threat with the condition first; vague sexual abuse; control of whom one sees; an ID used for a loan; a burden
    "hvis hun flytter, så slår han hende",
    "min onkel lister sig ind på badeværelset mens jeg er i bad",
    "han presser min lillesøster til at sende nudes",
    "hun styrer hvad jeg køber og hvem jeg må ses med",
    "min nevø har brugt mit mitid til at optage et kviklån",
    "føler jeg bare er en byrde for alle omkring mig",
    # Jutlandic "a" and "itt"; at the end and wanting away; made to watch pornography
    "a orker itt at lev længer",
    "ka ik mer, vil helst bare dø",
    "min stedfar fik min lillebror til at se porno",
]

OVERDOSE = [
    "min medicin stod fremme og i nat tog jeg hele glasset",
    "jeg har haft en god dag i praktik og spist med min bror, men så slugte jeg alle mine nervepiller i aftes da jeg kom hjem",
]

LOOKALIKES = [
    # chat verb forms in ordinary talk
    "han ta'r sig af min hund når jeg er indlagt",
    "min søster tar mig med til koncert",
    "hun gi'r kaffe når vi kommer",
    "han sir at mødet er flyttet",
    # accidents, itching, hair
    "min bror slog sig da han væltede på knallerten",
    "jeg kradser mig fordi mine myggestik klør",
    "frisøren hev mig lidt i håret, men det gik",
    # leave asked of a parent, a boss or a caseworker; leave given by the speaker
    "jeg skal spørge min far om lov til at låne hans værktøj",
    "jeg skal spørge min leder om lov til at holde fri",
    "min datter skal spørge mig om lov før hun låner bilen",
    "min søster må ikke køre bil efter sin hjerneskade",
    # drinks, food and cooking; games and swings
    "jeg tog hele glasset med juice til morgenmad",
    "vi har skåret igen i dag til suppen",
    "min far slår min lillebror i ludo",
    "min mor skubber min søn på gyngen",
    # worry about a relative's health; a threat about an errand
    "jeg er bange for min kæreste, han er syg og skal opereres",
    "han siger han går hjem hvis jeg ikke gider spille",
    # waking late; deleting oneself from an app; no way out of a debt; moving away; pills as planned
    "vil bare sove og ikke vågne før klokken elleve på søndag",
    "jeg har slettet mig selv fra gruppen på messenger",
    "jeg kan ikke se nogen udvej på min boligsag",
    "jeg vil gerne flytte langt væk for altid",
    "jeg skal huske at tage alle mine piller i morgen tidlig",
    "min bror siger han slår mig ihjel i skak",
    # "før" folds to "for": a time, not who decides; a key not yet; a carer in the bathroom
    "min datter må ikke tage hjemmefra før hendes kæreste er kommet hjem med bilen",
    "jeg må ikke få min egen nøgle før jeg har været her en uge",
    "min far kommer ind på badeværelset mens jeg er i bad for at hjælpe mig op",
    "hvis jeg flytter, så hjælper han mig med at bære",
    # Jutlandic in ordinary talk; a card for the shopping by agreement; nobody noticing a late arrival
    "a vil itt ha kaffe i dag",
    "min søn tager mit dankort og køber ind for mig, det har vi aftalt",
    "ingen vil opdage det hvis jeg kommer lidt for sent",
    "jeg kan ikke mere i dag, vil bare hjem og sove",
]


@pytest.mark.parametrize("text", SPOKEN + LEAVE + THREATS + VIOLENCE + MONEY + OVERDOSE + SLANG + INDIRECT)
def test_probe11_disclosures_are_caught(text: str) -> None:
    assert is_crisis(text)


@pytest.mark.parametrize("text", LOOKALIKES)
def test_probe11_lookalikes_stay_quiet(text: str) -> None:
    assert not is_crisis(text)


@pytest.mark.parametrize("text", SPOKEN + LEAVE + THREATS + MONEY)
def test_probe11_control_threats_and_money_name_abuse(text: str) -> None:
    assert safety_kind(text) == "abuse"


@pytest.mark.parametrize("text", OVERDOSE + ["skåret igen i nat, undskyld"])
def test_probe11_overdose_and_cutting_name_self_harm(text: str) -> None:
    assert safety_kind(text) == "self_harm"


def test_probe11_spoken_verbs_keep_word_positions() -> None:
    text = "min bror ta'r mit kort og gi'r mig ik noget"
    assert standard_verbs(text) == "min bror tager mit kort og giver mig ik noget"
    assert len(standard_verbs(text).split()) == len(text.split())
    assert all(" " not in k and " " not in v for k, v in SPOKEN_VERBS.items())
    assert standard_verbs("hun la mig ligge", 1) == "hun lod mig ligge"
    # "lå" (lay) is not "la" (let): the table works on unfolded words
    assert standard_verbs("jeg lå i sengen") == "jeg lå i sengen"
