"""Add the UN membership (admission date) of every member state to states.jsonl.

    .venv/bin/python scripts/kb/un_members.py [--data-dir src/concord/kb/data]

The dates are those of the table "Member states of the United Nations" on Wikipedia
(the UN's own list gives the same dates). Original members carry the date their
ratification took effect (24 October 1945 or later in 1945), successor states the date
the UN counts (Russia: the USSR's seat; Germany: 1973; Yemen: North Yemen's 1947;
Tanzania: Tanganyika's 1961; Serbia: 2000). The script is idempotent: a state that
already has a membership of the UN keeps it.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

UN = "Q1065"
SOURCE = "https://en.wikipedia.org/wiki/Member_states_of_the_United_Nations"

# Admission date -> ISO 3166-1 alpha-3 codes of the states admitted that day.
ADMISSIONS: dict[str, str] = {
    "1945-10-24": "ARG BLR BRA CHL CHN CUB DNK DOM EGY SLV FRA HTI IRN LBN LUX NZL NIC PRY PHL "
                  "POL RUS SAU SYR TUR UKR GBR USA",
    "1945-10-25": "GRC", "1945-10-30": "IND", "1945-10-31": "PER", "1945-11-01": "AUS",
    "1945-11-02": "CRI LBR", "1945-11-05": "COL", "1945-11-07": "MEX ZAF", "1945-11-09": "CAN",
    "1945-11-13": "ETH PAN", "1945-11-14": "BOL", "1945-11-15": "VEN", "1945-11-21": "GTM",
    "1945-11-27": "NOR", "1945-12-10": "NLD", "1945-12-17": "HND", "1945-12-18": "URY",
    "1945-12-21": "ECU IRQ", "1945-12-27": "BEL",
    "1946-11-19": "AFG ISL SWE", "1946-12-16": "THA", "1947-09-30": "PAK YEM",
    "1948-04-19": "MMR", "1949-05-11": "ISR", "1950-09-28": "IDN",
    "1955-12-14": "ALB AUT BGR KHM FIN HUN IRL ITA JOR LAO LBY NPL PRT ROU ESP LKA",
    "1956-11-12": "MAR SDN TUN", "1956-12-18": "JPN", "1957-03-08": "GHA", "1957-09-17": "MYS",
    "1958-12-12": "GIN",
    "1960-09-20": "BEN BFA CMR CAF TCD COG COD CIV CYP GAB MDG NER SOM TGO",
    "1960-09-28": "MLI SEN", "1960-10-07": "NGA", "1961-09-27": "SLE", "1961-10-27": "MRT MNG",
    "1961-12-14": "TZA", "1962-09-18": "BDI JAM RWA TTO", "1962-10-08": "DZA", "1962-10-25": "UGA",
    "1963-05-14": "KWT", "1963-12-16": "KEN", "1964-12-01": "MWI MLT ZMB",
    "1965-09-21": "GMB MDV SGP", "1966-09-20": "GUY", "1966-10-17": "BWA LSO", "1966-12-09": "BRB",
    "1968-04-24": "MUS", "1968-09-24": "SWZ", "1968-11-12": "GNQ", "1970-10-13": "FJI",
    "1971-09-21": "BHR BTN QAT", "1971-10-07": "OMN", "1971-12-09": "ARE",
    "1973-09-18": "BHS DEU", "1974-09-17": "BGD GRD GNB", "1975-09-16": "CPV MOZ STP",
    "1975-10-10": "PNG", "1975-11-12": "COM", "1975-12-04": "SUR", "1976-06-28": "SYC",
    "1976-12-01": "AGO", "1976-12-15": "WSM", "1977-09-20": "DJI VNM", "1978-09-19": "SLB",
    "1978-12-18": "DMA", "1979-09-18": "LCA", "1980-08-25": "ZWE", "1980-09-16": "VCT",
    "1981-09-15": "VUT", "1981-09-25": "BLZ", "1981-11-11": "ATG", "1983-09-23": "KNA",
    "1984-09-21": "BRN", "1990-04-23": "NAM", "1990-09-18": "LIE",
    "1991-09-17": "EST LVA LTU MHL FSM PRK KOR",
    "1992-03-02": "ARM AZE KAZ KGZ MDA SMR TJK TKM UZB", "1992-05-22": "BIH HRV SVN",
    "1992-07-31": "GEO", "1993-01-19": "CZE SVK", "1993-04-08": "MKD", "1993-05-28": "ERI MCO",
    "1993-07-28": "AND", "1994-12-15": "PLW", "1999-09-14": "KIR NRU TON", "2000-09-05": "TUV",
    "2000-11-01": "SRB", "2002-09-10": "CHE", "2002-09-27": "TLS", "2006-06-28": "MNE",
    "2011-07-14": "SSD",
}

NOTES = {
    "RUS": "Continues the seat of the Soviet Union (original member).",
    "DEU": "East and West Germany were both admitted on 18 September 1973; united in 1990.",
    "YEM": "Date of North Yemen; united with South Yemen (admitted 1967) in 1990.",
    "TZA": "Date of Tanganyika; Zanzibar was admitted on 16 December 1963; united in 1964.",
    "SRB": "Admitted as the Federal Republic of Yugoslavia.",
    "EGY": "Original member; from 1958 to 1961 one seat with Syria as the United Arab Republic.",
    "SYR": "Original member; from 1958 to 1961 one seat with Egypt as the United Arab Republic.",
    "MYS": "Admitted as the Federation of Malaya.",
}


def admission_by_iso3() -> dict[str, str]:
    """ISO alpha-3 -> admission date; raises if a code appears twice."""
    out: dict[str, str] = {}
    for day, codes in ADMISSIONS.items():
        for code in codes.split():
            if code in out:
                raise ValueError(f"{code} listed twice ({out[code]}, {day})")
            out[code] = day
    return out


def apply(path: Path) -> tuple[int, list[str]]:
    """Add the UN membership to each member state in `path`; returns (added, codes not found)."""
    dates = admission_by_iso3()
    lines = path.read_text(encoding="utf-8").splitlines()
    seen: set[str] = set()
    added = 0
    out = []
    for line in lines:
        if not line.strip() or line.startswith("//"):
            out.append(line)
            continue
        record = json.loads(line)
        code = record.get("attrs", {}).get("iso3")
        if record.get("type") == "COUNTRY" and code in dates:
            seen.add(code)
            members = record.setdefault("memberships", [])
            if not any(m.get("of") == UN for m in members):
                entry = {"of": UN, "start": dates[code], "end": None, "source": SOURCE}
                if code in NOTES:
                    entry["note"] = NOTES[code]
                members.append(entry)
                added += 1
            line = json.dumps(record, ensure_ascii=False)
        out.append(line)
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return added, sorted(set(dates) - seen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", default="src/concord/kb/data", type=Path)
    args = parser.parse_args()
    added, missing = apply(args.data_dir / "states.jsonl")
    print(f"{len(admission_by_iso3())} admissions; added {added}; not in states.jsonl: {missing}")


if __name__ == "__main__":
    main()
