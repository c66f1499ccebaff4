#!/usr/bin/env bash
# Build and smoke-test Deskeditor.app in a .dmg. Run from the repository root on
# macOS 14+ with Python 3.11+ (iconutil and hdiutil come with macOS) and Homebrew.
#   packaging/macos/build-dmg.sh [--verify]
#
# Spelling: the pyenchant wheel carries no Enchant on macOS. Homebrew's enchant
# (with its Hunspell provider) is bundled by deskeditor.spec into the app's
# Frameworks/enchant/lib, found by pyenchant through PYENCHANT_LIBRARY_PATH set in
# packaging/launcher.py; the en_US and en_GB dictionaries come from
# packaging/dictionaries and go into resources/dictionaries/hunspell, where the app
# points Enchant. --verify checks a misspelling is found in US and UK English.
set -euo pipefail
command -v brew >/dev/null && brew list enchant >/dev/null 2>&1 || brew install enchant
export ENCHANT_PREFIX=${ENCHANT_PREFIX:-$(brew --prefix enchant)}
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e . --group package
version=$(.venv/bin/python -c 'import deskeditor; print(deskeditor.__version__)')

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py build/icons
iconutil -c icns build/icons/deskeditor.iconset -o build/icons/deskeditor.icns
.venv/bin/python scripts/translations.py --compile  # the window's .qm files
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/pyinstaller packaging/deskeditor.spec

app=build/dist/Deskeditor.app
/usr/libexec/PlistBuddy -c "Print :CFBundleIdentifier" "$app/Contents/Info.plist"
# Ad-hoc signature so Gatekeeper on Apple silicon runs it; a release is signed
# with the project's Developer ID and notarized (see README, Install).
codesign --force --deep --sign - "$app"
dmg=build/deskeditor-$version-macos-$(uname -m).dmg
rm -f "$dmg"
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -quiet -volname "Deskeditor $version" -srcfolder "$staging" -ov -format UDZO "$dmg"
echo "built $dmg ($(du -h "$dmg" | cut -f1))"
[[ "${1:-}" == "--verify" ]] || exit 0

mount=$(mktemp -d)
hdiutil attach -quiet -nobrowse -mountpoint "$mount" "$dmg"
trap 'hdiutil detach -quiet "$mount" || true' EXIT
bin="$mount/Deskeditor.app/Contents/MacOS/deskeditor"
[[ "$("$bin" --version)" == "deskeditor $version" ]]
home=$(mktemp -d)
HOME=$home QT_QPA_PLATFORM=offscreen "$bin" --demo --screenshot "$home/shot.png"
[[ $(stat -f %z "$home/shot.png") -gt 20000 ]]
[[ -d "$home/Library" || ! -e "$mount/Deskeditor.app/Contents/Resources/deskeditor.sqlite" ]]
printf 'Ferry returns\n\nThe council will recieve the colour report.\n' >"$home/copy.txt"
us=$(HOME=$home "$bin" check "$home/copy.txt" --json || true)
grep -q '"fix": "receive"' <<<"$us" || { echo "no en-US spelling: $us"; exit 1; }
gb=$(HOME=$home "$bin" check "$home/copy.txt" --language en-GB --json || true)
[[ $(grep -c '"id": "spelling"' <<<"$gb") -eq 1 ]] || { echo "en-GB spelling wrong: $gb"; exit 1; }
echo "ok: the app in the .dmg starts and renders"
