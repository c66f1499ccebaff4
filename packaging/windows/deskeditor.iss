; Inno Setup 6 script for Deskeditor: a per-user install that needs no admin rights.
; Build (from the repository root, after PyInstaller has filled build\dist\deskeditor):
;   iscc /DAppVersion=0.1.0 packaging\windows\deskeditor.iss
#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z
#endif

[Setup]
AppId={{6F1C2A9E-5D0B-4C61-9B7E-3E2D8A4F7C10}
AppName=Deskeditor
AppVersion={#AppVersion}
AppVerName=Deskeditor {#AppVersion}
AppPublisher=Deskeditor developers
; Per-user by default ({autopf} is %LOCALAPPDATA%\Programs then); an admin may
; still choose an all-users install in the dialog.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\Deskeditor
DefaultGroupName=Deskeditor
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build
OutputBaseFilename=deskeditor-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\icons\deskeditor.ico
UninstallDisplayIcon={app}\deskeditor.exe
UninstallDisplayName=Deskeditor
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\build\dist\deskeditor\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Deskeditor"; Filename: "{app}\deskeditor.exe"; AppUserModelID: "org.deskeditor.Deskeditor"
Name: "{autodesktop}\Deskeditor"; Filename: "{app}\deskeditor.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\deskeditor.exe"; Description: "{cm:LaunchProgram,Deskeditor}"; Flags: nowait postinstall skipifsilent

; The user's database lives in %LOCALAPPDATA%\Deskeditor and is never removed
; by the uninstaller: articles outlive the program.
