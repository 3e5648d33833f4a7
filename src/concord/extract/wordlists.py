"""The extraction word lists and rules (src/concord/extract/data/*.json), read once per process.

Several steps share a file (the event words serve events, dates, visits and flags),
so they ask for it here instead of each reading and parsing it again.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=None)
def data_file(name: str) -> Any:
    """The parsed JSON file `name` of the extraction data folder (shared: do not modify)."""
    path = resources.files("concord.extract").joinpath("data", name)
    return json.loads(path.read_text(encoding="utf-8"))
