"""Stand-in for `python -m provena.local serve`: same contract (config-out JSON with api_overrides URLs).

Usage: fake_stack.py SPECS_DIR [--port 0 ...] --config-out FILE. Serves SPECS_DIR/<service>.json at
/<host_prefix>/openapi.json; a missing file answers 404.
"""

from __future__ import annotations

import json
import sys
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from scripts.spec_pipeline.services import SERVICES


class Handler(BaseHTTPRequestHandler):
    def __init__(self, specs: Path, *args: object) -> None:
        self.specs = specs
        super().__init__(*args)  # type: ignore[arg-type]

    def do_GET(self) -> None:
        for s in SERVICES:
            if self.path == f"/{s.host_prefix}/openapi.json" and (self.specs / f"{s.name}.json").exists():
                body = (self.specs / f"{s.name}.json").read_bytes()
                self.send_response(200)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
        self.send_error(404)

    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    specs = Path(sys.argv[1])
    config_out = Path(sys.argv[sys.argv.index("--config-out") + 1])
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, specs))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    config = {
        "domain": "localhost",
        "api_overrides": {s.config_key: f"{base}/{s.host_prefix}" for s in SERVICES},
        "stack_version": "fake-1",
    }
    tmp = config_out.with_suffix(".tmp")
    tmp.write_text(json.dumps(config), "utf-8")
    tmp.replace(config_out)
    server.serve_forever()


if __name__ == "__main__":
    main()
