"""Every exception Concord raises on purpose.

    ConcordError                 base class: catch this to catch anything of ours
    ├── ConfigError              a setting or config file is wrong
    ├── InputError               one input (file, URL, record) cannot be read
    │   ├── UnsupportedInputError    a format Concord does not read (binary, unknown)
    │   └── EmptyInputError          nothing to read: empty file, HTML with no body
    ├── KnowledgeBaseError       the knowledge base data is invalid or an entity is unknown
    ├── ExtractionError          the extractor failed on a document
    ├── StoreError               the SQLite store cannot be opened, migrated or written
    └── ServeError               the web server or API cannot start

Messages say what was wrong, where (file, line, record) and what to do. The
library raises; only the CLI prints and chooses exit codes.
"""
from __future__ import annotations


class ConcordError(Exception):
    """Base class of all Concord errors."""


class ConfigError(ConcordError):
    """A setting, an option or a config file has a wrong value."""


class InputError(ConcordError):
    """One input cannot be read. `source` names the file or URL, `locator` the
    line or record inside it (e.g. ``line 12``, ``record 3``), when known."""

    def __init__(self, message: str, source: str | None = None, locator: str | None = None):
        self.reason = message
        self.source = source
        self.locator = locator
        where = source or ""
        if locator:
            where = f"{where} ({locator})" if where else locator
        super().__init__(f"{where}: {message}" if where else message)


class UnsupportedInputError(InputError):
    """The input is of a kind Concord does not read (binary data, unknown format)."""


class EmptyInputError(InputError):
    """The input holds nothing to read: an empty file, HTML without a body."""


class KnowledgeBaseError(ConcordError):
    """The knowledge base is invalid, or a name or id is not in it."""


class ExtractionError(ConcordError):
    """Extraction failed on one document."""


class StoreError(ConcordError):
    """The store cannot be opened, migrated or written."""


class ServeError(ConcordError):
    """The web server or REST API cannot start."""
