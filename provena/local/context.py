"""What every service of the local stack shares: state, realm, S3 settings and the stack's own URLs."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .realm import Realm
from .state import State

if TYPE_CHECKING:
    from .security import Security


@dataclass
class S3Settings:
    """Where the stack's S3 endpoint lives and the bucket datasets are stored in."""

    endpoint: str
    bucket: str = "provena-local-datastore"
    region: str = "us-east-1"
    # Credentials of the stack itself (moto accepts any); users get scoped temporary ones.
    access_key: str = "local-stack-access-key"
    secret_key: str = "local-stack-secret-key"


@dataclass
class StackContext:
    state: State
    realm: Realm
    s3: S3Settings | None = None
    data_dir: Path | None = None
    # Base URL of each service once served (service name -> URL); empty for export-specs.
    urls: dict[str, str] = field(default_factory=dict)
    # Jobs run in-process; the job service registers how to run each job type here.
    job_runners: dict[str, object] = field(default_factory=dict)

    @property
    def security(self) -> Security:
        from .security import Security

        sec = self.__dict__.get("_security")
        if sec is None:
            sec = Security(self.realm)
            self.__dict__["_security"] = sec
        return sec


def offline_context(seed: int | None = None) -> StackContext:
    """A context for building apps without serving them (export-specs, in-process tests)."""
    state = State(None, seed=seed)
    return StackContext(state=state, realm=Realm(state, "http://localhost/auth/realms/provena"))
