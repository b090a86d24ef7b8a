#!/usr/bin/env python3
"""Resident memory of a server while a crowd joins, and after it goes idle.

    python3 benchmarks/load/joins.py --server NAME=path/to/ConsensusLab.Server.dll [--server ...] [--joins 100000]
        [--checkpoints 3] [--idle 60]

Each server starts on a fresh SQLite file with the join limits lifted, creates one open session, takes --joins joins
from wrk (benchmarks/load/join.lua) in --checkpoints equal steps, and reports its resident memory (VmRSS) before, after
each step, and after --idle seconds without requests: memory that levels off from step to step is bounded.
"""
import argparse, os, re, subprocess, tempfile, time
import answers


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+) kB", status.read()).group(1)) / 1024


def joined(base, code, key):
    session = answers.call("GET", f"{base}/api/sessions/{code}", headers=key)
    return sum(g["members"] for g in session["groups"])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", action="append", required=True)
    parser.add_argument("--joins", type=int, default=100_000)
    parser.add_argument("--idle", type=int, default=60)
    parser.add_argument("--checkpoints", type=int, default=1)
    args = parser.parse_args()
    for name, dll in (s.split("=", 1) for s in args.server):
        with tempfile.TemporaryDirectory(prefix="consensuslab-joins-") as directory:
            process = answers.start(dll, directory, {"RateLimits__JoinsPerAddressPerSecond": "100000000",
                                                     "RateLimits__JoinsPerAddressBurst": "100000000"})
            try:
                base = f"http://127.0.0.1:{answers.PORT}"
                answers.wait_healthy(base, process)
                created = answers.call("POST", base + "/api/sessions", {"title": "Joins", "questions": [
                    {"id": "q", "kind": "likert", "prompt": "Joins", "options": answers.LIKERT}]})
                code, key = created["session"]["code"], {"X-Moderator-Key": created["moderatorKey"]}
                answers.call("POST", f"{base}/api/sessions/{code}/open", headers=key)
                before = rss_mb(process.pid)
                print(f"{name}: resident memory {before:.0f} MB before the joins", flush=True)
                for step in range(1, args.checkpoints + 1):
                    while joined(base, code, key) < args.joins * step // args.checkpoints:
                        subprocess.run(["wrk", "-t2", "-c32", "-d3s", "-s", os.path.join(answers.HERE, "join.lua"), base + "/"],
                                       env={**os.environ, "SESSION": code}, capture_output=True, check=True)
                    count = joined(base, code, key)
                    after = rss_mb(process.pid)
                    print(f"{name}: {count} joins, resident memory {after:.0f} MB "
                          f"({(after - before) * 1024 * 1024 / count:.0f} bytes per join since the start)", flush=True)
                time.sleep(args.idle)
                print(f"{name}: {rss_mb(process.pid):.0f} MB after {args.idle} s idle", flush=True)
            finally:
                answers.stop(process)


if __name__ == "__main__":
    main()
