"""The one reader of packaged JSON data files (concord.datafiles.load_json)."""
from __future__ import annotations

import sys

import pytest

from concord.datafiles import load_json
from concord.errors import ConfigError


@pytest.fixture
def package(tmp_path, monkeypatch):
    """A throwaway importable package with a data/ folder: (name, data folder)."""
    name = f"concord_test_data_{tmp_path.name.replace('-', '_')}"
    (tmp_path / name / "data").mkdir(parents=True)
    (tmp_path / name / "__init__.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    yield name, tmp_path / name / "data"
    sys.modules.pop(name, None)


def test_reads_a_packaged_file_once_and_shares_it(package):
    name, data = package
    (data / "words.json").write_text('{"words": ["ASEAN", "Mekong"]}', encoding="utf-8")
    first = load_json(name, "words.json")
    assert first == {"words": ["ASEAN", "Mekong"]}
    (data / "words.json").write_text('{"words": []}', encoding="utf-8")
    assert load_json(name, "words.json") is first          # parsed once per process


def test_a_missing_file_names_itself(package):
    name, _data = package
    with pytest.raises(ConfigError, match=r"absent\.json is missing; reinstall Concord"):
        load_json(name, "absent.json")


def test_broken_json_names_the_file_and_the_place(package):
    name, data = package
    (data / "broken.json").write_text('{"words": ["ASEAN",]}', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"broken\.json is not valid JSON \(.*line 1 column"):
        load_json(name, "broken.json")


@pytest.mark.parametrize("package_name, file", [
    ("concord", "calendar.json"), ("concord.clean", "dates.json"), ("concord.clean", "furniture.json"),
    ("concord.extract", "dates_words.json"), ("concord.extract", "abbreviations.json"),
    ("concord.kb", "titles.json"), ("concord.kb", "honorifics.json"),
])
def test_the_packaged_data_files_are_found(package_name, file):
    assert load_json(package_name, file)
