"""`provena.models`: the documented type names, bound lazily to the generated classes and used by the facade."""

from __future__ import annotations

import inspect
import json
import re
import subprocess
import sys

import httpx
import pytest

from .conftest import REPO, RST

# Names in the reference's signatures that are typing helpers or type variables, not models.
NOT_MODELS = {"Optional", "Type", "None", "BaseModelType", "ByteString"}


def _documented_type_names() -> set[str]:
    names: set[str] = set()
    for line in RST.read_text(encoding="utf-8").splitlines():
        m = re.match(r"\s+\.\. py:method:: ([a-z]\w*)\((.*)\)(?: -> (.*))?$", line)
        if m:
            text = f"{m.group(2)} {m.group(3) or ''}"
            names |= {t.split(".")[-1] for t in re.findall(r"[A-Za-z_][\w.]*", text) if t.split(".")[-1][0].isupper()}
    return names


@pytest.mark.skipif(not RST.exists(), reason="../shared/seed/provenaclient.clients.rst.txt is absent")
def test_every_documented_type_name_is_importable(generated_dir: object) -> None:
    import provena.models

    names = _documented_type_names() - NOT_MODELS
    assert {"CollectionFormat", "NoFilterSubtypeListRequest", "VersionRequest", "ItemSubType"} <= names
    missing = sorted(n for n in names if n not in provena.models.__all__)
    assert not missing, f"documented types missing from provena.models: {missing}"
    for name in names:
        assert getattr(provena.models, name) is not None


def test_every_name_resolves_to_a_generated_class(generated_dir: object) -> None:
    import enum

    import provena.models as models

    for name, (service, generated) in models.MODELS.items():
        cls = getattr(models, name)
        assert cls.__name__ == generated, name
        assert cls.__module__.startswith("provena_api_" + service.replace("-", "_")), name
        assert (callable(getattr(cls, "from_dict", None)) and callable(getattr(cls, "to_dict", None))) or issubclass(
            cls, enum.Enum
        ), name
    assert models.CollectionFormat.__name__ == "DatasetMetadata"
    assert models.Handle == dict[str, object] or models.Handle.__origin__ is dict
    assert models.PersonDomainInfo in models.DomainInfoBase.__args__
    assert models.registry.PersonDomainInfo is models.PersonDomainInfo
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel


def test_importing_models_loads_no_generated_package() -> None:
    code = "import sys, provena.models; print(sorted(m for m in sys.modules if m.startswith('provena_api')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO)
    assert json.loads(out.stdout.replace("'", '"')) == []


def _facade_annotation_names() -> set[str]:
    import provena.clients

    names: set[str] = set()
    for cls_name in ("DatastoreClient", "AuthClient", "RegistryClient", "ProvClient", "SearchClient", "JobAPIClient",
                     "IdServiceClient"):  # fmt: skip
        cls = getattr(provena.clients, cls_name)
        for attr in dir(cls):
            fn = getattr(cls, attr)
            if getattr(fn, "__wrapped_operation__", None) is None:
                continue
            sig = inspect.signature(fn)
            for text in [str(p.annotation) for p in sig.parameters.values()] + [str(sig.return_annotation)]:
                names |= {m for m in re.findall(r"\b[A-Z]\w+", text)}
    return names


def test_the_facade_annotations_use_the_documented_names(generated_dir: object) -> None:
    import provena.models

    names = _facade_annotation_names()
    for expected in ("CollectionFormat", "NoFilterSubtypeListRequest", "VersionRequest", "DomainInfoBase",
                     "ItemSubType", "Handle", "GetJobResponse", "HealthCheckResponse"):  # fmt: skip
        assert expected in names, expected
    # every model named in a documented client's signature can be imported from provena.models
    helpers = {"Input", "JSON", "Any", "Mapping", "RawResponse"}
    model_like = {n for n in names if n.endswith(("Request", "Response", "Format", "Record", "Results", "Settings"))}
    assert model_like - helpers - set(provena.models.__all__) == {n for n in model_like if n.startswith("Any")}


def test_a_request_from_the_class_and_from_a_dict_send_the_same_body(generated_dir: object) -> None:
    import provena.sync
    from provena import Config, Transport
    from provena.models import VersionRequest

    bodies: list[object] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(200, json={"new_version_id": "10378.1/2", "version_job_session_id": "s",
                                         "status": {"success": True, "details": "ok"}})  # fmt: skip

    transport = Transport(Config("example.org", "realm"), transport=httpx.MockTransport(handler))
    datastore = provena.sync.DatastoreClient(transport=transport)
    datastore.version_dataset(VersionRequest(id="10378.1/1", reason="new data"))
    datastore.version_dataset({"id": "10378.1/1", "reason": "new data"})
    assert bodies == [{"id": "10378.1/1", "reason": "new data"}] * 2
    with pytest.raises(TypeError, match="reason"):
        datastore.version_dataset({"id": "10378.1/1"})
    assert len(bodies) == 2  # the bad request was refused before anything was sent
