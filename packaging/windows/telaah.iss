; Inno Setup script: a Windows installer for the PyInstaller bundle.
; Build the bundle first (python packaging\build_bundle.py), then:
;   iscc /DAppVersion=0.1.0 packaging\windows\telaah.iss
; The installer goes to dist\installer\Telaah-<version>-setup.exe. It installs per user
; (no administrator rights needed), adds a Start-menu entry (and optionally a desktop
; icon), and opens .telaah files with Telaah on double-click.
; NOT TESTED on Linux CI: see packaging/README.md and .github/workflows/bundles.yml.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define Root "..\.."

[Setup]
AppId={{6C1B7F4E-3D2A-4E59-9A55-7E5B1F0C2D8A}
AppName=Telaah
AppVersion={#AppVersion}
AppPublisher=The Telaah developers
DefaultDirName={autopf}\Telaah
DefaultGroupName=Telaah
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir={#Root}\dist\installer
OutputBaseFilename=Telaah-{#AppVersion}-setup
SetupIconFile={#Root}\app\icons\telaah.ico
UninstallDisplayIcon={app}\telaah-gui.exe
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
LicenseFile={#Root}\packaging\LICENSE-NOTICE.txt

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "indonesian"; MessagesFile: "compiler:Languages\Indonesian.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\telaah\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Telaah"; Filename: "{app}\telaah-gui.exe"
Name: "{group}\{cm:UninstallProgram,Telaah}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Telaah"; Filename: "{app}\telaah-gui.exe"; Tasks: desktopicon

[Registry]
; .telaah -> Telaah.Project -> "telaah-gui.exe" "%1" (per user: HKCU\Software\Classes)
Root: HKA; Subkey: "Software\Classes\.telaah"; ValueType: string; ValueName: ""; ValueData: "Telaah.Project"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Telaah.Project"; ValueType: string; ValueName: ""; ValueData: "Telaah project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Telaah.Project\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\telaah-gui.exe,0"
Root: HKA; Subkey: "Software\Classes\Telaah.Project\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\telaah-gui.exe"" ""%1"""

[Run]
Filename: "{app}\telaah-gui.exe"; Description: "{cm:LaunchProgram,Telaah}"; Flags: nowait postinstall skipifsilent
