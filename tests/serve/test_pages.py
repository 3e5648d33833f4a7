"""Issue 5: every page type answers HTML with its JSON twin, and article text is escaped."""
from urllib.parse import quote

import httpx


def test_every_page_has_a_json_twin(server):
    base, (a, b, c) = server
    event_id = httpx.get(base + "/api/events", params={"type": "SUMMIT"}).json()["items"][0]["id"]
    pages = ["/", "/search?q=Jakarta", "/entities/Q424", "/entities/Q424/network", "/events",
             "/events/" + quote(event_id, safe=""), "/quotes?speaker=Hun+Manet", "/flags",
             "/documents/" + quote(a.id, safe="")]
    for page in pages:
        html = httpx.get(base + page)
        assert html.status_code == 200 and "text/html" in html.headers["content-type"], page
        path, _, query = page.partition("?")
        twin_path = "/index.json" if path == "/" else path + ".json"
        twin = httpx.get(base + twin_path + ("?" + query if query else ""))
        assert twin.status_code == 200 and twin.headers["content-type"].startswith("application/json"), page
        assert 'class="twin"' in html.text


def test_document_view_highlights_and_links_evidence(server):
    base, (a, b, c) = server
    html = httpx.get(base + "/documents/" + quote(a.id, safe="")).text
    assert 'href="/entities/Q3630"' in html            # Jakarta linked to its entity page
    assert '<mark class="quote"' in html and '<mark class="event"' in html


def test_article_script_is_shown_as_text(server):
    base, (a, b, c) = server
    html = httpx.get(base + "/documents/" + quote(b.id, safe="")).text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(" in html


def test_missing_pages_answer_404_in_html(server):
    base, _ = server
    page = httpx.get(base + "/entities/p:nobody")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert httpx.get(base + "/entities/p:nobody.json").json()["error"]["status"] == 404
