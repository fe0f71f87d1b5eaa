; Inno Setup script for the Windows installer; build_installer.py runs it on Windows after PyInstaller.
; Not exercised in CI (Linux only); the version is read from the environment build_installer.py sets.
#define AppVersion GetEnv("AGENT_CONSOLE_VERSION")
[Setup]
AppId={{6C1D2E84-7A0B-4F7E-9A55-1B0F5A2C3D11}
AppName=Agent Console
AppVersion={#AppVersion}
DefaultDirName={autopf}\Agent Console
DefaultGroupName=Agent Console
OutputDir=..\dist
OutputBaseFilename=agent-console-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
PrivilegesRequired=lowest
[Files]
Source: "..\dist\agent-console\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion
[Icons]
Name: "{group}\Agent Console"; Filename: "{app}\agent-console.exe"
Name: "{userdesktop}\Agent Console"; Filename: "{app}\agent-console.exe"; Tasks: desktopicon
[Tasks]
Name: "desktopicon"; Description: "Create a desktop shortcut"; Flags: unchecked
[Run]
Filename: "{app}\agent-console.exe"; Parameters: "--demo"; Description: "Start Agent Console on demo data"; Flags: nowait postinstall skipifsilent
