"""Issue 5: the web interface in a real headless Chromium (Debian's, driven by Playwright)."""
from __future__ import annotations

import shutil
from urllib.parse import quote

import httpx
import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture
def browser():
    if not CHROMIUM:
        pytest.skip("Debian's chromium is not installed (make browser installs it)")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


def test_each_page_type_loads_with_its_content(server, browser, tmp_path):
    base, (a, b, c) = server
    event_id = httpx.get(base + "/api/events", params={"type": "SUMMIT"}).json()["items"][0]["id"]
    expectations = {
        "/": "Most mentioned",
        "/search?q=Jakarta": "43rd ASEAN Summit",
        "/entities/" + quote("p:hun-manet", safe=""): "Cambodia supports a stronger ASEAN",
        "/events/" + quote(event_id, safe=""): "Sources",
        "/events": "Timeline of events",
        "/quotes": "We must keep the region a place of peace",
        "/flags": "a name looks garbled",
        "/documents/" + quote(a.id, safe=""): "Joko Widodo",
    }
    page = browser.new_page()
    for n, (path, expected) in enumerate(expectations.items()):
        response = page.goto(base + path)
        assert response.status == 200, path
        assert expected in page.inner_text("main"), path
        shot = tmp_path / f"page{n}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.stat().st_size > 1000


def test_search_box_leads_to_results_and_entity_page(server, browser):
    base, _ = server
    page = browser.new_page()
    page.goto(base + "/")
    page.fill("input[name=q]", "Hun Manet")
    page.click("form.search button")
    page.wait_for_url("**/search?q=*")
    page.click("main a.entity.person")
    page.wait_for_url("**/entities/*")
    assert page.inner_text("h1").startswith("Hun Manet")


def test_network_view_draws_and_opens_a_node(server, browser, tmp_path):
    base, _ = server
    page = browser.new_page()
    page.goto(base + "/entities/Q424/network")
    page.wait_for_selector("svg#network[data-ready=true] g.node")
    assert page.locator("svg#network g.node").count() >= 3
    assert page.locator("svg#network line.link").count() >= 2
    page.screenshot(path=str(tmp_path / "network.png"))
    page.locator("svg#network g.node", has_text="Thailand").locator("circle").first.click()
    page.wait_for_url("**/entities/Q869")


def test_article_with_script_runs_no_script(server, browser):
    base, (a, b, c) = server
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(base + "/documents/" + quote(b.id, safe=""))
    page.wait_for_timeout(300)
    assert dialogs == []
    assert "<script>alert('x')</script>" in page.inner_text("article")
