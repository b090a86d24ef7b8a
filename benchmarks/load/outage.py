#!/usr/bin/env python3
"""What clients and logs see while PostgreSQL is stopped or frozen under a stream of answers.

    deploy/local-cluster.sh start
    python3 benchmarks/load/outage.py --via http://127.0.0.1:5181 --pg-data deploy/.run/postgres \\
        --logs deploy/.run/logs --mode stop --seconds 30          # or --mode freeze (SIGSTOP on every backend)

Eight clients answer through one silo, each answer resent with its request id after a failure, as the participant
page does. After 5 s PostgreSQL is stopped (pg_ctl stop -m fast) or frozen (SIGSTOP on the postmaster and its
children) for --seconds, then started or thawed; the clients go on for 15 s more. Reported: responses by status, the
longest single request, the time from the store's return to the first acknowledged answer, what the silos' log files
grew by during the run (lines and bytes), and whether every acknowledged answer is in the ledger, once (read with psql
through the cluster's socket directory).
"""
import argparse, collections, glob, os, signal, subprocess, threading, time, urllib.error, urllib.request, json

from answers import call, open_question, stream_answers

PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))[-1]


# PostgreSQL's tools refuse to run as root.
AS_POSTGRES = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def as_postgres(*command):
    subprocess.run(AS_POSTGRES + list(command), check=True, stdout=subprocess.DEVNULL)


def backends(data):
    with open(os.path.join(data, "postmaster.pid")) as pid_file:
        postmaster = int(pid_file.readline())
    children = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    if int(stat.read().rsplit(")", 1)[1].split()[1]) == postmaster:
                        children.append(int(entry))
            except (FileNotFoundError, ProcessLookupError):
                pass
    return [postmaster] + children


def request(method, url, body=None, headers=None, timeout=120):
    """(status, seconds): an HTTP error is a status, a refused or cut connection is 0."""
    data = None if body is None else json.dumps(body).encode()
    started = time.monotonic()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data, method=method,
                                                           headers={"Content-Type": "application/json", **(headers or {})}),
                                    timeout=timeout) as response:
            response.read()
            return response.status, time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, time.monotonic() - started
    except (urllib.error.URLError, TimeoutError, ConnectionError):
        return 0, time.monotonic() - started


Growth = collections.namedtuple("Growth", "lines size other_lines other_size events")


def log_offsets(directory):
    return {path: os.path.getsize(path) for path in glob.glob(os.path.join(directory, "silo-*.log"))}


def log_growth(directory, offsets):
    """What the silos' text logs gained since `offsets`: everything, and everything but the request lines (an event
    starts with "[HH:MM:SS LVL]"; its exception's stack trace follows on lines of its own)."""
    lines = size = other_lines = other_size = events = 0
    in_request = False
    for path in glob.glob(os.path.join(directory, "silo-*.log")):
        with open(path, "rb") as log:
            log.seek(offsets.get(path, 0))
            for line in log:
                lines += 1
                size += len(line)
                if line.startswith(b"["):
                    in_request = b"RequestLoggingMiddleware" in line
                    events += not in_request
                if not in_request:
                    other_lines += 1
                    other_size += len(line)
    return Growth(lines, size, other_lines, other_size, events)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--via", required=True, help="base URL of the silo the clients answer through")
    parser.add_argument("--pg-data", required=True, help="PostgreSQL's data directory")
    parser.add_argument("--logs", required=True, help="the directory of the silos' log files (silo-*.log)")
    parser.add_argument("--pg-sockets", default="deploy/.run/pg-sockets", help="PostgreSQL's socket directory")
    parser.add_argument("--pg-port", type=int, default=55432)
    parser.add_argument("--mode", choices=["stop", "freeze"], default="stop")
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    # PostgreSQL's tools run as its user, from another working directory.
    args.pg_data, args.pg_sockets, args.logs = (os.path.abspath(p) for p in (args.pg_data, args.pg_sockets, args.logs))

    code, _ = open_question(args.via, "Outage")
    tokens = [call("POST", f"{args.via}/api/sessions/{code}/participants", {"group": "GOV", "country": "KE", "attendance": "onsite"})["token"]
              for _ in range(100)]

    statuses = collections.Counter()
    longest = [0.0]
    acknowledged = []  # (request id, when)
    stop = threading.Event()
    lock = threading.Lock()

    def send(body, headers):
        status, seconds = request("POST", f"{args.via}/api/sessions/{code}/questions/q/answers", body, headers)
        with lock:
            statuses[status] += 1
            longest[0] = max(longest[0], seconds)
        if status == 200:
            acknowledged.append((body["requestId"], time.monotonic()))
        return status == 200

    offsets = log_offsets(args.logs)
    threads = stream_answers(args.clients, tokens, stop, send, pause=0.5)
    time.sleep(5)
    if args.mode == "stop":
        as_postgres(f"{PG_BIN}/pg_ctl", "stop", "-D", args.pg_data, "-m", "fast", "-w", "-s")
    else:
        frozen = backends(args.pg_data)
        for pid in frozen:
            os.kill(pid, signal.SIGSTOP)
    time.sleep(args.seconds)
    if args.mode == "stop":
        as_postgres(f"{PG_BIN}/pg_ctl", "start", "-D", args.pg_data, "-l", os.path.join(args.logs, "postgres.log"), "-w", "-t", "60", "-s")
    else:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
    back = time.monotonic()
    time.sleep(15)
    stop.set()
    for thread in threads:
        thread.join()
    grown = log_growth(args.logs, offsets)

    first_after = min((when for _, when in acknowledged if when >= back), default=None)
    stored = subprocess.run(AS_POSTGRES + [
        f"{PG_BIN}/psql", "-h", args.pg_sockets, "-p", str(args.pg_port), "-U", "postgres", "-d", "consensuslab", "-qAt", "-c",
        f"SELECT request_id FROM ledger WHERE session_code = '{code}'"], check=True, capture_output=True, text=True).stdout.split()
    print(f"mode {args.mode} for {args.seconds:.0f} s, {args.clients} clients through {args.via}")
    print("responses by status: " + ", ".join(f"{status or 'no response'}: {count}" for status, count in sorted(statuses.items())))
    print(f"longest request: {longest[0] * 1000:.0f} ms")
    print(f"first acknowledged answer after the store's return: "
          + (f"{(first_after - back) * 1000:.0f} ms" if first_after else "none"))
    print(f"silo logs grew by {grown.lines} lines, {grown.size / 1024:.0f} KiB; without the request lines: "
          f"{grown.other_lines} lines, {grown.other_size / 1024:.0f} KiB in {grown.events} events")
    missing = {request_id for request_id, _ in acknowledged} - set(stored)
    print(f"acknowledged {len(acknowledged)} answers; ledger rows of the session: {len(stored)}, "
          f"distinct request ids {len(set(stored))}, acknowledged but missing {len(missing)}")


if __name__ == "__main__":
    main()
