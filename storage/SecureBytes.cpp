#include "storage/SecureBytes.h"

#include <cstdlib>
#include <cstring>
#include <new>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <sys/mman.h>
#include <utility>

namespace novamind {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<std::uint8_t *>(std::calloc(size, 1));
    if (!m_data)
        throw std::bad_alloc();
    // Keep keys out of swap where the RLIMIT_MEMLOCK allows; failing to lock is not fatal.
    m_locked = ::mlock(m_data, size) == 0;
}

SecureBytes::SecureBytes(const char *data, std::size_t size)
    : SecureBytes(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBytes::~SecureBytes()
{
    wipe();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
    , m_locked(std::exchange(other.m_locked, false))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_locked = std::exchange(other.m_locked, false);
    }
    return *this;
}

bool SecureBytes::randomize()
{
    return m_size == 0 || RAND_bytes(m_data, static_cast<int>(m_size)) == 1;
}

void SecureBytes::wipe()
{
    if (!m_data)
        return;
    OPENSSL_cleanse(m_data, m_size);
    if (m_locked)
        ::munlock(m_data, m_size);
    std::free(m_data);
    m_data = nullptr;
    m_size = 0;
    m_locked = false;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0);
}

void secureWipe(QByteArray &bytes)
{
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace novamind
