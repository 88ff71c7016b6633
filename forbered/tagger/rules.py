"""Rules kept as data: cue phrases for DARN-CAT, themes, safety and relatives.

Patterns run on the normalised text (lower case, chat spellings mapped, one space between words), so
one pattern covers "jeg gider ik" and "jeg gider ikke". Each family lives in a small named function so it
can be read, tested and extended on its own. The trained classifier sees the hits as features; the
safety patterns also decide on their own (recall first).
"""

from __future__ import annotations

import re
from functools import lru_cache

NEGATORS = frozenset({"ikke", "aldrig", "ingen", "intet", "ingenting", "hverken", "næppe"})
# Words that end a negation scope (clause boundaries in chat Danish).
SCOPE_BREAKERS = frozenset({"men", "og", "fordi", "selvom", "når", "hvis", "så", "eller", "for"})


def desire_cues() -> list[str]:
    return [
        r"\bvil (rigtig |så |meget |virkelig |bare )?gerne\b", r"\bkunne (godt )?tænke (mig|sig)\b",
        r"\bdrømmer om\b", r"\bdrøm(men)? er\b", r"\bønsker? (mig|sig|at)?\b", r"\bhåber\b",
        r"\bhar (lyst|mod) til\b", r"\bvil have\b", r"\bkunne godt lide at\b", r"\bville ønske\b",
        r"\bdet ville være (dejligt|godt|fedt|rart)\b", r"\bglæder (mig|sig) til\b",
        r"\bgider (ikke )?blive ved\b", r"\bvil ikke (blive ved|være alene|sidde|have det sådan)\b",
    ]


def ability_cues() -> list[str]:
    return [
        r"\bkan (godt|sagtens|nok|vel)\b", r"\btror (godt )?(jeg|hun|han) kan\b", r"\bkan lære\b",
        r"\ber i stand til\b", r"\bkan finde ud af\b", r"\bkan klare\b", r"\bkunne godt\b",
        r"\bkan ikke (overskue|finde ud af|klare|magte|lære|lade være)\b", r"\bformår\b",
        r"\bmagter (ikke )?\b", r"\bovers(kue|kuer)\b",
    ]


def reasons_cues() -> list[str]:
    return [
        r"\bfordi\b", r"\bså (ville|vil|kan|kunne|får|fik) (jeg|hun|han)\b", r"\bhvis (jeg|hun|han)\b.*\bville\b",
        r"\bdet ville (give|betyde|gøre)\b", r"\bville (få|have|blive|være)\b", r"\bbedre for\b",
        r"\bså jeg (kan|kunne|får)\b", r"\bfor så\b", r"\bdet vil give\b", r"\bfor at\b",
    ]


def need_cues() -> list[str]:
    return [
        r"\bbliver nødt til\b", r"\ber nødt til\b", r"\bmå (hellere|altså|simpelthen)?\b", r"\bskal have\b",
        r"\bhar brug for\b", r"\bhar behov for\b", r"\bdet er vigtigt\b", r"\bjeg skal\b", r"\bbør\b",
        r"\btrænger til\b", r"\bkan ikke blive ved\b", r"\bhar ikke brug for\b",
    ]


def commitment_cues() -> list[str]:
    return [
        r"\b(jeg|hun|han) vil (begynde|starte|gøre|prøve|ringe|melde)\b", r"\blover\b",
        r"\bhar besluttet\b", r"\bdet gør (jeg|hun|han)\b", r"\bdet vil (jeg|hun|han)\b",
        r"\bgår i gang\b", r"\bhar bestemt\b", r"\bfra (i morgen|mandag|nu af|på mandag|næste uge)\b",
        r"\bdet gider (jeg|hun|han) ikke\b", r"\bdet gør (jeg|hun|han) ikke\b", r"\baldrig i livet\b",
    ]


def activation_cues() -> list[str]:
    return [
        r"\ber (klar|parat|villig|frisk|åben) (til|på)\b", r"\bvil (gerne )?prøve\b", r"\bvil gå med til\b",
        r"\ber ikke klar\b", r"\bvil godt prøve\b", r"\bkunne godt prøve\b", r"\ber med på\b",
    ]


