#!/usr/bin/env python3
"""WAL pages and CPU per ledger append for each shape of the idempotency index and each kind of request id (issue 15).

    python3 benchmarks/ledger/index_wal_pages.py

The schema comes from the SQLite migration scripts: up to 003 for the old key (session_code, participant_id,
request_id), up to 004 for the new key (session_code, request_id, participant_id), and the new schema without the
index for the floor. Answers from 2,000 participants are appended in transactions of 64 (a group commit), in WAL mode
with synchronous = FULL and no automatic checkpoint: 100,000 first, then the WAL is emptied and 20,000 more are
measured. WAL pages per answer = WAL frames / 20,000; the CPU is this process's, Python's own overhead included.
"""
import glob, os, random, sqlite3, tempfile, time, uuid

SQL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../src/ConsensusLab.Storage/Sql/Sqlite/")
PREFILL, MEASURED, BATCH, PARTICIPANTS = 100_000, 20_000, 64, 2_000


def uuid_v7():
    """RFC 9562: 48 bits of Unix milliseconds, version 7, 12 random bits, variant 10, 62 random bits."""
    ms = time.time_ns() // 1_000_000
    return str(uuid.UUID(int=(ms << 80) | (0x7 << 76) | (random.getrandbits(12) << 64) | (0b10 << 62) | random.getrandbits(62)))


def uuid_random():
    return str(uuid.uuid4())


def measure(migrations, drop_index, make_id, path):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA wal_autocheckpoint = 0")
    for script in sorted(glob.glob(SQL + "0*.sql"))[:migrations]:
        db.executescript(open(script).read())
    if drop_index:
        db.execute("DROP INDEX ledger_request")
    insert = open(SQL + "ledger_append.sql").read()

    def append(count):
        for _ in range(count // BATCH):
            db.execute("BEGIN")
            for _ in range(BATCH):
                db.execute(insert, {"session_code": "ABCDEF", "question_id": "q1", "round": 1,
                                    "participant_id": f"p{random.randrange(PARTICIPANTS)}", "group_code": "GOV",
                                    "request_id": make_id(), "answer": '{"choice":3}',
                                    "recorded_at": "2026-12-02T00:00:00.0000000+00:00", "kind": "Answer"})
            db.execute("COMMIT")

    append(PREFILL)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cpu = time.process_time()
    append(MEASURED)
    cpu = time.process_time() - cpu
    frames = os.path.getsize(path + "-wal") / (db.execute("PRAGMA page_size").fetchone()[0] + 24)
    db.close()
    return frames / MEASURED, cpu / MEASURED * 1e6


CASES = [
    ("(session, participant, request id)", 3, False, "random", uuid_random),
    ("(session, participant, request id)", 3, False, "v7", uuid_v7),
    ("(session, request id, participant)", 4, False, "random", uuid_random),
    ("(session, request id, participant)", 4, False, "v7", uuid_v7),
    ("no idempotency index", 4, True, "v7", uuid_v7),
]

print(f"load average {os.getloadavg()[0]:.2f}")
for key, migrations, drop_index, ids, make_id in CASES:
    with tempfile.TemporaryDirectory(prefix="ledger-index-") as directory:
        pages, cpu = measure(migrations, drop_index, make_id, os.path.join(directory, "ledger.db"))
    print(f"{key:36} {ids:6} ids: {pages:5.2f} WAL pages/answer, {cpu:5.1f} µs CPU/append")
print(f"load average {os.getloadavg()[0]:.2f}")
