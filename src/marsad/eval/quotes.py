"""`marsad eval quotes GOLD.jsonl`: statements found, speaker accuracy, precision.

The gold format is documented in eval/gold/README.md. Articles are read from a
corpus folder (SaudiNewsNet zips by default) and matched by URL.
"""
from __future__ import annotations

from typing import Iterable

from ..article import Article
from ..errors import InputError
from ..io.readers import read_inputs
from ..pipeline import Pipeline
from ..text.normalize import fold
from .gold import read_jsonl


def _f(s: str) -> str:
    return " ".join(fold(s).replace("\"", " ").replace("«", " ").replace("»", " ")
                    .replace("“", " ").replace("”", " ").split())


def _check(obj: dict) -> None:
    assert isinstance(obj["url"], str) and isinstance(obj["quotes"], list)
    for q in obj["quotes"]:
        assert isinstance(q["content"], str) and isinstance(q["speaker"], (str, list))


def read_gold(path: str) -> list[dict]:
    return read_jsonl(path, _check, "{url, quotes: [{speaker, content}]}")


def articles_by_url(corpus: Iterable[str], urls: set[str]) -> dict[str, Article]:
    found: dict[str, Article] = {}
    for item in read_inputs(corpus):
        if isinstance(item, Article) and item.url in urls and item.url not in found:
            found[item.url] = item
    return found


def evaluate(gold_path: str, corpus: Iterable[str], pipeline: Pipeline | None = None) -> dict:
    gold = read_gold(gold_path)
    arts = articles_by_url(corpus, {g["url"] for g in gold})
    missing = [g["url"] for g in gold if g["url"] not in arts]
    if missing:
        raise InputError(gold_path, f"{len(missing)} gold article(s) not in the corpus, e.g. {missing[0]}")
    pipeline = pipeline or Pipeline()
    n_gold = n_found = n_speaker = n_pred = n_pred_ok = 0
    details = []
    for g in gold:
        rec = pipeline(arts[g["url"]]).to_record()
        ents = {e["id"]: e for e in rec["entities"]}
        preds = rec["quotes"]
        used: set[int] = set()
        for gq in g["quotes"]:
            n_gold += 1
            want = _f(gq["content"])
            hit = next((k for k, p in enumerate(preds) if k not in used and want in _f(p["content"])), None)
            if hit is None:
                hit = next((k for k, p in enumerate(preds) if want in _f(p["content"])), None)
            names = gq["speaker"] if isinstance(gq["speaker"], list) else [gq["speaker"]]
            ok = False
            if hit is not None:
                used.add(hit)
                n_found += 1
                p = preds[hit]
                got = [p.get("speaker_text") or ""]
                if p.get("speaker") in ents:
                    got.append(ents[p["speaker"]]["canonical"])
                got = [_f(x) for x in got if x]
                ok = any(_f(n) in x or (x and x in _f(n)) for n in names for x in got)
                n_speaker += ok
            details.append({"url": g["url"], "content": gq["content"], "speaker": names,
                            "found": hit is not None, "speaker_ok": ok,
                            "predicted_speaker": None if hit is None else preds[hit].get("speaker_text")})
        n_pred += len(preds)
        n_pred_ok += len(used)
    return {
        "articles": len(gold), "statements": n_gold, "found": n_found,
        "recall": round(n_found / n_gold, 4) if n_gold else 0.0,
        "precision": round(n_pred_ok / n_pred, 4) if n_pred else 0.0,
        "speaker_accuracy": round(n_speaker / n_found, 4) if n_found else 0.0,
        "speaker_accuracy_all": round(n_speaker / n_gold, 4) if n_gold else 0.0,
        "details": details,
    }
