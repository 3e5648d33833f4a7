"""Issue 5: every REST route against a real uvicorn server on 127.0.0.1."""
from urllib.parse import quote

import httpx
import pytest

TOKEN = "test-token-123"


def get(base, path, **params):
    return httpx.get(base + path, params=params, timeout=10)


def test_search_entities_events_quotes_documents(server):
    base, (a, b, c) = server
    found = get(base, "/api/search", q="Jakarta").json()
    assert {d["id"] for d in found["documents"]["items"]} == {a.id, b.id}
    entity = get(base, "/api/entities/" + quote("p:hun-manet", safe="")).json()
    assert entity["name"] == "Hun Manet" and entity["quotes"]
    events = get(base, "/api/events", entity="Q424", **{"from": "2023-09"}).json()
    assert events["total"] == 1 and events["items"][0]["type"] == "SUMMIT"
    event = get(base, "/api/events/" + quote(events["items"][0]["id"], safe="")).json()
    assert len(event["sources"]) == 2
    quotes = get(base, "/api/quotes", speaker="Hun Manet", q="ASEAN").json()
    assert quotes["total"] == 1
    document = get(base, "/api/documents/" + quote(c.id, safe="")).json()
    assert document["text"].startswith("Foreign ministers")
    graph = get(base, "/api/entities/Q424/graph").json()
    assert graph["nodes"] and graph["edges"]
    assert get(base, "/api/flags").json()["items"][0]["id"] == b.id


def test_one_error_shape_and_pagination(server):
    base, _ = server
    missing = get(base, "/api/entities/p:nobody")
    assert missing.status_code == 404 and set(missing.json()["error"]) == {"status", "message"}
    invalid = get(base, "/api/events", limit=0)
    assert invalid.status_code == 422 and invalid.json()["error"]["status"] == 422
    page = get(base, "/api/events", limit=1, offset=1).json()
    assert page["limit"] == 1 and page["offset"] == 1 and page["total"] == 2 and len(page["items"]) == 1
    assert get(base, "/api/nowhere").json()["error"]["status"] == 404


def test_openapi_documents_the_routes(server):
    base, _ = server
    paths = get(base, "/openapi.json").json()["paths"]
    for route in ("/api/search", "/api/entities/{entity_id}", "/api/events", "/api/events/{event_id}",
                  "/api/quotes", "/api/documents/{doc_id}", "/api/documents"):
        assert route in paths


ARTICLE = ("PHNOM PENH, March 3 -- Cambodian Prime Minister Hun Manet met visiting Thai "
           "Foreign Minister Maris Sangiampongsa in Phnom Penh on Monday. The two sides agreed "
           "to reopen a border checkpoint, the ministry said in a statement.")


@pytest.mark.parametrize("headers, status", [({}, 401), ({"Authorization": "Bearer wrong"}, 401)])
def test_posting_needs_the_token(server, headers, status):
    base, _ = server
    answer = httpx.post(base + "/api/documents", json={"text": ARTICLE}, headers=headers, timeout=30)
    assert answer.status_code == status and answer.json()["error"]["status"] == status


def test_posting_with_the_token_ingests_once(server):
    base, _ = server
    auth = {"Authorization": f"Bearer {TOKEN}"}
    first = httpx.post(base + "/api/documents", json={"text": ARTICLE, "published": "2025-03-04"},
                       headers=auth, timeout=60)
    assert first.status_code == 201, first.text
    again = httpx.post(base + "/api/documents", json={"text": ARTICLE}, headers=auth, timeout=60)
    assert first.json()["id"] == again.json()["id"] and again.json()["status"] == "duplicate"
    assert get(base, "/api/documents/" + quote(first.json()["id"], safe="")).status_code == 200
    empty = httpx.post(base + "/api/documents", json={"title": "nothing"}, headers=auth, timeout=30)
    assert empty.status_code == 422
