#include "SettingsCatalog.h"

namespace novamind::config {

// Stub: implemented by the config work (issue 7).
const std::vector<SettingSpec> &settingsCatalog()
{
    static const std::vector<SettingSpec> catalog;
    return catalog;
}

const SettingSpec *findSetting(const QString &)
{
    return nullptr;
}

Result<QVariant> normaliseSetting(const SettingSpec &spec, const QVariant &raw)
{
    Q_UNUSED(spec);
    return raw;
}

} // namespace novamind::config
