"""How cassettes are recorded, scrubbed and matched.

Scrubbing keeps each body's type (bytes stay bytes) and replaces secrets with fixed
placeholders, so a re-recording in deterministic mode is byte-identical and no token,
key or signature ever reaches ``cassettes/``.
"""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import vcr
from vcr.request import Request as VcrRequest

PLACEHOLDER = "REDACTED"
# Placeholders the client can parse: a token that is not a JWT has unknown expiry and is used as is.
ACCESS_PLACEHOLDER = "redacted-access-token"
REFRESH_PLACEHOLDER = "redacted-refresh-token"

SECRET_FIELDS = {
    "access_token": ACCESS_PLACEHOLDER,
    "refresh_token": REFRESH_PLACEHOLDER,
    "id_token": PLACEHOLDER,
    "offline_token": PLACEHOLDER,
    "device_code": PLACEHOLDER,
    "password": PLACEHOLDER,
    "client_secret": PLACEHOLDER,
    "session_state": PLACEHOLDER,
    "aws_access_key_id": PLACEHOLDER,
    "aws_secret_access_key": PLACEHOLDER,
    "aws_session_token": PLACEHOLDER,
    "access_key_id": PLACEHOLDER,
    "secret_access_key": PLACEHOLDER,
    "session_token": PLACEHOLDER,
}
SIGNED_QUERY = ("X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token", "Signature", "AWSAccessKeyId")
JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SIGNED_URL_PARAM = re.compile(r"((?:%s)=)[^&\"'\s]+" % "|".join(SIGNED_QUERY))
KEPT_RESPONSE_HEADERS = {"content-type", "content-disposition", "retry-after", "location"}
DROPPED_REQUEST_HEADERS = ("authorization", "cookie", "user-agent", "x-amz-date", "x-amz-security-token",
                           "x-amz-content-sha256", "amz-sdk-invocation-id", "amz-sdk-request")  # fmt: skip


def scrub_text(text: str) -> str:
    text = JWT.sub(PLACEHOLDER, text)
    return SIGNED_URL_PARAM.sub(lambda m: m.group(1) + PLACEHOLDER, text)


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: (SECRET_FIELDS[k] if k in SECRET_FIELDS and v else _scrub_json(v)) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub_json(v) for v in value]
    if isinstance(value, str):
        return scrub_text(value)
    return value


def scrub_body(body: bytes | str | None, content_type: str = "") -> bytes | str | None:
    if body is None or body == b"" or body == "":
        return body
    was_bytes = isinstance(body, bytes)
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
    except UnicodeDecodeError:
        return body  # binary payloads (uploaded files, .docx) carry no secrets of ours
    if "json" in content_type or text[:1] in "{[":
        try:
            text = json.dumps(_scrub_json(json.loads(text)), separators=(",", ":"), sort_keys=True)
        except ValueError:
            text = scrub_text(text)
    elif "x-www-form-urlencoded" in content_type or ("=" in text and "\n" not in text and " " not in text):
        pairs = [(k, SECRET_FIELDS.get(k, scrub_text(v)) if k in SECRET_FIELDS else scrub_text(v))
                 for k, v in parse_qsl(text, keep_blank_values=True)]  # fmt: skip
        text = urlencode(pairs)
    else:
        text = scrub_text(text)
    return text.encode("utf-8") if was_bytes else text


def _header(headers: dict[str, Any], name: str) -> str:
    for k, v in headers.items():
        if k.lower() == name:
            return str(v[0] if isinstance(v, list) else v)
    return ""


def before_record_request(request: VcrRequest) -> VcrRequest:
    for name in list(request.headers):
        if name.lower() in DROPPED_REQUEST_HEADERS:
            del request.headers[name]
    request.uri = scrub_text(request.uri)
    request.body = scrub_body(request.body, _header(dict(request.headers), "content-type"))
    return request


def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
    # vcrpy stores header names lower-cased for httpx; compare case-insensitively.
    headers = response.get("headers", {})
    response["headers"] = {k: v for k, v in headers.items() if k.lower() in KEPT_RESPONSE_HEADERS}
    body = response.get("body", {})
    if "string" in body:
        body["string"] = scrub_body(body["string"], _header(headers, "content-type"))
    return response


def _json_or_raw(body: Any) -> Any:
    if body in (None, b"", ""):
        return None
    raw = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def match_body(r1: VcrRequest, r2: VcrRequest) -> None:
    """JSON bodies compare as data; form bodies (token grants) are secrets, compared by field names."""
    ctype = _header(dict(r1.headers), "content-type") or _header(dict(r2.headers), "content-type")
    if "x-www-form-urlencoded" in ctype:
        b1 = r1.body.decode() if isinstance(r1.body, bytes) else (r1.body or "")
        b2 = r2.body.decode() if isinstance(r2.body, bytes) else (r2.body or "")
        assert sorted(k for k, _ in parse_qsl(b1)) == sorted(k for k, _ in parse_qsl(b2)), "form fields differ"
        return
    if "multipart/form-data" in ctype:
        return  # boundaries are random; the path and query already identify the call
    b1, b2 = _json_or_raw(scrub_body(r1.body, ctype)), _json_or_raw(scrub_body(r2.body, ctype))
    assert b1 == b2, f"body differs: {b1!r} != {b2!r}"


def match_path(r1: VcrRequest, r2: VcrRequest) -> None:
    assert urlsplit(r1.uri).path == urlsplit(r2.uri).path, "path differs"


def match_query(r1: VcrRequest, r2: VcrRequest) -> None:
    q1 = sorted(parse_qsl(urlsplit(scrub_text(r1.uri)).query, keep_blank_values=True))
    q2 = sorted(parse_qsl(urlsplit(scrub_text(r2.uri)).query, keep_blank_values=True))
    assert q1 == q2, f"query differs: {q1} != {q2}"


def make_vcr(cassette_dir: str, record_mode: str) -> vcr.VCR:
    v = vcr.VCR(
        cassette_library_dir=cassette_dir,
        record_mode=record_mode,
        before_record_request=before_record_request,
        before_record_response=before_record_response,
        decode_compressed_response=True,
        match_on=["method", "provena_path", "provena_query", "provena_body"],
        allow_playback_repeats=False,
    )
    v.register_matcher("provena_path", match_path)
    v.register_matcher("provena_query", match_query)
    v.register_matcher("provena_body", match_body)
    return v
