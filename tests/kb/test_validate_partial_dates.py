"""validate: overlaps of single-holder terms when dates are partial ("2002-07", "2002")."""
from __future__ import annotations

import pytest

from concord.kb.validate import validate_dirs

SRC = "https://example.org/s"


def terms(tmp_path, write, *spells, title="Foreign Minister"):
    """A state and one person per (start, end) spell of `title` in it; the report."""
    records = [{"id": "Q990020", "type": "COUNTRY", "name": "Testland"}]
    for n, (start, end) in enumerate(spells):
        office = {"title": title, "of": "Q990020", "start": start, "source": SRC}
        if end:
            office["end"] = end
        records.append({"id": f"p:holder-{n}", "type": "PERSON", "name": f"Holder {n}", "offices": [office]})
    write(tmp_path / "kb" / "e.jsonl", records)
    return validate_dirs([tmp_path / "kb"])


def overlaps(report):
    errors = [m for _, m in report.errors if "overlap" in m]
    warnings = [m for _, m in report.warnings if "overlap" in m]
    return len(errors), len(warnings)


@pytest.mark.parametrize("spells, expected", [
    # A month-only start may fall before the predecessor's last day: possible, not certain.
    ((("2001-02-09", "2002-07-12"), ("2002-07", None)), (0, 1)),
    # The same month as a whole after the end: no overlap.
    ((("2001-02-09", "2002-07-12"), ("2002-08", None)), (0, 0)),
    # A month-only start wholly before the predecessor's end: certain.
    ((("2001-02-09", "2002-07-12"), ("2002-06", None)), (1, 0)),
    # A year-only end against a start inside that year: possible.
    ((("1998", "2004"), ("2004-08-23", None)), (0, 1)),
    # A year-only end against a start in the next year: fine.
    ((("1998", "2004"), ("2005-01-01", None)), (0, 0)),
    # Both months partial and equal: the handover may be that month.
    ((("1998-01-01", "2004-08"), ("2004-08", None)), (0, 1)),
    # Full dates: the handover day is fine, a day earlier is an overlap.
    ((("1998-01-01", "2004-08-23"), ("2004-08-23", None)), (0, 0)),
    ((("1998-01-01", "2004-08-23"), ("2004-08-22", None)), (1, 0)),
    # A year-only start inside a long earlier term: certain.
    ((("1990-01-01", "2010-12-31"), ("2005", "2006")), (1, 0)),
])
def test_partial_dates_compared_as_intervals(tmp_path, write, spells, expected):
    assert overlaps(terms(tmp_path, write, *spells)) == expected


def test_overlap_with_a_term_that_is_not_the_previous_one(tmp_path, write):
    # Holder 0 is in office throughout; holder 2 overlaps holder 0 although holder 1 sits between them.
    report = terms(tmp_path, write, ("1990-01-01", "2010-12-31"), ("1995-01-01", "1995-06-30"),
                   ("2000-01-01", "2001-01-01"))
    bad = [m for _, m in report.errors]
    assert any("Holder 2" in m and "overlaps Holder 0" in m for m in bad)
    assert any("Holder 1" in m and "overlaps Holder 0" in m for m in bad)
    assert not any("Holder 2" in m and "Holder 1" in m for m in bad)


def test_warning_does_not_fail_and_names_both_terms(tmp_path, write):
    report = terms(tmp_path, write, ("2001-02-09", "2002-07-12"), ("2002-07", None))
    assert report.ok
    (message,) = [m for _, m in report.warnings if "overlap" in m]
    assert "Holder 1 from 2002-07" in message and "Holder 0 (2001-02-09 – 2002-07-12)" in message


def test_plural_offices_never_overlap(tmp_path, write):
    report = terms(tmp_path, write, ("2000", None), ("2001-05", None), title="Deputy Prime Minister")
    assert overlaps(report) == (0, 0)


def test_one_person_with_two_overlapping_records_is_not_two_holders(tmp_path, write):
    write(tmp_path / "kb" / "e.jsonl", [
        {"id": "Q990020", "type": "COUNTRY", "name": "Testland"},
        {"id": "p:a", "type": "PERSON", "name": "A", "offices": [
            {"title": "Foreign Minister", "of": "Q990020", "start": "2010-01-01", "source": SRC},
            {"title": "Deputy Prime Minister cum Foreign Minister", "of": "Q990020", "start": "2012-01-01",
             "source": SRC}]},
    ])
    assert overlaps(validate_dirs([tmp_path / "kb"])) == (0, 0)
