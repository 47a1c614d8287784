# Build the Windows bundle and installer, with the same smoke test as Linux.
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#
# Needs Python 3.11 with SmartDesk's dependencies installed (pip install .) and Inno Setup 6
# (iscc.exe on PATH or in its default folder). Writes build\ and dist\:
#   dist\SmartDesk\                                    SmartDesk.exe, smartdesk-cli.exe, _internal\
#   dist\SmartDesk-<version>-windows-x64-setup.exe     per-user installer (no admin rights)
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
function Invoke-Checked {
    param([string]$What, [scriptblock]$Command)
    & $Command
    if ($LASTEXITCODE -ne 0) { throw "$What failed (exit status $LASTEXITCODE)" }
}

$version = & $python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE -ne 0) { throw "could not read the version from pyproject.toml" }

& $python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) {
    Invoke-Checked "installing PyInstaller" { & $python -m pip install -q "pyinstaller>=6.10" }
}

Write-Host "== building SmartDesk $version"
$watch = [System.Diagnostics.Stopwatch]::StartNew()
if (Test-Path dist\SmartDesk) { Remove-Item -Recurse -Force dist\SmartDesk }
Invoke-Checked "PyInstaller" {
    & $python -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build\pyinstaller packaging\smartdesk.spec
}
$watch.Stop()
foreach ($exe in "SmartDesk.exe", "smartdesk-cli.exe") {
    if (-not (Test-Path "dist\SmartDesk\$exe")) { throw "dist\SmartDesk\$exe is missing" }
}
$files = Get-ChildItem -Recurse -File dist\SmartDesk
$bytes = ($files | Measure-Object -Property Length -Sum).Sum

Write-Host "== smoke test of the bundled executables"
Invoke-Checked "smoke test" { & $python packaging\smoke_test.py dist\SmartDesk }
# Welsh and emoji text written to a file, a pipe and the console; stale and live locks.
Invoke-Checked "Windows smoke test" { & $python packaging\windows_smoke.py --cli dist\SmartDesk\smartdesk-cli.exe }

Write-Host "== installer"
$iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) {
    $iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
              "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } | Select-Object -First 1
}
if (-not $iscc) { throw "Inno Setup 6 (iscc.exe) not found: install it (choco install innosetup)" }
Invoke-Checked "iscc" { & $iscc "/DAppVersion=$version" /Q packaging\windows\smartdesk.iss }
$setup = "dist\SmartDesk-$version-windows-x64-setup.exe"
if (-not (Test-Path $setup)) { throw "$setup was not produced" }

Write-Host ""
Write-Host "== figures: SmartDesk $version, windows-x64"
Write-Host ("  build time      {0,7:N1} s" -f $watch.Elapsed.TotalSeconds)
Write-Host ("  bundle size     {0,7:N1} MB unpacked" -f ($bytes / 1e6))
Write-Host ("  bundle files    {0,7}" -f $files.Count)
Write-Host ("  installer       {0,7:N1} MB: {1}" -f ((Get-Item $setup).Length / 1e6), $setup)
