"""Store backends for the tests: SQLite always; PostgreSQL when MARSAD_TEST_PG names
a server (.ci/run starts one with scripts/pg-server.sh). Each test gets an empty store."""
import os
import uuid

import pytest


def pg_url():
    return os.environ.get("MARSAD_TEST_PG")


def fresh_pg_database(base: str) -> str:
    import psycopg
    name = "marsad_" + uuid.uuid4().hex[:10]
    with psycopg.connect(base, autocommit=True) as c:
        c.execute(f"CREATE DATABASE {name}")
    return base.rsplit("/", 1)[0] + "/" + name


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    if not pg_url():
        pytest.skip("MARSAD_TEST_PG not set (no PostgreSQL server for this run)")
    return fresh_pg_database(pg_url())
