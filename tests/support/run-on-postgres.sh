#!/bin/sh
# Runs a storage or services test executable against the PostgreSQL test server (ctest's
# TestX.pg): ARCHIVEROOM_TEST_PG names it (scripts/test.sh starts one with
# scripts/pg-test-server.sh). Without a server the run is skipped (exit 77, ctest's
# SKIP_RETURN_CODE), so a plain `ctest` on a machine without PostgreSQL stays green.
if [ -z "${ARCHIVEROOM_TEST_PG:-}" ]; then
  echo "SKIP: ARCHIVEROOM_TEST_PG is not set (no PostgreSQL test server; see scripts/test.sh)"
  exit 77
fi
ARCHIVEROOM_TEST_BACKEND=postgresql
export ARCHIVEROOM_TEST_BACKEND
exec "$@"
