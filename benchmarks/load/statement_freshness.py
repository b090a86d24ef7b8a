#!/usr/bin/env python3
"""Freshness of a statements question's live figures beside a Likert question's meters, measured in one run.

    python3 benchmarks/load/statement_freshness.py --server path/to/ConsensusLab.Server.dll
        --probe path/to/ConsensusLab.LoadProbe.dll [--rate 2000] [--seconds 15] [--statements 50] [--rounds 2]

Starts the server on a fresh SQLite file with the rate limits lifted (as answers.py does), creates one open session
with a Likert question and a statements question of --statements seeds, and runs LoadProbe on each in turn, Likert
first in odd rounds and last in even ones, so that neither always has the warmer server: answers (votes) at a fixed rate, and per acknowledged one the time until the moderator's live channel carries a
meter update whose version reaches its ledger sequence. The console re-reads a statements question's figures on that
update (at most once a second), so this is the part of their freshness the server decides; the last line times that
read, GET …/deliberation with the moderator key, once the load is over (median of 5, and its size).
"""
import argparse, os, statistics, subprocess, sys, tempfile, time, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from answers import LIKERT, PORT, call, start, stop, wait_healthy  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", required=True, help="path/to/ConsensusLab.Server.dll (a Release build)")
    parser.add_argument("--probe", required=True, help="path/to/ConsensusLab.LoadProbe.dll")
    parser.add_argument("--rate", type=int, default=2000)
    parser.add_argument("--seconds", type=int, default=15)
    parser.add_argument("--statements", type=int, default=50)
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    base = f"http://127.0.0.1:{PORT}"
    with tempfile.TemporaryDirectory(prefix="consensuslab-freshness-") as directory:
        process = start(os.path.abspath(args.server), directory, {})
        try:
            wait_healthy(base, process)
            created = call("POST", base + "/api/sessions", {"title": "Freshness", "privacyThreshold": 1, "questions": [
                {"id": "q", "kind": "likert", "prompt": "Likert", "options": LIKERT},
                {"id": "s", "kind": "statements", "prompt": "Statements", "options": [f"Statement {i}" for i in range(args.statements)]}]})
            code, moderator_key = created["session"]["code"], created["moderatorKey"]
            key = {"X-Moderator-Key": moderator_key}
            call("POST", f"{base}/api/sessions/{code}/open", headers=key)
            for question in ("q", "s"):
                call("POST", f"{base}/api/sessions/{code}/questions/{question}/open", headers=key)
            print(f"load average before: {os.getloadavg()[0]:.2f}", flush=True)
            probes = [("q", []), ("s", ["--vote-statements", str(args.statements)])]
            for question, extra in [probe for round_ in range(args.rounds) for probe in (probes if round_ % 2 == 0 else probes[::-1])]:
                result = subprocess.run(["dotnet", args.probe, "--url", base, "--key", moderator_key, "--session", code, "--question", question,
                                         "--participants", str(args.participants), "--rate", str(args.rate), "--seconds", str(args.seconds), *extra],
                                        capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
                print(f"{'likert' if question == 'q' else 'statements':>10}: {result}", flush=True)
            print(f"load average after: {os.getloadavg()[0]:.2f}", flush=True)
            timings, size = [], 0
            for _ in range(5):
                began = time.perf_counter()
                with urllib.request.urlopen(urllib.request.Request(f"{base}/api/sessions/{code}/questions/s/deliberation", headers=key), timeout=30) as response:
                    size = len(response.read())
                timings.append((time.perf_counter() - began) * 1000)
            print(f"GET deliberation after the load: median {statistics.median(timings):.1f} ms, {size / 1024:.0f} KiB", flush=True)
        finally:
            stop(process)


if __name__ == "__main__":
    main()
