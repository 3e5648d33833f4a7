"""The web interface: HTML pages, each with a JSON twin at the same path plus ".json".

Article text is untrusted: templates autoescape everything, and the highlighted
document view escapes every piece of text before wrapping it in markup.
"""
from __future__ import annotations

from importlib import resources
from urllib.parse import quote as urlquote

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup, escape

from concord.graph import queries
from concord.serve.deps import get_store

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(resources.files("concord.serve") / "templates"))
templates.env.filters["u"] = lambda value: urlquote(str(value), safe="")


def _respond(request: Request, template: str, data: dict, **extra):
    """The page, or its JSON twin when the path ends in ".json"."""
    if _wants_json(request):
        return JSONResponse(data)
    twin = request.url.path + ".json" + (f"?{request.url.query}" if request.url.query else "")
    return templates.TemplateResponse(request, template, {"data": data, "json_url": twin, **extra})


def _wants_json(request: Request) -> bool:
    """The JSON twin of a page is the same path plus ".json"."""
    return request.url.path.endswith(".json")


def render_error(request: Request, status: int, message: str):
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message,
                                                              "json_url": None}, status_code=status)


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store=Depends(get_store)):
    return _respond(request, "home.html", queries.overview(store))


@router.get("/index.json")
def home_json(request: Request, store=Depends(get_store)):
    return JSONResponse(queries.overview(store))


@router.get("/search", response_class=HTMLResponse)
@router.get("/search.json")
def search(request: Request, q: str = "", limit: int = 20, offset: int = 0, store=Depends(get_store)):
    data = queries.search(store, q, limit=limit, offset=offset)
    return _respond(request, "search.html", data)


@router.get("/entities/{entity_id}/network", response_class=HTMLResponse)
@router.get("/entities/{entity_id}/network.json")
def network(request: Request, entity_id: str, store=Depends(get_store)):
    data = {"entity": queries.entity_profile(store, entity_id) | {"events": [], "quotes": []},
            "graph": queries.neighbourhood(store, entity_id)}
    return _respond(request, "network.html", data)


# The ".json" route is registered first (decorators apply bottom-up), so that
# "/entities/Q424.json" is not read as the entity "Q424.json".
@router.get("/entities/{entity_id}", response_class=HTMLResponse)
@router.get("/entities/{entity_id}.json")
def entity(request: Request, entity_id: str, store=Depends(get_store)):
    return _respond(request, "entity.html", queries.entity_profile(store, entity_id))


@router.get("/events", response_class=HTMLResponse)
@router.get("/events.json")
def events(request: Request, entity: str | None = None, type: str | None = None,
           date_from: str | None = None, date_to: str | None = None, offset: int = 0,
           store=Depends(get_store)):
    data = queries.timeline(store, entity=entity or None, type=type or None, date_from=date_from or None,
                            date_to=date_to or None, limit=100, offset=offset)
    return _respond(request, "events.html", data,
                    filters={"entity": entity or "", "type": type or "", "date_from": date_from or "",
                             "date_to": date_to or ""})


@router.get("/events/{event_id}", response_class=HTMLResponse)
@router.get("/events/{event_id}.json")
def event(request: Request, event_id: str, store=Depends(get_store)):
    return _respond(request, "event.html", queries.event_profile(store, event_id))


@router.get("/quotes", response_class=HTMLResponse)
@router.get("/quotes.json")
def quote_search(request: Request, speaker: str | None = None, q: str | None = None, offset: int = 0,
                 store=Depends(get_store)):
    data = queries.quotes(store, speaker=speaker or None, q=q or None, limit=50, offset=offset)
    return _respond(request, "quotes.html", data,
                    filters={"speaker": speaker or "", "q": q or ""})


@router.get("/flags", response_class=HTMLResponse)
@router.get("/flags.json")
def flags(request: Request, offset: int = 0, store=Depends(get_store)):
    data = queries.flagged_documents(store, limit=100, offset=offset)
    return _respond(request, "flags.html", data)


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
@router.get("/documents/{doc_id}.json")
def document(request: Request, doc_id: str, store=Depends(get_store)):
    record = queries.document_view(store, doc_id)
    highlighted = None if _wants_json(request) else highlight(record)    # only the page needs markup
    return _respond(request, "document.html", record, highlighted=highlighted)


def highlight(record: dict) -> Markup:
    """The document text with mentions linked to entity pages and quotes and events marked.

    The text is cut at every span boundary; each piece is escaped, then wrapped in
    the markup of the spans that cover it, so overlapping spans need no nesting rules.
    """
    text = record.get("text") or ""
    spans = []   # (start, end, kind, target, label)
    for entity in record.get("entities", []):
        for m in entity.get("mentions", []):
            spans.append((m["start"], m["end"], "mention " + entity["type"].lower(),
                          f"/entities/{urlquote(entity['id'], safe='')}", entity["name"]))
    for quote in record.get("quotes", []):
        speaker = (quote.get("speaker") or {}).get("name") or "unknown speaker"
        spans.append((quote["start"], quote["end"], "quote", None, f"quote: {speaker}"))
    for event in record.get("events", []):
        spans.append((event["start"], event["end"], "event", None, f"{event['type']}: {event['name']}"))
    cuts = sorted({0, len(text), *(s for sp in spans for s in sp[:2] if 0 <= s <= len(text))})
    pieces = []
    for left, right in zip(cuts, cuts[1:]):
        covering = [sp for sp in spans if sp[0] <= left and right <= sp[1]]
        piece = escape(text[left:right])
        for start, end, kind, target, label in sorted(covering, key=lambda sp: sp[1] - sp[0]):
            if target:
                piece = Markup('<a class="{}" href="{}" title="{}">{}</a>').format(kind, target, label, piece)
            else:
                piece = Markup('<mark class="{}" title="{}">{}</mark>').format(kind, label, piece)
        pieces.append(piece)
    return Markup("").join(pieces)
