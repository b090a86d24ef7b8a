#!/usr/bin/env python3
"""Builds side by side: every server (and the ceiling) warm at once, measured in short bursts that take turns.

    python3 benchmarks/load/compare.py --server NAME=path/to/ConsensusLab.Server.dll [--server ...]
        [--ceiling path/to/ConsensusLab.EmptyPost.dll] [--connections 64] [--bursts 10] [--seconds 5]

answers.py measures each server and the ceiling one after another, a minute apart, and on this shared machine the
rate moves by a fifth between two such runs of the same build. Here every process starts first, each on a port of its
own (from PORT, default 5090, upwards) and a fresh SQLite file with one open Likert question and 2,000 participants,
and gets the same warm-up; then each burst runs wrk against every process in turn, the order reversed from one burst
to the next, so that two processes are compared within seconds of each other. Each burst's line gives answers/s (or
requests/s for the ceiling) and CPU µs per answer; at the end, per process, the medians and the median of its per-burst
ratios to the first server (and to the ceiling, when given), with wrk's own CPU µs per request, taken from the same
two cores. Settings follow the path as in answers.py: --server "info=x.dll Logging__MinimumLevel=Information", and
a server with Storage__Provider=postgres runs as one silo on a fresh database that --postgres (or LOAD_POSTGRES) creates.
"""
import argparse, contextlib, os, resource, statistics, tempfile

import answers


def burst(process, connections, seconds, code, tokens, base):
    """One wrk run, with the server's CPU µs per answer and wrk's own per request (both share this machine's cores)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    run = answers.measured(process, lambda: answers.wrk(connections, seconds, code, tokens, base))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    run.wrk_us = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1e6 / max(run.answers, 1)
    return run


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--server", action="append", required=True, help="NAME=path/to/ConsensusLab.Server.dll [settings]")
    parser.add_argument("--ceiling", help="path/to/ConsensusLab.EmptyPost.dll")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--bursts", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=30, help="seconds of load per process before the first burst")
    parser.add_argument("--participants", type=int, default=2000)
    parser.add_argument("--postgres", default=os.environ.get("LOAD_POSTGRES"),
                        help="an admin connection string that may create databases, for servers with Storage__Provider=postgres")
    args = parser.parse_args()
    servers = [answers.server_spec(spec) for spec in args.server]
    if any(answers.on_postgres(settings) for _, settings in servers) and not args.postgres:
        parser.error("a server with Storage__Provider=postgres needs --postgres (or LOAD_POSTGRES)")

    with contextlib.ExitStack() as stack:
        targets = []  # (name, process, base URL, session code, tokens file)
        port = answers.PORT
        if args.ceiling:
            directory = stack.enter_context(tempfile.TemporaryDirectory(prefix="consensuslab-ceiling-"))
            process, tokens = answers.start_ceiling(args.ceiling, directory, port)
            stack.callback(answers.stop, process)
            targets.append(("ceiling", process, f"http://127.0.0.1:{port}", "X", tokens))
            port += 1
        for (name, dll), settings in servers:
            directory = stack.enter_context(tempfile.TemporaryDirectory(prefix="consensuslab-compare-"))
            environment = stack.enter_context(answers.store(settings, args.postgres))
            process = answers.start(dll, directory, environment, port)
            stack.callback(answers.stop, process)
            base = f"http://127.0.0.1:{port}"
            answers.wait_healthy(base, process)
            code, tokens = answers.prepare(base, directory, args.participants)
            targets.append((name, process, base, code, tokens))
            port += 1
        for _, _, base, code, tokens in targets:
            answers.wrk(args.connections, args.warmup, code, tokens, base)

        runs = {name: [] for name, *_ in targets}
        for number in range(args.bursts):
            for name, process, base, code, tokens in targets if number % 2 == 0 else reversed(targets):
                runs[name].append(burst(process, args.connections, args.seconds, code, tokens, base))
            print(f"{number + 1:>3} " + "  ".join(f"{name} {runs[name][-1].rate:.0f}/s {runs[name][-1].cpu_us:.1f} µs"
                                                   for name in runs), flush=True)

    first = next(name for name, *_ in targets if name != "ceiling")
    print(f"{args.connections} connections, {args.bursts} bursts of {args.seconds} s; medians:")
    for name, measured in runs.items():
        line = (f"{name:>10} {statistics.median(r.rate for r in measured):>8.0f}/s {statistics.median(r.cpu_us for r in measured):>6.1f} µs"
                f"  wrk {statistics.median(r.wrk_us for r in measured):.1f} µs")
        line += f"  failed {sum(r.failed for r in measured)}"
        if name != first and name != "ceiling":
            line += f"  rate / {first} {statistics.median(a.rate / b.rate for a, b in zip(measured, runs[first])):.3f}"
            line += f"  µs / {first} {statistics.median(a.cpu_us / b.cpu_us for a, b in zip(measured, runs[first])):.3f}"
        if "ceiling" in runs and name != "ceiling":
            line += f"  rate / ceiling {statistics.median(a.rate / c.rate for a, c in zip(measured, runs['ceiling'])):.3f}"
        print(line)


if __name__ == "__main__":
    main()
