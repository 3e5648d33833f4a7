"""`concord kb ...` end to end through click, on small KB directories."""
from __future__ import annotations

import json

from click.testing import CliRunner

from concord.cli import main


def invoke(*args):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_show_text_and_json(tiny_dir):
    result = invoke("kb", "--kb-dir", str(tiny_dir), "show", "Viet Nam")
    assert result.exit_code == 0 and "Vietnam [Q881] COUNTRY" in result.output
    result = invoke("kb", "--kb-dir", str(tiny_dir), "show", "p:alpha", "--on", "2006-01-01", "--format", "json")
    record = json.loads(result.stdout)
    assert record["name"] == "Alpha Sok" and len(record["offices"]) == 1


def test_holders_with_title_variant(tmp_path, write):
    # Fictional entities, so the packaged people cannot interfere.
    write(tmp_path / "f" / "f.jsonl", [
        {"id": "Q990001", "type": "COUNTRY", "name": "Republic of Zembla", "aliases": ["Zembla"]},
        {"id": "p:zed", "type": "PERSON", "name": "Zed Kinbote",
         "offices": [{"title": "Foreign Minister", "of": "Q990001", "start": "2009", "end": "2012",
                      "source": "https://example.org"}]},
    ])
    result = invoke("kb", "--kb-dir", str(tmp_path / "f"), "holders", "Minister of Foreign Affairs",
                    "--of", "Zembla", "--on", "2010-01-01", "--format", "json")
    assert [row["person"]["name"] for row in json.loads(result.stdout)] == ["Zed Kinbote"]
    result = invoke("kb", "--kb-dir", str(tmp_path / "f"), "holders", "Foreign Minister", "--of", "Zembla",
                    "--on", "2013-01-01")
    assert "no holder" in result.output


def test_members_by_date_and_role(tiny_dir):
    before = invoke("kb", "--kb-dir", str(tiny_dir), "members", "BTN", "--on", "2025-10-25", "--format", "json")
    after = invoke("kb", "--kb-dir", str(tiny_dir), "members", "BTN", "--on", "2025-10-27", "--format", "json")
    assert "Timor-Leste" not in [r["member"]["name"] for r in json.loads(before.output)]
    assert "Timor-Leste" in [r["member"]["name"] for r in json.loads(after.output)]
    partners = invoke("kb", "--kb-dir", str(tiny_dir), "members", "BTN", "--role", "dialogue_partner")
    assert "United States" in partners.output


def test_unknown_name_exits_1_with_suggestion(tiny_dir):
    result = CliRunner().invoke(main, ["kb", "--kb-dir", str(tiny_dir), "show", "Cambodja"])
    assert result.exit_code == 1
    assert "did you mean 'Cambodia'" in result.output


def test_validate_exit_codes(tmp_path, write):
    write(tmp_path / "bad" / "b.jsonl", [{"id": "p:a", "type": "PERSON", "name": "A",
                                          "offices": [{"title": "President", "of": "Q424", "start": "2001"}]}])
    result = CliRunner().invoke(main, ["kb", "--kb-dir", str(tmp_path / "bad"), "validate", "--format", "json"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert any("without a source" in e["message"] for e in report["errors"])


def test_import_wikidata_to_file(tmp_path):
    dump = tmp_path / "d.json"
    entity = {"type": "item", "id": "Q9001", "labels": {"en": {"language": "en", "value": "Testonia"}},
              "claims": {"P31": [{"mainsnak": {"snaktype": "value", "property": "P31",
                                               "datavalue": {"value": {"id": "Q6256"}}}, "rank": "normal"}]}}
    dump.write_text("[\n" + json.dumps(entity) + "\n]\n")
    out = tmp_path / "out.jsonl"
    result = invoke("kb", "import-wikidata", str(dump), "--classes", "Q6256", "--out", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text())["name"] == "Testonia"


def test_kb_dir_also_after_the_subcommand(tmp_path, write):
    write(tmp_path / "u" / "u.jsonl", [{"id": "org:zembla-council", "type": "ORGANIZATION",
                                         "name": "Zembla River Council"}])
    result = invoke("kb", "show", "Zembla River Council", "--kb-dir", str(tmp_path / "u"), "--format", "json")
    assert json.loads(result.stdout)["id"] == "org:zembla-council"
