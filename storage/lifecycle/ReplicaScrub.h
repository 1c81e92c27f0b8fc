#pragma once
// ReplicaScrub: makes deleted content leave the replica's files (search index merged, freed space zeroed, WAL emptied).

#include "models/Result.h"

#include <QCoreApplication>

namespace novamind {

class Database;

class ReplicaScrub
{
    Q_DECLARE_TR_FUNCTIONS(ReplicaScrub)
public:
    // Inside the transaction that deleted notes: FTS4 records a deletion as a new segment and keeps the old terms in
    // older segments until they merge, so a merge of everything is what actually drops them.
    static Status compactSearchIndex(Database &db);

    // After the commit: secure_delete must be on (SQLite then zeroes freed cells and pages), and the WAL, which still
    // holds the pages as they were before the deletion, is checkpointed and truncated to nothing. Fails when another
    // connection keeps a snapshot open, since the old frames could not be dropped then.
    static Status flush(Database &db);
};

} // namespace novamind
