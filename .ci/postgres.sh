#!/usr/bin/env bash
# Install (if needed) and start a local PostgreSQL server for the team-project tests, with a
# role that may create databases. Prints the admin URL the tests read from
# TELAAH_TEST_POSTGRES_URL.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | grep -q "^$version main"; then
    pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start >/dev/null 2>&1 || true
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 && break
    sleep 1
done
su postgres -c "psql -q -v ON_ERROR_STOP=1" <<'SQL' >/dev/null
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'telaah_test') THEN
    CREATE ROLE telaah_test LOGIN CREATEDB;
  END IF;
END $$;
ALTER ROLE telaah_test PASSWORD 'ci-only-secret';
SQL
echo "postgresql://telaah_test:ci-only-secret@127.0.0.1:5432/postgres"
