#pragma once
// SecureBytes: a fixed-size buffer for key material, locked in RAM where allowed and wiped on destruction.

#include <QByteArray>
#include <cstddef>
#include <cstdint>

namespace novamind {

class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const char *data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    std::uint8_t *data() { return m_data; }
    const std::uint8_t *data() const { return m_data; }
    char *chars() { return reinterpret_cast<char *>(m_data); }
    const char *chars() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Fill with cryptographically secure random bytes (OpenSSL RAND_bytes).
    bool randomize();
    // Overwrites and frees the buffer now instead of at destruction.
    void wipe();
    // Constant-time comparison.
    bool equals(const SecureBytes &other) const;

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
    bool m_locked = false;
};

// Overwrite a QByteArray's bytes in place (for passphrases read from files or widgets).
void secureWipe(QByteArray &bytes);

} // namespace novamind
