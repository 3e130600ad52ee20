"""The `provena` logger, its redaction filter, and `PROVENA_LOG` handling.

Every record logged on the `provena` logger, and on the loggers of the libraries it drives (`WATCHED_LOGGERS`:
httpx, httpcore, botocore, boto3, s3transfer, urllib3, and their children), is redacted *before* any handler
(ours, the root's, pytest's caplog) sees it: bearer tokens, token/password/key fields, S3 presigned-URL
signatures, anything shaped like a JWT, and every token or S3 key provena has been handed (`_redact`).

Choice: the redaction is installed once, when the first `Transport` is built, and stays for the process
(records from those libraries outside provena's calls are masked too: a secret is a secret whoever logs it).
It wraps the log-record factory, because a filter on `botocore` never sees records of `botocore.auth`: logging
applies a logger's filters only to records created on that very logger. Other loggers are left alone.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from typing import Any

from ._redact import redact

__all__ = ["LOGGER_NAME", "WATCHED_LOGGERS", "RedactingFilter", "install_redaction", "logger", "redact",
           "setup_logging"]

LOGGER_NAME = "provena"
# The loggers of what provena drives: their records can carry tokens (httpx/httpcore request lines and headers),
# presigned URLs, and S3 credentials (botocore prints signed headers and canonical requests at DEBUG).
WATCHED_LOGGERS = ("provena", "httpx", "httpcore", "botocore", "boto3", "s3transfer", "urllib3")


class RedactingFilter(logging.Filter):
    """Formats the record's message, masks secrets in it, and freezes the result (args cleared)."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let logging report it as usual
            return True
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            # Formatted now, so the traceback's text (exception messages of other libraries) is masked too.
            record.exc_text = _FORMATTER.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


_FORMATTER = logging.Formatter()


logger = logging.getLogger(LOGGER_NAME)
if not any(isinstance(f, RedactingFilter) for f in logger.filters):
    logger.addFilter(RedactingFilter())

_FACTORY_MARK = "_provena_redacting_factory"
_install_lock = threading.Lock()


def _watched(name: str) -> bool:
    return any(name == w or name.startswith(w + ".") for w in WATCHED_LOGGERS)


def install_redaction() -> None:
    """Redact every record of `WATCHED_LOGGERS` at creation (idempotent; keeps any factory set before)."""
    with _install_lock:
        previous = logging.getLogRecordFactory()
        if getattr(previous, _FACTORY_MARK, False):
            return
        redacting = RedactingFilter()

        def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
            record = previous(*args, **kwargs)
            if _watched(record.name):
                redacting.filter(record)
            return record

        setattr(factory, _FACTORY_MARK, True)
        logging.setLogRecordFactory(factory)
        for name in WATCHED_LOGGERS:  # records made by a factory installed after ours still pass these
            watched = logging.getLogger(name)
            if not any(isinstance(f, RedactingFilter) for f in watched.filters):
                watched.addFilter(RedactingFilter())

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
