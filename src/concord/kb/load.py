"""Reading the knowledge base: the packaged data files, then user directories.

Every ``*.jsonl`` file of ``concord/kb/data`` is read in file-name order, then the
``*.jsonl`` files of each user directory (setting ``kb_dir`` / ``--kb-dir``). A user
entity whose id is already known replaces the packaged one, so users correct the KB
without touching the package; a new id is added.
"""
from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from concord.errors import KnowledgeBaseError
from concord.kb.base import KnowledgeBase
from concord.kb.model import KBEntity


def data_dir() -> Path:
    """The folder of the packaged data files."""
    return Path(str(resources.files("concord.kb").joinpath("data")))


def kb_files(directory: Path) -> list[Path]:
    """The entity files of one KB directory, in the order they are read."""
    if not directory.is_dir():
        raise KnowledgeBaseError(f"KB directory {directory} does not exist or is not a folder; "
                                 "give a folder holding *.jsonl entity files")
    return sorted(p for p in directory.glob("*.jsonl") if p.is_file())


def read_records(path: Path) -> Iterator[tuple[str, dict | None, str | None]]:
    """Each record of a JSON Lines file as (origin "file:line", record, error).

    Lenient on purpose: a bad line gives an error string instead of stopping, so
    `validate` can report every problem of a file at once.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield f"{path}", None, f"cannot read file: {exc}"
        return
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        origin = f"{path.name}:{number}"
        try:
            record = json.loads(stripped)
        except ValueError as exc:
            yield origin, None, f"not valid JSON ({exc.msg} at column {exc.colno})"
            continue
        yield origin, record, None


def read_entities(path: Path) -> Iterator[KBEntity]:
    """The entities of one file; raises KnowledgeBaseError at the first bad line."""
    for origin, record, error in read_records(path):
        if error:
            raise KnowledgeBaseError(f"{origin}: {error}; fix the line (run `concord kb validate`)")
        yield KBEntity.from_dict(record, origin)


def _merge(directories: Iterable[Path]) -> dict[str, KBEntity]:
    entities: dict[str, KBEntity] = {}
    for directory in directories:
        for path in kb_files(directory):
            for entity in read_entities(path):
                # Later files and directories win: that is how a user directory overrides.
                entities[entity.id] = entity
    return entities


def load_kb(extra_dirs: Iterable[str | Path] = (), *, include_default: bool = True) -> KnowledgeBase:
    """Load the knowledge base: packaged data, then `extra_dirs` adding or overriding by id."""
    directories = [data_dir()] if include_default else []
    directories += [Path(d).expanduser() for d in extra_dirs]
    return KnowledgeBase(_merge(directories).values())


@lru_cache(maxsize=8)
def _cached(extra_dirs: tuple[str, ...]) -> KnowledgeBase:
    return load_kb(extra_dirs)


def default_kb(extra_dirs: Iterable[str | Path] | None = None) -> KnowledgeBase:
    """The knowledge base, loaded once per set of user directories and then shared.

    Without `extra_dirs`, the user directories come from the `kb_dir` setting
    (concord.toml or CONCORD_KB_DIR), so every stage sees the same KB.
    """
    if extra_dirs is None:
        from concord.settings import load_settings
        extra_dirs = load_settings().kb_dir or ()
    return _cached(tuple(str(Path(d).expanduser().resolve()) for d in extra_dirs))


def clear_cache() -> None:
    """Forget loaded knowledge bases (after editing data files in a long-running process)."""
    _cached.cache_clear()
