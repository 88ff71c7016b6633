"""Safety probe 8: controlling, financial abuse and neglect by structure (safety_rules.control_patterns and the probe 8
block of neglect_patterns). Control: an agent (partner, family, staff, "venner"), a controlling act on the citizen or
the citizen's things (friends forbidden, phone or keys taken, locked in, watched, humiliated, threatened on a
condition) and a sign that it is control. Money: someone uses, draws, moves or governs the citizen's money with a sign
(without asking, none left, a code they use when they like, a loan or signature forced). Neglect: care that did not
come with a sign that it failed. Each group's look-alikes share the words and must stay quiet: a værge or bostøtte
by agreement, "som aftalt", parents' time-limited rules, budgets, one's own spending, ordinary teasing "for sjov".
Written fresh for these tests (not the probe lines)."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis

DISCLOSURES = {
    "isolation": [
        "min mand siger at jeg ikke må ringe til min søster mere",
        "hun får ikke lov til at besøge sine børnebørn af sin nye mand",
        "jeg må ikke gå hen til købmanden uden min kæreste",
        "skal spørge min kone om lov til alt, også at ringe",
    ],
    "things_taken": [
        "han gemmer min mobil så jeg ikke kan skrive til nogen",
        "min far tog min rollator og jeg kan ikke komme ud af stuen",
        "personalet tager min ipad som straf når jeg larmer",
        "de låste hoveddøren så hun ikke kunne gå hjem",
    ],
    "watching_threats": [
        "min kæreste læser mine sms'er hver aften og skal vide hvor jeg var",
        "han bliver rasende hvis jeg snakker med andre mænd, siger min kæreste",
        "hvis jeg fortæller det til nogen så smider han mig ud, siger min bror",
        "min svigersøn truer med at jeg aldrig får lov at se barnebarnet",
        "jeg tør ikke sige nej til ham for så låser han mig ude",
        "hvis hun går fra ham får hun aldrig sine ting igen",
    ],
    "humiliation": [
        "pædagogen kalder mig idiot foran de andre beboere",
        "de griner af hende hver dag på værkstedet og kalder hende mongol",
        "min mand siger ingen andre vil have mig",
    ],
    "money": [
        "min nevø tager af min pension hver måned uden at spørge",
        "hun har min pinkode og hæver når hun vil",
        "min kæreste tvang mig til at tage et kviklån",
        "min søn fik mig til at skrive under på at han overtager lejligheden",
        "han har oprettet et mobilabonnement i mit navn",
        "jeg får kun 150 kr om ugen fra min mand",
        "min datter styrer min netbank og siger jeg ikke kan finde ud af det",
        "min kone har flyttet mine sparepenge over på sin egen konto",
        "vi har opdaget at hans fætter har hævet hans boligstøtte",
        "min bror har solgt mine smykker uden at spørge",
    ],
    "neglect": [
        "mor lå på gulvet hele natten fordi nattevagten ikke kom",
        "han har ventet på hjælp siden i morges og har tisset i sengen",
        "ingen har hjulpet min far i bad i tre uger og han lugter",
        "personalet har glemt hans astmamedicin flere gange og han fik et anfald",
        "hjemmeplejen har ikke været hos hende i to dage",
        "de har skruet ned for varmen hos min mor og hun fryser",
        "the carers haven't come for two days and she is hungry",
    ],
}

LOOKALIKES = {
    "agreement": [
        "min værge styrer min netbank, og det er godt for mig",
        "bostøtten har min kode fordi jeg bad hende om det",
        "pædagogen låser min dør om natten, det har vi aftalt",
        "min søster har mine nøgler så hun kan hjælpe mig hvis jeg låser mig ude, det har vi aftalt",
    ],
    "rules_and_time": [
        "jeg må ikke se mine venner i aften fordi vi skal til fødselsdag",
        "vi må ikke have venner på besøg efter kl 22 på bostedet",
        "jeg må ikke besøge min mor på hospitalet fordi hun er smittet",
        "jeg må ikke spise slik om aftenen for min diætist",
    ],
    "money_talk": [
        "jeg har brugt hele min løn på en ny telefon",
        "min mand og jeg har fælles økonomi og han betaler regningerne",
        "min far hjalp mig med at tage et lån i mit navn til bilen",
        "jeg får kun 200 kr tilbage i skat i år",
        "min søn lånte 500 kr og betalte dem tilbage",
    ],
    "ordinary": [
        "min bror kalder mig idiot for sjov, det er vores humor",
        "min kæreste tjekker om min telefon er opladet inden vi går",
        "han tog min telefon ved en fejl og gav den tilbage",
        "jeg lå i sengen hele dagen fordi jeg var syg",
        "jeg sad alene hele aftenen fordi min ven ikke kom",
        "hjemmeplejen kommer morgen og aften og hjælper mig i bad",
        "jeg glemmer tit mine piller og bliver lidt svimmel",
    ],
}


def _cases(groups):
    return [(g, t) for g, texts in groups.items() for t in texts]


@pytest.mark.parametrize("group, text", _cases(DISCLOSURES))
def test_disclosure_is_caught_by_the_rules(group, text):
    assert is_crisis(text), f"{group}: {text}"


@pytest.mark.parametrize("group, text", _cases(LOOKALIKES))
def test_lookalike_stays_quiet(group, text):
    assert not is_crisis(text), f"{group}: {text}"
