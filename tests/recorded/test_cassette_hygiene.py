"""No secret in any cassette: tokens, keys, signatures and passwords are placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from .conftest import CASSETTES, RECORDING

if RECORDING:
    pytest.skip("scans the cassettes a recording writes; run after it", allow_module_level=True)
from .vcr_setup import PLACEHOLDER, SECRET_FIELDS

FILES = sorted(CASSETTES.rglob("*.yaml")) + sorted(CASSETTES.glob("*.json"))
JWT = re.compile(r"eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]+")
AWS_KEY_ID = re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b")
SIGNATURE = re.compile(r"(?i)(x-amz-signature|signature|x-amz-credential|x-amz-security-token|awsaccesskeyid)"
                       r"=([^&\"'\s<]+)")  # fmt: skip
SECRET_VALUE = re.compile(r'"({})"\s*:\s*"([^"]*)"'.format("|".join(SECRET_FIELDS)))
FORM_SECRET = re.compile(r"(?:^|[&\s'])({})=([^&\s']*)".format("|".join(SECRET_FIELDS)))
BEARER = re.compile(r"(?i)bearer\s+[A-Za-z0-9._~+/-]{16,}")
LOCAL_PASSWORDS = ("researcher-password", "admin-password")
PLACEHOLDERS = {PLACEHOLDER, *SECRET_FIELDS.values()}


def test_there_are_cassettes() -> None:
    assert len([f for f in FILES if f.suffix == ".yaml"]) >= 50, "run `nox -s record`"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(CASSETTES)))
def test_no_secrets(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    problems = [f"JWT {m.group(0)[:12]}..." for m in JWT.finditer(text)]
    problems += [f"AWS key id {m.group(0)[:8]}..." for m in AWS_KEY_ID.finditer(text)]
    problems += [f"{m.group(1)}={m.group(2)[:6]}..." for m in SIGNATURE.finditer(text) if m.group(2) != PLACEHOLDER]
    problems += [f"{m.group(1)}: {m.group(2)[:6]}..." for m in SECRET_VALUE.finditer(text)
                 if m.group(2) not in PLACEHOLDERS]  # fmt: skip
    problems += [f"{m.group(1)}={m.group(2)[:6]}..." for m in FORM_SECRET.finditer(text)
                 if m.group(2) not in PLACEHOLDERS]  # fmt: skip
    problems += [f"bearer token {m.group(0)[:10]}..." for m in BEARER.finditer(text)]
    problems += [f"local password {p}" for p in LOCAL_PASSWORDS if p in text]
    if path.suffix == ".yaml":
        for interaction in yaml.safe_load(text)["interactions"]:
            names = {k.lower() for k in interaction["request"]["headers"]}
            problems += [f"request header {n}" for n in names & {"authorization", "cookie", "x-amz-security-token"}]
            problems += [f"response header {n}" for n in {k.lower() for k in interaction["response"]["headers"]}
                         & {"set-cookie", "authorization"}]  # fmt: skip
    assert not problems, f"{path.relative_to(CASSETTES)}: {problems}"


def test_the_scan_finds_secrets(tmp_path: Path) -> None:
    """The patterns above do catch what they are for."""
    leaks = ['"access_token": "abc"', "AKIAABCDEFGHIJKLMNOP", "X-Amz-Signature=0a1b2c",
             # built at run time so this file itself holds nothing JWT-shaped
             ".".join(["eyJ" + "hbGciOiJSUzI1NiJ9", "eyJ" + "zdWIiOiJ4In0", "c2lnbmF0dXJl"]), "password=hunter2",
             '"aws_session_token": "FwoGZXIvYXdzE"']  # fmt: skip
    for leak in leaks:
        hits = (JWT.search(leak) or AWS_KEY_ID.search(leak) or SECRET_VALUE.search(leak)
                or FORM_SECRET.search(leak) or SIGNATURE.search(leak))  # fmt: skip
        assert hits is not None, leak
