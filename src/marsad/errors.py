"""Errors Marsad raises on purpose. Each names the input it is about."""
from __future__ import annotations


class MarsadError(Exception):
    """Base of Marsad's own errors."""


class InputError(MarsadError):
    """An input that cannot be read as an article: names the input and the reason."""

    def __init__(self, origin: str, reason: str):
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class ResourceError(MarsadError):
    """A bad lexicon or model file: names the file and, where known, the line."""

    def __init__(self, path: str, reason: str, line: int | None = None):
        self.path = path
        self.line = line
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {reason}")


class ConfigError(MarsadError):
    """Bad settings or pipeline composition."""


class StoreError(MarsadError):
    """The store could not be opened or written."""
