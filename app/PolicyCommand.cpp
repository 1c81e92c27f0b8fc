// PolicyCommand: `novamindctl policy` — prints the effective settings, their sources and the policy's problems.
#include "PolicyCommand.h"

#include "config/EffectiveSettings.h"
#include "config/SettingsCatalog.h"
#include "models/cli/ExitCode.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSettings>
#include <algorithm>

namespace novamind {

namespace {

// How a value reads in the --text table: empty values are spelled out so that a column is never blank.
QString displayValue(const config::SettingSpec &spec, const QVariant &value)
{
    switch (spec.kind) {
    case config::SettingKind::InstrumentList: {
        const QStringList list = value.toStringList();
        return list.isEmpty() ? QStringLiteral("(all)") : list.join(QStringLiteral(", "));
    }
    case config::SettingKind::Boolean:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case config::SettingKind::Minutes:
        return QString::number(value.toLongLong());
    default: {
        const QString text = value.toString();
        return text.isEmpty() ? QStringLiteral("(empty)") : text;
    }
    }
}

} // namespace

CommandSpec PolicyCommand::spec()
{
    CommandSpec spec;
    spec.valueOptions = {QStringLiteral("policy-file")};
    spec.flags = {QStringLiteral("text")};
    return spec;
}

int PolicyCommand::run(const ParsedArgs &args)
{
    QString path = config::ManagedPolicy::systemPath();
    if (args.values.contains(QStringLiteral("policy-file"))) {
        path = args.value(QStringLiteral("policy-file"));
        // Previewing a file that is not there would silently show "no policy", which is not what the admin checks.
        if (path.isEmpty() || !QFileInfo::exists(path))
            return reportError(m_err, Error(ErrorCode::Usage,
                                            tr("The policy file “%1” does not exist; give the path of the file "
                                               "to check.")
                                                .arg(path),
                                            QStringLiteral("policy --policy-file")));
        path = QFileInfo(path).absoluteFilePath();
    }

    const auto user = config::openUserSettings();
    const config::EffectiveSettings settings =
        config::EffectiveSettings::resolve(config::ManagedPolicy::load(path), *user);
    const config::ManagedPolicy &policy = settings.policy();

    if (args.flags.contains(QStringLiteral("text"))) {
        const QString keyHeader = tr("KEY");
        const QString valueHeader = tr("VALUE");
        qsizetype keyWidth = keyHeader.size();
        qsizetype valueWidth = valueHeader.size();
        for (const config::SettingSpec &spec : config::settingsCatalog()) {
            keyWidth = std::max(keyWidth, spec.key.size());
            valueWidth = std::max(valueWidth, displayValue(spec, settings.value(spec.key)).size());
        }
        m_out << keyHeader.leftJustified(keyWidth + 2) << valueHeader.leftJustified(valueWidth + 2) << tr("SOURCE")
              << '\n';
        for (const config::SettingSpec &spec : config::settingsCatalog()) {
            QString source = config::sourceName(settings.source(spec.key));
            if (settings.isLocked(spec.key))
                source += QLatin1Char(' ') + tr("(locked)");
            m_out << spec.key.leftJustified(keyWidth + 2)
                  << displayValue(spec, settings.value(spec.key)).leftJustified(valueWidth + 2) << source << '\n';
        }
        m_out << '\n';
        m_out << tr("Policy file: %1 (%2)")
                     .arg(policy.path(), policy.present() ? tr("present") : tr("not present, nothing locked"))
              << '\n';
        m_out << tr("User settings: %1").arg(user->fileName()) << '\n';
        if (policy.problems().isEmpty()) {
            m_out << tr("Problems: none") << '\n';
        } else {
            m_out << tr("Problems:") << '\n';
            for (const QString &problem : policy.problems())
                m_out << "  " << problem << '\n';
        }
        m_out.flush();
    } else {
        m_out << QString::fromUtf8(QJsonDocument(settings.toJson()).toJson(QJsonDocument::Compact)) << Qt::endl;
    }

    // On stderr in both forms, one per line, so that a deployment script sees them without parsing JSON.
    for (const QString &problem : policy.problems())
        m_err << problem << '\n';
    m_err.flush();
    return policy.problems().isEmpty() ? ExitCode::Ok : ExitCode::Failed;
}

} // namespace novamind