def taking_steps_cues() -> list[str]:
    return [
        r"\bhar (meldt|tilmeldt|ringet|skrevet|købt|søgt|startet|begyndt|været|prøvet|fået|lavet|talt|sendt|booket)\b",
        r"\b(meldte|ringede|skrev|købte|søgte|startede|begyndte|prøvede|tog|gik|fik|lavede|kom) \w*\b.*\b(i går|i sidste uge|sidste uge|i dag|forleden|i weekenden|sidste måned)\b",
        r"\bi (går|sidste uge|weekenden)\b", r"\bsidste uge\b", r"\ber (gået|holdt|stoppet) (i gang|op|med)\b",
        r"\bhar meldt (mig|sig) ud\b", r"\bstoppede med\b", r"\bholdt op med\b", r"\baflyste\b",
    ]


def sustain_cues() -> list[str]:
    return [
        r"\bhar det (fint|godt) som det er\b", r"\bkan ikke overskue\b", r"\bgider ikke\b(?! blive ved)",
        r"\borker ikke\b", r"\bnyder\b", r"\bvil ikke\b(?! (blive ved|være alene|sidde))", r"\ber ikke klar\b",
        r"\bhar ikke brug for\b", r"\bkan ikke\b", r"\bbehøver ikke\b", r"\bfor (svært|hårdt|meget)\b",
        r"\bdet nytter ikke\b", r"\bdet er ikke noget for (mig|hende|ham)\b", r"\bkan lige så godt\b",
        r"\bsom det er\b", r"\bmeldt (mig|sig) ud\b", r"\bstoppede\b", r"\bgad ikke\b", r"\bikke lyst\b",
    ]


def resource_cues() -> list[str]:
    return [
        r"\ber god til\b", r"\ber dygtig til\b", r"\bgiver (mig|hende|ham) glæde\b", r"\belsker\b",
        r"\bkan godt lide\b", r"\bglad for\b", r"\bgør (mig|hende|ham) glad\b", r"\ber stolt\b",
        r"\bnyder at\b", r"\bhygger\b", r"\bgår godt\b", r"\bstærk til\b", r"\bhjælpsom\b",
    ]


def parking_cues() -> list[str]:
    return [
        r"\bfylder (meget|rigtig meget|så meget|en del)\b", r"\bbekymr", r"\bbange for\b", r"\birriter",
        r"\bnaboe?n?\b", r"\bstøj\b", r"\blarm", r"\bskændes\b", r"\bsur over\b", r"\bker mig om\b",
        r"\btænker (meget|tit|hele tiden) på\b", r"\bkan ikke sove\b.*\bfordi\b", r"\bgør mig (sur|vred|ked)\b",
    ]


def goal_progress_cues() -> list[str]:
    return [
        r"\bdet går (godt|fint|dårligt|skidt|okay|middel|så som så|bedre|langsomt)\b",
        r"\b(mit|hendes|hans|vores) mål\b", r"\bmålet\b", r"\bikke kommet i gang\b", r"\bkommet i gang\b",
        r"\bsidste år\b", r"\b[0-4] (ud af|af) (4|fire)\b", r"^[0-4]\b", r"\bhalvvejs\b", r"\bnået\b",
    ]


def relative_cues() -> list[str]:
    """A relative or staff member writing about the citizen in the third person."""
    return [
        r"^(hun|han)\b", r"\b(min|vores) (søn|datter|mor|far|bror|søster|mand|kone|bedstemor|morfar|farfar|mormor|farmor)\b",
        r"\bjeg er (hans|hendes) (mor|far|søster|bror|kontaktperson|pårørende|værge)\b",
        r"\bjeg er pårørende\b", r"\bjeg skriver for\b", r"\bpå vegne af\b",
    ]


