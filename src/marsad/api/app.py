"""REST API over the store, and the web page.

    marsad serve [--db URL] [--host 127.0.0.1] [--port 8000]

Read endpoints are open; writes (POST /extract with `store=true`, POST /ingest)
need `Authorization: Bearer TOKEN`, the token coming from MARSAD_API_TOKEN
(without it, writes are refused). OpenAPI at /docs.
"""
from __future__ import annotations

import csv
import io
from contextlib import asynccontextmanager
import json
import os
import re
from datetime import date
from importlib import resources as _res
from pathlib import Path
from typing import Any, Optional

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field

from ..api_functions import extract as extract_one
from ..errors import InputError, MarsadError, StoreError
from ..pipeline import Pipeline
from ..stages.events import TYPES
from ..store import open_store

WEB = Path(str(_res.files("marsad") / "web"))
MAX_BODY = 2_000_000
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


class ExtractRequest(BaseModel):
    text: Optional[str] = Field(None, description="the page as text")
    html: Optional[str] = Field(None, description="the page as HTML")
    published: Optional[str] = Field(None, description="publication date YYYY-MM-DD")
    url: Optional[str] = None
    outlet: Optional[str] = None
    store: bool = Field(False, description="also store the record (needs the token)")


def _check_filters(date_from, date_to, event_type, country):
    for name, v in (("date_from", date_from), ("date_to", date_to)):
        if v is not None:
            if not _DATE.match(v):
                raise HTTPException(422, f"{name} must be YYYY-MM-DD, got {v!r}")
            try:
                date.fromisoformat(v)
            except ValueError:
                raise HTTPException(422, f"{name} is not a real date: {v!r}") from None
    if event_type is not None and event_type not in TYPES:
        raise HTTPException(422, f"event_type must be one of {', '.join(TYPES)}")
    if country is not None and not _COUNTRY.match(country):
        raise HTTPException(422, "country must be an ISO 3166-1 alpha-3 code such as LBY")


class RateLimiter:
    """Token buckets per client address: `rate` requests a second, bursts of `burst`."""

    def __init__(self, rate: float, burst: float):
        self.rate, self.burst = rate, burst
        self.buckets: dict[str, tuple[float, float]] = {}

    def allow(self, client: str) -> bool:
        import time
        now = time.monotonic()
        tokens, last = self.buckets.get(client, (self.burst, now))
        tokens = min(self.burst, tokens + (now - last) * self.rate)
        if len(self.buckets) > 10_000:
            self.buckets.clear()
        if tokens < 1:
            self.buckets[client] = (tokens, now)
            return False
        self.buckets[client] = (tokens - 1, now)
        return True


