"""Rules kept as data: cue phrases for DARN-CAT, themes, safety and relatives.

Patterns run on the normalised text (lower case, chat spellings mapped, one space between words), so
one pattern covers "jeg gider ik" and "jeg gider ikke". Each family lives in a small named function so it
can be read, tested and extended on its own. The trained classifier sees the hits as features; the
safety patterns also decide on their own (recall first).
"""

from __future__ import annotations

import re
from functools import lru_cache

_ME = r"(mig|sig|hende|ham)"
_PERSON = (r"(min|mit|mine|vores|sin|sit|hans|hendes) (søn|datter|mor|far|bror|søster|kone|mand|kæreste|barn|børn|dreng|pige"
           r"|bedstemor|bedstefar|mormor|morfar|farmor|farfar|nevø|niece|ven|veninde|onkel|tante)")
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


def suicide_patterns() -> list[str]:
    """Suicidal thoughts and plans, direct and indirect, first and third person."""
    return [
        r"\b(tage|tager|tog|taget) (mit|sit|hendes|hans|dit) (eget )?liv\b", r"\bselvmord", r"\bsuicid",
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
        r"\b(vil|ville|skal) (gerne |bare |helst )?dø\b(?! af)", r"\b(lyst til|ønsker at|ønske om at|tænker på at) dø\b(?! af)",
        r"\bdødsønske", r"\bikke (at )?vågne (op )?(igen|mere|i morgen)\b", r"\b(aldrig|ikke) vågner (op )?igen\b",
        r"\bsove (for altid|og aldrig vågne)\b", r"\bfalde i søvn for altid\b",
        r"\b(bare |lyst til at |vil |ville )forsvinde\b(?! (ind|ud|ned|op|hjem|på|i|til))", r"\bforsvinde for altid\b",
        r"\bvæk fra det hele for altid\b", r"\bfor altid\b.*\b(væk|forsvinde|sove)\b",
        r"\b(klare sig|har det|have det|være) bedre uden (mig|ham|hende)\b", r"\bbedre uden (mig|ham|hende)\b",
        r"\bingen (der )?(ville|vil|ville nok|ville jo) (savne|opdage|lægge mærke til|sørge over) (mig|hende|ham|det)\b",
        r"\blige meget om (jeg|hun|han) (er her|lever|er til|dør|findes)\b", r"\ber en byrde\b", r"\bbyrde for alle\b",
        r"\bafskedsbrev", r"\bsige farvel til (alle|livet|jer)\b", r"\bfarvel for (sidste gang|altid)\b",
        r"\bfor sidste gang\b.*\bfarvel\b|\bfarvel\b.*\bfor sidste gang\b",
        r"\bgivet (alle )?(mine|sine|hans|hendes) ting væk\b", r"\bgiver (alle )?(mine|sine) ting væk\b",
        r"\b(lavet|lagt|har) en plan for hvordan (jeg|hun|han) (vil|skal) (gøre det|dø)\b",
        r"\bplanlagt hvordan (jeg|hun|han)\b",
        # methods
        r"\b(hænge|hænger|hængte) (mig|sig)\b", r"\bskyde (mig|sig)\b", r"\bdrukne (mig|sig)\b",
        r"\b(hoppe|springe|kaste (mig|sig)|smide (mig|sig)|løbe|gå|hoppede|sprang) ud foran\b",
        r"\b(hoppe|springe|kaste (mig|sig)|smide (mig|sig)|hoppede|sprang) (ud|ned) (fra|over) (broen|en bro|taget|altanen|vinduet|et højhus|klinten|skrænten)\b",
        r"\bforan (et tog|toget|en bil|bussen|en lastbil)\b", r"\bstår (oppe )?på (broen|taget|kanten|altanen og)\b",
        r"\b(sulte|sulter) (mig|sig) (selv )?ihjel\b", r"\bfandt (jeg )?(et reb|en løkke)\b", r"\bet reb\b.*\b(seng|skab|hals)\b",
        r"\b(jeg|hun|han) (kan|orker) ikke mere\W*$", r"\bkan ikke klare (det|livet) mere\W*$", r"\bikke (at )?(jeg|hun|han) kan mere\b",
        r"\b(skrevet|skrev) (et )?brev\b.*\b(slut|farvel|undskyld for alt)\b",
        r"\b(køre|kører|kørte) (ind i|ud over) (et træ|en mur|en lastbil|en bro|modkørende)\b", r"\b(køre|kører|kørte) (mig|hende|ham) (ned|over)\b",
        r"\bsov(e|er)? for (evigt|altid)\b", r"\bfor at dø\b", r"\bhvordan man (dør|slår sig ihjel|tager sit liv)\b",
        r"\b(bedst|bedre|lettere|nemmere)\b.{0,30}\bhvis (jeg|hun|han)\b.{0,30}\b(ikke vågnede|var død|døde|forsvandt|ikke var her|ikke fandtes|ikke eksisterede)\b",
        r"\b(ikke|ik) (vil|gider|orker|kan|magter) (at |å )?(leve|lev|være til|eksistere)\b(?! (sammen|med|i|på|af|for|som|et|en|uden|hjemme|ude|alene|sådan))",
        r"\b(ikke|ik) (vil|gider|orker|kan|magter) (at |å )?være her (mere|længere)\b", r"\b(ikke|ik) gider mere\b", r"\bgider (ikke|ik) mere\W*$",
        r"\bdet hele er (ligegyldigt|lige meget|meningsløst)\b", r"\bhellere (ville |vil )?(være|var) død\b",
        r"\bbare (kunne )?springe\b", r"\b(stod|står|stå) (ved vinduet|på altanen|på broen|på taget)\b.*\b(springe|hoppe|kiggede ned|kigger ned)\b",
        r"\b(køre galt|falde|skade|slå|brænde|skære|drukne|sulte)\w*\b.{0,20}\bmed vilje\b", r"\bhvis (jeg|hun|han) (forsvandt|var væk for altid|døde|ikke var her|ikke vågnede)\b",
    ]


