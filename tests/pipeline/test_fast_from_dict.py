"""The faster `from_dict` of scripts/spec_pipeline/templates/ parses exactly like the generator's own templates.

One small document covers the shapes those templates change (nested models, unions, enums, consts, lists,
dates, additional properties, empty and recursive models). It is generated twice, with our templates and with
none (the generator's stock output), and every model of both trees parses the same corpus of payloads: valid
ones and mutations of them. The two trees must agree on every outcome. Each tree runs in its own interpreter,
because both packages are called `provena_api_search`.
"""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from scripts.spec_pipeline import generate
from scripts.spec_pipeline.services import BY_NAME

from .conftest import OVERRIDES, write_specs

SEARCH = BY_NAME["search"]
MODELS = Path("provena_api_search") / "models"
TOP_REQUIRED = [
    "id", "child", "kind", "created", "seed", "either", "scalar", "maybe_child", "tags", "node", "labels", "members",
]  # fmt: skip


def _object(required: list[str], **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    # OpenAPI 3.0 spelling; a `$ref` cannot carry `nullable` itself, so it goes in a one-branch anyOf.
    return {"anyOf": [schema], "nullable": True} if "$ref" in schema else {**schema, "nullable": True}


def shapes_doc() -> dict[str, Any]:
    """One operation returning `Top`, which reaches every other schema. Optional properties become nullable in
    normalisation (as for the real services), so each optional property is a union with None and Unset."""
    child, other, strings = _ref("Child"), _ref("Other"), {"type": "array", "items": {"type": "string"}}
    top = _object(
        TOP_REQUIRED,
        id={"type": "string"},
        child=child,
        kind=_ref("Kind"),
        created={"type": "string", "format": "date-time"},
        seed={"type": "string", "const": "SEED_ITEM"},
        either={"anyOf": [child, other]},
        scalar={"anyOf": [{"type": "string"}, {"type": "integer"}]},
        maybe_child=_nullable(child),  # required, so `Child | None`
        tags=_nullable(strings),  # required `list[str] | None`
        node=_ref("Node"),
        labels=strings,  # required lists: no union around them
        members={"type": "array", "items": child},
        opt_child=child,
        opt_either={"anyOf": [other, child]},
        opt_kind=_ref("Kind"),
        level=_ref("Level"),
        kind_or_int={"anyOf": [_ref("Kind"), {"type": "integer"}]},
        str_or_child={"anyOf": [{"type": "string"}, child]},  # unparsed branch first: the model is guarded
        child_or_str={"anyOf": [child, {"type": "string"}]},
        children={"type": "array", "items": child},
        opt_tags=strings,
        mixed_list={"type": "array", "items": {"anyOf": [child, other, {"type": "integer"}]}},
        day={"type": "string", "format": "date"},
        stamp={"type": "string", "format": "date-time"},
        tag={"type": "string", "const": "TAG", "default": "TAG"},
        registry=_ref("Registry"),
        child_map=_ref("ChildMap"),
        maybe_map=_ref("MaybeChildMap"),
        bag=_ref("Bag"),
        strict=_ref("Strict"),
        empty=_ref("Empty"),
        nothing=_ref("Nothing"),
    )
    schemas = {
        "Top": top,
        "Child": _object(["name"], name={"type": "string"}, age={"type": "integer"}),
        "Other": _object(["code"], code={"type": "integer"}, note={"type": "string"}),
        "Kind": {"type": "string", "enum": ["alpha", "beta"]},
        "Level": {"type": "integer", "enum": [1, 2, 3]},
        "Node": _object(
            ["id"], id={"type": "string"}, children={"type": "array", "items": _ref("Node")}, parent=_ref("Node")
        ),
        "Registry": {**_object(["count"], count={"type": "integer"}), "additionalProperties": child},
        "ChildMap": {"type": "object", "additionalProperties": child},  # no properties: every key is a Child
        "MaybeChildMap": {"type": "object", "additionalProperties": _nullable(child)},
        "Bag": {**_object([], name={"type": "string"}), "additionalProperties": True},
        "Strict": {**_object(["x"], x={"type": "integer"}), "additionalProperties": False},
        "Empty": {"type": "object"},  # no properties, any additional properties
        "Nothing": {"type": "object", "properties": {}, "additionalProperties": False},
    }
    response = {"200": {"description": "ok", "content": {"application/json": {"schema": _ref("Top")}}}}
    return {
        "openapi": "3.0.2",
        "info": {"title": "FastAPI", "version": "0.1.0"},
        "paths": {"/top": {"get": {"operationId": "get_top", "responses": response}}},
        "components": {"schemas": schemas},
    }


@pytest.fixture(scope="module")
def trees(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """`custom`: generated with our templates; `stock`: with an empty template dir, i.e. the generator's own."""
    out = {}
    for name in ("custom", "stock"):
        root = tmp_path_factory.mktemp(name)  # separate roots: generate() stages next to its out dir
        specs = write_specs(root / "specs", {SEARCH.name: shapes_doc()})
        with pytest.MonkeyPatch.context() as mp:
            if name == "stock":  # an empty --custom-template-path: the generator uses its own for every file
                (root / "no-templates").mkdir()
                mp.setattr(generate, "TEMPLATES", root / "no-templates")
            generate.generate(specs, root / "generated", OVERRIDES.with_name("none.toml"), [SEARCH])
        out[name] = root / "generated"
    return out


# --- the corpus -------------------------------------------------------------------------------------------

CHILD = {"name": "c", "age": 3}
OTHER = {"code": 7, "note": "n"}
NODE = {"id": "root", "children": [{"id": "leaf", "children": []}], "parent": {"id": "up", "parent": None}}
TOP = {
    "id": "t",
    "child": CHILD,
    "kind": "alpha",
    "created": "2024-01-02T03:04:05Z",
    "seed": "SEED_ITEM",
    "either": OTHER,
    "scalar": 5,
    "maybe_child": None,
    "tags": ["a", "b"],
    "node": NODE,
    "labels": ["l"],
    "members": [CHILD],
    "opt_child": {"name": "o"},
    "opt_either": CHILD,
    "opt_kind": "beta",
    "level": 2,
    "kind_or_int": 4,
    "str_or_child": CHILD,
    "child_or_str": "s",
    "children": [CHILD, {"name": "d"}],
    "opt_tags": None,
    "mixed_list": [CHILD, OTHER, 9],
    "day": "2024-01-02",
    "stamp": "2024-01-02T03:04:05+10:00",
    "tag": "TAG",
    "registry": {"count": 1, "first": CHILD, "second": {"name": "s"}},
    "child_map": {"a": CHILD, "b": {"name": "b"}},
    "maybe_map": {"a": CHILD, "b": None},
    "bag": {"name": "b", "z": 1, "a": [1]},
    "strict": {"x": 1},
    "empty": {"anything": True},
    "nothing": {},
}
# Other valid values per key of TOP, for the branches TOP itself does not take.
ALTERNATIVES: dict[str, list[Any]] = {
    "kind": ["beta"],
    "either": [CHILD, {"name": "both", "code": 1}],
    "scalar": ["five"],
    "maybe_child": [CHILD],
    "tags": [None, []],
    "opt_either": [OTHER],
    "kind_or_int": ["alpha"],
    "str_or_child": ["s"],
    "child_or_str": [CHILD],
    "opt_tags": [["x"]],
    "mixed_list": [[]],
    "level": [1, 3],
}
# Wrong (or differently right) values put in every position: wrong types, an unknown enum value, bad dates,
# and a list of pairs, which `dict()` would accept as a mapping.
REPLACEMENTS: list[Any] = [
    None, [], [["name", "n"]], ["x"], "", "x", "gamma", "2024-13-45", "2024-01-02", 0, 7, 2.5, True, {},
    {"name": "n"}, {"code": 1}, {"id": "i"},
]  # fmt: skip
NOT_OBJECTS: list[Any] = [None, [], [["id", "t"]], ["x"], "", "x", 0, 2.5, True]


def _positions(value: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Every (path, container) below `value`: the containers whose items the mutations change."""
    if isinstance(value, dict | list):
        yield path, value
        for key, item in value.items() if isinstance(value, dict) else enumerate(value):
            yield from _positions(item, (*path, key))


def _at(payload: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        payload = payload[key]
    return payload


def _mutations(valid: dict[str, Any]) -> Iterator[Any]:
    for path, container in list(_positions(valid)):
        keys = list(container) if isinstance(container, dict) else range(len(container))
        for key in keys:
            for replacement in REPLACEMENTS:
                changed = copy.deepcopy(valid)
                _at(changed, path)[key] = copy.deepcopy(replacement)
                yield changed
            if isinstance(container, dict):
                dropped = copy.deepcopy(valid)
                del _at(dropped, path)[key]
                yield dropped
        if isinstance(container, dict):
            extra = copy.deepcopy(valid)
            _at(extra, path)["unexpected"] = {"k": [1]}
            yield extra


def corpus() -> list[Any]:
    valid = [TOP, {k: TOP[k] for k in TOP_REQUIRED}, {k: (v if k in TOP_REQUIRED else None) for k, v in TOP.items()}]
    valid += [{**TOP, key: value} for key, values in ALTERNATIVES.items() for value in values]
    payloads: list[Any] = [*valid, *NOT_OBJECTS]
    payloads += [c for _, c in _positions(TOP) if isinstance(c, dict)]  # every nested object on its own too
    payloads += [m for v in valid[:3] for m in _mutations(v)]
    unique = {json.dumps(p): p for p in payloads}  # key order kept in the key: it matters to additional_properties
    return list(unique.values())


# Parses every payload with every model class; prints, per model, one [outcome, input unchanged] per payload.
# Outcome: for a success the repr (addresses removed: Unset's repr has one) and the JSON of to_dict(); for a
# failure only whether it is one of the four exceptions the facade wraps. The exception type is not compared:
# for a non-object payload the stock `dict(src_dict)` raises ValueError or TypeError where reading the payload
# in place raises TypeError or AttributeError, and the facade treats all four alike.
PARSE_ALL = """
    import copy, importlib, json, re, sys
    import attrs
    models = importlib.import_module("provena_api_search.models")
    payloads = json.load(sys.stdin)
    address = re.compile(r" at 0x[0-9a-fA-F]+")
    expected = (KeyError, TypeError, ValueError, AttributeError)
    result = {}

    def _methods(cls, obj, payload, previous):
        # What attrs' own __eq__, __ne__, __hash__ and introspection give (the custom models write out
        # __repr__, __eq__ and __ne__ instead of letting attrs compile them).
        again = cls.from_dict(payload)
        try:
            hashable = hash(obj) is not None
        except TypeError:
            hashable = False
        return [obj == again, obj != again, obj.__eq__(object()) is NotImplemented, obj.__ne__(None) is NotImplemented,
                None if previous is None else [obj == previous, obj != previous], hashable,
                address.sub("", json.dumps(attrs.asdict(obj), sort_keys=True, default=repr)),
                attrs.evolve(obj) == obj, [f.name for f in attrs.fields(cls)]]

    for name in sorted(models.__all__):
        cls = getattr(models, name)
        if not hasattr(cls, "from_dict"):
            continue  # an enum
        rows, previous = [], None
        for payload in payloads:
            before = copy.deepcopy(payload)
            try:
                obj = cls.from_dict(payload)
            except Exception as exc:
                outcome = ["error", isinstance(exc, expected)]
            else:
                try:
                    dumped = json.dumps(obj.to_dict(), sort_keys=True, default=str)
                except Exception as exc:
                    dumped = f"to_dict raised {type(exc).__name__}"
                outcome = ["ok", address.sub("", repr(obj)), dumped, _methods(cls, obj, payload, previous)]
                previous = obj
            rows.append([outcome, payload == before])
        result[name] = rows
    print(json.dumps(result))
"""


def _run(path: Path, code: str, stdin: str = "") -> Any:
    """Run `code` in a fresh interpreter with `path` first on sys.path; it prints one JSON value."""
    proc = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], input=stdin, capture_output=True,
                          text=True, env={"PYTHONPATH": str(path)}, cwd=path, timeout=120)  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def outcomes(trees: dict[str, Path]) -> tuple[list[Any], dict[str, dict[str, list[Any]]]]:
    payloads = corpus()
    stdin = json.dumps(payloads)
    return payloads, {name: _run(tree, PARSE_ALL, stdin) for name, tree in trees.items()}


def _difference(model: str, payload: Any, stock: list[Any], custom: list[Any]) -> str:
    shown = json.dumps(payload)
    if stock[0] == custom[0] == "ok" and stock[1] != custom[1]:  # point at the first differing field
        pairs = enumerate(zip(stock[1], custom[1], strict=False))
        at = next((i for i, (a, b) in pairs if a != b), min(len(stock[1]), len(custom[1])))
        stock, custom = (
            [f"...{stock[1][max(at - 60, 0) : at + 60]}..."],
            [f"...{custom[1][max(at - 60, 0) : at + 60]}..."],
        )
    return f"{model}.from_dict({shown[:200]}{'...' if len(shown) > 200 else ''}):\n  stock  {stock}\n  custom {custom}"


def test_custom_templates_parse_exactly_like_the_stock_ones(outcomes: Any) -> None:
    payloads, by_tree = outcomes
    custom, stock = by_tree["custom"], by_tree["stock"]
    assert sorted(custom) == sorted(stock) and len(custom) == 11  # the models of shapes_doc()
    differences = [
        _difference(model, payloads[i], s[0], c[0])
        for model in stock
        for i, (s, c) in enumerate(zip(stock[model], custom[model], strict=True))
        if s[0] != c[0]
    ]
    assert not differences, f"{len(differences)} differences, the first ones:\n" + "\n".join(differences[:12])
    # The corpus takes every model both ways (only `Nothing`, which reads nothing, never fails), or agreeing
    # would prove little.
    for model, rows in stock.items():
        assert {row[0][0] for row in rows} == ({"ok"} if model == "Nothing" else {"ok", "error"}), model


def test_errors_are_the_ones_the_facade_wraps_and_inputs_are_untouched(outcomes: Any) -> None:
    payloads, by_tree = outcomes
    for tree, results in by_tree.items():
        for model, rows in results.items():
            for payload, (outcome, unchanged) in zip(payloads, rows, strict=True):
                assert outcome[0] == "ok" or outcome[1] is True, (tree, model, payload)
                assert unchanged, (tree, model, payload)


def test_unknown_enum_value_is_a_value_error_naming_it(trees: dict[str, Path]) -> None:
    result = _run(trees["custom"], f"""
        import json
        from provena_api_search.models import Kind, Top
        messages = []
        for payload in [{{**{TOP!r}, "kind": "gamma"}}]:
            try:
                Top.from_dict(payload)
            except ValueError as exc:
                messages.append(str(exc))
        for value in ["gamma", ["unhashable"]]:
            try:
                Kind._parse(value)
            except ValueError as exc:
                messages.append(str(exc))
        print(json.dumps({{"messages": messages, "known": Kind._parse("beta") is Kind.BETA}}))
    """)  # fmt: skip
    assert result["known"] is True
    assert len(result["messages"]) == 3
    assert "'gamma'" in result["messages"][0] and "Kind" in result["messages"][0]
    assert "'gamma'" in result["messages"][1] and "['unhashable']" in result["messages"][2]


def test_additional_properties_keep_the_payload_order(trees: dict[str, Path]) -> None:
    result = _run(trees["custom"], f"""
        import json
        from provena_api_search.models import Bag, ChildMap, Registry, Top
        child = {CHILD!r}
        print(json.dumps([
            Bag.from_dict({{"z": 1, "name": "n", "a": 2, "m": 3}}).additional_keys,
            Registry.from_dict({{"b": child, "count": 1, "a": child}}).additional_keys,
            ChildMap.from_dict({{"z": child, "a": child}}).additional_keys,
            Top.from_dict({{"zz": 0, **{TOP!r}, "aa": 1}}).additional_keys,
        ]))
    """)  # fmt: skip
    assert result == [["z", "a", "m"], ["b", "a"], ["z", "a"], ["zz", "aa"]]


def test_generated_models_have_no_closures_or_copies(trees: dict[str, Path]) -> None:
    """The stock tree has both (so this check can fail); ours has neither, and every enum it parses with
    `._parse(...)` defines `_parse`."""
    sources = {
        name: {p.stem: p.read_text("utf-8") for p in (tree / MODELS).glob("*.py")} for name, tree in trees.items()
    }
    for marker in ("def _parse_", "d = dict(src_dict)"):
        assert any(marker in text for text in sources["stock"].values()), marker
        assert [m for m, text in sources["custom"].items() if marker in text] == [], marker
    custom = sources["custom"]
    parsed_with = set(re.findall(r"\b([A-Z]\w*)\._parse\(", "".join(custom.values())))
    assert {"Kind", "Level"} <= parsed_with
    defined_in = {c: text for text in custom.values() for c in re.findall(r"^class (\w+)\(", text, re.M)}
    without = [e for e in sorted(parsed_with) if "def _parse(" not in defined_in[e]]
    assert without == [], f"from_dict calls `._parse` of {without}, whose modules define no `_parse`"


def test_repr_of_a_model_inside_itself_is_attrs_own(trees: dict[str, Path]) -> None:
    """A model met again inside its own repr shows as `...`, in both trees, on the same thread only."""
    code = """
        import json, threading
        from provena_api_search.models import Node
        from provena_api_search.types import File, Response
        node = Node.from_dict({"id": "a", "children": []})
        node.children.append(node)
        node.parent = node
        shown = []
        worker = threading.Thread(target=lambda: shown.append(repr(node)))
        worker.start(); worker.join()
        upload = File(payload=b"x", file_name="f")
        reply = Response(status_code=200, content=b"", headers={}, parsed=node)
        print(json.dumps([repr(node), shown[0], repr(upload), repr(reply), upload == File(payload=b"x", file_name="f"),
                          reply != Response(status_code=200, content=b"", headers={}, parsed=None)]))
    """
    stock, custom = (_run(trees[name], code) for name in ("stock", "custom"))
    assert custom == stock
    assert custom[0] == custom[1] and "children=[...]" in custom[0] and "parent=..." in custom[0]


def test_a_subclass_is_built_through_its_own_init(trees: dict[str, Path]) -> None:
    """from_dict stores fields itself only for the generated class; a subclass's __init__ still runs."""
    result = _run(trees["custom"], f"""
        import json
        from provena_api_search.models import Child

        class Traced(Child):
            def __init__(self, **kwargs):
                super().__init__(**kwargs)
                self.seen = sorted(kwargs)

        plain = Child.from_dict({CHILD!r})
        traced = Traced.from_dict({{**{CHILD!r}, "extra": 1}})
        print(json.dumps({{"plain": type(plain).__name__, "traced": type(traced).__name__, "seen": traced.seen,
                           "same": traced.to_dict() == {{**plain.to_dict(), "extra": 1}}}}))
    """)  # fmt: skip
    assert result["plain"] == "Child" and result["traced"] == "Traced"
    assert result["seen"] and result["same"] is True
