"""The `marsad` command: a thin layer over plain functions.

Every command reports unreadable inputs as one line on standard error naming
the input, goes on with the rest, and exits with status 1 at the end if any
input failed (2 for a usage or configuration error).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Iterator, Sequence

from . import __version__
from .api_functions import extract_records, ingest_paths
from .errors import MarsadError


def _add_input_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help=".txt, .html, .json, .jsonl, .zip files or directories; '-' reads JSON lines from stdin")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date for inputs that give none")
    p.add_argument("--max-bytes", type=int, default=None, metavar="N",
                   help="largest page read, in bytes (default 5000000)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="marsad",
        description="Marsad reads Arabic news and writes structured event data: "
                    "entities, quotes, dates, PLOVER events, with offsets into the text.",
    )
    parser.add_argument("--version", action="version", version=f"marsad {__version__}")
    parser.add_argument("--config", metavar="FILE", help="TOML settings merged over the defaults")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("extract", help="print contract records for Arabic news pages",
                       description="Read pages and print one contract record each (docs: CONTRACT.md).")
    _add_input_args(p)
    p.add_argument("--format", choices=("json", "jsonl"), default="json",
                   help="json: indented records; jsonl: one record a line (default json)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="extract pages into the store (SQLite by default)",
                       description="Extract pages and store their records. Idempotent: an article "
                                   "already stored (same id) is skipped.")
    _add_input_args(p)
    p.add_argument("--db", metavar="URL", default=None,
                   help="store: a file path or sqlite:///path (default marsad.db), or postgresql://...")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--records", action="store_true",
                   help="the inputs are contract records (JSON lines from `marsad extract` or `marsad export`): "
                        "store them as they are, without extracting again")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("show", help="print stored records (latest first)",
                       description="List what the store holds, or print one stored record.")
    p.add_argument("id", nargs="?", help="article id to print in full")
    p.add_argument("--db", metavar="URL", default=None, help="store URL (default marsad.db)")
    p.add_argument("--limit", type=int, default=10, help="how many to list (default 10)")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("serve", help="the web page and REST API over the store",
                       description="Serve the web page (/) and the REST API (/api, OpenAPI at /docs). "
                                   "Writes need MARSAD_API_TOKEN set and sent as a bearer token.")
    p.add_argument("--db", metavar="URL", default=None, help="store URL (default marsad.db)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("export", help="export stored records: jsonl, csv (events), plover or parquet",
                       description="Write every stored record (jsonl), every event (csv) or PLOVER-style events.")
    p.add_argument("--db", metavar="URL", default=None, help="store URL (default marsad.db)")
    p.add_argument("--format", choices=("jsonl", "csv", "plover", "parquet"), default="jsonl",
                   help="parquet writes a folder of tables like `marsad spark` (needs pyarrow)")
    p.add_argument("--out", default="-", help="output file (default stdout)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("spark", help="run the pipeline on Apache Spark, writing Parquet tables",
                       description="The same pipeline on Spark (pyspark), one pipeline per partition. Writes "
                                   "articles, entities, quotes, events, duplicates, stories and errors as "
                                   "Parquet under --out; `marsad ingest OUT` loads them into a store.")
    p.add_argument("paths", nargs="+", metavar="INPUT")
    p.add_argument("--out", required=True, metavar="DIR")
    p.add_argument("--master", default="local[*]", help="Spark master URL (default local[*])")
    p.add_argument("--published", metavar="YYYY-MM-DD")
    p.add_argument("--partitions", type=int, default=None)
    p.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE",
                   help="a Spark setting (repeatable), over the settings' [spark] conf")
    p.set_defaults(func=cmd_spark)

    p = sub.add_parser("dedup", help="group near-duplicate articles (MinHash/LSH), in one process",
                       description="Print groups of near-duplicate articles (wire copies, republished pieces).")
    _add_input_args(p)
    p.add_argument("--threshold", type=float, default=0.8, help="Jaccard similarity of 5-word shingles")
    p.set_defaults(func=cmd_dedup)

    p = sub.add_parser("stories", help="merge events told by several articles into story events",
                       description="Build story events from the store's records (same type, actors, place, "
                                   "date window) and save them in the store; print a summary.")
    p.add_argument("--db", metavar="URL", default=None)
    p.add_argument("--window", type=int, default=1, help="days between mentions of one story (default 1)")
    p.set_defaults(func=cmd_stories)

    p = sub.add_parser("stages", help="list the registered pipeline stages",
                       description="List stages with what each needs and sets.")
    p.set_defaults(func=cmd_stages)

    p = sub.add_parser("lexicons", help="check every lexicon file and print its row count",
                       description="Load and validate every lexicon in the package (and MARSAD_RESOURCES).")
    p.set_defaults(func=cmd_lexicons)

    p = sub.add_parser("train", help="rebuild a shipped model file",
                       description="Rebuild a model file from data (see src/marsad/models/MODELS.md).")
    tsub = p.add_subparsers(dest="what", metavar="MODEL", required=True)
    t = tsub.add_parser("vocab", help="word counts for clitic segmentation (models/wordfreq.tsv.gz)")
    t.add_argument("paths", nargs="+", metavar="PATH", help="corpus inputs, e.g. ../shared/data/news/saudinewsnet")
    t.add_argument("--min-count", type=int, default=5)
    t.add_argument("--out", default=None, help="output file (default: the packaged model)")
    t.set_defaults(func=cmd_train_vocab)
    t = tsub.add_parser("clusters", help="distributional word clusters for NER (models/clusters.tsv.gz)")
    t.add_argument("paths", nargs="+", metavar="PATH", help="corpus inputs, e.g. ../shared/data/news/saudinewsnet")
    t.add_argument("--out", default=None, help="output file (default: the packaged model)")
    t.set_defaults(func=cmd_train_clusters)
    t = tsub.add_parser("ner", help="the CRF named-entity tagger (models/ner.crfsuite)",
                        description="Train the NER tagger on a CoNLL file (`token TAG` lines). With "
                                    "--corpus, in two stages: a first model tags the unlabelled corpus and "
                                    "how often it put each word inside a name becomes features of the "
                                    "final one (written beside it as *.names.tsv.gz). Deterministic for "
                                    "the same data, corpus, lexicons and clusters.")
    t.add_argument("--data", required=True, metavar="FILE", help="e.g. ../shared/data/ner/anercorp-train.txt")
    t.add_argument("--corpus", nargs="+", default=None, metavar="PATH",
                   help="unlabelled news for the corpus name statistics, e.g. ../shared/data/news/saudinewsnet "
                        "(the shipped model; 0.815 -> 0.822 F1 in 5-fold CV on ANERcorp)")
    t.add_argument("--out", default=None, help="output file (default: the packaged model)")
    t.add_argument("--scheme", choices=("bio", "bilou"), default="bilou",
                   help="tags the model learns: bilou (where names end; the shipped model) is about "
                        "0.5 F1 points better on ANERcorp than bio and about 10%% slower to tag "
                        "(default: bilou)")
    t.add_argument("--no-neural", dest="neural", action="store_false",
                   help="the CRF alone, without the neural scorer beside it (*.window.npz; training it "
                        "needs torch: pip install torch==2.13.0)")
    t.add_argument("--neural-only", action="store_true",
                   help="train the neural scorer alone, beside the existing CRF (--out or the packaged "
                        "one) and on the attributes it reads")
    t.set_defaults(func=cmd_train_ner)
    t = tsub.add_parser("detect", help="sentence detection models for PROTEST and ASSAULT (models/detect-*.json)",
                        description="Train the event detection models on sentences labelled like "
                                    "detection-dev.jsonl (yes / easy no / difficult no).")
    t.add_argument("--data", required=True, metavar="FILE", help="e.g. ../shared/data/events/detection-dev.jsonl")
    t.set_defaults(func=cmd_train_detect)

    p = sub.add_parser("eval", help="score Marsad against gold data",
                       description="Score a component against a gold file; prints a table, or JSON with --json.")
    esub = p.add_subparsers(dest="what", metavar="WHAT", required=True)
    e = esub.add_parser("ner", help="entity-level P/R/F1 on a CoNLL file (`token TAG` lines)",
                        description="Exact-span, exact-type entity scores per type and micro-averaged. "
                                    "With --cv K, K-fold cross-validation of models trained on the file itself.")
    e.add_argument("gold", metavar="GOLD")
    e.add_argument("--json", action="store_true", help="print JSON instead of a table")
    e.add_argument("--cv", type=int, default=0, metavar="K", help="cross-validate with K folds instead")
    e.add_argument("--model", default=None, help="a model file other than the packaged one")
    e.add_argument("--scheme", choices=("bio", "bilou"), default="bilou",
                   help="with --cv: tags the models learn (default: bilou, as the shipped model)")
    e.add_argument("--corpus", nargs="+", default=None, metavar="PATH",
                   help="with --cv: two-stage models with corpus name statistics from these "
                        "unlabelled news, as the shipped model (see `marsad train ner`)")
    e.add_argument("--neural", action="store_true",
                   help="with --cv: train the neural scorer beside each fold's CRF, as the shipped "
                        "model (needs torch; about 10 minutes a fold)")
    e.add_argument("--crf-only", action="store_true",
                   help="without --cv: score the CRF alone, without the neural scorer beside it")
    e.set_defaults(func=cmd_eval_ner)
    e = esub.add_parser("quotes", help="statements found and speaker accuracy on quote gold (eval/gold/README.md)",
                        description="Score quotes against gold statements of real articles, read by URL "
                                    "from --corpus (default ../shared/data/news/saudinewsnet).")
    e.add_argument("gold", metavar="GOLD.jsonl")
    e.add_argument("--corpus", nargs="+", default=None, metavar="PATH")
    e.add_argument("--json", action="store_true", help="print JSON (with per-statement details)")
    e.add_argument("--errors", action="store_true", help="list the statements missed or misattributed")
    e.set_defaults(func=cmd_eval_quotes)
    e = esub.add_parser("detect", help="sentence event detection per type (format of detection-dev.jsonl)",
                        description="A sentence is positive when an asserted event of its type is found. "
                                    "--cv K retrains the detection models on K-1 folds for every fold.")
    e.add_argument("gold", metavar="GOLD.jsonl")
    e.add_argument("--cv", type=int, default=0, metavar="K")
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_eval_detect)
    e = esub.add_parser("coded", help="event type and actor codes on coded sentences (format of coded-dev.jsonl)",
                        description="Type found, and source/target country and sector right, per gold event. "
                                    "--held-out FILE codes every sentence with detection models retrained "
                                    "on FILE (format of detection-dev.jsonl) less the gold sentences of its "
                                    "fold (5 folds): the shipped models learned from the development "
                                    "sentences, which hold the coded ones.")
    e.add_argument("gold", metavar="GOLD.jsonl")
    e.add_argument("--held-out", metavar="DETECTION.jsonl", default=None)
    e.add_argument("--json", action="store_true")
    e.set_defaults(func=cmd_eval_coded)
    return parser


def _settings(args):
    from .settings import load_settings
    overrides = {}
    if getattr(args, "max_bytes", None):
        overrides = {"input": {"max_bytes": args.max_bytes}}
    return load_settings(args.config, overrides)


def _report(errors: list[str]) -> None:
    for line in errors:
        print(f"marsad: {line}", file=sys.stderr)


def cmd_extract(args) -> int:
    settings = _settings(args)
    failed = 0
    first = True
    out = sys.stdout
    if args.format == "json":
        out.write("[")
    for result in extract_records(args.paths, settings, published=args.published):
        if isinstance(result, str):
            failed += 1
            _report([result])
            continue
        if args.format == "jsonl":
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            out.write(("\n" if first else ",\n") + json.dumps(result, ensure_ascii=False, indent=2))
        first = False
        out.flush()
    if args.format == "json":
        out.write("\n]\n" if not first else "]\n")
    return 1 if failed else 0


def cmd_ingest(args) -> int:
    settings = _settings(args)
    url = args.db or settings.get("store", "url", "marsad.db")
    summary = ingest_paths(args.paths, url, settings, published=args.published,
                           progress=not args.quiet and sys.stderr.isatty(), on_error=lambda m: _report([m]),
                           records=args.records)
    print(f"{summary.read} read, {summary.added} stored, {summary.skipped} already stored, "
          f"{summary.failed} failed -> {url} ({summary.total} articles in store, {summary.seconds:.1f} s)")
    return 1 if summary.failed else 0


def cmd_show(args) -> int:
    from .store import open_store
    settings = _settings(args)
    store = open_store(args.db or settings.get("store", "url", "marsad.db"))
    try:
        if args.id:
            rec = store.get(args.id)
            if rec is None:
                _report([f"{args.id}: no such article in {store.url}"])
                return 1
            print(json.dumps(rec, ensure_ascii=False, indent=2))
            return 0
        rows = store.recent(args.limit)
        print(f"{store.count()} articles in {store.url}")
        for r in rows:
            print(f"{r['published'] or '----------'}  {r['outlet'] or '-':<14}  {r['id'][:12]}  {r['title'] or ''}")
        return 0
    finally:
        store.close()


def cmd_serve(args) -> int:
    from pathlib import Path
    import uvicorn
    from .api.app import create_app
    settings = _settings(args)
    url = args.db or settings.get("store", "url", "marsad.db")
    if not url.startswith(("postgres", "sqlite:")) and not Path(url).exists():
        print(f"marsad: {url}: no such store; run `marsad ingest PATH --db {url}` first", file=sys.stderr)
        return 2
    print(f"Marsad on http://{args.host}:{args.port}/  (API docs at /docs, store {url})", file=sys.stderr)
    uvicorn.run(create_app(url, settings=settings), host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_export(args) -> int:
    import csv
    from .io.writers import plover_events
    from .store import open_store
    settings = _settings(args)
    store = open_store(args.db or settings.get("store", "url", "marsad.db"))
    if args.format == "parquet":
        from .io.writers import write_parquet
        if args.out == "-":
            print("marsad: parquet needs --out FOLDER", file=sys.stderr)
            return 2
        try:
            n = write_parquet(store.iter_records(), args.out)
        finally:
            store.close()
        print(f"{n} records exported -> {args.out}/articles, entities, quotes, events", file=sys.stderr)
        return 0
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="")
    n = 0
    try:
        if args.format == "csv":
            cols = ["article_id", "id", "type", "mode", "modality", "date", "source_country", "source_sector",
                    "target_country", "target_sector", "location", "lat", "lon", "confidence", "trigger", "outlet", "url"]
            w = csv.DictWriter(out, fieldnames=cols)
            w.writeheader()
        for rec in store.iter_records():
            if args.format == "jsonl":
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
            elif args.format == "plover":
                for ev in plover_events(rec):
                    out.write(json.dumps(ev, ensure_ascii=False) + "\n")
                    n += 1
            else:
                for ev in rec["events"]:
                    first = lambda side, f: next((a.get(f) for a in ev[side] if a.get(f)), None)  # noqa: E731
                    loc = ev.get("location") or {}
                    w.writerow({"article_id": rec["id"], "id": ev["id"], "type": ev["type"], "mode": ev.get("mode"),
                                "modality": ev.get("modality"), "date": ev.get("date"),
                                "source_country": first("source", "country"), "source_sector": first("source", "sector"),
                                "target_country": first("target", "country"), "target_sector": first("target", "sector"),
                                "location": loc.get("text"), "lat": loc.get("lat"), "lon": loc.get("lon"),
                                "confidence": ev.get("confidence"), "trigger": ev["trigger"]["text"],
                                "outlet": rec.get("outlet"), "url": rec.get("url")})
                    n += 1
    finally:
        if out is not sys.stdout:
            out.close()
        store.close()
    print(f"{n} {'records' if args.format == 'jsonl' else 'events'} exported", file=sys.stderr)
    return 0


def cmd_spark(args) -> int:
    from .spark_job import run
    bad = [c for c in args.conf if "=" not in c or not c.split("=", 1)[0].strip()]
    if bad:
        print(f"marsad: --conf {bad[0]!r}: expected KEY=VALUE", file=sys.stderr)
        return 2
    conf = {k.strip(): v for k, v in (c.split("=", 1) for c in args.conf)}
    try:
        run(args.paths, args.out, master=args.master, published=args.published, settings_path=args.config,
            partitions=args.partitions, log=lambda m: print(m, file=sys.stderr), conf=conf)
    except ImportError:
        print("marsad: spark needs pyspark (pip install pyspark pyarrow)", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    return 0


def cmd_dedup(args) -> int:
    from .dedup import group_near_duplicates
    settings = _settings(args)
    records, failed = [], 0
    for r in extract_records(args.paths, settings, published=args.published):
        if isinstance(r, str):
            failed += 1
            _report([r])
        else:
            records.append(r)
    groups = group_near_duplicates(records, args.threshold)
    by_id = {r["id"]: r for r in records}
    for n, g in enumerate(groups, 1):
        print(f"group {n}: {len(g)} articles")
        for aid in g:
            r = by_id[aid]
            print(f"  {r.get('outlet') or '-':<14} {r.get('published') or '':<10} {aid[:16]}  {(r.get('title') or '')[:70]}")
    print(f"{len(records)} articles, {len(groups)} groups of near-duplicates "
          f"({sum(len(g) for g in groups)} articles in them)", file=sys.stderr)
    return 1 if failed else 0


def cmd_stories(args) -> int:
    from .stories import build_stories
    from .store import open_store
    settings = _settings(args)
    store = open_store(args.db or settings.get("store", "url", "marsad.db"))
    try:
        stories = build_stories(store.iter_records(), args.window)
        store.save_stories(stories)
    finally:
        store.close()
    multi = sum(1 for s in stories if s["outlets"] > 1)
    print(f"{len(stories)} story events told by several articles ({multi} by several outlets)")
    for s in stories[:10]:
        print(f"  {s['date']} {s['type']:<9} {','.join(s['source_countries']) or '-'} -> "
              f"{','.join(s['target_countries']) or '-'} @ {(s['location'] or {}).get('text')}: "
              f"{s['articles']} articles, {s['outlets']} outlets, first {s['first_report']['outlet']}")
    return 0


def cmd_stages(args) -> int:
    from .pipeline import describe
    from .settings import load_settings
    default = load_settings(args.config).get("pipeline", "stages")
    for s in describe():
        mark = "*" if s["name"] in default else " "
        print(f"{mark} {s['name']:<12} needs: {', '.join(s['needs']) or '-':<24} sets: {', '.join(s['sets'])}")
        if s["doc"]:
            print(f"  {'':<12} {s['doc']}")
    print("* in the default pipeline")
    return 0


def cmd_lexicons(args) -> int:
    from .lexicon import all_lexicons, load, RESOURCE_DIR
    from .pipeline import Pipeline
    from .settings import load_settings
    for name in all_lexicons():
        rows = load(name)
        print(f"{name:<24} {len(rows):>6} rows  ({RESOURCE_DIR / name})")
    # the stages check what the rows say (PLOVER types and contexts, sectors, countries) as they load them
    Pipeline(settings=load_settings(args.config))
    print("every row's values checked by the stages that read them")
    return 0


def cmd_train_vocab(args) -> int:
    from pathlib import Path
    from .models import WORDFREQ
    from .train.vocab import build
    out = Path(args.out) if args.out else WORDFREQ
    n = build(args.paths, out, args.min_count)
    print(f"{n} words -> {out}")
    return 0


def cmd_train_clusters(args) -> int:
    from pathlib import Path
    from .models import CLUSTERS
    from .train.clusters import build
    out = Path(args.out) if args.out else CLUSTERS
    n = build(args.paths, out, log=lambda m: print(m, file=sys.stderr))
    print(f"{n} words clustered -> {out}")
    return 0


def cmd_train_ner(args) -> int:
    from pathlib import Path
    from .models import NER_MODEL
    from .train.ner import build
    out = Path(args.out) if args.out else NER_MODEL
    if args.neural or args.neural_only:
        from .train.neural import require_torch
        require_torch()  # before the CRF's quarter of an hour, not after
    if args.neural_only:
        from .ner.neural import neural_path
        from .train.ner import build_neural
        n = build_neural(args.data, out, log=lambda m: print(m, file=sys.stderr))
        print(f"trained on {n} sentences -> {neural_path(out)} ({neural_path(out).stat().st_size / 1e6:.1f} MB)")
        return 0
    n = build(args.data, out, scheme=args.scheme, corpus=args.corpus, neural=args.neural,
              log=lambda m: print(m, file=sys.stderr))
    print(f"trained on {n} sentences -> {out} ({out.stat().st_size / 1e6:.1f} MB)")
    return 0


def cmd_eval_ner(args) -> int:
    from .ner.metrics import table
    if args.cv:
        from .train.ner import cross_validate
        if args.neural:
            from .train.neural import require_torch
            require_torch()
        scores = cross_validate(args.gold, folds=args.cv, log=lambda m: print(m, file=sys.stderr),
                                scheme=args.scheme, corpus=args.corpus, neural=args.neural)
        title = f"{args.cv}-fold cross-validation on {args.gold}"
    else:
        from .eval.ner import evaluate
        scores = evaluate(args.gold, args.model, neural=not args.crf_only)
        title = f"NER on {args.gold}"
    if args.json:
        print(json.dumps(scores, indent=2))
    else:
        print(table(scores, title))
    return 0


def _default_corpus() -> list[str]:
    from pathlib import Path
    here = Path.cwd()
    for base in (here, *here.parents):
        cand = base.parent / "shared" / "data" / "news" / "saudinewsnet"
        if cand.exists():
            return [str(cand)]
    return ["../shared/data/news/saudinewsnet"]


def cmd_eval_quotes(args) -> int:
    from .eval.quotes import evaluate
    res = evaluate(args.gold, args.corpus or _default_corpus(), _pipeline(args))
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=2))
        return 0
    print(f"quotes on {args.gold}: {res['articles']} articles, {res['statements']} gold statements")
    print(f"  statements found (recall)   {res['recall']:.3f}  ({res['found']}/{res['statements']})")
    print(f"  precision of quotes         {res['precision']:.3f}")
    print(f"  speaker accuracy (found)    {res['speaker_accuracy']:.3f}")
    print(f"  speaker accuracy (all gold) {res['speaker_accuracy_all']:.3f}")
    if args.errors:
        for d in res["details"]:
            if not (d["found"] and d["speaker_ok"]):
                what = "missed" if not d["found"] else f"speaker {d['predicted_speaker']!r}"
                print(f"  - {what}: {d['speaker']} / {d['content']}  ({d['url'][:60]})")
    return 0


def cmd_train_detect(args) -> int:
    from .models import MODEL_DIR
    from .train.detect import build
    for p in build(args.data, MODEL_DIR):
        print(f"-> {p}")
    return 0


def cmd_eval_detect(args) -> int:
    from .eval.detect import evaluate
    res = evaluate(args.gold, _pipeline(args), cv=args.cv)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    how = f"{args.cv}-fold cross-validation" if args.cv else "shipped models"
    print(f"event detection on {args.gold} ({how})")
    print(f"{'type':<9} {'precision':>9} {'recall':>7} {'F1':>7} {'pos':>5} {'neg':>5}  false alarms on difficult no")
    for t, r in res.items():
        print(f"{t:<9} {r['precision']:>9.3f} {r['recall']:>7.3f} {r['f1']:>7.3f} {r['positives']:>5} "
              f"{r['negatives']:>5}  {r['false_alarms_difficult_no']}/{r['difficult_no']}")
    return 0


def cmd_eval_coded(args) -> int:
    from .eval.coded import evaluate
    res = evaluate(args.gold, _pipeline(args), detection=args.held_out)
    if args.json:
        print(json.dumps(res, indent=2))
        return 0
    how = " (detection models trained without the sentences scored)" if args.held_out else ""
    print(f"coded events on {args.gold}{how}: {res['events']} gold events, type found for {res['type_found']} "
          f"({res['type_recall']:.3f})")
    for t, r in res["by_type"].items():
        print(f"  {t:<9} found {r['found']}/{r['events']} ({r['recall']:.3f})")
    print("  among events whose type is found:")
    for k in ("any_country", "source_country", "source_sector", "target_country", "target_sector"):
        r = res[k]
        acc = "-" if r["accuracy"] is None else f"{r['accuracy']:.3f}"
        print(f"    {k:<15} {acc:>6}  ({r['correct']}/{r['checked']})")
    return 0


def _pipeline(args):
    from .pipeline import Pipeline
    return Pipeline(settings=_settings(args))


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return args.func(args)
    except MarsadError as exc:
        print(f"marsad: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("marsad: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
