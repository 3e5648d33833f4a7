"""Every setting, declared once, with its default and help.

Values are layered, later wins: defaults → config file (``concord.toml`` in the
working directory, or the file named by ``CONCORD_CONFIG``) → environment
(``CONCORD_<NAME>`` in upper case) → command-line arguments.

    settings = load_settings(overrides={"db": "my.db"})
    settings.db
"""
from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from concord.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    parse: Callable[[str], Any] = str


def _path_list(value: str) -> list[str]:
    return [part for part in value.split(os.pathsep) if part]


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "concord.db", "SQLite file of the store."),
    Setting("kb_dir", [], "Extra knowledge-base directories whose files add or override entities "
            f"(several joined with '{os.pathsep}').", _path_list),
    Setting("workers", 1, "Worker processes for ingest and extract.", int),
    Setting("max_bytes", 200 * 1024 * 1024, "Largest input file read, in bytes; larger ones are refused.", int),
    Setting("fetch_timeout", 20.0, "Seconds to wait for an http(s) input.", float),
    Setting("host", "127.0.0.1", "Address the web server listens on."),
    Setting("port", 8000, "Port the web server listens on.", int),
    Setting("api_token", None, "Token that enables write routes of the REST API (POST /api/documents)."),
)

BY_NAME = {s.name: s for s in SETTINGS}


class Settings:
    """Resolved settings; attribute access by name."""

    def __init__(self, values: dict[str, Any]):
        self._values = values

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)


def _config_file() -> Path | None:
    named = os.environ.get("CONCORD_CONFIG")
    if named:
        path = Path(named)
        if not path.is_file():
            raise ConfigError(f"CONCORD_CONFIG names {named}, which is not a file")
        return path
    local = Path("concord.toml")
    return local if local.is_file() else None


def _from_file(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc}") from exc
    unknown = sorted(set(data) - set(BY_NAME))
    if unknown:
        raise ConfigError(f"{path}: unknown settings {', '.join(unknown)}; known: {', '.join(BY_NAME)}")
    return data


def _from_env() -> dict[str, Any]:
    values = {}
    for setting in SETTINGS:
        raw = os.environ.get(f"CONCORD_{setting.name.upper()}")
        if raw is None:
            continue
        try:
            values[setting.name] = setting.parse(raw)
        except ValueError as exc:
            raise ConfigError(f"CONCORD_{setting.name.upper()}={raw!r}: {exc}") from exc
    return values


def load_settings(overrides: dict[str, Any] | None = None) -> Settings:
    """Resolve every setting: defaults, then config file, environment, overrides.

    Overrides whose value is None are ignored, so CLI options left unset fall through.
    """
    values = {s.name: s.default for s in SETTINGS}
    path = _config_file()
    if path:
        values.update(_from_file(path))
    values.update(_from_env())
    for name, value in (overrides or {}).items():
        if name not in BY_NAME:
            raise ConfigError(f"unknown setting {name!r}")
        if value is not None and value != ():
            values[name] = value
    return Settings(values)
