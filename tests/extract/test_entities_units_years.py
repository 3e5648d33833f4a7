"""Organisation and framework names with structure: a unit named with its parent
institution is two organisations; a document named with its year keeps the year; a
compass word before a known place is a place of its own ("Central Java")."""
from __future__ import annotations


def names(doc) -> set[tuple[str, str]]:
    return {(e.name, e.type) for e in doc.entities}


def test_a_centre_of_an_institute_is_two_organisations(extract, unknown):
    unknown("Delta Water Studies Centre", "Ba Ria Polytechnic Institute")
    found = names(extract("The Delta Water Studies Centre of the Ba Ria Polytechnic Institute ran the survey."))
    assert ("Delta Water Studies Centre", "ORGANIZATION") in found
    assert ("Ba Ria Polytechnic Institute", "ORGANIZATION") in found
    assert not any(" of the " in n for n, _ in found)


def test_a_department_of_a_university_keeps_its_own_topic(extract, unknown):
    unknown("Department of Marine Ecology", "Tonle University")
    found = names(extract("Staff of the Department of Marine Ecology of the Tonle University joined the trip."))
    assert ("Department of Marine Ecology", "ORGANIZATION") in found
    assert ("Tonle University", "ORGANIZATION") in found


def test_a_ministry_with_its_country_is_not_split_as_a_unit(extract):
    found = names(extract("The Ministry of Industry and Handicraft of Laos issued new rules."))
    assert not any(n == "Ministry" for n, _ in found)
    assert any(n.startswith("Ministry of Industry") for n, t in found if t == "ORGANIZATION")


def test_a_strategy_named_with_its_year_keeps_it(extract, unknown):
    unknown("Seoul Strategy 2031", "Kunming Vision 2035")
    found = names(extract("Officials praised the Seoul Strategy 2031 and the Kunming Vision 2035 at the meeting."))
    assert ("Seoul Strategy 2031", "FRAMEWORK") in found
    assert ("Kunming Vision 2035", "FRAMEWORK") in found


def test_a_year_after_an_organisation_is_not_part_of_its_name(extract, unknown):
    unknown("Mekong Delta Rice Council")
    found = names(extract("The Mekong Delta Rice Council 2024 report was late."))
    assert not any("2024" in n for n, _ in found)


def test_a_compass_word_before_a_known_place_makes_one_place(extract, kb):
    assert [e for e in kb.lookup("Sumatra") if e.type == "PLACE"], "test precondition: the KB knows Sumatra"
    assert not kb.lookup("North Sumatra") and not kb.lookup("West Sumatra")
    found = names(extract("Haze from North Sumatra drifted over West Sumatra and into Sumatra's south."))
    places = {n for n, t in found if t == "PLACE"}
    assert {"North Sumatra", "West Sumatra"} <= places


def test_a_compass_word_before_a_country_stays_out(extract):
    found = names(extract("Farmers in Northern Thailand and Northeast Thailand waited for rain."))
    assert ("Thailand", "COUNTRY") in found


def test_a_kb_name_with_its_owner_keeps_its_link_when_its_acronym_follows(extract, kb):
    [dfa] = [e for e in kb.lookup("Department of Foreign Affairs of the Philippines") if e.type == "ORGANIZATION"]
    doc = extract("Manila's Philippine Department of Foreign Affairs (DFA) summoned the envoy. "
                  "The DFA gave no details.")
    orgs = [e for e in doc.entities if e.type == "ORGANIZATION"]
    assert [e.id for e in orgs] == [dfa.id]
    assert [m.text for m in orgs[0].mentions] == ["Philippine Department of Foreign Affairs", "DFA", "DFA"]


def test_an_unknown_name_with_an_owner_is_bound_by_its_own_words(extract, unknown):
    unknown("Department of Mines and Geology", "Lao Department of Mines and Geology")
    doc = extract("The Lao Department of Mines and Geology (DMG) cut output. The DMG will report in May.")
    orgs = [e for e in doc.entities if e.type == "ORGANIZATION"]
    assert [e.name for e in orgs] == ["Department of Mines and Geology"]
    assert [m.text for m in orgs[0].mentions].count("DMG") == 2


def test_an_institute_s_possessive_names_two_organisations(extract, unknown):
    unknown("Ratanak Policy Institute", "Water Diplomacy Unit")
    found = names(extract("The Ratanak Policy Institute's Water Diplomacy Unit published a map."))
    assert ("Ratanak Policy Institute", "ORGANIZATION") in found
    assert ("Water Diplomacy Unit", "ORGANIZATION") in found


def test_a_faculty_and_a_university_named_head_first(extract, unknown):
    unknown("Faculty of Marine Science", "Universiti Tanjung Malim")
    found = names(extract("The Faculty of Marine Science of Universiti Tanjung Malim hosted the panel."))
    assert ("Faculty of Marine Science", "ORGANIZATION") in found
    assert ("Universiti Tanjung Malim", "ORGANIZATION") in found


def test_a_framework_name_may_open_with_a_word_and_of(extract, unknown):
    unknown("Status of Visiting Troops Agreement")
    found = names(extract("Canberra and Suva signed a Status of Visiting Troops Agreement last year."))
    assert ("Status of Visiting Troops Agreement", "FRAMEWORK") in found


def test_a_ministry_before_of_does_not_open_a_framework_name(extract):
    found = names(extract("The Ministry of Commerce Partnership Plan was delayed."))
    assert not any(n.startswith("Ministry of Commerce ") for n, t in found if t == "FRAMEWORK")
