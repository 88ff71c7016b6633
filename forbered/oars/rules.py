"""Cues for coding a professional's utterance (MITI 4.2.1), kept as data in small named functions.

Patterns run on the normalised text (lower case, chat spellings mapped by the tagger's normaliser,
one space between words). The cues are features for the trained coder, not a rule engine: a cue says
"this looks like advice", the weights learnt from the corpus decide how much that counts. The one
piece of real logic is Danish question form (`sentence_form`), because word order, not the question
mark, is what separates "Vil du gerne flytte?" (closed question) from "Så du vil gerne flytte?"
(a reflection said with rising tone).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Question words. "hvor" alone is usually "hvor meget/længe/gammel" (a short fact) or "hvor bor du".
OPEN_QWORDS = frozenset({"hvad", "hvordan", "hvorfor", "hvilke", "hvilken", "hvilket"})
FACT_QWORDS = frozenset({"hvornår", "hvor", "hvem", "hvis"})
QWORDS = OPEN_QWORDS | FACT_QWORDS - {"hvis"}
# Words that can stand before the subject in a verb-first (yes/no) question.
SUBJECTS = frozenset({
    "du", "i", "han", "hun", "det", "der", "man", "jeg", "vi", "de", "den", "dit", "din", "dine",
    "hendes", "hans", "jeres", "mor", "far",
})
# First words that are not finite verbs even when a subject follows ("Så du vil …", "Og du …").
NOT_VERBS = frozenset({
    "så", "og", "men", "nu", "når", "hvis", "fordi", "selvom", "at", "for", "jo", "ja", "nej", "okay",
    "mm", "altså", "godt", "tak", "både", "enten", "også", "da", "der", "her", "lige", "måske",
    "derfor", "ellers", "bare", "sikke", "hvor", "hvad", "hvordan", "hvorfor", "hvem", "hvornår",
    "hvilke", "hvilken", "hvilket", "det", "du", "hun", "han", "jeg", "vi", "i", "de", "man", "som",
    "mens", "efter", "før", "inden", "om", "med", "til", "fra", "i dag", "lad", "kun", "uden",
    # quantifiers and nouns before the preposition "i": "Andre i din situation …", "Mange i byen …"
    "andre", "mange", "nogle", "flere", "alle", "begge", "folk", "ingen", "nogen",
    # "alt det med flytningen …", "alt det her …": a fronted pronoun, not a verb
    "alt", "intet",
    # possessives before a noun subject ("din mor hjælper dig?" is a statement with rising tone, not "Hjælper …?")
    "min", "mit", "mine", "din", "dit", "dine", "hans", "hendes", "deres", "vores", "jeres", "sin", "sit", "sine",
    # greetings and interjections before a statement ("hej jeg hedder Lise", "super du kom")
    "hej", "hejsa", "hallo", "halløj", "goddag", "godmorgen", "godaften", "velkommen", "nå", "jamen", "fedt",
    "super", "flot", "perfekt", "dejligt", "fint", "undskyld", "haha", "hmm", "øh", "ok",
    # interjections and adverbs before a statement ("wow det har krævet noget", "siden du var 14 altså")
    "wow", "wauw", "ej", "årh", "uha", "puha", "nåh", "aha", "yes", "nice", "cool", "sejt", "siden", "især",
    "ligesom", "stadig", "endnu", "igen", "endelig", "faktisk", "egentlig", "nok", "vist", "selvfølgelig", "klart",
    "sikkert", "tit", "ofte", "aldrig", "altid", "respekt", "helt",
    # a fronted phrase before the verb ("på den måde får du …", "hos din mor har du …"), also glossed English ("at the
    # same time, you …" → "samtidig du …")
    "på", "hos", "samtidig",
})
# Greetings before a question ("godmorgen, har du sovet godt", "hej og velkommen, hvad kunne du tænke dig …"): the
# question after the greeting decides the form.
GREETINGS = frozenset({"hej", "hejsa", "hejhej", "hallo", "halløj", "goddag", "godmorgen", "godaften", "davs", "dav",
                       "velkommen", "hi", "hello"})
# Last words that make a tag question even without "?" (trainees often leave it out): "du har ikke ringet vel",
# "så du vil gerne flytte eller hvad". A final "ikke" needs the "?", since "du har det ikke" is a statement.
TAGS_NO_QMARK = (("vel",), ("eller", "hvad"), ("ikke", "også"), ("ikke", "sandt"), ("ik",), ("tror", "du"),
                 ("synes", "du"), ("tænker", "du"), ("mener", "du"))
# "Hvor er det godt at se dig", "hvor dejligt": an exclamation, not a "hvor" question.
EXCLAIM = frozenset({
    "godt", "dejligt", "flot", "fedt", "sejt", "skønt", "sødt", "sjovt", "spændende", "trist", "synd", "hyggeligt",
    "rart", "modigt", "stærkt", "irriterende", "frustrerende", "hårdt", "svært", "ærgerligt", "surt", "skidt",
    "dygtig", "dygtigt", "heldigt", "uheldigt", "pinligt", "træls", "vildt", "herligt", "fantastisk", "smukt",
    "fint", "lækkert", "sørgeligt", "forfærdeligt", "uretfærdigt", "interessant", "dejlig",
})
# Subordinators that open a fronted clause: the main clause after it carries the question form ("hvis du flytter,
# hvordan ser din hverdag så ud", "når du får jobbet vil du så flytte"); so does a fronted scale ("på en skala fra
# 1 til 10 hvor vigtigt er det").
SUBORD = frozenset({"hvis", "når", "selvom", "inden", "mens", "såfremt"})
# Verbs that stand first before an indefinite subject in a yes/no question ("Kunne en pilleæske hjælpe?").
FIRST_VERBS_INDEF = frozenset({"kunne", "ville", "kan", "vil", "skal", "skulle", "må", "er", "var", "hjælper", "virker",
                               "findes", "giver", "gør"})
INVITE_VERBS = frozenset({"fortæl", "beskriv", "forklar", "uddyb", "fortælle", "beskrive", "forklare", "uddybe"})
FIRST_PERSON = {"jeg": "du", "mig": "dig", "min": "din", "mit": "dit", "mine": "dine", "vi": "i", "os": "jer"}
SECOND_PERSON = frozenset({"du", "dig", "din", "dit", "dine"})
STOPWORDS = frozenset(
    ["og", "i", "at", "det", "er", "en", "et", "til", "på", "de", "med", "for", "ikke", "der", "som", "har", "jeg", "du", "han", "hun", "den", "af", "så", "men", "om", "var", "vil", "kan", "skal", "bliver", "blive", "være", "have", "mig", "dig", "sig", "min", "din", "dit", "mit", "sin", "sit", "også", "bare", "lige", "jo", "nu", "da", "når", "hvis", "meget", "mere", "lidt", "gerne", "godt", "rigtig", "helt", "noget", "nogen", "man", "vi", "os", "jer", "dem", "hende", "ham", "hans", "hendes", "dine", "mine", "over", "efter", "ud", "op", "ind", "fra", "hvad", "hvordan", "hvor", "alt", "alle", "sådan", "synes", "tror", "ved", "får", "fik", "har", "haft", "ja", "nej", "mm"]
)


def tag_question_cues() -> list[str]:
    """ "…, ikke?" / "…, vel?" turn a statement into a request for confirmation."""
    return [r"\b(ikke|vel|ikke sandt|ikke også|right|hva|ik) \?$", r"\ber det ikke rigtigt\b",
            r"\b(vel|eller hvad|ikke også|ikke sandt)$"]  # the tag without "?", as trainees type it


# "vil du fortælle din sagsbehandler det", "kan du forklare det til din mor": telling someone else, not an invitation
# ("beskrive din søster" describes her: only "til" marks a receiver after "beskrive"/"uddybe")
_OTHERS = (r"(hende|ham|dem|personalet|lægen|(din|dit|dine|hans|hendes) (\w+ )?(mor|far|søster|bror|datter|søn|kone|mand|"
           r"kæreste|familie|forældre|læge|sagsbehandler|chef|kontaktperson|venner|ven|veninde|nabo|leder|lærer|pædagog|"
           r"mentor))\b")
_NOT_TO_OTHERS = (rf"(?! (det |noget )?til {_OTHERS}|(?<!beskrive)(?<!uddybe) (det |noget )?{_OTHERS}"
                  r"| (mig |os )?om (du|i|han|hun|der)\b)")  # "fortælle mig, om du har …": a yes/no question


def open_invitation_cues() -> list[str]:
    """Imperative invitations count as open questions ("Fortæl…", "Beskriv…")."""
    return [
        r"^(fortæl|beskriv|forklar|uddyb|sig lidt mere|giv (mig )?et eksempel)\b",
        # also polite with "godt"/"lige" ("jamen vil du godt uddybe det", "kan du lige fortælle …"): a request to tell
        r"\b(vil|kan|må) du (ikke )?(godt |lige )?(fortælle|beskrive|forklare|uddybe|sige lidt mere)\b" + _NOT_TO_OTHERS,
        r"\b(kunne|vil|ville) (du|i) (godt )?tænke (dig|jer) at (fortælle|beskrive|forklare|uddybe|sige lidt mere)\b"
        + _NOT_TO_OTHERS,
        # a modal before the invitation ("gider du fortælle", "kunne du beskrive", "vil du prøve at fortælle", "kan du sige
        # lidt mere"): a request to tell, not a yes/no question
        r"^((og|men|så|okay|ok|jamen|ja|jo|nå|nåh|tja)( men)?,? )?(kan|kunne|vil|ville|gider|må|orker) (du|i) (ikke )?(lige |evt |eventuelt |godt |"
        r"prøve at |prøve og )?((fortælle|beskrive|forklare|uddybe)" + _NOT_TO_OTHERS
        + r"|sige (lidt|mere|noget) (mere )?(om|omkring|til|\?|$))",
        r"\bfortæl (mig|lidt|mere|om)\b", r"\bprøv at (fortælle|beskrive|forklare|sige (lidt|mere|noget))\b",
        r"\bjeg er nysgerrig (på|efter)\b", r"\bjeg vil gerne høre (mere|om)\b", r"^sig (gerne |endelig )?(lidt|mere|noget)\b",
        r"\bjeg (kunne godt tænke mig|vil (rigtig )?gerne|ville (rigtig )?gerne) (at )?høre (lidt |noget )?(mere )?"
        r"(om|hvordan|hvad|hvorfor)\b",
        # a question phrased as a statement ("jeg undrer mig over, hvad der skal til", "jeg er nysgerrig på, hvordan …",
        # "det kunne være spændende at høre om …"): MITI codes it as the question it contains
        r"\bjeg (undrer mig|spekulerer|tænker|funderer|grubler) (lidt |meget |bare |også )?(over|på),? (hvad|hvordan|hvorfor|"
        r"hvilke|hvilken|hvilket)\b", r"\bjeg (er|blev) (\w+ )?(nysgerrig|spændt) (på|efter),? (hvad|hvordan|hvorfor|hvilke|hvilken)\b",
        r"\bjeg (kunne godt tænke mig|vil (rigtig |meget )?gerne|ville (rigtig |meget )?gerne) (at )?vide,? (lidt )?(mere )?"
        r"(om )?(hvad|hvordan|hvorfor|hvilke|hvilken)\b",
        r"\bdet (kunne|ville|vil) (\w+ )?(være )?(interessant|spændende|rart|godt|dejligt) at høre (lidt |noget )?(mere )?"
        r"(om|hvordan|hvad|hvorfor)\b",
    ]


def indirect_yes_no_cues() -> list[str]:
    """A yes/no question phrased as a statement ("jeg spekulerer på, om du har fået din medicin", "jeg er i tvivl om,
    hvorvidt du har talt med lægen"): the closed question it contains."""
    return [
        r"\bjeg (undrer mig|spekulerer|tænker|funderer|grubler) (lidt |meget |bare |også )?(over|på),? (om|hvorvidt)\b",
        r"\bjeg (er|blev) (\w+ )?(nysgerrig|spændt|i tvivl) (på|efter|om),? (om|hvorvidt)\b",
        r"\bjeg (kunne godt tænke mig|vil (rigtig |meget )?gerne|ville (rigtig |meget )?gerne) (at )?vide,? (om|hvorvidt)\b",
        r"\bjeg er (ikke )?(helt )?(sikker|klar over) på,? (om|hvorvidt) (du|i|hun|han)\b",
    ]


def fact_question_cues() -> list[str]:
    """Question words asking for one short fact: closed, even with "hvad" or "hvilken"."""
    return [
        r"^(hvad|hvilken|hvilket|hvilke) (tid|dag|dato|bus|farve|tal|nummer|klokken|adresse|navn|uge|måned)\b",
        r"^hvad hedder\b", r"\btelefonnummer\b", r"\bpå en skala\b", r"^hvad er (dit|din|hans|hendes) \w+ \?$",
        r"^hvor (gammel|mange|længe|lang|langt|tit|ofte|meget|bor)\b", r"^hvem (er|var|kommer|skal)\b(?! (vigtig|vigtige|vigtigst|de vigtigste|dine nærmeste|der for dig|god|gode|en støtte))",
        r"^hvornår (skal|kommer|er|var|stod|gik|begynder)\b(?! (\w+ ){1,2}(sværest|lettest|nemmest|værst|bedst|størst|"
        r"stærkest|mindst|mest|tungest|hårdest|dårligst|gladest)\b)", r"^hvilke(n|t)? \w+ (tager|vil|skal|er)\b",
        # the citizen's history, not a suggestion: "har du prøvet at stoppe før", "har du nogensinde prøvet det"
        r"\bhar (du|hun|han|i) (nogensinde|før|tidligere|allerede|selv) (prøvet|forsøgt)\b",
        r"\bhar (du|hun|han|i) (prøvet|forsøgt) (at )?(\w+ ){0,4}(før|tidligere|nogensinde|engang|en gang før)( \?)?$",
    ]


def open_who_cues() -> list[str]:
    """ "Hvem"/"hvor" questions that invite a range of answers about the citizen's people, values or future ("Hvem
    er vigtige for dig?", "Hvem kan du tale med, når …?", "Hvor ser du dig selv om et år?") are open (GUIDE.md);
    "Hvem er din læge?" and "Hvor bor du?" ask for one fact."""
    return [
        r"^(og |men |så )?hvem (er|var) (vigtig|vigtige|vigtigst|de vigtigste|dine nærmeste|der for dig|god|gode|en støtte)\b",
        r"^(og |men |så )?hvem (betyder|betød|støtter|støttede|savner|savnede|stoler|holder|giver|gav|hjalp|hjælper|"
        r"lytter|forstår|glæder)\b(?! (dig )?(med (indkøb|rengøring|medicin|tøjvask|pengene|økonomien)))",
        r"^(og |men |så )?hvem (kan|kunne|vil|ville|tør|går|ringer) (du|hun|han|i) (tale|snakke|regne|ringe|gå|læne|"
        r"betro|dele|spørge|være sammen)\b",
        r"^(og |men |så )?hvem i (dit|din|hans|hendes|jeres) (liv|familie|netværk|omgangskreds|hverdag)\b",
        r"^(og |men |så )?hvor (ser|forestiller) (du|hun|han|i) (dig|sig|jer)\b",
        r"^(og |men |så )?hvor (kunne|ville|vil) (du|hun|han|i) (helst |gerne )?(tænke|være|bo|arbejde|leve)\b",
        r"^(og |men |så )?hvor (henter|finder|får|mærker|føler) (du|hun|han|i) (ro|kræfter|glæde|energi|styrke|"
        r"støtte|hjælp|dig|sig)\b",
        # "hvornår" asking for situations, not a date: "hvornår mærker du trangen", "hvornår er det sværest"
        r"^(og |men |så )?hvornår (mærker|føler|oplever|savner|tænker|rammer) (du|hun|han|i|det|"
        r"trangen|lysten|tankerne|angsten|uroen)\b", r"^(og |men |så )?hvornår får (du|hun|han|i) (mest )?(lyst|trang|ondt|angst|hovedpine|kvalme|uro|mareridt|"
        r"det (\w+ )?(svært|dårligt|skidt|godt|bedre|værre))\b",
        r"^(og |men |så )?hvornår (er|var|bliver) (det|du|hun|han) (\w+ )?(sværest|lettest|nemmest|værst|bedst|gladest|"
        r"mest|mindst|svært|hårdt|godt|træt|ked|vred|glad|bange|urolig|ensom)\b",
        # a situation with a superlative about the citizen's trouble ("hvornår er angsten værst", "hvornår på aftenen er det
        # sværest", "hvornår er trangen størst"); "hvornår er mødet" asks for a time
        r"^(og |men |så )?hvornår (på \w+ |om \w+ |i løbet af \w+ )?(er|var|bliver) (det|du|hun|han|[a-zæøå]{3,}(en|et|ne)) "
        r"(\w+ )?(sværest|lettest|nemmest|værst|bedst|størst|stærkest|mindst|mest|tungest|hårdest|dårligst|gladest)\b",
        r"^(og |men |så )?hvornår (har|havde) (du|hun|han) det (\w+ )?(bedst|godt|dårligst|dårligt|svært|sværest|værst|værre|"
        r"bedre|skidt|tungest|hårdest|lettest|nemmest)\b",
        r"^(og |men |så )?hvornår (går|gik) det (galt|godt|bedst|skævt)\b",
    ]


def reflection_hedge_cues() -> list[str]:
    """Openings that mark a reflection ("Jeg hører, at …", "Jeg fornemmer …", "Det lyder som om …"). The hedge does
    not decide simple vs complex: "Jeg hører, at du har ondt i knæet." after "Mit knæ gør ondt." is simple, so the
    coder weighs the hedge together with the overlap with the citizen's line (`cue=hedge&ov…`)."""
    return [
        r"\bjeg (hører|kan høre|fornemmer|kan fornemme|mærker|kan mærke|aner),? at\b",
        r"\bjeg (fornemmer|aner)\b", r"\bjeg får (det|en) (indtryk|fornemmelse)\b", r"\bjeg gætter på\b",
        r"\bdet lyder (som om|som|til at|på dig)\b", r"\bdet virker (som om|til at|som)\b", r"\bmon ikke\b",
        r"\bhvis jeg forstår (dig|det) (ret|rigtigt)\b", r"\bjeg tænker,? at (du|hun|han)\b",
        r"^((ok|okay|men|og|nå|jamen|altså) )?så vidt jeg (forstår|kan forstå|har forstået|hører|kan høre)\b", r"^((ok|okay|men|og|nå|jamen|altså) )?(sådan )?som jeg (forstår|hører) (dig|det)\b",
        r"\bdet (kan|kunne) (godt )?(være|lyde),? at (du|hun|han)\b", r"\bhvis jeg hører dig (ret|rigtigt)\b",
        # the citizen's own account given back in a frame ("så du oplever, at han er egoistisk", "du synes, han er doven",
        # "hun er for streng, synes du"), GUIDE.md: a reflection, also when the account holds a label
        r"^(så |og )?(du|i) (oplever|føler|synes|tænker|mener|siger|fortæller|tror),? (at )?(du|i|han|hun|de|det|den|din|dit|"
        r"dine|hans|hendes|jeres|deres|[a-zæøå]+(en|et|erne))\b",
        r"(?<=\w )(oplever|føler|synes|tænker|mener|siger|fortæller) (du|i)$",
        r"^(så )?(du|hun|han) (lyder|virker|ser) (\w+ )?(træt|trætte|ked|glad|gladere|bekymret|nervøs|bange|stresset|"
        r"presset|sur|vred|lettet|opgivende|frustreret|modløs|ensom|usikker|fortvivlet|skuffet|stolt|rolig|trist|nedtrykt|"
        r"nedslået|deprimeret|langt nede|ud til)\b",
    ]


def metaphor_cues() -> list[str]:
    """Everyday metaphors and images: a reflection that pictures the citizen's situation ("Du er ved at drukne i
    papirer.", "Det er som en rutsjebane.", "Du kører i ring.") adds meaning, so it is complex."""
    return [
        r"\b(er|føles|var|bliver|lyder) (lidt |næsten |nærmest )?(som|ligesom) (en|et|at)\b", r"\bsom at (gå|løbe|køre|stå|bære|sidde)\b", r"\bvokse(r|t)? (dig|hende|ham|jer) over hovedet\b",
        r"\b(drukner|drukne|druknet)\b", r"\b(i (ring|tomgang)|på (vippen|kanten)|(træder|tripper|trampe[rt]?|står) på stedet)\b",
        r"\b(hamsterhjul|rutsjebane|bjerg|mur|storm|rygsæk|anker|livline|åndehul|frirum|fængsel|boble|tåge|kamp)\b",
        r"\b(sidder|står|er kørt) fast\b", r"\bop ad bakke\b", r"\bløbe(t|r)? tør\b", r"\bbrænde(r|t)? (ud|sammen)\b",
        r"\bhobe(t|r|de)? sig op\b", r"\btrække(r)? i (dig|hende|ham)\b", r"\b(tung|tunge) (sten|byrde|last)\b",
        r"\bbære(r)? (rundt )?på\b", r"\bpå (bremsen|speederen)\b", r"\bstyre(r)? (dit|hendes|hans) liv\b",
        r"\b(en|et) (stor )?del af (den|det),? (du|hun|han) er\b", r"\b(for|lidt for) tæt på\b",
        r"^(og )?jo (mere|mindre|længere|flere|færre|oftere|sværere|lettere|værre|bedre) .* jo\b",
        # everyday idioms ("Du går på listesko derhjemme.", "Jobbet er nøglen til resten.")
        r"\b(listesko|æggeskaller|vågeblus|autopilot|limbo|tunnel|tunnellen|skjold|maske|sovepille|trædesten|bundlinje)\b",
        r"\bnøglen til\b", r"\bmellem to stole\b", r"\bholder vejret\b", r"\blyset for enden\b", r"\bpå bunden\b",
        r"\b(en|et) (tikkende bombe|dråbe i havet|tomrum|hul i)\b", r"\bslæbe(r)? (dig|sig|hende|ham) (igennem|afsted)\b",
    ]


# confidence about an outcome ("du skal nok klare det / finde en løsning / få det godt"), not a task with a time or an
# order ("du skal nok komme i gang med at ringe i morgen", "du skal nok finde ud af at betale regningerne først")
_REASSURE = (r"(klare|lykkes|mestre|overskue|(finde|komme|få|lære|nå|løse)\b(?!( \w+){0,8}? (i gang med|ud af at|til at|i morgen"
             r"|i dag|i aften|i eftermiddag|først|straks|med det samme|nu|på (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag))\b))")
# a consequence that threatens ("…, når du bliver smidt ud"): confront, not a choice handed over
_THREAT = (r"(?![^.?!]*\b(når|hvis|nu|efter) (du|hun|han|i) (så |først |engang )?(bliver (smidt|sat|kylet|kastet) ud|bliver "
           r"(fyret|opsagt|udsat|afvist|anholdt|sanktioneret|hjemløs)|mister|ender|ryger|står (uden|på gaden)))")


# What the citizen should have received, not done: "du skulle have haft hjælp", "… have fået et brev", "… have været
# informeret / spurgt / hørt" (a passive participle after "været"; "været mødt op" is the citizen's own act).
_NOT_RECEIVED = (r"(?!(det|lyst|ret|brug|haft|fået|mødt|modtaget)\b|været (\w+ )?(?!mødt\b)[a-zæøå]{2,}(t|et)\b)")
# Someone else who should have acted for the citizen ("han burde have ringet til dig", "hun skulle have spurgt dig først",
# "det burde de have fortalt dig"): sympathy with the citizen, not blame.
_NOT_FOR_YOU = r"(?! (\w+ ){0,3}(dig|jer)\b)"
# "det gør man ikke fra den ene dag til den anden", "man taler ikke så meget om det", "det gør man ikke alene": how hard
# or how rare something is for everyone (normalising), not a rule the citizen broke.
_NOT_NORMALISING = (r"(?! (bare (lige|sådan)|lige|sådan|helt|altid|alene|nødvendigvis|uden (hjælp|videre|at)|af sig selv|over ?night|"
                    r"i en fart|med det samme|fra den ene dag|på (en|én|et|ét|to|tre|få|kort|ingen) \w+|i løbet af|"
                    r"(så |særlig |ret |specielt |just |lige )?(meget|tit|ofte|let|nemt|højt|gerne|hurtigt|tit))\b)")
_BLAMED = ((r"(du|i)", ""), (r"(hun|han)", _NOT_FOR_YOU))
# "ja ja, og hvad skete der så?", "jaja, og så?": an impatient yes that asks the citizen to go on, not mock agreement
# ("ja ja, og jeg er kejseren af Kina")
_GO_ON = (r"(?! og( \w+)? (hvad|hvordan|hvorfor|hvem|hvor|hvornår|hvilke|hvilken|hvilket|så|bagefter|derefter|dernæst|"
          r"videre|mere)\b| og .*\?$)")


def advice_cues() -> list[str]:
    """Suggestions and persuasion; the coder still needs permission context to rule them out."""
    return [
        r"\bhar (du|hun|han) (prøvet|overvejet|tænkt på) at\b(?!( \w+){1,5} (før|tidligere|nogensinde|engang)( \?)?$)",
        # a suggestion asked as a question in other words ("har du tænkt over at skifte læge", "har du overvejet, om du
        # kunne tage cyklen", "har du ikke overvejet at flytte"); not the client's history ("… før", "nogensinde")
        r"\bhar (du|hun|han|i) (ikke |måske |evt |eventuelt |selv |egentlig )?(overvejet|tænkt over|tænkt på|forsøgt|"
        r"undersøgt),? (at|om (du|i|hun|han|det) (ikke )?(kunne|skulle|ville|burde|kan|skal|vil))\b"
        r"(?!( \w+){1,6} (før|tidligere|nogensinde|engang)( \?)?$)",
        r"\bhvad med at\b", r"^(men |og |så )?hvad med (en|et) \w+( \w+)?( \?)?$", r"\bhvorfor .*\bikke bare\b",
        r"\b(du|hun|han) (skal|må) bare\b", r"\b(du|hun|han) (burde|bør|skulle|skal\b(?! nok (\w+ )?" + _REASSURE + r"\b))\b(?! (jo |altså |bare |da |nu |så |også )?(have|ha) "
        r"[a-zæøå]+(t|et|ede)\b| (jo |altså |da |nu |selv |godt |også )*vide bedre\b)",
        r"\b(du|hun|han) kunne (jo|bare|også|prøve)\b",
        # "du kunne måske skrive det ned"; not a wish or an ability given back ("du kunne måske tænke dig …", "… ikke")
        r"\b(du|hun|han) kunne (måske|evt|eventuelt) (?!(ikke|tænke|godt|lide|have lyst|huske|mærke|se|høre|forstå|"
        r"selv|være|blive|have|føle|fornemme|opleve|forestille|synes|tro|mene)\b)\w+", r"\bjeg synes,? (at )?(du|hun|han|i)\b(?! (er|var|lyder|virker)\b)"
        # praise of what the citizen has done ("jeg synes, at I har kæmpet meget for det", "… du har klaret det flot")
        r"(?! (har|havde) (\w+ ){0,2}(kæmpet|gjort det|klaret|knoklet|arbejdet|holdt ud|holdt fast|slidt|trænet|øvet|vist|"
        r"lært|formået|fortjent|været (\w+ )?(modig|modige|sej|seje|dygtig|dygtige|stærk|stærke|tålmodig|tålmodige))\b)",
        r"\bhvis jeg var (dig|hende|ham)\b", r"\b(hvis det var mig|hvis jeg var i dit sted|i dit sted),? (så )?(ville|ville jeg|ville"
        r" nok|ville jeg nok|ville jeg helt sikkert) (jeg )?(?!(\w+ )?(være|blive|have|føle|synes|tænke|mene|græde|hade|frygte|"
        r"savne|skrige|ærgre|bekymre|glæde|flippe|eksplodere|gå (amok|i panik|i stykker|helt ned)|få det|tage det)\b)(\w+ )?"
        r"(\w+e|gå|stå|få|tage|tage imod)\b", r"\bdet (bedste|klogeste|smarteste) (ville|er)\b",
        r"\bdet ville være (smart|godt|bedre|en god idé|klogt|fornuftigt)\b", r"^prøv (at|med|lige)\b(?! (fortælle|beskrive|forklare|sige lidt|sige mere|uddybe))",
        r"\bdu må (lade være|hellere|se at)\b", r"\bdu skal (lære|huske|sige|prøve|tage|have)\b",
        r"\bmit råd\b", r"\bsørg for\b", r"^(start|åbn|stop|undgå) (med|at|dem|den|det)\b",
        r"\bdet vigtigste er,? at (du|hun|han|i)\b", r"^det er (meget |rigtig |virkelig |så |altså )?vigtigt,? at (du|hun|han|i)\b",
        # "du må sætte grænser", "I må altså tale sammen": a modal of necessity before an action
        r"\b(du|i) må (altså |bare |hellere |nu |simpelthen |jo |også )?(sætte|tage|ringe|prøve|finde|lave|søge|gå|komme|"
        r"holde|stoppe|lære|skrive|tale|snakke|spise|sove|træne|bede|kontakte|melde|begynde|huske|skære|passe|øve|sige "
        r"(nej|fra|det|til (ham|hende|dem)))\b", r"\bdet bedste for (dig|hende|ham)\b", r"\bhvorfor (ringer|prøver|søger|går) (du|hun|han) ikke\b",
        r"\bhvorfor ikke (bare |lige |først )?(gå|[a-zæøå]+e)\b", r"\bdet skal (du|hun|han) da\b", r"\bså (skal|må) (du|hun|han)\b(?! (selv )?finde ud af (hvad|hvilke\w*|hvordan|om|hvor)\b)", r"\bjeg (vil|ville|kan|kunne|må) (gerne |godt |varmt |klart )?(anbefale|råde|foreslå)\b", r"\bmit forslag\b", r"\bdu må hellere\b",
        # imperatives, also after "så"/"og"/"bare" ("så skriv det ned", "bare ring til dem"); "øv" alone is a sigh
        r"^(så |og |men |bare |ja men |nå men |kom nu,? |altså )?(tag|sæt|skriv|ring|gå|lav|køb|få|skift|spørg|brug|meld|find|husk|læg|drop|"
        r"sluk|spis|drik|begynd|glem|undlad|træn|hold op|stop|slet|smid|flyt|søg|bed|cykl|lær|giv|lad være|tilmeld|"
        r"stil|snak|kontakt|bestil|hvil|gem|send|vent|mød|ryd|lyt|overvej|kig|hent|slap af|skru|tænd|luk|åbn|"
        r"tjek|notér|noter|aftal|planlæg|skyd|skynd|hop|sig op|tving|gør det)\b(?! \?$)"
        # "gør det ondt endnu", "gør det noget": "det" is the subject of a yes/no question, not the object of "gør det!"
        r"(?<!gør det(?= (\w+ )?(ondt|noget|nogen|en forskel|godt|svært|sjovt|bedre|værre|mindre|mere|nødvendigvis|stadig|"
        r"også|tit|ofte|altid|dig|hende|ham|jer|vondt|det samme)\b))",
        r"^(så |og |bare )?øv (dig|jer|at)\b",
        # "lad personalet tage sig af det", "lad din søn køre dig": an imperative, advice; not "lad os …"/"lad mig …"
        r"^(så |og |men |bare |altså |ja men )?lad (nu |bare |hellere |dog )?(?!os\b|mig\b|være\b|vær\b)\w+ (\w+ )?"
        r"[a-zæøå]+e\b", r"^(så |og |bare |men |altså )?sig\b(?! (lidt|mere|noget))",
        r"^kom nu\b", r"^(så |og )?bare (prøv|gør det|gå|kom|ring|skriv|spørg)\b", r"^prøv (nu |bare |lige )?(det|dem|den)\b",
        # a suggestion as a hypothetical question in the past tense ("hvad hvis du tog bussen en dag", "hvad med om du
        # tog en dag ad gangen"); "hvad hvis det ikke lykkes" asks about a worry and stays a question
        r"\bhvad (hvis|med om) (du|i) (nu |bare |så |lige |fx |for eksempel |i stedet )?([a-zæøå]+ede|[a-zæøå]+te|tog|gik|fik|"
        r"skrev|bad|sagde|gav|lod|satte|lagde|sov|drak|spiste|cyklede|startede|begyndte|prøvede|ringede|snakkede|talte)\b",
        # a modal with a particle between ("du må altså hellere", "du skal simpelthen", "du burde virkelig")
        r"\b(du|hun|han|i) (altså|jo|da|simpelthen|virkelig|også|bare|lige|nu) (skal|burde|bør|må hellere|skulle)\b",
        r"\b(du|hun|han|i) (skal|må|burde|bør) (altså|simpelthen|virkelig|nu|da|jo) (?!gerne|ikke|have\b|ha\b)(\w+ )?(hellere |se at )?[a-zæøå]+e\b",
        r"\bmit (forslag|bud|råd) (er|vil være|ville være|kunne være)\b",
        r"^(\w+ )?(et|en) (godt |lille |andet )?(forslag|bud|råd|idé|ide|tip)( fra mig)? (er|kunne (\w+ )?være|kan (\w+ )?være|vil (\w+ )?være|"
        r"ville (\w+ )?være),? (at|en|et)\b", r"\b(du|hun|han|i) (er|bliver|blir) nødt til at\b(?! indse)",
        r"\bdet (bedste|klogeste|smarteste|eneste) (du|hun|han|i) kan gøre\b",
        # an adverb between subject and modal ("du måske burde få det tjekket", "du nok skulle tale med ham")
        r"\b(du|hun|han|i) (måske|nok|egentlig|helst|vel) (burde|bør|skulle)\b(?! (\w+ )?(have|ha) [a-zæøå]+(t|et)\b)", r"\b(du|hun|han) gør klogt i\b",
    ]


def soft_advice_cues() -> list[str]:
    """Advice wrapped in hedges ("Det kunne måske være en idé at …", "Måske skulle du …", "Jeg ville nok …"):
    still a suggestion made without asking permission first. So is an action recommended through what others
    find helpful ("Mange synes, det hjælper at gå en tur.", "Det kan hjælpe at skrive det ned."): information
    with a persuasive slant; after the citizen's yes it is information (`cue=softadvice&consent`)."""
    return [
        r"\b(mange|de fleste|nogle|andre|folk)( \w+){0,2} (synes|oplever|siger|mener|finder ud af|har gode erfaringer med),? "
        r"(at )?(det )?(hjælper|virker|gør en forskel)\b",
        r"\bdet (kan|kunne) (godt |ofte |også |tit |måske )?(hjælpe|være en hjælp|gøre en forskel) (at|med|dig|hvis)\b",
        r"\bdet hjælper (mange|de fleste|nogle|ofte|tit|altid) (at|med)\b",
        # what others benefited from, unasked ("der er mange, der har haft glæde af AA"); after a yes it is information
        r"\b(mange|de fleste|nogle|andre|folk)( \w+){0,3} (har|har haft|havde|får|fik) (stor |god |meget |rigtig god |rigtig "
        r"stor |virkelig god )?(glæde|gavn|gode erfaringer|god erfaring|nytte|god effekt) (af|med|ved)\b",
        r"\b(kunne|ville) (måske |nok |jo )?være en (god )?idé\b",
        # a suggestion behind a reflection hedge ("jeg tænker, at du kunne øve dig på en kort tur", "det lyder som om du
        # kunne have glæde af en klub"); not a wish given back ("… du kunne tænke dig et job")
        r"\b(jeg tænker|det lyder som om|det virker som om|jeg tror|jeg kunne forestille mig),? (at )?(du|i|hun|han) (måske |nok |"
        r"godt |evt |eventuelt )?(kunne|burde|skulle|bør|ville kunne) (måske |godt |evt |prøve at |overveje at )?"
        r"(?!ikke\b|lide\b|have (det|haft|fået|været)\b|være\b|tænke\b|ønske\b|gøre det\b)[a-zæøå]{2,}\b",
        r"\b(du|i|hun|han) (kunne|ville|vil|kommer til at) (måske |nok |godt |virkelig |helt sikkert )?(have|få) (stor |god |meget |rigtig )?(glæde|"
        r"gavn|godt|nytte) af\b",
        r"\b(du|i) (har brug for|skal|bør|burde|må) [^.?!]*,? synes jeg( \?)?$", r"\b(en (god )?idé|et forslag) (kunne|ville) være\b",
        r"\b(måske|så) skulle (du|hun|han|i)\b", r"\b(du|hun|han) kan (jo |bare |evt |eventuelt )+(prøve|skrive|ringe|tage|gå|sige|spørge|lave|starte|bede)\b",
        r"\bdet er vigtigt,? at (du|hun|han) (får|tager|husker|spiser|går|kommer|siger)\b",
        r"\bjeg ville (nok |selv |personligt )?(starte|tage|begynde|vælge|ringe|sige|gå)\b",
        r"\bdet kunne (måske |nok )?være (godt|smart|en fordel|rart|klogt)\b",
        r"\bdet ville (nok |måske )?gøre (dig|hende|ham) godt\b", r"\bjeg (vil|ville) foreslå\b",
        r"\b(er|var) det (måske |nok |snart |vel |ikke )?(på tide|tid) (at|til)\b", r"\bdet er (\w+ )?på tide\b",
        r"\b(ville|vil|var) det ikke (være )?(en god idé|smart|godt|klogt|bedre|fornuftigt|en idé)\b"
        r"((?<!var det ikke godt)|(?= hvis\b))",
        # the same suggestion with "nu"/"så" or "er" ("er det nu ikke smart at spise lidt?", "ville det nu ikke være klogt
        # at …"): the negation recommends the action; "er det nu klogt at …" without "ikke" doubts it (rhetorical)
        # "var det ikke rart/godt at se hende?", "er det ikke rart at være hjemme?" ask about an experience
        r"^(men |og |så )?(?!var det (nu |så |da |også )*ikke (lidt |meget )?(godt|rart|rarere|sundt|nemmere|lettere) )"
        r"(?!er det (nu |så |da |også )*ikke (lidt |meget )?(rart|rarere) )"
        r"(er|var|ville|vil|bliver) det (nu |så |egentlig |måske |da |også )*ikke (lidt |meget |mere |"
        r"egentlig )?(være )?(smart|smartere|smartest|klogt|klogere|klogest|bedre|bedst|fornuftigt|fornuftigere|en god idé|"
        r"en god ide|en idé|en ide|godt|sundt|sundere|nemmere|lettere|rart|rarere) (at|hvis|med|om)\b",
        # "mon ikke det var bedre at vente", "mon ikke du skulle sove lidt": a suggestion behind "mon ikke", not a hedge
        r"\bmon ikke (det )?(var|ville være|vil være|er) (\w+ )?(bedre|klogere|smartere|fornuftigere|en (god )?idé) (at|hvis|med)\b",
        r"\bmon ikke (du|i|hun|han) (skulle|burde|bør|hellere|må hellere)\b",
        # persuasion: selling the benefit of a change the citizen has not chosen ("Du ville få det meget bedre, hvis du
        # stoppede.", "Tænk på, hvor meget du kunne spare.", "Du vil ikke fortryde det.")
        r"\b(du|i|hun|han) (ville|vil|kommer til at) (få det|have det|sove|blive|spare|føle dig|se|få) (\w+ ){0,2}"
        r"(meget |langt |så |helt )?(bedre|gladere|sundere|friere|stærkere|mere overskud|mange penge),? (hvis|når|med|uden)\b",
        r"^(men |og |så )?tænk (nu |dog |bare |lige )?på (dine|din|dit) (børn|børnebørn|familie|helbred|mor|far|kone|mand|"
        r"kæreste|fremtid|krop|lunger|lever|hjerte|økonomi|datter|søn)\b",
        r"\btænk (på|over),? (hvor|hvad|hvilken|hvilke|alt)\b", r"\bdet (vil|ville) gøre (en |så |sådan en )?(stor |kæmpe |"
        r"enorm |helt )?forskel\b", r"\b(du|i) (vil|kommer til at) (ikke fortryde|takke (mig|dig selv))\b",
        r"\b(du|i) (vil|kommer til at) (se|opdage|mærke),? (at|hvor)\b",
        r"^hvis (du|i) .*\b(ville|vil) (du|i) (få|have|sove|blive|spare|føle dig|kunne) (\w+ ){0,2}(meget |langt |så |helt )?"
        r"(bedre|mere|gladere|sundere|friere|stærkere)\b",
    ]


def challenge_cues() -> list[str]:
    """The righting reflex in disguise: "Ja, men …", doubting the citizen's word, asking why a task
    was not done, labelling ("Du lyder som en, der …")."""
    return [
        # not "ja men kan du godt beskrive …": a polite request to tell after the lead words
        r"^(ja|jamen|okay|mm),? men\b(?! (kan|kunne|vil|ville|gider) (du|i) (ikke )?(godt |lige )?(fortælle|beskrive|"
        r"forklare|uddybe|sige lidt))", r"^men (det|du|hun|han) (har|sagde|siger|er)\b",
        r"^er (du|hun|han) (nu )?(helt )?(sikker|ærlig)\b",
        r"^hvorfor (har|er|gjorde|gik|kom|ringede|tog|sagde|skrev|spurgte) (du|hun|han|i) (det )?(så )?ikke\b",
        # "hvorfor gjorde du det så", "hvorfor gør du det så hele tiden": the why asks for a defence of what the
        # citizen just admitted ("så"/"dog"/"igen" = after all that), not for reasons that matter to them
        r"^hvorfor (gjorde|gør|tog|tager|drak|drikker|røg|ryger|sagde|siger|gik|spillede|spiller|købte|køber|lånte|"
        r"låner|slog|brugte|bruger) (du|hun|han|i) (det |dem |den )?(så|dog|overhovedet|nu igen|altid)\b",
        r"^(men |og )?hvorfor (har|er|kommer|ligger|står|bruger|køber|bliver|ender|gør|skal|drikker|ryger|sover) (du|i|hun|han) "
        r"(\w+ )?(så|dog)\b(?! (\w+ )?(glad|gladere|godt|bedre|stolt|tilfreds)\b)",
        r"\b(du|hun|han) lyder (mere )?som en,? der\b", r"\bsådan noget,? man siger\b",
        r"\bbetaler prisen\b", r"\bgår ud over\b", r"\bså slemt kan det\b", r"\b(andre|de fleste) kan (jo|da|godt)\b",
        r"\bse (det )?i øjnene\b", r"\bikke i orden\b", r"\bpasser (ikke|nu ikke)( helt)? med\b",
        # sarcasm without a cue word: what the citizen manages set against what they say they cannot ("du har tid til
        # at game, men ikke til at stå op", "men du kan godt finde penge til smøger", "sjovt nok orker du det")
        r"\b(du|hun|han|i) (kan|har|når|gider|orker|magter|finder|har (\w+ )?tid|har (\w+ )?råd) (?!(godt )?lide\b|lyst\b|svært\b|ondt\b|fået\b|det (svært|godt|fint|skidt)\b)(\w+ ){0,8}men (ikke|aldrig)\b",
        r"^men (du|hun|han|i) (kan|har|gider|når|orker|magter) (jo |da |sagtens |godt |altså )+(\w+ )?(finde|nå|have|klare|"
        r"tage|gå|bruge|købe|se|spille|ryge|drikke|sidde|feste|være)\b", r"\bså pludselig (kan|gider|har|vil|orker)\b",
        r"^(sjovt|mærkeligt|underligt|pudsigt|besynderligt|komisk|interessant) (nok|at) (du|hun|han|i|når)\b",
        # the same after a fronted word ("så kan du jo sagtens finde tid til computeren, men ikke til at rydde op")
        r"\b(kan|har|gider|orker|magter|finder|når) (du|hun|han|i) (jo|da|sagtens|godt|altså)( \w+){0,9} men (ikke|aldrig)\b",
        # the citizen's word set against what they do ("du siger, du vil stoppe, men du drikker jo stadig", "du påstår, du
        # har styr på det, men …"): arguing, not a double-sided reflection, which gives back a feeling or a wish ("du vil
        # gerne stoppe, men du er bange for abstinenserne")
        r"\b(du|i|hun|han) (siger|sagde|har sagt|påstår|påstod|lover|lovede|har lovet|snakker om|taler om|skriver|skrev)"
        r"( \w+){0,10}? men (du|i|hun|han) (?!(er|var|føler|følte|synes|tror|tænker|ved|kan|kunne|tør|turde|mærker|frygter|savner|ønsker|vil|ville|"
        r"orker|magter|mangler|bliver|blev|har (det|svært|ondt|brug|lyst|også))\b)\w+ (\w+ )?(jo |da |altså |nu )?(stadig|"
        r"alligevel|fortsat|igen|ikke|aldrig|ingenting|intet|hver dag|hele tiden)\b",
        r"\bmen (du|i|hun|han) \w+ (\w+ )?(jo|da) (stadig|alligevel|fortsat|igen|bare videre)\b",
        r"\b(du|i) påst(år|od)\b", r"\b(du|i) (har (jo|da|altså) (selv )?sagt|sagde (jo|da|altså)( selv)?)\b",
        r"\bdet har (du|i) (jo|da|altså) selv sagt\b",
        # mock agreement ("ja ja, og jeg er kejseren af Kina", "jaja, og grise kan flyve")
        r"^(ja ja|jaja|ja ja ja|jo jo|jojo|yeah right)" + _GO_ON + r" og\b",
        r"\bog (jeg|du) er (kejser|kejseren|paven|julemanden|dronningen|kongen|napoleon|prinsessen|jomfru maria)\b",
        r"\b(grise|svin|køer|elefanter) (kan|lærer at) flyve\b",
        r"\bdet tror jeg (først|på),? når jeg ser det\b", r"\bden (er god med (dig|jer|ham|hende)|hopper jeg ikke på|køber jeg ikke|købte jeg ikke)\b",
        # minimising the citizen's experience ("det er vel ikke verdens undergang", "det er ikke noget at være ked af")
        r"\bverdens undergang\b", r"\bop med humøret\b", r"\bse lyst på (det|tingene|livet)\b",
        r"\bder er (\w+ )?(andre|nogen|folk|mange),? der har det (meget |langt )?værre\b",
        r"\bikke noget at (være ked af|græde over|tude over|hidse (dig|sig) op over|gøre (et stort nummer|noget stort) ud af|"
        r"brokke (dig|sig) over|klage over)\b",
        r"\bdet (er|lyder) (da|vel|jo|nu|altså)( \w+)? ikke (så|særlig|specielt) (slemt|galt|farligt|stort|svært|alvorligt|"
        r"tungt|hårdt)\b",
        r"\bstop (nu |så )?med at (klage|brokke dig|pive|tude|flæbe|surmule|hyle|synes så synd om dig selv)\b",
        r"\b(du|hun|han) (lyver|løj)\b",
        # disagreeing with what the citizen just said ("det synes jeg nu ikke", "det er jeg ikke så sikker på", "det er ikke
        # det, jeg har hørt"); not reassurance ("det tror jeg ikke, du skal bekymre dig om")
        r"^(nej,? |hmm,? |jamen,? |altså,? |næ,? )?det (synes|mener|tror) jeg (nu |altså |simpelthen |bare |egentlig |slet |"
        r"nu altså )?ikke\b(?!,? (at )?(du|hun|han|i) (skal|behøver|må|bør)\b)",
        # not uncertainty about a fact the citizen asked for ("det er jeg ikke helt sikker på, men jeg tjekker det")
        r"^(nej,? |hmm,? |jamen,? )?det er jeg (nu |altså |slet )*(ikke|ikke helt|ikke så) (sikker|overbevist|enig)\b"
        r"(?!( på)?( men| så)? (lad mig|jeg (skal |vil |kan |må |kunne )?(lige |gerne |godt )?(tjekke|tjekker|undersøge|"
        r"undersøger|finde ud af|finder ud af|spørge|spørger|kigge|kigger|slå|slår|ringe|ringer|vende tilbage|vender tilbage|"
        r"se efter|ser efter|høre|hører|skrive|skriver)|vi (kan|må|skal) (lige )?(tjekke|undersøge|finde ud af|spørge|kigge)))",
        r"\b(det|det her) (er|var) (nu |altså )?ikke (det|helt det|hvad),? (jeg|vi) har (hørt|fået at vide|læst|set)\b",
        r"\bdet (passer|er) (nu |altså )?ikke helt (rigtigt|sandt)\b",
        # borrowed authority set against the citizen's word ("lægen siger, du sagtens kan arbejde", "ifølge personalet har
        # du ikke været ude"); after a question ("hvornår må jeg køre?") the same report is information (cue&ctx_claim)
        r"\b(lægen|overlægen|psykiateren|psykologen|sygeplejersken|fysioterapeuten|fysioterapeut|sagsbehandleren|"
        r"jobkonsulenten|personalet|pædagogen|pædagogerne|kontaktpersonen|lærerne|læreren|chefen|mesteren|vagten|"
        r"træneren|hjemmeplejen|(din|dit|dine|hans|hendes) (læge|sagsbehandler|kontaktperson|mor|far|søster|bror|datter|søn|"
        r"børn|kone|mand|"
        r"kæreste|chef|træner|psykiater|psykolog|fysioterapeut|forældre|pædagog|mentor|lærer|journal|prøver|papirer))"
        r"( \w+){0,2} (siger|sagde|"
        r"mener|skriver|skrev|fortæller|fortalte|har sagt|har skrevet|vurderer|vurderede|har vurderet|synes|påstår)"
        r"(( jo| altså| da| nu| faktisk| ellers| begge| også| alle)*( at)? (du|hun|han|i) (\w+ )?(sagtens|godt|fint|jo|ikke|slet|aldrig|"
        r"faktisk|altså)|( jo| altså| faktisk| ellers)+( at)? (du|hun|han|i))\b",
        r"\bifølge (lægen|personalet|journalen|din|dit|dine|hans|hendes|sagsbehandleren|pædagogerne|kontaktpersonen|"
        r"psykiateren|fysioterapeuten|skolen)\b", r"\bdet står i (din|hans|hendes) (journal|sag|papirer)\b",
        # others agreeing among themselves about the citizen ("personalet og din far er enige om, at du skal blive"), not
        # agreeing with the citizen ("din kontaktperson er enig med dig i, …": information, `agree_you` in features.py)
        # ("vi blev enige om, at du skal ringe": a plan made with the citizen; "at du ikke behøver …", "at du selv skal …": a
        # demand lifted; "vi" alone counts only with a "not")
        r"(?<!\bvi )\b(er|var|blev) (?!vi )(\w+ ){0,2}enige (om|i),? (at )?(du|hun|han|i) (?!selv )(\w+ )?(skal|bør|burde|må|"
        r"ikke(?! behøver)|aldrig|har brug for|er nødt til|bliver nødt til)\b",
        r"\bvi (er|var) (\w+ )?enige (om|i),? (at )?(du|hun|han|i) (\w+ )?(ikke(?! behøver)|aldrig)\b",
        r"\b(er|var|blev) (\w+ ){0,2}enige (om|i),? (at )?(du|hun|han|i) (\w+ ){1,4}for (meget|mange|lidt|"
        r"få)\b", r"\b(er|var) (?!du |i )(\w+ )?enig(e)? med mig (i|om)\b",
        # someone disagreeing with the citizen ("lægen er ikke enig med dig i, at du kan stoppe"): borrowed authority
        # (glossed English "doesn't agree with you" → "ikke er enig med dig")
        r"\b(er|var) (\w+ )?(ikke|aldrig) enig(e)? med (dig|jer)\b", r"\b(ikke|aldrig) (er|var) enig(e)? med (dig|jer)\b",
    ]


def rhetorical_question_cues() -> list[str]:
    """Confrontation dressed as a question: verb-first in form, but the answer is given ("Tror du virkelig, det
    går?", "Har du overhovedet prøvet?", "Kan du ikke se, at …?", "Er det ikke lidt barnligt …?"). MITI codes
    the doubt, shaming or arguing, so these are confront, not closed questions."""
    return [
        r"^(men |og )?tror (du|hun|han|i) (virkelig|selv|ærligt|nu|da|seriøst)\b",
        r"^(men |og )?(synes|mener) (du|hun|han|i) (virkelig|ærligt|seriøst)\b",
        r"\bsynes (du|hun|han|i) (selv|virkelig|ærligt),? (at )?det er (i orden|rimeligt|fair|okay|ok|normalt|voksent|"
        r"smart|klogt|en god idé)\b",
        r"^er det (ikke |nu |virkelig |egentlig )*(lidt |bare |en smule |også )?(barnligt|dumt|fjollet|egoistisk|dovent|urimeligt|"
        r"uansvarligt|pinligt|tåbeligt|overdrevet|for meget|lige i overkanten|lige lovlig|(for |lige lovlig )?(tidligt|hurtigt) "
        r"at (give op|stoppe|droppe|opgive|smide)|forhastet)\b",
        r"^(har|gider|vil|prøver|kan|gør|tænker) (du|hun|han|i) (overhovedet|egentlig overhovedet)\b",
        r"^(kan|vil) (du|hun|han|i) ikke (se|forstå|høre|indse|godt se|selv se)\b",
        r"^(forstår|ser|fatter|ved) (du|hun|han|i) (da )?ikke,? at\b",
        r"^hvordan kan (du|hun|han|i) (være så|tro|finde på|sige|tillade)\b",
        r"^hvad (havde|regnede|forventede) (du|hun|han|i) (så |egentlig )?(regnet med|forventet|troet)\b",
        r"^(og )?hvem (tror|mener|synes) (du|hun|han|i),? (skal|der skal|gider)\b",
        r"^(men |og )?er det (nu |virkelig |egentlig )?(så |særlig |specielt )(smart|klogt|fornuftigt|godt|sundt|"
        r"en god idé|rimeligt)\b", r"\bhvad venter (du|i|hun|han) (egentlig )?på\b",
        # the same doubt without "så" ("er det nu klogt at …", "er det virkelig en god idé at …"); a plain "er det en god
        # idé for dig?" asks
        r"^(men |og )?er det (nu|virkelig|egentlig nu|nu virkelig) (?!ikke )(\w+ )?(smart|klogt|fornuftigt|sundt|en god idé|en god ide|"
        r"rimeligt|det rigtige|den rigtige vej)\b",
        r"^(men |og )?hvor (svært|slemt|hårdt|besværligt|kompliceret|farligt|galt|tungt) kan det (\w+ )?(være|blive)\b",
        # "er du klar over, …?", "ved du egentlig, hvor mange …", "har du tænkt på, hvad det gør ved …": the answer is
        # given, the line argues (GUIDE.md)
        r"^(men |og )?(er|var) (du|hun|han|i) (egentlig |overhovedet |godt |slet ikke |helt )?(klar over|bevidst om|"
        r"opmærksom på)\b(?! (hvornår|hvor (du|i|han|hun) skal|hvem|hvilken|hvilket|hvilke|om (du|i) (skal|vil|kan)))",
        r"^(men |og )?ved (du|hun|han|i) (egentlig|overhovedet|godt|da|slet ikke)\b",
        r"^(men |og )?ved (du|i) (\w+ )?(hvor (mange|meget|dyrt|længe|lang tid)|hvad det koster)\b",
        r"^(men |og )?har (du|hun|han|i) (nogensinde |overhovedet |egentlig |slet ikke )?tænkt (på|over) (hvad|hvordan|"
        r"hvem|hvor) (det|dine|din|dit|dem|hun|han|de|\w+ene|\w+en) (\w+ ){0,4}(gør|koster|betyder|skal leve|går ud over|"
        r"føles|påvirker|har det)\b",
        # "…, eller har du bare ikke lyst?", "er det ikke fordi du …?", "mener du ikke selv, at …?": the answer is given
        r"\beller (har|er|gider|vil|orker) (du|i|hun|han) (bare |egentlig |måske |i virkeligheden )?(ikke|ingen) (lyst|villig|"
        r"interesse|gider)\b", r"\beller gider (du|i|hun|han) (bare |egentlig )?(bare )?ikke\b",
        r"^(men |og )?(er|var) det (nu )?ikke (bare |egentlig |snarere |i virkeligheden |nærmere )?(fordi|hver|altid|hele tiden|"
        r"hver gang|mere end)\b",
        r"^(men |og )?(mener|synes|tror|syntes) (du|i|hun|han) ikke (selv|også|egentlig)\b",
        r"\bhvor længe (tror|regner|mener) (du|i|hun|han) (at )?(det|du|i|hun|han|det her) (kan|skal|kommer til at) "
        r"(blive ved|holde|gå|fortsætte|køre)\b",
    ]


def verify_cues() -> list[str]:
    """A yes/no question that asks the citizen to check their own claim ("Har du talt dine øl?", "Har du nogensinde
    regnet ud, hvad du bruger på smøger?", "Har du tjekket din konto?"). Said alone it asks a fact; after the citizen
    plays a habit down ("Jeg drikker ikke ret meget.") the answer is given and the line doubts the citizen's word
    (`cue=verify&minimise` in features.py), a confrontation (GUIDE.md)."""
    return [
        r"^(men |og |så |okay |ok |nå )?(har|prøver|plejer|gider) (du|i|hun|han) (\w+ ){0,2}?(talt|tælle|tællet|regnet|regne|"
        r"tjekket|tjekke|kigget|kigge|set|se|målt|måle|vejet|veje|kontrolleret|kontrollere|lagt|lægge|skrevet|skrive|noteret|"
        r"notere|holdt øje|holde øje|ført|føre|opgjort|gjort op|undersøgt)\b(?! (med|om|sammen|i telefon|for|efter dig)\b)",
    ]


# The citizen plays a habit or a problem down ("jeg drikker ikke ret meget", "jeg spiller kun for småbeløb", "det er ikke
# så dyrt", "jeg har styr på det"): a verification question after it doubts the citizen's word.
MINIMISE = re.compile(
    r"\b(ikke (\w+ )?(så|det|ret|særlig|specielt|synderlig|voldsomt|overdrevet) (meget|mange|tit|ofte|dyrt|slemt|galt|"
    r"farligt|vildt|stort)|(næsten|nærmest) (ingen|ingenting|aldrig|ikke)|(kun|bare) (for |om |i |til )?(lidt|en|et|to|tre|et par|nogle|få|"
    r"småbeløb|småting|lidt|af og til|i weekenden|om fredagen|til fester|sjældent)|(ikke|intet|ingen) (noget |et |)?problem"
    r"(er)?|styr på|under kontrol|ikke afhængig|ikke (noget|en) (misbruger|alkoholiker|ludoman)|(ikke|aldrig) (\w+ )?for "
    r"meget|ikke værre end|som alle andre|ligesom alle andre|det er da normalt|ikke (noget|så) (særligt|stort))\b")


def permission_cues() -> list[str]:
    """Asking before advising is MI-consistent and codes as a closed question."""
    return [
        r"\bmå jeg (komme med|give|foreslå|sige|fortælle|dele)\b", r"\bvil du (høre|have) (et|nogle|mit)\b",
        r"\ber det (okay|i orden),? (at|hvis) jeg\b", r"\bmå jeg\b",
    ]


# when a repeat held against the citizen was said before ("… sidste gang", "… mange gange")
_REPEAT_WHEN = (r"(før|sidst|sidste gang|forrige gang|i sidste uge|sidste uge|i forrige uge|forrige uge|i går|hver gang|"
                r"mange gange|flere gange|tusind gange|hver uge|i ugevis|i månedsvis|i årevis|i sidste måned|sidste måned|sidste år|i fjor|"
                r"i forrige måned|forrige måned|for (en|et|to|tre|fire|fem|seks|et par|nogle|flere|mange|\d+) (dag|dage|uge|uger|"
                r"måned|måneder|år) siden)\b")


def confront_cues() -> list[str]:
    """Arguing, correcting, shaming, warning and labelling."""
    return [
        r"\b(din|hans|hendes) egen skyld\b", r"\bdet passer ikke\b", r"\bhvis (du|hun|han) ikke\b(?! (vil|har lyst|er klar|ønsker|ved|kan|orker|magter|har mulighed|har råd|når))",
        r"\bdet går ikke\b(?! (?:så|helt|lige|rigtig) (?:let|godt|hurtigt|nemt))", r"\bikke godt nok\b", r"\bundskyldning(er|erne)?\b", r"\bdet er jo\b",
        r"\b(du|hun|han) (glemmer|gør|siger) (det )?altid\b", r"\baltid det samme\b", r"\bgivet op\b",
        r"\b(du|hun|han) (lytter|gider|prøver|vil) (jo )?ikke\b", r"\bdet er fordi (du|hun|han)\b",
        r"\bender (du|hun|han)\b", r"\bhvis (du|hun|han) (bliver ved|fortsætter|bare)\b", r"\bså (må|kan) (du|hun|han) (også )?selv\b", r"\bdoven\b",
        r"\bdet tror jeg (nu |altså |simpelthen |bare )?(ikke|ikke helt|ikke rigtig) på\b", r"\bnu må (du|hun|han)\b", r"\bdet har (du|hun|han) (jo )?sagt før\b",
        r"\bvær (nu )?ærlig\b", r"\bdet duer ikke\b", r"\bdet er dit eget problem\b", r"\bjo ikke\b",
        r"\bmere (hjælp )?end de fleste\b", r"\btæller ikke\b", r"\bdet ved (du|hun|han) godt\b",
        r"\bskam(me)?\b", r"\btage? (dig|jer|sig) (lidt |nu |bare |altså |lige |dog ){0,2}sammen\b", r"\buansvarlig", r"\bproblem\b", r"\bpjat\b",
        r"\boverreager", r"\bikke enig\b", r"\bindstilling\b", r"\bsnyde\b", r"\bfor gammel\b",
        r"\bikke alvorligt\b", r"\bnødt til at indse\b", r"\bhar (altså |jo )?ret\b(?! til)", r"\b(har|er|kan) da\b",
        r"\bnej (du|hun|han) (har|er) ej\b", r"^ja ja\b" + _GO_ON, r"\bhørt (det )?før\b", r"(?<!ikke din )(?<!ikke hans )(?<!ikke hendes )(?<!ikke nogens )(?<!ikke er din )(?<!ikke er hans )(?<!ikke er hendes )\bskyld(en)?\b",
        r"\bikke sundt\b", r"(?<!føles det )(?<!føles )(?<!bliver det )(?<!er det )(?<!det er )(?<!det bliver )(?<!det blev )\bfor meget\b", r"^igen \?$", r"\bdog\b", r"\bligeglad\b", r"\baltid\b",
        r"\bhvorfor (gør|kan|skal) (du|hun|han) (altid|ikke bare)\b", r"\bikke lyve\b", r"\bkonsekvens",
        r"\bkommer (du|hun|han) ingen vegne\b", r"\brealistisk", r"\bslet ikke\b", r"\bikke engang\b",
        r"\bdet er (faktisk |jo |altså |nu )?(dit|hans|hendes|jeres) (eget |egne )?(ansvar|problem|valg at klage)\b",
        r"\bhvis (du|hun|han|i) ikke (vil|gider)( \w+){1,6} (så )?(kan (vi|jeg) ikke|mister|ender|må (vi|jeg)|"
        r"får (du|hun|han|i) ikke|går det galt)\b",
        r"\bdet (er|var) (jo |altså |faktisk )?(dig|dig selv|ham|hende),? der (har )?(valgt|gjort|sagt|ødelagt|lavet|brugt|"
        r"sprunget|glemt|droppet|startet|valgte|gjorde|sagde|ødelagde|lavede|brugte|sprang|glemte|droppede|startede)\b",
        r"\b((får|har) (du|hun|han|i)|(du|hun|han|i) (får|har)) ikke lov\b", r"\bhar vi (snakket|talt) om (\w+ )?(mange|flere|så mange|tusind) gange\b",
        r"\b(andre|de fleste|alle andre|mange andre)( \w+){0,4} (klarer|magter|kan|gør) (det|jo|da|godt|fint|sagtens)\b",
        # comparison-shaming: the citizen measured against others ("Mange på din alder går stadig til fodbold.")
        r"\b(mange|de fleste|andre|alle|folk|unge|børn)( \w+){0,2} (på|i) (din|hans|hendes) alder (har|går|kan|klarer|er|gør|"
        r"bor|tager|arbejder|passer|laver)\b(?! det (svært|hårdt|ligesådan|på samme måde))",
        r"\bda jeg var (på din alder|ung|i din situation|i din alder)\b",
        r"\b(de fleste|mange|andre|alle andre|mange andre)( \w+){0,3} ville (være glade|være taknemmelige|sige ja|"
        r"takke ja|give meget)\b",
        r"\b(din|hans|hendes) (bror|søster|nabo|ven|veninde|kollega|søn|datter|mand|kone|mor|far)( \w+){0,3} "
        r"(klarer|kan|gør|går|passer|har) (jo|da|sagtens|stadig|fint|godt)\b",
        r"\b(alle|alle de) andre( \w+){0,4} (har|kan|er|gør|klarer|kommer)\b",
        r"\b(vrøvl|sludder|nonsens|latterligt|noget pjat)\b", r"\b(du|hun|han) har (jo |altså )?selv valgt\b",
        r"\bvel heller ikke\b", r"^nej,? det (er|var|har) (faktisk|jo|altså)\b",
        # "du ved (jo) godt, at …": telling the citizen what they already know; evidence against their word
        r"\b(du|hun|han|i) ved (jo|godt|da|udmærket|selv|jo godt|da godt|godt selv)( godt)?,? at\b",
        r"\b(siger|sagde|viser|viste|fortæller|fortalte|ser|oplever|har set|har oplevet|hører|har hørt|har sagt|har fortalt)"
        r"( mig| os)? (altså |jo |nu )?(helt |noget )?(noget (helt )?andet|det modsatte|en (helt )?anden historie)\b",
        r"\b(du|hun|han|i) ved (jo |da |udmærket |nu )?godt,? (hvad der sker|hvordan det (ender|går)|hvor det ender)\b",
        # a warned consequence after a fronted condition ("hvis du bliver hjemme igen, mister du din plads")
        # ("nej, hvis du flytter, mister du ikke din ydelse" answers a worry: information)
        r"\w (så )?(mister|ryger|taber) (du|hun|han|i) (?!(ikke|heller|aldrig|intet|ingenting|ingen)\b)(\w+ )?(din|dit|dine|"
        r"jeres|hans|hendes|pladsen|jobbet|lejligheden|ydelsen|retten|alt|ud|på gaden)\b",
        r"\b(du|hun|han|i) skal (altså |jo |nu )?ikke være så\b",
        # a consequence the citizen must expect ("så må du også forvente at blive sat ud")
        r"\b(må|kan|skal) (du|hun|han|i) (også |jo |bare |altså |da )*(forvente|regne med|være forberedt på|vente (dig|jer)) "
        r"(at )?(blive (smidt|sat|fyret|opsagt|afvist)|miste|ryge|at stå)\b", r"\butaknemmelig", r"\bvi andre\b",
        r"\bsådan er det (jo |nu |altså |bare )?for (alle|os alle|de fleste|alle andre|alle os andre)\b",
        # contradicting the citizen's own judgement, also encouragingly ("det tror jeg godt du kan" after "jeg kan ikke"):
        # MITI codes the disagreeing as Confront; an affirmation names a strength without contradicting
        r"^(jo,? |nej,? |ej,? )?det (tror|mener) jeg (nu |altså |da |sagtens )*godt,? (at )?(du|hun|han|i) "
        r"(kan|gør|er|har|vil|kunne|magter|klarer)\b",
        # "det ved jeg godt, at du har det svært / har kæmpet / er træt" acknowledges; only an ability contradicts
        r"^(jo,? |nej,? |ej,? )?det ved jeg (nu |altså |da |sagtens )*godt,? (at )?(du|hun|han|i) "
        r"(kan|kunne|magter|klarer)\b",
        r"^(jo|jo jo|jamen jo),? (du|hun|han|i) (kan|gør|er|har|vil) (da |sagtens |godt |altså )+",
        # not a polite request, verb-first with "?" or an invitation verb ("jamen vil du godt fortælle lidt mere om det?")
        r"^(selvfølgelig|selvf|klart|jo|jamen|jo da|jo jo|nej nej|ej|ej altså|da) (kan|gør|magter|klarer|vil) (du|i|hun|han) "
        r"(det )?(da |altså |jo |nu )*(godt|sagtens)\b(?! (\w+ )?(lide|få|bede|tage|komme|ringe|søge|låne|bruge|spørge|have|"
        r"tale|gå|vælge|sige nej|ombestemme|fortælle|sige|prøve|beskrive|forklare|uddybe|høre|hjælpe|vise|skrive|læse|"
        r"sende|vente)\b)(?!.* \?$)",
        r"\b(du|hun|han|i) er (da |altså |jo )+ikke (dum|dumme|håbløs|håbløse|værdiløs|doven|en fiasko|en taber)\b",
        # a share of the blame handed back ("du har da selv et ansvar"), left to cope alone ("så må du klare det selv")
        r"\b(du|hun|han|i) har (da|jo|altså|også|vel) (selv )?(et |noget |også et )?(ansvar|del af skylden)\b",
        r"\bså (må|kan) (du|hun|han|i) (jo |også |bare |da )?(klare|leve med|finde ud af(?! (hvad|hvilke\w*|hvordan|om|hvor)\b" + _THREAT + r")"
        r"|tage konsekvensen|betale|selv)\b",
        # blame for the past with a modal ("du skulle have ringet i går", "det burde du have tænkt på før", "du burde vide
        # bedre"): correcting what the citizen did, not advice about what to do next. Not sympathy: what the citizen should
        # have received ("du skulle have haft hjælp", "du skulle have været informeret") or what someone else should have
        # done for the citizen ("han burde have ringet til dig")
        *[r"\b" + subj + r" (skulle|burde|kunne (jo|bare|godt|da|altså))( jo| altså| bare| da| nu| så| også| godt)* "
          r"(have|ha) " + _NOT_RECEIVED + r"[a-zæøå]{3,}(t|et)\b" + tail for subj, tail in _BLAMED],
        *[r"\bdet (burde|skulle) " + subj + r"( jo| altså| bare| da| nu| så| også)* (have|ha) " + _NOT_RECEIVED
          + r"[a-zæøå]{3,}(t|et)\b" + tail for subj, tail in _BLAMED],
        # "du burde vide bedre"; not "det kan du vide bedre end nogen anden" (the citizen knows best: autonomy). With
        # "burde/bør/skulle" it blames also before "end" ("det burde du vide bedre end nogen anden", "du burde vide bedre
        # end at gøre sådan")
        r"\b(vide|vidst) bedre\b(?! end)",
        r"\b((du|i|hun|han) (burde|bør|skulle)|(burde|bør|skulle) (du|i|hun|han))( jo| altså| da| nu| selv| godt| også)* "
        r"(vide|have vidst) bedre\b", r"\bvide bedre end at\b",
        # moralising with "man" and adulthood ("sådan taler man ikke til sin mor", "det gør man altså ikke", "det er en del
        # af at være voksen")
        r"\bsådan (\w+ )?(gør|taler|snakker|siger|opfører|behandler|skriver|svarer|råber) man (sig )?(altså |jo |bare |da |"
        r"nu |simpelthen )?ikke\b" + _NOT_NORMALISING,
        r"\b(det|sådan noget) (gør|siger|gjorde|sagde|skriver) man (altså |jo |bare |da |nu |simpelthen )?ikke\b" + _NOT_NORMALISING,
        r"^(og )?man (råber|slår|taler|snakker|lyver|stjæler|svarer|opfører sig|skælder|bander|sviner|snyder) (altså |jo |"
        r"bare |da |nu |simpelthen )?ikke\b" + _NOT_NORMALISING,
        r"\b(en del af|hører med til|sådan er det) at (være|blive) voksen\b",
        # "I er voksne mennesker", not a normalising fact ("mange voksne mennesker kæmper med det")
        r"(?<!mange )(?<!fleste )(?<!nogle )(?<!masser af )(?<!andre )\bvoksne mennesker\b(?! (kæmper|oplever|har(?! (\w+ )?"
        r"(ansvar|pligt)\b)|kender|går|synes|føler|får|bliver|mærker|døjer|lider)\b)",
        # a duty everyone has, said to the citizen ("voksne har selv ansvar for deres gæld", "man har ansvar for sit eget
        # liv", "som voksen har man pligt til at betale"): moralising; not a share given back ("du har også et ansvar")
        r"^(og |men |altså |jamen )?(voksne|man|alle|folk|enhver)( mennesker)? (har|må|skal|bør|tager) (jo |altså |selv |da |"
        r"nu |nu engang |også |et |sit |sin |det )*(ansvar|pligt)\b",
        r"\bsom voksen (har|må|skal|bør|tager) man\b",

        # "det er din pligt"; not the reassurance "det er ikke din pligt at klare det hele alene"
        r"(?<!ikke )(?<!heller ikke )(?<!ingen )\b(din|hans|hendes|jeres) pligt\b", r"\bsom voksen (må|skal|bør|kan) man\b",
        # judging the citizen's act ("det var dumt gjort", "det er ikke særlig voksent", "det var ikke så smart")
        r"^(men |nej |altså |jamen )?(det|det der|det her|sådan noget)( var| er)?( jo| altså| da| nu| godt nok| simpelthen| ret|"
        r" temmelig| bare| også| lidt)* (dumt|tåbeligt|åndssvagt|idiotisk|ulækkert|klamt|barnligt|egoistisk|uansvarligt|"
        r"dovent|frækt|uhøfligt|usmart|umodent|hensynsløst|groft|ikke (så |særlig |specielt |just |ret |videre )?(smart|"
        r"klogt|voksent|pænt|fornuftigt|ansvarligt|sundt|modent))\b", r"\b(dumt|tåbeligt|åndssvagt) (gjort|sagt)\b",
        # labelling ("du er alkoholiker", "han er jo en løgner")
        r"\b(du|hun|han) er (jo |altså |bare |simpelthen |da |nu )*(en |et )?(alkoholiker|misbruger|narkoman|ludoman|løgner|"
        r"taber|egoist|dovendyr|tudemarie|pylrehoved|forkælet|umoden|barnlig|egoistisk|uansvarlig|umulig|hypokonder)\b",
        # labels for the person's character with softeners between ("jeg synes nu, du er lidt doven", "du er bare en kylling",
        # "ærligt talt er du lidt af en sløvsen")
        r"\b((du|hun|han|i) er|er (du|hun|han|i))( jo| altså| bare| simpelthen| da| nu| sgu| godt nok| virkelig| ærligt talt|"
        r" lidt| ret| temmelig| noget| så| for| også| en smule| faktisk| vel| sådan)*( lidt af| sådan| sådan en| sådan et)?"
        r"( en| et)? (doven|dovne|sløv|sløvsen|kylling|tøsedreng|pyllerhoved|pivet|pivskid|flæbe|tudefjæs|hysterisk|"
        r"dramatisk|dramaqueen|håbløs|dum|dumme|idiot|klovn|fjols|pjok|slapsvans|snylter|nasserøv|møgunge|klynker|"
        r"klynkehoved|dagdriver|drivert|sofakartoffel|fiasko|uopdragen|ustabil|upålidelig|skvat|bangebuks|krakilsk|"
        r"selvoptaget|selvisk|naiv|ynkelig|uduelig|ubrugelig|doven hund|brokkerøv|sutteklud|tøsedreng)\b",
        # a strength denied to the citizen's face ("du er ikke særlig modig, hva?", "han er ikke klog nok til det job"); not a
        # worry given back ("du er bange for, at du ikke er stærk nok")
        r"(?<!\bat )(?<!\bom )(?<!\bhvis )(?<!\bfordi )\b(du|hun|han|i) er (jo |altså |bare |da |nu |vel |sgu |nok )*(ikke|aldrig) "
        r"(særlig |så |specielt |ret |just |videre |helt |nær )?(modig|sej|klog|kvik|stærk|skarp|dygtig|smart|voksen|moden) "
        r"(nok (til|at)\b|(hva|hvad|vel|ikke|ik|eller hvad)( \?)?$)",
        r"\b(du|hun|han|i) opfører (dig|sig|jer) (jo |altså |bare |simpelthen |lidt )?som (et|en) (\w+ )?(barn|baby|teenager|"
        r"tøsedreng|idiot|treårig|femårig|forkælet møgunge|møgunge)\b",
        # the problem made small ("det handler bare om at tage sig sammen", "det drejer sig jo kun om viljestyrke"); a plain
        # "det handler om …" gives meaning back
        r"\bdet (handler|drejer sig) (jo |altså |egentlig |i bund og grund )?(bare|kun|simpelthen|udelukkende) om\b"
        r"(?!,? (hvad|hvordan|hvem|hvilke|hvilken|dig|din|dit|dine|jer|jeres)\b)",
        r"\bdet (er|handler om) (jo |altså |egentlig )?(bare|kun|simpelthen) (et spørgsmål om(?! tid\b)|viljestyrke|at ville)\b",
        # the citizen's words held against them as a repeat ("det sagde du også sidste gang", "du har sagt det samme
        # før", "You told me that last week"); "har" needs its verb of saying ("det har i sidste uge været hårdt",
        # "du har det hver gang …" hold nothing against anyone)
        r"\b(det|det samme|det der|det her) (har (du|i) (også |jo |altså |mig |sgu )*(sagt|lovet|fortalt)|(sagde|lovede|"
        r"fortalte) (du|i)) (også |jo |altså |mig |sgu )*" + _REPEAT_WHEN
        # "det fortalte du mig i sidste uge, at du gerne vil have en hund": "det" points ahead to what was said, a recall
        + r"(?!,? (at|hvordan|hvor|hvad|hvorfor|da|om)\b)",
        # with "også"/"jo" it is still the repeat, also with the content after it ("det sagde du også sidste gang, at …")
        # ("det fortalte du mig også i går, hvor glad du var" recalls)
        r"\bdet (har (du|i) (mig )?(også|jo|sgu) (mig )?(sagt|lovet)|(sagde|lovede) (du|i) (mig )?(også|jo|sgu)) "
        r"(mig )?" + _REPEAT_WHEN + r",? (at|hvordan|hvor|hvad|hvorfor|da|om)\b",
        r"\b(du|i) (har (også |jo |altså |sgu )*(sagt|lovet|fortalt) |(sagde|lovede|fortalte|siger) (også |jo |altså |sgu )*)"
        r"(mig )?(det|det samme|præcis det samme|nøjagtig det samme|præcis det|det der) (også |jo |altså )*" + _REPEAT_WHEN,
        # "I told you so" ("jeg sagde jo, at det ville gå galt", "hvad sagde jeg!"); "det har jeg da prøvet", "hvad sagde
        # jeg til dig om …?" and "jeg fortalte det så til …" tell or ask, they hold nothing against the citizen
        r"\bjeg (sagde|har sagt|fortalte) (det )?(jo|da)\b(?! ikke\b)", r"\bdet (sagde jeg (jo|da)|har jeg (jo|da) sagt)\b(?! ikke\b)",
        r"^(og |se |ja )?hvad sagde jeg\b(?! (til|om|sidst|sidste|i|da|forrige|på|lige|før|mest|egentlig)\b)", r"\bjeg (sagde|fortalte) (dig )?det jo\b",
    ]


def complex_reflection_cues() -> list[str]:
    """Meaning, feeling and double-sided reflection: the trainee adds what was not said."""
    return [
        r"\bdet lyder (som om|som|til at)\b", r"\bpå den ene side\b", r"\bpå den anden side\b",
        r"\bfor (dig|hende|ham) handler det om\b",
        r"\bdet handler om\b(?! at (du|i|man|hun|han) (bare |altså |jo |nu )?(skal|må|bør|burde|bare|simpelthen)\b)"
        r"(?! at tage (dig|sig|jer) )", r"\bdu (føler|mærker|savner)\b",
        r"\bhvis jeg forstår (dig|det) (ret|rigtigt)\b", r"\bdet (betyder|fylder) (meget|rigtig meget|så meget)\b",
        r"\bsom om\b", r"\bdet (er|lyder|føles) (rigtig |virkelig |meget |så |enormt |utrolig |godt nok )?(svært|hårdt|tungt|frustrerende|"
        r"ensomt|trist|skræmmende|opslidende|uretfærdigt|sårende|ubehageligt|ydmygende)\b", r"\bbåde .* og\b",
        # a value given back ("din datter er det vigtigste i dit liv", "dyrene betyder alt for dig")
        r"\b(det )?(vigtigste|dyrebareste|kæreste|største) (i|for) (dit|hendes|hans|jeres) liv\b",
        r"\b(er|betyder) alt for (dig|hende|ham)\b",
        # sympathy with what the citizen should have had ("du skulle have været informeret", "du burde have haft hjælp") or
        # what someone else should have done for them ("han burde have ringet til dig")
        r"\b(du|hun|han|i) (skulle|burde) (jo |altså |da |også )?(have|ha) (haft|fået|været (\w+ )?(?!mødt\b)[a-zæøå]{2,}(t|et))\b",
        r"\b(hun|han|de) (skulle|burde) (jo |altså |da |også )?(have|ha) [a-zæøå]{3,}(t|et) (\w+ ){0,3}(dig|jer)\b",
        r"\bselvom\b", r"\bsamtidig\b", r"\bvigtig(t|e|ste)? for (dig|hende|ham)\b", r"\bi virkeligheden\b",
        r"\bdet gør ondt\b", r"\bmen\b",
        r"\bdet (må|kan|kunne|må godt) (godt )?(gøre ondt|være (svært|hårdt|tungt|frustrerende|ensomt|en lettelse|skræmmende|"
        r"opslidende|mærkeligt|trist|sårende|svært))\b", r"\ben (del|side) af (dig|hende|ham)\b", r"\b(en|den) anden del\b",
        r"\b(været )?igennem (rigtig |så |virkelig |utrolig )?meget\b",
        # the burden of carrying it all alone ("du har båret det hele selv", "det er ikke din pligt at klare det hele alene")
        r"\b(klare|klarer|klaret|bære|bærer|båret|løfte|løfter|ordne|ordner|stå|står) (med )?(det hele|alt|alting|alt det) "
        r"(selv|alene)\b",
        # hardship given back ("det har været et hårdt år", "sikke nogle tunge uger")
        r"\b(har været|var|er|bliver) (\w+ )?(en|et|nogle) (rigtig |virkelig |meget |utrolig )?(hård|hårdt|hårde|svær|svært|"
        r"svære|tung|tungt|tunge|barsk|barske|slem|slemt|slemme|lang|langt|lange|drøj|drøjt|drøje) (tid|år|uge|uger|måned|"
        r"måneder|periode|dag|dage|omgang|start|vinter|sommer|jul|weekend|nat|nætter)\b",
        r"^(så )?(du|hun|han) (vil|ville|ønsker|drømmer om at|længes efter at) (gerne |helst |bare )?(have lov|selv bestemme|"
        r"kunne bestemme|bestemme (selv|over)|have frihed|være fri|have (mere )?kontrol)\b", r"\bmistet (rigtig |så |utrolig )?meget\b",
    ]


def feeling_cues() -> list[str]:
    """Feelings the citizen did not name: the commonest way a reflection becomes complex."""
    return [
        r"\b(ked af|bange|ensom|ensomt|savne[rt]?|frustrere[dt]|vred|skuffet|magtesløs|bekymret|nervøs|utryg|"
        r"tryg|tungt|hårdt|svært|uro|stolt|glad|lettet|presset|opgivende|håbløs|modløs|flov|skam)\b",
        r"\b(slidt|tære[rt]|fylder|koster|trækker|mangler|længes|drømmer)\b",
        r"\b(frygte[rt]?|frygt|skræmme[rt]?|skræmt|lettelse|lettet|angst|chok|chokeret|forskrækkelse|forskrækket|rystet|"
        r"frustrerende)\b",
        r"\b(ønske[rt]?|håbe[rt]?|håbede|spændt|usikker|tvivl|skuffe[rt]?|skuffede|stresse[rt]?|stressede|stresset|"
        r"overset|glemt|brugt|ydmyget|krænket|fortvivlet|rådvild|udmattet|udbrændt|sorg|sorgen|tomme?|tomhed|"
        r"bekymre[rt]?|bekymring|pinligt|værdighed|stolthed|uretfærdigt|svigtet|afmagt|vrede|længsel)\b",
        # tiredness and irritation are the feelings trainees name most often ("du lyder træt", "du er træt af det?")
        r"\b(træt|trætte|udkørt|irriteret|irriterede|sur|sure|opgivet|alene med)\b",
        # regret, doubt and what gnaws ("du fortryder", "du tvivler på dig selv", "det nager")
        r"\b(fortryder|fortrød|fortrydelse|tvivler|tvivlede|nager|nagede|ærgrer|ærgrelse|skyldfølelse|samvittighed|"
        r"utilstrækkelig|mindreværd|skamfuld|ydmygende|overvældet|overvældende|ensomhed|savn)\b",
        # low mood ("du virker lidt nedtrykt i dag", English "You seem a bit down")
        r"\b(trist|nedtrykt|nedslået|deprimeret|langt nede)\b",
    ]


# Blows and hardships the citizen got, and their adjectives: "sikke en/et … du har fået" about them is sympathy.
_BLOWS = ("forskrækkelse|chok|skræk|skuffelse|nedtur|omgang|smerte|smerter|hovedpine|forkølelse|influenza|infektion|"
          "skade|skader|bule|slag|afslag|mareridt|knubs|regning|bøde|sorg|bekymring|besked|nyhed|diagnose|opsigelse|"
          "hård|hårdt|hårde|slem|slemt|grim|grimt|ubehagelig|ubehageligt|voldsom|voldsomt|svær|svært|tung|tungt|drøj|drøjt|"
          "træls|dårlig|dårligt|kedelig|kedeligt|barsk|trist|sørgelig|sørgeligt|forfærdelig|forfærdeligt|frygtelig|frygteligt")


# Nouns that label the person ("du er en fiasko", "han er en løgner"): "… er en …" is then no praise.
_LABEL_NOUNS = ("(alkoholiker|misbruger|narkoman|ludoman|løgner|taber|egoist|dovendyr|tudemarie|pylrehoved|kylling|"
                "tøsedreng|pyllerhoved|pivskid|flæbe|tudefjæs|dramaqueen|idiot|klovn|fjols|pjok|slapsvans|snylter|nasserøv|"
                "møgunge|klynker|klynkehoved|dagdriver|drivert|sofakartoffel|fiasko|skvat|bangebuks|brokkerøv|sutteklud|"
                "hypokonder|byrde|belastning|sløvsen|dovenkrop)")


def affirmation_cues() -> list[str]:
    """Praise of strengths, efforts and values ("Det var modigt af dig …")."""
    return [
        r"\b(modigt|stærkt|flot|sejt|imponerende|godt gået|godt klaret|dygtig|dygtigt|godt set|flot klaret)\b",
        # stock praise ("super godt", "mega flot") and exclamations about what the citizen did ("sikke en indsats", "sikke et
        # overblik du har fået", "du er ikke til at stoppe")
        r"^(super|mega|hammer|vildt|sindssygt|pisse|kanon|hamrende|skide) ?(godt|flot|sejt|dygtigt)\b",
        r"^(sikke|hvor) (en|et|nogle) (flot |stor |vild |sej |god |kæmpe )?(indsats|præstation|stykke arbejde|udvikling|"
        r"fremskridt|viljestyrke|gåpåmod|vilje|flid|energi|overskud)\b",
        # not sympathy with a blow ("sikke en forskrækkelse du har fået", "sikke en hård omgang du har fået"): a reflection
        r"^(sikke|hvor) (en|et|nogle) (?!(\w+ )?(" + _BLOWS + r")\b)(\w+ )?\w+ (du|i) har (\w+ )?(skabt|lavet|fået|gjort|"
        r"klaret|bygget|nået|vist|opnået|"
        r"knoklet|arbejdet|kæmpet|taget|lært|gennemført|skrevet|bestået|ryddet|sparet)\b", r"\b(du|hun|han|i) er (jo |da |simpelthen |bare )?ikke til at (stoppe|slå|standse)\b",
        r"\b(du|hun|han) er (god|dygtig|rigtig god|virkelig god) til\b", r"\bdet (kræver|har krævet|krævede|må have krævet) (mod|meget|noget|en stor indsats|kræfter|sit)\b",
        r"\b(du|hun|han) har (virkelig|tydeligvis|faktisk)\b", r"\b(du|hun|han) er (virkelig |simpelthen |sådan (?!en,? (der|som)\b))?en\b(?! (\w+ )?" + _LABEL_NOUNS + r"\b)",
        # how far the citizen has come ("du er kommet langt siden ulykken", "you have come so far")
        r"\b(du|hun|han|i) (er|har) (?!ikke )(\w+ )?(kommet|nået) (så |rigtig |virkelig |enormt |utrolig |meget |ret )?langt\b(?! (\w+ )?(væk|fra|bagud|bagefter|ud|ned|tilbage|hjem\w*)\b)",
        r"\bdet siger noget (godt )?om (dig|hende|ham)\b", r"\bdu tager .* alvorligt\b", r"\bevne(n)?\b",
        r"\b(du|hun|han) (gav|giver|har givet) (\w+ )?ikke op\b",
        # praise of what the citizen did, the praise word first ("dygtigt, at du bliver ved", "sejt at du sagde det"),
        # and the effort of keeping at it ("du giver dig ikke", "du bliver ved med at prøve")
        r"^(men |og |ja |nej |wow |hold op |ej )?(det er |det var |hvor er det |hvor var det )?(rigtig |virkelig |mega |super |"
        r"vildt )?(dygtigt|sejt|flot|modigt|stærkt|imponerende|beundringsværdigt|fantastisk|skønt|flot klaret|godt gået),? "
        r"(at )?(du|i)\b",
        r"\b(du|hun|han|i) (giver|gav) (dig|sig|jer) (bare |jo |altså )?ikke\b",
        # stock praise words with "at" ("super, at du kom", "fedt at du sagde det"); "super" alone is a reaction
        r"^(men |og |ja |wow |ej )?(det er |det var |hvor er det |hvor var det )?(super|fedt|mega fedt|super fedt|vildt fedt),? "
        r"at (du|i)\b",
        r"\b(du|hun|han|i) (bliver|blev|er blevet|bliver jo|bliver bare) ved (med at|at) (prøve|kæmpe|øve|træne|forsøge|"
        r"arbejde|komme|møde op|gå|lære|søge|stå op)\b", r"^(stor |kæmpe |al |dyb )?respekt\b",
        r"\brespekt (for det|for dig|herfra|til dig|for at)\b", r"\bdet er (en )?stor\b", r"\bstærk(e)?\b",
        # "mod" the courage, not the preposition ("panden mod en mur", "frem mod mødet", "vred mod ham")
        r"\bmod\b(?! (en|et|den|det|de|dig|mig|ham|hende|dem|os|jer|sin|sit|min|din|næste|[a-zæøå]+(en|et|ne))\b)",
        # "du har kæmpet"; not struggling with something ("mange voksne mennesker kæmper med det", "du kæmper med søvnen")
        r"\bkæmpe(t|r)?\b(?<!kæmper(?= med\b))(?<!kæmpe(?= med\b))(?<!kæmpet(?= med\b))"
        # "kæmpe" the adjective ("et kæmpe slag", "en kæmpe omvæltning") is no praise, unless it is the size of an effort
        r"(?<!\ben kæmpe)(?<!\bet kæmpe)(?<!\bnogle kæmpe)(?<!\bden kæmpe)(?<!\bdet kæmpe)(?<!\bde kæmpe)(?<!\bsådan kæmpe)",
        r"\b(en|et|nogle|sådan en|sådan et) kæmpe(stor|stort)? (indsats|præstation|stykke arbejde|skridt|fremskridt|sejr|"
        r"arbejde|udvikling|forskel du|mod)\b", r"\bstyrke\b", r"\bopfindsom", r"\bfortjent\b", r"\begenskab", r"\binitiativ",
        r"\bhold(er|t)? (ud|fast)\b", r"\b(stod|står) (fast|ved (det|dit|din|dine))\b",
        r"\b(og )?(du|i) gjorde det( alligevel| bare| selv| faktisk)?( \?)?$", r"(?<!selv et )(?<!selv )(?<!da et )(?<!da )(?<!man har )(?<!voksne har )(?<!mennesker har )(?<!mennesker har et )"
        r"\bansvar\b(?! for (deres|sin|sit|sine) (egne?|eget)\b)", r"\barbejdsmoral\b", r"\bgår op i\b", r"\butroligt\b",
        r"\bkræfter\b", r"\btør\b(?! ikke| (du|i|han|hun)\b)", r"\bgodt af dig\b", r"\b(klog|modig|stærk|sund|rigtig god) beslutning\b", r"\bvar \w+ af (dig|hende|ham|jer)\b", r"\bdu har (vist(?! (ikke |nok |også |lige |helt )?(?!(at|stort|godt|flot|sejt|tydeligt|klart|virkelig|rigtig|det|dit|et|meget|noget|alt)\b)[a-zæøå]{2,}t\b)|lært|gjort)\b",
        r"\b(det er|det var|var|er) (rigtig |virkelig |meget )?klogt\b", r"(?<!ikke )(?<!ikke så )(?<!ikke særlig )(?<!ikke specielt )(?<!ikke være )\bklogt\b(?! i)", r"\bvigtigt skridt\b",
        r"\bgår (meget|virkelig|rigtig) op i\b", r"\bvedholdende\b", r"\b(smart|klog|kreativ|opfindsom|god) (løsning|måde at)\b", r"\bomsorgsfuld", r"\btålmodig", r"\bformået\b",
        r"\b(har|har jeg) (stor |meget |dyb )?respekt for\b",
        # pride in the citizen and a good choice named ("jeg er så stolt af dig", "det kan du være stolt af", "godt valg")
        r"\bjeg er (\w+ )?stolt (af|over),? (dig|jer|at (du|i)|hvad (du|i)|det,? (du|i))\b",
        r"\b((du|i) (kan|må|skal|har lov at)|(kan|må|skal) (du|i)) (gerne |godt |roligt |virkelig |altså |da )*(være|føle (dig|jer)) "
        r"(\w+ )?stolt(e)? (af|over)\b",
        r"^(rigtig |virkelig |super |sikke et |et )?(godt|klogt|flot|modigt|sejt|stærkt) (valg|træk)\b",
        # praise of the citizen's plan or step ("den er god, den plan", "det lyder klogt, det valg", "den er god, at du selv
        # ringede"); "den er god med dig" is mock agreement (challenge)
        r"^(men |og |ja |jamen )?(den|det) (er|var|lyder) (jo |da |altså |bare |virkelig |rigtig |super |så |helt )*"
        r"(god|godt|fin|fint|flot|klog|klogt|smart|sej|sejt|gennemtænkt),? (den|det) (plan|planen|idé|ide|idéen|ideen|"
        r"løsning|løsningen|beslutning|valg|forslag|tanke)\b",
        r"^(men |og |ja |jamen )?den er (jo |da |altså |bare |virkelig |rigtig |super |så )*(god|fin|flot),? at (du|i)\b",
        # not negated or doubted ("du er ikke særlig modig", "du er i tvivl om, du er modig nok", "… om du er klog nok")
        r"(?<!\bom )(?<!\bhvis )\b(du|hun|han|i) er ((?!ikke |aldrig |slet |ingen )\w+ ){0,2}(sej|seje|sejeste|modig|modige|"
        r"fantastisk|fantastiske|klog|kvik|sprød|skøn|sød|søde|flink|flinke|hjælpsom|betænksom|ansvarlig|ansvarsfuld|kærlig|"
        r"loyal|trofast|omhyggelig|grundig|tapper|hårdtarbejdende|pligtopfyldende)\b(?! (til|for|af|nok)\b)",
        # a strength or skill the citizen shows (GUIDE.md: an affirmation names a strength or an effort)
        r"\b(du|hun|han|i) (står|stod|har stået) (\w+ )?op for (dig|sig|jer) selv\b",
        # control the citizen has ("du har godt styr på din medicin", "han har virkelig fint styr på pengene")
        r"\b(du|hun|han|i) har (virkelig |rigtig |jo |altså |helt |da )?(godt|fint|flot|super godt|rigtig godt|så godt) "
        r"styr på\b",
        r"\b(du|hun|han|i) (siger|sagde|har sagt) (nu |faktisk |også |tydeligt )?(fra|din mening|hvad (du|hun|han) mener)\b",
        r"\b(du|hun|han|i) (er|er blevet|bliver) (\w+ )?(bedre|god|dygtig|rigtig god|skrap|hurtig) til (at )?(passe|sige|"
        r"bede|mærke|tage|stå|planlægge|holde|lytte|spørge|sætte|huske)\b",
        r"\b(du|hun|han|i) (er|var) (ikke )?(en|typen),? der (ikke )?(giver op|kæmper|bliver ved|tager ansvar|holder|står)\b",
        # the effort behind news ("det har du virkelig arbejdet for", "det har du fortjent"), what a step shows
        # the effort behind a goal, said as a statement ("du har knoklet for at få styr på økonomien", "du har brugt mange
        # kræfter på at finde en lejlighed", "du har gjort en kæmpe indsats for at lære at gå igen"); not a struggle with a
        # hardship ("du har kæmpet med søvnen", a reflection)
        r"\b(du|hun|han|i) har (virkelig |godt nok |også |jo |tydeligvis |sandelig |faktisk |altså |da |sgu )?(knoklet|"
        r"arbejdet (\w+ )?(hårdt|benhårdt|målrettet|stenhårdt|ihærdigt|seriøst)|brugt (\w+ )?(mange|masser af|en masse|al din|"
        r"alle dine|rigtig mange|så mange) (kræfter|energi|timer)|lagt (\w+ )?(mange |masser af |en masse |meget |et stort |"
        r"et kæmpe |et )?(kræfter|energi|arbejde|timer|indsats)|gjort (\w+ )?(en |et )?(kæmpe |stor |stort |flot |ihærdig |"
        r"virkelig stor |enorm |kæmpestor )?(indsats|stykke arbejde))\b",
        r"\b(du|hun|han|i) har (virkelig |godt nok |også |jo |tydeligvis |sandelig |faktisk |altså |da |sgu )?(kæmpet|slidt|"
        r"sloges|trænet|øvet dig|terpet|arbejdet)( \w+){0,3}? (for at|på at|for (det|den|dem)|på (det|den|dem))\b",
        r"\b(det|den|det her) har (du|hun|han|i) (virkelig |også |godt nok |sandelig |sgu |jo )?(fortjent|arbejdet|kæmpet|knoklet|"
        r"slidt|sloges|trænet|øvet dig)\b", r"\bdet viser,? at (du|hun|han|i)\b(?! ikke (gider|vil|tager|er))",
        r"^(hvor |det er |det var |rigtig |virkelig )?godt,? (at )?(du|i) (ikke |nu |selv |også |endelig |stadig |altid )?(kom|ringede|sagde|fortalte|tog|gjorde|valgte|turde|"
        r"spurgte|skrev|huskede|har|er|kunne|ville|gad|nåede|sagde|fik|gik|holdt|stod|sov|bad|gav|[a-zæøå]{2,}ede|"
        r"[a-zæøå]{2,}[^e]te)\b",
        # confidence in the citizen ("jeg tror, at du nok skal finde en løsning", "du skal nok klare det"): reassurance
        r"\b(du|hun|han|i) (skal nok|nok skal) (\w+ )?" + _REASSURE + r"\b",
        r"^(sikke en |hvor er du |du er en )?(dygtig|sej|flink|sød|stærk|modig|flot) (pige|dreng|fyr|tøs)\b", r"\bdu gør det (rigtig |virkelig |så )?godt\b", r"\b(du|hun|han) passer (godt |rigtig godt )?på (dig|sig) selv\b",
    ]


def summary_cues() -> list[str]:
    """Collecting what was said: announcements and lists of the citizen's points."""
    return [
        r"\b(lad mig|hvis jeg skal|må jeg) (lige )?(samle|opsummere|prøve at samle)\b", r"\bsamle op\b",
        r"\bopsummer", r"\b(du|hun|han) har sagt\b", r"\b(du|hun|han) har fortalt (mig )?om (to|tre|fire|flere|et par) ting\b", r"\bdet (du|hun|han) har (sagt|fortalt)\b",
        r"\bindtil nu\b", r"^((så|og|okay|ok|nå|nåh|jamen|godt) )?siden sidst\b|^(du|i) har siden sidst\b", r"\bhar jeg forstået det (hele|rigtigt)\b", r"\btre ting\b",
        r"\bto ting\b", r"\bdet hele\b", r"\bvi har (snakket|talt) om\b", r"\b, og (at )?(du|hun|han)\b",
    ]


# The check after a summary ("… Har jeg fået det hele med?", "… Mangler jeg noget?", "… Er det rigtigt forstået?"):
# a question by its form, but the summary before it is the point (GUIDE.md)
SUMMARY_CHECK = re.compile(
    r"^(og |så |men )?(har jeg (fået|forstået|fanget|husket|hørt) (\w+ ){0,3}(med|rigtigt|rigtig|korrekt)|har jeg (glemt|overset) "
    r"(noget|nogen)|mangler (jeg|der) (noget|nogen)|er der (mere|andet|noget (\w+ ){0,3}(glemt|tilføje|mere|andet|mangler))|"
    r"er det (rigtigt|rigtig|korrekt)( forstået)?|passer det|stemmer det|har jeg ret|lyder det rigtigt|er det sådan)"
    # the check is the whole sentence: "passer det dig?", "er der mere kaffe?" ask about something else
    r"( (så|nu|helt|egentlig|også|nogenlunde|du (vil|gerne vil|skal|har lyst til at) (sige|tilføje|fortælle|nævne)))?$")


def autonomy_cues() -> list[str]:
    """Choice and control belong to the citizen."""
    return [
        r"\b(op|helt op) til (dig|hende|ham|jer)\b", r"\b(du|hun|han) bestemmer\b", r"\bdit (eget )?valg\b",
        r"(?<!fast i )(?<!fast ved )(?<!står ved )(?<!stod ved )\bdin (egen )?beslutning\b", r"\b(du|hun|han) (må|kan) selv\b", r"\bkun hvis (du|hun|han)\b",
        r"\bhvis (du|hun|han) (ikke )?(vil|har lyst)\b(?!( \w+){1,6} (så )?(kan (vi|jeg) ikke|mister|ender|må (vi|jeg)|"
        r"får (du|hun|han|i) ikke|går det galt)\b)", r"\bhvis (du|hun|han) ikke er klar\b", r"\b(du|hun|han) behøver ikke\b",
        r"\bdet er dig,? der\b(?! (har )?(valgt|gjort|sagt|ødelagt|lavet|brugt|sprunget|glemt|droppet|startet|valgte|"
        r"gjorde|sagde|ødelagde|lavede|brugte|sprang|glemte|droppede|startede)\b)",
        r"\b(det er|er det) (jo |stadig |også )?(dit|dine) (eget |egne )?(ark|liv|mål|ønsker)\b", r"\bdet sidste ord\b", r"(?<!dig )(?<!sig )(?<!jer )(?<!alle )(?<!allesammen )\bsammen\b", r"\bover hovedet på\b",
        r"\bdet (bestemmer|vælger|afgør|beslutter) (du|hun|han|i)( selv)?\b",
        r"\b(du|hun|han|i) (kender|ved) (\w+ ){0,3}bedre end (nogen|alle|mig|os|jeg)\b",
        r"\b(ved|kender|kan) (du|hun|han|i) (\w+ ){0,2}bedre end (nogen|alle|mig|os|jeg)\b",
        r"\bselv (vælge|bestemme|afgøre)\b", r"\bingen kan tvinge\b", r"\bdu har retten\b",
        # options handed over ("du kan vælge at tage bussen, eller …", "begge dele er fint")
        r"\b(du|i|hun|han) kan (selv |frit |altid |også |jo )?vælge (at|om|selv|hvad|hvilke\w*|mellem)\b",
        r"(?<!ikke )\bbegge (dele|muligheder) er (helt |lige )?(fint|fine|ok|okay|i orden|gode)\b",
        r"\b(bestemmer|beslutter|vælger) (du|hun|han)( helt)? selv\b", r"\bkun (du|hun|han) (kan|ved)\b",
        r"\bfrivillig", r"\bfrit for\b", r"\b(din|hans|hendes) måde\b", r"\b(dit|hans|hendes|jeres) (eget )?tempo\b", r"\b(du|hun|han) vælger\b", r"\bvalg\b",
        r"\bfrihed\b", r"(?<!ikke )\blov (til|at)\b", r"\bikke presse\b", r"\bvelkommen til\b", r"\bsige fra\b",
        r"\bekspert", r"\bkender (dig|sig) selv\b",
        # "du har ret til at sige nej / takke nej / vælge selv": the choice is granted (a right as a service, "du har ret
        # til aktindsigt", is information)
        r"\b(du|hun|han|i) har (fuld |al |altid |stadig |jo |selvfølgelig |også )*ret til at (sige nej|takke nej|sige fra|"
        r"vælge|bestemme|fravælge|afslå|stoppe|trække|lade være|ombestemme|skifte mening|melde fra|springe)\b",
        r"\b(du|hun|han|i) (må|kan) (gerne |altid |godt )+(sige nej|takke nej|sige fra|stoppe|ombestemme|skifte mening|"
        r"melde fra|lade være)\b",
        r"\b(du|hun|han) (kender|ved) (jo |godt |nu )?selv (\w+ ){0,3}bedst\b", r"\bdet (ved|kender) (du|hun|han) (jo |selv )?bedst\b",
        r"\b(du|hun|han) (kender|ved) (jo )?(din|dit|dine|hans|hendes) (egen |eget |egne )?\w+ (selv )?bedst\b", r"\brespekter", r"\b(din|hans|hendes) ret\b", r"\bhast\b",
        r"\bhvad vil (du|hun|han) selv\b(?!,? (der|at|om|er|har|var|gik))", r"\bikke noget (du|hun|han) skal\b",
        # "Hvad synes du selv?" alone asks for the citizen's view (open); it hands the choice back only with more after it
        # ("Hvad tænker du selv, vi skal gøre?") or after the citizen asked for advice (`x=view_back` in features.py)
        r"\bhvad (tænker|synes) (du|hun|han) selv\b(?!,? (der|at|om|er|har|var|gik))(?!( (nu|egentlig|så))*( \?)?$)",
        # a duty lifted, like "ikke noget du skal": "det er ikke din pligt at klare det hele alene"
        r"\bikke (din|hans|hendes|jeres) (pligt|opgave) at\b",
        r"\bingen (grund|hast|krav) (til|om|med) at\b", r"\b(tvinge|presse) (dig|hende|ham|jer) til\b", r"\bingen kan bestemme\b", r"\bdet er (jo )?(dig|ham|hende|jer),? der (skal )?(bestemme|bestemmer|vælge|vælger|beslutte|beslutter)\b", r"\bbestemme over (dig|hende|ham|jer)\b",
        r"\buden (at )?(du|hun|han|i) (selv )?(siger ja|giver lov|vil|er enig|er med på det|har sagt ja)\b",
        # handing the choice to the citizen ("så må du finde ud af, hvad der er vigtigst for dig")
        r"\b(må|kan|skal) (du|hun|han|i) " + _THREAT + r"(selv )?finde ud af (hvad|hvilke\w*|hvordan|om|hvor) (\w+ ){0,4}"
        r"(du|hun|han|i|dig|hende|ham|jer) (\w+ )?(vil|ønsker|har lyst|foretrækker|synes|helst|selv|vigtigst|betyder mest)\b"
        r"|\bfinde ud af (hvad|hvilke\w*|hvordan) (\w+ ){0,3}(vigtigst|betyder mest|er rigtigt) for (dig|hende|ham|jer)\b",
    ]


def information_cues() -> list[str]:
    """Neutral facts: times, places, services, how the plan works."""
    return [
        r"\bder (findes|er) (en|et|nogle|mulighed|åbent)\b(?! (del|side) af (dig|hende|ham)\b)",
        r"^(det er fordi|det skyldes|det kommer af)\b(?! (at )?(du|hun|han|i)\b)", r"\bkl\b", r"\bman kan\b", r"\bi kommunen\b",
        r"\bmødet (er|handler|bliver)\b", r"\b(det er|er det) (helt |ret |meget |ganske )?(almindeligt|normalt)\b", r"\btypisk\b",
        r"\bfeltet\b", r"\bdu kan (godt )?(ringe|klage|ændre|få|søge|bede om)\b",
        r"\b(tavshedspligt|underretningspligt|oplysningspligt|aktindsigt|bisidder|partshøring|klagefrist)\b", r"\bman har\b", r"\bkommunen\b",
        r"\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b", r"\b\d+\b", r"\bgratis\b", r"\bkoster\b",
        r"\bdet betyder\b", r"\bmulighed\b", r"\bmange (oplever|har)\b",
        r"\b(mange|de fleste|nogle|andre)( \w+){1,2} (oplever|har oplevet|kender til|kæmper med|går igennem)\b", r"\bandre,? (jeg|der)\b",
        r"\b(mange|de fleste|nogle|andre|folk)( \w+){0,2} (synes|føler|oplever|siger),? (at )?(det|de) (er|kan være|bliver|"
        r"har det) (\w+ )?(svært|svære|hårdt|hårde|tungt|træls|normalt|almindeligt|udfordrende|uoverskueligt|svært)\b",
        r"\bbliver (taget|skrevet|givet|sendt)\b", r"\bnår som helst\b", r"\bventeliste\b", r"^(ja|nej),\b",
        r"\bnu (skal|vil) vi (snakke|tale|kigge|se) (på|om)\b",
        # an agenda ("i dag skal vi igennem tre ting: …", "planen for i dag er …") tells how the session runs
        r"\b(i dag )?(skal|vil) vi (\w+ )?(igennem|tale om|snakke om|kigge på|se på|nå) (\w+ )?(ting|punkter|emner)\b",
        r"\bplanen for (i dag|dagen|mødet|samtalen)\b", r"\bdet næste (handler|punkt|spørgsmål|vi skal)\b",
        # a short answer with an amount or a time ("Cirka en time.", "Omkring 200 kr.", "Ca. to uger.")
        r"^(det er |det tager |det varer |det koster )?(cirka|ca|omkring|ungefær|lidt over|lidt under|næsten|højst|mindst) "
        r"(en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|tyve|tredive|halvanden|en halv|et par|\d+)\b",
        # the order of the session ("først vil jeg høre, hvordan du har det, og så kigger vi på planen", "vi starter med at
        # tale om din uge", "lad os begynde med at se på dine mål")
        r"^(først|allerførst|til at starte med|til at begynde med) (vil|skal|kigger|ser|taler|snakker|tager|går|hører) (jeg|vi)\b",
        r"\b(og )?(så|bagefter|derefter|dernæst|til sidst|senere) (kigger|ser|taler|snakker|tager|laver|går|skriver|gennemgår|"
        r"vil|skal) vi (\w+ )?(på|om|igennem|videre med|din|dit|dine|planen|arket|målene|aftalen)\b",
        r"^(så |og )?(vi|jeg) (starter|begynder|lægger ud) (lige )?med at (tale|snakke|kigge|se|høre|gennemgå|gå igennem|spørge)\b",
        r"^(så |og )?lad os (starte|begynde|lægge ud) (lige )?med at (tale|snakke|kigge|se|høre|gennemgå|gå igennem)\b",
        r"\b(fås|kan købes|kan bestilles|uden recept)\b",
        r"\b(foregår|holder til|har åbent|er åbent|har lukket|varer (cirka|ca|omkring)|tager (cirka|ca|omkring))\b",
        # reassurance with an explanation: "Det er ikke noget, du gør forkert. …", "Det er ikke din skyld."
        # a fact the professional will look up ("det er jeg ikke sikker på, men jeg tjekker det")
        r"\bjeg (skal |vil |kan )?(lige |gerne )?(tjekke|tjekker|undersøge|undersøger|finde ud af|finder ud af|slå|slår)"
        r" (det|op|efter|om|hvornår|hvor|hvad|hvem|lige)\b",
        # what the citizen does not lose ("nej, du mister ikke din plads", "hvis du flytter, mister du ikke din ydelse")
        r"\b((mister|taber) (du|i|hun|han)|(du|i|hun|han) (mister|taber)) (heller )?(ikke|aldrig)\b",
        r"\bikke (noget,? )?(du|hun|han|i) (gør|har gjort) forkert\b", r"\b(du|hun|han|i) (gør|har gjort) ikke noget forkert\b", r"\bikke (din|hans|hendes|jeres|nogens) skyld\b", r"\binden for (en|et|to|tre|fire|fem|seks|\d+) (dage?|uger?|måneder?)\b",
    ]


def other_cues() -> list[str]:
    """Greetings, thanks, fillers and procedure."""
    return [
        r"^(hej|hejsa|goddag|godmorgen|godaften|velkommen|farvel|vi ses|tak|mange tak|mm|okay|ja|nej|fint|"
        r"dejligt|godt(?!,? (at )?(du|i) |,? (gået|klaret|kæmpet))|nå|javel|øh|hmm|forstår|spændende|fedt|"
        r"interessant|hold da op|haha|sikke(?! (en|et|nogle) (\w+ )?\w+ (du|i) har\b))\b", r"\blad os (komme i gang|starte|begynde|holde pause)\b(?! (lige )?med at)",
        r"\bjeg skriver (lige )?det\b", r"\bvi ses\b", r"\btak for\b", r"\bgodt at se dig\b", r"^selv tak\b",
        r"\bkom godt hjem\b", r"\bdet gør ikke noget\b", r"\bvidere til\b", r"\bnæste punkt\b", r"\bforstyrret\b",
        r"\bser lækkert\b", r"\bi orden\b", r"\b(holde|holder|holdt) (en )?(\w+ ){0,2}pause\b", r"\b(lad os|vi) (lige )?(tage|tager) (en )?(\w+ ){0,2}pause\b(?! fra)",
        r"\bi lige måde\b", r"\bpas (godt )?på dig selv\b", r"(?<!en )(?<!nogle )\bgod (weekend|dag|aften|tur|jul|sommer|ferie)\b",
        r"\bhav en (god|dejlig) (dag|weekend|aften)\b",
    ]


# Feeling words the citizen may use for the same feeling: "Du er bange for …" after "jeg frygter …" repeats it.
FEELING_CLASS = {
    "frygt": "bange", "frygte": "bange", "frygter": "bange", "frygtet": "bange", "angst": "bange", "nervøs": "bange",
    "skræmt": "bange", "skræmmer": "bange", "utryg": "bange", "trist": "ked", "nedtrykt": "ked", "nedslået": "ked", "sørgelig": "ked", "sur": "vred",
    "irriteret": "vred", "alene": "ensom", "ensomt": "ensom", "lettelse": "lettet",
    # a wish said back in other words ("Du ønsker dig …" after "Jeg vil gerne have …") repeats it
    "ønsker": "gerne", "ønske": "gerne", "ønsket": "gerne", "ønskede": "gerne", "drømmer": "gerne", "håber": "gerne",
}
# "lidt nervøs" given back as "rigtig bange" is amplified (complex) although the feeling is the citizen's.
DOWNTONERS = frozenset({"lidt", "smule", "nok", "måske", "somme", "indimellem", "engang", "sjældent", "halvt"})
INTENSIFIERS = frozenset({"rigtig", "virkelig", "meget", "helt", "vildt", "enormt", "frygtelig", "frygteligt", "utrolig",
                          "utroligt", "voldsomt", "dybt", "totalt", "fuldstændig", "mega", "pisse"})
# Strong verbs whose forms share no 5-letter stem ("drikker"/"drukket"/"drak"), for the overlap with the citizen's line.
_STRONG = {
    "drikke": "drikker drak drukket", "ryge": "ryger røg røget", "tage": "tager tog taget", "gå": "går gik gået",
    "få": "får fik fået", "sige": "siger sagde sagt", "give": "giver gav givet", "komme": "kommer kom kommet",
    "sove": "sover sov sovet", "ligge": "ligger lå ligget", "sidde": "sidder sad siddet", "stå": "står stod stået",
    "gøre": "gør gjorde gjort", "vide": "ved vidste vidst", "finde": "finder fandt fundet", "hjælpe": "hjælper hjalp hjulpet",
    "falde": "falder faldt faldet", "skrive": "skriver skrev skrevet", "bede": "beder bad bedt", "se": "ser set",
    "slå": "slår slog slået", "synge": "synger sang sunget", "springe": "springer sprang sprunget",
    "vinde": "vinder vandt vundet", "holde": "holder holdt", "græde": "græder græd grædt", "dø": "dør døde død",
    "spørge": "spørger spurgte spurgt", "fortælle": "fortæller fortalte fortalt", "vælge": "vælger valgte valgt",
    "sælge": "sælger solgte solgt", "lægge": "lægger lagde lagt", "sætte": "sætter satte sat", "tælle": "tæller talte",
    "bære": "bærer bar båret", "skære": "skærer skar skåret", "stjæle": "stjæler stjal stjålet", "flyve": "flyver fløj fløjet",
    "byde": "byder bød budt", "lyve": "lyver løj løjet", "fryse": "fryser frøs frosset", "nyde": "nyder nød nydt",
}
LEMMAS = {form: lemma for lemma, forms in _STRONG.items() for form in [lemma, *forms.split()]}
# Words that turn a reflection into an amplified one when the citizen did not use them ("Så kommunen har
# aldrig gjort noget rigtigt." after "Kommunen laver altid fejl.").
AMPLIFIERS = frozenset({"aldrig", "altid", "slet", "overhovedet", "absolut", "nogensinde", "fuldstændig", "totalt",
                        "alle", "intet", "ingenting", "alt", "ingen", "umuligt"})


def reflection_opening_cues() -> list[str]:
    """How reflections start: "Så du …", "Du …", "Det …" (a statement about the citizen)."""
    return [r"^så (du|hun|han|i|det)\b", r"^(du|hun|han|i) (er|har|vil|kan|synes|føler|tænker|bliver)\b",
            # "altså, du har det bedst, når …": the filler "altså" before the citizen's account, not the scolding "du må altså"
            r"^(og |så )?altså,? (så )?(du|hun|han|i) (er|har|vil|kan|synes|føler|tænker|bliver|savner|mangler|elsker|"
            r"hader|kan lide|ønsker|håber|mener|oplever)\b(?! (nødt|jo|da|bare|altså|selv ude om)\b)"]


CUE_FAMILIES = {
    "tagq": tag_question_cues, "invite": open_invitation_cues, "fact": fact_question_cues, "advice": advice_cues,
    "permission": permission_cues, "confront": confront_cues, "softadvice": soft_advice_cues,
    "challenge": challenge_cues, "rhetq": rhetorical_question_cues, "cr": complex_reflection_cues,
    "affirm": affirmation_cues, "feel": feeling_cues, "summary": summary_cues, "autonomy": autonomy_cues,
    "info": information_cues, "other": other_cues, "reflopen": reflection_opening_cues, "openwho": open_who_cues,
    "hedge": reflection_hedge_cues, "metaphor": metaphor_cues, "indyn": indirect_yes_no_cues, "verify": verify_cues,
}

# Which cue family, if it fired, is the best evidence for a predicted code.
EVIDENCE_FAMILIES = {
    "open_question": ("invite", "openwho"), "closed_question": ("permission", "fact", "tagq", "indyn"),
    "advice_without_permission": ("advice", "softadvice"), "confront": ("confront", "rhetq", "challenge", "accuse", "verify"),
    "complex_reflection": ("cr", "feel", "metaphor", "hedge"), "simple_reflection": ("reflopen",), "affirmation": ("affirm",),
    "summary": ("summary",), "emphasize_autonomy": ("autonomy",), "giving_information": ("info",),
    "other": ("other",),
}


def _alternation(patterns: list[str]) -> str:
    """One regex per family, with the shared leading word boundary factored out: Python's engine
    then tries the alternatives only at word starts, which made the confront family 5x faster."""
    bounded = [p[2:] for p in patterns if p.startswith(r"\b")]
    rest = [p for p in patterns if not p.startswith(r"\b")]
    parts = [f"(?:{p})" for p in rest]
    if bounded:
        parts.append(r"\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")")
    return "|".join(parts)


@lru_cache(maxsize=1)
def _compiled() -> dict[str, re.Pattern[str]]:
    return {fam: re.compile(_alternation(fn())) for fam, fn in CUE_FAMILIES.items()}


# A frame that reports what the citizen or someone else feels or says ("så du oplever, at han er egoistisk", "hun siger,
# du er et dovendyr", "du føler, det er din egen skyld"): a judgement inside it is not the professional's own view
# ("jeg synes, du er doven"). Borrowed authority set against the citizen ("lægen siger, du sagtens kan …") is a challenge
# cue of its own, matched at the frame. The frame ends at "men": what follows is the professional's own word ("du siger,
# du vil, men du burde have ringet").
_FRAME_VERBS = (r"(?:oplever|oplevede|føler|følte|synes|syntes|tænker|tænkte|mener|mente|siger|sagde|fortæller|fortalte|"
                r"tror|troede|frygter|frygtede|skriver|skrev|kalder|kaldte|har (?:\w+ )?(?:sagt|fortalt|oplevet|følt|skrevet)|"
                r"er bange for|er bekymret for|er i tvivl om)")
_REPORTED = re.compile(
    r"(?:^|\b)(?:(?:så|og|men) )?(?P<who>du|hun|han|de|i|(?:din|dit|dine|hans|hendes|deres) \w+|(?!men |lægen |personalet |"
    r"pædagogen |pædagogerne |sagsbehandleren |kontaktpersonen |journalen |lærerne |chefen )\w{2,}(?:en|et|erne)) "
    + _FRAME_VERBS + r"(?: (?:nogle gange|tit|ofte|altid|somme tider|selv|også))?(?: at)?"
    r"(?: (?:du|dig|hun|han|ham|hende|de|dem|det|i)(?: (?!men\b)\w+){0,2})? $")
# The citizen's own account given back ("så du oplever, at …", "du siger, …"), also around a third party's view ("så du
# oplever, at hun synes, du er doven").
_OWN_FRAME = re.compile(r"\b(?:du|i) (?:\w+ )?" + _FRAME_VERBS + r"\b")
# A frame after the clause it reports ("han er lidt doven, tænker du", "du er håbløs, har du sagt", "hun er doven, siger
# din mor"): verb before subject, at the end of the line.
_TRAILING = re.compile(
    r"(?: (?!men\b)\w+){0,8}? (?:(?:oplever|føler|synes|tænker|mener|siger|sagde|fortæller|fortalte|tror|skriver|skrev|"
    r"frygter|kalder) (?P<who>du|i|hun|han|de|(?:din|dit|dine|hans|hendes|deres) \w+)|har (?P<who2>du|i|hun|han|de) "
    r"(?:sagt|fortalt|skrevet))(?: (?:selv|også|nok))?(?: \?)?$")
# The reported clause is about the citizen ("din mor siger, du lyver", "naboen siger, det er din egen skyld").
_ABOUT_YOU = re.compile(r"\b(?:du|dig|din|dit|dine|jer|jeres)\b")
REPORTABLE = frozenset({"confront", "challenge"})
# A confront or challenge cue inside a third party's report about the citizen ("din mor siger, du lyver", "din far
# siger, du skal tage dig sammen"). Whether it accuses or gives back depends on the citizen's previous line
# (`citizen_told`), which the coder's features read; the family is kept apart from "confront" for that.
ACCUSE = "accuse"


def frame_owner(norm_text: str, start: int, end: int | None = None) -> str:
    """Whose report the cue at norm_text[start:end] stands in: "own" (the citizen's account given back: "så du oplever,
    at …"), "other" (a third party's view about the citizen: "din mor siger, du lyver"), or "" (no reporting frame, or a
    third party's view not about the citizen)."""
    if end is not None:
        t = _TRAILING.match(norm_text, end)
        if t is not None:  # "han er lidt doven, tænker du": the frame comes after the clause it reports
            who = t.group("who") or t.group("who2")
            if who in ("du", "i") or not _ABOUT_YOU.search(norm_text[start:end]):
                return "own"
            return "other"
    if start <= 0:
        return ""
    prefix = norm_text[:start]
    m = _REPORTED.search(prefix)
    if m is None:
        return ""
    before = " " + prefix[: m.start("who")]
    before = before[before.rfind(" men ") + 4 :] if " men " in before else before  # the clause since the last "men"
    if m.group("who") in ("du", "i") or _OWN_FRAME.search(before):
        return "own"
    verb_end = m.start("who") + len(m.group("who"))
    if _ABOUT_YOU.search(norm_text[verb_end : len(norm_text) if end is None else end]):
        return "other"
    return "own"  # a third party's view of someone else ("han synes slet ikke, der er noget, der skal ændres")


def hits(norm_text: str) -> dict[str, re.Match[str]]:
    """First match per cue family in a normalised text; for confront and challenge, the first one not inside a
    reported clause. A cue inside a third party's report about the citizen is kept as the family `ACCUSE`."""
    out = {}
    accuse: re.Match[str] | None = None
    for fam, rx in _compiled().items():
        if fam in REPORTABLE:
            m = None
            for x in rx.finditer(norm_text):
                # a frame stops at "men": "du siger, du vil, men du drikker jo stadig" is the professional's own word
                owner = "" if x.group().startswith("men ") else frame_owner(norm_text, x.start(), x.end())
                if not owner:
                    m = x
                    break
                if owner == "other" and (accuse is None or x.start() < accuse.start()):
                    accuse = x
        elif fam == "affirm":
            m = next((x for x in rx.finditer(norm_text) if not in_doubt(norm_text, x.start(), x.end())), None)
        else:
            m = rx.search(norm_text)
        if m is not None:
            out[fam] = m
    if accuse is not None and not (accuse.group() in _LOOSE and "affirm" in out):
        out[ACCUSE] = accuse
    return out


# A strength named inside a doubt or a worry ("du tvivler på, om du er stærk nok", "du er bange for, at du ikke er klog
# nok til uddannelsen", "hvis du er modig nok"): the citizen's doubt given back, not praise.
_DOUBT_BEFORE = re.compile(r"\b(tvivler|tvivlede|tvivl|usikker|usikre|bange|frygter|bekymret|spekulerer|ved ikke|aner ikke|"
                           r"om|hvorvidt|hvis)\b(?!.*\b(men|og så)\b)[^.?!]*$")
_DOUBT_AFTER = re.compile(r" (nok|nok til|til det)\b")


def in_doubt(norm_text: str, start: int, end: int) -> bool:
    """Whether the praise cue at norm_text[start:end] stands in a doubt ("om du er stærk nok") — see _DOUBT_BEFORE."""
    before = " ".join(norm_text[:start].split()[-7:])
    return _DOUBT_BEFORE.search(before) is not None and (
        _DOUBT_AFTER.match(norm_text, end) is not None or re.search(r"\b(om|hvorvidt|hvis) (du|hun|han|i) (\w+ )?(er|bliver|"
                                                                    r"kan være|føler (dig|sig))( \w+)?$", before) is not None)


# Adverbs that confront only by their tone ("du glemmer altid …"): inside a third party's praise ("din mor siger, du
# altid har været en kæmper") they accuse no one.
_LOOSE = frozenset({"altid", "dog", "slet ikke", "ikke engang", "jo ikke"})


# The citizen's line reports what someone says or thinks about them ("min mor siger, at jeg lyver", "hun kalder mig
# doven", "jeg får tit at vide, at …"): a professional's line that gives the same report back is a reflection.
_TOLD = re.compile(
    r"\b(?:hun|han|de|folk|alle|nogen|(?:min|mit|mine|vores) \w+|\w{2,}(?:en|et|erne))(?: \w+){0,2}? (?:siger|sagde|"
    r"har sagt|kalder|kaldte|har kaldt|mener|mente|synes|syntes|påstår|påstod|tror|troede|skriver|skrev|råber|råbte|"
    r"skælder|skældte|beskylder|beskyldte|fortæller|fortalte|truer|truede|brokker|klager)\b(?: \w+){0,6}? "
    r"(?:jeg|mig|min|mit|mine|vi|os)\b"
    r"|\b(?:jeg|vi) (?:\w+ )?(?:bliver|blev|er blevet) (?:\w+ )?(?:kaldt|beskyldt|anklaget|skældt)\b"
    r"|\b(?:jeg|vi) (?:\w+ )?(?:får|fik|har fået) (?:\w+ )?at vide\b")


def citizen_told(norm_context: str) -> bool:
    """Whether the citizen's previous line reported what someone says or thinks about them (see _TOLD)."""
    return _TOLD.search(norm_context) is not None


@lru_cache(maxsize=1)
def feeling_regex() -> re.Pattern[str]:
    """The feeling cues alone, for finding every feeling word in a line (hits() keeps only the first)."""
    return re.compile(_alternation(feeling_cues()))


def _looks_like_noun(word: str) -> bool:
    """A definite noun before the preposition "i" ("Fællesskabet i koret …", "Skolen i byen …"): Danish finite verbs
    before "I" (you, plural) end otherwise ("Kommer I", "Har I", "Skal I", "Gik I")."""
    return len(word) > 3 and word.endswith(("en", "et", "ne")) and word != "kunne"


def _main_clause(tokens: list[str]) -> int:
    """Where the main clause starts after a fronted subordinate clause ("hvis du fik frit valg, hvad ville du så
    gøre"): a question word followed by a verb (not a subject, which makes an indirect question: "når du ikke ved, hvad
    du vil"), or a verb + subject + "så" ("…, vil du så flytte"). 0 if there is none."""
    for i in range(2, len(tokens) - 1):
        t, nxt = tokens[i], tokens[i + 1]
        if t in QWORDS and nxt not in SUBJECTS and nxt not in SUBJECTS_EXTRA:
            return i
        if (t not in NOT_VERBS and nxt in {"du", "i", "han", "hun", "det"} and tokens[i + 2 : i + 3] == ["så"]
                and tokens[i - 1] not in {"at", "som", "der"}):
            return i
    return 0


# A possessive after a noun or an imperative is not a subject after a finite verb: "medicinen, din træning og …" (a
# list after a colon), "tag din mor med" (advice) are not "Har din mor …?".
POSSESSIVE_SUBJECTS = frozenset({"din", "dit", "dine", "hans", "hendes", "jeres", "mor", "far"})
IMPERATIVES = frozenset({
    "tag", "sæt", "skriv", "ring", "lav", "køb", "find", "husk", "læg", "send", "spørg", "brug", "giv", "ryd", "hent",
    "tjek", "ret", "vis", "lyt", "kontakt", "bestil", "aftal", "planlæg", "flyt", "skift", "stop", "start", "drop",
})
SUBJECTS_EXTRA = frozenset({"man", "folk", "andre", "nogen", "vennerne", "familien"})


def main_clause_start(tokens: list[str]) -> int:
    """Index of the main clause of a sentence opened by a fronted clause or scale, else 0 (for evidence spans)."""
    if tokens and (tokens[0] in SUBORD or tokens[:3] == ["på", "en", "skala"] or tokens[:2] == ["på", "skalaen"]):
        return _main_clause(tokens)
    return 0


# Words before the real start of a sentence: "nå, hvor ligger den", "okay, hvad så nu", "fint, har du spist".
LEAD_WORDS = frozenset({"og", "men", "så", "okay", "ok", "ja", "nå", "nåh", "mm", "jamen", "fint", "super", "tak", "aha",
                        "javel", "godt", "hmm", "øh", "årh", "jaja"})
# Not "tør": "Tør du fortælle det til din mor?" asks whether the citizen dares, a yes/no question.
INVITE_MODALS = frozenset({"vil", "kan", "må", "kunne", "ville", "gider", "orker"})
_INVITE_FILLERS = frozenset({"ikke", "lige", "evt", "eventuelt", "godt", "prøve", "at", "og"})


def _modal_invitation(tokens: list[str]) -> bool:
    """ "kan du fortælle …", "gider du beskrive …", "vil du prøve at fortælle …", "kunne du sige lidt mere": a modal
    before an invitation verb asks the citizen to tell, so it is an invitation (open), not a yes/no question."""
    if len(tokens) < 3 or tokens[0] not in INVITE_MODALS or tokens[1] not in ("du", "i"):
        return False
    rest = [t for t in tokens[2:6] if t not in _INVITE_FILLERS]
    if not rest:
        return False
    if rest[0] in INVITE_VERBS:
        k = tokens.index(rest[0], 2)
        return re.match(re.escape(rest[0]) + _NOT_TO_OTHERS, " ".join(tokens[k:])) is not None
    return rest[0] == "sige" and rest[1:2] in (["lidt"], ["mere"], ["noget"]) and "om" in tokens or rest[:2] == ["sige", "lidt"] \
        or rest[:2] == ["sige", "mere"]


def sentence_form(tokens: list[str], qmark: bool) -> str:
    """Danish question form of one sentence: open_qw, fact_qw, inverted, tag, rising or statement.

    Order matters: a question word decides first, then verb-first order ("Har du …", "Er det …"),
    then a question mark on a statement, which in spoken Danish is a reflection with rising tone.
    """
    if not tokens:
        return "empty"
    first = tokens[0]
    # "så vidt jeg ved, har du …": a fronted clause like "hvis …", not the lead word "så" before "vidt jeg"
    fronted = tokens[:2] == ["så", "vidt"]
    if first in LEAD_WORDS and tokens[1:3] == ["så", "vidt"] and len(tokens) > 5:
        return sentence_form(tokens[1:], qmark)  # "okay, så vidt jeg forstår, har du …": the lead word changes nothing
    if (first in SUBORD or fronted or tokens[:3] == ["på", "en", "skala"] or tokens[:2] == ["på", "skalaen"]) and len(tokens) > 4:
        main = _main_clause(tokens)
        if main:
            return sentence_form(tokens[main:], qmark)
    if first in GREETINGS and len(tokens) > 2:
        # "godmorgen, har du sovet godt", "hej Karin hvordan går det": the question after the greeting decides
        for k in range(1, min(6, len(tokens) - 1)):
            t = tokens[k]
            if t in {"jeg", "vi", "du", "det", "der", "han", "hun", "man", "de"}:
                break  # a statement has begun ("hej jeg hedder Lise og er …")
            if t in QWORDS or (t not in NOT_VERBS and t not in GREETINGS and tokens[k + 1] in SUBJECTS):
                f = sentence_form(tokens[k:], qmark)
                if f in ("open_qw", "fact_qw", "inverted", "invite"):
                    return f
                break
    start = 1 if first in LEAD_WORDS and len(tokens) > 2 and not fronted else 0
    # "ja ja, og hvad skete der så", "jaja og hvordan gik det": a run of fillers before a question word
    run = start
    while run < 3 and tokens[run] in LEAD_WORDS and len(tokens) > run + 2:
        run += 1
    if run > start and (tokens[run] in QWORDS or _modal_invitation(tokens[run:])):  # also "nåh men vil du godt fortælle"
        start = run
    head = tokens[start]
    nxt = tokens[start + 1 : start + 3]
    if (head in INVITE_VERBS or _modal_invitation(tokens[start:])
            or (head == "prøv" and len(nxt) == 2 and nxt[0] == "at" and nxt[1] in INVITE_VERBS)
            # "prøv at sige lidt mere om …", "sig gerne lidt mere": an invitation to go on, not advice
            or (head == "prøv" and nxt == ["at", "sige"] and tokens[start + 3 : start + 4] in (["lidt"], ["mere"], ["noget"]))
            or (head == "sig" and [t for t in nxt if t not in {"gerne", "endelig"}][:1] in (["lidt"], ["mere"], ["noget"]))):
        return "invite"
    if head in OPEN_QWORDS:
        return "open_qw"
    if head == "hvor" and not qmark and (nxt[:1] and nxt[0] in EXCLAIM
                                         # "hvor svært synes du det var" asks without "?": verb, then a person
                                         and not (tokens[start + 3 : start + 4] in (["du"], ["i"], ["han"], ["hun"], ["de"])
                                                  and tokens[start + 2] not in NOT_VERBS)
                                         or nxt[:2] in (["er", "det"], ["var", "det"])
                           and len(tokens) > start + 3 and tokens[start + 3] in EXCLAIM):
        return "statement"  # "hvor er det godt at se dig" is an exclamation
    if head in FACT_QWORDS and head != "hvis":
        return "fact_qw"
    if first == "så" and start == 1 and not qmark and len(tokens) > 2 and tokens[2] in SUBJECTS:
        # "så sover du bedre, når …", "så har du mistet meget": after the adverb "så" the verb comes second in a
        # statement; without "?" that order is no question
        return "statement"
    if (len(tokens) > start + 1 and tokens[start + 1] in SUBJECTS and head not in NOT_VERBS
            and not (tokens[start + 1] == "i" and _looks_like_noun(head))
            and not (tokens[start + 1] in POSSESSIVE_SUBJECTS
                     and (_looks_like_noun(head) or head in IMPERATIVES and not qmark))
            or len(tokens) > start + 2 and head in FIRST_VERBS_INDEF and tokens[start + 1] in {"en", "et", "nogen", "noget"}):
        return "inverted"
    if qmark and tokens[-1] in {"ikke", "vel", "hva"}:
        return "tag"
    if len(tokens) > 2 and any(tuple(tokens[-len(t):]) == t for t in TAGS_NO_QMARK):
        return "tag"
    return "rising" if qmark else "statement"
