#include "TargetConnectionBox.h"

#include "ProjectSession.h"
#include "credentials/CredentialStore.h"
#include "store/ProjectStore.h"
#include "targets/ClioAuth.h"
#include "targets/ClioConnector.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cutover {

namespace {
constexpr auto kCustom = "custom";
constexpr auto kPackage = "csv";
} // namespace

TargetConnectionBox::TargetConnectionBox(ProjectSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // The target.
    auto *targetForm = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("importTarget"));
    m_target->setAccessibleName(tr("Target"));
    m_target->addItem(tr("Clio (United States)"), QStringLiteral("US"));
    m_target->addItem(tr("Clio (Europe)"), QStringLiteral("EU"));
    m_target->addItem(tr("Clio (Canada)"), QStringLiteral("CA"));
    m_target->addItem(tr("Clio (Australia)"), QStringLiteral("AU"));
    m_target->addItem(tr("Custom address (sandbox or rehearsal)"), QLatin1String(kCustom));
    m_target->addItem(tr("CSV import package"), QLatin1String(kPackage));
    targetForm->addRow(tr("&Target:"), m_target);
    m_customUrl = new QLineEdit(this);
    m_customUrl->setObjectName(QStringLiteral("customUrl"));
    m_customUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8080"));
    m_customUrl->setAccessibleName(tr("Address of the target"));
    m_customLabel = new QLabel(tr("&Address:"), this);
    m_customLabel->setBuddy(m_customUrl);
    targetForm->addRow(m_customLabel, m_customUrl);
    auto *folderRow = new QHBoxLayout;
    m_outDir = new QLineEdit(this);
    m_outDir->setObjectName(QStringLiteral("packageFolder"));
    m_outDir->setAccessibleName(tr("Folder for the import package"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browsePackageFolder"));
    folderRow->addWidget(m_outDir, 1);
    folderRow->addWidget(m_browse);
    m_folderLabel = new QLabel(tr("Output &folder:"), this);
    m_folderLabel->setBuddy(m_outDir);
    targetForm->addRow(m_folderLabel, folderRow);
    layout->addLayout(targetForm);

    // The connection.
    m_connectionBox = new QGroupBox(tr("Connection"), this);
    m_connectionBox->setObjectName(QStringLiteral("connectionBox"));
    auto *connectionLayout = new QVBoxLayout(m_connectionBox);
    auto *connection = new QFormLayout;
    connectionLayout->addLayout(connection);
    auto *signInRow = new QHBoxLayout;
    m_clientId = new QLineEdit(m_connectionBox);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("Client ID of the firm's Clio developer app"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_clientSecret = new QLineEdit(m_connectionBox);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Client secret"));
    m_clientSecret->setAccessibleName(tr("Client secret"));
    m_signIn = new QPushButton(tr("&Sign in with Clio"), m_connectionBox);
    m_signIn->setObjectName(QStringLiteral("signInWithClio"));
    signInRow->addWidget(m_clientId, 1);
    signInRow->addWidget(m_clientSecret, 1);
    signInRow->addWidget(m_signIn);
    // Where the firm's developer app cannot send the browser back to this
    // computer: Clio's approval page shows a code to paste here instead.
    m_signInWithCode = new QPushButton(tr("Sign in &with a code…"), m_connectionBox);
    m_signInWithCode->setObjectName(QStringLiteral("signInWithCode"));
    m_signInWithCode->setToolTip(tr("Clio shows a code after you allow access; paste it here."));
    signInRow->addWidget(m_signInWithCode);
    connection->addRow(tr("Sign in:"), signInRow);
    m_codeRow = new QWidget(m_connectionBox);
    auto *codeLayout = new QHBoxLayout(m_codeRow);
    codeLayout->setContentsMargins(0, 0, 0, 0);
    m_code = new QLineEdit(m_codeRow);
    m_code->setObjectName(QStringLiteral("authorizationCode"));
    m_code->setEchoMode(QLineEdit::Password);
    m_code->setPlaceholderText(tr("The code Clio shows after you allow access"));
    m_code->setAccessibleName(tr("Authorization code"));
    m_useCode = new QPushButton(tr("Use code"), m_codeRow);
    m_useCode->setObjectName(QStringLiteral("useCode"));
    codeLayout->addWidget(m_code, 1);
    codeLayout->addWidget(m_useCode);
    connection->addRow(QString(), m_codeRow);
    m_codeRow->hide();
    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(m_connectionBox);
    m_token->setObjectName(QStringLiteral("accessToken"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Paste an access token"));
    m_saveToken = new QPushButton(tr("Use t&his token"), m_connectionBox);
    m_saveToken->setObjectName(QStringLiteral("saveToken"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_saveToken);
    auto *tokenLabel = new QLabel(tr("Or use an access to&ken:"), m_connectionBox);
    tokenLabel->setBuddy(m_token);
    connection->addRow(tokenLabel, tokenRow);
    m_tokenState = new QLabel(m_connectionBox);
    m_tokenState->setObjectName(QStringLiteral("tokenState"));
    m_tokenState->setWordWrap(true);
    // Below the form, not in it: a wrapped label in a form row takes the height
    // of its narrowest layout.
    connectionLayout->addWidget(m_tokenState);
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("T&est connection"), m_connectionBox);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_connection = new QLabel(m_connectionBox);
    m_connection->setObjectName(QStringLiteral("connectionResult"));
    m_connection->setWordWrap(true);
    m_connection->setTextFormat(Qt::PlainText);
    testRow->addWidget(m_test);
    testRow->addWidget(m_connection, 1);
    connectionLayout->addLayout(testRow);
    layout->addWidget(m_connectionBox);

    connect(session, &ProjectSession::projectChanged, this, &TargetConnectionBox::resetConnection);
    connect(m_target, &QComboBox::currentIndexChanged, this, &TargetConnectionBox::onTargetChanged);
    connect(m_customUrl, &QLineEdit::editingFinished, this, [this] {
        if (!m_auth || targetChoice().key() != m_auth->property("targetKey").toString())
            resetConnection();
    });
    connect(m_customUrl, &QLineEdit::textChanged, this, &TargetConnectionBox::inputsEdited);
    connect(m_outDir, &QLineEdit::textChanged, this, &TargetConnectionBox::inputsEdited);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for the import package"), m_outDir->text());
        if (!dir.isEmpty())
            m_outDir->setText(dir);
    });
    connect(m_signIn, &QPushButton::clicked, this, &TargetConnectionBox::signInWithClio);
    connect(m_signInWithCode, &QPushButton::clicked, this, &TargetConnectionBox::signInWithCode);
    connect(m_useCode, &QPushButton::clicked, this, &TargetConnectionBox::useCode);
    connect(m_code, &QLineEdit::returnPressed, this, &TargetConnectionBox::useCode);
    connect(m_saveToken, &QPushButton::clicked, this, &TargetConnectionBox::saveToken);
    connect(m_token, &QLineEdit::returnPressed, this, &TargetConnectionBox::saveToken);
    connect(m_test, &QPushButton::clicked, this, &TargetConnectionBox::testConnection);

    onTargetChanged();
}

TargetConnectionBox::~TargetConnectionBox() = default;

TargetChoice TargetConnectionBox::targetChoice() const
{
    TargetChoice choice;
    const QString chosen = m_target->currentData().toString();
    if (chosen == QLatin1String(kPackage)) {
        choice.kind = TargetChoice::Kind::CsvPackage;
        choice.outDir = m_outDir->text().trimmed();
    } else if (chosen == QLatin1String(kCustom)) {
        choice.baseUrl = QUrl::fromUserInput(m_customUrl->text().trimmed());
    } else {
        choice.region = chosen;
        choice.baseUrl = TargetChoice::regionBaseUrl(chosen);
    }
    return choice;
}

ConnectorFactory TargetConnectionBox::connectorFactory() const
{
    const TargetChoice choice = targetChoice();
    if (choice.kind != TargetChoice::Kind::Clio)
        return {};
    const QUrl base = choice.baseUrl;
    const QByteArray token = m_accessToken;
    return [base, token]() -> std::unique_ptr<TargetConnector> {
        return std::make_unique<ClioConnector>(base, token);
    };
}

void TargetConnectionBox::setBusy(bool busy)
{
    m_busy = busy;
    m_target->setEnabled(!busy);
    m_customUrl->setReadOnly(busy);
    m_outDir->setReadOnly(busy);
    m_browse->setEnabled(!busy);
    updateButtons();
}

void TargetConnectionBox::onTargetChanged()
{
    const QString chosen = m_target->currentData().toString();
    const bool custom = chosen == QLatin1String(kCustom);
    const bool package = chosen == QLatin1String(kPackage);
    m_customLabel->setVisible(custom);
    m_customUrl->setVisible(custom);
    m_folderLabel->setVisible(package);
    m_outDir->setVisible(package);
    m_browse->setVisible(package);
    m_connectionBox->setVisible(!package);
    resetConnection();
}

void TargetConnectionBox::resetConnection()
{
    m_probe.reset();
    m_accessToken.clear();
    m_connected = false;
    m_targetUsers.clear();
    m_connection->clear();
    m_tokenState->clear();
    m_codeRow->hide();
    delete m_auth;
    m_auth = nullptr;
    ProjectStore *store = m_session->store();
    if (!m_credentials || (store && m_credentials->projectId() != store->settings().id)) {
        delete m_credentials;
        m_credentials = nullptr;
    }
    if (store) {
        if (!m_credentials)
            m_credentials = new CredentialStore(store->settings().id, this);
        const TargetChoice choice = targetChoice();
        if (choice.kind == TargetChoice::Kind::Clio && choice.baseUrl.isValid() && !choice.baseUrl.host().isEmpty()) {
            m_auth = new ClioAuth(m_credentials, choice.key(), choice.baseUrl, this);
            m_auth->setProperty("targetKey", choice.key());
            connect(m_auth, &ClioAuth::authorizeWithBrowser, this,
                    [](const QUrl &url) { QDesktopServices::openUrl(url); });
        }
    }
    updateButtons();
    emit targetChanged(targetChoice());
}

void TargetConnectionBox::updateButtons()
{
    const bool can = m_auth && !m_busy;
    m_signIn->setEnabled(can);
    m_signInWithCode->setEnabled(can);
    m_useCode->setEnabled(can);
    m_saveToken->setEnabled(can);
    m_test->setEnabled(can);
}

void TargetConnectionBox::signInWithClio()
{
    if (!m_auth)
        return;
    auto begin = [this] {
        m_tokenState->setText(tr("Waiting for Clio in the browser…"));
        m_auth->startLoopback([this](const ClioAuth::Result &result) {
            if (!result.ok) {
                m_tokenState->setText(result.message);
                return;
            }
            m_tokenState->setText(tr("Signed in. The token is kept in the keychain."));
            testConnection();
        });
    };
    const QString id = m_clientId->text().trimmed();
    const QByteArray secret = m_clientSecret->text().toUtf8();
    m_clientSecret->clear();
    if (id.isEmpty()) {
        begin(); // the developer app saved before
        return;
    }
    m_auth->saveClientCredentials(id, secret, [this, begin](const ClioAuth::Result &result) {
        if (!result.ok) {
            m_tokenState->setText(result.message);
            return;
        }
        begin();
    });
}

void TargetConnectionBox::signInWithCode()
{
    if (!m_auth)
        return;
    auto begin = [this] {
        m_auth->startPasteCode([this](const ClioAuth::Result &result) {
            if (!result.ok) {
                m_tokenState->setText(result.message);
                return;
            }
            m_codeRow->show();
            m_code->setFocus();
            m_tokenState->setText(tr("Allow access in the browser, then paste the code Clio shows."));
        });
    };
    const QString id = m_clientId->text().trimmed();
    const QByteArray secret = m_clientSecret->text().toUtf8();
    m_clientSecret->clear();
    if (id.isEmpty()) {
        begin();
        return;
    }
    m_auth->saveClientCredentials(id, secret, [this, begin](const ClioAuth::Result &result) {
        if (!result.ok) {
            m_tokenState->setText(result.message);
            return;
        }
        begin();
    });
}

void TargetConnectionBox::useCode()
{
    if (!m_auth)
        return;
    const QString code = m_code->text().trimmed();
    m_code->clear();
    if (code.isEmpty()) {
        m_tokenState->setText(tr("Paste the code Clio shows first."));
        return;
    }
    m_auth->exchangeCode(code, [this](const ClioAuth::Result &result) {
        if (!result.ok) {
            m_tokenState->setText(result.message);
            return;
        }
        m_codeRow->hide();
        m_tokenState->setText(tr("Signed in. The token is kept in the keychain."));
        testConnection();
    });
}

void TargetConnectionBox::refreshIfDue(std::function<void()> then)
{
    if (!m_auth) {
        then();
        return;
    }
    m_auth->loadTokens([this, then = std::move(then)](const ClioAuth::Result &stored) {
        const ClioAuth::Tokens &t = stored.tokens;
        const bool due = stored.ok && !t.refreshToken.isEmpty() && t.expiresUtc.isValid()
            && t.expiresUtc < QDateTime::currentDateTimeUtc().addSecs(3600);
        if (!due) {
            then();
            return;
        }
        m_tokenState->setText(tr("Renewing the access token…"));
        m_auth->refresh([this, then](const ClioAuth::Result &result) {
            m_tokenState->setText(result.ok ? tr("The access token was renewed.") : result.message);
            then();
        });
    });
}

void TargetConnectionBox::saveToken()
{
    if (!m_auth || !m_credentials)
        return;
    const QByteArray token = m_token->text().trimmed().toUtf8();
    m_token->clear(); // never kept in the widget
    if (token.isEmpty()) {
        m_tokenState->setText(tr("Paste a token first."));
        return;
    }
    m_credentials->write(
        m_auth->secretName(QStringLiteral("access_token")), token, [this](const CredentialStore::Result &result) {
            m_tokenState->setText(result.ok() ? tr("The token is kept in the keychain.") : result.message);
        });
}

void TargetConnectionBox::withToken(std::function<void(const QByteArray &)> then)
{
    if (!m_auth || !m_credentials) {
        then({});
        return;
    }
    m_credentials->read(m_auth->secretName(QStringLiteral("access_token")),
                        [this, then = std::move(then)](const CredentialStore::Result &result) {
                            if (!result.ok() && result.error != CredentialStore::Error::NotFound)
                                m_tokenState->setText(result.message);
                            then(result.ok() ? result.secret : QByteArray());
                        });
}

void TargetConnectionBox::testConnection()
{
    if (!m_auth)
        return;
    const TargetChoice choice = targetChoice();
    const QString key = choice.key();
    m_connection->setText(tr("Connecting…"));
    m_test->setEnabled(false);
    refreshIfDue([this, choice, key] {
        withToken([this, choice, key](const QByteArray &token) {
            if (targetChoice().key() != key)
                return; // the target changed meanwhile
            if (token.isEmpty()) {
                m_connection->setText(tr("No token for %1 yet: sign in with Clio or paste an access token.")
                                          .arg(choice.baseUrl.toDisplayString()));
                updateButtons();
                return;
            }
            m_accessToken = token;
            m_probe = std::make_unique<ClioConnector>(choice.baseUrl, token);
            m_probe->testConnection([this](const TargetResult &result) {
                if (!result.ok()) {
                    m_connected = false;
                    m_connection->setText(result.error.message);
                    updateButtons();
                    return;
                }
                const QVariantMap &f = result.record.fields;
                m_connection->setText(tr("Connected to %1 as %2 (%3).")
                                          .arg(f.value(QStringLiteral("account")).toString(),
                                               f.value(QStringLiteral("name")).toString(),
                                               f.value(QStringLiteral("email")).toString()));
                m_connected = true;
                m_targetUsers.clear();
                m_probe->list(RecordKind::User, {}, [this](const TargetPage &page) {
                    if (page.error.kind != TargetError::Kind::None) {
                        m_connection->setText(
                            m_connection->text() + QLatin1Char(' ')
                            + tr("The new system's users cannot be read: %1").arg(page.error.message));
                        m_targetUsers.clear();
                        updateButtons();
                        emit connected(m_accessToken, m_targetUsers);
                        return;
                    }
                    m_targetUsers.append(page.records);
                    if (!page.last)
                        return;
                    updateButtons();
                    emit connected(m_accessToken, m_targetUsers);
                });
            });
        });
    });
}

} // namespace Cutover
