"""Safety 25 conventions: despair said flatly, eating disorders told by their purpose, grooming told indirectly, care
that does not come, and the look-alikes (a thing that is a burden, a burden denied, a match lost, a hug)."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

DISCLOSURES = [
    # despair with no word of death
    "livet er slut for mig efter fyringen",
    "for mig er livet forbi nu",
    "der er ikke mere at kæmpe for",
    "jeg har opgivet alting",
    "hun har opgivet sig selv",
    "jeg har ikke noget håb tilbage",
    "min far har mistet alt håb",
    "hvad er meningen med at være til",
    "mit liv føles meningsløst",
    "jeg er træt af alting hvad er pointen",
    "jeg er ligeglad med hvad der sker med mig",
    "jeg gider ikke passe på mig selv mere",
    "theres no point to anything",
    "what's the point of going on",
    "my life is pointless",
    "i have lost all hope",
    # one's own death with the subject first
    "jeg slår mig ihjel",
    "nogle gange tror jeg hun slår sig ihjel",
    # eating disorders told by their purpose
    "jeg spiser kun en banan om dagen for jeg vil ikke være fed",
    "hun brækker sig efter hvert måltid fordi hun synes hun er tyk",
    "jeg kaster op efter jeg har spist så jeg ikke tager på",
    "i throw up after dinner so i dont gain weight",
    # grooming and sexual coercion told indirectly
    "han lover mig et nyt spil hvis jeg sover med ham",
    "naboen giver mig cigaretter hvis jeg ikke fortæller det til mor",
    "han fik mig til at tage trøjen af for at få penge",
    "hun fik mig til at sende billeder",
    "he offered me money if i keep it a secret",
    # nobody comes and the medicine is not given
    "ingen er kommet i dag og min mor har ikke fået sin insulin",
    # someone writing as the citizen, a false profile with one's pictures
    "min kæreste har min adgangskode og skriver til min familie som om det er mig",
    "nogen har oprettet en fake profil med mine billeder",
    # many pills told casually, sleeping and never getting up, deserving to suffer
    "jeg har taget 14 ekstra sovepiller i nat, det var fint nok",
    "jeg vil bare falde i søvn og aldrig vågne",
    "jeg er så dum, jeg fortjener at have ondt",
    # a threat to find one, someone in one's home while one is out, someone close who turns violent
    "min ex skriver at han nok skal finde mig",
    "de finder mig lige meget hvor jeg gemmer mig",
    "min svoger låser sig ind i mit hus når jeg ikke er hjemme",
    "når min mand har drukket bliver han voldelig",
    # forgetting to eat for days
    "han glemmer at spise i flere dage siden ulykken",
    # filmed or watched at night or in secret; not eating to be thin; English self-neglect, neglect and despair
    "om natten står han i haven og filmer mig",
    "naboen tager billeder af mig gennem vinduet",
    "spiser ikke længere, jeg vil være tynd nok",
    "i haven't had any food for three days",
    "the staff leave my dad sitting in the chair all night",
    "i just want everything to end",
    "no one would even notice if i died",
    "far har ikke været ude af sengen i fire dage, ingen ser til ham",
]

NOT_SAFETY = [
    "gælden er en byrde",
    "huslejen er blevet en stor byrde for os",
    "lånet til huset er en byrde",
    "det er en byrde at betale af på bilen",
    "min bror siger jeg aldrig har været en byrde",
    "far siger han ikke synes jeg er til besvær",
    "vi fik tæsk i fodbold",
    "holdet fik bank 1 7 i lørdags",
    "vi tabte igen og fik en røvfuld",
    "min mormor kvæler mig i kys",
    "mit liv er slut hvis de lukker klubben",
    "jeg har opgivet håbet om at vinde",
    "hvad er meningen med det nye skema",
    "jeg har opgivet alt med haven",
    "der er ikke noget at stå op til i weekenden",
    "jeg kan ikke mere med den printer hvad er meningen",
    "jeg spiser kun to måltider om dagen efter aftale med diætisten, for jeg skal tabe mig",
    "jeg kastede op fordi jeg var syg",
    "mormor lover mig kage hvis jeg gør det med støvsugeren",
    "far giver mig 20 kr hvis jeg gør ting i haven",
    "han fik mig til at grine",
    "der er ingen der kommer til min fest",
    "there is no point in going to the party",
    "jeg er ligeglad med hvad der sker med mig i morgen til festen",
    "jeg ser ingen udvej med gælden, vi må sælge bilen",
    "hun har en falsk profil på tiktok med sine egne billeder",
    "jeg tager 12 piller om dagen for mit hjerte",
    "min søster skriver at hun nok skal finde mig ved bussen",
    "naboen går ind i min lejlighed når jeg ikke er hjemme og vander blomster",
    "min lillebror bliver voldsom når vi spiller fodbold",
    "jeg glemmer tit at spise frokost",
    "min mor filmer mig hver dag til træning",
    "jeg spiser ikke kage mere, jeg vil gerne være tyndere",
    "i want the noise to stop",
    "hun har ikke været ude af sengen i tre dage fordi hun har influenza",
    "der er ikke noget at håbe på med vejret",
    "hun lover mig en pizza hvis jeg gør ting for hende i haven",
    "min bror bliver voldsom glad når vi kommer",
    "jeg tog 20 ekstra vitaminpiller ved en fejl",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_disclosure(text):
    assert is_crisis(text), text


@pytest.mark.parametrize("text", NOT_SAFETY)
def test_not_safety(text):
    assert not is_crisis(text), text


@pytest.mark.parametrize("text, kind", [
    ("jeg slår mig ihjel", "suicide"),
    ("hvis jeg siger noget så slår hun mig ihjel", "abuse"),
    ("livet er slut for mig", "suicide"),
    ("han fik mig til at tage tøjet af for at få en øl", "abuse"),
    ("ingen kommer og far har ikke fået sin medicin", "neglect"),
])
def test_kind(text, kind):
    assert safety_kind(text) == kind


@pytest.mark.parametrize("text", [
    "jeg bliver kaldt dum af min kæreste hver dag",
    "hun har min pinkode og jeg må ikke se min konto",
])
def test_kind_without_rule(text):
    # told with no rule of its own, someone doing harm names violence, not Livslinien
    assert safety_kind(text) == "abuse"
