"""Safety probe 5: disclosures in the many voices real people use: two-word messages, subordinate and
inverted word order ("at jeg ikke gider vågne", "så tager jeg alle mine piller"), questions ("er det normalt
at han slår?"), denial-shaped and conditional lines, learner Danish and typos, relatives' reports, old-fashioned
wishes to be fetched, acute danger told in telegraphic style; and the emoji signal on the raw text.
Each group's look-alikes share its words and must stay quiet. Written fresh for these tests (not the probe lines)."""

from __future__ import annotations

import pytest

from forbered.tagger.features import analyse
from forbered.tagger.rules import safety_hit
from forbered.tagger.safety_rules import emoji_hit

DISCLOSURES = {
    "short_and_word_order": [
        "vil ik mer",
        "jeg orker ikke mere",
        "ønsker ikke at vågne op igen",
        "hun siger at hun ikke gider vågne op mere",
        "jeg er færdig med at leve",
        "det er så tungt at være i live",
        "jeg har ingen lyst til at være i live mere",
        "mit liv har ingen mening længere",
        "jeg fantaserer om at være død",
        "hvis min kone dør, vil jeg heller ikke leve",
        "jeg gider ikke være mere",
        "hvorfor skal jeg overhovedet være her",
        "jeg lover ikke at gøre noget dumt men jeg har tænkt på det",
        "bare rolig, jeg skal ikke gøre det, men jeg har gemt tabletterne",
        "jeg tror ikke jeg skal være her særlig længe",
        "jeg ved ikke om jeg orker at leve",
        "hvis hun går fra mig, så hopper jeg ud foran et tog",
        "i morgen hænger jeg mig",
        "så tager jeg hele glasset med piller",
        "min mor sagde at hun håber hun dør snart",
        "jeg kan ikke se nogen grund til at blive ved",
        "det havde været bedre hvis jeg ikke havde overlevet ulykken",
        "ikke nogen ville savne mig hvis jeg var død",
        "jeg magter ikke mere af det her liv",
        "ingen grund til at kæmpe og leve videre",
        "hvorfor skal jeg blive ved med at leve",
        "jeg tror ikke at jeg er her til jul",
        "så gør jeg det af med mig",
    ],
    "passive_old": [
        "det ville være rart bare at sove ind og ikke vågne",
        "jeg har lyst til bare at slippe for det hele",
        "hver nat beder jeg om at få lov at dø",
        "gid vorherre snart vil hente mig",
        "jeg vil gerne gå bort nu",
        "jeg er en belastning for mine børn",
        "min far siger han bare er en klods om benet",
        "jeg vil bare lægge mig ned og dø",
        "der er intet at stå op til",
        "jeg ville ønske det hele snart var forbi",
        "jeg magter ikke at trække vejret længere",
        "jeg fortjener ikke at være her",
        "jeg længes efter ro for evigt",
        "jeg vil væk for evigt",
        "jeg venter bare på at døden henter mig",
        "det var bedre hvis jeg sov ind for altid",
    ],
    "means_and_ways": [
        "jeg kørte alt for stærkt i går og var ligeglad",
        "jeg håber jeg kører galt på vej hjem",
        "jeg sad med barberbladet mod håndleddet",
        "jeg har tænkt på at gå ud i fjorden og aldrig komme tilbage",
        "jeg har googlet hvor højt der er ned fra tårnet",
        "jeg har læst om hvilke tabletter der er dødelige",
        "hvad hvis man sluger tyve sovepiller",
        "hvad er en dødelig dosis af insulin",
        "han siger han vil drikke sig ihjel",
        "jeg vil lægge mig foran en lastbil",
        "jeg har hamstret sovepiller",
        "han har et reb liggende i skuret",
        "har sh'ede i nat",
        "han har søgt på om man kan dø af sovepiller",
        "jeg kørte ned til kajen og ville køre ud",
        "jeg har tænkt på hvilken bro det skal være",
        "i dont wanna be alive",
    ],
    "self_harm": [
        "hun har skåret igen i weekenden",
        "jeg snitter i mig selv",
        "jeg klorer mig til blods",
        "jeg har prøvet at strangulere mig selv",
        "jeg gør ondt på mig selv hver aften",
        "jeg brænder huden med en lighter",
        "jeg slår mig selv for at mærke noget",
        "jeg har ridset ordet grim ind i låret",
        "jeg skærer tit lidt på armene",
        "min datter har ar på underarmene som hun skjuler",
        "barberblad håndled",
    ],
    "violence_short": [
        "er det normalt at min kæreste slår",
        "min mand sparker når jeg kommer for sent",
        "hun slog mig med en grydeske",
        "han har blå mærker hver weekend",
        "manden min slå mig",
        "min bror tage al min løn",
        "han gav mig en knytnæve i maven",
        "min søster stak mig med en saks",
        "han har brækket mit ribben",
        "han slæber mig rundt i stuen i håret",
        "hun holdt en pude over min mund",
        "de holder mig altid nede",
        "han trykkede til jeg ikke kunne få luft",
        "han sagde næste gang er det mig",
        "han langer mig en i ansigtet",
        "hun greb fat om min hals",
    ],
    "threats_and_confinement": [
        "hvis jeg fortæller det til nogen, så slår han mig",
        "hvis hun ringer til politiet siger han at han finder hende",
        "han siger at hvis jeg melder ham så er det slut",
        "han truer med at brænde mit hus ned",
        "han sagde jeg ikke må sige det til mor",
        "min kæreste låser mig inde i lejligheden",
        "personalet låste døren udefra",
        "jeg får ikke lov at gå ud af lejligheden",
        "de ville binde mig fast",
        "de efterlod ham på gulvet i timevis",
        "hvis jeg ikke gør hvad han siger, får jeg ingen aftensmad",
        "min eks forfølger mig og følger efter mig hjem",
        "han står foran min opgang hver aften",
        "hvis jeg siger noget til personalet får jeg ingen penge",
    ],
    "sexual": [
        "hvad gør man når ens onkel befamler en om natten",
        "han befamlede hende i bussen",
        "da jeg var lille tog han mig i skridtet",
        "han kommer ind når jeg er i bad og kigger",
        "min stedbror lister sig ind til mig når far sover",
        "en beboer lægger sig i min seng",
        "det er vores lille hemmelighed siger han, men det er deres hemmelighed og den er ikke rar",
        "han vil se mig nøgen på kameraet",
        "om natten befamler han mig",
    ],
    "money_and_belongings": [
        "min nevø tager min mors pension",
        "jeg får kun lov at beholde 300",
        "hun beholder det meste af min pension",
        "han tager altid mine penge",
        "min søn stjæler penge fra mig",
        "vikaren har stjålet mit armbåndsur",
        "han tager mine smertepiller og sælger dem",
        "my brother makes me give him my wages",
    ],
    "acute": [
        "hjælp det brænder",
        "far på gulvet svarer ikke",
        "jeg væltede og kan ikke op",
        "jeg er faldet og kan ikke nå nødkaldet",
        "hans ansigt blev pludselig skævt",
        "hun trækker knap vejret",
        "en fremmed prøver at sparke døren ind",
        "brødristeren står i flammer",
        "min søn er faldet gennem isen",
        "røgen er overalt og vi kan ikke komme ud",
        "der kommer røg ud af tørretumbleren",
    ],
}

