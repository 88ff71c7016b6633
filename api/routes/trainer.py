"""Trainer mode: MI practice with a simulated citizen, MITI reports, and explain mode.

A session is stored as persona + seed + the trainee's coded turns. The simulated citizen is rebuilt for
every request by replaying the stored codes (``forbered.oars.simulator`` is deterministic for a seed),
so the web service keeps no conversation state in memory and a session can always be replayed. The
coder, tagger and personas load once per process, on first use, through cached factories that tests
can override as dependencies.
"""

from __future__ import annotations

import secrets
from functools import lru_cache
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Form, HTTPException, Request, status
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy.orm import Session

from api import crud
from api.auth import OptionalUser, require_roles
from api.db import SessionDep
from api.models import TrainingSession as SessionRow
from api.models import TrainingTurn, User
from api.schemas import (
    ExplainIn,
    ExplainTurnOut,
    PersonaOut,
    TraineeGroupIn,
    TrainingSessionIn,
    TrainingSessionItem,
    TrainingSessionOut,
    TrainingTurnIn,
    TrainingTurnOut,
)
from api.templating import templates
from forbered.oars.coder import Coder, CodeResult
from forbered.oars.miti import THRESHOLDS, session_report
from forbered.oars.session import TrainingSession, Turn
from forbered.oars.simulator import SimulatedCitizen, load_personas
from forbered.privacy import mask_pii
from forbered.tagger import Tagger

router = APIRouter(tags=["trainer"])

MAX_TEXT = 2000
MAX_TURNS = 200
CODE_LABELS = {
    "open_question": "Åbent spørgsmål",
    "closed_question": "Lukket spørgsmål",
    "simple_reflection": "Simpel refleksion",
    "complex_reflection": "Kompleks refleksion",
    "affirmation": "Bekræftelse",
    "summary": "Opsummering",
    "giving_information": "Information",
    "advice_without_permission": "Råd uden tilladelse",
    "confront": "Konfrontation",
    "emphasize_autonomy": "Understreger selvbestemmelse",
    "other": "Andet",
}
TALK_LABELS = {"change": "Forandringsudsagn", "sustain": "Status quo-udsagn", "neutral": "Neutral"}
LEVEL_LABELS = {"good": "God", "fair": "Acceptabel", "below": "Under acceptabel", "n/a": "Kan ikke beregnes"}
# MITI 4.2.1 sets thresholds for R:Q and % complex reflections only; % open questions is shown against
# MITI 3.1.1's (50 % / 70 %), and MI-inconsistent behaviour has no threshold (fewer is better).
OPEN_QUESTION_REFERENCE = {"fair": 50.0, "good": 70.0}
EMPTY_TEXT = "Du skrev ikke noget. Skriv din replik, og prøv igen."
TEXT_TOO_LONG = f"Din replik er for lang (højst {MAX_TEXT} tegn)."
SESSION_NOT_FOUND = "Øvesamtalen findes ikke, eller du har ikke adgang til den."
SESSION_FINISHED = "Øvesamtalen er afsluttet. Start en ny for at øve videre."
SESSION_FULL = f"Øvesamtalen har nået {MAX_TURNS} replikker. Afslut den, og start en ny."
NOT_OWNER = "Kun kursisten selv kan skrive i sin øvesamtale."
PERSONA_NOT_FOUND = "Den valgte borger findes ikke."
USER_NOT_FOUND = "Brugeren findes ikke, eller har ikke den rigtige rolle."
LOGIN_REQUIRED = {303: {"description": "Not logged in: redirect to /login"}}
NOT_FOUND = {404: {"description": "No such session, or not visible to the user"}}


# --- cached factories (never at import) ------------------------------------------------------------


@lru_cache(maxsize=1)
def get_coder() -> Coder:
    return Coder.load()


@lru_cache(maxsize=1)
def get_tagger() -> Tagger:
    return Tagger.load()


@lru_cache(maxsize=1)
def get_personas() -> dict[str, dict[str, Any]]:
    return load_personas()


CoderDep = Annotated[Coder, Depends(get_coder)]
TaggerDep = Annotated[Tagger, Depends(get_tagger)]
PersonasDep = Annotated[dict[str, dict[str, Any]], Depends(get_personas)]
Trainee = Annotated[User, Depends(require_roles("trainee"))]
Viewer = Annotated[User, Depends(require_roles("trainee", "trainer", "admin"))]
Explainer = Annotated[User, Depends(require_roles("trainer", "admin"))]


