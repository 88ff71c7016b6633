"""Small recognisers for the citizen's short answers: yes/no, don't know, stop, scores, choices.

Rasa's NLU gives an intent too; these recognisers work on the text alone so the core decides the same
way with or without Rasa (and in `forbered` tests), and so button payloads and free text agree.
"""

from __future__ import annotations

import re

from ..tagger.normalize import clean, normalised_words

YES = {"ja", "jo", "jep", "yes", "okay", "gerne", "fint", "selvfølgelig", "klart", "sure", "yeah", "yep",
       "y", "ok", "rigtigt", "rigtig", "korrekt", "præcis", "correct", "right", "det", "helt", "enig", "jamen", "ja tak"}
NO = {"nej", "no", "nope", "nah", "ikke", "næ", "nix", "nej tak"}
DONT_KNOW = re.compile(
    r"^(?:(?:det )?ved (?:jeg )?(?:faktisk |egentlig |ærlig talt |simpelthen |bare |sgu |altså |nu )?(?:det )?(?:sgu )?ikke|ved ikke|aner (?:det )?ikke|ingen anelse|ikke sikker|"
    r"det kan jeg ikke (?:svare på|huske)|husker (?:det )?ikke|måske|tja|hmm|dunno|don'?t know|i don'?t know|not sure|"
    r"(?:ingenting|intet|ikke noget)(?: rigtig| rigtigt| særligt| for tiden| lige nu)?|der er (?:ikke noget|intet|ingenting)(?: lige nu| særligt)?|nothing|nothing really|not really|nah|none|no idea|not much|nej ikke rigtig|ikke rigtig|det ved jeg ikke rigtig|"
    r"(?:jeg )?ved (?:det )?ikke (?:rigtig|rigtigt|helt|så godt)|det ved jeg ikke (?:rigtigt|helt|så godt)|"
    r"(?:jeg |det )?(?:ved|aner) (?:jeg )?(?:det )?(?:faktisk |egentlig )?ikke,? (?:rigtig |rigtigt |helt |faktisk )?(?:hvad|hvem|hvilke|hvilken|hvilket) (?:(?!\bmen\b|\bog\b).){0,40}|"
    r"(?:jeg )?har ingen idé|ingen ide|ingen idé|no idea|i don'?t know what (?:(?!\bbut\b|\band\b).){0,40}|"
    # "I don't remember the goal", "jeg kender ikke hans mål": no answer about the goal, not a goal
    r"(?:i )?(?:don'?t|do not|can'?t|cannot) (?:know|remember|recall)(?: (?:it|that|the goals?|(?:my|his|her|their) goals?))?|"
    r"(?:jeg )?(?:kan ikke huske|husker ikke|kender ikke|ved ikke)(?: (?:det|målet|målene|(?:mit|mine|hans|hendes) mål))?|"
    # "Ved ikke om hun har mål", "Det ved jeg ikke om han har", "aner ikke om jeg har nogen": whether there are any, unknown
    r"(?:(?:det )?(?:jeg )?(?:ved|aner|kender) (?:jeg )?(?:det )?(?:faktisk |egentlig |altså )?(?:ikke|ik)(?: rigtig| rigtigt| helt| så godt)? "
    # "ingen anelse om om han har nogen drømme": the same whether-clause after "ingen anelse/idé om"
    r"|(?:jeg )?(?:har )?(?:ingen anelse|ingen idé|ingen ide) om,? (?=om ))"
    r"(?:om (?:jeg|han|hun|de|vi|hun eller han|han eller hun|(?:min|mit|mine|vores|hans|hendes) [a-zæøå]+|[a-zæøå]+) (?:har|havde)(?: (?:nogen|nogle|noget|et|egentlig|faktisk))*"
    r"(?: (?:mål|målsætninger?|delmål|drømme|ønsker|håb|planer))?|(?:om|til) (?:(?:mit|mine|hans|hendes|deres|dine|nogen|nogle) )?(?:mål|målene|målet))"
    r"(?: (?:lige nu|nu|for tiden|i øjeblikket|længere))?|"
    r"(?:jeg )?(?:har )?(?:ingen anelse|ingen idé|ingen ide) om (?:(?:mit|mine|hans|hendes|deres|nogen|nogle) )?(?:mål|målene|målet))$"
)
SKIP = re.compile(r"^(?:spring (?:den |det )?over|videre|næste|skip|next|pas|det vil jeg ikke svare på|det vil jeg helst ikke svare på)$")
# "det har jeg ikke lyst til at snakke om", "vil ikke svare", "næste spørgsmål", "ingen kommentar": no answer to this
# question, said in other words (never echoed back as a wish, "Du vil gerne lave noget med næste spørgsmål")
SKIP_MORE = re.compile(r"^(?:(?:(?:det |dét )?(?:vil|gider|har|orker) (?:jeg )?|jeg (?:vil|gider|har|orker) )(?:helst |altså |bare |nu )?(?:ikke|ik) (?:lyst til at )?"
                       r"(?:svare|snakke|tale|skrive|sige noget) (?:på|om)(?: det| dét)?|(?:jeg )?(?:vil|gider) (?:helst )?(?:ikke|ik) svare"
                       r"(?: på det)?|(?:det )?(?:vil|gider) jeg (?:helst )?(?:ikke|ik) svare|næste spørgsmål|ingen kommentar(?:er)?|"
                       r"no comment|(?:det |den )?springer jeg over|(?:jeg )?springer (?:den |det )?over(?: den| det)?|skip det|pass)"
                       r"(?: (?:lige )?nu)?(?: tak)?$")  # ("den springer jeg over", "vil ikke svare på det lige nu")
# "jeg ved det ikke", "det ved jeg ikke lige", "maaske": the don't-know in the word orders and spellings not above
# ("det ved hun ikke", "vi ved det ikke rigtig": a relative's don't-know about the one they write for)
DONT_KNOW_MORE = re.compile(r"^(?:(?:jeg |det |hun |han |vi )?(?:ved|vet|aner) (?:jeg |det |hun |han |vi )?(?:det )?(?:faktisk |egentlig |altså |bare |sgu |sku |skulle |skam |lige |nu )?"
                            r"(?:ikke|ik)(?: (?:rigtig|rigtigt|helt|lige|så godt|endnu|lige nu))*|maaske|maske|mske|måske ikke|idk|"
                            # "kan ikke komme på noget", "jeg kan ikke lige komme i tanke om noget": nothing comes to mind
                            r"(?:jeg |det )?kan (?:jeg )?(?:ikke|ik) (?:lige |rigtig )?(?:komme på|komme i t(?:a|æ)nke om) (?:noget|nogen|det)"
                            r"(?: (?:lige nu|lige|nu|rigtig))?)$")
# "Jeg gider — ærligt talt — ikke …", "jeg hader, undskyld, at tale om det": the aside is no part of the answer
# (between dashes only a hedge word: "Jeg ved ikke – bortset fra tegning – hvad …" names a strength and stays)
_ASIDE = re.compile(r"(?<=\w)\s*(?:—|–|--)\s*(?:undskyld|sorry|ærligt talt|ærlig talt|helt ærligt|for at være ærlig|altså|øh+m*|hmm+)"
                    r"\s*(?:—|–|--)\s*(?=\w)|"
                    r"(?<=\w),\s*(?:undskyld|sorry|ærligt talt|ærlig talt|helt ærligt|altså|øh+m*)\s*(?:,\s*|\s+og\s+)(?=\w)", re.IGNORECASE)


def _no_aside(text: str) -> str:
    return _ASIDE.sub(" ", text)


# Stopping: a request, not the word. "Det er slut nu" about a working life or "jeg er færdig med skolen"
# is an answer; "stop", "slut", "kan vi stoppe?" and "jeg gider ikke mere" are requests.
STOP = re.compile(
    # "jeg gider ikke mere", "orker ikke mere i dag": said by the citizen (never "min mor orker ikke mere") and about the chat
    # ("jeg vil ikke mere i skole", "jeg gider ikke mere rengøring" are answers)
    r"\b(?:(?:^|\b(?:jeg|æ|a|vi|nej|puha|pyha|altså|åh|ej|ok|okay|bare) )(?:vil|gider|orker|magter) (?:ikke|ik) mere(?=$| (?:nu|i dag|idag|"
    r"lige nu|tak|please|for i dag|for nu|med det her|det her|med det|med samtalen|med chatten|med spørgsmålene|med dig|at svare|"
    r"at skrive|at snakke|snak|snakke|af det|spørgsmål\w*|chat\w*|jeg|æ|vi|kan vi|undskyld|farvel|hej)\b)|"
    r"(?:^|\b(?:jeg|æ|a) )kan (?:ikke|ik) mere nu|kan vi stoppe|skal vi stoppe|lad os (?:stoppe|slutte)|vi kan (?:godt |bare )?(?:stoppe|slutte)(?=$| nu| her| for i dag| for nu)|"
    # "nu gider jeg ikke mere", "stop og gem": the same request in V2 order, or with the save asked for
    r"(?:nu|så) (?:gider|orker|vil) (?:jeg|æ) (?:ikke|ik) mere|stop og gem|stop and save|"
    r"(?:vil|gider|orker|kan) (?:ikke|ik) (?:svare|skrive|snakke|tale) (?:mere|på flere spørgsmål)|"
    # "jeg vil gerne stoppe (nu)" is the request; "jeg vil gerne stoppe med at ryge", "jeg vil afslutte min uddannelse"
    # is a wish about a habit or a course, never the chat
    r"vil (?:gerne |bare |helst |godt |hellere )?(?:stoppe|afslutte|holde op|slutte|afbryde)(?=$| (?:nu|her|for i dag|for nu|i dag|lige nu|tak|please|igen|det her|"
    r"med det her|med det nu|med samtalen|med chatten|samtalen|chatten|snakken|jeg|æ|a|vi|undskyld|det er|det giver|"
    # "jeg vil stoppe fordi jeg er træt", "… og gemme", "…, er det ok?", "… med at svare", "…. Hej hej": the chat, with its reason
    r"fordi|for jeg|da jeg|hvis (?:det er (?:ok|okay|i orden|fint)|jeg må)|er det|og (?:gemme|gem|slette|slet|gå|sige)|med at (?:svare|skrive|snakke|tale|chatte)|"
    r"med (?:spørgsmålene|de spørgsmål|dine spørgsmål|alle de spørgsmål|dig)|hej|farvel|ok|okay)\b)|vi stopper|"
    # "må jeg stoppe?", "kan vi godt stoppe?", "kan vi ikke bare stoppe nu": asked, not told
    r"(?:må|kan) (?:jeg|vi) (?:godt |bare |godt bare )?(?:stoppe|holde op|slutte)(?=$| (?:nu|her|for i dag|for nu|i dag|lige nu|tak|please|snart)\b)|"
    r"kan vi (?:ikke|ik) (?:bare |godt |godt bare )?(?:stoppe|holde op|slutte)(?=$| (?:nu|her|for i dag|for nu|i dag)\b)|(?:jeg|æ|a) stopper (?:nu|her nu|for i dag)|nu stopper (?:jeg|æ|a)(?:$| her$| for i dag)|"
    # "det ka vi ta en anden dag": the rest put off to another day, in any spelling
    r"det (?:kan|ka) vi (?:godt )?(?:tage|ta) (?:en anden dag|en anden gang|senere)|slut for i dag|stop nu|"
    r"stop chatten|stop samtalen|afslut chatten|afslut samtalen|luk chatten|luk samtalen|end the chat|let'?s stop|"
    # "Kan vi ikke bare få arket?", "giv mig arket nu": the sheet asked for now, with what is said so far (a plain
    # "Kan jeg få arket?" is a question about the sheet, never an end)
    r"(?:kan|må) (?:jeg|vi) (?=(?:\w+ )*(?:bare|nu|med det samme)$|(?:\w+ )*(?:bare|nu) )(?:ikke |ik )?(?:bare |godt |lige |nu )*(?:få|se) "
    r"(?:arket|forberedelsesarket)(?: nu| med det samme)?$|"
    r"^stop(?: nu)? (?:(?:kan|må) (?:jeg|vi) (?:ikke |ik )?(?:bare |godt |lige |nu )*(?:få|se)|(?:giv|vis) (?:mig|os)(?: bare| lige)?) "
    r"(?:arket|forberedelsesarket)(?: nu| med det samme)?$|"
    r"(?:giv|vis) (?:mig|os) (?:bare |lige )?(?:arket|forberedelsesarket) nu$|"
    r"can (?:i|we) (?:(?:just |not just )(?:have|get|see) the (?:preparation )?sheet(?: now)?|(?:have|get|see) the (?:preparation )?sheet now)$|"
    # "I want to quit" (the chat), never "I want to quit smoking" or "quit my job"
    r"(?:^|i (?:want to|wanna|would like to|'d like to) )quit(?=$| now| this| here| the chat| please)|let'?s end (?:this|it|here|now)|"
    # "I want to stop talking now", but "I want to stop drinking" is a wish
    r"(?:i (?:want|would like|'d like) to|i wanna|i'd like to) stop(?! (?!talking\b|chatting\b|answering\b|writing\b)\w+ing\b)(?! talking (?:to|with|about) (?!you\b))|"
    r"can we stop|i don'?t want to (?:do this|do it|continue|go on)(?: any ?more)?|"
    # "I have to stop now, I am too tired", "jeg er nødt til at stoppe her": the chat, not a habit ("stoppe med at ryge")
    r"(?:i|we) (?:have|need|must|'ve got|got|ought) (?:to )?stop(?: (?:now|here|for today|for now)\b(?! (?:with|doing|\w+ing)\b)|"
    r"(?=$| i\b| we\b| i'm\b| sorry\b| my\b| it\b| this\b))|"
    r"(?:jeg|æ|a|vi) (?:er nødt til at|må|skal|bliver nødt til at) (?:lige )?stoppe(?: (?:nu|her|for i dag)\b(?! med\b)|"
    r"(?=$| jeg\b| æ\b| a\b| vi\b| undskyld\b| mit\b| min\b| det\b)))\b|^(?:(?:(?:ja|ok|okay) )?(?:nej )?(?:please )?(?:stop|stoppe|slut|afslut|færdig)(?: (?:stop|stoppe|slut))*(?: nu| tak| her| for i dag| for nu| i dag| now| please)*|"
    # goodbye in so many words: "farvel", "tak for nu", "bye" (never "farvel til stress", "min mor siger farvel")
    r"(?:(?:ok|okay|så|nå) )?(?:farvel|bye|goodbye|bye bye)(?: (?:og )?(?:tak|farvel|for nu|for i dag|bye|hej hej))*|"
    r"(?:(?:ok|okay|nå) )?tak for nu(?: (?:og )?(?:farvel|hej hej|bye))?|tak (?:og )?farvel|"
    r"(?:nu er jeg|jeg er) (?:helt |vist |bare )?færdig(?: nu| for i dag| for nu)?|(?:det er|det må være|nu er det|det er vist) nok(?: nu| for i dag| for nu)?|nok nu|"
    r"(?:jeg )?har (?:ikke|ik) lyst til mere(?: nu| i dag)?|det (?:gider|orker|vil) (?:jeg|æ) (?:ikke|ik) mere(?: nu| i dag)?|"
    r"(?:jeg tror |så )?(?:jeg|vi) stopper(?: her| nu| for i dag)*|(?:nu|så) stopper (?:jeg|vi)(?: her| nu| for i dag)?|"
    r"(?:i'?m|i am) (?:done|finished)(?: now| for today)?|(?:tak )?det var (?:alt|det) for i dag|må (?:jeg|vi) (?:godt )?gå(?: nu)?|"
    r"(?:jeg )?(?:vil|gider|orker) (?:ikke|ik) (?:det her|være med)(?: mere)?(?: nu| i dag)?|"
    r"(?:(?:jeg )?vil (?:gerne )?)?slet\w* (?:alt|det hele|det)(?: og)? (?:stop|stoppe)|(?:ikke|ingen) flere spørgsmål(?: tak| nu)?|no more questions(?: please)?|"
    # "hold op", "hold nu op": the same request in other words
    r"hold (?:nu )?op(?: nu| tak| please)?|jeg er færdig(?: nu| for i dag)?|"
    r"det er nok(?: nu)?|nok for i dag|stop it|stop please|done)$"
)
# A pause: the chat left for now, in so many words. "Jeg vil gerne have et job senere", "Jeg håber at jeg kommer tilbage",
# "I will be back to work in May", "jeg holder pause fra skolen" are answers; "jeg er tilbage" is the return, not a pause.
# the rest put off, as a question: "kan vi tage resten i morgen", "skal vi snakke videre senere", "can we finish this
# tomorrow"; "skal vi" only first ("Hun ringer, og så skal vi snakke i morgen", "Med min sagsbehandler skal vi tale i
# morgen" are plans), and never "så/og/hvad … kan vi" (a plan or a question about the next step)
_REST_LATER_SRC = (r"(?:^(?:ok |okay |ja |nej |men )?(?:kan|skal)|(?<!\bså )(?<!\bog )(?<!\bhvor )(?<!\bhvad )(?<!\bhvis )"
                   r"(?<!\bnår )(?<!\bder )(?<!\bhvornår )(?<!\bbagefter )\bkan) vi (?:ikke )?(?:godt )?"
                   r"(?:tage|ta|fortsætte|snakke|tale|skrive|gøre|klare)"
                   r"(?: det| om det| resten| videre| færdig| det færdigt| resten færdig)? (?:senere|i morgen|i aften|en anden dag|"
                   r"en anden gang|næste gang)(?: i stedet)?$|\bcan we (?:finish|do|continue|carry on|talk|pick (?:this|it) up)"
                   r"(?: this| it| the rest| about it)? (?:later|tomorrow|another day)$")
