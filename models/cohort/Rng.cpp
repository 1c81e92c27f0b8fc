#include "Rng.h"

namespace novamind::cohort {

QString Rng::uuid(quint64 a, quint64 b)
{
    // RFC 4122 version 4 and variant bits, so the ids look like (and validate as) random UUIDs.
    const quint64 hi = (a & ~0xF000ULL) | 0x4000ULL;
    const quint64 lo = (b & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    char16_t out[36];
    int pos = 0;
    const auto put = [&](quint64 word, int fromNibble, int toNibble) {
        for (int n = fromNibble; n < toNibble; ++n)
            out[pos++] = kHex[(word >> (60 - 4 * n)) & 0xF];
    };
    put(hi, 0, 8);
    out[pos++] = u'-';
    put(hi, 8, 12);
    out[pos++] = u'-';
    put(hi, 12, 16);
    out[pos++] = u'-';
    put(lo, 0, 4);
    out[pos++] = u'-';
    put(lo, 4, 16);
    return QString(reinterpret_cast<const QChar *>(out), 36);
}

} // namespace novamind::cohort
