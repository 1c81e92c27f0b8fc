#pragma once
// SyncStatusWidget: the status bar's view of the replica — last sync, pending outbox, refused changes and conflicts;
// the last two open the conflict dialog when clicked.

#include <QWidget>

class QLabel;
class QToolButton;

namespace novamind {

class Database;

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    // Reads the replica's sync state (no PHI); nullptr shows nothing, e.g. while locked.
    void refresh(Database *db);

Q_SIGNALS:
    // The user clicked the conflicts or refused count.
    void conflictsRequested();
    void refusedRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void colourCounts();

    int m_conflictCount = 0;
    int m_refusedCount = 0;
    QLabel *m_lastSync = nullptr;
    QLabel *m_outbox = nullptr;
    QToolButton *m_refused = nullptr;
    QToolButton *m_conflicts = nullptr;
};

} // namespace novamind