def safety_patterns() -> list[str]:
    """Self-harm, suicidal thoughts, abuse and acute danger. Recall first: every pattern was written
    against indirect phrasing and chat spellings; false hits are checked against idioms in the tests."""
    return [
        # suicidal thoughts, direct and indirect
        r"\b(tage|tager|tog|taget) (mit|sit|hendes|hans) (eget )?liv\b", r"\bselvmord", r"\bslå (mig|sig) selv ihjel\b",
        r"\bslå mig ihjel\b", r"\bvil (ikke|ik) (leve|være her|være til) (mere|længere)\b", r"\bikke (leve|være her|være til) mere\b",
        r"\b(orker|gider|magter) (ikke )?(at )?(leve|være til|være her)\b", r"\bbedre (hvis|om) (jeg|hun|han) (ikke var her|var død|ikke fandtes|forsvandt)\b",
        r"\bønsker? (jeg|hun|han)? ?(at )?(var|være) død\b", r"\bvil (gerne )?dø\b", r"\bhar lyst til at dø\b", r"\bvil bare dø\b",
        r"\bville ønske (jeg|hun|han) (var død|ikke var født|ikke fandtes|ikke var her)\b", r"\bikke vågne (op )?(igen|mere)\b",
        r"\bende (det hele|mit liv|livet)\b", r"\bmaa?tte dø\b", r"\bvil ikke mere\b.*\bliv", r"\blivet er ikke værd\b",
        r"\bingen grund til at leve\b", r"\bforsvinde for altid\b", r"\bsige farvel til (alle|livet)\b", r"\bsuicid",
        r"\bhoppe (ud|foran)\b", r"\bforan (et tog|toget|en bil|bussen)\b", r"\bdræbe mig\b", r"\bdræbe (mig|sig) selv\b",
        r"\bskyde mig\b", r"\bhænge mig\b", r"\bløbe ud foran\b",
        # self-harm
        r"\bskærer? i (mig|sig) selv\b", r"\bskære i (mig|sig)\b", r"\bcutter\b", r"\bcutte\b", r"\bgør (mig|sig) selv fortræd\b",
        r"\bskade (mig|sig) selv\b", r"\bskader (mig|sig) selv\b", r"\bslår? (mig|sig) selv\b", r"\bbrænder (mig|sig) selv\b",
        r"\bridse(r)? (mig|sig)\b", r"\b(alle|mange|en masse) (mine|sine|hendes|hans)? ?piller\b", r"\boverdosis\b", r"\btaget for mange piller\b",
        r"\bsamle(r)? på piller\b",
        # abuse, violence, threats, exploitation
        r"\b(slår|slog|sparker|sparkede|truer|truede|tæsker|banker|kvæler|kvalte|voldtog|voldtager|misbruger|presser) (mig|hende|ham)\b",
        r"\b(slået|sparket|truet|tæsket|voldtaget|misbrugt|udnyttet|tvunget) (af|mig)?\b", r"\bvold\b", r"\bvoldelig\b",
        r"\brører? (ved )?(mig|hende|ham) (når|selvom|uden)\b", r"\b(tager|tog|stjæler|stjal) (mine|hendes|hans) penge\b.*\b(truer|slår|tør ikke)\b",
        r"\btør ikke (tage|gå) hjem\b", r"\bbange for (ham|hende|min kæreste|min mand|min kone|min far|min mor)\b",
        r"\bbliver (slået|truet|mobbet og slået|holdt fast|låst inde)\b", r"\blåst inde\b", r"\btvinger (mig|hende|ham)\b",
        # acute danger
        r"\bder er (brand|ild)\b", r"\bdet brænder\b", r"\bkan ikke (få vejret|trække vejret)\b", r"\bblør (meget|voldsomt)\b",
        r"\bligger på gulvet og kan ikke\b", r"\bringe(r)? 112\b",
    ]


# Idioms that contain safety words but are not disclosures; checked before the safety patterns.
def safety_exceptions() -> list[str]:
    return [
        r"\bdør af grin\b", r"\bkeder (mig|sig) ihjel\b", r"\bdet slår mig\b", r"\bslår (mig|sig) løs\b",
        r"\bslå (tiden|en handel|op|ihjel tiden)\b", r"\bslår tiden ihjel\b", r"\bslå tiden ihjel\b", r"\bdræbe (min|den|det) (wifi|computer|telefon|printer)\b",
        r"\bsulter ihjel\b", r"\bfryser ihjel\b", r"\bgriner mig ihjel\b", r"\bsvømmer ihjel\b",
        r"\bpiller? (mod|for) (hovedpine|smerter)\b", r"\bslår (mig|sig) ned\b",
    ]


