"""Test controls of the local stack, mounted at ``/_local`` only with ``serve --clock-control``.

``POST /_local/clock/advance`` with ``{"seconds": N}`` moves the stack's token clock forward, so a test can make
tokens expire (and see its client refresh them) without waiting for real time to pass; ``GET /_local/clock`` reads
the offset. Off by default: a stack people keep real work in has no way to be told what time it is.
"""

from __future__ import annotations

import json
import math

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from .state import State


def control_app(state: State) -> Starlette:
    def clock_body() -> dict[str, float]:
        return {"offset": state.clock_offset, "now": state.wall_now()}

    async def read_clock(_: Request) -> JSONResponse:
        return JSONResponse(clock_body())

    async def advance_clock(request: Request) -> JSONResponse:
        try:
            seconds = (await request.json())["seconds"]
        except (json.JSONDecodeError, KeyError, TypeError):
            return JSONResponse({"detail": 'send {"seconds": N} with N >= 0'}, status_code=422)
        if isinstance(seconds, bool) or not isinstance(seconds, int | float) or not math.isfinite(seconds) \
                or seconds < 0:  # fmt: skip
            return JSONResponse({"detail": "seconds must be a finite number >= 0"}, status_code=422)
        state.advance_clock(float(seconds))
        return JSONResponse(clock_body())

    return Starlette(routes=[Route("/clock", read_clock, methods=["GET"]),
                             Route("/clock/advance", advance_clock, methods=["POST"])])  # fmt: skip
