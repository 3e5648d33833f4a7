"""Dates: the tense of the nearest verb, weekends, "tomorrow", a month of last year,
and one scan of the whole document shared by the steps."""
from __future__ import annotations

import pytest

from concord.extract.dates import dates_between, document_dates, find_dates, parse_date, tense_at


def isos(text, ref):
    return [(d.text, d.iso) for d in find_dates(text, ref)]


def test_past_verb_looks_back_to_the_weekday_before_publication():
    # 9 July 2024 is a Tuesday: the Monday it speaks of is the day before
    assert isos("Both sides signed the maritime pact on Monday.", "2024-07-09") == [("Monday", "2024-07-08")]


def test_a_future_word_elsewhere_in_the_sentence_does_not_turn_a_past_verb():
    text = "The accord, expected to lift rice exports, was signed on Monday."
    assert isos(text, "2024-07-09") == [("Monday", "2024-07-08")]


def test_each_date_takes_the_verb_nearest_before_it():
    text = "The envoy said on Monday that talks will resume on Friday."
    assert isos(text, "2024-07-09") == [("Monday", "2024-07-08"), ("Friday", "2024-07-12")]


@pytest.mark.parametrize("text", ["The pact will be signed on Monday.", "The forum is due to open on Monday.",
                                  "The dialogue is scheduled for Monday."])
def test_future_shapes_look_ahead(text):
    assert [d.iso for d in find_dates(text, "2024-07-09")] == ["2024-07-15"]


def test_tense_at_ignores_participles_after_will_and_be():
    text = "Officials met in Dili. The treaty will be ratified on Friday."
    assert tense_at(text, text.index("Friday"), text.index("The treaty")) == "future"
    assert tense_at(text, text.index("in Dili"), 0, text.index(".")) == "past"


def test_tomorrow_is_the_day_after_publication():
    assert isos("Ministers will gather tomorrow in Phnom Penh.", "2023-02-28") == [("tomorrow", "2023-03-01")]


@pytest.mark.parametrize("ref, expected", [
    ("2025-01-21", "2025-01-18"),          # a Tuesday: the Saturday before
    ("2025-01-19", "2025-01-11"),          # a Sunday: the weekend before this one
])
def test_last_weekend_is_its_saturday(ref, expected):
    assert [d.iso for d in find_dates("Envoys met in Yangon last weekend.", ref)] == [expected]


def test_over_the_weekend_follows_the_tense():
    assert [d.iso for d in find_dates("Leaders met over the weekend.", "2025-01-21")] == ["2025-01-18"]
    assert [d.iso for d in find_dates("Leaders will meet over the weekend.", "2025-01-21")] == ["2025-01-25"]


@pytest.mark.parametrize("text, ref, expected", [
    ("in June last year", "2022-09-14", ("2021-06", "month")),
    ("in March next year", "2022-09-14", ("2023-03", "month")),
    ("last June", "2022-09-14", ("2022-06", "month")),
    ("last October", "2022-09-14", ("2021-10", "month")),
])
def test_months_with_a_year_shift(text, ref, expected):
    assert parse_date(text, ref) == expected


def test_capitalised_preposition_opens_a_month():
    assert isos("In August, the two sides agreed to share data.", "2020-12-17") == [("In August", "2020-08")]


def test_document_dates_are_shared_and_selected_by_span():
    text = "Talks opened on 3 May 2021 in Hue. A second round followed on 9 May 2021."
    found = document_dates(text, "2021-05-20")
    assert document_dates(text, "2021-05-20") is found             # cached: one scan per document
    second = dates_between(found, text.index("A second"), len(text))
    assert [d.iso for d in second] == ["2021-05-09"]
