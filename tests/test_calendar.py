"""The shared month and weekday table and the one reader of absolute dates (concord.calendar),
and that both date parsers (clean: publication dates; extract: dates in the text) use it."""
from __future__ import annotations

import re

import pytest

from concord.calendar import (LANGUAGES, alternation, date_from_parts, day_group, iso_date, month_names,
                              parse_iso, weekday_names)
from concord.clean.dates import find_date, normalize_iso
from concord.datafiles import load_json
from concord.extract.dates import MONTHS, WEEKDAYS, find_dates, parse_date


@pytest.mark.parametrize("table", ["months", "weekdays"])
def test_a_name_means_the_same_in_every_language(table):
    # month_names() merges the languages: a name in two of them must not disagree.
    seen: dict[str, tuple[str, int]] = {}
    for language, names in load_json("concord", "calendar.json")[table].items():
        assert language in LANGUAGES
        for name, number in names.items():
            assert name == name.lower()
            first = seen.setdefault(name, (language, number))
            assert first[1] == number, f"{name!r}: {first} but {language} says {number}"


def test_every_language_has_twelve_months_and_weekdays_are_numbered_from_monday():
    for language in LANGUAGES:
        assert set(month_names((language,)).values()) == set(range(1, 13)), language
    assert weekday_names()["monday"] == weekday_names()["lundi"] == weekday_names()["senin"] == 0
    assert weekday_names()["sunday"] == weekday_names()["dimanche"] == weekday_names()["minggu"] == 6


def test_the_extract_stage_reads_english_names_only():
    assert MONTHS == month_names(("en",)) and WEEKDAYS == weekday_names(("en",))
    assert "mars" in month_names() and "mars" not in MONTHS


@pytest.mark.parametrize("parts, iso", [
    (("2019", "Dec", "04"), "2019-12-04"),
    (("2019", "dec.", "4"), "2019-12-04"),
    (("2016", "DECEMBER", "7"), "2016-12-07"),
    (("2025", "mars", "3"), "2025-03-03"),
    (("2019", "Agustus", "17"), "2019-08-17"),
    (("2024", "septiembre", "30"), "2024-09-30"),
    (("2019", "12", "04"), "2019-12-04"),
    ((2020, 2, 29), "2020-02-29"),
    (("2025", "mars", None), "2025-03"),
    ((2019, 2, 30), None),               # not a real day
    ((2019, 13, None), None),            # not a month
    (("2019", "Marc", "4"), None),       # not a month name
])
def test_date_from_parts(parts, iso):
    assert date_from_parts(*parts) == iso


def test_iso_date_precision_follows_the_parts_given():
    assert iso_date(2024) == "2024"
    assert iso_date(2024, 6) == "2024-06"
    assert iso_date(2024, 6, 31) is None
    assert iso_date(2024, 0) is None


def test_parse_iso_reads_partial_dates_only():
    assert parse_iso("2019-12-04") == (2019, 12, 4)
    assert parse_iso("2019-12") == (2019, 12, None)
    assert parse_iso("2019") == (2019, None, None)
    assert parse_iso("04/12/2019") is None and parse_iso(None) is None


def test_alternation_is_longest_first_and_cased_on_request():
    loose = re.compile(rf"(?:{alternation(['sep', 'sept', 'september'])})", re.I)
    assert loose.match("September 4").group(0) == "September"
    cased = re.compile(rf"\b(?:{alternation(['may', 'march'], cased=True)})\b")
    assert cased.search("in May") and cased.search("MARCH 3")
    assert not cased.search("it may rain as they march")
    assert alternation(["b", "a", "cc"]) == alternation(["cc", "a", "b"]) == "cc|a|b"


def test_day_group_leaves_the_ordinal_suffix_outside():
    match = re.fullmatch(day_group("d"), "22nd")
    assert match and match["d"] == "22"


@pytest.mark.parametrize("phrase, iso", [
    ("7 December 2016", "2016-12-07"),
    ("December 04, 2019", "2019-12-04"),
    ("Sept. 9, 2021", "2021-09-09"),
    ("2019-12-04", "2019-12-04"),
    ("31 April 2021", None),
])
def test_both_stages_read_an_english_date_alike(phrase, iso):
    found = find_date(phrase)
    assert (found[0] if found else None) == iso
    assert (parse_date(phrase) or (None,))[0] == iso


def test_other_languages_are_read_on_date_lines_but_not_in_english_prose():
    assert normalize_iso("3 mars 2025") == "2025-03-03"
    assert normalize_iso("Kamis, 12 Desember 2019") == "2019-12-12"
    assert parse_date("3 Mars 2025") is None
    assert [d.text for d in find_dates("The Mars 2020 rover and Mei Ling arrived.")] == []
