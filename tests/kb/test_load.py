"""Loading: packaged data, user directories overriding by id, caching, bad files."""
from __future__ import annotations

import pytest

from concord.errors import KnowledgeBaseError
from concord.kb import clear_cache, default_kb, load_kb


def test_user_dir_adds_and_overrides_by_id(tmp_path, write):
    write(tmp_path / "user" / "mine.jsonl", [
        # Overrides the packaged Cambodia: the new record replaces the old one whole.
        {"id": "Q424", "type": "COUNTRY", "name": "Cambodia", "aliases": ["Srok Khmer Test"]},
        {"id": "org:test-forum", "type": "ORGANIZATION", "name": "Test Forum on River Things"},
    ])
    kb = load_kb([tmp_path / "user"])
    assert kb.get("org:test-forum").name == "Test Forum on River Things"
    assert [e.id for e in kb.lookup("Srok Khmer Test")] == ["Q424"]
    assert kb.lookup("Kingdom of Cambodia") == []        # the packaged aliases are gone with the override
    assert kb.get("Q881") is not None                    # the rest of the package is still there
    plain = load_kb()
    assert plain.get("org:test-forum") is None
    assert [e.id for e in plain.lookup("Kingdom of Cambodia")] == ["Q424"]


def test_later_user_dir_wins(tmp_path, write):
    write(tmp_path / "a" / "x.jsonl", [{"id": "p:x", "type": "PERSON", "name": "First Name"}])
    write(tmp_path / "b" / "x.jsonl", [{"id": "p:x", "type": "PERSON", "name": "Second Name"}])
    kb = load_kb([tmp_path / "a", tmp_path / "b"], include_default=False)
    assert kb.get("p:x").name == "Second Name"
    assert kb.lookup("First Name") == []


def test_default_kb_is_cached_and_honours_setting(tmp_path, write, monkeypatch):
    clear_cache()
    assert default_kb() is default_kb()
    write(tmp_path / "env" / "e.jsonl", [{"id": "p:env", "type": "PERSON", "name": "Env Person"}])
    monkeypatch.setenv("CONCORD_KB_DIR", str(tmp_path / "env"))
    assert default_kb().get("p:env") is not None
    monkeypatch.delenv("CONCORD_KB_DIR")
    assert default_kb().get("p:env") is None
    clear_cache()


def test_bad_line_names_file_and_line(tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "broken.jsonl").write_text('{"id": "p:a", "type": "PERSON", "name": "A"}\n{not json\n')
    with pytest.raises(KnowledgeBaseError, match=r"broken.jsonl:2"):
        load_kb([folder], include_default=False)


def test_missing_dir_is_a_clear_error(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="does not exist"):
        load_kb([tmp_path / "nowhere"])


def test_comments_and_blank_lines_are_skipped(tmp_path):
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "c.jsonl").write_text('// a comment\n\n{"id": "p:a", "type": "PERSON", "name": "A Person"}\n')
    assert len(load_kb([folder], include_default=False)) == 1


def test_alias_shared_by_two_entities_returns_both_best_first(tmp_path, write):
    write(tmp_path / "s" / "s.jsonl", [
        {"id": "place:lionport", "type": "PLACE", "name": "Lionport City", "aliases": ["Lionport"]},
        {"id": "Q1", "type": "COUNTRY", "name": "Lionport"},
    ])
    kb = load_kb([tmp_path / "s"], include_default=False)
    assert [e.id for e in kb.lookup("Lionport")] == ["Q1", "place:lionport"]
