"""Command line: `python -m scripts.spec_pipeline {pull,generate,check-generated,normalise}`.

The nox sessions call these commands; they work the same without nox.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from . import diff, generate, lock, overrides, sources, typecheck
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
    elif args.export:
        pulled = sources.from_export(cwd=REPO)
    else:
        pulled = sources.from_local_stack(cwd=REPO)

    current = lock.read_lock(specs_dir)
    files = {f"{p.service.name}.json": lock.canonical_bytes(p.doc) for p in pulled}
    drift: dict[str, list[str]] = {}
    for p in pulled:
        digest = lock.sha256(files[f"{p.service.name}.json"])
        entry = current.get(p.service.name)
        if entry is not None and entry.sha256 == digest:
            continue
        pinned_path = specs_dir / f"{p.service.name}.json"
        if entry is None or not pinned_path.exists():
            drift[p.service.name] = ["not pinned yet"]
        else:
            old = json.loads(pinned_path.read_bytes())
            drift[p.service.name] = diff.summarise(old, p.doc) or ["content differs (no API-level change found)"]

    for name, lines in drift.items():
        print(f"== {name}: drift from specs.lock")
        for line in lines:
            print(f"   {line}")

    if args.check:
        if drift:
            print(f"API drift in {len(drift)} service(s): {', '.join(drift)}. Run `nox -s specs` to re-pin.")
            return 1
        print(f"no drift: all {len(pulled)} services match {specs_dir / lock.LOCK_NAME}")
        return 0

    # Stale declared overrides are reported now, at pull time, so they are fixed before `generate` fails on them.
    declared = overrides.load(args.overrides)
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
            entries[p.service.name] = old_entry  # unchanged content: keep the lock line as it was
            continue
        entries[p.service.name] = lock.LockEntry(
            source=p.source,
            fetched_at=now,
            sha256=digest,
            info_version=str(p.doc.get("info", {}).get("version", "")),
            openapi=str(p.doc.get("openapi", "")),
            generator=generate.GENERATOR_PIN,
        )
    files[lock.LOCK_NAME] = lock.lock_bytes(entries)
    lock.write_atomically(specs_dir, files)
    print(f"pinned {len(pulled)} services into {specs_dir} ({len(drift)} changed)")
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
    p.add_argument("--specs-dir", type=Path, default=REPO / "specs")
    p.add_argument("--overrides", type=Path, default=overrides_default)
    p.set_defaults(func=_pull)

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
