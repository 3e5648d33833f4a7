"""Every kind of bad input becomes a Failure with a clear reason, and the batch goes on."""
from __future__ import annotations

import gzip
import json
import os
import time
import zipfile

import pytest

from concord.document import Document, Failure
from concord.ingest import iter_inputs
from ingest_support import settings, split, warc_bytes

GOOD = "Officials from three river states met in Pakse to discuss fish ladders."


@pytest.fixture
def good(tmp_path):
    path = tmp_path / "zz_good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return str(path)


def _one_failure(items, good_path):
    """The batch yields exactly one Failure and still reads the good file after it."""
    docs, failures = split(items)
    assert [d.source for d in docs] == [good_path]
    [failure] = failures
    return failure


def test_png_bytes_are_binary_data(tmp_path, good):
    path = tmp_path / "photo.txt"           # a wrong extension does not fool the sniffer
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    failure = _one_failure(iter_inputs([str(path), good], settings()), good)
    assert failure.source == str(path)
    assert "binary data" in failure.reason and "not an article" in failure.reason


def test_zip_and_unknown_binary(tmp_path, good):
    archive = tmp_path / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", GOOD)
    noise = tmp_path / "noise.bin"
    noise.write_bytes(bytes(range(256)) * 8)
    docs, failures = split(iter_inputs([str(archive), str(noise), good], settings()))
    assert len(docs) == 1
    assert [f.source for f in failures] == [str(archive), str(noise)]
    assert "ZIP archive" in failures[0].reason and "binary data" in failures[1].reason


def test_empty_and_blank_files(tmp_path, good):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.html").write_bytes(b"  \n\n\t ")
    docs, failures = split(iter_inputs([str(tmp_path / "empty.txt"), str(tmp_path / "blank.html"), good],
                                       settings()))
    assert len(docs) == 1 and len(failures) == 2
    assert all("empty" in f.reason for f in failures)


def test_html_with_no_body(tmp_path, good):
    path = tmp_path / "shell.html"
    path.write_text("<!DOCTYPE html><html><head><title>Loading</title><script>load('a < b')"
                    "</script></head><body><div id='app'></div><!-- text here --></body></html>")
    failure = _one_failure(iter_inputs([str(path), good], settings()), good)
    assert "no body text" in failure.reason


def test_truncated_gzip_text(tmp_path, good):
    data = gzip.compress(((GOOD + "\n") * 2000).encode())
    path = tmp_path / "story.txt.gz"
    path.write_bytes(data[: len(data) // 2])
    failure = _one_failure(iter_inputs([str(path), good], settings()), good)
    assert "truncated gzip" in failure.reason


def test_truncated_gzip_json_lines_keeps_the_lines_before(tmp_path, good):
    lines = "\n".join(json.dumps({"text": f"{GOOD} Number {n}.", "salt": os.urandom(8).hex()})
                      for n in range(400))
    data = gzip.compress(lines.encode())
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(data[: len(data) // 2])
    docs, failures = split(iter_inputs([str(path), good], settings()))
    read = [d for d in docs if d.source.startswith(str(path))]
    assert 50 < len(read) < 400 and docs[-1].source == good
    [failure] = failures
    assert failure.locator == f"line {len(read) + 1}" and "truncated" in failure.reason


@pytest.mark.parametrize("compressed", [True, False])
@pytest.mark.parametrize("keep", [0.55, 0.85])
def test_truncated_warc_keeps_the_records_before(tmp_path, good, compressed, keep):
    pages = [(f"https://n.example.invalid/{n}",
              f"<html><body><p>Story {n}. {os.urandom(400).hex()}</p></body></html>") for n in range(4)]
    data = warc_bytes(pages, gzip=compressed, extra=False)
    path = tmp_path / ("crawl.warc.gz" if compressed else "crawl.warc")
    path.write_bytes(data[: int(len(data) * keep)])
    docs, failures = split(iter_inputs([str(path), good], settings()))
    read = [d for d in docs if d.source.startswith(str(path))]
    assert 1 <= len(read) < 4
    assert [d.url for d in read] == [url for url, _ in pages[: len(read)]]
    assert all(f"Story {n}." in d.original for n, d in enumerate(read))
    [failure] = failures
    assert failure.source == str(path) and "truncated" in failure.reason
    assert failure.locator == f"record {len(read) + 1}"
    assert docs[-1].source == good


def test_invalid_json_lines_fail_alone(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": "First article."}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": "   "}),
        json.dumps({"html": "<html><head></head><body></body></html>"}),
        json.dumps({"text": "Sixth article."}),
    ]))
    docs, failures = split(iter_inputs([str(path)], settings()))
    assert [d.original for d in docs] == ["First article.", "Sixth article."]
    assert [f.locator for f in failures] == ["line 2", "line 3", "line 4", "line 5"]
    assert "invalid JSON" in failures[0].reason and "column" in failures[0].reason