# --- the core, shared by the JSON API and the pages ------------------------------------------------


def _persona(personas: dict[str, dict[str, Any]], persona_id: str) -> dict[str, Any]:
    persona = personas.get(persona_id)
    if persona is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, PERSONA_NOT_FOUND)
    return persona


def persona_label(persona: dict[str, Any] | None, persona_id: str = "") -> str:
    if persona is None:
        return persona_id
    age = f", {persona['age']} år" if persona.get("age") else ""
    group = f" ({persona['group']})" if persona.get("group") else ""
    return f"{persona.get('name', persona_id)}{age}{group}"


def opening_line(persona: dict[str, Any] | None, seed: int) -> str:
    return SimulatedCitizen(persona, seed).opening() if persona else ""


def replay(row: SessionRow, persona: dict[str, Any], coder: Coder, tagger: Tagger) -> TrainingSession:
    """The core session brought back to where the stored turns left it (same seed, same codes)."""
    session = TrainingSession(persona, seed=row.seed, feedback=row.feedback, coder=coder, tagger=tagger)
    session.start()
    for t in row.turns:
        session.citizen.reply(t.trainee_text, t.code)  # advances the simulator exactly as before
        result = CodeResult(t.code, t.confidence, t.evidence)
        session.turns.append(Turn(t.trainee_text, result, t.feedback, t.citizen_reply))
        session.citizen_lines.append(t.citizen_reply)
    return session


def _clean(text: str) -> str:
    cleaned = mask_pii(text.replace("\x00", "").strip())
    if not cleaned:
        raise HTTPException(422, EMPTY_TEXT)
    if len(cleaned) > MAX_TEXT:
        raise HTTPException(422, TEXT_TOO_LONG)
    return cleaned


def take_turn(
    db: Session,
    *,
    user: User,
    row: SessionRow,
    text: str,
    coder: Coder,
    tagger: Tagger,
    persona: dict[str, Any],
) -> TrainingTurn:
    """Code the trainee's line (PII masked first), let the citizen answer, tag the answer, store it."""
    if row.trainee_user_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, NOT_OWNER)
    if row.finished_at is not None:
        raise HTTPException(status.HTTP_409_CONFLICT, SESSION_FINISHED)
    if len(row.turns) >= MAX_TURNS:
        raise HTTPException(status.HTTP_409_CONFLICT, SESSION_FULL)
    turn = replay(row, persona, coder, tagger).turn(_clean(text))
    speaker = str(persona.get("speaker") or "citizen")
    return crud.add_training_turn(
        db,
        session=row,
        trainee_text=turn.trainee_text,
        code=turn.result.code,
        confidence=round(float(turn.result.confidence), 4),
        evidence=turn.result.evidence,
        feedback=turn.feedback,
        citizen_reply=turn.citizen_reply,
        citizen_talk_type=tagger.tag(turn.citizen_reply, speaker).talk_type,
    )


def _compare(
    name: str, label: str, value: float | None, level: str, fair: Any, good: Any, source: str
) -> dict:
    return {
        "measure": name,
        "label": label,
        "value": value,
        "level": level,
        "fair": fair,
        "good": good,
        "source": source,
    }


def _level(value: float | None, fair: float, good: float) -> str:
    if value is None:
        return "n/a"
    return "good" if value >= good else "fair" if value >= fair else "below"