PAUSE = re.compile(r"\b(?:pause(?! (?:fra|med|i|på|hver|om (?:dagen|morgenen|formiddagen|middagen|eftermiddagen|aftenen|natten|ugen)|efter (?:frokost|maden|skole|arbejde))\b)|take a break|"
                   r"(?:kommer tilbage|fortsætter|fortsætte|fortsæt|tager det|tage det|ta det|snakke|snakker|snakkes|skriver|skrive|"
                   r"tales|tale) (?:videre )?senere$|^(?:ok |okay |så )?(?:senere|later)$|(?:talk|continue|chat|finish|write)(?: this)? later|"
                   r"(?:^|\bvi )snakkes(?: ved)?(?: senere| i morgen)?\b|(?:^|\bvi )ses(?: senere| om lidt| i morgen| igen| snart)?$|"
                   r"(?:jeg|vi) skal lige (?:spise|have mad|ud|gå|i bad|ringe)|"
                   r"(?:jeg|vi|æ) (?:skal|må) (?:gå|smutte|løbe|afsted) nu|"
                   # "skal lige spise. kommer igen": the pause without its "jeg", and "kommer igen" as "kommer tilbage"
                   r"^(?:(?:ok|okay|hov|undskyld)\s+)?skal lige (?:spise|have mad|ud|gå|i bad|ringe|tisse|på toilettet|lave mad)|"
                   # back, with when: "er tilbage om lidt", "kommer igen senere"; or said alone or with "lige": "jeg kommer lige tilbage"
                   r"(?:kommer|er) (?:lige )?(?:tilbage|igen) (?:om lidt|senere|bagefter|lidt senere|om et øjeblik|om \w+ minutter)$|"
                   r"^(?:(?:ok|okay|så|og)\s+)?(?:(?:jeg|vi|æ) )?kommer (?:lige )?(?:tilbage|igen)$|kommer lige (?:tilbage|igen)\b|"
                   r"\b(?:spise|mad|bad|ringe|ud|pause|tisse|toilettet) (?:(?:jeg|vi|æ) )?(?:kommer|er) (?:lige )?(?:tilbage|igen)$|"
                   r"så kommer (?:jeg|vi|æ) (?:lige )?(?:tilbage|igen)$|"
                   # "I'll be back soon", never "I will be back to work in May" or "back at work after the summer"
                   r"(?:i'?ll|i will) be (?:right )?back(?=$| soon| later| after (?:dinner|lunch|eating|a break|the break)| tomorrow| i\b|"
                   r" in (?:a |an |\d+ )?(?:bit|minute|minutes|moment|sec|second|few|hour|while)\b)|"
                   r"(?:i|we) (?:have|need) to (?:eat|go|have dinner|have lunch)(?: now)?(?=$| back (?:soon|later|in a)| i'll| brb)|"
                   r"(?:jeg|vi|æ) skal (?:smutte|afsted)|kommer (?:lige )?tilbage om lidt|tilbage om lidt|brb|be right back|"
                   r"(?:i|we) (?:have|need) to (?:eat|go) now|"
                   # the chat put off, in so many words: "jeg fortsætter lidt senere", "vi tager resten senere", "jeg svarer
                   # senere", "måske senere", "senere tak" (never "Jeg vil gerne have et job senere")
                   r"(?:^|\b(?:jeg|vi|æ) )(?:fortsætter|fortsætte|tager|tar|svarer|skriver|gør det færdigt)(?: (?:lidt|resten|det|mere|videre))*"
                   r" (?:senere|i aften|i morgen)(?: i dag| i aften| i morgen)?$|"
                   r"^(?:(?:kan|skal) vi (?:ikke )?(?:godt )?(?:tage|ta) |(?:vi|lad os) (?:tager|ta|tage) |(?:jeg|vi) (?:tager|tar) )?"
                   r"resten (?:senere|en anden dag|en anden gang|i morgen|i aften)(?: tak)?$|"
                   r"^(?:ok |okay |ja |så |nej )?(?:måske )?senere(?: tak| ok| okay)?$|"
                   # the rest put off after an errand: "jeg skal lige noget, kan vi tage resten i morgen", "kan vi snakke
                   # videre senere", "can we finish this tomorrow" (a question with "kan vi" first, never "vi kan …")
                   + _REST_LATER_SRC + r"|\b(?:jeg|vi|æ) skal lige noget(?: andet)?(?: nu)?$|"
                   # back later, with when: "jeg kommer tilbage senere i dag", "er tilbage om 5 min", "… nu, kommer tilbage"
                   r"(?:^|\b(?:jeg|vi|æ|nu|så) )(?:(?:jeg|vi|æ) )?(?:kommer|er) (?:lige )?tilbage (?:senere(?: i dag| i aften)?|i aften|i morgen|"
                   r"om (?:en|et|\d+|\w+) (?:min|mins|minutter|minut|time|timer|kvarter|øjeblik)|efter \w+)$|"
                   r"\b(?:nu|så) (?:(?:jeg|vi|æ) )?kommer (?:lige )?tilbage$|\bskal lige (?:\w+ ){1,4}(?:er|kommer) (?:lige )?tilbage\b|"
                   r"^(?:i'?ll be )?back in (?:\d+|a few|five|ten)(?: min| mins| minutes)?$)\b")
THANKS = re.compile(r"^(?:tak|mange tak|tusind tak|tak for (?:det|hjælpen|i dag)|thanks|thank you)\b")
GREETING = re.compile(r"^(?:hej|hejsa|hallo|goddag|godmorgen|hi|hello|hey|davs|dav)\b")
ENGLISH_REQUEST = re.compile(r"\b(?:english|engelsk|in english|på engelsk|speak english|i don'?t (?:speak|understand) danish)\b")
RELATIVE = re.compile(
    r"\b(?:pårørende|relative|jeg er (?:hans|hendes|\w+s) (?:mor|far|søster|bror|datter|søn|kone|mand|moster|faster|onkel|bedstemor|bedstefar|værge|kontaktperson)|min (?:søn|datter|mor|far|bror|søster|mand|kone)|"
    r"mit barn|jeg skriver for|på vegne af|writing for)\b"
)
# Who is writing, said at the start: being a relative, not mentioning one ("min datter har hjulpet mig med at
# åbne linket" is the citizen writing)
WRITER_RELATIVE = re.compile(
    r"\b(?:pårørende|relative|jeg er (?:hans|hendes|\w+s) (?:mor|far|søster|bror|datter|søn|kone|mand|moster|faster|"
    r"onkel|bedstemor|bedstefar|værge|kontaktperson)|jeg skriver for|på vegne af|writing for|on behalf of|i write for|"
    r"i(?:'m| am) (?:the )?(?:mother|father|mum|mom|dad|sister|brother|daughter|son|wife|husband|guardian) of|"
    r"i'?m (?:his|her|their) (?:mother|father|mum|mom|dad|sister|brother|daughter|son|wife|husband|guardian)|"
    r"i am (?:his|her|their) (?:mother|father|mum|mom|dad|sister|brother|daughter|son|wife|husband|guardian))\b"
)
# "det er svært", "it's fine": a word after "hej, det er" that is no name
NOT_A_NAME = (r"(?:mig|mor|far|os|hans|hendes|me|mum|mom|dad|svært|svaert|fint|godt|okay|ok|rigtigt|sjovt|dejligt|hårdt|haardt|træls|"
              r"let|nemt|nok|lige|bare|sandt|sådan|det|en|et|noget|meget|også|min|mit|vores|jo|nu|her|forkert|rart|skønt|skidt|"
              r"dårligt|fedt|super|mærkeligt|underligt|lidt|vigtigt|synd|trist|kedeligt|tungt|umuligt|ikke|ik|altså|fine|good|"
              r"hard|difficult|true|nice|great|not|so|my|him|her)\b")
# "Nu skriver jeg selv": the citizen takes over from the relative
SELF_NOW = re.compile(r"(?i)\b(?:nu skriver jeg selv|jeg skriver selv nu|nu er det mig selv,? der skriver|"
                      # "nu skriver Sara selv", "Sara skriver selv nu", "nu tager hun over": the person the relative wrote for
                      r"nu skriver (?!vi\b|du\b|i\b)[a-zæøå]+ selv(?: resten| herfra| videre| fra nu af)?|(?:hun|han|(?-i:[A-ZÆØÅ][a-zæøå]+)) skriver selv nu|"
                      r"nu tager (?:hun|han|(?-i:[A-ZÆØÅ][a-zæøå]+)) over|"
                      # "Han tager over nu.": a sentence of its own ending the message (never "…, og han tager over.")
                      r"(?:^|(?<=[.!]\s))(?:hun|han|(?-i:[A-ZÆØÅ][a-zæøå]+)) tager over(?: nu| herfra)?(?=\s*[.!]?\s*$)|"
                      # "Jeg giver computeren til Emil nu", "I'll pass the keyboard to John": the person at the keyboard from here
                      # ("Nu giver jeg …" opens a sentence; "Når hun ringer, så giver jeg telefonen til hende" is a story)
                      r"(?:(?:jeg|vi) (?:giver|rækker|sender|overlader)|(?:^|(?<=[.!:]\s)|(?<=\bok,\s)|(?<=\bokay,\s))(?:nu|så) (?:giver|rækker|sender|overlader) (?:jeg|vi)) (?:nu )?(?:computeren|tastaturet|telefonen|mobilen|ipaden|ipad'en|tabletten|"
                      r"skærmen|ordet) (?:videre )?(?:over )?til (?:hende|ham|(?-i:[A-ZÆØÅ][a-zæøå]+))(?: nu| selv)?(?=\s*(?:[,.!]|$))|"
                      r"i(?:'ll| will|'m| am)? (?:hand|pass|give|handing|passing|giving) (?:the )?(?:keyboard|phone|tablet|computer|laptop)? ?(?:over )?"
                      r"(?:to|back to) (?:her|him|(?-i:[A-Z][a-z]+))(?: now)?(?=\s*(?:[,.!]|$))|"
                      # "Nu vil Peter gerne skrive selv", "Nu vil hun selv svare": the person at the keyboard from here
                      r"nu vil (?:hun|han|(?-i:[A-ZÆØÅ][a-zæøå]+)) (?:gerne |selv |godt )*(?:skrive|svare)(?: selv)?(?: resten| herfra| videre| nu)?(?=\s*(?:[,.!]|$))|"
                      r"(?:^|(?<=[.!]\s))(?:now )?(?:she|he|(?-i:[A-Z][a-z]+)) (?:is taking over|takes over|wants to write (?:herself|himself))(?: now| from here)?"
                      r"(?=\s*[.!]?\s*$)|"
                      # "Hej det er Peter", "Hej, det er Sofie nu": the person greets and names themself once the relative
                      # has written, the name ending the message (never "Hej, det er svært." or "Hej, det er Karin, hans mor.")
                      r"(?:^|(?<=[.!]\s))(?:hej|hejsa|hey|hi|hallo)[,!.]?\s+(?:det er|her er|it'?s|this is)\s+"
                      r"(?!" + NOT_A_NAME + r")[a-zæøå]{2,}(?: nu| her| now)?(?=\s*[.!]?\s*$)|"
                      # "Hun sidder her nu, hun skriver selv", "han svarer selv herfra": the person at the keyboard now
                      r"(?:(?:hun|han|(?-i:[A-ZÆØÅ][a-zæøå]+)) (?:sidder|er) (?:lige )?(?:her|ved siden af(?: mig)?)(?: nu| nu også| også)?"
                      r"\s*[,.!]?\s*(?:og |så )?)?(?:hun|han|(?-i:[A-ZÆØÅ][a-zæøå]+)) (?:skriver|svarer) selv(?: nu| herfra| fra nu af| resten)?"
                      r"(?=\s*(?:[,.!]|$))|(?:she|he) (?:is writing|writes|will write|will answer) (?:herself|himself)(?: now| from here)?|"
                      # "det er mig selv nu, Karen": the citizen says it is her now (her name after it is no point)
                      r"(?:det er mig selv nu|(?:(?:det|nu) er det mig selv|nu er det mig)(?: nu)?(?=\s*(?:[,.!:]|$|\s(?-i:[A-ZÆØÅ]))))"
                      r"(?:,?\s+(?:(?:jeg hedder|jeg er)\s+)?(?-i:[A-ZÆØÅ][a-zæøå]+)(?=\s*(?:[,.!:]|$)))?|"
                      r"det er mig selv,? der skriver nu|now i(?:'m| am) writing myself|i will write myself now)\b[.!]?")
