/* icuuc.dll for the smoke run under Wine only: never shipped, never in the bundle.
 *
 * Qt's Windows build loads the ICU converters (ucnv_*) from the icuuc.dll that Windows 10
 * (1903 and later) keeps in System32. Wine 8 has no such DLL, so Qt6Core.dll would not
 * load at all. Here every converter is reported missing; Qt then uses the UTF-8, UTF-16
 * and Latin-1 codecs it carries itself, which is all DealerDesk asks of it.
 *
 * Built by tools/build_windows.sh:  x86_64-w64-mingw32-gcc -shared -O2 -s -o icuuc.dll icuuc.c
 */
#include <stddef.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4

typedef int UErrorCode;
typedef unsigned short UChar;
typedef signed char UBool;

static void missing(UErrorCode *status)
{
    /* ICU only sets an error over a success code (zero or below). */
    if (status != NULL && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
}

EXPORT void *ucnv_open(const char *name, UErrorCode *status) { missing(status); return NULL; }
EXPORT void ucnv_close(void *conv) { (void)conv; }
EXPORT void ucnv_reset(void *conv) { (void)conv; }
EXPORT signed char ucnv_getMaxCharSize(const void *conv) { (void)conv; return 4; }
EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }

EXPORT const char *ucnv_getName(const void *conv, UErrorCode *status)
{
    (void)conv; missing(status); return NULL;
}

EXPORT const char *ucnv_getStandardName(const char *name, const char *standard,
                                        UErrorCode *status)
{
    (void)name; (void)standard; missing(status); return NULL;
}

EXPORT void ucnv_getToUCallBack(const void *conv, void **action, const void **context)
{
    (void)conv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

EXPORT void ucnv_getFromUCallBack(const void *conv, void **action, const void **context)
{
    (void)conv;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

EXPORT void ucnv_setToUCallBack(void *conv, void *action, const void *context,
                                void **old_action, const void **old_context,
                                UErrorCode *status)
{
    (void)conv; (void)action; (void)context; (void)old_action; (void)old_context;
    missing(status);
}

EXPORT void ucnv_setFromUCallBack(void *conv, void *action, const void *context,
                                  void **old_action, const void **old_context,
                                  UErrorCode *status)
{
    (void)conv; (void)action; (void)context; (void)old_action; (void)old_context;
    missing(status);
}

EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args,
                                          const char *units, int length, int reason,
                                          UErrorCode *status)
{
    (void)context; (void)args; (void)units; (void)length; (void)reason; (void)status;
}

EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args,
                                            const UChar *units, int length, int code_point,
                                            int reason, UErrorCode *status)
{
    (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason;
    (void)status;
}

EXPORT void ucnv_cbToUWriteUChars(void *args, const UChar *source, int length, int offset,
                                  UErrorCode *status)
{
    (void)args; (void)source; (void)length; (void)offset; missing(status);
}

EXPORT void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *limit,
                                    int offset, UErrorCode *status)
{
    (void)args; (void)source; (void)limit; (void)offset; missing(status);
}

EXPORT void ucnv_toUnicode(void *conv, UChar **target, const UChar *target_limit,
                           const char **source, const char *source_limit, int *offsets,
                           UBool flush, UErrorCode *status)
{
    (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush; missing(status);
}

EXPORT void ucnv_fromUnicode(void *conv, char **target, const char *target_limit,
                             const UChar **source, const UChar *source_limit, int *offsets,
                             UBool flush, UErrorCode *status)
{
    (void)conv; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush; missing(status);
}

EXPORT int ucnv_toUCountPending(const void *conv, UErrorCode *status)
{
    (void)conv; (void)status; return 0;
}

EXPORT int ucnv_fromUCountPending(const void *conv, UErrorCode *status)
{
    (void)conv; (void)status; return 0;
}