def build_report(row: SessionRow, persona: dict[str, Any], coder: Coder, tagger: Tagger) -> dict[str, Any]:
    """forbered's session report, the MITI fair/good comparison, and the citizen's talk per turn."""
    report = replay(row, persona, coder, tagger).report()
    codes = [t.code for t in row.turns]
    for i, line in enumerate(report["citizen_turns"]):
        line["after_code"] = codes[i - 1] if i else None
    rq, cr = THRESHOLDS["reflection_to_question"], THRESHOLDS["percent_complex_reflections"]
    pct_oq = report["percent_open_questions"]
    report["miti_comparison"] = [
        _compare(
            "reflection_to_question",
            "Refleksioner pr. spørgsmål (R:Q)",
            report["reflection_to_question"],
            report["reflection_to_question_level"],
            rq["fair"],
            rq["good"],
            "MITI 4.2.1",
        ),
        _compare(
            "percent_complex_reflections",
            "Komplekse refleksioner (% af refleksioner)",
            report["percent_complex_reflections"],
            report["percent_complex_reflections_level"],
            cr["fair"],
            cr["good"],
            "MITI 4.2.1",
        ),
        _compare(
            "percent_open_questions",
            "Åbne spørgsmål (% af spørgsmål)",
            pct_oq,
            _level(pct_oq, **OPEN_QUESTION_REFERENCE),
            OPEN_QUESTION_REFERENCE["fair"],
            OPEN_QUESTION_REFERENCE["good"],
            "MITI 3.1.1 (4.2.1 har ingen tærskel)",
        ),
        _compare(
            "mi_inconsistent",
            "MI-inkonsistente replikker (råd uden tilladelse, konfrontation)",
            report["mi_inconsistent"],
            "n/a",
            None,
            None,
            "Ingen tærskel i MITI 4.2.1: færrest muligt",
        ),
    ]
    report.update(session=row.id, seed=row.seed, feedback=row.feedback, finished=row.finished_at is not None)
    return report


def talk_chart(citizen_turns: list[dict[str, Any]]) -> dict[str, Any]:
    """Geometry of a small SVG: a bar up per change-talk line, down per sustain-talk line, a running total."""
    step, mid, unit = 36, 90, 28
    bars, points, total = [], [], 0
    for i, c in enumerate(citizen_turns):
        x = 40 + i * step
        kind = c["talk_type"]
        total += 1 if kind == "change" else -1 if kind == "sustain" else 0
        if kind == "change":
            bars.append({"x": x - 10, "y": mid - unit, "h": unit, "kind": kind, "turn": i})
        elif kind == "sustain":
            bars.append({"x": x - 10, "y": mid, "h": unit, "kind": kind, "turn": i})
        else:
            bars.append({"x": x - 10, "y": mid - 2, "h": 4, "kind": kind, "turn": i})
        points.append(f"{x},{mid - max(-3, min(3, total)) * 20}")
    return {
        "width": 60 + max(1, len(citizen_turns)) * step,
        "height": 180,
        "mid": mid,
        "bars": bars,
        "line": " ".join(points),
        "total": total,
    }


def explain(
    turns: list[tuple[str, str]], coder: Coder, tagger: Tagger, speaker: str = "citizen"
) -> list[ExplainTurnOut]:
    """Each bot line coded as the technique it uses (context: the citizen's previous line), each citizen
    line tagged with talk type, subtype and theme. Texts are masked before anything else sees them."""
    out: list[ExplainTurnOut] = []
    last_citizen = ""
    for seq, (role, raw) in enumerate(turns, start=1):
        text = mask_pii(raw or "")
        if role == "bot":
            r = coder.code(text, last_citizen)
            out.append(
                ExplainTurnOut(
                    seq=seq,
                    role="bot",
                    text=text,
                    code=r.code,
                    confidence=round(float(r.confidence), 4),
                    evidence=r.evidence,
                )
            )
        else:
            u = tagger.tag(text, speaker)
            out.append(
                ExplainTurnOut(
                    seq=seq,
                    role="citizen",
                    text=text,
                    talk_type=u.talk_type,
                    subtype=u.subtype,
                    theme=u.theme,
                )
            )
            last_citizen = text
    return out


def _session_or_404(db: Session, user: User, session_id: int) -> SessionRow:
    row = crud.get_training_session_for(db, user=user, session_id=session_id)
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, SESSION_NOT_FOUND)
    return row


def _turn_out(t: TrainingTurn) -> TrainingTurnOut:
    return TrainingTurnOut(
        seq=t.seq,
        trainee_text=t.trainee_text,
        code=t.code,
        confidence=t.confidence,
        evidence=t.evidence,
        feedback=t.feedback,
        citizen_reply=t.citizen_reply,
        citizen_talk_type=t.citizen_talk_type,
    )


def _item(row: SessionRow) -> TrainingSessionItem:
    summary = session_report([t.code for t in row.turns])
    return TrainingSessionItem(
        id=row.id,
        trainee_user_id=row.trainee_user_id,
        trainee=row.trainee.display_name,
        persona=row.persona_id,
        seed=row.seed,
        feedback=row.feedback,
        created_at=row.created_at,
        finished_at=row.finished_at,
        n_turns=len(row.turns),
        reflection_to_question=summary["reflection_to_question"],
        percent_complex_reflections=summary["percent_complex_reflections"],
    )


