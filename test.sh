#!/usr/bin/env bash
# Runs ConsensusLab's whole test suite on a fresh machine: installs what the tests need
# (Debian's PostgreSQL and Chromium) when missing, then runs `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")"

missing=()
command -v dotnet >/dev/null || { echo "test.sh: the .NET 10 SDK is required (dotnet on PATH)" >&2; exit 1; }
[ -x /usr/bin/chromium ] || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "test.sh: installing ${missing[*]} from Debian's packages"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test.sh: some tests need ${missing[*]}; install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

# One test project at a time (-m:1): the crash, load and browser tests each want the machine's two cores.
dotnet test ConsensusLab.sln --configuration Release -m:1 "$@"
