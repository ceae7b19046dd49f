#include "DeadlineBanner.h"

#include "Palette.h"
#include "ProjectSession.h"
#include "TableViews.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QTimer>

namespace Cutover {

DeadlineBanner::DeadlineBanner(ProjectSession *session, QWidget *parent)
    : QFrame(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("deadlineBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Review deadline"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(8, 4, 8, 4);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("deadlineText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_review = new QPushButton(tr("Review &now"), this);
    m_review->setObjectName(QStringLiteral("deadlineReview"));
    m_review->setToolTip(tr("Open the Review step"));
    row->addWidget(m_icon);
    row->addWidget(m_text, 1);
    row->addWidget(m_review);
    QFrame::hide();

    connect(m_review, &QPushButton::clicked, this, &DeadlineBanner::reviewRequested);
    connect(m_session, &ProjectSession::projectChanged, this, &DeadlineBanner::refresh);
    connect(m_session, &ProjectSession::reviewChanged, this, &DeadlineBanner::refresh);
    // Hours left change by the minute; a day rolls over at the firm's midnight.
    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &DeadlineBanner::refresh);
    m_timer->start();
    refresh();
}

QString DeadlineBanner::text() const
{
    return m_text->text();
}

void DeadlineBanner::setNowForTesting(const QDateTime &nowUtc)
{
    m_pinnedNow = nowUtc;
    refresh();
}

void DeadlineBanner::refresh()
{
    ProjectStore *store = m_session->store();
    const int generation = ++m_generation;
    if (!store) {
        showClock(ReviewClock());
        emit refreshed();
        return;
    }
    const QString path = store->filePath();
    const QDateTime now = m_pinnedNow.isValid() ? m_pinnedNow : QDateTime::currentDateTimeUtc();
    QPointer<DeadlineBanner> self(this);
    runInBackground<ReviewClock>(
        this,
        [path, now] {
            QString error;
            return ReviewDeadline::forProject(path, QString(), now, &error);
        },
        [self, generation](const ReviewClock &clock) {
            if (!self || generation != self->m_generation)
                return; // a newer reading is on its way
            self->showClock(clock);
            emit self->refreshed();
        });
}

void DeadlineBanner::showClock(const ReviewClock &clock)
{
    m_clock = clock;
    if (clock.state == ReviewClock::State::NoImport) {
        QFrame::hide();
        return;
    }
    m_text->setText(clock.text());
    setAccessibleDescription(clock.text());
    // Colours from the palette in use (see Palette.h), so a dark palette keeps its contrast.
    // From the parent's palette: this one holds the previous state's colours.
    const QPalette base = parentWidget() ? parentWidget()->palette() : palette();
    QPalette p = base;
    Palette::Status status = Palette::Status::Info;
    switch (clock.state) {
    case ReviewClock::State::LastDay:
        status = Palette::Status::Error;
        p.setColor(QPalette::Window, Palette::strongFill(status, p));
        p.setColor(QPalette::WindowText, Palette::textOnStrongFill(status, p));
        break;
    case ReviewClock::State::Closed:
        status = Palette::Status::Warning;
        p.setColor(QPalette::Window, Palette::fill(status, p));
        p.setColor(QPalette::WindowText, Palette::textOnFill(status, p));
        break;
    case ReviewClock::State::SignedOff:
        status = Palette::Status::Ok;
        p.setColor(QPalette::Window, Palette::fill(status, p));
        p.setColor(QPalette::WindowText, Palette::textOnFill(status, p));
        break;
    default:
        p.setColor(QPalette::Window, base.color(QPalette::AlternateBase));
        p.setColor(QPalette::WindowText, base.color(QPalette::Text));
        break;
    }
    setPalette(p);
    m_text->setPalette(p);
    QFont f = m_text->font();
    f.setBold(clock.urgent());
    m_text->setFont(f);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(Palette::icon(status).pixmap(QSize(size, size), devicePixelRatioF()));
    m_review->setVisible(clock.state == ReviewClock::State::Open || clock.state == ReviewClock::State::LastDay);
    setProperty("urgent", clock.urgent());
    QFrame::show();
}

} // namespace Cutover