NO_GOALS = re.compile(r"^(?:(?:nej|nå|tja|øh)[,.]?\s+)?(?:(?:jeg|vi|hun|han) (?:har )?)?(?:ikke (?:noget|nogen|nogle|et|rigtig noget) mål|intet mål)\b|"
                      r"\b(?:ingen mål|har ikke (?:rigtig |rigtigt |helt |lige )?(?:nogen|nogle) mål|har ikke (?:noget|nogle) mål|no goals|i have no goals|har ingen|(?:i )?(?:don'?t|do not) have (?:any )?goals)\b|"
                      r"^(?:ingen|ikke nogen|ikke nogle|har ikke nogen|har ikke nogle|none|i have none|"
                      r"(?:jeg )?ved ikke,? hvad mine mål er|(?:jeg )?kender ikke mine mål|"
                      # "dont know what goals I have", "ved ik hvilke mål jeg har": no goal known, never a goal of its own
                      r"(?:i )?(?:don'?t|do not|dunno) know (?:what|which|of any|about any|about) (?:my |any |the )?goals?(?: i have| are| i'?ve got| that is| are they)?|"
                      r"(?:jeg )?ved (?:ikke|ik),? (?:hvad|hvilke|om) (?:mine |mit |jeg har )?mål(?: jeg har| er| har jeg)?|"
                      # "ved ik noget mål", "jeg ved ikke noget om mine mål", a relative's "hun ved ikke noget om sine mål"
                      r"(?:(?:jeg|hun|han|vi) )?ved (?:ikke|ik) (?:noget|nogen|nogle)(?: om)? "
                      r"(?:mine |mit |sine |sit |hans |hendes |vores |de |et |nogen |nogle )?mål(?:ene)?)$")
SELF = re.compile(r"\b(?:(?:jeg )?skriver selv|det er mig selv|(?:i am|i'm) writing myself|writing it myself)\b")
FOR_SOMEONE = re.compile(r"\b(?:(?:vi|jeg) skriver (?:sammen )?(?:for|på vegne af) (?:ham|hende|\w+)|vi er (?:hans|hendes|\w+s|\w+) (?:forældre|familie)|"
                         r"we are (?:his|her|their) parents|we(?:'re| are) writing for (?:him|her))\b")
TOGETHER = re.compile(r"\b(?:sammen|together|vi skriver|hjælper (?:mig|hende|ham) med at skrive)\b")

SCORE_WORDS = {
    "nul": 0, "0": 0, "zero": 0, "slet ikke": 0, "slet ikke godt": 0,
    "en": 1, "et": 1, "én": 1, "1": 1, "one": 1, "dårligt": 1, "skidt": 1, "ikke så godt": 1,
    "to": 2, "2": 2, "two": 2, "middel": 2, "okay": 2, "så som så": 2, "nogenlunde": 2, "halvt": 2,
    # "midt imellem", "sådan midt i mellem", "in the middle", "so-so": the middle of the scale
    "midt imellem": 2, "midt i mellem": 2, "midtimellem": 2, "i midten": 2, "midt på": 2, "in the middle": 2,
    "somewhere in the middle": 2, "so so": 2, "halfway": 2, "half way": 2, "middle": 2,
    "tre": 3, "3": 3, "three": 3, "godt": 3, "fint": 3, "ret godt": 3,
    "fire": 4, "4": 4, "four": 4, "rigtig godt": 4, "super": 4, "supergodt": 4, "meget godt": 4, "perfekt": 4,
}
# Other languages a citizen may write in. Arabic, Cyrillic and a few frequent words of Polish, Somali,
# Turkish, Ukrainian and German; English is handled on its own.
_SCRIPTS = re.compile(r"[\u0600-\u06ff\u0400-\u04ff\u0590-\u05ff\u0e00-\u0e7f\u4e00-\u9fff\u1200-\u137f]")
_FOREIGN_WORDS = re.compile(
    r"\b(?:dzień dobry|cześć|jestem|proszę|dziękuję|nie wiem|nie rozumiem|mówię|waan|aan|maya|haa|"
    r"iska warran|mahadsanid|ma fahmin|ma fahmo|soomaali|af soomaali|salaan|merhaba|teşekkür|anlamıyorum|türkçe|"
    r"konuşabilir|ich verstehe|nicht|bitte|danke|sprechen sie|deutsch|ich spreche|rozumiem|tłumacz|po polsku|"
    r"ne rozumiyu|ne rozumiju|bonjour|merci|gracias|hola|no entiendo)\b",
    re.IGNORECASE,
)
_ENGLISH = re.compile(r"\b(?:the|i am|i'm|i want|i would|i like|my|you|what|please|is|are|don't|good at|would like)\b")
_DANISH = re.compile(r"\b(?:jeg|du|ikke|og|det|er|har|vil|gerne|min|mit|kan|på|til|at|en|et|med|godt)\b")
# more Danish words, for a Danish sentence about another language ("Han taler kun soomaali", "hun hedder Ayşe")
_DANISH_MORE = re.compile(r"\b(?:han|hun|ham|hende|hans|hendes|taler|snakker|kun|mor|far|vi|de|hedder|bor|fra|kommer|også)\b")


# "IT" in capitals, or "it" after a preposition ("uddannelse inden for IT", "arbejde med it"), is the trade, never the
# West Jutland "ikke" the spelling fold makes of it (a wish about IT read as negated)
_IT_TRADE = re.compile(r"\bIT\b(?![-'])|\b(med|for|i|om|af|til) it\b(?![-'])")


def norm(text: str) -> str:
    if "it" in text.lower():
        danish = bool(_DANISH.search(text.lower())) and not _ENGLISH.search(text.lower())
        text = _IT_TRADE.sub(lambda m: (f"{m.group(1)} itfag" if danish else m.group(0)) if m.group(1) else "itfag", text)
    return " ".join(normalised_words(clean(text)))


def is_payload(text: str) -> bool:
    return text.strip().startswith("/")


def payload(text: str) -> str:
    return text.strip()[1:].split("{", 1)[0].strip() if is_payload(text) else ""


# Dialect and chat spellings of a yes ("jow", "jaaa", "jeps", "jaja")
_YES_WORD = re.compile(r"^(?:ja+|ja+e+h?|jæ+h?|jo+w?|jov|jeps?|jah|ja+ja+|jo+jo+|yes+|yup)$")  # "jaeh": "jæh" without æ
# Words that are a yes only in so many words ("det er fint", "helt sikkert"), never when the first clause
# negates: "Det vil jeg ikke", "Det må du ikke", "Det passer ikke" are noes.
_WEAK_YES = {"det", "helt", "rigtig", "rigtigt", "korrekt", "præcis", "enig", "klart"}
# what makes a sentence that starts with "det" a yes: "det er fint", "det må du godt", "det vil jeg gerne", "det passer"
_WEAK_OK = re.compile(r"\b(?:fint|fin|ok|okay|i orden|rigtig|rigtigt|godt|korrekt|passer|klart|sikkert|gerne|præcis|"
                      r"enig|super|perfekt|dejligt|skønt|stemmer|er det|gør det|vil jeg|må du|kan du|ja)\b")
_FIRST_CLAUSE_NEG = re.compile(r"^[^,.;!?]*\b(?:ikke|ik|aldrig|ingen|not|never)\b")


_YES_EMOJI = re.compile(r"^\s*(?:👍|👌|✅|✔️?|🙂|😊|😀)(?:\U0001F3FB|\U0001F3FC|\U0001F3FD|\U0001F3FE|\U0001F3FF)?\s*[!.]*\s*$")


_THUMB_YES = re.compile(r"^\s*(?:👍|👌|✅|✔️?)(?:\U0001F3FB|\U0001F3FC|\U0001F3FD|\U0001F3FE|\U0001F3FF)?\s*[!.]*\s*$")
# "👎" is a no; "🤷" (a shrug, any skin tone or gender) is a don't-know
_NO_EMOJI = re.compile(r"^\s*(?:👎|🙅|❌)[\U0001F3FB-\U0001F3FF\u200d\u2640\u2642\ufe0f]*\s*[!.]*\s*$")
_SHRUG = re.compile(r"^\s*🤷[\U0001F3FB-\U0001F3FF\u200d\u2640\u2642\ufe0f]*\s*[?!.]*\s*$")


def is_yes(text: str) -> bool:
    if _YES_EMOJI.match(text):
        return True  # "👍" to a yes/no question
    n = norm(text)
    if not n:
        return False
    first = n.split()[0]
    if (first in _WEAK_YES or first.startswith("det")) and _FIRST_CLAUSE_NEG.search(clean(text).lower()):
        return False
    if first.startswith("det") and n != "det" and not _WEAK_OK.search(n):
        return False  # "det er ensomt siden Karl døde" is no yes; "det er fint", "det vil jeg gerne" are
    return (n in YES or bool(_YES_WORD.match(n)) or ((first in YES or _YES_WORD.match(first)) and not is_no(text))
            or n.startswith(("ja ", "det er rigtigt", "det passer", "yes ")))


# Words that carry no answer to an open question on their own: thanks, "også", how often ("nogle gange", "tit"),
# particles; "tak" or "nogle gange" to "Hvad er du god til?" is no strength ("Du er god til tak")
_NO_ANSWER = re.compile(r"^(?:(?:tak|også|osse|ogsaa|jo|da|nå|så|ok|okay|nogle gange|nogen gange|af og til|somme tider|"
                        r"sommetider|tit|ofte|altid|en gang imellem|engang imellem|i ny og næ|i ny og nae|"
                        # when, with no wish in it: "på sigt" to "Hvad drømmer du om?" ("Du drømmer om på sigt")
                        r"på sigt|paa sigt|på (?:lang|længere) sigt|i fremtiden|senere)\s*)+$")


def is_bare_yes(text: str) -> bool:
    """Only a yes ("ja", "ja tak", "jow"), nothing said with it: "ja kok" is an answer. Words that carry no answer
    on their own ("tak", "også", "nogle gange") count the same: there is nothing to put on the sheet."""
    if _THUMB_YES.match(text):
        return True  # "👍" to "Er der noget, der fylder?": a yes, not an answer to keep
    if _NO_ANSWER.match(norm(text)):
        return True
    words = norm(text).split()
    return bool(words) and all(w in YES or _YES_WORD.match(w) or w in ("tak", "da", "så", "ja") for w in words) and is_yes(text)


# A refusal of the consent in so many words: "Det vil jeg ikke", "Du må ikke gemme det"
CONSENT_REFUSAL = re.compile(r"^(?:det (?:vil|må|skal) (?:jeg|du) (?:ikke|ik|helst ikke)|(?:du )?må (?:du )?(?:ikke|ik)\b|"
                             r"jeg vil (?:ikke|ik|helst ikke) have det gemt|ikke gem|lad (?:være|vær)|"
                             r"(?:det )?(?:vil|gider) jeg (?:ikke|ik)$|i don'?t want (?:that|it saved|you to save))")


def is_no(text: str) -> bool:
    if _NO_EMOJI.match(text):
        return True
    n = norm(text)
    return bool(n) and (n in NO or n.split()[0] in {"nej", "no", "nope", "næ", "nix"} or bool(_NO_WORD.match(n.split()[0])))


# Dialect and chat spellings of a no ("næh", "nææ", "nae" written without æ, "neej")
_NO_WORD = re.compile(r"^(?:ne+j+|næ+h?|na+e+h?)$")


_CORRECTION_SIGNS = re.compile(r"\b(?:men|også|glemte|glemt|mangler|ret|rette|tilføj\w*|forkert|ikke rigtigt|but|also|forgot|missing|wrong|change)\b")


def is_confirmation(text: str) -> bool:
    """ "Ja, det er rigtigt, du har fået det hele med. Tak." confirms; "ja, men jeg vil også …" corrects."""
    return is_yes(text) and not is_no(text) and not _CORRECTION_SIGNS.search(norm(text))


# Said with a "ved ikke": no answer either ("ved ikke, det har jeg aldrig tænkt over")
_NO_ANSWER_ALSO = re.compile(r"^(?:det har jeg (?:aldrig|ikke|ikke rigtig) tænkt (?:over|på)|det er svært at sige|"
                             r"det kommer jeg ikke (?:lige )?i tanke om|det kan jeg ikke komme i tanke om|"
                             r"kan ikke komme i tanke om (?:noget|nogen)|svært at sige|godt spørgsmål|"
                             # "Det ved jeg ikke. Det er hypotetisk.": a comment on the question, no answer to it
                             r"det er (?:lidt |meget )?(?:hypotetisk|upræcist)|det er (?:et )?(?:lidt )?(?:hypotetisk|upræcist|svært|mærkeligt|underligt|stort) spørgsmål|"
                             r"det kommer an på|det afhænger af|"
                             # a relative: "…, det siger han ikke", "det har hun aldrig sagt"
                             r"det (?:siger|fortæller) (?:han|hun|de) (?:ikke|ik|aldrig)(?: noget om)?|"
                             r"det har (?:han|hun|de) (?:ikke|ik|aldrig) (?:sagt|fortalt)(?: noget om)?)$")


