#!/usr/bin/env bash
# The user-facing benchmarks (UserBench): CPU per call against nginx, the 3.5 ms panel floor, a 50 MB answer, each
# beside PHP's SoapClient or the ideal in the same run. Installs nginx and PHP with ext-soap from Debian's packages
# when missing, builds the benchmarks, and passes its arguments on (for example --rounds=3 --sections=cpu).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
packages=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || packages+=(nginx)
if ! command -v php >/dev/null 2>&1 || ! php -m 2>/dev/null | grep -qx soap; then
    packages+=(php-cli php-soap)
fi
if [ ${#packages[@]} -gt 0 ]; then
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi
# Debian starts the packaged nginx as a service; the benchmark runs its own on a free port and needs none.
nginx=$(command -v nginx || echo /usr/sbin/nginx)

mvn -B -q -pl benchmarks -am package -DskipTests
exec java -cp benchmarks/target/ispconfig-benchmarks.jar dev.ispconfig.benchmarks.UserBench --nginx="$nginx" "$@"
