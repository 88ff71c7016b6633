"""Safety rules, set 21: breadth of disclosures (dementia gone missing, psychosis with danger, stalking and tracking,
grooming, money taken by carers or family, forced labour, eating disorders, overdose with no response, threats against a
relative), look-alikes that stay quiet, and the cost of the readings on long messages."""

import pytest

from forbered.safety import is_crisis, safety_kind
from forbered.tagger import safety_rules as sr
from forbered.tagger.normalize import clean, normalised_words


def _norm(text: str) -> str:
    return " ".join(normalised_words(clean(text)))


DISCLOSURES = [
    # dementia: gone missing, found far from home, searched for
    "politiet fandt min farmor nede ved togskinnerne i morges",
    "min svigerfar med alzheimer forsvandt fra plejehjemmet og vi har ledt efter ham hele aftenen",
    "morfar har været væk i over fire timer og han har demens",
    "hun gik hjemmefra midt om natten i natkjole og blev fundet af en taxachauffør",
    # psychosis with danger
    "stemmerne siger at jeg skal stikke ham der bor ovenpå",
    "en stemme siger hele tiden at jeg skal dø",
    "han tror naboerne overvåger ham og har en økse liggende ved sengen klar",
    # someone at the door or inside now
    "ring 112 han står udenfor og sparker på døren",
    "der er en fremmed inde i min lejlighed, jeg har gemt mig i skabet",
    # stalking and digital control
    "min eksmand har sat en gps under min bil",
    "min tidligere kæreste står foran min opgang hver aften selvom jeg har bedt ham lade være",
    "hun har fulgt efter mig i flere uger",
    "han sms'er mig 200 gange om dagen og dukker op ved min skole",
    # grooming
    "en ældre mand fra fodbold køber min datter tøj og vil mødes med hende alene",
    "pædagogen sagde at han ikke måtte fortælle sin mor det",
    # money taken by carers or family
    "hjælperen tager af mormors pension hver måned",
    "mit barnebarn har tømt min opsparing",
    # forced labour
    "manden har taget mit pas og jeg arbejder hver dag",
    "de har taget vores løn og vi er nødt til at sove i en varevogn",
    # eating disorders
    "min datter kaster op efter hvert eneste måltid",
    "han stikker en finger i halsen hver aften",
    "hun vejer under 40 kilo men siger hun er for tyk",
    # overdose, no response
    "min ven har taget alt for meget og svarer ikke",
    # threats and violence against a relative
    "han truer med at gøre min lille søster noget",
    "far banker mor når han har drukket",
    "de vil have mig til at bære en pakke for dem ellers sker der noget med min bror",
    "han har skrevet at han vil skære halsen over på mig",
    # thoughts of death and misspellings
    "jeg tænker på døden hver eneste dag",
    "har ik lyst t at lve",
    "fortryder at lægerne reddede mig",
    "jeg har tænkt på at sætte ild til mig selv",
    "jeg klipper i mine håndled når det bliver for meget",
    # care that failed, a relative named by the kin word alone
    "personalet glemmer at give far hans insulin",
    # lost or stuck outside in the cold or dark; a threat that they know where one lives
    "jeg er faret vild i skoven og nu bliver det mørkt og min telefon er ved at dø",
    "han skrev at de ved hvor jeg bor og de kommer i nat",
    # a farewell after "kan ikke mere", asking how many pills are enough, wanting out of this life
    "kan ik mere. tak for alt",
    "hvor mange sovepiller skal jeg tage for ikke at vågne",
    "jeg vil bare væk fra det her liv",
    # a weapon kept against imagined persecutors; someone at the door now
    "hun har en hammer under dynen fordi hun tror naboen er ude efter hende",
    "min eks står ved min dør og hamrer på den, jeg tør ikke åbne",
    # a plan together, better for everyone if I were gone, not eating as a deserved punishment
    "min kæreste og jeg har aftalt at tage vores eget liv",
    "det er nok nemmest for familien hvis jeg forsvinder",
    "hun spiser næsten ikke noget fordi hun siger hun ikke fortjener det",
    # marks of cutting, looking up what is enough, neglect with dirty clothes
    "jeg så skæremærker på min søns lår i går",
    "han har googlet hvor mange tabletter der skal til for at dø",
    "plejehjemmet lader far sidde i våde bukser hele eftermiddagen",
    # sparks from the mains, a snake bite, someone found lying outside, a hacked profile used in one's name
    "ledningen til komfuret slår gnister og det lugter af plastik",
    "min datter er blevet bidt af en hugorm i haven",
    "jeg fandt min mand liggende på gulvet i kælderen",
    "min eks har hacket min instagram og poster billeder af mig",
    "min mand har sat et kamera i mit soveværelse så han kan se hvad jeg laver",
]

