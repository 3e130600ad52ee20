"""How cassettes are recorded, scrubbed and matched.

Scrubbing keeps each body's type (bytes stay bytes) and replaces secrets with fixed
placeholders, so a re-recording in deterministic mode is byte-identical and no token,
key or signature ever reaches ``cassettes/``.

Origins (scheme://host:port) of the recorded deployment are rewritten to canonical ones
(``canonical_origins``) in URIs and bodies: the local stack's S3 port is random, and a
replay must point at hosts that cannot be reached (``.invalid`` never resolves, RFC 2606).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Mapping
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
    "user_code": PLACEHOLDER,  # random per login: not secret, but it would make re-recordings differ
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
# Wall-clock values the stack does not take from its seeded clock (STS credential expiry): a fixed value of the
# same type, so the client still parses it.
TIMESTAMP_FIELDS = {"expiry": "2000-01-01T00:00:00Z"}
# Presigned URL parameters: signatures and credentials, plus the signing time (differs per recording).
SIGNED_QUERY = ("X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token", "X-Amz-Date", "Signature",
                "AWSAccessKeyId", "Expires", "user_code")  # fmt: skip
JWT = re.compile(r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+")
SIGNED_URL_PARAM = re.compile(r"(?i)((?:{})=)[^&\"'\s<]+".format("|".join(SIGNED_QUERY)))
# aws-chunked upload bodies carry one signature per chunk.
CHUNK_SIGNATURE = re.compile(r"(chunk-signature=)[0-9a-f]{64}")
# moto stamps objects with the wall clock; S3 listings would differ per recording.
S3_TIMESTAMP = re.compile(r"<LastModified>[^<]*</LastModified>")
FIXED_S3_TIMESTAMP = "<LastModified>2000-01-01T00:00:00.000Z</LastModified>"
KEPT_RESPONSE_HEADERS = {"content-type", "content-disposition", "retry-after", "location", "content-length",
                         "etag"}  # fmt: skip
# Request headers are allow-listed too: Authorization, cookies, SigV4 headers (x-amz-*), the host (the real
# origin) and per-call ids (amz-sdk-invocation-id) never reach a cassette.
KEPT_REQUEST_HEADERS = {"content-type", "accept"}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)

Origins = Mapping[str, str]


# -- canonical origins ----------------------------------------------------------------------------------------
def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def config_urls(config: Mapping[str, Any]) -> list[str]:
    """Every URL a config document names (service overrides, Keycloak, S3)."""
    urls = [v for v in (config.get("api_overrides") or {}).values() if v]
    if config.get("s3_endpoint"):
        urls.append(config["s3_endpoint"])
    return urls


def canonical_origins(config: Mapping[str, Any]) -> dict[str, str]:
    """Recorded origin -> the origin written to cassettes (and used by the replay Config).

    Loopback origins (the local stack) become `http://<label>.provena-local.invalid`; the first is the API,
    the S3 endpoint is `s3`. A real deployment's hosts keep their first label, on the domain `replay.invalid`.
    """
    out: dict[str, str] = {}
    domain = str(config.get("domain") or "")
    s3 = _origin(config["s3_endpoint"]) if config.get("s3_endpoint") else None
    for url in config_urls(config):
        origin = _origin(url)
        if origin in out:
            continue
        host = urlsplit(url).hostname or ""
        if host in ("127.0.0.1", "localhost", "::1"):
            label = "s3" if origin == s3 else f"api{sum(1 for o in out if o != s3) or ''}"
            out[origin] = f"http://{label}.provena-local.invalid"
        else:
            first = host[: -len(domain) - 1] if domain and host.endswith("." + domain) else host.split(".")[0]
            out[origin] = f"https://{first or 'root'}.replay.invalid"
    return out


def canonical_config(config: Mapping[str, Any]) -> dict[str, Any]:
    """The config document with canonical origins and without the local stack's users (passwords)."""
    origins = canonical_origins(config)

    def swap(url: str | None) -> str | None:
        return None if url is None else _swap_origins(url, origins)

    out = {k: v for k, v in config.items() if k in ("domain", "realm_name", "client_id")}
    out["api_overrides"] = {k: swap(v) for k, v in sorted((config.get("api_overrides") or {}).items())}
    out["s3_endpoint"] = swap(config.get("s3_endpoint"))
    return out


