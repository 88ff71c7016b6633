"""Cue rules and the safety patterns, on phrasings written for these tests.

Safety is recall first: many ways Danes write about suicidal thoughts, self-harm, abuse and acute
danger (tenses, 3rd person, misspellings, no æøå, dialect) must hit; the idioms must not.
"""

from __future__ import annotations

import re

import pytest

from forbered.tagger import rules
from forbered.tagger.features import analyse
from forbered.tagger.matching import GatedPatterns, best_gate


def hit(text: str) -> re.Match[str] | None:
    return rules.safety_hit(analyse(text).norm)


SUICIDAL = [
    "jeg vil ikke leve mere", "jeg orker ikke at leve længere", "jeg gider ikke at være til mere",
    "jeg har tænkt på at tage mit eget liv", "han har talt om at tage livet af sig", "hun tog næsten sit liv sidste år",
    "nogle gange tænker jeg at alle ville have det bedre uden mig", "jeg ville ønske jeg var død",
    "gid jeg aldrig var født", "jeg har lyst til at dø", "jeg vil bare dø", "jeg håber jeg ikke vågner i morgen",
    "jeg har selvmordstanker", "jeg har skrevet et afskedsbrev", "jeg har lavet en plan for hvordan jeg vil gøre det",
    "jeg tænker på at hænge mig", "han siger at han vil springe ud fra broen", "jeg vil køre ind i et træ",
    "jeg kan ikke se meningen med livet", "der er ingen grund til at leve", "ingen ville savne mig",
    "det er lige meget om jeg lever", "jeg er en byrde for alle", "jeg vil gøre en ende på det hele",
    "min søn siger han ikke vil leve mere", "mor har sagt at hun hellere vil være død",
    "jeg vil ik leve mer", "jeg orker ik at vaere her mere", "æ gider ett å lev mer", "jeg vil doe",
    "jeg har tænkt på selvmord", "hun står på taget og vil hoppe", "jeg kan ikke mere",
    # indirect, misspelled and English forms
    "jeg tænker på selvmor", "jeg vil ta mit liv", "jeg ser ingen udvej", "jeg er så træt af at leve",
    "verden ville være et bedre sted uden mig", "jeg har købt et reb", "han har googlet måder at dø på",
    "jeg vil hellere dø end at flytte", "I want to die", "i dont want to live anymore", "jeg har lyst til at kms",
    "det er som om der ikke er nogen grund til at blive ved", "jeg har fået nok, i aften ender det", "jeg tror ikke jeg er her til jul",
    # passive wishes, burden, planning hints (issue #3), written for these tests
    "jeg beder om at jeg ikke vågner igen", "jeg orker ikke mit liv", "de er bedre tjent uden mig", "jeg har intet at leve for",
    "hvad er meningen med at leve", "jeg har tænkt på at ende det", "hun har givet sin cykel og alle sine ting væk",
    "snart slipper de for mig", "han siger han føler sig som en byrde", "I just want to fall asleep and never wake up",
    "she doesn't want to live anymore", "I'm so tired of being alive", "he keeps standing on the bridge",
]

SELF_HARM = [
    "jeg skærer i mig selv", "jeg har skåret mig på armene igen", "hun cutter", "jeg ridser mig med en kniv",
    "jeg slår mig selv når jeg bliver vred", "jeg brænder mig selv med cigaretter", "han slår hovedet ind i væggen",
    "jeg har taget alle mine piller", "jeg har slugt en hel pakke panodil", "hun har taget en overdosis",
    "jeg samler på sovepiller", "jeg har drukket klorin", "jeg skaerer i mig selv", "jeg gør mig selv fortræd",
    "jeg kaster op med vilje efter hvert måltid", "han har kradset sig selv til blods",
    "jeg er begyndt at skære igen", "jeg har ridset mine arme med en saks", "jeg har brændt mig på komfuret med vilje",
    "jeg har taget 20 panodiler", "jeg har gemt mine sovepiller i tilfælde af at jeg ikke kan mere", "I cut myself again",
    "hun spiser ikke med vilje", "jeg sulter for at straffe mig selv", "han stikker sig med en sikkerhedsnål",
    "jeg dunker min pande mod væggen", "I burnt myself with a lighter", "he bangs his head against the wall",
]

