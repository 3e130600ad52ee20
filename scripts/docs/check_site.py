"""After `mkdocs build`: every method the facade classes get from the op tables has its entry in the reference.

    python -m scripts.docs.check_site site

Reads the `::: module.Class` directives of the reference pages and, for each class, checks that the built page
has the anchor of every table method (`id="provena.clients.DatastoreClient.fetch_dataset"`). Exits 1 and names
what is missing otherwise; a method that griffe stopped seeing would otherwise vanish from the site silently.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PAGES = ("clients", "sync", "provena-client")


def table_methods(cls: type) -> list[str]:
    return [n for n in dir(cls) if not n.startswith("_") and getattr(getattr(cls, n), "__wrapped_operation__", None)]


def check(site: Path) -> list[str]:
    problems: list[str] = []
    checked = 0
    for page in PAGES:
        source = (ROOT / "docs" / "reference" / f"{page}.md").read_text(encoding="utf-8")
        html = (site / "reference" / page / "index.html").read_text(encoding="utf-8")
        anchors = set(re.findall(r'id="([\w.]+)"', html))
        for path in re.findall(r"^::: ([\w.]+)$", source, re.M):
            module_name, _, class_name = path.rpartition(".")
            cls = getattr(importlib.import_module(module_name), class_name)
            if not isinstance(cls, type):
                continue
            for name in table_methods(cls):  # ProvenaClient has none: its modules are attributes
                checked += 1
                if f"{path}.{name}" not in anchors:
                    problems.append(f"{page}.md: {path}.{name} is not in the built page")
    print(f"{checked} table methods checked")
    if checked < 300:
        problems.append(f"only {checked} methods checked; the reference pages lost their classes")
    return problems


def main(argv: list[str]) -> int:
    site = Path(argv[0] if argv else "site")
    problems = check(site)
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"reference complete: every table method of the classes in {', '.join(PAGES)} is documented")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
