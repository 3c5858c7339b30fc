"""asistents: paperwork for Latvian municipal social services (assistant and family assistant)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("asistents")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