ABUSE = [
    "min kæreste slår mig", "han slog mig i ansigtet", "min far sparker mig når han er fuld",
    "min mand truer med at slå mig", "hun bliver slået af sin kæreste", "jeg er blevet voldtaget",
    "en af pædagogerne skubbede mig ind i væggen", "hjemmehjælperen er hårdhændet", "min bror tager mine penge og truer mig",
    "han tager mit dankort og giver mig kun 200 kr", "de låser mig inde på mit værelse", "han rører ved mig når jeg ikke vil",
    "han tog mig på brysterne", "personalet river mig i håret", "jeg er bange for min kæreste",
    "jeg tør ikke tage hjem", "han siger jeg ikke må sige det til nogen", "min onkel viser mig sin tissemand",
    "min kæreste slaar mig", "naboen har truet med at brænde min dør af", "min søn tager min pension",
    "hun får tæsk derhjemme", "hun har blå mærker på armene", "jeg bliver tvunget til at have sex",
    "han har låst mig ude og smadret min telefon",
    "han har tømt min konto", "mit barnebarn tager penge fra min pung", "han har taget mit pas",
    "han siger han lægger billeder af mig på nettet hvis jeg ikke gør som han siger", "min onkel har gjort ting ved mig",
    "hjemmeplejen lader mig ligge i våd ble hele natten", "han trur mig med en kniv", "jeg er bange for min far",
    "jeg er bange for at min far bliver vred og slår mig", "my boyfriend hits me", "han holder mig for munden når jeg råber",
    "pædagogen holder mig hårdt fast", "hun siger hun vil dræbe mig", "han vil have nøgne billeder af mig",
    "jeg får bank af min bror", "she takes all my money", "he'll hurt me if I tell anyone",
]

DANGER = [
    "der er brand i min lejlighed", "det brænder i køkkenet", "jeg lugter gas", "der kommer røg fra komfuret",
    "jeg er faldet og kan ikke komme op", "min mor ligger på gulvet", "jeg har ondt i brystet",
    "jeg kan ikke få vejret", "der er nogen der prøver at komme ind", "der har været indbrud", "ring 112",
    "han bløder meget", "min far er besvimet", "jeg kan ikke vække hende",
    "der er flammer i emhætten", "min lejlighed er fuld af røg", "min mand er faldet og svarer ikke",
    "jeg er faldet i entréen og ingen kommer", "han er faldet om i haven", "there's a fire in the kitchen",
]

NOT_SAFETY = [
    "jeg keder mig ihjel", "jeg døde af grin", "det slår mig at jeg er blevet bedre", "arbejdet tager livet af mig",
    "jeg er dødtræt", "jeg brændte maden på", "jeg skar grøntsager til suppen", "jeg er god til at skære brød",
    "min bror slår mig altid i skak", "jeg har slået op med min kæreste", "jeg slog mig på cyklen",
    "jeg er træt af det", "jeg er ked af det", "jeg har det skidt i dag", "jeg tager mine piller hver morgen",
    "jeg skal huske min medicin", "jeg vil gerne leve et sundt liv", "jeg vil gerne være her i byen",
    "det rører mig dybt", "jeg brænder for at hjælpe dyr", "jeg skar mig i fingeren da jeg lavede mad",
    "jeg kan ikke komme op om morgenen", "jeg er bange for at falde og slå mig", "lyset i butikken slår mig helt ud",
    "jeg vil slå min rekord", "jeg er ikke bange for at dø", "mit liv er fint", "jeg kan ikke lide at tage bussen",
    "min kontaktperson ringer til mig", "jeg slår tiden ihjel med at spille", "jeg dræber lige min alarm",
    "jeg har det fint", "han tager mig med i biografen", "jeg fryser ihjel", "jeg sulter ihjel, hvornår er der mad",
    "jeg har fået blomster af min kæreste", "min computer er død", "jeg vil ikke flytte",
    "huslejen slår mig ihjel", "den quiz tog livet af mig", "jeg vil dø i mit eget hjem", "jeg holder mig fast i møblerne",
    "han faldt men han slog sig ikke", "jeg har taget 10 piller om dagen i årevis", "jeg har købt et reb til vasketøjet",
    "jeg er begyndt at skære mit eget brød", "katten kradser i mine arme når vi leger", "det brænder i halsen",
    "vi spillede paintball og fik blå mærker", "jeg vil uddanne mig i selvmordsforebyggelse", "han beat me at chess",
    "jeg er bange for at min mor bliver syg igen", "jeg er bange for at min far falder",
    "jeg håber ikke jeg vågner for sent", "hun er gladere uden ham nu", "det er slut med mig og Jonas",
    "så ville jeg ikke føle mig som en byrde", "I can't get up in the morning", "there's a fire drill today",
    "min søster myrder mig hvis jeg glemmer det", "han fik bank i fodbold", "jeg har ikke fået noget at spise i dag",
    "jeg ligger på sofaen og ingen kommer på besøg", "my dad beat me at chess",
]


