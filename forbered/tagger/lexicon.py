"""The life-theme lexicon: word stems per FFB theme, matched on normalised tokens so that
"opvasken", "tøjvask" and "vaske" all reach praktiske_opgaver. Token results are cached: words repeat,
so a text costs about one dictionary look-up per word.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache


def theme_lexicon() -> dict[str, tuple[list[str], list[str]]]:
    """Word stems per life theme: (word starts, parts found anywhere in a compound word).

    Matched on normalised tokens, so "opvasken", "tøjvask" and "vaske" all reach praktiske_opgaver.
    Everyday words whose theme reading is the rare one are left out: "have" (the verb, not the garden),
    "går"/"gik" ("det går godt"), "glad", "bange" (fear takes the activity's theme), "mad" (food is
    cooking or health), "kontaktperson" (staff, not a relation), "pleje" (a prefix of "plejehjem").
    """
    return {
        "praktiske_opgaver": (
            ["rengør", "gøre rent", "gør rent", "gjort rent", "støvsug", "vask", "opvask", "indkøb", "handl", "købe ind",
             "købt ind", "købe selv ind", "købte selv ind", "køber selv ind", "købt selv ind", "handlet ind", "handle ind",
             "køber ind", "købte ind", "lave mad", "laver mad", "lavede mad", "madlav", "kog", "=bage", "=bager", "=bagt", "=bagte", "bagning", "rydde", "rydder",
             "ryddet", "oprydn", "skrald", "affald", "tørre støv", "vande blomst", "vander blomst", "vande plant", "vander plant", "madplan", "opskrift", "mikroovn", "ovn",
             "komfur", "gulv", "moppe", "tørretumbl", "vasketøj", "strygning", "stryge", "rod", "roder", "rodet",
             "netto", "rema", "føtex", "brugsen", "supermarked", "butik", "indkøbsliste", "køleskab", "fryser",
             "aftensmad", "frokost", "madpakk", "smør", "pandekag", "kartofl", "haven", "plæne", "græs", "snerydn",
             "reparer", "pære", "skruetræk", "pudse vinduer", "vindue", "sengetøj", "rede seng", "rede min seng",
             "husarbejd", "huslig", "praktisk", "dyne", "dynebetræk", "lagen", "skrælle", "gryde",
             "kogeplade", "komfurvagt", "købe tøj", "købe nyt tøj", "købe noget tøj", "køber tøj", "køber mit tøj", "købte tøj",
             "tøjbutik", "shoppe tøj", "bilka", "lidl", "dagligvare", "madkasse", "færdigret", "frysepizza", "takeaway",
             "opvaskemaskin", "vaskemaskin", "tøjkurv", "sortere affald", "pap og glas", "aftensmad", "middagsmad"],
            ["vask", "rengør", "støvsug", "opvask", "indkøb", "madlav", "oprydn", "køkken", "tøjvask", "gulve",
             "vinduer", "skraldespand"],
        ),
        "egenomsorg": (
            ["bad", "bade", "bader", "badet", "brusebad", "bruse", "tandbørst", "børste tænder", "børster tænder",
             "tænder", "barber", "hygiejn", "klæde", "klæd", "påklæd", "tøj", "tøjet", "skift tøj", "skifte tøj",
             "hår", "håret", "frisør", "neg", "toilet", "tisse", "bleer", "ble", "spise selv", "skære maden",
             "deodorant", "deo", "vaske mig", "vasker mig", "vaske hår", "vasket hår", "creme", "sko", "snørebånd",
             "knapper", "lynlås", "strømper", "støttestrømp", "pynte mig", "sminke", "makeup", "dosisæske",
             "pilleæske", "huske medicin", "huske mine piller", "tage min medicin", "tage mine piller",
             "nødkald", "hjemmepleje", "personlig pleje", "morgenrutine", "aftenrutine",
             "passe på mig selv",
             "passe mig selv", "klare mig selv", "soignering", "shampoo", "tandpasta", "undertøj", "underbukser",
             "bukser", "skjorte", "nattøj", "morgenkåbe", "sæbe", "håndklæde", "neglene", "klippe negle", "bleskift",
             "insulin", "blodsukker", "strømpepåtager", "badetaburet", "badekar", "vaske ansigt",
             "piller til tiden", "medicin til tiden", "medicinen til tiden", "pillerne til tiden", "husker mine piller",
             "huske pillerne", "husker pillerne", "husker medicinen", "huske medicinen", "glemmer min medicin",
             "glemmer mine piller", "glemmer sin medicin", "glemmer sine piller", "minder mig om mine piller",
             "minder mig om min medicin", "medicinalarm", "pillealarm",
             "=jakke", "jakken", "=jakker", "frakke", "trøje", "=sokker", "sokkerne", "kjole", "=bluse", "støvle",
             "=hue", "huen", "vanter", "slips", "strømpebuks", "tandlæge",
             # round 22: going to the doctor is one's own health care routine (guide, "Health care"); "læge" alone
             # left sundhed ("lægen siger jeg skal træne" takes the advised activity's theme)
             "til lægen", "til læge", "hos lægen", "hos læge", "ved lægen", "lægebesøg", "lægetjek", "egen læge"],
            ["tandbørst", "brusebad", "hygiejn", "påklæd", "barber", "badeværelse", "toiletbesøg", "medicinæske"],
        ),
        "kommunikation": (
            ["ring", "telefon", "mobil", "snak", "tal", "tale", "taler", "talte", "sige fra", "sige min mening",
             # round 20: the way one talks to others (tone, swearing, shouting at someone) is communication
             "tale pænt", "tale pænere", "taler pænt", "snakke pænt", "snakke pænere", "tale ordentligt", "tale ordentlig",
             "=bande", "=bander", "bandeord", "råbe ad", "råber ad", "råbte ad", "råbe af", "råber af", "råbte af", "skælde ud",
             "skælder ud", "sur tone", "grim tone", "tonen",
             "sige nej", "sige hvad", "siger hvad", "skriv", "skrev", "læse", "læser", "læste", "læsn", "brev",
             "breve", "eboks", "e-boks", "e boks", "mitid", "nemid", "mail", "email", "sms", "besked", "forstå",
             "forstår", "forklar", "udtryk", "tegnsprog", "computer", "tablet", "ipad", "pc", "app", "facebook",
             "messenger", "snapchat", "instagram", "videoopkald", "facetime", "ord", "ordene", "stam", "afasi",
             "udtale", "samtal", "spørg", "spurgt", "svar", "lytte", "lytter", "hukommels",
             "koncentr", "følge med",
             "sagsbehandler", "formular", "blanket", "ansøgning", "kalender", "piktogram", "billeder", "tolk",
             # round 22: remembering appointments with the phone or a calendar app (guide, round 22)
             "mine aftaler", "huske aftaler", "husker aftaler", "glemmer aftaler", "glemmer mine aftaler", "huske mine aftaler",
             "ordblind", "stave", "staver", "alfabet", "høreapparat", "hører dårligt", "hørelse", "høretab", "talepædagog",
             "stemmestyring", "oplæsning", "læse højt", "digital post", "talemaskine", "billedtavle", "dagsorden",
             "skemaer", "ukendt nummer", "opkald", "sige fra", "gøre mig forstået", "finde ordene"],
            ["telefon", "opkald", "besked", "samtale", "kommunik", "skrivning", "mailen", "beskeder"],
        ),
        "mobilitet": (
            ["bus", "bussen", "busser", "tog", "toget", "togene", "cykl", "cykel", "elcykel", "kørekort", "bil", "bilen", "flextrafik",
             "flexbus", "taxa", "rollator", "kørestol", "el-scooter", "elscooter", "scooter", "trappe", "trapper",
             # fresh 30: "rejse sig" is getting up (mobility); travel for its own sake is a holiday (samfundsliv)
             "rejse mig", "rejse sig", "rejser mig", "rejser sig", "rejste mig", "rejste sig", "transport", "køre", "kører", "kørte", "komme rundt", "letbane", "metro",
             "s-tog", "perron", "stoppested", "station", "rejsekort", "billet", "køreplan", "skift", "stok",
             "krykke", "gangbesvær", "balance", "falde", "falder", "faldt", "fald", "ben", "benene", "hofte", "knæ",
             "gangdistance", "komme ud", "kommer ud", "ud af huset", "ud af døren", "køretime", "kørelærer",
             "handicapbil", "ledsager", "rampe", "elevator", "strand", "skov", "rejseplan",
             "knallert", "chauffør", "køreprøve", "teoriprøve", "trappelift", "handicapbus", "omlagt", "togtider",
             "fare vild", "farer vild", "finde vej", "støttehjul", "rollatoren", "stokke",
             # probe 5: fetching the paper or the post downstairs, getting out of bed or a chair (transfers) and
             # out of the flat are getting about; a fall is mobility wherever it happens
             "ned efter", "op efter", "op af sengen", "op af stolen", "forflytning", "personløfter", "ud af lejligheden",
             "bange for at falde", "er faldet", "falde på"],
            ["trafik", "rejsekort", "busstoppe", "stoppested", "kørekort", "cykel", "cykl", "gangbesvær",
             "kørestol", "rollator", "trappe"],
        ),
        "samfundsliv": (
            ["bolig", "lejlighed", "flytt", "flyt", "bofællesskab", "bosted", "botilbud", "hus", "huset",
             "økonomi", "penge", "pengene", "budget", "regning", "gæld", "post", "posten", "forening",
             "klub", "fritid", "frivillig", "stemme", "stemmer", "valg", "kirke", "bibliotek", "husleje",
             "netbank", "bank", "bankkort", "dankort", "mobilepay", "spejder", "kontanthjælp", "pension",
             "førtidspension", "ydelse", "boligstøtte", "skat", "kommune", "kommunen", "rykker", "inkasso",
             "spare op", "sparer op", "opsparing", "lån", "låne", "råd til", "kroner", "kr", "forsikring",
             "bibliotek", "café", "cafe", "banko", "disko", "kor", "hobby", "hobbyer",
             "værested", "medborgerhus", "ungdomsklub", "bo selv", "bo for mig selv", "egen bolig",
             "eget sted", "flytte hjemmefra", "hjemmefra", "mit eget", "lejer", "udlejer", "boligforening",
             "automat", "spil på", "ludomani", "ferie", "=rejse", "=rejser", "=rejste", "=rejsen", "udlandsrejse", "ferierejse", "sommerhus", "koncert", "biograf", "fest", "festen",
             "betalingsservice", "visning", "ældrebolig", "plejehjem", "gældsrådgivning", "skrabelod", "festival",
             "bowling", "værge", "udlejer", "opgang", "lejrtur", "seniorcafé", "ældreklub", "genbrugsbutik", "foreningsliv",
             "teater", "teatr", "kulturhus", "fællessang", "menighed", "gudstjeneste", "ungdomshus", "museum", "museer",
             "zoo", "tivoli", "udflugt", "foredrag", "aftenskole", "loppemarked", "moské", "sangkor", "kolonihave",
             "camping", "charterrejse", "storbyferie", "byfest", "kulturnat", "borgermøde", "et band", "i band", "bandet",
             "tegne", "tegner", "tegnede", "tegning", "tegneseri", "strikk", "hækl", "puslespil", "lego", "guitar",
             "klaver", "keyboard", "trommer", "male billeder", "maler billeder", "malede", "modelfly", "modeltog",
             "syning", "sy tøj", "broderi", "fotografer", "samle på", "samler på", "fiskeri", "lystfisk",
             "=danse", "=danser", "dansede", "linedance", "til dans", "skak", "brætspil", "kortspil", "spille kort",
             "spiller kort", "kabale", "rollespil", "warhammer", "fiskestang", "fisketur", "=fisker", "=fiskede",
             "at fiske", "kryds og tværs", "synge", "synger", "ukulele", "harmonika", "akvarel", "sommerlejr", "e-sport",
             "esport", "hvor jeg bor", "hvor hun bor", "hvor han bor", "hvor vi bor",
             # round 19: pastimes of elderly writers
             "krydsord", "sudoku", "banko", "bankospil", "petanque", "kortklub", "=bridge", "whist",
             # fresh probe (December 2026): boredom in one's free time is leisure (guide, "Where one lives")
             "keder mig", "keder sig", "kedsomhed", "bo sammen", "bor sammen", "flytte sammen", "flytter sammen",
             "flyttet sammen", "flyttede sammen", "at lave i weekend", "at lave om aftenen", "at lave i fritiden",
             "at tage mig til i weekend", "at give mig til i weekend", "at lave om lørdagen", "at lave om søndagen",
             # living alone is housing (guide: samfundsliv; the corpus labels "bo alene" so), not loneliness: see
             # _HOUSING_ALONE for the "alene" it holds
             "bo alene", "bor alene", "boede alene", "boet alene", "live alone", "lives alone", "living alone",
             "lived alone", "live on my own", "live by myself", "living on my own", "living by myself", "lives on his own",
             "lives on her own", "my own place", "my own flat", "my own apartment"],
            ["bolig", "lejlighed", "økonomi", "budget", "regning", "husleje", "forening", "fritid", "opsparing",
             "pension", "ydelse", "bofællesskab", "klub", "konto"],
        ),
        "beskaeftigelse": (
            ["arbejd", "job", "praktik", "uddann", "skole", "kursus", "kurser", "værksted", "flexjob",
             "løntilskud", "beskyttet beskæftigelse", "beskæftigelse", "stu", "vuc", "hf", "dagtilbud",
             "aktivitetscenter", "jobcenter", "kollega", "chef", "lederen", "=ledere", "min leder", "vores leder", "sin leder", "hans leder", "hendes leder", "lærlinge", "læreplads", "elev",
             "ansat", "ansættelse", "løn", "lønnen", "efterskole", "højskole", "produktionsskole", "fgu",
             # fresh 32: evening courses and day folk high school are education (guide, "Fresh 32 conventions");
             # "aftenskole" alone stays leisure, with a school subject see rules.school_subject_course
             "aftenkursus", "aftenkurser", "daghøjskole",
             "studie", "studere", "læse til", "eksamen", "lektier", "undervisning", "timer om ugen", "vikar",
             "fritidsjob", "deltid", "fuldtid", "arbejdsplads", "virksomhed", "firma", "kontor", "lager",
             "butiksjob", "pædagogmedhjælper", "mentor", "ressourceforløb", "jobafklaring", "afklaring",
             "virksomhedspraktik", "cv", "ansøg", "jobsamtale", "samtale til", "opgaver på arbejdet",
             "sygemeld", "raskmeld", "pensioneret", "beskæftigelsesvejleder", "arbejdsprøvning", "amu",
             "sosu", "mester", "kantine", "fagligt", "faget", "erhverv", "timer i ugen",
             # probe 5: trades and occupations, whatever their field ("jeg vil være kok" is a wish for work)
             "=kok", "=kokke", "kokkeelev", "tømrer", "mekaniker", "gartner", "elektriker", "=murer", "=smed", "slagter",
             "dyrepasser", "buschauffør", "lastbilchauffør", "taxachauffør", "=postbud", "skraldemand", "vicevært",
             "=pedel", "ekspedient", "kassedame", "kassemedarbejder", "lagerarbejder", "lagermedarbejder",
             "rengøringsassistent", "sygeplejerske", "sosu-hjælper", "sosu-assistent", "social- og sundhedshjælper",
             "social- og sundhedsassistent", "politibetjent", "brandmand", "=soldat", "programmør", "bibliotekar",
             "=tjener", "landmand", "frisørelev", "mekanikerlærling", "pædagogmedhjælper",
             "pædagoguddannelse", "dyrlæge", "maskinarbejder", "=stilladsarbejder", "=blikkenslager", "=vvs'er",
             "flyttemand",
             # school forms and places ("hun går i 8. klasse", "gymnasiet", "universitetet")
             "klasse", "gymnasi", "universitet", "htx", "hhx", "stx", "erhvervsskole", "ungdomsuddannelse",
             # fresh probe (December 2026): trades whose word also names a health or self-care matter
             "være frisør", "blive frisør", "som frisør", "være læge", "blive læge", "som læge", "være tandlæge", "blive tandlæge",
             "være personlig træner", "blive personlig træner", "som personlig træner", "være massør", "blive massør",
             "være fitnessinstruktør", "blive fitnessinstruktør", "være sygeplejerske", "blive sygeplejerske"],
            ["arbejd", "praktik", "uddannelse", "skole", "jobcent", "værksted", "kollega", "flexjob",
             "beskæftig", "fritidsjob", "læreplads", "job"],
        ),
        "relationer": (
            ["ven", "venner", "veninde", "kæreste", "familie", "mor", "far", "mors", "fars", "søster", "bror",
             "søskende", "forældre", "børn", "barn", "datter", "søn", "sønnen", "ensom", "alene", "date", "dating",
             "nabo", "kammerat", "bedstemor", "bedstefar", "mormor", "morfar", "farmor", "farfar", "kone",
             "=mand", "manden", "=mænd", "min mand", "samvær", "besøg", "barnebarn", "børnebørn", "oldebarn", "nevø",
             "niece", "fætter", "kusine", "onkel", "tante", "svigersøn", "svigerdatter", "svigermor",
             "eks", "ekskæreste", "kærlighed", "forelsk", "kys", "kram", "sex", "sammen med", "hygge med",
             "drenge", "pigerne", "folk", "mennesker", "socialt", "sociale", "fællesskab", "fællesspisning",
             "savner", "savne", "skænd", "uvenner", "drille", "mobbe", "mobning", "hund", "kat", "kæledyr",
             "juleaften", "jul", "fødselsdag", "konfirmation", "bryllup", "gæster", "invitere", "lillebror",
             "storebror", "lillesøster", "storesøster", "single", "besøgsven", "parterapi",
             "jævnaldrende", "enspænder", "halvbror", "halvsøster", "stedfar", "stedmor", "svigerfar",
             "været sammen", "er sammen med", "kærester", "gift", "giftes", "=skilt", "skilsmisse", "nye venner",
             "lære nogen at kende", "lære nye at kende", "holde i hånd", "kaffe med", "kaffe hos", "til kaffe", "kop kaffe med"],
            ["kæreste", "familie", "veninde", "venne", "søskende", "forældre", "bedstefor", "barnebarn",
             "børnebørn", "ensomhed", "nabo"],
        ),
        "sundhed": (
            ["søvn", "sove", "sover", "sov", "sovet", "træt", "energi", "vægt", "tabe", "taber", "tabt",
             "slank", "motion", "træn", "fitness", "løb", "svøm", "medicin", "pille", "piller", "smert", "ondt",
             "angst", "stress", "humør", "depress", "ked af", "sund", "hash", "alkohol", "øl", "drikk",
             "helbred", "indlagt", "indlæggelse", "genoptræn", "blodprop", "hjerneblødning", "hjerneskade", "=synet", "=syn", "=synsfelt",
             "druk", "ryg", "cigaret", "smøg", "kost", "hjernetræt", "trættebar", "lydfølsom", "lysfølsom", "lydoverfølsom", "udtrættel", "sanseoverbelast", "gaming", "gamer", "spille om natten",
             "spiller om natten", "spille hele natten", "fysioterapi", "fysioterapeut", "genoptræn", "psykolog",
             "psykiater", "psykisk", "psyk", "diagnose", "adhd", "autis", "sygdom", "syg", "operation", "opereret",
             "hospital", "sygehus", "diabetes", "sukker", "blodtryk", "hjerte", "hoved", "hovedpine",
             "migræne", "epilepsi", "anfald", "kræft", "vrede", "rolig", "ro", "hvile", "hviler",
             "overskud", "udmattet", "udbrændt", "nedsmeltning", "panik", "nervøs", "uro",
             "trist", "grædt", "græd", "spis", "morgenmad", "cola", "slik", "sodavand",
             "grøntsag", "frugt", "fedt", "overvægt", "kondi", "gåtur", "yoga", "mindfulness", "meditation",
             "selvmord", "selvskad", "skære i mig", "misbrug", "behandling", "sprit", "vin", "abstinens",
             "skærm", "skærmtid", "mobil om natten", "døgnrytme", "vågen", "mareridt", "rask", "sygemeldt",
             "vægttæppe", "psykiatri", "røgfri", "hoste", "bipolar", "energidrik", "svimmel", "kvalme", "mave",
             "ryg", "knæ", "kilo", "falde i søvn", "sovepille", "lykkepille", "antidepressiv", "tandpine",
             "zumba", "spinning", "crossfit", "pilates", "aerobic", "gymnastik", "holdtræn", "vandgymnast", "fitnesscenter",
             "fodbold", "håndbold", "badminton", "tennis", "bordtennis", "volleyball", "floorball", "basket",
             "boksning", "karate", "atletik", "roklub", "roning",
             # probe 5: walks as exercise, getting up and going to bed (the day/night rhythm), riding
             "gå tur", "går tur", "gik tur", "gå ture", "går ture", "gå en tur", "går en tur", "gik en tur", "gå en gåtur",
             "stå op", "står op", "stod op", "op om morgenen", "gå i seng", "går i seng", "gik i seng", "sengetid",
             "ridning", "rideskole", "ridehal", "ridetur",
             # round 22: walking the dog is a walk, exercise (guide, "Walks"), not company
             "med hunden", "med min hund", "lufte hunden", "luftet hunden", "lufter hunden", "luftes", "går lange ture",
             "gå lange ture", "gik lange ture", "hundeluft",
             # round 21: running as a word start ("løbeklub", "løbetur"; "løb" alone is whole-word only)
             "løbe", "løbet",
             # sport as such, and feeling unwell (mood and health, guide: sundhed)
             "sport", "idræt", "har det skidt", "har det dårligt", "har det elendigt", "har det ad helvede til"],
            ["træning", "medicin", "smerte", "søvn", "angst", "stress", "depress", "motion", "psykolog",
             "fysioterap", "genoptræn", "hjernetræt", "misbrug", "sygdom", "sygeplej", "kondition"],
        ),
    }


def english_lexicon() -> dict[str, list[str]]:
    """Whole English words per life theme (the guide's theme definitions and their everyday neighbours):
    citizens write English too, and a theme word known beforehand does not depend on the training
    authors having used it."""
    return {
        "praktiske_opgaver": ["clean", "cleaning", "cleaned", "cook", "cooking", "cooked", "shopping", "groceries",
                              "laundry", "dishes", "dishwasher", "hoover", "hoovering", "vacuum", "vacuuming", "tidy",
                              "tidying", "kitchen", "bake", "baking", "baked", "meal", "meals", "dinner", "lunch",
                              "breakfast", "fridge", "garden", "gardening", "rubbish", "trash", "bins", "ironing",
                              "chores", "housework", "toast"],
        "egenomsorg": ["shower", "showering", "bath", "bathing", "hygiene", "teeth", "toothbrush", "dress", "dressed",
                       "dressing", "clothes", "hair", "haircut", "shave", "shaving", "toilet", "socks", "shoes",
                       "washing"],
        "kommunikation": ["talk", "talking", "talked", "phone", "phones", "call", "calls", "calling", "text", "texts",
                          "texting", "message", "messages", "email", "emails", "mail", "letter", "letters", "write",
                          "writing", "wrote", "read", "reading", "computer", "computers", "laptop", "pc",
                          "understand", "understanding", "explain", "speak", "speaking", "language", "danish", "words"],
        "mobilitet": ["walk", "walking", "walked", "bus", "buses", "train", "trains", "bike", "cycle", "cycling",
                      "drive", "driving", "licence", "license", "car", "taxi", "wheelchair", "stairs", "walker",
                      "rollator", "travel", "travelling"],
        "samfundsliv": ["flat", "apartment", "housing", "move", "moving", "moved", "money", "budget", "bills", "bill",
                        "debt", "debts", "bank", "pension", "post", "club", "association", "volunteer", "volunteering",
                        "church", "library", "holiday", "concert", "municipality", "benefits", "theatre", "theater", "museum",
                        "choir", "band", "festival", "trip", "vacation", "hobby", "hobbies", "drawing", "draw", "painting",
                        "paint", "knitting", "knit", "guitar", "piano", "drums", "lego", "puzzle", "puzzles",
                        "noise", "noisy", "landlord"],
        "beskaeftigelse": ["work", "working", "worked", "job", "jobs", "internship", "school", "education", "course",
                           "college", "study", "studying", "colleague", "colleagues", "boss", "workshop", "employer",
                           "apprenticeship", "career"],
        "relationer": ["family", "friend", "friends", "girlfriend", "boyfriend", "mum", "mom", "dad", "mother",
                       "father", "sister", "brother", "son", "daughter", "kids", "children", "grandchildren", "wife",
                       "husband", "lonely", "loneliness", "partner", "dating", "neighbour", "neighbours", "mate", "mates",
                       "grandma", "grandpa", "nan", "married", "divorce", "divorced"],
        "sundhed": ["sleep", "sleeping", "slept", "tired", "energy", "weight", "exercise", "training", "gym", "run",
                    "running", "swim", "swimming", "medicine", "medication", "pills", "pain", "hurts", "ache",
                    "anxiety", "anxious", "depressed", "depression", "mood", "stress", "stressed", "doctor",
                    "drinking", "alcohol", "beer", "smoke", "smoking", "gaming", "health", "healthy", "diet", "sick",
                    "ill", "illness", "hospital", "suicide", "die", "dying"],
    }


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]], re.Pattern[str] | None]:
    """Per theme: whole words (entries of up to three letters, entries marked "=" and the English words), word starts and
    compound parts; entries of several words go into one pattern with a named group per theme."""
    single: dict[str, tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]] = {}
    multi: list[str] = []
    english = english_lexicon()
    for theme, (starts, parts) in theme_lexicon().items():
        one = [s for s in starts if " " not in s and not s.startswith("=")]
        whole = [s[1:] for s in starts if s.startswith("=")]  # "=mand": the word itself, not "mandag"
        several = [s for s in starts + parts if " " in s]
        single[theme] = (frozenset([s for s in one if len(s) <= 3] + whole + english[theme]),
                         tuple(s for s in one if len(s) > 3), tuple(p for p in parts if " " not in p))
        if several:
            multi.append(f"(?P<{theme}>" + "|".join(r"\b" + re.escape(s) for s in several) + ")")
    return single, (re.compile("|".join(multi)) if multi else None)


@lru_cache(maxsize=65536)
def token_themes(token: str) -> tuple[str, ...]:
    out = []
    for theme, (whole, starts, parts) in _index()[0].items():
        if token in whole or token.startswith(starts) or any(p in token for p in parts):
            out.append(theme)
    # round 21: a sport club ("løbeklubben", "svømmeklub", "fodboldklub") is sport = sundhed, also in a club (guide,
    # "Sport"); only the club word itself or a club with no sport in it ("fritidsklub") is leisure
    if "klub" in token and "sundhed" in out and "samfundsliv" in out and not token.startswith("klub"):
        out.remove("samfundsliv")
    return tuple(out)


@lru_cache(maxsize=4096)
def lexicon_hits(norm_text: str) -> dict[str, int]:
    """How many words of each life theme the normalised text holds."""
    counts: Counter[str] = Counter()
    for tok in norm_text.split():
        counts.update(token_themes(tok))
    multi = _index()[1]
    if multi is not None:
        counts.update(m.lastgroup for m in multi.finditer(norm_text) if m.lastgroup)
    alone = len(_HOUSING_ALONE.findall(norm_text))
    if alone and counts.get("relationer", 0):
        counts["relationer"] -= min(alone, counts["relationer"])  # "bor alene" is housing, not loneliness
        if not counts["relationer"]:
            del counts["relationer"]
        if _LONELY.search(norm_text):  # "jeg bor alene og det er ensomt": the loneliness is the point, not the housing
            counts["relationer"] += 1
    return dict(counts)


# "alene" in "bo alene" is where one lives (samfundsliv), not loneliness: that "alene" is not counted for relationer
_HOUSING_ALONE = re.compile(r"\b(bo|bor|boede|boet) (\w+ )?alene\b")
_LONELY = re.compile(r"\bensom\w*|\blonely\b|\bsavner (nogen|selskab)\b")


# Round 20: the valence of a noun said alone as an answer ("min husleje", "mit helbred", "min familie"): a worry
# (parking) or a joy (resource); word starts, matched on the normalised noun. Nouns whose valence depends on the
# question ("mit arbejde", "min lejlighed", "min mor") are in neither list: the classifier keeps its own reading.
WORRY_NOUNS = (
    "husleje", "økonomi", "regning", "gæld", "lån", "penge", "rykker", "inkasso", "bøde", "budget",
    "ryg", "helbred", "søvn", "vægt", "knæ", "angst", "smert", "hukommelse", "syn", "træthed", "ensomhed",
    "hjerneskade", "hjerneblødning", "blodprop", "sygdom", "diagnose", "depression", "stress", "humør", "nerver",
    "gigt", "hofte", "skulder", "hoved", "mave", "ben", "fødder", "hørelse", "nabo", "larm", "støj", "bekymring",
    "problem", "sorg", "skilsmisse", "diabetes", "sukkersyge", "kræft", "operation", "tinnitus", "migræne", "eks",
    "ex", "uro", "vrede", "tristhed", "svimmelhed", "kvalme", "allergi", "astma", "hjerte", "lunger", "tænder",
    # round 21: more money worries and diagnoses (guide, round 20: "a diagnosis" is a worry)
    "pension", "kviklån", "overtræk", "skat", "epilepsi", "blodtryk", "kolesterol", "sklerose", "parkinson", "demens",
    "psykose", "skizofreni", "bipolar", "ocd", "ptsd", "panikanfald", "anfald", "mareridt", "hovedpine", "tandpine",
    "mobning", "ensom", "gigtsmerter", "bivirkning",
)
# compound endings that are worries whatever comes before ("elregning", "vandregningen", "studiegæld", "rygsmerter",
# "nakkesmerter", "hovedpinen"); matched inside the noun
WORRY_PARTS = ("regning", "gæld", "smert", "pine", "sygdom", "problem", "bekymring", "angst", "stress", "rykker", "bøde")
JOY_NOUNS = (
    "familie", "venner", "veninde", "ven", "kæreste", "kone", "børnebørn", "barnebarn", "børn", "hund", "kat",
    "hest", "hobby", "hobbyer", "lego", "guitar", "musik", "have", "klub", "kor", "fritidsklub", "tegning",
    "family", "friends", "dog", "cat", "girlfriend", "boyfriend",
    # round 21: grandparents, cousins, pets and hobbies (family, pets and a hobby are resources, guide round 20)
    "mormor", "morfar", "farmor", "farfar", "bedstemor", "bedstefar", "bedsteforældre", "oldebørn", "kusine", "fætter",
    "lillebror", "lillesøster", "storebror", "storesøster", "kanin", "marsvin", "hamster", "undulat", "papegøje",
    "strik", "hækl", "puslespil", "maleri", "tegninger", "fiskeri", "fiskestang", "playstation", "spillekonsol",
)
_WHOLE_ONLY = frozenset({"ben", "syn", "ven", "kat", "kor", "eks", "ex", "uro", "ryg", "lån", "hund", "have"})


# round 21: nouns whose valence depends on the question (guide, round 20: "mit arbejde", "min skole", "min lejlighed"
# = sheet null): the classifier's parking or resource is not kept for them (it read "mit værelse" as a joy)
OPEN_NOUNS = ("arbejde", "job", "skole", "uddannelse", "lejlighed", "værelse", "hjem", "hus", "huset", "bolig",
              "praktik", "værksted", "dagtilbud", "bosted", "studie", "lærlinge", "elevplads", "fremtid", "hverdag")


def open_noun(noun: str) -> bool:
    """True for a noun whose valence depends on the question (see OPEN_NOUNS)."""
    return any(noun == s or (noun.startswith(s) and len(noun) - len(s) <= 3) for s in OPEN_NOUNS)


def noun_valence(noun: str) -> str | None:
    """"parking" for a worry noun, "resource" for a joy noun, else None (see WORRY_NOUNS)."""
    def hit(stems: tuple[str, ...]) -> bool:
        return any(noun == s or (s not in _WHOLE_ONLY and noun.startswith(s))
                   or (s in _WHOLE_ONLY and noun in (s + "en", s + "et", s + "ene", s + "e", s + "ne", s + "s")) for s in stems)
    if hit(WORRY_NOUNS) or any(p in noun for p in WORRY_PARTS):
        return "parking"
    if hit(JOY_NOUNS):
        return "resource"
    return None
