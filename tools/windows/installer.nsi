; The installer a shop double-clicks: DealerDesk-<version>-setup.exe.
; Made by tools/build_windows.sh with Debian's makensis, which passes
;   VERSION  the program's version      BUNDLE   the one-folder bundle (dist/windows/DealerDesk)
;   ICON     the program's .ico         OUTFILE  where the installer goes
;
; It installs for the current Windows user (no administrator needed) into
; %LOCALAPPDATA%\Programs\DealerDesk, adds a Start-menu entry and a desktop shortcut, and
; registers an uninstaller under "Apps and features". The uninstaller removes the program's
; own files only: the shop's data (%APPDATA%\DealerDesk: the database, its backups, the
; logs) is never touched, so reinstalling or upgrading finds everything as it was.

; A 64-bit installer for a 64-bit program (and it runs under a 64-bit-only Wine).
Target amd64-unicode
!include "MUI2.nsh"

!define APP "DealerDesk"
!define APP_ZH "车商客户管家"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP} ${APP_ZH}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "Software\${APP}" "InstallDir"
RequestExecutionLevel user
SetCompressor /SOLID lzma
ManifestDPIAware true
BrandingText "${APP} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP} ${APP_ZH} setup"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP}"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP}.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Chosen by the language of Windows; the first one when Windows speaks neither.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString DataKept ${LANG_SIMPCHINESE} "客户资料和备份仍保存在 $APPDATA\${APP}，没有删除。重新安装后即可继续使用。"
LangString DataKept ${LANG_ENGLISH} "Your customers and backups are kept in $APPDATA\${APP}; nothing there was removed. Install again to go on using them."
LangString StillRunning ${LANG_SIMPCHINESE} "请先关闭正在运行的 ${APP}，再点“确定”。"
LangString StillRunning ${LANG_ENGLISH} "Please close ${APP} first, then click OK."

Section "${APP}" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the program's files; a running copy holds them, so ask to close it.
  retry:
  ClearErrors
  Delete "$INSTDIR\${APP}.exe"
  IfErrors 0 +3
    MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDOK retry
    Abort
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateDirectory "$SMPROGRAMS\${APP}"
  CreateShortcut "$SMPROGRAMS\${APP}\${APP} ${APP_ZH}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0
  CreateShortcut "$DESKTOP\${APP_ZH}.lnk" "$INSTDIR\${APP}.exe" "" "$INSTDIR\${APP}.exe" 0

  WriteRegStr HKCU "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP} ${APP_ZH}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${APP}.exe,0"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only what the installer put there: never a recursive delete of $INSTDIR itself (it
  ; could have been pointed at a folder holding other things) and never $APPDATA\${APP}.
  retry:
  ClearErrors
  Delete "$INSTDIR\${APP}.exe"
  IfErrors 0 +3
    MessageBox MB_OKCANCEL|MB_ICONEXCLAMATION "$(StillRunning)" IDOK retry
    Abort
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"

  Delete "$SMPROGRAMS\${APP}\${APP} ${APP_ZH}.lnk"
  RMDir "$SMPROGRAMS\${APP}"
  Delete "$DESKTOP\${APP_ZH}.lnk"
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
  DeleteRegValue HKCU "Software\${APP}" "InstallDir"
  DeleteRegKey /ifempty HKCU "Software\${APP}"
  DetailPrint "$(DataKept)"
SectionEnd

Function un.onUninstSuccess
  IfSilent +2
    MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)"
FunctionEnd
