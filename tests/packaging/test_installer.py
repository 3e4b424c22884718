"""installer.nsi: the files the spec builds, a clean Add/Remove Programs entry, a safe uninstall."""

from __future__ import annotations

import re

from tests.packaging.support import PACKAGING, REPO_ROOT, nsi_code, nsi_text, spec_constant

UNINSTALL_VALUES = (
    "DisplayName",
    "DisplayVersion",
    "Publisher",
    "DisplayIcon",
    "UninstallString",
    "QuietUninstallString",
    "InstallLocation",
    "EstimatedSize",
    "NoModify",
    "NoRepair",
)


def _define(name: str) -> str:
    match = re.search(rf'!define {name} "([^"]*)"', nsi_code())
    assert match is not None, f"installer.nsi defines no {name}"
    return match.group(1)


def test_installer_installs_the_exes_the_spec_builds() -> None:
    assert _define("GUI_EXE") == f"{spec_constant('GUI_EXE')}.exe"
    assert _define("DEBUG_EXE") == f"{spec_constant('DEBUG_EXE')}.exe"
    assert _define("DIST_DIR") == f"dist\\{spec_constant('APP_NAME')}"
    assert '!include /CHARSET=UTF8 "${FILE_LISTS}\\install_files.nsh"' in nsi_code()
    assert '!include /CHARSET=UTF8 "${FILE_LISTS}\\uninstall_files.nsh"' in nsi_code()


def test_add_remove_programs_entry_is_complete_and_per_machine() -> None:
    code = nsi_code()
    assert _define("UNINSTALL_KEY").startswith(
        "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
    )
    written = re.findall(r'WriteReg(?:Str|DWORD) HKLM "\$\{UNINSTALL_KEY\}" "(\w+)"', code)
    assert sorted(written) == sorted(UNINSTALL_VALUES)
    assert 'DeleteRegKey HKLM "${UNINSTALL_KEY}"' in code
    # One scope, not a mix: admin, Program Files, HKLM, All Users shortcuts.
    assert "RequestExecutionLevel admin" in code
    assert "HKCU" not in code
    assert 'InstallDir "$PROGRAMFILES64\\${APP_NAME}"' in code
    assert code.count("SetShellVarContext all") == 2  # installer and uninstaller


def test_uninstaller_never_deletes_the_install_folder_recursively() -> None:
    code = nsi_code()
    assert not re.search(r"RMDir\s+/r", code, re.I), "RMDir /r would take files it never put there"
    assert 'RMDir "$INSTDIR"' in code


def test_uninstaller_keeps_the_journal_and_says_so() -> None:
    text = nsi_text()
    # The data folder is only ever named in page text (through DATA_FOLDER), never operated on.
    operations = nsi_code().replace('!define DATA_FOLDER "%LOCALAPPDATA%\\pos-app"', "")
    for folder in ("LOCALAPPDATA", "$APPDATA", "$PROFILE"):
        assert folder not in operations, folder
    assert "financial record" in text
    assert "Credential Manager" in text
    assert "MUI_UNPAGE_WELCOME" in text and "MUI_UNCONFIRMPAGE_TEXT_TOP" in text


def test_a_running_till_blocks_install_and_uninstall() -> None:
    code = nsi_code()
    assert 'FileOpen $0 "$INSTDIR\\${GUI_EXE}" a' in code
    assert 'FileOpen $0 "$INSTDIR\\${DEBUG_EXE}" a' in code
    for function in ("Function .onInit", "Function un.onInit", "Function DirectoryLeave"):
        body = code.split(function, 1)[1].split("FunctionEnd", 1)[0]
        assert "REQUIRE_TILL_CLOSED" in body, function
    uninstall = code.split('Section "Uninstall"', 1)[1]
    assert '!insertmacro REQUIRE_TILL_CLOSED "un."' in uninstall
    assert "is still running" in code and "/SD IDCANCEL" in code


def test_shortcuts_include_the_training_sandbox() -> None:
    code = nsi_code()
    assert _define("SANDBOX_SHORTCUT") == "pos-app (training sandbox)"
    sandbox = re.findall(r'CreateShortcut "([^"]*)" "\$INSTDIR\\\$\{GUI_EXE\}" "--sandbox"', code)
    assert sorted(sandbox) == [
        "$DESKTOP\\${SANDBOX_SHORTCUT}.lnk",
        "$SMPROGRAMS\\${APP_NAME}\\${SANDBOX_SHORTCUT}.lnk",
    ]
    assert 'Section "Desktop shortcuts" SecDesktop' in code  # optional: a components-page box
    for created in re.findall(r'CreateShortcut "([^"]*)"', code):
        assert f'Delete "{created}"' in code, f"uninstall leaves {created}"


def test_installer_shows_the_licence_notice() -> None:
    notice = PACKAGING / "LICENSE-NOTICE.txt"
    assert 'MUI_PAGE_LICENSE "packaging\\LICENSE-NOTICE.txt"' in nsi_code()
    text = notice.read_text(encoding="ascii")  # ASCII: shown as-is by the Unicode installer
    assert "https://www.gnu.org/licenses/gpl-3.0.txt" in text
    assert "GPL-3.0-or-later" in text
    assert len(text) < 5000, "a summary, not the whole GPL"


def test_installer_icon_is_the_app_icon() -> None:
    assert '!define MUI_ICON "resources\\icons\\app.ico"' in nsi_code()
    assert (REPO_ROOT / "resources" / "icons" / "app.ico").is_file()
