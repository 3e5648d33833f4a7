"""What every route shares: the store of this server, and the one error shape."""
from __future__ import annotations

from collections.abc import Iterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from concord.errors import ConcordError
from concord.graph.queries import NotFound
from concord.store import Store


class ApiError(Exception):
    """An error to answer with `status` and a readable message."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def get_store(request: Request) -> Iterator[Store]:
    """A Store for this request, closed after it. SQLite connections belong to one
    thread, and FastAPI may run a dependency and its route in different threads,
    so sharing one connection across requests is not safe; opening one is cheap."""
    store = Store(request.app.state.db_path, create=False, check_same_thread=False)
    try:
        yield store
    finally:
        store.close()


def error_body(status: int, message: str) -> dict:
    return {"error": {"status": status, "message": message}}


def install_error_handlers(app: FastAPI) -> None:
    """Every failure, ours or the framework's, answers with the same JSON shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError):
        return JSONResponse(error_body(exc.status, exc.message), status_code=exc.status)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound):
        return _html_or_json(request, 404, str(exc))

    @app.exception_handler(ConcordError)
    async def _concord_error(request: Request, exc: ConcordError):
        return JSONResponse(error_body(400, str(exc)), status_code=400)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        return _html_or_json(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError):
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors())
        return JSONResponse(error_body(422, problems), status_code=422)


def _html_or_json(request: Request, status: int, message: str):
    """API and .json routes answer JSON; pages answer an HTML error page."""
    path = request.url.path
    if path.startswith("/api") or path.endswith(".json"):
        return JSONResponse(error_body(status, message), status_code=status)
    from concord.serve.pages import render_error
    return render_error(request, status, message)
