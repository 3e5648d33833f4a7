"""The organisation, framework and place data files: schema, ids, sources, aliases, size.

These files are hand-curated data, so the tests check the rules that keep them
trustworthy (every dated fact has a source, an alias names one entity unless
knowingly shared) and a few behaviours that the extractor relies on (local
spellings reach one entity, date-bounded membership queries work).
"""
from __future__ import annotations

import json
import re
from collections import defaultdict

import pytest

from concord.kb import load_kb
from concord.kb.load import data_dir
from concord.kb.model import is_date, parse_date
from concord.kb.normalize import normalize_name

FILES = {"organizations.jsonl": "ORGANIZATION", "frameworks.jsonl": "FRAMEWORK", "places.jsonl": "PLACE"}
ID = re.compile(r"^(Q\d+|(org|fw|place):[a-z0-9][a-z0-9._-]*)$")
REQUIRED = {"id": str, "type": str, "name": str, "aliases": list, "offices": list, "memberships": list, "attrs": dict}
# attrs that hold a date; each needs "<key>_source" beside it.
DATE_ATTRS = ("founded", "signed", "in_force", "adopted", "initiated")
REF_ATTRS = ("country", "capital_of", "parent", "series", "headquarters", "predecessor", "successor")
CITY_STATES = {"Q334", "Q235", "Q159583"}   # Singapore, Monaco, Holy See: the state is its own capital


