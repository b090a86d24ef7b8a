#!/usr/bin/env python3
"""Resident memory of one server with a crowd joined and answering one question, and after the crowd goes idle.

    python3 benchmarks/load/memory.py --server path/to/ConsensusLab.Server.dll --probe path/to/ConsensusLab.LoadProbe.dll
        [--participants 100000] [--rate 5000] [--idle 60]

The server starts on a fresh SQLite file with the rate limits lifted and one open Likert question. The load probe
(benchmarks/ConsensusLab.LoadProbe) joins --participants participants, then every one of them answers the question
once, at --rate answers/s, while a moderator's live meter stream watches. Resident memory (VmRSS) is read before the
crowd, once everyone has joined, at the end of the answers (and its peak while they came in), and after --idle seconds
without requests, each with the managed heap as the last garbage collection left it (the runtime's
`dotnet_gc_last_collection_heap_size_bytes` at /metrics, all generations): resident memory also holds the heap's free
space the collector keeps for the next allocations. Bytes per participant = (heap with the crowd − heap before) /
participants, and the same for resident memory.
"""
import argparse, re, subprocess, tempfile, threading, time, urllib.request
import answers


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as status:
        return int(re.search(r"VmRSS:\s+(\d+) kB", status.read()).group(1)) / 1024


def heap_mb(base):
    with urllib.request.urlopen(base + "/metrics", timeout=10) as response:
        text = response.read().decode()
    sizes = re.findall(r"^dotnet_gc_last_collection_heap_size_bytes\{[^}]*\} (\S+)", text, re.MULTILINE)
    return sum(float(size) for size in sizes) / (1024 * 1024)


def memory(server, base):
    return rss_mb(server.pid), heap_mb(base)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", required=True)
    parser.add_argument("--probe", required=True)
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--rate", type=int, default=5000)
    parser.add_argument("--idle", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="consensuslab-memory-") as directory:
        server = answers.start(args.server, directory, {"Metrics__Prometheus": "true"})
        try:
            base = f"http://127.0.0.1:{answers.PORT}"
            answers.wait_healthy(base, server)
            code, key = answers.open_question(base, "Memory")
            before, heap_before = memory(server, base)
            print(f"before the crowd: resident {before:.0f} MB, heap {heap_before:.0f} MB", flush=True)
            peak = [before]
            done = threading.Event()

            def sample():
                while not done.wait(0.25):
                    peak[0] = max(peak[0], rss_mb(server.pid))
            threading.Thread(target=sample, daemon=True).start()
            seconds = max(1, args.participants // args.rate)
            probe = subprocess.Popen(["dotnet", args.probe, "--url", base, "--key", key["X-Moderator-Key"], "--session", code,
                                      "--question", "q", "--participants", str(args.participants), "--rate", str(args.rate),
                                      "--seconds", str(seconds)], stdout=subprocess.PIPE, text=True)
            for line in probe.stdout:
                print("probe: " + line.rstrip(), flush=True)
                if line.startswith("Joined"):
                    resident, heap = memory(server, base)
                    print(f"{args.participants} joined: resident {resident:.0f} MB, heap {heap:.0f} MB", flush=True)
            probe.wait()
            answered, heap = memory(server, base)
            done.set()
            per = lambda now, then: (now - then) * 1024 * 1024 / args.participants
            print(f"{args.participants} joined and answered: resident {answered:.0f} MB (peak {peak[0]:.0f} MB), "
                  f"heap {heap:.0f} MB; per participant {per(heap, heap_before):.0f} bytes of heap, "
                  f"{per(answered, before):.0f} bytes resident", flush=True)
            time.sleep(args.idle)
            resident, heap = memory(server, base)
            print(f"after {args.idle} s idle: resident {resident:.0f} MB, heap {heap:.0f} MB", flush=True)
        finally:
            answers.stop(server)


if __name__ == "__main__":
    main()
