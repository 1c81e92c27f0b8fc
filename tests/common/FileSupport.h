#pragma once
// File helpers shared by the tests: hashing, scanning files for plaintext, and a tiny filesystem to fill up.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QStringList>

namespace novamind::test {

inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArrayLiteral("<missing>");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Hashes of every regular file under `dir`, keyed by relative path.
inline QMap<QString, QByteArray> treeHashes(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        out.insert(QDir(dir).relativeFilePath(path), fileHash(path));
    }
    return out;
}

// Files under `dir` whose bytes contain any of `needles` (case-sensitive).
inline QStringList filesContaining(const QString &dir, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &needle : needles)
            if (bytes.contains(needle))
                hits << path + QStringLiteral(" contains ") + QString::fromUtf8(needle);
    }
    return hits;
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// A managed policy file as an administrator installs one (mode 0644: the policy reports a group- or
// world-writable file); its folder is created. Empty path when it could not be written.
inline QString writePolicyFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).path());
    if (!writeFile(path, text))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return path;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace novamind::test

#include <QTemporaryDir>
#include <sys/mount.h>

namespace novamind::test {

// A tiny tmpfs to make the disk fill up for real; needs root (CI runs as root), otherwise tests skip.
class SmallFilesystem
{
public:
    explicit SmallFilesystem(const QByteArray &size)
    {
        if (!m_dir.isValid())
            return;
        const QByteArray options = "size=" + size + ",mode=0700";
        m_mounted = ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallFilesystem()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallFilesystem(const SmallFilesystem &) = delete;
    SmallFilesystem &operator=(const SmallFilesystem &) = delete;

    bool isMounted() const { return m_mounted; }
    QString path() const { return m_dir.path(); }

    // Fills the remaining space with a ballast file, leaving `keepFree` bytes.
    bool fill(qint64 keepFree = 0)
    {
        QFile ballast(m_dir.filePath(QStringLiteral("ballast")));
        if (!ballast.open(QIODevice::WriteOnly | QIODevice::Append))
            return false;
        const QByteArray chunk(4096, 'z');
        qint64 written = 0;
        while (ballast.write(chunk) == chunk.size() && ballast.flush())
            written += chunk.size();
        ballast.close();
        if (keepFree > 0)
            ballast.resize(qMax<qint64>(0, ballast.size() - keepFree));
        return written > 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace novamind::test
