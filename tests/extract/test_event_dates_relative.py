"""Event dates from relative words ("earlier in the week", "the day before"), schedules
in the present tense ("closes on Friday"), and years that belong to another clause
("which will chair the bloc in 2027")."""
from __future__ import annotations

import pytest

from concord.extract.dates import find_dates, parse_date
from handmade import events_of as run, named  # tests/extract/handmade.py


@pytest.mark.parametrize("phrase, ref, want", [
    ("earlier in the week", "2021-03-12", ("2021-03", "month")),       # Friday: Monday 8 to Friday 12 March
    ("earlier this week", "2021-03-12", ("2021-03", "month")),
    ("earlier this month", "2021-03-12", ("2021-03", "month")),
    ("earlier in the month", "2021-03-12", ("2021-03", "month")),
    ("later in the year", "2021-03-12", ("2021", "year")),
    ("yesterday", "2021-03-12", ("2021-03-11", "day")),
    ("the day before", "2021-03-12", ("2021-03-11", "day")),
])
def test_relative_words_resolve_against_the_reference(phrase, ref, want):
    assert parse_date(phrase, ref) == want


def test_earlier_this_week_counts_only_the_days_already_gone():
    # Thursday 2 September 2021: Monday 30 August to Thursday lie in two months ...
    assert parse_date("earlier this week", "2021-09-02") is None
    # ... while Wednesday 6 October 2021 looks back to Monday 4 October only
    assert parse_date("earlier this week", "2021-10-06") == ("2021-10", "month")


def test_the_day_before_something_named_is_not_the_day_before_publication():
    assert find_dates("Talks stalled the day before the vote.", "2021-03-12") == []


def test_a_schedule_in_the_present_tense_looks_ahead():
    # published Tuesday 9 May 2023: "closes on Friday" is 12 May, not 5 May
    found = find_dates("The trade fair, which closes on Friday, drew buyers.", "2023-05-09")
    assert [(d.iso, d.precision) for d in found] == [("2023-05-12", "day")]
    found = find_dates("The film festival closes on 20 May.", "2023-05-09")
    assert found[0].iso == "2023-05-20"            # not 20 May of the year before
    assert find_dates("The fair closed on Friday.", "2023-05-09")[0].iso == "2023-05-05"


def test_an_event_held_earlier_in_the_week_takes_the_articles_week():
    text = ("Andean leaders closed the 12th Andean Summit, held earlier in the week, with a pledge on rivers. "
            "Peru will chair the bloc in 2027.")
    summit = named(run(text, "2022-06-10"), "12th Andean Summit")
    assert (summit.date, summit.date_precision) == ("2022-06", "month")


def test_the_year_a_state_chairs_does_not_date_an_edition():
    text = "Chile, which will chair the group in 2027, spoke at the 9th Pacific Rim Forum."
    forum = named(run(text, "2025-11-03", COUNTRY=["Chile"]), "9th Pacific Rim Forum")
    assert forum.date is None


def test_a_sentence_about_the_chair_does_not_lend_its_year():
    text = ("Ecuador takes over the chair in 2026. The 30th Amazon Summit, held earlier in the week, "
            "adopted a fire plan.")
    summit = named(run(text, None, COUNTRY=["Ecuador"]), "30th Amazon Summit")
    assert summit.date is None                    # no publication date: the week cannot be placed


def test_yesterdays_meeting_is_dated_and_the_next_one_stays_apart():
    text = ("The 5th Baltic Energy Meeting, held yesterday in Riga, agreed on a grid link. "
            "The next meeting will be held in Tallinn on 4 April.")
    evs = run(text, "2024-02-15", PLACE=["Riga", "Tallinn"])
    fifth = named(evs, "5th Baltic Energy Meeting")
    assert (fifth.date, fifth.location["name"]) == ("2024-02-14", "Riga")


def test_a_three_day_forum_closing_ahead_starts_two_days_before():
    text = "The three-day Andes Water Forum closes on 17 June in Quito."
    forum = named(run(text, "2023-06-16", PLACE=["Quito"]), "Andes Water Forum")
    assert (forum.date, forum.date_precision) == ("2023-06-15", "day")


def test_a_day_word_opening_the_sentence_dates_the_event_and_stays_out_of_its_name():
    text = "Yesterday's Danube Ministers' Meeting in Vienna was brief."
    meeting = named(run(text, "2022-03-03", PLACE=["Vienna"]), "Danube Ministers")
    assert meeting.name == "Danube Ministers' Meeting" and meeting.date == "2022-03-02"


def test_an_own_date_too_vague_to_state_is_not_replaced_by_another():
    # Wednesday 4 October 2023: last week ran from 25 September to 1 October
    text = ("Ministers met in Lima on 2 August 2023. "
            "The 14th Andean Water Forum, held last week in Cusco, adopted a drought plan.")
    forum = named(run(text, "2023-10-04", PLACE=["Lima", "Cusco"]), "14th Andean Water Forum")
    assert forum.date is None and forum.location["name"] == "Cusco"


def test_the_summit_after_a_sentence_on_the_next_one_keeps_its_own_date():
    text = ("Leaders said the next summit will be held in Montevideo in March 2026. "
            "The summit, held earlier in the week in Asunción, adopted a plan on rivers.")
    evs = run(text, "2025-07-11", PLACE=["Montevideo", "Asunción"])
    held = [e for e in evs if e.location and e.location["name"] == "Asunción"]
    assert len(held) == 1 and held[0].date == "2025-07"          # Monday 7 to Friday 11 July