def self_harm_patterns() -> list[str]:
    """Self-harm: cutting, scratching, burning, hitting oneself, poisoning, overdose."""
    return [
        r"\b(skærer|skære|skar|skåret) i (mig|sig)( selv)?\b", r"\b(skærer|skar|skåret) (mig|sig)\b(?! (i|på) (en |et |min |mit )?\w*(finger|fingeren|kniv|kniven|glas|glasset|papir|papiret|dåse|dåsen|sav|saks|saksen|tommelfinger))",
        r"\bskære (mig|sig)\b(?! (i|på) (fingeren|kniven))", r"\bcutter\b", r"\bcutte\b", r"\bcuttet\b",
        r"\b(gør|gøre|gjort|gjorde) (mig|sig) selv (fortræd|ondt|skade)\b", r"\bgøre skade på (mig|sig) selv\b",
        r"\b(skade|skader|skadet|skadede) (mig|sig) selv\b", r"\bselvskad",
        r"\b(slår|slog|slå|slaar|banker|bankede|sparker) (mig|sig) selv\b", r"\b(slår|slaar|banker|dunker|slå|banke|dunke) (mit |sit )?(hovedet|hoved|panden) (ind i|ned i|mod|i)\b",
        r"\b(brænder|brændte|brænde|brændt) (mig|sig) (selv|med|på cigaret)\b",
        r"\b(brækker mig|brække mig|kaster op|kaste op|sulter mig|skader mig)\b.{0,20}\bmed vilje\b", r"\b(ridse|ridser|ridsede|ridset|kradse|kradser|kradset) (mig|sig)\b",
        r"\btil (det bløder|blods|jeg bløder|hun bløder|han bløder)\b", r"\b(bider|bed) (mig|sig) selv\b",
        r"\bbarberblad\w*\b.*\b(arm|lår|håndled|mig selv)\b|\b(arm|lår|håndled)\w*\b.*\bbarberblad",
        r"\b(taget|tog|slugt|slugte|spist|spiste|tager|(vil|ville|truer med at|overvejer at|tænkt på at|tænker på at|tænker at|tænkt at) tage) (alle|mange|en masse|hele|resten af) (mine|sine|hendes|hans|de)? ?(\w*piller|\w*pillerne|tabletter|tabletterne|sovepiller|medicin|medicinen)\b(?! (om|hver|til tiden|morgen|aften|som))",
        r"\b(hel|helt|hele) (pakke|glas|æske|bøtte|plade|pakken|glasset|æsken)\b.{0,30}\b(piller|panodil\w*|pamol\w*|ipren|kodimagnyl|tabletter|sovepiller|sovemedicin)\b",
        r"\boverdosis\b", r"\b(taget|tog|slugt|slugte|spist|spiste) for mange (piller|tabletter|panodil\w*|pamol)\b",
        r"\bsamle(r)? på (piller|tabletter|sovepiller)\b",
        r"\b(sparer|spare|spart|sparet|samler|samle|samlet|gemmer|gemt|gemte) (på )?(mine |sine |nogle )?(piller|pillerne|sovepiller|tabletter|medicin)\b.{0,20}\b(sammen|op|hvis)\b",
        r"\b(taget|tog|slugt|slugte)\b.{0,25}\b(for mange|flere end|mange flere|flere af)\b.{0,15}\b(piller|sovepiller|tabletter|pillerne)\b",
        r"\b(drukket|drak)\b.{0,30}\b(og|plus) (taget|tog|spist|slugt) (nogle |en masse |mange |alle )?(piller|tabletter|sovepiller)\b",
        r"\b(skærer|skære|skar|skåret|ridser|ridset|ridsede) (mig |sig )?(i|på) (mine |sine |hendes |hans )?(arme|armene|armen|ben|benene|lår|lårene|håndled\w*|mave\w*|hud\w*)\b",
        r"\b(drukket|drak|drikker|spist|spiste|slugt|slugte) (noget |en flaske |et glas )?(rengøringsmiddel|sæbe|klorin|opvaskemiddel|sprit|eddikesyre|gift|rottegift|afløbsrens|lampeolie|shampoo|brun sæbe|rensemiddel)\b",
    ]


