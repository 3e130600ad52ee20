"""The `provena` logger, its redaction filter, and `PROVENA_LOG` handling.

Every record logged on the `provena` logger is redacted *before* any handler (ours, the root's, pytest's
caplog)
sees it: bearer tokens, token/password fields, S3 presigned-URL signatures and anything shaped like a JWT.
"""

from __future__ import annotations

import logging
import os
import re
import sys

__all__ = ["LOGGER_NAME", "RedactingFilter", "logger", "redact", "setup_logging"]

LOGGER_NAME = "provena"
REDACTED = "***"

_SECRET_FIELDS = r"access_token|refresh_token|offline_token|id_token|client_secret|password|device_code"

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization header in any rendering: "Authorization: Bearer x", "'authorization': 'Bearer x'", ...
    (
        re.compile(r"""(?i)(authorization['"]?\s*[:=]\s*['"]?(?:(?:bearer|basic)\s+)?)[^\s'",}]+"""),
        rf"\1{REDACTED}",
    ),
    # Form or JSON fields: access_token=..., "refresh_token": "...", password: ...
    (
        re.compile(rf"""(?i)(["']?\b(?:{_SECRET_FIELDS})\b["']?\s*[:=]\s*["']?)[^"'&\s,}}]+"""),
        rf"\1{REDACTED}",
    ),
    # Presigned S3 URL credentials.
    (re.compile(r"(?i)(X-Amz-(?:Signature|Credential|Security-Token)=)[^&\s\"']+"), rf"\1{REDACTED}"),
    # Anything JWT-shaped (header.payload.signature, base64url, both parts starting with '{"' → eyJ).
    (re.compile(r"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_\-]*"), REDACTED),
]


def redact(text: str) -> str:
    """`text` with secrets masked."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class RedactingFilter(logging.Filter):
    """Formats the record's message, masks secrets in it, and freezes the result (args cleared)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let logging report it as usual
            return True
        record.msg = redact(message)
        record.args = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


logger = logging.getLogger(LOGGER_NAME)
if not any(isinstance(f, RedactingFilter) for f in logger.filters):
    logger.addFilter(RedactingFilter())

_HANDLER_MARK = "_provena_env_handler"


def setup_logging(level: str | None = None) -> None:
    """Attach one stderr handler to the `provena` logger if `PROVENA_LOG` (or `level`) is debug or info.

    Idempotent: calling it again never adds a second handler (the official client printed every line twice).
    """
    name = (level if level is not None else os.environ.get("PROVENA_LOG", "")).strip().lower()
    levels = {"debug": logging.DEBUG, "info": logging.INFO}
    if name not in levels:
        return
    logger.setLevel(levels[name])
    if any(getattr(h, _HANDLER_MARK, False) for h in logger.handlers):
        return
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("[%(asctime)s %(levelname)s %(name)s] %(message)s"))
    handler.addFilter(RedactingFilter())
    setattr(handler, _HANDLER_MARK, True)
    logger.addHandler(handler)
