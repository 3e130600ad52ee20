"""``serve``: all seven services, the realm and S3 in one process on loopback."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import socket
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.routing import Mount

from . import STACK_VERSION
from .context import S3Settings, StackContext
from .realm import REALM, SEEDED_USERS, SERVICE_CLIENTS, Realm
from .services import SERVICES, build_app
from .state import State

log = logging.getLogger("provena.local")

CLIENT_ID = "provena-local"


def default_data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "provena-local"


def _bind(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Accepted sockets inherit this. Without it every keep-alive response after the first stalls ~40 ms
    # (Nagle on the body write vs the client's delayed ACK), which penalises clients that reuse connections.
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def _start_s3(host: str, data_dir: Path | None = None) -> tuple[Any, str]:
    # moto's S3 behind the gate that enforces the datastore's scoped credentials (see s3.py); with a data dir,
    # written through to disk before each write is acknowledged (see object_store.py).
    from .s3 import start_server

    return start_server(host, data_dir)


def _exit_cleanly(signum: int, frame: object) -> None:
    raise SystemExit(0)


def stack_config(base: str, s3_endpoint: str | None) -> dict[str, Any]:
    """The document ``--config-out`` writes; the client's ``Config.from_file`` loads it as is."""
    overrides: dict[str, str | None] = {s.override_key: f"{base}/{s.prefix}" for s in SERVICES}
    overrides["search_service_endpoint_override"] = None
    overrides["keycloak_endpoint_override"] = f"{base}/auth/realms/{REALM}"
    return {
        "domain": "localhost",
        "realm_name": REALM,
        "client_id": CLIENT_ID,
        "api_overrides": overrides,
        "s3_endpoint": s3_endpoint,
        "users": [
            {"username": u.username, "password": u.password, "email": u.email, "roles": u.roles,
             "admin": u.username == "admin"}
            for u in SEEDED_USERS
        ],
        "service_clients": [{"client_id": c.client_id, "client_secret": c.client_secret} for c in SERVICE_CLIENTS],
        "stack_version": STACK_VERSION,
    }


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def build_stack(
    base: str,
    *,
    data_dir: Path | None,
    seed: int | None,
    s3_endpoint: str | None,
    device_polls: int = 1,
    access_lifetime: int = 300,
    clock_control: bool = False,
) -> tuple[Starlette, StackContext]:
    state = State(None if data_dir is None else data_dir / "state.sqlite3", seed=seed)
    realm = Realm(
        state,
        f"{base}/auth/realms/{REALM}",
        key_dir=data_dir,
        device_polls_before_approval=device_polls,
        access_lifetime=access_lifetime,
    )
    ctx = StackContext(
        state=state,
        realm=realm,
        s3=None if s3_endpoint is None else S3Settings(endpoint=s3_endpoint),
        data_dir=data_dir,
        urls={s.name: f"{base}/{s.prefix}" for s in SERVICES},
    )
    mounts = [Mount(f"/{s.prefix}", app=build_app(s, ctx)) for s in SERVICES]
    mounts.append(Mount("/auth", app=realm.app()))
    if clock_control:
        from .control import control_app

        mounts.append(Mount("/_local", app=control_app(state)))
    return Starlette(routes=mounts), ctx


def serve(
    host: str = "127.0.0.1",
    port: int = 0,
    data_dir: Path | None = None,
    seed: int | None = None,
    config_out: Path | None = None,
    with_s3: bool = True,
    device_polls: int = 1,
    access_lifetime: int = 300,
    clock_control: bool = False,
) -> None:
    import uvicorn

    started = time.monotonic()
    sock = _bind(host, port)
    actual_port = sock.getsockname()[1]
    base = f"http://{host}:{actual_port}"
    s3_server, s3_endpoint = _start_s3(host, data_dir) if with_s3 else (None, None)
    app, ctx = build_stack(
        base, data_dir=data_dir, seed=seed, s3_endpoint=s3_endpoint,
        device_polls=device_polls, access_lifetime=access_lifetime, clock_control=clock_control,
    )  # fmt: skip
    config = stack_config(base, s3_endpoint)

    @contextlib.asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        on_start = ctx.__dict__.get("on_start", [])
        for hook in on_start:
            hook()
        if config_out is not None:
            write_atomic(config_out, json.dumps(config, indent=2) + "\n")
        log.warning("local Provena stack ready at %s in %.2fs", base, time.monotonic() - started)
        yield
        # Nothing needs saving here (every acknowledged write is already on disk); the line marks the moment.
        log.warning("local Provena stack stopping")
        for hook in ctx.__dict__.get("on_stop", []):
            hook()

    app.router.lifespan_context = lifespan
    asgi: Any = app
    if seed is not None:  # deterministic mode: job status no longer depends on thread timing
        from .jobs import SettleJobs

        asgi = SettleJobs(app, ctx)
    server = uvicorn.Server(uvicorn.Config(asgi, log_level="warning", lifespan="on", access_log=False))
    # uvicorn shuts down gracefully on SIGINT/SIGTERM and then re-raises the signal; without handlers of ours
    # that would kill the process before the cleanup below (S3 server, database, config file) runs.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, _exit_cleanly)
    try:
        asyncio.run(server.serve(sockets=[sock]))
    finally:
        if s3_server is not None:
            s3_server.stop()
        ctx.state.close()
        if config_out is not None:
            with contextlib.suppress(FileNotFoundError):
                config_out.unlink()
