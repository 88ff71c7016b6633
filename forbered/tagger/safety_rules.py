"""Safety patterns kept as data: suicidal thoughts, self-harm, abuse and acute danger, in Danish
as citizens and relatives write it (all tenses, 1st and 3rd person, chat spellings, dialect).

Recall first: a missed disclosure costs more than a false alarm. Idioms that only look like a
disclosure ("jeg keder mig ihjel", "det slår mig", "arbejdet tager livet af mig") are masked first.
Patterns and text are folded (æ/ae -> a, ø/oe -> o, å/aa -> a), so one pattern also covers text
typed without æøå. Patterns run on the normalised text (see normalize.py: "ik" -> "ikke", "æ" -> "jeg").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .matching import GatedPatterns

_ME = r"(mig|sig|hende|ham|mej)"
_PERSON = (r"(min|mit|mine|vores|sin|sit|hans|hendes) (søn|datter|mor|far|bror|søster|kone|mand|kæreste|barn|børn|dreng|pige"
           r"|bedstemor|bedstefar|mormor|morfar|farmor|farfar|nevø|niece|ven|veninde|onkel|tante)")


def suicide_patterns() -> list[str]:
    """Suicidal thoughts and plans, direct and indirect, first and third person."""
    return [
        r"\b(tage|tager|tog|taget) (næsten |nær |snart )?(mit|sit|hendes|hans|dit) (eget )?liv\b", r"\bselvmord", r"\bsuicid",
        r"\b(vil|ville|skal|at|har tænkt på at|overvejer at|prøvede at|prøvet at) tage livet af (mig|sig)\b",
        r"\btog livet af (sig|mig)\b", r"\bslå (mig|sig) selv ihjel\b", r"\b(dræbe|dræber|slå) (mig|sig) selv\b",
        r"\bgøre (det )?af med (mig|sig) selv\b", r"\b(gøre|gør|gjort|gjorde) en ende på (det|det hele|mit liv|sit liv|livet)\b",
        r"\bende (det hele|mit liv|sit liv|livet)\b", r"\bafslutte (mit|sit) liv\b",
        # not wanting to live or be here
        r"\b(ikke|ik|ingen) (leve|lever|være her|være til|eksistere) (mere|længere)\b",
        r"\b(vil|ville|orker|gider|magter|kan|tør) (ikke|ik|ikke rigtig) (at |å )?(leve|lev|være til|eksistere)\b(?! (sammen|med|i|på|af|for|som|et|en|uden|hjemme|ude|alene|sådan|uden))",
        r"\b(ikke|ik|ingen) lyst til at vågne\b(?! op (til|med))",
        r"\b(ikke|ik|ingen) lyst til at være her (mere|længere)\b",
        r"\b(ikke|ik|ingen) lyst til at (leve|lev|være til|eksistere)\b(?! (sammen|med|i|på|af|for|som|et|en|uden|hjemme|ude|alene|sådan))",
        r"\b(vil|ville|orker|gider|magter|kan) (ikke|ik) (at |å )?være her (mere|længere)\b",
        r"\b(ingen|ikke nogen|ikke noget|intet|hvad skal (jeg|hun|han)) (grund til at |at )?leve for\b", r"\bingen grund til at leve\b",
        r"\blivet er (ikke|ik) (værd|noget værd)\b", r"\b(livet|mit liv) er meningsløst\b",
        r"\b(ikke|ik) (kan )?se (nogen |noget )?mening(en)? med (noget|livet|det hele|at leve|at være her|mit liv|noget som helst)\b",
        r"\b(ønsker?|ønskede|ville ønske|gid) (at )?(jeg|hun|han)? ?(var|være|bare var) død\b", r"\b(hellere|bedre at) være død\b",
        r"\b(ville ønske|gid) (jeg|hun|han) (aldrig var født|ikke var født|ikke fandtes|ikke var her|ikke eksisterede)\b",
        r"\bbedre (hvis|om) (jeg|hun|han) (ikke var her|var død|ikke fandtes|forsvandt|ikke var til|ikke eksisterede)\b",
        r"\b(vil|ville|skal) (gerne |bare |helst )?dø\b(?! af)", r"\b(lyst til( at)?|ønsker( at)?|ønske om at|tænker på at|tænkt på at) dø\b(?! af)",
        r"\bdødsønske", r"\bikke (at )?vågne (op )?(igen|mere|i morgen)\b", r"\b(aldrig|ikke) vågner (op )?(igen|mere|i morgen)\b",
        r"\bsove (for altid|og aldrig vågne)\b", r"\bfalde i søvn for altid\b",
        r"\b(bare |lyst til at |vil |ville )forsvinde\b(?! (ind|ud|ned|op|hjem|på|i|til|et øjeblik|lidt|en tur|et par|en time|en uge)\b| fra\b(?! (det hele|jorden|verden|verdenen|alt|alle)\b))", r"\bforsvinde for altid\b",
        r"\bvæk fra det hele for altid\b", r"\bfor altid\b.*\b(væk|forsvinde|sove)\b",
        r"\b(klare sig|har det|have det|være) bedre uden (mig|ham|hende)\b", r"\bbedre uden (mig|ham|hende)\b",
        r"\bingen (der )?(ville|vil|ville nok|ville jo) (savne|opdage|lægge mærke til|sørge over) (mig|hende|ham|det)\b",
        r"\blige meget om (jeg|hun|han) (er her|lever|er til|dør|findes)\b" + _MEETING18, r"(?<!ikke )(?<!ik )\ber en byrde\b", r"\bbyrde for alle\b",
        r"\bafskedsbrev", r"\bsige farvel til (alle|livet|jer)\b", r"\bfarvel for (sidste gang|altid)\b",
        r"\bfor sidste gang\b.*\bfarvel\b|\bfarvel\b.*\bfor sidste gang\b",
        r"\bgivet (alle )?(mine|sine|hans|hendes) ting væk\b(?!.{0,40}\b(flytter|flytte|flyttede|flytning\w*|plejehjem\w*|"
        r"ældrebolig\w*|bosted\w*|mindre bolig|ikke plads|loppe\w*|genbrug\w*|gamle)\b)", r"\bgiver (alle )?(mine|sine) ting væk\b",
        r"\b(lavet|lagt|har) en plan for hvordan (jeg|hun|han) (vil|skal) (gøre det|dø)\b",
        r"\bplanlagt hvordan (jeg|hun|han)\b(?! (skal|vil|kan|skulle|ville) (fejre|holde|komme|tage|køre|flytte|bruge|lave|pakke|handle|spare|fortælle|sige|gå|rejse|klare|invitere|betale))",
        # methods
        r"\b(hænge|hænger|hængte) (mig|sig)\b", r"\bskyde (mig|sig)\b", r"\bdrukne (mig|sig)\b",
        r"\b(hoppe|springe|kaste (mig|sig)|smide (mig|sig)|løbe|gå|hoppede|sprang) ud foran\b",
        r"\b(hoppe|springe|kaste (mig|sig)|smide (mig|sig)|hoppede|sprang) (ud|ned) (fra|over) (broen|en bro|taget|altanen|vinduet|et højhus|klinten|skrænten)\b",
        r"\bforan (et tog|toget|en bil|bussen|en lastbil)\b", r"\bstår (oppe )?på (broen|taget|kanten|altanen og)\b",
        r"\b(sulte|sulter) (mig|sig) (selv )?ihjel\b", r"\bfandt (jeg )?(et reb|en løkke)\b", r"\bet reb\b.*\b(seng|skab|hals)\b",
        r"\b(jeg|hun|han) (kan|orker|magter) ikke mere\W*$", r"\bkan ikke klare (det|livet) mere\W*$", r"\bikke (at )?(jeg|hun|han) kan mere\b",
        r"\b(skrevet|skrev) (et )?brev\b.*\b(slut|farvel|undskyld for alt)\b",
        r"\b(køre|kører|kørte) (ind i|ud over) (et træ|en mur|en lastbil|en bro|modkørende)\b", r"\b(køre|kører|kørte) (mig|hende|ham) (ned|over)\b",
        r"\bsov(e|er)? for (evigt|altid)\b", r"\bfor at dø\b", r"\bhvordan man (dør|slår sig ihjel|tager sit liv)\b",
        r"\b(bedst|bedre|lettere|nemmere)\b.{0,30}\bhvis (jeg|hun|han)\b.{0,30}\b(ikke vågnede|var død|døde|forsvandt|ikke var her|ikke fandtes|ikke eksisterede)\b",
        r"\b(ikke|ik) (vil|gider|orker|kan|magter) (at |å )?(leve|lev|være til|eksistere)\b(?! (sammen|med|i|på|af|for|som|et|en|uden|hjemme|ude|alene|sådan))",
        r"\b(ikke|ik) (vil|gider|orker|kan|magter) (at |å )?være her (mere|længere)\b", r"\b(ikke|ik) gider mere\b", r"\bgider (ikke|ik) mere\W*$",
        r"\bdet hele er (ligegyldigt|lige meget|meningsløst)\b", r"\bhellere (ville |vil )?(være|var) død\b",
        r"\bbare (kunne )?springe\b", r"\b(stod|står|stå) (ved vinduet|på altanen|på broen|på taget)\b.*\b(springe|hoppe|kiggede ned|kigger ned)\b",
        r"\b(køre galt|falde|skade|slå|brænde|skære|drukne|sulte)\w*\b.{0,20}\bmed vilje\b", r"\bhvis (jeg|hun|han) (forsvandt|var væk for altid|døde|ikke var her|ikke vågnede)\b",
        # indirect and misspelled phrasings (added with the 2026 corpus extension)
        r"\bselvmor", r"\b(ta|tag) (mit|sit|hendes|hans|dit) (eget )?liv\b",
        r"\b(bedre|nemmere|lettere)\b.{0,15}\buden (mig|ham|hende)\b",
        r"\b(ser|se|er|findes|har|kan se) (ingen|ikke nogen) (anden )?udvej\b", r"\bingen udvej\b", r"\bandet end (at )?dø\b",
        r"\b(ingen|(ikke|ik) (er |har |findes )?nogen|ikke noget) (grund|mening) (til|med) at (blive ved|fortsætte|kæmpe videre|holde ud)\b(?! med)"
        # (set 22) going on with a team, a course or a job: "ingen grund til at fortsætte på holdet"
        r"(?! (på|i|hos|ved|som) (\w+ )?(hold\w*|\w*holdet|\w*skole\w*|arbejde\w*|job\w*|\w*kurs\w*|\w*uddannelse\w*|studie\w*|\w*klub\w*|"
        r"forening\w*|kor\w*|praktik\w*|værksted\w*|\w*gruppe\w*|\w*projekt\w*|\w*behandling\w*|\w*terapi\w*|\w*linje\w*|frivillig\w*)\b)",
        r"\btræt af (at leve|at være til|at være i live|at eksistere)\b(?! (af|på|for|hos|under|fra|i (en|et|min|mit|sin|sit|den|det)\b(?! (her )?(verden|verdenen)\b))\b)(?! med (\w+ ){0,2}(smerte\w*|gæld\w*|larm\w*|støj|naboer\w*|rod)\b)", r"\btræt af livet\b(?! (på|i|som|med|hos|derhjemme))",
        r"\b(ikke|aldrig) (burde|skulle) (være|have været) født\b",
        r"\b(fortryder|fortrudt|fortrød) at (jeg|hun|han) (vågnede|vågner|lever|overlevede|stadig er her)\b",
        r"\b(sat|sidder|sad|kravlet|kravlede|kravler) (mig |sig )?(op )?på (broen|rækværket|gelænderet|kanten|taget|altanens kant)\b",
        r"\b(kniven|barberbladet|barberbladene|saksen) frem igen\b",
        r"\b(køre|kører|kørte) (bilen |den |min bil |sin bil )?(ind i|ud over|ind under) (et træ|en mur|en lastbil|en bro|modkørende|en lygtepæl|en betonmur|havnen|vandet|en skrænt|en klippe)\b",
        r"\bhvordan det (ville|vil) være at (være død|dø|ikke være her|ikke være til)\b",
        r"\b(kan|orker) (ikke|ik) mere\b.{0,40}\b(vil (ikke|ik) være her|vil dø|vil væk)\b",
        r"\b(hellere|hellere vil|hellere ville) dø\b", r"\blov til at dø\b", r"\blevet længe nok\b(?! til)",
        r"\b(jeg|hun|han) vil (ikke|ik) mere\W*$",
        r"\b(bedt|beder|bad) (vorherre|gud|herren|vor herre) (om at )?(tage|hente) (mig|hende|ham)\b",
        r"\b(sige|siger|sagde|sagt|skrevet|skrev|skriver) farvel til (alle|livet|jer|os|verden|familien)\b",
        r"\b(skrevet|skrev|skriver) (et |nogle |to |tre )?(brev|breve)\b.{0,60}\b(takker for alt|undskyld for alt|hvis der sker|når jeg er væk|når jeg er død)\b",
        r"\b(ikke|ik) (skal|må) lede efter (mig|ham|hende)\b",
        r"\b(købt|købte|skaffet|skaffede|gemt|gemmer) (mig |sig )?(et reb|en løkke|reb)\b(?! til)",
        r"\b(måder|metoder|måde) (at )?(dø|tage sit liv|tage mit liv|slå (mig|sig) ihjel|ende det) ?(på)?\b",
        r"\bhvor (højt|langt) (man|jeg|hun|han) skal (falde|springe|hoppe)\b",
        r"\bperron\w*\b.{0,80}\b(et skridt frem|hoppe ud|springe ud|træde ud|ned på sporet)\b",
        r"\b(ender|slutter) (det|det hele) (i aften|i nat|nu|snart)\b(?! med)|\b(i aften|i nat) (ender|slutter) (det|det hele)\b(?! med)",
        r"\b(tror|regner|tænker) (ikke|ik) (med )?(at )?(jeg|hun|han) (er|bliver|kommer til at være) her (til jul|til sommer|i morgen|næste år|ret længe|meget længere|til (min|sin) fødselsdag)\b",
        r"\b(orker|gider|magter|kan|vil) (ikke|ik) (at |å )?leve (sådan|på den måde)( her| et liv)? (mere|længere)\b(?! (med|i|uden) (\w+ ){0,3}(rod|rodet|larm\w*|støj|skidt|snavs|gæld|lejlighed\w*|værelse\w*|hus\w*|kaos|naboer\w*)\b)",
        # passive death wishes, burden and planning hints (issue #3 corpus extension)
        r"\b(håber|beder (til|om)|ønsker|ønske|ville ønske|gid|bare)\b.{0,30}\b(ikke|aldrig) (vågner|vågnede|vågne|var vågnet|er vågnet|vågnet)\b",
        r"\b(falder|faldt|falde) i søvn og (ikke|aldrig) (vågner|vågnede|vågne)\b",
        r"\b(magter|orker|gider|kan) (ikke|ik) (livet|mit liv)\b(?! (på|i|som|med|hos|derhjemme|uden|sådan))",
        # (probe 11, h10) "gider ik mere det her liv"
        r"\b(magter|orker|gider|kan) (ikke|ik) (mere |længere )?(det her|dette|mit|det) liv\b(?! (på|i|som|med|hos|derhjemme|uden|sådan))",
        r"\bbedre tjent (med at (jeg|hun|han) (var|er) (væk|død|borte)|uden (mig|hende|ham))\b",
        r"\b(fri|lykkeligere|gladere|friere) uden mig\b",
        r"(?<!ikke )\b(føler|følte|føle) (mig|sig) som en byrde\b(?! (når|hvis) (jeg|hun|han) (beder|spørger|skal have|ringer|får hjælp))", r"\bbare (et problem|en byrde|i vejen) for alle\b",
        r"\b(ikke|intet|ingenting|ikke noget) (mere |længere )?at leve for\b",
        r"\b(hvad er|ingen|ikke nogen|ser ikke|kan ikke se) (pointen|meningen|formålet|mening) med (at leve|livet|at være her|at være til)\b",
        r"\b(døden|at dø|at slippe|at være død)\b.{0,30}\blettelse\b|\blettelse\b.{0,25}\b(at dø|døden|at slippe for det hele)\b",
        r"\b(stopper|stoppe|slutter|slutte|ender|ende|holder op)\b.{0,12}\bfor (altid|evigt)\b",
        r"\b(ikke|ik|ingen) (haft |har |havde |mere |længere )?lyst til at (leve|være til|eksistere)\b(?! (sammen|med|i|på|af|for|som|et|en|uden|hjemme|ude|alene|sådan))",
        r"\bvæk fra livet\b", r"\b(ta|tag) livet af (mig|sig)\b",
        r"\b(overvejet|overvejer|overvejede|tænkt på|tænker på|tænkte på|lyst til) at ende det( hele)?\b(?! (med|forhold|job|projekt)\w*)",
        r"\b(bare|lyst til at|tænker på at|tænkt på at|tænkte på at)( bare)?( at)? (dreje|rive) rattet\b",
        r"\b(tænkt|tænker|tænkte|overvejet|overvejer|overvejede) på at (springe|hoppe)\W*$",
        r"\b(altanen|broen|taget|vinduet|kanten)\b.{0,40}\b(springe|hoppe)\b(?! (i|på|over|ind|med|rundt|op))",
        r"\b(snart|så|nu) slipper (i|de|du|alle|jer|ingen)( alle)? for (mig|hende|ham)\b" + _A_WHILE14,
        r"\b(er|bliver) (snart |nu |bare )?(slut|forbi) med (mig|hende|ham)\b(?! og)",
        r"\b(når|hvis|så) (jeg|hun|han) (ikke|ik) er her (mere|længere)\b(?! (på|i|om|efter|til|fra|end)\b)",
        r"\bhvem der skal have (mine|sine|hans|hendes) ting\b", r"\bhvor mange (sove)?(piller|tabletter) der skal til\b",
        r"\b(givet|giver|gav|forærer|foræret|forærede)\b.{0,40}\b(alle|alt) (mine|sine|hans|hendes)? ?(ting|ejendele|sager) væk\b",
        r"\blægge (mig|sig) (ned )?på (togskinnerne|skinnerne|sporet|banen)\b",
        r"\b(doesn'?t|doesnt|does not|don'?t|dont|do not) want to (be alive|live(?! (alone|by myself|by herself|by himself|on my own|on her own|on his own|with (my|him|her|them|mom|dad|mum|his|their|you|people|others|roommates?|strangers|a roommate)|in (a|an|the|my|this) (\w+ )?(home|house|flat|apartment|place|city|town|village|institution|care|nursing)\b|here|there|near|next to|abroad|together|at|in denmark)\b)|be here|exist|wake up)\b",
        r"\b(not|never) (to )?wake up\b(?! (early|late|on time|in time|at|before))", r"\bwish i (was|were) (dead|gone)\b",
        r"\b(better|easier) (off )?(if|when) (i|she|he) (was|were|wasn'?t|weren'?t|am|is) (n'?t |not )?(around|here|dead|gone)\b",
        r"\b(thinking|thought|think) about how (i|she|he) (would|could|will|might|'?d) do (it|ikke)\b", r"\bways to (do (it|ikke)|die|kill myself|end (it|ikke))\b",
        r"\bjump(ing|ed)? (off|from) (the|a) (bridge|roof|balcony|building|cliff|tower)\b", r"\b(standing|stood|sitting) on (the|a) (bridge|roof|ledge|edge)\b",
        r"\blife (is|isn'?t|is not|'s not|s not) (not )?worth living\b", r"\bnot worth living\b",
        r"\bwant (it all|ikke all|everything|this|it|ikke) to (stop|end) (for good|forever|for ever)\b", r"\bending (it|ikke) all\b",
        r"\b(see|no|what'?s) (the )?point in (living|being alive|going on)\b", r"\brather (be )?(die|dead)\b",
        r"\btired of (being alive|living|life)\b", r"\bcan'?t (go on|carry on) (any ?more|like this)\b", r"\bi cant go on\b",
        r"\b(am|feel like|i'?m) a burden\b", r"\brope\b.{0,40}\b(just in case|for myself|to hang)\b",
        # English, as some citizens write it (normalised: "it" -> "ikke")
        r"\b(want|wants|wanted|wanna|going|gonna) (to )?die\b", r"\b(dont|don't|do not|doesnt|does not) want to (live(?! (alone|by myself|by herself|by himself|on my own|on her own|on his own|with (my|him|her|them|mom|dad|mum|his|their|you|people|others|roommates?|strangers|a roommate)|in (a|an|the|my|this) (\w+ )?(home|house|flat|apartment|place|city|town|village|institution|care|nursing)\b|here|there|near|next to|abroad|together|at|in denmark)\b)|be here|exist|wake up)\b",
        r"\b(kill|killing|killed|hurt|hurting|cut|cutting|harm|harming) (my|him|her) ?(self|selv)\b", r"\bkms\b", r"\bunalive",
        r"\bend (ikke|it) all\b", r"\bend my life\b", r"\bself ?harm", r"\bbetter off (dead|without me)\b", r"\bnothing to live for\b",
        r"\b(going to|gonna|want to|wanna|will|i'?ll) end (it|ikke)( all)? (tonight|today|now|soon|this week)\b(?!.{0,20}\b(with|between)\b)",
        # euphemisms and plans found by fresh probes (december 2026)
        r"\b(gør|gøre|gjorde|gjort) (noget|noget dumt|en ulykke|skade) (ved|på) (mig|sig|hende|ham) selv\b(?!.{0,40}\b(vægt|tabe|tab|træne|træning|motion|formen|hår|håret|tøj|sund|sundt|spise|kost|ryg|rygning|udseende|min|mit|mine|sin|sit|sine)\b)",
        r"\b(vil|ville|skal|at|kan) (tage|ta) livet af os\b(?!.{0,20}\b(i|på) (skak|spil|fortnite|kortspil|brætspil|fodbold|banen)\b)",
        r"\bingen (grund|mening) (til|med) at stå op( om morgenen)? (mere|længere)\b",
        r"\bså (det hele|alt|livet|mit liv) kan (slutte|stoppe|ende|få en ende)\b(?! (godt|med|i|kl|på|til|om|før(?! (mig|os|altid|evigt)\b)|efter))",
        r"\bsnart (er (jeg|hun|han)|(jeg|hun|han) er) (der |her )?(ikke|ik) (mere|længere)\b(?!.*\b(flytte\w*|flytter|rejse\w*|ferie|hjem\w*|praktik|job\w*|skole\w*|weekend\w*|bosted\w*|afdeling\w*|hospital\w*|udskrevet)\b)",
        r"\b(stoppe|holde op|stopper|holder op) med at (spise|drikke)( helt)?\b.{0,40}\b(slut|slutte|dø|død|ende|væk for altid)\b",
        r"\bligeglad (med )?om (jeg|hun|han) (dør|lever|overlever|vågner)\b", r"\blænges (efter|mod) (at dø|døden)\b",
        r"\b(ønsker|ønske|ville ønske|gid|savner|længes)\b.{0,20}\bat det hele var (slut|ovre|forbi)\b", r"\bsavner at være død\b",
        r"\b(ending|end) everything\b",
        r"\b(vil gerne|vil|vil bare|længes efter at|glæder mig til at|snart)\b.{0,30}\b(afdøde|døde) (kone|mand|mor|far|søn|datter|kæreste|hustru|bror|søster)\b.{0,20}\bigen\b",
        r"\b(skrevet|skrev|lavet|lavede) (mit |et )?testamente\b.{0,40}\b(givet|giver|gav|foræret)\b.{0,25}\bvæk\b(?!.{0,40}\b(flytte\w*|plejehjem\w*|ældrebolig\w*|mindre|bofællesskab\w*)\b)",
        r"\b(kan|orker|magter) (bare |simpelthen |altså |virkelig )(ikke|ik) mere\W*$",
        r"\b(om|at) (han|hun) (ikke|ik) (kan|orker) mere\b(?! (med|af|i|på|til|at|end|fordi|når|sådan|nu))",
        r"\blige så godt (være|var) død\b", r"\b(gider|orker|magter) (ikke|ik) (det her|dette|mit) liv\b(?! (sådan|som|på|med|i|hvor|når|hvis|uden))",
        r"\bhvad (jeg|hun|han) (gør|gøre|skal gøre|kan finde på at gøre|finder på at gøre) ved (mig|sig) selv\b",
        r"\b(skriver|skrev|skrevet|poster|postede|lagt op|lagde op) (på|til) \w+ at (han|hun|jeg) vil sige farvel\b",
        r"\b(håber|håbede|ønsker|ønskede) (på )?at (køre galt|forulykke|blive kørt ned|dø|ikke vågne|falde om og dø)\b(?! (gammel|glad|lykkelig|i fred|hjemme|af|som))",
        r"\b(bedst|bedre|lettere|nemmest)\b.{0,30}\b(går|gå|gik) (bare )?ud i (vandet|havet|søen|fjorden)\b",
        r"\b(stod|står|sad|sidder|lå|ligger) (jeg |hun |han )?med (alle )?(pillerne|tabletterne|sovepillerne|rebet|barberbladet|løkken) i (hånden|hænderne)\b",
        # probe 3 (december 2026): farewells, plans, elderly and ID phrasings, chat forms
        r"\b(ordnet|ryddet op i|gjort klar)\b.{0,40}\b(sagt|sagde|taget) (farvel|afsked)\b", r"\btaget afsked med\b.{0,40}\buden at (hun|han|de|nogen) ved det\b",
        r"\bhvem der skal have (min|mit|mine) \w+\b(?!.{0,40}\b(flytte\w*|flytter|ferie\w*|rejse\w*|indlagt|hospital\w*|weekend\w*|når (jeg|hun|han) er (væk|ude) på)\b)",
        r"\b(alt|alting|det hele|alle mine ting|alle mine sager)\b.{0,15}\bså ingen (skal|behøver at) (gøre det|rydde op|ordne det|gøre noget) bagefter\b",
        r"\b(givet|gav|giver) (min|mit|mine) (hund|kat|katten|hunden|fugl|kanin|undulat|dyr)\b.{0,40}\b(skal|kan) (ikke|ik) (bruge|passe|have) (den|det|dem|ham|hende) (mere|længere)\b",
        r"\b(sagt|sagde) (undskyld|farvel) til alle\b.{0,30}\b(klar|parat)\b",
        r"\b(i morgen|i aften|i nat|efter i dag|til jul|næste uge) er (jeg|hun|han) (her )?(ikke|ik) (her )?(mere|længere)\b(?!.*\b(flytte\w*|flytter|rejse\w*|ferie|hjem\w*|praktik|job\w*|skole\w*|weekend\w*|bosted\w*|afdeling\w*|hospital\w*|udskrevet)\b)",
        r"\bved (godt |nu )?hvordan (jeg|hun|han) skal gøre det nu\W*$",
        r"\b(fundet|finder|find) et sted hvor ingen (finder|kan finde|vil finde) (mig|hende|ham)\b",
        r"\btalt (mine |sine )?(piller|pillerne|tabletter|tabletterne|sovepiller|sovepillerne)\b.{0,30}\b(der er nok|nok nu|er nok til)\b",
        r"\bbrev\b.{0,40}\b(skal|må) læse (bagefter|når (jeg|hun|han) er (væk|død|borte)|når (jeg|hun|han) (ikke|ik) er her)\b",
        r"\b(bedre|bedst|lettere|nemmere|nemmest|lettest)\b.{0,20}\bhvis (jeg|hun|han) (bare )?(var væk|ikke var til|ikke var her|var borte)\b(?! (på|i|fra|til|et|en|om|hjemmefra|hjemme|mens|når)\b)",
        r"\b(jeg|hun|han) (vil|ville) (gerne |bare |helst )?(være )?død\b(?! (uden|hvis|af|for|om|nu|i dag))",
        r"\b(ingen|ikke|ik) lyst (at|å) (leve|være til|eksistere)\b",
        r"\b(vil|orker|gider|kan|magter) (ikke|ik) (mere|længere|mer) (at |å )?(leve|være til|være her|eksistere)\b",
        r"\b(ikke|ik) (længere |mere )?ønsker (at )?(leve|være til|være i live|vågne)\b",
        r"\b(vorherre|gud|herren|vor herre|den gode gud)\b.{0,40}\b(kalde|kalder|hente|henter|tage|tager) (mig|hende|ham) (hjem|til sig)\b",
        r"\b(rede|klar|parat) til at (gå bort|dø|forlade denne verden|sige farvel til livet)\b", r"\bvent(er|e) (blot |bare |kun )?på (døden|at dø)\b",
        r"\b(bedst|bedste|bedre|lettere)\b.{0,30}\b(om|hvis) (jeg|hun|han) (bare )?(sov ind|fik lov at sove ind)\b(?! (til|længe|om|i|på|efter))",
        r"\bdone med (livet|at leve)\b", r"\b(jeg|hun|han) (har )?sh('?et|'?ede)? (igen|i nat|i går)\b",
        r"\bbetter off uden (mig|hende|ham)\b",
        r"\b(googlet|googler|søgt på|søger på|læst om|spurgt om)\b.{0,20}\bhvor mange (\w+ )?(pamol|panodil|piller|sovepiller|tabletter|paracetamol)\w* (man|jeg|hun|han) (skal|skulle) (tage|sluge)\b(?!.{0,30}\b(hovedpine|mod|om dagen|hver|dagligt|for smerter|feber)\b)",
        r"\b(tænkt på|tænker på|tænkte på|overvejet|overvejer|lyst til) at stoppe det hele\b(?! (med|og|på|i))",
        r"\bhvis (jeg|hun|han) (ikke|ik) er her (til jul|i morgen|til sommer|næste uge|på mandag|til nytår)\b.{0,30}\bved (i|du|de) hvorfor\b",
        r"\b(skal|må) (ikke|ik) være kede? af det når (jeg|hun|han) er (væk|borte|død|gået)\b(?! (på|i|til|fra|hjemmefra))",
        r"\b(i orden|ordnet|klar|på plads) når (jeg|hun|han) (ikke|ik) er her\W*$",
        r"\b(gå|går|svømme|svømmer) ud i (havet|vandet|søen|fjorden)\b.{0,20}\b(ikke|aldrig) (komme|kommer) (tilbage|op igen)\b",
        r"\b(ikke noget|intet|ingenting) (mere )?at stå op for\b",
        # probe 4: means at hand together with hopelessness; hidden plans; past attempts; mixed English
        r"\b(gevær\w*|jagtgevær\w*|pistol\w*|våben\w*|rebet|et reb|løkke\w*|sovepiller\w*|pillerne|piller|tabletter\w*|medicin\w*|kniven|barberblad\w*)\b.{0,60}\b(træt af (det hele|livet|alt)|ingen vej ud|ingen udvej|(er |alt er |det er )?håbløst\b(?! med)|intet håb|(ingen|ikke noget) håb|nytter (ikke|ik) (noget )?(mere|længere)|den eneste løsning|eneste udvej|(være|er|blive) så (nemt|let)|ikke mere at kæmpe for|mit liv er slut|no way out)",
        r"\b(træt af (det hele|livet|alt)|ingen vej ud|ingen udvej|(alt er|det hele er) håbløst|intet håb|(ingen|ikke noget) håb|nytter (ikke|ik) (noget )?(mere|længere)|den eneste løsning|eneste udvej|ikke mere at kæmpe for|mit liv er slut|no way out)\b.{0,60}\b(gevær\w*|jagtgevær\w*|pistol\w*|våben\w*|rebet|et reb|løkke\w*|sovepiller\w*|pillerne|piller|tabletter\w*|medicin\w*|kniven|barberblad\w*|engangsgrill|motoren)\b",
        r"\bingen vej ud\b(?! (af|fra) (labyrint\w*|rummet|bygningen|parkering\w*|skoven|\w*spil\w*))", r"\bno way out\b",
        r"\bsamlet (nok|tilstrækkeligt|mange nok) (sove)?(piller|medicin|tabletter|plastre)\b",
        r"\b(lagt|lagde|lægger) (alle |hele )?(mine |sine |hans |hendes )?(sove)?(piller|pillerne|tabletter|tabletterne)( \w+)? (frem|klar|parat)\b(?!.{0,30}\b(doserings\w*|dosis\w*|æsken|ugen|morgen\w*|aften\w*|middag\w*)\b)",
        r"\b(pillerne|tabletterne|sovepillerne) ligger (klar|fremme|parat)\b(?!.{0,30}\b(doserings\w*|dosis\w*|æsken|ugen|morgen\w*|aften\w*|middag\w*)\b)",
        r"\b(engangsgrill|grillen|trækul|kul)\b.{0,40}\b(tætnet|tætner|tapet (\w+ )?til|lukket alle|i soveværelset|i bilen|inde i \w+)\b", r"\bslange\w*\b.{0,30}\budstødning\w*\b",
        r"\b(sidder|sad)\b.{0,30}\bgaragen\b.{0,30}\bmotoren (tændt|kørende|i gang)\b",
        r"\b(står|stod|sidder|sad) (ved|på|oppe på) (\w*broen|taget|kanten|rækværket|klinten|skrænten)\b.{0,20}\b(kigger|kiggede|ser|så) ned\b",
        r"\bfundet (et|det) (højt )?sted\b.{0,40}\b(tage mod til|springe|hoppe|gøre det)\b",
        r"\b(piller|pillerne|tabletter|tabletterne|sovepiller\w*|medicin\w*)\b.{0,80}\b(tager|tage|sluger|sluge|spiser|spise) (jeg |hun |han )?(dem|det hele|pillerne) (alle )?(sammen|på én gang|på en gang|på engang|i én omgang)\b",
        r"\b(gemt|gemmer|gemte|samlet|samler|sparet|sparer)\b (\w+ ){0,2}(sove)?(piller|tabletter|medicin|plastre)\b.{0,40}\b(i stedet for at tage dem|ved (godt )?hvad (jeg|hun|han) (skal|vil) (gøre|bruge dem til))\b",
        r"\bfor at (forsvinde|slippe for (det hele|alt|livet))\b(?! (ind|ud|ned|op|hjem|på|i|til|fra))",
        r"\b(sidste gang|sidst|dengang|da) (jeg|hun|han) (prøvede|forsøgte)\b(?! (at|på|med|om|en|et))(?=.{0,50}\b(vågnede|indlagt|pumpet|fandt de|hospitalet|sygehuset|intensiv|skadestuen|(for få|ikke nok) (piller|tabletter))\b)",
        r"\b(efter|siden|før|mit|hendes|hans|sit) (\w+ )?forsøg (sidste|i sidste|for \w+ siden|i \d{4}|bag (mig|sig)|i foråret|i sommer|i vinter|i efteråret|da (jeg|hun|han))\b",
        r"\b(et|to|tre|flere|mange) forsøg bag (mig|sig|hende|ham)\b", r"\b(overlevet|overlevede) (et|to|tre|flere|mange|mit|sit) forsøg\b",
        r"\b(pumpet|pumpede) (mig |hende |ham )?(ud|maven)\b|\bmaveskylning\b",
        r"\b(brev|breve|besked|sms|mail)\b.{0,50}\b(ikke|ik) (må|skal) være kede? af det\b",
        r"\b(vil|want to|wanna|just) (bare )?not exist\b",
        r"\b(vil|skal|going to|gonna|want to|wanna|will) (bare )?end (ikke|it)\b(?= (all|på (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|i aften|i nat|tonight|today|soon|now)\b|\W*$)(?!.{0,30}\b(with|between|med)\b)",
        r"\b(feel like|feels like|thinking about|think about|thought about|want|wanna) (ending|to end|end) (it|ikke|everything|my life)\b",
        r"\b(jeg|hun|han|mor|far) (bare )?(visner|visne) (bort|væk|hen)\b",
        r"\bbesluttet (mig|sig) for at (slippe|dø|gå bort|stoppe det hele|ikke spise mere|ikke tage (min|sin) medicin)\b(?! (med|på|for|fra|af|ud|til))",
        r"\b(piller|pillerne|tabletter|sovepiller|rebet|kniven|geværet|gevær)\b.{0,40}\btænker på (dem|det|den) hele tiden\b",
        r"\b(kniv|kniven|saks|saksen|barberblad\w*|pillerne|rebet|glasskår)\b (\w+ )?i hånden\b.{0,40}\b(ved (ikke|ik) hvad|gøre med (mig|sig) selv|kan (ikke|ik) mere|lyst til)\b",
        r"\b(prøvede|prøvet|forsøgte|forsøgt) (det )?(en gang |engang |to gange |før |tidligere )?(før )?med (piller|pillerne|tabletter|sovepiller|et reb|rebet|kniven|en kniv|at hoppe|gas)\b(?! (mod|for|til|fra lægen))",
        r"\b(give|giver|givet|gav|foræret|forære) (alle |alt |nogle af )?(sine|mine|hans|hendes) (ting|ejendele|sager|ting og sager)( \w+)? væk\b(?!.{0,30}\b(genbrug\w*|loppe\w*|flytte\w*|flytning|mindre|rydde op|oprydning|røde kors|kirkens korshær)\b)",
        r"\b(ikke|ik) (ville|ønskede|orkede|gad) (at )?leve\b(?! (sammen|med|i|på|af|for|som|et|en|uden|hjemme|ude|alene|sådan))",
        r"\b(ikke|ik) (skal|kommer til at) være her (til foråret|til jul|til sommer|til nytår|næste år|meget længere|ret længe|til (min|sin) fødselsdag)\b(?!.{0,30}\b(flytte\w*|rejse\w*|ferie|hjem\w*|praktik|job\w*|skole\w*|bosted\w*|hospital\w*|udskrevet)\b)",
        r"\b(ikke|ik) (væer|vær|vare) her (mere|længere)\b", r"\b(dræpe|drebe|dræper|drepe) (mig|sig) selv\b",
        r"\b(selfmord|selmord|sevlmord|selvmoord|selvmort)\w*", r"\bingen grund til at lev\b",
        # probe 5 (january 2027): not wanting to be, said very short, in learner word order, with adverbs in
        # between, as a question ("hvorfor skal jeg leve"), denial-shaped ("ikke noget dumt, men …")
        r"^\W*(jeg )?(vil|orker) (bare |altså |simpelthen )?(ikke|ik) (mere|mer)\W*$",
        r"^\W*(jeg )?(vil|gider|orker|ønsker) (ikke|ik) (at )?(vågne|vågen)( op)?( mere| igen| længere)?\W*$",
        r"\b(vil|gider|orker|ønsker) (ikke|ik) (at )?(vågne|vågen) (op )?(igen|mere|længere)\b(?! (om natten|kl|klokken|midt|tidligt|hver|af|på grund|før|efter))",
        r"\bfærdig med (livet|at leve|at være i live|at være til|mit liv)\b",
        r"\b(ondt|hårdt|svært|tungt|smertefuldt) at (leve|være i live|være til|eksistere)\b(?! (med|af|for|i|på|sammen|uden|som|alene|sådan|her|der|hos|og))",
        r"\b(ikke|ik|ingen)\b.{0,25}\bvære i live\b(?! (da|når|til|efter))",
        r"\b(livet|mit liv|tilværelsen) (giver|har) (ingen|ikke nogen|ikke længere nogen|ikke|ikke mere nogen) (\w+ )?mening\b",
        r"\b(drømmer|drømt|drømte|fantaserer|fantaseret|fantaserede) om at (være død|dø|ikke være her|ikke vågne|forsvinde for altid|slippe for livet)\b(?! (gammel|som|hjemme|i (mit|sit)))",
        r"\b(vil|gider|orker|magter) (jeg |hun |han )?heller (ikke|ik) (være her|leve|være til|eksistere)\b",
        r"\b(vil|orker|gider|magter) (ikke|ik) (mere |længere )?være (mere|længere)\W*$",
        r"\b(ikke|ik) (vil|gider|orker|magter) (mere|længere) (at )?(leve|være her|være til|eksistere)\b",
        r"\b(ikke|ik|ingen)\b.{0,20}\b(være|leve) (mere |længere )?på (denne jord|jorden|den her jord|denne verden|den her verden)\b",
        r"\bhvorfor (skal|skulle|må) (jeg|hun|han|man) (overhovedet |egentlig |også )?(leve|være her|være til|eksistere|blive ved med at (leve|være her|være til))\b(?! (med|af|sådan|i|på|sammen|for|uden))",
        r"\b(ikke|ik) (\w+ )?gøre? noget dumt men\b",
        r"\b(gør det (ikke|ik)|skal (ikke|ik) gøre det|(ikke|ik) gøre det|bare rolig)\b.{0,30}\bmen\b.{0,40}\b(piller\w*|reb\w*|kniv\w*|barberblad\w*|tabletter\w*|gevær\w*|løkke\w*|sovepiller\w*)\b",
        r"\b(ikke|ik) (skal|kommer til at|bliver) (være )?her (så |ret |meget |særlig )*(længe|længere)\b(?!.{0,30}\b(flytte\w*|rejse\w*|ferie|hjem\w*|praktik|job\w*|skole\w*|bosted\w*|hospital\w*|udskrevet|weekend\w*|videre|besøg|møde\w*|aftale\w*|tandlæge\w*|læge\w*|kl|klokken)\b)",
        r"\b(ved (ikke|ik)|usikker på|i tvivl om) om (jeg|hun|han) (gider|orker|vil|kan|magter) (at )?(leve|være her|være til|fortsætte|blive ved)\b(?! (med|sådan|af|i|på|uden|sammen|der|her))",
        r"\b(orker|gider|magter|kan|vil) (seriøst|altså|bare|simpelthen|virkelig|snart|fandme|sgu) (ikke|ik) (livet|mit liv|at leve|leve|være her)\b",
        # probe 5: passive wishes told the old way (to be fetched, to pass away, a burden, nothing to get up to)
        r"\b(lukke øjnene|falde i søvn|sove ind)\b.{0,30}\b(slippe for (det hele|alt|livet|alting)|for altid|for evigt|(aldrig|ikke) (mere |igen )?vågne( op)?( igen)?)\b",
        r"\b(lyst til|dejligt|rart|ønsker|ville ønske|længes efter|bare) (at )?(bare )?slippe for (det hele|livet|alting|at leve|at være til)\b(?! (med|i|på|om|af|for))",
        r"\b(beder|bad|bedt|bede) (\w+ ){0,3}om at (slippe|dø|få lov at dø|få lov til at dø|blive hentet|ikke vågne|sove ind)\b(?! (for|med|af|til|fra|i|ud))",
        r"\b(vorherre|gud|herren|vor herre|døden)\b.{0,20}\b(ville|vil|må|snart|skal|kunne|kan) (snart |da |bare |godt )?(tage|hente|kalde|komme efter) (mig|hende|ham)\b",
        r"\b(burde|skulle|må hellere|vil gerne|vil bare|ønsker at|vil|lyst til at) (bare )?gå bort\b",
        r"(?<!ikke )(?<!\bdet )(?<!\bden )(?<!\bder )\b(er|føler (mig|sig) som) (bare |kun |altid |nu )?(til besvær|en belastning|en klods om benet|i vejen) for (alle|jer|familien|mine børn|sine børn|alle andre|dem alle|mine nærmeste|sine nærmeste)\b" + _IN_PLACE14,
        r"\b(jeg|hun|han) (bare |kun |nu )?er (bare |kun |nu )?en klods om benet\b",
        r"\blægge (mig|sig) (ned )?(til at|og) dø\b", r"\b(ikke noget|intet|ingenting) (mere )?at stå op til\b",
        r"\b(ønsker|beder til|ville ønske)( bare)?( at)? (det hele|livet|mit liv|det) (snart )?(er|var|bliver|blev) (slut|ovre|forbi)\W*$",
        r"\b(håber|håbede)( bare)?( at)? (livet|mit liv) (snart )?(er|var|bliver|blev) (slut|ovre|forbi)\b",
        r"\b(orker|gider|magter|vil|kan) (ikke|ik) (at )?trække vejret (mere|længere)\b",
        r"\bfortjener (ikke|ik) at (leve|være her|være til|være i live|eksistere|vågne)\b|\bfortjener at dø\b",
        r"\b(vil|ønsker|længes efter)( bare| gerne)?( have)? (fred|ro|hvile) for (altid|evigt)\b",
        r"\b(vil|ville|skal|lyst til at være|bare|helst) (være )?væk for (altid|evigt)\b", r"\b(vil|ville|skal) (bare )?sove (altid|resten af livet|for bestandig)\b",
        r"\b(håber|håbede) (at )?(jeg|man) (dør|døde|falder død om|ikke overlever)\b(?! (af|ikke|gammel))",
        r"\b(han|hun) (siger|sagde|skriver|skrev|har sagt) (at )?(han|hun) (håber|håbede) (at )?(han|hun) (dør|døde|ikke vågner|falder død om)\b",
        r"\b(ønske|ønsker|ønskede|ville ønske) (at )?man (var|være) død\b", r"\bfarvel\b.{0,40}\bsom om det (er|var|bliver) (den )?sidste gang\b",
        # probe 5: means and ways (roads, the sea, heights, which pills, drinking oneself to death, a rope ready)
        r"\b(kører|køre|kørte) (alt )?for stærkt\b.{0,30}\b(håber|håbede|ønsker|ligeglad)\b",
        r"\b(håber|håbede|ønsker) (at )?(det går galt|jeg kører galt|bilen forulykker|der sker en ulykke|jeg forulykker|jeg bliver kørt ned)\b",
        r"\b(kniv\w*|barberblad\w*|saks\w*|glasskår)\b.{0,20}\b(mod|på|over|ind i|i) (mit |sit |hendes |hans |min |sin )?(håndled\w*|hals|halsen|strube\w*|pulsåre\w*)\b",
        r"\bgå (ud )?i (havet|vandet|søen|fjorden|åen)\b.{0,30}\b(blive ved|aldrig|(ikke|ik) (komme|vende) (tilbage|op)|for altid)\b",
        r"\b(tænker|tænkt|tænkte|overvejer|overvejet|overvejede) (\w+ )?på at (gå|vade|svømme) ud i (havet|vandet|søen|fjorden|åen|havnen)\b(?! (og bade|og svømme|i (morgen|weekenden|sommer)|når|med))",
        r"\b(fundet ud af|undersøgt|googlet|målt|tjekket|regnet ud)\b.{0,10}\bhvor (højt|langt) (ned )?(der er|det er)\b",
        r"\b(undersøgt|undersøger|googlet|googler|læst om|søgt på|fundet ud af|tjekket|spurgt om)\b.{0,25}\b(hvilke|hvor mange|hvilken) (\w+ )?(piller|tabletter|medicin|sovepiller|panodil|pamol)\w*\b.{0,25}\b(farlig\w*|dødelig\w*|giftig\w*|slår ihjel|der skal til|man dør af|for at dø|for (ikke|ik) at vågne)\b",
        r"\b(piller|tabletter|panodil|pamol|sovepiller|medicin|paracetamol)\w*\b.{0,40}\b(for (ikke|ik) at vågne|for at dø|dødelig dosis)\b",
        r"\bhvis (man|jeg|hun|han) (tager|sluger|spiser|tog|slugte) (\d{2,}|tyve|tredive|fyrre|halvtreds|hundrede|en hel pakke|et helt glas|en hel æske|alle)\b (\w+ )?(panodil|pamol|piller|tabletter|sovepiller|paracetamol|ipren|pinex)\w*\b",
        r"\bdødelig\w* dosis\b", r"\b(drikke|drikker|drak|drukket) (mig|sig) ihjel\b", r"\bdræb (mig|sig) selv\b",
        r"\blægge (mig|sig) (ud |ned )?(på|foran|under) (motorvejen|vejen|skinnerne|togskinnerne|sporet|banen|toget|bussen|en bil|en lastbil)\b",
        r"\bliv\b.{0,30}\b(vil|skal|at|gerne) ende det( hele)?\W*$", r"\b(henge|henger|hengte) (mig|sig)\b",
        r"\b(et reb|rebet|en løkke|løkken)\b (\w+ )?(klar|parat|gemt|hængende|liggende) (i|under|bag|på|oppe på) (skabet|loftet|kælderen|garagen|skuret|værelset|soveværelset|sengen|krogen|bjælken|loftsbjælken)\b",
        # probe 5: subordinate and inverted word order ("at jeg ikke gider vågne", "så tager jeg alle mine piller",
        # "ved jeg ikke om jeg gider leve"), and the reported wish ("far siger at han håber han dør")
        r"\b(ikke|ik) (vil|gider|orker|ønsker) (at )?(vågne|vågen) (op )?(igen|mere|længere)\b",
        r"\b(så|ellers) (tager|sluger|spiser) (jeg|hun|han) (alle|hele|resten af|en masse|mange|for mange) (af )?(mine |sine )?(piller|pillerne|tabletter|sovepiller|medicin|medicinen|glasset|pakken)\b",
        r"\b(springer|hopper|kaster|smider) (jeg|hun|han) (mig |sig )?(ud|ned) (fra|over|foran)\b", r"\b(slår|dræber) (jeg (mig|sig)|(hun|han) sig) (selv )?ihjel\b|\b(dræber|skader) (jeg|hun|han) (mig|sig) selv\b",
        r"\b(hænger|skyder|drukner) (jeg|hun|han) (mig|sig)\b", r"\b(tager|tog) (jeg|hun|han) (mit|sit) (eget )?liv\b",
        r"\bved (jeg|hun|han) (ikke|ik) om (jeg|hun|han) (gider|orker|vil|kan|magter) (at )?(leve|være her|være til|fortsætte|blive ved)\b(?! (med|sådan|af|i|på|uden|sammen|der|her))",
        r"\b(siger|sagde|skriver|skrev|har sagt|fortæller|fortalte)\b (at )?(han|hun) (håber|håbede) (at )?(han|hun) (dør|døde|ikke vågner|falder død om)\b",
        r"\b(ser|kan|finder) (ikke|ik) (se )?nogen (grund|mening) (til|med) at (fortsætte|blive ved|leve|kæmpe videre|holde ud|stå op)\b(?! med)",
        r"\b(tror|regner|tænker) (ikke|ik) (med )?(at )?(jeg|hun|han) (skal|kommer til at) være her (så |ret |meget |særlig )*(længe|længere)\b(?!.{0,30}\b(flytte\w*|rejse\w*|ferie|hjem\w*|praktik|job\w*|skole\w*|bosted\w*|hospital\w*|udskrevet|weekend\w*|videre|besøg|møde\w*|aftale\w*|tandlæge\w*|læge\w*|kl|klokken)\b)",
        r"\b(ikke|ik) (ser|kan se|finder) nogen (grund|mening) (til|med) at (fortsætte|blive ved|leve|kæmpe videre|holde ud|stå op)\b(?! med)",
        r"\b(bedst|bedre|lettere|nemmere|nemmest)\b.{0,30}\bhvis (jeg|hun|han) (bare )?(ikke|ik) (havde )?(overlevede|overlevet|var vågnet|var kommet igennem)\b",
        r"\b(ingen|ikke nogen|ikke en eneste) (der |som )?(ville|vil|ville nok|ville jo|kommer til at) (savne|opdage|lægge mærke til|sørge over|græde over|mærke) (mig|hende|ham|det)\b.{0,30}\b(hvis|når) (jeg|hun|han) (var|er) (væk|død|borte)\b",
        r"\b(stået|stod|står) (ude |oppe )?på (\w*broen|kanten|taget|altanens kant|perronkanten)\b.{0,10}\b(et par gange|flere gange|mange gange|igen|om natten|i nat)\b",
        r"\b(hamstret|hamstrer|hamstrede|hamstre)\b (på )?(min |mine |sin |sine |nogle |en masse |alle )?(sove)?(piller|pillerne|tabletter|medicin|sovemedicin|smertestillende)\b",
        r"\b(gemt|samlet|sparet|hamstret) (på )?(min |mine |sin |sine )?(sove\w*|smertepiller|morfin\w*)\b.{0,10}\bi (et halvt år|månedsvis|flere måneder|måneder|lang tid|\w+ måneder|et år)\b",
        r"\b(ikke|ik) mere af (livet|det her liv|at leve)\b", r"\b(ingen|ikke nogen|ikke) (grund|mening|lyst) (til|med) at (\w+ ){0,4}leve videre\b",
        r"\b(tror|regner|tænker) (ikke|ik) (med )?(at )?(jeg|hun|han) (er|bliver|kommer til at være|skal være) her (til|i|på) (påske\w*|nytår|foråret|efteråret|vinteren|sommeren|jul\w*|næste (jul|år|sommer|måned)|(min|sin) fødselsdag)\b(?!.{0,30}\b(flytte\w*|rejse\w*|ferie|praktik|job\w*|hospital\w*|udlandet|sommerhus\w*)\b)",
        r"\b(gør|gøre|gjorde|gjort) (jeg |hun |han )?det af med (mig|sig)( selv)?\b",
        r"\b(venter (bare |kun |blot )?på|håber|beder om|ønsker) (at )?(vorherre|gud|herren|vor herre|døden) (snart )?(henter|tager|kalder|kommer efter|vil hente) (mig|hende|ham)\b",
        r"\b(bedst|bedre|lettere)\b.{0,30}\b(om|hvis) (jeg|hun|han) (bare )?sov ind (i nat|i aften|for altid|og ikke vågnede|og aldrig vågnede)\b",
        r"\bdø af (piller|sovepiller|tabletter|panodil|pamol|en overdosis)\b",
        r"\b(havnen|kajen|kanten|skrænten|klinten)\b.{0,40}\b(køre|kører|kørte) (bilen )?ud\b(?! (at|og|på|til))",
        r"\b(tænkt|tænker|tænkte|overvejet|overvejer|fundet ud af)\b.{0,10}\bhvilken (bro|perron|klint|skrænt|højhus|togstrækning)\b.{0,25}\b(det skulle være|det skal være|springe|hoppe|bruge)\b",
        r"\b(dont|don't|do not|doesnt|does not) wanna (live|be here|exist|wake up|be alive)\b",
        r"\bhar sh'?(et|ede)\b", r"\bhar (tag|ta|tat|tage) (alle|mange|en masse|for mange|hele) (af )?(mine |sine )?(piller|pillerne|tabletter|sovepiller|medicin)\b",
        # probe 6 (h3): structures, not sentences. A wish not to have been born, in any tense ("aldrig var blevet født");
        # "my life is over" said flatly (not "… hvis de tager min computer"); hiding pills where no one looks; pills
        # on top of drink; drinking until one passes out so as not to feel
        r"\b(ville ønske|gid|ønsker|ønskede|bedre (hvis|om)|burde) (at )?(jeg|hun|han) (aldrig|ikke) (var|havde|er|blev|havde været|var blevet|er blevet) ((blevet )?født|kommet til verden)\b",
        r"\b(mit|sit|hendes|hans) liv er (slut|forbi|ovre|færdigt)\b(?! (hvis|uden|når|som|med|på|i|for|nu|fordi|efter))",
        r"\b(gemt|gemmer|gemte|skjult|skjuler|skjulte|hamstret|hamstrer|samlet|samler)\b (\w+ ){0,3}(sove)?(piller|pillerne|tabletter|tabletterne|medicin|medicinen|sovepiller\w*|panodil\w*|pamol\w*)\b.{0,30}\b(i en sok|i sokken|i en strømpe|i strømpe\w*|under (madrassen|puden|sengen|tæppet|gulvtæppet)|i madrassen|hvor ingen|så ingen|uden at (nogen|personalet|de|min \w+) (ved|ser|finder))",
        r"\b(drikker|drak|drukket|fuld|beruset|alkohol|sprut|vodka|vin|øl)\b.{0,80}\b(tog|taget|tager|slugte|slugt|spiste)( jeg| hun| han)? (\w+ ){0,2}(piller|pillerne|tabletter|sovepiller|sovemedicin|panodil|pamol)\w* (oveni|oven i)\b",
        r"\b(drikker|drak|drukket) (mig )?(\w+ )?(til|indtil) (jeg|hun|han) (besvimer|besvimede|falder om|faldt om|går ud|gik ud|mister bevidstheden|mistede bevidstheden|ikke kan mærke (noget|mig selv)|ikke kunne mærke noget)\b",
        r"\bglæder (mig|sig) til (at dø|døden|at være død|at slippe for (det hele|livet))\b",
        r"\bsidste gang (i|du|de|nogen|jeres|alle) (nogensinde )?(ser|hører fra|hører|snakker med|taler med) (mig|hende|ham|fra mig)\b(?! (i år|før|inden|til|på|i (denne|den her|lang|en|et|\w+ uger|\w+ dage|\w+ måneder))\b)",
        r"\b(\d+|to|tre|fire|fem|seks|flere|mange) (pakker|æsker|glas|bøtter|plader|rør) (\w+ )?(panodil|pamol|piller|sovepiller|tabletter|paracetamol|ipren|kodimagnyl)\w*\b.{0,30}\b(gemt|gemmer|skjult|skjuler|samlet)\b",
        r"\b(drikker|drak|drukket|drukner|sprut|alkohol|piller|pillerne|vodka)\b.{0,50}\b(til|indtil) (jeg|hun|han) (slukker|slukkede|går kold|gik kold|blacker|kollapser|falder i søvn og (ikke|ik) kan mærke)\b",
        # absence would be easier for others ("nemmere for alle hvis jeg var ude af billedet"); no reason that I exist;
        # I should just vanish
        r"\b(bedre|bedst|lettere|nemmere|nemmest|lettest)\b.{0,25}\b(hvis|om|når) (jeg|hun|han) (bare |ikke )?(var væk|ikke var til|ikke var her|ikke var der|var borte|var ude af billedet|ikke fandtes|ikke eksisterede|forsvandt|var død|døde|ikke levede|ikke vågnede|var væk for altid)\b(?! (på|i|fra|til|et|en|om|hjemmefra|hjemme)\b)",
        r"\b(ingen|ikke nogen|ingen som helst) (grund|mening) (til|med) at (jeg|hun|han) (er her|er til|lever|findes|eksisterer)\b(?=\W*$| (mere|længere|overhovedet|på jorden|i verden)\b)",
        r"\b(jeg|hun|han) (bare )?(skal|burde|bør) (bare )?forsvinde\b(?! (ind|ud|ned|op|hjem|på|i|til|fra|lidt|et|en|ud af)\b)",
        # probe 6b (h3): a plan to die; the wish put another way round ("helst vil være død"); wanting to steer into
        # traffic; looking for a high place; apologies and farewells with things given away
        r"\b(plan|planer|planen|planlægger|planlagt) (om|for|på) at (dø|tage (mit|sit|mit eget|sit eget) liv|ende (det|livet|det hele)|slå (mig|sig) ihjel|tage livet af (mig|sig))\b",
        r"\b(helst|hellere|bare|gerne) (vil|ville) (være )?død\b(?! (uden|hvis|af|for|om|nu|i dag|gammel))",
        r"\b(lyst til|tænker på at|tænkt på at|fristet til at|trang til at) (\w+ ){0,3}(over i (den anden|modsatte) (bane|vejbane|side)|ind i (modkørende|en lastbil|et træ|en mur|autoværnet|en bro\w*)|ud foran (\w+ )?(bil\w*|lastbil\w*|tog\w*|bus\w*))\b",
        r"\b(finde|fundet|leder efter|ledte efter|søger|søgte efter) (en|et|den|det) (høj|højt|høje|højeste) (bygning|sted|bro|tag|hus|klippe|parkeringshus|tårn)\b(?!.{0,30}\b(udsigt\w*|se (fyrværkeri|solnedgang\w*)|fotografere|billeder)\b)",
        r"\b(sagt|sagde) (undskyld|farvel) til (alle|dem alle|familien|jer|mine børn)\b.{0,60}\b(givet|gav|foræret|forærede) (\w+ ){0,3}(væk|til (naboen|min \w+|en \w+))\b",
        r"\b(givet|gav|foræret|forærede) (\w+ ){0,3}(væk|til (naboen|min \w+))\b.{0,60}\b(sagt|sagde) (undskyld|farvel) til (alle|dem alle|familien|jer)\b",
        r"\b(tror|regner|tænker) (ikke|ik) (med )?(at )?(jeg|hun|han) (er|bliver) her (til|ved) (næste|det næste) (møde|gang|år)\b(?!.{0,40}\b(flytte\w*|flytter|rejse\w*|ferie|praktik|job\w*|skole\w*|bosted\w*|hospital\w*|udskrevet|syg)\b)",
    ]


def self_harm_patterns() -> list[str]:
    """Self-harm: cutting, scratching, burning, hitting oneself, poisoning, overdose."""
    return [
        r"\b(skærer|skære|skar|skåret) i (mig|sig)( selv)?\b", r"\b(skærer|skar|skåret) (mig|sig)\b(?! (i|på) (en |et |min |mit )?\w*(finger|fingeren|kniv|kniven|glas|glasset|papir|papiret|dåse|dåsen|sav|saks|saksen|tommelfinger))",
        r"\bskære (mig|sig)\b(?! (i|på) (fingeren|kniven))", r"\bcutter\b", r"\bcutte\b", r"\bcuttet\b",
        # the verb before its subject after a fronted word (V2): "så skar jeg i armen", "i går har jeg skåret mig i låret"
        r"\b(skærer|skar|snitter|snittede|ridser|ridsede) (jeg|hun|han) (mig |sig )?(selv )?(i|på) (armen|armene|håndleddet|håndleddene|låret|lårene|benet|benene|maven|huden)\b",
        r"\b(har|havde) (jeg|hun|han) (skåret|snittet|ridset) (mig |sig )?(selv )?(i|på) (armen|armene|håndleddet|håndleddene|låret|lårene|benet|benene|maven|huden)\b",
        r"\b(gør|gøre|gjort|gjorde) (mig|sig) selv (fortræd|ondt|skade)\b", r"\bgøre skade på (mig|sig) selv\b",
        r"\b(skade|skader|skadet|skadede) (mig|sig) selv\b", r"\bselvskad",
        r"\b(slår|slog|slå|slaar|banker|bankede|sparker) (mig|sig) selv\b", r"\b(slår|slaar|banker|dunker|slå|banke|dunke) (mit |sit )?(hovedet|hoved|panden) (ind i|ned i|mod|i)\b",
        r"\b(brænder|brændte|brænde|brændt) (mig|sig) (selv|med|på cigaret)\b",
        r"\b(brækker mig|brække mig|kaster op|kaste op|sulter mig|skader mig)\b.{0,20}\bmed vilje\b", r"\b(ridse|ridser|ridsede|ridset|kradse|kradser|kradset) (mig|sig)\b",
        r"\btil (det|jeg|hun|han) (bløder|blødte|har blødt|begyndte at bløde)\b|\btil blods\b", r"\b(bider|bed|bidt) (mig|sig) selv\b",
        r"\bbarberblad\w*\b.*\b(arm|lår|håndled|mig selv)\b|\b(arm|lår|håndled)\w*\b.*\bbarberblad",
        r"\b(taget|tog|slugt|slugte|spist|spiste|tager|(vil|ville|truer med at|overvejer at|tænkt på at|tænker på at|tænker at|tænkt at) tage) (alle|mange|en masse|hele|resten af) (af )?(mine|sine|hendes|hans|de)? ?(\w*piller|\w*pillerne|tabletter|tabletterne|sovepiller|medicin|medicinen)\b(?! (om|hver|til tiden|morgen|aften|som))",
        r"(?<!købt en )(?<!købte en )(?<!køber en )(?<!købt et )(?<!købte et )(?<!køber et )\b(hel|helt|hele) (pakke|glas|æske|bøtte|plade|pakken|glasset|æsken)\b.{0,30}\b(piller|panodil\w*|pamol\w*|ipren|kodimagnyl|tabletter|sovepiller|sovemedicin)\b"
        r"(?!.{0,25}\bmed (hjem|på|til|i|ud)\b)",
        r"\boverdosis\b", r"\b(taget|tog|slugt|slugte|spist|spiste) for mange (piller|tabletter|panodil\w*|pamol)\b",
        r"\bsamle(r)? på (piller|tabletter|sovepiller)\b",
        r"\b(sparer|spare|spart|sparet|samler|samle|samlet|gemmer|gemt|gemte) (på )?(mine |sine |nogle )?(piller|pillerne|sovepiller|tabletter|medicin)\b.{0,20}\b(sammen|op|hvis)\b"
        r"(?!.{0,30}\b(gulvet|gulv|tabt\w*|tabte|sygeplejerske\w*|hjemmepleje\w*)\b)",
        r"\b(taget|tog|slugt|slugte)\b.{0,25}\b(for mange|flere end|mange flere|flere af)\b.{0,15}\b(piller|sovepiller|tabletter|pillerne)\b",
        r"\b(drukket|drak)\b.{0,30}\b(og|plus) (taget|tog|spist|slugt) (nogle |en masse |mange |alle )?(piller|tabletter|sovepiller)\b",
        r"\b(skærer|skære|skar|skåret|ridser|ridset|ridsede) (mig |sig )?(i|på) (mine |sine |hendes |hans )?(arme|armene|armen|ben|benene|lår|lårene|håndled\w*|mave\w*|hud\w*)\b",
        r"\b(drukket|drak|drikker|spist|spiste|slugt|slugte) (noget |en flaske |et glas )?(rengøringsmiddel|sæbe|klorin|opvaskemiddel|sprit|eddikesyre|gift|rottegift|afløbsrens|lampeolie|shampoo|brun sæbe|rensemiddel)\b",
        r"\b(begyndt at|lyst til at|trang til at|stoppet med at|holdt op med at|plejede at) (skære|cutte|ridse|kradse)\b(?=( mig| sig)?( selv)? (igen|mere|i (mig|sig)|på (mig|sig|armen|armene|benene|lårene|maven))|\W*$)",
        r"\b(begyndt at|lyst til at|trang til at|stoppet med at|holdt op med at|plejede at) brænde (mig|sig)\b", r"\bskære (igen|dybere)\b",
        r"\b(ridset|ridser|ridsede|ridse|kradset|kradser|kradsede|skåret|skærer|skar|brændt|brænder|brændte) (i |på )?(mine|sine|hendes|hans) (arme|armene|ben|benene|lår|lårene|håndled|mave|maven|hud|huden)\b",
        r"\b(brænd|brend|skær|skar|skåret|slå|slog|slået|skad|ridse|ridset|kradse|kradset|sulte|sultet|brække|brækket|kaste|kastet)\w* (mig|sig)\b.{0,40}\bmed vilje\b",
        r"\b(brendt|brender|brendte) (mig|sig) (selv|med)\b",
        r"\b(taget|tog|slugt|slugte|spist|spiste)\b.{0,25}\b(for mange|flere end|mange flere|flere af)\b.{0,25}\w*(piller|pillerne|tabletter|panodil\w*|pamol\w*)\b",
        r"\b(taget|tog|slugt|slugte|spist|spiste) (\d{2,}|tyve|tredive|fyrre|halvtreds|hundrede) (stk |styk )?(\w*piller|tabletter|panodil\w*|pamol\w*|ipren|kodimagnyl)\b(?! (om|hver|dagligt|i døgnet|morgen|aften|til))",
        r"\b(taget|tog|slugt|slugte) (alle|hele) (mine|sine|hans|hendes) \w*piler\b",
        r"\b(gemt|gemmer|gemte|samlet|samler|sparet|sparer|spart|hamstret|hamstrer) (på )?(mine |sine |nogle |en masse |alle )?(sove)?(piller|pillerne|tabletter|medicin)\b.{0,40}\b(hvis|i tilfælde|til når|til den dag|til det bliver|når jeg ikke)\b",
        r"\bbarberblad\w*\b.{0,40}\b(gemt|blod|skjult)\b|\b(gemt|blod|skjult)\b.{0,40}\bbarberblad",
        # not eating, vomiting, pills and hitting on purpose; needles (issue #3 corpus extension)
        r"\b(spiser|spiste) (ikke|ik|ingenting|intet|næsten ingenting)\b.{0,30}\bmed vilje\b",
        r"\b(ikke|ik|ingenting|intet) (\w+ )?(spise|spiser|spist|spiste)\b.{0,30}\bmed vilje\b|\bmed vilje\b.{0,25}\b(ikke|ik) (\w+ )?(spise|spiser|spist|spiste)\b",
        r"\b(spise|spiser|spist|spiste|sulte\w*|skære|skærer|slå|slår|brænde|brænder)\b.{0,30}\bstraffe (mig|sig) selv\b", r"\bfor at straffe (mig|sig) selv\b",
        r"\b(kaster|kastede|kaste|brækker|brækkede)\b.{0,20}\bop\b.{0,15}\bmed vilje\b",
        r"\b(taget|tog|slugt|slugte|spist|spiste) (\w+ ){0,4}(piller|tabletter|medicin|sovepiller)\b.{0,30}\bmed vilje\b",
        r"\bmed vilje\b.{0,20}\b(taget|tog|slugt|slugte|spist|spiste) (for mange|flere|alle|en masse|mange)\b",
        r"\b(slår|slog|banker|bankede|dunker|dunkede|sparker|sparkede) (min|mine|sin|sine) (hånd|hænder|knoer|næve|hoved|arm|arme|ben|fod|pande)\b.{0,15}\b(ind i|mod|i|ned i)\b(?!.{0,40}\buheld)",
        r"\b(stikker|stak|stukket|prikker|prikkede) (mig|sig) (selv )?med (en |et )?(nål|nåle|kniv|saks|glasskår|passer|sikkerhedsnål)\b",
        r"\b(piller|piller|river|rev|flår) (huden|skindet) af\b.{0,30}\b(bløder|blod)\b",
        r"\b(burn|burns|burning|burnt|burned|hit|hits|hitting|starve|starving|starved|punch|punching|scratch|scratching|bite|biting) (my|him|her) ?(self|selv)\b",
        r"\b(eat|eating|ate|cut|cutting|burn\w*|hit\w*|starv\w*|scratch\w*|throw\w* up|overdos\w*)\b.{0,30}\bon purpose\b",
        r"\b(skærer|skar|cutter|brænder) (mig |sig )?(ikke|ik) (mere|længere),? (men|selvom) (jeg|hun|han) (har|får) (stadig |tit |ofte )?lyst\b(?! til (\w+ )?(kage|mad|slik|is|chokolade|brød|at lave|at bage))",
        r"\b(gør|gøre|gjorde|gjort) det (igen )?med (barberbladet|barberbladene|et barberblad|glasskår\w*)\b", r"\b(gør|gøre|gjorde|gjort) det igen med (kniven|saksen|lighteren|nålen)\b",
        r"\buntil (they|it|i|she|he) bleeds?\b", r"\b(bang|bangs|banging|hit|hits|hitting) (my|her|his) head (against|on|into)\b",
        r"\b(saving|saved|hoarding|collecting|stockpiling)( up)? (my|her|his) (pills|tablets|meds|medication)\b",
        # probe 3 (december 2026)
        r"\b(købt|købte|samlet|hamstret)\b.{0,20}\b(en masse|mange|flere pakker|masser af)\b.{0,10}\b(panodil|pamol|piller|sovepiller|tabletter|paracetamol|ipren)\w*\b.{0,30}\bgemt\b",
        r"\b(en masse|mange|masser af|en bunke|en pose|en dåse( med)?)( \w+)? (piller|tabletter|sovepiller)\b (\w+ )?gemt\b",
        r"\bsår\b.{0,30}\b(selv har lavet|har lavet selv|selv lavet|selvpåført\w*)\b",
        r"\b(knalder|knaldede|smadrer|smadrede|hamrer|hamrede) (mit |sit )?(hovedet|hoved|panden|hånden|hånd|knytnæven) (ind i|ned i|mod)\b",
        r"\b(river|rev|flår|flåede|kradser|kradsede) (mig|sig) selv\b", r"\btil der kommer blod\b",
        r"\b(holder op med|stopper med|stoppet med|holdt op med|lader være med) at tage (min|mit|mine|sin|sine) (insulin|medicin|piller|tabletter)\b.{0,20}\b(så|for at) (jeg|hun|han) (bliver syg|dør|kan dø|bliver dårlig)\b",
        # probe 4: starving, purging and refusing medicine as self-harm
        r"\b(sulter|sultede|sultet|sulte) (mig|sig) selv\b",
        r"\b(stikker|stak|stikke|putter|puttede) (jeg |hun |han )?(en finger|fingeren|fingrene|to fingre|tandbørsten) (\w+ )?i halsen\b"
        r"(?! på)(?!.{0,40}\bfor at få\b)",  # (set 21) not in a dog's throat to get a ball out
        r"\bfor at straffe (mig|sig)\b",
        r"\b(fortjener|fortjente|fortjent) (ikke|ik) (\w+ )?(mad|at spise|at leve|at være her|at være til|at være i live)\b",
        r"\b(ikke|ik) (\w+ )?(spist|spiser|spise|drukket|drikker)\b.{0,40}\bfortjener (det |mad |at spise )?(ikke|ik)\b",
        r"\b((tager|tage|spiser|spise|drikker|drikke) (ikke|ik|aldrig)|smider|smed|spytter|spyttede|gemmer|nægter at tage|nægter at spise|stoppet|stoppede|holdt op med at tage|holder op med at tage)\b( \w+){0,4} (medicin\w*|piller|pillerne|insulin\w*|tabletter\w*|mad|maden|noget)\b.{0,40}\b(overstået|ende hurtigere|kan ende|dø|døden|forsvinde(?! (fra|hjem|ud|ind|til|i))|slippe(?! (for (skolen|arbejdet|opvasken|lektierne)|ud|ind|afsted))|visne|ikke vågner)\b",
        r"\b(spise|spiser|drikke|drikker) (ikke|ik)? ?(noget )?(før|indtil|til) (jeg|hun|han) (er )?(helt )?(væk|forsvundet|død|borte)\b(?! (fra|hjemme|ude|hjem))",
        r"\b(ikke|ik) (rørt|spist|smagt på) (maden|mad|noget|noget mad)? ?i (\d+|to|tre|fire|fem|seks|syv|flere|mange) (dage|døgn)\b",
        r"\b(skoret|skarret|skæret) i (mig|sig)( selv)?\b",
        # probe 5 (january 2027): cutting told in two words, singular body parts, instruments, "to feel something",
        # scratching and strangling oneself, relatives who see the marks
        r"\b(jeg|hun|han) (har )?(skar|skåret|cuttede|cuttet|ridsede|ridset|snittede|snittet) (igen|i nat|i går|i aftes|i weekenden)( (igen|i nat|i går|i aftes|i weekenden|i dag))?\W*$",
        r"\b(snitter|snittet|snittede|snitte|flænser|flænset|flænsede) (i )?(mig|sig)\b",
        r"\b(klorer|klore|klorede|kloret) (mig|sig)\b", r"\b(river|rev|flår|flåede) (mig|sig) selv\b",
        r"\b(kvæle|kvæler|kvalte|kvalt|strangulere|strangulerer|strangulerede) (mig|sig) selv\b", r"\b(gør|gøre|gjort|gjorde) ondt på (mig|sig) selv\b",
        r"\b(brændt|brændte|brænder|brænde)\b (\w+ ){0,3}med (en |et |min |sin |hans |hendes )?(lighter\w*|cigaret\w*|tænder\w*|strygejern\w*|glødende \w+|varm\w* (ske|kniv|søm|nål))\b",
        r"\bfor at (mærke noget|kunne mærke noget|mærke smerte\w*|straffe (mig|sig) selv|føle noget|mærke at (jeg|hun|han) (lever|er i live))\b",
        r"\b(ridset|ridser|ridsede|skåret|skar|skærer|kradset|kradsede|brændt|brændte)\b (\w+ ){0,3}ind i (min |mit |sin |sit |hendes |hans )?(arm|armen|huden|låret|lårene|håndleddet|benet|maven|hånden)\b",
        r"\b(skærer|skære|skar|skåret|ridser|ridset|ridsede|cutter|cuttede)\b( \w+){1,3} (i|på) (mine |sine |hendes |hans )?(arme|armene|lår|lårene|håndled\w*|mave\w*|underarm\w*)\b(?!.{0,30}\b(kylling\w*|kalkun\w*|anden|kødet|stegen|grisen)\b)",
        r"\b(ridser|rifter|sår|snitsår|snit|ar|brændemærker|mærker|blå mærker|plastre)\b.{0,30}\b(underarm\w*|håndled\w*|lår\w*|armene|arme)\b.{0,40}\b(ikke vil (forklare|fortælle|sige|snakke om)|skjuler|gemmer|lange ærmer|vil (ikke|ik) (forklare|fortælle|vise))\b",
        r"\b(kniv\w*|barberblad\w*|saks\w*|glasskår)\b (arm|armen|arme|armene|lår|lårene|håndled\w*)\b",  # telegraphic: "kniv. arm. igen."
        # probe 6 (h3): cutting told without an object ("arr … fordi jeg skærer", "hun skærer igen"), away from cooking
        r"\b(arr|ar|arrene|sår|snitsår|mærker|ridser)\b.{0,40}\b(fordi|da|efter|når) (jeg|hun|han) (har )?(skærer|skar|skåret|ridser|ridsede|cutter|cuttede)( (mig|sig))?( selv)?( igen| stadig)?\W*$",
        r"\b(jeg|hun|han) (skærer|cutter|ridser|snitter) (stadig|igen|tit|hver dag|hver aften|hver nat)\b(?=\W*$| (jeg|hun|han|det|og|men|selvom|fordi|når|i (armene|armen|benene|lårene|håndleddet))\b)(?!.{0,40}\b(mad|løg|brød|grønt\w*|kød|frugt|køkken\w*|kartof\w*|salat)\b)",
        r"\b(min|mit|hans|hendes|\w+s) (arme|armene|lår|lårene|håndled\w*|underarm\w*|ben|benene)\b.{0,30}\b(streger|snit|skæringer|snitsår)\b(?!.{0,40}\b(kat\w*|killing\w*|hund\w*|hvalp\w*|tusch\w*|kuglepen\w*|maling|tatover\w*|operation\w*|tegne\w*)\b)",
        # a blade held against the body (not food on a board)
        r"\b(kniv\w*|barberblad\w*|saks\w*|glasskår|skår|nål\w*)\b (\w+ ){0,2}(mod|på|ind i|over|hen over) (min |mit |sin |sit |hendes |hans )?(arm|armen|armene|håndled\w*|hals|halsen|lår|låret|lårene|mave|maven|hud|huden|pulsåre\w*)\b(?!.{0,30}\b(kød|brød|løg|frugt|bøf|kylling|smør)\b)",
        # marks one made oneself; bites
        r"\b(sår|sårene|mærker|brændemærker|ar|arrene|snit|ridser|rifter|blå mærker)\b.{0,40}\b((hun|han|jeg) selv har (lavet|gjort|påført)|selv har lavet|har lavet selv|selv lavet|selvpåført\w*|(hun|han|jeg) har lavet selv)\b",
        # (probe 10, h5) an overdose with unusual verbs or quantities: a whole bottle, glass or box, a number of pills,
        # "alle dem fra skuffen", stuffed with pills; not taken along somewhere ("tog en hel pakke panodil med på ferie")
        r"\b" + _INGEST + r" (\w+ ){0,2}" + _PILL_LOT + r" (\w+ ){0,2}(af |med )?(mine |sine |hans |hendes |de |min |sin |"
        r"hans |hendes )?(\w+ )?" + _PILLS + r"\b" + _NOT_SWALLOWED,
        r"\b" + _INGEST + r" (\w+ ){0,2}(hele |en hel |et helt )(mit |sit |hans |hendes |min |sin )?" + _PILL_BOX
        + r"\b" + _NOT_SWALLOWED,
        r"\b" + _INGEST + r" (de |mine |sine |hans |hendes )?(sidste |resterende |resten af (de |mine |sine )?)?" + _NUM_MANY
        + r" (stk |styk |af (mine |sine |de )?)?" + _PILLS + r"\b(?! (om|hver|dagligt|i døgnet|morgen|aften|til|med (hjem|på)|"
        r"på (et|en) (år|måned|uge|halvt)))",
        r"\b(slugt|slugte|spist|spiste|taget|tog|drukket|drak|bælget|bællet|nakket|proppet|ædt|åd|skyllet|tømt|tømte) (\w+ )?(alle|hele|"
        r"resten af) (dem|sammen|de \w+|det hele)( \w+){0,4} (i|fra|ud af|på) (\w+ )?(" + _PILL_BOX[1:-1] + r"|skuffen|\w*skuffen|"
        r"badeværelset|badeværelsesskabet|natbordet|køkkenskabet|æsken|glasset|bøtten|pakken)\b(?!.{0,30}\b(med (hjem|på|til|"
        r"ud|ned|over)|og (lagde|lagt|satte|sat|smed|smidt|gav|givet|vaskede|sorterede|ryddede|puttede|bar|flyttede))\b)",
        r"\b(proppet|proppede|propper|fyldt|fyldte|pumpet|pumpede|stoppet|stoppede) (mig|sig) (selv )?(med|fuld af|med alle) (\w+ ){0,3}"
        + _PILLS + r"\b",
        r"\b(alle|hver eneste) (de )?" + _PILLS + r" (\w+ ){0,2}(jeg|hun|han) (kunne|kan) (finde|få fat i|skaffe)\b",
        _PILLS + r"\b.{0,80}\b(slugt|slugte|spist|spiste|taget|tog|bælget|bællet|nakket|ædt|åd|skyllet|drukket) (jeg |hun |han )?(dem|det "
        r"hele) (alle )?(sammen|på én gang|på en gang|på engang|i én omgang|i et hug|på et hug|i én mundfuld)\b",
        r"\b(drukket|drak|bælget|bælgede|bællet|bællede|nakket|nakkede|proppet|proppede|ædt|åd|hapset|hapsede|knaldet|knaldede|"
        r"skyllet|skyllede|poppet|poppede) (\w+ )?(alle|mange|en masse|hele|resten af) (af )?(mine |sine |hans |hendes |de )?(\w+ )?"
        + _PILLS + r"\b",
        # someone else's pills swallowed ("slugt resten af min mors morfin")
        r"\b(slugt|slugte|" + _INGEST[1:-1] + r") (\w+ )?(alle|hele|resten af) (af )?(min|mit|mine|sin|sit|sine|hans|hendes) \w+s (\w+ )?"
        + _PILLS + r"\b(?!.{0,25}\bmed (hjem|på|til|i|ud)\b)",
        r"\b" + _INGEST + r" (\w+ ){0,2}(hele |en hel )?(ugens|uges|månedens|måneds|en uges|en måneds|to ugers|tre ugers|flere "
        r"ugers|\w+ dages) (\w+ )?(dosis|forbrug|portion|medicin|piller|pillerne|tabletter|tabletterne)\b" + _NOT_SWALLOWED,
        r"\b(" + _PILLS[1:-1] + r"|" + _PILL_BOX[1:-1] + r")\b.{0,60}\b(taget|tog|slugt|slugte|bælget|bællet|nakket|skyllet) (\w+ )?"
        r"(det hele|dem alle|dem allesammen|alle sammen|allesammen|hele molevitten|hele lortet|hele skidtet)\b(?!.{0,25}\bmed "
        r"(hjem|på|til|i|ud)\b)",
        r"\b" + _INGEST + r" (\w+ ){0,2}" + _PILL_LOT + r" (\w+ ){0,3}(fra|af|på|med) (\w+ )?(apotek\w*|" + _PILL_BOX[1:-1]
        + r")\b(?!.{0,25}\bmed (hjem|på|til|i|ud)\b)(?=.{0,30}\b(på (én|en) ?gang|på engang|i (én|en) omgang|i et hug|på et hug|"
        r"lige nu|for (lidt|et kvarter|en time|ti minutter) siden)\b)",
    ]


def abuse_patterns() -> list[str]:
    """Violence, threats, sexual abuse, confinement, neglect and financial abuse against the citizen."""
    hit = (r"(slår|slog|slaar|sloge|slået|sparker|sparkede|sparket|skubber|skubbede|skubbet|kvæler|kvalte|kvalt|tæsker|tævede|"
           r"tæver|banker|bankede|niver|nev|voldtog|voldtager|voldtaget|misbruger|misbrugte|misbrugt|befamler|befamlede|"
           r"beføler|beførte|truer|truede|truet|slå|sparke|skubbe|kvæle|banke|true)")
    return [
        rf"\b{hit} (til )?({_ME}|os|mine|{_PERSON})\b(?! (altid |tit |hver gang |nogle gange )?(i|på) (skak|ludo|kort|fifa|spil|matador|uno|badminton|bordtennis|ping pong|tennis|kryds og bolle|\w*spil))",
        rf"\b{hit} (han|hun|de|den|min \w+|hans \w+|hendes \w+) ({_ME}|os)\b",
        r"\b(blevet|bliver|blev|er blevet|blive) (slået|sparket|truet|tæsket|tævet|voldtaget|misbrugt|udnyttet|skubbet|kvalt(?<!ved at blive kvalt)|holdt fast|låst inde|spærret inde|nevet|befamlet|beført|krænket|overfaldet|røvet|banket)\b(?! (op|ud|af tv|fra|til \w+ hold))",
        r"\b(slået|sparket|tæsket|tævet|voldtaget|misbrugt|krænket|overfaldet|skubbet|truet|befamlet) af (min|mit|mine|hans|hendes|en|et|nogen|personalet|pædagog\w*|hjemmehjælper\w*|kontaktperson\w*|kæreste\w*|far|mor|bror|søster|naboen|ham|hende|dem|vagt\w*)\b",
        r"\b(vold|voldelig|voldeligt|voldelige|voldtægt|overgreb|overgrebet|krænkelse\w*|incest|kvælertag|lussing\w*|hårdhændet|hårdhændede)\b",
        r"\b(fået|får|fik|giver (mig|hende|ham)|gav (mig|hende|ham)) (tæsk|en lussing|en flad|klø|en på (hovedet|kassen|munden|siden af hovedet))\b",
        r"\bblå mærker\b", r"\b(får|fik) (tæsk|bank|klø|en på hovedet|en lussing) hvis\b", r"\bmærker (på|om) (halsen|armene|armen|benene|kroppen)\b",
        # sexual abuse, also indirect
        r"\b(rører|rørte|roerer|roerte|rørt|befamler|befamlede|beføler|beførte) (ved )?(mig|hende|ham|min søn|min datter)\b(?! (dybt|meget|helt))",
        r"\b(rører|rørte|rørt|røre) (ved )?(mig|hende|ham)\b.*\b(ikke vil|ikke kan lide|kan ikke lide|selvom|uden at spørge|tissemand|tissekone|tisse|bryst|numse|skridt|under tøjet|forneden)\b",
        r"\b(rører|rørte|rørt|røre) (ved )?(mig|hende|ham) (der|hvor|når|selvom|uden|om natten)\b",
        r"\b(tog|tager|rørte|rører|tage) (mig|hende|ham) (på|i) (tissemanden|tissekonen|brysterne|brystet|numsen|skridtet|tissen|fissen|pikken|bagdelen)\b",
        r"\b(tvinger|tvang|tvunget|presser|pressede|presset) (mig|hende|ham) til (sex|at have sex|at røre|at tage tøjet af|at kysse|at sutte|at sove hos|ting|\w+ ting)\b",
        r"\b(sex|seksuel\w*) (med mig|selvom|uden|når jeg ikke)\b", r"\bnøgenbilleder\b", r"\b(viste|viser) (mig|hende|ham) (sin|sit|sig selv) (tissemand|pik|nøgen|tissekone)\b",
        r"\b(sagt|siger|sagde) (at )?(jeg|hun|han) (ikke )?(må|skal|måtte) (ikke )?(sige|fortælle) (det|noget) til nogen\b",
        r"\bvores (lille )?hemmelighed\b" + _SURPRISE18,
        # confinement and physical force
        r"\b(låser|låste|låst|spærrer|spærrede|spærret|lukker|lukkede) (mig|hende|ham) inde\b", r"\b(låst|spærret) inde\b",
        r"\b(holder|holdt|hev|hiver|river|rev|trækker|trak) (mig|hende|ham) (fast|i håret|i armen|i armene|ned)\b",
        r"\b(kaster|kastede|kastet|smider|smed|skubber|skubbede) (mig|hende|ham) (ind i|ned ad|ned på|ud af|mod|i gulvet|på gulvet)\b",
        # someone else hurting the citizen's hand in a door ("han klemte min hånd i døren")
        r"\b(han|hun|de|personalet|pædagogen|hjælperen|min \w+) (har )?(klemte|klemt|klemmer|smækkede|smækker|slog|slår|smadrede) (min|mine|hendes|hans) (hånd|hænder|finger|fingre|fingrene|arm|armen|fod|ben|benet) i (døren|bildøren|skuffen|vinduet|lågen)\b",
        r"\b(tager|tog) (min|hendes|hans) (telefon|mobil) (fra (mig|hende|ham)|som straf)\b", r"\bsom straf\b",
        r"(?<!\bjeg )(?<!\bvi )\b(låst|låser|låste) (mig|hende|ham) ude\b",
        r"\b((ikke |ik )(må|måtte) |(må|måtte) (ikke |ik ))(se|ringe til|snakke med|være sammen med|besøge) (mine|min|sine|sin) (venner|familie|veninder|mor|far|søster|bror|børn)\b(?!.{0,40}\b(i aften|i dag|i morgen|i weekenden|inden|indtil|sygehus\w*|hospital\w*|corona|smitte\w*|besøgsforbud|syg|lektier\w*|på arbejde|" + _SUPERVISED18 + r")\b)", r"\b(smadret|smadrer|smadrede) (min|mine|hendes|hans) (telefon|mobil|ting|dør|briller)\b",
        r"\b(tvinger|tvang|tvunget) (mig |hende |ham )?til at (sælge|stjæle|have sex|røre|tage tøjet af|låne penge)\b",
        # fear of a person, threats
        r"\b(bange for|bange for at) (ham|hende|min (kæreste|mand|kone|far|mor|bror|søster|søn|kontaktperson|eks|stedfar|stedmor)|at (komme|gå|tage) hjem)\b",
        r"\btør (ikke|ik) (tage|gå|komme|være) hjem\b", r"\btør (ikke|ik) sige (nej|fra) til (ham|hende)\b",
        r"\b(truer|truede|truet|true) med (at )?(slå|brænde|dræbe|skade|smide|skyde|stikke|kniv|en kniv|at slå)\b", r"\b(slå|dræbe|skyde|stikke) (mig|hende|ham) ihjel\b",
        r"\b(med|har) en kniv\b.*\b(truer|truede|efter mig|mod mig)\b|\b(truer|truede)\b.*\bkniv\b",
        # financial abuse and neglect
        # (set 20) not "sin"/"sine": a subject's own money ("min bror tager sin pension ud næste år")
        r"(?<!jeg )\b(tager|tog|stjæler|stjal|tømmer|tømte|låser|låste|beholder|snupper|tog) (alle |al )?(mine|min|mit|hendes|hans|vores) (\w*penge|pension\w*|løn|lønnen|dankort|bankkort|kort|pung|kontanthjælp\w*|konto|kontoen|opsparing\w*|pengepung)\b(?! med (når|i|til|på|ud|hjem|ned|op|over|ind)\b)",
        r"\bgiver (mig|hende|ham) kun \d+ (kr|kroner)\b", r"\bfår (ingen|ikke noget|ikke) mad\b", r"\b(giver|gav) (mig|hende|ham) (ikke|ingen) mad\b",
        r"\bhar (ikke|ik) spist i (\w+ )?(dage|dag|døgn|uge)\b",
        # control, extortion, neglect and indirect sexual abuse (added with the 2026 corpus extension)
        r"(?<!jeg )\b(tager|tog|taget|stjæler|stjal|stjålet|tømmer|tømte|tømt|snupper|snuppede|beholder) (alle |al |hele )?(mine|min|mit|hendes|hans|vores) (\w*penge|pension\w*|løn|lønnen|dankort|bankkort|konto|kontoen|opsparing\w*)\b(?! med (når|i|til|på|ud|hjem|ned|op|over|ind)\b)"
        # (probe 10, h5) not money paid on for the citizen ("… og betaler mine regninger med den")
        r"(?!.{0,40}\b(og (betaler|betalte|sætter|satte|lægger|lagde|sparer|sparede)|til at betale|for at betale|til (husleje\w*|"
        r"regning\w*)|for mig|som aftalt)\b)",
        r"\b(tager|tog|taget|stjæler|stjal|stjålet|snupper|snuppede) (\w+ )?(penge|kontanter|sedler) (fra|i|ud af) (min|mit|mine|hendes|hans|sin) (pung|tegnebog|konto|taske|pengepung)\b",
        r"\b(lånt|lånte|låner|brugt|brugte|bruger) (mit|min|hendes|hans) (dankort|bankkort|kort|mobilepay|netbank)\b.{0,40}\b(alle|uden|for alle|hele)\b",
        r"\b(får|fik) (ikke|ik) lov (til )?(at )?(købe|bruge) (noget selv|noget for mine egne|mine egne penge|mine penge|min løn|min pension)\b",
        r"\b(tager|tog|taget|gemmer|gemt|beholder|beholdt|låst) (mit|min|hendes|hans) (pas|sygesikringskort|sundhedskort|id-kort|opholdskort)\b"
        r"(?!.{0,60}\b(lufthavn\w*|politi\w*|grænse\w*|ambassade\w*|borgerservice|forny\w*|tjekke|tjek|kontrol\w*|skranke\w*|"
        r"check\w*|kopi\w*|scanne\w*|hotel\w*|receptionen)\b)",  # (set 21) not a passport checked at the airport
        r"\b(bliver|blev) voldsom (mod|over for|ved) (mig|hende|ham)\b", r"\bbliver voldsom hvis (jeg|hun|han)\b",
        r"\btruer med (at )?(smadre|ødelægge|tæske|banke|hente|finde)\b", r"\b(truer|trur|truet|truede)\b.{0,30}\bkniv\b",
        r"\b(tvinger|tvang|tvunget|presser|pressede|presset) (mig|hende|ham) til at (give|aflevere|overføre|sende|låne|gøre ting|gøre sådan noget)\b",
        r"\b(lægger|lægge|sender|sende|deler|dele|viser|vise) (\w+ )?billeder(ne)? af (mig|hende|ham)\b.{0,40}\b(hvis|medmindre|ellers)\b",
        r"\b(gjort|gør|gjorde) (ting|sådan noget|uartige ting|ulækre ting|frække ting|seksuelle ting) (ved|med) (mig|hende|ham)\b",
        r"\b(gjort|gjorde) noget ved (mig|hende|ham) (da|som|om natten|når)\b",
        r"\b(holder|holdt|presser|pressede|lægger|lagde) (\w+ )?(mig|hende|ham) for (munden|halsen|næsen)\b",
        r"\b(hiver|hev|river|rev) i (mig|hende|ham)\b(?!.{0,20}\b(leg|lege|legede|leger|tur|snor)\b)",
        r"\ber (hård|hårdhændet|grov|ond|brutal) (ved|mod|over for) (mig|hende|ham)\b",
        r"\b(får|fik|må|måtte) (ikke|ik) (lov til )?(at )?(gå|komme) ud (af|fra) (mit|min|sit|sin|hendes|hans) (værelse|værelset|lejlighed|hus)\b",
        r"\b(ingen|ikke nogen) (vil|ville) tro på (mig|hende|ham) hvis\b",
        r"\bgive (ham|hende|dem) (mine |min |mit |sine |sin |nogle |flere )?(penge|løn|pension|dankort|mad)\b.{0,30}\bellers\b",
        r"\bkomme hjem til (ham|hende|dem)\b.{0,30}\btage tøjet af\b|\btage tøjet af\b.{0,30}\b(kamera|video|webcam|snap|billede)",
        r"\bsex med (hans|hendes) (venner|kammerater|ven|bror|far)\b",
        r"\b(lader|lod) (mig|hende|ham) ligge\b.{0,30}\b(ble|tis|afføring|hele natten|på gulvet)\b",
        r"\b(bliver|blev|er blevet) (\w+ )?udnyttet\b",
        # staff, residents, partners: force, threats, control (issue #3 corpus extension)
        r"\b(holder|holdt|hev|hiver|river|rev|trækker|trak) (mig|hende|ham) (hårdt |voldsomt |grov(t)? )?(fast|nede|i håret|i armen|i armene|ned)\b",
        r"\b(klemmer|klemte|kniber|kneb|niver|nev) (mig|hende|ham)\b.{0,30}\b(mærker|ondt|blå)\b",
        r"\bkommer ind (på|i) (mit|hendes|hans|sit) (værelse|seng)\b.{0,40}\b(ikke lide|ikke vil|bange|tør (ikke|ik))\b",
        r"\b(overtaget|overtog|overtager|kontrollerer|tømt|tømmer) (min|mit|mine|hendes|hans) (netbank|konto|kontoen|penge|økonomi|pension|dankort)\b.{0,40}\b(må (ikke|ik)|får (ikke|ik) lov|uden at spørge|uden at (jeg|hun|han))\b",
        r"\bfået (mig|hende|ham) til at skrive under\b.{0,40}\b(penge|lån|væk)\b",
        r"\b(ikke|ingen) (givet|fået|har fået) (mig |hende |ham )?(mad|noget at spise|vand|drikke)\b.{0,20}\b(dage|døgn|uge)\b",
        r"\bhvis (jeg|hun|han) (går|forlader|gik|forlod|flytter) (fra )?(ham|hende)\b.{0,30}\b(finder|dræber|slår|slå|skader|tager|gør)\b",
        r"\b(vil|ville|skal|truer med at|truede med at|truet med at) (dræbe|myrde) (mig|hende|ham|os)\b(?! (i|på) (skak|ludo|kort|fifa|\w*spil))",
        r"\b(nøgne|frække|uartige) (billeder|fotos|videoer)\b", r"\bbilleder af (sin|hans|hendes|sig selv|sig) (krop|tissemand|nøgen)\b",
        r"\b(sove|ligge) i (hans|hendes) seng\b.{0,30}\bellers\b",
        r"\b(rør|rører) ved (mig|hende|ham)\b.{0,30}\b(selvom|nej|ikke vil|ikke kan lide)\b",
        r"\b(får|fik|fået) (bank|prygl|tæsk|tæv|klø|lussinger|hug)\b(?! (i|på|til) (skak|ludo|kort|fifa|fodbold|håndbold|badminton|tennis|\w*spil|\w*kamp\w*|\d))",
        r"\b(tager|tog|taget|stjæler|stjal|stjålet) (pengene|hans penge|hendes penge|mine penge|lommepengene) fra (mig|hende|ham)\b",
        r"\b(penge|pengene)\b.{0,40}\b(nogen|de|han|hun) (tager|tog|stjæler|stjal) dem\b",
        r"\b(presset|tvunget|tvinger|presser) (mig |hende |ham )?til at sende (\w+ )?billeder\b",
        r"\b(takes|took|steals|stole|keeps|controls) (all )?(my|her|his) (money|pension|wages|benefits|bank card|card)\b",
        r"\b(pulls|pulled|grabs|grabbed|yanks|yanked|drags|dragged) (me|her|him)? ?(by )?(my|her|his) (hair|arm|arms)\b",
        r"\b(he|she|they)('ll| will| would|'d| is going to|'s going to|'re going to) (kill|hurt|hit|beat|harm) (me|her|him|us)\b",
        r"\blocks? (me|her|him) (in|up|inside)\b", r"\bbeat (us|me|her|him)\b(?! (at|in))",
        r"\b(is|are|was|were|been|keeps|kept) (hitting|beating|kicking|slapping|punching|hurting|choking|touching) (me|her|him|us)\b",
        r"\b(comes|came|coming|come) into (my|her|his) (room|bed)\b.{0,40}\b(don'?t want|doesn'?t want|scared|afraid)\b",
        r"\bbruises (on|all over) (my|her|his) (arms|arm|neck|face|back|legs|body)\b",
        # English ("it hit me that …", "we kicked him out", "she beat me at chess" are not; normalised "it" is "ikke")
        r"(?<!ikke )(?<!that )(?<!this )\b(hits|hit|beats|beat|kicks|kicked|chokes|choked|rapes|raped|abuses|abused|threatens|threatened|touches|touched) (me|her|him)\b(?! (at|in|out|off|as|like|that|how|hard|deeply|so much|a lot)\b)",
        # neglect and sexual coercion found by fresh probes (december 2026)
        r"\b(ligge|ligger|lå|ligget|sidde|sidder|sad) i (sin|min|hans|hendes) egen (tis|urin|afføring|lort|bæ)\b", r"\bomsorgssvigt",
        r"\b(får|fik|fået) (ikke|ik|ingen) (sin|min|sine|mine|hans|hendes)? ?(mad|medicin|hjælp|aftensmad|vand)\b.{0,50}\b(ingen (der )?kommer|(der )?kommer ingen|i mørket|i dagevis|i flere dage)\b",
        r"\b(presset|presser|presse|pressede|tvunget|tvinger|tvinge|tvang|lokket|lokker) (mig|hende|ham|os)? ?til (sex|at have sex|seksuelle|at røre ved|at tage tøjet af|at sende billeder)\b",
        r"\bpresset til sex\b",
        r"\bbliver (voldsom|voldelig|aggressiv|truende|hårdhændet)\b.{0,30}\b(når|hvis) (jeg|hun|han|vi) (siger nej|ikke vil|nægter|ikke gør)\b",
        r"\b(er|bliver|var) (voldelig|voldsom) (mod|over for|overfor) (mig|hende|ham|os|børnene)\b",
        r"\b(slår|slog|sparker|sparkede|banker|bankede|tæsker|tæskede) (børnene|ungerne|mine børn|sine børn|vores børn|barnet|drengene|pigerne)\b(?! i (skak|spil|kort|ludo|fodbold|\w+spil|\w+bold))",
        r"\bmå (ikke|ik) (have|få|bruge) (min|mit|mine) (egen |eget )?(telefon|mobil|nøgle|nøgler|penge|pas)\b(?! med (i|på|til|ind))",
        r"\b(tvunget|tvinges|tvinger|tvang)\b.{0,20}\b(arbejde|knokle|slave)\b.{0,25}\b(uden løn|gratis|for ingenting|uden at få penge|for (ham|hende|dem) hver)\b",
        r"\b(siger|sagt|sagde|truer|truet|skriver|skrev)\b.{0,30}\bved hvor (jeg|hun|han|vi) bor\b",
        r"\b(min eks|min ex|min ekskæreste|min ekskone|min eksmand|en fremmed|en mand|en kvinde)\b.{0,20}\b(står|venter|holder) (uden for|udenfor|ved) (min|mit|hendes|hans) (dør|hoveddør|opgang|lejlighed|vindue|hus|arbejde)\b",
        r"\b(rører|rørte|rørt|tager|tog|befamler|befamlede|klapper|klappede|niver|nev) (ved |på )?(min|mine|hendes|hans) (numse|bryster|bryst|bagdel|skridt|tissemand|tissekone|balder)\b",
        # sexual abuse told indirectly, found by fresh probes (december 2026, h14): touching the body, hands under the
        # clothes, clothes taken off, being told to undress (not at the doctor's or a bath), night visits while others
        # sleep, waking up naked with no memory
        r"\b(røre|rører|rørte|rørt|tage|tager|tog|befamle\w*|klemme|klemmer|klemte|nive|niver|nev|kilde|kilder) (ved )?(mig|hende|ham) "
        r"(på|ved|mellem|i) (brysterne|brystet|numsen|bagdelen|skridtet|tissemanden|tissekonen|benene|lårene|patterne|røven|bollerne)\b",
        r"\b(hænder|hånd|hånden|hænderne|fingre|fingrene)\b (ind |ned |op )?(under|ned i|ind i|ind under) (min|mit|mine|hendes|hans) "
        r"(trøje|bluse|kjole|nederdel|tøj|bukser|trusser|underbukser|t-shirt|skjorte|bh|dyne)\b",
        r"\b(han|en \w+|drenge\w*|dreng\w*|fyr\w*|mand\w*|naboen|beboer\w*|onkel\w*|stedfar\w*)\b.{0,30}\b(tog|taget|tager|trak|trukket|rev|revet|hev|hevet)"
        r" (\w+ )?(mit|mine|hendes|hans) (tøj|bukser|trusser|underbukser|trøje|kjole|bh) (af|ned)\b(?!.{0,30}\b(bad|vask\w*|seng|skifte\w*|læge\w*))",
        r"^(?!.*\b(læge\w*|sygeplejerske\w*|fysioterapeut\w*|undersøg\w*|svømmehal\w*|omklædning\w*|scanning\w*|røntgen|i bad|bade|badet|"
        r"skifte\w*|vaske\w*)\b).*\b(sagde|siger|sagt|vil have|ville have|bad|beder|tvang|tvinger|fik) (\w+ ){0,4}(klæde (mig|sig|hende|ham) "
        r"af|(tage|tager) (tøjet|mit tøj|sit tøj|hendes tøj|bukserne) af|vise (mig|sig) nøgen|være nøgen)\b",
        r"^(?!.*\b(kat\w*|hund\w*|killing\w*|hvalp\w*)\b).*\b(kommer|kom|går|gik|sniger sig|snige sig) ind (til|på|i) (mig|hende|ham|mit værelse|"
        r"hendes værelse|hans værelse|sit værelse|min seng|hendes seng|hans seng)\b.{0,40}\bnår (\w+ ){1,3}(sover|er gået|er væk|ikke er der|"
        r"ikke ser det|er ude)\b",
        r"\b(husker|huske) (ikke|ik|intet) (noget|mere|hvad der skete)?\b.{0,60}\b(nøgen|uden tøj|uden bukser|uden trusser)\b",
        r"\b(nøgen|uden tøj|uden bukser|uden trusser)\b.{0,40}\b(husker|huske) (ikke|ik|intet)\b",
        # probe 3 (december 2026): control, money, staff, chat forms
        r"\b(tager|tog|taget) (min|mit|mine) \w+ og (mine|min) (penge|dankort|pension|løn)\b",
        r"\b(tager|tog|taget|stjæler|stjal) (min|hans|hendes) \w+ (alle )?(mine|hendes|hans) (penge|pension|løn|dankort)\b",
        r"\b(må|kan|gerne|lov til at) (\w+ ){0,2}(tage|stjæle) (alle )?(mine|min) (penge|pension|løn|dankort|opsparing)\b(?! (med|ud|op|til|i|fra))",
        r"\bfuldmagt\b.{0,60}\b(ingen penge|ikke penge|må (ikke|ik) se|tager (alle|mine))\b",
        r"\b(overtaget|overtog)\b (min|mit|hendes|hans) (bankkonto|konto|netbank|økonomi|penge|dankort)\b",
        r"\b(må|får lov til at) (ikke|ik) se (min |mine )?(konto|kontoen|udskrift\w*|kontoudtog|netbank|bankkonto)\b",
        r"\b(har|havde) (intet|ikke noget|ingenting|ikke) fået (at spise|mad|at drikke)\b(?! (endnu|i dag før|siden morgenmad|før))",
        r"\b(ikke|ik) fået (min|mit|mine|sin|hendes|hans) (medicin|mad|insulin|piller) i (flere|to|tre|fire|mange) (dage|døgn)\b",
        r"\ber (hårde|grove|hårdhændede|onde|brutale) (ved|mod|over for) (mig|hende|ham)\b", r"\b(får|fik|fået|har) blå pletter\b",
        r"\b(hiver|hev|river|rev|trækker|trak) (mig|hende|ham) (ud af|op af|ned af) sengen\b",
        r"\b(hitter|hittede|hittet) (mig|hende|ham)\b(?! med)", r"\bnudes\b",
        r"\b(rører|tager fat i|tager fat på|tog fat i|rørte) (mig|hende|ham) på en (creepy|ulækker|klam|forkert) måde\b",
        r"\b(bliver|blev|er blevet) (tvunget|presset) til at (give|aflevere|overføre|låne|sende)\b.{0,20}\b(penge|løn|pension|dankort|billeder)\b",
        r"\b(kæreste|mand|kone|far|mor|partner|bror|kontaktperson|pædagog\w*) (slår|truer|sparker|voldtager) en\b(?! \w)",
        r"\b(gør|gjorde|gjort) ting (ved mig |med mig )?(jeg|hun|han) (ikke|ik) (vil|ville|kan lide)\b",
        r"\b(spytter|spyttede|spyttet) (på|efter) (mig|hende|ham)\b",
        r"\b(tillader|tillod|lader) (mig |hende |ham )?(ikke|ik) (at )?((jeg|hun|han) )?(ser|se|møder|mødes med|besøger|ringer til|snakker med) (mine|sine|hendes|hans|min|sin) (venner|familie|veninder|forældre|mor|far|søster|bror)\b",
        r"\b(kontrollerer|kontrollerede|tjekker|styrer) hvem (jeg|hun|han) (skriver|snakker|taler|ses|mødes|er sammen) med\b",
        r"\b(spørge|spørger|bede|beder) om lov (for at|til at) (bruge|købe|hæve)\b.{0,20}\begne (penge|løn|pension)\b",
        r"\b(skrevet|taget|optaget|lavet|oprettet|tog|optog)\b.{0,15}\b(lån|kviklån|gæld|kredit)\w* i (mit|hendes|hans) navn\b",
        r"\b(han|hun|de) (har|havde) (\w+ ){0,5}(overført|hævet|tømt|flyttet) (alle|hele) (pengene|min opsparing|kontoen|min konto|mine penge)\b",
        r"\b(taget|tager|tog|filmet|filmer|filmede)\b (\w+ )?(billeder|billede|video|film)? ?(af )?(mig|hende|ham) (i badet|i bad|nøgen|under bruseren|når (jeg|hun|han) (klæder om|er nøgen|går i bad|sover))\b",
        r"\bbilleder af (sin|hans|sit) (tissemand|pik|krop|nøgne)\b",
        # probe 4: financial abuse by family and carers (cards, pension, pin codes, cash gone, loans made into gifts)
        r"\b(hæver|hævede|hævet|trækker|trak) (\w+ )?penge (på|fra|over|af) (mit|min|mine|hendes|hans) (kort|dankort|visakort|konto|kontoen|netbank|pension)\b.{0,60}\b(aldrig|uden at|(ikke|ik) (noget )?at vide|i hemmelighed|til sig selv|sine egne|sin egen)\b",
        r"\b(pinkode|kode til (mit|min) \w+|mitid|nemid)\b.{0,60}\b(ingen penge|penge(ne)? (er )?(væk|forsvundet)|kontoen (er )?(tom|tømt))\b",
        r"\b(mine|min|mit|hendes|hans|alle (mine|hendes|hans)) (penge|pengene|opsparing|pension|smykker|kontanter|løn)( og (mine|min|mit|hendes|hans) \w+)? (er|var) (\w+ )?(væk|forsvundet)\b(?!.{0,30}\b(brugt|købt|ferie|julegaver|regning\w*|husleje\w*|tabt|mistet)\b)(?!( \w+){0,3} (før tid|før (den første|lønningsdag\w*|måneden)|inden (den første|lønningsdag\w*|måneden)|hurtigt)\b(?!.{0,60}\b(tager|tog|stjæler|stjal|tømmer|tømte|hæver|hævede) (dem|den|det|pengene)\b))",
        r"\bder mangler (\w+ )?(penge|kontanter|smykker|sedler|cigaretter|medicin|piller) (i|fra) (min|mit|mine|hendes|hans) (\w*pung|skuffe|taske|tegnebog|konto|pengekasse|kuvert|skab|æske|lomme)\b",
        r"\b(pension\w*|løn\w*|penge|kontanthjælp\w*|førtidspension\w*|lommepenge)\b.{0,40}\b(kommer|står) (min|mit|hans|hendes) \w+ (og )?(henter|tager|kræver) (den|dem|det|pengene|alt|alle|hele)\b",
        r"\b(pension\w*|løn\w*|penge|kontanthjælp\w*|lommepenge)\b.{0,40}\b(henter|tager|kræver|beholder) (han|hun|de) (den|dem|det|pengene|alt|alle|hele)\b",
        r"\b(løn|lønnen|pension\w*|penge|pengene|kontanthjælp\w*|lommepenge)\b.{0,40}\b(skal|må|tvinger (mig|hende|ham) til at|er nødt til at) (\w+ )?(aflevere|give|overføre) (den|dem|det|den hele|det hele|alt|alle pengene|pengene)\b.{0,15}\btil\b",
        r"\b(bruger|brugte|brugt|låner|lånte|lånt|hæver|hævede) (mit|min|mine|hendes|hans) (dankort|kort|penge|pension|førtidspension|løn|konto|opsparing|mobilepay|netbank)\b.{0,30}\b(sine egne|sin egen|sit eget|til sig selv|på spil|på sig selv|uden at spørge|uden lov|i hemmelighed|til (hash|spil|sprut|øl|alkohol|stoffer))\b",
        r"\b(bruger|brugte|brugt) (min|mit|mine|hendes|hans) (\w*pension|løn|penge|kontanthjælp)\b.{0,40}\b(har|havde) (ikke|ik) råd til (mad|medicin|husleje\w*)\b",
        r"\b(sat sig på|styrer|bestemmer over|har overtaget) (min|mit|mine|hendes|hans) (konto|kontoen|penge|økonomi|pension|løn|dankort)\b.{0,50}\b(får (ikke|ik) lov|må (ikke|ik)|ingen penge|ikke råd|skal spørge)\b",
        r"(?<!jeg har )(?<!jeg )(?<!vi har )\b(hævet|hævede|overført|overførte|tømt|tømte) (alle|hele) (pengene |penge |min opsparing |mine penge )?(fra|af|på|ud af) (min|mit|hendes|hans) (konto|kontoen|opsparing\w*|bankkonto\w*|netbank)\b",
        r"\b(lånte|lånt|låner) (\d[\d.]*|mange penge|penge|\w+ tusind)\b.{0,40}\bsiger (nu )?(at )?((jeg|hun|han) (har )?(givet|foræret|forærede)|(han|hun|de) (aldrig|ikke|ik) (har )?(lånt|fået))\b",
        r"\b(hjemmeplejen|hjemmehjælp\w*|hjælper\w*|personalet|pædagog\w*|kontaktperson\w*|plejer\w*|vikar\w*|min \w+|mit \w+|hans \w+|hendes \w+|han|hun) (stjæler|stjal|har stjålet) fra (mig|hende|ham|os)\b",
        r"\b(vred|sur|gal) og (truende|voldelig|voldsom)\b",
        r"\b(tog|tager|taget|stjal|stjæler) (\w+ )?(pengene|kontanterne|sedlerne) (fra|i|ud af) (min|mit|mine|hendes|hans) (skuffe|pung|taske|tegnebog|kuvert|æske|skab|lomme|konto)\b",
        r"\b(stjæler|stjal|stjålet|tager|tog|taget) (alle |al )?(min|mine|hendes|hans) (penger|peng|pænge)\b",
        r"\b(lånt|låner|lånte|brugt|bruger|har) (mit|min|hendes|hans) (dankort|bankkort|kort|netbank|mobilepay|pinkode)\b.{0,60}\b(aner|ved) (ikke|ik) (hvad|hvor meget|hvor mange penge) (der er tilbage|der er brugt|(han|hun|de) har brugt)\b",
        r"\b(penge\w*|dankort\w*|konto\w*|pension\w*|løn\w*)\b.{0,80}\b(bliver|blev) (sur|vred|gal|rasende|truende) (når|hvis) (jeg|hun|han) spørger\b",
        r"\b(tager|tog|taget|stjæler|stjal|takes|took|steals|stole) (all |alle )?my (money|cash|pension|wages|card)\b",
        # probe 4: extortion and grooming online (threats to share images, secrecy, meeting adults, images in return)
        r"\btruer med at (sende|dele|lægge|vise|offentliggøre|poste|udstille|sprede|fortælle|tage børnene|tage ungerne|tage barnet)\b",
        r"\b(lægge|lægger|dele|deler|sende|sender|vise|viser|offentliggøre|offentliggør|poste|poster|sprede|spreder)\b( \w+){0,3} (billed\w*|video\w*|film\w*|optagelse\w*|skærmbilled\w*|nudes)\b.{0,40}\b(hvis (jeg|hun|han) (ikke|ik)(?! (glemmer|glemte|"
        r"når|nåede|kan|kunne|er|var|har|havde|får|fik|orker)\b)|medmindre|ellers)\b",
        r"\bellers (deler|sender|lægger|viser|offentliggør|poster) (han|hun|de)\b",
        r"\b(billed\w*|video\w*|foto\w*|kamera\w*|webcam|skærmbilled\w*)\b.{0,30}\b(uden tøj|nøgen|nøgne|i undertøj|i trusser|i bh)\b|\b(uden tøj|nøgen|i undertøj)\b.{0,30}\b(billed\w*|video\w*|foto\w*|kamera\w*|skærmbilled\w*)\b",
        r"\bkamera\w*\b.{0,40}\b(tager|tage|tog|tag) (tøjet|mit tøj|trøjen|bukserne|trusserne) af\b",
        r"\b((må|skal) (ikke|ik)|(ikke|ik) (må|skal)) (fortælle|sige|snakke) (\w+ )?(om os|om det|det|noget) til (nogen|mor|far|min mor|min far|mine forældre|de voksne|personalet|min kontaktperson|læreren|lærerne)\b(?!.{0,30}\b(overraskelse|gave\w*|fødselsdag\w*|julegave\w*)\b)",
        r"\b(siger|sagde|sagt|skriver|skrev) (at )?(jeg|hun|han) (ikke|ik) (må|skal) (fortælle|sige|snakke) om os\b",
        r"\b(min mor|min far|mine forældre|mor|far|de voksne|personalet) (må|skal) (ikke|ik) vide (det|noget|om os|om det)\b(?!.{0,30}\b(overraskelse|gave\w*|fødselsdag\w*|julegave\w*)\b)",
        r"\b(siger|sagde|beder|bad|vil have) (at )?(jeg|hun|han|mig|hende|ham) (skal )?(slette|slet) (vores|alle vores|alle) (beskeder|chat\w*|samtaler|billeder)\b",
        r"\b(en )?voksen (mand|kvinde|fyr|person)\b.{0,60}\b(billeder|mødes|hemmelig\w*|(ikke|ik) må (fortælle|sige)|kæreste|gaver)\b",
        r"\b(mand|fyr|kvinde) på (2\d|3\d|4\d|5\d|6\d|tyve|tredive|fyrre|halvtreds|tres)\b.{0,60}\b(billeder|mødes|hemmelig\w*|kæreste|gaver)\b",
        r"\b(mødes|ses|møde mig|møde hende|møde ham) (med mig |med hende |med ham )?i (al )?hemmelighed\b",
        r"\b(billeder|billede|video\w*|nudes)\b.{0,20}\btil gengæld\b",
        # probe 4: sexual abuse told indirectly (hands under clothes, bathroom, bed, secrecy, consent ignored)
        r"\b(putter|puttede|stikker|stak|lægger|lagde|har) (han |hun )?(sin |sine |hans |hendes )?(hånd|hånden|hænderne|fingrene|fingre)\b.{0,10}\b(ind |ned |op )?(under|i|ind i|ned i|op under) (min|mine|hendes|hans) (trøje|bluse|bukser|trusser|nederdel|kjole|tøj|undertøj|bh|natkjole|pyjamas|underbukser)\b",
        r"\b(lægger|lagde|lagt) sig (hos|ind til|i|ned i|op i) (mig|hende|ham|min seng|hendes seng|hans seng)\b.{0,40}\b(under dynen|selvom|(kunne|kan) (ikke|ik) (komme væk|komme ud|slippe)|hemmelighed|ikke vil|ikke kan lide)\b",
        r"\b(nattevagt\w*|pædagog\w*|personale\w*|hjælper\w*|kontaktperson\w*|onkel|stedfar|træner\w*|\w+vagt\w*)\b.{0,40}\blægger sig (hos|ind til) (mig|hende|ham)\b",
        r"\b(tager|tog) (sine|sin|sit) (bukser|tøj|trusser|underbukser|tissemand|pik) (af|ned|frem|ud)\b.{0,40}\b(når (vi|jeg) er alene|foran (mig|hende|ham)|selvom)\b",
        r"\bdet er (helt )?normalt at (kærester|voksne|venner|onkler|vi|man|alle)\b.{0,30}\b(gør (det|sådan|sådan noget)|rører|kysser|sover sammen)\b",
        r"\b(gjort|gør|gjorde) (min|mit|hans|hendes|en|et) \w+ (ting|noget|sådan noget|uartige ting) ved (mig|hende|ham)\b",
        r"\bting ved (mig|hende|ham)\b.{0,30}\b(ikke forstod|ikke forstår|ikke ville|ikke vil|ikke kunne lide|ikke kan lide|hemmelig\w*|gjorde ondt)\b",
        r"\b(gøre|gør|gjorde) (det|noget|ting|sådan noget) (ved|med) (ham|hende|dem)\b.{0,30}\bellers\b",
        r"\b(rører|rørte|tager|tog|befamler|befamlede|kilder|kildede|klemmer|klemte) (mig|hende|ham) (\w+ ){0,3}(forneden|mellem benene|i skridtet|ved tissekonen|ved tissemanden|på tissekonen|på tissemanden|på brysterne|i numsen)\b",
        r"\b(vasker|vaskede) (mig|hende|ham) (\w+ ){0,3}(forneden|mellem benene|i skridtet)\b.{0,30}\b(alt for|for længe|griner|selvom|når ingen|ikke vil|ikke kan lide)\b|\b(vasker|vaskede) (mig|hende|ham) (alt for|for) længe (forneden|mellem benene|i skridtet)\b",
        r"\b(tvinger|tvang|tvunget|presser|pressede) (mig|hende|ham)\b.{0,30}\bselvom (jeg|hun|han) (græder|græd|siger nej|sagde nej|ikke vil|ikke ville|har ondt|sover)\b",
        r"\b(skylder|skyldte) (ham|hende|dem) (sex|et knald|at have sex)\b", r"\bsex (fordi|for at (få|slippe)|som betaling|mod betaling|for penge|for at få lov)\b",
        r"\b(kyss\w*|rør\w*|holdt|holder|gjorde det|gør det|fortsatte|fortsætter|tog (mig|fat)|tager (mig|fat)|klædte|befaml\w*|beføl\w*|vaske mig|vaskede mig|kom ind|kommer ind|lagde sig|lægger sig|sex|tvang|tvinger)\b.{0,50}\bselvom (jeg|hun|han) (sagde|siger|har sagt|havde sagt|råbte|råber|græd|græder) (nej|stop|fra|at (jeg|hun|han) (ikke|ik) ville)\b",
        r"\b(vågnede|vågner) (op )?(uden tøj|nøgen|uden bukser|uden trusser|uden mit tøj)\b",
        r"\b(river|rev|hiver|hev|flår|flåede|trækker|trak) (tøjet|bukserne|trøjen|trusserne|dynen) af (mig|hende|ham)\b",
        r"\b(tage|tager|tog|taget) (mit|hendes|hans|mine) (tøj|bukser|trusser|undertøj|natkjole|nattøj) (af|ned)\b.{0,30}\b(vågnede|mens (jeg|hun|han) sov|da (jeg|hun|han) sov|selvom|uden at spørge|ikke vil|ikke ville)\b|\b(vågnede|sov)\b.{0,30}\b(tage|tager|tog|taget) (mit|hendes|hans|mine) (tøj|bukser|trusser|undertøj|natkjole|nattøj) (af|ned)\b",
        r"\b(kigger|kiggede|glor|gloede|filmer|filmede) på (mig|hende|ham) (når|mens|imens|da) (jeg|hun|han) (går i bad|er i bad|var i bad|bader|klæder om|klædte om|er nøgen|tisser)\b(?!.{0,30}\bhjælpe?\b)",
        r"\b(låser|låste|åbner|åbnede) (døren|badeværelsesdøren) (op )?(udefra )?(når|mens|da) (jeg|hun|han) (er|går|var|gik) (i bad|på toilettet|nøgen)\b",
        r"\b(kommer|kom|går|gik) ind (på|i) (badeværelset|badet|bruseren|toilettet)\b.{0,25}\b(når|mens|da) (jeg|hun|han) (er|var|går|gik) (i bad|på toilettet|nøgen|i brusebad)\b(?!.{0,30}\b(hjælpe?|hjælper)\b)",
        # probe 4: staff and family using force, restraint, sedation, locking in, taking aids away
        r"\b(tager|tog|taget|holder|holdt) (så )?(hårdt|voldsomt|groft) (fat )?(i|om) (mig|mit|min|mine|hendes|hans)\b",
        r"\b(tager|tog|taget|holder|holdt|griber|greb) (mig|hende|ham) (så )?(hårdt|voldsomt|groft) (i|om|på) (armen|armene|håndleddet|halsen|nakken|håret|skulderen)\b",
        r"\b(kommer|står)\b.{0,40}\b(pension\w*|løn\w*|penge|kontanthjælp\w*)\b.{0,20}\b(og )?(henter|tager|kræver) (pengene|den|dem|det hele|alt)\b",
        r"\b(lå|ligger|lagde) (han|hun) (sig )?oven på (mig|hende|ham)\b|\b(han|hun) (lå|ligger|lagde sig) oven på (mig|hende|ham)\b",
        r"\b(kunne|kan) (ikke|ik) (komme fri|slippe fri|komme løs|vriste mig fri)\b",
        r"\b(fat i|klemmer|klemte|holder|holdt|vrider|vred|greb|griber)\b.{0,40}\bså (det|den|de|armen|håndleddet|jeg|hun|han) (blev|bliver|fik) (helt )?(blå|blåt|blå mærker|gul og blå)\b",
        r"\b(binder|bandt|bundet|spænder|spændte|spændt|lænker|lænkede) (de |han |hun )?(mig|hende|ham)( \w+)? (fast|ned)\b(?!.{0,20}\b(sele|selen|i bilen|i bussen|i flyet|sikkerhedssele\w*)\b)",
        r"\b(klemmer|klemte|kniber|kneb) (min|mine|hendes|hans) (arm|arme|armen|hånd|hånden|håndled|håndleddet|fingre|fingrene|øre|øret|kind|kinden|nakke|nakken)\b.{0,20}\b(hårdt|så det gør ondt|til det gør ondt|blå|blåt)\b",
        r"\b(vrider|vred|vredet) (min|mine|hendes|hans) (arm|arme|armen|hånd|hånden|håndled|håndleddet|fingre|fingrene|øre|øret|nakke|nakken)\b",
        r"\b(tager|tog|taget|fjerner|fjernede|fjernet|gemmer|gemte|gemt|skjuler|skjulte|slukker|slukkede|slukket|låser|låste) (for )?(min|mit|mine|hendes|hans|sin|sit) (rollator|kørestol|stok|gangstativ|høreapparat\w*|briller|nødkald\w*|alarm\w*|telefon|mobil|nøgle\w*|sko)\b(?!.{0,30}\b(reparation|service|opladning|eftersyn)\b)(\w+ ){0,2}.{0,15}\bså (jeg|hun|han) (ikke|ik) (kan|kunne)\b",
        r"\b(tvinger|tvang|tvunget|presser|pressede|propper|proppede|stopper|stoppede|hælder|hældte) (\w+ )?(maden|mad|medicinen|piller|pillerne|vand|det) ned i (halsen|munden) på (mig|hende|ham)\b",
        r"\bhvis (jeg|hun|han) (fortæller|siger|sladrer)\b.{0,40}\b(flyttet|straffet|smidt ud|sendt væk|tæsk|bank|slået|slår (han|hun|de)|dræber|sker der noget (med|ved)|gør (han|hun|de) (mig|hende|ham) (noget|fortræd|ondt))\b",
        r"\b(ekstra|mere|for meget|i maden|i kaffen|i drikken)\b.{0,15}\b(beroligende|sovemedicin|sovepiller|medicin|piller)\b.{0,40}\b(hele dagen|(ikke|ik) forstyrr\w*|være stille|er stille|(ikke|ik) larmer|(ikke|ik) er til besvær)\b",
        r"(?<!\bvi har )(?<!\bjeg har )(?<!\bvi )(?<!\bjeg )\b(låser|låste|låst|aflåser) (køleskabet|skabene|madskabet|fryseren)\b(?! for (hunden|katten|børnene|ungerne))(?!.{0,40}\b(aftalt|aftale|selv bedt|selv vil)\b)",
        r"\bmå (kun|ikke|ik) spise (når|hvis|før) (han|hun|de) (siger|bestemmer|giver lov)\b",
        r"\b(lader|lod|ladet) (mig|hende|ham) (sidde|ligge)\b.{0,40}\b(timer|en time|i timevis|hele natten|hele dagen|uden (mad|vand|hjælp)|og (kommer|kom) (ikke|ik))\b",
        r"\b(sætter|satte|lukker|lukkede|spærrer|spærrede|smider|smed) (mig|hende|ham) (ind )?(i|ind i) (et rum|et værelse|et skab|kælderen|et skur|badeværelset|mit værelse|sit værelse)\b.{0,30}\b(låser|låste|låst)\b",
        r"\b(trykker|trykkede|presser|pressede|holder|holdt|skubber|skubbede|kyler|kylede|smider|smed) (mig|hende|ham) (ned )?(i|mod|ind i|op ad|op mod|ned i|ned på) (sengen|gulvet|væggen|muren|stolen|jorden|madrassen|døren)\b",
        r"\b(tager|tog|taget|griber|greb|holder|holdt|klemmer|klemte) (mig|hende|ham) (om|på|ved) (halsen|struben)\b",
        r"\b(bliver|blev|blevet|er blevet) (\w+ )?(holdt nede|lagt ned|fastholdt|tvangsfikseret|bæltefikseret|spændt fast|bundet|bundet fast|slæbt)\b(?!.{0,40}\b(sele|selen|sikkerhedssele\w*|flextrafik\w*|i bilen|i bussen|i flyet|autostol\w*)\b)",
        r"\b(ryster|rystede|rusker|ruskede|rusket) (mig|hende|ham|barnet|babyen|ungerne|børnene) (så hårdt|hårdt|voldsomt|i skuldrene|frem og tilbage)\b",
        # probe 4: partner violence told as a story ("han blev sur igen og så ..."), injuries and cover stories
        r"\b(blev|bliver) (sur|vred|gal|rasende|tosset|fuld) (igen )?\b.{0,30}\bog så (ja )?(du ved|i ved|ved du|ja)\W*$",
        r"\b(fik|får|fået) (jeg |hun |han |vi )?(en|et par|nogle|en ordentlig|en flad|en knytnæve|en lammer) (på|i) (skrinet|hovedet|kassen|munden|tuden|snotten|lampen|siden af hovedet|kæften|sylten|næsen)\b",
        r"\b(når|hvis|da) (han|hun|min \w+|de) (bliver|blev|er|var) (vred|sur|gal|fuld|stiv|rasende)\b.{0,30}\b(går det ud over (mig|hende|ham|os|børnene)|får (jeg|hun|han|vi) det at mærke|gik det løs|går det løs|slår|sparker|kaster)\b",
        r"\b(blev|bliver) (sur|vred|gal|rasende|fuld)\b.{0,30}\bså (gik|går) det løs\b",
        r"\b(kaster|kastede|kastet|smider|smed|kyler|kylede) (\w+ ){0,2}(tallerken\w*|kop\w*|glas\w*|flaske\w*|stol\w*|kniv\w*|gaffel|gafler|sko|telefon\w*|fjernbetjening\w*|ting|tingene|sten|krus|skål\w*|pande\w*|gryde\w*|lampe\w*|møbler|bøger|bog) (efter|på|mod|i hovedet på) (mig|hende|ham|os|børnene)\b",
        r"\b(blåt øje|flækket læbe|flækkede læbe|brækket næse|brækkede ribben|revnet ribben)\b(?!.{0,40}\b(fodbold|håndbold|boksning|træning|kamp|bold|cykel\w*|cykl\w*|faldt|faldet|uheld|ulykke)\b)",
        r"\b(siger|sagde|sagt|fortæller|fortalte) (til )?(alle|lægen|folk|de andre|dem|personalet|læreren|skadestuen)\b.{0,15}\b(gik ind i (en|døren|dør)|var faldet ned ad trappen)\b",
        r"\b(faldet|faldt|uheld|gik ind i)\b.{0,40}\bmen det var (ham|hende|min \w+|hans \w+)\b",
        r"\b(stillede|stiller|står|stod|spærrede|spærrer|blokerede|blokerer) (sig )?(foran|i) (døren|hoveddøren|udgangen|vejen)\b.{0,20}\bså (jeg|hun|han) (ikke|ik) (kunne|kan) (gå|komme ud|komme væk|slippe)\b",
        r"\bså (jeg|hun|han) (ikke|ik) (kunne|kan) (komme væk|slippe væk|flygte|ringe efter hjælp|tilkalde hjælp|råbe om hjælp)\b",
        r"\b(han|hun|de) (har|havde) (\w+ )?slået\b(?=\W*$| (men|og|igen|før|tidligere|flere gange)\b)",
        r"\b(første|anden|tredje|sidste|hver) gang (han|hun) (slog|har slået|slår)\b(?! (i|på|rekord\w*|græs\w*|sin rekord|op))",
        r"(?<!jeg )(?<!jeg har )(?<!til at )\b(bider|bed|bidt) (mig|hende|ham)\b(?! i (tungen|læben|kinden))(?!.{0,20}\bfor sjov\b)",
        r"\b(banka|bankd|bankde|tæska|tævd|sparka|sparkd|skubba|skubbd)\b (mig|hende|ham|os)\b",
        # probe 4: children in danger (drunk driving, left alone, carers too drunk to care)
        r"\b(børn\w*|unge\w*|barn\w*|baby\w*|min søn|min datter|drenge\w*|pige\w*|lillebror|lillesøster|jeg sidder|jeg sad|med mig bag i)\b.{0,80}(\b(drukket|fuld|fulde|beruset|stiv|skæv|påvirket|stangstiv|på stoffer|promille|drak (meget|for meget|hele \w+)|knap (kunne |kan )?(gå|stå))\b.{0,60}(?<!jeg )\b(kører|køre|kørte|kørt|bag rattet|i bilen)\b|(?<!jeg )\b(kører|køre|kørte|kørt|bag rattet|i bilen)\b.{0,40}\b(drukket|fuld|fulde|beruset|stiv|skæv|påvirket|stangstiv|på stoffer|promille|drak (meget|for meget|hele \w+)|knap (kunne |kan )?(gå|stå))\b)",
        r"(\b(drukket|fuld|fulde|beruset|stiv|skæv|påvirket|stangstiv|på stoffer|promille|drak (meget|for meget|hele \w+)|knap (kunne |kan )?(gå|stå))\b.{0,60}(?<!jeg )\b(kører|køre|kørte|kørt|bag rattet|i bilen)\b|(?<!jeg )\b(kører|køre|kørte|kørt|bag rattet|i bilen)\b.{0,40}\b(drukket|fuld|fulde|beruset|stiv|skæv|påvirket|stangstiv|på stoffer|promille|drak (meget|for meget|hele \w+)|knap (kunne |kan )?(gå|stå))\b).{0,80}\b(børn\w*|unge\w*|barn\w*|baby\w*|min søn|min datter|drenge\w*|pige\w*|lillebror|lillesøster|jeg sidder|jeg sad|med mig bag i)\b",
        r"(?<!jeg )\b(kører|køre|kørte|kørt|bag rattet|i bilen)\b.{0,40}\b(børn\w*|unge\w*|barn\w*|baby\w*|min søn|min datter|drenge\w*|pige\w*|lillebror|lillesøster|jeg sidder|jeg sad|med mig bag i)\b.{0,40}\b(drukket|fuld|fulde|beruset|stiv|skæv|påvirket|stangstiv|på stoffer|promille|drak (meget|for meget|hele \w+)|knap (kunne |kan )?(gå|stå))\b",
        r"\b(lader|lod|efterlader|efterlod|efterladt|efterlade) (babyen|sin baby|spædbarnet|den lille|sit spædbarn)\b.{0,20}\balene\b",
        r"\b(lader|lod|efterlader|efterlod|efterladt|efterlade) (barnet|børnene|ungerne|sine børn|sit barn|min lillebror|min lillesøster|sine unger)\b.{0,20}\balene\b.{0,30}\b(om natten|hele natten|i flere (timer|dage)|i dagevis|for at (gå i byen|drikke|feste)|uden mad|i (to|tre|flere) dage)\b",
        r"\b(fuld|stiv|beruset|skæv|påvirket|høj)\b.{0,20}\b((kan|kunne) (ikke|ik)|(ikke|ik) (kan|kunne)) (passe|tage sig af|se efter|holde øje med)\b",
        r"\b(børn|børnene|barnet|ungerne|baby\w*)\b.{0,30}\balene\b.{0,30}\b(i (to|tre|flere|mange|\d+) (dage|døgn)|uden mad)\b",
        # probe 4: control by a partner, fear of trainers and other adults
        r"\b(kæreste\w*|manden|min mand|hendes mand|min kone|hans kone|partner\w*|eks)\b.{0,20}\b(ikke|ik) (lader|tillader|vil lade) (mig|hende|ham) (gå|komme|tage|være) (ud|hjemmefra|nogen steder|sammen med|alene)\b",
        r"\b(kæreste\w*|manden|min mand|hendes mand|min kone|partner\w*)\b.{0,60}\btager (min|hendes|hans) (telefon|mobil)\b",
        r"\bbange for (at (tage|komme|gå|være) (\w+ ){0,3}(med|hos|til|sammen med) )?(sin|hans|hendes|min) (træner|lærer|pædagog|onkel|stedfar|stedmor|kontaktperson|chauffør|spejderleder|leder|fætter|morbror|farbror)\b",
        r"\bvil (ikke|ik) (fortælle|sige) (hvorfor|hvad)\b.{0,30}\b(bange|græder|ondt|blå mærker|sår)\b",
        r"\b(nye |nyt |flere |mange )(sår|rifter|snitsår|snit|ar|brændemærker|brandsår)\b (på|i) (sin|sine|hendes|hans|armen|armene|håndledd\w*|lårene|benene|maven)\b"
        r"(?!.{0,40}\b(operation\w*|opereret|kejsersnit|lægen|kirurg\w*|faldet|uheld\w*)\b)",
        r"\bblodig\w* (servietter|papir|lommetørklæde\w*|håndklæde\w*|plastre|toiletpapir)\b",
        r"\b(being|been|get|getting|got) (hit|beaten|kicked|slapped|punched|choked|abused|raped)\b(?! (by (a|the) (ball|car|bus)|in the (game|match)))",
        r"\b(taget|tager|tog|stjålet|stjæler|stjal)(?<!jeg taget)(?<!jeg tager)(?<!jeg tog) (\d+ (kr|kroner)|\d+|penge|kontanter|sedler) (fra|i|ud af) (min|mit|hendes|hans) (pung|tegnebog|taske|skuffe|pengepung|lomme)\b",
        r"\b(tvinger|tvang|tvunget|presser|pressede|presset) (mig|hende|ham) til at (hæve|overføre|låne|udbetale|sælge)\b", r"\b(mine|hendes|hans) penge er (hans|hendes|deres) penge\b",
        r"\bhvis (jeg|hun|han) (ikke|ik) (overfører|betaler|sender|giver (ham|hende|dem)) (\w+ )?(penge|kr|kroner|\d+|løn|lønnen|pension\w*|dankort\w*)\b.{0,30}\b(fortæller|deler|lægger|viser|slår|smadrer|smider)\b",
        r"\b(skrive under|underskrive|sælge|penge|arv|huset|testamente\w*|fuldmagt)\b.{0,60}\bellers (kommer|besøger|ringer|snakker|ser) (hun|han|de)( mig| hende| ham)? (ikke|ik|aldrig)\b",
        r"\b(sidde|sidder|sad) på (hans|hendes) skød\b.{0,30}\b(når (vi|jeg) er alene|ellers|hemmelig\w*)\b",
        r"\b(tog|tager|hev|hiver|river|rev) (han |hun )?fat i (mit|min|hendes|hans) (hår|håret|nakke|nakken|hals|halsen)\b", r"\bslæb(er|te|t)? (mig|hende|ham)\b",
        r"\b(han|hun|de|fuld|vred|sur|drukket)\b.{0,60}\bgår det ud over (mig|hende|ham|os|børnene)\b(?! selv)",
        r"\b(smidt|smed|smider) (mig|hende|ham) ud\b.{0,30}\b(i kulden|i nattøj|om natten|uden tøj|uden sko|i sneen|og låst)\b",
        r"\bved hvor (min|hendes|hans) (skole|arbejde|arbejdsplads|bosted|lejlighed) (er|ligger)\b", r"\bkommer hjem til (mig|hende|ham) hvis (jeg|hun|han)\b",
        r"\bder er (nogen|en fremmed|en mand|fremmede|nogle) (i|inde i) (hans|hendes|vores|deres) (hus|lejlighed|stue|have|værelse)\b",
        r"\b(slår|slog|truer|truede|sparker|sparkede|skubber|skubbede|tæsker|banker|bankede) (han|hun|de) (også|igen|altid|tit) (mig|hende|ham|os|børnene)\b(?! (i|på) (skak|ludo|kort|fifa|spil|\w*spil))",
        r"\b(rør|rø) ved (mig|hende|ham) (der|hvor|når|selvom|uden|om natten)\b", r"\b(slåer|slåed|slåd|sloer)\b (mig|hende|ham|os)\b",
        r"\btrua\b (mig|hende|ham)\b", r"\b(forcede|forced|forcet|forcer) (mig|hende|ham|me|her|him)\b.{0,30}\b(ikke ville|ikke vil|didn'?t want|don'?t want|sex|stuff|ting)\b",
        r"\bthreaten\w* (to )?(kill|hurt|hit|beat|harm) (mig|hende|ham)\b", r"\b(touched|touches|touching|touch) (mig|hende|ham)\b(?! (dybt|meget))",
        # probe 5 (january 2027): violence asked about or told in two words ("er det normalt at han slår?"),
        # with a weapon or an object, by frequency of injuries, in learner infinitives ("han slå mig")
        r"\b(han|hun|de|far|mor|min (mand|kone|kæreste|far|mor|bror|søster|søn|datter|eks|ex|stedfar|stedmor|svigermor|svigerfar|nabo|kontaktperson)) (slår|sparker|truer|tæsker|banker)\W*$",
        r"\b(slår|slog|slået|slå)( (mig|hende|ham|os|børnene))? (kun |bare |mest |altid |tit |nogle gange |også )*med (flad hånd|knytnæve\w*|bæltet|et bælte|en sko|en stok|stokken|en pind|skeen|en ske|tøffel\w*|en tøffel|en kost|kosten|en grydeske|næven|et bræt|en flaske|ledningen|en ledning)\b",
        r"\b(blåt øje|blå øjne|et blåt øje|flækket læbe|blå mærker|brækket næse|revnet læbe)\b.{0,20}\b(hver uge|hver weekend|igen og igen|hele tiden|tit|ofte|hver gang)\b",
        r"\b(han|hun|de|manden|konen|min \w+|manden min|konen min) (slå|sparke|true|låse|skubbe|dræbe|voldtage|banke|kvæle|brænde)\b (mig|hende|ham|os|mine børn|børnene)\b(?! (i|på) (skak|ludo|kort|\w*spil))",
        r"\b(han|hun|de|manden|konen|min \w+|manden min|konen min) (tage|stjæle)\b (al |alle )?(min|mine|mit|hendes|hans) (penge|pension|løn|dankort|mad|medicin|piller|pas|opholdstilladelse|telefon)\b",
        r"\b(slår|sparker|tæsker|banker) (mig |en |os )?(hvis|når) (man|jeg|vi) (\w+ )?(skriver|snakker|siger|glemmer|kommer|går|ikke|ik|gør|taler)\b",
        r"\b(befaml\w*|beføl\w*) (mig|hende|ham)\b",
        r"^(?!.*\b(hjælper\w*|hjemmehjælp\w*|hjemmepleje\w*|sygeplejerske\w*|plejer\w*|personale\w*)\b).*?\b(kommer|kom) ind (\w+ ){0,3}(når|mens|da) (jeg|hun|han) (er|var) (i bad|i brusebad|nøgen|på toilettet)\b",
        r"\b(kommer|kom|sniger sig|lister sig) ind (til|hos) (mig|hende|ham)\b.{0,20}\bnår (mor|far|de andre|alle|min mor|min far|konen|manden|resten) (sover|er ude|er på arbejde|ikke er hjemme)\b",
        r"\b(beboer\w*|nattevagt\w*|pædagog\w*|onkel|stedfar|stedbror|hjælper\w*|en mand|en fyr)\b.{0,40}\b(lægger|lagde) sig (i|op i|ned i|ind i) (min|hendes|hans) seng\b",
        r"\b(lægger|lagde) sig (i|op i|ned i|ind i) (min|hendes|hans) seng\b.{0,30}\b(tør (ikke|ik)|bange|ikke lide|ikke vil|selvom)\b",
        r"\b(bankr|bankde|banka|sparkr|trur|truu|truere)\b (mig|hende|ham|os)\b",
        r"\b(nikker|nikkede|nikket|gav|giver|givet|fik|får|fået) (mig |hende |ham )?(en skalle|et knytnæveslag|en knytnæve|et slag|en øretæve|en på hovedet|en på kassen|en på siden af hovedet|en på næsen|en flad|et spark|en albue|et los)\b(?! (kort|skak|ludo|\w*spil))(?!.{0,40}\b(fodbold|håndbold|kamp\w*|træning\w*|karate|boksning|spil\w*|bold\w*|\w*bold)\b)",
        r"\b(stak|stikker|stukket|stikke) (mig|hende|ham) (\w+ )?(med|i \w+ med) (en |et |sin |hans |hendes )?(kniv|kniven|gaffel|gaflen|saks|saksen|glasskår|skruetrækker|blyant|passer)\b",
        r"(?<!jeg )(?<!jeg har )\b(brækket|brækkede|brækker|knækket|knækkede|vredet|forvredet) (min|mit|hendes|hans|mine) (arm|arme|ben|finger|fingre|næse|ribben|kæbe|håndled|tommelfinger)\b",
        r"\b(hiver|hev|river|rev|trækker|trak|slæber|slæbte) (mig|hende|ham) (\w+ ){0,4}i (håret|armen|armene|nakken|ørerne|øret)\b",
        r"(?<!jeg )\b(holder|holdt|presser|pressede|trykker|trykkede|lægger|lagde) (en |sin |hans |hendes )?(pude|puden|hånd|hånden|hænderne|plastikpose|pose|dyne\w*) (hårdt )?(over|for|mod|ned over) (mit|min|hendes|hans) (ansigt|mund|næse|hals)\b",
        r"\b(holder|holdt|trykker|trykkede) (mig|hende|ham) (bare |altid |tit |hårdt )+(nede|fast)\b",
        r"\btil (jeg|hun|han) (ikke|ik) (kan|kunne) (få luft|få vejret|trække vejret|bevæge (mig|sig))\b",
        r"\bnæste gang (er det|bliver det|rammer (han|hun) (mig|hende|ham)) (mig|hende|ham|mit hoved)\b",
        # probe 5: threats tied to telling or to the police, being locked in or kept in, stalking
        r"\bhvis (jeg|hun|han) (siger|fortæller) (noget|det|det her) til (nogen|politiet|kommunen|pædagogen|personalet|min \w+)\b.{0,40}\b(smider|tager|slår|dræber|straffer|gør|brænder|finder)\b"
        # (probe 10, h5) not a treat or an outing that follows ("… tager hun børnene med i zoo", "… gør hun mig glad")
        r"(?!.{0,40}\b(med (i|på|til|ud|hjem|ind|rundt|ned|op|over)|glad|glade|stolt|grin\w*|fejre\w*|overrask\w*|tillykke|"
        r"ferie\w*|tur|zoo|tivoli|biograf\w*|is|kage)\b)",
        r"\bhvis (jeg|hun|han) (siger|fortæller) (noget|det|det her) til (nogen|politiet|kommunen|pædagogen|personalet|min \w+)\b.{0,30}\bfår (jeg|hun|han) (ingen|ikke|ik) (mad|lov|penge|noget at spise)\b|\bfår (jeg|hun|han) (tæsk|bank|klø|ballade)\b",
        r"\b(smækker|smækkede|klasker|klaskede|langer|langede) (mig|hende|ham) (en|i ansigtet|på)\b", r"\b(tager|tog|taget|griber|greb) (fat )?(om|i) (min|hendes|hans) (hals|strube)\b",
        r"\b(rører|rørte|befamler|befamlede|beføler) (han|hun) (ved )?(mig|hende)\b(?! (ikke|ik|dybt|på (skulderen|armen)))",
        r"\bhvis (jeg|hun|han) (går|gik|ringer|ringede|tager) (til|efter) (politiet|kommunen|krisecentret|nogen)\b.{0,50}\b(brænder|slår|dræber|smider|tager|finder|straffer|gør (mig|hende|ham))\b",
        r"\b(hvis|så snart) (jeg|hun|han) (melder|anmelder|angiver) (ham|hende|dem)\b", r"\b(brænder|brænde|brænd) (mit|hendes|hans|vores|dit) (hus|lejlighed|bil|ting) (ned|af)\b",
        r"\b(siger|sagde) (\w+ )?(ikke|ik) (sige|fortælle) (det |noget )?til (pædagog\w*|personalet|mor|far|nogen|politiet|lærer\w*|kontaktperson\w*)\b",
        r"\b(låse|låser|låste|låst) (mig|hende|ham) (inde )?i (huset|lejligheden|værelset|kælderen|skabet|badeværelset|bilen|rummet|skuret)\b",
        r"(?<!jeg )(?<!vi )\b(låst|låser|låste|aflåser|aflåst) (\w+ ){0,3}udefra\b(?!.{0,20}\b(når (jeg|vi|hun|han|de) (går|tager)|som aftalt|efter aftale))",
        r"\b(får|fik|må|måtte) (ikke|ik) (lov )?(til )?(at )?(gå|komme) ud (af|fra) (huset|lejligheden|hjemmet|værelset)\b(?!.{0,30}\b(syg|corona|smitte\w*|feber|karantæne|isolation)\b)",
        _NO_AUTHORITY + r".*?\b(jeg|hun|han) (ikke|ik) (må|får lov at) (gå|komme) ud\b(?! (at|og|i aften|før|efter|når))",
        r"\b(spænde|binde|lænke|fiksere|fastspænde) (mig|hende|ham) (\w+ )?(fast|ned)\b(?!.{0,20}\b(sele|selen|i bilen|i bussen|i flyet|sikkerhedssele\w*)\b)",
        r"\b(efterlod|efterlader|efterladt|lod|lader) (mig|hende|ham) (\w+ ){0,2}(i badet|i karret|på toilettet|i kulden|udenfor|på gulvet|i stolen|i kørestolen|i sengen)\b.{0,40}\b(timer|en time|i timevis|hele natten|hele dagen|koldt|kold|uden tøj|våd)\b",
        r"\b(gør|gøre) (hvad|som) (han|hun|de|pædagogen|personalet|kæresten) (siger|vil|bestemmer)\b.{0,30}\b(ikke|ik|ingen) (noget )?(mad|at spise|at drikke|aftensmad|vand)\b",
        r"(?<!hund )(?<!hunden )(?<!katten )(?<!hvalpen )(?<!lillebror )(?<!lillesøster )\b(følger|fulgte|forfølger|forfulgte) efter (mig|hende|ham)\b.{0,10}\b(hver dag|hjem|hele tiden|om natten|overalt|alle steder)\b",
        # (set 15) not the speaker at their own window, nor a parent waiting at school
        r"(?<!\bjeg )(?<!\bvi )(?<!\bmor )(?<!\bfar )(?<!mormor )(?<!morfar )(?<!farmor )(?<!farfar )(?<!bedstemor )(?<!bedstefar )"
        r"\b(står|stod|venter|ventede) (ved|uden for|udenfor|foran) (mit|min|hendes|hans) (vindue|dør|hoveddør|opgang|lejlighed|hus|arbejde|skole)\b.{0,20}\b(om natten|hver (dag|nat|aften)|hele tiden|igen og igen|når (jeg|hun|han) (sover|kommer hjem))\b",
        # probe 5: sexual abuse asked about or told with a generic "en", secrets, being looked at undressed
        r"\b(rører|rørte|befamler|befamlede|beføler) (ved )?(en|dig|os) (om natten|når (man|du|vi)|der nede|forneden|selvom|i skridtet)\b",
        r"\b(rør|rø) (ved |på )?(min|mine|hendes|hans) (numse|bryster|bryst|bagdel|skridt|tissemand|tissekone|balder)\b",
        r"\b(tog|tager|rørte|rører|greb|griber|tage|rør) (\w+ )?(mig|hende|ham) (på|i|ved) (tissemanden|tissekonen|brysterne|brystet|numsen|skridtet|tissen|fissen|pikken|bagdelen|balderne)\b",
        r"^(?!.*\b(læge\w*|sygeplejerske\w*|personale\w*|hjælper\w*|undersøg\w*|bad)\b).*?(?<!ikke )(?<!ikke skal )\b(se|kigge på|filme|fotografere|tage billeder af|have billeder af) (mig|hende|ham|en) (uden tøj|nøgen|i undertøj|uden bukser|uden trusser)\b",
        r"\b((deres|vor) (lille )?hemmelighed|hemmelighed mellem (os|dem|os to))\b" + _SURPRISE18,
        # probe 5: money and belongings taken by family, staff and others (a relative's pension, half the wage, rings)
        r"\b(tager|tog|taget|stjæler|stjal|beholder|beholdt|snupper|hæver|hævede) (min|mit|mine|hans|hendes|sin) \w+s (penge|pension|løn|kontanthjælp|dankort|opsparing|førtidspension)\b",
        r"\b(får|fik|må) kun (lov (til )?at )?beholde (\d+|et par hundrede|lidt|\w+ hundrede)\b",
        r"\b(tager|tog|taget|beholder|beholdt|snupper) (halvdelen|det meste|en del|resten|noget|alt|det hele) af (min|mine|hendes|hans|sin) (løn|pension|penge|kontanthjælp|lommepenge|førtidspension)\b",
        r"\b(han|hun|de|\w+en|\w+ren) (tager|tog|stjæler|stjal|snupper|tømmer) (bare |altid |tit |også |igen |hele tiden |stadig )+(alle |al )?(mine|min|mit|hendes|hans|sin|sine) (\w*penge|pension\w*|løn|lønnen|dankort|bankkort|kontanthjælp\w*|konto|opsparing\w*)\b(?! med)",
        r"(?<!banken )(?<!skat )\b(tager|tog|stjæler|stjal|tage|stjæle) (\w+ )?(penge|pengene|kontanter) fra (mig|hende|ham|os)\b",
        r"\b(hjemmehjælper\w*|hjemmeplejen|hjælper\w*|personalet|pædagog\w*|vikar\w*|plejer\w*|nattevagt\w*|kontaktperson\w*|rengøringsdame\w*|sygeplejerske\w*|naboen)\b (har )?(taget|stjålet|tog|stjal|snuppet|hugget|hugger|stjæler|tager) (min|mit|mine|hendes|hans) (\w*ring|smykke\w*|ur|armbåndsur|penge|pung|dankort|medicin|piller|smertepiller|morfin|cigaretter|guld\w*|kontanter|halskæde|sedler)\b",
        r"\b(tager|tog|stjæler|stjal)\b (mine|min|hendes|hans) (piller|medicin|morfin|smertepiller|plastre|sovepiller)\b.{0,30}\b(sælger|sælge|solgt|bruger dem selv|tager dem selv)\b",
        r"\b(forces|forced|makes|made) (me|her|him) (to )?(give|hand over|transfer|send)\b",
        # probe 6 (h3): restraint of a dependent (tied or strapped to a chair or bed), not a seat belt in a car or bus
        r"\b(binder|bandt|bundet|lænker|lænkede|lænket|fastspænder|fastspændte|spænder|spændte|spændt) (de |han |hun )?(mig|hende|ham|min \w+|mor|far|beboerne|ham|os)( \w+){0,2} fast (i|til|på) (kørestolen|sengen|stolen|radiatoren|lænestolen|sengehesten|toilettet|bordet)\b(?!.{0,30}\b(sele|selen|bilen|bussen|flextrafik\w*|kørsel\w*|transport\w*)\b)",
        # probe 6 (h3): extortion with a condition; smothering; injuries because someone hits; blows from a partner;
        # night visits that keep coming; food withheld because the carers are angry
        r"\b(give|aflevere|overføre|betale) (\w+ ){0,3}(halvdelen af |det meste af |alle |hele |en del af )?(min|mine|mit|sin|sine|hans|hendes) (penge|løn|pension|førtidspension|kontanthjælp|opsparing|dankort|lommepenge)\b.{0,40}\bellers\b",
        r"\b(pude|puden|hånd|hånden|dyne|dynen|pose|plastikpose)\b (\w+ ){0,2}(over|for|ned over) (mit|min|hendes|hans|mig|hende|ham|sit|sin) ?(ansigt|ansigtet|mund|munden|hoved|hovedet|næse|næsen)?\b(?!.{0,30}\b(for sjov|pudekamp|leg|legede|leger)\b)(?=.{0,40}\b(sov|sover|kunne (ikke|ik)|kan (ikke|ik)|luft|vejret|holdt|holder|presse\w*)\b)",
        r"\b(blå mærker|skrammer|mærker|sår|buler|en bule|rifter)\b.{0,40}\bfordi (\w+ ){1,4}(slår|slog|sparker|sparkede|skubber|skubbede|niver|nev|bider|bed|kradser|river|rev|holder|holdt)\b(?! (bolden|til bolden))(?!.{0,20}\b(fodbold|håndbold|træning|kamp\w*|for sjov|leg\w*)\b)",
        r"\b(slag|spark|lussinger|lussing|tæsk|knytnæveslag|øretæver|øretæve|prygl)\b (\w+ ){0,4}af (sin|min|hendes|hans|vores) (mand|kone|kæreste|far|mor|bror|søster|søn|datter|eks\w*|stedfar|stedmor|partner|onkel|kontaktperson|hjælper|pædagog)\b",
        r"\b(min eks|min ex|ekskæreste\w*|eksmand\w*|naboen|en nabo|en beboer|beboeren|en fremmed|en mand|stedfar\w*|min stedfar|onkel\w*|min onkel) (\w+ )?(kommer|kom|går|gik|lister|sniger sig) ind (i|på|til) (\w+ ){0,2}(værelse\w*|lejlighed\w*|seng\w*|soveværelse\w*|mig|hende|ham)\b(?=.{0,40}\b(om natten|når (jeg|hun|han) sover|mens (jeg|hun|han) sover|i nat)\b)",
        r"\b(far|stedfar|onkel|bror|mand|manden|han|hun|\w+en) (bliver ved med at|bliver ved at|bliver ved|er begyndt at|begynder at) (komme|kommer|gå|snige sig|liste) ind (i|på|til) (mit|min|hendes|hans|mig|hende|ham) ?(værelse|seng)?\b.{0,15}\b(om natten|når (jeg|hun|han) sover|i nat)\b",
        # hiding from a drunk or angry person; forced into drugs; sold to others; dragged by the arm or hair; a head
        # slammed into something (by someone else or oneself, not a cupboard door by accident); food as a condition
        r"\b(gemmer|gemte|gemt|skjuler|skjulte) (mig|sig|os) (\w+ ){0,3}(når|for|fra) (far|mor|han|hun|min \w+|stedfar\w*|manden|kæresten|de)\b(?=.{0,30}\b(fuld|fulde|vred|vrede|sur|beruset|drikker|drukket|råber|slår|truer)\b)",
        r"\b(tvunget|tvinger|tvang|presset|presser|pressede|lokket|lokker) (\w+ ){0,2}til at (tage|ryge|sælge|smugle|drikke|sprøjte|prøve) (\w+ )?(stoffer|hash|kokain|heroin|amfetamin|sprut|alkohol|piller|ecstasy)\b",
        r"\b(sælger|solgte|solgt|udlejer|udlejede|udlejet) (mig|hende|ham) (\w+ )?(til|for) (\w+ )?(sine|hans|hendes|andre|fremmede|\w+) ?(venner|mænd|kunder|fyre|penge)\b",
        r"\b(trukket|hevet|revet|slæbt|slæbte|slæber|trak|hev|rev) (mig|hende|ham) (\w+ ){0,3}(i armen|i håret|i armene|i ørerne|i øret|ud af sengen|hen ad gulvet|ned ad trappen|op af sengen)\b",
        r"\b(smækket|smækker|smækkede|slået|slog|slår|bankede|banket|banker|hamret|hamrede|knaldet|knaldede|dunket|dunkede) (mit|hendes|hans|sit|mig med|hende med|ham med) ?(hoved|hovedet|ansigt|ansigtet|pande|panden) (ind i|mod|ned i|ned i|op ad)\b(?!.{0,20}\b(\w*skab\w*|\w*låge\w*|\w*kant\w*|ved et uheld|hylde\w*)\b)",
        r"\b((ikke|ik) (må|får lov til at|får lov at|fik lov til at|fik lov at|måtte)|(må|får|fik|måtte) (ikke|ik)( lov)?( til)?( at)?) (få|spise) (\w+ )?(mad|aftensmad|morgenmad|frokost|noget at spise|aftensmaden)\b.{0,20}\b(hvis|medmindre|indtil) (jeg|hun|han)\b(?!.{0,40}\b(blodprøve\w*|operation\w*|scanning\w*|undersøg\w*|narkose|faste\w*|bedøv\w*|opereret|opereres|tandlæge\w*|læge\w*|hospital\w*|røntgen)\b)",
        # probe 6b (h3): blows given as "små slag", "klask"; stalking that goes on
        r"\b(giver|gav|givet|deler|delte) (mig|hende|ham|os|min \w+|mor|far) (\w+ ){0,2}(slag|klask|klaps|lussinger|smæk|tæsk|skub|spark|nakkedrag\w*)\b(?! (i|til|på) (spil\w*|skak|kort|fodbold|håndbold|træning\w*|kamp\w*|leg\w*))",
        r"^(?!.*\b(hund\w*|kat\w*|killing\w*|hvalp\w*|ænder|and|måge\w*|duer|due)\b).*\b(fulgt|følger|fulgte|forfølger|forfulgt|forfulgte) efter (mig|hende|ham|os)\b(?=.{0,50}\b(i (flere|mange|\w+) (uger|dage|måneder)|hjem til|opgang\w*|hoveddør\w*|min dør|bange|tør (ikke|ik)|stod (i|ved|uden for|udenfor)|står (i|ved|uden for|udenfor)|venter (på|ved|uden for)|ventede (på|ved|uden for))\b)",
        r"\b(forfølger|forfulgt|forfulgte|stalker|stalket|stalkede) (mig|hende|ham|os)\b(?! (i|på) (spil\w*|\w+spil))",
        # probe 8 (h12): psychological/controlling and financial abuse by structure: an agent (partner, family, staff,
        # "venner"; see _ABUSER), a controlling act on the citizen or the citizen's things, and a sign that it is
        # control and not help by agreement (see _AGREED: a værge, bostøtte or anything "aftalt" stays quiet)
        *control_patterns(),
    ]


# Psychological/controlling and financial abuse (annotation guide, safety: "Control and money"). Each pattern needs the
# agent or the act of control AND a sign that it is control: isolation ("så jeg ikke kan ringe til nogen"), a threat
# with a condition ("hvis jeg siger noget, så smider han mig ud"), punishment, humiliation as a habit ("hver dag",
# "foran de andre"), money used or taken "uden at spørge" or leaving the citizen without. Help by agreement stays
# quiet (_AGREED): "min værge hjælper mig med økonomien", "pædagogen låser døren om natten som aftalt", "min mor
# tager mine nøgler med, det har vi aftalt"; so do parents' everyday rules and a time-limited "ikke i aften".
_KIN = (r"(kæreste\w*|mand|manden|kone|konen|samlever\w*|partner\w*|eks|ekskæreste|søn|sønnen|datter|datteren|mor|far|bror|"
        r"søster|stedfar|stedmor|svigersøn|svigerdatter|svigermor|svigerfar|nevø|niece|barnebarn|onkel|tante|fætter|kusine|"
        r"ven|veninde|venner|veninder|kammerat\w*|bofælle|nabo|naboen|lejer|mors|fars|"
        # (probe 9, h2) in-laws, step and half relatives, grandchildren
        r"svoger|svogeren|svigerinde\w*|stedsøn|steddatter|stedbror|stedsøster|halvbror|halvsøster|lillebror|storebror|"
        r"lillesøster|storesøster|bonus\w+|plejemor|plejefar|plejeforældre|forældre|børnebørn|barnebarnet|ægtefælle|"
        # (probe 10, h5) plural relatives
        r"brødre|søstre|søskende|fætre|kusiner|onkler|tanter|sønner|døtre|børn|stedbørn|svigerforældre)")
_ABUSER = (r"(han|hun|de|(min|mit|mine|hans|hendes|sin|sine|vores|en) (nye |nya |såkaldte |gamle )?" + _KIN + r"( \w+)?|personalet|"
           r"pædagog\w*|hjemmehjælper\w*|hjælper\w*|kontaktperson\w*|de andre( beboere)?|beboer\w*|vikar\w*|nattevagt\w*)")
_AGREED_WORDS = (r"\b(aftal\w*|værge\w*|bostøtte\w*|bad (ham|hende|dem) om|selv (bedt|bad|valgt)|det er (godt|fint|rart|trygt)|"
                 r"for at hjælpe|hjælper (mig|hende|ham)|(så |rigtig |virkelig )?god til|dygtig til|passer på (mig|hende|ham)|"
                 r"som vi (har )?sagt|regle?n?|(det )?(har|havde) vi (snakket|talt|aftalt) om|(vi var|var vi|vi er|er vi|vi blev|blev vi) enige)\b")
# The agreement covers its own clause only: a disclosure after a later "men" still counts ("det er aftalt at min søn
# passer mine penge, men han giver mig ingenting og jeg sulter"). Either no agreement word at all, or the match is
# consumed up to a "men" after the last one, so the pattern that follows can only match the clause after it.
_AGREED = (r"^(?:(?!.*" + _AGREED_WORDS + r")|.*" + _AGREED_WORDS + r".*?\bmen\b(?!.*" + _AGREED_WORDS + r"))")
# whose things: the citizen's or a third person's; never the agent's own "sin/sit/sine" ("min far brugte alle sine
# penge på en bil"). _POSS_SELF adds them for the one not allowed ("hun må ikke se sine venner").
_POSS = r"(min|mit|mine|hendes|hans)"
_POSS_SELF = r"(min|mit|mine|hendes|hans|sin|sit|sine)"
# what "ellers" threatens when one does not pay or obey: harm, being thrown out or left, being deprived; not
# someone "ked af det" or "sur" ("jeg skal købe gave til hende ellers bliver hun ked af det")
_THREAT = (r"((slår|tæsker|banker|smider|sparker|straffer|låser|sender|melder|skader|dræber|truer) (han|hun|de) |"
           r"(går|forlader|skrider|flytter) (han|hun|de)\b(?! (ked|sur|skuffet))|gør (han|hun|de) (mig|hende|ham|noget|os)|"
           r"(får|må) (jeg|hun|han) (bank|tæsk|klø|ingen (mad|penge)|(ikke|ik|aldrig) (noget mad|mad|penge|se|være med|komme (med|hjem|"
           r"ind)|bo|sove))|"
           r"bliver (de|han|hun) (voldsom\w*|rasende|aggressiv\w*|farlig\w*)|(han|hun|de) (slår|smider|går|forlader|gør mig))")
# left without the basics: hunger, no food, no money for food ("jeg må klare mig selv uden mad")
_DEPRIVED = (r"(sulter(?! (ikke|ik))|sultet|går sulten|er sulten|uden (mad|noget at spise)|ingen mad|(ikke|ik) (noget )?(mad|at spise)|"
             r"(ikke|ik|ingen) (\w+ )?(råd|penge) til (mad|at spise|medicin|huslejen)|tom for mad|tomt køleskab|køleskabet er tomt)")
# the basics someone can be made to earn by obeying, and the obedience ("jeg får kun mad hvis jeg gør som han siger")
_BASICS = (r"(mad|maden|noget at spise|at spise|aftensmad|morgenmad|frokost|vand|noget at drikke|at drikke|medicin|min medicin|"
           r"mine piller|mine (egne )?penge|min (egen )?(pension|løn|kontanthjælp))")
_OBEY = (r"(gør som (han|hun|de|personalet|pædagog\w*|(min|hans|hendes) \w+) (siger|vil|bestemmer)|gør hvad (han|hun|de|"
         r"personalet|(min|hans|hendes) \w+) (siger|vil)|adlyder|makker ret|parerer ordre|"
         r"er lydig|(ikke|ik) (siger|brokker mig|klager|modsiger|siger (ham|hende|dem) imod)|har sex med|ligger i med|"
         # (probe 10, h5) behaving as told
         r"opfører (mig|os|sig) (\w+ )?(pænt|ordentligt|ordentlig|godt)|(er|var|har været|har (\w+ )?været) (søde|sød|artige|artig|stille|rolige|rolig|lydige|"
         r"flinke|flink)|holder (min|vores|sin|vores) mund|hører efter|retter ind|gør som (der bliver sagt|vi får besked på))")
# money as the object of a taking: a found-out "har lånt min bil" or "har taget min sidste is" is no money taken
_MONEY = (r"(\w*penge\w*|pension\w*|\w*konto\w*|\w*opsparing\w*|dankort\w*|kort|kortet|hævekort\w*|løn|lønnen|kontanthjælp\w*|"
          r"førtidspension\w*|boligstøtte\w*|arv|arven|\d+ (kr|kroner)|\d+kr|kroner|tusind\w*|netbank\w*|mobilepay|lån|et lån|kviklån\w*)")
_AID = (r"(telefon|telefonen|mobil|mobilen|nøgle|nøglen|nøgler|nøglerne|rollator|rollatoren|kørestol|kørestolen|høreapparat\w*|"
        r"briller|brillerne|computer|computeren|pc|ipad|tablet|pas|dankort|sygesikringskort|sko|jakke|cykel|scooter\w*|"
        r"nødkald\w*|alarm\w*|wifi|wifien|internet|internettet|nettet|routeren|modemmet)")
# "nar" only after "en": the folded text also reads "når" as "nar" ("kalder mig altid skat når jeg ringer")
_SLUR = (r"(dum|dumme|idiot|idioten|spasser|spasse|spast|grim|fed|tyk|åndssvag|åndssvage|mongol|retard\w*|klam|ulækker|"
         r"værdiløs|ubrugelig|luder|kælling|taber|tosse|(?<=\ben )nar|tåbe|evnesvag|krøbling|byrde|lort|møgunge|svin|dværg|tumpe|fjols)")
_ISOLATE = (r"(ringe|ringe til \w+|komme ud|gå ud|komme væk|gå nogen steder|komme nogen steder|kontakte \w+|snakke med \w+|"
            r"skrive (med|til) \w+|få hjælp|tilkalde hjælp|se (mine|min|sine|sin) \w+|få (mad|noget at spise|noget at drikke)|"
            r"gå|komme hjem|flygte|komme ind|komme på (toilettet|wc)|komme op)")


# (probe 10, h5) Shared pieces for the probe 10 blocks below.
# An overdose told with unusual verbs and quantities: "drukket en hel flaske piller", "spist et helt glas af mine
# tabletter", "bælget 30 pamol", "taget alle dem fra skuffen", "proppet mig med alle de piller jeg kunne finde".
_PILLS = (r"(\w*piller|\w*pillerne|\w*tabletter|\w*tabletterne|\w*medicin|\w*medicinen|panodil\w*|pamol\w*|paracetamol\w*|"
          r"ipren\w*|ibuprofen\w*|kodimagnyl\w*|tramadol\w*|oxycodon\w*|morfin\w*|stesolid\w*|imozop\w*|zopiclon\w*|sobril\w*|"
          r"smertestillende|antidepressiv\w*|lykkepiller|nervepiller|sovemedicin|kodein\w*|metadon\w*)")
_INGEST = (r"(taget|tog|tager|tar|slugt|slugte|sluger|spist|spiste|drukket|drak|bælget|bælgede|bællet|bællede|skyllet|skyllede|"
           r"nakket|nakkede|proppet|proppede|ædt|åd|hapset|hapsede|indtaget|indtog|poppet|poppede|knaldet|knaldede|kylet|kylede|"
           r"tømt|tømte)")
_PILL_BOX = (r"(pilleæske\w*|dosisæske\w*|dosispose\w*|pilleglas\w*|pillebøtte\w*|pilledåse\w*|medicinæske\w*|medicinglas\w*|"
             r"medicinskab\w*|medicinpose\w*|apotekspose\w*|apoteksposen)")
# pills taken along, handed in or put away, not swallowed ("tømt hele skuffen med medicin og givet det til apoteket",
# "tog hele ugens piller med i dosisæsken til sommerhuset"): the lookahead after a whole amount (review 3)
_NOT_SWALLOWED = (r"(?!.{0,40}\b(med (hjem|på|til|i|ud|ned|over)|og (lagde|lagt|satte|sat|smed|smidt|gav|givet|afleverede|"
                  r"afleveret|vaskede|sorterede|sorteret|ryddede|puttede|bar|flyttede|byttede)|(til|på|hos) (apotek\w*|genbrug\w*))\b)")
# a whole container or a large amount; a number needs two digits or a number word from twelve up
_PILL_LOT = (r"((en |et )?(hel|helt|hele) (\w+ )?(flaske|flasken|glas|glasset|æske|æsken|pakke|pakken|pakker|bøtte|bøtten|plade|"
             r"pladen|plader|bunke|bunken|dåse|dåsen|pose|posen|rulle|rullen|karton|kartonen|boks|boksen|beholder|beholderen|strip|"
             r"kort|kortet|ark|arket|skuffe|skuffen|" + _PILL_BOX[1:-1] + r"|uges? (\w+ )?(forbrug|dosis|portion)|måneds? (\w+ )?"
             r"(forbrug|dosis|portion))|(en|to|tre|flere) (håndfuld|håndfulde|neve|nævefuld)|masser|massevis|en (hel )?bunke|"
             r"(to|tre|fire|fem|flere|mange|\d+) (plader|pakker|æsker|glas|bøtter|ark|strips|kort|dåser|poser|pakninger))")
_NUM_MANY = (r"(\d{2,}|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten|tyve|tredive|fyrre|halvtreds|tres|halvfjerds|"
             r"firs|halvfems|hundrede|\w+tyve|\w+tredive|\w+fyrre)")
# signs that a person cannot be reached (with pills: an overdose in progress)
_UNREACHABLE = (r"((kan|kunne) ((jeg|vi|de) )?(ikke|ik) (\w+ )?(vække|få liv i|få kontakt (med|til)|få svar fra) (hende|ham|mig|min \w+|"
                r"mor|far)|vågner (ikke|ik)(?! (før|inden|til|om|kl))|svarer (ikke|ik)(?! (på|i|når) "
                r"(telefon\w*|mobil\w*|sms\w*|besked\w*|opkald\w*))|snøvler|snøvlede|bevidstløs|besvimet|besvimede|blå om læberne|"
                r"(trækker|trak) (næsten )?(ikke|ik) vejret)")
# Coercive control with leave or permission ("han vil ikke lade mig se mine venner", "får ikke lov at forlade huset
# uden hans tilladelse"): what one is kept from, going out, people, one's own phone or money …
# (_KEPT_PEOPLE: leaving the house, people and one's own things; _KEPT_FROM adds going out anywhere)
_KEPT_PEOPLE = (r"((forlade|forlader) "
              r"(huset|lejligheden|hjemmet|værelset|boligen|stedet|ham|hende)|(se|ser|ses med|mødes med|besøge|besøger|snakke med|snakker "
              r"med|tale med|taler med|ringe til|ringer til|skrive (med|til)|skriver (med|til)|være sammen med|er sammen med|have "
              r"besøg af|kontakte|kontakter|have|har|holde kontakt med|have kontakt (med|til)) (\w+ )?"
              r"(" + _POSS_SELF + r" )?(\w+ ){0,2}(venner|veninder|veninde|ven|kæreste|kammerater|familie|familien|forældre|søskende|børn|"
              r"børnene|børnebørn|barnebarn|mor|far|søster|bror|datter|søn|andre|nogen|naboer|kolleger)|have (" + _POSS_SELF + r" )?"
              r"(egen |eget |egne )?(telefon|mobil|penge|nøgle|nøgler|konto|dankort|computer|pc)|(bruge|bruger|røre|få|se) (mine|sine|min|"
              r"sin|hans|hendes) (egne |egen )?(penge|pension|løn|dankort|kort|konto|telefon|mobil))")
_KEPT_FROM = (r"((gå|går|tage|tager|komme|kommer) (\w+ ){0,2}(til|hos|på besøg hos|med til) (\w+ ){0,2}(fødselsdag\w*|fest\w*|"
              r"familie\w*|venner|veninde\w*|kammerat\w*|træning\w*|fritid\w*|klub\w*|familiefest\w*|julefrokost\w*)|"
              r"(gå|går|tage|tager|komme|kommer|køre|kører|cykle|cykler) (\w+ ){0,2}(ud|udenfor|ud af huset|ud af lejligheden|"
              r"ud af døren|hjemmefra|nogen steder|nogle steder|nogen steder hen|i byen|ind til byen|alene|ud alene|hen til \w+|over "
              r"til \w+|til (min|mine|mit|sin|sine|sit|hans|hendes) \w+|til \w+ (mere|længere))|" + _KEPT_PEOPLE + r")")
# … and the one who decides or is asked, named after the ban ("uden hans tilladelse", ", siger min kæreste")
_SAY_SO = (r"(uden (at (spørge|bede|sige det til|få lov af) )?(ham|hende|dem|min \w+|hans \w+|hendes \w+)( om lov)?|uden (hans|"
           r"hendes|deres|min \w+s|sin \w+s) (tilladelse|lov|accept|godkendelse|samtykke|ok|okay)|for (ham|hende|min (kæreste|"
           r"mand|kone|samlever|partner|far|mor|bror|søster|søn|datter|stedfar|stedmor))|(siger|sagde|bestemmer|har bestemt) (han|"
           r"hun|min \w+)|af (ham|hende|min (kæreste|mand|kone|samlever|partner))|(de|han|hun) (låser|låste|lukker|lukkede) "
           r"(døren|hoveddøren|(mig|hende|ham) inde))")
# the citizen or a "hun/han" not allowed, never a third party by name ("min mor må ikke se sine børnebørn for min søster")
_BANNED = (r"((jeg|hun|han|vi) (\w+ )?((må|måtte) (ikke|ik|aldrig)|(får|fik) (ikke|ik|aldrig) lov|(ikke|ik|aldrig) (må|måtte|får "
           r"lov|fik lov))|(må|måtte|får|fik) (jeg|hun|han|vi) (ikke|ik|aldrig)( lov)?)")
# a doctor, a hospital or a rule bans for one's health or by law, not to control ("lægen siger jeg ikke må gå ud endnu")
_NO_AUTHORITY = (r"^(?!.*\b(læge\w*|lægen|fysioterapeut\w*|sygeplejerske\w*|hospital\w*|sygehus\w*|afdeling\w*|reglerne|regler|"
                 r"kommunen|politiet|dommer\w*|aftal\w*|værge\w*)\b)")
# (set 18) contact with one's own child or parent only with someone present, by the municipality's decision
# ("jeg må ikke se min datter uden at der er en med", "kun med en pædagog til stede"): supervised, not control
_SUPERVISED18 = (r"uden (at )?(der er |der skal være )?(en|nogen|en voksen|en pædagog|en fra kommunen|en støtteperson)( \w+)?"
                 r"( er| skal være| var)? (med|til stede|ved siden af)|uden (en|nogen) (voksen|pædagog|støtteperson|fra kommunen|med)|til stede|"
                 r"overvåg\w*|under opsyn|tilsyn\w*|støttet samvær|samvær\w*|familiepleje\w*|plejefamilie\w*|anbragt|anbringelse\w*|"
                 r"bisidder\w*|støtteperson\w*")
# (set 18) a meeting or a day named: being there or not is about an appointment ("lige meget om jeg er her til mødet")
_MEETING18 = (r"(?!.{0,40}\b(møde\w*|aftale\w*|timen|skole\w*|arbejde\w*|kontor\w*|venteværelse\w*|klinik\w*|konsultation\w*|"
              r"mødte op|møder op|ankom\w*|i (morgen|aften|dag|eftermiddag)|på (mandag|tirsdag|"
              r"onsdag|torsdag|fredag|lørdag|søndag))\b)")
# (set 18) teasing or cheering, not fear ("for sjov", "råber hurra")
_TEASE18 = r"^(?!.*\b(for sjov|i sjov|for at drille|driller|drillede|hurra|fodbold|\w*kamp\w*|fifa|😂)\b)"
# (set 18) a secret that is a surprise or good news, not one kept for an abuser
_SURPRISE18 = (r"(?!.{0,60}\b(fest\w*|overraskelse\w*|gave\w*|julegave\w*|fødselsdag\w*|kage\w*|bryllup\w*|gravid|forlove\w*|"
               r"surprise|julegaver)\b)")
# reasons that make a ban ordinary: time-limited, illness or safety, rules at a hospital, school or work
_BAN_OK = (r"(?!.{0,50}\b(i aften|i dag|i morgen|i weekenden|inden|indtil|før (jeg|hun|han|det|mit|min|vi)|endnu|sygehus\w*|"
           r"hospital\w*|afdeling\w*|corona|smitte\w*|syg|lektier\w*|efter kl\w*|efter mørke\w*|om natten|når det er mørkt|"
           r"anfald\w*|glat|glatføre|operation\w*|læge\w*|lægen|regl\w*|prøvetid|karantæne|dyrt|dyr|råd|penge|økonomi\w*|koster|"
           r"kontingent\w*|chef\w*|arbejdsgiver\w*|fyret|skole\w*|lærer\w*|" + _SUPERVISED18 + r")\b)")


def control_patterns() -> list[str]:
    """Psychological/controlling and financial abuse by a partner, family, staff or "venner" (see above)."""
    me = r"(jeg|hun|han)"
    return [
        # isolation: not allowed to see friends or family (not a time-limited "ikke i aften", not a visiting ban)
        # the one not allowed is the citizen or a "hun/han" told about, never a third party by name ("min mor må ikke se sine
        # børnebørn for min søster"): the subject before the modal, or after it in an inverted clause ("så må jeg ikke")
        _AGREED + r".*\b((jeg|hun|han|vi|mig) (\w+ )?((må|måtte) (ikke|ik|aldrig)|(ikke|ik|aldrig) (må|måtte)|(ikke|ik|aldrig) (få|får|fik) "
        r"lov( til)?( at)?|(får|fik|få) (ikke|ik|aldrig) lov( til)?( at)?)|(må|måtte|får|fik) (jeg|hun|han|vi) (ikke|ik|aldrig)"
        r"( lov( til)?( at)?)?) (\w+ )?(se|ses med|mødes med|snakke med|tale med|ringe til|skrive med|"
        r"skrive til|besøge|være sammen med|have besøg af|kontakte|tage hen til|have andre|have nogen) (" + _POSS_SELF + r" )?(venner|veninder|veninde|"
        r"kammerater|familie|familien|forældre|søskende|børn|børnene|børnebørn|barnebarn|mor|far|søster|bror|datter|søn|andre|"
        r"nogen|naboer)\b(?!.{0,40}\b(i aften|i dag|i morgen|i weekenden|inden|indtil|sygehus\w*|hospital\w*|corona|"
        r"smitte\w*|besøgsforbud|syg|lektier\w*|på arbejde\w*|i arbejdstiden|på job\w*|i praktik\w*|i timerne|i skolen|på besøg|besøg|efter kl\w*|" + _SUPERVISED18 + r")\b)",
        r"\b(må|måtte) (ikke|ik) (gå|tage|komme) (\w+ ){0,2}(ud|ned|hjemmefra|i byen|nogen steder|til \w+) uden (at )?(min|hans|"
        r"hendes) (kæreste|mand|kone|samlever|partner)\b",
        r"\b(skal|skulle|må|måtte) (bede|spørge) (min|mit|hans|hendes|sin) \w+ om lov (til )?(alt|alting|hver gang|til at (gå i bad|"
        r"spise|gå på toilettet|ringe|se (mine|sine)|snakke med|gå ud|købe (tøj|mad|noget)|bruge (mine|sine|mit|sit|min|sin)))\b",
        _AGREED + r".*\b" + _ABUSER + r" (kontrollerer|overvåger|styrer) (alt|alting|hele (mit|hendes|hans) liv|hvem " + me
        + r"|hvad " + me + r"|hvor " + me + r")\b",
        _AGREED + r".*\b" + _ABUSER + r" (bestemmer|styrer) (over )?(alt|alting|hele (mit|hendes|hans) liv|(hvem|hvad|hvornår|hvor) " + me + r")\b"
        r".{0,60}\b(må (ikke|ik)|råber|bliver (sur|vred|rasende)|tør (ikke|ik)|(skal|må) (spørge|bede)|truer)\b",
        # watching: reading the phone or messages as a habit, with anger or an account of where one was
        r"^(?!.*\b(opdatering\w*|virus|indstilling\w*|aftal\w*)\b).*\b(læser|tjekker|checker|gennemgår|kigger i|går igennem|ser|overvåger|"
        r"sporer|tracker) "
        r"(alle |altid )?(mine|min|mit|hendes|hans|sine|sin) (beskeder|sms\w*|telefon|mobil|mails|messenger|snap\w*|chat\w*)\b"
        r".{0,60}\b(hver (aften|dag|morgen|gang|nat)|hele tiden|bliver (sur|vred|rasende|gal|jaloux|vild)|skal (sige|fortælle|forklare) "
        r"hvor|må (ikke|ik)|ved altid hvor|med en app|gps)\b",
        r"^(?=.*\b(kæreste\w*|mand|manden|kone|konen|samlever\w*|partner\w*)\b).*\bbliver (sur|vred|rasende|gal|aggressiv|jaloux|"
        r"tosset|voldsom) (\w+ )?(hvis|når) " + me + r" (ikke (svarer|tager telefonen)|skriver (med|til) (andre|nogen)|snakker "
        r"med (andre|nogen|mine venner|en anden|drenge|piger|mænd|kvinder)|ser (mine|sine) venner|går ud|mødes med|taler med "
        r"(andre|nogen))\b",
        # things to reach others or get about taken, hidden or switched off: with isolation, punishment or a threat
        _AGREED + r".*\b(tager|tog|taget|gemmer|gemt|gemte|skjuler|skjult|skjulte|beholder|beholdt|låser|låste|låst|slukker|"
        r"slukkede|slukket|lukker|lukkede|lukket|fjerner|fjernede|smadrer|smadrede|ødelægger|ødelagde) (for |af )?(" + _POSS
        + r" |den |det )?(\w+ )?" + _AID + r"\b.{0,40}\b((så|for at) " + me + r" (ikke|ik|aldrig) (kan|kunne|må|skal)|og " + me + r" (kan|kunne) (ikke|ik) " + _ISOLATE + r"|som straf|hvis "
        + me + r"|fra (mig|hende|ham)|og (griner|låser|truer|råber|siger (at )?" + me + r")|når (han|hun|de) (går|er sur|bliver sur))\b",
        _AGREED + r".*\b(låser|låste|låst|lukker|lukkede|spærrer|spærrede|tager|tog|gemmer|gemte|slukker|slukkede|fjerner)\b.{0,40}"
        r"\bså " + me + r" ((ikke|ik|aldrig) (kan|kunne)|(kan|kunne) (ikke|ik)) " + _ISOLATE + r"\b",
        r"\btør (ikke|ik) (sige|fortælle|gøre|svare) (noget|det|nej|imod|fra|ham imod|hende imod)\b.{0,30}\b(for|ellers|fordi) "
        r"(så )?(\w+ ){0,3}(tager|slår|smider|låser|råber|bliver (rasende|voldsom|aggressiv)|straffer|truer|giver (\w+ ){0,2}(ikke|ik|"
        r"ingen))\b",
        # threats with a condition: "hvis jeg siger noget, så smider han mig ud"; threats of losing children or money
        r"\bhvis " + me + r" (siger|fortæller|sladrer|skriver) (noget|det)( \w+){0,3} (så )?(smider (han|hun|de) (mig|hende|ham) "
        r"ud|slår (han|hun|de)|sender (han|hun|de) (mig|hende|ham)|låser (han|hun|de)|straffer (han|hun|de)|melder (han|hun|de)|"
        r"tager (han|hun|de) (\w+ )?" + _AID + r"|(får|ser) " + me + r" (aldrig|ikke|ik))\b",
        r"\b(siger|sagde|truer|truede|skriver|skrev) (at )?(han|hun|de) (\w+ ){0,2}(smider (mig|hende|ham) ud|slår|sender (mig|hende|"
        r"ham) (\w+ )?(på plejehjem|på bosted|væk|på institution|på psykiatri\w*|på hospitalet)|låser (mig|hende|ham) inde|"
        r"straffer|melder (mig|hende|ham)|slår (\w+ ){0,2}ihjel|tager (\w+ ){0,2}" + _AID + r")\b.{0,40}\bhvis " + me
        + r" (siger|fortæller|sladrer|går|flytter|ikke)\b",
        r"\b(truer|truede|truet) med at " + me + r" (ikke|ik|aldrig) (\w+ ){0,2}(får|må|ser|kommer|kan)\b",
        r"\bhvis " + me + r" (går fra|forlader|siger nej|ikke (låner|giver|betaler|skriver under|gør som))\b.{0,40}\b((så )?(får|ser|"
        r"må) " + me + r" (aldrig|ikke|ik)|(aldrig|ikke) (får|ser) (mine|min|mit|sine|sin|sit))\b",
        # humiliation as a habit or in front of others
        r"^(?!.*\b(for sjov|i sjov|kærligt|drille\w*|humor|kælenavn|for at grine)\b)(?=.*\b(hver dag|hele tiden|altid|foran|når "
        r"(personalet|de voksne|ingen|de andre)|griner|gør (ikke|ik|ingenting) (noget|ved det)|hver gang|tit|dagligt|hver morgen|"
        r"hver aften|ydmyger|skælder)\b).*\b((kalder|kaldte|kaldt|råber) (mig|hende|ham|os)( \w+){0,2} " + _SLUR + r"|siger (at )?"
        + me + r" er (en |så |for )?" + _SLUR + r")\b",
        r"\b(griner|grinede|gør grin|gjorde grin|håner|hånede|ydmyger|ydmygede|ydmyget|skælder|skældte) (af |med )?(mig|hende|ham)"
        r"( ud)?\b.{0,50}\b(hver dag|hver gang|altid|dagligt|hele tiden|foran (de andre|alle)|når (personalet|de voksne|ingen) (ikke )?(hører|ser|er der)|gør (ikke|ik) noget|"
        r"og kalder)\b",
        r"\b(siger|sagt|sagde) (at )?ingen (andre )?(vil|gider|kan lide) (have )?(mig|hende|ham)\b|\b(skal|må) være glad for at "
        r"(han|hun|de) (gider|vil have|orker) (mig|hende|ham)\b",
        # money: used, drawn or taken by someone, with a sign (without asking, none left, when they like)
        _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(bruger|brugt|brugte|hæver|hævet|hævede|tager|tog|taget|tømmer|tømt|"
        r"tømte|overfører|overførte|overført) (\w+ )?(af |fra |på )?(alle |hele )?" + _POSS + r"( \w+)? (pension\w*|\w*penge|"
        r"pengene|opsparing|sparepenge|konto|kontoen|løn|lønnen|kontanthjælp|førtidspension|boligstøtte|arv|arven|dankort|"
        r"kort)\b.{0,60}\b(uden (at )?(spørge|lov|sige|jeg ved|jeg vidste|hun ved|han ved)|(ikke|ingen|ik) (\w+ )?penge (til|"
        r"selv|tilbage)|ikke noget at vide|når (han|hun|de) vil|aldrig tilbage|svarer (ikke|ik)|hver måned|et lån|bag (min|hendes|"
        r"hans) ryg|" + me + r" (får|fik) (ingen|ikke|kun)|" + _DEPRIVED + r")\b",
        _AGREED + r".*\b" + _ABUSER + r" (har|kender|fik|fået|tog|taget|tvang|skiftet|skiftede|skifter|ændret|ændrede|ændrer) "
        r"(\w+ ){0,2}((min|mit|mine|hendes|hans) (pinkode|(kode|koden|koder|adgangskode) til (netbank\w*|banken|kortet|dankort\w*|mitid|"
        r"nemid|mobilepay|konto\w*)|nemid|mitid)|(pinkode\w*|kode|koden|koder|koderne|adgangskode\w*|password) (til|på|for) "
        r"(min|mit|mine|hendes|hans) (netbank\w*|bank\w*|kort|kortet|dankort\w*|mitid|nemid|mobilepay|konto\w*|e-?boks))\b.{0,50}\b(tager|hæver|overfører|køber "
        r"for|bruger (\w+ )?(penge|pengene)|når (han|hun|de) vil|uden|brugt op|er væk|forsvundet|(er )?tom(t|me)?)\b",
        r"\b(tvinger|tvang|tvunget|presser|pressede|presset|lokker|lokkede|lokket) (mig |hende |ham )?til at (tage (et |flere )?"
        r"(lån|kviklån)|optage|skrive under|underskrive|låne|overføre|betale (for|til) (dem|ham|hende)|købe (\w+ ){0,3}(til "
        r"(dem|ham|hende)|for (mine|min|hendes|hans|sine) penge))\b",
        r"\b(fået|fik|får) (mig|hende|ham) til at (skrive under|underskrive|overføre|hæve (\w+ )?penge|låne (\w+ )?penge|give (\w+ )?penge)\b.{0,50}\b(kr|kroner|\d+|penge|på at (han|hun|de) (skal have|får|må få|"
        r"overtager)|hus|huset|lejlighed\w*|bil|bilen|arv\w*|testamente\w*|fuldmagt\w*|skøde\w*|gavebrev\w*|lån)\b",
        r"^(?!.*\b(hjalp|hjælper|hjælpe|aftal\w*|sammen)\b).*\b(" + _ABUSER + r"|tvang|tvinger|presset|uden)\b.{0,60}\b((lån|kviklån|"
        r"gæld|abonnement\w*|kredit\w*|afbetaling\w*|bil|bilen|telefon|mobil\w*|lejlighed|lejekontrakt|kontrakt)|(lånt|lånte|låner|"
        r"optaget|optog|optager|oprettet|oprettede|opretter) (\w+ ){0,3}(\d+ (kr|kroner)|\d+kr|kroner|penge|tusind\w*|lån|kviklån\w*|"
        r"kredit\w*)) i (mit|hendes|hans) navn\b",
        _AGREED + r".*\b(får|fik) (jeg |hun |han )?(kun|bare) \d+ (kr|kroner)\b.{0,40}\b(af|fra) (min|hans|hendes) " + _KIN + r"\b",
        _AGREED + r".*\bselvom det er (mine|min|hendes|hans|sine|sin) (egne |egen )?(penge|pension|løn|kontanthjælp|"
        r"førtidspension|opsparing)\b",
        _AGREED + r".*\b" + _ABUSER + r" (styrer|bestemmer over|kontrollerer|har overtaget|overtog|overtager|har taget over) (\w+ )?"
        r"(min|mine|mit|hendes|hans|sin|sine|al) (netbank|konto|kontoen|penge|pengene|pension|økonomi|dankort|løn)\b.{0,60}\b("
        r"(ikke|ik|ingen) (har )?adgang|må (ikke|ik)|får (ikke|ik|ingen)|siger (at )?" + me + r" (ikke|ik) kan|for dum|dement|"
        r"uden (at spørge|lov)|(ingen|ikke) penge selv|råber|bliver (sur|vred)|for (gammel|dum|syg|langsom|forvirret)|(ikke|ik|aldrig) "
        r"(har )?set (den|det|dem|kontoen|pengene))\b",
        _AGREED + r".*\b(ikke|ik|ingen) adgang til (min|mine|sin|sine|hendes|hans) (egen |egne )?(netbank|konto|penge|pension|"
        r"kort|dankort|løn)\b.{0,40}\b" + _ABUSER + r" (styrer|bestemmer|har|tager|kontrollerer)\b",
        _AGREED + r".*\bså (han|hun|de) kan (bestemme over|styre|tage|bruge|få|hæve) (mine|min|mit|hendes|hans|sine|sin) (penge|"
        r"pension|økonomi|konto|arv|hus|lejlighed)\b",
        r"\b" + _ABUSER + r" (har )?(solgt|solgte|pantsat|pantsatte|taget|tog|tømt|tømte|brugt|brugte) (alle |hele )?" + _POSS
        + r" (\w+ )?(ting|møbler|smykker|bil|bilen|sparepenge|opsparing|penge|arv|vielsesring|guld|fjernsyn|tv|computer|"
        r"lejlighed|hus|huset)\b.{0,40}\b(uden (at )?(spørge|lov|sige det|jeg vidste|jeg ved)|bag (min|hendes|hans) ryg|beholdt "
        r"pengene|beholder pengene)\b",
        r"\b" + _ABUSER + r" (har |havde )?(\w+ )?(brugt|brugte|tømt|tømte|taget|tog) (alle|hele) (min|mine|hendes|hans) "
        r"(\w+ )?(penge|pension|opsparing|sparepenge|arv|konto)\b",
        # money moved to the other's account; found out that someone drew or used the citizen's money; "har min pension"
        _AGREED + r".*\b(flyttet|flyttede|overført|overførte|overfører|flytter) (alle |hele )?(mine|min|mit|hendes|hans) (\w+ )?(penge|"
        r"pension|opsparing|sparepenge|arv|løn)( \w+){0,2} (over )?(på|til|ind på) (sin|sit|hans|hendes|deres) (egen |egne )?(konto|navn)\b",
        _AGREED + r".*\b(opdaget|fundet ud af|kan se|set) at (\w+ )?" + _ABUSER + r" (har |havde )?(hævet|brugt|taget|overført|tømt|lånt)\b"
        r" (\w+ ){0,3}" + _MONEY + r"\b",
        _AGREED + r".*\b" + _ABUSER + r" (har|beholder|holder på) (min|mine|mit|hendes|hans) (pension|løn|dankort|penge|konto|kort)\b"
        r".{0,40}\b" + me + r" (får|fik) (bare|kun|ingen|ikke|aldrig) (lidt|en smule|noget|\d+|penge|nogen)\b",
        r"\b(truer|truede|truet) med at (sætte|sende|smide|anbringe|melde|låse) (mig|hende|ham)\b.{0,40}\bhvis " + me + r" (ikke )?"
        r"(skriver under|underskriver|giver|låner|betaler|siger|fortæller|sladrer)\b",
        r"\b(aldrig|ikke) (får|ser|må se) (min|mit|mine|sin|sit|sine) (\w+ ){0,2}(igen|mere) hvis " + me + r" (siger|fortæller|"
        r"sladrer|går)\b",
        r"\b" + _ABUSER + r" (overvåger|overvågede|sporer|tracker) (min|mit|mine|hendes|hans) (telefon|mobil|bil|beskeder|færden)\b",
        r"\b(uses|used|takes|took|spends|spent) (my|her|his) (card|money|pension|bank card|benefits|savings)\b.{0,20}\bwithout "
        r"(asking|permission|telling)\b",
        r"\b(won'?t|wont|doesn'?t|doesnt|does not|don'?t|dont) (let|allow) (me|her|him) (to )?(go out|leave|go anywhere|see anyone)\b",
        # (h12, from the block-CV misses) money vanishing where only one person has access; pocket money at someone's
        # mood; "af mine egne penge"; pay for them "ellers"; "hvis du elsker mig"; a paper signed that became a loan;
        # banned from one's club or activity "mere"
        r"\b(forsvinder|forsvandt|forsvundet|mangler|manglede) (\w+ ){0,3}(penge|sedler|kontanter|pengene)\b.{0,60}\b(kun|bare) "
        r"(?!(mig|jeg|mej|mig selv|jeg selv)\b)(\w+ ){0,2}(der )?(har|havde) (nøgle\w*|adgang|koden|kortet)\b",
        _AGREED + r".*\b(får|fik) (jeg |hun |han )?(kun|bare) (lommepenge|\d+ (kr|kroner)|lidt|penge)\b.{0,40}\bnår (han|hun|de) (er i godt humør|vil|"
        r"gider|har lyst|synes)\b",
        _AGREED + r".*\b(får|fik) (jeg |hun |han )?(kun|bare) \d+ (kr|kroner)( \w+){0,3} (af|fra) (mine|min|hendes|hans|sine|sin) (egne|egen) (penge|"
        r"pension|løn)\b",
        r"\b(skal|skulle|må) (betale|give|købe|låne) (\w+ ){0,3}(for|til) (dem|ham|hende)\b.{0,40}\bellers (så )?"
        r"((siger|truer) (de|han|hun) (med at|at) (\w+ ){0,2})?" + _THREAT + r"\b",
        r"\bhvis " + me + r" (elsker|holder af) (ham|hende|dem)\b.{0,40}\b(penge|løn|pension|låner|giver|betaler|sex|kort|dankort)\b",
        # a signed paper became a loan: only with pressure, deceit or not knowing ("skrev under på nogle papirer om et lån
        # til min nye lejlighed" is one's own loan)
        r"^(?=.*\b(tvang|tvinger|tvunget|pressede|presser|presset|lokkede|lokker|lokket|snød|snyder|snydt|narrede|narret|"
        r"fik (mig|hende|ham) til|bad (mig|hende|ham) (om at )?(skrive|underskrive)|uden at (jeg|hun|han) (vidste|ved|forstod|"
        r"læste|kunne læse|fik)|(forstod|vidste|anede) (\w+ )?(ikke|ik|intet)|(ikke|ik) (forstod|vidste|læste|anede)|troede (at )?(det|jeg|hun|han) (var|bare|kun)|viste sig|"
        r"opdage\w*|(fandt|fundet) ud af|pludselig|nu siger (\w+) (at )?(jeg|hun|han) (har|skylder))\b)"
        r".*\b(skrive|skrev|skrevet) under på (et|noget|nogle) (papir|papirer|dokument\w*)\b.{0,60}\b(lån|gæld|skylder)\b",
        # banned from a club or place "mere": not for money, school or a boss's reasons ("det er for dyrt", "min chef")
        r"^(?!.*\b(dyrt|dyr|dyre|råd|penge|pengene|økonomi\w*|koster|kontingent\w*|budget\w*|chef\w*|chefen|leder\w*|"
        r"mester|arbejdsgiver\w*|fyret|fyrede|opsagt|opsigelse|skole\w*|lærer\w*|karakter\w*|lektier|eksamen\w*|syg|"
        r"sygemeldt)\b).*\b(han|hun|de|min \w+|hans \w+|hendes \w+) (siger|sagde|bestemmer|har bestemt) (at )?" + me + r" (ikke|ik) (må|får lov til at) "
        r"(gå|komme|tage) (til|i|på|hen til) (\w+ ){1,2}(mere|længere)\b(?!.{0,40}\b(indtil|inden|før (mit|min|jeg|det|hun|han)|helet|"
        r"rask|raskt|skadet|læge\w*|genoptræning\w*)\b)",
        # (review 2) basics withheld: nothing given and going hungry; food, medicine or one's own money only for obedience;
        # kept away from friends or family
        _AGREED + r".*\b" + _ABUSER + r" (giver|gav|har givet) (mig|hende|ham) (ingenting|intet|ingen (penge|mad)|(ikke|ik) (nogen |"
        r"nogle |noget )?(penge|mad)|(ikke|ik) noget)\b.{0,40}\b" + _DEPRIVED + r"\b",
        _AGREED + r".*\b((jeg|hun|han|vi) (får|fik|må)|(får|fik|må) (jeg|hun|han|vi)) (kun|bare|først|ikke|ik|ingen) (\w+ )?" + _BASICS
        + r" (\w+ ){0,3}(hvis|når) (jeg|hun|han|vi) (ikke |ik )?" + _OBEY + r"\b",
        # (probe 10, h5) the same in a subordinate clause ("mor siger at hun kun får mad når hun er sød mod personalet")
        _AGREED + r".*\b(jeg|hun|han|vi) (kun|bare|først) (får|fik|må) (\w+ )?" + _BASICS + r" (\w+ ){0,3}(hvis|når) (jeg|hun|han|vi) "
        r"(ikke |ik )?" + _OBEY + r"\b",
        _AGREED + r".*\bhvis (jeg|hun|han|vi) (ikke|ik) " + _OBEY.replace(r"|(ikke|ik) (", r"|(") + r"\b.{0,30}\b(så )?(får|fik|må) "
        r"(jeg|hun|han|vi) (ikke|ik|ingen|intet) (noget )?(\w+ )?" + _BASICS + r"\b",
        _AGREED + r".*\b" + _ABUSER + r" (holder|holdt|har holdt|isolerer|isolerede|har isoleret|afskærer|afskar|skærer) (mig|hende|ham) "
        r"((væk|borte|ude|afskåret) )?fra (" + _POSS_SELF + r" )?(venner|veninder|veninde|kammerater|familie|familien|forældre|"
        r"søskende|børn|børnene|børnebørn|mor|far|søster|bror|datter|søn|andre|alle|omverdenen|naboerne)\b",
        # English
        r"\blocked (me|her|him) (in|up|inside)\b",
        r"\b(took|takes|taken|hid|hides|hidden|keeps) (my|her|his) (phone|keys|wheelchair|walker|hearing aid|passport)\b.{0,40}"
        r"\b(so (i|she|he) (can'?t|cannot|couldn'?t)|as (a )?punishment|locked|won'?t give)\b",
        r"\b(controls|control|took over|takes over|runs) (all )?(my|her|his) (bank account|account|finances|money|pension|card)\b",
        r"\b(won'?t|wont|doesn'?t|doesnt|does not|don'?t|dont) (let|allow) (me|her|him) (to )?(see|meet|call|talk to|visit) (my|her|"
        r"his) (friends|family|kids|children|mother|father|mum|mom|dad|sister|brother)\b",
        # (probe 9, h2) money taken or used in wordings that read like care talk: a carer who borrows money from the
        # citizen at all; a relative who borrows and never pays back; stealing from one's purse or drawer; money that
        # goes missing whenever someone has been there; money demanded with a threat of staying away; someone holding
        # the card or code while the citizen never sees any money; property signed over under pressure
        r"\b(kontaktperson\w*|hjælper\w*|hjemmehjælper\w*|hjemmeplejen|pædagog\w*|personalet|plejer\w*|vikar\w*|bostøtte\w*|"
        r"sygeplejerske\w*|nattevagt\w*|medarbejder\w*) (har |havde )?(\w+ )?((låner|lånte|lånt|låne)(?! (mig|hende|ham|os|far|mor)\b)|beder om|bad om|tigger|tiggede|"
        r"vil have|ville have|tager imod) (\w+ ){0,2}(penge|\d+ (kr|kroner)|\d+kr|kontanter|en hundrede\w*|hundrede kroner|en \w*seddel)\b"
        r"(?! (til|for) (mig|hende|ham)\b)",
        # a relative's loan counts only with a sign that it is more than a quarrel about money: a large sum, all or
        # the whole of something, it happening again and again, a denial or pressure ("min bror har lånt penge af mig og
        # betaler ikke tilbage, så vi er uvenner" is a quarrel)
        r"^(?=.*\b(\d{4,}|\d{1,3}\.\d{3}|tusind\w*|hele|alle|aldrig har lånt|hver (gang|måned|uge)|hele tiden|igen og igen|"
        r"bliver ved|tør (ikke|ik)|truer|truede|presser|pressede)\b)"
        + _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(låner|lånte|lånt) (\w+ ){0,2}(penge|\d+ (kr|kroner)|\d+kr|kontanter|"
        r"tusind\w*)( \w+){0,2} (af|fra|hos) (mig|hende|ham)\b.{0,50}\b(aldrig|(ikke|ik) (\w+ ){0,2}(tilbage|igen)\b(?! (endnu|i morgen|"
        r"på \w+dag|næste|når))|(ikke|ik) betale (\w+ )?tilbage\b(?! (endnu|i morgen|på \w+dag|næste|når)))",
        _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(stjæler|stjal|stjålet|hugger|huggede|hugget|tager|tog|taget|tømmer|tømte|tømt) "
        r"(\w+ ){0,2}(fra|af|i|ud af) (min|mit|mine|hendes|hans) (pung|pengepung|tegnebog|taske|skuffe|skuffen|kuvert|pengeskab|"
        r"smykkeskrin|konto|kontoen|lomme|jakke|sparegris|dåse|\w*æske)\b(?!.{0,30}\b(for at (købe|handle|betale)|til (indkøb|"
        r"indkøbene|varerne|mig)|som aftalt|og giver (mig|hende|ham) (bonen|kvitteringen|byttepengene)|når (hun|han|de) (handler|"
        r"køber ind))\b)",
        r"\b(forsvinder|forsvandt|forsvundet|mangler|manglede|væk)\b (\w+ ){0,4}(penge|pengene|kontanter|sedler|\d+ (kr|kroner)|"
        r"smykker|smykkerne|piller|pillerne|medicin\w*)\b.{0,60}\b(hver gang|når|efter|efter at|mens) (\w+ ){0,2}(" + _ABUSER
        + r"|hjemmeplejen|de|nogen) (har været|er|var|kommer|kom|har hjulpet|hjælper|hjalp|har været her|går)\b",
        r"\b(truer|truede|truet)\b.{0,60}\bhvis (jeg|hun|han) (ikke|ik) (giver|låner|betaler|overfører|køber|skriver under|"
        r"underskriver|sender|hæver)\b",
        r"\bhvis (jeg|hun|han) (ikke|ik) (giver|låner|betaler|overfører|sender) (\w+ ){0,3}(penge|pengene|\d+|kr|kroner|"
        r"mobilepay)\b.{0,40}\b((vil|kommer|gider) (han|hun|de) (ikke|ik|aldrig)|(ikke|ik|aldrig) (mere )?(besøge|besøger|komme|"
        r"kommer|ringe|ringer|se|ser|tale|snakke|hjælpe|hjælper))\b",
        _AGREED + r".*\b" + _ABUSER + r" (har|fik|fået|tog|taget|beholder|holder på|har overtaget|overtog|styrer) (\w+ )?(min|mit|mine|"
        r"hendes|hans) (\w+ )?(dankort\w*|hævekort\w*|bankkort\w*|kort|kortet|visa\w*|pinkode\w*|kode\w*|mobilepay|netbank\w*|mitid|"
        r"nemid|pension\w*|løn|penge|pengene|konto|kontoen|økonomi)\b.{0,70}\b((jeg|hun|han) (får|fik|ser|så|har|havde) (aldrig|ikke|ik|"
        r"ingen) (\w+ ){0,2}(penge|pengene|noget|en krone|nogen|adgang|overblik|løn|lønnen|pension\w*|kontanthjælp\w*)|(ved|aner) (ikke|ik) (hvor|hvad) (\w+ ){0,2}(penge\w*|"
        r"der) (bliver af|går hen|forsvinder|er|bruges)|tør (ikke|ik) (sige|spørge|gøre) (noget|det|nej))\b",
        r"\b(fået|fik|får|tvang|tvinger|tvunget|presset|pressede|presser|lokket|lokkede|lokker|overtalt|overtalte|narret|narrede) "
        r"(mig|hende|ham|min \w+) til at (skrive|sætte|overdrage|overføre) (\w+ ){0,3}(over på|i (sit|hans|hendes|deres) navn)\b",
        r"\b(kontaktperson\w*|hjælper\w*|hjemmehjælper\w*|hjemmeplejen|pædagog\w*|personalet|plejer\w*|vikar\w*|bostøtte\w*|"
        r"sygeplejerske\w*|nattevagt\w*|medarbejder\w*) (har |havde )?(beder|bad|bedt|tigger|tiggede|spørger|spurgte) (mig|hende|ham)"
        r"( om)?( at)? (låne|give|mobilepay\w*) (\w+ ){0,2}(penge|\d+ (kr|kroner)|\d+kr|kontanter|hende|ham|dem)\b"
        r"(?!.{0,30}\b(til (indkøb|at handle|varer|maden|butikken|netto|føtex|apoteket|medicin\w*|huslejen|regning\w*)|for (mig|"
        r"hende|ham))\b)",
        # pay for everything "ellers" a threat, from a partner or relative (not a landlord's rent)
        r"^(?=.*\b(min|mit|mine|hans|hendes) (\w+ )?" + _KIN + r"\b).*\b(skal|skulle|må|måtte) (betale|give|købe|låne|overføre) "
        r"(\w+ ){0,4}ellers (så )?((siger|truer) (de|han|hun) (med at|at) (\w+ ){0,2})?" + _THREAT + r"\b",
        # not let to see or call family or friends
        _AGREED + r".*\b" + _ABUSER + r" (\w+ )?(lader|lod) (mig|hende|ham) (ikke|ik|aldrig) (se|ses med|mødes med|snakke med|tale "
        r"med|ringe til|skrive (med|til)|besøge|være sammen med|have besøg af|kontakte) (" + _POSS_SELF + r" )?(venner|veninder|"
        r"veninde|kammerater|familie|familien|forældre|søskende|børn|børnene|børnebørn|barnebarn|mor|far|søster|bror|datter|søn|"
        r"andre|nogen|naboer)\b(?!.{0,40}\b(i aften|i dag|i morgen|i weekenden|inden|indtil|sygehus\w*|hospital\w*|corona|smitte\w*|"
        r"syg|lektier\w*|efter kl\w*)\b)",
        # (probe 9, h2) a carer asking to borrow ("har spurgt om hun må låne 2000 kr af mig"); contact withdrawn unless one
        # pays; change or money kept and the citizen told they forgot; money taken together with other things; contacts
        # deleted or blocked; reporting one's whereabouts by photo; leave asked "før jeg må købe noget som helst"; sex
        # demanded "ellers" a threat; the emergency call taken away as a punishment for ringing
        r"\b(kontaktperson\w*|hjælper\w*|hjemmehjælper\w*|hjemmeplejen|pædagog\w*|personalet|plejer\w*|vikar\w*|bostøtte\w*|"
        r"sygeplejerske\w*|nattevagt\w*|medarbejder\w*)\b.{0,30}\b(låne|låner|lånte|lånt) (\w+ ){0,2}(penge|\d+ (kr|kroner)|\d+kr|"
        r"\d+|kontanter) (af|fra|hos) (mig|hende|ham)\b",
        r"\b((ikke|ik|aldrig) (\w+ )?(kommer|komme|besøger|besøge|ringer|ringe|ser|se|hjælper|hjælpe)|(kommer|besøger|ringer|ser|"
        r"hjælper) (\w+ )?(ikke|ik|aldrig)) (\w+ ){0,3}hvis (jeg|hun|han) "
        r"(ikke|ik) (giver|låner|betaler|overfører|sender|hæver)\b",
        r"\b(beholder|beholdt|tager|tog|snupper|snuppede) (altid |tit |hver gang |bare )?(byttepengene|resten af pengene|pengene|"
        r"mine penge|resten)\b.{0,50}\b(siger|sagde|påstår|påstod) (at )?(jeg|hun|han) (har glemt|glemmer|husker forkert|tager fejl|"
        r"er forvirret|er dement|selv har)\b",
        r"\b(tager|tog|taget|stjæler|stjal|stjålet) (alle |al )?(mine|min|mit|hendes|hans) \w+ (og|eller) (\w+ )?(penge|pengene|pung|"
        r"dankort|kort|pension|løn)\b",
        r"\b" + _ABUSER + r" (har |havde )?(slettet|sletter|slettede|blokeret|blokerer|blokerede|fjernet|fjernede) (alle |\w+ )?(mine|"
        r"min|hendes|hans) (venner|veninder|kontakter|familie|numre|\w*venner)\b(?! (for|fordi) (mig|hende|ham)\b)",
        r"^(?=.*\b(kæreste\w*|mand|manden|kone|konen|samlever\w*|partner\w*|eks)\b).*\b(skal|må|skulle|måtte) (altid )?(sende|tage) "
        r"(et |en )?(billede|foto|selfie|video|lokation|placering)\w* (\w+ ){0,4}(hver|hvert|hele tiden)\b.{0,40}\b(se|vide|tjekke) "
        r"(hvor|hvem|hvad) (jeg|hun|han)\b",
        r"\b(skal|skulle|må|måtte) (bede|spørge) (\w+ ){0,2}om lov (\w+ ){0,4}(noget som helst|alt muligt|den mindste ting|hver "
        r"eneste ting)\b",
        r"\b(sex|seksuel\w*|kysse|røre ved (ham|hende)|tage tøjet af)\b.{0,30}\bellers (så )?" + _THREAT + r"\b",
        r"\b(fjernet|fjerner|fjernede|taget|tager|tog|slukket|slukker|slukkede|afbrudt|gemt|gemmer|gemte) (\w+ ){0,3}(nødkald\w*|"
        r"alarm\w*|nødknap\w*|snoren)\b.{0,40}\b(fordi (jeg|hun|han) (ringede|ringer|trykkede|trykker|kaldte|kalder)|så (jeg|hun|"
        r"han) (ikke|ik) kan|som straf)\b",
        # (probe 9, h2) control: the children or a pet threatened if the citizen tells; asking leave for everything without
        # naming who (not a trainee's rule at work or school)
        r"\b(tager|tage|får|få) (han|hun|de)? ?(\w+ )?(børnene|mine børn|ungerne|barnet|mit barn|pigerne|drengene|hunden|min hund|"
        r"katten|min kat)( fra (mig|hende|ham))?\b(?! med\b).{0,40}\bhvis (jeg|hun|han) (siger|fortæller|sladrer|går fra|forlader|anmelder|"
        r"melder|ringer til)\b",
        r"\bhvis (jeg|hun|han) (siger|fortæller|sladrer|går fra|forlader|anmelder|melder) .{0,50}\b(tager|tage) (han|hun|de) "
        r"(børnene|mine børn|ungerne|barnet|mit barn|pigerne|drengene|hunden|katten)\b(?! med\b)",
        r"^(?!.*\b(praktik\w*|arbejde\w*|job\w*|chef\w*|leder\w*|skole\w*|lærer\w*|elev\w*|kursus|kurset|lærling\w*|prøvetid)\b)"
        r".*\b(skal|må|skulle|måtte) (altid )?(spørge|bede) (\w+ ){0,2}om lov (til )?(alt|alting|hver eneste ting|det hele|hver gang "
        r"(jeg|hun|han) (skal|vil))\b",
        # (probe 10, h5) leave and permission: someone "vil ikke lade mig", "lader mig ikke", "giver mig ikke lov til",
        # "tillader ikke at jeg" go out, leave the house, see or call people, have one's own phone or money; not a
        # doctor's or the bosted's rule, nor a time-limited or safety reason (_BAN_OK)
        # (an ex and the children is a custody matter: "min eks vil ikke lade mig se børnene mere end hver anden weekend")
        _NO_AUTHORITY + r"(?!.*\beks\w*\b.*\b(børn\w*|barn\w*|søn\w*|datter\w*|ungerne|pigerne|drengene)\b)" + _AGREED + r".*\b((vil|ville) (\w+ )?(ikke|ik|aldrig) lade|(lader|lod) "
        r"(mig|hende|ham|os) (\w+ )?(ikke|ik|aldrig)|(ikke|ik|aldrig) (lader|lod|lade|tillader|tillod)|(giver|gav|gi) (mig|hende|"
        r"ham|os) (\w+ )?(ikke|ik|aldrig) lov|(tillader|tillod) (mig |hende |ham |os )?(ikke|ik|aldrig)) (at (jeg|hun|han|vi) |mig |hende |"
        r"ham |os )?(til )?(at )?" + _KEPT_FROM + r"\b" + _BAN_OK,
        # not allowed to go out, leave or see people, with who decides it ("får ikke lov at forlade huset uden hans
        # tilladelse", "må ikke have venner, siger min kæreste", "må ikke se mine veninder for min kæreste")
        # (the one not allowed is the citizen or a "hun/han" told about, as in the isolation pattern above)
        _AGREED + r".*\b" + _BANNED + r"( til)?( at)? " + _KEPT_FROM + r"\b.{0,40}\b" + _SAY_SO + r"\b" + _BAN_OK,
        # one's own phone, keys or money not allowed ("jeg får ikke lov til at have min egen telefon")
        r"\b" + _BANNED + r"( til)?( at)? (have|bruge|røre|se) (min|mit|mine) (egen|eget|egne) (telefon|mobil|penge|pension|løn|nøgle|nøgler|konto|dankort|"
        r"computer|pc)\b" + _BAN_OK,
        # the ban told with who decided it first ("hendes bostedsleder har bestemt at hun ikke må have sin kæreste på besøg"),
        # or as the price of not obeying ("… ellers får jeg ikke lov at se min kæreste")
        _NO_AUTHORITY + _AGREED + r".*\b(siger|sagde|har sagt|bestemmer|bestemte|har bestemt|truer med|truede med) (at )?" + _BANNED
        + r"( til)?( at)? " + _KEPT_PEOPLE + r"\b" + _BAN_OK,
        _NO_AUTHORITY + r".*\bellers (så )?(får|må|fik|måtte) (jeg|hun|han|vi) (ikke|ik|aldrig)( lov)?( til)?( at)? " + _KEPT_FROM
        + r"\b",
        # someone will not have the citizen go anywhere without them ("vil ikke have at jeg går til fødselsdage uden ham")
        _AGREED + r".*\b" + _ABUSER + r" (\w+ )?(vil|ville) (ikke|ik) have at (jeg|hun|han) (\w+ ){1,5}uden (ham|hende|dem)\b",
        # money drawn for someone else under pressure ("en fra bostedet får mig til at hæve penge til ham hver fredag")
        _AGREED + r".*\b(får|fik|fået|tvinger|tvang|presser|pressede|presset) (mig|hende|ham) til at (hæve|overføre|give|låne|betale|"
        r"mobilepay\w*) (\w+ ){0,2}(penge |pengene |\d+ (kr |kroner )?)?(til|for) (ham|hende|dem)\b",
        # leave to be asked of a partner or relative for everyday things ("jeg skal have hans tilladelse for at købe noget")
        r"\b(skal|må|skulle|måtte) (altid )?(have|bede om|spørge om|få) (hans|hendes|deres|min (\w+s)|sin \w+s) (tilladelse|lov|"
        r"accept|godkendelse|ok|okay)\b(?!.{0,40}\b(lejr\w*|skolerejse\w*|klassefest\w*|udflugt\w*|skole\w*|arbejde\w*|chef\w*|"
        r"værge\w*|læge\w*|aftal\w*)\b)"
        # leave to use the other's own things ("for at låne hans bil"): asking an owner, no ban (review 3)
        r"(?!.{0,30}\b(låne|bruge|tage|køre i|køre på|køre med|sidde i|spille på|røre ved|gå i|få) (hans|hendes|deres|"
        r"\w+s) (bil|bilen|cykel|cyklen|computer|computeren|pc|tøj|værktøj|ting|\w+)\b)",
        # someone decides whom the citizen may talk to or see, or what they may wear or buy
        _AGREED + r".*\b" + _ABUSER + r" (\w+ )?(bestemmer|bestemte|styrer|styrede|vælger|valgte) (\w+ )?(over )?(hvem (jeg|hun|han) "
        r"(må|skal|kan|får lov til at|får lov at) (\w+ ){0,2}(snakke|tale|ses|se|være|skrive|ringe|mødes|besøge|kende|have)|"
        r"hvad (jeg|hun|han) (må|skal) (have på|tage på|købe|sige|bruge (mine|sine|min|sin) (penge|pension|løn) på)|hvor (jeg|hun|"
        r"han) (må|skal) (gå|være|tage) hen)\b",
        # kept in: held, locked or shut in by others; watched about where one is, with a sign
        r"\b(bliver|blev|er blevet|bliver tit|bliver altid) (holdt|lukket|låst|spærret) inde\b(?!.{0,25}\b(frikvarter\w*|pause\w*|"
        r"på grund af (regn\w*|vejret|sne|corona)|i spillet|i filmen)\b)",
        r"\b(holder|holdt|spærrer|spærrede|spærret) (mig|hende|ham|os) inde\b",
        _AGREED + r".*\bholder (\w+ )?øje med (hvor|hvem|hvad) (jeg|hun|han)\b.{0,60}\b(hele tiden|altid|hver (dag|gang|time)|må "
        r"(ikke|ik)|tør (ikke|ik)|bliver (sur|vred|rasende|jaloux))\b",
        # a signature or money demanded, "ellers" a home or an institution
        r"\b(siger|sagde|truer|truede|skriver|skrev) (at )?(jeg|hun|han|min \w+) (skal|må|skulle) (skrive under|underskrive|give|"
        r"betale|overføre|låne|sælge|flytte)\b.{0,50}\bellers (så )?((kommer|ryger|havner) (jeg|hun|han) (på|i)|(sender|smider) (han|"
        r"hun|de) (mig|hende|ham) (på|i|ud)) ?(et |en )?(plejehjem\w*|institution\w*|bosted\w*|psykiatri\w*|gaden|ud)\b",
        # (probe 10, h5) money: the whole pension, pay or benefit taken, kept or used by a relative, partner or carer
        # ("mine forældre tager hele min førtidspension"); not paid on for the citizen ("… og betaler mine regninger")
        _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(tager|tar|tog|taget|beholder|beholdt|bruger|brugt|brugte|hæver|hævet|"
        r"hævede|tømmer|tømt|tømte|snupper|snuppede|hugger|huggede|stjæler|stjal|stjålet|overtager|overtog|overtaget|inddrager|"
        r"lægger beslag på|låner|lånte|lånt) (altid |hver måned |bare |simpelthen )?(hele|al|alle|alt|resten af) (\w+ )?(af )?(min|mit|mine|hendes|"
        r"hans) (\w+ )?(\w*pension\w*|løn|lønnen|kontanthjælp\w*|penge|pengene|\w*opsparing\w*|sparepenge|ydelse\w*|su|"
        r"boligstøtte\w*|børnepenge|arv|arven|\w*penge|\w*ydelse|dagpenge)\b(?!.{0,40}\b(og (betaler|betalte|sætter|satte|lægger|"
        r"lagde|sparer|sparede)|til at betale|for at betale|til (husleje\w*|regning\w*|min \w+|mine \w+)|for mig|på (mig|min|mit|"
        r"mine)|som (aftalt|jeg har bedt om))\b)",
        _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(tager|tar|tog|taget|hævet|hævede|overført|overførte|tømt|tømte|brugt|"
        r"brugte|hugget|huggede|stjålet|stjal) (\w+ )?alt (hvad|det)( der)? (jeg |hun |han )?(har|havde|ejer|ejede|fik|får|tjener|"
        r"tjente|sparede|har sparet|havde sparet|er|var|stod|lå)(( \w+){0,2} (på|i|af) (\w+ )?(konto\w*|bank\w*|opsparing\w*|pung\w*|"
        r"netbank\w*|penge\w*|pension\w*|løn\w*)| (sparet|spart) op| sparede op| (tjent|arvet|fået i arv))\b",
        _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(tømt|tømte|tømmer|drænet|drænede|ryddet|ryddede) (min|mit|hendes|hans|"
        r"min \w+s) (\w+ )?(konto|kontoen|opsparing\w*|sparegris\w*|bankkonto\w*|lønkonto\w*|pengeskab\w*|budgetkonto\w*)\b",
        _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(tager|tar|tog|taget|beholder|beholdt|hæver|hævet|hævede) (" + _POSS
        + r" )?(\w+ )?(\w*pension\w*|løn|lønnen|kontanthjælp\w*|penge|pengene|\w*penge)\b.{0,50}\b((ved|aner) (ikke|ik) (hvad|hvor) "
        r"(\w+ ){0,2}(bruger|brugte|bliver af|går hen|gør med)|(ikke|ik|aldrig) (får|fik|ser|så) (dem|dem|pengene|noget) "
        r"(tilbage|igen)|giver (mig|hende|ham) (kun|bare) \d+)\b",
    ]


# Neglect of a dependent person (annotation guide, safety: "Neglect"): care that someone relies on and does not get.
# Each pattern needs the missing care itself (a nappy not changed, no food, drink or medicine given, not helped up,
# to the toilet or washed, locked in, left alone) AND a sign that it is a failure, not a routine or a choice: a
# duration ("siden i går", "i tre dage", "hele dagen"), nobody coming, or the carers not wanting, bothering or
# forgetting. Look-alikes that stay quiet (tests/forbered/test_safety_clauses.py): "hjemmeplejen kommer kl 8",
# "hjemmehjælperen skifter hendes ble morgen og aften", "jeg ligger meget i sengen når jeg har ondt", "han har ikke
# været i bad fordi han ikke gider, siger han selv", "jeg glemmer at give katten mad", "ingen har besøgt mig siden jul".
_CARER = (r"(hjemmeplejen|hjemmepleje|hjemmepl\w*|hjemmehjælp\w*|hjælper\w*|sygeplejerske\w*|personalet|pædagog\w*|plejer\w*|"
          r"plejepersonalet|nattevagt\w*|aftenvagt\w*|vikar\w*|kontaktperson\w*|bostøtte\w*|de|ingen|ikke nogen)")
_DEPENDENT = (r"(mig|hende|ham|os|(min |vores )?(mor|far|søn|datter|bror|søster|mand|kone|bedstemor|bedstefar|mormor|morfar|farmor"
              r"|farfar|svigermor|svigerfar)|mit barn|vores (søn|datter|barn)|hans|hendes)")
_LONG = (r"(siden (i går|i forgårs|i morges|i nat|i aftes|i søndags|i mandags|i tirsdags|i onsdags|i torsdags|i fredags|i lørdags|"
         r"søndag|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|\w+ (dage|døgn|uger)|i går \w+|frokost|morgenmaden|aftensmaden)|i (over |mere end |næsten |snart |godt )?(\w+ )?(dage|døgn|uger|ugevis|dagevis|"
         r"timevis|flere timer|mange timer|en uge|en måned|månedsvis)|hele (dagen|natten|weekenden|eftermiddagen|aftenen|formiddagen|"
         r"døgnet|ugen)|til kl(okken)? \d+|flere gange|igen og igen|hele tiden|tit|ofte|aldrig|i \d+ timer|"
         r"(de|i de) (sidste|seneste) (\w+ )?(dage|døgn|uger|aftener|nætter|morgener|weekender)|(\w+ )?(dage|aftener|nætter|"
         r"morgener|gange) i træk|flere (aftener|nætter|morgener))")


# the carers' own excuse for care not given: no time, not enough staff, too busy
_EXCUSE = (r"((de|personalet|hjemmeplejen|hjælper\w*|plejer\w*|der) (ikke|ik) (har|havde|er|var) (tid|folk nok|personale nok|nok personale|"
           r"hænder nok|nok folk|nok hænder)|(de|personalet|hjemmeplejen|hjælper\w*|plejer\w*) (har|havde) (så |for |alt for )?travlt|"
           r"(de|personalet|hjemmeplejen|der) mangler (folk|personale|hænder))\b")


# help asked for, not with a thing or a task ("ringede efter hjælp til computeren, men ingen har svaret"): help to
# get up, eat or to the toilet still counts (review 3)
_HELP_FOR_ME = (r"(?! (til|med) (?!(at )?(komme|rejse|stå|op|spise|drikke|toilet\w*|wc|badeværelset|sengen|gulvet|mig|hende|ham|"
                r"min (mor|far|søn|datter|mand|kone)|medicin\w*|bleen|bad|badet|tøjet)\b))")
# who can be forgotten by carers: a person, not "min madpakke" (review 3)
_KIN_CARED = (r"(mor|far|søn|datter|bror|søster|mand|kone|bedstemor|bedstefar|mormor|morfar|farmor|farfar|svigermor|svigerfar|"
              r"dreng|pige|barn|kæreste|samlever|onkel|moster|faster|tante|nabo|beboer|borger)")
# a smell as a mark of missing care: a person, a body or a bed smells, or of urine or faeces; not "det lugter godt" or
# what others say ("nogen har sagt at jeg lugter": teasing, not care) (review 3)
_SMELLS = (r"((?<!sagt at )(?<!siger at )(?<!sagde at )(?<!synes at )(?<!sagt )(?<!siger )(?<!sagde )(?<!synes )"
           r"(jeg|hun|han|mor|far|min \w+|sengen|bleen|lagenet|lagnet|madrassen|dynen|sengetøjet|tøjet|huden|værelset|lejligheden|"
           r"hele lejligheden|det hele) (\w+ )?(lugter|lugtede)(?! (godt|dejligt|lækkert|fint|af (mad|kaffe|blomster|parfume|sæbe|"
           r"shampoo|kage|bageri|jul|sommer))\b)|(lugter|lugtede) (\w+ )?(af|som) (tis|urin|pis|lort|bæ|afføring|sved|gammel sved|"
           r"ble|bleer|opkast|bræk)\b)")
# (probe 9, h2) the two halves of a neglect told as everyday care talk, paired by the patterns below within ~80
# characters in either order. _FAILED: care that did not come, came late, forgot or left someone; _MARK: what it did
# to them. Neither alone is enough ("hjemmeplejen kom for sent i dag", "jeg tissede i bukserne i bussen").
_FAILED = (r"((hjemmeplejen|hjemmepl\w*|hjemme pl\w*|hjemmehjælp\w*|hjælper\w*|personalet|\w*vagt\w*|plejer\w*|plejepersonalet|vikar\w*|de|ingen|"
           r"ikke nogen|sygeplejerske\w*) (\w+ )?((kom|kommer|kommet) (ikke|ik|aldrig|først)|(ikke|ik|aldrig) (kom|kommer|"
           r"kommet|dukkede op))(?! (med|tilbage|igennem|hjem|ind på|til (festen|fødselsdag\w*|mødet))\b)|(dukkede|dukker) (ikke|ik|aldrig) "
           r"op|(kommer|kom) der (ingen|ikke nogen|aldrig nogen)|(aldrig|ikke) nogen der (kommer|kom)|(springer|sprang|sprunget|springte|springt|springet) "
           r"(mig|hende|ham|min \w+) (\w+ )?over(?! i (køen|rækken|kantinen|butikken|bussen))|(glemmer|glemte|glemt) (at (hjælpe|give|"
           r"vende|skifte|vaske|tage) )?(mig|hende|ham|os|min " + _KIN_CARED + r")|(hjemmeplejen|hjemmehjælp\w*|hjælper\w*|personalet|\w*vagt\w*|plejer\w*|de) (har |havde )?(ikke|ik) (hjulpet|"
           r"vasket|badet|skiftet|vendt|været inde (hos|ind til)) (mig|hende|ham|min \w+)|giver (mig|hende|ham) kun (mad|at spise|"
           r"noget at spise|at drikke)|"
           r"(ingen|ikke nogen) (der )?((hjælper|hjalp|har hjulpet|vil hjælpe) (mig|hende|ham|os|min \w+)|kommer|kom)(?! (med|til "
           r"(festen|fødselsdag\w*|mødet))\b)|(ikke|ik|ingen) (fået |får |fik )?hjælp (til|med) at (komme|spise|drikke|vaske|gå|få|"
           r"tage|skifte|vende|stå)|(tager|tog|får|fik|hjælper|hjalp|løfter|løftede) (\w+ ){0,2}(ikke|ik) (\w+ ){0,2}op|(lader|lod) (mig|hende|"
           r"ham|min \w+) (\w+ )?(ligge|sidde|blive liggende|blive siddende))")
_MARK = (r"(tisset|tisser|tissede|gjort i (bukserne|sengen)|lavet i (bukserne|sengen)|(?<!blive )(?<!blev )våd(?! af| bag)|vådt|gennemblødt|liggesår|tryksår|"
         r"sår på|fået sår|udhungret|sulten|sultne|tørstig\w*|tør i munden|(sov|sover|sovet) (i|på) (kørestolen|stolen|"
         r"gulvet|lænestolen)|(ligger|lå|ligget) (\w+ )?på gulvet|(ligger|lå) bare (der|i sengen)|" + _SMELLS + r"|ude af sengen|"
         r"(ligger|lå|ligget) i sengen (hele|i (\w+ )?(dage|døgn))|(sad|sidder|siddet) (i|på) (min |sin |hans |hendes )?(kørestol\w*|"
         r"toilet\w*|lænestol\w*) (til|hele|i timevis|i \w+ timer)|(sidder|sad|siddet|ligger|lå|ligget) (\w+ )?i det\b|"
         r"(får|fik|fået) (jeg |hun |han )?(ikke|ik|ingen) (noget |sin |sine |min |mine |hans |hendes )?(mad|aftensmad|morgenmad|frokost|\w*medicin|insulin|at drikke|"
         r"at spise)|(blevet|bliver) (helt |meget |så )?(tynd|mager|afkræftet|dehydreret)|taber sig|selvom (jeg|hun|han) (skal|"
         r"skulle|må|måtte) (på toilettet|på wc|tisse))")


def neglect_patterns() -> list[str]:
    """Neglect of a dependent person: missing care, food, drink, medicine or hygiene, left lying or alone (see above)."""
    return [
        # nappies and soiling: not changed, the same or a wet nappy for long, lying or sitting in urine or faeces
        r"\b(ingen|ikke nogen)( der)? (har |vil |gider |kommer og |kom og |kommer for at )?(skifter|skiftet|skifte|skiftede)\b"
        r"(?! (kanal|pære|dæk|olie|batteri|\w*adresse|job|læge|skole|mening|telefon|hold|tog|bus))",
        # (probe 9, h2) the failure and its mark in either order, within a sentence or two: carers who do not come, come
        # only late, forget someone, do not help or get someone up, or leave them lying; and wet, sores, hunger, thirst,
        # a night in the wheelchair, lying on the floor or "ligger bare der"
        r"\b" + _FAILED + r"\b.{0,80}\b(?<!ikke )(?<!ik )(?<!er ikke )" + _MARK + r"\b",
        r"\b(?<!ikke )(?<!ik )" + _MARK + r"\b.{0,80}\b" + _FAILED + r"\b",
        r"\b(ikke|ik) (\w+ )?(skiftet|skifter|skifte) (\w+ ){0,2}(ble|bleen|bleer|sengetøj\w*|lagen\w*)\b.{0,60}\b(" + _LONG[1:-1]
        + r"|sår|liggesår|lugter|våd|vådt|rød|rødt|udslæt)\b",
        r"\b(ikke|ik|ingen) (har )?(været|kommet) (nogen |noget )?(hjemmepleje\w*|hjemmehjælp\w*|hjælper\w*|personale\w*|\w*vagt\w*)"
        r"( her| hos (mig|hende|ham))?\b.{0,20}\b(i (over |mere end )?(\w+ )?(dage|døgn|uger)|siden (i går|i forgårs|\w+dag))\b",
        # food locked away so one cannot eat
        r"\b(låser|låste|låst|lukker|lukkede|lukket) (\w+ ){0,2}(køkkenet|køleskabet|køkkenskabet|køkkenskabene|fryseren|"
        r"spisekammeret|maden|skabet med (mad|maden))\b.{0,50}\b((jeg|hun|han) (ikke|ik) (kan|kunne|må|får) (\w+ ){0,2}(mad|spise|"
        r"noget at spise|noget)|(kun|først) (\w+ ){0,3}(spise|mad)|sulten|sulter)\b",
        r"\b(ikke|ik) (blevet |bliver )?(skiftet|skifter|skifte) (hende|ham|mig|bleen|ble|sengetøjet|hans ble|hendes ble|min ble)\b",
        r"\bi (den |sin |sine |min |hans |hendes |en )?(samme|våde|fyldte|beskidte|tunge) (våde |beskidte )?(ble|bleer|bukser)\b",
        r"\b(ligge|ligger|lå|ligget|sidde|sidder|sad|siddet|vågner|vågnede) (helt )?(i|med) (tis|urin|afføring|lort|bæ|pis|våd ble)\b",
        r"\b(ligger|ligge|lå|ligget) (helt )?(våd|gennemblødt|vådt)\b.{0,40}\b(ingen|ikke (blevet )?skiftet|siden|hele)\b",
        # no food, drink or medicine given, with a duration or by forgetting carers
        r"\b(glemmer|glemte|glemt|glemmer tit|glemmer ofte|glemmer hele tiden) (at )?(at give|give|gi) " + _DEPENDENT
        + r" (\w+ )?(\w*medicin|piller|pillerne|insulin|mad|maden|vand|noget at drikke|noget at spise|aftensmad|morgenmad)\b",
        r"\b(giver|gav|givet|får|fik|fået|har fået|har haft) (" + _DEPENDENT + r" )?(ikke|ik|ingen)( givet)? (" + _DEPENDENT
        + r" )?(sin |min |sine |mine |hans |hendes )?(\w*medicin|piller|smertepiller|sprøjte\w*|insulin|mad|noget at spise|vand|noget at drikke"
          r"|at drikke|at spise|aftensmad|morgenmad)\b(?! (før(?! (de|han|hun|vi|det|der)\b)|inden|endnu|til|om|kl)\b)(?!.{0,20}\bfør\b(?! (de|han|hun|vi|det|der)\b)).{0,60}\b" + _LONG,
        r"\b(ikke|ik|ingen) (der )?(har )?(fået|faet|givet|giver|gav) (" + _DEPENDENT + r" )?(sin |min |sine |mine |hans |hendes )?"
        r"(\w*medicin|piller|smertepiller|sprøjte\w*|insulin|mad|noget at spise|vand|noget at drikke|at drikke|at spise|aftensmad|"
        r"morgenmad)\b(?! (før(?! (de|han|hun|vi|det|der)\b)|inden|endnu|til|om|kl)\b)(?!.{0,20}\bfør\b(?! (de|han|hun|vi|det|der)\b)).{0,40}\b" + _LONG,
        r"\b(har|havde) (ikke|ik) (fået|haft) (noget )?(mad|at spise|noget at spise|vand|at drikke|noget at drikke|medicin|"
        r"min medicin|mine piller)\b.{0,60}\b(kom (ikke|ik)|(ikke|ik) (er )?(kommet|kom)|ingen (har været|kom|kommer)|(ikke|ik) har været her)\b",
        r"\b(kom (ikke|ik)|(ikke|ik) (er )?kommet|ingen (har været|kom|kommer))\b.{0,60}\b(har|havde) (ikke|ik) (fået|haft) (noget )?"
        r"(mad|at spise|noget at spise|vand|at drikke|noget at drikke|medicin|min medicin|mine piller)\b",
        r"\b(ingen|ikke nogen) (der )?(hjælper|hjalp|sørger for|sørgede for|giver|gav|mader|madede)\b.{0,30}\b(spise|spiser|drikke|drikker|"
        r"får mad|får noget at drikke)\b(?! (sundt|sundere|mindre|grønt))",
        r"\b(hjemmeplejen|hjemmehjælp\w*|hjælper\w*|sygeplejerske\w*|personalet|nattevagt\w*|vikar\w*|plejer\w*) (er |har )?(ikke|ik) "
        r"(kommet|været her|været hos (mig|hende|ham)|dukket op)\b.{0,20}\b(i (\w+ )?(dage|døgn|uger)|siden|hele (dagen|weekenden|natten))",
        # not helped up, to the toilet, washed or turned; left lying or sitting for long
        r"\b((vil|gider|orker|når|nåede) (\w+ )?(ikke|ik)|(ikke|ik) (vil|gider|orker|når|nåede)) (at )?(hjælpe|få|løfte|tage) (mig|hende|ham) (op|ud af sengen|på toilettet|i bad|"
        r"i seng)\b(?!.{0,20}\b(om morgenen i weekenden|før kl))",
        r"\b(lader|lod|ladet) " + _DEPENDENT + r" (\w+ )?(ligge|sidde|blive liggende|blive siddende|stå)\b.{0,50}\b" + _LONG,
        r"\b(ingen|ikke nogen) (der )?(kommer|kom|vil|gider)\b.{0,20}\b(hjælpe|hjælper|skifte|skifter|vaske|vasker|vende|vender)"
        r" (mig|hende|ham|os)? ?(op|på toilettet|på wc|i bad|i seng|ud af sengen|om natten|med at komme op)\b",
        r"\b(ringet|ringer|ringede|trykket|trykker|trykkede|kaldt|kalder|kaldte) (\w+ ){0,3}(på snoren|på alarmen|på nødkald\w*|på "
        r"klokken|på knappen|efter hjælp|på personalet)\b.{0,40}\b(ingen (kommer|kom|svarer|svarede|der kommer)|(kommer|kom) ingen|(ikke|ik) (kommer|kom)|"
        r"kommer (ikke|ik)|kom (ikke|ik)|kom aldrig|(ikke|aldrig) (er )?kommet)\b",
        r"\b((ikke|ik|aldrig) (kommer|kom)|(kommer|kom) (ikke|ik|aldrig)|(ingen|ikke nogen) (der )?(kommer|kom)|(kommer|kom) "
        r"(der )?(ingen|ikke nogen))\b.{0,20}\bnår (jeg|hun|han) (ringer|trykker|kalder|råber)\b",
        r"\b(vender|vendt|vendte) (\w+ )?(ikke|ik) (mig|hende|ham)\b", r"\b(ikke|ik) (vender|vendt|vendte|skifter|skiftet|skiftede) (mig|hende|ham)\b", r"(?<!mod )(?<!imod )(?<!forebygge )(?<!undgå )\b(liggesår|tryksår)\b(?!.{0,40}\b(har|fået|få) (ingen|ikke (fået )?(nogen )?)(sår|liggesår|tryksår)\b).{0,40}\b(fordi|ikke|ingen)\b",
        r"\b(ingen|ikke nogen) (har )?(set|kigget|været inde) til " + _DEPENDENT + r"\b.{0,30}\b" + _LONG,
        r"\b(ser|så|kigger|kiggede) (ingen|ikke nogen) (ind )?til (mig|hende|ham)\b",
        r"\b(efterladt|efterlader|efterlod|glemt|glemte) (\w+ ){0,4}(alene|uden (hjælp|mad|vand|tilsyn|medicin))\b.{0,40}\b(" + _LONG[1:-1]
        + r"|selvom|kan (ikke|ik))",
        r"\b(bad|badet|vasket) (\w+ )?(i|på) (\w+ )?(uger|ugevis|en måned|månedsvis|flere uger)\b.{0,40}\b(personalet|de|ingen|tid|"
        r"hjemmeplejen|hjælper\w*)\b",
        r"\b(personalet|hjemmeplejen|de|hjælper\w*) (siger|sagde) (at )?(de|der) (ikke|ik) (har|havde|er) (tid|personale nok|nok personale)\b"
        r".{0,40}\b(bad|spise|mad|toilet\w*|skifte\w*|op)\b",
        r"\b(bad|badet|mad|spise|toilet\w*|skiftet|op)\b.{0,40}\b(fordi|da) (personalet|de|hjemmeplejen|hjælper\w*) (ikke|ik) "
        r"(har|havde) tid\b",
        r"\b(låser|låste|låst|lukker|lukkede) (\w+ ){0,2}(min|mit|vores|hans|hendes) \w+ inde\b",
        # hygiene: no bath, clean clothes or washing for weeks (not when the person refuses: "fordi han ikke gider")
        # not a group, a class, work or home missed ("ikke været til gruppen i 3 uger", "ikke været hjemme i to uger")
        r"\b(ikke|ik) ((været|kommet)(?! (til|hjemme|på|ude (at|og)|i (?!(bad|brusebad|karbad|bruse\w*)\b)|ude(?! af)|ud(?! af)|uden for|"
        r"udenfor|udendørs|hos|sammen)\b)|fået (et )?bad|"
        r"blevet (vasket|badet)|haft rent tøj( på)?)\b(?! i bad (fordi|da) (han|hun|jeg) (ikke|ik) (gider|vil))"
        r"(.{0,40}\b(i (over )?(\w+ )?(uger|ugevis|måned|måneder|månedsvis)|siden .{0,40}\b(uger|måned))\b)"
        r"(?!.{0,30}\b(fordi|da) (han|hun|jeg) (ikke|ik) (gider|vil)\b)",
        r"\b(bedt om|ringet efter|spurgt efter|råbt på) hjælp\b" + _HELP_FOR_ME + r".{0,50}\b(ingen (kommer|kom|har hjulpet|hjælper)|(ikke|ik) (fået|kommet))\b",
        r"\b(ingen (der )?(kommer|kom|har været her)|(ikke|ik) (er )?kommet)\b.{0,50}\b(køleskabet er tomt|ingen mad|(ikke|ik) (noget )?mad|tom for mad)\b",
        r"\b(køleskabet er tomt|ingen mad|tom for mad)\b.{0,50}\b(ingen (der )?(kommer|kom|har været her)|(ikke|ik) (er )?kommet)\b",
        # probe 6 (h3): missing care + a sign that it failed. Food or drink not given, and hungry or thirsty (not "ikke var
        # sulten"); not eaten and the carers do not come or the fridge is empty; food withheld as a punishment
        r"\b(ingen|ikke|ik) (har |der har |der )?(givet|giver|gav|fået|får|fik|bragt|bringer|lavet|laver|kom med|kommer med|kommet med) (" + _DEPENDENT + r" )?(\w+ )?"
        r"(mad|noget at spise|vand|noget at drikke|at drikke|at spise|aftensmad|morgenmad|frokost|middag)\b.{0,50}(?<!\bikke )(?<!\bik )(?<!\bikke \w{2} )(?<!ikke \w{3} )(?<!ikke \w{4} )\b(sulten|sultne|tørstig|tørstige|svimmel|udhungret)\b",
        r"\b(kom|kommer|var) (der )?(ingen|ikke nogen) (\w+ )?med (mad|maden|noget at spise|vand|noget at drikke|aftensmad|morgenmad|frokost|middag)\b.{0,50}(?<!\bikke )(?<!\bik )(?<!\bikke \w{2} )(?<!ikke \w{3} )(?<!ikke \w{4} )\b(sulten|sultne|tørstig|tørstige|svimmel|udhungret)\b",
        r"\b(ikke|ik|intet|ingenting) (har )?(spist|drukket|fået (noget )?(mad|at spise|vand|at drikke))( noget)? (siden|i (\w+ )?(dage|døgn)|hele)\b.{0,80}\b("
        + _CARER + r" (kommer|kom|er kommet|har været her) (ikke|ik|aldrig)|ingen (der )?(kommer|kom)|(ikke|ik) (er )?kommet|(ikke|ik) noget (mad )?i køleskabet|køleskabet er tomt)\b",
        r"\b(" + _CARER + r" (kommer|kom|er kommet|har været her) (ikke|ik|aldrig)|ingen (der )?(kommer|kom)|(ikke|ik) noget (mad )?i køleskabet|køleskabet er tomt)\b.{0,80}\b(ikke|ik|intet|ingenting) (har )?(spist|drukket|fået (noget )?(mad|at spise|vand|at drikke))( noget)? (siden|i (\w+ )?(dage|døgn)|hele)\b",
        r"\b(ikke|ik|ingen|uden|fratog|tager|tog|nægter|nægtede)\b (\w+ ){0,4}(mad|maden|aftensmad|middag|morgenmad|frokost|noget at spise|vand|at spise|at drikke)\b.{0,50}\b(som straf|for at straffe|(fordi|hvis|når) (jeg|hun|han) (var|havde været|er|har været) (\w+ )?(fræk|uartig|besværlig|urolig|ulydig|sur|vred|for sent|på tværs|frække))\b",
        r"\b(måtte|skulle|blev sendt|sendt|sat|lukket|låst|spærret) .{0,40}\buden (mad|aftensmad|middag|noget at spise|vand|at spise|noget at drikke)\b(?!.{0,20}\b(fordi (jeg|hun|han) (ikke|ik) (var sulten|ville)|til (operation|blodprøve|scanning)|før (operation|blodprøve\w*|scanning\w*))\b)",
        # the carers' excuse together with the care not given: "bad hver anden uge fordi de har travlt", "ikke ude af sengen …
        # de siger de ikke har folk nok"
        r"\b(bad|badet|bade|vasket|vasker|vaske|rent tøj|mad|spise|toilet\w*|skiftet|skifte|op|ud af sengen|ude af sengen|vendt|medicin\w*|tisse|ble\w*)\b.{0,60}\b(fordi|da|siger|sagde|for) (\w+ ){0,2}" + _EXCUSE,
        r"\b(ikke|ik) (været|kommet) (ude af|op af|ud af) sengen (i|siden) .{0,60}\b" + _EXCUSE,
        r"\b" + _EXCUSE + r".{0,20}\b(til at|for at) ((få|hjælpe|tage) " + _DEPENDENT + r" (op|i bad|på toilettet|ud af sengen|i seng)|(vaske|bade|skifte|vende|made) " + _DEPENDENT + r")\b",
        r"\b(giver|gav|får|fik) (" + _DEPENDENT + r" )?(ikke|ik|ingen) (noget )?(at drikke|vand|noget at drikke|væske)\b.{0,80}\b(tør i munden|tørstig\w*|dehydrer\w*|væskemangel)\b",
        r"\b(fik|får|fået|har fået) (ikke|ik|ingen) (noget )?(mad|aftensmad|morgenmad|frokost|at spise|noget at spise|vand|at drikke)\b.{0,40}\bfordi (personalet|de|han|hun|pædagog\w*|hjælper\w*|kontaktperson\w*|\w+en) (var|er|blev) (sure|sur|vrede|vred|irriterede|irriteret|trætte af (mig|hende|ham)|træt af (mig|hende|ham))\b",
        r"\b(fik|får|fået) (ikke|ik|ingen) (noget )?(mad|aftensmad|at spise|noget at spise|vand|at drikke)\b (\w+ )?(hele (weekenden|dagen|døgnet|ugen)|i (to|tre|fire|flere|\d+) (dage|døgn))\b",
        # a wound or catheter not cared for; a child left alone for days; no power or heat in the cold
        r"\b(ikke|ik) (fået |blevet )?(skiftet|renset|set på|tjekket) (\w+ ){0,2}(forbinding\w*|plaster\w*|bandage\w*|sår\w*|kateter\w*|stomi\w*|bleen|ble)\b.{0,40}\b(" + _LONG[1:-1] + r"|lugter|betændt|væsker|rødt|hævet)",
        r"\b(forbinding\w*|bandage\w*|sår|såret|sårene|kateter\w*|stomi\w*)\b.{0,25}\b(ikke|ik) (er )?(blevet )?(skiftet|renset|set på|tjekket|tømt)\b.{0,40}\b(" + _LONG[1:-1] + r"|lugter|betændt|væsker|rødt|hævet)",
        r"\b(mor|far|min mor|min far|mine forældre|de voksne|vores mor|vores far) (har været|er|var) (væk|ude|forsvundet|ikke kommet hjem) (i|siden) (\w+ ){0,2}(dage|døgn|i går|i nat|i forgårs)\b.{0,50}\b(alene|selv|ingen mad|ingen voksne|lillebror|lillesøster|søskende)\b",
        r"\b(ikke|ik|ingen) (haft |har |havde |været )?(strøm|varme|vand|el|lys)( eller (strøm|varme|vand|lys))? (i|siden) .{0,40}\b(koldt|kold|fryser|frost|minus)\b",
        # probe 6b (h3): medicine missed because carers forget; not washed and smelling; not helped up with a sign;
        # nobody coming in the evening with its consequence
        r"\b(får|fik|fået) (ikke|ik|aldrig) (sin|sine|min|mine|hans|hendes) (\w+ )?\w*(medicin|piller|insulin|tabletter|smertestillende)\b.{0,40}\b(glemmer|glemte|glemt|gider (ikke|ik)|har (ikke|ik) tid|fordi (de|personalet) (ikke|ik))\b",
        r"\b(bliver|blev|er) (ikke|ik|aldrig) (blevet )?(vasket|badet|skiftet|vendt|barberet|redt)\b.{0,50}\b(" + _LONG[1:-1] + r"|lugter|lugtet|lugtede|sår|beskidt|snavset|ugevis)\b",
        r"\b(ingen|ikke nogen) (har |der har |der )?(hjulpet|hjælper|hjalp|fået) (" + _DEPENDENT + r") (op|ud af sengen|på toilettet|i bad)\b(?! ad)(?=.{0,60}\b(stadig|tisset|tis|våd|vådt|siden|hele (dagen|natten|morgenen)|ligger|lå)\b)",
        r"\b(ingen|ikke nogen) (der )?(kommer|kom) (til|hos|ind til) " + _DEPENDENT + r"\b.{0,40}\b(sover i stolen|sov i stolen|med tøjet på|i tøjet|i (sin|samme) ble|uden (mad|aftensmad|medicin|hjælp)|på gulvet|hele natten)\b",
        # probe 8 (h12): left lying or sitting for long because carers did not come; forgotten medicine that made
        # someone ill; no heating; home care away for days ("været der")
        r"\b(ligget|ligger|lå|siddet|sidder|sad|været|stået|står)\b (\w+ ){0,4}(hele (natten|dagen|weekenden|formiddagen|"
        r"eftermiddagen|aftenen)|i (\w+ )?timer|til (næste )?morgen(en)?|til (middag|frokost|aften|eftermiddag|kl \d+))\b.{0,50}\b(fordi|da|men|og|for) (((ingen|ikke nogen) "
        r"(kom|kommer|der kom) (og|for at|til at) (hjalp|hjælpe|lagde|lægge|fik|få|skiftede|skifte|gav|give|vendte|løftede)|"
        + _CARER + r" (ikke|ik|aldrig) (kom|kommer|kommet|dukkede op))\b|(" + _CARER + r"|\w*vagt\w*|hjemmeplejen) ((kom|kommer) (ikke|ik)|aldrig kom))\b",
        r"\b(ingen|ikke nogen) (har |der har )?(hjulpet|hjælper|hjalp) (" + _DEPENDENT + r") (op|ud af sengen|på toilettet|i bad|"
        r"med at (spise|vaske|komme op))\b.{0,40}\b(lugter|beskidt|snavset|i (\w+ ){0,2}(uger|måneder|dage|døgn)|ugevis|"
        r"månedsvis)\b",
        r"\b(ingen|ikke nogen|" + _CARER + r") (har |der har )?(\w+ )?(tændt|tænder|skruet op for|ordnet|tjekket) (for )?(varmen|"
        r"radiatoren|radiatorerne|fyret|lyset)\b.{0,40}\b(" + _LONG[1:-1] + r"|koldt|kold|kulde|fryser|mørke)\b",
        r"\b(mørke|kulde|koldt|fryser)\b.{0,40}\b(ingen|ikke nogen) (har |der har )?(\w+ )?(tændt|tænder|skruet op for|ordnet) "
        r"(for )?(varmen|radiatoren|radiatorerne|fyret|lyset)\b",
        r"\b" + _CARER + r" (har |havde )?(glemt|glemmer|glemte) (at give )?(" + _DEPENDENT + r" )?(min|mine|hans|hendes|sin|sine) "
        r"(\w+ )?(\w*medicin|insulin|\w*piller|\w*pillerne|\w*tabletter|ilt|øjendråber|sprøjte\w*)\b.{0,50}\b((to|tre|fire|fem|seks|syv|"
        r"otte|ni|ti|flere|mange|\d+) gange|igen|hele tiden|i træk|"
        r"tit|ofte|(blev|bliver|er blevet|var)( jeg| hun| han)? (dårlig|syg|indlagt|forvirret|sløj)|blodsukker\w*|anfald|kramper)\b",
        r"\b(hjemmeplejen|hjemmehjælp\w*|hjælper\w*|sygeplejerske\w*|personalet|nattevagt\w*|vikar\w*|plejer\w*) (er |har )?(ikke|ik) "
        r"(været (der|hos \w+|forbi|på besøg))\b.{0,20}\b(i (\w+ )?(dage|døgn|uger)|siden|hele (dagen|weekenden|natten))",
        r"\b(ventet|venter|ventede) på (hjælp|hjemmeplejen|personalet|\w*vagt\w*|at (nogen|de) (kom|kommer))\b.{0,60}\b(tisset|"
        r"gjort i (bukserne|sengen)|lavet i (bukserne|sengen)|våd|våde|faldet|sulten|tørstig|(ikke|ik) fået)\b",
        r"\b(ligget|lå|siddet|sad|stået|stod)\b.{0,40}\b(til|indtil) (\w*vagt\w*|hjemmeplejen|personalet|hjælper\w*|"
        r"hjemmehjælper\w*) (kom|dukkede op|kom ind)\b",
        r"\b" + _CARER + r" (glemmer|glemte|glemt|har glemt) (mig|hende|ham|min \w+)\b.{0,40}\b(ingen|ikke|ik) (\w+ )?(mad|middag|"
        r"aftensmad|frokost|morgenmad|medicin|piller|hjælp|bad)\b",
        r"\b" + _CARER + r" (har )?(slukket|slukker|slukkede|skruet ned for|lukket for) (for )?(varmen|radiatoren|radiatorerne|"
        r"fyret)\b.{0,40}\b(fryser|kold|koldt|kulde)\b",
        r"\b" + _CARER + r" (har )?(ikke|ik) (børstet|vasket|klippet|barberet|redt|skiftet) (\w+ ){0,2}(tænder|tænderne|hår|håret|"
        r"negle|neglene|tøj|tøjet|sengetøj|sengetøjet)\b.{0,40}\b(" + _LONG[1:-1] + r"|byld|lugter|betændt|sår)\b",
        r"\b(staff|carers?|nurses?|helpers?|they) (forgot|forget|forgets|forgotten) (my|her|his) (medicine|meds|pills|insulin|"
        r"tablets)\b",
        # (h12, from the block-CV misses) no time to change or wash; no help to the toilet or to eat with a sign; a
        # commode not emptied; forgotten in the wheelchair for hours; the same clothes for a week; carers not coming and
        # neither food nor medicine
        r"\b(ingen|ikke nogen|de|personalet|hjemmeplejen) (har |havde )?(haft |har )?(ikke |ik )?tid til at (skifte|vaske|bade|vende|"
        r"made|tømme|lægge|løfte) " + _DEPENDENT + r"\b",
        r"\b(ikke|ik|ingen) (fået |får |fik )?hjælp til at (komme på toilettet|komme på wc|komme op|spise|komme i seng|komme i bad)\b"
        r".{0,60}\b(" + _LONG[1:-1] + r"|vådt|våd|tisset|i nat|stod urørt|urørt|sulten|stiller|går igen|taber sig)\b",
        r"\b(ingen|ikke nogen|" + _CARER + r") (har |der har )?(ikke )?(tømt|tømmer|skiftet) (min|mit|hans|hendes|sin|sit) (bækkenstol|"
        r"kateterpose|pose|stomipose|toiletstol|potte)\b.{0,30}\b(" + _LONG[1:-1] + r"|lugter)\b",
        # (not a childhood memory told with a laugh: "jeg blev glemt i børnehaven i flere timer som barn, det var sjovt")
        r"^(?!(?=.*\b(som (barn|lille|dreng|pige|teenager|ung)|da (jeg|hun|han|vi) var (lille|små|barn|børn|\d+|\w+ år)|i (min|hans|hendes) "
        r"barndom|engang for længe siden)\b)(?=.*(?<!ikke )(?<!ik )(?<!spor )(?<!slet )(?<!så )\b(sjov|sjovt|grin\w*|haha\w*|morsom\w*|lol|fnis\w*|en god historie)\b))"
        r".*\b(bliver|blev|er blevet) (glemt|efterladt|parkeret|sat|stillet) (\w+ ){0,5}(i (flere|mange|\w+) timer|hele (dagen|natten|"
        r"formiddagen|eftermiddagen|aftenen))\b",
        r"\bi (det |sit |mit |sine |mine |hans |hendes )?(samme|beskidte|våde) tøj\b.{0,30}\b(" + _LONG[1:-1] + r"|over en uge|i over)\b"
        r"(?=.{0,60}\b((ingen|ikke nogen) (der )?(hjælper|hjalp|skifter|skiftede|vasker|har hjulpet|har skiftet)|(personalet|"
        r"hjemmeplejen|de|hjælper\w*) (har )?(ikke|ik) (skiftet|hjulpet|vasket|tid))\b)",
        r"\b(" + _CARER + r"|\w*vagt\w*|hjemmeplejen) ((kom|kommer) (ikke|ik)|kom aldrig|(er )?(ikke|ik) kommet)\b.{0,60}\b(hverken "
        r"(mad|medicin|vand)|ingen (mad|medicin|vand))\b",
        r"\b(carers?|home ?carers?|home help|helpers?|staff|nurses?|aides?) (didn'?t|didnt|did not|don'?t|dont|never|haven'?t|"
        r"havent|has not|hasn'?t|have not) (come|came|show(ed)? up|turn(ed)? up|been)\b.{0,50}\b(for (\w+ )?(days|hours|weeks)|"
        r"all (night|day|weekend)|no food|no medicine|no meds|hungry|wet|soiled)\b",
        # (probe 9, h2) care that fails in wordings read as ordinary care talk: lying in one's own urine; nobody comes
        # when one rings (either order, "kommer der ingen"); wetting oneself because nobody comes; nobody has washed or
        # changed someone with a duration or its mark; cold because a carer or relative turned the heating off or
        # forbids it
        r"\b(ligge|ligger|lå|ligget|sidde|sidder|sad|siddet|vågner|vågnede) (helt )?(i|med) (min|sin|hans|hendes) (egen )?(tis|urin|"
        r"afføring|lort|bæ|pis|ble)\b",
        r"\bnår (jeg|hun|han) ((ringer|trykker|kalder|råber) (på|efter) (\w+ )?(klokken|alarmen|snoren|knappen|nødkald\w*|hjælp|"
        r"personalet|\w*vagt\w*|hjemmeplejen|sygeplejerske\w*)|(ringer|trykker|kalder|råber)(?= (kommer|så|er der|går der)\b))\b.{0,40}\b((kommer|kom) (der )?(ingen|ikke nogen|aldrig nogen)|(ingen|"
        r"ikke nogen) (der )?(kommer|kom)|(kommer|kom) (de |hun |han )?(ikke|ik|aldrig))\b(?! (svar|besked|reaktion|tilbage))",
        r"\b(ringet|ringer|ringede|trykket|trykker|trykkede|kaldt|kalder|kaldte) (\w+ ){0,2}(på|efter) (\w+ )?(klokken|alarmen|"
        r"snoren|knappen|nødkald\w*|hjælp|personalet|\w*vagt\w*|hjemmeplejen|sygeplejerske\w*)\b.{0,40}\b(kommer|kom) der (ingen|"
        r"ikke nogen|aldrig nogen)\b(?! (svar|besked|reaktion|tilbage|igennem))",
        r"\b(tisset|tisser|tissede|tisse|gjort|gør|gjorde|lavet|laver|lavede) (i )?(bukserne|sengen|bleen|i bukserne|i sengen)\b.{0,50}"
        r"\b(fordi|da|for|og|mens|når) (\w+ ){0,2}(ingen|ikke nogen|de|personalet|hjemmeplejen|hjælper\w*|nattevagt\w*|\w*vagt\w*) "
        r"(\w+ )?((ikke|ik|aldrig) (kommer|kom|kommet|nåede|når|hjalp|hjælper|gad|gider)|(kommer|kom) (ikke|ik|aldrig))\b",
        r"\b(ingen|ikke nogen) (har |der har )?(\w+ )?(vasket|badet|skiftet|vendt|hjulpet) (" + _DEPENDENT + r")\b.{0,60}\b("
        + _LONG[1:-1] + r"|lugter|lugtede|sår|liggesår|beskidt|snavset|klør|udslæt)\b",
        r"^(?=.*\b(fryser|frøs|kulde|iskoldt|(?<!sove )(?<!sover )(?<!lide )kold|(?<!sove )(?<!sover )(?<!lide )koldt)\b).*\b(" + _CARER + r"|" + _ABUSER + r") (har |siger (at )?(jeg|hun|han) "
        r"(ikke|ik) (må|får lov til at) )?(slukket|slukker|slukkede|skruet ned for|skruer ned for|lukket for|lukker for|tænde|"
        r"skrue op for) (for )?(varmen|radiatoren|radiatorerne|fyret)\b",
        # (probe 10, h5) rung for help and still nobody has been
        r"\b(ringet|ringer|ringede|trykket|trykker|trykkede|kaldt|kalder|kaldte) (\w+ ){0,3}(på snoren|på alarmen|på nødkald\w*|på "
        r"klokken|på knappen|efter hjælp" + _HELP_FOR_ME + r"|på personalet)\b.{0,50}\b(stadig )?(ingen|ikke nogen) (der )?(har været|er kommet|har "
        r"hjulpet|har svaret)\b",
        # (probe 10, h5) lying or sleeping in wet or soiled bedding or clothes for long or because nobody came; wet
        # bedding "siden i går" without a verb (not clothes wet from rain, a swim or a trip)
        r"\b(ligget|ligger|lå|ligge|sovet|sover|sov|sove|siddet|sidder|sad|vågnet|vågner|vågnede) (\w+ ){0,3}(i|på|med) (\w+ )?(vådt|"
        r"våde|tissede|tisset|beskidte|beskidt|gennemblødte|gennemblødt|snavsede|snavset|tisvådt|tisvåde|våd) (\w+ )?(sengetøj\w*|lagen\w*|seng|"
        r"sengen|tøj|tøjet|bukser|bukserne|ble|bleen|bleer|madras\w*|dyne\w*|pyjamas\w*|natdragt\w*)\b.{0,50}\b(" + _LONG[1:-1]
        + r"|fordi|ingen|ikke (blevet )?skiftet|ikke (\w+ )?kom|kom (ikke|ik|aldrig))\b(?!.{0,40}\b(regn\w*|svøm\w*|strand\w*|"
        r"havet|søen|vandpyt\w*|sne|tur\w*|skov\w*)\b)",
        r"\b(vådt|våde|tissede|tisset|beskidte|gennemblødte|gennemblødt|tisvådt|tisvåde|snavsede) (\w+ )?(sengetøj\w*|lagen\w*|ble|bleen|"
        r"bleer|madras\w*|dyne\w*)\b (\w+ ){0,3}(siden (i går|i forgårs|i morges|i nat|i aftes|\w+dag)|i (\w+ )?(dage|døgn)|hele (natten|"
        r"dagen|weekenden))\b",
        # care skipped, told in misspellings ("springte mig over"), with what it did (see _FAILED, _MARK)
        r"\b(springte|springt|springet|springede|sprang|sprunget|springer) (mig|hende|ham|min \w+|os) (\w+ ){0,2}over\b.{0,80}\b("
        r"ikke|ik|ingen|intet) (\w+ )?(fået|får|fik|spist|drukket|haft) (\w+ )?(mad|noget|\w*medicin|insulin|piller|at spise|at drikke|"
        r"vand|hjælp|bad|skiftet|morgenmad|frokost|aftensmad)\b",
        r"\b(hjemmepl\w*|hjemme pl\w*|hjemmehjælp\w*|hjemme hjælp\w*|hjælper\w*|\w*vagt\w*|personalet|plejer\w*|de) (\w+ )?"
        r"(springte|springt|springet|springede|sprang|sprunget|springer) (mig|hende|ham|min \w+|os) (\w+ ){0,2}over\b(?! (i køen|i "
        r"rækken|på listen til))(?!.{0,50}\b((fordi|da|mens) (jeg|hun|han|vi) (var|er|havde|har|selv)|aftal\w*|aflys\w*|"
        r"ferie\w*|indlagt|hospital\w*|sygehus\w*)\b)",
        # not enough to drink or eat given, with its mark (dizzy, thirsty, dried out, losing weight); not a diet or fasting
        r"^(?!.*\b(slankekur\w*|kur|faste\w*|diæt\w*|operation\w*|narkose|blodprøve\w*|scanning\w*|kalorie\w*|vægttab\w*|tabe (mig|"
        r"sig)|lægen)\b).*\b(giver|gav|gi|gir|giv|får|fik|fået|har fået) (mig |hende |ham |os |min \w+ )?(ikke|ik|aldrig|næsten (ikke|ik|"
        r"ingenting|intet)|ikke rigtig) (\w+ )?(nok|tilstrækkeligt|noget|meget|ordentligt|ordentlig) (\w+ )?(at drikke|vand|væske|"
        r"drikke|at spise|mad|noget at spise|noget at drikke)\b.{0,60}\b(svimmel|svimle|tørstig\w*|dehydrer\w*|udtørret|tør i munden|"
        r"sulten|sultne|udhungret|taber (mig|sig)|tabt (mig|sig)|mager|afkræftet|hovedpine|besvimer|besvimede)\b",
        # nobody has been for days and no food or medicine since
        r"\b(ingen|ikke nogen|" + _CARER[1:-1] + r"|hjemmepl\w*) (har været|er kommet|kom|har kigget (ind|forbi)|har set til (mig|hende|"
        r"ham))( her| forbi| hos (mig|hende|ham))? (i|siden) .{0,30}\b(ikke|ik|intet|ingenting) (har )?(spist|drukket|fået (noget |min |mit |mine |sin |sit |sine |hans |hendes )?"
        r"(mad|at spise|at drikke|\w*medicin|insulin|piller|pillerne))\b",
    ]


def danger_patterns() -> list[str]:
    """Acute danger now: fire, smoke, gas, falls, chest pain, breathing, bleeding, poisoning, break-in."""
    return [
        r"\bder er (brand|ild|røg)\b", r"\bdet brænder\b(?! (jeg|hun|han) for)",
        r"\b(brand|ild|brænder) i (køkkenet|lejligheden|huset|stuen|gardinerne|gardinet|gryden|panden|sofaen|komfuret|ovnen|min|mit|sengen)\b",
        r"\b(lugter|lugte|lugt|lugtede) (af )?(røg|gas|brændt)\b(?!.{0,50}\b(griller|grill\w*|bål\w*|pejs\w*|brændeovn\w*|"
        r"cigaret\w*|ryger|røgelse|stearinlys\w*|toast\w*|brødrister\w*|popcorn)\b)", r"\bder kommer røg\b", r"\brøg (fra|ud af) (komfuret|ovnen|køkkenet|stikkontakten|lejligheden|vinduet)\b",
        r"\brøgalarm(en)? (hyler|bipper|går|larmer|piber)\b",
        r"\b(komfuret|ovnen|gryden|panden|sofaen|gardinet|gardinerne) (brænder|står i brand|er i brand)\b",
        r"\bkan (ikke|ik) (få vejret|trække vejret|få luft)\b", r"\b(ondt|smerter|trykken|trykker|jag) i brystet\b", r"\bbrystsmerter\b",
        r"\b(blør|bløder) (meget|voldsomt|kraftigt|stadig|og)\b", r"\bblod (overalt|alle vegne|over det hele)\b",
        r"\b(ligger|liggende) på (gulvet|badeværelsesgulvet|jorden|badeværelset|trappen)\b",
        r"\b(faldet|faldt|falder) .{0,40}\bkan (ikke|ik) (komme op|rejse mig|rejse sig|stå op|bevæge mig|bevæge sig)\b",
        r"\bkan (ikke|ik) (komme op|rejse mig|rejse sig) (fra|af) (gulvet|jorden)\b",
        r"\b(besvimet|besvimede|bevidstløs)\b", r"\bkan (ikke|ik) vække (ham|hende|min|mig)\b(?!.{0,40}\b(om morgenen|til skole|til tiden|sover tungt|sover så tungt|"
        r"i weekenden|vækkeur\w*|teenager\w*)\b)",
        r"\bkan (ikke|ik) mærke (min|sin|hendes|hans) (arm|ben|side|ansigt)\b", r"\b(taler|snakker) sløret\b",
        r"\b(indbrud|brudt ind|bryder ind|brød ind)\b", r"\b(nogen|en fremmed|en mand)( der)? (prøver at komme ind|er inde i|står i (min|mit))\b",
        r"\bder er (nogen|en fremmed|en mand) (i|inde i) (min|mit|huset|lejligheden|stuen)\b(?! (\w+ ){0,3}" + _VISITING21 + r")",
        r"\b(står|er|sidder|går rundt|gemmer sig) (en fremmed|fremmede|en ukendt|nogen jeg ikke kender)\b.{0,25}\b(i|inde i) (min|mit|vores|huset|lejligheden|stuen|gangen|entréen)\b",
        r"\b(en fremmed|fremmede|en ukendt|nogen jeg ikke kender) (\w+ )?(står|er|sidder|går rundt|gemmer sig) (i|inde i) (min|mit|vores|huset|lejligheden|stuen|gangen|entréen)\b",
        r"\b(det|den|ovnen|komfuret|gryden|panden|stikkontakten|fjernsynet) ryger\b" + _IN_USE21, r"\bryger (fra|ud af) (ovnen|komfuret|gryden|panden|stikkontakten)\b",
        r"\bså (jeg|hun|han) ikke kan komme ud\b",
        r"\b(ring|ringe|ringer|ringede|ringet) (til )?112\b", r"\b112\b",
        # (set 15) an ambulance in a story told as over ("sidste år kom ambulancen") is no emergency now
        _PAST15 + r"\bambulancen?\b", r"\bkan ikke komme (derud|ud)\b.*\b(røg|brand|ild)\b",
        r"\bder er flammer\b", r"\bflammer(ne)? (i|fra|ud af|op af) (\w+ )?(køkken\w*|emhætten|gryden|panden|komfuret|ovnen|stuen|lejligheden|huset|sofaen|sengen|skraldespanden)\b",
        r"\b(fuld|fyldt) (af|med) røg\b",
        r"\b(faldet|faldt|ligger|besvimet)\b.{0,40}\b(svarer|reagerer) (ikke|ik)\b",
        r"\bmund(en)? hænger\b(?! ved)", r"\bansigtet hænger\b", r"\bkan pludselig (ikke|ik) (tale|snakke|gå|se|bevæge)\b",
        # nobody coming, collapse, knives, gas (issue #3 corpus extension)
        r"\b(faldet|faldt|(ligget|ligger|liggende) på (gulvet|jorden|badeværelset|trappen))\b.{0,50}\b(der kommer ingen|ingen (der )?kommer|ingen hører (mig|hende|ham|det)|ingen svarer|(der er )?ingen der kommer)\b(?! (på besøg|skade|til skade|noget til))",
        r"\bnødkald\w*\b.{0,40}\b((ingen|ikke nogen) (kommer|svarer)|(kommer|svarer) (der )?(ingen|ikke nogen))\b|\b(ingen|ikke nogen) (kommer|svarer)\b.{0,40}\bnødkald",
        r"\b(trækker|trak) (ikke|ik) vejret\b", r"\bfaldet om\b", r"\bbløder (fra|i) hovedet\b",
        r"\b(står|kommer|går rundt|løber|truer) med (en|sin|hans|hendes) kniv\b(?!.{0,25}\b(skærer|skære|brød|grøntsager|kød))",
        r"\b(gassen|komfuret|ovnen|gasblusset|gaskomfuret)\b.{0,30}\bkan (ikke|ik) slukke\b",
        r"\b(kramper|krampeanfald|krampe|anfald)\b.{0,30}\b(vågner|reagerer|svarer|trækker vejret) (ikke|ik)\b",
        r"\b(mor|far|hun|han|min (mor|far|mand|kone|søn|datter|bror|søster|bedstemor|bedstefar|mormor|morfar|farmor|farfar)) (er |har )?(gået hjemmefra|forsvundet|stukket af|gået sin vej|gået fra plejehjemmet)\b.{0,40}\b(kan|kunne) (ikke|ik) finde\b",
        r"\b(kan|kunne) (ikke|ik) finde (hende|ham|mor|far)\b.{0,30}\b(gået hjemmefra|forsvundet|i nat|siden i går|dement)\b",
        r"\b(sover|sove|sov|skal sove) (på gaden|i en opgang|i opgangen|under en bro|udenfor i nat)\b", r"\b(sover|sove|sov|skal sove) (på en bænk|i en park|i parken)\b.{0,15}\b(i nat|om natten|hver nat)\b",
        r"\b((åbner|åbnede|svarer|svarede) (ikke|ik)|(ikke|ik) (svaret|åbnet|lukket op))\b.{0,40}\b(lugter|lugt)\b",
        r"\bthere'?s a fire\b(?! (drill|alarm|place|in the fireplace))", r"\bfire in (my|the|our) (flat|house|kitchen|room|home|bed|bedroom|apartment)\b",
        r"\bsmoke (is )?(coming )?(from|out of) (the|my|our) (kitchen|oven|stove|cooker|socket|flat|room|bedroom|tv|microwave)\b", r"\b(flat|house|room|kitchen) is full of smoke\b",
        r"\b(fell|fallen|fall|floor)\b.{0,40}\b(can'?t|cannot) get up\b",
        r"\b(fire|smoke|locked|flames)\b.{0,50}\b(can'?t|cannot) get out\b|\b(can'?t|cannot) get out\b.{0,40}\b(fire|smoke|flames)\b", r"\bbreak(ing|s)? into (my|our|the) (flat|house|home|room|apartment)\b",
        r"\b(fell|fallen)\b.{0,40}\b(nobody|no one|noone)\b",
        # probe 3 (december 2026)
        r"\b(faldet|faldt)\b.{0,30}\b(ligget|ligger) (her|på gulvet|på jorden) (siden|i) (i nat|i går|i morges|flere timer|timer|hele natten)\b",
        r"\b(gassen|gaskomfuret|gasblusset)\b.{0,40}\blugter\b",
        # probe 4: falls and being stuck alone, no water, lying for hours
        r"\b(faldet|faldt|falder|faldn|falden|væltet|væltede|gledet|gled|glidet|røget ud|røg ud|sidder fast|sad fast|kommet til at falde)\b.{0,60}\bkan (ikke|ik) (komme op|kom op|komme ud|rejse mig|rejse sig|stå|stå op|bevæge mig|bevæge sig|bevæge benet|bevæge armen|nå telefonen|nå nødkaldet)\b",
        r"\b(sidder|ligger|sad|lå) (helt )?fast (i|på|under|mellem) (badekarret|badekar|karret|bruseren|toilettet|sengen|sengehesten|stolen|lænestolen|gulvet|trappen)\b",
        r"\b(ligger|lå|liggende) (på|i|ude i) (køkkenet|entreen|gangen|badeværelset|haven|trappen|\w+gulvet)\b.{0,40}\bkan (ikke|ik) (komme op|rejse mig|rejse sig|bevæge|stå)\b",
        r"\b(ligget|har ligget|ligger)( på (\w*gulvet|gulvet|jorden|fliserne|trappen)| i (køkkenet|entreen|gangen|badeværelset|haven|badet|karret|badekarret))( \w+)?( siden (i aftes|i går|i nat|i morges|igår|i formiddags|i eftermiddags|klokken \w+|kl \w+)| hele natten| i flere timer| i timevis| i mange timer| i \w+ timer)\b",
        r"\b(faldet|faldt|væltet|væltede|gledet|gled)\b.{0,50}\b(ligget|ligger|lå) her\b",
        r"\b(jeg|hun|han|mor|far|min \w+) er (lige )?(faldet|væltet|gledet|styrtet)\b(?! (tilbage|i søvn|til ro|for|i staver|over|på plads|i snak|i hak|igennem|ud|fra|i unåde|ned i|i skolen|i vægt|i pris))(?!.{0,40}\b(sidste|for \w+ siden|i går|igår|i år|(to|tre|flere|mange|et par) gange|men (jeg|hun|han) (har det|er) (godt|fint|okay)|har det godt|har det fint|nu går|er okay|nu har)\b)"
        r"(?!.{0,80}\b((er|ligger|blev|kom|kørt) (\w+ )?(på|til|ind på) (hospitalet|sygehuset|skadestuen)|indlagt|opereret|"
        r"gips\w*|fik hjælp|har fået hjælp|kom hjem|(har|fik|fået) (brækket|forstuvet|slået|fået (syet|gips|en ny))\b(?!.{0,40}\b(ligger|kan (ikke|ik)|"
        r"ingen|bløder|svarer)\b))\b)",
        r"\bkan (ikke|ik) komme op\b.{0,60}\b(ikke fået (vand|mad|noget)|siden i (går|nat|aftes|morges)|i flere timer|i timevis|hele natten|ingen (hører|kommer|svarer))\b",
        r"\b(ikke|ik|intet|ingen) (fået|drukket) (vand|noget at drikke|væske)\b.{0,15}\b(siden (i går|i forgårs|i morges|igår)|i (to|tre|flere) (dage|døgn)|i et døgn)\b",
        r"\b(er|har) (væltet|faldet|gledet)\b.{0,50}\b(og det er koldt|og jeg fryser|ingen (kan )?(ser|hører) mig|jeg er alene)\b",
        r"\bbløder (fra|i) (panden|øret|ansigtet|baghovedet)\b",
        # probe 4: fire, gas, smoke and acute illness (allergy, stroke, heart, bleeding, swallowed things)
        r"\b(siver|lækker|strømmer|slipper) (der )?(\w+ )?gas\b|\bgas(sen)? (siver|lækker|strømmer|slipper ud)\b|\bgaslæk\w*\b|\bgasudslip\b",
        r"\bflammer\w*( \w+){0,2} (fra|i|ud af|op af|op fra|ud fra) (\w+ )?(køkken\w*|emhætten|gryden|panden|komfuret|ovnen|stuen|lejligheden|huset|sofaen|sengen|skraldespanden|gardinerne|gardinet|stikkontakten|fjernsynet|brødristeren|mikroovnen)\b",
        r"\b(står|stod) i (lys lue|flammer|brand)\b", r"\b(gået|gik) ild i\b",
        r"\bder er (meget |så meget |tyk |sort |masser af |en masse )røg\b", r"\b(sort |tyk |meget |masser af |en masse )?røg (i|over) (hele )?(køkkenet|lejligheden|huset|stuen|opgangen|soveværelset|gangen|rummet|værelset)\b",
        r"\b(kulilte|co|gas)( ?alarm\w*|-alarm\w*)\b.{0,10}\b(bipper|hyler|går|piber|larmer|er gået)\b(?! i stykker)", r"\bkulilteforgiftning\b",
        r"\b(svært ved|problemer med|kan næsten (ikke|ik)|kan dårligt) (at )?(trække vejret|få luft|få vejret|ånde)\b(?! gennem næsen)(?!.{0,50}\b(forkølet|løb\w*|trappen|trapper\w*|bakke\w*|træning|træne\w*|motion|cykle\w*|stress\w*|nervøs|søvnapnø|snork\w*|undersøges|undersøgt)\b)",
        r"\b(halsen|tungen|læben|læberne|ansigtet|munden|svælget) (\w+ )?(hæver|hævet|svulmer|svulmet)\b|\b(min|mit|hans|hendes) (læbe|tunge|hals|ansigt) er (helt )?hævet\b",
        r"\b(fået|får|fik) et ildebefindende\b", r"\b(grå|blå) i (ansigtet|hovedet|læberne|hele ansigtet)\b(?! af)",
        r"\b(ryster|sveder|kramper|bleg|forvirret|sløv|slap)\b.{0,40}\b(svarer|reagerer) (ikke|ik)( rigtigt| ordentligt| på tiltale)?\b",
        r"\b(barn|barnet|søn|datter|lillebror|lillesøster|baby\w*|dreng\w*|pige\w*|barnebarn|ungen|den lille)\b.{0,40}\b(slugt|slugte|spist|spiste|drukket|drak)\b (et |en |nogle |noget |af |nogle af |lidt af |et par af )?(batteri\w*|knapcelle\w*|magnet\w*|opvaskemiddel\w*|opvasketab\w*|vaskepulver|afløbsrens|klorin|rengøringsmiddel\w*|lampeolie|tændvæske|rottegift|gift)\b",
        r"\b(barn|barnet|søn|datter|lillebror|lillesøster|baby\w*|dreng\w*|pige\w*|barnebarn|ungen|den lille)\b.{0,40}\b(fundet|fået fat i)\b (\w+ )?(piller|medicin|tabletter|sovepiller)\b.{0,20}\b(spist|slugt|taget)\b",
        r"\b(ansigt|ansigtet|mund|munden|mundvig\w*) hænger\b(?! (ved|sammen))", r"\b(kan|orker) (ikke|ik) klare? (mere|det mere|mere af det)\W*$",
        r"\b(slap|lam|følelsesløs) i (den ene side|venstre side|højre side|den ene arm|halvdelen af ansigtet)\b",
        r"\b(sveder koldt|koldsved)\b.{0,40}\b(ondt|smerter|brystet|armen|kæben|svimmel)\b|\b(ondt|smerter|brystet|armen|kæben|svimmel)\b.{0,40}\b(sveder koldt|koldsved)\b",
        r"\b(ved at|lige ved at|tror jeg|er ved at) besvime\b(?! af)",
        r"\bblod(et)? (sprøjter|fosser|pibler|strømmer|vælter)\b", r"\b(kan|kunne) (ikke|ik) (stoppe|standse) (blødningen|blodet)\b",
        r"\b(hun|han|barnet|babyen|mor|far|og) (vil|kan) (ikke|ik) (rigtig )?vågne( ordentligt| rigtigt| op)?\b(?!.{0,20}\b(morgen\w*|til skole|tidligt|træt|weekend\w*)\b)",
        r"\b(demens|dement\w*|alzheimer\w*)\b.{0,60}\b(kan|kunne) (ikke|ik) finde (hende|ham|mor|far)\b|\b(kan|kunne) (ikke|ik) finde (hende|ham|mor|far)\b.{0,30}\b(sner|koldt|mørkt|frost)\b",
        r"\b(fundet|fået fat i)\b (\w+ )?(piller|medicin|tabletter|sovepiller)\b.{0,20}\b(og )?(spist|slugt|taget) (nogle|dem|en masse|mange|flere|alle|af dem)\b",
        r"\b(min mor|min far|mor|far|bedstemor|bedstefar|mormor|morfar|farmor|farfar|naboen|min nabo) (har )?(ikke|ik) (svaret|åbnet|taget telefonen|lukket op)\b.{0,30}\bi (to|tre|flere|\d+) (dage|døgn)\b",
        r"\b(høj feber|feber)\b.{0,30}\b(slap|sløv|vågner (ikke|ik)|kramper|svarer (ikke|ik))\b",
        r"(\w*gulvet|\bjorden|\bfundet (hende|ham)|\bfaldet)\b.{0,40}\b(ligget|lå) (der )?(siden (om morgenen|i går|i nat|i aftes|i morges|i formiddags|om natten)|hele natten|i flere timer|i timevis|i \w+ timer)\b(?!.{0,40}\b(sidste|for \w+ siden|dengang)\b)",
        # probe 5 (january 2027): acute danger told short or telegraphic ("hjælp brand", "mor gulv vågner ikke"),
        # stroke and breathing signs, appliances on fire, trapped by water, ice or a door being broken
        r"\bhjælp\b.{0,10}\b(brand|ild|det brænder|røg|gas|indbrud|han slår)\b",
        r"\b(røg|gnister|flammer)\b (\w+ ){0,2}(fra|ud af) (\w+maskinen|\w+ovnen|\w+risteren|stikkontakten|ledningen|opladeren|fjernsynet|tørretumbleren|computeren|emhætten|elkedlen)\b",
        r"\b(mor|far|mormor|morfar|farmor|farfar|bedstemor|bedstefar|min mand|min kone|barnet|babyen|gulv|gulvet)\b.{0,15}\b(vågner|reagerer|svarer) (ikke|ik)\W*$",
        r"\b(faldet|faldt|falde|fald|væltet|væltede|gled|gledet|styrtede|styrtet)\b.{0,30}\bkan (ikke|ik) op\b", r"\bkan (ikke|ik) (komme )?op\b.{0,20}\balene\b",
        r"\b(faldet|faldt|væltet|ligger|sidder fast|gledet)\b.{0,60}\bkan (ikke|ik) (nå|få fat i) (snoren|nødkald\w*|telefonen|alarm\w*|knappen|mobilen|min telefon|nødknappen)\b",
        r"\b(munden|ansigtet|mundvigen|(min|mit|hans|hendes) (mund|ansigt)) (er|blev|bliver) (pludselig |helt )?(skæv|skævt)\b",
        r"\b(kan|kunne) (pludselig )?(ikke|ik) (tale|snakke|sige noget) (ordentligt|rigtigt|tydeligt)\b.{0,30}\b(skæv|hænger|arm|pludselig|slap)\b",
        r"\bblå (om|på|i) (læberne|munden|fingrene|neglene)\b.{0,40}\b(vejret|vågner|reagerer|svarer|slap|bevidstløs)\b", r"\btrækker (næsten|knap|dårligt|kun lige) (ikke )?vejret\b",
        r"\b(nogen|en fremmed|en mand|en fyr|min eks|min ex|fremmede|nogle|han|hun)\b (der |som )?(prøver|forsøger|er ved|prøvede|forsøgte) (at )?(bryde|sparke|smadre|hive|brække) (døren|vinduet|hoveddøren|altandøren|ruden) (op|ind)\b",
        r"\b(han|hun|de|min eks|min ex)\b (sparker|sparkede|smadrer|smadrede|bryder|brød) (døren|hoveddøren|vinduet|ruden) (op|ind)\b",
        r"\b(kaffemaskinen|vaskemaskinen|opvaskemaskinen|mikroovnen|brødristeren|elkedlen|kedlen|stikkontakten|ledningen|opladeren|computeren|fjernsynet|tv'et|tørretumbleren|køleskabet|strygejernet|hårtørreren|emhætten|gardinet|dynen|madrassen|juletræet|adventskransen|skraldespanden|papirkurven|sengen|sofaen) (brænder|står i flammer|er i brand|står i brand|slår gnister)\b(?! (\w+ )?(på|brødet|maden|kaffen|toast\w*|hele tiden|altid))",
        r"\b(jeg|hun|han|barnet|hunden|min \w+) (er )?(gået|gik|står|stod|er|faldet) (ud )?(på|gennem|igennem) isen\b.{0,30}\b(knækker|brister|revner|giver efter|knak|brast)\b|\bfaldet gennem isen\b",
        r"\b(vandet|røgen|ilden|flammerne|branden|gassen)\b.{0,40}\bkan (ikke|ik) (komme )?(ud|væk|ned|op)\b(?! (at|og|på tur))|\bkan (ikke|ik) komme ud\b.{0,40}\b(vandet stiger|røgen|flammerne|ilden)\b",
        # (probe 10, h5) pills or a pill box taken and the person cannot be reached: acute danger (the answer names 112)
        r"\b" + _INGEST + r"\b.{0,40}\b(" + _PILLS[1:-1] + r"|" + _PILL_BOX[1:-1] + r")\b.{0,50}\b" + _UNREACHABLE,
        # (probe 10, h5) the same in an inverted clause ("og nu kan jeg ikke vække hende")
        r"\b(kan|kunne) (jeg|vi|de) (ikke|ik) (vække|få liv i) (ham|hende|min \w+|mor|far)\b(?!.{0,40}\b(om morgenen|til skole|"
        r"til tiden|sover tungt|sover så tungt|i weekenden|vækkeur\w*|teenager\w*)\b)",
    ]


def english_patterns() -> list[str]:
    """The same disclosures as English-speaking citizens write them (the Danish lists carry a few)."""
    return [
        r"\b(take|takes|taking|took|taken) (my|his|her|their) (own )?life\b", r"\b(end|ending|ended) (his|her|their) life\b",
        r"\b(wish|wished|wishing) (i|she|he) (was|were|had been) (dead|never born)\b",
        r"\b(did ?n'?t|didnt|did not|could ?n'?t|could not|would ?n'?t|would not|no longer) (have to )?exist\b",
        r"\bnot (to )?exist any ?more\b", r"\bdisappear (forever|for good|for ever)\b", r"\bsuicide\b",
        # (set 14) a burden ("i'm just a burden to everyone"); not "sorry to be a burden"
        r"(?<!sorry )(?<!sorry to )\b(i'?m|im|i am|i feel like|i feel like i'?m) (just |only |such |nothing but |always )(a )?burden\b",
        r"\bno (reason|point) (in |to )?(living|live|going on|being alive)\b", r"\b(goodbye|farewell) (letter|note)s?\b",
        r"\boverdos", r"\b(swallowed|took|taken|have taken|i'?ve taken) (a whole|the whole|all (of )?(my|her|his)|too many|"
        r"a box of|a bottle of|a packet of|loads of|lots of)\b.{0,20}\b(pills|tablets|paracetamol|pamol|panodil|sleeping pills)\b(?! for| against)",
        r"\b(punch|punches|punched|punching|kick|kicks|kicked|kicking|slap|slaps|slapped|slapping|choke|chokes|choked|strangle\w*|"
        r"shove|shoves|shoved|pinch|pinches|pinched) (me|her|him)\b(?! out| off| in the (game|match))",
        r"\b(he|she|they|husband|boyfriend|girlfriend|wife|partner|dad|father|mum|mom|mother|brother|stepfather|carer|staff)\b"
        r" (hit|hits|hitting|hurt|hurts|hurting|beats|beat) (me|her|him)\b(?! at| in)",
        r"\bbeat(s|ing|en)? (me|her|him) up\b", r"\bthreat\w* (to )?(hurt|kill|hit|beat|harm) (me|her|him|us)\b",
        r"\b(raped|rape me|rapes me|sexually abused|molested|abuses me|abused me|abusing me|abusing her|abusing him)\b",
        r"\btouch(ed|es|ing)? me\b.{0,40}\b(child|kid|little|young|when i was|against my will|don'?t want)\b",
        r"\b(afraid|scared|terrified) (that )?(he|she|they)('ll| will| is going to|'s going to|'re going to| might) (kill|hurt|hit|harm) (me|her|him|us)\b",
        r"\b(not|isn'?t|am not|i'?m not) safe (at home|here|with him|with her)\b",
        r"\b(stepdad|stepfather|stepmum|stepmom|dad|father|uncle|brother|carer|staff|he|she|boyfriend|husband|grandad|grandpa|teacher|neighbour|someone)\b (touch|touches|touched|is touching|keeps touching) me\b(?! (on the (shoulder|arm)|deeply|so much|a lot|with|when (she|he) (sings|sang|spoke|talks)))",
        # probe 6 (h3): restraint and food withheld, in English; looking forward to death
        r"\b(looking forward to|can'?t wait to|cant wait to) (dying|die|death|being dead)\b",
        r"\b(ties?|tied|tying|straps?|strapped|strapping|chains?|chained) (me|her|him|my \w+) (down |up )?(to|in|on) (the|a|my|her|his) (bed|chair|wheelchair|radiator|toilet)\b",
        r"\b(doesn'?t|don'?t|didn'?t|won'?t|wont|never) (give|gave|let) (me|her|him) (any )?(food|water|eat|drink|dinner|meals?)\b.{0,40}\b(hungry|starving|thirsty|punish\w*|angry|days)\b",
        r"\b(scared|afraid|terrified|frightened) of (my|her|his) (husband|boyfriend|girlfriend|wife|partner|dad|father|stepfather|stepmother|mum|mom|mother|brother|carer|son|flatmate)\b",
    ]


def safety_groups() -> list[tuple[str, list[str]]]:
    """The rule groups by name, in the order their patterns are tried (see `safety_patterns`)."""
    return [("suicide", _not_told24(suicide_patterns() + PROBE11_SUICIDE + REVIEW3_SUICIDE + SET13_SUICIDE + SET14_SUICIDE
                                    + SET16_SUICIDE + SET17_SUICIDE + SET18_SUICIDE + SET19_SUICIDE + SET20_SUICIDE
                                    + SET21_SUICIDE + SET22_SUICIDE + SET23_SUICIDE + SET24_SUICIDE
                                    + SET25_SUICIDE + SET26_SUICIDE)),
            ("self_harm", self_harm_patterns() + PROBE11_SELF_HARM + PROBE12_SELF_HARM + SET13_SELF_HARM + SET16_SELF_HARM
                          + SET17_SELF_HARM + SET18_SELF_HARM + SET20_SELF_HARM + SET21_SELF_HARM + SET22_SELF_HARM + SET22_SELF_HARM_EN + SET24_SELF_HARM
                          + SET24_SELF_HARM_MORE + SET25_SELF_HARM),
            ("abuse", abuse_patterns() + PROBE11_ABUSE + PROBE12_ABUSE + SET13_ABUSE + SET15_ABUSE + SET16_ABUSE + SET17_ABUSE
                      + SET18_ABUSE + SET19_ABUSE + SET20_ABUSE + SET21_ABUSE + SET22_ABUSE + SET22_ABUSE_EN + SET22_EXPLOIT + SET22_SEX_IF
                      + SET23_ABUSE + SET23_ABUSE_EN + SET24_ABUSE + SET24_ABUSE_EN + SET25_ABUSE + SET26_ABUSE),
            ("neglect", neglect_patterns() + PROBE12_NEGLECT + SET13_NEGLECT + SET14_NEGLECT + SET18_NEGLECT + SET19_NEGLECT + SET21_NEGLECT
                        + SET24_NEGLECT + SET25_NEGLECT + SET26_NEGLECT),
            ("danger", danger_patterns() + SET15_DANGER + SET19_DANGER + SET20_DANGER + SET21_DANGER
                        + SET21_OVERDOSE + SET22_DANGER + SET24_DANGER), ("english", english_patterns() + SET24_ENGLISH)]


def safety_patterns() -> list[str]:
    """Self-harm, suicidal thoughts, abuse and acute danger. Recall first: every pattern was written
    against indirect phrasing and chat spellings; false hits are checked against idioms in the tests."""
    return [p for _, group in safety_groups() for p in group]


# Idioms that contain safety words but are not disclosures; masked before the safety patterns run.
# A film, series, book, game or programme, named by whole words and their inflections: "bog\w*" also read
# "bogstaveligt" and "film\w*" "filmede", so a disclosure after them was masked as fiction (review 3).
_MEDIA = (r"(\w*film|\w*filmen|\w*filmene|\w*films|\w*serie|\w*serien|\w*serier|\w*serierne|krimi|krimien|krimier|"
          r"krimierne|bog|bogen|bøger|bøgerne|lydbog|lydbogen|roman|romanen|romaner|dokumentar|dokumentaren|dokumentarer|"
          r"afsnit|afsnittet|afsnittene|podcast|podcasten|spillet|computerspil|computerspillet|\w*spillet)")
# Where a scene told from a film or programme ends: a new main clause ("i programmet, så blev han sur og slog hende":
# "så" with the verb before its subject), a new subject after "og" or "så" ("og han slår mig"; not "så hun ikke kunne
# ringe", a purpose inside the scene), or a subject right after the title ("i filmen. han slår mig": no verb second).
_SCENE_END = (r"((så|da|bagefter|derefter|senere|pludselig|nu|og så|og da|og bagefter|og nu) (\w+ )?(blev|begyndte|"
              r"slog|slår|tog|tager|råbte|råber|sparkede|sparker|skubbede|skubber|kom|kommer|gik|går|var|er|fik|får|"
              r"truede|truer|tvang|tvinger|låste|låser|holdt|holder|hev|hiver|kastede|kaster) (han|hun|de|den|det|min|mit|"
              r"hans|hendes)\b|(og|så) (han|hun|de)\b(?! (ikke|ik|ikk|kunne|kan|skulle|ville|måtte)\b))")


def safety_exceptions() -> list[str]:
    return (PROBE11_EXCEPTIONS + PROBE12_EXCEPTIONS + SET13_EXCEPTIONS + SET14_EXCEPTIONS + SET15_EXCEPTIONS
            + REVIEW5_EXCEPTIONS + SET16_EXCEPTIONS + SET17_EXCEPTIONS + SET18_EXCEPTIONS
            + SET19_EXCEPTIONS + SET20_EXCEPTIONS + SET21_EXCEPTIONS + SET22_EXCEPTIONS + SET23_EXCEPTIONS
            + SET24_EXCEPTIONS + SET25_EXCEPTIONS + SET26_EXCEPTIONS) + [
        r"\bd(ø|ør|øde|øer|ø) (næsten |snart |jo )?af (grin|kedsomhed|skam|nysgerrighed|varme|sult|træthed|kulde|spænding)\b",
        r"\b(keder|kede|kedede) (mig|sig) ihjel\b", r"\bdet (slår|slog) (mig|hende|ham)\b", r"\bslår (mig|sig) løs\b",
        r"\bslå (tiden|en handel|op|ihjel tiden)\b", r"\b(slår|slå|slog) tiden ihjel\b", r"\bslå(r)? (mig|sig) ned\b",
        r"\b(dræbe|dræber|dræbte) (lige )?(min|den|det|mit) (wifi|computer|telefon|printer|alarm|vækkeur|mobil|samtale|stemning|ur)\b",
        r"\bsulter ihjel\b", r"\bfryser ihjel\b", r"\bgriner (mig|sig) ihjel\b", r"\bsvømmer ihjel\b", r"\bkeder (mig|sig) til døde\b",
        r"\bpiller? (mod|for) (hovedpine|smerter)\b", r"\b(slog|slår|slået) sig (på|i) (cyklen|knæet|albuen|hovedet|tåen|dørkarmen|bordet|foden|\w*bordet|\w*kanten|\w*skabet|"
        r"\w*døren|\w*karmen|hånden|armen|benet|skinnebenet|ryggen|panden|næsen|\w*trappen|isen|gulvet)\b(?!.*\b(selv|med vilje)\b)",
        r"(?:(?:^|\bjeg )(?:har |er )?(?:lige |bare |også |igen |vist |godt |nok )?(?:slog|slår|slået)|\b(?:slog|slår) jeg) mig (på|i) (cyklen|knæet|albuen|hovedet|tåen|dørkarmen|bordet|foden|"
        r"hånden|armen|benet|fingeren|fingrene|tommelfingeren|tæerne|ryggen|skulderen|panden|næsen|hoften|låret|skinnebenet|håndleddet)\b(?!.*\b(selv|med vilje)\b)(?! med (hånden|hænderne|næven|knytnæven|flad hånd))",
        r"(?<!truer med at )(?<!truede med at )(?<!true med at )\bslå (mig|sig) (slemt|alvorligt|hvis)\b", r"\bbange for at dø\b(?!.{0,30}\bglæder (mig|sig) til\b)", r"\bfalde og slå (mig|sig)\b(?! selv)",
        r"\bslået op\b", r"\bslået ud\b",
        # beating someone at a game, a paper cut
        r"\b(slår|slog|slået|banker|bankede|tæver|tævede) (\w+ ){0,3}(i|til) (dart|skak|ludo|kort|fifa|bowling|billard|bordtennis|badminton|tennis|petanque|krolf|minigolf|kortspil|brætspil|yatzy|quiz)\b",
        r"\b(skar|skåret|skærer) (mig|sig) på (et )?(stykke )?(papir|papiret|en konvolut|konvolutten)\b",
        r"\b(blev|bliver|er blevet) slået (i|til) (fodbold|håndbold|badminton|tennis|bordtennis|hockey|\w*kampen|skak|ludo|kort|fifa)\b", r"\bslår (mig|sig|hende|ham) (helt |totalt |fuldstændig )?ud\b",
        r"\bdet (var|er) (lige )?ved at slå (mig|os) ihjel\b", r"\bslå(r)? (mig|os) ihjel af grin\b", r"\bdet slår (mig|os) ihjel\b",
        r"\bbange for at (de|kommunen|jobcentret|nogen|skat|banken) (tager|tog)\b",
        # a worry about something happening to a family member, not fear of them
        r"\bbange for at (min|mit|mine|hans|hendes|vores) \w+ (bliver|skal|får|er|kommer|dør|falder|mister|flytter)\b",
        r"\b(kommunen|jobcentret|skat|staten|banken|de) (tager|tog) (min|mine|mit)\b(?!.{0,50}\b(ved (ikke|ik) hvor|bostedet|pas|passet|uden at (spørge|sige)|i hemmelighed|og siger|og truer|hver (gang|uge|måned)|så (jeg|hun|han) (ikke|ik) (kan|kunne))\b)",
        r"\b(filmen|sangen|musikken|historien|bogen|det) (rører|rørte) (mig|hende|ham)\b", r"\bslog op\b", r"\bslå min rekord\b", r"\bslå (min|hans|hendes) rekord\b",
        r"\b(det|de|den|dette|arbejdet|jobbet|skolen|\w+en|\w+et|\w+erne|\w+er) (der )?(tager|tog) livet af (mig|os)\b",
        r"\bdødtræt\b", r"\bdødsyg\b", r"\b(brændte|brænder|brændt) (maden|kagen|gryden|boller\w*|pizzaen|toastet|risene|kartoflerne) (på|af|fast)\b",
        r"\bskære (grøntsager|brød|løg|kød|kartofler|frugt|agurk|tomat\w*)\b", r"\bskar (mig|sig) på (kniven|en kniv|et glas|glasset|papiret|dåsen|osteskæreren)\b(?!.{0,30}\bmed vilje\b)", r"\buden at skære (mig|sig)\b",
        r"\bbrænder for\b", r"\bdet rører (mig|hende|ham)\b", r"\bhjertet brænder\b",
        r"\b(huslejen|ventetiden|varmen|kulden|trætheden|regningerne|lektierne|arbejdet|jobbet|skolen|larmen|støjen|kedsomheden|trappen|bakken|træningen|quizzen|eksamen|mødet|den quiz|den film|den bog) ((slår|slog) (mig|os) (helt )?ihjel|(tager|tog) livet af (mig|os))\b",
        r"\b" + _MEDIA + r" (hvor|om|med) .{0,40}?(slået ihjel|dræbt|myrdet|slået)\b",
        r"\bselvmordsforebyg\w*", r"\b(bange|bekymret|nervøs|frygter)\b (for )?at (jeg|hun|han) (skal|vil|kommer til at) dø\b",
        r"\bdø (i|hjemme i) (mit|sit) (eget )?(hjem|hus)\b", r"\bdø hjemme\b",
        r"\bjeg (holder|holdt) mig fast\b", r"\bdet brænder i (halsen|maven|øjnene|mine øjne|huden|munden|fødderne)\b",
        r"\b(katten|kat|hunden|hund|killingen|hvalpen)\b.{0,15}\b(kradser|kradsede|kradset|ridser|ridsede|ridset|hiver|hev|river|rev)\b", r"\b(faldt|faldet|falder)\b.{0,30}\b(slog|slået|slår) (mig|sig)\b(?! selv)", r"\bslog (mig|sig) (ikke|ik)\b",
        r"\b(paintball|fodbold|håndbold|boksning|træning\w*|kamptræning|rugby)\b.{0,40}\bblå mærker\b",
        # probe 3 (december 2026)
        r"\bslut med (mig|hende|ham) (på|i|hos|som)\b", r"\bikke mad med (gluten|laktose|mælk|sukker|kød|svinekød|fisk|nødder|æg)\b",
        r"\b(spiser|spiste) (ikke|ik) (kød|svinekød|fisk|sukker|gluten|mælk|slik|kage)\b", r"\b(cuttet|cutter|cutte) (mit |hendes |hans |sit |dit )?(hår\w*|pandehår\w*|negle\w*|græs\w*|hæk\w*|video\w*|film\w*)\b",
        r"\b(bussen|toget|flyet|vejret|køen|naboen|kommunen|sagsbehandleren|printeren|computeren) (slår|slog) (mig|os) (helt )?ihjel\b",
        r"\bvære til (mødet|møde|stede|festen|fest|rådighed|nytte|besvær|gene|grin|fødselsdag\w*|træning\w*|koncert\w*|undervisning\w*|timen|time)\b",
        # probe 4: look-alikes (machines taking cards, laughing, bicycle tyres, pets on the floor, sport bruises, fiction)
        r"\b\w*automat(en)? (tog|tager|har taget|slugte|åd|spiste) (mit|min|mine)\b",
        r"\bbesvim\w* (næsten )?af (grin|kedsomhed|glæde|lykke|varme)\b", r"\bkan (ikke|ik) få luft i (cykeldækket|dækket|bolden|madrassen|luftmadrassen|ballonen|\w+dækket)\b",
        r"\b(katten|hunden|min kat|min hund|vores kat|vores hund|hvalpen|killingen|legoet|tøjet|puden|dynen|bogen|tæppet) (ligger|lå) på gulvet\b",
        r"\bder er ild i (pejsen|brændeovnen|kaminen|grillen|bålet|bålpladsen)\b", r"\boverdos\w* (på|af) (koffein|kaffe|sukker|slik|kage|netflix|serier|chokolade|energidrik\w*|cola)\b",
        r"\b(katten|hunden|min kat|min hund|vores kat|vores hund|hvalpen|killingen|kaninen) (lægger|lagde|har lagt|lå|ligger) sig\b",
        r"\bhit (me|mig) up\b", r"\b(jeg|vi) (har )?(tømt|tømte|tømmer) (min|vores) (konto|kontoen|opsparing\w*)\b", r"\bblå mærker (til|fra|efter|i|ved) (fodbold|håndbold|træning\w*|boksning|paintball|rugby|kamp\w*)\b",
        r"\b(fik|fået|har) et skår i\b", r"\b(kunne|ku) (godt )?(have )?slå(et)? (mig|sig) selv (oven )?i hovedet\b(?! (med|mod|ind|til))",
        r"\b" + _MEDIA + r" (om|hvor|med) .{0,40}?(tog sit (eget )?liv|begik selvmord|vold\w*|overgreb\w*)\b",
        r"\b(står|stod) på broen og (kigger|kiggede|ser|så) på (solnedgangen|udsigten|bådene|fuglene|svanerne|skibene)\b",
        r"\b(holder|holdt) (mig|hende|ham) i (armen|hånden) (når|mens) (vi|jeg|hun|han) går\b", r"\b(holder|holdt) (mig|hende|ham) i (armen|hånden) (på trappen|over vejen|så (jeg|hun|han) (ikke|ik) falder)\b",
        r"\b(ligger|lå) på gulvet og (laver|lavede|træner|trænede|leger|legede|øver|øvede|strækker|tegner|læser|ser)\b",
        r"\b((min|mit|vores|hans|hendes|naboens|en|et) )?(hund|hunden|kat|katten|hvalp|hvalpen|killing|killingen|hamster|hamsteren|marsvin|marsvinet|kanin|kaninen|rotte|rotten|hest|hesten|slange|slangen|papegøje|papegøjen|undulat|undulaten|myg|myggen|hveps|hvepsen|flåt|flåten) (bed|bider|har bidt|stak|stikker) (mig|hende|ham)\b",
        r"\b(ikke|ik) gider mere (skole|arbejde|lektier|opvask|rengøring|træning|fodbold|svømning)\b",
        r"\b(skubbede|skubber|puffede|puffer) (til )?(mig|hende|ham) for sjov\b(?=.{0,20}\b(leg\w*|fangeleg|spil\w*)\b)",
        r"\bsagt farvel til (os|alle|familien)\b(?= (og|før|inden) (er )?(rejst|flyttet|tager|tog|rejser|flytter|taget afsted|tog afsted))",
        r"\b(ovnen|komfuret|panden|gryden|kaminen|brændeovnen|pejsen) ryger (lidt|altid|tit|ofte)( \w+)? når (jeg|vi|hun|han) (bager|laver mad|steger|tænder)\b",
        # probe 5: look-alikes (a thing that "slår mig ihjel", dying for tickets, "gøre mit bedste" typed "do",
        # kitchen tools, burnt toast and the smoke alarm, fiction and games, laughing, toddlers, taxes)
        r"\b(den|det|denne|dette)( her)? (?!mand|fyr|kvinde|dame|type|idiot|svin)\w+ (slår|slog|tager|tog) (mig|os) (helt )?(ihjel|livet af)\b(?!.{0,20}\bhvis\b)",
        r"\b(skal|vil|kommer til at) dø (hvis|uden) (jeg|vi) (ikke|ik) (får|kommer|ser)\b", r"\b(vil|ville|kunne) dø for at (få|se|møde|vinde|komme|høre)\b(?! (fred|ro|lov|hvile|væk))",
        r"\bdø (mit|sit|dit|vores|jeres|deres) bedste\b", r"\b(kunne|ku) (godt )?(have )?slå(et)? (mig|sig) selv\b(?= (for at|fordi|over|oven i))",
        r"\bdet (river|rev|gør ondt|stikker|trækker) i (mig|hende|ham)\b",
        r"\blugte?r? (af )?brændt (toast|mad|popcorn|kage|brød|pizza|gryde\w*|mælk|grød|kaffe|ris|kartofler|bacon|løg|sovs|suppe)\b",
        r"\brøgalarm\w* (hyler|bipper|går|piber|larmer|går i gang) (hver gang|altid|tit|når (jeg|vi|man) (steger|laver mad|bager|tænder|går i bad))\b",
        r"\bskar (mig|sig) (lidt )?på (rivejernet|mandolinjernet|kartoffelskrælleren|skrælleren|dåselåget|låget|papiret|en kniv|kniven|et glas|glasset|osteskæreren|brødkniven)\b(?!.{0,30}\bmed vilje\b)",
        r"\bi (spillet|spil|minecraft|fortnite|gta|roblox|\w+spillet) (kan|skal|må|kunne) (man|du|jeg|vi)( \w+){0,5}",
        r"\b" + _MEDIA + r" (hvor|om|med) .{0,40}?(slog|slår|skød|skyder|dræbte|dræber|voldtog|truede)\b",
        r"\bblå mærker af (at )?(spille |træne )?(fodbold|håndbold|træning\w*|boksning|paintball|rugby|kamp\w*|karate|judo)\b",
        r"\bkan (ikke|ik) få (vejret|luft) (af grin|for grin|når (jeg|hun|han|vi) griner)\b",
        r"\btog (min|hendes|hans) (pung|dankort|kort) med\b(?=.{0,30}\b(handle|købe|indkøb|butikken|netto|føtex|for (mig|hende|ham))\b)",
        r"\b(slår|slog) sig (så |tit |ofte |meget |hele tiden )*(når|da) (han|hun|de) (lærer|lærte|leger|legede|løber|løb|cykler|kravler|falder)\b",
        r"\b(vågne|vågner) (op )?(igen )?(om natten|midt om natten|hver nat|flere gange om natten|for tidligt|kl \w+|klokken \w+)\b",
        r"\b(taget|tog|tager) (alle )?(mine|sine|hans|hendes) (piller|tabletter|medicin)( \w+)? (i morges|i aftes|til morgenmad|til aftensmad|som (jeg|hun|han) skal|som (jeg|hun|han) plejer|som aftalt)\b",
        # (probe 10, h5) all one's pills taken as the doctor or the carers said
        r"\b(taget|tog|tager) (alle )?(mine|sine|hans|hendes) (\w+ )?(piller|tabletter|medicin)( \w+){0,3} (som (lægen|\w*lægen|"
        r"sygeplejersken|personalet|apoteket|hjemmeplejen|\w*lægen) (har )?(sagde|sagt|siger|ordinerede|ordineret|skrev|anbefalede|"
        r"anbefalet)|som ordineret|som foreskrevet|til tiden|(lige)?som (jeg|hun|han) (skal|plejer|bør))\b",
        r"\b(skar|skærer|skære|skåret) (\w+ )?(kyllingen|kalkunen|anden|kødet|stegen|grisen|kyllingerne|fisken) (ud )?(i|på)\b",
        r"\bher (til|i|på) (jul|påske|nytår|sommer|foråret|morgen|weekenden)\b(?=.{0,30}\b(skal (til|på|ud at)|rejser|flyver|tager til|ferie\w*|besøg\w*|sommerhus\w*)\b)",
        r"\b(skat|skatten|staten|kommunen|huslejen|regningerne|banken) (tager|tog) (halvdelen|det meste|en del|resten|noget|alt|det hele) af\b",
        # probe 6 (h3): rough play in sport; a programme, article or course about a hard subject; pushed in a crowd;
        # dying old or at home; one's own accident with one's own things; a slap from a wave; air in a thing, not lungs
        r"\bhårdhændet\w* (i|til|under|ved|når (vi|de|han|hun) (spiller|spillede|træner|trænede)) (\w+ )?(håndbold|fodbold|\w*bold|træning\w*|kamp\w*|rugby|hockey|ishockey|brydning|judo|karate|boksning)\b",
        r"\b(program\w*|udsendelse\w*|indslag\w*|nyhed\w*|avis\w*|dokumentar\w*|artikel|artiklen|foredrag\w*|kampagne\w*|podcast\w*|tv-program\w*|kursus|kurset|temadag\w*|oplæg\w*|plakat\w*|pjece\w*|video\w*)\b (\w+ ){0,3}om (\w+ ){0,2}(selvmord\w*|vold\w*|overgreb\w*|selvskade\w*|omsorgssvigt\w*|mobning)\b",
        r"\b(skubbet|skubbede|skubber|puffet|puffede)( \w+){0,2} i (køen|trængslen|mængden|bussen|toget|metroen|menneskemængden|kantinen)\b(?!.{0,30}\b(med vilje|ned|omkuld|faldt|igen og igen|hver dag)\b)",
        r"\bdø (som )?(en )?(gammel|gamle|mæt af dage|af alderdom|en naturlig død|i min egen seng|i sin egen seng)\b(?! (i aften|i nat|i dag|nu|snart|i morgen)\b)",
        r"\b(jeg|vi) (har |kom til at |er kommet til at )?(smadret|smadrer|smadrede|smadre|ødelagt|ødelagde|tabte|tabt) (min|mine|mit|vores)\b",
        r"\b(smadret|smadrer|smadrede|ødelagt|ødelagde) (min|mine|mit|hendes|hans) \w+ ved et uheld\b",
        r"\blussing (af|fra) (bølge\w*|vand\w*|vind\w*|gren\w*|en gren|døren|bold\w*|havet|regnen|virkeligheden|livet|skæbnen)\b",
        r"\bkan (ikke|ik) få (luft|mere luft) i (min |mit |sin |sit |den |det |hans |hendes )?(cykel\w*|cykl\w*|\w*dæk\w*|slange\w*|bold\w*|bolden|\w*madras\w*|ballon\w*|\w*bassin\w*|svømmering\w*|hoppeborg\w*|oppustelig\w*|gummibåd\w*|kørestol\w*|rollator\w*)\b",
        # led by the arm or hand to show or help ("hun trak mig i armen for at vise mig noget")
        r"\b(trak|trækker|trukket|tog|tager|hev|hiver) (mig|hende|ham) (?!hårdt|voldsomt|brutalt)(\w+ )?i (armen|hånden) (for at (vise|få|komme|hjælpe|sige)|hen til|med (hen|ud|ind|over)|over vejen)\b(?!.{0,30}\b(hårdt|ondt|blå|skreg|græd)\b)",
        # beaten at a game ("min søster slår mig hver gang vi spiller uno"), unless losing makes someone angry or it hurts
        r"\b(slår|slog|banker|bankede|tæver|tævede|tæsker|tæskede) (mig|hende|ham|os)\b(?=.{0,25}\b((når|hver gang|mens|da|hvis) vi (spiller|spillede) (\w+ )?(uno|skak|ludo|kort|fifa|matador|yatzy|\w*spil|fodbold|badminton|bordtennis|tennis|dart|quiz\w*)|i (uno|skak|ludo|kort|fifa|mario\w*|matador|yatzy|\w*spil\w*|\w+kart|fodbold|badminton|bordtennis|tennis|kortspil|brætspil|quiz\w*))\b)(?!.{0,50}\b(taber|tabte|sur|vred|rasende|ondt|blå|blod|bløder)\b)",
        # an elbow or a push in a crowd (a concert, a queue, a train)
        r"\b(fik|får|fået) (en albue|et skub|et puf)\b(?=.{0,30}\b(koncert\w*|køen|trængsel\w*|mennesker|mængden|toget|bussen|metroen|festival\w*|kamp\w*|fodbold\w*|håndbold\w*)\b)",
        # a joke threat by the citizen; thrown out of a shop; burglaries in the neighbourhood; a bump on furniture; a denial
        r"\b(jeg|vi) (ville|vil|skal|skulle|sagde (at )?(jeg|vi) (ville|vil|skulle)) (slå (ham|hende|dem|dig) ihjel|dræbe (ham|hende|dem|dig))\b(?=.{0,60}\b(sjov|spøg|joke|haha|lol|pjat|grin\w*|mente det (ikke|ik)|mener det (ikke|ik))\b)",
        r"\b(truede|truer|truet) med at (slå|banke|tæske|smadre) (mig|os|dig|ham|hende)( \w+)? i (dart|skak|ludo|kort|fifa|uno|\w*spil\w*|fodbold|badminton|bordtennis|tennis|quiz\w*|\w+kart|bowling|billard|petanque|fifa)\b",
        r"\b(smed|smider|smidt|kastede|kaster|kastet) (mig|os|ham|hende) ud (af|fra) (butikken|bussen|toget|klassen|timen|biografen|caféen|cafeen|baren|festen|\w+butikken|svømmehallen|biblioteket|banken)\b",
        r"\b(været|var|er|sker) (mange |flere |en masse )?(indbrud|indbrudsforsøg) (i|hos) (området|kvarteret|nabolaget|byen|naboen|naboerne|opgangen ved siden af|\w+ (området|kvarteret))\b",
        r"\b(jeg (har |er )?(lige |bare |også |igen )?(slået|slog|slår|stødt|stødte|støder) mig|(hun|han|mor|far) (har |er )?(lige |bare |også |igen )?(slået|slog|slår|stødt|stødte|støder) sig|(slog|stødte) (jeg mig|(hun|han) sig)) (lidt |lige |hårdt |slemt |godt |igen )?(på|i|mod) (\w+kanten|kanten|\w*bordet|\w*døren|dørkarmen|\w*skabet|hylden|radiatoren|\w*lågen|\w*hylden)\b(?!.{0,30}\b(med vilje|selv|igen og igen)\b)",
        r"\b(er|var|føler (mig|sig)) (ikke|ik|slet ikke|overhovedet ikke) (suicidal|selvmordstruet|selvmordstruede|selvmordstanker)\b",
        # the speaker locking the door on themselves ("jeg låser mig inde når jeg skal læse") (review 3)
        r"\b(jeg|vi) (\w+ )?(låser|låste|har låst|lukker|lukkede|holder|holdt|har holdt) (mig|os) (selv )?inde\b",
        # probe 6b (h3): a dislike of being touched; bruises from bumping into things; a hand caught in a door; sleep apnoea
        r"\b(hader|kan (ikke|ik) lide|bryder mig (ikke|ik) om|kan (ikke|ik) tåle|bliver (sur|irriteret|stresset)) (når|at) (folk|man|nogen|fremmede|andre) (rører|rør|tager) (ved |fat i )?(mig|hende|ham)\b(?!.{0,40}\b(tvinger|selvom|holder fast|gør ondt)\b)",
        r"\b(blå mærker|buler)\b (\w+ ){0,3}(fordi|når) (jeg|hun|han) (går|gik|støder|stødte|falder|faldt|snubler|snublede|vælter|væltede) (ind i|over|mod|på) (ting|møbler\w*|\w+)\b",
        r"\b(jeg (har )?(slog|slået|slår|klemte|klemt|klemmer|fik) min|(hun|han) (har )?(slog|slået|slår|klemte|klemt|klemmer|fik) sin|(slog|klemte|fik) (jeg min|(hun|han) sin)) (hånd|finger|fingeren|fingre|fod|tå|tæer|lillefinger) i (døren|bildøren|skuffen|vinduet|skabet|lågen)\b(?!.{0,40}\b(med vilje|igen og igen|til (den|det) (blev|bløder|blødte)|for at)\b)",
        # probe 9 (h2): "slå mig ud af kurs"; hitting oneself on the head over a mistake (not against a wall, not till it
        # bleeds); a body part or an ache that "slår mig ihjel"; the citizen's own angry "jeg kunne slå ham" with a sign it is
        # a figure of speech; a film or series with words between it and "hvor" ("en film i går hvor …")
        r"\b(slå|slår|slog|slået) (mig|sig|hende|ham|os) (helt )?ud af (kurs|balance|ligevægt\w*|takt\w*|fatning\w*)\b",
        r"\b(slår|slog|slå) (mig|sig) selv (oven )?i hovedet (over|for (det|at))\b(?!.{0,40}\b(væggen|muren|døren|gulvet|bløder|blødte|blod|blå|med vilje|igen og igen|til (det|jeg|hun|han) (bløder|blødte|gør ondt|gjorde ondt))\b)",
        r"\b(hovedpine\w*|migræne\w*|smerte\w*|gigt\w*|tømmermænd\w*|forkølelse\w*|allergi\w*|høfeber\w*|halsbetændelse\w*|"
        r"influenza\w*|tandpine\w*|rygsmerte\w*|kløe\w*|hedebølge\w*) (slår|slog|dræber|dræbte|tager livet af|tog livet af) "
        r"(mig|sig|hende|ham|os)( helt)?( ihjel)?\b",
        r"\b(mit|min|mine|hans|hendes|sin|sit|sine) (knæ\w*|ryg|ryggen|hoved\w*|fod|fødder\w*|ben|benet|benene|hofte\w*|skulder\w*|"
        r"nakke\w*|tand|tanden|tænder\w*|mave\w*|arm|armen|arme|armene|hånd|hånden|hænder\w*|nerver\w*|migræne\w*|hovedpine\w*|gigt\w*|"
        r"smerte\w*|allergi\w*|høfeber|tinnitus|øre|ørerne|øjne\w*|hals|halsen|forkølelse\w*|lænd\w*|tømmermænd) (slår|slog|dræber|"
        r"dræbte|tager livet af|tog livet af) (mig|sig|hende|ham|os)( helt)?( ihjel)?\b",
        r"\b(jeg|vi) (kunne|ku|gad) (godt |bare |sgu |simpelthen )*(slå|kvæle|myrde|dræbe|tæske|banke|skyde) (ham|hende|dem|dig)\b"
        r"(?=.{0,60}\b(haha\w*|hehe\w*|lol|sjov|spøg|joke|pjat|irriter\w*|irriterende|gal|sur|tosset|træls|nej men|mener det (ikke|ik))\b)",
        r"\b" + _MEDIA + r" (\w+ ){1,3}(hvor|om|med) .{0,40}?"
        r"(slog|slår|skød|skyder|dræbte|dræber|voldtog|truede|slået ihjel|dræbt|myrdet|tog sit (eget )?liv|begik selvmord|stjal|"
        r"stjæler|stjålet|snød|snyder|låste|låser|tog|tager)\b",
        # a scene told from a film, series or book: its clause up to the speaker's own words ("i filmen i går tog han hendes
        # telefon så hun ikke kunne ringe efter hjælp"; "i filmen slog han hende, og min mand slår mig" keeps its second half)
        r"\bi (filmen|serien|bogen|krimien|romanen|spillet|afsnittet|dokumentaren|gyserfilmen|tv-serien|podcasten|programmet) "
        r"(?!(han|hun|de) )((?!(men|jeg|mig|min|mit|mine|vi|os|vores)\b|" + _SCENE_END + r")\S+ ){1,14}",
        # money taken from the purse to do the shopping for the citizen
        r"\b(tager|tog) (\w+ )?(penge|pengene|kortet|dankortet|kontanter) (fra|i|ud af) (min|mit|hendes|hans) (pung|tegnebog|taske)\b(?= (\w+ ){0,3}(når|mens) (hun|han|de) (handler|køber ind|skal handle))",
    ]


# "nøgen" / "nøgne" (naked) would fold to "nogen" / "nogne", and "nogen" is "someone": a pattern about nakedness read
# "billeder af nogen", "husker ikke noget om nogen". They fold to their own spelling instead; typed without ø, "nogen"
# reads as naked only right after the person it describes ("tog billeder af mig nogen"), never before "gang(e)".
_NAKED_RE = re.compile(r"(?:(?<![^\W\d_])|(?<=\\b))n(ø|oe)g(?=(en|ne)(?![^\W\d_])|en\w)")  # also after a pattern's \b
_NAKED_ASCII_RE = re.compile(r"(?:(?<=\bmig )|(?<=\bhende )|(?<=\bham )|(?<=\bdig ))nogen\b(?! gang)")


def fold(text: str) -> str:
    """Spell æ, ø, å and their ASCII stand-ins (ae, oe, aa) alike, for text typed without æøå ("nøgen" apart, see
    _NAKED_RE).

    Spaces are untouched, so word positions in the folded text are those of the original."""
    text = _NAKED_ASCII_RE.sub("nqgen", _NAKED_RE.sub("nqg", text))
    for a, b in (("ae", "a"), ("oe", "o"), ("aa", "a"), ("æ", "a"), ("ø", "o"), ("å", "a")):
        text = text.replace(a, b)
    return text


def _leading_guards(pattern: str) -> re.Pattern[str] | None:
    """The whole-text guards a pattern opens with ("^(?!.*\\b(filmen|…)\\b)(?!…)"), as one pattern, or None."""
    pos = 1 if pattern.startswith("^") else 0
    if not pattern.startswith("^(?!"):
        return None
    while pattern.startswith("(?!", pos):
        depth, i = 0, pos
        while i < len(pattern):
            c = pattern[i]
            if c == "\\":
                i += 2
                continue
            if c == "[":  # a character class: skip to its end
                j = i + 1
                if j < len(pattern) and pattern[j] == "]":
                    j += 1
                while j < len(pattern) and pattern[j] != "]":
                    j += 2 if pattern[j] == "\\" else 1
                i = j + 1
                continue
            depth += c == "("
            depth -= c == ")"
            i += 1
            if depth == 0:
                break
        pos = i
    return re.compile("^" + pattern[1:pos]) if pos > 1 else None


class _GuardedPatterns(GatedPatterns):
    """GatedPatterns whose opening whole-text guards ("^(?!.*\\bfilmen\\b)") may also be read on the unmasked text:
    an idiom masked out ("i filmen og …") must not blank a word that keeps a pattern quiet."""

    def __init__(self, labelled: list[tuple[str, str]], transform) -> None:
        super().__init__(labelled, transform)
        self.guards = [_leading_guards(p.pattern) for p in self.patterns]

    def _allowed(self, i: int, whole: str | None) -> bool:
        guard = self.guards[i]
        return whole is None or guard is None or guard.match(whole) is not None

    CANDIDATE_CACHE = 256  # texts whose candidate lists are kept; a full cache starts over

    def candidates(self, text: str) -> list[int]:
        """As GatedPatterns.candidates, kept per text: `safety_hit`, `hits_by_group` and the tagger read the same
        message and its readings several times, and for a long message the gate scan costs as much as the patterns."""
        cache = self.__dict__.setdefault("_candidate_cache", {})
        got = cache.get(text)
        if got is None:
            got = super().candidates(text)
            if len(cache) >= self.CANDIDATE_CACHE:
                cache.clear()
            cache[text] = got
        return got

    def first(self, text: str, candidates: list[int] | None = None, whole: str | None = None) -> re.Match[str] | None:
        for i in self.candidates(text) if candidates is None else candidates:
            m = self.patterns[i].search(text)
            if m and self._allowed(i, whole):
                return m
        return None

    def leftmost_by_label(self, text: str, whole: str | None = None,
                          skip: frozenset[str] | set[str] = frozenset()) -> dict[str, re.Match[str]]:
        """The leftmost match of each label; labels in `skip` (already found in another reading) are not searched."""
        out: dict[str, re.Match[str]] = {}
        for i in self.candidates(text):
            if self.labels[i] in skip:
                continue
            m = self.patterns[i].search(text)
            if m and self._allowed(i, whole):
                label = self.labels[i]
                old = out.get(label)
                if old is None or m.start() < old.start():
                    out[label] = m
        return out


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], _GuardedPatterns]:
    exc = re.compile("|".join(f"(?:{fold(p)})" for p in safety_exceptions()))
    # labelled by rule group: `safety_hit` takes the first match of any, `hits_by_group` the leftmost of each
    return exc, _GuardedPatterns([(name, p) for name, group in safety_groups() for p in group], fold)


@lru_cache(maxsize=1)
def _exception_gates() -> GatedPatterns | None:
    """The idioms' gate strings: when none occurs in a text, no idiom can match and masking is skipped.
    None (always mask) if any idiom has no literal gate."""
    gp = GatedPatterns([("exception", p) for p in safety_exceptions()], fold)
    return None if gp.always else gp


def _mask(exc: re.Pattern[str], text: str) -> str:
    out = _mask_kept(exc, text)
    return text if out == text else out  # the text itself when nothing was masked (callers test `masked is folded`)


@lru_cache(maxsize=256)
def _mask_kept(exc: re.Pattern[str], text: str) -> str:
    """`_mask`, kept per text: the readings of a message are masked by `safety_hit` and again by `hits_by_group`."""
    gates = _exception_gates()
    if gates is not None:
        # the same result as exc.sub below, running only the idioms whose words occur (GatedPatterns.sub_all)
        return gates.sub_all(text, _underscores)
    return exc.sub(_underscores, text)


def _underscores(m: re.Match[str]) -> str:
    return re.sub(r"\S", "_", m.group())


# Chat and dialect spellings the normaliser leaves as typed, written out for the patterns ("ikke være her meer",
# "vil ik leve lenger"); whole words only, so the word positions stay those of the text.
_CHAT_SPELLINGS = {"meer": "mere", "mer": "mere", "lenger": "længere", "længer": "længere", "laenger": "længere",
                   "lengere": "længere",
                   # (set 21) letters dropped or doubled in the words of a disclosure ("ik lyst t at lve mer")
                   "lve": "leve", "leeve": "leve", "levve": "leve", "t": "til", "selvmor": "selvmord", "selvmort": "selvmord",
                   "slevmord": "selvmord", "selvmrd": "selvmord", "ihel": "ihjel", "ijel": "ihjel", "ihjæl": "ihjel",
                   "sovpiller": "sovepiller", "tabeletter": "tabletter", "overdosi": "overdosis"}
_CHAT_RE = re.compile(r"(?<!\S)(" + "|".join(_CHAT_SPELLINGS) + r")(?!\S)")


def chat_spellings(norm_text: str) -> str:
    return _CHAT_RE.sub(lambda m: _CHAT_SPELLINGS[m.group(1)], norm_text)


def safety_hit(norm_text: str) -> re.Match[str] | None:
    """A safety disclosure in the normalised text, after masking idioms that only look like one.

    The match is on a folded, masked copy whose words keep their positions:
    `m.string[:m.start()].split()` counts the words before the hit. Kept per text (the tagger asks several times
    about one message)."""
    return _safety_hit_kept(norm_text, _compiled())


@lru_cache(maxsize=256)
def _safety_hit_kept(norm_text: str, compiled: tuple[re.Pattern[str], _GuardedPatterns]) -> re.Match[str] | None:
    norm_text = chat_spellings(norm_text)
    exc, pats = compiled
    folded = fold(norm_text)
    todo = pats.candidates(folded)
    if (not todo and pats.blanking_safe and not _has_spoken(norm_text) and not _V2_RE.search(norm_text)
            and not _V2_NOUN_RE.search(norm_text)
            and not _FILLERS17.search(folded)):
        return None  # masking only blanks characters out: no pattern can match the masked text either
    masked = _mask(exc, folded)
    # the whole-text guards are read on the unmasked text too: a masked idiom must not hide a guard word
    hit = pats.first(masked, todo if masked is folded else None, whole=folded)
    readings = [masked]
    for standard in standard_readings(norm_text) if hit is None else ():
        # chat and spoken verb forms ("han ta'r mine penge") as written, and verb-second order
        readings.append(_mask_reading(exc, fold(standard), folded, masked))
        hit = pats.first(readings[-1], whole=folded)
        if hit is not None:
            break
    for reading in _without_fillers(exc, readings) if hit is None else ():
        hit = pats.first(reading, whole=folded)
        if hit is not None:
            break
    if hit is None:
        rest = without_guard_clauses(masked)
        if rest is not None:
            hit = pats.first(rest)
    return hit


def _mask_reading(exc: re.Pattern[str], reading: str, folded: str, masked: str) -> str:
    """A reading of the text, masked. A reading of the same length (verb-second order: two words swapped) also keeps
    the original's masks, so an idiom or a scene read in the original order ("i filmen slår han hende") stays masked."""
    out = _mask(exc, reading)
    if len(reading) != len(folded) or masked is folded:
        return out
    return "".join("_" if m == "_" and f != "_" else c for c, m, f in zip(out, masked, folded))


def hits_by_group(norm_text: str) -> dict[str, re.Match[str]]:
    """As `safety_hit`, the leftmost match of every rule group that matches ("suicide", "abuse", …): which kind of
    disclosure it is (forbered.safety.safety_kind). A group that only matches the spoken-verb reading
    (`standard_verbs`) gives that reading's match (the same words, other spellings)."""
    return dict(_hits_by_group_kept(norm_text, _compiled()))


@lru_cache(maxsize=256)
def _hits_by_group_kept(norm_text: str, compiled: tuple[re.Pattern[str], _GuardedPatterns]) -> dict[str, re.Match[str]]:
    norm_text = chat_spellings(norm_text)
    exc, pats = compiled
    folded = fold(norm_text)
    masked = _mask(exc, folded)
    found = pats.leftmost_by_label(masked, whole=folded)
    readings = [masked]
    # a later reading only adds groups the earlier ones lack (setdefault), so the groups found are not searched again
    for standard in standard_readings(norm_text):
        readings.append(_mask_reading(exc, fold(standard), folded, masked))
        for label, m in pats.leftmost_by_label(readings[-1], whole=folded, skip=set(found)).items():
            found.setdefault(label, m)
    for reading in _without_fillers(exc, readings):
        for label, m in pats.leftmost_by_label(reading, whole=folded, skip=set(found)).items():
            found.setdefault(label, m)
    if not found:
        rest = without_guard_clauses(masked)
        if rest is not None:
            found = pats.leftmost_by_label(rest)
    return found


# The guards that keep help and rules quiet (_AGREED, _NO_AUTHORITY, _AUTH12: "det har vi aftalt", "min værge",
# "lægen siger") look at the whole message, so an innocent clause could hide a disclosure in another one ("sygeplejersken
# kommer hver dag. min søn vil ikke lade mig se mine venner"). When a message with such a word has no hit, the clauses
# that hold one are blanked out and the rest is read again. The text has lost its punctuation, so a clause starts at
# "men", "fordi", "selvom", "mens", at "og" before a subject, and at a subject followed by a finite verb after a word
# that is neither a preposition, a conjunction nor a verb ("… med regningerne min kæreste tager …"). A short clause
# with a guard word and a word that points back ("det har vi aftalt", "som aftalt", "hun er så god til det") speaks of
# the clause before it and is blanked with it.
_GUARD16 = re.compile(fold(
    r"\b(aftal\w*|værge\w*|bostøtte\w*|bad (ham|hende|dem) om|selv (bedt|bad|valgt)|det er (godt|fint|rart|trygt)|for at "
    r"hjælpe|hjælper (mig|hende|ham)|god til|dygtig til|passer på (mig|hende|ham)|som vi (har )?sagt|regl\w*|læge\w*|"
    r"fysioterapeut\w*|sygeplejerske\w*|hospital\w*|sygehus\w*|afdeling\w*|kommune\w*|politi\w*|dommer\w*|"
    r"sagsbehandler\w*|chef\w*|leder\w*|lærer\w*|mentor\w*|pædagog\w*|kontaktperson\w*|træner\w*|personalet|diætist\w*|"
    r"psykolog\w*|psykiater\w*|vejleder\w*)\b"))
_LEADS16 = frozenset(fold(w) for w in ("men", "but", "fordi", "selvom", "skønt", "mens"))
_SUBJECTS16 = frozenset(fold(w) for w in ("jeg", "han", "hun", "vi", "de", "det", "du"))
_OWNERS16 = frozenset(fold(w) for w in ("min", "mit", "mine", "hans", "hendes", "vores", "deres", "din", "dit", "dine"))
_NO_START16 = frozenset(fold(w) for w in (
    "at", "som", "der", "og", "men", "hvis", "når", "så", "fordi", "om", "end", "hvor", "hvad", "hvem", "hvorfor", "hvordan",
    "selvom", "mens", "da", "til", "med", "på", "i", "af", "for", "fra", "hos", "ved", "under", "over", "efter", "uden", "mod",
    "imod", "mellem", "gennem", "omkring", "inden", "før", "bag", "siden", "hvornår", "eller", "både", "enten", "ikke", "ik",
    "også", "nok", "vel", "jo", "kun", "bare", "lige", "tror", "ved", "siger", "sagde", "synes", "mener", "håber"))
_FINITE16 = frozenset(fold(w) for w in (
    "er", "var", "har", "havde", "kan", "kunne", "vil", "ville", "skal", "skulle", "må", "måtte", "får", "fik", "gør", "gjorde",
    "går", "gik", "kommer", "kom", "tager", "tog", "tar", "giver", "gav", "gir", "siger", "sagde", "slår", "slog", "ser", "så",
    "ved", "vidste", "bliver", "blev", "holder", "holdt", "hjælper", "hjalp", "styrer", "bestemmer", "bruger", "brugte",
    "passer", "ringer", "sender", "truer", "råber", "låser", "låste", "lader", "lod", "gider", "orker", "tør", "bor", "boede",
    "sidder", "sad", "ligger", "lå", "står", "stod", "spiser", "spiste", "sover", "sov", "låner", "lånte", "hæver", "hævede",
    "beholder", "gemmer", "gemte", "kalder", "kaldte", "sparker", "skubber", "nægter", "nægtede", "plejer", "prøver", "prøvede"))
_BACK16 = frozenset(fold(w) for w in ("det", "dette", "den", "dem", "som", "så"))
_CLAIMED16 = frozenset(fold(w) for w in ("siger", "sagde", "påstår", "påstod", "mener", "synes", "kalder", "kaldte"))
_FINITE_END16 = re.compile(r"\w{2,}(er|ede|te)$")


def _clause_starts(words: list[str]) -> list[int]:
    """Where each clause begins (word indices), read from the words alone (see _GUARD16)."""
    starts = [0]
    n = len(words)

    def finite(j: int) -> bool:
        return j < n and (words[j] in _FINITE16 or bool(_FINITE_END16.match(words[j])))

    for i in range(1, n):
        w, prev = words[i], words[i - 1]
        lead = w in _LEADS16 or (w == "og" and i + 1 < n and (words[i + 1] in _SUBJECTS16 or words[i + 1] in _OWNERS16))
        subject = prev not in _NO_START16 and prev not in _FINITE16 and (
            (w in _SUBJECTS16 and finite(i + 1))
            or (w in _OWNERS16 and (finite(i + 2) or (finite(i + 3) and not finite(i + 2)))))
        if lead or subject:
            starts.append(i)
    return starts


def without_guard_clauses(masked: str) -> str | None:
    """The text with the clauses that hold a guard word blanked out (underscores, word positions kept), or None when
    no clause holds one or every clause does."""
    if not _GUARD16.search(masked):
        return None
    words = masked.split(" ")
    starts = _clause_starts(words)
    if len(starts) < 2:
        return None
    spans = list(zip(starts, starts[1:] + [len(words)]))
    guarded = [bool(_GUARD16.search(" ".join(words[a:b]))) for a, b in spans]
    for k, (a, b) in enumerate(spans):
        # "det har vi aftalt", "hun er så god til det" speak of the clause before it (or after, when first)
        if guarded[k] and b - a <= 8 and _BACK16.intersection(words[a:b]):
            guarded[k - 1 if k else min(1, len(spans) - 1)] = True
        # a short reason with a guard word ("fordi han er min værge") explains the clause before it, unless the reason
        # is only what the other person claims ("fordi hun siger det er reglen")
        elif (guarded[k] and k and words[a] == "fordi" and b - a <= 8
              and not _CLAIMED16.intersection(words[a:b])):
            guarded[k - 1] = True
    if all(guarded) or not any(guarded):
        return None
    out = list(words)
    for (a, b), g in zip(spans, guarded):
        if g:
            out[a:b] = ["_" * len(w) for w in words[a:b]]
    return " ".join(out)


# Emojis. Normalisation drops them, so "🔪🩸 igen i aften" reaches safety_hit as "igen i aften". emoji_hit looks
# at the raw text instead, conservatively: only combinations that rarely mean anything else fire, and a
# message that shows an ordinary context (food, hair, knots, fiction, laughing) stays quiet. Data, not logic.
def _emojis(spaced: str) -> frozenset[str]:
    """A set of emojis written with spaces between them (variation selectors left off: they are matched apart)."""
    return frozenset(spaced.split())


MEANS_EMOJIS = _emojis("🔪 🗡 🪒 ✂ 🩸 🪢 💊 🔫 ☠")  # a way to hurt oneself or be hurt
DEATH_EMOJIS = _emojis("⚰ 🪦")  # grief as often as a wish: never enough without a means emoji
DESPAIR_EMOJIS = _emojis("😢 😭 💔 😞 😔 🥀 🖤 😿 😥 ☹ 🙁 😣 😖 😩 😫 😪")
# laughing and happy faces ("💀" is slang for laughing), and things that set an ordinary scene
LIGHT_EMOJIS = _emojis("😂 🤣 💀 😆 😅 😹 😁 😄 😊 🙂 😀 😃 😜 😝 😋 🥳 ❤ 🥰 😍 👍 🎉")
CONTEXT_EMOJIS = _emojis(
    "🍅 🥕 🧅 🧄 🥩 🍖 🍗 🥦 🍞 🧀 🍎 🍏 🍋 🥒 🍳 🥘 🍲 🍕 🥔 🫑 🌶 🍰 🎂 🥗 🍉 🐟 🍽 🥄 🍴 "  # cooking
    "💇 💈 🧵 🪡 🎨 📦 🎁 ⛵ 🧗 🏕 🎣 🪁 "  # hair, sewing, crafts, knots and ropes outdoors
    "🎃 👻 🧟 🧛 🎬 📺 🎮 🕹 🍿 📖 🎭 🏥 💉 🤒 🤧 🩹")  # fiction, games, being ill or vaccinated
CONTEXT_WORDS = (r"\b(mad|madlavning|lave mad|laver mad|lavede mad|salat|suppe|gryde\w*|grøntsager|løg|kartofler|tomat\w*|kød|"
                 r"finger\w*|klip\w*|hår|håret|haar|haaret|frisør\w*|frisor\w*|pandehår|knob|sejl\w*|klatr\w*|spejder\w*|film\w*|serie\w*|gyser\w*|"
                 r"halloween|spil\w*|zombie\w*|husk\w*|dosis\w*|dosisæske\w*|apotek\w*|recept\w*|vitamin\w*|læge\w*|"
                 r"vaccin\w*|blodprøve\w*|doner\w*|tandlæge\w*|næseblod|menstruation)\b")
FINAL_WORDS = r"\b(alle|slut|farvel|for altid|nok nu|nu er det nok|orker (ikke|ik)|kan (ikke|ik) mere|vil (ikke|ik) mere|sidste gang|godnat for altid)\b"
EMOJI_MAX_WORDS = {"two_means": 15, "means_despair": 6, "many_pills": 10, "means_self": 8, "means_again": 6}
# (set 20) a means emoji with only words of time and repetition ("🔪 igen i nat", "🪒 i aftes igen", "🔪🔪 stadig hver dag"):
# a self-harm told again; folded (see `fold`)
AGAIN_WORDS = (r"^\W*(jeg |har |jeg har |det |gjort det |gjorde det |det skete )?((igen|i nat|i aftes|i gar|igar|i dag|idag|i morges|"
               r"hver dag|hver aften|hver nat|stadig|lidt|nu|endnu en gang|en gang til|for (\w+|\d+) gang)\W*)+$")
# a means emoji standing for the verb, aimed at oneself: the words are only "(på/i) mig selv" and a time ("🔪 mig selv
# igen", "🪒 i mig selv i nat"), not "🪒 barberer mig selv" or "en 🔪 til mig selv"
SELF_WORDS = r"^\W*(jeg )?((på|i) )?(mig|sig) selv( igen| nu| i nat| i aften| i går| i dag| hver dag)*\W*$"  # how short a message each signal needs


@lru_cache(maxsize=1)
def _emoji_re() -> re.Pattern[str]:
    every = MEANS_EMOJIS | DEATH_EMOJIS | DESPAIR_EMOJIS | LIGHT_EMOJIS | CONTEXT_EMOJIS
    return re.compile("(" + "|".join(map(re.escape, sorted(every, key=len, reverse=True))) + ")[\ufe0f\U0001f3fb-\U0001f3ff]*")


def emoji_hit(text: str) -> str | None:
    """A safety signal in the emojis of the RAW text (normalisation drops emojis), or None.

    Fires on two different emojis of which one is a means ("🔪🩸", "💊⚰️"), on a means emoji with a
    despair emoji in a message of a few words ("🪒😭 igen"), and on 💊 three or more times with a despair
    emoji or a final word ("💊💊💊💊 så er det slut"), and on a means emoji other than 💊 with "mig selv" in a message of
    a few words ("🔪 mig selv igen"). Quiet when laughing/happy faces, cooking, hair, knots,
    fiction or illness set the scene, and on grief alone ("min hamster døde 😭⚰️"). Returns the span of
    the raw text from the first to the last emoji that counted."""
    found = [(m.group(1), m.start(), m.end()) for m in _emoji_re().finditer(text or "")]
    means = [f for f in found if f[0] in MEANS_EMOJIS]
    if not means:
        return None
    kinds = {f[0] for f in found}
    if kinds & (LIGHT_EMOJIS | CONTEXT_EMOJIS):
        return None
    words = text.lower()
    if re.search(CONTEXT_WORDS, words):  # not folded: "hår" folded is "har"
        return None
    n_words = len(re.findall(r"[^\W\d_]+", text))
    despair = [f for f in found if f[0] in DESPAIR_EMOJIS]
    death = [f for f in found if f[0] in DEATH_EMOJIS]
    pills = [f for f in means if f[0] == "💊"]
    used: list[tuple[str, int, int]] = []
    if len({f[0] for f in means + death}) >= 2 and n_words <= EMOJI_MAX_WORDS["two_means"]:
        used = means + death
    if not used and despair and n_words <= EMOJI_MAX_WORDS["means_despair"] and any(f[0] != "💊" for f in means):
        used = [f for f in means if f[0] != "💊"] + despair
    if not used and n_words <= EMOJI_MAX_WORDS["means_self"] and re.search(SELF_WORDS, _emoji_re().sub(" ", words)):
        used = [f for f in means if f[0] != "💊"]
    if not used and n_words <= EMOJI_MAX_WORDS["means_again"] and re.search(AGAIN_WORDS, fold(_emoji_re().sub(" ", words))):
        used = [f for f in means if f[0] != "💊"]
    if not used and len(pills) >= 3 and n_words <= EMOJI_MAX_WORDS["many_pills"] and (despair or re.search(fold(FINAL_WORDS), fold(words))):
        used = pills + despair
    if not used:
        return None
    return text[min(f[1] for f in used):max(f[2] for f in used)]


# (probe 11, h10) Chat and spoken verb forms, as data: "tar"/"ta'r" for "tager", "gi'r" for "giver", "sir" for
# "siger", "bli'r" for "bliver" … normalize.py leaves them as typed, so a pattern written for "tager" misses
# "han ta'r mine penge". `safety_hit` and `hits_by_group` also try the text with these words read as written
# Danish (one word for one word, so word positions stay those of the original). Keys are normalised, unfolded
# tokens ("lå" stays "lå"; only "la" is "lade"): forms normalize.py already rewrites are not here ("bli" and "ett" it
# reads as "blive" and "ikke"; typed "sa" arrives as "så", see _SAID_SA). A form with two readings ("la": "lade" or "lod") lists both with
# "|": the text is read once with the first and once with the second (`standard_readings`).
SPOKEN_VERBS: dict[str, str] = {
    "tar": "tager", "ta'r": "tager", "ta'er": "tager", "ta": "tage", "ta'e": "tage", "ta'et": "taget",
    "gir": "giver", "gi'r": "giver", "gi": "give", "gi'et": "givet",
    "sir": "siger", "si'r": "siger", "si": "sige", "sa'e": "sagde",
    "blir": "bliver", "bli'r": "bliver",
    "lar": "lader", "la'r": "lader", "la": "lade|lod",
    "trur": "truer", "tru'r": "truer", "smir": "smider", "smi'r": "smider", "smi": "smide",
    "slår'r": "slår", "hiv'r": "hiver", "riv'r": "river",
    "mej": "mig", "mæj": "mig", "hu": "hun", "hend": "hende",
    # West and South Jutlandic "a" (jeg) and "itt" (ikke)
    "a": "jeg", "itt": "ikke",
}
_SPOKEN_RE = re.compile(r"(?<!\S)(" + "|".join(sorted(map(re.escape, SPOKEN_VERBS), key=len, reverse=True)) + r")(?!\S)")
# typed "sa" (said) reaches the rules as "så" (normalisation reads ASCII "sa" as "så"): between a person and the start
# of what was said it is "sagde" ("han så han dræber mig", "min far sa at jeg skal betale"). The one who says is a pronoun
# or a person named with a possessive (_KIN and the like, _SAYER14), never a thing: "han gemmer mine piller så jeg ikke
# kan tage dem alle" is a purpose ("so that"), not "mine piller sagde".
# a person who says something (so "så" after them may be typed "sa", said; see _SAID_SA)
_SAYER14 = (r"(han|hun|hu|de|du|jeg|(?:min|mit|mine|hans|hendes|sin|vores) (?:nye |gamle )?(?:" + _KIN[1:-1] + r"|pædagog\w*|"
            r"kontaktperson\w*|hjælper\w*|hjemmehjælper\w*|læge\w*|chef\w*|lærer\w*|mentor\w*|sagsbehandler\w*|"
            r"\w*mor|\w*far|\w*bror|\w*søster))")
_SAID_SA = re.compile(r"\b(?P<who>" + _SAYER14 + r" )så(?P<what> (?:at|han|hun|hu|de|jeg|du|det|den|"
                      r"mig|dig|hende|ham|vi|i|hvis)\b)")


def _has_spoken(norm_text: str) -> bool:
    return bool(_SPOKEN_RE.search(norm_text) or _SAID_SA.search(norm_text))


def standard_verbs(norm_text: str, reading: int = 0) -> str:
    """The normalised text with chat and spoken forms (SPOKEN_VERBS) replaced word for word (`reading`: which of
    two readings a form with two takes)."""
    def one(m: re.Match[str]) -> str:
        options = SPOKEN_VERBS[m.group()].split("|")
        return options[min(reading, len(options) - 1)]
    return _SAID_SA.sub(r"\g<who>sagde\g<what>", _SPOKEN_RE.sub(one, norm_text))


# (set 13) Verb-second order: after a fronted clause or adverbial a Danish main clause puts the finite verb before
# its subject ("når det bliver for meget banker jeg hovedet ind i væggen", "om aftenen slår jeg mig selv", "hver aften
# tænker jeg på at dø", "i aftes skar hun i armen igen"). The patterns are written subject first, so the rules also
# read the text with such a verb and the pronoun after it traded ("jeg banker"): two words swap places, so the
# length, the word count and every other word's position stay those of the original. Only inside a sentence (a
# question opens with the verb: "slår han dig?"); "så jeg" (so I / I saw) and other function words are never swapped.
# Not "er"/"var" ("hvis jeg beder om hjælp, er jeg bare en byrde" is a condition), and not before "ikke mere": a
# fronted object ("det tunge orker jeg ikke mere", "opvasken gider jeg ikke mere") would read as the bare "jeg orker
# ikke mere".
# The verbs of the disclosures only (hurting, taking, thinking, wanting, threatening, keeping back), in present and
# past: everyday inversions ("så går jeg", "i dag har jeg", "nu kan jeg") are not read again, which keeps the cost of
# the second reading to the few messages that can gain from it.
_V2_VERBS = ("skærer", "skar", "slår", "slog", "banker", "bankede", "dunker", "dunkede", "hamrer", "hamrede", "brænder", "brændte",
             "bider", "bed", "kradser", "kradsede", "ridser", "ridsede", "river", "rev", "stikker", "stak", "niver", "nev",
             "klemmer", "klemte", "sulter", "sultede", "kaster", "kastede", "tager", "tog", "sluger", "slugte", "drikker", "drak",
             "spiser", "spiste", "tænker", "tænkte", "overvejer", "overvejede", "ønsker", "ønskede", "drømmer", "drømte",
             "sparker", "sparkede", "truer", "truede", "tvinger", "tvang", "rører", "rørte", "befamler", "befamlede", "låser",
             "låste", "lukker", "lukkede", "hiver", "hev", "skubber", "skubbede", "kalder", "kaldte", "holder", "holdt",
             "giver", "gav", "gemmer", "gemte", "samler", "samlede", "hamstrer", "straffer", "straffede", "tæsker", "tæskede",
             "smider", "smed", "kommer", "kom", "glemmer", "glemte", "efterlader", "efterlod", "råber", "råbte", "skriger",
             "skreg", "knalder", "knaldede", "smadrer", "smadrede", "planlægger", "planlagde", "skriver", "skrev", "googler",
             "googlede", "søger", "søgte", "gemmer", "bruger", "brugte", "hæver", "hævede", "stjæler", "stjal", "snyder", "snød",
             "orker", "gider", "magter", "vil", "ville", "længes", "ligger", "lå", "sidder", "sad", "får", "fik")
_V2_RE = re.compile(r"(?<=\w )(" + "|".join(sorted(set(_V2_VERBS), key=len, reverse=True)) + r") (jeg|hun|han|vi|de)\b"
                    r"(?! (?:ikke|ik|aldrig) (?:\w+ )?(?:mere|længere)\b)")


# (set 22) The same inversion with a noun subject and the speaker or a third person as object ("da jeg gik i skole
# voldtog en lærer mig", "i går slog min far mig"): read as "en lærer voldtog mig".
_V2_NOUN_VERBS = _V2_VERBS + ("voldtog", "voldtager", "misbrugte", "misbruger", "krænkede", "krænker", "tæskede", "tævede",
                              "tæver", "kvalte", "kvæler", "mishandlede", "mishandler", "overfaldt", "overfalder", "spærrede",
                              "spærrer", "bandt", "binder", "tvang", "truede")
_NOT_NOUN22 = r"(?!(?:til|på|i|af|med|for|om|og|at|ikke|ik|så|da|fra|ud|ind|op|ned|hjem|væk|igen|bare|lige|også|altid)\b)"
_V2_NOUN_RE = re.compile(r"(?<=\w )(" + "|".join(sorted(set(_V2_NOUN_VERBS), key=len, reverse=True)) + r") ((?:en|et|min|mit|"
                         r"hans|hendes|vores|deres|to|nogle|flere) (?:" + _NOT_NOUN22 + r"\w+ )?" + _NOT_NOUN22 + r"\w+(?: (?:af|fra|på|i) "
                         r"(?:\w+ )?\w+)?) (mig|hende|ham|os)\b")


def verb_second_reading(norm_text: str) -> str:
    """The text with each inverted finite verb and subject pronoun put in subject-verb order (see _V2_RE), and a noun
    subject before an object pronoun likewise (_V2_NOUN_RE)."""
    return _V2_NOUN_RE.sub(r"\2 \1 \3", _V2_RE.sub(r"\2 \1", norm_text))


# (set 17) Adverbs of frequency and degree that sit between subject, verb and object ("han slår også mig", "hun sparker
# tit til mig", "kæresten slår nogle gange også mig", "han slår bare lige mig"): the patterns are written without
# them, so the rules also read the text with them left out. Not "lige" in "lige meget", "lige som", "lige nu" …
_FILLERS17 = re.compile(fold(
    r"(?<!\S)(tit og ofte|også|osse|ogs|altid|tit|ofte|nogle gange|nogen gange|nogle gang|nogen gang|somme tider|af og til|"
    r"engang imellem|ind imellem|indimellem|nu og da|hele tiden|bare|bar|jo|sgu|vel|egentlig|faktisk|virkelig|stadig|stadigvæk|"
    r"alligevel|efterhånden|da også|altså|asså|åbenbart|simpelthen|nemlig|endda|"
    r"lige(?! (meget|som|så|sådan|nu|netop|dø|død|døde)(?!\S)))(?!\S) ?"))


def filler_reading(text: str) -> str:
    """The text with the adverbs of _FILLERS17 left out (the text itself when it has none). The rules read it from
    the masked text (`_without_fillers`), so an idiom masked with its filler ("og det vil jeg også gerne") stays masked."""
    out = _FILLERS17.sub("", text)
    return out.rstrip() if out != text else text


def _without_fillers(exc: re.Pattern[str], masked: list[str]) -> list[str]:
    """The masked readings without fillers, masked again (a reading that has none is left out)."""
    out = []
    for m in masked:
        bare = filler_reading(m)
        if bare != m:
            out.append(_mask(exc, bare))
    return out


def standard_readings(norm_text: str) -> list[str]:
    """The readings of the text that differ from it: its spoken-verb readings (none when it has no chat or spoken
    form) and the verb-second reading of the text and of each of them."""
    out: list[str] = []
    for reading in (0, 1):
        standard = standard_verbs(norm_text, reading)
        if standard != norm_text and standard not in out:
            out.append(standard)
    for text in [norm_text, *out]:
        v2 = verb_second_reading(text)
        if v2 != text and v2 not in out:
            out.append(v2)
    return out


# (probe 11, h10) Shared pieces. Partners and the like as the one who decides; a third person's ban names them.
_PARTNER = r"(kæreste\w*|mand|manden|kone|konen|samlever\w*|partner\w*|eks|ekskæreste\w*|kærest|kærsten|svigermor|svigerfar)"
# (parents are left out: a young adult at home asks them for leave as a matter of course)
_DECIDER = (r"(ham|hende|(min|mit|hans|hendes|sin|vores) (nye |gamle )?(" + _PARTNER[1:-1] + r"|stedfar|svigerfamilie))")
# work, school, caseworkers and doctors are asked for leave as routine
_ROUTINE_LEAVE = (r"^(?!.*\b(sagsbehandler\w*|chef\w*|leder\w*|lærer\w*|mentor\w*|jobcent\w*|praktik\w*|arbejde\w*|job\w*|skole\w*|"
                  r"kursus|kurset|læge\w*|lægen|kommune\w*|pædagog\w*|kontaktperson\w*|bostøtte\w*|værge\w*|fri)\b)"
                  # leave to use the other's own things ("hans tilladelse for at låne hans bil"): an owner asked (review 3)
                  r"(?!.*\b(låne|lånte|bruge|brugte|køre i|køre på|køre med|sidde i|røre ved|spille på) (hans|hendes|deres|\w+s) \w+)")
# who decides, after a ban (extends _SAY_SO): "uden han ved hvor jeg er", "uden at hendes mand siger ja"
# folded "før" is "for": "for min kæreste" with a verb after is "før min kæreste kommer hjem", a time, not who decides
_NOT_UNTIL = r"(?! (\w+ )?(kommer|kom|er|var|har|havde|går|gik|siger|ringer|vågner|får|fik|bliver|blev|skal|vil|kan|sover|tager|når))"
_SAY_SO11 = (r"(" + _SAY_SO[1:-1] + r"|uden (at )?(han|hun|de|" + _DECIDER[1:-1] + r") (ved (det|hvor|hvem|hvad)|siger (ja|ok|okay|god|"
             r"at det er (ok|okay|i orden))|giver (lov|tilladelse)|har sagt (ja|ok|okay|god)|får det at vide|er med)|for (min|hans|hendes|sin) "
             + _PARTNER + _NOT_UNTIL + r")")
# threats made with a condition on telling, calling for help or leaving ("han siger han brænder huset ned hvis jeg ringer
# til politiet"); not a condition on an errand ("han går hvis jeg ikke tager med")
_THREAT_HARM = (r"(slå\w* (mig|hende|ham|os|dig|børnene)( \w+)? ihjel|slår (mig|hende|ham|os|dig)( \w+)? ihjel|dræbe\w*|dræber|myrde\w*|"
                r"brænde\w*|smadre\w*|tage (børnene|ungerne|barnet|mit barn|min søn|min datter|hendes børn|hans børn)|gøre (mig|hende|ham|"
                r"os|dig|børnene) (noget|fortræd|ondt|skade)|skade (mig|hende|ham|os|dig|børnene)|fortryde\w*|straffe\w*|finde (mig|hende|"
                r"ham)|slå (mig|hende|ham|os|dig)|tæve\w*|tæske|banke (mig|hende|ham|os|dig)|(smide|smider) (mig|hende|ham|os) ud|sende (mig|hende|"
                r"ham) (væk|på)|sprede (billeder|billederne|videoer))")
_THREAT_IF = (r"(hvis|når|så snart) (jeg|hun|han|vi|du) (\w+ ){0,2}(ringer|ringede|fortæller|fortalte|siger (det|noget)|sagde (det|noget)|"
              r"snakker med|snakkede med|taler med|går fra|gik fra|forlader|forlod|melder|meldte|flytter|flyttede|skrider|skred|prøver at "
              r"(gå|flytte|komme væk)|tager børnene|går til (politiet|lægen|nogen)|siger det til|sladrer|sladrede)\b")
# (set 21) A threat whose consequence harms no one ("hun truer altid med at flytte til Jylland hvis jeg siger det", "chefen
# truer med at fyre ham hvis han fortæller kunderne det"), and one who says he himself will lose his job or his place if he
# tells ("min kollega siger han mister sit job hvis han fortæller det til nogen"): not a threat to the speaker or a relative.
_MILD_THREAT21 = (r"(?! (\w+ )?med at (flytte|fyre (ham|hende|dem)|sige (op|sit job op)|stoppe|holde op|skifte|melde (sig|ham|hende) ud|"
                  r"gå hjem|tage hjem|tage (\w+ )?ferie|starte forfra|aflyse|ringe til (mine|hans|hendes|vores) forældre)\b)")
_OWN_LOSS21 = (r"(?! (at )?(han|hun) (selv )?(mister|kan miste|vil miste|ryger|bliver fyret|kan blive fyret|bliver smidt ud af "
               r"(holdet|klubben|skolen|uddannelsen)|får (en )?(advarsel|ballade med chefen|problemer med chefen)) (\w+ ){0,6}hvis (han|hun)\b)")
_HARM_OBJ = r"(min|mit|mine|vores|sin|sine|hans|hendes) (lille|store|yngste|ældste)?\s?(" + _KIN[1:-1] + r"|barn|børn|unger|ungerne|baby)"
_GAME_CTX = (r"(?!.{0,40}\b(skak|kort\w*|\w*spil\w*|fodbold|bordtennis|tennis|badminton|ludo|matador|kapløb|armlægning|fifa|playstation|"
             r"xbox|bold\w*|\w*kamp\w*|konkurrence\w*|løb\w*|for sjov|i sjov|leg|lege|leger|legede|rekord\w*|græs\w*|plæne\w*|"
             r"gynge\w*|klapvogn\w*|barnevogn\w*|kørestol\w*|rullestol\w*|vugge\w*|slæde\w*)\b)")
_MONEY11 = (r"(\w*pension\w*|løn|lønnen|kontanthjælp\w*|penge|pengene|\w*opsparing\w*|sparepenge|ydelse\w*|su|boligstøtte\w*|"
            r"børnepenge|arv|arven|\w*penge|dagpenge)")
_PAID_ON = (r"(?!.{0,40}\b(og (betaler|betalte|sætter|satte|lægger|lagde|sparer|sparede)|til at betale|for at betale|til (husleje\w*|"
            r"regning\w*|mad|min \w+|mine \w+)|for mig|på (mig|min|mit|mine)|som (aftalt|jeg har bedt om))\b)")
_NOT_PILLS = r"^(?!.*\b(vitamin\w*|multivitamin\w*|fiskeolie\w*|jerntablet\w*|kalktablet\w*|tyggegummi|bolsche\w*|slik)\b)"
_CONTAINER = r"(hele|et helt|en hel|helt) (glasset|glas|bøtten|bøtte|pakken|pakke|æsken|æske|flasken|flaske|pladen|plade|dåsen|posen)"
_DRINK = (r"(?! (med|af) (\w+ )?(vand|saft|juice|mælk|vin|øl|cola|sodavand|kaffe|te|kakao|slik|chips|nødder|kiks|småkager|kage|"
          r"syltetøj|nutella|is|oliven|pickles|sild|marmelade|honning|peanut\w*|agurker|rødbeder|vitamin\w*)\b)")

PROBE11_ABUSE: list[str] = [
    # sexual abuse told in the passive ("jeg blev rørt ved af en voksen da jeg var barn")
    r"\b(blev|bliver|er blevet|var blevet) (\w+ )?(rørt ved|befølt|befamlet|forulempet|misbrugt|udnyttet seksuelt|beføjet) "
    r"(\w+ )?af ((en|et|min|mit|hans|hendes|sin|vores) (\w+ )?(voksen|voksne|mand|fyr|dreng|pige|kvinde|onkel|far|stedfar|bror|"
    r"fætter|nabo|lærer|pædagog\w*|træner|leder|ven|kæreste|eks\w*|chef|kollega|hjælper\w*|\w*far|\w*bror|\w*mor|\w*onkel)|ham|hende|"
    r"nogen|nogle|dem|flere)\b",
    # asking leave of a partner or relative for ordinary life, without a ban ("skal spørge ham om lov før jeg går i
    # Netto", "hun skal spørge sin mand om lov til at se sin søster"); the speaker asked ("… spørge mig om lov") or work,
    # school, a doctor or a caseworker asked is routine
    _ROUTINE_LEAVE + _AGREED + r".*\b(skal|må|skulle|måtte|nødt til at) (altid |lige |først |hver gang |jo )?(spørge|bede) "
    + _DECIDER + r" (\w+ )?om (lov|tilladelse)\b(?! til at (låne|bruge|køre i|tage)\b)",
    _ROUTINE_LEAVE + _AGREED + r".*\b(skal|må|skulle|måtte) (altid |først |jo )?(have|få) (lov|tilladelse) (af|fra) " + _DECIDER
    + r"\b(?! til at (låne|bruge|køre i|tage)\b)",
    _ROUTINE_LEAVE + _AGREED + r".*\b(skal|må|skulle|måtte) (altid |først |jo )?(have|få) (hans|hendes|deres|min \w+s|sin \w+s) "
    r"(lov|tilladelse|accept|godkendelse|ok)\b(?! til at (låne|bruge|køre i|tage)\b)",
    # a ban with who decides it told in more ways (_SAY_SO11: "uden han ved hvor jeg er", "for hendes kæreste")
    _AGREED + r".*\b" + _BANNED + r"( til)?( at)? " + _KEPT_FROM + r"\b.{0,40}\b" + _SAY_SO11 + r"\b" + _BAN_OK,
    # a third person's ban decided by her or his partner ("min søster må ikke gå ud uden sin mands tilladelse")
    _AGREED + r".*\b(min|mit|vores|hans|hendes) \w+ (\w+ )?((må|måtte) (ikke|ik|aldrig)|(får|fik) (ikke|ik|aldrig) lov)( til)?( at)? "
    + _KEPT_FROM + r"\b.{0,40}\b(uden (at )?(sin|hans|hendes) " + _PARTNER + r"( \w+)? (siger|giver|ved|har sagt|er)|uden (sin|hans|"
    r"hendes) \w+s (tilladelse|lov|accept|godkendelse|ok)|for (sin|hans|hendes) " + _PARTNER + _NOT_UNTIL + r"|(siger|bestemmer|har bestemt) "
    r"(sin|hans|hendes) " + _PARTNER + r")\b" + _BAN_OK,
    # threats with a condition on telling or leaving, either order
    r"\b(siger|sagde|sir|sagt|truer|truede|truet|skriver|skrev|råber|råbte|lover|lovede)\b.{0,40}\b" + _THREAT_HARM + r"\b.{0,50}\b"
    + _THREAT_IF,
    r"\b" + _THREAT_IF + r".{0,40}\b(så )?(vil|skal|ville|skulle) (han|hun|de) (\w+ )?" + _THREAT_HARM + r"\b",
    # a death threat told without its condition ("han sir han dræber mig")
    r"\b(siger|sagde|sagt|truer|truede|truet|skriver|skrev|råber|råbte)\b (at )?(han|hun|de) (\w+ )?(dræber|dræbe|myrder|slår (\w+ )?ihjel|"
    r"slå (\w+ )?ihjel|kvæler|skyder|stikker|stikke) (mig|hende|ham|os|dig|børnene)\b(?!.{0,20}\b(i (skak|kort|ludo|spil\w*)|af grin|"
    r"med (sine|sin|hans|hendes) (jokes|vittigheder|humor|kedsomhed)|hvis (jeg|hun|han|vi) (taber|vinder)))",
    # the speaker named after another object ("han sparker min hund og mig")
    r"\b(han|hun|de|(min|hans|hendes) \w+) (\w+ )?(slår|slog|sparker|sparkede|tæsker|tævede|banker|bankede|skubber|skubbede|kvæler|"
    r"kvalte) (\w+ ){1,3}og (mig|os|hende|ham)\b" + _GAME_CTX,
    # a threat with the condition first, verb before subject ("hvis jeg går, så finder han mig")
    r"\bhvis (jeg|hun|vi) (\w+ )?(går|gik|går fra (ham|hende)|forlader (ham|hende)|flytter|siger (det|noget)|fortæller (det|noget)|"
    r"ringer (til \w+)?)\b.{0,20}\b(så )?(finder|slår|dræber|tæsker|banker|straffer|skader|kvæler|brænder|smadrer|tager) (han|hun|de) "
    r"(mig|hende|os|børnene|dig|ungerne)\b(?! (i|til) (skak|ludo|kort\w*|\w*spil\w*|fifa|bowling))(?! med\b)",
    # vague sexual abuse: coming into the bath or bed while the speaker is there, a relative forced to kiss or touch
    r"\b(han|(min|hans|hendes) (\w+ )?" + _KIN + r"|en (mand|fyr|voksen|dreng)( \w+){0,3}) (\w+ )?(kommer|kom|går|gik|sniger sig|sneg sig|sneget sig|listede "
    r"sig|lister sig|listet sig) ind (i|på|under|til mig i) (badet|badeværelset|bruseren|min seng|sengen|dynen|mit værelse|værelset) (\w+ ){0,2}(når|mens) "
    r"(jeg|hun) (er der|var der|bader|badede|sover|sov|er i bad|var i bad|går i bad|er nøgen|var nøgen|klæder om|skifter tøj|tager tøj af|"
    r"ligger i sengen|lå i sengen)\b"
    r"(?!.{0,40}\b(hjælpe\w*|hjælper|vaske\w*|medicin\w*|vender|skifte\w*|ble\w*)\b)",
    r"\b(tvinger|tvang|tvunget|presser|pressede|presset|lokker|lokkede|får) " + _HARM_OBJ + r" til at (kysse|røre ved|røre|have sex|"
    r"sove med|klæde sig af|tage tøjet af|sende (billeder|nøgenbilleder|nudes)|sutte|rører)\b",
    # made to watch pornography ("han tvinger mig til at se porno med ham")
    r"\b(tvinger|tvang|tvunget|presser|pressede|presset|får|fik|lokker|lokkede) (mig|hende|ham|os|" + _HARM_OBJ + r") til at (se|kigge "
    r"på|se på) (\w+ )?(porno\w*|sexfilm\w*|pornofilm\w*|nøgenbilleder|nøgne billeder|sexvideoer|videoer med sex)\b",
    r"\b(viser|viste|sender|sendte) (mig|hende|ham|os|" + _HARM_OBJ + r") (\w+ )?(porno\w*|pornofilm\w*|sexfilm\w*|billeder af sin "
    r"(pik|tissemand))\b",
    # control of whom one sees, told after what one eats ("bestemmer hvad jeg må spise og hvem jeg må snakke med")
    _AGREED + r".*\b" + _ABUSER + r" (\w+ )?(bestemmer|bestemte|styrer|styrede)\b.{0,40}\bhvem (jeg|hun|han) (må|skal|kan) (se|snakke|tale|"
    r"skrive|ringe|være|ses|komme|mødes)\b",
    # an ID or code taken and used for a loan or purchase ("hun har taget mit nemid og lavet et lån")
    _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(taget|tog|brugt|brugte|bruger|stjålet|stjal|lånt|lånte|snuppet|snuppede) (mit|min|"
    r"hendes|hans) (nemid|mitid|kode|pinkode|dankort|kort|cpr\w*|pas|id|netbank\w*) (\w+ ){0,2}(og|til at|for at) (\w+ ){0,2}(lavet|"
    r"lave|laver|lavede|tage|taget|tog|optage|optaget|optog|oprettet|oprette|oprettede|købt|købe|købte|bestilt|bestille|bestilte|hævet|"
    r"hæve|hævede|overført|overføre|overførte|søgt|søge|søgte|skrev under på|underskrev) "
    r"(\w+ ){0,2}(lån|lånet|kviklån\w*|kredit\w*|penge|pengene|abonnement\w*|mobilabonnement\w*|forbrugslån\w*|afbetaling\w*)\b",
    # a grip that hurts ("han ta'r mæ i armen så det gør ondt")
    r"\b(tager|tog|griber|greb|klemmer|klemte|vrider|vred|holder|holdt|hiver|hev|river|rev|nupper|nappede) (fat i |fat om )?(mig|hende|"
    r"ham|os) (\w+ ){0,3}så (hårdt )?(at )?(det (gør|gjorde) (ondt|rigtig ondt|så ondt)|(jeg|hun|han) (får|fik) (blå mærker|mærker)|"
    r"(jeg|hun|han) (græder|græd|skriger|skreg))\b",
    # all the money demanded ("han sku ha alle mine penge"); not an inheritance
    _AGREED + r"(?!.*\b(arv\w*|testamente\w*|dør|døde|er død|går bort|gået bort)\b).*\b" + _ABUSER + r" (\w+ )?(skal|skulle|vil|ville|"
    r"kræver|krævede|forlanger|forlangte) (altid )?(have|ha)( fat i)? (alle|hele|al) (mine|min|mit|hendes|hans) (\w+ )?" + _MONEY11
    + r"\b" + _PAID_ON,
    # a grip round the throat ("han tar fat om halsen på mig")
    r"\b(tager|tog|taget|griber|greb|grebet|holder|holdt) (\w+ )?(fat )?(om|i|rundt om) (halsen|struben|nakken) på (mig|hende|ham|os|"
    r"min \w+)\b",
    # violence against a relative told by the speaker ("min far tæsker min lillebror"), not at a game or the lawn
    _AGREED + r".*\b(han|hun|de|(min|mit|mine|hans|hendes|vores) (\w+ )?" + _KIN + r") (\w+ )?(slår|slog|tæsker|tævede|tæver|banker|"
    r"bankede|sparker|sparkede|sparker til|sparkede til|slår ud efter|slog ud efter|kvæler|kvalte|skubber|skubbede|niver|nev|"
    r"spytter på|hiver i|hev i|slår på|slog på) " + _HARM_OBJ
    + r"\b(?! (ihjel af grin|ud|op|ned)\b)" + _GAME_CTX,
    # money or cash taken, with an adverb between ("min nevø tager altid mine kontanter")
    _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(tager|tog|taget|stjæler|stjal|stjålet|snupper|snuppede|hugger|huggede|beholder|"
    r"beholdt) (altid|hele tiden|tit|ofte|bare|igen|hver gang|hver måned|simpelthen) (alle |al |hele )?" + _POSS + r" (kontanter|"
    r"kontanterne|sedler|\w*penge|pension\w*|løn|lønnen|dankort|bankkort|kort|kortet|pung|pungen|kontanthjælp\w*|opsparing\w*)\b"
    + _PAID_ON + r"(?!.{0,30}\b(når|mens) (hun|han|de) (handler|køber ind|skal handle)\b)",
    r"\b(tager|tog|stjæler|stjal|snupper|snuppede|hugger|huggede) (alle |al )?" + _POSS + r" (kontanter|kontanterne|sedler)\b"
    + _PAID_ON + r"(?!.{0,30}\b(når|mens) (hun|han|de) (handler|køber ind|skal handle)\b)",
    # a partner or ex taking the phone ("min eks ta'r min mobil når jeg skal ringe til min mor")
    r"\b" + _PARTNER + r"\b.{0,60}\b(tager|tog|taget|gemmer|gemte|skjuler|skjulte|smadrer|smadrede|ødelægger|ødelagde) (min|hendes|"
    r"hans) (telefon|mobil|computer|pc|ipad)\b(?!.{0,30}\b(reparation|service|opladning|oplader|eftersyn|lånt|låne|låner|spil\w*|for at (ringe|skrive|se|tjekke|finde|tage))\b)",
    # part of the pay, pension or benefit taken ("hun ta'r altid halvdelen af min løn")
    _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(tager|tog|taget|beholder|beholdt|bruger|brugte|hæver|hævede|stjæler|stjal|"
    r"snupper|snuppede|hugger|huggede) (altid |hver måned |bare |simpelthen )?(halvdelen|det meste|størstedelen|en stor del|"
    r"to tredjedele|tre fjerdedele) af " + _POSS + r" (\w+ )?" + _MONEY11 + r"\b" + _PAID_ON,
    # a code or card demanded, and the money gone ("kæresten skulle have min kode til netbank og nu er kontoen tom")
    _AGREED + r".*\b(" + _ABUSER[1:-1] + r"|kæresten|manden|konen|samleveren|eksen) (\w+ )?(skulle have|skal have|ville have|vil have|krævede|kræver|forlangte|forlanger|tog|tager|"
    r"fik|tvang mig til at give (ham|hende|dem)) (min|mit|hendes|hans) (\w+ )?(kode|koden|pinkode\w*|mitid|nemid|adgangskode\w*|"
    r"dankort\w*|kort|kortet|netbank\w*)\b.{0,60}\b(tom|tømt|tømte|væk|forsvundet|brugt|mangler|minus|i minus|overtrukket)\b",
    # shaken, not woken ("han ta'r fat i mig og ryster mig")
    r"\b(han|hun|de|(min|hans|hendes) \w+) (\w+ ){0,5}(ryster|rystede|rusker|ruskede|rusket) (mig|hende|ham|os|barnet|børnene)\b"
    r"(?! (vågen|vågne|op|ud af det|med (sin|sine|hans|hendes|den|det|de|en|et|hvad))\b)(?!.{0,30}\b(vække|vågne|vågen|sov|søvn\w*|drøm\w*|mareridt)\b)",
    # afraid of what the partner or a relative will do ("jeg er bange for at han gør mig noget når han kommer hjem")
    r"\bbange for at (han|hun|de|(min|hans|hendes) \w+) (\w+ )?(gør|gøre|gjorde|skal gøre|vil gøre) (mig|hende|ham|os|børnene) "
    r"(noget|fortræd|ondt|skade)\b",
    r"\b(er|bliver|var|blev) (\w+ )?bange for (min|hans|hendes) " + _PARTNER + r"\b(?! (dør|skal dø|bliver syg|er syg|forlader|går|"
    r"slår op|mister|kommer til skade|får|falder|kører)\b)(?!.{0,40}\b(syg\w*|helbred\w*|hospital\w*|sygehus\w*|operation\w*|"
    r"kræft|hjerte\w*|trafik\w*|ulykke\w*|covid|corona|dø|dør|falde|falder)\b)",
]

PROBE11_SUICIDE: list[str] = [
    # wanting to die with more than one adverb ("vil helst bare dø")
    r"\b(vil|ville) (helst |bare |gerne |nu |virkelig |egentlig |allerhelst |bare gerne |bare helst ){2,3}dø\b(?! (af|med|som|i (min|sin) "
    r"(egen )?seng|hjemme|gammel))",
    # at the end and wanting away ("æ ka ett mer, vil bare væk"); not from a place or for a while
    r"\b(kan|orker|magter) (ikke|ik) mere\b.{0,20}\b(vil|ville) ((bare|helst|gerne) ){0,2}(væk|dø|forsvinde|sove for altid)\b(?! (herfra|fra "
    r"(\w+ )?(jobcent\w*|møde\w*|arbejde\w*|skole\w*|byen|her|bostedet|hospitalet|afdelingen)|i (weekenden|ferie\w*)|på (ferie|tur)|et par "
    r"dage|en tur|lidt|hjem)\b)",
    # a burden with an adverb ("jeg er bare en byrde for min familie"); not when asking for help
    r"(?<!ikke )\b(er|føler mig som|bliver) (bare |kun |jo |sådan |altid )?en byrde\b(?! (når|hvis) (jeg|hun|han) (beder|spørger|skal "
    r"have|ringer|får hjælp))(?! (for|på) (økonomi\w*|kommune\w*|systemet|budget\w*))",
    # young adults' slang: deleting or logging oneself out ("vil bare slette mig selv", "logge af for altid")
    r"\b(slette|slet|sletter|slettede|unalive|unaliv\w*) (mig|sig) selv\b(?! (fra|på|af|i|som|med|ud)\b)"
    r"(?!.{0,30}\b(facebook|instagram|insta|snap\w*|tiktok|listen|gruppen|chatten|profil\w*|app\w*|konto\w*|mail\w*)\b)", r"\blogge (af|ud)( af livet)? for (altid|evigt|godt)\b",
    r"\blogge (af|ud) af livet\b",
    # no way out, with "kan ikke se" ("ka ik se nogen udvej")
    r"\b(ikke|ik) (se|ser|finde|finder|øjne|øjner) (nogen |en )?(anden )?udvej\b(?! (på|for|med|i) (\w+ )?(problem\w*|sag\w*|"
    r"økonomi\w*|gæld\w*|konflikt\w*|situation\w*|bolig\w*|job\w*))",
    # away from everything for ever ("vil bare væk fra alt og alle for evigt"); not moving away
    r"\bvæk fra (det hele|alt|alle|alting|livet|verden)( og alle| og alt)? for (altid|evigt|godt)\b",
]

_ROUTINE_PILLS = (r"^(?!.*\b(i morges|i aftes|til morgenmad|til aftensmad|som (jeg|hun|han) (skal|plejer)|som aftalt|som lægen\w*|"
                  r"som sædvanlig\w*|som foreskrevet|som ordineret|hver (dag|morgen|aften))\b)")

PROBE11_SELF_HARM: list[str] = [
    # planning to swallow all the pills ("tænker på at sluge alle mine piller")
    r"\b(vil|ville|tænker på at|tænkte på at|tænkt på at|overvejer at|overvejet at|lyst til at|planlægger at) (bare )?(sluge|tage|"
    r"spise|bælge|nakke|æde|skylle) (\w+ )?(alle|hele|resten af|en masse|mange|" + _NUM_MANY[1:-1] + r") (af )?(mine|sine|hendes|hans|de|"
    r"min|sin)? ?(\w+ )?" + _PILLS + r"\b(?! (om|hver|til tiden|i morgen tidlig|som (jeg|hun|han|lægen) (skal|plejer|har sagt)))",
    # all the pills told with the subject after the verb, as a clause inside a longer message ("… og i nat slugte jeg
    # alle mine sovepiller på én gang"); taken as prescribed stays quiet
    _ROUTINE_PILLS + r".*\b(taget|tog|slugt|slugte|spist|spiste|tager|bælgede|nakkede|skyllede|drak) (jeg|hun|han) (alle|mange|"
    r"en masse|hele|resten af) (af )?(mine|sine|hendes|hans|de)? ?(\w*piller|\w*pillerne|tabletter|tabletterne|sovepiller|medicin|"
    r"medicinen)\b(?! (om|hver|til tiden|morgen|aften|som))",
    r"^(?!.*\bsom (jeg|hun|han|lægen) (skal|plejer|har sagt)\b).*\b(slugt|slugte|bælgede|nakkede|skyllede|proppede|hapsede) (jeg|hun|"
    r"han) (alle|mange|en masse|hele|resten af) (af )?(mine|sine|hendes|hans|de)? ?(\w*piller|\w*pillerne|tabletter|tabletterne|"
    r"sovepiller|medicin|medicinen)\b",
    # cutting told without an object ("har skåret igen i går", "cuttede i nat")
    r"(?<!\bvi )(?<!\bvi har )(?<!\bvi havde )\b(har |havde )?(skåret|skar|skærer|cuttet|cuttede|cutter|ridset|ridsede) (igen|i nat|"
    r"i aftes)\b(?! (i (?!(går|nat|aftes|morges|dag|weekenden)\b)|på|af|ud|op|ned|en|et|det|den|til|med|brød\w*|grønt\w*)\b)"
    r"(?!.{0,30}\b(suppe\w*|mad\w*|grønt\w*|grøntsager|brød\w*|kød\w*|løg|salat\w*|kage\w*|frugt\w*|kartofler|træ\w*|hæk\w*|græs\w*|"
    r"hår\w*|pizza\w*|gulerød\w*|agurk\w*|papir\w*|karton\w*|stof\w*)\b)",
    # a whole container with pills named before or after ("pillerne har stået på bordet, så tog jeg hele glasset")
    _NOT_PILLS + r".*\b(" + _PILLS[1:-1] + r"|" + _PILL_BOX[1:-1] + r")\b.{0,100}\b" + _INGEST + r" (\w+ ){0,2}" + _CONTAINER + r"\b"
    + _DRINK,
    _NOT_PILLS + r".*\b" + _INGEST + r" (\w+ ){0,2}" + _CONTAINER + r"\b" + _DRINK + r".{0,80}\b(" + _PILLS[1:-1] + r"|"
    + _PILL_BOX[1:-1] + r")\b",
]

# Idioms and accidents that look like a disclosure (masked first)
PROBE11_EXCEPTIONS: list[str] = [
    # hurt in an accident told after the hurt ("min mor slog sig da hun faldt på cyklen")
    # only the hurt person as subject ("jeg slog mig", "hun slog sig"): "han slog mig da jeg kørte for sent hjem" is violence
    r"\b((jeg|a) (har |havde )?(\w+ )?(slog|slået|slår) mig|(slog|slået|slår) sig)\b(?! selv)(?= (\w+ ){0,4}(da|fordi|når|hvor|efter|mens) (jeg|hun|han|vi) (\w+ )?(faldt|falder|"
    r"væltede|vælter|snublede|snubler|gled|glider|cyklede|kørte|trådte|løb))",
    # itching skin
    r"\b(kradser|kradsede|kradset|kradse|ridser|ridsede) (mig|sig)\b(?=.{0,40}\b(eksem\w*|kløe|klør|kløede|myggestik\w*|stik|udslæt|"
    r"allergi\w*|psoriasis|skorpe\w*|tør hud)\b)",
    r"\b(eksem\w*|kløe|klør|kløede|myggestik\w*|udslæt|allergi\w*|psoriasis)\b.{0,40}\b(kradser|kradsede|kradset|kradse|ridser|"
    r"ridsede) (mig|sig)\b",
    # not been to school or work for a month is no missing care ("han har ikke været i skole i en måned")
    r"\b(ikke|ik) (været|kommet) (i|på|til|hen på) (skole\w*|praktik\w*|arbejde\w*|job\w*|klub\w*|træning\w*|byen|ferie\w*|kirke\w*|"
    r"biograf\w*|svømmehal\w*|fitness\w*|værksted\w*|dagtilbud\w*|\w*center\w*|\w*centret|undervisning\w*|kursus|kurset)\b",
    # keys, phone or money not yet, until a date ("må ikke få min egen nøgle før jeg har boet her en måned")
    r"\b(må|måtte) (ikke|ik) (have|få|bruge) (min|mit|mine|sin|sit|sine) (egen |eget |egne )?(nøgle|nøgler|telefon|mobil|penge)\b"
    r"(?= (\w+ ){0,2}(før (jeg|hun|han|vi|det|at)|inden|indtil|endnu)\b)",  # folded "før" is "for": a subject must follow
    # coming into the bathroom or bedroom to help ("… mens jeg er i bad for at hjælpe mig op")
    r"\b(kommer|kom|går|gik) ind\b(?=.{0,60}\b(for at|og|så (han|hun) kan) (hjælpe|hjælper|vaske|vasker|give|giver|skifte|skifter|vende|"
    r"vender|tørre|tørrer|hente|henter|tjekke|tjekker)\b)(?!.{0,80}\b(rører|rørte|befamler|kysser|tager på|klemmer på|ser på mig nøgen)\b)",
    # a card taken to do the shopping for the household by agreement ("min kone tager mit kort og handler for os")
    r"\b(tager|tog) (mit|min|mine) (kort|dankort|hævekort|penge|pung)\b(?=.{0,40}\b((handler|køber ind|handlede|købte ind) (for|til) "
    r"(os|mig|hende|ham|familien|huset)|aftalt|aftale|bad (ham|hende) om)\b)(?!.{0,60}\bmen\b)",
    # nobody would notice being late or skipping something
    r"\bingen (der )?(ville|vil|ville nok|ville jo) (opdage|lægge mærke til) det\b(?= (hvis|om) (jeg|hun|han) (\w+ )?(kom|kommer|gik|går|"
    r"tog|tager|glemte|glemmer|sov|sover|snød|snyder|spiste|spiser|købte|køber|sprang|springer|pjækkede|pjækker|blev|bliver) (for sent|"
    r"for tidligt|over|hjemme|lidt|tidligt|væk fra (mødet|arbejdet|skolen|timen)|en dag|en time)\b)",
    # taking one's life back or into one's own hands ("du tager dit liv tilbage")
    r"\b(tage|tager|tog|taget|ta) (\w+ )?(mit|sit|dit|hans|hendes|jeres|vores|livet|mit eget|sit eget|dit eget) (eget )?(liv )?(tilbage|i (egne|"
    r"mine egne|sine egne|dine egne) hænder)\b",
    # phones not allowed at work or school ("jeg må ikke bruge min mobil på arbejdet")
    r"\b(må|måtte) (ikke|ik) (have|bruge|tage) (min|mit|mine|sin|sit|sine) (egen |eget )?(telefon|mobil|ipad|computer|pc)\b(?= (\w+ ){0,3}"
    r"(på arbejde\w*|i arbejdstiden|i timerne|i skolen|i undervisning\w*|i praktik\w*|på job\w*|under (mødet|træningen|undervisningen|"
    r"timen)|til (mødet|eksamen|prøven|træning\w*))\b)",
    # thrown off a team, a class or a chat
    r"\b(smider|smed|smidt|smide|kaster|kastede|kyler|kylede) (mig|hende|ham|os) (\w+ )?ud af (holdet|klubben|gruppen|chatten|kurset|"
    r"timen|klassen|bandet|spillet|timen|kampen|truppen|gruppechatten|discorden|serveren|festen|butikken)\b",
    # waking up late, not never ("… og ikke vågne før klokken ti")
    r"\b(ikke|aldrig) (vågne|vågner|vågnede) (op )?(før|inden) (klokken|kl|middag|frokost|formiddag\w*|\d+)\b",
    # a hairdresser or someone brushing, plaiting or washing hair
    r"\b(frisør\w*)\b.{0,30}\b(hiver|hev|river|rev|trækker|trak)\b",
    r"\b(hiver|hev|river|rev|trækker|trak) (mig|hende|ham) (lidt |altid )?i håret\b(?=.{0,40}\b(reder|redte|børster|børstede|fletter|"
    r"flettede|vasker|vaskede|klipper|klippede|sætter (det|håret) op|satte (det|håret) op)\b)",
    # pushing a child on a swing or someone in a pram or wheelchair
    r"\b(skubber|skubbede|skubbet|skubbe) (min|mit|mine|hans|hendes|sin|sit|sine|barnet|børnene|drengen|pigen|ham|hende) "
    r"(?!(ned|ud|hårdt|voldsomt) )(\w+ )?(i|på) (gyngen|gynge\w*|klapvogn\w*|barnevogn\w*|kørestol\w*|rullestol\w*)\b"
    r"(?!.{0,20}\b(hårdt|voldsomt|så (han|hun) (faldt|væltede)))",
    # afraid for a relative's health, not of them ("jeg er bange for min mand, han er meget syg")
    r"\bbange for (min|mit|hans|hendes) \w+\b(?= (\w+ ){0,6}(syg|sygdom\w*|helbred\w*|hospital\w*|sygehus\w*|operation\w*|kræft|"
    r"hjerte\w*|ulykke\w*|covid|corona)\b)(?!.*\b(slår|slog|sparker|truer|truede|råber|skubber|kvæler|tvinger)\b)",
]


# (review 3) Suicidal thoughts with a filler between the fixed words ("har tænkt meget på at dø", "ønsker bare at dø"),
# a wish told as "kunne godt tænke mig at være død" (the same words as "… at være kok"), and a jump from a bridge or
# a roof without "ud" or "ned" ("vil springe fra broen"); in dialect and without æøå as well (matched folded).
_FILL = (r"((meget|mere|tit|ofte|bare|virkelig|egentlig|faktisk|seriøst|sgu|fandme|altså|efterhånden|nogle gange|stadig|"
         r"hele tiden|så|godt|helst|gerne|lidt|også|igen|længe|mest|allermest|tit og ofte|mer|osse|nu|jo) )*")
_NOT_ALIVE = (r"((være|vær|va|ver) (død|døde|væk for altid|ude af det|fri for livet)|dø|slippe for livet|(ikke|ik|ikk|itt|ikke at|at ikke|"
              r"ikke å|å ikke) (at |å )?((være|vær|va|ver) (her|til|i live|på jorden)|leve|lev|vågne|vågn|eksistere)( mere| mer| længere| igen)?)")
_JUMP_PLACE = (r"(broen|en bro|storebæltsbroen|lillebæltsbroen|taget|altanen|vinduet|højhuset|et højhus|klinten|skrænten|tårnet|"
               r"p-huset|parkeringshuset|p huset|\w+broen|\w+tårnet)")
REVIEW3_SUICIDE: list[str] = [
    r"\b(tænkt|tænker|tænkte|tænk|overvejet|overvejer|overvejede|fantaserer|fantaseret|fantaserede|drømmer|drømt|drømte) "
    + _FILL + r"(på|om) (at|å) (dø|tage mit (eget )?liv|tage sit (eget )?liv|slå (mig|sig) ihjel|ende (det|livet)|"
    r"forsvinde for altid|ikke (være|vær) her (mere|længere))\b(?! (af|som|gammel|i (min|sin) (egen )?seng|hjemme))",
    r"\b(ønsker|ønskede|ønske|lyst til|længes efter|længes) " + _FILL + r"(at|å) (dø|være død|vær død)\b(?! (af|som|gammel|hjemme|i fred|når (den|min|sin) tid|stille og roligt (når|som)))",
    r"\b(kunne|ku|kan|ka|kunn) " + _FILL + r"(tænke|tænk|tænk') (mig|sig) (at |å )?" + _NOT_ALIVE + r"\b(?! (af|alene|uden|med|sammen|hjemme|hele|om|i (weekenden|ferien|dag|aften|morgen|nat|fred)|når|hvis|"
    r"mens|god|godt|træt|sjov|kedelig|glad|gammel|for (en|et|lidt|nogle))\b)",
    r"\b(vil|ville|skal|sku|tænker på at|tænkt på at|overvejer at|overvejet at|lyst til at|har tænkt mig at|planlægger at|"
    r"gider bare|vil bare) " + _FILL + r"(springe|hoppe|kaste (mig|sig)|smide (mig|sig)) (ud |ned )?(fra|over|ud over) " + _JUMP_PLACE
    + r"\b(?!.{0,40}\b(i vandet|ned i|i havnen|i søen|i havet|i åen|badetøj|badebukser|bade\w*|svøm\w*|for sjov|om sommeren|"
    r"med (vennerne|mine venner|klassen)|faldskærm\w*|elastik\w*|bungee\w*)\b)",
]


# (probe 12, h21) Coercive control told as who decides or who holds one's things, calls to check where one is, a
# ban on going to the doctor or a meeting alone (the doctor is the place, not the one who decides), money got by
# cheating, a dependent left on the toilet or in a chair for hours, and the rest of a container with pills named.
_HOLDER12 = (r"(han|hun|ham|hende|det er (ham|hende|min \w+|hans \w+|hendes \w+)|(min|mit|hans|hendes|sin|vores) (nye |gamle )?("
             + _PARTNER[1:-1] + r"|stedfar|stedmor|svigerfamilie))")
# the decider named as a pronoun after a professional ("lægen siger det er ham der bestemmer om jeg må køre"): his say
_PARTNER12 = r"((min|mit|hans|hendes|sin|vores) (nye |gamle )?(" + _PARTNER[1:-1] + r"|stedfar|stedmor|svigerfamilie))"
_AUTH12 = (r"^(?!.*\b(læge\w*|lægen|sygeplejerske\w*|fysioterapeut\w*|sagsbehandler\w*|chef\w*|leder\w*|lærer\w*|mentor\w*|"
           r"pædagog\w*|kontaktperson\w*|bostøtte\w*|værge\w*|træner\w*|dommer\w*|politi\w*|kommune\w*|personalet|diætist\w*|"
           r"psykolog\w*|psykiater\w*|vejleder\w*|direktør\w*|mester|formand\w*)\b.{0,80}\b(han|hun|ham|hende)\b( \w+)? (der )?"
           r"(bestemmer|styrer|bestemte|styrede)\b)")
_CARER12 = (r"(de|personalet|hjemmeplejen|hjemmehjælp\w*|hjælper\w*|plejer\w*|pædagog\w*|sygeplejerske\w*|\w*vagt\w*|vikar\w*|"
            r"bostøtte\w*|social- og sundheds\w*|sosu\w*|assistent\w*|medarbejder\w*|natte\w*)")
_KEPT_ON = (r"(toilet\w*|wc|wc'et|badeværelse\w*|badet|bruse\w*|bækkenstol\w*|toiletstol\w*|badestol\w*|kørestol\w*|rullestol\w*|"
            r"terrasse\w*|altan\w*|gangen|elevator\w*|gulvet|lift\w*|potte\w*)")
_HOURS = (r"(i (\w+ )?(timer|time|timevis)|\w+ timer|hele (dagen|natten|eftermiddagen|formiddagen|aftenen|morgenen)|til (om )?"
          r"(aftenen|natten|morgenen|middag|eftermiddagen|frokost|aftensmad)|(sad|lå|sidder|ligger|stod) der (i|hele|helt|til|længe|"
          r"lang tid)|frøs|ingen "
          r"(kom|hørte|opdagede)|(tissede|tisset|lavede) i|gjorde i)")
_REST_BOX = (r"resten af (glasset|bøtten|pakken|pakkerne|æsken|flasken|pladen|pladerne|dåsen|posen|"
             + _PILL_BOX[1:-1] + r")")
_CURE = (r"^(?!.*\b(som (lægen|aftalt|foreskrevet|ordineret|jeg skulle|hun skulle|han skulle)|kur|kuren|antibiotika\w*|"
         r"penicillin\w*|recept\w*|smed|smidt|afleverede|afleveret|apotek\w*)\b)")

PROBE12_ABUSE: list[str] = [
    # who decides: "det er ham der bestemmer om jeg må gå ud", "min mand bestemmer alt, også hvad jeg må købe"
    _AUTH12 + _AGREED + r".*\b" + _HOLDER12 + r"( \w+)? (der )?(bestemmer|styrer|bestemte|styrede)\b.{0,40}\b(om|hvem|hvad|hvornår|"
    r"hvor|hvordan|hvilke\w*|hvor meget|hvor længe) (jeg|hun|mig) (\w+ )?(må|måtte|får lov|fik lov|skal have lov|kan få lov)\b",
    # the rest decided by him ("jeg bestemmer over maden, resten styrer han", "alt andet bestemmer min kone")
    _AGREED + r".*\b(resten|alt andet|alt det andet|alt det øvrige|det øvrige|alt|alting|det hele) (styrer|bestemmer|kontrollerer|"
    r"bestemte|styrede|bestemmer over) (han|hun|" + _PARTNER12[1:-1] + r")\b(?! (over|med|på|i) (holdet|klubben|værkstedet|arbejdet|butikken|skolen|firmaet|kørestolen|en joystick|"
    r"joysticket|fjernbetjeningen))(?!.{0,40}\b(holdet|klubben|værkstedet|arbejdet|firmaet|mødet|foreningen|spillet|kampen)\b)",
    # calls or messages many times a day to check where one is or with whom
    r"\b(ringer|ringede|skriver|skrev|sms'er|sms\w*|tjekker|checker) (\w+ ){0,3}(\d+|mange|flere|ti|femten|tyve|tredive|fyrre|"
    r"halvtreds|hundrede|hundred) gange\b.{0,40}\b(hvor|hvem|hvad) (jeg|hun|han) (er|var|laver|lavede|er sammen med|var sammen "
    r"med|ser|snakker med|er henne|var henne)\b",
    r"\b(ringer|ringede|skriver|skrev|sms\w*) (\w+ ){0,3}(hele tiden|konstant|hvert kvarter|hver halve time|hver time|igen og igen|"
    r"hvert femte minut|hvert tiende minut)\b.{0,30}\b(for at|og vil|og skal|og) (tjekke|kontrollere|checke|vide|høre|se) (hvor|hvem) "
    r"(jeg|hun|han) (er|var|er sammen med|var sammen med|er henne|snakker med)\b",
    r"\b(skal|må|skulle|måtte) (\w+ )?(sende|tage|dele) (\w+ )?(billeder|billede|et billede|min lokation|lokation\w*|min placering|"
    r"placering\w*|video\w*)\b.{0,40}\b(så|for at|hvor) (han|hun|de|min \w+) (\w+ )?(kan |kunne )?(se|vide|tjekke|følge med i) "
    r"(hvor|hvem|hvad) (jeg|hun)\b",
    # two of one's own papers, keys or phone held by someone ("han har min telefon og mit pas")
    _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(har|havde|taget|tog|tager|gemmer|gemt|gemte|beholder|beholdt|låst|låser|"
    r"låste|konfiskeret|konfiskerede|skjult|skjuler|skjulte) (\w+ )?(min|mit|mine|hendes|hans) (telefon|mobil|pas|passet|id|"
    r"sundhedskort|sygesikringskort|sygesikringsbevis|nøgle|nøgler|nøglerne|dankort|kort|pung|computer|ipad|papirer|opholds\w*) "
    r"(\w+ )?og (\w+ )?(min|mit|mine|hendes|hans) (telefon|mobil|pas|passet|id|sundhedskort|sygesikringskort|sygesikringsbevis|"
    r"nøgle|nøgler|nøglerne|dankort|kort|pung|computer|ipad|papirer|opholds\w*)\b(?!.{0,40}\b(fordi|mens|til (reparation|"
    r"opbevaring)|så (de|den|det) ikke (bliver|blive) (væk|stjålet)|passer på|i (sin|hans|hendes) (taske|lomme)|for (mig|os) på "
    r"(ferien|turen|rejsen)|på (ferien|turen|rejsen|ferie))\b)",
    # not let go to the doctor, a meeting or out alone ("han vil ikke lade mig gå til lægen alene")
    _AGREED + r".*\b(han|hun|de|" + _PARTNER12[1:-1] + r") (vil )?"
    r"((ikke|ik|aldrig) (vil )?(lade|lader|lod|lade) (mig|hende|os)|(lader|lod|vil lade) (mig|hende|os) (ikke|ik|aldrig)) (\w+ ){0,5}"
    r"(alene|uden (ham|hende|dem|at (han|hun|de) (er|var) (der|med)))\b"
    r"(?!.{0,40}\b(bekymr\w*|bange|nervøs\w*|om natten|når det er mørkt|mørket|efter mørkets frembrud|endnu|før (jeg|hun) har)\b)",
    # a partner sitting in at the doctor's and a ban on being there alone ("min mand går altid med ind, jeg må ikke være der alene")
    r"^(?=.*\b" + _PARTNER + r"\b)(?=.*\b(læge\w*|lægen|tandlæge\w*|sygehus\w*|hospital\w*|psykolog\w*|kontaktperson\w*|"
    r"sagsbehandler\w*|mødet|møder|jobcent\w*|bostøtte\w*)\b).*\b(må|måtte) (ikke|ik|aldrig) (\w+ ){0,3}(være|gå|tale|snakke|komme|"
    r"tage|sidde) (\w+ ){0,3}(alene|uden (ham|hende|at (han|hun) er (der|med)))\b",
    # money got by cheating ("min nevø har snydt mig for 10.000"), by family, a partner or carers
    r"\b(" + _ABUSER[1:-1] + r"|" + _CARER12[1:-1] + r") (har |havde )?(\w+ )?(snydt|snød|snyder|svindlet|svindlede|svindler|franarret|"
    r"franarrede|narret|narrede|lurer|luret|lurede|fupper|fuppet|fuppede) (mig|hende|ham|os|min \w+|mine \w+) (for|ud af|med) (\w+ )?"
    r"(\d+|penge|pengene|\w*penge|kroner|kr|tusind\w*|arv|arven|pension\w*|opsparing\w*|løn|lønnen|hus|huset|bil|bilen|"
    r"lejlighed\w*|halvdelen|det meste|alt|alle)\b" + _GAME_CTX,
    # lent and never paid back, with a sign ("har lånt 20.000 og jeg får dem aldrig igen")
    _AGREED + r".*\b" + _ABUSER + r" (har |havde )?(\w+ )?(lånt|lånte|låner) (\w+ ){0,2}(\d+|penge|pengene|mange penge|tusind\w*)\b"
    r".{0,40}\b(jeg|hun|han) (får|fik|ser) (dem|pengene) aldrig (igen|tilbage)\b",
]

PROBE12_NEGLECT: list[str] = [
    # forgotten or left on the toilet or in a chair for hours ("de glemte mig på toilettet og jeg sad der i to timer")
    r"(?<!\bjeg )\b(glemte|glemt|glemmer|efterlod|efterladt|efterlader|parkerede|parkerer|glemmer tit) (\w+ )?(mig|hende|ham|os|"
    r"(min|hans|hendes) " + _KIN_CARED + r") (\w+ ){0,3}(på|i|inde på|ude på|ude i|inde i|ud på) (\w+ )?" + _KEPT_ON + r"\b.{0,60}\b"
    + _HOURS,
    r"\b(glemte|glemt|glemmer|glemmer tit) at (hente|hjælpe|tage|få) (mig|hende|ham|os|(min|hans|hendes) " + _KIN_CARED + r") "
    r"(\w+ ){0,2}(fra|af|op fra|op af|ud af|ind fra|på|i) (\w+ )?" + _KEPT_ON + r"\b.{0,60}\b" + _HOURS,
    # nobody came to help one up: sat or lay there for hours
    r"\b(ingen|ikke nogen|ingen af dem|der kom ingen|de kom (ikke|ik)) (\w+ ){0,2}(kom|kommer|hjalp|hjælper)\b.{0,50}\b(sad|lå|sidder|"
    r"ligger) (\w+ ){0,2}(der|på " + _KEPT_ON + r"|i sengen) (i|i over|over|hele) (\w+ )?(timer|time|dagen|natten|eftermiddagen)\b",
    r"^(?!.*\b(faldt|faldet|falder|snublede|gled|væltede)\b).*\b(sad|lå|sidder|ligger|har siddet|har ligget) (\w+ ){0,2}(på|i) "
    r"(\w+ )?" + _KEPT_ON + r" (\w+ ){0,2}(i|i over|over) (\w+ )?"
    r"(timer|timevis)\b.{0,20}\b(før|inden|indtil|til) (hjælper\w*|personalet|hjemmeplejen|nattevagten|vagten|plejer\w*) (\w+ )?"
    r"(kom|kommer|hørte|opdagede|fandt)\b",
]

PROBE12_SELF_HARM: list[str] = [
    # the rest of a container with pills named before or after ("min medicin ligger her, jeg tog resten af glasset")
    _CURE + _NOT_PILLS + r".*\b(" + _PILLS[1:-1] + r"|" + _PILL_BOX[1:-1] + r")\b.{0,100}\b" + _INGEST + r" (\w+ ){0,2}" + _REST_BOX
    + r"\b" + _DRINK,
    _CURE + _NOT_PILLS + r".*\b" + _INGEST + r" (\w+ ){0,2}" + _REST_BOX + r"\b" + _DRINK + r".{0,80}\b(" + _PILLS[1:-1] + r"|"
    + _PILL_BOX[1:-1] + r")\b",
]

PROBE12_EXCEPTIONS: list[str] = [
    # a sports injury told before the hurt ("blev tacklet til håndbold og fik et blåt øje")
    r"\b(fodbold|håndbold|boksning|boksede|kampsport|karate|judo|ishockey|hockey|rugby|basket\w*|træning\w*|tacklet|tackling|"
    r"kampen|bolden|cykel\w*|cyklen|faldt|faldet|snublede|uheld|ulykke)\b.{0,60}\b(blåt øje|blå øjne|flækket læbe|flækkede læbe|"
    r"brækket næse|revnet læbe)\b(?!.{0,20}\b(hver uge|hver weekend|igen og igen|hele tiden|tit|ofte|hver gang)\b)",
]


# (set 13, December 2026) Shared pieces. Medicine of any kind, as the object of care given or kept back.
_MEDS13 = (r"(\w*medicin\w*|\w*piller|\w*pillerne|insulin\w*|smertestillende|\w*tabletter|\w*tabletterne|morfin\w*|"
           r"inhalator\w*|astmaspray\w*|sprøjte\w*|plaster|plastre|iltflaske\w*|øjendråber)")
# why care is kept back when it is a punishment or a price: chores, obedience, a mood, or the carer's own scorn
# ("fordi han siger hun skal lære at tage sig sammen", "fordi personalet siger han er besværlig"); never a meal or a
# doctor's reason ("før jeg har spist", "fordi lægen siger hun ikke har brug for dem")
_PRICE13 = (r"((før|medmindre|indtil|hvis|når) (jeg|hun|han|vi) (ikke |ik )?(har |havde )?(gjort rent|ryddet op|vasket op|"
            r"redt (min |sin )?seng\w*|lavet (mine |sine )?pligter|gjort som|gør som|sagt undskyld|siger undskyld|undskyldt|makker ret|holder (min|sin) mund|tier stille|er søde?|"
            r"har været søde?|opfører (mig|sig) ordentligt)|(når|fordi|hvis) (jeg|hun|han|vi) (er|var|bliver|blev) (\w+ )?(sur|fræk|"
            r"uartig|vred|besværlig|irriterende|ulydig|umulig|træls|frisk|vanskelig)|som straf|for at straffe|"
            r"fordi (\w+ ){1,3}(siger|sagde|synes|mener|påstår) (at )?(jeg|hun|han) (\w+ )?(er (besværlig|doven|hysterisk|pylret|"
            r"for meget|til besvær|umulig)|skal lære|bare skal tage (mig|sig) sammen|skal tage (mig|sig) sammen|overdriver|"
            r"spiller syg|lader som om|pylrer|klynker))")
# a threatened blow to the speaker or to the one spoken for (a body part may stand for them)
_HURT13 = (r"(tæske|tæve|banke|gennembanke|smadre|sparke|stikke|skyde|kvæle|brække|knuse|kværke|voldtage|skære)")
_TARGET13 = (r"(mig|hende|ham|(mit|min|mine|hendes|hans) (\w+ )?(arm|armen|arme|armene|ansigt|ansigtet|hoved|hovedet|næse|"
             r"næsen|ben|benene|fingre|fingrene|ribben|kæbe|kæben|tænder|tænderne|knæ|knæene|hals|halsen|fjæs|tryne|"
             r"kranie|kraniet))")
# a game, sport or contest after the threat: "han vil banke mig i skak", "de vil smadre os i kampen"
_CONTEST13 = (r"(?!.{0,50}\b(skak|ludo|kort|\w*spil\w*|fifa|kamp|kampen|fodbold|håndbold|løbet|quiz\w*|konkurrence\w*|"
              r"turnering\w*|for sjov|haha\w*|lol|banen|bordtennis|badminton|mario|fortnite|minecraft|playstation|"
              r"\w*bold)\b)")

# a partner (spouse, girlfriend, cohabitant)
_PARTNER13 = r"(kæreste\w*|kærest|kærsten|samlever\w*|partner\w*|kone|konen|(min|hendes|sin) mand|manden|mand min|ægtefælle\w*)"

SET13_SUICIDE: list[str] = [
    # a bare "now I can't take any more" with the time word first (verb-second): "nu kan jeg ikke mere"
    r"^\W*((nu|snart|efterhånden|altså|simpelthen|ærligt talt|helt ærligt|seriøst|jamen|men|og|bare) ){1,3}(kan|orker|magter|gider) (jeg|hun|han) "
    r"(ikke|ik|bare ikke|virkelig ikke) (mere|længere)\W*$",
    # feeling one should not be here any more, without the word "die"
    r"\b(føler|følte|synes|syntes|tænker|tænkte|(har|havde) det (\w+ )?som om|(det er|føles det|føltes det) (\w+ )?som om|"
    r"føles som om|føltes som om)\b "
    r"(\w+ ){0,2}(jeg|hun|han) (slet |overhovedet )?(ikke|ik) (skal|skulle|burde|bør|fortjener at) være (her|til|i live)\b"
    r"(?! (i|på|til|hos|kl|klokken|om|når|fordi|mens|med|uden|sammen|alene|i dag|nu|lige))",
    r"\b(jeg|hun|han) (burde|bør) (ikke|ik|slet ikke|aldrig) være (her|til|i live)\b(?=\W*$| (mere|længere|overhovedet|i verden|"
    r"på jorden)\b)",
    r"\b(jeg|hun|han) (burde|bør|skulle) (ikke|ik|slet ikke|aldrig) (være|have været) (født|i live)\b",
]

SET13_SELF_HARM: list[str] = [
    # a fist, the head or a hand driven into a wall or the floor, in any tense ("jeg bankede knytnæven ind i muren",
    # "hun hamrer hænderne mod gulvet"); not in a fall or by accident, and not a door, a table or a cupboard, which
    # one knocks into by accident (those need a sign, as in self_harm_patterns)
    r"\b(jeg|hun|han) (slår|slog|banker|bankede|dunker|dunkede|hamrer|hamrede|knalder|knaldede|smadrer|smadrede|sparker|"
    r"sparkede|tæsker|tæskede) (mit |sit |min |sin |mine |sine )?(hoved|hovedet|pande|panden|hånd|hånden|hænder|hænderne|"
    r"knytnæve|knytnæven|knytnæverne|næve|næven|næverne|knoer|knoerne) (ind i|mod|ned i|ind mod) (\w+ )?(væg|væggen|vægge|"
    r"væggene|mur|muren|gulv|gulvet|flise\w*|beton\w*)\b(?!.{0,40}\b(faldt|falder|snublede|gled|uheld|kom til at|besvimede|"
    r"mørket|ikke så)\b)",
]

SET13_ABUSE: list[str] = [
    # a threatened blow in reported words, not by the speaker: "han vil tæske mig", "de siger de vil smadre mig efter
    # skole", "han siger han vil brække hendes arm"; a game or sport after it stays quiet ("han vil banke mig i skak")
    r"(?<!\bjeg )(?<!\bvi )(?<!\bdu )(?<!\bjeg bare )\b(vil|ville|skal|skulle|kommer til at|truer med at|truede med at|truet med at|"
    r"vil gerne|ville gerne) (\w+ )?" + _HURT13 + r" " + _TARGET13 + r"\b" + _CONTEST13 + _GAME_CTX,
    # sexual demands: showing or sending intimate parts or pictures of the body ("han vil have at jeg viser ham mine
    # bryster", "hun siger jeg skal sende billeder af min krop"); a doctor's or nurse's examination stays quiet
    _NO_AUTHORITY + r".*\b(vil have at|ville have at|siger|sagde|sige|sagt|beder|bad|presser|pressede|tvinger|tvang|truer|truede|får|fik|"
    r"skriver|skrev|vil|ville) (\w+ ){0,3}(jeg|hun|mig|hende|ham|han) (skal |skulle |til at |at )?(vise|viser|viste|sende|sender|"
    r"sendte) (\w+ ){0,2}((min|mine|sin|sine|hendes|hans|sit|mit) (bryster|brysterne|bryst|tissekone\w*|tissemand\w*|numse\w*|"
    r"skridt\w*|fisse\w*|pik\w*|trusser|underliv\w*|nøgne krop|bare krop)|(billede\w*|fotos?|video\w*|snaps?) af (min|mit|mine|"
    r"hendes|hans|sin|sit) (krop|kroppen|bryster|numse|tissekone|tissemand|underliv|trusser)|nøgen\w*|nøgne|nudes)\b",
    _NO_AUTHORITY + r".*\b(han|hun|de|\w+en|(min|mit|hans|hendes) \w+) (vil|ville|gerne vil|vil gerne|skal) (se|røre ved|mærke på) "
    r"(mig nøgen|hende nøgen)\b",
    _NO_AUTHORITY + r".*\b(han|hun|de|\w+en|(min|mit|hans|hendes) \w+) (vil|ville|gerne vil|vil gerne|skal) (se|røre ved|mærke på|"
    r"tage på|føle på) (mine|min|hendes) (bryster|brysterne|tissekone\w*|numse\w*|skridt\w*|fisse\w*|underliv\w*)\b",
    # one's money used or vanishing, and the one asking told to keep out ("min søn bruger min pension og siger jeg
    # ikke skal blande mig", "pengene fra min konto forsvinder og han siger jeg ikke må spørge")
    _AGREED + r".*\b(penge|pengene|\w*pension\w*|\w*konto\w*|løn|lønnen|\w*opsparing\w*|dankort\w*|netbank\w*|økonomi\w*|"
    r"kontanthjælp\w*)\b.{0,80}\b(siger|sagde|har sagt|råber|råbte|skriver|skrev) (\w+ ){0,2}(at )?(jeg|hun|han|mor|far) (ikke|ik) "
    r"(skal|må|skulle|måtte|har lov til at|får lov til at) (spørge|blande (mig|sig)|sige noget|snakke om det|tale om det|kigge|"
    r"tjekke|se (på )?(den|kontoen|det)|vide)\b(?! (om|efter) (flere|mere|lommepenge|nye))",
    # one's money vanishing, with the one who holds the code or a "who" that the speaker does not know
    r"\b(penge|pengene|mine penge|\w*pension\w*|løn|lønnen|\w*opsparing\w*|kontanthjælp\w*)\b (\w+ ){0,4}(forsvinder|forsvandt|"
    r"er forsvundet|var forsvundet|er væk|var væk|væk)\b.{0,80}\b((jeg|hun|han) (ved|aner|vidste|anede) (ikke|ik) hvem\b(?! (der |som )?"
    r"(jeg |man |vi )?(kan|skal|vil|kunne|skulle|må) (hjælpe|spørge|ringe|kontakte|snakke|tale|lave|ordne|vejlede))|(((?!jeg\b)\w+ ){0,2}"
    r"(?<!\bjeg )(?<!kontaktperson )(?<!kontaktpersonen )(?<!bostøtte )(?<!bostøtten )(?<!værge )(?<!værgen )(?<!rådgiver )"
    r"(?<!rådgiveren )(har|kender|ved|fik|fået|bruger)) (min |mit |hendes |hans |sin |sit )?(kode|koden|pinkode\w*|dankort\w*|kort|"
    r"kortet|netbank\w*|mitid|nemid))\b",
    # a threat after telling or leaving phrased as "sørge for" ("hvis jeg fortæller nogen om det, så sørger han for at
    # jeg kommer på et hjem")
    r"\b" + _THREAT_IF + r".{0,40}\b(så )?(sørger|sørgede|skal sørge|vil sørge) (han for at|hun for at|de for at|han nok for at|"
    r"hun nok for at|de nok for at) (jeg|hun|han|vi) (\w+ )?(kommer (på|i) (et |en )?(hjem|plejehjem|institution|bosted|"
    r"psykiatri\w*|lukket)|ryger (ud|på)|bliver (sendt|smidt|anbragt|tvangsindlagt|låst)|havner|aldrig (mere )?(ser|får|kommer)|"
    r"mister)\b",
]

SET13_NEGLECT: list[str] = [
    # medicine kept back as a punishment or a price, or with the carer's scorn ("de giver ham ikke hans piller før han
    # har ryddet op", "hun får ikke sine smertepiller fordi han siger hun skal tage sig sammen")
    _NO_AUTHORITY + r".*(?<!\bjeg )\b(giver|gav|har givet|vil (ikke|ik) give|ville (ikke|ik) give) (mig|hende|ham|os|(min|hans|"
    r"hendes) \w+) (ikke|ik|ingen|aldrig)? ?(\w+ ){0,2}" + _MEDS13 + r"\b( \w+){0,3} " + _PRICE13,
    _NO_AUTHORITY + r".*\b(giver|gav|har givet) (mig|hende|ham|os) (den|dem|det) (ikke|ik|aldrig)\b( \w+){0,3} " + _PRICE13,
    _NO_AUTHORITY + r".*\b(får|fik|fået) (jeg |hun |han )?(ikke|ik|aldrig|først|kun) (min|mine|sin|sine|hans|hendes) (\w+ )?"
    + _MEDS13 + r"\b( \w+){0,3} " + _PRICE13,
    # medicine held back or hidden so that it cannot be taken ("han holder min medicin tilbage", "min mand gemmer min
    # insulin så jeg ikke kan tage den"); not hidden so that one cannot take too many
    _NO_AUTHORITY + r".*(?<!\bjeg )\b(holder|holdt|har holdt) (\w+ ){0,2}(min|mine|hans|hendes|sin|sine) (\w+ )?" + _MEDS13
    + r" (\w+ )?tilbage\b(?!( \w+){0,2} (til|indtil|før|inden|efter) (\w+ ){0,3}(spist|spiser|spise|maden|måltid\w*|morgenmad\w*|"
    r"aftensmad\w*|frokost\w*|middag\w*|blodprøve\w*|målt|måler|målingen|lægen|operation\w*|scanning\w*|undersøgelse\w*|"
    r"blodsukker\w*|drukket)\b)",
    _NO_AUTHORITY + r".*\b(tilbageholder|tilbageholdt|tilbageholdte) (\w+ ){0,2}(min|mine|hans|hendes|sin|sine) (\w+ )?" + _MEDS13 + r"\b",
    _AGREED + r".*(?<!\bjeg )\b(gemmer|gemte|gemt|skjuler|skjulte|låser|låste) (\w+ ){0,2}(min|mine|hans|hendes|sin|sine) (\w+ )?"
    + _MEDS13 + r" (\w+ ){0,3}så (jeg|hun|han) (ikke|ik) (kan|kunne) (tage|få|finde) (den|dem|det|noget|nogen)\b"
    r"(?! (selv|alle|på (en|én) gang|i utide))(?!.{0,20}\b(for mange|alle sammen|på (en|én) gang)\b)",
    # not washed for long because the carers do not come ("jeg har ikke været i bad i to uger fordi hjælperen ikke kommer")
    r"\b(ikke|ik) (været i bad|fået bad|fået et bad|været vasket|blevet vasket|fået skiftet|fået rent tøj)\b.{0,30}\b" + _LONG
    + r"\b.{0,40}\b" + _CARER + r" (ikke|ik|aldrig) (kommer|kom|er kommet|har været her|dukker op|dukkede op|har tid)\b",
]

# an everyday activity in which one cuts or knocks oneself by accident, in either order ("når jeg barberer mig skærer
# jeg mig tit", "jeg slår mig tit på knæet til træning"); not with a sign that it is done on purpose
_ACTIVITY13 = (r"(barber\w*|træning\w*|træner|træne|fodbold\w*|håndbold\w*|badminton|cykle\w*|cyklen|cykler|cykel\w*|laver mad|lavede mad|"
               r"skræller|skrællede|snitter|snittede|hakker|hakkede|skærer brød|skar brød|køkkenet|værksted\w*|haven|"
               r"arbejde\w*|gymnastik|spiller|spillede|leger|legede)")
_ON_PURPOSE13 = r"(?!.{0,50}\b(med vilje|selv|for at|til (det|blod|jeg|hun|han)|blod|bløder|straffe\w*|ar|arrene)\b)"

SET13_EXCEPTIONS: list[str] = [
    # kicked or pushed in a game or at training ("til træning sparker de mig over benene når vi tackler"); not in the
    # changing room, on purpose or every day, which is bullying
    r"\b(træning\w*|fodbold\w*|håndbold\w*|kampen|kampene|tackl\w*|hockey|rugby|basket\w*)\b.{0,40}\b(sparker|sparkede|tackler|"
    r"tacklede|skubber|skubbede) (de|han|hun) (mig|hende|ham)\b(?!.{0,50}\b(med vilje|hver dag|hele tiden|omklædning\w*|bagefter|"
    r"efter (træning\w*|kampen)|når (ingen|træneren ikke))\b)",
    r"\b" + _ACTIVITY13 + r"\b.{0,40}\b((skærer|skar|slår|slog|brænder|brændte) (jeg mig|hun sig|han sig)|jeg (skærer|skar|slår|slog|"
    r"brænder|brændte) mig|(hun|han) (skærer|skar|slår|slog|brænder|brændte) sig)\b(?! selv)" + _ON_PURPOSE13,
    r"\b(jeg (\w+ )?(skærer|skar|slår|slog|brænder|brændte) mig|(hun|han) (\w+ )?(skærer|skar|slår|slog|brænder|brændte) sig)\b"
    r"(?! selv)( \w+){0,4} (når|da|mens|efter|til|"
    r"under|i) (jeg |hun |han )?(\w+ )?" + _ACTIVITY13 + r"\b" + _ON_PURPOSE13,
    # medicine kept safe from an overdose ("personalet låser min medicin inde så jeg ikke kan tage for mange")
    r"\b(låser|låste|låst|gemmer|gemte|gemt|skjuler|skjulte|passer på) (\w+ ){0,2}((min|mine|hans|hendes|sin|sine|vores) "
    r"(\w+ )?" + _MEDS13 + r"|" + _MEDS13 + r")\b( \w+){0,3} så ((jeg|hun|han|vi|de) (ikke|ik)|ingen|ingen af (os|dem)) (kan|kunne) (tage|få|sluge) "
    r"(dem |det |den )?(alle|for mange|"
    r"det hele|hele \w+|på (en|én) gang|flere end)\b",
    # the day's pills as a routine ("om morgenen tager jeg alle mine piller", "jeg tager alle mine piller hver aften")
    r"\b(om morgenen|om aftenen|hver morgen|hver aften|hver dag|til morgenmaden|til aftensmaden|morgen og aften) (tager|tar) "
    r"(jeg|hun|han) (alle|hele) (mine|sine|dagens) (piller|pillerne|tabletter|medicin)\b",
    r"\b(tager|tar) (jeg |hun |han )?(alle|hele) (mine|sine|dagens) (piller|pillerne|tabletter|medicin) (om morgenen|om aftenen|"
    r"hver morgen|hver aften|hver dag|til morgenmaden|til aftensmaden|morgen og aften)\b",
    # shut in one's own world or thoughts, not in a room
    r"\b(låst|lukket|spærret|fanget) inde i (sin|min|hans|hendes|sit|mit|deres|sine|mine) (egen |eget |egne )?(verden|tanker|hoved|"
    r"krop|bobbel|boble|følelser)\b",
    r"\b(låst|lukket|spærret) inde i (sig selv|mig selv|sine tanker|mine tanker)\b",
    # the day's pills taken as prescribed ("jeg har taget alle mine piller i dag, ligesom lægen har sagt")
    r"\b(taget|tog|tager) (alle|hele) (mine|sine|dagens|morgen\w*|aften\w*) (piller|pillerne|tabletter|medicin|dosis)( \w+){0,3} "
    r"((som|ligesom|sådan som) (lægen|jeg|hun|han|de) (har |havde )?(sagt|siger|sagde|ordineret|skrevet|skal|plejer|har fået "
    r"besked)|som aftalt|efter planen)\b",
]


# (set 14, December 2026) Shared pieces. Being a burden, in many words ("til besvær", "til gene", "en belastning",
# "en sten om halsen"); a sign that it is how one sees oneself and not a polite phrase: an adverb ("bare", "kun",
# "altid"), "for" with whom, or a feeling ("føler mig som"). Apologies and hopes ("undskyld at jeg er til besvær",
# "jeg håber ikke jeg er til besvær") and asking for help ("… når jeg beder om hjælp") stay quiet.
_BURDEN14 = (r"(til (besvær|bøvl|gene|ulejlighed|last|ulempe|byrde)|en (byrde|belastning|plage|klods om benet|sten om halsen)|"
             r"et (problem|åg)|i vejen|bare i vejen|ikke andet end (besvær|bøvl|problemer|en byrde)|kun (besvær|bøvl|problemer))")
_BURDEN_SIGN14 = (r"((bare|bar|ba|kun|jo|altid|bare altid|sådan|efterhånden|bare en|ikke andet end|intet andet end|så meget|så "
                  r"meget bare) |(?=(\w+ ){1,4}"
                  r"(for|på) (alle|dem|jer|os|hende|ham|hele|min|mit|mine|sin|sit|sine|hans|hendes|familien|personalet|de andre|andre|"
                  r"pædagog\w*|hjælper\w*|plejer\w*|forældre\w*|søskende)\b))")
_NOT_POLITE14 = (r"(?<!undskyld )(?<!undskyld at )(?<!undskylder at )(?<!ked af at )(?<!håber )(?<!håber ikke )(?<!håber ikke at )"
                 r"(?<!håber at )(?<!bange for at )(?<!beklager at )(?<!beklager )(?<!hvis )(?<!om )(?<!ikke fordi )")
# in the way in a place, not in life ("jeg er i vejen for alle i køkkenet")
_IN_PLACE14 = (r"(?!.{0,25}\b(i|på|ved|foran) ((min|mit|sin|sit|hans|hendes|vores|deres|den|det) (egen |eget )?)?(køkken\w*|gangen|"
               r"døren|entre\w*|bus\w*|tog\w*|butikken|vejen|gulvet|stuen|badeværelse\w*|fjernsyn\w*|tv\w*|skærmen|kassen|køen|"
               r"trappen|elevatoren|bilen|lejlighed\w*|værelse\w*|rummet|kantine\w*|fællesrum\w*|kontor\w*|lokale\w*|"
               r"omklædning\w*|hallen|haven|gården|vaskeri\w*|opgang\w*)\b)"
               r"(?!.{0,40}\b((når|mens) (\w+ ){1,2}(gør rent|gjorde rent|støvsuger|støvsugede|vasker gulv|rydder op|ryddede op|maler|"
               r"flytter møbler|laver mad|bager)|holdet|mit hold|vores hold|kampen|kampene|den kamp|træning\w*|turnering\w*|løbet|"
               r"banen|quiz\w*)\b)")
_FOR_HELP14 = (r"(?!.{0,40}\b(når|hvis|fordi) (jeg|hun|han) (beder|spørger|ringer|skal have|får|har brug for|beder om|"
               r"skriver)\b)(?! (med|i) (mit|min|mine|sit|sin|sine|det|den|de) (spørgsmål|opkald|beskeder|ansøgning\w*|"
               r"papirer|sag\w*|formular\w*)\b)" + _IN_PLACE14)
# a toy, a pillow or snow as the weapon ("han skyder mig med sin vandpistol", "hun slår mig med en pude")
_TOY14 = (r"(legetøj\w*|plastik(sværd|pistol|gevær|kniv|økse|bold|dyr|legetøj|figur|kugle|pile?)\w*|vandpistol\w*|vandgevær\w*|nerf\w*|skumpil\w*|skumsværd\w*|skum\w*|lyssabel\w*|papsværd\w*|"
          r"træsværd\w*|vandballon\w*|snebold\w*|sne|pude\w*|hovedpude\w*|sofapude\w*|bamse\w*|kildepistol\w*|laser ?tag|"
          r"paintball|gummi(bold|and|ænder|dyr|sværd|kniv|edderkop|legetøj|figur|elastik)\w*|ballon\w*)")
_HIT14 = (r"(slår|slog|slået|slå|banker|bankede|banke|tæsker|tævede|tæve|tæske|smadrer|smadrede|smadre|sparker|sparkede|sparke|"
          r"skyder|skød|skudt|skyde|stikker|stak|stikke|dræber|dræbte|dræbe|truer|truede|true|skubber|skubbede|"
          r"knuser|knuste|kværker|kværkede|overfalder|overfaldt|angriber|angreb)")
_GAMES14 = (r"(skak\w*|ludo|kort|kortspil\w*|\w*spil|\w*spillet|fifa|matador|uno|badminton|bordtennis|ping ?pong|tennis|fodbold\w*|"
            r"håndbold\w*|bowling|billard|dart|minecraft|fortnite|mario\w*|yatzy|wordfeud|quiz\w*|kryds og bolle|armlægning|"
            r"løb\w*|kapløb|playstation|xbox|pool|petanque|krolf|golf|minigolf|squash|padel\w*|brætspil\w*|skrabeskak|dam|"
            r"trivial pursuit|backgammon|kryds|sudoku|stratego|boksning|karate|judo|brydning|boksetræning\w*)")
_MEDS14 = (r"(\w*medicin\w*|\w*piller|\w*pillerne|insulin\w*|smertestillende|\w*tabletter|\w*tabletterne|morfin\w*|"
           r"inhalator\w*|astmaspray\w*|\w*spray|sprøjte\w*|plaster|plastre|ilt|øjendråber|dråber|epilepsi\w*|antidepressiv\w*)")
# whom medicine is kept from: the speaker or a person (relatives also without "min": "mor", "far", "mormor")
_CARED14 = (r"(mig|hende|ham|os|(min|mit|mine|hans|hendes|sin|sit|sine|vores) (\w+ )?(" + _KIN[1:-1].replace("|mors|fars", "") + r"|mormor|morfar|farmor|farfar|bedstemor|bedstefar|oldemor|"
            r"oldefar|moster|faster|morbror|farbror|svigermor|svigerfar)|"
            r"(min|mit|hans|hendes|vores) (\w+ )?(patient\w*|borger\w*|beboer\w*|klient\w*)|mor|far|mormor|morfar|farmor|farfar|"
            r"bedstemor|bedstefar|moster|faster|mormand)")
# the sign that medicine kept back is a failure or a harm: the keeper's excuse or scorn, no time, forgetting, not
# wanting to, a duration, or what it did to the person
_MED_SIGN14 = (r"((siger|sagde|mener|synes|påstår|råber|skriver) (at )?(\w+ ){0,2}(kan |skal )?(klare sig uden|klarer sig uden|"
               r"undvære|(ikke|ik) (har|behøver|skal have|trænger til|har brug for)( brug for)?|er for dyre?|koster for meget|"
               r"er (spild|noget pjat|pjat|noget vrøvl|vrøvl|unødvendig\w*|ligegyldig\w*|hysterisk)|overdriver|spiller syg|skal lære|pylrer|"
               r"klynker|stiller sig an|"
               r"skal tage (sig|mig) sammen|lader som om|er doven|er besværlig)|" + _EXCUSE + r"|glemmer|glemte|glemt|"
               r"gider (ikke|ik)|orker (ikke|ik)|vil (ikke|ik)(?! (have|tage|sluge|bruge) (dem|den|det|\w*medicin\w*|\w*piller\w*|"
               r"\w*dråber\w*|\w*tabletter\w*))|(ikke|ik) (har|havde) tid|har (så |for |alt for )?travlt|som straf|"
               r"(så|og|selvom|men|mens|når) (jeg|hun|han|min \w+|mor|far) (\w+ ){0,3}(græder|græd|skriger|skreg|jamrer|"
               r"klager sig)|"
               r"(så|og|selvom|men|mens|når) (jeg|hun|han|min \w+|mor|far) (\w+ )?(får|fik|har|havde|bliver|blev|græder|græd|"
               r"ryster|rystede|skriger|skreg|ligger|lå|kaster op|kastede op) (\w+ ){0,2}(anfald|kramper|ondt|smerter|syg|syge|dårlig|"
               r"dårligt|sukkerfald|feber|panik|angst|vejrtræknings\w*|åndenød|det skidt|det dårligt|helt skidt)|" + _LONG[1:-1] + r")")
_NOT_SELF_MED14 = (r"(?!.{0,60}\b(selv|det gør jeg|det klarer (jeg|hun|han|vi)|lægen|aftal\w*|doktor\w*|hospital\w*|sygehus\w*|"
                   r"(hun|han|mor|far|mormor|morfar|farmor|farfar) (nægter|nægtede|vil (ikke|ik) (have|tage)|ville (ikke|ik) (have|tage)|"
                   r"siger nej tak|sagde nej tak)|"
                   r"fordi (han|hun|jeg) (er|blev) rask|pause)\b)")
# (review 5) a real blow right after a hit in a game: to the head or face, hard, with the hand, or when one wins
_BLOW5 = (r"(?!( \w+){0,2} (i (hovedet|ansigtet|hoved|ansigt|maven|ryggen|nakken|øret|næsen|munden|brystet|skridtet|ribbenene|"
          r"siden|fjæset|tryne)|på (kinden|munden|øret|hovedet|kæben|næsen)|hårdt|hårdere|med (hånden|næven|knytnæven|flad hånd|"
          r"knytnæver|bæltet|en stok|stokken|en flaske)|så det (gør|gjorde) ondt|(hvis|når|fordi) (jeg|hun|han) (vinder|vandt|taber|"
          r"tabte)|til (jeg|hun|han) (bløder|græder))\b)")
# a game, sport or toy weapon after a hit, or real harm said after it (which keeps the hit)
_REAL14 = (r"(?!.{0,40}\b(med vilje|så (jeg|hun|han) (bløder|blødte|græder|græd|fik|får)|blå mærker|blod|rigtigt|for alvor|"
           r"bagefter|hver dag|når ingen|(ikke|ik) for sjov|(ikke|ik) i sjov)\b)")
_CONSENT14 = (r"(og|men|,)? ?(det|dét) (kan (jeg|hun|han) (rigtig )?(godt )?lide|elsker (jeg|hun|han)|nyder (jeg|hun|han)|"
              r"vil (jeg|hun|han) (også )?(gerne|godt)|er (så |rigtig |virkelig )?(dejligt|rart|skønt|fint|okay|ok|i orden|hyggeligt|"
              r"godt)|har vi det godt med|har (jeg|hun|han) det godt med)\b")
_NO_CONSENT14 = (r"(?!.{0,120}\b(ikke vil|ik vil|vil (ikke|ik)|ville (ikke|ik)|(ikke|ik) lyst|gider (ikke|ik)|stop|nej|sagt nej|siger nej|sagde nej|tvinger|tvang|truer|truede|presser|pressede|ellers|"
                 r"hemmelighed\w*|ikke må sige|onkel|stedfar|pædagog\w*|træner\w*|lærer\w*|voksen|voksne|bange|græder|græd|"
                 r"gør ondt|gjorde ondt|selvom)\b)")

# (review 5) a trip that is no trip: "en rejse uden retur", "en tur ud på broen"
_NO_RETURN5 = (r"(?!( \w+){0,3} (uden (retur|returbillet|at komme (hjem|tilbage))|for (altid|evigt|godt)|og (kommer|vender) (ikke|ik|"
               r"aldrig) (tilbage|hjem)|(ud |op |ned |hen )?(på|til|i|over|fra|ved) (\w+ )?(broen|en bro|\w+broen|taget|altanen|"
               r"højhuset|klinten|skrænten|tårnet|sporet|skinnerne|banen|vandet|havet|søen|fjorden|havnen|kajen|stranden|skoven)))")
# away for a trip or a while, not for good ("så er I fri for mig i to uger", "nu slipper I for mig til sommer"), or
# gone home, to bed, or on to a new job or school ("så er I fri for mig, jeg tager hjem nu"); a day's time word only
# with an ordinary reason ("så er du fri for mig i morgen, jeg er syg")
_A_WHILE14 = (r"(?!.{0,40}\b(i (\w+ )?(uge\w*|dage|døgn|weekend\w*|timer|ferie\w*|sommer\w*|måned\w*)|"
              r"til (jul\w*|påske\w*|\w+dag|sommer\w*|efterår\w*|foråret|\w+ferie\w*|nytår)|et (par|stykke)|en (tid|uge|stund|"
              r"måned|weekend|dag|time)|ferie\w*|(?<!sidste )(?<!lange )(?<!evige )(rejse\w*|rejser|en tur|tur)\b" + _NO_RETURN5 + r"|"
              r"tager (til|på|i|med)(?! (en |den |min |sin )?(sidste|lange|evige|store) (rejse|tur))|"
              r"flytter|sommerhus\w*|lejr\w*|"
              r"kursus|hospital\w*|sygehus\w*|aflastning\w*|ud at|ude at|på (ferie|tur|lejr|kursus|ophold)|resten af (dagen|aftenen|"
              r"ugen|weekenden|timen)|(tager|går|tar|kører|cykler|skal|smutter|tager bussen) (\w+ )?hjem|(går|skal|lægger mig|ligger) "
              r"(\w+ )?i (seng|sengen|bad)|skal (sove|hvile mig) (nu|lidt)|færdig med (skolen|\w*skole\w*|uddannelse\w*|studiet|"
              r"kurset|praktik\w*|gymnasiet|forløbet|\w*kursus)|(fået|får|fik|starter på|begynder på|har) (et |en )?(nyt|ny) (job|arbejde|"
              r"skole|lejlighed|bolig|praktik\w*|plads|uddannelse)|nyt job|nyt arbejde|ny skole)\b)"
              r"(?!( \w+){0,2} (i morgen|i aften|i dag|i eftermiddag|i nat)\b(?=.{0,40}\b((jeg|vi) (er syg|er til|er på|skal (til|på|"
              r"ud|hjem|arbejde|afsted|op|i skole|på arbejde|i seng|besøge)|har (fri|ferie|travlt|en aftale|møde)|tager (til|på|hjem|"
              r"ud)|går (hjem|i seng|på arbejde)|arbejder|kører|flyver)|fordi|for (jeg|vi) (er|skal|har))\b))")
# (review 5) pain or illness near the taking: medicine against it, not numbing ("hun tager piller så hun ikke mærker
# noget til sin gigt", "jeg tager min angstmedicin så jeg ikke mærker noget")
_PAIN5 = (r"(?<!det )ondt(?! (indeni|inden i|i (hjertet|sjælen|livet)))|smerte\w*(?! (indeni|inden i|i (hjertet|sjælen)))|"
          r"smertestillende|bedøv\w*|tandlæge\w*|operation\w*|hovedpine\w*|migræne\w*|tandpine|gigt\w*|angstmedicin\w*|"
          r"antidepressiv\w*|lykkepille\w*|\w*medicin (mod|for|til) \w+|piller (mod|for) \w+|tabletter (mod|for) \w+|kvalme|"
          r"feber|forkølelse\w*|allergi\w*|kløe|tørstig|mæt|sulten")

SET14_SUICIDE: list[str] = [
    # being a burden, first person ("jeg er bare til besvær for alle", "jeg er kun til ulejlighed for min søster",
    # "æ er bar' til besvær"), and as one feels it ("føler mig som en belastning", "føler at jeg er i vejen")
    _NOT_POLITE14 + r"\bjeg ((\w+ ){1,6}og )?(er|bliver|var) ((nok|vel|vist|jo|sgu|egentlig|også|nu|da) ){0,2}" + _BURDEN_SIGN14
    + r"(\w+ )?" + _BURDEN14 + r"\b" + _FOR_HELP14,
    _NOT_POLITE14 + r"\bjeg (bare|kun|jo|altid|bare altid|efterhånden|ikke andet end) (er|bliver|var) (\w+ )?" + _BURDEN14 + r"\b"
    + _FOR_HELP14,
    r"(?<!ikke )\b(føler|følte|føles|føltes|tænker|tænkte|ved) (mig|sig)? ?(at |som om |som )?((jeg|hun|han) (er|var) )?"
    r"(bare |kun |altid |bare altid )?(et |en )?(til (besvær|bøvl|gene|ulejlighed|last)|belastning|byrde|plage|klods om benet|"
    r"sten om halsen|i vejen)\b" + _FOR_HELP14,
    # a relative's report of it ("hun siger hun kun er en belastning", "han siger han ligger os til last")
    r"\b(siger|sagde|skriver|skrev|synes|syntes|tror|mener|føler) (tit |altid |hele tiden |ofte |igen |selv |jo )?(at )?(hun|han) "
    r"(bare |kun |jo |"
    r"altid |bare altid )?(er|var|bliver|ligger (os|jer|dem|alle|familien|mig) til) ?(bare |kun |jo |altid )?(\w+ )?"
    r"(til (besvær|bøvl|gene|ulejlighed|last)|en (belastning|byrde|plage|klods om benet|sten om halsen)|i vejen|last)\b" + _FOR_HELP14,
    r"\b(ligger|lå|ligge) (\w+ ){0,2}til last\b",
    # "then you are rid of me", with the subject first too ("så er I fri for mig", "I slipper for mig nu"); not for a
    # trip or a while ("så er I fri for mig i to uger")
    r"\b((så|snart|nu|endelig) (er|bliver) (i|de|du|alle|jer|familien)( alle)? (endelig |snart |nu |bare )?(fri|fritaget|"
    r"befriet|af med) (for )?(mig|hende|ham)|(så|snart|nu|endelig) slipper (i|de|du|alle|jer|familien)( alle)? (endelig |snart |"
    r"nu |bare |så )?for (mig|hende|"
    r"ham)|(i|de|du|alle|familien)( alle)? (slipper|er fri|bliver fri|er af med|bliver af med) (snart |nu |endelig |bare |så )?"
    r"(for |af med )?(mig|hende|ham)|(i|de|du|alle|familien|de andre|(mine|min|mit|hans|hendes|sine|sin) \w+)( alle)? (fortjener at|fortjente at|burde|ville have godt af "
    r"at|har fortjent at) (\w+ )?(slippe|blive fri|være fri|være fri|komme af med|blive af med) (for )?(mig|hende|ham))\b" + _A_WHILE14,
    # how many pills it takes not to wake up ("hvor mange skal man tage for ikke at vågne", "… skal der til for at man
    # ikke vågner")
    r"\bhvor ?(mange|meget)\b(?! (timer|timers|minutter|søvn|kaffe|vand)\b).{0,60}\b(for|før|så|inden|til) (at )?((man|jeg|hun|han|du) )?(ikke|ik|aldrig) (at )?(vågner|vågne|"
    r"vågnede|vågner op|vågne op|kommer til (sig selv|bevidsthed))\b(?! (\w+ ){0,2}(træt\w*|med|af|før|inden|tidlig\w*|om natten|"
    r"hele tiden|hver|kl|klokken|ved|for tidligt|midt|i nat|i løbet af natten|hele natten|om morgenen|igen)\b)",
    r"\bhvor mange (\w+ ){0,3}(skal|skulle) der (til|tages)\b.{0,40}\b(dø|død|ihjel|ikke vågne|ikke vågner|aldrig vågne|for altid|for evigt)\b",
    # wishing one had been let die or not saved ("gid de havde ladet mig dø", "lægerne skulle have ladet ham dø",
    # "jeg ville ønske de ikke havde fundet mig", "hvorfor reddede de mig")
    r"(?<!\bikke )\b(ladet|lade|lod|lad|la) (mig|ham|hende) (dø|være død|drukne|forbløde|gå bort|sove ind|ligge og dø)\b"
    r"(?! (af|som|i fred|gammel))(?! _+( |$))(?!( \w+){0,3} (i|på|til) (\w+ )?(" + _MEDIA[1:-1] + r"|\w*spil\w*|level\w*|bane\w*|runde\w*|"
    r"minecraft|fortnite|roblox|gta|teater\w*|stykket|forestilling\w*|rollespil\w*|legen)\b)",
    r"\b(ønske|ønsker|ønskede|gid|bare|helst|hellere) (at )?(de|i|nogen|lægerne|lægen|"
    r"ambulancen|redderne|personalet|han|hun|min \w+) (ikke|ik|aldrig) (havde|var) (\w+ )?(reddet|fundet|genoplivet|pumpet|"
    r"opdaget|tilkaldt|(kommet|ringet|vækket)\b(?! (mig |hende |ham |os )?(til|på|i|om|hjem|frem|forbi|med|tidligt|sent|kl|"
    r"klokken|hver|før|inden|ind|over|ud|derhen|alligevel|så (tidligt|sent|tit|ofte|hurtigt|meget)|for (tidligt|sent))\b))\b"
    r"(?! (i tide|hjem|frem|til tiden|forbi|med)\b)",
    r"\bhvorfor (reddede|redder|genoplivede|genopliver|fandt) (de|i|nogen|lægerne|du|han|hun|ambulancen) (mig|hende|ham)\b"
    r"(?! (ikke|ik|først|i tide)\b)(?!( \w+){0,2} fra (?!(at|døden|mig selv|sig selv|det hele|livet|broen|vandet|taget)\b)\w+)"
    r"(?!( \w+){0,2} (i|bag|under|inde i|oppe i|nede i|bagved) (\w+ )?(skjul\w*|gemme\w*|\w*skab\w*|sofa\w*|sengen|busk\w*|"
    r"\w*leg\w*|dyne\w*|gardin\w*|døren|træet)\b)",
    r"(?<!siger )(?<!sagde )(?<!siger at )(?<!sagde at )(?<!sagt at )(?<!mener )(?<!tror )(?<!læge )(?<!lægen )(?<!lægerne )"
    r"\b(jeg|hun|han) (skulle|burde) (bare |egentlig |jo |hellere |helst )?(have været|være|ha været|ha vaeret) død\b"
    r"(?! af (skam|grin|flovhed|pinlighed|kedsomhed|latter|misundelse|nysgerrighed))"
    r"(?!.{0,60}\b((siger|sagde|sagt|mener|mente) (lægen|lægerne|de|sygeplejersken|kirurgen|overlægen)|ifølge (lægen|lægerne|"
    r"statistikken)|sej gammel|overlevede|overlevet)\b)",
    # drinking or taking pills until one feels nothing ("jeg drikker til jeg ikke mærker noget", "tog piller og vin
    # til jeg ikke kunne føle noget"); not against pain
    r"\b(drikker|drak|drukket|drikke|tager|tog|taget|tage|tar|sluger|slugte|spiser|spiste|ryger|røg|bæller|bællede)\b"
    r"(?!(\s\S+){0,6}? (" + _PAIN5 + r")\b)"
    r"(\s\S+){0,5}? (til|indtil|så|for at|så længe at) ((jeg|hun|han|man) )?(ikke|ik|ingenting|intet|ikke længere) (kan |kunne "
    r"|skal )?(mærker|mærke|mærkede|føler|føle|følte)( (noget|nogenting|mere|længere|mig selv|sig selv|noget som helst|"
    r"mere til noget|noget mere)\b(?! (til|i|på|af|fra) (\w+ )?(knæ\w*|ryg\w*|ben\w*|hoved\w*|tand\w*|maven|armen|foden|kulden|"
    r"sulten|\w*smerte\w*|gigt\w*|angst\w*|sygdom\w*|symptom\w*|bivirkning\w*|kvalme|uro\w*|allergi\w*|kløe\w*|"
    r"operation\w*|såret|bruddet|hoften|skulder\w*|nakke\w*|led\w*|migræne\w*|hovedpine\w*|nerve\w*)\b)|\W*$)"
    r"(?!.{0,30}\b(" + _PAIN5 + r")\b)",
    r"\b(drikker|drak|drikke|drukket) (mig|sig) (\w+ )?(bevidstløs|følelsesløs|ud af det|væk fra det hele)\b",
    # things shared out or given away ("jeg har delt mine ting ud til vennerne"); not old or outgrown things
    r"\b(delt|delte|deler|givet|gav|giver|foræret|forærede|forærer|fordelt|fordelte|fordeler) (alle |alt |hele |resten af |"
    r"næsten alle )?(mine|sine|hans|hendes) (ting|sager|ejendele|ting og sager|tøj og ting|værdier|smykker) (ud|væk|bort)\b"
    r"(?!.{0,40}\b(loppe\w*|genbrug\w*|\w*marked\w*|flytning\w*|flytter|flyttede|flytte|gamle|brugt\w*|børnehave\w*|julegave\w*|"
    r"plejehjem\w*|ældrebolig\w*|bosted\w*|botilbud\w*|ny bolig|mindre bolig|mindre lejlighed|ikke plads)\b)",
    # one's own pills not taken but hidden or saved ("far tager ikke sine piller, han gemmer dem i en dåse")
    r"\b((tager|tog|sluger|slugte|tar) (ikke|ik|aldrig)|dropper|droppede|spytter|spyttede) (mine|sine|hans|hendes|min|sin) (\w+ )?"
    + _MEDS14 + r"\b.{0,60}\b(gemmer|"
    r"gemte|gemt|samler|samlede|sparer|sparede|lægger|lagde|skjuler|skjulte) (dem|dem op|på dem|den|det)\b(?!.{0,40}\b(læge\w*|"
    r"apotek\w*|hjemmepleje\w*|sygeplejerske\w*|vise|aflevere\w*|smide\w*|destruk\w*)\b)",
]

SET14_NEGLECT: list[str] = [
    # medicine kept from someone with the object after "ikke" ("hjemmehjælperen giver ikke min far hans medicin, hun
    # siger han kan klare sig uden"; "min søn giver ikke mor hendes piller mere, han siger de er for dyre") and a sign
    _NO_AUTHORITY + r".*(?<!\bjeg )(?<!\bvi )\b(giver|gav|gir|vil (ikke|ik) give|ville (ikke|ik) give) (ikke|ik|aldrig|længere "
    r"ikke|mere|heller (ikke|ik))? ?(længere |mere )?" + _CARED14 + r" (\w+ )?(sin |sine |sit |hans |hendes |min |mine |mit )?"
    r"(\w+ )?" + _MEDS14 + r"\b" + _NOT_SELF_MED14 + r".{0,80}\b" + _MED_SIGN14 + r"\b",
    # stopped giving it, with what it did ("han stopper tit med at give hende medicinen, så hun får anfald")
    _NO_AUTHORITY + r".*(?<!\bjeg )(?<!\bvi )\b(stopper|stoppede|stoppet|holder op|holdt op|hører op|hørte op|springer over|"
    r"sprang over) (\w+ ){0,2}med at give " + _CARED14 + r" (\w+ )?(sin |sine |sit |hans |hendes |min |mine |mit )?(\w+ )?"
    + _MEDS14 + r"\b" + _NOT_SELF_MED14 + r".{0,80}\b" + _MED_SIGN14 + r"\b",
]

SET14_EXCEPTIONS: list[str] = [
    # a game or sport named before the hit ("i skak slår han mig altid", "i ludo banker min farmor mig"); real harm
    # told after it keeps the hit
    r"\b(i|til|på|med|når vi spiller|når vi spillede|vi spiller|vi spillede|i et spil|til et spil) (\w+ )?" + _GAMES14
    + r"\b( (?!men\b)\w+){0,3} " + _HIT14 + r" (\w+ ){0,2}(mig|os|hende|ham|min \w+|mit \w+)\b" + _REAL14 + _BLOW5,
    # a toy, a pillow or snow as the weapon, after the hit or named first
    r"\b" + _HIT14 + r" (\w+ ){0,3}(mig|os|hende|ham|min \w+|mit \w+)( ihjel)?\b(?=( (?!men\b)\w+){0,5} (med|i|på) (en |et |sin |sit "
    r"|sine |hans |hendes |min |mit |mine |de |den |det |nogle |vores )?(\w+ )?" + _TOY14 + r"\b)" + _REAL14,
    r"\b(med|i|på) (en |et |sin |sit |sine |hans |hendes |min |mit |mine |de |den |det |nogle |vores )?(\w+ )?" + _TOY14
    + r"\b( (?!men\b)\w+){0,3} " + _HIT14 + r" (\w+ ){0,2}(mig|os|hende|ham|min \w+|mit \w+)\b" + _REAL14,
    # touch and sex told as wanted, between partners ("min kæreste rører ved mig og det kan jeg godt lide", "vi har sex
    # og det er dejligt, vi er kærester")
    r"\b" + _PARTNER13 + r"( \w+){0,3} (rører|rørte|kysser|kyssede|kærtegner|befamler|beføler|nusser|krammer|har sex|havde sex|"
    r"(vil|ville|gerne vil|gerne ville) (gerne )?have sex|tager tøjet af) (ved |med )?(mig|hende|ham)\b(?=.{0,30}" + _CONSENT14 + r")" + _NO_CONSENT14,
    r"\b(rører|rørte|kysser|kyssede|kærtegner|befamler|beføler|nusser|har sex|havde sex|vil have sex|ville have sex) (ved |med )?"
    r"(mig|hende|ham)\b(?=.{0,30}" + _CONSENT14 + r")(?=.{0,80}\b(kæreste\w*|kærester|samlever\w*|partner\w*|gift|forlovede|"
    r"mand|kone)\b)" + _NO_CONSENT14,
]

# (set 15) Acute danger now, exploitation of vulnerable adults, threats and stalking by strangers and neighbours.
# a past event told as over, anywhere in the message (a prefix: the pattern then looks for its words from the start)
_PAST15 = (r"^(?!.*\b(sidste (år|uge|måned|gang|vinter|sommer)|for \w+ (år|uger|måneder|dage) siden|dengang|da (jeg|hun|han) var|"
           r"(?<!siden )(i går|igår)|tidligere|engang)\b).*?")
_NOT_OVER15 = r"(?!.{0,50}\b(sidste|for \w+ siden|dengang|da (jeg|hun|han) var|i går|igår|sidste år|tidligere)\b)"
# lost, cold, dark or alone outdoors: the signs that a lost person is in danger
_COLD15 = (r"(koldt|kold|kolde|kulde\w*|fryser|fryse|frøs|frost\w*|sne|sneen|snevejr|sner|sneede|isglat|mørkt|mørket|om natten|i nat|natten|"
           r"pjaskvåd|gennemblødt|gennemvåd)")
_LOST15 = (r"((ved|aner) (ikke|ik) (længere )?hvor (jeg|hun|han|vi) er( henne)?|(faret|faren|gået|kørt|cyklet|løbet) (helt )?vild|"
           r"(kan|kunne) (ikke|ik) finde (hjem|tilbage|vej\w* hjem|hjem igen|vej\w* tilbage|vej\w* ud)|(er|har) (gået|kørt|cyklet) forkert|"
           r"(er|blevet|blev) (blevet )?væk (i|fra|på) \w+|farer vild)")
_NOT_LOST15 = r"(?!.{0,30}\b(i (mit|sit|hans|hendes) liv|i livet|med (mit|min|sit|sin)|i (bogen|spillet|teksten|opgaven|matematik\w*)|spil\w*)\b)"
# (a cramp in a muscle is no seizure: "krampen i min læg går ikke over")
_SEIZURE15 = (r"(kramper|krampe|krampeanfald\w*|krampetrækninger|anfald|anfaldet|epilepsianfald\w*|epileptisk anfald|krampen)"
              r"(?! i (min |mit |mine |hans |hendes |sin |sit |sine |den |det |venstre |højre )?(\w+ )?(læg\w*|ben|benet|benene|fod|foden|"
              r"fødder\w*|tå|tæer\w*|hånd\w*|mave\w*|arm\w*|nakke\w*|ryg\w*|lår\w*|finger|fingre\w*|kæbe\w*|muskel\w*|muskl\w*)\b)")
_CHRONIC15 = (r"(?!.{0,40}\b(helt|selvom|trods|med (den|medicin\w*|pillerne)|ad gangen|om (dagen|ugen|måneden)|hver (dag|uge|måned)|"
              r"plejer|tit|ofte|nogle gange|i benene|i benet|i læggen|i læggene|i foden|i maven|efter (træning|fodbold|løb)|løb\w*|svøm\w*|"
              r"træn\w*|cykl\w*)\b)")
_DOOR15 = (r"(døren|dør|hoveddøren|hoveddør|altandøren|bagdøren|terrassedøren|dørhåndtaget|dørhåndtag|håndtaget|vinduet|vinduerne|"
           r"ruden|låsen|brevsprækken)")
_ONLINE15 = (r"(nettet|internettet|insta|instagram|facebook|fb|snap|snapchat|tiktok|tinder|discord|chatten|en chat|en app|appen|"
             r"datingside\w*|datingapp\w*|messenger|whatsapp|(mødt|mødte|møder|kender|snakker med|skriver med|chatter med) (\w+ ){0,3}online)")
_SCAM15 = (r"(ringede|ringer|ringet|opkald|sms|sms'en|en besked|en mail|et link|linket|en fra (banken|politiet|skat|nets|mitid|"
           r"kommunen|microsoft|apple|posten|e-?boks)|sagde (han|hun|de) var fra|falsk\w*|svindl\w*|svindel|fupmager\w*|fup|en fremmed|"
           r"ukendt\w*|penge(ne)? (er |var )?(væk|forsvundet|hævet)|(tømt|tom) konto|kontoen (er )?(tømt|tom))")
_CODE_GIVEN15 = (r"(?<!ikke )(?<!aldrig )(?<!må )(gav|givet|giver|give|sagde|sagt|siger|fortalte|fortalt|oplyste|oplyst|læste|"
                 r"tastede|skrev|sendte|sendt)(?! (\w+ )?(ikke|ik|aldrig)\b) (\w+ ){0,3}"
                 r"(min|mit|mine|sin|sit|sine|hans|hendes) (\w+ )?(kode|koden|koder|koderne|mitid|mitid-kode\w*|nemid|nemid-kode\w*|"
                 r"pinkode\w*|kortnummer|kortnummeret|kortoplysninger|kontonummer|cpr\w*|nøglekort)")
_NOT_AGREED15 = (r"(?!.{0,60}\b(aftal\w*|bad (hende|ham|dem) om|kontaktperson\w*|bostøtte\w*|værge\w*|pædagog\w*|min (mor|far|søster|"
                 r"bror)|så (hun|han) kunne (handle|købe|betale|hjælpe))\b)")
_CHOKER15 = (r"(ham|hende|dem|nogen|(min|hans|hendes|sin) (\w+ )?(kæreste|mand|kone|far|mor|bror|søster|søn|eks|ex|samlever|"
             r"kollega|nabo|ven|onkel|stedfar|stedmor))")
_NO_SALE15 = (r"^(?!.*\b(solgt|solgte|sælger|sælge|købt|købte|køber|dba|vinted|marketplace|auktion\w*|varen|varer)\b).*?")
_COERCE15 = (r"(får|fik|fået|tvinger|tvang|tvunget|presser|pressede|presset|lokker|lokkede|lokket|overtaler|overtalte|overtalt|"
             r"truer|truede|truet)")
_LOAN15 = (r"(lån|lånet|lånene|kviklån\w*|forbrugslån\w*|sms-lån\w*|kredit|på kredit|i (mit|sit|hans|hendes) navn|for (alle )?"
           r"(mine|sine|hans|hendes) penge|hele (min|sin|hans|hendes) (løn|pension|opsparing|kontanthjælp)|alle (mine|sine|hans|hendes) "
           r"penge)")
_BAG15 = (r"(pakke|pakken|pakker|pakkerne|taske|tasken|tasker|pose|posen|poser|rygsæk\w*|kuvert\w*|kasse|kassen|stoffer|stofferne|"
          r"hash|pillerne|tingene|sager|sagerne)")
_SECRET15 = (r"(må|skal|får (ikke|ik) lov at|og) (ikke|ik|aldrig) (kigge|se|åbne|spørge|sige|fortælle|vide|snakke)\b(?! (\w+ ){0,3}"
             r"(før|inden|indtil|til (jul|påske|fødselsdag\w*|lørdag|søndag|i morgen))\b)")
_FOLLOW_SIGN15 = (r"(hjem|helt hjem|hele vejen|overalt|over alt|hver (dag|aften|nat|morgen|gang)|om natten|om aftenen|igen og igen|"
                  r"bange|truer|truede|fra (bussen|skolen|arbejde\w*|toget|stationen|stoppestedet|klubben|værkstedet|butikken|netto|"
                  r"byen))")

SET15_DANGER: list[str] = [
    # lost outdoors with cold, dark or night ("jeg er faret vild og det er mørkt", "ved ikke hvor jeg er og jeg fryser")
    r"\b" + _LOST15 + r"\b" + _NOT_LOST15 + r".{0,80}\b" + _COLD15 + r"\b" + _NOT_OVER15,
    r"\b" + _COLD15 + r"\b.{0,60}\b" + _LOST15 + r"\b" + _NOT_LOST15 + _NOT_OVER15,
    # someone who went missing from home or a care home and cannot be found ("mormor er gået fra plejehjemmet, vi kan
    # ikke finde hende")
    r"\b(gået|gik|løbet|løb|vandret|vandrede|smuttet|smuttede|stukket af|forsvundet) (\w+ ){0,2}(hjemmefra|fra (plejehjemmet|"
    r"bostedet|afdelingen|hospitalet|sygehuset|centret|aflastning\w*|dagcentret)|ud (i|om|uden)|sin vej)\b.{0,100}\b(kan|kunne) "
    r"(vi |jeg |de )?(ikke|ik) finde (hende|ham|mor|far|min \w+|mormor|morfar|farmor|farfar|bedstemor|bedstefar)\b" + _NOT_OVER15,
    # a seizure that will not stop, or has lasted minutes ("krampeanfaldet er ikke stoppet", "kramper i et kvarter")
    _PAST15 + r"\b" + _SEIZURE15 + r"\b.{0,60}\b((stopper|holder op|går over|slutter) (ikke|ik)|(holder|går) (ikke|ik) (op|over)|(ikke|ik) (er )?(stoppet|"
    r"holdt op|gået over)|vil (ikke|ik) (stoppe|holde op|gå over)|bliver ved)\b" + _CHRONIC15,
    _PAST15 + r"\b(haft|har|med) " + _SEIZURE15 + r" (i|i over|over|i mere end|mere end) ((\d+|fem|seks|syv|otte|ni|ti|femten|tyve) "
    r"(min|minut|minutter)|et kvarter|en halv time)\b" + _CHRONIC15,
    # cannot be woken or reached, lying or collapsed ("er ikke til at vække", "ligger i sengen og jeg kan ikke få kontakt
    # med ham")
    r"\b(ikke|ik) (til at|muligt at) (vække|få liv i)\b(?!.{0,40}\b(om morgenen|til skole|før (kl|middag)|i weekenden|teenager\w*|"
    r"sover (så )?tungt)\b)",
    r"\b(ligger|lå|liggende|faldet|besvimet|sidder) (\w+ ){0,4}(\w*gulvet|sengen|jorden|sofaen|badet|badekarret|stolen|toilettet)\b"
    r".{0,50}\b(kan|kunne) (ikke|ik) (få kontakt (med|til)|få svar fra|få liv i) (hende|ham|mor|far|min \w+)\b(?!.{0,30}\b(hele "
    r"dagen|hele tiden|altid|i dagevis|hver dag)\b)",
    # chest pain now in other words ("det strammer sådan i brystet", "smerter der stråler ud i armen")
    r"\b(strammer|strammede|snører|klemmer|presser|jager|stikker|trykker|trykkede|trykken|tyngde) (\w+ ){0,2}(i|for|over) (hele )?"
    r"brystet\b(?!.{0,50}\b(nervøs|stresset|angst|panik\w*|(når|hver gang|inden|før) (jeg|hun|han) (\w+ )?(tænker|er|bliver|skal|går|"
    r"kommer|møder|ser|taler|har)|eksamen\w*|tandlæge\w*|af sorg|sidste|dengang|for \w+ siden|"
    r"skjorte\w*|trøje\w*|bluse\w*|kjole\w*|jakke\w*|bh|bh'en|dragt\w*|tøj\w*|t-shirt\w*|badedragt\w*|sele\w*)\b)",
    r"\bbryst\w*\b.{0,60}\b(stråler|strålede|trækker|jager|breder sig|løber|går|gik)\b (\w+ ){0,2}(ud |op |ned )?(i|til|ned i|op i|ud i) "
    r"(den )?(venstre |højre )?(arm\w*|kæbe\w*|hals\w*|skulder\w*)\b" + _NOT_OVER15,
    # gasping or having no air ("gisper efter luft", "har ingen luft")
    r"\b(gisper|gispede|hiver|hev) (\w+ )?efter (vejret|luft|luften|ånden)\b(?!.{0,40}\b(løb\w*|træning|trappe\w*|grin\w*|cykl\w*|"
    r"svøm\w*|dykk\w*|overrask\w*)\b)",
    # choking ("han er ved at blive kvalt", "noget galt i halsen og kan ikke få vejret")
    r"\b(ved at|er ved at) (blive )?(kvalt|kvæles)\b(?! af " + _CHOKER15 + r"\b)",
    r"\b(galt i halsen|fast i halsen)\b.{0,40}\b(kan (ikke|ik) (få vejret|trække vejret|hoste|tale|få luft)|blå|trækker (ikke|ik))\b",
    r"\b(har|får) (ingen|ikke nogen|næsten ingen) luft\b(?!.{0,20}\b(i (dækket|dækkene|cyklen|bolden|madrassen)|af grin)\b)",
    # a fall told as "gået i gulvet" with the cord or phone out of reach ("er gået i gulvet og når ikke snoren")
    r"\b(gået|gik|røget|røg) (i gulvet|på gulvet|omkuld)\b.{0,50}\b(når|nåede|kan nå) (ikke|ik) (snoren|nødkald\w*|telefonen|alarm\w*|"
    r"knappen|mobilen|nødknappen)\b",
    r"\b(gået|gik|røget|røg) (i gulvet|på gulvet|omkuld)\b.{0,50}\bkan (ikke|ik) (komme op|rejse (mig|sig)|stå op|komme på benene)\b",
    # stroke signs in other words ("hun taler helt mærkeligt og hendes arm er slap")
    r"\b(taler|snakker) (helt |pludselig |så )?(mærkeligt|underligt|uforståeligt|volapyk|utydeligt|vrøvl)\b.{0,40}\b(arm|armen|ben|"
    r"benet|side|siden|ansigt\w*|mund\w*|mundvig\w*) (er |bliver |blev )?(helt )?(slap|lam|hænger|følelsesløs|skæv)\b",
    # very low blood sugar ("mit blodsukker er på 2"), a drug taken and the body failing ("taget noget fra en fyr og
    # kan ikke mærke mine ben")
    r"\bblodsukker\w* (er |var )?(på |nede på |helt nede på )?([0-2]|[0-2],\d)\b(?!,\d| ?(timer|dage|uger|kg|mmol/mol|gange|x)\b)",
    r"\b(taget|tog|fået|fik|røget|røg|drukket|drak) (noget|nogle piller|et eller andet|\w+ piller)\b.{0,40}\bkan (ikke|ik) "
    r"(mærke|bevæge|føle) (mine|sine|hans|hendes|min|sin) (ben|arme|krop|hænder|fødder)\b",
    r"\b(er|blevet|bliver|blev) (helt )?(grå|gusten|kridhvid|blålig)\b.{0,30}\b(svarer|reagerer|vågner) (ikke|ik)\b",
    r"\b(lugter|lugtede|lugt)\b (\w+ ){1,3}af (gas|røg)\b(?! (fra|af) (\w+ )?(grill\w*|pejs\w*|bål\w*|cigaret\w*|brændeovn\w*|røgelse))",
    r"\b(en fremmed|fremmede|en ukendt|nogen jeg ikke kender|en mand jeg ikke kender|en fremmed mand)\b (\w+ ){0,2}(er|har) (\w+ )?"
    r"(kommet|gået|trængt|brudt|sneget sig|listet sig) ind (i|hos) (min|mit|vores|mig|os|lejligheden|huset|stuen)\b",
    # someone breaking in or trying the door ("der er en der prøver at bryde ind", "han har prøvet døren")
    r"\b(prøver|prøvede|prøvet|forsøger|forsøgte|forsøgt|er ved|vil) (at )?(bryde|trænge|mase|tvinge (sig|dem)) (sig )?ind\b",
    r"\b(han|hun|nogen|de|manden|fyren|en fremmed|en mand|en fyr|nogle) (har |havde )?(prøvet|prøvede|prøver|hiver i|hev i|river i|"
    r"rev i|vrider|vred) (\w+ )?" + _DOOR15 + r"\b(?!.{0,40}\b(nøgle\w*|låst op|værksted\w*|butik\w*|for at hjælpe)\b)",
    r"(?<!jeg )(?<!vi )\b(hiver|hev|river|rev|hamrer|hamrede|sparker|sparkede|banker|bankede) (\w+ ){0,3}(i|på) (min |mit |vores )?"
    + _DOOR15 + r"\b.{0,60}\b(vil ind|ville ind|komme ind|lukke op|lukker op|råber|råbte|truer|truede|tør (ikke|ik) (åbne|lukke op))\b",
    # someone at the window at night or looking in ("der står en mand ved mit vindue om natten og kigger ind")
    r"(?<!jeg )(?<!vi )\b(står|stod|går rundt|gik rundt|sidder|sad|lurer|lurede)\b(?! (jeg|vi)\b) (\w+ ){0,3}(uden for|udenfor|ved|"
    r"foran|under|nede ved|ude foran) (mit|min|mine|vores|hendes|hans) (vindue\w*|dør|hoveddør|altan\w*|terrasse\w*|soveværelse)\b"
    r".{0,60}\b(kigger ind|kiggede ind|glor ind|gloede ind|stirrer ind|om natten|i nat|hver nat|midt om natten)\b",
]

SET15_ABUSE: list[str] = [
    # money sent to or asked by someone known only online ("en jeg skriver med på insta vil have at jeg sender hende
    # 5000 kr", "ham fra tinder vil låne 20.000 kr af mig")
    _NO_SALE15 + r"\b" + _ONLINE15 + r"\b.{0,80}(?<!\bde )(?<!\bfolk )\b(sende|sender|sendt|sendte|overføre|overfører|overført|"
    r"overførte|låne|låner|lånt|lånte)\b"
    r"(?! (mig|os)\b) (\w+ ){0,3}(\d[\d.]*( ?kr\w*| ?kroner|,-)?|kr|kroner|penge|pengene|gavekort\w*|(alle )?(mine|sine|hans|hendes) "
    r"(penge|opsparing\w*|løn))\b(?!.{0,40}\b(købt|købte|køber|solgt|solgte|sælger|varen|billet\w*|dba|vinted)\b)",
    _NO_SALE15 + r"\b(sendt|sendte|sender|overført|overførte|overfører|lånt|lånte|låner) (\w+ ){0,3}(\d[\d.]*( ?kr\w*| ?kroner|,-)?|penge|"
    r"pengene|gavekort\w*)\b.{0,30}\btil (en|ham|hende) (\w+ ){0,3}(fra|på|i) " + _ONLINE15 + r"\b",
    # a code given to a caller or a stranger ("der ringede en fra banken og jeg gav ham min mitid kode")
    r"\b" + _SCAM15 + r"\b.{0,100}\b" + _CODE_GIVEN15 + r"\b" + _NOT_AGREED15,
    r"\b" + _CODE_GIVEN15 + r"\b" + _NOT_AGREED15 + r".{0,100}\b" + _SCAM15 + r"\b",
    # cheated out of money by a swindler
    r"\b(svindl\w*|svindel|fupmager\w*|scam\w*|bedrager\w*)\b.{0,60}(?<!ikke )(?<!aldrig )(?<!næsten )\b(mistet|taget|tømt|hævet|"
    r"stjålet|franarret|fået|sendt|overført|snydt)\b.{0,20}\b(penge\w*|kr|kroner|opsparing\w*|konto\w*|\d[\d.]*)\b",
    # made to take loans or buy on credit or in one's name ("får mig til at købe ting på kredit i mit navn", "får hende
    # til at tage lån på sin telefon til ham")
    r"\b" + _COERCE15 + r" (mig|hende|ham|min \w+|os) (\w+ ){0,2}til at (tage|optage|købe|betale|låne|overføre|hæve|skrive under på|"
    r"underskrive|sende|hente|bestille|oprette|åbne)\b.{0,60}\b" + _LOAN15 + r"\b",
    r"\b(tage|tog|taget|optage|optog|optaget) (et |en |nogle |flere )?(\w+ )?(lån|kviklån|forbrugslån|sms-lån)\b (på (min|sin|hans|"
    r"hendes) \w+ )?(til|for) (ham|hende|dem)\b",
    # pictures or videos spread unless money is sent ("han poster den hvis jeg ikke sender penge")
    r"\b(poster|poste|lægger|lægge|lægge den|sender|sende|viser|vise|deler|dele|spreder|sprede|offentliggør)\b.{0,40}\bhvis (jeg|hun|han) "
    r"(ikke|ik) (sender|betaler|giver|overfører|sende|betale|give|overføre)\b (\w+ ){0,2}(penge|\d[\d.]* ?(kr|kroner)|mere)\b",
    # carers who borrow money from the person they care for ("hjemmehjælperen har bedt far om at låne hende penge")
    r"\b(hjemmehjælper\w*|hjælper\w*|hjælperen|pædagog\w*|plejer\w*|personalet|sygeplejerske\w*|kontaktperson\w*|bostøtte\w*|"
    r"hjemmeplejen|social- og sundhedshjælper\w*|sosu\w*)\b.{0,40}\b((låne|lånt|lånte|låner) (\w+ ){0,2}penge (af|fra) (mig|hende|ham|"
    r"far|mor|min \w+|os)|(bedt|beder|bad|spurgt|spørger|spurgte) (mig|hende|ham|far|mor|min \w+|os) (om )?(at )?låne (\w+ )?(hende|"
    r"ham|dem|sig) (\w+ )?penge)\b",
    # relatives who come only for the money, with a sign ("kommer kun når der er pension, så tager hun kortet med")
    r"\b(kommer|ringer|ringede|kom|besøger \w+) kun når (der er (pension|penge|løn)|(han|hun|de) (mangler|skal bruge|vil have|står "
    r"og mangler) penge|(jeg|hun|han|mor|far) (har )?(fået|får) (pension\w*|løn\w*|penge))\b.{0,60}\b(tager (hun|han|de) (\w+ )?(kort\w*|"
    r"penge\w*|pension\w*)|tør (ikke|ik) (sige nej|nægte)|(kan|tør) (ikke|ik) (længere |mere )?sige nej)\b",
    # an adult met online who wants to meet or fetch ("en voksen fyr på snap vil hente mig efter skole")
    r"\b(voksen|voksne|ældre|gammel) (fyr|mand|mænd|kvinde|herre)\b.{0,30}\b(på|fra|i) " + _ONLINE15 + r"\b.{0,80}\b(hente|mødes med|"
    r"møde|se|besøge|komme hjem til) (mig|hende|ham)\b",
    # someone online who wants a code, or got money ("en fra et spil online vil have min mitid", "ham fra datingappen har fået
    # 12.000 kr af mig")
    r"\b" + _ONLINE15 + r"\b.{0,60}\b(vil have|ville have|beder om|bad om|spørger efter|spurgte efter|spurgt efter) (min|mit|mine|"
    r"hendes|hans|sin|sit) (\w+ )?(mitid|nemid|kode|koden|koder|pinkode\w*|kortnummer|kort|kortet|dankort\w*|cpr\w*|netbank\w*)\b",
    _NO_SALE15 + r"\b" + _ONLINE15 + r"\b.{0,80}\b(fået|fik|taget|tog|lånt|lånte) (\w+ ){0,2}(\d[\d.]*( ?kr\w*| ?kroner|,-)?|penge|"
    r"pengene|kroner) (af|fra) (mig|hende|ham)\b",
    # swindled out of large sums ("snydt af en falsk bankmand for hele min opsparing")
    r"\b(snydt|svindlet|narret|franarret|bedraget|lurt)\b.{0,50}\b(for|af med|til at (give|sende|overføre))\b (\w+ ){0,2}(hele (min|sin|hans|"
    r"hendes) (opsparing|løn|pension|arv)|alle (mine|sine|hans|hendes) penge|\d{1,3}[ .]\d{3}( ?kr| ?kroner)?|\d{4,}( ?kr| ?kroner)?)(?!.{0,40}\b(loppe\w*|\w*marked\w*|handel\w*|købet|byttehandel|"
    r"poker|i (\w+ )?" + _GAMES14 + r")\b)",
    # a threat reported ("naboen har sagt at han vil skære halsen over på mig"), and "truer m at" typed short
    r"\b(sagt|siger|sagde|råbt|råber|råbte|skrevet|skriver|skrev) (at )?(han|hun|de) (vil|skal|kommer til at) (skære halsen over på|"
    r"skære halsen over|stikke|smadre|brænde|skyde|tæve|banke|slå|dræbe|kvæle|sparke|knivstikke|tæske) (på )?(mig|hende|ham|os)\b(?! (op|en|"
    r"et|af|med|i (\w+ )?" + _GAMES14 + r"|på (banen|kortet))\b)",
    r"\b(truer|truede|truet) (m|me|mæ) (at |å )?(slå|stikke|brænde|dræbe|skade|smide|skyde|tæve|banke|smadre|knivstikke|tæske|kvæle)\b",
    # nearly choked by someone ("jeg var ved at blive kvalt af ham")
    r"\bved at (blive )?(kvalt|kvæles) af " + _CHOKER15 + r"\b",
    # paying for friendship ("betale for deres øl, ellers vil de ikke være venner med mig")
    r"\b(betale|betaler|købe|køber|give|giver|låne|låner|spendere|spenderer)\b.{0,60}\bellers (vil|gider|er|bliver|må|kan) (de|han|"
    r"hun|jeg) (ikke|ik|aldrig) (\w+ ){0,2}(venner|ven|kæreste|kærester|med (mig|hende|ham)|komme med|se (mig|hende|ham)|"
    r"snakke med|være sammen med|hænge ud med)\b",
    # made to steal, sell or smuggle ("de får mig til at stjæle i netto for dem")
    r"\b" + _COERCE15 + r" (\w+ ){0,2}(mig|hende|ham) (\w+ ){0,2}til at (stjæle|smugle|sælge (hash|stoffer|piller|pot|coke|kokain|"
    r"\w+ for (dem|ham|hende)))\b",
    # carrying or keeping things for others with a secret ("pakker jeg skal bære hen til en mand, og jeg må ikke kigge i
    # dem"; "gemme en pose for dem og ikke sige noget")
    r"\b" + _BAG15 + r"\b.{0,80}\b(bære|bærer|aflevere|afleverer|levere|leverer|gemme|gemmer|opbevare|have med|tage med|køre med|"
    r"hente|henter|sælge|sælger)\b.{0,60}\b" + _SECRET15,
    r"\b(bære|bærer|aflevere|afleverer|levere|leverer|gemme|gemmer|opbevare|have med|tage med|køre med|sælge|sælger) (\w+ ){0,3}"
    + _BAG15 + r"\b.{0,60}\b" + _SECRET15,
    # followed home or everywhere: by a stranger ("der er en fyr der går efter mig hjem fra bussen"), or by anyone with a
    # sign of fear or persistence ("min eks følger efter mig overalt"); not a pet or a sibling
    r"\b(en|nogen|en fyr|en mand|fyren|manden|en fremmed|fremmede|nogle|en kvinde|en dreng|en pige|drengene|en bil|en ukendt|"
    r"min eks|min ex|min ekskæreste|hendes eks|hans eks)\b (\w+ ){0,3}(følger|fulgte|fulgt|går|gik|løber|løb|kører|kørte|cykler|"
    r"cyklede) (\w+ )?efter (mig|hende|ham|os)\b.{0,40}\b" + _FOLLOW_SIGN15 + r"\b",
    r"(?<!hund )(?<!hunden )(?<!katten )(?<!hvalpen )(?<!killingen )(?<!søster )(?<!bror )(?<!lillesøster )(?<!lillebror )(?<!søn )"
    r"(?<!datter )(?<!barnet )(?<!børnene )\b(følger|fulgte|fulgt) (\w+ )?efter (mig|hende|ham|os)\b.{0,40}\b(overalt|over alt|bange|"
    r"truer|truede|om natten|igen og igen|hver (dag|aften|nat))\b",
    # standing outside one's home at night or against a no ("står foran min lejlighed hver nat og ringer på selvom jeg
    # har sagt nej")
    r"(?<!jeg )(?<!vi )\b(står|stod|venter|ventede|holder|sidder|sad)\b(?! (jeg|vi)\b) (\w+ ){0,3}(uden for|udenfor|foran|ved|nede "
    r"ved|ude foran) (min|mit|vores|hendes|hans) (lejlighed|dør|hoveddør|hus|opgang|vindue\w*|arbejdsplads|bolig|værelse)\b.{0,60}"
    r"\b(hver nat|om natten|selvom (jeg|hun|han) (har )?(sagt|bedt|sagde|bad)|bange|truer|truede)\b",
    # hate at one's home: slurs written on the door, eggs or stones thrown ("skrevet 'spasser flyt' på min dør")
    r"\b(skrevet|skrev|malet|malede|sprayet|sprayede|ridset|ridsede|tegnet|tegnede)\b.{0,40}\b" + _SLUR + r"\b.{0,40}\bpå (min|mit|"
    r"mine|vores|hendes|hans) (dør|hoveddør|postkasse|bil|cykel|vindue\w*|væg|mur|dørskilt)\b(?!.{0,30}\b(for sjov|i sjov|kridt|"
    r"tusch)\b)",
    r"\b(smidt|smider|smed|kastet|kaster|kastede|kyler|kylede) (\w+ ){0,2}(æg|sten|brosten|flasker|fyrværkeri|kanonslag|hundelort|"
    r"maling) (på|mod|ind ad|gennem|ind gennem|efter|ind i|ind på) (mig|hende|ham|os|min|mit|mine|vores|hendes|hans)\b(?! (\w+ )?"
    r"(i (leg|sjov|spil)|for sjov))",
]

# (review 5) Shared pieces for the exceptions below.
# a needle from a nurse or a doctor, a planned test or an injection, named right before the "stikke"
_MEDICAL5 = (r"(\w*sygeplejerske\w*|\w*læge|\w*lægen|\w*lægerne|\w+prøve|\w+prøven|\w+prøver|blodprøve\w*|laborant\w*|"
             r"bioanalytiker\w*|vaccin\w*|insulin\w*|sprøjte\w*|tandlæge\w*|hospital\w*|sygehus\w*|klinik\w*|akupunktur\w*|"
             r"diabetes|bedøvelse\w*|drop\w*|kanyle\w*|nål\w*|scanning\w*|operation\w*|skadestue\w*|ambulatori\w*|"
             r"hjemmepleje\w*|blodsukker\w*|lægehus\w*|sundhedsplejerske\w*|jordemoder\w*)")
_PLANNED5 = (r"(i morgen|i overmorgen|i dag|i eftermiddag|i formiddag|på (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag)|"
             r"i næste uge|næste gang|kl \w+|klokken \w+)")
# no knife, no condition and no "ned" after the needle
_NO_STAB5 = r"(?! ned\b| ihjel\b)(?!.{0,40}\b(kniv\w*|saks\w*|ellers|hvis|med vilje|ned|ihjel|blod)\b)"
# the words of a partner, the one who asks ("min kæreste vil gerne se mig nøgen"); "manden i kiosken" is no partner
_PARTNER5 = (r"(kæreste\w*|kærest|kærsten|samlever\w*|partner\w*|kone|konen|(min|hendes|sin) mand|manden(?! (i|fra|på|ved|"
             r"ovenpå|nedenunder|henne|der|som|over|under|med|bag|hos|inde|ude|oppe|nede)\b)|mand min|ægtefælle\w*)")
_PRESSURE5 = (r"(selvom|ikke vil|ik vil|vil (ikke|ik)|ville (ikke|ik)|(ikke|ik) lyst|sagt nej|siger nej|sagde nej|tvinger|tvang|"
              r"truer|truede|presser|pressede|ellers|sur|vred|bange|græder|græd|hemmelig\w*|penge|betaler|betalte|deler|delte|"
              r"videre|vennerne|nettet|internettet|gør ondt|gjorde ondt)")
_BODY5 = (r"(bryster|brysterne|bryst|tissekone\w*|tissemand\w*|numse\w*|skridt\w*|fisse\w*|pik\w*|trusser|underliv\w*|"
          # "nøgen" folds to "nogen" (someone): only as a state of a person ("se mig nøgen")
          r"(mig|hende|ham|sig|dig|os) nøgen|nøgne|nøgenbille\w*|nudes|krop|kroppen)")

REVIEW5_EXCEPTIONS: list[str] = [
    # a needle from the nurse or for a blood test ("sygeplejersken skal stikke mig i morgen", "jeg skal til blodprøve, de
    # skal stikke mig", "hjemmesygeplejersken kommer og skal stikke mig med insulin")
    r"\b" + _MEDICAL5 + r"\b( (?!(men|hvis|ellers|siger|sagde|truer|truede|råber|råbte|slår|slog)\b)\w+){0,4}? "
    r"(skal|skulle|vil|ville|kommer og|må|plejer at|gerne vil|vil gerne) (\w+ )?stikke (mig|hende|ham|os)\b" + _NO_STAB5,
    r"\b" + _PLANNED5 + r" (skal|skulle) (\w+ )?stikke (mig|hende|ham|os)\b" + _NO_STAB5,
    r"(?<!siger )(?<!sagde )\b(skal|skulle|vil|ville|kommer og|må) (\w+ )?stikke (mig|hende|ham|os) (" + _PLANNED5[1:-1].replace(
        "i morgen|", "") + r"|i morgen(?= \w)|med (\w+ )?(insulin\w*|nål\w*|sprøjte\w*|vaccine\w*|kanyle\w*|drop\w*|blodsukker\w*)|"
    r"for at (tage|måle|få) (\w+ )?(blod\w*|prøve\w*|sukker\w*)|i fingeren)\b" + _NO_STAB5,
    r"\bskal (\w+ )?stikke (mig|hende|ham|os) i morgen\W*$",
    # a worry that a relative can no longer come or cope ("jeg er bange for at min mor snart ikke kan besøge mig")
    r"\bbange for at (min|mit|mine|hans|hendes|vores) \w+ ((snart|måske|nok|også|heller|længere) )*((ikke|ik|aldrig) (kan|kunne|"
    r"må|får lov til at|vil kunne)|(kan|kunne|må) (ikke|ik|aldrig)( mere| længere)?)\b(?!( \w+){0,3} (styre|lade|slippe|"
    r"holde (sig|sine|sin)|stoppe)\b)",
    # giving or telling something ("han vil stikke mig en tyver", "stikke mig en plade")
    r"\b(stikke|stikker|stak) (mig|hende|ham|os|dig) (en|et) (tyver|tier|femmer|halvtredser|hund|hundredlap|plovmand|\w*seddel|"
    r"plade|løgn|lille løgn|hvid løgn|hånd|pakke|brev|seddel|kage)\b",
    # worn out at training ("fysioterapeuten vil knuse mig med øvelser", "min træner vil knuse mig til træning i morgen")
    r"\b(knuse|smadre|knuser|smadrer) (mig|os|hende|ham)\b(?=( \w+){0,2} (med|til|i|under|efter|på) (\w+ )?(øvelse\w*|"
    r"\w*træning\w*|fitness\w*|motion\w*|spinning|crossfit|løbetur\w*|intervaller|armbøjninger|burpees|mavebøjninger|"
    r"genoptræning\w*|holdet)\b)(?!.{0,50}\b(hvis|ellers|blod|blå mærker|med vilje|slå|slår|sparke|sparker)\b)",
    # a partner who asks to see or be sent the other's body, with no sign of pressure or a no: masked from the partner
    # to the body word, in one clause ("min kæreste vil gerne se mine bryster"); another asker keeps the alarm ("min
    # onkel vil have at jeg viser ham mine bryster, jeg tør ikke sige det til min kæreste")
    # the partner word first (a lookahead, the same match): the 150-character guard is read only where one starts
    r"\b(?=" + _PARTNER5 + r")(?!.{0,150}\b" + _PRESSURE5 + r"\b)" + _PARTNER5 + r"( (?!(men|selvom|hans|hendes|deres|ven|venner|vennen|veninde\w*|"
    r"kammerat\w*|makker\w*|onkel\w*|chef\w*|nogen|andre|fremmed\w*|bror|broren|far|faren|stedfar\w*|lærer\w*|"
    r"pædagog\w*)\b)\w+){1,10}? " + _BODY5 + r"\b",
]

SET15_EXCEPTIONS: list[str] = [
    # a smoke or gas alarm tested, on a low battery, or set off by cooking ("røgalarmen bipper fordi batteriet er fladt")
    r"\b(røg|brand|kulilte|co|gas)?-?alarm\w*\b.{0,40}?\b(batteri\w*|test\w*|afprøv\w*|prøvealarm\w*|øvelse\w*|brandøvelse\w*|"
    r"ved en fejl|falsk alarm)",
    r"\b(tester|testede|testet|teste|afprøver|afprøvede|prøvede|prøver|skiftede|skifter|skiftet) (\w+ ){0,3}(batteriet i )?(røg|brand|"
    r"kulilte)?-?alarm\w*\b( \w+){0,4}",
    # smothered in work or paper ("jeg er ved at blive kvalt i arbejde", "ved at kvæles i papirer")
    r"\b(kvalt|kvæles|kvæle (mig|sig)|drukne|drukner|druknet)\b (i|af|med) (\w+ )?(papir\w*|arbejde\w*|opgaver|regninger|mails|"
    r"rod\w*|lektier|bureaukrati|skema\w*|breve|post|ting|gæld|tøj|vasketøj|opvask\w*|blanketter|sager|kærlighed|krav|knus|kram)\b",
    # no air from laughing ("jeg kunne ikke få vejret af grin", "fik ingen luft af grin")
    r"\b(få vejret|trække vejret|få luft|ingen luft|ikke luft|kvalt|kvæles)\b( \w+){0,3} (af|for|i) (grin|latter|griner|grinet)\b",
]


# (set 16) Veiled farewells, giving away and letters left behind, told in new words: the others rid of the speaker
# after any time word ("om lidt er I fri for mig", "i morgen er I fri for mig for altid"; not for a while, see
# _A_WHILE14), no need to worry about the speaker any more from a time on, the last time one hears from the speaker,
# "tak for alt" with an end, things given away "for I won't need them", names put on one's things, who gets what,
# affairs put in order together with a pet or things given away, a letter to be opened only later, the point of
# going on, indifference to what happens to oneself beside a farewell, and a blade kept at hand to feel something.
_NOT_MOVING16 = (r"(?!.{0,60}\b(flytte\w*|flytter|flytning\w*|plejehjem\w*|ældrebolig\w*|bosted\w*|botilbud\w*|ferie\w*|rejse\w*|"
                 r"rejser|udlandet|indlagt|hospital\w*|sygehus\w*|loppe\w*|genbrug\w*|gamle|brugt\w*|for (små|stor|store)|"
                 r"vokset fra|ny|nye|nyt|lejr\w*|kursus|weekend\w*|allergi\w*|arbejde\w*|job\w*|skole\w*)\b)")
_LATER16 = (r"(på (\w+dag|søndag|lørdag)|i morgen|i aften|i nat|bagefter|senere|efter (i dag|i morgen|weekenden|jul)|når (jeg|hun|"
            r"han) er (væk|borte|død|gået)|når (jeg|hun|han) (ikke|ik) er her)")
# an errand or a reason after a day's time word ("i morgen er I fri for mig, jeg skal til tandlæge")
_ERRAND16 = (r"(?!.{0,40}\b((jeg|vi|han|hun|de) (er syg|skal (til|på|ud|hjem|arbejde|afsted|op|i skole|på arbejde|besøge|videre)|har (fri|ferie|"
             r"travlt|en aftale|møde)|tager (til|på|hjem|ud)|går (hjem|i seng|på arbejde)|arbejder|kører|flyver)|fordi)\b)")
# others rid of "ham"/"hende" only when that person is reported saying so ("han skrev at nu er vi fri for ham"); else it is
# a neighbour or a teacher who leaves ("naboen flytter, så er vi endelig fri for ham")
_REPORT16 = (r"^(?=.*\b(?!(jeg|vi|du|i|ham|hende)\b)\w+ (\w+ )?(siger|sagde|skriver|skrev|sms'ede|sms'er|har sagt|har skrevet|mener|"
             r"tror)\b(?! (jeg|vi)\b)).*?")
SET16_SUICIDE: list[str] = [
    r"\b(er|bliver|blir) (i|de|du|vi|alle|jer|familien|i alle|de andre)( alle sammen| alle)? (endelig |snart |nu |bare |så |helt )?"
    r"(fri|fritaget|befriet|af med) (for )?mig\b" + _A_WHILE14 + _ERRAND16,
    r"\b(i|de|du|vi|alle|familien)( alle sammen| alle)? (endelig |snart |nu |bare |så |helt )?(er|bliver|blir) (endelig |snart |"
    r"nu |bare |så |helt )?(fri|fritaget|befriet|af med) (for )?mig\b" + _A_WHILE14 + _ERRAND16,
    _REPORT16 + r"\b(er|bliver|blir) (i|de|du|vi|alle|jer|familien|i alle|de andre)( alle sammen| alle)? (endelig |snart |nu |bare |"
    r"så |helt )?(fri|fritaget|befriet|af med) (for )?(hende|ham)\b" + _A_WHILE14 + _ERRAND16,
    _REPORT16 + r"\b(i|de|du|vi|alle|familien)( alle sammen| alle)? (endelig |snart |nu |bare |så |helt )?(er|bliver|blir) "
    r"(endelig |snart |nu |bare |så |helt )?(fri|fritaget|befriet|af med) (for )?(hende|ham)\b" + _A_WHILE14 + _ERRAND16,
    # a farewell passed on ("han skrev at det var sidste gang vi hørte fra ham")
    r"\b(skrev|skriver|sagde|siger|sms'ede|sendte|besked)\b.{0,40}\bat det (var|er|bliver) (den )?sidste gang (vi|i|de|du|jeg) "
    r"(hører|hørte|ser|så|får|fik|snakker|snakkede|taler|talte) (noget )?(fra|med|til)? ?(ham|hende|mig)\b(?! (i år|før|inden|til|"
    r"på|i (denne|den her|lang|en|et|\w+ uger|\w+ dage|\w+ måneder))\b)",
    r"\b(snart|om lidt|i morgen|i aften|i nat|efter i dag|fra (nu|i morgen) af|så|nu) (behøver|skal|må) (i|du|de|alle|ingen|"
    r"nogen)( alle)? (ikke |ik |aldrig )?(længere |mere )?(at )?(bekymre (jer|dig|sig)|tænke|passe|tage (jer|dig|sig) af|"
    r"hjælpe|være kede? af det|spilde (mere )?tid) (\w+ )?(om|på|af|med|over)? ?(mig|hende|ham)\b(?!.{0,40}\b(fået det bedre|"
    r"klarer (mig|sig)|går godt|går bedre|har styr|fået (job|arbejde|hjælp|lejlighed)|selv kan|kan selv)\b)",
    r"\b(sidste gang|det sidste) (i|du|de|nogen|alle|jeres|man)( nogensinde)? (hører|høre|ser|se|får|snakker|taler|skriver) "
    r"(noget )?(fra|til|med)? ?(mig|hende|ham)\b(?! (i år|før|inden|til|på|i (denne|den her|lang|en|et|\w+ uger|\w+ dage|\w+ "
    r"måneder))\b)",
    r"\b((i morgen|i aften|i nat|snart|nu|så) er det (hele )?(slut|forbi|ovre)|det er (hele )?(slut|forbi) (nu|med mig))\b"
    r"(?! med (?!(mig|livet)\b))(?!.{0,40}\b(vi ses|på gensyn|til næste år|i dag|i år|kurset|holdet|praktik\w*|forløbet|"
    r"sæson\w*|ferie\w*)\b).{0,40}\btak for alt\b|\btak for alt\b(?!.{0,60}\b(vi ses|på gensyn|til næste år|i dag|i år|kurset|"
    r"holdet|praktik\w*|forløbet|sæson\w*|ferie\w*)\b).{0,40}\b(det er (hele )?(slut|forbi)|(nu|snart|i morgen|i aften|i nat) "
    r"er det (hele )?(slut|forbi|ovre)|farvel for altid)\b(?! med (?!(mig|livet)\b))",
    # giving away because one will not need the things (not old, outgrown or ordinary clothes, books and toys, said anywhere
    # in the message); names on one's things; who gets what
    r"^(?!.*\b(gamle|gammel|vokset fra|for (små|stor|store)|brugt\w*|kjole\w*|tøj\w*|bukser|jakke\w*|frakke\w*|sko|støvler|"
    r"bøger|bøgerne|bog|bogen|legetøj\w*|lego\w*|\w*klodser|barnevogn\w*|cykel|cyklen|ski|skøjter|loppe\w*|genbrug\w*)\b).*?"
    r"\b(givet|gav|giver|foræret|forærede|forærer|delt|delte)\b.{0,60}\b(jeg|hun|han) ((får|fa) (ikke|ik|aldrig) (mere )?brug "
    r"for|(ikke|ik|aldrig) (mere )?(får|fa) brug for|kommer (ikke|ik|aldrig) til at (få brug for|bruge)|(ikke|ik|aldrig) kommer til "
    r"at (få brug for|bruge)) (dem|den|det|noget|nogen af dem)\b" + _NOT_MOVING16,
    r"\b(sat|sætter|satte|skrevet|skriver|skrev) (navne?|navnelapper|sedler|lapper|mærkater|navnesedler) på (alle |hele )?(mine|sine|"
    r"hans|hendes) (ting|sager|ejendele|møbler|smykker|værdier)\b(?!.{0,60}\b(vask\w*|lejr\w*|flytte\w*|flytning\w*|flytter|"
    r"bosted\w*|skole\w*|tøj|ferie\w*|loppe\w*|kursus|opbevaring\w*)\b)",
    r"\bhvem der skal (have|ha|arve|få) (hvad|hvilke ting|alt|det hele|mine ting|mine sager)\b(?!.{0,40}\b(jul\w*|gave\w*|"
    r"fødselsdag\w*|\w+s (ting|sager|hus|lejlighed|dødsbo)|dødsbo\w*|(af|fra|efter) (\w+ )?(mor|far|mormor|morfar|farmor|farfar|"
    r"onkel|tante|\w+s)\b|kage\w*|mad\w*|pizza\w*|slik|præmie\w*|opgave\w*|tjans\w*|vagt\w*|rolle\w*)\b)" + _NOT_MOVING16,
    r"\b(ordnet|ryddet op i|styr på|afsluttet|sagt op)\b.{0,50}\b(givet|gav|giver|foræret|forærede) (min|mit|mine|sin|sit|"
    r"sine|hans|hendes) (hund\w*|kat\w*|fugl\w*|kanin\w*|undulat\w*|dyr|ting|sager|smykker|ejendele)\b" + _NOT_MOVING16,
    # a letter, a note or a message to be opened or read only later
    r"\b(brev|breve|brevet|brevene|seddel|sedlen|besked|beskeden|kuvert|kuverten)\b(?!.{0,60}\b(fødselsdag\w*|jul\w*|gave\w*|"
    r"bryllup\w*|konfirmation\w*|eksamen\w*|kommune\w*|sagsbehandler\w*|kort)\b).{0,60}\b(først|ikke før|ikke) (må|skal|kan|"
    r"åbne|læse|finde) (\w+ )?(åbne|åbnes|læse|læses|finde|findes)? ?(det|den|dem)? ?(først |før )?" + _LATER16 + r"\b",
    r"\b(finder|finde|fandt|læser|læse|åbner|åbne) (\w+ )?(det|den|dem|brevet|sedlen|beskeden) (først )?(bagefter|når (jeg|hun|"
    r"han) er (væk|borte|død|gået)|når (jeg|hun|han) (ikke|ik) er her)\b",
    # the point of going on
    r"\b(hvad er|hvad skal|hvorfor) (\w+ )?(meningen|pointen|formålet|grunden) (med|til|i) (at )?(blive ved|fortsætte|kæmpe (videre|"
    r"mere)?|holde ud|leve|stå op|være her|være til)\b(?=\W*$| (mere|længere|overhovedet|i det hele taget|egentlig|nu|når "
    r"(ingen|intet|alt|ingenting|(jeg|hun|han) (ikke|ik|aldrig)))\b)",
    # indifference to what happens to oneself beside a farewell or an end
    r"\b(lige meget|ligegyldigt|ligeglad med|ligeglad) (med )?hvad der sker med (mig|hende|ham)\b(?! (til|i|på) (jul|nytår|påske|"
    r"sommer|ferien|festen|weekenden|fødselsdagen)\b)(?!.{0,100}\b(vi ses|for nu|på gensyn|ses (i morgen|snart|senere)|"
    r"snakkes)\b).{0,60}\b(farvel|sidste gang|for altid|slut|tak for alt|afsked)\b",
    # feeling nothing any more, or the need to feel something, with a blade or a means at hand
    r"\b(kniv\w*|barberblad\w*|blad\w*|saks\w*|glasskår|skår|nål\w*|lighter\w*)\b.{0,60}\b(så|for at|til) (jeg|hun|han)? ?(kan |"
    r"kunne )?(mærke|mærker|føle|føler) (noget|mig selv|sig selv|smerte\w*|at (jeg|hun|han) lever)\b",
    # best for everyone if one walked into the water ("det bedste for alle var hvis jeg gik ud i havet")
    r"\b(bedst\w*|bedre|lettere|nemmest\w*|nemmere)\b.{0,40}\bhvis (jeg|hun|han) (bare )?(gik|går|gå|svømmede|svømmer|kørte) "
    r"(\w+ )?ud i (vandet|havet|søen|fjorden|havnen|åen)\b",
    # "can't any more" with no subject, alone ("ka ik mer")
    r"^\W*(kan|orker|magter) (ikke|ik) mere\W*$",
]

# (set 16) Biting oneself in the hand or arm (not the tongue or lip by accident); money or a card taken together with
# an order to keep quiet about it ("han tager min pension og siger jeg skal holde min mund").
SET16_SELF_HARM: list[str] = [
    r"\b(jeg (\w+ )?(bider|bed|har bidt|bidt) mig|(hun|han) (\w+ )?(bider|bed|har bidt|bidt) sig) (selv )?(i|på) (hånden|"
    r"hænderne|armen|armene|fingrene|"
    r"håndleddet|håndryggen|låret|benet|underarmen|tommelfingeren)\b(?!.{0,30}\b(uheld|ved et uheld|da (jeg|hun|han) (spiste|"
    r"tyggede)|for sjov)\b)",
]
_QUIET16 = (r"(holde (min|sin|hans|hendes|din) (mund|kæft)|holde kæft|tie stille|(ikke|ik|aldrig) (må|skal|få lov at) (sige|"
            r"fortælle|sladre) (det|noget|om det)( til nogen)?|(ikke|ik) sige noget|sladre)")
SET16_ABUSE: list[str] = [
    r"\b(tager|tog|taget|låner|lånte|lånt|bruger|brugte|brugt|hæver|hævede|hævet|beholder|beholdt|tømmer|tømte) (\w+ ){0,2}(mit|min|"
    r"mine|hendes|hans|sin|sit|sine) (\w+ )?(penge|pension\w*|\w*kort|\w*kortet|konto\w*|løn|lønnen|opsparing\w*|"
    r"kontanthjælp\w*|netbank\w*|mobilepay)\b.{0,80}\b(siger|sagde|truer|truede|skriver|skrev) (at )?(jeg|hun|han|vi) (\w+ )?"
    r"(skal|må|skulle|måtte) " + _QUIET16 + r"\b",
]


# a scene told from a film, series or book introduced with "hvor"/"om" ("vi så en film hvor en mand hoppede ud fra en
# bro"); the scene ends as in _SCENE_END
SET16_EXCEPTIONS: list[str] = [
    r"\b(en|et|den|det|ny|nye|god|godt|gammel|dansk|amerikansk|spændende|uhyggelig) " + _MEDIA + r" (hvor|om|der|som) "
    r"(?!(men|jeg|mig|min|mit|mine|vi|os|vores)\b)((?!(men|jeg|mig|min|mit|mine|vi|os|vores)\b|" + _SCENE_END + r")\S+ ){1,14}",
]


# (set 17) Veiled ends told as plans and wishes: one's things to someone "når jeg er borte / død / ikke er her mere",
# not being here after a stretch of time ("tror ikke jeg er her om en uge"), the last talk with no later meeting
# ("det er sidste gang vi snakker"), closing one's eyes or falling asleep "og så var det forbi", food (or life)
# not deserved, no need of time or a future any more, soon not being here "alligevel". A trip, a move, an errand or a
# course that ends keeps them quiet (_A_WHILE14, _ERRAND16, _AWAY17).
_GONE17 = (r"((når|hvis|efter) (jeg|hun|han) (snart )?(er|bliver|er blevet) (borte|død|gået bort|væk for altid)"
           r"(?! (på|i|til|hos|fra|en|et)\b)|"
           r"når (jeg|hun|han) (snart )?(ikke|ik) (er|længere er|mere er) (her|til|i live)( mere| længere)?|"
           r"når (jeg|hun|han) (snart )?er (ikke|ik) (her|til) (mere|længere))")
# a move, a new place or a course that explains being elsewhere ("jeg tror ikke jeg er her om et år, jeg flytter")
_AWAY17 = (r"(?!.{0,60}\b(flytte\w*|flytter|flytning\w*|ferie\w*|rejse\w*|rejser|lejlighed\w*|bolig\w*|plejehjem\w*|bosted\w*|"
           r"botilbud\w*|job\w*|arbejde\w*|praktik\w*|skole\w*|uddannelse\w*|kursus|kurset|efterskole\w*|højskole\w*|sommerhus\w*|"
           r"udlandet|indlagt|hospital\w*|sygehus\w*|aflastning\w*|besøg\w*|tandlæge\w*|læge\w*|\w*lejr\w*|ud at rejse|bryllup\w*|"
           r"fødselsdag\w*|konfirmation\w*|fest\w*|weekend\w*|på tur|_+)\b)")  # "_": an errand masked as an idiom
_LATER17 = (r"(om (lidt|kort tid|(en|et|to|tre|fire|fem|\d+|par|få|nogle) (\w+ )?(dag|dage|uge|uger|måned|måneder|år|tid|stund))|"
            r"(til|på) (næste|den næste) (gang|møde|uge|måned|samtale)|næste (gang|uge|måned|år|møde)|til (jul|nytår|påske|sommer|"
            r"foråret|efteråret|vinter|mødet|samtalen|planmødet|min fødselsdag|sin fødselsdag)|(meget|ret|så) (længe|længere)|længe "
            r"endnu|(mere|længere)(?=\W*$|\W+(og|men|for|så|jeg|det)\b))")
# "væk" for good: only with things to keep or nothing to miss, and no trip, move or stay in the message
_GONE_AWAY17 = r"(når|hvis) (jeg|hun|han) (snart )?(er|bliver) væk\b(?! (\w+ ){0,2}(på|i|til|hos|fra|en|et)\b)"
_KEEP17 = (r"(få|får|have|ha|arve|arver|overtage|overtager|beholde|beholder|givet|gav|giver|forære|foræret|forærede|"
           r"forærer)")
_GIVE17 = (r"(få|får|have|ha|arve|arver|overtage|overtager|beholde|beholder|passe på|tage sig af|tager sig af|skal have|må få|"
           r"kan få|givet|gav|giver|forære|foræret|forærede|forærer|skænket|delt ud|delte ud|deler ud)")
_LAST_TALK_OK17 = (r"^(?!.*\b(flytte\w*|flytter|ferie\w*|kursus|kurset|forløb\w*|holdet|praktik\w*|skole\w*|job\w*|arbejde\w*|"
                   r"i år|i denne uge|inden|til (jul|sommer|næste)|afslutning\w*|stopper|slutter|ny|nye|nyt|bostøtte\w*|"
                   r"kontaktperson\w*|psykolog\w*|sagsbehandler\w*|vejleder\w*|mentor\w*|om (det|den|ham|hende|dem)|i dag|i aften)\b)")
_WORTH17 = (r"(at spise|mad|maden|noget (mad|at spise)|at få (mad|noget at spise)|aftensmad|morgenmad|frokost|at drikke|noget at "
            r"drikke|at leve|at være her|at være til|at være i live|at være i live|at vågne)")
# an estate planned: a will, a lawyer, the house or the farm, a death many years off ("når jeg er død skal børnene arve huset,
# det står i testamentet"), read over the whole message
_ESTATE17 = (r"^(?!.*\b(testamente\w*|advokat\w*|arveafgift\w*|skifteret\w*|dødsbo\w*|begravelse\w*|livsforsikring\w*|"
             r"pensionsopsparing\w*|mange år|langt ude i fremtiden|huset|sommerhuset|gården|firmaet|forretningen|notar\w*)\b).*?")
SET17_SUICIDE: list[str] = [
    # one's things to someone when one is gone, either order
    _ESTATE17 + r"\b" + _GIVE17 + r"\b.{0,60}\b" + _GONE17 + r"\b" + _A_WHILE14 + _AWAY17,
    _ESTATE17 + r"\b" + _GONE17 + r"\b(\s\S+){0,4}? (skal|må|kan|får|vil) (\w+ ){0,4}(have|ha|få|arve|overtage|beholde|passe på)\b"
    + _A_WHILE14 + _AWAY17,
    # gone, and no need of a thing ("når jeg er væk, skal du have min hund, jeg får ikke brug for den")
    r"^" + _AWAY17 + r".*?\b" + _GONE_AWAY17 + r".{0,60}\b(jeg|hun|han) ((får|fa) (ikke|ik|aldrig) (mere )?brug for|kommer (ikke|"
    r"ik|aldrig) til at (få brug for|bruge)) (den|det|dem|noget|nogen af dem)\b" + _A_WHILE14,
    r"^" + _AWAY17 + r".*?\b(" + _KEEP17 + r" (\w+ ){0,3}(min|mit|mine|sin|sit|sine|hans|hendes)|(savne|savner|mangle|mangler) "
    r"(\w+ )?(noget|nogen|ingenting|intet|noget som helst))\b.{0,60}\b" + _GONE_AWAY17 + _A_WHILE14,
    # missing nothing, needing nothing, when one is gone
    r"\b(savne|savner|bruge|brug for|mangle|mangler)\b.{0,30}\b" + _GONE17 + r"\b" + _A_WHILE14 + _AWAY17,
    # not here after a stretch of time
    r"\b(tror|regner|tænker|ved|går) (\w+ )?(ikke|ik|ikk) (\w+ )?(med |ud fra )?(at )?((jeg|hun|han) (er|bliver|kommer til at være|"
    r"vil være|skal være|være)|at (være|blive)) ((\w+ )?(her|i live)|((her|stadig|længere|mere) )?til) (\w+ )?" + _LATER17 + r"\b" + _A_WHILE14 + _ERRAND16 + _AWAY17,
    r"\b(jeg|hun|han) (er|bliver) ((her|til) (nok |vist |sikkert |nok heller |heller |jo |altså )?(ikke|ik)|(nok |vist |sikkert "
    r"|nok heller |heller |jo |altså )?(ikke|ik) (her|til)) (mere |længere )?(om (lidt|kort tid|(en|et|to|tre|\d+|par|få) (\w+ )?"
    r"(uge|uger|måned|måneder|år))|(meget|ret|så) længe (endnu|mere)?|meget længere)\b(?! (om|i dag|i aften)\b)"
    + _A_WHILE14 + _ERRAND16 + _AWAY17,
    r"\b(at|siger|sagde|skriver|skrev) (jeg|hun|han) (nok |vist |sikkert |måske )?(ikke|ik) (er|bliver) (her|til|i live) (mere |"
    r"længere )?om (lidt|kort tid|(en|et|to|tre|\d+|par|få) (\w+ )?(uge|uger|måned|måneder|år))\b(?!.{0,60}\b(vikar\w*|syg|"
    r"orlov|barsel\w*)\b)" + _A_WHILE14 + _ERRAND16 + _AWAY17,
    r"\b(snart|om lidt|om kort tid|inden længe|til den tid) (er|bliver) (jeg|hun|han) (\w+ )?(alligevel |jo |nok |vist )?(ikke|ik) "
    r"(her|til|i live)\b(?! (på|i|hos|ved|om|at|stede|rådighed|nytte|nogen|noget|fals|grin|sinds)\b)" + _A_WHILE14 + _ERRAND16
    + _AWAY17,
    r"\balligevel (ikke|ik) (er |være )?(her|til|i live) (mere|længere)\b" + _A_WHILE14 + _AWAY17,
    # a plan told as "how I could do it", with nothing after it or unseen; pills kept for the day one cannot go on
    r"\b(tænkt|tænker|tænkte|overvejet|overvejer|overvejede|planlagt|planlægger|fundet ud af|googlet|googler|undersøgt) (på |over )?"
    r"hvordan (jeg|hun|han) (\w+ )?(skal|skulle|kan|kunne|vil|ville|bedst|bedst kan) (\w+ )?gøre det\b(?=\W*$| (uden at (nogen|i|de|"
    r"du|min \w+) (opdager|ser|finder|ved|lægger mærke)|så (ingen|det ikke)|i nat|i aften|når (ingen|alle) \w+)\b)",
    r"\btil den dag (hvor )?(jeg|hun|han) (ikke|ik) (orker|kan|magter|gider|vil|holder ud) (mere|længere|mer|det mere)\b",
    # God asked to fetch one, leave to pass away ("vorherre må gerne hente mig nu", "jeg beder om at få lov at gå bort")
    r"\b(vorherre|vor herre|gud|herren|jesus)\b(\s\S+){0,3}? (hente|henter|hentede|(tage|tager|kalde|kalder)(?= (mig|hende|ham) "
    r"(hjem|til (sig|ham|himlen)|nu|snart)\b| (mig|hende|ham)\W*$)) (mig|hende|ham)( hjem| til (sig|ham|himlen))?\b"
    r"(?!.{0,20}\b(i kirke|til kirke|til gudstjeneste)\b)",
    r"\b(få|fa|får|have) lov (til )?at (gå bort|sove ind|slippe|komme hjem til (gud|vorherre|min mand|min kone)|komme herfra|"
    r"forlade (livet|verden|jorden))\b(?!.{0,20}\b(i (dag|morgen|aften)|kl|klokken|tidligt|før|inden)\b)",
    # as well dead
    r"\b(kunne|kan) (\w+ )?(lige ?så godt|ligeså godt|lige så vel) (være død|dø|ikke være her|ikke være til|forsvinde|ligge i "
    r"graven)\b(?! af)",
    # hoping not to wake, with "at" ("hver aften håber jeg på ikke at vågne")
    r"\b(håber|håbede|ønsker|ønskede|beder|bad|drømmer|drømte|glæder (mig|sig)|gid|bare)\b(\s\S+){0,4}? (på|om|til)? ?(ikke|"
    r"aldrig) at (vågne|vågner)( op)?\b(?! (for tidligt|tidligt|af|før|inden|kl|klokken|midt|om natten|i nat|hele natten))",
    # where or when one will do it, told alone; how, beside a place, a means or unseen
    r"\b(ved|fundet|fandt|valgt|bestemt|har) (\w+ ){0,2}(hvor|hvornår) (jeg|hun|han) (vil|skal|skulle|ville) gøre det\b(?=\W*$| "
    r"(i nat|i aften|nu|snart)\W*$)",
    r"\b(ved|fundet ud af|fandt ud af|har) (\w+ )?hvordan (jeg|hun|han) (vil|skal|skulle|ville) gøre det\b.{0,50}\b(fundet et sted|"
    r"et sted|reb|rebet|piller|pillerne|broen|uden at nogen|så ingen)\b",
    # holding out, said with no object
    r"\b(jeg|hun|han) (kan |kunne )?(ikke|ik) (holde|holder) (det |til det )?ud (meget |ret |så meget )?(længere|mere)\W*$",
    r"\bhvor (meget )?længe (jeg|hun|han) (kan |kan blive ved med at |orker at )?(holde|holder) (det |til det )?ud\W*$",
    # nobody need worry any more, from a time on ("i morgen er der ingen der skal bekymre sig mere")
    r"\b(i morgen|i aften|i nat|snart|om lidt|efter i dag|fra i morgen|så)\b.{0,25}\b(ingen|ikke nogen) (der )?(skal|behøver|må) "
    r"(længere |mere )?(bekymre (sig|jer|dig)|tænke på|være kede? af det|passe på|tage sig af) (\w+ )?(om |over |på |af )?"
    r"(mig |hende |ham )?(mere|længere)\b(?!.{0,40}\b(fået det bedre|klarer (mig|sig)|går godt|går bedre|har styr|selv kan|"
    r"kan selv)\b)",
    # the train one will not board
    r"\b(tog|toget|togene|perron\w*|station\w*|togstation\w*|skinner\w*|sporet)\b.{0,60}\b(jeg|hun|han) (skal|vil) (ikke|ik) (med|"
    r"køre med|ind i|op i) (det|den|toget|dem)\b(?!\s+(til|fra|men|for|fordi|alligevel|i dag)\b)",
    # a rope carried about or kept at hand
    r"^(?!.*\b(klatre\w*|camping\w*|telt\w*|båd\w*|sejl\w*|hund\w*|flytte\w*|gymnastik\w*|træning\w*|sjippe\w*|tov\w*|"
    r"spejder\w*|tøjsnor\w*|bøjle\w*|kano\w*|binde\w*|fortøj\w*|trailer\w*|læs\w*)\b).*?\b(((går|gået|gik|kører|kørte) rundt "
    r"med|bærer (rundt )?på) (\w+ )?(reb|rebet|løkke|løkken|strikke)|(har|gemt|gemmer) (et|en) (reb|løkke) (liggende )?(i|under) "
    r"(tasken|lommen|sengen|skabet|skuffen|rygsækken|bilen|madrassen))\b",
    # how nice it would be to be dead
    r"\b(rart|dejligt|skønt|bedst|nemmest|lettest|en lettelse|fredeligt) (\w+ )?(at|hvis (jeg|hun|han)) (være død|var død|dø|døde|"
    r"ikke være her|ikke var her|ikke være til|slippe for (det hele|livet|alt))\b(?!.{0,30}\b(hjemme|egen seng|hospice|fred og ro "
    r"når|af alderdom)\b)",
    # the last talk, with nothing after it (or a thank-you, a farewell)
    _LAST_TALK_OK17 + r".*?\b(det|dette|det her) (er|bliver|var) (nok |vist |måske |sikkert |så )?(den )?sidste gang (vi|jeg|du|i) "
    r"(snakker|snakke|snakkes|taler|tale|tales ved|skriver|skrives ved|ses|høres|chatter|mødes|ser hinanden)( sammen| med "
    r"hinanden| med dig| med jer)?"
    r"(?=\W*$|\W+(tak for alt|farvel|pas på (dig|jer) selv|hav det godt|undskyld|for altid|nogensinde)\b)",
    # closing one's eyes or falling asleep and then it is over, as a wish
    r"\b(bare|gid|ønske|ønsker|ønskede|håber|drømmer om|lyst til|vil gerne|ville gerne|hvis bare|hvis jeg bare)\b.{0,40}\b(lukke|lukker|"
    r"lukkede|falde i søvn|falder i søvn|sove ind|sove)\b.{0,30}\b((så|og) (\w+ ){0,2}(var|er|ville|vil) (\w+ )?(det|alt|livet|det hele|"
    r"hele lortet|alting) (\w+ )?(forbi|slut|ovre|overstået|væk|stille)|(aldrig|ikke) (åbne|åbner|åbnede|vågne|vågner) (dem |op )?"
    r"(igen|mere)|for (altid|evigt))\b",
    r"\b(lukke|lukker) (\w+ )?øjne(ne)? og (aldrig|ikke) (at )?(åbne|åbner) (dem )?(igen|mere)\b(?! (før|inden|indtil|når)\b)",
    # no need of time or a future any more
    r"\b(har|får|kommer til at få|skal have) (ikke|ik|aldrig) (mere |længere )?brug for ((tid|nogen tid) (mere|længere)|(en fremtid|"
    r"nogen fremtid|fremtiden|et liv|noget liv|min fremtid|sin fremtid) (mere|længere|alligevel))\b(?! (til|på|med|af|at|i)\b)",
    # life not deserved
    r"\b(jeg|hun|han) (\w+ )?((har|havde) (ikke|ik|aldrig) (\w+ )?fortjent|(fortjener|fortjente) (\w+ )?(ikke|ik|aldrig)|"
    r"(ikke|ik|aldrig) (har |havde )?(fortjener|fortjente|fortjent)) (at leve|at være her|at være til|at være i live|at vågne|"
    r"at eksistere)\b",
]
# (set 17) A pillow, a hand or a bag over the face or mouth; pinching by a person (not a crab, not the cheek for fun);
# someone coming in to the citizen at night (not staff on a round); waking up naked with no memory.
_NIGHT_ROUND17 = (r"(?!.{0,60}\b(tjekke\w*|tjekker|se til|ser til|hjælpe\w*|hjælper|medicin\w*|ble|bleen|vende\w*|vender|toilet\w*|"
                  r"runde\w*|godnat|sige godnat|putte\w*|trøste\w*|mareridt|drømt|drømmer|drøm|(han|hun|de) (er|var|bliver|blev) "
                  r"bange|tordenvejr\w*|torden)\b)")
SET17_ABUSE: list[str] = [
    r"\b(han|hun|de|(?!(jeg|vi)\b)\w+en|(min|mit|hans|hendes|sin|sit) \w+) (\w+ ){0,2}(lagt|lægger|lagde|holdt|holder|trykket|"
    r"trykker|trykkede|presset|presser|pressede) (en |sin |hans |hendes |min |den )?(pude|puden|hånd|hånden|hænderne|dyne|dynen|"
    r"pose|plasticpose|tape) (\w+ )?(over|for|ned over|hårdt over|hårdt for) ((mit|hendes|hans|min|vores) (hoved|ansigt|mund|"
    r"næse|hals)|(ansigtet|munden|hovedet|næsen) på (mig|hende|ham|os))\b(?!.{0,30}\b(kold|varm|klud|sove|sov\w*|lys|solen|"
    r"grine|grin\w*|gr[æa]d\w*|gab\w*|host\w*|nys\w*|overrask\w*|regn\w*|paraply|ked af det|beskytte\w*)\b)",
    r"\b(han|hun|de|pædagog\w*|personalet|plejer\w*|hjælper\w*|\w*vagt\w*|(min|mit|hans|hendes) \w+) (kniber|kneb|knibe|har "
    r"knebet) (\w+ )?(mig|hende|ham)\b(?! (i kinden|for sjov))(?!.{0,30}\b(for sjov|kinden|drille\w*|legende)\b)",
    r"^(?!.*\b(nattevagt\w*|personale\w*|pædagog\w*|hjemmepleje\w*|sygeplejerske\w*|hjælper\w*|plejer\w*|kontaktperson\w*|"
    r"mor|far|kat|katten|hund|hunden)\b).*?\b(en mand|en fyr|han|de|nogen|en anden beboer|en beboer|(?!(drengen|pigen|sønnen|"
    r"datteren|lillebroren|storebroren|babyen|barnebarnet|hvalpen)\b)\w+en) (\w+ ){0,3}(kommer|kom|"
    r"går|gik|lister|listede|sniger|snek) (ind )?(ind til|ind på værelset til|ind hos|ind i sengen til|op i sengen til) (mig|hende|"
    r"ham) (om natten|når (jeg|hun|han) sover|i nat|hver nat)\b" + _NIGHT_ROUND17,
    r"\b(ikke|ik|intet|aldrig) (\w+ )?(huske|husker|husket)\b.{0,60}\b(vågne\w*|vågnede|og) (\w+ ){0,3}(nøgen|uden tøj|uden bukser|"
    r"uden trusser)\b|\b(vågnede|vågner) (\w+ ){0,3}(nøgen|uden tøj|uden bukser|uden trusser)\b.{0,40}\b(ikke|ik|intet) (\w+ )?"
    r"(huske|husker)\b",
]
# (set 17) Dying old, in peace, when the time comes (now also read without "bare": "jeg ønsker bare at dø i fred når den
# tid kommer")
SET17_EXCEPTIONS: list[str] = [
    r"\b(dø|dør) (\w+ ){0,3}(når (den|min|hendes|hans|ens) tid kommer|når tiden kommer|af alderdom|som gammel|gammel og mæt)\b",
    # faith and pulling oneself together, not being fetched ("gud tager mig som jeg er", "beder gud om hjælp til at tage mig
    # sammen", "jesus kalder mig til at hjælpe")
    r"\b(tage|tager|tog|taget) (mig|sig|dig|hende|ham|os) (\w+ )?sammen\b",
    r"\b(tager|tog|tage|elsker|elskede|elske|accepterer|accepterede|kender|kendte) (mig|hende|ham|os) som (jeg|hun|han|vi) (er|var)\b",
    r"\b(kalder|kaldte|kalde) (mig|hende|ham|os) til at\b",
    # a death told as grief: another who was allowed to pass away ("min mormor fik lov at sove ind", "hunden fik lov at sove
    # ind i går"); not a wish ("gid jeg fik lov at sove ind")
    r"(?<!gid )(?<!ønske )(?<!bare )(?<!hvis )(?<!at )\b(hun|han|de|(?!jeg\b)\w+(mor|far|en|et)|(min|mit|vores|hans|hendes|sin|sit|"
    r"deres) \w+) (\w+ )?fik lov (til )?at (sove ind|gå bort|dø|slippe|komme hjem( til (gud|vorherre|herren))?)\b",
]
# (set 17) Pills collected or laid out; food or drink not deserved, or left as a punishment of oneself ("jeg har ikke fortjent at spise", "hun
# siger hun ikke fortjener mad", "jeg spiser ikke, jeg skal straffes"); not sweets or dessert.
_PILL_WORDS17 = (r"(sovepiller\w*|sovemedicin\w*|piller|pillerne|smertepiller\w*|lykkepiller\w*|nervepiller\w*|tabletter|"
                 r"tabletterne|sovetabletter\w*|panodil\w*|pamol\w*|paracetamol\w*|morfin\w*|medicin|medicinen)")
SET17_SELF_HARM: list[str] = [
    # pills collected or hoarded (not a week's dose box, not returned to the pharmacy)
    r"\b(samlet|samler|samlede|samle|hamstret|hamstrer|hamstrede|sparet op|sparer op|sparede op|lagt til side|lægger til side)"
    r"(?! op\b) (på |sammen )?((mine|sine|hans|hendes|alle|en masse|mange|nogle|flere|de|gamle|nok|af) ){0,3}" + _PILL_WORDS17
    + r"\b(?! op\b)(?!.{0,60}\b(dosis\w*|pilleæske\w*|ugeæske\w*|apotek\w*|aflevere\w*|afleverede|afleveret|destruer\w*|kassere\w*|"
    r"smide ud|smidt ud|ferie\w*|rejse\w*|til (ugen|morgen|aften|turen)|tomme|sygeplejerske\w*|hjemmepleje\w*|læge\w*|"
    r"pædagog\w*|personalet|givet (dem|den|det) til|gulvet)\b)",
    r"\b(jeg|hun|han) (\w+ )?((har|havde) (ikke|ik|aldrig) (\w+ )?fortjent|(fortjener|fortjente) (\w+ )?(ikke|ik|aldrig)|"
    r"(ikke|ik|aldrig) (har |havde )?(fortjener|fortjente|fortjent)) (\w+ )?" + _WORTH17 + r"\b",
    r"\b(spiser|spise|spist|spiste|drikker|drikke|drak) (\w+ ){0,2}(ikke|ik|intet|ingenting|aldrig)\b(?!.{0,20}\b(slik|dessert|is|"
    r"kage|chokolade|sodavand|chips|kød|fisk|gluten|sukker)\b).{0,50}\b((for at|vil|skal) straffe (mig|sig)( selv)?|som straf "
    r"(for|fordi)|(skal|skulle|må|burde|fortjener at) straffes)\b",
    r"\b(ikke|ik|aldrig|intet|ingenting) (\w+ )?(spist|spiser|spise|spiste)\b.{0,50}\b(jeg|hun|han) (skal|skulle|må|burde|"
    r"fortjener at) straffes\b",
    r"\b(straffe|straffer|straffede) (mig|sig)( selv)? (ved|og|med) (at )?(\w+ )?(ikke|ik|aldrig) (at )?(spise|spiser|drikke|"
    r"drikker|sove|få mad)\b",
    # all one's pills laid out in front of one or in the hand, or counted (not sorted into a dose box)
    r"\b(alle|hele glasset med|hele pakken med|hele bøtten med) (mine |sine |hans |hendes )?" + _PILL_WORDS17 + r"\b"
    r".{0,30}\b(foran (mig|sig|ham|hende)|i hånden|i (min|sin|hans|hendes) hånd)\b(?!.{0,60}\b(dosis\w*|sorter\w*|"
    r"\w*æske\w*|apotek\w*|pædagog\w*|hjemmepleje\w*|sygeplejerske\w*)\b)",
]


# (set 18) Old people's quiet wishes to die: leave to go or to fall asleep for good, waiting for it to be over, what
# one is still here for, praying not to wake or to be fetched ("det er på tide jeg får lov at gå", "jeg beder hver
# aften til at jeg ikke skal vågne", "vorherre må gerne hente mig", "hvad skal jeg her for"). Not a death told as
# grief ("min far sov ind sidste år") nor falling asleep in front of the tv.
_OLD_AGE18 = r"(på tide|min tid|tiden er|levet|gammel|gamle|vorherre|vor herre|gud|herren|himlen|træt af (livet|at leve)|mit liv|sit liv)"
_ASLEEP_OK18 = (r"(?! (på|foran|i|til|under|med|om|over|ved|igen|hurtigt|let|tidligt|sent|klokken|kl|efter|hos|sammen|mens|når|"
                r"inden|før)\b)")
SET18_SUICIDE: list[str] = [
    r"\b" + _OLD_AGE18 + r"\b.{0,40}\b(få|får|fik|have|ha) lov (til )?at (gå|gå bort|sove ind|slippe|komme hjem)\b(?=\W*$| (nu|snart|"
    r"herfra|bort|fra det hele|fra livet|i fred|stille|for altid|og (sove|slippe|dø))\b)",
    r"\b(få|får|fik|have|ha) lov (til )?at (gå bort|sove ind|slippe (for livet|fra det hele|for det hele)|komme hjem til (gud|"
    r"vorherre|herren))\b" + _ASLEEP_OK18,
    r"\b(lade|lad|lader) (mig|ham|hende|far|mor) (\w+ )?(sove ind|gå bort|dø)\b" + _ASLEEP_OK18,
    r"\b(bare|gid|håber|ønsker|ville ønske|beder|helst|bedst|bedste|lettest|gerne)\b.{0,40}\b(jeg|hun|han) (\w+ ){0,3}(sove|sov|sover|"
    r"falde|faldt) ind\b" + _ASLEEP_OK18 + r"(?!.{0,40}\b(vågen|søvnløs\w*|sovepille\w*|sovemedicin|melatonin|i søvn|sengetid)\b)",
    r"\b(jeg|hun|han) (har|har nu|har jo) haft (mit|sit|hele mit|hele sit) (\w+ )?liv\b(?=\W*$| (nu|og|så|jeg|hun|han|det|der)\b)",
    r"\b(haft (mit|sit) liv|levet (længe|mit liv|sit liv)|gammel nok)\b.{0,40}\bmå det (\w+ )?(godt|gerne|snart|bare) (\w+ )?(være|blive) "
    r"(slut|forbi|nok)\b(?! (med|for i dag)\b)",
    r"\bventer (\w+ ){0,2}på (døden|at dø|enden|at få lov (til )?at (gå|dø|sove ind)|at (vorherre|gud|herren|døden) (\w+ )?(henter|tager|"
    r"kommer)|at (det|livet|det hele) (\w+ )?(er|bliver|skal være) (forbi|slut|ovre)\b(?! (med|så|og så|inden|før(?! (mig|os|altid|evigt)\b)|i (morgen|aften|dag))\b))",
    r"\bhvad skal (jeg|hun|han|en (\w+ )?\w+ som (mig|hende|ham)) (\w+ )?(her|være her|leve|på jorden|blive ved|i live)( mere| længere)? "
    r"for\b" + _MEETING18,
    r"\bhvorfor skal (jeg|hun|han) (\w+ )?(blive ved|leve|være her|fortsætte|kæmpe videre|holde ud)\b(?=\W*$| (mere|længere|når|nu|"
    r"alene|min|mine|alle|så|uden|der|det|jeg|hvad|og|hvis|for)\b)",
    r"\b(håber|beder|ønsker|ville ønske|gid|bare)\b.{0,40}\bjeg (\w+ )?(ikke|aldrig) (skal |må |vil |kommer til at )?(vågne|vågner)( op)?\b"
    r"(?! (før|inden|om natten|af|tidligt|for tidligt|kl\w*|klokken|hele natten|når|til)\b)",
    r"\b(vorherre|vor herre|gud|herren|døden|englene|jesus)\b.{0,30}\b(hente|henter|hentede|tage|tager|komme efter|kommer efter|kalde|"
    r"kalder) (mig|hende|ham)( hjem)?\b(?! (i (kirken|bilen|hånden)|til|fra|med|op|af|ind|under)\b)",
    r"\b(orker|gider|magter|kan) (ikke|ik) (\w+ )?(flere|mange flere|et år mere|en vinter mere) (år|vintre|dage|somre)?\b(?! (med|i|på|"
    r"som|til|af|hos|uden|på)\b)(?=\W*$| (jeg|hun|han|det|og|så|mere|alene)\b)",
    r"\b(gør (\w+ )?(ikke|ik) noget|er (\w+ )?(lige meget|ligegyldigt)|betyder (\w+ )?(ikke|ik) noget) (om|hvis) (jeg|hun|han) (ikke|ik) "
    r"(er|bliver|lever|er her) (her|til|i live|længere|mere)\b(?! (til(?! at\b)|på|ved|hos|stede)\b)(?!(?<=\bher til) (?!(mere|længere)\b)\w)" + _MEETING18 + _A_WHILE14
    + _ERRAND16 + _AWAY17,
]
# (set 18) Marks of self-harm seen by others or told without an object ("min datter har nye snit på låret", "han har
# brændemærker på armene og vil ikke sige hvor de kommer fra", "skærer stadig nogle gange"); not an operation, an
# accident, a pet or cooking.
_SKIN18 = (r"(arm|armen|arme|armene|lår|låret|lårene|håndled\w*|underarm\w*|overarm\w*|ben|benet|benene|maven|hofte\w*|"
           r"skulder\w*|brystet|kroppen|hele kroppen|huden|ankler\w*|ankel\w*)")
_NOT_ACCIDENT18 = (r"^(?!.*\b(læge\w*|operation\w*|opereret|kirurg\w*|hospital\w*|sygehus\w*|kejsersnit|fald\w*|faldt|uheld\w*|"
                   r"kat|katten|kattene|hund\w*|hvalp\w*|kanin\w*|cykel\w*|cyklen|cyklede|tornebusk\w*|brombær\w*|glas\w*|kniven da|"
                   r"arbejde\w*|værksted\w*|brandsår fra|komfur\w*|ovn\w*|strygejern\w*|solskold\w*|vandkopper|eksem|myggestik|"
                   r"tatovering\w*|\w*ulykke(n|r|rne|ns)?|forbrænd\w*|skold\w*)\b)")
SET18_SELF_HARM: list[str] = [
    _NOT_ACCIDENT18 + r".*?\b(snit|skæremærker|cuts|brændemærker|cigaretmærker|ridser fra (kniv\w*|barberblad\w*|saks\w*))\b (\w+ ){0,2}"
    r"(på|i|over|ned ad|langs) (\w+ )?" + _SKIN18 + r"\b",
    _NOT_ACCIDENT18 + r".*?\b(nye|friske|flere nye|mange nye|dybe) (ar|rifter|ridser|sår|mærker)\b (\w+ ){0,2}(på|i|over) (\w+ )?"
    + _SKIN18 + r"\b",
    _NOT_ACCIDENT18 + r".*?\b(ar|arrene|rifter|ridser|sår|sårene|mærker|mærkerne|snit)\b.{0,60}\b(vil (ikke|ik) (sige|fortælle|vise)|"
    r"skjuler|gemmer (dem|det)|lange ærmer|langærmet|i al hemmelighed)\b",
    _NOT_ACCIDENT18 + r".*?\b(skjuler|skjulte|gemmer|gemte|dækker|dækkede) (\w+ )?(ar|arrene|rifter|rifterne|ridser|ridserne|sår|sårene|snit|snittene|"
    r"mærker|mærkerne|armene|lårene)\b.{0,40}\b(under|med) ((\w+ )?ærmer|ærmerne|en (\w+ )?(trøje|hættetrøje|bluse|sweater)|plaster\w*|"
    r"tøjet|armbånd|makeup)\b",
    r"(^|\b(jeg|hun|han) )(skærer|cutter|snitter|ridser)( (stadig|igen|tit|nogle gange|nogen gange|af og til|engang imellem|ind imellem|"
    r"hver (dag|aften|nat|uge)|om natten|om aftenen))+\b(?=\W*$| (jeg|hun|han|det|og|men|selvom|fordi|når|for at|så|i (armene|armen|"
    r"låret|lårene|håndled\w*|benene)|mig|sig)\b)(?!.{0,60}\b(mad|løg|grønt\w*|brød|kød|kartofler|frugt|gulerødder|salat|"
    r"køkken\w*|hår\w*|græs\w*|hæk\w*|papir|pap|træ|frisør\w*|kunder|tøj|stof|negle)\b)",
]
# (set 18) Control and fear told plainly by people with an intellectual disability, old people and relatives: someone
# decides everything, keeps the phone or the door locked, touches where one does not want, shouts or insults as a
# habit, threatens about telling, takes the plate; a loan taken in one's name. Agreements, a doctor's rule, teasing
# and surprises are left to _AGREED and the exclusions.
_RULER18 = (r"(han|hun|de|(min|mit|hans|hendes|sin) (nye |gamle )?(" + _PARTNER[1:-1] + r"|stedfar|stedmor|søn|datter|bror|søster|"
            r"svigersøn|svigerdatter|nevø|niece|onkel|far|mor)|personalet|pædagog\w*|kontaktperson\w*|hjælper\w*|plejer\w*|"
            r"nattevagt\w*|de ansatte)")
_CARER18 = (r"(" + _RULER18[1:-1] + r"|hjemmehjælp\w*|hjemmeplejen|sygeplejerske\w*|vikar\w*|beboer\w*|de andre)")
SET18_ABUSE: list[str] = [
    _AGREED + r".*?\b" + _RULER18 + r" (\w+ )?bestemmer (\w+ )?(alt|alting|over (mig|hende|ham|alt|mine penge|hendes penge|hans penge)|"
    r"hvem (jeg|hun|han) (må |skal )?(se|ses|snakke|tale|være sammen|skrive|ringe)|hvad (jeg|hun|han) (må |skal )?(tage på|have på|"
    r"gå i|spise|købe|bruge|sige)|hvor (jeg|hun|han) (må |skal )?(gå|være|tage hen))\b(?! (i|på|om|til|med|omkring) (køkken\w*|hus\w*|"
    r"have\w*|ferie\w*|mad\w*|indretning\w*|musik\w*|tv|fjernbetjening\w*|spil\w*|film\w*|arbejde\w*|jul\w*|påske\w*|fest\w*|"
    r"fødselsdag\w*))(?! (om|omkring|med|i|til|ved|på) (hvad|hvor|hvornår|hvordan|hvem|hvilke\w*) (vi|familien)\b)",
    _AGREED + r".*?\b(har|tager|tog|gemmer|gemte|beholder|beholdt|låser|låste) (\w+ )?(min|mit|mine|hans|hendes) (\w+ )?(" + _AID[1:-1]
    + r"|" + _MONEY[1:-1] + r")\b.{0,60}\b(jeg|hun|han) (får|fik|må få|kan få) (\w+ ){0,2}(kun|bare|først|aldrig) (\w+ ){0,2}(når|hvis) "
    r"(han|hun|de|min \w+) (siger|vil|gider|synes|har lyst|tillader|bestemmer)\b",
    _AGREED + r"(?=.*\b" + _RULER18 + r" (har )?(taget|tog|tager|gemt|gemmer|gemte|fjernet|fjerner|fjernede|konfiskeret|inddraget|"
    r"slukket|slukker) (\w+ )?(min|mit|hans|hendes|sin) (telefon|mobil|mobiltelefon|tablet|ipad|computer)\b)"
    r"(?!.*\b(reparation\w*|oplade\w*|lektier\w*|skole\w*|timerne|frikvarter\w*|for sjov)\b).*\b(ikke|ik|aldrig) (\w+ )?"
    r"(lov (til )?(at )?|kan |kunne |må |måtte )?(ringe|skrive|sms'e|snakke|tale|kontakte)\b",
    _AGREED + r".*?\b" + _RULER18 + r" (\w+ )?(låser|låste|har låst|lukker|lukkede) (\w+ )?(min|mit|hans|hendes|sin|vores|døren til "
    r"(mit|hans|hendes)) (dør|værelsesdør|hoveddør|værelse|lejlighed|hus)\b.{0,60}\b((kan|kunne) (jeg |hun |han )?(ikke|ik) (komme|gå|slippe) (ud|væk|"
    r"på toilet\w*|på wc|på badeværelset)|så (jeg|hun|han) (ikke|ik) kan|inde|udefra|som straf)\b",
    r"^(?!.*\b(kat\w*|hund\w*|hvalp\w*|baby\w*|kanin\w*|frisør\w*|massør\w*|læge\w*)\b).*?\b(rører|rørte|rørt|nusser|nussede|kæler|"
    r"kælede|befamler|befamlede|beføler|piller|pillede|klapper|klappede|kysser|kyssede|kilder|kildede|tager|tog) (\w+ )?(ved |på )?"
    r"(mig|hende|ham)\b.{0,25}\b(steder|der hvor|hvor|når) (jeg|hun|han) (ikke|ik) (vil|kan lide|har lyst|bryder (mig|sig) om|må)\b",
    r"\b(truer|truede|truet)\b" + _MILD_THREAT21 + r".{0,60}\b" + _THREAT_IF,
    r"\b(siger|sagde|sagt)\b" + _OWN_LOSS21 + r".{0,60}\bhvis (jeg|hun|han) (\w+ )?(fortæller|siger|sladrer|snakker|fortalte|sagde|sladrede) (det |noget |om det )?"
    r"(til|med) (nogen|nogle|andre|politiet|personalet|pædagog\w*|mor|far|min \w+|kontaktperson\w*)\b",
    r"^(?!.*\b(fest\w*|overraskelse\w*|gave\w*|julegave\w*|fødselsdag\w*|bryllup\w*|gravid|forlove\w*)\b).*?\bhemmelighed\w*\b.{0,50}"
    r"\b(må|skal|får) (ikke|ik|aldrig) (lov )?(at )?(sige|fortælle|sladre)( det)?( til| om)?\b",
    _TEASE18 + r".*?\b" + _CARER18 + r" (\w+ )?(råber|råbte|skriger|skreg|skælder|skældte|hvæser|hvæsede) (\w+ )?(af|ad|på) (mig|hende|ham)\b"
    r".{0,60}\b(hver dag|hele tiden|altid|når (jeg|hun|han)|hvis (jeg|hun|han)|og (tager|tog|skubber|skubbede|slår|slog|truer|truede|"
    r"hiver|hev|river|rev|kalder|kaldte|låser|låste|griner|spytter|niver))\b",
    _TEASE18 + r".*?\b" + _CARER18 + r" (\w+ )?(siger|sagde|kalder|kaldte|råber|råbte) (\w+ )?(at )?(jeg|hun|han|mig|hende|ham) (er |var )?(for |så )?("
    + _SLUR[1:-1] + r"|til grin|intet værd|ingenting værd|(ikke|ik) (duer|dur|duede) (til )?(noget|nogenting|en skid))\b.{0,60}\b("
    r"og (skubber|skubbede|slår|slog|hiver|hev|river|rev|spytter|griner|niver|låser|tager)|hver dag|hele tiden|altid|foran (de andre|"
    r"alle|folk)|(ikke|ik) (duer|dur) (til )?(noget|nogenting))\b",
    r"\b" + _CARER18 + r" (\w+ )?(siger|sagde|råber|råbte) (\w+ )?(at )?(jeg|hun|han) (ikke|ik) (duer|dur|duede) (til )?(noget|"
    r"nogenting|en skid)\b",
    r"\b(skrevet|skrev|skriver|meldt|meldte|tilmeldt|tegnet|tegnede) (mig|hende|ham) (op )?(til|på|for) (et |en |to |flere )?(\w+ )?(lån|"
    r"lånet|kviklån|abonnement\w*|kredit\w*|mobilabonnement\w*|kontrakt\w*)\b.{0,50}\b((ikke|ik|aldrig) (\w+ )?(vidste|vidst|spurgt|"
    r"spurgte|sagt|bedt|ville|anede)|uden (at )?(\w+ )?(spørge|sige|vide))",
    r"\b" + _CARER18 + r" (\w+ )?(tager|tog|fjerner|fjernede|river|rev) (\w+ )?(min|hans|hendes|sin) (tallerken|mad|maden|aftensmad|"
    r"frokost|madpakke|drikkelse|kop)\b.{0,60}\b(før (jeg|hun|han) er færdig|når (jeg|hun|han) (spiser|er) for langsom\w*|som straf|"
    r"og (jeg|hun|han) (er|var|går) sulten|og råber|og griner|hvis (jeg|hun|han) (ikke|ik|spilder))",
    r"\b" + _CARER18 + r" (\w+ )?(råber|råbte) (\w+ )?(af|ad) (mig|hende|ham)\b.{0,60}\b(tager|tog|fjerner|fjernede) (\w+ )?(min|hans|"
    r"hendes) (tallerken|mad|maden)\b",
]
# (set 18) Nobody has been for a long time and the person cannot reach water, food or get up
SET18_NEGLECT: list[str] = [
    r"\b(ingen|ikke nogen|der har (ikke|ik) været nogen|der er (ikke|ik) kommet nogen) (har )?(været (her|forbi|inde)|kommet|set (til|efter) "
    r"(mig|hende|ham))\b.{0,10}\b" + _LONG + r"\b(?=.*\b((kan|kunne) (ikke|ik) (nå|komme op|rejse|få fat)|tørstig|sulten|(ikke|ik) "
    r"(fået|spist|drukket)|vådt|våd|ble|bleen|toilet\w*)\b)|\b((kan|kunne) (ikke|ik) (nå|komme op|rejse (mig|sig)|få fat)|tørstig|sulten)"
    r"\b.{0,60}\b(ingen|ikke nogen) (har )?(været (her|forbi|inde)|kommet|set (til|efter) (mig|hende|ham))\b.{0,10}\b" + _LONG + r"\b",
]
# (set 18) falling asleep on the sofa or in front of the tv, not dying
SET18_EXCEPTIONS: list[str] = [
    r"\b(sove|sover|sov|falde|falder|faldt) ind (på|foran|i) (sofaen|stolen|lænestolen|bilen|bussen|toget|armene|skødet|"
    r"barnevognen|fjernsynet|tv|tv'et)\b",
]


# (set 19) Stroke signs told in chat by the citizen or a relative. Each sign kind alone is common ("han snøvler når
# han er træt", "jeg kan ikke løfte armen efter operationen"), so a hit needs two kinds together ("hans mund hænger
# og han taler helt mærkeligt", "kan ikke løfte armen og ordene kommer forkert ud"), or one sign that came on just
# now ("det startede for en halv time siden", "pludselig"), or the worst headache ever. Never a stroke told as over
# or lasting (a year ago, after the brain injury, still, training, speech therapy), drink, a dentist's numbing,
# tiredness as the cause, a migraine, a grimace or a sore shoulder.
# a word of what is talked about ("snakker om noget mærkeligt", "snakker sludder om politik") is no sign of speech
# (the topic after the sign is excluded in _SPEECH19 itself)
_NOT_ABOUT19 = r"(?!(om|med|til|for|over|på|i|ad|af|fra|ved)\b)"
# "kan hun ikke", "kunne mor ikke" (verb second) as well as "kan ikke"
_CANNOT19 = r"(kan|kunne) ((jeg|hun|han|mor|far|min mor|min far) )?(pludselig |lige pludselig )?"
_FACE19 = (r"((ansigt|ansigtet|mund|munden|mundvig\w*|læbe|læben|\w+s (ansigt|mund)) (\w+ ){0,3}"
           r"(helt |pludselig |lidt |så |meget )?(skæv|skævt|skæve|hænger|hang|slap|slapt|lam|lamt|følelsesløs\w*|trukket skævt|"
           r"trukket ned)|(kan|kunne) (pludselig )?(ikke|ik) (smile|lukke (det ene|sit|mit|hendes|hans) øje)( ordentligt)? (i|på) (den ene|venstre|"
           r"højre) side|skæv i (hele )?(ansigtet|munden|fjæset))")
_SPEECH19 = (r"((taler|snakker|talte|snakkede|tale|talen|snak|snakken|stemmen|sproget) (" + _NOT_ABOUT19 + r"\w+ ){0,2}(er |blev |"
             r"bliver |er blevet )?(helt |pludselig |så |meget )?(sløret|slørret|sluret|sludret|utydeligt|utydelig|uforståeligt|"
             r"uforståelig|mærkeligt|mærkelig|underligt|underlig|volapyk|vrøvl|grødet|grødede|snøvlende|rodet)\b(?! (om|over|med)\b)"
             r"|(taler|snakker|siger) (\w+ )?(sludder|vrøvl|volapyk|nonsens|sort snak)\b(?! (om|over|med)\b)|snøvler|snøvlede|snøvle|sluger ordene|slugte ordene|(ordene|ord) (kommer|kom) "
             r"(\w+ )?(forkert|forkerte|mærkeligt|underligt|forvrænget|baglæns|i forkert rækkefølge) ud|(kan|kunne) (pludselig )?(ikke|ik) (få )?"
             r"(ordene|ord|et ord|en lyd) (frem|ud)|(kan|kunne) (pludselig )?(ikke|ik) (få )?(ordene|ord) til at (passe|hænge) sammen|(lød|lyder|lyd) "
             r"(helt )?(mærkelig|underlig|sløret|snøvlende|fuld)|(kan|kunne) (pludselig )?(ikke|ik) (tale|snakke|sige noget) (ordentligt|rigtigt|tydeligt|klart|rent))")
_LIMB19 = (r"(" + _CANNOT19 + r"(ikke|ik|næsten ikke|slet ikke) (løfte|bruge|bevæge|mærke|styre|holde (på|om|fast i)) (\w+ ){0,2}(arm|armen|"
           r"hånd|hånden|ben|benet|fod|foden|side|siden|fingre|fingrene|kop|koppen|kaffekop\w*|glasset)\b|(arm|armen|ben|benet|hånd|"
           r"hånden|side|siden|halvdel|halvdelen|halvdelen af kroppen) (\w+ ){0,2}(er |føles |blev |bliver |er blevet )?(helt |pludselig |"
           r"så )?(død|lam|slap|følelsesløs|tung|tung som bly|kraftløs|uden kraft|ikke til at løfte)\b|(ben|benet|benene) (\w+ )?(vil|kan) "
           r"(ikke|ik) (bære|holde) (mig|hende|ham)|(arm|armen|hånd|hånden|ben|benet|fod|foden|fingrene) (\w+ ){0,2}(vil|kan) (ikke|ik) "
           r"(gribe|holde|lystre|adlyde|bevæge sig|løftes)|(arm|armen|hånd|hånden|ben|benet) (\w+ ){0,2}hænger (helt )?(slapt|slap|livløs\w*|"
           r"bare ned)|(ben|benet|benene|knæet) (\w+ )?(giver|gav) efter|(mærkelig|underlig|sær|"
           r"følelsesløs|lam|slap) i (hele )?(venstre|højre|den ene) (side|arm|hånd|ben)|(taber|tabte|taber hele tiden) (\w+ ){0,2}(koppen|glasset|gaflen|kaffen|ting) (ud af|fra) "
           r"(\w+ )?(hånd|hånden))")
_SIGHT19 = r"((ser|så) (pludselig )?dobbelt(?! så)|(kan|kunne) (ikke|ik) se (noget )?(på|med|ud af) det ene øje)"
_HEAD19 = (r"((værste|voldsomste|vildeste|frygteligste|slemmeste) hovedpine|(voldsom|vanvittig|sindssyg|frygtelig|ekstrem|lammende) "
           r"hovedpine (\w+ ){0,3}(pludselig|som et lyn|som et slag|som et knald|ud af det blå)|hovedpine (\w+ ){0,3}(som et lyn|som et "
           r"slag|som et knald|ud af det blå)|(hovedpine|ondt i hovedet) (\w+ ){0,3}(som|at) (jeg|hun|han) (aldrig|ikke nogensinde) (\w+ )?(har "
           r"|havde )?(haft|mærket|prøvet)( (noget )?lignende)?( før)?)")
_ONSET19 = (r"(pludselig|lige pludselig|lige nu|på (et|få) (sekund|sekunder|øjeblik)|som et lyn|fra det ene øjeblik til det andet|for (lidt|et øjeblik|kort tid|en halv time|et kvarter|"
            r"en time|(\w+ ){1,2}(minutter|minut|timer)) siden|da (jeg|hun|han) vågnede i (morges|dag)|(det )?(startede|begyndte|kom) "
            r"(lige|for (\w+ ){1,3}siden))")
_NOT_STROKE19 = (r"^(?!.*\b(for (\w+ ){1,2}(år|måneder|måned|uger|uge) siden|sidste (år|måned|vinter|sommer|forår|efterår)|efter "
                 r"(min|sin|hans|hendes|den|en|hans første|hendes første) (\w+ )?(blodprop\w*|hjerneblødning\w*|hjerneskade\w*|skade\w*|"
                 r"ulykke\w*|operation\w*|apopleksi|stroke|hjernerystelse\w*|færdselsuheld\w*)|siden (min|sin|hans|hendes) (\w+ )?"
                 r"(blodprop|hjerneblødning|skade|ulykke|operation)|stadig|altid|genoptræn\w*|logopæd\w*|fysioterap\w*|"
                 r"ergoterap\w*|når (jeg|hun|han) (er|bliver) (træt|trætte|nervøs|stresset|ked af det)|fuld|fulde|beruset|drukket|druk|"
                 r"øl|bajere|stiv|skæv af|tandlæge\w*|bedøv\w*|tømmermænd|julefrokost\w*|fest|festen|migræne\w*|sovet (skævt|på)|sov "
                 r"(skævt|på)|skulder\w*|spasticitet|spastisk|sklerose|parkinson\w*|cerebral parese|diagnose\w*|hver gang|tit|ofte|"
                 r"nogle gange|spillet|filmen|serien|for sjov|grimasse\w*|grin\w*|drillede|driller|trylle\w*|teater\w*|\w*træning|træne\w*|"
                 r"forkølet|forkølelse|hæs|influenza|fodbold\w*|håndbold\w*|\w*kamp|\w*kampen|boksning|\w*sport)\b)")


def _stroke_patterns19() -> list[str]:
    kinds = (_FACE19, _SPEECH19, _LIMB19, _SIGHT19, _HEAD19)
    pats = [_NOT_STROKE19 + r".*?\b" + a + r"\b.{0,90}\b" + b + r"\b"
            for i, a in enumerate(kinds) for j, b in enumerate(kinds) if i != j]
    for sign in kinds:
        pats.append(_NOT_STROKE19 + r".*?\b" + _ONSET19 + r"\b.{0,60}\b" + sign + r"\b")
        pats.append(_NOT_STROKE19 + r".*?\b" + sign + r"\b.{0,60}\b(?!(lige )?pludselig\b)" + _ONSET19 + r"\b")
        pats.append(_NOT_STROKE19 + r".*?\b" + sign + r" (\w+ )?(lige )?pludselig\b")
        # the onset inside the sign ("kan pludselig ikke løfte armen", "taler pludselig helt grødet")
        pats.append(_NOT_STROKE19 + r".*?\b(?=(\w+ ){0,3}(pludselig|lige pludselig)\b)" + sign + r"\b")
    # the worst headache ever ("den værste hovedpine han nogensinde har haft")
    pats.append(_NOT_STROKE19 + r".*?\b(værste|voldsomste|frygteligste) hovedpine\b.{0,40}\b(nogensinde|i (mit|sit|hans|hendes) "
                r"(\w+ )?liv)\b")
    pats.append(_NOT_STROKE19 + r".*?\b(aldrig|ikke nogensinde) (\w+ )?(haft|mærket|prøvet) (så|sådan|så meget) (\w+ )?(ondt i hovedet|"
                r"hovedpine)\b")
    # a crooked face named by its owner ("mors ansigt er skævt", "fars mund er pludselig blevet skæv")
    pats.append(_NOT_STROKE19 + r".*?\b(\w+s|mors|fars) (ansigt|mund|mundvig) (er |blev |bliver |er blevet )?(helt |pludselig |lidt )*"
                r"(blevet )?(skæv|skævt)\b")
    return pats


SET19_DANGER: list[str] = _stroke_patterns19()

# (set 19) Old people's wish not to go on: disappointed to wake up, not looking forward to waking again, not living
# to see another Christmas and glad of it, praying that today be the last, not bothering to wake up again. Not waking
# too early, a last bill or visit, or a move before Christmas.
_NOT_MOVE19 = (r"(?!.*\b(flytte\w*|flytter|flyttede|solgt|sælge\w*|sommerhus\w*|lejlighed\w*|bosted\w*|job\w*|arbejde\w*|skole\w*|"
               r"ferie\w*|rejse\w*|udlandet|hospital\w*|indlagt|afdeling\w*|fængsel\w*|afsoning\w*|uddannelse\w*|praktik\w*)\b)")
# a season spent somewhere ("min sidste sommer på efterskolen", "en jul til i sommerhuset")
# the speaker, or someone whose words are told ("mor siger hun ikke når en jul til"); not a guess about another
_SELF19 = r"(^|\bjeg |\b(siger|sagde|mener|synes) (at )?(hun|han) )"
_NOT_PLACE19 = (r"(?!( (til|mere|igen))? (på|i|hos|med|som|ligesom|hvor|uden|derude|derovre|derhjemme|ved|sammen|der ligner|"
                r"som den)\b)")
SET19_SUICIDE: list[str] = [
    r"\b(skuffet|skuffede|skuffelse|skuffende|ked af det|ked af|ærgerlig|ærgerlige|ærgerligt|trist|triste|tungt) (\w+ ){0,2}(over|når|hver gang|fordi|at) (at )?(jeg|hun|han) "
    r"(\w+ )?(vågner|vågnede|er vågnet|er vågnet op|vågner op|vågnede op|stadig er her|stadig er i live|stadig lever|lever endnu|er "
    r"her endnu)\b(?=\W*$| (igen|endnu en gang|en gang til|hver morgen|om morgenen(?=\W*$| igen\b)|og (stadig|endnu) er her|stadig|i live)\b)",
    r"\b((ser|så) (ikke|ik) (længere |mere )?frem til|(glæder|glædede) (mig|sig) (ikke|ik) (længere |mere )?til|gruer for|gruede for) at "
    r"vågne( op)?( (mere|igen|flere gange|en dag til|en morgen til|en dag mere|en morgen mere|nogensinde igen))?(?=\W*$| (mere|igen|hvad|"
    r"hvorfor|for|der er|jeg|hun|han|det|og hvad)\b)",
    r"(" + _SELF19 + r"((når|oplever|ser|får|klarer) (nok |vel |sikkert |nu |jo |altså )*(ikke|ik|aldrig)|(nok |vel |sikkert |nu |jo )*"
    r"(ikke|ik|aldrig) (når|oplever|ser|får|klarer))|\b(når|oplever|ser|får|klarer) jeg (nok |vel |sikkert |nu |jo |altså )*(ikke|ik|"
    r"aldrig)) (at (opleve|se) )?(en|et|"
    r"endnu en|endnu et) (\w+ )?(jul|juleaften|julen|jule|sommer|forår|fødselsdag|nytår|vinter|påske)\w* (til|mere|igen)\b"
    + _NOT_PLACE19 + _NOT_MOVE19,
    r"(" + _SELF19 + r"(når|oplever|ser)|\b(når|oplever|ser) jeg) (nok |vel |sikkert |nu |jo |altså )*(ikke|ik|aldrig) (at (opleve|se) )?"
    r"(flere|mange flere|nogen flere) (\w+ )?"
    r"(jul|juleaftener|somre|forår|fødselsdage|nytår|vintre|påsker)\b" + _NOT_PLACE19 + _NOT_MOVE19,
    # hoping not to see another ("jeg håber ikke jeg oplever flere vintre"), not bothering with more ("gider ikke flere jule")
    r"\b(håber|håbede|gid|beder til|bad til) ((ikke|ik) (at )?(jeg|hun|han)|(at )?(jeg|hun|han) (ikke|ik)) (når|oplever|ser|får) (at "
    r"opleve )?(flere|mange flere|en|et|endnu en|endnu et) (\w+ )?(jul|jule|juleaftener|julen|somre|sommer|forår|fødselsdage|"
    r"fødselsdag|nytår|vintre|vinter|påsker|påske)\b" + _NOT_PLACE19 + _NOT_MOVE19,
    r"\b((vil|gider|orker|magter) (ikke|ik)|(ikke|ik) (vil|gider|orker|magter)) (at )?(opleve|se) (flere|mange flere|en|et|endnu "
    r"en|endnu et) (\w+ )?(jul|jule|juleaftener|somre|sommer|vintre|vinter|fødselsdage|fødselsdag|forår|nytår|påsker|påske)\b"
    + _NOT_PLACE19 + _NOT_MOVE19,
    # tired of waking ("jeg er træt af at vågne hver morgen"), not of waking at night or early
    r"\btræt af at vågne(?: op)?\b(?! op\b)(?! (kl|klokken|tidligt|for tidligt|om natten|i nattens|midt|af|ved|til|med|pga|fordi|når|hver nat|flere "
    r"gange)\b)(?!.{0,40}\b(pga|på grund af|fordi|af (larm|støj|smerter|skraldebil\w*|naboen|hunden|uret|vækkeur\w*))\b)",
    r"\b((gider|orker|magter) (ikke|ik)|(ikke|ik) (gider|orker|magter)) (\w+ )?(flere|mange flere) (jul|jule|juleaftener|somre|vintre|fødselsdage|forår|nytår|år|"
    r"vintre)\b" + _NOT_PLACE19 + _NOT_MOVE19,
    r"\b(min|hendes|hans) sidste (jul|sommer|fødselsdag|vinter|påske|nytår)\b" + _NOT_PLACE19 + r".{0,40}\b(og det er (\w+ )?(fint|ok|okay|godt|i orden)|"
    r"heldigvis|(jeg|hun|han) håber (det|det bare)|gid|forhåbentlig|godt det samme|det gør (ikke|ik) noget|det er (\w+ )?på tide|(jeg|"
    r"hun|han) glæder (mig|sig))\b" + _NOT_MOVE19,
    r"\b(beder|bad|håber|håbede|ønsker|gid|bare|beder til gud|beder til vorherre)\b.{0,30}\b(at )?(det|dette|i dag|i nat|natten|denne "
    r"dag|denne nat|dagen|i aften) (må|skal|bliver|vil|er|var) (være |blive )?(min|hendes|hans|den) sidste( gang (jeg|hun|han) (vågner|"
    r"lægger (mig|sig)|går i seng|sover ind)(?=\W*$| (jeg|hun|han|det|og|så|for|gud|amen|her)\b)|(?: (dag|nat|morgen|aften|jul))?(?! (?:dag|nat|morgen|aften|jul)\b)"
    r"(?=\W*$| (og|for|gud|amen)\b| (jeg|hun|han) (vågner|lever|er (i live|her)|ånder|trækker vejret|(orker|gider|kan|magter|vil) "
    r"(ikke|ik) (mere|længere))\b)|(?= (jeg|hun|han|det|så|her)\b))" + _NOT_MOVE19,
    r"\b((ikke|ik) (gider|orker|vil|magter|ønsker)|(gider|orker|vil|magter|ønsker) (ikke|ik))( at)? vågne (op )?(flere gange|en gang "
    r"til|en gang mere|en morgen (til|mere)|en dag (til|mere)|flere morgener|nogensinde igen)\b",
]

# (set 19) Control and neglect by carers or family told in everyday words: the cigarettes, coffee or phone kept and
# given back only for good behaviour, coffee or food refused when one complains (SET19_ABUSE); water, food, the phone
# or the walker put where one cannot reach it, left in the wet bed until someone came, waiting for hours for the
# toilet until an accident (SET19_NEGLECT). Agreements (_AGREED) and one's own choice stay quiet.
_KEPT19 = (r"(noget at (drikke|spise)|cigaret\w*|smøger|smøgerne|smøg|tobak\w*|snus\w*|kaffe\w*|sodavand\w*|slik|mad|maden|aftensmad\w*|morgenmad\w*|frokost\w*|"
           r"vand|vandet|vandglas\w*|glas|glasset|kop|koppen|\w*flaske\w*|drikkedunk\w*|\w*telefon\w*|mobil\w*|fjernbetjening\w*|"
           r"rollator\w*|stok|stokken|krykke\w*|kørestol\w*|høreapparat\w*|briller|brillerne|gebis\w*|tænder|tænderne|nødkald\w*|"
           r"alarm\w*|snor|snoren|klokke\w*|ringeklokke\w*|lommepenge|penge|pengene|ipad\w*|tablet\w*|computer\w*|pc)")
_OBEYED19 = (r"((har |havde )?(opført|opfører|opførte) (mig|sig) (\w+ )?(pænt|ordentligt|ordentlig|godt)|(er|var|har været) (\w+ )?"
             r"(sød|søde|artig|artige|lydig|lydige|flink|flinke|stille)|gør som (de|han|hun|personalet|der bliver sagt) (siger|vil)|"
             r"(har |havde )?gjort som (de|han|hun|personalet) (siger|sagde|ville|vil)|makker ret|holder (min|sin) mund|har holdt "
             r"(min|sin) mund|tier stille|siger undskyld|har sagt undskyld|beder pænt|har bedt pænt|(ikke|ik) (har )?(brokket|brokker|"
             r"klaget|klager|råbt|råber|ringet|ringer|larmet|larmer|sagt noget|siger noget)( mig| sig)?|(har |havde )?(gjort rent|ryddet op|"
             r"vasket op|redt (min |sin )?seng\w*|lavet (mine |sine )?pligter))")
_COMPLAIN19 = (r"(brokker|brokkede|(klager|klagede)(?! over (\w*pine|ondt|smerte\w*|kvalme|svimmel\w*|feber|træthed|\w*ondt))|beklager|beklagede|siger (noget|imod|fra)|sagde (noget|imod|fra)|protesterer|"
               r"protesterede|er sur|bliver sur|blev sur|er besværlig|er fræk|var fræk|råber|råbte|ringer (for meget|for tit)|"
               r"ringede (for meget|for tit)|(ringer|ringede) (\w+ ){0,3}for (tit|meget|ofte)|beder om hjælp|bad om hjælp|fortæller|fortalte|sladrer|sladrede|"
               r"græder|græd|spørger for meget|larmer|larmede)")
# a "no" that ends its clause ("det vil jeg ikke", not "det vil jeg ikke undvære"); fear not given as the reason
# for comfort ("når jeg er bange for mørket"); a secret kept with the toucher, not a partner kept from one's parents
_REFUSAL_END19 = r"(?=\W*$| (og|men|for|så|fordi|når|mere|længere|have|at|han|hun|de|det)\b)"
_AFRAID19 = (r"(?<!\bnår jeg )(?<!\bnår hun )(?<!\bnår han )(?<!\bhvis jeg )(?<!\bfordi jeg )(?<!\bfordi hun )(?<!\bfordi han )"
             r"(er|bliver) bange\b(?! for (mørke\w*|torden\w*|uvejr\w*|lyn\w*|monstre\w*|spøgelse\w*|edderkop\w*|drøm\w*|"
             r"mareridt\w*|lyde\w*|stilhed\w*))")
_SECRET19 = (r"((vores|en|vor) hemmelighed|(skal|må) (\w+ )?(være|holdes) hemmelig\w*|(siger|sagde) (at )?det er hemmelig\w*)\b(?! for "
             r"(min|mine|mor|far|mors|fars|vores|hans|hendes|sin|sine)\b)")
_HOLDER19 = (r"(de|han|hun|personalet|pædagog\w*|hjælper\w*|hjemmehjælp\w*|hjemmeplejen|plejer\w*|nattevagt\w*|vikar\w*|"
             r"kontaktperson\w*|sygeplejerske\w*|de ansatte|(min|mit|hans|hendes) (\w+ )?(" + _KIN[1:-1] + r"))")
_OUT_OF_REACH19 = (r"((så|hvor) (jeg|hun|han|mor|far) (ikke|ik) (kan|kunne) (nå|få fat (i|på)|komme (til|hen til)|bruge|rejse (mig|sig)|"
                   r"gå (nogen steder|ud|på toilet\w*)|komme (op|ud|på toilet\w*|på wc|ud af sengen|i seng)|ringe|tilkalde|kalde) ?(den|det|dem|hende|ham|"
                   r"nogen|efter hjælp)?|uden for "
                   r"(min|hendes|hans) rækkevidde|langt væk fra (mig|hende|ham|sengen|stolen))")
_PUT19 = (r"(stiller|stillede|stillet|sætter|satte|sat|lægger|lagde|lagt|placerer|placerede|placeret|hænger|hængte|hængt|flytter|"
          r"flyttede|flyttet|gemmer|gemte|gemt|tager|tog|taget|fjerner|fjernede|fjernet|låser|låste|låst|bærer|bar|båret)")
# someone came; "de" only right before the verb ("før de kom", not "før de andre kom hjem")
_CAME19 = (r"(((nogen|personalet|nattevagten|hjemmeplejen|hjælperen|dagvagten|\w*vagten|en) (\w+ )?|de )(kom|kommer|dukker op|"
           r"dukkede op))")
SET19_NEGLECT: list[str] = [
    # put out of reach by someone ("de stiller vandglasset så jeg ikke kan nå det", "hjælperen sætter rollatoren ud på
    # gangen så jeg ikke kan rejse mig")
    _AGREED + r".*?\b" + _HOLDER19 + r" (\w+ ){0,2}" + _PUT19 + r" (\w+ ){0,3}" + _KEPT19 + r"\b.{0,50}\b" + _OUT_OF_REACH19,
    _AGREED + r".*?\b" + _KEPT19 + r" (\w+ )?(bliver|blev|er blevet|er) (\w+ )?" + _PUT19 + r"\b.{0,50}\b" + _OUT_OF_REACH19,
    # the thing lies out of reach and it is someone's doing ("min telefon ligger oppe på skabet hvor jeg ikke kan nå
    # den, det gør de når jeg ringer for meget")
    _AGREED + r".*?\b" + _KEPT19 + r" (\w+ )?(ligger|står|hænger|er) (\w+ ){0,4}(hvor|så) (jeg|hun|han) (ikke|ik) (kan|kunne) (nå|få "
    r"fat (i|på)) (den|det|dem)\b.{0,40}\b(det gør|det gjorde|det har|fordi|for) (de|han|hun|personalet|pædagog\w*|hjælper\w*|"
    r"hjemmeplejen|nattevagt\w*|(min|mit) \w+)\b",
    # left lying wet until someone came ("jeg lå i det våde hele natten før nogen kom")
    r"\b(lå|ligget|ligger|ligge|sov|sovet|sover|sad|siddet|sidder|vågnede|vågner) (\w+ ){0,2}i ((det våde|vådt|det vådt)(?= (hele|"
    r"til|i|indtil|før|siden|om)\b)|vådt tøj|tis)\b.{0,40}\b(hele (natten|dagen|formiddagen|eftermiddagen)|til (om )?morgen\w*|i (flere |mange |\w+ )?timer|i "
    r"timevis|(før|indtil|til) " + _CAME19 + r")\b",
    # left on the toilet or the floor for long until someone came ("må sidde på toilettet i en time før nogen kommer")
    r"\b(sidde|sidder|sad|siddet|ligge|ligger|lå|ligget) (\w+ ){0,3}(på|i) (toilettet|toiletstolen|wc|wc'et|bækkenstolen|potten|"
    r"gulvet|badekarret|badet) (\w+ ){0,2}(i (en|flere|\w+) (time|timer)|i timevis|i lang tid|hele (natten|formiddagen|eftermiddagen|"
    r"aftenen)|længe) (før|indtil|til) " + _CAME19 + r"\b",
    # left sitting or lying too long ("de lader mig sidde på toilettet alt for længe")
    r"\b(lader|lod|ladet) (mig|hende|ham|min \w+) (sidde|ligge|blive siddende|blive liggende) (\w+ ){0,3}(på|i) (toilettet|toiletstolen|"
    r"wc|wc'et|bækkenstolen|potten|badet|badekarret|gulvet|sengen|kørestolen|stolen)\b (\w+ ){0,2}(alt for længe|for længe|i timevis|i "
    r"(\w+ )?timer|hele (natten|dagen|formiddagen|eftermiddagen|aftenen))\b",
    # waiting for hours for help to the toilet, and an accident ("må vente i timer på at komme på toilettet og så
    # sker der et uheld")
    r"^(?!.*\b(festival\w*|koncert\w*|stadion\w*|toget|togstation\w*|lufthavn\w*|tivoli|køen|i kø|biograf\w*|\w*marked)\b).*?"
    r"\b(vente|venter|ventet|ventede) (\w+ ){0,2}(i timer|i timevis|en time|i en time|i (over |næsten |mere end )?(\d+|to|tre|fire|fem|"
    r"seks|flere|mange|et par|par) timer|i over en time|i lang tid|længe|"
    r"en evighed|i en evighed|halve timer) (\w+ )?på (at (komme|blive hjulpet|få hjælp) )?(\w+ )?(på |til |med )?(toilet\w*|wc|"
    r"badeværelset|bækken\w*|potte\w*|toiletstol\w*)\b.{0,60}\b(uheld\w*|tisser|tissede|tisset|gør i|gjorde i|gjort i|laver i|lavede i|"
    r"lavet i|våd|vådt|i bukserne|i bleen|i sengen)\b(?! (af|i) (regn\w*|sved\w*|sne\w*|vand\w*|bruse\w*|bølge\w*))",
]
# (set 19) Control by keeping things back (see above), and threats about telling with a loss ("hun har sagt at jeg
# ikke kommer til at se min hund igen hvis jeg fortæller pædagogerne om det"): the loss or harm said before the condition.
SET19_ABUSE: list[str] = [
    # kept and given back only for good behaviour ("personalet har gemt mine cigaretter og jeg får kun en når jeg har
    # opført mig ordentligt")
    _AGREED + r".*?\b(gemt|gemmer|gemte|taget|tager|tog|låst|låser|låste|beholder|beholdt|fjernet|fjerner|fjernede|konfiskeret|inddraget)"
    r" (\w+ ){0,2}(min|mit|mine|hans|hendes|sin|sine) (\w+ )?" + _KEPT19 + r"\b.{0,80}\b(får|fik|må få|kan få|må|måtte|deler|delte|"
    r"giver|gir|gav|udleverer|rækker) (\w+ ){0,3}"
    r"(kun|først|bare|aldrig) (\w+ ){0,3}(når|hvis|før) (jeg|hun|han) " + _OBEYED19 + r"\b",
    _AGREED + r".*?\b(får|fik|må få|kan få|(giver|gir|gav|udleverer|deler) (mig|hende|ham)) (\w+ ){0,2}(kun|først|bare) (\w+ ){0,2}(min|mine|"
    r"hans|hendes|sine|mit) (\w+ )?" + _KEPT19
    + r"\b (\w+ ){0,3}(tilbage )?(når|hvis) (jeg|hun|han) " + _OBEYED19 + r"\b",
    # refused when one complains ("hun giver mig ikke kaffe hvis jeg brokker mig")
    _AGREED + r".*?\b(giver|gir|gav|giv) (mig|hende|ham|min (mor|far|bror|søster|søn|datter)) (ikke|ik|ingen|aldrig) (\w+ )?" + _KEPT19
    + r"\b (\w+ ){0,3}(hvis|når|fordi) (jeg|hun|han) (\w+ )?" + _COMPLAIN19 + r"\b",
    # touch in bed or alone, told vaguely, and not wanted ("han piller ved mig under dynen og det kan jeg ikke li")
    r"^(?!.*\b(kat\w*|hund\w*|hvalp\w*|baby\w*|kanin\w*|frisør\w*|massør\w*|læge\w*|tandlæge\w*|fysioterapeut\w*)\b).*?\b(rører|rørte|"
    r"nusser|nussede|piller|pillede|befamler|befamlede|beføler|kæler|kælede|kysser|kyssede|kilder|kildede|gramser|gramsede|fingerer) "
    r"(ved |på |med )?(mig|hende|ham)\b.{0,40}\b(under dynen|i (min|hans|hendes|sin) seng|i sengen|om natten|når vi er alene|når (der )?"
    r"ingen (ser|er)|under tøjet|inde på (mit|hans|hendes|sit) værelse|på badeværelset|der nede|forneden)\b.{0,50}\b((det )?(kan|bryder) "
    r"(jeg|hun|han) (mig |sig )?(ikke|ik) (li|lide|om)|((det )?vil (jeg|hun|han) (ikke|ik)|(jeg|hun|han) vil (ikke|ik))" + _REFUSAL_END19 + r"|(jeg|hun|han) (siger|sagde) "
    r"nej|tør (ikke|ik)|må (ikke|ik) (sige|fortælle)|" + _AFRAID19 + r"|" + _SECRET19 + r")",
    # wanting the person to touch, kiss or undress and they do not want to ("der er en der vil have mig til at røre ved ham
    # og det vil jeg ikke")
    r"\b(vil|ville) have (mig|hende|ham) til at (røre (ved )?(ham|hende|sig|hans|hendes)|kysse (ham|hende|sig)|nusse (ham|hende)|"
    r"tage (tøjet|bukserne|trøjen|trusserne|underbukserne) af|klæde (mig|sig) af|sende (billeder|nøgenbilleder|nudes)|sove hos (ham|"
    r"hende)|ligge (i sengen )?med (ham|hende))\b.{0,50}\b((det )?vil (jeg|hun|han) (ikke|ik)|(jeg|hun|han) (vil|ville) (ikke|ik)|(kan|"
    r"bryder) (jeg|hun|han) (mig |sig )?(ikke|ik) (li|lide|om)|(jeg|hun|han) (siger|sagde) nej|tør (ikke|ik) (sige nej|sige fra)|er bange)",
    # taken from the speaker as a punishment ("de tager kaffen fra mig hvis jeg ikke spiser op", "personalet har taget
    # min telefon fordi jeg ringede til min mor for tit")
    _AGREED + r".*?\b(tager|tog|tar|taget|fjerner|fjernede|fjernet|river|rev) (\w+ )?" + _KEPT19 + r" (\w+ )?fra (mig|hende|ham)\b (\w+ ){0,2}"
    r"(hvis|når|fordi|da) (jeg|hun|han) ((ikke|ik) (spiser|spiste|gør|gjorde|makker|opfører|hører|rydder|retter|adlyder|vil)|(\w+ )?"
    + _COMPLAIN19 + r")\b",
    _AGREED + r".*?\b" + _HOLDER19 + r" (\w+ )?(har |havde )?(taget|tager|tog|gemt|gemmer|gemte|fjernet|fjerner|fjernede|låst|låser|"
    r"inddraget|konfiskeret) (\w+ )?(min|mit|mine|hans|hendes) (\w+ )?" + _KEPT19 + r"\b (\w+ ){0,3}(fordi|hvis|når|da) (jeg|hun|han) (\w+ )?"
    + _COMPLAIN19 + r"\b",
    # a loss or harm, then the condition of telling
    r"\b(sagt|siger|sagde|truer|truede|truet|skrevet|skriver|skrev)\b.{0,70}\b((ikke|ik|aldrig) (\w+ ){0,3}(se|få|komme|bo|være|møde|"
    r"have|besøge|ringe til)\b.{0,30}\b(igen|mere|længere|tilbage)|(slår|smider|straffer|dræber|skader|sender|sælger|ødelægger) (\w+ )?(mig|os|dig|"
    r"hende|ham|min|mit|mine|din|dit|dine|vores)\b|(jeg|du) (\w+ )?mister|mister (jeg|du)|får (bank|tæsk|klø)|aflive\w*|skille\w*|(kommer|skal|ryger) (på plejehjem|på et hjem|på institution|i fængsel|på gaden))\b"
    r".{0,50}\bhvis (jeg|hun|han) (\w+ )?"
    r"(fortæller|siger|sladrer|snakker|taler|fortalte|sagde|sladrede) (\w+ )?(det |noget |om det )?(til |med )?(nogen|nogle|andre|"
    r"politiet|personalet|pædagog\w*|mor|far|min \w+|kontaktperson\w*|lærer\w*|læge\w*|lægen|hjemmepleje\w*|sygeplejerske\w*|"
    r"sagsbehandler\w*|værge\w*|de voksne|dig|jer)\b(?! (om (min|mit|mine|hans|hendes) (\w+ )?(hovedpine|smerte\w*|ønske\w*|drøm\w*|"
    r"mål|plan\w*|fødselsdag\w*|gave\w*)))",
]
# (set 19) Killed over and over in a game ("jeg blev slået ihjel tyve gange", "døde ti gange på den bane"): no one
# can be killed twenty times.
SET19_EXCEPTIONS: list[str] = [
    # nothing to get up for on a day off ("jeg har ikke noget at stå op til i weekenden, så jeg sover længe")
    r"\b(ikke noget|intet|ingenting) (mere )?at stå op (til|for) (i weekenden|i morgen|i ferien|i dag|om (lørdagen|søndagen)|på "
    r"(lørdag|søndag|fridage\w*)|når (jeg|hun|han) har fri)\b",
    # a fire seen on the news ("der er brand i fjernsynet, vi ser brandmændene", "vi så en brand i nyhederne")
    r"\b(brand|ild|røg)\b (\w+ ){0,2}(i|på) (fjernsynet|tv|tv'et|nyhederne|radioen|avisen)\b(?=.{0,40}\b(ser|så|kigger|kiggede|"
    r"viser|viste|brandmænd\w*|brandbil\w*|nyhed\w*|reportage\w*|udsendelse\w*)\b)",
    r"\b(ser|så|kigger|kiggede|viser|viste) (\w+ ){0,3}(brand|brande|ild|ildebrand)\w* (\w+ ){0,2}(i|på) (fjernsynet|tv|tv'et|nyhederne)\b",
    # a touch on the shoulder to greet or comfort ("han rører ved mig på skulderen når han siger hej")
    r"\b(rører|rørte|klapper|klappede) (ved )?(mig|hende|ham) (på|ved) (skulderen|armen|hånden|ryggen|kinden) (når|for at) (han |hun |"
    r"de )?(siger hej|sagde hej|hilser|hilste|vækker|vækkede|trøster|trøstede|vil have (min|hendes|hans) opmærksomhed)\b",
    # taking one's life in one's own hands ("jeg har taget mit eget liv i hånden og søgt job")
    r"\b(tage|tager|tog|taget) (mit|sit|hans|hendes|dit) (eget )?liv i (\w+ )?(egen |egne )?(hånd|hånden|hænder|hænderne)\b",
    # a phone borrowed to look at or take pictures ("min kæreste tager min telefon for at se billeder af hunden")
    r"\btager (altid |tit |lige )?(min|hans|hendes) (telefon|mobil) for at (se (billeder|billedet|video\w*|film\w*)|vise \w+|tage "
    r"(billeder|et billede|en selfie)|oplade den)\b",
    # a face pulled for fun ("han lavede en grimasse så munden blev helt skæv")
    r"\b(grimasse\w*|fjæs|skæve ansigter|sjove ansigter)\b.{0,30}\b(munden|ansigtet|mundvigen) (blev|er|bliver) (helt )?(skæv|skævt)\b",
    r"\b(blev|bliver|er blevet|blevet|blive) (slået |skudt |dræbt )?(ihjel|dræbt|skudt) (\w+ )?(\d+|to|tre|fire|fem|seks|syv|otte|ni|"
    r"ti|elleve|tolv|femten|tyve|tredive|fyrre|halvtreds|hundrede|tusind|mange|flere|en masse|hundredvis af|vildt mange|sindssygt "
    r"mange) gange\b",
    r"\b(døde|dør|død) (\w+ )?(\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|femten|tyve|tredive|hundrede|mange|flere|en masse|vildt mange) "
    r"gange\b",
]


# (set 20) Acute illness told in everyday words. A headache with vomiting or poor sight needs the other sign or a
# sudden start (a migraine, flu, a hangover or a screen headache stay quiet); chest pain with breathlessness; blue lips
# (not after a swim, from cold or from juice); a diabetic who shakes, sweats or is confused now (not "if I have not
# eaten"); burns and scalds with blisters or skin coming off (not a small burn, sunburn or new shoes); household
# chemicals swallowed, in any inflection ("opvaskemidlet", "klorinen").
_NOT_ILL20 = (r"^(?!.*\b(migræne\w*|tømmermænd|julefrokost\w*|fest|festen|druk|drukket (for meget|øl)|influenza|maveinfluenza|roskilde|"
              r"omgangssyge|tit|ofte|altid|hver gang|nogle gange|sommetider|engang imellem|når (jeg|hun|han) (har|er|bliver|får|spiller|ser)|"
              r"hvis (jeg|hun|han)|sidste (år|måned|uge|vinter|sommer)|for (\w+ ){1,2}(år|måneder|uger|dage) siden|dengang|filmen|serien|"
              r"spillet|bogen|nyhederne|avisen|radioen|skærm\w*|computer\w*|gamede|gaming|(når|hvis) (\w+ ){0,2}(blodsukker\w*|sukker\w*) "
              r"(er|bliver|falder|bliver for))\b)")
_HEADACHE20 = r"(hovedpine\w*|ondt i hovedet|ondt i hoved|hovedet (\w+ )?(dunker|sprænger|eksploderer))"
_VOMIT20 = (r"(kastet op|kaster op|kastede op|kaste op|brækket (mig|sig)|brækker (mig|sig)|brækkede (mig|sig)|opkast\w*|gylpet|"
            r"(kaster|kastede) (jeg|hun|han) op|(brækker|brækkede) (jeg|hun|han) (mig|sig)|"
            r"skidt af kvalme)")
_SIGHT20 = (r"((kan|kunne) (\w+ )?(ikke|ik|næsten ikke|dårligt) se (ordentligt|rigtigt|noget(?! (i mørke|i mørket|ud af|for \w+)\b)|klart|tydeligt)|(ikke|ik|"
            r"næsten ikke|dårligt) (kan|kunne) se (ordentligt|rigtigt|noget(?! (i mørke|i mørket|ud af|for \w+)\b)|klart|tydeligt)|alt (er |bliver |blev |ser )?(helt )?(sløret|uklart|tåget|"
            r"dobbelt)|ser (helt |alt )?(sløret|"
            r"uklart|dobbelt|utydeligt|dårligt)|sløret syn|synet (er |blev |bliver )?(helt )?(sløret|væk|forsvundet|uklart|mærkeligt)|"
            r"(stiv|stive) (i )?nakke\w*|nakken (er |blev |bliver )?(helt )?stiv)")
_SUDDEN20 = (r"(pludselig|lige pludselig|som et lyn|som et slag|som et knald|ud af det blå|fra det ene øjeblik|værste|voldsomste|"
             r"vildeste|frygteligste|slemmeste)")
_SUGAR20 = (r"(sukkersyge|sukkersyg|diabetiker\w*|diabetes|type 1|type 2|blodsukker\w*|insulin\w*|føling|følingen|lavt sukker|"
            r"hypo|hypoglykæmi\w*)")
_SUGAR_SIGN20 = (r"(ryster|rystede|skælver|skælvede|forvirret|forvirrede|omtåget|uklar|sveder|sved|koldsved|sløv|(kan|kunne) (ikke|ik) "
                 r"(tænke|finde ud af noget|tale|snakke|stå)|svarer (ikke|ik|mærkeligt|underligt)|(ved at|lige ved at) besvime|"
                 r"mærkelig i hovedet|helt væk)")
_NOT_SUGAR20 = (r"(?!.*\b((ikke|ik|aldrig) (\w+ )?(sukkersyge|diabetes|diabetiker|føling)|kaffe|koffein|energidrik\w*|cola|"
                r"nervøs|nervøsitet|eksamen|scene\w*|kulde|koldt|fryser|frøs|frysende|træner|trænet|træning\w*|løber|løbet|motion\w*|"
                r"sommer\w*|varme|varmen|varmt|eftermiddag\w*|forvirret (over|om|med))\b)")
# "gift" is also "married": not after a verb of being or becoming ("blev gift", "er nu gift") nor before "med"
_POISON20 = (r"(?<!\bblev )(?<!\bblevet )(?<!\ber )(?<!\bnu )(?<!\bvar )(?<!\bbliver )(?<!\bvære )(?<!\bværet )(?<!\bat )"
             r"(?<!\blige )(?<!\bikke )gift\b(?! (med|i \d+|for)\b)|giften")
_CHEM20 = (r"(opvaskemid\w*|opvasketab\w*|maskinopvask\w*|rengøringsmid\w*|vaskemid\w*|vaskepulver\w*|skyllemid\w*|klorin\w*|"
           r"afløbsrens\w*|kaustisk\w*|afkalk\w*|eddikesyre\w*|lampeolie\w*|tændvæske\w*|petroleum\w*|terpentin\w*|frostvæske\w*|"
           r"kølervæske\w*|rottegift\w*|myregift\w*|sneglegift\w*|ukrudtsmid\w*|sprøjtemid\w*|" + _POISON20 + r"|blegemid\w*|brun sæbe|"
           r"toiletrens\w*|wc-rens\w*|ovnrens\w*|salmiak\w*|acetone|neglelakfjern\w*|vaskekaps\w*|vaskekapsler)")
# swallowing verbs; "fået" (got) only with the chemical at most one word after it and not kept somewhere ("har fået
# rottegift i kælderen")
_SWALLOW20 = (r"drukket|drak|drikker|slugt|slugte|sluger|spist|spiste|smagt på|smagte på|fået(?= (\w+ )?(af )?" + _CHEM20 + r"\b"
              r"(?! (i|på|ud|ind|hjem|til|fra|hos) (?!(munden|halsen|øjnene|øjet)\b)))")
_CHEST_SIGN20 = (r"åndenød|forpustet|stakåndet|sveder|koldsved|svimmel|besvime\w*|armen|venstre arm|kæben|ryggen|"
                 r"(kan|kunne) (ikke|ik|næsten ikke|dårligt) (få luft|trække vejret|få vejret)")
# a burn told as over, small or pleasant ("i går", "det er fint nu", "en vabel på fingeren", "blærer af at ro")
_NOT_BURN20 = (r"(?!.*\b(i går|igår|i forgårs|fint nu|(er|var) fint|har det fint|dejligt|dejlig|rødt|brændte (helt )?ud|"
               r"af at (ro|gå|løbe|cykle|spille|grave|rive)|(en|én) (lille )?(vabel|blære) på (\w+ )?\w*finger\w*)\b)")
SET20_DANGER: list[str] = [
    _NOT_ILL20 + r".*?\b" + _HEADACHE20 + r"\b.{0,80}\b" + _VOMIT20 + r"\b.{0,80}\b" + _SIGHT20 + r"\b",
    _NOT_ILL20 + r".*?\b" + _VOMIT20 + r"\b.{0,80}\b" + _HEADACHE20 + r"\b.{0,80}\b" + _SIGHT20 + r"\b",
    _NOT_ILL20 + r".*?\b" + _HEADACHE20 + r"\b.{0,80}\b" + _SIGHT20 + r"\b.{0,80}\b" + _VOMIT20 + r"\b",
    _NOT_ILL20 + r".*?\b" + _SUDDEN20 + r"\b.{0,40}\b" + _HEADACHE20 + r"\b.{0,80}\b(" + _VOMIT20[1:-1] + "|" + _SIGHT20[1:-1] + r")\b",
    _NOT_ILL20 + r".*?\b" + _HEADACHE20 + r"\b.{0,80}\b" + _SUDDEN20 + r"\b.{0,40}\b(" + _VOMIT20[1:-1] + "|" + _SIGHT20[1:-1] + r")\b",
    _NOT_ILL20 + r".*?\b" + _HEADACHE20 + r"\b.{0,60}\b(stiv|stive) (i )?nakke\w*|\bnakken (er |blev )?(helt )?stiv\b.{0,60}\b" + _HEADACHE20,
    # chest pain in other words, with breathlessness ("smerte i brystet og åndenød")
    # pain or pressure told with what brings it on ("når jeg er nervøs", "af grin") is nerves or laughter unless a second
    # sign or a sudden start is named; told alone it stays an alarm
    r"\b(smerte|smerten|jagende smerte|sviende smerte|tyngde|tryk|trykken|trykkende) (i|for|over) brystet\b(?! (\w+ )?(når|hvis|før|"
    r"efter|af|fordi|pga|under|ved|om (morgenen|aftenen))\b)"
    r"|\b(smerte|smerten|jagende smerte|sviende smerte|tyngde|tryk|trykken|trykkende) (i|for|over) brystet\b.{0,60}\b(" + _CHEST_SIGN20
    + r")\b|\b" + _SUDDEN20 + r"\b.{0,30}\b(smerte|smerten|jagende smerte|sviende smerte|tyngde|tryk|trykken|trykkende) (i|for|over) "
    r"brystet\b",
    r"\b(brystet|brystkassen)\b.{0,50}\b(åndenød|forpustet|stakåndet|(kan|kunne) (ikke|ik|næsten ikke|dårligt) (få luft|trække vejret|"
    r"få vejret))\b|\b(åndenød|stakåndet)\b.{0,50}\b(brystet|brystkassen)\b",
    # blue lips, fingers or face, not from cold, a swim or juice
    r"^(?!.*\b(fryser|frøs|frosset|koldt|kolde|kulde|svøm\w*|bad\w*|havet|stranden|vinterbad\w*|is|isen|slush\w*|blåbær\w*|saft\w*|"
    r"slik\w*|læbestift\w*|sminke\w*|maling|malet|maler|malede|neglelak\w*|lak|lakeret|tusch|farve\w*|kostume\w*|karneval\w*|fastelavn\w*|smurfe?\w*)\b).*?\b((læber|læberne|"
    r"læben|munden|fingre|fingrene|fingerspidserne|negle|neglene|ansigtet|huden) (er |blev |bliver |er blevet |ser )?(helt |lidt |så |meget )?(blå|blålige|"
    r"blålig|grå|gråblå|blågrå)|blå (om|på|i) (læberne|munden|fingrene|neglene))\b",
    # a diabetic shaking, sweating or confused now
    _NOT_ILL20 + _NOT_SUGAR20 + r".*?\b" + _SUGAR20 + r"\b.{0,80}\b" + _SUGAR_SIGN20 + r"\b",
    _NOT_ILL20 + _NOT_SUGAR20 + r".*?\b" + _SUGAR_SIGN20 + r"\b.{0,60}\b(føling|lavt blodsukker|blodsukkeret er (helt |alt for |meget )?(lavt|nede|i "
    r"bund)|sukkersyge|diabetiker)\b",
    r"\b(har|får|fik|er ved at få) (en )?(føling|følingsanfald)\b( (nu|lige nu|i nat|og))?(?! (i går|i sidste|sidste|for))",
    # burns and scalds with blisters, skin coming off, or over a whole limb
    _NOT_ILL20 + _NOT_BURN20 + r"(?!.*\b(sol\w*|solbrændt|solskoldet|solarium|brændenælde\w*|sko|skoene|vandrestøvler|gået (tur|langt)|vandret\w*|løbet|lidt|bare lidt|lille)\b).*?"
    r"\b(brændt|brændte|brænder|skoldet|skoldede|skolder|kogende vand|varm olie|kogende olie|fritureolie\w*)\b.{0,60}\b(blærer|blære|blæret|vabler|vabel|huden (\w+ )?(er )?(gået af|går af|falder af|hænger|helt hvid|sort|væk|"
    r"løsnet)|hele (armen|benet|hånden|maven|brystet|ryggen|ansigtet|låret|foden))\b",
    _NOT_ILL20 + _NOT_BURN20 + r".*?\bkogende vand (\w+ )?(over|ud over|ned over|på) (\w+ )?(armen|benet|hånden|maven|brystet|ryggen|ansigtet|låret|foden|barnet|"
    r"ham|hende|mig|sig)\b",
    # household chemicals swallowed
    _NOT_ILL20 + r".*?\b(" + _SWALLOW20 + r") (\w+ ){0,3}(af )?(\w+ )?" + _CHEM20 + r"\b"
    r"(?! (i (butikken|netto|føtex|bilka)|til)\b)",
    _NOT_ILL20 + r".*?\b" + _CHEM20 + r"\b (\w+ ){0,3}(i (munden|halsen)|og (nu )?(kaster|brækker|hoster|savler) )",
]

# (set 20) Passive death wishes in old-fashioned or religious words: waiting for one's turn to go in the ground or the
# grave, asking God or Our Lord to fetch or take one, longing to join a dead spouse in heaven, wishing for rest in the
# grave. Not a visit to a grave, a funeral, planting in the ground, a turn at the till or a sermon.
_GOD20 = (r"(gud|vorherre|vor herre|herren|vor herregud|herregud|vorherregud|jesus|gud fader|vor fader|vorfader|den gode gud|"
          r"kære gud|døden|engle\w*|himlen)")
_GRAVE20 = (r"(i jorden|i graven|i kisten|på kirkegården|under mulden|under jorden|i den kolde jord|i den sorte jord|til de døde|til "
            r"de andre døde|hjem til (gud|vorherre|vor herre|herren|jesus)|op til (gud|vorherre|vor herre|herren|jesus))")
_WISH20 = (r"(venter|ventet|ventede|vente|længes|længtes|glæder (mig|sig)|beder|bad|håber|håbede|ønsker|ønskede|gid|bare|snart|gerne|"
           r"klar|parat|rede|tid|på tide|min tur|hendes tur|hans tur)")
# going in the ground with what one plants ("med kartoflerne", "med sine løg"): gardening, not a grave
_PLANTING20 = (r"med ((mine|sine|hans|hendes|vores|de|alle) )?(\w+erne|\w+ene|kartofl\w*|løg\w*|frø\w*|plant\w*|blomst\w*|"
               r"tulipan\w*|stikling\w*|kartofler)\b")
SET20_SUICIDE: list[str] = [
    # one's turn to go in the ground ("venter på min tur til at komme i jorden", "nu må det snart være min tur")
    r"\b(min|hendes|hans) tur (til at|at) ((komme|ligge|blive lagt|havne|ryge|gå|rejse) (\w+ )?" + _GRAVE20 + r"|dø|gå bort|blive "
    r"begravet|sove ind|herfra for (altid|evigt|godt))\b",
    r"\b" + _WISH20 + r"\b.{0,40}\b(at )?(jeg|hun|han|mig|hende|ham) (\w+ ){0,2}(kommer|komme|ligger|ligge|bliver lagt|blive lagt|"
    r"havner|havne|skal|må|kan) (\w+ )?(i jorden|i graven|i kisten|på kirkegården|under mulden|under jorden|ned til (min|hendes|hans) "
    r"(mand|kone|søn|datter))\b(?! (på|i|næste|om) (mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|morgen|overmorgen|uge\w*|"
    r"weekend\w*)\b)(?! " + _PLANTING20 + r")(?!.{0,30}\b(i legen|legen|leger|legede|for sjov)\b)"
    r"(?! (og (lægge|sætte|plante|vande|besøge|pynte|rydde)|for at (lægge|besøge|plante|vande|passe)|med blomster|til "
    r"(begravelse|bisættelse)))",
    r"\b(venter|ventet|ventede|længes|længtes|glæder (mig|sig)|ønsker|ønskede|håber|håbede|klar|parat|beder|bad) (\w+ ){0,2}(på |til |"
    r"efter |om )?at (komme|ligge|blive lagt|havne|hvile) (i jorden|i graven|i kisten|under mulden|i den kolde jord|i den sorte jord)\b"
    r"(?! " + _PLANTING20 + r")",
    # God or Our Lord asked to fetch or take one ("Vorherre må gerne hente mig", "gud må snart tage mig hjem")
    r"\b" + _GOD20 + r" (\w+ ){0,3}(må|kan|skal|vil|gid|burde|bør|kommer|kom) (\w+ ){0,3}(hente|tage|kalde|kalde på) (mig|hende|ham)"
    r"\b(?! (med (på|til|i)|i (kirke|skole|bussen))\b)",
    r"\b(kære |søde |gode |åh |å )?" + _GOD20 + r",? (\w+ ){0,2}(kom (og |nu og )?|vil du (ikke )?|kan du (ikke )?)?(hent|tag|kald på) "
    r"(mig|hende|ham)\b(?! (med|ud|op|i (armene|hånden)))",
    r"\b(hente|tage|kalde) (mig|hende|ham) (hjem|til sig|herfra|op)\b.{0,30}\b" + _GOD20 + r"\b|\b" + _GOD20
    + r"\b.{0,30}\b(hente|tage|kalde) (mig|hende|ham) (hjem|til sig|herfra|bort)\b",
    r"\b(beder|bad|beder til|bad til|håber|håbede|ønsker|ønskede) (til )?(at )?" + _GOD20 + r" (\w+ ){0,3}(henter|hente|tager|tage|kalder|"
    r"kalde) (mig|hende|ham)\b",
    # longing to join the dead ("jeg længes efter at komme op til min mand i himlen", "vil bare hjem til Vorherre")
    r"\b(længes|længtes|glæder (mig|sig)|vil|ville|venter) (\w+ ){0,3}(efter |på |til )?(at )?(komme|rejse|gå|flytte) (\w+ )?(op |hjem )?"
    r"(til|hos) (min|hendes|hans) (\w+ )?(mand|kone|søn|datter|mor|far|søster|bror|afdøde \w+) (i himlen|i graven|på kirkegården|"
    r"deroppe|der oppe|hinsides)\b",
    r"\b(vil|ville|gerne|bare|længes|længtes) (\w+ ){0,2}(hjem|op) til (gud|vorherre|vor herre|herren|jesus|de døde)\b",
    r"\b(længes|længtes|glæder (mig|sig)|vil|ville|venter|gerne|bare|snart) (\w+ ){0,3}(efter |på |til )?(at )?(komme|rejse|gå|flytte) "
    r"(\w+ )?(op |hjem )?(til|hos) (\w+ ){1,2}(i himlen|deroppe|der oppe|hinsides|i det hinsides)\b",
    # rest in the grave wished for ("lad mig dog få fred i graven", "gid jeg snart lå i kisten")
    r"\b(lad (mig|hende|ham)|gid|snart|længes|længtes) (\w+ ){0,4}(fred|hvile|ro|hvile mig|ligge|lå|være) (\w+ )?(i graven|i jorden|"
    r"i kisten|under mulden|på kirkegården)\b",
    r"\b(lad (mig|hende|ham)|gid|bare|snart|håber|ønsker|vil|længes)\b.{0,30}\b(fred|hvile|ro|hvile mig|ligge|lå|være) (\w+ )?(i graven|"
    r"i jorden|i kisten|under mulden|på kirkegården)\b(?! (ved siden|ved (min|hendes|hans)|sammen med (min|hendes|hans) "
    r"(familie|forældre)|en dag))(?!.{0,60}\bnår (den|min|hendes|hans|tiden) (tid )?(kommer|er inde)\b)",
]

# (set 20) Control of communication: the phone snatched or taken while one calls or writes, letters or post opened and
# hidden or thrown out, messages and contacts deleted, not allowed to see friends or family. Not a small child or a
# pet grabbing the phone, post read aloud by agreement, or a ban for an illness or a school night.
_COMM20 = r"(telefon\w*|mobil\w*|røret|iphone\w*|ipad\w*|tablet\w*|computer\w*|pc'en|pc)"
_TALKING20 = (r"(ringer|ringede|ringet|ringe|snakker|snakkede|taler|talte|skriver|skrev|sms'er|sms'ede|sender|sendte|facetimer|"
              r"facetimede|er i telefon|sidder med)")
_NOT_CHILD20 = (r"^(?!.*\b(baby\w*|babyen|den lille|lillebror|lillesøster|\w*barnebarn\w*|ungen|ungerne|toårig\w*|treårig\w*|"
                r"hund\w*|hvalp\w*|kat|katten|killing\w*|for sjov|for at se|for at lege|for at spille|legede|leger|oplade\w*|opladeren|"
                r"lader|låne|låner|lånte|film\w*|serie\w*)\b)")
_LETTERS20 = (r"(breve|brevene|brev|brevet|post|posten|min post|e-boks\w*|eboks\w*|mails|mailene|e-mails|sms'er|sms'erne|beskeder|"
              r"beskederne|kort|kortene|julekort\w*|fødselsdagskort\w*)")
_FRIENDS20 = (r"(venner|vennerne|veninder|veninderne|ven|veninde|kammerater|kammeraterne|familie|familien|søster|bror|mor|far|"
              r"forældre|børn|børnene|barnebørn\w*|naboer|naboerne|kolleger|kollegerne|nogen|andre|\w+ venner)")
SET20_ABUSE: list[str] = [
    # the phone taken or snatched while one calls ("han river telefonen ud af hånden på mig når jeg ringer til min mor")
    # "tager telefonen" is answering it: "tager" needs another's phone ("min", "hendes"); no negation in the slot
    _NOT_CHILD20 + _AGREED + r".*?\b((tager|tog|taget) (?!(ikke|ik|aldrig|altid|sjældent|straks|hurtigt)\b)(\w+ )?"
    r"(min|mit|mine|hendes|hans) ?|(river|rev|revet|hiver|hev|flår|flåede|snupper|snuppede|rykker|rykkede|napper|"
    r"nappede|griber|greb|smider|smed|smadrer|smadrede|slukker|slukkede) (?!(ikke|ik|aldrig)\b)(\w+ )?(min|mit|mine|hendes|hans|sin|"
    r"sit|den|det|" + r")? ?)" + _COMM20 + r"\b.{0,50}\b(når|mens|hvis|da|hver gang|så snart) (jeg|hun|han) " + _TALKING20 + r"\b",
    _NOT_CHILD20 + _AGREED + r".*?\b(river|rev|revet|hiver|hev|flår|flåede|snupper|snuppede|rykker|rykkede|tager|tog|napper|nappede) "
    r"(\w+ )?" + _COMM20 + r"\b (\w+ )?(ud af (hånden|hænderne|min hånd|hendes hånd|hans hånd)|fra (mig|hende|ham))\b.{0,40}\b(når|mens|"
    r"hvis|da|hver gang|så snart|for at|så) (jeg|hun|han) (ikke )?" + _TALKING20 + r"\b",
    _NOT_CHILD20 + _AGREED + r".*?\b(når|mens|hvis|da|hver gang|så snart) (jeg|hun|han) " + _TALKING20 + r"\b.{0,50}\b(tager|tog|river|"
    r"rev|hiver|hev|flår|flåede|snupper|snuppede|rykker|rykkede|napper|nappede|smadrer|smadrede) (han|hun|de|\w+en|(min|mit|hans|"
    r"hendes) \w+) (\w+ )?((min|mit|hendes|hans|den|det)? ?" + _COMM20 + r"|den|det)\b (\w+ )?(fra (mig|hende|ham)|ud af (hånden|"
    r"hænderne|min hånd|hendes hånd))\b",
    # letters or post opened and hidden, kept, torn up or thrown out ("min kæreste åbner mine breve og gemmer dem for mig")
    _AGREED + r".*?\b(åbner|åbnede|åbnet|læser|læste|tager|tog|gemmer|gemte|skjuler|skjulte) (\w+ )?(min|mine|hendes|hans) (\w+ )?"
    + _LETTERS20 + r"\b.{0,40}\b(gemmer|gemte|gemt|skjuler|skjulte|skjult|smider (dem |det |den )?ud|smed (dem |det |den )?ud|river (dem |det |den )?"
    r"i stykker|rev (dem |det |den )?i stykker|brænder|brændte|sletter|slettede|beholder|beholdt|uden at (spørge|sige det|jeg ved det|jeg "
    r"får lov)|før jeg (får|har) set|så jeg (ikke|aldrig) (får|kan|må|ser))\b(?! ((den|det|dem) )?(til (mig|hende|ham)|i (en |et )?(mappe|skuffe|"
    r"skab|ringbind)))(?!.{0,40}\b(aftal\w*|som jeg (bad|har bedt) om|spam|reklame\w*|nyhedsbrev\w*)\b)",
    _AGREED + r".*?\b(de|han|hun|" + _HOLDER19[1:-1] + r") (\w+ )?(gemmer|gemte|gemt|skjuler|skjulte|smider|smed|river|rev|brænder|"
    r"brændte|sletter|slettede|beholder|beholdt) (\w+ )?(mine|min|hendes|hans) (\w+ )?" + _LETTERS20 + r"\b(?! (i (en |et )?(mappe|"
    r"skuffe|skab|ringbind)|for (mig|hende|ham) (så|fordi)|i orden)\b)(?!.{0,40}\b(aftal\w*|som jeg (bad|har bedt) om|spam|reklame\w*)\b)",
    # messages, contacts or friends deleted on the phone by someone else
    r"\b(han|hun|de|" + _HOLDER19[1:-1] + r") (\w+ )?(sletter|slettede|slettet|blokerer|blokerede|blokeret|fjerner|fjernede|fjernet) "
    r"(alle )?(mine|hendes|hans) (\w+ )?(venner|veninder|kontakter|beskeder|sms'er|numre|opkald|kammerater)\b",
    # not allowed to see friends or family by someone ("han vil ikke have at jeg ser mine veninder")
    _AGREED + r".*?\b(han|hun|de|" + _HOLDER19[1:-1] + r") (\w+ )?(vil|ville) (ikke|ik) have (at )?(jeg|hun|han) (\w+ )?(ser|ses med|"
    r"mødes med|besøger|ringer til|snakker med|taler med|skriver med|er sammen med|tager hen til|kommer hos) (\w+ )?(min|mine|sin|sine|"
    r"hendes|hans) " + _FRIENDS20 + r"\b(?!.{0,40}\b(smitte|smitsom|syg|corona|covid|influenza|indlagt|lektier|skole\w*|eksamen|"
    r"før|inden|i aften|i dag|i morgen)\b)",
    # kissing or touch that is not wanted, said simply ("han vil kysse mig og det vil jeg ikke", "hun kysser mig selvom
    # jeg siger nej")
    r"^(?!.*\b(kat\w*|hund\w*|hvalp\w*|baby\w*|kanin\w*|frisør\w*|tandlæge\w*|godnat|farvel|goddag|på kinden)\b).*?\b(vil|ville|prøver at|prøvede at|bliver ved med at|blev ved med at|"
    r"skal altid|vil altid|vil hele tiden)( hele tiden| altid)? (kysse|kramme|nusse|røre ved|røre|gramse på|befamle|tage på|ligge "
    r"med|sove med) (mig|hende|ham)\b.{0,50}\b((det )?vil (jeg|hun|han) (ikke|ik)|(jeg|hun|han) (vil|ville) (ikke|ik)|(jeg|hun|han) "
    r"(siger|sagde) (nej|stop|fra)|(kan|bryder) (jeg|hun|han) (mig |sig )?(ikke|ik) (li|lide|om)|er (ulækkert|klamt|ubehageligt)|"
    r"tør (ikke|ik)|er bange)\b",
    r"^(?!.*\b(kat\w*|hund\w*|hvalp\w*|baby\w*|kanin\w*|frisør\w*|tandlæge\w*|godnat|farvel|goddag|på kinden)\b).*?\b(kysser|kyssede|krammer|"
    r"krammede|gramser|gramsede|nusser|nussede) (\w+ )?(på |ved )?(mig|hende|ham)\b.{0,50}\b(selvom|selv om|når|og|men) (jeg|hun|han) "
    r"(\w+ )?(siger|sagde|har sagt|råber|råbte) (nej|stop|fra|at (jeg|hun|han) ikke vil)\b",
    # touch in the private parts, said simply ("hun rører mig dernede", "han rører ved mig mellem benene")
    r"^(?!.*\b(læge\w*|lægen|sygeplejerske\w*|jordemoder\w*|undersøg\w*|vask\w*|bad|badet|ble|bleen|bleer|creme\w*|hjælper mig "
    r"med)\b).*?\b(rører|rørte|rørt|piller|pillede|nusser|nussede|tager|tog|befamler|befamlede|gramser|gramsede|kilder|kildede|stikker|"
    r"stak) (\w+ )?(ved |på )?(mig|hende|ham|min|mine|hendes|hans)\b (\w+ )?(dernede|der nede|forneden|nedenunder|mellem (benene|"
    r"mine ben|hendes ben|hans ben)|på (mine|min|hendes|hans) (private|privat)\w*|(hvor|der hvor) (badetøjet|badebukserne|trusserne|"
    r"underbukserne) (sidder|er))\b",
    r"\b(stikker|stak|putter|puttede|lægger|lagde|fører|førte|mase\w*|maser) (sin |sine |hans |hendes )?(hånd|hånden|hænder|hænderne|"
    r"fingre|fingrene|finger|fingeren) (\w+ )?(ned |ind |op )?(mellem|ned i|ind under|op under|ned under|i) (mine|min|hendes|hans) "
    r"(ben|benene|bukser|bukserne|trusser|trusserne|underbukser|underbukserne|skridt|trøje|bh)\b",
    # bullying with violence at a workplace or home, the verb before its subject ("på værkstedet slår de andre mig")
    r"\b(på|i|ude på|inde på|nede på|hjemme på) (\w+ )?(værkstedet|arbejdet|arbejde|jobbet|bostedet|botilbuddet|institutionen|"
    r"dagtilbuddet|aktivitetscentret|aktivitetscentre|værested\w*|skolen|stu|stu'en|lageret|fabrikken|køkkenet|bofællesskabet|"
    r"opgangen|afdelingen|plejehjemmet|centret|klubben|fritidsklubben|bussen|vaskeriet|gartneriet|kantinen)\b,? (\w+ ){0,2}(slår|"
    r"sparker|skubber|spytter på|niver|kvæler|tæsker|banker|slog|sparkede|skubbede|nev|tæskede|bankede|"
    r"(holder|holdt)(?= (\w+ ){1,6}?(mig|hende|ham) (\w+ )?(fast|nede)\b)|bider|bed|"
    r"hiver|hev|river|rev|kaster|kastede|smider|smed) (de andre|de|han|hun|nogen|nogle|(en|én|to|tre|nogle|flere|et par) af (de |dem )?"
    r"(\w+ )?\w+|en|to|tre|flere|\w+ (af de andre|kollega\w*|"
    r"beboer\w*|elev\w*)|en (kollega|beboer|elev|af de \w+|anden|mand|pige|dreng|fyr)|kollega\w*|beboer\w*|elev\w*|\w+ (andre|store|"
    r"unge|gamle)) (\w+ )?(mig|hende|ham)\b(?! ((altid|tit|hver gang|igen|nemt|let) )?(i (skak|ludo|kort|\w*spil\w*|fodbold|håndbold|"
    r"bordtennis|billard|dart|pool|badminton|uno|banko|bingo|yatzy|løb|\w*løb\w*|\w*kamp\w*|\w*konkurrence\w*|quiz\w*|"
    r"skrabelod|armlægning|kapløb)|på (banen|målstregen)|op|med (bolden|puden|sne|\d+)))(?!.{0,60}\b(undskyld|ved et uheld|uheld|for sjov|"
    r"for at (hjælpe|lege))\b)",
    # pushed down the stairs or into a wall
    _AGREED + r".*?\b(skubber|skubbede|skubbet|puffer|puffede|sparker|sparkede|smider|smed|kaster|kastede) (\w+ ){0,2}(mig|hende|ham) "
    r"(ned ad|ned af|ind i|op ad|op mod|ind mod|mod|ind i|ud af|ud ad) (trappen|trapperne|væggen|muren|radiatoren|skabet|døren|"
    r"vinduet|bordet|gulvet|bussen|vejen)\b(?!.{0,30}\b(for sjov|leg\w*|fodbold|håndbold|kamp\w*|træning)\b)",
]

# (set 20) Self-harm told short in chat: "cuttede igen", "skar lidt igen", "har gjort det igen med armen", "det skete
# igen med låret i nat". Never cutting food, hair or paper, a hand that was operated on again or exercises.
SET20_SELF_HARM: list[str] = [
    r"^\W*(jeg )?(har |havde )?(lige |også |bare |faktisk |så |nok |desværre |igen |jo |altså )?(skar|skåret|skærer|cuttede|cuttet|cutter|snittede|snittet|ridsede|ridset)( mig)?( lidt)?( igen| i "
    r"nat| i aftes| i går| igår| idag| i dag| i morges| stadig| hver (dag|aften|nat))+( med (\w+ )?(kniv\w*|barberblad\w*|saks\w*|glas\w*|"
    r"skår\w*))?\W*$",
    r"^(?!.*\b(fysio\w*|træning\w*|øvelse\w*|gips\w*|operation\w*|opereret|brækket|brækkede|forstuvet|vrid\w*|armbånd\w*|"
    r"tatovering\w*|vaske\w*|øv\w*|cykel\w*|fald\w*|faldt|bandage\w*|krampe\w*|fodbold\w*|håndbold\w*|løb\w*|kamp\w*|"
    r"skade\w*|fibersprænging\w*|fibersprængning\w*|forstrækning\w*|ondt)\b).*?\b((gjort|gjorde|skete|sket|sker) det|det (skete|er sket|"
    r"sker|gjorde jeg|har jeg gjort)) (\w+ )?(igen|en gang til|endnu en gang)( i nat| i aftes| i går| idag| i dag)? (med|på|i|ved) (\w+ )?(arm|armen|armene|underarm\w*|lår|låret|lårene|"
    r"håndled\w*|maven|huden|benet|benene|håndleddet|kniven|barberbladet|saksen|skårene|glasskår\w*|spidsen)\b",
]

# (set 20) Look-alikes: chest pain from training, coughing or heartburn; a hairdresser's, dentist's or physiotherapist's
# touch on the head, hair, teeth or a limb ("frisøren rørte ved mig i nakken og det kan jeg ikke lide").
SET20_EXCEPTIONS: list[str] = [
    r"\b(ondt|smerter|smerte|ømme|øm|trykken|jag) i brystet\b(?= (efter|af|når jeg|fordi jeg|pga|på grund af) (\w+ ){0,2}(træning\w*|"
    r"løb\w*|at løbe|at træne|hoste\w*|at hoste|hostet|hoster|grin\w*|at grine|fitness|styrketræning|armbøjning\w*|bænkpres|crossfit|halsbrand|"
    r"sure opstød|muskl?\w*|forkølelse\w*|forkølet|influenza))",
    r"\b(hoster|hostet|hostede|hoste|halsbrand|sure opstød|armbøjninger|bænkpres|styrketræning|træningen)\b.{0,40}\b(ondt|smerter|"
    r"ømme|øm) i brystet\b(?!.{0,40}\b(vejret|luft|armen|kæben|sveder|svimmel|besvime\w*)\b)",
    r"\b(i|på) (nyhederne|avisen|radioen|tv|tv2|dr|fjernsynet|facebook|nettet)\b (\w+ ){0,3}at (en|et|to|tre|nogle|flere) (\w+ ){0,3}"
    r"(havde|har|var|er) (\w+ ){0,2}(drukket|slugt|spist|taget|faldet|skoldet|brændt)\b",
    r"\b(nyhederne|avisen|radioen|tv2|tv 2|dr|fjernsynet)\b.{0,40}\b(gasudslip|gaslæk\w*|gasulykke\w*|gaseksplosion\w*)\b",
    r"\b(frisør\w*|tandlæge\w*|tandplejer\w*|fysioterapeut\w*|fysio|massør\w*|optiker\w*|ergoterapeut\w*|fodterapeut\w*) "
    r"(\w+ )?(rører|rørte|rørt|tager|tog) (ved |på )?(mig|hende|ham) (i|på|ved) (håret|nakken|hovedet|ørerne|øret|skulderen|"
    r"skuldrene|tænderne|munden|kæben|foden|fødderne|benet|knæet|armen|ryggen|ansigtet|panden)\b",
]

# (set 21) Breadth: kinds of disclosure told in everyday words.
# A person with dementia gone missing: away for hours or at night, found by the police or far from home, searched for.
_WANDERER21 = (r"(hun|han|mor|far|mormor|morfar|farmor|farfar|bedstemor|bedstefar|oldemor|oldefar|svigermor|svigerfar|"
               r"(min|mit|vores|hans|hendes) (\w+ )?(mor|far|mand|kone|mormor|morfar|farmor|farfar|bedstemor|bedstefar|oldemor|"
               r"oldefar|svigermor|svigerfar|søster|bror|moster|faster|onkel|tante|samlever|nabo|beboer|borger)(, | )?(med (demens|alzheimer\w*) )?)")
_OUTSIDE21 = (r"(havnen|motorvej\w*|vejen|landevejen|skoven|stranden|banegården|stationen|sporene|skinnerne|togskinnerne|marken|"
              r"markerne|gaden|søen|fjorden|åen|kanalen|parken|kirkegården|grøften|rundkørsel\w*|busstoppested\w*|tankstation\w*|"
              r"centrum|byen|næste by|en fremmed\w*|\w+ kilometer)")
# Wires and machines that should never smoke; lamps, ovens and hobs smoke now and then in use (dust, fat), so only their
# sparks or flames count ("ovnen ryger når jeg steger"). "Ryger ud af stikket", "røg på gulvet": fell, not smoke.
_WIRED21 = (r"(stikkontakt\w*|kontakten|kontakterne|ledning\w*|el-tavle\w*|eltavle\w*|elskab\w*|sikringsskab\w*|"
            r"vaskemaskine\w*|opvaskemaskine\w*|tørretumbler\w*|fjernsyn\w*|tv'et|oplader\w*)")
_HEATED21 = r"(strømmen|lampe\w*|komfur\w*|ovn\w*)"
# Smoke from cooking or a lamp just turned on ("ovnen ryger når jeg steger", "ryger lidt når man tænder den").
_IN_USE21 = (r"(?! (\w+ ){0,2}(når|mens|hver gang|første gang) (jeg|man|vi|du|hun|han|de) (\w+ )?(laver|steger|bager|tænder|"
             r"bruger|koger|griller|varmer|rister))")
# A person found, never a thing ("fandt mine nøgler på gulvet", "fandt en tier på jorden").
_PERSON21 = (r"(hende|ham|mor|far|mormor|morfar|farmor|farfar|naboen|manden|konen|kvinden|damen|drengen|pigen|barnet|"
             r"personen|patienten|beboeren|(min|mit|mine|vores|hans|hendes|en|et|den|det) (\w+ )?(mand|kone|mor|far|søn|datter|"
             r"bror|søster|lillebror|lillesøster|storebror|storesøster|barn|børn|barnebarn|dreng|pige|baby|kæreste|samlever|"
             r"partner|ven|veninde|nabo|mormor|morfar|farmor|farfar|bedstemor|bedstefar|oldemor|oldefar|svigermor|svigerfar|"
             r"onkel|tante|moster|faster|fætter|kusine|kollega|beboer|borger|patient|person|kvinde|dame|herre|fyr|ældre))")
# Kin or a carer's charge searched for ("vi har ledt efter far"), not a thing searched for ("ledt efter et plejehjem").
_SOUGHT21 = (r"(hende|ham|mor|far|mormor|morfar|farmor|farfar|(min|vores|hans|hendes) (\w+ )?(mor|far|mand|kone|mormor|"
             r"morfar|farmor|farfar|bedstemor|bedstefar|oldemor|oldefar|svigermor|svigerfar|søster|bror|samlever|beboer|borger))")
# Cues that someone is missing: dementia or confusion, a search, or leaving at night half dressed.
_MISSING21 = (r"(demens|alzheimer\w*|dement|demente|glemsom|forvirret|forsvandt|forsvundet|forsvinder|savnet|savnede|"
              r"eftersøg\w*|(ledt|ledte|leder|søgt|søger|søgte) efter " + _SOUGHT21 + r"|(kan|kunne) (ikke|ik) finde (hjem|"
              r"hende|ham)|(ringede|ringet|ringer) (til|efter) politiet|politiet (leder|ledte|har ledt|søger|søgte)|gik hjemmefra|"
              r"gået hjemmefra|stak af|vandrede|vandret|i pyjamas|i natkjole|i nattøj|i bare tæer|uden (jakke|sko|frakke))")
# Away on an errand or for a pastime, or wandering inside ("ude at fiske", "i byen", "rundt i stuen", "ind i fjernsynet").
_ERRAND21 = (r"(ude at \w+|var i byen|i byen|på arbejde|på job|til (koncert|fest|fodbold|møde|træning|frisør\w*|læge\w*)|"
             r"hos (en ven|en veninde|vennerne|venner|veninder|\w+ kammerat\w*)|hvor (han|hun) (fiskede|badede|gik tur|sad|"
             r"læste|malede|spillede)|havde det (fint|godt)|rundt i (stuen|huset|lejligheden|haven|gangen|gangene|afdelingen|"
             r"køkkenet)|rundt (der)?hjemme|frem og tilbage|ind i (fjernsynet|tv'et|bogen|avisen|sine tanker|sin egen verden)|"
             r"(ned|hen|over|ud) til (bageren|købmanden|kiosken|brugsen|netto|føtex|postkassen|avisen|naboen|kirken))")
# A reason to carry a knife or a hammer ("fordi jeg er tømrer").
_TRADE21 = (r"(tømrer\w*|snedker\w*|håndværker\w*|murer\w*|elektriker\w*|smed|mekaniker\w*|kok|kokken|kokke\w*|"
            r"slagter\w*|jæger\w*|jagt\w*|lystfisk\w*|fisker\w*|spejder\w*|værktøj\w*|værktøjskasse\w*)")
# An urgent call for help, and fear of the one at the door (not "ring lige", "bange for hunde", "tør ikke smage").
_CRY21 = (r"(hjælp|help|112|ring (til )?(112|politiet|politi|alarmcentralen)|ring (nu|hurtigt|efter (hjælp|politiet))|"
          r"gemmer mig|gemt mig|bange(?! for (at )?(?!(ham|hende|dem|han|hun|de|manden|hvad|hvem)\b)\w+)|tør (ikke|ik)(?! "
          r"(smage|spise|prøve|drikke|sige|spørge|kigge)\b))")
# The one in the home is there to work, cook or visit.
_VISITING21 = (r"(og )?(han |hun |de )?(reparerer|reparere|laver|ordner|fikser|fixer|maler|gør rent|rydder|vasker|støvsuger|"
               r"installerer|monterer|skifter|tjekker|måler|hjælper|er på besøg|besøger|sover|bor)\b")
SET21_DANGER: list[str] = [
    # sparks or smoke from the mains; a snake bite; someone found lying outside or lifeless
    r"\b(" + _WIRED21[1:-1] + r"|" + _HEATED21[1:-1] + r") (\w+ ){0,2}(gnister|gnistrer|gnistrede|slår gnister|slog gnister|"
    r"står i flammer)\b",
    r"\b" + _WIRED21 + r" (\w+ ){0,2}(sprutter|spruttede|ryger|røg)\b(?! (\w+ )?(ud|af|ind|ned|op|på|i|med|til|fra|over|"
    r"under|væk|hjem|sammen)\b)",
    r"\b(bidt|stukket) af (en )?(hugorm\w*|slange\w*|skorpion\w*|fjesing\w*)\b",
    r"\b(fundet|fandt|finder) " + _PERSON21 + r" (\w+ ){0,2}(liggende|livløs|bevidstløs|"
    r"ubevægelig|på gulvet|på jorden|i trappeopgangen|i sneen)\b(?! (og|mens) (\w+ )?(sov|sover|sove|sovende|læste|læser|så|ser|"
    r"slappede|slapper|hyggede|hygger|legede|leger|snorkede|snorker))(?!.{0,40}\b(sofa\w*|seng\w*|hængekøje\w*|solen|stranden|"
    r"græsset og (sov|så|læste)|kat\w*|hund\w*|hvalp\w*|killing\w*)\b)",
    # lost or stuck outside with cold, dark or a dying phone ("kørt fast i sneen, minus 10 og telefonen er ved at dø")
    r"\b((sidder fast|sidder jeg fast)(?! (i|med) (mit |sit |dit |hans |hendes )?(liv|livet|tankerne|hovedet|sorgen|fortiden|"
    r"jobbet|arbejdet|forholdet|ægteskabet|lektierne|opgaven|problemet|gælden|det|det her|mønstre\w*|vaner\w*)\b)|kørt fast|"
    r"er faret vild|farer vild|faret vild|kan (ikke|ik) finde (ud(?! af)|vej|hjem|tilbage)|ved (ikke|ik) "
    r"hvor jeg er)\b.{0,80}\b(minus \d+|\d+ minus|frost\w*|fryser(?! (hele tiden|altid|tit|ofte|om))|frøs|iskoldt|kulde|"
    r"mørkt(?! om (vinteren|aftenen|morgenen|efteråret))|mørket|bliver mørkt|snestorm|"
    r"telefonen (er ved at|dør|går død|løber tør)|batteri\w* (er ved at|løber tør|dør|er næsten)|(ingen|ikke mere) strøm)\b",
    # a threat that someone knows where one lives and is coming
    r"\b(de|han|hun|nogen|fyrene|banden|manden|min eks\w*) (\w+ )?ved (godt )?hvor (jeg|vi|min \w+) bor\b.{0,40}\b((og )?(de|han|hun) "
    r"(kommer|finder|får)|kommer (i aften|i nat|efter)|pas på|skal betale|ellers)\b(?!.{0,40}\b(besøg|kaffe|kage|middag|"
    r"fødselsdag\w*|gave\w*|hygge\w*|pakke\w*|blomster|forbi med|med bilen|i bilen|bilen|bil|lift|hente\w*|henter|kører|"
    r"køre|toget|stationen|lufthavnen)\b)",
    # "politiet fandt ham ved motorvejen", "blev fundet ved havnen i nat"
    # (the police as finder is itself the search; anyone else needs a cue that the person was missing)
    r"^(?!.*\b" + _ERRAND21 + r")(?=.*\b(politiet|hjemmeværnet|" + _MISSING21[1:-1] + r")\b).*?\b(politiet|hjemmeværnet|en bilist|"
    r"en nabo|naboen|nogle fremmede|en fremmed|en buschauffør|en taxachauffør) (har )?(fandt|fundet) "
    r"(hende|ham|" + _WANDERER21[1:-1] + r") (\w+ ){0,3}(ved|på|i|nede ved|ude på|ude ved|langt ude) (\w+ )?" + _OUTSIDE21 + r"\b",
    r"^(?!.*\b" + _ERRAND21 + r")(?=.*\b(politiet|hjemmeværnet|" + _MISSING21[1:-1] + r")\b).*?\b" + _WANDERER21
    + r" (\w+ ){0,3}(blev|er blevet) fundet (\w+ ){0,3}(ved|på|i|nede ved|ude på|ude ved) (\w+ )?" + _OUTSIDE21 + r"\b",
    # "var væk i fem timer", "forsvandt fra centeret og de har ledt i tre timer", "gik hjemmefra i nat i pyjamas"
    r"^(?!.*\b" + _ERRAND21 + r")(?=.*\b" + _MISSING21 + r"\b).*?\b" + _WANDERER21
    + r" (\w+ ){0,4}(var|har været|er) (helt )?(væk|forsvundet|sporløst "
    r"forsvundet|bortløbet) (i|i over|i flere|i mere end) (\w+ )?(timer|time|døgn|nat|nætter)\b",
    r"\b(demens|alzheimer\w*|dement|demente|glemsom|forvirret)\b.{0,80}\b(?<!ikke )(forsvandt|forsvundet|forsvinder|stak af|går sin vej|gik sin vej|"
    r"gået sin vej|går hjemmefra|gik hjemmefra|gået hjemmefra|vandrer|vandrede|går ud om natten|gik ud om natten|kan (ikke|ik) finde "
    r"hjem|kunne (ikke|ik) finde hjem|(ledt|ledte|leder) efter " + _SOUGHT21 + r"|eftersøg\w*)\b(?! (ind )?i (sine|sin|hendes|hans|"
    r"egne|egen) \w+)(?! (\w+ )?(ikke|ik|aldrig)\b)(?! (\w+ ){0,2}" + _ERRAND21 + r")",
    r"\b(forsvandt|forsvundet|stak af|gik hjemmefra|gået hjemmefra|gik ud|gået ud) (\w+ ){0,3}(i nat|om natten|midt om natten|i mørket|"
    r"i pyjamas|i natkjole|i nattøj|i bare tæer|i tøfler|i bare tøfler|uden (jakke|sko|frakke|tøj))\b.{0,60}\b(fundet|finde|ledt|"
    r"leder|politiet|demens|alzheimer\w*)\b",
    # voices that command harm to others, or a weapon kept against imagined persecutors (psychosis with danger)
    r"\b(stemmer|stemmerne|stemmen|en stemme|djævelen|djævlen) (\w+ ){0,3}(siger|sagde|fortæller|beder|befaler|kræver|vil have|"
    r"råber|hvisker) (\w+ ){0,2}(at )?(jeg|hun|han) (skal|må|burde|bliver nødt til at) (\w+ ){0,2}(slå|dræbe|stikke|skade|skyde|"
    r"kvæle|myrde|straffe|forgifte|angribe|gøre (\w+ ){0,3}(fortræd|ondt|noget)|brænde)\b(?! (\w+ ){0,2}(i skak|i spillet))",
    r"^(?!.*\b" + _TRADE21 + r"\b).*?\b(forgifte\w*|forgiftet|forfølger|forfulgt|overvåger|overvåget|ude efter|vil slå mig ihjel|"
    r"vil dræbe mig|spionerer)\b.{0,80}\b"
    r"(kniv\w*|våben|økse\w*|hammer\w*|hammeren|baseballbat\w*|boldtræ\w*|jernstang\w*|pistol\w*|saks\w*) (\w+ ){0,2}(under "
    r"(hovedpuden|puden|madrassen|dynen|sengen)|i (lommen|tasken|sengen)|ved sengen|klar)\b",
    r"^(?!.*\b" + _TRADE21 + r"\b).*?\b(kniv\w*|våben|økse\w*|hammer\w*|baseballbat\w*|boldtræ\w*|jernstang\w*|pistol\w*) "
    r"(\w+ ){0,2}(under (hovedpuden|puden|"
    r"madrassen|dynen|sengen)|i (lommen|tasken|sengen)|ved sengen)\b.{0,60}\b(ude efter|forfølger|forfulgt|overvåger|overvåget|"
    r"forgifte\w*|forgiftet|spionerer|vil slå (mig|ham|hende) ihjel|vil dræbe (mig|ham|hende))\b",
    r"\b(han|hun|de|min eks\w*|eksen|manden|en mand|nogen) (står|er|sidder) (igen )?(ved|udenfor|uden for|foran) (min|mit|vores) "
    r"(dør|hoveddør|vindue|lejlighed|hus)\b (\w+ ){0,3}(og )?(banker|hamrer|sparker|råber|river i)\b.{0,40}\b(tør (ikke|ik)|bange|"
    r"hjælp|ring|gemmer mig)\b",
    # someone at the door or inside now, with a cry for help, fear or hiding
    r"\b" + _CRY21 + r"\b.{0,40}\b(han|hun|de|nogen|manden|min eks|en mand|en fremmed) "
    r"(er|står) (her|herinde|udenfor|uden for|ved (døren|vinduet)|foran (døren|huset)|inde i (huset|lejligheden)) (\w+ ){0,2}(og )?"
    r"(\w+ )?(banker|hamrer|sparker|river|prøver at komme ind|vil ind|råber|truer|har en kniv|bryder)\b",
    r"\b(der er|der står) (en mand|en fremmed|nogen|en) (\w+ )?(i|inde i) (min|mit|vores) (lejlighed|hus|stue|soveværelse|køkken)\b"
    r"(?! (\w+ ){0,2}" + _VISITING21 + r")(?!.{0,40}\b" + _VISITING21 + r").{0,40}\b" + _CRY21 + r"\b",
]

# An overdose that has left someone unconscious ("han har taget for meget og vågner ikke").
SET21_OVERDOSE: list[str] = [
    r"\b(taget|tog|fået|fik|drukket|drak|sniffet|røget|skudt|spist) (alt |alt alt |lidt |et eller andet |noget )?(for meget|en "
    r"overdosis|en overdosis af \w+)\b.{0,50}\b(vågner (ikke|ik)|kan (ikke|ik) (\w+ )?(vække|få liv i|få kontakt)|svarer (ikke|ik)|"
    r"trækker (ikke|ik|næsten ikke) vejret|bevidstløs|livløs|blå (i|om) læberne|kramper)\b",
]

# Voices that tell one to die or to hurt oneself ("jeg hører stemmer der siger jeg skal hoppe"); life not worth living;
# thoughts of death as a habit; regret at being saved; fire set to oneself.
# Thoughts of death that are grief for someone or fear of one's own dying, not a wish to die ("siden min mor døde, jeg
# savner hende", "han er bange for at dø").
_GRIEF21 = (r"((siden|efter at|efter|da) (min|mit|mine|vores|hans|hendes|sin|sit|\w+s) (\w+ )?\w+ (døde|er død|gik bort|blev "
            r"begravet)|savner (hende|ham|dem|min|mit|mine))")
_DEATH_FEAR21 = (r"((bange|angst|frygter|frygt|rædselsslagen|nervøs|bekymret) for (at dø|døden|at (jeg|hun|han) (skal|vil|kommer til "
                 r"at) dø)|dødsangst)")
# "Kan ikke mere" that ends a session or a chat ("farvel og tak for i dag", "undskyld, jeg skal gå nu").
_SESSION_END21 = (r"(for i dag|for nu|tak for (i dag|snakken|samtalen|hjælpen|nu)|vi ses|i morgen|på gensyn|til næste gang|godnat|"
                  r"(jeg|vi) (skal|må) (gå|videre|hjem|ud|afsted|løbe|i seng|sove|spise)|skal (gå|videre|hjem) nu)")
# "Tage vores liv op til revision", "i egen hånd": taking charge of a life, not ending it.
_LIFE_IDIOM21 = r"(op|i (egen|egne|vores|deres|sin|sine) (hånd|hænder)|tilbage|alvorligt|seriøst|mere alvorligt|roligt)"
# A dose asked for pain or fever ("nok mod hovedpine"), not one asked to be enough to die.
_RELIEF21 = (r"(mod|imod|for|ved|til) (\w+ )?(hovedpine|smerte\w*|feber|tandpine|migræne|menstruation\w*|menssmerter|ondt|"
             r"forkølelse\w*|influenza|gigt|rygsmerter|\w+pine)")
SET21_SUICIDE: list[str] = [
    r"\b(mit|hans|hendes|sit) liv (er|var) (ikke|ik|ikk|intet|ingenting) (\w+ )?(værd|værdt) (at leve|at have|noget)\b",
    r"\b(mit|sit) liv (er|føles) (ikke|ik|ikk) (noget|en skid|en døjt|en dyt|meget|det mindste) (værd|værdt)\b(?! at (skrive|"
    r"fortælle|læse|høre|snakke|tale|lave \w+) (om|på)\b)",
    r"\b(slippe|slipper|fri) for at leve\b",
    r"^(?!.*\b(" + _GRIEF21[1:-1] + r"|" + _DEATH_FEAR21[1:-1] + r")\b).*?\b(tænker|tænkte|tænkt|tanker) (\w+ )?(på|om) døden "
    r"(\w+ )?(hele tiden|hver (eneste )?(dag|nat|aften)|konstant|altid|tit|ofte|meget|mere og mere|igen)\b",
    r"\b(tænkt|tænker|tænkte) (rigtig |virkelig |så |meget |utrolig )*(meget|tit|ofte|mest) på at (dø|tage mit liv|slå mig ihjel|"
    r"forsvinde)\b",
    r"\b(fortryder|fortrød|ærgrer mig over|hader) at (de|nogen|han|hun|lægerne|ambulancen|min \w+) (fandt|reddede|stoppede|fik fat i|"
    r"nåede|vækkede|fik liv i) (mig|hende|ham)\b|\b(fortryder|fortrød|hader) at (de|lægerne|nogen) fik (mig|hende|ham) tilbage\b",
    r"\bhvorfor (fik|reddede|stoppede|vækkede|hentede) (de|i|han|hun|lægerne) (mig|hende|ham) (tilbage|igen|i tide)\b",
    r"\b(sætte|sætter|satte|sat) ild (til|på) (mig|sig) selv\b",
    # "kan ikke mere" with a farewell or with everything black after it ("ka ik mer. farvel", "jeg kan ikke mere det hele er sort")
    r"^\W*(jeg )?(kan|ka|ku) (ikke|ik|ikk) (mere|længere)\b (\w+ )?(farvel|bye|tak for alt|undskyld|det hele er (sort|mørkt|slut)|"
    r"alt er (sort|mørkt|slut|meningsløst)|nu er det slut|det er slut)\b(?! (til|med|for|fra)\b)(?!.{0,40}\b" + _SESSION_END21
    + r"\b)",
    # asking how many pills are enough ("hvor mange panodil skal man tage for at det er nok")
    r"\bhvor (mange|meget) (\w+ )?" + _PILLS + r" (\w+ ){0,4}(skal|skulle|kan|må|behøver) (man|jeg|en|du) (\w+ )?(tage|sluge|spise|"
    r"drikke) (\w+ ){0,3}(for at det er nok|for at det er slut|for at det er dødeligt|før (det|man|jeg) (er dødeligt|dør|ikke vågner)|"
    r"for (ikke|ik) at vågne|for at sove for (altid|evigt))\b(?!.{0,30}\b" + _RELIEF21 + r"\b)",
    # a plan together ("mig og min ven har planlagt at tage vores liv")
    r"\b(planlagt|planlægger|planlagde|aftalt|aftaler|aftalte|snakker om|snakket om|talt om|taler om|vil|skal|besluttet) (\w+ )?(at )?"
    r"(tage|tager) (vores|deres) (egne |eget )?(liv|livet)\b(?! (\w+ )?" + _LIFE_IDIOM21 + r"\b)",
    # better for everyone if I were gone ("det er vist bedst for alle at jeg snart kommer herfra")
    r"\b(bedst|bedre|lettest|nemmest|lettere|nemmere) for (alle|alle andre|jer|dem|familien|børnene|mine børn|min \w+) (hvis|at|når) "
    r"(jeg|hun|han) (\w+ )?(kommer herfra|er væk|var væk|forsvinder|forsvandt|ikke er her|ikke var her|ikke er her mere|dør|døde|"
    r"slipper)\b(?!.{0,40}\b(hjem|hjemme|fra (hospitalet|afdelingen|sygehuset|bostedet)|udskrevet|flytte\w*|flyt)\b)",
    # wanting out of this life, said as the whole message ("jeg vil gerne ud af det her liv"); not out of a way of life
    r"^\W*(jeg )?(vil|ville|skal|må) (bare |gerne |så gerne |helst )?(ud af|væk fra|fri for) (det her|dette|mit) liv\W*$",
    r"\b(stemmer|stemmerne|stemmen|en stemme|djævelen|djævlen) (\w+ ){0,3}(siger|sagde|fortæller|beder|befaler|kræver|vil have|"
    r"råber|hvisker) (\w+ ){0,2}(at )?(jeg|hun|han) (skal|må|burde|bliver nødt til at) (\w+ ){0,2}(dø|hoppe|springe|tage (mit|sit) "
    r"(eget )?liv|slå (mig|sig) ihjel|dræbe (mig|sig)|skære (i )?(mig|sig)|skade (mig|sig)|brænde (mig|sig)|forsvinde|gøre en ende|"
    r"(ikke|ik) leve|hænge (mig|sig)|drukne (mig|sig)|straffe (mig|sig))\b",
]

# What a search must be about to be one for a way to die ("hvor mange piller", "hvor høj en bro", "før man dør"), not
# hours for dagpenge or a stay in praktik.
_LETHAL21 = (r"(dø|dør|døde|død|dødelig\w*|overlev\w*|\w*piller|\w*pillerne|\w*tabletter|panodil\w*|pamol\w*|ipren\w*|"
             r"paracetamol\w*|medicin\w*|overdosis|blod\w*|skære|skærer|kvæle\w*|hænge|hænger|drukne|springe|hoppe|falde|"
             r"\w*bro|\w*broen|bygning\w*|højhus\w*|etage\w*|klippe\w*|taget|vandet|åre\w*|pulsåre\w*)")
# Eating disorders: vomiting after meals on purpose or as a habit, fingers down the throat, a weight far too low for the
# fear of being fat. Not pregnancy sickness, a stomach bug or chemotherapy.
_NOT_ILL21 = (r"^(?!.*\b(gravid\w*|graviditet\w*|kvalme|influenza|maveinfluenza|omgangssyge|roskildesyge|kemo\w*|stråle\w*|"
              r"madforgiftning|syg|fest\w*|fuld|druk|julefrokost\w*|tømmermænd|baby\w*|spædbarn\w*|gylper)\b)")
SET21_SELF_HARM: list[str] = [
    # marks of cutting as compound words ("billeder af sine snitsår", "skæremærker på armene")
    r"^(?!.*\b(operation\w*|opereret|ulykke\w*|uheld\w*|kniven gled|glasskår|faldt|fald|hunden|katten|kejsersnit\w*|sting)\b).*?"
    r"\b(snitsår\w*|snitmærker\w*|cutmærker\w*|cuttemærker\w*|skæremærker\w*|cuttear\w*|snitar\w*)\b(?!.{0,40}\b(køkken\w*|"
    r"kok|kokke\w*|slagter\w*|arbejde\w*|job\w*|værksted\w*|fisk\w*|sløjd\w*|\w*dåse\w*|papir\w*)\b)(?! (\w+ )?(på|i) "
    r"(fingrene|fingeren|fingerspidsen|fingerspidserne|tommelfingeren|hånden|hænderne|håndfladen|håndfladerne)\b)",
    # looking up how high, how deep or how many is enough ("hun har søgt på hvor høj en bro skal være")
    r"\b(søgt|søger|søgte|googlet|googler|googlede|læst|læser|undersøgt|undersøger|spurgt|spurgte) (\w+ ){0,2}hvor (høj|højt|dybt|"
    r"mange|meget|lang tid) (?=.{0,80}\b" + _LETHAL21 + r"\b)(\w+ ){0,4}(skal være|skal man|der skal til|før (man|det|jeg) (dør|er dødeligt)|for at (dø|det er nok|"
    r"det er dødeligt)|er dødelig\w*|man kan overleve|man (ikke|ik) overlever)\b",
    # not eating as a punishment one deserves ("jeg har ikke spist i lang tid fordi jeg ikke fortjener det")
    r"\b(spiser|spist|spise|spiste|drikker|drukket|drak) (\w+ ){0,3}(ikke|ik|intet|ingenting|næsten ikke)\b.{0,40}\b((ikke|ik) "
    r"fortjener|fortjener (det )?(ikke|ik)|straffe (mig|sig)|fortjener at sulte)\b",
    r"\b(jeg|hun|han) (\w+ )?fortjener (ikke|ik) (at spise|mad|at få mad|at drikke)\b",
    r"\b(klipper|klippede|klippet|kradser|kradsede|river|rev|ridser) (\w+ )?(i|op i) (mine|mit|min|sine|sin|hendes|hans) (arme|armen|"
    r"håndled\w*|lår|låret|lårene|hud|huden|underarm\w*)\b(?!.{0,40}\b(myg\w*|eksem\w*|kløe|klør|kløede|allergi\w*|udslæt|stik|"
    r"tør|tørrer|tørret|tørre|tørhed|psoriasis|skorpe\w*|solskold\w*|hudsygdom\w*|fnat|lus)\b)",
    _NOT_ILL21 + r".*?\b(kaster|brækker|kastede|brækkede|kaste|brække) (\w+ )?(op|sig|mig) (\w+ ){0,2}efter (hvert|alle|hvert eneste|"
    r"hvert et|næsten hvert|de fleste) (\w+ )?(måltid|måltider|måltiderne|gang (hun|han|jeg) (har )?spist)\b",
    _NOT_ILL21 + r".*?\b(stikker|stak|stukket|stikke) (\w+ )?(fingrene|fingeren|en finger|to fingre|tandbørsten|en ske) (\w+ )?(i|ned "
    r"i) halsen\b(?! på)(?!.{0,40}\bfor at få\b)",
    r"\b(vejer|vejede) (nu )?(kun |næsten |bare |under )?(ingenting|ikke noget|ikke en skid|[2-4]\d (kilo|kg)|[2-4]\d)\b.{0,60}\b((for|så|"
    r"stadig|alt for) (tyk|tykke|fed|fede|stor)|vil (ikke|ik) spise|spiser (ikke|ik|næsten ikke)|tabe sig mere|tabe mig mere|kaster op|"
    r"brækker sig)\b",
]

# A tracker kept for one's own safety ("fordi jeg har demens"); someone who tags along (a little sister, a child, a pet);
# a secret that is a present or a surprise.
_CARE_REASON21 = (r"(fordi|da|siden|for) (jeg|hun|han|mor|far) (har|er|kan|bliver|farer|går) (\w+ )?(demens|alzheimer\w*|"
                  r"dement|glemsom|forvirret|epilepsi|sukkersyge|diabetes|vild|væk)")
_TAGALONG21 = (r"(lillesøster\w*|lillebror\w*|lille søster|lille bror|søskende|min søn|min datter|barnet|børnene|hund\w*|"
               r"hvalp\w*|kat|katten|killing\w*|kammerat\w*|veninde\w*|vennen|vennerne|klassekammerat\w*)")
_SURPRISE21 = r"(overraskelse\w*|gave\w*|fødselsdag\w*|jul\w*|fest\w*)"
# Stalking and digital control, grooming (gifts, secrecy, meeting an adult alone), money taken by staff or family, labour
# exploitation, threats against a relative.
_STALKER21 = (r"(han|hun|de|min eks\w*|eksen|min tidligere \w+|(min|hendes|hans) (ekskæreste\w*|ekskone|eksmand|exkæreste\w*)|en mand|"
              r"en fyr|en kvinde|nogen|naboen|manden)")
_GROOMER21 = (r"(en (voksen|ældre|fremmed) (\w+ )?(mand|kvinde|fyr)|en mand|en fyr|en voksen|træneren|træner|lærer\w*|pædagog\w*|"
              r"lederen|spejderleder\w*|chauffør\w*|naboen|onkel\w*|stedfar\w*|hun|han)")
_MONEY_OF21 = (r"(mine|min|mit|hendes|hans|beboernes|borgernes|de ældres|mors|fars|mormors|morfars|farmors|farfars|"
               r"bedstemors|bedstefars|oldemors|oldefars|(?!(vores|jeres|deres)\b)\w+s)")
SET21_ABUSE: list[str] = [
    # a tracker or an app put on one's car or phone to follow where one is
    r"\b(" + _STALKER21[1:-1] + r"|min (kæreste|mand|kone|samlever|partner)|kæresten) (\w+ )?(har |havde )?(lagt|sat|installeret|"
    r"puttet|gemt|skjult|placeret|lægger|sætter|installerer) (\w+ )?"
    r"(en |et )?(tracker\w*|gps\w*|airtag\w*|sporing\w*|sporings\w*|overvågnings\w*|spion\w*|app|program|kamera) (\w+ ){0,3}"
    r"(på|i|under|ind på) (min|mit|mine|hendes|hans) (bil|bilen|telefon|mobil|taske|cykel|jakke|computer|lejlighed|hus|soveværelse)\b"
    r"(?!.{0,40}\b(aftalt|som aftale|fordi (jeg|hun|han) (bad|ønskede|ville)|hvis (jeg|hun|han) (mister|taber|bliver væk|farer vild)|"
    r"tyveri|stjålet|" + _CARE_REASON21 + r")\b)",
    r"\b" + _STALKER21 + r" (\w+ ){0,8}?(ved|kan se|tjekker|følger med i|holder øje med) (\w+ )?(altid |hele tiden )?hvor (jeg|hun) "
    r"(er|går|befinder (mig|sig))\b.{0,30}\b(hele tiden|altid|hvert minut|døgnet rundt|hver time|overalt)\b(?!.{0,60}\b(omsorg\w*|"
    r"tryg\w*|rart|dejligt|aftalt|deler|find my|fordi (jeg|hun) (har|er|kan) (epilepsi|demens|sukkersyge|diabetes))\b)",
    # following, waiting outside, turning up, calling without end
    r"^(?!.*\b" + _TAGALONG21 + r" (\w+ )?(følger|fulgte|har fulgt) efter)(?!.*\b(han|hun|det) er (bare |jo |kun )?(min|vores) "
    r"\w*" + _TAGALONG21 + r"\b).*?\b(følger|fulgte|fulgt|forfølger|forfulgt|forfulgte) efter (mig|hende)\b (\w+ ){0,2}(i ugevis|i månedsvis|i dagevis|i flere (uger|"
    r"måneder|dage)|hver (aften|morgen|gang)|når (jeg|hun) (går|cykler|kører|har fri))\b",
    r"\b" + _STALKER21 + r" (\w+ ){0,2}(står|venter|sidder|holder) (\w+ ){0,2}(uden for|udenfor|foran|ved) (min|mit|mine|hendes) "
    r"(dør|hoveddør|vindue|vinduer|opgang|hus|lejlighed|arbejde|arbejdsplads|skole)\b.{0,40}\b(om natten|hver (aften|nat|dag|morgen)|"
    r"hele tiden|selvom|uden at|igen og igen|bange)\b",
    r"\b" + _STALKER21 + r" (\w+ ){0,2}(ringer|skriver|sms'er|sender (mig|hende) (beskeder|sms'er)) (\w+ )?(\d{2,}|halvtreds|tres|"
    r"hundred\w*|tyve|tredive|fyrre|mange|flere hundrede) (gange|beskeder|sms'er|opkald)? ?(om|i|hver) (dagen|døgnet|timen|natten)\b"
    r".{0,60}\b(dukker op|står (uden for|udenfor|foran)|følger efter|venter på mig|truer|selvom (jeg|hun) (har )?(sagt|blokeret)|"
    r"blokeret)\b",
    # grooming: an adult's gifts or money with secrecy or a wish to be alone, a child told to keep it from the parents
    r"\b" + _GROOMER21 + r" (\w+ ){0,3}?(giver|gav|har givet|køber|købte|har købt|sender|sendte) (\w+ )?(hende|ham|mig|min (søn|datter|dreng|"
    r"pige|lillesøster|lillebror|niece|nevø)) (\w+ ){0,2}(gaver|penge|cigaretter|smøger|alkohol|hash|slik|en telefon|en mobil|tøj|"
    r"undertøj|data)\b.{0,80}\b((ikke|ik|aldrig) (må|skal) (sige|fortælle)|hemmelighed\w*|med (ham |hende )?hjem|alene|mødes|sove hos|"
    r"på (hans|hendes) værelse|i bilen)\b(?!.{0,40}\b" + _SURPRISE21 + r"\b)",
    r"\b" + _GROOMER21 + r" (\w+ ){0,3}?(siger|sagde|har sagt|skriver|skrev) (\w+ )?(at )?(hun|han|jeg|min (søn|datter)) (ikke|ik|aldrig) "
    r"(må|skal|måtte|skulle) (fortælle|sige) (det |noget )?(til |om det til )?(os|familien|sin familie|forældrene|sine forældre|hendes forældre|hans forældre|mine "
    r"forældre|mor|far|min mor|min far|sin mor|sin far|de voksne|nogen|personalet|pædagog\w*|lærer\w*)\b(?!.{0,40}\b(overraskelse\w*|"
    r"gave\w*|fødselsdag\w*|jul\w*|fest\w*)\b)",
    # money taken by carers or family from the person's purse, account or allowance
    r"^(?!.*\b(aftalt|aftale|som vi|værge\w*|til (indkøb|mad|husleje\w*|regning\w*)|når (hun|han|de) (handler|køber ind)|for at "
    r"betale)\b).*?\b(" + _CARER[1:-1] + r"|hjemmehjælperen|kontaktpersonen|plejeren|beboer\w*|(min|mit|mine|hendes|hans) (\w+ )?"
    r"(søn|datter|barnebarn|nevø|niece|bror|søster|svigersøn|svigerdatter|kæreste|samlever|mand|kone)) (\w+ )?(tager|tog|har taget|"
    r"stjæler|stjal|har stjålet|hugger|huggede|snupper|snuppede|tømmer|tømte|har tømt) (\w+ )?(af |fra )?" + _MONEY_OF21 + r" (\w+ )?"
    r"(penge|pengene|lommepenge|kontanter|pung|pungen|tegnebog|konto|kontoen|opsparing|pension|pensionen|dankort|kort)\b" + _PAID_ON
    + r"(?!.{0,60}\b(betaler|betalte|betale) (mine|min|hendes|hans|regning\w*|husleje\w*)\b)",
    # forced labour: papers taken, work without pay under pressure
    r"\b(de|han|hun|chefen|arbejdsgiveren|mester|bossen|manden) (\w+ )?(har taget|tog|tager|beholder|beholdt|har beholdt|gemmer|"
    r"har gemt|har inddraget) (\w+ )?(mit|mine|vores|hendes|hans) (pas|passet|papirer|id|id-kort|opholdstilladelse)\b(?!.{0,60}\b("
    r"lufthavn\w*|politi\w*|grænse\w*|ambassade\w*|kommune\w*|borgerservice|forny\w*|tjekke|tjek|kontrol\w*|skranke\w*|check\w*|"
    r"kopi\w*|scanne\w*|hotel\w*|receptionen)\b)",
    r"\b(løn|lønnen|lønninger|pas|passet)\b.{0,60}\b(må|skal|er nødt til at|bliver tvunget til at|tvinger (mig|os|hende|ham) til at) "
    r"(\w+ )?(bo|sove) (\w+ ){0,2}(i|på) (en |et )?(container|skur|kælder|kælderen|garage|bil|bilen|varevogn|værksted\w*|lageret|"
    r"byggepladsen|pladsen)\b",
    # a parent or partner who hits the other parent, named by the kin word alone ("far slår mor når han er fuld")
    r"\b(far|mor|min (\w+ )?(far|mor|stedfar|stedmor|mand|kone|kæreste|samlever|bror|søn)|han|hun|stedfar|stedmor) (slår|slog|sparker|"
    r"sparkede|tæsker|tævede|banker|bankede|kvæler|kvalte|skubber|skubbede|har slået|har sparket) (mor|far|mormor|morfar|farmor|farfar|"
    r"lillebror|lillesøster|storebror|storesøster)\b" + _GAME_CTX,
    r"\b(far|mor|min (\w+ )?(far|mor|stedfar|stedmor|mand|kone|kæreste|samlever|bror|søn)|han|hun|stedfar|stedmor) (tæver|tæsker|"
    r"har tævet|har tæsket|plejer at (tæve|tæske|slå|banke|sparke)) (mor|far|mormor|morfar|farmor|farfar|lillebror|lillesøster|"
    r"storebror|storesøster)\b" + _GAME_CTX,
    # forced to do something "ellers …" with a harm
    r"\b(vil have|tvinger|tvang|kræver|krævede|presser|pressede|siger|sagde) (\w+ )?(mig|hende|ham|os|min \w+) (\w+ )?(til at|skal) "
    r".{0,60}\bellers (sker der (\w+ )?noget|går det ud over|får (jeg|hun|han|vi|du) (bank|tæsk|klø|en på (hovedet|kassen|"
    r"siden))|slår (han|hun|de) |banker (han|hun|de) |tæsker (han|hun|de) |kommer (han|hun|de) efter)",
    # a written or spoken threat to kill ("har skrevet på en seddel at han vil skære halsen over på mig")
    r"\b(vil|skal|ville|kommer til at|truer med at|truede med at) (\w+ )?(skære|sprætte) (halsen|struben|maven) (over )?(op )?(på|af) "
    r"(mig|hende|ham|os|dig)\b",
    # a hacked account used to write or post in one's name or to threaten
    r"\b(hacket|hacker|hackede|overtaget|overtog|brudt ind på|logget ind på|loggede ind på) (min|mit|mine|hendes|hans) (facebook|insta\w*|"
    r"snap\w*|profil|konto|mail|tiktok|messenger|discord)\b.{0,60}\b(som (mig|hende|ham)|i mit navn|i hendes navn|i hans navn|grimme "
    r"ting|nøgen\w*|billeder af (mig|hende|ham)|truer|truede|afpresser|afpressede)\b",
    # threats against a relative
    r"\b(truer|truede|truet|true) (\w+ )?med at (gøre|gør) (" + _HARM_OBJ[1:-1] + r"|mor|far|hende|ham|os|børnene) (\w+ )?(noget|"
    r"fortræd|ondt|skade)\b",
]

# The same clothes or bedding by one's own wish or said to be fine ("det er fint", "fordi han vil det selv").
_CHOSEN21 = (r"(det er (fint|ok|okay|i orden|helt fint)|(jeg|han|hun|de) (vil|ville|ønsker|ønskede) (det )?selv|selv (vil|ville|"
             r"ønsker|vælger|valgte|har valgt)|fordi (jeg|han|hun) (gerne )?(vil|elsker|ønsker)|yndlings\w*)")
# Care that failed, told of a relative named by the kin word alone ("de glemmer at give mor mad", "glemte at give far
# hans insulin").
SET21_NEGLECT: list[str] = [
    r"\b(" + _CARER[1:-1] + r"|bostedet|plejehjemmet|hjemmet|centeret|afdelingen|personalet) (\w+ )?(lader|lod|har ladet) (mig|hende|"
    r"ham|os|min \w+|mor|far|beboerne) (\w+ ){0,3}(gå|sidde|ligge|være|sove) (\w+ ){0,3}(i|med|på) (beskidt|beskidte|snavset|"
    r"snavsede|våd|vådt|våde|tisset|(det samme|samme)(?= \w+\b(?!.{0,50}\b" + _CHOSEN21 + r"\b))) (tøj|ble|bleer|bleen|sengetøj|"
    r"lagen|lagner|trøje|bukser)\b",
    r"\b(glemmer|glemte|glemt|gider (ikke|ik)|vil (ikke|ik)|nægter) (\w+ )?at give (mig|hende|ham|os|(min |vores )?" + _KIN_CARED[1:-1]
    + r") (\w+ )?(sin |sine |hendes |hans |min |mine )?(mad|maden|aftensmad|morgenmad|frokost|medicin|medicinen|insulin|insulinen|"
    r"piller|pillerne|noget at drikke|at drikke|noget at spise|at spise|vand)\b",
]

# Look-alikes: killing and beating in a named game ("i FIFA slår han mig hver gang"); a pet that ate poison; money handled
# by a værge or bostøtte, or by agreement ("min værge tager mine penge og betaler regningerne", "som vi har aftalt").
SET21_EXCEPTIONS: list[str] = [
    r"\b(tager|tog) (\w+ )?(penge|kontanter|sedler) (fra|i|ud af) (min|mit|mine) (pung|tegnebog|taske|pengepung)\b(?=.{0,40}\b(det "
    r"må (hun|han|de) (gerne|godt)|(hun|han|de) må (gerne|godt)|har lov|det er (ok|okay|fint|aftalt)))",
    r"\b(værge\w*|bostøtte\w*|administrator\w*) (\w+ )?(tager|tog|styrer|har) (mine|min|mit|hendes|hans) "
    r"(\w*penge|pension\w*|løn|lønnen|konto|kontoen)\b(?!.{0,60}\b(uden at|selv|egne|sig selv|ingen penge|tør (ikke|ik)|truer|"
    r"i hemmelighed|aldrig)\b)",
    r"\b(tager|tog) (\w+ )?(penge )?(fra )?(mine|min|mit) (\w*penge|konto|kontoen|pension\w*)\b(?= (\w+ ){0,4}(som (vi har |det er )?"
    r"aftalt|det har vi aftalt|efter aftale)\b)",
    r"\bi (fifa|skak|ludo|kort|matador|uno|yatzy|fortnite|minecraft|call of duty|cod|among us|roblox|counter strike|cs|overwatch|"
    r"valorant|league|lol|playstation|ps5|xbox|wii|mario kart|\w*spil\w*) ((?!(men|når|bagefter|derefter|hvis|fordi|taber|tabte|sur|"
    r"vred|rasende|rigtigt|virkeligheden|alvor)\b)\w+ ){0,8}?(slår|slog|banker|bankede|tæver|tævede|dræber|dræbte|skyder|skød|"
    r"smadrer|smadrede|knuser|knuste) (mig|ham|hende|os|dem)\b(?! (\w+ ){0,3}(i virkeligheden|for alvor|rigtigt|med (knytnæven|"
    r"hånden|flad hånd|en)))",
    r"\b((min|mit|vores|hans|hendes|naboens|en|et) )?(hund|hunden|hvalp|hvalpen|kat|katten|killing|killingen|kanin|kaninen|marsvin|"
    r"marsvinet|hamster|hamsteren|hest|hesten|papegøje\w*|undulat\w*|fugl|fuglen|ged|geden|ko|koen|gris|grisen) (har |havde )?"
    r"(\w+ )?(drukket|drak|slugt|slugte|spist|spiste|fået|smagt på|ædt|åd) (\w+ ){0,3}(af )?(\w+ )?" + _CHEM20 + r"\b",
]


# (set 22) Staff and carers named by their role, and anyone close who can do harm.
_STAFF22 = (r"(personalet|\w*pædagog\w*|\w*kontaktperson\w*|kontakt person\w*|natvagt\w*|bostøtte\w*|hjemmehjælp\w*|hjælper\w*|hjemmeplejen|plejer\w*|nattevagt\w*|"
            r"aftenvagt\w*|dagvagt\w*|vikar\w*|medarbejder\w*|støtteperson\w*|socialrådgiver\w*|sosu\w*|assistent\w*|mentor\w*|"
            r"lærer\w*|lederen|chauffør\w*|sygeplejerske\w*|social- og sundhedsassistent\w*)")
_AGENT22 = (r"(han|hun|de|(min|mit|mine|hans|hendes|vores|en|den ene|en af) (nye |gamle |faste )?(" + _KIN[1:-1] + r"|"
            + _STAFF22[1:-1] + r"|eks\w*|ex\w*)|" + _STAFF22[1:-1] + r"|" + _KIN[1:-1] + r"|naboen|kæresten|manden|konen|nogen|"
            r"en eller anden|en fra \w+|en af (de andre|beboerne|personalet|dem))")
# Insults a carer would never say: not "for tyk" or "fed" (a doctor's or nurse's remark about weight).
_SLUR22 = (r"(idiot\w*|spasser\w*|spast\w*|mongol\w*|retard\w*|åndssvag\w*|evnesvag\w*|luder\w*|kælling\w*|møgkælling\w*|"
           r"mær|klaphat\w*|taber|taberen|lort|lortet|møgunge\w*|møgsvin|svin|svinet|dværg|krøbling\w*|dum|dumme|dumt|klam|klamme|"
           r"ulækker|ulækre|værdiløs|ubrugelig|fjols|tumpe|(?<=\ben )nar|tåbe|psykopat|sindssyg|skvat|hore|bitch|fucking \w+|dumme \w+|grim|grimme)")
_TEASE22 = (r"(?!.{0,60}(\b(for sjov|i sjov|drille\w*|driller|drillede|kærligt|humor|vi griner|vi grinede|griner begge|spøg\w*|"
            r"haha\w*|hehe\w*|lol)\b|😂|🤣|😆|😄))")
# Help the citizen asked for or agreed to ("for mig", "det har jeg bedt om").
_FOR_ME22 = (r"(for (mig|hende|ham)|(sammen )?med (mig|hende|ham)|hjælper|hjalp|hjælpe|betaler (mine|min|hendes|hans) (regning\w*|husleje)|til (mine|min|hendes|hans) "
             r"(regning\w*|husleje)|bedt (ham|hende|dem) om|bad (ham|hende|dem) om|aftal\w*|værge\w*)")
_ID22 = (r"(mitid|mit id|nemid|nem id|netbank\w*|bank|banken|bankkonto\w*|konto|kontoen|e-boks|eboks|borger\.dk|kodeapp\w*|"
         r"kodebrik\w*|kodeviser\w*|nøglekort\w*|pinkode\w*|kode|koden|kodeord\w*|adgangskode\w*|mobilepay|dankort\w*)")

# Games, sport and contests, anywhere in the message (read on the unmasked text).
_NOT_GAME22 = (r"^(?!.*\b(i (spillet|spil\w*|fortnite|minecraft|gta|fifa)|in (the )?game|på banen|af grin|en gang (i|om) (året|ugen)|"
               r"vinder|taber|win|lose)\b)")

SET22_ABUSE: list[str] = [
    # hair, ears or arm pulled or twisted by a carer or someone close ("bostøtten hiver i mit hår")
    r"\b" + _AGENT22 + r" (\w+ ){0,2}(hiver|hev|river|rev|trækker|trak|rykker|rykkede|flår|flåede|vrider|vred|niver|nev|klemmer|"
    r"klemte) (\w+ )?(((mig|hende|ham) )?(i|om) (mit|mine|min|hendes|hans|vores) (hår|håret|øre|øret|ører|ørerne|ørene|nakke|nakken|"
    r"fletning\w*|bryst\w*)|(mig|hende|ham) (i|om) (øret|ørerne|ørene|nakken|fletningen|fletningerne))\b"
    r"(?!.{0,50}\b(for sjov|leg|leger|legede|frisør\w*|fletter|flettede|reder|redte|børster|børstede|baby|på \w+ (år|måneder))\b)",
    # an arm or a hand: twisted or pinched, or pulled with a sign that it hurts or is against one's will
    r"\b" + _AGENT22 + r" (\w+ ){0,2}(river|rev|vrider|vred|niver|nev|flår|flåede) (\w+ )?((mig|hende|ham) )?(i|om) (mit|mine|min|"
    r"hendes|hans) (arm|armen|arme|armene|hånd|hånden|håndled\w*|fingre|fingrene)\b(?!.{0,50}\b(for sjov|leg|leger|legede|baby)\b)",
    r"\b" + _AGENT22 + r" (\w+ ){0,2}(hiver|hev|trækker|trak|rykker|rykkede|klemmer|klemte) (\w+ )?((mig|hende|ham) )?(i|om) (mit|"
    r"mine|min|hendes|hans) (arm|armen|arme|armene|hånd|hånden|håndled\w*|fingre|fingrene)\b.{0,60}\b(hårdt|så det gør ondt|gør "
    r"ondt|gjorde ondt|blå mærker|blåt|når (jeg|hun|han) (ikke vil|siger nej|nægter|græder)|selvom (jeg|hun|han)|råber|råbte|"
    r"skælder|skældte|vred|sur|som straf)\b",
    # an insult from a carer, said once is enough ("min kontaktperson siger jeg er en klam luder")
    r"\b(en |min |mit |vores |den ene |en af )?(nye |faste )?" + _STAFF22 + r" (\w+ ){0,2}?(kalder|kaldte|har kaldt|siger|sagde|"
    r"har sagt|råber|råbte|skriver|skrev|skældte mig ud og sagde) ((til mig|til hende|til ham|til (min|mit|vores) " + _KIN + r"|foran "
    r"(de andre|alle)) )?(at )?((jeg|du|hun|han) (er|var) |mig |hende |ham |os |(min|mit|vores) " + _KIN + r" )(en |et |så |sådan en |for en |bare en |sgu en |fucking )?(\w+ )?"
    + _SLUR22 + r"\b" + _TEASE22,
    # money "borrowed" by someone close and never paid back
    r"^(?!.*\bjeg (\w+ ){0,2}(betaler|betalte|har betalt|giver|gav|har givet) (\w+ ){0,2}aldrig\b)(?!.*\b(jeg|vi) (lånte|låner|har "
    r"lånt) (\w+ ){0,3}(af|fra) )"
    # the speaker's own money, a large sum, again and again, or pressure: not a friend who never pays back a coffee
    r"(?=.*\b(\d{3,}|\d+ tusind|tusind\w*|\w*tusinde|af mig|fra mig|af (min|mine) (penge|pension|opsparing)|skylder|"
    r"(to|tre|fire|flere|mange) gange|igen og igen|hver (måned|uge|gang)|bliver sur|blev sur|truer|truede|tør (ikke|ik)|"
    # (set 23) again and again, or the speaker left without money for food or rent
    r"hele tiden|(ikke|ik) (\w+ )?(råd|penge|nok) til (mad|maden|husleje\w*|regning\w*|medicin\w*)|(ikke|ik) til (mad|husleje))\b)"
    # not a loan from a bank or a lender ("min far lånte 5000 af banken")
    r".*?\b" + _AGENT22 + r" (\w+ ){0,3}?(låner|lånte|har lånt|havde lånt|lån|vil låne|skal låne)(?! (mig|os|dig) )"
    r"(?!( \w+){0,4}? (af|fra|i|hos) (banken|en bank|sin bank|\w+banken|sparekassen|kommunen|staten|et firma|kviklån\w*|"
    r"udbetaling danmark)\b)"
    r" (\w+ ){0,4}?(penge|pengene|\d+|kr|kroner|tusind\w*|\w*tusinde|en formue|af (min|mine|hendes|hans) (penge|pension|opsparing)|"
    r"af mig|af hende|af ham)\b.{0,80}?\b(aldrig|ikke en krone|ikke en øre|ingenting|intet) (\w+ ){0,3}?(tilbage|betalt|afdrag)\b",
    # someone else logs in with or uses the citizen's MitID, netbank or codes to move or take money
    _AGREED + r".*?\b" + _AGENT22 + r" (\w+ ){0,2}(logger|loggede|har logget|logget|går|gik|er gået) (\w+ )?(ind )?(på|med|i) "
    r"(min|mit|mine|hendes|hans) " + _ID22 + r"\b(?=.{0,80}\b(uden|flytter|flyttede|overfører|overførte|hæver|hævede|tager|tog|"
    r"låner|lånte|lån|køber|købte|bestiller|bestilte|penge|pengene|kr|kroner|når (han|hun|de) vil|hemmelig\w*|selvom|uden at "
    r"spørge)\b)(?!.{0,80}\b" + _FOR_ME22 + r"\b)",
    _AGREED + r".*?\b" + _AGENT22 + r" (\w+ ){0,2}(bruger|brugte|har brugt|har taget|tog|tager|har fået fat i|fik fat i|har fundet|"
    r"stjal|har stjålet) (\w+ )?(min|mit|mine|hendes|hans) (mitid|mit id|nemid|nem id|kodeapp\w*|kodebrik\w*|kodeviser\w*|"
    r"nøglekort\w*|pinkode\w*|kodeord\w*|adgangskode\w*)\b(?=.{0,80}\b(uden|flytter|flyttede|overfører|overførte|hæver|hævede|"
    r"låner|lånte|lån|køber|købte|bestiller|bestilte|penge|pengene|kr|kroner|når (han|hun|de) vil|hemmelig\w*|selvom|konto\w*)\b)"
    r"(?!.{0,80}\b" + _FOR_ME22 + r"\b)",
    # too much medicine given by a carer, or sleeping pills to keep someone quiet
    r"\b" + _AGENT22 + r" (\w+ ){0,2}(giver|gav|har givet|giv|putter|puttede|har puttet) (mig|hende|ham|os|beboerne|min \w+|mor|far) "
    r"(\w+ ){0,2}?(for mange|alt for mange|dobbelt|dobbelt så mange|dobbelt op|for meget|alt for meget|en dobbelt|tre gange|"
    r"flere gange for meget) (\w+ )?(piller|pillerne|medicin|medicinen|sovepiller|sovemedicin|tabletter|beroligende|dosis|doser|"
    r"insulin|morfin|smertestillende)\b(?!.{0,60}\b(det er fint|det var fint|er ok|tjekket|ingen fare|lægen (sagde|siger) (det|at))\b)",
    r"\b" + _AGENT22 + r" (\w+ ){0,2}(giver|gav|har givet|putter|puttede) (mig|hende|ham|os|beboerne|min \w+|mor|far) (\w+ ){0,2}?"
    r"(ekstra|flere|mere|en masse|nogle) (\w+ )?(piller|medicin|sovepiller|sovemedicin|tabletter|beroligende|sove\w*)\b.{0,40}\b(så "
    r"|for at )(jeg|hun|han|vi|de) (\w+ ){0,3}?(stille|kæft|mund|sover|sov|sove|tie|tier|tav|rolig|væk|(ikke|ik) (\w+ )?(larmer|larme|larmede|"
    r"ringer|ringe|ringede|forstyrrer|forstyrre|forstyrrede|brokker|brokke|brokkede|klager|klage|klagede|råber|råbe|råbte|vågner|"
    r"vågne|vågnede))\b",
    # a carer who borrows money from the citizen or has the citizen lend, give or buy for them
    r"\b(en |min |mit |vores |den ene |en af )?(nye |faste )?" + _STAFF22 + r" (\w+ ){0,2}?(vil have at|ville have at|beder (mig|hende|ham) "
    r"(om )?at|bad (mig|hende|ham) (om )?at|får (mig|hende|ham) til at|fik (mig|hende|ham) til at|siger (at )?(jeg|hun|han) skal|presser "
    r"(mig|hende|ham) til at) (jeg |hun |han )?(låner|låne|giver|give|betaler|betale|køber|købe) (hende|ham|dem) (\w+ )?(penge|\d+|kr|"
    r"kroner|cigaretter|smøger|tobak|øl|ting|mad)\b(?!.{0,30}\b(til (indkøb\w*|mad|maden|husleje\w*|regning\w*|medicin\w*|apotek\w*|"
    r"min \w+|mine \w+|mit \w+)|for mig|til mig|aftal\w*|kvittering\w*|byttepenge)\b)",
    r"\b(en |min |mit |vores |den ene |en af )?(nye |faste )?" + _STAFF22 + r" (\w+ ){0,2}?(låner|lånte|har lånt|vil låne|ville låne) "
    r"(\w+ ){0,2}?(penge|\d+|kr|kroner|\w*tusinde?) (af|fra) (mig|hende|ham|os|beboerne|borgerne|mor|far|min \w+)\b",
    # threats sent, and the phone or a profile taken to write to others as the citizen
    _NOT_GAME22 + r"(?!.*(\bhaha|\blol\b|😂|🤣|\bfor sjov\b)).*?"
    r"\b" + _AGENT22 + r" (\w+ ){0,2}(sender|sendte|har sendt|skriver|skrev|har skrevet|giver|gav|kommer med|kom med) (\w+ )?(mig|hende|"
    r"ham|os) (\w+ )?(trusler|trussel|dødstrusler|dødstrussel|truende (beskeder|sms\w*|breve))\b",
    # the same with the threats before the person ("min eks sender trusler til mig")
    _NOT_GAME22 + r"(?!.*(\bhaha|\blol\b|😂|🤣|\bfor sjov\b)).*?"
    r"\b" + _AGENT22 + r" (\w+ ){0,2}(sender|sendte|har sendt|skriver|skrev|har skrevet|kommer med|kom med) (\w+ )?(trusler|trussel|"
    r"dødstrusler|dødstrussel|truende (beskeder|sms\w*|breve)) (til|mod) (mig|hende|ham|os)\b",
    _AGREED + r".*?\b" + _AGENT22 + r" (\w+ ){0,2}(tager|tog|har taget|bruger|brugte|har brugt|låner|lånte|tager sig af) (min|mit|mine|"
    r"hendes|hans) (telefon|telefonen|mobil|mobilen|facebook|profil|snap\w*|insta\w*|messenger|computer|ipad)\b.{0,40}\b(skriver|skrev|"
    r"sender|sendte|poster|postede|svarer|svarede) (\w+ ){0,6}?(som (om (det var|det er) )?(mig|hende|ham)|i mit navn|i hendes navn|i "
    r"hans navn)\b(?!.{0,40}\b(for sjov|i sjov|haha\w*|hehe\w*|lol|drille\w*|driller|drillede)\b)",
]

SET22_SEX_IF: list[str] = [
    # sex demanded with a threat ("hun siger jeg skal have sex med hende ellers fortæller hun alle …")
    r"\b(siger|sagde|kræver|krævede|vil have|ville have|skriver|skrev) (at )?(jeg|hun|han) (skal|må) (have sex|sove|gå i seng|i seng|"
    r"røre|sende (nøgen)?billeder|klæde (mig|sig) af|tage tøjet af)\b.{0,60}\bellers\b",
]

SET22_SELF_HARM: list[str] = [
    # pills put away over weeks instead of taken ("gemt mine piller i en skuffe i flere uger"); not for a trip, in a
    # locked cupboard or out of others' reach
    r"^(?!.*\b(ferie\w*|rejse\w*|rejsen|turen|sommerhus\w*|skab\w*|låst\w*|aflåst\w*|doserings\w*|dosis\w*|pilleæske\w*|"
    r"så (ingen|andre|børnene|hunden)|for (børnene|ungerne|barnebarnet|børnebørnene|hunden))\b).*?"
    r"\b(gemt|gemmer|gemte|skjult|skjuler|skjulte|sparet|sparer|samlet|samler|lagt) (\w+ ){0,2}(\w*piller|\w*pillerne|tabletter|"
    r"tabletterne|medicin|medicinen|sovepiller\w*|panodil\w*|pamol\w*)\b.{0,40}\b(i flere uger|i ugevis|i månedsvis|i (\w+ )?uger|"
    r"i (\w+ )?måneder|i lang tid|hver dag i stedet)\b(?!.{0,40}\b(udløb\w*|apotek\w*|aflevere\w*|gamle|kassere\w*)\b)",
]

# Others' stories in the news, in a paper or online, told of a stranger ("jeg læste om en pige der var blevet
# voldtaget", "i nyhederne om en mand der blev slået ned"): not a disclosure.
SET22_EXCEPTIONS: list[str] = [
    r"\b((læste|læser|læst|hørte|hører|hørt|så|ser|set) (\w+ ){0,3}om|(nyhederne|nyheder|avisen|tv-avisen|tv avisen|artikel|"
    r"artiklen|radioen|facebook|nettet|tiktok|dr|tv2) (\w+ ){0,3}om) (en|et|to|tre|nogle|flere|den|det|de) (\w+ ){0,2}?(mand|"
    r"kvinde|pige|dreng|person|ung|unge|ældre|dame|fyr|barn|børn|borger|familie|mor|far|turist|politibetjent|sygeplejerske) "
    r"(der|som) (\w+ ){0,2}?(er|var|blev|bliver|har været|havde været) (blevet )?(\w+ )?(slået|voldtaget|dræbt|myrdet|overfaldet|"
    r"stukket|skudt|tævet|tæsket|banket|sparket|truet|misbrugt|krænket|bortført|kidnappet|udnyttet|røvet|forfulgt)\w*\b",
    # hearsay of a stranger or someone else's acquaintance, told in the passive ("min søster fortalte at hendes nabo var blevet
    # slået ned", "i avisen stod der at en ældre dame var blevet snydt"); not the speaker, a pronoun or "min/mit …"
    r"\b((fortalte|fortæller|fortalt|skrev|skriver|sagde|siger|hørte|hørt|læste|læst|så|set) (\w+ ){0,3}?at|(stod|står) der (\w+ ){0,3}?at) "
    r"(en|et|to|tre|nogle|flere|hendes|hans|deres|sin|sit) (\w+ ){0,3}?(er|var|blev|bliver|har været|havde været) (blevet )?(\w+ )?"
    r"(slået|voldtaget|dræbt|myrdet|overfaldet|stukket|skudt|tævet|tæsket|banket|sparket|truet|misbrugt|krænket|bortført|"
    r"kidnappet|udnyttet|røvet|forfulgt|snydt|svindlet|bestjålet|narret|franarret)\w*\b",
    # a carer giving the person's own medicine at its time ("personalet giver hende sin sovemedicin om aftenen så hun
    # sover hele natten"): care that works, unless missing, too much or a punishment is named anywhere
    r"^(?!.*\b(ikke|ik|aldrig|glemmer|glemte|glemt|travlt|for mange|for meget|alt for|dobbelt|ekstra|straf|stille|kæft|larmer|"
    r"ringer|vil|ville|tvinger|tvang)\b).*?\b(giver|gav|giv) (mig|hende|ham|os|beboerne|min \w+|mor|far) (sin|sine|sit|hendes|hans|"
    r"min|mine|mit) (\w+ )?(sove\w*|\w*medicin\w*|\w*piller|\w*tabletter|insulin\w*) (om (aftenen|morgenen|natten)|hver (aften|"
    r"morgen|dag|nat)|til (natten|aften|morgenmaden|aftensmaden))\b( (så|og) (hun|han|jeg|vi) (kan )?(sove|sover|sov)( godt)?( hele "
    r"natten)?)?",
    # an English card or money used for the citizen's shopping as agreed
    r"\b(takes?|took|uses?|used|keeps?|kept|holds?|held) (my|her|his) (bank ?card|card|money|cash)\b(?= (\w+ ){0,10}?(like |as )?(we (have )?agreed|agreed|"
    r"i asked (him|her|them)|she asked (him|her|them)|he asked (him|her|them))\b)",
    # not wanting to be here any more, said of a place one will move from ("jeg vil ikke være her mere, jeg vil flytte")
    r"\b(ikke|ik) (lyst til )?(at )?være her (mere|længere)\b(?=.{0,40}\b(flytte\w*|flytter|skifte\w*|et andet sted|andet bosted|hjem "
    r"til|ny lejlighed|nyt (sted|job|bosted)|ny skole)\b)",
    # the place named right after ("jeg vil ikke være her mere på værkstedet"), never "i denne verden"
    r"\b(ikke|ik) (lyst til )?(at )?være her (mere|længere) (på|i|hos) (\w+ )?(værksted\w*|\w*skole\w*|bosted\w*|botilbud\w*|job\w*|"
    r"arbejde\w*|afdeling\w*|klub\w*|\w*hold|holdet|klasse\w*|praktik\w*|firma\w*|butik\w*|kantine\w*|gruppe\w*|hospital\w*|"
    r"sygehus\w*|byen|kommune\w*|\w*center|\w*centret|\w*centeret|institution\w*)\b",
    # a phone taken as a joke; a wish to kill said as a joke over a small thing ("kunne have slået ham ihjel … haha")
    r"\b(tager|tog|taget|gemmer|gemte|skjuler|skjulte) (min|mit|hendes|hans) (telefon|mobil|computer|pc|ipad|nøgler|nøglerne) "
    r"(for sjov|i sjov|for at drille (mig|hende|ham))\b",
    r"\b(kunne|ku) (godt )?(have|ha) (slået|dræbt|kvalt|myrdet|kværket) (ham|hende|dem|ham ihjel|hende ihjel|dem ihjel)( ihjel)?\b"
    r"(?=.{0,60}(\bhaha\w*|\bhehe\w*|\blol\b|😂|🤣|\bså (sur|irriteret|gal)\b|\bda (han|hun|de) (spiste|tog|sagde|glemte|kom|drak|"
    r"brugte|ødelagde|smed)\b))",
    # someone taking their own keys or phone along when they go to work ("min mand tager nøglerne når han går på arbejde"):
    # not the citizen's things, and nothing the citizen then cannot do
    r"\b(tager|tog) ((?!(min|mit|mine|hendes)\b)\w+ )?(nøglerne|nøglen|bilnøglerne|bilnøglen|bilen|telefonen|mobilen|computeren)"
    r"( med)? (når|da|inden) (han|hun|de) (går|gik|kører|kørte|tager|tog) (på arbejde|på arbejdet|på job|til arbejde|på vagt|i skole|"
    r"hjemmefra|ud med hunden|til træning|til fodbold)\b(?!.{0,60}\b(så|og) (jeg|hun|han) (ikke|ik|aldrig)\b)",
    # an arm or a hand held or pulled to stop a fall or to help up, with nothing that hurts or scolds
    r"\b(holder|holdt|hiver|hev|trækker|trak|tager|tog|griber|greb) (fat i )?(mig|hende|ham) (fast )?(i|om|ved) (armen|armene|"
    r"hånden|trøjen|jakken)\b(?=.{0,40}\b(så (jeg|hun|han) (ikke|ik) (falder|faldt|vælter|væltede|snubler|snublede|glider|gled)|for "
    r"at (jeg|hun|han) (ikke|ik) (skal|skulle) (falde|vælte|snuble|glide)|da (jeg|hun|han) (var ved at|næsten) (falde|faldt|vælte|"
    r"væltede|snuble|snublede|glide|gled)|når (jeg|hun|han) (falder|vælter|snubler|glider|er ved at (falde|vælte|snuble|glide))|op (af|fra) (sengen|stolen|"
    r"gulvet|sofaen|toilettet|kørestolen))\b)(?!.{0,60}\b(hårdt|ondt|blå mærke\w*|blåt|råber|råbte|skælder|skældte|vred|sur|"
    r"straf)\b)",
    # a push or a bump in a queue or a crowd, said sorry for at once ("i skolen skubbede en dreng mig i køen, men han sagde
    # undskyld"): not a blow, and not when it happens again and again
    r"\b(skubbede|skubber|puffede|puffer|stødte|støder|ramte|rammer|trådte|træder) (\w+ ){0,4}?(mig|hende|ham)\b"
    r"(?=.{0,50}\b(sagde|siger|sagt|sige) (undskyld|sorry|beklager)\b)(?!.*\b(igen og igen|hver dag|hele tiden|altid|tit|ofte)\b)",
    # a scene from a film, series or game named after it ("han blev slået ned i en film jeg så"), not the speaker's own words
    r"\b((?!(men|og|jeg|mig|min|mit|mine|vi|os|vores)\b)\S+ ){1,12}(i|fra) (en |et |den |det )?(\w+ )?" + _MEDIA
    + r"( (som|der))?( (jeg|vi|hun|han|de) (så|ser|har set|havde set|spillede|spiller|læste|læser|hørte|hører))?(?= (og|men|i går|"
    r"i aftes|på (tv|netflix|dr|youtube))\b|$)",
]

# (set 22) Indifference to one's own death ("det gør ikke noget hvis jeg dør", "jeg er ligeglad om jeg vågner").
SET22_SUICIDE: list[str] = [
    _NOT_GAME22 + r".*?\b(det gør|gør det|det ville (ikke )?gøre|det betyder) (ikke|ik|intet|ingenting)( noget| så meget)?( for mig)? "
    r"(hvis|om) jeg (dør|døde|ikke vågner|aldrig vågner|ikke vågner op|aldrig vågner op|forsvinder|ikke lever)\b"
    r"(?!( (til|på|fra|hos|ved|et|en|med|af|lidt|næsten|indeni|indvendigt)\b| i (?!(morgen|nat|aften)\b)))",
    _NOT_GAME22 + r".*?\bligeglad (med )?(om|hvis) jeg (så )?(dør|døde|lever|vågner|overlever|er i live)\b"
    r"(?! (tidligt|sent|til|før|kl|klokken|i tide|om morgenen|af|på)\b)",
    _NOT_GAME22 + r".*?\b(i )?(don'?t|dont|do not) (even )?care (if|whether) i (die|live|wake up|don'?t wake up|dont wake up)\b"
    r"(?! (late|early|on time|in time|before|at|for|of|laughing)\b)",
    _NOT_GAME22 + r".*?\b(it )?(doesn'?t|doesnt|does not|wouldn'?t|wouldnt|would not) matter (if|whether) i (die|died|never wake up|"
    r"don'?t wake up|dont wake up|didn'?t wake up|didnt wake up)\b(?! (\w+ )?(in|at|on|until|till|before|after)\b)",
]

# (set 22) A stroke or heart sign with a second sign the stroke rules do not pair: a crooked face and no words at all
# ("skæv i ansigtet og kan ikke tale"), one side numb with the heart racing or chest pain.
# not speech that is only poor or a lasting after-effect ("kan ikke tale så godt efter hjerneblødningen")
_NO_WORDS22 = (r"((kan|kunne) (pludselig |slet |næsten )?(ikke|ik) (tale|snakke|sige noget|sige et ord|svare|få et ord frem))"
               r"(?! (så godt|så tydeligt|så hurtigt|særlig \w+|ordentligt|rigtigt|tydeligt|godt|helt|med|om|i telefon\w*|foran)\b)")
_LASTING22 = (r"^(?!.*\befter (\w+ )?(hjerneblødningen|blodproppen|hjerneskaden|apopleksien|ulykken|operationen|skaden|"
              r"hjernerystelsen)\b)")
_CHEST22 = (r"(ondt i brystet|smerter i brystet|trykken i brystet|trykker i brystet|knugen i brystet|hjertet (\w+ )?(hamrer|hamrede|"
            r"banker vildt|galopperer|springer|stikker)|(mit|hans|hendes) hjerte (\w+ )?(hamrer|hamrede|galopperer|banker vildt)|"
            r"(kan|kunne) (ikke|ik) få (luft|vejret))")
SET22_DANGER: list[str] = [
    _LASTING22 + _NOT_STROKE19 + r".*?\b" + _FACE19 + r"\b.{0,60}\b" + _NO_WORDS22 + r"\b",
    _LASTING22 + _NOT_STROKE19 + r".*?\b" + _NO_WORDS22 + r"\b.{0,60}\b" + _FACE19 + r"\b",
    _LASTING22 + _NOT_STROKE19 + r".*?\b" + _LIMB19 + r"\b.{0,90}\b" + _CHEST22 + r"\b",
    _LASTING22 + _NOT_STROKE19 + r".*?\b" + _CHEST22 + r"\b.{0,90}\b" + _LIMB19 + r"\b",
]

# (set 22) English disclosures the English list lacks: cutting or burning oneself, sex forced or pressed for, money or
# ID used by someone, people who moved in and took over the home.
_ACCIDENT22 = (r"(?!.{0,40}\b(on (a|the|some|my)|by accident|by mistake|accidentally|(while )?(cooking|shaving|making|chopping|cutting|"
               r"ironing|baking|gardening)|"
               r"knife slipped|in the kitchen|at work|playing|fell|falling|gym)\b)")
SET22_SELF_HARM_EN: list[str] = [
    r"\bi('ve| have|'m| am| was)? ?(\w+ )?(cut|cutting|burn|burned|burnt|burning|scratch|scratched|scratching|carve|carved|carving|"
    r"punch|punched|hit|starve|starved|starving) (myself|my (arm|arms|wrist|wrists|thigh|thighs|leg|legs|skin|stomach|belly))\b"
    + _ACCIDENT22,
    r"\bi('ve| have)? ?cut (again|last night|yesterday|today|tonight|every (day|night)|more|deeper)\b",
    r"\b(i|i'?ve|i have|been|started|keep|still) (\w+ )?self[- ]?harm\w*\b",
    r"\bmake (myself|me) (throw up|vomit|sick)\b(?!.{0,30}\b(laugh|food poisoning)\b)",
]
SET22_ABUSE_EN: list[str] = [
    r"\b(forces?|forced|forcing|makes?|made|pressures?|pressured|pressuring|pushes|pushed|pushing) (me|her|him) (to |into )?"
    r"(have sex|having sex|sleep with|sleeping with|do sexual|do things|sexual|send (nudes|naked|pictures)|touch (him|her)|"
    r"watch porn)\b",
    r"^(?!.*\b(as agreed|i asked|we agreed|like we agreed|agreed|for me|to pay (my|the)|to buy (my|me)|shopping for me|guardian|support worker)\b).*?"
    r"\b(he|she|they|my \w+|carer|staff|someone) (\w+ )?(takes?|took|has taken|steals?|stole|has stolen|uses?|used|spends?|spent|"
    r"keeps?|kept) (all )?(of )?(my|her|his) (money|pension|benefits|wages|salary|savings|bank ?card|card|pin|mitid|nemid|"
    r"bank account)\b",
    r"\b(threatens?|threatened|threatening) (me|her|him|us|to (kill|hurt|hit|beat|harm|burn|throw me out|kick me out))\b",
    r"^(?!.*\b(as agreed|i asked|we agreed|like we agreed|agreed|for me|to pay (my|the))\b).*?\b(he|she|they|my \w+|carer|staff|"
    r"someone) (\w+ )?(takes?|took|has taken|steals?|stole|has stolen) (\w+ )?(money|cash|notes) (out of|from) (my|her|his) "
    r"(wallet|purse|account|bank account|bag|room|drawer)\b",
    r"\b(sends?|sending|sent|keeps sending) (me|her|him) (\w+ )?(pictures|pics|photos|videos|snaps) of (his|her) (dick|penis|cock|"
    r"private parts|genitals|naked body|body)\b|\bdick ?pics?\b",
    r"\b(locks?|locked|locking) (me|her|him) (in|up|inside)\b(?!.{0,30}\b(as agreed|we agreed|by mistake|accident\w*)\b)",
]
# Dealers or "friends" who moved into the citizen's home, and the citizen dare not or may not say so.
SET22_EXPLOIT: list[str] = [
    r"\b(de|nogle|nogen|fyrene|drengene|nogle fyre|nogle drenge|nogle (af )?(\w+ )?(venner|fyre|drenge)|(min|mine) (\w+ )?(venner|"
    r"ven|kammerater|kammerat)|\w+ fra \w+|han|hun) (\w+ ){0,4}?(bor|sover|holder til|sælger|pusher|deler|gemmer|har|bruger) (\w+ ){0,3}"
    r"(i|fra) (min|mit) (lejlighed|lejligheden|hus|huset|værelse|værelset|hjem|stue|stuen)\b.{0,70}\b((jeg )?(tør|turde|kan|kunne|må|"
    # not "kan ikke sige nej til min søn", "kan ikke gå i bad når hun er der", "ellers ville jeg ikke klare det"
    r"får) (ikke|ik) (\w+ ){0,2}(sige (nej|noget|fra)(?! til (min|mit|mine|hans|hendes|\w+s|fest\w*)\b)|bede (dem|ham|hende)|smide "
    r"(dem|ham|hende)|få (dem|ham|hende) (ud|væk|til at (gå|flytte|smutte))|bestemme|være (i fred|hjemme|mig selv))|truer|truede|"
    r"bange for (dem|ham|hende)|ellers(?! ((jeg|han|hun|vi|de|det) )?(ville|vil|er|var|har|havde|kan|kunne|går|gik|bor|boede|hygger|fint|godt)\b)|tvinger|"
    r"tvang|kan (ikke|ik) få (dem|ham|hende) ud)\b",
    r"\b(de|nogle|nogen|han|hun|fyrene|drengene|nogle (\w+ )?(fyre|drenge|mænd)( fra \w+)?|(min|mine) (\w+ )?(venner|kammerater)) "
    r"(\w+ )?(har overtaget|overtog|overtager) (min|mit) (lejlighed|lejligheden|hus|huset|hjem|værelse)\b",
    r"\b(de|nogle|nogen|han|hun|fyrene|drengene|(min|mine) (\w+ )?(venner|kammerater)) (\w+ )?(bruger|brugte|har brugt|har overtaget|"
    r"overtog|overtager|har taget) (min|mit) (lejlighed|lejligheden|hus|huset|hjem|værelse|kælder|adresse)\b (\w+ )?(til at (sælge|pushe|"
    r"gemme|opbevare|pakke|dele|lave) (\w+ )?(stoffer|hash|kokain|narko|piller|ting|varer|våben|pakker)|som (lager|base|pusherhule))\b",
]


# (set 23) Insults by staff, carers and family said in English ("the staff call me stupid", "my carer says i'm useless"),
# and in Danish by "de voksne" or "de ansatte" at the home; a chokehold ("tog kvelertag på mig", "grabbed my throat");
# an account emptied by someone else.
_STAFF_EN23 = (r"(staff|staff members?|carers?|care workers?|caregivers?|support workers?|key workers?|nurses?|helpers?|home helps?|"
               r"aides?|teachers?|social workers?|workers|night staff|pedagogues?|counsellors?|therapists?|manager|boss|"
               r"supervisor|dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|husband|boyfriend|girlfriend|wife|"
               r"brother|sister|son|daughter|partner|uncle|aunt|grandson|granddaughter)")
_AGENT_EN23 = (r"(([Tt]he|[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Aa]|[Oo]ne of the|[Ss]ome of the|[Aa]ll the) (new |night |day |main |old )?"
               + _STAFF_EN23 + r"|[Ss]taff|[Tt]hey|[Hh]e|[Ss]he)")
_SLUR_EN23 = (r"((?:stupid|idiot\w*|retard\w*|useless|worthless|dumb|moron\w*|imbecile\w*|disgusting|pathetic|ugly|freak|loser|"
              r"waste of space|spastic|spaz|spazz|psycho|cripple|crippled|mong|mongo|slut|whore|bitch|fat pig|pig|filthy|"
              r"smelly|crybaby|brat|scum|trash|garbage|piece of shit|good for nothing|thick|burden|nutcase|weirdo)"
              # (set 24) not dirt from an outing ("filthy after the mud run") or a thick skin ("thick skinned")
              r"(?<!\bthick)(?<!\bfilthy)(?<!\bsmelly)"
              # nor an enthusiast's "neat freak", "fitness freak", "control freak"
              r"(?<!\bneat freak)(?<!\bclean freak)(?<!\btidy freak)(?<!\bfitness freak)(?<!\bhealth freak)(?<!\bgym freak)"
              r"(?<!\bcontrol freak)(?<!\bfood freak)(?<!\bmusic freak)(?<!\bspeed freak)(?<!\bcar freak)"
              r"|thick(?![- ]?skin)|(?:filthy|smelly)(?! (after|from)\b))")
_TEASE_EN23 = (r"(?!.{0,60}(\b(as a joke|joking|jokes|jokingly|for fun|teas\w*|lol|haha\w*|hehe\w*|we (both )?laugh\w*|laughing|"
               r"kidding|banter|nickname|affectionate\w*|lovingly|in the (game|movie|film|show|book))\b|😂|🤣|😆|😄))")
_STAFF_DA23 = (r"(de voksne|voksne|de ansatte|ansatte|\w*lederen|\w*terapeut\w*|vagten|vagterne|personale|portøren|"
               r"buschaufføren|taxachaufføren|kokken)")
_NOT_HOLD_SPORT23 = (r"(?!.{0,60}\b(judo|brydning|brydes|bryder|karate|kampsport|mma|jiu\w*|træning\w*|for sjov|i sjov|leg|leger|"
                     r"legede|wrestling|film\w*|serie\w*)\b)")

SET23_ABUSE_EN: list[str] = [
    # called a name ("the staff keep calling me an idiot", "my carer calls him a retard")
    r"\b" + _AGENT_EN23 + r" ((at|in|from|on) (the|my|our|his|her) \w+ )?(\w+ ){0,2}?(call|calls|called|calling|have called|has called|name|"
    r"names|named) (me|her|him|us|them|"
    r"[Mm]y \w+) (a |an |such a |so |the |that |a fucking |fucking |a stupid |a little |a bloody )?(\w+ )?" + _SLUR_EN23 + r"\b"
    + _TEASE_EN23,
    # told what one is ("my carer says i'm useless", "staff told my son he is disgusting")
    r"\b" + _AGENT_EN23 + r" (\w+ ){0,2}?(says?|said|tells?|told|yells?|yelled|shouts?|shouted|screams?|screamed|writes?|wrote) "
    r"(to )?(me |her |him |us |[Mm]y \w+ |everyone |the others )?(that )?(i'?m|im|i am|i was|she'?s|she is|she was|he'?s|he is|"
    r"he was|you'?re|youre|you are|we'?re|we are|they are) (?!not |never |no )(a |an |such a |so |just a |nothing but a |only a |"
    r"a fucking |fucking |really |too |a useless |a stupid )?(\w+ )?" + _SLUR_EN23 + r"\b"
    r"(?! (to|for) (worry|think|be (worried|scared|afraid))\b)(?! (at|with|about)\b)" + _TEASE_EN23,
    # the throat grabbed or squeezed ("he grabbed my throat", "put his hands around her neck")
    r"\b(grabbed|grabs|grab|grabbing|squeezed|squeezes|squeezing|choked|chokes|choking|throttled|throttles|clutched|clutches) "
    r"(me |her |him )?(by )?(the |my |her |his )(throat|neck)\b(?! (pillow|brace|warmer|cushion|scarf|chain|strap|massager)\b)"
    r"(?!.{0,60}\b(hug\w*|massag\w*|scarf|necklace|kiss\w*|cuddl\w*|tie|collar|game|movie|film|match|wrestling|judo|joke|joking)\b)",
    r"\b(hands?|fingers|arm|arms) (tight )?(around|round|on|at) (my|her|his) (throat|neck)\b"
    r"(?!.{0,60}\b(hug\w*|massag\w*|scarf|necklace|kiss\w*|cuddl\w*|tie|collar|game|movie|film|match|wrestling|judo|joke|joking)\b)",
]

# Names that hurt said once by family, a partner or a carer (not "dum" or "klam", which also tease): "min mand kalder mig
# en fed ko", "far siger jeg er en spasser". A name in a game or in jest, or denied ("ikke en taber"), stays quiet. The
# text is folded, so "ko" and "so" are also "kø" and "sø" ("jeg er i kø").
_SLUR_STRONG23 = (r"(idiot\w*|spasser\w*|spast\w*|mongol\w*|retard\w*|åndssvag\w*|evnesvag\w*|luder\w*|kælling\w*|"
                  r"møgkælling\w*|hore|(?<!\bi )(?<!\btil )(?<!\bpå )(ko|so)|møgunge\w*|møgsvin|svin|krøbling\w*|værdiløs|ubrugelig|"
                  r"(?<!dårlig )(?<!god )taber|skuffelse|"
                  r"klaphat\w*|psykopat|bitch)")
_NOT_JEST23 = (r"(?!.{0,60}\b(til|i|med) (\w+ )?(\w*spil\w*|fifa|fortnite|minecraft|ludo|kort|skak|matador|fodbold\w*|banko)\b)"
               r"(?!.{0,40}\b(til (at|noget|det)|når (vi|jeg) (spiller|taber|vinder))\b)")
# Money borrowed again and again by someone close, and the speaker left without money for food or rent (without "aldrig
# ... tilbage"): "min nevø låner penge hver uge og jeg har ikke råd til husleje"
_AGAIN23 = r"(hver (uge|måned|dag|gang|fredag|weekend)|hele tiden|igen og igen|tit|ofte|altid|blevet ved med at|bliver ved med at)"
_SHORT23 = (r"((jeg (\w+ )?(har |havde |kan |kunne )?|(har|havde|kan|kunne) jeg )(ikke|ik|aldrig|ingen) (\w+ )?(råd|penge( nok)?|nok|"
            r"til|betale) (\w+ )?(til )?(mad|maden|husleje\w*|regning\w*|medicin\w*|min (husleje|mad|medicin))|jeg mangler "
            r"penge til (mad|husleje\w*|regning\w*|medicin\w*))")

SET23_ABUSE: list[str] = [
    # a name said once by family, a partner or a carer ("min bror kalder mig en klam luder", "mor siger jeg er en taber")
    r"\b" + _TEASE22 + _NOT_JEST23 + _AGENT22 + r" (\w+ ){0,2}?(kalder|kaldte|har kaldt|kaldt) (\w+ ){0,2}?(mig|hende|ham|os) "
    r"(\w+ ){0,2}?(for )?(en |et |sådan en |bare en )?(\w+ ){0,2}?" + _SLUR_STRONG23 + r"\b",
    r"\b" + _TEASE22 + _NOT_JEST23 + _AGENT22 + r" (\w+ ){0,2}?(siger|sagde|har sagt|råber|råbte|skriger|skreg) ((til|om) mig )?"
    r"(at )?jeg (er|var) (?!(\w+ ){0,2}(ikke|ik|aldrig|ingen)\b)(en |et |sådan en |bare en |så )?(\w+ ){0,2}?"
    + _SLUR_STRONG23 + r"\b",
    # money borrowed again and again, and nothing left for food or rent
    _AGREED + r"(?=.*\b" + _AGAIN23 + r"\b)(?=.*\b" + _SHORT23 + r"\b)(?!.*\b(jeg|vi) (\w+ )?(lånte|låner|har lånt) (\w+ ){0,3}(af|fra) )"
    r".*?\b" + _AGENT22 + r" (\w+ ){0,3}?(låner|lånte|har lånt|låne)(?! (mig|os|dig) )"
    r"(?!( \w+){0,4}? (af|fra|i|hos) (banken|en bank|sin bank|\w+banken|sparekassen|kommunen|staten|kviklån\w*)\b)"
    r" (\w+ ){0,4}?(penge|pengene|\d+|kr|kroner|tusind\w*)\b",
    # an insult from "de voksne" or "de ansatte" at a home or a workplace ("de voksne på bostedet siger jeg er en idiot")
    r"\b" + _STAFF_DA23 + r"( (på|i|fra|hos) (\w+ ){0,1}\w+)? (\w+ ){0,2}?(kalder|kaldte|har kaldt|siger|sagde|har sagt|råber|"
    r"råbte|skriver|skrev) ((til mig|til hende|til ham|foran (de andre|alle)) )?(at )?((jeg|du|hun|han) (er|var) |mig |hende |"
    r"ham |os )(en |et |så |sådan en |for en |bare en |sgu en |fucking )?(\w+ )?" + _SLUR22 + r"\b" + _TEASE22,
    # a chokehold ("han tog kvelertag på mig", "min mor fik kvelertag af sin kæreste")
    r"\b(tog|tager|tar|taget|giver|gav|givet|har) (\w+ ){0,2}?kvelertag (på|om) (mig|hende|ham|os|min \w+|mit \w+|mor|far)\b"
    + _NOT_HOLD_SPORT23,
    r"\b(fik|får|fået|har fået) (et )?kvelertag (af|fra) \w+" + _NOT_HOLD_SPORT23,
    r"\b(gav|giver|givet|har givet) (mig|hende|ham|os|min \w+|mit \w+|mor|far) (et )?kvelertag\b" + _NOT_HOLD_SPORT23,
    # an account emptied by someone else ("min nabo har lånt mit dankort og tømt kontoen"); not "vores opsparing"
    _AGREED + r".*?\b" + _AGENT22 + r" (\w+ ){0,8}?(tømt|tømte|tømmer|tømme|har tømt) (min |mit |mine |hendes |hans |mors |fars )?"
    # not the agent's own or a shared purse ("mor tømmer sin pung for mønter", "vi tømte vores opsparing til en bil")
    r"(?!(sin|sit|sine|vores|deres|jeres|egen|egne|fælles)\b)(\w+ )?(konto|kontoen|\w*kontoen|\w*konto|opsparing\w*|netbank\w*|"
    r"sparegris\w*|(?<=(min|mit|ans|des|ors|ars) )(pung|pungen|tegnebog\w*))\b"
    r"(?!.{0,60}\b" + _FOR_ME22 + r"\b)(?!.{0,40}\b(til (en|et|ferie\w*|bil\w*|hus\w*|bryllup\w*|rejse\w*)|for at (købe|betale))\b)",
]

# Look-alikes the older rules flagged: hair pulled in sport or play, a chest pain after sport, a face numb after the
# dentist's anaesthetic, a tight hug around the neck, a hand or an arm held so one does not get lost or fall, a scene
# from an English film.
_PULL23 = r"(trak|hev|rev|hiver|trækker|river|rykkede|rykker|hevet|trukket)"
_NO_HURT23 = (r"(?!.{0,60}\b(hårdt|ondt|græd|græder|blod|bløde\w*|med vilje|igen og igen|hver (dag|gang)|straf|truede|truer|"
              r"mobb\w*|sur|vred|skreg|skælder|skældte)\b)")
_SPORT23 = (r"(håndbold\w*|fodbold\w*|basketbold\w*|basket|\w*kampen|\w*kamp|træning\w*|banen|leg|legede|leger|tagfat|fangeleg|"
            r"brydes|for sjov|i sjov|da vi var små|som børn|som små)")
_CHEST_SPORT23 = (r"(fodbold\w*|håndbold\w*|løb|løbet|løbeturen|løbetur\w*|træning\w*|træningen|fitness\w*|styrketræning\w*|"
                  r"\w*kampen|\w*kamp|cykeltur\w*|cykling|svømning\w*|crossfit|spinning|badminton|tennis|padel\w*|"
                  r"bænkpres\w*|armbøjning\w*|håndstand\w*)")
_NO_CHEST_SIGN23 = (r"(?!.{0,80}\b(svimmel|svimmelhed|sveder|koldsved|kvalme|besvim\w*|armen|venstre arm|kæben|ryggen|kan (ikke|ik) "
                    r"få (luft|vejret)|åndenød|værre|stråler|trykken|112|ambulance\w*|hjertet|stadig)\b)")
_NO_STROKE_SIGN23 = (r"(?!.{0,80}\b(arm|armen|ben|benet|tale|snakke|snøvler|svimmel|forvirret|falder|faldt|112|stadig|"
                     r"næste dag|dagen efter)\b)")
SET23_EXCEPTIONS: list[str] = [
    r"(?<!pædagogen )(?<!personalet )(?<!træneren )(?<!læreren )(?<!plejeren )\b" + _PULL23 + r" (mig|hende|ham|hinanden) "
    r"(\w+ ){0,2}i (håret|fletningen|fletningerne|hestehalen)\b(?=.{0,50}\b" + _SPORT23 + r"\b)" + _NO_HURT23,
    r"\b(i|til|under) (\w+ )?" + _SPORT23 + r" (\w+ ){0,4}?" + _PULL23 + r" (mig|hende|ham|hinanden) (\w+ ){0,2}i (håret|"
    r"fletningen|fletningerne|hestehalen)\b" + _NO_HURT23,
    r"\b(ondt|smerter|jag|trykken|trykker|stik|stikken) i brystet (\w+ ){0,3}?(efter|under|til|siden|fra) (\w+ ){0,2}?"
    + _CHEST_SPORT23 + r"\b" + _NO_CHEST_SIGN23,
    r"\b(efter|under|til) (\w+ ){0,2}?" + _CHEST_SPORT23 + r" (\w+ ){0,5}?(ondt|smerter|jag|stik) i brystet\b" + _NO_CHEST_SIGN23,
    r"\b(ondt|smerter) i brystet\b(?=.{0,60}\b(musklerne|en muskel|forstrækning|forstrakt|(lægen|læge) (sagde|siger|har sagt) "
    r"(at )?(det|det er|det var) (ufarligt|musklerne|ikke farligt|ikke hjertet))\b)",
    r"\b(ansigt|ansigtet|mund|munden|mundvig\w*|læbe|læben|læberne|kind|kinden|tunge|tungen) (\w+ ){0,3}?(skæv|skævt|skæve|"
    r"hænger|hang|slap|slapt|lam|lamt|følelsesløs\w*|sovet|sover|død|trukket skævt)\b(?=.{0,40}\b(bedøvelse\w*|tandlæge\w*|"
    r"lokalbedøv\w*|bedøvet|tandlægen|tandlægebesøg\w*)\b)" + _NO_STROKE_SIGN23,
    r"\bskæv i (hele )?(ansigtet|munden)\b(?=.{0,40}\b(bedøvelse\w*|tandlæge\w*|lokalbedøv\w*|bedøvet)\b)" + _NO_STROKE_SIGN23,
    r"\b(holder|holdt|tager|tog|klemmer|klemte|knuger|knugede) (mig|hende|ham) (\w+ ){0,2}(om|ved) halsen\b(?=.{0,30}\b(kram\w*|"
    r"knus\w*|omfavn\w*)\b)(?!.{0,60}\b(luft|vejret|ondt|blå|mærke\w*|bange|slap (ikke|ik)|ville (ikke|ik)|sagde nej|græd\w*)\b)",
    r"\b(holder|holdt|tager|tog|griber|greb) (fat i )?(mig|hende|ham) (fast |godt |hårdt )?(i|om|ved|under) (armen|armene|hånden|"
    r"hænderne)\b(?=.{0,50}\b(så (jeg|hun|han) (ikke|ik) (bliver|blev|blive|farer|for|løber|løb|går|gik) (væk|vild|tabt)|på (isen|"
    r"glatføret|trappen|trapperne|stierne|fortovet)|over (vejen|gaden)|i (trafikken|trængslen|mængden|byen|tivoli))\b)"
    r"(?!.{0,60}\b(ondt|blå mærke\w*|blåt|råber|råbte|skælder|skældte|vred|sur|straf|slap (ikke|ik)|ville (ikke|ik) give slip)\b)",
    r"\b(holder|holdt|tager|tog) (mig|hende|ham) under armen(e)?\b(?!.{0,60}\b(ondt|blå mærke\w*|blåt|råber|råbte|skælder|"
    r"skældte|vred|sur|straf|hårdt|slap (ikke|ik))\b)",
    # no reason to go on with a class, a team or a course one quits, or because a job has come
    r"\b(stopper|stoppe|stoppet|stoppede|dropper|droppe|droppet|droppede|holder op|slutter|sluttede|melder mig ud|meldt mig ud) "
    r"((på|i|med|af|fra) )?(\w+ )?(hold\w*|\w*holdet|\w*skole\w*|\w*kurs\w*|\w*uddannelse\w*|\w*klub\w*|kor|koret|forening\w*|"
    r"praktik\w*|værksted\w*|\w*gruppe\w*|\w*træning\w*)\b.{0,30}\b(ingen|ikke nogen) (grund|mening) (til|med) at (fortsætte|"
    r"blive ved)\b(?!.{0,40}\b(leve|livet|dø|orker|mere med noget)\b)",
    r"\b(ingen|ikke nogen) (grund|mening) (til|med) at (fortsætte|blive ved) (\w+ ){0,2}(når|nu|for|fordi) (hvor )?(jeg|hun|han) "
    r"(har |nu har )?(fået|får|begynder|starter|skal starte|skal begynde) (\w+ )?(på )?(arbejde|job|uddannelse\w*|\w*skole\w*|"
    r"praktik\w*|\w*kursus)\b",
    # a scene in an English film or book, up to the speaker's own words
    r"\b(movie|film|show|series|episode|book|game|documentary|video|cartoon)\b (\w+ ){0,3}?(where|about|in which) "
    r"((?!(and|but|my|me|i|i'?m|now|then)\b)\S+ ){1,6}",
]

# (set 23) No reason to go on with life itself ("ingen grund til at fortsætte med livet", "ingen mening med at blive ved
# med at leve"): the older pattern stops at "med" so that a class or a hobby stays quiet.
SET23_SUICIDE: list[str] = [
    r"\b(ingen|(ikke|ik) (\w+ )?nogen|ikke noget|hvad er) (grund|mening|pointe|formål) (til|med|i|ved) at (fortsætte|blive ved|gå "
    r"videre|kæmpe videre|holde ud) (med )?(at )?(leve|livet|mit liv|sit liv|det her liv|være her|eksistere|være til|trække "
    r"vejret)\b",
]


# (set 24) A hurtful remark told by the one who heard it: "min søn sagde jeg er en byrde", "my son told me i am a
# burden" is a name said by family or staff (abuse), not the speaker's own thought of being a burden (suicide).
_SAY24 = (r"(siger|sagde|har sagt|sagt|råber|råbte|skriver|skrev|mener|synes|syntes|fortæller|fortalte|kalder|kaldte|har kaldt|"
          r"says?|said|tells?|told|keeps? (telling|saying|calling)|kept (telling|saying|calling)|calls?|called|yells?|yelled|"
          r"screams?|screamed|shouts?|shouted)")
_BURDEN24 = (r"(byrde|belastning|klods om benet|klamp om benet|sten om halsen|til (besvær|last|ulejlighed)|burden)")
_TOLD_BURDEN24 = (r"\b(" + _AGENT22 + r"|" + _AGENT_EN23 + r") (\w+ ){0,2}?" + _SAY24 + r" ((til|om) (mig|hende|ham) |me |her |him )?"
                  r"(\w+ ){0,2}?(at |that )?(jeg|du|hun|han|mig|hende|ham|i'?m|im|i am|i was|you'?re|youre|you are|she'?s|"
                  r"she is|he'?s|he is|me|her|him) (er |var |bare er |is |was |are )?(\w+ ){0,2}?(en |et |a |an )?"
                  + _BURDEN24 + r"\b")
# the same said as a name, not denied ("hun siger jeg ikke er en byrde" is kind)
_NAMED_BURDEN24 = _TOLD_BURDEN24.replace(r"(\w+ ){0,2}?(en |et |a |an )?", r"(?!(\w+ ){0,2}?(ikke|ik|aldrig|not|never|no)\b)"
                                         r"(\w+ ){0,2}?(en |et |a |an )?", 1)


_WISH_UNBORN24 = (r"\b(hun|han|de|" + _AGENT22[1:-1] + r") (\w+ ){0,2}?(ville ønske|ville ønske at|ønsker|ønskede|har ønsket) "
                  r"(at )?(jeg|du) (aldrig|ikke) (var|havde|er|blev|havde været|var blevet) (blevet )?født\b")


def _not_told24(patterns: list[str]) -> list[str]:
    """The burden patterns of the suicide group, kept quiet when the burden is someone else's words (see _TOLD_BURDEN24);
    the abuse group reads those (SET24_ABUSE, SET23_ABUSE_EN). Other suicide words in the message still count."""
    # also a burden "for his teacher" with the one who said it after ("min søn er en byrde for sin lærer, siger hun")
    guard = (r"^(?!.*" + _TOLD_BURDEN24 + r")(?!.*\ber (\w+ )?(en |et )?" + _BURDEN24 + r" for (sin|sine|hans|hendes|deres) "
             r"(\w*lærer\w*|pædagog\w*|klasse\w*|chef\w*|kolleg\w*|træner\w*|hold\w*)\b.{0,20}\b" + _SAY24 + r"\b).*?")
    # a parent's wish that the speaker was never born is theirs, not the speaker's ("hun ville ønske jeg ikke var født")
    unborn = r"^(?!.*" + _WISH_UNBORN24 + r").*?"
    return [guard + r"(?:" + p + r")" if re.search(r"byrde|burden|_BURDEN|klods om|til \(?besvær", p)
            else unborn + r"(?:" + p + r")" if re.search(r"født", p) else p
            for p in patterns]


SET24_ABUSE: list[str] = [
    # a burden, a ruined life, a child one regrets: said by family or staff ("mor siger jeg er en byrde for familien")
    r"\b" + _TEASE22 + _NAMED_BURDEN24,
    r"\b" + _TEASE22 + _AGENT22 + r" (\w+ ){0,2}?(siger|sagde|har sagt|råber|råbte|skriver|skrev) ((til|om) mig )?(\w+ ){0,2}?"
    r"(at )?(jeg|du) (har )?(ødelagt|ødelægger|ødelagde|smadret) (hendes|hans|deres|hele (hendes|hans|deres)|familiens) liv\b",
    r"\b" + _AGENT22 + r" (\w+ ){0,2}?(fortryder|fortrød|har fortrudt) (at )?(hun|han|de) (fik|har fået|fødte|adopterede) (mig|os)\b",
    _WISH_UNBORN24,
    # a partner's or family's use of the shared savings, with a sign that it was not agreed
    r"\b" + _AGENT22 + r" (\w+ ){0,3}?(tømt|tømte|tømmer|har tømt|brugt|brugte|bruger|har brugt|hævet|hævede|taget|tog) "
    r"(\w+ ){0,2}?(vores|vores fælles) (\w+ )?(opsparing\w*|konto|kontoen|fælleskonto\w*|sparepenge|penge)\b"
    r"(?=.{0,60}\b(uden at (spørge|sige|fortælle)|bag min ryg|i smug|og er (skredet|smuttet|rejst)|og (skred|smuttede|forsvandt)|på "
    r"(spil|spillemaskine\w*|kasino\w*|hash|stoffer|druk|sprut|bajere)|nu (er der|har (jeg|vi)) (ingen|ikke|ik) (penge|råd|\w+ til))\b)"
    # not money moved on together ("… vi flytter dem til en anden bank")
    r"(?!.{0,100}\b(flytter|flyttede|flyttet|overfører|overførte|overført|sætter|satte) (dem|pengene|det)\b|.{0,100}\b(anden|ny|nye) "
    r"(bank|konto)\b)",
]

SET24_ABUSE.extend([
    # afraid of a parent or partner who drinks or rages ("når min far er fuld bliver jeg bange og gemmer mig under sengen")
    r"\b(" + _AGENT22 + r") (\w+ )?(er|bliver|var|blev|kommer hjem) (\w+ )?(fuld|stiv|beruset|påvirket|skæv|vred|rasende)\b(?! af\b)"
    r"(?!.{0,80}\b(leg|lege|leger|legede|skjul|gemmeleg|gemmeleg\w*|sjov|sjovt)\b).{0,50}\b(bange(?! for at)|gemmer (jeg )?(mig|os)|gemte (jeg )?(mig|os)|tør (jeg )?(ikke|ik)(?! (se|kigge|høre|spørge om) (\w+ )?"
    r"(kamp\w*|slutning\w*|resultat\w*|film\w*|tv|fjernsyn\w*|nyhed\w*))|løber (jeg )?(væk|ud)|skal vi gemme os)\b"
    r"(?!.{0,30}\b(for at (han|hun) (falder|kører|bliver syg)|for (hans|hendes) skyld)\b)",
])

SET24_SELF_HARM: list[str] = [
    # cutting told with "snitte" and the body part ("jeg har snittet i mine ben igen")
    r"\b(snittet|snitter|snittede|snitte|cuttet|cutter|cuttede|ridset|ridser|ridsede) (\w+ )?(i|på) ((mine|min|mit|sine|sin|sit|"
    r"egne|mig selv i|sig selv i) (\w+ )?|(?=(armene|benene|lårene|håndleddene|huden)\b))(arme?|armene|ben|benene|lår|lårene|håndled\w*|hud|huden|mave|maven|krop|kroppen|"
    r"underarm\w*|hænder|hænderne|ankler)\b",
]

SET24_ABUSE_EN: list[str] = [
    r"\b" + _AGENT_EN23 + r" (\w+ ){0,2}?" + _SAY24 + r" (me |her |him )?(that )?(i|she|he|you) (ruined|ruin|ruins|destroyed|"
    r"wrecked|spoiled) (her|his|their|everyone'?s|the family'?s) (life|lives)\b",
    r"\b" + _AGENT_EN23 + r" (\w+ ){0,2}?(regrets?|regretted|wishes|wished) (having|ever having|that (she|he|they) (had|never had)) "
    r"(me|us)\b",
    # pushed or thrown against a thing or down the stairs ("my boyfriend pushed me down the stairs but its fine now")
    r"\b" + _AGENT_EN23 + r" (\w+ ){0,2}?(pushed|pushes|pushing|shoved|threw|throws|slammed|slams|dragged|drags|kicked) (me|her|him) "
    r"(down|into|against|onto|off|across|out of|to) (the |a |my |our |her |his )?(stairs|steps|staircase|wall|floor|ground|door|"
    r"table|bed|car|road|street|window|fridge|radiator|cupboard|furniture|house|flat)\b(?!.{0,40}\b(game|match|pool|snow|joke|"
    r"joking|for fun|playing|lol|haha)\b)",
    # an account or the savings emptied by someone else ("my partner emptied our savings and left")
    r"\b" + _AGENT_EN23 + r"(?! and (i|me)\b) (\w+ ){0,2}?(emptied|drained|cleaned out|cleared out|took (all|everything)( the money)? "
    r"(out of|from)|spent (all|everything) (in|of|from)|stole (all|everything) (from|in)|stole) (my|our|her|his|the|mum'?s|dad'?s) "
    r"(\w+ )?(account|savings|bank account|pension|money|card|wallet)\b(?!.{0,40}\b(for (a|the|our)|to (pay|buy)|on (a|the|our)"
    r"( new)? (house|car|wedding|holiday|trip|kitchen|roof)|as (we )?agreed|we agreed|i asked)\b)",
]

# (set 24) No reason to be here at all ("der er ingen grund til at være her", "hvorfor skulle jeg blive ved"), and a
# passive wish told as an accident it would not matter to have ("det ville ikke gøre noget hvis bussen kørte ind i mig").
SET24_SUICIDE: list[str] = [
    r"\b(ingen|(ikke|ik) (\w+ )?nogen|ikke noget|hvad er) (grund|mening|pointe|formål) (til|med|i|ved) at (være her|være til|"
    r"leve|eksistere|være i live|vågne( op)?( om morgenen| hver dag)?|stå op( om morgenen| hver dag)?)\b(?!( om morgenen| hver dag)? (i (dag|aften|morgen|weekenden|"
    r"ferien|sommer\w*)|på \w+|til \w+|når|hvis|før|efter|uden)\b)(?!.{0,40}\b(klub\w*|kor|koret|holdet|kursus\w*|skole\w*|"
    r"arbejde\w*|møde\w*|fest\w*|lukket|aflyst)\b)",
    r"\bhvorfor (skulle|skal) jeg (overhovedet )?(fortsætte|blive ved|være her|kæmpe videre|holde ud)\b"
    r"(?! med at (?!(leve|være (her|til|i live)|eksistere|kæmpe|holde ud|trække vejret|vågne|stå op)\b))(?! (sådan|så|med|på|i|til|hos) "
    r"(\w+ )?(\w*hold\w*|\w*skole\w*|\w*kurs\w*|\w*klub\w*|kor|koret|arbejde\w*|job\w*|forening\w*|træning\w*|\w*uddannelse\w*))",
    r"\b((ville|vil|gør|gjorde|ku|kunne) (ikke|ik|ikk)|(ikke|ik|ikk) (ville|vil|gør|gjorde|ku|kunne)) (\w+ )?(gøre (noget|så meget)|være så (slemt|galt)|være det værste|betyde noget|"
    r"gøre mig noget)\b (\w+ )?(hvis|om) (\w+ ){0,4}?((kørte|kører) (\w+ )?((ind i|over|ned) mig|mig (ned|over))|(ramte|rammer|påkørte|påkører) (\w+ )?mig)\b",
    r"\b((ville|vil|gør|gjorde|ku|kunne) (ikke|ik|ikk)|(ikke|ik|ikk) (ville|vil|gør|gjorde|ku|kunne)) (\w+ )?(gøre (noget|så meget)|være så (slemt|galt)|være det værste|betyde noget|"
    r"gøre mig noget)\b (\w+ )?(hvis|om) jeg (bare )?(blev|bliver) (kørt (ned|over)|ramt|påkørt|syg og døde)\b",
]

SET24_SUICIDE.extend([
    # had enough of life ("jeg har fået nok af livet")
    r"\b(fået|får|fik) (\w+ )?nok af (livet|at leve|mit liv|det her liv|at være til|at være her)\b(?! (i|på|som|med|hos|ude|inde|uden|på landet)\b)",
])

SET24_SELF_HARM_MORE: list[str] = [
    # not eating because one is "for fed" ("jeg spiser ikke for jeg er for fed, jeg har tabt 15 kilo")
    r"\b(spiser|spist) (ikke|ik|næsten ikke|ingenting|ikke noget|næsten ingenting)\b(?! (for sent|efter|om aftenen|brød|slik|kage|sukker))"
    r".{0,30}\b(for|fordi|da) (jeg|hun|han) (er|føler (mig|sig)"
    r"|synes (jeg|hun|han) er) (alt )?(for |så |meget )?(fed|tyk|stor|klam)\b(?! (til|i (maven|tøjet|bukserne)|efter)\b)",
]

SET24_DANGER: list[str] = [
    # an allergic reaction now: a swelling throat or tongue, no air
    r"\b(allergisk|allergi\w*|anafylak\w*|epipen\w*|nødder|jordnød\w*|hvepsestik|bistik)\b.{0,80}\b(hals|halsen|tunge|tungen|læber|"
    r"læberne|ansigt|ansigtet|svælg\w*) (?!(var|blev|havde) )(\w+ )?(hæver|hævet|hæver op|svulmer|er ved at lukke|lukker (sig )?(til|sammen)|"
    r"snører sig sammen)\b(?!.{0,40}\b(sidste (år|gang|uge|måned|sommer)|dengang|engang|som barn|for \w+ (år|måneder|uger) siden)\b)",
    r"\b(allergisk|allergi\w*|anafylak\w*|nødder|jordnød\w*|hvepsestik|bistik)\b.{0,80}\bkan (ikke|ik) (trække vejret|få luft|synke)\b",
    r"\b(allergisk|allergi\w*|anafylak\w*|epipen\w*|nødder|jordnød\w*|hvepsestik|bistik)\b.{0,80}\b(hæver|svulmer) (\w+ )?(op )?"
    r"(min|mit|hans|hendes|hele) (hals|halsen|tunge|tungen|læber|læberne|ansigt|ansigtet|svælg\w*)\b",
    # the swelling told first ("min tunge hæver op efter jeg spiste nødder")
    r"\b(hals|halsen|tunge|tungen|læber|læberne|svælg\w*) (hæver|svulmer|er ved at lukke|lukker (sig )?(til|sammen)|snører sig sammen)\b"
    r".{0,50}\b(allergisk|allergi\w*|anafylak\w*|nødder|jordnød\w*|hvepsestik|bistik|stukket af en (hveps|bi))\b",
]

SET24_ABUSE.extend([
    # things given for a kiss or touch ("manden på bostedet giver mig cigaretter hvis jeg kysser ham")
    r"\b(giver|gav|betaler|betalte|køber|købte|lover|lovede) (mig|hende|ham) (\w+ ){0,3}?(hvis|når|for at|så længe) (jeg|hun|han) "
    r"(\w+ )?(kysser|kyssede|(rører|rørte) (ved )?(ham|hende|mig|hans|hendes|den|tissemand\w*|pik\w*|bryst\w*|numse\w*|"
    r"skridt\w*)|(viser|viste) (\w+ )?(sin|sine|min|mine|hans|hendes|mig|sig) (\w+ )?(krop\w*|bryst\w*|tissemand\w*|tissekone\w*|"
    r"numse\w*|trusser|underbukser|nøgen|frem|bar)|sutter|sover med|sov med|tager tøjet af|tog tøjet af|sidder på (hans|hendes) skød|"
    r"går i seng med|sender (billeder|nøgenbilleder))\b(?!.{0,25}\b(farvel|godnat|godmorgen|på kinden|på panden|tak)\b)",
    # staff sedating one to keep one quiet ("de giver mig ekstra beroligende så jeg holder mig i ro")
    r"\b(giver|gav|giver os|putter) (mig|hende|ham|os|beboerne|far|mor) (\w+ )?(ekstra|mere|flere|for meget|for mange|dobbelt) (\w+ )?"
    r"(beroligende|sovepiller|sovemedicin|piller|medicin|stesolid|nozinan|zyprexa|haldol)\b.{0,40}\bså (jeg|hun|han|vi|de) "
    r"(holder (mig|sig|os) i ro|er (stille|rolig\w*)|bliver (stille|rolig\w*)|ikke (larmer|forstyrrer|brokker|ringer)|sover)\b"
    r"(?!.{0,60}\b(om natten|lægen|lægens|ordineret|aftalt|aftale)\b)",
])

# (set 24) Too little food or drink where one is cared for, with hunger or thirst as the sign ("mormor siger hun får for lidt
# mad på plejehjemmet og er sulten hele tiden"); not a diet or a fast one chose.
_FED24 = (r"(får|fik|fået|giver|gav|givet) (\w+ ){0,2}?(for lidt|ikke nok|alt for lidt|næsten ingen|næsten ikke noget|kun lidt) "
          r"(mad|at spise|at drikke|vand|drikke|væske|morgenmad|aftensmad|middagsmad)")
_HUNGRY24 = (r"(sulten|sultne|sulter|tørstig|tørstige|tørster|tabt sig|taber sig|tabt \d+ kilo|udhungret|hun er tør|han er tør)")
_NOT_DIET24 = (r"(?!.*\b(slankekur\w*|diæt\w*|kur|faste|faster|fastende|operation\w*|blodprøve\w*|ramadan|vægttab\w*|"
               r"fodbold\w*|træning\w*|kamp\w*|løb\w*|turen|vandretur\w*|cykeltur\w*|festival\w*|sport\w*|kantine\w*|"
               r"restaurant\w*|buffet\w*)\b)")
SET24_NEGLECT: list[str] = [
    # food kept back as a punishment ("jeg fik ikke lov at spise aftensmad fordi jeg sagde nej til min stedmor")
    r"\b(fik|får|fået|har fået) (jeg |hun |han )?(ikke|ik|aldrig) lov (til )?at (spise|drikke|få (mad|noget at spise|aftensmad|"
    r"morgenmad|frokost|vand|noget at drikke))\b(?! (\w+ )?(slik|kage|kager|is|dessert|chips|sodavand|cola|kaffe|øl|vin|alkohol|mere|"
    r"flødebolle\w*|chokolade|snacks)\b).{0,60}\b(fordi|da|for|efter|når) (jeg|hun|han) (\w+ )?(sagde|siger|svarede|var|er|"
    r"havde|ville|gjorde|glemte|kom|grinede|græd)\b",
    r"^" + _NOT_DIET24 + r".*?\b" + _FED24 + r"\b.{0,60}\b" + _HUNGRY24 + r"\b",
    r"^" + _NOT_DIET24 + r".*?\b" + _HUNGRY24 + r"\b.{0,60}\b" + _FED24 + r"\b",
]

# (set 24) A flat tyre is no blow ("jeg fik en flad dæk på cyklen").
SET24_EXCEPTIONS: list[str] = [
    # a push in play ("han skubbede mig lidt for sjov i køen"), unless it threw one down or hurt
    r"\b(skubbede|skubber|skubbet|puffede|puffer|puffet|dyttede|dytter) (mig|hende|ham|os) (\w+ )?(for sjov|i sjov|for at drille)\b"
    r"(?!.{0,40}\b(ned|ind i|hårdt|ondt|faldt|omkuld|væltede|slog|græd)\b)",
    # a burden only when asking for help with a task, in English (as the Danish "når jeg beder om hjælp")
    r"\b(feel|felt|feeling|am|i'?m) (like )?(a |such a )?burden when (i|she|he) (ask|asks|need|needs|have to ask|has to ask|call|"
    r"calls)\b(?!.*\b(die|dead|better off|end it|kill|disappear|gone)\b)",
    # vitamins and the morning tablets taken
    r"\b(tog|tager|taget|har taget|slugte) (alle )?(mine|sine|hans|hendes) (vitamin\w*|kosttilskud\w*|fiskeolie\w*|morgenpiller|"
    r"morgenmedicin|d-vitamin\w*|jernpiller|kalktabletter)\b",
    # a sport or a pastime one stops ("jeg stopper med svømning, der er ingen grund til at fortsætte når hallen lukker")
    r"\b(stopper|stoppe|stoppet|stoppede|dropper|droppe|droppet|droppede|holder op|slutter|sluttede|melder mig ud|melde mig ud|"
    r"meldt mig ud) ((på|i|med|af|fra|til) )?(\w+ )?(\w+ning|svømning|løb|yoga|pilates|dans\w*|sang|musik\w*|\w*sport|\w*bold|"
    r"\w*træning|\w*kursus|\w*klubben|\w*klub|\w*foreningen|golf|tennis|padel|badminton|ridning|spejder\w*|kor|koret|\w*holdet)\b"
    r".{0,30}\b(ingen|ikke nogen) (grund|mening) (til|med) at (fortsætte|blive ved)\b(?!.{0,40}\b(leve|livet|dø|orker|mere med noget)\b)",
    r"\b(fik|får|fået|har) (\w+ )?(en )?flad (dæk\w*|cykel\w*|hjul\w*|batteri\w*|bagdæk\w*|fordæk\w*|tire|tyre)\b",
    # no reason to go on once the place closes or the teacher has left ("ingen grund til at fortsætte når svømmehallen lukker")
    r"\b(ingen|(ikke|ik) (\w+ )?nogen) (grund|mening) (til|med) at (fortsætte|blive ved)\b (når|nu|efter|fordi|hvis) (\w+ ){0,2}?"
    r"(\w*hal\w*|\w*hold\w*|\w*klub\w*|\w*kursus|kurset|\w*skole\w*|\w*forening\w*|\w*træner\w*|\w*lærer\w*|makker\w*|koret|"
    r"kor|stedet|butikken|caféen|cafeen) (\w+ )?(lukker|lukkede|er lukket|stopper|er stoppet|holder op|er holdt op|flytter|er flyttet|"
    r"er væk|forsvinder|går på pension)\b(?!.{0,40}\b(leve|livet|dø|død|orker|mere med noget|være her)\b)",
]

# (set 24) More ways to tell it: driving over the edge, thinking about jumping, something stupid against oneself, more
# pills than allowed so as not to feel; a blow received with the subject after the verb, breasts grabbed, a stepfather
# coming into the bathroom to look, an uncle in one's bed as a child, a forced marriage, "dum som en dør" from a carer,
# someone following one home; a knife under the pillow, someone trying to get in; not turned in bed, kept in bed when
# one needs the toilet.
SET24_SUICIDE.extend([
    r"\b(køre|kører|kørte|hoppe|hopper|springe|springer|kaste mig|styrte mig) (\w+ )?ud over (broen|kanten|klinten|en bro|"
    r"skrænten|kajen|havnekajen|rækværket|altanen)\b"
    # not a jump at the pool or the lake ("vi hopper ud over kanten af poolen")
    r"(?!.{0,40}\b(pool\w*|bassin\w*|badebassin\w*|trampolin\w*|svømme\w*|bade|bader|badede|badetøj|dykke\w*|vandet|søen)\b)"
    # not a drive across a bridge to somewhere ("vi kørte ud over broen til Fyn og fiskede")
    r"(?<!\bbroen)(?<!\ben bro)|\b(hoppe|hopper|springe|springer|kaste mig|styrte mig) (\w+ )?ud over (broen|en bro)\b"
    r"|\b(køre|kører|kørte) (\w+ )?ud over (broen|en bro)\b(?!.{0,40}\b(til|mod|hjem|og (fisk\w*|bade\w*|handle\w*|spise\w*|"
    r"besøge\w*|tilbage)|for at|fiske\w*|sommerhus\w*|stranden|ferie\w*|familie\w*)\b)",
])
# (the English ones sit in the groups of their kind, so the answer names the right help: Livslinien or Lev Uden Vold)
SET24_ENGLISH: list[str] = []
SET24_SUICIDE.append(
    r"\b(thinking|thought|think|thinks) (a lot )?(about|of) (jumping|hanging (myself|herself|himself)|drowning myself|overdosing)\b"
    # not "jumping ship", "jumping to conclusions", "jumping through hoops", "jumping for joy", "jumping up and down"
    r"(?! (in|into|on|off|over|at|from|rope|the queue|ship|to|through|for|up|around|back|out|down|with|the gun)\b)")
SET24_ABUSE_EN.append(
    r"\b(someone|somebody|a man|a guy|a woman|he|she|they|my ex|his ex|her ex) (is |has been |keeps |kept |was |have been )?"
    r"(following|follows|followed|stalking|stalks|stalked) (me|her|him) (home|around|everywhere|to (work|school)|every)\b"
    # not help or a pet ("she is following me around the shop to help")
    r"(?!.{0,40}\b(help|helps|helping|helped|shop|store|supermarket|puppy|dog|cat|like a|to learn|learning|training|make sure|"
    r"safe|safely)\b)")
SET24_SELF_HARM.extend([
    r"\b(gør|gøre|gjort|gjorde) (\w+ )?(noget dumt|noget farligt|dumme ting) (mod|ved) (mig|sig) selv\b",
    r"\b(tager|tog|spiser|spiste|har taget) (\w+ )?(flere|mere|for mange|ekstra|alt for mange) (af )?(mine |sine |hendes |hans )?(piller|"
    r"tabletter|medicin|sovepiller|smertepiller)\b.{0,40}\b(end (jeg|hun|han) må|end lægen (siger|har sagt)|så (jeg|hun|han) (kan )?"
    r"(ikke|ik) (mærker|mærke|føler|føle)|for (ikke|ik) at (mærke|føle))\b"
    r"(?<!\bmå)(?<!\bsagt)(?<!\bsiger)|\b(tager|tog|spiser|spiste|har taget) (\w+ )?(flere|mere|for mange|ekstra|alt for mange) (af )?"
    r"(mine |sine |hendes |hans )?(piller|tabletter|medicin|sovepiller|smertepiller)\b.{0,40}\b(end (jeg|hun|han) må|end lægen "
    r"(siger|har sagt))\b(?!.{0,40}\b(ondt|smerte\w*|hovedpine|migræne|feber|lægen|læge|vitamin\w*|d-vitamin\w*|kosttilskud\w*|"
    r"fiskeolie\w*|jern\w*|magnesium)\b)",
])
SET24_ABUSE.extend([
    # a blow told with the subject after the verb ("i går fik min mor en flad")
    r"\b(fik|får|har fået) (min|mit|mine|hans|hendes) \w+ (tæsk|en lussing|en flad(?! (dæk\w*|cykel\w*|hjul\w*|batteri\w*|"
    r"bagdæk\w*|fordæk\w*|slange\w*))|klø|bank|en knytnæve|et spark|en skalle)\b"
    r"(?! (af|fra) (bølge\w*|vand\w*|bold\w*|døren|en gren)\b)",
    # breasts, bottom or crotch grabbed
    r"\b(tager|tog|griber|greb|klemmer|klemte|nusser|nussede|befamler|befamlede|rører|rørte) (fat )?(i|ved|på|om) (mine|min|mit|hendes|"
    r"hans) (bryster|bryst|numse|numsen|røv|røven|skridt|skridtet|tissemand|tissekone|balder)\b(?!.{0,40}\b(lægen|undersøg\w*|"
    r"scanning|mammografi\w*|sygeplejersken|amning|ammer)\b)",
    # coming into the bathroom or the bed to look or lie down
    r"\b" + _AGENT22 + r" (\w+ )?(kommer|går|kom|gik|kravler|kravlede) ind (i badet|på badeværelset|i bruseren|på toilettet) "
    r"(\w+ ){0,5}?(og )?(kigger|kiggede|glor|glorede|ser på mig|filmer|filmede|tager billeder|tog billeder)\b(?! (efter|i (skabet|skuffen|spejlet))\b)",
    r"\b(?!((min|mit|vores|hans|hendes|den|en) )?(lille |yngste |mindste )?(søn|datter|pige|dreng|barn|baby|\w*barn|hund|kat)\b)"
    # a partner or a sibling at night is no sign by itself ("min søster kom ind i min seng om natten, og vi så film")
    r"(?!((min|mit|vores|hans|hendes)( \w+)? )?(kæreste|mand|kone|samlever|partner|søster|bror|lillebror|storebror|lillesøster|"
    r"storesøster|tvilling\w*)\b(?!.{0,80}\b(da (jeg|hun|han) var (lille|barn|\d+|\w+ år)|som barn|ville (ikke|ik)|sagde nej|rørte|"
    r"tog på)\b))"
    + _AGENT22 + r" (\w+ )?(kom|kommer|kravlede|kravler|lagde sig|lægger sig) (ind )?(i|under) (min|hendes|hans) (seng|dyne)\b"
    r"(?=.{0,60}\b(da (jeg|hun|han) var (lille|barn|\d+|\w+ år)|om natten|som barn|ville (ikke|ik)|sagde nej|rørte|tog på)\b)"
    # not comfort after a nightmare, nor a small child who comes to a parent's bed ("min søn kravler ind i min seng om natten")
    r"(?!.{0,80}\b(mareridt|trøste\w*|trøst|tryg|trygt|trygge|bange for mørket|tordenvejr|hyggede|hygge|putte\w*|godnat\w*)\b)",
    # a forced marriage
    r"\b(tvangsægteskab\w*|tvangsgift\w*)\b",
    r"\b(vil have|bestemt|bestemmer|tvinger|presser) (\w+ )?(at )?(jeg|mig|hende|ham) (skal )?(til at )?gift(er|e|es) (mig |sig )?"
    r"(med )?.{0,60}\b(må (ikke|ik)|kan (ikke|ik)|tør (ikke|ik)|ellers|sige nej|vil (ikke|ik)(?! (endnu|lige nu|helt endnu|før)\b))\b",
    # "dum som en dør" from a carer or family
    r"\b" + _AGENT22 + r" (\w+ ){0,3}?(siger|sagde|kalder|kaldte|råber|råbte) (\w+ ){0,3}?(dum som (en|et) \w+|hjernedød|retarderet)\b",
])
SET24_DANGER.extend([
    r"\b(sover|ligger|har) (med )?(en |et |min |mit )?(kniv|kniven|saks|hammer|økse|våben|baseballbat|jernstang|kølle) under "
    r"(puden|hovedpuden|sengen|dynen|madrassen)\b",
    r"\bsover (med )?(en |et |min |mit )?(kniv|kniven|saks|hammer|økse|våben|baseballbat|jernstang|kølle) (i|ved) "
    r"(sengen|dynen|madrassen)\b",
    r"\b(nogen|en mand|en fyr|en fremmed|en person|nogle|to mænd|en kvinde) (\w+ ){0,2}?(der )?(prøver|forsøger|vil|er ved) (at )?"
    r"(komme|bryde|trænge) ind\b(?!.{0,40}\b(på (holdet|listen|uddannelse\w*|skolen|kurset)|i (klubben|foreningen))\b)"
    r"(?<!\bvil komme ind)(?! (i|på) (?!(min|mit|mine|vores|hans|hendes|lejlighed\w*|huset|hjemmet|værelset|stuen|"
    r"soveværelset|badeværelset|bilen|lejligheden)\b)\w+)",
])
SET24_NEGLECT.extend([
    r"\b(ikke|ik) (blevet (vendt|vender|vende)\b(?! (mig|sig|os)\b)|(vendt|vender|vende) (mig|ham|hende|far|mor|farmor|mormor|"
    r"morfar|farfar|min \w+|beboer\w*)\b(?! til\b)).{0,40}\b(sår|liggesår|i (\w+ )?(dage|døgn|timer)|siden)\b",
    r"\bmå (ikke|ik) (stå op|komme op|gå på (toilettet|wc)|tisse|komme ud af sengen)\b"
    # bed rest after an operation, with a bedpan
    r"(?!.{0,80}\b(operation\w*|opereret|kolbe\w*|bækken\w*|sengeleje|narkose\w*)\b).{0,60}\b(selvom|selv om|når|og) (jeg|hun|han) "
    r"(\w+ )?(skal|må|trænger til|har brug for) (at )?(tisse|på toilettet|på wc|tisse af|skide)\b",
])

# (set 25) Despair said flatly, with no word of death: life over "for mig", nothing left to fight for, all given up, no
# hope left, no point in anything ("livet er slut for mig", "jeg har opgivet alt", "jeg har intet håb tilbage", "hvad er
# meningen med livet", "there's no point anymore"). Not a loss tied to a thing or a condition ("mit liv er slut hvis de
# lukker klubben", "jeg har opgivet håbet om en lejlighed", "ikke noget at stå op til i ferien").
_NOT_TIED25 = r"(?! (\w+ ){0,2}?(hvis|når|uden|som|med|om|på|til|i|for at)\b)"
# "alt" / "alting" as the whole object, not the start of a thing ("opgivet alt slik", "træt af alt det sne")
_ALL25 = (r"(alt|alting)(?= (og|nu|jeg|hun|han|der|så|fordi|da|mere|længere|sammen|men|efter|hvad|helt|totalt|bare|"
          r"ligesom|ikke|ik|det (er|var|giver|gør|nytter|hjælper))\b|$)")
SET25_SUICIDE: list[str] = [
    r"\b(livet|mit liv) (er|føles) (\w+ )?(slut|forbi|ovre|spildt) (for mig|for mit vedkommende|nu)\b" + _NOT_TIED25,
    r"\bfor mig er (livet|mit liv) (\w+ )?(slut|forbi|ovre|spildt)\b" + _NOT_TIED25,
    # one's own death by one's own hand with the subject first ("jeg slår mig ihjel", "så hun slog sig ihjel"); "slår han mig
    # ihjel" is a threat by another (the abuse group)
    r"\b(jeg (\w+ )?(slår|slog|slå|slået|dræber|dræbe|dræbte) mig|(hun|han) (\w+ )?(slår|slog|slå|slået|dræber|dræbe|dræbte) sig) "
    # not killed in an accident ("han slog sig ihjel på motorcyklen", "… i en trafikulykke")
    r"(selv )?ihjel\b(?!.{0,40}\b(\w*ulykke\w*|på (\w+ )?(\w*cykel\w*|\w*cyklen|knallert\w*|trappe\w*|isen|vejen|stigen)|"
    r"i (bilen|trafikken|en \w*bil)|faldt|faldet|styrtede|kørte galt)\b)",
    r"\b(ikke (noget|mere|længere|noget mere)|intet|ingenting|ikke noget som helst) (tilbage )?at (kæmpe|stå op|vågne op|"
    r"håbe) (for|på|til)\b(?! (\w+ ){0,2}?(i (dag|morgen|weekend\w*|ferie\w*|aften)|på (arbejde\w*|job\w*|skole\w*)|når|hvis|med|om|for at)\b)",
    # the subject left out at the start of a chat line ("har opgivet alt")
    r"(^|\b(jeg|hun|han) )(har|er) (\w+ )?(opgivet|givet op på) (" + _ALL25 + r"|det hele|mig selv|sig selv|livet|at leve|mit liv|"
    r"fremtiden)\b" + _NOT_TIED25,
    r"\b(jeg|hun|han) (har|har nu) (intet|ikke (noget|mere|længere)|ingen) (\w+ )?håb( mere| tilbage| længere| for fremtiden| for mig)?\b"
    r"(?!( mere| tilbage| længere)? (om|for at|til|på|med)\b)(?! for (\w+ ){0,2}?(\w*hold\w*|\w*kamp\w*|sæson\w*|vejret|\w*eksamen\w*|\w*prøve\w*|lotto|"
    r"\w*spil\w*|i år)\b)",
    r"\b(mistet|tabt|opgivet) (alt|al|hvert|ethvert|hele) (\w+ )?håb\b(?! (om|for at|til|på|med)\b)",
    r"\bhvad er (meningen|pointen|formålet) (overhovedet )?med (livet|at leve|mit liv|det her liv|at være til|noget som helst|"
    r"alting|noget af det|det hele(?=( mere| længere| overhovedet)?$))\b",
    r"\b(livet|mit liv|alting|alt|det hele) (er|føles) (\w+ )?(meningsløst|meningsløs|håbløst|håbløs)\b" + _NOT_TIED25,
    # tired of everything, then the question with nothing after it ("jeg er så træt af alt hvad er meningen")
    r"\b(træt af (" + _ALL25 + r"|det hele|livet|at leve)|(orker (ikke|ik) (mere|noget)|kan (ikke|ik) mere)(?! (med|i|på|til|over|af)\b))\b.{0,40}\bhvad er (så |nu )?"
    r"(meningen|pointen|formålet)( (overhovedet|med det|med noget|med det hele))?$",
    r"\b(ligeglad|lige meget|ligegyldigt|skide være med) (\w+ )?(med )?hvad der sker med (mig|hende|ham)\b(?! (\w+ ){0,2}?(til|på|i|når|hvis|efter|ved|under|om)\b)",
    r"\b(gider|orker|vil|kan) (ikke|ik) (mere |længere )?(passe på|tage vare på|tage mig af|tage sig af) (mig|sig) selv\b"
    r"(?!( mere| længere)? (når|hvis|efter|uden|i|på|til)\b)(?=.{0,60}\b(mere|længere|lige meget|ligegyldigt|ligeglad|ingen grund|meningen)\b)",
    r"\b(holdt op|stoppet|stoppede|holder op) med at (passe på|tage vare på|tage mig af|tage sig af|spise og drikke) (mig|sig)? ?"
    r"(selv)?\b(?=.{0,60}\b(lige meget|ligegyldigt|ligeglad|ingen grund|meningen|orker|gider)\b)",
    # the same in English
    r"\b(there'?s|theres|there is|i see|i feel like (there'?s|theres|there is)) no point (anymore|any more|in (anything|living|life|"
    r"going on|being here|trying anymore)|to (anything|life|living))\b",
    r"\bwhat'?s the point (of|in) (anything|living|life|it all|going on|being here)\b",
    r"\bmy life is (over|done|finished|pointless|worthless)\b(?! (if|when|without)\b)",
    r"\bi (have|'?ve) (no|lost all) hope( left| anymore| any more)?\b(?! (of|for|that)\b)",
    r"\bi (have|'?ve) given up on (life|living|myself|everything)\b",
]

# (set 25) An eating disorder told by its purpose: eating only a very little "for jeg må ikke blive tyk", vomiting after
# eating so as not to put on weight.
_FAT25 = (r"(tyk|fed|tykke|fede|tage på|tager på|tabe mig|taber mig|tabe sig|taber sig|vægten|kalorier|for stor)")
SET25_SELF_HARM: list[str] = [
    r"^(?!.*\b(lægen|læge|diætist\w*|operation\w*|opereret|sygehus\w*|faste\w*|faster|ramadan|blodprøve\w*)\b).*?\bspiser (kun|bare|højst|max|maks) "
    r"(et|en|\w+|\d+) (\w+ ){0,2}?(om dagen|hver dag|i døgnet|om ugen|på en dag)\b.{0,60}\b(for|fordi|så|ellers|da) (\w+ ){0,4}?"
    + _FAT25 + r"\b",
    r"^(?!.*\b(syg|syge|omgangssyge|\w*influenza|virus|kemo\w*|strålebehandling\w*|stråler|gravid\w*|graviditet\w*|"
    r"bivirkning\w*|migræne|kvalme\w*)\b).*?"
    r"\b(kaster op|kastede op|kaster (jeg|hun|han) op|kastede (jeg|hun|han) op|brækker (mig|sig)|brækkede (mig|sig)|brækker (jeg|"
    r"hun|han) (mig|sig)|stikker (\w+ )?(fingrene|fingeren|en finger) i halsen)\b.{0,60}\b(for|fordi|så|ellers|for ikke at|"
    r"da) (\w+ ){0,4}?" + _FAT25 + r"\b",
    r"\b(throw|throwing|threw|make myself|made myself) (up|sick)\b.{0,60}\b(fat|weight|calories|gain)\b",
]

# (set 25) Grooming and sexual coercion told indirectly: a gift or a promise for a sexual act or for secrecy, and "fik
# mig til at" + an act ("han lovede mig en ny telefon hvis jeg ville gøre det med ham", "han fik mig til at tage
# tøjet af for at få smøger").
_SEX_ACT25 = (r"((gøre det|gør det|gjorde det|gøre (nogle |sådan nogle |de )?ting|gør (nogle )?ting) (med|for) (ham|hende)|"
              r"(sove|sover|sov|gå i seng|går i seng) med (ham|hende)|(tage|tager|tog) (tøjet|bukserne|trøjen|trusserne|"
              r"underbukserne) af|(sende|sender|sendte) (ham |hende )?(\w+ )?(billeder|nøgenbilleder|nudes|videoer|video)(?! af (?!mig\b)\w+)"
              r"( af mig)?( (uden tøj|nøgen|i undertøj))?|(holde|holder) (det|det her|det for mig selv) (hemmeligt|hemmelig|for mig selv)|"
              r"(ikke|ik|aldrig) (siger|sagde|fortæller|fortalte) (det |noget )?(til )?(nogen|mor|far|min mor|min far|pædagog\w*)|"
              r"(rører|rørte|røre) (ved )?(ham|hende|hans|hendes)|(sidder|sidde|sad) på (hans|hendes) skød|(viser|viste|vise) "
              r"(ham |hende )?(mig nøgen|min krop|mine bryster|mine bryst|min numse|tissekone\w*))")
SET25_ABUSE: list[str] = [
    r"\b(lover|lovede|lovet|giver|gav|givet|køber|købte|betaler|betalte|tilbyder|tilbød) (mig|hende|ham) (\w+ ){0,4}?(hvis|når|"
    r"for at|så længe) (jeg|hun|han) (\w+ )?(\w+ )?" + _SEX_ACT25 + r"\b"
    # a chore done for someone ("hvis jeg gør ting for ham i haven")
    r"(?! (i|på|til|med|ved) (\w+ )?(have|haven|huset|køkken\w*|værksted\w*|\w*arbejde\w*|\w*butik\w*|oprydning\w*|opvask\w*|"
    r"indkøb\w*|lektier\w*|bil\w*|garage\w*)\b)"
    r"(?!.{0,60}\b(\w*gave|\w*gaven|\w*gaver|overraskelse\w*|fødselsdag\w*|juleaften|spiste|spist|købte|købt|slik|kage\w*)\b)",
    # not an examination or a treatment ("lægen fik mig til at tage trøjen af")
    r"^(?!.*\b(\w*læge\w*|sygeplejerske\w*|\w*terapeut\w*|jordemoder\w*|undersøg\w*|røntgen\w*|scanning\w*|skanning\w*|"
    r"såret|sårene|vaccin\w*|\w*sprøjte\w*|blodprøve\w*)\b).*?"
    r"\b(fik|får|fået) (mig|hende|ham) til at (\w+ ){0,2}?((tage|tager) (tøjet|bukserne|trøjen|trusserne|underbukserne) af|"
    r"(røre|rører) (ved )?(ham|hende|hans|hendes)|(sende|sender) (\w+ )?(billeder|nøgenbilleder|nudes)|sutte|(gøre|gør) "
    r"(det|ting|noget|nogle ting) (med|for) (ham|hende)|(sove|gå i seng) med (ham|hende)|(sidde|sætte mig) på (hans|hendes) skød|(vise|viser) (\w+ )?(min krop|mine "
    r"bryster|min numse|tissekone\w*|mig nøgen))\b",
    r"\b(fik|får|fået) (mig|hende|ham) til at (\w+ ){1,6}?for at (få|jeg fik|hun fik|han fik) (\w+ ){0,2}?(penge|slik|smøger|"
    r"cigaretter|en cola|cola|telefon\w*|en telefon|gaver|en gave|hash|øl|sprut|\d+ kr\w*|\d+ kroner)\b"
    r"(?=.{0,80}\b(ham|hende|tøj\w*|bukser\w*|nøgen|hemmelig\w*|billeder|seng\w*|værelse\w*|kys\w*|røre|rørte)\b)",
    r"\b(he|she|they|a man|a guy|my \w+) (\w+ ){0,2}?(gives|gave|promised|promises|buys|bought|pays|paid|offers|offered) (me|her|"
    r"him) (\w+ ){0,4}?(if|so|for) (i|she|he) (\w+ ){0,2}?(do (it|stuff|things) with (him|her)|sleep with|send (him |her )?(\w+ )?"
    r"(pics|pictures|nudes|photos)|take (my|her|his) clothes off|keep (it|this) (a )?secret|(dont|don'?t|do not|never) tell)\b",
]

# (set 25) Nobody comes and the medicine or the food has not been given ("der er ingen der kommer, og hun har ikke fået
# sin medicin").
_NOBODY25 = r"(ingen (der )?(kommer|kom|har været her|er kommet|ser til (mig|hende|ham)))"
_NOT_GIVEN25 = (r"((ikke|ik) (fået|faet|fåt) (sin |sine |min |mine |hendes |hans |noget )?(medicin|piller|mad|at spise|at drikke|"
                r"vand|insulin|morgenmad|aftensmad))")
SET25_NEGLECT: list[str] = [
    r"\b" + _NOBODY25 + r"\b.{0,80}\b" + _NOT_GIVEN25 + r"\b",
    r"\b" + _NOT_GIVEN25 + r"\b.{0,80}\b" + _NOBODY25 + r"\b",
]

# (set 25) Not a disclosure: a thing that is a burden ("gælden er en tung byrde", "lånet til bilen er en byrde for os",
# "det er en byrde at betale af"), a burden denied by the one who speaks of it ("min far siger jeg aldrig har været en
# byrde", "hun siger hun ikke føler jeg er til besvær"), a match lost ("vi fik tæsk i håndbold 10-30", "vi tabte, vi
# fik bank"), a hug that "kvæler" one.
_THING25 = (r"(gæld\w*|lån|lånet|lånene|husleje\w*|regning\w*|økonomi\w*|afdrag\w*|skat|skatten|arbejde\w*|job\w*|lektie\w*|"
            r"skole\w*|haven|have|huset|hus|bil|bilen|trapper\w*|trappe\w*|papir\w*|sagen|ansvar\w*|opgave\w*|rengøring\w*|"
            r"pendling\w*|transport\w*|renter|renterne|udgift\w*|kredit\w*|forpligtelse\w*|vagter|vagterne|eksamen\w*|"
            r"flytning\w*|lejlighed\w*|projekt\w*|studie\w*|uddannelse\w*|bolig\w*|regler|reglerne|kontingent\w*)")
SET25_EXCEPTIONS: list[str] = [
    r"\b" + _THING25 + r" ((til|på|for|med|af|i|fra) (\w+ ){0,2}?)?(er|var|er blevet|bliver|blev|føles som) (\w+ )?(en |et )?"
    r"(tung |stor |kæmpe |økonomisk |ekstra |reel |sand )?(byrde|belastning)\b(?!.{0,50}\b(leve|livet|dø|død|være her|"
    r"forsvinde|bedre uden|mig selv)\b)",
    r"\bdet er (\w+ )?(en )?(tung |stor )?byrde at (\w+ ){0,2}?(betale|afdrage|gøre rent|passe|køre|pendle|slæbe|bære|holde|"
    r"skulle)\b(?! (mig|hende|ham)\b)(?!.{0,50}\b(leve|livet|dø|død|være her|være til)\b)",
    r"\b(siger|sagde|har sagt|fortæller|fortalte|skriver|skrev) (til mig )?(at )?((hun|han|de) (ikke|ik|aldrig) (føler|følte|synes|"
    r"syntes|mener|tænker|har følt|har syntes) (at )?(jeg|du)|(jeg|du) (ikke|ik|aldrig) (har været|er|var|bliver|er blevet))"
    r" (\w+ ){0,2}?(en |et )?(byrde|belastning|til besvær|til last|til ulejlighed)\b",
    r"\b(vi|holdet|vores hold|jeg|han|hun|de) (\w+ )?(fik|får|fået|tog) (\w+ )?(tæsk|bank|klø|røvbank|røvfuld|en røvfuld|prygl)\b"
    r"(?! af (min|mine|mit|far|faren|mor|moren|træner\w*|pædagog\w*|han|hun|de|dem|nogle|nogen|\w*vagt\w*|personalet|en|et|"
    r"hans|hendes)\b)(?=.{0,80}\b(\d+ \d+|kamp\w*|fodbold\w*|håndbold\w*|hockey|basket\w*|volley\w*|badminton|tennis|"
    r"turnering\w*|finale\w*|pokal\w*|holdet|hjemmebane|udebane|point|skak|ludo|fifa|\w*spil|\w*spillet)\b)",
    r"\b(tabte|tabt|taber|nederlag)\b.{0,40}\b(fik|får|fået|tog) (\w+ )?(tæsk|bank|klø|røvbank|røvfuld|en røvfuld|prygl)\b"
    r"(?! af (min|mine|mit|far|faren|mor|moren|træner\w*|pædagog\w*|han|hun|de|dem|nogle|nogen|\w*vagt\w*|personalet|en|et|"
    r"hans|hendes)\b)",
    r"\b(kvæler|kvalte|kvæle|maser|masede|mase) (mig|hende|ham|os) (næsten )?(i|med) (knus|kram|krammere|kys|kærlighed|gaver|"
    r"arbejde|spørgsmål|beskeder|mails|papirer)\b",
]

# (set 25) More ways to tell it: someone writing as the citizen with the citizen's code or a false profile with the
# citizen's pictures; many pills taken "ekstra" told casually ("tog 10 ekstra stesolid i aftes, det gik fint"); sleeping
# and never getting up; deserving to suffer.
SET25_ABUSE.extend([
    r"\b(har|bruger|brugte|brugt|tog|tager|taget|fået fat i|fik fat i|stjal|stjålet|hacket|hackede) (\w+ )?(min|mit|mine) "
    r"(\w+ )?(kode|koder|adgangskode|password|login|profil|konto|facebook|instagram|snapchat|mail|telefon|mobil)\b.{0,60}\b"
    r"(skriver|skrev|poster|postede|sender|sendte|lægger|lagde) (\w+ ){0,4}?(som mig|som om (det er|det var|han er|hun er|han var|"
    r"hun var) mig|i mit navn)\b(?!.{0,30}\b(for sjov|i sjov|for at drille|haha|lol)\b)",
    r"\b(falsk|falske|fake|fup) (profil|profiler|konto|konti|bruger)\w* (\w+ )?(med|af|i) (mine|mit|min|mig)\b"
    r"(?! (egen|egne|eget)\b)",
])
SET25_SELF_HARM.extend([
    r"^(?!.*\b(\w*vitamin\w*|kosttilskud\w*|fiskeolie\w*|jernpiller|kalktabletter|magnesium\w*)\b).*?"
    r"\b" + _INGEST + r" (\w+ )?" + _NUM_MANY + r" (ekstra|flere|ekstra af (mine|de))? ?" + _PILLS + r"\b"
    r"(?!.{0,30}\b(om (dagen|ugen|måneden)|i alt|hver (dag|uge)|mg|milligram|dosis)\b)",
])
SET25_SUICIDE.extend([
    r"\b(sove|sover|sov|falde i søvn|falder i søvn) (\w+ )?og (så )?aldrig (vågne|vågner|stå op|står op|komme op)\b(?! (før|inden|til|om)\b)",
    r"\b(jeg|mig selv og) (\w+ )?fortjener (\w+ )?(at )?(have det (dårligt|skidt|ondt)|at lide|lide|at dø|dø|have ondt|smerte|at blive straffet|"
    r"straf)\b(?!.{0,40}\b(efter (\w+ ){0,2}?(tur\w*|træning\w*|løb\w*|kamp\w*|fest\w*)|haha\w*|hehe\w*|lol)\b)"
    r"|\bjeg (\w+ )?fortjener (ikke|ik) (at )?(leve|være her|være til|være glad|have det godt|at spise|spise)\b",
])
SET25_EXCEPTIONS.extend([
    # no way out of a problem with money or a case ("jeg ser ingen udvej med min økonomi"), with no death or means named
    r"^(?!.*\b(leve|livet|dø|død|døde|selvmord\w*|piller|pillerne|tabletter|reb|kniv\w*|ihjel)\b).*?\b(ingen|ikke nogen) (anden )?"
    r"udvej (på|for|med|i|end) (\w+ ){0,2}?(problem\w*|sag\w*|økonomi\w*|gæld\w*|konflikt\w*|situation\w*|bolig\w*|job\w*|"
    r"regning\w*|lån\w*|husleje\w*|at (sælge|flytte|låne|betale|sige op|ringe|tage))\b",
])

# (set 25) A threat to find one wherever one goes; someone who goes into one's home while one is out; someone close who
# turns violent ("min far drikker og så bliver han voldsom"); forgetting or not bothering to eat or drink for days.
SET25_ABUSE.extend([
    r"\b" + _AGENT22 + r" (\w+ ){0,2}?(siger|sagde|skriver|skrev|truer med|truede med|har sagt) (at )?(han|hun|de) (nok |altid )?"
    r"(skal|vil|kommer til at|kan) (nok )?(finde|få fat i|opsøge) (mig|os|hende|ham)\b(?! (en|et|noget|nogle|ved|på|i|når|til|"
    r"efter|inden|bagefter|senere)\b)",
    r"\b(finder|finde|fandt) (mig|os|hende|ham) (igen )?(uanset|lige meget) (hvor|hvad)\b"
    r"(?!.{0,40}\b(gemmeleg|\w*leg|legen|leger|legede|lege|\w*spil|\w*spillet)\b)",
    r"\b" + _AGENT22 + r" (\w+ ){0,4}?(går|gik|kommer|kom|låser (sig )?ind|låste (sig )?ind) (ind )?(i|på) (min|mit|vores) "
    r"(lejlighed|hus|huset|værelse|bolig|stue|soveværelse)\w* (\w+ ){0,2}?(når|mens|selvom|selv om) (jeg|vi) (ikke|ik) (er|var) "
    r"(hjemme|der)\b(?!.{0,60}\b(vande|vander|blomster\w*|posten|post|katten|kat|hund\w*|aftalt|aftale|bad (ham|hende)|"
    r"hjælp\w*|rydde|rengøring|gør rent|gøre rent|gjorde rent|medicin\w*|nøgle\w*|sengetøj\w*|vasketøj\w*|fodre|fodrer)\b)",
    r"\b" + _AGENT22 + r" (\w+ ){0,4}?(bliver|blev|er|var) (\w+ )?(voldsom|voldelig|aggressiv|farlig)\b(?! (syg|syge|forkølet|dårlig|urolig|forvirret|bange|nervøs|sur|glad|ked|vred|træt|forelsket|begejstret|stolt|"
    r"god|dygtig|hurtig|høj|stærk|sulten|tørstig|interesseret)\b)"
    r"(?! (i|på|til|med) (\w+ )?(spil\w*|kamp\w*|fodbold\w*|håndbold\w*|træning\w*|sport\w*|bold|banen|vejen|bilen|trafikken)\b)"
    r"(?!.{0,40}\b(vejret|stormen|regnen|spillet|kampen|spiller|spillede|leger|legede|legen|lege|bold|fodbold|håndbold|træning\w*|"
    r"sport\w*|\w*spil)\b)",
])
SET25_NEGLECT.extend([
    r"\b(glemmer|glemte|glemt|gider (ikke|ik)|orker (ikke|ik)|magter (ikke|ik)) (at )?(spise|drikke|få noget at spise)\b"
    r"(?! (morgenmad|frokost|aftensmad|kød|slik|kage|grønt\w*|frugt)\b).{0,30}\b(i (flere|mange|\d+|to|tre|fire|fem|seks) (dage|døgn)|"
    r"i dagevis|i (en|flere|to) uge\w*|hele ugen)\b",
])

# (set 25) Watched and filmed by someone outside or in secret; not eating "til jeg er tynd"; English: days without food,
# left in bed by carers, wanting it all to stop, nobody would notice one gone; nobody comes to one who has not been out of
# bed for days.
SET25_NEGLECT.extend([
    r"\b(my |the )?(carers?|caregivers?|staff|nurses?|helpers?|home help|they) (\w+ )?(leave|leaves|left|keep|keeps|kept) (me|her|"
    r"him|mum|dad|my (mum|mom|dad|mother|father)) (in (bed|my bed|her bed|his bed|the chair|wet \w+|dirty \w+)|alone|lying|sitting)"
    r" (\w+ ){0,4}?(all day|all night|for hours|for days|all weekend|for \w+ (hours|days))\b",
])
SET25_ABUSE.extend([
    # not a watch at night that is care ("med babyalarmen fordi jeg får anfald"); "kigger ind til" is a visit
    r"^(?!.*\b(babyalarm\w*|epilepsi\w*|anfald\w*|nattevagt\w*|nattetilsyn\w*|tilsyn\w*|aftalt|aftale)\b).*?(?:"
    r"\b(han|hun|de|nogen|en mand|en fyr|manden|naboen|" + _AGENT22[1:-1] + r") (\w+ ){0,3}?(filmer|filmede|fotograferer|"
    r"fotograferede|tager billeder af|tog billeder af|overvåger|overvågede|udspionerer) (mig|os|hende)\b"
    r"(?!.{0,40}\b(fodbold\w*|kamp\w*|træning\w*|koncert\w*|fest\w*|\w*opvisning\w*|dans\w*|svømning|ridning|"
    r"fødselsdag\w*|tiktok|youtube|instagram)\b)"
    r".{0,40}\b(hver (nat|aften)|om natten|gennem vinduet|ind ad vinduet|i smug|uden at (jeg|hun) ved det|når (jeg|hun) "
    r"(sover|er i bad|klæder om|er nøgen))\b|\b(hver (nat|aften)|om natten)\b.{0,40}\b(han|hun|de|nogen) (\w+ ){0,3}?(filmer|filmede|"
    r"fotograferer|tager billeder af|overvåger) (mig|os|hende)\b)",
])
SET25_SELF_HARM.extend([
    r"\bspiser (ikke|ik|næsten ikke|ingenting|ikke noget) (mere |længere |mer )?(\w+ ){0,3}?(vil|skal|må) (bare |gerne )?(være|blive) "
    r"(tynd|tyndere|tynd nok|helt tynd)\b",
    r"\bi (havent|haven'?t|have not|hasnt|hasn'?t) (eaten|had (any )?(food|anything to eat)|drunk anything) (in|for) (days|\d+ days|"
    r"a week|weeks|two days|three days|four days)\b",
])
SET25_SUICIDE.extend([
    r"\bi (just |only )?(want|wish|need) (it all|everything|this|my life|life) to (stop|end|be over)\b",
    r"\b(nobody|no one|noone|no-one) (would|will|'?d|wouldnt|wouldn'?t) (even )?(notice|care|miss me|cry)\b.{0,20}\b(if|when) i "
    r"((was|were|am|'?m) (\w+ )?(gone|dead|not here|not around|no longer here|missing)|died|disappeared|left|killed)\b",
])
SET25_NEGLECT.extend([
    r"\b(ikke|ik) (været|kommet) (ude af|op af|ud af|oppe af) (sengen|stolen)\b.{0,40}\b(i|siden) (\d+|to|tre|fire|fem|seks|flere|"
    r"mange) (dage|døgn|uger)\b.{0,40}\b(der kommer ingen|ingen kommer|ingen (der )?hjælper|ingen ser til)\b",
])

# (set 26) Despair told as a number: an inner state rated at the bottom of a scale ("livslyst 1 ud af 10", "mit humør er
# på 0") or inner pain at the top ("hvor ondt jeg har det inden i? 11 ud af 10", "mørket er på 10"); not pain in the body
# or a good day ("smerterne i knæet er på 8", "jeg har det 10 ud af 10 i dag").
_BODY26 = (r"^(?!.*\b(ryg\w*|knæ\w*|mave\w*|hovedpine|ben|benet|benene|arm|armen|armene|skulder\w*|hofte\w*|nakke\w*|"
           r"tand|tænder\w*|tanden|fod|foden|fødder\w*|hånd|hånden|smerte\w*|gigt\w*|migræne|feber|influenza|forkølet|syg|"
           r"operation\w*|træning\w*|kamp\w*|karakter\w*|film\w*|mad\w*|ferie\w*|vejr\w*|pain|back|knee|headache)\b)")
_LOW26 = r"(0|nul|zero|0 ud af (10|ti)|0/10|0 10|1 ud af (10|ti)|1/10|1 10|en ud af (10|ti))"
_HIGH26 = r"(9|10|11|12|20|100|ti|elleve|tolv) (ud af |af |/ ?)?(10|ti)|(10|11|12|100)/10|på (10|11|12|100|ti)(?! (\w+ )?(minutter|timer|dage|kr\w*|km|kilo|år))"
# a mood or the will to live at the bottom stays despair with pain or trouble named beside it ("livslyst 0, og ryggen
# driller"); only a match, a film, a holiday or a passing cold rated so is left
_RATED26 = (r"^(?!.*\b(kamp|kampen|kampe|kampene|karakter\w*|film\w*|træning\w*|ferie\w*|vejr\w*|forkølet|influenza|feber|"
            r"sulten)\b)")
SET26_SUICIDE: list[str] = [
    _RATED26 + r".*?\b(humør\w*|humor|livslyst\w*|livsglæde\w*|livsgnist\w*|livsmod\w*|lyst til at leve|lysten til at leve|lyst til livet|mit håb|håbet|"
    r"my mood|mood)\b (\w+ ){0,4}?(er |ligger |is |at )?(på |paa |omkring |nede på )?" + _LOW26 + r"\b(?! (procent|%|grader|kr\w*|minutter))",
    _RATED26 + r".*?\bi (feel|am|'?m) (like )?(a )?(0|zero|1|one) (out of|/) ?(10|ten)\b",
    _BODY26 + r".*?\b(mørket|mørke tanker|mine tanker(?! (kører|køre|kørte|er på \d+ forskellige))|ondt (inden i|indeni|i sjælen|i hjertet)|har det (\w+ )?(inden i|indeni|psykisk|i hovedet)|"
    r"hvor (ondt|slemt|skidt|dårligt|sort|mørkt) (jeg|hun|han) har det|hvor (ked af det|trist|langt nede) (jeg|hun|han) er)\b.{0,60}?\b("
    + _HIGH26 + r")\b",
    _BODY26 + r".*?\b(" + _HIGH26 + r")\b (\w+ )?(dårligt|skidt|ondt|slemt|elendigt|sort|mørkt|nede|trist|ked af det) "
    r"(inden i|indeni|psykisk|i sjælen|i hjertet|i hovedet)\b",
    # a scale named, a number at its top and how bad one feels ("på skalaen er jeg på 10 over hvor skidt jeg har det"),
    # not the scale's own end ("fra 1 til 10")
    _BODY26 + r".*?\bskala\w*\b.{0,60}?(?<!til )(?<!og )\b(9|10|11|12|ti)\b.{0,60}?\b(dårligt|skidt|ondt|slemt|elendigt|trist|"
    r"nede|sort|mørkt)\b",
    # longing to lie by a dead spouse or go home to them in heaven, not a visit to the grave
    r"^(?!.*\b(besøg\w*|blomster\w*|vande|vander|pynte\w*|pynter|gravsted\w*|lys|i morgen|på (søndag|lørdag|mandag|tirsdag|onsdag|"
    r"torsdag|fredag))\b).*?\b(ligge|ligger|komme til at ligge|hvile) (\w+ )?(ved siden af|hos|sammen med|ved) (min|mit|mine) (\w+ )?"
    r"\w+ (\w+ )?(på kirkegården|i graven|i jorden|i himlen|i himmelen)\b",
    # hopelessness with no word of death, not tied to a thing ("ingenting bliver nogensinde godt igen for mig")
    r"\b(intet|ingenting|ingen ting|ikke noget|det|livet|mit liv) (\w+ )?(bliver|bli'r|blir|kommer til at blive) (nogensinde|aldrig) "
    r"(\w+ )?(godt|bedre|godt igen|bedre igen|til noget)\b(?! (igen )?(med|mellem|imellem|i|på|til|når|hvis|nok|end|af|at|uden|som|for (hende|ham|dem|"
    r"min|mit|mine|hans|hendes|vores|holdet|klubben|firmaet))\b)(?!.{0,40}\b(knæ\w*|ryg\w*|hofte\w*|"
    r"ben\w*|arm\w*|skulder\w*|\w*bil\w*|\w*hold\w*|klub\w*|kamp\w*|vejr\w*|computer\w*|job\w*|\w*arbejde\w*|skole\w*|have\w*)\b)",
    r"\b(i )?(can'?t|cant|cannot|don'?t|dont|never) see (it|things|anything|life) (ever )?(getting|get|being) better\b",
    # so low that one no longer knows what one will do ("jeg har det så skidt at jeg ikke ved hvad jeg gør"); not what
    # one should do about a problem ("… hvad jeg skal gøre")
    r"\b(har det|havde det|er|var) (\w+ )?så (dårligt|skidt|slemt|elendigt|langt nede|ked af det|fortvivlet|desperat) (\w+ )?at (jeg|hun|han) "
    r"(ikke|ik) (\w+ )?(ved|aner) hvad (jeg|hun|han) (gør|gør af mig selv|gør ved mig selv|finder på|kan finde på|gør mod mig selv)\b",
]

# (set 26) Fear of someone at home told by what one does: walking softly, keeping quiet or hiding so that he does not get
# angry ("jeg lister rundt så han ikke bliver sur", "når han kommer hjem gemmer jeg mig"); threats by text ("du kommer
# til at fortryde det", "du er død hvis du går til politiet"); kept from the doctor or from help; medicine, food or the
# phone kept back or locked away as a punishment or so that one cannot call.
_ANGRY26 = r"(sur|sure|vred|vrede|gal|vild|rasende|tosset|aggressiv|voldsom|voldelig|eksploderer|flipper|råber|slår)"
_CAREFUL26 = (r"(lister|listede|hvisker|hviskede|går (\w+ )?(på listesko|på tæer|på tæerne|stille( med \w+)?)|gik (\w+ )?(på listesko|stille)|"
              r"tør (ikke|ik|aldrig) (\w+ ){0,3}?(sige|snakke|spørge|grine|være|lave|gå|komme)|holder (min mund|mund|kæft|mig væk|mig "
              r"for mig selv)|passer på (hvad|hvordan) (jeg|vi) (siger|gør|er)|gemmer (jeg )?(mig|os)|er stille som en mus)")
_BOSS26 = (r"^(?!.*\b(chef\w*|leder\w*|lærer\w*|træner\w*|kunde\w*|mester\w*|vagt\w*|kollega\w*|arbejde\w*|job\w*|skole\w*|\w*spil\w*|leg\w*|leger|legede|"
           r"kamp|kampen|kampe|kampene|dommer\w*|fodbold\w*|håndbold\w*)\b)")
# hide and seek or a surprise, not hiding in fear ("… gemmer jeg mig, og så skal han finde mig")
_PLAY26 = r"(?!.{0,60}\b(finde mig|finder mig|finde os|overrask\w*|bøh|buh|for sjov|gemmeleg)\b)"
SET26_ABUSE: list[str] = [
    _BOSS26 + r".*?\b" + _CAREFUL26 + r"\b.{0,60}?\b(så|for at|for ikke at|ellers|for så|fordi så|fordi ellers|for ellers) (\w+ )?"
    r"(han|hun|de|far|mor|min \w+|mit \w+|" + _KIN[1:-1] + r") (\w+ )?(ikke |ik )?((bliver|blir|blive|bli|skal blive) (\w+ )?" + _ANGRY26
    + r"|eksploderer|flipper|flipper ud|går amok|går agurk)\b",
    _BOSS26 + r".*?\b" + _CAREFUL26 + r"\b.{0,60}?\b(så|for så|fordi så|ellers|for ellers) (bliver|blir|blev) (han|hun|de|far|mor|"
    r"min \w+) (\w+ )?" + _ANGRY26 + r"\b",
    _BOSS26 + r".*?\b(når|naar|hvis) (han|hun|far|mor|min \w+) (\w+ )?(kommer hjem|er hjemme|har drukket|er fuld|er sur|er vred|"
    r"bliver sur|bliver vred|råber)\b.{0,30}?\b(gemmer (jeg|vi) (mig|os)|låser (jeg|vi) (mig|os) inde|løber (jeg|vi) (ud|væk)|"
    r"tør (jeg|vi) (ikke|ik)(?! (\w+ ){0,4}?(køre|kører|bil|bilen|cykle))|ryster (jeg|vi)(?! af grin))\b" + _PLAY26,
    _BOSS26 + r".*?\b(jeg|vi) (gemmer|gemte) (mig|os) (\w+ ){0,3}?(når|naar|hver gang) (han|hun|far|mor|min \w+) (\w+ )?"
    r"(kommer hjem|er hjemme|har drukket|er fuld|bliver sur|bliver vred|råber)\b" + _PLAY26,
    # threats by text or said
    r"\b(sms\w*|besked\w*|skriver|skrev|skrevet|sendte|sender|messenger|snap\w*|sagde|siger|truer|truede|råbte)\b.{0,40}?\b"
    r"((?<=skal )(du|jeg|hun|han) |(du|jeg|hun|han) (?!(vil |kommer )?nok (?!skal)\w+))(nok |skal |vil |kommer |komme |til |at ){1,5}(fortryde|angre)\b(?!.{0,40}\b(køb\w*|aktie\w*|tilbud\w*|film\w*|koncert\w*|"
    r"fest\w*|ikke at komme|ikke at tage med)\b)",
    # "jeg er død hvis …" is a threat only as told by someone ("han siger jeg er død hvis …"), not "I am dead tired if I walk"
    r"(\b(siger|sagde|skriver|skrev|truer|truede|råber|råbte) (\w+ )?(at )?jeg|\b(du|hun|han)) er (en )?(død|død mand|færdig|dødsens) "
    r"(\w+ )?(hvis|når) (du|jeg|hun|han) (\w+ ){0,3}?(går|ringer|siger|"
    r"fortæller|sladrer|melder|forlader|flytter|tager)\b(?!.{0,40}\b(\w*spil\w*|leg\w*|kage\w*|slik|haha\w*|lol)\b)",
    # kept from the doctor or from help
    r"\b" + _AGENT22 + r" (\w+ ){0,2}?(siger|sagde|bestemmer|har sagt|vil ikke have) (at )?(jeg|hun|han|mor|far) (ikke|ik|aldrig) "
    r"(må|skal|kan) (ringe|gå|komme|tale|snakke|sige det) (\w+ )?(til|med|på|efter) (\w+ )?(lægen|læge\w*|sygehus\w*|hospital\w*|"
    r"skadestue\w*|politi\w*|kommune\w*|sagsbehandler\w*|hjemmepleje\w*|112|nogen|hjælp|ambulance\w*|psykolog\w*|"
    r"\w*sygeplejerske\w*)\b",
    # food or medicine only as a reward ("jeg må kun få mad hvis jeg har gjort rent")
    r"\b(må|får|fik|måtte) (kun|først|bare) (\w+ )?(få |lov at |lov til at )?(mad|mad at spise|spise|aftensmad|morgenmad|frokost|"
    r"medicin|mine piller|min medicin|insulin|noget at drikke|drikke) (\w+ ){0,2}?(hvis|når|efter|fordi) (jeg|hun|han) (\w+ ){0,2}?"
    r"(har gjort|gør|har været|er|har ryddet|rydder|har vasket|makker|arbejder|har arbejdet|tjener|har tjent)\b"
    r"(?!.{0,30}\b(sulten|sult|lægen|diætist\w*|blodprøve\w*|operation\w*|faste\w*)\b)",
    # care given only on a condition ("de giver mig ikke min medicin før jeg gør som de siger")
    r"\b(ikke|ik|aldrig) (\w+ ){0,3}?((min|mine|sin|sine|hans|hendes|noget) (\w+ )?)?(mad|medicin\w*|piller|pillerne|insulin|vand|noget at spise|noget at drikke|"
    r"aftensmad|morgenmad|frokost|smertestillende|rollator\w*|høreapparat\w*|briller|stok|telefon|mobil|hjælp|ble|bleer|bad)"
    r"( \w+)? (\w+ )?(før|medmindre|indtil) "
    r"(jeg|hun|han) (\w+ )?(gør som|har gjort som|gjorde som|adlyder|makker ret|siger undskyld|beder om undskyldning)\b",
    r"\b" + _AGENT22 + r" (\w+ ){0,2}?(vil|ville) (ikke|ik) lade (mig|hende|ham) (ringe|gå|komme|tale) (\w+ )?(til|med|på|efter) "
    r"(\w+ )?(lægen|læge\w*|sygehus\w*|hospital\w*|skadestue\w*|politi\w*|hjælp|112|ambulance\w*)\b",
    # medicine, food or aids kept back or hidden as a punishment or so that one suffers or cannot call
    r"\b(gemmer|gemte|gemt|tager|tog|taget|låser|låste|holder|holdt|skjuler|skjulte) (\w+ )?(min|mine|hans|hendes|mors|fars) "
    r"(medicin|piller|pillerne|insulin|inhalator|smertestillende|mad|telefon|mobil|rollator|høreapparat\w*|briller|stok)\b.{0,40}?\b"
    r"((når|hvis|fordi) (jeg|hun|han) (\w+ ){0,3}?(fræk|frække|uartig|sur|besværlig|vred|råber|råbte|brokker|klager|siger nej|siger imod|"
    r"ikke gør som|ikke gjorde som|ikke hører efter)|som straf|for at straffe|så (jeg|hun|han) (får|fik) ondt)\b",
]

# (set 26) Left sitting or lying in one's own urine or faeces by those who should help ("min mor lader mig ligge i mit
# eget tis", "de lod ham sidde i sin egen afføring").
SET26_NEGLECT: list[str] = [
    r"\b(lader|lod|ladet|efterlader|efterlod|efterladt|glemmer|glemte) (mig|hende|ham|far|mor|min \w+|min \w+ \w+) (\w+ )?(sidde|ligge|gå|være|"
    r"sove|stå) (\w+ ){0,2}?i (mit|sit|hans|hendes|min|sin|mine|sine|deres) (egen |eget |egne )?(tis|tisse\w*|lort|afføring|bæ|urin|opkast|pis|"
    r"(våde|beskidte|snavsede|fyldte|tissevåde) (ble|bleen|bleer|bukser|bukserne|seng|sengen|lagen))\b",
    r"\b(sidder|sad|ligger|lå) (\w+ ){0,2}?i (mit|sit|hans|hendes|min|sin) (egen |eget )?(tis|lort|afføring|urin|opkast|pis)\b.{0,60}"
    r"\b(ingen|ikke nogen) (\w+ )?(gør|gjorde|hjælper|hjalp|kommer|kom|skifter|skiftede|gider)\b",
]

SET26_EXCEPTIONS: list[str] = [
    # a phone, card, code or money kept or managed by someone by agreement ("min søn tager min telefon om aftenen, det har
    # vi aftalt"); a threat or harm named after it is still read
    r"\b(tager|tog|har|styrer|passer|gemmer|låser|holder) (\w+ ){0,2}?(min|mit|mine) (\w+ )?(telefon|mobil|kort|dankort|hævekort|"
    r"pensionskort|kode|pinkode|konto|netbank|penge|nøgle\w*|ipad|tablet|computer)\b[^.!?]{0,60}?\b(det har vi aftalt|det aftalte vi|"
    r"som aftalt|efter aftale|det bad jeg (ham|hende|dem) om|fordi jeg bad (ham|hende|dem) om det|det er jeg glad for)\b",
    # nothing left to fight for in a match, a season or a league ("der er ikke mere at kæmpe for i kampen")
    r"\b(ikke (noget|mere|længere|noget mere)|intet|ingenting) (tilbage )?at (kæmpe|spille) (for|om|på)\b(?=.{0,40}\b(kamp|kampen|kampe|kampene|"
    r"turnering\w*|sæson\w*|serie\w*|liga\w*|pokal\w*|finale\w*|puljen|gruppen|runde\w*|\w*spil\w*|rykket ned|nedrykning\w*|"
    r"oprykning\w*|mesterskab\w*|point)\b)",
]
