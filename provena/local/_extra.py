"""Telling a user who runs the stack without the `local` extra what to install, in one line.

Only the entry points use this (`python -m provena.local`, `provena-local`, the `provena.testing` plugin); a
missing module that is not one of the extra's is a real bug and is raised as is.
"""

from __future__ import annotations

INSTALL = "pip install 'provena-sdk[local]'"

# Top-level import names the `local` extra brings (its requirements and what they pull in).
EXTRA_MODULES = frozenset(
    {
        "ProvenaInterfaces", "fastapi", "starlette", "pydantic", "pydantic_core", "uvicorn", "h11", "jwt",
        "cryptography", "multipart", "python_multipart", "moto", "werkzeug", "flask", "boto3", "botocore",
        "s3transfer", "docx", "lxml", "yaml", "jinja2", "xmltodict", "responses",
    }
)  # fmt: skip


def missing_extra(exc: BaseException) -> str | None:
    """The one-line message for an import error caused by the missing extra, or None when it is something else."""
    if not isinstance(exc, ModuleNotFoundError) or not exc.name:
        return None
    top = exc.name.split(".")[0]
    if top not in EXTRA_MODULES:
        return None
    return f"the local Provena stack needs the 'local' extra (module {top!r} is missing): {INSTALL}"
