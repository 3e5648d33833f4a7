"""The one reader of Concord's packaged JSON data files.

Word lists, rules and tables live in ``data/`` folders beside the code that reads
them (``concord/data``, ``concord/clean/data``, ``concord/extract/data``,
``concord/kb/data``). They are read through `importlib.resources`, so an installed
Concord finds them as well as a checkout, and each is parsed once per process:
many steps share a file (the event words serve events, dates, visits and flags).
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from concord.errors import ConfigError

__all__ = ["load_json"]


@lru_cache(maxsize=None)
def load_json(package: str, name: str) -> Any:
    """The parsed file ``data/<name>`` of `package` ("concord.extract", "dates_words.json").

    The result is cached and shared by every caller: read it, never modify it.
    Raises `ConfigError` naming the file when it is missing or not valid JSON.
    """
    path = resources.files(package).joinpath("data", name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"data file {path} is missing; reinstall Concord") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read data file {path}: {exc}; reinstall Concord") from exc
    try:
        return json.loads(text)
    except ValueError as exc:
        raise ConfigError(f"data file {path} is not valid JSON ({exc}); fix the file or "
                          f"reinstall Concord") from exc
