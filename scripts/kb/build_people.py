"""Write the people files of the knowledge base from the tables in this folder.

    .venv/bin/python scripts/kb/build_people.py [--data-dir src/concord/kb/data]

Writes people-asean.jsonl, people-partners.jsonl and people-international.jsonl, one
person a line, sorted by id so diffs stay readable. An office whose `of` is "@Name"
names an organisation: it is resolved through organizations.jsonl (name, alias or
acronym); when that file does not know it yet, the office is left out and reported.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import people_asean as a1  # noqa: E402
import people_asean2 as a2  # noqa: E402
import people_asean3 as a3  # noqa: E402
import people_international as intl  # noqa: E402
import people_more as more  # noqa: E402
import people_partners as p1  # noqa: E402
import people_partners2 as p2  # noqa: E402
from people_common import P, to_record  # noqa: E402

FILES: dict[str, list[P]] = {
    "people-asean.jsonl": [*a1.BRUNEI, *a1.CAMBODIA, *a1.INDONESIA, *a1.LAOS, *a2.MALAYSIA,
                           *a2.MYANMAR, *a2.PHILIPPINES, *a2.SINGAPORE, *a3.THAILAND,
                           *a3.TIMOR_LESTE, *a3.VIETNAM, *more.ASEAN_MORE],
    "people-partners.jsonl": [*p1.CHINA, *p1.JAPAN, *p1.SOUTH_KOREA, *p1.INDIA, *p1.UNITED_STATES,
                              *p2.RUSSIA, *p2.AUSTRALIA, *p2.NEW_ZEALAND, *p2.CANADA,
                              *p2.UNITED_KINGDOM, *p2.EUROPEAN_UNION, *more.PARTNERS_MORE],
    "people-international.jsonl": [*intl.ASEAN_PEOPLE, *intl.UN_PEOPLE, *intl.FINANCE_PEOPLE,
                                   *more.INTERNATIONAL_MORE],
}


def organisation_ids(data_dir: Path) -> dict[str, str]:
    """Name/alias/acronym -> id for the organisations already in the KB data."""
    index: dict[str, str] = {}
    path = data_dir / "organizations.jsonl"
    if not path.exists():
        return index
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("//"):
            continue
        record = json.loads(line)
        names = [record["name"], *record.get("aliases", []), *record.get("attrs", {}).get("acronyms", [])]
        for name in names:
            index.setdefault(name.casefold(), record["id"])
    return index


def resolve(record: dict, orgs: dict[str, str], missing: set[str]) -> dict:
    """Replace "@Name" in `of` by the organisation id; drop offices whose id is unknown."""
    kept = []
    for office in record["offices"]:
        if office["of"].startswith("@"):
            org_id = orgs.get(office["of"][1:].casefold())
            if org_id is None:
                missing.add(office["of"][1:])
                continue
            office["of"] = org_id
        kept.append(office)
    record["offices"] = kept
    return record


def build(data_dir: Path) -> dict[str, int]:
    orgs = organisation_ids(data_dir)
    missing: set[str] = set()
    counts = {}
    seen: set[str] = set()
    for filename, people in FILES.items():
        records = [resolve(to_record(p), orgs, missing) for p in people]
        for record in records:
            if record["id"] in seen:
                raise SystemExit(f"duplicate person id {record['id']} ({record['name']}) in {filename}")
            seen.add(record["id"])
        records.sort(key=lambda r: r["id"])
        lines = [json.dumps(r, ensure_ascii=False) for r in records]
        (data_dir / filename).write_text("\n".join(lines) + "\n", encoding="utf-8")
        counts[filename] = len(records)
    if missing:
        print("organisations not in organizations.jsonl yet (offices left out): "
              + ", ".join(sorted(missing)), file=sys.stderr)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", type=Path,
                        default=HERE.parents[1] / "src" / "concord" / "kb" / "data")
    args = parser.parse_args()
    for filename, count in build(args.data_dir).items():
        print(f"{filename}: {count} people")


if __name__ == "__main__":
    main()
