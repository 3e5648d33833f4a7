"""Spokespeople, occupations described after a name, and organisations referred back
to as "the institute", "the ministry" (issue 4).

Sentences written for the test; people and offices are public facts, or invented
names checked to be absent from the KB.
"""
from __future__ import annotations

# ----- spokespeople -------------------------------------------------------------
def test_possessive_after_a_spokesperson(roles, unknown):
    unknown("Zhou Minghui")
    found = roles("Foreign Ministry Spokesperson Zhou Minghui's comments on Tuesday angered Manila.")
    assert len(found) == 1
    name, title, org = found[0]
    assert (name, title) == ("Zhou Minghui", "Spokesperson") and "Ministry" in org


def test_a_demonym_ministry_owns_the_spokesperson(roles, unknown):
    unknown("Zhou Minghui")
    found = roles("Chinese Foreign Ministry Spokesperson Zhou Minghui said Beijing was ready.")
    assert len(found) == 1
    name, title, org = found[0]
    assert (name, title) == ("Zhou Minghui", "Spokesperson") and "China" in org


def test_a_bare_ministry_stands_for_the_one_named_before(roles, unknown):
    unknown("Phan Thu Lan")
    found = roles("Vietnam's foreign ministry protested on Monday. Hours later, foreign ministry "
                  "spokeswoman Phan Thu Lan called the survey illegal.")
    assert found == [("Phan Thu Lan", "Spokeswoman", "Ministry of Foreign Affairs of Vietnam")]


def test_the_ministry_after_a_name(roles, unknown):
    unknown("Chhun Sovan")
    found = roles("The Cambodian foreign ministry sent a note. Chhun Sovan, the ministry spokesman, "
                  "called it final.")
    assert len(found) == 1
    name, title, org = found[0]
    assert (name, title) == ("Chhun Sovan", "Spokesman") and org and "Ministry" in org


def test_a_ministry_of_another_kind_is_not_taken(roles, unknown):
    unknown("Chhun Sovan")
    found = roles("The Cambodian foreign ministry sent a note. Defence ministry spokesman Chhun Sovan "
                  "called it final.")
    assert found == [("Chhun Sovan", "Spokesman", None)]


def test_no_ministry_named_before_gives_no_organisation(roles, unknown):
    unknown("Chhun Sovan")
    found = roles("\"We are ready,\" ministry spokesman Chhun Sovan told reporters.")
    assert found == [("Chhun Sovan", "Spokesman", None)]


# ----- occupations and back-references --------------------------------------------
def test_an_economist_at_a_named_bank(roles, unknown):
    unknown("Ratana Somboon")
    found = roles("Ratana Somboon, an economist at the Asian Development Bank, expects slower growth.")
    assert found == [("Ratana Somboon", "Economist", "Asian Development Bank")]


def test_a_chief_economist_at_the_bank(roles, unknown):
    unknown("Ratana Somboon")
    found = roles("The Asian Development Bank cut its forecast. Ratana Somboon, chief economist at "
                  "the bank, blamed weak exports.")
    assert found == [("Ratana Somboon", "Chief Economist", "Asian Development Bank")]


def test_an_occupation_without_a_place_is_no_role(roles, unknown):
    unknown("Sok Dara")
    assert roles("Sok Dara, an economist, said prices were rising.") == []
    assert roles("Sok Dara, a fisherman in Kampot, said prices were rising.") == []


def test_a_fellow_at_the_centre_named_before(roles, unknown):
    unknown("Lan Anh Pham")
    found = roles("The Stimson Center hosted the panel. Ms Lan Anh Pham, a visiting fellow at the "
                  "centre, spoke on dams.")
    assert found == [("Lan Anh Pham", "Visiting Fellow", "Stimson Center")]


def test_the_back_reference_takes_the_organisation_of_that_kind(roles, unknown):
    unknown("Nara Chey")
    found = roles("The Asian Vision Institute and the Royal University of Phnom Penh held a forum. "
                  "Nara Chey, a lecturer at the university, chaired it.")
    assert found == [("Nara Chey", "Lecturer", "Royal University of Phnom Penh")]


def test_a_researcher_with_an_academy(roles, unknown):
    unknown("Tran Minh Khoa")
    found = roles("Tran Minh Khoa, a researcher with the Vietnam Academy of Social Sciences, said so.")
    assert found == [("Tran Minh Khoa", "Researcher", "Vietnam Academy of Social Sciences")]


# ----- a second role after the appositive ---------------------------------------------
def test_a_second_role_after_the_appositive(roles, unknown):
    unknown("Park Min-seo")
    found = roles("Park Min-seo, a former ambassador to Cambodia, is now an adviser to the Korea "
                  "National Diplomatic Academy.")
    assert ("Park Min-seo", "Ambassador", "Cambodia") in found
    assert ("Park Min-seo", "Adviser", "Korea National Diplomatic Academy") in found


def test_appointed_as_his_special_envoy(roles, unknown):
    unknown("Ahmad Faizal Rahman")
    found = roles("The premier named Ahmad Faizal Rahman, a former director-general of the foreign "
                  "ministry, as his special envoy on Myanmar.")
    titles = {t.lower() for _, t, _ in found}
    assert "special envoy on myanmar" in titles
    assert any(t.startswith("director-general") for t in titles)


# ----- occupations before a name ------------------------------------------------------
def test_an_occupation_before_a_name_with_its_organisation(roles, unknown):
    unknown("Ratana Somboon")
    found = roles("ADB chief economist Ratana Somboon said growth would slow.")
    assert found == [("Ratana Somboon", "Chief Economist", "Asian Development Bank")]


def test_a_demonym_before_a_described_title(roles, unknown):
    unknown("Somchai Rattanakul")
    found = roles("Thai political analyst Somchai Rattanakul said the vote was close.")
    assert found == [("Somchai Rattanakul", "Political Analyst", "Thailand")]


def test_an_occupation_before_a_name_needs_an_owner(roles, unknown):
    unknown("Ratana Somboon")
    assert roles("Reporters asked economist Ratana Somboon about growth.") == []


def test_a_capitalised_describing_word_and_a_topic_before_the_place(roles, unknown):
    unknown("Nimmi Perera", "Dao Van Hung")
    assert roles("Nimmi Perera, Asia director at Human Rights Watch, called the trial unfair.") == [
        ("Nimmi Perera", "Asia director", "Human Rights Watch")]
    found = roles("Dao Van Hung, an expert on maritime law at the National University of Singapore, said so.")
    assert found == [("Dao Van Hung", "Expert", "National University of Singapore")]


def test_a_relative_clause_is_not_where_the_occupation_is_held(roles, unknown):
    unknown("Sok Dara")
    assert roles("Sok Dara, an economist who once worked at the Asian Development Bank, said so.") == []


def test_a_possessive_ministry_after_the_name(roles, unknown):
    unknown("Zhou Minghui")
    found = roles("The Chinese foreign ministry issued a note. Zhou Minghui, the foreign ministry's "
                  "spokesman, said Beijing was ready.")
    assert len(found) == 1
    name, title, org = found[0]
    assert (name, title) == ("Zhou Minghui", "Spokesman") and "China" in org


def test_a_role_after_an_appositive_that_is_none(roles, unknown):
    unknown("Sok Dara")
    found = roles("Sok Dara, a career diplomat, is the chairman of the Mekong River Commission.")
    assert found == [("Sok Dara", "Chairman", "Mekong River Commission")]


def test_as_alone_does_not_give_a_role(roles, unknown):
    unknown("Sok Dara")
    assert roles("Sok Dara, a career diplomat, as chairman of the panel put it, was careful.") == []
