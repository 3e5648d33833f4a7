"""The `concord` command: a thin layer over the library.

Each command group lives in its own module and registers itself on `main`;
the library raises `ConcordError`, and `run_cli` turns it into a message on
standard error and a non-zero exit.
"""
from __future__ import annotations


import click

from concord import __version__
from concord.errors import ConcordError


class ConcordGroup(click.Group):
    """Turns library errors into one clear line and exit code 1."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except ConcordError as exc:
            click.echo(f"error: {exc}", err=True)
            ctx.exit(1)


@click.group(cls=ConcordGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="concord")
def main() -> None:
    """Concord: follow regional diplomacy in the news as a knowledge graph."""


def _register() -> None:
    # Imported for their side effect of adding commands to `main`.
    from concord.cli import ingest, kb, serve, export, spark  # noqa: F401


_register()
