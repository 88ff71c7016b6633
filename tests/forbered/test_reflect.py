"""The Danish reflection grammar: pronoun shift, V2 inversion, subordinate order, third person kept."""

import pytest

from forbered import reflect

SIMPLE = [
    ("jeg vil gerne have et job", "Du vil gerne have et job."),
    ("Jeg vil gerne have et job.", "Du vil gerne have et job."),
    ("jeg savner min mor", "Du savner din mor."),
    ("jeg har meldt mig til svømning", "Du har meldt dig til svømning."),
    ("jeg kan ikke overskue at gøre rent i mit køkken", "Du kan ikke overskue at gøre rent i dit køkken."),
    ("mine venner er vigtige for mig", "Dine venner er vigtige for dig."),
    ("vi tager bussen sammen", "I tager bussen sammen."),
    ("det er svært for os", "Det er svært for jer."),
    ("vores lejlighed er for lille", "Jeres lejlighed er for lille."),
    ("jeg passer godt på mig selv", "Du passer godt på dig selv."),
    ("øh jeg vil gerne bo selv", "Du vil gerne bo selv."),
    ("ja jeg er god til at tegne 😊", "Du er god til at tegne."),
    ("jeg gider ikke sidde derhjemme hele dagen!!", "Du gider ikke sidde derhjemme hele dagen."),
    ("altså jeg drømmer om en kæreste", "Du drømmer om en kæreste."),
    ("jeg er bange for at blive ensom", "Du er bange for at blive ensom."),
    ("min hund giver mig ro", "Din hund giver dig ro."),
    ("mit arbejde betyder meget", "Dit arbejde betyder meget."),
    ("jeg tror, jeg kan lære det", "Du tror, du kan lære det."),
    ("jeg har det fint som det er", "Du har det fint som det er."),
    ("nej jeg vil ikke flytte", "Du vil ikke flytte."),
    ("jeg savner at have noget at stå op til", "Du savner at have noget at stå op til."),
    ("jeg er træt af at sidde alene i min lejlighed", "Du er træt af at sidde alene i din lejlighed."),
    ("jeg har fået en ny cykel af min far", "Du har fået en ny cykel af din far."),
    ("vi har det godt i vores bofællesskab", "I har det godt i jeres bofællesskab."),
    ("jeg vil gerne lære at lave mad til mig selv", "Du vil gerne lære at lave mad til dig selv."),
    ("mit mål er at tage bussen", "Dit mål er at tage bussen."),
    ("jeg tror ikke, jeg kan klare et job", "Du tror ikke, du kan klare et job."),
    ("jeg har været til fodbold to gange", "Du har været til fodbold to gange."),
    ("hmm jeg ved ikke om jeg tør", "Du ved ikke om du tør."),
    ("jeg skal have styr på mine regninger", "Du skal have styr på dine regninger."),
    ("min mor hjælper mig med at handle", "Din mor hjælper dig med at handle."),
    ("jeg bliver glad når jeg maler", "Du bliver glad når du maler."),
]

RELATIVE = [
    ("hun vil rigtig gerne have en veninde", "Hun vil rigtig gerne have en veninde."),
    ("han er god til at hjælpe andre", "Han er god til at hjælpe andre."),
    ("hun savner sin søster", "Hun savner sin søster."),
    ("jeg synes hun skal flytte", "Du synes hun skal flytte."),
    ("han har meldt sig til fodbold", "Han har meldt sig til fodbold."),
]

SUBORDINATE = [
    ("jeg vil gerne have et job", "du gerne vil have et job"),
    ("jeg kan ikke overskue det", "du ikke kan overskue det"),
    ("jeg vil ikke flytte", "du ikke vil flytte"),
    ("jeg har aldrig prøvet det", "du aldrig har prøvet det"),
    ("jeg kan godt tage bussen", "du godt kan tage bussen"),
    ("hun vil gerne have en veninde", "hun gerne vil have en veninde"),
    ("jeg er ikke klar endnu", "du ikke er klar endnu"),
    ("jeg skal også have styr på min økonomi", "du også skal have styr på din økonomi"),
    ("jeg har meldt mig til svømning", "du har meldt dig til svømning"),
    ("vi kan ikke finde ud af det", "I ikke kan finde ud af det"),
    ("jeg vil altid gerne hjælpe min søster", "du altid gerne vil hjælpe din søster"),
    ("jeg har allerede prøvet at ringe", "du allerede har prøvet at ringe"),
    ("jeg kan faktisk godt lide at gå ture", "du faktisk godt kan lide at gå ture"),
    ("hun kan ikke sove om natten", "hun ikke kan sove om natten"),
]

INVERTED = [
    ("jeg vil gerne have et job", "vil du gerne have et job"),
    ("jeg kan ikke overskue det", "kan du ikke overskue det"),
    ("hun vil gerne flytte", "vil hun gerne flytte"),
    ("jeg er bange for det", "er du bange for det"),
    ("jeg har ikke lyst", "har du ikke lyst"),
    ("vi gider ikke", "gider I ikke"),
    ("jeg tror godt jeg kan", "tror du godt du kan"),
    ("det er svært", "er det svært"),
    ("jeg savner mine venner", "savner du dine venner"),
    ("han vil ikke have hjælp", "vil han ikke have hjælp"),
    ("jeg har aldrig boet alene", "har du aldrig boet alene"),
]

