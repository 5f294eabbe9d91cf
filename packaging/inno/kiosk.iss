; Inno Setup 6 script of the Sister-City Kiosk Windows installer.
;
; Build on Windows, from the repository root, after the PyInstaller bundle:
;   .venv\Scripts\python packaging\build_dist.py bundle
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\inno\kiosk.iss
; -> dist\sister-city-kiosk-<version>-setup.exe. See docs\install-windows.md.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Sister-City Kiosk"
#define BundleDir "..\..\dist\sister-city-kiosk"
#define IconFile "..\..\build\icons\sister-city-kiosk.ico"

[Setup]
; AppId identifies the product to Windows across versions: never change it.
AppId={{FB94CEA6-4474-405B-901A-87984FE1E595}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Sister-City Kiosk team
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; A kiosk is installed once for the whole machine: into Program Files, for every account.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=sister-city-kiosk-{#AppVersion}-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\kioskw.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesEnvironment=yes
; Close a running kiosk before replacing its files, and start it again afterwards.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "Add the kiosk command to the system PATH (for ""kiosk check"" and ""kiosk shot"")"; GroupDescription: "Command line:"

[Files]
; The whole one-folder bundle: kiosk.exe (console), kioskw.exe (no console) and _internal\.
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\kioskw.exe"; Parameters: "run"; WorkingDir: "{app}"; Comment: "Karachi, Shenyang's 22nd sister city"
Name: "{autoprograms}\{#AppName} (full screen kiosk)"; Filename: "{app}\kioskw.exe"; Parameters: "run --kiosk"; WorkingDir: "{app}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\kioskw.exe"; Parameters: "run"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\kioskw.exe"; Parameters: "run"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// The installer adds {app} to the machine PATH (task "addtopath") and the uninstaller takes
// it out again, leaving every other entry as it was.
const
  EnvironmentKey = 'SYSTEM\CurrentControlSet\Control\Session Manager\Environment';

function PathPosition(Paths, Dir: string): Integer;
begin
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Paths) + ';');
end;

procedure AddToPath(Dir: string);
var
  Paths: string;
begin
  if not RegQueryStringValue(HKLM, EnvironmentKey, 'Path', Paths) then
    Paths := '';
  if PathPosition(Paths, Dir) > 0 then
    exit;
  if (Paths <> '') and (Copy(Paths, Length(Paths), 1) <> ';') then
    Paths := Paths + ';';
  RegWriteExpandStringValue(HKLM, EnvironmentKey, 'Path', Paths + Dir);
end;

procedure RemoveFromPath(Dir: string);
var
  Paths: string;
  Position: Integer;
begin
  if not RegQueryStringValue(HKLM, EnvironmentKey, 'Path', Paths) then
    exit;
  Position := PathPosition(Paths, Dir);
  if Position = 0 then
    exit;
  // Dir starts at Position in Paths; drop it with the separator before it (or after it,
  // when it is the first entry).
  if Position > 1 then
    Delete(Paths, Position - 1, Length(Dir) + 1)
  else
    Delete(Paths, 1, Length(Dir) + 1);
  RegWriteExpandStringValue(HKLM, EnvironmentKey, 'Path', Paths);
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and WizardIsTaskSelected('addtopath') then
    AddToPath(ExpandConstant('{app}'));
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RemoveFromPath(ExpandConstant('{app}'));
end;
