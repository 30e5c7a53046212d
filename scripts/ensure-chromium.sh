#!/usr/bin/env bash
# The explorer's tests drive a real headless Chromium: the distribution's package, never a
# browser that Playwright downloads itself (that cannot run here). Use one on PATH (or the one
# $COMPUTEGRAPH_CHROMIUM names); else install Debian's chromium where we can (root with apt),
# with a CJK font so that the screenshots show the dataset's Chinese and Korean names; else say how.
set -u
if [ -n "${COMPUTEGRAPH_CHROMIUM:-}" ] && [ -x "${COMPUTEGRAPH_CHROMIUM}" ]; then
  exit 0
fi
if command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1; then
  exit 0
fi
packages="chromium fonts-wqy-zenhei"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian's chromium for the explorer's browser tests" >&2
  (apt-get install -y -qq $packages >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $packages >/dev/null 2>&1; }) \
    && exit 0
fi
echo "error: the explorer's browser tests need Chromium: as root run" >&2
echo "  apt-get update && apt-get install -y $packages" >&2
echo "(or your distribution's chromium package), or set COMPUTEGRAPH_CHROMIUM to a Chromium binary" >&2
exit 1