def _new_session(
    db: Session, user: User, personas: dict[str, Any], persona_id: str, seed: int | None, feedback: bool
) -> SessionRow:
    _persona(personas, persona_id)
    seed = secrets.randbelow(2**31) if seed is None else seed
    row = crud.create_training_session(db, trainee=user, persona_id=persona_id, seed=seed, feedback=feedback)
    crud.audit(db, actor=crud.actor_of(user), action="training.start", obj=f"training_session:{row.id}")
    return row


# --- JSON API --------------------------------------------------------------------------------------


@router.get(
    "/api/trainer/personas", response_model=list[PersonaOut], summary="Simulated citizens to practise with"
)
def list_personas(user: Viewer, personas: PersonasDep) -> list[PersonaOut]:
    """Every persona in data/personas: id, name, age, group and background (never the scripted lines)."""
    return [PersonaOut(**{k: p[k] for k in PersonaOut.model_fields if k in p}) for p in personas.values()]


@router.post(
    "/api/trainer/sessions",
    response_model=TrainingSessionOut,
    status_code=status.HTTP_201_CREATED,
    summary="Start a practice session",
    responses={404: {"description": "Unknown persona"}},
)
def start_session(
    body: TrainingSessionIn, user: Trainee, db: SessionDep, personas: PersonasDep
) -> TrainingSessionOut:
    """A new session with the chosen persona; the same persona and ``seed`` replay the same citizen.
    Answers with the citizen's opening line. Without ``seed`` a random one is chosen and returned."""
    row = _new_session(db, user, personas, body.persona, body.seed, body.feedback)
    return TrainingSessionOut(
        id=row.id,
        trainee_user_id=user.id,
        persona=row.persona_id,
        seed=row.seed,
        feedback=row.feedback,
        opening=opening_line(personas[row.persona_id], row.seed),
        created_at=row.created_at,
    )


@router.get("/api/trainer/sessions", response_model=list[TrainingSessionItem], summary="Practice sessions")
def list_sessions(user: Viewer, db: SessionDep) -> list[TrainingSessionItem]:
    """A trainee's own sessions, a trainer's group's (trainees with ``trainer_id`` = the trainer), an
    admin's all; oldest first, each with R:Q and % complex reflections so far."""
    return [_item(row) for row in crud.list_training_sessions_for(db, user=user)]


@router.get(
    "/api/trainer/sessions/{session_id}",
    response_model=TrainingSessionOut,
    response_model_exclude_none=True,
    summary="One practice session",
    responses=NOT_FOUND,
)
def get_session(session_id: int, user: Viewer, db: SessionDep, personas: PersonasDep) -> TrainingSessionOut:
    """The opening line and every turn (trainee line, code, feedback, citizen reply and its talk type)."""
    row = _session_or_404(db, user, session_id)
    return TrainingSessionOut(
        id=row.id,
        trainee_user_id=row.trainee_user_id,
        persona=row.persona_id,
        seed=row.seed,
        feedback=row.feedback,
        opening=opening_line(personas.get(row.persona_id), row.seed),
        created_at=row.created_at,
        finished_at=row.finished_at,
        turns=[_turn_out(t) for t in row.turns],
    )


@router.post(
    "/api/trainer/sessions/{session_id}/turns",
    response_model=TrainingTurnOut,
    response_model_exclude_none=True,
    summary="Say something to the simulated citizen",
    responses={**NOT_FOUND, 409: {"description": "Session finished or full"}, 422: {"description": "Empty"}},
)
def post_turn(
    session_id: int,
    body: TrainingTurnIn,
    user: Trainee,
    db: SessionDep,
    coder: CoderDep,
    tagger: TaggerDep,
    personas: PersonasDep,
) -> TrainingTurnOut:
    """Codes the line (MITI 4.2.1 / OARS: code, confidence, evidence), gives one line of feedback (left
    out when the session runs without feedback), and returns the citizen's reply and its talk type."""
    row = _session_or_404(db, user, session_id)
    turn = take_turn(
        db,
        user=user,
        row=row,
        text=body.text,
        coder=coder,
        tagger=tagger,
        persona=_persona(personas, row.persona_id),
    )
    return _turn_out(turn)


