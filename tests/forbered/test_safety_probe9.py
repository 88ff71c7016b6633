"""Safety probe 9: neglect and money taken by carers or family told like ordinary care talk, and coercive control
(safety_rules: the probe 9 blocks of control_patterns and neglect_patterns, _FAILED/_MARK, and the probe 9 idioms).

Neglect pairs a failure of care (nobody comes, carers skip or forget someone, do not help them up or wash them) with
what it did (wet, sores, hungry, a night in the wheelchair, on the floor); either half alone stays quiet. Money: a
carer borrowing from the citizen, a relative who never pays back or denies the loan, money missing whenever someone
has been there, contact withdrawn unless one pays, a card held while the citizen never sees their pay. Look-alikes:
late or rescheduled care, money handled by agreement, idioms ("slå sig selv i hovedet over", "ryggen slår mig
ihjel"), and scenes from films and books. Written fresh for these tests (not the probe lines)."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

NEGLECT = [
    "nattevagten kom aldrig i nat, så min mor sov i lænestolen med tøjet på",
    "hjemmehjælperen sprang min far over i går og han fik ikke noget aftensmad",
    "de glemte at vende ham i weekenden og nu har han liggesår",
    "når jeg trykker på alarmen kommer der ingen, og så har jeg tisset i sengen",
    "personalet har ikke vasket hende i tre uger, hun lugter og har udslæt",
    "der har ikke været nogen hjemmehjælper hos min moster i fire dage",
    "hun ligger i sin egen urin når jeg kommer på besøg",
    "jeg fryser om natten fordi min kontaktperson har skruet ned for radiatoren",
    "han har ikke fået hjælp til at komme i seng de sidste fire aftener",
]

MONEY = [
    "pædagogen har lånt 500 kr af mig og vil ikke betale dem tilbage",
    "min svoger har mit hævekort og jeg får aldrig min løn",
    "min lillebror lånte 8000 af mig og siger nu at han aldrig har lånt noget",
    "der mangler altid sedler i min pung efter min nevø har været her",
    "mit barnebarn ringer ikke mere hvis jeg ikke giver ham penge",
    "min søsters mand fik hende til at skrive lejligheden over i hans navn",
    "min steddatter styrer min netbank og siger jeg er for gammel til at forstå det",
    "en af hjælperne har hugget penge fra min tegnebog",
]

CONTROL = [
    "min samlever har blokeret alle mine veninder på telefonen",
    "han siger han tager hunden fra mig hvis jeg fortæller min mor noget",
    "jeg skal spørge om lov til alting derhjemme, selv om jeg må drikke en kop kaffe",
    "min kæreste slukkede internettet så jeg ikke kunne skrive til min søster",
    "min mand lader mig ikke se mine børnebørn",
]

LOOKALIKES = [
    # care that was late, moved or by choice
    "hjemmeplejen kom en time for sent i morges, men ellers går det fint",
    "de har flyttet min badetid til torsdag",
    "hjemmehjælpen kom ikke i går, men min søn kom og hjalp mig i stedet",
    "jeg sad i kørestolen hele dagen til min nevøs konfirmation",
    "når jeg ringer til lægen kommer der ingen igennem før kl 10",
    "når jeg trykker på klokken kommer de med det samme",
    "jeg fik ikke hjælp til at udfylde ansøgningen, men jeg er ikke sulten efter mere papirarbejde",
    # money by agreement or one's own
    "min søster har min pinkode fordi hun køber ind for mig, det har vi aftalt",
    "min bror lånte 300 kr af mig og betalte dem tilbage i dag",
    "min hjælper bad mig om at give hende 200 kr til indkøb",
    "jeg ved ikke hvor mine penge bliver af, jeg køber for meget tøj",
    "min mor tager penge fra min pung når hun handler for mig",
    "min kontaktperson hjælper mig med at lægge et budget",
    # idioms
    "jeg slår mig selv i hovedet over at jeg glemte hendes fødselsdag",
    "mine knæ slår mig ihjel efter gåturen",
    "migrænen dræber mig i dag",
    "den besked slog mig helt ud af kurs",
    "jeg kunne kvæle ham når han snakker i telefon i bussen, haha",
    # films, books, series
    "i serien låser manden sin kone inde i kælderen",
    "jeg så en film i sidste uge hvor en søn stjal sin mors pension",
    # own choices and other people's pets
    "vi har låst køleskabet for hunden, så den ikke kan få mad",
    "min mand har slukket for varmen i soveværelset fordi han kan lide at sove koldt",
    "jeg skal spørge min chef om lov til at tage fri på fredag",
    "hvis jeg flytter, får min eks børnene hver anden weekend",
]


@pytest.mark.parametrize("text", NEGLECT + MONEY + CONTROL)
def test_probe9_disclosures_are_caught_by_rules(text: str) -> None:
    assert is_crisis(text), text


@pytest.mark.parametrize("text", LOOKALIKES)
def test_probe9_lookalikes_stay_quiet(text: str) -> None:
    assert not is_crisis(text), text


@pytest.mark.parametrize("text", NEGLECT[:5])
def test_probe9_neglect_names_neglect(text: str) -> None:
    assert safety_kind(text) == "neglect", text


@pytest.mark.parametrize("text", MONEY[:4] + CONTROL[:2])
def test_probe9_money_and_control_name_abuse(text: str) -> None:
    assert safety_kind(text) == "abuse", text


def test_probe9_a_failure_or_a_mark_alone_is_not_enough() -> None:
    assert not is_crisis("hjemmeplejen kom ikke i dag fordi jeg var hos min datter")
    assert not is_crisis("jeg har fået sår på hælen af mine nye sko")
    assert is_crisis("hjemmeplejen kom ikke i dag og jeg har fået sår af at ligge i den våde ble")
