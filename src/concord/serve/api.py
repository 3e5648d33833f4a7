"""The REST API under /api: read-only, except POST /api/documents when a token is set.

Every error has one shape: ``{"error": {"status": 404, "message": "..."}}``.
Lists are paged with `limit` and `offset` and come as
``{"items": [...], "total": N, "limit": L, "offset": O}``.
"""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel, Field

from concord.graph import queries
from concord.serve.deps import ApiError, get_store

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="Items per page")]
Offset = Annotated[int, Query(ge=0, description="Items to skip")]


@router.get("/overview", summary="Counts, most mentioned entities and recent events")
def overview(store=Depends(get_store)) -> dict:
    return queries.overview(store)


@router.get("/search", summary="Full-text search over documents and entity names")
def search(q: Annotated[str, Query(min_length=1, description="Words to find")],
           limit: Limit = 20, offset: Offset = 0, store=Depends(get_store)) -> dict:
    return queries.search(store, q, limit=limit, offset=offset)


@router.get("/entities/{entity_id}", summary="An entity's profile")
def entity(entity_id: str, store=Depends(get_store)) -> dict:
    return queries.entity_profile(store, entity_id)


@router.get("/entities/{entity_id}/graph", summary="An entity's neighbourhood as nodes and edges")
def entity_graph(entity_id: str, limit: Limit = 40, store=Depends(get_store)) -> dict:
    return queries.neighbourhood(store, entity_id, limit=limit)


@router.get("/events", summary="Timeline of events, filtered")
def events(entity: str | None = None, framework: str | None = None, type: str | None = None,
           date_from: Annotated[str | None, Query(alias="from", description="YYYY[-MM[-DD]]")] = None,
           date_to: Annotated[str | None, Query(alias="to", description="YYYY[-MM[-DD]]")] = None,
           limit: Limit = 50, offset: Offset = 0, store=Depends(get_store)) -> dict:
    return queries.timeline(store, entity=entity, framework=framework, type=type,
                            date_from=date_from, date_to=date_to, limit=limit, offset=offset)


@router.get("/events/{event_id}", summary="An event's profile with its sources and quotes")
def event(event_id: str, store=Depends(get_store)) -> dict:
    return queries.event_profile(store, event_id)


@router.get("/quotes", summary="Quotations by speaker, words and period")
def quotes(speaker: str | None = None, q: str | None = None,
           date_from: Annotated[str | None, Query(alias="from")] = None,
           date_to: Annotated[str | None, Query(alias="to")] = None,
           limit: Limit = 50, offset: Offset = 0, store=Depends(get_store)) -> dict:
    return queries.quotes(store, speaker=speaker, q=q, date_from=date_from, date_to=date_to,
                          limit=limit, offset=offset)


@router.get("/documents/{doc_id}", summary="A document's record: text, annotations, provenance")
def document(doc_id: str, store=Depends(get_store)) -> dict:
    return queries.document_view(store, doc_id)


@router.get("/flags", summary="Documents with credibility flags")
def flags(kind: str | None = None, limit: Limit = 50, offset: Offset = 0, store=Depends(get_store)) -> dict:
    return queries.flagged_documents(store, kind=kind, limit=limit, offset=offset)


class NewDocument(BaseModel):
    """An article to ingest: its text or its HTML page, and what is known of it."""
    text: str | None = Field(None, description="Plain article text")
    html: str | None = Field(None, description="The article's HTML page")
    source: str | None = Field(None, description="Where it came from (path or URL)")
    url: str | None = None
    title: str | None = None
    published: str | None = Field(None, description="YYYY-MM-DD, YYYY-MM or YYYY")
    outlet: str | None = None


def _check_token(request: Request, authorization: str | None) -> None:
    token = request.app.state.api_token
    if not token:
        raise ApiError(403, "this server is read-only: start it with an API token (setting api_token, "
                            "env CONCORD_API_TOKEN) to accept documents")
    presented = (authorization or "").removeprefix("Bearer ").strip()
    if not hmac.compare_digest(presented.encode(), token.encode()):
        raise ApiError(401, "missing or wrong token: send 'Authorization: Bearer <token>'")


@router.post("/documents", status_code=201, summary="Ingest one article (needs the API token)")
def add_document(body: NewDocument, request: Request,
                 authorization: Annotated[str | None, Header()] = None, store=Depends(get_store)) -> dict:
    _check_token(request, authorization)
    if not (body.text or body.html):
        raise ApiError(422, "send the article as 'text' or 'html'")
    from concord.serve.ingest_one import ingest_record
    return ingest_record(store, body.model_dump())
