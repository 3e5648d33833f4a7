"""Checks of the people files of the knowledge base (people-*.jsonl).

The data checks read the files directly, so they hold even before the KB code loads
them; the API checks ask `concord.kb` a few well-known, dated facts and skip when the
KB code is not importable.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parents[2] / "src" / "concord" / "kb" / "data"
FILES = ("people-asean.jsonl", "people-partners.jsonl", "people-international.jsonl")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID = re.compile(r"^(Q\d+|p:[a-z0-9]+(-[a-z0-9]+)*)$")
# Offices one person holds at a time in a state or organisation. Variants are folded
# onto one key so that, e.g., a "King" and a "Queen" of the same state are compared.
SINGLE = {"President": "President", "Prime Minister": "Prime Minister",
          "Foreign Minister": "Foreign Minister", "King": "Monarch", "Queen": "Monarch",
          "Sultan": "Monarch", "Emperor": "Monarch", "State Counsellor": "State Counsellor",
          "Secretary-General": "Secretary-General", "Defence Minister": "Defence Minister",
          "President of the European Commission": "President of the European Commission",
          "President of the European Council": "President of the European Council",
          "Chief Cabinet Secretary": "Chief Cabinet Secretary", "Director-General": "Director-General",
          "Managing Director": "Managing Director",
          # the US and UK titles of their foreign (and US defence) ministers
          "Secretary of State": "Foreign Minister", "Foreign Secretary": "Foreign Minister",
          "Secretary of Defense": "Defence Minister",
          "High Representative of the Union for Foreign Affairs and Security Policy": "Foreign Minister"}


def _records() -> list[tuple[str, int, dict]]:
    out = []
    for name in FILES:
        path = DATA / name
        assert path.exists(), f"{path} is missing; run scripts/kb/build_people.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("//"):
                out.append((name, number, json.loads(line)))
    return out


RECORDS = _records()


def _full(date: str, end: bool) -> str:
    """A partial ISO date as its first (or last, for an end) day, for comparisons."""
    if len(date) == 10:
        return date
    if len(date) == 7:
        return f"{date}-31" if end else f"{date}-01"
    return f"{date}-12-31" if end else f"{date}-01-01"


def test_every_line_is_a_person_of_the_schema():
    for name, number, record in RECORDS:
        where = f"{name}:{number}"
        assert record["type"] == "PERSON", where
        assert ID.match(record["id"]), f"{where}: id {record['id']!r}"
        assert record["name"].strip(), where
        if record["id"].startswith("Q"):
            assert record["wikidata"] == record["id"], where
        else:
            assert record["wikidata"] is None, where
        assert isinstance(record["aliases"], list) and record["memberships"] == [], where
        assert record["attrs"]["gender"] in ("male", "female"), where
        country = record["attrs"].get("country")
        assert country is None or re.match(r"^Q\d+$", country), where


def test_ids_are_unique_across_the_people_files():
    seen: dict[str, str] = {}
    for name, number, record in RECORDS:
        assert record["id"] not in seen, f"{record['id']} twice: {seen.get(record['id'])} and {name}:{number}"
        seen[record["id"]] = f"{name}:{number}"


def test_every_office_has_title_of_start_source_and_ordered_dates():
    for name, number, record in RECORDS:
        for office in record["offices"]:
            where = f"{name}:{number} {record['name']} {office.get('title')}"
            for key in ("title", "of", "start", "source"):
                assert office.get(key), f"{where}: no {key}"
            assert re.match(r"^(Q\d+|[a-z]+:[a-z0-9._-]+)$", office["of"]), f"{where}: of {office['of']!r}"
            assert office["source"].startswith(("https://", "http://")), where
            assert DATE.match(office["start"]), f"{where}: start {office['start']!r}"
            if office.get("end") is not None:
                assert DATE.match(office["end"]), f"{where}: end {office['end']!r}"
                assert _full(office["start"], False) <= _full(office["end"], True), f"{where}: ends before it starts"
                assert office["end"] <= "2026-11-22", f"{where}: end in the future"
            assert office["start"] <= "2026-11-22", f"{where}: start in the future"


def overlaps(records: list[dict]) -> list[str]:
    """Every pair of overlapping terms of a single-holder office, as messages."""
    terms = defaultdict(list)
    for record in records:
        for office in record["offices"]:
            key = SINGLE.get(office["title"])
            if key and not office.get("shared"):
                start = _full(office["start"], False)
                end = _full(office["end"], True) if office.get("end") else "9999-12-31"
                terms[(key, office["of"])].append((start, end, record["name"]))
    problems = []
    for (title, of), spells in terms.items():
        spells.sort()
        for (s1, e1, n1), (s2, e2, n2) in zip(spells, spells[1:]):
            # A handover day may belong to both holders; anything longer is an overlap.
            if e1 > s2:
                problems.append(f"{title} of {of}: {n1} ({s1}..{e1}) overlaps {n2} (from {s2})")
    return problems


def test_no_two_terms_of_a_single_holder_office_overlap():
    assert overlaps([r for _, _, r in RECORDS]) == []


def test_the_overlap_check_sees_an_overlap_and_allows_a_handover_day():
    def person(name, title, start, end, **extra):
        return {"name": name, "offices": [{"title": title, "of": "Q1", "start": start, "end": end, **extra}]}
    handover = [person("A", "King", "2001-01-01", "2005-06-30"), person("B", "Queen", "2005-06-30", None)]
    assert overlaps(handover) == []
    clash = [person("A", "Prime Minister", "2001-01", "2005-06"), person("B", "Prime Minister", "2005-06-15", None)]
    assert len(overlaps(clash)) == 1
    shared = [person("A", "Prime Minister", "1993", "1998", shared=True), person("B", "Prime Minister", "1993", "1997")]
    assert overlaps(shared) == []


def test_at_most_one_current_holder_per_single_office():
    current = defaultdict(list)
    for _, _, record in RECORDS:
        for office in record["offices"]:
            if office.get("end") is None and SINGLE.get(office["title"]):
                current[(SINGLE[office["title"]], office["of"])].append(record["name"])
    doubles = {k: v for k, v in current.items() if len(v) > 1}
    assert not doubles, doubles


def test_at_least_400_people_with_offices():
    with_offices = [r for _, _, r in RECORDS if r["offices"]]
    assert len(with_offices) >= 400, len(with_offices)


def test_every_asean_state_has_heads_and_foreign_ministers_since_2000():
    asean = {"Q921", "Q424", "Q252", "Q819", "Q833", "Q836", "Q928", "Q334", "Q869", "Q881", "Q574"}
    titles = defaultdict(set)
    for _, _, record in RECORDS:
        for office in record["offices"]:
            if office["of"] in asean and _full(office.get("end") or "9999", True) >= "2000-01-01":
                titles[office["of"]].add(office["title"])
    for state in asean:
        assert "Foreign Minister" in titles[state], state
        assert titles[state] & {"Prime Minister", "President", "King", "Sultan"}, state


def test_aliases_are_not_bare_parts_of_the_name():
    """A bare given name or surname ("Minh", "Lee") would collide; the extractor resolves
    short forms in context instead."""
    for name, number, record in RECORDS:
        tokens = set(record["name"].split())
        for alias in record["aliases"]:
            if " " not in alias.strip():
                assert alias not in tokens, f"{name}:{number}: bare alias {alias!r} of {record['name']}"


def test_aliases_without_honorifics_are_not_bare_parts_of_the_name():
    """The KB also indexes each alias with its honorifics stripped ("Daw Suu" -> "Suu"),
    so that form must not be a bare part of the name either."""
    try:
        from concord.kb import strip_honorifics
    except ImportError:
        pytest.skip("concord.kb is not importable yet")
    for name, number, record in RECORDS:
        tokens = set(record["name"].split())
        for alias in record["aliases"]:
            stripped = strip_honorifics(alias)
            assert stripped == record["name"] or stripped not in tokens, (
                f"{name}:{number}: {alias!r} leaves the bare {stripped!r}")


def test_names_with_diacritics_have_an_ascii_alias():
    for name, number, record in RECORDS:
        decomposed = unicodedata.normalize("NFKD", record["name"].replace("Đ", "D").replace("đ", "d"))
        ascii_form = "".join(c for c in decomposed if not unicodedata.combining(c))
        if ascii_form != record["name"]:
            assert ascii_form in record["aliases"], f"{name}:{number}: {record['name']} lacks {ascii_form!r}"


# --- through the KB API -------------------------------------------------------------

@pytest.fixture(scope="module")
def kb():
    try:
        from concord.kb import default_kb
    except ImportError:
        pytest.skip("concord.kb.default_kb is not importable yet")
    return default_kb()


def _holder_names(kb, title: str, of: str, on: str) -> set[str]:
    return {entity.name for entity, _office in kb.holders(title, of, on=on)}


@pytest.mark.parametrize("title, of, on, expected", [
    ("Foreign Minister", "Cambodia", "2025-05-15", "Prak Sokhonn"),
    ("Minister of Foreign Affairs and International Cooperation", "Cambodia", "2024-01-10", "Sok Chenda Sophea"),
    ("Prime Minister", "Cambodia", "2010-06-01", "Hun Sen"),
    ("Prime Minister", "Thailand", "2024-12-01", "Paetongtarn Shinawatra"),
    ("Secretary-General", "ASEAN", "2015-06-01", "Lê Lương Minh"),
    ("Secretary of State", "United States", "2014-03-01", "John Kerry"),
    ("Foreign Minister", "United States", "2014-03-01", "John Kerry"),
    ("Foreign Secretary", "United Kingdom", "2025-10-01", "Yvette Cooper"),
    ("President", "Indonesia", "2020-01-01", "Joko Widodo"),
    ("Foreign Minister", "Laos", "2025-03-01", "Thongsavanh Phomvihane"),
])
def test_holders_on_a_date(kb, title, of, on, expected):
    assert _holder_names(kb, title, of, on) == {expected}


def test_a_handover_day_and_the_day_after(kb):
    # Hun Manet took over on 22 August 2023; the day after, only he holds the office.
    assert _holder_names(kb, "Prime Minister", "Cambodia", "2023-08-23") == {"Hun Manet"}


def test_name_forms_find_the_person(kb):
    for form, name in [("Samdech Techo Hun Sen", "Hun Sen"), ("Pham Minh Chinh", "Phạm Minh Chính"),
                       ("Bongbong Marcos", "Ferdinand Marcos Jr."), ("Jokowi", "Joko Widodo"),
                       ("Daw Aung San Suu Kyi", "Aung San Suu Kyi"), ("Abe Shinzo", "Shinzo Abe")]:
        assert name in {e.name for e in kb.lookup(form)}, form


def test_every_office_refers_to_a_known_entity(kb):
    for _, _, record in RECORDS:
        for office in record["offices"]:
            assert kb.get(office["of"]) is not None, f"{record['name']}: unknown `of` {office['of']}"


def test_the_files_are_what_the_generator_writes(tmp_path):
    """The JSONL files are built by scripts/kb/build_people.py; an edit made to the
    files alone would be lost at the next build, so the two must agree."""
    import importlib.util
    import shutil

    script = DATA.parents[3] / "scripts" / "kb" / "build_people.py"
    if not script.exists():
        pytest.skip("scripts/kb/build_people.py is not present")
    spec = importlib.util.spec_from_file_location("build_people", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    if (DATA / "organizations.jsonl").exists():
        shutil.copy(DATA / "organizations.jsonl", tmp_path / "organizations.jsonl")
    module.build(tmp_path)
    for name in FILES:
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA / name).read_text(encoding="utf-8"), name
