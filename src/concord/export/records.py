"""JSON Lines of the public extraction record, one stored document a line."""
from __future__ import annotations

import json
from pathlib import Path

from concord.graph.queries import document_view


def export_jsonl(store, path: Path) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for doc_id in store.document_ids():
            record = document_view(store, doc_id)
            record.pop("provenance", None)
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return {"documents": count}
