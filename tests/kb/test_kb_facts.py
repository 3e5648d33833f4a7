"""Dated facts of the packaged knowledge base, asked the way users ask them.

Each fact here was checked against a public reference (docs/kb-audit.md lists the
sources). The tests go through the Python API (`holders`, `members`, `lookup`) and,
for a few, through the `concord kb` command line, so a regression in the data or in
the date logic (inclusive ends, handover days, partial dates) shows up as a wrong
answer to a real question.
"""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from click.testing import CliRunner

from concord.cli import main
from concord.kb import load_kb


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def holder_names(kb, title: str, of: str, on: str) -> list[str]:
    return [person.name for person, _ in kb.holders(title, of, on=on)]


def member_names(kb, org: str, on: str | None = None, role: str = "member") -> set[str]:
    return {entity.name for entity, _ in kb.members(org, on=on, role=role)}


# (title as a user may write it, state or organisation, date, the one expected holder)
SINGLE_HOLDERS = [
    ("Foreign Minister", "Cambodia", "2010-01-01", "Hor Namhong"),
    ("Minister of Foreign Affairs", "Cambodia", "2020-01-01", "Prak Sokhonn"),
    ("Foreign Minister", "Cambodia", "2024-01-01", "Sok Chenda Sophea"),
    ("Minister of Foreign Affairs", "Cambodia", "2025-05-15", "Prak Sokhonn"),
    ("Prime Minister", "Cambodia", "2023-08-21", "Hun Sen"),
    ("Prime Minister", "Kingdom of Cambodia", "2023-08-23", "Hun Manet"),
    ("Secretary of Foreign Affairs", "Philippines", "2001-06-01", "Teofisto Guingona Jr."),
    ("Foreign Minister", "Philippines", "2002-07-20", "Gloria Macapagal Arroyo"),
    ("Foreign Minister", "Philippines", "2003-01-01", "Blas Ople"),
    ("Foreign Minister", "Philippines", "2016-04-01", "Jose Rene Almendras"),
    ("Foreign Minister", "Philippines", "2017-04-01", "Enrique Manalo"),
    ("Foreign Minister", "Philippines", "2025-08-01", "Ma. Theresa Lazaro"),
    ("Foreign Minister", "Thailand", "2008-08-15", "Tej Bunnag"),
    ("Foreign Minister", "Thailand", "2024-06-01", "Maris Sangiampongsa"),
    ("Foreign Minister", "Thailand", "2025-10-01", "Sihasak Phuangketkeow"),
    ("Prime Minister", "Thailand", "2024-09-01", "Paetongtarn Shinawatra"),
    ("Foreign Minister", "Indonesia", "2000-06-01", "Alwi Shihab"),
    ("Foreign Minister", "Indonesia", "2005-01-01", "Hassan Wirajuda"),
    ("Foreign Minister", "Indonesia", "2024-12-01", "Sugiono"),
    ("Foreign Minister", "Malaysia", "2003-01-01", "Syed Hamid Albar"),
    ("Foreign Minister", "Malaysia", "2020-06-01", "Hishammuddin Hussein"),
    ("Foreign Minister", "Malaysia", "2022-01-01", "Saifuddin Abdullah"),
    ("Foreign Minister", "Viet Nam", "2015-06-01", "Phạm Bình Minh"),
    ("Foreign Minister", "Vietnam", "2025-09-15", "Lê Hoài Trung"),
    ("Foreign Minister", "Vietnam", "2025-11-01", "Lê Hoài Trung"),
    ("President", "Lao PDR", "2022-01-01", "Thongloun Sisoulith"),
    ("Prime Minister", "Laos", "2017-01-01", "Thongloun Sisoulith"),
    ("Prime Minister", "Laos", "2023-06-01", "Sonexay Siphandone"),
    ("Secretary of State", "United States", "2025-06-01", "Marco Rubio"),
    ("Secretary-General", "ASEAN", "2010-06-01", "Surin Pitsuwan"),
    ("Secretary-General", "ASEAN", "2024-03-01", "Kao Kim Hourn"),
]


@pytest.mark.parametrize(("title", "of", "on", "expected"), SINGLE_HOLDERS)
def test_single_holder_on_date(kb, title, of, on, expected):
    assert holder_names(kb, title, of, on) == [expected]


