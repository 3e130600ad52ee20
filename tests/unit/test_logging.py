"""Nothing secret reaches a log record: tokens, Authorization, passwords, presigned-URL signatures."""

from __future__ import annotations

import logging

import httpx
import pytest

from provena import Config, PasswordFlow, Transport
from provena._logging import LOGGER_NAME, redact, setup_logging

from .conftest import FakeServer, fresh_tokens

SIGNED = (
    "https://bucket.s3.amazonaws.com/file.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
    "&X-Amz-Credential=AKIASECRETKEY%2F20240101&X-Amz-Signature=deadbeefsignature"
    "&X-Amz-Security-Token=sessiontokensecret"
)


@pytest.mark.parametrize(
    "text",
    [
        "Authorization: Bearer abc.def.ghi-secret",
        "{'authorization': 'Bearer secret-value'}",
        "grant_type=password&username=u&password=secret-value&client_id=c",
        '{"access_token": "secret-value", "refresh_token": "secret-value"}',
        "offline_token=secret-value client_secret=secret-value",
        SIGNED.replace("deadbeefsignature", "secret-value"),
        # botocore's renderings at DEBUG: header dicts with bytes values, canonical requests, signed headers
        "{'X-Amz-Security-Token': b'secret-value', 'User-Agent': b'Boto3'}",
        "host:127.0.0.1\nx-amz-security-token:secret-value\n",
        "{'aws_secret_access_key': 'secret-value', 'aws_session_token': 'secret-value'}",
        "got Bearer secret-value-0123 in the echo",
    ],
)
def test_redact_patterns(text: str) -> None:
    assert "secret-value" not in redact(text)


def test_redact_jwt_anywhere_and_keeps_the_rest() -> None:
    token = fresh_tokens()["access_token"]
    out = redact(f"got {token} for user researcher")
    assert token not in out and "eyJ" not in out
    assert out.startswith("got ") and out.endswith(" for user researcher")
    assert redact("grant_type=refresh_token&client_id=abc") == "grant_type=refresh_token&client_id=abc"


def test_no_secret_in_captured_logs(caplog: pytest.LogCaptureFixture, server: FakeServer, config: Config) -> None:
    issued: list[str] = []

    def keycloak(request: httpx.Request, form: dict[str, str]) -> httpx.Response:
        tokens = fresh_tokens()
        issued.extend([tokens["access_token"], tokens["refresh_token"]])
        return httpx.Response(200, json=tokens)

    server.keycloak = keycloak
    server.api = lambda request: httpx.Response(503) if len(server.api_requests) == 1 else httpx.Response(200)
    transport = Transport(
        config,
        PasswordFlow(config, "c", "researcher", "hunter2-password"),
        transport=httpx.MockTransport(server),
        sleep=lambda s: None,
    )
    caplog.set_level(logging.DEBUG, logger=LOGGER_NAME)
    transport.sync_client("datastore").get(SIGNED.replace("https://bucket.s3.amazonaws.com", ""))
    logger = logging.getLogger(LOGGER_NAME)
    # Even careless log calls in our code are redacted by the filter on the `provena` logger.
    logger.debug("headers %s", {"Authorization": f"Bearer {issued[0]}"})
    logger.info("form %s", f"refresh_token={issued[1]}&password=hunter2-password")
    assert any("GET" in r.getMessage() and "503" in r.getMessage() for r in caplog.records)
    assert any("retrying" in r.getMessage() for r in caplog.records)
    text = caplog.text + "".join(r.getMessage() for r in caplog.records)
    for secret in [*issued, "hunter2-password", "deadbeefsignature", "AKIASECRETKEY", "sessiontokensecret"]:
        assert secret not in text
    assert "X-Amz-Signature=***" in text


def test_setup_logging_adds_one_handler(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger(LOGGER_NAME)
    before = list(logger.handlers)
    level = logger.level
    try:
        monkeypatch.setenv("PROVENA_LOG", "debug")
        setup_logging()
        setup_logging()
        setup_logging("info")
        added = [h for h in logger.handlers if h not in before]
        assert len(added) == 1
        assert logger.level == logging.INFO
    finally:
        for handler in logger.handlers[:]:
            if handler not in before:
                logger.removeHandler(handler)
        logger.setLevel(level)


def test_child_loggers_of_libraries_are_redacted_with_values_provena_was_handed(
    caplog: pytest.LogCaptureFixture, config: Config
) -> None:
    from provena._logging import install_redaction
    from provena._redact import remember_secrets_in

    install_redaction()
    remember_secrets_in({"aws_secret_access_key": "wJalrXUtnFEMI/K7MDENG/opaque", "aws_access_key_id": "AKIA1"})
    caplog.set_level(logging.DEBUG)
    # A filter on "botocore" alone would never see this record: it is made on a child logger.
    logging.getLogger("botocore.credentials").debug("using key %s", "wJalrXUtnFEMI/K7MDENG/opaque")
    logging.getLogger("s3transfer.futures").debug("creds=%r", {"k": "wJalrXUtnFEMI/K7MDENG/opaque"})
    logging.getLogger("someone.else").debug("left alone: %s", "Bearer not-ours-123456")
    assert "wJalrXUtnFEMI/K7MDENG/opaque" not in caplog.text
    assert caplog.text.count("***") >= 2 and "not-ours-123456" in caplog.text


def test_s3_credentials_a_response_hands_out_are_masked_from_then_on(
    caplog: pytest.LogCaptureFixture, server: FakeServer, config: Config
) -> None:
    secret, session = "Zq8/opaque+secret/key/4242", "FwoGZXIvYXdzEopaque-session-token"
    server.api = lambda r: httpx.Response(200, json={"aws_secret_access_key": secret, "aws_session_token": session})
    transport = Transport(config, None, transport=httpx.MockTransport(server))
    assert transport.sync_client("datastore").post("/registry/credentials/generate-write-access-credentials")
    caplog.set_level(logging.DEBUG)
    logging.getLogger("botocore.endpoint").debug("headers {'X-Amz-Security-Token': b'%s'} key %s", session, secret)
    assert secret not in caplog.text and session not in caplog.text
