"""`concord serve`: the REST API and web interface over a store."""
from __future__ import annotations

import click

from concord.cli import main
from concord.settings import load_settings


@main.command()
@click.option("--db", help="SQLite store to serve (default: setting db, ./concord.db).")
@click.option("--host", help="Address to listen on (default 127.0.0.1).")
@click.option("--port", type=int, help="Port to listen on (default 8000).")
@click.option("--token", "api_token", envvar="CONCORD_API_TOKEN",
              help="Enables POST /api/documents for clients presenting this token.")
def serve(db: str | None, host: str | None, port: int | None, api_token: str | None) -> None:
    """Serve the web interface and the REST API (read-only unless a token is set)."""
    from concord.serve import serve as run_server
    settings = load_settings({"db": db, "host": host, "port": port, "api_token": api_token})
    click.echo(f"Concord on http://{settings.host}:{settings.port}/ (API docs at /docs); Ctrl-C stops it", err=True)
    run_server(settings.db, host=settings.host, port=settings.port, api_token=settings.api_token)
