"""Ingest one article posted to the API, through the same stages as `concord ingest`."""
from __future__ import annotations

from datetime import datetime, timezone

from concord.document import Document
from concord.serve.deps import ApiError


def ingest_record(store, body: dict) -> dict:
    """Clean, extract and store the posted article; returns its id and whether it was new."""
    from concord.pipeline import ingest_document
    from concord.settings import load_settings

    is_html = bool(body.get("html"))
    hints = {k: body[k] for k in ("title", "published", "outlet", "url") if body.get(k)}
    doc = Document(
        source=body.get("source") or body.get("url") or "api:POST /api/documents",
        original=body["html"] if is_html else body["text"],
        format="html" if is_html else "txt",
        url=body.get("url"),
        hints=hints,
        read_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
    )
    status, result = ingest_document(store, doc, load_settings())
    if status == "failed":
        raise ApiError(422, f"the article could not be read: {result.reason}")
    return {"id": result.id, "status": status, "title": result.title, "published": result.published,
            "entities": len(result.entities), "events": len(result.events), "quotes": len(result.quotes)}
