"""Safety rules, review of set 23: a group, a class or work missed for weeks is no missing care; money borrowed again
and again that leaves nothing for food or rent; a hurtful name said once by family, a partner or a carer; "nar" is
not "når" in the folded text, "ko" and "so" are not "kø" and "sø"; the agent's own purse or a shared account emptied."""

import pytest

from forbered.safety import is_crisis, safety_kind

DISCLOSURES = [
    # missing care for weeks is still caught
    ("min mor har ikke været i bad i tre uger", "neglect"),
    ("hjemmeplejen har ikke været her i to uger", "neglect"),
    # borrowed again and again, and nothing left for food or rent
    ("min fætter låner penge af mig hver uge og så har jeg ikke råd til maden", "abuse"),
    ("min nevø har lånt penge igen og igen, nu har jeg ingen penge til husleje", "abuse"),
    ("mit barnebarn låner hele tiden penge og nu kan jeg ikke betale min husleje", "abuse"),
    # a hurtful name said once by family, a partner or a carer
    ("min svoger kalder mig en åndssvag kælling", "abuse"),
    ("min mor sagde til mig at jeg er en værdiløs møgunge", "abuse"),
    ("min kone kalder mig for en fed gammel so", "abuse"),
    ("hjemmehjælperen sagde at jeg er en sur gammel ko", "abuse"),
    ("min stedfar kaldte ham en spasser", "abuse"),
    # someone else empties the citizen's money
    ("min kæreste har tømt min opsparing", "abuse"),
    ("hun tømte min pung mens jeg var i bad", "abuse"),
]


@pytest.mark.parametrize("text,kind", DISCLOSURES)
def test_disclosure_is_caught(text, kind):
    assert is_crisis(text), text
    assert safety_kind(text) == kind, text


LOOKALIKES = [
    # a group, a class, work or home missed for weeks
    "jeg har ikke været til kor i fire uger",
    "min far har ikke været på arbejde i to uger pga ryggen",
    "hun er ikke kommet til svømning i flere uger",
    "vi har ikke været hjemme i tre uger, vi var i sommerhus",
    "jeg har ikke været i klubben i en måned",
    # borrowing that is not someone taking the speaker's money
    "jeg låner penge af min søster hver uge fordi jeg ikke har råd til mad",
    "min datter låner penge hver måned fordi hun ikke har råd til husleje",
    "min bror låner tit min trailer og jeg har ikke råd til en ny",
    # names in play, denied, or a bad loser
    "min onkel kalder mig en taber når vi spiller skak",
    "min bror siger jeg ikke er en idiot",
    "min kæreste siger jeg er en dårlig taber",
    "min datter siger jeg er nummer to i kø",
    # "når" folded to "nar" is no insult
    "pædagogen siger jeg er hjælpsom når vi laver mad",
    "min far kalder mig altid min pige når han ringer",
    "kontaktpersonen siger jeg er modig når jeg tager bussen",
    # the agent's own purse or a purse emptied on the table
    "min søster tømmer sin pung for småmønter",
    "han tømte tegnebogen ud på sofaen for at finde en kvittering",
    # bad with a thing, as "useless at" already is ("my dad says he is useless with computers")
    "my mum says she is useless with the new tv remote",
    "my husband says he is stupid about cars",
]


@pytest.mark.parametrize("text", LOOKALIKES)
def test_lookalike_stays_quiet(text):
    assert not is_crisis(text), text
