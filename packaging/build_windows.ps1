# Builds dist\pos-app-<version>-setup.exe on Windows: venv, PyInstaller, NSIS.
# Usage (PowerShell, from anywhere):  powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
# -SkipInstaller stops after PyInstaller; -Makensis PATH names makensis.exe if not on PATH.
param(
    [switch]$SkipInstaller,
    [string]$Makensis = ""
)
$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

$Packaging = Split-Path -Parent $MyInvocation.MyCommand.Path
$Build = Join-Path $Packaging "build.py"

# The Python launcher picks the newest installed 3.11+; the till is built and tested on 3.11.
$Python = Get-Command py -ErrorAction SilentlyContinue
if ($null -eq $Python) {
    throw "The Python launcher 'py' was not found. Install Python 3.11 or later from python.org."
}

$BuildArgs = @($Build)
if ($SkipInstaller) { $BuildArgs += "--skip-installer" }
if ($Makensis -ne "") { $BuildArgs += @("--makensis", $Makensis) }

& py -3.11 @BuildArgs
if ($LASTEXITCODE -ne 0) {
    throw "packaging\build.py failed with exit code $LASTEXITCODE"
}
