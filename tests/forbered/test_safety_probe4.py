"""Safety probe 4: financial abuse, indirect sexual abuse, staff force and restraint, partner violence
told as a story, starving or refusing medicine, falls and acute illness, children in danger, online
extortion and grooming, means with hopelessness, past attempts, relatives' reports, typos and mixed
English. Every disclosure must hit the rules; each group's look-alikes share its words and must stay
quiet. Written fresh for these tests (not the probe lines)."""

from __future__ import annotations

import pytest

from forbered.tagger.features import analyse
from forbered.tagger.rules import safety_hit

DISCLOSURES = {
    "financial": [
        "min svigersøn hæver penge på mit visakort uden at spørge",
        "der mangler igen kontanter i min pengepung efter vikaren var her",
        "min barnebarn har min pinkode og nu er kontoen tømt",
        "når jeg får min førtidspension står min fætter og kræver den hele",
        "min kæreste bruger min løn på spil og jeg har ikke råd til mad",
        "min bror har sat sig på min økonomi og jeg får ikke lov at købe tøj",
        "han lånte 5000 og siger nu at jeg har foræret ham dem",
        "personalet stjæler fra mig, mine smykker er forsvundet",
        "min onkel siger at mine penge er hans penge",
        "hvis jeg ikke overfører 1000 kr, så fortæller han alle mine hemmeligheder",
        "min datter vil have mig til at skrive under på huset, ellers besøger hun mig ikke mere",
        "min søster har lånt mit dankort i månedsvis og jeg ved ikke hvor mange penge der er tilbage",
    ],
    "sexual": [
        "min stedbror stikker hånden op under min bluse når mor er ude",
        "han lagde sig ind til mig under dynen og jeg kunne ikke komme væk",
        "der er en beboer som tager sine bukser ned foran mig",
        "da jeg var barn gjorde min morbror ting ved mig som gjorde ondt",
        "han kyssede og rørte mig selvom jeg sagde stop",
        "jeg vågnede nøgen hos en fyr fra festen og husker ingenting",
        "han rev tøjet af mig i opgangen",
        "hjælperen kigger på mig mens jeg klæder om og griner",
        "han siger at jeg skylder ham sex fordi han gav mig en telefon",
        "min nabo siger at jeg ikke må fortælle det til min far",
    ],
    "staff_force": [
        "de bandt mig fast i sengen i nat",
        "nattevagten greb mig hårdt om håndleddet så det blev blåt",
        "personalet har gemt min rollator så jeg ikke kan gå ud",
        "hun proppede maden ned i halsen på mig",
        "pædagogen siger at hvis jeg fortæller det, så bliver jeg straffet",
        "de giver mig ekstra beroligende så jeg er stille hele dagen",
        "de lod mig sidde på toilettet i timevis",
        "han pressede mig op mod væggen og holdt mig",
        "min søn bliver fastholdt af personalet flere gange om ugen",
        "han tog mig om halsen da jeg ikke ville",
    ],
    "partner": [
        "han blev vred igen i aftes og så ja du ved",
        "hun smed en kop efter mig da hun var fuld",
        "når han er fuld går det ud over mig",
        "jeg fik en på kassen fordi maden var kold",
        "jeg har en flækket læbe men jeg siger ingenting",
        "jeg sagde på skadestuen at jeg var faldet, men det var min mand",
        "han stillede sig foran hoveddøren så jeg ikke kunne komme ud",
        "han har slået før og i går gjorde han det igen",
        "han smed mig ud i sneen uden sko",
    ],
    "starving_meds": [
        "jeg sulter mig selv for at få det til at stoppe",
        "jeg stikker to fingre i halsen efter aftensmaden",
        "jeg fortjener ikke at spise",
        "jeg spytter mine piller ud så det kan ende hurtigere",
        "mor nægter at tage sin medicin og siger hun vil dø",
        "far har ikke rørt maden i fire dage",
    ],
    "falls_acute": [
        "jeg er gledet i badet og kan ikke komme op",
        "jeg sidder fast i lænestolen og har ikke fået vand siden i går",
        "jeg har ligget på stuegulvet i flere timer",
        "min mand er væltet i haven og jeg er alene",
        "der lækker gas fra komfuret",
        "der står flammer op fra sofaen",
        "tungen hæver og jeg kan næsten ikke få luft",
        "min mor har fået et ildebefindende i bussen",
        "jeg sveder koldt og har ondt i brystet",
        "min lillesøster har drukket afløbsrens",
        "blodet fosser ud af armen",
        "min far har ikke åbnet døren i tre dage",
        "min mand med demens er gået ud og vi kan ikke finde ham",
    ],
    "children": [
        "min eks har drukket og vil køre børnene til fodbold",
        "hun kører rundt med ungerne selvom hun er skæv",
        "han efterlader babyen alene når han går i byen",
        "min far er så stiv at han ikke kan passe min lillebror",
    ],
    "online": [
        "han truer med at dele videoen med min klasse",
        "de sender billederne til mine forældre hvis jeg ikke betaler",
        "en voksen mand sender mig gaver og vil have billeder",
        "en fyr på 40 skriver til mig hver nat og vil mødes",
        "han vil have jeg tænder kameraet og tager trøjen af",
        "hun vil mødes med mig i al hemmelighed",
    ],
    "means_past": [
        "jeg har geværet fremme og alt er håbløst",
        "der er ingen vej ud, jeg har pillerne her",
        "jeg sidder i garagen i bilen med motoren tændt",
        "sidste gang jeg prøvede fandt de mig i tide",
        "jeg har to forsøg bag mig",
        "jeg blev pumpet ud sidste sommer",
        "jeg prøvede før med sovepiller",
        "jeg hoppede i havnen fordi jeg ikke ville leve",
    ],
    "relative_typo_mixed": [
        "min datter har nye sår på armene hver uge",
        "jeg har fundet blodige servietter i min søns værelse",
        "min søn er bange for sin træner og vil ikke sige hvorfor",
        "min bror skrev en besked om at vi ikke må være kede af det",
        "min far har givet sine ting væk",
        "han banka mig igen",
        "jeg har skoret i mig selv",
        "jeg har tænkt på selfmord længe",
        "jeg ka ik klar mer",
        "my boyfriend forcede mig til sex",
        "jeg er being hit derhjemme",
    ],
}

