"""The same behaviour from both stores: idempotent ingest, spelling-forgiving
search, filters, facets, events and exports."""
import pytest

from marsad.api_functions import ingest_paths
from marsad.store import open_store
from tests.conftest import REFERENCE, ROOT, need


@pytest.fixture
def filled(store_url):
    need(REFERENCE)
    s1 = ingest_paths([str(REFERENCE)], store_url, published="2020-08-18")
    s2 = ingest_paths([str(ROOT / "examples" / "sample-wire.jsonl")], store_url)
    assert (s1.added, s2.added) == (1, 2)
    store = open_store(store_url)
    yield store
    store.close()


def test_ingest_twice_stores_once(filled, store_url):
    again = ingest_paths([str(REFERENCE)], store_url, published="2020-08-18")
    assert (again.added, again.skipped, again.total) == (0, 1, 3)


@pytest.mark.parametrize("q,expected", [
    ("الوفاق", 1), ("والوفاق", 1), ("لحكومة الوفاق", 1), ("الزقلعى", 1), ('"حكومة الوفاق"', 1),
    ('"الوفاق حكومة"', 0), ("المحتجين الخرطوم", 1), ("غارة", 1), ("برشلونة", 0),
])
def test_search(filled, q, expected):
    assert filled.search(q)["total"] == expected


def test_filters_and_facets(filled):
    assert filled.search(None, outlet="رويترز")["total"] == 1
    assert filled.search(None, date_from="2021-01-01")["total"] == 2
    assert filled.search(None, event_type="REJECT")["total"] == 1
    assert filled.search(None, country="QAT")["total"] == 1
    f = filled.search(None)["facets"]
    assert f["outlet"] == {"أوج": 1, "رويترز": 1, "أ ف ب": 1}
    assert f["event_type"]["CONSULT"] >= 1


def test_records_round_trip(filled):
    recs = list(filled.iter_records())
    assert len(recs) == 3 and all(r["contract"] == 1 for r in recs)
    one = filled.get("example-1")
    assert one["outlet"] == "رويترز" and one == next(r for r in recs if r["id"] == "example-1")
    ev = filled.events(event_type="CONSULT")
    assert ev["total"] >= 1
    assert filled.stats()["articles"] == 3
