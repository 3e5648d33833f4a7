"""Every command and every setting is documented (the sqlite-utils habit)."""
from pathlib import Path

import click

from concord.cli import main
from concord.settings import SETTINGS

REPO = Path(__file__).resolve().parents[1]


def _docs() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))])


def _commands(group: click.Group, prefix: str = "concord"):
    for name, command in group.commands.items():
        yield f"{prefix} {name}", command
        if isinstance(command, click.Group):
            yield from _commands(command, f"{prefix} {name}")


def test_every_command_is_documented():
    docs = _docs()
    missing = [full for full, _ in _commands(main) if full not in docs]
    assert not missing, f"commands missing from README.md and docs/: {missing}"


def test_every_command_has_help():
    assert all((command.help or "").strip() for _, command in _commands(main))


def test_every_setting_is_documented():
    settings_doc = (REPO / "docs" / "settings.md").read_text(encoding="utf-8")
    missing = [s.name for s in SETTINGS if f"`{s.name}`" not in settings_doc]
    assert not missing, f"settings missing from docs/settings.md: {missing}"
