"""Concord on a real local Spark (local[2], 127.0.0.1 only): same records as `concord extract`,
failures kept, reruns that do nothing, resuming after a lost shard, loading into a real store.

One Spark session serves the whole module (starting the JVM is the slow part).
The inputs are small articles written for these tests.
"""
from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.spark

pyspark = pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'concord-kg[spark]')")
if not (shutil.which("java") or os.environ.get("JAVA_HOME")):
    pytest.skip("Spark needs Java, and none is on the PATH", allow_module_level=True)

from concord.errors import ConcordError, ConfigError  # noqa: E402
from concord.pipeline import extract_paths  # noqa: E402
from concord.runner import spark_plan  # noqa: E402
from concord.runner.spark import run_on_spark, spark_session  # noqa: E402
from concord.runner.spark_load import load_records  # noqa: E402
from concord.settings import load_settings  # noqa: E402
from concord.store import Store  # noqa: E402

ARTICLES = {
    "a-mekong.txt": (
        "VIENTIANE, 5 April 2023 -- Ministers from Cambodia, Laos, Thailand and Vietnam gathered in "
        "Vientiane for the fourth summit of the Mekong River Commission. The Lao Prime Minister opened "
        "the meeting and asked the member countries to share river flow data every day.\n\n"
        "Delegates also discussed drought warnings for farmers along the lower Mekong."),
    "b-asean.txt": (
        "JAKARTA, 5 September 2023 -- Indonesia hosted the 43rd ASEAN Summit in Jakarta this week. "
        "President Joko Widodo told the leaders that the bloc must stay united on Myanmar and keep "
        "trade open.\n\nTimor-Leste attended as an observer, and the Philippines will chair ASEAN in 2026."),
    "nested/c-visit.txt": (
        "HANOI, 12 December 2023 -- Chinese President Xi Jinping arrived in Hanoi for a two-day state "
        "visit to Vietnam. He met General Secretary Nguyen Phu Trong and the two sides signed more than "
        "thirty cooperation documents, including agreements on railways and border trade."),
}
HTML = """<!doctype html><html><head><title>Leaders meet in Vientiane</title></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/contact">Contact us</a></nav>
<article><h1>Leaders meet in Vientiane</h1>
<p>VIENTIANE, 9 October 2024 -- Laos opened the 44th and 45th ASEAN Summits in Vientiane on Wednesday,
with Prime Minister Sonexay Siphandone welcoming the leaders of the other member states.</p>
<p>Malaysia takes over the chairmanship of ASEAN for 2025, the closing statement said.</p>
</article><footer>Copyright 2024 Example News. All rights reserved.</footer></body></html>"""
JSONL_LINES = [
    json.dumps({"text": "BANGKOK, 20 June 2024 -- Thailand and Cambodia agreed in Bangkok to reopen two "
                        "border checkpoints and to study a new railway link between their capitals.",
                "url": "https://example.org/thai-cambodia", "title": "Thailand and Cambodia reopen checkpoints"}),
    "{this line is not JSON",
    json.dumps({"text": "SINGAPORE, 2 March 2024 -- Singapore's foreign minister Vivian Balakrishnan said "
                        "ASEAN members should finish the digital economy framework agreement this year."}),
]


WARC_PAGE = """<html><head><title>Mekong ministers agree on flood data</title></head><body>
<div class="menu"><a href="/">Home</a> <a href="/asia">Asia</a></div>
<article><p>PHNOM PENH, 14 November 2024 -- Water ministers of the Mekong River Commission agreed in Phnom Penh
to publish flood forecasts for Cambodia and Laos twice a day during the monsoon season.</p>
<p>Thailand offered to pay for three new gauging stations on the river.</p></article></body></html>"""