def abuse_patterns() -> list[str]:
    """Violence, threats, sexual abuse, confinement, neglect and financial abuse against the citizen."""
    hit = (r"(slår|slog|slaar|sloge|slået|sparker|sparkede|sparket|skubber|skubbede|skubbet|kvæler|kvalte|kvalt|tæsker|tævede|"
           r"tæver|banker|bankede|niver|nev|voldtog|voldtager|voldtaget|misbruger|misbrugte|misbrugt|befamler|befamlede|"
           r"beføler|beførte|truer|truede|truet|slå|sparke|skubbe|kvæle|banke|true)")
    return [
        rf"\b{hit} (til )?({_ME}|os|mine|{_PERSON})\b(?! (i|på) (skak|ludo|kort|fifa|spil|matador|uno|badminton|bordtennis|ping pong|tennis|kryds og bolle))",
        rf"\b{hit} (han|hun|de|den|min \w+|hans \w+|hendes \w+) ({_ME}|os)\b",
        rf"\b(blevet|bliver|blev|er blevet|blive) (slået|sparket|truet|tæsket|tævet|voldtaget|misbrugt|udnyttet|skubbet|kvalt|holdt fast|låst inde|spærret inde|nevet|befamlet|beført|krænket|overfaldet|røvet|banket)\b(?! (op|ud|af tv|fra|til \w+ hold))",
        rf"\b(slået|sparket|tæsket|tævet|voldtaget|misbrugt|krænket|overfaldet|skubbet|truet|befamlet) af (min|mit|mine|hans|hendes|en|et|nogen|personalet|pædagog\w*|hjemmehjælper\w*|kontaktperson\w*|kæreste\w*|far|mor|bror|søster|naboen|ham|hende|dem|vagt\w*)\b",
        r"\b(vold|voldelig|voldeligt|voldelige|voldtægt|overgreb|overgrebet|krænkelse\w*|incest|kvælertag|lussing\w*|hårdhændet|hårdhændede)\b",
        r"\b(fået|får|fik|giver (mig|hende|ham)|gav (mig|hende|ham)) (tæsk|en lussing|en flad|klø|en på (hovedet|kassen|munden|siden af hovedet))\b",
        r"\bblå mærker\b", r"\bmærker (på|om) (halsen|armene|armen|benene|kroppen)\b",
        # sexual abuse, also indirect
        r"\b(rører|rørte|roerer|roerte|rørt|befamler|befamlede|beføler|beførte) (ved )?(mig|hende|ham|min søn|min datter)\b(?! (dybt|meget|helt))",
        r"\b(rører|rørte|rørt|røre) (ved )?(mig|hende|ham)\b.*\b(ikke vil|ikke kan lide|kan ikke lide|selvom|uden at spørge|tissemand|tissekone|tisse|bryst|numse|skridt|under tøjet|forneden)\b",
        r"\b(rører|rørte|rørt|røre) (ved )?(mig|hende|ham) (der|hvor|når|selvom|uden|om natten)\b",
        r"\b(tog|tager|rørte|rører|tage) (mig|hende|ham) (på|i) (tissemanden|tissekonen|brysterne|brystet|numsen|skridtet|tissen|fissen|pikken|bagdelen)\b",
        r"\b(tvinger|tvang|tvunget|presser|pressede|presset) (mig|hende|ham) til (sex|at have sex|at røre|at tage tøjet af|at kysse|at sutte|at sove hos|ting|\w+ ting)\b",
        r"\b(sex|seksuel\w*) (med mig|selvom|uden|når jeg ikke)\b", r"\bnøgenbilleder\b", r"\b(viste|viser) (mig|hende|ham) (sin|sit|sig selv) (tissemand|pik|nøgen|tissekone)\b",
        r"\b(sagt|siger|sagde) (at )?(jeg|hun|han) (ikke )?(må|skal|måtte) (ikke )?(sige|fortælle) (det|noget) til nogen\b",
        r"\bvores (lille )?hemmelighed\b",
        # confinement and physical force
        r"\b(låser|låste|låst|spærrer|spærrede|spærret|lukker|lukkede) (mig|hende|ham) inde\b", r"\b(låst|spærret) inde\b",
        r"\b(holder|holdt|hev|hiver|river|rev|trækker|trak) (mig|hende|ham) (fast|i håret|i armen|i armene|ned)\b",
        r"\b(kaster|kastede|kastet|smider|smed|skubber|skubbede) (mig|hende|ham) (ind i|ned ad|ned på|ud af|mod|i gulvet|på gulvet)\b",
        r"\b(tager|tog) (min|hendes|hans) (telefon|mobil) (fra (mig|hende|ham)|som straf)\b", r"\bsom straf\b",
        r"\b(låst|låser|låste) (mig|hende|ham) ude\b", r"\b(smadret|smadrer|smadrede) (min|mine|hendes|hans) (telefon|mobil|ting|dør|briller)\b",
        r"\b(tvinger|tvang|tvunget) (mig |hende |ham )?til at (sælge|stjæle|have sex|røre|tage tøjet af|låne penge)\b",
        # fear of a person, threats
        r"\b(bange for|bange for at) (ham|hende|min (kæreste|mand|kone|far|mor|bror|søster|søn|kontaktperson|eks|stedfar|stedmor)|at (komme|gå|tage) hjem)\b",
        r"\btør (ikke|ik) (tage|gå|komme|være) hjem\b", r"\btør (ikke|ik) sige (nej|fra) til (ham|hende)\b",
        r"\btruer med (at )?(slå|brænde|dræbe|skade|smide|skyde|stikke|kniv|en kniv|at slå)\b", r"\b(slå|dræbe|skyde|stikke) (mig|hende|ham) ihjel\b",
        r"\b(med|har) en kniv\b.*\b(truer|truede|efter mig|mod mig)\b|\b(truer|truede)\b.*\bkniv\b",
        # financial abuse and neglect
        r"\b(tager|tog|stjæler|stjal|tømmer|tømte|låser|låste|beholder|snupper|tog) (alle |al )?(mine|min|mit|hendes|hans|sin|sine|vores) (\w*penge|pension\w*|løn|lønnen|dankort|bankkort|kort|pung|kontanthjælp\w*|konto|kontoen|opsparing\w*|pengepung)\b",
        r"\bgiver (mig|hende|ham) kun \d+ (kr|kroner)\b", r"\bfår (ingen|ikke noget|ikke) mad\b", r"\b(giver|gav) (mig|hende|ham) (ikke|ingen) mad\b",
        r"\bhar (ikke|ik) spist i (\w+ )?(dage|dag|døgn|uge)\b",
    ]


