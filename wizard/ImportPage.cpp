#include "ImportPage.h"

#include "JobProgressPanel.h"
#include "ProjectSession.h"
#include "TableViews.h"
#include "closeout/CloseOutRecords.h"
#include "closeout/CloseOutTables.h"
#include "credentials/CredentialStore.h"
#include "importing/ImportProgressModel.h"
#include "importing/LedgerFailureModel.h"
#include "importing/UserMappingModel.h"
#include "store/ProjectStore.h"
#include "targets/ClioAuth.h"
#include "targets/ClioConnector.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace Cutover {

namespace {

// Offers the target's users in a drop-down on the mapping's target column.
class TargetUserDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("targetUserEditor"));
        combo->addItem(ImportPage::tr("(not mapped)"), QString());
        for (const QVariant &v : index.data(UserMappingModel::TargetChoicesRole).toList()) {
            const QVariantMap user = v.toMap();
            combo->addItem(user.value(QStringLiteral("name")).toString(), user.value(QStringLiteral("id")));
        }
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(qMax(0, combo->findData(index.data(UserMappingModel::TargetIdRole))));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

constexpr auto kCustom = "custom";
constexpr auto kPackage = "csv";

struct LoadedUsers
{
    QList<UserMapping> mappings;
    QString error;
};

} // namespace

