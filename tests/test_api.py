"""The REST API and the web page, through FastAPI's test client on a real store."""
import json

import pytest
from fastapi.testclient import TestClient

from marsad.api_functions import ingest_paths
from marsad.api.app import create_app
from tests.conftest import REFERENCE, need

HOSTILE = {"id": "hostile", "published": "2021-01-01", "title": "<script>alert(1)</script> عنوان",
           "text": "قال المتحدث <img src=x onerror=alert(1)> إن <a href=\"javascript:alert(1)\">الرابط</a> "
                   "تظاهر آلاف الطلاب أمام البرلمان في القاهرة احتجاجا على القرار."}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    need(REFERENCE)
    d = tmp_path_factory.mktemp("api")
    hostile = d / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE, ensure_ascii=False) + "\n", encoding="utf-8")
    db = str(d / "api.db")
    ingest_paths([str(REFERENCE), str(hostile)], db, published="2020-08-18")
    return TestClient(create_app(db, token="s3cret"))


def test_search_forgives_clitics_and_spelling(client):
    for q in ("الوفاق", "والوفاق", "لحكومة الوفاق", "الزقلعى", "\"حكومة الوفاق\""):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 200 and r.json()["total"] == 1, q
    assert client.get("/api/search", params={"q": "برشلونة"}).json()["total"] == 0


def test_filters_and_facets(client):
    r = client.get("/api/search", params={"event_type": "REJECT"}).json()
    assert r["total"] == 1 and r["hits"][0]["outlet"] == "أوج"
    assert "LBY" in r["facets"]["country"]
    assert client.get("/api/search", params={"date_from": "2021-01-01"}).json()["total"] == 1


def test_article_and_events(client):
    hits = client.get("/api/search", params={"q": "الزقلعي"}).json()["hits"]
    rec = client.get(f"/api/articles/{hits[0]['id']}").json()
    assert rec["contract"] == 1 and rec["quotes"]
    ev = client.get("/api/events", params={"event_type": "CONSULT"}).json()
    assert ev["total"] >= 1 and all(e["type"] == "CONSULT" for e in ev["events"])
    csv = client.get("/api/events", params={"format": "csv"})
    assert csv.status_code == 200 and csv.text.startswith("article_id,")


@pytest.mark.parametrize("params", [{"date_from": "2020-13-45"}, {"event_type": "PARTY"}, {"country": "libya"},
                                    {"limit": 0}, {"limit": 100000}])
def test_bad_filters_are_4xx_with_a_message(client, params):
    r = client.get("/api/search", params=params)
    assert 400 <= r.status_code < 500 and r.json()["detail"]


def test_unknown_article_is_404(client):
    assert client.get("/api/articles/nope").status_code == 404


def test_writes_need_the_token(client):
    body = {"text": "وقال المتحدث إن الوزير وصل إلى طرابلس أمس.", "published": "2020-08-18", "store": True}
    assert client.post("/api/extract", json=body).status_code == 401
    assert client.post("/api/extract", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.post("/api/extract", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and r.json()["contract"] == 1
    r = client.post("/api/extract", json={"text": "Just English text here, nothing else."})
    assert r.status_code == 422 and "Arabic" in r.json()["detail"]


def test_page_and_openapi(client):
    page = client.get("/")
    assert page.status_code == 200 and 'dir="rtl"' in page.text
    assert "Content-Security-Policy" in page.headers
    assert client.get("/static/app.js").status_code == 200
    assert "/api/search" in client.get("/openapi.json").json()["paths"]


def test_hostile_content_is_stored_as_text_only(client):
    rec = client.get("/api/articles/hostile").json()
    assert "<script>" in rec["title"]  # kept verbatim as data ...
    js = client.get("/static/app.js").text
    assert "innerHTML" not in js and "insertAdjacentHTML" not in js  # ... and the page never parses data as HTML


def test_rate_limit_and_no_tracebacks(tmp_path):
    from marsad.settings import load_settings
    need(REFERENCE)
    db = str(tmp_path / "rl.db")
    ingest_paths([str(REFERENCE)], db, published="2020-08-18")
    app = create_app(db, settings=load_settings(overrides={"api": {"rate_per_second": 1, "burst": 3}}))
    c = TestClient(app, raise_server_exceptions=False)
    codes = [c.get("/api/stats").status_code for _ in range(6)]
    assert codes[:3] == [200, 200, 200] and 429 in codes[3:]


def test_oversized_body_is_refused(client):
    r = client.post("/api/extract", content=b"{" + b" " * 2_100_000 + b"}",
                    headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_cors_is_closed_by_default(client):
    r = client.get("/api/stats", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in {k.lower() for k in r.headers}


def test_exports(client):
    import io as _io
    import zipfile
    lines = client.get("/api/export").text.splitlines()
    assert len(lines) >= 2 and json.loads(lines[0])["contract"] == 1
    plover = [json.loads(x) for x in client.get("/api/export", params={"format": "plover"}).text.splitlines()]
    assert plover and {"event", "actor", "recipient", "date"} <= set(plover[0])
    pytest.importorskip("pyarrow")
    z = zipfile.ZipFile(_io.BytesIO(client.get("/api/export", params={"format": "parquet"}).content))
    assert {"articles/part-0.parquet", "events/part-0.parquet"} <= set(z.namelist())