# "Hmm det ved jeg ikke helt", "øh ved ikke": a filler before the don't-know
_FILLER_LEAD = re.compile(r"^(?:(?:hm+|øh+m*|ehm+|uhm+|um+|tja|altså|nå|jamen|puha|well)\s+)+")


def _dk(n: str) -> bool:
    return any(bool(p.match(n)) or bool(p.match(_FILLER_LEAD.sub("", n))) for p in (DONT_KNOW, DONT_KNOW_MORE))


def is_dont_know(text: str) -> bool:
    """ "ved ikke", "Jeg ved ikke, hvad jeg er god til." — but not when another sentence says something
    ("Jeg ved ikke, hvad jeg er god til. Folk siger, jeg er sød.")."""
    if _SHRUG.match(text):
        return True
    text = _no_aside(text)
    sentences = [p for p in re.split(r"[.!?]+\s+|\n+", text) if norm(p)]
    if bool(sentences) and all(_dk(norm(p)) for p in sentences):
        return True
    # "ved ikke, det har jeg aldrig tænkt over": a don't-know with a comment that is no answer either
    parts = [norm(p) for p in re.split(r"[.!?,;]+\s*|\n+", text) if norm(p)]
    return (len(parts) >= 2 and bool(_dk(parts[0]))
            and all(DONT_KNOW.match(p) or _NO_ANSWER_ALSO.match(p) for p in parts[1:]))


def is_skip(text: str) -> bool:
    n = norm(_no_aside(text)).strip(" .!")
    return bool(SKIP.match(n)) or bool(SKIP_MORE.match(n))


# typed fast: "stope", "stopp", "stoop", "gidder"
_STOP_TYPOS = ((re.compile(r"\bsto+p{1,3}e\b"), "stoppe"), (re.compile(r"\bsto+p+\b"), "stop"), (re.compile(r"\bgidder\b"), "gider"),
               # "jeg vil stop", "ka vi stop": the verb after "vil"/"kan" is "stoppe"
               (re.compile(r"\b((?:vil|kan|må|skal)(?: (?:jeg|vi|gerne|bare|godt|hellere))*) stop\b(?! (?:med|and|with|now|please)\b)"), r"\1 stoppe"))


def _stop_norm(text: str) -> str:
    n = norm(text)
    for pattern, word in _STOP_TYPOS:
        n = pattern.sub(word, n)
    return n


# "…, nu er jeg færdig" after a story about school, "…, det er nok" about money: no request as a last clause
_TAIL_NOT_STOP = re.compile(r"^(?:(?:nu er jeg|jeg er) (?:helt |vist |bare )?færdig|(?:det er|nu er det|det er vist|det må være) nok|færdig)$")


SHEET_NOW = re.compile(r"\b(?:(?:kan|må) (?:jeg|vi) (?:ikke |ik )?(?:bare |godt |lige |nu )*(?:få|se) (?:arket|forberedelsesarket)|"
                       r"(?:giv|vis) (?:mig|os) (?:bare |lige )?(?:arket|forberedelsesarket)|can (?:i|we) (?:just )?(?:have|get|see) the (?:preparation )?sheet)\b")


def is_stop(text: str) -> bool:
    n = _stop_norm(text)
    if len(n.split()) > 12:
        # a long message: a stop only when its first or last sentence is the request ("… jeg orker ikke mere i dag,
        # kan vi stoppe?"), never a word in the middle of a story
        clauses = [_stop_norm(p) for p in re.split(r"[,.!?;\n]+", text) if norm(p)]
        ends = [c for c in (clauses[:1] + clauses[-1:]) if len(c.split()) <= 10]
        return any(STOP.search(c) and not _HABIT_STOP.search(c) and not _TAIL_NOT_STOP.match(c) for c in ends)
    # "… Stop." as a sentence of its own at the end: the request, whatever came before it
    last = [p for p in re.split(r"[.!?\n]+", text) if norm(p)]
    if _HABIT_STOP.search(n):
        return False  # "jeg vil stoppe i dag med at ryge": a habit to stop, a wish
    if bool(STOP.search(n)) or (len(last) >= 2 and bool(re.match(r"^(?:stop|stop nu|stop tak|stop please)$", _stop_norm(last[-1])))):
        return True
    # "jeg har ikke mere energi, jeg stopper", "jeg elsker min hund. Farvel": the request as the message's last clause
    tail = [_stop_norm(p) for p in re.split(r"[,.!?;\n]+", text) if norm(p)]
    if (len(tail) >= 2 and len(tail[-1].split()) <= 6 and STOP.search(tail[-1]) and not _HABIT_STOP.search(tail[-1])
            and not _TAIL_NOT_STOP.match(tail[-1])):
        return True
    # "stop please, I am tired", "Stop. Jeg er træt": the request first, then its reason. "Stop, jeg mente svømning",
    # "stop, vent lidt", "slut, 3": a "stop" before a correction, a wait or an answer is no request to end the chat
    first = next((p for p in re.split(r"[,.!?;\n]+", text) if norm(p)), "")
    nf = norm(first)
    if _STOP_FIRST.match(nf) and nf != n:
        rest = n[len(nf):].strip() if n.startswith(nf) else n
        return bool(_STOP_REASON.search(rest)) and not _NOT_A_STOP_REASON.search(rest)
    lead = _STOP_THEN_REASON.match(n)
    return bool(lead) and bool(_STOP_REASON.search(n[lead.end():])) and not _NOT_A_STOP_REASON.search(n[lead.end():])


_STOP_FIRST = re.compile(r"^(?:(?:nej|ok|okay|no)\s+)?(?:stop|stoppe|slut|afslut|please stop|stop it)(?:\s+(?:stop|stoppe))*"
                         r"(?:\s+(?:nu|tak|her|please|now|for nu|for i dag|i dag))?$")
# "stoppe (i dag) med at ryge", "holde op med at drikke": a habit to stop, never the chat (the chat's own words excepted)
_HABIT_STOP = re.compile(r"\b(?:stoppe|stopper|holde op|afslutte|stop)(?: (?:nu|i dag|helt|snart|igen|lige|gerne))* med "
                         r"(?!(?:at )?(?:svare|skrive|snakke|tale|chatte|spørge|spørgsmål\w*|samtalen|chatten|snakken|det her|det nu|dig|"
                         r"de spørgsmål|dine spørgsmål|alle de spørgsmål)\b)(?:at )?\w+")
_STOP_THEN_REASON = re.compile(r"^(?:stop|stop nu|stop tak|stop please|please stop)\s+(?=(?:jeg|æ|i|i'?m)\s)")
# what can follow a bare "stop" as its reason: tired, no energy, pain, enough, time to go, the save or the goodbye
_STOP_REASON = re.compile(
    r"\b(?:træt|trætte|udmattet|smadret|færdig|orker|gider|kan ikke mere|kan ik mere|har ikke (?:mere |flere )?(?:energi|overskud|kræfter|tid)|"
    r"(?:ikke|ik)(?: \w+){0,3} (?:mere|længere)|koncentrere|overskue|ondt|hovedpine|hoved\w*|tomt?|svimmel|syg|kvalme|energi|overskud|kræfter|det er nok|nok nu|nok for i dag|ikke mere|ik mere|skal gå|skal videre|skal af sted|skal afsted|"
    r"gem|gemme|slet|tak|farvel|hej hej|"
    r"tired|exhausted|done|enough|headache|head|sick|empty|concentrate|focus|hurts?|can'?t (?:do|go on|continue|anymore|any more)|(?:have|need|got) to go|no more|"
    r"save|delete|thanks|thank you|bye)\b")
# a correction, a wait or a no to one question after the "stop": the chat goes on
_NOT_A_STOP_REASON = re.compile(
    r"\b(?:mente|mener|forkert|fejl|vent|skrev|spørg (?:ikke|ik)|ikke færdig|ik færdig|meant|mean|wrong|mistake|wait|typo|"
    r"not done|not finished|don'?t ask)\b")


def stop_rest_unclear(rest: str) -> bool:
    """The words after a bare "stop" that leave it open whether the citizen wants to end the chat ("stop, jeg vil hjem",
    "stop, det er for meget"): not a correction, a wait, a question, a score, a skip or a don't-know."""
    n = norm(rest)
    return bool(re.search(r"[^\W\d_]{2,}", n)) and not (
        _NOT_A_STOP_REASON.search(n) or rest.rstrip().endswith("?") or is_dont_know(rest) or is_skip(rest) or not_this(rest)
        or wants_clarification(rest) or lost_thread(rest))


# A hard feeling or a complaint said with a "stop": met kindly before the question whether to stop
_STOP_HARD = re.compile(r"\b(?:for meget|for svært|for hårdt|ked af|trist|dårligt|dårlig|skidt|sur|vred|gal|irriteret|frustreret|bange|"
                        r"nervøs|stresset|presset|svært|hårdt|tungt|græde|græder|hader|upset|sad|angry|too much|too hard|scared)\b")
_STOP_NOT_HEARD = re.compile(r"\b(?:(?:du )?forstår (?:mig )?(?:ikke|ik)|misforstår|du hører (?:ikke|ik) efter|du lytter (?:ikke|ik)|"
                             r"giver (?:ikke|ik) mening|(?:you )?(?:don'?t|do not) (?:understand|get) me|not listening|makes no sense)\b")


def stop_feeling(rest: str) -> str | None:
    """ "misunderstood" for "du forstår mig ikke", "hard" for "det er for meget", "jeg er ked af det"; else None."""
    n = norm(rest)
    if _STOP_NOT_HEARD.search(n):
        return "misunderstood"
    return "hard" if _STOP_HARD.search(n) else None


# the rest put off at the end of a longer message: "jeg skal lige ud med hunden, kan vi tage resten senere"
_REST_LATER = re.compile(_REST_LATER_SRC)


def is_pause(text: str) -> bool:
    n = norm(text)
    return bool(PAUSE.search(n)) and (len(n.split()) <= 10 or (len(n.split()) <= 16 and bool(_REST_LATER.search(n))))


CLARIFY = re.compile(
    r"^(?:hvad (?:mener|tænker) (?:du|de)(?: med)?|hvad mener (?:i|man)(?: med)?|hvad (?:menes|mentes|betyder) (?:der )?med|hvad betyder (?:det|du|de)|hvordan mener (?:du|de)|hvad er forskellen|what is the difference|what'?s the difference|det forstår jeg (?:ikke|ik)|"
    r"jeg forstår (?:ikke|ik|det ikke)|forstår (?:ikke|ik)|(?:hvad|hvordan) skal jeg svare|kan du forklare|hvad vil du (?:gerne )?vide|"
    r"hvad (?:er det,? )?du (?:gerne )?vil vide|what do you want to know|"
    r"what do you mean|i don'?t (?:understand|get it)|what does (?:that|it) mean|can you explain|"
    # "jeg ved ikke, hvad du mener", "I don't know what you mean": the question not understood, not a don't-know
    r"(?:jeg )?ved (?:ikke|ik),? hvad du mener|det ved jeg (?:ikke|ik),? hvad du mener|(?:i )?don'?t know what you mean|(?:i'?m )?not sure what you mean)\b")
ALREADY_SAID = re.compile(
    r"^(?:(?:det )?har jeg (?:jo |allerede |lige |da )*(?:sagt|skrevet|svaret(?: på)?)(?: (?:før|tidligere|ovenfor))?$|"
    r"det har jeg (?:jo |allerede |lige |da )*(?:sagt|skrevet|svaret(?: på)?|fortalt(?: dig)?(?: (?:om|før|tidligere))?$)|jeg har (?:jo |allerede |lige |da )*"
    r"(?:sagt|skrevet|svaret på) det|i (?:have )?(?:already )?(?:said|told you|answered) (?:that|it|this)|"
    # "Det sagde jeg jo før, en butik.": said before, and named again in a word or two
    r"det (?:sagde|skrev|nævnte) (?:jeg|æ|a)(?: (?:jo|da|allerede|lige))*(?: (?:før|lige|tidligere|ovenfor))?(?=$| [a-zæøå0-9]+(?: [a-zæøå0-9]+)?$)|"
    r"(?:det )?som jeg (?:lige )?(?:skrev|sagde)(?: før| lige)?$|se (?:det )?(?:jeg skrev )?(?:ovenfor|før)$|"
    r"står ovenfor$|as i (?:said|wrote)$|"
    # "står der allerede", "jeg skrev det jo", "Det står i min første besked", "se mit første svar", "kig længere oppe"
    r"(?:det )?står(?: (?:der|det|jo|allerede|da|også))+(?: (?:ovenfor|oppe|længere oppe|før|tidligere))?$|"
    r"(?:det )?står(?: (?:der|det|jo|allerede|da|også))* i (?:min|mit|mine) (?:første|forrige|sidste|tidligere|lange) "
    r"(?:besked|svar|tekst|beskeder|svar)$|"
    r"jeg (?:skrev|sagde|nævnte|har skrevet|har sagt|har nævnt) det (?:jo |allerede |før |lige |da |tidligere |ovenfor )*"
    r"(?:jo|allerede|før|lige|da|tidligere|ovenfor)?$|"
    r"(?:se|kig|læs|kik) (?:på |i )?(?:(?:min|mit|mine) (?:første|forrige|sidste|tidligere|lange) (?:besked|svar|tekst|beskeder)|"
    r"(?:længere )?oppe|op|tidligere|før|ovenover|øverst)$|som (?:jeg )?(?:skrevet|nævnt|sagt)(?: før| ovenfor| tidligere)?$)")


_ECHO_WHAT = re.compile(r"^(?:[a-zæøå]+ ){1,3}(?:hvad|hvilke|hvilken|hvilket|what)\s*\?+$")


