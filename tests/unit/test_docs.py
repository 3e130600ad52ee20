"""The docs site's sources agree with the code (the build itself is `nox -s docs`, warnings as errors)."""

from __future__ import annotations

import re
import tomllib

from tests._generated import REPO

DOCS = REPO / "docs"


def _nav_pages() -> list[str]:
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text[text.index("\nnav:") :]
    return re.findall(r":\s*([\w/.-]+\.md)\s*$", nav, re.M)


def test_every_nav_page_exists_and_every_page_is_in_the_nav() -> None:
    pages = _nav_pages()
    assert len(pages) >= 18
    assert [p for p in pages if not (DOCS / p).is_file()] == []
    on_disk = {str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md")}
    assert on_disk - set(pages) == set()


def test_the_models_page_lists_every_documented_name() -> None:
    import provena.models

    page = (DOCS / "reference" / "models.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(\w+)` \|", page, re.M))
    expected = set(provena.models.MODELS) | set(provena.models.JSON_NAMES) | {"DomainInfoBase"}
    assert listed == expected


def test_the_reference_covers_the_seven_clients_in_both_modes() -> None:
    for mode in ("clients", "sync"):
        page = (DOCS / "reference" / f"{mode}.md").read_text(encoding="utf-8")
        for name in ("DatastoreClient", "SearchClient", "AuthClient", "ProvClient", "RegistryClient", "JobAPIClient",
                     "IdServiceClient"):  # fmt: skip
            assert f"::: provena.{mode}.{name}\n" in page, (mode, name)


def test_the_guides_name_what_the_package_declares() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    installing = (DOCS / "guides" / "installing.md").read_text(encoding="utf-8")
    assert f"pip install {project['name']}" in installing and "import provena" in installing
    for extra in project["optional-dependencies"]:
        if extra != "test":  # the project's own test tools, not a user-facing extra
            assert f"`{extra}`" in installing, extra
    minting = (DOCS / "guides" / "registering-and-minting.md").read_text(encoding="utf-8")
    assert "post_link_assign" in minting and "ethics_approved" in minting
    testing = (DOCS / "guides" / "testing.md").read_text(encoding="utf-8")
    included = re.findall(r'--8<-- "([^"]+)"', testing)
    assert included == ["docs/examples/test_pipeline.py"] and (REPO / included[0]).is_file()
