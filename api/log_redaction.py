"""Keep invitation tokens out of access logs: the token in /c/<token> is the citizen's key."""

from __future__ import annotations

import logging
import re

_TOKEN_IN_PATH = re.compile(r"(/c/|/api/chat/)[A-Za-z0-9_-]+")


def redact_path(path: str) -> str:
    return _TOKEN_IN_PATH.sub(r"\1***", path)


class RedactInvitationTokens(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact_path(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = redact_path(record.msg)
        return True


def install(logger_name: str = "uvicorn.access") -> None:
    logger = logging.getLogger(logger_name)
    if not any(isinstance(f, RedactInvitationTokens) for f in logger.filters):
        logger.addFilter(RedactInvitationTokens())
