"""Behaviours fixed after a sixteenth review of trainee lines: question words typed with a letter missing or swapped
("hvordn", "hvd", "hvornr"); a summary followed by a short check ("… Mangler jeg noget?"); choice questions with
"…, eller at …" after the question word; "det fortalte du mig i sidste uge" held against the citizen (also "for to uger
siden", "sidste måned", a third party's "noget andet") but not when "det" points ahead to what was said ("…, at du …");
praise with "super/fedt at du"; "du kunne måske <verb>" and "et forslag kunne være at …" as advice; "så <verb> du …"
without "?" as a statement; English praise ("You did really well …") and softened suggestions. Examples are fresh (not
in the corpus); the tests check the features, so they do not need a retrained model."""

from __future__ import annotations

import pytest

from forbered.oars.features import analyse, featurize


def fams(text: str, context: str = "") -> set[str]:
    return set(analyse(text, context).hits)


def feats(text: str, context: str = "") -> list[str]:
    return featurize(analyse(text, context))


@pytest.mark.parametrize(("text", "form"), [
    ("hvordn var weekenden hos din far", "open_qw"),
    ("hvd er det der bekymrer dig mest", "open_qw"),
    ("hvorfr har du lyst til at flytte", "open_qw"),
    ("hvilkn dag kommer hjemmeplejen", "open_qw"),
    ("hvornr har du tid til et møde", "fact_qw"),
    ("hvrodan har nætterne været", "open_qw"),
])
def test_a_question_word_with_one_typo_keeps_its_question_form(text: str, form: str) -> None:
    assert analyse(text).forms[0] == form


@pytest.mark.parametrize("text", ["hvile dig lidt inden mødet", "hvis du vil, kan vi gå nu", "hvid kaffe er fint"])
def test_real_words_starting_with_hv_are_not_folded(text: str) -> None:
    assert analyse(text).forms[0] not in ("open_qw", "fact_qw")


@pytest.mark.parametrize("text", [
    "Du har talt om din hund, din nabo og din ryg. Mangler jeg noget?",
    "Vi har været omkring skolen, vennerne og fritiden. Har jeg fået det hele med?",
    "Så der er søvnen, maden, og så er der din søster. Er der mere?",
])
def test_a_list_followed_by_a_short_check_marks_a_summary(text: str) -> None:
    assert "x=summary_check" in feats(text)


@pytest.mark.parametrize("text", [
    "Du vil gerne have en kat. Er det rigtigt forstået?",
    "Du har det svært. Er der mere, du vil fortælle mig om din søster og dit arbejde i dag?",
    "Skal vi tale om det? Mangler jeg noget?",
])
def test_one_reflection_or_a_long_question_is_no_summary_check(text: str) -> None:
    assert "x=summary_check" not in feats(text)


@pytest.mark.parametrize("text", [
    "Hvad er bedst for dig, at vi mødes her, eller at jeg kommer hjem til dig?",
    "Hvad vil du helst, at din bror ringer, eller at du selv ringer?",
])
def test_at_clause_options_with_a_comma_before_eller_make_a_choice_question(text: str) -> None:
    f = feats(text)
    assert "choice_q" in f and "f_last=choice" in f


@pytest.mark.parametrize("text", [
    "Det fortalte du mig også for tre uger siden.",
    "Det sagde du også i sidste måned.",
    "You said the same thing last month.",
])
def test_repeats_with_more_time_phrases_are_confront_cues(text: str) -> None:
    assert "confront" in fams(text)


@pytest.mark.parametrize("text", [
    "Det fortalte du mig i sidste uge, at du savner din have.",
    "Det sagde du sidste gang, hvor meget du holder af dit barnebarn.",
])
def test_det_pointing_ahead_to_what_was_said_is_a_recall_not_a_repeat(text: str) -> None:
    assert "confront" not in fams(text)


@pytest.mark.parametrize("text", [
    "Din søster fortalte mig noget helt andet.",
    "Din træner siger, at du sagtens kan løbe længere.",
])
def test_a_third_partys_contrary_report_is_a_confront_or_challenge_cue(text: str) -> None:
    assert fams(text) & {"confront", "challenge"}


@pytest.mark.parametrize("text", ["Super, at du ringede til hende.", "fedt at du gik med til koncerten",
                                  "You did really well to tell her.", "You've done so well with the diet."])
def test_praise_words_with_at_du_and_english_did_well_are_affirmation_cues(text: str) -> None:
    assert "affirm" in fams(text)


@pytest.mark.parametrize("text", ["Du kunne måske spørge din nabo.", "du kunne evt tage toget",
                                  "Et forslag kunne være at købe en kalender.", "Et godt råd er at spise før du går.",
                                  "Maybe you could call your brother."])
def test_softened_suggestions_are_advice_cues(text: str) -> None:
    assert fams(text) & {"advice", "softadvice"}


@pytest.mark.parametrize("text", ["Du kunne måske tænke dig at male.", "Du kunne måske ikke sove.",
                                  "Et forslag til mødet er klar i morgen."])
def test_wishes_and_abilities_are_no_advice(text: str) -> None:
    assert not fams(text) & {"advice", "softadvice"}


@pytest.mark.parametrize("text", ["Så bliver du rolig, når du har hørt musik.", "så går du tidligt i seng om søndagen"])
def test_sa_before_the_verb_without_qmark_is_a_statement(text: str) -> None:
    assert analyse(text).forms[0] == "statement"


def test_sa_before_the_verb_with_qmark_stays_verb_first() -> None:
    assert analyse("Så har du været ude i dag?").forms[0] == "inverted"


def test_a_list_given_back_from_one_line_is_marked() -> None:
    f = feats("Så du har fået ny cykel, ny hjelm, og du har lært at cykle til værkstedet.",
              "Jeg har fået en ny cykel og en hjelm, og nu cykler jeg selv til værkstedet.")
    assert "x=list_from_last" in f
    assert "x=list_from_last" not in feats("Du har fortalt om cyklen, hjelmen og værkstedet.", "Ja.")


@pytest.mark.parametrize(("text", "context"), [
    ("Din bror siger, at du sover til middag hver dag.", "Jeg sover aldrig længe."),
    ("Pædagogerne fortæller, du spiser slik om natten.", "Jeg spiser ikke slik."),
])
def test_a_third_partys_report_against_the_citizens_denial_is_marked(text: str, context: str) -> None:
    f = feats(text, context)
    assert "x=report_contra" in f and "cue=challenge" in f


@pytest.mark.parametrize(("text", "context"), [
    ("Din bror siger, at du sover til middag hver dag.", "Jeg er så træt om morgenen."),
    ("Din mor siger, at du ikke spiser.", "Jeg spiser ikke."),
])
def test_a_report_without_a_denial_is_not_marked(text: str, context: str) -> None:
    assert "x=report_contra" not in feats(text, context)


@pytest.mark.parametrize(("text", "fam"), [
    ("Så vidt jeg kan høre, har du fået en ny kæreste.", "hedge"),
    ("Altså, du savner at have nogen at snakke med.", "reflopen"),
    ("Hvis det var mig, ville jeg søge den lejlighed.", "advice"),
    ("I dit sted ville jeg tage toget.", "advice"),
])
def test_reflection_openers_and_if_i_were_you_advice(text: str, fam: str) -> None:
    assert fam in fams(text)


def test_if_it_were_me_with_a_feeling_is_no_advice() -> None:
    assert "advice" not in fams("Hvis det var mig, ville jeg også blive sur.")
