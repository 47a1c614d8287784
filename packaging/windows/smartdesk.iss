; Inno Setup script: per-user SmartDesk installer (no administrator rights).
;
;   iscc /DAppVersion=0.1.0 packaging\windows\smartdesk.iss
;
; Expects the PyInstaller bundle in dist\SmartDesk (packaging\build-windows.ps1 makes it)
; and writes dist\SmartDesk-<version>-windows-x64-setup.exe. Installs into
; %LOCALAPPDATA%\Programs\SmartDesk, adds a Start-menu entry, and registers .smartdesk
; files for the current user only (HKCU\Software\Classes); uninstalling removes all three.
; The user's workshop files, settings and backups are never touched.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=X.Y.Z smartdesk.iss
#endif

#define AppName "SmartDesk"
#define AppExe "SmartDesk.exe"
#define ProgId "SmartDesk.Workshop"

[Setup]
AppId={{8E4C2B71-5D3A-4F0E-9B6C-2A7D1E9F4C30}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=SmartDesk
VersionInfoVersion={#AppVersion}
; Per-user install: no UAC prompt, nothing outside the user's profile.
PrivilegesRequired=lowest
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
SetupIconFile=..\..\resources\icons\smartdesk.ico
SourceDir=.
OutputDir=..\..\dist
OutputBaseFilename=SmartDesk-{#AppVersion}-windows-x64-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: SmartDesk.exe (window), smartdesk-cli.exe (command line), _internal\.
Source: "..\..\dist\SmartDesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the bundle wholesale, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .smartdesk -> SmartDesk.Workshop, per user. uninsdeletekey/uninsdeletevalue undo it.
Root: HKCU; Subkey: "Software\Classes\.smartdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.smartdesk"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-smartdesk"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.smartdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "SmartDesk workshop"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"",0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".smartdesk"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put in {app}; per-user settings and backups stay with the user.
Type: filesandordirs; Name: "{app}\_internal"
