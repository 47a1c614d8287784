/* A stand-in for Windows 10's system ICU (icuuc.dll), for the Wine check ONLY.
 *
 * Qt 6's Qt6Core.dll imports 20 ucnv_* functions from icuuc.dll, which Debian's Wine 8
 * does not have, so no Qt module loads under it. Qt converts UTF-8, UTF-16, UTF-32 and
 * Latin-1 itself and asks ICU only for other encodings; this stub opens no converter
 * (ucnv_open fails with U_FILE_ACCESS_ERROR, as a real ICU does for an unknown name)
 * and lists none, so Qt falls back to its own codecs. SmartDesk never ships it:
 * real Windows has the real icuuc.dll. Built and installed by packaging/windows-check.sh:
 *
 *   x86_64-w64-mingw32-gcc -shared -O2 -o icuuc.dll icuuc_stub.c icuuc_stub.def
 */
#include <stddef.h>
#include <stdint.h>

typedef int32_t UErrorCode; /* ICU's enum: 0 is U_ZERO_ERROR, > 0 a failure */
typedef uint16_t UChar;
typedef void UConverter;
typedef void (*Callback)(void);

enum { U_FILE_ACCESS_ERROR = 4, U_UNSUPPORTED_ERROR = 16 };

static void fail(UErrorCode *status, UErrorCode code) {
    if (status != NULL && *status <= 0) *status = code;
}

UConverter *ucnv_open(const char *name, UErrorCode *status) {
    (void)name;
    fail(status, U_FILE_ACCESS_ERROR);
    return NULL;
}

int32_t ucnv_countAvailable(void) { return 0; }
const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }

const char *ucnv_getStandardName(const char *name, const char *standard, UErrorCode *status) {
    (void)name; (void)standard;
    fail(status, U_UNSUPPORTED_ERROR);
    return NULL;
}

/* Below: only ever called with a converter ucnv_open gave, which never happens. */
void ucnv_close(UConverter *c) { (void)c; }
void ucnv_reset(UConverter *c) { (void)c; }
int8_t ucnv_getMaxCharSize(const UConverter *c) { (void)c; return 1; }

const char *ucnv_getName(const UConverter *c, UErrorCode *status) {
    (void)c;
    fail(status, U_UNSUPPORTED_ERROR);
    return NULL;
}

void ucnv_getToUCallBack(const UConverter *c, Callback *action, const void **context) {
    (void)c;
    if (action) *action = NULL;
    if (context) *context = NULL;
}

void ucnv_getFromUCallBack(const UConverter *c, Callback *action, const void **context) {
    ucnv_getToUCallBack(c, action, context);
}

void ucnv_setToUCallBack(UConverter *c, Callback action, const void *context,
                         Callback *old_action, const void **old_context, UErrorCode *status) {
    (void)action; (void)context;
    ucnv_getToUCallBack(c, old_action, old_context);
    fail(status, U_UNSUPPORTED_ERROR);
}

void ucnv_setFromUCallBack(UConverter *c, Callback action, const void *context,
                           Callback *old_action, const void **old_context, UErrorCode *status) {
    ucnv_setToUCallBack(c, action, context, old_action, old_context, status);
}

void ucnv_toUnicode(UConverter *c, UChar **target, const UChar *target_limit,
                    const char **source, const char *source_limit, int32_t *offsets,
                    int8_t flush, UErrorCode *status) {
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    fail(status, U_UNSUPPORTED_ERROR);
}

void ucnv_fromUnicode(UConverter *c, char **target, const char *target_limit,
                      const UChar **source, const UChar *source_limit, int32_t *offsets,
                      int8_t flush, UErrorCode *status) {
    (void)c; (void)target; (void)target_limit; (void)source; (void)source_limit;
    (void)offsets; (void)flush;
    fail(status, U_UNSUPPORTED_ERROR);
}

int32_t ucnv_toUCountPending(const UConverter *c, UErrorCode *status) {
    (void)c;
    fail(status, U_UNSUPPORTED_ERROR);
    return 0;
}

int32_t ucnv_fromUCountPending(const UConverter *c, UErrorCode *status) {
    return ucnv_toUCountPending(c, status);
}

void ucnv_cbToUWriteUChars(void *args, const UChar *source, int32_t length, int32_t offset,
                           UErrorCode *status) {
    (void)args; (void)source; (void)length; (void)offset;
    fail(status, U_UNSUPPORTED_ERROR);
}

void ucnv_cbFromUWriteUChars(void *args, const UChar **source, const UChar *source_limit,
                             int32_t offset, UErrorCode *status) {
    (void)args; (void)source; (void)source_limit; (void)offset;
    fail(status, U_UNSUPPORTED_ERROR);
}

/* The callbacks Qt installs by address: "substitute" with nothing to substitute. */
void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const UChar *units,
                                     int32_t length, int32_t code_point, int reason,
                                     UErrorCode *status) {
    (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason;
    (void)status;
}

void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *bytes,
                                   int32_t length, int reason, UErrorCode *status) {
    (void)context; (void)args; (void)bytes; (void)length; (void)reason; (void)status;
}
