"""The web page in a real browser (Playwright driving Debian's Chromium):
search -> article -> event evidence, the map and timeline render, the CSV downloads,
and hostile article content stays inert."""
import json
import shutil
import socket
import threading
import time

import pytest

from marsad.api_functions import ingest_paths
from tests.conftest import REFERENCE, ROOT, need

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine (.ci/run installs it)")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    need(REFERENCE)
    pytest.importorskip("playwright")
    import uvicorn
    from marsad.api.app import create_app

    d = tmp_path_factory.mktemp("web")
    hostile = d / "hostile.jsonl"
    hostile.write_text(json.dumps({
        "id": "hostile", "published": "2021-01-05", "title": "<img src=x onerror=\"window.PWNED=1\"> خبر مريب",
        "text": "قال المتحدث <script>window.PWNED=2</script> إن <a href=\"javascript:window.PWNED=3\">الرابط</a> "
                "تظاهر آلاف الطلاب أمام البرلمان في القاهرة احتجاجا على القرار."}, ensure_ascii=False) + "\n",
        encoding="utf-8")
    db = str(d / "web.db")
    ingest_paths([str(REFERENCE), str(ROOT / "examples" / "sample-wire.jsonl"), str(hostile)], db,
                 published="2020-08-18")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="error"))
    th = threading.Thread(target=srv.run, daemon=True)
    th.start()
    for _ in range(100):
        if srv.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    th.join(5)


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync"])
        pg = browser.new_page(accept_downloads=True)
        yield pg
        browser.close()


def test_search_article_and_event_evidence(server, page):
    page.goto(f"{server}/#/search")
    page.fill("#q", "والوفاق")
    page.press("#q", "Enter")
    page.wait_for_selector(".hit a.title")
    # the page may still be replacing an earlier listing with this query's hits: wait until it settles
    page.wait_for_function("() => document.querySelectorAll('.hit').length === 1 && location.hash.includes('q=')")
    assert page.locator(".hit").count() == 1
    page.click(".hit a.title")
    page.wait_for_selector("#article-body mark")
    assert page.evaluate("document.documentElement.dir") == "rtl"
    assert "الزقلعي" in page.inner_text("#article-body")
    page.locator(".item.event").first.click()
    page.wait_for_selector("mark.sel")  # the evidence is marked after the click is handled
    sel = page.locator("mark.sel")
    assert sel.count() >= 1 and sel.first.inner_text()


def test_language_switch(server, page):
    page.goto(f"{server}/#/search")
    page.click("#lang")
    page.wait_for_function("() => document.documentElement.dir === 'ltr'")
    assert "Search" in page.inner_text("nav")
    page.click("#lang")
    page.wait_for_function("() => document.documentElement.dir === 'rtl'")


def test_map_and_timeline_render(server, page):
    page.goto(f"{server}/#/map")
    page.wait_for_selector("#map circle.event-dot")
    assert page.locator("#map path").count() > 50
    page.goto(f"{server}/#/timeline")
    page.wait_for_selector("#timeline rect")
    assert page.locator("#timeline rect").count() >= 2


def test_events_csv_download(server, page):
    page.goto(f"{server}/#/events")
    page.wait_for_selector("#events-table tr td")
    with page.expect_download() as dl:
        page.click("#csv")
    path = dl.value.path()
    head = open(path, encoding="utf-8").readline()
    assert head.startswith("article_id,id,type")


def test_hostile_content_is_inert(server, page):
    page.goto(f"{server}/#/article?id=hostile")
    page.wait_for_selector("#article-body")
    assert page.evaluate("window.PWNED === undefined")
    assert page.locator("#article-body script, #article-body img, #article-body a").count() == 0
    assert "<script>" in page.inner_text("#article-body")