LOOKALIKES = [
    "i FIFA banker min fætter mig hver gang vi spiller",
    "i ludo slog min datter mig tre gange i træk",
    "vores kat har spist af sneglegiften i haven, vi har været hos dyrlægen",
    "jeg har altid trykken for brystet når jeg skal til eksamen",
    "min nabo siger han mister sit job hvis han fortæller chefen om det",
    "min søster truer altid med at flytte til Fyn hvis vi driller hende",
    "træneren truer med at fyre ham hvis han kommer for sent igen",
    "min mor har demens men hun forsvandt heldigvis ikke i går",
    "min bror var væk i fem timer fordi han var til koncert",
    "politiet fandt min stjålne cykel ved havnen",
    "træneren siger jeg skal slå hårdere til bolden",
    "jeg har sat en airtag på min kuffert så den ikke bliver væk",
    "min far kan se hvor jeg er på telefonen, det har vi aftalt",
    "min onkel gav mig penge og sagde jeg ikke måtte fortælle mor det, det var en overraskelse til hendes fødselsdag",
    "min værge tager min pension og betaler huslejen",
    "min søn tager penge fra min konto som vi har aftalt",
    "hun var gravid og kastede op efter hvert måltid",
    "jeg stak fingeren i halsen på hunden for at få en pind ud",
    "de tog mit pas i lufthavnen for at tjekke det",
    "min søn tager sin pension tidligt og flytter til Portugal",
    "far slår mor i skak hver søndag",
    "jeg klipper i mine negle",
    "jeg kan ikke mere i dag, farvel og tak for i dag",
    "hvor mange panodil skal man tage for at det virker mod hovedpine",
    "jeg vil gerne ud af det her liv med hash og starte forfra",
    "min mormor ved hvor jeg bor og hun kommer på besøg i aften",
    "vi kørte fast i sneen på ferien men det var hyggeligt",
    "det er bedre for alle hvis jeg flytter hjem til mor",
    "jeg har snitsår fra operationen på maven",
    "jeg har googlet hvor høj Storebæltsbroen er",
    "jeg fandt min kat liggende i sofaen",
    "jeg fandt min søn liggende i hængekøjen og sove",
    "min søn har logget ind på min facebook for at hjælpe mig",
    "jeg kan ikke mere farvel til smøgerne, nu er det slut",
    "de ved hvor jeg bor, så de kommer forbi med blomster",
    "mit barnebarn tager penge fra min pung til is, det må han gerne",
    "jeg har skæremærker på hænderne fra mit job som slagter",
]


@pytest.mark.parametrize("text", DISCLOSURES)
def test_set21_disclosures_hit(text: str) -> None:
    assert is_crisis(text), text


@pytest.mark.parametrize("text", LOOKALIKES)
def test_set21_lookalikes_stay_quiet(text: str) -> None:
    m = sr.safety_hit(_norm(text))
    assert m is None, (text, m and m.group(0))


def test_set21_kinds():
    assert safety_kind("politiet fandt min farmor nede ved togskinnerne i morges") == "danger"
    assert safety_kind("en stemme siger hele tiden at jeg skal dø") == "suicide"
    assert safety_kind("min eksmand har sat en gps under min bil") == "abuse"


def test_safety_hit_is_kept_per_text():
    # the tagger asks about one message several times; the readings are not run again
    norm = _norm("i går tog han også lige mine penge og min værge sagde det var fint")
    assert sr.safety_hit(norm) is sr.safety_hit(norm)


