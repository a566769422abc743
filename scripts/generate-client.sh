#!/usr/bin/env bash
# Regenerates the typed client from the service's OpenAPI document, in one command:
#   1. writes the document the service serves to src/Loyalty.ML.Client/openapi.json (OpenApiDocumentTests, in update mode);
#   2. regenerates src/Loyalty.ML.Client/Generated from it with Kiota (the dotnet tool pinned in .config/dotnet-tools.json).
# The test suite fails while either is out of date (OpenApiDocumentTests), so a change to the API that is not followed by
# this script does not pass CI.
set -euo pipefail
cd "$(dirname "$0")/.."
LOYALTY_UPDATE_OPENAPI=1 dotnet test tests/Loyalty.ML.Api.Tests -c Release --nologo -v quiet \
  --filter "FullyQualifiedName~OpenApiDocumentTests.Document_IsTheCheckedInCopyTheClientIsGeneratedFrom"
dotnet tool restore >/dev/null
dotnet tool run kiota generate --language CSharp --openapi src/Loyalty.ML.Client/openapi.json \
  --output src/Loyalty.ML.Client/Generated --class-name LoyaltyApiClient --namespace-name Loyalty.ML.Client.Generated \
  --exclude-backward-compatible --clean-output --log-level Warning
echo "client regenerated: src/Loyalty.ML.Client/Generated"