def _swap_origins(text: str, origins: Origins) -> str:
    for real, canonical in origins.items():
        text = text.replace(real, canonical)
    return text


# -- scrubbing ------------------------------------------------------------------------------------------------
def scrub_text(text: str, origins: Origins = {}) -> str:  # noqa: B006 (read only)
    text = _swap_origins(text, origins)
    text = JWT.sub(PLACEHOLDER, text)
    text = CHUNK_SIGNATURE.sub(lambda m: m.group(1) + "0" * 64, text)
    text = S3_TIMESTAMP.sub(FIXED_S3_TIMESTAMP, text)
    return SIGNED_URL_PARAM.sub(lambda m: m.group(1) + PLACEHOLDER, text)


def _scrub_json(value: Any, origins: Origins) -> Any:
    if isinstance(value, dict):
        return {k: (SECRET_FIELDS[k] if k in SECRET_FIELDS and v
                    else TIMESTAMP_FIELDS[k] if k in TIMESTAMP_FIELDS and isinstance(v, str)
                    else _scrub_json(v, origins))
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [_scrub_json(v, origins) for v in value]
    if isinstance(value, str):
        return scrub_text(value, origins)
    return value


def _normalise_zip(body: bytes) -> bytes:
    """A .docx/.zip with fixed entry timestamps (zipfile stamps entries with the wall clock)."""
    try:
        source = zipfile.ZipFile(io.BytesIO(body))
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for info in source.infolist():
                fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
                fixed.compress_type = info.compress_type
                fixed.external_attr = info.external_attr
                target.writestr(fixed, source.read(info.filename))
        return out.getvalue()
    except zipfile.BadZipFile:
        return body


def scrub_body(body: bytes | str | None, content_type: str = "", origins: Origins = {}) -> bytes | str | None:  # noqa: B006
    if body is not None and not isinstance(body, bytes | str):
        # boto3 uploads hand vcrpy a file object; record its content.
        getvalue = getattr(body, "getvalue", None)
        body = getvalue() if callable(getvalue) else bytes(body)
    if body is None or body == b"" or body == "":
        return body
    if "octet-stream" in content_type:
        # S3 object bytes: kept exact, since downloads verify them against the object's ETag and size.
        return body
    was_bytes = isinstance(body, bytes)
    if isinstance(body, bytes) and body.startswith(b"PK\x03\x04"):
        return _normalise_zip(body)
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
    except UnicodeDecodeError:
        return body  # binary payloads (uploaded files) carry no secrets of ours
    if "json" in content_type or text[:1] in "{[":
        try:
            text = json.dumps(_scrub_json(json.loads(text), origins), separators=(",", ":"), sort_keys=True)
        except ValueError:
            text = scrub_text(text, origins)
    elif "x-www-form-urlencoded" in content_type or ("=" in text and "\n" not in text and " " not in text):
        pairs = [(k, SECRET_FIELDS[k] if k in SECRET_FIELDS else scrub_text(v, origins))
                 for k, v in parse_qsl(text, keep_blank_values=True)]  # fmt: skip
        text = urlencode(pairs)
    else:
        text = scrub_text(text, origins)
    return text.encode("utf-8") if was_bytes else text


def _header(headers: Mapping[str, Any], name: str) -> str:
    for k, v in headers.items():
        if k.lower() == name:
            return str(v[0] if isinstance(v, list) else v)
    return ""


def request_scrubber(origins: Origins) -> Callable[[VcrRequest], VcrRequest]:
    def before_record_request(request: VcrRequest) -> VcrRequest:
        for name in list(request.headers):
            if name.lower() not in KEPT_REQUEST_HEADERS:
                del request.headers[name]
        request.uri = scrub_text(request.uri, origins)
        body = getattr(request, "body_bytes", request.body)  # file/iterator bodies (boto3) as bytes
        # vcrpy would hand file or iterator bodies back as such (and pickle them into the YAML): record bytes.
        request._was_file = request._was_iter = False
        request.body = scrub_body(body, _header(request.headers, "content-type"), origins)
        return request

    return before_record_request


def response_scrubber(origins: Origins) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
        # vcrpy stores header names lower-cased for httpx; compare case-insensitively.
        headers = response.get("headers", {})
        kept = {k.lower(): v for k, v in sorted(headers.items()) if k.lower() in KEPT_RESPONSE_HEADERS}
        body = response.get("body", {})
        original = body.get("string")
        if original is not None:
            body["string"] = scrub_body(original, _header(headers, "content-type"), origins)
            if body["string"] != original:
                new = body["string"].encode() if isinstance(body["string"], str) else body["string"]
                if "content-length" in kept:
                    kept["content-length"] = [str(len(new))]
                if "etag" in kept:  # S3's ETag is the MD5 of the (now normalised) object
                    kept["etag"] = [f'"{hashlib.md5(new, usedforsecurity=False).hexdigest()}"']
        if "location" in kept:
            kept["location"] = [scrub_text(str(v), origins) for v in kept["location"]]
        response["headers"] = kept
        return response

    return before_record_response


# Kept for callers of the first version of this module.
before_record_request = request_scrubber({})
before_record_response = response_scrubber({})


# -- matching -------------------------------------------------------------------------------------------------
def _json_or_raw(body: Any) -> Any:
    if body in (None, b"", ""):
        return None
    raw = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _text(body: Any) -> str:
    return body.decode("utf-8", "replace") if isinstance(body, bytes) else (body or "")


def match_body(r1: VcrRequest, r2: VcrRequest) -> None:
    """JSON bodies compare as data; form bodies (token grants) are secrets, compared by field names."""
    ctype = _header(r1.headers, "content-type") or _header(r2.headers, "content-type")
    if "x-www-form-urlencoded" in ctype:
        f1 = sorted(k for k, _ in parse_qsl(_text(r1.body)))
        f2 = sorted(k for k, _ in parse_qsl(_text(r2.body)))
        assert f1 == f2, f"form fields differ: {f1} != {f2}"
        return
    if "multipart/form-data" in ctype:
        # Boundaries are random: compare the parts' content without them.
        b1 = re.sub(r"--[0-9a-f]{16,}", "--BOUNDARY", _text(r1.body))
        b2 = re.sub(r"--[0-9a-f]{16,}", "--BOUNDARY", _text(r2.body))
        assert b1 == b2, "multipart body differs"
        return
    b1, b2 = _json_or_raw(scrub_body(r1.body, ctype)), _json_or_raw(scrub_body(r2.body, ctype))
    assert b1 == b2, f"body differs: {b1!r} != {b2!r}"


def match_path(r1: VcrRequest, r2: VcrRequest) -> None:
    assert urlsplit(r1.uri).path == urlsplit(r2.uri).path, "path differs"


def match_query(r1: VcrRequest, r2: VcrRequest) -> None:
    q1 = sorted(parse_qsl(urlsplit(scrub_text(r1.uri)).query, keep_blank_values=True))
    q2 = sorted(parse_qsl(urlsplit(scrub_text(r2.uri)).query, keep_blank_values=True))
    assert q1 == q2, f"query differs: {q1} != {q2}"


def make_vcr(cassette_dir: str, record_mode: str, origins: Origins | None = None) -> vcr.VCR:
    origins = dict(origins or {})
    v = vcr.VCR(
        cassette_library_dir=cassette_dir,
        record_mode=record_mode,
        before_record_request=request_scrubber(origins),
        before_record_response=response_scrubber(origins),
        decode_compressed_response=True,
        match_on=["method", "provena_path", "provena_query", "provena_body"],
    )
    v.register_matcher("provena_path", match_path)
    v.register_matcher("provena_query", match_query)
    v.register_matcher("provena_body", match_body)
    return v
