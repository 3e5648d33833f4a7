"""Shared test fixtures. Tests build small inputs by hand; the seed articles are read
from ../shared/eval/dev/ only when present, and tests that need them skip otherwise."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DEV = REPO.parent / "shared" / "eval" / "dev"


@pytest.fixture
def dev_set() -> Path:
    """The seed articles and their gold answers; skips when they are not beside the repo."""
    if not (SHARED_DEV / "texts").is_dir():
        pytest.skip("../shared/eval/dev is not present")
    return SHARED_DEV


@pytest.fixture
def repo_root() -> Path:
    return REPO