def theme_cues() -> dict[str, list[str]]:
    return {
        "praktiske_opgaver": [r"\b(rengøring|gøre rent|støvsug\w*|vask\w*|opvask\w*|tøjvask|indkøb\w*|handle|handler|købe ind|lave mad|madlavning|mad|koge|bage|rydde op|oprydning|skraldet|affald|tørre støv|vande blomster|madplan)\b"],
        "egenomsorg": [r"\b(bad|bade|brusebad|tandbørst\w*|tænder|barber\w*|hygiejne|tøj|klæde (mig|sig) på|påklædning|hår|negle|toilet|spise selv|medicin til tiden|tage (min|mine) piller)\b"],
        "kommunikation": [r"\b(ringe|ringer|telefon\w*|snakke|tale|taler|sige fra|sige min mening|skrive|skriver|læse|læser|breve?|e-?boks|mitid|mail|sms|forstå|forklare|udtrykke|sms'er|tegnsprog|computer)\b"],
        "mobilitet": [r"\b(bus(sen|ser)?|tog(et)?|cykle?\w*|gå ture?|gåtur|gå|kørekort|bil(en)?|flextrafik|taxa|rollator|kørestol|trapper?|rejse|transport|køre|komme rundt|letbane|metro)\b"],
        "samfundsliv": [r"\b(bolig|lejlighed|flytte\w*|bofællesskab|bosted|hus|værelse|økonomi|penge|budget|regninger?|gæld|post|forening|klub|fritid\w*|fritidsklub|frivillig\w*|stemme|kirke|bibliotek|husleje|netbank|spejder)\b"],
        "beskaeftigelse": [r"\b(arbejde\w*|job(bet)?|praktik\w*|uddannelse\w*|skole\w*|kursus|kurser|værksted\w*|flexjob|løntilskud|beskyttet beskæftigelse|stu|vuc|hf|dagtilbud|aktivitetscenter|jobcenter\w*|kollega\w*|chef|lære\w*plads|elev|ansat|løn|ordblind\w*)\b"],
        "relationer": [r"\b(ven(ner|nen|inde|inder)?|kæreste\w*|familie\w*|mor|far|søster|bror|søskende|forældre|børn|barn|datter|søn|ensom\w*|alene|date|dating|nabo\w*|kammerat\w*|bedstemor|bedstefar|mormor|morfar|farmor|farfar|kone|mand|samvær|besøg)\b"],
        "sundhed": [r"\b(søvn|sove|sover|træt\w*|energi|vægt|tabe|slank\w*|motion|træning|træne|fitness|løbe|svømme\w*|medicin|piller|smerte\w*|ondt|angst\w*|stress\w*|humør|depress\w*|ked af|læge\w*|sund\w*|hash|alkohol|øl|ryge|rygning|spise sundt|kost|hjernetræt\w*|gaming|gamer|spille(r)? (om natten|hele natten)|fysioterapi|genoptræning)\b"],
    }


