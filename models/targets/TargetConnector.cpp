#include "TargetConnector.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

namespace Cutover {

QString RecordKinds::key(RecordKind kind)
{
    switch (kind) {
    case RecordKind::User:
        return QStringLiteral("user");
    case RecordKind::Contact:
        return QStringLiteral("contact");
    case RecordKind::Matter:
        return QStringLiteral("matter");
    case RecordKind::TimeEntry:
        return QStringLiteral("time_entry");
    case RecordKind::Expense:
        return QStringLiteral("expense");
    case RecordKind::BalanceForward:
        return QStringLiteral("balance_forward");
    case RecordKind::Note:
        return QStringLiteral("note");
    case RecordKind::Folder:
        return QStringLiteral("folder");
    case RecordKind::Document:
        return QStringLiteral("document");
    }
    return {};
}

QString RecordKinds::title(RecordKind kind)
{
    switch (kind) {
    case RecordKind::User:
        return QCoreApplication::translate("Cutover::RecordKinds", "Users");
    case RecordKind::Contact:
        return QCoreApplication::translate("Cutover::RecordKinds", "Contacts");
    case RecordKind::Matter:
        return QCoreApplication::translate("Cutover::RecordKinds", "Matters");
    case RecordKind::TimeEntry:
        return QCoreApplication::translate("Cutover::RecordKinds", "Time entries");
    case RecordKind::Expense:
        return QCoreApplication::translate("Cutover::RecordKinds", "Expenses");
    case RecordKind::BalanceForward:
        return QCoreApplication::translate("Cutover::RecordKinds", "Balances carried forward");
    case RecordKind::Note:
        return QCoreApplication::translate("Cutover::RecordKinds", "Notes");
    case RecordKind::Folder:
        return QCoreApplication::translate("Cutover::RecordKinds", "Folders");
    case RecordKind::Document:
        return QCoreApplication::translate("Cutover::RecordKinds", "Documents");
    }
    return {};
}

bool TargetError::transient() const
{
    return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::RateLimited || kind == Kind::Server;
}

TargetConnector::TargetConnector(QObject *parent)
    : QObject(parent)
{
}

TargetConnector::~TargetConnector() = default;

void TargetConnector::read(RecordKind kind, const QString &id, Callback done)
{
    // Answered later, like every call.
    QTimer::singleShot(0, this, [kind, id, done] {
        TargetResult result;
        result.error.kind = TargetError::Kind::Other;
        result.error.message =
            QCoreApplication::translate("Cutover::TargetConnector", "This target cannot read back %1 %2 by its id.")
                .arg(RecordKinds::title(kind).toLower(), id);
        done(result);
    });
}

namespace TargetCalls {

TargetResult wait(const std::function<void(const TargetConnector::Callback &)> &call)
{
    QEventLoop loop;
    TargetResult result;
    bool done = false;
    call([&](const TargetResult &r) {
        result = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    return result;
}

bool listAll(TargetConnector *connector, RecordKind kind, const QVariantMap &filter, QList<IncomingRecord> *records,
             TargetError *error, const std::function<bool()> &cancelled)
{
    return forEachPage(
        connector, kind, filter,
        [records](const TargetPage &page) {
            records->append(page.records);
            return true;
        },
        error, cancelled);
}

bool forEachPage(TargetConnector *connector, RecordKind kind, const QVariantMap &filter,
                 const std::function<bool(const TargetPage &)> &onPage, TargetError *error,
                 const std::function<bool()> &cancelled)
{
    QEventLoop loop;
    bool finished = false;
    bool ok = true;
    QTimer poll;
    if (cancelled) {
        poll.setInterval(100);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (cancelled())
                connector->abortAll();
        });
        poll.start();
    }
    connector->list(kind, filter, [&](const TargetPage &page) {
        if (finished)
            return;
        if (!onPage(page)) {
            ok = false;
            finished = true;
            connector->abortAll();
            loop.quit();
            return;
        }
        if (page.error.kind != TargetError::Kind::None) {
            *error = page.error;
            ok = false;
        }
        if (page.last || !ok) {
            finished = true;
            loop.quit();
        }
    });
    if (!finished)
        loop.exec();
    return ok;
}

} // namespace TargetCalls

} // namespace Cutover
