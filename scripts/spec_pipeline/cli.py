"""Command line: `python -m scripts.spec_pipeline {pull,generate,check-generated,normalise}`.

The nox sessions call these commands; they work the same without nox.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from provena._pin import impact

from . import generate, lock, overrides, ship, sources, typecheck, validate
from .services import SERVICES, PipelineError, get

REPO = generate.REPO


def _pull(args: argparse.Namespace) -> int:
    specs_dir: Path = args.specs_dir
    if args.from_dir and (args.domain or args.url or args.export):
        raise PipelineError("--from cannot be combined with --domain/--url/--export")
    if args.from_dir:
        pulled = sources.from_dir(args.from_dir)
    elif args.domain or args.url:
        pulled = sources.from_urls(sources.domain_urls(args.domain, sources.parse_url_overrides(args.url)))
        if args.domain:
            token = os.environ.get(args.token_env) if args.token_env else None
            pulled = sources.with_version(pulled, sources.deployment_version(args.domain, token))
    elif args.export:
        pulled = sources.from_export(cwd=REPO)
    else:
        pulled = sources.from_local_stack(cwd=REPO)

    # 1. Nothing unvalidated is compared or pinned: every document passes OpenAPI validation, every $ref resolves.
    # A document identical to its pinned one was validated when it was pinned: only new content is checked.
    declared = overrides.load(args.overrides)
    current = lock.read_lock(specs_dir)
    files = {f"{p.service.name}.json": lock.canonical_bytes(p.doc) for p in pulled}
    unchanged = {
        p.service.name
        for p in pulled
        if p.service.name in current and current[p.service.name].sha256 == lock.sha256(files[f"{p.service.name}.json"])
    }
    invalid = {
        p.service.name: validate.problems(p.doc, p.service, declared) for p in pulled if p.service.name not in unchanged
    }
    invalid = {name: found for name, found in invalid.items() if found}
    if invalid:
        lines = [f"  {name}: {reason}" for name, found in invalid.items() for reason in found]
        raise PipelineError(
            f"{len(invalid)} of {len(pulled)} documents failed validation; nothing was written:\n" + "\n".join(lines)
        )

    # 2. What changed, and what it does to the facade's documented methods.
    pinned_docs: dict[str, dict[str, Any] | None] = {}
    for s in SERVICES:
        path = specs_dir / f"{s.name}.json"
        pinned_docs[s.name] = json.loads(path.read_bytes()) if s.name in current and path.exists() else None
    report = impact.analyse(
        pinned_docs,
        {p.service.name: p.doc for p in pulled},
        pin_label=lock.LOCK_NAME,
        pinned_sha256={name: entry.sha256 for name, entry in current.items()},
    )
    out = sys.stdout
    if args.json:
        print(json.dumps(report.to_dict(), indent=2), file=out)
        out = sys.stderr  # stdout carries only the JSON report
    else:
        print(report.to_text(), file=out)

    if args.check:
        if report.has_drift:
            print("Run `nox -s specs` to re-pin (refused while the report says BREAKING, unless --allow-breaking).",
                  file=out)  # fmt: skip
            return 1
        return 0
    if report.is_breaking and not args.allow_breaking:
        print(
            f"refused: the new documents break {len(report.breaking)} documented method(s) (listed above); "
            f"nothing was written. To pin them on purpose: `nox -s specs -- --allow-breaking ...`, then "
            "`nox -s generate` and fix the listed methods until the facade tests pass.",
            file=sys.stderr,
        )
        return 1

    # Stale declared overrides are reported now, at pull time, so they are fixed before `generate` fails on them.
    for p in pulled:
        try:
            overrides.apply(json.loads(json.dumps(p.doc)), p.service.name, declared)
        except PipelineError as exc:
            print(f"warning: {exc}", file=sys.stderr)

    now = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    entries: dict[str, lock.LockEntry] = {}
    for p in pulled:
        digest = lock.sha256(files[f"{p.service.name}.json"])
        old_entry = current.get(p.service.name)
        if old_entry and old_entry.sha256 == digest and old_entry.generator == generate.GENERATOR_PIN:
            # Unchanged content: keep the lock line as it was (a newly reported Provena version is added).
            version = p.provena_version or old_entry.provena_version
            entries[p.service.name] = dataclasses.replace(old_entry, provena_version=version)
            continue
        entries[p.service.name] = lock.LockEntry(
            source=p.source,
            fetched_at=now,
            sha256=digest,
            info_version=str(p.doc.get("info", {}).get("version", "")),
            openapi=str(p.doc.get("openapi", "")),
            generator=generate.GENERATOR_PIN,
            provena_version=p.provena_version,
        )
    files[lock.LOCK_NAME] = lock.lock_bytes(entries)
    raw_docs = {name.removesuffix(".json"): data for name, data in files.items() if name.endswith(".json")}
    shipped = ship.pin_files(specs_dir, entries, raw_docs)  # built before anything is written
    lock.write_atomically(specs_dir, files)
    ship_dir = args.ship_dir
    if ship_dir is None and specs_dir.resolve() == (REPO / "specs").resolve():
        ship_dir = ship.PIN_DIR  # the project's own specs/: the package ships this pin
    if ship_dir is not None:
        lock.write_atomically(ship_dir, shipped)
    changed = len(report.drifted)
    allowed = " (breaking changes allowed by --allow-breaking)" if report.is_breaking else ""
    print(f"pinned {len(pulled)} services into {specs_dir} ({changed} changed){allowed}", file=out)
    if report.has_drift:
        print("next: `nox -s generate`, then run the facade tests; they name what to fix.", file=out)
    return 0


def _ship(args: argparse.Namespace) -> int:
    lock.write_atomically(args.ship_dir, ship.pin_files(args.specs_dir))
    print(f"wrote the shipped pin of {args.specs_dir} into {args.ship_dir}")
    return 0


def _generate(args: argparse.Namespace) -> int:
    wanted = [get(n) for n in args.service] if args.service else list(SERVICES)
    result = generate.generate(args.specs, args.out, args.overrides, wanted, keep_work=args.keep_normalised)
    for r in result.services:
        fixes = ", ".join(f"{k}={v}" for k, v in sorted(r.fixes.counts.items()))
        print(f"{r.service.package}: {r.endpoints}/{r.operations} operations; overrides {len(r.overrides)}; {fixes}")
    print(f"generated {result.endpoints}/{result.operations} operations into {args.out}, zero warnings")
    if result.endpoints != result.operations:
        print("error: some operations were not generated", file=sys.stderr)
        return 1
    return 0


def _check_generated(args: argparse.Namespace) -> int:
    committed: Path = args.generated
    with tempfile.TemporaryDirectory(prefix="provena-generate-check-") as tmp:
        fresh = Path(tmp) / "generated"
        generate.generate(args.specs, fresh, args.overrides)
        packages = [s.package for s in SERVICES]
        problems = generate.compare_trees(fresh, committed, packages)
    ship_dir = args.ship_dir
    if ship_dir is None and Path(args.specs).resolve() == (REPO / "specs").resolve():
        ship_dir = ship.PIN_DIR
    if ship_dir is not None:
        problems += [f"{p} (write it with `python -m scripts.spec_pipeline ship-pin`)"
                     for p in ship.check(args.specs, ship_dir)]  # fmt: skip
    if problems:
        shown = "\n".join(f"  {p}" for p in problems[:40])
        more = f"\n  ... and {len(problems) - 40} more" if len(problems) > 40 else ""
        print(
            f"{committed} is out of date with {args.specs} ({len(problems)} file(s)):\n{shown}{more}\n"
            "Regenerate with `nox -s generate` (never edit generated/ by hand) and commit the result.",
            file=sys.stderr,
        )
        return 1
    print(f"{committed} is up to date with {args.specs}")
    return 0


def _normalise(args: argparse.Namespace) -> int:
    service = get(args.service)
    doc = generate.load_pinned(args.specs, service)
    normalised, report, applied = generate.prepare(doc, service, overrides.load(args.overrides))
    args.output.write_bytes(lock.canonical_bytes(normalised))
    for line in applied:
        print(line)
    for note in report.notes:
        print(note)
    print(dict(sorted(report.counts.items())))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m scripts.spec_pipeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    overrides_default = REPO / "specs" / "overrides.toml"

    p = sub.add_parser("pull", help="pull the 7 OpenAPI documents and pin them in specs/ (or --check for drift)")
    p.add_argument("--domain", help="real deployment: https://<prefix>.DOMAIN/openapi.json")
    p.add_argument("--url", action="append", default=[], metavar="SERVICE=URL", help="per-service URL override")
    p.add_argument("--from", dest="from_dir", type=Path, metavar="DIR", help="a directory of <service>.json files")
    p.add_argument("--export", action="store_true", help="local stack via `provena.local export-specs`, not serving")
    p.add_argument("--check", action="store_true", help="compare with specs.lock, write nothing, exit 1 on drift")
    p.add_argument(
        "--allow-breaking",
        action="store_true",
        help="pin even when the report says documented methods break (then regenerate and fix them)",
    )
    p.add_argument("--json", action="store_true", help="print the impact report as JSON on stdout")
    p.add_argument(
        "--token-env",
        metavar="VAR",
        help="with --domain: env var holding a bearer token, to record the deployment's Provena version",
    )
    p.add_argument("--specs-dir", type=Path, default=REPO / "specs")
    p.add_argument(
        "--ship-dir",
        type=Path,
        help="also write the pin shipped in the package here (default: provena/_pin/data when "
        "--specs-dir is the project's specs/)",
    )
    p.add_argument("--overrides", type=Path, default=overrides_default)
    p.set_defaults(func=_pull)

    sp = sub.add_parser("ship-pin", help="write the pin shipped in the package (provena/_pin/data) from specs/")
    sp.add_argument("--specs-dir", type=Path, default=REPO / "specs")
    sp.add_argument("--ship-dir", type=Path, default=ship.PIN_DIR)
    sp.set_defaults(func=_ship)

    g = sub.add_parser("generate", help="generate provena_api_<service> packages from pinned specs (offline)")
    g.add_argument("--specs", type=Path, default=REPO / "specs")
    g.add_argument("--out", type=Path, default=REPO / "generated")
    g.add_argument("--overrides", type=Path, default=overrides_default)
    g.add_argument("--service", action="append", default=[], help="only this service (repeatable)")
    g.add_argument("--keep-normalised", type=Path, metavar="DIR", help="also write the normalised documents here")
    g.set_defaults(func=_generate)

    c = sub.add_parser("check-generated", help="fail if generated/ differs from a fresh generation from specs/")
    c.add_argument("--specs", type=Path, default=REPO / "specs")
    c.add_argument("--generated", type=Path, default=REPO / "generated")
    c.add_argument("--overrides", type=Path, default=overrides_default)
    c.add_argument(
        "--ship-dir",
        type=Path,
        help="also check that the pin shipped in the package matches --specs (default: "
        "provena/_pin/data when --specs is the project's specs/)",
    )
    c.set_defaults(func=_check_generated)

    n = sub.add_parser("normalise", help="write the normalised document for one service (for inspection)")
    n.add_argument("service")
    n.add_argument("-o", "--output", type=Path, required=True)
    n.add_argument("--specs", type=Path, default=REPO / "specs")
    n.add_argument("--overrides", type=Path, default=overrides_default)
    n.set_defaults(func=_normalise)
    t = sub.add_parser("typecheck", help="mypy (strict, see typecheck.py) on the generated packages")
    t.add_argument("--generated", type=Path, default=REPO / "generated")
    t.set_defaults(func=lambda args: typecheck.run(args.generated))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return code
