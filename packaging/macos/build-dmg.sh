#!/usr/bin/env bash
# Build and smoke-test Deskeditor.app in a .dmg. Run from the repository root on
# macOS 14+ with Python 3.11+ (iconutil and hdiutil come with macOS).
#   packaging/macos/build-dmg.sh [--verify]
set -euo pipefail
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e . --group package
version=$(.venv/bin/python -c 'import deskeditor; print(deskeditor.__version__)')

QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/render_icons.py build/icons
iconutil -c icns build/icons/deskeditor.iconset -o build/icons/deskeditor.icns
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
echo "ok: the app in the .dmg starts and renders"