def theme_lexicon() -> dict[str, tuple[list[str], list[str]]]:
    """Word stems per life theme: (word starts, parts found anywhere in a compound word).

    Matched on normalised tokens, so "opvasken", "tøjvask" and "vaske" all reach praktiske_opgaver.
    """
    return {
        "praktiske_opgaver": (
            ["rengør", "gøre rent", "gør rent", "gjort rent", "støvsug", "vask", "opvask", "indkøb", "handl", "købe ind",
             "køber ind", "købte ind", "lave mad", "laver mad", "lavede mad", "madlav", "kog", "bag", "rydde", "rydder",
             "ryddet", "oprydn", "skrald", "affald", "tørre støv", "vande", "madplan", "opskrift", "mikroovn", "ovn",
             "komfur", "gulv", "moppe", "tørretumbl", "vasketøj", "strygning", "stryge", "rod", "roder", "rodet",
             "netto", "rema", "føtex", "brugsen", "supermarked", "butik", "indkøbsliste", "køleskab", "fryser",
             "aftensmad", "frokost", "madpakk", "smør", "pandekag", "kartofl", "have", "haven", "plæne", "græs", "snerydn",
             "reparer", "pære", "skruetræk", "pudse vinduer", "vindue", "sengetøj", "rede seng", "rede min seng",
             "husarbejd", "huslig", "praktisk"],
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
             "nødkald", "hjemmepleje", "hjemmehjælp", "personlig pleje", "pleje", "morgenrutine", "aftenrutine",
             "stå op", "står op", "op om morgenen", "gå i seng", "går i seng", "sengetid", "passe på mig selv",
             "passe mig selv", "klare mig selv", "soignering"],
            ["tandbørst", "brusebad", "hygiejn", "påklæd", "barber", "badeværelse", "toiletbesøg", "medicinæske"],
        ),
        "kommunikation": (
            ["ring", "telefon", "mobil", "snak", "tal", "tale", "taler", "talte", "sige fra", "sige min mening",
             "sige nej", "sige hvad", "siger hvad", "skriv", "skrev", "læse", "læser", "læste", "læsn", "brev",
             "breve", "eboks", "e-boks", "e boks", "mitid", "nemid", "mail", "email", "sms", "besked", "forstå",
             "forstår", "forklar", "udtryk", "tegnsprog", "computer", "tablet", "ipad", "pc", "app", "facebook",
             "messenger", "snapchat", "instagram", "videoopkald", "facetime", "ord", "ordene", "stam", "afasi",
             "udtale", "samtal", "spørg", "spurgt", "svar", "lytte", "lytter", "huske", "husker", "hukommels",
             "glemme", "glemmer", "glemte", "koncentr", "følge med", "fortælle", "fortæller", "fortalte",
             "sagsbehandler", "formular", "blanket", "ansøgning", "kalender", "piktogram", "billeder", "tolk",
             "ordblind", "stave", "staver", "alfabet", "høreapparat", "hører dårligt", "høre"],
            ["telefon", "opkald", "besked", "samtale", "kommunik", "skrivning", "mailen", "beskeder"],
        ),
        "mobilitet": (
            ["bus", "bussen", "busser", "tog", "toget", "togene", "cykl", "cykel", "elcykel", "gå tur", "går tur",
             "gik tur", "gåtur", "gå ture", "gå", "går", "gik", "gået", "kørekort", "bil", "bilen", "flextrafik",
             "flexbus", "taxa", "rollator", "kørestol", "el-scooter", "elscooter", "scooter", "trappe", "trapper",
             "rejse", "rejser", "rejste", "transport", "køre", "kører", "kørte", "komme rundt", "letbane", "metro",
             "s-tog", "perron", "stoppested", "station", "rejsekort", "billet", "køreplan", "skift", "stok",
             "krykke", "gangbesvær", "balance", "falde", "falder", "faldt", "fald", "ben", "benene", "hofte", "knæ",
             "gangdistance", "komme ud", "kommer ud", "ud af huset", "ud af døren", "køretime", "kørelærer",
             "handicapbil", "ledsager", "rampe", "elevator", "strand", "skov", "tur", "ture"],
            ["trafik", "rejsekort", "busstoppe", "stoppested", "kørekort", "cykel", "cykl", "gangbesvær",
             "kørestol", "rollator", "trappe"],
        ),
        "samfundsliv": (
            ["bolig", "lejlighed", "flytt", "flyt", "bofællesskab", "bosted", "botilbud", "hus", "huset",
             "værelse", "økonomi", "penge", "pengene", "budget", "regning", "gæld", "post", "posten", "forening",
             "klub", "fritid", "frivillig", "stemme", "stemmer", "valg", "kirke", "bibliotek", "husleje",
             "netbank", "bank", "bankkort", "dankort", "mobilepay", "spejder", "kontanthjælp", "pension",
             "førtidspension", "ydelse", "boligstøtte", "skat", "kommune", "kommunen", "rykker", "inkasso",
             "spare op", "sparer op", "opsparing", "lån", "låne", "råd til", "kroner", "kr", "forsikring",
             "bibliotek", "café", "cafe", "banko", "disko", "fodboldklub", "kor", "hobby", "hobbyer",
             "værested", "medborgerhus", "ungdomsklub", "bo selv", "bo for mig selv", "egen bolig",
             "eget sted", "flytte hjemmefra", "hjemmefra", "mit eget", "lejer", "udlejer", "boligforening",
             "automat", "spil på", "ludomani", "ferie", "sommerhus", "koncert", "biograf", "fest", "festen"],
            ["bolig", "lejlighed", "økonomi", "budget", "regning", "husleje", "forening", "fritid", "opsparing",
             "pension", "ydelse", "bofællesskab", "klub", "konto"],
        ),
        "beskaeftigelse": (
            ["arbejd", "job", "praktik", "uddann", "skole", "kursus", "kurser", "værksted", "flexjob",
             "løntilskud", "beskyttet beskæftigelse", "beskæftigelse", "stu", "vuc", "hf", "dagtilbud",
             "aktivitetscenter", "jobcenter", "kollega", "chef", "leder", "lærlinge", "læreplads", "elev",
             "ansat", "ansættelse", "løn", "lønnen", "efterskole", "højskole", "produktionsskole", "fgu",
             "studie", "studere", "læse til", "eksamen", "lektier", "undervisning", "timer om ugen", "vikar",
             "fritidsjob", "deltid", "fuldtid", "arbejdsplads", "virksomhed", "firma", "kontor", "lager",
             "butiksjob", "pædagogmedhjælper", "mentor", "ressourceforløb", "jobafklaring", "afklaring",
             "virksomhedspraktik", "cv", "ansøg", "jobsamtale", "samtale til", "opgaver på arbejdet",
             "sygemeld", "raskmeld", "pensioneret", "beskæftigelsesvejleder"],
            ["arbejd", "praktik", "uddannelse", "skole", "jobcent", "værksted", "kollega", "flexjob",
             "beskæftig", "fritidsjob", "læreplads", "job"],
        ),
        "relationer": (
            ["ven", "venner", "veninde", "kæreste", "familie", "mor", "far", "mors", "fars", "søster", "bror",
             "søskende", "forældre", "børn", "barn", "datter", "søn", "sønnen", "ensom", "alene", "date", "dating",
             "nabo", "kammerat", "bedstemor", "bedstefar", "mormor", "morfar", "farmor", "farfar", "kone",
             "mand", "manden", "min mand", "samvær", "besøg", "barnebarn", "børnebørn", "oldebarn", "nevø",
             "niece", "fætter", "kusine", "onkel", "tante", "svigersøn", "svigerdatter", "svigermor",
             "eks", "ekskæreste", "kærlighed", "forelsk", "kys", "kram", "sex", "sammen med", "hygge med",
             "drenge", "pigerne", "folk", "mennesker", "socialt", "sociale", "fællesskab", "fællesspisning",
             "savner", "savne", "skænd", "uvenner", "drille", "mobbe", "mobning", "hund", "kat", "kæledyr",
             "juleaften", "jul", "fødselsdag", "konfirmation", "bryllup", "gæster", "invitere", "lillebror",
             "storebror", "lillesøster", "storesøster", "kontaktperson"],
            ["kæreste", "familie", "veninde", "venne", "søskende", "forældre", "bedstefor", "barnebarn",
             "børnebørn", "ensomhed", "fællesskab", "nabo"],
        ),
        "sundhed": (
            ["søvn", "sove", "sover", "sov", "sovet", "træt", "energi", "vægt", "tabe", "taber", "tabt",
             "slank", "motion", "træn", "fitness", "løb", "svøm", "medicin", "pille", "piller", "smert", "ondt",
             "angst", "stress", "humør", "depress", "ked af", "læge", "sund", "hash", "alkohol", "øl", "drikk",
             "druk", "ryg", "cigaret", "smøg", "kost", "hjernetræt", "gaming", "gamer", "spille om natten",
             "spiller om natten", "spille hele natten", "fysioterapi", "fysioterapeut", "genoptræn", "psykolog",
             "psykiater", "psykisk", "psyk", "diagnose", "adhd", "autis", "sygdom", "syg", "operation", "opereret",
             "hospital", "sygehus", "tandlæge", "diabetes", "sukker", "blodtryk", "hjerte", "hoved", "hovedpine",
             "migræne", "epilepsi", "anfald", "kræft", "vrede", "rolig", "ro", "pause", "hvile", "hviler",
             "overskud", "udmattet", "udbrændt", "nedsmeltning", "panik", "bange", "nervøs", "uro", "bekymr",
             "trist", "glad", "gladere", "grædt", "græd", "spis", "mad", "morgenmad", "cola", "slik", "sodavand",
             "grøntsag", "frugt", "fedt", "overvægt", "kondi", "gåtur", "yoga", "mindfulness", "meditation",
             "selvmord", "selvskad", "skære i mig", "misbrug", "behandling", "sprit", "vin", "abstinens",
             "skærm", "skærmtid", "mobil om natten", "døgnrytme", "vågen", "mareridt", "rask", "sygemeldt"],
            ["træning", "medicin", "smerte", "søvn", "angst", "stress", "depress", "motion", "læge", "psykolog",
             "fysioterap", "genoptræn", "hjernetræt", "misbrug", "sygdom", "sygeplej", "kondition"],
        ),
    }