def wants_clarification(text: str) -> bool:
    """ "Hvad mener du med det?": the citizen asks what the question means (a short message, or its last
    sentence: "Det ved jeg ikke. Hvad mener du med drømme?")."""
    n = norm(text)
    if re.fullmatch(r"[\s?¿!.]*\?[\s?¿!.]*", text) or n in ("hva", "hvad", "hæ", "hvabehar", "what", "huh"):
        return True  # "???", "hva?": the question was not understood
    if len(n.split()) > 14:
        return False
    sentences = [p for p in re.split(r"[.!?]+\s+", text) if norm(p)]
    if len(sentences) <= 1:
        # "God til hvad?", "Glæde over hvad?": a word of the question asked back; what it asks for is not clear
        return (bool(CLARIFY.match(n)) and len(n.split()) <= 9) or bool(_ECHO_WHAT.match(clean(text).lower()))
    asked = [p for p in re.split(r"(?<=[.!?])\s+", text.strip()) if norm(p)]
    if (CLARIFY.match(norm(asked[0])) and len(norm(asked[0]).split()) <= 9
            and all(p.rstrip().endswith("?") and len(norm(p).split()) <= 6 for p in asked[1:])):
        return True  # "Hvad mener du? Sådan skole?": the question is not understood; the guess is asked, not said
    # "Det ved jeg ikke. Hvad mener du?" — but not "Brev fra kommunen. Forstår ikke." (about the letter)
    return all(is_dont_know(p) for p in sentences[:-1]) and bool(CLARIFY.match(norm(sentences[-1])))


# The citizen lost the thread ("hvad var spørgsmålet?", "jeg har glemt hvad du spurgte om"): the question
# again, as it was; never an answer, a statement to echo or a question to send on to the meeting.
LOST_THREAD = re.compile(
    r"^(?:(?:undskyld|sorry|nå|hov),? )?(?:hvad var (?:spørgsmålet|det nu|det du spurgte om|det igen)|hvad spurgte du (?:om|efter)|"
    r"hvad snakkede vi om|hvad talte vi om|hvor var vi|hvad var det,? du spurgte om|"
    r"(?:jeg )?(?:har )?glem(?:t|te|mer),? hvad (?:du spurgte om|du spurgte mig om|spørgsmålet var|vi snakkede om|vi talte om)|"
    r"(?:jeg )?(?:har )?glemt (?:spørgsmålet|det du spurgte om)|(?:jeg )?kan ikke huske (?:spørgsmålet|hvad du spurgte om)|"
    r"(?:jeg )?(?:har )?mistet tråden|(?:jeg )?mistede tråden|kan du (?:gentage|spørge igen|skrive det igen)|"
    r"spørg igen|gentag (?:spørgsmålet|det)|"
    r"what was the question|what did you ask|what were we talking about|where were we|"
    r"(?:i )?(?:forgot|have forgotten|lost) (?:what you asked|the question|track|the thread)|(?:can you )?repeat (?:the question|that)|"
    r"(?:can you )?ask (?:me )?again)\b")


# "undskyld jeg kom til at tænke på noget andet", "sorry, I got distracted": said before asking for the question again
_DISTRACTED = re.compile(r"^(?:(?:undskyld|sorry|hov|nå|øh|ups|oops),? ?)*(?:(?:jeg|i) )?(?:kom til at tænke på (?:noget andet|noget)|"
                         r"tænkte på noget andet|blev (?:distraheret|forstyrret|helt væk|forvirret)|faldt i staver|var (?:helt )?væk|"
                         r"er (?:lidt )?forvirret|glemte (?:det|spørgsmålet)|got distracted|was distracted|drifted off|am confused|"
                         r"(?:undskyld|sorry))?$")


def lost_thread(text: str) -> bool:
    n = norm(text)
    if bool(LOST_THREAD.match(n)) and len(n.split()) <= 9 and not after_lost_thread(text):
        return True
    # "undskyld jeg kom til at tænke på noget andet. hvad spurgte du om?": the question asked for after an apology
    parts = [norm(p) for p in re.split(r"(?<=[.!?])\s+", text.strip()) if norm(p)]
    return (1 < len(parts) <= 3 and len(n.split()) <= 18 and bool(LOST_THREAD.match(parts[-1]))
            and all(_DISTRACTED.match(p) for p in parts[:-1]))


_LOST_LEAD = re.compile(r"^\W*(?:(?:undskyld|sorry|nå|hov),?\s+)?(?:hvor var vi|where were we)\W*(?:(?:nå|åh|ja|nåh|oh|okay|ok)\b\W*)*",
                        re.IGNORECASE)


def after_lost_thread(text: str) -> str:
    """ "hvor var vi. nå ja. min kat Mis": the citizen found the thread again; the answer after it ("min kat Mis")."""
    m = _LOST_LEAD.match(clean(text))
    if not m:
        return ""
    rest = clean(text)[m.end():].strip()
    return rest if re.search(r"[^\W\d_]{2,}", rest) else ""


# Questions about the chat itself: who reads it, why it asks. Answered, then the question is put again.
WHO_READS = re.compile(r"^(?:hvem (?:kan|skal|får lov til at|vil) (?:læse|se)|hvem læser|hvem ser|"
                       r"(?:skal|kan|får|vil) (?:min|mine|kommunen|de|hun|han|sagsbehandleren|rådgiveren) (?:\w+ )?(?:læse|se|lov at læse)|"
                       r"(?:læser|ser) (?:min|mine|kommunen|sagsbehandleren) (?:\w+ )?(?:det|med)|hvor (?:bliver|havner|ender) "
                       r"det|hvem får (?:arket|det|papiret)|hvad sker der med (?:det|arket|mine svar)|"
                       r"who (?:can|will) (?:read|see)|who reads|who gets (?:the sheet|it)|where does (?:this|it) go|"
                       r"what happens (?:to|with) (?:this|it|what i write|the sheet))\b")
WHY_ASK = re.compile(r"^(?:hvorfor (?:skal|vil|spørger) (?:du|i|jeg|de)|hvorfor det|hvad skal (?:du|i|de) bruge det til|"
                     r"hvad bruger (?:du|i|de) det til|hvad skal (?:det|det her|det der|dette|arket) bruges til|hvad er det her til|"
                     # "hvad skal det her til for?", "hvad skal jeg bruge det til?", "hvad er meningen med det her?"
                     r"hvad skal (?:det|det her|det der|dette|alt det her)(?: (?:så|egentlig|overhovedet))? til(?: for)?$|"
                     r"hvad skal jeg bruge det(?: her)? til|hvad er (?:meningen|formålet) med (?:det|det her|dette)|"
                     r"what'?s (?:this|it|the point)(?: for)?$|what is the point|"
                     r"why (?:do|should) (?:you|i)|why do you ask|what is (?:this|it) for)\b")
# "hvad skriver du om mig?", "kan jeg se arket?", "vis mig hvad du har skrevet", "kan jeg få en kopi?"
SHOW_SHEET = re.compile(r"^(?:hvad (?:skriver|har) du (?:skrevet )?(?:om mig|ned|indtil nu|skrevet)|hvad står der (?:om mig|på arket)|"
                        r"(?:kan|må) jeg (?:se|få|læse) (?:arket|det du har skrevet|hvad du (?:har )?skriver?|en kopi|(?:en )?kopi af arket|"
                        r"mit ark|papiret)|vis mig (?:arket|hvad du har skrevet|det du har skrevet)|"
                        r"what (?:do|did|have) you (?:write|written|wrote)(?: about me| down| so far)?|"
                        r"can i (?:see|get|read) (?:the sheet|my sheet|a copy|what you wrote)|show me (?:the sheet|what you wrote))\b")
# "hvor lang tid tager det?", "hvor mange spørgsmål er der?", "er vi snart færdige?"
HOW_LONG = re.compile(r"^(?:(?:men |og )?hvor lang tid (?:tager|varer) (?:det|det her)|hvor mange (?:spørgsmål|flere spørgsmål) (?:er der|mangler)|"
                      r"hvor (?:længe|lang tid) (?:skal|varer|tager) (?:vi|det|jeg)|er vi snart (?:færdige?|igennem)|"
                      r"how long (?:does|will) (?:this|it) take|how many (?:more )?questions|are we (?:nearly|almost) done)\b")


def question_about_the_chat(text: str) -> str | None:
    """ "who" or "why" for a short question about the chat itself, else None."""
    n = norm(text)
    first = re.match(r"^[^?]{3,}\?", clean(text).strip())
    if len(n.split()) > 12 and first:
        n = norm(first.group(0))  # "Hvorfor skal jeg svare på det her? Jeg har sagt det hele før.": the question first
    if len(n.split()) > 12:
        return None
    if WHO_READS.match(n):
        return "who"
    if WHY_ASK.match(n):
        return "why"
    if SHOW_SHEET.match(n):
        return "show"
    if HOW_LONG.match(_YES_LEAD.sub("", n)):
        return "length"
    return None


_YES_LEAD = re.compile(r"^(?:ja|ok|okay|yes)\s+(?:men\s+|but\s+)?")


# Sustain talk that says change is futile or decided by others ("det nytter ikke", "kommunen bestemmer alligevel",
# "jeg har prøvet alt"): heard with respect and answered with the citizen's autonomy, never argued with, affirmed
# or put on the sheet as a strength or a wish.
_FUTILE = re.compile(r"\b(?:det|der) (?:nytter|hjælper) (?:jo |alligevel |heller )?(?:ikke|ik|intet|ingenting)|\bnytter ikke\b|"
                     r"\bhvad skal det nytte\b|\b(?:har|havde) prøvet (?:det )?(?:alt|alting|det hele|alt muligt)\b|"
                     r"\b(?:intet|ingenting|ikke noget) (?:virker|hjælper|nytter)\b|\bingen(?: \w+){0,2} (?:der|som) (?:virker|hjælper|nytter)\b|\bdet virker (?:jo )?(?:ikke|aldrig)\b|"
                     r"\b(?:bliver|kommer) (?:jo )?(?:alligevel )?(?:aldrig|ikke) til noget\b|\bdet sker (?:jo )?(?:alligevel )?aldrig\b|"
                     r"\b(?:er|bliver) (?:jo )?(?:alligevel )?(?:ligemeget|lige meget) (?:hvad|med hvad)\b|"
                     r"\bit (?:doesn'?t|does not|won'?t) (?:help|matter|work)\b|\bi(?:'ve| have) tried (?:everything|it all)\b|\bno point\b")
_DECIDED = re.compile(r"\b(?:kommunen|de|i|sagsbehandleren|rådgiveren|systemet|myndighed(?:en)?) (?:bestemmer|gør) (?:jo )?(?:alligevel|bare|altid)\b|"
                      r"\bde (?:gør|bestemmer) (?:jo )?(?:alligevel )?(?:som|hvad) de vil\b|"
                      r"\b(?:de|kommunen|hun|han|sagsbehandleren) (?:lytter|hører) (?:jo )?(?:alligevel )?(?:ikke|aldrig)\b|"
                      r"\b(?:de|kommunen) har (?:jo )?bestemt\b|\bthe (?:municipality|council) decides? anyway\b|\bthey decide anyway\b|"
                      r"\bthey (?:don'?t|never) listen\b")


def futility(text: str) -> str | None:
    """ "decided" (others decide anyway, they do not listen) or "futile" (nothing helps, tried everything) for a
    short message of that kind with no wish in it; else None."""
    n = norm(text)
    if not n or len(n.split()) > 20:
        return None
    wishless = re.sub(r"\b(?:hvad|what) (?:jeg|i|man|you) (?:håber|ønsker|vil|hope|wish|want)\b", " ", n)
    if re.search(r"\b(?:vil gerne|ville gerne|kunne tænke|drømmer om|håber|ønsker|savner|hvis jeg|would like|i hope|i wish)\b", wishless):
        return None  # "måske hvis jeg fik lov at bo for mig selv. men det sker aldrig": a wish with a doubt
    if _DECIDED.search(n):
        return "decided"
    if _FUTILE.search(n):
        return "futile"
    return None


# A question put back to the bot ("Hvad synes du, jeg skal arbejde med?", "Kan du hjælpe mig med at få en ny
# lejlighed?", "Hvad er mine mål?"): not an answer to reflect or put on the sheet as the citizen's words.
_Q_WORD = r"(?:hvad|hva|hvem|hvor|hvordan|hvorfor|hvornår|hvilke|hvilken|hvilket)"
_Q_START = re.compile(rf"^(?:{_Q_WORD}\s+\w+\s+\w+|(?:kan|kunne|vil|skal|må|synes|mener|tror|ved|er|har|gør|får|taler)\s+"
                      r"(?:du|jeg|man|min|mit|mine|det|der|i|vi|hun|han)\b)")
# the same without a question mark, only in orders that cannot start a statement
_Q_NO_MARK = re.compile(rf"^(?:{_Q_WORD}\s+(?:skal|kan|må|er|synes|mener|tror|vil|gør|betyder)\s+(?:jeg|du|man|mine|min|mit|det)|"
                        r"(?:kan|vil|skal|må|synes|mener)\s+(?:du|i)\s+\w+)\b")
_Q_HELP = re.compile(r"^(?:kan|kunne|vil|ville) (?:du|i) (?:ikke |godt |evt )*hjælpe (mig|os|hende|ham) (?:med )?(.+)$")
_Q_ADVICE = re.compile(r"^(?:(?:hvad )?(?:synes|mener|tror) du|hvad (?:vil|ville|kan) du (?:anbefale|foreslå|råde)|"
                       r"hvad (?:ville|vil) du (?:gøre|vælge)|hvad skal jeg (?:vælge|gøre|arbejde|lave|drømme|håbe|sige))\b")
_Q_PERMISSION = re.compile(r"^(?:må jeg|er det (?:okay|ok|i orden|fint|lige meget)|gør det noget|skal jeg (?:svare|skrive) på (?:alt|alle))\b")
_Q_MUST = re.compile(r"^(?:skal|må|behøver|bør) (?:jeg|vi) (?:\w+ )?(?:svare|skrive) (?:på )?(?:det|det her|det der|dét|den|den her|spørgsmålet|"
                     r"noget|på det)\b|^(?:do|must|should) (?:i|we) (?:have to |need to )?answer (?:that|this|it)\b")
