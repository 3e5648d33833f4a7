"""Score Concord's extraction on our own evaluation set (and on the seed dev set when present).

    .venv/bin/python bench/evalset.py [--details] [--json] [--set evalset|dev|all]

The evaluation set, `tests/fixtures/evalset/`, holds fifteen articles we wrote
ourselves (real public facts, our own sentences) in the styles of the outlets
the held-out set is drawn from — wires with datelines, ministry releases, event
recaps, scraped pages with furniture — and their gold answers in exactly the
format of `../shared/eval/dev/gold/`. Three of them deserve credibility flags
(a garbled name, an office held by someone else on that date, a pronoun that
contradicts the known holder); the rest are clean.

Extraction runs in-process through `concord.pipeline.extract_paths`, the same
path as `concord extract`. Scoring uses `../shared/eval/score.py` itself,
imported by path, so the figures are the ones the shared scorer would print;
without that file the script says so and exits with status 2.

The test `tests/extract/test_evalset.py` uses `predict` and `score` from here
to hold floors under these figures.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Iterable

REPO = Path(__file__).resolve().parents[1]
EVALSET = REPO / "tests" / "fixtures" / "evalset"
DEV = REPO.parent / "shared" / "eval" / "dev"
SCORER = REPO.parent / "shared" / "eval" / "score.py"


def load_scorer(path: Path = SCORER) -> ModuleType | None:
    """The shared scorer as a module, or None when ../shared is not beside the repo."""
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location("concord_shared_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def predict(texts_dir: Path) -> dict[str, dict]:
    """Extraction records of every text in `texts_dir`, keyed by file name (as the scorer keys them)."""
    from concord.document import Failure
    from concord.pipeline import extract_paths
    from concord.settings import load_settings

    paths = sorted(str(p) for p in texts_dir.glob("*.txt"))
    records: dict[str, dict] = {}
    for item in extract_paths(paths, load_settings(), workers=1):
        if isinstance(item, Failure):
            continue  # a failed document counts as "without output" in the score
        records[Path(str(item.get("source") or "")).name] = item
    return records


def score(scorer: ModuleType, gold_dir: Path, records: dict[str, dict]) -> tuple[dict, list[str]]:
    """The scorer's summary and its list of misses, for the gold files in `gold_dir`."""
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    totals, details, missing = scorer.Totals(), [], 0
    for gold in golds:
        pred = records.get(gold["file"])
        if pred is None:
            missing += 1
            details.append(f"{gold['file']}: no output")
        scorer.score_doc(gold, pred, totals, details)
    return scorer.summarise(totals, len(golds), missing), details


def table(name: str, s: dict, fmt) -> list[str]:
    """The scorer's own text layout, one block per set."""
    e, q, ev, fl = s["entities"], s["quotes"], s["events"], s["flags"]
    return [
        f"== {name}: documents {s['documents']} (without output: {s['documents_without_output']})",
        f"cleaning   boilerplate removed {fmt(s['cleaning']['boilerplate_removed'])}  "
        f"content kept {fmt(s['cleaning']['content_kept'])}",
        f"metadata   published {fmt(s['published'])}  title {fmt(s['title'])}",
        f"entities   P {fmt(e['p'])}  R {fmt(e['r'])}  F1 {fmt(e['f1'])}  typed F1 {fmt(e['typed_f1'])}",
        f"roles      R {fmt(s['roles']['recall'])}",
        f"quotes     P {fmt(q['precision'])}  R {fmt(q['recall'])}  attribution {fmt(q['attribution'])}  "
        f"attributed R {fmt(q['attributed_recall'])}",
        f"events     P {fmt(ev['precision'])}  R {fmt(ev['recall'])}  date {fmt(ev['date'])}  "
        f"location {fmt(ev['location'])}",
        f"flags      R {fmt(fl['recall'])}  false-positive rate {fmt(fl['false_positive_rate'])}",
    ]


def sets(which: str) -> Iterable[tuple[str, Path]]:
    if which in ("evalset", "all"):
        yield "evalset", EVALSET
    if which in ("dev", "all") and (DEV / "texts").is_dir():
        yield "dev", DEV


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=("evalset", "dev", "all"), default="all")
    ap.add_argument("--details", action="store_true", help="list every miss")
    ap.add_argument("--json", action="store_true", help="print the summaries as JSON")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    if scorer is None:
        print(f"the shared scorer is not at {SCORER}; nothing to score", file=sys.stderr)
        return 2
    summaries = {}
    for name, root in sets(args.set):
        summary, details = score(scorer, root / "gold", predict(root / "texts"))
        summaries[name] = summary
        if args.json:
            continue
        print("\n".join(table(name, summary, scorer.fmt)))
        if args.details:
            print("\n".join(details))
        print()
    if args.json:
        print(json.dumps(summaries, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
