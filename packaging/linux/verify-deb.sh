#!/usr/bin/env bash
# Install a Deskeditor .deb with apt-get, run it headless, uninstall, check it is gone.
# Needs root on a Debian/Ubuntu machine. Usage: verify-deb.sh PATH/TO/deskeditor_*.deb
set -euo pipefail
deb=$(readlink -f "$1")
say() { printf 'verify-deb: %s\n' "$*"; }
fail() { say "FAILED: $*" >&2; exit 1; }
[[ $EUID -eq 0 ]] || fail "run as root (it installs the package)"

before=$(mktemp)
find /opt /usr/bin /usr/share/applications /usr/share/metainfo /usr/share/icons/hicolor \
  -xdev 2>/dev/null | sort >"$before"

say "apt-get install $deb"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
command -v deskeditor >/dev/null || fail "no deskeditor on PATH"
dpkg-query -W -f='${Status}\n' deskeditor | grep -q "install ok installed" || fail "not installed"

home=$(mktemp -d)
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config QT_QPA_PLATFORM=offscreen
out=$(deskeditor --version)
[[ "$out" == "deskeditor "* ]] || fail "--version printed '$out'"
say "installed: $out"

# Spelling: Enchant and the dictionaries the package depends on, from the installed app.
printf 'Ferry returns\n\nThe council will recieve the report on the harbour colour next week.\n' \
  >"$home/copy.txt"
spelled=$(deskeditor check "$home/copy.txt" --json || true)
grep -q '"id": "spelling"' <<<"$spelled" || fail "no spelling finding from deskeditor check: $spelled"
grep -q '"fix": "receive"' <<<"$spelled" || fail "no suggestion for recieve: $spelled"
british=$(deskeditor check "$home/copy.txt" --language en-GB --json || true)
[[ $(grep -c '"id": "spelling"' <<<"$british") -eq 1 ]] ||
  fail "en-GB should flag recieve only: $british"
say "spelling ok: en-US and en-GB dictionaries found by the installed app"

# Every capability once, from the installed app, so that a resource the bundle lacks
# fails here: import wire copy, check it, export HTML, PDF and Word, file a reader's
# e-mail in the inbox, check the database.
desk="$home/verify.sqlite"
cat >"$home/wire.json" <<'NINJS'
{"uri": "urn:newsml:example.org:20260301:ferry-verify", "type": "text",
 "language": "en-US",
 "headlines": [{"role": "main", "value": "Ferry returns after repair"}],
 "bodies": [{"role": "main", "contentType": "text/plain",
   "value": "The council will recieve the report next week.\n\nCrossings resume on Monday."}]}
NINJS
imported=$(deskeditor --db "$desk" import "$home/wire.json" --json)
# No slugline: the slug is made from the headline (python-slugify's tables, bundled).
grep -q '"ferry-returns-after-repair"' <<<"$imported" || fail "wire import: $imported"
checked=$(deskeditor --db "$desk" check --article ferry-returns-after-repair --json || true)
grep -q '"id": "spelling"' <<<"$checked" || fail "no spelling finding in the imported copy: $checked"
for format in html pdf docx; do
  deskeditor --db "$desk" export ferry-returns-after-repair --format "$format" -o "$home/out.$format"
  [[ -s "$home/out.$format" ]] || fail "export $format wrote nothing"
done
grep -q "recieve the report" "$home/out.html" || fail "the HTML export lacks the body"
[[ "$(head -c 4 "$home/out.pdf")" == "%PDF" ]] || fail "the PDF export is not a PDF"
[[ "$(head -c 2 "$home/out.docx")" == "PK" ]] || fail "the Word export is not a .docx"
cat >"$home/reader.eml" <<'EML'
From: Ann Reader <ann@example.org>
To: corrections@example.org
Subject: Ferry story: wrong day
Message-ID: <verify-1@example.org>
Date: Mon, 02 Mar 2026 09:00:00 +0000
Content-Type: text/plain; charset=utf-8

Your ferry story says crossings resume on Monday; the operator says Tuesday.
EML
filed=$(deskeditor --db "$desk" inbox import "$home/reader.eml" --json)
grep -q '"outcome": "new"' <<<"$filed" || fail "inbox import: $filed"
deskeditor --db "$desk" db check >/dev/null || fail "db check failed on the verify desk"
# The shared desk's driver (psycopg over the system's libpq5): a desk that is not
# there is named in one line, with libpq's own words for why.
unreached=$(deskeditor --db "$home/laptop.sqlite" desk join postgresql://verify@127.0.0.1:9/none 2>&1 || true)
grep -q "cannot be reached" <<<"$unreached" && grep -qi "refused" <<<"$unreached" ||
  fail "the desk's driver did not load: $unreached"
say "capabilities ok: wire import, check with spelling, HTML/PDF/DOCX export, inbox import, db check, desk driver"

# The window's translations and Qt's own for the shipped languages, and no others.
for code in $(ls "$(dirname "$0")/../../resources/translations" | sed -n 's/^deskeditor_\(.*\)\.ts$/\1/p'); do
  find /opt/deskeditor -name "deskeditor_$code.qm" | grep -q . || fail "no deskeditor_$code.qm installed"
  find /opt/deskeditor -name "qtbase_$code.qm" | grep -q . || fail "no qtbase_$code.qm installed"
done
[[ $(find /opt/deskeditor -name 'qtbase_*.qm' | wc -l) -le 4 ]] || fail "Qt translations not trimmed"
say "translations ok: $(find /opt/deskeditor -name '*.qm' -printf '%f ' )"

tree() { find /opt/deskeditor -printf '%p %s %T@\n' | sort | sha256sum; }
install_snapshot=$(tree)
start=$(date +%s%N)
deskeditor --demo --screenshot "$home/shot.png"
say "frozen app: --demo --screenshot took $((($(date +%s%N) - start) / 1000000)) ms"
deskeditor --db "$home/first.sqlite" --screenshot "$home/empty.png"
[[ "$(head -c 8 "$home/shot.png" | od -An -tx1 | tr -d ' \n')" == "89504e470d0a1a0a" ]] ||
  fail "screenshot is not a PNG"
dims=$(od -An -tu1 -j16 -N8 "$home/shot.png" | awk '{print $3*256+$4 "x" $7*256+$8}')
[[ "$dims" == "1440x900" ]] || fail "screenshot is $dims, expected 1440x900"
[[ $(stat -c %s "$home/shot.png") -gt 20000 ]] || fail "screenshot is suspiciously small"
say "screenshot ok: $dims, $(stat -c %s "$home/shot.png") bytes"
[[ "$(tree)" == "$install_snapshot" ]] || fail "the app wrote inside its install folder"

say "apt-get remove --purge deskeditor"
DEBIAN_FRONTEND=noninteractive apt-get remove --purge -y -qq deskeditor >/dev/null
if dpkg -s deskeditor >/dev/null 2>&1; then fail "still known to dpkg"; fi
after=$(mktemp)
find /opt /usr/bin /usr/share/applications /usr/share/metainfo /usr/share/icons/hicolor \
  -xdev 2>/dev/null | sort >"$after"
leftovers=$(comm -13 "$before" "$after" | grep -i deskeditor || true)
[[ -z "$leftovers" ]] || fail "left behind: $leftovers"
rm -rf "$home" "$before" "$after"
say "ok: installed, ran, uninstalled, nothing left behind"
