"""English trainee lines: a word-by-word gloss into Danish function words, so the Danish features still work.

The coder is trained on Danish (GUIDE.md), but trainees sometimes type in English ("what do you think about
that", "It's completely up to you."). Without help such a line gets no question form (no Danish question word,
no verb-first order) and no cue, and the coder guessed from length alone ("How do you feel about moving?" came
out `closed_question`, "You should stop smoking." `simple_reflection`). A line is glossed only when it is
clearly English (`is_english`): question words, pronouns, auxiliaries and a few MI phrases become their Danish
counterparts ("How do you feel" → "hvordan gør du føler", "up to you" → "op til dig", "good job" → "godt gået"),
content words stay English, so a reflection's overlap with an English citizen line is still measured (both lines
are glossed). The code is then decided by form and cue words; content-only distinctions (simple vs complex) are
weaker than in Danish, which the confidence shows.
"""

from __future__ import annotations

# Words that mark English and are not (common) Danish words; "i", "to", "is", "have", "at", "for", "man" are
# Danish too, so they do not count.
MARKERS = frozenset({
    "you", "your", "yours", "the", "are", "what", "how", "why", "when", "where", "who", "which", "do", "does",
    "did", "it", "that", "this", "my", "me", "about", "with", "of", "and", "i'm", "you're", "it's", "that's",
    "don't", "can't", "didn't", "doesn't", "isn't", "aren't", "not", "be", "feel", "want", "like", "we", "they",
    "hi", "hello", "thanks", "thank", "please", "would", "could", "should", "will", "sounds", "really", "tell",
    "up", "good", "great", "well", "done", "can", "need", "tried", "been", "was", "were", "think", "there",
    "what's", "how's", "let's", "i've", "you've", "just", "again", "today", "tomorrow", "yourself", "name",
    "contact", "important", "talk", "let", "so", "but", "if", "because", "very", "meeting",
    "miss", "missed", "she", "he", "him", "his", "wife", "husband", "mom", "dad", "feels", "feeling", "drinking",
    "work", "still", "never", "always", "something", "nothing",
    "is", "on", "in", "nice", "thought", "considered", "counted", "checked", "many", "much", "worries", "worried",
    "scared", "must", "hard", "worked", "try", "trying", "going", "every", "day", "week", "now", "right", "most",
    "matters", "matter", "help", "life", "things", "anything", "everything", "here", "any", "easier", "happen",
    "happened", "people", "know", "make", "makes", "told", "said", "last", "yesterday", "before", "wouldn't", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
_DANISH = frozenset({"du", "jeg", "det", "er", "og", "ikke", "har", "vil", "hvad", "hvordan", "på", "så", "en", "et",
                     "din", "dig", "mig", "med", "om", "kan", "skal", "at", "der", "til", "af", "den", "hvorfor"})

# Phrases first (longest match wins), then single words. Values are Danish tokens ("" drops the word).
PHRASES: dict[tuple[str, ...], str] = {
    ("tell", "me", "more"): "fortæl mig mere", ("tell", "me"): "fortæl mig", ("tell", "us"): "fortæl os",
    ("it", "sounds", "like"): "det lyder som om", ("sounds", "like"): "det lyder som om",
    ("it", "seems", "like"): "det lyder som om", ("i", "hear", "that"): "jeg hører at", ("i", "hear"): "jeg hører",
    ("up", "to", "you"): "op til dig", ("your", "choice"): "dit valg", ("your", "decision"): "din beslutning",
    ("your", "call"): "dit valg", ("your", "own", "choice"): "dit eget valg",
    ("your", "own", "decision"): "din egen beslutning", ("you", "decide"): "du bestemmer", ("you", "choose"): "du vælger",
    ("your", "own", "pace"): "dit eget tempo", ("your", "pace"): "dit tempo",
    ("good", "job"): "godt gået", ("great", "job"): "godt gået", ("well", "done"): "godt gået",
    ("nice", "work"): "godt gået", ("good", "work"): "godt gået",
    ("let", "me", "sum", "up"): "lad mig samle op", ("let", "me", "summarize"): "lad mig samle op",
    ("let", "me", "summarise"): "lad mig samle op", ("to", "sum", "up"): "samle op", ("sum", "up"): "samle op",
    ("that's", "not", "true"): "det passer ikke", ("that", "is", "not", "true"): "det passer ikke",
    ("it's", "your", "own", "fault"): "det er din egen skyld", ("your", "own", "fault"): "din egen skyld",
    ("your", "fault"): "din skyld",
    ("need", "to"): "er nødt til at", ("have", "to"): "skal", ("has", "to"): "skal", ("ought", "to"): "bør",
    ("thank", "you"): "tak", ("see", "you"): "vi ses", ("how", "about"): "hvad med at", ("what", "about"): "hvad med",
    ("can", "i"): "må jeg", ("may", "i"): "må jeg", ("could", "i"): "må jeg", ("my", "name", "is"): "jeg hedder",
    ("have", "you", "tried"): "har du prøvet at", ("have", "you", "considered"): "har du overvejet at",
    ("why", "don't", "you"): "hvorfor ikke", ("why", "not"): "hvorfor ikke",
    ("a", "lot", "of", "courage"): "meget mod", ("took", "courage"): "krævede mod", ("in", "charge"): "bestemmer",
    ("on", "the", "one", "hand"): "på den ene side", ("on", "the", "other", "hand"): "på den anden side",
    ("part", "of", "you"): "del af dig",
    ("at", "the", "same", "time"): "samtidig", ("are", "you", "sure"): "er du sikker på", ("a", "good", "idea"): "en god idé",
    ("let", "down"): "svigtet", ("let", "you", "down"): "svigtede dig",
    ("it's", "good", "that"): "godt at", ("good", "that"): "godt at", ("great", "that"): "godt at",
    ("how", "good", "that"): "hvor godt at", ("how", "great", "that"): "hvor godt at",  # praise, not "hvordan"
    # a question phrased as a statement and pride in the client ("I wonder what …", "I'm so proud of you")
    ("i", "wonder"): "jeg undrer mig over", ("i'm", "curious"): "jeg er nysgerrig på", ("of", "you"): "af dig",
    # a guess at a feeling ("That must be hard"), effort ("you've worked hard on it"), a suggestion asked as a question
    # ("Have you thought about joining a group?") and a question that checks the client's claim ("Have you counted …?")
    ("must", "be"): "må være", ("must", "have", "been"): "må have været", ("worked", "hard"): "arbejdet hårdt",
    ("work", "hard"): "arbejder hårdt", ("working", "hard"): "arbejder hårdt",
    ("for", "you"): "for dig", ("to", "you"): "for dig", ("with", "you"): "med dig", ("about", "you"): "om dig",
    # someone agreeing with the client ("Your doctor agrees with you that …"): the client's wish backed
    ("agrees", "with", "you"): "er enig med dig", ("agree", "with", "you"): "er enige med dig",
    ("agreed", "with", "you"): "var enig med dig",
    # someone backing the client's plan ("Your sister also thinks it's a good plan.", "Your dad is on board.")
    ("good", "plan"): "god plan", ("good", "idea"): "god idé", ("great", "idea"): "god idé", ("great", "plan"): "god plan",
    ("on", "board"): "med på det", ("backs", "you", "up"): "bakker dig op", ("back", "you", "up"): "bakker dig op",
    ("supports", "you"): "støtter dig", ("support", "you"): "støtter dig",
    ("come", "so", "far"): "kommet så langt", ("come", "a", "long", "way"): "kommet langt", ("come", "far"): "kommet langt",
    ("been", "working"): "arbejdet", ("so", "hard"): "så hårdt", ("really", "hard"): "virkelig hårdt",
    ("worked", "really", "hard"): "arbejdet virkelig hårdt", ("worked", "so", "hard"): "arbejdet så hårdt",
    ("worries", "you"): "bekymrer dig", ("scares", "you"): "skræmmer dig", ("upsets", "you"): "gør dig ked af det", ("thought", "about"): "tænkt på",
    ("thought", "of"): "tænkt på", ("how", "many"): "hvor mange", ("how", "much"): "hvor meget",
    ("left", "out"): "overset", ("put", "in"): "lagt", ("a", "lot", "of", "effort"): "en stor indsats",
    ("so", "much", "effort"): "en stor indsats",
    # a strength ("You're good at keeping …") and a suggestion ("You should try going …")
    ("good", "at"): "god til", ("great", "at"): "god til", ("should", "try"): "burde prøve at",
    ("every", "day"): "hver dag", ("every", "week"): "hver uge",
    ("right", "now"): "lige nu", ("at", "the", "moment"): "lige nu", ("the", "most"): "mest",
    # a repeat held against the client ("You told me that last week.", "You said the same thing yesterday.")
    ("last", "week"): "i sidste uge", ("last", "time"): "sidste gang", ("every", "time"): "hver gang",
    ("the", "same", "thing"): "det samme", ("same", "thing"): "det samme", ("many", "times"): "mange gange",
    ("been", "telling", "me"): "sagt", ("been", "saying"): "sagt", ("for", "weeks"): "i ugevis",
    ("for", "months"): "i månedsvis", ("for", "years"): "i årevis", ("told", "you", "so"): "sagde det jo",
    ("you've", "said"): "du har sagt", ("you", "have", "said"): "du har sagt", ("you've", "told", "me"): "du har fortalt mig",
    ("you've", "promised"): "du har lovet",
    # a suggestion asked as a negated question ("Wouldn't it be smart to …?", "Isn't it better to …?")
    ("wouldn't", "it"): "ville det ikke", ("isn't", "it"): "er det ikke", ("would", "it", "not"): "ville det ikke",
    ("about", "time"): "på tide", ("making", "excuses"): "komme med undskyldninger",
    ("last", "month"): "i sidste måned", ("last", "year"): "sidste år", ("for", "ages"): "i månedsvis",
    # praise of what the client did ("You did really well to come.", "You've done well with …"), not a reflection
    ("did", "well"): "klarede det flot", ("did", "really", "well"): "klarede det virkelig flot",
    ("did", "so", "well"): "klarede det så flot", ("did", "great"): "klarede det flot",
    ("done", "well"): "klaret det flot", ("done", "really", "well"): "klaret det virkelig flot",
    ("done", "so", "well"): "klaret det så flot", ("done", "great"): "klaret det flot",
    ("doing", "well"): "klarer det flot", ("doing", "really", "well"): "klarer det virkelig flot",
    ("doing", "great"): "klarer det flot", ("doing", "so", "well"): "klarer det så flot",
    # … but not under "not" ("You're not doing well with the diet.")
    ("not", "doing", "well"): "ikke så godt", ("not", "doing", "so", "well"): "ikke så godt",
    ("not", "doing", "great"): "ikke så godt", ("not", "done", "well"): "ikke så godt",
    # a suggestion with a softener ("Maybe you could write it down."), as "du kunne måske …"
    ("a", "bit"): "lidt", ("a", "little"): "lidt", ("ready", "to"): "klar til at",
    ("maybe", "you", "could"): "du kunne måske", ("perhaps", "you", "could"): "du kunne måske",
    ("you", "could", "try"): "du kunne prøve at",
}
# "that" before a subject is the conjunction ("You told me that you wanted …" → "… at du …"), not "det"
_THAT_CLAUSE = frozenset({"you", "he", "she", "they", "i", "we", "your", "his", "her", "their", "my", "you're", "it's",
                          "i'm", "he's", "she's", "they're", "you've", "you'd", "you'll"})
WORDS = {
    "you": "du", "your": "din", "yours": "din", "yourself": "dig selv", "i": "jeg", "me": "mig", "my": "min",
    "we": "vi", "us": "os", "our": "vores", "he": "han", "she": "hun", "him": "ham", "her": "hende", "they": "de",
    "it": "det", "that": "det", "this": "det", "there": "der",
    "what": "hvad", "how": "hvordan", "why": "hvorfor", "when": "hvornår", "where": "hvor", "who": "hvem",
    "which": "hvilken", "what's": "hvad er", "how's": "hvordan er",
    "is": "er", "are": "er", "am": "er", "was": "var", "were": "var", "be": "være", "been": "været",
    "do": "gør", "does": "gør", "did": "gjorde", "have": "har", "has": "har", "had": "havde",
    "can": "kan", "could": "kunne", "will": "vil", "would": "ville", "should": "bør", "must": "skal",
    "shall": "skal", "may": "må", "might": "måske",
    "i'm": "jeg er", "you're": "du er", "it's": "det er", "that's": "det er", "there's": "der er",
    "i've": "jeg har", "you've": "du har", "let's": "lad os", "don't": "ikke", "doesn't": "ikke", "didn't": "ikke",
    "can't": "kan ikke", "isn't": "er ikke", "aren't": "er ikke", "won't": "vil ikke",
    "not": "ikke", "no": "nej", "yes": "ja", "yeah": "ja", "and": "og", "but": "men", "so": "så", "if": "hvis",
    "because": "fordi", "or": "eller", "about": "om", "with": "med", "of": "af", "to": "at", "for": "for",
    "on": "på", "in": "i", "at": "på", "from": "fra", "again": "igen", "today": "i dag", "tomorrow": "i morgen",
    "the": "", "a": "", "an": "",
    "feel": "føler", "feels": "føles", "feeling": "følelse", "want": "vil", "wants": "vil", "think": "tænker",
    "tell": "fortæl", "describe": "beskriv", "explain": "forklar", "talk": "tale", "try": "prøve",
    "tried": "prøvet", "stop": "stoppe", "call": "ringe", "decide": "bestemme", "choose": "vælge",
    "important": "vigtigt", "more": "mere", "very": "meget", "really": "virkelig", "just": "bare",
    "hi": "hej", "hello": "hej", "hey": "hej", "thanks": "tak", "sorry": "undskyld", "bye": "farvel",
    "okay": "okay", "great": "flot", "brave": "modigt", "courage": "mod", "strong": "stærk", "proud": "stolt",
    "tired": "træt", "alone": "alene", "lonely": "ensom", "afraid": "bange", "scared": "bange",
    "worried": "bekymret", "worry": "bekymret", "sad": "ked", "angry": "vred", "frustrated": "frustreret",
    "hard": "svært", "difficult": "svært", "true": "rigtigt", "fault": "skyld", "choice": "valg", "decision": "beslutning", "own": "egen",
    "meeting": "mødet", "monday": "mandag", "tuesday": "tirsdag", "wednesday": "onsdag", "thursday": "torsdag",
    "friday": "fredag", "saturday": "lørdag", "sunday": "søndag", "doctor": "læge", "free": "gratis",
    # feelings, people and everyday words trainees reflect with, so a reflection's overlap and feeling cues work
    "miss": "savner", "misses": "savner", "missed": "savnede", "love": "elsker", "hate": "hader", "hurt": "ondt",
    "hurts": "gør ondt", "pain": "smerter", "ashamed": "flov", "embarrassed": "flov", "guilty": "skyldig",
    "stressed": "stresset", "overwhelmed": "presset", "hopeless": "håbløs", "relieved": "lettet", "happy": "glad",
    "upset": "ked", "nervous": "nervøs", "anxious": "bange", "unsure": "usikker", "disappointed": "skuffet",
    "wife": "kone", "husband": "mand", "mother": "mor", "mom": "mor", "mum": "mor", "father": "far", "dad": "far",
    "son": "søn", "daughter": "datter", "friends": "venner", "friend": "ven", "family": "familie", "kids": "børn",
    "children": "børn", "job": "job", "work": "arbejde", "money": "penge", "drinking": "drikker", "drink": "drikke",
    "smoking": "ryger", "smoke": "ryge", "sleep": "sove", "help": "hjælp", "quit": "stoppe", "stopped": "stoppede",
    "still": "stadig", "never": "aldrig", "always": "altid", "nothing": "ingenting", "everything": "alt",
    "maybe": "måske", "some": "nogle", "something": "noget", "someone": "nogen", "much": "meget", "lot": "meget",
    "need": "har brug for", "needs": "har brug for", "know": "ved", "go": "gå", "get": "få", "make": "gøre",
    "self": "selv", "since": "siden", "say": "siger", "says": "siger", "said": "sagde", "promise": "lover",
    "promised": "lovede", "when's": "hvornår er", "who's": "hvem er", "where's": "hvor er",
    "worries": "bekymrer", "worrying": "bekymrer", "scares": "skræmmer", "frightened": "bange", "frustrating": "frustrerende",
    "exhausted": "udmattet", "ignored": "overset", "stuck": "fastlåst", "torn": "splittet", "confused": "forvirret",
    "hopeful": "håber", "hope": "håber", "hoping": "håber", "wish": "ønsker", "counted": "talt", "count": "tælle",
    "checked": "tjekket", "check": "tjekke", "considered": "overvejet", "beer": "øl", "beers": "øl", "cigarettes": "smøger",
    "effort": "indsats", "worked": "arbejdet",
    "called": "ringede", "told": "fortalte", "asked": "spurgte", "went": "gik", "came": "kom",
    "now": "nu", "most": "mest", "matters": "betyder", "matter": "betyder", "life": "liv", "things": "ting",
    "thing": "ting", "here": "her", "any": "nogen", "anything": "noget", "easier": "lettere", "happen": "ske",
    "happened": "skete", "people": "folk", "makes": "gør", "before": "før", "yesterday": "i går", "last": "sidste",
    "dog": "hund", "dogs": "hunde", "excuses": "undskyldninger", "excuse": "undskyldning",
    "seem": "virker", "seems": "virker", "down": "ned", "ready": "klar", "sure": "sikker",
    "thinks": "synes",
    "wouldn't": "ville ikke", "better": "bedre", "smart": "smart", "smarter": "smartere", "wise": "klogt", "wiser": "klogere",
}


def is_english(tokens: list[str]) -> bool:
    """Clearly English: at least two marker words and a third of the tokens (or a one/two-word line with a
    marker and no Danish function word: "hi", "thank you", "good job"), and few Danish function words."""
    if not tokens:
        return False
    marks = sum(t in MARKERS for t in tokens)
    # "at" after an English word is English ("good at", "look at"), not the Danish infinitive marker
    danish = sum(t in _DANISH and not (t == "at" and i and tokens[i - 1] in MARKERS) for i, t in enumerate(tokens))
    if danish > marks / 3:
        return False
    if len(tokens) <= 2:
        return marks >= 1 and danish == 0
    return marks >= 2 and marks * 3 >= len(tokens)


_DOWN_MOOD = frozenset({"seem", "seems", "seemed", "feel", "feels", "felt", "feeling", "look", "looks", "looked", "looking",
                        "bit", "little", "so", "very", "really", "pretty", "quite", "rather", "been", "you're", "i'm",
                        "he's", "she's", "they're", "are", "is", "was", "were", "get", "gets", "getting"})


def gloss(tokens: list[str], spans: list[tuple[int, int]]) -> tuple[list[str], list[tuple[int, int]]]:
    """Danish tokens for an English line, each with the span of the English words it came from."""
    out: list[str] = []
    out_spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        for n in (4, 3, 2, 1):
            key = tuple(tokens[i : i + n])
            if len(key) < n:
                continue
            if n > 1 and key in PHRASES:
                repl = PHRASES[key]
                break
            if n == 1:
                t = key[0]
                # "at 10" is a time ("kl. 10"), otherwise "at" is a place ("at home")
                repl = "kl" if t == "at" and i + 1 < len(tokens) and tokens[i + 1].isdigit() else WORDS.get(t, t)
                # "down" is a mood after "seem"/"feel"/"a bit" ("You seem a bit down"), a direction otherwise ("write it down")
                if t == "down" and i and tokens[i - 1] in _DOWN_MOOD:
                    repl = "nedtrykt"
                # "Sure, tell me." opens with the yes ("klart"), "Are you sure?" asks if the citizen is certain
                if t == "sure" and i == 0:
                    repl = "klart"
                # … but after "is"/"was" it is the pronoun ("Is that your plan?" → "er det din plan")
                if t == "that" and i + 1 < len(tokens) and tokens[i + 1] in _THAT_CLAUSE and not (
                        i and tokens[i - 1] in ("is", "was", "isn't", "wasn't", "are", "were")):
                    repl = "at"
                break
        span = (spans[i][0], spans[i + n - 1][1])
        if repl.endswith((" på", "overvejet")) and i + n < len(tokens) and tokens[i + n].endswith("ing") \
                and len(tokens[i + n]) > 5:
            repl += " at"  # "thought about joining" → "tænkt på at joining", the Danish infinitive marker
        for part in repl.split():
            out.append(part)
            out_spans.append(span)
        i += n
    return out, out_spans
