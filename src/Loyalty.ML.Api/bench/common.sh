# Shared by the API benchmarks (sourced, not run): a scratch folder, a cleanup that stops every process started into
# $pids, a free loopback port finder, and a Release build of the API. Expects $root (the repository root).
work=$(mktemp -d)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

dotnet build "$root/src/Loyalty.ML.Api/Loyalty.ML.Api.csproj" -c Release --nologo -v quiet -clp:ErrorsOnly >/dev/null