@pytest.mark.parametrize("text", SUICIDAL + SELF_HARM + ABUSE + DANGER)
def test_safety_patterns_hit(text: str) -> None:
    assert hit(text) is not None, text


@pytest.mark.parametrize("text", NOT_SAFETY)
def test_idioms_and_ordinary_talk_do_not_hit(text: str) -> None:
    m = hit(text)
    assert m is None, m and m.group()


def test_safety_hit_keeps_word_positions() -> None:
    norm = analyse("Min kæreste slaar mig naar han er fuld").norm
    m = rules.safety_hit(norm)
    assert m is not None
    assert len(m.string.split()) == len(norm.split())
    assert norm.split()[len(m.string[: m.start()].split())] == "slaar"


def test_fold_makes_ascii_and_danish_letters_alike() -> None:
    assert rules.fold("skærer") == rules.fold("skaerer") == rules.fold("skarer")
    assert rules.fold("død") == rules.fold("doed")
    assert rules.fold("slår") == rules.fold("slaar")
    assert rules.fold("a b  c") .count(" ") == 3


def test_gates_never_drop_a_match() -> None:
    texts = SUICIDAL + SELF_HARM + ABUSE + DANGER + NOT_SAFETY
    gated = GatedPatterns([("s", p) for p in rules.safety_patterns()], rules.fold)
    for text in texts:
        folded = rules.fold(analyse(text).norm)
        ungated = any(p.search(folded) for p in gated.patterns)
        assert (gated.first(folded) is not None) == ungated, text


@pytest.mark.parametrize("pattern,gate", [
    (r"\bselvmord", ("selvmord",)),
    (r"\b(tager|tog) mit liv\b", (" mit liv",)),
    (r"\b(slår|slog) (mig|hende)\b", ("hende", "mig")),
    (r"\b(\w+) ihjel\b", (" ihjel",)),
    (r"\bx?\b", ()),
])
def test_best_gate(pattern: str, gate: tuple[str, ...]) -> None:
    assert best_gate(pattern) == gate


# -- cue families and lexicon ---------------------------------------------------------------------
@pytest.mark.parametrize("text,family", [
    ("jeg kunne godt tænke mig en hund", "desire"),
    ("jeg tror godt jeg kan lære det", "ability"),
    ("jeg bliver nødt til at spare op", "need"),
    ("jeg er klar til at prøve", "activation"),
    ("jeg har meldt mig til holdet", "taking_steps"),
    ("det kan jeg ikke overskue", "sustain"),
    ("jeg er god til at bage", "resource"),
    ("det irriterer mig at bussen er forsinket", "parking"),
    ("det går fint med at støvsuge", "goal_progress"),
    ("min søn vil gerne have et job", "relative"),
])
def test_cue_families(text: str, family: str) -> None:
    assert family in rules.hits(analyse(text).norm)


def test_hits_returns_the_leftmost_match_of_a_family() -> None:
    m = rules.hits(analyse("jeg håber og jeg vil gerne").norm)["desire"]
    assert m.group() == "håber"


@pytest.mark.parametrize("text,theme", [
    ("opvasken", "praktiske_opgaver"), ("tøjvask", "praktiske_opgaver"), ("brusebadet", "egenomsorg"),
    ("telefonen", "kommunikation"), ("rollatoren", "mobilitet"), ("huslejen", "samfundsliv"),
    ("praktikpladsen", "beskaeftigelse"), ("veninderne", "relationer"), ("genoptræningen", "sundhed"),
    ("gøre rent", "praktiske_opgaver"),
])
def test_theme_lexicon_covers_inflection_and_compounds(text: str, theme: str) -> None:
    assert theme in rules.lexicon_hits(text)


