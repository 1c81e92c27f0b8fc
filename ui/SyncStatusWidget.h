#pragma once
// SyncStatusWidget: the status bar's view of the replica — last sync, pending outbox, quarantined and conflicts.

#include <QWidget>

class QLabel;

namespace novamind {

class Database;

class SyncStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    // Reads the replica's sync state (no PHI); nullptr shows nothing, e.g. while locked.
    void refresh(Database *db);

protected:
    void changeEvent(QEvent *event) override;

private:
    void colourConflicts();

    int m_conflictCount = 0;
    QLabel *m_lastSync = nullptr;
    QLabel *m_outbox = nullptr;
    QLabel *m_conflicts = nullptr;
};

} // namespace novamind
