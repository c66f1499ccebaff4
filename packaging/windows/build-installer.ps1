# Build and smoke-test the Windows installer. Run from the repository root in
# PowerShell on Windows with Python 3.11+ and Inno Setup 6 (iscc on PATH or in
# its default folder).  .\packaging\windows\build-installer.ps1 [-Verify]
#
# Spelling: the pyenchant wheel for Windows carries Enchant, its Hunspell provider
# and their DLLs; PyInstaller's contrib hook-enchant.py bundles them. The en_US and
# en_GB dictionaries come from packaging\dictionaries (deskeditor.spec puts them in
# resources\dictionaries\hunspell, where the app points Enchant). -Verify checks a
# misspelling is found in US and UK English by the installed app.
param([switch]$Verify)
$ErrorActionPreference = "Stop"

python -m venv .venv
.\.venv\Scripts\python -m pip install --quiet --upgrade pip
.\.venv\Scripts\python -m pip install --quiet -e . --group package
$version = (.\.venv\Scripts\python -c "import deskeditor; print(deskeditor.__version__)").Trim()

$env:QT_QPA_PLATFORM = "offscreen"
.\.venv\Scripts\python packaging\render_icons.py build\icons
Remove-Item Env:QT_QPA_PLATFORM
.\.venv\Scripts\python scripts\translations.py --compile  # the window's .qm files
.\.venv\Scripts\pyinstaller --noconfirm --clean --log-level WARN `
  --distpath build\dist --workpath build\pyinstaller packaging\deskeditor.spec

$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc /Q "/DAppVersion=$version" packaging\windows\deskeditor.iss
if ($LASTEXITCODE -ne 0) { throw "iscc failed" }
$setup = "build\deskeditor-$version-windows-x64-setup.exe"
Write-Host "built $setup ($([math]::Round((Get-Item $setup).Length / 1MB)) MB)"
if (-not $Verify) { exit 0 }

# Install for this user only, silently; run; uninstall; check nothing is left.
$target = Join-Path $env:LOCALAPPDATA "Programs\Deskeditor"
Start-Process -Wait -FilePath $setup -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES", "/CURRENTUSER", "/NORESTART"
$cli = Join-Path $target "deskeditor-cli.exe"
if (-not (Test-Path $cli)) { throw "not installed at $target" }
$out = & $cli --version
if ($out -notlike "deskeditor $version") { throw "--version printed '$out'" }
$env:QT_QPA_PLATFORM = "offscreen"
$shot = Join-Path $env:TEMP "deskeditor-shot.png"
& $cli --demo --screenshot $shot
if ($LASTEXITCODE -ne 0 -or (Get-Item $shot).Length -lt 20000) { throw "screenshot failed" }
$copy = Join-Path $env:TEMP "deskeditor-spelling.txt"
Set-Content -Encoding utf8 -Path $copy -Value "Ferry returns`n`nThe council will recieve the colour report.`n"
$us = & $cli check $copy --json | Out-String
if ($us -notmatch '"id": "spelling"' -or $us -notmatch '"fix": "receive"') { throw "no en-US spelling: $us" }
$gb = & $cli check $copy --language en-GB --json | Out-String
if (([regex]::Matches($gb, '"id": "spelling"')).Count -ne 1) { throw "en-GB spelling wrong: $gb" }
if (-not (Test-Path "$env:APPDATA\Microsoft\Windows\Start Menu\Programs\Deskeditor.lnk")) {
  throw "no Start-menu entry"
}
Start-Process -Wait -FilePath (Join-Path $target "unins000.exe") -ArgumentList "/VERYSILENT", "/SUPPRESSMSGBOXES"
if (Test-Path $target) { throw "uninstall left $target behind" }
Write-Host "ok: installed per user, ran, uninstalled"
