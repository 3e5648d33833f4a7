"""Lookups and date-bounded queries on a small hand-written KB."""
from __future__ import annotations

import pytest

from concord.errors import KnowledgeBaseError
from concord.kb.query import show


def names(pairs):
    return [entity.name for entity, _ in pairs]


def test_lookup_by_any_alias_normalised(tiny_kb):
    for text in ("Cambodia", "cambodia", "Kingdom of Cambodia", "Cambodia's", "KAMPUCHEA"):
        assert [e.id for e in tiny_kb.lookup(text)] == ["Q424"], text
    assert [e.id for e in tiny_kb.lookup("Viet Nam")] == ["Q881"]     # generated without diacritics
    assert [e.id for e in tiny_kb.lookup("US")] == ["Q30"]
    assert [e.id for e in tiny_kb.lookup("BTN")] == ["org:bloc"]      # acronym from attrs
    assert tiny_kb.lookup("Atlantis") == []


def test_person_found_without_honorifics(tiny_kb):
    assert [e.id for e in tiny_kb.lookup("Alpha Sok")] == ["p:alpha"]
    assert [e.id for e in tiny_kb.lookup("Samdech Techo Alpha Sok")] == ["p:alpha"]


def test_get_and_iteration(tiny_kb):
    assert tiny_kb.get("Q424").name == "Cambodia"
    assert tiny_kb.get("Q999999") is None
    assert len(tiny_kb) == len(list(tiny_kb)) == 10


def test_aliases_lists_written_forms_with_ids(tiny_kb):
    rows = {text: (norm, ids) for text, norm, ids in tiny_kb.aliases()}
    assert rows["Việt Nam"] == ("viet nam", ("Q881",))
    assert rows["Viet Nam"] == ("viet nam", ("Q881",))
    assert rows["Alpha Sok"][1] == ("p:alpha",)
    assert tiny_kb.lookup_ids("kampuchea") == ("Q424",)


@pytest.mark.parametrize("title", ["Foreign Minister", "Minister of Foreign Affairs",
                                   "Minister for Foreign Affairs",
                                   "Minister of Foreign Affairs and International Cooperation"])
def test_holders_any_title_variant(tiny_kb, title):
    assert names(tiny_kb.holders(title, "Cambodia", on="2010-06-01")) == ["Beta Chan"]


def test_holders_inside_and_outside_terms_with_several_spells(tiny_kb):
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia", on="2005-03-01")) == ["Alpha Sok"]
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia", on="2020-03-01")) == ["Alpha Sok"]
    assert names(tiny_kb.holders("Foreign Minister", "Q424", on="2003-12-31")) == []
    # A combined office counts as foreign minister; a term without end is ongoing.
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia", on="2025-05-15")) == ["Gamma Phan"]
    assert names(tiny_kb.holders("Deputy Prime Minister", "Cambodia", on="2025-05-15")) == ["Gamma Phan"]
    # Handover day of a single-holder office: the incoming holder.
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia", on="2023-08-22")) == ["Gamma Phan"]
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia", on="2016-04-04")) == ["Alpha Sok"]
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia", on="2016-04-03")) == ["Beta Chan"]
    # Without a date: everyone who ever held it, earliest first.
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia")) == ["Alpha Sok", "Beta Chan", "Alpha Sok",
                                                                     "Gamma Phan"]


def test_holders_partial_date(tiny_kb):
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia", on="2016")) == ["Beta Chan", "Alpha Sok"]


def test_secretary_of_state_counts_as_foreign_minister_only_where_it_is(tiny_kb):
    assert names(tiny_kb.holders("Foreign Minister", "United States", on="2023-01-01")) == ["Delta Rowe"]
    assert "Epsilon Kim" not in names(tiny_kb.holders("Foreign Minister", "Cambodia", on="2023-01-01"))
    assert names(tiny_kb.holders("Secretary of State", "Cambodia", on="2023-01-01")) == ["Epsilon Kim"]


def test_members_on_a_date(tiny_kb):
    assert "Timor-Leste" not in names(tiny_kb.members("Bloc of Test Nations", on="2025-10-25"))
    assert "Timor-Leste" in names(tiny_kb.members("BTN", on="2025-10-27"))
    assert names(tiny_kb.members("org:bloc", on="1996-01-01")) == ["Vietnam"]
    assert names(tiny_kb.members("org:bloc", on="2024-01-01", role="observer")) == ["Timor-Leste"]
    # Declared on the organisation's side.
    assert names(tiny_kb.members("org:bloc", role="dialogue_partner")) == ["United States"]


def test_bad_date_and_unknown_names_raise(tiny_kb):
    with pytest.raises(KnowledgeBaseError, match="YYYY-MM-DD"):
        tiny_kb.holders("Foreign Minister", "Cambodia", on="next Tuesday")
    with pytest.raises(KnowledgeBaseError, match="does not exist"):
        tiny_kb.holders("Foreign Minister", "Cambodia", on="2025-13-01")
    with pytest.raises(KnowledgeBaseError, match="Cambodia"):
        tiny_kb.holders("Foreign Minister", "Cambodja")
    with pytest.raises(KnowledgeBaseError, match="role"):
        tiny_kb.members("org:bloc", role="friend")


def test_show_restricts_to_date_and_names_relations(tiny_kb):
    record = show(tiny_kb, "Samdech Techo Alpha Sok", on="2006-01-01")
    assert record["id"] == "p:alpha"
    assert [o["of"] for o in record["offices"]] == [{"id": "Q424", "name": "Cambodia"}]
    everything = show(tiny_kb, "p:alpha")
    assert len(everything["offices"]) == 2
    bloc = show(tiny_kb, "BTN", on="2025-10-27")
    assert {m["member"]["name"] for m in bloc["members"]} == {"Cambodia", "Vietnam", "Timor-Leste", "United States"}


def test_combined_title_found_from_its_parts(tmp_path, write):
    from concord.kb import load_kb
    src = "https://example.org"
    write(tmp_path / "c" / "c.jsonl", [
        {"id": "Q1", "type": "COUNTRY", "name": "Testland"},
        {"id": "p:a", "type": "PERSON", "name": "A", "offices": [
            {"title": "Foreign Minister", "of": "Q1", "start": "2010", "source": src},
            {"title": "Deputy Prime Minister", "of": "Q1", "start": "2012", "source": src}]},
        {"id": "p:b", "type": "PERSON", "name": "B", "offices": [
            {"title": "Deputy Prime Minister", "of": "Q1", "start": "2010", "source": src}]},
    ])
    kb = load_kb([tmp_path / "c"], include_default=False)
    combined = "Deputy Prime Minister and Minister of Foreign Affairs"
    assert names(kb.holders(combined, "Testland", on="2013-01-01")) == ["A"]
    assert names(kb.holders(combined, "Testland", on="2011-01-01")) == []


@pytest.mark.parametrize("written", ["15 May 2025", "May 15, 2025", "15 may 2025", "2025-05-15"])
def test_written_dates_accepted(tiny_kb, written):
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia", on=written)) == ["Gamma Phan"]


def test_month_date(tiny_kb):
    assert names(tiny_kb.holders("Foreign Minister", "Cambodia", on="April 2016")) == ["Beta Chan", "Alpha Sok"]