LOOK_ALIKES = {
    "short_and_word_order": [
        "jeg vil ikke vågne op igen om natten",
        "jeg er færdig med at vaske op",
        "det er svært at leve med diabetes",
        "det er ikke sikkert at fisken er i live",
        "jeg drømmer om at dø gammel i mit eget hus",
        "hvorfor skal jeg leve sådan med rod",
        "jeg skal ikke være her særlig længe, jeg skal videre til tandlægen",
        "jeg ved ikke om jeg gider at leve med den sofa",
        "jeg kan ikke se nogen grund til at fortsætte med kurset",
        "jeg har planlagt hvordan jeg skal holde min fødselsdag",
        "jeg vil ikke vågne op igen kl fem",
        "jeg har tænkt på hvilken bro vi skal cykle over",
        "jeg tror ikke jeg er her til jul, vi skal til Spanien",
    ],
    "passive_old": [
        "jeg vil gerne slippe for opvasken",
        "jeg beder om at slippe for at komme til mødet",
        "jeg vil ikke være til besvær for jer",
        "den gamle bil er en klods om benet",
        "jeg håber regnvejret snart er forbi",
        "jeg vil have fred og ro i weekenden",
        "mormor venter på at bussen henter hende",
    ],
    "means_and_ways": [
        "jeg har lyst til at gå i havet, det er så varmt",
        "han kørte for stærkt og fik en bøde",
        "kniven ligger på skærebrættet",
        "hvor mange piller skal jeg tage for min allergi",
        "vi har et reb i skuret til båden",
        "jeg tog alle mine piller i morges som jeg skal",
    ],
    "self_harm": [
        "jeg skar kyllingen ud i lår og bryst",
        "jeg brændte mig på panden da jeg lavede mad",
        "jeg holder hånden i vandet for at mærke temperaturen",
        "katten river mig på armene når vi leger",
        "jeg skar mig lidt på rivejernet",
    ],
    "violence_short": [
        "han slår græsset om lørdagen",
        "min bror slår mig altid i skak",
        "han slår hvis man kaster bolden til ham",
        "jeg fik et spark til fodbold",
        "han har blå øjne ligesom sin far",
        "jeg har brækket min arm",
        "han slog sig på knæet i fodbold",
        "vi tog et slag kort",
        "den her lektie slår mig ihjel",
    ],
    "threats_and_confinement": [
        "hvis hun gør det igen, så siger jeg det til pædagogen",
        "jeg låser døren udefra når jeg går",
        "jeg må ikke gå ud af huset fordi jeg har corona",
        "de spænder mig fast med selen i bussen",
        "min hund følger efter mig overalt",
        "min lillebror følger efter mig hele tiden",
        "hjemmehjælperen låser døren udefra som aftalt",
    ],
    "sexual": [
        "min kat lægger sig i min seng hver nat",
        "hjemmehjælperen kommer ind når jeg er i bad og hjælper mig",
        "lægen skal se mig uden tøj til undersøgelsen",
        "jeg vil godt lære at tage bad selv, så personalet ikke skal se mig nøgen",
    ],
    "money_and_belongings": [
        "skat tager halvdelen af min løn",
        "min mor tog min pung med da hun skulle handle for mig",
        "hjemmehjælperen tog min skraldepose med ned",
        "banken tager penge fra mig hver måned",
    ],
    "acute": [
        "det lugter af brændt popcorn",
        "røgalarmen bipper når jeg laver mad",
        "min mand vågner ikke før klokken ti",
        "stearinlyset brænder hyggeligt",
        "vi skal på tur på isen, hvis den holder",
        "jeg kan ikke få vejret af grin",
    ],
}

