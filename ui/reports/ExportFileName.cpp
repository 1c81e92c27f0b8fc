#include "ui/reports/ExportFileName.h"

#include <QDate>
#include <QDir>
#include <QStandardPaths>

namespace novamind {

QString suggestedExportPath(const QString &stem, const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(stem + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + QLatin1Char('.') +
                              suffix);
}

} // namespace novamind