@router.post(
    "/api/trainer/sessions/{session_id}/finish",
    summary="Finish a session: the MITI report",
    responses=NOT_FOUND,
)
def finish_session(
    session_id: int, user: Trainee, db: SessionDep, coder: CoderDep, tagger: TaggerDep, personas: PersonasDep
) -> dict[str, Any]:
    """Marks the session finished (idempotent) and returns counts per code, R:Q, % complex reflections,
    % open questions and MI-inconsistent count against the fair/good thresholds, and per citizen line
    whether it was change, sustain or neutral talk."""
    row = _session_or_404(db, user, session_id)
    if row.trainee_user_id != user.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, NOT_OWNER)
    crud.finish_training_session(db, session=row)
    return build_report(row, _persona(personas, row.persona_id), coder, tagger)


@router.post(
    "/api/trainer/explain",
    response_model=list[ExplainTurnOut],
    response_model_exclude_none=True,
    summary="Explain a scripted conversation",
)
def explain_script(
    body: ExplainIn, user: Explainer, coder: CoderDep, tagger: TaggerDep, response: Response
) -> list[ExplainTurnOut]:
    """Annotates ``{"turns": [{"role": "bot"|"citizen", "text"}]}``: bot lines with the MI technique,
    citizen lines with talk type, DARN-CAT subtype and life theme. Personal data is masked."""
    response.headers["Cache-Control"] = "no-store"
    return explain([(t.role, t.text) for t in body.turns], coder, tagger, body.speaker)


@router.put(
    "/api/trainer/trainees/{user_id}",
    status_code=status.HTTP_204_NO_CONTENT,
    summary="Put a trainee in a trainer's group",
    responses={404: {"description": "No such user"}},
)
def set_group(
    user_id: int,
    body: TraineeGroupIn,
    admin: Annotated[User, Depends(require_roles("admin"))],
    db: SessionDep,
) -> Response:
    """Admins only: sets the trainee's trainer (``null`` takes the trainee out of every group)."""
    trainee = db.get(User, user_id)
    trainer = db.get(User, body.trainer_id) if body.trainer_id is not None else None
    if (
        trainee is None
        or trainee.role != "trainee"
        or (body.trainer_id is not None and (trainer is None or trainer.role != "trainer"))
    ):
        raise HTTPException(status.HTTP_404_NOT_FOUND, USER_NOT_FOUND)
    crud.set_trainer(db, actor=admin, trainee=trainee, trainer=trainer)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


# --- pages -----------------------------------------------------------------------------------------


def _page_user(request: Request, user: User | None, *roles: str) -> User | Response:
    if user is None:
        return RedirectResponse(f"/login?next={request.url.path}", status_code=status.HTTP_303_SEE_OTHER)
    return require_roles(*roles)(user)


def _render(request: Request, name: str, context: dict[str, Any], status_code: int = 200) -> Response:
    base = {"code_labels": CODE_LABELS, "talk_labels": TALK_LABELS, "level_labels": LEVEL_LABELS}
    return templates.TemplateResponse(request, name, {**base, **context}, status_code=status_code)


@router.get(
    "/trainer", response_class=HTMLResponse, summary="Trainer mode start page", responses=LOGIN_REQUIRED
)
def trainer_home(request: Request, user: OptionalUser, db: SessionDep, personas: PersonasDep) -> Response:
    """Trainees choose a simulated citizen and start; everyone sees the sessions they may see."""
    who = _page_user(request, user, "trainee", "trainer", "admin")
    if isinstance(who, Response):
        return who
    rows = crud.list_training_sessions_for(db, user=who)
    items = [(_item(r), persona_label(personas.get(r.persona_id), r.persona_id)) for r in reversed(rows)]
    options = [(pid, persona_label(p), p.get("background", "")) for pid, p in personas.items()]
    return _render(request, "trainer_home.html", {"user": who, "items": items, "personas": options})


