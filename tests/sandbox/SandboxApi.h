#pragma once

#include "SandboxFields.h"
#include "SandboxOptions.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace Sandbox {

class SandboxStore;

using Header = QPair<QByteArray, QByteArray>;

struct ApiRequest
{
    QString method; // "GET", "POST", ...
    QString path; // decoded URL path
    QList<QPair<QString, QString>> query; // fully decoded, in order
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString origin; // "http://127.0.0.1:PORT", the base of generated URLs
};

struct ApiReply
{
    int status = 200;
    QList<Header> headers;
    QByteArray body;
    bool wrote = false; // a write was applied (what --drop-rate may hide from the client)
};

// What the sandbox answers, apart from transport concerns (auth, rate limit,
// faults, latency: SandboxServer). Everything it knows lives in the SandboxStore.
class SandboxApi
{
public:
    SandboxApi(SandboxStore &store, const SandboxOptions &options);

    // Loads --users (or the built-in users) into the store; ids of known emails stay.
    bool loadUsers(QString *error);

    ApiReply api(const ApiRequest &request); // /api/v4/... (already authenticated)
    ApiReply upload(const ApiRequest &request); // PUT /upload/<uuid> (the stand-in for S3)
    ApiReply oauth(const ApiRequest &request); // /oauth/authorize, /oauth/token

    qint64 currentUserId() const { return m_currentUserId; }
    QString refreshToken() const;

private:
    using Fields = QList<SandboxFields::Field>;

    ApiReply index(const QString &resource, const ApiRequest &request);
    ApiReply show(const QString &resource, qint64 id, const ApiRequest &request);
    ApiReply create(const QString &resource, const ApiRequest &request);
    ApiReply patch(const QString &resource, qint64 id, const ApiRequest &request);
    ApiReply remove(const QString &resource, qint64 id, const ApiRequest &request);
    ApiReply whoAmI(const ApiRequest &request);

    // Checks and completes a record (new: existing == nullptr). nullopt + *error names the field.
    std::optional<QJsonObject> build(const QString &resource, const QJsonObject &data, const QJsonObject *existing,
                                     QString *error, int *status, QString *errorType);
    std::optional<QJsonObject> buildContact(QJsonObject r, QString *error);
    std::optional<QJsonObject> buildMatter(QJsonObject r, qint64 id, QString *error);
    std::optional<QJsonObject> buildActivity(QJsonObject r, QString *error);
    std::optional<QJsonObject> buildNote(QJsonObject r, QString *error);
    std::optional<QJsonObject> buildFolder(QJsonObject r, QString *error);
    std::optional<QJsonObject> buildDocument(QJsonObject r, const QJsonObject *existing, QString *error);
    std::optional<QJsonObject> buildCustomField(QJsonObject r, QString *error);
    bool checkCustomFieldValues(QJsonObject &r, const QString &parentType, QString *error);
    bool checkReference(const QJsonObject &r, const QString &field, const QString &resource, bool required,
                        QString *error);
    bool matches(const QString &resource, const QJsonObject &record, const ApiRequest &request) const;
    SandboxFields::Resolver resolver() const;
    QJsonObject shaped(const QString &resource, const QJsonObject &record, const Fields &fields) const;
    QString uploadSignature(const QString &uuid) const;

    SandboxStore &m_store;
    const SandboxOptions &m_options;
    qint64 m_currentUserId = 0;
};

} // namespace Sandbox
