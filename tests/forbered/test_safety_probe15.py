"""Safety set 15: acute danger happening now in more words (lost outdoors in the cold, a person missing from home, a
seizure that will not stop, someone who cannot be woken or reached, chest pain that tightens or spreads, gasping,
choking, a break-in or a door tried, someone at the window at night, a fall "i gulvet" with the cord out of reach,
stroke signs, very low blood sugar, a drug taken with the body failing), exploitation of vulnerable adults (money sent
to someone known only online, a code given to a caller, swindlers, loans and credit forced, paying for friendship,
stealing or carrying things in secret, carers borrowing money, relatives who come only for the pension, pictures held
against money, an adult online who wants to meet) and stalking and hate (followed home, watched at home at night, slurs
on the door, things thrown at the home) (safety_rules: SET15_DANGER, SET15_ABUSE).

Look-alikes: alarms tested or on a low battery, no air from laughing, smothered in work, past seizures and ambulances,
lost in a book or a maze, money from a sale, a code not given, a parent waiting at school, the speaker at their own
window, a carer who lends money, a picture sent if one does not forget (SET15_EXCEPTIONS and guards in the patterns).
Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

DANGER = [
    # lost outdoors, missing from home
    "jeg er faret vild på vej hjem fra værestedet og det sner",
    "jeg aner ikke hvor jeg er, og jeg fryser",
    "morfar er vandret hjemmefra i nat og vi kan ikke finde ham",
    # seizures
    "hans krampeanfald holder ikke op",
    "hun har haft kramper i over 5 minutter",
    # cannot be woken or reached
    "min kone er ikke til at vække",
    "mor sidder i stolen og jeg kan ikke få kontakt med hende",
    # chest, breath, choking
    "det klemmer i hele brystet",
    "smerterne i brystet stråler op i kæben",
    "min søn hiver efter vejret",
    "jeg får næsten ingen luft",
    "barnet er ved at blive kvalt",
    # break-in, the door tried, someone at the window
    "en mand forsøger at trænge ind i lejligheden",
    "nogen har prøvet hoveddøren to gange",
    "nogle hamrer på min dør og råber at de vil ind",
    "der står nogen under mit vindue midt om natten",
    # falls, stroke, blood sugar, drugs
    "far er gået i gulvet og når ikke nødkaldet",
    "han taler helt underligt og hans arm er lam",
    "blodsukkeret er på 1,8 og jeg ryster",
    "jeg har røget noget og kan ikke mærke mine arme",
    # lost after a wrong turn, a tight chest "over brystet", gas smelt with words between, a stranger inside, grey and
    # not answering
    "jeg er kørt forkert på cyklen og det er begyndt at fryse",
    "han har ondt og en tyngde over brystet",
    "der lugter ret kraftigt af gas ude i bryggerset",
    "en ukendt er trængt ind i stuen hos os",
    "far blev helt grå og reagerer ikke",
]

ABUSE = [
    # online money, codes, swindlers
    "en fyr fra discord vil have at jeg overfører 1500 kr",
    "jeg har overført penge til en mand fra tinder",
    "en fra banken ringede, og jeg fortalte ham min pinkode",
    "en svindler har taget 4000 kr fra mig",
    # loans, credit, paying for friendship, stealing and carrying
    "vennerne fik mig til at købe en ny telefon på kredit",
    "han fik mig til at tage et lån til ham",
    "jeg skal give dem en omgang hver fredag, ellers må jeg ikke komme med",
    "de presser mig til at smugle ting ind på bostedet",
    "jeg skal aflevere en kuvert til en mand på stationen og må ikke åbne den",
    # carers and relatives after the money, pictures for money, an adult online
    "sosu-hjælperen beder mor om at låne hende penge",
    "min nevø kommer kun når jeg har fået pension, og så tager han kortet",
    "hun lægger den ud hvis jeg ikke overfører 500 kr",
    "en voksen fyr fra snapchat vil komme hjem til hende",
    # followed, watched, hate at home
    "en dreng fra klassen cykler efter mig hele vejen hjem",
    "en mand jeg ikke kender sidder uden for min lejlighed hver nat",
    "nogen har sprayet luder på min hoveddør",
    "de smed kanonslag ind ad min brevsprække",
    # codes and money asked or taken online, large sums swindled, threats reported or typed short, friendship bought,
    # orders in one's name
    "en fyr fra discord spørger efter min pinkode",
    "hende fra instagram har lånt 6000 kr af ham",
    "han er blevet narret til at overføre 40.000 kr",
    "naboen skrev at han vil knivstikke mig",
    "hun truer m at tæve mig",
    "jeg skal betale hans cigaretter, ellers vil han ikke snakke med mig",
    "de tvinger mig til at bestille ting på nettet i mit navn",
]

LOOKALIKES = [
    # alarms, laughing, work, past events
    "røgalarmen hyler når vi tester den hver måned",
    "jeg kan ikke få luft af grin over hans vittighed",
    "jeg er ved at blive kvalt i lektier",
    "for to år siden kørte ambulancen mig på sygehuset da jeg brækkede armen",
    "han har haft anfald i tre år, men de er blevet sjældne",
    # lost in other senses
    "vi gik vild i labyrinten i tivoli, og det var mørkt derinde, haha",
    "jeg ved ikke hvor jeg er i min uddannelse",
    # money and codes without exploitation
    "jeg har solgt mit gamle tv på dba og køberen sendte 400 kr",
    "banken ringede og jeg gav dem ikke min kode",
    "min mor får mig til at købe mælk til hende",
    "min kontaktperson lånte mig 50 kr til en sandwich",
    "jeg viser dig billederne fra ferien hvis jeg ikke har slettet dem",
    # waiting and watching that is no stalking
    "far venter uden for min skole hver dag kl 15",
    "jeg står ved min hoveddør hver aften og venter på pizzamanden",
    "min lillesøster følger efter mig overalt",
    # a cramp, clothes, games, break-ups, a trade
    "krampen i foden går ikke over",
    "det strammer i brystet på min nye jakke",
    "min bror siger han vil smadre mig i fifa",
    "min kæreste siger hun vil slå op med mig",
    "jeg blev snydt for 1000 kr på loppemarkedet",
]


@pytest.mark.parametrize("text", DANGER)
def test_acute_danger_now_is_crisis(text):
    assert is_crisis(text), text


@pytest.mark.parametrize("text", DANGER)
def test_acute_danger_names_danger(text):
    # the answer names 112 first (texts.py safety_danger)
    assert safety_kind(text) == "danger", text


@pytest.mark.parametrize("text", ABUSE)
def test_exploitation_and_stalking_is_abuse(text):
    assert is_crisis(text), text
    assert safety_kind(text) == "abuse", text


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalikes_are_no_crisis(text):
    assert not is_crisis(text), text


def test_long_message_with_late_danger_clause():
    text = ("Jeg har haft en fin dag på værkstedet og vi lavede fuglekasser, og bagefter gik jeg en tur ved åen, "
            "men nu er jeg faret vild og det er blevet mørkt")
    assert is_crisis(text)


def test_long_text_stays_fast():
    import time

    text = ("han følger efter mig og jeg ved ikke hvor jeg er og krampeanfald kan ikke få kontakt til " * 250)[:20000]
    start = time.perf_counter()
    is_crisis(text)
    safety_kind(text)
    assert time.perf_counter() - start < 3.0
