#!/usr/bin/env python3
"""Durable answers per second against the empty-POST ceiling, measured in one run on this machine.

    python3 benchmarks/load/answers.py --server NAME=path/to/ConsensusLab.Server.dll [--server ...]
        --ceiling path/to/ConsensusLab.EmptyPost.dll [--connections 64 256] [--seconds 10] [--rounds 2]
        [--postgres "Host=...;Username=...;Password=..."]
    python3 benchmarks/load/answers.py --url http://127.0.0.1:5180 [--connections 64 256] [--seconds 10]

Each round runs every server and the ceiling once per connection count, one after another, so that a noisy
neighbour hurts all of them alike; compare ratios, not absolute numbers. Every server starts on a fresh SQLite
file with one open Likert question and 2,000 joined participants; wrk (benchmarks/load/answer.lua) posts answers
with unique request ids. An answer counts only when acknowledged with 200, i.e. durable in the ledger. Each line also
gives the server's CPU time per answer and the ceiling's per request (from /proc/PID/stat) and the size of the
server's WAL file at the end. PORT in the environment chooses the port (default 5090). With --url, the
same load goes to a server that already runs (a silo, or nginx in front of a cluster: deploy/local-cluster.sh).

A server given Storage__Provider=postgres among its settings runs instead as one silo on PostgreSQL, each time on a
fresh database that --postgres (an admin connection string, or LOAD_POSTGRES in the environment, which keeps its
password off the command line) creates before and drops after; its WAL column is n/a, and its CPU per answer leaves
out PostgreSQL's own. After each round's connection count, every such server's rate is divided by the rate of the
first SQLite server with the same dll: "postgres / sqlite".
"""
import argparse, contextlib, json, os, re, signal, subprocess, sys, tempfile, threading, time, urllib.request
from concurrent.futures import ThreadPoolExecutor

from fresh_database import fresh_database

HERE = os.path.dirname(os.path.abspath(__file__))
PORT = int(os.environ.get("PORT", "5090"))
LIKERT = ["Strongly disagree", "Disagree", "Neither", "Agree", "Strongly agree"]


def call(method, url, body=None, headers=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json", **(headers or {})})
    with urllib.request.urlopen(request, timeout=30) as response:
        text = response.read()
        return json.loads(text) if text else None


def wait_healthy(base, process):
    for _ in range(600):
        if process.poll() is not None:
            sys.exit(f"the server exited with code {process.returncode} while starting")
        try:
            if urllib.request.urlopen(base + "/health", timeout=2).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    sys.exit("the server did not become healthy")


def open_question(base, title):
    """Creates an open session with one open Likert question "q"; returns its code and the moderator's key header."""
    created = call("POST", base + "/api/sessions", {"title": title, "privacyThreshold": 1,
                                                    "questions": [{"id": "q", "kind": "likert", "prompt": title, "options": LIKERT}]})
    code, key = created["session"]["code"], {"X-Moderator-Key": created["moderatorKey"]}
    call("POST", f"{base}/api/sessions/{code}/open", headers=key)
    call("POST", f"{base}/api/sessions/{code}/questions/q/open", headers=key)
    return code, key


def stream_answers(clients, tokens, stop, send, pause):
    """Starts `clients` threads that answer question "q" with fresh request ids until `stop` is set, each answer sent
    again with its request id after `pause` seconds until `send(body, headers)` says it was acknowledged, as the
    participant page does; returns the threads."""
    def client(number):
        sent = 0
        while not stop.is_set():
            sent += 1
            body = {"requestId": f"c{number}-{sent}", "choice": sent % 5}
            headers = {"Authorization": "Bearer " + tokens[(number * 7 + sent) % len(tokens)]}
            while not stop.is_set() and not send(body, headers):
                time.sleep(pause)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    return threads


def prepare(base, directory, participants):
    code, _ = open_question(base, "Load")
    groups = ["GOV", "IGO", "PS", "CS", "TC"]
    with ThreadPoolExecutor(16) as pool:
        tokens = list(pool.map(lambda i: call("POST", f"{base}/api/sessions/{code}/participants",
                                              {"group": groups[i % 5], "country": "KE", "attendance": "onsite"})["token"], range(participants)))
    path = os.path.join(directory, "tokens.txt")
    with open(path, "w") as f:
        f.write("\n".join(tokens) + "\n")
    return code, path


def wrk(connections, seconds, code, tokens, base=f"http://127.0.0.1:{PORT}"):
    env = {**os.environ, "SESSION": code, "QUESTION": "q", "TOKENS": tokens, "CHOICES": "5"}
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "-s", os.path.join(HERE, "answer.lua"),
                          base + "/"], capture_output=True, text=True, env=env, check=True).stdout
    requests = int(re.search(r"(\d+) requests in", out).group(1))
    elapsed = float(re.search(r"requests in ([\d.]+)s", out).group(1))
    failed = int(re.search(r"non-2xx or failed: (\d+)", out).group(1))
    return Run((requests - failed) / elapsed, failed, requests - failed)


