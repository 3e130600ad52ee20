"""`provena.sync.ProvenaClient`: the same modules as `provena.ProvenaClient`, synchronous."""

from __future__ import annotations

from .._client import ProvenaClientOps
from .._operation import SyncAPI
from . import modules as _modules

__all__ = ["ProvenaClient"]

_ = _modules  # registers the sync module classes the attributes resolve to


class ProvenaClient(ProvenaClientOps, SyncAPI):
    """Sync Provena client: `client.datastore.fetch_dataset(id)`; `with` closes the connections."""
