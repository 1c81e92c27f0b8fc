// RetryPolicy: exponential backoff with full jitter (the AWS architecture blog's "full jitter" variant).
#include "sync/RetryPolicy.h"

#include <QtGlobal>
#include <algorithm>
#include <random>

namespace novamind {

std::chrono::milliseconds RetryPolicy::delayBefore(int attempt, const std::function<double()> &random01) const
{
    if (attempt < 2)
        return std::chrono::milliseconds(0);
    // Doubling stops once the ceiling is reached, so a large attempt number cannot overflow the shift.
    qint64 ceiling = std::max<qint64>(0, initialDelay.count());
    const qint64 cap = std::max<qint64>(0, maxDelay.count());
    for (int i = 2; i < attempt && ceiling < cap; ++i)
        ceiling *= 2;
    ceiling = std::min(ceiling, cap);

    double r = 0;
    if (random01) {
        r = random01();
    } else {
        thread_local std::mt19937_64 generator{std::random_device{}()};
        r = std::uniform_real_distribution<double>(0.0, 1.0)(generator);
    }
    r = std::clamp(r, 0.0, 1.0);
    return std::chrono::milliseconds(qint64(r * double(ceiling)));
}

} // namespace novamind
