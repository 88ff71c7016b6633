"""Concept features for the safety head: words abstracted into a few classes, and the classes' combinations.

The safety classifier otherwise learns words and n-grams, so a disclosure in new wording ("min kæreste tog mig
om struben", "han tæsker mig") shares little with the training lines. Here each normalised token is mapped to
concepts (DEATH, HARM, AGENT, SELF, BODY, MEANS, ...; the word lists below are data: extend freely), matched on
a folded spelling too (æ/ø/å and doubled letters: "draebe", "dræbbe" and "drabe" reach "dræbe"), and the
concepts that occur near each other become pair features ("k=DEATH+SELF" within a window of a few words), with
an ordered triple for the shape of a violence disclosure: someone, a harm verb, then the speaker or a relative
as its object ("han slå mig", "pædagogen hev ham i armen"). Context concepts (GAME, SPORT, COOKING, LAUGH, ...)
let the head learn the look-alikes ("han slår mig i skak", "jeg skar mig på løget").

The features all start with "k=" and only the safety head sees them (train.HIDDEN hides them from the others).
`concept_features` is the one function both the plain path (features.featurize) and the fast path
(features.FeatureIndexer) call, so the two agree by construction.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Concept -> words. A word is a normalised token (see normalize.norm_token); "word*" matches any token that
# starts with it (stems of four letters or more only, so the prefixes stay distinctive); "a b" is a phrase.
CONCEPTS: dict[str, tuple[str, ...]] = {
    "DEATH": (
        # (set 18) old people's words for dying
        "sove ind", "sov ind", "vorherre", "vor herre", "himlen", "hente mig", "komme efter mig",
        "i live", "være til", "gå bort", "forbi", "slutte", "slutter", "forsøg", "forsøget", "intensiv", "indlagt",
        "afsked", "sige farvel", "sidste gang", "begravelse", "jorden", "jord", "bedre død", "ønske man var død",
        "stå op til",
        "dø", "dør", "døde", "død", "døden", "døds*", "dræb*", "ihjel", "selvmord*", "livet", "liv", "leve", "lever",
        "levede", "slut", "ende", "enden", "begravelse*", "kiste", "grav", "forsvinde", "forsvandt", "findes",
        "eksistere", "vågne", "sove for evigt", "tage mit liv", "tage sit liv", "tage mig af dage", "gøre en ende",
        "væk for altid", "for altid", "hænge mig", "hænge", "suicide", "die", "kill", "dead", "farvel til alle",
        "afskedsbrev", "sidste brev", "ikke være her", "ikke findes",
    ),
    "SELF": ("mig", "jeg", "mit", "min", "mine", "mig selv", "selv", "mit liv", "my", "me", "myself"),
    "OBJ": (  # the object of a harm verb: the speaker or someone they speak for
        "mig", "hende", "ham", "os", "mig selv", "sig selv", "hinanden", "me", "her", "him", "us",
        "min mor", "min far", "min søn", "min datter", "min bror", "min søster", "mit barn", "min kone",
        "min mand", "min kæreste", "sig",
    ),
    "AGENT": (
        "han", "hun", "de", "den", "man", "nogen", "nogle", "he", "she", "they",
        "mand", "manden", "far", "faren", "fars", "stedfar", "mor", "stedmor", "kæreste", "kæresten", "ekskæreste",
        "eks", "kone", "konen", "bror", "broren", "søster", "onkel", "onklen", "fætter", "kusine", "nevø", "niece",
        "søn", "sønnen", "datter", "datteren", "nabo", "naboen", "pædagog*", "personale*", "hjælper*",
        "hjemmehjælp*", "hjemmepleje*", "kontaktperson*", "medarbejder*", "beboer*", "chauffør*", "træner*",
        "lærer*", "chef*", "vagt*", "plejer*", "ven", "vennen", "venner", "fyr", "fyren", "mænd", "drenge*",
        "klassekammerat*", "kollega*",
        "nattevagt*", "sygeplejerske*", "vikar*", "samlever*", "svigersøn", "svigerdatter", "barnebarn", "venner",
    ),
    "HARM": (
        "cutter", "cuttet", "cuttede", "cutte", "snitter", "snittede", "skælder", "skældte",  # (set 18)
        "vride", "vred", "vrider", "klemme", "klemte", "klemmer", "spænde fast", "spænder", "spændt", "brække",
        "brækket", "brækkede", "skalle", "slor", "slår", "bankd", "bankr", "trur", "truer", "slaeer", "kvaler",
        "pude", "efterlod", "efterlader", "følger efter", "forfølger", "skræmme",
        "skubbede", "skubber", "sparke", "bryde", "brød",
        "slå", "slår", "slog", "slået", "sla", "slar", "slaa", "slaar", "slået", "slåe", "slås", "sparke*", "sparker",
        "sparkede", "spark", "skære", "skærer", "skar", "skåret", "skær", "skare", "skærre", "brænde", "brænder",
        "brændte", "brændt", "kvæl*", "kvæle", "kvalt", "skub*", "tæve", "tæver", "tævede", "tæsk*", "bank",
        "banker", "bankede", "banket", "hive", "hiver", "hev", "hevet", "rive", "river", "rev", "revet", "niv*",
        "knibe", "kneb", "bide", "bed", "bider", "holde fast", "holdt fast", "holder fast", "holdt mig", "holder mig",
        "låse*", "låst", "lukker mig inde", "spærre*", "true", "truer", "truede", "truet", "trusler", "trussel",
        "kaste*", "kastede", "smide", "smed", "smider", "lussing*", "lussinger", "øretæve*", "gribe", "greb",
        "griber", "grebet", "tvinge", "tvinger", "tvang", "tvunget", "voldt*", "misbrug*", "mishandl*", "vold",
        "voldelig*", "overfald*", "stikke", "stak", "stukket", "ridse*", "kradse*", "kradser", "skade", "skader",
        "skadet", "gøre ondt", "gør ondt", "gjorde ondt", "ondt", "hit", "hits", "beat", "beats", "kick", "hurt",
        "hurts", "choke", "knytnæve*", "flå", "ryste*", "rystede", "råbe", "råber", "råbte", "udnytte*",
        "binder", "bandt", "bundet", "fastspændt", "fastspænder", "lænket", "lænker", "som straf",
    ),
    "SEX": (
        "nusser", "nussede", "kilder", "kildede",  # (set 18) touch where one does not want
        "nudes", "nøgenbilleder", "uden tøj", "bukser", "bukserne", "rør ved", "rør mig", "rør hende", "rør ham", "tissekone", "tisse*", "skridt",
        "befamler", "kommer ind til mig", "mødes med", "instagram", "snapchat",
        "røre", "rører", "rørte", "befamle*", "befølt", "befølte", "sex", "seksuel*", "nøgen", "nøgne", "tissemand",
        "pik", "bryster", "bryst", "numse", "tøjet af", "trøje", "kysse", "kysser", "kyssede", "voldtag*",
        "voldtægt*",
        "billeder", "kameraet", "underbukser", "trusser", "skridtet", "klamme", "sove hos", "i min seng", "i sengen",
    ),
    "BODY": (
        "rifter", "rifterne", "snit", "snittene", "brændemærker", "skæremærker",  # (set 18) marks on the skin
        "hals", "halsen", "struben", "strube", "arm", "armen", "arme", "armene", "hoved", "hovedet", "ansigt*",
        "kind", "blå mærker", "blåt mærke", "mærker", "blod", "blodet", "bløder", "blødte", "sår", "såret",
        "ar", "arrene", "håndled*", "lår", "låret", "lårene", "ryg", "ryggen", "mave", "maven", "ribben",
        "næse", "næsen", "øje", "øjet", "hår", "håret", "knoer", "hud", "huden", "arr", "underarm*",
    ),
    "MEANS": (
        "sovepiller", "sovepil*", "sovemedicin*", "pamol", "panodil", "pakke", "paracetamol", "hamstre*", "hamstret",
        "gemt", "samlet", "havet", "søen", "kogeplade*", "strygejern*", "lighter*", "motorvej*", "køre galt",
        "går galt", "for stærkt",
        "piller", "pillerne", "tabletter", "tabletterne", "medicin", "medicinen", "overdosis", "reb", "rebet",
        "kniv", "kniven", "knive", "barberblad*", "bro", "broen", "tog", "toget", "togskinner*", "skinnerne",
        "perron*", "højde", "højt", "tag", "taget", "altan", "altanen", "vindue", "vinduet", "hoppe", "springe",
        "sprang", "hopper", "pistol", "gevær", "våben", "gift", "giften", "bil", "bilen", "træ", "vand", "vandet",
    ),
    "DANGER": (
        "ild i", "gået ild", "flammer", "besvimet", "besvime*", "blå om læberne", "skæv", "vågner ikke", "gulv",
        "gulvet", "trækker ikke vejret", "trækker næsten ikke vejret", "kan ikke op", "bryde døren", "stiger",
        "knækker", "indbrud",
        "ild", "ilden", "brand", "branden", "brænder", "røg", "røgen", "gas", "gassen", "lugter", "flammer",
        "vand", "drukne*", "isen", "faldet", "falder", "faldt", "bevidstløs", "svarer ikke", "trække vejret",
        "luft", "få luft", "kramper", "krampe*", "anfald", "blødning", "112", "ambulance*", "skadestue*",
        "forsvundet", "væk", "kan ikke rejse", "kan ikke komme op", "ligger på gulvet", "hjertet",
    ),
    "NOW": ("nu", "lige nu", "i nat", "nat", "natten", "i aften", "akut", "hurtigt", "haster", "now", "igen"),
    "HELP": ("hjælp", "hjælpe", "help", "redde", "red", "ring", "ringe", "politi", "politiet", "112"),
    "SECRET": (
        "hemmelighed*", "ikke sige", "ikke fortælle", "ikke fortæller", "ikke sladre", "ellers", "fortæller nogen",
        "siger noget", "holde min mund", "holde kæft", "ingen må vide", "sige til nogen", "sige det til nogen",
    ),
    "FEAR": ("bange", "angst", "frygt*", "tør ikke", "tør", "skræmt", "rædsel*", "afraid", "scared", "utryg"),
    "NEGLIFE": (
        "aldrig født", "blevet født", "ikke født", "liv er slut", "liv er forbi",
        "besvær", "til besvær", "ønsker bare", "det hele", "klarer ikke", "kan ikke klare", "ikke klare",
        "træt af at være", "træt af livet", "færdig med",
        "ikke mere", "orker ikke", "gider ikke", "vil ikke", "kan ikke mere", "ingen mening", "meningsløs*",
        "håbløs*", "opgive", "opgivet", "giver op", "byrde", "bedre uden", "bedre hvis", "fortjener",
        "ikke leve", "ikke vågne", "stoppe", "stopper", "ingen vil savne", "ikke savne", "tomt", "tom",
    ),
    "NEGLECT": (
        "efterlod", "koldt vand", "får ikke lov", "ikke lov", "lukket inde",
        "ingen kommer", "ingen der kommer", "ikke fået", "ikke får", "glemmer", "glemte", "glemt", "ikke kom",
        "kommer ikke", "ble", "bleen", "skifte*", "ikke spist", "sulte*", "sulter", "alene", "mad", "bad", "badet",
        "insulin", "medicin", "varme", "vender", "liggesår", "tørstig", "ikke drukket", "beskidt", "snavset",
        "lader", "svigt*", "passe", "passer",
        "tørstige", "køleskabet", "tomt køleskab", "uden mad", "ingen mad", "ikke givet",
        "ingen har givet", "ingen giver", "ikke kommet", "udhungret",
    ),
    # control by a partner, family or staff: isolation, permission, watching, humiliation, things taken or locked away
    # (probe 8); with AGENT and SELF it makes the triple k=AGENT>CTRL>SELF ("han styrer min pension")
    "CONTROL": (
        "bestemmer", "bestemmer over", "styrer", "kontrollerer", "kontrol", "overvåger", "overvåget", "må ikke",
        "ikke lov", "om lov", "får ikke lov", "låser", "låste", "låst", "gemmer", "gemte", "skjuler", "beholder",
        "beholdt", "slukker", "tjekker min", "læser mine", "mine beskeder", "hvor jeg er", "hvem jeg", "isoler*",
        "kalder mig", "griner af", "gør grin", "ydmyg*", "håner", "hånede", "spasser", "idiot", "luder", "værdiløs",
        "som straf", "straffer", "truer", "truede", "ellers", "hvis jeg siger", "hvis jeg fortæller", "tør ikke",
        "uden at spørge", "bag min ryg", "i mit navn", "skrive under", "underskrive", "tvinger", "tvang", "presser",
        "ingen adgang", "ikke adgang", "tager min", "tog min", "taget min", "tager mine", "tog mine", "taget mine",
        "smider mig ud", "plejehjem", "aldrig mine", "jaloux", "rasende",
    ),
    # hiding things (pills, blades) where no one looks: with MEANS, a plan
    "HIDE": ("gemt", "gemmer", "gemte", "skjult", "skjuler", "skjulte", "hamstrer", "sok", "sokken", "strømpe*",
             "madrassen", "så ingen", "hvor ingen", "uden at nogen"),
    "MONEY": (
        "netbank", "nemid", "mitid", "opsparing*", "sparepenge", "arv", "arven", "lønkonto", "førtidspension*",
        "kviklån", "overfører", "overført", "bruger", "brugt", "brugte",
        "fuldmagt", "ring", "smykker", "vielsesring", "henter pengene", "halvdelen",
        "penge", "pengene", "pension*", "konto*", "kort", "kortet", "dankort*", "mobilepay", "kode", "koden",
        "pinkode*", "lån", "låne", "skylder", "gæld", "hævet", "hæver", "hæve", "pung", "pungen", "kr", "kroner",
        "løn", "lønnen", "solgt", "sælge", "beholdt", "stjal", "stjæler", "stjålet", "tager", "tog", "tømt", "tømme",
    ),
    # contexts of look-alikes
    "GAME": (
        "skak", "spil", "spillet", "spiller", "computerspil*", "game*", "playstation", "fifa", "minecraft", "kort",
        "ludo", "dragen", "drage", "zombie*", "level", "bane", "banen", "film", "filmen", "serie", "serien", "bog",
        "bogen", "krimi", "fjernsyn*", "tv", "figur*", "roman", "tegneserie*", "netflix", "youtube", "teater*",
    ),
    "SPORT": (
        "fodbold*", "håndbold*", "bold", "bolden", "kamp", "kampen", "træning*", "træne", "boksning", "bokse*",
        "karate", "judo", "holdet", "hold", "mål", "målet", "løb", "løbe", "cykel*", "cykle*", "svøm*", "gym*",
        "fitness", "kampsport",
    ),
    "COOKING": (
        "løg", "løget", "kartofler", "gulerød*", "brød", "brødet", "bage", "bagte", "bager", "ovn", "ovnen",
        "komfur*", "gryde*", "pande*", "køkken*", "madlavning", "lave mad", "grill*", "pejs*", "stearinlys",
        "lys", "bål", "bålet", "kage*", "opskrift*", "papir", "græs*", "plæne*", "have", "haven",
    ),
    "LAUGH": ("haha", "hahaha", "hehe", "lol", "grin", "griner", "grinede", "sjov", "sjovt", "for sjov", "pjat",
              "joke", "spøg", "xd"),
    "PLEASANT": ("hygge*", "dejlig*", "glad", "glade", "godt", "fint", "fin", "sød", "søde", "elsker", "nyder",
                 "heldigvis", "okay", "ok", "uheld", "ved et uheld", "kom til at", "aftalt", "aftale", "værge*"),
    "ILLNESS": ("hospice", "kræft", "cancer", "sygdom*", "syg", "syge", "terminal", "uhelbredelig*", "lungebetændelse",
                "demens", "alzheimer*", "sorg", "savner", "mistede"),
    "PAST": ("sidste år", "engang", "dengang", "som barn", "da jeg var lille", "for længe siden"),
    # (probe 11, h10) skin, hair and body care: "jeg kradser mig når eksemen blusser op", "frisøren hev mig i håret"
    "CARE": ("eksem*", "kløe", "klør", "kløede", "kløer", "myggestik*", "udslæt", "allergi*", "psoriasis", "skorpe*",
             "frisør*", "reder", "redte", "børster", "børstede", "fletter", "flettede", "fletning*", "knude", "knuder",
             "knuderne", "shampoo", "creme*", "plaster"),
    # (set 23) names that hurt: "kalder mig" alone is no harm ("min kæreste kalder mig skat", "de kalder mig professoren"),
    # the name it gives is
    "INSULT": ("idiot*", "spasser*", "spast", "mongol*", "retard*", "åndssvag*", "evnesvag*", "luder*", "kælling*",
               "møgkælling*", "klaphat*", "taberen", "møgunge*", "møgsvin", "svin", "svinet", "krøbling*",
               "dum", "dumme", "klam", "klamme", "ulækker", "ulækre", "værdiløs*", "ubrugelig*", "fjols", "tumpe", "tåbe",
               "psykopat*", "skvat", "hore", "bitch", "stupid", "useless", "worthless", "disgusting", "moron*",
               "loser", "pathetic", "freak", "slut", "whore", "pig", "dumb", "ugly", "grim", "grimme"),
    # (set 23) held by the arm or the hand to keep from falling or getting lost: "holdt mig i armen så jeg ikke gled",
    # "holder ham i hånden så han ikke farer vild"
    "STEADY": ("glider", "gled", "glide", "glat", "glatte", "glatføre", "snuble*", "vælte", "vælter", "væltede", "støtte",
               "støtter", "støttede", "gelænder*", "rollator*", "stok", "stokken", "farer vild", "fare vild", "blive væk",
               "bliver væk", "blev væk", "menneskemængde*", "trængsel*", "fortov*", "fodgængerfelt*", "lyskryds*",
               # held on a slippery day ("glatføret", "glatisen", "det har frosset"), taken under the arm
               "glat*", "frost*", "frosset", "sne", "sneen", "under armen"),
    # a club, a class or an outing one quits or has not been to ("jeg stopper i koret, der er ingen grund til at
    # fortsætte", "jeg har ikke været i byen i en måned"): with NEGLIFE it is a hobby given up, not a life
    "OUTING": ("kor", "koret", "klub*", "forening*", "aftenskole*", "kursus*", "kurset", "værksted*", "værested*",
               "byen", "biograf*", "svømmehal*", "kirke*", "ferie*", "keramik*", "strikke*", "kortklub*", "bridge*",
               # a trip out for pleasure ("køre ud til broen og fiske")
               "fiske", "fisker", "fiskede", "fisketur*", "fiskestang*", "solnedgang*", "udsigt*", "picnic", "madpakke*",
               "gåtur*", "cykeltur*", "køretur*", "fotografere", "fotograferer"),
    "NEG": ("ikke", "aldrig", "ingen", "intet", "ingenting", "not", "never", "no"),
    # the home and its damage (water in the basement, a leak, a burst pipe, damp): "vand", "taget" and "gulvet" are also
    # means or danger words, so the head needs the context to learn "der er vand i kælderen igen" from "gik ud i
    # vandet" ("rør" alone is a pipe; "rør ved" / "rør mig" is touching, see SEX)
    "HOUSE": ("kælder*", "vandskade*", "rørskade*", "vaskemaskine*", "opvaskemaskine*", "lækker", "lækkede", "læk",
              "utæt", "utætte", "fugt*", "skimmel*", "svamp", "loftet", "afløb*", "kloak*", "blikkenslager*",
              "vicevært*", "udlejer*", "boligselskab*", "forsikring*", "oversvøm*", "regnvand", "tagrende*", "radiator*",
              "vandhane*", "vandrør*", "rør", "røret", "rørene", "tørretumbler*", "håndværker*"),
    # shame and embarrassment with a dying idiom ("jeg burde være død af skam", "jeg døde af flovhed")
    "SHAME": ("skam", "skamme", "skammer", "skammede", "flov", "flovhed", "pinlig", "pinligt", "pinlige", "rødmer",
              "rødmede", "sunket i jorden"),
}

REPEAT = 1  # each concept feature is emitted this often: under the strong regularisation a class should outweigh a word
WINDOW = 5  # concepts this many tokens apart or closer make a pair feature
# pairs are all combinations of these (the context concepts pair with the harm words, the rest with each other)
_CORE = ("DEATH", "SELF", "OBJ", "AGENT", "HARM", "SEX", "BODY", "MEANS", "DANGER", "NOW", "HELP", "SECRET",
         "FEAR", "NEGLIFE", "NEGLECT", "MONEY", "NEG", "HIDE", "CONTROL", "INSULT")
_CONTEXT = ("GAME", "SPORT", "COOKING", "LAUGH", "PLEASANT", "PAST", "ILLNESS", "CARE", "HOUSE", "SHAME", "STEADY",
            "OUTING")
_HARMFUL = ("DEATH", "HARM", "SEX", "BODY", "MEANS", "DANGER", "NEGLIFE", "MONEY", "CONTROL", "NEGLECT", "INSULT")

_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=65536)
def fold(token: str) -> str:
    """A spelling key that forgives missing æøå and doubled letters: "dræbe", "draebe", "drabe" -> "drabe"."""
    t = token.lower().replace("æ", "a").replace("ø", "o").replace("å", "a")
    t = t.replace("ae", "a").replace("oe", "o").replace("aa", "a")
    return _DOUBLE.sub(r"\1", t)


def _build() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]], list[tuple[str, str]],
                      dict[str, list[tuple[tuple[str, ...], str]]]]:
    exact: dict[str, set[str]] = {}
    folded: dict[str, set[str]] = {}
    prefixes: list[tuple[str, str]] = []
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for concept, entries in CONCEPTS.items():
        for e in entries:
            if " " in e:
                ws = tuple(e.split())
                phrases.setdefault(ws[0], []).append((ws, concept))
            elif e.endswith("*"):
                prefixes.append((fold(e[:-1]), concept))
            else:
                exact.setdefault(e, set()).add(concept)
                if len(fold(e)) >= 4:  # short folded keys collide ("do", "sla")
                    folded.setdefault(fold(e), set()).add(concept)
    return ({k: frozenset(v) for k, v in exact.items()}, {k: frozenset(v) for k, v in folded.items()},
            prefixes, phrases)


_EXACT, _FOLDED, _PREFIXES, _PHRASES = _build()


@lru_cache(maxsize=65536)
def token_concepts(token: str) -> frozenset[str]:
    """The concepts of one normalised token (exact form, folded spelling, or a listed prefix). A token listed as it is
    typed keeps its own concepts only, not those of another word that folds to the same key: "nogen" (someone) is not
    "nøgen" (naked), "havet" (the sea) is not "hævet" (money drawn), "tomt" is not "tømt"."""
    got = set(_EXACT.get(token, ()))
    f = fold(token)
    if len(f) >= 4:
        if not got:
            got |= _FOLDED.get(f, frozenset())
        for p, concept in _PREFIXES:
            if f.startswith(p):
                got.add(concept)
    return frozenset(got)


_Info = tuple[tuple[str, ...], tuple[tuple[list[str], int, str], ...]]
_NONE: _Info = ((), ())
_INFO: dict[str, _Info] = {}


def _info(token: str) -> _Info:
    """A token's concepts (sorted) and the phrases that start with it, kept per token (at most 50,000)."""
    cs = tuple(sorted(token_concepts(token)))
    ph = tuple((list(ws[1:]), len(ws), c) for ws, c in _PHRASES.get(token, ()))
    got = (cs, ph) if cs or ph else _NONE
    if len(_INFO) >= 50_000:
        _INFO.clear()
    _INFO[token] = got
    return got