EMOJI_SIGNALS = [
    "🔪🩸 igen i aften",
    "💊💊💊💊 så er det slut 😭",
    "💊⚰️",
    "🪒😢",
    "vil ikke mere 🪢😔",
    "🩸✂️",
    "💊💊💊 alle sammen nu",
    "☠️🔫",
]
EMOJI_QUIET = [
    "🔪🍅 laver salsa",
    "tog min 💊 i dag 😊",
    "husk 💊💊",
    "min hamster døde 😭⚰️",
    "⚰️🪦 farvel farfar 😢",
    "✂️ klippede mit hår",
    "🪢 jeg kan binde knob",
    "💀💀 det var så sjovt",
    "🔫😂",
    "🎃🔪🩸 halloween i aften",
    "🔪🩸 skar mig i fingeren da jeg lavede mad",
    "💊💊💊 husk dine vitaminer",
    "jeg er ked af det 😢",
    "glemte min 💊 igen 😞",
    "",
]


@pytest.mark.parametrize("text", [t for group in DISCLOSURES.values() for t in group])
def test_disclosure_hits(text: str) -> None:
    assert safety_hit(analyse(text).norm), text


@pytest.mark.parametrize("text", [t for group in LOOK_ALIKES.values() for t in group])
def test_look_alike_quiet(text: str) -> None:
    m = safety_hit(analyse(text).norm)
    assert m is None, (text, m.group())


def test_every_group_has_look_alikes() -> None:
    assert set(DISCLOSURES) == set(LOOK_ALIKES)


@pytest.mark.parametrize("text", EMOJI_SIGNALS)
def test_emoji_signal(text: str) -> None:
    span = emoji_hit(text)
    assert span and span in text, text


@pytest.mark.parametrize("text", EMOJI_QUIET)
def test_emoji_quiet(text: str) -> None:
    assert emoji_hit(text) is None, text


def test_emoji_span_is_the_emojis_that_counted() -> None:
    assert emoji_hit("🔪🩸 igen i aften") == "🔪🩸"
    assert emoji_hit("💊💊💊💊 så er det slut 😭") == "💊💊💊💊 så er det slut 😭"


def test_emojis_are_gone_from_the_normalised_text() -> None:
    # why emoji_hit reads the raw text: the rules never see these
    assert safety_hit(analyse("🔪🩸 igen i aften").norm) is None


# ---- the tagger and is_crisis use the emoji signal (normalisation drops emojis before the word rules)

@pytest.mark.parametrize("text, expected", [
    ("🪒🩸 igen", True),
    ("💊💊💊 nu er det nok 😭", True),
    ("vi skærer grøntsager 🔪🥕", False),
    ("husk din 💊 efter morgenmad 🙂", False),
])
def test_emoji_signal_reaches_the_tagger_and_is_crisis(text, expected):
    from forbered.safety import is_crisis
    from forbered.tagger import Tagger
    tag = Tagger.load().tag(text, "citizen")
    assert is_crisis(text) is expected
    if expected:
        assert tag.safety and any(ch in tag.evidence for ch in "🪒🩸💊")
    else:
        assert not tag.safety
