#pragma once
// SyncProgressWidget: the status bar's view of a running sync — phase, records and bytes, a progress bar, Cancel.

#include "sync/SyncEngine.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace novamind {

class SyncProgressWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncProgressWidget(QWidget *parent = nullptr);

    // "Pulling changes: 12,345 records, 4.2 MB" in the user's locale.
    static QString describe(const SyncProgress &progress);

    // Shows the widget; determinate while pushing (records of total), busy otherwise.
    void setProgress(const SyncProgress &progress);
    // Shown before the first progress report arrives.
    void setStarting();
    void setCancelling();
    // Hides the widget until the next sync.
    void reset();

Q_SIGNALS:
    void cancelRequested();

private:
    QProgressBar *m_bar = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_cancel = nullptr;
};

} // namespace novamind
