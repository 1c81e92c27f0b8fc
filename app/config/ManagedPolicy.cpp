#include "ManagedPolicy.h"

namespace novamind::config {

// Stub: implemented by the config work (issue 7).
QString ManagedPolicy::systemPath()
{
    return QStringLiteral(NOVAMIND_POLICY_FILE);
}

ManagedPolicy ManagedPolicy::load(const QString &path)
{
    ManagedPolicy policy;
    policy.m_path = path;
    return policy;
}

} // namespace novamind::config