def danger_patterns() -> list[str]:
    """Acute danger now: fire, smoke, gas, falls, chest pain, breathing, bleeding, poisoning, break-in."""
    return [
        r"\bder er (brand|ild|røg)\b", r"\bdet brænder\b(?! (jeg|hun|han) for)",
        r"\b(brand|ild|brænder) i (køkkenet|lejligheden|huset|stuen|gardinerne|gardinet|gryden|panden|sofaen|komfuret|ovnen|min|mit|sengen)\b",
        r"\b(lugter|lugte|lugt|lugtede) (af )?(røg|gas|brændt)\b", r"\bder kommer røg\b", r"\brøg (fra|ud af) (komfuret|ovnen|køkkenet|stikkontakten|lejligheden|vinduet)\b",
        r"\brøgalarm(en)? (hyler|bipper|går|larmer|piber)\b",
        r"\b(komfuret|ovnen|gryden|panden|sofaen|gardinet|gardinerne) (brænder|står i brand|er i brand)\b",
        r"\bkan (ikke|ik) (få vejret|trække vejret|få luft)\b", r"\b(ondt|smerter|trykken|trykker|jag) i brystet\b", r"\bbrystsmerter\b",
        r"\b(blør|bløder) (meget|voldsomt|kraftigt|stadig|og)\b", r"\bblod (overalt|alle vegne|over det hele)\b",
        r"\b(ligger|liggende) på (gulvet|badeværelsesgulvet|jorden|badeværelset|trappen)\b",
        r"\b(faldet|faldt|falder) .{0,40}\bkan (ikke|ik) (komme op|rejse mig|rejse sig|stå op|bevæge mig|bevæge sig)\b",
        r"\bkan (ikke|ik) (komme op|rejse mig|rejse sig) (fra|af) (gulvet|jorden)\b",
        r"\b(besvimet|besvimede|bevidstløs)\b", r"\bkan (ikke|ik) vække (ham|hende|min|mig)\b",
        r"\bkan (ikke|ik) mærke (min|sin|hendes|hans) (arm|ben|side|ansigt)\b", r"\b(taler|snakker) sløret\b",
        r"\b(indbrud|brudt ind|bryder ind|brød ind)\b", r"\b(nogen|en fremmed|en mand) (prøver at komme ind|er inde i|står i (min|mit))\b",
        r"\bder er (nogen|en fremmed|en mand) (i|inde i) (min|mit|huset|lejligheden|stuen)\b",
        r"\b(ring|ringe|ringer|ringede|ringet) (til )?112\b", r"\b112\b", r"\bambulancen?\b", r"\bkan ikke komme (derud|ud)\b.*\b(røg|brand|ild)\b",
    ]


