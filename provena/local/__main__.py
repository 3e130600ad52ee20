"""Command line of the local stack: ``export-specs`` and ``serve``."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    try:
        return _main(argv)
    except ModuleNotFoundError as exc:
        from ._extra import missing_extra

        message = missing_extra(exc)
        if message is None:
            raise
        print(message, file=sys.stderr)
        return 1


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(prog="python -m provena.local", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("export-specs", help="write DIR/<service>.json for the seven services")
    ex.add_argument("directory", type=Path)
    sv = sub.add_parser("serve", help="run the seven services, the realm and S3 on loopback")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8741, help="0 picks a free port")
    where = sv.add_mutually_exclusive_group()
    where.add_argument("--data-dir", type=Path, help="state directory (default: per-user data dir)")
    where.add_argument("--memory", action="store_true", help="keep state in memory only")
    sv.add_argument("--seed", type=int, help="deterministic mode: fixed clock and id sequence")
    sv.add_argument(
        "--config-out",
        type=Path,
        default=Path(".provena-local/config.json"),
        help="write the client configuration here when ready (default: %(default)s, what Config.local() reads)",
    )
    sv.add_argument("--no-s3", action="store_true", help="do not start the S3 endpoint")
    sv.add_argument("--device-polls", type=int, default=1, help="device-code polls before auto-approval")
    sv.add_argument("--access-token-lifetime", type=int, default=300, help="seconds")
    sv.add_argument("--clock-control", action="store_true",
                    help="for tests: POST /_local/clock/advance {\"seconds\": N} moves token time forward")  # fmt: skip
    args = parser.parse_args(argv)

    logging.basicConfig(level=logging.WARNING, format="%(message)s", stream=sys.stderr)
    if args.command == "export-specs":
        from .specs import export

        for path in export(args.directory):
            print(path)
        return 0
    from .server import default_data_dir, serve

    data_dir = None if args.memory else (args.data_dir or default_data_dir())
    try:
        serve(
            host=args.host,
            port=args.port,
            data_dir=data_dir,
            seed=args.seed,
            config_out=args.config_out,
            with_s3=not args.no_s3,
            device_polls=args.device_polls,
            access_lifetime=args.access_token_lifetime,
            clock_control=args.clock_control,
        )
    except SystemExit as stop:  # SIGINT/SIGTERM end serve() this way, after its cleanup ran
        if stop.code not in (0, None):
            raise
    # serve() has closed the databases and servers, and every acknowledged write was on disk before it was
    # acknowledged: nothing is left to save. Tearing down the interpreter would only free moto's per-object
    # records one by one (stop time growing with the objects stored), so leave without it.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
