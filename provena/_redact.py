"""Masking secrets in text: by shape (bearer tokens, JWTs, secret fields, presigned-URL signatures) and by value
(every token and S3 key provena has been handed in this process).

Shapes catch what provena never saw (a server echoing a header); values catch what no shape describes (an opaque
refresh token or an S3 secret key printed by botocore as a bytes repr). Kept free of `logging` and `httpx` so the
exception module can use it and `import provena` stays cheap.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict

__all__ = ["REDACTED", "redact", "remember_secret", "remember_secrets_in"]

REDACTED = "***"

# Field names whose value is a secret, in any of JSON, form, header, repr or canonical-request renderings.
_SECRET_FIELDS = (
    "access_token|refresh_token|offline_token|id_token|client_secret|password|device_code|"
    "aws_secret_access_key|secret_access_key|secretaccesskey|aws_session_token|session_token|sessiontoken|"
    "x-amz-security-token"
)

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization header in any rendering: "Authorization: Bearer x", "'authorization': b'AWS4-HMAC ...'".
    (
        re.compile(r"""(?i)(authorization['"]?\s*[:=]\s*(?:b?['"])?(?:(?:bearer|basic|aws4-hmac-sha256)\s+)?)"""
                   r"""[^\s'",}]+"""),
        rf"\1{REDACTED}",
    ),
    # A bearer credential wherever it stands ("... got Bearer abc.def").
    (re.compile(r"(?i)(\bbearer\s+)[A-Za-z0-9._~+/=-]{8,}"), rf"\1{REDACTED}"),
    # Form, JSON, header or repr fields: access_token=..., "refresh_token": "...", 'X-Amz-Security-Token': b'...'.
    (
        re.compile(rf"""(?i)(["']?\b(?:{_SECRET_FIELDS})\b["']?\s*[:=]\s*(?:b?["'])?)[^"'&\s,}}]+"""),
        rf"\1{REDACTED}",
    ),
    # Presigned S3 URL credentials, and the signature of a signed header.
    (re.compile(r"(?i)(X-Amz-(?:Signature|Credential|Security-Token)=)[^&\s\"']+"), rf"\1{REDACTED}"),
    (re.compile(r"(?i)(\bSignature=)[0-9a-f]{64}"), rf"\1{REDACTED}"),
    # Anything JWT-shaped (header.payload.signature, base64url, both parts starting with '{"' -> eyJ).
    (re.compile(r"eyJ[A-Za-z0-9_-]*\.eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_\-]*"), REDACTED),
]

# Secret values seen in this process (most recent last). Bounded: a long-running process refreshes tokens
# forever, and an expired token is harmless.
_MAX_SECRETS = 512
_MIN_SECRET_LENGTH = 8  # shorter values would mask ordinary words; no real token or key is that short
_secrets: OrderedDict[str, None] = OrderedDict()
_secrets_pattern: re.Pattern[str] | None = None
_lock = threading.Lock()


def remember_secret(value: object) -> None:
    """Mask `value` (a token, password, key) wherever it appears in redacted text from now on."""
    global _secrets_pattern
    if not isinstance(value, str) or len(value) < _MIN_SECRET_LENGTH:
        return
    with _lock:
        if value in _secrets:
            _secrets.move_to_end(value)
            return
        _secrets[value] = None
        while len(_secrets) > _MAX_SECRETS:
            _secrets.popitem(last=False)
        _secrets_pattern = None


_SECRET_KEYS = frozenset(
    {"access_token", "refresh_token", "offline_token", "id_token", "client_secret", "password",
     "aws_secret_access_key", "aws_session_token", "aws_access_key_id", "secret_access_key", "session_token",
     "access_key_id"}
)  # fmt: skip


def remember_secrets_in(document: object, _depth: int = 0) -> None:
    """Remember every secret-named string field of a decoded JSON document (e.g. S3 credentials)."""
    if _depth > 6:
        return
    if isinstance(document, dict):
        for key, value in document.items():
            if isinstance(key, str) and key.lower() in _SECRET_KEYS:
                remember_secret(value)
            elif isinstance(value, dict | list):
                remember_secrets_in(value, _depth + 1)
    elif isinstance(document, list):
        for value in document[:50]:
            remember_secrets_in(value, _depth + 1)


def _known() -> re.Pattern[str] | None:
    global _secrets_pattern
    with _lock:
        if _secrets_pattern is None and _secrets:
            # Longest first, so a secret containing another is masked whole.
            alternatives = sorted(_secrets, key=len, reverse=True)
            _secrets_pattern = re.compile("|".join(re.escape(s) for s in alternatives))
        return _secrets_pattern


def redact(text: str) -> str:
    """`text` with secrets masked."""
    known = _known()
    if known is not None:
        text = known.sub(REDACTED, text)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


# -- which responses can hand out a secret --------------------------------------------------------------------
# Set by the facade on a request whose response cannot hand out a secret (provena/_ops/convert.py decides,
# per generated operation): the transport then spares the body its scan for secret-named fields.
NO_SECRETS_EXTENSION = "provena_no_secrets"
_SECRET_WORDS = ("token", "secret", "password", "credential")


def is_secret_name(name: str) -> bool:
    """Whether a field called `name` may hold a secret: a known secret key, or one with a secret-like word."""
    lowered = name.lower()
    return lowered in _SECRET_KEYS or any(word in lowered for word in _SECRET_WORDS)
