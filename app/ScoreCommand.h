#pragma once
// runScoreCommand: `novamindctl score INSTRUMENT ANSWER... [--sex female|male]`, scoring with the built-in instruments.

#include <QStringList>
#include <QTextStream>

namespace novamind {

// `args` are the words after `score`. Prints one line of compact JSON
// {"instrument","total","band","flags","complete","subscales"} to `out`; on a usage error prints one sentence to
// `err` and returns 2. An answer "-" marks an unanswered item.
int runScoreCommand(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace novamind