def create_app(db_url: str, token: str | None = None, settings=None) -> FastAPI:
    import asyncio
    from ..settings import load_settings

    settings = settings or load_settings()
    store = open_store(db_url)
    token = token if token is not None else os.environ.get("MARSAD_API_TOKEN")
    limiter = RateLimiter(float(settings.get("api", "rate_per_second", 300)), float(settings.get("api", "burst", 600)))
    timeout = float(settings.get("api", "timeout_seconds", 30))
    max_body = int(settings.get("api", "max_body_bytes", MAX_BODY))
    pipeline_holder: dict[str, Pipeline] = {}
    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        store.close()

    app = FastAPI(title="Marsad", version="1", description="Arabic news as structured event data.",
                  lifespan=lifespan)

    def pipeline() -> Pipeline:
        if "p" not in pipeline_holder:
            pipeline_holder["p"] = Pipeline()
        return pipeline_holder["p"]

    def need_token(authorization: str | None = Header(None)) -> None:
        if not token:
            raise HTTPException(403, "writes are disabled: start the server with MARSAD_API_TOKEN set")
        if authorization != f"Bearer {token}":
            raise HTTPException(401, "missing or wrong bearer token")

    @app.middleware("http")
    async def limits(request: Request, call_next):
        size = request.headers.get("content-length")
        if size and size.isdigit() and int(size) > max_body:
            return JSONResponse({"detail": f"request body over {max_body} bytes"}, status_code=413)
        if not limiter.allow(request.client.host if request.client else "-"):
            return JSONResponse({"detail": "too many requests; slow down"}, status_code=429,
                                headers={"Retry-After": "1"})
        try:
            response = await asyncio.wait_for(call_next(request), timeout)
        except asyncio.TimeoutError:
            return JSONResponse({"detail": f"request took over {timeout:g} s"}, status_code=503)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Content-Security-Policy"] = (
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'")
        return response

    @app.exception_handler(MarsadError)
    async def marsad_error(request: Request, exc: MarsadError):
        return JSONResponse({"detail": str(exc)}, status_code=400 if isinstance(exc, InputError) else 500)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception):
        # never a stack trace to a client; the server log keeps it
        import logging
        logging.getLogger("marsad.api").exception("error serving %s", request.url.path)
        return JSONResponse({"detail": "internal error"}, status_code=500)

    @app.get("/api/stats")
    def stats() -> dict[str, Any]:
        return store.stats()

    @app.get("/api/search")
    def search(q: Optional[str] = Query(None, max_length=500), outlet: Optional[str] = None,
               date_from: Optional[str] = None, date_to: Optional[str] = None,
               event_type: Optional[str] = None, country: Optional[str] = None, place: Optional[str] = None,
               limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0, le=100_000)) -> dict[str, Any]:
        _check_filters(date_from, date_to, event_type, country)
        try:
            return store.search(q, limit=limit, offset=offset, outlet=outlet, date_from=date_from,
                                date_to=date_to, event_type=event_type, country=country, place=place)
        except StoreError as exc:
            raise HTTPException(400, str(exc)) from None

    @app.get("/api/articles/{article_id}")
    def article(article_id: str) -> dict[str, Any]:
        rec = store.get(article_id)
        if rec is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return rec

    @app.get("/api/articles")
    def articles(limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0)) -> dict[str, Any]:
        return store.search(None, limit=limit, offset=offset, facets=False)

    @app.get("/api/events")
    def events(outlet: Optional[str] = None, date_from: Optional[str] = None, date_to: Optional[str] = None,
               event_type: Optional[str] = None, country: Optional[str] = None, place: Optional[str] = None,
               limit: int = Query(100, ge=1, le=5000), offset: int = Query(0, ge=0),
               format: str = Query("json", pattern="^(json|csv)$")):
        _check_filters(date_from, date_to, event_type, country)
        res = store.events(limit=limit, offset=offset, outlet=outlet, date_from=date_from, date_to=date_to,
                           event_type=event_type, country=country, place=place)
        if format == "csv":
            buf = io.StringIO()
            cols = list(res["events"][0].keys()) if res["events"] else ["article_id", "id", "type"]
            w = csv.DictWriter(buf, fieldnames=cols)
            w.writeheader()
            w.writerows(res["events"])
            return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                            headers={"Content-Disposition": "attachment; filename=marsad-events.csv"})
        return res

    @app.get("/api/stories")
    def stories(event_type: Optional[str] = None, limit: int = Query(50, ge=1, le=500),
                offset: int = Query(0, ge=0)) -> dict[str, Any]:
        """Events told by several articles, merged (built by `marsad stories`)."""
        _check_filters(None, None, event_type, None)
        return store.stories(limit=limit, offset=offset, event_type=event_type)

    @app.get("/api/network")
    def network(event_type: Optional[str] = None, date_from: Optional[str] = None,
                date_to: Optional[str] = None) -> list[dict[str, Any]]:
        _check_filters(date_from, date_to, event_type, None)
        return store.network(event_type=event_type, date_from=date_from, date_to=date_to)

    @app.get("/api/export")
    def export(format: str = Query("jsonl", pattern="^(jsonl|plover|parquet)$")):
        """Every stored record: JSON lines, PLOVER-style events, or a zip of Parquet tables."""
        from ..io.writers import plover_events
        if format == "parquet":
            import tempfile
            import zipfile
            from ..io.writers import write_parquet
            try:
                with tempfile.TemporaryDirectory() as d:
                    write_parquet(store.iter_records(), d)
                    buf = io.BytesIO()
                    with zipfile.ZipFile(buf, "w") as zf:
                        for f in sorted(Path(d).rglob("*.parquet")):
                            zf.write(f, f.relative_to(d).as_posix())
            except ImportError:
                raise HTTPException(501, "Parquet export needs pyarrow on the server") from None
            return Response(buf.getvalue(), media_type="application/zip",
                            headers={"Content-Disposition": "attachment; filename=marsad-parquet.zip"})

        def gen():
            for rec in store.iter_records():
                if format == "jsonl":
                    yield json.dumps(rec, ensure_ascii=False) + "\n"
                else:
                    for ev in plover_events(rec):
                        yield json.dumps(ev, ensure_ascii=False) + "\n"
        return StreamingResponse(gen(), media_type="application/x-ndjson",
                                 headers={"Content-Disposition": f"attachment; filename=marsad.{format}.jsonl"})

    @app.post("/api/extract")
    def extract(req: ExtractRequest, authorization: str | None = Header(None)) -> dict[str, Any]:
        body = req.html if req.html else req.text
        if not body or not body.strip():
            raise HTTPException(422, "give 'text' or 'html'")
        if req.published is not None:
            _check_filters(req.published, None, None, None)
        if req.store:
            need_token(authorization)
        try:
            rec = extract_one(body, published=req.published, pipeline=pipeline(), url=req.url, outlet=req.outlet,
                              origin="<request>")
        except InputError as exc:
            raise HTTPException(422, exc.reason) from None
        if req.store:
            store.add_records([rec])
        return rec

    app.mount("/static", StaticFiles(directory=str(WEB / "static")), name="static")

    @app.get("/", include_in_schema=False)
    def index():
        return FileResponse(str(WEB / "index.html"), media_type="text/html; charset=utf-8")

    return app
