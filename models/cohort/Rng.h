#pragma once
// Rng: xoshiro256** seeded through splitmix64; a small PRNG whose output is the same on every platform and
// standard library, which std:: distributions do not promise, so a demo cohort is reproducible from its seed.

#include <QString>
#include <QtGlobal>
#include <cstdint>

namespace novamind::cohort {

class Rng
{
public:
    // splitmix64's finaliser: a bijective 64-bit mix, also used to derive independent streams and ids.
    static constexpr quint64 mix(quint64 x)
    {
        x += 0x9E3779B97F4A7C15ULL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    }

    explicit Rng(quint64 seed)
    {
        for (quint64 &word : m_s) {
            seed = mix(seed);
            word = seed;
        }
    }

    quint64 next()
    {
        const quint64 result = rotl(m_s[1] * 5, 7) * 9;
        const quint64 t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    // Uniform integer in [lo, hi] by multiply-shift (bias below 2^-32, irrelevant for demo data).
    int range(int lo, int hi)
    {
        Q_ASSERT(lo <= hi);
        const quint64 span = quint64(qint64(hi) - qint64(lo) + 1);
        return int(qint64(lo) + qint64(((next() >> 32) * span) >> 32));
    }
    bool chance(double p) { return uniform() < p; }
    // Approximately standard normal (Irwin-Hall of 4 uniforms): only + and *, so bit-identical everywhere,
    // unlike log/cos-based methods whose last bits depend on the maths library.
    double normal()
    {
        const double sum = uniform() + uniform() + uniform() + uniform();
        return (sum - 2.0) * 1.7320508075688772;
    }
    template<typename T, size_t N> const T &pick(const T (&items)[N]) { return items[size_t(range(0, int(N) - 1))]; }

    // A version-4-shaped UUID string from 128 bits of (a, b).
    static QString uuid(quint64 a, quint64 b);

private:
    static constexpr quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    quint64 m_s[4];
};

} // namespace novamind::cohort
