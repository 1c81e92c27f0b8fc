// ManagedPolicy: reads the administrator's policy file, normalising each value and locking unusable ones fail-safe.
#include "ManagedPolicy.h"

#include "SettingsCatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace novamind::config {

namespace {

// How a locked value reads in a problem sentence.
QString describe(const QVariant &value)
{
    if (value.metaType().id() == QMetaType::QStringList) {
        const QStringList list = value.toStringList();
        return list.isEmpty() ? QStringLiteral("all instruments") : list.join(QStringLiteral(", "));
    }
    if (value.metaType().id() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    const QString text = value.toString();
    return text.isEmpty() ? QStringLiteral("empty") : text;
}

// The raw value as written, for a problem sentence (the policy holds no secrets); long values are shortened.
QString quoted(const QVariant &raw)
{
    QString text =
        raw.metaType().id() == QMetaType::QStringList ? raw.toStringList().join(QStringLiteral(", ")) : raw.toString();
    constexpr int kShown = 80;
    if (text.size() > kShown)
        text = text.left(kShown) + QStringLiteral("…");
    return QStringLiteral("“") + text + QStringLiteral("”");
}

} // namespace

QString ManagedPolicy::systemPath()
{
    return QStringLiteral(NOVAMIND_POLICY_FILE);
}

ManagedPolicy ManagedPolicy::load(const QString &path)
{
    ManagedPolicy policy;
    policy.m_path = path;
    const QFileInfo info(path);
    if (!info.exists())
        return policy;
    policy.m_present = true;
    const auto problem = [&policy, &path](const QString &sentence) {
        policy.m_problems << path + QStringLiteral(": ") + sentence;
    };

    QFile probe(path);
    if (info.isDir() || !probe.open(QIODevice::ReadOnly)) {
        problem(QStringLiteral("the file cannot be read (%1), so none of its settings apply; make it readable by "
                               "everyone (root-owned, mode 0644).")
                    .arg(info.isDir() ? QStringLiteral("it is a directory") : probe.errorString()));
        return policy;
    }
    probe.close();
    // Anyone who can write the policy can unlock every setting (or point sync at their own server).
    if (info.permissions() & (QFile::WriteGroup | QFile::WriteOther))
        problem(QStringLiteral("the file is writable by users other than its owner; it should be owned by root with "
                               "mode 0644 (chmod 0644)."));

    const QSettings file(path, QSettings::IniFormat);
    // QSettings parses on first access, and only then sets status(): read the keys before asking.
    const QStringList names = file.allKeys();
    if (file.status() == QSettings::FormatError)
        problem(QStringLiteral("the file is not valid INI; only the settings that could be read apply."));
    else if (file.status() == QSettings::AccessError)
        problem(QStringLiteral("the file cannot be read, so none of its settings apply."));

    for (const QString &name : names) {
        if (!findSetting(name))
            problem(QStringLiteral("unknown key “%1” is ignored.").arg(name));
    }

    bool pinUnusable = false;
    for (const SettingSpec &spec : settingsCatalog()) {
        if (!file.contains(spec.key))
            continue;
        const QVariant raw = file.value(spec.key);
        auto normal = normaliseSetting(spec, raw);
        if (normal.ok()) {
            policy.m_values.insert(spec.key, normal.value());
            continue;
        }
        const QString why = normal.error().detail;

        if (spec.kind == SettingKind::Minutes) {
            if (const auto number = wholeNumber(raw)) {
                const qint64 clamped = std::clamp(*number, spec.minimum, spec.maximum);
                policy.m_values.insert(spec.key, QVariant(clamped));
                problem(why + QStringLiteral(" The value %1 is clamped to %2.").arg(quoted(raw)).arg(clamped));
                continue;
            }
        }

        if (spec.kind == SettingKind::InstrumentList) {
            QStringList ids;
            QStringList unknown;
            for (const QString &entry : listEntries(raw)) {
                const QString id = canonicalInstrumentId(entry);
                if (id.isEmpty())
                    unknown << entry;
                else if (!ids.contains(id))
                    ids << id;
            }
            // "none" mixed with instruments, or nothing known left: an empty list would mean "all", so lock to none.
            if (ids.isEmpty() || unknown.contains(kNoInstrument, Qt::CaseInsensitive))
                ids = spec.failSafe.toStringList();
            policy.m_values.insert(spec.key, QVariant(ids));
            problem(why + QStringLiteral(" Ignored: %1; the setting is locked to %2.")
                              .arg(unknown.join(QStringLiteral(", ")), describe(ids)));
            continue;
        }

        policy.m_values.insert(spec.key, spec.failSafe);
        if (spec.kind == SettingKind::PinSha256)
            pinUnusable = true;
        problem(why + QStringLiteral(" The value %1 is ignored and the setting is locked to %2.")
                          .arg(quoted(raw), describe(spec.failSafe)));
    }

    // The pin's own fail-safe, "no pin", would let the application sync with any server the CA store accepts — the
    // very thing the administrator's pin was there to prevent. So a pin that cannot be read also turns sync off, by
    // locking the server address empty, whether the address came from the policy or from the user.
    if (pinUnusable) {
        policy.m_values.insert(key::ServerUrl, QString());
        problem(QStringLiteral("sync is turned off (%1 is locked to empty) until %2 is a valid pin.")
                    .arg(key::ServerUrl, key::PinSha256));
    }
    return policy;
}

} // namespace novamind::config
