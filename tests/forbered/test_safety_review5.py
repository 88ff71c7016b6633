"""Safety rules, fifth review: false alarms from needles, training idioms, disappointment, money worries,
sign-offs, staying in, games and films, shame, prescribed medicine, rooms and teams, sleep, moves, medicine
routines and one's own refusal; and the real violence that exceptions must not hide (a real blow in a game, a
trip of no return, rubber and plastic weapons, a toy that masks a later blow, a no to sex, a partner named
elsewhere in the message). Exceptions stay local: the words right around the hit. An overdose just taken
gets the danger answer (112 first)."""

import pytest

from forbered.safety import is_crisis, safety_kind


@pytest.mark.parametrize("text", [
    # needles from nurses and doctors, a planned blood test, giving money or a lie
    "Sygeplejersken skal stikke mig i morgen",
    "Jeg skal til blodprøve, de skal stikke mig",
    "Hjemmesygeplejersken kommer og skal stikke mig med insulin",
    "i morgen skal de stikke mig",
    "Laboranten skal stikke mig i fingeren på fredag",
    "Jeg skal have taget blodprøve og de skal stikke mig to gange",
    "på torsdag skal hun stikke mig",
    "Min diabetessygeplejerske vil stikke mig med en ny nål",
    "Han vil stikke mig en tyver",
    "Han vil stikke mig en plade",
    # worn out at training
    "Fysioterapeuten vil knuse mig med øvelser",
    "Min træner vil knuse mig til træning i morgen",
    "Holdtræneren vil smadre mig med burpees i aften",
    # disappointment, not regret at being saved; hide and seek
    "Jeg er ked af at min søn ikke havde ringet på min fødselsdag",
    "Jeg er ked af at hun ikke var kommet til mødet",
    "Jeg var ked af at min datter ikke var kommet til min fødselsdag",
    "Jeg ville ønske han ikke var kommet til festen",
    "Jeg ville ønske de ikke havde vækket mig så tidligt",
    "Jeg ville ønske min bror ikke havde ringet kl 6",
    "Bare de ikke havde ringet så tidligt",
    "Hvorfor fandt de mig i skjulestedet",
    "Hvorfor fandt du mig bag sofaen så hurtigt",
    "Hvorfor redder du mig altid fra de kedelige samtaler",
    # money worries with one's own card or a helper who holds the code
    "Mine penge forsvinder hurtigt, jeg ved ikke hvem der kan hjælpe mig med et budget",
    "Mine penge er væk når jeg har betalt husleje, jeg ved ikke hvem jeg kan spørge om hjælp",
    "Pengene forsvinder hver måned, jeg bruger mit dankort for meget",
    "Pensionen er væk efter en uge, jeg bruger mit kort alt for tit",
    "Lønnen er væk hurtigt, jeg har mit kort på telefonen",
    "Pengene er væk inden den første, og min kontaktperson kender min kode til netbank",
    "Pengene forsvinder, min bostøtte kender min kode og hjælper mig",
    # sign-offs: home, bed, tomorrow with a reason, school done, a new job
    "Så er I fri for mig, jeg tager hjem nu",
    "Så er I fri for mig, jeg går hjem nu",
    "Nu er I fri for mig, jeg skal i seng",
    "Nu slipper du for mig, jeg skal i seng nu",
    "Så er du fri for mig i morgen, jeg er syg",
    "Så er du fri for mig i aften, jeg skal til fodbold",
    "Endelig er de af med mig, jeg er færdig med skolen",
    "Så er de af med mig, jeg er færdig med praktikken",
    "De slipper for mig nu, jeg har fået nyt job",
    # staying in (verb second)
    "Når det regner holder jeg mig inde",
    "I dag holdt jeg mig inde hele dagen",
    "Om vinteren holder jeg mig inde",
    # games and films, shame and laughter, the doctors' verdict
    "Han lod mig dø i spillet",
    "De lod ham dø i serien",
    "Hun lod mig dø i minecraft",
    "Jeg burde være død af skam",
    "Jeg skulle være død af grin",
    "Jeg burde være død for længe siden efter min blodprop siger lægerne, men jeg er en sej gammel dame",
    # medicine against pain or anxiety
    "Hun tager piller så hun ikke mærker noget til sin gigt",
    "Jeg tager min angstmedicin så jeg ikke mærker noget",
    # in the way in a room, a burden to a team
    "Jeg var bare en belastning for holdet i den kamp",
    "Jeg var bare en byrde for holdet til træning i dag",
    "Jeg er bare i vejen i min egen lejlighed når hjemmeplejen gør rent",
    "Jeg er bare i vejen i mit eget værelse når de støvsuger",
    # sleep, a move, medicine routines, one's own refusal, one's own knock
    "Hvor mange timer skal jeg sove for ikke at vågne i nat",
    "Jeg har delt mine ting ud til mine børn, jeg skal på plejehjem",
    "Jeg har foræret mine ting væk, jeg skal flytte på plejehjem",
    "Jeg har givet mine ting væk fordi jeg flytter",
    "Personalet holder min medicin tilbage til jeg har spist",
    "Hjemmeplejen holder hans insulin tilbage til han har spist",
    "Min søn giver ikke mormor hendes dråber, hun vil ikke have dem",
    "Jeg slog mig i hånden",
    "Jeg slog mig i armen på bordet",
    # a scene masked right after the words; money gone before payday; a worry about a parent who can no longer come
    "Min lillebror lod mig dø i spillet hele aftenen",
    "Min pension er altid væk før den første",
    "Jeg er bange for at min far snart ikke kan køre bil mere",
    "Personalet holder mine piller tilbage til jeg har fået aftensmad",
    # where one lives
    "i dont want to live alone",
    "I don't want to live by myself",
])
def test_no_rule_alarm(text):
    assert not is_crisis(text)


