"""A title before a name, in the shapes news writes it: with an "of <portfolio>" tail
after a demonym ("Laotian Minister of Tourism X"), with the portfolio first ("Trade
Minister X"), set off by a comma ("its Minister of Trade and Industry, X,"), with an
acronym owner ("DFA Undersecretary X"). The portfolio never becomes part of the name.
All names are invented and checked absent from the KB."""
from __future__ import annotations


def people(doc) -> list[str]:
    return [e.name for e in doc.entities if e.type == "PERSON"]


def test_a_demonym_then_minister_of_portfolio_then_the_name(extract, unknown):
    unknown("Bounmy Sengdara", "Commerce Bounmy Sengdara")
    doc = extract("Laotian Minister of Commerce Bounmy Sengdara said rice exports doubled.")
    assert people(doc) == ["Bounmy Sengdara"]


def test_a_portfolio_before_the_title(extract, unknown):
    unknown("Wiranto Susilowati")
    assert people(extract("Investment Minister Wiranto Susilowati visited the port.")) == ["Wiranto Susilowati"]
    unknown("Kiet Thammavong")
    assert people(extract("Trade and Industry Minister Kiet Thammavong left early.")) == ["Kiet Thammavong"]


def test_a_title_with_a_two_part_portfolio_then_a_comma(extract, unknown):
    unknown("Adelino Soares Guterres")
    doc = extract("Dili sent its Minister of Trade and Industry, Adelino Soares Guterres, to the fair.")
    assert people(doc) == ["Adelino Soares Guterres"]


def test_a_comma_after_an_ordinary_phrase_is_no_title(extract):
    doc = extract("Prices of Rice and Sugar, Bagoong Prawns and fruit rose in the capital.")
    assert people(doc) == []


def test_an_ordinal_minister_of_foreign_affairs(extract, unknown):
    unknown("Hazairin Abdul Momin")
    doc = extract("Brunei's Second Minister of Foreign Affairs Hazairin Abdul Momin arrived in Jakarta.")
    assert people(doc) == ["Hazairin Abdul Momin"]


def test_an_acronym_owner_before_an_undersecretary(extract, unknown):
    unknown("Ramon Dizon", "Undersecretary Ramon Dizon")
    doc = extract("DFA Undersecretary Ramon Dizon led the Philippine delegation.")
    assert people(doc) == ["Ramon Dizon"]
    assert doc.entities[0].type == "ORGANIZATION"


def test_a_title_after_the_the_of_a_sentence(extract, unknown):
    unknown("Tharaphi Kyaw Zin")
    doc = extract("The Permanent Secretary Tharaphi Kyaw Zin signed for Myanmar.")
    assert people(doc) == ["Tharaphi Kyaw Zin"]


def test_an_unknown_acronym_owner_is_not_part_of_the_name(extract, unknown):
    unknown("Ceferino Lacson", "Arsenio Dimalanta", "BFAR", "PCGA")
    doc = extract("BFAR Undersecretary Ceferino Lacson and PCGA Secretary Arsenio Dimalanta spoke in Davao.")
    assert people(doc) == ["Ceferino Lacson", "Arsenio Dimalanta"]


def test_a_portfolio_list_with_commas_stays_out_of_the_name(extract, unknown):
    unknown("Sovann Pheakdey", "Fisheries Sovann Pheakdey")
    doc = extract("Minister of Agriculture, Forestry and Fisheries Sovann Pheakdey toured Takeo.")
    assert people(doc) == ["Sovann Pheakdey"]


def test_a_ministry_keeps_its_whole_portfolio_list(extract, unknown):
    unknown("Ministry of Tourism, Arts and Culture", "Ministry of Tourism")
    doc = extract("The Ministry of Tourism, Arts and Culture said visitor numbers doubled, officials said.")
    orgs = [e.name for e in doc.entities if e.type == "ORGANIZATION"]
    assert orgs == ["Ministry of Tourism, Arts and Culture"]


def test_a_comma_after_a_ministry_before_a_clause_is_not_a_list(extract):
    doc = extract("The Ministry of Health, Thailand's lead agency, and the army worked together.")
    orgs = [e.name for e in doc.entities if e.type == "ORGANIZATION"]
    assert "Ministry of Health" in orgs
