"""`show` names the ids in attrs, shows chairs by year, and sectoral partners as memberships."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from concord.cli import main
from concord.kb import load_kb
from concord.kb.query import show
from concord.kb.validate import validate_dirs

SRC = "https://example.org/s"

RECORDS = [
    {"id": "Q990031", "type": "COUNTRY", "name": "Northland"},
    {"id": "Q990032", "type": "COUNTRY", "name": "Southland"},
    {"id": "Q990033", "type": "COUNTRY", "name": "Eastland"},
    {"id": "place:harbour", "type": "PLACE", "name": "Harbour City", "attrs": {"country": "Q990031"}},
    {"id": "org:league", "type": "ORGANIZATION", "name": "League of Test Lands", "aliases": ["LTL"],
     "attrs": {"acronyms": ["LTL"], "headquarters": "place:harbour",
               "chairs": [{"year": 2024, "country": "Q990032", "source": SRC},
                          {"year": 2025, "country": "Q990031", "source": SRC, "note": "swapped with Southland"}],
               "sectoral_partners": [{"country": "Q990033", "start": "2019-05-02", "source": SRC,
                                      "note": "sectoral status"}]},
     "members": [{"member": "Q990031", "start": "2001", "source": SRC}]},
    {"id": "fw:league-summit", "type": "FRAMEWORK", "name": "League Summit",
     "attrs": {"kind": "meeting_series", "series": "org:league", "parent": "org:league"}},
]


@pytest.fixture
def kb_dir(tmp_path, write):
    write(tmp_path / "l" / "l.jsonl", RECORDS)
    return tmp_path / "l"


def cli(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_json_keeps_ids_and_adds_names(kb_dir):
    record = show(load_kb([kb_dir], include_default=False), "League Summit")
    assert record["attrs"]["series"] == "org:league"
    assert record["refs"]["org:league"] == {"id": "org:league", "name": "League of Test Lands",
                                            "type": "ORGANIZATION", "acronym": "LTL"}
    league = show(load_kb([kb_dir], include_default=False), "LTL")
    assert set(league["refs"]) == {"place:harbour", "Q990032", "Q990031", "Q990033"}


def test_text_names_series_parent_and_headquarters(kb_dir):
    out = cli("kb", "--kb-dir", str(kb_dir), "show", "League Summit").output
    assert "series: League of Test Lands (LTL) [org:league]" in out
    assert "parent: League of Test Lands (LTL) [org:league]" in out
    out = cli("kb", "--kb-dir", str(kb_dir), "show", "Harbour City").output
    assert "country: Northland [Q990031]" in out


def test_chairs_by_year_and_on_a_date(kb_dir):
    out = cli("kb", "--kb-dir", str(kb_dir), "show", "LTL").output
    assert "    2024  Southland [Q990032]" in out
    assert "    2025  Northland [Q990031]  (swapped with Southland)" in out
    assert "{'year'" not in out
    dated = cli("kb", "--kb-dir", str(kb_dir), "show", "LTL", "--on", "2024-06-01")
    assert "chair of League of Test Lands in 2024: Southland [Q990032]" in dated.output
    assert "2025" not in dated.output
    record = json.loads(cli("kb", "--kb-dir", str(kb_dir), "show", "LTL", "--on", "2025", "--format", "json").output)
    assert [c["country"]["name"] for c in record["chair_on"]] == ["Northland"]
    none = cli("kb", "--kb-dir", str(kb_dir), "show", "LTL", "--on", "2030-01-01").output
    assert "in 2030: not recorded" in none


def test_sectoral_partners_are_memberships(kb_dir):
    kb = load_kb([kb_dir], include_default=False)
    assert [e.name for e, _ in kb.members("LTL", role="sectoral_partner")] == ["Eastland"]
    assert kb.members("LTL", on="2019-05-01", role="sectoral_partner") == []
    assert [e.name for e, _ in kb.members("LTL")] == ["Northland"]
    out = cli("kb", "--kb-dir", str(kb_dir), "members", "LTL", "--role", "sectoral_partner").output
    assert "Eastland [Q990033]  2019-05-02 – present" in out
    shown = cli("kb", "--kb-dir", str(kb_dir), "show", "LTL").output
    assert "has sectoral_partner: Eastland [Q990033], 2019-05-02 – present  (sectoral status)" in shown
    assert "sectoral_partners:" not in shown


def test_member_side_shows_memberships_written_on_the_organisation(kb_dir):
    kb = load_kb([kb_dir], include_default=False)
    east = show(kb, "Eastland")
    assert [(m["of"]["id"], m.get("role")) for m in east["memberships"]] == [("org:league", "sectoral_partner")]
    north = cli("kb", "--kb-dir", str(kb_dir), "show", "Northland").output
    assert "member of League of Test Lands [org:league], 2001 – present" in north


def test_validate_checks_attr_lists(tmp_path, write, kb_dir):
    assert validate_dirs([kb_dir]).ok
    broken = json.loads(json.dumps(RECORDS))
    league = broken[4]["attrs"]
    league["sectoral_partners"] = [{"country": "Q990099", "start": "2019"}]
    league["chairs"] = [{"year": "2024", "country": "Q990032", "source": SRC}]
    write(tmp_path / "b" / "b.jsonl", broken)
    errors = " | ".join(m for _, m in validate_dirs([tmp_path / "b"]).errors)
    assert "dated fact without a source" in errors
    assert "'Q990099' is not an entity id" in errors
    assert "a chair needs \"year\"" in errors