def warc_gz(url: str, html: str) -> bytes:
    import io
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode()),
                                                  http_headers=headers))
    return buffer.getvalue()


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def read_jsonl(folder: Path) -> list[dict]:
    return [json.loads(line) for part in sorted(folder.glob("part-*.jsonl"))
            for line in part.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def spark():
    session = spark_session("local[2]", app_name="concord-tests", conf={
        "spark.driver.memory": "512m", "spark.executor.memory": "512m",
        "spark.default.parallelism": "2", "spark.sql.shuffle.partitions": "2"})
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("spark-inputs")
    for name, text in ARTICLES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    (root / "d-summit.html").write_text(HTML, encoding="utf-8")
    (root / "e-wire.jsonl").write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    (root / "f-photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "g-empty.txt").write_bytes(b"")
    (root / "h-crawl.warc.gz").write_bytes(warc_gz("https://news.example.invalid/mrc-floods", WARC_PAGE))
    return root


@pytest.fixture(scope="module")
def settings():
    return load_settings()


@pytest.fixture(scope="module")
def first_run(spark, inputs, settings, tmp_path_factory):
    out = tmp_path_factory.mktemp("spark-out") / "out"
    summary = run_on_spark([str(inputs), str(inputs / "missing.txt")], out, settings, spark=spark, partitions=3)
    return out, summary


def test_records_are_those_of_local_extract(first_run, inputs, settings):
    out, summary = first_run
    records = read_jsonl(out / "records")
    local = [r for r in extract_paths([str(inputs)], settings) if isinstance(r, dict)]
    assert len(local) == 7                     # 3 texts, 1 page, 2 good JSON lines, 1 WARC record
    assert summary.documents == len(records) == len(local)
    by_id = {r["id"]: r for r in records}
    assert sorted(by_id) == sorted(r["id"] for r in local)
    for expected in local:
        got = by_id[expected["id"]]
        for key in ("source", "title", "published", "outlet", "language", "text", "url", "roles", "events"):
            assert got[key] == expected[key], (expected["source"], key)
        assert [(e["id"], e["mentions"]) for e in got["entities"]] == \
               [(e["id"], e["mentions"]) for e in expected["entities"]]
    assert any(r["entities"] for r in records), "the extractor found nothing: the stages did not run"
    assert all(r["cluster_id"] is None and r["read_at"] for r in records)
    assert {r["format"] for r in records} == {"txt", "html", "jsonl", "warc"}


def test_every_bad_input_is_in_the_failures_and_the_batch_goes_on(first_run, inputs):
    out, summary = first_run
    failures = read_jsonl(out / "failures")
    where = {(Path(f["source"].split("#")[0]).name, f["locator"]) for f in failures}
    assert ("f-photo.png", None) in where
    assert ("g-empty.txt", None) in where
    assert ("missing.txt", None) in where
    assert ("e-wire.jsonl", "line 2") in where
    assert all(f["reason"] for f in failures)
    assert summary.failures == len(failures) == 4
    sources = {r["source"] for r in read_jsonl(out / "records")}
    assert f"{inputs / 'e-wire.jsonl'}#line=3" in sources     # the line after the bad one was read
    totals = json.loads((out / "summary.json").read_text())
    assert totals == {"inputs": summary.inputs, "shards": 3, "documents": 7, "failures": 4}
    assert (out / "_SUCCESS").exists()


def test_a_rerun_does_no_work_and_changes_nothing(first_run, spark, inputs, settings):
    out, _ = first_run
    before = snapshot(out)
    again = run_on_spark([str(inputs), str(inputs / "missing.txt")], out, settings, spark=spark)
    assert (again.shards_run, again.shards_skipped) == (0, 3)
    assert (again.documents, again.failures) == (7, 4)
    assert snapshot(out) == before


def test_a_lost_shard_and_a_changed_input_are_redone_and_nothing_else(spark, inputs, settings, tmp_path):
    work = tmp_path / "in"
    shutil.copytree(inputs, work)
    out = tmp_path / "out"
    run_on_spark([str(work)], out, settings, spark=spark, partitions=4)
    complete = read_jsonl(out / "records")
    # A task killed before its marker: its outputs are not trusted, the shard is redone.
    lost = spark_plan.shard_of(str(work / "b-asean.txt"), 4)
    spark_plan.marker_path(out, lost).unlink()
    resumed = run_on_spark([str(work)], out, settings, spark=spark)
    assert resumed.shards_run == 1
    assert sorted(r["id"] for r in read_jsonl(out / "records")) == sorted(r["id"] for r in complete)
    # An input edited since: only its shard runs again, and its record follows the edit.
    edited = work / "nested" / "c-visit.txt"
    edited.write_text(edited.read_text() + "\n\nThe visit ended with a joint statement.", encoding="utf-8")
    rerun = run_on_spark([str(work)], out, settings, spark=spark)
    assert rerun.shards_run == 1
    texts = {r["source"]: r["text"] for r in read_jsonl(out / "records")}
    assert texts[str(edited)].endswith("joint statement.")
    assert len(texts) == len(complete)


def test_another_partition_count_on_the_same_folder_is_refused(first_run, spark, inputs, settings):
    out, _ = first_run
    with pytest.raises(ConfigError, match="--partitions 3"):
        run_on_spark([str(inputs)], out, settings, spark=spark, partitions=5)


def test_paths_spark_cannot_read_are_refused_clearly(spark, settings, tmp_path):
    with pytest.raises(ConfigError, match="standard input"):
        run_on_spark(["-"], tmp_path / "o", settings, spark=spark)
    with pytest.raises(ConfigError, match="hdfs://"):
        run_on_spark(["hdfs://namenode/archive/"], tmp_path / "o", settings, spark=spark)


def test_a_failing_job_says_why_and_how_to_resume(spark, inputs, settings, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "records").write_text("a file where the executors need a folder")
    with pytest.raises(ConcordError, match=r"FileExistsError.*rerun the same command"):
        run_on_spark([str(inputs / "a-mekong.txt")], out, settings, spark=spark, partitions=1)
    assert not (out / "_SUCCESS").exists()


def test_load_records_fills_a_real_store(first_run, tmp_path):
    out, _ = first_run
    db = tmp_path / "cluster.db"
    summary = load_records(out, db)
    assert (summary.records, summary.new, summary.failures) == (7, 7, 4)
    records = {r["id"]: r for r in read_jsonl(out / "records")}
    with Store(db) as store:
        assert sorted(store.document_ids()) == sorted(records)
        some_id = next(i for i, r in records.items() if r["entities"])
        stored = store.document(some_id)
        assert stored.text == records[some_id]["text"]
        assert [e.id for e in stored.entities] == [e["id"] for e in records[some_id]["entities"]]
        assert store.provenance(some_id)[0]["format"] == records[some_id]["format"]
        failed = {Path(f["source"].split("#")[0]).name for f in store.failures()}
        assert {"f-photo.png", "g-empty.txt", "missing.txt", "e-wire.jsonl"} <= failed
        entities = store.conn.execute("SELECT count(*) FROM graph_entities").fetchone()[0]
    assert entities > 0
    again = load_records(out, db)
    assert (again.new, again.duplicates) == (0, 7)
    with Store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM graph_entities").fetchone()[0] == entities


def test_load_records_reports_a_damaged_line_and_loads_the_rest(first_run, tmp_path):
    out, _ = first_run
    copy = tmp_path / "copy"
    shutil.copytree(out, copy)
    part = sorted((copy / "records").glob("part-*.jsonl"))[0]
    lines = part.read_text(encoding="utf-8").splitlines()
    part.write_text("\n".join(lines + ['{"id": "d:cut-short", "te']) + "\n", encoding="utf-8")
    summary = load_records(copy, tmp_path / "s.db")
    assert summary.new == 7
    assert [(Path(f.source).name, f.locator) for f in summary.bad_lines] == [(part.name, f"line {len(lines) + 1}")]


def test_stages_and_kb_are_built_once_per_worker_process(monkeypatch, inputs, settings, tmp_path):
    from concord import pipeline
    from concord.runner import spark_task

    builds = []
    real = pipeline.build_stages
    monkeypatch.setattr(pipeline, "build_stages", lambda s, **kw: builds.append(1) or real(s, **kw))
    monkeypatch.setattr(spark_task, "_STAGES", {})
    config = spark_plan.run_config(settings)
    keys = [[str(inputs / name), None, None] for name in ARTICLES]
    shards = [(0, keys[:1]), (1, keys[1:])]
    counts = list(spark_task.run_partition(shards, str(tmp_path), settings.as_dict(), config))
    counts += list(spark_task.run_partition([(2, [])], str(tmp_path), settings.as_dict(), config))
    assert [c["documents"] for c in counts] == [1, 2, 0]
    assert len(builds) == 1


def test_cli_spark_extract_then_load_records(spark, inputs, tmp_path):
    from click.testing import CliRunner
    from concord.cli import main

    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(main, ["spark-extract", str(inputs / "a-mekong.txt"), str(inputs / "f-photo.png"),
                                  "--out", str(out), "--master", "local[2]"])
    assert result.exit_code == 0, result.output
    assert "documents 1, failed 1" in result.output, result.output
    assert not spark.sparkContext._jsc.sc().isStopped()      # it did not stop a session it did not start
    result = runner.invoke(main, ["load-records", str(out), "--db", str(tmp_path / "c.db")])
    assert result.exit_code == 0, result.output
    assert "new 1" in result.output, result.output
    result = runner.invoke(main, ["spark-extract", str(inputs / "g-empty.txt"), "--out", str(tmp_path / "o2"),
                                  "--master", "local[2]"])
    assert result.exit_code == 1 and "nothing could be read" in result.output, result.output


def test_cli_says_how_to_install_pyspark_when_it_is_missing(monkeypatch, tmp_path):
    from click.testing import CliRunner
    from concord.cli import main

    monkeypatch.setitem(sys.modules, "pyspark", None)       # import pyspark now raises ImportError
    result = CliRunner().invoke(main, ["spark-extract", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "pip install 'concord-kg[spark]'" in result.output
    with pytest.raises(ConcordError):
        from concord.runner.spark import require_pyspark
        require_pyspark()
