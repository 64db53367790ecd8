/* mscms.dll for the smoke run under Wine only: never shipped, never in the bundle.
 *
 * Qt's qwindows.dll imports WcsCreateIccProfile from the colour-management DLL, which
 * Wine 8's mscms.dll does not export, so the platform plugin would not load. Every
 * colour-profile call here fails with "not supported" and Qt takes the screen as sRGB.
 * The smoke run loads it before Wine's own with WINEDLLOVERRIDES=mscms=n,b.
 *
 * Built by tools/build_windows.sh:  x86_64-w64-mingw32-gcc -shared -O2 -s -o mscms.dll mscms.c
 */
#include <windows.h>

#define EXPORT __declspec(dllexport)

EXPORT HANDLE WINAPI OpenColorProfileW(void *profile, DWORD access, DWORD share,
                                       DWORD creation)
{
    (void)profile; (void)access; (void)share; (void)creation;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}

EXPORT BOOL WINAPI CloseColorProfile(HANDLE profile)
{
    (void)profile;
    return TRUE;
}

EXPORT BOOL WINAPI GetColorProfileFromHandle(HANDLE profile, BYTE *buffer, DWORD *size)
{
    (void)profile; (void)buffer; (void)size;
    SetLastError(ERROR_NOT_SUPPORTED);
    return FALSE;
}

EXPORT HANDLE WINAPI WcsCreateIccProfile(HANDLE profile, DWORD intent)
{
    (void)profile; (void)intent;
    SetLastError(ERROR_NOT_SUPPORTED);
    return NULL;
}
