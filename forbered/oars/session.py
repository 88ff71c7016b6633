"""A practice session in trainer mode: trainee turns are coded, the simulated citizen answers.

Feedback is one short Danish line per turn, aimed at the next move rather than at a score, because a
trainee in the middle of a conversation can use "try a reflection" but not a table. It can be switched
off for a "test" run; the report at the end has the MITI summary and, per citizen turn, whether the
tagger heard change or sustain talk: the outcome that MI is meant to move.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .coder import Coder, CodeResult
from .miti import session_report
from .simulator import SimulatedCitizen

FEEDBACK = {
    "open_question": "Åbent spørgsmål — godt. Prøv en refleksion af det, {pron} lige sagde.",
    "closed_question": "Lukket spørgsmål. Kan du gøre det åbent? Start fx med »Hvad« eller »Hvordan«.",
    "simple_reflection": "Simpel refleksion — godt. Prøv næste gang at tilføje en følelse eller en mening.",
    "complex_reflection": "Kompleks refleksion — rigtig godt. Lyt efter forandringsudsagn i svaret.",
    "affirmation": "Bekræftelse — godt. Hold den konkret: noget {pron} selv har gjort.",
    "summary": "Opsummering — godt. Slut gerne med et åbent spørgsmål om, hvad {pron} vil nu.",
    "giving_information": "Information. Spørg gerne først, om {pron} vil høre den, og bagefter hvad {pron} tænker.",
    "advice_without_permission": "Råd uden tilladelse — ikke MI-konsistent. Spørg først: »Må jeg komme med et forslag?«",
    "confront": "Konfrontation — ikke MI-konsistent. Reflektér det, {pron} siger, i stedet for at argumentere.",
    "emphasize_autonomy": "Du understreger selvbestemmelsen — godt.",
    "other": "Småsnak eller praktisk — fint. Gå videre med et åbent spørgsmål eller en refleksion.",
}
QUESTION_RUN = 3
QUESTION_RUN_HINT = " Det er {n} spørgsmål i træk: giv plads med en refleksion."


@dataclass
class Turn:
    """One trainee utterance, its code, the feedback shown and the citizen's answer."""

    trainee_text: str
    result: CodeResult
    feedback: str | None
    citizen_reply: str

    def to_dict(self) -> dict[str, Any]:
        return {"trainee_text": self.trainee_text, **self.result.to_dict(), "feedback": self.feedback,
                "citizen_reply": self.citizen_reply}


@dataclass
class TrainingSession:
    """Holds the simulated citizen, the coder and the transcript of one practice conversation."""

    persona: dict[str, Any]
    seed: int = 0
    feedback: bool = True
    coder: Coder | None = None
    tagger: Any = None  # forbered.tagger.Tagger, loaded on first report
    citizen: SimulatedCitizen = field(init=False)
    turns: list[Turn] = field(default_factory=list, init=False)
    citizen_lines: list[str] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.citizen = SimulatedCitizen(self.persona, self.seed)

    @property
    def pronoun(self) -> str:
        return str(self.persona.get("pronoun") or "borgeren")

    def start(self) -> str:
        """The citizen's opening line."""
        line = self.citizen.opening()
        self.citizen_lines.append(line)
        return line

    def turn(self, trainee_text: str) -> Turn:
        """Code the trainee's utterance against the citizen's last line and let the citizen answer."""
        if self.coder is None:
            self.coder = Coder.load()
        if not self.citizen_lines:
            self.start()
        result = self.coder.code(trainee_text, self.citizen_lines[-1])
        reply = self.citizen.reply(trainee_text, result.code)
        turn = Turn(trainee_text, result, self._feedback(result.code) if self.feedback else None, reply)
        self.turns.append(turn)
        self.citizen_lines.append(reply)
        return turn

    def _feedback(self, code: str) -> str:
        text = FEEDBACK[code].format(pron=self.pronoun)
        run = 0
        for t in reversed(self.turns):
            if t.result.code not in ("open_question", "closed_question"):
                break
            run += 1
        if code in ("open_question", "closed_question") and run + 1 >= QUESTION_RUN:
            text += QUESTION_RUN_HINT.format(n=run + 1)
        return text

    def report(self) -> dict[str, Any]:
        """MITI summary of the trainee's codes plus the citizen's talk type per line."""
        if self.tagger is None:
            from ..tagger import Tagger

            self.tagger = Tagger.load()
        speaker = str(self.persona.get("speaker") or "citizen")
        tagged = self.tagger.tag_many([(line, speaker) for line in self.citizen_lines])
        citizen = [{"turn": i, "text": u.text, "talk_type": u.talk_type, "subtype": u.subtype}
                   for i, u in enumerate(tagged)]
        change = sum(1 for c in citizen if c["talk_type"] == "change")
        sustain = sum(1 for c in citizen if c["talk_type"] == "sustain")
        return {
            **session_report([t.result.code for t in self.turns]),
            "persona": self.persona.get("id"),
            "citizen_turns": citizen,
            "change_talk": change,
            "sustain_talk": sustain,
            "change_share": round(change / (change + sustain), 2) if change + sustain else None,
        }