def concept_positions(tokens: list[str]) -> list[tuple[int, str]]:
    """(position, concept) for every concept occurrence, in token order; a phrase counts at its first word."""
    out: list[tuple[int, str]] = []
    n = len(tokens)
    get = _INFO.get
    for i, t in enumerate(tokens):
        info = get(t) or _info(t)
        if info is _NONE:
            continue
        cs, phrases = info
        for c in cs:
            out.append((i, c))
        for rest, size, c in phrases:
            if i + size <= n and tokens[i + 1:i + size] == rest:
                out.append((i, c))
    return out


def concept_features(tokens: list[str]) -> list[str]:
    """The "k=" features of a token sequence: each concept once, each nearby pair once, the harm triple."""
    occ = concept_positions(tokens)
    if not occ:
        return []
    feats: set[str] = {"k=" + c for _, c in occ if c not in _CONTEXT}  # a context counts only near harm
    for a in range(len(occ)):
        i, ca = occ[a]
        for b in range(a + 1, len(occ)):
            j, cb = occ[b]
            if j - i > WINDOW:
                break
            if ca == cb:
                continue
            if (ca in _CONTEXT and cb in _CONTEXT) or ((ca in _CONTEXT or cb in _CONTEXT)
                                                        and ca not in _HARMFUL and cb not in _HARMFUL):
                continue
            x, y = (ca, cb) if ca < cb else (cb, ca)
            feats.add(f"k={x}+{y}")
    # someone, then a harm verb, then its object: "han slå mig", "pædagogen hev ham i armen"
    agents = [i for i, c in occ if c == "AGENT"]
    harms = [i for i, c in occ if c in ("HARM", "SEX")]
    objs = [i for i, c in occ if c == "OBJ"]
    for h in harms:
        if any(0 < o - h <= 3 for o in objs):
            feats.add("k=HARM>OBJ")
            if any(0 < h - a <= 4 for a in agents):
                feats.add("k=AGENT>HARM>OBJ")
    # someone, then a controlling act or money word, then the speaker's own ("han styrer min pension", "hun tager
    # mine nøgler", "min søn bruger min pension")
    selfs = [i for i, c in occ if c == "SELF"]
    for h, c in occ:
        if c not in ("CONTROL", "MONEY"):
            continue
        if c == "MONEY" and tokens[h + 1:h + 2] in (["mig"], ["hende"], ["ham"], ["os"], ["me"]):
            continue  # "hun tager mig under armen", "han tog mig med": a person taken along, not money
        if any(0 < h - a <= 4 for a in agents) and any(0 <= s - h <= 3 for s in selfs):
            feats.add("k=AGENT>CTRL>SELF")
            break
    return sorted(feats) * REPEAT
