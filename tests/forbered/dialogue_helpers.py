"""Shared helpers for the dialogue tests: hand-made tags (with the tagger's clause split when a test needs it)
and a replay of turns through forbered.dialogue.respond."""

from forbered.dialogue import respond
from forbered.talk import Clause, TaggedUtterance


def tag(text, talk_type="neutral", subtype=None, theme="none", sheet=None, safety=False, p_sheet=0.9, *,
        clauses=None, speaker="citizen"):
    """A tag as the tagger would give it; `clauses` as (clause text, talk_type, sheet) triples."""
    t = TaggedUtterance(text=text, speaker=speaker, talk_type=talk_type, subtype=subtype, theme=theme,
                        sheet=sheet, safety=safety, confidence=0.9, evidence=text, scores={"sheet": p_sheet})
    if clauses:
        t.clauses = [Clause(text=c, start=text.find(c), end=text.find(c) + len(c), talk_type=tt, subtype=None, theme="none",
                            sheet=sh, confidence=0.9) for c, tt, sh in clauses]
    return t


def run(turns, state=None, **kw):
    """Replay turns (text, or (text, tag)) from `state`; the final state and every turn's result."""
    out = []
    for t in turns:
        text, tg = (t, None) if isinstance(t, str) else t
        r = respond(state, text, tg, **kw)
        state = r.state
        out.append(r)
    return state, out


def texts(result):
    return " ".join(m.text for m in result.messages)


def questions(result):
    return [m.text for m in result.messages if m.text.endswith("?")]


START = ["/start", "ja"]


def at_step(step, *, state=None, **kw):
    """A conversation brought to `step` with "ved ikke" answers (from `state` if given, else from the start)."""
    state, _ = run(START if state is None else [], state, **kw)
    for _ in range(15):
        if state["step"] == step:
            return state
        state, _ = run(["ved ikke"], state)
    raise AssertionError(state["step"])


def live(state, cat):
    """The points of a category still on the list (not withdrawn, not a correction)."""
    return [i for i in state["items"] if i.get("category") == cat and not i.get("withdrawn") and not i.get("correction")]


def at_score():
    """A conversation at the 0-4 question, right after a goal told with how it goes."""
    state = at_step("goal1")
    goal = "Mål om at gå med rollator ude. Det går godt"
    state, _ = run([(goal, tag(goal, sheet="goal_progress"))], state)
    assert state["step"] == "goal2"
    return state


_REAL_TAGGER = None


def real_tagger():
    """The trained tagger, loaded once for all dialogue tests that replay real conversations."""
    global _REAL_TAGGER
    if _REAL_TAGGER is None:
        from forbered.tagger import Tagger

        _REAL_TAGGER = Tagger.load()
    return _REAL_TAGGER


def talk(turns, role="citizen", language=None, *, joined=False):
    """A conversation from "/start" with every turn tagged by the real tagger: the final state and each turn's bot
    messages (a list of texts per turn, or one string per turn with `joined`)."""
    state, bot = None, []
    for text in ["/start", *turns]:
        r = respond(state, text, None if text.startswith("/") else real_tagger().tag(text, role), role=role,
                    language=language)
        state = r.state
        said = [m.text for m in r.messages if m.text]
        bot.append(" ".join(said) if joined else said)
    return state, bot
