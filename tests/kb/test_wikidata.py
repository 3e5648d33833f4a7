"""The Wikidata import on a small dump written here (plain and .bz2)."""
from __future__ import annotations

import bz2
import json

import pytest

from concord.errors import KnowledgeBaseError
from concord.kb import load_kb
from concord.kb.wikidata import import_dump, parse_classes


def item(qid, label, classes, aliases=(), claims=None):
    def statement(prop, value, rank="normal"):
        if isinstance(value, str) and value.startswith("Q"):
            data = {"value": {"entity-type": "item", "numeric-id": int(value[1:]), "id": value},
                    "type": "wikibase-entityid"}
        else:
            data = {"value": value, "type": "string" if isinstance(value, str) else "time"}
        return {"mainsnak": {"snaktype": "value", "property": prop, "datavalue": data},
                "type": "statement", "rank": rank}
    all_claims = {"P31": [statement("P31", c) for c in classes]}
    for prop, values in (claims or {}).items():
        all_claims[prop] = [statement(prop, v) for v in values]
    return {"type": "item", "id": qid,
            "labels": {"en": {"language": "en", "value": label}, "fr": {"language": "fr", "value": label + " (fr)"}},
            "aliases": {"en": [{"language": "en", "value": a} for a in aliases]},
            "claims": all_claims}


ENTITIES = [
    item("Q9001", "Testonia", ["Q6256"], ["Republic of Testonia"], {"P297": ["TS"], "P298": ["TST"]}),
    item("Q9002", "Test City", ["Q515"], ["Testopolis"], {"P17": ["Q9001"]}),
    item("Q9003", "Test Riverine Forum", ["Q484652"], [],
         {"P571": [{"time": "+1995-04-05T00:00:00Z", "precision": 11}]}),
    item("Q9004", "Some Cat", ["Q146"]),
    item("Q9005", "Jane Tester", ["Q5"], ["J. Tester"], {"P21": ["Q6581072"]}),
]


def write_dump(path, entities, compress=False):
    body = "[\n" + ",\n".join(json.dumps(e, separators=(",", ":")) for e in entities) + "\n]\n"
    if compress:
        path.write_bytes(bz2.compress(body.encode("utf-8")))
    else:
        path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize("compress", [False, True])
def test_import_plain_and_bz2(tmp_path, compress):
    dump = write_dump(tmp_path / ("dump.json.bz2" if compress else "dump.json"), ENTITIES, compress)
    records = {r["id"]: r for r in import_dump(dump, ["Q6256", "Q515", "Q484652"])}
    assert set(records) == {"Q9001", "Q9002", "Q9003"}          # the cat and the person are not chosen
    assert records["Q9001"]["type"] == "COUNTRY"
    assert records["Q9001"]["aliases"] == ["Republic of Testonia"]
    assert records["Q9001"]["attrs"]["iso2"] == "TS"
    assert records["Q9002"]["type"] == "PLACE" and records["Q9002"]["attrs"]["country"] == "Q9001"
    assert records["Q9003"]["attrs"]["founded"] == "1995-04-05"


def test_person_class_and_custom_class_type(tmp_path):
    dump = write_dump(tmp_path / "d.json", ENTITIES)
    people = list(import_dump(dump, ["Q5"]))
    assert [(p["name"], p["attrs"]["gender"]) for p in people] == [("Jane Tester", "female")]
    cats = list(import_dump(dump, ["Q146=PLACE"]))
    assert [c["id"] for c in cats] == ["Q9004"]


def test_unknown_class_without_type_is_refused():
    with pytest.raises(KnowledgeBaseError, match="Q146=PLACE"):
        parse_classes(["Q146"])


def test_imported_file_loads_as_user_kb(tmp_path):
    dump = write_dump(tmp_path / "d.json", ENTITIES)
    folder = tmp_path / "kb"
    folder.mkdir()
    with (folder / "wd.jsonl").open("w") as handle:
        for record in import_dump(dump, ["Q6256", "Q515"]):
            handle.write(json.dumps(record) + "\n")
    kb = load_kb([folder], include_default=False)
    assert [e.id for e in kb.lookup("Testopolis")] == ["Q9002"]


def test_corrupt_dump_names_the_line(tmp_path):
    dump = tmp_path / "bad.json"
    dump.write_text('[\n{"type":"item","id":"Q1","claims":{"P31":"Q6256"\n]\n')
    with pytest.raises(KnowledgeBaseError, match="line 2"):
        list(import_dump(dump, ["Q6256"]))


def test_truncated_bz2_is_a_clear_error(tmp_path):
    dump = write_dump(tmp_path / "t.json.bz2", ENTITIES * 5, compress=True)
    dump.write_bytes(dump.read_bytes()[: len(dump.read_bytes()) // 2])
    with pytest.raises(KnowledgeBaseError, match="cannot read the dump"):
        list(import_dump(dump, ["Q6256"]))