def test_several_spells_of_one_person(kb):
    # Prak Sokhonn was foreign minister twice, with Sok Chenda Sophea in between.
    assert holder_names(kb, "Foreign Minister", "Cambodia", "2023-09-01") == ["Sok Chenda Sophea"]
    spells = [o for p, o in kb.holders("Foreign Minister", "Cambodia") if p.name == "Prak Sokhonn"]
    assert len(spells) >= 2


def test_outside_a_term_gives_nobody_or_someone_else(kb):
    # Tej Bunnag resigned on 3 September 2008; he is not the holder a month later.
    assert "Tej Bunnag" not in holder_names(kb, "Foreign Minister", "Thailand", "2008-10-15")
    # Guingona left on 12 July 2002; Ople only joined at the end of the month.
    assert holder_names(kb, "Foreign Minister", "Philippines", "2002-07-13") == []


def test_handover_day_gives_the_incoming_holder(kb):
    assert holder_names(kb, "Prime Minister", "Cambodia", "2023-08-22") == ["Hun Manet"]


def test_vice_minister_and_permanent_secretary_by_title_variant(kb):
    assert holder_names(kb, "Vice Foreign Minister", "Vietnam", "2015-01-01") == ["Lê Hoài Trung"]
    assert "Lê Hoài Trung" not in holder_names(kb, "Deputy Foreign Minister", "Vietnam", "2022-01-01")
    assert "Sihasak Phuangketkeow" in holder_names(kb, "Permanent Secretary", "Thailand", "2013-06-01")


def test_deputy_secretaries_general_of_asean(kb):
    current = holder_names(kb, "Deputy Secretary-General", "ASEAN", "2025-05-01")
    assert {"Astanah Abdul Aziz", "Nararya S. Soeprapto"} <= set(current)
    assert "Robert Matheus Michael Tene" not in current
    assert "Robert Matheus Michael Tene" in holder_names(kb, "Deputy Secretary-General", "ASEAN", "2022-01-01")


def test_timor_leste_joins_asean_on_26_october_2025(kb):
    before = member_names(kb, "ASEAN", "2025-10-25")
    after = member_names(kb, "ASEAN", "2025-10-26")
    assert "Timor-Leste" not in before and len(before) == 10
    assert "Timor-Leste" in after and len(after) == 11
    assert "Timor-Leste" in member_names(kb, "ASEAN", "2024-01-01", role="observer")
    assert "Timor-Leste" not in member_names(kb, "ASEAN", "2025-11-01", role="observer")


def test_asean_enlargement_dates(kb):
    mid_1996 = member_names(kb, "Association of Southeast Asian Nations", "1996-01-01")
    assert "Vietnam" in mid_1996
    assert not {"Laos", "Myanmar", "Cambodia"} & mid_1996
    assert "Cambodia" in member_names(kb, "ASEAN", "1999-04-30")
    assert "Papua New Guinea" in member_names(kb, "ASEAN", "2000-01-01", role="observer")


def test_asean_dialogue_partners(kb):
    partners = member_names(kb, "ASEAN", "2024-01-01", role="dialogue_partner")
    assert {"European Union", "United Kingdom", "China", "India", "Russia"} <= partners
    assert "United Kingdom" not in member_names(kb, "ASEAN", "2020-01-01", role="dialogue_partner")


@pytest.mark.parametrize(("state", "admitted"), [
    ("Japan", "1956-12-18"), ("Indonesia", "1950-09-28"), ("Vietnam", "1977-09-20"),
    ("Timor-Leste", "2002-09-27"), ("South Sudan", "2011-07-14"), ("Switzerland", "2002-09-10"),
    ("Brunei", "1984-09-21"), ("Singapore", "1965-09-21"),
])
def test_un_admission_dates(kb, state, admitted):
    assert state in member_names(kb, "United Nations", admitted)
    assert state not in member_names(kb, "UN", _previous_day(admitted))
    (membership,) = [m for e, m in kb.members("United Nations") if e.name == state]
    assert membership.start == admitted and membership.source


