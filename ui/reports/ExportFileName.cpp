#include "ui/reports/ExportFileName.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

namespace novamind {

QString suggestedExportPath(const QString &stem, const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QDir(dir).filePath(stem + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) + QLatin1Char('.') +
                              suffix);
}

QString askExportPath(QWidget *parent, const QString &title, const QString &stem, const QString &suffix,
                      const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedExportPath(stem, suffix), filter);
}

} // namespace novamind