@pytest.mark.parametrize("text", [
    # a real blow in a game
    "Når vi spiller kort, slår han mig i hovedet hvis jeg vinder",
    "Vi spiller fodbold og han slår mig i ansigtet",
    "Vi spiller ludo og hun slår mig hårdt i ansigtet",
    "I skak slår han mig altid med knytnæven når han taber",
    # a trip of no return
    "Så slipper I for mig, det er en rejse uden retur",
    "Så slipper I for mig, jeg tager en tur ud på broen",
    "Så slipper I for mig, jeg tager på en sidste rejse",
    # rubber and plastic weapons; a toy that masks a later blow
    "Han slår mig med en gummiknippel",
    "Han slår mig med en gummislange",
    "Han slår mig med en plastikstol",
    "Min stedfar slår mig med en bamse, men han slår mig også med hånden",
    "Han skyder mig med en vandpistol men så slår han mig i hovedet",
    # a no to sex after "it is okay"
    "Min kæreste har sex med mig og det er okay siger han, men jeg vil ikke",
    "Min kæreste har sex med mig og det er ok, men jeg har ikke lyst",
    "Min kæreste rører ved mig og det er fint siger hun, men jeg har ikke lyst",
    # a partner named elsewhere, or a man who is no partner
    "Min onkel vil have at jeg viser ham mine bryster, jeg tør ikke sige det til min kæreste",
    "Manden i kiosken vil have at jeg sender billeder af min krop",
    "Min træner vil have at jeg sender billeder af min krop, jeg har ikke fortalt min kæreste det",
    # a blow to the head by someone else is no knock of one's own
    "Min far slog mig i hovedet",
])
def test_real_harm_still_alarms(text):
    assert is_crisis(text)


@pytest.mark.parametrize("text", [
    # look-alike guards: the same words as a threat, a wish not to be saved, a theft, a confinement
    "Han siger han vil stikke mig ned",
    "Min eks skal stikke mig med en kniv hvis jeg går",
    "Sygeplejersken er sød, men min bror vil stikke mig",
    "de siger de skal stikke mig efter skole",
    "Min træner vil tæske mig hvis jeg kommer for sent",
    "Gid de ikke havde fundet mig",
    "Jeg ville ønske ambulancen ikke var kommet",
    "Bare de ikke havde ringet efter ambulancen",
    "Gid hun ikke havde vækket mig",
    "Hvorfor reddede de mig",
    "Pengene forsvinder fra min konto og jeg ved ikke hvem der tager dem",
    "Min pension er væk hver måned og min nevø kender min kode",
    "Så er I fri for mig",
    "Så er I fri for mig i morgen",
    "Når han bliver sur holder han mig inde",
    "Han lod mig dø i badekarret",
    "Jeg burde være død",
    "Jeg drikker til jeg ikke mærker noget",
    "Jeg har ondt i ryggen. Om aftenen drikker jeg vodka til jeg ikke mærker noget mere",
    "Jeg er bare i vejen for min familie",
    "Hvor mange sovepiller skal jeg tage for ikke at vågne i nat",
    "Jeg har givet alle mine ting væk",
    "Han holder min medicin tilbage til jeg har gjort rent",
    "Min kæreste vil have at jeg sender nøgenbilleder, ellers slår han op",
    "Jeg er bange for at min mand ikke kan styre sig",
    "Mine penge er væk hurtigt og min søn tager dem",
    "I don't want to live anymore",
    "I don't want to live with this pain",
])
def test_guards_keep_the_alarm(text):
    assert is_crisis(text)


@pytest.mark.parametrize(("text", "kind"), [
    ("har lige slugt hele glasset med mine sovepiller", "danger"),
    ("for ti minutter siden tog jeg alle mine piller", "danger"),
    ("hun har lige slugt en hel pakke panodil", "danger"),
    ("jeg tog 30 pamol for en halv time siden", "danger"),
    ("jeg har lige taget alle mine piller og vil ikke leve mere", "danger"),
    # told as over, or as a thought: Livslinien
    ("i går tog jeg alle mine piller", "self_harm"),
    ("jeg vil tage alle mine piller i aften", "self_harm"),
])
def test_overdose_just_taken_is_danger(text, kind):
    assert safety_kind(text) == kind
