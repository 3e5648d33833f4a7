"""Dates: absolute shapes, relative expressions against a reference, tense, no invention."""
from __future__ import annotations

import pytest

from concord.extract.dates import find_dates, parse_date, tense_of


@pytest.mark.parametrize("text, expected", [
    ("3 March 2021", ("2021-03-03", "day")),
    ("the 21st of June 2018", ("2018-06-21", "day")),
    ("January 09, 2023", ("2023-01-09", "day")),
    ("Sept. 14, 2017", ("2017-09-14", "day")),
    ("Thursday, 2 November 2023", ("2023-11-02", "day")),
    ("2020-02-29", ("2020-02-29", "day")),
    ("April 2015", ("2015-04", "month")),
    ("2008", ("2008", "year")),
])
def test_absolute_dates(text, expected):
    assert parse_date(text) == expected


def test_impossible_day_is_not_a_date():
    assert parse_date("31 February 2021") is None


@pytest.mark.parametrize("text, ref, tense, expected", [
    ("on Monday", "2021-06-10", "past", ("2021-06-07", "day")),        # a Thursday article
    ("on Thursday", "2021-06-10", "past", ("2021-06-10", "day")),      # same day
    ("on Monday", "2021-06-10", "future", ("2021-06-14", "day")),
    ("last Thursday", "2021-06-10", "past", ("2021-06-03", "day")),
    ("next Thursday", "2021-06-10", "past", ("2021-06-17", "day")),
    ("yesterday", "2021-01-01", "past", ("2020-12-31", "day")),
    ("this morning", "2021-06-10", "past", ("2021-06-10", "day")),
    ("in July", "2021-06-10", "past", ("2020-07", "month")),          # past tense: last July
    ("in July", "2021-06-10", "future", ("2021-07", "month")),
    ("in March", "2021-06-10", "past", ("2021-03", "month")),
    ("Oct. 5", "2021-06-10", "past", ("2020-10-05", "day")),
    ("last year", "2021-06-10", "past", ("2020", "year")),
    ("next month", "2021-12-10", "future", ("2022-01", "month")),
])
def test_relative_dates(text, ref, tense, expected):
    assert parse_date(text, ref, tense) == expected


def test_relative_dates_need_a_precise_enough_reference():
    assert parse_date("on Monday", None) is None
    assert parse_date("on Monday", "2021-06") is None
    assert parse_date("in July", None) is None
    assert parse_date("in July", "2021") == ("2021-07", "month")


def test_modal_may_and_verb_march_are_not_months():
    text = "Delegates may march to the hall; the talks may end soon."
    assert find_dates(text, "2021-06-10") == []


def test_find_dates_uses_the_tense_of_each_sentence():
    text = "Ministers met on Tuesday in Vientiane. They will meet again on Tuesday in Bangkok."
    found = find_dates(text, "2022-03-10")                             # a Thursday
    assert [d.iso for d in found] == ["2022-03-08", "2022-03-15"]
    assert [text[d.start:d.end] for d in found] == ["Tuesday", "Tuesday"]


def test_find_dates_spans_and_years_with_prepositions():
    text = "The pact signed in 1995 covers 2000 hectares since early 2011."
    found = find_dates(text)
    assert [(d.iso, d.precision) for d in found] == [("1995", "year"), ("2011", "year")]
    assert all(text[d.start:d.end] == d.text for d in found)


def test_tense_of():
    assert tense_of("The leaders will meet in Jakarta") == "future"
    assert tense_of("The forum is scheduled to open") == "future"
    assert tense_of("The leaders met in Jakarta") == "past"


@pytest.mark.parametrize("text, expected", [
    ("22 and 23 June 2019", ("2019-06-22", "day")),
    ("from 24 to 27 July 2024", ("2024-07-24", "day")),
    ("July 24-27, 2024", ("2024-07-24", "day")),
])
def test_ranges_give_their_first_day(text, expected):
    assert parse_date(text) == expected


def test_future_in_the_past_looks_ahead():
    text = "He said the country would join the bloc in October."
    assert [d.iso for d in find_dates(text, "2025-05-27")] == ["2025-10"]


def test_weeks_resolve_to_their_month_only_when_they_lie_in_one():
    assert parse_date("last week", "2022-11-18") == ("2022-11", "month")
    assert parse_date("last week", "2022-11-02") == ("2022-10", "month")
    assert parse_date("last week", "2022-11-09") is None            # 31 October to 6 November
    assert parse_date("next week", "2022-11-18", "future") == ("2022-11", "month")