def _records(name: str) -> list[tuple[int, dict]]:
    out = []
    for number, line in enumerate((data_dir() / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            out.append((number, json.loads(line)))
    return out


@pytest.fixture(scope="module")
def records() -> dict[str, list[tuple[int, dict]]]:
    return {name: _records(name) for name in FILES}


@pytest.fixture(scope="module")
def everything(records) -> list[dict]:
    return [record for recs in records.values() for _, record in recs]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_every_line_follows_the_schema(records):
    problems = []
    for name, recs in records.items():
        for number, record in recs:
            where = f"{name}:{number}"
            for key, kind in REQUIRED.items():
                if not isinstance(record.get(key), kind):
                    problems.append(f"{where}: {key} missing or not {kind.__name__}")
            if record.get("type") != FILES[name]:
                problems.append(f"{where}: type {record.get('type')} in {name}")
            if not ID.match(str(record.get("id"))):
                problems.append(f"{where}: id {record.get('id')!r} is neither a QID nor org:/fw:/place: local id")
            qid = record.get("wikidata")
            if str(record.get("id", "")).startswith("Q") and qid != record["id"]:
                problems.append(f"{where}: wikidata {qid!r} differs from id {record['id']}")
            if not str(record.get("id", "")).startswith("Q") and qid is not None:
                problems.append(f"{where}: a local id with a wikidata QID {qid}: use the QID as id")
            if any(not isinstance(a, str) or not a.strip() for a in record.get("aliases", [])):
                problems.append(f"{where}: empty or non-string alias")
    assert not problems, "\n".join(problems[:20])


def test_ids_are_unique_across_the_three_files(records):
    seen: dict[str, str] = {}
    clashes = []
    for name, recs in records.items():
        for number, record in recs:
            if record["id"] in seen:
                clashes.append(f"{record['id']} in {seen[record['id']]} and {name}:{number}")
            seen[record["id"]] = f"{name}:{number}"
    assert not clashes, clashes


def _dated_facts(record: dict):
    """(label, date, source) for every dated fact of one record."""
    for item in record.get("members", []) + record.get("memberships", []):
        for key in ("start", "end"):
            if item.get(key):
                yield f"{key} of {item.get('member') or item.get('of')}", item[key], item.get("source")
    for key in DATE_ATTRS:
        if key in record["attrs"]:
            yield key, record["attrs"][key], record["attrs"].get(f"{key}_source")


def test_every_dated_fact_has_a_source_and_an_iso_date(everything):
    problems = []
    for record in everything:
        for label, date, source in _dated_facts(record):
            if not is_date(date):
                problems.append(f"{record['id']} {label}: {date!r} is not ISO")
            if not (isinstance(source, str) and source.startswith(("http://", "https://"))):
                problems.append(f"{record['id']} {label}: no source URL")
        for item in record.get("members", []):
            if item.get("start") and item.get("end"):
                assert parse_date(item["start"]) <= parse_date(item["end"], end=True), record["id"]
    assert not problems, "\n".join(problems[:20])


def test_sizes_meet_the_issue(records):
    organisations = len(records["organizations.jsonl"]) + len(records["frameworks.jsonl"])
    assert organisations >= 200
    assert len(records["places.jsonl"]) >= 300


def test_an_alias_names_one_entity_unless_marked_ambiguous(everything):
    names = defaultdict(set)
    marked = defaultdict(set)
    for record in everything:
        for text in [record["name"], *record["aliases"]]:
            names[normalize_name(text)].add(record["id"])
        for text in record.get("ambiguous_aliases", []):
            marked[record["id"]].add(normalize_name(text))
    shared = {key: sorted(ids) for key, ids in names.items()
              if len(ids) > 1 and not all(key in marked[i] for i in ids)}
    assert not shared, shared


def test_ambiguous_aliases_are_real_names_of_the_entity(everything):
    for record in everything:
        own = {normalize_name(t) for t in [record["name"], *record["aliases"]]}
        for text in record.get("ambiguous_aliases", []):
            assert normalize_name(text) in own, f"{record['id']}: ambiguous alias {text!r} is not one of its names"


def test_references_point_to_entities_of_the_knowledge_base(everything, kb):
    dangling = []
    for record in everything:
        refs = [m["member"] for m in record.get("members", [])]
        refs += [record["attrs"][k] for k in REF_ATTRS if record["attrs"].get(k)]
        dangling += [f"{record['id']} -> {ref}" for ref in refs if kb.get(ref) is None]
    assert not dangling, dangling


def test_every_place_has_a_kind_and_capitals_name_their_state(records):
    for _, record in records["places.jsonl"]:
        assert record["attrs"].get("kind"), record["id"]
        if record["attrs"].get("capital_of"):
            assert record["attrs"]["capital_of"] != record["id"], "a capital is not its own state"


def test_every_un_member_has_a_capital(records, kb):
    capitals = {r["attrs"].get("capital_of") for _, r in records["places.jsonl"]}
    members = [e for e in kb if e.type == "COUNTRY" and e.attrs.get("un_status") == "member"]
    if not members:
        pytest.skip("states.jsonl does not mark UN members yet")
    missing = [e.name for e in members if e.id not in capitals and e.id not in CITY_STATES]
    assert not missing, missing


def test_local_spellings_reach_the_same_place(kb):
    groups = [("Hà Nội", "Ha Noi", "Hanoi"), ("Nay Pyi Taw", "Naypyidaw", "Naypyitaw"),
              ("Hồ Chí Minh City", "Ho Chi Minh City", "Saigon"), ("Vientiane", "Viangchan"),
              ("Yangon", "Rangoon"), ("Đà Nẵng", "Da Nang"), ("South East Asia", "Southeast Asia")]
    for group in groups:
        found = {tuple(sorted(e.id for e in kb.lookup(text) if e.type == "PLACE")) for text in group}
        assert len(found) == 1 and found != {()}, (group, found)


def test_an_ambiguous_alias_returns_every_entity_having_it(kb):
    ids = {e.id for e in kb.lookup("East Sea")}
    assert {kb.lookup("South China Sea")[0].id, kb.lookup("Sea of Japan")[0].id} <= ids


def test_membership_queries_follow_the_dates(kb):
    # The Lower Mekong Initiative gave way to the Mekong-U.S. Partnership on 2020-09-11.
    lmi_2015 = {e.id for e, _ in kb.members("Lower Mekong Initiative", on="2015-06-01")}
    lmi_2010 = {e.id for e, _ in kb.members("LMI", on="2010-06-01")}
    assert "Q836" in lmi_2015 and "Q836" not in lmi_2010          # Myanmar joined in 2012
    assert not kb.members("Lower Mekong Initiative", on="2021-01-01")
    assert len(kb.members("Mekong-US Partnership", on="2021-01-01")) == 6
    # Viet Nam joined ACMECS a year after the four founders.
    assert "Q881" not in {e.id for e, _ in kb.members("ACMECS", on="2004-01-01")}
    assert "Q881" in {e.id for e, _ in kb.members("ACMEC", on="2005-01-01")}
    # Dialogue partners of the Mekong River Commission are not members.
    mrc = {e.id for e, _ in kb.members("MRC", on="2020-01-01")}
    assert mrc == {"Q424", "Q819", "Q869", "Q881"}
