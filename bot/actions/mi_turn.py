"""action_mi_turn: one citizen message in, the MI reply out. A thin adapter over forbered.dialogue."""

from __future__ import annotations

import logging
import threading
from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from forbered.dialogue import respond
from forbered.sheet import build_sheet
from forbered.talk import tagged_from_dict

from . import settings

log = logging.getLogger(__name__)


def citizen_tags(tracker: Tracker, text: str, role: str):
    if text.startswith("/"):
        return None
    data = tracker.latest_message.get("forbered")
    speaker = "relative" if role == "relative" else "citizen"
    # The NLU component cannot see the conversation, where a relative may have said who they are: it tags every
    # message both as the citizen's and as a relative's ("as_relative"), and the conversation picks.
    if data and speaker == "relative" and data.get("as_relative"):
        data = data["as_relative"]
    if data and data.get("speaker", "citizen") == speaker:
        tag = tagged_from_dict(text, data)
    else:
        tag = settings.tagger().tag(text, speaker)
    return tag


class ActionMiTurn(Action):
    def name(self) -> Text:
        return "action_mi_turn"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        msg = tracker.latest_message or {}
        text = msg.get("text") or ""
        meta = msg.get("metadata") or {}
        role = meta.get("role")
        state = tracker.get_slot("mi_state")
        if role == "relative" or (state and state.get("written_by") == "relative"):
            role = "relative"
        tag = citizen_tags(tracker, text, role or "citizen")
        turn = respond(state, text, tag, role=role, language=meta.get("language"))
        for m in turn.messages:
            dispatcher.utter_message(text=m.text, buttons=m.buttons or None, json_message=m.custom or None)
        if "sheet_ready" in turn.events and turn.state.get("consent"):
            sheet = build_sheet(turn.state, tracker.sender_id)
            box = settings.outbox()
            box.put(sheet)
            threading.Thread(target=box.deliver_once, daemon=True).start()
            log.info("Sheet queued for conversation %s", tracker.sender_id)
        return [SlotSet("mi_state", turn.state)]
