"""Two titles joined by "and" (or "cum"), held by one person: two roles (issue 4).

Sentences written for the test; people and offices are public facts, or invented
names checked to be absent from the KB.
"""
from __future__ import annotations

import pytest

from concord.extract.lexicon import lexicon
from concord.extract.roles_joined import split_joined


def test_two_titles_before_a_name_are_two_roles(roles, unknown):
    unknown("Chanthavong Sisouk")
    found = roles("Deputy Prime Minister and Minister of Commerce Chanthavong Sisouk opened the trade fair.")
    assert ("Chanthavong Sisouk", "Deputy Prime Minister", None) in found
    assert ("Chanthavong Sisouk", "Minister of Commerce", None) in found
    # the phrase as written is kept whole too
    assert ("Chanthavong Sisouk", "Deputy Prime Minister and Minister of Commerce", None) in found
    assert len(found) == 3


def test_an_owner_before_joined_titles_owns_both(roles, unknown):
    unknown("Hamdan Yusof")
    found = roles("Malaysian Senior Minister and Minister of Rural and Regional Development "
                  "Hamdan Yusof toured Sabah.")
    assert ("Hamdan Yusof", "Senior Minister", "Malaysia") in found
    # "Regional Development" is not a title: the portfolio is not split.
    assert ("Hamdan Yusof", "Minister of Rural and Regional Development", "Malaysia") in found
    assert len(found) == 3


def test_cum_joins_titles_too(roles, unknown):
    unknown("Sok Vanna Rith")
    found = roles("Deputy Prime Minister cum Minister of Foreign Affairs and International Cooperation "
                  "Sok Vanna Rith received the envoy.")
    assert [t for _, t, _ in found] == ["Deputy Prime Minister",
                                        "Minister of Foreign Affairs and International Cooperation",
                                        "Deputy Prime Minister cum Minister of Foreign Affairs and "
                                        "International Cooperation"]


def test_joined_titles_after_a_name_share_the_country(roles, unknown):
    unknown("Tran Quoc Bao")
    found = roles("Tran Quoc Bao, Deputy Prime Minister and Minister of Finance of Vietnam, signed the loan.")
    assert ("Tran Quoc Bao", "Deputy Prime Minister", "Vietnam") in found
    assert ("Tran Quoc Bao", "Minister of Finance", "Vietnam") in found


def test_concurrently_between_the_titles(roles, unknown):
    unknown("Bounmy Phetsavanh")
    found = roles("Bounmy Phetsavanh, Deputy Prime Minister and concurrently Minister of Planning "
                  "and Investment of Laos, met the bank's delegation.")
    assert ("Bounmy Phetsavanh", "Deputy Prime Minister", "Laos") in found
    assert ("Bounmy Phetsavanh", "Minister of Planning and Investment", "Laos") in found
    assert [t for _, t, _ in found if "concurrently" in t] == [found[-1][1]]   # only the phrase as written


def test_a_party_owns_the_chairmanship_not_the_premiership(roles, unknown):
    unknown("Arun Vichai")
    text = ("The Cambodian People's Party met on Sunday. Prime Minister and Vice-President of the "
            "Cambodian People's Party Arun Vichai spoke first.")
    found = roles(text)
    assert ("Arun Vichai", "Prime Minister", None) in found
    assert ("Arun Vichai", "Vice-President", "Cambodian People's Party") in found


def test_a_party_after_the_name(roles, unknown):
    unknown("Arun Vichai")
    found = roles("Arun Vichai, Prime Minister and President of the Cambodian People's Party, spoke.")
    assert ("Arun Vichai", "Prime Minister", None) in found
    assert ("Arun Vichai", "President", "Cambodian People's Party") in found


def test_the_president_and_a_named_minister_stay_two_people(roles):
    found = roles("Reporters waited as the President and Foreign Minister Wang Yi left the hall.")
    assert found == [("Wang Yi", "Foreign Minister", None)]


def test_the_deputy_prime_minister_and_foreign_minister_is_one_person(roles, unknown):
    unknown("Chea Sovannarith")
    found = roles("The talks were chaired by the Deputy Prime Minister and Foreign Minister Chea Sovannarith.")
    assert {t for _, t, _ in found} == {"Deputy Prime Minister", "Foreign Minister",
                                        "Deputy Prime Minister and Foreign Minister"}


def test_two_people_each_with_a_title_are_not_joined(roles):
    found = roles("Prime Minister Anwar Ibrahim and Foreign Minister Mohamad Hasan met the delegation.")
    assert ("Anwar Ibrahim", "Prime Minister", None) in found
    assert ("Mohamad Hasan", "Foreign Minister", None) in found
    assert len(found) == 2


@pytest.mark.parametrize("phrase, parts", [
    ("Deputy Prime Minister and Foreign Minister", ["Deputy Prime Minister", "Foreign Minister"]),
    ("President and CEO", ["President", "CEO"]),
    ("Minister of Mines and Energy", ["Minister of Mines and Energy"]),
    ("Minister of Foreign Affairs and International Cooperation",
     ["Minister of Foreign Affairs and International Cooperation"]),
    ("Minister for Home Affairs and Minister for Law", ["Minister for Home Affairs", "Minister for Law"]),
    ("Senior Policy Adviser", ["Senior Policy Adviser"]),
])
def test_split_only_where_both_sides_are_titles(phrase, parts):
    assert split_joined(lexicon(), phrase) == parts


def test_a_former_office_joined_to_a_current_one(roles, unknown):
    unknown("Maria Santos Reyes")
    found = roles("Philippine Trade Secretary and former ambassador Maria Santos Reyes spoke.")
    assert ("Maria Santos Reyes", "Trade Secretary", "Philippines") in found
    assert any(t == "Ambassador" for _, t, _ in found)


def test_official_style_lists_titles_with_a_comma(roles, unknown):
    unknown("Khamla Phommachanh")
    found = roles("Khamla Phommachanh, Deputy Prime Minister, Minister of Foreign Affairs of the Lao PDR, "
                  "chaired the session.")
    assert ("Khamla Phommachanh", "Deputy Prime Minister", "Laos") in found
    assert ("Khamla Phommachanh", "Minister of Foreign Affairs", "Laos") in found


def test_a_comma_before_another_titled_person_joins_nothing(roles, unknown):
    unknown("Khamla Phommachanh")
    found = roles("Guests included Khamla Phommachanh, Foreign Minister, President Joko Widodo and others.")
    assert ("Khamla Phommachanh", "Foreign Minister", None) in found
    assert ("Khamla Phommachanh", "President", None) not in found
