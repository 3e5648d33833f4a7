"""Small hand-written KBs for the kb tests: a few states, an organisation, people with offices."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from concord.kb import load_kb


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


SRC = "https://example.org/source"

TINY = [
    {"id": "Q424", "type": "COUNTRY", "name": "Cambodia", "aliases": ["Kingdom of Cambodia", "Kampuchea"],
     "memberships": [{"of": "org:bloc", "start": "1999-04-30", "source": SRC}]},
    {"id": "Q574", "type": "COUNTRY", "name": "Timor-Leste", "aliases": ["East Timor"],
     "memberships": [{"of": "org:bloc", "start": "2025-10-26", "source": SRC},
                     {"of": "org:bloc", "role": "observer", "start": "2022-11", "end": "2025-10-25", "source": SRC}]},
    {"id": "Q881", "type": "COUNTRY", "name": "Vietnam", "aliases": ["Việt Nam"],
     "memberships": [{"of": "org:bloc", "start": "1995-07-28", "source": SRC}]},
    {"id": "org:bloc", "type": "ORGANIZATION", "name": "Bloc of Test Nations", "attrs": {"acronyms": ["BTN"]},
     "members": [{"member": "Q30", "role": "dialogue_partner", "start": "1977", "source": SRC}]},
    {"id": "Q30", "type": "COUNTRY", "name": "United States", "aliases": ["U.S.", "USA"]},
    {"id": "p:alpha", "type": "PERSON", "name": "Alpha Sok", "aliases": ["Samdech Techo Alpha Sok"],
     "offices": [{"title": "Foreign Minister", "of": "Q424", "start": "2004-01-01", "end": "2008-12-31", "source": SRC},
                 {"title": "Minister of Foreign Affairs and International Cooperation", "of": "Q424",
                  "start": "2016-04-04", "end": "2023-08-22", "source": SRC}]},
    {"id": "p:beta", "type": "PERSON", "name": "Beta Chan",
     "offices": [{"title": "Minister for Foreign Affairs", "of": "Q424", "start": "2009-01-01", "end": "2016-04-04",
                  "source": SRC}]},
    {"id": "p:gamma", "type": "PERSON", "name": "Gamma Phan",
     "offices": [{"title": "Deputy Prime Minister cum Foreign Minister", "of": "Q424", "start": "2023-08-22",
                  "source": SRC}]},
    {"id": "p:delta", "type": "PERSON", "name": "Delta Rowe",
     "offices": [{"title": "Secretary of State", "of": "Q30", "start": "2021-01-26", "end": "2025-01-20",
                  "source": SRC}]},
    {"id": "p:epsilon", "type": "PERSON", "name": "Epsilon Kim",
     "offices": [{"title": "Secretary of State", "of": "Q424", "start": "2020-01-01", "source": SRC}]},
]


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    write_jsonl(tmp_path / "tiny" / "entities.jsonl", TINY)
    return tmp_path / "tiny"


@pytest.fixture
def tiny_kb(tiny_dir: Path):
    return load_kb([tiny_dir], include_default=False)


@pytest.fixture
def write():
    """write(path, records): a JSON Lines file of entity records."""
    return write_jsonl
