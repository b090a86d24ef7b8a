#!/usr/bin/env bash
# Rewrites the README's screenshots in docs/screenshots: the participant page on a phone, the moderator console on a
# laptop and the projector at 1280×800 and 1920×1080, each in English and Arabic. An ordinary test run writes the same
# pictures to the test output only, so that running the tests never changes the working tree.
set -euo pipefail
cd "$(dirname "$0")/../.."

dotnet build tests/ConsensusLab.Server.BrowserTests --configuration Release
CONSENSUSLAB_REFRESH_SCREENSHOTS=1 dotnet test tests/ConsensusLab.Server.BrowserTests --configuration Release --no-build \
  --filter "Category=Screenshots" "$@"
git status --short docs/screenshots
