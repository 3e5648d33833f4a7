"""The cleaning and metadata lines of the shared scorer on the seed articles (skipped when absent)."""
from __future__ import annotations

import json
import subprocess
import sys

from concord.clean import clean_document
from concord.document import Document


def test_scorer_cleaning_and_dates(dev_set, tmp_path):
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as out:
        for path in sorted((dev_set / "texts").glob("*.txt")):
            doc = clean_document(Document(source=str(path), original=path.read_text(encoding="utf-8"), format="txt"))
            out.write(json.dumps(doc.to_record(), ensure_ascii=False) + "\n")
    scorer = dev_set.parent / "score.py"
    result = subprocess.run([sys.executable, str(scorer), "--gold", str(dev_set / "gold"), "--pred", str(pred),
                             "--json"], capture_output=True, text=True, check=True)
    scores = json.loads(result.stdout)
    assert scores["cleaning"]["boilerplate_removed"] >= 0.95
    assert scores["cleaning"]["content_kept"] == 1.0
    assert scores["published"] == 1.0
