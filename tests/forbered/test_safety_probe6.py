"""Safety probe 6: rule structures rather than sentences. Missing care together with a sign that it failed (hungry or
thirsty, nobody coming, an empty fridge, the carers' own excuse "de har ikke tid", a wound left to smell); food withheld
as a punishment or a condition; restraint to a chair or bed; a wish never to have been born; "my life is over" said
flatly; pills hidden where no one looks or taken on top of drink; cutting told without an object; marks on a
relative's arms; someone hitting, smothering, dragging or selling the citizen; hiding from a drunk parent; a means
emoji standing for the verb ("🔪 mig selv"). Each group's look-alikes share its words and must stay quiet: being
hungry or busy, a seat belt, hidden presents, a drink with friends, cooking, games, crowds, dying old, a programme
about a hard subject, one's own accident. Written fresh for these tests (not the probe lines)."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis

DISCLOSURES = {
    "neglect_sign": [
        "ingen har givet ham noget at spise i dag og han er sulten og ked af det",
        "der kom ikke nogen med middag og hun var helt udhungret",
        "hjemmeplejen kom aldrig i weekenden og jeg har ikke spist siden fredag",
        "køleskabet er tomt og ingen kommer, jeg har ikke fået mad i to dage",
        "far får kun bad en gang om måneden fordi personalet siger de har for travlt",
        "hun ligger i sengen hele dagen fordi de siger der ikke er folk nok til at få hende op",
        "de giver hende ikke noget at drikke om aftenen og hun er tørstig og forvirret",
        "hans forbinding er ikke blevet skiftet i en uge og det lugter",
        "vi har ikke haft varme i fire dage og mor fryser",
        "mor har været væk i tre dage og jeg er alene med min lillebror",
    ],
    "food_withheld": [
        "personalet tager min aftensmad fra mig som straf",
        "han får ingen mad fordi han var uartig, siger de",
        "jeg fik ikke noget at spise hele weekenden fordi pædagogen var sur",
        "jeg blev låst inde på værelset uden mad",
        "jeg må ikke spise aftensmad medmindre jeg har vasket tøj",
    ],
    "restraint_and_force": [
        "de spænder min søster fast i stolen når hun larmer",
        "nattevagten bandt far fast til sengen",
        "hun slæbte mig i håret hen ad gulvet",
        "han har smækket mit hoved ind i væggen",
        "han lagde puden over mit ansigt så jeg ikke kunne få luft",
        "jeg har blå mærker fordi en på bostedet slår",
        "hun har fået mange slag af sin kæreste",
        "han sælger hende til sine venner",
        "min kæreste tvang mig til at ryge hash",
        "vi gemmer os på værelset når far er fuld",
        "min eks kommer ind i lejligheden når jeg sover",
        "jeg skal overføre min pension til min bror ellers smider han mig ud",
    ],
    "wish_not_to_be": [
        "gid jeg aldrig var blevet født",
        "jeg ville ønske jeg aldrig var kommet til verden",
        "mit liv er forbi",
        "det ville være nemmere for familien hvis jeg ikke fandtes",
        "der er ingen grund til at jeg er her overhovedet",
        "jeg synes bare jeg burde forsvinde",
        "jeg glæder mig til at dø",
        "det bliver sidste gang I ser mig",
        "my grandad is looking forward to dying",
    ],
    "means_and_self_harm": [
        "jeg har gemt sovepillerne under madrassen",
        "hun skjuler tabletter i en strømpe så ingen finder dem",
        "jeg købte fire pakker pamol og har gemt dem",
        "jeg drak vin og tog sovepiller oven i",
        "jeg drikker til jeg besvimer",
        "han drikker og tager piller til han går kold",
        "jeg har ar på armene fordi jeg skærer",
        "hun skærer stadig",
        "jeg har set hendes arme, der er snit over det hele",
        "han holdt kniven mod halsen",
    ],
    "english": [
        "they strap my mum to the chair at night",
        "she won't give me food and i am so hungry",
    ],
}

LOOKALIKES = {
    "neglect_sign": [
        "jeg har ikke spist morgenmad fordi jeg ikke var sulten",
        "ingen har lavet mad til mig i dag, men jeg er ikke sulten",
        "der kom ingen med kage til mødet men jeg var ikke sulten",
        "hjemmeplejen har travlt så de kommer lidt senere med medicinen",
        "de har travlt med at få mig klar til mødet",
        "der er ikke folk nok til at tage mig med på tur i dag",
        "såret er ikke blevet skiftet endnu, det gør de i morgen",
        "vi har ikke haft vand i to timer fordi de gravede vejen op",
        "mor har været væk i to dage på kursus og far passer os",
    ],
    "food_withheld": [
        "jeg fik ikke slik fordi jeg var fræk",
        "hun får ikke dessert hvis hun er sur",
        "jeg må ikke få mad hvis jeg skal bedøves",
        "jeg måtte gå uden morgenmad fordi jeg skulle have taget blodprøve",
    ],
    "restraint_and_force": [
        "han bliver spændt fast i flextrafikken med en sele",
        "vi binder båden fast til broen",
        "hun trak mig i armen for at vise mig noget",
        "jeg slog mit hoved mod skabslågen",
        "han solgte mig sin gamle cykel",
        "jeg gemmer mig for min bror når vi leger",
        "min søster slår mig hver gang vi spiller uno",
        "min kollega truede med at slå mig i dart",
        "nogen skubbede til mig i bussen men de sagde undskyld",
        "jeg fik en albue i siden til koncerten",
        "de smed mig ud af butikken fordi hunden var med",
        "jeg har slået mig på bordkanten",
        "jeg sagde jeg ville slå ham ihjel hvis han tog min oplader, men det var sjov",
    ],
    "wish_not_to_be": [
        "mit liv er slut hvis de lukker min klub",
        "jeg er født i Odense",
        "det er nemmere hvis jeg var væk på mandag",
        "jeg skal bare forsvinde et øjeblik på toilettet",
        "der er ingen grund til at jeg er her i dag",
        "jeg vil gerne dø som en gammel mand i mit eget hus",
        "jeg er træt af at leve af kontanthjælp",
        "jeg vil ikke leve sådan her mere med så meget rod",
        "jeg så et program om selvmord i tv",
        "jeg er ikke suicidal, jeg er bare træt af kommunen",
    ],
    "means_and_self_harm": [
        "jeg gemmer mine piller i dosisæsken",
        "jeg har gemt julegaverne under sengen så ingen finder dem",
        "vi drak et par øl og så en film",
        "jeg har et ar på maven fordi jeg blev opereret",
        "hun skærer stadig selv sine negle",
        "jeg skærer tit når vi laver mad",
        "min søn har streger på armene fra tusch",
        "jeg skærer brødet med kniven på skærebrættet",
        "jeg kan ikke få luft i min cykel",
        "jeg har problemer med at trække vejret når jeg løber",
        "jeg fik en lussing af bølgen",
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


@pytest.mark.parametrize("text, expected", [
    ("🔪 mig selv igen", True),
    ("🪒 i mig selv i nat", True),
    ("🪒 barberer mig selv", False),
    ("jeg lavede en 🔪 til mig selv i sløjd", False),
    ("💊 mig selv", False),
])
def test_means_emoji_as_the_verb(text, expected):
    assert is_crisis(text) is expected
