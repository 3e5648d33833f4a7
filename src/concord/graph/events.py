"""One event node per real-world happening, however many articles report it.

Two reports are the same event when they have the same type and series (the
normalised name without its ordinal), and
- both give the same ordinal ("the 43rd ASEAN Summit"), with dates and places
  that do not contradict each other; or
- neither gives an ordinal, and both give dates that agree (one may refine the
  other: 2023-09 and 2023-09-05) and places that do not contradict each other.
"""
from __future__ import annotations

import re
import sqlite3

from concord.document import Event
from concord.graph.ids import slug
from concord.kb.normalize import normalize_name

_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)?\b")
_BRACKETS = re.compile(r"\([^()]*\)")
_FILLER = {"the", "of", "on", "and", "for", "in", "a", "an"}


def series_and_ordinal(name: str) -> tuple[str, int | None]:
    """('asean summit', 43) for "the 43rd ASEAN Summit"; ordinal words become digits first.
    Words in brackets are left out: "18th East Asia Summit (EAS)" and "visit to
    Vietnam (Hanoi)" are the series of the reports that do not add them."""
    normal = normalize_name(_BRACKETS.sub(" ", name))
    ordinal = None
    match = _ORDINAL.search(normal)
    if match and int(match.group(1)) < 1000:          # a year is not an ordinal
        ordinal = int(match.group(1))
        normal = normal[:match.start()] + normal[match.end():]
    words = [w for w in normal.split() if w not in _FILLER and not (w.isdigit() and len(w) == 4)]
    return " ".join(words), ordinal


def dates_agree(a: str | None, b: str | None) -> bool:
    """True when neither contradicts the other (equal, or one refines the other)."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _places_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or a == b


def _more_precise(a: str | None, b: str | None) -> str | None:
    if not a:
        return b
    if not b:
        return a
    return a if len(a) >= len(b) else b


def merge_event(conn: sqlite3.Connection, event: Event, location_id: str | None) -> str:
    """The graph id of `event`: an existing node it matches (updated with any finer
    date or place), or a new node."""
    series, ordinal = series_and_ordinal(event.name)
    rows = conn.execute(
        "SELECT id, ordinal, date, location_id FROM graph_events WHERE type = ? AND series_key = ?",
        (event.type, series)).fetchall()
    for node_id, node_ordinal, node_date, node_location in rows:
        if node_ordinal != ordinal:
            continue
        if not _places_agree(node_location, location_id) or not dates_agree(node_date, event.date):
            continue
        if ordinal is None and not (node_date and event.date):
            continue      # no ordinal and no dates: the same words may name different meetings
        date = _more_precise(node_date, event.date)
        precision = event.date_precision if date == event.date else None
        conn.execute(
            "UPDATE graph_events SET date = ?, date_precision = COALESCE(?, date_precision),"
            " location_id = COALESCE(location_id, ?), location_name = COALESCE(location_name, ?)"
            " WHERE id = ?",
            (date, precision, location_id, (event.location or {}).get("name"), node_id))
        return node_id
    node_id = _new_event_id(conn, event, series, ordinal)
    conn.execute(
        "INSERT INTO graph_events (id, type, name, series_key, ordinal, date, date_precision, location_id,"
        " location_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (node_id, event.type, event.name, series, ordinal, event.date, event.date_precision,
         location_id, (event.location or {}).get("name")))
    return node_id


def _new_event_id(conn, event: Event, series: str, ordinal: int | None) -> str:
    parts = [event.type.lower(), slug(series) if series else "event"]
    if ordinal is not None:
        parts.append(str(ordinal))
    if event.date:
        parts.append(event.date)
    base = "e:" + "-".join(parts)
    candidate, n = base, 2
    while conn.execute("SELECT 1 FROM graph_events WHERE id = ?", (candidate,)).fetchone():
        candidate, n = f"{base}-{n}", n + 1
    return candidate