class Run:
    """One wrk run: acknowledged answers per second, failures, acknowledged answers, and the server's CPU per answer."""
    def __init__(self, rate, failed, answers):
        self.rate, self.failed, self.answers, self.cpu_us = rate, failed, answers, float("nan")


def cpu_seconds(pid):
    """User plus system CPU time of a process so far (fields 14 and 15 of /proc/PID/stat, in clock ticks)."""
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measured(process, load):
    """Runs `load` (which returns a Run) and charges the server's CPU time during it to its acknowledged answers."""
    before = cpu_seconds(process.pid)
    run = load()
    run.cpu_us = (cpu_seconds(process.pid) - before) * 1e6 / max(run.answers, 1)
    return run


def start(dll, directory, extra, port=PORT):
    env = {**os.environ, "Storage__Path": os.path.join(directory, "load.db"), "Samples__Load": "false",
           "RateLimits__PerAddressPerSecond": "100000000",
           "RateLimits__PerAddressBurst": "100000000", "RateLimits__PerParticipantPerSecond": "100000000",
           "RateLimits__PerParticipantBurst": "100000000", "RateLimits__JoinsPerAddressPerSecond": "100000000",
           "RateLimits__JoinsPerAddressBurst": "100000000", **extra}
    dll = os.path.abspath(dll)  # it runs from its own directory, its content root
    return subprocess.Popen(["dotnet", dll, "--urls", f"http://127.0.0.1:{port}"], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=os.path.dirname(dll))


def stop(process):
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(30)
    except subprocess.TimeoutExpired:
        process.kill()


def server_spec(spec):
    """'NAME=path/to/dll Key=Value ...' as ([NAME, path], {Key: Value})."""
    words = spec.split()
    return words[0].split("=", 1), dict(setting.split("=", 1) for setting in words[1:])


def on_postgres(settings):
    return settings.get("Storage__Provider", "sqlite").lower() == "postgres"


@contextlib.contextmanager
def store(settings, postgres):
    """Yields the server's settings; on PostgreSQL with the connection string of a fresh database, dropped after."""
    if not on_postgres(settings):
        yield settings
        return
    with fresh_database(postgres) as connection_string:
        yield {**settings, "Storage__ConnectionString": connection_string}


def wal_mb(directory):
    wal = os.path.join(directory, "load.db-wal")
    return os.path.getsize(wal) / 2**20 if os.path.exists(wal) else 0.0


def measure_server(dll, settings, connections, seconds, participants, warmup, postgres):
    with tempfile.TemporaryDirectory(prefix="consensuslab-load-") as directory, store(settings, postgres) as environment:
        process = start(dll, directory, environment)
        try:
            base = f"http://127.0.0.1:{PORT}"
            wait_healthy(base, process)
            code, tokens = prepare(base, directory, participants)
            wrk(connections, warmup, code, tokens)  # warm-up: tiered JIT, connection pools, the first group commits
            run = measured(process, lambda: wrk(connections, seconds, code, tokens))
            run.wal_mb = "n/a" if on_postgres(settings) else f"{wal_mb(directory):.1f}"
            return run
        finally:
            stop(process)


