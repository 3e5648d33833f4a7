"""Arguments → inputs: directories, globs, hidden files, standard input, order."""
from __future__ import annotations

import io
import sys

from concord.ingest import iter_inputs
from ingest_support import settings, split


def _tree(root):
    files = {
        "b/2.txt": "Second folder, second file.",
        "b/1.txt": "Second folder, first file.",
        "a.txt": "Top file.",
        "c/deep/x.html": "<html><body><p>Deep page.</p></body></html>",
        ".hidden.txt": "Hidden file.",
        ".git/config.txt": "Hidden folder.",
        "b/.draft.txt": "Hidden draft.",
    }
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)


def test_directory_is_walked_sorted_without_hidden(tmp_path):
    _tree(tmp_path)
    docs, failures = split(iter_inputs([str(tmp_path)], settings()))
    assert failures == []
    names = [d.source[len(str(tmp_path)) + 1:] for d in docs]
    assert names == ["a.txt", "b/1.txt", "b/2.txt", "c/deep/x.html"]


def test_glob_patterns_and_order_of_arguments(tmp_path):
    _tree(tmp_path)
    pattern = str(tmp_path / "**" / "*.txt")
    docs, _ = split(iter_inputs([str(tmp_path / "c"), pattern], settings()))
    names = [d.source[len(str(tmp_path)) + 1:] for d in docs]
    assert names == ["c/deep/x.html", "a.txt", "b/1.txt", "b/2.txt"]


def test_file_named_like_a_glob_is_read_as_a_file(tmp_path):
    path = tmp_path / "report[1].txt"
    path.write_text("Bracketed name.")
    [doc] = list(iter_inputs([str(path)], settings()))
    assert doc.original == "Bracketed name."


def test_standard_input(monkeypatch):
    data = "VIENTIANE — Ministers met on Monday.".encode("utf-16")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = list(iter_inputs(["-"], settings()))
    assert doc.source == "<stdin>" and doc.original == "VIENTIANE — Ministers met on Monday."


def test_standard_input_json_lines(monkeypatch):
    data = b'{"text": "One."}\n{"text": "Two.", "title": "Second"}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    docs = list(iter_inputs(["-"], settings()))
    assert [(d.source, d.original) for d in docs] == [("<stdin>#line=1", "One."), ("<stdin>#line=2", "Two.")]


def test_empty_standard_input(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    [failure] = list(iter_inputs(["-"], settings()))
    assert failure.source == "<stdin>" and "empty" in failure.reason


def test_settings_default_to_load_settings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONCORD_MAX_BYTES", "10")
    (tmp_path / "a.txt").write_text("More than ten bytes of text.")
    [failure] = list(iter_inputs([str(tmp_path / "a.txt")]))
    assert "max_bytes" in failure.reason


def test_a_pipe_inside_a_directory_is_not_opened(tmp_path):
    import os
    (tmp_path / "a.txt").write_text("Readable.")
    os.mkfifo(tmp_path / "b.pipe")
    docs, failures = split(iter_inputs([str(tmp_path)], settings()))
    assert [d.original for d in docs] == ["Readable."]
    assert failures[0].source.endswith("b.pipe") and "not a regular file" in failures[0].reason


def test_a_single_path_string_or_pathlib_path(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("Only one.")
    assert [d.original for d in iter_inputs(str(path), settings())] == ["Only one."]
    assert [d.original for d in iter_inputs([path], settings())] == ["Only one."]


def test_standard_input_warc(monkeypatch):
    from ingest_support import warc_bytes
    data = warc_bytes([("https://s.example.invalid/1", "<html><body><p>Piped page.</p></body></html>")])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    [doc] = list(iter_inputs(["-"], settings()))
    assert doc.source == "<stdin>#record=2" and doc.url == "https://s.example.invalid/1"
