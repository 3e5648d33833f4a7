"""PLOVER-style event records for event-data users (one JSON object per line).

PLOVER (Political Language Ontology for Verifiable Event Records) describes an
event by its type, mode, actors, recipients, date and location. Concord's events
are gatherings, so meetings of every kind map to CONSULT with mode "meet" (or
"visit" for visits) and signings to AGREE; statements and announcements have no
PLOVER category and are left out. Unlike GDELT-style rows, one record stands for
one real-world event however many articles reported it: `sources` lists them.
"""
from __future__ import annotations

import json
from pathlib import Path

from concord.graph.queries import event_profile

PLOVER_TYPE = {
    "SUMMIT": ("CONSULT", "meet"), "MEETING": ("CONSULT", "meet"), "FORUM": ("CONSULT", "meet"),
    "WORKSHOP": ("CONSULT", "meet"), "DIALOGUE": ("CONSULT", "meet"), "CONFERENCE": ("CONSULT", "meet"),
    "ROUNDTABLE": ("CONSULT", "meet"), "VISIT": ("CONSULT", "visit"), "SIGNING": ("AGREE", "sign"),
}


def plover_record(event: dict) -> dict | None:
    mapped = PLOVER_TYPE.get(event["type"])
    if mapped is None:
        return None
    event_type, mode = mapped
    organisers = event["organizers"]
    participants = [p for p in event["participants"] if p["id"] not in {o["id"] for o in organisers}]
    actors = organisers or participants[:1]
    recipients = participants if organisers else participants[1:]
    return {
        "id": event["id"],
        "date": event["date"],
        "date_precision": event["date_precision"],
        "event": event_type,
        "mode": mode,
        "context": [event["type"].lower()],
        "name": event["name"],
        "actor": [{"id": a["id"], "name": a["name"], "type": a["type"]} for a in actors],
        "recipient": [{"id": r["id"], "name": r["name"], "type": r["type"]} for r in recipients],
        "location": ({"id": event["location_id"], "name": event["location_name"]}
                     if event["location_id"] else None),
        "sources": [{"document_id": s["id"], "title": s["title"], "published": s["published"],
                     "start": s["start"], "end": s["end"]} for s in event["sources"]],
    }


def export_plover(store, path: Path) -> dict:
    path.parent.mkdir(parents=True, exist_ok=True)
    written = skipped = 0
    with path.open("w", encoding="utf-8") as out:
        for (event_id,) in store.conn.execute("SELECT id FROM graph_events ORDER BY date, id").fetchall():
            record = plover_record(event_profile(store, event_id))
            if record is None:
                skipped += 1
                continue
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            written += 1
    return {"events": written, "not_in_plover": skipped}