ImportPage::ImportPage(ProjectSession *session, QWidget *parent)
    : StepPage(WizardStep::Import, session, parent)
    , m_progress(new ImportProgressModel(this))
    , m_users(new UserMappingModel(this))
    , m_failures(new LedgerFailureModel(this))
{
    setSubTitle(tr("Push the data into the new system."));
    setHelpText(tr(
        "Cutover matches the firm's users to the new system's users, then imports contacts, matters, time and expense "
        "entries, notes and documents in dependency order. Every record is written to a ledger, so an interrupted "
        "import resumes without duplicates. Trust "
        "balances and receivables the new system cannot take through its API are prepared as worksheets."));

    // The close-out gate.
    auto *row = new QHBoxLayout;
    m_gate = new QLabel(this);
    m_gate->setObjectName(QStringLiteral("importGate"));
    m_gate->setWordWrap(true);
    m_gate->setTextFormat(Qt::RichText);
    m_gate->setFrameShape(QFrame::StyledPanel);
    m_gate->setMargin(6);
    m_goToCloseOut = new QPushButton(tr("Go to &Close out"), this);
    m_goToCloseOut->setObjectName(QStringLiteral("goToCloseOut"));
    row->addWidget(m_gate, 1);
    row->addWidget(m_goToCloseOut, 0, Qt::AlignTop);
    contentLayout()->addLayout(row);

    // The target.
    auto *targetForm = new QFormLayout;
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("importTarget"));
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
    m_customLabel = new QLabel(tr("&Address:"), this);
    m_customLabel->setBuddy(m_customUrl);
    targetForm->addRow(m_customLabel, m_customUrl);
    auto *folderRow = new QHBoxLayout;
    m_outDir = new QLineEdit(this);
    m_outDir->setObjectName(QStringLiteral("packageFolder"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browsePackageFolder"));
    folderRow->addWidget(m_outDir, 1);
    folderRow->addWidget(m_browse);
    m_folderLabel = new QLabel(tr("Output &folder:"), this);
    m_folderLabel->setBuddy(m_outDir);
    targetForm->addRow(m_folderLabel, folderRow);
    contentLayout()->addLayout(targetForm);

    // The connection.
    m_connectionBox = new QGroupBox(tr("Connection"), this);
    m_connectionBox->setObjectName(QStringLiteral("connectionBox"));
    auto *connection = new QFormLayout(m_connectionBox);
    auto *signInRow = new QHBoxLayout;
    m_clientId = new QLineEdit(m_connectionBox);
    m_clientId->setObjectName(QStringLiteral("clientId"));
    m_clientId->setPlaceholderText(tr("Client ID of the firm's Clio developer app"));
    m_clientSecret = new QLineEdit(m_connectionBox);
    m_clientSecret->setObjectName(QStringLiteral("clientSecret"));
    m_clientSecret->setEchoMode(QLineEdit::Password);
    m_clientSecret->setPlaceholderText(tr("Client secret"));
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
    connection->addRow(QString(), m_tokenState);
    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("T&est connection"), m_connectionBox);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_connection = new QLabel(m_connectionBox);
    m_connection->setObjectName(QStringLiteral("connectionResult"));
    m_connection->setWordWrap(true);
    m_connection->setTextFormat(Qt::PlainText);
    testRow->addWidget(m_test);
    testRow->addWidget(m_connection, 1);
    connection->addRow(QString(), testRow);
    contentLayout()->addWidget(m_connectionBox);

    // The users.
    // Users, progress and failures share one tabbed area, so the page fits a
    // laptop screen shared on a call; a run brings its tab forward.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("importTabs"));
    m_usersBox = new QGroupBox(m_tabs);
    m_usersBox->setObjectName(QStringLiteral("usersBox"));
    m_usersBox->setFlat(true);
    auto *users = new QVBoxLayout(m_usersBox);
    m_usersView = makeTable(m_usersBox, QStringLiteral("userMapping"), tr("User mapping"),
                            tr("Test the connection to see the new system's users."));
    m_usersView->setModel(m_users);
    fitColumns(m_usersView);
    m_usersView->setItemDelegateForColumn(UserMappingModel::TargetColumn, new TargetUserDelegate(m_usersView));
    m_usersView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    users->addWidget(m_usersView, 1);
    auto *usersRow = new QHBoxLayout;
    m_missing = new QLabel(m_usersBox);
    m_missing->setObjectName(QStringLiteral("missingUsers"));
    m_missing->setWordWrap(true);
    m_missing->setTextFormat(Qt::PlainText);
    m_suggest = new QPushButton(tr("Su&ggest again"), m_usersBox);
    m_suggest->setObjectName(QStringLiteral("suggestUsers"));
    usersRow->addWidget(m_missing, 1);
    usersRow->addWidget(m_suggest, 0, Qt::AlignTop);
    users->addLayout(usersRow);

    // The run.
    auto *runRow = new QHBoxLayout;
    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_start = new QPushButton(tr("Start &import"), this);
    m_start->setObjectName(QStringLiteral("startImport"));
    m_pause = new QPushButton(tr("&Pause"), this);
    m_pause->setObjectName(QStringLiteral("pauseImport"));
    m_cancel = new QPushButton(tr("Ca&ncel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_rollback = new QPushButton(tr("&Roll back import…"), this);
    m_rollback->setObjectName(QStringLiteral("rollbackImport"));
    runRow->addWidget(m_dryRun);
    runRow->addWidget(m_start);
    runRow->addWidget(m_pause);
    runRow->addWidget(m_cancel);
    runRow->addStretch(1);
    runRow->addWidget(m_rollback);
    contentLayout()->addLayout(runRow);
    m_dryResult = new QLabel(this);
    m_dryResult->setObjectName(QStringLiteral("dryRunSummary"));
    m_dryResult->setWordWrap(true);
    m_dryResult->setTextFormat(Qt::PlainText);
    m_dryResult->hide();
    contentLayout()->addWidget(m_dryResult);
    m_progressView = makeTable(m_tabs, QStringLiteral("importProgress"), tr("Import progress"),
                               tr("A dry run or an import shows its records here."));
    m_progressView->setModel(m_progress);
    fitColumns(m_progressView);
    auto *failuresTab = new QWidget(m_tabs);
    auto *failuresRow = new QHBoxLayout(failuresTab);
    m_failuresView = makeTable(failuresTab, QStringLiteral("importFailures"), tr("Failed records"),
                               tr("Records the new system refused are listed here."));
    m_failuresView->setModel(m_failures);
    fitColumns(m_failuresView);
    m_retry = new QPushButton(tr("Retry &failed"), failuresTab);
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    failuresRow->addWidget(m_failuresView, 1);
    failuresRow->addWidget(m_retry, 0, Qt::AlignTop);
    m_tabs->addTab(m_usersBox, tr("&Users"));
    m_tabs->addTab(m_progressView, tr("Pr&ogress"));
    m_tabs->addTab(failuresTab, tr("Fai&led records"));
    contentLayout()->addWidget(m_tabs, 1);
    m_panel = new JobProgressPanel(this);
    contentLayout()->addWidget(m_panel);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("importMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    contentLayout()->addWidget(m_message);

    connect(m_goToCloseOut, &QPushButton::clicked, this, &ImportPage::closeOutRequested);
    connect(session, &ProjectSession::projectChanged, this, [this] {
        refreshGate();
        resetConnection();
    });
    connect(m_target, &QComboBox::currentIndexChanged, this, &ImportPage::onTargetChanged);
    connect(m_customUrl, &QLineEdit::editingFinished, this, [this] {
        if (!m_auth || targetChoice().key() != m_auth->property("targetKey").toString())
            resetConnection();
    });
    connect(m_customUrl, &QLineEdit::textChanged, this, &ImportPage::updateButtons);
    connect(m_outDir, &QLineEdit::textChanged, this, &ImportPage::updateButtons);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Folder for the import package"), m_outDir->text());
        if (!dir.isEmpty())
            m_outDir->setText(dir);
    });
    connect(m_signIn, &QPushButton::clicked, this, &ImportPage::signInWithClio);
    connect(m_signInWithCode, &QPushButton::clicked, this, &ImportPage::signInWithCode);
    connect(m_useCode, &QPushButton::clicked, this, &ImportPage::useCode);
    connect(m_code, &QLineEdit::returnPressed, this, &ImportPage::useCode);
    connect(m_saveToken, &QPushButton::clicked, this, &ImportPage::saveToken);
    connect(m_token, &QLineEdit::returnPressed, this, &ImportPage::saveToken);
    connect(m_test, &QPushButton::clicked, this, &ImportPage::testConnection);
    connect(m_suggest, &QPushButton::clicked, this, &ImportPage::loadUsers);
    connect(m_users, &UserMappingModel::mappingEdited, this, [this] {
        saveUsers();
        showMissingUsers();
    });
    connect(m_dryRun, &QPushButton::clicked, this, [this] { start(RunKind::DryRun); });
    connect(m_start, &QPushButton::clicked, this, [this] { start(RunKind::Import); });
    connect(m_retry, &QPushButton::clicked, this, [this] { start(RunKind::Retry); });
    connect(m_pause, &QPushButton::clicked, this, &ImportPage::togglePause);
    connect(m_cancel, &QPushButton::clicked, this, &ImportPage::cancelRun);
    connect(m_rollback, &QPushButton::clicked, this, &ImportPage::rollBack);

    refreshGate();
    onTargetChanged();
}

ImportPage::~ImportPage()
{
    if (m_job)
        m_job->cancel();
}

void ImportPage::initializePage()
{
    StepPage::initializePage();
    refreshGate();
    refreshLedger();
    updateButtons();
}

bool ImportPage::isRunning() const
{
    return m_running != RunKind::None;
}

void ImportPage::refreshGate()
{
    ProjectStore *store = session()->store();
    if (!store) {
        m_allowed = false;
        m_gate->setText(tr("No project is open."));
        m_goToCloseOut->setVisible(false);
        return;
    }
    const ImportGateStatus gate = CloseOutRecords::importGate(store->database());
    m_allowed = gate.ready();
    if (gate.checklistComplete && gate.approvalsComplete)
        m_gate->setText(tr("<b>Close-out complete.</b> The checklist is done and every approval is recorded."));
    else if (gate.overridden)
        m_gate->setText(tr("<b>Close-out overridden</b> by %1 on %2: “%3”. Still open:")
                            .arg(gate.overrideBy.toHtmlEscaped(),
                                 QLocale().toString(gate.overrideAtUtc.toLocalTime(), QLocale::ShortFormat),
                                 gate.overrideReason.toHtmlEscaped())
                        + CloseOutTables::missingHtml(gate));
    else
        m_gate->setText(tr("<b>The import cannot start yet.</b> Finish the close-out first (or override it there "
                           "with a reason):")
                        + CloseOutTables::missingHtml(gate));
    m_goToCloseOut->setVisible(!(gate.checklistComplete && gate.approvalsComplete));
    if (m_start)
        updateButtons();
}

TargetChoice ImportPage::targetChoice() const
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

void ImportPage::onTargetChanged()
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
    m_tabs->setTabVisible(m_tabs->indexOf(m_usersBox), !package);
    m_rollback->setVisible(!package);
    resetConnection();
}

