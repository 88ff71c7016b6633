"""Trainer mode: code a trainee's utterance (MITI 4.2.1 / OARS), simulate a citizen, report the session.

The coder is a pure numpy model trained from data/coder/train.jsonl; the simulator and the session
are plain Python, so trainer mode runs in the plan service and in the Rasa environment alike.
"""

from __future__ import annotations

from .coder import Coder, CodeResult, code_record
from .train import CODES, train_and_save

__all__ = ["CODES", "CodeResult", "Coder", "code_record", "train_and_save"]
