"""The stack's S3 side: a moto S3 server behind a gate that makes scoped credentials real.

moto accepts any credentials and enforces no policy, so on its own a "read-only
credential for one dataset" would read and write the whole bucket. The real data
store hands out STS credentials with an inline policy bounded to
``s3://<bucket>/datasets/<handle>/``; here a thin WSGI gate in front of moto plays
IAM's part:

* every request must be AWS SigV4 signed (header or presigned query) and the
  signature is verified, so the secret key matters;
* the stack's own key (``S3Settings.access_key``) may do anything, like the
  service role of the real data store;
* temporary keys carry their scope in the session token (bucket, prefix,
  read/write, expiry), MAC'd with the stack's token key (kept 0600 in the data dir,
  so credentials issued before a restart keep working), so the gate needs no shared
  table and a tampered token is refused;
* virtual-host-style requests (``Host: <bucket>.s3...``) are rewritten to path style
  before the scope check, so moto and the gate always agree on bucket and key;
* uploads are checked against the digests the client sent (``Content-MD5``,
  ``x-amz-checksum-*`` as header or aws-chunked trailer, a signed payload hash);
* outside the scope the gate answers 403 ``AccessDenied`` in S3's XML shape;
* with a data dir every acknowledged write is on disk before the answer leaves
  (``object_store.ObjectJournal``).

Bucket-wide listing stays allowed for scoped keys, as in the real policy (it
exists so that ``aws s3 sync`` works); object reads/writes are confined to the prefix.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import io
import ipaddress
import json
import secrets
import threading
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

if TYPE_CHECKING:
    from .context import S3Settings
    from .object_store import ObjectJournal

# Real deployment defaults (data-store-api config): datasets live under this folder
# and each dataset folder is seeded with the metadata file.
DATASET_PATH = "datasets"
METADATA_FILE_NAME = "metadata.json"
# Real STS sessions of the data store last 8 hours (SERVICE_SESSION_DURATION_SECONDS).
SESSION_DURATION_SECONDS = 8 * 3600
# Presigned URLs (SigV4) are valid for at most 7 days; the console stand-in lives one hour.
CONSOLE_URL_SECONDS = 3600

# MACs session tokens (and derives their secrets). Random per process with --memory; with a data dir
# ``use_token_key_from`` replaces it with the persisted one before any credential is issued.
_TOKEN_KEY = secrets.token_bytes(32)
TOKEN_KEY_FILE = "s3-token-key"
_ALGORITHM = "AWS4-HMAC-SHA256"
_TOKEN_PREFIX = "plst1."


# -- scoped credentials --------------------------------------------------------------------
@dataclass(frozen=True)
class Scope:
    bucket: str
    prefix: str  # "datasets/<handle>/"; always ends with "/"
    write: bool
    expires: float  # unix time

    def allows_key(self, bucket: str, key: str) -> bool:
        return bucket == self.bucket and (key.startswith(self.prefix) or key == self.prefix.rstrip("/"))


def use_token_key_from(data_dir: Path) -> None:
    """Load the credential-signing key from ``data_dir`` (creating it, mode 0600, on first use)."""
    global _TOKEN_KEY
    path = data_dir / TOKEN_KEY_FILE
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        key = b""
    if len(key) != 32:
        from .private_files import write_private

        key = secrets.token_bytes(32)
        write_private(path, key)
    _TOKEN_KEY = key


def sanitize_handle(handle: str) -> str:
    """Folder name of a dataset, as the real data store derives it from the handle."""
    return handle.replace(".", "-").replace("/", "-").strip()


def dataset_path(handle: str) -> str:
    return f"{DATASET_PATH}/{sanitize_handle(handle)}/"


def _secret_for(access_key_id: str) -> str:
    return base64.b32encode(hmac.new(_TOKEN_KEY, b"secret:" + access_key_id.encode(), "sha256").digest()).decode()


def issue_credentials(
    bucket: str,
    prefix: str,
    *,
    write: bool,
    access_key_id: str,
    now: float,
    duration: int = SESSION_DURATION_SECONDS,
) -> dict[str, Any]:
    """Temporary credentials (``Credentials`` model fields) confined to ``prefix`` of ``bucket``."""
    if not prefix.endswith("/"):
        prefix += "/"
    expires = int(now) + duration
    body = json.dumps(
        {"a": access_key_id, "b": bucket, "p": prefix, "w": write, "e": expires}, separators=(",", ":")
    ).encode()
    mac = hmac.new(_TOKEN_KEY, body, "sha256").digest()
    token = _TOKEN_PREFIX + base64.urlsafe_b64encode(body).decode() + "." + base64.urlsafe_b64encode(mac).decode()
    return {
        "aws_access_key_id": access_key_id,
        "aws_secret_access_key": _secret_for(access_key_id),
        "aws_session_token": token,
        "expiry": dt.datetime.fromtimestamp(expires, tz=dt.UTC),
    }


def new_access_key_id(seed_text: str) -> str:
    """An STS-looking key id (``ASIA`` + 16 chars), derived from a stable id when one is given."""
    digest = hashlib.sha256(seed_text.encode()).digest()
    return "ASIA" + base64.b32encode(digest).decode()[:16]


def _scope_from_token(token: str, access_key_id: str) -> Scope | None:
    if not token.startswith(_TOKEN_PREFIX):
        return None
    try:
        body_b64, mac_b64 = token[len(_TOKEN_PREFIX) :].split(".", 1)
        body = base64.urlsafe_b64decode(body_b64)
        mac = base64.urlsafe_b64decode(mac_b64)
    except ValueError:
        return None
    if not hmac.compare_digest(mac, hmac.new(_TOKEN_KEY, body, "sha256").digest()):
        return None
    claims = json.loads(body)
    if claims["a"] != access_key_id:
        return None
    return Scope(bucket=claims["b"], prefix=claims["p"], write=bool(claims["w"]), expires=float(claims["e"]))


# -- SigV4 verification --------------------------------------------------------------------
class Denied(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _sign(key: bytes, msg: str) -> bytes:
    return hmac.new(key, msg.encode(), "sha256").digest()


def _signature(secret: str, date: str, region: str, service: str, string_to_sign: str) -> str:
    k = _sign(("AWS4" + secret).encode(), date)
    k = _sign(k, region)
    k = _sign(k, service)
    k = _sign(k, "aws4_request")
    return hmac.new(k, string_to_sign.encode(), "sha256").hexdigest()


def _query_pairs(raw_query: str) -> list[tuple[str, str]]:
    pairs = []
    for part in raw_query.split("&"):
        if not part:
            continue
        key, _, value = part.partition("=")
        pairs.append((unquote(key), unquote(value)))
    return pairs


def _canonical_query(pairs: Iterable[tuple[str, str]]) -> str:
    encoded = sorted((quote(k, safe="-_.~"), quote(v, safe="-_.~")) for k, v in pairs)
    return "&".join(f"{k}={v}" for k, v in encoded)


def _header(environ: dict[str, Any], name: str) -> str | None:
    key = name.upper().replace("-", "_")
    # WSGI keeps these two outside the HTTP_* namespace.
    value = environ.get(key) if key in ("CONTENT_TYPE", "CONTENT_LENGTH") else environ.get(f"HTTP_{key}")
    return None if value is None else str(value)


@dataclass
class _Signed:
    access_key_id: str
    token: str | None


def verify_sigv4(environ: dict[str, Any], secret_for: Callable[[str, str | None], str | None], now: float) -> _Signed:
    """Check the request's SigV4 signature; returns who signed it or raises ``Denied``."""
    raw = str(environ.get("RAW_URI") or environ.get("REQUEST_URI") or environ.get("PATH_INFO", "/"))
    path, _, raw_query = raw.partition("?")
    pairs = _query_pairs(raw_query)
    params = dict(pairs)
    auth = _header(environ, "authorization")
    if auth and auth.startswith(_ALGORITHM + " "):
        fields = dict(f.strip().split("=", 1) for f in auth[len(_ALGORITHM) + 1 :].split(",") if "=" in f)
        credential, signed_headers = fields.get("Credential", ""), fields.get("SignedHeaders", "")
        given = fields.get("Signature", "")
        amz_date = _header(environ, "x-amz-date") or ""
        payload_hash = _header(environ, "x-amz-content-sha256") or "UNSIGNED-PAYLOAD"
        token = _header(environ, "x-amz-security-token")
        canonical_pairs = pairs
    elif "X-Amz-Signature" in params:
        if params.get("X-Amz-Algorithm") != _ALGORITHM:
            raise Denied(400, "AuthorizationQueryParametersError", "Only AWS4-HMAC-SHA256 is supported.")
        credential, signed_headers = params.get("X-Amz-Credential", ""), params.get("X-Amz-SignedHeaders", "")
        given = params["X-Amz-Signature"]
        amz_date = params.get("X-Amz-Date", "")
        payload_hash = "UNSIGNED-PAYLOAD"
        token = params.get("X-Amz-Security-Token")
        canonical_pairs = [(k, v) for k, v in pairs if k != "X-Amz-Signature"]
        try:
            signed_at = dt.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC).timestamp()
            expires_in = int(params.get("X-Amz-Expires", "0"))
        except ValueError:
            raise Denied(400, "AuthorizationQueryParametersError", "Malformed X-Amz-Date or X-Amz-Expires.") from None
        if now > signed_at + expires_in:
            raise Denied(403, "AccessDenied", "Request has expired")
    elif auth:
        raise Denied(400, "InvalidRequest", "Only AWS Signature Version 4 (AWS4-HMAC-SHA256) is supported.")
    else:
        raise Denied(403, "AccessDenied", "Access Denied")

    try:
        access_key_id, date, region, service, terminator = credential.split("/")
    except ValueError:
        raise Denied(400, "AuthorizationHeaderMalformed", "Malformed credential scope.") from None
    secret = secret_for(access_key_id, token)
    if secret is None:
        raise Denied(403, "InvalidAccessKeyId", "The AWS Access Key Id you provided does not exist in our records.")
    names = [h for h in signed_headers.split(";") if h]
    headers_block = ""
    for name in names:
        value = _header(environ, name)
        headers_block += f"{name}:{' '.join((value or '').split())}\n"
    canonical = "\n".join(
        [
            str(environ.get("REQUEST_METHOD", "GET")),
            path or "/",
            _canonical_query(canonical_pairs),
            headers_block,
            signed_headers,
            payload_hash,
        ]
    )
    scope = f"{date}/{region}/{service}/{terminator}"
    to_sign = "\n".join([_ALGORITHM, amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    if not hmac.compare_digest(_signature(secret, date, region, service, to_sign), given):
        raise Denied(
            403,
            "SignatureDoesNotMatch",
            "The request signature we calculated does not match the signature you provided.",
        )
    return _Signed(access_key_id, token)


# -- the gate ------------------------------------------------------------------------------
# Object sub-resources a scoped key may not touch (ACLs, legal/retention config beyond the real policy).
_FORBIDDEN_SUBRESOURCES = {"acl", "policy", "legal-hold", "retention"}
# Bucket-level reads the real policy grants bucket-wide (ListBucket[Versions], ListMultipartUploads).
_BUCKET_READS = {
    "",
    "list-type",
    "versions",
    "uploads",
    "prefix",
    "delimiter",
    "max-keys",
    "marker",
    "continuation-token",
    "start-after",
    "encoding-type",
    "fetch-owner",
    "location",
}


class ScopedS3Gate:
    """WSGI middleware: verify SigV4, then allow the stack key everything and scoped keys their prefix."""

    def __init__(
        self,
        app: Callable[..., Iterable[bytes]],
        root_access_key: str,
        root_secret_key: str,
        journal: ObjectJournal | None = None,
    ) -> None:
        self.app = app
        self.root_access_key = root_access_key
        self.root_secret_key = root_secret_key
        self.journal = journal
        self.clock: Callable[[], float] = lambda: dt.datetime.now(dt.UTC).timestamp()

    def _secret_for(self, access_key_id: str, token: str | None) -> str | None:
        if access_key_id == self.root_access_key:
            return self.root_secret_key
        if token is None or _scope_from_token(token, access_key_id) is None:
            return None
        return _secret_for(access_key_id)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        try:
            self._authorise(environ)
            write = _write_target(environ)
            if write is not None and write.uploads_body:
                verify_checksums(environ, _read_body(environ))
        except Denied as denied:
            return _error(environ, start_response, denied)
        if write is None or not write.durable or self.journal is None:
            return self.app(environ, start_response)
        return self._write_through(environ, start_response, write)

    def _write_through(
        self, environ: dict[str, Any], start_response: Callable[..., Any], write: _WriteTarget
    ) -> Iterable[bytes]:
        """Run the write in moto, then put its result on disk before the client hears it succeeded."""
        assert self.journal is not None
        answer: list[Any] = []

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[[bytes], None]:
            answer[:] = [status, headers, exc_info]
            return lambda _data: None  # moto returns its body; it never uses write()

        body = self.app(environ, capture)
        try:
            chunks = b"".join(body)
        finally:
            close = getattr(body, "close", None)
            if close is not None:
                close()
        status, headers, exc_info = answer
        if status.startswith("2"):
            if write.key is None:
                self.journal.sync_bucket(write.bucket)
            for key in write.keys(environ):
                self.journal.sync(write.bucket, key)
        start_response(status, headers, exc_info)
        return [] if environ.get("REQUEST_METHOD") == "HEAD" else [chunks]

    def _authorise(self, environ: dict[str, Any]) -> None:
        now = self.clock()
        signed = verify_sigv4(environ, self._secret_for, now)
        _to_path_style(environ)
        if signed.access_key_id == self.root_access_key:
            return
        scope = _scope_from_token(signed.token or "", signed.access_key_id)
        assert scope is not None  # verify_sigv4 found a secret only for valid tokens
        if now > scope.expires:
            raise Denied(400, "ExpiredToken", "The provided token has expired.")
        method = str(environ.get("REQUEST_METHOD", "GET")).upper()
        bucket, key = _bucket_and_key(environ)
        # Signing parameters of presigned URLs are not sub-resources.
        params = {k for k, _ in _query_pairs(str(environ.get("QUERY_STRING", ""))) if not k.startswith("X-Amz-")}
        if not key:
            self._authorise_bucket(environ, scope, method, bucket, params)
            return
        if not scope.allows_key(bucket, key) or params & _FORBIDDEN_SUBRESOURCES:
            raise Denied(403, "AccessDenied", "Access Denied")
        if method in ("GET", "HEAD"):
            return
        if not scope.write:
            raise Denied(403, "AccessDenied", "Access Denied")
        source = _header(environ, "x-amz-copy-source")
        if source:
            src_bucket, _, src_key = unquote(source.split("?", 1)[0]).lstrip("/").partition("/")
            if not scope.allows_key(src_bucket, src_key):
                raise Denied(403, "AccessDenied", "Access Denied")

    def _authorise_bucket(
        self, environ: dict[str, Any], scope: Scope, method: str, bucket: str, params: set[str]
    ) -> None:
        if bucket != scope.bucket:
            raise Denied(403, "AccessDenied", "Access Denied")
        if method in ("GET", "HEAD") and params <= _BUCKET_READS:
            return
        if method == "POST" and "delete" in params and scope.write:
            # DeleteObjects: every key in the body must be inside the prefix.
            keys = _delete_keys(_read_body(environ))
            if keys and all(scope.allows_key(bucket, k) for k in keys):
                return
        raise Denied(403, "AccessDenied", "Access Denied")


def _bucket_and_key(environ: dict[str, Any]) -> tuple[str, str]:
    bucket, _, key = str(environ.get("PATH_INFO", "/")).lstrip("/").partition("/")
    return bucket, key


def _delete_keys(body: bytes) -> list[str]:
    try:
        return [el.text or "" for el in ET.fromstring(body).iter() if el.tag.endswith("Key")]
    except ET.ParseError:
        raise Denied(400, "MalformedXML", "The XML you provided was not well-formed.") from None


# -- virtual-host-style addressing ------------------------------------------------------------
def virtual_host_bucket(host: str) -> str | None:
    """The bucket a ``Host`` header names (``<bucket>.s3.<domain>``, ``<bucket>.<domain>``), or None for path style."""
    hostname = host.rsplit(":", 1)[0] if not host.startswith("[") else host
    if hostname.startswith("[") or "." not in hostname or hostname.startswith(("localhost", "s3.", "s3-")):
        return None
    try:
        ipaddress.ip_address(hostname)
    except ValueError:
        pass
    else:
        return None
    if ".s3." in hostname or ".s3-" in hostname:
        return hostname.split(".s3", 1)[0] or None
    return hostname.split(".", 1)[0] or None


def _to_path_style(environ: dict[str, Any]) -> None:
    """Rewrite a virtual-host-style request to path style, and make moto see it so too.

    The gate decides bucket and key once; moto is then addressed by the server's own
    address (never a subdomain), so it cannot read another bucket or key out of the Host.
    """
    bucket = virtual_host_bucket(str(environ.get("HTTP_HOST", "")))
    if bucket is not None:
        prefix = "/" + bucket
        environ["PATH_INFO"] = prefix + str(environ.get("PATH_INFO", "/"))
        for name in ("RAW_URI", "REQUEST_URI"):
            if name in environ:
                environ[name] = prefix + str(environ[name])
    server, port = str(environ.get("SERVER_NAME", "127.0.0.1")), str(environ.get("SERVER_PORT", ""))
    server = f"[{server}]" if ":" in server else server
    environ["HTTP_HOST"] = f"{server}:{port}" if port else server


# -- writes: which key a request changes, and are its bytes what the client sent ---------------
@dataclass(frozen=True)
class _WriteTarget:
    bucket: str
    key: str | None  # None: the bucket itself (create/delete)
    uploads_body: bool  # PutObject / UploadPart: the body is object data with digests to check
    delete_many: bool = False
    durable: bool = True  # False: an UploadPart, nothing to put on disk until the upload completes

    def keys(self, environ: dict[str, Any]) -> list[str]:
        if self.delete_many:
            return _delete_keys(environ["wsgi.input"].getvalue())
        return [] if self.key is None else [self.key]


# Sub-resources whose PUT/DELETE changes no object bytes or listing (kept in memory, as moto does).
_NON_DATA_SUBRESOURCES = {"acl", "tagging", "legal-hold", "retention", "restore", "uploadId", "partNumber"}


def _write_target(environ: dict[str, Any]) -> _WriteTarget | None:
    method = str(environ.get("REQUEST_METHOD", "GET")).upper()
    if method not in ("PUT", "POST", "DELETE"):
        return None
    bucket, key = _bucket_and_key(environ)
    params = {k for k, _ in _query_pairs(str(environ.get("QUERY_STRING", ""))) if not k.startswith("X-Amz-")}
    copy = _header(environ, "x-amz-copy-source") is not None
    if not key:
        if method == "POST" and "delete" in params:
            _read_body(environ)  # kept for the journal: the keys to sync are in it
            return _WriteTarget(bucket, None, uploads_body=False, delete_many=True)
        if method in ("PUT", "DELETE") and not params:
            return _WriteTarget(bucket, None, uploads_body=False)
        return None
    if method == "PUT" and "partNumber" in params and "uploadId" in params:
        return None if copy else _WriteTarget(bucket, key, uploads_body=True, durable=False)
    if method == "POST":
        # CompleteMultipartUpload creates the object; CreateMultipartUpload (?uploads) nothing yet.
        return _WriteTarget(bucket, key, uploads_body=False) if "uploadId" in params else None
    if params & _NON_DATA_SUBRESOURCES:
        return None
    return _WriteTarget(bucket, key, uploads_body=method == "PUT" and not copy)


def _crc(value: int, width: int) -> str:
    return base64.b64encode(value.to_bytes(width, "big")).decode()


def _checksum(algorithm: str, data: bytes) -> str | None:
    """base64 of the digest S3 names ``x-amz-checksum-<algorithm>``; None for an algorithm S3 does not have."""
    if algorithm == "crc32":
        return _crc(zlib.crc32(data), 4)
    if algorithm in ("sha1", "sha256"):
        return base64.b64encode(hashlib.new(algorithm, data).digest()).decode()
    if algorithm in ("crc32c", "crc64nvme"):
        from awscrt import checksums  # type: ignore[import-untyped]  # the AWS SDKs' own implementation of the two CRCs zlib lacks

        if algorithm == "crc32c":
            return _crc(checksums.crc32c(data), 4)
        return _crc(checksums.crc64nvme(data), 8)
    return None


def _decode_aws_chunked(body: bytes) -> tuple[bytes, dict[str, str]]:
    """Payload and trailing headers of an ``aws-chunked`` body (chunk signatures are not re-verified)."""
    payload, trailers, pos = bytearray(), {}, 0
    while True:
        end = body.find(b"\r\n", pos)
        if end < 0:
            raise Denied(400, "IncompleteBody", "The request body terminated unexpectedly")
        size_text = body[pos:end].split(b";", 1)[0]
        try:
            size = int(size_text, 16)
        except ValueError:
            raise Denied(400, "InvalidRequest", "Malformed aws-chunked encoding.") from None
        pos = end + 2
        if size == 0:
            break
        payload += body[pos : pos + size]
        pos += size + 2
    for line in body[pos:].split(b"\r\n"):
        name, sep, value = line.decode("latin-1").partition(":")
        if sep:
            trailers[name.strip().lower()] = value.strip()
    return bytes(payload), trailers


def verify_checksums(environ: dict[str, Any], body: bytes) -> None:
    """Refuse an upload whose bytes do not match a digest the client sent with it, as S3 does."""
    payload_hash = _header(environ, "x-amz-content-sha256") or ""
    encoding = _header(environ, "content-encoding") or ""
    trailers: dict[str, str] = {}
    if payload_hash.startswith("STREAMING-") or "aws-chunked" in encoding:
        body, trailers = _decode_aws_chunked(body)
    elif len(payload_hash) == 64 and hashlib.sha256(body).hexdigest() != payload_hash.lower():
        message = "The provided 'x-amz-content-sha256' header does not match what was computed."
        raise Denied(400, "XAmzContentSHA256Mismatch", message)
    md5 = _header(environ, "content-md5")
    if md5 is not None:
        try:
            expected = base64.b64decode(md5, validate=True)
        except ValueError:
            expected = b""
        if len(expected) != 16:
            raise Denied(400, "InvalidDigest", "The Content-MD5 you specified was invalid.")
        if hashlib.md5(body).digest() != expected:
            raise Denied(400, "BadDigest", "The Content-MD5 you specified did not match what we received.")
    given = {
        name[len("x-amz-checksum-") :]: value
        for name, value in [*((k[5:].lower().replace("_", "-"), str(v)) for k, v in environ.items()
                              if k.startswith("HTTP_X_AMZ_CHECKSUM_")), *trailers.items()]
        if name.startswith("x-amz-checksum-") and name not in ("x-amz-checksum-type", "x-amz-checksum-algorithm")
    }  # fmt: skip
    for algorithm, value in given.items():
        computed = _checksum(algorithm, body)
        if computed is None:
            raise Denied(400, "InvalidRequest", f"Unsupported checksum algorithm: x-amz-checksum-{algorithm}")
        if computed != value:
            raise Denied(
                400,
                "BadDigest",
                f"The {algorithm.upper()} you specified did not match the calculated checksum.",
            )


def _read_body(environ: dict[str, Any]) -> bytes:
    """The request body, read once; ``wsgi.input`` is replaced so moto can read it again."""
    stream = environ["wsgi.input"]
    if isinstance(stream, io.BytesIO):
        return bytes(stream.getvalue())
    length = environ.get("CONTENT_LENGTH")
    if length:
        body = bytes(stream.read(int(length)))
    elif environ.get("wsgi.input_terminated"):  # chunked transfer: werkzeug ends the stream for us
        body = bytes(stream.read())
    else:
        body = b""
    environ["wsgi.input"] = io.BytesIO(body)
    return body


def _error(environ: dict[str, Any], start_response: Callable[..., Any], denied: Denied) -> Iterable[bytes]:
    request_id = secrets.token_hex(8).upper()
    root = ET.Element("Error")
    for tag, text in (("Code", denied.code), ("Message", denied.message), ("RequestId", request_id)):
        ET.SubElement(root, tag).text = text
    body = b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root)
    reason = {400: "Bad Request", 403: "Forbidden"}.get(denied.status, "Error")
    start_response(
        f"{denied.status} {reason}",
        [
            ("Content-Type", "application/xml"),
            ("Content-Length", str(len(body))),
            ("x-amz-request-id", request_id),
        ],
    )
    return [] if environ.get("REQUEST_METHOD") == "HEAD" else [body]


# -- server --------------------------------------------------------------------------------
class GatedS3Server:
    """moto's S3 in server mode on loopback, behind ``ScopedS3Gate``; ``stop()`` shuts it down.

    With ``data_dir`` the objects stored there are served again and every acknowledged write
    is kept there (see ``object_store``), and the credential-signing key is the persisted one.
    """

    def __init__(
        self, host: str, root_access_key: str, root_secret_key: str, data_dir: Path | None = None
    ) -> None:
        from moto.moto_server.werkzeug_app import (
            DomainDispatcherApplication,
            MotoRequestHandler,
            create_backend_app,
        )
        from werkzeug.serving import make_server

        class QuietHandler(MotoRequestHandler):
            # The access log would carry presigned URLs (signatures, session tokens): keep it off.
            def log_request(self, *args: Any, **kwargs: Any) -> None:
                pass

        self.journal: ObjectJournal | None = None
        self.restored = 0
        if data_dir is not None:
            from .object_store import ObjectJournal

            use_token_key_from(data_dir)
            self.journal = ObjectJournal(data_dir / "s3")
            self.restored = self.journal.restore()
            legacy = data_dir / "s3-objects"
            if legacy.is_dir():
                from .context import S3Settings
                from .object_store import import_mirror

                settings = S3Settings(endpoint="")
                self.restored += import_mirror(self.journal, legacy, settings.bucket, settings.region)
        app = ScopedS3Gate(
            DomainDispatcherApplication(create_backend_app), root_access_key, root_secret_key, self.journal
        )
        self.gate = app
        self._server = make_server(host, 0, app, threaded=True, request_handler=QuietHandler)
        port = self._server.server_address[1]
        self.endpoint = f"http://{'[' + host + ']' if ':' in host else host}:{port}"
        # A short poll interval: shutdown() waits for the loop to notice, and stop time counts.
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="provena-local-s3", daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
        if self.journal is not None:
            self.journal.close()


def start_server(host: str, data_dir: Path | None = None) -> tuple[GatedS3Server, str]:
    from .context import S3Settings

    defaults = S3Settings(endpoint="")
    server = GatedS3Server(host, defaults.access_key, defaults.secret_key, data_dir)
    return server, server.endpoint


# -- the stack's own S3 operations -----------------------------------------------------------
class S3Store:
    """What the data store does with S3 under its own (service) credentials."""

    def __init__(self, settings: S3Settings) -> None:
        import boto3
        from botocore.config import Config

        self.settings = settings
        self.bucket = settings.bucket
        self.client = boto3.client(
            "s3",
            endpoint_url=settings.endpoint,
            region_name=settings.region,
            aws_access_key_id=settings.access_key,
            aws_secret_access_key=settings.secret_key,
            config=Config(s3={"addressing_style": "path"}, retries={"max_attempts": 2}),
        )
        self._bucket_ready = False
        self._lock = threading.Lock()

    def ensure_bucket(self) -> None:
        with self._lock:
            if self._bucket_ready:
                return
            from botocore.exceptions import ClientError

            try:
                self.client.head_bucket(Bucket=self.bucket)
            except ClientError:
                self.client.create_bucket(Bucket=self.bucket)
            self._bucket_ready = True

    def path_in_use(self, path: str) -> bool:
        """True if anything (object or folder) exists at ``path`` (the real duplicate check)."""
        self.ensure_bucket()
        resp = self.client.list_objects_v2(Bucket=self.bucket, Prefix=path.rstrip("/"), Delimiter="/", MaxKeys=1)
        return bool(resp.get("CommonPrefixes") or resp.get("Contents"))

    def write_metadata(self, path: str, metadata: dict[str, Any]) -> None:
        self.ensure_bucket()
        body = json.dumps(metadata, indent=2).encode()
        self.client.put_object(Bucket=self.bucket, Key=path.rstrip("/") + "/" + METADATA_FILE_NAME, Body=body)

    def read_metadata(self, path: str) -> dict[str, Any] | None:
        from botocore.exceptions import ClientError

        try:
            obj = self.client.get_object(Bucket=self.bucket, Key=path.rstrip("/") + "/" + METADATA_FILE_NAME)
        except ClientError:
            return None
        result: dict[str, Any] = json.loads(obj["Body"].read())
        return result

    def object_exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        try:
            self.client.head_object(Bucket=self.bucket, Key=key)
        except ClientError as e:
            if e.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound"):
                return False
            raise
        return True

    def delete_prefix(self, path: str) -> None:
        """Compensation for a failed mint/version: remove what was written under ``path``."""
        keys = [
            o["Key"]
            for page in self.client.get_paginator("list_objects_v2").paginate(Bucket=self.bucket, Prefix=path)
            for o in page.get("Contents", [])
        ]
        for start in range(0, len(keys), 1000):
            chunk = keys[start : start + 1000]
            self.client.delete_objects(Bucket=self.bucket, Delete={"Objects": [{"Key": k} for k in chunk]})

    def _scoped_client(self, credentials: dict[str, Any]) -> Any:
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3",
            endpoint_url=self.settings.endpoint,
            region_name=self.settings.region,
            aws_access_key_id=credentials["aws_access_key_id"],
            aws_secret_access_key=credentials["aws_secret_access_key"],
            aws_session_token=credentials["aws_session_token"],
            config=Config(s3={"addressing_style": "path"}, signature_version="s3v4"),
        )

    def presigned_get(self, key: str, credentials: dict[str, Any], expires_in: int) -> str:
        """A GET URL signed with the dataset-scoped read credentials, as the real data store does."""
        url: str = self._scoped_client(credentials).generate_presigned_url(
            ClientMethod="get_object",
            Params={
                "Bucket": self.bucket,
                "Key": key,
                "ResponseContentDisposition": f"attachment; filename={key}",
            },
            ExpiresIn=expires_in,
        )
        return url

    def presigned_listing(self, prefix: str, credentials: dict[str, Any], expires_in: int) -> str:
        """A browsable listing of the dataset folder: the local stand-in for an AWS console session."""
        url: str = self._scoped_client(credentials).generate_presigned_url(
            ClientMethod="list_objects_v2",
            Params={"Bucket": self.bucket, "Prefix": prefix},
            ExpiresIn=expires_in,
        )
        return url


def s3_store(settings: S3Settings) -> S3Store:
    """One ``S3Store`` per settings object (boto3 clients are thread-safe and slow to build)."""
    store = settings.__dict__.get("_store")
    if store is None:
        store = S3Store(settings)
        settings.__dict__["_store"] = store
    return store
