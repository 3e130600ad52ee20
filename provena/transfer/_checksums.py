"""Checksums of transferred bytes: what uploads send, and what downloads (and sync) compare with.

Uploads send Content-MD5 and an x-amz-checksum-crc32 with every PUT, an x-amz-checksum-crc32 with every part; S3
verifies them before it stores anything. S3 then reports, for objects not encrypted with KMS, an ETag that is the
MD5 of the object (one PUT) or the MD5 of the parts' MD5s followed by `-<parts>` (multipart); with an additional
checksum it can also report a full-object CRC32/SHA-256. `Expected.from_head` picks the strongest of these that can
be recomputed from the bytes alone, and `Digest` recomputes it while the bytes stream by.
"""

from __future__ import annotations

import base64
import hashlib
import zlib
from dataclasses import dataclass
from typing import Any

__all__ = ["Digest", "Expected", "content_md5", "crc32_b64", "etag_of_file"]


def content_md5(data: bytes) -> str:
    return base64.b64encode(hashlib.md5(data, usedforsecurity=False).digest()).decode()


def crc32_b64(data: bytes) -> str:
    return base64.b64encode(zlib.crc32(data).to_bytes(4, "big")).decode()


@dataclass(frozen=True)
class Expected:
    """A checksum to verify: `kind` is "md5" (a plain ETag), "md5-parts" (a multipart ETag cut every
    `part_size` bytes), "crc32" or "sha256" (S3 full-object checksums, base64)."""

    kind: str
    value: str
    part_size: int = 0

    @staticmethod
    def from_head(head: dict[str, Any], part_size: int | None) -> Expected | None:
        """The checksum a HEAD/GET answer promises (None when none can be recomputed).

        `part_size` is the object's part size when its ETag is multipart (None if unknown).
        """
        for kind, field in (("sha256", "ChecksumSHA256"), ("crc32", "ChecksumCRC32")):
            value = head.get(field)
            if value and "-" not in value:  # composite checksums of parts need the part layout
                return Expected(kind, value)
        etag = str(head.get("ETag", "")).strip('"')
        if head.get("ServerSideEncryption") == "aws:kms" or not etag:
            return None  # KMS ETags are not digests of the content
        if "-" not in etag:
            return Expected("md5", etag) if len(etag) == 32 else None
        return Expected("md5-parts", etag, part_size) if part_size else None


class Digest:
    """Recomputes an `Expected` checksum over bytes fed in order."""

    def __init__(self, expected: Expected) -> None:
        self.expected = expected
        self._crc = 0
        self._hash = hashlib.sha256() if expected.kind == "sha256" else hashlib.md5(usedforsecurity=False)
        self._parts: list[bytes] = []
        self._in_part = 0

    def update(self, data: bytes | memoryview) -> None:
        kind = self.expected.kind
        if kind == "crc32":
            self._crc = zlib.crc32(data, self._crc)
        elif kind == "md5-parts":
            view = memoryview(data)
            size = self.expected.part_size
            while len(view):
                take = min(len(view), size - self._in_part)
                self._hash.update(view[:take])
                self._in_part += take
                view = view[take:]
                if self._in_part == size:
                    self._parts.append(self._hash.digest())
                    self._hash = hashlib.md5(usedforsecurity=False)
                    self._in_part = 0
        else:
            self._hash.update(data)

    @classmethod
    def of_parts(cls, expected: Expected, part_digests: list[bytes]) -> Digest:
        """A multipart ETag's digest from the MD5 of each part, hashed elsewhere (in parallel, by range)."""
        digest = cls(expected)
        digest._parts = list(part_digests)
        return digest

    def value(self) -> str:
        kind = self.expected.kind
        if kind == "crc32":
            return base64.b64encode(self._crc.to_bytes(4, "big")).decode()
        if kind == "sha256":
            return base64.b64encode(self._hash.digest()).decode()
        if kind == "md5":
            return self._hash.hexdigest()
        parts = self._parts + ([self._hash.digest()] if self._in_part else [])
        joined = hashlib.md5(b"".join(parts), usedforsecurity=False).hexdigest()
        return f"{joined}-{len(parts)}"

    def matches(self) -> bool:
        return self.value() == self.expected.value


def etag_of_file(path: str, expected: Expected, chunk: int = 1 << 20) -> bool:
    """True when the local file at `path` has the checksum `expected` (used by sync to skip equal files)."""
    digest = Digest(expected)
    with open(path, "rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.matches()
