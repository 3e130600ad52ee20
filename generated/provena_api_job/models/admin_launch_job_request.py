from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_sub_type import JobSubType
from ..models.job_type import JobType
from ..types import UNSET, Unset
from ..types import repr_seen as _repr_seen

T = TypeVar("T", bound="AdminLaunchJobRequest")

# The payload keys from_dict takes as properties; any other key goes to additional_properties.
_PROPERTY_NAMES = frozenset(
    {
        "job_type",
        "job_sub_type",
        "job_payload",
        "username",
        "request_batch_id",
        "add_to_batch",
    }
)


@_attrs_define
class AdminLaunchJobRequest:
    """The package's request with the widened job type enums (same schema name as the reference).

    Attributes:
        job_type (JobType):
        job_sub_type (JobSubType):
        job_payload (AdminLaunchJobRequestJobPayload):
        username (None | str | Unset):
        request_batch_id (bool | None | Unset):  Default: False.
        add_to_batch (None | str | Unset):
    """

    job_type: JobType
    job_sub_type: JobSubType
    job_payload: AdminLaunchJobRequestJobPayload
    username: None | str | Unset = UNSET
    request_batch_id: bool | None | Unset = False
    add_to_batch: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # __repr__, __eq__ and __ne__ are the ones attrs would generate, written out here: attrs leaves methods a
    # class defines itself alone, so importing a model no longer compiles them (about half of attrs' work per
    # class, paid by every first call). tests/pipeline/test_fast_from_dict.py holds them to attrs' own.
    def __repr__(self) -> str:
        seen = _repr_seen()
        if id(self) in seen:
            return "..."
        seen.add(id(self))
        try:
            return f"{self.__class__.__qualname__.rsplit('>.', 1)[-1]}(job_type={self.job_type!r}, job_sub_type={self.job_sub_type!r}, job_payload={self.job_payload!r}, username={self.username!r}, request_batch_id={self.request_batch_id!r}, add_to_batch={self.add_to_batch!r}, additional_properties={self.additional_properties!r})"
        finally:
            seen.discard(id(self))

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (
            self.job_type == other.job_type
            and self.job_sub_type == other.job_sub_type
            and self.job_payload == other.job_payload
            and self.username == other.username
            and self.request_batch_id == other.request_batch_id
            and self.add_to_batch == other.add_to_batch
            and self.additional_properties == other.additional_properties
        )

    def __ne__(self, other: object) -> bool:
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    def to_dict(self) -> dict[str, Any]:
        job_type = self.job_type.value

        job_sub_type = self.job_sub_type.value

        job_payload = self.job_payload.to_dict()

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        request_batch_id: bool | None | Unset
        if isinstance(self.request_batch_id, Unset):
            request_batch_id = UNSET
        else:
            request_batch_id = self.request_batch_id

        add_to_batch: None | str | Unset
        if isinstance(self.add_to_batch, Unset):
            add_to_batch = UNSET
        else:
            add_to_batch = self.add_to_batch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job_type": job_type,
                "job_sub_type": job_sub_type,
                "job_payload": job_payload,
            }
        )
        if username is not UNSET:
            field_dict["username"] = username
        if request_batch_id is not UNSET:
            field_dict["request_batch_id"] = request_batch_id
        if add_to_batch is not UNSET:
            field_dict["add_to_batch"] = add_to_batch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        # Any mapping or iterable of pairs, as the generator's own `dict(src_dict)` takes them.
        if type(src_dict) is not dict:
            src_dict = dict(src_dict)
        job_type = JobType._parse(src_dict["job_type"])

        job_sub_type = JobSubType._parse(src_dict["job_sub_type"])

        job_payload = AdminLaunchJobRequestJobPayload.from_dict(src_dict["job_payload"])

        username = src_dict.get("username", UNSET)

        request_batch_id = src_dict.get("request_batch_id", UNSET)

        add_to_batch = src_dict.get("add_to_batch", UNSET)

        # The keys beyond the declared properties, in their order; most payloads have none, and the subset
        # check finds that without building a dict.
        additional_properties = (
            {}
            if src_dict.keys() <= _PROPERTY_NAMES
            else {k: v for k, v in src_dict.items() if k not in _PROPERTY_NAMES}
        )
        if cls is AdminLaunchJobRequest:
            # attrs' own __init__ only stores each field (and builds an additional_properties dict that would be
            # replaced at once): stored here directly, without its call. A subclass is built through its __init__.
            admin_launch_job_request = object.__new__(cls)
            admin_launch_job_request.job_type = job_type
            admin_launch_job_request.job_sub_type = job_sub_type
            admin_launch_job_request.job_payload = job_payload
            admin_launch_job_request.username = username
            admin_launch_job_request.request_batch_id = request_batch_id
            admin_launch_job_request.add_to_batch = add_to_batch
            admin_launch_job_request.additional_properties = additional_properties
        else:
            admin_launch_job_request = cls(
                job_type=job_type,
                job_sub_type=job_sub_type,
                job_payload=job_payload,
                username=username,
                request_batch_id=request_batch_id,
                add_to_batch=add_to_batch,
            )
            admin_launch_job_request.additional_properties = additional_properties
        return admin_launch_job_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Models that may refer back to this one: imported once the class exists (an import cycle then finds it),
# not inside each method, where every call would pay for the import statement.
from ..models.admin_launch_job_request_job_payload import (
    AdminLaunchJobRequestJobPayload,
)
