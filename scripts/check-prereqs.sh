#!/usr/bin/env bash
# Checks what the two README commands need before anything is installed; one line per problem.
set -u
status=0
python=${PYTHON:-python3}
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "error: Python 3.11 or newer is needed as '$python' (set PYTHON=/path/to/python3.11)" >&2
  status=1
fi
if ! command -v java >/dev/null 2>&1; then
  echo "error: java not found: install a JDK 17 or newer (Neo4j 5.26 runs on it)" >&2
  status=1
else
  major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n1)
  if [ -z "$major" ] || [ "$major" -lt 17 ]; then
    echo "error: Java $major is too old: install JDK 17 or newer and put it first on PATH" >&2
    status=1
  fi
fi
if ! command -v mvn >/dev/null 2>&1; then
  echo "error: mvn not found: install Maven (it fetches Neo4j from Maven Central)" >&2
  status=1
fi
exit $status
