"""The citizen conversation: intents, MI moves and the step machine."""

from .engine import STEPS, Message, Turn, new_state, respond

__all__ = ["STEPS", "Message", "Turn", "new_state", "respond"]
