"""Convert entities of a Wikidata JSON dump into KB records, offline and streamed.

A Wikidata JSON dump (``latest-all.json.bz2`` or a filtered extract) is one JSON
array with one entity per line::

    [
    {"type":"item","id":"Q424","labels":{...},"aliases":{...},"claims":{...}},
    ...
    ]

It is read line by line (plain or bz2), never loaded whole, so a dump of any size
works in constant memory. Entities whose "instance of" (P31) is one of the chosen
classes become records of our schema (docs/kb.md): English label and aliases, type
by class (``data/wikidata_classes.json``), QID, and the few attributes a dump
states plainly (ISO codes, country, parent organisation, inception, gender).
Dated offices are not imported: position items need checking by hand.
"""
from __future__ import annotations

import bz2
import gzip
import json
from pathlib import Path
from typing import IO, Iterable, Iterator

from concord.datafiles import load_json
from concord.document import ENTITY_TYPES
from concord.errors import KnowledgeBaseError

_GENDER = {"Q6581097": "male", "Q6581072": "female"}


def _class_table() -> dict:
    return load_json("concord.kb", "wikidata_classes.json")


def class_types() -> dict[str, str]:
    """Wikidata class QID → Concord type, from data/wikidata_classes.json."""
    return dict(_class_table()["classes"])


DEFAULT_CLASSES: tuple[str, ...] = tuple(_class_table()["default"])


def parse_classes(specs: Iterable[str]) -> dict[str, str]:
    """Class QIDs (optionally ``Q123=PLACE``) → Concord type; unknown classes need ``=TYPE``."""
    known = class_types()
    wanted: dict[str, str] = {}
    for spec in specs:
        qid, _, given = spec.strip().partition("=")
        kind = (given or known.get(qid, "")).upper()
        if not qid.startswith("Q") or not qid[1:].isdigit():
            raise KnowledgeBaseError(f"class {spec!r} is not a Wikidata QID like Q6256")
        if kind not in ENTITY_TYPES:
            raise KnowledgeBaseError(
                f"class {qid} has no Concord type; write it as {qid}=PLACE (or PERSON, COUNTRY, "
                "ORGANIZATION, FRAMEWORK) or add it to kb/data/wikidata_classes.json")
        wanted[qid] = kind
    return wanted


def _open(path: Path) -> IO[str]:
    if path.suffix == ".bz2":
        return bz2.open(path, "rt", encoding="utf-8")
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return path.open("r", encoding="utf-8")


def iter_dump(path: Path, needles: tuple[str, ...] = ()) -> Iterator[dict]:
    """Each entity of a dump, streamed; raises KnowledgeBaseError naming the bad line.

    With `needles`, lines containing none of them are skipped unparsed (the dump is
    mostly entities we do not want, and parsing is the cost).
    """
    number = 0
    try:
        with _open(path) as handle:
            for number, line in enumerate(handle, 1):
                if needles and not any(n in line for n in needles):
                    continue
                line = line.strip().rstrip(",")
                if line in ("", "[", "]"):
                    continue
                try:
                    yield json.loads(line)
                except ValueError as exc:
                    raise KnowledgeBaseError(
                        f"{path} line {number}: not a JSON entity ({exc.msg}); is it a Wikidata JSON dump "
                        "(one entity per line inside a JSON array)?") from exc
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise KnowledgeBaseError(f"{path} after line {number}: cannot read the dump ({exc})") from exc


def _claim_values(entity: dict, prop: str) -> list:
    """The values of one property's statements, deprecated ones left out."""
    out = []
    for statement in (entity.get("claims") or {}).get(prop, []):
        if statement.get("rank") == "deprecated":
            continue
        snak = statement.get("mainsnak") or {}
        if snak.get("snaktype") != "value":
            continue
        value = (snak.get("datavalue") or {}).get("value")
        if isinstance(value, dict) and "id" in value:
            value = value["id"]
        elif isinstance(value, dict) and "numeric-id" in value:
            value = f"Q{value['numeric-id']}"
        out.append(value)
    return out


def _time(value) -> str | None:
    """A Wikidata time value as our ISO date, as precise as it says (day, month, year)."""
    if not isinstance(value, dict) or not str(value.get("time", "")).startswith("+"):
        return None
    date = value["time"][1:11]
    precision = value.get("precision", 11)
    if precision >= 11:
        return date
    return date[:7] if precision == 10 else date[:4] if precision == 9 else None


def _text(entity: dict, key: str, language: str) -> list[str]:
    block = (entity.get(key) or {}).get(language) or []
    items = block if isinstance(block, list) else [block]
    return [item["value"] for item in items if isinstance(item, dict) and item.get("value")]


def convert(entity: dict, wanted: dict[str, str], language: str = "en") -> dict | None:
    """One dump entity as a KB record, or None when no P31 class is wanted or it has no label."""
    qid = entity.get("id", "")
    kinds = [wanted[c] for c in _claim_values(entity, "P31") if c in wanted]
    labels = _text(entity, "labels", language) or _text(entity, "labels", "mul")
    if not kinds or not labels or not qid.startswith("Q"):
        return None
    name = labels[0]
    aliases = [a for a in dict.fromkeys(_text(entity, "aliases", language)) if a != name]
    attrs: dict = {}
    for prop, key in (("P297", "iso2"), ("P298", "iso3")):
        values = _claim_values(entity, prop)
        if values:
            attrs[key] = values[0]
    for prop, key in (("P17", "country"), ("P749", "parent")):
        values = [v for v in _claim_values(entity, prop) if isinstance(v, str)]
        if values and values[0] != qid:
            attrs[key] = values[0]
    gender = [_GENDER[v] for v in _claim_values(entity, "P21") if v in _GENDER]
    if gender:
        attrs["gender"] = gender[0]
    founded = next(filter(None, map(_time, _claim_values(entity, "P571"))), None)
    if founded:
        attrs["founded"] = founded
        attrs["founded_source"] = f"https://www.wikidata.org/wiki/{qid}"
    attrs["imported_from"] = "wikidata"
    return {"id": qid, "type": kinds[0], "name": name, "wikidata": qid, "aliases": aliases,
            "offices": [], "memberships": [], "attrs": attrs}


def import_dump(path: str | Path, classes: Iterable[str] = DEFAULT_CLASSES, language: str = "en") -> Iterator[dict]:
    """KB records for the entities of a Wikidata JSON dump whose P31 is in `classes`."""
    wanted = parse_classes(classes)
    # Cheap text test before parsing: a line that names none of the classes cannot match.
    needles = tuple(f'"{qid}"' for qid in wanted)
    for entity in iter_dump(Path(path), needles):
        record = convert(entity, wanted, language)
        if record is not None:
            yield record
