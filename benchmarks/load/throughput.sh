#!/usr/bin/env bash
# Issue 15 in one command: builds the server and the empty-POST ceiling (Release), then runs benchmarks/load/answers.py,
# which starts each in turn on a free port (the server on a fresh SQLite file, join and rate limits lifted, 2,000
# distinct participants), drives wrk at 64 and 256 connections with unique request ids, prints acknowledged answers/s,
# the ratio to the ceiling, the server's CPU µs per answer and the WAL size at the end, and stops everything it started.
#   benchmarks/load/throughput.sh [answers.py options, e.g. --rounds 3 --seconds 20]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
dotnet build -c Release "$root/src/ConsensusLab.Server" -v quiet -nologo >/dev/null
dotnet build -c Release "$root/benchmarks/ConsensusLab.EmptyPost" -v quiet -nologo >/dev/null
exec python3 "$root/benchmarks/load/answers.py" \
  --server "server=$root/src/ConsensusLab.Server/bin/Release/net10.0/ConsensusLab.Server.dll" \
  --ceiling "$root/benchmarks/ConsensusLab.EmptyPost/bin/Release/net10.0/ConsensusLab.EmptyPost.dll" --rounds 1 "$@"
