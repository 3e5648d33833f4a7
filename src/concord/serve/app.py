"""The web application: REST API under /api, web pages at /, static files at /static."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from concord import __version__
from concord.errors import ServeError
from concord.serve import api, pages
from concord.serve.deps import install_error_handlers


def create_app(db_path: str | Path, api_token: str | None = None) -> FastAPI:
    """A FastAPI app over the store at `db_path`; write routes only with `api_token`."""
    path = Path(db_path)
    if not path.is_file():
        raise ServeError(f"no store at {path}: run `concord ingest PATH --db {path}` first")
    app = FastAPI(title="Concord", version=__version__,
                  description="Regional diplomacy in the news as a provenance-tracked knowledge graph.")
    app.state.db_path = str(path)
    app.state.api_token = api_token or None
    install_error_handlers(app)
    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=str(resources.files("concord.serve") / "static")), name="static")
    return app


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000, api_token: str | None = None) -> None:
    """Run the app with uvicorn until interrupted."""
    import uvicorn
    uvicorn.run(create_app(db_path, api_token), host=host, port=port, log_level="warning")
