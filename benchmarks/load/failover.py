#!/usr/bin/env python3
"""Time from SIGKILL of the silo that hosts a question to the first answer a survivor acknowledges.

    deploy/local-cluster.sh start          # three silos on PostgreSQL (Orleans__Membership__* from the environment)
    python3 benchmarks/load/failover.py --doomed http://127.0.0.1:5181 --doomed-pid "$(cat deploy/.run/silo-5181.pid)" \\
        --via http://127.0.0.1:5182 [--runs 1]

The session is created through the doomed silo, so its grains live there (grains are placed on the silo that first
calls them). Eight clients answer through a survivor, each answer retried with its request id after a 503 or a
failure, as the participant page does. The doomed silo is killed mid-stream; the result is the time from the kill to
the sending of the first answer that a survivor then acknowledged (the kill counts from the moment the process is gone). Run once per cluster: the doomed silo stays dead
(`deploy/local-cluster.sh start` brings it back).
"""
import argparse, os, signal, threading, time, urllib.error

from answers import call, open_question, stream_answers


def alive(pid):
    """Whether the process still runs; a killed process nobody reaped yet (a zombie) does not."""
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--doomed", required=True, help="base URL of the silo to kill")
    parser.add_argument("--doomed-pid", type=int, required=True)
    parser.add_argument("--via", required=True, help="base URL of a surviving silo the clients answer through")
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()

    code, _ = open_question(args.doomed, "Failover")
    tokens = [call("POST", f"{args.via}/api/sessions/{code}/participants", {"group": "GOV", "country": "KE", "attendance": "onsite"})["token"]
              for _ in range(100)]

    acknowledged = []  # (sent_at, acknowledged_at) of the attempt that was acknowledged
    failed = []  # when attempts failed (a 503 while the question moved, a refused connection)
    stop = threading.Event()

    def send(body, headers):
        attempt = time.monotonic()
        try:
            call("POST", f"{args.via}/api/sessions/{code}/questions/q/answers", body, headers)
            acknowledged.append((attempt, time.monotonic()))
            return True
        except (urllib.error.HTTPError, urllib.error.URLError, TimeoutError, ConnectionError):
            failed.append(time.monotonic())
            return False

    threads = stream_answers(args.clients, tokens, stop, send, pause=0.1)
    time.sleep(3)
    os.kill(args.doomed_pid, signal.SIGKILL)
    while alive(args.doomed_pid):
        time.sleep(0.001)
    killed_at = time.monotonic()
    deadline = killed_at + 120
    first = None
    while time.monotonic() < deadline and first is None:
        after = [sent for sent, _ in list(acknowledged) if sent > killed_at]
        first = min(after) if after else None
        time.sleep(0.05)
    stop.set()
    for thread in threads:
        thread.join()
    before = sum(1 for sent, _ in acknowledged if sent <= killed_at)
    if first is None:
        print(f"no answer acknowledged within 120 s of the kill ({before} before it)")
    elif not any(at > killed_at for at in failed):
        # Placement is the first caller's silo, unless that silo was not ready; then the question lived elsewhere.
        print("the question did not live on the killed silo (no answer failed after the kill): run again")
    else:
        print(f"first answer acknowledged by a survivor was sent {1000 * (first - killed_at):.0f} ms after the kill "
              f"({before} answers acknowledged before the kill, {len(acknowledged)} in all)")


if __name__ == "__main__":
    main()