@router.post(
    "/trainer/sessions",
    response_class=HTMLResponse,
    summary="Start a practice session (form)",
    responses=LOGIN_REQUIRED,
)
def start_session_form(
    request: Request,
    user: OptionalUser,
    db: SessionDep,
    personas: PersonasDep,
    persona: Annotated[str, Form(max_length=64)] = "",
    seed: Annotated[str, Form(max_length=12)] = "",
    feedback: Annotated[str, Form(max_length=5)] = "",
) -> Response:
    """The start form without JavaScript: creates the session and redirects (303) to its practice page."""
    who = _page_user(request, user, "trainee")
    if isinstance(who, Response):
        return who
    number = int(seed) if seed.strip().isdigit() and int(seed) < 2**31 else None
    row = _new_session(db, who, personas, persona, number, bool(feedback))
    return RedirectResponse(f"/trainer/sessions/{row.id}", status_code=status.HTTP_303_SEE_OTHER)


@router.get(
    "/trainer/sessions/{session_id}",
    response_class=HTMLResponse,
    summary="Practice page",
    responses={**LOGIN_REQUIRED, **NOT_FOUND},
)
def practice_page(
    request: Request,
    session_id: int,
    user: OptionalUser,
    db: SessionDep,
    personas: PersonasDep,
    error: str | None = None,
) -> Response:
    """The citizen's and the trainee's lines, each trainee line with its code and feedback, and a form
    that works with or without JavaScript (api/static/trainer.js posts it to the JSON API)."""
    who = _page_user(request, user, "trainee", "trainer", "admin")
    if isinstance(who, Response):
        return who
    row = _session_or_404(db, who, session_id)
    persona = personas.get(row.persona_id)
    context = {
        "user": who,
        "row": row,
        "persona": persona,
        "persona_name": persona_label(persona, row.persona_id),
        "opening": opening_line(persona, row.seed),
        "can_write": row.trainee_user_id == who.id and row.finished_at is None and persona is not None,
        "error": {"empty": EMPTY_TEXT, "long": TEXT_TOO_LONG}.get(error or ""),
    }
    return _render(request, "trainer_session.html", context)


@router.post(
    "/trainer/sessions/{session_id}/turns",
    response_class=HTMLResponse,
    summary="Say something to the simulated citizen (form)",
    responses={**LOGIN_REQUIRED, **NOT_FOUND},
)
def post_turn_form(
    request: Request,
    session_id: int,
    user: OptionalUser,
    db: SessionDep,
    coder: CoderDep,
    tagger: TaggerDep,
    personas: PersonasDep,
    text: Annotated[str, Form(max_length=MAX_TEXT * 2)] = "",
) -> Response:
    """The practice form without JavaScript: stores the coded turn and redirects back to the new turn."""
    who = _page_user(request, user, "trainee")
    if isinstance(who, Response):
        return who
    row = _session_or_404(db, who, session_id)
    target = f"/trainer/sessions/{row.id}"
    try:
        turn = take_turn(
            db,
            user=who,
            row=row,
            text=text,
            coder=coder,
            tagger=tagger,
            persona=_persona(personas, row.persona_id),
        )
    except HTTPException as exc:
        if exc.status_code != 422:
            raise
        kind = "empty" if exc.detail == EMPTY_TEXT else "long"
        return RedirectResponse(f"{target}?error={kind}#replik", status_code=status.HTTP_303_SEE_OTHER)
    return RedirectResponse(f"{target}#tur-{turn.seq}", status_code=status.HTTP_303_SEE_OTHER)


@router.post(
    "/trainer/sessions/{session_id}/finish",
    response_class=HTMLResponse,
    summary="Finish a session (form)",
    responses={**LOGIN_REQUIRED, **NOT_FOUND},
)
def finish_form(request: Request, session_id: int, user: OptionalUser, db: SessionDep) -> Response:
    """Marks the session finished and redirects (303) to its report page."""
    who = _page_user(request, user, "trainee")
    if isinstance(who, Response):
        return who
    row = _session_or_404(db, who, session_id)
    if row.trainee_user_id != who.id:
        raise HTTPException(status.HTTP_403_FORBIDDEN, NOT_OWNER)
    crud.finish_training_session(db, session=row)
    return RedirectResponse(f"/trainer/sessions/{row.id}/report", status_code=status.HTTP_303_SEE_OTHER)


