#!/bin/sh
# Installs Debian's Chromium for the browser tests when it is missing.
# Playwright drives /usr/bin/chromium; it never downloads a browser of its own.
set -e
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ]; then
    echo "chromium is missing and this user cannot install it: run 'sudo apt-get install chromium'" >&2
    echo "(the browser tests will be skipped)" >&2
    exit 0
fi
apt-get update -qq >/dev/null
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
