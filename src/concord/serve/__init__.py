"""The REST API and web interface (FastAPI + uvicorn): `create_app(db)` and `serve(db)`."""
from __future__ import annotations

from concord.serve.app import create_app, serve

__all__ = ["create_app", "serve"]
