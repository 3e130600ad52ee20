"""A researcher's day with Provena, end to end, against a fresh local stack (`nox -s demo`).

    python -m scripts.demo [--out demo-output]

Starts `python -m provena.local serve --memory` in a subprocess (stopped at the end, also on errors and
Ctrl-C), then: device login; an organisation, a person, a model and a workflow template; two input datasets
with files in S3; a model run producing an output dataset; lineage upstream and downstream; a lineage picture
(SVG + DOT) and the provenance report (.docx) in the output folder; a summary. The creating steps use the async
facade (`provena.ProvenaClient`), the reading steps the sync one (`provena.sync.ProvenaClient`).

Exit status: 0 when every step passed, 1 when one failed (the message says which and why), 130 on Ctrl-C.
No token or S3 key is printed: tokens live in a 0600 file in a temporary directory, deleted at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

import provena
import provena.sync

from .demo_steps import explore, outputs, workflow
from .demo_steps.progress import Progress, StepFailed, describe
from .demo_steps.stack import StackError, local_stack
from .demo_steps.workflow import DemoState

DEVICE_POLLS = 2  # the local stack approves the device login by itself after this many polls
DEVICE_POLL_INTERVAL_S = 0.5
STEPS = 7


def _use_checkout_generated() -> None:
    """Run from a source checkout that was not pip-installed (`nox -s demo` installs it): the generated
    packages then live in the repo's generated/ folder, which an install would have put on the path."""
    if importlib.util.find_spec("provena_api_auth") is None:
        generated = Path(__file__).resolve().parents[1] / "generated"
        if (generated / "provena_api_auth").is_dir():
            sys.path.insert(0, str(generated))


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m scripts.demo", description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path("demo-output"),
                        help="folder for lineage.svg, lineage.dot and report.docx (default: %(default)s)")  # fmt: skip
    return parser.parse_args(argv)


def _prompt(progress: Progress) -> provena.DevicePrompt:
    def show(verification_uri_complete: str, user_code: str) -> None:
        progress.say(f"to log in, open {verification_uri_complete}")
        progress.say(f"and check that it shows the code {user_code}")
        progress.say(f"(the local stack approves by itself after {DEVICE_POLLS} polls; polling every "
                     f"{DEVICE_POLL_INTERVAL_S} s)")  # fmt: skip

    return show


def _run(config: provena.Config, workdir: Path, out: Path, progress: Progress) -> DemoState:
    state = DemoState()
    # A token store of its own in the temp dir: the user's real one (~/.config/provena/tokens) is not touched.
    auth = provena.DeviceFlow(
        config, prompt=_prompt(progress), token_store=provena.FileTokenStore(workdir / "tokens" / "demo.json"),
        poll_interval=DEVICE_POLL_INTERVAL_S, timeout=60,
    )  # fmt: skip

    async def create() -> None:
        async with provena.ProvenaClient(auth, config) as client:
            with progress.step("Device login", facade="async"):
                await workflow.login(client, auth, progress)
            with progress.step("Organisation, person (linked to the user), model, workflow template", facade="async"):
                await workflow.create_registry_items(client, state, progress)
            with progress.step("Two input datasets: mint, upload files, S3 round trip", facade="async"):
                await workflow.mint_and_upload(client, state, progress, workdir / "files")
            with progress.step("Model run: mint the output, register the run, wait for its job", facade="async"):
                await workflow.register_model_run(client, state, progress)

    asyncio.run(create())

    with provena.sync.ProvenaClient(auth, config) as sync_client, \
            progress.step("Fetch, search, and explore lineage (depth 3)", facade="sync"):  # fmt: skip
        explore.fetch_and_search(sync_client, state, progress)
        graph = explore.explore_lineage(sync_client, state, progress)

    async def report(path: Path) -> int:
        async with provena.ProvenaClient(auth, config) as client:
            return await workflow.generate_report(client, state, progress, path)

    with progress.step("Lineage picture (pure-Python SVG + DOT) and the .docx report", facade="async"):
        svg, dot = outputs.write_pictures(graph, state.names, out, "Coral bleaching run 2024-01: lineage")
        drawn = outputs.check_svg(svg, state.counts["lineage_nodes"])
        progress.say(f"wrote {svg} ({drawn} nodes, {state.counts['lineage_edges']} edges; valid SVG) and {dot}")
        docx = out / "report.docx"
        asyncio.run(report(docx))
        paragraphs = outputs.check_docx(docx)
        progress.say(f"wrote {docx} ({docx.stat().st_size} bytes; opens as a Word document, {paragraphs} paragraphs)")
        state.outputs.update(svg=svg, dot=dot, report=docx)
    return state


def _summary(state: DemoState, progress: Progress, total_s: float) -> None:
    with progress.step("Summary", facade="none"):
        width = max(len(role) for role in state.ids)
        for role, item_id in state.ids.items():
            progress.say(f"{role:<{width}}  {item_id}  {state.names[item_id]}")
        c = state.counts
        progress.say(f"files uploaded: {c['files_uploaded']}; search hits for 'coral': {c['search_hits']}")
        progress.say(f"lineage: upstream {c['upstream_nodes']} nodes / {c['upstream_edges']} edges, downstream "
                     f"{c['downstream_nodes']} / {c['downstream_edges']}, combined {c['lineage_nodes']} / "
                     f"{c['lineage_edges']}")  # fmt: skip
        for kind, path in state.outputs.items():
            progress.say(f"{kind:<6} {path.resolve()}")
        slowest = max(progress.timings, key=lambda t: t[1])
        progress.say(f"total {total_s:.1f} s (slowest step: {slowest[0]}, {slowest[1]:.2f} s)")


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    _use_checkout_generated()
    out: Path = args.out
    progress = Progress(total=STEPS)
    started = time.monotonic()
    progress.note(f"Provena demo: a researcher's workflow against a fresh local stack (output folder: {out})")
    try:
        with tempfile.TemporaryDirectory(prefix="provena-demo-") as tmp:
            workdir = Path(tmp)
            progress.note("[stack] starting python -m provena.local serve --memory --port 0 ...")
            try:
                with local_stack(workdir, device_polls=DEVICE_POLLS) as stack:
                    progress.note(f"[stack] ready at {stack.base_url} in {stack.seconds:.1f} s "
                                  f"(S3 at {stack.config.get('s3_endpoint')})")  # fmt: skip
                    config = provena.Config.from_file(stack.config_path)
                    state = _run(config, workdir, out, progress)
            finally:
                progress.note("\n[stack] stopped")
        _summary(state, progress, time.monotonic() - started)
    except StackError as exc:
        print(f"\ndemo failed: could not start the local stack: {exc}", file=sys.stderr)
        return 1
    except StepFailed as exc:
        print(f"\ndemo failed at {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("\ndemo interrupted (Ctrl-C); the local stack was stopped", file=sys.stderr)
        return 130
    except Exception as exc:  # outside any step (e.g. the config file): still one clear line, no traceback
        print(f"\ndemo failed: {describe(exc)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