@lru_cache(maxsize=1)
def compiled() -> dict[str, list[re.Pattern[str]]]:
    """All cue families, compiled once."""
    fams: dict[str, list[str]] = {
        "desire": desire_cues(), "ability": ability_cues(), "reasons": reasons_cues(), "need": need_cues(),
        "commitment": commitment_cues(), "activation": activation_cues(), "taking_steps": taking_steps_cues(),
        "sustain": sustain_cues(), "resource": resource_cues(), "parking": parking_cues(),
        "goal_progress": goal_progress_cues(), "relative": relative_cues(),
        "safety": safety_patterns(), "safety_exception": safety_exceptions(),
    }
    for theme, pats in theme_cues().items():
        fams[f"theme_{theme}"] = pats
    return {k: [re.compile(p) for p in v] for k, v in fams.items()}


@lru_cache(maxsize=1)
def _alternations() -> dict[str, re.Pattern[str]]:
    """Each family as one alternation, so a text costs one search per family."""
    return {fam: re.compile("|".join(f"(?:{p.pattern})" for p in pats)) for fam, pats in compiled().items()
            if fam not in ("safety", "safety_exception")}


@lru_cache(maxsize=4096)
def hits(norm_text: str) -> dict[str, re.Match[str]]:
    """First match of each cue family in the normalised text (leftmost across the family)."""
    out: dict[str, re.Match[str]] = {}
    for fam, pat in _alternations().items():
        m = pat.search(norm_text)
        if m:
            out[fam] = m
    return out