void ImportPage::resetConnection()
{
    m_probe.reset();
    m_accessToken.clear();
    m_connected = false;
    m_targetUsers.clear();
    m_connection->clear();
    m_tokenState->clear();
    m_users->setMappings({});
    m_users->setTargetUsers({});
    m_missing->clear();
    m_dryResult->hide();
    m_progress->clear();
    m_failures->setFailures({});
    delete m_auth;
    m_auth = nullptr;
    if (!m_credentials || (session()->store() && m_credentials->projectId() != session()->store()->settings().id)) {
        delete m_credentials;
        m_credentials = nullptr;
    }
    ProjectStore *store = session()->store();
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
        refreshLedger();
    }
    updateButtons();
}

void ImportPage::updateButtons()
{
    if (!m_start)
        return;
    const TargetChoice choice = targetChoice();
    const bool package = choice.kind == TargetChoice::Kind::CsvPackage;
    const bool running = isRunning();
    const bool project = session()->store() != nullptr;
    const bool importing = m_running == RunKind::Import || m_running == RunKind::Retry;
    const bool ready = project && !running && (package ? !choice.outDir.isEmpty() : m_connected);
    m_signIn->setEnabled(m_auth && !running);
    m_signInWithCode->setEnabled(m_auth && !running);
    m_useCode->setEnabled(m_auth && !running);
    m_saveToken->setEnabled(m_auth && !running);
    m_test->setEnabled(m_auth && !running);
    m_suggest->setEnabled(m_connected && !running);
    m_dryRun->setEnabled(ready);
    m_start->setEnabled(ready && m_allowed);
    m_start->setToolTip(m_allowed ? QString() : tr("The close-out is not finished (see above)."));
    m_pause->setEnabled(importing);
    m_cancel->setEnabled(running && m_running != RunKind::Rollback);
    m_retry->setEnabled(ready && m_allowed && m_failures->rowCount() > 0);
    qint64 created = 0;
    for (const EntityLedgerCounts &c : m_progress->counts())
        created += c.created;
    m_rollback->setEnabled(!package && ready && created > 0);
    if (!importing)
        m_pause->setText(tr("&Pause"));
}

void ImportPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ImportPage::signInWithClio()
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

void ImportPage::signInWithCode()
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

void ImportPage::useCode()
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

void ImportPage::refreshIfDue(std::function<void()> then)
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

void ImportPage::saveToken()
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

void ImportPage::withToken(std::function<void(const QByteArray &)> then)
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

void ImportPage::testConnection()
{
    const TargetChoice choice = targetChoice();
    m_connection->setText(tr("Connecting…"));
    m_test->setEnabled(false);
    refreshIfDue([this, choice] {
        withToken([this, choice](const QByteArray &token) {
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
                        showMessage(tr("The new system's users cannot be read: %1").arg(page.error.message));
                        updateButtons();
                        return;
                    }
                    m_targetUsers.append(page.records);
                    if (!page.last)
                        return;
                    m_users->setTargetUsers(UserMappingModel::targetUsersFrom(m_targetUsers));
                    loadUsers();
                    updateButtons();
                });
            });
        });
    });
}

ConnectorFactory ImportPage::connectorFactory() const
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

void ImportPage::loadUsers()
{
    ProjectStore *store = session()->store();
    if (!store)
        return;
    const QString path = store->filePath();
    const QString key = targetChoice().key();
    const QList<IncomingRecord> targets = m_targetUsers;
    m_missing->setText(tr("Reading the users…"));
    // The entries per user are counted over the whole snapshot: off the GUI thread.
    runInBackground<LoadedUsers>(
        this,
        [path, key, targets] {
            LoadedUsers out;
            out.mappings = UserMappings::loadSuggested(path, key, targets, &out.error);
            return out;
        },
        [this, key](const LoadedUsers &loaded) {
            if (targetChoice().key() != key)
                return; // the target changed meanwhile
            if (!loaded.error.isEmpty()) {
                m_missing->setText(loaded.error);
                return;
            }
            m_users->setMappings(loaded.mappings);
            fitColumns(m_usersView);
            saveUsers();
            showMissingUsers();
        });
}