def test_readings_do_not_search_groups_already_found(monkeypatch):
    # a group found on the text itself is not searched again in its readings (spoken verbs, fillers, verb second)
    text = _norm("han slår også lige mig hver dag og hun ta'r mine penge, " * 8)
    _, pats = sr._compiled()
    calls: list[str] = []
    real = pats.leftmost_by_label

    def spy(reading, whole=None, skip=frozenset()):
        found = real(reading, whole=whole, skip=skip)
        calls.append(",".join(sorted(set(found) & set(skip))))
        return found

    monkeypatch.setattr(pats, "leftmost_by_label", spy)
    sr._hits_by_group_kept.cache_clear()
    found = sr.hits_by_group(text)
    assert "abuse" in found
    assert len(calls) > 1 and not any(calls)


def test_partner_exception_reads_its_guard_only_after_a_partner_word():
    # the idiom's 150-character guard once ran at every word of a message (most of the masking cost of a long one)
    pat = next(p for p in sr.safety_exceptions() if "{0,150}" in p)
    assert pat.startswith(r"\b(?=")


# Everyday lines near the set 21 patterns: a thing found on the floor, a relative away on an errand or wandering
# indoors, found by a neighbour while out fishing, lost in a task, a lamp or an oven that smokes in use, a jellyfish,
# a lift, a tradesman's knife, a casual "ring lige", a visitor at work in the home, a chat that ends, a life taken in
# hand, a dose for pain, grief and fear of dying, a cut on a finger, searches for benefits, dry skin, a tracker for
# dementia, a little brother tagging along, the same sheets by choice, a gift kept for a birthday.
ORDINARY_NEAR_SET21 = [
    "jeg fandt min telefon på jorden i haven",
    "min far var væk i seks timer i nat, han var ude at spille kort",
    "farmor har alzheimer, så vi har ledt efter et nyt plejehjem til hende",
    "min mand er dement og han vandrer rundt i huset om aftenen",
    "en bilist fandt ham ved vejen hvor han gik tur med hunden",
    "jeg kan ikke finde ud af mine papirer og det er mørkt udenfor",
    "han sidder fast i sine tanker og fryser altid om fødderne",
    "lampen i gangen ryger lidt første gang man tænder den",
    "ovnen ryger lidt hver gang jeg steger kylling",
    "min datter blev stukket af en gople ved stranden",
    "hun ved hvor jeg bor og hun kommer efter mig i bilen klokken otte",
    "jeg har en kniv i lommen fordi jeg er kok, og chefen overvåger alt hvad vi gør",
    "ring lige til mor, han står udenfor og banker på",
    "der er en mand i mit køkken og han maler skabene, jeg er bange for edderkopper",
    "jeg kan ikke mere, farvel og vi ses i morgen",
    "de har talt om at tage deres liv op til overvejelse",
    "hvor mange ipren skal jeg tage for at det er nok mod tandpine",
    "jeg tænker på døden hele tiden efter min far døde, jeg savner ham så meget",
    "han tænker på døden hver nat fordi han er bange for at dø",
    "min søn har snitsår på tommelfingeren fra sløjd",
    "jeg har googlet hvor mange uger der skal til for at få barselspenge",
    "jeg kradser i min hud fordi den er så tør",
    "min mand har sat en gps i min jakke fordi jeg har alzheimer",
    "han følger efter mig hver gang jeg går ud med skraldet, han er min lillebror",
    "hjemmeplejen lader mor sove i det samme lagen, det er helt fint for hende",
    "han gav mig penge og sagde at det er en hemmelighed, det er til en overraskelse til mors fødselsdag",
]

# Said plainly and missed by the rules: a life worth nothing, a parent who "tæver" the other.
MISSED_SET21 = [
    "mit liv er ikke en døjt værd",
    "stedfar tæver mor når han har drukket",
    "far har tævet mor igen",
]


@pytest.mark.parametrize("text", ORDINARY_NEAR_SET21)
def test_set21_ordinary_lines_near_the_patterns_stay_quiet(text: str) -> None:
    m = sr.safety_hit(_norm(text))
    assert m is None, (text, m and m.group(0))


@pytest.mark.parametrize("text", MISSED_SET21)
def test_set21_plain_disclosures_hit_the_rules(text: str) -> None:
    assert sr.safety_hit(_norm(text)) is not None, text