DOUBLE = [
    (("jeg kan ikke overskue det", "jeg vil gerne prøve"),
     "På den ene side kan du ikke overskue det, og på den anden side vil du gerne prøve."),
    (("jeg er bange for at flytte", "jeg drømmer om min egen lejlighed"),
     "På den ene side er du bange for at flytte, og på den anden side drømmer du om din egen lejlighed."),
    (("hun er træt om aftenen", "hun vil gerne gå til dans"),
     "På den ene side er hun træt om aftenen, og på den anden side vil hun gerne gå til dans."),
]


@pytest.mark.parametrize("text, expected", SIMPLE)
def test_simple_reflection(text, expected):
    assert reflect.simple(text) == expected


@pytest.mark.parametrize("text, expected", RELATIVE)
def test_relative_third_person_is_kept(text, expected):
    assert reflect.simple(text, "relative") == expected


@pytest.mark.parametrize("text, expected", SUBORDINATE)
def test_subordinate_word_order(text, expected):
    assert reflect.as_subordinate(text) == expected


@pytest.mark.parametrize("text, expected", INVERTED)
def test_v2_inversion(text, expected):
    assert reflect.as_inverted(text) == expected


@pytest.mark.parametrize("parts, expected", DOUBLE)
def test_double_sided(parts, expected):
    speaker = "relative" if parts[0].startswith("hun") else "citizen"
    assert reflect.double_sided(*parts, speaker=speaker) == expected


def test_bare_phrase_is_not_reflected_as_a_sentence():
    assert reflect.simple("tegne og male") is None


def test_split_ambivalence():
    assert reflect.split_ambivalence("jeg vil gerne, men jeg kan ikke overskue det") == (
        "jeg vil gerne", "jeg kan ikke overskue det")
    assert reflect.split_ambivalence("jeg vil gerne have et job") is None


def test_complete_subject():
    assert reflect.complete_subject("kan ikke overskue det", "jeg vil gerne") == "jeg kan ikke overskue det"


@pytest.mark.parametrize("clause, expected", [
    ("så håber jeg at jeg kan tabe mig", True),
    ("nu kan jeg gå på trappen", True),
    ("tegne og male", False),
    ("min hund", False),
    ("så mine knæ ikke gør ondt", False),
    ("så ku jeg selv køre til min mormor", True),
    ("når jeg hører musik falder jeg ned", True),
    ("når det regner", False),
])
def test_a_clause_with_v2_after_a_fronted_adverbial_is_a_sentence(clause, expected):
    assert reflect.is_sentence(clause) is expected


def test_a_fronted_clause_is_reflected_as_a_sentence_not_framed_as_a_wish():
    from forbered.dialogue.moves import render_item

    out = render_item("og så håber jeg, at jeg kan tabe mig lidt", "hope", "hopes1", "citizen", "", "da")
    assert out["you"] == "Så håber du, at du kan tabe dig lidt."


@pytest.mark.parametrize("clause, expected", [
    ("jeg også gerne vil svømme", "jeg vil også gerne svømme"),
    ("jeg ikke kan lide at ringe", "jeg kan ikke lide at ringe"),
    ("han ikke gider", "han gider ikke"),
    ("jeg vil svømme", "jeg vil svømme"),
    ("min hund", "min hund"),
])
def test_main_clause_order_after_at(clause, expected):
    assert reflect.main_clause(clause) == expected


@pytest.mark.parametrize("text, expected", [
    ("og på den anden side håber du du kan tegne igen.", "og på den anden side håber du, at du kan tegne igen."),
    ("Du har fortalt, at du håber du kan tegne.", "Du har fortalt, at du håber, at du kan tegne."),
    ("Han siger han vil", "Han siger, at han vil"),
    ("Du ved det godt.", "Du ved det godt."),
    ("du ved i morgen", "du ved i morgen"),
])
def test_spoken_at_is_written_out(text, expected):
    assert reflect.spell_out_that(text) == expected


@pytest.mark.parametrize("clause, expected", [
    ("han bliver rigtig glad når han har noget at lave", "han bliver rigtig glad når han har noget at lave"),
    ("du vil rigtig gerne have et job", "du rigtig gerne vil have et job"),
    ("du kan ikke lide larm", "du ikke kan lide larm"),
])
def test_degree_adverbs_stay_with_their_word_in_an_at_clause(clause, expected):
    assert reflect.parse_clause(clause).subordinate() == expected


def test_chat_and_spoken_spellings_are_echoed_in_standard_danish():
    from forbered.reflect import second_person, standard_spelling

    assert second_person("æ vil gern ha en kæreste") == "du vil gerne have en kæreste"
    assert second_person("så ku æ bestemme sjæl") == "så kunne du bestemme selv"
    assert second_person("sa var jeg ikk sa afhaengig af hjemmeplejen") == "så var du ikke så afhængig af hjemmeplejen"
    assert standard_spelling("æ er go til at fiske") == "æ er god til at fiske"
    assert standard_spelling("snedker i 40 ar") == "snedker i 40 år"
    # words that are words already stay: "go" outside "er go til", "ha" alone, "far", "mode"
    assert standard_spelling("ha ha, min far har en go-kart og en mode-blog") == "ha ha, min far har en go-kart og en mode-blog"


def test_an_infinitive_is_not_a_sentence():
    from forbered.reflect import is_sentence

    assert not is_sentence("at kunne gå til frisøren selv og handle")
    assert not is_sentence("at jeg kan komme ud")
