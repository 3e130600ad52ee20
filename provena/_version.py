"""The package version, kept in its own tiny module so reading it never imports httpx."""

__version__ = "0.1.0"
