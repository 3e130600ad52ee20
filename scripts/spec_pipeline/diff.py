"""The drift summary lives in the installed package (provena._pin.diff) so an installed client prints the same
report as `nox -s specs -- --check`; this module keeps the pipeline's import path."""

from provena._pin.diff import summarise

__all__ = ["summarise"]
