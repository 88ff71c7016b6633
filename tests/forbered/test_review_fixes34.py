"""Safety rules, set 24 reviewed: ordinary lines the new rules read as disclosures (a drive across a bridge, a task kept
up, "jumping ship", help on the way home, a scared football fan, painkillers when in pain, a swelling last year, scissors
in bed, a viewing of the flat, a flat bike, a child or a partner in one's bed, a kiss goodbye, sweets kept back, thirst
after sport, a mattress turned, bed rest after an operation), the same disclosures in other words, and the kind of help
the answer names for the English rules."""

import pytest

from forbered.safety import is_crisis, safety_kind

QUIET = [
    # suicide group: a time of day after "stå op", a task kept up, a drive across a bridge, a jump at the pool
    "der er ingen mening med at stå op om morgenen før klokken ni i weekenden",
    "hvorfor skal jeg blive ved med at skrive til jobcentret",
    "vi kørte ud over broen til Jylland i påsken",
    "i sommer sprang vi ud over kanten af bassinet hver dag",
    "min søn er en byrde for sin pædagog, siger hun",
    "der er ingen grund til at blive ved når koret lukker efter jul",
    # English: a job change, help on the way home
    "my husband is thinking about jumping ship to another firm",
    "my neighbour follows me home to make sure i get up the stairs safely",
    # abuse group
    "når min mand er vred på dommeren tør jeg ikke se kampen med ham",
    "min onkel er fuld af sjov og jeg gemmer mig når vi leger",
    "i søndags fik min nevø en flad cykel på vej hjem",
    "min datter kravler ind i min seng om natten når det tordner",
    "min kæreste lagde sig i min seng om natten fordi hans var for kold",
    "farmor giver mig en tyver hvis jeg kysser hende godnat",
    "jeg giver ham et klistermærke hvis han viser mig sin lego",
    "han gik ind på badeværelset og kiggede efter sin barbermaskine",
    "min kæreste vil have at jeg gifter mig med ham, men jeg vil ikke endnu",
    "min mand har hævet vores penge og nu er der ingen penge på kontoen, vi flytter dem til en ny bank",
    # self-harm group
    "jeg tager flere smertepiller end jeg må når jeg har ondt i ryggen",
    "jeg spiser ikke slik for jeg er for tyk til min nye kjole",
    # danger group
    "jeg har allergi og min hals var hævet sidste sommer, nu har jeg en epipen",
    "min datter har en saks i sengen når hun klipper papir",
    "nogen vil komme ind og måle vinduerne i morgen",
    # neglect group
    "jeg fik ikke lov at spise kage fordi jeg havde glemt at rydde op",
    "vi fik for lidt at drikke på vandreturen og var tørstige",
    "jeg har ikke vendt madrassen siden jul",
    "hun må ikke stå op efter operationen selvom hun skal tisse, så hun har et bækken",
]


@pytest.mark.parametrize("text", QUIET)
def test_ordinary_lines_stay_quiet(text: str) -> None:
    assert not is_crisis(text), text


DISCLOSURES = [
    ("jeg har tænkt på at springe ud over broen", "suicide"),
    ("nogle gange vil jeg bare køre ud over broen", "suicide"),
    ("der er ingen mening med at vågne om morgenen", "suicide"),
    ("hvorfor skal jeg blive ved med at leve", "suicide"),
    ("jeg spiser ikke for jeg er for fed", "self_harm"),
    ("jeg tager flere piller end lægen har sagt, for ikke at mærke noget", "self_harm"),
    ("min læbe og tunge hæver op efter jeg blev stukket af en hveps", "danger"),
    ("de har ikke givet far hans medicin for de glemmer ham, i fire dage nu", "neglect"),
    ("hjemmeplejen har ikke givet mor hendes piller i to dage", "neglect"),
    ("min onkel kravlede ind i min seng om natten", "abuse"),
    ("jeg har cuttet i lårene i går", "self_harm"),
    # a parent's wish that the speaker was never born is the parent's words: abuse, not the speaker's own wish
    ("min far siger tit at han ville ønske jeg aldrig var blevet født", "abuse"),
    ("jeg ville ønske jeg ikke var født", "suicide"),
    # folded, "for mig" reads as "før mig": no time that keeps the rule quiet
    ("jeg venter bare på at det hele er forbi for mig", "suicide"),
    ("jeg vil sove så det hele kan slutte for mig", "suicide"),
    ("min storebror kom ind i min seng da jeg var lille og rørte mig", "abuse"),
]


@pytest.mark.parametrize(("text", "kind"), DISCLOSURES)
def test_near_variants_are_read(text: str, kind: str) -> None:
    assert is_crisis(text), text
    assert safety_kind(text) in ({kind, "suicide", "self_harm"} if kind in ("suicide", "self_harm") else {kind}), text


ENGLISH = [
    # the English rules name the help that fits: Lev Uden Vold for violence, Livslinien for thoughts of death
    ("my stepmum slaps me when she is drunk", "abuse"),
    ("i am terrified of my boyfriend", "abuse"),
    ("they won't give me any food, i'm starving", "neglect"),
    ("my ex is stalking me everywhere i go", "abuse"),
    ("i keep thinking about overdosing", "suicide"),
    ("i'm always a burden", "suicide"),
]


@pytest.mark.parametrize(("text", "kind"), ENGLISH)
def test_english_hits_name_their_kind(text: str, kind: str) -> None:
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text
