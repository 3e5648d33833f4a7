"""`concord ingest`, `stats`, `extract`, `reextract` through click's CliRunner.

Readers and cleaner are stood in for (see tests/pipeline) so these tests pin
the commands' own behaviour: where output goes, the summary line, exit codes.
test_end_to_end.py runs the real readers and cleaner in a subprocess.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from concord import pipeline
from concord.cli import main
from concord.document import Document, Failure
from concord.errors import EmptyInputError

ARTICLES = [
    "Brunei welcomed the ASEAN economic ministers to Bandar Seri Begawan for two days of talks.",
    "Japan pledged support for the Mekong-Japan cooperation framework at a meeting in Tokyo.",
    "Malaysia's foreign minister visited Jakarta to discuss the South China Sea code of conduct.",
    "Cambodia's commerce ministry reported higher rice exports to China in the first quarter.",
]


def fake_inputs(paths, settings):
    for given in paths:
        root = Path(given)
        if not root.exists():
            yield Failure(given, "no such file or directory")
            continue
        for path in (sorted(root.iterdir()) if root.is_dir() else [root]):
            data = path.read_bytes()
            if b"\0" in data:
                yield Failure(str(path), "binary file, not text")
            else:
                yield Document(source=str(path), original=data.decode(), format=path.suffix[1:],
                               published="2021-03-0" + str(len(data) % 9 + 1))


def fake_clean(doc):
    if not doc.original.strip():
        raise EmptyInputError("no article text", doc.source)
    doc.text = doc.original.strip()
    doc.assign_id()
    return doc


@pytest.fixture(autouse=True)
def fakes(monkeypatch):
    monkeypatch.setattr(pipeline, "_inputs", fake_inputs)
    monkeypatch.setattr(pipeline, "graph_hook", lambda: None)
    monkeypatch.setattr(pipeline, "build_stages",
                        lambda s, clean=True, extract=True: [pipeline.Stage("clean", fake_clean)] if clean else [])


@pytest.fixture
def corpus(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(ARTICLES * 3):
        (folder / f"{i:02d}.txt").write_text(f"{text} Item {i}.", encoding="utf-8")
    return folder


def run(*args, **kw):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)


def test_ingest_summary_and_second_run(corpus, tmp_path):
    (corpus / "zz.bin").write_bytes(b"\x00\x00PK")
    db = tmp_path / "c.db"
    first = run("ingest", corpus, "--db", db)
    assert first.exit_code == 0
    assert first.stdout == ""
    lines = first.stderr.strip().splitlines()
    assert lines[-1] == "read 13, new 12, duplicates 0, failed 1"
    assert lines[0] == f"skipped {corpus / 'zz.bin'}: binary file, not text"
    second = run("ingest", corpus, "--db", db)
    assert second.stderr.strip().splitlines()[-1] == "read 13, new 0, duplicates 12, failed 1"


def test_ingest_exits_non_zero_only_when_nothing_was_read(tmp_path, corpus):
    (tmp_path / "empty.txt").write_text("")
    nothing = run("ingest", tmp_path / "missing.txt", tmp_path / "empty.txt", "--db", tmp_path / "c.db")
    assert nothing.exit_code == 1
    assert "missing.txt: no such file or directory" in nothing.stderr
    assert "empty.txt [clean]: no article text" in nothing.stderr
    some = run("ingest", tmp_path / "missing.txt", corpus, "--db", tmp_path / "c.db")
    assert some.exit_code == 0


def test_ingest_uses_the_db_setting(corpus, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONCORD_DB", str(tmp_path / "from-env.db"))
    assert run("ingest", corpus).exit_code == 0
    assert (tmp_path / "from-env.db").is_file() and not (tmp_path / "concord.db").exists()


def test_stats_text_and_json(corpus, tmp_path):
    db = tmp_path / "c.db"
    (corpus / "empty.txt").write_text(" ")
    run("ingest", corpus, "--db", db)
    as_json = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert as_json["documents"] == 12 and as_json["failures"] == 1
    assert sum(as_json["by_year"].values()) == 12 and set(as_json["by_year"]) == {"2021"}
    assert as_json["by_format"] == {"txt": 12}
    text = run("stats", "--db", db).stdout
    assert "documents          12" in text and "failures           1" in text
    assert "by year:" in text and "2021  12" in text


def test_stats_on_a_missing_store_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no store at" in result.stderr and not (tmp_path / "none.db").exists()


def test_extract_prints_jsonl_in_order_and_failures_on_stderr(corpus):
    (corpus / "05.txt").write_text("")
    one = run("extract", corpus, "--format", "jsonl", "--workers", "1")
    two = run("extract", corpus, "--format", "jsonl", "--workers", "2")
    assert one.exit_code == 0 and one.stdout == two.stdout
    records = [json.loads(line) for line in one.stdout.splitlines()]
    assert [Path(r["source"]).name for r in records] == [f"{i:02d}.txt" for i in range(12) if i != 5]
    assert {"id", "text", "entities", "roles", "quotes", "events", "flags"} <= set(records[0])
    assert "05.txt" in one.stderr and "05.txt" not in one.stdout


def test_reextract_needs_a_store(tmp_path):
    result = CliRunner().invoke(main, ["reextract", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no store at" in result.stderr


def test_every_command_has_help():
    for name in ("ingest", "stats", "extract", "reextract"):
        result = run(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout
