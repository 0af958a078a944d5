#!/usr/bin/env bash
# The package as users get it: `npm pack`, installed into a new project, used from ESM, CJS,
# the CLI and esbuild bundles (ESM and CJS, run from another directory), then publint and
# arethetypeswrong on the tarball. Exits non-zero at the first failure. `npm run pack-check`
# (after `npm run build`).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/gazeta-pack-XXXXXX")
trap 'rm -rf "$work"' EXIT
step() { printf '\n== %s\n' "$*"; }

cd "$root"
step "npm pack"
# The build is already there: packing without scripts packs what was tested.
tarball="$work/$(npm pack --silent --ignore-scripts --pack-destination "$work" | tail -1)"
version=$(node -p "require('./package.json').version")
ls -l "$tarball" | awk '{print $5" bytes", $9}'
tar -tzf "$tarball" | sed 's|^package/||' | sort | tr '\n' ' '; echo

step "publint"
npx --no-install publint run "$tarball" --strict
step "arethetypeswrong: node16 and bundler (the browser entry is ESM-only)"
npx --no-install attw "$tarball" --profile node16 --exclude-entrypoints ./browser
npx --no-install attw "$tarball" --profile esm-only --entrypoints ./browser

step "install into a new project"
app="$work/app"
mkdir -p "$app"
cd "$app"
npm init -y >/dev/null
npm install --no-audit --no-fund --loglevel=error "$tarball"

text='«Мы готовы к диалогу», — заявил Сергей Лавров в Москве.'
cat > check.js <<'JS'
// Shared by every way in: the library annotates, and names what it found.
module.exports = function check(gazeta, how) {
  const doc = gazeta.annotate(process.env.TEXT);
  const names = doc.entities.map((e) => e.name).join(', ');
  if (names !== 'Сергей Лавров, Москва' || doc.quotes[0].speakerEntity !== 'per:sergei-lavrov') {
    throw new Error(`${how}: unexpected result ${names}`);
  }
  console.log(`${how}: ok (${names}; gazeta ${gazeta.version})`);
};
JS
cat > esm.mjs <<'JS'
import { createRequire } from 'node:module';
import * as gazeta from 'gazeta';
createRequire(import.meta.url)('./check.js')(gazeta, process.argv[2] ?? 'ESM import');
JS
cat > cjs.cjs <<'JS'
require('./check.js')(require('gazeta'), process.argv[2] ?? 'CJS require');
JS
export TEXT="$text"

step "ESM and CJS"
node esm.mjs
node cjs.cjs

step "CLI"
cli_version=$(npx --no-install gazeta --version)
[ "$cli_version" = "$version" ] || { echo "gazeta --version said $cli_version, not $version"; exit 1; }
echo "gazeta --version: $cli_version"
echo "$text" | npx --no-install gazeta annotate --format jsonl --quiet | node -e '
  const r = JSON.parse(require("fs").readFileSync(0, "utf8"));
  if (r.quotes[0].speakerName !== "Сергей Лавров") throw new Error("CLI: " + JSON.stringify(r.quotes));
  console.log("CLI: ok (" + r.quotes[0].speakerName + " → " + r.quotes[0].text + ")");'

step "esbuild bundles, run from another directory"
esbuild="$root/node_modules/.bin/esbuild"
"$esbuild" esm.mjs --bundle --platform=node --format=esm --outfile=out/esm-bundle.mjs --log-level=warning
"$esbuild" cjs.cjs --bundle --platform=node --format=cjs --outfile=out/cjs-bundle.cjs --log-level=warning
cp check.js out/
(cd / && node "$app/out/esm-bundle.mjs" 'esbuild ESM bundle' && node "$app/out/cjs-bundle.cjs" 'esbuild CJS bundle')
echo
echo "pack-check: all checks passed"