LOOK_ALIKES = {
    "financial": [
        "min svigersøn hjælper mig med at hæve penge i automaten",
        "hæveautomaten tog mit kort i går",
        "mine penge er væk, jeg har brugt dem på ferien",
        "jeg har tømt min konto for at købe en cykel",
        "når jeg får pension, tager jeg min bror med i biografen",
        "min kæreste og jeg deler mine penge og hans penge i et budget",
    ],
    "sexual": [
        "min kat lagde sig ind til mig under dynen",
        "jeg vågnede og min hund lå i min seng",
        "hjælperen vasker mig hver morgen og det er rart",
        "min mor må ikke vide det, det er en overraskelse",
        "vi har et hemmeligt kodeord til vores klub",
    ],
    "staff_force": [
        "de spænder mig fast i bussen med en sele",
        "hjælperen holder mig i armen når vi går",
        "kommunen har taget min kørestol til reparation",
        "de satte mig i et stille rum fordi jeg bad om det",
        "han tog mig om livet og vi dansede",
    ],
    "partner": [
        "han blev vred igen over fodbolden, men så lo vi",
        "han kastede bolden efter mig",
        "jeg fik et blåt øje til håndbold",
        "jeg kunne slå mig selv i hovedet over den fejl",
        "hun skubbede til mig for sjov da vi legede",
    ],
    "starving_meds": [
        "jeg spiser ikke kød",
        "jeg tager ikke hovedpinepiller mere, det går fint uden",
        "jeg er holdt op med at tage sukker i kaffen",
        "jeg fortjener en pause",
    ],
    "falls_acute": [
        "jeg faldt på isen sidste år men har det godt nu",
        "jeg er faldet i søvn på sofaen",
        "min hund ligger på gulvet og sover",
        "jeg kan ikke få luft i dækket",
        "det var lige før jeg besvimede af grin",
        "der er ild i pejsen",
        "ovnen ryger lidt når jeg bager",
    ],
    "children": [
        "vi kører til stranden med børnene",
        "min kæreste drak en øl, så jeg kørte os hjem med børnene",
        "babyen sover alene i sin vugge",
    ],
    "online": [
        "jeg sender billeder af min hund til min mor",
        "en voksen mand fra kirken holder foredrag",
        "jeg tænder kameraet til onlinemødet",
    ],
    "means_past": [
        "jeg har lagt pillerne frem i dosisæsken",
        "der er ingen vej ud af labyrinten i spillet",
        "sidste gang jeg prøvede at bage, brændte kagen på",
        "mit forsøg på at lære at strikke gik skidt",
        "jeg står på broen og ser på solnedgangen",
    ],
    "relative_typo_mixed": [
        "min bror har sagt farvel til os og er rejst til Spanien",
        "min datter blev kradset af katten",
        "min far har givet sine gamle bøger væk fordi han flytter",
        "han hit me up i går",
        "jeg overdosed på kaffe i dag",
        "han bankede på døren",
        "vi så en film om en mand der tog sit eget liv",
    ],
}


@pytest.mark.parametrize("text", [t for group in DISCLOSURES.values() for t in group])
def test_disclosure_hits(text: str) -> None:
    assert safety_hit(analyse(text).norm), text


@pytest.mark.parametrize("text", [t for group in LOOK_ALIKES.values() for t in group])
def test_look_alike_quiet(text: str) -> None:
    m = safety_hit(analyse(text).norm)
    assert m is None, (text, m.group())


def test_every_group_has_look_alikes() -> None:
    assert set(DISCLOSURES) == set(LOOK_ALIKES)