def test_file_larger_than_max_bytes_is_refused_unread(tmp_path, good, monkeypatch):
    path = tmp_path / "huge.html"
    with open(path, "wb") as out:
        out.write(b"<html><body><p>" + b"word " * 20000)
        out.truncate(250 * 1024 * 1024)          # sparse: 250 MB on paper, nothing on disk
    start = time.perf_counter()
    failure = _one_failure(iter_inputs([str(path), good], settings()), good)
    assert time.perf_counter() - start < 2
    assert "max_bytes" in failure.reason and "250" in failure.reason


def test_small_max_bytes_applies_to_single_documents_not_to_streams(tmp_path):
    big_text = tmp_path / "long.txt"
    big_text.write_text(GOOD * 100)
    stream = tmp_path / "many.jsonl"
    stream.write_text("\n".join(json.dumps({"text": GOOD + str(n)}) for n in range(100)))
    docs, failures = split(iter_inputs([str(big_text), str(stream)], settings(max_bytes=1000)))
    assert len(docs) == 100 and [f.source for f in failures] == [str(big_text)]


def test_single_line_over_max_bytes_in_json_lines(tmp_path):
    path = tmp_path / "lines.jsonl"
    path.write_text("\n".join([json.dumps({"text": "short one"}),
                               json.dumps({"text": "x" * 5000}),
                               json.dumps({"text": "short two"})]))
    docs, failures = split(iter_inputs([str(path)], settings(max_bytes=1000)))
    assert [d.original for d in docs] == ["short one", "short two"]
    assert [f.locator for f in failures] == ["line 2"] and "max_bytes" in failures[0].reason


def test_missing_file_and_empty_glob(tmp_path, good):
    docs, failures = split(iter_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "*.warc"), good],
                                       settings()))
    assert len(docs) == 1
    assert "no such file" in failures[0].reason
    assert failures[1].source.endswith("*.warc") and "no file matches" in failures[1].reason


def test_permission_denied(tmp_path, good, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD)
    path.chmod(0)
    if os.geteuid() == 0:
        # root reads anything, so make open() answer as the kernel would for another user
        import builtins
        real_open = builtins.open

        def guarded(file, *args, **kwargs):
            if str(file) == str(path):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)
        monkeypatch.setattr(builtins, "open", guarded)
    failure = _one_failure(iter_inputs([str(path), good], settings()), good)
    assert "permission denied" in failure.reason


def test_a_directory_of_mixed_bad_inputs_still_reads_the_good_one(tmp_path):
    (tmp_path / "a.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.jsonl").write_text("{broken\n")
    (tmp_path / "d.txt").write_text(GOOD)
    items = list(iter_inputs([str(tmp_path)], settings()))
    assert [type(i).__name__ for i in items] == ["Failure", "Failure", "Failure", "Document"]
    assert isinstance(items[-1], Document) and items[-1].original == GOOD
    assert all(isinstance(i, Failure) and i.reason for i in items[:3])


def test_corrupted_gzip_warc_is_a_failure_and_prints_nothing(tmp_path, good, capfd):
    pages = [(f"https://c.example.invalid/{n}",
              f"<html><body><p>Story {n}. {os.urandom(300).hex()}</p></body></html>") for n in range(3)]
    data = bytearray(warc_bytes(pages, extra=False))
    middle = len(data) // 2
    data[middle:middle + 40] = os.urandom(40)            # damage inside the second record's gzip member
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(data))
    docs, failures = split(iter_inputs([str(path), good], settings()))
    assert docs[0].url == pages[0][0] and docs[-1].source == good
    assert len(failures) == 1 and failures[0].source == str(path)
    assert capfd.readouterr().err == ""                  # warcio's own warnings are silenced
