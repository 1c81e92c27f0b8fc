#include "ui/Localization.h"

#include "ui/Preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace novamind {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    // Our catalogue is compiled into the binary (qt_add_translations, prefix /i18n).
    auto *ours = new QTranslator(&app);
    QString used = QStringLiteral("en");
    if (ours->load(locale, QStringLiteral("novamind"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(ours);
        used = ours->language().section(QLatin1Char('_'), 0, 0);
    } else {
        delete ours;
    }
    // Qt's own strings (standard buttons, context menus) from the system's Qt translations, when installed.
    auto *qt = new QTranslator(&app);
    if (used != QLatin1String("en") && qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return used;
}

} // namespace novamind
