; The Windows installer for pos-app (NSIS 3, Modern UI 2).
;
; Per-machine install: the program goes under Program Files, its shortcuts into the All Users
; Start menu, its Add/Remove Programs entry under HKLM, and the installer asks for
; administrator rights. Nothing is written per user: each Windows account keeps its own
; journal, settings and logs in %LOCALAPPDATA%\pos-app (created by the app on first start) and
; its own Stripe keys in Windows Credential Manager. The uninstaller touches none of those.
;
; Build (packaging/build.py does all of this):
;   python -m PyInstaller packaging/pos-app.spec         -> dist\pos-app\
;   python packaging/nsis_files.py dist\pos-app build\nsis  -> the file lists included below
;   makensis /DVERSION=x.y.z installer.nsi                 -> dist\pos-app-x.y.z-setup.exe

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

;--------------------------------------------------------------------------------------------
; Build-time parameters (override with /DNAME=value)

!ifndef VERSION
  !define VERSION "0.1.0"  ; kept equal to pos_app.__version__ (tests/packaging checks)
!endif
!ifndef VERSION_NUMERIC
  !define VERSION_NUMERIC "${VERSION}.0"  ; Windows wants four numbers; build.py passes them
!endif
!ifndef DIST_DIR
  !define DIST_DIR "dist\pos-app"  ; the PyInstaller COLLECT folder
!endif
!ifndef FILE_LISTS
  !define FILE_LISTS "build\nsis"  ; install_files.nsh / uninstall_files.nsh from nsis_files.py
!endif
!ifndef OUTFILE
  !define OUTFILE "dist\pos-app-${VERSION}-setup.exe"
!endif

!define APP_NAME "pos-app"
!define GUI_EXE "pos-app.exe"
!define DEBUG_EXE "pos-app-debug.exe"
!define UNINSTALLER "uninstall.exe"
!define PUBLISHER "pos_app developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define DATA_FOLDER "%LOCALAPPDATA%\pos-app"
!define SANDBOX_SHORTCUT "pos-app (training sandbox)"

!if ! /FileExists "${DIST_DIR}\${GUI_EXE}"
  !error "No ${DIST_DIR}\${GUI_EXE}: build the app with PyInstaller first (packaging/build.py)."
!endif
!if ! /FileExists "${FILE_LISTS}\install_files.nsh"
  !error "No ${FILE_LISTS}\install_files.nsh: run packaging/nsis_files.py (packaging/build.py)."
!endif

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"
!include "FileFunc.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP_NAME}"
RequestExecutionLevel admin
BrandingText "${APP_NAME} ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION_NUMERIC}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} ${VERSION} installer"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "GNU GPL version 3 or later"

Var Running  ; 1 while pos-app.exe or pos-app-debug.exe in $INSTDIR is in use

;--------------------------------------------------------------------------------------------
; Pages

!define MUI_ABORTWARNING
!if /FileExists "resources\icons\app.ico"
  !define MUI_ICON "resources\icons\app.ico"
  !define MUI_UNICON "resources\icons\app.ico"
!endif

!define MUI_WELCOMEPAGE_TEXT "This installs ${APP_NAME} ${VERSION}, a card-payment till for shops that use Stripe, for every user of this computer.$\r$\n$\r$\nIf ${APP_NAME} is open, finish or void the sale in progress and close it before you continue."
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_LICENSE "packaging\LICENSE-NOTICE.txt"
!insertmacro MUI_PAGE_COMPONENTS
!define MUI_PAGE_CUSTOMFUNCTION_LEAVE DirectoryLeave
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
; No "Run now" box: the installer runs as an administrator, and the till must start as the
; cashier's own account so that its data and keys land in that account.
!define MUI_FINISHPAGE_TEXT "${APP_NAME} is installed. Start it from the Start menu as the account that runs the till; the first start asks for your Stripe keys.$\r$\n$\r$\nTo practise without a Stripe account, use the ${SANDBOX_SHORTCUT} shortcut."
!insertmacro MUI_PAGE_FINISH

!define MUI_WELCOMEPAGE_TITLE "Uninstall ${APP_NAME}"
!define MUI_WELCOMEPAGE_TEXT "This removes the ${APP_NAME} program files and shortcuts.$\r$\n$\r$\nYour sales journal, receipts, settings and logs stay in ${DATA_FOLDER} in each user's profile. The journal is a financial record of every card payment: keep it, or archive it, for as long as your tax and accounting rules require.$\r$\n$\r$\nYour Stripe keys stay in Windows Credential Manager (entries named ${APP_NAME}); remove them there if this computer leaves the shop."
!insertmacro MUI_UNPAGE_WELCOME
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Only the program files are removed. The sales journal (a financial record), receipts, settings, logs and Stripe keys are kept."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"

;--------------------------------------------------------------------------------------------
; "Still running?" check, shared by installer and uninstaller.
;
; A running program's .exe cannot be opened for writing on Windows, whichever user account runs
; it, so trying to open both executables is a reliable test that needs no plug-in, no window
; title and no help from the app (the sandbox server child is a pos-app.exe too).