@lru_cache(maxsize=1)
def _safety_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    c = compiled()
    join = lambda pats: re.compile("|".join(f"(?:{p.pattern})" for p in pats))  # noqa: E731
    return join(c["safety"]), join(c["safety_exception"])


@lru_cache(maxsize=1)
def _lexicon_res() -> dict[str, re.Pattern[str]]:
    """One pattern per theme: short entries as whole words, longer ones as word starts, parts anywhere."""
    out = {}
    for theme, (starts, parts) in theme_lexicon().items():
        whole = [re.escape(s) for s in starts if len(s) <= 3]
        pre = [re.escape(s) for s in starts if len(s) > 3]
        alts = []
        if whole:
            alts.append(r"\b(?:" + "|".join(whole) + r")\b")
        if pre:
            alts.append(r"\b(?:" + "|".join(sorted(pre, key=len, reverse=True)) + ")")
        if parts:
            alts.append("(?:" + "|".join(re.escape(p) for p in parts) + ")")
        out[theme] = re.compile("|".join(alts))
    return out


@lru_cache(maxsize=4096)
def lexicon_hits(norm_text: str) -> dict[str, int]:
    """How many words of each life theme the normalised text holds."""
    out = {}
    for theme, pat in _lexicon_res().items():
        n = len(pat.findall(norm_text))
        if n:
            out[theme] = n
    return out


def safety_hit(norm_text: str) -> re.Match[str] | None:
    """A safety disclosure in the text, after masking idioms that only look like one."""
    pos, exc = _safety_res()
    masked = exc.sub(lambda m: "_" * len(m.group()), norm_text)
    return pos.search(masked)
