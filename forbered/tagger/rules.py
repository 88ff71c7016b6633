"""Rules kept as data: cue phrases for DARN-CAT, themes, sheet categories and relatives.

Patterns run on the normalised text (lower case, chat spellings mapped, one space between words), so
one pattern covers "jeg gider ik" and "jeg gider ikke". Each family lives in a small named function so it
can be read, tested and extended on its own. The trained classifier sees the hits as features.
The safety patterns (which also decide on their own, recall first) live in safety_rules.py and the
theme lexicon in lexicon.py; both are re-exported here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import lexicon_hits, theme_lexicon, token_themes  # noqa: F401  (re-exported)
from .matching import GatedPatterns
from .safety_rules import fold, safety_exceptions, safety_hit, safety_patterns  # noqa: F401  (re-exported)

# English forms count too: citizens write English, and "I don't want a girlfriend" is sustain talk.
NEGATORS = frozenset({"ikke", "aldrig", "ingen", "intet", "ingenting", "hverken", "næppe",
                      "not", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "can't", "cant", "cannot",
                      "won't", "wont", "never", "no", "isn't", "isnt", "aren't", "arent", "nothing"})
# Habits whose quitting is change talk ("jeg er stoppet med at drikke energidrik") and whose "stoppede" is no sustain
# cue; stopping an activity ("jeg stoppede til fodbold") stays sustain (annotation guide, probe 5 reminders)
HABITS = (r"(ryge|drikke|drikke øl|smoking|drinking|tage hash|ryge hash|game|gamble|gaming|spille om natten|spille på automater|pjække"
          r"|drikke (cola|sodavand|energidrik|energidrikke|monster|alkohol|spiritus|vin)|cola|sodavand|energidrik|energidrikke"
          r"|spise (slik|chips|kage|fastfood|junkfood)( \w+)?|slik|chips|snuse|snus|ryge smøger|smøger|købe (slik|chips|cola|sodavand|skrabelodder)"
          # round 19: the English side of the same habits ("i stopped eating candy", "i quit energy drinks")
          r"|vape|vaping|weed|smoking weed|gambling|cigarettes|eating (candy|sweets|junk food|junkfood|fast food|chips|crisps|sugar|snacks)( \w+)?"
          r"|drinking (soda|coke|cola|energy drinks|alcohol|beer|booze|coffee)( \w+){0,2}|candy|sweets|soda|coke|energy drinks|junk food|alcohol|beer)")
# Helpers the municipality or the health service assigns: getting a new one is news, not a step of one's own
SUPPORT = (r"(bostøtte\w*|kontaktperson\w*|støtteperson\w*|pædagog\w*|hjemmehjælp\w*|hjemmepleje\w*|læge|sagsbehandler\w*|mentor"
           r"|sygeplejerske\w*|fysioterapeut\w*|ergoterapeut\w*|psykolog\w*|værge|vejleder\w*|hjælper\w*|personale|medarbejder\w*"
           # and aids that are handed out ("jeg har fået en ny rollator" is support, a resource)
           r"|rollator\w*|kørestol\w*|el-?scooter\w*|høreapparat\w*|briller|hjælpemid\w*|badestol\w*|toiletstol\w*|plejeseng\w*|sovepude\w*|stok)")
# An appointment on the calendar ("jeg skal til tandlæge på torsdag") is a fact, not a need or a plan (guide, round 19)
APPOINTMENTS = (r"(tandlæge\w*|læge\w*|frisør\w*|øjenlæge\w*|kontrol|undersøgelse|scanning|blodprøve|fysioterapeut\w*|fysioterapi|møde\w*"
                r"|samtale\w*|genoptræning\w*|psykolog\w*|psykiater\w*|sygehuset|hospitalet|fodterapeut\w*|tandplejen|\w*klinikken|speciallæge\w*"
                r"|høreapparat\w*|vaccination|operation|eftersyn|tjek|check)")
DAYS = r"(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
APPOINTMENT = (rf"(til|på|ind til|op på|ned på|over på) (en |et |min |sin |hans |hendes )?{APPOINTMENTS}\b[^,.!?]*\b(i morgen|i dag|i aften|i overmorgen"
               rf"|(på |på den |næste |nu på |om )?{DAYS}|i næste uge|næste uge|om \w+ (uge|uger|dage)|kl\.? ?\d+|klokken|den \d+)")
# Words that end a negation scope (clause boundaries in chat Danish and English).
# "drikke"/"drinking" alone is alcohol; with a soft drink named ("jeg er begyndt at drikke mere vand igen") taking it up
# again is no relapse (used before the habit in the relapse and restart patterns)
SOFT_DRINK = (r"(?!(drikke|drinking) (\w+ ){0,2}(vand|danskvand|kildevand|juice|saft|mælk|te|kaffe|kakao|smoothie\w*"
              r"|proteindrik\w*|proteinshake\w*|water|juice|milk|tea|coffee|smoothies?|protein shakes?)\b)")
SCOPE_BREAKERS = frozenset({"men", "og", "fordi", "selvom", "når", "hvis", "så", "eller", "for",
                            "but", "and", "because", "if", "when", "or"})


def desire_cues() -> list[str]:
    return [
        # a relative's own wish for the citizen ("vi vil gerne have at han flytter", "jeg håber hun får et job") is no
        # desire cue: it is not the citizen's talk (other_view_cues); "hun håber hun får et job" still is
        r"(?<!vi )\bvil (rigtig |så |meget |virkelig |bare )?gerne\b|(?<=vi )vil (rigtig |så |meget |virkelig |bare )?gerne\b(?!( have)? at (hun|han|min|mit|vores)\b)",
        r"\bkunne (godt )?tænke (mig|sig)\b(?! at (hun|han)\b)",
        # inverted word order after an opening adverb ("nu vil jeg gerne …", "så kunne jeg godt tænke mig …")
        # (not "ja det vil jeg gerne": an answer without an object is neutral, guide "Short answers")
        r"(?<!det )(?<!dét )\b(vil|ville) (jeg|hun|han) (rigtig |så |meget |virkelig |bare |også |helst |egentlig )?gerne\b",
        r"\bkunne (jeg|hun|han) (også |rigtig |egentlig )?(godt )?tænke (mig|sig)\b(?! at (hun|han)\b)",
        r"(?<!jeg )(?<!vi )\bdrømmer om\b|(?:(?<=jeg )|(?<=vi ))drømmer om\b(?! at (hun|han|min|mit|vores)\b)", r"\bdrøm(men)? er\b",
        r"(?<!jeg )(?<!vi )(?<!ville )\bønsker? (mig|sig|at)?\b|(?:(?<=jeg )|(?<=vi ))ønsker\b(?!( at| for)? (hun|han|ham|hende|min|mit|vores)\b)",
        r"(?<!jeg )(?<!vi )\bhåber\b|(?:(?<=jeg )|(?<=vi ))håber\b(?!( at| virkelig| så| bare| inderligt)* (hun|han|min|mit|vores)\b)",
        r"\bhar (lyst|mod) til\b", r"\bvil have\b", r"\bkunne godt lide at\b", r"\bville ønske\b(?! (at )?(hun|han|min|vores)\b)",
        r"\bdet ville være (dejligt|godt|fedt|rart)\b(?! for (mig|hende|ham)\b)",
        r"\bgider (ikke )?blive ved\b", r"\b(jeg|hun|han) (rigtig |så |virkelig )?(gerne|allerhelst) (vil|ville)\b", r"\bvil ikke (blive ved|være alene|sidde|have det sådan)\b",
        r"\b(gider|orker|vil) ikke (mere |længere )?(at )?(ligge|sidde|være|kede mig|gå rundt|spille hele natten)\b.*\b(hele (dagen|tiden|natten)|derhjemme|alene|på (sofaen|værelset))\b",
        r"\b(gider|orker|vil) ikke (mere|længere) (at )?(ligge|sidde|kede mig|gå rundt)\b",
        r"\b(gider|orker|vil) ikke (mere |længere )?(bare|kun) (at )?\w+", r"\bskulle (rigtig |så |meget )?gerne\b",
        # probe 4: looking forward to a change (not to a joy already in one's life: that is a resource), missing
        # an activity one could take up again (missing a person is a worry: parking), and negation flips that
        # name how long the status quo has lasted ("gider ikke være alene hele tiden mere")
        r"\bglæder (mig|sig) (\w+ )?(\w+ )?til at (flytte|starte|begynde|få|komme i gang|komme i praktik|lære|blive|bo|prøve)\b",
        r"\bsavner (at|det med at)\b", r"\bhaaber\b",
        r"\b((gider|orker|vil) ikke|ikke (gider|orker|vil))\b.*\b(hele (tiden|dagen|natten|weekenden|mit liv|sit liv|livet)|resten af (mit liv|sit liv|livet|mine dage|sine dage|hans liv|hendes liv)|til (kl|klokken) \d+)\b",
        r"\b((gider|orker|vil) ikke|ikke (gider|orker|vil)) (mere|længere) (at )?(game|gamer|spille|sove|drikke|ryge|spise|være (alene|ensom|bange)|blive kørt)\b",
        r"\bvil ikke (være|blive) (ensom|ensomme|alene|bange|afhængig)\b",
        # fresh probe (December 2026): no will to go on with the status quo ("jeg gider ikke bo på bostedet mere")
        r"\b(gider|orker|vil) (ikke|ik) (at )?(bo|sidde|ligge|være alene|være hjemme|bare være|være ensom) (\w+ ){0,4}(mere|længere)\b",
        # English
        r"\b(i|he|she) (really )?(want|wants|wanna|wish|wishes|hope|hopes) (to|a|an|more|my|some)\b", r"\b(i|he|she) (would|'d) (really )?(like|love) (to|a|an|more|my|some)\b",
        r"\b(i|he|she)'d (like|love) to\b", r"\b(i|he|she) (really )?(wanna|want to|wants to|would like to|would love to) \w+", r"\bmy dream is\b",
        r"\b(i|he|she) (really )?(like|likes|love|loves) the (idea|thought|prospect|dream)s? of\b",
    ]


def ability_cues() -> list[str]:
    return [
        r"\bkan (godt|sagtens|nok|vel)\b", r"\btror (godt )?(jeg|hun|han) kan\b", r"\bkan lære\b",
        r"\bkan (jeg|hun|han) (godt|sagtens|også godt)\b(?! (lide|li)\b)",
        r"\ber i stand til\b", r"\bkan finde ud af\b", r"\bkan klare\b", r"\bkunne godt\b",
        r"\bkan ikke (overskue|finde ud af|klare|magte|lære|lade være)\b", r"\bkan (jeg|hun|han) (ikke|ik) (overskue|finde ud af|klare)\b", r"\bformår\b",
        r"\bmagter (ikke )?\b", r"\bovers(kue|kuer)\b", r"\bkan (kun|bare|højst) (gå|stå|sidde|cykle|klare|læse|holde|løfte|gå på)\b",
        r"\b(i|he|she) (can|could) (learn|do|manage|handle|take|cook|make)\b", r"\bthink (i|he|she) can\b",
        r"\b(i|he|she) (can't|cant|cannot|couldn't|couldnt)\b", r"\bable to\b", r"\b(can't|cant|cannot) stop\b",
    ]


def reasons_cues() -> list[str]:
    return [
        r"\bfordi\b", r"\bså (ville|vil|kan|kunne|får|fik) (jeg|hun|han)\b", r"\bhvis (jeg|hun|han)\b.*\bville\b",
        r"\bdet ville (give|betyde|gøre)\b", r"\bville (få|have|blive|være)\b", r"\bbedre for\b",
        r"\bså jeg (kan|kunne|får)\b", r"\bfor så\b", r"\bdet vil give\b", r"\bfor at\b",
        # probe 4: the benefit for oneself, and an answer that starts with the consequence ("så sparede jeg penge")
        r"\bdet ville være (godt|rart|dejligt|bedre|nemmere|sundere) for (mig|hende|ham)\b",
        r"^så (\w+ede|\w+te|var|havde|fik|slap|kunne|skulle|behøvede|blev|gik|tog|kom|sov) (jeg|hun|han)\b",
    ]


def need_cues() -> list[str]:
    return [
        r"\bbliver nødt til\b", r"\ber nødt til\b", r"\bmå (hellere|altså|simpelthen)?\b", r"\bskal have\b",
        r"\bhar brug for\b", r"\bhar behov for\b", r"\bdet er vigtigt\b", rf"(?<!når )(?<!hvis )(?<!da )(?<!før )\bjeg skal\b(?! (\w+ )?{APPOINTMENT})", r"\bbør\b",
        r"\btrænger til\b", r"\bkan ikke blive ved\b", r"\bhar ikke brug for\b",
        r"\b(i|he|she) (really )?(need|needs|have to|has to|must|should)\b", r"\bno need\b",
    ]


def commitment_cues() -> list[str]:
    return [
        r"\b(jeg|hun|han) vil (begynde|starte|gøre|ringe|melde)\b", r"\blover\b",
        r"\bhar besluttet\b", r"\b(har|har nu) sagt ja til\b", r"\bsagde ja til\b", r"\bdet gør (jeg|hun|han)\b(?! (om|hver|altid|tit|ofte|hele|nogle gange|plejer)\b)", r"\bdet vil (jeg|hun|han)\b",
        r"\bgår i gang\b", r"\bhar bestemt\b", r"\bfra (i morgen|mandag|nu af|på mandag|næste uge)\b",
        r"\bdet gider (jeg|hun|han) ikke\b", r"\bdet gør (jeg|hun|han) ikke\b", r"\baldrig i livet\b",
        r"\b(i|he|she) (will|promise|promised)\b", r"\b(i'll|i'm going to|im going to|i am going to)\b",
        # probe 4: the present tense with a time ahead is a plan ("jeg ringer til hende i morgen")
        r"\b(jeg|hun|han) (?!glæder|savner|har|er|skal|kan|plejer)\w+r\b[^,.!?]*\b(i morgen|i aften|på (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|næste uge|efter (jul|påske|sommer|sommerferien|nytår))\b",
        r"\b(i'm|im) gonna\b",
        r"\b(i|he|she) (won't|wont)\b",
    ]


def activation_cues() -> list[str]:
    return [
        r"\ber (klar|parat|villig|frisk|åben) (til|på)\b", r"\bvil (gerne )?prøve\b", r"\bvil gå med til\b",
        r"\ber ikke klar\b", r"\bvil godt prøve\b", r"\bkunne godt prøve\b", r"\ber med på\b",
        r"\b(ready|willing) to\b", r"\b(i'll|i will|want to) (try|give it a go)\b",
    ]


# A routine that is new, told in the present tense with "nu" last ("jeg skriver alle mine aftaler i kalenderen nu",
# "han vasker op efter aftensmaden nu"): a step (guide, "Routines that work today"). A state with "nu" ("jeg har det
# dårligt nu", "jeg er træt nu", "mit knæ gør ondt nu") is no step (see `state_now`).
_STATE_VERBS = (r"(har|havde|er|var|bliver|blev|føler|synes|tror|ved|kan|vil|skal|må|gider|orker|tør|bor|hedder|savner"
                r"|mangler|keder|glæder|hader|elsker|ligger|sidder|sover|får|plejer|hører|ser|mener|trænger|kender|forstår"
                r"|husker|glemmer|tænker|venter|fryser|sveder|græder|ryster|gør ondt)")
NEW_HABIT = rf"^(og |så |men )?(jeg|hun|han) (?!{_STATE_VERBS}\b)\w+r\b(?=( \w+){{1,9}} nu$)"
_STATE_NOW = re.compile(r"^(og |så |men )?((jeg|hun|han) (har det|er|føler (mig|sig)|bliver|får)\b|(mit|min|mine|hans|hendes) \w+ (gør|er)\b)"
                        r"(?!.*\b(nu (kan|tager|går|klarer|laver|gør)|selv|igen|begyndt|startet|stoppet|holdt op|kommet i gang)\b)"
                        r"(\s\w+){0,5} (nu|lige nu|for tiden)$"
                        # fresh 30: a status quo with "nu" in front ("nu sidder jeg mest inde", "for tiden ligger han bare
                        # på sofaen") is a state told, no step
                        r"|^(og |så |men )?(nu|for tiden|nu om dage) (sidder|ligger|keder|sover|er) (jeg|hun|han) (\w+ ){0,2}?"
                        r"(mest|bare|kun|tit|altid|hele (dagen|tiden)|inde|derhjemme|alene)\b(?!.*\b(selv|igen|bedre|mindre)\b)"
                        r"|^((i|he|she) (am|is|feel|feels|am feeling)|i'm|im|he's|she's) (?!.*\b(\w+ing|free|clean|sober|off|able|allowed)\b)"
                        r"(\w+ ){0,3}(now|right now|at the moment)$"
                        # fresh 27: living alone and being better are states, not steps ("jeg bor alene nu", "i live alone
                        # now", "nu om dage sover jeg bedre", "she sleeps better now"); "vi bor sammen nu" stays a step
                        r"|^(og |så |men )?((jeg|hun|han) bor (\w+ ){0,2}alene|(i|he|she) (live|lives|am living|is living) alone)"
                        r"( \w+){0,4} (nu|now|for tiden|these days)$"
                        r"|\b(nu|now|nu om dage|for tiden|these days)\b(?=.*\b(sover|spiser|trives|husker|hører|ser|sleep|sleeps"
                        r"|eat|eats|feel|feels|hear|hears) (\w+ ){0,2}(bedre|better)\b)"
                        r"|\b(sover|spiser|trives|husker|hører|ser|sleep|sleeps|eat|eats|feel|feels|hear|hears) (\w+ ){0,2}(bedre|better)\b"
                        r"(?=.*\b(nu|now|nu om dage|for tiden|these days)$)")


_LIVING_ALONE = re.compile(r"\b((jeg|hun|han) bor (\w+ ){0,2}alene|(i|he|she) (live|lives|am living|is living) alone)\b")


def living_alone(norm: str) -> bool:
    """ "jeg bor alene nu", "i live alone now": a fact told with "nu", sheet null (see state_now)."""
    return _LIVING_ALONE.search(norm) is not None


def state_now(norm: str) -> bool:
    """A state told with "nu" ("jeg har det dårligt nu", "jeg er så træt nu"): no step (see NEW_HABIT)."""
    return _STATE_NOW.search(norm) is not None


# round 21: past-tense action verbs (weak "-ede"/"-te" forms of everyday tasks and the strong ones) and recent times
_ILLNESS_GOT = (r"(?! (\w+ ){0,2}(blodprop\w*|hjerneskade\w*|hjerneblødning\w*|diagnose\w*|kræft|sygdom\w*|ondt|feber"
                r"|influenza|corona|covid|infektion\w*|lungebetændelse|brækket|et fald|slagtilfælde|sclerose|epilepsi|anfald\w*|at vide)\b)")
PAST_ACTION = (rf"(jeg|hun|han|vi|selv) (\w+ ){{0,2}}(\w{{2,}}ede|købte|søgte|sendte|mødte|besøgte|lærte|kørte|spiste|brugte|"
               rf"sov|gik|tog|fik{_ILLNESS_GOT}|skrev|løb|gjorde|cyklede|svømmede|bad|sagde|trænede|meldte|begyndte|bagte|spurgte"
               rf"|valgte|satte|lagde|gav|kom)"
               rf"|\b(\w{{2,}}ede|købte|søgte|sendte|besøgte|kørte|spiste|sov|gik|tog|skrev|løb|gjorde|meldte|begyndte|bagte"
               rf"|spurgte|valgte|satte|lagde|gav|kom) (jeg|hun|han|vi|selv)"
               rf"|\bfik (jeg|hun|han|vi|selv){_ILLNESS_GOT}")
RECENT = (r"(i (går|forgårs|morges|aftes|formiddags|eftermiddags|weekenden|nat)|i (man|tirs|ons|tors|fre|lør|søn)dags"
          r"|(hele |i )?(sidste|forrige) (uge|weekend|måned)|forleden|for nylig|(i )?(denne|den her) uge|i ugen der gik"
          # fresh 27: the season just gone and "for to uger siden" ("i sommer flyttede jeg i egen lejlighed")
          r"|i (sommer|foråret|efteråret|vinter|julen|påsken|sommerferien|efterårsferien|vinterferien)"
          r"|for (en|et|to|tre|fire|fem|seks|\d+|nogle|et par|par) (dag|dage|uge|uger|måned|måneder) siden)")
# a relapse or an event that befell one is no step ("jeg begyndte at drikke igen i sommer", "for to uger siden kom han i
# fængsel"): read from where the action or the time starts
# (checked only where an action or a time word starts: a lookahead over the rest of the text at every word would read
# a long message once per word)
_NO_RELAPSE = (r"(?!.*\b((begyndte|startede|faldt|røg) (\w+ )?(at |med at |i at )?(\w+ )?(drikke|ryge|spille|game|gamble|pjække|"
               r"skære|druk|hash|stoffer|tage (stoffer|piller|hash|kokain))\b|kom (\w+ ){0,2}(i (fængsel|arresten|spjældet|"
               r"klemme|slagsmål|problemer|bøvl|karambolage)|på (skadestuen|akutten|psykiatrisk)|til skade|galt af sted|ud for)\b))")


def taking_steps_cues() -> list[str]:
    return [
        # round 19: a new helper given by the municipality ("jeg har fået en ny bostøtte og hun er rar") is no step
        rf"\bhar (meldt|tilmeldt|ringet|skrevet|købt|søgt|startet|begyndt|været|prøvet|fået|lavet|talt|sendt|booket|bestilt|klaget|ansøgt|aftalt|øvet|ryddet|betalt)\b(?<!fået)|\bhar fået\b(?! (en |et )?(ny|nye|anden|andet) {SUPPORT}\b)",
        r"\b(meldte|ringede|skrev|købte|søgte|startede|begyndte|prøvede|tog|gik|fik|lavede|kom) \w*\b.*\b(i går|i sidste uge|sidste uge|i dag|forleden|i weekenden|sidste måned)\b",
        r"\bi (går|sidste uge|weekenden)\b", r"\bsidste uge\b", r"\ber (gået|holdt|stoppet) (i gang|op|med)\b",
        r"\bhar meldt (mig|sig) ud\b", r"\bstoppede med\b", r"\bholdt op med\b", r"\baflyste\b",
        # probe 4: a habit that is new ("nu tager jeg selv bussen") and keeping off a habit
        r"\bnu (?!(sidder|ligger|keder)\b)\w+r (jeg|hun|han)\b", r"\b(jeg|hun|han) \w+r (nu )?selv (\w+ ){1,5}nu\b", NEW_HABIT,
        r"\bhar (ikke|ikke længere) (røget|drukket|gamet|pjækket)\b",
        # probe 5: a new start ("jeg er startet på holdet", "hun er begyndt at rydde op") and quitting a bad habit
        r"\ber (startet|begyndt|kommet i gang) (på|i|til|at|med)\b",
        rf"\b(stoppede|stoppet|holdt op|holder op|stopped|quit|gave up) (med )?(at )?{HABITS}\b",
        r"\b(har|havde) (ikke|ikke længere|slet ikke) (\w+ )?(røget|drukket|gamet|pjækket|rørt|spillet på)\b.*\b(i|siden)\b",
        r"\b(i|he|she) (haven't|havent|hasn't|hasnt) (smoked|had (a|any) (drink|beer|cigarette|smoke|soda|candy|sweets|energy drink)s?|drunk|been drinking|gamed|vaped|gambled)\b",
        r"\b(i|he|she) (have|has|'ve) (started|signed up|joined|called|applied|booked|tried|bought|begun|been)\b",
        r"\b(i've|ive|he's|she's) (started|signed up|joined|called|applied|booked|tried|bought|begun|cut down|quit|stopped)\b",
        r"\b(i|he|she) (went|took|started|joined|called|applied|quit|stopped|tried)\b",
        # round 20: "jeg fik købt ind", "hun fik ryddet op" (a task got done; "har ikke fået ringet endnu" is progress)
        r"\b(jeg|hun|han|vi) fik (\w+ )?(selv )?(købt|vasket|ryddet|gjort|ringet|lavet|betalt|skrevet|støvsuget|handlet|ordnet|sendt|søgt|booket|taget)\b",
        # fresh probe (December 2026): a new habit in English ("i can do the dishes myself now")
        r"\b(i|he|she) (can|do|does|take|takes|make|makes|go|goes|cook|cooks|wash|washes) .*\b(myself|himself|herself|alone|on my own|by myself) now\b", r"\b(yesterday|last week|this week)\b",
        # round 21: an action in the past tense with a recent time ("jeg sov uden sovepiller hele sidste uge", "i torsdags
        # skrev jeg til min kusine"); a past state ("var", "havde", "blev") is no step
        # (matched at the action or the time, whichever comes first, so the evidence is those words, not the line)
        rf"\b(?=({PAST_ACTION})\b){_NO_RELAPSE}({PAST_ACTION})\b(?=.*\b{RECENT}\b)|\b(?={RECENT}\b){_NO_RELAPSE}{RECENT}\b(?=.*\b({PAST_ACTION})\b)",
    ]


# Sustain talk whose subtype the words decide (guide, DARN-CAT against change): the classifier's one "sustain" cue
# family leaves the subtype to the words around it, and a time word ("lige nu": mostly activation, "ikke klar lige
# nu") then outweighs the verb ("jeg tror ikke jeg kan klare et job lige nu" is ability). On the corpus the
# families below give the labelled subtype of a sustain line in 95 of 97 (ability), 81 of 85 (need) and 60 of 60
# (activation) lines where they are the only family; "det nytter ikke" (no benefit) is reasons.
# resignation: nothing can be done about it (sustain, ability)
RESIGNATION = [r"\bsådan er det (bare|nu engang)\b", r"\b(der er|det er der) (ikke|ik) (noget|nogen ting) at gøre\b",
               r"\bdet kan (jeg|hun|han) (alligevel |jo )?(ikke|ik) (lave om på|ændre)\b",
               r"\bnothing (will|is going to|gonna|can|ever) (ever )?change\b", r"\b(it's|its|it is|that's|thats) just (how|the way) it is\b"]
SUSTAIN_ABILITY = [r"\bkan (ikke|ik) (overskue|finde ud af|klare|magte|lære|lade være|huske|forstå)\b",
                   r"\b(tror|tænker) (ikke|ik) (at )?(jeg|hun|han) (kan|magter|klarer|orker|kunne|vil kunne)\b",
                   r"\b(magter|formår) (ikke|ik|det ikke)\b", r"\bkan (jeg|hun|han) (ikke|ik) (overskue|finde ud af|klare|magte)\b",
                   r"\b(don't|dont|do not|doesn't|doesnt|does not) think (i|he|she) (can|could|will be able)\b",
                   r"\b(i|he|she) (can't|cant|cannot|couldn't|couldnt) (do|handle|manage|cope|learn|take|go|live|cook|read|walk|find)\b",
                   *RESIGNATION]
# English content with the status quo (also read on its own by english_content below)
_SUSTAIN_DESIRE_EN = [r"\b(fine|happy|ok|okay) (as it is|the way it is|as things are)\b",
                      r"\b(i'm|im|i am) (fine|happy|ok|okay|good) (just |really |totally |quite )?(with|living|staying|at home|here)\b"]
# comfort with the status quo ("jeg har det fint som det er", "jeg er tilfreds med mit liv som det er", "im happy here")
SUSTAIN_DESIRE = [r"\bhar det (så |rigtig |helt |bare )?(fint|godt) (som det er|som jeg har det|her|derhjemme|hjemme|hvor (jeg|hun|han) bor)\b",
                  r"\b(er|føler (mig|sig)) (\w+ )?tilfreds med (\w+ ){0,3}(som (det|den|de) er|sådan som)\b",
                  *_SUSTAIN_DESIRE_EN]
SUSTAIN_REASONS = [r"\bdet nytter (alligevel |jo |bare |heller )?(ikke|ik|intet)\b", r"\bhvad skal det nytte\b",
                   r"\b(ser|er) ingen grund til\b", r"\b(there's|there is|theres|i see) no (point|reason)\b",
                   r"\bdet giver (ingen|ikke nogen|ikke) mening at\b"]
SUSTAIN_NEED = [r"\b(har|har nu) (ikke|ik) (\w+ )?brug for\b", r"\bbehøver (ikke|ik)\b", r"\b(don't|dont|do not|doesn't|doesnt) need\b",
                r"\bno need\b", r"\bklarer (mig|sig) (fint |godt |fint nok )?uden\b"]
SUSTAIN_ACTIVATION = [r"\ber (ikke|ik) (\w+ )?(klar|parat|villig|moden)\b", r"\bnot (ready|willing)\b"]
SUSTAIN_SUBTYPES = (("ability", SUSTAIN_ABILITY), ("reasons", SUSTAIN_REASONS), ("need", SUSTAIN_NEED),
                    ("activation", SUSTAIN_ACTIVATION), ("desire", SUSTAIN_DESIRE))


@lru_cache(maxsize=4096)
def sustain_subtype(norm: str) -> str | None:
    """The sustain subtype the words decide (see SUSTAIN_ABILITY): the family that matches first in the text ("jeg
    har det fint som det er, jeg behøver ikke noget nyt" is desire), or None."""
    if re.match(r"(hvis|if) ", norm):
        return None  # "hvis jeg tager bussen, …, og det kan jeg ikke klare": the cost of the change, reasons
    found = [(m.start(), sub) for sub, pats in SUSTAIN_SUBTYPES for p in pats if (m := re.search(p, norm))]
    return min(found)[1] if found else None


def sustain_cues() -> list[str]:
    return [
        r"\bhar det (fint|godt) som det er\b", r"\bkan ikke overskue\b", r"\bgider ikke\b(?! (blive ved|mere (at )?(ligge|sidde|kede)|(mere |længere )?(bare|kun)\b|(at )?(bo|sidde|ligge|være alene|være hjemme) (\w+ ){0,4}(mere|længere)\b))",
        r"\borker ikke\b(?! (mere |længere )?(at )?(blive ved|have det sådan|være alene|bo|sidde|ligge|være hjemme))", r"\bnyder\b", r"\bvil ikke\b(?! (blive ved|være alene|sidde|(mere |længere )?(bare|kun)\b))", r"\ber ikke klar\b",
        r"\bhar ikke brug for\b", r"\bkan ikke\b(?! (sove|falde i søvn|lide|li)\b)", r"\bbehøver ikke\b", r"\bfor (svært|hårdt|meget)\b",
        r"\bdet nytter ikke\b", r"\bdet er ikke noget for (mig|hende|ham)\b", r"\bkan lige så godt\b",
        # resignation and comfort with the status quo ("sådan er det bare", "der er ikke noget at gøre ved det", "det
        # nytter alligevel ikke noget", "jeg er tilfreds med mit liv som det er")
        *SUSTAIN_REASONS, *RESIGNATION, r"\bsådan er det jo\b",
        r"\b(er|føler (mig|sig)) (\w+ )?tilfreds med (\w+ ){0,3}(som (det|den|de) er|sådan som)\b",
        r"\bsom det er\b", r"\b(kan|gider|vil|orker|tør) (jeg|hun|han) (ikke|ik)\b", r"\bmeldt (mig|sig) ud\b", rf"\b(stoppede|stoppet|holdt op)\b(?! (med )?(at )?{HABITS}\b)(?! (i|på) (gang|tide|tid)\b)", r"\bgad ikke\b", r"\bikke lyst\b",
        r"\b(ingen|ikke nogen|ikke den store) lyst\b", r"\b(har|have) (ingen|ikke nogen|ik nogen) (ønsker|planer|drømme|mål)\b", r"\blover (ikke|intet)\b", r"\bbesluttet ((mig|sig|os) for )?(at )?((jeg|hun|han) )?(ikke|aldrig)\b",
        r"\bklarer (mig|sig) (fint |godt |fint nok )?uden\b", r"\bkan (kun|højst) (gå|stå|sidde|cykle|klare|læse|holde|løfte|gå på)\b", r"\b(ser|er) ingen grund til\b", r"\bvil ikke (væk|derfra|herfra|ændre)\b",
        # probe 4: quiet sustain talk ("skole er bare ikke mig", "hvorfor skulle jeg", "jeg har det godt derhjemme")
        r"\bikke (er )?noget for (mig|ham|hende|os)\b", r"\b(er (bare |slet )?ikke|ikke er) (mig|ham|hende)\b", r"\bhvorfor skulle (jeg|hun|han)\b",
        r"\bhar det (så |rigtig |helt |bare )?(fint|godt) (derhjemme|hjemme|her|på (mit|sit) værelse|i (min|sin) lejlighed|hos)\b",
        r"\bglad for at bo (hjemme|her|hos)\b",
        # round 19: staying where one is ("men jeg vil blive her", "jeg vil blive boende i huset")
        r"\b(vil|ville|skal) (gerne |helst |bare )?blive (boende )?(her|hjemme|i (mit|mit eget|det her|sit|sit eget) hus|i (min|sin) lejlighed|hvor (jeg|hun|han) bor)\b",
        # round 20: quiet closings of an older citizen's story ("jeg tror ikke jeg kommer af sted igen", "det bliver ikke
        # til noget mere", "jeg kommer nok aldrig derop igen", "det er nok bedst sådan")
        r"\b(tror|tænker) (ikke|ik) (at )?(jeg|hun|han|vi) (\w+ )?(kommer|får|kan|skal|når|klarer|orker|begynder|starter)\b",
        r"\b(kommer|får|kan|når|bliver) (\w+ )?(nok|vist|sikkert|nok aldrig|vel) (ikke|aldrig|ik) (\w+ ){0,4}(igen|mere|længere)\b",
        r"\b(kommer|får|kan|når) (nok |vist |sikkert )?(aldrig|ikke) (\w+ ){0,3}(igen|mere)\b",
        r"\bdet bliver (nok |vist |nok aldrig |vel )?(ikke|aldrig) til noget (mere|igen)?\b", r"\bdet er (nok |vel |vist )?(bedst|fint nok|godt nok) (sådan|som det er)\b",
        r"\b(det|den tid) er (slut|forbi|ovre) (nu|for mig)\b", r"\bdet er (jeg|hun|han) for gammel til\b",
        # fresh probe (December 2026): fear after "men" is the weight against a wish (guide, Limitations)
        r"\bmen (jeg|hun|han) (er|bliver|blev) (så |meget |rigtig |lidt |også )?(bange|nervøs|utryg)\b", rf"\b(begyndt|startet) (at |med at |på at )?{SOFT_DRINK}(ryge|drikke|game|pjække|spille om natten|spille på automat\w*|{HABITS})\b.*\bigen\b",
        # English
        r"\b(i|he|she) (don't|dont|do not|doesn't|doesnt|does not) (want|wanna|need|think)\b", r"\b(can't|cant|cannot|couldn't|couldnt)\b",
        r"\b(won't|wont|will not|not gonna)\b", r"\bnot ready\b",
        rf"\b(started|begun|began|back to) {SOFT_DRINK}({HABITS}|smoking|drinking|vaping|gambling|gaming at night)\b.*\bagain\b", r"\bno need\b", rf"\b(quit|gave up)\b(?! {HABITS}\b)|\bdropped out\b",
        r"\b(fine|happy|ok|okay) (as it is|the way it is|as things are)\b",
        r"\b(i'm|im|i am) (fine|happy|ok|okay|good) (with|living|staying|at home|here)\b",
    ]


def resource_cues() -> list[str]:
    """Strengths, joys and what works today: the smiley field of the plan."""
    return [
        r"\ber (rigtig |ret |meget |faktisk |så )?(god|dygtig|skrap|hurtig|stærk|flink) til\b", r"\bgiver (mig|hende|ham) (glæde|ro|energi|mening|overskud)\b",
        r"\belsker\b", r"\b(kan|kunne) (rigtig |så |godt |virkelig )*lide\b", r"\bglad for\b", r"\bgør (mig|hende|ham) (glad|rolig|stolt|i godt humør)\b",
        r"\ber stolt\b", r"\bnyder (at|når|det)\b", r"\bhygger\b", r"\bhyggeligt\b", r"\bgår godt\b", r"\bhjælpsom\b", r"\bholder (meget )?af\b",
        r"\bdet bedste (ved|er)\b", r"\b(hjælper|hjalp) (mig|hende|ham)\b", r"\ber en (stor )?hjælp\b", r"\bgodt for (mig|hende|ham)\b",
        r"\bmin(e)? styrke", r"\bhar styr på\b", r"\bfinder ro\b", r"\bslapper af\b", r"\b(fungerer|virker) (godt|fint|rigtig godt)\b",
        r"\bglæde\b", r"\bglæder (mig|hende|ham)\b(?! til)",
        r"\bglæder (mig|sig) (\w+ )?(\w+ )?til\b(?! at (flytte|starte|begynde|få|komme i gang|komme i praktik|lære|blive|bo|prøve)\b)", r"\bsjovt\b", r"\bdejligt\b", r"\bfavorit", r"\byndlings",
        r"\b(good|great) at\b", r"\b(i|he|she) (love|loves|enjoy|enjoys|like|likes)\b(?! to (get|have|be|start|try|learn|move|find))"
        r"(?! ((no|any|some|every)thing|the (idea|thought|prospect|dream)s? of)\b)",
        r"\bmakes me (happy|calm)\b", r"\b(helps|helped) (me|him|her)\b",
        # probe 2 (longer messages): aids and people that make a difference
        r"\ber guld værd\b", r"\b(gør|gjort|gjorde) en (stor |kæmpe |helt anden |enorm )?forskel\b", r"\bdet bedste i (hele )?(ugen|dagen|min uge)\b",
        r"\ber (min|hans|hendes) klippe\b",
        # fresh probe (December 2026): a helper described kindly ("… og hun er rar") is support that helps
        r"\b(og|men) (hun|han|den|de) er (\w+ )?(sød|søde|rar|rare|flink|flinke|dejlig|dejlige|god|gode|hjælpsom)\b", r"\ben helt anden verden\b",
    ]


def parking_cues() -> list[str]:
    """Worries, annoyances and conflicts that fill a lot but are not goals: the P-plads."""
    return [
        r"\bfylder (meget|rigtig meget|så meget|en del|alt|hele tiden|for meget)\b", r"\bbekymr", r"\bbange for\b", r"\birriter",
        r"\bnaboe?n?\b", r"\bstøj\b", r"\blarm", r"\bskændes\b", r"\b(sur|vred|ked af det|ked) over\b", r"\bker mig om\b",
        r"\btænker (meget|tit|hele tiden|altid|så meget) på\b", r"\bkan ikke sove\b.*\bfordi\b", r"\bgør (mig|hende|ham) (sur|vred|ked|nervøs|urolig|bange|stresset|forvirret)\b",
        r"\btræls\b", r"\bgår (mig|hende|ham) på\b", r"\bpå nerverne\b", r"\bfrustrer", r"\bstresser (mig|hende|ham)\b", r"\bærgerlig",
        r"\b(uretfærdig|unfair)\b", r"\bgrubler\b", r"\bligger (og tænker|vågen)\b", r"\b(urolig|nervøs) (for|over)\b", r"\buenig",
        r"\bkan ikke lade være med at tænke\b", r"\bhader\b", r"\bdet er synd\b", r"\bhvad nu hvis\b", r"\bforstår ikke hvorfor\b",
        r"\bhele tiden\b", r"\baltid\b.*\b(sur|vred|larm|råber)\b", r"\bråber\b",
        # probe 4: fear, difficulty and symptoms (annotation guide: neutral + parking), and missing a person
        r"\btør (ikke|ikke længere)\b", r"\b(har|havde) (så |meget |rigtig |lidt )?svært ved\b", r"\bkan ikke (sove|falde i søvn)\b",
        r"\bsavner (hende|ham|dem|min|mine|sin|sine|mit|sit)\b", r"\b(en|endnu en) (rykker|bøde)\b",
        # probe 5: tiredness, forgetting, not understanding, what does not work, a hard morning
        r"\b(er|bliver|blev) ((så|meget|helt|rigtig|altid|tit|ofte|hurtigt|virkelig|enormt|pisse) ){0,2}(træt|trætte|udmattet|smadret|udkørt)\b", r"\bglemmer (at|tit|ofte|altid|min|mine|sin|sine)\b",
        r"\bforstår (ikke|ik)\b", r"\b(virker|hjælper|fungerer) (ikke|ik)\b", r"\b(kommer|kom) (så |rigtig )?(svært|dårligt|sent) (op|i gang|ud)\b",
        r"\bfor sent\b", r"\bkan (ikke|ik) (lide|li)\b",
        # feeling unwell ("jeg har det skidt i dag", "han har det dårligt nu"): a worry, not a direction
        r"\bhar det (så |rigtig |meget |virkelig |lidt |helt |pisse )?(skidt|dårligt|elendigt|træls|ad helvede til|ikke så godt|ikke godt)\b",
        # fresh probe (December 2026): a told burden ("det er hårdt at skulle have hjælp til bad") is a worry, not a refusal
        r"\bdet er (så |rigtig |meget |virkelig |bare |pisse |lidt )?(hårdt|træls|pinligt|flovt|irriterende|nedern?t|frustrerende|tungt|svært) at\b",
        r"\b(hate|hates|worried|worry|worries|annoying|annoys|scared|afraid|noise|noisy)\b",
        r"\b(it's|its|it is|it was|is|was) (so |really |very |too |a bit |kind of )?(hard|difficult|tough|scary|stressful|exhausting) (to|for|when)\b",
        r"\b(i|he|she) (like|likes|love|loves|enjoy|enjoys) nothing\b",
        # a dislike, like "jeg kan ikke lide" ("i dont like it at the bosted")
        r"\b(i|he|she) (don't|dont|do not|doesn't|doesnt|does not) (like|enjoy)\b",
        # damage to the home or one's things ("min altan er oversvømmet", "vaskemaskinen er gået i stykker", "der er
        # skimmel i badeværelset"): a problem outside one's control, not a joy
        r"\b(er|var|blev|bliver|er blevet|har været) (\w+ ){0,2}?(oversvømmet|oversvømmede|gået i stykker|i stykker|ødelagt"
        r"|ødelagte|smadret|smadrede|stoppet til|utæt|utætte|brændt ned|brudt op|vandskadet)\b",
        r"\b(skimmel\w*|vandskade\w*|oversvømmelse\w*|stormskade\w*|rotter|kakerlakker|væggelus)\b",
    ]


def goal_progress_cues() -> list[str]:
    """How a current goal or plan is going: the follow-up of last year's plan."""
    return [
        r"\bdet går (rigtig |ret |ikke så |lidt |meget )?(godt|fint|dårligt|skidt|okay|ok|middel|så som så|bedre|langsomt|fremad|den rigtige vej|den forkerte vej)\b",
        r"\bgår (bedre|fremad|den rigtige vej|den forkerte vej)\b", r"\b(mit|mine|hendes|hans|vores|sit|sine) (del)?mål\b", r"\b(del)?målet\b",
        r"\bikke kommet i gang\b", r"\bkommet i gang\b", r"\b(sidste|sidst) (år|møde|plan)\b", r"\bsiden sidst\b", r"\b[0-4] (ud af|af) (4|fire)\b",
        r"^[0-4]\b", r"\bhalvvejs\b", r"\bnået\b", r"\bnåede\b", r"\blykke(de|s)s?\b", r"\ber (blevet|begyndt at blive) bedre til\b",
        r"\bbliver bedre\b", r"\b(ikke|endnu) (endnu|ikke)\b", r"\bstadig\b", r"\b\w+ gange om ugen nu\b", r"\bnu (kan|klarer|tager|gør) (jeg|hun|han)\b",
        r"\bplanen\b", r"\bhar øvet\b", r"\bøver (mig|sig)\b", r"\bklarer (det|den) (nu|selv nu)\b", r"\bet skridt\b",
        r"\b(it's|its|it is) going\b", r"\bgoing (well|better|badly|fine|ok|okay|slowly)\b", r"\bmy goal\b",
        # probe 2 (longer messages): goals that go up and down
        r"\bdet går (over al forventning|op og ned|lidt op og ned|frem og tilbage)\b", r"\ber (det )?blevet til\b",
        r"\b(gået|gik) (helt )?i stå\b", r"\ber (det |jeg |hun |han )?(gået|gået lidt|gået meget) tilbage\b", r"\bbedre end (sidst|ingenting|ingen ting|før)\b", r"\bstarte forfra\b",
    ]


def routine_cues() -> list[str]:
    """A habit told in the present tense ("jeg går selv ned efter avisen hver morgen"): without "nu" or a time
    of progress it is what works today (neutral + resource); with "fra i morgen" it is a plan."""
    return [
        r"\bhver (dag|morgen|aften|formiddag|eftermiddag|uge|weekend|anden dag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)\b",
        r"\bom (morgenen|aftenen|formiddagen|eftermiddagen|mandagen|tirsdagen|onsdagen|torsdagen|fredagen|lørdagen|søndagen)\b",
        r"\bplejer (at )?\b", r"\b(every|each) (day|morning|evening|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    ]


def other_view_cues() -> list[str]:
    """Someone else's wish or opinion about the citizen: a relative's own hope ("jeg håber hun får en
    praktikplads", "vi vil gerne have at han flytter") or a doctor's advice ("lægen siger jeg skal tabe mig").
    Neutral: the citizen's own talk is what counts (annotation guide, Relatives)."""
    return [
        r"\b(jeg|vi) (håber|ønsker|drømmer om|synes|mener|tror)( bare| virkelig| så| inderligt)?( at| for)? (hun|han|min|mit|vores)\b",
        r"\b(jeg|vi) (vil|ville) (så |rigtig |bare |meget )?gerne (have )?at (hun|han|min|vores)\b",
        r"\b(jeg|vi) kunne (godt )?tænke (os|mig) at (hun|han)\b", r"\b(jeg|vi) ville ønske (at )?(hun|han)\b",
        r"\b(lægen|lægerne|min læge|personalet|pædagogerne|min (mor|far|kontaktperson|sagsbehandler)|de) (siger|mener|synes) (at )?(jeg|du) (skal|bør|burde)\b",
        # fresh probe (December 2026): the same advice with the adviser last
        r"\b(jeg|du|hun|han) (skal|bør|burde|må)\b.*\b(siger|mener|synes|sagde) (lægen|lægerne|personalet|pædagogerne|hjemmeplejen|(min|mine|mit|hans|hendes) \w+|de|\w+(en|et|erne|ne))( \w+)?$",
        r"\b(lægen|personalet|pædagogen|pædagogerne|bostøtten|sygeplejersken|fysioterapeuten|kontaktpersonen|sagsbehandleren|hjemmeplejen|psykologen) (siger|mener|synes|sagde) (at )?(jeg|du|hun|han) (skal|bør|burde|må)\b",
        # round 20: any adviser, first or last (ADVICE below)
        *ADVICE,
    ]


def appointment_cues() -> list[str]:
    """An appointment on the calendar (round 19): neutral, sheet null, whoever goes ("vi skal til tandlæge på fredag
    med ham"). Without a time and with a reason ("jeg skal til tandlæge, en tand er knækket") it stays a need."""
    return [
        rf"\b(jeg|hun|han|vi|du|mor|far) skal (\w+ )?{APPOINTMENT}",
        r"\b(i|he|she) (have|has|got) (a |an )?(doctor'?s?|dentist|hospital|physio|hair|check-?up|eye)\w* ?(appointment|visit)?\b",
        r"\b(i|he|she) (am|is|'m|im) (going|seeing|off) (to )?(the )?(doctor|dentist|hospital|physio|hairdresser)\b",
    ]


def quit_habit_cues() -> list[str]:
    """Quitting or keeping off a consumption habit, Danish and English (change talk, guide probe 5 and round 19);
    its own family so that "i stopped smoking" is not read like "i stopped going to football"."""
    return [
        rf"\b(stoppede|stoppet|holdt op|holder op|stopped|quit|quitted|gave up|given up|cut out|kicked) (med )?(at )?{HABITS}\b",
        r"\b(har|havde) (ikke|ikke længere|slet ikke) (\w+ )?(røget|drukket|gamet|rørt|snuset|spillet på)\b.*\b(i|siden)\b",
        r"\b(i|he|she) (haven't|havent|hasn't|hasnt) (smoked|had (a|any) \w+|drunk|been drinking|gamed|vaped|gambled)\b",
        r"\b(smoke|alcohol|drug|sugar|candy|soda|vape)[- ]?free\b|\brøgfri\b|\bclean (for|since)\b",
    ]


def restart_cues() -> list[str]:
    """Taking up again something good ("jeg er begyndt at svømme igen", "han er startet på holdet igen") is a step
    (round 19); taking up a habit again is relapse (sustain cue above)."""
    return [
        rf"\b(er|har) (begyndt|startet|kommet i gang) (at |på |til |med |med at |i )?(?!(at |med at )?{SOFT_DRINK}(ryge|drikke|game|pjække|spille om natten|spille på automat\w*|{HABITS})\b)(\w+ ){{1,5}}igen\b",
        rf"\b(started|begun|began) (?!{SOFT_DRINK}({HABITS}|smoking|drinking|vaping|gambling|gaming)\b)(\w+ ){{1,4}}again\b",
    ]


def relative_cues() -> list[str]:
    """A relative or staff member writing about the citizen in the third person."""
    return [
        r"^(hun|han)\b", r"\b(min|vores) (søn|datter|mor|far|bror|søster|mand|kone|bedstemor|morfar|farfar|mormor|farmor)\b",
        r"\bjeg er (hans|hendes) (mor|far|søster|bror|kontaktperson|pårørende|værge)\b",
        r"\bjeg er pårørende\b", r"\bjeg skriver for\b", r"\bpå vegne af\b",
    ]


def theme_cues() -> dict[str, list[str]]:
    return {
        "praktiske_opgaver": [r"\b(rengøring|gøre rent|støvsug\w*|vask\w*|opvask\w*|tøjvask|indkøb\w*|handle|handler|købe ind|lave mad|madlavning|mad|koge|bage|rydde op|oprydning|skraldet|affald|tørre støv|vande blomster|madplan)\b",
                              # probe 5: buying, washing and ironing clothes is housework, putting them on is self-care
                              r"\b(købe|køber|købte|købt|vaske|vasker|vaskede|vasket|stryge|stryger|folde|folder|lægge|lægger) (\w+ )?(\w+ )?(tøj|tøjet|vasketøj|skjorter|bukser)\b"],
        "egenomsorg": [r"\b(bad|bade|brusebad|tandbørst\w*|tænder|barber\w*|hygiejne|tøj|klæde (mig|sig) på|påklædning|hår|negle|toilet|spise selv|medicin til tiden|tage (min|mine) piller)\b",
                       # probe 5: cutting one's food on the plate, and remembering or forgetting one's pills
                       r"\b(skære|skærer|skar|skåret) (selv )?(min|sin|mit|sit|maden|kødet|mad|kød|brødet|kartoflerne)\b",
                       r"\b(glemmer|glemte|glemt|husker|huske|tager|tage|tog) (\w+ )?(selv )?(min|mine|sin|sine|hans|hendes) (piller|pille|medicin|medicinen|insulin)\b"],
        "kommunikation": [
            # probe 5: phoning or writing to the doctor, a therapist or the hairdresser is the call, not the health matter
            # (contacting the jobcentre is a step towards work: beskaeftigelse, as the corpus has it)
            r"\b(ringe|ringer|ringede|ringet|skrive|skriver|skrev|skrevet|maile|mailer) (selv )?(til|efter) (lægen|lægehuset|tandlægen|fysioterapeuten|fysioterapeut|psykologen|psykiateren|frisøren|sygeplejersken|hjemmeplejen|apoteket|sygehuset|hospitalet)\b",
            r"\b(ringe|ringer|telefon\w*|snakke|tale|taler|sige fra|sige min mening|skrive|skriver|læse|læser|breve?|e-?boks|mitid|mail|sms|forstå|forklare|udtrykke|sms'er|tegnsprog|computer)\b"],
        # "gå" is walking, not going to school, to football or to work ("gå i skole", "gå til fodbold", "gå på arbejde"):
        # after "i"/"på" only a surface or an aid ("gå på trapper"), after "til" only a place in the definite form
        # ("gå til bussen", "gå til butikken")
        "mobilitet": [r"\b(bus(sen|ser)?|tog(et)?|cykle?\w*|gå(?! (i|på) (?!(trapper|trappen|trapperne|krykker|stok|gaden|fortovet"
                      r"|isen|glat|ujævnt|stier|stien)\b)\w| til (?!(bussen|toget|stationen|stoppestedet|\w+(en|et))\b)\w)|kørekort|bil(en)?|flextrafik|taxa|rollator|kørestol|trapper?|rejse (mig|sig)|transport|køre|komme rundt|letbane|metro)\b",
                      # probe 5: a fall or the fear of one, fetching the paper downstairs, getting out of bed or the flat
                      r"\b(bange for at|risiko for at) falde\b|\b(ned|op) efter (avisen|posten|aviserne|post)\b|\b(op|ud) af (sengen|stolen|lejligheden)\b(?! om morgenen)",
                      # fresh 27: walking somewhere in any tense ("jeg gik helt ned til havnen", "han går selv hjem fra
                      # værkstedet", "i walked to the shop"); not "går op i vægt", "går ud med hunden", "går ud i byen"
                      r"\b(går|gik|gået|gåede|gå) (selv |alene |helt |hele vejen |stille og roligt |langsomt |med \w+ )*"
                      r"(hen|ned|op|over|hjem|rundt|tilbage|forbi|videre|ud)\b(?! (i|med|på) (vægt|tid|hunden|byen|skraldet|skraldespanden|affaldet)\b)(?! i\b)"
                      r"|\b(går|gik|gået) (selv |alene |helt )*til (bussen|toget|stationen|stoppestedet|busstoppestedet|letbanen|metroen)\b"
                      r"|\b(walk|walks|walked|walking) (\w+ )?(to|down to|over to|home|around)\b"],
        "samfundsliv": [r"\b(bolig|lejlighed|flytte\w*|bofællesskab|bosted|hus|værelse|hvor (jeg|hun|han|vi) bor|økonomi|penge|budget|regninger?|gæld|post|forening|klub|fritid\w*|fritidsklub|frivillig\w*|stemme|kirke|bibliotek|husleje|netbank|spejder|skak|brætspil|kortspil|kabale|rollespil|hobby|hobbyer|danse|linedance|ferie|rejse|rejser|rejste|rejsen|rejsen)\b(?! (mig|sig)\b)",
                        # probe 5: moving in or living with someone is housing (the partner is the reason)
                        r"\b(flytte|flytter|flyttede|bo|bor|boede) (\w+ )?sammen med\b"],
        "beskaeftigelse": [r"\b(arbejde\w*|job(bet)?|praktik\w*|uddannelse\w*|skole\w*|kursus|kurser|værksted\w*|flexjob|løntilskud|beskyttet beskæftigelse|stu|vuc|hf|dagtilbud|aktivitetscenter|jobcenter\w*|kollega\w*|chef|lære\w*plads|elev|ansat|løn|ordblind\w*)\b",
                           # probe 5: a wish to be or become a trade is a wish for work, whatever the trade's field
                           r"\b(uddanne (mig|sig) til|uddannelse som|arbejde som|arbejder som|job som|læse til) \w+",
                           r"\b(være|blive) (en )?(personlig træner|kok|smed|pædagog|frisør|gartner|tømrer|murer|maler|bager|slagter|soldat|lærer|postbud|pedel|tjener|kassedame|ekspedient|sygeplejerske|dyrlæge|programmør|\w+(mekaniker|chauffør|assistent|hjælper|medhjælper|arbejder|passer|betjent|mand|elev|lærling)|sosu\S*)\b"],
        "relationer": [r"\b(ven(ner|nen|inde|inder)?|kæreste\w*|familie\w*|mor|far|søster|bror|søskende|forældre|børn|barn|datter|søn|ensom\w*|(?<!\bbo )(?<!\bbor )(?<!\bboede )(?<!\bboet )alene|date|dating|nabo\w*|kammerat\w*|bedstemor|bedstefar|mormor|morfar|farmor|farfar|kone|mand|samvær|besøg)\b",
                       # probe 5: someone to do a thing with ("en at gå i biografen med"): the person is the point
                       r"\b(nogen|selskab|en|et par|nogle|flere|venner|en ven|en veninde|en kammerat|en kæreste) (at|til at) (\w+ ){1,4}med\b"],
        "sundhed": [r"\b(søvn|sove|sover|træt\w*|energi|vægt|tabe|slank\w*|motion|træning|træne|fitness|løbe|svømme\w*|medicin|piller|smerte\w*|ondt|angst\w*|stress\w*|humør|depress\w*|ked af|læge\w*|sund\w*|hash|alkohol|øl|ryge|rygning|spise sundt|kost|hjernetræt\w*|gaming|gamer|spille(r)? (om natten|hele natten)|fysioterapi|genoptræning|hovedpine|migræne|udmatte\w*|svimmel|kvalme|hjertebanken|køresyg|tinnitus|fodbold|håndbold|badminton|tennis|bordtennis|volleyball|floorball|gymnastik|yoga|ridning|rideskole|(hører|hørte|hørt|høre) (\w+ ){0,3}stemmer|stemmerne|stemmer i (mit |mit eget )?hoved\w*|psykose\w*|vrangforestilling\w*|paranoi\w*)\b",
                    # probe 5: walks as exercise, getting up and bedtime (the day/night rhythm)
                    r"\b(gå|går|gik|gået|starte|begynde) (til|på|i) (noget |en |et )?(sport|sport\w+|træning|fitness|motion|svømning|gymnastik|yoga|zumba|styrketræning|holdtræning|løbeklub|idræt)\b",
                    r"\b(gå|går|gik|gået) (en |lange |en lang |en kort )?(tur|ture|gåtur)\b|\b(stå|står|stod|komme|kommer|kom) (\w+ )?op (om morgenen|tidligt|tidligere|før|kl|klokken|til tiden)\b|\b(stå|står|stod) op\b|\b(gå|går|gik|komme|kommer) (tidligere |for sent |sent |tidligt )?i seng\b|\bsengetid\b"],
    }


@lru_cache(maxsize=1)
def compiled() -> dict[str, list[re.Pattern[str]]]:
    """All cue families, compiled once."""
    fams: dict[str, list[str]] = {
        "desire": desire_cues(), "ability": ability_cues(), "reasons": reasons_cues(), "need": need_cues(),
        "commitment": commitment_cues(), "activation": activation_cues(), "taking_steps": taking_steps_cues(),
        "sustain": sustain_cues(), "resource": resource_cues(), "parking": parking_cues(),
        "goal_progress": goal_progress_cues(), "relative": relative_cues(),
        "routine": routine_cues(), "other_view": other_view_cues(),
        "appointment": appointment_cues(), "restart": restart_cues(), "quit_habit": quit_habit_cues(),
        **{f"sustain_{sub}": pats for sub, pats in SUSTAIN_SUBTYPES},
        "safety": safety_patterns(), "safety_exception": safety_exceptions(),
    }
    for theme, pats in theme_cues().items():
        fams[f"theme_{theme}"] = pats
    return {k: [re.compile(p) for p in v] for k, v in fams.items()}


@lru_cache(maxsize=1)
def _gated() -> GatedPatterns:
    return GatedPatterns([(fam, p.pattern) for fam, pats in compiled().items() for p in pats
                          if fam not in ("safety", "safety_exception")])


@lru_cache(maxsize=4096)
def hits(norm_text: str) -> dict[str, re.Match[str]]:
    """First match of each cue family in the normalised text (leftmost across the family)."""
    return _gated().leftmost_by_label(norm_text)


# -- round 20: decisions the classifier leaves to the words (annotation guide, "Round 20 conventions") ------------
# Advice passed on, adviser first or last, any adviser ("pædagogen siger jeg skal …", "min far siger jeg skal …",
# "de siger på bostedet at jeg skal …"): neutral, sheet null, unless the citizen takes it up in the same message
# ("…, og det vil jeg også gerne", "…, men det gider jeg ikke").
PROFESSIONALS = (r"(læge\w*|personalet|pædagog\w*|bostøtte\w*|sygeplejerske\w*|fysioterapeut\w*|fysser\w*|ergoterapeut\w*"
                 r"|kontaktperson\w*|støtteperson\w*|sagsbehandler\w*|hjemmepleje\w*|hjemmehjælp\w*|psykolog\w*|psykiater\w*"
                 r"|mentor\w*|vejleder\w*|værge\w*|lærer\w*|chef\w*|mester|diætist\w*|jordemoder\w*|tandlæge\w*|de voksne|de ansatte)")
_SAYS = r"(siger|sagde|mener|mente|synes|syntes|fortæller|fortalte|har sagt|siger altid|siger tit|siger hele tiden|råder|anbefaler)"
# the words between the adviser's verb and "(at) jeg skal" ("de siger på bostedet at jeg skal", "lægen sagde i går at
# jeg skal"); an evaluation clause there ("min mor synes det er godt at jeg skal flytte") makes "jeg skal" the
# citizen's own plan that the adviser judges, not advice; only "det er vigtigt/nødvendigt at …" still advises
_GAP = (r"( (?!(det|der|det her) (er|var|bliver|blev|ville være)\b(?! (så |meget |rigtig |virkelig )?(vigtigt|nødvendigt)\b))"
        r"\w+){0,3}?")
_MUST = r"(skal|skulle|bør|burde|må|måtte|bliver nødt til|blive nødt til|er nødt til|har brug for)"
# people who advise after "min/mine/mit": kin, partner, friends ("min storesøster", "min gode ven", "mine forældre");
# not a body part or an inner voice ("mit hjerte / min krop / min mavefornemmelse siger jeg skal …" is the citizen's
# own wish)
_PEOPLE = (r"((gode |bedste |nye |gamle |ældste |yngste |lille |store )?((store|stor|lille|halv|bonus|papa|sted|sviger|bedste|old)?"
           r"(mor|far|søster|bror|søn|datter|forældre|mormor|morfar|farmor|farfar|moster|faster)|mødre|fædre|brødre|søstre"
           r"|sønner|døtre|onkel|tante|fætter|kusine|familie|kæreste|mand|kone|samlever|partner|eks|ekskæreste|ven|veninde"
           r"|venner|veninder|kammerat|kammerater|kollega|kolleger|kollegaer|nabo|bofælle|bofæller)|"
           + PROFESSIONALS + r")"
           r"(en|n|ne|erne)?")
ADVICE = [
    # a professional (with or without "min/hans/hendes"), or "de/folk" ("de siger på bostedet at jeg skal")
    rf"^((og|men|så) )?((min|mine|mit|hans|hendes|vores|sin|sine|den nye|vores nye|min nye) )?{PROFESSIONALS} {_SAYS}{_GAP} (at )?(jeg|du|han|hun|vi) (\w+ )?{_MUST}\b",
    rf"^((og|men|så) )?(de|folk|alle|dem) ((på|i|fra) \w+ )?{_SAYS}{_GAP} (at )?(jeg|du) (\w+ )?{_MUST}\b",
    # family and friends advising the citizen ("min søster siger jeg burde spare op"); "min datter siger hun skal …"
    # from a relative is the citizen's own talk reported, so only "jeg/du" here
    rf"^((og|men|så) )?(min|mine|mit) {_PEOPLE} {_SAYS}{_GAP} (at )?(jeg|du) (\w+ )?{_MUST}\b",
    # someone else's opinion of what the citizen can do ("min mor siger jeg ikke kan bo selv", "pædagogerne tror ikke
    # jeg kan klare et job", "my dad says i cant live alone"): their view, not the citizen's own sustain talk
    rf"^((og|men|så) )?((min|mine|mit|hans|hendes|vores) )?({_PEOPLE}|{PROFESSIONALS}|de|folk|alle) ({_SAYS}|tror|troede)"
    r"( ikke)?( (at|på at))? (jeg|du) (ikke |aldrig )?(kan|kunne|klarer|magter|kommer til at|er (god nok|i stand|klar|parat))\b",
    r"^(my|his|her|the) (\w+ )?(mom|mum|mother|dad|father|parents|sister|brother|family|friends?|doctor|staff|teacher"
    r"|boss|girlfriend|boyfriend|wife|husband|social worker|case worker) (says|said|thinks|thought|tells me|told me) (that )?"
    r"(i|he|she) (can't|cant|cannot|could never|won't|wont|will never|am not able|isn't able|can|could|will)\b",
    # the adviser last ("jeg skal drikke mere vand, siger sygeplejersken")
    rf"^(jeg|du|hun|han) (\w+ )?{_MUST}\b[^.!?]*\b{_SAYS} (min |mine |hans |hendes )?({_PEOPLE}|de)( (til mig|altid|tit|hele tiden))?$",
]
# the citizen's own answer to the advice, after it ("…, og det vil jeg også gerne", "… men det gider jeg ikke")
UPTAKE = (r"\b(det|dét) (vil|skal|gør|prøver|kan|gider|lover|orker|har) (jeg|hun|han)\b"  # normalised: no commas left
          r"|\b(but|and) (i|he|she) (can|will|want|do|think|agree|don't|dont)\b|\b(og|men) (han|hun|de) har (nok |vel )?ret\b"
          r"|\b(og|men|så) (jeg|hun|han) (vil|gider|orker|prøver|kan|har|er|lover|skal nok)\b|\b(og|men) det\b"
          # the citizen's own stance, also without "og/men" ("…, jeg vil også gerne tabe mig", "…. jeg glæder mig",
          # "… jeg er enig"); not "jeg vil" inside the advice ("… finde ud af hvad jeg vil")
          r"|(?<!hvad )(?<!som )(?<!hvis )(?<!når )(?<!at )(?<!hvor )(?<!om )(?<!hvordan )(?<!det )\bjeg (vil|ville|gider|orker|glæder mig"
          r"|er (\w+ )?enig|prøver|lover|skal nok|har (\w+ )?lyst|kan godt|synes (\w+ )?(også|selv))\b"
          r"|\b(det|dét|den) (er|var) (jeg|hun|han) (\w+ )?enig\b|\bjeg (håber|drømmer om|glæder mig til) det\b"
          # the citizen's feelings or stance ("det er jeg stolt af", "jeg er træt af ham") and own steps ("jeg har
          # allerede tabt 5 kilo", "jeg er i gang"); not a reason inside the advice ("… fordi jeg er træt")
          r"|(?<!hvad )(?<!som )(?<!hvor )\b(det|dét) (er|var) (jeg|hun|han) (\w+ )?(stolt|glad|træt|ked|sur|vred|bange|nervøs|klar"
          r"|i gang|uenig|tilfreds|lettet|motiveret|frustreret|irriteret|led|mæt)\b"
          r"|(?<!hvad )(?<!som )(?<!hvis )(?<!når )(?<!at )(?<!hvor )(?<!om )(?<!fordi )(?<!da )(?<!det )\bjeg (er|var|blev) (\w+ )?"
          r"(stolt|glad|træt|ked|sur|vred|bange|nervøs|klar|i gang|begyndt|startet|stoppet|uenig|tilfreds|lettet|motiveret"
          r"|frustreret|irriteret|led)\b"
          r"|(?<!hvis )(?<!når )(?<!at )(?<!fordi )(?<!om )\bjeg har (allerede|faktisk|nu|også|lige|selv|netop|siden|i dag|i går"
          r"|tabt|taget|startet|begyndt|stoppet|holdt op|købt|meldt|ringet|skrevet|søgt|prøvet|droppet|skåret ned|cyklet"
          r"|trænet|gået|løbet|spist|været)\b")

# A bare noun phrase given as an answer ("min husleje", "mit helbred", "arbejde 😩", "mit job 👍"): no direction of
# its own, so neutral; the sheet is the emoji's valence, else the noun's (lexicon.WORRY_NOUNS / JOY_NOUNS). An
# indefinite thing to get ("et job", "en kæreste") is a wish (round 19) and is left to the classifier.
POSSESSIVES = frozenset({"min", "mit", "mine", "hans", "hendes", "sin", "sit", "sine", "vores", "jeres", "deres", "my", "his", "her"})
# words that make a clause, not a noun phrase
CLAUSE_WORDS = frozenset({
    "jeg", "du", "han", "hun", "vi", "man", "de", "det", "der", "i", "er", "var", "har", "havde", "vil", "ville", "skal", "skulle",
    "kan", "kunne", "må", "gerne", "ikke", "ik", "at", "blive", "bliver", "få", "får", "have", "går", "gør", "lave", "lærer",
    "lære", "flytte", "starte", "begynde", "prøve", "komme", "kommer", "mere", "mindre", "bedre", "en", "et",
    "nogle", "noget", "nogen", "flere", "ingen", "ja", "nej", "tak", "hej", "ok", "okay",
    "godt", "fint", "dårligt", "skidt", "want", "need", "like", "love", "more", "a", "an", "is", "am", "it",
})
NEG_EMOJI = "😩😫😬😡🤬😠😢😭😞😔😤👎😖😟😰😨😣😒🙁☹💔😵🥵🤢🤮😓😥😪"
POS_EMOJI = "👍😊😍🥰😀😃😄😁🙂👌⭐🌟🤩💪🎉🥳😎💚💙💛💜🧡🤗🙌👏"
POS_EMOJI_SEQ = ("❤", "♥", "☺")  # hearts and the old smiley are below U+1F000 and come with variation selectors


def emoji_valence(text: str) -> str | None:
    """"parking" for a text whose emojis are all unhappy, "resource" for all happy ones, else None."""
    neg = any(ch in NEG_EMOJI for ch in text)
    pos = any(ch in POS_EMOJI for ch in text) or any(s in text for s in POS_EMOJI_SEQ)
    if neg == pos:
        return None
    return "parking" if neg else "resource"


# the shape of a noun phrase: possessive, an adjective or none, the noun, then a preposition phrase or "og" + more
ADJECTIVES = frozenset({"lille", "store", "stor", "gamle", "gammel", "dårlige", "dårlig", "gode", "god", "søde", "sød",
                        "bedste", "kære", "elskede", "skøre", "dumme", "grimme", "trælse", "høje", "kæmpe", "daglige", "nye"})
# "min egen lejlighed": a wish (left to the classifier); with an emoji a bare answer ("min nye lejlighed 👍")
NEW_THINGS = frozenset({"egen", "eget", "egne", "own", "ny", "nyt", "nye", "næste", "første"})
PREPOSITIONS = frozenset({"til", "i", "på", "fra", "bag", "med", "og", "om", "ved", "hos", "generelt", "derhjemme", "for",
                          "ude", "inde", "nede", "henne", "of", "at", "in", "with", "and", "&"})
GREETINGS = frozenset({"tak", "thanks", "thank", "thx", "hej", "hi", "hello", "godmorgen", "godnat", "farvel", "bye", "ja", "nej",
                       "ok", "okay", "yes", "no", "måske", "jo", "nå", "super", "fint", "godt", "perfekt", "fedt", "nice", "cool"})


OPEN = "open"  # bare_answer's sheet for a noun whose valence depends on the question: null, whatever the classifier says


def bare_answer(text: str, tokens: list[str]) -> tuple[bool, str | None] | None:
    """For a bare noun phrase given as an answer: (True, sheet by emoji or noun valence, or None when unknown); None
    for anything else. Three shapes: "min/mit/mine (adjective) noun (preposition …)" ("min husleje", "mine børnebørn
    i Aarhus"), one word with a happy or unhappy emoji ("arbejde 😩"), and one definite worry noun ("regningerne")."""
    from .lexicon import noun_valence, open_noun

    if not tokens or len(tokens) > 5 or "?" in text or any(t in CLAUSE_WORDS - POSSESSIVES for t in tokens):
        return None
    emo = emoji_valence(text)
    if tokens[0] not in POSSESSIVES:
        if len(tokens) != 1 or tokens[0] in GREETINGS or tokens[0] in NEW_THINGS:
            return None
        if emo is not None:
            return True, emo
        v = noun_valence(tokens[0])
        definite = tokens[0].endswith(("en", "et", "erne", "ene", "ne"))
        return (True, v) if v == "parking" and definite else None
    i = 1
    if i < len(tokens) and tokens[i] in NEW_THINGS and emo is None:
        return None
    if i < len(tokens) and (tokens[i] in ADJECTIVES or tokens[i] in NEW_THINGS):
        i += 1
    if i >= len(tokens):
        return None
    rest = tokens[i + 1:]
    if rest and rest[0] not in PREPOSITIONS:
        return None
    if emo is None and noun_valence(tokens[i]) is None and open_noun(tokens[i]):
        return True, OPEN  # "mit arbejde": no sheet of its own (the classifier's is not kept either)
    return True, emo or noun_valence(tokens[i])


# the citizen's own step after the advice ("lægen siger jeg skal tabe mig. jeg har allerede tabt 5 kilo", "…, det er
# jeg stolt af at jeg er i gang med"): change, taking steps, goal progress
STEP_UPTAKE = (r"(?<!hvis )(?<!når )(?<!før )(?<!fordi )\bjeg (er|var) (allerede |faktisk |nu |godt |også |selv )*"
               r"(i gang|begyndt|startet|stoppet|holdt op)\b"
               r"|(?<!hvis )(?<!når )(?<!før )(?<!fordi )(?<!at )\bjeg har (allerede |faktisk |nu |også |lige |selv |netop )*"
               r"(tabt|taget|startet|begyndt|stoppet|holdt op|købt|meldt|ringet|skrevet|søgt|droppet|skåret ned|cyklet"
               r"|trænet|gået|løbet)\b"
               r"|\b(det|dét) (er|var) jeg (\w+ ){0,5}i gang med\b"
               r"|\b(det|dét) har jeg (allerede |faktisk |nu |også |lige |selv )*(gjort|startet|begyndt|prøvet|ringet)\b")


def _after_advice(norm: str) -> str | None:
    """The words after advice passed on (see ADVICE), None without advice."""
    m = next((m for m in (p.search(norm) for p in _advice()) if m), None)
    return None if m is None else norm[m.end():]


def advice_passed_on(norm: str) -> bool:
    """Advice passed on without the citizen's own answer to it (see ADVICE)."""
    rest = _after_advice(norm)
    return rest is not None and re.search(UPTAKE, rest) is None and re.search(STEP_UPTAKE, rest) is None


def advice_step_taken(norm: str) -> bool:
    """Advice passed on and the citizen's own report of a step towards it (see STEP_UPTAKE)."""
    rest = _after_advice(norm)
    return rest is not None and re.search(STEP_UPTAKE, rest) is not None


@lru_cache(maxsize=1)
def _advice() -> list[re.Pattern[str]]:
    return [re.compile(p) for p in ADVICE]


# English joys ("i love my job at the cafe", "i like my flat", "i enjoy going to the library") are resources, not
# wishes; "i would love …", "i'd like …", "i want …" stay wishes (round 19/20).
ENGLISH_JOY = (r"^(i|he|she) (really |just |truly |absolutely )?(love|loves|like|likes|enjoy|enjoys|adore|adores) "
               r"(my|his|her|our|the(?! (idea|thought|prospect|dream)s? of\b)|going|being|working|living|cooking|playing"
               r"|(?!(no|any|some|every)thing\b)\w+ing)\b")
_ENGLISH_WISH = re.compile(r"\b(would|'d|wanna|want|wants|wish|hope|need|needs|but|more|again|if)\b")


def english_joy(norm: str) -> bool:
    return re.search(ENGLISH_JOY, norm) is not None and _ENGLISH_WISH.search(norm) is None


# Fresh 27 (December 2026): an English line that tells a plain fact in the present tense ("i work at a warehouse",
# "she lives with her boyfriend", "i walk to work", "my brother lives in copenhagen") is no wish: the English lines
# of the corpus are mostly wishes, so their words ("work", "job", "live") pull the classifier to change/desire. With
# a modal, a wish, a negation, "now" or a time ahead the line is left to the rest (see ENGLISH_FACT_BLOCK).
ENGLISH_FACT = (r"^(and |so |well |yeah |yes |ok |okay )?(i|he|she|we|my \w+|his \w+|her \w+|our \w+) (also |still |usually "
                r"|often |always |mostly |sometimes |just )?(work|works|live|lives|have|has|go|goes|study|studies|walk|walks"
                r"|take|takes|ride|rides|play|plays|cook|cooks|do|does|drive|drives|attend|attends|visit|visits|see|sees"
                r"|use|uses|volunteer|volunteers|train|trains|swim|swims|sing|sings|paint|paints|clean|cleans|shop|shops"
                r"|get up|gets up|go to bed|goes to bed|sleep|sleeps|eat|eats|am|is|'m|are)\b")
ENGLISH_FACT_BLOCK = re.compile(r"\b(would|'d|wanna|want|wants|wish|wishes|hope|hopes|need|needs|will|'ll|gonna|going to|can"
                                r"|cant|can't|cannot|could|should|must|have to|has to|got to|not|no|never|don't|dont|doesn't"
                                r"|doesnt|now|anymore|again|tomorrow|next|soon|today|yesterday|last|ago|started|start|try"
                                r"|trying|ready|if|but|more|less|better|worse|dream|dreams|plan|plans|hard|difficult|scared"
                                r"|afraid|alone|lonely|tired|sick|pain|hurts?|problem|problems|too|stressed|sad"
                                # a feeling about it or a change under way ("i am fed up with my job", "i'm saving money")
                                r"|fed up|done with|bored|hate|hates|saving|looking|learning|applying|thinking|considering"
                                r"|planning|preparing|working on|unhappy|annoyed|frustrated|worried)\b")
ENGLISH_ROUTINE = re.compile(r"\b(every|each) (day|morning|evening|night|week|weekend|monday|tuesday|wednesday|thursday"
                             r"|friday|saturday|sunday)\b|\b(\w+|\d+) times a (day|week|month)\b|\b(once|twice) a\b"
                             r"|\bon (mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\b")


def english_fact(norm: str) -> bool:
    """A plain fact in English in the present tense (see ENGLISH_FACT)."""
    from .normalize import _DANISH, english_line

    if re.search(ENGLISH_FACT, norm) is None or ENGLISH_FACT_BLOCK.search(norm) is not None:
        return False
    toks = norm.split()
    return english_line(toks) or _DANISH.isdisjoint(set(toks) - {"at"})  # "at" is English too


def english_routine(norm: str) -> bool:
    """An English fact told as a routine ("… every morning", "… twice a week", "… on fridays"): a resource."""
    return ENGLISH_ROUTINE.search(norm) is not None


# Fresh 27: an ability got back, told with "nu" and "igen" ("nu kan hun gå på trapper igen", "now i can cook again")
# is a step on the way, change/taking steps + goal progress, as the corpus has "nu kan jeg tømme postkassen … igen";
# a negation ("nu kan jeg ikke … igen") is left to the rest.
REGAINED = re.compile(r"^(og |så |men )?(nu kan (jeg|hun|han)|(jeg|hun|han) kan nu|now (i|he|she) can|(i|he|she) can now) "
                      r"(?!.*\b(ikke|ik|aldrig|not|never|cant|can't)\b)(\w+ ){1,8}(igen|again)( nu| now)?$")


def regained(norm: str) -> bool:
    return REGAINED.search(norm) is not None


# -- Round 22 (December 2026): readings the words decide (annotation guide, "Round 22 conventions") ---------------
# A negated will with "mere"/"længere" and a status-quo object is a negation flip, change/desire ("jeg har ikke lyst
# til at ligge i sengen hele dagen mere", "gider ikke mere rod", "jeg vil ikke have gæld mere"); with a good activity
# it is no will for it ("jeg gider ikke lave mad mere" = sustain), so the object must name a state one wants out of.
_WANT_NEG = re.compile(r"\b(gider|gad|orker|orkede|vil|ville|skal|ska) (ikke|aldrig)\b|\bikke (gider|orker|vil)\b"
                       r"|\b(har|havde) (ikke|ingen) (lyst|lust) til\b|^ikke mere\b")
STATUS_QUO = (r"\b(ligge|ligger|sove|sover|sidde|sidder|glo|glor|hænge|hænger|rode|rod|roder|rodet|kaos|beskidt|beskidte|lugte"
              r"|lugter|gæld|skændes|skændtes|skænderi\w*|råbe|råber|slås|ensom|ensomme|arbejdsløs|ledig|kontanthjælp"
              r"|sygemeldt|afhængig|bange|ked af det|trist|sur|tyk|overvægtig|pizza|fastfood|færdigretter|junkfood|taxa|taxaer"
              r"|skærm\w*|hele (dagen|natten|tiden|weekenden|aftenen)|have det (sådan|sådan her|sådan der|så dårligt|dårligt)"
              r"|være (den|hende|ham) (der|som)|bo (hos|hjemme|på|i|her|der|herude|herinde)|kede (mig|sig)|gå i stå|stå stille|i sengen|på sofaen"
              r"|derhjemme|indenfor|inde hele"
              # alone as a state ("være alene", "sidde alene"), not doing a thing alone ("tage bussen alene" is the
              # independence a negated will turns down: no flip)
              r"|(være|bo|bor|sidde|sidder|sove|sover|spise|spiser|leve|blive|hjemme|hele (dagen|tiden|weekenden)) (\w+ ){0,2}alene)\b")
_FLIP_BREAK = frozenset({"men", "fordi", "selvom", "hvis", "når", "siger", "sagde", "mener"})
_MORE = frozenset({"mere", "længere"})


def negation_flip(norm: str) -> bool:
    """A negated will that turns away from the status quo, with "mere"/"længere" in the same clause (see above)."""
    for m in _WANT_NEG.finditer(norm):
        window = []
        for t in norm[m.end():].split()[:14]:
            if t in _FLIP_BREAK:
                break
            window.append(t)
        if m.group(0) == "ikke mere":
            window = ["mere", *window]
        if not _MORE & set(window) or window[:2] == ["mere", "end"]:
            continue
        # the object is what comes before "mere" ("gider ikke bo hjemme mere"), or after it when "mere" comes first
        # ("gider ikke mere at ligge i sengen"); not a later clause ("…, han vil hellere sidde i sin stol")
        cut = next(i for i, t in enumerate(window) if t in _MORE)
        obj = " ".join(window[:cut] if cut else window[1:7])
        if re.search(STATUS_QUO, obj) and not re.search(r"\b(leve|liv|livet)\b", obj):
            return True
    return False


# A step told with a concession ("jeg gik til psykolog i går selvom jeg ikke havde lyst", "…, men jeg tog afsted
# alligevel") is a step: the "ikke" of the concession is no sustain talk.
_STEP_VERB = (r"(gik|tog|kom|ringede|skrev|købte|sendte|mødte|besøgte|kørte|cyklede|svømmede|trænede|løb|stod op|fik \w+"
              r"|var (til|på|i|ude|hos|nede|oppe|inde|med)|har (været|ringet|skrevet|trænet|gået|taget|købt|søgt|meldt)"
              r"|\w{2,}ede)")
_RECENT_OR_TODAY = rf"({RECENT}|i dag|til sidst|endelig)"
_CONCESSION = re.compile(r"\b(selvom|selv om|skønt|på trods af|trods)\b")


def step_despite(norm: str) -> bool:
    """A step done in spite of something (see above): the main clause before "selvom" tells a past action with a
    recent time (or a task got done: "jeg fik støvsuget selvom jeg ikke gad"), or a clause with "alligevel" does."""
    m = _CONCESSION.search(norm)
    if m:
        main = norm[:m.start()]
        if not re.search(r"\b(ikke|aldrig|ingen|hvis|når)\b", main) and re.search(
                rf"(^|\b(jeg|hun|han|vi|selv) (\w+ )?){_STEP_VERB}\b", main) and (
                re.search(_RECENT_OR_TODAY, norm) or re.search(r"\bfik \w+(et|t)\b", main)):
            return True
    for clause in re.split(r"\b(?=men\b)", norm):
        if "alligevel" in clause.split() and not re.search(r"\b(ikke|aldrig|ingen|hvis|når|vil|skal|kan)\b", clause) \
                and re.search(rf"\b(jeg|hun|han|vi) (\w+ ){{0,2}}({_STEP_VERB}|laver|gør|går|tager|træner)\b", clause):
            return True
    return False


# Staying where one lives ("her bliver jeg", "jeg bliver boende hvor jeg er", "jeg flytter ikke herfra") is sustain
# talk, desire, like "jeg vil blive her" (guide, round 19 "Staying put"; round 22). A change wished for in the same
# breath ("jeg vil gerne blive boende og lære at klare mig selv") is no wish to stay as things are.
_STAY_AND_CHANGE = (r"(?!( \w+){0,4} og (lære|lærer|øve|øver|prøve|prøver|træne|træner|begynde|begynder|starte|starter|søge|søger"
                    r"|komme (i|ud|på)|blive (bedre|mere|selvstændig)|få (mig )?(et|en|hjælp|job|arbejde|uddannelse))\b)")
STAYING_PUT = (r"\b(her|hjemme|derhjemme) bliver (jeg|hun|han|vi)\b(?! (ikke|aldrig|i dag|i aften|i nat|lige))"
               r"|\b(jeg|hun|han|vi) bliver (nu |bare |altså |sgu )?(boende|her|hvor (jeg|hun|han|vi) (er|bor)|i (min|sin|vores) (lejlighed|bolig)"
               r"|i (mit|sit|vores) (hus|hjem)|på (bostedet|plejehjemmet|\w+hjemmet))\b(?! (i dag|i aften|i nat|i weekenden|lige|indtil videre))"
               + _STAY_AND_CHANGE +
               r"|\b(jeg|hun|han|vi) flytter (ikke|aldrig) (herfra|fra (min|sin|mit|sit|vores) \w+)\b|^(jeg|hun|han|vi) flytter (ikke|aldrig)$"
               # fresh 29: a wish to stay ("men han vil gerne blive hjemme", "hun vil helst blive boende i huset")
               r"|\b(jeg|hun|han|vi) (vil|ville) (gerne |helst |hellere |bare |allerhelst )?blive (boende|hjemme|derhjemme|her"
               r"|i (min|sin|vores|mit|sit) (lejlighed|bolig|hus|hjem)|på (bostedet|plejehjemmet))\b"
               r"(?! (i dag|i aften|i nat|i weekenden|lige|indtil|til|fra|og (se|sove|hvile|slappe)))" + _STAY_AND_CHANGE)


def staying_put(norm: str) -> bool:
    return re.search(STAYING_PUT, norm) is not None


# Quitting a habit in words the cues do not hold ("jeg har droppet slik", "jeg har skåret ned på kaffen", "jeg drikker
# ikke cola længere", "jeg har lagt hashen på hylden") is change/taking_steps + goal progress (guide, probe 18).
_HABIT_NOUN = (r"(cola|sodavand|energidrik\w*|monster|red bull|slik|chips|kage|kager|fastfood|junkfood|snus|smøger|cigaret\w*"
               r"|hash|joints?|øl|alkohol|sprut|spiritus|vin|rødvin|hvidvin|kaffe|sukker|skrabelodder|automater|energidrikke)(en|n|et|ne|erne)?")
QUIT_HABIT = (rf"\b(droppet|droppede|dropper|kvittet|kvittede|skåret ned på|skar ned på|skærer ned på) (med )?(at )?(\w+ )?{_HABIT_NOUN}\b"
              rf"|\b(lagt|lagde) (\w+ )?(hash\w*|smøg\w*|cigaret\w*|øl\w*|sprut\w*|flasken|joint\w*|snus\w*) (på hylden|væk)\b"
              rf"|\b(jeg|hun|han) (ryger|drikker|snuser|gamer|vaper|pjækker) (ikke|aldrig) (mere|længere)\b(?! end)"
              rf"|\b(jeg|hun|han) (drikker|spiser|ryger|tager|køber) (ikke|aldrig) (\w+ )?{_HABIT_NOUN} (mere|længere)\b(?! end)"
              rf"|\b(stoppede|stoppet|holdt op|holder op) (med )?(at )?(købe|drikke|spise) (\w+ )?{_HABIT_NOUN}\b"
              rf"|\b(stoppede|stoppet|holdt op|holder op|stopped|quit|gave up) (med )?(at )?{HABITS}\b(?! igen| again)")


_NOT_TOLD = frozenset({"hvis", "if", "efter", "since", "når", "før", "ville", "would"})


def quit_habit(norm: str) -> bool:
    """A habit quit (see QUIT_HABIT), not a condition or a background ("hvis jeg stoppede med cola, ville …", "efter
    han stoppede med energidrik, sover han bedre": that is reasons or a progress report)."""
    m = re.search(QUIT_HABIT, norm)
    return m is not None and not _NOT_TOLD & set(norm[:m.start()].split()[-3:])


# A story that names a habit and then stops ("Før drak jeg to liter cola om dagen. … For tre uger siden stoppede jeg
# helt."): the stop refers to the habit. Used on the whole message after the clause weighing.
_BARE_STOP = re.compile(r"\b(stoppede|stoppet|holdt|holder) (jeg|hun|han) (helt |så |bare |endelig )?(op|med det|\bhelt\b)?"
                        r"|\b((jeg|hun|han) (er|har)|(er|har) (jeg|hun|han)) (\w+ )?(stoppet|holdt op)( helt| med det)?$"
                        r"|\b(stoppede|holdt op|stoppet) (helt|med det)\b"
                        # fresh 35: "jeg savner at ryge, men jeg er glad for at jeg stoppede"
                        r"|\b(jeg|hun|han) (stoppede|holdt op)( helt| med det)?$")
_HABIT_TOLD = re.compile(rf"\b(ryg\w*|røg|drak|drikker|drukket|{_HABIT_NOUN}|spillede (hele natten|om natten)|gamede"
                         r"|(game|gamer|spille) (\w+ )?(hele natten|om natten|til langt ud på natten|på automat\w*)"
                         r"|smøg\w*|øllen|øller|øllerne|bajer\w*|cigaret\w*|hash\w*|joint\w*|snus\w*|vape\w*)\b")


# fresh 35: a habit named, then "men" and no relapse ("jeg savner at ryge, men jeg vil ikke begynde igen") is a promise
# to keep off it = change/commitment + hope
_NO_RELAPSE_AFTER_MEN = re.compile(r"\bmen ((jeg|æ|hun|han) )?(vil|skal|ska) (ikke|ik|ikk|aldrig) (\w+ )?(begynde|starte|falde i)"
                                   r"( på det| med det| (med )?at \w+)? igen\b")
# a drink told that is no habit ("jeg drikker kaffe med naboen, men …")
_SOFT_DRINK_TOLD = re.compile(r"\b(drikker|drak|drukket) (\w+ )?(kaffe|te|vand|mælk|juice|saft|kakao|danskvand)\b")


def no_relapse(norm: str) -> bool:
    m = _NO_RELAPSE_AFTER_MEN.search(norm)
    if m is None or safety_hit(norm) is not None or re.match(r" (på|i|til|hos|som|ved) (?!det\b)", norm[m.end():]):
        return False  # "…, men jeg vil ikke begynde igen på skolen": school or work taken up again, not the habit
    before = norm[:m.start()]
    told = _HABIT_TOLD.search(before) is not None and _SOFT_DRINK_TOLD.search(before) is None
    # the habit named by the longing ("savner bajerne") or by the relapse itself ("… begynde at drikke igen")
    return told or missed_habit(before) or _HABIT_VERB.search(m.group()) is not None


# "jeg savner at drikke, men jeg er glad for at jeg er ædru nu": a sober state after "men" and a longing is the quit
_SOBER_AFTER_MEN = re.compile(r"\bmen (\w+ ){0,6}?(jeg|æ|hun|han) er ((nu|stadig|blevet|helt) )?(ædru|clean|stoffri|røgfri|spillefri)\b")


def sober_after_longing(norm: str) -> bool:
    """A habit missed or told, then "men jeg er (stadig) ædru / clean": the sobriety is the step, whatever the
    longing before it made the classifier read."""
    if (sober := _SOBER_AFTER_MEN.search(norm)) is not None and safety_hit(norm) is None:
        before = norm[:sober.start()]
        return bool(_HABIT_TOLD.search(before) or missed_habit(before)
                    or re.search(r"\b(savner|savnede|mangler) (at )?drikke\b", before))
    return False


def quit_habit_story(norm: str) -> bool:
    if sober_after_longing(norm):
        return True
    m = _BARE_STOP.search(norm)
    return m is not None and _HABIT_TOLD.search(norm[:m.start()]) is not None and not re.search(
        r"\b(igen|begyndt|startet)\b", norm[m.start():])


# A stop forced by pain, illness or the body ("…, men så fik jeg ondt i knæet og måtte stoppe", "jeg har måttet
# holde op med at svømme") is an activity one can no longer do = sustain/ability, sheet null (guide, round 23); the
# step told before it is background. Quitting a habit stays a quit (`quit_habit` is read first).
FORCED_STOP = (r"\b(måtte|måttet|var nødt til at|blev nødt til at|har været nødt til at) (\w+ )?(stoppe|holde op|holde pause"
               r"|give op|stå af|vende om|opgive det|droppe det|melde (mig|sig) (fra|ud))\b"
               r"(?=\s*($|igen\b|med\b|og\b|men\b|fordi\b|efter\b|på\b|til\b|i\b|helt\b|halvvejen\b|der\b|nu\b))")


def forced_stop(norm: str) -> bool:
    m = re.search(FORCED_STOP, norm)
    return m is not None and not re.match(rf"\s*(med )?(at )?{HABITS}\b", norm[m.end():])


# A reminder (alarm, app, phone) for an own self-care routine takes the routine's theme, egenomsorg (guide, round 22
# and 23), not kommunikation for the phone nor sundhed for the pills: "min mobil bipper når jeg skal tage mine
# tabletter", "jeg har en app der minder mig om at gå i bad".
_REMINDER = (r"\b(alarm\w*|app|appen|app'en|påmindelse\w*|reminder\w*|vækkeur\w*|bipper|bip|minder (mig|ham|hende|os)"
             r"|husker (mig|ham|hende) på)\b")
_OWN_ROUTINE = (r"\b(piller|pillerne|medicin\w*|tabletter\w*|insulin\w*|øjendråber\w*|dosette\w*|bad|badet|brusebad|tænder\w*"
                r"|tandbørst\w*|barbere|barberer|skifte tøj|tage tøj på|vaske (mig|sig|hår|håret)|hår\w*|deodorant|creme)\b")


def own_routine_reminder(norm: str) -> bool:
    return re.search(_REMINDER, norm) is not None and re.search(_OWN_ROUTINE, norm) is not None


# A refusal reported by someone else ("han har sagt at han ikke vil på værkstedet mere", "hun siger selv hun ikke gider
# lave mad") is the citizen's own sustain talk (guide, Relatives; round 23), in the word order of a reported clause.
_REPORTED = r"\b(siger|sagt|sagde|fortæller|fortalt|fortalte|mener|synes|skriver|skrevet) (\w+ ){0,3}?(at )?(hun|han) (selv )?"
_REFUSAL = (("ability", r"(ikke|aldrig) (kan|orker|magter)\b(?! (lide|li|sove|falde)\b)|(ikke|aldrig) kan overskue\b"),
            ("need", r"(ikke|aldrig) (har|har nogen) brug for\b|ikke behøver\b"),
            ("activation", r"ikke er (klar|parat|moden)\b"),
            ("desire", r"(ikke|aldrig) (vil|gider|har lyst|ønsker)\b|har det (fint|godt) som det er\b"))


def reported_refusal(norm: str) -> str | None:
    """The sustain subtype of a reported refusal (see above), or None."""
    for sub, pat in _REFUSAL:
        m = re.search(_REPORTED + f"({pat})", norm)
        if m and not re.match(r"\s*(mere|længere)?\s*(at )?(være alene|bo hjemme|sidde|ligge|blive ved)\b", norm[m.end():]):
            return sub
    return None


# -- Round 24 (December 2026): readings the words decide (annotation guide, "Round 24 conventions") ---------------
# Change talk hidden in a complaint: being tired of / annoyed at a lack or a status quo one wants out of ("jeg er så
# træt af ikke at kunne komme ud", "det irriterer mig at jeg ikke kan lave mad selv", "jeg hader at jeg altid skal
# spørge om hjælp", "jeg er træt af at sidde derhjemme hele tiden") is change/desire + hope. A plain burden ("jeg er
# træt af at vente på hjemmeplejen", "… at gå i skole") stays neutral + parking (no lack, no status-quo state).
_FED_UP = (r"\b(træt|trætte|led|lede|dødtræt|pissetræt|mættet) af\b|\b(irriterer|frustrerer|ærgrer|generer|piner|stresser)"
           r" (det )?(mig|ham|hende)\b|\b(hader|hadet|afskyr)\b|\bhate\b|\bsick of\b|\btired of\b")
# (only "jeg" as a subject: a citizen's "han"/"hun" is someone else: "det irriterer mig at han ikke kan tie stille")
_LACK = (r"^(det )?(at )?(ikke at|ikke kunne|jeg (ikke|aldrig) (kan|kunne|har|får|må|kommer)\b"
         r"|jeg (altid|hele tiden|stadig) (skal|må) (spørge|bede|have hjælp|ringe efter|vente på nogen)"
         r"|at jeg (altid|hele tiden|stadig) (skal|må) (spørge|bede|have hjælp)"
         r"|(at )?(altid|hele tiden) (skulle|at skulle) (spørge|bede|have hjælp)|not being able to|not having)")
_FED_UP_STATE = (r"^(at )?(være|sidde|ligge|bo|gå|hænge|være så) (\w+ ){0,3}?(alene|ensom|arbejdsløs|ledig|derhjemme|hjemme"
                 r"|inde|indenfor|i sengen|på sofaen|på kontanthjælp|sygemeldt|afhængig af (andre|min mor|min far|hjælp))\b"
                 r"(?=.*\b(hele tiden|altid|hele dagen|hver dag|hver aften|mere|længere|hele weekenden|hele ugen)\b)")


def complaint_flip(norm: str) -> bool:
    """A complaint about a lack or a status quo (see above); not about living, and not followed by a "men" clause."""
    for m in re.finditer(_FED_UP, norm):
        rest = norm[m.end():].strip()
        rest = re.sub(r"^(at|over at|på at|af at|of|mig over at)\s+", "", rest)
        if re.search(r"\b(men|but)\b", rest) or re.search(r"\b(leve|livet|liv|være til|vågne)\b", rest):
            return False
        if re.search(_LACK, rest) or re.search(_FED_UP_STATE, rest):
            return True
    return False


# Sarcasm and irony: praise of a chore or a burden with an eye-roll emoji or an ironic opener ("ja ja, jeg elsker bare
# at vaske op 🙄", "super fedt at sidde på jobcentret i tre timer 🙄", "nå ja, det er jo bare så hyggeligt at være
# alene hver aften") is a told annoyance = neutral + parking, never a joy, a resource or a wish.
IRONY_EMOJI = "🙄🙃😒"
_IRONIC_OPENER = re.compile(r"^(ja ja|jaja|jaaa|nå ja|nåja|åh ja|årh ja|ah ja|jo jo|jojo|yeah right|yay|wuhu|hurra)\b")
_PRAISE = re.compile(r"\b(elsker|elskede|love|fedt|fed|hyggeligt|hyggelig|sjovt|sjov|skønt|dejligt|yndlings\w*|super"
                     r"|fantastisk|fantastiske|perfekt|genialt|nice|lækkert|glæder mig)\b")
_IRONY_MARK = re.compile(r"\b(bare|jo bare|jo|vildt|sikkert)\b|\bnot\b$")


def sarcastic(norm: str, text: str) -> bool:
    if not _PRAISE.search(norm) or re.search(r"\b(ikke|ik|aldrig)\b", norm):
        return False
    if any(e in text for e in IRONY_EMOJI):
        return True
    return _IRONIC_OPENER.search(norm) is not None and (
        _IRONY_MARK.search(norm) is not None or re.search(r"\byndlings\w*", norm) is not None)


# A bare number on a scale, the answer to "på en skala fra 1 til 10 …" ("måske en 6'er", "7 ud af 10", "en 8'er
# vel") has no direction of its own = neutral, sheet null, theme none; a reason after it is labelled as the reason.
SCALE_ANSWER = re.compile(r"^(måske|nok|vel|ca|cirka|omkring|nærmere|mellem|det er|det må være|det bliver|jeg vil sige"
                          r"|jeg siger|jeg tror|i'd say|maybe|like|idk|ved ikke|hmm|øh|øhm| )*"
                          r"(en |et |a )?(1|2|3|4|5|6|7|8|9|10|ti|sekser|femmer|syver|otter|firer|treer|toer|nier|tier|ener)"
                          r"( er| eren| og en halv| komma 5| eller (en )?\d{1,2}( er)?| ud af (10|ti)| af 10| 10)?"
                          r"( (måske|nok|vel|tror jeg|i guess|ish|eller sådan noget|agtigt))*$")


def scale_answer(norm: str) -> bool:
    return SCALE_ANSWER.search(norm.strip()) is not None


# -- December 2026, fresh probe: voices, uncertainty --------------------------------------------------------------
# Hearing voices (guide, round 24 "Psychiatric voices told calmly") is a symptom: neutral + parking, theme sundhed
# ("siger" and "stemmer" must not pull it to kommunikation or samfundsliv, nor a "men jeg lytter ikke til dem" to
# sustain); fewer, weaker or gone voices, or better after new medicine, is goal progress. A wish to be rid of them
# stays change talk (theme sundhed); voices that tell the citizen to harm themselves are safety (safety_rules).
# A person's own voice ("jeg hører aldrig hans stemme mere", "min far kan ikke høre min stemme", "at høre min mormors
# stemme") is grief, deafness or a joy, not a symptom: a possessive or a genitive before "stemme" keeps it out.
VOICES = re.compile(r"\b(hører|hørte|hørt|høre) (?!(\w+ ){0,3}?(min|mit|mine|din|dit|sin|sit|hans|hendes|deres|vores|jeres"
                    r"|\w+s|[a-zæøå]+'s) stemme)(\w+ ){0,3}stemme(r|n)?\b|\bstemmerne\b|\bstemme(r|n)? i (mit |mit eget )?hoved\w*")
_VOICES_BETTER = re.compile(r"\b(bedre|mindre|færre|svagere|stillere|væk|forsvundet|sjældnere)\b"
                            r"|\b(ikke|aldrig) (\w+ ){0,3}(mere|længere)\b|\b(nye?|anden|andre) (medicin|piller)\b")


def voices(norm: str) -> str | None:
    """"goal_progress" for voices that are fewer or gone, "parking" for voices told (see VOICES), else None."""
    if VOICES.search(norm) is None:
        return None
    return "goal_progress" if _VOICES_BETTER.search(norm) else "parking"


# Not knowing whether ("idk om jeg gider det", "jeg ved ikke om jeg kan bo selv", "jeg er i tvivl om jeg vil starte")
# is no direction of its own: neutral, sheet null (a fear named in it: parking), as the corpus labels it. A "men" clause
# after it ("…, men jeg vil godt prøve") is the citizen's own talk and decides.
_UNSURE = re.compile(r"^((og|men|altså|hmm|øh|øhm|nå|tja|ja|nej|så) )*((jeg )?(ved|aner) (ikke|ik|det ikke|sgu ikke|sku ikke"
                     r"|ikke rigtig|ikke helt|bare ikke)|idk|dunno|(jeg er|er) (ikke|ik) (helt |så )?sikker på|(jeg er |er )?i tvivl"
                     r"|(jeg er |er )?(lidt |meget )?usikker på|i (don't|dont) know|not sure) (om|if|whether)\b")


def unsure(norm: str) -> bool:
    m = _UNSURE.search(norm)
    return m is not None and re.search(r"\b(men|but)\b", norm[m.end():]) is None


# A question back to the bot about the conversation itself ("kan du forklare det igen?", "hvad mener du med det",
# "jeg forstår ikke spørgsmålet", "hvem læser det her?") is neutral, sheet null, theme none (guide, round 24
# "Questions back"): "forklare", "sige", "læse" name the chat, not the citizen's communication.
BOT_QUESTION = re.compile(
    r"^((øh|øhm|hmm|men|og|altså|ja|nej|okay|ok) )*((kan|vil|gider|må) du (ikke )?(lige |bare |godt |ikke bare )?"
    r"(forklare|sige|gentage|omformulere|skrive|spørge|bestemme|vælge|svare|hjælpe mig med at svare)( \w+){0,4}$"
    r"|(hvad|hvorfor|hvordan) (mener|spørger|tænker|skriver|siger) du( \w+){0,4}$|hvem (læser|kan se|ser) (det|dét|det her|det jeg skriver)"
    r"|(hvad|hvordan) skal jeg (skrive|svare)( \w+){0,4}$)"
    r"|\b(forstår|fatter|forstod) (ikke|ik) (\w+ )?(spørgsmålet|dit spørgsmål|hvad du (mener|spørger om|skriver))\b")


# A confirming answer that names what was meant ("ja det er det med lageret", "det er den på Vesterbro", "jep, det
# er dem fra klubben") says which job, place or person, not whether the citizen wants it: neutral, sheet null (the
# talk head read "det er det" as a refusal). Not with a negation or a will, ability or need of its own.
# (Each lead word once per repetition, and at most four: "ja ja" as an alternative of its own next to "ja" let the
# repetition split a run of "ja ja ja …" in exponentially many ways.)
IDENTIFYING = re.compile(r"^((ja|jo|jep|jeps|jah|yes|yep|jaja|præcis|netop|nemlig|lige præcis|korrekt|rigtigt|okay|ok"
                         r"|mm) ){0,4}(det|dét) (er|var) (det|den|dem|dét) (med|på|hos|ved|i|fra|om|ude|inde|nede|oppe|der)\b"
                         r"(?!.*\b(ikke|ik|aldrig|ingen|gider|orker|vil|kan|skal|tør|må|bør|håber|drømmer)\b)")


def identifying_answer(norm: str) -> bool:
    return IDENTIFYING.search(norm) is not None


def bot_question(norm: str) -> bool:
    return BOT_QUESTION.search(norm) is not None


# -- Fresh 28 (December 2026): facts that name wished-for things without a wish (guide, "Fresh 28 conventions") ---
# News about another person ("min bror er lige flyttet til Aalborg", "min veninde har fået sin egen lejlighed", "her
# sister moved to sweden") is no talk of the citizen's: neutral, theme `relationer`, sheet null. The corpus's lines
# that open with "min <relative>" are mostly abuse and worry (parking), and the things named (a job, a flat, a
# girlfriend, a driving licence) pull towards a wish or a step. A worry, the citizen in the clause, a will or an opinion
# leaves the line to the rest. A relative's "min søn / min datter" is mostly the citizen, so that is left too.
_KIN = (r"(lille|store|halv|bonus|papa|sted|sviger|bedste|old)?(bror|brødre|søster|søstre|mor|far|forældre|søskende|familie"
        r"|kusine|fætter|nevø|niece|onkel|tante|moster|faster|morbror|farbror|mormor|morfar|farmor|farfar|bedstemor"
        r"|bedstefar|veninde|veninder|ven|venner|kammerat|kammerater|kæreste|ekskæreste|kollega|kollegaer|kolleger"
        r"|makker|roomie|søn|sønner|datter|døtre|barnebarn|børnebørn|svoger|svigerinde)")
_KIN_EN = (r"(sister|brother|mum|mom|mother|dad|father|parents|cousin|aunt|uncle|nan|gran|grandma|grandpa|grandmother"
           r"|grandfather|friend|friends|girlfriend|boyfriend|colleague|son|daughter|niece|nephew|family)")
_OTHER_SUBJECT = re.compile(
    rf"^(og |så |altså |nå |btw |ja |nej )?((min|mit|mine|hans|hendes) (gode |bedste |gamle |nye |ældste |yngste |lille |store )?"
    rf"{_KIN}|(jeg|hun|han) har (en|et|to|tre|nogle) (gode |god |sød |søde |gammel |gamle |ny |nye )?{_KIN} (som|der)"
    rf"|(my|his|her) (best |old |new |older |younger |little |big |oldest |youngest )?{_KIN_EN})"
    r"( (?!(og|and|har|er|blev|bliver|fik|skal|bor|arbejder|tog|købte|flyttede|flytter|has|is|got|was|moved|lives|works|just"
    r"|bought|started|became|married|had)\b)\w+){0,3} ")
_NEWS = re.compile(
    r"^(også |lige |nu |endelig |just |also |finally )?(har (lige |også |endelig )?(fået|taget|købt|bestået|startet|fundet"
    r"|giftet sig|fødselsdag|en |et |sin |sit |sine |to |tre )|fik |er (lige |også |endelig )?(flyttet|blevet|startet|begyndt"
    r"|kommet ind|gift|forlovet|gravid|far|mor|morfar|mormor|farfar|farmor|student|færdig|hjemme)|blev |bliver (gift|student"
    r"|færdig|far|mor)|skal (giftes|flytte|starte|have (en|et|sin|sit|baby|barn)|på (højskole|efterskole|ferie|kursus)|i (skole"
    r"|praktik)|til (udlandet|usa|spanien|tyrkiet)|være far|være mor)|bor |boede |arbejder |arbejdede |tog |købte |flyttede "
    r"|startede |begyndte |går (på|i) |studerer |læser (til|på) |has |had |got |is (getting|moving|starting|having)|moved "
    r"|lives |lived |works |worked |bought |started |became |married |just )")
# a worry, the citizen or a will in the line: not plain news
_NOT_NEWS = re.compile(
    r"\b(jeg|mig|min|mit|mine|os|vores|me|we|us|our|vil|ville|gerne|ønsker|håber|drømmer|savner|synes|mener|siger|sagt"
    r"|tror|burde|bør|want|wants|wish|hope|says|said|think|thinks|ikke|aldrig|ingen|not|never|no|syg|syge|sygdom|død|døde"
    r"|dør|kræft|hospital\w*|sygehus\w*|indlagt|ondt|smerter|slår|slog|truer|truede|tæsk|penge|gæld|lån|lånt|skændes|sur|vred"
    r"|ked|bange|bekymret|drikker|fuld|hash|stoffer|skilt|skilsmisse|gået fra|slået op|slog op|fyret|arbejdsløs|ulykke"
    r"|faldet|faldt|demens|dement|glemsom|fængsel|politi\w*|alene|ensom|ill|sick|died|dead|cancer|drinks|hits|hit|fight"
    r"|operation|opereret|blodprop|diagnose|hjerneblødning|hofte|knæ|brækket|brækkede|skadet|depression|angst|stress"
    r"|sygemeldt|plejehjem|begravelse|money|worried|sad|angry|alone|lonely|arrested|prison|fired|divorced|hospital)\b")


def other_news(norm: str, speaker: str = "citizen") -> bool:
    """News about another person, a relative or a friend (see _OTHER_SUBJECT): no talk of the citizen's own."""
    m = _OTHER_SUBJECT.search(norm)
    if m is None or _NEWS.search(norm[m.end():]) is None:
        return False
    if speaker == "relative":
        if re.match(r"(og |så |altså |nå |btw |ja |nej )?(min|mit|mine|my) ", norm):
            return False  # "min søn har fået et job": mostly the citizen
        if re.search(r"\b(han|hun|ham|hende|he|she|him)\b", norm[m.end():]):
            return False
    return _NOT_NEWS.search(norm[m.end():]) is None


# An own thing one has today, told in the present tense with no "nu" and no "fået" ("jeg har et job i Netto", "jeg bor
# i egen lejlighed", "hun har sin egen lejlighed i Horsens") is a fact, neutral, sheet null (the words "egen
# lejlighed", "job", "kæreste" pull towards a wish and "har" towards a step). "… nu", "har fået …", a will or a negation
# leave it to the rest.
_OWN_FACT = re.compile(
    r"^(og |så |altså |ja |jo |nå )?(jeg|hun|han) (har|bor i) (stadig |også |allerede )?((en|et|sin|sit|min|mit) )?"
    r"((egen|eget|god|godt|dejlig|dejligt|sød|fin|fint|lille|stor|stort|ny|nyt) )?(job|arbejde|fritidsjob|deltidsjob|flexjob"
    r"|kæreste|lejlighed|lejligheden|hus|værelse|bolig|hund|kat|bil|knallert|scooter|cykel|kørekort|praktik\w*|plads|lærerplads"
    r"|elevplads)\b")
_OWN_FACT_BLOCK = re.compile(r"\b(nu|endelig|igen|fået|lige|vil|ville|gerne|ønsker|håber|drømmer|skal|kunne|ikke|ik|aldrig"
                             r"|ingen|men|fordi|selvom|hvis|når|savner|mangler|brug|glad|elsker|godt|fint|træls|svært"
                             r"|glæder|bange)\b")


def own_fact(norm: str) -> bool:
    """An own thing one has today, told as a plain fact (see _OWN_FACT)."""
    m = _OWN_FACT.search(norm)
    return m is not None and _OWN_FACT_BLOCK.search(norm) is None


# Thinking about or considering a change ("jeg overvejer at søge ind på en uddannelse", "tænker på at melde mig til
# fodbold", "jeg går med tanker om at flytte") is change/desire + hope; the corpus had these words only in suicidal
# lines, so they read as neutral + parking. A plan ("min plan er at flytte når jeg fylder 25", "jeg har planer om
# at …") is commitment. Harm to oneself or an end is never this (the safety rules and head see those first).
# The change is named by its verb, from a list: the same frames ("jeg tænker på at …") open suicidal lines.
_CHANGE_VERB = (r"(søge|flytte|begynde|starte|melde (mig|sig) (til|ind|på)|tage (et|en|kørekort|toget|bussen|på)|lære|prøve|gå til"
                r"|gå (på|i) (skole|kursus|klub)|finde (et|en|mig|sig)|få (et|en|mig|sig|hjælp|styr)|købe|skaffe (mig|sig)|spare op"
                r"|ringe til|skrive til|spørge (om|efter)|træne|dyrke|cykle|svømme|male|bygge|skifte|søge om|komme (mere )?ud"
                r"|holde op med at (ryge|drikke|spille)|stoppe med at (ryge|drikke|game|spille)|melde (mig|sig) ud af (rygning)|tabe mig"
                r"|invitere|besøge|ses (med|mere)|være frivillig|blive frivillig|bo (selv|alene|i egen|sammen))")
_CONSIDER = re.compile(rf"^(og |så |altså |men |ja |jo |nå |hmm |øh )*((jeg|hun|han) )?(overvejer|har overvejet|går og overvejer|tænker (på|over)"
                       rf"|går og tænker på|går med (tanker|tænker|planer) om|leger med tanken om) at ((begynde|starte) (at |på at )?)?"
                       rf"{_CHANGE_VERB}\b(?!.*\b(mig selv|sig selv|det hele|dø|død|livet|forsvinde|ikke være her|aldrig|ikke)\b)")
_PLAN = re.compile(r"^(og |så |men |ja |nå )?((min|hans|hendes) plan er (at|nu at)|(jeg|hun|han) har (en )?planer? om at"
                   r"|(jeg|hun|han) planlægger at)\b(?!.*\b(ikke|ik|aldrig|mig selv|det hele|dø|slutte|ende)\b)")


def considering(norm: str) -> str | None:
    """"desire" for considering a change, "commitment" for a plan, else None (see _CONSIDER)."""
    if _CONSIDER.search(norm):
        return "desire"
    if _PLAN.search(norm):
        return "commitment"
    return None


# Post and messages received ("jeg har fået et brev fra banken", "hun fik en sms fra jobcentret") are facts, not steps.
_RECEIVED = re.compile(r"^(og |så |altså |ja |nå |i dag |i går )?(jeg|hun|han) (har )?(lige )?(fået|fik|modtog|modtaget) "
                       r"(et |en |to |nogle |endnu et |endnu en )?(nyt |ny |langt |mærkeligt )?(brev|breve|regning|regninger|rykker"
                       r"|rykkere|sms|sms'er|besked|beskeder|mail|mails|e-mail|indkaldelse|opkald|pakke|post|afgørelse|svar)\b")


def received(norm: str) -> bool:
    return _RECEIVED.search(norm) is not None and re.search(r"\b(nu|now)\b", norm) is None


# A short answer that grants something without naming it ("ja det kunne være fint", "jo det kan godt være", "måske
# det ville være rart") has no direction of its own: neutral, sheet null (guide, "Short answers").
SHORT_GRANT = re.compile(r"^((ja|jo|nå|okay|ok|jamen|tja|måske|øh|hmm) )*(det|dét) (kunne|ku|kan|ville|vil) (godt |vel |måske |nok "
                         r"|sikkert |også )*(være|blive) (fint|godt|rart|ok|okay|fedt|sjovt|en idé|en ide|en mulighed|meget rart"
                         r"|meget fint|ret fedt)( (måske|tror jeg|vel|nok|egentlig))?$")


def short_grant(norm: str) -> bool:
    return SHORT_GRANT.search(norm) is not None


# -- Fresh 29 (December 2026): facts, past outings and routines read as direction (guide, "Fresh 29 conventions") ---
# Words that make a told fact a worry, a wish or the citizen's own talk: the classifier decides such lines.
_FACT_BLOCK = (r"\b(jeg|æ|mig|ikke|ik|ikk|aldrig|ingen|intet|ingenting|vil|ville|gerne|gider|orker|skal|skulle|kan|kunne|må"
               r"|bør|burde|håber|drømmer|ønsker|savner|mangler|brug|for|så|altid|hele|tit|ofte|mange|meget|alt|nok|selv"
               r"|bange|tør|træls|irriterende|larm\w*|støj\w*|råber|råbte|larmer|ryger|hash|fuld|fulde|truer|slår|slog|skød"
               r"|politi\w*|brand|ild|røg|gas|vand|skimmel|rotter|mus|lugter|stinker|beskidt|rod|klamt|farligt|farlig|skræmmer"
               r"|syg|syge|død|døde|ondt|hjælp|desværre|stadig|igen|men|fordi|hvis|selvom|når|nu|lige"
               r"|hvorfor|hvad|hvordan|hvem|og)\b")
# "der er en hund i opgangen", "der står en bænk ved søen", "der holder en bus lige uden for": a thing in the
# surroundings, told as a fact (neutral, sheet null); a worry, the citizen, a will or a change in it leaves it.
_SURROUNDINGS = re.compile(r"^(btw |nå |ja |altså )?der (er kommet|er|ligger|står|bor|holder|hænger|sidder|kører|går|findes|løber"
                           r"|vokser|flyver|svømmer|bliver solgt) (en|et|to|tre|fire|fem|nogle|\d+|også (en|et|nogle)"
                           r"|sådan (en|et)|vist (en|et)) \w+")


def surroundings_fact(norm: str, text: str = "") -> bool:
    """A thing in the surroundings told as a fact ("der er en kat i opgangen"): no worry, no talk of the citizen's."""
    if _SURROUNDINGS.search(norm) is None or re.search(_FACT_BLOCK, norm) is not None:
        return False
    if text and emoji_valence(text) == "parking":
        return False
    return not hits(norm).keys() & {"parking", "sustain", "desire", "need", "goal_progress", "taking_steps"} \
        and safety_hit(norm) is None


# A leisure or social outing that happened ("i weekenden var jeg på besøg hos min moster", "i søndags var vi i
# kirke", "jeg var til fødselsdag hos min fætter") is a past event, neutral, not a step: "var" tells where one was,
# not an action towards a change. An effort ("selv", "alene", "for første gang", "endelig", "selvom", "turde", by
# bus or train) makes it a step as before; a worry after it leaves it to the classifier.
_OUTING = (r"(på besøg|til (\w+ ){0,2}(fødselsdag|fest|familiefest|julefrokost|julefest|koncert|bryllup|konfirmation|banko|bingo"
           r"|middag|kaffe|frokost|grillfest|sommerfest|foredrag|gudstjeneste|fodboldkamp|håndboldkamp|kamp|loppemarked"
           r"|marked|festival|teater|spejder|fællesspisning)|i (biografen|bio|kirke|kirken|tivoli|zoo|teatret|teater"
           r"|sommerhus|sommerhuset|byen|svømmehallen|haven|parken|skoven|zoologisk have|legoland|cirkus|kolonihaven)"
           r"|på (ferie|tur|udflugt|café|cafe|cafeen|stranden|kro|restaurant|museum|museet|bowling|højskole|camping|lejr)"
           rf"|hos (min|mit|mine|vores|hans|hendes|sin|sine) (\w+ )?{_KIN}|hos \w+)")
_PAST_OUTING = re.compile(rf"\b((jeg|vi|hun|han) var|var (jeg|vi|hun|han)) (også |lige |ude |inde |henne |oppe |nede )?{_OUTING}\b")
_EFFORT = re.compile(r"\b(selv|alene|første gang|endelig|selvom|selv om|turde|tog|toget|bussen|cyklede|kørte|gik|klarede"
                     r"|ikke|ik|aldrig|men|lægen|læge|tandlæge\w*|frisør\w*|fysioterapeut\w*|jobcent\w*|praktik\w*|værkstedet"
                     r"|vil|ville|gerne|skal|håber|fordi|hvis|når|igen|nu"
                     # a task done in the same message ("… og afleverede min ansøgning", "… og fik søgt tre job")
                     r"|ansøg\w*|søgt|søgte|job\w*|cv|jobsamtale\w*|ansættelsessamtale\w*)\b")


def past_outing(norm: str) -> bool:
    """A leisure or social outing told in the past, with no effort and no worry: an event, not a step."""
    outing = _PAST_OUTING.search(norm)
    if outing is None or _EFFORT.search(norm) is not None:
        return False
    # a step told in a clause after the outing ("… og fik søgt tre job"); "var jeg til koncert" itself is no step
    then = re.search(r"\b(og|så|bagefter|derefter)\b( bagefter| så)? (.+)$", norm[outing.end():])
    if then:
        clause = then.group(3) if re.match(r"(jeg|æ|vi|hun|han)\b", then.group(3)) else f"jeg {then.group(3)}"
        if hits(clause).keys() & {"taking_steps", "commitment", "goal_progress"}:
            return False
    return not hits(norm).keys() & {"parking", "sustain", "desire", "need", "quit_habit", "restart"} \
        and safety_hit(norm) is None


# A routine told in the present tense ("jeg står op kl 6 og tager toget til arbejde", "han cykler til træning to
# gange om ugen", "jeg tager bussen til skolen"): what works today (neutral + resource), not a commitment and not a
# step. A time ahead ("i morgen", "fra nu af", "på fredag"), "nu", a will, a modal, a negation or a past tense leaves it.
_ROUTINE_MARK = (r"\b(hver (eneste |anden |tredje )?(dag|morgen|aften|formiddag|eftermiddag|uge|weekend|hverdag|mandag"
                 r"|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|gang)|om (morgenen|aftenen|formiddagen|eftermiddagen"
                 r"|natten|dagen|ugen|mandagen|tirsdagen|onsdagen|torsdagen|fredagen|lørdagen|søndagen)|(en|to|tre|fire|fem"
                 r"|\d+) gange? (om|i|hver|på en) (dagen|ugen|måneden|uge|dag)|kl \d+|klokken \d+|i hverdagen|på hverdage"
                 r"|alle hverdage|plejer|altid|dagligt)\b"
                 r"|\btil (arbejde|arbejdet|skole|skolen|værkstedet|værksted|jobbet|job|praktik|praktikken|stu|dagcentret"
                 r"|dagcenteret|aktivitetscentret|træning|fitness)\b"
                 r"|\b(på|i) (arbejde|arbejdet|værkstedet|skole|skolen|stu|dagcentret|dagcenteret|aktivitetscentret)\b")
_ROUTINE_SUBJECT = re.compile(rf"^(og |så |altså |ja |jo |nå |også )?(jeg|æ|hun|han|vi) (?!{_STATE_VERBS}\b|gør\b)\w+r\b")
_ROUTINE_BLOCK = re.compile(r"\b(i morgen|i aften|i overmorgen|på (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)"
                            r"|næste|fra nu af|fra (i morgen|mandag|nu)|snart|nu|igen|lover|besluttet|bestemt|begynde|starte"
                            r"|vil|ville|skal|skulle|kan|kunne|må|gider|orker|tør|gerne|håber|ikke|ik|aldrig|ingen|men|hvis"
                            r"|selvom|fordi|når|stadig|endelig|første|prøver|øver|i går|i dag|sidste|bedre|mere|mindre"
                            r"|ud af|op med|ud fra|begynder|starter|hører (om|efter|ad)|spørger"
                            # a habit cut down, told with its daily count ("5 smøger om dagen i stedet for 20")
                            r"|i stedet for|færre|(er|var|kommet) nede på|ned på (\d+|en|et|to|tre|fire|fem|seks|halvdelen)|kun"
                            r"|skåret ned|skærer ned|trappet ned|trapper ned|halveret"
                            r"|end før|mod før)\b")


def routine_fact(norm: str) -> bool:
    """A present-tense routine told as a fact (see _ROUTINE_MARK): neutral + resource."""
    if _ROUTINE_SUBJECT.search(norm) is None or re.search(_ROUTINE_MARK, norm) is None:
        return False
    return _ROUTINE_BLOCK.search(norm) is None and safety_hit(norm) is None


# A task forgotten once ("jeg glemte at ringe til lægen", "hun har glemt at betale huslejen") is a told worry, neutral +
# parking, like "jeg glemmer at …" (parking_cues); "ikke glemt" (progress) and "nu" leave it to the rest.
_FORGOT = re.compile(r"^(og |så |men |altså |nå |øv |av )?(jeg|æ|hun|han|vi) (har |havde |har bare |har lige |har igen |har også )?"
                     r"(glemte|glemt|glømt|glemmede) (at|min|mit|mine|sin|sit|sine|hans|hendes|vores|det|alt|alle|nøglerne"
                     r"|pengene|aftalen|tiden)\b(?!.*\b(ikke|ik|aldrig|nu|mere|men)\b)")


def forgot_task(norm: str) -> bool:
    return _FORGOT.search(norm) is not None and safety_hit(norm) is None


# A routine whose sustain reading has no word of its own against a change ("jeg laver mad hver dag"); a joy in the
# status quo or a habit ("jeg nyder at se tv hver aften", "jeg spiller hele natten") stays sustain talk.
_SUSTAIN_ROUTINE_BLOCK = re.compile(rf"\b(nyder|elsker|hygger|bare|kun|hele|til kl|til klokken|spiller|gamer|ryger|drikker"
                                    rf"|sover|ligger|sidder|glor|ser tv|keder|{HABITS})\b")


def sustain_routine(norm: str) -> bool:
    return routine_fact(norm) and _SUSTAIN_ROUTINE_BLOCK.search(norm) is None


# A relative's own opinion of what the citizen should do ("vi synes hun skal begynde at lave mad selv", "jeg mener han
# bør søge et job") is neutral, sheet null (guide, Relatives): the verb of the wish is the relative's, not the
# citizen's. A "men" clause after it (the citizen's own talk) leaves the line to the clause weighing.
_OPINION = re.compile(r"^(og |så |altså |ja |nej |jo |men )?(jeg|vi|min \w+ og jeg|vi (\w+ )?begge) (synes|syntes|mener|mente|tror"
                      r"|synes egentlig|synes bare|synes også|mener også) (egentlig |bare |også |virkelig |helt klart )?(at )?"
                      r"(hun|han) (\w+ )?(skal|skulle|bør|burde|må|trænger til|har brug for|har godt af|ville have godt af)\b"
                      r"(?!.*\b(men|but|selv siger|siger selv)\b)")


def relative_opinion(norm: str) -> bool:
    return _OPINION.search(norm) is not None and safety_hit(norm) is None


# -- Fresh 30 (December 2026): one-off wishes, night dreams, fatigue symptoms, barking, owned facts -----------------
# A wish for today, tonight or the weekend with rest or a pastime ("jeg vil bare gerne slappe af i aften", "i morgen
# vil jeg gerne sove længe") plans no change in one's life: neutral, sheet null (guide, "Fresh 30 conventions"). A
# change word in it ("begynde", "lære", "prøve", "selv", "søge", "ringe", "igen", "fremover") keeps the wish.
_ONE_OFF_TIME = re.compile(r"\b(i aften|i dag|i morgen|i nat|i eftermiddag|i formiddag|i weekenden|til weekend|i weekend"
                           r"|på (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|tonight|today|tomorrow)\b")
_ONE_OFF_WISH = re.compile(r"\b(vil|ville) (\w+ )?(bare |helst |rigtig |så |egentlig |mest )*gerne\b|\b(vil|skal) (jeg |hun |han |vi )?bare\b|\bhar (\w+ )?(bare |så |mest )?"
                           r"lyst til\b|\b(kunne|ku) (godt )?tænke (mig|ham|hende)\b|\bi (want|wanna|would like)\b")
_ONE_OFF_ACT = re.compile(r"\b(slappe af|slapper af|chille|chill|hygge\w*|se (\w+ )?(film|tv|fjernsyn|serie\w*|fodbold|håndbold|netflix"
                          r"|youtube|kamp\w*)|sove (længe|lidt|middag|til middag|ud)|høre musik|ligge|spille|game|gamle|bage|læse"
                          r"|sidde|blive hjemme|være hjemme|tage den med ro|tage det roligt|hvile|ingenting|spise (pizza|slik|kage|is)"
                          r"|slik|pizza|relax|watch|sleep in|stay home)\b")
_ONE_OFF_BLOCK = re.compile(r"\b(begynde|starte|lære|prøve|selv|alene|søge|ringe|flytte|mere|igen|fremover|fra nu|altid|hver"
                            r"|hele tiden|job|arbejde|kæreste|ikke|ik|ikk|aldrig|men|fordi|kan|kunne|bedre|nyt|ny|nye|start|learn"
                            r"|try|again|more)\b")


def one_off_wish(norm: str) -> bool:
    """A wish for one day or evening of rest or a pastime: no change in one's life."""
    return (_ONE_OFF_TIME.search(norm) is not None and _ONE_OFF_WISH.search(norm) is not None
            and _ONE_OFF_ACT.search(norm) is not None and _ONE_OFF_BLOCK.search(norm) is None and safety_hit(norm) is None)


# A step told in its own clause before the wish for the evening ("jeg har været til træning i dag, nu vil jeg bare se
# film i aften", "i formiddags var jeg i fitness, så i aften vil jeg bare slappe af") stays a step: only the wish is
# one-off.
_TOLD_BEFORE = re.compile(r"\b(jeg|æ|hun|han|vi) (har|havde|var|gik|tog|ringede|fik|lavede|cyklede|løb|svømmede|trænede"
                          r"|mødte|søgte|skrev)\b|\b(har|havde|var|gik|tog|ringede|fik|lavede|trænede) (jeg|æ|hun|han|vi)\b")


def step_before_wish(norm: str) -> bool:
    """A step or a done thing told before the one-off wish in the same line."""
    m = _ONE_OFF_WISH.search(norm)
    if m is None:
        return False
    before = norm[:m.start()]
    return "taking_steps" in hits(before) or _TOLD_BEFORE.search(before) is not None


# A dream at night told literally ("jeg ved ikke hvad jeg drømmer om om natten", "jeg drømte at jeg kunne flyve i
# nat"): no wish, neutral (autism, literal answers to "hvad drømmer du om?").
_NIGHT_DREAM = re.compile(r"\b(drømmer|drømte|drømt|drømme|drøm|drømmen|drømmene)\b (\w+ ){0,6}?(om natten|i nat|i søvne|når jeg sover"
                          r"|når jeg har sovet)\b|\b(om natten|i nat|i søvne|når jeg sover) (\w+ ){0,3}?(drømmer|drømte|drømt)\b"
                          r"|\b(drømte|har drømt) (at|om at jeg|om en|om et|om min|om mit|at jeg)\b(?! (\w+ ){0,2}(blive|få|have|være) )")


def night_dream(norm: str) -> bool:
    return _NIGHT_DREAM.search(norm) is not None and safety_hit(norm) is None


# Fatigue and sensory symptoms after a brain injury ("trættebarhed", "hjernetræthed", "lydfølsom", "lysfølsom") are
# sundhed wherever they happen (guide, "Symptoms take sundhed"), and a symptom told is neutral + parking.
FATIGUE = re.compile(r"\b(trættebar\w*|hjernetræt\w*|lydfølsom\w*|lysfølsom\w*|lydoverfølsom\w*|lysoverfølsom\w*|udtrætte\w*"
                     r"|sanseoverbelast\w*|overstimuler\w*|mental træthed|mentalt træt|brain fog|hjernetåge)\b")


def fatigue_symptom(norm: str) -> bool:
    return FATIGUE.search(norm) is not None


# A dog barking or howling (next door, upstairs, in the stairwell) is a noise annoyance: neutral + parking,
# samfundsliv like other neighbour noise (guide, "Neighbours"), not the citizen's health.
_BARKING = re.compile(r"\b(hund|hunden|hundene|hunde|hundehvalp|hvalpen|køter\w*)\b (\w+ ){0,8}?(gør|gøer|gø|gøede|bjæffer|hyler|piber"
                      r"|larmer|glammer)\b|\b(gøen|hundegøen|bjæffen|hylen)\b")


def barking(norm: str) -> bool:
    return _BARKING.search(norm) is not None and safety_hit(norm) is None


# A fact about another's thing ("min nabo har en stor hund", "hendes lejlighed ligger på 3. sal", "min mors hus
# ligger i Skive"): no talk of the citizen's own and no worry = neutral, sheet null (resource with a joy word).
_OWNED_FACT = re.compile(r"^(og |så |altså |ja |nå |btw )?(min|mit|mine|hans|hendes|vores|deres|naboens|\w+s) (\w+ ){0,2}?"
                         r"(har (en|et|to|tre|fire|fem|\d+|mange|nogle|kun|masser af)|(ligger|hedder|står|hænger|holder|er) (på|i|ved|lige"
                         r"|ude|inde|nede|oppe|tæt|over|under|nær|fra|\d+)) ")
_OWNED_JOY = re.compile(r"\b(god|godt|gode|dejlig\w*|sød|søde|skøn\w*|fin|fint|fine|hyggelig\w*|flot\w*|sjov\w*)\b")
_OWNED_BLOCK = re.compile(_FACT_BLOCK.replace(r"|og)\b", r"|og|syg\w*|ked|træt|gæld|kræft|demens|sygdom\w*|blodprop|problemer"
                                              r"|ondt|bekymr\w*|fået|fik|lige|flyttet|flytter|begyndt|startet|stoppet)\b"))


def owned_fact(norm: str) -> bool:
    m = _OWNED_FACT.search(norm)
    if m is None or _OWNED_BLOCK.search(norm) is not None or norm.startswith(("jeg", "æ ")):
        return False
    from .lexicon import noun_valence
    if any(noun_valence(w) == "parking" for w in norm[:m.end()].split()[1:4] if not w.startswith("nabo")):
        return False  # "min økonomi er i knæ": a worry
    found = {k for k, m in hits(norm).items() if not (k == "parking" and m.group(0).startswith("nabo"))}
    return not found & {"parking", "sustain", "desire", "need", "goal_progress", "taking_steps", "ability",
                        "commitment", "activation", "quit_habit", "restart"} and safety_hit(norm) is None


# -- Fresh 31 (December 2026): joy in the status quo, fronted limitations, abilities got back, things in a room ------
# Joy or content in a status quo life ("mit sofaliv er det bedste 😎", "jeg er en sofakartoffel og det er jeg glad
# for", "jeg elsker at ligge på sofaen hele dagen haha", "sofaen og mig er bedste venner") is sustain/desire, sheet
# null, however jokingly it is said (guide, "jeg nyder at se tv hele aftenen"; "jeg er fint tilfreds med mit liv på
# sofaen"). A negation, a wish, "træt af" or "men" leaves it to the rest ("jeg gider ikke ligge på sofaen mere").
_IDLE_LIFE = (r"(sofaliv\w*|sofaen og mig|mig og sofaen|sofakartoffel|sofakartofler|sofagris|dovenlars|natteravn|b menneske|dovne liv|dovneliv|dovenskab|gamerliv|gamer liv|liv som gamer"
              r"|liv foran skærmen|netflixliv|netflix liv|liv på sofaen|liv i sofaen|hjemmeliv|stille liv|rolige liv)")
_JOY_IN = (r"(elsker|nyder|er (så |rigtig |meget |helt )?glad for|er (jeg|hun|han) (så |rigtig |meget |helt )?glad for|er (\w+ )?tilfreds med|er (bare |jo |altså |simpelthen |virkelig |sgu )?(det |den )?(bedste|perfekt|skønt|dejligt"
           r"|fedt|nice|top|helt fint|fint|fint nok|godt nok|vildt godt|det hele)|bedste venner|det er livet|er livet|kører bare"
           r"|passer mig (fint|godt|perfekt))")
# "elsker at / nyder at" is the sofa life only with doing nothing on a sofa, a bed or a screen, rest with no place, or
# sleep until noon or all day; lying in the garden, sleeping all night or sitting with one's grandchildren is a joy
_IDLE_TIME = (r"(hele (dagen|dage|aftenen|aftener|natten|tiden|weekenden)|dagen lang|til langt ud på|til middag|hver (dag|aften"
              r"|nat)|om natten)")
_IDLE_DOING = (r"((ligge|sidde|hænge|dase|slappe af|flade ud|chille)( og \w+( af)?)? (\w+ )?(på|i|foran|under) (sofaen|sofa|sengen"
               r"|seng|dynen|tv'et|tv|fjernsynet|skærmen|computeren|pc'en)|((ligge|sidde|hænge|dase) og )?(se (tv"
               r"|fjernsyn|netflix|serier)|game|gamle|spille (computer|playstation|xbox|spil)))")
_IDLE_REST = r"(ligge|hænge|dase|slappe af|flade ud|chille|lave ingenting|ikke lave noget)"
_IDLE_SLEEP = r"sove (\w+ ){0,2}?(til middag|hele dagen|til langt ud på (dagen|formiddagen|eftermiddagen))"
_STATUS_QUO_JOY = re.compile(
    rf"\b{_IDLE_LIFE}\b.*\b{_JOY_IN}\b|\b{_JOY_IN}\b.*\b{_IDLE_LIFE}\b"
    rf"|\b(elsker|nyder) at ({_IDLE_DOING} (\w+ ){{0,3}}?{_IDLE_TIME}|{_IDLE_REST} {_IDLE_TIME}|{_IDLE_SLEEP})\b"
    r"|\b(glad|glade|lykkelig|lykkelige|stolt|stolte|tilfreds|tilfredse) (\w+ )?sofakartof\w*"
    r"|\b(netflix|tv|fjernsyn|serier|chips|slik|playstation|xbox|pc'en|computeren|gaming|game) (\w+ ){0,5}?det er livet\b"
    r"|\bglad for (mit|sit) liv (som det er|som det ser ud|lige nu|sådan som)\b")
_STATUS_QUO_JOY_BLOCK = re.compile(r"\b(ikke|ik|ikk|aldrig|ingen|mere|længere|gerne|ønsker|ønske|håber|drømmer|træt af|led af"
                                   r"|lede ved|men|but|skal|vil|ville|burde|bør|savner|før|tidligere|efter|hvis|når|dø\w*)\b")


# time with a person is no sofa life ("jeg elsker at sidde med mine børnebørn hele dagen")
_WITH_PERSON = re.compile(rf"\bmed ((min|mit|mine|hans|hendes|sin|sit|sine|vores|deres|de|nogle|en|et|to|tre|alle) )?(\w+ )?"
                          rf"({_KIN}(ne|erne|en|et)?|kone|konen|mand|manden|børn|børnene|barn|barnet|unger|ungerne|drengene|pigerne|naboen"
                          rf"|naboerne|familien|vennerne|kæresten|gutterne|folk|andre)\b")


def status_quo_joy(norm: str) -> bool:
    return _STATUS_QUO_JOY.search(norm) is not None and _STATUS_QUO_JOY_BLOCK.search(norm) is None \
        and _WITH_PERSON.search(norm) is None and safety_hit(norm) is None


# An activity put first, then "kan jeg ikke (mere)" ("cykle kan jeg ikke mere", "bussen kan jeg ikke tage alene",
# "trapperne kan hun ikke klare længere") is a limitation = sustain/ability, sheet null, as "jeg kan ikke cykle mere"
# (guide, "Limitations"). A time or a clause word in front ("i dag kan jeg ikke", "hvis …"), "det"/"der", a symptom
# ("sove kan jeg ikke") or a "men"/"fordi" after it leaves it to the rest.
_FRONTED_CANNOT = re.compile(
    r"^(og |altså |nej |nå )?(?!(jeg|æ|det|dét|der|den|de|du|han|hun|vi|man|nu|så|hvis|når|men|og|i|hvad|hvorfor|hvordan|hvornår"
    r"|desværre|heller|sådan|her|så|lige|ellers|derfor|altså|nej)\b)(\w+ ){1,4}?(kan|ka|magter|klarer) (jeg|æ|hun|han) (ikke|ik|ikk"
    r"|aldrig)\b(?!.*\b(men|fordi|hvis|når|selvom|but)\b)")
_FRONTED_BLOCK = re.compile(r"^(og |altså |nej |nå )?(sove|søvn|falde|lide|li|spise|leve|dø|være|få|have|på|om|til|efter|før"
                            r"|for|dagen|den|dem|ham|hende)\b")
# a like, a memory or an understanding put first ("pizza kan jeg ikke lide", "hans navn kan jeg ikke huske", "mælk kan
# jeg ikke tåle") is no lost ability
_FRONTED_TASTE = re.compile(r"\b(kan|ka|magter|klarer) (jeg|æ|hun|han) (ikke|ik|ikk|aldrig) ((rigtig|rigtigt|så|helt|lige|godt|særlig|særligt|vildt|sådan|ret|mere"
                            r"|længere) ){0,2}(lide|li|fordrage|udstå"
                            r"|huske|husk|forstå|fatte|begribe|tåle)\b")


def fronted_cannot(norm: str) -> bool:
    return _FRONTED_CANNOT.search(norm) is not None and _FRONTED_BLOCK.search(norm) is None \
        and _FRONTED_TASTE.search(norm) is None and safety_hit(norm) is None


# An ability got back told without "nu" ("jeg kan godt gå på trapper igen", "han kan selv barbere sig igen", "hun er
# i stand til at gå i bad selv igen") = change/ability + resource (guide, "Fresh 27": with "nu … igen" it is a step).
_REGAINED_PLAIN = re.compile(r"^(og |ja |jo )?(jeg|æ|hun|han) (kan|ka|magter|klarer|formår at|er i stand til at|er (\w+ )?i"
                             r" stand til at) (\w+ ){0,7}?igen\b")
_REGAINED_BLOCK = re.compile(r"\b(nu|ikke|ik|ikk|aldrig|hvis|når|vil|ville|gerne|håber|måske|nok|snart|først|forhåbentlig|om"
                             r" (en|to|tre|fire|\d+) (uge|uger|måned|måneder|dage)|men|selvom|but)\b")


# noticing, liking or a risk is no ability got back ("jeg kan mærke trangen igen", "jeg kan se at det går galt igen",
# "jeg kan godt lide at cykle igen", "han kan godt finde på at ryge igen"), nor is a clause after "at"
_REGAINED_SENSE = re.compile(r"\b(kan|ka|magter|klarer) ((godt|sagtens|tydeligt|tydelig|jo|altså|da|bare|faktisk|også|stadig"
                             r"|selv|nok|sgu|virkelig) ){0,2}(mærke|mærk|se(?! (tv|fjernsyn|film|serier|fodbold|netflix)\b)"
                             r"|høre(?! (musik|radio)\b)|hør|lugte|føle|fornemme|smage|huske|husk|lide|li|finde på"
                             r"|tænke (mig|sig|ham|hende)|risikere)\b")
_REGAINED_CLAUSE = re.compile(r"\bat (jeg|æ|du|han|hun|det|den|der|de|vi|man|min|mit|mine|hans|hendes|vores|deres|sin|sit|sine"
                              r"|alt|alting|noget|nogen|ingen|\w+(en|et|ene|erne) \w+er)\b")


def regained_plain(norm: str) -> bool:
    return _REGAINED_PLAIN.search(norm) is not None and _REGAINED_BLOCK.search(norm) is None \
        and _REGAINED_SENSE.search(norm) is None and _REGAINED_CLAUSE.search(norm) is None and safety_hit(norm) is None


# One's own thing told where it stands ("min cykel står i kælderen", "mine piller ligger i køkkenskabet", "hans pc
# står inde på hans værelse") takes the theme of the thing, not of the room (guide, "Fresh 31 conventions").
_THING_PLACE = re.compile(r"^(og |så |altså |ja |nå |btw )?(min|mit|mine|hans|hendes|sin|sit|sine) (\w+) ((står|ligger|hænger)"
                          r" (\w+ ){0,2}?|er (ude |inde |nede |oppe )?)(i|på|ved|oppe|nede|inde|ude)\b")


_HAVE_THING_PLACE = re.compile(r"^(og |så |altså |ja |nå |btw )?(jeg|æ|hun|han) har (min|mit|mine|sin|sit|sine|hans|hendes|en|et)"
                               r" (\w+ )?(\w+) (stående |liggende |hængende )?(\w+ ){0,1}?(i|på) (min|mit|mine|sin|sit|hans|hendes"
                               r"|vores|\w+et|\w+en|\w+rne)\b")
ROOMS = (r"(stue\w*|køkken\w*|soveværelse\w*|værelse\w*|badeværelse\w*|kælder\w*|gang|gangen|entre\w*|bryggers\w*"
         r"|opgang\w*|skur\w*|garage\w*|altan\w*|loft\w*|have|haven|skab\w*|\w+skab\w*|kontor\w*|carport\w*)")
_THING_PLACE_BLOCK = re.compile(r"\b(ikke|ik|ikk|aldrig|men|fordi|selvom|stadig|igen|ødelagt|i stykker|punkteret|rodet|beskidt"
                                r"|væk|vil|ville|gerne|kan|kunne|skal|skulle|brug|mangler|savner|nu|fået|fik|købt|lige|vand|skimmel"
                                r"|fugt|oversvømmet|rotter|mus|lugter|stinker|larm\w*|faldet|falder|syg|død)\b")
# people and pets are no things ("min kone er i køkkenet", "jeg har en god kammerat i min opgang")
_NOT_A_THING = re.compile(rf"^({_KIN}|kone|mand|kæreste|ven|venner|veninde\w*|kammerat\w*|nabo\w*|hund\w*|kat|katten|katte"
                          rf"|kanin\w*|fugl\w*|hamster\w*|bostøtte\w*|kontaktperson\w*|pædagog\w*|søn|datter|barn|børn)$")


def thing_in_place(norm: str) -> str | None:
    """The thing's word when the line tells where one's own thing is ("min cykel står i kælderen", "jeg har min
    computer i soveværelset"), else None; a worry or a change in it ("… og den er punkteret") leaves it."""
    if _THING_PLACE_BLOCK.search(norm) is not None or not re.search(rf"\b{ROOMS}\b", norm):
        return None
    m = _THING_PLACE.search(norm)
    thing = m.group(3) if m is not None else None
    if thing is None and (m := _HAVE_THING_PLACE.search(norm)) is not None:
        thing = m.group(5)
    if thing is None or _NOT_A_THING.match(thing) or re.fullmatch(ROOMS, thing):
        return None
    return thing


# Content with the status quo after "men", against a wish ("det kunne være rart med en kæreste, men jeg er glad for at
# være single", "det ville være godt at flytte, men jeg er glad for min lejlighed") = sustain/desire, sheet null
# (guide, Ambivalence: "a wish followed by 'men …' and … a status-quo conclusion").
CONTENT_AFTER_MEN = re.compile(r"^\s*(men|but) (jeg|æ|hun|han) (er|har (altid )?været) (\w+ )?(glad|tilfreds|godt tilfreds|fint"
                               r" tilfreds) (for|med) (min|mit|mine|sin|sit|sine|at være|at bo|det jeg har|det som det er"
                               r"|tingene som)\b(?!.*\b(men|ikke|ik|aldrig)\b)|^\s*(men|but) (jeg|æ|hun|han) (elsker|nyder"
                               r"|kan godt lide|kan lide) (min|mit|mine|sin|sit|sine|at bo)\b(?!.*\b(men|ikke|ik|aldrig)\b)",
                               re.IGNORECASE)


# "Jeg er begyndt at / er startet på X" with a change or a good activity as X ("jeg er begyndt at bruge rollator når
# jeg går ud", "han er startet på et madlavningshold") = change/taking_steps (guide, probe 5 reminders); a habit from
# HABITS is relapse, and a negation, a wish or "men" leaves it to the rest.
_BEGUN = re.compile(rf"^(og |så |nu |jamen |ja )?(jeg|æ|hun|han) (er|har) (lige |også |nu |faktisk |endelig |så )?(begyndt|startet"
                    rf"|kommet i gang) (at |på |til |med |med at |i )(?!(\w+ )?{SOFT_DRINK}(ryge|drikke|game|pjække|spille (om|hele)"
                    rf" natten|spille på automat\w*|{HABITS})\b)(?!(\w+ ){{0,3}}(at )?(ryge|drikke|ryger|drikker|gamble|game|spille"
                    rf" (om|hele) natten|skære|snitte|kaste op|slå|sulte)\b)")
_BEGUN_BLOCK = re.compile(r"\b(ikke|ik|ikk|aldrig|men|but|hvis|vil|ville|gerne|håber|skal|igen|kunne|medicin\w*|piller"
                          r"|antidepressiv\w*|behandling|mere og mere|for meget|dårligere"
                          r"|glemme|græde|ryste|bekymre|tænke på|at blive|at få ondt|at have ondt|at miste|at falde)\b")


def begun_change(norm: str) -> bool:
    return _BEGUN.search(norm) is not None and _BEGUN_BLOCK.search(norm) is None and safety_hit(norm) is None


# A hospital stay told ("jeg har været indlagt i tre uger", "han var på sygehuset i sidste uge") is an event of an
# illness, no step of one's own (guide, "Long messages": "har været på sygehuset to gange" is no taking_steps) =
# neutral, sheet null, sundhed.
_HOSPITAL_STAY = re.compile(r"^(og |så |altså |ja )?(jeg|æ|hun|han|vi) (har været|var|blev|er blevet|har ligget|lå|har også været"
                            r"|var også) (\w+ ){0,2}?(indlagt|på (sygehuset|hospitalet|psykiatrisk\w*|psykiatrien|skadestuen"
                            r"|intensiv\w*|akutmodtagelsen|hospice))\b")
_HOSPITAL_BLOCK = re.compile(r"\b(selv|alene|turde|men|vil|gerne|skal|nu|endelig|udskrevet|hjem|hjælp\w*|godt|bedre)\b")


def hospital_stay(norm: str) -> bool:
    return _HOSPITAL_STAY.search(norm) is not None and _HOSPITAL_BLOCK.search(norm) is None and safety_hit(norm) is None


# -- Fresh 32 (December 2026): senses got back, intolerances, self-labels, stopping a good activity -----------------
# A sense or a feeling in the body got back ("jeg kan mærke mine fødder igen", "kan smage maden igen", "han kan lugte
# kaffen igen", "jeg kan huske navnene igen") is an ability got back = change/ability + resource (with "nu": a step,
# see REGAINED); noticing a craving or a clause ("jeg kan mærke trangen igen", "… at det går galt igen") is not this.
_BODY = (r"(venstre |højre |min |mit |mine |sin |sit |sine |hans |hendes |begge |de |den |det )*(hånd\w*|hænder\w*|fod|foden"
         r"|fødder\w*|ben|benet|benene|arm|armen|arme|armene|finger|fingeren|fingre\w*|tå|tåen|tæer\w*|ansigt\w*|mund\w*|læbe\w*"
         r"|tunge\w*|krop\w*|side|siden|knæ\w*|skulder\w*|kind\w*|blære\w*|hud\w*|ryg\w*|nakke\w*|hofte\w*|lår\w*|mave\w*)")
_SENSE_BACK = re.compile(
    rf"^(og |ja |jo |nu )?(((jeg|æ|hun|han) )?(kan|ka|kunne)|(kan|ka) (jeg|æ|hun|han)) (nu |godt |faktisk |endelig |også |lidt )*"
    rf"(?P<verb>(mærke|mærk|føle|føl) ((\w+ ){{0,3}}?(i|på) )?{_BODY} |mærke når (jeg|hun|han) (skal (tisse|på toilet\w*|på wc)|er (sulten|tørstig|mæt)) "
    r"|(smage|smag|lugte|lugt|dufte) (\w+ ){0,3}?|(se|høre) (\w+ ){0,4}?|huske (\w+ ){1,4}?)igen\b")
_SENSE_BACK_BLOCK = re.compile(r"\b(ikke|ik|ikk|aldrig|at|hvis|når jeg (går|har|bliver)|men|vil|gerne|trang\w*|lyst\w*|smerte\w*"
                               r"|ondt|angst\w*|uro\w*|stress\w*|det|dem|ham|hende)\b")

# seeing or hearing people again is meeting them, not a sense got back ("jeg kan se min datter igen", "kan høre dig igen")
_MEET_AGAIN = re.compile(r"(se|høre) (\w+ )*?(min|mit|mine|sin|sit|sine|hans|hendes|vores|deres|dig|jer|os|familie\w*|venner\w*"
                         r"|børn\w*|børnebørn\w*|veninde\w*|kæreste\w*)\b")


def sense_back(norm: str) -> str | None:
    """"now" (a step, with "nu") or "plain" (an ability) for a sense got back, else None."""
    m = _SENSE_BACK.search(norm)
    if (m is None or _SENSE_BACK_BLOCK.search(norm[m.start('verb'):]) is not None or _MEET_AGAIN.match(m.group('verb'))
            or safety_hit(norm) is not None):
        return None
    return "now" if re.search(r"\bnu\b", norm) else "plain"


# Feeling it in the body after something ("jeg kan mærke det i ryggen når jeg har støvsuget", "hun kan mærke
# smerterne i knæet") is a symptom told = neutral + parking, sundhed (guide, "Limitations, fears and symptoms").
_SENSE_SYMPTOM = re.compile(rf"\b(kan|ka|kunne) (godt |tydeligt |virkelig |altid |stadig |også )*(mærke|føle) (?P<what>det |den |dem "
                            rf"|smerte\w* |ondt |trykket |stikkene |stress |uro |angst\w* |spænding\w* |træthed\w* |\w+smerter "
                            rf"|prikken |snurren |kramper |hovedpine )(i|på) (\w+ )?{_BODY}")


def sense_symptom(norm: str) -> bool:
    m = _SENSE_SYMPTOM.search(norm)
    if m is None or re.search(r"\b(men|vil|gerne)\b", norm) or safety_hit(norm) is not None:
        return False
    # "jeg kan mærke det i benene igen" may be a feeling got back: only a named symptom recurs
    return not (m.group("what").strip() in ("det", "den", "dem") and re.search(r"\bigen\b", norm))


# A food, drink or substance one cannot tolerate ("mælk kan jeg ikke tåle", "jeg tåler ikke gluten", "han er allergisk
# over for nødder", "kan ikke drikke mælk, får ondt i maven") is a fact about the body = neutral, sundhed, sheet null:
# no activity is given up. Noise and light one cannot stand stay the corpus's sustain/ability.
_FOODS = (r"(mælk\w*|\w+mælk|laktose\w*|gluten\w*|hvede\w*|nødder|nød|jordnødder|peanuts|æg|æggene|fisk|skaldyr|rejer|sukker"
          r"|kaffe|alkohol|øl|vin|medicin\w*|penicillin|piller|tabletter|tomat\w*|jordbær|krydret \w+|stærk mad|løg|hvidløg|soja"
          r"|mejeri\w*|ost|fløde|yoghurt|brød|rugbrød|pasta|frugt|æbler|kiwi|citrus\w*|chokolade|svinekød|kød|mad med \w+"
          r"|pollen|katte|hunde|parfume|plaster|uld|milk|lactose|dairy|nuts|eggs|wheat|(fed|fedtet|stærk|krydret|tung|sød) mad)")
_INTOLERANT = re.compile(
    rf"\b(kan|ka|kunne) (jeg |æ |hun |han )?(ikke|ik|ikk|ett|it) (rigtig |så godt |længere |mere )?(tåle|taale|tåler|drikke|spise"
    rf"|få) (\w+ ){{0,2}}?{_FOODS}\b(?! (og|men))"
    rf"|\b{_FOODS} (kan|ka|tåler) (jeg|æ|hun|han|min mave|hans mave|hendes mave) (ikke|ik|ikk|ett|it)( tåle| taale)?\b"
    rf"|\b(tåler|taaler) (\w+ )?(ikke|ik|ikk) (\w+ ){{0,2}}?{_FOODS}\b"
    rf"|\b(allergisk|allergiker|intolerant|overfølsom) (over for |overfor |mod |for )?(\w+ )?{_FOODS}?\b|\bcøliaki\b"
    rf"|\b(allergic to|intolerant to|cant have|can't have|cant eat|can't eat|cant drink|can't drink) {_FOODS}\b")
_INTOLERANT_BLOCK = re.compile(r"\b(vil|gerne|lære|prøve|selv|lide|li|mere end|flere|hjælp|men|but|lave|købe|handle|lyst)\b")


def intolerance(norm: str) -> bool:
    return _INTOLERANT.search(norm) is not None and _INTOLERANT_BLOCK.search(norm) is None and safety_hit(norm) is None


# A self-label ("jeg er en sofakartoffel", "jeg er et b-menneske", "hun er en rigtig natteravn") is a fact told =
# neutral; "er blevet en sofakartoffel" is a decline (parking), never goal progress. Labels of the day/night rhythm
# and of an idle life take sundhed (guide, "Mornings"; Fresh 31: the sofa life is sundhed), a loner's relationer.
_LABEL_RHYTHM = (r"(a menneske|b menneske|morgenmenneske|aftenmenneske|natmenneske|natteravn|syvsover|sovetryne|morgenfrisk\w*"
                 r"|sofakartoffel|sofakartofler|sofagris|dovenlars|dovendyr|dovenkrop|slapsvans|sløvsoldat|couch potato|night owl)")
_LABEL_LONER = r"(eneboer|enspænder|einspænder|hjemmefødning|ensom ulv|loner)"
_LABEL_DOWN = r"(sofakartoffel|sofakartofler|sofagris|dovenlars|dovendyr|dovenkrop|slapsvans|sløvsoldat|couch potato|eneboer|hjemmefødning)"
_SELF_LABEL = re.compile(r"^(og |så |altså |haha |hehe |ja |nej |men |desværre |nok )?(jeg|æ|hun|han|i|he|she|(min|vores|my|our)"
                         r" (søn|datter|dreng|pige|mand|kone|bror|søster|far|mor|son|daughter)) (er|is|am|'m|was|became|got|har været|var|har altid"
                         r" været|er (\w+ )?blevet|has become|have become) (jo |bare |nok |lidt |altså |vist |desværre |nu |også )*"
                         r"(en|et|a|an) (rigtig |rigtigt |stor |kæmpe |total |totalt |lille |sand |ægte |sådan en |slags |big |real |total )*"
                         r"(?P<label>a menneske|b menneske|couch potato|night owl|\w+)( (nu|efterhånden|for tiden|haha|hehe|now"
                         r"|lately))?( (efter|siden|fordi|da|pga|på grund af|after|since|hele|i hele|i lang tid|all|for) .*)?$")


def self_label(norm: str) -> tuple[str, bool] | None:
    """(the label, told as a decline or a past state: "er blevet …", "har været … hele vinteren", "became …") for a
    self-label, else None."""
    m = _SELF_LABEL.search(norm)
    if m is None or safety_hit(norm) is not None:
        return None
    return m.group("label"), re.search(r"\b(blevet|become|became|got|har været|var|was)\b", norm) is not None


def label_theme(label: str) -> str | None:
    if re.fullmatch(_LABEL_RHYTHM, label):
        return "sundhed"
    if re.fullmatch(_LABEL_LONER, label):
        return "relationer"
    return None


# a label that names a strength ("jeg er et ordensmenneske", "hun er en fighter") is a resource
_LABEL_GOOD = (r"(ordensmenneske|familiemenneske|naturmenneske|friluftsmenneske|dyremenneske|hjælpsomt menneske|\w*ekspert"
               r"|optimist|fighter|kæmper|arbejdshest|slider|ildsjæl|dyreven|bogorm|hjælper|kreativ \w+|god ven|god lytter)")


def label_good(label: str) -> bool:
    return re.fullmatch(_LABEL_GOOD, label) is not None


def label_down(label: str) -> bool:
    return re.fullmatch(_LABEL_DOWN, label) is not None


# Stopping a good activity, as a wish or a decision ("jeg vil stoppe på aftenskolen", "han vil melde sig ud af
# holdet", "jeg har besluttet at stoppe i praktikken") is sustain talk (guide: "jeg stoppede til fodbold" stays
# sustain); a habit from HABITS or a status quo ("stoppe med at sidde derhjemme") is a change, left to the rest.
_GOOD_ACTIVITY = (r"(\w*skole\w*|vuc|hf|stu|fgu|kursus\w*|kurset|uddannelse\w*|praktik\w*|job\w*|arbejde\w*|værksted\w*|klub\w*"
                  r"|hold|holdet|træning\w*|fodbold\w*|håndbold\w*|svømning\w*|gymnastik\w*|fitness\w*|kor\w*|genoptræning\w*"
                  r"|fysioterapi\w*|psykolog\w*|samtale\w*|dagcent\w*|dagtilbud\w*|aktivitetscent\w*|foreningen|forening"
                  r"|værested\w*|spejder\w*|banko\w*|cafeen|caféen|ungdomsklub\w*)")
_QUIT_ACTIVITY = re.compile(
    rf"^(og |så |altså |ja |men |nu )?(jeg|æ|hun|han) ((vil|skal) (gerne |bare |helst |nok )?|har (besluttet|bestemt|tænkt \w+) at"
    rf" |tænker på at |overvejer at )(stoppe|holde op|melde (mig|sig) ud|droppe ud|sige op|kvitte) (på|i|til|af|fra|med|ud af)?"
    rf" ?(at (gå|komme|tage) (ned |hen |op |over )?(på|til|i) )?(\w+ )?{_GOOD_ACTIVITY}\b")
_QUIT_ACTIVITY_BLOCK = re.compile(rf"\b(ikke|ik|ikk|aldrig|men|fordi|hvis|{HABITS})\b")


def quit_activity(norm: str) -> bool:
    return _QUIT_ACTIVITY.search(norm) is not None and _QUIT_ACTIVITY_BLOCK.search(norm) is None and safety_hit(norm) is None


# A fragment about a tired head after a brain injury ("hjerne træt", "hoved træt. sove", "træt i hovedet") is the
# fatigue symptom of Fresh 30 = neutral + parking, sundhed, when nothing in it wishes or does.
_TIRED_HEAD = re.compile(r"\b((hjerne|hjernen|hoved|hovedet|hode|hovede) (er )?(så |meget |helt |pisse|total )?(træt|tung|fyldt|fuld)"
                         r"|træt i (hovedet|hjernen|hoved|hjerne))\b")


# An English step told in the past ("i signed up for swimming", "she enrolled in a course") = change/taking_steps.
_EN_SIGNED_UP = re.compile(r"^(and |so |yeah |ok )?(i|he|she|we) (finally |just |also )?(signed up|enrolled|registered|applied)"
                           r" (for|in|at|to|on)\b(?!.*\b(not|never|didnt|didn't|but)\b)")


def english_signed_up(norm: str) -> bool:
    return _EN_SIGNED_UP.search(norm) is not None


# Evening school with a school subject or an exam ("aftenskole i engelsk", "jeg lærer matematik på aftenskolen") is
# education = beskaeftigelse (guide, Courses: the theme of what is learned); "aftenskole" alone or with a hobby
# (pottery, sewing) stays leisure, samfundsliv, as the lexicon has it.
_EVENING_SCHOOL = re.compile(r"\b(aftenskole\w*|aftenhold\w*|aftenundervisning\w*|evening (class|classes|school))\b")
_SCHOOL_SUBJECT = re.compile(r"\b(dansk|engelsk|tysk|fransk|spansk|italiensk|arabisk|matematik|matte|regning|stavning|læsning"
                             r"|fysik|kemi|historie|samfundsfag|\d+ klasse\w*|klasses|eksamen|prøve|prøven|english|maths|math)\b")


def school_subject_course(norm: str) -> bool:
    return _EVENING_SCHOOL.search(norm) is not None and _SCHOOL_SUBJECT.search(norm) is not None


# English content with the status quo ("im fine just staying home", "i'm happy with my life as it is") is sustain/desire
# like "jeg har det fint som det er" (SUSTAIN_DESIRE); a wish, "but" or a negation leaves it to the rest.
_EN_CONTENT = re.compile("|".join(reversed(_SUSTAIN_DESIRE_EN)))
_EN_CONTENT_BLOCK = re.compile(r"\b(but|not|never|dont|don't|want|wish|would|hope|more|tired|bored)\b")


def english_content(norm: str) -> bool:
    return _EN_CONTENT.search(norm) is not None and _EN_CONTENT_BLOCK.search(norm) is None


def tired_head(norm: str) -> bool:
    return _TIRED_HEAD.search(norm) is not None and len(norm.split()) <= 8 and safety_hit(norm) is None


# -- Fresh 33 (December 2026): things one cannot get, sensitivities, refusals of something new, wish frames ---------
# Not getting a thing that others give, grant or have ("jeg kan ikke få en tid hos tandlægen", "vi kan ikke få en
# plads til ham", "kan ikke få fat i min sagsbehandler", "jeg kan ikke få min medicin før mandag", "i cant get an
# appointment") is a practical problem told = neutral + parking (guide, "Fresh 33 conventions"): no activity of one's
# own is given up (no sustain/ability), and medicine one cannot get is no intolerance. Doing a thing oneself with "få"
# ("jeg kan ikke få strømperne på", "få låget af", "få mig selv til at …") is not matched and stays sustain/ability.
# medicine and treatment one gets from others (also the care things of `cannot_get_care`)
_MEDICINE = (r"\w*medicin\w*|\w*piller|pillerne|\w*spray|\w*sprayen|inhalator\w*|\w*plaster|\w*salve|\w*dråber|tabletter\w*"
             r"|insulin\w*|recept\w*|sovepiller\w*|behandling\w*")
_GETTABLE = (r"(hjælp\w*|støtte(?!strømp)\w*|hjemmehjælp\w*|hjemmepleje\w*|bostøtte\w*|rengøring\w*|aflastning\w*|kontaktperson\w*|tid|tiden"
             r"|tider|aftale\w*|samtale\w*|møde\w*|svar|fat i|kontakt|lov|adgang|besked|plads\w*|sted|bolig\w*|lejlighed\w*"
             r"|værelse\w*|job\w*|arbejde|praktik\w*|læreplads\w*|uddannelse\w*|penge|pension\w*|kontanthjælp\w*|ydelse\w*"
             r"|tilskud\w*|bevilling\w*|hjælpemid\w*|rollator\w*|kørestol\w*|handicapbil\w*|flextrafik\w*|" + _MEDICINE +
             r"|diagnose\w*|psykolog\w*|psykiater\w*|læge\w*"
             r"|tandlæge\w*|fysioterapi\w*|genoptræning\w*|søvn|ro|fred|hvile)")
_GET_DET = (r"(en|et|min|mit|mine|sin|sit|sine|hans|hendes|vores|deres|nogen|noget|nok|mere|flere|ny|nyt|nye|ordentlig|ordentligt"
            r"|fast|faste|egen|eget|god|godt|gode|den|det|de|anden|andet|andre|ekstra)")
_CANNOT_GET = re.compile(
    rf"^(og |så |altså |men |nej |ja |nå |desværre |jo |bare |øv |stadig )*((jeg|hun|han|vi|de|man) )?(kan|kunne) (jeg |hun |han |vi )?"
    rf"(stadig |bare |altså |jo |simpelthen |slet |endnu |heller )*(ikke|aldrig) (rigtig |længere |mere |endnu |selv )?få "
    rf"(((bevilget|bevilliget|godkendt|tildelt|udleveret|udskrevet|fornyet|leveret) )?({_GET_DET} ){{0,3}}{_GETTABLE}\b(?! (op|ned|ind|ud|sammen|igennem|gennem|over|hen|rundt|åbnet|lukket|bundet)\b)"
    rf"|(\w+ ){{1,2}}til at (slå til|række|hænge sammen|svare|ringe tilbage|ringe|hjælpe|lytte|forstå|komme)\b)"
    rf"|^(and |so |but )?(i|he|she|we) (cant|can't|cannot|couldnt|couldn't) get (a |an |any |my |his |her |our |the |enough "
    rf"|some |new )*(appointment|help|support|job|flat|apartment|place|meds|medicine|medication|pills|prescription|sleep"
    rf"|answer|hold of|permission|treatment)")
_CANNOT_GET_BLOCK = re.compile(r"\b(vil|ville|gerne|ønsker|håber|drømmer|lyst|men|but|want|wish|selv til)\b")
_CARE_THING = re.compile(r"\b(" + _MEDICINE + r"|psykolog\w*|psykiater\w*|søvn|ro|hvile|meds|medicine|medication|pills|prescription"
                         r"|sleep|treatment)\b")


def cannot_get(norm: str) -> bool:
    m = _CANNOT_GET.search(norm)
    if m is None or re.search(r"\b(mig|sig|os) (selv )?til at\b", m.group()):  # "få mig selv til at ringe" is one's own doing
        spot = _SPOT.search(norm)
        return spot is not None and _CANNOT_GET_BLOCK.search(norm[spot.end():]) is None and safety_hit(norm) is None
    return _CANNOT_GET_BLOCK.search(norm[m.end():]) is None and not later_direction(norm, m.end()) and safety_hit(norm) is None


_LATER_CHANGE = ("desire", "need", "commitment", "activation", "taking_steps")


def later_direction(norm: str, start: int) -> bool:
    """A change cue after `start` ("jeg kan ikke tåle støjen i byen, så jeg kunne godt tænke mig at flytte", "…. nu har
    jeg skrevet mig op"): the later clause carries the message, so a problem told before it does not decide it."""
    if re.search(r"\b(drømmer|drømt|håber|ønsker)\b", norm[start:]):
        return True
    return any(label in _LATER_CHANGE and m.start() >= start for label, m in hits(norm).items())


# "kan ikke få øje på" (cannot spot: "… mine briller", "… nogen løsning") is no activity given up: a problem told
_SPOT = re.compile(r"^(og |så |men |altså |nej |ja |nå |jo |bare )*((jeg|hun|han|vi|man) )?(kan|kunne) (jeg |hun |han |vi )?"
                   r"(stadig |bare |altså |jo |slet |heller )*(ikke|ik|ikk|ett|it|aldrig) (rigtig |længere |mere |endnu )?få øje på\b")


def cannot_get_care(norm: str) -> bool:
    """The thing not got is medicine, treatment, sleep or rest (sundhed, guide "Health care")."""
    return _CARE_THING.search(norm) is not None


# A sensitivity: noise, light, smells, heat, cold, touch, stress, crowds or people shouting that one cannot stand
# ("jeg kan ikke tåle larm", "hun tåler ikke skarpt lys", "kan ikke holde ud at være i støj", "jeg kan ikke tåle når
# folk råber", "i cant stand loud music") is told, not given up = neutral + parking, theme sundhed (a symptom of the
# senses, guide "Symptoms take sundhed"), kommunikation for the way people talk, samfundsliv for neighbour noise,
# egenomsorg for clothes. A food or substance stays the Fresh 32 intolerance (sheet null); standing or walking for
# long ("jeg tåler ikke at stå op længe") stays sustain/ability.
_SENSED = (r"(larm\w*|lyd|lyde|lyden|lydene|støj\w*|musik\w*|radio\w*|lys|lyset|lysene|sollys\w*|solen|lysstofrør\w*|blink\w*"
           r"|skærm\w*|varme|varmen|hede|heden|kulde|kulden|træk|trækket|lugt\w*|duft\w*|osen|røg|røgen|berøring\w*|kram"
           r"|stress|pres|presset|travlhed|uro|uroen|rod|rodet|kaos|forandring\w*|ændring\w*|mennesker|menneskemængde\w*"
           r"|forsamling\w*|trængsel|køer|ventetid|skrig\w*|råb\w*|skænderi\w*|kritik|tøj|tøjet|sokker|mærker|mærkerne"
           r"|snak|snakken|snakkeri\w*|pladder\w*|brok|brokken|brokkeri\w*)")
_SENSED_CLAUSE = (r"((når|naar|hvis) (?!(jeg|æ)\b)\w+|at (der|folk|nogen|man|de|andre|alle|personalet|naboen|naboerne|børnene|hun|han|min \w+|mine \w+)\b"
                  r"|at (blive|bliver) (rørt|krammet|afbrudt|råbt|kritiseret|forstyrret|stresset)\b|at vente\b|at (være|sidde|opholde \w+) (i|ved|"
                  r"blandt|sammen med) (\w+ ){0,2}?{_SENSED}\b|at (høre|se|se på|mærke|lugte|have) (\w+ ){0,2}?{_SENSED}\b)").replace("{_SENSED}", _SENSED)
_STAND = r"(tåle|taale|holde ud|stå for|klare|klar|magte)"  # "kan ikke klare larmen" (fresh 34)
_SENSITIVE = re.compile(
    rf"\b(kan|kunne) (jeg |hun |han )?(ikke|ik|ikk|ett|it|aldrig) (rigtig |længere |mere |så godt |godt |overhovedet |slet )?{_STAND}"
    rf" (((?!at\b)\w+ ){{0,3}}?{_SENSED}\b|{_SENSED_CLAUSE})"
    rf"|\b(tåler|taaler) (jeg |hun |han )?(ikke|ik|ikk|aldrig) (rigtig |længere |så godt |godt |overhovedet )?(((?!at\b)\w+ ){{0,3}}?{_SENSED}\b"
    rf"|{_SENSED_CLAUSE})"
    rf"|^(\w+ ){{0,2}}?{_SENSED}( \w+){{0,3}}? (kan|tåler) (jeg|hun|han) (ikke|ik|ikk|ett|it)( tåle| holde ud)?\b"
    rf"|\b(cant|can't|cannot|couldnt|couldn't) (stand|handle|take|bear|tolerate) (the )?(loud |bright |strong |sharp |many |big )?"
    rf"(noise|noises|sound|sounds|music|light|lights|smell|smells|heat|cold|touch|being touched|crowds|people|stress|chaos|mess"
    rf"|shouting|yelling|when people)\b")
_SENSITIVE_BLOCK = re.compile(r"\b(vil|ville|gerne|men|but|lære|prøve|ønsker|håber|want|wish|fordi jeg vil)\b")
_SENSE_TALK = re.compile(r"\b(råb\w*|råber|snakker|taler|tale|snak|skænd\w*|skændes|kritik|kritiseret|afbrudt|afbryder|brokker"
                         r"|bander|shouting|yelling)\b")
_SENSE_NEIGHBOUR = re.compile(r"\b(nabo\w*|opgang\w*|overbo\w*|underbo\w*)\b")
_SENSE_CLOTHES = re.compile(r"\b(tøj|tøjet|sokker|mærker|mærkerne|bukser|trøje\w*|strømper)\b")


def sensitivity(norm: str) -> bool:
    m = _SENSITIVE.search(norm)
    return (m is not None and _SENSITIVE_BLOCK.search(norm) is None and not later_direction(norm, m.end())
            and safety_hit(norm) is None)


def sensitivity_theme(norm: str, theme: str) -> str:
    """The theme of a sensitivity: neighbour noise samfundsliv, people's talk kommunikation, clothes egenomsorg, the
    senses (sound, light, smell, heat, touch, stress, crowds) sundhed, else the classifier's `theme`."""
    if _SENSE_NEIGHBOUR.search(norm):
        return "samfundsliv"
    if _SENSE_TALK.search(norm):
        return "kommunikation"
    if _SENSE_CLOTHES.search(norm):
        return "egenomsorg"
    if re.search(rf"\b({_SENSED}|rørt|krammet|berørt|noise|noises|sound|sounds|music|light|lights|smell|smells|heat|cold"
                 rf"|touch|touched|crowds|stress)\b", norm):
        return "sundhed"
    return theme


# A refusal of something new with "skal ikke", often with one's age ("jeg er 87, jeg skal ikke lære noget nyt", "jeg skal
# ikke til at flytte nu", "hun siger hun ikke skal på plejehjem") = sustain/commitment, sheet null (a decision against a
# change, like "det gør jeg ikke"; "skal" is no need here); help one will not have ("jeg skal ikke have hjemmehjælp")
# = sustain/need. A habit ("jeg skal ikke have mere slik"), "mere"/"længere" (a flip: "jeg skal ikke bo alene mere"), a
# time (an appointment cancelled: "jeg skal ikke på arbejde i morgen") or "men" leaves it to the rest.
_NEW_THING = (r"(til at \w+|lære|begynde|starte|flytte|prøve|bruge|træne|søge|melde (mig|sig)|i gang|ud at \w+|"
              r"have (en|et|nogen|noget|ny|nyt|nye|flere) |have (hjælp|hjemmehjælp\w*|hjemmepleje\w*|bostøtte\w*|aflastning\w*"
              r"|nødkald\w*|madordning\w*)\b|på (kursus|hold|holdet|plejehjem\w*|højskole|aftenskole\w*|skole"
              r"|uddannelse|værksted\w*|dagcent\w*|ældrecent\w*|plejecent\w*))")
_WONT_NEW = re.compile(
    rf"((\b(jeg|æ|hun|han|og) |^)(skal|ska) |\b(skal|ska) (jeg|hun|han) )(altså |sgu |bare |jo )?(ikke|ik|ikk|aldrig) (\w+ )?{_NEW_THING}"
    rf"|\b(siger|sagt|sagde|mener) (at )?(hun|han) (ikke|aldrig) (skal|ska) (\w+ )?{_NEW_THING}")
_WONT_NEW_BLOCK = re.compile(rf"\b(mere|længere|men|hvis|når|fordi|bare for|før|først|indtil|penge|så mange|så meget|hvorfor|hvad|hvordan|hvornår|hvem|{HABITS}|{_HABIT_NOUN}|i dag|i morgen|i aften|i nat"
                             rf"|i overmorgen|i weekenden|på {DAYS}|næste uge|i næste uge|ondt|angst\w*|bange)\b")
_HELP_THING = re.compile(r"\bhave (en |et |nogen |noget |flere |ny |nyt |nye )*(hjælp\w*|støtte\w*|hjemmehjælp\w*|hjemmepleje\w*"
                         r"|bostøtte\w*|kontaktperson\w*|rollator\w*|hjælpemid\w*|nødkald\w*|besøg\w*)\b")


def wont_new(norm: str) -> str | None:
    """"need" (help one will not have), "ability" ("…, jeg er for gammel") or "commitment" for a refusal of something
    new, else None."""
    m = _WONT_NEW.search(norm)
    if m is None or _WONT_NEW_BLOCK.search(norm) is not None or safety_hit(norm) is not None:
        return None
    if re.match(r"(skal|ska) (jeg|hun|han) ", norm):  # "skal jeg ikke prøve at ringe til dem?" is a question
        return None
    if _HELP_THING.search(norm):
        return "need"
    # "…, jeg er for gammel" gives the reason one cannot, as the corpus has "jeg er for gammel til at lære nyt"
    return "ability" if re.search(r"\b(for gammel|too old)\b", norm) else "commitment"


# Wish frames the classifier is unsure of, so a long message's last clause fell under LONG_CHANGE_MIN and the wish was
# dropped ("…, men jeg savner at synge i koret", "… Det ville være dejligt med en besøgsven", "og så tænker jeg lidt på
# om jeg kunne komme i praktik", "… jeg har lyst til noget andet") = change/desire + hope (missing an activity, Probe 4;
# considering a change, Fresh 28). A person or a pet missed, a one-off time, a negation or a worry leave it to the rest.
_WISH_FRAME = re.compile(
    r"^(og |så |men |altså |nå |jo |ja |egentlig |faktisk )*((jeg|æ|hun|han) (savner|har savnet) (så |virkelig |rigtig |meget |også )*(at|det med at)"
    r" \w+|(jeg|æ) (ville|vil) (så |bare |virkelig |egentlig )*ønske (at )?(jeg|der)\b|(hun|han) (ville|vil) (så |bare |virkelig |egentlig )*ønske (at )?(hun|han|der)\b|(så )?det (ville|vil|kunne|ku) (også )?"
    r"(være|blive) (så |virkelig |rigtig |helt )?(dejligt|rart|godt|fedt|skønt|fantastisk|super|drømmen) (med (en|et|nogen|noget|nogle|at)|at \w+)"
    r"|(så )?(jeg|æ|hun|han) (har|fik|får) (\w+ )?(så |virkelig |egentlig |faktisk )?lyst til (noget (andet|nyt)|at \w+ noget"
    r" (andet|nyt))|(så )?(tænker|overvejer) ((jeg|hun|han) )?(\w+ )?(lidt |også |tit |meget )?(på|over)? ?(om|at) (jeg|hun|han) "
    r"(kunne|skulle|kan|skal|måske kunne) (\w+ )?(komme|søge|begynde|starte|flytte|lære|prøve|melde|tage|få)\b|måske (skulle|kunne) (jeg|hun|han)"
    r" (\w+ )?(melde (mig|sig)|søge|begynde|starte|flytte|prøve|lære|komme (med|i|på|ud))\b|(jeg|æ|hun|han) gad (godt|gerne|sagtens)"
    r" (\w+ )?(have|få|lære|prøve|komme|bo|flytte|tage|gå|være|se|møde|arbejde|begynde|starte)\b)")
_WISH_FRAME_BLOCK = re.compile(
    r"\b(ikke|ik|ikk|aldrig|ingen|i aften|i dag|i morgen|i nat|i weekenden|bare sove|død\w*|døde|men|but|hvis|selvom|fordi"
    r"|for (jeg|så|det))\b")
# a person or a pet missed; considering a move ("tænker på om jeg skulle flytte tættere på min søster") names the
# person as a place, so there it blocks nothing
_WISH_PERSON = re.compile(r"\bmin (mor|far|mormor|morfar|farmor|farfar|kone|mand|kæreste|søster|bror|hund|kat|ven|veninde)\b")


def wish_frame(norm: str) -> bool:
    rest = re.sub(r"^(men|but) ", "", norm)  # a "men" clause of a long message is read on its own words
    m = _WISH_FRAME.search(norm)
    if m is None or _WISH_FRAME_BLOCK.search(rest) is not None or safety_hit(norm) is not None:
        return False
    if _WISH_PERSON.search(rest) and not re.search(r"\b(tænker|overvejer|måske)\b", m.group()):
        return False
    if re.search(r"\bat (vide|høre)\b", m.group()):  # "det ville være godt at vide hvornår …" asks, wishes no change
        return False
    # someone considered for another ("tænker jeg på om hun kunne flytte") is an opinion, not one's own wish
    who = re.search(r"\b(tænker|overvejer) (?:(jeg|æ|hun|han) )?.*\b(om|at) (jeg|hun|han) ", m.group())
    return who is None or (who.group(2) or "jeg").replace("æ", "jeg") == who.group(4)


# An appointment called off ("jeg skal ikke til lægen alligevel", "hun skal ikke til tandlæge i morgen") is a fact =
# neutral, sheet null, like an appointment on the calendar (Round 19), not a refusal; a will word, a reason or "men"
# ("jeg skal ikke til lægen, det gider jeg ikke") leaves it to the rest.
_CALLED_OFF = re.compile(rf"^(og |så |nå |ja |nej |jo )*(jeg|æ|hun|han|vi) (skal|ska) (alligevel |så |jo |altså )?(ikke|ik|ikk) "
                         rf"(\w+ )?(til|på|ind til|op på|ned på|over på|hos) (en |et |min |sin |hans |hendes |den |det )?{APPOINTMENTS}\b")
_CALLED_OFF_BLOCK = re.compile(r"\b(vil|ville|gider|gad|orker|tør|turde|gerne|mere|længere|aldrig|fordi|men|hvis|bange|nægter)\b")


def called_off(norm: str) -> bool:
    return _CALLED_OFF.search(norm) is not None and _CALLED_OFF_BLOCK.search(norm) is None and safety_hit(norm) is None


# Standing, walking or sitting one cannot stand for long ("jeg tåler ikke at stå op længe", "hun kan ikke tåle at gå
# langt", "kan ikke holde ud at sidde ned i lang tid") is a limitation = sustain/ability (guide, "Fresh 33
# conventions"), not a sensitivity; standing and walking are `mobilitet` (how far or long one can walk or stand).
_BODY_LIMIT = re.compile(
    r"\b((kan|ka|kunne) (jeg |æ |hun |han )?(ikke|ik|ikk|ett|it|aldrig) (rigtig |så godt |godt |længere |mere |overhovedet )?"
    r"(tåle|taale|holde ud|klare|klar|magte)|(tåler|taaler) (jeg |hun |han )?(ikke|ik|ikk|aldrig)( rigtig| så godt| godt| længere| overhovedet)?)"
    r" at (stå|gå|sidde|cykle|gå på trapper|gå på trappen)( op| ned)?\b(?! (i kø|i (butik\w*|byen|skole\w*|bad|kirke\w*|biograf\w*|svømmehal\w*|center\w*|centret)\b|på \w*skole\w*|på arbejde|i skole|til \w+|hjemme|derhjemme|alene|inde|rundt|og \w+))")
_BODY_LIMIT_BLOCK = re.compile(r"\b(vil|ville|gerne|men|but|lære|prøve|ønsker|håber|lyst)\b")


def body_limit(norm: str) -> bool:
    return _BODY_LIMIT.search(norm) is not None and _BODY_LIMIT_BLOCK.search(norm) is None and safety_hit(norm) is None


# Missing a habit one has quit or should quit ("jeg savner at ryge", "savner at drikke en øl med drengene", "jeg savner
# slik om aftenen", "i miss getting drunk") is a longing for the old habit = sustain/desire, sheet null (guide, "Fresh
# 34 conventions"), not the Probe 4 wish to take an activity up again. Coffee, tea or a pastime are no habit here; a
# negation or "men" leaves it to the rest (a long message's clauses weigh it).
_ALCOHOL = r"(øl|øllen|øller|ol|oel|bajer\w*|pilsner\w*|vin|vinen|rødvin\w*|hvidvin\w*|snaps|sprut|spiritus|alkohol|druk|whisky|vodka|drinks?)"
_MISSED_HABIT = re.compile(
    rf"\b(savner|savnede|har savnet|mangler) (\w+ ){{0,2}}?(at |det med at |det at )?(\w+ ){{0,2}}?("
    rf"(ryge|ryger|rygning\w*|smøg\w*|cigaret\w*|cigar\w*|hash\w*|joint\w*|pot|snus\w*|snuse|vape|vaping)\b"
    rf"|(\w+ ){{0,4}}?{_ALCOHOL}\b|drikke (mig )?(fuld|stiv|i hegnet|igennem)\b|(være|blive) (fuld|beruset|skæv|stiv|høj|påvirket)\b|fest(er|e|erne)? (hele|til)\b"
    rf"|(game|gamer|gaming|spille|spiller) (\w+ ){{0,2}}?(hele natten|om natten|til langt ud på natten|på automat\w*|om penge|poker)\b"
    rf"|gamble|gambling|spilleautomat\w*|automater|automaterne|skrabelodder|casino\w*|spille på \w*(bet|casino)\w*"
    rf"|{_HABIT_NOUN}\b(?<!kaffe)(?<!kaffen))"
    rf"|\bi miss (\w+ ){{0,2}}?(smoking|drinking|getting (drunk|high|wasted)|gaming all night|gambling|weed|beer|booze|cigarettes"
    rf"|candy|sweets|vaping)\b")
_MISSED_HABIT_BLOCK = re.compile(r"\b(ikke|ik|ikk|aldrig|ingen|men|but|selvom|not|dont|don't|never|glad for at)\b")


# making, selling or working with the thing is an activity missed ("jeg savner at bage kager med mine børnebørn")
_MISSED_MAKING = re.compile(r"\bat (bage|lave|sælge|arbejde|brygge|servere|producere|dyrke|plukke|pynte|undervise|pakke|ekspedere)\b")


def missed_habit(norm: str) -> bool:
    rest = re.sub(r"^(men|but) ", "", norm)  # a "men" clause of a long message is read on its own words
    m = _MISSED_HABIT.search(rest)
    if m is not None and m.group().startswith("mangler") and (
            re.search(r"\bmangler (at|penge)\b|\btil\b", rest[m.start():]) or re.search(r"\bvi mangler\b", rest)):
        return False  # "jeg mangler at købe øl", "vi mangler øl til festen": a thing still to get, no longing
    return (m is not None and _MISSED_MAKING.search(m.group()) is None and _MISSED_HABIT_BLOCK.search(rest) is None
            and safety_hit(norm) is None)


# "Skal aldrig / altid" + staying where one lives ("jeg skal aldrig flytte herfra", "jeg skal altid bo her", "han siger han
# aldrig skal flytte fra sin mor") is a wish to stay as things are = sustain/desire, sheet null (Round 19 "Staying put"),
# not a commitment to a change; "skal aldrig" + a habit ("jeg skal aldrig ryge igen", "han skal aldrig røre en øl mere")
# is a promise to keep off it = change/commitment + hope. A refusal of a new place ("jeg skal aldrig på plejehjem") stays
# the Fresh 33 refusal (`wont_new`).
_NEVER_SKAL = r"((jeg|æ|hun|han|vi) (skal|ska) (nu |bare |sgu |altså |jo )?(aldrig|altid|for altid)( nogensinde| i livet)?|(jeg|æ|hun|han|vi) (aldrig|altid) (skal|ska))"
_STAY_FOREVER = re.compile(
    rf"\b{_NEVER_SKAL} (\w+ )?(flytte|flytter|flytt)( \w+)?( herfra| derfra| fra \w+| væk| hjemmefra|$)"
    rf"|\b(jeg|æ|hun|han|vi) ((skal|ska) (nu |bare |sgu |altså |jo )?(altid|for altid|blive ved med at)|(altid) (skal|ska)) (\w+ )?((bo|blive)"
    rf" (her|der|hjemme|hos|herude|herinde|i (mit|min|sit|sin|hans|hendes|vores) \w+|på (bostedet|plejehjemmet|opholdsstedet))"
    rf"|være (her|herude|herinde))\b")
# "jeg skal altid være hjemme kl 22", "… hos min far hver weekend": a rule or a routine, not staying put
_STAY_BLOCK = re.compile(r"\b(men|but|hvis|når|fordi|ikke|ik|ikk|mere|længere|i dag|i morgen|i aften|hvorfor|hvad|bange"
                         r"|kl|klokken|hver|weekend\w*|om (morgenen|aftenen|natten))\b")
_NEVER_HABIT = re.compile(
    rf"\b{_NEVER_SKAL} (mere )?(\w+ ){{0,3}}?(ryge|drikke|game|gamble|snuse|vape|pjække|spille (\w+ )?(på automat\w*|om penge|hele natten|om natten)"
    rf"|røre|smage|tage|købe|have)( \w+){{0,3}}? ?({_ALCOHOL}|{_HABIT_NOUN}|smøg\w*|en smøg|hash\w*)?\b.*\b(igen|mere|nogensinde)\b")


def stay_forever(norm: str) -> bool:
    rest = re.sub(r"^(men|but) ", "", norm)  # a "men" clause of a long message is read on its own words
    return _STAY_FOREVER.search(rest) is not None and _STAY_BLOCK.search(rest) is None and safety_hit(norm) is None


def never_habit(norm: str) -> bool:
    m = _NEVER_HABIT.search(norm)
    if m is None or safety_hit(norm) is not None or re.search(r"\b(men|but|hvis|\w+\?)", norm):
        return False
    if re.search(r"\b(røre|smage|tage|købe|have)\b", m.group()) and not re.search(
            rf"\b({_ALCOHOL}|{_HABIT_NOUN}|smøg\w*|hash\w*|stoffer|piller)\b", m.group()):
        return False
    return "aldrig" in m.group()


# Wishes nobody can fulfil, about the past or one's age ("jeg ville ønske jeg var yngre", "gid jeg aldrig var faldet",
# "jeg ville ønske at ulykken aldrig var sket", "gid jeg havde taget en uddannelse dengang", "i wish i was younger"),
# point at no change ahead = neutral + parking (a loss told, like missing a person, guide Probe 4). A wish that still
# can come true ("jeg ville ønske jeg kunne svømme igen", "gid jeg havde et job") stays change/desire + hope.
_WISH_OPEN = (r"(\b(jeg|æ|hun|han) (ville|vil|ku|kunne) (så |bare |virkelig |egentlig |tit |godt |også )*ønske (at |mig at )?|\bgid (at )?"
              r"|\bhvis (nu )?bare |\bbare (?=(jeg|hun|han|det|den) (dog |bare |aldrig |ikke )?(havde|var)\b)|\bi wish (that )?)")
_NOT_PARTICIPLE = (r"(et|det|mit|sit|dit|noget|intet|godt|meget|lidt|nyt|sjovt|skidt|fedt|let|mest|flest|bedst|slet|helt|rigtigt|mindst"
                   r"|først|alt|fast|råd|tid|lyst|brug|ret|en|nogen|min|mine|sin|sine|mere|flere|bedre|penge|job|arbejde|venner"
                   # nouns ending as a participle ("gid jeg havde kørekort": a wish that can still come true)
                   r"|kontakt\w*|kørekort\w*|talent\w*|respekt|appetit|kraft|kræft|fart|kontrakt\w*|budget\w*|overblik)")
_PAST_WISH = re.compile(
    rf"{_WISH_OPEN}(\w+ ){{1,2}}?(dog |bare |så |aldrig |ikke |nogensinde )*(havde|hadde) (dog |bare |så |aldrig |ikke |nogensinde )*"
    rf"(?!{_NOT_PARTICIPLE}\b)\w+(t|et)\b"
    rf"|{_WISH_OPEN}(\w+ ){{1,2}}?(dog |bare |så |aldrig |ikke )*(var|blev) (dog |bare |aldrig |ikke )*(\w+et|sket|født|gået|kørt|mødt|begyndt)\b"
    rf"|{_WISH_OPEN}(jeg|æ|hun|han) (dog |bare |stadig )*(var|blev|was|were) (\w+ ){{0,2}}?(yngre|ung igen|barn igen|lille igen|år igen|\d+ igen|younger|young again)\b"
    rf"|\bi wish (that )?(i|she|he|it) (had|hadnt|hadn't|had never|never|was|were)( \w+){{0,2}}? (\w+ed|happened|been|done|gone|met|younger|young again)\b")
_PAST_WISH_BLOCK = re.compile(r"\b(kunne|kan|ku|vil|gerne|snart|en dag|men|but|could|can)\b")


def past_wish(norm: str) -> bool:
    """A wish about the past or one's age (see _PAST_WISH); safety is read on its own ("gid jeg aldrig var blevet født")."""
    return _PAST_WISH.search(norm) is not None and _PAST_WISH_BLOCK.search(norm) is None


# A memory told with a past time ("som barn elskede jeg heste", "da jeg var ung drømte jeg om at rejse", "før ulykken
# elskede jeg at løbe", "i gamle dage ville jeg gerne være pilot") is a past wish or joy, no hope now = neutral, sheet
# null (parking when the classifier reads the loss); a word for now ("vil", "savner", "igen", "stadig") leaves it to the rest.
_PAST_TIME = (r"(som (barn|lille|ung|ganske ung|dreng|pige|knægt|teenager|yngre|purk|skoleelev|skolepige|skoledreng)"
              r"|da (jeg|æ|hun|han) var (\w+ )?(lille|ung|yngre|barn|dreng|pige|knægt|teenager|\w+ år|\d+( år)?|i skole\w*|soldat|gift)"
              r"|dengang|i gamle dage|i (min|hendes|hans) (ungdom|barndom|tid)|i sin (ungdom|barndom|tid)|for mange år siden|engang i tiden"
              r"|før (ulykken|hjerneskaden|blodproppen|skaden|faldet|ulykke|sygdommen|stroken|apopleksien|operationen|hjerneblødningen"
              r"|(jeg|hun|han) blev (syg|skadet|ramt)))")
_PAST_JOY = (r"(elskede|drømte|ønskede|ville (jeg |hun |han )?(så |rigtig )?(gerne|helst)|holdt (jeg |hun |han )?(så |meget )?af"
             r"|kunne (jeg |hun |han )?(godt |rigtig godt )?lide|var (jeg |hun |han )?(helt |så )?(vild|glad) med|nød|gad"
             r"|havde (\w+ )?lyst til|var (\w+ )?interesseret i|legede|samlede på)")
_PAST_MEMORY = re.compile(rf"^(og |så |men |altså |ja |nå |jo )*{_PAST_TIME}\b.*\b{_PAST_JOY}\b|\b{_PAST_JOY}\b.*\b{_PAST_TIME}\b")
_PAST_MEMORY_BLOCK = re.compile(r"\b(vil|savner|håber|igen|nu|stadig|drømmer|ønsker|elsker|glæder|gerne have|kan|skal|mangler)\b")


def past_memory(norm: str) -> bool:
    return (_PAST_MEMORY.search(norm) is not None and _PAST_MEMORY_BLOCK.search(norm) is None
            and safety_hit(norm) is None)


# An activity told in the past and then missed with the object first ("da jeg var ung spillede jeg fodbold, og det
# savner jeg", "jeg sang i kor i mange år. det savner jeg") is the Probe 4 wish to take it up again = change/desire +
# hope, like "jeg savner at spille fodbold"; a habit told so ("før røg jeg 20 om dagen, det savner jeg") is the longing
# for the habit (`missed_habit`), and a person, a pet or a place ("vi boede ved havet og det savner jeg") stays a loss.
_TOLD_VERB = r"((?!(boede|bode|levede|havde|døde|mistede|flyttede|mødte|kendte)\b)\w{2,}(ede|te)|spillede|gik til|gik på|gik i|sang|løb|red|røg|drak|var med i|var spejder)"
_MISSED_TOLD = re.compile(
    rf"(\b(jeg|æ|hun|han|vi) (også |tit |altid |meget |ofte |hver \w+ )?{_TOLD_VERB}|\b{_TOLD_VERB} (jeg|æ|hun|han|vi))\b"
    r".*\b(det|dét) (savner|har savnet|savnede) (jeg|æ|hun|han)( \w+){0,2}[.!]*$")
_MISSED_TOLD_HABIT = re.compile(
    rf"\b(røg|røget|drak|drukket|festede|gamblede|snusede|{_ALCOHOL}|{_HABIT_NOUN}|smøg\w*|hash\w*|fuld|stiv|skæv|automat\w*)\b")


def missed_told(norm: str) -> str | None:
    """"desire" for a missed activity, "habit" for a missed habit told with the object first (see above), else None."""
    if (_MISSED_TOLD.search(norm) is None or re.search(r"\b(ikke|ik|aldrig|men|but|boede|bode|havde|døde|mistede)\b", norm)
            or safety_hit(norm) is not None):
        return None
    return "habit" if _MISSED_TOLD_HABIT.search(norm) else "desire"


def missed_after_quit(norm: str) -> bool:
    """A habit quit, then missed ("jeg stoppede med at drikke for et år siden. nogle gange savner jeg en øl"): the
    longing told last carries the weight (guide, Ambivalence), so the message is no step."""
    last = next(iter(reversed(list(re.finditer(r"\b(savner|savnede|har savnet|mangler)\b", norm)))), None)
    return last is not None and quit_habit(norm[:last.start()]) and missed_habit(norm[last.start():])


# -- Fresh 35 (December 2026): no more of a habit, someone else's rule, a past wish that can still come true --------
# "Skal ikke have mere / flere" + a habit ("jeg skal ikke have mere slik", "skal ikke have flere smøger", "jeg skal ikke
# spille mere om natten"), and the same reported in subordinate order ("hun siger hun ikke skal have mere cola") is a
# promise to keep off it = change/commitment + hope (guide, "Fresh 35 conventions"), not sustain/need: the "ikke" is
# the quit, not help refused.
_HABIT_THING = (rf"({HABITS}|{_HABIT_NOUN}|{_ALCOHOL}|smøg\w*|hash\w*|joint\w*|snus\w*|energidrik\w*|cigaret\w*|stoffer"
                r"|lakrids|bolsjer|vingummi\w*|chokolade\w*|guf|snacks|søde sager|slikposer?|burger\w*|pizza\w*|red bull|monster)")
_NO_MORE_VERB = r"(have|drikke|drikk|ryge|spise|snuse|købe|tage|røre|vape|game|spille|gamble|pjække)"
_NO_MORE = re.compile(
    rf"(^|\b(jeg|æ) |\b(at|nu|så|fra nu af|fremover|herefter) (jeg|æ) (ikke|aldrig) (?=skal|ska)|\b(fra nu af|nu|så|fremover|herefter) (?=(skal|ska) (jeg|æ) ))"
    rf"((skal|ska) (jeg |æ )?)?((ikke|aldrig) )?((skal|ska) )?(\w+ )?{_NO_MORE_VERB}( \w+)? (mere|flere|længere)\b( \w+){{0,3}}"
    rf"|(^|\b(jeg|æ) )(skal|ska) (ikke|aldrig) (mere|flere) {_NO_MORE_VERB}\b")
_PROMISE_TOLD = r"((har |har selv |selv )?(sagt|besluttet|bestemt|lovet|fortalt)|siger|sagde|lover|lovede|fortæller|mener selv|siger selv)"
_NO_MORE_REPORTED = re.compile(
    rf"\b(han|hun|min \w+|mit \w+) (\w+ )?{_PROMISE_TOLD} (\w+ )?(at )?(han|hun) (ikke|aldrig) (skal|ska) (\w+ )?{_NO_MORE_VERB}\b")
# "jeg vil ikke have mere slik", "jeg gider ikke drikke flere energidrikke": a will to quit = change/desire
_NO_MORE_WILL = re.compile(rf"(^|\b(jeg|æ) )(vil|gider|orker) (ikke|aldrig) (\w+ )?{_NO_MORE_VERB}( \w+)? (mere|flere|længere)\b"
                           rf"|(^|\b(jeg|æ) )har (ikke|aldrig) (\w+ )?lyst til (at {_NO_MORE_VERB} )?(mere|flere)\b")
_NO_MORE_GAMING = re.compile(r"\b(spille|game|gamer) (mere )?(\w+ )?(om natten|hele natten|til langt ud på natten)\b|\b(game|gamble|pjække)\b")
# "tak" and "mæt": "nej tak, jeg skal ikke have mere kage", "… chokolade, jeg er mæt": an offer declined at the table, no promise
_NO_MORE_BLOCK = re.compile(r"\b(men|but|hvis|når|fordi|hvorfor|hvad|i dag|i aften|i morgen|lige nu|tak|mæt)\b|\?")


_SHE_WORDS = r"(hun|min (mor|datter|søster|kone|hustru|veninde|mormor|farmor|moster|faster|svigermor))"
_HE_WORDS = r"(han|min (far|søn|bror|mand|morfar|farfar|ven|onkel|morbror|farbror|svigerfar))"


def _advice_passed_on(norm: str) -> bool:
    """Someone else's words about the citizen ("personalet siger at jeg ikke skal …", "…, siger lægen"), not the
    citizen's own ("jeg har selv sagt at jeg ikke skal …")."""
    for said in re.finditer(r"\b(siger|sagde|sagt|synes|mener|fortæller|fortalte|fortalt|skriver|skrevet|anbefaler"
                            r"|anbefalet|råder|rådet)\b", norm):
        if not {"jeg", "æ"} & set(norm[:said.start()].split()[-3:]):
            return True
    return False


def _same_person(told: str) -> bool:
    """A reported promise ("hun siger hun ikke skal …") is the teller's own only when "han"/"hun" after the reporting
    verb can be the teller: not "min mor siger han …" or "hun siger han …"."""
    said = re.search(r"\b(han|hun) (ikke|aldrig) (skal|ska)\b", told)
    if said is None:
        return False
    if re.match(_SHE_WORDS + r"\b", told):
        return said.group(1) == "hun"
    if re.match(_HE_WORDS + r"\b", told):
        return said.group(1) == "han"
    return True


def no_more_habit(norm: str) -> str | None:
    """The citizen's own (or reported) promise to have no more of a habit (see _NO_MORE): "commitment", or "desire"
    for a will ("jeg vil ikke have mere slik"); else None."""
    m = _NO_MORE.search(norm) or _NO_MORE_REPORTED.search(norm)
    if m is not None and m.re is _NO_MORE_REPORTED and not _same_person(m.group()):
        return None  # "min mor siger han ikke skal have mere slik": her rule for him, advice passed on
    if m is not None and m.re is _NO_MORE and _advice_passed_on(norm):
        return None  # "lægen siger jeg ikke skal have mere slik": advice passed on is neutral (guide)
    sub = "commitment"
    if m is None and (m := _NO_MORE_WILL.search(norm)) is not None:
        sub = "desire"
    if m is None or _NO_MORE_BLOCK.search(norm) is not None or safety_hit(norm) is not None \
            or not re.search(r"\b(ikke|aldrig)\b", m.group()):
        return None
    return sub if _habit_object(norm, m) else None


# the habit itself: a verb that is one ("ryge", "snuse", "game") or the thing had, drunk or eaten within a few words
# after the match ("… have mere slik", "drikke flere energidrikke"), not "drikke mere vand", "tage flere piller"
_HABIT_VERB = re.compile(r"\b(ryge|snuse|vape|game|gamble|pjække)\b|\bspille (\w+ )?(på automat\w*|om penge)\b"
                         # drinking with no object is alcohol ("han skal aldrig drikke igen"), not "drikke mere vand"
                         r"|\bdrikke (igen|mere|nogensinde)\b(?! (vand|mælk|juice|saft|te|kakao|danskvand)\b)")


def _habit_object(norm: str, m: re.Match) -> bool:
    window = " ".join([m.group()] + norm[m.end():].split()[:3])
    if _HABIT_VERB.search(window) or _NO_MORE_GAMING.search(window):
        return True
    things = re.sub(rf"\b{_NO_MORE_VERB}\b", " ", window)
    return re.search(rf"\b{_HABIT_THING}\b", things) is not None


# Someone else's rule for a third person about a habit ("min søn skal aldrig røre en joint igen", "hun skal aldrig
# spille på automater igen, siger jeg til hende", "han skal ikke have mere slik") is the speaker's own view = neutral,
# sheet null (guide, Fresh 29 / 34: a relative's "han skal aldrig …"); the person's own promise reported in subordinate
# order ("han siger han aldrig skal ryge igen") is their talk (`no_more_habit`, `never_habit`).
_OTHERS_RULE = re.compile(
    rf"(^|[,.] |\b(og|så|altså|nu) )(han|hun|min \w+|mit \w+|vores \w+|hans \w+|hendes \w+) (skal|ska|må) (nu |bare |altså |sgu |fandeme |aldrig |ikke |"
    rf"mere )+(\w+ ){{0,2}}?{_NO_MORE_VERB}\b")


def others_rule(norm: str, said_by_them: bool = False) -> bool:
    m = _OTHERS_RULE.search(norm)
    if m is None or safety_hit(norm) is not None or "?" in norm:
        return False
    if not re.search(r"\b(aldrig|ikke)\b", m.group()):
        return False
    tail = norm[m.start():]
    if (re.search(r"\b(siger|sagde|lover|lovede) (han|hun)\b", tail) is not None) != said_by_them:
        return False  # "…, siger han": his own words (`said_by_them`)
    return re.search(r"\b(igen|mere|flere|længere|nogensinde)\b", tail) is not None and _habit_object(norm, m)


def others_rule_theme(norm: str) -> str:
    return "samfundsliv" if re.search(r"\b(automat\w*|gamble|gambling|spille om penge|skrabelodder|casino\w*|poker)\b", norm) else "sundhed"


# A wish about the past that can still come true: a skill, an education or a licence one wishes one had got ("jeg ville
# ønske jeg havde lært at svømme", "gid jeg havde taget kørekort", "i wish i had learned to read") points at a change
# one can still make = change/desire + hope (guide, "Fresh 35 conventions"). With a past time ("dengang", "som ung",
# "da jeg var 20") or a negation ("gid jeg aldrig havde …") it stays the Fresh 34 loss (neutral + parking).
_PAST_WISH_OPEN = re.compile(
    r"(\b(jeg|æ) (ville|vil|ku|kunne) (så |bare |virkelig |egentlig |tit |godt |også )*ønske (at |mig at )?(jeg|æ)"
    r"|\b(hun|han) (ville|vil|kunne) (så |bare |virkelig |egentlig |tit |godt |også )*ønske (at )?(hun|han)"
    r"|\bgid (at )?(jeg|æ)|\bhvis (nu )?bare (jeg|æ)|\bi wish (that )?i) (bare |dog |så )?(havde|hadde|had) (bare |dog |så )?"
    r"(lært|lärt|gennemført|søgt|begyndt på|startet på|gået til|meldt mig til|learned|learnt|finished"
    r"|(taget|fået|taken|got|gotten|started) (\w+ ){0,2}?(\w*uddannelse\w*|kørekort\w*|eksamen|svendebrev\w*|hf|9\.? klasse|10\.? klasse"
    r"|job|arbejde|education|degree|driving licen[cs]e|licen[cs]e))\b")


def past_wish_open(norm: str) -> bool:
    m = _PAST_WISH_OPEN.search(norm)
    if m is None or safety_hit(norm) is not None:
        return False
    if re.match(r"\s*(\w+ ){1,3}at kende\b", norm[m.end():]):
        return False  # "gid jeg havde lært ham (bedre) at kende": a person, not a skill
    return (re.search(rf"\b{_PAST_TIME}\b|\b(aldrig|ikke|never|not|tidligere|i tide|før|fra start(en)?|back then|earlier|when i was)\b|\bda (jeg|æ|hun|han) (gik|var|boede)\b"
                      r"|\bi (skolen|folkeskolen|gymnasiet)\b|\bfor (\w+ ){1,2}siden\b|\bsom (\d+ )?[\w-]*årig\b|\b\w+ years ago\b", norm) is None
            and re.search(r"\b(men|but)\b", norm[m.end():]) is None)


# -- Fresh 36 (guide, "Fresh 36 conventions") -------------------------------------------------------------------------
# A stretch free of a symptom or a bad event, told as a count ("ingen anfald i tre uger", "jeg har ikke haft mareridt
# siden august", "hun er ikke faldet en eneste gang siden hun fik rollatoren") is good news about a goal = neutral +
# goal_progress, not a worry to park: the symptom word alone pulls the sheet to parking.
_MEN_BUT = re.compile(r"\b(men|but)\b")


def _told_plainly(norm: str) -> bool:
    """No question and no "men"/"but": the line is one thing told, which the Fresh 36 readings below read whole (a
    contrast is weighed clause by clause)."""
    return "?" not in norm and _MEN_BUT.search(norm) is None


_SYMPTOM_WORD = (r"(\w*anfald\w*|kramper|krampe\w*|mareridt\w*|hovedpine\w*|migræne\w*|smerter|ondt|panik\w*|angst\w*"
                 r"|hallucination\w*|psykose\w*|nedsmeltning\w*|meltdowns?|udbrud|uheld|tisseuheld|indlæggelse\w*"
                 r"|tilbagefald|svimmelhed|kvalme|konflikt\w*|skænderi\w*|flashbacks?|tvangstanker|humørsvingning\w*"
                 r"|dårlige? (dag|dage|nat|nætter|periode|perioder)|nedture?)")
_DURATION = (r"(i (over |næsten |mere end |snart |ca |cirka |godt |hele )?(en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|\d+|flere|mange"
             r"|nogle|et par) (hel |helt |hele )?(dag|dage|døgn|uge|uger|måned|måneder|år|nætter|nat)\b"
             r"|hele (ugen|måneden|året|weekenden|sommeren|vinteren|efteråret|foråret|julen|dagen|tiden)\b"
             r"|siden \w+|i (denne|den her|sidste|hele|en hel|et helt) (uge|måned|weekend|år)\b"
             r"|(de|den|det) (sidste|seneste) (\w+ )?(dage|uger|måneder|gange|nætter|tid|år|uge|måned|døgn)\b|(en|et) (hel|helt) (uge|måned|år)\b)")
_SYMPTOM_FREE = re.compile(
    rf"(\bingen (\w+ )?{_SYMPTOM_WORD}|\b(ikke|ik|ikk|aldrig) (haft|fået|mærket|oplevet|følt) ((et|en|nogen|noget|nogle|eneste"
    rf"|flere|nogen som helst|mine|sine) )*(\w+ )?{_SYMPTOM_WORD}|\b(ikke|ik|ikk) (været )?(faldet(?! (til ro|i søvn|i ro|hen))|indlagt|ked af det|trist|nede(?! (på|ved|hos|til|ad)\b| i (\w+en|\w+et|centrum|netto|brugsen)\b)"
    rf"|syg|sur|vred|bange)( (en eneste gang|én gang|nogen gange))?)\b(\s\S+){{0,5}}?\s{_DURATION}"
    r"|\b(no|havent had|haven't had|hasnt had|hasn't had|not had) (any |a single |a |an |one )?(seizures?|nightmares?|panic attacks?"
    r"|headaches?|migraines?|meltdowns?|falls?|fits?|episodes?) (in|for|since)\b")

_SYMPTOM_FREE_WISH = re.compile(r"\b(mål|målet|målsætning\w*|plan|planen|vil|ville|gerne|ønsker|ønske|håber|drømmer|skal|skulle|burde|må gerne"
                                r"|want|wish|hope|goal|would like)\b")


def symptom_free(norm: str) -> bool:
    m = _SYMPTOM_FREE.search(norm)
    if m is None or "?" in norm or _MEN_BUT.search(norm[m.end():]) is not None:
        return False
    if _SYMPTOM_FREE_WISH.search(norm[:m.start()]):  # "mit mål er ingen anfald i tre måneder" is a goal, not news
        return False
    return safety_hit(norm) is None


# Drinking, eating or smoking to forget or to cope ("jeg drikker for at glemme", "når jeg er ked af det spiser jeg en
# hel pose slik", "han ryger hash for at kunne sove") is a habit that fills the mind = neutral + parking, theme
# sundhed; told by its benefit ("en øl om aftenen hjælper mig med at falde til ro") it argues for the habit =
# sustain/reasons, sheet null. Safety is read on its own (drinking until one passes out stays safety).
_CONSUME = (r"(drikker|drak|drikke|spiser|spiste|spise|ryger|røg|ryge|snuser|snuse|guffer|propper (mig|sig)"
            r"|tager (mig |sig )?(en |et |nogle |et par |to |tre )?(øl|bajer\w*|glas|drink\w*|joint\w*|smøg\w*|snaps))")
_MOOD = (r"((er|bliver|blir|har været|føler (mig|sig)) (\w+ )?(ked af det|trist|stresset|vred|sur|ensom|alene|bange|nervøs|urolig"
         r"|nede|deprimeret|frustreret|rastløs|angst|presset|ulykkelig|skuffet)|keder (mig|sig)|har det (\w+ )?(dårligt|skidt"
         r"|svært|træls|hårdt)|tænker på \w+|savner \w+)")
_COPE_PURPOSE = (r"(for at (glemme|slippe|dulme|døyve|flygte|kunne (sove|slappe af|holde \w+ ud|klare \w+|falde (i søvn|til ro)"
                 r"|glemme|koble af|slukke hovedet)|falde (i søvn|til ro)|slappe af|koble af|holde (\w+ ){1,2}ud|ikke (at )?tænke)"
                 rf"|(så|saa) (jeg|han|hun) (kan|kunne) (sove|slappe af|glemme|falde (i søvn|til ro)|holde \w+ ud|koble af)"
                 rf"|(så|saa) (jeg|han|hun) ikke (tænker|skal tænke)|n(å|aa)r (jeg|han|hun) {_MOOD})")
_COPING = re.compile(rf"\b{_CONSUME}\b(\s\S+){{0,6}}?\s{_COPE_PURPOSE}\b"
                     rf"|\bn(å|aa)r (jeg|han|hun) {_MOOD}\b,? ((så|saa) )?((jeg|han|hun) )?{_CONSUME}\b")
_COPE_THING = (r"(øl|øllen|øllene|bajer\w*|vin|vinen|rødvin|hvidvin|snaps|drinks?|sprut|alkohol\w*|smøg\w*|cigaret\w*|joint\w*"
               r"|hash|snus|slik|chokolade|kage|kager|chips|energidrik\w*|at drikke|at ryge)")
_COPE_BENEFIT = re.compile(rf"\b({_CONSUME}|{_COPE_THING})\b.*\b(det |den |de )?hjælper (mig|ham|hende)\b(?! ikke)"
                           rf"|\b{_COPE_THING} (om aftenen |om natten |til aften |hver aften )?hjælper (mig|ham|hende) (med|til) at\b")
_COPE_QUIT = re.compile(r"\b(stoppe\w*|holde op|holdt op|droppe\w*|skære ned|skåret ned|mindre|færre|nikotin\w*|plaster|tyggegummi"
                        r"|ikke (mere|længere)|aldrig|vil gerne|skal ikke|kunne godt tænke|i stedet for|istedet for|lyst til|trang til)\b")

# Tea, water, a meal or one's medicine taken to sleep or calm down is self-care, not a habit to cope with.
_COPE_HARMLESS = re.compile(rf"\b{_CONSUME} (en |et |lidt |min |mine |sin |sine |en kop |et glas )?(te|teen|kamillete|urtete|vand"
                            r"|mælk|varm mælk|kakao|saft|juice|morgenmad|frokost|aftensmad|mad|frugt|et æble|medicin\w*|piller"
                            r"|sovemedicin|melatonin)\b")


def coping_habit(norm: str) -> str | None:
    """"reasons" for a coping habit told by its benefit, "parking" for one told by its trigger or purpose, else None."""
    if not _told_plainly(norm) or _COPE_QUIT.search(norm):
        return None
    if _COPE_HARMLESS.search(norm):
        return None
    if _COPE_BENEFIT.search(norm):
        return "reasons"
    return "parking" if _COPING.search(norm) else None


# A share of days or times as an answer ("ca. halvdelen af dagene", "4 ud af 7 dage fik jeg lavet mad selv") tells how
# a goal goes = neutral + goal_progress, like a scale answer ("de fleste dage" is left to the words around it: "jeg
# springer morgenmaden over de fleste dage" is a habit told).
_SHARE = re.compile(r"\b(halvdelen|en tredjedel|en fjerdedel|to tredjedele) af (dagene|gangene|tiden|ugen|morgenerne|aftenerne"
                    r"|nætterne|ugerne)\b|\b(\d+|en|et|to|tre|fire|fem|seks) ud af (\d+|syv|fem|ti|otte) (dage|gange|morgener"
                    r"|aftener|nætter|uger)\b")
# A scale answer told with its scale or a frame ("en 4'er på en skala fra 0-5", "jeg har det som en 5'er ud af 10 i
# dag", "jeg vil give det en 7"): the words around the number carry no direction of their own.
_SCALE_FRAME = re.compile(r"^(jeg vil give (det|den|mig selv) |jeg giver (det|den|mig selv) |jeg har det som |jeg føler mig som "
                          r"|i dag er (det|jeg) |i dag |det er (nok )?|vil jeg sige |jeg vil sige |måske |nok |ca |cirka )*"
                          r"(en |et )?(\d{1,2}|ti|sekser|femmer|syver|otter|firer|treer|toer|nier|tier|ener)( er)?"
                          r"( ud af (\d{1,2}|ti|fem)| på (en |den )?skala(en)?( fra)? \d{1,2}( til| og)? \d{1,2})?"
                          r"( (i dag|lige nu|for tiden|måske|nok|vel|tror jeg))*$")


# A share told of a bad state ("halvdelen af dagene har jeg ondt", "3 ud af 7 dage kom jeg for sent") is no progress.
_SHARE_BAD = re.compile(rf"\b({_SYMPTOM_WORD}|ikke|ik|ikk|aldrig|intet|ingen|for (sent|træt|tidligt|meget)|græder|græd"
                        r"|drikker|drak|ryger|røg|glemmer|glemte|skændes|skændtes|råber|råbte|ligger|lå|sengen)\b")


def share_answer(norm: str) -> bool:
    return _SHARE.search(norm) is not None and _told_plainly(norm) and _SHARE_BAD.search(norm) is None


def scale_frame(norm: str) -> bool:
    return _SCALE_FRAME.search(norm.strip()) is not None


# Thoughts about the future prompted by someone ("min kontaktperson fik mig til at tænke over min fremtid") are no
# direction of the citizen's own = neutral, sheet null, theme none; with a change named ("min farmor fik mig til at
# overveje at tage kørekort") it is the citizen considering it = change/desire + hope; "har fået mig til at søge ind
# på …" tells a step the citizen took.
_PROMPTED = re.compile(r"\b(fik|får|har fået|havde fået) (mig|ham|hende|os) til at (tænke|overveje|spekulere|reflektere|fundere|gruble)"
                       r"( (lidt|meget|mere|godt|grundigt|seriøst|længe))?( (over|på|om))?\b")
_LIFE_OBJECT = re.compile(r"^\s*((min|sin|hans|hendes|vores) (egen )?fremtid|fremtiden|(mit|sit|hans|hendes) (eget )?liv\b|livet\b"
                          r"|hvad (jeg|han|hun|vi) (egentlig |selv |gerne )?(vil|skal|ønsker)|mine (mål|drømme|ønsker)|hvad der er vigtigt"
                          r"|hvor (jeg|han|hun) (vil|skal) hen|tingene|det hele|mig selv)")
_PROMPTED_STEP = re.compile(r"\b(har fået|fik) (mig|ham|hende) til at (søge|melde (mig|sig) (til|ind|på)|ringe til|begynde|starte"
                            r"|gå til|prøve|tage (kørekort|toget|bussen|på)|komme (mere )?ud)\b")
# Started on a harmful habit at someone's prompting ("det fik mig til at begynde at drikke igen", "han fik mig til at
# prøve hash") is no step towards a goal.
_PROMPTED_HARM = re.compile(r"\b(drikke|ryge|sniffe|ryge hash|hash|joints?|stoffer|kokain|piller|spille (på|om)|gamble"
                            r"|stjæle|pjække|skære|slå|lyve|igen)\b")


def prompted_thought(norm: str) -> str | None:
    """"desire" (a change considered), "neutral" (the future in general), "taking_steps" (a step done), else None."""
    if not _told_plainly(norm):
        return None
    m = _PROMPTED.search(norm)
    if m is not None:
        if safety_hit(norm) is not None:
            return None
        rest = re.sub(r"^\s*om (jeg|han|hun) (skulle|kunne|ville|burde) ", " at ", norm[m.end():])
        if considering("jeg overvejer " + rest.strip()) == "desire":
            return "desire"
        return "neutral" if _LIFE_OBJECT.search(rest) else None
    if _PROMPTED_STEP.search(norm) and _PROMPTED_HARM.search(norm) is None and safety_hit(norm) is None:
        return "taking_steps"
    return None


# The converse: no outing or contact for a stretch ("jeg har ikke været ude i tre uger", "hun har ikke set sin søster
# siden sommer") is a status quo told = neutral + parking; the count does not make it a habit kept off.
_NO_OUTING = re.compile(r"\b(ikke|ik|ikk) (været|kommet) (ude|udenfor|uden for (døren|huset|lejligheden)|ud( af (huset|lejligheden|døren))?"
                        r"|nede i byen|ude at gå|i byen)\b(\s\S+){0,3}?\s"
                        rf"{_DURATION}|\b(ikke|ik|ikk) (set|talt med|snakket med|hørt fra|besøgt) (\w+ ){{1,3}}?{_DURATION}")


def no_outing(norm: str) -> bool:
    return _NO_OUTING.search(norm) is not None and _told_plainly(norm)
