#!/usr/bin/env bash
# Regenerates the Java API of ispconfig-core from ISPConfig's remote API.
#
#   tools/regenerate.sh <tag>                  generate from the committed inventory/inventory-<version>.json
#   tools/regenerate.sh <tag> <git-dir>        first extract the inventories from a git repository (bare or .git) at <tag>
#   tools/regenerate.sh <tag> <source-dir>     first extract the inventories from an unpacked source tree of <tag>
#
# <version> is <tag> without its leading "v": v3.2.12 -> inventory/inventory-3.2.12.json and, when extracting (which
# needs PHP: the panel's forms are PHP code), inventory/forms-3.2.12.json. Generated files are
# Generated*Module.java and ApiInventory.java in ispconfig-core's dev/ispconfig/client/api (hand-written files there
# are never touched) and, from the forms inventory, the typed models in dev/ispconfig/client/model (all generated). Set MVN to change the Maven command (for example MVN="mvn -o").
set -euo pipefail

if [[ $# -lt 1 || $# -gt 2 || $1 == -h || $1 == --help ]]; then
    sed -n '2,12s/^# \{0,1\}//p' "$0" >&2
    exit 2
fi

tag=$1
source=${2:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
inventory="$root/inventory/inventory-${tag#v}.json"
forms="$root/inventory/forms-${tag#v}.json"

if [[ -z $source && ! -f $inventory ]]; then
    echo "regenerate: no $inventory yet: give a git or source directory to extract it from" >&2
    exit 2
fi

${MVN:-mvn} -B -q -f "$root/pom.xml" -pl tools -am install -DskipTests
tools=(java -jar "$root/tools/target/ispconfig-tools.jar")

if [[ -n $source ]]; then
    if git --git-dir="$source" rev-parse --git-dir >/dev/null 2>&1; then
        "${tools[@]}" extract --git-dir "$source" --tag "$tag" --out "$inventory"
        "${tools[@]}" extract-forms --git-dir "$source" --tag "$tag" --out "$forms"
    elif [[ -d $source ]]; then
        "${tools[@]}" extract --source "$source" --tag "$tag" --out "$inventory"
        "${tools[@]}" extract-forms --source "$source" --tag "$tag" --out "$forms"
    else
        echo "regenerate: $source is neither a git directory nor a source directory" >&2
        exit 2
    fi
fi

forms_option=()
[[ -f $forms ]] && forms_option=(--forms "$forms")
"${tools[@]}" generate --inventory "$inventory" "${forms_option[@]}" --out "$root/ispconfig-core/src/main/java"
