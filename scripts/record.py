"""Re-record every cassette of tests/recorded.

    python -m scripts.record                      a fresh local stack in deterministic mode (the default)
    python -m scripts.record --domain DOMAIN --offline-token-file F [--realm R --client-id C]
                                                  a real deployment, logged in with an offline token
    python -m scripts.record ... -- -k datastore  arguments after `--` go to pytest

The local stack runs with `--memory --seed 1 --device-polls 1` on a fixed port, so two recordings give
identical cassettes. Old cassettes are deleted first (a recording is always complete, never a mix). Against a
real deployment, tests needing admin rights or local-only features skip; the recording context (auth kind,
canonical URLs, no secrets) goes to cassettes/_context.json.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CASSETTES = ROOT / "cassettes"
TESTS = ROOT / "tests" / "recorded"
DEFAULT_PORT = 8741
SEED = 1
STARTUP_TIMEOUT = 60.0


def _parse(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog="python -m scripts.record", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)  # fmt: skip
    parser.add_argument("--domain", help="record against this deployment (needs --offline-token-file)")
    parser.add_argument("--offline-token-file", type=Path, help="file holding a Keycloak offline token")
    parser.add_argument("--realm", default="provena", help="Keycloak realm (default: %(default)s)")
    parser.add_argument("--client-id", default="client-tools", help="Keycloak client id (default: %(default)s)")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="local stack port (default: %(default)s)")
    split = argv.index("--") if "--" in argv else len(argv)
    own, pytest_args = argv[:split], argv[split + 1 :]
    args = parser.parse_args(own)
    if args.domain and not args.offline_token_file:
        parser.error("--domain needs --offline-token-file (recording uses OfflineFlow)")
    if args.offline_token_file and not args.domain:
        parser.error("--offline-token-file needs --domain")
    if args.offline_token_file and not args.offline_token_file.is_file():
        parser.error(f"--offline-token-file {args.offline_token_file} does not exist")
    return args, pytest_args


def _start_stack(port: int, config_out: Path, log_path: Path) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "provena.local", "serve", "--memory", "--seed", str(SEED), "--port",
               str(port), "--device-polls", "1", "--access-token-lifetime", "3600",
               "--config-out", str(config_out)]  # fmt: skip
    print(f"record: starting the local stack on port {port} (seed {SEED})", flush=True)
    with open(log_path, "wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while not config_out.exists():
        if process.poll() is not None:
            raise SystemExit(f"record: the local stack exited with {process.returncode}:\n{log_path.read_text()}")
        if time.monotonic() > deadline:
            _stop(process)
            raise SystemExit(f"record: the local stack did not start within {STARTUP_TIMEOUT:.0f} s")
        time.sleep(0.1)
    return process


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)  # uvicorn shuts down cleanly on SIGINT
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _deployment_config(args: argparse.Namespace, path: Path) -> None:
    """A config document naming every service URL (so the recording can map each to a canonical host)."""
    sys.path.insert(0, str(ROOT))
    from provena import Config
    from provena._config import _SERVICES, SERVICE_NAMES

    config = Config(args.domain, args.realm, client_id=args.client_id)
    overrides = {_SERVICES[s][0]: config.endpoint_for(s) for s in SERVICE_NAMES}
    overrides["keycloak_endpoint_override"] = config.keycloak_endpoint
    document = {**config.to_dict(), "api_overrides": overrides}
    path.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")


def _clear_cassettes() -> None:
    if CASSETTES.exists():
        for child in CASSETTES.iterdir():
            if child.is_dir():
                shutil.rmtree(child)
            elif child.suffix in (".yaml", ".json"):
                child.unlink()
    CASSETTES.mkdir(exist_ok=True)


def main(argv: list[str] | None = None) -> int:
    args, pytest_args = _parse(sys.argv[1:] if argv is None else argv)
    work = Path(tempfile.mkdtemp(prefix="provena-record-"))
    config_file = work / "config.json"
    env = {**os.environ, "PROVENA_RECORD": "1", "PROVENA_CONFIG_FILE": str(config_file)}
    env.pop("PROVENA_OFFLINE_TOKEN_FILE", None)
    stack = None
    try:
        if args.domain:
            _deployment_config(args, config_file)
            env["PROVENA_RECORD_AUTH"] = "offline"
            env["PROVENA_OFFLINE_TOKEN_FILE"] = str(args.offline_token_file.resolve())
            print(f"record: recording against {args.domain} (OfflineFlow)", flush=True)
        else:
            stack = _start_stack(args.port, config_file, work / "stack.log")
            env["PROVENA_RECORD_AUTH"] = "password"
        _clear_cassettes()
        command = [sys.executable, "-m", "pytest", str(TESTS), "-q", "-p", "no:cacheprovider",
                   "-p", "no:randomly", *pytest_args]  # fmt: skip
        result = subprocess.run(command, cwd=ROOT, env=env, check=False)
        count = sum(1 for _ in CASSETTES.rglob("*.yaml"))
        print(f"record: pytest exited {result.returncode}; {count} cassettes in {CASSETTES}", flush=True)
        return result.returncode
    finally:
        if stack is not None:
            _stop(stack)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