!macro DEFINE_RUNNING_CHECK PREFIX
Function ${PREFIX}FindRunningTill
  Push $0
  StrCpy $Running 0
  ${If} ${FileExists} "$INSTDIR\${GUI_EXE}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${GUI_EXE}" a
    ${If} ${Errors}
      StrCpy $Running 1
    ${Else}
      FileClose $0
    ${EndIf}
  ${EndIf}
  ${If} ${FileExists} "$INSTDIR\${DEBUG_EXE}"
    ClearErrors
    FileOpen $0 "$INSTDIR\${DEBUG_EXE}" a
    ${If} ${Errors}
      StrCpy $Running 1
    ${Else}
      FileClose $0
    ${EndIf}
  ${EndIf}
  Pop $0
FunctionEnd
!macroend
!insertmacro DEFINE_RUNNING_CHECK ""
!insertmacro DEFINE_RUNNING_CHECK "un."

; Ask until the till is closed; Cancel aborts (quits in .onInit, stays on a page, fails a
; section). Silent runs answer Cancel, so they never replace files under a running till.
!macro REQUIRE_TILL_CLOSED PREFIX
  ${Do}
    Call ${PREFIX}FindRunningTill
    ${If} $Running == 0
      ${Break}
    ${EndIf}
    ${IfNot} ${Cmd} `MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "${APP_NAME} is still running from $INSTDIR.$\r$\n$\r$\nFinish or void the sale in progress, close ${APP_NAME} (and its training sandbox) on every user account of this computer, then press Retry." /SD IDCANCEL IDRETRY`
      Abort
    ${EndIf}
  ${Loop}
!macroend

;--------------------------------------------------------------------------------------------
; Installer

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} needs 64-bit Windows 10 or later." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; An upgrade goes where the previous version is, unless /D= chose another folder.
  ReadRegStr $0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} $INSTDIR == "$PROGRAMFILES64\${APP_NAME}"
    StrCpy $INSTDIR $0
  ${EndIf}
  !insertmacro REQUIRE_TILL_CLOSED ""
FunctionEnd

Function DirectoryLeave
  !insertmacro REQUIRE_TILL_CLOSED ""
FunctionEnd

; Remove the previous version's files with its own uninstaller (which deletes only the files it
; listed), so that files a newer build no longer ships do not linger.
Function RemovePreviousVersion
  ${If} ${FileExists} "$INSTDIR\${UNINSTALLER}"
    DetailPrint "Removing the previous version's program files"
    ExecWait '"$INSTDIR\${UNINSTALLER}" /S _?=$INSTDIR' $0
    ${If} $0 != 0
      Abort "The previous version could not be removed (code $0); nothing was changed."
    ${EndIf}
    Delete "$INSTDIR\${UNINSTALLER}"
  ${EndIf}
FunctionEnd

Section "${APP_NAME} (required)" SecApp
  SectionIn RO
  !insertmacro REQUIRE_TILL_CLOSED ""
  Call RemovePreviousVersion

  SetOutPath "$INSTDIR"
  !include /CHARSET=UTF8 "${FILE_LISTS}\install_files.nsh"
  SetOutPath "$INSTDIR"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${SANDBOX_SHORTCUT}.lnk" "$INSTDIR\${GUI_EXE}" "--sandbox" "$INSTDIR\${GUI_EXE}" 0
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Uninstall ${APP_NAME}.lnk" "$INSTDIR\${UNINSTALLER}"

  ; Add/Remove Programs entry (HKLM, 64-bit view: a per-machine install).
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE},0"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "EstimatedSize" "$0"
SectionEnd

Section "Desktop shortcuts" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
  CreateShortcut "$DESKTOP\${SANDBOX_SHORTCUT}.lnk" "$INSTDIR\${GUI_EXE}" "--sandbox" "$INSTDIR\${GUI_EXE}" 0
SectionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecApp} "The till program, its Start-menu shortcuts (including the training sandbox) and the Add/Remove Programs entry."
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "Shortcuts to ${APP_NAME} and to its training sandbox on every user's desktop."
!insertmacro MUI_FUNCTION_DESCRIPTION_END

;--------------------------------------------------------------------------------------------
; Uninstaller: removes the files it installed, one by one, and folders only once empty.
; Never touched: each user's ${DATA_FOLDER} (journal, receipts, settings, logs) and the
; Stripe keys in Windows Credential Manager.

Function un.onInit
  SetRegView 64
  SetShellVarContext all
  !insertmacro REQUIRE_TILL_CLOSED "un."
FunctionEnd

Section "Uninstall"
  !insertmacro REQUIRE_TILL_CLOSED "un."

  !include /CHARSET=UTF8 "${FILE_LISTS}\uninstall_files.nsh"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  ${If} ${FileExists} "$INSTDIR\*.*"
    DetailPrint "Kept $INSTDIR: it holds files ${APP_NAME} did not install."
  ${EndIf}

  Delete "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\${SANDBOX_SHORTCUT}.lnk"
  Delete "$SMPROGRAMS\${APP_NAME}\Uninstall ${APP_NAME}.lnk"
  RMDir "$SMPROGRAMS\${APP_NAME}"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  Delete "$DESKTOP\${SANDBOX_SHORTCUT}.lnk"

  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