_Q_CONFUSED = re.compile(rf"^{_Q_WORD} (?:skal jeg (?:skrive|svare)|er (?:mine|mit|min|det for)|betyder)\b|"
                         # "hvad er mål?", "hva er en parkeringsplads?", "hvad er neutral?": a word of the question asked about
                         r"^hvad? er (?:en |et |det med |det for (?:en |et )?)?(?:mål|målene|målet|delmål|neutral|neutralt|farverig|farverigt|"
                         r"parkeringsplads|parkeringspladsen|pårørende|dagtimer|dagtimerne|borgerplan|borgerplanen|borgerplansmøde|"
                         r"borgerplansmødet|ressourcer|glæde|drømme|håb)$")


_Q_ABOUT_BOT = re.compile(r"^(?:hvad|hvem|hvordan|hvor) (?:er|kan|gør|laver|har|hedder|synes|drømmer|håber) du (?:selv )?"
                          r"(?:god til|glad for|lide|om|bedst|selv)\b|^(?:er du (?:en |et )?(?:rigtigt? )?(?:robot|menneske|rigtig|computer|chatbot|maskine|ai)|"
                          r"er (?:det|der) (?:et |en )?(?:rigtigt? |levende )?(?:menneske|person|robot|computer|maskine)|"
                          r"taler jeg med (?:et |en )?(?:rigtigt? )?(?:menneske|robot|computer|maskine)|"
                          r"am i (?:talking|writing) (?:to|with) (?:a )?(?:real )?(?:person|human|robot|bot)|is this a (?:real )?(?:person|human|robot|bot)|"
                          r"hvad med dig(?: selv)?|what about you|are you (?:a )?(?:robot|human|real|bot)|what are you good at)\b")


# "Skal jeg skrive for meget?", "Er det for langt det her?", "Skriver jeg for lidt?", "Am I writing too much?": how much
# to write, asked about the answers themselves; a plain answer, never a question to take to the meeting
_Q_LENGTH = re.compile(
    r"^(?:(?:og |men |hmm |øh )?(?:(?:skal|må|kan|bør) jeg (?:ikke )?(?:skrive|svare|fortælle) (?:for (?:meget|lidt|langt|kort)|så (?:meget|lidt|langt)|"
    r"mere|mindre|kortere|længere|(?:rigtig |virkelig |meget )?(?:meget|langt|kort|lidt))|"
    # "Hvor meget skal jeg skrive?", "Hvor langt skal det være?", "Skal det være langt?"
    r"hvor (?:meget|langt|lidt) (?:skal|må|kan) (?:jeg|man) (?:skrive|svare)|hvor (?:langt|lang|kort) skal (?:det|svaret|svarene) være|"
    r"skal (?:det|svaret|svarene) være (?:langt|lange|kort|korte)|(?:skriver|svarer|fortæller) jeg (?:for (?:meget|lidt|langt|kort)|nok|tilpas)|"
    r"er det (?:for (?:meget|lidt|langt|kort)|nok|tilpas|okay at det er (?:så )?(?:langt|kort))(?: (?:det )?(?:jeg|vi) (?:skriver|svarer|har skrevet)| det her| det| at skrive)?|"
    r"har jeg skrevet (?:for (?:meget|lidt)|nok)|"
    r"(?:am i|are we) (?:writing|saying|typing) (?:too much|too little|enough|too long)|is (?:this|that|it) (?:too long|too much|enough)|"
    r"(?:should|do|must) i write (?:more|less|shorter)))$")


def question_to_bot(text: str) -> str | None:
    """ "help", "advice", "permission", "confused" or "other" for a message that is only a question to the bot."""
    t = clean(text).strip()
    sentences = [p for p in re.split(r"(?<=[.!?])\s+", t) if norm(p)]
    n = norm(t)
    if len(sentences) != 1 or not n or len(n.split()) > 16:
        return None
    if _Q_LENGTH.match(n) and (t.endswith("?") or len(n.split()) <= 6):
        return "write_length"  # how much to write (never the chat's length: "answer_length" is how long it takes)
    if _Q_ABOUT_BOT.match(n):
        return "about_bot"  # "Hvad er du selv god til?", "Are you a robot?": about the bot, not a question for the meeting
    if not (_Q_START.match(n) and (t.endswith("?") or _Q_NO_MARK.match(n))):
        return None
    if _Q_HELP.match(n):
        return "help"
    if _Q_MUST.match(n):
        return "must"  # "skal jeg svare på det?": only if the citizen wants to; the question again, in other words
    if _Q_PERMISSION.match(n):
        return "permission"
    if _Q_ADVICE.match(n):
        return "advice"
    if _Q_CONFUSED.match(n):
        return "confused"
    return "other"


# "Skal jeg svare for ham?", "Må jeg hjælpe hende med at svare?", "Kan jeg svare på hans vegne?": a relative asks
# whether to answer for the person; a yes, never a question to take to the meeting
_ANSWER_FOR = re.compile(
    r"^(?:(?:og |men |nå |hmm |øh )?(?:er det (?:okay|ok|i orden|fint),? (?:at|hvis) jeg|gør det noget,? (?:at|hvis) jeg|vil du have,? at jeg|"
    r"(?:skal|må|kan|bør|kunne|burde) jeg)\s+(?:så |bare |godt |gerne |lige |også |ikke )*"
    r"(?:(?:svare|svarer|skrive|skriver)(?: (?:for|på vegne af|i stedet for) (?:ham|hende|(?:min|mit|vores) (?!egen\b|eget\b|skyld\b|del\b)\w+|"
    r"(?P<name>\w+))| på (?:hans|hendes|\w+s) vegne)|"
    r"hjælpe (?:ham|hende|(?P<helped>\w+)) (?:med )?(?:at )?(?:svare|skrive))|"
    r"(?:can|may|should|shall) i (?:(?:answer|write|reply|speak) (?:for|on behalf of|instead of) (?:him|her|them|my \w+)|"
    r"help (?:him|her|them) (?:to )?(?:answer|write|reply)))\b")


def answer_for(text: str) -> tuple[str, str, str | None] | None:
    """(the question, what follows it, "han"/"hun" if the question names the person) when a message opens with a
    relative asking whether to answer for the person ("Skal jeg svare for ham? Han er på arbejde.")."""
    t = clean(text).strip()
    m = re.match(r"^(.+?(?:\?+|[.!]|$))\s*(.*)$", t, re.DOTALL)
    if not m:
        return None
    first, rest = m.group(1), m.group(2).strip()
    n = norm(first)
    found = _ANSWER_FOR.match(n) if n and len(n.split()) <= 14 else None
    if not found:
        return None
    name = found.group("name") or found.group("helped")
    if name and not any(w.lower() == name and w[:1].isupper() for w in re.findall(r"\w+", first)):
        return None  # "Skal jeg skrive for meget?", "Må jeg skrive for mig selv?": a person is named, or no one is
    who = re.search(r"\b(ham|hans|hende|hendes|him|his|her)\b", n)
    third = None if not who else "han" if who.group(1) in ("ham", "hans", "him", "his") else "hun"
    kin = re.search(r"\b(?:min|mit|vores|my|our) (\w+)", n) if third is None else None
    if kin:  # "Skal jeg svare for min far?": the person named by kin
        third = ("han" if kin.group(1) in ("far", "bror", "søn", "morfar", "farfar", "onkel", "morbror", "farbror", "mand", "nevø",
                                           "dad", "father", "brother", "son", "uncle", "husband", "grandfather", "grandpa")
                 else "hun" if kin.group(1) in ("mor", "søster", "datter", "mormor", "farmor", "moster", "faster", "tante", "kone",
                                                "niece", "mum", "mom", "mother", "sister", "daughter", "aunt", "wife", "grandmother",
                                                "grandma") else None)
    return first, rest, third


def help_wish(text: str) -> str | None:
    """ "Kan du hjælpe mig med at få en ny lejlighed?" -> "jeg vil gerne have hjælp til at få en ny lejlighed"."""
    m = _Q_HELP.match(norm(text))
    if not m:
        return None
    who = {"mig": "jeg", "os": "vi", "hende": "hun", "ham": "han"}[m.group(1)]
    what = m.group(2).strip(" ?.")
    return f"{who} vil gerne have hjælp til {what}" if what else None


# "jeg hader at tale om det", "jeg bryder mig ikke om at snakke om hvad jeg er god til": the question itself is
# unwelcome (never said back as the citizen's strength or joy); whole, so longer than the other not-this answers
_UNWELCOME_TALK = (r"^(?:jeg |æ )?(?:hader|bryder mig (?:ikke|ik) om|kan (?:ikke|ik) lide|gider (?:ikke|ik)|orker (?:ikke|ik)) "
                   r"(?:at )?(?:tale|snakke|skrive|svare) (?:om|på) (?:det|dét|det her|det der|den slags|sådan noget|"
                   r"hvad (?:jeg|æ|han|hun) (?:er god til|kan|drømmer om|håber på|håber|ønsker))$")
NOT_THIS = re.compile(r"^(?:det|dét) (?:skal|må) du (?:ikke|ik) blande dig i\b|^(?:det )?(?:rager|vedkommer) (?:det )?(?:ikke|ik) dig\b|"
                      r"^det kommer (?:ikke|ik) dig ved\b|^det (?:vil|gider) jeg (?:ikke|ik) (?:sige|fortælle|skrive)\b|^bland dig udenom\b|"
                      r"^(?:that'?s|it'?s) none of your business\b|^mind your own business\b|"
                      r"\b(?:gider|orker|vil) (?:ikke|ik) (?:(?:snakke|tale|svare) (?:om|på) )?(?:det her|det der|det|dét)"
                      r"(?: med (?:mål|målene|\w+))?$|^(?:det )?(?:gider|orker) jeg (?:ikke|ik)(?: snakke om)?$|"
                      r"\bi don'?t want to (?:talk about|answer) (?:this|that|it)$|"
                      + _UNWELCOME_TALK + r"|"
                      # "spørg ikke om arbejde": no questions about that, the citizen decides
                      r"^(?:du må (?:gerne )?)?(?:spørg|spørge) (?:mig )?(?:ikke|ik) (?:om|til|mere om|mere til) [^\W\d_]+(?: [^\W\d_]+){0,3}$|"
                      # "stop med at spørge om arbejde", "hold op med at spørge til min familie": this question skipped, the chat goes on
                      r"^(?:(?:du må (?:gerne )?|kan du )?(?:stop|stoppe|hold op|holde op|lad (?:være|vær)) med at spørge (?:mig )?"
                      r"(?:om|til|mere om|mere til|efter) [^\W\d_]+(?: [^\W\d_]+){0,3}$)|"
                      r"^(?:please )?don'?t ask (?:me )?(?:about|more about) \w+(?: \w+){0,3}$")


TIRED = re.compile(r"\b(?:træt af (?:alle )?(?:de |dine )?(?:spørgsmål\w*|det her|at svare|at skrive)|"
                   r"(?:gider|orker) (?:ikke|ik) (?:flere|mere|alle de) spørgsmål|for mange spørgsmål|"
                   r"tired of (?:the |all the |these |your )?(?:questions|this|answering)|too many questions|"
                   # "stop med at spørge", "hold op med alle de spørgsmål": no topic named, the questions themselves
                   r"^(?:(?:du må (?:gerne )?|kan du )?(?:stop|stoppe|hold op|holde op|lad (?:være|vær)) med (?:at spørge(?: mig)?(?: om (?:mere|flere ting|alt muligt))?|"
                   r"(?:alle )?(?:de |dine )?spørgsmål(?:ene)?)(?: nu| tak)?$))\b")


def tired_of_questions(text: str) -> bool:
    """ "nej jeg mener bare jeg er træt af spørgsmålene": tired of the chat, not of life; an offer to stop."""
    n = norm(text)
    return bool(TIRED.search(n)) and len(n.split()) <= 14


def not_this(text: str) -> bool:
    """ "Jeg gider ikke det her med mål": not this question (the citizen decides), not a wish to stop."""
    # "stop med at spørge om min familie, jeg vil ikke snakke om det": the reason said after the topic
    n = re.sub(r" (?:(?:for|fordi) )?(?:jeg|æ) (?:vil|gider|orker) (?:ikke|ik) (?:snakke|tale|skrive) om (?:det|dem|ham|hende)$", "",
               norm(_no_aside(text)))
    return bool(NOT_THIS.search(n)) and (len(n.split()) <= 10 or bool(re.match(_UNWELCOME_TALK, n)))


def already_said(text: str) -> bool:
    # "ja det har jeg sagt", "jo, det har jeg jo skrevet": the yes or no before it adds nothing
    n = re.sub(r"^(?:(?:ja|jo|jamen|nej|men|yes|no|but)\b\s*)+", "", norm(text))
    return bool(ALREADY_SAID.match(n)) and len(n.split()) <= 8


def is_thanks(text: str) -> bool:
    return bool(THANKS.match(norm(text)))


def is_greeting(text: str) -> bool:
    n = norm(text)
    return bool(GREETING.match(n)) and len(n.split()) <= 4


DANISH_REQUEST = re.compile(r"\b(?:på dansk|dansk i stedet|skrive dansk|tale dansk|in danish|speak danish|write danish|"
                            r"danish please|danish instead)\b")


def wants_danish(text: str) -> bool:
    return bool(DANISH_REQUEST.search(norm(text))) and not ENGLISH_REQUEST.search(norm(text))


_DANISH_ONLY = re.compile(r"\b(?:jeg|ikke|gerne|mig|min|mit|mine|og|det|til|kan|vil|har|på|med|også)\b")


def looks_danish(text: str) -> bool:
    """A message in Danish in an English conversation ("Min kæreste og vores hund Bamse" is not; "Jeg vil gerne i praktik
    hos en cykelhandler først" is)."""
    t = clean(text).lower()
    return len(t.split()) >= 4 and len(set(_DANISH_ONLY.findall(t))) >= 3 and not _ENGLISH.search(t)


# "jeg er god til gaming og english", "jeg vil lære engelsk": the language as a subject, not a request to switch
_ENGLISH_AS_TOPIC = re.compile(r"\b(?:god til|good at|dygtig til|lære|lærer|learn|learning|undervisning i|kursus i|timer i|"
                               r"og|and|eller|or)\s+(?:\w+\s+){0,2}?(?:english|engelsk)\b")


# "Jeg er god til at tale engelsk", "Jeg ser serier på engelsk", "Engelsk og tysk": the language told about in a Danish
# answer, not asked for, unless a request stands with it ("kan vi", "tak", "?", "bedre")
_ENGLISH_ANSWER_CUE = re.compile(r"\b(?:god til|dygtig til|kan lide|elsker|glad for|ser|så|læser|hører|lytter|synger|serier|serie|"
                                 r"film|musik|bøger|bog|sange|spil|turister|kunder|tysk|fransk|spansk|svensk|norsk|italiensk)\b")
