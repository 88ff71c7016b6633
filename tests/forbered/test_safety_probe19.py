"""Safety set 19: stroke signs told in chat, old people's wish not to wake, control and neglect by carers told in
everyday words, threats about telling, vague unwanted touch.

Stroke: two signs together (face, speech, an arm or leg that fails, sight, the worst headache) or one that came on
just now. Old age: disappointed or tired to wake, not looking forward to waking, no more summers or Christmases,
praying that tonight be the last. Control: things kept back and handed out for good behaviour or chores, taken away
or refused when one complains. Neglect: a walker or the phone put out of reach, left wet, in bed or on the toilet for
long, waiting for hours for the toilet. Threats: a loss (a pet, a care home) named before "hvis jeg fortæller ...".

Look-alikes: a stroke told as over or lasting, a dentist's numbing, tiredness, a vaccine; waking early or to a
headache; a last Christmas before a move; cigarettes kept by one's own wish; coffee placed within reach; wet grass;
reading on the toilet; a surprise not to tell; deaths in a game; taking one's life in one's own hands; a phone
borrowed for pictures; a touch on the arm to wake someone; a fire seen on the news; a grimace.
Written fresh for these tests; no other list in the repository holds them."""

from __future__ import annotations

import pytest

from forbered.safety import is_crisis, safety_kind

DISCLOSURES = [
    # stroke signs now
    ("hun kan lige pludselig ikke bruge sin højre hånd og taler helt utydeligt", "danger"),
    ("farfar snakker sludder og hans venstre arm hænger slapt ned", "danger"),
    ("min veninde fik pludselig den værste hovedpine og kan ikke se på det ene øje", "danger"),
    ("han kan ikke lukke sit øje ordentligt i den ene side og ordene kommer baglæns ud", "danger"),
    ("mors mund er pludselig blevet skæv", "danger"),
    ("min søster taber gaflen ud af hånden og snøvler, det startede lige", "danger"),
    ("jeg har aldrig haft så meget hovedpine som nu", "danger"),
    ("hun lyder helt sløret i telefonen og siger at hendes arm er tung", "danger"),
    ("jeg fik lige pludselig ondt i hovedet som jeg aldrig har mærket før", "danger"),
    # old age: not wanting to wake or to see another season
    ("min mormor er skuffet hver gang hun vågner op", "suicide"),
    ("jeg ser ikke længere frem til at vågne", "suicide"),
    ("far siger han nok ikke når en sommer til og det er han glad for", "suicide"),
    ("jeg beder om at i aften bliver den sidste", "suicide"),
    ("gid jeg ikke oplever flere påsker", "suicide"),
    ("jeg orker ikke vågne en dag mere", "suicide"),
    ("mormor er træt af at vågne op hver dag", "suicide"),
    ("han vil ikke opleve flere somre, siger han", "suicide"),
    # control: kept back as a price, refused for complaining; threats about telling; unwanted touch
    ("kontaktpersonen låser min snus inde og jeg får den kun hvis jeg har været flink", "abuse"),
    ("min svigersøn giver mig ingen aftensmad når jeg siger imod", "abuse"),
    ("han sagde at jeg aldrig skal se min kat igen hvis jeg fortæller lægen om det", "abuse"),
    ("han vil have mig til at tage trøjen af og jeg tør ikke sige nej", "abuse"),
    ("hjemmehjælperen tager smøgerne fra mig hvis jeg ikke rydder op", "abuse"),
    ("pædagogen har gemt min ipad fordi jeg klagede over maden", "abuse"),
    ("min datter siger jeg ryger på plejehjem hvis jeg siger det til lægen", "abuse"),
    # neglect: out of reach, left wet or on the toilet, waiting for the toilet
    ("plejeren stiller min rollator ud på gangen så jeg ikke kan komme op", "neglect"),
    ("telefonen bliver lagt op på hylden så jeg ikke kan få fat i den", "neglect"),
    ("hun har siddet på toiletstolen i to timer før nogen kom", "neglect"),
    ("vi venter i timevis på hjælp til wc og så har hun tisset i bukserne", "neglect"),
    ("de lader mig sidde på bækkenstolen alt for længe", "neglect"),
]

LOOKALIKES = [
    # stroke told as over or with an everyday cause
    "min far fik en blodprop for fire år siden og taler stadig lidt sløret",
    "jeg snøvler lidt når jeg er træt, det gør alle med min hjerneskade",
    "jeg kunne ikke løfte armen efter vaccinen",
    "jeg kan ikke bruge min højre hånd så godt efter min ulykke, men jeg går til ergoterapeut",
    "efter tandlægen var min læbe helt følelsesløs og jeg snøvlede",
    "han lavede grimasser så munden blev helt skæv",
    "jeg lød helt hæs i telefonen og armen var tung efter træning",
    "jeg har en hovedpine som jeg aldrig har haft før, det er vist de nye briller",
    # waking, seasons, lasts
    "jeg var skuffet over at jeg vågnede med hovedpine",
    "jeg ser ikke frem til at vågne kl 6 i morgen",
    "vi når ikke en tur til stranden før sommerferien",
    "det bliver min sidste jul på bostedet for jeg flytter i januar og det er fint",
    "jeg håber det bliver den sidste vinter hvor jeg skal skrabe bilen",
    "jeg er træt af at vågne om natten for at tisse",
    "jeg vil ikke holde flere fødselsdage på bostedet",
    "jeg har ikke noget at stå op til i morgen, så jeg sover længe",
    # things kept or placed by agreement or for one's good
    "jeg har selv bedt personalet om at gemme mine smøger, så jeg kun får en efter maden",
    "min kæreste giver mig ikke slik når jeg er på kur, det har jeg bedt om",
    "hjælperen stiller kaffen på bordet så jeg kan nå den",
    "jeg lå i det våde græs og kiggede på stjerner til vi gik hjem",
    "jeg sad på toilettet i en time fordi jeg læste min bog",
    "de lader mig sidde på toilettet så længe jeg vil",
    "jeg ventede en time på bussen i regnen",
    "hun har sagt at hvis jeg fortæller mor om gaven, så er overraskelsen væk",
    "min kontaktperson vil have mig til at tage jakken af indenfor",
    # games, idioms, a borrowed phone, a touch to wake, the news
    "jeg døde tyve gange i minecraft i aftes",
    "han blev skudt ihjel mange gange i spillet",
    "jeg har taget mit liv i egen hånd og er startet på skole",
    "min bror tager min mobil for at tage billeder af katten",
    "pædagogen rører ved mig på armen når hun vækker mig",
    "der er brand på tv, vi ser en reportage fra Aarhus",
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosure_is_caught_with_its_kind(text, kind):
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_stays_quiet(text):
    assert not is_crisis(text), text


def test_game_deaths_do_not_hide_a_real_beating():
    # "many times" killed is a game; "many times" beaten is not
    assert is_crisis("jeg er blevet slået mange gange af min stedfar")
    assert not is_crisis("jeg blev slået ihjel mange gange i det nye spil")
