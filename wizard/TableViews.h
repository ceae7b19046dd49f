#pragma once

#include <QAbstractItemView>
#include <QFutureWatcher>
#include <QLabel>
#include <QObject>
#include <QString>
#include <QTableView>
#include <QtConcurrent/QtConcurrentRun>

namespace Cutover {

// A table that says what belongs in it while it is empty.
class PlaceholderTableView : public QTableView
{
    Q_OBJECT

public:
    using QTableView::QTableView;
    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

// The pages' tables: whole-row selection, one row at a time, Tab leaves the
// table (arrows move inside it), an accessible name, and `placeholder` shown
// while the table is empty.
PlaceholderTableView *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName,
                                const QString &placeholder = {});

// Shows `model` in `view` through the privacy mask: a PrivacyProxyModel owned
// by the view, so every page's tables mask the same way. Indices the view
// hands out belong to the proxy; `PrivacyProxyModel::toSource` gives the
// model's.
void setMaskedModel(QAbstractItemView *view, QAbstractItemModel *model);

// Shows `text` in `label` with its amounts (and every occurrence of `names`,
// client or matter names the sentence may quote) masked while the privacy mask
// is on, and shows it again masked or not whenever the mask is toggled: for
// summaries, figures and warnings outside the tables.
void setMaskedText(QLabel *label, const QString &text, const QStringList &names = {});

// Sizes the columns to their contents once, then lets the user resize them;
// the last column takes the rest of the width.
void fitColumns(QTableView *view);

// Runs `work` on the thread pool and hands its result to `done` on the GUI
// thread, unless `context` is gone by then.
template<typename Result, typename Work, typename Done> void runInBackground(QObject *context, Work work, Done done)
{
    auto *watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
        done(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace Cutover
