"""validate catches each kind of error on small bad data written here."""
from __future__ import annotations

from concord.kb.validate import validate_dirs

SRC = "https://example.org/s"


def run(tmp_path, write, records, name="bad"):
    write(tmp_path / name / "e.jsonl", records)
    return validate_dirs([tmp_path / name])


def messages(report):
    return " | ".join(m for _, m in report.errors)


def test_clean_data_passes(tmp_path, write, tiny_dir):
    report = validate_dirs([tiny_dir])
    assert report.ok, report.lines()
    assert report.entities == 10


def test_schema_errors(tmp_path, write):
    report = run(tmp_path, write, [
        {"id": "p:a", "type": "HUMAN", "name": "A"},
        {"id": "p:b", "type": "PERSON"},
        {"id": "has space", "type": "PERSON", "name": "C"},
        {"id": "Q5", "type": "PERSON", "name": "D", "wikidata": "Q6"},
        {"id": "p:e", "type": "PERSON", "name": "E", "aliases": "not a list"},
    ])
    text = messages(report)
    assert "type 'HUMAN'" in text and "missing name" in text and "has space" in text
    assert "disagree" in text and "aliases must be a list" in text
    assert not report.ok


def test_bad_json_line_reported_with_place(tmp_path):
    folder = tmp_path / "j"
    folder.mkdir()
    (folder / "j.jsonl").write_text('{"id": "p:a", "type": "PERSON", "name": "A"}\n{oops\n')
    report = validate_dirs([folder])
    assert [w for w, _ in report.errors] == ["j/j.jsonl:2"]


def test_duplicate_ids_in_one_directory(tmp_path, write):
    report = run(tmp_path, write, [{"id": "p:a", "type": "PERSON", "name": "A"},
                                   {"id": "p:a", "type": "PERSON", "name": "A again"}])
    assert "already used" in messages(report)


def test_override_across_directories_is_fine(tmp_path, write):
    write(tmp_path / "one" / "e.jsonl", [{"id": "p:a", "type": "PERSON", "name": "A"}])
    write(tmp_path / "two" / "e.jsonl", [{"id": "p:a", "type": "PERSON", "name": "A B"}])
    assert validate_dirs([tmp_path / "one", tmp_path / "two"]).ok


def test_shared_alias_reported_unless_marked_ambiguous(tmp_path, write):
    pair = [{"id": "p:a", "type": "PERSON", "name": "Tran Van Minh"},
            {"id": "p:b", "type": "PERSON", "name": "Trần Văn Minh"}]
    report = run(tmp_path, write, pair)
    assert "alias 'tran van minh'" in messages(report)
    pair[1]["ambiguous_aliases"] = ["Trần Văn Minh"]
    assert run(tmp_path, write, pair, name="ok").ok


def test_overlapping_terms_of_single_holder_office(tmp_path, write):
    report = run(tmp_path, write, [
        {"id": "Q1", "type": "COUNTRY", "name": "Testland"},
        {"id": "p:a", "type": "PERSON", "name": "A",
         "offices": [{"title": "Prime Minister", "of": "Q1", "start": "2000-01-01", "end": "2005-06-30",
                      "source": SRC}]},
        {"id": "p:b", "type": "PERSON", "name": "B",
         "offices": [{"title": "Premier", "of": "Q1", "start": "2005-01-01", "source": SRC}]},
    ])
    assert "overlaps A" in messages(report)


def test_handover_day_and_several_holders_of_plural_offices_are_fine(tmp_path, write):
    report = run(tmp_path, write, [
        {"id": "Q1", "type": "COUNTRY", "name": "Testland"},
        {"id": "p:a", "type": "PERSON", "name": "A",
         "offices": [{"title": "Prime Minister", "of": "Q1", "start": "2000-01-01", "end": "2005-06-30", "source": SRC},
                     {"title": "Deputy Prime Minister", "of": "Q1", "start": "2006-01-01", "source": SRC}]},
        {"id": "p:b", "type": "PERSON", "name": "B",
         "offices": [{"title": "Prime Minister", "of": "Q1", "start": "2005-06-30", "source": SRC},
                     {"title": "Deputy Prime Minister", "of": "Q1", "start": "2004-01-01", "source": SRC}]},
    ])
    assert report.ok, report.lines()


def test_combined_office_counts_for_overlap(tmp_path, write):
    report = run(tmp_path, write, [
        {"id": "Q1", "type": "COUNTRY", "name": "Testland"},
        {"id": "p:a", "type": "PERSON", "name": "A",
         "offices": [{"title": "Foreign Minister", "of": "Q1", "start": "2010", "source": SRC}]},
        {"id": "p:b", "type": "PERSON", "name": "B",
         "offices": [{"title": "Deputy Prime Minister cum Foreign Minister", "of": "Q1", "start": "2012",
                      "source": SRC}]},
    ])
    assert "Foreign Minister of Q1" in messages(report)


def test_dated_fact_needs_source_and_valid_ordered_dates(tmp_path, write):
    report = run(tmp_path, write, [
        {"id": "Q1", "type": "COUNTRY", "name": "Testland",
         "memberships": [{"of": "Q2", "start": "1990"}]},
        {"id": "Q2", "type": "ORGANIZATION", "name": "Test Union"},
        {"id": "p:a", "type": "PERSON", "name": "A",
         "offices": [{"title": "President", "of": "Q1", "start": "5 May 2001", "source": SRC},
                     {"title": "Vice President", "of": "Q1", "start": "2001-05-05", "end": "1999", "source": SRC}]},
    ])
    text = messages(report)
    assert "without a source" in text and "'5 May 2001'" in text and "is after end" in text


def test_unknown_of_and_member_ids(tmp_path, write):
    report = run(tmp_path, write, [
        {"id": "p:a", "type": "PERSON", "name": "A",
         "offices": [{"title": "President", "of": "Q404", "start": "2001", "source": SRC}]},
        {"id": "org:x", "type": "ORGANIZATION", "name": "X", "members": [{"member": "Q405"}]},
    ])
    text = messages(report)
    assert "'Q404' is not an entity id" in text and "'Q405' is not an entity id" in text


def test_warnings_do_not_fail(tmp_path, write):
    report = run(tmp_path, write, [{"id": "Q1", "type": "COUNTRY", "name": "Testland", "colour": "blue"},
                                   {"id": "p:a", "type": "PERSON", "name": "A",
                                    "offices": [{"title": "Chief Dreamer", "of": "Q1"}]}])
    assert report.ok
    assert len(report.warnings) == 2


def test_shared_acronym_is_an_error(tmp_path, write):
    report = run(tmp_path, write, [
        {"id": "org:a", "type": "ORGANIZATION", "name": "Alpha River Forum", "attrs": {"acronyms": ["ARF"]}},
        {"id": "org:b", "type": "ORGANIZATION", "name": "Another Regional Fund", "attrs": {"acronyms": ["ARF"]}},
    ])
    assert "alias 'arf'" in messages(report)