def start_ceiling(dll, directory, port=PORT):
    """Starts the empty-POST app and waits until it answers; returns it and a tokens file for answer.lua."""
    tokens = os.path.join(directory, "tokens.txt")
    with open(tokens, "w") as f:
        f.write("x\n")
    process = subprocess.Popen(["dotnet", os.path.abspath(dll), "--urls", f"http://127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(300):
        try:
            urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/api/sessions/X/questions/q/answers",
                                                          data=b"{}", method="POST"), timeout=2)
            break
        except OSError:
            time.sleep(0.1)
    return process, tokens


def measure_ceiling(dll, connections, seconds, warmup):
    with tempfile.TemporaryDirectory(prefix="consensuslab-ceiling-") as directory:
        process, tokens = start_ceiling(dll, directory)
        try:
            wrk(connections, warmup, "X", tokens)
            return measured(process, lambda: wrk(connections, seconds, "X", tokens))
        finally:
            stop(process)


def store_pairs(servers):
    """(PostgreSQL server, SQLite server) by name: each server on PostgreSQL with the first on SQLite of the same dll."""
    sqlite = {}
    for (name, dll), settings in servers:
        if not on_postgres(settings):
            sqlite.setdefault(dll, name)
    return [(name, sqlite[dll]) for (name, dll), settings in servers if on_postgres(settings) and dll in sqlite]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", action="append",
                        help="NAME=path/to/ConsensusLab.Server.dll, then settings for it: 'info=x.dll Logging__MinimumLevel=Information'")
    parser.add_argument("--ceiling", help="path/to/ConsensusLab.EmptyPost.dll")
    parser.add_argument("--url", help="measure a server that already runs, at this base URL")
    parser.add_argument("--connections", type=int, nargs="+", default=[64, 256])
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=2)
    # On a 2-core machine the tiered JIT compiles the server's methods for about 30 s of load (5,749, 1,946, 497 and 130
    # methods in its first four 10 s windows; a third of its CPU after 3 s), the ceiling's few far sooner; both get the
    # same warm-up, long enough for the server's.
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--postgres", default=os.environ.get("LOAD_POSTGRES"),
                        help="an admin connection string that may create databases, for servers with Storage__Provider=postgres")
    args = parser.parse_args()
    if args.url:
        with tempfile.TemporaryDirectory(prefix="consensuslab-load-") as directory:
            code, tokens = prepare(args.url, directory, args.participants)
            for connections in args.connections:
                wrk(connections, 2, code, tokens, args.url)
                run = wrk(connections, args.seconds, code, tokens, args.url)
                print(f"{connections:>5} connections: {run.rate:.0f} answers/s, {run.failed} failed", flush=True)
        return
    if not args.server or not args.ceiling:
        parser.error("give --url, or --server and --ceiling")
    servers = [server_spec(spec) for spec in args.server]
    if any(on_postgres(settings) for _, settings in servers) and not args.postgres:
        parser.error("a server with Storage__Provider=postgres needs --postgres (or LOAD_POSTGRES)")
    print(f"load average before: {os.getloadavg()[0]:.2f}")
    print(f"{'round':>5} {'conns':>5} {'build':>10} {'answers/s':>10} {'failed':>7} {'ceiling/s':>10} {'ratio':>6} "
          f"{'us CPU/ans':>10} {'us CPU/ceil':>11} {'WAL MB':>7}")
    for round_ in range(1, args.rounds + 1):
        for connections in args.connections:
            ceiling = measure_ceiling(args.ceiling, connections, args.seconds, args.warmup)
            rates = {}
            for (name, dll), settings in servers:
                run = measure_server(dll, settings, connections, args.seconds, args.participants, args.warmup, args.postgres)
                rates[name] = run.rate
                print(f"{round_:>5} {connections:>5} {name:>10} {run.rate:>10.0f} {run.failed:>7} {ceiling.rate:>10.0f} "
                      f"{run.rate / ceiling.rate:>6.2f} {run.cpu_us:>10.1f} {ceiling.cpu_us:>11.1f} {run.wal_mb:>7}", flush=True)
            for postgres, sqlite in store_pairs(servers):
                print(f"{round_:>5} {connections:>5} {postgres} / {sqlite}: {rates[postgres] / max(rates[sqlite], 1):.2f}", flush=True)
    print(f"load average after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
