"""`nox -s bench`: provena against the official provenaclient and raw httpx, on the local stack.

Run `python -m scripts.bench --help`. The package is a benchmark, not a test: nothing here fails on a number.

Modules: `runner` (command line, orchestration), `stack` (local stack and seed data), `contenders` (who runs
where), `workers` (stdlib-only drivers run inside each contender's own process), `contender_*` (one adapter per
client library), `report` (medians, ratios, targets, JSON).
This file stays import-free: the provenaclient virtualenv imports the package to reach its worker.
"""