_DANISH_REQUEST_CUE = re.compile(r"\b(?:kan vi|kan du|kunne vi|kunne du|må jeg|må vi|vil du|skal vi|tak|helst|hellere|please|pls|"
                                 r"i stedet|istedet|bedre|nemmere|lettere|forstår|svært|svaert|sorry|undskyld|kun|skriv|svar|oversæt)\b|"
                                 # "Jeg er ikke så god til dansk, …": Danish named as hard asks for the other language
                                 r"\b(?:ikke|dårlig\w*|svær\w*)\s+(?:\w+\s+){0,3}?dansk\b|\?")


def wants_english(text: str) -> bool:
    n = norm(text)
    if ("engelsk" in n and _ENGLISH_ANSWER_CUE.search(n) and not _DANISH_REQUEST_CUE.search(n) and "?" not in text
            and not re.search(r"\b(?:english|danish)\b", n)):
        return False
    m = ENGLISH_REQUEST.search(n)
    strong = re.search(r"\b(?:speak english|don'?t (?:speak|understand) danish|(?:prefer|try|only|just) (?:in )?english|"
                       r"english (?:is )?(?:better|easier|if (?:that'?s|thats|it'?s|its) (?:ok|okay|fine))|(?:a )?little english|"
                       r"english (?:a )?little|(?:my )?danish is (?:not|bad|poor)|(?:no|not much|little|bad) danish|"
                       r"(?:write|skrive|skriv|tale|snakke|talk|svare|answer|spørge|ask)(?: (?:os|me|mig|med mig|with me|to me))? (?:in |på )?(?:english|engelsk))\b", n)
    if strong:
        return True
    if not m:
        return False
    # "på engelsk tak", "can we do it in english?": the language asked for; "en uddannelse på engelsk", "jeg vil gerne blive
    # bedre til engelsk", "HF med engelsk på A-niveau" are answers about the language
    if re.search(r"\b(?:in english|på engelsk)\b", n) and (len(n.split()) <= 6 or re.search(r"\b(?:kan du|kan vi|kunne vi|kan jeg|må jeg|can you|can we|could we|could you|can i|could i|may i|"
                                                                                       r"may we|shall we|let'?s|please)\b", n)):
        return not re.search(r"\b(?:uddannelse|kursus|bog|bøger|film|timer|undervisning|hf|fag|job|arbejde|course|school|books?)\b", n)
    return len(n.split()) <= 3 and not _ENGLISH_AS_TOPIC.search(n)


# A sentence about the language of the chat ("my danish is not so good", "English?", "ok. dansk igen"), never an answer;
# the language as a topic ("I want to learn Danish", "dansk på sprogskolen") is an answer
_LANGUAGE_WORD = re.compile(r"\b(?:english|engelsk|danish|dansk|language|sprog|tolk|interpreter)\b")
_LANGUAGE_TOPIC = re.compile(r"\b(?:learn|learning|lære|lærer|class|classes|course|kursus|school|skole|sprogskole|teacher|lærer|"
                             r"lessons?|undervisning|timer|good at|god til|exam|prøve|read|læse|film|books?|bøger|job|work|arbejde)\b|"
                             r"\b(?:taler|speak|speaks|snakker)\b.*\b(?:og|and)\b")


_META_ASK = re.compile(r"\b(?:igen|again|please|pls|plz|tak|only|kun|instead|stedet|prøver|forsøger|try|trying)\b|\?|"
                       r"^(?:ok |okay )?(?:jeg|i) (?:skriver|write) (?:på )?(?:dansk|engelsk|danish|english)(?: lidt| nu| now| a bit)?[.!]*$")
# "Hun taler kun engelsk.", "Jeg taler kun dansk.": a fact about someone, told with "kun", no request about the chat
_ONLY_ABOUT_SOMEONE = re.compile(r"^(?!.*(?:\b(?:igen|again|please|pls|plz|tak|instead|stedet)\b|\?))\W*(?:jeg|han|hun|de|vi|min|mit|mine|"
                                 r"hans|hendes|deres|vores|i|he|she|they|my|his|her)\b.*\b(?:kun|only)\b")


def language_meta(sentence: str) -> bool:
    n = norm(sentence)
    return bool(_LANGUAGE_WORD.search(n)) and not _LANGUAGE_TOPIC.search(n) and len(n.split()) <= 10


def without_language_meta(text: str, *, short_only: bool = False) -> str:
    """The message without its sentences about the chat's language ("sorry I don't understand Danish well. English?");
    `short_only` drops only short ones ("dansk igen."), never "Jeg taler dansk og arabisk"."""
    parts = re.split(r"(?<=[.!?])\s+|,\s*(?=(?:but|men)\b)", clean(text).strip())
    meta = [p for p in parts if language_meta(p) and (not short_only or (len(norm(p).split()) <= 4 and _META_ASK.search(p.lower())
                                                                         and not _ONLY_ABOUT_SOMEONE.search(p.lower())))]
    if not meta:
        return text
    kept = [p for p in parts if p not in meta and norm(p) not in ("sorry", "ok", "okay", "undskyld", "hello", "hi", "hej")
            and not _EASIER.match(norm(p))]  # "It is easier for me.": the reason for the language, no answer
    return " ".join(kept).strip(" ,")


_EASIER = re.compile(r"^(?:because |fordi )?(?:it|that|this|det|dét)(?:'s| is| er| ville være| would be)? (?:much |a lot |a bit |lidt |meget |så )?"
                     r"(?:easier|better|simpler|faster|nemmere|lettere|bedre|hurtigere)(?: for me| for mig| to write| at skrive| that way| på den måde)?$")


def other_language(text: str) -> bool:
    """True for text in a language we cannot serve (not Danish, not English)."""
    t = clean(text)
    letters = [c for c in t if c.isalpha()]
    if letters and sum(1 for c in letters if _SCRIPTS.match(c)) > len(letters) / 3:
        return True
    danish = _DANISH.search(t.lower()) or _DANISH_MORE.search(t.lower())
    words = t.split()
    foreign = [w for w in words if w[:1].islower() and any(c in "łąęśżźćńşğı" for c in w.lower())]
    if len(words) >= 3 and len(foreign) >= 2 and not danish:
        return True  # Polish, Turkish letters in a sentence with no Danish in it; names ("Ayşe Yılmaz") start with a capital
    return bool(_FOREIGN_WORDS.search(t)) and not danish


# English the Danish words never are, for a relative writing in the third person ("He is good with animals", "She likes
# to paint") and for "i like nothing really"; loanwords in a Danish sentence ("gaming", "my little pony", "IT") are not
_ENGLISH_MORE = re.compile(r"\b(?:he|she|he's|she's|they|his|him|with|wants|likes|loves|has|was|own|nothing|really|myself|"
                           r"writing|would|girlfriend|boyfriend|alone|not|fixing|"
                           # "i want a job in a shop", "walking my dog", "music and my cat": English words no Danish chat uses
                           r"hope|wish|dog|dogs|cat|cats|music|walking|drawing|painting|reading|cooking|swimming|"
                           r"playing|bikes|friends|garden|"
                           # "she makes me laugh", "she always helps me", "it is fun to be outside": small English words
                           # no Danish sentence has ("her", "to", "it", "a", and "me"/"be" for "med"/"bede", are Danish or dialect words and
                           # stay out; "be" only in "to be")
                           r"to be|we|our|your|always|makes|helps|sings|get|happy|laugh|because|every|very|maybe|something|"
                           r"should|says|"
                           r"doesn't|isn't|can't)\b")  # not "of"/"on": titles ("Lord of the Rings") in Danish chats


# English words said in Danish chats too ("Gaming, boyfriend", "Home Alone"): English only with more English around them;
# "is" (ice cream) and "the" (titles) too when a Danish word stands in the message ("Spise is med …", "… og Home Alone")
_LOANWORDS = {"girlfriend", "boyfriend", "alone", "not", "writing"}
# hobby and pet words a Danish chat borrows too ("cooking og reading", "walking med min hund"): English only with no Danish
_LOANWORDS_BY_DANISH = _LOANWORDS | {"the", "is", "dog", "dogs", "cat", "cats", "music", "walking", "drawing", "painting",
                                     "reading", "cooking", "swimming", "playing", "bikes", "friends", "garden"}


def looks_english(text: str) -> bool:
    t = clean(text).lower()
    # different English words, not one said again ("Is, is og mere is": Danish ice cream)
    found = set(_ENGLISH.findall(t)) | set(_ENGLISH_MORE.findall(t))
    danish = len(_DANISH.findall(t))
    if danish > 1 or len(found) < 2:
        return False
    return len(found) >= 3 or len(found - (_LOANWORDS_BY_DANISH if danish else _LOANWORDS)) >= 2


_NOT_A_SCORE_AFTER = re.compile(r"^(?:\.\s*(?:sal|klasse|plads|gang)\b|\s*(?:x\b|gange?\b|times?\b|km\b|kilo|kg\b|meter|m\b|min|timer?\b|"
                                r"hours?\b|dage?\b|days?\b|uger?\b|weeks?\b|måneder?\b|months?\b|år\b|years?\b|kr\b|kroner|"
                                r"stk|personer|børn|børnebørn|katte|hunde|o'?clock|am\b|pm\b|procent|%))", re.IGNORECASE)
_NOT_A_SCORE_BEFORE = re.compile(r"\b(?:kl|klokken|bus|linje|nr|nummer|number|at)\.?\s*$", re.IGNORECASE)


def parse_score(text: str) -> int | None:
    n = norm(text)
    for m in re.finditer(r"(?<![\d])(?<!\d[,.])([0-4])(?![\d]|[,.]\d)", text):  # "2," counts; "2,5" and "12" do not
        if _NOT_A_SCORE_AFTER.match(text[m.end():]) or _NOT_A_SCORE_BEFORE.search(text[:m.start()]):
            continue  # "3 gange om ugen", "kl 3", "bus 4", "2. sal": a count, a time or a name, not the score
        return int(m.group(1))
    # "to og en halv", "two and a half": the whole number, rounded down (the "en"/"a" of the half is no score)
    n = re.sub(r"\b(?:og|and) (?:en|a) halv(?:t)?\b|\band a half\b", " ", n)
    # a half alone is 0, "halvanden" one and a half is 1 (rounded down as above)
    n = re.sub(r"\bhalvanden\b|\bone and a half\b", " en ", re.sub(r"^\s*(?:en|a|one) halv\b|\bhalf a point\b", " nul ", n))
    for phrase in sorted(SCORE_WORDS, key=len, reverse=True):
        if phrase.isdigit():
            continue  # digits were read above, with what stands around them
        if re.search(rf"\b{re.escape(phrase)}\b", n):
            return SCORE_WORDS[phrase]
    return None


# "med billeder", "livlig": the lively version; "almindelig", "normal", "simpel": the plain one
_COLOUR = re.compile(r"\b(?:farve(?!l\b)\w*|farverig\w*|farvrig\w*|farverik|kulør\w*|colou?rful|colou?rs?|billeder|billede|pictures|livlig)\b")
_NEUTRAL = re.compile(r"\b(?:neutral\w*|sort hvid|sort og hvid|stille|rolig|plain|simple|enkel|uden farver?|almindelig\w*|"
                      r"normal\w*|simpel|standard|ordinary)\b")
_NEGATED = re.compile(r"\b(?:ikke|ik|uden|not|no|hader|hate)\b(?:\s+\w+){0,4}\s*$")


_CHANGE_OF_MIND = re.compile(r"\b(?:nej vent|vent|hov|nej forresten|forresten|hellere|alligevel|i mean|actually|wait|rather)\b")


def parse_plan_version(text: str) -> str | None:
    """"Farverig" / "neutral"; whichever the citizen says first and does not negate wins, unless the
    message takes it back ("farverig. nej vent, neutral"): then the choice after the change of mind."""
    n = norm(text)
    found = []
    for kind, pattern in (("colourful", _COLOUR), ("neutral", _NEUTRAL)):
        for m in pattern.finditer(n):
            negated = bool(_NEGATED.search(n[: m.start()]))
            if kind == "neutral" and m.group().startswith("uden"):
                negated = False
            found.append((m.start(), "neutral" if kind == "colourful" and negated else kind))
    if len({k for _, k in found}) > 1 and (_CHANGE_OF_MIND.search(n) or re.search(r"\bnej\b", n[min(found)[0]:])):
        return max(found)[1]  # "farverig. nej neutral": the later choice, after the no
    return min(found)[1] if found else None


def detect_written_by(text: str) -> str | None:
    n = norm(text)
    # "Jeg skriver selv, min datter har vist mig hvordan" and "jeg sidder sammen med min kontaktperson, men
    # jeg skriver selv" are the citizen writing
    if SELF.search(n):
        return "citizen"
    if FOR_SOMEONE.search(n) and not re.search(r"\bsammen med\b|\bsidder (?:her )?sammen\b", n):
        return "relative"  # "Vi er Mikkels forældre, og vi skriver for ham": relatives, not the citizen and a helper
    if TOGETHER.search(n):
        return "together"
    if WRITER_RELATIVE.search(n):
        return "relative"
    return None


_KEYBOARD_ROWS = ("qwertyuiopå", "asdfghjklæø", "zxcvbnm")


def _keyboard_run(word: str) -> bool:
    """ "asdfgh", "qwerty", "hjkl": letters in a row on the keyboard (either way), four or more."""
    return len(word) >= 4 and word not in ("ytre",) and any(word in row or word in row[::-1] for row in _KEYBOARD_ROWS)


_LAUGH = re.compile(r"^(?:(?:ha|he|hi|hø)+h?|lol+|lmao|xd+|haha\w*|hehe\w*|hihi\w*|[😂🤣😅😆😄😁])+[.!]*$", re.IGNORECASE)
# one laughing syllable repeated: the same words as _LAUGH reads, without its nested repetition
_ONE_LAUGH = re.compile(r"^(?:ha|he|hi|hø)+h?[.!]*$", re.IGNORECASE)
# _LAUGH splits a long mixed laugh in exponentially many ways ("hahaha…?" at 37 characters took 1.6 s): it only
# reads words up to this length, which is more than a laugh that is not one syllable repeated
_LAUGH_MAX = 24


