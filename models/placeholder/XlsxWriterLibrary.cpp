#include "XlsxWriterLibrary.h"

#include <QCoreApplication>

#include <dlfcn.h>
#include <mutex>

namespace Cutover::XlsxWriter {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cutover::XlsxWriter)
};

constexpr const char *kLibrary = "libxlsxwriter.so." LXW_SOVERSION;

} // namespace

#define CUTOVER_LXW_DEFINE(name) decltype(&::name) name = nullptr;
CUTOVER_LXW_FUNCTIONS(CUTOVER_LXW_DEFINE)
#undef CUTOVER_LXW_DEFINE

bool load(QString *error)
{
    static std::once_flag once;
    static QString failure; // empty when loaded
    std::call_once(once, [] {
        void *library = dlopen(kLibrary, RTLD_NOW | RTLD_LOCAL | RTLD_DEEPBIND);
        if (!library) {
            failure = Tr::tr("Cannot write workbooks: the library %1 could not be loaded (%2). Install the "
                             "libxlsxwriter%3 package.")
                          .arg(QString::fromLatin1(kLibrary), QString::fromLocal8Bit(dlerror()),
                               QStringLiteral(LXW_SOVERSION));
            return;
        }
#define CUTOVER_LXW_RESOLVE(name)                                                                                      \
    name = reinterpret_cast<decltype(name)>(dlsym(library, #name));                                                    \
    if (!name) {                                                                                                       \
        failure = Tr::tr("Cannot write workbooks: the library %1 has no function %2; it is too old.")                  \
                      .arg(QString::fromLatin1(kLibrary), QStringLiteral(#name));                                      \
    }
        CUTOVER_LXW_FUNCTIONS(CUTOVER_LXW_RESOLVE)
#undef CUTOVER_LXW_RESOLVE
        if (!failure.isEmpty()) {
#define CUTOVER_LXW_CLEAR(name) name = nullptr;
            CUTOVER_LXW_FUNCTIONS(CUTOVER_LXW_CLEAR)
#undef CUTOVER_LXW_CLEAR
        }
    });
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

} // namespace Cutover::XlsxWriter