@router.get(
    "/trainer/sessions/{session_id}/report",
    response_class=HTMLResponse,
    summary="Session report page",
    responses={**LOGIN_REQUIRED, **NOT_FOUND},
)
def report_page(
    request: Request,
    session_id: int,
    user: OptionalUser,
    db: SessionDep,
    coder: CoderDep,
    tagger: TaggerDep,
    personas: PersonasDep,
) -> Response:
    """Counts per code, R:Q, % complex reflections, % open questions, MI-inconsistent count against the
    fair/good thresholds, and the citizen's change vs sustain talk as a small SVG chart."""
    who = _page_user(request, user, "trainee", "trainer", "admin")
    if isinstance(who, Response):
        return who
    row = _session_or_404(db, who, session_id)
    persona = _persona(personas, row.persona_id)
    report = build_report(row, persona, coder, tagger)
    context = {
        "user": who,
        "row": row,
        "report": report,
        "chart": talk_chart(report["citizen_turns"]),
        "persona_name": persona_label(persona, row.persona_id),
        "is_owner": row.trainee_user_id == who.id,
    }
    return _render(request, "trainer_report.html", context)


@router.get(
    "/trainer/group",
    response_class=HTMLResponse,
    summary="A trainer's group (page)",
    responses=LOGIN_REQUIRED,
)
def group_page(request: Request, user: OptionalUser, db: SessionDep, personas: PersonasDep) -> Response:
    """Each trainee in the trainer's group (admins: every trainee) with their sessions over time,
    R:Q and % complex reflections per session."""
    who = _page_user(request, user, "trainer", "admin")
    if isinstance(who, Response):
        return who
    by_trainee: dict[int, list[Any]] = {t.id: [] for t in crud.list_trainees_for(db, user=who)}
    for row in crud.list_training_sessions_for(db, user=who):
        if row.trainee_user_id in by_trainee:
            by_trainee[row.trainee_user_id].append(
                (_item(row), persona_label(personas.get(row.persona_id), row.persona_id))
            )
    trainees = [(t, by_trainee[t.id]) for t in crud.list_trainees_for(db, user=who)]
    return _render(
        request, "trainer_group.html", {"user": who, "trainees": trainees, "thresholds": THRESHOLDS}
    )


@router.get(
    "/trainer/explain",
    response_class=HTMLResponse,
    summary="Open explain mode for a conversation id",
    responses=LOGIN_REQUIRED,
)
def explain_lookup(request: Request, user: OptionalUser, conversation: str = "") -> Response:
    """The lookup form's target: redirects to ``/trainer/explain/{conversation}``."""
    who = _page_user(request, user, "trainer", "admin")
    if isinstance(who, Response):
        return who
    cid = conversation.strip()
    if not cid or len(cid) > 64:
        return RedirectResponse("/trainer", status_code=status.HTTP_303_SEE_OTHER)
    return RedirectResponse(f"/trainer/explain/{cid}", status_code=status.HTTP_303_SEE_OTHER)


@router.get(
    "/trainer/explain/{conversation_id}",
    response_class=HTMLResponse,
    summary="Explain mode: a citizen conversation annotated",
    responses={**LOGIN_REQUIRED, 404: {"description": "No such conversation, or no consent"}},
)
def explain_page(
    request: Request,
    conversation_id: str,
    user: OptionalUser,
    db: SessionDep,
    coder: CoderDep,
    tagger: TaggerDep,
) -> Response:
    """A stored conversation whose citizen consented, replayed with each bot line's technique and each
    citizen line's talk type, subtype and theme. Personal data is masked; the read is audited."""
    who = _page_user(request, user, "trainer", "admin")
    if isinstance(who, Response):
        return who
    conversation = crud.consented_conversation(db, conversation_id=conversation_id)
    if conversation is None:
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, "Samtalen findes ikke, eller borgeren har ikke givet samtykke."
        )
    messages = crud.list_messages(db, conversation_id=conversation.id)
    speaker = "relative" if conversation.role == "relative" else "citizen"
    turns = explain([(m.role, m.text) for m in messages], coder, tagger, speaker)
    crud.audit(
        db, actor=crud.actor_of(who), action="conversation.explain", obj=f"conversation:{conversation.id}"
    )
    bot_codes = [t.code for t in turns if t.code]
    talk = [t.talk_type for t in turns if t.talk_type]
    summary = {**session_report(bot_codes), "change": talk.count("change"), "sustain": talk.count("sustain")}
    response = _render(
        request,
        "trainer_explain.html",
        {"user": who, "conversation": conversation, "turns": turns, "summary": summary},
    )
    response.headers["Cache-Control"] = "no-store"  # citizen text, even masked
    return response
