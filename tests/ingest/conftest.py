"""Fixtures for the reader tests: a real HTTP server on 127.0.0.1 serving tests/fixtures/ingest."""
from __future__ import annotations

import sys
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))   # for `import ingest_support`

from ingest_support import Handler  # noqa: E402


@pytest.fixture
def http_base():
    """Base URL of a real HTTP server on 127.0.0.1 serving tests/fixtures/ingest."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.base
    server.shutdown()
    server.server_close()