@pytest.mark.parametrize("text,theme", [
    ("i want to take the bus", "mobilitet"), ("i miss my friends", "relationer"),
    ("my job is too hard", "beskaeftigelse"), ("i cant sleep", "sundhed"),
])
def test_theme_lexicon_knows_english_words(text: str, theme: str) -> None:
    assert theme in rules.lexicon_hits(text)


@pytest.mark.parametrize("text", ["jeg vil gerne have det bedre", "det går godt", "jeg er glad"])
def test_theme_lexicon_skips_everyday_words(text: str) -> None:
    assert rules.lexicon_hits(text) == {}


def test_lexicon_counts_words() -> None:
    assert rules.lexicon_hits("bussen og toget og cyklen")["mobilitet"] == 3
    assert rules.lexicon_hits("") == {}


@pytest.mark.parametrize("text", [
    "I swallowed a whole box of paracetamol", "my girlfriend punches me when she gets angry",
    "my husband threatens to hurt me if I call anyone", "Sometimes I wish I could just not exist any more",
    "I took too many sleeping pills last night", "he hit me last night", "I wish I didn't exist",
])
def test_english_disclosures_are_caught_by_the_rules(text):
    assert rules.safety_hit(analyse(text).norm), text


@pytest.mark.parametrize("text", [
    "it hit me that I need a job", "we kicked him out of the band", "She beat me at chess again",
    "My mum will kill me if I'm late", "I'm taking a lot of pills for my blood pressure",
    "I took the whole box of chocolates", "the film hit me hard", "that touched me deeply",
    "I want to disappear for a weekend to the sea",
])
def test_english_idioms_are_not_disclosures(text):
    assert not rules.safety_hit(analyse(text).norm), text


def test_gate_scan_finds_exactly_the_gate_strings_in_the_text():
    import json
    from pathlib import Path

    from forbered.tagger.safety_rules import _compiled, fold

    _, gated = _compiled()
    lines = Path(__file__).resolve().parents[2].joinpath("data", "tagger", "train.jsonl").read_text("utf-8").splitlines()
    for line in lines[::7]:
        text = fold(analyse(json.loads(line)["text"]).norm)
        assert gated.present_gates(text) == {g for g in gated.gate_strings if g in text}


# Disclosures found missing by fresh probes (euphemisms, neglect, coercion, plans told in passing), written for
# these tests; each has a look-alike below that must stay quiet.
@pytest.mark.parametrize("text", [
    "i nat stod jeg med pillerne i hånden", "jeg har gjort det igen med barberbladet",
    "mig og min veninde snakker om hvordan vi kan tage livet af os",
    "hun får ikke sin mad og sidder alene i mørket, ingen kommer", "vi er bange for at han gør noget ved sig selv",
    "jeg har ingen grund til at stå op mere, alt er sort", "jeg overvejer at stoppe med at spise helt så det hele kan slutte",
    "i'm going to end it tonight", "jeg bliver presset til sex af en fra bostedet",
    "snart er jeg der ikke mere og så er det slut", "ku lige så godt være død", "gider ik det her liv",
    "hvis jeg ikke får hjælp snart, så ved jeg ikke hvad jeg gør ved mig selv",
    "han skriver på facebook at han vil sige farvel", "nogle gange kører jeg stærkt og håber på at køre galt",
    "den gamle mand ved siden af har ikke svaret i tre dage og der lugter",
    "jeg skærer ikke mere men jeg har lyst hver dag", "det er nok bedst hvis jeg bare går ud i vandet",
    "i am scared of my husband", "min mor ligger i sin egen tis hele dagen",
])
def test_fresh_disclosures_are_caught_by_the_rules(text):
    assert rules.safety_hit(analyse(text).norm), text