void ImportPage::saveUsers()
{
    ProjectStore *store = session()->store();
    QString error;
    if (store && !UserMappings::save(store->database(), targetChoice().key(), m_users->mappings(), &error))
        showMessage(error);
}

void ImportPage::showMissingUsers()
{
    const QStringList missing = m_users->unmappedNames();
    if (m_users->rowCount() == 0)
        m_missing->setText(tr("No user has entries to import."));
    else if (missing.isEmpty())
        m_missing->setText(tr("Every user with entries has a user in the new system."));
    else
        m_missing->setText(tr("%n user(s) without a user in the new system: %1. Their entries cannot be imported "
                              "until one is chosen (users cannot be created through the API: add them in the new "
                              "system first).",
                              nullptr, int(missing.size()))
                               .arg(missing.join(QStringLiteral(", "))));
}

void ImportPage::start(RunKind kind)
{
    ProjectStore *store = session()->store();
    if (!store || isRunning())
        return;
    ImportRequest request;
    request.projectPath = store->filePath();
    request.target = targetChoice();
    request.connector = connectorFactory();
    request.dryRun = kind == RunKind::DryRun;
    request.retryFailedOnly = kind == RunKind::Retry;
    showMessage(QString());
    if (kind == RunKind::DryRun)
        m_dryResult->hide();

    Job *job = nullptr;
    if (kind == RunKind::Rollback) {
        job = new RollbackJob(request);
    } else {
        auto *import = new ImportJob(request);
        connect(import, &ImportJob::entityCountsChanged, this,
                [this](const QList<EntityLedgerCounts> &counts) { m_progress->setCounts(counts, m_clock.elapsed()); });
        job = import;
    }
    connect(job, &Job::finished, this, [this, kind] { onRunFinished(kind); });
    m_job = job;
    m_running = kind;
    m_clock.start();
    if (kind != RunKind::Retry && kind != RunKind::Rollback)
        m_progress->clear();
    m_panel->track(job);
    JobProgressPanel::startAndDispose(job);
    m_tabs->setCurrentWidget(m_progressView);
    updateButtons();
}

void ImportPage::togglePause()
{
    auto *job = qobject_cast<ImportJob *>(m_job.data());
    if (!job)
        return;
    const bool pause = !job->isPaused();
    job->setPaused(pause);
    m_pause->setText(pause ? tr("Resu&me") : tr("&Pause"));
    showMessage(pause ? tr("Paused: requests already sent finish; nothing new is sent until you resume.") : QString());
}

void ImportPage::cancelRun()
{
    if (m_job)
        m_job->cancel();
}

void ImportPage::onRunFinished(RunKind kind)
{
    Job *job = m_job.data();
    m_running = RunKind::None;
    if (job) {
        if (job->outcome() == Job::Outcome::Failed)
            showMessage(job->errorString());
        if (auto *import = qobject_cast<ImportJob *>(job);
            import && kind == RunKind::DryRun && job->outcome() == Job::Outcome::Succeeded) {
            const DryRunSummary dry = import->dryRunSummary();
            m_progress->setCounts(dry.planned, m_clock.elapsed());
            QString text = tr("%n request(s) to the new system", nullptr, int(dry.requests));
            if (dry.estimatedSeconds >= 0)
                text += tr(", about %1").arg(JobProgressPanel::formatDuration(dry.estimatedSeconds));
            if (dry.rateLimitPerMinute > 0)
                text += tr(" at its limit of %n request(s) a minute", nullptr, dry.rateLimitPerMinute);
            text += QLatin1Char('.');
            if (!dry.unmappedUsers.isEmpty())
                text += QLatin1Char('\n')
                    + tr("Users without a user in the new system: %1")
                          .arg(dry.unmappedUsers.join(QStringLiteral(", ")));
            for (const QString &problem : dry.problems)
                text += QLatin1Char('\n') + problem;
            m_dryResult->setText(text);
            m_dryResult->show();
        }
    }
    m_job = nullptr;
    if (kind != RunKind::DryRun)
        refreshLedger(kind != RunKind::Rollback);
    fitColumns(m_progressView);
    updateButtons();
}

