"""http(s) inputs, fetched with the standard library.

Only when a user names a URL (or a feed item links to its article) does Concord
touch the network, with the `fetch_timeout` setting as the limit for connecting
and for each read. Every way a fetch can go wrong becomes an `InputError` whose
message names the URL and what to check.
"""
from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request

from concord.errors import InputError
from concord.ingest.streams import Opened

USER_AGENT = "Concord/0.1 (news knowledge graph; +https://example.invalid/concord)"
ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, " \
         "text/plain;q=0.8, */*;q=0.5"


class UnreachableError(InputError):
    """The server could not be reached at all (as opposed to answering with an error),
    so other URLs on the same host are not worth waiting for either."""


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def open_url(url: str, timeout: float) -> Opened:
    """Start fetching `url`; the body is read from the returned stream."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    try:
        response = urllib.request.urlopen(request, timeout=timeout)
    except urllib.error.HTTPError as exc:
        exc.close()
        raise InputError(f"the server answered HTTP {exc.code} {exc.reason}; check the URL",
                         source=url) from None
    except urllib.error.URLError as exc:
        raise UnreachableError(_network_reason(exc.reason, timeout), source=url) from None
    except (TimeoutError, socket.timeout):
        raise UnreachableError(_network_reason(TimeoutError(), timeout), source=url) from None
    except (http.client.HTTPException, OSError) as exc:
        raise InputError(f"the fetch failed: {exc}", source=url) from None
    except ValueError as exc:
        raise InputError(f"not a valid URL: {exc}", source=url) from None
    length = response.headers.get("Content-Length")
    return Opened(response, name=response.geturl() or url,
                  size=int(length) if length and length.isdigit() else None,
                  content_type=response.headers.get("Content-Type"),
                  url=response.geturl() or url)


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return (f"no answer within {timeout:g} s; the server may be down or slow "
                "(raise fetch_timeout to wait longer)")
    if isinstance(reason, socket.gaierror):
        return "unknown host; check the URL and the network connection"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused; the server is not listening at this address"
    return f"cannot reach the server: {reason}"
