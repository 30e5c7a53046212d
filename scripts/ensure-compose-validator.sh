#!/usr/bin/env bash
# The test suite validates docker-compose.yml with Docker's own tooling. No Docker engine is
# needed for that, only a compose client: use `docker compose` when present, else install
# Debian's docker-compose where we can (root with apt), else say how.
set -u
if docker compose version >/dev/null 2>&1 || command -v docker-compose >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing docker-compose (Debian) to validate docker-compose.yml" >&2
  (apt-get install -y -qq docker-compose >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq docker-compose >/dev/null 2>&1; }) \
    && exit 0
fi
echo "error: no compose client to validate docker-compose.yml: install the Docker Compose plugin or docker-compose" >&2
exit 1