void ImportPage::refreshLedger(bool bringFailuresForward)
{
    ProjectStore *store = session()->store();
    if (!store || isRunning())
        return;
    const QString path = store->filePath();
    const QString key = targetChoice().key();
    // A ledger of a large firm is read off the GUI thread.
    runInBackground<ImportLedger::View>(
        this, [path, key] { return ImportLedger::read(path, key); },
        [this, key, bringFailuresForward](const ImportLedger::View &view) {
            if (targetChoice().key() != key || isRunning())
                return; // the target changed, or a run started, meanwhile
            if (!view.error.isEmpty())
                showMessage(view.error);
            if (!view.counts.isEmpty())
                m_progress->setCounts(view.counts, m_clock.isValid() ? m_clock.elapsed() : 0);
            fitColumns(m_progressView);
            m_failures->setFailures(view.failures);
            if (m_failures->rowCount() > 0)
                fitColumns(m_failuresView);
            const int failuresTab = m_tabs->indexOf(m_failuresView->parentWidget());
            m_tabs->setTabText(failuresTab,
                               m_failures->rowCount() > 0 ? tr("Fai&led records (%L1)").arg(m_failures->rowCount())
                                                          : tr("Fai&led records"));
            // What went wrong comes forward; otherwise the figures stay in front.
            if (bringFailuresForward && m_failures->rowCount() > 0)
                m_tabs->setCurrentIndex(failuresTab);
            updateButtons();
        });
}

void ImportPage::rollBack()
{
    ProjectStore *store = session()->store();
    if (!store || isRunning())
        return;
    const QString path = store->filePath();
    const QString key = targetChoice().key();
    const QTimeZone zone(store->settings().timeZone.toUtf8());
    // What goes and until when, read off the GUI thread; then the question.
    runInBackground<ImportLedger::View>(
        this, [path, key] { return ImportLedger::read(path, key); },
        [this, key, zone](const ImportLedger::View &view) {
            if (targetChoice().key() != key || isRunning())
                return;
            QStringList what;
            for (const EntityLedgerCounts &c : view.counts) {
                if (c.created > 0)
                    what << tr("%1: %2").arg(ImportProgressModel::entityTitle(c.entity), QLocale().toString(c.created));
            }
            if (what.isEmpty())
                return;
            QString deadlineText;
            if (view.reviewDeadlineUtc.isValid()) {
                const QDateTime deadline =
                    zone.isValid() ? view.reviewDeadlineUtc.toTimeZone(zone) : view.reviewDeadlineUtc;
                deadlineText = tr("The review window closes on %1; after that the import can no longer be rolled back.")
                                   .arg(QLocale().toString(deadline, QLocale::LongFormat));
            }
            QMessageBox box(
                QMessageBox::Warning, tr("Roll back the import"),
                tr("Delete everything this import created in %1?").arg(targetChoice().baseUrl.toDisplayString()),
                QMessageBox::Cancel, this);
            box.setObjectName(QStringLiteral("rollbackConfirmation"));
            box.setInformativeText(tr("These records will be deleted from the new system:") + QLatin1Char('\n')
                                   + what.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + deadlineText);
            QPushButton *confirm = box.addButton(tr("Delete them"), QMessageBox::DestructiveRole);
            box.setDefaultButton(QMessageBox::Cancel);
            box.exec();
            if (box.clickedButton() != confirm)
                return;
            start(RunKind::Rollback);
        });
}

} // namespace Cutover