def safety_patterns() -> list[str]:
    """Self-harm, suicidal thoughts, abuse and acute danger. Recall first: every pattern was written
    against indirect phrasing and chat spellings; false hits are checked against idioms in the tests."""
    return suicide_patterns() + self_harm_patterns() + abuse_patterns() + danger_patterns()


# Idioms that contain safety words but are not disclosures; masked before the safety patterns run.
def safety_exceptions() -> list[str]:
    return [
        r"\bd(ø|ør|øde|øer|ø) (næsten |snart |jo )?af (grin|kedsomhed|skam|nysgerrighed|varme|sult|træthed|kulde|spænding)\b",
        r"\b(keder|kede|kedede) (mig|sig) ihjel\b", r"\bdet (slår|slog) (mig|hende|ham)\b", r"\bslår (mig|sig) løs\b",
        r"\bslå (tiden|en handel|op|ihjel tiden)\b", r"\b(slår|slå|slog) tiden ihjel\b", r"\bslå(r)? (mig|sig) ned\b",
        r"\b(dræbe|dræber|dræbte) (lige )?(min|den|det|mit) (wifi|computer|telefon|printer|alarm|vækkeur|mobil|samtale|stemning|ur)\b",
        r"\bsulter ihjel\b", r"\bfryser ihjel\b", r"\bgriner (mig|sig) ihjel\b", r"\bsvømmer ihjel\b", r"\bkeder (mig|sig) til døde\b",
        r"\bpiller? (mod|for) (hovedpine|smerter)\b", r"\b(slog|slår|slået) (mig|sig) (på|i) (cyklen|knæet|albuen|hovedet|tåen|dørkarmen|bordet|foden)\b(?!.*\b(selv|med vilje)\b)",
        r"\bslå (mig|sig) (slemt|alvorligt|hvis)\b", r"\bbange for at dø\b", r"\bfalde og slå (mig|sig)\b(?! selv)",
        r"\bslået op\b", r"\bslået ud\b", r"\bslår (mig|sig|hende|ham) (helt |totalt |fuldstændig )?ud\b",
        r"\bdet (var|er) (lige )?ved at slå (mig|os) ihjel\b", r"\bdet slår (mig|os) ihjel\b",
        r"\bbange for at (de|kommunen|jobcentret|nogen|skat|banken) (tager|tog)\b",
        r"\b(kommunen|jobcentret|skat|staten|banken|de) (tager|tog) (min|mine|mit)\b",
        r"\b(filmen|sangen|musikken|historien|bogen|det) (rører|rørte) (mig|hende|ham)\b", r"\bslog op\b", r"\bslå min rekord\b", r"\bslå (min|hans|hendes) rekord\b",
        r"\b(det|de|den|dette|arbejdet|jobbet|skolen|\w+en|\w+et|\w+erne|\w+er) (der )?(tager|tog) livet af (mig|os)\b",
        r"\bdødtræt\b", r"\bdødsyg\b", r"\b(brændte|brænder|brændt) (maden|kagen|gryden|boller\w*|pizzaen|toastet|risene|kartoflerne) (på|af|fast)\b",
        r"\bskære (grøntsager|brød|løg|kød|kartofler|frugt|agurk|tomat\w*)\b", r"\buden at skære (mig|sig)\b",
        r"\bbrænder for\b", r"\bdet rører (mig|hende|ham)\b", r"\bhjertet brænder\b",
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


def fold(text: str) -> str:
    """Spell æ, ø, å and their ASCII stand-ins (ae, oe, aa) alike, for text typed without æøå.

    Spaces are untouched, so word positions in the folded text are those of the original."""
    for a, b in (("ae", "a"), ("oe", "o"), ("aa", "a"), ("æ", "a"), ("ø", "o"), ("å", "a")):
        text = text.replace(a, b)
    return text


@lru_cache(maxsize=1)
def _folded_safety_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    pos, exc = _safety_res()
    return re.compile(fold(pos.pattern)), re.compile(fold(exc.pattern))


def _mask(exc: re.Pattern[str], text: str) -> str:
    return exc.sub(lambda m: re.sub(r"\S", "_", m.group()), text)


def safety_hit(norm_text: str) -> re.Match[str] | None:
    """A safety disclosure in the text, after masking idioms that only look like one.

    The match is on a masked copy of the text (and, for text typed without æøå, a folded copy):
    words keep their positions, so `m.string[:m.start()].split()` counts the words before the hit."""
    pos, exc = _safety_res()
    m = pos.search(_mask(exc, norm_text))
    if m is None:
        fpos, fexc = _folded_safety_res()
        m = fpos.search(_mask(fexc, fold(norm_text)))
    return m
