#include "InstrumentAllowList.h"

#include "InstrumentLibrary.h"

namespace novamind {

QString canonicalInstrumentId(const QString &name)
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return {};
    const InstrumentLibrary &library = InstrumentLibrary::builtin();
    for (const QString &id : library.ids()) {
        const Instrument *instrument = library.find(id);
        if (id.compare(wanted, Qt::CaseInsensitive) == 0 ||
            (instrument && instrument->shortName.compare(wanted, Qt::CaseInsensitive) == 0))
            return id;
    }
    return {};
}

bool instrumentAllowed(const QStringList &allowed, const QString &instrumentId)
{
    return allowed.isEmpty() || allowed.contains(instrumentId);
}

} // namespace novamind
