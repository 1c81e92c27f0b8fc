#pragma once
// ConflictDialog: the user's side of sync — conflicts (both versions side by side; keep mine, take the server's, or
// merge field by field) and the changes the server refused (with its reason, and Retry).

#include "storage/sync/Conflicts.h"
#include "storage/sync/Outbox.h"

#include <QDialog>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedLayout;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace novamind {

class ConflictComparisonModel;

class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Tab
    {
        ConflictsTab,
        RefusedTab
    };

    // `session` must outlive the dialog; everything goes through it (access checked and audited by storage).
    explicit ConflictDialog(const Session &session, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    // Reads both lists again; the first conflict (or the one at the same place) is shown.
    Status reload();
    void showTab(Tab tab);
    int conflictCount() const { return static_cast<int>(m_conflicts.size()); }
    int refusedCount() const { return static_cast<int>(m_refused.size()); }
    void selectConflict(int row);
    void selectRefused(int row);
    ConflictComparisonModel *comparison() const { return m_model; }

public Q_SLOTS:
    void keepMine();
    void takeServer();
    void merge();
    void retrySelected();

Q_SIGNALS:
    // A conflict was resolved or a refused change sent back to the outbox: the status bar's counts are stale.
    void changed();

private:
    QWidget *buildConflictsPage();
    QWidget *buildRefusedPage();
    void resolve(Conflicts::Choice choice, const std::optional<QJsonObject> &merged = std::nullopt);
    void showConflict(int row);
    void updateButtons();
    void updateTabTitles();
    void showError(const QString &message);
    int currentConflictRow() const;

    const Session &m_session;
    std::vector<Conflict> m_conflicts;
    std::vector<OutboxEntry> m_refused;

    QTabWidget *m_tabs = nullptr;
    QStackedLayout *m_conflictStack = nullptr;
    QListWidget *m_conflictList = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_noConflicts = nullptr;
    QTableView *m_table = nullptr;
    ConflictComparisonModel *m_model = nullptr;
    QLabel *m_mergeHint = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeServer = nullptr;
    QPushButton *m_merge = nullptr;
    QTableWidget *m_refusedTable = nullptr;
    QPushButton *m_retry = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace novamind