def is_laughter(text: str) -> bool:
    """ "haha", "hehe", "lol", "😂": a laugh, not an answer (and never "Du er god til haha")."""
    words = clean(text).lower().split()
    return bool(words) and len(words) <= 3 and all(_is_laugh(w) for w in words)


def _is_laugh(word: str) -> bool:
    return bool(_ONE_LAUGH.match(word)) or (len(word) <= _LAUGH_MAX and bool(_LAUGH.match(word)))


def is_gibberish(text: str) -> bool:
    """ "asdfgh", "jjjjj", "qwerty": keys hit, not words. Short Danish words, names and dialect ("æ", "ka",
    "jow", "hmm") are not gibberish; only a message whose every word is a keyboard run or one letter repeated is."""
    words = re.findall(r"\S+", clean(text).lower())
    if not words or len(words) > 3:
        return False

    def junk(w: str) -> bool:
        w = w.strip(".,!?")
        if not w.isalpha():
            return False
        one_letter = len(w) >= 3 and len(set(w)) == 1 and w[0] not in "mhaeiouyæøå"  # "jjjjj", not "mmm" or "ååå"
        no_vowel = len(w) >= 5 and not re.search(r"[aeiouyæøå]", w) and not re.fullmatch(r"[hm]+|[psh]+|[brh]+|[grh]+", w)
        return one_letter or no_vowel or _keyboard_run(w) or (len(w) >= 5 and _keyboard_run(w[:5]))

    return all(junk(w) for w in words)


_HOW_IT_GOES_SCORE = {
    "rigtig godt": 4, "virkelig godt": 4, "meget godt": 4, "super godt": 4, "supergodt": 4, "rigtig fint": 4, "super": 4,
    "godt": 3, "fint": 3, "ret godt": 3, "fint nok": 3,
    "sådan lidt": 2, "okay": 2, "ok": 2, "nogenlunde": 2, "så som så": 2, "sådan halvt": 2, "op og ned": 2,
    "skidt": 1, "dårligt": 1, "ikke så godt": 1, "ikke godt": 1, "ikke så godt endnu": 1,
    "slet ikke": 0, "slet ikke godt": 0, "rigtig dårligt": 0, "rigtig skidt": 0, "ikke": 0, "ikke rigtig": 0,
}
_IT_GOES = re.compile(r"^(?:(?:altså|øh|jamen|ja|nej)[,.]?\s+)?(?:det\s+)?(?:går|gik|gaar|er|kører)?\s*(?:det\s+)?")


def how_it_goes_score(text: str) -> int | None:
    """ "det går rigtig godt" to the 0-4 question: 4. Only the whole answer counts, not a word in a longer one
    ("… men det går ikke så godt" is an answer in words)."""
    rest = _IT_GOES.sub("", norm(text).strip(" .!"), count=1).strip(" .!")
    return _HOW_IT_GOES_SCORE.get(rest)


# A story of something that happened (an illness, an accident, a stay in hospital): told under "Hvad er du god
# til?", it is heard with empathy, never a strength ("Jeg fik en blodprop for to år siden")
_ILLNESS = (r"(?:blodprop\w*|hjerneblødning\w*|hjernerystelse\w*|slagtilfælde|stroke|hjerneskade\w*|kræft|diagnose\w*|"
            r"sklerose|ulykke\w*|uheld|operation\w*|hjertestop|hjerteanfald|nervesammenbrud|depression|psykose|"
            r"epilepsi|\w*ulykke)")
_PAST_EVENT = re.compile(
    rf"\b(?:jeg|æ|han|hun|vi|min \w+) (?:fik|har fået|havde) (?:\w+ )?(?:en |et )?{_ILLNESS}\b|"
    r"\b(?:var|har været|blev) (?:ude for|med i|involveret i) (?:en |et )?\w*(?:ulykke|uheld|overfald)\b|"
    r"\b(?:lå|var|blev|har været) (?:\w+ )?(?:indlagt|opereret|kørt ned|ramt af|syg)\b|"
    r"\b(?:lå|var|kom) (?:\w+ )?på (?:\w+ )?(?:hospital\w*|sygehus\w*|rigshospitalet|neurorehabilitering\w*|genoptræning\w*)\b|"
    r"\b(?:lå|var) på (?!ferie|tur|lejr|kursus|højskole)[a-zæøå]+ i (?:\d+|en|et|to|tre|fire|fem|seks|syv|otte|ni|ti|mange|flere|nogle) "
    r"(?:dage?|uger?|måneder|måned|år)\b|"
    r"\b(?:i|had|got) (?:a |an )?(?:stroke|accident|brain injury|blood clot)\b|\bwas in (?:the )?hospital\b|"
    # "Han døde for 3 år siden", "min mand gik bort", "jeg mistede min kone": a loss, never a strength
    r"\b(?:han|hun|de|min \w+|mit \w+|mine \w+|far|mor) (?:døde|doede|er død|er doed|gik bort|er gået bort)\b|"
    r"\b(?:jeg|vi) (?:mistede|har mistet) (?:min|mit|mine|vores)\b|\b(?:he|she) (?:died|passed away)\b")
_STORY_GOES_ON = re.compile(r"^(?:så|og så|bagefter|derefter|siden|nu|then|after that|now)\b")


def past_event(text: str) -> bool:
    """ "Jeg fik en blodprop for to år siden", "Jeg var ude for en motorcykelulykke", "Jeg lå på Hvidovre Hospital i
    tre måneder": something that happened to the citizen, not something the citizen is good at."""
    return bool(_PAST_EVENT.search(norm(text)))


def story_goes_on(text: str) -> bool:
    """ "Så genoptræning.", "Bagefter var jeg på Vejlefjord": the next part of a story just told."""
    return bool(_STORY_GOES_ON.match(norm(text)))


# What others want for the citizen ("Kommunen vil have mig i job", "min mor synes, jeg skal flytte"): not the
# citizen's own wish
_OTHERS = (r"(?:kommunen|jobcentret|jobcenteret|sagsbehandler(?:en)?|rådgiver(?:en)?|systemet|personalet|pædagogerne|"
           r"lægen|min (?:mor|far|familie|kæreste|mand|kone|søster|bror|kontaktperson)|mine forældre|de|they|the municipality)")
_OTHERS_WISH = re.compile(
    rf"^(?:men |og )?{_OTHERS} (?:vil (?:gerne )?have (?:at )?(?:mig|jeg)|vil gerne have at jeg|synes,? (?:at )?jeg skal|"
    rf"siger,? (?:at )?jeg skal|mener,? (?:at )?jeg skal|ønsker,? (?:at )?jeg|vil,? at jeg|want me to|say i should|think i should)\b|"
    # "jeg burde nok tabe mig det siger lægen", "I should walk more my doctor says": a should said on someone's word
    rf"^(?:(?:ja|altså|men|og) )?(?:jeg|æ|i) (?:burde|bør|skal|skulle|should|must|have to)\b.{{3,80}}\b(?:(?:og )?det siger|siger|says?) "
    rf"(?:{_OTHERS}|my (?:doctor|mum|mom|dad|mother|father|family|contact person)|the doctor)$|"
    rf"^(?:(?:ja|altså|men|og|well) )?(?:jeg|æ|i) (?:burde|bør|skal|skulle|should|must|have to)\b.{{3,80}}\b"
    rf"(?:{_OTHERS}|my (?:doctor|mum|mom|dad|mother|father|family|contact person)|the doctor) (?:siger|says|said)$")


def others_wish(text: str) -> bool:
    return bool(_OTHERS_WISH.search(norm(text)))


# Scores in other forms: "mellem 2 og 3" / "between 2 and 3" / "2-3" (a range, kept as the lower number and said back as
# the range), "💯" (full marks), and several scores for several goals ("4/4 på at handle, 2 på maden og 1 på bussen").
_RANGE = re.compile(r"\b(?:mellem|imellem|between)\s+([0-4])\s+(?:og|and)\s+([0-4])\b|(?<![\d/])([0-4])\s*(?:-|–|til)\s*([0-4])(?![\d/])")
_FULL_MARKS = re.compile(r"💯")
_WORD_DIGITS = {"nul": 0, "en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4}
_ONE_SCORE = re.compile(r"(?<![\d/,.])([0-4])(?:\s*/\s*4|\s+(?:ud af|out of)\s+(?:4|fire|four))?(?![\d]|[,.]\d|\s*/\s*[0-35-9])")


def score_range(text: str) -> tuple[int, int] | None:
    """ "mellem 2 og 3", "between 2 and 3", "2-3": the two ends, lowest first."""
    m = _RANGE.search(norm(text) if not re.search(r"\d\s*[-–]\s*\d", text) else text.lower())
    if not m:
        return None
    a, b = (int(m.group(1)), int(m.group(2))) if m.group(1) else (int(m.group(3)), int(m.group(4)))
    return (min(a, b), max(a, b)) if a != b else None


def full_marks(text: str) -> bool:
    """ "det går 💯": 4 out of 4."""
    return bool(_FULL_MARKS.search(text))


def several_scores(text: str) -> list[int]:
    """ "4 og 1", "4/4 på at handle, 2 på maden og 1 på bussen": one score per goal, in the order said. A range
    ("mellem 2 og 3") or one number is no list."""
    if score_range(text):
        return []
    found = []
    for m in _ONE_SCORE.finditer(text):
        if _NOT_A_SCORE_AFTER.match(text[m.end():]) or _NOT_A_SCORE_BEFORE.search(text[:m.start()]):
            continue
        found.append(int(m.group(1)))
    return found if len(found) >= 2 else []


# A request for a promise or for the bot to act ("Kan du love mig, at kommunen betaler?", "Lover du det?", "Kan I give mig
# det?", "Kan du bestille den?", "Kan du ikke sørge for, at jeg får flere timer?"): the bot can promise nothing and
# decide nothing; it says so plainly, and the wish goes on the sheet for the meeting.
_PROMISE = re.compile(r"\b(?:kan|vil|tør) (?:du|i) (?:ikke )?love\b|\blover (?:du|i)\b|\blov mig\b|\b(?:can|will) you promise\b|"
                      r"\bpromise me\b|\bdo you promise\b")
_REQUEST = re.compile(r"^(?:men |og )?(?:kan|kunne|vil|ville) (?:du|i) (?:ikke |godt |evt |lige |så )*(?:sørge for,? at (jeg|vi|hun|han) (?:får|kan få) |"
                      r"(?:give|skaffe|bevilge|betale) (?:mig|os|hende|ham) |bestille |købe |betale for |skaffe |"
                      r"ordne )(.+)$|^(?:can|could|will) you (?:get|give|buy|order|pay for|arrange) (?:me |us |her |him )?(.+)$")


def promise_request(text: str) -> str | None:
    """ "promise" or "request" when a sentence of the message asks the bot to promise or to act, else None."""
    for sent in re.split(r"(?<=[.!?])\s+", clean(text).strip()):
        n = norm(sent)
        if not n or len(n.split()) > 18:
            continue
        if _PROMISE.search(n):
            return "promise"
        if _REQUEST.match(n) and (sent.rstrip().endswith("?") or n.startswith(("kan du", "kan i", "can you"))):
            return "request"
    return None


def requested_wish(text: str) -> str | None:
    """ "Kan du ikke sørge for, at jeg får flere timer med min støttekontaktperson?" -> "jeg vil gerne have flere timer
    med min støttekontaktperson"; None when what is asked for is only "det" or "den"."""
    m = None
    for sent in re.split(r"(?<=[.!?])\s+", clean(text).strip()):  # the sentence that asks, not the rest of the message
        m = _REQUEST.match(norm(sent))
        if m:
            break
    if not m:
        return None
    if m.group(3):
        return None  # English requests: answered, not rewritten
    who = m.group(1) or "jeg"
    what = m.group(2).strip(" ?.")
    if not what or what in ("det", "den", "dem", "det til mig", "den til mig") or len(what.split()) < 2:
        return None
    return f"{who} vil gerne have {what}"


# An answer taken back in the same message: "jeg vil gerne bo alene. nej forresten, jeg vil hellere bo i et
# bofællesskab", "ja. nej, alligevel ikke", "min mor. nej vent, min far". What comes after the change of mind counts.
_TAKE_BACK = re.compile(r"^(?P<a>.*?\w.*?)\s*(?:[.,!;]|\.{2,}|…)\s*(?:nej|hov|ups|øh)[,.!]?\s+"
                        r"(?P<mark>forresten|vent|undskyld|jeg mener|alligevel(?: ikke)?|ikke alligevel|i mean|wait)\b[,.!]?\s*(?P<b>.*)$",
                        re.IGNORECASE)


# "Jeg vil gerne køre bil igen. Eller, nej, jeg vil gerne kunne cykle igen": the first wish taken back for the second
_OR_NO = re.compile(r"^(?P<a>.*?\w.*?)\s*[.,!;]\s*(?:eller|or)[,.]?\s+(?:nej|no)[,.!]?\s+(?P<b>(?:jeg|æ|han|hun|vi|det|i|he|she|we)\b.*)$",
                    re.IGNORECASE)


def taken_back(text: str) -> str | None:
    """What counts of a message with a change of mind in it, or None when there is none."""
    m = _TAKE_BACK.match(clean(text).strip())
    if not m:
        o = _OR_NO.match(clean(text).strip())
        return o.group("b").strip() if o and len(o.group("b").split()) >= 2 else None
    rest = m.group("b").strip(" .,!")
    # "Jeg vil gerne på efterskole. Nej, undskyld, på højskole": the phrase after the same preposition is swapped
    lead = re.match(r"(på|i|til|med|ved|hos|om|for)\s+\w", rest, re.IGNORECASE)
    a = m.group("a").strip(" .,!")
    if lead and len(rest.split()) <= 4:
        at = [x.start() for x in re.finditer(rf"\b{lead.group(1)}\b", a, re.IGNORECASE)]
        if at and at[-1] > 0 and len(a[:at[-1]].split()) >= 2:
            return a[:at[-1]] + rest
    if "alligevel" in m.group("mark").lower() and (not rest or norm(rest) in ("ikke", "ikke alligevel", "alligevel ikke")):
        return "nej"  # "ja. nej, alligevel ikke": a no
    return rest or None
