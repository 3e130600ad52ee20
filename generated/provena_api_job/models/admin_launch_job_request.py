from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.job_sub_type import JobSubType
from ..models.job_type import JobType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminLaunchJobRequest")


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
        d = dict(src_dict)
        job_type = JobType(d.pop("job_type"))

        job_sub_type = JobSubType(d.pop("job_sub_type"))

        job_payload = AdminLaunchJobRequestJobPayload.from_dict(d.pop("job_payload"))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_request_batch_id(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        request_batch_id = _parse_request_batch_id(d.pop("request_batch_id", UNSET))

        def _parse_add_to_batch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        add_to_batch = _parse_add_to_batch(d.pop("add_to_batch", UNSET))

        admin_launch_job_request = cls(
            job_type=job_type,
            job_sub_type=job_sub_type,
            job_payload=job_payload,
            username=username,
            request_batch_id=request_batch_id,
            add_to_batch=add_to_batch,
        )

        admin_launch_job_request.additional_properties = d
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
