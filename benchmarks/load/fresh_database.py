"""A fresh PostgreSQL database for one server run, created through an admin connection and dropped after it.

The admin connection is an Npgsql connection string (what the server itself takes), e.g.
"Host=127.0.0.1;Port=5432;Username=postgres;Password=..."; its role must be allowed to create databases. psql does
the work, with the connection's settings in its environment (PGHOST, PGPASSWORD, ...), so no password appears on a
command line.
"""
import contextlib, glob, os, subprocess, sys, uuid

# Npgsql's keywords (lower case, spaces removed) and their aliases, for the libpq variables psql reads.
LIBPQ = {"host": "PGHOST", "server": "PGHOST", "port": "PGPORT", "username": "PGUSER", "userid": "PGUSER",
         "user": "PGUSER", "password": "PGPASSWORD", "database": "PGDATABASE", "db": "PGDATABASE"}
PSQL = (sorted(glob.glob("/usr/lib/postgresql/*/bin/psql")) or ["psql"])[-1]


def settings(connection_string):
    """The keyword=value pairs of a connection string, keywords as written (values holding ';' are not supported)."""
    pairs = [part.split("=", 1) for part in connection_string.split(";") if part.strip()]
    return [(key.strip(), value.strip()) for key, value in pairs]


def keyword(key):
    return key.lower().replace(" ", "")


def psql(admin, sql):
    environment = {**os.environ, "PGDATABASE": "postgres"}
    environment.update({LIBPQ[keyword(key)]: value for key, value in settings(admin) if keyword(key) in LIBPQ})
    done = subprocess.run([PSQL, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql], env=environment,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"{sql} through --postgres: {(done.stderr.strip().splitlines() or ['psql failed'])[0]}")


@contextlib.contextmanager
def fresh_database(admin):
    """Creates a database with a name of its own and yields the admin connection string pointed at it; drops the
    database afterwards, whatever happened (FORCE: a server killed mid-run may leave its connections behind)."""
    name = f"consensuslab_load_{uuid.uuid4().hex[:12]}"
    psql(admin, f"CREATE DATABASE {name}")
    try:
        kept = [f"{key}={value}" for key, value in settings(admin) if LIBPQ.get(keyword(key)) != "PGDATABASE"]
        yield ";".join(kept + [f"Database={name}"])
    finally:
        psql(admin, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