def _previous_day(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def test_un_has_193_members_today_and_observers_are_not_members(kb):
    today = member_names(kb, "United Nations", "2026-01-01")
    assert len(today) == 193
    assert "Palestine" not in today and "Holy See" not in today and "Taiwan" not in today


@pytest.mark.parametrize(("series", "parent"), [
    ("ACMEC Summit", "fw:acmecs"), ("ACMECS Summit", "fw:acmecs"), ("CLMV Summit", "fw:clmv"),
    ("CLV Development Triangle Summit", "fw:clv-development-triangle"),
    ("Mekong-Lancang Leaders' Meeting", "fw:lancang-mekong-cooperation"),
    ("ASEAN Summit", "Q7768"), ("East Asia Summit", "Q7768"), ("ARF", "Q7768"), ("AMM", "Q7768"),
    ("ADMM", "Q7768"),
])
def test_meeting_series_belong_to_their_framework(kb, series, parent):
    entity = kb.resolve(series)
    assert entity.attrs["kind"] == "meeting_series"
    assert entity.attrs["series"] == parent and entity.attrs["parent"] == parent
    assert kb.get(parent) is not None


def test_asean_sectoral_partners_are_states_with_sources(kb):
    partners = {p["country"]: p for p in kb.get("Q7768").attrs["sectoral_partners"]}
    assert kb.get("Q843").name == "Pakistan" and partners["Q843"]["start"] == "1993"
    assert all(kb.get(c) is not None and p["source"] for c, p in partners.items())
    assert "Q30" not in partners          # a dialogue partner, not a sectoral one


def test_asean_chairs_cover_2000_to_2026(kb):
    chairs = {c["year"]: c for c in kb.get("Q7768").attrs["chairs"]}
    assert sorted(chairs) == list(range(2000, 2027))
    assert all(c["source"] and kb.get(c["country"]) for c in chairs.values())
    assert chairs[2020]["country"] == "Q881" and chairs[2025]["country"] == "Q833"
    assert chairs[2008]["country"] == chairs[2009]["country"] == "Q869"


@pytest.mark.parametrize(("name", "expected"), [
    ("Phạm Minh Chính", "p:pham-minh-chinh"), ("Pham Minh Chinh", "p:pham-minh-chinh"),
    ("Samdech Thipadei Hun Manet", "p:hun-manet"), ("Samdech Kralahom Sar Kheng", "p:sar-kheng"),
    ("Dato Seri Setia Erywan Yusof", "p:erywan-yusof"), ("Hà Nội", "Q1858"), ("Ha Noi", "Q1858"),
])
def test_lookup_by_alias_with_and_without_marks_and_honorifics(kb, name, expected):
    assert expected in [e.id for e in kb.lookup(name)]


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_cli_show_meeting_series_names_its_framework():
    result = invoke("kb", "show", "ACMEC Summit")
    assert result.exit_code == 0
    assert "fw:acmecs" in result.output and "ACMECS" in result.output


def test_cli_holders_and_members():
    result = invoke("kb", "holders", "Minister of Foreign Affairs", "--of", "Cambodia", "--on", "2025-05-15",
                    "--format", "json")
    assert [row["person"]["name"] for row in json.loads(result.stdout)] == ["Prak Sokhonn"]
    result = invoke("kb", "members", "ASEAN", "--on", "2025-10-27", "--format", "json")
    assert "Timor-Leste" in [row["member"]["name"] for row in json.loads(result.stdout)]


def test_cli_show_eu_lists_its_dialogue_partnership():
    result = invoke("kb", "show", "EU", "--format", "json")
    record = json.loads(result.stdout)
    assert any(m.get("role") == "dialogue_partner" and str(m.get("start", "")).startswith("1977")
               for m in record["memberships"])


def test_an_open_term_is_not_assumed_past_its_last_check(tmp_path):
    """A wrong office holder is worse than none: after `checked_until` the KB says nobody."""
    from concord.kb import load_kb
    (tmp_path / "people.jsonl").write_text(json.dumps({
        "id": "p:test-premier", "type": "PERSON", "name": "Test Premier", "aliases": [],
        "offices": [{"title": "Prime Minister", "of": "Q869", "start": "2025-09-07", "end": None,
                     "source": "https://example.org/", "checked_until": "2026-01-31"}],
        "memberships": [], "attrs": {}}) + "\n", encoding="utf-8")
    kb = load_kb(extra_dirs=[tmp_path])
    names = lambda on: [p.name for p, _ in kb.holders("Prime Minister", "Thailand", on)]  # noqa: E731
    assert "Test Premier" in names("2026-01-15")
    assert "Test Premier" not in names("2026-06-01")
