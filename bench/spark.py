"""Benchmark: `concord spark-extract` on local Spark against `concord extract --workers N`.

    .venv/bin/python bench/spark.py [--docs 400] [--cores 2]

Generates `--docs` short news-like articles (plain text files, from templates
written for this bench), then, on the same files and in the same run, times:

- `concord extract FILES --workers N` as a command (a fresh process: start, KB
  load, worker pool, records printed to /dev/null);
- `run_on_spark` on a ``local[N]`` session into a fresh output folder, with the
  session start-up timed apart (a cluster pays it once per job, not per file);
- a second `run_on_spark` on the same folder (a rerun: nothing to do);
- the job again into a new folder, with the Python workers warm (what every task
  but the first few of a long job sees).

Prints documents per second for each. Spark only pays off on a cluster; on one
machine this shows its overhead, which the report should state honestly.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

LEADERS = [("Hun Manet", "Prime Minister", "Cambodia"), ("Anwar Ibrahim", "Prime Minister", "Malaysia"),
           ("Prabowo Subianto", "President", "Indonesia"), ("Lawrence Wong", "Prime Minister", "Singapore"),
           ("Ferdinand Marcos Jr.", "President", "the Philippines"), ("Sonexay Siphandone", "Prime Minister", "Laos")]
CITIES = ["Vientiane", "Phnom Penh", "Jakarta", "Kuala Lumpur", "Hanoi", "Bangkok", "Manila", "Singapore"]
TOPICS = ["rice exports", "the Mekong River", "digital payments", "maritime security", "electricity trade",
          "a new railway line", "haze from forest fires", "tourism visas"]
TEMPLATE = (
    "{city_up}, {day} {month} 2024 -- {p1}, the {t1} of {c1}, met {p2}, the {t2} of {c2}, in {city} "
    "on {weekday} to talk about {topic}. Both leaders said ASEAN should move faster on {topic2}.\n\n"
    "\"We have agreed to set up a working group before the end of the year,\" {p1} told reporters after "
    "the talks, which lasted about {hours} hours.\n\n"
    "Officials from the ASEAN Secretariat attended as observers. A joint statement is expected at the "
    "next summit, where {c2} plans to raise {topic} again.")
MONTHS = ["January", "March", "May", "July", "September", "November"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generate(folder: Path, count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paths = []
    for n in range(count):
        (p1, t1, c1), (p2, t2, c2) = rng.sample(LEADERS, 2)
        city = rng.choice(CITIES)
        text = TEMPLATE.format(city_up=city.upper(), day=rng.randint(1, 28), month=rng.choice(MONTHS),
                               p1=p1, t1=t1, c1=c1, p2=p2, t2=t2, c2=c2, city=city, weekday=rng.choice(DAYS),
                               topic=rng.choice(TOPICS), topic2=rng.choice(TOPICS), hours=rng.randint(2, 6))
        path = folder / f"{n // 100:03d}" / f"article-{n:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text + f"\n\nReport number {n}.\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def time_local_cli(folder: Path, workers: int) -> tuple[float, int]:
    concord = Path(sys.executable).with_name("concord")
    started = time.perf_counter()
    done = subprocess.run([str(concord), "extract", str(folder), "--workers", str(workers)],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - started, done.stdout.count(b"\n")


def time_spark(folder: Path, out: Path, cores: int) -> dict:
    from concord.runner.spark import run_on_spark, spark_session
    from concord.settings import load_settings

    started = time.perf_counter()
    spark = spark_session(f"local[{cores}]", app_name="concord-bench", conf={"spark.driver.memory": "1g"})
    spark.sparkContext.setLogLevel("ERROR")
    startup = time.perf_counter() - started
    try:
        started = time.perf_counter()
        first = run_on_spark([str(folder)], out, load_settings(), spark=spark)
        run = time.perf_counter() - started
        started = time.perf_counter()
        again = run_on_spark([str(folder)], out, load_settings(), spark=spark)
        rerun = time.perf_counter() - started
        # The same job into a fresh folder: Python workers are warm (imports, KB loaded),
        # as they are for all but the first tasks of a long job.
        started = time.perf_counter()
        run_on_spark([str(folder)], out.with_name(out.name + "-warm"), load_settings(), spark=spark)
        warm = time.perf_counter() - started
    finally:
        spark.stop()
    return {"startup": startup, "run": run, "warm": warm, "rerun": rerun, "documents": first.documents,
            "shards": first.shards, "rerun_shards": again.shards_run}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=400)
    parser.add_argument("--cores", type=int, default=2, help="local[N] and --workers N")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="concord-bench-spark-") as tmp:
        folder = Path(tmp) / "in"
        generate(folder, args.docs)
        local_s, local_docs = time_local_cli(folder, args.cores)
        spark = time_spark(folder, Path(tmp) / "out", args.cores)
    rows = [
        (f"concord extract --workers {args.cores}", local_docs, local_s),
        (f"spark local[{args.cores}], job only", spark["documents"], spark["run"]),
        (f"spark local[{args.cores}], with session start", spark["documents"], spark["run"] + spark["startup"]),
        (f"spark local[{args.cores}], warm workers", spark["documents"], spark["warm"]),
    ]
    for name, docs, seconds in rows:
        print(f"{name:<42} {docs:>6} docs {seconds:8.2f} s {docs / seconds:9.1f} docs/s")
    print(f"spark session start-up {spark['startup']:.1f} s; {spark['shards']} shards; "
          f"rerun ran {spark['rerun_shards']} shards in {spark['rerun']:.2f} s")
    print(json.dumps({"docs": args.docs, "cores": args.cores, "local_s": round(local_s, 2),
                      **{k: round(v, 2) if isinstance(v, float) else v for k, v in spark.items()}}))


if __name__ == "__main__":
    main()
