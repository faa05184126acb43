#!/bin/sh
# Makes this machine a streaming replica of the primary (run as postgres, PostgreSQL stopped, an
# empty data directory). On the primary first, once:
#   CREATE ROLE govsite_repl WITH REPLICATION LOGIN PASSWORD '...';
#   SELECT pg_create_physical_replication_slot('govsite_replica1');
# The password goes in ~postgres/.pgpass (db-primary.internal:5432:replication:govsite_repl:...).
set -eu
PGDATA=${PGDATA:-/var/lib/postgresql/18/main}
SLOT=${SLOT:-govsite_replica1}
# -R writes standby.signal and primary_conninfo; application_name names it in synchronous_standby_names
pg_basebackup -h db-primary.internal -U govsite_repl -D "$PGDATA" -X stream -S "$SLOT" -R -P \
  -d "application_name=$SLOT sslmode=require"
# hot_standby = on (the default) lets reports and backups read from the replica.
# Promote on failover: pg_ctl promote -D "$PGDATA" (or SELECT pg_promote();), then point
# SPRING_DATASOURCE_URL of every node at it, or list both hosts and let the driver find the writer:
#   jdbc:postgresql://db-a.internal:5432,db-b.internal:5432/govsite?targetServerType=primary