@pytest.mark.parametrize("text", [
    "jeg vil gerne gøre noget ved mig selv og min vægt", "jeg stod med kniven i hånden og skar løg",
    "jeg tog livet af dem i fortnite haha", "snart er jeg her ikke mere, jeg flytter til Odense",
    "hun presser mig til at gå til træning", "jeg gjorde det med kniven, skar brødet selv",
    "jeg får ikke min mad før kl 18, hele dagen er lang", "det hele kan slutte godt", "vi tager livet af hinanden i skak",
    "I will end it tonight with my girlfriend, we break up", "jeg går ud i vandet hver morgen, vinterbadning er det bedste",
    "min veninde svarer ikke på sms og jeg er ked af det", "jeg håber at dø gammel og glad",
    "jeg gider ikke mit liv sådan her, jeg vil have et job",
])
def test_fresh_look_alikes_are_not_disclosures(text):
    assert not rules.safety_hit(analyse(text).norm), text


@pytest.mark.parametrize("text", [
    "han siger han ved hvor jeg bor og at han kommer efter mig", "min eks står uden for min dør hver aften",
    "jeg er holdt op med at tage min insulin fordi jeg er ligeglad med om jeg dør",
    "der er en på arbejdet der rører ved min numse og jeg tør ikke sige noget",
    "jeg savner at være død, altså at det hele var slut", "i feel like ending everything", "my stepdad touches me at night",
])
def test_threats_stalking_harassment_and_indifference_to_dying_are_caught(text):
    assert rules.safety_hit(analyse(text).norm), text


@pytest.mark.parametrize("text", [
    "min mor kommer efter mig kl 8", "min bostøtte står uden for min dør hver morgen", "han rører ved min hånd når vi går",
    "jeg er ligeglad med om jeg vinder", "she touched me deeply with her song", "min kæreste ved hvor jeg bor",
    "jeg er holdt op med at tage min medicin fordi den gav kvalme",
])
def test_their_look_alikes_are_not(text):
    assert not rules.safety_hit(analyse(text).norm), text


@pytest.mark.parametrize("text,hit", [
    ("hun har kramper og vågner ikke", True), ("han har epilepsi men han får ikke kramper længere", False),
    ("mor er gået hjemmefra i nat og vi kan ikke finde hende", True),
    ("min kat er forsvundet og vi kan ikke finde hende", False), ("jeg kan ikke finde ham på facebook", False),
    ("jeg er blevet smidt ud og sover i en opgang i nat", True), ("jeg sover på en bænk i parken når solen skinner", False),
])
def test_acute_danger_seizure_missing_person_sleeping_rough(text, hit):
    assert bool(rules.safety_hit(analyse(text).norm)) is hit, text


@pytest.mark.parametrize("text,hit", [
    ("han slår børnene når han er sur", True), ("jeg slår børnene i skak", False),
    ("jeg må ikke have min egen telefon og han læser alle mine beskeder", True),
    ("jeg må ikke have min telefon med i skolen", False),
    ("jeg vil gerne være sammen med min afdøde kone igen", True),
    ("jeg vil gerne besøge min afdøde mands grav igen", False),
    ("jeg har skrevet testamente og givet min kat væk", True),
    ("vi har skrevet testamente og givet sofaen væk fordi vi flytter", False),
    ("jeg bliver tvunget til at arbejde uden løn", True), ("jeg bliver tvunget til at arbejde i haven af min mor haha", False),
])
def test_children_hit_control_reunion_wishes_farewell_acts_forced_work(text, hit):
    assert bool(rules.safety_hit(analyse(text).norm)) is hit, text


@pytest.mark.parametrize("text,hit", [
    ("kan bare ikke mere 😢", True), ("jeg kan bare ikke mere vente på bussen", False),
    ("han tager mine penge og bliver voldsom når jeg siger nej", True), ("min kæreste er voldelig mod mig", True),
    ("jeg skar mig på kniven da jeg skar løg", False),
])
def test_cannot_go_on_violence_when_saying_no_and_a_kitchen_cut(text, hit):
    assert bool(rules.safety_hit(analyse(text).norm)) is hit, text


@pytest.mark.parametrize("text,hit", [
    ("I nat fik jeg en sms fra ham om at han ikke kan mere, og at jeg skal passe på hunden.", True),
    ("min mor siger at hun ikke kan mere.", True),
    ("hun siger at hun ikke kan mere med det job", False), ("han sagde at han ikke kan mere end to timer", False),
])
def test_a_reported_cannot_go_on(text, hit):
    assert bool(rules.safety_hit(analyse(text).norm)) is hit, text
